"""A recipe's `augment` changes each training batch, seeded, and `lr_patience` lowers the
learning rate when validation stalls; recipes without them train as before."""

import numpy as np

from harness.pipeline import datasets
from harness.pipeline.recipe import Recipe
from harness.pipeline.train import TrainingData, train


def _build(input_shape, n_outputs):
    import keras

    return keras.Sequential([keras.Input(input_shape),
                             keras.layers.Dense(n_outputs, activation="softmax")])


def _data() -> TrainingData:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 4)).astype(np.float32)
    y = (x[:, 0] > 0).astype(np.int64)
    return TrainingData(x[:150], y[:150], x[150:], y[150:])


def _recipe(seen: list, **settings) -> Recipe:
    def noisy(batch, rng):
        seen.append(len(batch))
        return batch + rng.normal(0.0, 0.1, batch.shape).astype(batch.dtype)

    return Recipe(name="tiny", description="", task="classification", metric="accuracy",
                  load_data=datasets.sine, build_model=_build,
                  loss="sparse_categorical_crossentropy", epochs=3, batch_size=64,
                  augment=noisy, **settings)


def test_every_training_batch_goes_through_augment_and_training_is_repeatable(tmp_path):
    seen, weights = [], []
    for run in ("a", "b"):
        (tmp_path / run).mkdir()
        model = train(_recipe(seen, lr_patience=1), _data(), tmp_path / run)
        weights.append(model.get_weights()[0])
    # 150 rows in batches of 64, 3 epochs, twice (Keras also reads one batch for the shapes)
    assert set(seen) == {64, 22} and len(seen) >= 2 * 3 * 3
    assert np.array_equal(weights[0], weights[1])
    assert "learning_rate" in (tmp_path / "a" / "history.csv").read_text().splitlines()[0]

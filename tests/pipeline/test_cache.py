"""The artifact cache: a second prepare reuses the trained model; edits or --force retrain."""

import textwrap

import pytest

from harness.pipeline import artifacts as artifacts_module
from harness.pipeline import train as train_stage
from harness.pipeline.recipe import RECIPES, load_recipes

TINY_RECIPE = '''
from harness.pipeline import datasets
from harness.pipeline.recipe import recipe


@recipe(name="{name}", description="tiny test model", task="regression", metric="mae",
        loss="mse", load_data=lambda seed: datasets.sine(seed, samples=100), epochs={epochs},
        patience=2, representative_samples=20)
def build(input_shape, n_outputs):
    import keras

    return keras.Sequential([keras.Input(input_shape), keras.layers.Dense(4, activation="relu"),
                             keras.layers.Dense(n_outputs)])
'''


@pytest.fixture
def tiny_recipe(tmp_path, monkeypatch):
    """A 3-epoch recipe in its own models folder and artifact cache."""
    models = tmp_path / "models"
    models.mkdir()
    name = f"tiny_{tmp_path.name.replace('-', '_')}"
    (models / "tiny.py").write_text(textwrap.dedent(TINY_RECIPE.format(name=name, epochs=3)))
    monkeypatch.setenv("HIL_ARTIFACTS_DIR", str(tmp_path / "artifacts"))
    # Registered into a copy, so later tests see only the real zoo.
    monkeypatch.setattr(RECIPES, "_records", dict(RECIPES._records))
    load_recipes(models)
    return name, models / "tiny.py"


@pytest.fixture
def training_counter(monkeypatch):
    calls = []
    real_train = train_stage.train

    def counting_train(*args, **kwargs):
        calls.append(args[0].name)
        return real_train(*args, **kwargs)

    monkeypatch.setattr(train_stage, "train", counting_train)
    return calls


def test_second_prepare_reuses_the_trained_and_converted_model(tiny_recipe, training_counter):
    name, _ = tiny_recipe
    first = artifacts_module.prepare(name)
    stamp = first.tflite_path("int8").stat().st_mtime_ns
    second = artifacts_module.prepare(name)
    assert training_counter == [name]
    assert second.tflite_path("int8") == first.tflite_path("int8")
    assert second.tflite_path("int8").stat().st_mtime_ns == stamp


def test_force_retrains(tiny_recipe, training_counter):
    name, _ = tiny_recipe
    artifacts_module.prepare(name)
    artifacts_module.prepare(name, force=True)
    assert training_counter == [name, name]


def test_editing_the_recipe_changes_the_cache_key(tiny_recipe):
    name, source = tiny_recipe
    before = artifacts_module.prepare(name).train_dir
    source.write_text(source.read_text() + "\n# a comment is an edit too\n")
    after = artifacts_module.prepare(name).train_dir
    assert before != after
    assert before.parent == after.parent


def test_artifacts_hold_everything_the_pipeline_promises(tiny_recipe):
    name, _ = tiny_recipe
    model = artifacts_module.prepare(name)
    for file in ("model.keras", "splits.npz", "normalizer.npz", "history.csv",
                 "training_curves.png"):
        assert (model.train_dir / file).stat().st_size > 0, file
    for variant in ("float32", "int8", "dynamic", "float16"):
        assert model.tflite_path(variant).read_bytes()[4:8] == b"TFL3"
        assert (model.tflite_dir / f"model_{variant}_data.c").is_file()
    header = (model.train_dir / "history.csv").read_text().splitlines()[0].split(",")
    assert {"epoch", "loss", "val_loss", "mae", "val_mae"} <= set(header)


def test_a_conversion_folder_that_lost_a_variant_is_converted_again(tiny_recipe,
                                                                    training_counter):
    name, _ = tiny_recipe
    lost = artifacts_module.prepare(name).tflite_path("int8")
    lost.unlink()  # e.g. an interrupted copy, or a clean-up that went too far
    again = artifacts_module.prepare(name)
    assert again.tflite_path("int8").is_file()
    assert training_counter == [name]  # the trained model was still good

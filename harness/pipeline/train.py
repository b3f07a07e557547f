"""Train a recipe's Keras model: early stopping with best-weights restore, per-epoch metrics,
history.csv and a training-curve plot."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from harness.model.metrics import score
from harness.pipeline.keras_import import import_keras
from harness.pipeline.recipe import Recipe

# (epoch, max_epochs, logs) after every epoch; the CLI prints it, tests ignore it.
Progress = Callable[[int, int, dict], None]


@dataclass(frozen=True)
class TrainingData:
    """Normalised inputs and labels of the three splits, as the model sees them."""

    x_train: np.ndarray
    y_train: np.ndarray
    x_val: np.ndarray
    y_val: np.ndarray


def training_targets(recipe: Recipe, data: TrainingData) -> tuple[tuple, tuple]:
    """(x, target) for fitting and validation: autoencoders learn normal samples only."""
    if recipe.task != "anomaly":
        return (data.x_train, data.y_train), (data.x_val, data.y_val)
    normal_train, normal_val = data.x_train[data.y_train == 0], data.x_val[data.y_val == 0]
    return (normal_train, normal_train), (normal_val, normal_val)


def output_count(recipe: Recipe, y: np.ndarray, x: np.ndarray) -> int:
    if recipe.task in ("classification", "benchmark") and y.ndim == 1:
        return int(y.max()) + 1
    if recipe.task == "anomaly":
        return int(np.prod(x.shape[1:]))
    return int(np.prod(y.shape[1:])) if y.ndim > 1 else 1


def train(recipe: Recipe, data: TrainingData, out_dir: Path, progress: Progress | None = None):
    """Fit the model, save model.keras, history.csv and training_curves.png into out_dir."""
    import pandas as pd

    keras = import_keras()

    keras.utils.set_random_seed(recipe.seed)
    model = recipe.build(data.x_train.shape[1:], output_count(recipe, data.y_train, data.x_train))
    if recipe.task == "benchmark":
        return _save_untrained(model, recipe, out_dir)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=recipe.learning_rate),
                  loss=recipe.loss)
    (x_fit, y_fit), validation = training_targets(recipe, data)
    callbacks = [_metric_callback(recipe, data), _progress_callback(recipe.epochs, progress),
                 keras.callbacks.EarlyStopping(monitor="val_loss", patience=recipe.patience,
                                               restore_best_weights=True)]
    if recipe.lr_patience is not None:
        callbacks.append(keras.callbacks.ReduceLROnPlateau(
            monitor="val_loss", factor=0.5, patience=recipe.lr_patience, min_lr=1e-5))
    if recipe.augment is None:
        fit = model.fit(x_fit, y_fit, validation_data=validation, epochs=recipe.epochs,
                        batch_size=recipe.batch_size, callbacks=callbacks, verbose=0,
                        shuffle=True)
    else:
        fit = model.fit(_augmented_batches(recipe, x_fit, y_fit), validation_data=validation,
                        epochs=recipe.epochs, callbacks=callbacks, verbose=0)
    history = pd.DataFrame(fit.history)
    history.insert(0, "epoch", np.arange(1, len(history) + 1))
    model.save(out_dir / "model.keras")
    history.to_csv(out_dir / "history.csv", index=False)
    plot_training_curves(history, recipe, out_dir / "training_curves.png")
    return model


def _augmented_batches(recipe: Recipe, x: np.ndarray, y: np.ndarray):
    """Shuffled batches through recipe.augment, new shuffle and changes every epoch, all drawn
    from one generator seeded by the recipe (batches are made in order, on one worker)."""
    keras = import_keras()

    class Augmented(keras.utils.PyDataset):
        def __init__(self):
            super().__init__()
            self.rng = np.random.default_rng((recipe.seed, 1))
            self.order = self.rng.permutation(len(x))

        def __len__(self):
            return -(-len(x) // recipe.batch_size)

        def __getitem__(self, index):
            rows = self.order[index * recipe.batch_size:(index + 1) * recipe.batch_size]
            return recipe.augment(x[rows], self.rng), y[rows]

        def on_epoch_end(self):
            self.order = self.rng.permutation(len(x))

    return Augmented()


def _save_untrained(model, recipe: Recipe, out_dir: Path):
    """Benchmark models keep their seeded random weights (with random batch-norm statistics)."""
    import pandas as pd

    from harness.pipeline.model_blocks import randomize_batch_norm

    randomize_batch_norm(model, recipe.seed)
    model.save(out_dir / "model.keras")
    pd.DataFrame({"epoch": []}).to_csv(out_dir / "history.csv", index=False)
    return model


def _metric_callback(recipe: Recipe, data: TrainingData):
    keras = import_keras()

    class RecipeMetric(keras.callbacks.Callback):
        """Adds the recipe's own metric (accuracy, MAE, ROC AUC) on train and validation."""

        def on_epoch_end(self, epoch, logs=None):
            for split, x, y in (("", data.x_train, data.y_train), ("val_", data.x_val, data.y_val)):
                outputs = self.model.predict(x, verbose=0, batch_size=256)
                logs[f"{split}{recipe.metric}"] = score(recipe.task, x, y, outputs)

    return RecipeMetric()


def _progress_callback(epochs: int, progress: Progress | None):
    keras = import_keras()

    class ReportProgress(keras.callbacks.Callback):
        def on_epoch_end(self, epoch, logs=None):
            if progress:
                progress(epoch + 1, epochs, dict(logs or {}))

    return ReportProgress()


def plot_training_curves(history, recipe: Recipe, path: Path) -> None:
    """Loss and the recipe's metric per epoch, train vs validation."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 2, figsize=(10, 3.8))
    for axis, key, label in ((axes[0], "loss", f"loss ({recipe.loss})"),
                             (axes[1], recipe.metric, recipe.metric)):
        axis.plot(history["epoch"], history[key], label="train")
        axis.plot(history["epoch"], history[f"val_{key}"], label="validation")
        axis.set_xlabel("epoch")
        axis.set_ylabel(label)
        axis.grid(alpha=0.3)
        axis.legend()
    fig.suptitle(f"{recipe.name}: training curves")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)

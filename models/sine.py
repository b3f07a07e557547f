"""The TFLM "hello world": learn y = sin(x) from noisy samples."""

from harness.pipeline import datasets
from harness.pipeline.recipe import recipe


@recipe(name="sine", description="y = sin(x) regression (TFLM hello world)", task="regression",
        metric="mae", loss="mse", load_data=datasets.sine, epochs=500, batch_size=16,
        learning_rate=5e-3, patience=40, accuracy_drop_budget=0.05, latency_budget_ms=1.0)
def build(input_shape, n_outputs):
    import keras

    return keras.Sequential([
        keras.Input(input_shape),
        keras.layers.Dense(16, activation="relu"),
        keras.layers.Dense(16, activation="relu"),
        keras.layers.Dense(n_outputs),
    ])

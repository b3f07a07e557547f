"""The seed network: one hidden layer of 128 on scikit-learn's 8x8 digits."""

from harness.pipeline import datasets
from harness.pipeline.recipe import recipe, scaled


@recipe(name="digits_mlp", description="Dense(128, relu) -> Dense(10, softmax) on 8x8 digits",
        task="classification", metric="accuracy", loss="sparse_categorical_crossentropy",
        load_data=datasets.digits, epochs=200, batch_size=32, patience=15,
        accuracy_drop_budget=0.02, latency_budget_ms=5.0)
def build(input_shape, n_outputs, width=1.0):
    import keras

    return keras.Sequential([
        keras.Input(input_shape),
        keras.layers.Dense(scaled(128, width), activation="relu"),
        keras.layers.Dense(n_outputs, activation="softmax"),
    ])

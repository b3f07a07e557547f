"""The seed's 784-128-10 network on MNIST. Needs MNIST cached or a network (not used in tests)."""

from harness.pipeline import datasets
from harness.pipeline.recipe import recipe


@recipe(name="mnist_mlp", description="784-128-10 MLP on MNIST (downloads MNIST if not cached)",
        task="classification", metric="accuracy", loss="sparse_categorical_crossentropy",
        load_data=datasets.mnist, normalization="global", epochs=30, batch_size=128,
        patience=4, accuracy_drop_budget=0.02, latency_budget_ms=10.0, downloads=True)
def build(input_shape, n_outputs):
    import keras

    return keras.Sequential([
        keras.Input(input_shape),
        keras.layers.Dense(128, activation="relu"),
        keras.layers.Dense(n_outputs, activation="softmax"),
    ])

"""A small CNN on 8x8 digits: standard, depthwise and pointwise convolutions, pooling, dense."""

from harness.pipeline import datasets
from harness.pipeline.recipe import recipe, scaled


@recipe(name="digits_cnn", description="Conv2D, DepthwiseConv2D, pooling, Dense on 8x8 digits",
        task="classification", metric="accuracy", loss="sparse_categorical_crossentropy",
        load_data=datasets.digits_images, normalization="global", epochs=150, batch_size=32,
        patience=15, accuracy_drop_budget=0.02, latency_budget_ms=20.0)
def build(input_shape, n_outputs, width=1.0):
    import keras
    from keras import layers

    return keras.Sequential([
        keras.Input(input_shape),
        layers.Conv2D(scaled(16, width), 3, padding="same", activation="relu"),
        layers.DepthwiseConv2D(3, padding="same", activation="relu"),
        layers.Conv2D(scaled(32, width), 1, activation="relu"),
        layers.MaxPooling2D(2),
        layers.DepthwiseConv2D(3, padding="valid", activation="relu"),
        layers.AveragePooling2D(2),
        layers.Flatten(),
        layers.Dense(n_outputs, activation="softmax"),
    ])

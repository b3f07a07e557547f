"""MLPerf Tiny keyword spotting shape: DS-CNN on 49x10 MFCC features, 12 classes.
Random weights: for measuring cost and agreement on the device, not accuracy."""

from harness.pipeline import datasets
from harness.pipeline.recipe import recipe


@recipe(name="kws_dscnn", description="DS-CNN keyword spotter shape (49x10x1), random weights",
        task="benchmark", metric="none", loss="sparse_categorical_crossentropy",
        load_data=datasets.random_inputs((49, 10, 1), classes=12), epochs=0,
        representative_samples=32)
def build(input_shape, n_outputs):
    import keras
    from keras import layers

    from harness.pipeline.model_blocks import bn_relu

    inputs = keras.Input(input_shape)
    x = bn_relu(layers, layers.Conv2D(64, (10, 4), strides=2, padding="same")(inputs))
    for _ in range(4):
        x = bn_relu(layers, layers.DepthwiseConv2D(3, padding="same")(x))
        x = bn_relu(layers, layers.Conv2D(64, 1)(x))
    x = layers.Flatten()(layers.AveragePooling2D(pool_size=(25, 5))(x))
    return keras.Model(inputs, layers.Dense(n_outputs, activation="softmax")(x))

"""MLPerf Tiny visual wake words shape: MobileNetV1 (width 0.25) at 96x96x3, 2 classes.
Random weights: for measuring cost and agreement on the device, not accuracy."""

from harness.pipeline import datasets
from harness.pipeline.recipe import recipe

BLOCKS = [(16, 1), (32, 2), (32, 1), (64, 2), (64, 1), (128, 2), (128, 1), (128, 1), (128, 1),
          (128, 1), (128, 1), (256, 2), (256, 1)]  # (pointwise filters, depthwise stride)


@recipe(name="vww_mobilenet", description="MobileNetV1-0.25 visual wake words shape (96x96x3), "
        "random weights", task="benchmark", metric="none",
        loss="sparse_categorical_crossentropy",
        load_data=datasets.random_inputs((96, 96, 3), classes=2), epochs=0,
        representative_samples=32)
def build(input_shape, n_outputs):
    import keras
    from keras import layers

    from harness.pipeline.model_blocks import bn_relu

    inputs = keras.Input(input_shape)
    x = layers.ZeroPadding2D(((0, 1), (0, 1)))(inputs)  # as Keras' MobileNet does (a PAD op)
    x = bn_relu(layers, layers.Conv2D(8, 3, strides=2, padding="valid")(x), relu6=True)
    for filters, stride in BLOCKS:
        x = bn_relu(layers, layers.DepthwiseConv2D(3, strides=stride, padding="same")(x),
                    relu6=True)
        x = bn_relu(layers, layers.Conv2D(filters, 1)(x), relu6=True)
    x = layers.GlobalAveragePooling2D()(x)
    return keras.Model(inputs, layers.Dense(n_outputs, activation="softmax")(x))

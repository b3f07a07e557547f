"""MLPerf Tiny image classification shape: ResNet-8 at 32x32x3 (CIFAR-10 size), 10 classes.
Random weights: for measuring cost and agreement on the device, not accuracy."""

from harness.pipeline import datasets
from harness.pipeline.recipe import recipe


@recipe(name="resnet8", description="ResNet-8 image classifier shape (32x32x3), random weights",
        task="benchmark", metric="none", loss="sparse_categorical_crossentropy",
        load_data=datasets.random_inputs((32, 32, 3), classes=10), epochs=0,
        representative_samples=32)
def build(input_shape, n_outputs):
    import keras
    from keras import layers

    from harness.pipeline.model_blocks import bn_relu

    inputs = keras.Input(input_shape)
    x = bn_relu(layers, layers.Conv2D(16, 3, padding="same")(inputs))
    for filters, stride in ((16, 1), (32, 2), (64, 2)):
        y = bn_relu(layers, layers.Conv2D(filters, 3, strides=stride, padding="same")(x))
        y = layers.BatchNormalization()(layers.Conv2D(filters, 3, padding="same")(y))
        if stride != 1:
            x = layers.Conv2D(filters, 1, strides=stride)(x)
        x = layers.ReLU()(layers.Add()([x, y]))  # the residual connection: an int8 ADD
    x = layers.Flatten()(layers.AveragePooling2D(pool_size=8)(x))
    return keras.Model(inputs, layers.Dense(n_outputs, activation="softmax")(x))

"""MLPerf Tiny anomaly detection shape: the fully connected autoencoder on 640 features
(5 frames x 128 mel bins). Random weights: for measuring cost and agreement, not accuracy."""

from harness.pipeline import datasets
from harness.pipeline.recipe import recipe


@recipe(name="fc_autoencoder", description="FC autoencoder anomaly detection shape (640), "
        "random weights", task="benchmark", metric="none", loss="mse",
        load_data=datasets.random_inputs((640,), classes=2), epochs=0,
        representative_samples=32)
def build(input_shape, n_outputs):
    import keras
    from keras import layers

    from harness.pipeline.model_blocks import bn_relu

    inputs = keras.Input(input_shape)
    x = inputs
    for units in (128, 128, 128, 128, 8, 128, 128, 128, 128):
        x = bn_relu(layers, layers.Dense(units)(x))
    return keras.Model(inputs, layers.Dense(input_shape[-1])(x))  # reconstructs its input

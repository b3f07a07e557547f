"""A dense autoencoder for machine-vibration spectra: trained on normal machines only, it
reconstructs faulty spectra badly, so reconstruction error scores anomalies (ROC AUC)."""

from harness.pipeline import datasets
from harness.pipeline.recipe import recipe


@recipe(name="anomaly_ae", description="Dense autoencoder on synthetic vibration spectra",
        task="anomaly", metric="roc_auc", loss="mse", load_data=datasets.vibration_spectra,
        epochs=200, batch_size=32, patience=15, accuracy_drop_budget=0.02,
        latency_budget_ms=10.0)
def build(input_shape, n_outputs):
    import keras
    from keras import layers

    return keras.Sequential([
        keras.Input(input_shape),
        layers.Dense(32, activation="relu"),
        layers.Dense(8, activation="relu"),
        layers.Dense(32, activation="relu"),
        layers.Dense(n_outputs),
    ])

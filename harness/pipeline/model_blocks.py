"""Keras building blocks the model recipes share."""

from __future__ import annotations

import numpy as np


def bn_relu(layers, x, relu6: bool = False):
    """BatchNormalization then ReLU (or ReLU6): what the converter folds into the previous op."""
    x = layers.BatchNormalization()(x)
    return layers.ReLU(6.0 if relu6 else None)(x)


def randomize_batch_norm(model, seed: int) -> None:
    """Fresh BatchNormalization layers are identities; random statistics make their folding
    into the previous layer's weights real, as in a trained model."""
    rng = np.random.default_rng(seed)
    for layer in model.layers:
        if layer.__class__.__name__ == "BatchNormalization":
            gamma, beta, mean, variance = layer.get_weights()
            layer.set_weights([rng.uniform(0.5, 1.5, gamma.shape), rng.normal(0, 0.1, beta.shape),
                               rng.normal(0, 0.1, mean.shape),
                               rng.uniform(0.5, 1.5, variance.shape)])

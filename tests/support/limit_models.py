"""Small models at and past the TFLM reference's hard limits (harness.model.limits), shared by
the limit, crash-probe and cost-only-run tests."""

from __future__ import annotations

import numpy as np
from aot_testkit.modelgen import ModelBuilder


def dense_softmax(logit_scale: float, beta: float = 1.0) -> bytes:
    """FULLY_CONNECTED 4 -> 3 then SOFTMAX, whose input scale is `logit_scale`."""
    m = ModelBuilder()
    x = m.tensor((1, 4), np.int8, scale=0.05, zero_point=-3, name="features")
    w = m.tensor((3, 4), np.int8, data=np.arange(-6, 6).reshape(3, 4), scale=[0.01] * 3)
    b = m.tensor((3,), np.int32, data=[1, 2, 3], scale=[5e-4] * 3)
    logits = m.tensor((1, 3), np.int8, scale=logit_scale, zero_point=0, name="logits")
    y = m.tensor((1, 3), np.int8, scale=1 / 256, zero_point=-128, name="probabilities")
    m.op("FULLY_CONNECTED", [x, w, b], [logits], "FullyConnectedOptions")
    m.op("SOFTMAX", [logits], [y], "SoftmaxOptions", beta=beta)
    return m.build([x], [y])


def binary(opcode: str, out_scale: float, in_scales=(0.5, 0.25)) -> bytes:
    m = ModelBuilder()
    a = m.tensor((1, 4), np.int8, scale=in_scales[0], zero_point=0)
    b = m.tensor((1, 4), np.int8, scale=in_scales[1], zero_point=0)
    y = m.tensor((1, 4), np.int8, scale=out_scale, zero_point=0, name="sum")
    m.op(opcode, [a, b], [y], "AddOptions" if opcode == "ADD" else "SubOptions")
    return m.build([a, b], [y])

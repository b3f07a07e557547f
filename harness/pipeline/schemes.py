"""Quantization schemes (`--quant`) and calibration choices, and the .tflite variant names they
map to. A variant name says everything the converter was given, so each one is cached as its
own file: "int8" (per-channel, the recipe's calibration), "int8_per_tensor",
"int16x8_cal50_random"..."""

from __future__ import annotations

import re
from dataclasses import dataclass

from harness.errors import HilError
from harness.registry import Registry

CALIBRATION_SOURCES = ("train", "random")  # training split rows, or standard-normal noise

# Asked for by name, but no maintained library does it with the installed TensorFlow and
# Keras 3: tensorflow-model-optimization 0.8.1 (checked 2026-12 with TF 2.21, Keras 3.15) refuses
# a Keras 3 model ("`to_quantize` can only either be a keras Sequential or Functional model"); it
# works only on tf_keras (Keras 2) models. The sweep says so instead of faking it.
UNAVAILABLE = {
    "qat": "quantization-aware training is not available: tensorflow-model-optimization 0.8.1, "
           "the maintained library for it, refuses Keras 3 models (it works only with tf_keras, "
           "Keras 2), and the recipes build Keras 3 models. Leave qat out of --quant "
           "(available: ptq-per-channel, ptq-per-tensor, int16x8)",
}


@dataclass(frozen=True)
class Scheme:
    name: str  # the --quant choice
    variant: str  # the .tflite variant it converts to (with the recipe's calibration)
    description: str


SCHEMES: Registry[Scheme] = Registry("quantization scheme")
for _scheme in (
        Scheme("ptq-per-channel", "int8",
               "post-training int8, one weight scale per output channel"),
        Scheme("ptq-per-tensor", "int8_per_tensor",
               "post-training int8, one weight scale per tensor (what TFLM before 2024-09 "
               "computes right for FULLY_CONNECTED)"),
        Scheme("int16x8", "int16x8", "post-training 16-bit activations, 8-bit weights")):
    SCHEMES.add(_scheme.name, _scheme)

QUANT_CHOICES = tuple(SCHEMES.names())
DEFAULT_QUANT = "ptq-per-channel"
_CALIBRATED = re.compile(r"^(?P<base>.+)_cal(?P<size>\d+)_(?P<source>[a-z]+)$")


@dataclass(frozen=True)
class Calibration:
    """The representative set the converter calibrates activation ranges on."""

    size: int
    source: str = "train"

    def __post_init__(self) -> None:
        if self.size < 1:
            raise HilError(f"calibration size {self.size}: give at least 1 sample")
        if self.source not in CALIBRATION_SOURCES:
            raise HilError(f"calibration source {self.source!r} is not one of "
                           f"{', '.join(CALIBRATION_SOURCES)}")


def get_scheme(name: str) -> Scheme:
    """The scheme called `name`; a clear error for one that is asked for but unavailable."""
    if name in UNAVAILABLE:
        raise HilError(f"--quant {name}: {UNAVAILABLE[name]}")
    return SCHEMES.get(name)


def variant_name(scheme: str, calibration: Calibration | None = None) -> str:
    """The .tflite variant of `scheme`; a calibration other than the recipe's is in the name."""
    base = get_scheme(scheme).variant
    return base if calibration is None else f"{base}_cal{calibration.size}_{calibration.source}"


def parse_variant(variant: str) -> tuple[str, Calibration | None]:
    """(base variant, calibration or None for the recipe's own) of a variant name."""
    match = _CALIBRATED.match(variant)
    if match is None:
        return variant, None
    return match["base"], Calibration(int(match["size"]), match["source"])


def scheme_of(variant: str) -> str:
    """The --quant name a quantized variant came from ("" for float variants)."""
    base, _ = parse_variant(variant)
    return next((s.name for s in SCHEMES if s.variant == base), "")


def on_demand_variants() -> tuple[str, ...]:
    """Base variants converted when first asked for rather than with every model."""
    return tuple(s.variant for s in SCHEMES if s.variant != "int8")

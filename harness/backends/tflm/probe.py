"""What a TFLM library can do, read from its sources (a local tree) or known from its version."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from pathlib import Path

from harness.errors import BuildError

_KERNELS = "tensorflow/lite/micro/kernels"
# TFLM's first per-channel FULLY_CONNECTED (tflite-micro pull request 2673, 2024-09-27) added
# this field to OpDataFullyConnected; a release without it uses the first scale for every channel.
_PER_CHANNEL_FIELD = re.compile(r"\bbool\s+is_per_channel\b")
# Releases of early 2024 refuse per-channel weights when the interpreter allocates tensors.
_PER_CHANNEL_REFUSAL = "per-channel quantization not yet supported"


class TflmLibraryError(BuildError):
    """A TFLM library folder that cannot be used as given."""


class PerChannelFc(enum.Enum):
    SUPPORTED = "supported"
    REFUSED_AT_INIT = "refused at init"  # the device reports NOT_READY
    WRONG_OUTPUTS = "wrong outputs"  # no error anywhere: the most dangerous case
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class TflmCapabilities:
    per_channel_fully_connected: PerChannelFc
    optimized_kernels: str  # "cmsis_nn", "esp_nn" or "reference"
    version: str  # what the library says about itself, for messages and reports


def library_root(path: Path) -> Path:
    """The folder holding `tensorflow/`: the path itself (a create_tflm_tree.py tree) or its
    `src/` (an Arduino/PlatformIO library)."""
    for root in (path, path / "src"):
        if (root / "tensorflow/lite/micro").is_dir():
            return root
    raise TflmLibraryError(
        f"{path} is not a TFLM library: neither it nor its src/ holds tensorflow/lite/micro; "
        "point --tflm / HIL_TFLM_PATH at a tree made by TFLM's create_tflm_tree.py")


def probe_tree(path: Path) -> TflmCapabilities:
    """Capabilities of the TFLM library at `path`, from its kernel sources."""
    root = library_root(path)
    return TflmCapabilities(_per_channel_fc(root / _KERNELS), _optimized_kernels(root / _KERNELS),
                            _version(path, root))


def _per_channel_fc(kernels: Path) -> PerChannelFc:
    header = kernels / "fully_connected.h"
    if not header.is_file():
        return PerChannelFc.UNKNOWN
    if _PER_CHANNEL_FIELD.search(header.read_text(errors="replace")):
        return PerChannelFc.SUPPORTED
    common = [kernels / f"fully_connected_common{ext}" for ext in (".cc", ".cpp")]
    if any(f.is_file() and _PER_CHANNEL_REFUSAL in f.read_text(errors="replace") for f in common):
        return PerChannelFc.REFUSED_AT_INIT
    return PerChannelFc.WRONG_OUTPUTS


def _optimized_kernels(kernels: Path) -> str:
    for name in ("cmsis_nn", "esp_nn"):
        if (kernels / name).is_dir():
            return name
    return "reference"


def _version(path: Path, root: Path) -> str:
    for marker in (path / "TFLM_COMMIT", root / "TFLM_COMMIT"):
        if marker.is_file():
            return f"tflite-micro {marker.read_text().strip()[:12]}"
    properties = path / "library.properties"
    if properties.is_file():
        match = re.search(r"^version=(\S+)", properties.read_text(errors="replace"), re.M)
        if match:
            return f"library version {match.group(1)}"
    return "unversioned tree"

"""The backend interface and registry.

A backend reads a model (through `harness.model.tflite`) and returns the sources that implement
`firmware/common/hil_model.h` for it. The firmware renderer copies the common and board sources,
adds these, and writes the PlatformIO project; it knows nothing else about the backend.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path

from harness.boards import Board
from harness.model.tflite import TfliteModel
from harness.registry import Registry


@dataclass(frozen=True)
class KernelChoice:
    """The kernel an operator runs and why, as `hil inspect` and `hil run --layers` show it:
    what the kernel does beyond its plain case, or why the core's faster kernels declined the
    layer."""

    kernel: str
    reason: str = ""


@dataclass(frozen=True)
class GeneratedSources:
    files: dict[str, str]  # path relative to the project's src/ -> file content
    source_dirs: tuple[Path, ...] = ()  # plain firmware folders copied into src/ as they are
    build_flags: tuple[str, ...] = ()
    lib_deps: tuple[str, ...] = ()
    activation_bytes: int = 0  # planned (AOT) or budgeted (TFLM arena)


class Backend(ABC):
    name: str
    description: str
    # int8 results equal TFLM's reference kernels bit for bit: a device row is judged with no
    # tolerance. A backend that is not meant to be exact is allowed the recipe's tolerance.
    bit_exact: bool = True

    @abstractmethod
    def check(self, model: TfliteModel, model_name: str, board: Board) -> None:
        """Raise UnsupportedModelError naming the op or parameter this backend cannot run."""

    @abstractmethod
    def generate(self, model: TfliteModel, tflite: bytes, model_name: str,
                 board: Board) -> GeneratedSources:
        """Sources implementing hil_model.h for this model on this board."""

    def kernel_choices(self, model: TfliteModel, model_name: str, board: Board
                       ) -> dict[int, KernelChoice]:
        """Per operator index, the kernel this backend's firmware runs for it on `board`;
        empty when the backend does not choose kernels itself."""
        return {}

    def with_tflm_library(self, library: Path) -> Backend:
        """This backend built against the TFLM library tree at `library`; backends that do not
        build against TFLM are unchanged."""
        return self


BACKENDS: Registry[Backend] = Registry("backend")


def get_backend(name: str) -> Backend:
    _load_builtin_backends()
    return BACKENDS.get(name)


def configured_backend(name: str, tflm_library: Path | None = None) -> Backend:
    """The named backend; a TFLM library folder, when given, applies to backends that build
    against one (the others ignore it)."""
    backend = get_backend(name)
    return backend if tflm_library is None else backend.with_tflm_library(tflm_library)


def _load_builtin_backends() -> None:
    # Imported lazily: each backend module registers itself, and importing them at package
    # import time would drag code generators into every `hil` command.
    import importlib
    import pkgutil

    import harness.backends as package

    for module in pkgutil.iter_modules(package.__path__):
        if module.ispkg:
            importlib.import_module(f"harness.backends.{module.name}")

"""Device faults: what the fault plan does to the board itself.

- reset, hang: through QEMU's monitor (QMP `system_reset`, `stop`), as a brown-out or a frozen
  board would; `QemuControl` finds the QEMU process behind a URL through its runner.
- fault, spin: the firmware strikes them itself at the next INVOKE (a CPU fault, an endless
  loop), armed by a test-only request that exists only in firmware built with
  -DHIL_FAULT_INJECTION (`FaultInjectionBuild` wraps any backend to add the flag; normal builds
  never have it).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from harness.backends.base import Backend, GeneratedSources
from harness.boards import Board
from harness.boards.runners.qemu import QemuRunner
from harness.model.tflite import TfliteModel

FAULT_INJECTION_FLAG = "-DHIL_FAULT_INJECTION"


class QemuControl:
    """Resets or freezes the QEMU board serving a URL, through its monitor."""

    def __init__(self, runner: QemuRunner):
        self.runner = runner

    def reset(self, url: str) -> None:
        self.runner.monitor(url).execute("system_reset")

    def hang(self, url: str) -> None:
        self.runner.monitor(url).execute("stop")


@dataclass(frozen=True)
class FaultInjectionBuild(Backend):
    """`backend`, built with the firmware's test-only fault injection compiled in."""

    backend: Backend

    @property
    def name(self) -> str:  # its own build folder: never mixed up with a normal build
        return f"{self.backend.name}+faults"

    @property
    def description(self) -> str:
        return f"{self.backend.description}, with test-only fault injection"

    @property
    def bit_exact(self) -> bool:
        return self.backend.bit_exact

    def with_tflm_library(self, library) -> FaultInjectionBuild:
        return replace(self, backend=self.backend.with_tflm_library(library))

    def check(self, model: TfliteModel, model_name: str, board: Board) -> None:
        self.backend.check(model, model_name, board)

    def generate(self, model: TfliteModel, tflite: bytes, model_name: str,
                 board: Board) -> GeneratedSources:
        sources = self.backend.generate(model, tflite, model_name, board)
        return replace(sources, build_flags=(*sources.build_flags, FAULT_INJECTION_FLAG))

"""A built firmware project as runners see it (harness.boards.runner.BuiltProject), for tests
that hand a runner an ELF made by hand."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Built:
    root: Path
    env: str
    elf: Path | None = None  # default: where PlatformIO puts it

    @property
    def elf_path(self) -> Path:
        return self.elf or self.root / ".pio" / "build" / self.env / "firmware.elf"


def loose_elf(elf: Path) -> Built:
    """An ELF outside any project (emulators need nothing else)."""
    return Built(elf.parent, "loose", elf)

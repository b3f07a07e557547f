"""Flash and RAM use of a built firmware, read from its ELF sections.

Sections are classed by their flags, so any GCC-style linker script works: executable -> text,
read-only data -> rodata, writable data loaded into RAM at boot -> data, zero-initialised (NOBITS)
-> bss. Data is loaded into RAM when its load address differs from its run address (copied from
flash by the startup code), or when it sits in a segment that is not executable (ESP-IDF's
bootloader loads .dram0.data from the flash image; its load and run addresses are the same).
Writable data that stays in flash (e.g. .init_array in an executable segment) counts as rodata.
A section named like a stack reservation (.stack) counts as stack, not bss. A heap section is
left out: linker scripts such as mbed's give it whatever RAM is left over. So is a thread-local
.tbss: it takes no address space of its own (the linker lays the next section over it), and a
bare-metal script reserves its bytes in the next section (picolibc's .tbss_space, our .bss).
flash = text + rodata + data (the initial values of data live in flash);
static RAM = data + bss; RAM reserved = static RAM + stack.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import Path

from elftools.common.exceptions import ELFError
from elftools.elf.constants import P_FLAGS, SH_FLAGS
from elftools.elf.elffile import ELFFile

from harness.boards import Board
from harness.errors import BuildError

STACK_SECTIONS = frozenset({".stack", ".stack_dummy"})
HEAP_SECTIONS = frozenset({".heap"})


@dataclass(frozen=True)
class MemoryUsage:
    text: int
    rodata: int
    data: int
    bss: int
    stack: int  # bytes reserved for the stack (0 when the ELF has no stack section)

    @property
    def flash_bytes(self) -> int:
        return self.text + self.rodata + self.data

    @property
    def static_ram_bytes(self) -> int:
        return self.data + self.bss

    @property
    def ram_bytes(self) -> int:
        """Static RAM plus the stack reservation."""
        return self.static_ram_bytes + self.stack

    def as_dict(self) -> dict[str, int]:
        return {**asdict(self), "flash_bytes": self.flash_bytes,
                "static_ram_bytes": self.static_ram_bytes, "ram_bytes": self.ram_bytes}


def memory_usage(elf: Path) -> MemoryUsage:
    sizes = dict.fromkeys(("text", "rodata", "data", "bss", "stack"), 0)
    try:
        with open(elf, "rb") as file:
            elf_file = ELFFile(file)
            segments = [s for s in elf_file.iter_segments() if s["p_type"] == "PT_LOAD"]
            for section in elf_file.iter_sections():
                kind = _kind(section, segments)
                if kind:
                    sizes[kind] += section["sh_size"]
    except (OSError, ELFError) as exc:
        raise BuildError(f"cannot read the firmware ELF {elf}: {exc}") from None
    return MemoryUsage(**sizes)


def _kind(section, segments: list) -> str | None:
    flags = section["sh_flags"]
    if not flags & SH_FLAGS.SHF_ALLOC or section["sh_size"] == 0 or section.name in HEAP_SECTIONS:
        return None
    if flags & SH_FLAGS.SHF_TLS and section["sh_type"] == "SHT_NOBITS":
        return None
    if section.name in STACK_SECTIONS:
        return "stack"
    if flags & SH_FLAGS.SHF_EXECINSTR:
        return "text"
    if section["sh_type"] == "SHT_NOBITS":
        return "bss"
    if not flags & SH_FLAGS.SHF_WRITE or not _loaded_into_ram(section, segments):
        return "rodata"
    return "data"


def _loaded_into_ram(section, segments: list) -> bool:
    """True when the section's PT_LOAD segment is copied elsewhere at boot (load address is not
    the run address) or is data, not code (not executable)."""
    address = section["sh_addr"]
    for segment in segments:
        if segment["p_vaddr"] <= address < segment["p_vaddr"] + max(segment["p_memsz"], 1):
            return (segment["p_paddr"] != segment["p_vaddr"]
                    or not segment["p_flags"] & P_FLAGS.PF_X)
    return False


def check_fits(usage: MemoryUsage, board: Board, backend: str) -> None:
    """Raises BuildError when the firmware `backend` built needs more flash or RAM than the
    board has."""
    problems = []
    if usage.flash_bytes > board.flash_bytes:
        problems.append(f"{usage.flash_bytes:,} bytes of flash (text {usage.text:,}, rodata "
                        f"{usage.rodata:,}, data {usage.data:,}) but the board has "
                        f"{board.flash_bytes:,}")
    if usage.ram_bytes > board.ram_bytes:
        problems.append(f"{usage.ram_bytes:,} bytes of RAM (data {usage.data:,}, bss "
                        f"{usage.bss:,}, stack {usage.stack:,}) but the board has "
                        f"{board.ram_bytes:,}")
    if problems:
        raise _does_not_fit(board, backend, problems)


def linker_overflow(output: str, board: Board, backend: str) -> BuildError | None:
    """The linker's own fit check ("region `RAM' overflowed by N bytes"), worded as check_fits
    words it: the linker scripts' FLASH and RAM regions are the board's flash and RAM (a test
    checks they agree). None when the linker reported no such overflow."""
    overflow: dict[str, int] = {}
    for region, extra in _OVERFLOW.findall(output):
        overflow[region] = max(overflow.get(region, 0), int(extra))
    problems = [f"{size + overflow[region]:,} bytes of {what} but the board has {size:,}"
                for region, what, size in (("FLASH", "flash", board.flash_bytes),
                                           ("RAM", "RAM (data, bss and stack)", board.ram_bytes))
                if region in overflow]
    return _does_not_fit(board, backend, problems) if problems else None


_OVERFLOW = re.compile(r"region [`'\"]?(FLASH|RAM)['\"]? overflowed by (\d+) bytes")


# What else to try, by the backend that did not fit (the default: no other backend is smaller).
_SMALLER_BACKEND = {"tflm": " or the aot backend (no interpreter, planned activations)"}


def _does_not_fit(board: Board, backend: str, problems: list[str]) -> BuildError:
    return BuildError(f"the {backend} backend's firmware does not fit {board.name}: it needs "
                      + "; and ".join(problems) + f". Use a smaller model"
                      f"{_SMALLER_BACKEND.get(backend, '')}, or a bigger board")

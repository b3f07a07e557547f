"""A board on a labgrid place (harness.boards.farm): the link is the place's NetworkSerialPort,
`rfc2217://exporter:port`, served by ser2net on the exporter host.

An emulated place gets its firmware staged in its folder on the exporter host and is power
cycled into it (its `hil farm serve` restarts QEMU); a stuck board is power cycled too, which
keeps the link. A real board on a place is flashed on its exporter host, where its USB device
is, by the flasher handed in (the firmware side's remote upload). Leaving the block switches an
emulated board off; a real board stays idle, as on a desk.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from harness.boards.farm.control import power_cycle, set_power, stage_firmware
from harness.boards.farm.resources import PlaceLink
from harness.boards.runner import BuiltProject, Flasher, Runner
from harness.boards.runners import RUNNERS
from harness.errors import BoardError

KIND = "labgrid-place"


class PlaceRunner(Runner):
    """`place`: the acquired place; `flash(project, "ssh://HOST/dev/...")` writes a real
    board's firmware on the place's exporter host."""

    announces_boot = False  # opening an RFC 2217 link purges what the board said before

    def __init__(self, board, place: PlaceLink, flash: Flasher | None = None):
        super().__init__(board, place.serial_url, flash)
        self.place = place

    @contextmanager
    def running(self, project: BuiltProject) -> Iterator[str]:
        if not Path(project.elf_path).is_file():
            raise BoardError(f"no firmware at {project.elf_path}; build it first")
        if self.board.emulated:
            stage_firmware(self.place, Path(project.elf_path))
            power_cycle(self.place)
        else:
            self._flash(project)
        try:
            yield self.place.serial_url
        finally:
            if self.board.emulated:
                set_power(self.place, False)

    def reset_in_place(self, url: str, cause: str, kept: str) -> bool:
        """A power cycle through the place's power port (QEMU restarts on the same firmware)."""
        power_cycle(self.place)
        return True

    def provenance(self) -> dict[str, str]:
        return {"place": self.place.name, "exporter": self.place.exporter,
                "board_serial": self.place.board_serial}

    def _flash(self, project: BuiltProject) -> None:
        if self.flash is None:
            raise BoardError(f"place {self.place.name} holds a real board: flashing it needs a "
                             "flasher that runs on its exporter host")
        self.flash(project, f"ssh://{self.place.host}{self.place.serial_path}")


RUNNERS.add(KIND, PlaceRunner)

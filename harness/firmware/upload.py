"""Flashing a real board from the rendered project, through PlatformIO (`pio run -t upload`):
the flasher the upload runner is handed."""

from __future__ import annotations

import shlex
import subprocess

from harness.errors import BoardError
from harness.firmware.platformio_setup import pio_command, pio_environment
from harness.firmware.render import MANIFEST, RenderedProject

UPLOAD_TIMEOUT_S = 900.0  # PlatformIO may first download the platform and toolchain
_OUTPUT_LINES = 20


def pio_upload(project: RenderedProject, port: str) -> None:
    """Writes the project's built firmware onto the board at `port`; a BoardError with
    PlatformIO's last lines when that fails."""
    command = upload_command(project, port)
    try:
        result = subprocess.run(command, env=pio_environment(), capture_output=True, text=True,
                                errors="replace", timeout=UPLOAD_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        raise BoardError(f"uploading to {project.board.name} took over {UPLOAD_TIMEOUT_S:g} s "
                         f"(`{shlex.join(command)}`)") from None
    if result.returncode != 0:
        lines = (result.stdout + result.stderr).strip().splitlines()[-_OUTPUT_LINES:]
        raise BoardError(f"uploading to {project.board.name} failed (`{shlex.join(command)}` "
                         f"exited with {result.returncode}):\n" + "\n".join(lines))


def upload_command(project: RenderedProject, port: str) -> list[str]:
    if not (project.root / MANIFEST).is_file():
        raise BoardError(f"{project.root} is not a rendered project (no {MANIFEST}); real boards "
                         "are flashed by PlatformIO from the project the harness rendered "
                         "(`hil render ... --build`)")
    return pio_command("run", "-d", str(project.root), "-e", project.env, "-t", "upload",
                       "--upload-port", port)

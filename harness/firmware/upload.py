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


def exporter_upload(project: RenderedProject, port: str) -> None:
    """Flashes a real board on a labgrid place from its exporter host, where its USB device is:
    `port` is ssh://HOST/dev/ttyACM0. The rendered project with its build goes there as one
    archive by labgrid's ManagedFile (ssh/rsync into /var/cache/labgrid), and PlatformIO's
    upload runs there over labgrid's ssh connection (the host needs `pio` on its PATH)."""
    import tarfile
    import tempfile
    from pathlib import Path

    from labgrid.resource.serialport import NetworkSerialPort
    from labgrid.util.managedfile import ManagedFile
    from labgrid.util.ssh import sshmanager

    host, _, device = port.removeprefix("ssh://").partition("/")
    with tempfile.TemporaryDirectory(prefix="hil-upload-") as folder:
        archive = Path(folder) / f"{project.root.name}.tar.gz"
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(project.root, arcname=project.root.name)
        staged = ManagedFile(str(archive), NetworkSerialPort(None, None, host=host, port=None))
        try:
            staged.sync_to_resource()
            remote = staged.get_remote_path()
            target = f"{remote}.d"
            sshmanager.open(host).run_check(
                f"mkdir -p {shlex.quote(target)} && tar -xzf {shlex.quote(remote)} -C "
                f"{shlex.quote(target)} && pio run -d {shlex.quote(target)}/"
                f"{shlex.quote(project.root.name)} -e {shlex.quote(project.env)} -t nobuild "
                f"-t upload --upload-port /{shlex.quote(device)}")
        except Exception as exc:  # labgrid's ExecutionError, ssh failures
            raise BoardError(f"uploading to {project.board.name} on {host} failed: {exc}; the "
                             "exporter host needs ssh access and PlatformIO (`pio`)") from None

"""Flashing from the rendered project: the PlatformIO command, and what a failure says."""

from __future__ import annotations

import sys

import pytest

from harness.boards import get_board
from harness.errors import BoardError
from harness.firmware import upload
from harness.firmware.render import MANIFEST, RenderedProject


@pytest.fixture
def rendered(tmp_path) -> RenderedProject:
    root = tmp_path / "project"
    root.mkdir()
    (root / MANIFEST).write_text("{}")
    return RenderedProject(root, "nano33", get_board("nano33"), "aot", "dense", "binary",
                           "ab" * 32, 0, "")


def test_the_upload_goes_through_pio_in_the_rendered_project(rendered):
    assert upload.upload_command(rendered, "/dev/ttyACM0") == [
        sys.executable, "-m", "platformio", "run", "-d", str(rendered.root), "-e", "nano33",
        "-t", "upload", "--upload-port", "/dev/ttyACM0"]


def test_a_folder_that_is_no_rendered_project_is_refused(rendered):
    (rendered.root / MANIFEST).unlink()
    with pytest.raises(BoardError, match="is not a rendered project"):
        upload.pio_upload(rendered, "/dev/ttyACM0")


def test_a_failed_upload_shows_platformio_s_last_lines(rendered, monkeypatch):
    failing = [sys.executable, "-c", "print('Looking for upload port...');"
               "print('Error: Please specify `upload_port`'); raise SystemExit(1)"]
    monkeypatch.setattr(upload, "upload_command", lambda project, port: failing)
    with pytest.raises(BoardError) as error:
        upload.pio_upload(rendered, "/dev/ttyACM0")
    assert str(error.value).startswith("uploading to nano33 failed")
    assert str(error.value).endswith("Error: Please specify `upload_port`")
    monkeypatch.setattr(upload, "upload_command",
                        lambda project, port: [sys.executable, "-c", "pass"])
    upload.pio_upload(rendered, "/dev/ttyACM0")  # a clean exit is a successful upload

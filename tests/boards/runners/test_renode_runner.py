"""The Renode runner: the generated .resc script, the command line, the clear error without
Renode, and the process handling against a fake `renode` (Renode itself is not installable
here)."""

from __future__ import annotations

import os
import stat
import sys
import textwrap

import pytest
from built_project import loose_elf

from harness.boards import get_board
from harness.boards.runners import runner_for
from harness.boards.runners.renode import RenodeRunner, render_script, renode_command
from harness.errors import BoardError
from harness.protocol.link import open_port

# Stands in for Renode: checks the script names an existing ELF, serves the script's socket
# terminal port as an echo, and says the machine started, as Renode's log does.
FAKE_RENODE = textwrap.dedent("""\
    #!{python}
    import os, re, socket, sys
    script = open(sys.argv[-1]).read()
    if os.environ.get("FAKE_RENODE_FAIL"):
        print("[ERROR] Could not find file 'platforms/boards/nope.repl'", flush=True)
        sys.exit(1)
    elf = re.search(r"sysbus LoadELF @(\\S+)", script).group(1)
    assert os.path.isfile(elf), elf
    port = int(re.search(r"CreateServerSocketTerminal (\\d+) ", script).group(1))
    open(os.environ["FAKE_RENODE_PIDFILE"], "w").write(str(os.getpid()))
    server = socket.create_server(("127.0.0.1", port))
    print("12:00:00.0000 [INFO] nano33-renode: Machine started.", flush=True)
    connection, _ = server.accept()
    while data := connection.recv(64):
        connection.sendall(data)
""")


@pytest.fixture
def firmware(tmp_path):
    path = tmp_path / "with space" / "firmware.elf"
    path.parent.mkdir()
    path.write_bytes(b"\x7fELF")
    return loose_elf(path)


@pytest.fixture
def fake_renode(tmp_path, monkeypatch):
    folder = tmp_path / "bin"
    folder.mkdir()
    program = folder / "renode"
    program.write_text(FAKE_RENODE.format(python=sys.executable))
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("FAKE_RENODE_PIDFILE", str(tmp_path / "renode.pid"))
    return tmp_path / "renode.pid"


def test_the_script_loads_the_nano_platform_the_elf_and_a_raw_socket(tmp_path):
    board = get_board("nano33-renode")
    script = render_script(board, tmp_path / "firmware.elf", 40123).splitlines()
    assert "machine LoadPlatformDescription @platforms/boards/arduino_nano_33_ble.repl" in script
    assert ('machine LoadPlatformDescriptionFromString "dwt: Miscellaneous.DWT @ sysbus '
            '0xE0001000 { frequency: 64000000 }"') in script
    assert "cpu PerformanceInMips 64" in script
    assert 'emulation CreateServerSocketTerminal 40123 "hil_link" false' in script
    assert "connector Connect sysbus.uart0 hil_link" in script
    assert script[-4:] == [f"sysbus LoadELF @{tmp_path / 'firmware.elf'}",
                           "cpu VectorTableOffset 0x10000", "", "start"]


def test_renode_runs_headless_with_its_monitor_on_stdin(tmp_path):
    assert renode_command(tmp_path / "b.resc") == [
        "renode", "--disable-xwt", "--console", "--plain", str(tmp_path / "b.resc")]


def test_without_renode_the_board_says_so_and_how_to_get_it(tmp_path, monkeypatch, firmware):
    monkeypatch.setenv("PATH", str(tmp_path))
    runner = runner_for(get_board("nano33-renode"))
    assert isinstance(runner, RenodeRunner)
    assert "`renode` is not on PATH" in runner.unavailable()
    with pytest.raises(BoardError) as error:
        with runner.running(firmware):
            pass
    message = str(error.value)
    assert message.startswith("nano33-renode runs in Renode: `renode` is not on PATH")
    assert "https://renode.io" in message and "--board qemu-m4" in message


def test_the_uart_is_reached_as_socket_url_and_renode_is_stopped(fake_renode, firmware):
    with RenodeRunner(get_board("nano33-renode")).running(firmware) as url:
        assert url.startswith("socket://127.0.0.1:")
        port = open_port(url)
        port.timeout = 5
        port.write(b"\x00hello\x00")
        assert port.read(7) == b"\x00hello\x00"
        port.close()
        pid = int(fake_renode.read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_renode_that_fails_to_start_shows_its_log(fake_renode, firmware, monkeypatch):
    monkeypatch.setenv("FAKE_RENODE_FAIL", "1")
    with pytest.raises(BoardError, match=r"(?s)Renode exited with status 1:.*nope\.repl"):
        with RenodeRunner(get_board("nano33-renode")).running(firmware):
            pass

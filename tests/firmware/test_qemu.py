"""End to end: the fixture firmware on QEMU's mps2-an386, over a real TCP socket, through the
runner and the session the harness uses for every board."""

from __future__ import annotations

import socket
import struct
import subprocess
from urllib.parse import urlparse

import numpy as np
import pytest
from built_project import loose_elf
from fixture_backend import expected_outputs

from harness.boards.runners import runner_for
from harness.boards.runners.qemu import QemuProcess
from harness.errors import BoardError
from harness.protocol import DeviceErrorReply, DeviceSession, ErrorCode, TimerKind

pytestmark = pytest.mark.emulator


@pytest.fixture
def device(fixture_firmware, qemu_board):
    """A connected session with the fixture firmware on a fresh emulated board."""
    project, result = fixture_firmware
    with runner_for(qemu_board).running(project) as url:
        with DeviceSession.open(url, timeout=20) as session:
            session.connect(expected_sha256=project.sha256)
            yield session


def params(first: float = 0.0, second: float = 0.0, loop: int = 0) -> np.ndarray:
    return np.array([[first, second, loop]], np.float32)


def test_boot_announcement_describes_the_firmware(device, fixture_firmware):
    project, _ = fixture_firmware
    info = device.info
    assert (info.board, info.backend, info.model_name) == ("qemu-m4", "fixture", "fixture")
    assert info.model_sha256 == project.sha256
    assert info.timer_kind == TimerKind.EMULATOR_TICKS
    assert (info.cpu_hz, info.timer_hz, info.max_payload) == (25_000_000, 25_000_000, 1024)
    assert info.activation_bytes == project.activation_bytes
    assert [t.shape for t in info.inputs] == [(1, 128, 128), (1, 3)]


def test_outputs_are_the_fixture_function_of_the_inputs(device):
    rng = np.random.default_rng(7)
    for _ in range(2):
        image = rng.integers(-128, 128, (1, 128, 128), dtype=np.int8)
        values = params(*rng.normal(size=2))
        device.set_input(0, image)
        device.set_input(1, values)
        device.invoke()
        expected_image, expected_params = expected_outputs(image, values)
        assert np.array_equal(device.get_output(0), expected_image)
        assert np.array_equal(device.get_output(1), expected_params)


def test_the_timer_counts_instructions_exactly(device, qemu_board):
    """The fixture's loop runs 2 instructions per iteration, so n iterations more must read as
    exactly 2n instructions more, every time."""
    timer = qemu_board.timer
    counts = {}
    for loop in (1, 1000, 54321):
        device.set_input(1, params(loop=loop))
        ticks = device.invoke(3)
        counts[loop] = {timer.to_units(t) for t in ticks}
        assert len(counts[loop]) == 1, f"runs of one input differ: {ticks}"
        assert max(ticks) - min(ticks) <= 1  # the tick grid is finer than an instruction
    base = counts[1].pop()
    assert counts[1000].pop() - base == 2 * 999
    assert counts[54321].pop() - base == 2 * 54320
    assert timer.ticks_per_unit == 3.2  # 2^7 ns per instruction, 40 ns per tick


def test_stats_report_the_stack_high_water_mark(device):
    device.set_input(1, params())
    device.invoke(2)
    stats = device.stats()
    assert 512 < stats.stack_used < stats.stack_size == 64 * 1024  # 512: the fixture's scratch
    assert (stats.invokes, stats.frames_rejected) == (2, 0)
    assert stats.activation_bytes_used == device.info.activation_bytes


def test_a_failing_model_and_a_cpu_fault_are_reported(device, fixture_firmware):
    device.set_input(1, params(first=float("nan")))
    with pytest.raises(DeviceErrorReply, match="INVOKE_FAILED"):
        device.invoke()
    assert device.echo(b"still serving") == b"still serving"
    device.set_input(1, params(first=-1.0))
    with pytest.raises(DeviceErrorReply, match="FAULT") as error:
        device.invoke()
    start, size = _symbol(fixture_firmware[1].elf, "hil_model_invoke")
    assert start <= error.value.fault.pc < start + size
    assert error.value.fault.cfsr & (1 << 16)  # UFSR.UNDEFINSTR


def _symbol(elf, name: str) -> tuple[int, int]:
    for line in subprocess.run(["arm-none-eabi-nm", "-S", str(elf)], capture_output=True,
                               text=True, check=True).stdout.splitlines():
        address, size, _, symbol = line.split()[:4] + [""] * (4 - len(line.split()))
        if symbol == name:
            return int(address, 16) & ~1, int(size, 16)
    raise AssertionError(f"{name} not in {elf}")


def test_a_request_corrupted_on_the_wire_is_sent_again(device, monkeypatch):
    original = device.link.port.write
    writes = []

    def corrupt_first(data: bytes) -> int:
        writes.append(data)
        if len(writes) == 1:
            data = data[:4] + bytes([data[4] ^ 0x08]) + data[5:]
        return original(data)

    monkeypatch.setattr(device.link.port, "write", corrupt_first)
    assert device.echo(b"through noise") == b"through noise"
    assert device.resent == 1 and device.stats().frames_rejected == 1


def test_two_boards_run_at_once(fixture_firmware, qemu_board):
    project = fixture_firmware[0]
    runner = runner_for(qemu_board)
    with runner.running(project) as first, runner.running(project) as second:
        assert first != second
        with DeviceSession.open(first) as a, DeviceSession.open(second) as b:
            a.connect()
            b.connect()
            assert a.echo(b"a") == b"a" and b.echo(b"b") == b"b"
    assert not runner.serving()


def test_qemu_is_stopped_when_the_block_ends_with_an_error(fixture_firmware, qemu_board):
    with pytest.raises(RuntimeError), runner_for(qemu_board).running(fixture_firmware[0]) \
            as url:
        address = urlparse(url)
        raise RuntimeError("a test failing mid-run")
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection((address.hostname, address.port), timeout=5).close()


def test_a_dead_qemu_turns_into_a_board_error_with_its_exit(fixture_firmware, qemu_board):
    runner = runner_for(qemu_board)
    with pytest.raises(BoardError, match="QEMU exited with status -9"):
        with runner.running(fixture_firmware[0]) as url:
            with DeviceSession.open(url, timeout=1) as session:
                session.connect()
                runner.process(url)._process.kill()
                session.echo(b"anyone there?")


def test_a_firmware_that_locks_up_reports_qemus_stderr(tmp_path, qemu_board):
    # A raw image (QEMU loads it at 0): reset runs UDF at 0x8, and the HardFault vector (0) has
    # no Thumb bit, so the fault handler faults too: a lockup. (A truncated ELF is no good: what
    # it runs depends on the bytes of its header, which change with every build.)
    image = tmp_path / "firmware.elf"
    image.write_bytes(struct.pack("<4I", 0x20001000, 0x8 | 1, 0xDE00, 0))
    with pytest.raises(BoardError, match="QEMU exited with status -6: .*Lockup"):
        with runner_for(qemu_board).running(loose_elf(image)) as url:
            with DeviceSession.open(url, timeout=2) as session:
                session.connect(boot_timeout=0.5)


def test_qemu_process_reports_nothing_while_it_runs(fixture_firmware, qemu_board):
    qemu = QemuProcess(runner_for(qemu_board).command(fixture_firmware[1].elf))
    url = qemu.start()
    try:
        assert url.startswith("socket://127.0.0.1:") and qemu.exit_report() == ""
    finally:
        qemu.stop()
    assert "exited" in qemu.exit_report()


def test_an_invalid_code_stays_a_number(device):
    with pytest.raises(DeviceErrorReply) as error:
        device.request(0x42)
    assert error.value.code == ErrorCode.UNKNOWN_REQUEST

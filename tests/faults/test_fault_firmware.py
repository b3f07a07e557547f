"""The firmware's test-only fault injection: in the build made for the fault matrix it arms a
CPU fault or an endless loop for the next INVOKE; a normal build has no trace of it."""

from __future__ import annotations

import subprocess

import pytest

from harness.backends import get_backend
from harness.boards.runners import runner_for
from harness.faults.stream import FIRMWARE_FAULTS, INJECT_FAULT
from harness.measure import build_firmware
from harness.protocol import DeviceErrorReply, DeviceSession, DeviceTimeout, ErrorCode
from harness.protocol import messages as m

pytestmark = pytest.mark.emulator


def symbols(elf) -> dict[str, tuple[int, int]]:
    lines = subprocess.run(["arm-none-eabi-nm", "-S", str(elf)], capture_output=True, text=True,
                           check=True).stdout.splitlines()
    return {parts[3]: (int(parts[0], 16), int(parts[1], 16))
            for parts in (line.split() for line in lines) if len(parts) == 4}


@pytest.fixture
def device(board, clean):
    """A session with the fault-injection build of the sine model."""
    with runner_for(board).running(clean.firmware.project) as url, \
            DeviceSession.open(url, timeout=1) as session:
        session.connect(expected_sha256=clean.firmware.project.sha256)
        yield session


def test_a_normal_build_has_no_fault_injection(board, sine):
    firmware = build_firmware(sine.model, sine.model_name, sine.variant, board,
                              get_backend("aot"))
    assert not any("fault_injection" in name for name in symbols(firmware.elf))
    with runner_for(board).running(firmware.project) as url, DeviceSession.open(url) as session:
        session.connect()
        with pytest.raises(DeviceErrorReply) as refused:
            session.request(INJECT_FAULT, bytes([FIRMWARE_FAULTS["fault"]]))
    assert refused.value.code == ErrorCode.UNKNOWN_REQUEST


def test_an_armed_fault_strikes_the_next_invoke(device, clean):
    device.request(INJECT_FAULT, bytes([FIRMWARE_FAULTS["fault"]]))
    with pytest.raises(DeviceErrorReply) as fault:
        device.request(m.Request.INVOKE, m.invoke_payload(1))
    start, size = symbols(clean.firmware.elf)["hil_fault_injection_strike"]
    assert fault.value.code == ErrorCode.FAULT and start <= fault.value.fault.pc < start + size


def test_an_armed_spin_never_answers(device):
    device.request(INJECT_FAULT, bytes([FIRMWARE_FAULTS["spin"]]))
    with pytest.raises(DeviceTimeout):
        device.request(m.Request.INVOKE, m.invoke_payload(1))
    with pytest.raises(DeviceTimeout):
        device.echo(b"anyone?")


def test_an_unknown_fault_is_refused_and_nothing_is_armed(device):
    for payload in (b"", b"\x09", b"\x01\x01"):
        with pytest.raises(DeviceErrorReply) as refused:
            device.request(INJECT_FAULT, payload)
        assert refused.value.code == ErrorCode.BAD_PAYLOAD
    assert len(m.parse_ticks(device.request(m.Request.INVOKE, m.invoke_payload(2)), 2)) == 2

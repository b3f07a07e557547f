"""DeviceSession over loop:// against a scripted device: chunking, retries after corrupted,
truncated and duplicated frames, device error replies, and deadlines."""

from __future__ import annotations

import numpy as np
import pytest
from fake_device import SHA256, FakeDevice, FakeDevicePort
from serial.urlhandler import protocol_loop

from harness.errors import HilError
from harness.protocol import (
    DeviceErrorReply,
    DeviceReset,
    DeviceSession,
    DeviceTimeout,
    ErrorCode,
    FrameError,
    ModelMismatch,
)
from harness.protocol import messages as m
from harness.protocol.channel import RequestChannel, request_name
from harness.protocol.frames import Frame, encode_frame


def session_with(device: FakeDevice, announce: bool = True, **options) -> DeviceSession:
    session = DeviceSession(FakeDevicePort(device, announce), timeout=2.0, **options)
    session.connect(boot_timeout=0.05)
    return session


def test_connect_reads_the_boot_announcement_without_asking():
    device = FakeDevice()
    session = session_with(device)
    assert device.requests == 0
    assert session.info.model_name == "echo-model"
    assert session.info.inputs[0].nbytes == 300 and session.info.inputs[0].zero_point == -3
    assert session.info.outputs[0].shape == (1, 200)


def test_connect_asks_with_hello_when_the_board_booted_before_we_listened():
    device = FakeDevice()
    session = session_with(device, announce=False)
    assert device.requests == 1
    assert session.info.max_payload == 64


def test_connect_refuses_another_model_or_protocol_version():
    with pytest.raises(ModelMismatch, match="stale"):
        DeviceSession(FakeDevicePort(FakeDevice())).connect(expected_sha256="00" * 32)
    with pytest.raises(FrameError, match="protocol version 2"):
        DeviceSession(FakeDevicePort(FakeDevice(version=2))).connect()
    DeviceSession(FakeDevicePort(FakeDevice())).connect(expected_sha256=SHA256)


def test_inputs_and_outputs_larger_than_a_payload_go_in_chunks():
    device = FakeDevice()
    session = session_with(device)
    values = np.arange(300).astype(np.int8).reshape(1, 300)
    session.set_input(0, values)
    assert device.offsets == [0, 59, 118, 177, 236, 295]  # max_payload 64 - 5 header bytes
    output = session.get_output(0)
    assert output.dtype == np.int8 and output.shape == (1, 200)
    assert np.array_equal(output.reshape(-1), values.reshape(-1)[::-1][:200])


def test_invoke_splits_runs_that_do_not_fit_one_reply():
    session = session_with(FakeDevice())
    ticks = session.invoke(40)  # (64 - 2) / 4 = 15 runs per reply
    assert ticks == [1000 + i for i in range(15)] * 2 + [1000 + i for i in range(10)]


@pytest.mark.parametrize("damage", ["corrupt", "truncate", "noise", "bad_frame"])
def test_a_damaged_exchange_is_retried_with_a_new_seq(damage):
    device = FakeDevice(damage=[damage])
    session = session_with(device)
    assert session.echo(b"hello") == b"hello"
    assert session.resent == 1 and device.requests == 2


def test_a_duplicated_reply_is_ignored_as_stale():
    device = FakeDevice(damage=["duplicate"])
    session = session_with(device)
    assert session.echo(b"first") == b"first"
    assert session.echo(b"second") == b"second"
    assert session.resent == 0


def test_a_link_that_stays_corrupt_gives_up_after_the_retries():
    device = FakeDevice(damage=["corrupt"] * 10)
    session = session_with(device, retries=2)
    with pytest.raises(FrameError, match="3 attempts"):
        session.stats()
    assert device.requests == 3


def test_device_error_replies_raise_with_the_code():
    session = session_with(FakeDevice(damage=[ErrorCode.BAD_TENSOR]))
    with pytest.raises(DeviceErrorReply, match="BAD_TENSOR") as error:
        session.get_output(0)
    assert error.value.code == ErrorCode.BAD_TENSOR and error.value.request_type == 0x04


def test_a_fault_report_names_the_program_counter():
    session = session_with(FakeDevice(damage=[ErrorCode.FAULT]))
    with pytest.raises(DeviceErrorReply, match="pc=0x00001234") as error:
        session.invoke()
    assert error.value.fault.cfsr == 0x10000


def test_no_reply_is_a_timeout_not_a_hang():
    session = DeviceSession(FakeDevicePort(FakeDevice(damage=["drop"])), timeout=0.2)
    session.connect(boot_timeout=0.05)
    with pytest.raises(DeviceTimeout, match="GET_STATS"):
        session.stats()


def test_no_announcement_and_no_answer_is_a_timeout():
    session = DeviceSession(FakeDevicePort(FakeDevice(damage=["drop"]), announce=False),
                            timeout=0.2)
    with pytest.raises(DeviceTimeout, match="HELLO"):
        session.connect(boot_timeout=0.05)


def test_stats_are_parsed():
    stats = session_with(FakeDevice()).stats()
    assert (stats.stack_used, stats.stack_size, stats.invokes, stats.frames_rejected) == \
        (512, 65536, 3, 1)


def test_inputs_of_the_wrong_type_or_size_are_refused_before_sending():
    device = FakeDevice()
    session = session_with(device)
    with pytest.raises(HilError, match="300 values of int8"):
        session.set_input(0, np.zeros(300, np.float32))
    with pytest.raises(HilError, match="has 1 inputs; no input 1"):
        session.set_input(1, np.zeros(300, np.int8))
    assert device.requests == 0


def test_a_damaged_announcement_is_replaced_by_asking():
    device = FakeDevice()
    port = FakeDevicePort(device, announce=False)
    protocol_loop.Serial.write(port, device.announcement()[:12] + b"\x00")  # cut short
    info = DeviceSession(port, timeout=2.0).connect(boot_timeout=30)
    assert device.requests == 1 and info.model_name == "echo-model"


def test_infer_sets_inputs_invokes_and_reads_outputs():
    session = session_with(FakeDevice())
    values = np.arange(300).astype(np.int8).reshape(1, 300)
    (output,), ticks = session.infer([values], runs=2)
    assert ticks == [1000, 1001]
    assert np.array_equal(output.reshape(-1), values.reshape(-1)[::-1][:200])


def test_a_fault_while_booting_is_reported_at_connect():
    device = FakeDevice()
    port = FakeDevicePort(device, announce=False)
    fault = FakeDevice._error(ErrorCode.FAULT, Frame(0, 0))
    protocol_loop.Serial.write(port, fault)
    with pytest.raises(DeviceErrorReply, match="FAULT at pc=0x00001234"):
        DeviceSession(port, timeout=2.0).connect(boot_timeout=30)


def test_sequence_numbers_start_at_1_and_wrap_past_0_which_is_the_boot_announcements():
    device = FakeDevice()
    session = session_with(device)
    session.echo(b"a")
    session.echo(b"b")
    session._seq = 0xFFFE
    session.echo(b"c")
    session.echo(b"d")
    assert [seq for _, seq in device.seen] == [1, 2, 0xFFFF, 1]


def test_a_request_may_forbid_the_channels_retries():
    device = FakeDevice(damage=["corrupt"] * 2)
    session = session_with(device, retries=3)
    with pytest.raises(FrameError, match=r"^INVOKE: no intact reply in 1 attempts"):
        session.request(0x03, b"\x01\x00", retries=0)
    assert device.requests == 1 and session.resent == 0


def test_resent_requests_add_up_over_the_session():
    device = FakeDevice(damage=["corrupt", None, "truncate", "noise"])
    session = session_with(device)
    session.echo(b"one")
    session.echo(b"two")
    assert session.resent == 3 and device.requests == 5


@pytest.mark.parametrize("damage, problem", [
    ("corrupt", r"a corrupted frame arrived \((CRC|LENGTH|COBS)\)"),
    ("bad_frame", r"the device received a corrupted request")])
def test_an_unreliable_link_names_the_request_the_last_problem_and_the_fix(damage, problem):
    session = session_with(FakeDevice(damage=[damage] * 3), retries=2)
    fix = "the link is unreliable: check the cable, baud rate and port"
    with pytest.raises(FrameError,
                       match=rf"^GET_STATS: no intact reply in 3 attempts \({problem}\); {fix}$"):
        session.stats()


def test_a_boot_announcement_while_a_request_is_outstanding_means_the_device_restarted():
    device = FakeDevice()
    port = FakeDevicePort(device)
    session = DeviceSession(port, timeout=2.0)
    session.connect(boot_timeout=0.05)
    session.echo(b"before")
    protocol_loop.Serial.write(port, device.announcement())  # it rebooted: the reply queues after
    with pytest.raises(DeviceReset, match=r"^the device restarted while ECHO \(seq 2\) was "
                       r"outstanding \(it announced a fresh boot\)$"):
        session.echo(b"after")


class WrongTypeDevice(FakeDevice):
    """Answers every request with an ECHO reply (its seq right)."""

    def answer(self, request) -> bytes:
        return encode_frame(Frame(0x86, request.seq, b""))


def test_a_reply_of_another_type_is_refused_naming_both():
    session = session_with(WrongTypeDevice())
    with pytest.raises(FrameError, match=r"^the device answered a GET_STATS request with frame "
                       r"type 0x86$"):
        session.stats()


def test_requests_are_named_and_unknown_ones_by_number():
    assert request_name(0x05) == "GET_STATS" and request_name(0x7E) == "0x7e"


def test_a_request_without_a_payload_sends_none():
    assert session_with(FakeDevice()).request(0x06) == b""  # ECHO answers what it got


@pytest.mark.parametrize("payload, message", [
    (bytes([0x77, 0x05]), "the device refused GET_STATS: code 119"),
    (bytes([m.ErrorCode.BAD_TENSOR, 0x05]), "the device refused GET_STATS: BAD_TENSOR")])
def test_a_refusal_names_its_code_and_no_fault_address_without_a_fault(payload, message):
    with pytest.raises(DeviceErrorReply) as refused:
        RequestChannel._raise_error(m.parse_error(payload), m.Request.GET_STATS)
    assert str(refused.value) == message


def test_a_frame_with_seq_0_that_is_not_an_announcement_is_only_stale():
    device = FakeDevice()
    port = FakeDevicePort(device)
    session = DeviceSession(port, timeout=2.0)
    session.connect(boot_timeout=0.05)
    protocol_loop.Serial.write(port, encode_frame(Frame(0x86, 0, b"late")))
    assert session.echo(b"now") == b"now"


def test_a_big_request_waits_longer_for_its_reply_by_its_time_on_the_wire():
    """27 KB at 115200 baud take 2.4 s to arrive: twice that is added to the reply's timeout."""
    session = DeviceSession(FakeDevicePort(FakeDevice(damage=["drop"])), timeout=0.2)
    session.connect(boot_timeout=0.05)
    session.link.port.baudrate = 115200
    assert session.wire_seconds(27_648) == pytest.approx(4.8, rel=1e-3)
    assert session.wire_seconds(0) == 0
    session.link.port.baudrate = 9600  # the port's own rate counts, not a fixed one
    assert session.wire_seconds(27_648) == pytest.approx(57.6, rel=1e-3)

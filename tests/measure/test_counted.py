"""The counted device on a scripted device whose invoke counter is real: a lost INVOKE request
or reply is resent without a restart, and the counter accepts nothing from a device that
restarted. (The same on real firmware through a faulty link: tests/faults.)"""

from __future__ import annotations

import time

import numpy as np
import pytest
from fake_device import CountingDevice, FakeDevicePort

from harness.measure.counted import CountedDevice, DeviceHung
from harness.protocol import DeviceReset, DeviceSession
from harness.protocol import messages as m

DEADLINE_S = 0.05  # a lost frame is noticed after this; the device answers at once otherwise


def counted(device: CountingDevice, lost_retries: int = 2) -> CountedDevice:
    session = DeviceSession(FakeDevicePort(device), timeout=DEADLINE_S)
    session.connect(boot_timeout=DEADLINE_S)
    return CountedDevice(session, lost_retries=lost_retries, invoke_timeout=DEADLINE_S)


def started(**options) -> tuple[CountingDevice, CountedDevice]:
    device = CountingDevice()
    dut = counted(device, **options)
    dut.start()
    return device, dut


def test_a_fresh_device_runs_twice_so_its_counter_is_never_below_two_again():
    device, dut = started()
    assert device.invokes == dut.expected == dut.verified == 2 and dut.timeouts == 0
    assert device.requests == 3  # STATS, one INVOKE of 2 runs, STATS


@pytest.mark.parametrize("count, after, requests", [(1, 2, 3), (2, 2, 2), (7, 7, 2)])
def test_a_device_that_already_ran_is_taken_at_its_count(count, after, requests):
    device = CountingDevice(invokes=count)
    dut = counted(device)
    assert dut.start().invokes == after and dut.expected == after and device.invokes == after
    assert device.requests == requests  # an INVOKE only when the counter is below 2


def test_a_lost_invoke_request_is_sent_again_without_a_restart():
    device, dut = started()
    device.damage = ["lose"]  # the INVOKE never arrives: nothing ran
    ticks = dut.invoke(1)
    assert ticks == [1000]
    assert device.invokes == dut.expected == 3 and dut.timeouts == 1
    assert dut.verify().invokes == 3  # no DeviceReset: nothing was counted that did not run


def test_a_lost_invoke_reply_is_counted_as_run_then_sent_again_for_its_ticks():
    device, dut = started()
    device.damage = ["drop"]  # the INVOKE ran, its reply is lost
    assert dut.invoke(1) == [1000]
    assert device.invokes == dut.expected == 4 and dut.timeouts == 1
    assert dut.verify().invokes == 4


def test_lost_stats_replies_are_asked_again():
    device, dut = started()
    device.damage = ["lose", "drop"]
    assert dut.verify().invokes == 2 and dut.timeouts == 2


def test_a_request_lost_every_time_means_the_device_hangs():
    device, dut = started(lost_retries=1)
    device.damage = ["lose", "lose"]
    with pytest.raises(DeviceHung, match=r"stopped answering \(2 tries: no reply to GET_STATS"):
        dut.verify()
    device.damage = ["lose", "lose", "lose", "lose"]  # INVOKE, STATS, INVOKE, STATS
    with pytest.raises(DeviceHung):
        dut.invoke(1)
    assert dut.timeouts == 2 + 3  # the INVOKE, then both STATS asking whether it ran


def test_an_invoke_that_never_gets_a_reply_is_a_hang_not_a_reset():
    device, dut = started(lost_retries=1)
    device.damage = ["lose", None, "lose", None]  # INVOKE lost, STATS fine, twice
    with pytest.raises(DeviceHung, match=r"INVOKE got no reply in 2 tries \(no reply to INVOKE"):
        dut.invoke(1)
    assert device.invokes == dut.expected == 2


def test_a_device_that_restarted_is_caught_by_its_counter():
    device, dut = started()
    dut.infer(np.zeros(300, np.int8), 1)
    assert dut.expected == 3
    device.damage = ["reboot"]  # restarts before the next request: counter back to 0
    with pytest.raises(DeviceReset, match="counter is 0, 3 were run: it restarted, and what it "
                       "answered since the last check is void"):
        dut.verify()


def test_a_restart_hidden_behind_a_lost_reply_is_caught():
    device, dut = started()
    dut.invoke(1)
    device.damage = ["reboot", "drop"]  # restarts, runs the INVOKE, its reply is lost
    with pytest.raises(DeviceReset, match="counter is 1, 3 were run"):
        dut.invoke(1)


@pytest.mark.parametrize("runs", [1, 2, 3, 40])
def test_a_restart_right_after_start_hidden_behind_a_lost_reply_is_caught(runs):
    """The first sample after start: its inputs are set, the device restarts silently (they are
    lost), runs the INVOKE on zeros, and the reply is lost. A counter that equals what a device
    that never ran the INVOKE would report must not pass for one."""
    device = CountingDevice(input_bytes=16, output_bytes=16)  # one SET_INPUT request
    dut = counted(device)
    dut.start()
    device.damage = [None, "reboot", "drop"]  # SET_INPUT answered, then the next request
    with pytest.raises(DeviceReset, match="restarted"):
        dut.infer(np.ones(16, np.int8), runs)
        dut.verify()


@pytest.mark.parametrize("runs", [1, 3])
@pytest.mark.parametrize("at", range(12))
def test_a_silent_restart_anywhere_in_the_first_samples_never_passes_wrong_outputs(runs, at):
    """Whichever request meets the restart (and loses its reply), the two samples' outputs are
    either the device's true answers or refused by the verification."""
    device, dut = started()
    device.damage = [None] * at + ["reboot", "drop"]
    inputs = [np.full(300, 5, np.int8), np.arange(300).astype(np.int8)]
    try:
        outputs = [dut.infer(values, runs)[0] for values in inputs]
        dut.verify()
    except DeviceReset:
        return
    for values, output in zip(inputs, outputs, strict=True):
        assert np.array_equal(output.reshape(-1), values[::-1][:200])


def test_an_invoke_asks_for_fewer_runs_than_the_counter_last_verified():
    device, dut = started()
    assert dut.invoke(6) == [1000, 1000, 1001, 1000, 1001, 1002]  # 1, 2, 3: verified 2, 3, 5
    assert device.invokes == dut.expected == 8 and dut.verified == 5
    assert device.requests == 3 + 2 * 3


def test_invocations_are_split_into_batches_the_payload_holds():
    device = CountingDevice(invokes=100)  # far above a batch: the counter does not cap it
    dut = counted(device)
    dut.start()
    batch = (device.max_payload - 2) // 4
    ticks = dut.invoke(batch * 2 + 1)
    assert len(ticks) == batch * 2 + 1 and device.invokes == dut.expected == batch * 2 + 101
    assert ticks[:batch] == [1000 + i for i in range(batch)] and ticks[-1] == 1000
    assert device.requests == 2 + 3  # STATS twice, then three INVOKEs: no verification between


def test_by_default_a_request_is_tried_three_times():
    device = CountingDevice()
    session = DeviceSession(FakeDevicePort(device), timeout=DEADLINE_S)
    session.connect(boot_timeout=DEADLINE_S)
    dut = CountedDevice(session)
    device.damage = ["lose"] * 3
    with pytest.raises(DeviceHung, match="3 tries"):
        dut.start()


def test_an_invoke_has_its_own_deadline():
    """A big model's INVOKE may need longer than any other request (and a lost one is noticed
    after its own deadline, not the session's)."""
    device = CountingDevice()
    session = DeviceSession(FakeDevicePort(device), timeout=3.0)
    session.connect(boot_timeout=DEADLINE_S)
    dut = CountedDevice(session, invoke_timeout=DEADLINE_S)
    dut.start()
    device.damage = ["drop"]
    began = time.monotonic()
    assert dut.invoke(1) == [1000]
    assert time.monotonic() - began < 1.5  # the INVOKE's 0.05 s, not the session's 3 s


def test_a_corrupted_invoke_reply_is_not_resent_before_the_counter_is_read():
    device, dut = started()
    device.seen.clear()
    device.damage = ["corrupt"]
    assert dut.invoke(1) == [1000]
    assert [kind for kind, _ in device.seen] == [m.Request.INVOKE, m.Request.GET_STATS,
                                                 m.Request.INVOKE]
    assert device.invokes == dut.expected == 4 and dut.timeouts == 0


def test_a_batch_fills_the_reply_payload():
    device = CountingDevice(invokes=100, max_payload=66)  # (66 - 2) / 4 = 16 runs per reply
    dut = counted(device)
    dut.start()
    device.seen.clear()
    assert len(dut.invoke(32)) == 32
    assert [kind for kind, _ in device.seen] == [m.Request.INVOKE] * 2

"""The counted device on a scripted device whose invoke counter is real: a lost INVOKE request
or reply is resent without a restart, and the counter accepts nothing from a device that
restarted. (The same on real firmware through a faulty link: tests/faults.)"""

from __future__ import annotations

import numpy as np
import pytest
from fake_device import CountingDevice, FakeDevicePort

from harness.measure.counted import CountedDevice, DeviceHung
from harness.protocol import DeviceReset, DeviceSession

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


def test_a_fresh_device_runs_once_so_its_counter_is_never_zero_again():
    device, dut = started()
    assert device.invokes == dut.expected == 1 and dut.timeouts == 0


def test_a_device_that_already_ran_is_taken_at_its_count():
    device = CountingDevice(invokes=7)
    dut = counted(device)
    assert dut.start().invokes == 7 and dut.expected == 7 and device.invokes == 7


def test_a_lost_invoke_request_is_sent_again_without_a_restart():
    device, dut = started()
    device.damage = ["lose"]  # the INVOKE never arrives: nothing ran
    ticks = dut.invoke(3)
    assert ticks == [1000, 1001, 1002]
    assert device.invokes == dut.expected == 4 and dut.timeouts == 1
    assert dut.verify().invokes == 4  # no DeviceReset: nothing was counted that did not run


def test_a_lost_invoke_reply_is_counted_as_run_then_sent_again_for_its_ticks():
    device, dut = started()
    device.damage = ["drop"]  # the INVOKE ran, its reply is lost
    assert dut.invoke(2) == [1000, 1001]
    assert device.invokes == dut.expected == 5 and dut.timeouts == 1
    assert dut.verify().invokes == 5


def test_lost_stats_replies_are_asked_again():
    device, dut = started()
    device.damage = ["lose", "drop"]
    assert dut.verify().invokes == 1 and dut.timeouts == 2


def test_a_request_lost_every_time_means_the_device_hangs():
    device, dut = started(lost_retries=1)
    device.damage = ["lose", "lose"]
    with pytest.raises(DeviceHung, match="2 tries"):
        dut.verify()
    device.damage = ["lose", "lose", "lose", "lose"]  # INVOKE, STATS, INVOKE, STATS
    with pytest.raises(DeviceHung):
        dut.invoke(1)
    assert dut.timeouts == 2 + 3  # the INVOKE, then both STATS asking whether it ran


def test_an_invoke_that_never_gets_a_reply_is_a_hang_not_a_reset():
    device, dut = started(lost_retries=1)
    device.damage = ["lose", None, "lose", None]  # INVOKE lost, STATS fine, twice
    with pytest.raises(DeviceHung, match="INVOKE got no reply in 2 tries"):
        dut.invoke(1)
    assert device.invokes == dut.expected == 1


def test_a_device_that_restarted_is_caught_by_its_counter():
    device, dut = started()
    dut.infer(np.zeros(300, np.int8), 2)
    assert dut.expected == 3
    device.damage = ["reboot"]  # restarts before the next request: counter back to 0
    with pytest.raises(DeviceReset, match="counter is 0, 3 were run"):
        dut.verify()


def test_a_restart_hidden_behind_a_lost_reply_is_caught():
    """Caught while the counter before the restart exceeds the runs of the INVOKE that ran after
    it (not when a device at count 1 restarts and runs one INVOKE whose reply is lost: see
    docs/mutation.md)."""
    device, dut = started()
    dut.invoke(3)
    device.damage = ["reboot", "drop"]  # restarts, runs the INVOKE, its reply is lost
    with pytest.raises(DeviceReset, match="counter is 1, 4 were run"):
        dut.invoke(1)


def test_invocations_are_split_into_batches_the_payload_holds():
    device, dut = started()
    batch = (device.max_payload - 2) // 4
    ticks = dut.invoke(batch * 2 + 1)
    assert len(ticks) == batch * 2 + 1 and device.invokes == dut.expected == batch * 2 + 2
    assert ticks[:batch] == [1000 + i for i in range(batch)] and ticks[-1] == 1000

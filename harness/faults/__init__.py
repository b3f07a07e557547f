"""Fault injection: a faulty link (`hilfault://`, a pyserial URL handler) and device faults on
emulated boards, and the fault matrix that drives real firmware through them (`hil faults`)."""

from harness.faults.plan import DeviceControl, FaultPlan
from harness.faults.spec import DAMAGE_KINDS, DEVICE_KINDS, KINDS, LINK_KINDS, FaultSpec

__all__ = ["DAMAGE_KINDS", "DEVICE_KINDS", "KINDS", "LINK_KINDS", "DeviceControl", "FaultPlan",
           "FaultSpec"]

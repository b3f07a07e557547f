"""Measuring a model on a board: one code path for `hil run`, the pytest suite and `hil bench`.

    workload (model + inputs + host answers) -> firmware (render + build) -> device run
    (inputs streamed through a session) -> result row (metrics, agreement, latency, memory)
"""

from harness.measure.device import DeviceRun, run_samples
from harness.measure.firmware import Firmware, build_firmware
from harness.measure.recovery import RecoveryPolicy
from harness.measure.run import Measurement, board_runner, measure, measure_run
from harness.measure.summary import result_row
from harness.measure.workload import Workload, tflite_workload, zoo_workload

__all__ = ["DeviceRun", "Firmware", "Measurement", "RecoveryPolicy", "Workload", "board_runner",
           "build_firmware",
           "measure", "measure_run", "result_row", "run_samples", "tflite_workload",
           "zoo_workload"]

"""`hil run --protocol mlperf` end to end: the official kws01 model on the emulated board over
a real socket, in accuracy and performance mode, against the binary protocol's run of the same
inputs; a device that runs MLPerf Tiny firmware already, driven as it is; `hil mlperf-dataset`
and `hil run --dataset` on the same data."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest
import serial
from mlperf_models import official_model, random_rows

from harness.backends import get_backend
from harness.boards import get_board
from harness.measure.mlperf.run import MlperfOptions, measure_mlperf
from harness.measure.run import board_runner, measure_run
from harness.measure.workload import custom_workload

pytestmark = pytest.mark.emulator
if "noisy_link" not in serial.protocol_handler_packages:  # tests/support/noisy_link
    serial.protocol_handler_packages.append("noisy_link")
SAMPLES = 12


def hil(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "harness", *map(str, args)], capture_output=True,
                          text=True, timeout=900)


@pytest.fixture(scope="module")
def kws():
    model = official_model("kws01")
    rows = random_rows(model, SAMPLES, seed=7)
    labels = np.random.default_rng(7).integers(0, 12, SAMPLES)
    return model, custom_workload(model, rows, labels)


@pytest.fixture(scope="module")
def binary_run(kws):
    _, workload = kws
    return measure_run(workload, get_board("qemu-m4"), get_backend("aot"), checkpoint=False)


@pytest.mark.slow
def test_kws01_accuracy_mode_gives_the_binary_protocols_outputs(kws, binary_run):
    _, workload = kws
    mlperf = measure_mlperf(workload, get_board("qemu-m4"), get_backend("aot"))
    outputs, reference = np.stack(mlperf.run.outputs), np.stack(binary_run.run.outputs)
    assert np.array_equal(outputs, reference)
    assert np.array_equal(outputs.argmax(axis=1), reference.argmax(axis=1))
    row, binary = mlperf.row, binary_run.row
    assert (row.protocol, binary.protocol) == ("mlperf", "binary")
    assert row.bit_exact_fraction == binary.bit_exact_fraction == 1.0
    assert row.device_metric == binary.device_metric == row.host_reference_metric
    assert row.latency_unit == "instructions" and row.status == "passed"
    # The same inferences: the mlperf window adds only its loop and the timer's reading.
    assert 0 <= row.latency_median - binary.latency_median < 100
    assert 0 < row.payload_per_wire_byte < binary.payload_per_wire_byte < 1


@pytest.mark.slow
def test_kws01_performance_mode_runs_the_runners_windows(kws, binary_run):
    _, workload = kws
    mlperf = measure_mlperf(workload, get_board("qemu-m4"), get_backend("aot"),
                            options=MlperfOptions("performance", iterations=7, warmups=2))
    assert mlperf.row.samples == 5  # loop 5: download; infer N W
    assert np.array_equal(np.stack(mlperf.run.outputs), np.stack(binary_run.run.outputs)[:5])
    assert 0 <= mlperf.row.latency_median - binary_run.row.latency_median < 100


@pytest.mark.slow
def test_a_device_running_mlperf_firmware_is_driven_as_it_is(kws, mlperf_firmware):
    """The harness's own mlperf firmware stands in for a vendor's: started by hand, reached on
    its socket with --flashed, nothing built or flashed by the run."""
    _, workload = kws
    board = get_board("qemu-m4")
    with board_runner(board).running(mlperf_firmware("kws01").project) as url:
        flashed = board_runner(board, url, flashed=True)
        measured = measure_mlperf(workload, board, get_backend("aot"), runner=flashed)
    row = measured.row
    assert measured.firmware is None and row.flash_bytes is None
    assert row.backend == "tinyml-hil qemu-m4 aot, lap unit instructions"  # what it calls itself
    assert row.bit_exact_fraction == 1.0 and row.samples == SAMPLES


@pytest.mark.slow
def test_a_damaged_link_is_retried_never_accepted(kws, mlperf_firmware):
    """Bytes dropped and corrupted both ways: every damaged reply, and every command the device
    got damaged (its input read back differs), is sent again; what is accepted is exact."""
    _, workload = kws
    board = get_board("qemu-m4")
    with board_runner(board).running(mlperf_firmware("kws01").project) as url:
        faulty = board_runner(board, f"noisy://{url}#corrupt=0.0001&drop=0.00005&seed=11",
                              flashed=True)
        measured = measure_mlperf(workload, board, get_backend("aot"), runner=faulty,
                                  options=MlperfOptions(timeout_s=0.5))
    assert measured.run.resent > 0
    assert np.array_equal(np.stack(measured.run.outputs), workload.reference)
    assert measured.row.bit_exact_fraction == 1.0


def test_flashed_without_a_port_names_the_fix(kws, tmp_path):
    model, workload = kws
    np.save(tmp_path / "x.npy", workload.inputs[:1])
    result = hil("run", model, "--inputs", tmp_path / "x.npy", "--protocol", "mlperf",
                 "--flashed", "--results", tmp_path)
    assert result.returncode == 1
    assert "already runs its firmware" in result.stderr and "pass --port" in result.stderr


@pytest.mark.slow
def test_the_cli_runs_a_runner_dataset_through_the_dut_api(kws, tmp_path):
    model, workload = kws
    np.save(tmp_path / "x.npy", workload.inputs)
    np.save(tmp_path / "y.npy", workload.labels)
    made = hil("mlperf-dataset", model, "--inputs", tmp_path / "x.npy", "--labels",
               tmp_path / "y.npy", "--out", tmp_path / "data", "--json")
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["files"] == SAMPLES
    assert (tmp_path / "data/kws01/kws01_000000.bin").read_bytes() == workload.inputs[0].tobytes()
    result = hil("run", model, "--dataset", tmp_path / "data", "--protocol", "mlperf",
                 "--json", "--results", tmp_path / "results")
    assert result.returncode == 0, result.stderr
    row = json.loads(result.stdout)
    assert row["protocol"] == "mlperf" and row["samples"] == SAMPLES
    assert row["bit_exact_fraction"] == 1.0 and row["device_metric"] == row["host_metric"]
    assert row["payload_per_wire_byte"] > 0 and row["samples_per_second"] > 0

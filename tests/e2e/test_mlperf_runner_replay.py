"""The official MLPerf Tiny runner's command sequences, replayed against the harness's mlperf
firmware on the emulated board over a real socket, for kws01, vww01, ic01 and ad01.

Everything the runner does on the wire is re-written here from its source (mlcommons/tiny,
benchmark/runner/ at 1afd2c9), not imported: how it sends a command (`cmd%`, no newline) and
reads the reply (lines split at \\n, \\r and \\0 dropped, up to a line containing m-ready, 5 s per
line, 30 s for infer), its identification (name, profile, each tried 3 times), its download
(`db load N`, then 31 bytes per `db` command in lowercase hex, ad01 files cut into windows), the
scripts of tests_performance.yaml and tests_accuracy.yaml, and the regular expressions that
parse the replies. Every reply must parse with them, and the results must be the host TFLM
reference's outputs."""

from __future__ import annotations

import csv
import re
import time

import numpy as np
import pytest
import serial
from mlperf_models import official_model, runner_dataset

from harness.boards import get_board
from harness.measure.run import board_runner
from harness.model.interpreters import Tflm
from harness.model.reference import reference_outputs

pytestmark = pytest.mark.emulator

# device_under_test.py and script.py
NAME = r'^m-(name)-dut-\[([^]]+)]$'
PROFILE = r'^m-(model|profile)-\[([^]]+)]$'
RESULTS = r'^m-results-\[([^]]+)\]$'
LAP = r'^m-lap-us-([0-9]+)$'
# tests_performance.yaml (loop 5: download; infer N W) and tests_accuracy.yaml (loop: download;
# infer 1 0; ad01 adds `reset 20`, a host-side watchdog, nothing on the wire)
PERFORMANCE = {"kws01": (70, 10), "vww01": (20, 5), "ic01": (20, 5), "ad01": (1500, 10)}
ACCURACY = (1, 0)
WINDOWS = 5
CHUNK = 31  # a DUT without a power manager
BAUD = {"kws01": 115200, "vww01": 115200, "ic01": 115200, "ad01": 921600}
FILES = {"kws01": 5, "vww01": 5, "ic01": 5, "ad01": 5}


class RunnerPort:
    """serial_device.py's SerialDevice as the DUT uses it (end of response "m-ready", `%`)."""

    def __init__(self, url: str, baud: int):
        self.port = serial.serial_for_url(url, baud, timeout=0.1)
        self.pending = b""

    def send_command(self, command: str, timeout: float = 5.0) -> list[str]:
        self.port.write((command + "%").encode())
        lines = []
        while True:
            line = self.read_line(timeout)
            assert line is not None, f"No response to command {command}"
            if line:
                lines.append(line)
            if "m-ready" in line:
                return lines

    def read_line(self, timeout: float) -> str | None:
        deadline = time.monotonic() + timeout
        while b"\n" not in self.pending:
            if time.monotonic() > deadline:
                return None
            self.pending += self.port.read(1)  # as its reader thread: at once when one arrives
        raw, _, self.pending = self.pending.partition(b"\n")
        return raw.decode().replace("\r", "").replace("\0", "")


def identify(port: RunnerPort) -> dict:
    """_get_name and _get_profile, each retried up to 3 times until a line matches."""
    found = {}
    for command, pattern in (("name", NAME), ("profile", PROFILE)):
        for _ in range(3):
            matches = [m for line in port.send_command(command) if (m := re.match(pattern, line))]
            found.update(m.groups() for m in matches)
            if matches:
                break
    return found


def truth(folder) -> list[dict]:
    with open(folder / "y_labels.csv") as file:
        return list(csv.DictReader(file, fieldnames=["file", "classes", "class",
                                                     "bytes_to_send", "stride"]))


def segments(folder, entry: dict, benchmark: str, mode: str) -> list[bytes]:
    """_ScriptDownloadStep: an ad01 file in windows (only the first in performance mode)."""
    data = (folder / entry["file"]).read_bytes()
    if benchmark != "ad01":
        return [data]
    size, stride = int(entry["bytes_to_send"]), int(entry["stride"])
    windows = [data[start:start + size] for start in range(0, len(data) - size + 1, stride)]
    return windows[:1] if mode == "p" else windows


def load(port: RunnerPort, data: bytes) -> None:
    """device_under_test.py's load: replies are not checked by the runner; here they are."""
    assert port.send_command(f"db load {len(data)}")[-1] == "m-ready"
    for i in range(0, len(data), CHUNK):
        reply = port.send_command(f"db {''.join(f'{d:02x}' for d in data[i:i + CHUNK])}")
        assert not any(line.startswith("e-") for line in reply), reply


def infer(port: RunnerPort, number: int, warmups: int) -> dict:
    """infer, then script.py's _gather_infer_results."""
    result, inferences = {}, 0
    for line in port.send_command(f"infer {number} {warmups}", timeout=30.0):
        assert not line.startswith("e-"), line
        if match := re.match(RESULTS, line):
            result["results"] = [float(x) for x in match.group(1).split(",") if x.strip()]
            inferences += 1
            continue
        if match := re.match(LAP, line):
            result["end_time" if "start_time" in result else "start_time"] = int(match.group(1))
    assert "start_time" in result and "end_time" in result, "Incomplete time data"
    result["elapsed_time"] = result["end_time"] - result["start_time"]
    assert inferences == 1
    return result


def run_script(port, folder, benchmark: str, mode: str) -> list[tuple[bytes, dict]]:
    """The loop of the mode's script: (the bytes downloaded, the infer result) per window."""
    number, warmups = PERFORMANCE[benchmark] if mode == "p" else ACCURACY
    entries = truth(folder)[:WINDOWS] if mode == "p" else truth(folder)
    done = []
    for entry in entries:
        for window in segments(folder, entry, benchmark, mode):
            load(port, window)
            done.append((window, infer(port, number, warmups)))
    return done


@pytest.mark.parametrize("benchmark", [  # ad01, the smallest, runs in `make test`
    pytest.param("kws01", marks=pytest.mark.slow), pytest.param("vww01", marks=pytest.mark.slow),
    pytest.param("ic01", marks=pytest.mark.slow), "ad01"])
def test_the_runners_scripts_parse_and_agree_with_the_reference(mlperf_firmware, benchmark,
                                                                 tmp_path):
    firmware = mlperf_firmware(benchmark)
    folder = runner_dataset(tmp_path, benchmark, FILES[benchmark])
    if benchmark == "ad01":  # a file of 3 windows, as the runner cuts them (stride 512)
        first = (folder / "ad01_000000.bin").read_bytes()
        (folder / "ad01_000000.bin").write_bytes(first + first[:1024])
        lines = (folder / "y_labels.csv").read_text().splitlines()
        lines[0] = lines[0].replace("2560,2560", "2560,512")
        (folder / "y_labels.csv").write_text("\n".join(lines) + "\n")
    with board_runner(get_board("qemu-m4")).running(firmware.project) as url:
        port = RunnerPort(url, BAUD[benchmark])
        # QEMU starts the board when the port connects; on a bench the board booted long before
        # the runner opened its port, so the banner is not in its queue (were it there, each of
        # the runner's retried commands would leave a reply behind, one reply off ever after).
        banner = [port.read_line(10.0) for _ in range(4)]
        assert banner[0] == "m-timestamp-mode-performance" and re.match(LAP, banner[1])
        assert banner[2:] == ["m-init-done", "m-ready"]
        assert identify(port) == {
            "name": "tinyml-hil qemu-m4 aot, lap unit instructions",
            "profile": "ULPMark for tinyML Firmware V0.0.1", "model": benchmark}
        performance = run_script(port, folder, benchmark, "p")
        accuracy = run_script(port, folder, benchmark, "a")
    assert len(performance) == WINDOWS
    number = PERFORMANCE[benchmark][0]
    throughput = [number / (r["elapsed_time"] / 1e6) for _, r in performance]
    assert np.median(throughput) > 0  # "Median throughput is ... inf./sec."
    assert len(accuracy) == FILES[benchmark] + (2 if benchmark == "ad01" else 0)
    _results_are_the_references(benchmark, performance + accuracy)


def _results_are_the_references(benchmark: str, windows: list[tuple[bytes, dict]]) -> None:
    model = official_model(benchmark).read_bytes()
    oracle = Tflm(model)
    spec, out = oracle.input_spec, oracle.output_spec
    if benchmark == "ad01":
        floats = np.stack([np.frombuffer(data, "<f4") for data, _ in windows])
        inputs = np.clip(np.round(floats / spec.scale) + spec.zero_point, -128, 127)
    elif benchmark == "kws01":
        inputs = np.stack([np.frombuffer(data, np.int8) for data, _ in windows])
    else:
        inputs = np.stack([np.frombuffer(data, np.uint8).astype(np.int16) - 128
                           for data, _ in windows])
    inputs = inputs.astype(np.int8).reshape(-1, *spec.shape[1:])
    expected = (reference_outputs(model, inputs).reshape(len(windows), -1).astype(np.float64)
                - out.zero_point) * out.scale
    if benchmark == "ad01":  # the mean squared error of the outputs to the float input
        expected = np.mean((expected - floats) ** 2, axis=1, keepdims=True)
    got = np.array([r["results"] for _, r in windows])
    assert got.shape == expected.shape
    np.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-4)

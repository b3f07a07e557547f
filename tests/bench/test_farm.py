"""The smoke suite on a board farm: four emulated places on two exporters give the rows of a
local run, and an exporter killed mid-row loses none of them."""

import json
import threading

import pytest
from hil_command import hil

from harness.bench import load_suite
from harness.bench.runner import run_suite
from harness.results import ResultsStore
from harness.results.store import read_rows

pytestmark = pytest.mark.emulator

_SAME = ["model", "variant", "board", "backend", "status", "samples", "device_metric",
         "bit_exact_fraction", "max_abs_diff", "latency_median", "latency_mean", "latency_min",
         "latency_max", "flash_bytes", "ram_bytes", "firmware_sha256"]


def _rows(results, run_id):
    return read_rows(results / run_id).sort_values("model").reset_index(drop=True)


@pytest.mark.slow
def test_the_smoke_suite_on_four_places_equals_a_local_run(farm, tmp_path):
    farm.exporter("lab1", 2)
    farm.exporter("lab2", 2)
    local = run_suite(load_suite("smoke"), ResultsStore(tmp_path / "local"))
    result = hil("bench", "--suite", "smoke", "--places", "board=qemu-m4", "--coordinator",
                 farm.address, "--results", tmp_path / "farm", "--no-report", "--json")
    assert result.returncode == 0, result.stderr[-3000:]
    farm_run = next((tmp_path / "farm").iterdir()).name
    local_rows, farm_rows = _rows(tmp_path / "local", local.run_id), _rows(tmp_path / "farm",
                                                                             farm_run)
    assert (local_rows["status"] == "passed").all()
    assert local_rows[_SAME].equals(farm_rows[_SAME])
    assert set(farm_rows["exporter"]) <= {"lab1", "lab2"}
    assert all(row.place.startswith(row.exporter) for row in farm_rows.itertuples())
    assert all(row.board_serial for row in farm_rows.itertuples())


def test_an_exporter_killed_mid_row_loses_no_row(farm, tmp_path, monkeypatch):
    """lab1's whole process group dies after the first verified batch of a row measured on
    it: the row is measured again on lab2's place, from its checkpoint, and every row ends."""
    from harness.bench import farm as farm_bench
    from harness.bench.farm import run_suite_on_places
    from harness.measure.device import DeviceRun

    farm.exporter("lab1", 1)
    farm.exporter("lab2", 1)
    here, killed = threading.local(), threading.Event()
    measure_case, accept = farm_bench.measure_case, DeviceRun.accept

    def measure_noting_the_place(case, suite, tflm, place=None, workload=None):
        here.place = place
        return measure_case(case, suite, tflm, place, workload)

    def accept_then_kill(self, *args, **kwargs):
        accept(self, *args, **kwargs)
        place = getattr(here, "place", None)
        if place is not None and place.exporter == "lab1" and not killed.is_set():
            killed.set()
            farm.exporters["lab1"].kill()

    monkeypatch.setattr(farm_bench, "measure_case", measure_noting_the_place)
    monkeypatch.setattr(DeviceRun, "accept", accept_then_kill)
    run = run_suite_on_places(load_suite("smoke"), ResultsStore(tmp_path), {"board": "qemu-m4"},
                              farm.address, wait=30)
    rows = _rows(tmp_path, run.run_id)
    assert killed.is_set(), rows[["model", "status", "exporter", "error"]].to_dict("records")
    assert list(rows["status"]) == ["passed", "passed"], list(rows["error"])
    assert set(rows["exporter"]) == {"lab2"}
    assert (rows["bit_exact_fraction"] == 1.0).all()


@pytest.mark.slow
def test_the_scaling_benchmark_records_both_wall_times_in_the_history(tmp_path):
    """`hil farm scaling`: the same rows on one place and on two, each run's wall time in its
    run.json and the ratio in the parallel run's (no figure is asserted: it is a benchmark)."""
    suite = tmp_path / "pair.toml"
    suite.write_text('description = "two rows"\nmodels = ["sine"]\nvariants = ["int8", '
                     '"float32"]\nbackends = ["aot"]\nboards = ["qemu-m4"]\nsamples = 8\n'
                     "repetitions = 1\n")
    result = hil("farm", "scaling", "--suite", suite, "--count", "2", "--results",
                 tmp_path / "results", "--json")
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout)
    one, both = report["runs"]
    assert (one["places"], both["places"]) == (1, 2)
    assert one["rows"] == both["rows"] == 2 and one["failed_rows"] == both["failed_rows"] == 0
    store = ResultsStore(tmp_path / "results")
    one_meta, both_meta = (store.resume_run(run["run_id"]).metadata for run in (one, both))
    assert one_meta["wall_seconds"] > 0 and both_meta["places_used"] == 2
    assert both_meta["compared_with"] == one["run_id"]
    assert both_meta["scaling_ratio"] == pytest.approx(report["ratio"], abs=1e-3)
    first, second = _rows(tmp_path / "results", one["run_id"]), _rows(tmp_path / "results",
                                                                      both["run_id"])
    assert first[_SAME].equals(second[_SAME])
    assert set(first["place"]) == {"scaling-qemu-m4-0"}

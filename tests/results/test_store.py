"""The results history: append, resume, schema evolution, nothing lost on interruption."""

import pandas as pd
import pytest

from harness.results import ResultRow, ResultsStore
from harness.results.history import run_ids
from harness.results.metadata import run_metadata


def row(model="digits_mlp", **values) -> ResultRow:
    return ResultRow(model=model, variant="int8", board="qemu-m4", backend="aot", **values)


def test_rows_are_on_disk_as_soon_as_appended(tmp_path):
    writer = ResultsStore(tmp_path).start_run({"suite": "smoke"})
    writer.append(row(latency_median=1200.0))
    # A second store object (another process, after a crash) sees the row.
    history = ResultsStore(tmp_path).history()
    assert history["latency_median"].tolist() == [1200.0]
    assert history["run_suite"].tolist() == ["smoke"]
    assert history["run_run_id"].tolist() == [writer.run_id]


def test_two_runs_append_to_one_history_oldest_first(tmp_path, monkeypatch):
    store = ResultsStore(tmp_path)
    first = store.start_run({}, label="first")
    first.append(row())
    second = store.start_run({}, label="second")
    second.append(row(model="sine"))
    assert run_ids(store.history()) == sorted([first.run_id, second.run_id])
    assert len(store.history()) == 2


def test_resume_skips_finished_rows(tmp_path):
    store = ResultsStore(tmp_path)
    writer = store.start_run({"suite": "nightly"})
    writer.append(row(model="sine"))
    resumed = store.resume_run(writer.run_id)
    assert resumed.metadata["suite"] == "nightly"
    assert resumed.finished_keys() == {("sine", "int8", "qemu-m4", "aot")}


def test_resume_of_an_unknown_run_fails_clearly(tmp_path):
    with pytest.raises(FileNotFoundError, match="no run 'nope'"):
        ResultsStore(tmp_path).resume_run("nope")


def test_rewriting_a_row_replaces_it(tmp_path):
    writer = ResultsStore(tmp_path).start_run({})
    writer.append(row(status="error", error="device did not answer"))
    writer.append(row(status="passed"))
    assert ResultsStore(tmp_path).history()["status"].tolist() == ["passed"]


def test_older_rows_without_a_new_column_read_as_missing(tmp_path):
    store = ResultsStore(tmp_path)
    old = store.start_run({}, label="old")
    old_file = old.append(row())
    frame = pd.read_parquet(old_file).drop(columns=["stack_bytes"])
    frame.to_parquet(old_file, index=False)  # as written by an older harness
    store.start_run({}, label="new").append(row(stack_bytes=512))
    history = store.history()
    assert history["stack_bytes"].isna().sum() == 1
    assert history["stack_bytes"].max() == 512


def test_checks_survive_as_json(tmp_path):
    writer = ResultsStore(tmp_path).start_run({})
    writer.append(row(checks={"agreement": "passed", "fits": "failed: 2 KB too big"}))
    assert '"fits": "failed: 2 KB too big"' in ResultsStore(tmp_path).history()["checks"][0]


def test_metadata_names_the_commit_and_tools():
    info = run_metadata(suite="smoke")
    assert info["suite"] == "smoke"
    assert len(info["git_commit"]) == 40
    assert info["tensorflow_version"]
    assert info["arm_gcc_version"].startswith("arm-none-eabi-gcc")
    assert info["riscv_gcc_version"].startswith("riscv64-unknown-elf-gcc")


def test_runs_started_in_the_same_second_do_not_collide(tmp_path):
    store = ResultsStore(tmp_path)
    writers = [store.start_run({}) for _ in range(3)]
    for writer in writers:
        writer.append(row())
    assert len({writer.run_id for writer in writers}) == 3
    assert len(run_ids(store.history())) == 3

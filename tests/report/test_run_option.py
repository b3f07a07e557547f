"""`hil report --run RUN_ID` renders any run of the history, and the sweep section of a sweep
run (synthetic rows through the real store; no board)."""

import pandas as pd
from click.testing import CliRunner
from report_history import result_row, write_run

from harness.cli import cli
from harness.report.sweep import pareto_front, sweep_points
from harness.results import ResultsStore

SWEEP = [  # (model, variant, device accuracy, flash): w0p5 per-tensor is dominated
    ("digits_mlp_w0p25", "int8", 0.90, 10_000),
    ("digits_mlp_w0p25", "int8_per_tensor", 0.88, 10_000),
    ("digits_mlp_w0p5", "int8", 0.95, 12_000),
    ("digits_mlp_w0p5", "int8_per_tensor", 0.89, 12_000),
    ("digits_mlp", "int8", 0.97, 20_000),
]


def _report(store: ResultsStore, out, *extra: str):
    return CliRunner().invoke(cli, ["report", "--results", str(store.root), "--out", str(out),
                                    "--json", *extra])


def test_an_older_run_is_rendered_by_id(tmp_path):
    store = ResultsStore(tmp_path / "results")
    first = write_run(store, [result_row("sine")])
    write_run(store, [result_row("digits_mlp")])
    result = _report(store, tmp_path / "old", "--run", first)
    assert result.exit_code == 0, result.output
    html = (tmp_path / "old" / "report.html").read_text()
    assert f"Results of run {first}" in html
    assert "<td>sine</td>" in html and "<td>digits_mlp</td>" not in html


def test_an_unknown_run_is_named_with_the_known_ones(tmp_path):
    store = ResultsStore(tmp_path / "results")
    known = write_run(store, [result_row("sine")])
    result = _report(store, tmp_path / "out", "--run", "no-such-run")
    assert result.exit_code != 0  # the `hil` entry point prints HilErrors as "error: ..."
    message = str(result.exception)
    assert "unknown run 'no-such-run'" in message and known in message


def test_pareto_front_keeps_only_undominated_variants():
    store_rows = [result_row(model, variant, device_metric=accuracy, flash_bytes=flash)
                  for model, variant, accuracy, flash in SWEEP]
    points = sweep_points(pd.DataFrame([row.as_dict() for row in store_rows]))
    front = pareto_front(points, "flash_bytes")
    assert list(zip(front["model"], front["variant"], strict=True)) == [
        ("digits_mlp_w0p25", "int8"), ("digits_mlp_w0p5", "int8"), ("digits_mlp", "int8")]
    assert sorted(points["width"].unique()) == [0.25, 0.5, 1.0]
    assert set(points["scheme"]) == {"ptq-per-channel", "ptq-per-tensor"}


def test_a_sweep_run_gets_the_pareto_plot_and_drop_table(tmp_path):
    store = ResultsStore(tmp_path / "results")
    run = write_run(store, [result_row(model, variant, device_metric=accuracy, flash_bytes=flash)
                            for model, variant, accuracy, flash in SWEEP], suite="sweep")
    write_run(store, [result_row("sine")])  # a later run: --run picks the sweep
    assert _report(store, tmp_path / "out", "--run", run).exit_code == 0
    html = (tmp_path / "out" / "report.html").read_text()
    section = html.split('id="sweep"')[1].split('id="layers"')[0]
    assert 'src="data:image/png;base64,' in section
    assert (tmp_path / "out" / "pareto.png").read_bytes().startswith(b"\x89PNG")
    table = section.split('<table class="sweep">')[1].split("</table>")[0]
    assert table.count("<tr") == 1 + len(SWEEP)  # header + one row per variant
    assert "<td>ptq-per-tensor</td>" in table and "<td>0.25</td>" in table

"""The report, checked without a browser: tables, embedded images, escaping, Markdown, CSV."""

import base64
import json
import os
import re
import subprocess
import sys

import pandas as pd
import pytest
from click.testing import CliRunner
from report_history import night_rows, result_row, write_run

from harness.cli import cli
from harness.report import find_training_curves, render_report
from harness.results import ResultRow, ResultsStore
from harness.results.history import NoResultsError

PLOTS = ("Float vs int8 metric per model", "Latency per model and backend",
         "Memory against the board&#39;s limits", "Trends over the history")
IMAGE = re.compile(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)" alt="([^"]*)">')


@pytest.fixture(scope="module")
def report(three_nights, tmp_path_factory):
    store, _ = three_nights
    out = tmp_path_factory.mktemp("report")
    return render_report(store.history(), out, artifacts=out / "no-artifacts")


def images(html: str) -> dict[str, bytes]:
    return {alt: base64.b64decode(data) for data, alt in IMAGE.findall(html)}


def test_every_plot_is_an_embedded_png(report):
    found = images(report.html.read_text())
    assert set(PLOTS) <= set(found)
    assert all(png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 2000
               for png in found.values())


def test_the_page_needs_no_network(report):
    html = report.html.read_text()
    assert not re.search(r"(src|href)=\"(https?:)?//", html)
    assert "<script" not in html and "<link" not in html


def test_the_results_table_has_a_row_per_model_variant_board_backend(report):
    html = report.html.read_text()
    body = html.split('<table class="results">')[1].split("</table>")[0]
    assert body.count("<tr class=") == 4
    for header in ("host float", "host reference", "device", "bit-exact", "latency (median)",
                   "flash bytes (of board)", "static RAM bytes (of board)", "activation bytes",
                   "stack bytes"):
        assert f"<th>{header}</th>" in body
    assert "<td>12,600 instructions</td>" in body
    assert "<td>12,024 cycles (187.5 µs)</td>" in body  # a real board: cycles and microseconds
    assert not re.search(r"\d ms\b|millisecond", html)


def test_the_regression_is_highlighted(report):
    html = report.html.read_text()
    changes = html.split('<table class="changes">')[1].split("</table>")[0]
    assert '<tr class="regression"><td>digits_mlp</td><td>int8</td><td>qemu-m4</td>' in changes
    assert "<td>latency</td>" in changes and "<td>3%</td>" in changes
    results = html.split('<table class="results">')[1]
    assert results.count('<tr class="regression">') == 1
    assert "1 regression against run" in html


def test_the_comparison_is_returned_for_the_gate(report, three_nights):
    _, ids = three_nights
    comparison = report.comparison
    assert (comparison.run_id, comparison.baseline_id) == (ids[2], ids[1])
    assert [(c.model, c.what) for c in comparison.regressions] == [("digits_mlp", "latency")]


def test_markdown_summary(report):
    text = report.markdown.read_text()
    assert text.startswith("# TinyML HIL benchmark report")
    assert "**1 regression against run" in text
    assert "- digits_mlp int8 on qemu-m4 (aot): latency +4.90%" in text
    table = [line for line in text.splitlines() if line.startswith("|")]
    assert len(table) == 2 + 4 and "❌ digits_mlp" in text


def test_csv_files_hold_the_same_data(report):
    rows = pd.read_csv(report.results_csv)
    assert len(rows) == 4 and rows["latency_median"].max() == 12_600
    comparison = pd.read_csv(report.comparison_csv)
    assert comparison[["kind", "what"]].values.tolist() == [["regression", "latency"]]
    assert len(pd.read_csv(report.history_csv)) == 12


def test_user_text_is_escaped(tmp_path):
    store = ResultsStore(tmp_path / "results")
    evil = "<script>alert('$x$')</script>"
    write_run(store, [result_row(evil), result_row("digits_mlp", board="<b>board</b>")])
    report = render_report(store.history(), tmp_path / "out", title="<i>nightly</i> & co",
                           artifacts=tmp_path / "none")
    html = report.html.read_text()
    assert "<script" not in html and "<b>board" not in html and "<i>nightly" not in html
    assert "&lt;script&gt;alert(&#39;$x$&#39;)&lt;/script&gt;" in html
    assert "<title>&lt;i&gt;nightly&lt;/i&gt; &amp; co</title>" in html
    assert set(PLOTS) <= set(images(html))  # a $ in a name does not break the plots
    text = report.markdown.read_text()
    assert "<script" not in text and "&lt;script&gt;" in text


def test_training_curves_are_embedded_newest_first(three_nights, tmp_path):
    store, _ = three_nights
    artifacts = tmp_path / "artifacts"
    for key, stamp in (("old", 1_000_000), ("new", 2_000_000), ("x.partial", 3_000_000)):
        png = artifacts / "digits_mlp" / key / "training_curves.png"
        png.parent.mkdir(parents=True)
        png.write_bytes(b"\x89PNG\r\n\x1a\n" + key.encode())
        os.utime(png, (stamp, stamp))
    assert find_training_curves(["digits_mlp", "sine", "../digits_mlp"], artifacts) == {
        "digits_mlp": artifacts / "digits_mlp" / "new" / "training_curves.png"}
    report = render_report(store.history(), tmp_path / "out", artifacts=artifacts)
    assert images(report.html.read_text())["training curves of digits_mlp"].endswith(b"new")


def test_a_named_baseline(three_nights, tmp_path):
    store, ids = three_nights
    report = render_report(store.history(), tmp_path / "out", baseline=ids[0],
                           artifacts=tmp_path / "none")
    assert report.comparison.baseline_id == ids[0]
    assert f"against run {ids[0]}" in report.html.read_text()


def test_a_first_run_has_no_baseline_and_still_renders(tmp_path):
    store = ResultsStore(tmp_path / "results")
    write_run(store, night_rows(0))
    report = render_report(store.history(), tmp_path / "out", artifacts=tmp_path / "none")
    assert "No baseline run to compare with" in report.html.read_text()
    assert set(PLOTS) <= set(images(report.html.read_text()))


def test_a_run_where_nothing_was_measured_still_renders(tmp_path):
    store = ResultsStore(tmp_path / "results")
    unmeasured = [ResultRow(model, "int8", "qemu-m4", "aot", status="error",
                            error="QEMU did not start") for model in ("sine", "digits_mlp")]
    write_run(store, unmeasured)
    history = store.history().drop(columns=["stack_bytes"])  # as an older harness wrote it
    report = render_report(history, tmp_path / "out", artifacts=tmp_path / "none")
    html = report.html.read_text()
    assert html.count("nothing to draw in this run") == 4
    assert "<td>error: QEMU did not start</td>" in html


def test_an_empty_history_is_a_clear_error(tmp_path):
    with pytest.raises(NoResultsError, match="no results"):
        render_report(ResultsStore(tmp_path).history(), tmp_path / "out")
    result = subprocess.run([sys.executable, "-m", "harness", "report", "--results",
                             str(tmp_path / "empty")], capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 1
    assert "error: no results in" in result.stderr and "empty" in result.stderr
    assert "Traceback" not in result.stderr


def test_hil_report_json(three_nights, tmp_path, monkeypatch):
    store, ids = three_nights
    monkeypatch.setenv("HIL_ARTIFACTS_DIR", str(tmp_path / "none"))
    result = CliRunner().invoke(cli, ["report", "--results", str(store.root), "--out",
                                      str(tmp_path / "out"), "--title", "Nightly", "--json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["html"] == str(tmp_path / "out" / "report.html")
    assert (tmp_path / "out" / "summary.md").read_text().startswith("# Nightly")
    assert document["baseline_id"] == ids[1]
    assert [r["what"] for r in document["regressions"]] == ["latency"]
    assert "latency +4.90%" in document["regressions"][0]["description"]


def test_macs_per_unit_is_a_results_column(report):
    body = report.html.read_text().split('<table class="results">')[1].split("</table>")[0]
    assert "<th>MACs per unit</th>" in body
    assert "<td>0.499 per instruction</td>" in body  # sine: 300 MACs in 601 instructions
    assert "per cycle</td>" in body  # the real board's row


def test_rows_with_a_profile_get_a_per_layer_table(report):
    html = report.html.read_text()
    section = html.split('id="layers"')[1].split('id="plots"')[0]
    assert section.count("<details>") == 1  # only the sine row kept a profile
    assert "<summary>sine int8 qemu-m4 aot</summary>" in section
    table = section.split('<table class="layers">')[1].split("</table>")[0]
    assert table.count("<tr class=") == 2
    assert "<td>FULLY_CONNECTED</td><td>256</td><td>300 instructions</td><td>60.0%</td>" \
        "<td>0.853</td>" in table

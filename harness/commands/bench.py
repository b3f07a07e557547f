"""`hil bench`: run a benchmark suite, append to the history, report, gate on regressions."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import click

from harness.commands._output import json_option, print_json, print_table, stderr
from harness.commands._targets import coordinator_option, tflm_option, wait_option
from harness.settings import SETTINGS


@click.command("bench")
@click.option("--suite", "suite_name", required=True,
              help="Suite name in benchmarks/ (e.g. smoke, nightly) or a path to a .toml file.")
@click.option("--board", "boards", multiple=True,
              help="Board(s) to run on, instead of the suite's own (repeatable).")
@click.option("--results", type=click.Path(file_okay=False, path_type=Path),
              help="History folder; the pytest suite's --results takes the same. "
                   "[default: results/]")
@click.option("--resume", "resume", metavar="RUN_ID",
              help="Continue an interrupted run: its finished rows are kept, the rest measured.")
@click.option("--baseline", metavar="RUN_ID",
              help="Run to compare with. [default: the previous run of the same suite]")
@click.option("--fail-on-regression", is_flag=True,
              help="Exit with status 1 when a figure regressed beyond the suite's thresholds.")
@click.option("--report/--no-report", default=True, show_default=True,
              help="Render the HTML/Markdown/CSV report into <results>/report.")
@click.option("--model-dir", type=click.Path(file_okay=False, path_type=Path),
              help=SETTINGS["model_dir"].help + " [env: HIL_MODEL_DIR]")
@click.option("--places", help=SETTINGS["places"].help)
@wait_option
@coordinator_option
@tflm_option
@json_option
def command(suite_name: str, boards: tuple[str, ...], results: Path | None, resume: str | None,
            baseline: str | None, fail_on_regression: bool, report: bool,
            model_dir: Path | None, places: str | None,
            wait: float | None, coordinator: str | None, tflm: Path | None,
            as_json: bool) -> None:
    """Run a benchmark suite, append every row to the results history, compare with the
    baseline run and (optionally) fail on regressions."""
    from harness.bench import compare_runs, load_suite
    from harness.bench.farm import run_suite_on_places
    from harness.bench.runner import run_suite
    from harness.boards.farm.place import parse_tags
    from harness.commands._targets import chosen_coordinator, chosen_wait
    from harness.results import ResultsStore
    from harness.settings import project_config, resolve, results_folder

    suite = load_suite(suite_name)
    suite = replace(suite, model_dir=resolve("model_dir", command_line=model_dir,
                                             config=project_config()))
    suite.file_paths()  # a missing model file stops the run before anything is built
    store = ResultsStore(results_folder(results))
    announce = None if as_json else _announce
    places = resolve("places", command_line=places, config=project_config())
    if places:
        if boards:
            raise click.UsageError("--board and --places exclude each other: on a farm the "
                                   "places' tags (board=NAME) say which boards run")
        run = run_suite_on_places(suite, store, parse_tags(places),
                                  chosen_coordinator(coordinator), chosen_wait(wait), resume,
                                  tflm, announce)
    else:
        run = run_suite(suite, store, boards, resume, tflm, announce)
    history = store.history()
    comparison = compare_runs(history, run.run_id, baseline, suite.thresholds)
    written = _render(history, store.root, run.run_id, comparison.baseline_id) if report else None
    outcomes = _suite_pages(suite, history, run.run_id, store.root / "report" if report else None)
    if as_json:
        print_json({"run_id": run.run_id, "rows": [_row_figures(row) for row in run.rows],
                    "targets": [o.as_dict() for o in outcomes],
                    "comparison": comparison.as_dict(), "report": written})
    else:
        _print(run, comparison, written)
        _print_targets(outcomes)
    if fail_on_regression and comparison.regressions:
        for change in comparison.regressions:
            click.echo(f"regression: {change.describe()}", err=True)
        raise click.exceptions.Exit(1)


def _announce(case, position: int, total: int, row) -> None:
    what = f"[{position}/{total}] {case.model} {case.variant} on {case.board} ({case.backend})"
    if row is None:
        stderr.print(f"{what}: already done", highlight=False)
    else:
        stderr.print(f"{what}: {row.status}" + (f" - {row.error}" if row.error else ""),
                     highlight=False)


def _render(history, root: Path, run_id: str, baseline_id: str | None) -> str:
    from harness.report import render_report

    written = render_report(history, root / "report", baseline=baseline_id, run_id=run_id)
    if written.cores_markdown:
        stderr.print(f"models x cores: {written.cores_markdown}", highlight=False)
    return str(written.html)


def _suite_pages(suite, history, run_id: str, report_dir: Path | None) -> list:
    """The suite's targets checked on every row of the run (a resumed run's too); with a
    report, its targets.md."""
    from harness.bench.targets import check_targets
    from harness.report.targets import write_targets_page
    from harness.results import history as runs

    outcomes = check_targets(suite.targets, runs.run_rows(history, run_id).to_dict("records"))
    page = report_dir and write_targets_page(outcomes, suite.name, report_dir)
    if page:
        stderr.print(f"targets: {page}", highlight=False)
    return outcomes


def _print_targets(outcomes: list) -> None:
    from harness.report.targets import HEADERS, targets_table

    if outcomes:
        table = targets_table(outcomes)
        print_table([dict(zip(HEADERS, cells, strict=True)) for cells in table.rows], HEADERS,
                    title="targets (from the suite file)")


def _row_figures(row) -> dict:
    """The row, with MACs per instruction (or cycle) worked out."""
    return {**row.as_dict(), "macs_per_unit": row.macs_per_unit}


def _print(run, comparison, report: str | None) -> None:
    columns = ["model", "variant", "board", *(["place"] if any(r.place for r in run.rows) else []),
               "backend", "status", "device_metric",
               "bit_exact_fraction", "latency_median", "latency_unit", "macs_per_unit",
               "flash_bytes", "ram_bytes", "activation_bytes"]
    print_table([_row_figures(row) for row in run.rows], columns, title=f"run {run.run_id}",
                formats={"macs_per_unit": lambda value: f"{value:.3f}"},
                headers={"macs_per_unit": "MACs/unit"})
    baseline = comparison.baseline_id or "none (first run of this suite)"
    stderr.print(f"baseline: {baseline}; {len(comparison.regressions)} regression(s), "
                 f"{len(comparison.improvements)} improvement(s)", highlight=False)
    for change in comparison.regressions:
        stderr.print(f"  [red]regression[/]: {change.describe()}", highlight=False)
    if report:
        stderr.print(f"report: {report}", highlight=False)

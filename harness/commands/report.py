"""`hil report`: the results history as an HTML report, a Markdown summary and CSV."""

from pathlib import Path

import click
from rich.markup import escape

from harness.commands._output import json_option, print_json, stderr, stdout
from harness.settings import SETTINGS, project_config, resolve, results_folder

_FOLDER = click.Path(file_okay=False, path_type=Path)


@click.command("report")
@click.option("--results", type=_FOLDER, help=SETTINGS["results"].help)
@click.option("--out", type=_FOLDER, help="Folder for the report [default: <results>/report].")
@click.option("--baseline", metavar="RUN_ID",
              help="Run to compare with [default: the previous run of the same suite].")
@click.option("--run", "run_id", metavar="RUN_ID",
              help="The run to report on [default: the latest run].")
@click.option("--title", help="The report's title.")
@json_option
def command(results: Path | None, out: Path | None, baseline: str | None, run_id: str | None,
            title: str | None, as_json: bool) -> None:
    """Render a run of the results history (the latest unless --run): tables, plots, trends and
    regressions against a baseline run, as report.html (self-contained), summary.md and CSV
    files."""
    from harness.report import DEFAULT_TITLE, render_report
    from harness.report.text import verdict
    from harness.results import ResultsStore
    from harness.results.history import latest_run_id

    folder = results_folder(resolve("results", command_line=results, config=project_config()))
    history = ResultsStore(folder).history()
    latest_run_id(history, where=str(folder))  # an empty folder fails here, naming it
    report = render_report(history, out or folder / "report", baseline, title or DEFAULT_TITLE,
                           run_id=run_id)
    if as_json:
        print_json(report.as_dict())
        return
    stdout.print(escape(verdict(report.comparison)), highlight=False)
    for change in report.comparison.regressions:
        stdout.print(f"[red]regression[/]: {escape(change.describe())}", highlight=False)
    if report.mlperf_html:
        stderr.print(f"MLPerf Tiny: {report.mlperf_html}", highlight=False)
    if report.cores_markdown:
        stderr.print(f"models x cores: {report.cores_markdown}", highlight=False)
    stderr.print(f"report: {report.html}\nsummary: {report.markdown}\n"
                 f"tables: {report.results_csv}, {report.comparison_csv}, {report.history_csv}",
                 highlight=False)

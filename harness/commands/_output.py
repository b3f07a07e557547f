"""Shared output for commands: a table for people, or one JSON document with --json.

Progress and notes go to stderr so stdout stays machine-readable."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

import click
from rich.console import Console
from rich.table import Table

from harness import progress
from harness.formatting import missing, number

json_option = click.option("--json", "as_json", is_flag=True,
                           help="Print the data as one JSON document on stdout instead of a table.")

# Piped output (CI logs, files) gets a wide console so tables are not cut at 80 columns.
stdout = Console(width=None if sys.stdout.isatty() else 200)
stderr = Console(stderr=True, width=None if sys.stderr.isatty() else 200)


def print_json(document) -> None:
    click.echo(json.dumps(document, indent=2, default=_jsonable))


def _jsonable(value):
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    if hasattr(value, "tolist"):
        return value.tolist()
    return str(value)


def print_table(rows: Sequence[dict], columns: Sequence[str], title: str = "",
                formats: dict[str, Callable] | None = None,
                headers: dict[str, str] | None = None) -> None:
    """Rows as a table; `headers` renames columns for display, `formats` formats cells."""
    formats, headers = formats or {}, headers or {}
    table = Table(title=title or None, title_justify="left")
    for column in columns:
        table.add_column(headers.get(column, column),
                         justify="right" if _numeric(rows, column) else "left")
    for row in rows:
        table.add_row(*(_cell(row.get(column), formats.get(column)) for column in columns))
    stdout.print(table)


def _numeric(rows: Sequence[dict], column: str) -> bool:
    return any(isinstance(row.get(column), int | float) for row in rows)


def _cell(value, fmt: Callable | None) -> str:
    if fmt and not missing(value):
        return fmt(value)
    return number(value, missing_text="-")


@contextmanager
def progress_bars() -> Iterator[None]:
    """Draws a bar on stderr for each long step the harness reports (harness.progress) while it
    lasts; nothing is drawn between steps, so tables print undisturbed."""
    bars = _Bars()
    try:
        with progress.listening(bars.show):
            yield
    finally:
        bars.stop()


class _Bars:
    def __init__(self):
        self._progress = None
        self._tasks: dict[str, int] = {}

    def show(self, what: str, done: int, total: int) -> None:
        from rich.progress import Progress

        if self._progress is None:
            self._progress = Progress(console=stderr, transient=True)
            self._progress.start()
        if what not in self._tasks:
            self._tasks[what] = self._progress.add_task(what, total=total)
        self._progress.update(self._tasks[what], completed=done)
        if done >= total:
            self._progress.remove_task(self._tasks.pop(what))
            if not self._tasks:
                self.stop()

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress, self._tasks = None, {}

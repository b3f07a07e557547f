"""Progress of long steps, for whoever shows it: library code reports (a TFLM library compiling
for minutes: files done of total), the command line listens and draws a bar. Library code never
prints."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

Listener = Callable[[str, int, int], None]  # (what, done, total)

_listeners: list[Listener] = []


def report(what: str, done: int, total: int) -> None:
    for listener in list(_listeners):
        listener(what, done, total)


@contextmanager
def listening(listener: Listener) -> Iterator[None]:
    _listeners.append(listener)
    try:
        yield
    finally:
        _listeners.remove(listener)

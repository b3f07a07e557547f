"""Performance targets as suite data ([[targets]] in a suite file), checked against a run's rows.

    [[targets]]
    figure = "macs_per_instruction"   # a name in FIGURES
    at_least = 0.6                    # or at_most
    backend = "aot"                   # optional filters: backend, variant, models, boards
    variant = "int8"
    note = "issue #11"
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from harness.formatting import missing

# A figure of one row, given every row of the run (ratios look up the TFLM row); None: no figure.
Figure = Callable[[dict, list[dict]], "float | None"]


def _value(row: dict, key: str) -> float | None:
    value = row.get(key)
    return None if missing(value) else float(value)


def _macs_per_unit(row: dict, rows: list[dict]) -> float | None:
    macs, units = _value(row, "macs"), _value(row, "latency_median")
    return macs / units if macs and units else None


def _versus_tflm(key: str) -> Figure:
    """The row's `key` over the TFLM row's of the same model, variant and board."""
    def ratio(row: dict, rows: list[dict]) -> float | None:
        same = [r for r in rows if r.get("backend") == "tflm" and r.get("status") != "error"
                and all(r.get(k) == row.get(k) for k in ("model", "variant", "board"))]
        mine, theirs = _value(row, key), _value(same[0], key) if same else None
        return mine / theirs if mine is not None and theirs else None
    return ratio


FIGURES: dict[str, Figure] = {
    "macs_per_instruction": _macs_per_unit,
    "instructions_vs_tflm": _versus_tflm("latency_median"),
    "activation_vs_tflm": _versus_tflm("activation_bytes"),
    "flash_vs_tflm": _versus_tflm("flash_bytes"),
    "bit_exact_fraction": lambda row, rows: _value(row, "bit_exact_fraction"),
}
_KEYS = ("figure", "at_least", "at_most", "backend", "variant", "models", "boards", "note")


@dataclass(frozen=True)
class Target:
    figure: str
    at_least: float | None = None
    at_most: float | None = None
    backend: str | None = None
    variant: str | None = None
    models: tuple[str, ...] = ()
    boards: tuple[str, ...] = ()
    note: str = ""

    def applies(self, row: dict) -> bool:
        return ((self.backend is None or row.get("backend") == self.backend)
                and (self.variant is None or row.get("variant") == self.variant)
                and (not self.models or row.get("model") in self.models)
                and (not self.boards or row.get("board") in self.boards))

    @property
    def bound(self) -> str:
        return (f">= {self.at_least:g}" if self.at_least is not None
                else f"<= {self.at_most:g}")

    def met(self, value: float) -> bool:
        return ((self.at_least is None or value >= self.at_least)
                and (self.at_most is None or value <= self.at_most))


def parse_targets(entries: object) -> tuple[Target, ...]:
    """[[targets]] tables as Targets; ValueError naming what is wrong in which entry."""
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise ValueError("targets must be a list of tables ([[targets]] entries)")
    return tuple(_target(number, entry) for number, entry in enumerate(entries, start=1))


def _target(number: int, entry: dict) -> Target:
    where = f"target {number}"
    for key in entry:
        if key not in _KEYS:
            raise ValueError(f"{where}: unknown key {key!r}; known keys: {', '.join(_KEYS)}")
    if entry.get("figure") not in FIGURES:
        raise ValueError(f"{where}: figure must be one of {', '.join(FIGURES)}, not "
                         f"{entry.get('figure')!r}")
    if ("at_least" in entry) == ("at_most" in entry):
        raise ValueError(f"{where}: give exactly one bound, at_least or at_most")
    bound = entry.get("at_least", entry.get("at_most"))
    if isinstance(bound, bool) or not isinstance(bound, int | float):
        raise ValueError(f"{where}: the bound must be a number, not {bound!r}")
    return Target(**{**entry, "models": tuple(entry.get("models", ())),
                     "boards": tuple(entry.get("boards", ()))})


@dataclass(frozen=True)
class Outcome:
    target: Target
    row: dict
    value: float | None

    @property
    def verdict(self) -> str:
        if self.row.get("status") == "error":
            return "not measured"
        if self.value is None:
            return "no figure"
        return "met" if self.target.met(self.value) else "unmet"

    def as_dict(self) -> dict:
        return {"target": f"{self.target.figure} {self.target.bound}",
                **{k: self.row.get(k) for k in ("model", "variant", "board", "backend")},
                "value": self.value, "verdict": self.verdict, "note": self.target.note}


def check_targets(targets: Iterable[Target], rows: list[dict]) -> list[Outcome]:
    """Each target against every row it applies to."""
    return [Outcome(target, row, FIGURES[target.figure](row, rows))
            for target in targets for row in rows if target.applies(row)]

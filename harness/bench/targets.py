"""Performance targets as suite data ([[targets]] in a suite file), checked against a run's rows.

    [[targets]]
    figure = "macs_per_instruction"   # a name in FIGURES
    at_least = 0.6                    # or at_most
    backend = "aot"                   # optional filters: backend, variant, models, boards
    variant = "int8"
    note = "issue #11"

    [[targets]]
    figure = "layer_macs_per_instruction"   # each row's slowest layer among those it selects:
    ops = ["CONV_2D", "FULLY_CONNECTED"]    # these operators (all when not given)
    min_macs = 50000                        # of at least this many MACs
    at_least = 0.5
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from harness.formatting import missing

# A figure of one row, given every row of the run (ratios look up the TFLM row) and the target
# (layer figures take their selection from it); None: no figure.
Figure = Callable[[dict, list[dict], "Target"], "float | None"]


def _value(row: dict, key: str) -> float | None:
    value = row.get(key)
    return None if missing(value) else float(value)


def _macs_per_unit(row: dict, rows: list[dict], target: Target) -> float | None:
    macs, units = _value(row, "macs"), _value(row, "latency_median")
    return macs / units if macs and units else None


def _versus_tflm(key: str) -> Figure:
    """The row's `key` over the TFLM row's of the same model, variant and board."""
    def ratio(row: dict, rows: list[dict], target: Target) -> float | None:
        same = [r for r in rows if r.get("backend") == "tflm" and r.get("status") != "error"
                and all(r.get(k) == row.get(k) for k in ("model", "variant", "board"))]
        mine, theirs = _value(row, key), _value(same[0], key) if same else None
        return mine / theirs if mine is not None and theirs else None
    return ratio


def layers(row: dict) -> list[dict]:
    """The row's per-layer timing: a list, JSON text (as stored in Parquet), or missing."""
    value = row.get("layers")
    if isinstance(value, str):
        return json.loads(value) if value else []
    return list(value) if isinstance(value, list | tuple) else []


def selected_layers(row: dict, target: Target) -> list[dict]:
    """The row's timed layers the target selects (its ops, at least min_macs MACs)."""
    return [layer for layer in layers(row)
            if (not target.ops or layer["op"] in target.ops)
            and layer["macs"] >= target.min_macs and layer.get("macs_per_unit") is not None]


def slowest_layer(row: dict, target: Target) -> dict | None:
    chosen = selected_layers(row, target)
    return min(chosen, key=lambda layer: layer["macs_per_unit"]) if chosen else None


def _slowest_layer_rate(row: dict, rows: list[dict], target: Target) -> float | None:
    slowest = slowest_layer(row, target)
    return None if slowest is None else float(slowest["macs_per_unit"])


FIGURES: dict[str, Figure] = {
    "macs_per_instruction": _macs_per_unit,
    "layer_macs_per_instruction": _slowest_layer_rate,
    "instructions_vs_tflm": _versus_tflm("latency_median"),
    "activation_vs_tflm": _versus_tflm("activation_bytes"),
    "flash_vs_tflm": _versus_tflm("flash_bytes"),
    "bit_exact_fraction": lambda row, rows, target: _value(row, "bit_exact_fraction"),
}
LAYER_FIGURES = ("layer_macs_per_instruction",)
_KEYS = ("figure", "at_least", "at_most", "backend", "variant", "models", "boards", "note",
         "ops", "min_macs")


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
    ops: tuple[str, ...] = ()  # layer figures: the operators they look at
    min_macs: int = 0  # layer figures: the least MACs of a layer they look at

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
    if ("ops" in entry or "min_macs" in entry) and entry["figure"] not in LAYER_FIGURES:
        raise ValueError(f"{where}: ops and min_macs select layers, for the figures "
                         f"{', '.join(LAYER_FIGURES)} only")
    if not isinstance(entry.get("min_macs", 0), int) or entry.get("min_macs", 0) < 0:
        raise ValueError(f"{where}: min_macs must be a whole number of MACs, not "
                         f"{entry['min_macs']!r}")
    return Target(**{**entry, **{key: tuple(entry.get(key, ()))
                                 for key in ("models", "boards", "ops")}})


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
                "value": self.value, "verdict": self.verdict, "note": self.note}

    @property
    def note(self) -> str:
        """The target's note; for a layer figure, the layers below the bound too."""
        if self.target.figure not in LAYER_FIGURES:
            return self.target.note
        below = [layer for layer in selected_layers(self.row, self.target)
                 if not self.target.met(float(layer["macs_per_unit"]))]
        names = ", ".join(f"#{layer['operator']} {layer['op']} {layer['macs_per_unit']:.3f}"
                          for layer in below)
        return "; ".join(part for part in (self.target.note, names and f"below: {names}")
                         if part)


def check_targets(targets: Iterable[Target], rows: list[dict]) -> list[Outcome]:
    """Each target against every row it applies to."""
    return [Outcome(target, row, FIGURES[target.figure](row, rows, target))
            for target in targets for row in rows if target.applies(row)]

"""Reading a suite file's fields: each function returns one typed value or raises ValueError
naming the key, what was found and what is allowed."""

from __future__ import annotations

from harness.bench.thresholds import Thresholds

SUITE_KEYS = ("description", "models", "exclude_models", "variants", "backends", "boards",
              "samples", "repetitions", "thresholds")
_REQUIRED = ("models", "variants", "backends", "boards")


def reject_unknown(table: dict, known: tuple[str, ...] | list[str], what: str) -> None:
    for key in table:
        if key not in known:
            raise ValueError(f"unknown {what} {key!r}; known {what}s: {', '.join(known)}")


def require(table: dict) -> None:
    for key in _REQUIRED:
        if key not in table:
            raise ValueError(f"missing key {key!r} (a list of names)")


def text(table: dict, key: str) -> str:
    value = table.get(key, "")
    if not isinstance(value, str):
        raise ValueError(f"{key} must be a string, not {value!r}")
    return value


def names(table: dict, key: str) -> tuple[str, ...]:
    """A non-empty list of distinct names."""
    value = table.get(key)
    if not isinstance(value, list) or not value or not all(
            isinstance(item, str) and item for item in value):
        raise ValueError(f"{key} must be a non-empty list of names, e.g. {key} = [\"a\", \"b\"], "
                         f"not {value!r}")
    if len(set(value)) != len(value):
        raise ValueError(f"{key} names something twice: {value}")
    return tuple(value)


def models(table: dict) -> tuple[str, ...]:
    """Zoo models: a list, or "all" (every recipe) minus `exclude_models`."""
    from harness.pipeline.recipe import all_recipes, get_recipe

    excluded = names(table, "exclude_models") if "exclude_models" in table else ()
    for name in excluded:
        get_recipe(name)
    if table.get("models") == "all":
        chosen = tuple(r.name for r in all_recipes())
    else:
        chosen = names(table, "models")
        for name in chosen:
            get_recipe(name)
    left = tuple(name for name in chosen if name not in excluded)
    if not left:
        raise ValueError("exclude_models leaves no model to run")
    return left


def variants(table: dict) -> tuple[str, ...]:
    from harness.pipeline.convert import VARIANTS

    chosen = names(table, "variants")
    for name in chosen:
        if name not in VARIANTS:
            raise ValueError(f"unknown variant {name!r}; known variants: {', '.join(VARIANTS)}")
    return chosen


def backends(table: dict) -> tuple[str, ...]:
    from harness.backends import get_backend

    chosen = names(table, "backends")
    for name in chosen:
        get_backend(name)
    return chosen


def samples(table: dict) -> int | None:
    """A positive number of test samples, or "all" (None: the whole test split)."""
    if table.get("samples", "all") == "all":
        return None
    return positive(table, "samples", 'or "all"')


def positive(table: dict, key: str, alternative: str = "") -> int:
    value = table.get(key, 1)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{key} must be a positive whole number {alternative}".rstrip()
                         + f", not {value!r}")
    return value


def thresholds(table: dict) -> Thresholds:
    if not isinstance(table, dict):
        raise ValueError(f"thresholds must be a table ([thresholds]), not {table!r}")
    reject_unknown(table, Thresholds.names(), "threshold")
    for key, value in table.items():
        if key == "bit_exact":
            if not isinstance(value, bool):
                raise ValueError(f"thresholds.bit_exact must be true or false, not {value!r}")
        elif isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise ValueError(f"thresholds.{key} must be a number >= 0, not {value!r}")
    return Thresholds(**{key: value if key == "bit_exact" else float(value)
                         for key, value in table.items()})

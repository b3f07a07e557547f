"""Reading a suite file's fields: each function returns one typed value or raises ValueError
naming the key, what was found and what is allowed."""

from __future__ import annotations

from harness.bench.model_files import ModelFiles
from harness.bench.targets import Target, parse_targets
from harness.bench.thresholds import Thresholds

SUITE_KEYS = ("description", "models", "exclude_models", "model_files", "model_source",
              "variants", "backends", "boards", "samples", "repetitions", "thresholds", "targets",
              "exclude")
_REQUIRED = ("variants", "backends", "boards")


def reject_unknown(table: dict, known: tuple[str, ...] | list[str], what: str) -> None:
    for key in table:
        if key not in known:
            raise ValueError(f"unknown {what} {key!r}; known {what}s: {', '.join(known)}")


def require(table: dict) -> None:
    for key in _REQUIRED:
        if key not in table:
            raise ValueError(f"missing key {key!r} (a list of names)")
    if "models" not in table and "model_files" not in table:
        raise ValueError("missing key 'models' (zoo model names) or [model_files] (.tflite "
                         "files by model and variant)")


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


def model_files(table: dict) -> ModelFiles:
    """[model_files]: model name -> {variant = "file.tflite"}, and model_source (where they
    come from, for the error a missing file gets)."""
    from harness.names import checked_name
    from harness.pipeline.convert import VARIANTS

    files = table.get("model_files", {})
    if not isinstance(files, dict):
        raise ValueError(f"model_files must be a table of models, not {files!r}")
    for model, by_variant in files.items():
        checked_name("model name", model)
        if not isinstance(by_variant, dict) or not by_variant or not all(
                variant in VARIANTS and isinstance(name, str) and name.endswith(".tflite")
                for variant, name in by_variant.items()):
            raise ValueError(f"model_files.{model} must map variants ({', '.join(VARIANTS)}) "
                             f"to .tflite file names, not {by_variant!r}")
    return ModelFiles(files, text(table, "model_source"))


def exclude(table: dict) -> tuple[dict[str, str], ...]:
    """[[exclude]] rules: a case matching every key of one (model, variant, board, backend) is
    left out, e.g. {backend = "tflm", board = "qemu-rv32"}."""
    rules = table.get("exclude", [])
    keys = ("model", "variant", "board", "backend")
    if not isinstance(rules, list) or not all(isinstance(r, dict) and r for r in rules):
        raise ValueError("exclude must be a list of tables, e.g. "
                         '[{backend = "tflm", board = "qemu-rv32"}]')
    for rule in rules:
        reject_unknown(rule, keys, "exclude key")
        if not all(isinstance(v, str) for v in rule.values()):
            raise ValueError(f"exclude rule {rule} must map its keys to names")
    return tuple(rules)


def targets(table: dict) -> tuple[Target, ...]:
    return parse_targets(table.get("targets", []))


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

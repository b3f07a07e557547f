"""`make mutation`: mutmut over the modules that decide verdicts ([tool.mutmut] in
pyproject.toml), then the score per module set into the results history (suite "mutation")
and a table on stdout. Exit status 1 when a set scores under 90%.

`--sets` runs some module sets only; `--survivors FILE` rewrites the survivors table of FILE
(docs/mutation.md, between its survivors markers) from this run, each survivor with the reason
scripts/mutation_reasons.toml gives it (`--survivors-only`: from the last run, after adding
reasons, without running mutmut again)."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
import tomllib
from collections import Counter
from pathlib import Path

from harness.results import ResultsStore
from harness.results.metadata import run_metadata
from harness.results.mutation import MutationRow

ROOT = Path(__file__).resolve().parent.parent
SETS = {  # module set -> its files (the list [tool.mutmut] only_mutate names)
    "agreement checks and summary": ("harness/measure/checks.py", "harness/measure/summary.py"),
    "counted invoke and recovery": ("harness/measure/counted.py", "harness/measure/recovery.py"),
    "regression thresholds": ("harness/bench/changes.py", "harness/bench/thresholds.py"),
    "frames and channel": ("harness/protocol/frames.py", "harness/protocol/channel.py"),
    "fixed-point helpers": ("harness/backends/aot/fixedpoint.py",),
    "memory planner": ("harness/backends/aot/planner.py",),
}
STATUS = {1: "killed", 3: "killed", 0: "survived", 5: "no_tests", 33: "no_tests", 36: "timeout",
          24: "timeout", -24: "timeout", 152: "timeout", 255: "timeout", None: "not_checked"}


REASONS = ROOT / "scripts" / "mutation_reasons.toml"
MARKERS = ("<!-- survivors: written by scripts/mutation.py --survivors -->", "<!-- /survivors -->")


def exit_codes(path: str) -> dict[str, int | None]:
    return json.loads((ROOT / "mutants" / (path + ".meta")).read_text())["exit_code_by_key"]


def outcomes(path: str) -> Counter:
    return Counter(STATUS.get(code, "survived") for code in exit_codes(path).values())


def rows(sets: list[str], seconds: float) -> list[MutationRow]:
    found = []
    for name, paths in ((name, SETS[name]) for name in sets):
        counts = sum((outcomes(path) for path in paths), Counter())
        found.append(MutationRow(name, ", ".join(paths), counts["killed"], counts["survived"],
                                 counts["no_tests"], counts["timeout"], round(seconds, 1),
                                 counts["not_checked"]))
    return found


def function_name(key: str, path: str) -> str:
    """`Class.method` or `function` of a mutant key (module.xǁClassǁmethod__mutmut_3)."""
    local = key[len(path[:-3].replace("/", ".")) + 1:].rpartition("__mutmut_")[0]
    return ".".join(local.split("ǁ")[1:]) if "ǁ" in local else local.removeprefix("x_")


def change(key: str, path: str) -> str:
    """The changed line, before => after."""
    from mutmut.mutation.diff_apply import get_diff_for_mutant  # only once mutmut has run
    lines = get_diff_for_mutant(key, path=path).splitlines()[3:]
    before = [line[1:].strip() for line in lines if line.startswith("-")]
    after = [line[1:].strip() for line in lines if line.startswith("+")]
    return f"{' '.join(before)} => {' '.join(after)}"


def reason(path: str, function: str, changed: str, reasons: list[dict]) -> str:
    """The first reason of scripts/mutation_reasons.toml for this file and function whose
    `change` (if any) occurs in the mutated line."""
    after = changed.partition(" => ")[2]
    for entry in reasons:
        if (entry["file"] == path and entry["function"] == function
                and entry.get("change", "") in after):
            return entry["why"]
    return "not explained yet"


def survivors_table(sets: list[str]) -> str:
    reasons = tomllib.loads(REASONS.read_text())["reason"]
    lines = ["| module | function | change | why it is left |", "|---|---|---|---|"]
    for path in (path for name in sets for path in SETS[name]):
        for key, code in exit_codes(path).items():
            if STATUS.get(code, "survived") != "survived":
                continue
            function, changed = function_name(key, path), change(key, path)
            cell = changed if len(changed) <= 160 else changed[:157] + "..."
            cell = cell.replace("|", "\\|").replace("`", "'")
            lines.append(f"| `{path.removeprefix('harness/')}` | `{function}` | `{cell}` | "
                         f"{reason(path, function, changed, reasons)} |")
    return "\n".join(lines)


def write_survivors(document: Path, table: str) -> None:
    text = document.read_text()
    head, _, rest = text.partition(MARKERS[0] + "\n")
    _, end, tail = rest.partition(MARKERS[1])
    if not end:
        raise SystemExit(f"{document} has no survivors markers: put {MARKERS[0]} and "
                         f"{MARKERS[1]} around its survivors table")
    document.write_text(f"{head}{MARKERS[0]}\n{table}\n{MARKERS[1]}{tail}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--results", type=Path, help="results history folder (required to run)")
    parser.add_argument("--max-children", type=int, default=2, help="mutants run in parallel")
    parser.add_argument("--sets", nargs="+", choices=list(SETS), default=list(SETS),
                        metavar="SET", help=f"module sets to run (default all: {list(SETS)})")
    parser.add_argument("--survivors", type=Path, help="document whose survivors table to write")
    parser.add_argument("--survivors-only", action="store_true",
                        help="only write --survivors' table from the last run (reasons added)")
    args = parser.parse_args()
    if args.survivors_only and args.survivors:
        write_survivors(args.survivors, survivors_table(args.sets))
        return 0
    if args.results is None or args.survivors_only:
        parser.error("give --results FOLDER to run mutmut, or --survivors-only --survivors FILE")
    started = time.monotonic()
    # A fresh run: mutmut keeps earlier outcomes for unchanged code even when the tests changed.
    shutil.rmtree(ROOT / "mutants", ignore_errors=True)
    names = [path[:-3].replace("/", ".") + ".*" for name in args.sets for path in SETS[name]]
    subprocess.run([str(Path(sys.executable).parent / "mutmut"), "run", "--max-children",
                    str(args.max_children), *(names if args.sets != list(SETS) else [])],
                   cwd=ROOT, check=True)
    found = rows(args.sets, time.monotonic() - started)
    if args.survivors:
        write_survivors(args.survivors, survivors_table(args.sets))
    writer = ResultsStore(args.results).start_run(run_metadata(suite="mutation"), "mutation")
    for row in found:
        writer.append(row)
        print(f"{row.model:30} {row.killed + row.timeout:4} of {row.total:4} killed "
              f"({row.score:6.1%}), {row.survived} survived, {row.no_tests} without tests")
    print(f"{sum(r.total for r in found)} mutants in {found[0].seconds:.0f} s; "
          f"run {writer.run_id} in {args.results}")
    return 0 if all(row.status == "passed" for row in found) else 1


if __name__ == "__main__":
    sys.exit(main())

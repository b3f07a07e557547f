"""`make mutation`: mutmut over the modules that decide verdicts ([tool.mutmut] in
pyproject.toml), then the score per module set into the results history (suite "mutation")
and a table on stdout. Exit status 1 when a set scores under 90%."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
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


def outcomes(path: str) -> Counter:
    meta = json.loads((ROOT / "mutants" / (path + ".meta")).read_text())
    return Counter(STATUS.get(code, "survived") for code in meta["exit_code_by_key"].values())


def rows(seconds: float) -> list[MutationRow]:
    found = []
    for name, paths in SETS.items():
        counts = sum((outcomes(path) for path in paths), Counter())
        found.append(MutationRow(name, ", ".join(paths), counts["killed"], counts["survived"],
                                 counts["no_tests"], counts["timeout"], round(seconds, 1),
                                 counts["not_checked"]))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--results", type=Path, required=True, help="results history folder")
    parser.add_argument("--max-children", type=int, default=2, help="mutants run in parallel")
    args = parser.parse_args()
    started = time.monotonic()
    subprocess.run([str(Path(sys.executable).parent / "mutmut"), "run", "--max-children",
                    str(args.max_children)], cwd=ROOT, check=True)
    found = rows(time.monotonic() - started)
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

"""`hil faults --quick --json`: the fault matrix CI runs, end to end (real firmware on QEMU
through the faulty link). About a minute: part of `make test`."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from harness.faults import DAMAGE_KINDS, DEVICE_KINDS, KINDS
from harness.faults.figures import restart_bound

pytestmark = pytest.mark.emulator


def test_the_quick_fault_matrix_loses_nothing_and_accepts_nothing_wrong(board, zoo_model,
                                                                        tmp_path, capsys):
    zoo_model("sine")  # trained and cached before the command runs
    result = subprocess.run([sys.executable, "-m", "harness", "faults", "--board", board.name,
                             "--quick", "--json", "--results", str(tmp_path)],
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    figures = json.loads(result.stdout)
    with capsys.disabled():  # the figures belong in CI's log
        print("\nfault matrix on " + board.name + ": " + ", ".join(
            f"{key} {figures[key]}" for key in ("injected", "detected", "tolerated", "recovered",
                                                "restarts", "rows_lost", "wrong_accepted")))
    assert figures["rows_lost"] == figures["wrong_accepted"] == figures["undetected"] == 0
    assert figures["passed"] and figures["cells_passed"] == figures["cells_run"]
    kinds = {line["kind"]: line for line in figures["kinds"]}
    assert set(kinds) == set(KINDS)
    for kind, line in kinds.items():
        assert line["injected"] > 0, kind
        if kind in (*DAMAGE_KINDS, *DEVICE_KINDS):
            assert line["detected"] == line["injected"], kind
    for line in figures["cells"][:-1]:  # a lost frame is resent, not restarted for
        assert line["restarts"] <= restart_bound(line["kind"], line["detected"]), line
    assert figures["recovered"] == sum(c["detected"] for c in figures["cells"]
                                       if c["cell"] != "unrecoverable")
    last = figures["cells"][-1]
    assert last["cell"] == "unrecoverable" and "kept failing" in last["error"]

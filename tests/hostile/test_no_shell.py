"""An audit of the harness's own code: no program is ever run through a shell (a model or board
name could then run commands), and no subprocess gets its command line as one string."""

from __future__ import annotations

import ast
from pathlib import Path

from harness import paths

SUBPROCESS_CALLS = {"run", "Popen", "call", "check_call", "check_output"}
SHELL_FUNCTIONS = {("os", "system"), ("os", "popen"), ("os", "execl"), ("os", "execlp"),
                   ("os", "spawnl"), ("subprocess", "getoutput"),
                   ("subprocess", "getstatusoutput")}


def findings(source: str, where: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        owner = node.func.value.id if isinstance(node.func.value, ast.Name) else ""
        name = node.func.attr
        line = f"{where}:{node.lineno}"
        if (owner, name) in SHELL_FUNCTIONS:
            found.append(f"{line}: {owner}.{name} runs a shell")
        if owner == "subprocess" and name in SUBPROCESS_CALLS:
            if any(k.arg == "shell" and not (isinstance(k.value, ast.Constant)
                                             and k.value.value is False) for k in node.keywords):
                found.append(f"{line}: subprocess.{name} with shell=")
            if node.args and isinstance(node.args[0], ast.Constant | ast.JoinedStr | ast.BinOp):
                found.append(f"{line}: subprocess.{name} with the command as one string")
    return found


def test_the_audit_finds_what_it_looks_for():
    bad = ("import os, subprocess\nos.system('ls ' + name)\n"
           "subprocess.run(f'gcc {x}', shell=True)\nsubprocess.Popen('ls')\n")
    assert len(findings(bad, "bad.py")) == 4
    assert findings("import subprocess\nsubprocess.run(['gcc', x], shell=False)\n", "ok") == []


def test_no_harness_code_runs_a_shell():
    root = paths.PACKAGE_DIR
    problems = [problem for file in sorted(root.rglob("*.py"))
                for problem in findings(file.read_text(), str(file.relative_to(root.parent)))]
    assert problems == []
    assert len(list(Path(root).rglob("*.py"))) > 50  # the audit saw the whole package

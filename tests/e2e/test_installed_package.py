"""The harness as a user gets it: the wheel, installed without -e in a fresh virtual
environment, used from a project folder of the user's own (`hil init`, `hil run` on the
project's model, `pytest --board qemu-m4` on the project's tests, one of them over budget), and
nothing written inside site-packages.

The fresh environment takes the harness's dependencies from this one (a path to its
site-packages), so the test does not download TensorFlow again; `pip check` verifies that the
wheel's declared dependencies are all there."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from harness import paths

pytestmark = pytest.mark.emulator

OVER_BUDGET_TEST = '''
import pytest


@pytest.mark.hil_model("models/digits_mlp.tflite", inputs="data/x_test.npy", max_flash=1000)
def test_digits_mlp_fits_a_tiny_flash(hil_result):
    assert hil_result.samples > 0
'''


def run(command: list, cwd: Path, env: dict, timeout: float = 900) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in command], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh virtual environment with the wheel installed; its bin/ folder."""
    folder = tmp_path_factory.mktemp("installed")
    built = run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", folder / "dist",
                 paths.SOURCE_ROOT], folder, dict(os.environ))
    assert built.returncode == 0, built.stderr[-3000:]
    (wheel,) = (folder / "dist").glob("tinyml_hil-*.whl")
    venv = folder / "venv"
    assert run([sys.executable, "-m", "venv", venv], folder, dict(os.environ)).returncode == 0
    site = next((venv / "lib").glob("python3*/site-packages"))
    (site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    pip = [venv / "bin" / "python", "-m", "pip"]
    installed = run([*pip, "install", "--no-deps", "-q", wheel], folder, dict(os.environ))
    assert installed.returncode == 0, installed.stderr[-3000:]
    check = run([*pip, "check"], folder, dict(os.environ))
    assert check.returncode == 0, check.stdout + check.stderr
    return venv / "bin"


def user_environment(bin_dir: Path) -> dict:
    """The user's shell: the venv first on PATH, no harness state folder set; only the zoo's
    trained models are shared with this test session (training them again proves nothing)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("HIL_")}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env['PATH']}"
    env["HIL_ARTIFACTS_DIR"] = str(paths.artifacts_dir())
    return env


def package_files(bin_dir: Path) -> dict[str, int]:
    """Every file of the installed package but compiled bytecode, with its modification time."""
    site = next((bin_dir.parent / "lib").glob("python3*/site-packages"))
    return {str(p.relative_to(site)): p.stat().st_mtime_ns for p in (site / "harness").rglob("*")
            if p.is_file() and "__pycache__" not in p.parts}


def test_a_user_project_runs_its_own_model_and_its_own_tests(installed, tmp_path):
    env, project = user_environment(installed), tmp_path / "my-project"
    before = package_files(installed)

    init = run([installed / "hil", "init", project], tmp_path, env)
    assert init.returncode == 0, init.stderr[-3000:]
    assert (project / "pyproject.toml").is_file()
    assert (project / "models" / "digits_mlp.tflite").is_file()

    ran = run([installed / "hil", "run", "models/digits_mlp.tflite", "--inputs", "data/x_test.npy",
               "--labels", "data/y_test.npy", "--samples", "16", "--json"], project, env)
    assert ran.returncode == 0, ran.stderr[-3000:]
    assert '"bit_exact_fraction": 1.0' in ran.stdout
    assert (project / ".hil" / "results").is_dir() and (project / ".hil" / "build").is_dir()

    (project / "tests" / "test_over_budget.py").write_text(OVER_BUDGET_TEST)
    tested = run([installed / "python", "-m", "pytest", "--board", "qemu-m4", "-p",
                  "no:cacheprovider", "-rA"],
                 project, env)
    assert tested.returncode == 1, tested.stdout[-3000:]
    assert "2 passed" in tested.stdout and "1 failed" in tested.stdout, tested.stdout[-3000:]
    assert "digits_mlp on qemu-m4: budgets failed: flash" in tested.stdout
    assert "> budget 1,000 B" in tested.stdout

    assert package_files(installed) == before, "the harness wrote into its installed package"
    site = next((installed.parent / "lib").glob("python3*/site-packages"))
    assert not (site / "results").exists() and not list(site.glob("**/.hil"))

"""`hil init`: a minimal project that validates its own model with the harness."""

from __future__ import annotations

from pathlib import Path

import click

from harness.commands._output import stderr, stdout

# The sample: the zoo's small digits classifier, as a user would bring it (an int8 .tflite and
# its test split as .npy files).
SAMPLE = "digits_mlp"


@click.command("init")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path), default=".")
def command(folder: Path) -> None:
    """Write a minimal project into FOLDER: pyproject.toml with the harness as a dependency and
    a [tool.hil] table, a sample model with its test data, a test using @pytest.mark.hil_model,
    and a CI workflow running `pytest --board qemu-m4`. Existing files are left alone."""
    import jinja2
    import numpy as np

    from harness.commands._models import prepare_zoo_model
    from harness.names import file_name

    folder.mkdir(parents=True, exist_ok=True)
    artifacts = prepare_zoo_model(SAMPLE)
    x_test, y_test = artifacts.split("test")
    accuracy = _host_accuracy(artifacts, x_test, y_test)
    templates = jinja2.Environment(loader=jinja2.PackageLoader("harness.commands", "templates"),
                                   undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    context = {"name": file_name(folder.resolve().name) or "my-model", "model": SAMPLE,
               "minimum_accuracy": max(0.0, accuracy - 0.02)}
    files = {
        "pyproject.toml": templates.get_template("init/pyproject.toml.j2").render(context),
        f"tests/test_{SAMPLE}_on_board.py":
            templates.get_template("init/test_model_on_board.py.j2").render(context),
        ".github/workflows/hil.yml": templates.get_template("init/hil.yml.j2").render(context),
        f"models/{SAMPLE}.tflite": artifacts.tflite_bytes("int8"),
    }
    for relative, content in files.items():
        _write(folder / relative, content)
    for name, array in (("x_test", x_test.astype(np.float32)), ("y_test", y_test)):
        if not (folder / "data" / f"{name}.npy").exists():
            (folder / "data").mkdir(exist_ok=True)
            np.save(folder / "data" / f"{name}.npy", array)
    stdout.print(f"a project in {folder}: run `pytest --board qemu-m4` there", highlight=False)


def _write(path: Path, content: str | bytes) -> None:
    if path.exists():
        stderr.print(f"  kept {path} (it exists; compare it with `hil init` in an empty folder)",
                     highlight=False)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    stderr.print(f"  wrote {path}", highlight=False)


def _host_accuracy(artifacts, x_test, y_test) -> float:
    from harness.model.interpreters import Tflm, run_all
    from harness.model.metrics import score
    from harness.model.quantization import dequantize, quantize

    oracle = Tflm(artifacts.tflite_bytes("int8"))
    outputs = run_all(oracle, quantize(x_test, oracle.input_spec))
    return score("classification", x_test, y_test, dequantize(outputs, oracle.output_spec))

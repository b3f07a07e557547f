"""The `hil` command line as a whole: help everywhere, one-line errors for bad input."""

import pytest
from click.testing import CliRunner
from hil_command import hil

from harness.cli import cli


def test_every_command_has_help():
    runner = CliRunner()
    assert cli.commands, "no subcommands registered"
    for name in cli.commands:
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Usage:" in result.output


@pytest.mark.parametrize("args, message", [
    (["evaluate", "no_such_model"], "unknown model 'no_such_model'; known models: anomaly_ae"),
    (["inspect", "{garbage}"], "is not a TensorFlow Lite model"),
    (["inspect", "{missing}"], "no such file"),
])
def test_bad_input_is_one_line_without_traceback(tmp_path, args, message):
    garbage = tmp_path / "garbage.tflite"
    garbage.write_bytes(b"this is not a flatbuffer")
    args = [a.format(garbage=garbage, missing=tmp_path / "missing.tflite") for a in args]
    result = hil(*args)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1

"""`hil models`: the zoo."""

import json

from click.testing import CliRunner

from harness.cli import cli


def test_models_json_lists_the_zoo():
    result = CliRunner().invoke(cli, ["models", "--json"])
    names = [row["model"] for row in json.loads(result.stdout)]
    assert {"sine", "digits_mlp", "digits_cnn", "anomaly_ae", "mnist_mlp"} <= set(names)

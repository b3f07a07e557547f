import pytest

from harness.settings import SETTINGS, project_config, resolve


def test_default_when_nothing_sets_it(monkeypatch):
    monkeypatch.delenv("HIL_BOARD", raising=False)
    assert resolve("board") == "qemu-m4"


def test_config_file_beats_default(monkeypatch):
    monkeypatch.delenv("HIL_BOARD", raising=False)
    assert resolve("board", config={"board": "nano33"}) == "nano33"


def test_environment_beats_config_file(monkeypatch):
    monkeypatch.setenv("HIL_BOARD", "esp32")
    assert resolve("board", config={"board": "nano33"}) == "esp32"


def test_command_line_beats_environment(monkeypatch):
    monkeypatch.setenv("HIL_BOARD", "esp32")
    assert resolve("board", command_line="nano33") == "nano33"


def test_test_parameter_beats_everything(monkeypatch):
    monkeypatch.setenv("HIL_SAMPLES", "5")
    assert resolve("samples", parameter=7, command_line=9) == 7


def test_values_are_parsed_and_bad_ones_named(monkeypatch):
    monkeypatch.setenv("HIL_MODELS", "sine, digits_mlp")
    assert resolve("models") == ("sine", "digits_mlp")
    monkeypatch.setenv("HIL_SAMPLES", "0")
    with pytest.raises(ValueError, match="HIL_SAMPLES"):
        resolve("samples")


def test_every_setting_has_help_and_an_env_name():
    # the farm's coordinator keeps labgrid's own variable, so labgrid's tools agree with hil
    assert all(s.help and s.env.startswith(("HIL_", "LG_")) for s in SETTINGS.values())
    assert SETTINGS["coordinator"].env == "LG_COORDINATOR"


def test_project_config_reads_tool_hil(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.hil]\nboard = "nano33"\n')
    assert project_config(tmp_path) == {"board": "nano33"}
    assert project_config(tmp_path / "nowhere") == {}


def test_command_line_text_is_parsed_like_every_other_layer():
    assert resolve("models", command_line="sine,digits_mlp") == ("sine", "digits_mlp")
    assert resolve("samples", command_line="20") == 20
    assert resolve("samples", command_line=20) == 20

"""Suites as data: the shipped suites load, and every mistake in a suite file is named."""

import dataclasses

import pytest

from harness.bench import Suite, SuiteError, Thresholds, list_suites, load_suite
from harness.boards import Board, get_board
from harness.boards import board as board_module
from harness.errors import UnknownNameError
from harness.registry import Registry

VALID = """
models = ["sine"]
variants = ["int8"]
backends = ["aot"]
boards = ["qemu-m4"]
"""


def suite_file(tmp_path, text: str, name: str = "mine") -> str:
    path = tmp_path / f"{name}.toml"
    path.write_text(text)
    return str(path)


def test_the_shipped_suites_are_listed():
    assert {"smoke", "nightly"} <= set(list_suites())


def test_smoke_is_small_and_deterministic():
    smoke = load_suite("smoke")
    assert smoke.models == ("sine", "digits_mlp")
    assert (smoke.variants, smoke.backends, smoke.boards) == (("int8",), ("aot",), ("qemu-m4",))
    assert smoke.repetitions == 1 and 0 < smoke.samples <= 100
    assert smoke.thresholds == Thresholds(latency_pct=3.0, flash_pct=1.0, ram_pct=1.0,
                                          metric_points=0.5, bit_exact=True)


def test_nightly_runs_every_zoo_model_but_mnist_on_the_whole_split():
    from harness.pipeline.recipe import all_recipes

    nightly = load_suite("nightly")
    assert set(nightly.models) == {r.name for r in all_recipes()} - {"mnist_mlp"}
    assert set(nightly.variants) == {"int8", "float32"}
    assert set(nightly.backends) == {"aot", "tflm"}
    assert nightly.samples is None and nightly.repetitions == 3
    assert len(nightly.cases()) == len(nightly.models) * 2 * 2 * len(nightly.boards)


def test_defaults_for_optional_keys(tmp_path):
    suite = load_suite(suite_file(tmp_path, VALID))
    assert isinstance(suite, Suite) and suite.name == "mine"
    assert suite.samples is None and suite.repetitions == 1
    assert suite.thresholds == Thresholds()


def test_cases_cover_every_combination_in_a_stable_order(tmp_path):
    text = VALID.replace('["sine"]', '["sine", "digits_mlp"]').replace(
        '["int8"]', '["int8", "float32"]')
    cases = load_suite(suite_file(tmp_path, text)).cases()
    assert [(c.model, c.variant) for c in cases] == [
        ("sine", "int8"), ("sine", "float32"), ("digits_mlp", "int8"),
        ("digits_mlp", "float32")]
    assert {c.board for c in cases} == {"qemu-m4"}


@pytest.mark.parametrize("change, message", [
    ("color = 'red'\n", "unknown key 'color'; known keys: description, models"),
    ('models = ["no_such_model"]\n', "unknown model 'no_such_model'; known models: anomaly_ae"),
    ('variants = ["int4"]\n', "unknown variant 'int4'; known variants: float32, int8"),
    ('backends = ["cuda"]\n', "unknown backend 'cuda'; known backends: aot"),
    ('models = []\n', "models must be a non-empty list of names"),
    ('boards = "qemu-m4"\n', "boards must be a non-empty list of names"),
    ('models = ["sine", "sine"]\n', "models names something twice"),
    ("samples = 0\n", 'samples must be a positive whole number or "all", not 0'),
    ("samples = true\n", "samples must be a positive whole number"),
    ("repetitions = 2.5\n", "repetitions must be a positive whole number, not 2.5"),
    ('exclude_models = ["nope"]\n', "unknown model 'nope'"),
    ('exclude_models = ["sine"]\n', "exclude_models leaves no model to run"),
    ("[thresholds]\nlatency = 3\n", "unknown threshold 'latency'; known thresholds: latency_pct"),
    ("[thresholds]\nflash_pct = -1\n", "thresholds.flash_pct must be a number >= 0, not -1"),
    ("[thresholds]\nbit_exact = 1\n", "thresholds.bit_exact must be true or false"),
])
def test_mistakes_are_named(tmp_path, change, message):
    key = change.split("=")[0].strip()
    lines = [line for line in VALID.splitlines() if not line.startswith(key + " ")]
    text = change + "\n".join(lines) if not change.startswith("[") else VALID + change
    with pytest.raises(SuiteError, match="mine.toml") as error:
        load_suite(suite_file(tmp_path, text))
    assert message in str(error.value)


def test_a_missing_key_is_named(tmp_path):
    with pytest.raises(SuiteError, match="missing key 'backends'"):
        load_suite(suite_file(tmp_path, VALID.replace('backends = ["aot"]', "")))


def test_broken_toml_is_named(tmp_path):
    with pytest.raises(SuiteError, match="not valid TOML"):
        load_suite(suite_file(tmp_path, "models = [\n"))


def test_an_unknown_suite_lists_the_known_ones():
    with pytest.raises(UnknownNameError, match="unknown suite 'weekly'; known suites: .*smoke"):
        load_suite("weekly")


def test_a_missing_suite_file_is_named(tmp_path):
    with pytest.raises(SuiteError, match="no suite file"):
        load_suite(str(tmp_path / "gone.toml"))


def test_suites_are_read_from_the_benchmarks_folder_setting(tmp_path, monkeypatch):
    suite_file(tmp_path, VALID, name="lab")
    monkeypatch.setenv("HIL_BENCHMARKS_DIR", str(tmp_path))
    assert list_suites() == ["lab"]
    assert load_suite("lab").models == ("sine",)


def _board(name: str) -> Board:
    return dataclasses.replace(get_board("qemu-m4"), name=name, aliases=())


def test_boards_are_resolved_through_the_registry_when_asked(tmp_path, monkeypatch):
    registry = Registry("board")
    registry.add("qemu-m4", _board("qemu-m4"))
    monkeypatch.setattr(board_module, "BOARDS", registry)
    suite = load_suite(suite_file(tmp_path, VALID.replace('["qemu-m4"]', '["qemu-m4", "m5"]')))
    assert suite.board_records(("qemu-m4",))[0].name == "qemu-m4"
    with pytest.raises(UnknownNameError, match="unknown board 'm5'; known boards: qemu-m4"):
        suite.board_records()

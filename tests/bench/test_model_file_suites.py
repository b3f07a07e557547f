"""Suites over model files (the official MLPerf Tiny models): the shipped suites' data, the
model folder setting, and the errors a missing folder or file gets."""

import dataclasses

import numpy as np
import pytest

from harness.bench import SuiteError, load_suite
from harness.bench.model_files import ModelDirError, random_rows
from harness.model.quantization import TensorSpec

FILES = """
variants = ["int8", "float32"]
backends = ["aot"]
boards = ["qemu-m4"]
model_source = "mlcommons/tiny"
[model_files]
ad01 = { int8 = "ad01_int8.tflite" }
"""
OFFICIAL = {"kws_ref_model.tflite", "kws_ref_model_float32.tflite", "vww_96_int8.tflite",
            "vww_96_float.tflite", "pretrainedResnet_quant.tflite", "pretrainedResnet.tflite",
            "ad01_int8.tflite", "ad01_fp32.tflite"}


def suite_from(tmp_path, text: str):
    path = tmp_path / "files.toml"
    path.write_text(text)
    return load_suite(str(path))


def test_mlperf_tiny_names_the_eight_official_files_aot_and_tflm_on_the_m4():
    suite = load_suite("mlperf-tiny")
    assert {n for v in suite.files.files.values() for n in v.values()} == OFFICIAL
    cases = suite.cases()
    assert len(cases) == 8 * 2 and {c.board for c in cases} == {"qemu-m4"}
    assert ("kws01", "float32", "qemu-m4", "tflm") in {
        (c.model, c.variant, c.board, c.backend) for c in cases}  # kept: an error row on purpose
    figures = {(t.figure, t.variant) for t in suite.targets}
    assert {("macs_per_instruction", "int8"), ("instructions_vs_tflm", "int8"),
            ("bit_exact_fraction", "int8"), ("instructions_vs_tflm", "float32")} <= figures


def test_cores_runs_the_zoo_and_official_models_on_every_core_tflm_only_where_it_builds():
    suite = load_suite("cores")
    cases = suite.cases()
    boards = {"qemu-m0", "qemu-m3", "qemu-m4", "qemu-m7", "qemu-m33", "qemu-m55", "qemu-rv32"}
    assert {c.board for c in cases if c.backend == "aot"} == boards
    assert {c.board for c in cases if c.backend == "tflm"} == boards - {"qemu-rv32", "qemu-m0"}
    assert {c.model for c in cases} == {"sine", "digits_mlp", "kws01", "vww01", "ic01", "ad01"}
    assert [c.backend for c in cases] == sorted(c.backend for c in cases)  # every aot row first


def test_a_model_file_runs_only_in_the_variants_it_has_a_file_for(tmp_path):
    cases = suite_from(tmp_path, FILES).cases()
    assert [(c.model, c.variant) for c in cases] == [("ad01", "int8")]


def test_no_model_folder_is_an_error_naming_the_files_and_every_way_to_give_it(tmp_path):
    suite = suite_from(tmp_path, FILES)
    with pytest.raises(ModelDirError) as error:
        suite.file_paths()
    message = str(error.value)
    assert "ad01_int8.tflite" in message and "--model-dir" in message
    assert "HIL_MODEL_DIR" in message and "mlcommons/tiny" in message


def test_a_missing_file_is_an_error_naming_the_file_the_folder_and_the_fix(tmp_path):
    (tmp_path / "models").mkdir()
    suite = dataclasses.replace(suite_from(tmp_path, FILES), model_dir=tmp_path / "models")
    with pytest.raises(ModelDirError, match=r"ad01_int8.tflite is missing from the model folder "
                                            rf"{tmp_path / 'models'}; give --model-dir"):
        suite.file_paths()
    (tmp_path / "models" / "ad01_int8.tflite").write_bytes(b"x")
    assert suite.file_paths() == {("ad01", "int8"): tmp_path / "models" / "ad01_int8.tflite"}


def test_a_folder_that_does_not_exist_is_named(tmp_path):
    suite = dataclasses.replace(suite_from(tmp_path, FILES), model_dir=tmp_path / "nowhere")
    with pytest.raises(ModelDirError, match="nowhere does not exist"):
        suite.file_paths()


@pytest.mark.parametrize(("extra", "complaint"), [
    ('[model_files.x]\nint8 = "x.onnx"\n', "model_files.x must map variants"),
    ('[model_files.x]\nint16 = "x.tflite"\n', "model_files.x must map variants"),
    ('[[targets]]\nfigure = "speed"\nat_least = 1\n', "figure must be one of"),
    ('[[targets]]\nfigure = "macs_per_instruction"\n', "exactly one bound"),
    ('[[targets]]\nfigure = "macs_per_instruction"\nat_least = 1\nat_most = 2\n',
     "exactly one bound"),
    ('[[targets]]\nfigure = "macs_per_instruction"\nat_least = "high"\n', "must be a number"),
    ('[[targets]]\nfigure = "macs_per_instruction"\nat_least = 1\ncore = "m4"\n',
     "unknown key 'core'"),
    ('[[exclude]]\ncore = "qemu-m0"\n', "unknown exclude key 'core'"),
])
def test_mistakes_in_model_files_targets_and_exclude_are_named(tmp_path, extra, complaint):
    with pytest.raises(SuiteError, match=complaint):
        suite_from(tmp_path, FILES + extra)


def test_a_suite_without_models_or_model_files_is_refused(tmp_path):
    text = 'variants = ["int8"]\nbackends = ["aot"]\nboards = ["qemu-m4"]\n'
    with pytest.raises(SuiteError, match=r"'models' \(zoo model names\) or \[model_files\]"):
        suite_from(tmp_path, text)


def test_random_inputs_cover_the_quantized_range_and_repeat_with_the_seed():
    spec = TensorSpec(shape=(1, 640), dtype=np.dtype("int8"), scale=0.39, zero_point=89)
    rows = random_rows(spec, 3)
    assert rows.shape == (3, 640) and rows.dtype == "int8"
    assert rows.min() < -100 and rows.max() > 100
    assert (random_rows(spec, 3) == rows).all() and (random_rows(spec, 3, seed=1) != rows).any()

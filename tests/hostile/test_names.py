"""Names chosen by users (model file names, tensor names inside a .tflite, run labels, report
titles) end up in generated C, PlatformIO's configuration, file names and HTML: refused when
they hold control characters, made harmless everywhere else."""

from __future__ import annotations

import numpy as np
import pytest
from aot_testkit.host import build_library
from aot_testkit.modelgen import ModelBuilder

from harness.backends import get_backend
from harness.backends.aot.backend import generate_sources
from harness.boards import get_board
from harness.boards.runners import runner_for
from harness.errors import HilError
from harness.firmware.build import build_project
from harness.firmware.render import render_project
from harness.model.tflite import read_model
from harness.names import BadNameError, checked_name, comment_text, file_name
from harness.protocol import DeviceSession
from harness.report.render import render_report
from harness.results import ResultRow, ResultsStore

HOSTILE = 'q"uote\\ */ int evil = 1; /* ü %s ${x} <b>'
INJECTION = "*/ int injected = 1; /*"


@pytest.mark.parametrize("name", ["a\nb", "tab\there", "nul\x00", "", "  ", "x" * 129,
                                  "bidi\u202eoverride"])
def test_names_with_control_characters_are_refused(name):
    with pytest.raises(BadNameError):
        checked_name("model name", name)


def test_ordinary_names_pass_unchanged():
    for name in ("sine", "my model (v2)", "modèle-ü", HOSTILE):
        assert checked_name("model name", name) == name


@pytest.mark.parametrize("name", ["..", ".", "../../etc/passwd", "/abs/path", "a/b", "C:\\x",
                                  ".hidden", "con", "a" * 300])
def test_file_names_stay_in_their_folder(name):
    safe = file_name(name)
    assert "/" not in safe and "\\" not in safe and not safe.startswith(".")
    assert safe not in ("", ".", "..") and len(safe) <= 64


def test_different_names_never_share_a_file():
    names = ["a b", "a_b", "a/b", "a:b", "a" * 70, "a" * 71, "ü", "?"]
    assert len({file_name(n) for n in names}) == len(names)
    assert file_name("digits_mlp-int8") == "digits_mlp-int8"  # ordinary names stay readable


def test_comment_text_cannot_close_a_comment_or_a_line():
    text = comment_text(INJECTION + "\n[env]\r\x00")
    assert "*/" not in text and "/*" not in text and "\n" not in text and "\r" not in text


def test_a_hostile_model_name_renders_harmlessly(model_bytes, tmp_path):
    project = render_project(model_bytes["sine"], get_board("qemu-m4"), get_backend("aot"),
                             tmp_path / "p", model_name=HOSTILE)
    ini = (project.root / "platformio.ini").read_text()
    plain = render_project(model_bytes["sine"], get_board("qemu-m4"), get_backend("aot"),
                           tmp_path / "plain", model_name="plain")
    assert len(ini.splitlines()) == len((plain.root / "platformio.ini").read_text().splitlines())
    model_c = (project.root / "src" / "aot_model.c").read_text()
    assert "*/ int evil" not in model_c and "*/ int evil" not in ini


def test_a_newline_in_a_model_file_name_is_refused(model_bytes, tmp_path):
    with pytest.raises(BadNameError, match="control characters"):
        render_project(model_bytes["sine"], get_board("qemu-m4"), get_backend("aot"),
                       tmp_path / "p", model_name="evil\n[env:qemu-m4]\nextra_scripts = x.py")


def test_hostile_tensor_names_stay_inside_comments_of_compiling_c():
    m = ModelBuilder()
    x = m.tensor((1, 8), np.int8, scale=0.1, zero_point=0, name=INJECTION)
    y = m.tensor((1, 8), np.int8, scale=0.1, zero_point=0, name=INJECTION + "\nout")
    m.op("RELU", [x], [y])
    sources = generate_sources(read_model(m.build(inputs=[x], outputs=[y])), INJECTION)
    assert INJECTION not in sources.files["aot_model.c"]
    build_library(sources)  # -Wall -Wextra -Werror: the C is intact


@pytest.mark.emulator
def test_a_hostile_model_name_reaches_the_device_intact(model_bytes, tmp_path):
    board = get_board("qemu-m4")
    project = render_project(model_bytes["sine"], board, get_backend("aot"), tmp_path / "p",
                             model_name=HOSTILE)
    build_project(project)
    with runner_for(board).running(project) as url, DeviceSession.open(url) as session:
        assert session.connect().model_name == HOSTILE


def test_rows_of_similar_names_do_not_overwrite_each_other(tmp_path):
    writer = ResultsStore(tmp_path).start_run({}, label="../../escape")
    for model in ("a b", "a_b", "..", "a__b", "a"):
        writer.append(ResultRow(model, "int8" if model != "a" else "b__int8", "qemu-m4", "aot"))
    assert writer.folder.parent == tmp_path
    assert all(path.parent == writer.folder / "rows" for path in writer.folder.rglob("*.parquet"))
    assert sorted(ResultsStore(tmp_path).history()["model"]) == ["..", "a", "a b", "a__b", "a_b"]


def test_a_run_id_cannot_name_a_folder_elsewhere(tmp_path):
    with pytest.raises(HilError, match="not a run id"):
        ResultsStore(tmp_path / "results").resume_run("../outside")


def test_a_hostile_name_is_escaped_in_the_report(tmp_path):
    store = ResultsStore(tmp_path / "results")
    writer = store.start_run({"suite": "smoke"}, label="smoke")
    writer.append(ResultRow("../<script>alert(1)</script>", "int8", "qemu-m4", "aot", samples=4,
                            latency_unit="instructions", latency_median=10.0,
                            latency_mean=10.0, latency_min=10.0, latency_max=10.0))
    report = render_report(store.history(), tmp_path / "out", title="<b>x</b>",
                           artifacts=tmp_path / "none")
    html = report.html.read_text()
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>x</b>" not in html

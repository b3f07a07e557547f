"""The pytest plugin itself, exercised through pytester."""

import pytest

HIL_TEST = """
import pytest

@pytest.mark.hil
def test_on_board(hil_record, hil_case):
    assert hil_record.samples > 0

def test_on_host():
    assert True
"""


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch):
    for name in ("BOARD", "PORT", "BACKEND", "MODELS", "SAMPLES", "RESULTS", "TFLM_PATH"):
        monkeypatch.delenv(f"HIL_{name}", raising=False)


def test_options_are_in_pytest_help(pytester):
    result = pytester.runpytest("--help")
    for option in ("--board", "--port", "--backend", "--models", "--samples", "--results",
                   "--tflm"):
        result.stdout.fnmatch_lines([f"*{option}*"])


def test_unknown_board_is_a_usage_error_listing_the_boards(pytester):
    pytester.makepyfile(test_x="def test_x():\n    pass\n")
    result = pytester.runpytest("--board", "nano34")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*unknown board 'nano34'; known boards: *nano33*qemu-m4*"])


def test_unknown_model_is_a_usage_error(pytester):
    pytester.makepyfile(test_x="def test_x():\n    pass\n")
    result = pytester.runpytest("--models", "sine,nope")
    assert result.ret == pytest.ExitCode.USAGE_ERROR


def test_a_real_board_that_is_absent_skips_hil_tests_and_runs_host_tests(pytester, monkeypatch):
    import harness.boards.ports as ports

    monkeypatch.setattr(ports, "serial_ports", lambda: [])
    pytester.makepyfile(test_hil_suite=HIL_TEST)
    result = pytester.runpytest_inprocess("--board", "nano33", "--models", "sine", "-rs")
    result.assert_outcomes(passed=1, skipped=2)
    result.stdout.fnmatch_lines(["*SKIPPED*Nano 33 BLE*"])


def test_cases_are_model_times_variant(pytester):
    pytester.makepyfile(test_ids="def test_ids(hil_case):\n    assert hil_case.model\n")
    result = pytester.runpytest_inprocess("--models", "sine,digits_mlp", "--collect-only", "-q")
    result.stdout.fnmatch_lines(["*test_ids[[]digits_mlp-float32[]]*",
                                 "*test_ids[[]digits_mlp-int8[]]*", "*test_ids[[]sine-int8[]]*"])


def test_ini_file_sets_defaults_and_the_command_line_wins(pytester):
    pytester.makeini("[pytest]\nhil_models = digits_mlp\n")
    pytester.makepyfile(test_ids="def test_ids(hil_case):\n    pass\n")
    from_ini = pytester.runpytest_inprocess("--collect-only", "-q")
    from_ini.stdout.fnmatch_lines(["*digits_mlp-int8*"])
    assert "sine" not in from_ini.stdout.str()
    from_command_line = pytester.runpytest_inprocess("--models", "sine", "--collect-only", "-q")
    assert "digits_mlp" not in from_command_line.stdout.str()


@pytest.mark.emulator
def test_an_emulated_session_records_rows_summary_and_junit(pytester, tmp_path, zoo_model):
    zoo_model("sine")
    pytester.makepyfile(test_hil_suite=HIL_TEST)
    results, junit = tmp_path / "results", tmp_path / "junit.xml"
    # A subprocess: an in-process run would re-import native extensions (numpy, pyarrow,
    # tflite-micro) that cannot be loaded twice.
    result = pytester.runpytest_subprocess("--models", "sine", "--samples", "5", "--results",
                                           str(results), f"--junitxml={junit}")
    result.assert_outcomes(passed=3)
    result.stdout.fnmatch_lines(["*hil results on qemu-m4*", "*sine*float32*passed*",
                                 "*sine*int8*passed*"])
    from harness.results import ResultsStore

    history = ResultsStore(results).history()
    assert sorted(history["variant"]) == ["float32", "int8"]
    assert set(history["samples"]) == {5}
    xml = junit.read_text()
    assert 'name="sine-int8.latency_median"' in xml and 'name="sine-float32.flash_bytes"' in xml


@pytest.mark.emulator
def test_xunit1_junit_gets_figures_on_each_test_case(pytester, tmp_path, zoo_model):
    zoo_model("sine")
    pytester.makeini("[pytest]\njunit_family = xunit1\n")
    pytester.makepyfile(test_hil_suite=HIL_TEST)
    junit = tmp_path / "junit.xml"
    result = pytester.runpytest_subprocess("--models", "sine", "--samples", "3", "--results",
                                           str(tmp_path / "r"), f"--junitxml={junit}")
    result.assert_outcomes(passed=3)
    assert junit.read_text().count('<property name="bit_exact_fraction"') == 2

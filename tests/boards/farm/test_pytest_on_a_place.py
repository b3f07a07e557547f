"""`pytest --place NAME -m hil`: the validation suite runs on a farm place, and its rows say
which place, exporter and board measured them."""

import pytest

from harness.results import ResultsStore

VALIDATION = """
import pytest

@pytest.mark.hil
def test_on_board(hil_record):
    assert hil_record.samples > 0

def test_on_host():
    assert True
"""


@pytest.mark.emulator
def test_the_validation_suite_runs_on_a_named_place(farm, pytester, tmp_path, zoo_model):
    zoo_model("sine")
    farm.exporter("lab", 1)
    pytester.makepyfile(test_validation=VALIDATION)
    results = tmp_path / "results"
    result = pytester.runpytest_subprocess(
        "--place", "lab-qemu-m4-0", "--coordinator", farm.address, "--models", "sine",
        "--samples", "3", "--results", str(results), "-m", "hil", "-p", "no:labgrid")
    result.assert_outcomes(passed=2, deselected=1)
    rows = ResultsStore(results).history()
    assert set(rows["place"]) == {"lab-qemu-m4-0"}
    assert set(rows["exporter"]) == {"lab"}
    assert rows.set_index("variant").at["int8", "bit_exact_fraction"] == 1.0


@pytest.mark.slow
def test_a_place_that_is_not_there_is_an_error_naming_it(farm, pytester):
    farm.exporter("lab", 1)
    pytester.makepyfile(test_validation=VALIDATION)
    result = pytester.runpytest_subprocess(
        "--place", "nowhere-0", "--coordinator", farm.address, "--wait", "1", "--models",
        "sine", "-m", "hil", "-p", "no:labgrid")
    result.assert_outcomes(errors=2, deselected=1)
    result.stdout.fnmatch_lines(["*no place has name=nowhere-0*"])

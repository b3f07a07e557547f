"""TFLM + CMSIS-NN per Arm core: the library's compiler flags give CMSIS-NN the core's features
(CMSIS-NN picks its DSP code from __ARM_FEATURE_DSP and its Helium code, ARM_MATH_MVEI, from
__ARM_FEATURE_MVE), and the same float ABI as the board's firmware, which links against it."""

import json
import shutil
import subprocess

import pytest

from harness import paths
from harness.backends.tflm.flags import TflmFlags, arch_flags
from harness.boards import BOARDS, get_board

ARM_QEMU = sorted(b.name for b in BOARDS if b.pio_platform == "qemu-cortexm")


def predefined(command: tuple[str, ...]) -> set[str]:
    """The macros the compiler predefines with these flags, as "NAME VALUE" lines."""
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed")
    result = subprocess.run([*command, "-dM", "-E", "-x", "c", "-"], input="",
                            capture_output=True, text=True, timeout=60, check=True)
    return {line.removeprefix("#define ") for line in result.stdout.splitlines()}


@pytest.mark.parametrize("name", ARM_QEMU)
def test_cmsis_nn_sees_the_cores_dsp_and_helium_and_the_boards_float_abi(tmp_path, name):
    board = get_board(name)
    macros = predefined(TflmFlags(tmp_path, arch_flags(board), cmsis_nn=True).c_command())
    assert ("__ARM_FEATURE_DSP 1" in macros) == board.has("dsp")
    assert ("__ARM_FEATURE_MVE 3" in macros) == board.has("mve")  # integer and float MVE
    assert ("__ARM_PCS_VFP 1" in macros) == board.has("fpu")  # hard float ABI


@pytest.mark.parametrize("name", ARM_QEMU)
def test_the_library_and_the_firmware_are_built_for_the_same_core(name):
    board = get_board(name)
    records = paths.SOURCE_ROOT / "firmware/platforms/qemu-cortexm/boards"
    [record] = [json.loads(p.read_text()) for p in records.glob("*.json")
                if p.stem in board.aliases]
    assert f"-mcpu={record['build']['cpu']}" in arch_flags(board)
    firmware_abi = "hard" if record["build"].get("fpu") else "soft"
    assert f"-mfloat-abi={firmware_abi}" in arch_flags(board)

"""The mlperf firmware built for the host over fuzz/fuzz_model.c (35 bytes of raw int8 input),
with a configuration rendered from the real template: shared by the fuzz tests."""

from __future__ import annotations

import subprocess
from pathlib import Path

from harness import paths
from harness.firmware.templates import render

FUZZ_DIR = Path(__file__).parent / "fuzz"
MLPERF = paths.firmware_dir() / "protocols" / "mlperf"
COMMON = paths.firmware_dir() / "common"
DB_BYTES = 35  # fuzz_model.c's input 0


def write_config(folder: Path) -> None:
    (folder / "hil_mlperf_config.h").write_text(render(
        "hil_mlperf_config.h.j2", model_name="fuzz", board_name="host", benchmark="kws01",
        db_bytes=DB_BYTES, wire_note="int8 x 35", input_encoding="HIL_MLPERF_INPUT_RAW",
        results="HIL_MLPERF_RESULTS_OUTPUTS", decimals=4, decimals_note="fuzz", lap_num=5,
        lap_den=16, lap_unit="instructions", lap_note="fuzz"))


def sources() -> list[Path]:
    return [FUZZ_DIR / "fuzz_mlperf.c", FUZZ_DIR / "fuzz_model.c", *sorted(MLPERF.glob("*.c"))]


def build(compiler: list[str], folder: Path, output: Path) -> subprocess.CompletedProcess:
    write_config(folder)
    return subprocess.run([*compiler, f"-I{COMMON}", f"-I{MLPERF}", f"-I{folder}",
                           *map(str, sources()), "-o", str(output)],
                          capture_output=True, text=True, check=False)

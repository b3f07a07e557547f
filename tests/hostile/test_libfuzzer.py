"""Coverage-guided runs of the binary request server's fuzz target (fuzz/fuzz_server.c) and of
the mlperf firmware's (fuzz/fuzz_mlperf.c) with libFuzzer, bounded and seeded. Needs clang with
libFuzzer's runtime, which set-up installs (scripts/system-packages.txt); test_protocol_fuzz.py
and test_mlperf_fuzz.py also run the same targets on fixed or hypothesis-made streams with
AddressSanitizer, with gcc alone."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from harness import paths

FUZZ_DIR = Path(__file__).parent / "fuzz"
COMMON = ["hil_stack.c", "hil_profile_default.c", "hil_cobs.c", "hil_crc32.c",
          "hil_frame.c"]


@pytest.mark.slow
def test_libfuzzer_finds_nothing_in_a_bounded_run(tmp_path):
    if shutil.which("clang") is None:
        pytest.skip("clang is not installed (run `make setup`, or apt install clang "
                    "libclang-rt-14-dev)")
    from test_protocol_fuzz import fuzz_stream  # the CI streams seed the corpus

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in range(8):
        (corpus / f"seed{seed}").write_bytes(fuzz_stream(seed)[0][:4096])
    common, binary = paths.firmware_dir() / "common", paths.firmware_dir() / "protocols/binary"
    target = tmp_path / "fuzz_server"
    built = subprocess.run(["clang", "-g", "-O1", "-fsanitize=fuzzer,address,undefined",
                            f"-I{common}", f"-I{binary}", str(FUZZ_DIR / "fuzz_server.c"),
                            str(binary / "hil_server.c"),
                            str(FUZZ_DIR / "fuzz_model.c"), *(str(common / c) for c in COMMON),
                            "-o", str(target)], capture_output=True, text=True)
    if "fuzzer" in built.stderr and built.returncode != 0:
        pytest.skip(f"this clang has no libFuzzer: {built.stderr[-300:]}")
    assert built.returncode == 0, built.stderr
    run = subprocess.run([str(target), "-runs=30000", "-seed=1", "-max_len=4096", str(corpus)],
                         capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "Done 30000 runs" in run.stderr


@pytest.mark.slow
def test_libfuzzer_finds_nothing_in_the_mlperf_command_parser(tmp_path):
    if shutil.which("clang") is None:
        pytest.skip("clang is not installed (run `make setup`, or apt install clang "
                    "libclang-rt-14-dev)")
    from mlperf_build import DB_BYTES, build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    data = bytes(range(DB_BYTES)).hex()
    for index, stream in enumerate([
            "name%profile%timestamp%help%",
            f"db load {DB_BYTES}%db {data[:62]}%db {data[62:]}%db print%infer 3 1%results%",
            "db load 0%db 0g%db abc%infer 0%infer 1 x%results%bogus%%" + "x" * 90 + "%"]):
        (corpus / f"seed{index}").write_text(stream)
    target = tmp_path / "fuzz_mlperf"
    built = build(["clang", "-g", "-O1", "-fsanitize=fuzzer,address,undefined"], tmp_path, target)
    if "fuzzer" in built.stderr and built.returncode != 0:
        pytest.skip(f"this clang has no libFuzzer: {built.stderr[-300:]}")
    assert built.returncode == 0, built.stderr
    run = subprocess.run([str(target), "-runs=30000", "-seed=1", "-max_len=2048", str(corpus)],
                         capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "Done 30000 runs" in run.stderr

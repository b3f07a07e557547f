"""Building the fixture firmware for the emulated board with PlatformIO, offline, and reading
its flash and RAM use from the ELF."""

from __future__ import annotations

import subprocess
from dataclasses import replace

import pytest
from fixture_backend import FixtureBackend, fixture_tflite

from harness.backends.base import GeneratedSources
from harness.boards import get_board
from harness.errors import BuildError
from harness.firmware.build import build_project, error_lines
from harness.firmware.elf import MemoryUsage, check_fits, linker_overflow, memory_usage
from harness.firmware.render import render_project


def section_sizes(elf) -> dict[str, int]:
    output = subprocess.run(["arm-none-eabi-size", "-A", str(elf)], capture_output=True,
                            text=True, check=True).stdout
    return {name: int(size) for name, size, *_ in
            (line.split() for line in output.splitlines()[2:] if line.strip())
            if name.startswith(".")}


def test_fixture_firmware_builds_warning_free_and_its_sizes_come_from_the_elf(fixture_firmware):
    project, result = fixture_firmware
    sizes = section_sizes(result.elf)
    usage = result.usage
    assert usage.text == sizes[".text"]
    assert usage.rodata == sizes[".isr_vector"] + sizes[".rodata"] + sizes.get(".ARM.exidx", 0)
    assert usage.data == sizes.get(".data", 0) > 0  # hil_fixture_gain
    assert usage.bss == sizes[".bss"] >= 2 * 128 * 128  # the fixture's tensors
    assert usage.stack == sizes[".stack"] == 64 * 1024
    assert usage.flash_bytes == usage.text + usage.rodata + usage.data
    assert usage.ram_bytes == usage.data + usage.bss + usage.stack
    assert memory_usage(result.elf) == usage


def test_firmware_allocates_nothing_dynamically(fixture_firmware):
    _, result = fixture_firmware
    symbols = subprocess.run(["arm-none-eabi-nm", str(result.elf)], capture_output=True,
                             text=True, check=True).stdout.split()
    assert "hil_protocol_poll" in symbols
    assert not {"malloc", "_malloc_r", "free", "_sbrk", "_sbrk_r"} & set(symbols)


def test_an_unchanged_project_is_not_built_again(fixture_firmware):
    project, _ = fixture_firmware
    stamp = project.elf_path.stat().st_mtime_ns
    again = build_project(project)
    assert not again.built and project.elf_path.stat().st_mtime_ns == stamp


class BrokenBackend(FixtureBackend):
    def generate(self, model, tflite, model_name, board) -> GeneratedSources:
        broken = "int broken(void) { return undeclared_thing; }\n"
        return replace(super().generate(model, tflite, model_name, board),
                       files={"broken.c": broken})


def test_a_compile_error_is_a_build_error_with_the_compiler_lines(tmp_path, qemu_board):
    project = render_project(fixture_tflite(), qemu_board, BrokenBackend(), tmp_path / "p")
    with pytest.raises(BuildError) as error:
        build_project(project)
    assert "src/broken.c" in str(error.value) and "undeclared_thing" in str(error.value)
    assert "error:" in str(error.value)


def test_firmware_larger_than_the_board_is_refused(qemu_board):
    usage = MemoryUsage(text=900_000, rodata=100_000, data=10, bss=300_000, stack=65536)
    check_fits(usage, qemu_board, "aot")
    small = replace(qemu_board, flash_bytes=512 * 1024, ram_bytes=256 * 1024)
    with pytest.raises(BuildError, match="1,000,010 bytes of flash.*365,546 bytes of RAM"):
        check_fits(usage, small, "aot")


@pytest.mark.parametrize(("backend", "advice"), [
    ("aot", "Use a smaller model, or a bigger board"),
    ("tflm", "Use a smaller model or the aot backend (no interpreter, planned activations), "
             "or a bigger board")])
def test_the_fit_error_names_the_backend_that_built_the_firmware(qemu_board, backend, advice):
    usage = MemoryUsage(text=900_000, rodata=100_000, data=10, bss=300_000, stack=65536)
    small = replace(qemu_board, flash_bytes=512 * 1024, ram_bytes=256 * 1024)
    with pytest.raises(BuildError) as error:
        check_fits(usage, small, backend)
    assert str(error.value).startswith(f"the {backend} backend's firmware does not fit ")
    assert str(error.value).endswith(advice)


class LargeBuffersFixture(FixtureBackend):
    """The fixture with 8 KiB frame buffers instead of 1 KiB: tensors that pass the activation
    check before the build, and a firmware whose RAM overflows the micro:bit's 16 KiB."""

    def generate(self, model, tflite, model_name, board) -> GeneratedSources:
        sources = super().generate(model, tflite, model_name, board)
        return replace(sources, build_flags=(*sources.build_flags, "-DHIL_MAX_PAYLOAD=8192u"))


def test_a_firmware_the_linker_cannot_fit_is_refused_naming_both_figures(tmp_path):
    board = get_board("qemu-m0")
    project = render_project(fixture_tflite(side=32), board, LargeBuffersFixture(side=32),
                             tmp_path / "p")
    with pytest.raises(BuildError, match=r"does not fit qemu-m0: it needs \d\d,\d{3} bytes of "
                                         r"RAM \(data, bss and stack\) but the board has 16,384"):
        build_project(project)


def test_the_linkers_overflow_is_reported_as_a_fit_error():
    board = get_board("qemu-m0")
    log = ("ld: firmware.elf section `.rodata' will not fit in region `FLASH'\n"
           "ld: region `FLASH' overflowed by 28984 bytes\ncollect2: error: ld returned 1\n")
    assert str(linker_overflow(log, board, "tflm")) == (
        "the tflm backend's firmware does not fit qemu-m0: it needs 291,128 bytes of flash but "
        "the board has 262,144. Use a smaller model or the aot backend (no interpreter, planned "
        "activations), or a bigger board")
    assert linker_overflow("src/a.c:3:5: error: 'x' undeclared", board, "tflm") is None


def test_error_lines_keep_only_the_errors():
    log = "Compiling a.o\nsrc/a.c:3:5: error: 'x' undeclared\nLinking\n*** [a.o] Error 1\n"
    assert error_lines(log).splitlines() == ["src/a.c:3:5: error: 'x' undeclared",
                                             "*** [a.o] Error 1"]

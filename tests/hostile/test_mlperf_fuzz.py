"""The mlperf firmware's command parser fuzzed on the host under AddressSanitizer and UBSan.

hypothesis writes command streams: valid commands, wrong counts, bad and odd hex, overlong and
empty lines, unknown words, raw bytes. A model of the DUT API in this file predicts every reply
(its lines, as regular expressions), so a refusal must be the API's e-[...] line followed by a
fresh m-ready, never a hang, a crash or silence. Random byte streams check what holds for any
input: one m-ready per command, printable lines ending in \\r\\n (the target itself traps
otherwise)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mlperf_build import DB_BYTES, build

FLAGS = ["gcc", "-std=c99", "-O1", "-g", "-Wall", "-Wextra", "-Werror", "-DHIL_FUZZ_MAIN",
         "-fsanitize=address,undefined", "-fno-sanitize-recover=all"]
HEX = "0123456789abcdefABCDEF"
LAP = r"m-lap-us-\d+"
RESULTS = rf"m-results-\[-?\d+\.\d{{4}}(,-?\d+\.\d{{4}}){{{DB_BYTES - 1}}}\]"


@pytest.fixture(scope="module")
def fuzz_mlperf(tmp_path_factory):
    if shutil.which("gcc") is None:
        pytest.skip("gcc is not installed")
    folder = tmp_path_factory.mktemp("mlperf-fuzz")
    result = build(FLAGS, folder, folder / "fuzz_mlperf")
    assert result.returncode == 0, result.stderr
    return folder / "fuzz_mlperf"


class Dut:
    """What the DUT API answers, command by command: a list of regular expressions per reply."""

    def __init__(self):
        self.expected, self.received, self.results = 0, 0, False

    def reply(self, command: str) -> list[str]:
        if len(command) > 80:
            return [r"e-\[Command longer than 80 characters\]"]
        words = command.split()
        if not words:
            return [r"e-\[Empty command\]"]
        # The first word decides, as in the reference; further words are ignored.
        simple = {"name": [r"m-name-dut-\[[^]]+\]"], "timestamp": [LAP],
                  "profile": [r"m-profile-\[[^]]+\]", r"m-model-\[kws01\]"],
                  "help": [r"[\x20-\x7e]+"] * 9 + [rf"input bytes +{DB_BYTES}"],
                  "results": [RESULTS] if self.results else [r"e-\[No results: .*\]"]}
        if words[0] in simple:
            return simple[words[0]]
        if words[0] == "db":
            return self.db(words[1:])
        if words[0] == "infer":
            return self.infer(words[1:])
        shown = re.sub(r"[^\x20-\x7e]|\]", "?", words[0][:24])  # nothing that would end the line
        return [r"e-\[Unknown command: " + re.escape(shown) + r"\]"]

    def db(self, words: list[str]) -> list[str]:
        if not words:
            return [r"e-\[Command 'db' requires a subcommand\]"]
        if words[0] == "print":
            return [r"m-buffer(-[0-9a-f]{2}){1,8}"] * ((self.received + 7) // 8)
        if words[0] == "load":
            return self.load(words[1:])
        digits = words[0]
        if len(digits) % 2:
            return [r"e-\[Insufficent number of hex digits\]"]
        if any(c not in HEX for c in digits):
            return [r"e-\[Invalid hex digit '.{2}'\]"]
        if self.expected == 0:
            return [r"e-\[No 'db load' announced these bytes\]"]
        if len(digits) // 2 > self.expected - self.received:
            return [r"e-\[More bytes than 'db load' announced\]"]
        self.received += len(digits) // 2
        return ["m-load-done"] if self.received == self.expected else []

    def load(self, words: list[str]) -> list[str]:
        if not words:
            return [r"e-\[Command 'db load' requires the # of bytes\]"]
        if words[0].isdigit() and len(words[0]) > 9:
            return [r"e-\[Count has more than 9 digits: \d+\]"]
        if not words[0].isdigit() or int(words[0]) == 0:
            return [r"e-\[Command 'db load' must be >0 bytes\]"]
        count = int(words[0])
        self.received, self.expected = 0, count if count <= DB_BYTES else 0
        if count > DB_BYTES:
            return [rf"e-\[Supplied buffer size {count} exceeds maximum of {DB_BYTES}\]"]
        return [rf"m-\[Expecting {count} bytes\]"]

    def infer(self, words: list[str]) -> list[str]:
        counts = [w for w in words[:2]]
        for i, word in enumerate(counts):
            if word.isdigit() and len(word) > 9:
                return [r"e-\[Count has more than 9 digits: \d+\]"]
            if not word.isdigit() or (i == 0 and int(word) == 0):
                return [r"e-\[Inference iterations must be >0\]" if i == 0
                        else r"e-\[Inference warmup must be >=0\]"]
        n, w = (int(counts[0]) if counts else 1), (int(counts[1]) if len(counts) > 1 else 10)
        if self.expected == 0 or self.received != DB_BYTES:
            return [rf"e-\[Input db has {self.received} bytes, expected {DB_BYTES}\]"]
        self.results = True
        return [f"m-warmup-start-{w}", "m-warmup-done", f"m-infer-start-{n}", LAP, LAP,
                "m-infer-done", RESULTS]


def _hex(draw_bytes: bytes, damage: str) -> str:
    digits = draw_bytes.hex()
    return {"ok": digits, "upper": digits.upper(), "odd": digits + "a",
            "bad": digits[:-1] + "g" if digits else "zz"}[damage]


hex_command = st.builds(lambda data, damage: "db " + _hex(data, damage),
                        st.binary(min_size=1, max_size=DB_BYTES + 2),
                        st.sampled_from(["ok", "ok", "ok", "upper", "odd", "bad"]))
count = st.one_of(st.integers(0, 40).map(str), st.sampled_from(["x", "-1", "1e3", "9" * 10]))
commands = st.one_of(
    st.sampled_from(["name", "profile", "timestamp", "results", "db print", "db", "db load",
                     "infer", "", "   ", "help me", "NAME", "db  load  35", "infer  2  0"]),
    st.just(f"db load {DB_BYTES}"), hex_command, hex_command,
    st.builds(lambda n: f"db load {n}", count),
    st.builds(lambda n, w: f"infer {n} {w}".strip(), count, st.sampled_from(["", "0", "1", "3",
                                                                             "x", "-2"])),
    st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7e, exclude_characters="%"),
            min_size=1, max_size=100),
)


def run(fuzz_mlperf, stream: bytes) -> list[str]:
    result = subprocess.run([str(fuzz_mlperf)], input=stream, capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-3000:]
    text = result.stdout.decode("ascii")
    assert text.endswith("\r\n")
    return text[:-2].split("\r\n")


def replies(lines: list[str]) -> list[list[str]]:
    """The lines of each reply, without its m-ready; the boot banner first."""
    out, current = [], []
    for line in lines:
        if line == "m-ready":
            out.append(current)
            current = []
        else:
            current.append(line)
    assert current == [], f"lines after the last m-ready: {current}"
    return out


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(commands, min_size=1, max_size=40))
def test_every_command_gets_its_reply_and_one_m_ready(fuzz_mlperf, stream):
    boot, *answers = replies(run(fuzz_mlperf, "".join(c + "%" for c in stream).encode()))
    assert boot[0] == "m-timestamp-mode-performance" and boot[-1] == "m-init-done"
    assert len(answers) == len(stream)
    model = Dut()
    for command, answer in zip(stream, answers, strict=True):
        expected = model.reply(command)
        assert len(answer) == len(expected), (command, answer, expected)
        for line, pattern in zip(answer, expected, strict=True):
            assert re.fullmatch(pattern, line), (command, line, pattern)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_leave_one_m_ready_per_command(fuzz_mlperf, stream):
    answers = replies(run(fuzz_mlperf, stream))
    assert len(answers) == stream.count(b"%") + 1
    assert all(re.fullmatch(r"[\x20-\x7e]*", line) for reply in answers for line in reply)


def test_newlines_after_the_terminator_do_not_corrupt_the_next_command(fuzz_mlperf):
    boot, name, profile = replies(run(fuzz_mlperf, b"name%\r\nprofile%\n"))
    assert name[0].startswith("m-name-dut-[") and profile[1] == "m-model-[kws01]"

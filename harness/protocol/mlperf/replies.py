"""Replies of MLPerf Tiny's DUT API, parsed with the runner's own patterns (benchmark/runner/
device_under_test.py and script.py) and checked line by line: a reply with a line that is not
what the command answers is garbled, and the command is sent again, never half accepted. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from harness.protocol.errors import FrameError

NAME = re.compile(r"^m-(name)-dut-\[([^]]+)]$")
MODEL = re.compile(r"^m-(model|profile)-\[([^]]+)]$")
LAP = re.compile(r"^m-lap-us-([0-9]+)$")
RESULTS = re.compile(r"^m-results-\[([^]]+)\]$")
ERROR = re.compile(r"^e-\[(.*)\]$")
LAP_UNIT = re.compile(r"lap unit (\w+)")
READY = "m-ready"
BOOTED = "m-init-done"
MICROSECONDS = "us"


class Garbled(FrameError):
    """A reply that is not what the command answers: damaged, cut, or from a device that reset."""


class Refused(FrameError):
    """The device answered with an e-[...] line."""


@dataclass(frozen=True)
class Identity:
    name: str  # inside m-name-dut-[...]
    model: str  # m-model-[...]: the benchmark, e.g. kws01
    lap_unit: str  # "us", or what an emulator's timer counts ("instructions")


@dataclass(frozen=True)
class InferReply:
    start: int  # the two m-lap-us- values, in lap units
    end: int
    results: tuple[float, ...]

    @property
    def elapsed(self) -> int:
        return self.end - self.start


def strict(lines: list[str]) -> list[str]:
    """The protocol lines of a reply (m- and e-); other text (a vendor's debug output) passes.
    An e- line is a refusal; a boot banner means the device reset."""
    for line in lines:
        if match := ERROR.match(line):
            raise Refused(f"the device refused the command: {match.group(1)}")
        if line == BOOTED:
            raise Garbled("the device restarted (m-init-done) during the command")
    return [line for line in lines if line.startswith("m-")]


def parse_name(lines: list[str]) -> tuple[str, str]:
    (line,) = _exactly(strict(lines), 1, "name")
    if not (match := NAME.match(line)):
        raise Garbled(f"name: {line!r} is not m-name-dut-[...]")
    unit = LAP_UNIT.search(match.group(2))
    return match.group(2), unit.group(1) if unit else MICROSECONDS


def parse_profile(lines: list[str]) -> str:
    found = dict(m.groups() for line in strict(lines) if (m := MODEL.match(line)))
    if "model" not in found or len(strict(lines)) != 2:
        raise Garbled(f"profile: no m-profile-/m-model- pair in {lines!r}")
    return found["model"]


def parse_load(lines: list[str], count: int) -> None:
    if strict(lines) != [f"m-[Expecting {count} bytes]"]:
        raise Garbled(f"db load {count}: unexpected reply {lines!r}")


def parse_data(lines: list[str], last: bool) -> None:
    if strict(lines) != (["m-load-done"] if last else []):
        raise Garbled(f"db: unexpected reply {lines!r} ({'last' if last else 'not the last'} "
                      "chunk)")


BUFFER = re.compile(r"^m-buffer((?:-[0-9a-f]{2}){1,8})$")


def parse_buffer(lines: list[str], count: int) -> bytes:
    """`db print`: the device's input bytes, 8 per m-buffer- line (the reference prints the
    announced count, this firmware what it received; either way the first `count`)."""
    data = b""
    for line in strict(lines):
        if not (match := BUFFER.match(line)):
            raise Garbled(f"db print: {line!r} is not an m-buffer- line")
        data += bytes.fromhex(match.group(1).replace("-", ""))
    if len(data) < count:
        raise Garbled(f"db print: {len(data)} bytes, {count} were loaded")
    return data[:count]


def parse_infer(lines: list[str], iterations: int, warmups: int) -> InferReply:
    lines = strict(lines)
    expected = [f"m-warmup-start-{warmups}", "m-warmup-done", f"m-infer-start-{iterations}",
                LAP, LAP, "m-infer-done", RESULTS]
    if len(lines) != len(expected) or not all(
            line == want if isinstance(want, str) else want.match(line)
            for line, want in zip(lines, expected, strict=True)):
        raise Garbled(f"infer {iterations} {warmups}: unexpected reply {lines!r}")
    start, end = (int(LAP.match(line).group(1)) for line in lines[3:5])
    if end < start:
        raise Garbled(f"infer: the second m-lap-us- ({end}) is before the first ({start})")
    return InferReply(start, end, parse_results([lines[6]]))


def parse_results(lines: list[str]) -> tuple[float, ...]:
    (line,) = _exactly(strict(lines), 1, "results")
    if not (match := RESULTS.match(line)):
        raise Garbled(f"results: {line!r} is not m-results-[...]")
    try:
        return tuple(float(x) for x in match.group(1).split(",") if x.strip())
    except ValueError:
        raise Garbled(f"results: {line!r} holds something that is no number") from None


def _exactly(lines: list[str], count: int, command: str) -> list[str]:
    if len(lines) != count:
        raise Garbled(f"{command}: {len(lines)} reply lines, expected {count}: {lines!r}")
    return lines

"""What a faulty link injects, as data: rates per kind, a seed, and timings.

Link faults strike bytes: each byte passing in either direction draws once from a seeded random
stream, so the same seed hits the same bytes of the same traffic. Device faults strike INVOKE
requests (each draws once). In a URL: `hilfault://socket://127.0.0.1:4000#drop=0.01&seed=3`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from urllib.parse import parse_qsl, urlencode

from harness.errors import HilError

DAMAGE_KINDS = ("drop", "corrupt", "duplicate")  # the receiver must notice (CRC, COBS, length)
TIMING_KINDS = ("delay", "stall")  # bytes held back: delay_s, stall_s
LINK_KINDS = (*DAMAGE_KINDS, *TIMING_KINDS, "cut")  # per byte
DEVICE_KINDS = ("reset", "hang", "fault", "spin")  # per INVOKE request
KINDS = (*LINK_KINDS, *DEVICE_KINDS)
DIRECTIONS = ("to_device", "to_host")


@dataclass(frozen=True)
class FaultSpec:
    rates: dict[str, float] = field(default_factory=dict)  # kind -> probability
    seed: int = 0
    delay_s: float = 0.05  # a "delay" holds the stream back this long
    stall_s: float = 1.0  # a "stall" holds it back this long (longer than a reply deadline)
    after_invokes: int = 0  # nothing is injected before this many INVOKE requests passed
    max_faults: int = 0  # no more faults than this in all (0: no limit)
    directions: tuple[str, ...] = DIRECTIONS

    def __post_init__(self) -> None:
        unknown = sorted(set(self.rates) - set(KINDS))
        if unknown:
            raise HilError(f"unknown fault kind {unknown[0]!r}; known: {', '.join(KINDS)}")
        bad = [k for k, rate in self.rates.items() if not 0 <= rate <= 1]
        if bad or sum(self.rates.get(k, 0) for k in LINK_KINDS) > 1:
            raise HilError(f"fault rates are probabilities (0..1, link rates summing to at most "
                           f"1): {self.rates}")
        if not set(self.directions) <= set(DIRECTIONS):
            raise HilError(f"directions are {', '.join(DIRECTIONS)}, not {self.directions}")

    def rate(self, kind: str) -> float:
        return self.rates.get(kind, 0.0)

    @classmethod
    def parse(cls, text: str) -> FaultSpec:
        """`drop=0.01&corrupt=0.001&seed=3&delay_s=0.02&directions=to_host`."""
        values: dict = {"rates": {}}
        for key, value in parse_qsl(text, keep_blank_values=True, strict_parsing=bool(text)):
            try:
                if key in KINDS:
                    values["rates"][key] = float(value)
                elif key in ("seed", "after_invokes", "max_faults"):
                    values[key] = int(value)
                elif key in ("delay_s", "stall_s"):
                    values[key] = float(value)
                elif key == "directions":
                    values[key] = tuple(value.split(","))
                else:
                    raise HilError(f"unknown fault setting {key!r} in {text!r}; settings: "
                                   f"{', '.join([*KINDS, *_SETTINGS])}")
            except ValueError:
                raise HilError(f"bad value {value!r} for {key} in {text!r}") from None
        return cls(**values)

    def query(self) -> str:
        items = [*self.rates.items(), *((f.name, getattr(self, f.name)) for f in fields(self)
                                        if f.name in _SETTINGS)]
        return urlencode([(k, ",".join(v) if isinstance(v, tuple) else v) for k, v in items])


_SETTINGS = ("seed", "delay_s", "stall_s", "after_invokes", "max_faults", "directions")

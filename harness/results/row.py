"""The results table's row: what one model variant did on one board with one backend."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields

from harness.formatting import missing

KEY_COLUMNS = ("model", "variant", "board", "backend")  # what a row is of; unique in a run


def macs_per_unit(macs, latency_median) -> float | None:
    """MACs per instruction (emulators) or per cycle: the distance to the core's peak. None
    when either figure is missing or zero."""
    if missing(macs) or missing(latency_median) or not macs or not latency_median:
        return None
    return float(macs) / float(latency_median)


@dataclass
class ResultRow:
    model: str
    variant: str  # "int8", "float32"
    board: str
    backend: str
    protocol: str = "binary"  # the device protocol the figures came through
    status: str = "passed"  # "passed", "failed" (a check failed), "error" (could not measure)
    error: str = ""
    samples: int = 0
    metric: str = ""  # accuracy, mae, roc_auc
    host_float_metric: float | None = None  # Keras float on the same samples
    host_reference_metric: float | None = None  # TFLM reference interpreter, same .tflite
    device_metric: float | None = None
    bit_exact_fraction: float | None = None  # outputs identical to the TFLM reference
    max_abs_diff: float | None = None  # in output LSBs (int8) or float units (float32)
    latency_unit: str = ""  # "instructions" on emulators, "cycles" on real boards
    latency_mean: float | None = None
    latency_median: float | None = None
    latency_min: float | None = None
    latency_max: float | None = None
    latency_us: float | None = None  # median in microseconds, real boards only
    flash_bytes: int | None = None
    ram_bytes: int | None = None  # static RAM: .data + .bss
    activation_bytes: int | None = None  # arena (TFLM) or planned activations (AOT)
    stack_bytes: int | None = None  # high-water mark from stack painting
    board_flash_bytes: int | None = None
    board_ram_bytes: int | None = None
    model_sha256: str = ""
    firmware_sha256: str = ""
    macs: int | None = None  # multiply-accumulates per inference, from the model
    # The link: bytes on the wire (both directions) while the samples streamed, the model's input
    # and output bytes they carried, and the wall-clock seconds it took.
    # The MLPerf Tiny benchmark the model is (kws01, vww01, ic01, ad01; "" for other models), and
    # for rows measured through its DUT API the runner's script: "accuracy" or "performance".
    mlperf_benchmark: str = ""
    mlperf_mode: str = ""
    wire_bytes: int | None = None
    payload_bytes: int | None = None
    link_seconds: float | None = None
    restarts: int = 0  # board restarts the measurement needed to recover (a flaky link or board)
    # Where it was measured, on a board farm (empty for a board on this machine): the labgrid
    # place, its exporter and the board's serial number (the place's tag serial=).
    place: str = ""
    exporter: str = ""
    board_serial: str = ""
    checks: dict = field(default_factory=dict)  # check name -> "passed"/"failed: why"
    # Per-operator timing of one inference, as harness.measure.layer_timing.LayerTiming dicts
    # (empty when the firmware keeps no profile).
    layers: list = field(default_factory=list)

    @property
    def macs_per_unit(self) -> float | None:
        return macs_per_unit(self.macs, self.latency_median)

    @property
    def payload_per_wire_byte(self) -> float | None:
        return self.payload_bytes / self.wire_bytes if self.wire_bytes else None

    @property
    def samples_per_second(self) -> float | None:
        return self.samples / self.link_seconds if self.link_seconds else None

    @property
    def key(self) -> tuple[str, str, str, str]:
        return tuple(getattr(self, column) for column in KEY_COLUMNS)

    def as_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def columns(cls) -> list[str]:
        return [f.name for f in fields(cls)]

"""Synthetic result rows and runs, written through the real ResultsStore (no board, no
training)."""

from harness.results import ResultRow, ResultsStore

MODELS = {"sine": ("mae", 0.08, 600.0), "digits_mlp": ("accuracy", 0.97, 12000.0)}
SINE_LAYERS = [  # harness.measure.layer_timing.LayerTiming as dicts, as measure() records them
    {"operator": 0, "op": "FULLY_CONNECTED", "macs": 16, "ticks": 640, "units": 200.0,
     "unit": "instructions", "macs_per_unit": 0.08, "share": 0.4},
    {"operator": 1, "op": "FULLY_CONNECTED", "macs": 256, "ticks": 960, "units": 300.0,
     "unit": "instructions", "macs_per_unit": 256 / 300, "share": 0.6},
]


def result_row(model: str, variant: str = "int8", board: str = "qemu-m4", backend: str = "aot",
               night: int = 0, **values) -> ResultRow:
    metric, value, instructions = MODELS.get(model, ("accuracy", 0.9, 5000.0))
    emulated = board == "qemu-m4"
    figures = dict(
        samples=48, metric=metric, host_float_metric=value, host_reference_metric=value - 0.004,
        device_metric=value - 0.004, bit_exact_fraction=1.0, max_abs_diff=0.0,
        latency_unit="instructions" if emulated else "cycles",
        latency_median=instructions * (1 + 0.001 * night), latency_mean=instructions,
        latency_min=instructions, latency_max=instructions,
        latency_us=None if emulated else instructions / 64.0,
        flash_bytes=20_000 + len(model) * 100, ram_bytes=4_000, activation_bytes=1_200,
        stack_bytes=600, board_flash_bytes=4_194_304 if emulated else 1_048_576,
        board_ram_bytes=4_194_304 if emulated else 262_144, checks={"agreement": "passed"},
        macs=300, layers=SINE_LAYERS if model == "sine" else [])
    figures.update(values)
    return ResultRow(model=model, variant=variant, board=board, backend=backend, **figures)


def write_run(store: ResultsStore, rows: list[ResultRow], suite: str = "smoke") -> str:
    writer = store.start_run({"suite": suite, "git_commit": "0123456789abcdef" * 2 + "01234567",
                              "git_dirty": False}, label=suite)
    for row in rows:
        writer.append(row)
    return writer.run_id


def night_rows(night: int, **digits_values) -> list[ResultRow]:
    return [result_row("sine", night=night),
            result_row("digits_mlp", night=night, **digits_values),
            result_row("digits_mlp", variant="float32", night=night, bit_exact_fraction=None),
            result_row("digits_mlp", board="nano33", night=night)]

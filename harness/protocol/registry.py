"""Device protocols as data: each names the firmware folder that speaks it on the device
(firmware/protocols/<folder>/, copied into a project when it is rendered) and the host driver
that measures a workload through it. Looked up by name like boards and backends.

    binary   the harness's own (docs/protocol.md): COBS frames, CRC-32, sequence numbers
    mlperf   MLPerf Tiny's DUT API (docs/mlperf.md): `%`-terminated text commands, hex data
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from harness.registry import Registry


@dataclass(frozen=True)
class DeviceProtocol:
    name: str
    title: str
    firmware_folder: str  # under firmware/protocols/
    # "module:function" references, imported on use so that choosing a protocol does not drag
    # every driver into every command:
    driver: str  # measures a workload: the signature of harness.measure.run.measure_run
    # A module with firmware_files(model, board, model_name) -> {path under src/: text} and
    # baudrate(model, board) -> int, for a protocol whose firmware depends on the model.
    firmware_module: str = ""

    def measure_function(self) -> Callable:
        return _load(self.driver)

    def firmware_files(self, model, board, model_name: str) -> dict[str, str]:
        """Per-model files the protocol's firmware needs besides its folder (none for most)."""
        return _load(f"{self.firmware_module}:firmware_files")(model, board, model_name) \
            if self.firmware_module else {}

    def baudrate(self, model, board) -> int:
        """The link's rate for this model on this board (the board's, unless the protocol
        prescribes one)."""
        return _load(f"{self.firmware_module}:baudrate")(model, board) \
            if self.firmware_module else board.baudrate


def _load(reference: str) -> Callable:
    module, _, function = reference.partition(":")
    return getattr(importlib.import_module(module), function)


PROTOCOLS: Registry[DeviceProtocol] = Registry("protocol")
PROTOCOLS.add("binary", DeviceProtocol(
    "binary", "the harness's binary protocol (COBS, CRC-32, sequence numbers)", "binary",
    driver="harness.measure.run:measure_run"))
PROTOCOLS.add("mlperf", DeviceProtocol(
    "mlperf", "MLPerf Tiny's DUT API (text commands, hex data, m-ready)", "mlperf",
    driver="harness.measure.mlperf.run:measure_mlperf",
    firmware_module="harness.firmware.mlperf.config"))


def get_protocol(name: str) -> DeviceProtocol:
    return PROTOCOLS.get(name)

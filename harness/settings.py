"""Settings shared by the pytest plugin and the `hil` commands, each declared once.

Precedence, in one place (`resolve`): test parameter > command line > HIL_<NAME> environment
variable > config file (pytest ini `hil_<name>`, or [tool.hil] in pyproject.toml) > default.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harness import paths


def _names(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in str(text).split(",") if part.strip())


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise ValueError(f"{value} is not a positive number")
    return value


def _seconds(text: str) -> float:
    value = float(text)
    if value < 0:
        raise ValueError(f"{value:g} is not a number of seconds")
    return value


@dataclass(frozen=True)
class Setting:
    name: str
    help: str
    default: Any = None
    parse: Callable[[str], Any] = str
    env_name: str = ""  # when it is not HIL_<NAME>

    @property
    def env(self) -> str:
        return self.env_name or f"HIL_{self.name.upper()}"


SETTINGS: dict[str, Setting] = {s.name: s for s in (
    Setting("board", "board to run on (`hil boards` lists them)", "qemu-m4"),
    Setting("port", "serial port or any pyserial URL, e.g. /dev/ttyACM0, socket://host:port, "
                    "rfc2217://host:port (default: auto-detected by USB VID:PID)"),
    Setting("backend", "inference backend: aot or tflm", "aot"),
    Setting("protocol", "device protocol: binary (the harness's own, the default) or mlperf "
                        "(MLPerf Tiny's DUT API, for the official runner and vendors' firmware)",
            "binary"),
    Setting("models", "comma-separated zoo models (default: every model the backend runs)",
            None, _names),
    Setting("samples", "use only the first N test samples", None, _positive_int),
    Setting("results", "results folder (history) for result rows", None, Path),
    Setting("tflm", "folder of a TensorFlow Lite Micro library tree", None, Path,
            env_name="HIL_TFLM_PATH"),
    Setting("model_dir", "folder of the .tflite files a suite's [model_files] names (e.g. the "
                         "official MLPerf Tiny models)", None, Path),
    Setting("recipes", "folder of the project's own model recipes (@recipe modules), added to "
                       "the zoo; relative to the project", None, Path),
    Setting("benchmarks", "folder of the project's own benchmark suites (*.toml), beside the "
                          "harness's; relative to the project", None, Path),
    Setting("place", "labgrid place to run on instead of a local board (its tag board=NAME "
                     "picks the board record)"),
    Setting("places", "run on every labgrid place whose tags match, e.g. board=qemu-m4 "
                      "(rows are spread over them, one row per place at a time)"),
    Setting("wait", "seconds to wait for a busy place before giving up (naming its holder)",
            60.0, _seconds),
    Setting("coordinator", "labgrid coordinator HOST[:PORT] of the board farm",
            "127.0.0.1:20408", env_name="LG_COORDINATOR"),
)}

_UNSET = object()


def resolve(name: str, parameter: Any = _UNSET, command_line: Any = None,
            config: Mapping[str, Any] | None = None) -> Any:
    """The value of setting `name` from the highest-precedence layer that sets it."""
    setting = SETTINGS[name]
    if parameter is not _UNSET:
        return parameter
    if command_line is not None:
        return _parse(setting, command_line)
    for raw in (os.environ.get(setting.env), (config or {}).get(name)):
        if raw not in (None, ""):
            return _parse(setting, raw)
    return setting.default


def _parse(setting: Setting, raw: Any) -> Any:
    try:
        return setting.parse(raw) if isinstance(raw, str) else raw
    except ValueError as exc:
        raise ValueError(f"bad value for {setting.name} ({setting.env}): {exc}") from None


def project_config(root: Path | None = None) -> dict:
    """[tool.hil] of the project's pyproject.toml (empty when absent)."""
    pyproject = (root or paths.project_root()) / "pyproject.toml"
    if not pyproject.is_file():
        return {}
    return tomllib.loads(pyproject.read_text()).get("tool", {}).get("hil", {})


def results_folder(value: Path | None) -> Path:
    return Path(value) if value else paths.results_dir()


def project_folder(name: str) -> Path | None:
    """A folder setting (`recipes`, `benchmarks`) resolved against the project's root."""
    value = resolve(name, config=project_config())
    return None if value is None else (paths.project_root() / value).resolve()

"""Errors the harness raises for problems a user can fix.

Each error's message names the problem and the fix; the CLI prints it on one line, no traceback.
"""


class HilError(Exception):
    """Base class: a problem the user can act on."""


class UnknownNameError(HilError):
    """A model, board, backend or suite name that is not registered."""

    def __init__(self, kind: str, name: str, known: list[str]):
        self.kind, self.name, self.known = kind, name, sorted(known)
        super().__init__(f"unknown {kind} {name!r}; known {kind}s: {', '.join(self.known)}")


class ModelFormatError(HilError):
    """A file that is not a valid TensorFlow Lite flatbuffer."""


class UnsupportedModelError(HilError):
    """A model that uses an op or parameter a backend cannot run."""


class ReferenceLimitError(UnsupportedModelError):
    """A model the TFLM reference interpreter cannot run: it trips a hard limit of TFLM's
    kernels (named with the operator, the tensor and the fix), or TFLM crashes on a file that
    LiteRT reads. `violations` lists what harness.model.limits found, if anything."""

    def __init__(self, message: str, violations: list | None = None):
        super().__init__(message)
        self.violations = list(violations or [])


class DatasetMissingError(HilError):
    """An optional data set that is neither cached nor downloadable."""


class BuildError(HilError):
    """Rendering or building firmware failed."""


class BoardError(HilError):
    """A board could not be found, started, flashed or reached."""


class BoardBusy(BoardError):
    """Another program (or another harness run) has the board's port open."""


class DeviceError(HilError):
    """The device answered wrongly or not at all."""

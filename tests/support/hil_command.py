"""Running `hil` as a user does: a separate process, its exit status and its two streams."""

from __future__ import annotations

import subprocess
import sys


def hil(*args, timeout: float = 900) -> subprocess.CompletedProcess:
    """`hil ARGS...` (paths and numbers are turned into text)."""
    return subprocess.run([sys.executable, "-m", "harness", *map(str, args)],
                          capture_output=True, text=True, timeout=timeout)

"""User-chosen names (a model's file name, a run label) end up in generated C, in file and folder
names and in HTML. Each place gets them through one of these functions: a name with control
characters is refused; otherwise it is made safe for the place, and two different names never
map to the same file."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from harness.errors import HilError

MAX_NAME_LENGTH = 128
_UNSAFE_IN_FILE_NAMES = re.compile(r"[^A-Za-z0-9_.-]+")


class BadNameError(HilError):
    """A name that cannot be used anywhere: control characters, empty, or far too long."""


def checked_name(kind: str, name: str) -> str:
    """`name` itself, or BadNameError naming what is wrong with it and the fix."""
    if not name or not name.strip():
        raise BadNameError(f"the {kind} is empty; give it a name")
    if len(name) > MAX_NAME_LENGTH:
        raise BadNameError(f"the {kind} {name[:40]!r}... is {len(name)} characters long; "
                           f"use at most {MAX_NAME_LENGTH}")
    control = [c for c in name if unicodedata.category(c).startswith("C")]
    if control:
        raise BadNameError(f"the {kind} {name!r} contains control characters "
                           f"({', '.join(sorted({repr(c) for c in control}))}); rename it "
                           "(e.g. the .tflite file) without line breaks or other control codes")
    return name


def file_name(name: str, limit: int = 64) -> str:
    """A file-name-safe form of `name`: letters, digits, `_ . -`; no leading dot, so never `..`.
    When cleaning changed the name, a digest of the original keeps distinct names distinct."""
    cleaned = _UNSAFE_IN_FILE_NAMES.sub("_", name).strip("._")
    if cleaned == name and len(name) <= limit:
        return name
    digest = hashlib.sha256(name.encode()).hexdigest()[:10]
    return f"{cleaned[:limit - 11] or 'name'}-{digest}"


def comment_text(text: str, limit: int = 120) -> str:
    """`text` safe inside a C block comment and on an INI comment line: printable ASCII on one
    line, with no `*/` or `/*` (other characters become `?`)."""
    printable = "".join(c if " " <= c <= "~" else "?" for c in str(text)[:limit])
    return printable.replace("*/", "*?").replace("/*", "?*")

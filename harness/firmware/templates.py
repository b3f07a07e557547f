"""The jinja2 environment for firmware/templates/: strict, with filters for C literals."""

from __future__ import annotations

from functools import cache

import jinja2

from harness import paths
from harness.names import comment_text


def c_string(text: str) -> str:
    """A C string literal of `text` (UTF-8; quotes, backslashes and non-ASCII escaped)."""
    parts = []
    for byte in text.encode():
        if chr(byte) in '"\\':
            parts.append("\\" + chr(byte))
        elif 32 <= byte < 127:
            parts.append(chr(byte))
        else:
            parts.append(f"\\{byte:03o}")  # octal escapes end after 3 digits, unlike \x
    return '"' + "".join(parts) + '"'


def hex_bytes(hex_digest: str) -> list[str]:
    """"a1b2..." -> ["0xa1", "0xb2", ...]."""
    return [f"0x{byte:02x}" for byte in bytes.fromhex(hex_digest)]


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(paths.firmware_dir() / "templates"),
        undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    env.filters.update(c_string=c_string, hex_bytes=hex_bytes, c_comment=comment_text)
    return env


def render(template: str, **context) -> str:
    return environment().get_template(template).render(**context)

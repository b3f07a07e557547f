"""The emulated boards' power switch, as labgrid's `rest` power model drives one over HTTP:
GET /power/<index> answers "1" or "0", PUT /power/<index> with "1" or "0" switches. Switching
on (re)starts the board's QEMU on the firmware a client staged; a power cycle is a reset.

The exporter publishes it as a NetworkPowerPort (model rest, host http://HOST:PORT/power/{index}),
so a client resets an emulated board exactly as it resets a real one behind a network switch.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from harness.boards.farm.emulated import EmulatedBoard
from harness.errors import HilError


class PowerSwitch:
    """An HTTP power switch for `boards` (index = position), listening on `host` at a free
    port until `close()`."""

    def __init__(self, boards: list[EmulatedBoard], host: str = "127.0.0.1"):
        self.boards = boards
        self._server = ThreadingHTTPServer((host, 0), _handler(boards))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        """The `host` template of the NetworkPowerPort resources."""
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/power/{{index}}"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def _handler(boards: list[EmulatedBoard]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            if (board := self._board()) is not None:
                self._answer(200, "1" if board.powered else "0")

        def do_PUT(self) -> None:  # noqa: N802
            board = self._board()
            length = int(self.headers.get("Content-Length") or 0)
            value = self.rfile.read(length).strip()
            if board is None:
                return
            if value not in (b"0", b"1"):
                self._answer(400, "send 0 or 1")
                return
            try:
                board.power(value == b"1")
            except HilError as exc:
                self._answer(409, str(exc))
                return
            self._answer(200, value.decode())

        def _board(self) -> EmulatedBoard | None:
            parts = self.path.strip("/").split("/")
            if len(parts) == 2 and parts[0] == "power" and parts[1].isdigit() \
                    and int(parts[1]) < len(boards):
                return boards[int(parts[1])]
            self._answer(404, f"no power port {self.path}; ports are /power/0../power/"
                              f"{len(boards) - 1}")
            return None

        def _answer(self, status: int, text: str) -> None:
            body = text.encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:  # quiet: the exporter's log is enough
            pass

    return Handler

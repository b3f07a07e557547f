"""Frames over any pyserial port (a UART, USB CDC, QEMU's socket, loop://), with deadlines."""

from __future__ import annotations

import time
from collections import deque

import serial

from harness.errors import BoardBusy, BoardError
from harness.protocol.errors import LinkError
from harness.protocol.frames import DELIMITER, Frame, FrameDecoder, Rejection, encode_frame

# Reads never block: a port read returns what has arrived, and an idle link is polled at growing
# intervals (0.1 ms up to 6.4 ms). Blocking reads cannot work for every transport alike: pyserial's
# socket:// reports at most 1 byte waiting, and an emulated UART sends its bytes one by one, so a
# blocking read gets one byte per system call.
_CHUNK = 65536
_MIN_IDLE_S = 0.0001
_MAX_IDLE_DOUBLINGS = 6

# hilfault://<url>#<faults> (harness/faults): any port behind a link that drops, corrupts and
# delays bytes on purpose. Only the package name is registered; pyserial imports it on first use.
if "harness.faults" not in serial.protocol_handler_packages:
    serial.protocol_handler_packages.append("harness.faults")


def open_port(url: str, baudrate: int = 115200) -> serial.SerialBase:
    """Opens a serial port or any pyserial URL (socket://, rfc2217://, loop://, spy://...).
    A local port is opened exclusively (a lock on the port that the OS drops when it closes or
    its process dies): a second harness run on the same board gets BoardBusy, not a share of
    its bytes."""
    local = "://" not in url
    try:
        return serial.serial_for_url(url, baudrate=baudrate, timeout=0,
                                     **({"exclusive": True} if local else {}))
    except (serial.SerialException, ValueError) as exc:
        if local and "exclusively lock" in str(exc):
            raise BoardBusy(f"board busy: {url} is in use by another program or harness run; "
                            "wait until it finishes (or close the serial monitor that holds it), "
                            "or choose another board") from None
        raise BoardError(f"cannot open {url}: {exc}; check the port name or URL "
                         "(`hil boards` lists the serial ports it finds)") from None


class FrameLink:
    """Sends frames, and hands out the frames and rejections received, one at a time."""

    def __init__(self, port: serial.SerialBase):
        self.port = port
        self.port.timeout = 0
        self._decoder = FrameDecoder()
        self._received: deque[Frame | Rejection] = deque()
        self.bytes_sent = self.bytes_received = 0  # on the wire, for the link's efficiency

    def send(self, frame: Frame) -> None:
        # The leading delimiter ends whatever partial frame noise may have left in the device's
        # decoder; the device skips the empty frame it makes otherwise.
        wire = DELIMITER + encode_frame(frame)
        try:
            self.port.write(wire)
            self.bytes_sent += len(wire)
        except (serial.SerialException, OSError) as exc:
            raise LinkError(f"writing to {self.port.name} failed: {exc}") from None

    def receive(self, deadline: float) -> Frame | Rejection | None:
        """The next frame or rejection, or None once `deadline` (time.monotonic) has passed."""
        idle = 0
        while not self._received:
            if time.monotonic() >= deadline:
                return None
            try:
                data = self.port.read(_CHUNK)
            except (serial.SerialException, OSError) as exc:
                raise LinkError(f"reading from {self.port.name} failed: {exc}") from None
            if data:
                self.bytes_received += len(data)
                self._received.extend(self._decoder.feed(data))
                idle = 0
            else:
                time.sleep(_MIN_IDLE_S * 2 ** idle)
                idle = min(idle + 1, _MAX_IDLE_DOUBLINGS)
        return self._received.popleft()

    def close(self) -> None:
        self.port.close()

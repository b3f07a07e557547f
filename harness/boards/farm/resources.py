"""What an acquired place offers, read from its labgrid resources.

- NetworkSerialPort (an exporter's RawSerialPort or USBSerialPort through ser2net): the link,
  `rfc2217://host:port` (pyserial's `ign_set_control`: ser2net does not acknowledge modem-line
  settings, as labgrid's own SerialDriver knows);
- NetworkPowerPort: the power switch that resets the board (any of labgrid's power models);
- RemoteTFTPProvider: the folder on the exporter host that an emulated board boots from;
- the place's tags: `board=NAME` (the board record), `serial=...` (the board's serial number).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from harness.boards.farm.coordinator import Coordinator, FarmError

_PORT_WAIT_S = 10.0  # ser2net starts when the exporter sees the place acquired


@dataclass(frozen=True)
class PowerPort:
    model: str  # labgrid's power backend, e.g. rest, gude, netio
    host: str
    index: str


@dataclass(frozen=True)
class PlaceLink:
    name: str
    board: str  # the board record's name, from the tag board=
    exporter: str
    host: str  # the exporter host that serves the serial port
    serial_url: str
    serial_path: str  # the port's device on the exporter host
    board_serial: str = ""  # from the tag serial=
    power: PowerPort | None = None
    firmware_folder: str | None = None  # an emulated board's folder on the exporter host


def place_link(session: Coordinator, name: str) -> PlaceLink:
    """The acquired place's link, power and firmware folder."""
    deadline = time.monotonic() + _PORT_WAIT_S
    while True:
        place = session.place(name)
        resources = {cls: (path[0], entry)
                     for (_, cls), entry in _resources(session, place).items()
                     for path in place.acquired_resources if path[2] == cls}
        serial = resources.get("NetworkSerialPort")
        if serial and serial[1].avail and serial[1].params.get("port"):
            return _link(place, resources)
        if time.monotonic() >= deadline:
            raise FarmError(f"place {name} offers no serial port (a NetworkSerialPort that is "
                            "available): check its exporter (labgrid-client -p "
                            f"{name} show)")
        time.sleep(0.2)


def _resources(session: Coordinator, place) -> dict:
    try:
        return session.session.get_target_resources(place)
    except Exception as exc:  # labgrid's ServerError: an exporter went away
        raise FarmError(f"place {place.name}: {exc}") from None


def _link(place, resources: dict) -> PlaceLink:
    exporter, serial = resources["NetworkSerialPort"]
    board = place.tags.get("board")
    if not board:
        raise FarmError(f"place {place.name} does not say which board it is: tag it with "
                        f"labgrid-client -p {place.name} set-tags board=NAME (`hil boards`)")
    params = serial.params
    power = resources.get("NetworkPowerPort")
    provider = resources.get("RemoteTFTPProvider")
    return PlaceLink(
        name=place.name, board=board, exporter=exporter, host=params["host"],
        serial_url=f"rfc2217://{params['host']}:{params['port']}?ign_set_control&timeout=10",
        serial_path=params.get("extra", {}).get("path", ""),
        board_serial=place.tags.get("serial", ""),
        power=PowerPort(power[1].params["model"], power[1].params["host"],
                        str(power[1].params["index"])) if power else None,
        firmware_folder=provider[1].params["internal"] if provider else None)

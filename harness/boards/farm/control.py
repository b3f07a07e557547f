"""Driving an acquired place: switching its power (labgrid's power backends) and staging
firmware in its folder on the exporter host (labgrid's ManagedFile: ssh/rsync into
/var/cache/labgrid on another host, a symlink in place on this one).

A failure here means the place itself went away (its exporter host or switch is unreachable):
PlaceLost, which a farm run answers by measuring the row on another place.
"""

from __future__ import annotations

import ipaddress
import socket
from importlib import import_module
from pathlib import Path

from labgrid.resource.provider import TFTPProvider
from labgrid.resource.remote import RemoteTFTPProvider
from labgrid.util.managedfile import ManagedFile

from harness.boards.farm.coordinator import FarmError
from harness.boards.farm.resources import PlaceLink, PowerPort

FIRMWARE_NAME = "firmware.elf"  # what an emulated board boots (harness.boards.farm.emulated)


class PlaceLost(FarmError):
    """The place stopped serving: its exporter, power switch or host went away."""


def set_power(place: PlaceLink, on: bool) -> None:
    """Switches the place's power port through labgrid's backend for its model."""
    if place.power is None:
        raise FarmError(f"place {place.name} has no power port (NetworkPowerPort), so the "
                        "harness cannot reset its board: add one to its exporter's config")
    try:
        _backend(place.power).power_set(*_address(place.power), place.power.index, on)
    except Exception as exc:  # requests' and the backends' own errors
        raise PlaceLost(f"place {place.name}: its power switch at {place.power.host} failed "
                        f"({type(exc).__name__}: {exc})") from None


def power_cycle(place: PlaceLink) -> None:
    set_power(place, False)
    set_power(place, True)


def stage_firmware(place: PlaceLink, firmware: Path) -> None:
    """Puts `firmware` where the place's emulated board boots from."""
    if place.firmware_folder is None:
        raise FarmError(f"place {place.name} has no firmware folder (TFTPProvider) on its "
                        "exporter: is it an emulated board served by `hil farm serve`?")
    folder = place.firmware_folder.rstrip("/")
    local = is_this_host(place.host)
    resource = (TFTPProvider(None, None, internal=folder, external=folder) if local else
                RemoteTFTPProvider(None, None, host=place.host, internal=folder,
                                   external=folder))
    try:
        ManagedFile(str(firmware), resource).sync_to_resource(symlink=f"{folder}/{FIRMWARE_NAME}")
    except Exception as exc:  # ssh, rsync and file errors
        raise PlaceLost(f"place {place.name}: cannot stage the firmware on {place.host} "
                        f"({type(exc).__name__}: {exc})") from None


def is_this_host(host: str) -> bool:
    """The exporter runs on this machine (no copy needed: the path is the same)."""
    if host in ("localhost", socket.gethostname(), socket.getfqdn()):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _backend(power: PowerPort):
    try:
        return import_module(f"labgrid.driver.power.{power.model}")
    except ImportError:
        raise FarmError(f"labgrid has no power backend {power.model!r}") from None


def _address(power: PowerPort) -> tuple[str, int | None]:
    """As labgrid's NetworkPowerDriver: a backend with a fixed PORT gets it, URL-style
    backends (rest, simplerest) get the URL alone."""
    return power.host, getattr(_backend(power), "PORT", None)

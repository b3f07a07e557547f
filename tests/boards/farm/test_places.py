"""Acquiring places on a labgrid coordinator: a held place, a coordinator that is down."""

import time

import pytest

from harness.boards.farm.coordinator import Coordinator, FarmError
from harness.boards.farm.place import PlaceBusy, acquired_place, parse_tags
from harness.protocol import DeviceSession

pytestmark = pytest.mark.emulator


@pytest.fixture(scope="module")
def sine_firmware(zoo_model):
    """The sine model's firmware for qemu-m4 (the built project)."""
    from harness.backends import get_backend
    from harness.boards import get_board
    from harness.measure import build_firmware, zoo_workload

    workload = zoo_workload(zoo_model("sine"), "int8", 8)
    return build_firmware(workload.model, workload.model_name, workload.variant,
                          get_board("qemu-m4"), get_backend("aot")).project


def test_a_tag_filter_or_a_place_name():
    assert parse_tags("board=qemu-m4") == {"board": "qemu-m4"}
    assert parse_tags("board=qemu-m4, serial=lab-1") == {"board": "qemu-m4", "serial": "lab-1"}
    assert parse_tags("lab-qemu-m4-0") == {"name": "lab-qemu-m4-0"}
    with pytest.raises(FarmError, match="tag filter"):
        parse_tags("board=a=b")


def test_a_coordinator_that_is_down_is_a_clear_error_at_once():
    from harness.boards.farm.loopback import free_port

    started = time.monotonic()
    with pytest.raises(FarmError, match="cannot reach the labgrid coordinator at 127.0.0.1"):
        Coordinator(f"127.0.0.1:{free_port()}")
    assert time.monotonic() - started < 10


@pytest.mark.slow
def test_a_place_that_never_frees_times_out_naming_its_holder(farm, sine_firmware):
    farm.exporter("lab", 1)
    with acquired_place(farm.address, {"board": "qemu-m4"}, wait=5) as held:
        assert held.name == "lab-qemu-m4-0" and held.serial_url.startswith("rfc2217://")
        started = time.monotonic()
        with pytest.raises(PlaceBusy) as error:
            with acquired_place(farm.address, {"name": "lab-qemu-m4-0"}, wait=2):
                pass
        assert time.monotonic() - started < 15
        assert "lab-qemu-m4-0 is held by" in str(error.value) and ".hil" in str(error.value)
        assert " since 20" in str(error.value)
    with acquired_place(farm.address, {"name": "lab-qemu-m4-0"}, wait=5) as again:
        assert again.board == "qemu-m4" and again.board_serial == "lab-0"


def test_the_protocol_runs_over_rfc2217_through_a_power_cycle(farm, sine_firmware):
    from harness.boards import get_board
    from harness.boards.runners import place_runner

    farm.exporter("lab", 1)
    with acquired_place(farm.address, {"board": "qemu-m4"}, wait=5) as place:
        runner = place_runner(get_board("qemu-m4"), place)
        with runner.running(sine_firmware) as url:
            for _ in range(2):  # before and after a reset through the power port
                with DeviceSession.open(url, timeout=5) as session:
                    info = session.connect(0)
                    payload = bytes(range(256)) * (info.max_payload // 256)
                    assert all(session.echo(payload) == payload for _ in range(10))
                runner.reset_in_place(url, "test", "")

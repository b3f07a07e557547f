"""pytest plugin: validate models on a board. `pytest --board nano33`, `pytest --board qemu-m4`.

Options (each also HIL_<NAME> in the environment, `hil_<name>` in the pytest ini file and
<name> in [tool.hil] of pyproject.toml): --board, --port, --backend, --models, --samples,
--results, --tflm, --place, --places, --wait, --coordinator. Tests marked `hil` run on the
chosen board and are skipped, with the reason, when it cannot be reached; a farm place asked for
(--place, --places, --lg-env) that cannot be had is an error instead. Tests marked `emulator`
need QEMU whatever the board.

A project tests its own models with `@pytest.mark.hil_model(...)` (harness.pytest_plugin.
user_models) and the fixtures `hil_result` (the measured row), `hil_device` (a connected
session with the model's firmware), `hil_workload` and `hil_firmware`; each model and variant
is built and measured once per session. A marked test fails when a check or budget fails.
"""

from __future__ import annotations

import shutil
from dataclasses import replace

import pytest

from harness.pytest_plugin.session import Case, HilSession, default_models
from harness.pytest_plugin.user_models import MARKER, user_model
from harness.settings import SETTINGS, resolve

_SESSION = pytest.StashKey[HilSession]()
_OPTIONS = ("board", "port", "backend", "models", "samples", "results", "tflm", "place",
            "places", "wait", "coordinator")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("hil", "hardware-in-the-loop")
    for name in _OPTIONS:
        group.addoption(f"--{name}", dest=f"hil_{name}", default=None, help=SETTINGS[name].help)
        parser.addini(f"hil_{name}", SETTINGS[name].help, default=None)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "hil: runs on the board chosen with --board")
    config.addinivalue_line("markers", "emulator: needs QEMU, whatever the board")
    config.addinivalue_line("markers", f"{MARKER}(path, inputs=..., labels=..., ...): a project's "
                                       "own model under test on the board (see the README)")
    config.stash[_SESSION] = _hil_session(config)


def _hil_session(config: pytest.Config) -> HilSession:
    """Resolves every option once; an unknown board or backend is a usage error."""
    from harness.backends import configured_backend
    from harness.boards import get_board
    from harness.errors import UnknownNameError
    from harness.settings import project_config, results_folder

    ini = {name: config.getini(f"hil_{name}") for name in _OPTIONS}
    files = {**project_config(config.rootpath), **{k: v for k, v in ini.items() if v}}
    values = {name: resolve(name, command_line=config.getoption(f"hil_{name}"), config=files)
              for name in _OPTIONS}
    try:
        board = get_board(values["board"])
        backend = configured_backend(values["backend"], values["tflm"])
    except UnknownNameError as exc:
        raise pytest.UsageError(str(exc)) from None
    models = _models(values["models"])
    return HilSession(board, backend, models, values["samples"],
                      results_folder(values["results"]), values["port"],
                      farm=_farm(config, values))


def _farm(config: pytest.Config, values: dict):
    """The labgrid place this session (or xdist worker) runs on: --place NAME, --places
    FILTER (each worker gets its own matching place), or the RemotePlace of labgrid's --lg-env;
    None for a local board."""
    from harness.pytest_plugin.farm import FarmChoice

    return FarmChoice.from_options(values, config.getoption("lg_env", None),
                                   config.getoption("lg_coordinator", None))


def _models(chosen) -> tuple[str, ...]:
    from harness.errors import UnknownNameError
    from harness.pipeline.recipe import get_recipe

    if not chosen:
        return default_models()
    try:
        return tuple(get_recipe(name).name for name in chosen)
    except UnknownNameError as exc:
        raise pytest.UsageError(str(exc)) from None


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    session = metafunc.config.stash[_SESSION]
    if "hil_case" in metafunc.fixturenames:
        marker = metafunc.definition.get_closest_marker(MARKER)
        cases = [_user_case(metafunc.config, marker)] if marker else session.cases()
        metafunc.parametrize("hil_case", cases, ids=[case.id for case in cases], scope="session")
    if "hil_zoo_model" in metafunc.fixturenames:
        metafunc.parametrize("hil_zoo_model", session.models, scope="session")


def _user_case(config: pytest.Config, marker: pytest.Mark) -> Case:
    from harness.errors import HilError
    from harness.settings import project_config

    defaults = project_config(config.rootpath).get("budgets", {})
    try:
        user = user_model(marker.args, marker.kwargs, config.rootpath, defaults)
    except HilError as exc:
        pytest.fail(str(exc), pytrace=False)
    samples = config.stash[_SESSION].samples
    return Case.of(user if user.samples or not samples else replace(user, samples=samples))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item):
    """A test of a project's own model fails when its row failed a check or a budget, whatever
    the test itself asserts."""
    outcome = yield
    case = getattr(item, "callspec", None) and item.callspec.params.get("hil_case")
    row = item.config.stash[_SESSION].rows.get(case) if case and case.user else None
    if outcome.excinfo is None and row is not None:
        failed = {name: verdict for name, verdict in row.checks.items()
                  if verdict.startswith("failed")}
        if failed:
            pytest.fail(f"{case.id} on {row.board}: " + "; ".join(
                f"{name} {verdict}" for name, verdict in failed.items()), pytrace=False)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Groups a model's tests together, so its firmware is built and started once; a test of a
    project's own model needs the board like any `hil` test."""
    for item in items:
        if item.get_closest_marker(MARKER):
            item.add_marker(pytest.mark.hil)
    def case_of(item) -> str:
        spec = getattr(item, "callspec", None)
        return spec.params["hil_case"].id if spec and "hil_case" in spec.params else ""

    items.sort(key=case_of)  # stable: unparametrized tests keep their order, first


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("hil"):
        session = item.config.stash[_SESSION]
        reason = session.unreachable_reason()
        if reason and session.farm:  # a place asked for by name or tags: an error, not absent
            pytest.fail(reason, pytrace=False)
        if reason:
            pytest.skip(reason)
    if item.get_closest_marker("emulator") and not shutil.which("qemu-system-arm"):
        pytest.skip("qemu-system-arm not found; run `make setup`")


def pytest_unconfigure(config: pytest.Config) -> None:
    session = config.stash.get(_SESSION, None)
    if session is not None:
        session.release_place()


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:
    from harness.pytest_plugin.summary import session_table

    session = config.stash.get(_SESSION, None)
    if session and session.rows:
        terminalreporter.section(f"hil results on {session.board.name}")
        for line in session_table(session):
            terminalreporter.write_line(line)


# Fixtures ---------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def hil(request) -> HilSession:
    """The session's board, backend, models and recorded rows."""
    return request.config.stash[_SESSION]


@pytest.fixture(scope="session")
def hil_board(hil):
    return hil.board


@pytest.fixture(scope="session")
def hil_artifacts(hil_case: Case):
    """The trained and converted zoo model of this case (cached on disk across sessions)."""
    from harness.pipeline.artifacts import prepare

    return prepare(hil_case.model)


@pytest.fixture(scope="session")
def hil_workload(hil, hil_case: Case):
    """The test split, the inputs in the model's dtype, and the host TFLM reference outputs."""
    return hil.workload(hil_case)


@pytest.fixture(scope="session")
def hil_firmware(hil, hil_case: Case):
    """The firmware of this case, rendered and built once (unsupported models skip, naming
    what the backend lacks)."""
    from harness.errors import UnsupportedModelError

    try:
        return hil.firmware(hil_case)
    except UnsupportedModelError as exc:
        pytest.skip(str(exc))


@pytest.fixture(scope="session")
def hil_result(hil, hil_case: Case, hil_firmware, record_testsuite_property):
    """The whole test split measured on the board, once per case; recorded at once, and its
    figures attached to the JUnit XML test suite as `<case>.<figure>` properties."""
    row = hil.result(hil_case)
    for key, value in _figures(row):
        record_testsuite_property(f"{hil_case.id}.{key}", value)
    return row


@pytest.fixture
def hil_device(hil, hil_firmware):
    """A connected session with the board running this case's firmware."""
    from harness.measure import board_runner
    from harness.protocol import DeviceSession

    runner = board_runner(hil.board, hil.port, place=hil.place())
    with runner.running(hil_firmware.project) as url, \
            DeviceSession.open(url, baudrate=hil.board.baudrate) as session:
        session.connect(5.0 if runner.announces_boot else 0,
                        expected_sha256=hil_firmware.project.sha256)
        yield session


@pytest.fixture
def hil_record(request, hil_result):
    """The case's result row; with junit_family xunit1 or legacy (the families that allow
    properties on test cases), also attached to this test's JUnit XML properties."""
    if request.config.getini("junit_family") in ("xunit1", "legacy"):
        record_property = request.getfixturevalue("record_property")
        for key, value in _figures(hil_result):
            record_property(key, value)
    return hil_result


def _figures(row) -> list[tuple[str, object]]:
    return [(key, value) for key, value in row.as_dict().items()
            if value not in (None, "") and key not in ("checks", "layers")]

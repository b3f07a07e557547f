"""The HTML report as people see it: loaded in headless Chromium (Debian's `chromium`), with no
console messages, every plot image present and decoded, every table fitting the page or
scrolling in its own box (the page itself never scrolls sideways); a screenshot of the
smoke-suite report is kept for CI under .hil/screenshots/ (HIL_HOME)."""

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from report_history import result_row, write_run

from harness import paths
from harness.report import render_report
from harness.results import ResultsStore

CHROMIUM = shutil.which("chromium")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (Debian "
                                "package `chromium`; scripts/system-packages.txt, make setup)")
_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
          "--allow-file-access-from-files", "--virtual-time-budget=5000")
# The report in a frame of a probe page (same folder, so file:// lets it look inside), as narrow
# as a laptop's half screen: after load, each image's alt text and whether it decoded, how far
# the page overflows sideways, and for each table its class, whether it fits its box and whether
# that box scrolls, go into attributes of the probe's body.
_PROBE = """<!DOCTYPE html><html><body>
<iframe id="r" src="report.html" style="width:640px;height:800px"></iframe><script>
window.addEventListener("load", () => {
  const doc = document.getElementById("r").contentDocument;
  const win = document.getElementById("r").contentWindow;
  const images = [...doc.images].map(i => [i.alt, i.complete && i.naturalWidth > 0]);
  const tables = [...doc.querySelectorAll("table")].map(t => [t.className,
    t.offsetWidth <= t.parentElement.clientWidth,
    ["auto", "scroll"].includes(win.getComputedStyle(t.parentElement).overflowX)]);
  const page = doc.scrollingElement;
  document.body.setAttribute("data-images", JSON.stringify(images));
  document.body.setAttribute("data-tables", JSON.stringify(tables));
  document.body.setAttribute("data-overflow", page.scrollWidth - page.clientWidth);
});
</script></body></html>"""
_CONSOLE = re.compile(r"CONSOLE.*")


@pytest.fixture(scope="module")
def smoke_report(tmp_path_factory) -> Path:
    """The report of two runs of the smoke suite (synthetic rows through the real store)."""
    store = ResultsStore(tmp_path_factory.mktemp("history"))
    write_run(store, [result_row("sine"), result_row("digits_mlp")])
    write_run(store, [result_row("sine"), result_row("digits_mlp", latency_median=12_500.0)])
    out = tmp_path_factory.mktemp("report")
    return render_report(store.history(), out, artifacts=out / "none").html


def _probed(smoke_report: Path, attribute: str):
    """What the probe page recorded in its body's `attribute` (JSON)."""
    probe = smoke_report.with_name("probe.html")
    probe.write_text(_PROBE)
    result = _chromium("--dump-dom", probe.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    found = re.search(rf'data-{attribute}="([^"]*)"', result.stdout)
    assert found, "the probe page did not finish loading the report"
    return json.loads(html.unescape(found.group(1))), result


def _chromium(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, *_FLAGS, "--enable-logging=stderr", "--v=0", *arguments],
                          capture_output=True, text=True, timeout=120)


def test_the_report_loads_without_console_messages_and_every_image_decodes(smoke_report):
    images, result = _probed(smoke_report, "images")
    embedded = smoke_report.read_text().count('<img src="data:image/png;base64,')
    assert len(images) == embedded >= 4
    assert all(decoded for _, decoded in images), images
    assert _CONSOLE.findall(result.stderr) == []


def test_tables_fit_or_scroll_in_their_own_box_and_the_page_never_scrolls_sideways(
        smoke_report):
    tables, result = _probed(smoke_report, "tables")
    overflow = int(re.search(r'data-overflow="(-?\d+)"', result.stdout).group(1))
    assert overflow <= 0
    assert len(tables) >= 2 and all(fits or scrolls for _, fits, scrolls in tables), tables
    assert any(not fits for _, fits, _ in tables)  # at 640 px the results table is wider


def test_a_screenshot_of_the_smoke_report_is_kept(smoke_report):
    shot = paths.state_dir() / "screenshots" / "smoke-report.png"
    shot.parent.mkdir(parents=True, exist_ok=True)
    shot.unlink(missing_ok=True)
    result = _chromium(f"--screenshot={shot}", "--window-size=1280,2400", smoke_report.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000

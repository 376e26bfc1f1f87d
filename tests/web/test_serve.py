"""`smart-tui serve` driven from a real headless browser: Debian's chromium through Playwright.

No browser is downloaded: Playwright's Python API drives ``/usr/bin/chromium`` (``.ci/run``
installs the ``chromium`` package when it is missing). Every request goes to loopback.

Reading the terminal: textual-serve's xterm.js draws on a canvas, so there is no text in
the DOM. An init script, run before the page's own scripts, records every object that sets
xterm's ``_core`` property (the public ``Terminal`` does, in its constructor); the test then
reads the lines xterm holds in ``buffer.active`` — exactly what the canvas shows — with
xterm's public ``translateToString``. That needs no change to the served page and no OCR.
"""

from __future__ import annotations

import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from smart_tui.demo import demo_snapshot
from smart_tui.storage import Store
from tests.conftest import TODAY
from tests.helpers import sha256

CHROMIUM = Path("/usr/bin/chromium")
WAIT_MS = 20_000
LOOPBACK = {"127.0.0.1", "localhost", "::1"}

CAPTURE_TERMINAL = """
window.__terminals = [];
Object.defineProperty(Object.prototype, "_core", {
  configurable: true,
  set(value) {
    Object.defineProperty(this, "_core", {value, writable: true, configurable: true});
    window.__terminals.push(this);
  },
});
"""
SCREEN_TEXT = """() => {
  const term = (window.__terminals || []).find(t => t.buffer && t.buffer.active);
  if (!term) return "";
  const buffer = term.buffer.active, lines = [];
  for (let row = 0; row < term.rows; row++) {
    const line = buffer.getLine(buffer.viewportY + row);
    lines.push(line ? line.translateToString(true) : "");
  }
  return lines.join("\\n");
}"""


def free_port() -> int:
    """A port free on every address (the token test binds 0.0.0.0)."""
    with socket.socket() as probe:
        probe.bind(("0.0.0.0", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def shop_db(tmp_path) -> Path:
    path = tmp_path / "shop.db"
    store = Store.open(path, backups=False)
    store.import_snapshot(demo_snapshot(TODAY, "en"))
    store.close()
    return path


class Served:
    def __init__(self, process: subprocess.Popen[str], url: str, port: int) -> None:
        self.process, self.url, self.port = process, url, port
        self.output: list[str] = []


@contextmanager
def serve(db: Path, *options: str, host: str = "127.0.0.1") -> Iterator[Served]:
    """``smart-tui serve`` in a subprocess, stopped with Ctrl+C (SIGINT) at the end."""
    port = free_port()
    env = {**os.environ, "SMART_TUI_TODAY": TODAY.isoformat(), "TEXTUAL_ANIMATIONS": "none"}
    process = subprocess.Popen(
        [sys.executable, "-m", "smart_tui", "serve", "--db", str(db), "--lang", "en",
         "--host", host, "--port", str(port), *options],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )
    lines: queue.Queue[str] = queue.Queue()
    assert process.stdout is not None
    reader = threading.Thread(target=lambda: [lines.put(x) for x in process.stdout], daemon=True)
    reader.start()
    output: list[str] = []
    try:
        while True:
            line = lines.get(timeout=30)
            output.append(line)
            if "open in the browser at: " in line:
                break
        served = Served(process, line.split("at: ", 1)[1].strip(), port)
        served.output = output
        yield served
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
        reader.join(timeout=5)
        while not lines.empty():
            output.append(lines.get())


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is needed for this test: apt-get install chromium "
                    "(.ci/run installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        yield chromium
        chromium.close()


@contextmanager
def open_page(browser, url: str) -> Iterator[tuple[object, list[str]]]:
    """A fresh tab on ``url``; yields the page and every URL it asked for (HTTP and WebSocket)."""
    context = browser.new_context(viewport={"width": 1200, "height": 760}, accept_downloads=True)
    page = context.new_page()
    asked: list[str] = []
    context.on("request", lambda request: asked.append(request.url))  # popups included
    page.on("websocket", lambda websocket: asked.append(websocket.url))
    page.add_init_script(CAPTURE_TERMINAL)
    try:
        page.goto(url)
        yield page, asked
    finally:
        context.close()


def wait_for_text(page, text: str) -> str:
    page.wait_for_function(f"([text]) => ({SCREEN_TEXT})().includes(text)", arg=[text],
                           timeout=WAIT_MS)
    return str(page.evaluate(SCREEN_TEXT))


def press(page, key: str) -> None:
    page.focus(".xterm-helper-textarea")  # xterm's keyboard input; a click would be a mouse event
    page.keyboard.press(key)



def assert_loopback_only(asked: list[str]) -> None:
    assert asked, "the page asked for nothing"
    outside = [url for url in asked if urlsplit(url).hostname not in LOOPBACK]
    assert not outside, f"requests left the machine: {outside}"


def test_dashboard_goal_card_and_back_in_a_browser_tab(browser, shop_db, tmp_path):
    with serve(shop_db) as served:
        assert served.url == f"http://127.0.0.1:{served.port}/"  # no token on loopback
        with open_page(browser, served.url) as (page, asked):
            screen = wait_for_text(page, "Priority 1 · Win new customers on the online shop")
            assert "Grow visits from organic search by 30%" in screen
            assert page.title() == "Atelier Lumière (hand-made candles, Lyon) · smart-tui"
            press(page, "Enter")  # open the highlighted goal's card
            card = wait_for_text(page, "Milestone plan")
            assert "Trajectory" in card and "Priority 1 ·" not in card
            press(page, "Escape")
            wait_for_text(page, "Priority 1 · Win new customers on the online shop")
            shot = tmp_path / "dashboard.png"
            page.screenshot(path=str(shot))
            assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
            assert_loopback_only(asked)
            assert any(url.startswith("ws://127.0.0.1") for url in asked)
            served.process.send_signal(signal.SIGINT)  # Ctrl+C with the tab still open
            served.process.wait(timeout=30)
            page.wait_for_selector("body.-closed", timeout=WAIT_MS)  # "Session ended."
    assert served.process.returncode == 0  # a clean stop
    assert "Server stopped." in "".join(served.output)
    assert "Traceback" not in "".join(served.output)


def test_read_only_refuses_a_write_and_leaves_the_database_unchanged(browser, shop_db):
    before = sha256(shop_db)
    with serve(shop_db, "--read-only") as served, open_page(browser, served.url) as (page, asked):
        screen = wait_for_text(page, "Priority 1 · Win new customers on the online shop")
        assert "read-only" in screen
        press(page, "l")  # log a checkpoint on the highlighted goal: refused, said so
        wait_for_text(page, "this action would change the data")
        press(page, "Enter")
        wait_for_text(page, "Milestone plan")
        card = wait_for_text(page, "esc Back")  # the card's footer, drawn
        footer = next(line for line in card.splitlines() if "esc Back" in line)
        assert "Log" not in footer and "Status" not in footer and "Edit" not in footer
        press(page, "t")  # change the goal's status: refused, no dialog opens
        press(page, "Escape")  # so this goes back to the dashboard
        assert "Current status:" not in wait_for_text(page, "Priority 1 · Win new customers")
        press(page, "e")  # export stays: the roadmap downloads in the browser
        wait_for_text(page, "Export")
        delivered: list[tuple[dict[str, str], bytes]] = []

        def keep(route) -> None:  # textual.js opens a tab on the download, closed at once
            answer = route.fetch()
            delivered.append((answer.headers, answer.body()))
            route.fulfill(response=answer)

        page.context.route("**/download/**", keep)
        press(page, "Control+s")
        wait_for_text(page, "is sent to your browser")
        for _ in range(WAIT_MS // 100):
            if delivered:
                break
            page.wait_for_timeout(100)
        assert delivered, "the export was not sent to the browser"
        headers, body = delivered[0]
        assert "attachment" in headers["content-disposition"]
        roadmap = body.decode("utf-8")
        assert roadmap.startswith("#") and "Atelier Lumière" in roadmap
        assert_loopback_only(asked)
    assert sha256(shop_db) == before
    assert not (Path(os.environ["HOME"]) / "Documents").exists()  # nothing on the server's disk


def test_beyond_loopback_every_request_needs_the_token(browser, shop_db):
    with serve(shop_db, host="0.0.0.0") as served:
        token = served.url.split("?token=", 1)[1]
        assert len(token) >= 32
        base = f"http://127.0.0.1:{served.port}"
        for path in ("/", "/static/js/textual.js", "/ws", f"/?token={token[:-1]}x"):
            with pytest.raises(urllib.error.HTTPError, match="403") as refused:
                urllib.request.urlopen(base + path, timeout=10)
            assert "Access denied" in refused.value.read().decode(), path
        with urllib.request.urlopen(f"{base}/?token={token}", timeout=10) as answer:
            assert answer.status == 200
        # the browser opens the link once; the cookie it gets carries the WebSocket
        with open_page(browser, f"{base}/?token={token}") as (page, asked):
            wait_for_text(page, "Priority 1 · Win new customers on the online shop")
            assert_loopback_only(asked)
    assert served.process.returncode == 0

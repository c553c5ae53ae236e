"""Time from app start to the map drawn in a real browser, and the server's peak memory.

    python -m bench.browser STORE [--label NAME] [--timeout 240]

Launches Chromium (Playwright, /usr/bin/chromium) first, then starts
``streamlit run app.py --server.headless true`` on a free port with ``GEO_STORE=STORE`` and
starts the clock. It waits for the health endpoint, opens the page, waits for the deck.gl
canvas, then screenshots the chart until event colours appear (pixels far from the grey
basemap). After the map is drawn it reads the server's peak memory (VmHWM). Prints one
JSON line; saves the screenshot under bench/out/.

Along the way it notes milestones (the page's requests for the chart's code, and, through a
small script in the page, when deck.gl creates its WebGL context and issues its first draw
call). ``phases`` lists them in the order they happened, each phase running from the previous
milestone to its own, so the phases follow one another and add up to the first-map time.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from bench.common import OUT, ROOT, emit, vm_hwm_mb

CHROMIUM = os.environ.get("GEO_CHROMIUM", "/usr/bin/chromium")
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--enable-unsafe-swiftshader",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--no-first-run"]
MAP_SELECTOR = "[data-testid='stDeckGlJsonChart'] canvas"
CHART_SELECTOR = "[data-testid='stDeckGlJsonChart']"
#: A pixel counts as an event when its colour channels spread more than this (the basemap is grey).
SATURATION = 70
#: ... and the map counts as drawn when at least this many such pixels show.
MIN_EVENT_PIXELS = 30
#: The event type picked in the sidebar for the filter-change measurement (its label).
FILTER_TYPE_LABEL = "Armed clash"

#: Put in the page before it loads: the wall-clock time (ms since the epoch) of the first
#: WebGL context, of the first WebGL draw call and of the second animation frame after it
#: (the frame with that draw is done by then). It only records; it changes no drawing.
MILESTONE_SCRIPT = """
(() => {
  const seen = window.__geoBench = {};
  const mark = (name) => { if (!(name in seen)) seen[name] = performance.timeOrigin + performance.now(); };
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    if (String(type).startsWith("webgl")) mark("webgl_context");
    return getContext.call(this, type, ...rest);
  };
  for (const gl of [window.WebGL2RenderingContext, window.WebGLRenderingContext]) {
    for (const name of ["drawArrays", "drawElements", "drawArraysInstanced", "drawElementsInstanced"]) {
      const draw = gl && gl.prototype[name];
      if (draw) gl.prototype[name] = function (...args) {
        if (!("first_draw" in seen)) {
          mark("first_draw");
          // Two animation frames on, the frame with this draw has been committed: the page
          // waits for the GPU process's pixels of the WebGL canvas before that.
          requestAnimationFrame(() => requestAnimationFrame(() => mark("first_frame_done")));
        }
        return draw.apply(this, args);
      };
    }
  }
})();
"""

#: Milestones of the first map, by the name the result uses, and what each marks.
MILESTONES = {
    "server_ready_s": "server process start to healthy (Python imports, Streamlit start)",
    "page_loaded_s": "page HTML and Streamlit's JavaScript (DOMContentLoaded)",
    "deck_js_requested_s": "page connects; first script run until its map element arrives (the page asks for deck.gl's code)",
    "deck_js_loaded_s": "until deck.gl's code has arrived",
    "count_shown_s": "until the event count shows (the run with the events has arrived)",
    "webgl_js_loaded_s": "until the WebGL device code has arrived (deck.gl's code starting; the page's other elements)",
    "webgl_context_s": "until deck.gl creates its WebGL context",
    "first_draw_s": "until deck.gl's first draw call (layers built, shaders handed to the GPU process)",
    "first_frame_done_s": "until that frame is done (SwiftShader compiles the shaders and draws on the CPU)",
    "map_drawn_s": "until a screenshot shows event colours",
}


def phases(result: dict) -> list[tuple[str, float, float]]:
    """The milestones in ``result`` in the order they happened, as (what, from, to) phases:
    each starts where the previous one ended, so together they cover 0 to ``map_drawn_s``."""
    end = result["map_drawn_s"]
    marks = sorted((result[k], k) for k in MILESTONES if k in result and k != "map_drawn_s"
                   and 0 <= result[k] <= end)
    out, last = [], 0.0
    for t, key in marks + [(end, "map_drawn_s")]:
        out.append((MILESTONES[key], last, t))
        last = t
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def event_pixels(png: bytes) -> int:
    """Pixels whose colour channels spread more than SATURATION (event colours, not grey)."""
    from PIL import Image, ImageChops

    r, g, b = Image.open(io.BytesIO(png)).convert("RGB").split()
    spread = ImageChops.subtract(ImageChops.lighter(ImageChops.lighter(r, g), b),
                                 ImageChops.darker(ImageChops.darker(r, g), b))
    return sum(spread.histogram()[SATURATION + 1:])


def _chart_key(page) -> str | None:
    """The chart's widget key as the page shows it (Streamlit's ``st-key-<key>`` class)."""
    return page.locator(CHART_SELECTOR).first.evaluate(
        "e => { const c = e.closest('[class*=\"st-key-\"]');"
        " return c ? [...c.classList].find(k => k.startsWith('st-key-')).slice(7) : null; }")


def filter_change(page, count_before: str | None, map_before: bytes, deadline: float) -> dict:
    """Pick one event type in the sidebar as an analyst would; time until the count line
    changes (the server's rerun arrived) and until the map shows a different picture."""
    from playwright.sync_api import Error as PlaywrightError

    chart_before = page.locator(CHART_SELECTOR).first.element_handle()
    key_before = _chart_key(page)
    field = page.locator(".st-key-f_types input").first
    field.click()
    page.keyboard.type(FILTER_TYPE_LABEL)
    page.get_by_role("option", name=FILTER_TYPE_LABEL).first.wait_for(timeout=10_000)
    t0 = time.perf_counter()
    page.keyboard.press("Enter")
    page.wait_for_function(
        "(before) => { const m = document.body.innerText.match(/[\\d,]+ of [\\d,]+ events/);"
        " return m && m[0] !== before; }", arg=(count_before or "").strip(), timeout=60_000)
    out: dict = {"filter_count_s": time.perf_counter() - t0}
    while time.perf_counter() < deadline:
        try:
            png = page.locator(CHART_SELECTOR).first.screenshot(timeout=5_000)
        except PlaywrightError:          # the chart is being replaced
            continue
        if png != map_before and event_pixels(png) >= MIN_EVENT_PIXELS:
            out["filter_map_s"] = time.perf_counter() - t0
            break
    out["filter_chart_remounted"] = not chart_before.evaluate("e => e.isConnected")
    out["filter_chart_key"] = [key_before, _chart_key(page)]
    page.keyboard.press("Escape")
    return out


def measure(store: Path, label: str, timeout: float, interact: bool = False) -> dict:
    try:
        from playwright.sync_api import TimeoutError as PlaywrightTimeout
        from playwright.sync_api import sync_playwright
    except ImportError:
        return {"unavailable": "the playwright Python package is not installed"}
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        return {"unavailable": f"no Chromium at {CHROMIUM}"}
    if not (ROOT / "app.py").exists():
        return {"unavailable": "app.py is not there"}
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "GEO_STORE": str(store), "PYTHONUNBUFFERED": "1"}
    result: dict = {"store": str(store), "label": label}
    with sync_playwright() as p:
        t_launch = time.perf_counter()
        browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        result["browser_launch_s"] = time.perf_counter() - t_launch
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        # When the deck.gl code and its WebGL device code arrive (names of Streamlit's chunks).
        chunks: dict[str, float] = {}

        def arrived(request) -> None:
            for marker, key in (("DeckGlJsonChart", "deck_js_loaded_s"), ("webgl-device", "webgl_js_loaded_s")):
                if marker in request.url and request.url.endswith(".js") and key not in chunks:
                    chunks[key] = time.perf_counter() - t0

        def asked(request) -> None:
            if "DeckGlJsonChart" in request.url and "deck_js_requested_s" not in chunks:
                chunks["deck_js_requested_s"] = time.perf_counter() - t0

        page.on("request", asked)
        page.on("requestfinished", arrived)
        page.add_init_script(MILESTONE_SCRIPT)
        log = open(OUT / f"streamlit_{label}.log", "w")
        t0 = time.perf_counter()
        t0_wall = time.time()
        server = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"),
             "--server.headless", "true", "--server.port", str(port),
             "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
             "--server.fileWatcherType", "none"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = t0 + timeout
            while True:
                if server.poll() is not None:
                    return {"error": f"streamlit exited with {server.returncode}; see {log.name}"}
                try:
                    with urllib.request.urlopen(url + "/_stcore/health", timeout=1) as resp:
                        if resp.status == 200:
                            break
                except OSError:
                    pass
                if time.perf_counter() > deadline:
                    return {"error": "server not healthy before the timeout"}
                time.sleep(0.05)
            result["server_ready_s"] = time.perf_counter() - t0
            page.goto(url + "/", wait_until="domcontentloaded")
            result["page_loaded_s"] = time.perf_counter() - t0
            page.get_by_text(re.compile(r"[\d,]+ of [\d,]+ events")).first.wait_for(
                timeout=max(1.0, deadline - time.perf_counter()) * 1000)
            result["count_shown_s"] = time.perf_counter() - t0
            canvas = page.locator(MAP_SELECTOR).first
            try:
                canvas.wait_for(timeout=max(1.0, deadline - time.perf_counter()) * 1000)
            except PlaywrightTimeout:
                shot = OUT / f"browser_{label}_failed.png"
                page.screenshot(path=str(shot), full_page=True)
                return {**result, "error": f"no map canvas within {timeout:.0f} s; page: {shot}; "
                                          f"text: {page.inner_text('body')[:300]!r}"}
            result["canvas_s"] = time.perf_counter() - t0
            chart = page.locator(CHART_SELECTOR).first
            drawn = 0
            shots = 0
            while time.perf_counter() < deadline:
                png = chart.screenshot(timeout=30_000)
                shots += 1
                drawn = event_pixels(png)
                if drawn >= MIN_EVENT_PIXELS:
                    break
                time.sleep(0.1)
            if drawn < MIN_EVENT_PIXELS:
                return {**result, "error": f"no events drawn within {timeout:.0f} s"}
            result["map_drawn_s"] = time.perf_counter() - t0
            result.update(chunks)
            in_page = page.evaluate("() => window.__geoBench || {}")
            for name, epoch_ms in in_page.items():
                result[f"{name}_s"] = epoch_ms / 1000 - t0_wall
            result["phases"] = phases(result)
            result["event_pixels"] = drawn
            result["screenshots"] = shots
            shot = OUT / f"browser_{label}.png"
            shot.write_bytes(png)
            result["screenshot"] = str(shot.relative_to(ROOT))
            # Let the session settle (table, timeline) before reading the server's peak memory.
            time.sleep(2)
            result["server_peak_rss_mb"] = vm_hwm_mb(server.pid)
            text = page.inner_text("body")
            result["count_line"] = next((line for line in text.splitlines() if " events" in line
                                         and " of " in line), None)
            if interact:
                result.update(filter_change(page, result["count_line"], png, deadline=time.perf_counter() + 120))
        finally:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
            log.close()
            browser.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store")
    parser.add_argument("--label", default="store")
    parser.add_argument("--timeout", type=float, default=240)
    parser.add_argument("--interact", action="store_true",
                        help="after the first map, pick an event type and time the map's update")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    emit(measure(Path(args.store).resolve(), args.label, args.timeout, args.interact))


if __name__ == "__main__":
    main()

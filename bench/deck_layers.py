"""Which of the app's map layers cost the browser time on the first draw.

    python -m bench.deck_layers STORE [--repeats 2]

Takes the deck spec the app sends for STORE (through AppTest), saves it whole and with
groups of layers left out (text labels, basemap, everything but the events), and draws each
in a bare page (``bench/deck_page.py``) in a fresh Chromium, timing from opening the page to
event colours on the canvas. The server is already warm, so the times are the browser's.
Prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from bench.browser import (CHART_SELECTOR, CHROMIUM, LAUNCH_ARGS, MAP_SELECTOR, MIN_EVENT_PIXELS,
                           event_pixels, free_port)
from bench.common import OUT, ROOT, emit

EVENT_LAYERS = {"events", "cells"}


def app_spec(store: Path) -> dict:
    """The deck spec the app draws for ``store`` with no filters."""
    os.environ["GEO_STORE"] = str(store)
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
    at.run()
    charts = at.get("deck_gl_json_chart")
    if not charts:
        raise RuntimeError("the app drew no map")
    return json.loads(charts[0].proto.json)


def variants(spec: dict) -> dict[str, dict]:
    """The spec whole and with groups of layers left out."""
    layers = spec.get("layers", [])

    def keep(pred) -> dict:
        return {**spec, "layers": [layer for layer in layers if pred(layer)]}

    return {
        "all_layers": spec,
        "without_text_labels": keep(lambda l: l.get("@@type") != "TextLayer"),
        "without_basemap": keep(lambda l: l.get("@@type") != "GeoJsonLayer"),
        "events_only": keep(lambda l: l.get("id") in EVENT_LAYERS),
    }


def draw_time(url: str) -> float:
    """Seconds from opening ``url`` in a fresh browser to event colours on the map."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            t0 = time.perf_counter()
            page.goto(url, wait_until="domcontentloaded")
            page.locator(MAP_SELECTOR).first.wait_for(timeout=120_000)
            chart = page.locator(CHART_SELECTOR).first
            while event_pixels(chart.screenshot(timeout=30_000)) < MIN_EVENT_PIXELS:
                if time.perf_counter() - t0 > 120:
                    raise RuntimeError(f"nothing drawn at {url}")
            return time.perf_counter() - t0
        finally:
            browser.close()


def measure(store: Path, repeats: int) -> dict:
    if not (ROOT / "app.py").exists():
        return {"unavailable": "app.py is not there"}
    spec = app_spec(store)
    sets = variants(spec)
    OUT.mkdir(parents=True, exist_ok=True)
    for name, deck in sets.items():
        (OUT / f"deck_{name}.json").write_text(json.dumps(deck))
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with open(OUT / "streamlit_deck_layers.log", "w") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(ROOT / "bench" / "deck_page.py"),
             "--server.headless", "true", "--server.port", str(port), "--server.address", "127.0.0.1",
             "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=log, stderr=subprocess.STDOUT)
        try:
            for _ in range(600):
                try:
                    with urllib.request.urlopen(url + "/_stcore/health", timeout=1):
                        break
                except OSError:
                    time.sleep(0.1)
            draw_time(f"{url}/?spec=events_only")          # warm the server's first run
            out: dict = {"store": str(store), "variants": {}}
            for name, deck in sets.items():
                times = [draw_time(f"{url}/?spec={name}") for _ in range(repeats)]
                out["variants"][name] = {
                    "seconds": min(times), "all_seconds": times,
                    "layers": [f"{l.get('@@type')}:{l.get('id')}" for l in deck.get("layers", [])],
                    "bytes": len(json.dumps(deck))}
            return out
        finally:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store")
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    emit(measure(Path(args.store).resolve(), args.repeats))


if __name__ == "__main__":
    main()

"""The real app in a real browser: open a shared URL, read the count, click an event.

Runs ``streamlit run app.py`` headless against a store (the bundled sample's store when
it has been built, or a small store written here) and drives Debian's Chromium through
Playwright. Screenshots go to ``$GEO_SCREENSHOT_DIR`` (default: the test's tmp folder).
"""

from __future__ import annotations

import math
import os
import shutil
import time
from datetime import date
from pathlib import Path

import pandas as pd

import pytest

from apphelpers import EVENTS, running_app, sample_store, write_store
from geo import mapview
from geo.filters import FilterState
from geo.store import load_store

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("GEO_CHROMIUM", "/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox", "--disable-gpu", "--enable-unsafe-swiftshader",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--no-first-run",
]
MAP_SELECTOR = "[data-testid='stDeckGlJsonChart'] canvas"


try:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
except ImportError:  # the tests skip (or fail under CI) in _browser_or_skip
    PlaywrightTimeout = TimeoutError


def _browser_or_skip():
    """Playwright's sync API and a Chromium binary; fail under CI, skip elsewhere."""
    reason = None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        reason = "the playwright Python package is not installed"
        sync_playwright = None
    if reason is None and not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        reason = f"no Chromium at {CHROMIUM} (apt-get install chromium, or set GEO_CHROMIUM)"
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"browser test cannot run under CI: {reason}")
        pytest.skip(reason)
    return sync_playwright


def _screenshot_dir(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("GEO_SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _pixel(view: mapview.View, lon: float, lat: float, width: float, height: float) -> tuple[float, float]:
    """Where (lon, lat) lands on a Web-Mercator canvas of width×height showing ``view``."""

    def world(lon_: float, lat_: float) -> tuple[float, float]:
        scale = 512 * 2**view.zoom
        x = (lon_ + 180) / 360 * scale
        y = (1 - math.log(math.tan(math.pi / 4 + math.radians(lat_) / 2)) / math.pi) / 2 * scale
        return x, y

    cx, cy = world(view.longitude, view.latitude)
    px, py = world(lon, lat)
    return width / 2 + (px - cx), height / 2 + (py - cy)


def _hover(page, x: float, y: float):
    """Move the mouse to (x, y) until deck.gl shows its tooltip there; return the tooltip."""
    tooltip = page.locator(".deck-tooltip")
    for attempt in range(10):
        page.mouse.move(x + attempt % 2, y)
        try:
            tooltip.wait_for(state="visible", timeout=2_000)
            return tooltip
        except PlaywrightTimeout:
            continue
    raise AssertionError(f"no tooltip at ({x:.0f}, {y:.0f}): the map shows no event there")


def _click_and_read_details(page, view: mapview.View, lon: float, lat: float) -> str:
    """Click (lon, lat) on the map drawn with ``view``; return the details panel's text."""
    canvas = page.locator(MAP_SELECTOR).first
    canvas.scroll_into_view_if_needed()
    time.sleep(0.5)
    box = canvas.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 300
    x, y = _pixel(view, lon, lat, box["width"], box["height"])
    assert 0 < x < box["width"] and 0 < y < box["height"], (x, y, box)
    # Hover until deck.gl picks the event, then click. On a busy machine a click can still
    # be lost; click again only when no run has recorded an event in the URL meanwhile.
    details = page.locator(".st-key-details")
    for _ in range(3):
        _hover(page, box["x"] + x, box["y"] + y)
        page.mouse.click(box["x"] + x, box["y"] + y)
        try:
            details.wait_for(timeout=20_000)
            return details.inner_text()
        except PlaywrightTimeout:
            if "event=" in page.url:
                details.wait_for(timeout=30_000)
                return details.inner_text()
    raise AssertionError("clicking the event did not open its details")


def _open(page, url: str, query: str, count_text: str) -> None:
    page.goto(url + "/" + query)
    page.get_by_text(count_text).wait_for(timeout=60_000)
    page.locator(MAP_SELECTOR).first.wait_for(timeout=60_000)
    time.sleep(3)  # let deck.gl draw its first frames through SwiftShader


def _launch(p):
    return p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)


def test_shared_url_shows_filtered_map_and_click_opens_details(tmp_path: Path) -> None:
    sync_playwright = _browser_or_skip()
    store = write_store(tmp_path / "store")
    query = "?from=2009-10-01&to=2009-10-31&type=bombing,armed_clash&country=PK"
    events = load_store(store).events
    state = FilterState(date_from=date(2009, 10, 1), date_to=date(2009, 10, 31),
                        types=("bombing", "armed_clash"), countries=("PK",))
    expected = int(state.mask(events).sum())
    target = next(e for e in EVENTS if e["event_id"] == "ev-peshawar-1")
    shots = _screenshot_dir(tmp_path)

    with running_app(store) as url, sync_playwright() as p:
        browser = _launch(p)
        try:
            page = browser.new_page(viewport={"width": 1500, "height": 1100})
            outside: list[str] = []
            page.on("request", lambda r: outside.append(r.url)
                    if not r.url.startswith((url, "data:", "blob:")) else None)
            _open(page, url, query, f"{expected} of {len(events)} events")
            page.screenshot(path=str(shots / "shared-url.png"), full_page=True)
            with page.expect_download(timeout=30_000) as download:
                page.get_by_role("button", name="Download these events (CSV)").click()
            csv = pd.read_csv(download.value.path())
            assert set(csv["event_id"]) == set(state.apply(events)["event_id"].astype(str))
            assert "sentence" in csv.columns and "sentence_start" not in csv.columns
            # The app fits its view to the filtered events for a 640 px wide map.
            view = mapview.fit_view(state.apply(events), width=640, height=560)
            text = _click_and_read_details(page, view, target["lon"], target["lat"])
            assert target["sentence"] in text
            assert "Khyber Pakhtunkhwa" in text and "at least 105" in text
            page.wait_for_function(
                "() => window.location.search.includes('event=ev-peshawar-1')", timeout=15_000
            )
            time.sleep(1)
            page.screenshot(path=str(shots / "event-details.png"), full_page=True)

            # Changing a filter keeps the chosen event (the map's selection is not carried
            # over by position onto another event) and the URL follows.
            page.locator("button[aria-label='Remove Bombing']").click()
            page.get_by_text(f"2 of {len(events)} events").wait_for(timeout=30_000)
            page.wait_for_function(
                "() => !window.location.search.includes('bombing')"
                " && window.location.search.includes('type=armed_clash')", timeout=15_000
            )
            time.sleep(2)
            page.locator("button[aria-label='Remove Pakistan (PK)']").click()  # one more rerun
            page.wait_for_function("() => !window.location.search.includes('country=')", timeout=15_000)
            time.sleep(2)
            assert "event=ev-peshawar-1" in page.url
            assert target["sentence"] in page.locator(".st-key-details").inner_text()
            assert outside == [], f"the page asked outside servers: {outside}"
        finally:
            browser.close()


def _clickable_event(events: pd.DataFrame) -> tuple[FilterState, pd.Series, mapview.View]:
    """An event that a one-day, one-type URL shows well apart from the others on the map."""
    located = events.dropna(subset=["lat", "lon", "event_date", "event_type"])
    for _, ev in located.iterrows():
        day = pd.Timestamp(ev["event_date"]).date()
        state = FilterState(date_from=day, date_to=day, types=(str(ev["event_type"]),))
        shown = state.apply(events)
        view = mapview.fit_view(shown, width=640, height=560)
        here = _pixel(view, ev["lon"], ev["lat"], 640, 560)
        others = shown.dropna(subset=["lat", "lon"])
        others = others[others["event_id"] != ev["event_id"]]
        if all(math.dist(here, _pixel(view, o.lon, o.lat, 640, 560)) > 30 for o in others.itertuples()):
            return state, ev, view
    pytest.fail("no event in the store stands apart enough to be clicked")


def test_bundled_sample_store_in_the_browser(tmp_path: Path) -> None:
    sync_playwright = _browser_or_skip()
    store = sample_store()
    if store is None:
        pytest.skip("data/sample_store has not been built (python -m geo ingest data/sample --out data/sample_store)")
    events = load_store(store).events
    state, target, view = _clickable_event(events)
    query = "?" + "&".join(f"{k}={v}" for k, v in state.to_query().items())
    expected = int(state.mask(events).sum())
    shots = _screenshot_dir(tmp_path)
    with running_app(store) as url, sync_playwright() as p:
        browser = _launch(p)
        try:
            page = browser.new_page(viewport={"width": 1500, "height": 1100})
            _open(page, url, "", f"{len(events):,} of {len(events):,} events")
            page.screenshot(path=str(shots / "sample-store.png"), full_page=True)
            _open(page, url, query, f"{expected:,} of {len(events):,} events")
            text = _click_and_read_details(page, view, target["lon"], target["lat"])
            assert " ".join(str(target["sentence"]).split()) in " ".join(text.split())
            page.screenshot(path=str(shots / "sample-store-details.png"), full_page=True)
        finally:
            browser.close()


def test_hostile_article_text_stays_text(tmp_path: Path) -> None:
    """Markup in article fields reaches the page as text, in the tooltip and the details."""
    sync_playwright = _browser_or_skip()
    hostile = '<img src=x onerror="document.title=\'pwned\'"> <b>Army</b>'
    rows = [dict(EVENTS[0], actor1=hostile, sentence=f"Gunmen {hostile} attacked [a link](javascript:alert(1)).")]
    store = write_store(tmp_path / "store", rows)
    events = load_store(store).events
    view = mapview.fit_view(events, width=640, height=560)
    with running_app(store) as url, sync_playwright() as p:
        browser = _launch(p)
        try:
            page = browser.new_page(viewport={"width": 1500, "height": 1100})
            _open(page, url, "", "1 of 1 events")
            canvas = page.locator(MAP_SELECTOR).first
            box = canvas.bounding_box()
            x, y = _pixel(view, rows[0]["lon"], rows[0]["lat"], box["width"], box["height"])
            tooltip = _hover(page, box["x"] + x, box["y"] + y)
            assert hostile in tooltip.inner_text()
            assert tooltip.locator("img, b").count() == 0
            text = _click_and_read_details(page, view, rows[0]["lon"], rows[0]["lat"])
            assert hostile in text
            details = page.locator(".st-key-details")
            assert details.locator("img, b, a[href^='javascript']").count() == 0
            assert page.title() != "pwned"
        finally:
            browser.close()

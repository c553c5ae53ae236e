"""Analyst flows in a real browser (Debian's Chromium through Playwright) against
``streamlit run app.py`` on a store written by the real ingest: brushing the timeline,
adding articles, correcting an event across a server restart, a shared link, hostile text."""

from __future__ import annotations

import io
import shutil
import time
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from apphelpers import HOSTILE, ingest_store, running_app
from test_browser import MAP_SELECTOR, _browser_or_skip, _hover, _launch, _screenshot_dir

pytestmark = pytest.mark.browser

M1, X1 = "8f698bc996428cc1", "aaf0a9017f971a8b"
CHART = "[data-testid='stVegaLiteChart']"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The real ingest of the test corpus; the ids of the events read from its extra
    articles are looked up (they depend on where in the text the events were read)."""
    global M1, X1
    folder = ingest_store(tmp_path_factory.mktemp("ingested"))
    events = pd.read_parquet(folder / "events.parquet")
    first = events.groupby("article_id")["event_id"].first()
    M1, X1 = (first["m1"], first["x1"])
    return folder


@pytest.fixture()
def store(built: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    shutil.copytree(built, folder)
    return folder


def _total(store: Path) -> int:
    return len(pd.read_parquet(store / "events.parquet"))


def _page(browser, dialogs: list[str]):
    page = browser.new_page(viewport={"width": 1500, "height": 1300})
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    return page


def _wait_count(page, text: str) -> None:
    page.get_by_text(text, exact=False).first.wait_for(timeout=60_000)


def test_brushing_the_timeline_sets_the_dates(store: Path, tmp_path: Path) -> None:
    sync_playwright = _browser_or_skip()
    total = _total(store)
    with running_app(store) as url, sync_playwright() as p:
        browser = _launch(p)
        try:
            page = _page(browser, [])
            page.goto(url + "/")
            _wait_count(page, f"{total} of {total} events")
            chart = page.locator(CHART).first
            chart.scroll_into_view_if_needed()
            chart.locator("canvas, svg").first.wait_for(timeout=30_000)
            time.sleep(2)
            box = chart.bounding_box()
            y = box["y"] + box["height"] * 0.45
            # the right-hand tenth of the axis: the newest events only
            page.mouse.move(box["x"] + box["width"] * 0.80, y)
            page.mouse.down()
            page.mouse.move(box["x"] + box["width"] * 0.90, y, steps=8)
            page.mouse.move(box["x"] + box["width"] * 0.99, y, steps=8)
            page.mouse.up()
            page.wait_for_function("() => window.location.search.includes('from=')", timeout=30_000)
            time.sleep(2)
            text = page.locator("p", has_text=" events").filter(has_text=" of ").first.inner_text()
            shown = int(text.split(" of ")[0].replace(",", ""))
            assert 0 < shown < total, text
            page.screenshot(path=str(_screenshot_dir(tmp_path) / "timeline-brushed.png"), full_page=True)
        finally:
            browser.close()


def test_uploaded_articles_appear_without_a_restart(store: Path, tmp_path: Path) -> None:
    sync_playwright = _browser_or_skip()
    total = _total(store)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("corpus/u1.txt", "Gunmen killed four soldiers in Jalalabad on Tuesday, police said.\n")
        archive.writestr("corpus/articles.csv", "id,published,title,source\nu1,2012-05-09,Soldiers killed,Wire\n")
    upload = tmp_path / "new.zip"
    upload.write_bytes(buf.getvalue())
    with running_app(store) as url, sync_playwright() as p:
        browser = _launch(p)
        try:
            page = _page(browser, [])
            page.goto(url + "/")
            _wait_count(page, f"{total} of {total} events")
            page.get_by_text("Add articles").click()
            page.locator("input[type=file]").set_input_files(str(upload))
            page.get_by_text("new.zip").wait_for(timeout=20_000)
            page.get_by_role("button", name="Read and add").click()
            after = total + 1
            _wait_count(page, f"{after} of {after} events")
            assert _total(store) == after
            page.get_by_text("Jalalabad").first.wait_for(state="attached", timeout=20_000)  # in the table
            page.screenshot(path=str(_screenshot_dir(tmp_path) / "uploaded.png"), full_page=True)
        finally:
            browser.close()


def test_correction_is_kept_across_a_server_restart(store: Path, tmp_path: Path) -> None:
    sync_playwright = _browser_or_skip()
    shots = _screenshot_dir(tmp_path)
    with sync_playwright() as p:
        browser = _launch(p)
        try:
            with running_app(store) as url:
                page = _page(browser, [])
                page.goto(url + f"/?event={M1}")
                details = page.locator(".st-key-details")
                details.get_by_text("at least 12").wait_for(timeout=60_000)
                details.get_by_text("Correct this event").click()
                page.get_by_label("Your name").fill("A. Analyst")
                page.get_by_label("Reason (required)").fill("the ministry's count")
                page.get_by_label("Fatalities (empty: not stated)").fill("15")
                page.get_by_role("button", name="Save the correction").click()
                details.get_by_text("at least 15").wait_for(timeout=30_000)
                page.screenshot(path=str(shots / "corrected.png"), full_page=True)
            with running_app(store) as url:  # a new server process: only SQLite remembers
                page = _page(browser, [])
                page.goto(url + f"/?event={M1}")
                details = page.locator(".st-key-details")
                details.get_by_text("at least 15").wait_for(timeout=60_000)
                assert "Corrected by A. Analyst" in details.inner_text()
                page.screenshot(path=str(shots / "corrected-after-restart.png"), full_page=True)
        finally:
            browser.close()


def test_shared_link_restores_selection_and_view_and_hostile_text_stays_text(store: Path, tmp_path: Path) -> None:
    sync_playwright = _browser_or_skip()
    events = pd.read_parquet(store / "events.parquet").set_index("event_id")
    lat, lon = events.loc[X1, ["lat", "lon"]]
    dialogs: list[str] = []
    with running_app(store) as url, sync_playwright() as p:
        browser = _launch(p)
        try:
            page = _page(browser, dialogs)
            page.goto(url + f"/?event={X1}&view={lat:.4f},{lon:.4f},10")
            details = page.locator(".st-key-details")
            details.wait_for(timeout=60_000)
            page.locator(MAP_SELECTOR).first.wait_for(timeout=60_000)
            time.sleep(3)
            text = details.inner_text()
            assert HOSTILE in text  # the title and the highlighted article, as text
            assert details.locator("img, script, b").count() == 0
            assert details.locator(".geo-article mark").count() > 0
            # the shared view is centred on the event: its tooltip is at the canvas centre
            box = page.locator(MAP_SELECTOR).first.bounding_box()
            tooltip = _hover(page, box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
            assert tooltip.locator("img, script, b").count() == 0
            page.locator("[data-testid='stDataFrame']").first.wait_for(timeout=30_000)
            page.screenshot(path=str(_screenshot_dir(tmp_path) / "shared-hostile.png"), full_page=True)
            assert page.locator("img[src='x']").count() == 0
            assert dialogs == []
        finally:
            browser.close()


def test_playback_moves_the_window_and_pause_keeps_it(store: Path, tmp_path: Path) -> None:
    sync_playwright = _browser_or_skip()
    total = _total(store)
    with running_app(store) as url, sync_playwright() as p:
        browser = _launch(p)
        try:
            page = _page(browser, [])
            page.goto(url + "/")
            _wait_count(page, f"{total} of {total} events")
            page.get_by_text("Playback").click()
            window = page.get_by_label("Window (days)")
            window.fill("730")
            window.press("Enter")
            step = page.get_by_label("Step (days)")
            step.fill("365")
            step.press("Enter")
            page.get_by_role("combobox", name="Speed").wait_for(timeout=10_000)
            time.sleep(1)
            page.get_by_role("button", name="Play").click()
            page.get_by_text("playing: step 1 of").wait_for(timeout=30_000)
            page.get_by_text("playing: step 3 of").wait_for(timeout=30_000)  # it moved on its own
            page.get_by_role("button", name="Pause").click()
            page.get_by_text("paused: step").wait_for(timeout=30_000)
            caption = page.get_by_text("paused: step").inner_text()
            lo = caption.split(", ")[-1].split(" – ")[0]
            page.wait_for_function(f"() => window.location.search.includes('from={lo}')", timeout=15_000)
            time.sleep(3)
            assert page.get_by_text("paused: step").inner_text() == caption  # it stays paused
            page.screenshot(path=str(_screenshot_dir(tmp_path) / "playback-paused.png"), full_page=True)
            page.get_by_role("button", name="Stop").click()
            _wait_count(page, f"{total} of {total} events")
        finally:
            browser.close()

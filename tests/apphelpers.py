"""Shared helpers for the app and browser tests: a small real store on disk, a running app."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pandas as pd

from geo import paths, schema

APP = paths.ROOT / "app.py"

#: Events in Pakistan, 2009, with real coordinates; the last one's place is unresolved.
EVENTS = [
    dict(event_id="ev-peshawar-1", article_id="a1", event_date="2009-10-28", date_precision="day",
         event_type="bombing", actor1="Unidentified militants", actor2="Civilians",
         place="Peshawar", country="PK", admin1="Khyber Pakhtunkhwa", lat=34.008, lon=71.578,
         geo_precision=1, fatalities=105,
         sentence="A car bomb tore through the crowded Meena Bazaar in Peshawar, killing at least 105 people.",
         source="CBS News", title="Peshawar market bombing", published="2009-10-29",
         url="https://example.org/peshawar", feature="city"),
    dict(event_id="ev-lahore-1", article_id="a2", event_date="2009-10-15", date_precision="day",
         event_type="armed_clash", actor1="Tehrik-i-Taliban Pakistan", actor2="Punjab Police",
         place="Lahore", country="PK", admin1="Punjab", lat=31.558, lon=74.351,
         geo_precision=1, fatalities=28,
         sentence="Gunmen attacked three police buildings in Lahore and fought the police for hours.",
         source="CBS News", title="Islamic Militant Threat Grows in Pakistani Heartland",
         published="2009-10-15", url=None, feature="city"),
    dict(event_id="ev-rawalpindi-1", article_id="a2", event_date="2009-10-10", date_precision="day",
         event_type="armed_clash", actor1="Tehrik-i-Taliban Pakistan", actor2="Pakistan Army",
         place="Rawalpindi", country="PK", admin1="Punjab", lat=33.6, lon=73.067,
         geo_precision=1, fatalities=None,
         sentence="Militants in army uniforms stormed the army headquarters in Rawalpindi.",
         source="CBS News", title="Islamic Militant Threat Grows in Pakistani Heartland",
         published="2009-10-15", url=None, feature="city"),
    dict(event_id="ev-waziristan-1", article_id="a3", event_date="2009-06-01", date_precision="month",
         event_type="military_offensive", actor1="Pakistan Army", actor2="Tehrik-i-Taliban Pakistan",
         place="South Waziristan", country="PK", admin1="Khyber Pakhtunkhwa", lat=32.3, lon=69.833,
         geo_precision=2, fatalities=None,
         sentence="The army is gearing up to go after Baitullah Mehsud in South Waziristan.",
         source="CBS News", title="Pakistan Gearing Up To Go After Mehsud", published="2009-06-25",
         url=None, feature="district"),
    dict(event_id="ev-quetta-1", article_id="a4", event_date="2009-04-03", date_precision="day",
         event_type="protest", actor1="Baloch Students Organisation", actor2=None,
         place="Quetta", country="PK", admin1="Balochistan", lat=30.187, lon=67.013,
         geo_precision=1, fatalities=0,
         sentence="Hundreds of students marched through Quetta <b>demanding</b> the release of the detained leaders.",
         source="Dawn", title="Students march in Quetta", published="2009-04-04", url=None,
         feature="city"),
    dict(event_id="ev-unresolved-1", article_id="a4", event_date="2009-04-02", date_precision="day",
         event_type="abduction", actor1="Unidentified gunmen", actor2="Civilians",
         place="Kili Shahnawaz", country="PK", admin1=None, lat=None, lon=None,
         geo_precision=None, fatalities=None,
         sentence="Gunmen abducted two engineers near Kili Shahnawaz.",
         source="Dawn", title="Students march in Quetta", published="2009-04-04", url=None,
         feature=None),
]


def write_store(folder: Path, rows: list[dict] | None = None) -> Path:
    """Write ``events.parquet`` and ``places.parquet`` for ``rows`` (default EVENTS)."""
    folder.mkdir(parents=True, exist_ok=True)
    events = schema.events_frame(pd.DataFrame(rows if rows is not None else EVENTS))
    events.to_parquet(folder / "events.parquet", index=False)
    mentions = schema.places_frame(
        pd.DataFrame(
            [
                dict(article_id=r["article_id"], mention=r["place"], start=0, end=len(r["place"]),
                     lat=r["lat"], lon=r["lon"], country=r["country"], feature=r["feature"],
                     gazetteer_id=None, resolved=r["lat"] is not None)
                for r in (rows if rows is not None else EVENTS)
            ]
        )
    )
    mentions.to_parquet(folder / "places.parquet", index=False)
    return folder


def sample_store() -> Path | None:
    """The bundled sample's store, built (as the app does) when missing or stale."""
    from geo.pipeline import ingest
    from geo.store import sample_needs_build

    store = paths.SAMPLE_STORE
    if sample_needs_build(store, paths.SAMPLE_CORPUS, paths.ROOT / "geo"):
        try:
            ingest(paths.SAMPLE_CORPUS, store)
        except OSError:
            return None
    return store if (store / "events.parquet").exists() else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_app(store: Path, timeout: float = 60.0) -> Iterator[str]:
    """``streamlit run app.py`` on a free port with GEO_STORE=store; yields its URL.

    It runs from the store's folder, so the settings that keep the app quiet (headless, no
    usage statistics) come from the project's ``.streamlit/config.toml`` beside ``app.py``.
    """
    port = free_port()
    env = {**os.environ, "GEO_STORE": str(store), "PYTHONPATH": str(paths.ROOT)}
    cmd = [
        sys.executable, "-m", "streamlit", "run", str(APP),
        f"--server.port={port}", "--server.address=127.0.0.1", "--server.fileWatcherType=none",
    ]
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, cwd=store, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                log.seek(0)
                out = log.read().decode(errors="replace")
                raise RuntimeError(f"streamlit exited with {proc.returncode}:\n{out}")
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError(f"streamlit did not answer on {url} within {timeout:.0f} s")
            time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


#: Extra articles for the app's tests: two reports of one incident, and a hostile article
#: whose title, source, url and text carry markup that must never run.
HOSTILE = "<img src=x onerror=alert(1)>"
EXTRA_ARTICLES = {
    "m1": ("2010-03-02", "Market bombing in Kandahar", "Reuters", "https://example.org/m1",
           "Market bombing in Kandahar\nA suicide bomber killed 12 people at a crowded market in "
           "Kandahar on Monday, police said.\n"),
    "m2": ("2010-03-02", "Blast kills twelve in Kandahar", "AP", "https://example.org/m2",
           "Blast kills twelve in Kandahar\nA suicide bomber blew himself up in a market in Kandahar "
           "on Monday, killing 12 people, officials said.\n"),
    "x1": ("2010-03-01", f"Attack {HOSTILE} in Quetta", "<b>Evil</b> News", "javascript:alert(1)",
           f"Attack {HOSTILE} in Quetta\nGunmen <script>alert(1)</script> killed three policemen in "
           f"Quetta on Sunday, {HOSTILE} officials said.\n"),
}


def write_corpus(folder: Path) -> Path:
    """The bundled sample corpus plus :data:`EXTRA_ARTICLES`, as a corpus folder."""
    import shutil

    folder.mkdir(parents=True, exist_ok=True)
    for file in paths.SAMPLE_CORPUS.glob("*.txt"):
        shutil.copy(file, folder / file.name)
    meta = pd.read_csv(paths.SAMPLE_CORPUS / "articles.csv", dtype=str)
    rows = []
    for aid, (published, title, source, url, text) in EXTRA_ARTICLES.items():
        (folder / f"{aid}.txt").write_text(text, encoding="utf-8")
        rows.append({"id": aid, "published": published, "title": title, "source": source, "url": url})
    pd.concat([meta, pd.DataFrame(rows)], ignore_index=True).to_csv(folder / "articles.csv", index=False)
    return folder


def ingest_store(folder: Path) -> Path:
    """A real store: :func:`write_corpus` read by the real ingest into ``folder/store``."""
    from geo.pipeline import ingest

    result = ingest(write_corpus(folder / "corpus"), folder / "store")
    assert result.articles_read >= 3 and len(result.events) > 0
    return folder / "store"

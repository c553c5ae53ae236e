"""NAIVE baselines the product is compared against. None of this is product code.

- ``naive_deck``: every filtered point in a plain pydeck ScatterplotLayer, serialised with
  ``Deck.to_json()`` (what a first dashboard does).
- ``NaiveIngest``: keyword sentences plus a dictionary look-up of capitalised words in the
  gazetteer; no dates, actors, context or geocode cache.
- ``NaiveSqliteGeocoder``: geopy-style, a new SQLite connection and an uncached query per look-up.

    python -m bench.naive deck STORE     (prints one JSON line: seconds, bytes, peak memory)
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import time
import unicodedata
from pathlib import Path

import pandas as pd

from bench.common import emit, peak_rss_mb
from geo import paths

NAIVE_COLUMNS = ["event_id", "event_date", "event_type", "actor1", "place", "fatalities", "lat", "lon"]


def naive_deck_json(events: pd.DataFrame) -> str:
    """NAIVE: all points with coordinates, as-is, in one ScatterplotLayer; the deck's JSON."""
    import pydeck as pdk

    data = events.loc[events["lat"].notna(), NAIVE_COLUMNS].copy()
    data["event_date"] = data["event_date"].astype(str)
    data["fatalities"] = data["fatalities"].astype(float)
    layer = pdk.Layer("ScatterplotLayer", data=data, id="events", get_position=["lon", "lat"],
                      get_radius=2000, get_fill_color=[200, 30, 0, 160], pickable=True)
    deck = pdk.Deck(layers=[layer], map_provider=None,
                    initial_view_state=pdk.ViewState(latitude=20, longitude=40, zoom=2))
    return deck.to_json()


def measure_deck(store: Path, repeats: int) -> dict:
    events = pd.read_parquet(store / "events.parquet", columns=NAIVE_COLUMNS)
    times = []
    size = 0
    for _ in range(repeats):
        t0 = time.perf_counter()
        size = len(naive_deck_json(events).encode("utf-8"))
        times.append(time.perf_counter() - t0)
    return {"seconds": min(times) if repeats > 1 else times[0], "all_seconds": times, "bytes": size,
            "points": int(events["lat"].notna().sum()), "peak_rss_mb": peak_rss_mb()}


# --------------------------------------------------------------------------- geocoding and ingest


def fold(name: str) -> str:
    """Lower case, no diacritics, single spaces (the naive key)."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().replace("-", " ").replace(".", "").split())


def _gazetteer_keys(path: Path = paths.GAZETTEER) -> pd.DataFrame:
    """One row per (key, place): the gazetteer's own keys, most populous place first."""
    g = pd.read_parquet(path, columns=["name", "lat", "lon", "country", "population", "keys"])
    g = g.explode("keys").dropna(subset=["keys"])
    g = g.sort_values("population", ascending=False, kind="stable")
    return g.rename(columns={"keys": "key"})


def build_naive_sqlite(db_path: Path, gazetteer: Path = paths.GAZETTEER) -> None:
    """A plain SQLite table of gazetteer keys with an index (the naive geocoder's data)."""
    keys = _gazetteer_keys(gazetteer)
    db_path.unlink(missing_ok=True)
    with sqlite3.connect(db_path) as db:
        db.execute("CREATE TABLE places (key TEXT, name TEXT, lat REAL, lon REAL, country TEXT, population INTEGER)")
        db.executemany("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?)",
                       keys[["key", "name", "lat", "lon", "country", "population"]].itertuples(index=False))
        db.execute("CREATE INDEX places_key ON places (key)")
    db.close()


class NaiveSqliteGeocoder:
    """NAIVE: geopy-style geocoder; each call opens SQLite, queries, builds a Location, closes."""

    def __init__(self, db_path: Path):
        self.db_path = db_path

    def geocode(self, query: str, exactly_one: bool = True):
        from geopy.location import Location
        from geopy.point import Point

        db = sqlite3.connect(self.db_path)
        try:
            row = db.execute("SELECT name, lat, lon, country FROM places WHERE key = ? "
                             "ORDER BY population DESC LIMIT 1", (fold(query),)).fetchone()
        finally:
            db.close()
        if row is None:
            return None
        return Location(f"{row[0]}, {row[3]}", Point(row[1], row[2]), {"country": row[3]})


KEYWORDS = {
    "suicide": "suicide_bombing", "drone": "drone_strike", "air strike": "air_strike",
    "warplane": "air_strike", "shell": "shelling", "mortar": "shelling", "bomb": "bombing",
    "blast": "bombing", "explo": "bombing", "clash": "armed_clash", "fighting": "armed_clash",
    "ambush": "armed_clash", "gunmen": "attack_on_civilians", "shot dead": "assassination",
    "kidnap": "abduction", "abduct": "abduction", "arrest": "arrest", "offensive": "military_offensive",
    "protest": "protest", "captured": "strategic_development", "killed": "other", "crash": "other",
}
_KEYWORD_RE = re.compile("|".join(re.escape(k) for k in KEYWORDS), re.IGNORECASE)
_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+")
_CAPS_RE = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")


class NaiveIngest:
    """NAIVE ingest: keyword sentences, first capitalised word group found in the gazetteer."""

    def __init__(self, gazetteer: Path = paths.GAZETTEER):
        keys = _gazetteer_keys(gazetteer).drop_duplicates("key")
        self.lookup = dict(zip(keys["key"], zip(keys["lat"], keys["lon"], keys["country"], keys["name"])))

    def article_events(self, article_id: str, text: str) -> list[dict]:
        rows = []
        for sentence in _SENTENCE_RE.split(text):
            hit = _KEYWORD_RE.search(sentence)
            if not hit:
                continue
            for m in _CAPS_RE.finditer(sentence):
                words = m.group(0).split()
                place = None
                for n in range(len(words), 0, -1):        # longest first
                    place = self.lookup.get(fold(" ".join(words[:n])))
                    if place:
                        break
                if place:
                    rows.append({"article_id": article_id, "event_type": KEYWORDS[hit.group(0).lower()]
                                 if hit.group(0).lower() in KEYWORDS else "other",
                                 "place": place[3], "lat": place[0], "lon": place[1],
                                 "country": place[2], "sentence": sentence})
                    break
        return rows

    def ingest(self, corpus: Path, out: Path) -> tuple[int, int]:
        """Read every <id>.txt, write events.parquet; return (articles, events)."""
        rows: list[dict] = []
        files = sorted(corpus.glob("*.txt"))
        for path in files:
            rows.extend(self.article_events(path.stem, path.read_text(encoding="utf-8")))
        out.mkdir(parents=True, exist_ok=True)
        pd.DataFrame(rows).to_parquet(out / "events.parquet", index=False)
        return len(files), len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description="NAIVE baselines (not product code)")
    sub = parser.add_subparsers(dest="what", required=True)
    d = sub.add_parser("deck", help="plain ScatterplotLayer of every point: to_json time and bytes")
    d.add_argument("store")
    d.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    emit(measure_deck(Path(args.store), args.repeats))


if __name__ == "__main__":
    main()

"""Ingest throughput of the real pipeline (cold and warm geocode cache) and of the naive baseline.

    python -m bench.ingest CORPUS [--work DIR] [--profile FILE]

One process, one core: loads the gazetteer once, ingests the corpus with an empty geocode
cache (cold), then again with a new cache object on the filled file (warm), then runs the
NAIVE keyword baseline. Prints one JSON line.

The geocoder is the product's default (``geo.geocode.default_geocoder``: the gazetteer behind
the SQLite cache) with ``GEO_STATE_DIR`` pointing into the work folder, as the command line
uses it.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sqlite3
import tempfile
import time
from pathlib import Path

from bench.common import emit, peak_rss_mb, profile_rows


def _profile_top(profiler: cProfile.Profile, limit: int = 15) -> tuple[list[dict], str]:
    buf = io.StringIO()
    stats = pstats.Stats(profiler, stream=buf)
    stats.sort_stats("cumulative").print_stats(50)
    stats.sort_stats("tottime").print_stats(30)
    own = sorted((r for r in profile_rows(stats) if r["file"].startswith("geo/")),
                 key=lambda r: r["own_s"], reverse=True)[:limit]
    return own, buf.getvalue()


def _cache_entries(path: Path) -> int:
    """Rows in the geocode cache file (0 when it does not exist yet)."""
    if not path.exists():
        return 0
    with sqlite3.connect(path) as db:
        try:
            return db.execute("SELECT count(*) FROM geocode_cache").fetchone()[0]
        except sqlite3.DatabaseError:
            return 0


def measure(corpus: Path, work: Path, profile_path: Path | None) -> dict:
    try:
        from geo.gazetteer import default_gazetteer
        from geo.geocode import default_geocoder
        from geo.pipeline import extract_articles, ingest
    except ImportError as exc:
        return {"unavailable": f"geo.pipeline / geo.geocode / geo.gazetteer: {exc}"}
    from bench.naive import NaiveIngest

    result: dict = {"corpus": str(corpus)}
    # The product's own default geocoder (the cached gazetteer), as ``python -m geo ingest`` uses
    # it, with its cache file in a state folder of this run: empty first (cold), then filled (warm).
    os.environ["GEO_STATE_DIR"] = str(work)
    cache_path = work / "geocode-cache.sqlite"
    for stale in work.glob("geocode-cache.sqlite*"):
        stale.unlink()
    t0 = time.perf_counter()
    gaz = default_gazetteer()
    result["gazetteer_load_s"] = time.perf_counter() - t0
    for label in ("cold", "warm"):
        before = _cache_entries(cache_path)
        t0 = time.perf_counter()
        res = ingest(corpus, work / f"store_{label}", gazetteer=gaz)
        elapsed = time.perf_counter() - t0
        result[label] = {"articles": res.articles_read, "events": len(res.events),
                         "places": len(res.places), "seconds": elapsed,
                         "articles_per_s": res.articles_read / elapsed,
                         "cache_entries_before": before, "cache_entries_after": _cache_entries(cache_path),
                         "problems": len(res.problems)}
    result["peak_rss_mb"] = peak_rss_mb()

    naive_t0 = time.perf_counter()
    naive = NaiveIngest()
    result["naive_load_s"] = time.perf_counter() - naive_t0
    t0 = time.perf_counter()
    articles, events = naive.ingest(corpus, work / "store_naive")
    elapsed = time.perf_counter() - t0
    result["naive"] = {"articles": articles, "events": events, "seconds": elapsed,
                       "articles_per_s": articles / elapsed}

    if profile_path is not None:
        from geo.corpus import read_corpus

        subset = read_corpus(corpus).articles.head(300)
        # Profile a cold run: a fresh cache, so the cost of filling it shows beside extraction.
        os.environ["GEO_STATE_DIR"] = str(work / "profile_state")
        geocoder = default_geocoder()
        profiler = cProfile.Profile()
        profiler.enable()
        extract_articles(subset, gazetteer=gaz, geocoder=geocoder)
        profiler.disable()
        geocoder.close()
        top, text = _profile_top(profiler)
        profile_path.parent.mkdir(parents=True, exist_ok=True)
        profile_path.write_text(text)
        result["profile"] = top
        result["profile_file"] = str(profile_path)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--work", help="folder for the stores and cache (default: temporary)")
    parser.add_argument("--profile", help="write a cProfile report of a cold-cache extraction of 300 articles here")
    args = parser.parse_args()
    profile = Path(args.profile) if args.profile else None
    if args.work:
        work = Path(args.work)
        work.mkdir(parents=True, exist_ok=True)
        emit(measure(Path(args.corpus), work, profile))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            emit(measure(Path(args.corpus), Path(tmp), profile))


if __name__ == "__main__":
    main()

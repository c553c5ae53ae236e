"""Geocoding throughput: cold gazetteer look-ups, warm cache look-ups, and the naive baseline.

    python -m bench.geocoding [--names 3000] [--work DIR]

Names are drawn from the gazetteer itself (towns of many countries, provinces, aliases),
with spelling variants (lower case, no diacritics) and names that are not places, a fifth of
them with a country hint. Each figure is the best of three trials (the machine may be busy
with other work; the best trial is the least disturbed); all trials are reported too. Prints
one JSON line.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import tempfile
import time
import unicodedata
from pathlib import Path

import numpy as np
import pandas as pd

from bench.common import emit, library_module, profile_rows
from bench.naive import NaiveSqliteGeocoder, build_naive_sqlite
from geo import paths


def query_names(n: int, seed: int = 5) -> list[tuple[str, list[str] | None]]:
    """``n`` distinct varied queries: (name, country hint or None)."""
    rng = np.random.default_rng(seed)
    g = pd.read_parquet(paths.GAZETTEER, columns=["name", "country", "feature", "population"])
    g = g.dropna(subset=["name"]).drop_duplicates("name")
    towns = g[g["feature"] == "city"]
    # Mostly well-known towns (population-weighted), some obscure ones, provinces and aliases.
    w = np.sqrt(towns["population"].clip(lower=1000).to_numpy(float))
    picks = towns.iloc[rng.choice(len(towns), size=min(len(towns), int(n * 0.6)), replace=False, p=w / w.sum())]
    obscure = towns.iloc[rng.choice(len(towns), size=int(n * 0.15), replace=False)]
    other = g[g["feature"] != "city"]
    regions = other.iloc[rng.choice(len(other), size=min(len(other), int(n * 0.1)), replace=False)]
    chosen = pd.concat([picks, obscure, regions]).drop_duplicates("name")
    out: list[tuple[str, list[str] | None]] = []
    for name, cc in zip(chosen["name"], chosen["country"]):
        r = rng.random()
        if r < 0.1:
            name = name.lower()
        elif r < 0.2:
            name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
        out.append((name, [cc] if rng.random() < 0.2 and isinstance(cc, str) else None))
    syllables = ["ka", "lo", "mir", "zan", "tu", "reb", "ox", "qui", "dal", "vey", "nor", "pha"]
    while len(out) < n:
        word = "".join(rng.choice(syllables, size=int(rng.integers(3, 5))))
        out.append((word.capitalize() + " Xq", None))          # not a place
    seen: set[str] = set()
    unique = []
    for name, cc in out:
        if name not in seen:
            seen.add(name)
            unique.append((name, cc))
    return unique[:n]


TRIALS = 3


def _profile_rows(profiler: cProfile.Profile, limit: int = 10) -> list[dict]:
    """Functions by own time (product files relative to the repository, libraries by module)."""
    rows = [{**r, "file": library_module(r["file"])} for r in profile_rows(pstats.Stats(profiler))]
    return sorted(rows, key=lambda r: r["own_s"], reverse=True)[:limit]


def _rate(n: int, seconds: float) -> float:
    return n / seconds if seconds > 0 else float("inf")


def measure(n_names: int, work: Path) -> dict:
    try:
        from geo.gazetteer import Gazetteer, normalise
        from geo.geocode import CachedGeocoder, GazetteerGeocoder
    except ImportError as exc:
        return {"unavailable": f"geo.gazetteer / geo.geocode: {exc}"}
    if not paths.GAZETTEER.exists():
        return {"unavailable": f"{paths.GAZETTEER} is not built"}
    names = query_names(n_names)
    result: dict = {"names": len(names), "trials": TRIALS}

    def timed(run) -> float:
        t0 = time.perf_counter()
        run()
        return time.perf_counter() - t0

    def record(key: str, seconds: list[float]) -> None:
        """Best of the trials (the least disturbed by other work on the machine), and all."""
        result[f"{key}_s"] = min(seconds)
        result[f"{key}_per_s"] = _rate(len(names), min(seconds))
        result[f"{key}_all_per_s"] = [_rate(len(names), s) for s in seconds]

    t0 = time.perf_counter()
    gaz = Gazetteer.load()
    result["gazetteer_load_s"] = time.perf_counter() - t0
    result["resolved_share"] = sum(gaz.resolve(name) is not None for name, _ in names) / len(names)

    # Cold: each trial on a freshly loaded gazetteer with an empty normalise cache, each name once.
    def cold_resolve() -> float:
        fresh = Gazetteer.load()
        normalise.cache_clear()
        return timed(lambda: [fresh.resolve(name) for name, _ in names])

    def cold_adapter() -> float:
        geocoder = GazetteerGeocoder(Gazetteer.load())
        normalise.cache_clear()
        return timed(lambda: [geocoder.geocode(name, country_codes=cc) for name, cc in names])

    record("resolve", [cold_resolve() for _ in range(TRIALS)])
    record("adapter", [cold_adapter() for _ in range(TRIALS)])

    # Cache: fill an empty file (cold, writes SQLite); warm in memory (same object again);
    # warm from disk (a new CachedGeocoder on the filled file, as a new process sees it).
    cache_path = work / "geocode-cache.sqlite"

    def fill() -> float:
        for stale in work.glob("geocode-cache.sqlite*"):
            stale.unlink()
        normalise.cache_clear()
        with CachedGeocoder(GazetteerGeocoder(gaz), cache_path, provider="bench") as cached:
            return timed(lambda: [cached.geocode(name, country_codes=cc) for name, cc in names])

    record("cache_fill", [fill() for _ in range(TRIALS)])
    with CachedGeocoder(GazetteerGeocoder(gaz), cache_path, provider="bench") as cached:
        for name, cc in names:
            cached.geocode(name, country_codes=cc)
        record("warm_memory", [timed(lambda: [cached.geocode(name, country_codes=cc) for name, cc in names])
                               for _ in range(TRIALS + 2)])

    def reopened() -> float:
        normalise.cache_clear()
        with CachedGeocoder(GazetteerGeocoder(gaz), cache_path, provider="bench") as cached:
            seconds = timed(lambda: [cached.geocode(name, country_codes=cc) for name, cc in names])
            result["warm_disk_misses"] = cached.misses
        return seconds

    record("warm_disk", [reopened() for _ in range(TRIALS)])
    normalise.cache_clear()
    with CachedGeocoder(GazetteerGeocoder(gaz), cache_path, provider="bench") as cached:
        profiler = cProfile.Profile()
        profiler.enable()
        for name, cc in names:
            cached.geocode(name, country_codes=cc)
        profiler.disable()
    result["warm_disk_profile"] = _profile_rows(profiler)

    # NAIVE: a new SQLite connection and an uncached query per look-up.
    naive_db = work / "naive-places.sqlite"
    t0 = time.perf_counter()
    build_naive_sqlite(naive_db)
    result["naive_build_s"] = time.perf_counter() - t0
    naive = NaiveSqliteGeocoder(naive_db)
    record("naive", [timed(lambda: [naive.geocode(name) for name, _ in names]) for _ in range(TRIALS)])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=3000)
    parser.add_argument("--work", help="folder for the cache files (default: a temporary one)")
    args = parser.parse_args()
    if args.work:
        work = Path(args.work)
        work.mkdir(parents=True, exist_ok=True)
        emit(measure(args.names, work))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            emit(measure(args.names, Path(tmp)))


if __name__ == "__main__":
    main()

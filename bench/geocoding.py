"""Geocoding throughput: cold gazetteer look-ups, warm cache look-ups, and the naive baseline.

    python -m bench.geocoding [--names 3000] [--work DIR]

Names are drawn from the gazetteer itself (towns of many countries, provinces, aliases),
with spelling variants (lower case, no diacritics) and names that are not places, a fifth of
them with a country hint. Prints one JSON line.
"""

from __future__ import annotations

import argparse
import tempfile
import time
import unicodedata
from pathlib import Path

import numpy as np
import pandas as pd

from bench.common import emit
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
    result: dict = {"names": len(names)}

    t0 = time.perf_counter()
    gaz = Gazetteer.load()
    result["gazetteer_load_s"] = time.perf_counter() - t0

    # Cold: Gazetteer.resolve, each name once (the normalise cache starts empty).
    normalise.cache_clear()
    found = 0
    t0 = time.perf_counter()
    for name, cc in names:
        found += gaz.resolve(name) is not None
    result["resolve_s"] = time.perf_counter() - t0
    result["resolve_per_s"] = _rate(len(names), result["resolve_s"])
    result["resolved_share"] = found / len(names)

    # Cold: the geopy-shaped adapter on a freshly loaded gazetteer, with country hints.
    fresh = Gazetteer.load()
    normalise.cache_clear()
    geocoder = GazetteerGeocoder(fresh)
    t0 = time.perf_counter()
    for name, cc in names:
        geocoder.geocode(name, country_codes=cc)
    result["adapter_s"] = time.perf_counter() - t0
    result["adapter_per_s"] = _rate(len(names), result["adapter_s"])

    # Cache: fill (cold, writes SQLite), then warm in memory, then warm from disk (new process
    # state: a new CachedGeocoder on the same file).
    cache_path = work / "geocode-cache.sqlite"
    cache_path.unlink(missing_ok=True)
    cached = CachedGeocoder(GazetteerGeocoder(gaz), cache_path, provider="bench")
    t0 = time.perf_counter()
    for name, cc in names:
        cached.geocode(name, country_codes=cc)
    result["cache_fill_s"] = time.perf_counter() - t0
    result["cache_fill_per_s"] = _rate(len(names), result["cache_fill_s"])
    rounds = 5
    t0 = time.perf_counter()
    for _ in range(rounds):
        for name, cc in names:
            cached.geocode(name, country_codes=cc)
    result["warm_memory_s"] = (time.perf_counter() - t0) / rounds
    result["warm_memory_per_s"] = _rate(len(names), result["warm_memory_s"])
    cached.close()
    normalise.cache_clear()
    reopened = CachedGeocoder(GazetteerGeocoder(gaz), cache_path, provider="bench")
    t0 = time.perf_counter()
    for name, cc in names:
        reopened.geocode(name, country_codes=cc)
    result["warm_disk_s"] = time.perf_counter() - t0
    result["warm_disk_per_s"] = _rate(len(names), result["warm_disk_s"])
    result["warm_disk_misses"] = reopened.misses
    reopened.close()

    # NAIVE: a new SQLite connection and an uncached query per look-up.
    naive_db = work / "naive-places.sqlite"
    t0 = time.perf_counter()
    build_naive_sqlite(naive_db)
    result["naive_build_s"] = time.perf_counter() - t0
    naive = NaiveSqliteGeocoder(naive_db)
    t0 = time.perf_counter()
    for name, _ in names:
        naive.geocode(name)
    result["naive_s"] = time.perf_counter() - t0
    result["naive_per_s"] = _rate(len(names), result["naive_s"])
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

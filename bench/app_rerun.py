"""Rerun time of the real app after a filter change, through Streamlit's AppTest.

    python -m bench.app_rerun STORE [--reruns 7] [--profile FILE]

Runs ``app.py`` headless with ``GEO_STORE=STORE``: a first (cold) run that loads the store,
then reruns each after changing one filter widget (event types, then dates, in turn), timing
``at.run()``. Reports the times, the map payload (length of the pydeck chart's JSON spec in
the element tree), the peak memory of this process, and optionally a profile of one rerun.
Prints one JSON line.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path

from bench.common import ROOT, emit, median, peak_rss_mb, profile_rows

APP = ROOT / "app.py"
TYPES_KEY = "f_types"
DATES_KEY = "f_dates"


def _deck_bytes(at) -> int | None:
    charts = at.get("deck_gl_json_chart")
    if not charts:
        return None
    return len(charts[0].proto.json.encode("utf-8"))


def _deck_layers(at) -> list[str]:
    charts = at.get("deck_gl_json_chart")
    if not charts:
        return []
    spec = json.loads(charts[0].proto.json)
    return [f"{layer.get('@@type')}:{layer.get('id')}" for layer in spec.get("layers", [])]


def _changes(types: list[str], lo: date, hi: date) -> list[tuple[str, str, object]]:
    """A cycle of filter changes: (label, widget key, new value); each differs from the last."""
    common = [t for t in ("armed_clash", "protest", "shelling", "air_strike") if t in types] or types[:2]
    last_year = (max(lo, hi - timedelta(days=365)), hi)
    last_month = (max(lo, hi - timedelta(days=30)), hi)
    return [
        ("types: one", TYPES_KEY, common[:1]),
        ("types: all", TYPES_KEY, []),
        ("dates: last year", DATES_KEY, last_year),
        ("dates: all", DATES_KEY, (lo, hi)),
        ("types: two", TYPES_KEY, common[:2]),
        ("dates: last month", DATES_KEY, last_month),
        ("types: all", TYPES_KEY, []),
        ("dates: all", DATES_KEY, (lo, hi)),
    ]


def _apply(at, key: str, value: object) -> None:
    if key == TYPES_KEY:
        at.multiselect(key=key).set_value(value)
    else:
        at.date_input(key=key).set_value(value)


def _top(profile: cProfile.Profile, limit: int = 12) -> tuple[list[dict], str]:
    """The functions taking the most time, cumulative, restricted to the product's own files
    (app.py, geo/) and the libraries they call directly; plus the full text report."""
    buf = io.StringIO()
    stats = pstats.Stats(profile, stream=buf)
    stats.sort_stats("cumulative").print_stats(60)
    rows = profile_rows(stats)
    own = [r for r in rows if not r["file"].startswith(("/", "<", "~", ".venv"))]
    own.sort(key=lambda r: r["cumulative_s"], reverse=True)
    heavy = sorted(rows, key=lambda r: r["own_s"], reverse=True)[:limit]
    for r in heavy:
        if ".venv" in r["file"]:
            r["file"] = r["file"].split("site-packages/")[-1]
    return own[:limit] + [{"own_time_top": heavy}], buf.getvalue()


def _profile_script_thread(at) -> cProfile.Profile:
    """Run the app once with a profiler in the thread that executes the script.

    AppTest runs the script in a new thread, which a profiler enabled in this thread does
    not see; ``threading.setprofile`` enables one as that thread starts.
    """
    profiler = cProfile.Profile()

    def start(frame, event, arg):
        sys.setprofile(None)
        profiler.enable()

    threading.setprofile(start)
    try:
        at.run()
    finally:
        threading.setprofile(None)
    return profiler


def _compile_seconds(repeats: int = 5) -> float:
    """Median time to compile app.py the way each AppTest run does (a new ScriptCache per run;
    a running server compiles it once), so it can be told apart from the app's own work."""
    from streamlit.runtime.scriptrunner.script_cache import ScriptCache

    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        ScriptCache().get_bytecode(str(APP))
        times.append(time.perf_counter() - t0)
    return median(times)


def measure(store: Path, reruns: int, profile_path: Path | None,
            cold_profile_path: Path | None = None) -> dict:
    if not APP.exists():
        return {"unavailable": f"{APP.name} is not there"}
    os.environ["GEO_STORE"] = str(store)
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(APP), default_timeout=600)
    if cold_profile_path is not None:
        t0 = time.perf_counter()
        profiler = _profile_script_thread(at)
        top, text = _top(profiler)
        cold_profile_path.parent.mkdir(parents=True, exist_ok=True)
        cold_profile_path.write_text(text)
        return {"store": str(store), "cold_seconds_profiled": time.perf_counter() - t0,
                "profile": top, "profile_file": str(cold_profile_path)}
    t0 = time.perf_counter()
    at.run()
    cold = time.perf_counter() - t0
    if at.exception:
        return {"error": "app raised on first run: " + str(at.exception[0].message)[:500]}
    first_payload = _deck_bytes(at)
    types = list(at.multiselect(key=TYPES_KEY).options)
    lo, hi = at.date_input(key=DATES_KEY).value
    plan = _changes(types, lo, hi)
    times: list[dict] = []
    for i in range(reruns):
        label, key, value = plan[i % len(plan)]
        _apply(at, key, value)
        t0 = time.perf_counter()
        at.run()
        elapsed = time.perf_counter() - t0
        if at.exception:
            return {"error": f"app raised after '{label}': " + str(at.exception[0].message)[:500]}
        times.append({"change": label, "seconds": elapsed, "payload_bytes": _deck_bytes(at)})
    result: dict = {
        "store": str(store),
        "script_compile_s": _compile_seconds(),
        "cold_seconds": cold,
        "rerun_median_s": median([t["seconds"] for t in times]),
        "rerun_max_s": max(t["seconds"] for t in times),
        "reruns": times,
        "payload_all_events_bytes": first_payload,
        "payload_max_bytes": max([first_payload or 0, *[t["payload_bytes"] or 0 for t in times]]),
        "layers": _deck_layers(at),
        "peak_rss_mb": peak_rss_mb(),
    }
    if profile_path is not None:
        # Profile the slowest kind of change: back to all types, all dates (the whole store).
        _apply(at, TYPES_KEY, plan[0][2])
        _apply(at, DATES_KEY, (lo, hi))
        at.run()
        _apply(at, TYPES_KEY, [])
        profiler = _profile_script_thread(at)
        top, text = _top(profiler)
        profile_path.parent.mkdir(parents=True, exist_ok=True)
        profile_path.write_text(text)
        result["profile"] = top
        result["profile_file"] = str(profile_path)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store")
    parser.add_argument("--reruns", type=int, default=7)
    parser.add_argument("--profile", help="write a cProfile report of one rerun here")
    parser.add_argument("--cold-profile", help="only profile the first (cold) run; write the report here")
    args = parser.parse_args()
    emit(measure(Path(args.store).resolve(), args.reruns,
                 Path(args.profile) if args.profile else None,
                 Path(args.cold_profile) if args.cold_profile else None))


if __name__ == "__main__":
    main()

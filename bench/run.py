"""Run the benchmarks, print their figures, compare with the naive approach, write BENCHMARKS.md.

    python -m bench.run [--quick] [--sizes 10k,100k,1m] [--no-write]

Full run: synthetic stores of 10k, 100k and 1M events and a 2,000-article corpus (about
15 minutes on 2 cores). ``--quick``: 10k and 100k events, 300 articles (about 2 minutes).
Every measurement runs in its own process (see ``bench.common.run_child``); stores and
corpora are generated fresh under bench/out/ (git-ignored). Every figure in BENCHMARKS.md
comes from the run that wrote it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata as md
import os
import platform
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench import corpus as corpus_mod
from bench import generate
from bench.common import OUT, ROOT, Unavailable, run_child
from geo import paths

KB = 1000
MB = 1000 * 1000


@dataclass
class Row:
    """One line of the results table."""

    benchmark: str
    size: str
    measured: str
    target: str = "—"
    passed: bool | None = None
    naive: str = "—"
    versus: str = "—"


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
    profiles: list[str] = field(default_factory=list)

    def add(self, row: Row) -> None:
        self.rows.append(row)
        mark = {True: "PASS", False: "MISS", None: ""}[row.passed]
        print(f"  {row.benchmark} [{row.size}]: {row.measured}  target {row.target} {mark}"
              f"  naive {row.naive}  {row.versus}", flush=True)

    def skip(self, what: str, why: str) -> None:
        line = f"{what}: not available yet: {why}"
        self.skipped.append(line)
        print("  " + line, flush=True)

    def fail(self, what: str, why: str) -> None:
        line = f"{what}: failed: {why}"
        self.skipped.append(line)
        print("  " + line, flush=True)


# ------------------------------------------------------------------------------ formatting


def fmt_s(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def fmt_bytes(n: float) -> str:
    return f"{n / MB:.2f} MB" if n >= 100 * KB else f"{n / KB:.1f} kB"


def fmt_rate(per_s: float) -> str:
    return f"{per_s:,.0f}/s" if per_s >= 100 else f"{per_s:.1f}/s"


def advantage(product_better_by: float, noun: str = "faster") -> str:
    """'12× faster' when the product wins, 'naive 3.0× faster' when it loses."""
    if product_better_by >= 1:
        return f"{product_better_by:,.1f}× {noun}"
    return f"naive {1 / product_better_by:,.1f}× {noun}"


def label(n: int) -> str:
    return f"{n // 1_000_000}M" if n >= 1_000_000 and n % 1_000_000 == 0 else f"{n // 1000}k"


# ------------------------------------------------------------------------------ machine


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    versions = []
    for pkg in ("streamlit", "pydeck", "pandas", "pyarrow", "numpy", "geopy", "playwright", "pillow"):
        try:
            versions.append(f"{pkg} {md.version(pkg)}")
        except md.PackageNotFoundError:
            versions.append(f"{pkg} (not installed)")
    chromium = "unknown"
    try:
        chromium = subprocess.run(["/usr/bin/chromium", "--version"], capture_output=True,
                                  text=True, timeout=20).stdout.strip() or chromium
    except (OSError, subprocess.SubprocessError):
        pass
    return {"CPU": f"{cpu}, {os.cpu_count()} cores", "RAM": ram,
            "Load average at start (1, 5, 15 min)": ", ".join(f"{x:.2f}" for x in os.getloadavg()),
            "OS": platform.platform(), "Python": platform.python_version(),
            "Packages": ", ".join(versions), "Browser": chromium}


# ------------------------------------------------------------------------------ benchmarks


def bench_generate(sizes: list[int], report: Report) -> dict[int, Path]:
    stores = {}
    for n in sizes:
        out = OUT / f"store_{label(n).lower()}"
        summary = generate.write_store(n, out)
        stores[n] = out
        seconds = summary["generate_s"] + summary["write_s"]
        target, passed = ("< 60 s", seconds < 60) if n >= 1_000_000 else ("—", None)
        report.add(Row("Synthetic store generation (bench.generate)", label(n), fmt_s(seconds),
                       target, passed))
        report.details.append(
            f"- Store {label(n)}: {summary['events']:,} events, {summary['places']:,} place mentions, "
            f"{summary['articles']:,} articles, {fmt_bytes(summary['bytes'])} of parquet "
            f"(`{out.relative_to(ROOT)}`).")
    return stores


def bench_app(stores: dict[int, Path], reruns: int, report: Report) -> dict[int, dict]:
    targets = {100_000: 0.15, 1_000_000: 0.5}
    results = {}
    for n, store in stores.items():
        what = f"App rerun after a filter change ({label(n)})"
        try:
            r = run_child("bench.app_rerun", [str(store), "--reruns", str(reruns), "--profile",
                                              str(OUT / f"profile_rerun_{label(n).lower()}.txt")],
                          timeout=1800)
        except Unavailable as exc:
            report.skip(what, str(exc))
            continue
        except RuntimeError as exc:
            report.fail(what, str(exc))
            continue
        if "error" in r:
            report.fail(what, r["error"])
            continue
        results[n] = r
        try:
            naive = run_child("bench.naive", ["deck", str(store), "--repeats", "1" if n >= 1_000_000 else "3"],
                              timeout=1800)
        except RuntimeError as exc:
            naive = None
            report.fail(f"Naive deck ({label(n)})", str(exc))
        r["naive"] = naive
        target = targets.get(n)
        report.add(Row(
            "App rerun after a filter change (median of %d)" % len(r["reruns"]), label(n),
            fmt_s(r["rerun_median_s"]),
            f"≤ {fmt_s(target)}" if target else "—",
            (r["rerun_median_s"] <= target) if target else None,
            f"{fmt_s(naive['seconds'])} (to_json only)" if naive else "—",
            advantage(naive["seconds"] / r["rerun_median_s"]) if naive else "—"))
        payload = r["payload_max_bytes"]
        report.add(Row(
            "Map payload (largest pydeck spec over the reruns)", label(n), fmt_bytes(payload),
            "≤ 5 MB", payload <= 5 * MB,
            fmt_bytes(naive["bytes"]) if naive else "—",
            advantage(naive["bytes"] / payload, "smaller") if naive and payload else "—"))
        report.add(Row("App first run (cold: loads the store)", label(n), fmt_s(r["cold_seconds"])))
        changes = "; ".join(f"{t['change']} {fmt_s(t['seconds'])} ({fmt_bytes(t['payload_bytes'] or 0)})"
                            for t in r["reruns"])
        report.details.append(
            f"- App at {label(n)}: reruns {changes}; max {fmt_s(r['rerun_max_s'])}. Layers: "
            f"{', '.join(r['layers'])}. Payload with all events: {fmt_bytes(r['payload_all_events_bytes'] or 0)}. "
            f"AppTest process peak memory {r['peak_rss_mb']:,.0f} MB. Compiling app.py, which AppTest "
            f"repeats on every run and a running server does once, takes {fmt_s(r['script_compile_s'])} "
            "of each rerun."
            + (f" Naive: {naive['points']:,} points, to_json {fmt_s(naive['seconds'])}, "
               f"{fmt_bytes(naive['bytes'])}, peak memory {naive['peak_rss_mb']:,.0f} MB." if naive else ""))
        target_miss = target is not None and r["rerun_median_s"] > target
        if target_miss or payload > 5 * MB:
            report.profiles.append(profile_text(f"App rerun at {label(n)} (one rerun back to all types)",
                                                r.get("profile") or [], r.get("profile_file")))
    return results


def profile_text(title: str, rows: list[dict], path: str | None) -> str:
    own = [x for x in rows if "own_time_top" not in x]
    heavy = next((x["own_time_top"] for x in rows if "own_time_top" in x), [])
    lines = [f"#### {title}", "", "Cumulative time in the product's own functions:", "",
             "| function | file:line | calls | cumulative | own |", "|---|---|---:|---:|---:|"]
    lines += [f"| `{x['function']}` | {x['file']}:{x['line']} | {x['calls']:,} | {fmt_s(x['cumulative_s'])} | "
              f"{fmt_s(x['own_s'])} |" for x in own]
    if heavy:
        lines += ["", "Largest own time anywhere (libraries included):", "",
                  "| function | file:line | calls | own |", "|---|---|---:|---:|"]
        lines += [f"| `{x['function']}` | {x['file']}:{x['line']} | {x['calls']:,} | {fmt_s(x['own_s'])} |"
                  for x in heavy]
    if path:
        lines += ["", f"Full profile: `{Path(path).relative_to(ROOT) if Path(path).is_absolute() else path}` "
                      "(written by the run, not committed)."]
    return "\n".join(lines)


def bench_ingest(n_articles: int, report: Report) -> None:
    folder = OUT / f"corpus_{n_articles}"
    summary = corpus_mod.write_corpus(n_articles, folder)
    report.details.append(
        f"- Corpus: {summary['articles']:,} articles from {summary['countries']} countries, "
        f"{summary['chars'] / 1e6:.1f} M characters (`{folder.relative_to(ROOT)}`).")
    what = "Ingest"
    try:
        r = run_child("bench.ingest", [str(folder), "--work", str(OUT / "ingest_work"),
                                       "--profile", str(OUT / "profile_ingest.txt")], timeout=2400)
    except Unavailable as exc:
        report.skip(what, str(exc))
        return
    except RuntimeError as exc:
        report.fail(what, str(exc))
        return
    naive = r["naive"]
    for key, name in (("cold", "Ingest, cold geocode cache (one process)"),
                      ("warm", "Ingest, warm geocode cache (one process)")):
        x = r[key]
        report.add(Row(name, f"{x['articles']:,} articles", f"{fmt_rate(x['articles_per_s'])} articles",
                       "≥ 50/s", x["articles_per_s"] >= 50, f"{fmt_rate(naive['articles_per_s'])} (naive keywords)",
                       advantage(x["articles_per_s"] / naive["articles_per_s"])))
    cold, warm = r["cold"], r["warm"]
    cli = ingest_cli(folder, cold["articles"])
    if cli is not None:
        report.add(Row("Ingest via `python -m geo ingest` (cold cache, process start to exit)",
                       f"{cold['articles']:,} articles", f"{fmt_rate(cli)} articles", "≥ 50/s", cli >= 50,
                       f"{fmt_rate(naive['articles_per_s'])} (naive keywords)",
                       advantage(cli / naive["articles_per_s"])))
    report.details.append(
        f"- Ingest: gazetteer load {fmt_s(r['gazetteer_load_s'])} (not in the rates). Cold: "
        f"{cold['seconds']:.1f} s, {cold['events']:,} events, {cold['places']:,} place mentions, cache "
        f"{cold['cache_entries_before']:,} → {cold['cache_entries_after']:,} entries. Warm: {warm['seconds']:.1f} s, "
        f"{warm['events']:,} events, cache {warm['cache_entries_before']:,} → {warm['cache_entries_after']:,} entries. "
        f"Peak memory {r['peak_rss_mb']:,.0f} MB. Naive keyword baseline: {naive['events']:,} events in "
        f"{naive['seconds']:.2f} s (its dictionary took {fmt_s(r['naive_load_s'])} to build; it resolves no dates, "
        "actors, fatalities or context).")
    if min(cold["articles_per_s"], warm["articles_per_s"]) < 50 and r.get("profile"):
        rows = [{**x, "own_time_top": None} for x in r["profile"]]
        lines = ["#### Ingest (cold cache, first 300 articles; own time in the product's functions)", "",
                 "| function | file:line | calls | own | cumulative |", "|---|---|---:|---:|---:|"]
        lines += [f"| `{x['function']}` | {x['file']}:{x['line']} | {x['calls']:,} | {fmt_s(x['own_s'])} | "
                  f"{fmt_s(x['cumulative_s'])} |" for x in rows]
        lines += ["", f"Full profile: `{Path(r['profile_file']).relative_to(ROOT)}` (written by the run)."]
        report.profiles.append("\n".join(lines))


def ingest_cli(folder: Path, articles: int) -> float | None:
    """Articles per second of the ingest command, end to end, with a fresh cache folder."""
    state = OUT / "cli_state"
    if state.exists():
        for f in state.iterdir():
            f.unlink()
    t0 = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "geo", "ingest", str(folder), "--out", str(OUT / "cli_store")],
                         cwd=ROOT, env={**os.environ, "GEO_STATE_DIR": str(state)},
                         capture_output=True, text=True, timeout=2400)
    seconds = time.perf_counter() - t0
    if run.returncode != 0:
        return None
    return articles / seconds


def bench_geocoding(n_names: int, report: Report) -> None:
    what = "Geocoding"
    try:
        r = run_child("bench.geocoding", ["--names", str(n_names), "--work", str(OUT / "geocode_work")],
                      timeout=900)
    except Unavailable as exc:
        report.skip(what, str(exc))
        return
    except RuntimeError as exc:
        report.fail(what, str(exc))
        return
    naive = r["naive_per_s"]
    names = f"{r['names']:,} names"
    rows = [
        ("Cold gazetteer look-ups (`Gazetteer.resolve`)", r["resolve_per_s"], 5000),
        ("Cold geocoder look-ups (`GazetteerGeocoder.geocode`)", r["adapter_per_s"], 5000),
        ("Cache fill (`CachedGeocoder`, empty cache)", r["cache_fill_per_s"], None),
        ("Warm cache look-ups (`CachedGeocoder`, in memory)", r["warm_memory_per_s"], 100_000),
        ("Warm cache look-ups (`CachedGeocoder` reopened: SQLite)", r["warm_disk_per_s"], 100_000),
    ]
    for name, rate, target in rows:
        report.add(Row(name, names, fmt_rate(rate), f"≥ {target:,}/s" if target else "—",
                       (rate >= target) if target else None,
                       f"{fmt_rate(naive)} (naive SQLite per call)", advantage(rate / naive)))
    if r["warm_disk_per_s"] < 100_000:
        lines = ["#### Warm cache look-ups from a reopened cache (one pass; own time per function)", "",
                 "| function | file:line | calls | own | cumulative |", "|---|---|---:|---:|---:|"]
        lines += [f"| `{x['function']}` | {x['file']}:{x['line']} | {x['calls']:,} | {fmt_s(x['own_s'])} | "
                  f"{fmt_s(x['cumulative_s'])} |" for x in r["warm_disk_profile"]]
        report.profiles.append("\n".join(lines))
    trials = "; ".join(f"{k.replace('_all_per_s', '')} " + ", ".join(fmt_rate(v) for v in r[k])
                       for k in r if k.endswith("_all_per_s"))
    report.details.append(f"- Geocoding trials (look-ups per second, best taken): {trials}.")
    report.details.append(
        f"- Geocoding: {r['names']:,} distinct names ({r['resolved_share']:.0%} found by the gazetteer); "
        f"gazetteer load {fmt_s(r['gazetteer_load_s'])}; naive table build {fmt_s(r['naive_build_s'])}; "
        f"reopened cache misses {r['warm_disk_misses']}.")


def sample_store(report: Report) -> Path | None:
    """The bundled sample's store; when it has not been built, the sample corpus ingested here
    with the product's command (the same articles, so the same events)."""
    if (paths.SAMPLE_STORE / "events.parquet").exists():
        return paths.SAMPLE_STORE
    out = OUT / "sample_store"
    try:
        run = subprocess.run([sys.executable, "-m", "geo", "ingest", str(paths.SAMPLE_CORPUS), "--out", str(out)],
                             cwd=ROOT, env={**os.environ, "GEO_STATE_DIR": str(OUT / "sample_state")},
                             capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.SubprocessError) as exc:
        report.skip("Sample store", f"could not ingest {paths.SAMPLE_CORPUS}: {exc}")
        return None
    if run.returncode != 0 or not (out / "events.parquet").exists():
        report.skip("Sample store", f"{paths.SAMPLE_STORE.relative_to(ROOT)} is not built and "
                                    f"`python -m geo ingest` failed: {(run.stderr or run.stdout).strip()[-300:]}")
        return None
    report.details.append(f"- Sample store: {paths.SAMPLE_STORE.relative_to(ROOT)} is not built; the sample "
                          f"corpus was ingested by this run into `{out.relative_to(ROOT)}` "
                          f"({run.stdout.strip().splitlines()[-1] if run.stdout.strip() else 'no summary'}).")
    return out


BROWSER_RUNS = 3


def bench_browser(stores: dict[str, Path | None], report: Report, largest: int | None) -> dict[str, dict]:
    """Each store BROWSER_RUNS times (a fresh server and page each); the median run is reported."""
    results = {}
    targets = {"sample": 5.0, "1M": 10.0}
    for name, store in stores.items():
        what = f"First map in the browser ({name})"
        if store is None:
            report.skip(what, "no sample store")
            continue
        runs: list[dict] = []
        errors: list[str] = []
        unavailable = False
        for _ in range(BROWSER_RUNS):
            try:
                r = run_child("bench.browser", [str(store), "--label", name.lower(),
                                                *(["--interact"] if name != "sample" else [])], timeout=600)
            except Unavailable as exc:
                report.skip(what, str(exc))
                unavailable = True
                break
            except RuntimeError as exc:
                r = {"error": str(exc)}
            (errors.append(r["error"]) if "error" in r else runs.append(r))
        if unavailable:
            continue
        if errors:
            report.details.append(f"- Browser, {name}: {len(errors)} of {BROWSER_RUNS} runs failed: "
                                  + " / ".join(e.replace("\n", " ")[:300] for e in errors))
        if not runs:
            report.fail(what, " / ".join(errors))
            continue
        runs.sort(key=lambda x: x["map_drawn_s"])
        r = runs[len(runs) // 2]
        results[name] = r
        target = targets.get(name)
        report.add(Row(f"First map in a real browser (from `streamlit run`; median of {len(runs)})", name,
                       fmt_s(r["map_drawn_s"]), f"≤ {target:g} s" if target else "—",
                       (r["map_drawn_s"] <= target) if target else None))
        report.details.append(
            f"- Browser, {name} (median run): server healthy {fmt_s(r['server_ready_s'])}, page loaded "
            f"{fmt_s(r['page_loaded_s'])}, event count shown {fmt_s(r['count_shown_s'])}"
            + (f", deck.gl code loaded {fmt_s(r['deck_js_loaded_s'])}" if "deck_js_loaded_s" in r else "")
            + (f", WebGL device code loaded {fmt_s(r['webgl_js_loaded_s'])}" if "webgl_js_loaded_s" in r else "")
            + (f", WebGL context {fmt_s(r['webgl_context_s'])}" if "webgl_context_s" in r else "")
            + (f", first draw call {fmt_s(r['first_draw_s'])}" if "first_draw_s" in r else "")
            + f", deck.gl canvas {fmt_s(r['canvas_s'])}, events drawn "
            f"{fmt_s(r['map_drawn_s'])} ({r['event_pixels']:,} event-coloured pixels; count line "
            f"\"{r.get('count_line')}\"); screenshot `{r['screenshot']}`. All runs: "
            + ", ".join(fmt_s(x["map_drawn_s"]) for x in runs) + ".")
        peak = max(x["server_peak_rss_mb"] for x in runs)
        report.details.append(f"- Server peak memory (VmHWM), {name}: "
                              + ", ".join(f"{x['server_peak_rss_mb']:,.0f} MB" for x in runs) + ".")
        if name == "1M" or (largest and name == label(largest)):
            report.add(Row("Peak memory of the app server (VmHWM after first map; max of runs)", name,
                           f"{peak:,.0f} MB", "≤ 2,048 MB" if name == "1M" else "—",
                           (peak <= 2048) if name == "1M" else None))
        changed = [x for x in runs if "filter_map_s" in x]
        if changed:
            changed.sort(key=lambda x: x["filter_map_s"])
            mid = changed[len(changed) // 2]
            remounted = sum(1 for x in changed if x.get("filter_chart_remounted"))
            report.add(Row(f"Filter change in the browser: map updated (median of {len(changed)})", name,
                           fmt_s(mid["filter_map_s"]), "—", None))
            report.details.append(
                f"- Browser filter change, {name}: picking one event type in the sidebar; the count line "
                f"changed after {fmt_s(mid['filter_count_s'])} (the server's rerun arrived), the map showed the "
                f"new picture after {fmt_s(mid['filter_map_s'])}. All runs (count / map): "
                + ", ".join(f"{fmt_s(x['filter_count_s'])} / {fmt_s(x['filter_map_s'])}" for x in changed)
                + f". The chart element was replaced (a new deck.gl canvas) in {remounted} of {len(changed)} runs.")
            if remounted:
                report.profiles.append(
                    f"#### Filter change in the browser, {name}\n\n"
                    f"The server's answer arrives in {fmt_s(mid['filter_count_s'])}, the map shows it after "
                    f"{fmt_s(mid['filter_map_s'])}: the chart element is replaced on every filter change, so "
                    "deck.gl creates a new WebGL context and compiles its shaders again (the same phase as on "
                    "the first map)."
                    + (f" The chart's widget key changed with the filters (`{mid['filter_chart_key'][0]}` → "
                       f"`{mid['filter_chart_key'][1]}`), and a new key makes Streamlit mount a new chart."
                       if mid.get("filter_chart_key") and mid["filter_chart_key"][0] != mid["filter_chart_key"][1]
                       else ""))
        if target is not None and r["map_drawn_s"] > target:
            report.profiles.append(browser_breakdown(name, r))
            try:
                cold = run_child("bench.app_rerun", [str(store), "--cold-profile",
                                                     str(OUT / f"profile_first_run_{name.lower()}.txt")], timeout=900)
                report.profiles.append(profile_text(
                    f"First script run on the {name} store (AppTest, profiled: {fmt_s(cold['cold_seconds_profiled'])})",
                    cold["profile"], cold["profile_file"]))
            except (Unavailable, RuntimeError) as exc:
                report.details.append(f"- Profile of the first run on {name}: failed: {exc}")
            try:
                layers = run_child("bench.deck_layers", [str(store)], timeout=900)
                report.profiles.append(layer_table(name, layers))
            except (Unavailable, RuntimeError) as exc:
                report.details.append(f"- Map layers' browser cost on {name}: failed: {exc}")
    return results


def layer_table(name: str, result: dict) -> str:
    """The browser's first-draw time for the app's deck spec with groups of layers left out."""
    lines = [f"#### Browser cost of the map's layers, {name} (`bench.deck_layers`)", "",
             "The app's deck spec for this store drawn in a bare page on a warm server, in a fresh "
             "Chromium each time: seconds from opening the page to event colours on the map (best of "
             f"{len(next(iter(result['variants'].values()))['all_seconds'])}). The layers are built in "
             "geo/mapview.py (`build_deck`).", "",
             "| layers drawn | spec size | first draw |", "|---|---:|---:|"]
    for variant, x in result["variants"].items():
        lines.append(f"| {variant.replace('_', ' ')}: {', '.join(x['layers'])} | {fmt_bytes(x['bytes'])} | "
                     f"{fmt_s(x['seconds'])} |")
    return "\n".join(lines)


def browser_breakdown(name: str, r: dict) -> str:
    """Where the first-map time goes, phase by phase, from the median run: the milestones
    ``bench.browser`` noted, in the order they happened (the phases add up to the total)."""
    if r.get("phases"):
        lines = [f"#### First map in the browser, {name} ({fmt_s(r['map_drawn_s'])})", "",
                 "Each phase runs from the previous milestone to its own, in the order they happened "
                 "in this run.", "",
                 "| phase | from | to | takes |", "|---|---:|---:|---:|"]
        lines += [f"| {p} | {fmt_s(a)} | {fmt_s(b)} | {fmt_s(b - a)} |" for p, a, b in r["phases"]]
        return "\n".join(lines)
    phases = [("server process start to healthy (Python imports, Streamlit start)", 0.0, r["server_ready_s"]),
              ("page HTML and Streamlit's JavaScript", r["server_ready_s"], r["page_loaded_s"]),
              ("first script run (store load, filters, map spec) until the count shows",
               r["page_loaded_s"], r["count_shown_s"])]
    last = r["count_shown_s"]
    if "webgl_js_loaded_s" in r and r["webgl_js_loaded_s"] > last:
        phases.append(("deck.gl and WebGL device code arriving", last, r["webgl_js_loaded_s"]))
        last = r["webgl_js_loaded_s"]
    phases.append(("WebGL device, shaders and first frame (SwiftShader, no GPU) until the canvas shows",
                   last, r["canvas_s"]))
    phases.append(("event layers drawn", r["canvas_s"], r["map_drawn_s"]))
    lines = [f"#### First map in the browser, {name} ({fmt_s(r['map_drawn_s'])})", "",
             "| phase | from | to | takes |", "|---|---:|---:|---:|"]
    lines += [f"| {p} | {fmt_s(a)} | {fmt_s(b)} | {fmt_s(max(0.0, b - a))} |" for p, a, b in phases]
    return "\n".join(lines)


# ------------------------------------------------------------------------------ report


def write_markdown(report: Report, info: dict[str, str], args_text: str, started: float, path: Path) -> None:
    lines = [
        "# Benchmarks",
        "",
        f"Written by `python -m bench.run {args_text}`".rstrip() + f" on {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC "
        f"(the run took {(time.perf_counter() - started) / 60:.1f} min). Every figure below comes from that run; "
        "rerun it to refresh this file.",
        "",
        "## Machine",
        "",
        *[f"- {k}: {v}" for k, v in info.items()],
        "",
        "Other work may share this machine while the benchmarks run (see the load averages); "
        "microbenchmarks therefore report the best of several trials, the app and browser figures "
        "the median of several runs.",
        "",
        "## Results",
        "",
        "| benchmark | size | measured | target | result | naive | vs naive |",
        "|---|---|---:|---|---|---:|---|",
    ]
    for r in report.rows:
        result = {True: "pass", False: "**miss**", None: ""}[r.passed]
        lines.append(f"| {r.benchmark} | {r.size} | {r.measured} | {r.target} | {result} | {r.naive} | {r.versus} |")
    if report.skipped:
        lines += ["", "Not measured in this run:", "", *[f"- {s}" for s in report.skipped]]
    lines += [
        "",
        "## How each figure is measured",
        "",
        "- **App rerun**: `streamlit.testing.v1.AppTest.from_file(\"app.py\")` with `GEO_STORE` set to the "
        "store, in a fresh process per store. The first `at.run()` loads the store (cold); then each rerun "
        "changes one filter widget (event types or the date range, in turn) and times `at.run()`. The "
        "figure is the median; the changes and their times are listed below. AppTest runs the script "
        "in-process, so the time includes building every element, but not the browser.",
        "- **Map payload**: length of the pydeck chart element's `.proto.json` in the AppTest tree "
        "(the deck spec sent to the browser), the largest over all reruns.",
        "- **Naive deck**: a plain `pdk.Deck` with one `ScatterplotLayer` of every event with coordinates "
        "(id, date, type, actor, place, fatalities, lat, lon), `to_json()` timed (best of 3; once at 1M). "
        "It is the serialisation alone, so the ratio understates the naive app's rerun.",
        "- **Ingest**: `geo.pipeline.ingest` on a synthetic corpus (`bench.corpus`), in one process, "
        "with the product's default geocoder (gazetteer behind the SQLite cache) and `GEO_STATE_DIR` "
        "in the work folder: first with no cache file (cold), then again (warm). Articles per second "
        "of wall time, reading and writing included; gazetteer load excluded. Naive: keyword "
        "sentences plus a dictionary look-up of capitalised words (`bench/naive.py`).",
        "- **Geocoding**: distinct names drawn from the gazetteer (towns weighted by population, "
        "obscure towns, provinces, aliases; some lower-cased or without diacritics, some with a "
        "country hint) plus non-places. Cold: each name once on a freshly loaded gazetteer. Warm "
        "in memory: the same `CachedGeocoder` again (5 rounds). Reopened: a new `CachedGeocoder` on "
        "the filled file, as a new process would see it. Naive: geopy-style, a new SQLite "
        "connection and an uncached indexed query per look-up.",
        "- **First map in the browser**: Chromium (Playwright) is launched first; the clock starts "
        "when `streamlit run app.py --server.headless true` is spawned; the map counts as drawn when "
        "a screenshot of the deck.gl chart shows event colours (pixels whose channels differ by more "
        "than 70; the basemap is grey). Peak memory is the server's VmHWM after the first map.",
        "",
        "## Details",
        "",
        *report.details,
    ]
    if report.profiles:
        lines += ["", "## Where the time goes (targets missed)", "", *sum(([p, ""] for p in report.profiles), [])]
    path.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10k and 100k events, 300 articles")
    parser.add_argument("--sizes", help="comma-separated store sizes, e.g. 10k,100k,1m")
    parser.add_argument("--articles", type=int, help="corpus size (default 2000; 300 with --quick)")
    parser.add_argument("--reruns", type=int, default=7, help="timed reruns per store (at least 5)")
    parser.add_argument("--names", type=int, default=3000, help="names for the geocoding benchmark")
    parser.add_argument("--no-write", action="store_true", help="print only; leave BENCHMARKS.md alone")
    args = parser.parse_args(argv)
    try:
        sizes = [generate.parse_size(s) for s in (args.sizes or ("10k,100k" if args.quick else "10k,100k,1m")).split(",")]
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    n_articles = args.articles or (300 if args.quick else 2000)
    reruns = max(5, args.reruns)
    started = time.perf_counter()
    OUT.mkdir(parents=True, exist_ok=True)
    info = machine()
    for k, v in info.items():
        print(f"{k}: {v}")
    report = Report()

    print("\n== synthetic stores", flush=True)
    stores = bench_generate(sizes, report)
    print("\n== app rerun and map payload (AppTest), naive deck", flush=True)
    bench_app(stores, reruns, report)
    print("\n== ingest", flush=True)
    bench_ingest(n_articles, report)
    print("\n== geocoding", flush=True)
    bench_geocoding(args.names, report)
    print("\n== first map in a real browser", flush=True)
    browser_stores: dict[str, Path | None] = {"sample": sample_store(report)}
    largest = max(sizes)
    browser_stores[label(largest)] = stores[largest]
    bench_browser(browser_stores, report, largest)

    info["Load average at end (1, 5, 15 min)"] = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    if not args.no_write:
        argv_text = " ".join(argv if argv is not None else sys.argv[1:])
        write_markdown(report, info, argv_text, started, ROOT / "BENCHMARKS.md")
        print(f"\nwrote {ROOT / 'BENCHMARKS.md'}")
    print(f"done in {(time.perf_counter() - started) / 60:.1f} min")
    return 0


if __name__ == "__main__":
    sys.exit(main())

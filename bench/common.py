"""Shared helpers of the benchmarks: running a measurement in its own process, memory, stats."""

from __future__ import annotations

import json
import os
import pstats
import resource
import statistics
import subprocess
import sys
from pathlib import Path

from geo import paths

ROOT = paths.ROOT
PYTHON = sys.executable
OUT = ROOT / "bench" / "out"


def profile_rows(stats: pstats.Stats) -> list[dict]:
    """One row per profiled function: file (relative to the repository for the product's own
    files, absolute otherwise), line, function, calls, own and cumulative seconds."""
    rows = []
    for (filename, line, func), (_cc, nc, tt, ct, _callers) in stats.stats.items():
        name = os.path.relpath(filename, ROOT) if filename.startswith(str(ROOT)) else filename
        rows.append({"file": name, "line": line, "function": func, "calls": nc,
                     "own_s": tt, "cumulative_s": ct})
    return rows


def library_module(file: str) -> str:
    """A library's file as its module path ("pandas/core/frame.py"); other paths unchanged."""
    return file.split("site-packages/")[-1].split("lib/python3.11/")[-1]


class Unavailable(Exception):
    """The code a benchmark measures is not there (yet); the message says what is missing."""


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB.

    VmHWM of this process's own memory map: getrusage's ru_maxrss would also count the peak
    of the parent that started this process (Linux carries it across fork and exec).
    """
    own = vm_hwm_mb(os.getpid())
    return own if own is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def vm_hwm_mb(pid: int) -> float | None:
    """Peak resident memory (VmHWM) of another process, in MB, or None if it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def median(values: list[float]) -> float:
    return statistics.median(values)


def run_child(module: str, args: list[str], *, env: dict[str, str] | None = None,
              timeout: float = 1200) -> dict:
    """Run ``python -m module args`` in a fresh process; it prints one JSON object last.

    A fresh process per measurement keeps caches, imports and memory of one benchmark out
    of the next. A child that finds its target code missing prints {"unavailable": why}.
    """
    full_env = {**os.environ, **(env or {})}
    proc = subprocess.run([PYTHON, "-m", module, *args], cwd=ROOT, env=full_env,
                          capture_output=True, text=True, timeout=timeout)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        tail = "\n".join((proc.stderr or proc.stdout).strip().splitlines()[-15:])
        raise RuntimeError(f"{module} {' '.join(args)} failed (exit {proc.returncode}):\n{tail}")
    result = json.loads(lines[-1])
    if "unavailable" in result:
        raise Unavailable(result["unavailable"])
    return result


def emit(result: dict) -> None:
    """A child's answer: one JSON line on stdout."""
    print(json.dumps(result), flush=True)

"""Events over time: counts per day or week stacked by type, and playback windows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

#: Above this many days in range, the timeline counts per week instead of per day.
DAILY_MAX_DAYS = 180


def choose_freq(start: dt.date, end: dt.date) -> str:
    """"D" (per day) for short ranges, "W" (per week, weeks starting Monday) otherwise."""
    return "D" if (end - start).days <= DAILY_MAX_DAYS else "W"


def timeline_counts(events: pd.DataFrame, freq: str | None = None) -> pd.DataFrame:
    """Counts of events per period and type: columns ``period`` (Timestamp), ``event_type``, ``count``.

    Rows without a date are left out. *freq* is "D" or "W"; chosen from the range when None.
    Counting is one ``bincount`` over day numbers and type codes (fast at a million rows).
    """
    empty = pd.DataFrame({"period": pd.Series(dtype="datetime64[ns]"),
                          "event_type": pd.Series(dtype="string"), "count": pd.Series(dtype="int64")})
    values = pd.to_datetime(events["event_date"], errors="coerce").to_numpy(dtype="datetime64[D]")
    ok = ~np.isnat(values)
    if not ok.any():
        return empty
    days = values[ok].astype("int64")
    lo, hi = int(days.min()), int(days.max())
    if freq is None:
        freq = choose_freq(_day(lo), _day(hi))
    if freq == "W":
        days = days - (days + 3) % 7          # 1970-01-01 was a Thursday: back to Monday
        lo = int(days.min())
    types = events["event_type"]
    if not isinstance(types.dtype, pd.CategoricalDtype):
        types = types.astype("string").astype("category")
    codes = types.cat.codes.to_numpy()[ok].astype("int64")
    names = [str(c) for c in types.cat.categories] + ["unknown"]
    codes = np.where(codes < 0, len(names) - 1, codes)
    width = len(names)
    counts = np.bincount((days - lo) * width + codes)
    nonzero = np.flatnonzero(counts)
    period = (nonzero // width + lo).astype("datetime64[D]").astype("datetime64[ns]")
    return pd.DataFrame({
        "period": period,
        "event_type": pd.array([names[i] for i in nonzero % width], dtype="string"),
        "count": counts[nonzero].astype("int64"),
    })


def _day(n: int) -> dt.date:
    return dt.date(1970, 1, 1) + dt.timedelta(days=n)


def brush_dates(selection: dict | None, field: str = "period") -> tuple[dt.date, dt.date] | None:
    """The dates of an interval selection on a temporal axis, as Vega-Lite reports it.

    Vega-Lite gives the ends as milliseconds since the epoch (or, from some versions, as
    date strings); anything else, or an empty brush, gives None.
    """
    if not isinstance(selection, dict):
        return None
    ends = selection.get(field)
    if not isinstance(ends, (list, tuple)) or len(ends) != 2:
        return None
    out = []
    for end in ends:
        try:
            if isinstance(end, (int, float)) and not isinstance(end, bool):
                stamp = pd.Timestamp(int(end), unit="ms")
            elif isinstance(end, str):
                stamp = pd.Timestamp(end)
            else:
                return None
        except (ValueError, OverflowError):
            return None
        if pd.isna(stamp):
            return None
        out.append(stamp.date())
    lo, hi = sorted(out)
    return lo, hi


@dataclass(frozen=True)
class Window:
    start: dt.date
    end: dt.date


def playback_windows(start: dt.date, end: dt.date, *, step_days: int, window_days: int,
                     cumulative: bool) -> list[Window]:
    """The successive windows of a playback from *start* to *end* (inclusive).

    A moving window shows *window_days* ending at each step; a cumulative one shows
    everything from *start* up to each step.
    """
    if end < start:
        raise ValueError("playback end is before its start")
    if step_days < 1 or window_days < 1:
        raise ValueError("playback step and window must be at least one day")
    windows = []
    cursor = start + dt.timedelta(days=min(window_days, (end - start).days + 1) - 1)
    while True:
        lo = start if cumulative else max(start, cursor - dt.timedelta(days=window_days - 1))
        windows.append(Window(lo, min(cursor, end)))
        if cursor >= end:
            break
        cursor += dt.timedelta(days=step_days)
    return windows

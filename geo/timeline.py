"""Events over time: counts per day or week stacked by type, and playback windows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

#: Above this many days in range, the timeline counts per week instead of per day.
DAILY_MAX_DAYS = 180


def choose_freq(start: dt.date, end: dt.date) -> str:
    """"D" (per day) for short ranges, "W" (per week, weeks starting Monday) otherwise."""
    return "D" if (end - start).days <= DAILY_MAX_DAYS else "W"


def timeline_counts(events: pd.DataFrame, freq: str | None = None) -> pd.DataFrame:
    """Counts of events per period and type: columns ``period`` (Timestamp), ``event_type``, ``count``.

    Rows without a date are left out. *freq* is "D" or "W"; chosen from the range when None.
    """
    dates = pd.to_datetime(events["event_date"], errors="coerce")
    ok = dates.notna()
    if not ok.any():
        return pd.DataFrame({"period": pd.Series(dtype="datetime64[ns]"),
                             "event_type": pd.Series(dtype="string"), "count": pd.Series(dtype="int64")})
    dates = dates[ok]
    freq = freq or choose_freq(dates.min().date(), dates.max().date())
    if freq == "W":
        period = (dates - pd.to_timedelta(dates.dt.day_of_week, unit="D")).dt.normalize()
    else:
        period = dates.dt.normalize()
    frame = pd.DataFrame({"period": period.to_numpy(),
                          "event_type": events.loc[ok, "event_type"].astype(str).to_numpy()})
    counts = frame.groupby(["period", "event_type"], sort=True).size().rename("count").reset_index()
    counts["event_type"] = counts["event_type"].astype("string")
    return counts


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

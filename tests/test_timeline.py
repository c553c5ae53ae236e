"""Timeline counts and playback windows."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from geo.schema import events_frame
from geo.timeline import choose_freq, playback_windows, timeline_counts

D = dt.date


def _events():
    rows = [("2009-10-12", "bombing"), ("2009-10-12", "bombing"), ("2009-10-13", "armed_clash"),
            ("2009-10-19", "bombing"), (None, "protest")]
    return events_frame(pd.DataFrame([{"event_id": str(i), "event_date": d, "event_type": t}
                                      for i, (d, t) in enumerate(rows)]))


def test_daily_counts_stack_by_type_and_skip_undated():
    counts = timeline_counts(_events(), "D")
    got = {(r.period.date(), r.event_type): r.count for r in counts.itertuples()}
    assert got == {(D(2009, 10, 12), "bombing"): 2, (D(2009, 10, 13), "armed_clash"): 1,
                   (D(2009, 10, 19), "bombing"): 1}


def test_weekly_counts_start_on_monday():
    counts = timeline_counts(_events(), "W")
    got = {(r.period.date(), r.event_type): r.count for r in counts.itertuples()}
    assert got == {(D(2009, 10, 12), "bombing"): 2, (D(2009, 10, 12), "armed_clash"): 1,
                   (D(2009, 10, 19), "bombing"): 1}


def test_frequency_follows_the_range():
    assert choose_freq(D(2009, 1, 1), D(2009, 3, 1)) == "D"
    assert choose_freq(D(2000, 1, 1), D(2009, 3, 1)) == "W"


def test_moving_and_cumulative_playback():
    moving = playback_windows(D(2020, 1, 1), D(2020, 1, 10), step_days=3, window_days=4, cumulative=False)
    assert [(w.start.day, w.end.day) for w in moving] == [(1, 4), (4, 7), (7, 10)]
    cumulative = playback_windows(D(2020, 1, 1), D(2020, 1, 10), step_days=5, window_days=2, cumulative=True)
    assert [(w.start.day, w.end.day) for w in cumulative] == [(1, 2), (1, 7), (1, 10)]
    with pytest.raises(ValueError, match="before its start"):
        playback_windows(D(2020, 1, 2), D(2020, 1, 1), step_days=1, window_days=1, cumulative=False)


def test_brush_dates_read_vega_lite_milliseconds_and_strings():
    from geo.timeline import brush_dates

    ms = [pd.Timestamp("2009-10-20").value // 10**6, pd.Timestamp("2009-10-05").value // 10**6]
    assert brush_dates({"period": ms}) == (D(2009, 10, 5), D(2009, 10, 20))
    assert brush_dates({"period": ["2009-10-05", "2009-10-20T00:00:00"]}) == (D(2009, 10, 5), D(2009, 10, 20))
    for bad in (None, {}, {"period": []}, {"period": ["x", "y"]}, {"period": [True, 1]}, "junk"):
        assert brush_dates(bad) is None


def test_counts_at_a_million_rows_add_up():
    import numpy as np

    n = 1_000_000
    rng = np.random.default_rng(1)
    days = pd.Timestamp("2015-01-01") + pd.to_timedelta(rng.integers(0, 3000, n), unit="D")
    frame = pd.DataFrame({"event_date": days.astype("datetime64[s]"),
                          "event_type": pd.Categorical.from_codes(rng.integers(0, 5, n), list("abcde"))})
    counts = timeline_counts(frame, "W")
    assert counts["count"].sum() == n
    assert (counts["period"].dt.day_of_week == 0).all()

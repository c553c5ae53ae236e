"""Reports of one incident in several articles, shown as one event (a view; nothing is deleted).

Two reports are of the same incident when they come from different articles, their event
types are of the same family (see :data:`geo.schema.TYPE_FAMILY`), their places are the same
gazetteer place or lie in the same ~25 km cell, and their dates agree within the looser
of their two date precisions (day ±1, week ±4, month ±31, year ±366 days).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from geo.schema import TYPE_FAMILY

#: Half-width in days of the window a date of each precision stands for.
PRECISION_DAYS = {"day": 1, "week": 4, "month": 31, "year": 366}
#: Cell size in degrees for "nearby" places without a shared gazetteer id.
CELL_DEGREES = 0.25


def _place_key(events: pd.DataFrame) -> pd.Series:
    lat = np.floor(events["lat"].astype(float) / CELL_DEGREES)
    lon = np.floor(events["lon"].astype(float) / CELL_DEGREES)
    cell = "cell:" + lat.astype("Int64").astype(str) + ":" + lon.astype("Int64").astype(str)
    named = events["gazetteer_id"].astype("string") if "gazetteer_id" in events else None
    key = cell.where(lat.notna(), "place:" + events["place"].astype(str).str.casefold())
    if named is not None:
        key = named.where(named.notna() & (named != ""), key)
    return key.astype(str)


def assign_incidents(events: pd.DataFrame) -> pd.Series:
    """An ``incident_id`` for every row of *events* (index-aligned). Singletons keep their own."""
    if events.empty:
        return pd.Series([], dtype="string", index=events.index)
    family = events["event_type"].astype(str).map(lambda t: TYPE_FAMILY.get(t, t))
    dates = pd.to_datetime(events["event_date"], errors="coerce")
    days = (dates - pd.Timestamp("1970-01-01")).dt.days.astype("float").fillna(np.nan).to_numpy()
    window = events["date_precision"].astype(str).map(PRECISION_DAYS).fillna(1).to_numpy()
    frame = pd.DataFrame({
        "family": family.to_numpy(), "key": _place_key(events).to_numpy(), "day": days,
        "window": window, "article": events["article_id"].astype(str).to_numpy(),
        "event_id": events["event_id"].astype(str).to_numpy(), "pos": np.arange(len(events)),
    })
    incident = frame["event_id"].to_numpy().copy()
    sizes = frame.groupby(["family", "key"], sort=False)["pos"].transform("size").to_numpy()
    shared = frame[(sizes > 1) & ~np.isnan(days)].sort_values(["family", "key", "day", "event_id"])
    # Only reports with a neighbour (in date order, same family and place) close enough to
    # be the same incident can merge; leave the rest out of the sweep below.
    same_prev = (shared["family"].eq(shared["family"].shift()) & shared["key"].eq(shared["key"].shift())).to_numpy()
    gap_prev = shared["day"].diff().to_numpy()
    reach_prev = np.maximum(shared["window"].to_numpy(), shared["window"].shift().to_numpy())
    near_prev = same_prev & (gap_prev <= reach_prev)
    near_next = np.append(near_prev[1:], False)
    shared = shared[near_prev | near_next]
    # Sweep in date order: a report joins the first open incident whose first report is
    # within the date window and which has no report from the same article yet; otherwise
    # it opens a new incident. Incidents whose window has passed are closed.
    prev_group = None
    open_incidents: list[tuple[float, float, str, set[str]]] = []   # (day, window, id, articles)
    for fam, key, day, win, art, eid, pos in shared.itertuples(index=False, name=None):
        if (fam, key) != prev_group:
            prev_group, open_incidents = (fam, key), []
        open_incidents = [o for o in open_incidents if day - o[0] <= max(o[1], win)]
        for anchor_day, anchor_win, anchor_id, articles in open_incidents:
            if day - anchor_day <= max(win, anchor_win) and art not in articles:
                articles.add(art)
                incident[pos] = anchor_id
                break
        else:
            open_incidents.append((day, win, eid, {art}))
    return pd.Series(incident, index=events.index, dtype="string")


def merge_reports(events: pd.DataFrame) -> pd.DataFrame:
    """One row per incident: the most precise report stands for it, plus its sources.

    Added columns: ``incident_id``, ``n_reports`` (rows merged), ``n_sources`` (distinct
    articles), ``sources`` (their sources/titles, "; "-joined), ``event_ids``. Fatalities are
    the largest stated lower bound among the reports.
    """
    if events.empty:
        out = events.copy()
        for col in ("incident_id", "sources", "event_ids"):
            out[col] = pd.Series(dtype="string")
        out["n_reports"] = pd.Series(dtype="int64")
        out["n_sources"] = pd.Series(dtype="int64")
        return out
    work = events.copy()
    work["incident_id"] = assign_incidents(events)
    label = work["source"].astype("string").fillna("") + ": " + work["title"].astype("string").fillna("")
    label = label.str.strip(": ")
    work["sources"] = label.where(label != "", work["article_id"].astype("string"))
    work["event_ids"] = work["event_id"].astype("string")
    size = work.groupby("incident_id", sort=False)["incident_id"].transform("size")
    single = work[size.to_numpy() == 1].assign(n_reports=1, n_sources=1)
    many = work[size.to_numpy() > 1]
    if many.empty:
        return single.reset_index(drop=True)
    grouped = many.groupby("incident_id", sort=False)
    summary = pd.DataFrame({
        "n_reports": grouped.size(),
        "n_sources": grouped["article_id"].nunique(),
        "sources": grouped["sources"].agg(lambda s: "; ".join(dict.fromkeys(s.astype(str)))),
        "event_ids": grouped["event_ids"].agg(" ".join),
        "fatalities": grouped["fatalities"].max(),
    })
    ranked = many.assign(
        _prec=many["geo_precision"].astype("Float64").fillna(9),
        _fat=many["fatalities"].astype("Float64").fillna(-1),
    ).sort_values(["incident_id", "_prec", "_fat"], ascending=[True, True, False], kind="stable")
    best = ranked.drop_duplicates("incident_id").set_index("incident_id")
    best = best.drop(columns=["_prec", "_fat", *summary.columns], errors="ignore").join(summary).reset_index()
    merged = pd.concat([single, best[single.columns]], ignore_index=True)
    for col in ("sources", "event_ids"):
        merged[col] = merged[col].astype("string")
    merged["fatalities"] = merged["fatalities"].astype("Int64")
    return merged

"""Export a view of the events: CSV, GeoJSON, and ACLED-style column names."""

from __future__ import annotations

import json
import math

import pandas as pd

#: Our event types in ACLED's event_type / sub_event_type vocabulary.
ACLED_TYPES: dict[str, tuple[str, str]] = {
    "bombing": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "suicide_bombing": ("Explosions/Remote violence", "Suicide bomb"),
    "drone_strike": ("Explosions/Remote violence", "Air/drone strike"),
    "air_strike": ("Explosions/Remote violence", "Air/drone strike"),
    "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "armed_clash": ("Battles", "Armed clash"),
    "military_offensive": ("Battles", "Armed clash"),
    "attack_on_civilians": ("Violence against civilians", "Attack"),
    "assassination": ("Violence against civilians", "Attack"),
    "abduction": ("Violence against civilians", "Abduction/forced disappearance"),
    "arrest": ("Strategic developments", "Arrests"),
    "protest": ("Protests", "Peaceful protest"),
    "strategic_development": ("Strategic developments", "Other"),
    "other": ("Strategic developments", "Other"),
}
#: ACLED's time_precision: 1 day, 2 week, 3 month or coarser.
ACLED_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}

#: Columns dropped from exports: offsets into text the reader of an export does not have.
_SPAN_SUFFIXES = ("_start", "_end")


def export_columns(events: pd.DataFrame) -> list[str]:
    return [c for c in events.columns if not c.endswith(_SPAN_SUFFIXES) and not c.startswith("_")]


#: A cell starting with one of these is read as a formula by spreadsheets.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _defuse(value):
    """Text that a spreadsheet would run as a formula, prefixed with ' so it stays text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_for_spreadsheets(frame: pd.DataFrame) -> pd.DataFrame:
    """A new frame whose text cells cannot start a spreadsheet formula (numbers are kept)."""
    out = {}
    for name in frame.columns:
        col = frame[name]
        if isinstance(col.dtype, pd.CategoricalDtype) or col.dtype == object or pd.api.types.is_string_dtype(col.dtype):
            col = col.astype(object).map(_defuse, na_action="ignore")
        out[name] = col
    return pd.DataFrame(out, index=frame.index)


def to_csv_bytes(events: pd.DataFrame) -> bytes:
    """The events as UTF-8 CSV (with a BOM-free header row), span columns left out.

    Text cells that a spreadsheet would read as a formula (starting with = + - @) are
    prefixed with a ' (article text is untrusted)."""
    return safe_for_spreadsheets(events[export_columns(events)]).to_csv(index=False).encode("utf-8")


def acled_frame(events: pd.DataFrame) -> pd.DataFrame:
    """The events with ACLED's column names and vocabulary (a new frame)."""
    types = events["event_type"].astype(str)
    dates = pd.to_datetime(events["event_date"], errors="coerce")
    out = pd.DataFrame({
        "event_id_cnty": events["event_id"].astype(str),
        "event_date": dates.dt.strftime("%Y-%m-%d"),
        "year": dates.dt.year.astype("Int64"),
        "time_precision": events["date_precision"].astype(str).map(ACLED_TIME_PRECISION).astype("Int64"),
        "event_type": types.map(lambda t: ACLED_TYPES.get(t, ACLED_TYPES["other"])[0]),
        "sub_event_type": types.map(lambda t: ACLED_TYPES.get(t, ACLED_TYPES["other"])[1]),
        "actor1": events["actor1"],
        "actor2": events["actor2"],
        "country": events["country"],
        "admin1": events["admin1"],
        "location": events["place"],
        "latitude": events["lat"],
        "longitude": events["lon"],
        "geo_precision": events["geo_precision"],
        "source": events["source"],
        "notes": events["sentence"],
        "fatalities": events["fatalities"],
        "tool_event_type": types,
    })
    return out


def _json_value(value):
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10] if isinstance(value, pd.Timestamp) else value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    return value


def to_geojson(events: pd.DataFrame) -> dict:
    """A GeoJSON FeatureCollection of the events that have coordinates (Point features).

    Events without coordinates are listed in the collection's ``unlocated`` member so the
    export loses nothing.
    """
    cols = export_columns(events)
    located = events["lat"].notna() & events["lon"].notna()
    features = []
    for row in events.loc[located, cols].itertuples(index=False, name=None):
        props = {c: _json_value(v) for c, v in zip(cols, row)}
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [props["lon"], props["lat"]]},
            "properties": props,
        })
    unlocated = [{c: _json_value(v) for c, v in zip(cols, row)}
                 for row in events.loc[~located, cols].itertuples(index=False, name=None)]
    return {"type": "FeatureCollection", "features": features, "unlocated": unlocated}


def to_geojson_bytes(events: pd.DataFrame) -> bytes:
    return json.dumps(to_geojson(events), ensure_ascii=False).encode("utf-8")

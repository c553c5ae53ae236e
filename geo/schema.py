"""The events and places tables: column names, types, and a function that enforces them.

These are the contracts other tools rely on (see README, "Data"). Extra columns after the
contract ones carry provenance: character spans into the article text of the sentence and
of the words that made each event (trigger, actors, place, date).
"""

from __future__ import annotations

import pandas as pd

#: Contract columns of events.parquet, in order, with their pandas dtypes.
EVENT_COLUMNS: dict[str, str] = {
    "event_id": "string",
    "article_id": "string",
    "event_date": "date",
    "date_precision": "string",
    "event_type": "string",
    "actor1": "string",
    "actor2": "string",
    "place": "string",
    "country": "string",
    "admin1": "string",
    "lat": "float64",
    "lon": "float64",
    "geo_precision": "Int64",
    "fatalities": "Int64",
    "sentence": "string",
    "source": "string",
    "title": "string",
    "published": "date",
}

#: Provenance and helper columns that follow the contract ones.
EVENT_EXTRA_COLUMNS: dict[str, str] = {
    "feature": "string",          # city, district, region, country, other
    "gazetteer_id": "string",
    "url": "string",
    "sentence_start": "Int64",
    "sentence_end": "Int64",
    "trigger_start": "Int64",
    "trigger_end": "Int64",
    "actor1_start": "Int64",
    "actor1_end": "Int64",
    "actor2_start": "Int64",
    "actor2_end": "Int64",
    "place_start": "Int64",
    "place_end": "Int64",
    "date_start": "Int64",
    "date_end": "Int64",
}

PLACE_COLUMNS: dict[str, str] = {
    "article_id": "string",
    "mention": "string",
    "start": "Int64",
    "end": "Int64",
    "lat": "float64",
    "lon": "float64",
    "country": "string",
    "feature": "string",
    "gazetteer_id": "string",
    "resolved": "bool",
}

EVENT_TYPES: tuple[str, ...] = (
    "bombing",
    "suicide_bombing",
    "drone_strike",
    "air_strike",
    "shelling",
    "armed_clash",
    "attack_on_civilians",
    "assassination",
    "abduction",
    "arrest",
    "military_offensive",
    "protest",
    "strategic_development",
    "other",
)

#: Type families used for strict scoring and for merging reports of one incident.
TYPE_FAMILY: dict[str, str] = {
    "bombing": "explosions",
    "suicide_bombing": "explosions",
    "drone_strike": "strikes",
    "air_strike": "strikes",
    "shelling": "strikes",
    "armed_clash": "violence",
    "attack_on_civilians": "violence",
    "assassination": "violence",
    "abduction": "violence",
}

DATE_PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year")
FEATURES: tuple[str, ...] = ("city", "district", "region", "country", "other")


def type_family(event_type: str | None) -> str | None:
    if event_type is None or event_type is pd.NA:
        return None
    return TYPE_FAMILY.get(event_type, event_type)


def _coerce(df: pd.DataFrame, columns: dict[str, str]) -> pd.DataFrame:
    out = pd.DataFrame(index=df.index)
    for name, dtype in columns.items():
        col = df[name] if name in df.columns else pd.Series([None] * len(df), index=df.index)
        if dtype == "date":
            out[name] = pd.to_datetime(col, errors="coerce").dt.date
        elif dtype == "bool":
            out[name] = col.fillna(False).astype(bool)
        else:
            out[name] = col.astype(dtype) if len(col) else pd.Series([], dtype=dtype)
    return out


def events_frame(df: pd.DataFrame) -> pd.DataFrame:
    """Return a new frame with exactly the event columns, in order, with their types."""
    return _coerce(df, {**EVENT_COLUMNS, **EVENT_EXTRA_COLUMNS}).reset_index(drop=True)


def places_frame(df: pd.DataFrame) -> pd.DataFrame:
    """Return a new frame with exactly the place-mention columns, in order, with their types."""
    return _coerce(df, PLACE_COLUMNS).reset_index(drop=True)

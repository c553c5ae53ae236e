"""Exports: CSV, GeoJSON and ACLED-style columns."""

from __future__ import annotations

import io
import json

import pandas as pd

from geo.export import acled_frame, to_csv_bytes, to_geojson_bytes
from geo.schema import events_frame

EVENTS = events_frame(pd.DataFrame([
    {"event_id": "a1", "article_id": "000", "event_date": "2017-10-14", "date_precision": "day",
     "event_type": "suicide_bombing", "actor1": "al-Shabaab (suspected)", "actor2": "Civilians",
     "place": "Mogadishu", "country": "SO", "admin1": "Banaadir", "lat": 2.037, "lon": 45.343,
     "geo_precision": 1, "fatalities": 500, "sentence": 'A truck bomb exploded at the "K5" junction.',
     "source": "Wire", "sentence_start": 10, "sentence_end": 50},
    {"event_id": "b2", "article_id": "001", "event_date": "2014-04-14", "date_precision": "month",
     "event_type": "abduction", "actor1": "Boko Haram", "place": "Chibok", "country": "NG",
     "lat": None, "lon": None, "geo_precision": None, "fatalities": None, "sentence": "Girls were taken."},
]))


def test_csv_round_trips_and_leaves_out_offsets():
    back = pd.read_csv(io.BytesIO(to_csv_bytes(EVENTS)), dtype=str)
    assert list(back["event_id"]) == ["a1", "b2"]
    assert back.loc[0, "sentence"] == 'A truck bomb exploded at the "K5" junction.'
    assert "sentence_start" not in back.columns


def test_geojson_has_points_and_keeps_unlocated_events():
    doc = json.loads(to_geojson_bytes(EVENTS))
    assert doc["type"] == "FeatureCollection"
    [feature] = doc["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [45.343, 2.037]}
    assert feature["properties"]["event_date"] == "2017-10-14"
    assert feature["properties"]["fatalities"] == 500
    assert [u["event_id"] for u in doc["unlocated"]] == ["b2"]


def test_acled_columns_and_vocabulary():
    acled = acled_frame(EVENTS)
    assert list(acled.columns[:6]) == ["event_id_cnty", "event_date", "year", "time_precision",
                                       "event_type", "sub_event_type"]
    first, second = acled.iloc[0], acled.iloc[1]
    assert (first["event_type"], first["sub_event_type"]) == ("Explosions/Remote violence", "Suicide bomb")
    assert first["time_precision"] == 1 and first["year"] == 2017
    assert first["location"] == "Mogadishu" and first["notes"].startswith("A truck bomb")
    assert (second["event_type"], second["sub_event_type"]) == (
        "Violence against civilians", "Abduction/forced disappearance")
    assert second["time_precision"] == 3


def test_csv_cells_cannot_start_a_spreadsheet_formula() -> None:
    frame = pd.DataFrame({
        "event_id": ["e1", "e2", "e3", "e4"],
        "sentence": ["=HYPERLINK(\"http://x\")", "+1+1", "@SUM(A1)", "a plain sentence - with a dash"],
        "actor1": pd.Categorical(["-2+3", "Army", None, "Police"]),
        "fatalities": pd.array([-1, 2, None, 0], dtype="Int64"),
    })
    text = to_csv_bytes(frame).decode("utf-8")
    back = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    assert back["sentence"].tolist() == ["'=HYPERLINK(\"http://x\")", "'+1+1", "'@SUM(A1)",
                                         "a plain sentence - with a dash"]
    assert back["actor1"].tolist() == ["'-2+3", "Army", "", "Police"]
    # numbers stay numbers: a negative count is not text
    assert back["fatalities"].tolist() == ["-1", "2", "", "0"]
    assert frame["sentence"].iloc[0].startswith("=")   # the input is not changed

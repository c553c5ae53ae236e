"""District and province outlines for events known only to an area."""

from __future__ import annotations

import os

import pandas as pd
import pytest

from geo import areas
from geo.paths import SHARED_GAZETTEER
from geo.schema import events_frame


def test_outlines_cover_pakistan_and_afghanistan_districts():
    outlines = areas.load_outlines()
    assert len(outlines) > 500
    geometry = outlines["wof:890422345"]                 # North Waziristan
    assert geometry["type"] in ("Polygon", "MultiPolygon")
    ring = geometry["coordinates"][0] if geometry["type"] == "Polygon" else geometry["coordinates"][0][0]
    lons, lats = zip(*ring)
    assert 69 < min(lons) < max(lons) < 71.5 and 32 < min(lats) < max(lats) < 34


def test_imprecise_places_group_events_and_know_their_outline():
    events = events_frame(pd.DataFrame([
        {"event_id": "1", "place": "North Waziristan", "gazetteer_id": "wof:890422345", "lat": 32.9,
         "lon": 70.0, "geo_precision": 2, "fatalities": 3},
        {"event_id": "2", "place": "North Waziristan", "gazetteer_id": "wof:890422345", "lat": 32.9,
         "lon": 70.0, "geo_precision": 2, "fatalities": None},
        {"event_id": "3", "place": "Borno", "gazetteer_id": "gn:2346794", "lat": 11.5, "lon": 13.0,
         "geo_precision": 3},
        {"event_id": "4", "place": "Kohat", "gazetteer_id": "gn:1", "lat": 33.6, "lon": 71.4, "geo_precision": 1},
    ]))
    got = areas.imprecise_places(events).set_index("gazetteer_id")
    assert list(got.index) == ["gn:2346794", "wof:890422345"]
    assert got.loc["wof:890422345", "count"] == 2 and got.loc["wof:890422345", "fatalities"] == 3
    assert bool(got.loc["wof:890422345", "has_outline"]) and not bool(got.loc["gn:2346794", "has_outline"])
    assert got.loc["gn:2346794", "radius_km"] == areas.RADIUS_KM[3]


def test_rebuild_matches_the_committed_file(tmp_path):
    if not SHARED_GAZETTEER.exists() and not os.environ.get("CI"):
        pytest.skip(f"raw gazetteer sources not found at {SHARED_GAZETTEER}")
    out = tmp_path / "areas.geojson"
    areas.build(SHARED_GAZETTEER, out)
    assert out.read_text() == areas.AREAS.read_text()

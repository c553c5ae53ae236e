"""The map builder: points or grid cells, payload size, offline base, safe tooltips."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from apphelpers import EVENTS, write_store
from geo import basemap, mapview, schema
from geo.store import load_store

MAX_PAYLOAD = 5_000_000


def synthetic_events(n: int, seed: int = 0) -> pd.DataFrame:
    """``n`` events scattered over Pakistan, typed like a loaded store."""
    rng = np.random.default_rng(seed)
    types = np.array(schema.EVENT_TYPES)
    fat = pd.array(rng.integers(0, 60, n), dtype="Int64")
    fat[rng.random(n) < 0.3] = pd.NA
    return pd.DataFrame({
        "event_id": pd.array([f"ev{i:08d}" for i in range(n)], dtype="string"),
        "event_date": pd.Timestamp("2009-01-01") + pd.to_timedelta(rng.integers(0, 3650, n), unit="D"),
        "date_precision": pd.Categorical(rng.choice(["day", "week", "month"], n)),
        "event_type": pd.Categorical(types[rng.integers(0, len(types), n)], categories=list(types)),
        "actor1": pd.Categorical(rng.choice(["Tehrik-i-Taliban Pakistan", "Pakistan Army", "Unidentified gunmen"], n)),
        "actor2": pd.Categorical(rng.choice(["Civilians", "Frontier Corps", None], n)),
        "place": pd.Categorical(rng.choice(["Peshawar", "Quetta", "Miranshah", "Karachi"], n)),
        "admin1": pd.Categorical(rng.choice(["Khyber Pakhtunkhwa", "Balochistan", "Sindh"], n)),
        "lat": rng.uniform(24.0, 37.0, n),
        "lon": rng.uniform(61.0, 77.0, n),
        "fatalities": fat,
    })


def spec(deck) -> dict:
    return json.loads(deck.to_json())


def layer(spec_: dict, layer_id: str) -> dict:
    return next(layer for layer in spec_["layers"] if layer["id"] == layer_id)


@pytest.fixture(scope="module")
def store_events(tmp_path_factory) -> pd.DataFrame:
    return load_store(write_store(tmp_path_factory.mktemp("store"))).events


def test_few_events_are_drawn_as_points_without_the_unresolved(store_events) -> None:
    deck = mapview.build_deck(store_events)
    s = spec(deck)
    points = layer(s, mapview.LAYER_EVENTS)["data"]
    assert {p["id"] for p in points} == {e["event_id"] for e in EVENTS if e["lat"] is not None}
    peshawar = next(p for p in points if p["id"] == "ev-peshawar-1")
    assert (peshawar["lon"], peshawar["lat"]) == (71.578, 34.008)
    assert tuple(peshawar["c"]) == (*mapview.PALETTE["bombing"], mapview.PRECISION_ALPHA[1])
    waziristan = next(p for p in points if p["id"] == "ev-waziristan-1")  # district level
    assert waziristan["c"][3] == mapview.PRECISION_ALPHA[2] < peshawar["c"][3]
    assert waziristan["where"] == "South Waziristan, Khyber Pakhtunkhwa (district level)"
    assert peshawar["toll"] == "Fatalities: 105"
    assert peshawar["who"] == "Unidentified militants vs Civilians"
    assert peshawar["where"] == "Peshawar, Khyber Pakhtunkhwa"
    # Only the fields the layer and tooltip need travel (no sentence, no article title).
    assert set(peshawar) == {"id", "lon", "lat", "c", "r", "what", "when", "where", "toll", "who"}
    summary = mapview.summarise(store_events)
    assert (summary.mode, summary.drawn_events, summary.no_coordinates) == ("points", 5, 1)


def test_radius_grows_with_fatalities_and_unknown_gets_the_minimum(store_events) -> None:
    points = {p["id"]: p for p in layer(spec(mapview.build_deck(store_events)), "events")["data"]}
    unknown = points["ev-rawalpindi-1"]["r"]
    zero = points["ev-quetta-1"]["r"]
    assert unknown == zero > 0
    assert points["ev-peshawar-1"]["r"] > points["ev-lahore-1"]["r"] > zero
    # sqrt scale: 105 dead is not 105/28 times the radius of 28 dead
    growth = (points["ev-peshawar-1"]["r"] - zero) / (points["ev-lahore-1"]["r"] - zero)
    assert growth == pytest.approx(np.sqrt(105 / 28), rel=0.02)


def test_offline_base_asks_no_tile_server(store_events) -> None:
    s = spec(mapview.build_deck(store_events))
    text = json.dumps(s)
    assert "mapProvider" not in s and "http" not in text
    # pydeck's sentinel tells Streamlit to draw no base map (an explicit null fetches CARTO).
    assert s["mapStyle"] == "__MAP_STYLE__"
    ids = [lyr["id"] for lyr in s["layers"]]
    tints = [mapview.country_layer_id(t) for t in range(1, 8)]
    assert ids == [
        mapview.LAYER_WATER, *tints, mapview.LAYER_CITIES,
        mapview.LAYER_CIRCLES, mapview.LAYER_EVENTS,  # South Waziristan: district level, no outline id
        mapview.LAYER_COUNTRY_LABELS, mapview.LAYER_PROVINCE_LABELS, mapview.LAYER_CITY_LABELS,
    ]
    # Labels of the events' countries only, with the names the events and filters use.
    provinces = {p["name"] for p in layer(s, mapview.LAYER_PROVINCE_LABELS)["data"]}
    assert {"Khyber Pakhtunkhwa", "Punjab", "Balochistan"} <= provinces
    cities = {p["name"] for p in layer(s, mapview.LAYER_CITY_LABELS)["data"]}
    assert {"Peshawar", "Lahore", "Karachi"} <= cities and "Kabul" not in cities
    assert all(not layer(s, i)["pickable"] for i in ids if i != mapview.LAYER_EVENTS)
    # Every country once, neighbours in different tints (borders show without a stroked layer).
    tint_of = {f["properties"]["name"]: t for t in tints for f in layer(s, t)["data"]["features"]}
    assert len(tint_of) == sum(len(layer(s, t)["data"]["features"]) for t in tints) > 150
    assert len({tint_of["Pakistan"], tint_of["Afghanistan"], tint_of["India"], tint_of["Iran"]}) == 4
    assert not any(lyr.get("stroked") for lyr in s["layers"] if lyr["@@type"] == "GeoJsonLayer")
    fills = {tuple(layer(s, t)["_subLayerProps"]["polygons-fill"]["getFillColor"]) for t in tints}
    assert len(fills) == 7
    assert all(lyr.get("id") for lyr in s["layers"])  # selection needs every layer to have an id


def test_online_base_only_when_asked(store_events) -> None:
    s = spec(mapview.build_deck(store_events, basemap="carto"))
    assert s["mapProvider"] == "carto"
    assert mapview.LAYER_COUNTRIES not in [lyr["id"] for lyr in s["layers"]]


def test_view_fits_the_events(store_events) -> None:
    view = mapview.fit_view(store_events, width=640, height=560)
    assert 67 < view.longitude < 75 and 30 < view.latitude < 35
    assert 4 < view.zoom < 8
    one = mapview.fit_view(store_events.iloc[:1])
    assert one.zoom == mapview.MAX_FIT_ZOOM and one.longitude == pytest.approx(71.578)
    nothing = mapview.fit_view(store_events.iloc[5:])  # only the unresolved event
    assert nothing == mapview.View()


def test_many_events_are_aggregated_into_cells_under_the_payload_bound() -> None:
    df = synthetic_events(200_000)
    before = pd.util.hash_pandas_object(df).to_numpy()
    deck = mapview.build_deck(df)
    payload = mapview.deck_payload_bytes(deck)
    s = spec(deck)
    ids = [lyr["id"] for lyr in s["layers"]]
    assert mapview.LAYER_CELLS in ids and mapview.LAYER_EVENTS not in ids
    cells = layer(s, mapview.LAYER_CELLS)["data"]
    assert sum(c["count"] for c in cells) == 200_000
    assert payload < MAX_PAYLOAD, payload
    assert np.array_equal(pd.util.hash_pandas_object(df).to_numpy(), before)  # not mutated
    # The dominant type and the fatality floor of one cell match a direct count.
    cell = max(cells, key=lambda c: c["count"])
    w, s_, e, n = mapview.cell_bounds(cell)
    inside = df[(df.lon >= w) & (df.lon < e) & (df.lat >= s_) & (df.lat < n)]
    assert len(inside) == cell["count"]
    assert f"{int(inside['fatalities'].sum()):,}" in cell["toll"]
    top = inside["event_type"].value_counts().max()
    assert int((inside["event_type"].astype(str) == cell["t"]).sum()) == top
    assert tuple(cell["c"][:3]) == mapview.PALETTE[cell["t"]] and cell["c"][3] == 255
    assert mapview.type_label(cell["t"]).lower() in cell["what"]
    summary = deck.summary
    assert summary == mapview.summarise(df)
    assert (summary.mode, summary.drawn_events, summary.cells) == ("cells", 200_000, len(cells))


def test_densest_grid_stays_under_the_payload_bound() -> None:
    # Events filling a square extent occupy every cell of the grid: the largest payload.
    df = synthetic_events(200_000, seed=3)
    rng = np.random.default_rng(3)
    span = 0.1 * mapview.GRID_DIVISIONS - 0.01  # just under a round number of 0.1° cells
    df["lon"] = rng.uniform(60.0, 60.0 + span, len(df))
    df["lat"] = rng.uniform(25.0, 25.0 + span, len(df))
    deck = mapview.build_deck(df)
    assert deck.summary.cell_degrees == 0.1
    assert deck.summary.cells > 0.95 * mapview.GRID_DIVISIONS**2
    assert mapview.deck_payload_bytes(deck) < MAX_PAYLOAD


def test_points_at_the_limit_stay_under_the_payload_bound() -> None:
    df = synthetic_events(mapview.POINT_LIMIT)
    long = "Tehrik-i-Taliban Pakistan faction of the very long organisation name " * 3
    df["actor1"] = pd.Categorical([long] * len(df))
    deck = mapview.build_deck(df)
    assert mapview.LAYER_EVENTS in [lyr.id for lyr in deck.layers]
    assert len(deck.layer_data(mapview.LAYER_EVENTS)) == mapview.POINT_LIMIT
    assert mapview.deck_payload_bytes(deck) < MAX_PAYLOAD
    one_more = mapview.build_deck(synthetic_events(mapview.POINT_LIMIT + 1))
    assert mapview.LAYER_CELLS in [lyr.id for lyr in one_more.layers]


def test_tooltips_are_text_and_carry_hostile_fields_verbatim(tmp_path) -> None:
    hostile = '<img src=x onerror="alert(1)"> & <script>alert(2)</script>'
    rows = [dict(EVENTS[0], event_id="ev-hostile", actor1=hostile, place="<b>Peshawar</b>")]
    df = load_store(write_store(tmp_path, rows)).events
    deck = mapview.build_deck(df)
    # Text tooltips reach the page as text (innerText), never as HTML.
    assert set(deck._tooltip) == {"text", "style"}
    assert "{" in deck._tooltip["text"] and "<" not in deck._tooltip["text"]
    point = deck.layer_data(mapview.LAYER_EVENTS)[0]
    assert point["who"].startswith("<img src=x") and point["where"].startswith("<b>Peshawar</b>")


def test_selected_event_is_ringed(store_events) -> None:
    s = spec(mapview.build_deck(store_events, selected="ev-lahore-1"))
    ring = layer(s, mapview.LAYER_SELECTED)
    assert ring["data"] == [{"lon": 74.351, "lat": 31.558}] and ring["pickable"] is False
    unknown = spec(mapview.build_deck(store_events, selected="ev-unresolved-1"))
    assert mapview.LAYER_SELECTED not in [lyr["id"] for lyr in unknown["layers"]]


def test_palette_covers_every_type_with_distinct_colours() -> None:
    assert set(mapview.PALETTE) == set(schema.EVENT_TYPES)
    assert len(set(mapview.PALETTE.values())) == len(schema.EVENT_TYPES)


def test_empty_frame_draws_an_empty_layer(store_events) -> None:
    s = spec(mapview.build_deck(store_events.iloc[0:0]))
    assert layer(s, mapview.LAYER_EVENTS)["data"] == []


def test_basemap_file_is_rebuilt_identically(tmp_path) -> None:
    if not basemap.NATURAL_EARTH_COUNTRIES.exists():
        pytest.skip(f"Natural Earth source not present at {basemap.NATURAL_EARTH_COUNTRIES}")
    out = basemap.build_countries(dst=tmp_path / "countries.geojson")
    assert out.read_bytes() == basemap.COUNTRIES.read_bytes()
    labels = basemap.build_labels(dst=tmp_path / "labels.json")
    assert labels.read_bytes() == basemap.LABELS.read_bytes()
    assert basemap.country_names()["PK"] == "Pakistan"


def test_district_and_province_events_are_drawn_as_areas_once_per_place() -> None:
    from geo import areas

    outlines = areas.load_outlines()
    gid = next(iter(outlines))
    rows = [
        dict(event_id=f"d{i}", event_date="2009-10-01", event_type="bombing", place="A district",
             country="PK", lat=33.0, lon=70.0, geo_precision=2, gazetteer_id=gid)
        for i in range(5)
    ] + [
        dict(event_id="r1", event_date="2009-10-01", event_type="protest", place="Somewhere region",
             country="NG", lat=9.0, lon=8.0, geo_precision=3, gazetteer_id="gn:999999999"),
        dict(event_id="t1", event_date="2009-10-01", event_type="protest", place="A town",
             country="NG", lat=9.5, lon=8.5, geo_precision=1, gazetteer_id="gn:1"),
    ]
    df = schema.events_frame(pd.DataFrame(rows))
    spec = json.loads(mapview.build_deck(df).to_json())
    layers = {layer["id"]: layer for layer in spec["layers"]}
    outline = layers[mapview.LAYER_OUTLINES]["data"]["features"]
    assert len(outline) == 1 and outline[0]["geometry"] == outlines[gid]
    circles = layers[mapview.LAYER_CIRCLES]["data"]
    assert circles == [{"lon": 8.0, "lat": 9.0, "m": 120000.0}]
    assert layers[mapview.LAYER_CIRCLES]["radiusUnits"] == "meters"
    # the town is only a dot; every event stays clickable in the events layer
    assert {p["id"] for p in layers[mapview.LAYER_EVENTS]["data"]} == {"d0", "d1", "d2", "d3", "d4", "r1", "t1"}

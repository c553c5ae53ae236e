"""The map as a pure function of an events frame: :func:`build_deck` returns a pydeck Deck.

Few events in view are drawn one by one (coloured by type, sized by fatalities); more than
:data:`POINT_LIMIT` are binned on the server into a regular grid so the JSON sent to the
browser stays small at any store size. Only the fields a layer needs travel, and they are
serialised column-wise by pandas (fast) and spliced into the deck's JSON.

The base is offline: a water background and Natural Earth country outlines and names
(``geo.basemap``), with ``map_provider=None`` so the browser asks no tile server. An online
CARTO base is used only when asked for (``basemap="carto"``).

Tooltips are plain text templates (``{"text": ...}``): deck.gl puts text tooltips into the
page as text, never as HTML, so article content cannot inject markup.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd
import pydeck as pdk
from pydeck.bindings.json_tools import default_serialize

from geo import basemap as basemap_data
from geo import schema

#: At most this many events are drawn as individual points; more are aggregated.
POINT_LIMIT = 10_000
#: A fitted view never zooms closer than this (a single event keeps its surroundings).
MAX_FIT_ZOOM = 7.5
#: Province and city labels are drawn when the initial view is at least this close.
LABEL_MIN_ZOOM = 4.0
#: Aim for about this many grid cells across the larger side of the events' extent.
GRID_DIVISIONS = 100
_NICE_CELL_DEGREES = (0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0)
_TEXT_CHARS = 80

LAYER_EVENTS = "events"
LAYER_CELLS = "cells"
LAYER_SELECTED = "selected"
LAYER_COUNTRIES = "countries"
LAYER_COUNTRY_LABELS = "country-labels"
LAYER_PROVINCE_LABELS = "province-labels"
LAYER_CITIES = "cities"
LAYER_CITY_LABELS = "city-labels"
LAYER_WATER = "water"
LAYER_OUTLINES = "area-outlines"
LAYER_CIRCLES = "area-circles"
#: Layers that answer a click.
PICKABLE_LAYERS = (LAYER_EVENTS, LAYER_CELLS)

#: Colour-blind-friendly colours (Okabe-Ito and Paul Tol), close hues within a type family.
PALETTE: dict[str, tuple[int, int, int]] = {
    "bombing": (230, 159, 0),
    "suicide_bombing": (213, 94, 0),
    "drone_strike": (204, 121, 167),
    "air_strike": (136, 34, 85),
    "shelling": (170, 68, 153),
    "armed_clash": (0, 114, 178),
    "attack_on_civilians": (51, 34, 136),
    "assassination": (86, 180, 233),
    "abduction": (68, 170, 153),
    "arrest": (0, 158, 115),
    "military_offensive": (17, 119, 51),
    "protest": (190, 160, 0),
    "strategic_development": (153, 153, 51),
    "other": (136, 136, 136),
}
UNKNOWN_COLOUR = (90, 90, 90)
WATER_COLOUR = (214, 226, 235)
LAND_COLOUR = (246, 244, 238)
#: Land tints of Natural Earth's seven map colours: neighbouring countries differ, so their
#: border shows without a line.
LAND_TINTS = (LAND_COLOUR, (236, 232, 220), (242, 238, 226), (232, 234, 226), (247, 241, 232),
              (238, 236, 230), (244, 242, 230))

TOOLTIP_TEMPLATE = "{what}\n{when}\n{where}\n{toll}\n{who}"
TOOLTIP_STYLE = {
    "backgroundColor": "#1f2430",
    "color": "#f4f4f4",
    "fontSize": "12px",
    "whiteSpace": "pre-line",
    "maxWidth": "360px",
}


@dataclass(frozen=True)
class View:
    """Where the camera looks. ``width``/``height`` are the expected canvas size in pixels."""

    latitude: float = 20.0
    longitude: float = 0.0
    zoom: float = 1.0
    width: int = 900
    height: int = 560


@dataclass(frozen=True)
class MapSummary:
    """What the map shows, for the caption under it."""

    mode: str  # "points" or "cells"
    drawn_events: int
    no_coordinates: int
    cells: int = 0
    cell_degrees: float = 0.0


def type_label(event_type: str) -> str:
    return str(event_type).replace("_", " ").capitalize()


def colour_of(event_type: str) -> tuple[int, int, int]:
    return PALETTE.get(str(event_type), UNKNOWN_COLOUR)


def summarise(df: pd.DataFrame) -> MapSummary:
    """How :func:`build_deck` draws ``df`` (points or cells) and what it leaves out.

    ``build_deck(...).summary`` gives the same without computing the grid twice.
    """
    has = _has_coordinates(df)
    n = int(has.sum())
    if n <= POINT_LIMIT:
        return MapSummary("points", n, len(df) - n)
    grid = _grid(df, has)
    return MapSummary("cells", n, len(df) - n, len(grid.count), grid.size)


def fit_view(df: pd.DataFrame, width: int = 900, height: int = 560) -> View:
    """A view that shows the events with coordinates (the central 98% when there are many)."""
    has = _has_coordinates(df)
    if not has.any():
        return View(width=width, height=height)
    lon = df["lon"].to_numpy()[has]
    lat = df["lat"].to_numpy()[has]
    if len(lon) > 50:
        step = max(1, len(lon) // 50_000)  # a regular sample is plenty for the extent
        west, east = np.quantile(lon[::step], [0.01, 0.99])
        south, north = np.quantile(lat[::step], [0.01, 0.99])
    else:
        west, east, south, north = lon.min(), lon.max(), lat.min(), lat.max()
    return fit_bounds(float(west), float(south), float(east), float(north), width, height)


def fit_bounds(
    west: float, south: float, east: float, north: float, width: int = 900, height: int = 560
) -> View:
    """The Web-Mercator view centred on a box, zoomed so it fills about 70% of the canvas."""

    def merc_y(lat: float) -> float:
        lat = max(min(lat, 85.0), -85.0)
        return (1 - math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) / math.pi) / 2

    dx = max((east - west) / 360.0, 1e-6)
    dy = max(abs(merc_y(south) - merc_y(north)), 1e-6)
    zoom = math.log2(min(width * 0.7 / (dx * 512), height * 0.7 / (dy * 512)))
    zoom = float(min(max(zoom, 0.3), MAX_FIT_ZOOM))
    y_mid = (merc_y(south) + merc_y(north)) / 2
    lat_mid = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y_mid))))
    return View(
        latitude=round(lat_mid, 5),
        longitude=round((west + east) / 2, 5),
        zoom=round(zoom, 2),
        width=width,
        height=height,
    )


def cell_degrees(lon: np.ndarray, lat: np.ndarray) -> float:
    """A round grid cell size (degrees) giving about GRID_DIVISIONS cells across the extent."""
    if len(lon) == 0:
        return _NICE_CELL_DEGREES[0]
    span = max(float(np.ptp(lon)), float(np.ptp(lat)), 1e-9)
    target = span / GRID_DIVISIONS
    for size in _NICE_CELL_DEGREES:
        if size >= target:
            return size
    return _NICE_CELL_DEGREES[-1]


def build_deck(
    df: pd.DataFrame,
    view: View | None = None,
    *,
    selected: str | None = None,
    basemap: str = "offline",
) -> pdk.Deck:
    """The map of the events in ``df`` (``df`` is not changed).

    ``view`` defaults to one fitting the events. ``selected`` is an event id to ring.
    ``basemap`` is ``"offline"`` (no outside request) or ``"carto"`` (online tiles).
    """
    view = view or fit_view(df)
    has = _has_coordinates(df)
    n_located = int(has.sum())
    splice: dict[str, str] = {}
    layers: list[pdk.Layer] = []
    if basemap == "carto":
        base: dict[str, Any] = {"map_provider": "carto", "map_style": "light"}
    else:
        # map_style keeps pydeck's default sentinel: with no provider, Streamlit then draws
        # no base map at all (an explicit None would make it fetch CARTO's style).
        base = {"map_provider": None}
        layers += _offline_base_layers(splice)
        # Province and city names only where they can be read: a view of a few countries.
        labelled = _present(df, "country") if view.zoom >= LABEL_MIN_ZOOM else frozenset()
        places = _labels_json(labelled)
        layers.append(_city_dots_layer(splice, places[1]))
    if n_located <= POINT_LIMIT:
        layers += _area_layers(df.loc[has], splice)
        layers.append(_points_layer(df.loc[has], splice))
        summary = MapSummary("points", n_located, len(df) - n_located)
    else:
        grid = _grid(df, has)
        layers.append(_cells_layer(grid, splice))
        summary = MapSummary("cells", n_located, len(df) - n_located, len(grid.count), grid.size)
    if selected is not None:
        ring = _selected_layer(df, has, selected)
        if ring is not None:
            layers.append(ring)
    if basemap != "carto":
        layers += _label_layers(splice, places, view.zoom)
    return SplicedDeck(
        splice,
        summary,
        layers=layers,
        initial_view_state=pdk.ViewState(
            latitude=view.latitude, longitude=view.longitude, zoom=view.zoom
        ),
        **base,
        tooltip={"text": TOOLTIP_TEMPLATE, "style": TOOLTIP_STYLE},
    )


def base_deck(view: View | None = None) -> pdk.Deck:
    """The offline base map alone (water, countries, country names, no events).

    Drawn first while the events load, so the browser fetches deck.gl and compiles the
    base map's shaders (the same layer types as the full map's) meanwhile.
    """
    view = view or View()
    splice: dict[str, str] = {}
    layers = _offline_base_layers(splice) + [_city_dots_layer(splice, "[]")]
    layers += _label_layers(splice, ("[]", "[]"), view.zoom)
    return SplicedDeck(
        splice,
        MapSummary("points", 0, 0),
        layers=layers,
        initial_view_state=pdk.ViewState(latitude=view.latitude, longitude=view.longitude, zoom=view.zoom),
        map_provider=None,
    )


def deck_payload_bytes(deck: pdk.Deck) -> int:
    """Bytes of JSON the browser receives for this deck (spec and tooltip)."""
    return len(deck.to_json().encode("utf-8")) + len(
        json.dumps(getattr(deck, "_tooltip", None) or {}).encode("utf-8")
    )


class SplicedDeck(pdk.Deck):
    """A Deck whose layer data is pre-serialised JSON, spliced in by a compact ``to_json``.

    pydeck serialises data row by row with indentation (about 1.6 MB and 0.26 s for 10k
    points); pandas writes the same records column-wise in a fraction of that and without
    whitespace. A layer's ``data`` holds a placeholder token until ``to_json``. The extra
    attributes live in slots, which pydeck's serialiser (``vars()``) does not see.
    """

    __slots__ = ("_splice", "summary")

    def __init__(self, splice: dict[str, str], summary: MapSummary, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._splice = splice
        self.summary = summary

    def to_json(self) -> str:
        text = json.dumps(self, default=default_serialize, separators=(",", ":"))
        for token, data_json in self._splice.items():
            text = text.replace(json.dumps(token), data_json, 1)
        return text

    def layer_data(self, layer_id: str) -> list[dict[str, Any]]:
        """The records a layer draws (parsed back from JSON; for inspection and tests)."""
        token = _token(layer_id)
        for layer in self.layers:
            if layer.id == layer_id:
                if layer.data == token:
                    return json.loads(self._splice[token])
                return list(layer.data or [])
        raise KeyError(layer_id)


def _token(layer_id: str) -> str:
    return f"\x00geo-layer-data:{layer_id}\x00"


def _put(splice: dict[str, str], layer_id: str, data_json: str) -> str:
    token = _token(layer_id)
    splice[token] = data_json
    return token


def _has_coordinates(df: pd.DataFrame) -> np.ndarray:
    lat = df["lat"].to_numpy(dtype="float64", na_value=np.nan)
    lon = df["lon"].to_numpy(dtype="float64", na_value=np.nan)
    return np.isfinite(lat) & np.isfinite(lon) & (np.abs(lat) <= 90) & (np.abs(lon) <= 180)


@lru_cache(maxsize=2)
def _base_json() -> tuple[tuple[int, str], ...]:
    """The countries as JSON, one FeatureCollection per map-colouring tint (built once per process)."""
    groups: dict[int, list] = {}
    for feat in basemap_data.load_countries()["features"]:
        groups.setdefault(int(feat["properties"].get("tint") or 1), []).append(feat)
    return tuple((tint, json.dumps({"type": "FeatureCollection", "features": feats}, separators=(",", ":")))
                 for tint, feats in sorted(groups.items()))


def country_layer_id(tint: int) -> str:
    """The id of the countries layer of one map-colouring tint (the first keeps the plain id)."""
    return LAYER_COUNTRIES if tint == 1 else f"{LAYER_COUNTRIES}-{tint}"


@lru_cache(maxsize=32)
def _country_labels_json(zoom_step: float) -> str:
    """Names of the countries big enough to label at this zoom (Natural Earth's ranks)."""
    labels = [
        {"name": f["properties"]["name"], "position": f["properties"]["label"]}
        for f in basemap_data.load_countries()["features"]
        if f["properties"].get("name") and f["properties"].get("min_label", 5.0) <= zoom_step + 1.5
    ]
    return json.dumps(labels, separators=(",", ":"), ensure_ascii=False)


def _fixed_colours(**sublayers: dict[str, Any]) -> dict[str, Any]:
    """Colours set on a composite layer's sublayers rather than on the layer itself.

    With a selection active, Streamlit greys every layer's top-level colour accessor
    (``getFillColor``, ``getColor``) to set off the chosen object; colours given through
    ``_subLayerProps`` keep the base map and its labels as they are.
    """
    return {"_sub_layer_props": sublayers}


#: deck.gl ``dataComparator`` for layers whose data never change (water, country outlines):
#: "always equal", so when the map updates (a filter change, the events arriving after the
#: base map) deck.gl keeps their tessellated polygons instead of building them again.
UNCHANGING_DATA = "true"  # pydeck sends it as the expression "@@=true"


def _offline_base_layers(splice: dict[str, str]) -> list[pdk.Layer]:
    ocean = {
        "type": "Feature",
        "properties": {},
        "geometry": {"type": "Polygon", "coordinates": [[[-180, -85], [180, -85], [180, 85], [-180, 85], [-180, -85]]]},
    }
    water = pdk.Layer(
        "GeoJsonLayer",
        data={"type": "FeatureCollection", "features": [ocean]},
        id=LAYER_WATER,
        data_comparator=UNCHANGING_DATA,
        filled=True,
        stroked=False,
        pickable=False,
        **_fixed_colours(**{"polygons-fill": {"getFillColor": list(WATER_COLOUR)}}),
    )
    # Borders show as the change of tint between neighbours (Natural Earth's map colouring),
    # not as stroked outlines: a stroke costs deck.gl a path layer, whose shaders take
    # software WebGL about half a second to compile before the first frame.
    countries = [
        pdk.Layer(
            "GeoJsonLayer",
            data=_put(splice, country_layer_id(tint), data),
            id=country_layer_id(tint),
            data_comparator=UNCHANGING_DATA,
            stroked=False,
            filled=True,
            pickable=False,
            **_fixed_colours(**{"polygons-fill": {"getFillColor": list(LAND_TINTS[(tint - 1) % len(LAND_TINTS)])}}),
        )
        for tint, data in _base_json()
    ]
    return [water, *countries]


def _present(df: pd.DataFrame, column: str) -> frozenset[str]:
    """Distinct non-null values of a (categorical) column."""
    if column not in df.columns:
        return frozenset()
    col = df[column]
    if isinstance(col.dtype, pd.CategoricalDtype):
        codes = np.unique(col.cat.codes.to_numpy())
        return frozenset(str(col.cat.categories[c]) for c in codes if c >= 0)
    return frozenset(str(v) for v in col.dropna().unique())


@lru_cache(maxsize=64)
def _labels_json(countries: frozenset[str]) -> tuple[str, str]:
    """Province labels and city points of ``countries`` as JSON (cached per set)."""
    provinces, cities = [], []
    for kind, name, iso2, lon, lat in basemap_data.load_labels():
        if iso2 in countries:
            (provinces if kind == "admin1" else cities).append({"name": name, "position": [lon, lat]})
    return json.dumps(provinces, ensure_ascii=False), json.dumps(cities, ensure_ascii=False)


def _city_dots_layer(splice: dict[str, str], cities_json: str) -> pdk.Layer:
    return pdk.Layer(
        "ScatterplotLayer",
        data=_put(splice, LAYER_CITIES, cities_json),
        id=LAYER_CITIES,
        get_position="position",
        get_radius=2.5,
        radius_units=pdk.types.String("pixels"),
        get_fill_color=[90, 90, 90],
        pickable=False,
    )


def _text_layer(
    layer_id: str, data: str, characters: str, size: int, colour: list[int], **kwargs: Any
) -> pdk.Layer:
    return pdk.Layer(
        "TextLayer",
        data=data,
        id=layer_id,
        get_position="position",
        get_text="name",
        get_size=size,
        font_family=pdk.types.String("Helvetica, Arial, sans-serif"),
        character_set=pdk.types.String(characters),
        pickable=False,
        **_fixed_colours(characters={"getColor": colour}),
        **kwargs,
    )


def _label_layers(splice: dict[str, str], places: tuple[str, str], zoom: float) -> list[pdk.Layer]:
    """Country, province and city names, drawn over the events (they take no clicks)."""
    countries_json = _country_labels_json(math.floor(zoom * 2) / 2)
    provinces_json, cities_json = places
    chars = _characters(countries_json, provinces_json, cities_json)
    return [
        _text_layer(LAYER_COUNTRY_LABELS, _put(splice, LAYER_COUNTRY_LABELS, countries_json),
                    chars, 15 if zoom >= 3 else 12, [95, 95, 95],
                    font_weight=pdk.types.String("bold")),
        _text_layer(LAYER_PROVINCE_LABELS, _put(splice, LAYER_PROVINCE_LABELS, provinces_json),
                    chars, 13, [115, 100, 160]),
        _text_layer(LAYER_CITY_LABELS, _put(splice, LAYER_CITY_LABELS, cities_json),
                    chars, 12, [50, 50, 50], get_pixel_offset=[0, -11]),
    ]


@lru_cache(maxsize=64)
def _characters(*labels_json: str) -> str:
    """Every character the labels use (the font atlas holds only these)."""
    names = "".join(str(item["name"]) for text in labels_json for item in json.loads(text))
    return "".join(sorted(set(names) | {chr(c) for c in range(32, 127)}))


def _category_text(col: pd.Series, fmt) -> pd.Series:
    """Format a (possibly categorical) string column through its unique values only."""
    if not isinstance(col.dtype, pd.CategoricalDtype):
        col = col.astype("string").astype("category")
    cats = col.cat.categories
    values = [fmt(str(c)) for c in cats] + [fmt(None)]
    table = np.empty(len(values), dtype=object)
    for i, value in enumerate(values):
        table[i] = value
    return pd.Series(table[col.cat.codes.to_numpy()], index=col.index, dtype=object)


def _shorten(text: str | None) -> str:
    if not text:
        return ""
    text = " ".join(text.split())
    return text if len(text) <= _TEXT_CHARS else text[: _TEXT_CHARS - 1] + "…"


#: Fill opacity by geo precision: a town is solid, a district or province is faint.
PRECISION_ALPHA = {1: 230, 2: 150, 3: 90}
PRECISION_NOTE = {2: " (district level)", 3: " (province level)"}


def _colour_column(df: pd.DataFrame) -> list[list[int]]:
    """[r, g, b, a] per event: colour by type, opacity by geo precision."""
    types = df["event_type"]
    if not isinstance(types.dtype, pd.CategoricalDtype):
        types = types.astype("string").astype("category")
    table = np.array([colour_of(str(c)) for c in types.cat.categories] + [UNKNOWN_COLOUR])
    rgb = table[types.cat.codes.to_numpy()]
    alpha = np.full(len(df), PRECISION_ALPHA[1])
    if "geo_precision" in df.columns:
        precision = pd.to_numeric(df["geo_precision"], errors="coerce").to_numpy(dtype="float64", na_value=np.nan)
        for level, value in PRECISION_ALPHA.items():
            alpha[precision == level] = value
    return np.column_stack([rgb, alpha]).astype(int).tolist()


def _points_layer(df: pd.DataFrame, splice: dict[str, str]) -> pdk.Layer:
    fat = pd.to_numeric(df["fatalities"], errors="coerce").astype("Float64")
    fat_values = fat.to_numpy(dtype="float64", na_value=np.nan)
    radius = np.where(
        np.isnan(fat_values), 5.0, 5.0 + 1.4 * np.sqrt(np.clip(np.nan_to_num(fat_values), 0, 400))
    )
    dates = pd.to_datetime(df["event_date"], errors="coerce")
    when = dates.dt.strftime("%Y-%m-%d").fillna("date unknown")
    if "date_precision" in df.columns:
        precision = _category_text(df["date_precision"], lambda p: f" ({p})" if p and p != "day" else "")
        when = when + precision
    where = _category_text(df["place"], lambda p: _shorten(p) or "place unknown")
    if "admin1" in df.columns:
        where = where + _category_text(df["admin1"], lambda a: f", {_shorten(a)}" if a else "")
    if "geo_precision" in df.columns:
        precision = pd.to_numeric(df["geo_precision"], errors="coerce")
        where = where + precision.map(PRECISION_NOTE).fillna("").astype(object)
    actor1 = _category_text(df["actor1"], lambda a: _shorten(a))
    actor2 = _category_text(df["actor2"], lambda a: f" vs {_shorten(a)}" if a else "")
    who = actor1 + actor2
    toll = ("Fatalities: " + fat.round().astype("Int64").astype("string")).fillna(
        "Fatalities: unknown"
    )
    records = pd.DataFrame(
        {
            "id": df["event_id"].astype("string"),
            "lon": df["lon"].astype("float64").round(5),
            "lat": df["lat"].astype("float64").round(5),
            "c": _colour_column(df),
            "r": radius.round(1),
            "what": _category_text(df["event_type"], lambda t: type_label(t) if t else "Event"),
            "when": when,
            "where": where,
            "toll": toll,
            "who": who.where(who != "", "actors unknown"),
        }
    )
    # Big circles first, so the small ones drawn after them stay visible and clickable.
    records = records.iloc[np.argsort(-radius, kind="stable")]
    data_json = records.to_json(orient="records", force_ascii=False) if len(records) else "[]"
    return pdk.Layer(
        "ScatterplotLayer",
        data=_put(splice, LAYER_EVENTS, data_json),
        id=LAYER_EVENTS,
        get_position="[lon, lat]",
        get_fill_color="c",
        get_radius="r",
        radius_units=pdk.types.String("pixels"),
        # Crowded maps get smaller circles; the sqrt scale between events is kept.
        radius_scale=round(max(0.45, min(1.0, math.sqrt(400 / max(len(records), 1)))), 3),
        radius_min_pixels=2,
        stroked=True,
        get_line_color=[255, 255, 255],
        line_width_min_pixels=1,
        opacity=0.85,
        pickable=True,
        auto_highlight=True,
    )


#: What each mark on the map stands for (fixed text for the legend).
MARK_LEGEND = (
    ("dot", "a town or an exact place"),
    ("outline", "a district or province (Pakistan, Afghanistan): the event is somewhere inside"),
    ("circle", "an approximate area (district or region elsewhere): somewhere inside"),
    ("grid cell", "many events grouped: click for the list"),
)


def _area_layers(df: pd.DataFrame, splice: dict[str, str]) -> list[pdk.Layer]:
    """Events known only to a district or province, drawn as that area: its Who's On First
    outline where one is bundled, else a circle of a radius (metres) for its precision.
    One shape per distinct place, however many events share it."""
    if "geo_precision" not in df.columns or "gazetteer_id" not in df.columns:
        return []
    from geo import areas

    outlines = areas.load_outlines()
    places = areas.imprecise_places(df, outlines)
    if places.empty:
        return []
    layers = []
    with_outline = places[places["has_outline"]]
    if len(with_outline):
        features = [{"type": "Feature", "geometry": outlines[gid], "properties": {}}
                    for gid in with_outline["gazetteer_id"]]
        data = json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":"))
        layers.append(pdk.Layer(
            "GeoJsonLayer", data=_put(splice, LAYER_OUTLINES, data), id=LAYER_OUTLINES,
            # filled, not stroked: a stroke would cost a path layer's shaders on the first draw
            stroked=False, filled=True, get_fill_color=[90, 90, 120, 70], pickable=False,
        ))
    circles = places[~places["has_outline"]]
    if len(circles):
        records = pd.DataFrame({
            "lon": circles["lon"].astype(float).round(5), "lat": circles["lat"].astype(float).round(5),
            "m": (circles["radius_km"].astype(float) * 1000).round(0),
        })
        layers.append(pdk.Layer(
            "ScatterplotLayer", data=_put(splice, LAYER_CIRCLES, records.to_json(orient="records")),
            id=LAYER_CIRCLES, get_position="[lon, lat]", get_radius="m",
            radius_units=pdk.types.String("meters"), stroked=True, filled=True,
            get_fill_color=[120, 120, 120, 30], get_line_color=[80, 80, 80, 200],
            line_width_min_pixels=1.5, pickable=False,
        ))
    return layers


@dataclass(frozen=True)
class _Grid:
    """Events binned into square cells of ``size`` degrees (only occupied cells)."""

    size: float
    west: np.ndarray
    south: np.ndarray
    count: np.ndarray
    fatalities: np.ndarray  # sum of stated fatalities
    fatalities_known: np.ndarray  # events with a stated number
    dominant: np.ndarray  # index into type_names
    type_names: list[str | None]


def _grid(df: pd.DataFrame, has: np.ndarray) -> _Grid:
    """Bin the located events (``has``) with dense bincounts over their extent (no sort)."""
    lon = df["lon"].to_numpy(dtype="float64", na_value=np.nan)[has]
    lat = df["lat"].to_numpy(dtype="float64", na_value=np.nan)[has]
    size = cell_degrees(lon, lat)
    ix = np.floor((lon + 180.0) / size).astype(np.int64)
    iy = np.floor((lat + 90.0) / size).astype(np.int64)
    x0, y0 = int(ix.min()), int(iy.min())
    ny = int(iy.max()) - y0 + 1
    n_cells = (int(ix.max()) - x0 + 1) * ny
    local = (ix - x0) * ny + (iy - y0)
    counts = np.bincount(local, minlength=n_cells)
    occupied = np.flatnonzero(counts)
    types = df["event_type"]
    if not isinstance(types.dtype, pd.CategoricalDtype):
        types = types.astype("string").astype("category")
    type_names: list[str | None] = [str(c) for c in types.cat.categories] + [None]
    n_types = len(type_names)
    codes = types.cat.codes.to_numpy()[has].astype(np.int64)
    codes = np.where(codes < 0, n_types - 1, codes)
    per_type = np.bincount(local * n_types + codes, minlength=n_cells * n_types)
    per_type = per_type.reshape(n_cells, n_types)[occupied]
    fat = pd.to_numeric(df["fatalities"], errors="coerce").to_numpy(dtype="float64", na_value=np.nan)
    fat = fat[has]
    known = ~np.isnan(fat)
    return _Grid(
        size=size,
        west=(occupied // ny + x0) * size - 180.0,
        south=(occupied % ny + y0) * size - 90.0,
        count=counts[occupied],
        fatalities=np.bincount(local, weights=np.where(known, fat, 0.0), minlength=n_cells)[occupied],
        fatalities_known=np.bincount(local, weights=known, minlength=n_cells)[occupied],
        dominant=per_type.argmax(axis=1),
        type_names=type_names,
    )


def _cells_layer(grid: _Grid, splice: dict[str, str]) -> pdk.Layer:
    """Square cells coloured by their most frequent type, more opaque where events are many.

    Each cell travels as its bounds (``w, s, e, n``); deck.gl builds the square from them.
    """
    size = grid.size
    names = np.array([t or "" for t in grid.type_names], dtype=object)
    what = np.array(
        [f"mostly {type_label(t).lower()}" if t else "of unknown type" for t in grid.type_names],
        dtype=object,
    )
    rgb = np.array([colour_of(t) if t else UNKNOWN_COLOUR for t in grid.type_names])
    west, south, counts = grid.west, grid.south, grid.count
    alpha = np.round(70 + 185 * np.log1p(counts) / np.log1p(counts.max())).astype(int)
    count_text = pd.Series(counts).map("{:,} events, ".format)
    fat = pd.Series(grid.fatalities.round().astype(np.int64)).map("Fatalities: at least {:,}".format)
    lat_text = pd.Series(south).map(lambda v: f"{v:.2f} to {v + size:.2f}°N, ")
    lon_text = pd.Series(west).map(lambda v: f"{v:.2f} to {v + size:.2f}°E")
    records = pd.DataFrame(
        {
            "w": west.round(5),
            "s": south.round(5),
            "e": (west + size).round(5),
            "n": (south + size).round(5),
            "count": counts,
            "t": names[grid.dominant],
            "c": np.column_stack([rgb[grid.dominant], alpha]).tolist(),
            "what": count_text + what[grid.dominant],
            "when": f"{size:g}° grid cell",
            "where": lat_text + lon_text,
            "toll": fat.where(grid.fatalities_known > 0, "Fatalities: unknown"),
            "who": "Click to list its events",
        }
    )
    return pdk.Layer(
        "SolidPolygonLayer",
        data=_put(splice, LAYER_CELLS, records.to_json(orient="records", force_ascii=False)),
        id=LAYER_CELLS,
        get_polygon="[[w, s], [e, s], [e, n], [w, n]]",
        get_fill_color="c",
        pickable=True,
        auto_highlight=True,
    )


def cell_bounds(cell: dict[str, Any]) -> tuple[float, float, float, float] | None:
    """(west, south, east, north) of a clicked cell record, or None if it is not one."""
    try:
        return float(cell["w"]), float(cell["s"]), float(cell["e"]), float(cell["n"])
    except (KeyError, TypeError, ValueError):
        return None


def _selected_layer(df: pd.DataFrame, has: np.ndarray, event_id: str) -> pdk.Layer | None:
    hit = df.loc[has & (df["event_id"].astype("string") == event_id).to_numpy(dtype=bool, na_value=False), ["lon", "lat"]]
    if hit.empty:
        return None
    return pdk.Layer(
        "ScatterplotLayer",
        data=[{"lon": float(hit["lon"].iloc[0]), "lat": float(hit["lat"].iloc[0])}],
        id=LAYER_SELECTED,
        get_position="[lon, lat]",
        get_radius=14,
        radius_units=pdk.types.String("pixels"),
        filled=False,
        stroked=True,
        get_line_color=[20, 20, 20],
        line_width_min_pixels=3,
        pickable=False,
    )


def event_colour_legend(types: list[str] | tuple[str, ...] = schema.EVENT_TYPES) -> list[tuple[str, str]]:
    """(label, hex colour) for each type, for a legend beside the map."""
    return [(type_label(t), "#%02x%02x%02x" % colour_of(t)) for t in types]

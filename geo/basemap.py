"""The offline base map: Natural Earth country outlines shipped with the package.

``data/basemap/countries.geojson`` is derived from Natural Earth's 1:110m admin-0
countries (public domain) keeping only the name, ISO code, label point, label zoom and map-colouring tint of each country and
coordinates rounded to 0.01 degree, so the whole world is small enough to send with every
map. ``data/basemap/labels.json`` holds province and city labels taken from the offline
gazetteer (GeoNames, CC BY 4.0). Regenerate them with :func:`build_countries` and
:func:`build_labels` (``python -c "from geo import basemap; basemap.build_countries();
basemap.build_labels()"``).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from geo import paths

COUNTRIES = paths.BASEMAP / "countries.geojson"
LABELS = paths.BASEMAP / "labels.json"
#: Cities labelled on the base map: capitals, province seats and cities of a million.
CITY_POPULATION = 1_000_000
NATURAL_EARTH_COUNTRIES = paths.SHARED_GAZETTEER / "naturalearth" / "ne_110m_admin_0_countries.geojson"
_DIGITS = 2


def build_countries(src: Path = NATURAL_EARTH_COUNTRIES, dst: Path = COUNTRIES) -> Path:
    """Write the compact country outlines GeoJSON from a Natural Earth admin-0 file."""
    with open(src, encoding="utf-8") as fh:
        world = json.load(fh)
    features = []
    for feat in world["features"]:
        props = feat.get("properties") or {}
        iso = props.get("ISO_A2_EH") or props.get("ISO_A2")
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "name": props.get("NAME") or props.get("ADMIN") or "",
                    "iso2": iso if iso and iso != "-99" else "",
                    "label": [
                        round(float(props.get("LABEL_X") or 0.0), _DIGITS),
                        round(float(props.get("LABEL_Y") or 0.0), _DIGITS),
                    ],
                    # Natural Earth's suggested first zoom for the name (web tile zooms).
                    "min_label": float(props.get("MIN_LABEL") or 5.0),
                    # Natural Earth's map colouring: neighbours never share one of these 7 tints.
                    "tint": int(props.get("MAPCOLOR7") or 1),
                },
                "geometry": _round_geometry(feat["geometry"]),
            }
        )
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = dst.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump({"type": "FeatureCollection", "features": features}, fh, separators=(",", ":"))
    tmp.replace(dst)
    return dst


def build_labels(gazetteer: Path = paths.GAZETTEER, dst: Path = LABELS) -> Path:
    """Write province and city labels (name, country, position) from the offline gazetteer.

    Province names are the gazetteer's admin1 names, the same the events and the filters
    use. Rows are ``[kind, name, iso2, lon, lat]`` with kind ``admin1`` or ``city``.
    """
    import pandas as pd  # only needed to rebuild the file

    g = pd.read_parquet(
        gazetteer, columns=["name", "lat", "lon", "country", "admin1", "feature", "population", "fcode"]
    )
    g = g.dropna(subset=["lat", "lon", "country", "name"])
    provinces = g[(g["fcode"] == "ADM1")].drop_duplicates(["country", "name"])
    cities = g[
        (g["feature"] == "city")
        & (g["fcode"].isin(["PPLC", "PPLA"]) | (g["population"] >= CITY_POPULATION))
    ].sort_values("population", ascending=False).drop_duplicates(["country", "name"])
    # A province named like one of its cities (Islamabad) is labelled once, as the city.
    city_keys = set(zip(cities["country"], cities["name"]))
    provinces = provinces[[k not in city_keys for k in zip(provinces["country"], provinces["name"])]]
    rows = [
        [kind, str(r.name), str(r.country), round(float(r.lon), _DIGITS), round(float(r.lat), _DIGITS)]
        for kind, frame in (("admin1", provinces), ("city", cities))
        for r in frame.sort_values(["country", "name"]).itertuples(index=False)
    ]
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = dst.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(rows, fh, separators=(",", ":"), ensure_ascii=False)
    tmp.replace(dst)
    return dst


@lru_cache(maxsize=4)
def load_labels(path: Path = LABELS) -> tuple[tuple[str, str, str, float, float], ...]:
    """(kind, name, iso2, lon, lat) of the province and city labels (read once per process)."""
    if not path.exists():
        return ()
    with open(path, encoding="utf-8") as fh:
        return tuple(tuple(row) for row in json.load(fh))


@lru_cache(maxsize=4)
def load_countries(path: Path = COUNTRIES) -> dict[str, Any]:
    """The country outlines as a GeoJSON dict (read once per process; do not mutate)."""
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def _round_geometry(geom: dict[str, Any]) -> dict[str, Any]:
    def ring(points: list[list[float]]) -> list[list[float]]:
        out: list[list[float]] = []
        for x, y, *_ in points:
            p = [round(x, _DIGITS), round(y, _DIGITS)]
            if not out or out[-1] != p:
                out.append(p)
        return out

    if geom["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": [ring(r) for r in geom["coordinates"]]}
    if geom["type"] == "MultiPolygon":
        return {
            "type": "MultiPolygon",
            "coordinates": [[ring(r) for r in poly] for poly in geom["coordinates"]],
        }
    return geom


def country_names(path: Path = COUNTRIES) -> dict[str, str]:
    """ISO 3166-1 alpha-2 code -> country name, from the shipped outlines."""
    return {
        f["properties"]["iso2"]: f["properties"]["name"]
        for f in load_countries(path)["features"]
        if f["properties"].get("iso2")
    }

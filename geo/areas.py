"""Outlines of districts and provinces, so events known only to an area are drawn as that area.

Who's On First gives polygons for Pakistan and Afghanistan (``data/areas.geojson``, derived
by :func:`build`); elsewhere an imprecise event is drawn as a circle whose radius is scaled
to its place's feature (:func:`radius_km`).
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pandas as pd

from geo import paths

AREAS = paths.DATA / "areas.geojson"
WOF_POLYGONS = Path("whosonfirst") / "wof_pk_af_admin_polygons.geojson"

#: Radius of the circle drawn for an area with no outline, by geo_precision (km).
RADIUS_KM = {1: 0.0, 2: 25.0, 3: 120.0}


def _round(coords, ndigits: int):
    if isinstance(coords[0], (int, float)):
        return [round(coords[0], ndigits), round(coords[1], ndigits)]
    return [_round(c, ndigits) for c in coords]


def build(sources: Path = paths.SHARED_GAZETTEER, out: Path = AREAS, ndigits: int = 3) -> int:
    """Write the compact outlines file from the Who's On First polygons; returns its size."""
    raw = json.loads((Path(sources) / WOF_POLYGONS).read_text(encoding="utf-8"))
    features = []
    for feat in raw["features"]:
        prop = feat["properties"]
        if prop.get("placetype") not in ("region", "county") or prop.get("is_current") != 1:
            continue
        ids = [f"wof:{prop['wof_id']}"]
        if prop.get("gn_id"):
            ids.append(f"gn:{prop['gn_id']}")
        geometry = feat["geometry"]
        features.append({
            "type": "Feature",
            "properties": {"ids": ids, "name": prop.get("name_eng") or prop.get("name"),
                           "placetype": prop["placetype"], "country": prop.get("country")},
            "geometry": {"type": geometry["type"], "coordinates": _round(geometry["coordinates"], ndigits)},
        })
    features.sort(key=lambda f: f["properties"]["ids"][0])
    doc = {"type": "FeatureCollection",
           "attribution": "Who's On First (https://whosonfirst.org/docs/licenses/)",
           "features": features}
    text = json.dumps(doc, separators=(",", ":"))
    Path(out).write_text(text, encoding="utf-8")
    return len(text)


@functools.lru_cache(maxsize=4)
def load_outlines(path: Path = AREAS) -> dict[str, dict]:
    """gazetteer_id → GeoJSON geometry, for every place with an outline."""
    doc = json.loads(Path(path).read_text(encoding="utf-8"))
    outlines: dict[str, dict] = {}
    for feat in doc["features"]:
        for gid in feat["properties"]["ids"]:
            outlines.setdefault(gid, feat["geometry"])
    return outlines


def radius_km(geo_precision) -> float:
    try:
        return RADIUS_KM.get(int(geo_precision), 0.0)
    except (TypeError, ValueError):
        return 0.0


def imprecise_places(events: pd.DataFrame, outlines: dict[str, dict] | None = None) -> pd.DataFrame:
    """One row per distinct district- or province-level place among *events*.

    Columns: gazetteer_id, place, lat, lon, geo_precision, count, fatalities, radius_km, and
    ``has_outline`` (True where :func:`load_outlines` has its polygon).
    """
    outlines = load_outlines() if outlines is None else outlines
    coarse = events[(events["geo_precision"].astype("Float64").fillna(1) >= 2) & events["lat"].notna()]
    if coarse.empty:
        return pd.DataFrame(columns=["gazetteer_id", "place", "lat", "lon", "geo_precision", "count",
                                     "fatalities", "radius_km", "has_outline"])
    key = coarse["gazetteer_id"].astype("string").fillna(
        "at:" + coarse["lat"].round(3).astype(str) + "," + coarse["lon"].round(3).astype(str))
    grouped = coarse.assign(_key=key.to_numpy()).groupby("_key", sort=True)
    out = grouped.agg(place=("place", "first"), lat=("lat", "first"), lon=("lon", "first"),
                      geo_precision=("geo_precision", "max"), count=("place", "size"),
                      fatalities=("fatalities", "sum")).reset_index(names="gazetteer_id")
    out["place"] = out["place"].astype(str)
    out["radius_km"] = out["geo_precision"].map(radius_km)
    out["has_outline"] = out["gazetteer_id"].isin(outlines.keys())
    return out

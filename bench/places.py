"""Real places for synthetic data: towns from the repository's gazetteer, weighted to conflict areas.

The generators (``bench.generate`` and ``bench.corpus``) draw their places from
``data/gazetteer.parquet``. When that file is not there (a fresh checkout before the
gazetteer is built) they fall back to the raw GeoNames file the gazetteer is built from.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from geo import paths

GEONAMES_CITIES = paths.SHARED_GAZETTEER / "geonames" / "cities15000.txt.gz"
GEONAMES_ADMIN1 = paths.SHARED_GAZETTEER / "geonames" / "admin1CodesASCII.txt"

#: Relative share of events per country (ISO2), shaped like a conflict-event dataset:
#: most events in a few long conflicts, a long tail elsewhere.
CONFLICT_WEIGHT: dict[str, float] = {
    "UA": 14, "SY": 12, "PK": 9, "AF": 9, "IQ": 7, "YE": 7, "NG": 7, "SO": 6, "MM": 6,
    "SD": 5, "CD": 5, "IN": 4, "ML": 4, "BF": 4, "MX": 4, "PS": 3, "ET": 3, "LY": 3,
    "CO": 3, "PH": 3, "SS": 2, "NE": 2, "CM": 2, "CF": 2, "MZ": 2, "BR": 2, "LB": 1.5,
    "IL": 1.5, "TR": 1.5, "EG": 1, "IR": 1, "BD": 1, "KE": 1, "TD": 1, "HT": 1, "VE": 1,
    "DZ": 0.5, "TN": 0.5, "TH": 0.5, "NP": 0.5, "LK": 0.3, "UG": 0.5, "BI": 0.5, "RU": 1,
    "AZ": 0.3, "AM": 0.3, "GE": 0.2, "KG": 0.2, "TJ": 0.2, "SA": 0.5, "ZA": 0.5,
}
#: Weight of every other country.
OTHER_WEIGHT = 0.02

COUNTRY_NAMES: dict[str, str] = {
    "UA": "Ukraine", "SY": "Syria", "PK": "Pakistan", "AF": "Afghanistan", "IQ": "Iraq",
    "YE": "Yemen", "NG": "Nigeria", "SO": "Somalia", "MM": "Myanmar", "SD": "Sudan",
    "CD": "DR Congo", "IN": "India", "ML": "Mali", "BF": "Burkina Faso", "MX": "Mexico",
    "PS": "Palestine", "ET": "Ethiopia", "LY": "Libya", "CO": "Colombia",
    "PH": "the Philippines", "SS": "South Sudan", "NE": "Niger", "CM": "Cameroon",
    "CF": "Central African Republic", "MZ": "Mozambique", "BR": "Brazil", "LB": "Lebanon",
    "IL": "Israel", "TR": "Turkey", "EG": "Egypt", "IR": "Iran", "BD": "Bangladesh",
    "KE": "Kenya", "TD": "Chad", "HT": "Haiti", "VE": "Venezuela", "DZ": "Algeria",
    "TN": "Tunisia", "TH": "Thailand", "NP": "Nepal", "LK": "Sri Lanka", "UG": "Uganda",
    "BI": "Burundi", "RU": "Russia", "AZ": "Azerbaijan", "AM": "Armenia", "GE": "Georgia",
    "KG": "Kyrgyzstan", "TJ": "Tajikistan", "SA": "Saudi Arabia", "ZA": "South Africa",
}

COUNTRY_DEMONYMS: dict[str, str] = {
    "UA": "Ukrainian", "SY": "Syrian", "PK": "Pakistani", "AF": "Afghan", "IQ": "Iraqi",
    "YE": "Yemeni", "NG": "Nigerian", "SO": "Somali", "MM": "Myanmar", "SD": "Sudanese",
    "CD": "Congolese", "IN": "Indian", "ML": "Malian", "BF": "Burkinabe", "MX": "Mexican",
    "PS": "Palestinian", "ET": "Ethiopian", "LY": "Libyan", "CO": "Colombian",
    "PH": "Philippine", "SS": "South Sudanese", "NE": "Nigerien", "CM": "Cameroonian",
    "CF": "Central African", "MZ": "Mozambican", "BR": "Brazilian", "LB": "Lebanese",
    "IL": "Israeli", "TR": "Turkish", "EG": "Egyptian", "IR": "Iranian",
    "BD": "Bangladeshi", "KE": "Kenyan", "TD": "Chadian", "HT": "Haitian",
    "VE": "Venezuelan", "RU": "Russian",
}


@dataclass(frozen=True)
class PlaceTable:
    """Towns to draw from: parallel arrays, one entry per town."""

    gazetteer_id: np.ndarray   # str
    name: np.ndarray           # str
    lat: np.ndarray            # float
    lon: np.ndarray            # float
    country: np.ndarray        # str (ISO2)
    admin1: np.ndarray         # str ("" when unknown)
    population: np.ndarray     # int
    source: str                # which file the towns came from

    def __len__(self) -> int:
        return len(self.name)

    def weights(self) -> np.ndarray:
        """Probability of each town: country's conflict share, split by population**0.6."""
        pop = np.maximum(self.population.astype(float), 1000.0) ** 0.6
        frame = pd.DataFrame({"country": self.country, "pop": pop})
        country_total = frame.groupby("country")["pop"].transform("sum").to_numpy()
        share = frame["country"].map(CONFLICT_WEIGHT).fillna(OTHER_WEIGHT).to_numpy()
        w = share * pop / country_total
        return w / w.sum()


def _first(columns: pd.Index, *names: str) -> str | None:
    for name in names:
        if name in columns:
            return name
    return None


def _from_gazetteer(path: Path) -> pd.DataFrame | None:
    """Towns from the repository's gazetteer parquet, or None if it has no usable town rows."""
    df = pd.read_parquet(path)
    cols = {
        "gazetteer_id": _first(df.columns, "gazetteer_id", "id", "place_id"),
        "name": _first(df.columns, "name", "preferred_name"),
        "lat": _first(df.columns, "lat", "latitude"),
        "lon": _first(df.columns, "lon", "longitude", "lng"),
        "country": _first(df.columns, "country", "country_code", "cc"),
        "admin1": _first(df.columns, "admin1", "admin1_name", "province"),
        "population": _first(df.columns, "population", "pop"),
        "feature": _first(df.columns, "feature", "feature_class"),
    }
    needed = ("name", "lat", "lon", "country")
    if any(cols[c] is None for c in needed):
        return None
    out = pd.DataFrame({k: df[v] for k, v in cols.items() if v is not None})
    if "feature" in out:
        out = out[out["feature"].astype(str) == "city"]
    if "gazetteer_id" not in out:
        out["gazetteer_id"] = "gz:" + out.index.astype(str)
    if "admin1" not in out:
        out["admin1"] = ""
    if "population" not in out:
        out["population"] = 0
    out = out.dropna(subset=["name", "lat", "lon", "country"])
    out = out.drop_duplicates(subset=["gazetteer_id"])
    # Names must be plain words to sit in a sentence: drop names with digits or brackets.
    out = out[~out["name"].astype(str).str.contains(r"[\d()\[\]]", regex=True)]
    return out if len(out) >= 1000 else None


def _from_geonames(path: Path, admin1_path: Path) -> pd.DataFrame:
    """Towns with at least 15,000 people from the raw GeoNames dump."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        raw = pd.read_csv(fh, sep="\t", header=None, quoting=3, dtype=str,
                          usecols=[0, 2, 4, 5, 8, 10, 14], keep_default_na=False)
    raw.columns = ["geonameid", "name", "lat", "lon", "country", "admin1_code", "population"]
    admin1 = pd.read_csv(admin1_path, sep="\t", header=None, quoting=3, dtype=str,
                         usecols=[0, 2], names=["code", "admin1"], keep_default_na=False)
    names = dict(zip(admin1["code"], admin1["admin1"]))
    return pd.DataFrame({
        "gazetteer_id": "gn:" + raw["geonameid"],
        "name": raw["name"],
        "lat": raw["lat"].astype(float),
        "lon": raw["lon"].astype(float),
        "country": raw["country"],
        "admin1": (raw["country"] + "." + raw["admin1_code"]).map(names).fillna(""),
        "population": pd.to_numeric(raw["population"], errors="coerce").fillna(0).astype(int),
    })


def load_places(gazetteer: Path = paths.GAZETTEER) -> PlaceTable:
    """Towns to draw from, sorted for determinism; the repository's gazetteer when it exists."""
    frame = None
    source = ""
    if gazetteer.exists():
        frame = _from_gazetteer(gazetteer)
        source = str(gazetteer)
    if frame is None:
        if not GEONAMES_CITIES.exists():
            raise FileNotFoundError(
                f"no towns to draw from: {gazetteer} is missing or has no city rows, and the "
                f"raw GeoNames file {GEONAMES_CITIES} is not there either; build the gazetteer "
                "with `python -m geo gazetteer build`")
        frame = _from_geonames(GEONAMES_CITIES, GEONAMES_ADMIN1)
        source = str(GEONAMES_CITIES)
    frame = frame.sort_values("gazetteer_id", kind="stable").reset_index(drop=True)
    return PlaceTable(
        gazetteer_id=frame["gazetteer_id"].astype(str).to_numpy(dtype=object),
        name=frame["name"].astype(str).to_numpy(dtype=object),
        lat=frame["lat"].to_numpy(dtype=float),
        lon=frame["lon"].to_numpy(dtype=float),
        country=frame["country"].astype(str).to_numpy(dtype=object),
        admin1=frame["admin1"].fillna("").astype(str).to_numpy(dtype=object),
        population=frame["population"].fillna(0).to_numpy(dtype=np.int64),
        source=source,
    )


def zipf_probabilities(n: int, exponent: float = 1.1) -> np.ndarray:
    """Probabilities of ranks 1..n falling off as rank**-exponent (a heavy tail)."""
    p = 1.0 / np.arange(1, n + 1, dtype=float) ** exponent
    return p / p.sum()

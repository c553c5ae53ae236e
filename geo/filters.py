"""The filter state of the map: to and from URL query parameters, and applied to a frame.

A view is shared by copying its URL. The parameters are short and readable::

    ?from=2009-10-01&to=2009-10-31&type=bombing,armed_clash&actor=Pakistan Army
     &country=PK&admin1=Punjab&event=<event_id>&view=34.0,71.5,8

``view`` is the map's centre and zoom (latitude, longitude, zoom) chosen by "zoom to": the
map cannot report where the analyst panned it, so only a view set from the app is shared.

Lists are comma-separated (a value that itself contains a comma is recognised whole when
it names a known option; repeated parameters are accepted too). Parameters left out mean
"no restriction". Nonsense (bad dates, ``from`` after ``to``, unknown names, unknown keys,
oversized values) never raises: that parameter falls back to its default and a warning
naming the parameter says why. Warnings are plain text; the caller decides how to show it.
"""

from __future__ import annotations

from collections.abc import Collection, Container, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date

import numpy as np
import pandas as pd

from geo import schema

#: Query parameter names, in the order they appear in a URL.
KEYS: tuple[str, ...] = ("from", "to", "type", "actor", "country", "admin1", "event", "view")
#: Parameters Streamlit itself reads from the URL; passed over silently.
RESERVED_KEYS: frozenset[str] = frozenset({"embed", "embed_options"})
#: A parameter value longer than this is ignored whole (protects against pasted junk).
MAX_VALUE_CHARS = 4000
#: At most this many values are taken from one list parameter.
MAX_ITEMS = 200
_SHOW_CHARS = 40


@dataclass(frozen=True)
class Available:
    """What the store holds: the options a URL may name."""

    date_min: date | None = None
    date_max: date | None = None
    types: tuple[str, ...] = schema.EVENT_TYPES
    actors: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    admin1: tuple[str, ...] = ()
    event_ids: Container[str] = frozenset()

    @classmethod
    def from_events(cls, events: pd.DataFrame) -> Available:
        """Options of an events frame (categoricals are read from their categories)."""
        dates = _as_datetime(events["event_date"]).dropna()
        actors = sorted(set(_options(events["actor1"])) | set(_options(events["actor2"])))
        types = tuple(dict.fromkeys([*schema.EVENT_TYPES, *_options(events["event_type"])]))
        return cls(
            date_min=dates.min().date() if len(dates) else None,
            date_max=dates.max().date() if len(dates) else None,
            types=types,
            actors=tuple(actors),
            countries=tuple(sorted(_options(events["country"]))),
            admin1=tuple(sorted(_options(events["admin1"]))),
            event_ids=pd.Index(events["event_id"].dropna().astype(str)),
        )


@dataclass(frozen=True)
class FilterState:
    """What the analyst asked to see. Empty tuples and ``None`` mean "no restriction"."""

    date_from: date | None = None
    date_to: date | None = None
    types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    admin1: tuple[str, ...] = ()
    event: str | None = None
    view: tuple[float, float, float] | None = None

    @classmethod
    def from_query(
        cls, params: Mapping[str, str | list[str]], available: Available
    ) -> tuple[FilterState, list[str]]:
        """Parse URL query parameters; every bad parameter becomes a warning and its default."""
        warnings: list[str] = []
        values: dict[str, list[str]] = {}
        unknown: list[str] = []
        for key, raw in params.items():
            items = [raw] if isinstance(raw, str) else [str(v) for v in raw]
            if key in RESERVED_KEYS:
                continue
            if key not in KEYS:
                unknown.append(key)
                continue
            total = sum(len(v) for v in items)
            if total > MAX_VALUE_CHARS:
                warnings.append(
                    f"URL parameter '{key}' is too long ({total} characters); it was ignored."
                )
                continue
            values[key] = items
        if unknown:
            warnings.append(
                "Unknown URL parameter(s) ignored: "
                + ", ".join(_show(k) for k in unknown[:10])
                + (f" and {len(unknown) - 10} more" if len(unknown) > 10 else "")
                + f". Known parameters: {', '.join(KEYS)}."
            )

        date_from = _parse_date("from", values.get("from"), warnings)
        date_to = _parse_date("to", values.get("to"), warnings)
        if date_from and date_to and date_from > date_to:
            warnings.append(
                f"URL parameters 'from' ({date_from}) and 'to' ({date_to}) are in the wrong "
                "order; showing all dates."
            )
            date_from = date_to = None

        countries = _parse_list(
            "country", values.get("country"), available.countries, warnings, normalise=str.upper
        )
        state = cls(
            date_from=date_from,
            date_to=date_to,
            types=_parse_list(
                "type", values.get("type"), available.types, warnings, normalise=str.lower
            ),
            actors=_parse_list("actor", values.get("actor"), available.actors, warnings),
            countries=countries,
            admin1=_parse_list("admin1", values.get("admin1"), available.admin1, warnings),
            event=_parse_event(values.get("event"), available.event_ids, warnings),
            view=parse_view(values.get("view"), warnings),
        )
        return state, warnings

    def to_query(self) -> dict[str, str]:
        """The URL query parameters of this state; defaults are left out."""
        out: dict[str, str] = {}
        if self.date_from:
            out["from"] = self.date_from.isoformat()
        if self.date_to:
            out["to"] = self.date_to.isoformat()
        for key, items in (
            ("type", self.types),
            ("actor", self.actors),
            ("country", self.countries),
            ("admin1", self.admin1),
        ):
            if items:
                out[key] = ",".join(items)
        if self.event:
            out["event"] = self.event
        if self.view:
            lat, lon, zoom = self.view
            out["view"] = f"{lat:.4f},{lon:.4f},{zoom:g}"
        return out

    def with_event(self, event: str | None) -> FilterState:
        return replace(self, event=event)

    def with_view(self, view: tuple[float, float, float] | None) -> FilterState:
        return replace(self, view=view)

    def mask(self, df: pd.DataFrame) -> np.ndarray:
        """Boolean array: which rows of ``df`` pass the filters (``event`` does not filter)."""
        keep = np.ones(len(df), dtype=bool)
        if self.date_from or self.date_to:
            dates = _as_datetime(df["event_date"]).to_numpy()
            if self.date_from:
                keep &= dates >= np.datetime64(self.date_from, "s")
            if self.date_to:
                keep &= dates < np.datetime64(self.date_to, "s") + np.timedelta64(1, "D")
        if self.types:
            keep &= _isin(df["event_type"], self.types)
        if self.actors:
            keep &= _isin(df["actor1"], self.actors) | _isin(df["actor2"], self.actors)
        if self.countries:
            keep &= _isin(df["country"], self.countries)
        if self.admin1:
            keep &= _isin(df["admin1"], self.admin1)
        return keep

    def apply(self, df: pd.DataFrame) -> pd.DataFrame:
        """A new frame with the rows of ``df`` that pass the filters; ``df`` is not changed."""
        return df.loc[self.mask(df)]

    @property
    def is_default(self) -> bool:
        return self == FilterState()


def _as_datetime(col: pd.Series) -> pd.Series:
    if pd.api.types.is_datetime64_any_dtype(col.dtype):
        return col
    return pd.to_datetime(col, errors="coerce")


def _options(col: pd.Series) -> list[str]:
    if isinstance(col.dtype, pd.CategoricalDtype):
        values = col.cat.categories
    else:
        values = col.dropna().unique()
    return [str(v) for v in values if not pd.isna(v) and str(v) != ""]


def _isin(col: pd.Series, values: Iterable[str]) -> np.ndarray:
    """Vectorised membership; on categoricals a lookup table indexed by the codes."""
    values = list(values)
    if isinstance(col.dtype, pd.CategoricalDtype):
        categories = col.cat.categories
        table = np.zeros(len(categories) + 1, dtype=bool)  # last slot: code -1 (missing)
        positions = categories.get_indexer(values)
        table[positions[positions >= 0]] = True
        return table[col.cat.codes.to_numpy()]
    return col.isin(values).to_numpy(dtype=bool, na_value=False)


def _show(value: str) -> str:
    text = value if len(value) <= _SHOW_CHARS else value[: _SHOW_CHARS - 1] + "…"
    return repr(text)


def _parse_date(key: str, items: list[str] | None, warnings: list[str]) -> date | None:
    if not items:
        return None
    text = items[-1].strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        warnings.append(
            f"URL parameter '{key}' = {_show(text)} is not a date (YYYY-MM-DD); "
            f"it was ignored."
        )
        return None


def _parse_list(
    key: str,
    items: list[str] | None,
    options: Collection[str],
    warnings: list[str],
    normalise=None,
) -> tuple[str, ...]:
    """Known options named by the parameter, in the store's order; unknown ones are reported."""
    if not items:
        return ()
    by_norm = {normalise(o) if normalise else o: o for o in options}
    found: list[str] = []
    bad: list[str] = []
    for item in items:
        pieces = [item] if _lookup(item, by_norm, normalise) else item.split(",")
        for piece in pieces:
            piece = piece.strip()
            if not piece:
                continue
            hit = _lookup(piece, by_norm, normalise)
            (found if hit else bad).append(hit or piece)
    if len(found) + len(bad) > MAX_ITEMS:
        warnings.append(
            f"URL parameter '{key}' names more than {MAX_ITEMS} values; it was ignored."
        )
        return ()
    if bad:
        shown = ", ".join(_show(b) for b in bad[:5]) + (f" and {len(bad) - 5} more" if len(bad) > 5 else "")
        what = "no match" if not found else "the others are applied"
        warnings.append(f"URL parameter '{key}': unknown value(s) {shown} ignored ({what}).")
    chosen = set(found)
    return tuple(o for o in options if o in chosen)


def _lookup(value: str, by_norm: dict[str, str], normalise) -> str | None:
    return by_norm.get(normalise(value.strip()) if normalise else value.strip())


def _parse_event(
    items: list[str] | None, event_ids: Container[str], warnings: list[str]
) -> str | None:
    if not items:
        return None
    text = items[-1].strip()
    if not text:
        return None
    if text in event_ids:
        return text
    warnings.append(f"URL parameter 'event' = {_show(text)} names no event in this store; it was ignored.")
    return None


def latest(df: pd.DataFrame, n: int) -> pd.DataFrame:
    """The ``n`` most recent events of ``df``, newest first (undated last)."""
    return df.iloc[newest_first(df["event_date"], n)]


def newest_first(dates: pd.Series, n: int) -> np.ndarray:
    """Positions of the ``n`` most recent ``dates``, newest first, undated last (no full sort)."""
    values = _as_datetime(dates).to_numpy(dtype="datetime64[s]")
    keys = np.where(np.isnat(values), np.iinfo(np.int64).min + 1, values.astype("int64"))
    if len(keys) <= n:
        return np.argsort(-keys, kind="stable")
    top = np.argpartition(-keys, n - 1)[:n]
    return top[np.argsort(-keys[top], kind="stable")]


def parse_view(items: list[str] | None, warnings: list[str]) -> tuple[float, float, float] | None:
    """``lat,lon,zoom`` → a map view; out-of-range or malformed values give a warning."""
    if not items:
        return None
    text = items[-1].strip()
    if not text:
        return None
    parts = text.split(",")
    try:
        lat, lon, zoom = (float(p) for p in parts)
        ok = -85 <= lat <= 85 and -180 <= lon <= 180 and 0 <= zoom <= 20
    except ValueError:
        ok = False
    if not ok:
        warnings.append(
            f"URL parameter 'view' = {_show(text)} is not 'latitude,longitude,zoom' "
            "(e.g. 34.0,71.5,8); the map fits the events instead."
        )
        return None
    return (lat, lon, zoom)

"""Analysts' corrections to machine-read events, kept in SQLite beside the store.

A correction changes one field of one event (``event_id`` is stable across re-ingests of
the same text, so corrections survive a re-ingest), or rejects the event. Every
correction records who made it, when, and why; undoing one marks it undone rather than
deleting it, so the history stays complete. The newest active correction of a field wins.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

FILE_NAME = "corrections.sqlite"

#: Fields an analyst may correct, with a parser that validates the new value.
def _parse_float_range(lo: float, hi: float, name: str):
    def parse(value: str) -> str:
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise ValueError(f"{name} must be a number, not {value!r}") from None
        if not lo <= number <= hi:
            raise ValueError(f"{name} must be between {lo:g} and {hi:g}, not {number:g}")
        return repr(number)
    return parse


def _parse_date(value: str) -> str:
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ValueError(f"date must be YYYY-MM-DD, not {value!r}") from None


def _parse_fatalities(value: str) -> str:
    if value in ("", None):
        return ""
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValueError(f"fatalities must be a whole number or empty, not {value!r}") from None
    if number < 0:
        raise ValueError("fatalities cannot be negative")
    return str(number)


def _parse_choice(choices: tuple[str, ...], name: str):
    def parse(value: str) -> str:
        if value not in choices:
            raise ValueError(f"{name} must be one of {', '.join(choices)}, not {value!r}")
        return value
    return parse


def _parse_text(name: str, max_len: int = 200):
    def parse(value: str) -> str:
        value = (value or "").strip()
        if len(value) > max_len:
            raise ValueError(f"{name} is longer than {max_len} characters")
        return value
    return parse


def _field_parsers():
    from geo.schema import DATE_PRECISIONS, EVENT_TYPES

    return {
        "event_type": _parse_choice(EVENT_TYPES, "event type"),
        "actor1": _parse_text("actor1"),
        "actor2": _parse_text("actor2"),
        "event_date": _parse_date,
        "date_precision": _parse_choice(DATE_PRECISIONS, "date precision"),
        "fatalities": _parse_fatalities,
        "lat": _parse_float_range(-90, 90, "latitude"),
        "lon": _parse_float_range(-180, 180, "longitude"),
        "place": _parse_text("place"),
        "country": _parse_text("country", 2),
        "admin1": _parse_text("admin1"),
        "geo_precision": _parse_choice(("1", "2", "3"), "geo precision"),
        "gazetteer_id": _parse_text("gazetteer id"),
        "rejected": _parse_choice(("0", "1"), "rejected"),
    }


FIELDS = tuple(_field_parsers())

_SCHEMA = """
CREATE TABLE IF NOT EXISTS corrections (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id   TEXT NOT NULL,
    field      TEXT NOT NULL,
    new_value  TEXT NOT NULL,
    old_value  TEXT,
    analyst    TEXT NOT NULL,
    reason     TEXT NOT NULL,
    created_at TEXT NOT NULL,
    undone_at  TEXT,
    undone_by  TEXT
);
CREATE INDEX IF NOT EXISTS corrections_event ON corrections(event_id);
"""


@dataclass(frozen=True)
class Correction:
    id: int
    event_id: str
    field: str
    new_value: str
    old_value: str | None
    analyst: str
    reason: str
    created_at: str
    undone_at: str | None
    undone_by: str | None


class CorrectionStore:
    """Corrections for one store, in ``<store>/corrections.sqlite`` (or a path given)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as con:
            con.executescript(_SCHEMA)

    @classmethod
    def for_store(cls, store: Path) -> "CorrectionStore":
        return cls(Path(store) / FILE_NAME)

    def _connect(self) -> sqlite3.Connection:
        con = sqlite3.connect(self.path, timeout=10)
        con.execute("PRAGMA journal_mode=WAL")
        return con

    def add(self, event_id: str, changes: dict[str, object], *, analyst: str, reason: str,
            old: dict[str, object] | None = None, now: dt.datetime | None = None) -> list[int]:
        """Record *changes* (field → new value) to one event; all or nothing.

        Raises ValueError with a message for people when a field or value is not valid,
        or the analyst's name or the reason is missing.
        """
        analyst, reason = (analyst or "").strip(), (reason or "").strip()
        if not analyst:
            raise ValueError("say who you are: a correction needs the analyst's name")
        if not reason:
            raise ValueError("say why: a correction needs a reason")
        if not changes:
            raise ValueError("nothing to correct")
        parsers = _field_parsers()
        rows = []
        stamp = (now or dt.datetime.now(dt.timezone.utc)).isoformat(timespec="seconds")
        for field, value in changes.items():
            if field not in parsers:
                raise ValueError(f"{field!r} cannot be corrected; fields: {', '.join(FIELDS)}")
            new_value = parsers[field]("" if value is None else str(value))
            old_value = None if old is None or old.get(field) is None else str(old.get(field))
            rows.append((str(event_id), field, new_value, old_value, analyst[:100], reason[:500], stamp))
        with self._connect() as con:
            cur = con.executemany(
                "INSERT INTO corrections (event_id, field, new_value, old_value, analyst, reason,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
            last = con.execute("SELECT max(id) FROM corrections").fetchone()[0]
        return list(range(last - cur.rowcount + 1, last + 1))

    def reject(self, event_id: str, *, analyst: str, reason: str) -> list[int]:
        return self.add(event_id, {"rejected": "1"}, analyst=analyst, reason=reason)

    def undo(self, correction_id: int, *, analyst: str, now: dt.datetime | None = None) -> bool:
        """Mark one correction undone. Returns False when it was not active."""
        stamp = (now or dt.datetime.now(dt.timezone.utc)).isoformat(timespec="seconds")
        with self._connect() as con:
            cur = con.execute("UPDATE corrections SET undone_at = ?, undone_by = ? "
                              "WHERE id = ? AND undone_at IS NULL",
                              (stamp, (analyst or "").strip()[:100] or "unknown", int(correction_id)))
        return cur.rowcount == 1

    def undo_last(self, event_id: str, *, analyst: str) -> list[int]:
        """Undo the newest active change made to *event_id* (all fields saved together)."""
        with self._connect() as con:
            row = con.execute("SELECT created_at FROM corrections WHERE event_id = ? AND "
                              "undone_at IS NULL ORDER BY id DESC LIMIT 1", (event_id,)).fetchone()
            if row is None:
                return []
            ids = [r[0] for r in con.execute(
                "SELECT id FROM corrections WHERE event_id = ? AND undone_at IS NULL AND "
                "created_at = ?", (event_id, row[0]))]
        for cid in ids:
            self.undo(cid, analyst=analyst)
        return ids

    def history(self, event_id: str | None = None) -> list[Correction]:
        query = "SELECT * FROM corrections"
        args: tuple = ()
        if event_id is not None:
            query += " WHERE event_id = ?"
            args = (event_id,)
        with self._connect() as con:
            return [Correction(*r) for r in con.execute(query + " ORDER BY id", args)]

    def frame(self) -> pd.DataFrame:
        """Every correction, undone ones included, as a DataFrame (for export)."""
        with self._connect() as con:
            return pd.read_sql_query("SELECT * FROM corrections ORDER BY id", con)

    def version(self) -> tuple[int, int]:
        """Changes whenever a correction is added or undone (a cache key)."""
        with self._connect() as con:
            row = con.execute("SELECT count(*), coalesce(sum(undone_at IS NOT NULL), 0) "
                              "FROM corrections").fetchone()
        return int(row[0]), int(row[1])


def active(corrections: pd.DataFrame) -> pd.DataFrame:
    """The newest active correction per (event_id, field)."""
    live = corrections[corrections["undone_at"].isna()]
    return live.sort_values("id").drop_duplicates(["event_id", "field"], keep="last")


def apply_corrections(events: pd.DataFrame, corrections: pd.DataFrame) -> pd.DataFrame:
    """Return a copy of *events* with active corrections applied.

    Adds ``corrected`` (bool), ``rejected`` (bool) and ``corrected_by`` (who, last) columns.
    Events not named by any correction are unchanged.
    """
    out = events.copy()
    out["corrected"] = False
    out["rejected"] = False
    out["corrected_by"] = pd.array([None] * len(out), dtype="string")
    if corrections is None or corrections.empty or out.empty:
        return out
    live = active(corrections)
    if live.empty:
        return out
    position = pd.Series(range(len(out)), index=out["event_id"].astype(str))
    position = position[~position.index.duplicated()]
    live = live[live["event_id"].isin(position.index)]
    for field, group in live.groupby("field"):
        rows = position.loc[group["event_id"]].to_numpy()
        values = group["new_value"]
        if field == "rejected":
            out.loc[out.index[rows], "rejected"] = values.eq("1").to_numpy()
            continue
        column = out[field]
        if field == "event_date":
            new = pd.to_datetime(values).dt.date if column.dtype == object else pd.to_datetime(values)
        elif field in ("lat", "lon"):
            new = values.astype(float)
        elif field in ("fatalities", "geo_precision"):
            new = pd.to_numeric(values.replace("", None)).astype("Int64")
        else:
            new = values
        if isinstance(column.dtype, pd.CategoricalDtype):
            missing = pd.Index(new.dropna().unique()).difference(column.cat.categories)
            if len(missing):
                out[field] = column.cat.add_categories(missing)
        out.loc[out.index[rows], field] = new.to_numpy()
        out.loc[out.index[rows], "corrected"] = True
    last_by = live.sort_values("id").drop_duplicates("event_id", keep="last")
    rows = position.loc[last_by["event_id"]].to_numpy()
    out.loc[out.index[rows], "corrected_by"] = last_by["analyst"].to_numpy()
    return out


def place_changes(place) -> dict[str, object]:
    """The field changes that move an event to a gazetteer ``Place``."""
    return {"place": place.name, "lat": place.lat, "lon": place.lon, "country": place.country,
            "admin1": place.admin1 or "", "geo_precision": str(int(place.geo_precision)),
            "gazetteer_id": place.gazetteer_id}


def changed_fields(current: dict[str, object], wanted: dict[str, object]) -> dict[str, object]:
    """The entries of *wanted* whose value differs from *current* (compared as text).

    Empty text and missing values are the same; dates compare by their ISO form.
    """
    def text(value: object) -> str:
        if value is None:
            return ""
        try:
            if pd.isna(value):
                return ""
        except (TypeError, ValueError):
            pass
        if isinstance(value, (pd.Timestamp, dt.datetime)):
            return value.date().isoformat()
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value).strip()

    return {k: v for k, v in wanted.items() if text(current.get(k)) != text(v)}

"""Loading a store (``events.parquet`` and ``places.parquet``) for the app.

The frames come back ready for fast filtering: the string columns that filters and the
map use are pandas categoricals (``actor1`` and ``actor2`` share one set of categories so
one lookup table of codes serves both), dates are ``datetime64``. The loaded frames are
meant to be shared read-only (for example through a cache): nothing here or downstream
mutates them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from geo import schema

EVENTS_FILE = "events.parquet"
PLACES_FILE = "places.parquet"

#: Event columns stored as categoricals (few distinct values, filtered on or coloured by).
CATEGORY_COLUMNS: tuple[str, ...] = (
    "date_precision",
    "event_type",
    "place",
    "country",
    "admin1",
    "source",
    "feature",
)
ACTOR_COLUMNS: tuple[str, ...] = ("actor1", "actor2")
DATE_COLUMNS: tuple[str, ...] = ("event_date", "published")


class StoreError(Exception):
    """The store cannot be read; ``str(err)`` is a message for people, saying what to do."""


@dataclass(frozen=True)
class Store:
    """The events and place mentions of one store, read-only."""

    path: Path
    events: pd.DataFrame
    places: pd.DataFrame
    warnings: tuple[str, ...] = field(default=())

    @property
    def n_events(self) -> int:
        return len(self.events)


def store_signature(path: Path) -> tuple[tuple[str, int, int], ...]:
    """(name, mtime_ns, size) of the store's files: a cache key that changes on re-ingest."""
    out = []
    for name in (EVENTS_FILE, PLACES_FILE):
        try:
            st = (Path(path) / name).stat()
            out.append((name, st.st_mtime_ns, st.st_size))
        except OSError:
            out.append((name, 0, 0))
    return tuple(out)


def load_store(path: Path | str) -> Store:
    """Read and validate the store folder at ``path``.

    Raises :class:`StoreError` with a readable message when the folder or a file is
    missing or unreadable, or when contract columns are missing from ``events.parquet``.
    A missing ``places.parquet`` is not fatal (the map needs only events): it gives a
    warning and an empty places frame.
    """
    path = Path(path).expanduser()
    if not path.is_dir():
        raise StoreError(
            f"No store folder at {path}. Write one with "
            f"`python -m geo ingest CORPUS_DIR --out {path}` or point GEO_STORE at an existing store."
        )
    warnings: list[str] = []
    events_raw = _read_parquet(path / EVENTS_FILE, required=True)
    missing = [c for c in schema.EVENT_COLUMNS if c not in events_raw.column_names]
    if missing:
        raise StoreError(
            f"{path / EVENTS_FILE} lacks the column(s) {', '.join(missing)}; "
            "it was not written by `python -m geo ingest` or by an older version. Re-run the ingest."
        )
    events = _prepare_events(events_raw)
    places_raw = _read_parquet(path / PLACES_FILE, required=False)
    if places_raw is None:
        warnings.append(f"{path / PLACES_FILE} is missing; place mentions are not available.")
        places = schema.places_frame(pd.DataFrame())
    else:
        places = places_raw.to_pandas()
    return Store(path=path, events=events, places=places, warnings=tuple(warnings))


def _read_parquet(file: Path, *, required: bool) -> pa.Table | None:
    if not file.exists():
        if required:
            raise StoreError(
                f"The store folder {file.parent} has no {file.name}. "
                f"Re-run `python -m geo ingest CORPUS_DIR --out {file.parent}`."
            )
        return None
    try:
        return pq.read_table(file)
    except (OSError, pa.ArrowException) as err:
        raise StoreError(f"Cannot read {file}: {err}. Re-run the ingest to rewrite it.") from err


def _prepare_events(table: pa.Table) -> pd.DataFrame:
    """Typed events frame: categoricals for filter columns, datetime64 dates, all columns."""
    wanted = {**schema.EVENT_COLUMNS, **schema.EVENT_EXTRA_COLUMNS}
    raw = table.to_pandas()
    cols: dict[str, pd.Series] = {}
    n = len(raw)
    for name, dtype in wanted.items():
        col = raw[name] if name in raw.columns else pd.Series([None] * n, index=raw.index)
        if name in DATE_COLUMNS:
            cols[name] = pd.to_datetime(col, errors="coerce").astype("datetime64[s]")
        elif name in CATEGORY_COLUMNS:
            cols[name] = _category(col)
        elif name in ACTOR_COLUMNS:
            continue
        elif dtype == "float64":
            cols[name] = pd.to_numeric(col, errors="coerce").astype("float64")
        else:
            cols[name] = col.astype(dtype) if n else pd.Series([], dtype=dtype)
    actor_cats = _sorted_categories(pd.concat([raw.get("actor1", pd.Series(dtype=object)),
                                               raw.get("actor2", pd.Series(dtype=object))]))
    for name in ACTOR_COLUMNS:
        col = raw[name] if name in raw.columns else pd.Series([None] * n, index=raw.index)
        cols[name] = pd.Categorical(col.astype("string"), categories=actor_cats)
    event_type = cols["event_type"]
    extra_types = [t for t in event_type.cat.categories if t not in schema.EVENT_TYPES]
    cols["event_type"] = event_type.cat.set_categories(list(schema.EVENT_TYPES) + sorted(extra_types))
    out = pd.DataFrame({name: cols[name] for name in wanted}, index=pd.RangeIndex(n))
    extra = [c for c in raw.columns if c not in wanted]
    for name in extra:
        out[name] = raw[name].to_numpy()
    return out


def _sorted_categories(values: pd.Series) -> list[str]:
    unique = pd.Series(values.dropna().astype("string").unique())
    return sorted(v for v in unique.tolist() if v != "")


def _category(col: pd.Series) -> pd.Series:
    s = col.astype("string")
    return pd.Series(pd.Categorical(s, categories=_sorted_categories(s)), index=col.index)

"""Loading a store (``events.parquet`` and ``places.parquet``) for the app.

The frames come back ready for fast filtering: the string columns that filters and the
map use are pandas categoricals (``actor1`` and ``actor2`` share one set of categories so
one lookup table of codes serves both), dates are ``datetime64``. The loaded frames are
meant to be shared read-only (for example through a cache): nothing here or downstream
mutates them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from geo import schema

EVENTS_FILE = "events.parquet"
PLACES_FILE = "places.parquet"
ARTICLES_FILE = "articles.parquet"
ARTICLE_COLUMNS = ("article_id", "title", "source", "url", "published", "text")

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
    """The events and place mentions of one store, read-only.

    The place mentions are read on first use: the map, filters and table need only the
    events, and at a million events reading the mentions too would delay the first map.
    """

    path: Path
    events: pd.DataFrame
    warnings: tuple[str, ...] = field(default=())

    @property
    def n_events(self) -> int:
        return len(self.events)

    @cached_property
    def places(self) -> pd.DataFrame:
        """The place mentions (``places.parquet``); an empty frame when the file is missing."""
        places_raw = _read_parquet(self.path / PLACES_FILE, required=False)
        if places_raw is None:
            return schema.places_frame(pd.DataFrame())
        return places_raw.to_pandas()


def store_signature(path: Path) -> tuple[tuple[str, int, int], ...]:
    """(name, mtime_ns, size) of the store's files: a cache key that changes on re-ingest."""
    out = []
    for name in (EVENTS_FILE, PLACES_FILE, ARTICLES_FILE):
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
    events_raw = _read_parquet(
        path / EVENTS_FILE, required=True, dictionary=CATEGORY_COLUMNS + ACTOR_COLUMNS
    )
    missing = [c for c in schema.EVENT_COLUMNS if c not in events_raw.column_names]
    if missing:
        raise StoreError(
            f"{path / EVENTS_FILE} lacks the column(s) {', '.join(missing)}; "
            "it was not written by `python -m geo ingest` or by an older version. Re-run the ingest."
        )
    events = _prepare_events(events_raw)
    if not (path / PLACES_FILE).exists():
        warnings.append(f"{path / PLACES_FILE} is missing; place mentions are not available.")
    return Store(path=path, events=events, warnings=tuple(warnings))


def _read_parquet(file: Path, *, required: bool, dictionary: tuple[str, ...] = ()) -> pa.Table | None:
    """The table at ``file``; string columns named in ``dictionary`` are read dictionary-encoded."""
    if not file.exists():
        if required:
            raise StoreError(
                f"The store folder {file.parent} has no {file.name}. "
                f"Re-run `python -m geo ingest CORPUS_DIR --out {file.parent}`."
            )
        return None
    try:
        file_schema = pq.read_schema(file)
        as_dictionary = [
            f.name for f in file_schema
            if f.name in dictionary and (pa.types.is_string(f.type) or pa.types.is_large_string(f.type))
        ]
        # Memory-mapped: the columns are decoded straight from the page cache, no read copy.
        return _single_chunk_strings(pq.read_table(file, read_dictionary=as_dictionary or None,
                                                   memory_map=True))
    except (OSError, pa.ArrowException) as err:
        raise StoreError(f"Cannot read {file}: {err}. Re-run the ingest to rewrite it.") from err


def _single_chunk_strings(table: pa.Table) -> pa.Table:
    """String columns as one chunk each: taking a few rows from a many-chunk Arrow string
    column costs tens of milliseconds at a million rows, from one chunk microseconds."""
    for i, field in enumerate(table.schema):
        column = table.column(i)
        is_text = pa.types.is_string(field.type) or pa.types.is_large_string(field.type)
        if is_text and column.num_chunks > 1:
            table = table.set_column(i, field, pa.chunked_array([column.combine_chunks()]))
    return table


_NULLABLE_INTS = {
    pa.int8(): pd.Int64Dtype(), pa.int16(): pd.Int64Dtype(), pa.int32(): pd.Int64Dtype(),
    pa.int64(): pd.Int64Dtype(), pa.uint8(): pd.Int64Dtype(), pa.uint16(): pd.Int64Dtype(),
    pa.uint32(): pd.Int64Dtype(),
}


def _prepare_events(table: pa.Table) -> pd.DataFrame:
    """Typed events frame: categoricals for filter columns, datetime64 dates, all columns."""
    wanted = {**schema.EVENT_COLUMNS, **schema.EVENT_EXTRA_COLUMNS}
    for name in DATE_COLUMNS:
        table = _dates_as_timestamps(table, name)
    raw = table.to_pandas(types_mapper=_NULLABLE_INTS.get)
    n = len(raw)
    cols: dict[str, pd.Series] = {}
    for name, dtype in wanted.items():
        col = raw[name] if name in raw.columns else pd.Series([None] * n, index=raw.index, dtype=object)
        if name in DATE_COLUMNS:
            if col.dtype != "datetime64[s]":
                col = pd.to_datetime(col, errors="coerce").astype("datetime64[s]")
            cols[name] = col
        elif name in CATEGORY_COLUMNS or name in ACTOR_COLUMNS:
            cols[name] = _category(col)
        elif dtype == "float64":
            cols[name] = pd.to_numeric(col, errors="coerce").astype("float64")
        elif str(col.dtype) != dtype:
            try:
                cols[name] = col.astype(dtype) if n else pd.Series([], dtype=dtype)
            except (TypeError, ValueError) as err:
                raise StoreError(
                    f"Column {name!r} of events.parquet does not hold {dtype} values ({err}). "
                    "Re-run the ingest to rewrite the store."
                ) from err
        else:
            cols[name] = col
    actor_cats = sorted(set(cols["actor1"].cat.categories) | set(cols["actor2"].cat.categories))
    for name in ACTOR_COLUMNS:
        cols[name] = cols[name].cat.set_categories(actor_cats)
    event_type = cols["event_type"]
    extra_types = [t for t in event_type.cat.categories if t not in schema.EVENT_TYPES]
    cols["event_type"] = event_type.cat.set_categories(list(schema.EVENT_TYPES) + sorted(extra_types))
    out = pd.DataFrame({name: cols[name] for name in wanted}, index=pd.RangeIndex(n))
    extra = [c for c in raw.columns if c not in wanted]
    for name in extra:
        out[name] = raw[name].to_numpy()
    return out


def _dates_as_timestamps(table: pa.Table, name: str) -> pa.Table:
    """Cast a date column to timestamp[s] in Arrow (fast); other types are left to pandas."""
    if name not in table.column_names:
        return table
    column = table.column(name)
    if pa.types.is_date(column.type) or pa.types.is_timestamp(column.type):
        index = table.column_names.index(name)
        return table.set_column(index, name, column.cast(pa.timestamp("s")))
    return table


def _category(col: pd.Series) -> pd.Series:
    """A categorical with sorted, non-empty, used categories (strings)."""
    if not isinstance(col.dtype, pd.CategoricalDtype):
        col = col.astype("string").astype("category")
    codes = col.cat.codes.to_numpy()
    used = np.bincount(codes[codes >= 0], minlength=len(col.cat.categories)) > 0
    keep = sorted(str(c) for c in col.cat.categories[used] if not pd.isna(c) and str(c) != "")
    return col.cat.set_categories(keep)


def load_articles(path: Path | str) -> pd.DataFrame:
    """The store's article texts (``articles.parquet``) indexed by ``article_id``.

    An older store without the file gives an empty frame (the app then shows only the
    event's sentence).
    """
    file = Path(path) / ARTICLES_FILE
    if not file.exists():
        return pd.DataFrame(columns=list(ARTICLE_COLUMNS[1:]), index=pd.Index([], name="article_id"))
    try:
        frame = pq.read_table(file).to_pandas()
    except (OSError, pa.ArrowException) as err:
        raise StoreError(f"Cannot read {file}: {err}. Re-run the ingest to rewrite it.") from err
    frame["article_id"] = frame["article_id"].astype(str)
    return frame.drop_duplicates("article_id", keep="last").set_index("article_id")


def _newest_mtime(files) -> float:
    return max((f.stat().st_mtime for f in files if f.is_file()), default=0.0)


def sample_needs_build(store: Path, corpus: Path, code: Path) -> bool:
    """Whether the bundled sample's store is missing or older than its corpus or the code.

    ``code`` is the package folder (``geo/``) whose ``.py`` files write the store.
    """
    events = Path(store) / EVENTS_FILE
    if not events.exists():
        return True
    built = events.stat().st_mtime
    sources = [*Path(corpus).iterdir(), *Path(code).glob("*.py")]
    return _newest_mtime(sources) > built

"""Loading a store: types ready for filtering, clear errors for missing or broken files."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from apphelpers import EVENTS, sample_store, write_store
from geo import schema
from geo.store import Store, StoreError, load_store, store_signature


def test_load_gives_categoricals_and_datetimes(tmp_path: Path) -> None:
    store = load_store(write_store(tmp_path / "s"))
    assert isinstance(store, Store) and store.n_events == len(EVENTS)
    ev = store.events
    for col in ("event_type", "actor1", "actor2", "country", "admin1", "place", "date_precision"):
        assert isinstance(ev[col].dtype, pd.CategoricalDtype), col
    assert ev["event_date"].dtype.kind == "M" and ev["published"].dtype.kind == "M"
    # Event types keep the vocabulary's order; actors share one set of categories.
    assert tuple(ev["event_type"].cat.categories[: len(schema.EVENT_TYPES)]) == schema.EVENT_TYPES
    assert list(ev["actor1"].cat.categories) == list(ev["actor2"].cat.categories)
    assert "Civilians" in ev["actor1"].cat.categories
    assert list(ev.columns[: len(schema.EVENT_COLUMNS)]) == list(schema.EVENT_COLUMNS)
    row = ev.set_index(ev["event_id"].astype(str)).loc["ev-peshawar-1"]
    assert row["event_date"] == pd.Timestamp("2009-10-28") and row["fatalities"] == 105
    unresolved = ev.set_index(ev["event_id"].astype(str)).loc["ev-unresolved-1"]
    assert pd.isna(unresolved["lat"]) and pd.isna(unresolved["lon"])
    assert len(store.places) == len(EVENTS) and store.warnings == ()


def test_missing_folder_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="No store folder") as err:
        load_store(tmp_path / "nowhere")
    assert "geo ingest" in str(err.value)


def test_missing_events_file(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(StoreError, match="has no events.parquet"):
        load_store(tmp_path / "empty")


def test_unreadable_events_file(tmp_path: Path) -> None:
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "events.parquet").write_bytes(b"this is not parquet")
    with pytest.raises(StoreError, match="Cannot read"):
        load_store(folder)


def test_missing_contract_columns_are_named(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    pd.DataFrame({"event_id": ["a"], "lat": [1.0]}).to_parquet(folder / "events.parquet")
    with pytest.raises(StoreError, match="event_date") as err:
        load_store(folder)
    assert "fatalities" in str(err.value)


def test_wrongly_typed_column_is_named(tmp_path: Path) -> None:
    folder = write_store(tmp_path / "s")
    frame = pd.read_parquet(folder / "events.parquet")
    frame["fatalities"] = ["many"] * len(frame)
    frame.to_parquet(folder / "events.parquet")
    with pytest.raises(StoreError, match="'fatalities'"):
        load_store(folder)


def test_missing_places_is_a_warning_not_an_error(tmp_path: Path) -> None:
    folder = write_store(tmp_path / "s")
    (folder / "places.parquet").unlink()
    store = load_store(folder)
    assert store.n_events == len(EVENTS)
    assert len(store.warnings) == 1 and "places.parquet" in store.warnings[0]
    assert list(store.places.columns) == list(schema.PLACE_COLUMNS)


def test_empty_store_loads(tmp_path: Path) -> None:
    store = load_store(write_store(tmp_path / "s", rows=[]))
    assert store.n_events == 0
    assert isinstance(store.events["event_type"].dtype, pd.CategoricalDtype)


def test_signature_changes_when_the_store_is_rewritten(tmp_path: Path) -> None:
    folder = write_store(tmp_path / "s")
    first = store_signature(folder)
    write_store(folder, rows=EVENTS[:2])
    assert store_signature(folder) != first
    assert store_signature(tmp_path / "nowhere") == (
        ("events.parquet", 0, 0), ("places.parquet", 0, 0), ("articles.parquet", 0, 0))


def test_bundled_sample_store_loads_when_built() -> None:
    folder = sample_store()
    if folder is None:
        pytest.skip("data/sample_store has not been built (python -m geo ingest data/sample --out data/sample_store)")
    store = load_store(folder)
    assert store.n_events > 0
    assert set(store.events["event_type"].dropna().astype(str)) <= set(schema.EVENT_TYPES)


def test_article_texts_are_read_by_id_and_an_older_store_has_none(tmp_path: Path) -> None:
    from geo.store import load_articles

    folder = write_store(tmp_path / "s")
    assert load_articles(folder).empty
    pd.DataFrame({"article_id": ["a1", "a2"], "title": ["t1", "t2"], "source": ["s", "s"], "url": [None, None],
                  "published": ["2009-10-29", None], "text": ["one", "two"]}).to_parquet(folder / "articles.parquet")
    texts = load_articles(folder)
    assert texts.loc["a2", "text"] == "two" and list(texts.index) == ["a1", "a2"]

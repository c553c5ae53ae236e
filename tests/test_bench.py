"""The synthetic store generator writes stores with exactly the product's schema."""

from __future__ import annotations

import pandas as pd
import pytest

from bench.generate import parse_size, write_store
from geo import schema


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    out = tmp_path_factory.mktemp("store")
    summary = write_store(2000, out, seed=3)
    return out, summary


def test_events_have_the_contract_columns_and_types(store):
    out, summary = store
    events = pd.read_parquet(out / "events.parquet")
    assert summary["events"] == len(events) == 2000
    assert list(events.columns) == [*schema.EVENT_COLUMNS, *schema.EVENT_EXTRA_COLUMNS]
    # Reading back gives the same dtypes the product's own schema function produces.
    assert events.dtypes.to_dict() == schema.events_frame(events).dtypes.to_dict()


def test_event_values_are_in_range(store):
    out, _ = store
    events = pd.read_parquet(out / "events.parquet")
    assert set(events["event_type"]) <= set(schema.EVENT_TYPES)
    assert events["event_type"].nunique() >= 10
    assert set(events["date_precision"]) <= set(schema.DATE_PRECISIONS)
    assert set(events["geo_precision"].dropna()) <= {1, 2, 3}
    resolved = events.dropna(subset=["lat"])
    assert resolved["lat"].between(-90, 90).all() and resolved["lon"].between(-180, 180).all()
    assert events["lon"].isna().equals(events["lat"].isna())
    assert 0 < events["lat"].isna().mean() < 0.1            # a few percent unresolved
    assert 0.2 < events["fatalities"].isna().mean() < 0.7   # many nulls
    assert (events["fatalities"].dropna() >= 0).all()
    assert events["country"].str.fullmatch(r"[A-Z]{2}").all()
    assert events["event_id"].is_unique
    assert (events["published"] >= events["event_date"]).all()
    dates = pd.to_datetime(events["event_date"])
    assert dates.dt.year.nunique() >= 8                     # about ten years
    assert events["actor1"].notna().all()
    # The place named in the sentence is where place_start/place_end point, relative to the sentence.
    row = events.iloc[0]
    offset = row["place_start"] - row["sentence_start"]
    assert row["sentence"][offset:offset + len(row["place"])] == row["place"]


def test_places_have_the_contract_columns_and_point_to_known_articles(store):
    out, _ = store
    places = pd.read_parquet(out / "places.parquet")
    events = pd.read_parquet(out / "events.parquet")
    assert list(places.columns) == list(schema.PLACE_COLUMNS)
    assert places.dtypes.to_dict() == schema.places_frame(places).dtypes.to_dict()
    assert set(places["article_id"]) <= set(events["article_id"])
    assert (places["end"] > places["start"]).all()
    assert places.loc[places["resolved"], "lat"].notna().all()
    assert set(places["feature"].dropna()) <= set(schema.FEATURES)


def test_same_seed_same_store(tmp_path):
    write_store(300, tmp_path / "a", seed=11)
    write_store(300, tmp_path / "b", seed=11)
    a = pd.read_parquet(tmp_path / "a" / "events.parquet")
    b = pd.read_parquet(tmp_path / "b" / "events.parquet")
    pd.testing.assert_frame_equal(a, b)


def test_sizes_parse():
    assert parse_size("10k") == 10_000 and parse_size("1m") == 1_000_000 and parse_size("2500") == 2500
    with pytest.raises(ValueError):
        parse_size("1.5")


def test_corpus_is_read_by_the_product_without_problems(tmp_path):
    from bench.corpus import write_corpus
    from geo.corpus import read_corpus

    summary = write_corpus(40, tmp_path / "corpus", seed=2)
    corpus = read_corpus(tmp_path / "corpus")
    assert summary["articles"] == len(corpus.articles) == 40
    assert corpus.problems == []
    assert corpus.articles["published"].notna().all()
    assert summary["countries"] >= 5
    texts = corpus.articles["text"]
    assert texts.str.len().min() > 200
    assert texts.nunique() == 40

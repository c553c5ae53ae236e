"""``python -m geo ingest`` end to end on the bundled sample and on broken corpora."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pandas as pd
import pyarrow.parquet as pq
import pytest

from geo import schema
from geo.gazetteer import haversine_km
from geo.paths import ROOT, SAMPLE_CORPUS
from geo.pipeline import ingest

#: Where the sample's events happened (GeoNames coordinates of the towns).
SAMPLE_PLACES = {
    "Karachi": (24.86, 67.01),
    "Lahore": (31.56, 74.35),
    "Kohat": (33.58, 71.44),
    "Peshawar": (34.01, 71.58),
    "Rawalpindi": (33.60, 73.05),
    "Waziristan": (32.65, 69.95),
}


def _run_cli(*args, tmp_path):
    env = {**os.environ, "GEO_STATE_DIR": str(tmp_path / "state"), "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "geo", "ingest", *map(str, args)],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("sample")
    done = _run_cli(SAMPLE_CORPUS, "--out", tmp / "store", tmp_path=tmp)
    assert done.returncode == 0, done.stderr
    return tmp / "store", done


def test_sample_ingest_writes_the_contract_schema(sample_store):
    store, done = sample_store
    assert "3 articles read" in done.stdout
    events = pd.read_parquet(store / "events.parquet")
    places = pd.read_parquet(store / "places.parquet")
    assert list(events.columns[:len(schema.EVENT_COLUMNS)]) == list(schema.EVENT_COLUMNS)
    assert list(places.columns) == list(schema.PLACE_COLUMNS)
    arrow = pq.read_schema(store / "events.parquet")
    assert str(arrow.field("event_date").type) == "date32[day]"
    assert str(arrow.field("fatalities").type) == "int64"
    assert events["event_id"].is_unique
    assert set(events["event_type"]) <= set(schema.EVENT_TYPES)
    assert set(events["date_precision"].dropna()) <= set(schema.DATE_PRECISIONS)
    # every sentence is word for word in its article
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SAMPLE_CORPUS.glob("*.txt")}
    for row in events.itertuples():
        assert texts[row.article_id][row.sentence_start:row.sentence_end] == row.sentence
    for row in places.itertuples():
        assert texts[row.article_id][row.start:row.end] == row.mention


def test_sample_events_are_placed_at_the_right_towns(sample_store):
    store, _ = sample_store
    events = pd.read_parquet(store / "events.parquet")
    located = events.dropna(subset=["lat", "lon"])
    for name, point in SAMPLE_PLACES.items():
        near = [r for r in located.itertuples() if haversine_km(r.lat, r.lon, *point) < 50]
        assert near, f"no event within 50 km of {name}"
    kohat = located[located["place"].str.contains("Kohat")].iloc[0]
    assert kohat["event_date"].isoformat() == "2009-10-15" and kohat["country"] == "PK"


def test_event_ids_are_stable_across_reingest(sample_store, tmp_path):
    store, _ = sample_store
    again = ingest(SAMPLE_CORPUS, tmp_path / "again")
    first = pd.read_parquet(store / "events.parquet")
    assert sorted(again.events["event_id"]) == sorted(first["event_id"])


def test_broken_files_cost_nothing_good(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SAMPLE_CORPUS / "002.txt", corpus / "002.txt")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "junk.txt").write_bytes(os.urandom(4096) + b"\x00")
    (corpus / "articles.csv").write_text("id,published\n002,2009-10-15\nempty,2009-10-15\n"
                                         "junk,not a date\n", encoding="utf-8")
    done = _run_cli(corpus, "--out", tmp_path / "store", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stderr.strip().splitlines()
    assert any(line.startswith("skipped: empty.txt: empty file") for line in lines)
    assert any(line.startswith("skipped: junk.txt: binary data") for line in lines)
    assert "1 articles read" in done.stdout and "2 files skipped" in done.stdout
    alone = ingest(SAMPLE_CORPUS, tmp_path / "alone").events
    got = pd.read_parquet(tmp_path / "store" / "events.parquet")
    expected = alone[alone["article_id"] == "002"]
    assert sorted(got["event_id"]) == sorted(expected["event_id"])


def test_nothing_readable_exits_non_zero_and_writes_nothing(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_bytes(b"")
    done = _run_cli(corpus, "--out", tmp_path / "store", tmp_path=tmp_path)
    assert done.returncode == 1
    assert "no article could be read" in done.stderr
    assert not (tmp_path / "store").exists()


def test_missing_corpus_folder_is_one_clear_line(tmp_path):
    done = _run_cli(tmp_path / "nope", "--out", tmp_path / "store", tmp_path=tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip() == f"error: corpus folder not found: {tmp_path / 'nope'}"


def test_the_callers_empty_cache_is_the_one_filled(tmp_path):
    from geo.geocode import CachedGeocoder, GazetteerGeocoder

    with CachedGeocoder(GazetteerGeocoder(), tmp_path / "cache.sqlite") as cache:
        assert len(cache) == 0
        ingest(SAMPLE_CORPUS, tmp_path / "store", geocoder=cache)
        assert len(cache) > 0

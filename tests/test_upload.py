"""Adding articles from the app: limits, zip corpora, merging into a store."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pandas as pd
import pytest

from geo import upload
from geo.paths import SAMPLE_CORPUS
from geo.pipeline import ingest
from geo.upload import UploadError, add_to_store, read_upload

ARTICLE = ("Gunmen kill five in attack on Maiduguri market\n\n"
           "MAIDUGURI, Nigeria (AP) — Gunmen suspected to be Boko Haram fighters attacked a market "
           "in Maiduguri on Tuesday, killing five traders, police said.\n")


def _zip(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buf.getvalue()


def test_loose_txt_gets_the_given_date():
    corpus = read_upload([("maiduguri.txt", ARTICLE.encode())], dt.date(2021, 3, 4))
    [row] = corpus.articles.itertuples()
    assert row.article_id == "maiduguri" and row.published == dt.date(2021, 3, 4)


def test_zip_of_a_corpus_folder_keeps_its_metadata_and_reports_junk():
    data = _zip({"corpus/a.txt": ARTICLE.encode(), "corpus/articles.csv": b"id,published,title\na,2021-03-02,T\n",
                 "corpus/photo.jpg": b"\xff\xd8", "corpus/b.txt": b""})
    corpus = read_upload([("corpus.zip", data)])
    assert list(corpus.articles["article_id"]) == ["a"]
    assert corpus.articles["published"].iloc[0] == dt.date(2021, 3, 2)
    messages = [str(p) for p in corpus.problems]
    assert any("photo.jpg: not a .txt article" in m for m in messages)
    assert any(m.startswith("b.txt: empty file") for m in messages)


def test_limits_are_enforced_before_unpacking(monkeypatch):
    monkeypatch.setattr(upload, "MAX_TOTAL_BYTES", 1000)
    with pytest.raises(UploadError, match="unpacks to 2,000 bytes; the limit is 1,000"):
        read_upload([("big.zip", _zip({"a.txt": b"x" * 2000}))])
    with pytest.raises(UploadError, match="uploaded at once; the limit is 1,000"):
        read_upload([("a.txt", b"y" * 1001)])
    monkeypatch.setattr(upload, "MAX_FILES", 2)
    with pytest.raises(UploadError, match="3 files uploaded at once"):
        read_upload([(f"{i}.txt", b"z") for i in range(3)])
    with pytest.raises(UploadError, match="not a readable zip"):
        read_upload([("bad.zip", b"not a zip")])
    with pytest.raises(UploadError, match="no files"):
        read_upload([])


def test_other_file_types_are_refused_with_a_message():
    corpus = read_upload([("notes.pdf", b"%PDF"), ("ok.txt", ARTICLE.encode())], dt.date(2021, 3, 4))
    assert list(corpus.articles["article_id"]) == ["ok"]
    assert any("only .txt articles and .zip" in str(p) for p in corpus.problems)


def test_added_articles_join_the_store_without_losing_anything(tmp_path):
    store = tmp_path / "store"
    ingest(SAMPLE_CORPUS, store)
    before = pd.read_parquet(store / "events.parquet")
    corpus = read_upload([("000.txt", ARTICLE.encode())], dt.date(2021, 3, 4))   # id taken, other text
    result = add_to_store(store, corpus)
    after = pd.read_parquet(store / "events.parquet")
    articles = pd.read_parquet(store / "articles.parquet")
    assert result.articles_read == 1
    assert set(articles["article_id"]) == {"000", "001", "002", "000-2"}
    assert set(before["event_id"]) <= set(after["event_id"])
    new = after[after["article_id"] == "000-2"]
    assert len(new) >= 1 and (new["place"].str.contains("Maiduguri")).any()
    # uploading the same text again re-reads it instead of adding a copy
    add_to_store(store, read_upload([("000.txt", ARTICLE.encode())], dt.date(2021, 3, 4)))
    again = pd.read_parquet(store / "events.parquet")
    assert sorted(again["event_id"]) == sorted(after["event_id"])

"""Reading corpus folders, including every kind of bad input."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from geo import corpus as corpus_mod
from geo.corpus import read_corpus
from geo.paths import SAMPLE_CORPUS

GOOD = "Gunmen attacked a police post in Kohat on Monday, killing two officers.\n"


def _messages(result):
    """Problems by place, all messages for one place joined."""
    out: dict[str, str] = {}
    for p in result.problems:
        out[p.where] = f"{out[p.where]} | {p.message}" if p.where in out else p.message
    return out


def test_sample_corpus_reads_all_articles_with_dates():
    result = read_corpus(SAMPLE_CORPUS)
    assert list(result.articles["article_id"]) == ["000", "001", "002"]
    assert result.articles["published"].tolist() == [
        dt.date(2002, 5, 12), dt.date(2009, 6, 25), dt.date(2009, 10, 15)]
    assert result.articles["title"].iloc[0] == "U.S. Presses Pakistan To Hunt Al Qaeda"
    assert result.problems == []


def test_bad_files_are_reported_one_line_each_and_good_ones_kept(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("   \n\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "latin.txt").write_bytes("Troops entered Sadr City in Baghdad \u2014 caf\u00e9.".encode("cp1252"))
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / "articles.csv").write_text(
        "id,title,source,published\n"
        "good,Good,Wire,2020-03-02\n"
        "latin,Latin,Wire,2020-02-30\n"
        "good,Again,Wire,2020-03-03\n"
        ",No id,Wire,2020-01-01\n"
        "ghost,Missing file,Wire,2020-01-01\n",
        encoding="utf-8")
    result = read_corpus(tmp_path)
    arts = result.articles.set_index("article_id")
    assert sorted(arts.index) == ["good", "latin"]
    assert arts.loc["good", "text"] == GOOD
    assert arts.loc["good", "title"] == "Good"   # first of the duplicate rows is kept
    assert arts.loc["good", "published"] == dt.date(2020, 3, 2)
    assert arts.loc["latin", "published"] is None
    assert "Sadr City" in arts.loc["latin", "text"] and "\u2014" in arts.loc["latin", "text"]
    msgs = _messages(result)
    assert "empty" in msgs["empty.txt"]
    assert "white space" in msgs["blank.txt"]
    assert "binary" in msgs["binary.txt"]
    assert "read as Windows-1252" in msgs["latin.txt"]
    assert "bad publication date '2020-02-30'" in msgs["latin.txt"]
    assert any("duplicate id 'good'" in p.message for p in result.problems)
    assert any("row has no id" in p.message for p in result.problems)
    assert "no file ghost.txt" in msgs["articles.csv id ghost"]
    fatal = {p.where for p in result.problems if p.fatal}
    assert fatal == {"empty.txt", "blank.txt", "binary.txt"}


def test_oversized_file_is_refused_without_reading_it(tmp_path, monkeypatch):
    monkeypatch.setattr(corpus_mod, "MAX_ARTICLE_BYTES", 1000)
    (tmp_path / "big.txt").write_text("Bombing in Mosul. " * 200, encoding="utf-8")
    (tmp_path / "small.txt").write_text(GOOD, encoding="utf-8")
    result = read_corpus(tmp_path)
    assert list(result.articles["article_id"]) == ["small"]
    assert "over the 1,000-byte limit" in _messages(result)["big.txt"]


def test_missing_metadata_still_reads_articles(tmp_path):
    shutil.copy(SAMPLE_CORPUS / "000.txt", tmp_path / "000.txt")
    result = read_corpus(tmp_path)
    assert list(result.articles["article_id"]) == ["000"]
    assert result.articles["published"].iloc[0] is None
    assert "without publication dates" in _messages(result)["articles.csv"]


def test_binary_metadata_is_ignored_not_fatal(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "articles.csv").write_bytes(b"\x00\x01\x02" * 100)
    result = read_corpus(tmp_path)
    assert list(result.articles["article_id"]) == ["a"]
    assert "not a text file" in _messages(result)["articles.csv"]


def test_missing_folder_raises_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="corpus folder not found"):
        read_corpus(tmp_path / "nope")


@pytest.mark.parametrize("value,expected", [
    ("2009-10-15", dt.date(2009, 10, 15)),
    ("2009-10-15T08:00:00Z", dt.date(2009, 10, 15)),
    ("15/10/2009", None),
    ("2009-13-01", None),
    ("", None),
    (None, None),
])
def test_parse_date(value, expected):
    assert corpus_mod.parse_date(value) == expected

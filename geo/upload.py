"""Articles added from the app: ``.txt`` files with a date, or a ``.zip`` of a corpus folder.

Uploads are checked against size and count limits before anything is unpacked, read with
the same rules as a corpus folder (:mod:`geo.corpus`), ingested, and merged into the store:
articles already in the store keep their events unless the same id is uploaded again with
the same text (then it is read again); a different text under a taken id gets a new id.
"""

from __future__ import annotations

import datetime as dt
import io
import tempfile
import zipfile
from pathlib import Path, PurePosixPath

import pandas as pd

from geo import corpus as corpus_mod
from geo import schema
from geo.corpus import Corpus, Problem, read_corpus
from geo.pipeline import (ARTICLES_FILE, EVENTS_FILE, PLACES_FILE, IngestResult,
                          extract_articles, write_store)

MAX_FILES = 500
MAX_TOTAL_BYTES = 50_000_000


class UploadError(ValueError):
    """The upload as a whole was refused; the message says why and what the limit is."""


def _check_zip(data: bytes, name: str) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise UploadError(f"{name} is not a readable zip file") from None
    members = [m for m in archive.infolist() if not m.is_dir()]
    if len(members) > MAX_FILES:
        raise UploadError(f"{name} holds {len(members):,} files; the limit is {MAX_FILES:,}")
    total = sum(m.file_size for m in members)
    if total > MAX_TOTAL_BYTES:
        raise UploadError(f"{name} unpacks to {total:,} bytes; the limit is {MAX_TOTAL_BYTES:,}")
    return archive


def read_upload(files: list[tuple[str, bytes]], published: dt.date | None = None) -> Corpus:
    """Read uploaded files into a corpus. *published* dates loose ``.txt`` files."""
    if not files:
        raise UploadError("no files were uploaded")
    if len(files) > MAX_FILES:
        raise UploadError(f"{len(files):,} files uploaded at once; the limit is {MAX_FILES:,}")
    total = sum(len(data) for _, data in files)
    if total > MAX_TOTAL_BYTES:
        raise UploadError(f"{total:,} bytes uploaded at once; the limit is {MAX_TOTAL_BYTES:,}")
    problems: list[Problem] = []
    with tempfile.TemporaryDirectory(prefix="geo-upload-") as tmp:
        folder = Path(tmp)
        loose: list[str] = []
        for name, data in files:
            base = PurePosixPath(name.replace("\\", "/")).name
            suffix = PurePosixPath(base).suffix.lower()
            if suffix == ".txt":
                (folder / base).write_bytes(data)
                loose.append(PurePosixPath(base).stem)
            elif suffix == ".zip":
                archive = _check_zip(data, base)
                for member in archive.infolist():
                    inner = PurePosixPath(member.filename).name
                    if member.is_dir() or not inner or inner.startswith("."):
                        continue
                    if PurePosixPath(inner).suffix.lower() not in (".txt", ".csv"):
                        problems.append(Problem(f"{base}:{member.filename}", "not a .txt article; ignored", False))
                        continue
                    if inner.lower() == "articles.csv" and (folder / "articles.csv").exists():
                        inner = f"articles-{len(list(folder.glob('articles*.csv')))}.csv"
                    (folder / inner).write_bytes(archive.read(member))
            else:
                problems.append(Problem(base, "only .txt articles and .zip corpus folders can be added", True))
        _combine_metadata(folder, loose, published)
        corpus = read_corpus(folder)
    corpus.problems[:0] = problems
    if published is None and loose:
        corpus.problems.append(Problem("upload", "no publication date given for the .txt files: "
                                       "their relative dates stay unresolved", False))
    return corpus


def _combine_metadata(folder: Path, loose: list[str], published: dt.date | None) -> None:
    """One articles.csv for the upload: rows from zipped ones, plus the loose .txt files."""
    frames = [pd.read_csv(p, dtype=str, keep_default_na=False) for p in sorted(folder.glob("articles*.csv"))
              if not corpus_mod.looks_binary(p.read_bytes())]
    for p in folder.glob("articles*.csv"):
        p.unlink()
    if loose:
        frames.append(pd.DataFrame({"id": loose, "published": published.isoformat() if published else ""}))
    frames = [f for f in frames if "id" in f.columns]
    if frames:
        pd.concat(frames, ignore_index=True).to_csv(folder / "articles.csv", index=False)


def _read(store: Path, name: str) -> pd.DataFrame | None:
    path = store / name
    return pd.read_parquet(path) if path.exists() else None


def add_to_store(store: Path, corpus: Corpus, *, gazetteer=None, geocoder=None) -> IngestResult:
    """Ingest *corpus* and merge it into the store folder (created if missing)."""
    store = Path(store)
    old_articles = _read(store, ARTICLES_FILE)
    articles = corpus.articles.copy()
    if old_articles is not None and len(articles):
        known = dict(zip(old_articles["article_id"].astype(str), old_articles["text"].astype(str)))
        new_ids = []
        for aid, text in zip(articles["article_id"], articles["text"]):
            candidate, n = aid, 1
            while candidate in known and known[candidate] != text:
                n += 1
                candidate = f"{aid}-{n}"
            new_ids.append(candidate)
        articles["article_id"] = new_ids
    result = extract_articles(articles, gazetteer=gazetteer, geocoder=geocoder)
    result.problems[:0] = corpus.problems
    if not result.articles_read:
        return result
    replaced = set(result.articles["article_id"])
    merged = IngestResult(result.events, result.places, result.problems, result.articles_read,
                          result.seconds, result.articles)
    for attr, name in (("events", EVENTS_FILE), ("places", PLACES_FILE), ("articles", ARTICLES_FILE)):
        old = _read(store, name)
        if old is not None and len(old):
            keep = old[~old["article_id"].astype(str).isin(replaced)]
            new = getattr(result, attr)
            setattr(merged, attr, pd.concat([keep, new], ignore_index=True) if len(new) else keep)
    merged.events = schema.events_frame(merged.events)
    merged.places = schema.places_frame(merged.places)
    write_store(merged, store)
    return result

"""Read a corpus folder (``<id>.txt`` files and ``articles.csv``) into a DataFrame.

Every problem with a file or a metadata row becomes one :class:`Problem` with a readable
message; nothing that can be read is dropped because something beside it is broken.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

#: Articles larger than this are refused (news articles are a few tens of kB).
MAX_ARTICLE_BYTES = int(os.environ.get("GEO_MAX_ARTICLE_BYTES", 2_000_000))
#: metadata.csv larger than this is refused rather than read into memory.
MAX_METADATA_BYTES = 200_000_000

ARTICLE_COLUMNS = ["article_id", "text", "published", "title", "source", "url", "encoding"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, said so a person can act on it."""

    where: str    # file name, or "articles.csv row N"
    message: str
    fatal: bool   # True when the article was not read at all

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class Corpus:
    articles: pd.DataFrame          # ARTICLE_COLUMNS; one row per article read
    problems: list[Problem]


def parse_date(value: str | None) -> dt.date | None:
    """Parse a YYYY-MM-DD publication date; None when missing or not a real date."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None


def looks_binary(data: bytes) -> bool:
    """True for data that is not text: NUL bytes, or many control characters."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bool(sample) and control / len(sample) > 0.05


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode article bytes: UTF-8 (BOM allowed), else Windows-1252. Returns (text, encoding)."""
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = data.decode("cp1252", errors="replace"), "cp1252"
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


def _read_metadata(folder: Path, problems: list[Problem]) -> dict[str, dict[str, str]]:
    path = folder / "articles.csv"
    if not path.exists():
        problems.append(Problem("articles.csv", "missing: articles are read without "
                                "publication dates, so relative dates cannot be resolved", False))
        return {}
    if path.stat().st_size > MAX_METADATA_BYTES:
        problems.append(Problem("articles.csv", f"larger than {MAX_METADATA_BYTES:,} bytes; ignored", False))
        return {}
    raw = path.read_bytes()
    if looks_binary(raw):
        problems.append(Problem("articles.csv", "not a text file; ignored", False))
        return {}
    text, encoding = decode_text(raw)
    if encoding != "utf-8":
        problems.append(Problem("articles.csv", "not UTF-8; read as Windows-1252", False))
    reader = csv.DictReader(io.StringIO(text))
    fields = [f.strip().lower() for f in (reader.fieldnames or [])]
    if "id" not in fields:
        problems.append(Problem("articles.csv", "has no 'id' column; ignored", False))
        return {}
    meta: dict[str, dict[str, str]] = {}
    for line_no, row in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items() if k is not None}
        article_id = row.get("id", "")
        where = f"articles.csv line {line_no}"
        if not article_id:
            problems.append(Problem(where, "row has no id; skipped", False))
            continue
        if article_id in meta:
            problems.append(Problem(where, f"duplicate id {article_id!r}; the first row is kept", False))
            continue
        meta[article_id] = row
    return meta


def _read_text(path: Path, problems: list[Problem]) -> tuple[str, str] | None:
    name = path.name
    size = path.stat().st_size
    if size == 0:
        problems.append(Problem(name, "empty file; skipped", True))
        return None
    if size > MAX_ARTICLE_BYTES:
        problems.append(Problem(name, f"{size:,} bytes is over the {MAX_ARTICLE_BYTES:,}-byte "
                                "limit for one article; skipped", True))
        return None
    data = path.read_bytes()
    if looks_binary(data):
        problems.append(Problem(name, "binary data, not text; skipped", True))
        return None
    text, encoding = decode_text(data)
    if not text.strip():
        problems.append(Problem(name, "only white space; skipped", True))
        return None
    if encoding != "utf-8":
        problems.append(Problem(name, "not UTF-8; read as Windows-1252", False))
    return text, encoding


def read_corpus(folder: Path) -> Corpus:
    """Read every ``*.txt`` article in *folder* with its ``articles.csv`` metadata."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"corpus folder not found: {folder}")
    problems: list[Problem] = []
    meta = _read_metadata(folder, problems)
    rows = []
    txt_files = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".txt" and p.is_file())
    seen = set()
    for path in txt_files:
        article_id = path.stem
        seen.add(article_id)
        read = _read_text(path, problems)
        if read is None:
            continue
        text, encoding = read
        row = meta.get(article_id)
        published = None
        if row is None:
            if meta:
                problems.append(Problem(path.name, "no row in articles.csv: read without a "
                                        "publication date", False))
        else:
            published = parse_date(row.get("published"))
            if published is None:
                problems.append(Problem(path.name, f"bad publication date {row.get('published', '')!r} "
                                        "(want YYYY-MM-DD): relative dates are left unresolved", False))
        row = row or {}
        rows.append({
            "article_id": article_id,
            "text": text,
            "published": published,
            "title": row.get("title") or None,
            "source": row.get("source") or None,
            "url": row.get("url") or None,
            "encoding": encoding,
        })
    for article_id in sorted(set(meta) - seen):
        problems.append(Problem(f"articles.csv id {article_id}", f"no file {article_id}.txt", False))
    if not txt_files:
        problems.append(Problem(str(folder), "no .txt articles in the folder", True))
    articles = pd.DataFrame(rows, columns=ARTICLE_COLUMNS)
    return Corpus(articles=articles, problems=problems)

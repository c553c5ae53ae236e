"""``python -m geo ingest``: corpus folder → extraction → events.parquet and places.parquet."""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import pandas as pd

from geo import schema
from geo.corpus import Corpus, Problem, read_corpus

EVENTS_FILE = "events.parquet"
PLACES_FILE = "places.parquet"
#: Article texts and metadata, so the app can show an event's sentence in its article.
ARTICLES_FILE = "articles.parquet"
ARTICLE_STORE_COLUMNS = ["article_id", "title", "source", "url", "published", "text"]


@dataclass
class IngestResult:
    events: pd.DataFrame
    places: pd.DataFrame
    problems: list[Problem] = field(default_factory=list)
    articles_read: int = 0
    seconds: float = 0.0
    articles: pd.DataFrame | None = None   # ARTICLE_STORE_COLUMNS of the articles read


def event_id(article_id: str, event: dict[str, Any]) -> str:
    """An id that stays the same when the same text is ingested again.

    It depends on where in the article the event was read (sentence and place offsets and
    the place as written), not on anything the extractor infers about it, so an analyst's
    correction keyed by it survives a re-ingest with improved rules.
    """
    key = "\x1f".join(str(event.get(k)) for k in ("sentence_start", "place_start", "place"))
    return hashlib.sha1(f"{article_id}\x1f{key}".encode()).hexdigest()[:16]


def _unique_ids(ids: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for i in ids:
        n = seen.get(i, 0)
        seen[i] = n + 1
        out.append(i if n == 0 else f"{i}-{n}")
    return out


def extract_articles(articles: pd.DataFrame, *, gazetteer=None, geocoder=None,
                     progress: Callable[[int, int], None] | None = None) -> IngestResult:
    """Run extraction over an articles frame (as made by :func:`geo.corpus.read_corpus`)."""
    from geo.extract import extract_article
    from geo.gazetteer import default_gazetteer
    from geo.geocode import default_geocoder

    # "is None", not "or": an empty cache is falsy (it has a length) but must still be used.
    gazetteer = default_gazetteer() if gazetteer is None else gazetteer
    geocoder = default_geocoder() if geocoder is None else geocoder
    started = time.perf_counter()
    event_rows: list[dict[str, Any]] = []
    place_rows: list[dict[str, Any]] = []
    problems: list[Problem] = []
    read_ids: list[str] = []
    total = len(articles)
    for n, art in enumerate(articles.itertuples(index=False), start=1):
        where = f"{art.article_id}.txt"
        try:
            result = extract_article(art.text, art.published, gazetteer=gazetteer, geocoder=geocoder)
        except Exception as exc:  # one bad article must not cost the others
            problems.append(Problem(where, f"could not be read: {type(exc).__name__}: {exc}", True))
            continue
        read_ids.append(art.article_id)
        problems.extend(Problem(where, w, False) for w in result.warnings)
        meta = {"article_id": art.article_id, "source": art.source, "title": art.title,
                "published": art.published, "url": art.url}
        for ev in result.events:
            event_rows.append({**ev, **meta, "event_id": event_id(art.article_id, ev)})
        for m in result.mentions:
            place_rows.append({**m, "article_id": art.article_id})
        if progress:
            progress(n, total)
    events = schema.events_frame(pd.DataFrame(event_rows))
    if len(events):
        events["event_id"] = pd.array(_unique_ids(events["event_id"].tolist()), dtype="string")
    places = schema.places_frame(pd.DataFrame(place_rows))
    texts = articles[articles["article_id"].isin(read_ids)].reindex(columns=ARTICLE_STORE_COLUMNS)
    texts = texts.astype({c: "string" for c in ARTICLE_STORE_COLUMNS if c != "published"})
    texts["published"] = pd.to_datetime(texts["published"], errors="coerce").dt.date
    return IngestResult(events, places, problems, len(read_ids), time.perf_counter() - started,
                        texts.reset_index(drop=True))


def _write_parquet_atomic(df: pd.DataFrame, path: Path) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        df.to_parquet(tmp, index=False)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_store(result: IngestResult, out_dir: Path) -> None:
    """Write events.parquet and places.parquet; each file is replaced whole or not at all."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    _write_parquet_atomic(result.events, out_dir / EVENTS_FILE)
    _write_parquet_atomic(result.places, out_dir / PLACES_FILE)
    if result.articles is not None:
        _write_parquet_atomic(result.articles, out_dir / ARTICLES_FILE)


def ingest(corpus_dir: Path, out_dir: Path, *, gazetteer=None, geocoder=None) -> IngestResult:
    """Read *corpus_dir*, extract events and places, write them to *out_dir*."""
    corpus: Corpus = read_corpus(Path(corpus_dir))
    result = extract_articles(corpus.articles, gazetteer=gazetteer, geocoder=geocoder)
    result.problems = corpus.problems + result.problems
    if result.articles_read:
        write_store(result, out_dir)
    return result


def ingest_command(corpus_dir: Path, out_dir: Path, *, online: bool = False,
                   cache: Path | None = None) -> int:
    """CLI: one line per problem file and a total; exit 0 when at least one article was read."""
    from geo.geocode import default_geocoder

    geocoder = default_geocoder(online=online, cache_path=cache)
    result = ingest(corpus_dir, out_dir, geocoder=geocoder)
    for problem in result.problems:
        level = "skipped" if problem.fatal else "warning"
        print(f"{level}: {problem}", file=sys.stderr)
    events = result.events
    located = int(events["lat"].notna().sum()) if len(events) else 0
    resolved = int(result.places["resolved"].sum()) if len(result.places) else 0
    print(f"{result.articles_read} articles read, {len(events)} events "
          f"({located} with coordinates), {len(result.places)} place mentions "
          f"({resolved} resolved), {sum(p.fatal for p in result.problems)} files skipped, "
          f"in {result.seconds:.2f} s -> {out_dir}")
    if not result.articles_read:
        print("error: no article could be read; nothing written", file=sys.stderr)
        return 1
    return 0

"""``python -m geo evaluate``: score extraction against hand-coded gold events and places.

Scoring follows the coding rules ("How a prediction is scored"):

- Events are matched one to one, greedily, within an article. A predicted event can match
  a gold one when its coordinates lie within 100 km of the gold place, or the place names
  are equal (case, dots, hyphens and spaces ignored), and its date lies within the gold
  precision's window (day ±1, week ±4, month ±31, year ±366 days). Closest pairs (by
  distance, then days apart, then agreement on the type) are taken first. Precision, recall and F1 follow from the
  matched count. Strict scores repeat the matching with the extra condition that the type
  families agree.
- Type accuracy and fatalities accuracy are measured on the (lenient) matched pairs.
  Fatalities agree when both are the same number or both are blank; blank against 0 is a
  disagreement (0 says the text reports nobody killed).
- Mentions: a gold mention is found when the article has a predicted mention with the same
  normalised surface form (case-insensitive; dots and hyphens ignored). Precision is the
  share of distinct predicted forms that are gold forms. Acc@161 is the share of found
  mentions whose prediction lies within 161 km of the gold point (countries: same ISO
  code); an unresolved prediction counts as wrong. The median error is over found,
  resolved mentions that are not countries.
"""

from __future__ import annotations

import json
import math
import re
import statistics
import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from geo import schema
from geo.gazetteer import haversine_km

WINDOW_DAYS = {"day": 1, "week": 4, "month": 31, "year": 366}
MATCH_KM = 100.0
ACC_KM = 161.0

#: Targets the dev sets are held to (see docs/ACCURACY.md).
TARGETS: dict[str, float] = {
    "event_f1": 0.90,
    "strict_f1": 0.85,
    "type_accuracy": 0.90,
    "fatalities_accuracy": 0.90,
    "mention_recall": 0.95,
    "mention_precision": 0.90,
    "acc_161": 0.95,
}



def norm_name(name: Any) -> str:
    """A surface form for comparison: lower case, no dots or hyphens, single spaces."""
    if name is None or (isinstance(name, float) and math.isnan(name)) or name is pd.NA:
        return ""
    s = str(name).lower().replace(".", "").replace("-", " ").replace("’", "'")
    return re.sub(r"\s+", " ", s).strip()


def _blank(v: Any) -> bool:
    return v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)) or (isinstance(v, str) and not v.strip())


def _as_date(v: Any) -> date | None:
    if _blank(v):
        return None
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    try:
        return date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def _as_float(v: Any) -> float | None:
    if _blank(v):
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def _as_int(v: Any) -> int | None:
    f = _as_float(v)
    return None if f is None else int(round(f))


def _distance(p: dict, g: dict) -> float | None:
    la, lo, gla, glo = (_as_float(p.get("lat")), _as_float(p.get("lon")),
                        _as_float(g.get("lat")), _as_float(g.get("lon")))
    if None in (la, lo, gla, glo):
        return None
    return haversine_km(la, lo, gla, glo)


def _pair_cost(p: dict, g: dict, strict: bool) -> tuple[float, int] | None:
    """(km, days) when ``p`` may match ``g``; None when it may not."""
    gd, pd_ = _as_date(g.get("event_date")), _as_date(p.get("event_date"))
    if gd is None or pd_ is None:
        return None
    days = abs((pd_ - gd).days)
    if days > WINDOW_DAYS.get(str(g.get("date_precision") or "day"), 1):
        return None
    km = _distance(p, g)
    same_name = norm_name(p.get("place")) != "" and norm_name(p.get("place")) == norm_name(g.get("place"))
    if not same_name and (km is None or km > MATCH_KM):
        return None
    if strict and schema.type_family(p.get("event_type")) != schema.type_family(g.get("event_type")):
        return None
    return (0.0 if same_name or km is None else km, days)  # (the same name is the best match, whatever the points)


def match_events(pred: list[dict], gold: list[dict], *, strict: bool = False) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of predicted to gold events of one article: (pred i, gold j)."""
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            cost = _pair_cost(p, g, strict)
            if cost is not None:
                # among equally close pairs, those that agree on the type (then the family) go first
                agree = (p.get("event_type") != g.get("event_type"),
                         schema.type_family(p.get("event_type")) != schema.type_family(g.get("event_type")))
                pairs.append(((*cost, *agree), i, j))
    pairs.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else (1.0 if not n_pred else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class Report:
    scores: dict[str, float]
    counts: dict[str, int]
    misses: dict[str, list[str]] = field(default_factory=dict)       # article -> gold events not found
    false_positives: dict[str, list[str]] = field(default_factory=dict)
    disagreements: dict[str, list[str]] = field(default_factory=dict)
    mention_misses: dict[str, list[str]] = field(default_factory=dict)
    mention_extras: dict[str, list[str]] = field(default_factory=dict)
    mention_far: dict[str, list[str]] = field(default_factory=dict)


def _describe(e: dict) -> str:
    fat = _as_int(e.get("fatalities"))
    d = _as_date(e.get("event_date"))
    return (f"{d.isoformat() if d else '?'} {e.get('date_precision') or ''} {e.get('event_type')} at "
            f"{e.get('place')} (fatalities {'-' if fat is None else fat}): \"{str(e.get('sentence') or '')[:100]}\"")


def score(pred_events: pd.DataFrame, gold_events: pd.DataFrame, pred_places: pd.DataFrame,
          gold_places: pd.DataFrame, article_ids: list[str] | None = None) -> Report:
    """Score predictions against gold; frames need an ``article_id`` column (str)."""
    ids = sorted(set(article_ids) if article_ids is not None else
                 set(gold_events.get("article_id", pd.Series(dtype=str)).astype(str))
                 | set(gold_places.get("article_id", pd.Series(dtype=str)).astype(str)))

    def rows(df: pd.DataFrame, aid: str) -> list[dict]:
        if df is None or not len(df):
            return []
        return df[df["article_id"].astype(str) == aid].to_dict("records")

    tp = tp_strict = n_pred = n_gold = type_ok = fat_ok = 0
    rep = Report({}, {})
    m_found = m_gold = m_pred = m_pred_ok = acc_ok = 0
    errors: list[float] = []
    for aid in ids:
        pe, ge = rows(pred_events, aid), rows(gold_events, aid)
        n_pred += len(pe)
        n_gold += len(ge)
        pairs = match_events(pe, ge)
        tp += len(pairs)
        tp_strict += len(match_events(pe, ge, strict=True))
        for i, j in pairs:
            p, g = pe[i], ge[j]
            if p.get("event_type") == g.get("event_type"):
                type_ok += 1
            else:
                rep.disagreements.setdefault(aid, []).append(
                    f"type {p.get('event_type')} for gold {g.get('event_type')} at {g.get('place')}")
            if _as_int(p.get("fatalities")) == _as_int(g.get("fatalities")):
                fat_ok += 1
            else:
                rep.disagreements.setdefault(aid, []).append(
                    f"fatalities {_as_int(p.get('fatalities'))} for gold {_as_int(g.get('fatalities'))} "
                    f"({g.get('event_type')} at {g.get('place')})")
        matched_p = {i for i, _ in pairs}
        matched_g = {j for _, j in pairs}
        miss = [_describe(g) for j, g in enumerate(ge) if j not in matched_g]
        fps = [_describe(p) for i, p in enumerate(pe) if i not in matched_p]
        if miss:
            rep.misses[aid] = miss
        if fps:
            rep.false_positives[aid] = fps

        gp, pp = rows(gold_places, aid), rows(pred_places, aid)
        gold_forms: dict[str, dict] = {}
        for g in gp:
            gold_forms.setdefault(norm_name(g.get("mention")), g)
        pred_forms: dict[str, dict] = {}
        for p in pp:
            key = norm_name(p.get("mention"))
            if key and (key not in pred_forms or (not pred_forms[key].get("resolved") and p.get("resolved"))):
                pred_forms[key] = p
        m_gold += len(gold_forms)
        m_pred += len(pred_forms)
        m_pred_ok += sum(1 for k in pred_forms if k in gold_forms)
        extras = [pred_forms[k].get("mention") for k in pred_forms if k not in gold_forms]
        if extras:
            rep.mention_extras[aid] = extras
        missed = []
        for k, g in gold_forms.items():
            p = pred_forms.get(k)
            if p is None:
                missed.append(str(g.get("mention")))
                continue
            m_found += 1
            ok = False
            if p.get("resolved") and not _blank(p.get("lat")):
                if str(g.get("feature")) == "country":
                    ok = str(p.get("country") or "") == str(g.get("country") or "")
                else:
                    km = _distance(p, g)
                    if km is not None:
                        errors.append(km)
                        ok = km <= ACC_KM
            if ok:
                acc_ok += 1
            else:
                rep.mention_far.setdefault(aid, []).append(
                    f"{g.get('mention')}: predicted {p.get('country')} ({_as_float(p.get('lat'))}, "
                    f"{_as_float(p.get('lon'))}), gold {g.get('country')} ({g.get('lat')}, {g.get('lon')})")
        if missed:
            rep.mention_misses[aid] = missed

    p, r, f = _prf(tp, n_pred, n_gold)
    sp, sr, sf = _prf(tp_strict, n_pred, n_gold)
    mp = m_pred_ok / m_pred if m_pred else (1.0 if not m_gold else 0.0)
    mr = m_found / m_gold if m_gold else 1.0
    rep.scores = {
        "event_precision": p, "event_recall": r, "event_f1": f,
        "strict_precision": sp, "strict_recall": sr, "strict_f1": sf,
        "type_accuracy": type_ok / tp if tp else 0.0,
        "fatalities_accuracy": fat_ok / tp if tp else 0.0,
        "mention_recall": mr, "mention_precision": mp,
        "acc_161": acc_ok / m_found if m_found else 0.0,
        "median_error_km": statistics.median(errors) if errors else float("nan"),
    }
    rep.counts = {"articles": len(ids), "gold_events": n_gold, "predicted_events": n_pred, "matched": tp,
                  "matched_strict": tp_strict, "gold_mentions": m_gold, "predicted_mentions": m_pred,
                  "found_mentions": m_found}
    return rep


def _read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype={"article_id": str, "id": str}, keep_default_na=True)


def run_extraction(corpus: Path, *, gazetteer=None, geocoder=None,
                   learned_types: bool = True) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    """Extract events and mentions from every article of a corpus folder."""
    from geo.corpus import read_corpus
    from geo.extract import extract_article
    from geo.gazetteer import default_gazetteer

    # Without a geocoder, mentions are resolved by the gazetteer alone: deterministic, and
    # no cache or network is touched while scoring.
    gazetteer = gazetteer or default_gazetteer()
    corpus_data = read_corpus(Path(corpus))
    ev_rows: list[dict] = []
    pl_rows: list[dict] = []
    ids: list[str] = []
    for art in corpus_data.articles.itertuples(index=False):
        aid = str(art.article_id)
        ids.append(aid)
        published = _as_date(art.published)
        res = extract_article(art.text, published, gazetteer=gazetteer, geocoder=geocoder,
                              learned_types=learned_types)
        ev_rows += [{**e, "article_id": aid} for e in res.events]
        pl_rows += [{**m, "article_id": aid} for m in res.mentions]
    ev = pd.DataFrame(ev_rows, columns=["article_id", *schema.EVENT_COLUMNS] if not ev_rows else None)
    pl = pd.DataFrame(pl_rows, columns=["article_id", *schema.PLACE_COLUMNS] if not pl_rows else None)
    return ev, pl, ids


def evaluate(gold: Path, corpus: Path, *, gazetteer=None, geocoder=None) -> Report:
    """Run extraction on ``corpus`` and score it against ``gold`` (gold_events.csv, gold_places.csv)."""
    gold = Path(gold)
    ge = _read_csv(gold / "gold_events.csv")
    gp = _read_csv(gold / "gold_places.csv")
    pe, pp, ids = run_extraction(Path(corpus), gazetteer=gazetteer, geocoder=geocoder)
    return score(pe, ge, pp, gp, ids)


def evaluate_scores(gold: Path, corpus: Path, **kw: Any) -> dict[str, float]:
    """The scores of :func:`evaluate` as a plain dict."""
    return dict(evaluate(gold, corpus, **kw).scores)


def format_report(rep: Report) -> str:
    lines = ["metric                 score   target", "-" * 38]
    labels = [("event_precision", None), ("event_recall", None), ("event_f1", "event_f1"),
              ("strict_f1", "strict_f1"), ("type_accuracy", "type_accuracy"),
              ("fatalities_accuracy", "fatalities_accuracy"), ("mention_recall", "mention_recall"),
              ("mention_precision", "mention_precision"), ("acc_161", "acc_161")]
    for name, tkey in labels:
        v = rep.scores[name]
        target = TARGETS.get(tkey) if tkey else None
        mark = "" if target is None else ("  ok" if v >= target else "  BELOW")
        lines.append(f"{name:<22} {v:5.3f}   {'' if target is None else f'{target:.2f}'}{mark}")
    med = rep.scores["median_error_km"]
    lines.append(f"{'median_error_km':<22} {med:5.1f}" if not math.isnan(med) else "median_error_km          -")
    lines.append("counts: " + ", ".join(f"{k} {v}" for k, v in rep.counts.items()))
    for title, d in (("missed gold events", rep.misses), ("false positive events", rep.false_positives),
                     ("disagreements on matched events", rep.disagreements),
                     ("missed mentions", rep.mention_misses), ("extra mentions", rep.mention_extras),
                     ("mentions resolved too far", rep.mention_far)):
        if not d:
            continue
        lines.append("")
        lines.append(f"{title}:")
        for aid in sorted(d):
            for item in d[aid]:
                lines.append(f"  [{aid}] {item}")
    return "\n".join(lines)


def evaluate_command(gold: Path, corpus: Path, as_json: bool = False) -> int:
    """Print the scores (a table, or JSON); exit 0 when every target is met, 1 otherwise."""
    gold, corpus = Path(gold), Path(corpus)
    for need in (gold / "gold_events.csv", gold / "gold_places.csv"):
        if not need.is_file():
            raise ValueError(f"{need} not found: --gold must be a folder with gold_events.csv and gold_places.csv")
    if not Path(corpus).is_dir():
        raise ValueError(f"{corpus} is not a folder: --corpus must hold <id>.txt files and articles.csv")
    rep = evaluate(gold, corpus)
    if as_json:
        scores = {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in rep.scores.items()}
        out = {"scores": scores, "counts": rep.counts, "targets": TARGETS,
               "misses": rep.misses, "false_positives": rep.false_positives}
        print(json.dumps(out, indent=2, default=str))
    else:
        print(format_report(rep))
    met = all(rep.scores[k] >= v for k, v in TARGETS.items())
    sys.stdout.flush()
    return 0 if met else 1

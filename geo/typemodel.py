"""A learned second opinion on the event type.

The rules give every event a type from its trigger and the words around it. On text the
rules were never written against, about one event in four gets a type the coders would not
give, most often an armed clash where they saw an attack on civilians or an assassination.
A small multinomial logistic regression, trained on the hand-coded evaluation sets,
reads the rule's type with the words of the sentence and the trigger and keeps the
rule's answer unless it is confident of another.

``python -m geo typemodel train`` rebuilds ``data/lexicon/type_model.json`` from the
gold sets under ``eval/`` (see docs/ACCURACY.md for which sets it may learn from). Training
is deterministic: full batch, fixed order, no random draws.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Iterable

import numpy as np

from geo import paths, schema

MODEL_PATH = paths.DATA / "lexicon" / "type_model.json"
#: Evaluation sets the shipped model never learns from: its accuracy on new text is read there.
HELD_OUT = ("test100", "test101", "test102", "test103")

_WORD = re.compile(r"[a-z]+")


def features(sentence: str, trigger: tuple[int, int] | None, rule_type: str,
             place: tuple[int, int] | None = None) -> list[str]:
    """The features of one event: the rule's type; the trigger; the sentence's words and word
    pairs; the eight words either side of the trigger and their pairs; whether the event's place is
    the trigger's object ("captured al-Qaryatayn") or stands just before it. ``trigger`` and
    ``place`` are spans inside ``sentence`` (None when unknown)."""
    words = _WORD.findall(sentence.lower())
    out = {"rule=" + rule_type}
    out.update("w=" + w for w in words)
    out.update(f"bg={a}_{b}" for a, b in zip(words, words[1:]))
    if trigger is not None:
        t0, t1 = trigger
        trig = " ".join(_WORD.findall(sentence[t0:t1].lower()))
        out.add("trig=" + trig)
        near = _WORD.findall(sentence[:t0].lower())[-8:] + ["_T_"] + _WORD.findall(sentence[t1:].lower())[:8]
        out.update("n=" + w for w in near if w != "_T_")
        out.update(f"nb={a}_{b}" for a, b in zip(near, near[1:]))
        if place is not None:
            p0, p1 = place
            if p0 >= t1 and p0 - t1 <= 25 and "," not in sentence[t1:p0]:
                out.add("obj=place")
                out.add("objt=" + trig)
            elif p1 <= t0 and t0 - p1 <= 40:
                out.add("subj=place")
    else:
        out.add("trig=")
    return list(out)


class TypeModel:
    """Weights per feature and type; ``margin`` is how much likelier another type must be
    than the rule's before it replaces it."""

    def __init__(self, classes: list[str], weights: dict[str, list[float]], bias: list[float],
                 margin: float = 0.0):
        self.classes = classes
        self.weights = weights
        self.bias = bias
        self.margin = margin
        # one row per feature, for a vectorised sum (the dict stays the model's description)
        self._row = {f: k for k, f in enumerate(weights)}
        self._matrix = np.array([weights[f] for f in weights] + [[0.0] * len(classes)],
                                dtype=np.float64).reshape(len(weights) + 1, len(classes))
        self._bias = np.array(bias, dtype=np.float64)

    def _probabilities(self, events: list[Iterable[str]]):
        """One row of type probabilities per event's features (one numpy pass for all of them)."""
        rows: list[int] = []
        starts: list[int] = []
        get = self._row.get
        pad = len(self._row)  # an all-zero row ends every event's slice, so none is empty
        for feats in events:
            starts.append(len(rows))
            rows += [x for x in map(get, feats) if x is not None]
            rows.append(pad)
        z = np.add.reduceat(self._matrix[rows], starts, axis=0) + self._bias
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(axis=1, keepdims=True)

    def probabilities(self, feats: Iterable[str]) -> list[float]:
        return self._probabilities([feats])[0].tolist()

    def decide_many(self, items: list[tuple]) -> list[str]:
        """For each ``(sentence, trigger span, rule's type[, place span])``, the type to report: the
        rule's, unless the model's probability for another type exceeds it by more than ``margin``."""
        if not items:
            return []
        p = self._probabilities([features(*item) for item in items])
        out = []
        for k, (_, _, rule_type, *_) in enumerate(items):
            if rule_type not in self.classes:
                out.append(rule_type)
                continue
            best = int(p[k].argmax())
            gain = p[k, best] - p[k, self.classes.index(rule_type)]
            out.append(self.classes[best] if self.classes[best] != rule_type and gain > self.margin else rule_type)
        return out

    def decide(self, sentence: str, trigger: tuple[int, int] | None, rule_type: str,
               place: tuple[int, int] | None = None) -> str:
        """The type to report: the rule's, unless the model is clearly surer of another."""
        return self.decide_many([(sentence, trigger, rule_type, place)])[0]

    def to_json(self) -> dict:
        return {"classes": self.classes, "bias": [round(b, 5) for b in self.bias], "margin": self.margin,
                "weights": {f: [round(v, 5) for v in w] for f, w in sorted(self.weights.items())
                            if any(abs(v) >= 1e-4 for v in w)}}

    @classmethod
    def from_json(cls, d: dict) -> "TypeModel":
        return cls(list(d["classes"]), {f: list(w) for f, w in d["weights"].items()}, list(d["bias"]),
                   float(d.get("margin", 0.0)))

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> "TypeModel | None":
        try:
            return cls.from_json(json.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError):
            return None


def train(samples: list[tuple[list[str], str]], *, c: float = 1.0, steps: int = 600, rate: float = 0.05,
          margin: float = 0.3, min_count: int = 2) -> TypeModel:
    """Multinomial logistic regression over ``(features, gold type)`` pairs: the summed log
    loss plus ``||w||^2 / (2c)`` (the bias is not penalised), minimised by full-batch Adam.
    Features seen fewer than ``min_count`` times are left out."""
    classes = list(schema.EVENT_TYPES)
    index = {cl: k for k, cl in enumerate(classes)}
    counts: dict[str, int] = defaultdict(int)
    for feats, _ in samples:
        for f in set(feats):
            counts[f] += 1
    names = sorted(f for f, n in counts.items() if n >= min_count)
    col = {f: k for k, f in enumerate(names)}
    rows = [([col[f] for f in sorted(set(feats)) if f in col], index[label]) for feats, label in samples
            if label in index]
    n, n_cls = len(rows), len(classes)
    indices = np.array([j for r, _ in rows for j in r], dtype=np.int64)
    owner = np.repeat(np.arange(n), [len(r) for r, _ in rows])
    y = np.array([lab for _, lab in rows])
    w = np.zeros((len(names), n_cls))
    b = np.zeros(n_cls)
    mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    for t in range(1, steps + 1):
        z = np.tile(b, (n, 1))
        np.add.at(z, owner, w[indices])
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        p[np.arange(n), y] -= 1.0            # d(loss)/dz
        gw = np.zeros_like(w)
        np.add.at(gw, indices, p[owner])
        gw += w / c
        gb = p.sum(axis=0)
        for g, m_, v_, x in ((gw, mw, vw, w), (gb, mb, vb, b)):
            m_ *= 0.9
            m_ += 0.1 * g
            v_ *= 0.999
            v_ += 0.001 * g * g
            x -= rate * (m_ / (1 - 0.9 ** t)) / (np.sqrt(v_ / (1 - 0.999 ** t)) + 1e-8)
    weights = {f: [float(v) for v in w[k]] for f, k in col.items()}
    return TypeModel(classes, weights, [float(v) for v in b], margin)


_DEFAULT: list[TypeModel | None] = []


def default_model() -> TypeModel | None:
    """The shipped model, loaded once; None when the file is missing or unreadable."""
    if not _DEFAULT:
        _DEFAULT.append(TypeModel.load())
    return _DEFAULT[0]


def _span(row: dict, what: str) -> tuple[int, int] | None:
    s0, a, b = row.get("sentence_start"), row.get(f"{what}_start"), row.get(f"{what}_end")
    sentence = row.get("sentence") or ""
    if any(v is None or v != v for v in (s0, a, b)) or not (s0 <= a <= b <= s0 + len(sentence)):
        return None
    return int(a - s0), int(b - s0)


def trigger_span(row: dict) -> tuple[int, int] | None:
    """The trigger's span inside the row's sentence, or None when it lies outside."""
    return _span(row, "trigger")


def place_span(row: dict) -> tuple[int, int] | None:
    """The place's span inside the row's sentence, or None when it lies outside."""
    return _span(row, "place")


def decide_rows(model: TypeModel, rows: list[dict]) -> list[str]:
    """The type to report for each extracted row."""
    return model.decide_many([(r.get("sentence") or "", trigger_span(r), r["event_type"], place_span(r)) for r in rows])


def training_samples(gold_dirs: list[Path], gazetteer=None) -> list[tuple[list[str], str]]:
    """``(features, gold type)`` for every extracted event that matches a gold event, with the
    types the rules alone give."""
    from geo.evaluate import _read_csv, match_events, run_extraction

    samples: list[tuple[list[str], str]] = []
    for d in gold_dirs:
        events, _, _ = run_extraction(d, gazetteer=gazetteer, learned_types=False)
        gold = _read_csv(d / "gold_events.csv")
        for aid, grp in events.groupby("article_id", sort=True):
            pred = grp.to_dict("records")
            golds = gold[gold.article_id == aid].to_dict("records")
            for i, j in match_events(pred, golds):
                p = pred[i]
                samples.append((features(p["sentence"] or "", trigger_span(p), p["event_type"], place_span(p)),
                                str(golds[j]["event_type"])))
    return samples


def train_command(eval_root: Path, hold_out: list[str], out: Path) -> int:
    """Train on every gold set under ``eval_root`` except ``hold_out``; write the model to ``out``."""
    from geo.gazetteer import default_gazetteer

    sets = sorted(p for p in Path(eval_root).iterdir()
                  if (p / "gold_events.csv").exists() and p.name not in set(hold_out))
    if not sets:
        print(f"no gold sets under {eval_root}")
        return 2
    samples = training_samples(sets, gazetteer=default_gazetteer())
    model = train(samples)
    d = model.to_json()
    d["trained_on"] = [p.name for p in sets]
    d["held_out"] = sorted(hold_out)
    Path(out).write_text(json.dumps(d, separators=(",", ":")), encoding="utf-8")
    agree = sum(f"rule={label}" in feats for feats, label in samples)
    print(f"wrote {out}: {len(samples)} events from {len(sets)} gold set{'s' if len(sets) != 1 else ''} "
          f"(the rules' type agrees with the gold on {agree / max(len(samples), 1):.1%}); "
          f"{len(d['weights'])} features")
    return 0

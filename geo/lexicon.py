"""Event triggers and actors, read from ``data/lexicon/triggers.csv`` and ``actors.csv``.

Triggers map words and phrases to the event types of the coding rules. Each has a
specificity: where two triggers overlap, or several speak of one incident, the more
specific wins ("suicide bomber" 9 beats "bomb" 5 beats "attack" 2). Generic triggers
("attack", "opened fire", "killed") say that violence happened without saying how; their
type is settled later from the target and weapon, or by a more specific trigger of the
same incident.

Actors are canonical names with aliases, a kind (``armed_group``, ``state``,
``state_foreign``, ``unidentified``, ``civilians``, ``protesters``, ``political``) and the
actor's country where it has one. Short all-capital aliases ("IS", "TTP", "FC") match
only in capitals; the rest match in any case.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from geo import paths


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    text: str
    event_type: str
    specificity: int
    pos: str
    generic: int  # 0 a definite type; 1 any method ("attack", "killed"); 2 violence settled by target


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    text: str
    canonical: str
    kind: str
    country: str | None


@dataclass(frozen=True)
class Lexicon:
    triggers: tuple[tuple[re.Pattern, str, int, str, int], ...]
    actor_pattern_ci: re.Pattern
    actor_pattern_cs: re.Pattern
    actors: dict[str, tuple[str, str, str | None]]  # lower-cased alias -> (canonical, kind, country)

    def find_triggers(self, text: str, offset: int = 0) -> list[Trigger]:
        """Trigger phrases in ``text``; of overlapping ones the most specific, then longest, stays."""
        found: list[Trigger] = []
        for pattern, etype, spec, pos, generic in self.triggers:
            for m in pattern.finditer(text):
                found.append(Trigger(m.start() + offset, m.end() + offset, m.group(0), etype, spec, pos, generic))
        found.sort(key=lambda t: (-t.specificity, -(t.end - t.start), t.start))
        return _non_overlapping(found, offset, len(text))

    def find_actors(self, text: str, offset: int = 0) -> list[ActorMention]:
        """Actor names in ``text``, longest first where they overlap, left to right."""
        found: list[ActorMention] = []
        for pattern in (self.actor_pattern_cs, self.actor_pattern_ci):
            for m in pattern.finditer(text):
                key = m.group(0)
                info = self.actors.get(key) or self.actors.get(key.lower())
                if info is None:
                    continue
                found.append(ActorMention(m.start() + offset, m.end() + offset, key, *info))
        found.sort(key=lambda a: (-(a.end - a.start), a.start))
        kept = _non_overlapping(found, offset, len(text))
        # "Al-Shabaab militants", "IS fighters": the group named, and its men, are one actor
        out: list[ActorMention] = []
        for a in kept:
            prev = out[-1] if out else None
            if (prev is not None and a.kind == "unidentified" and prev.kind != "unidentified"
                    and text[prev.end - offset:a.start - offset] in (" ", "\u00a0")):
                out[-1] = ActorMention(prev.start, a.end, text[prev.start - offset:a.end - offset], prev.canonical,
                                       prev.kind, prev.country)
                continue
            out.append(a)
        return out


def _non_overlapping(ranked: list, offset: int, length: int) -> list:
    """Keep spans in the given order of preference unless they overlap one already kept;
    return them in text order."""
    taken = bytearray(length + 1)
    kept = []
    for x in ranked:
        a, b = x.start - offset, x.end - offset
        if taken.find(1, a, b) != -1:
            continue
        taken[a:b] = b"\x01" * (b - a)
        kept.append(x)
    kept.sort(key=lambda x: x.start)
    return kept


def _is_case_sensitive(alias: str) -> bool:
    return alias.isupper() and len(alias.replace(".", "")) <= 5 or bool(re.fullmatch(r"[A-Z][a-z][A-Z]", alias))


def _alternation(aliases: list[str]) -> str:
    parts = sorted(set(aliases), key=len, reverse=True)
    return r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in parts) + r")(?![\w-])"


def load_lexicon(directory: Path | str = paths.LEXICON) -> Lexicon:
    """Read the trigger and actor tables from ``directory``."""
    directory = Path(directory)
    triggers = []
    with open(directory / "triggers.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            pattern = re.compile(r"(?<![\w-])" + row["pattern"], re.IGNORECASE)
            triggers.append((pattern, row["event_type"], int(row["specificity"]), row["pos"],
                             int(row["generic"].strip() or 0)))
    actors: dict[str, tuple[str, str, str | None]] = {}
    cs: list[str] = []
    ci: list[str] = []
    with open(directory / "actors.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            info = (row["canonical"], row["kind"], (row.get("country") or "").strip() or None)
            for alias in row["aliases"].split("|"):
                alias = alias.strip()
                if not alias:
                    continue
                if _is_case_sensitive(alias):
                    actors.setdefault(alias, info)
                    cs.append(alias)
                else:
                    actors.setdefault(alias.lower(), info)
                    ci.append(alias)
    return Lexicon(
        triggers=tuple(triggers),
        actor_pattern_ci=re.compile(_alternation(ci), re.IGNORECASE),
        actor_pattern_cs=re.compile(_alternation(cs)),
        actors=actors,
    )


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The bundled lexicon, read once per process on first use."""
    return load_lexicon(paths.LEXICON)

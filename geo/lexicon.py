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
    #: per trigger, lower-case strings one of which every match starts with (empty: no such strings known)
    needles: tuple[tuple[str, ...], ...] = ()

    def find_triggers(self, text: str, offset: int = 0) -> list[Trigger]:
        """Trigger phrases in ``text``; of overlapping ones the most specific, then longest, stays."""
        found: list[Trigger] = []
        low = text.lower()
        needles_all = self.needles or ((),) * len(self.triggers)
        for (pattern, etype, spec, pos, generic), needles in zip(self.triggers, needles_all):
            if needles and not any(n in low for n in needles):
                continue  # none of the words the pattern must start with is in the text
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


def _top_level(body: str) -> tuple[list[str], str] | None:
    """The top-level alternatives of ``body`` if it is one group, ``(?:a|b)`` followed by the rest of the
    pattern, as (["a", "b"], rest); ``([body], "")`` if it has no top-level "|"; None if the pattern is an
    alternation at its top level or cannot be read."""
    depth, in_class, cut, parts, close = 0, False, 3, [], None
    top_bar = False
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0 and close is None and body.startswith("(?:"):
                close = i
        elif ch == "|":
            if depth == 0:
                top_bar = True
            elif depth == 1 and close is None and body.startswith("(?:"):
                parts.append(body[cut:i])
                cut = i + 1
        i += 1
    if top_bar or depth != 0:
        return None
    if body.startswith("(?:") and close is not None:
        parts.append(body[cut:close])
        return parts, body[close + 1:]
    return [body], ""


def _leading_literals(pattern: str) -> tuple[str, ...]:
    """The lower-case letters every match of ``pattern`` starts with, one string per alternative of its
    leading group ("(?:blew|blowing)\\s+..." gives ("blew", "blowing"), "ieds?" gives ("ied",)); empty when
    some alternative does not start with three fixed letters. Lets a text that contains none of them skip
    the pattern."""
    body = re.sub(r"^(?:\(\?<[!=][^()]*\))+", "", pattern)  # leading look-behinds
    split = _top_level(body)
    if split is None:
        return ()
    alternatives, rest = split
    if rest[:1] in ("?", "*", "{"):
        return ()  # the leading group is optional
    out = []
    for alt in alternatives:
        lead = re.match(r"[a-z]+", alt)
        word = lead.group(0) if lead else ""
        if word and alt[len(word):len(word) + 1] in ("?", "*", "{"):
            word = word[:-1]  # "ieds?": the last letter is optional
        if len(word) < 3:
            return ()
        out.append(word)
    return tuple(dict.fromkeys(out))


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


def _alternation(aliases: list[str], fold: bool = False) -> str:
    """One pattern for many names, as a trie ("al-(?:Qaeda|Shabaab)"), which the regex engine walks far faster
    than a flat list of alternatives; at each point the longer name is tried first, as in a list sorted
    longest first. ``fold``: the names are matched ignoring case, so they are merged in lower case."""
    trie: dict = {}
    for alias in set(a.lower() for a in aliases) if fold else set(aliases):
        node = trie
        for ch in alias:
            node = node.setdefault(ch, {})
        node[""] = {}  # a name ends here
    return r"(?<![\w-])" + _trie_pattern(trie) + r"(?![\w-])"


def _trie_pattern(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return ("(?:" + body + ")?") if len(branches) > 1 or len(body) > 1 else body + "?"
    return body


def load_lexicon(directory: Path | str = paths.LEXICON) -> Lexicon:
    """Read the trigger and actor tables from ``directory``."""
    directory = Path(directory)
    triggers = []
    needles = []
    with open(directory / "triggers.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            pattern = re.compile(r"(?<![\w-])" + row["pattern"], re.IGNORECASE)
            triggers.append((pattern, row["event_type"], int(row["specificity"]), row["pos"],
                             int(row["generic"].strip() or 0)))
            needles.append(_leading_literals(row["pattern"]))
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
        needles=tuple(needles),
        actor_pattern_ci=re.compile(_alternation(ci, fold=True), re.IGNORECASE),
        actor_pattern_cs=re.compile(_alternation(cs)),
        actors=actors,
    )


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The bundled lexicon, read once per process on first use."""
    return load_lexicon(paths.LEXICON)

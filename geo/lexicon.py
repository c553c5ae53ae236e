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
import re._constants as _sre_constants
import re._parser as _sre_parser
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
        aligned = len(low) == len(text)  # lower-casing kept every character where it was
        starts: dict[str, list[int]] = {}  # where each leading string starts a word
        needles_all = self.needles or ((),) * len(self.triggers)
        for (pattern, etype, spec, pos, generic), needles in zip(self.triggers, needles_all):
            if not needles:
                matches = pattern.finditer(text)
            elif not aligned:
                if not any(n in low for n in needles):
                    continue  # none of the words the pattern must start with is in the text
                matches = pattern.finditer(text)
            else:
                # every match starts where one of its leading strings starts a word: try the pattern only
                # there, left to right, each past the last match's end (what a scan of the text finds)
                candidates = []
                for n in needles:
                    at = starts.get(n)
                    if at is None:
                        at = starts[n] = _word_starts(low, n)
                    candidates.extend(at)
                if not candidates:
                    continue
                if len(needles) > 1:
                    candidates.sort()
                matches = _matches_at(pattern, text, candidates)
            for m in matches:
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


def _leading_literals(pattern: str) -> tuple[str, ...]:
    """The lower-case strings one of which every match of ``pattern`` starts with, read from the parsed
    pattern ("(?:blew|blowing)\\s+..." gives ("blew", "blowing"), "ieds?" gives ("ied",), "a|b" gives the
    leading strings of both); empty when some way of matching does not start with three fixed letters.
    Lets the trigger search skip a text that contains none of them, and try the pattern only where one
    of them starts a word."""
    try:
        parsed = _sre_parser.parse(pattern, re.IGNORECASE)
    except re.error:
        return ()
    leads = _leads(list(parsed))
    if leads is None or any(len(s) < 3 for s, _ in leads):
        return ()
    words = sorted({s for s, _ in leads}, key=len)
    # "protest" covers "protests": a string that starts with a shorter one adds nothing to look for
    kept: list[str] = []
    for w in words:
        if not any(w.startswith(k) for k in kept):
            kept.append(w)
    return tuple(sorted(kept, key=words.index))


_ZERO_WIDTH = {_sre_constants.ASSERT, _sre_constants.ASSERT_NOT, _sre_constants.AT}
_MAX_LEADS = 64


def _leads(items: list) -> set[tuple[str, bool]] | None:
    """The fixed strings a parsed sequence starts with, each with whether it is the whole of what that way
    of matching consumes (so the next item may lengthen it); None if there are too many ways."""
    current = {("", True)}
    for op, arg in items:
        if not any(open_ for _, open_ in current):
            break
        if op in _ZERO_WIDTH:
            continue  # look-arounds and \b consume nothing
        if op is _sre_constants.LITERAL:
            nxt = {(chr(arg).lower(), True)}
        elif op is _sre_constants.SUBPATTERN:
            nxt = _leads(list(arg[-1]))
        elif op is _sre_constants.BRANCH:
            nxt = set()
            for alternative in arg[1]:
                alt = _leads(list(alternative))
                if alt is None:
                    return None
                nxt |= alt
        elif op in (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT) and arg[0] >= 1:
            inner = _leads(list(arg[2]))
            nxt = None if inner is None else {(s, False) for s, _ in inner}
        else:
            nxt = {("", False)}  # a class, a wildcard, an optional part: nothing fixed from here on
        if nxt is None:
            return None
        current = {(s + t, o2) if o else (s, False) for s, o in current for t, o2 in (nxt if o else [("", False)])}
        if len(current) > _MAX_LEADS:
            return None
    return current


def _word_starts(low: str, needle: str) -> list[int]:
    """Where ``needle`` occurs in ``low`` not right after a letter, digit, underscore or hyphen."""
    out = []
    i = low.find(needle)
    while i != -1:
        if i == 0 or not _WORD_CHAR.match(low, i - 1):
            out.append(i)
        i = low.find(needle, i + 1)
    return out


def _matches_at(pattern: re.Pattern, text: str, candidates: list[int]):
    """The matches of ``pattern`` that start at one of ``candidates`` (ascending), none overlapping the last."""
    end = -1
    for i in candidates:
        if i < end:
            continue
        m = pattern.match(text, i)
        if m is not None:
            end = max(m.end(), i + 1)
            yield m


_WORD_CHAR = re.compile(r"[\w-]")


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

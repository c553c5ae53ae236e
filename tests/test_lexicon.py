"""The trigger lexicon: words it must find, and its shortcut (a pattern is skipped only where it could not have matched)."""

import dataclasses

import pytest

from geo import paths
from geo.lexicon import _leading_literals, default_lexicon


def test_leading_literals_are_read_only_where_every_match_must_start_with_them():
    assert set(_leading_literals(r"(?:blew|blowing)\s+(?:himself|herself)\s+up\b")) == {"blew", "blowing"}
    assert set(_leading_literals(r"(?:improvised\s+explosive\s+devices?|ieds?)\b")) == {"improvised", "ied"}
    assert _leading_literals(r"suicide[- ](?:\w+[- ])?bombers?\b") == ("suicide",)
    # a pattern that is an alternation at its top level, and groups within groups
    assert set(_leading_literals(r"(?:slit|cut)\s+(?:their|his)\s+throats?|throats?\s+(?:were\s+)?slit")) == {
        "slit", "cut", "throat"}
    assert set(_leading_literals(r"(?:(?:petrol|fire)[- ]?bombs?|molotov\s+cocktails?)\b")) == {
        "petrol", "fire", "molotov"}
    assert _leading_literals(r"(?<![\w-])(?:protest|protests|protesters)\b") == ("protest",)  # one covers all
    assert _leading_literals(r"(?-i:B)attle\s+of") == ("battle",)  # case is matched in lower case
    assert _leading_literals(r"(?:on|at)\s+fire") == ()  # too short to be worth a look-up
    assert _leading_literals(r"(?:drone|uav)?\s*strikes?") == ()  # an optional group
    assert _leading_literals(r"[Mm]ortars?") == ()  # a class


def test_skipping_patterns_by_their_leading_words_finds_the_same_triggers():
    lex = default_lexicon()
    plain = dataclasses.replace(lex, needles=())
    texts = [p.read_text(encoding="utf-8") for p in sorted((paths.ROOT / "eval").glob("*/0[01]*.txt"))]
    assert len(texts) > 100 and sum(bool(n) for n in lex.needles) > 80
    texts += ["İstanbul: militants attacked a police post; protesters marched on the ministry."]  # lower-casing
    # "İ" makes the text longer, so the search falls back to scanning it whole
    for text in texts:
        assert lex.find_triggers(text) == plain.find_triggers(text)
        assert lex.find_triggers(text[40:], offset=40) == plain.find_triggers(text[40:], offset=40)


def test_the_trie_of_actor_names_finds_what_a_list_sorted_longest_first_finds():
    import re

    from geo.lexicon import _alternation
    names = ["al-Qaeda", "al-Qaeda in the Arabian Peninsula", "al-Shabaab", "Taliban", "Pakistani Taliban", "IS"]
    flat = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                      + r")(?![\w-])", re.IGNORECASE)
    trie = re.compile(_alternation(names, fold=True), re.IGNORECASE)
    text = ("Al-Qaeda in the Arabian Peninsula and al-Qaeda-linked fighters, the Pakistani Taliban, the TALIBAN, "
            "al-Shabaab's men, ISIS and IS, al-Qaedas.")
    assert [m.group(0) for m in trie.finditer(text)] == [m.group(0) for m in flat.finditer(text)]
    assert [m.group(0) for m in trie.finditer(text)][:3] == ["Al-Qaeda in the Arabian Peninsula", "Pakistani Taliban",
                                                             "TALIBAN"]


@pytest.mark.parametrize("text, event_type", [
    ("Attackers hacked to death six farmers near the village.", "armed_clash"),
    ("A mob burned houses and shops in the old quarter.", "strategic_development"),
    ("Gunmen sprayed bullets at worshippers leaving the mosque.", "armed_clash"),
    ("Militants hijacked a fuel truck on the highway.", "abduction"),
    ("Police fired tear gas at the crowd.", "protest"),
    ("A drone dropped a grenade on the checkpoint.", "drone_strike"),
])
def test_killing_burning_hijacking_and_dispersal_words_are_triggers(text, event_type):
    assert event_type in {t.event_type for t in default_lexicon().find_triggers(text)}

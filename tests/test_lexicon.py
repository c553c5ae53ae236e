"""The trigger lexicon's shortcut: a pattern is skipped only where it could not have matched."""

import dataclasses

from geo import paths
from geo.lexicon import _leading_literals, default_lexicon


def test_leading_literals_are_read_only_where_every_match_must_start_with_them():
    assert _leading_literals(r"(?:blew|blowing)\s+(?:himself|herself)\s+up\b") == ("blew", "blowing")
    assert _leading_literals(r"(?:improvised\s+explosive\s+devices?|ieds?)\b") == ("improvised", "ied")
    assert _leading_literals(r"suicide[- ](?:\w+[- ])?bombers?\b") == ("suicide",)
    assert _leading_literals(r"(?:slit|cut)\s+(?:their|his)\s+throats?|throats?\s+(?:were\s+)?slit") == ()
    assert _leading_literals(r"(?:(?:petrol|fire)[- ]?bombs?|molotov\s+cocktails?)\b") == ()
    assert _leading_literals(r"(?:on|at)\s+fire") == ()  # too short to be worth a look-up
    assert _leading_literals(r"(?:drone|uav)?\s*strikes?") == ()  # an optional group


def test_skipping_patterns_by_their_leading_words_finds_the_same_triggers():
    lex = default_lexicon()
    plain = dataclasses.replace(lex, needles=())
    texts = [p.read_text(encoding="utf-8") for p in sorted((paths.ROOT / "eval").glob("*/0[01]*.txt"))]
    assert len(texts) > 100 and sum(bool(n) for n in lex.needles) > 40
    for text in texts:
        assert lex.find_triggers(text) == plain.find_triggers(text)

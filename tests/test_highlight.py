"""Highlighted provenance is escaped: article markup is shown as text, never run."""

from __future__ import annotations

import re

from geo.highlight import Span, event_spans, highlight_html

HOSTILE = ('Police said <img src=x onerror=alert(1)> gunmen attacked a checkpoint in Kohat '
           'on Monday.<script>alert("x")</script>\n\nSecond paragraph.')


def test_markup_in_articles_is_escaped():
    start = HOSTILE.index("gunmen")
    out = highlight_html(HOSTILE, [Span("sentence", 0, HOSTILE.index("\n")), Span("actor1", start, start + 6)])
    assert "<img" not in out and "<script" not in out
    assert "&lt;img src=x onerror=alert(1)&gt;" in out
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in out
    # the only tags are the ones this module writes
    assert set(re.findall(r"<(/?\w+)", out)) <= {"mark", "/mark", "br"}


def test_spans_are_marked_with_the_most_specific_role():
    text = "A car bomb exploded in Kohat on Thursday."
    spans = [Span("sentence", 0, len(text)), Span("trigger", 2, 10), Span("place", 23, 28),
             Span("date", 32, 40)]
    out = highlight_html(text, spans)
    assert re.search(r'<mark class="geo-trigger"[^>]*>car bomb</mark>', out)
    assert re.search(r'<mark class="geo-place"[^>]*>Kohat</mark>', out)
    assert re.search(r'<mark class="geo-date"[^>]*>Thursday</mark>', out)
    assert re.search(r'<mark class="geo-sentence"[^>]*>A </mark>', out)


def test_context_window_cuts_at_paragraphs():
    text = "First paragraph about talks.\n\nA bomb hit Kohat.\n\nLater paragraph."
    start = text.index("A bomb")
    out = highlight_html(text, [Span("sentence", start, start + 17)], context_chars=500)
    assert out.startswith("…") and out.endswith("…")
    assert "talks" not in out and "Later" not in out


def test_event_spans_skip_missing_and_bad_offsets():
    event = {"sentence_start": 0, "sentence_end": 10, "trigger_start": None, "trigger_end": None,
             "place_start": 5, "place_end": 3, "date_start": "x", "date_end": 4}
    assert event_spans(event) == [Span("sentence", 0, 10)]


def test_words_naming_what_happened_win_over_an_actor_read_from_them():
    text = "A suicide bomber killed 12 people."
    out = highlight_html(text, [Span("actor1", 2, 16), Span("trigger", 2, 16), Span("actor2", 27, 33)])
    assert re.search(r'<mark class="geo-trigger"[^>]*>suicide bomber</mark>', out)
    assert re.search(r'<mark class="geo-actor2"[^>]*>people</mark>', out)


def test_words_from_another_paragraph_show_beside_the_sentence_not_the_whole_article():
    lead = "The Pakistani Taliban claimed the attacks."
    middle = "Officials met in the capital to discuss the budget for many hours. " * 20
    event = "A car bomb exploded in Kohat."
    text = f"{lead}\n\n{middle}\n\n{event}\n\nUnrelated closing words."
    s = text.index(event)
    spans = [Span("actor1", 4, 21), Span("sentence", s, s + len(event)), Span("place", s + 23, s + 28)]
    out = highlight_html(text, spans, context_chars=60)
    assert "budget" not in out and "closing" not in out
    assert out.index("Pakistani Taliban") < out.index("Kohat")
    assert re.search(r'<mark class="geo-place"[^>]*>Kohat</mark>', out)

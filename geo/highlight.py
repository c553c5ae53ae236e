"""Article text with an event's words highlighted, as HTML that can never run article markup.

Every character of the article is escaped; the only tags in the output are the ``<mark>``
and ``<span>`` elements this module writes itself, so ``<script>`` or
``<img onerror=...>`` in an article is shown as text.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

#: Roles of highlighted spans (the legend's order).
ROLES = ("sentence", "trigger", "actor1", "actor2", "place", "date")
#: Drawing order: a later role wins where spans overlap (the words naming what happened win
#: over an actor read from the same words, e.g. "a suicide bomber").
DRAW_ORDER = ("sentence", "actor1", "actor2", "date", "place", "trigger")

STYLES = {
    "sentence": "background:#fff3bf;",
    "trigger": "background:#ffa8a8;font-weight:600;",
    "actor1": "background:#a5d8ff;",
    "actor2": "background:#d0bfff;",
    "place": "background:#b2f2bb;font-weight:600;",
    "date": "background:#ffd8a8;",
}
LABELS = {"sentence": "sentence", "trigger": "what happened", "actor1": "actor 1",
          "actor2": "actor 2", "place": "place", "date": "date"}


@dataclass(frozen=True)
class Span:
    role: str
    start: int
    end: int


def event_spans(event: dict) -> list[Span]:
    """The highlightable spans of one event row (columns ``<role>_start``/``<role>_end``)."""
    spans = []
    for role in ROLES:
        start, end = event.get(f"{role}_start"), event.get(f"{role}_end")
        try:
            start, end = int(start), int(end)
        except (TypeError, ValueError):
            continue
        if 0 <= start < end:
            spans.append(Span(role, start, end))
    return spans


def _windows(text: str, spans: list[Span], context_chars: int) -> list[tuple[int, int]]:
    """Parts of *text* to show: each paragraph holding a span, trimmed to *context_chars*
    around its spans, in text order and merged where they touch."""
    windows: list[tuple[int, int]] = []
    for s in sorted(spans, key=lambda s: s.start):
        para_lo = text.rfind("\n\n", 0, s.start)
        para_lo = 0 if para_lo < 0 else para_lo + 2
        para_hi = text.find("\n\n", s.end)
        para_hi = len(text) if para_hi < 0 else para_hi
        lo, hi = max(para_lo, s.start - context_chars), min(para_hi, s.end + context_chars)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
        else:
            windows.append((lo, hi))
    return windows


def _render(text: str, spans: list[Span], lo: int, hi: int) -> str:
    roles: list[str | None] = [None] * (hi - lo)
    for role in DRAW_ORDER:
        for s in spans:
            if s.role == role:
                for i in range(max(s.start, lo), min(s.end, hi)):
                    roles[i - lo] = role
    parts = []
    i = 0
    while i < len(roles):
        j = i
        while j < len(roles) and roles[j] == roles[i]:
            j += 1
        chunk = html.escape(text[lo + i:lo + j]).replace("\n", "<br>")
        role = roles[i]
        if role is None:
            parts.append(chunk)
        else:
            parts.append(f'<mark class="geo-{role}" title="{LABELS[role]}" '
                         f'style="{STYLES[role]}padding:0 1px;border-radius:2px;">{chunk}</mark>')
        i = j
    return "".join(parts)


def highlight_html(text: str, spans: list[Span], *, context_chars: int | None = None) -> str:
    """Escaped *text* with *spans* wrapped in styled ``<mark>`` tags.

    With *context_chars*, only the paragraphs holding a span are shown (each trimmed to
    *context_chars* around its spans), the sentence's own passage first in text order, with
    "…" where text was left out — so words read from an earlier paragraph (an actor named in
    the lead, say) show beside the event's sentence instead of pushing it out of view.
    """
    text = text or ""
    spans = [s for s in spans if s.end <= len(text)]
    if context_chars is None or not spans:
        return _render(text, spans, 0, len(text))
    pieces = []
    for lo, hi in _windows(text, spans, context_chars):
        pieces.append(("…" if lo > 0 else "") + _render(text, spans, lo, hi) + ("…" if hi < len(text) else ""))
    return "<br><br>".join(pieces)


def legend_html() -> str:
    return " ".join(f'<mark style="{STYLES[r]}padding:0 4px;border-radius:2px;">{LABELS[r]}</mark>'
                    for r in ROLES)

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


def highlight_html(text: str, spans: list[Span], *, context_chars: int | None = None) -> str:
    """Escaped *text* with *spans* wrapped in styled ``<mark>`` tags.

    With *context_chars*, only the part of the text around the spans is shown, cut at
    paragraph breaks where possible, with "…" where text was left out.
    """
    text = text or ""
    spans = [s for s in spans if s.end <= len(text)]
    lo, hi = 0, len(text)
    if context_chars is not None and spans:
        lo = max(0, min(s.start for s in spans) - context_chars)
        hi = min(len(text), max(s.end for s in spans) + context_chars)
        para = text.rfind("\n\n", 0, min(s.start for s in spans))
        lo = max(lo, para + 2) if para >= lo else lo
        after = text.find("\n\n", max(s.end for s in spans))
        hi = after if 0 <= after <= hi else hi
    # the role of each character: the most specific span covering it
    roles: list[str | None] = [None] * (hi - lo)
    for role in DRAW_ORDER:
        for s in spans:
            if s.role == role:
                for i in range(max(s.start, lo), min(s.end, hi)):
                    roles[i - lo] = role
    parts = ["…" if lo > 0 else ""]
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
    parts.append("…" if hi < len(text) else "")
    return "".join(parts)


def legend_html() -> str:
    return " ".join(f'<mark style="{STYLES[r]}padding:0 4px;border-radius:2px;">{LABELS[r]}</mark>'
                    for r in ROLES)

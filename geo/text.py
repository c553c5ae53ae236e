"""Article text: page furniture, paragraphs and sentences, always as spans of the original text.

Nothing here copies or rewrites the article: every paragraph and sentence is a
``(start, end)`` span into the text as given, so offsets computed downstream point at the
words an analyst sees in the original article.

Page furniture is recognised by its shape, not by a list of one site's strings: short
lines without sentence punctuation (app and share buttons, link captions), photo credits,
lines opening with a call to action ("Watch", "Read more", "Follow us", "Share",
"Advertisement", "Related", "Sign up"), bylines ("By Jane Doe"), image captions and
credits, short bullet lines (a reporter's name, a "See also" link), and the short biography
of a reporter that follows one ("X is the foreign editor, based at ..."). Wire credits
("Reporting by the Sanaa newsroom", "writers in Cairo contributed") are kept: they name
places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

#: Words that open a line of navigation or promotion rather than reporting.
_CALL_TO_ACTION = re.compile(
    r"^\W*(watch|view|read|listen|follow|share|advertisement|advert|sponsored|related|"
    r"sign\s+up|subscribe|download|open\s+in|get\s+the\s+app|click|tap|continue\s+reading|"
    r"more\s+from|more\s+on|see\s+also|also\s+read|recommended|trending|most\s+read|"
    r"skip\s+to|log\s*in|newsletter|comments?|print|email|tweet|facebook|whatsapp|"
    r"copyright|all\s+rights\s+reserved|©)\b",
    re.IGNORECASE,
)
_PHOTO_CREDIT = re.compile(
    r"^\W*((?:(?:photo|image|picture|video)\s+)?(?:caption|copyright|source|credit)s?\s*:"
    r"|\(?\s*(AP|AFP|Reuters|Getty|EPA|Xinhua|AA|ANI|PTI)?\s*(photo|image|picture|video|file\s+photo)s?"
    r"\s*[/:(]|.*\b(photo|image)\s*:\s*\S|\(\s*(AP|AFP|Reuters|Getty|EPA)\s*(photo|images)?\s*/[^)]*\)\s*$"
    r"|.*\(\s*(AP|AFP|Reuters|Getty|EPA)\s+(photo|images?)\s*\)\s*$)",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^\W*(?i:by|written\s+by|reporting\s+by|edited\s+by|story\s+by)\s+[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){0,3}"
    r"(\s*(,|and|&)\s*[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){0,3})*\s*[,|]?\s*([A-Z][\w ]{0,40})?"
    r"(\s*[|•·–—]\s*\w[\w ,.:]{0,40}){0,2}$"  # "By Jane Doe | 9 January 2019", "By X, Gusau | Feb. 27, 2021"
)
_BIO = re.compile(
    r"^[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,3}\s+(is|was|has\s+been)\s+(a|an|the|our)\s+"
    r"[^.]{0,80}\b(editor|correspondent|reporter|journalist|writer|producer|contributor|columnist|"
    r"bureau\s+chief|analyst\s+for|photographer)\b",
)
_BULLET = re.compile(r"^\s*[•·▪●◦‣∙*–-]\s*")
_NAME_ONLY = re.compile(r"^[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,3}$")
_SENTENCE_END_CHARS = ".!?:;\"”’)"


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the original text."""

    start: int
    end: int
    text: str


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without its line break."""
    out = []
    pos = 0
    for m in re.finditer(r"\r\n|\n|\r", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


def _is_furniture(line: str, *, first_content: bool, after_furniture_link: bool) -> bool:
    s = line.strip()
    if not s:
        return False
    words = s.split()
    ends_like_sentence = s[-1] in _SENTENCE_END_CHARS
    if _PHOTO_CREDIT.match(s):
        return True
    if _BULLET.match(s):
        rest = _BULLET.sub("", s)
        if _NAME_ONLY.match(rest) or len(rest.split()) <= 8 and s[-1] not in ".!?:;\"”":
            return True  # a reporter's name, a "See also" link
    if _BIO.match(_BULLET.sub("", s)) and len(words) <= 40:
        return True
    if _BYLINE.match(s) and len(words) <= 12:
        return True
    if after_furniture_link and s[0].islower() and not ends_like_sentence:
        return True  # the wrapped second line of a link caption
    if first_content:
        return bool(_CALL_TO_ACTION.match(s)) and len(words) <= 8 and not ends_like_sentence
    if _CALL_TO_ACTION.match(s) and len(words) <= 12 and not ends_like_sentence:
        return True
    if len(words) <= 4 and not ends_like_sentence and not re.search(r"\d", s):
        return True  # app-store prompts, share buttons, section labels
    return False


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Spans of lines that are page furniture rather than article text."""
    return list(_furniture_spans(text))


@lru_cache(maxsize=8)
def _furniture_spans(text: str) -> tuple[tuple[int, int], ...]:
    # cached: paragraphs() and the place-mention finder both ask for the same article's lines
    out: list[tuple[int, int]] = []
    seen_content = False
    prev_link = False
    for start, end in _lines(text):
        line = text[start:end]
        if not line.strip():
            continue
        first = not seen_content
        furn = _is_furniture(line, first_content=first, after_furniture_link=prev_link)
        if first and not furn and len(line.split()) <= 4 and _CALL_TO_ACTION.match(line.strip()):
            furn = True
        if furn:
            out.append((start, end))
            prev_link = bool(_CALL_TO_ACTION.match(line.strip()))
        else:
            seen_content = True
            prev_link = False
    return tuple(out)


def paragraphs(text: str) -> list[Span]:
    """Content paragraphs (furniture removed); the title line is the first paragraph.

    A paragraph ends at a blank line, or at a line break after a line that ends like a
    sentence or looks like a heading (short, no final punctuation); hard-wrapped lines of
    running prose are joined.
    """
    if not text:
        return []
    furniture = set(furniture_spans(text))
    paras: list[Span] = []
    cur_start: int | None = None
    cur_end = 0
    for start, end in _lines(text):
        line = text[start:end]
        s = line.strip()
        if not s or (start, end) in furniture:
            if cur_start is not None:
                paras.append(Span(cur_start, cur_end, text[cur_start:cur_end]))
                cur_start = None
            continue
        lstart = start + (len(line) - len(line.lstrip()))
        lend = start + len(line.rstrip())
        if cur_start is None:
            cur_start, cur_end = lstart, lend
            continue
        prev = text[cur_start:cur_end]
        prev_line = prev.splitlines()[-1] if prev else ""
        breaks = (prev_line.rstrip()[-1:] in _SENTENCE_END_CHARS or len(prev_line.split()) <= 10
                  or _BULLET.match(s) is not None)
        if breaks:
            paras.append(Span(cur_start, cur_end, text[cur_start:cur_end]))
            cur_start = lstart
        cur_end = lend
    if cur_start is not None:
        paras.append(Span(cur_start, cur_end, text[cur_start:cur_end]))
    return paras


#: Tokens that end with a dot without ending a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr brig gov sen rep rev fr
    st mt ft jr sr sq hon pres supt insp dep asst est approx dept govt no nos vol vs etc al
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    u.s u.k u.n e.u u.a.e u.s.a a.m p.m i.e e.g inc ltd co corp bros mssrs messrs km kg""".split()
)

_BOUNDARY = re.compile(r"([.!?]+|…)([\"'”’)\]]*)(\s+)(?=[\"'“‘(\[]?[A-Z0-9])")
_DASH_BOUNDARY = re.compile(r"[.!?]([\"”’])\s+(?=[A-Z])")


def _ends_with_abbreviation(chunk: str) -> bool:
    m = re.search(r"([A-Za-z][A-Za-z.]*)\.$", chunk)
    if not m:
        return False
    word = m.group(1).lower()
    if word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS:
        return True
    if len(word) == 1:  # an initial: "K. M. Chaudary", "George W. Bush"
        return True
    if re.fullmatch(r"([a-z]\.)+[a-z]", word):  # "U.S", "a.m"
        return True
    return False


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of ``text[start:end]`` as spans of ``text``.

    A sentence ends at ``.``, ``!`` or ``?`` (with closing quotes or brackets) followed by
    space and a capital, digit or opening quote, unless the dot closes an abbreviation
    (Mr., Gen., Jan., No., U.S.) or an initial.
    """
    end = len(text) if end is None else end
    chunk = text[start:end]
    out: list[Span] = []
    pos = 0
    for m in _BOUNDARY.finditer(chunk):
        cut = m.start(3)
        piece = chunk[pos:cut]
        if m.group(1) == "." and not m.group(2) and _ends_with_abbreviation(piece):
            # "the U.S. Army" never ends a sentence; "the U.S. The" does only before a
            # common sentence opener.
            nxt = chunk[m.end():m.end() + 12]
            if not (re.match(r"(The|A|An|In|On|It|He|She|They|But|This|That|Police|Officials)\b", nxt)
                    and re.search(r"\b(U\.S|U\.K|U\.N|a\.m|p\.m|etc)\.$", piece)):
                continue
        s = piece.strip()
        if s:
            lead = len(piece) - len(piece.lstrip())
            a = start + pos + lead
            out.append(Span(a, a + len(s), s))
        pos = m.end()
    piece = chunk[pos:]
    s = piece.strip()
    if s:
        lead = len(piece) - len(piece.lstrip())
        a = start + pos + lead
        out.append(Span(a, a + len(s), s))
    return out


def sentences(text: str) -> list[tuple[int, Span]]:
    """All content sentences of an article as ``(paragraph_index, span)``, in order."""
    out: list[tuple[int, Span]] = []
    for i, para in enumerate(paragraphs(text)):
        for s in split_sentences(text, para.start, para.end):
            out.append((i, s))
    return out


def clean_text(text: object) -> tuple[str, list[str]]:
    """The article text made safe to read, and warnings about what was wrong with it.

    Non-text input becomes empty text; NUL and other control characters are replaced by
    spaces of the same length so offsets into the original stay valid.
    """
    warnings: list[str] = []
    if text is None or (not isinstance(text, str)):
        if isinstance(text, (bytes, bytearray)):
            text = bytes(text).decode("utf-8", errors="replace")
            warnings.append("article text was bytes; decoded as UTF-8 with replacements")
        else:
            return "", ["article has no text"]
    if not text.strip():
        return text, ["article text is empty"]
    controls = len(re.findall(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]", text))
    if controls:
        text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]", " ", text)
        if controls > max(20, len(text) // 20):
            warnings.append(f"article text looks binary ({controls} control characters); read what is legible")
    return text, warnings

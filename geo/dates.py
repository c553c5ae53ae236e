"""Date expressions in a sentence, resolved against the publication date.

Precision follows the coding rules: ``day``; ``week`` (the true date lies within about
three days: "last week", "last weekend", spans of days); ``month`` (the date is the 1st:
"this month", "in April", "recent"); ``year`` (1 January: "last year", "in 2007").

A weekday name is the most recent such day on or before publication; "today", "tonight"
and "this morning" are the publication date; "yesterday", "last night" and "overnight" the day before.
Month and day without a year take the latest such date not after publication. Without a
publication date only absolute dates (with a year) resolve.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                 "several": 3, "a few": 3, "few": 3, "couple of": 2, "a couple of": 2}


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression: where it is, what it means, how precise it is.

    ``value`` is None when it cannot be resolved (relative words without a publication
    date). ``future`` marks expressions about what has not happened yet ("next week",
    "in the coming days"), a cue that the sentence reports no event.
    """

    start: int
    end: int
    text: str
    value: date | None
    precision: str
    future: bool = False
    aggregate: bool = False
    anchor_days: int | None = None  # "four days later", "that night": days after the incident last reported
    inferred_year: bool = False     # "27 November": the year was inferred, not stated


_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
               r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|a\s+couple\s+of)"
_UNIT = r"(?:day|week|month|year)s?"
#: Strings one of which a text must hold for a rule naming a month, a weekday or a year to match at all.
_MONTH_NEEDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAY_NEEDS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_YEAR_NEEDS = ("19", "20")


def shift_months(d: date, months: int) -> date:
    """The first day of the month ``months`` after ``d``'s."""
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    return date(y, m + 1, 1)


def _num(word: str) -> float:
    word = re.sub(r"\s+", " ", word.lower().strip())
    if word.isdigit():
        return float(word)
    return float(_NUMBER_WORDS.get(word, 1))


def _back(published: date, n: float, unit: str) -> tuple[date, str]:
    unit = unit.rstrip("s").lower()
    if unit == "day":
        return published - timedelta(days=round(n)), "day" if n <= 2 else "week"
    if unit == "week":
        return published - timedelta(days=round(7 * n)), "week"
    if unit == "month":
        d = published - timedelta(days=round(30.4 * n))
        return d.replace(day=1), "month"
    d = published - timedelta(days=round(365.25 * n))
    return date(d.year, 1, 1), "year"


def _weekday_on_or_before(published: date, weekday: int) -> date:
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def _month_day(published: date | None, month: int, day: int | None, year: int | None) -> tuple[date | None, str]:
    try:
        if year is not None:
            return date(year, month, day or 1), "day" if day else "month"
        if published is None:
            return None, "day" if day else "month"
        d = date(published.year, month, day or 1)
        if d > published + timedelta(days=1):
            d = date(published.year - 1, month, day or 1)
        return d, "day" if day else "month"
    except ValueError:
        return None, "day"


# Each rule: (pattern, resolver(match, published) -> (date|None, precision)), tried in order;
# earlier rules win on overlapping text.
_Rule = tuple[re.Pattern, object, bool, bool]
_RULES: list[_Rule] = []
#: Per rule, lower-case strings one of which every match contains (a rule whose strings are all absent
#: from a text is not run on it); empty where no such strings are given.
_NEEDS: list[tuple[str, ...]] = []


def _rule(pattern: str, *, flags: int = re.IGNORECASE, future: bool = False, aggregate: bool = False,
          needs: tuple[str, ...] = ()):
    def register(fn):
        _RULES.append((re.compile(pattern, flags), fn, future, aggregate))
        _NEEDS.append(needs)
        return fn
    return register


class _Anchor(int):
    """Days after the previously reported incident (resolved by the caller)."""


@_rule(r"\b(?:ahead\s+of|before|until|scheduled\s+for|due\s+on|set\s+for)\s+(?:the\s+)?(?:upcoming\s+)?(?:"
       + _MONTH_NAMES + r"\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_NAMES + r")(?=\s+"
       r"(?:general\s+|presidential\s+|parliamentary\s+|local\s+|national\s+)?(?:elections?|polls?|vote|voting|"
       r"referendum|deadline|summit|talks|ballot))", flags=0, future=True)
def _ahead_of(m, pub):
    """"ahead of the July 25 general elections": a date still to come, whatever year it would take."""
    return None, "day"


@_rule(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(" + _MONTH_NAMES + r")\s+(?:of\s+)?(last|this|the\s+previous|the\s+same)\s+year\b"
       r"|\b(" + _MONTH_NAMES + r")\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(?:of\s+)?(last|this|the\s+previous|the\s+same)\s+year\b",
       flags=0)
def _day_of_year(m, pub):
    """"October 31 last year", "5 March this year": a day in the year named."""
    if pub is None:
        return None, "day"
    day, month, which = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
    year = pub.year if which in ("this", "the same") else pub.year - 1
    try:
        return date(year, MONTHS[month.rstrip(".").lower()], int(day)), "day"
    except ValueError:
        return None, "day"


@_rule(r"\b(?:in\s+)?(" + _MONTH_NAMES + r")\s+(?:of\s+)?(last|this|the\s+previous|the\s+same)\s+year\b", flags=0)
def _month_of_year(m, pub):
    if pub is None:
        return None, "month"
    year = pub.year if m.group(2) in ("this", "the same") else pub.year - 1
    return date(year, MONTHS[m.group(1).rstrip(".").lower()], 1), "month"


@_rule(r"\b(" + _NUM + r")\s+(day|week)s?\s+(later|earlier|before)\b(?!\s+(?:than|that))|\b(?:that|the\s+same|the\s+following|the\s+next)\s+"
       r"(day|night|morning|evening|afternoon|week)\b|\bthe\s+(?:following|next)\s+month\b|\b(?:later\s+that\s+day|hours\s+later|minutes\s+later|"
       r"(?:shortly|soon|moments|immediately)\s+(?:afterwards|later)|"
       r"(?:earlier|later)\s+in\s+the\s+(?:day|evening|morning|afternoon)|within\s+(?:hours|minutes)(?!\s+of\s+(?:each\s+other|one\s+another))|"
       r"(?:shortly|soon|just)\s+after\s+midnight|the\s+(?:previous|preceding)\s+(?:day|night)|the\s+day\s+before|"
       r"(?:hours|minutes|moments)\s+before\s+(?:the|this|that|these|those)(?=\s+[a-z]))\b"
       r"|\b(?:in|over|during)\s+the\s+(?:following|next|ensuing|subsequent)\s+(?:days|weeks)\b|\bin\s+the\s+(?:days|weeks)\s+(?:that\s+)?"
       r"(?:followed|after)\b"
       # "On the day of the raid, US troops shot dead two men": the day of the incident told before
       r"|\bthe\s+(?:same\s+)?(?:day|night)\s+of\s+the\s+(?:[\w-]+\s+)?(?:raid|raids|attack|attacks|bombing|bombings|"
       r"blasts?|strikes?|ambush|assault|killings?|massacre|explosions?|operation)\b")
def _anchored(m, pub):
    if m.group(1):
        n = _num(m.group(1)) * (7 if m.group(2).lower().startswith("week") else 1)
        sign = -1 if m.group(3).lower() in ("earlier", "before") else 1
        return _Anchor(sign * round(n)), "day" if m.group(2).lower().startswith("day") else "week"
    phrase = m.group(0).lower()
    if phrase.startswith(("hours ", "minutes ", "moments ")):
        return _Anchor(0), "day"  # "Hours before the crossing": the day of the incident told before
    if phrase.endswith(" month"):
        # "In October that year ... and the following month a mob killed five more": the month after
        return _Anchor(31), "month"
    if phrase.endswith(" week"):
        # "in the same week", "the following week": the week of the incident told before, or the next
        return _Anchor(7 if "following" in phrase or "next" in phrase else 0), "week"
    if "weeks" in phrase:
        return _Anchor(14), "month"  # "in the following weeks": within the month after
    if phrase.endswith(("days", "followed", "after")):
        return _Anchor(2), "week"  # "in the following days": within the week after
    if "previous" in phrase or "preceding" in phrase or "before" in phrase:
        return _Anchor(-1), "day"
    if "following" in phrase or "next" in phrase or "midnight" in phrase:
        return _Anchor(1), "day"
    return _Anchor(0), "day"


@_rule(r"\b(?:in\s+)?mid-?\s?(" + _MONTH_NAMES + r")(?:\s+(\d{4}))?", flags=re.IGNORECASE)
def _mid_month(m, pub):
    d, _ = _month_day(pub, MONTHS[m.group(1).rstrip(".").lower()], 15, int(m.group(2)) if m.group(2) else None)
    return d, "week"


@_rule(r"\b(\d{1,2})\s*[–—-]\s*(\d{1,2})\s+(" + _MONTH_NAMES + r")(?:,?\s+(\d{4}))?", flags=re.IGNORECASE)
def _dashed_day_span(m, pub):
    """"fought on 28–29 January 2007": a span of days, to the week."""
    return _day_span(m, pub) if int(m.group(1)) < int(m.group(2)) <= 31 else (None, "day")


@_rule(r"\b(?:between|from|on)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:and|to|until)\s+(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?("
       + _MONTH_NAMES + r")(?:,?\s+(\d{4}))?", flags=re.IGNORECASE)
def _day_span(m, pub):
    """"between 26 and 29 November 2008": the middle of the span, to the week."""
    first, last = int(m.group(1)), int(m.group(2))
    d, _ = _month_day(pub, MONTHS[m.group(3).rstrip(".").lower()], (first + last) // 2,
                      int(m.group(4)) if m.group(4) else None)
    return d, "week"


@_rule(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(" + _MONTH_NAMES + r"),?\s+(\d{4})\b", flags=0, needs=_MONTH_NEEDS)
def _d_m_y(m, pub):
    return _month_day(pub, MONTHS[m.group(2).rstrip(".").lower()], int(m.group(1)), int(m.group(3)))


@_rule(r"\b(" + _MONTH_NAMES + r")\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", flags=0, needs=_MONTH_NEEDS)
def _m_d_y(m, pub):
    return _month_day(pub, MONTHS[m.group(1).rstrip(".").lower()], int(m.group(2)), int(m.group(3)))


@_rule(r"\b(\d{4})-(\d{2})-(\d{2})\b", flags=0)
def _iso(m, pub):
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "day"
    except ValueError:
        return None, "day"


@_rule(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(" + _MONTH_NAMES + r")(?!\w)", flags=0, needs=_MONTH_NEEDS)
def _d_m(m, pub):
    return _month_day(pub, MONTHS[m.group(2).rstrip(".").lower()], int(m.group(1)), None)


@_rule(r"\b(" + _MONTH_NAMES + r")\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d{4})(?!\s*(?:people|killed|dead|percent|%))", flags=0, needs=_MONTH_NEEDS)
def _m_d(m, pub):
    if m.group(1).lower() == "may" and not re.match(r"May\s+\d", m.group(0)):
        return None, "day"
    return _month_day(pub, MONTHS[m.group(1).rstrip(".").lower()], int(m.group(2)), None)


# "on Dec. 27 killed a contractor": after "on", a month and a day are a date even before a verb of killing
@_rule(r"(?<=\b[Oo]n\s)(" + _MONTH_NAMES + r")\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d{4})(?!\s*(?:percent|%))", flags=0, needs=_MONTH_NEEDS)
def _on_m_d(m, pub):
    return _m_d(m, pub)


@_rule(r"\b(?:(?:in|of|since|during|early|late|mid|mid-|last|this|until|by)\s+|(?<=-))(" + _MONTH_NAMES + r"),?\s+(\d{4})\b"
       r"|\b(" + _MONTH_NAMES + r"),?\s+(\d{4})\b", needs=_MONTH_NEEDS)
def _m_y(m, pub):
    name = m.group(1) or m.group(3)
    year = m.group(2) or m.group(4)
    return _month_day(pub, MONTHS[name.rstrip(".").lower()], None, int(year))


_ABBREVIATED = frozenset(("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"))
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")


@_rule(r"\b(?:in|during|early|late|mid|mid-|until|by|of|last|this|the|an?)\s+(?:early\s+|late\s+|mid-?)?(" + _MONTH_NAMES + r")(?!\w)",
       needs=_MONTH_NEEDS)
def _in_month(m, pub):
    name = m.group(1)
    if name[0].islower():
        return None, "month"
    if name.lower() in _ABBREVIATED and _NAME_AFTER.match(m.string, m.end()):
        return None, "month"  # "the home of Jan Mohammad Khan": a given name, not January
    return _month_day(pub, MONTHS[name.rstrip(".").lower()], None, None)


@_rule(r"\b(?:in|the|a|of)\s+(?:early\s+|late\s+|mid-?)?((?:19|20)\d{2})\b(?!\s*(?:people|killed|dead|%|-))"
       r"|\b((?:19|20)\d{2})['’]s\b", needs=_YEAR_NEEDS)
def _in_year(m, pub):
    return date(int(m.group(1) or m.group(2)), 1, 1), "year"


@_rule(r"^[ \t]*((?:19|20)\d{2})[ \t]+(?=[A-Z])|\(((?:19|20)\d{2})(?:\s*[–-]\s*(?:19|20)?\d{2,4})?\)", flags=re.MULTILINE)
def _leading_year(m, pub):
    """"2008 Mumbai attacks", "Battle of Raqqa (2017)": a year that titles the story."""
    return date(int(m.group(1) or m.group(2)), 1, 1), "year"


@_rule(r"(?<!Easter )(?<!Palm )(?<!Bloody )(?<!Black )(?<!Good )(?<!Holy )"
       r"\b(?:(?:[Oo]n|[Ll]ast|[Tt]his|[Ee]arly|[Ll]ate)\s+)?(" + _WEEKDAY + r")(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?\b"
       r"(?!\s+(?:service|services|mass|school|sermon|prayers?|edition|newspaper|market|bazaar|Times|Post))",
       flags=0, needs=_WEEKDAY_NEEDS)
def _weekday(m, pub):
    if pub is None:
        return None, "day"
    wd = WEEKDAYS[m.group(1).lower()]
    d = _weekday_on_or_before(pub, wd)
    if m.group(0).lower().startswith("last") and d == pub:
        d -= timedelta(days=7)
    return d, "day"


@_rule(r"\b(?:after|following|during)\s+(?:the\s+)?(" + _WEEKDAY + r")(?:['’]s)?\s+(?:noon\s+)?(?:prayers|sermon|service)\b",
       flags=0)
def _weekday_prayers(m, pub):
    """"after Friday prayers": the day the incident followed the prayers on (a weekly habit is told otherwise;
    a sentence that gives its day in full is dated by that)."""
    start = max(m.string.rfind(".", 0, m.start()), m.string.rfind("\n", 0, m.start()))
    if re.search(r"\b(?:19|20)\d{2}\b|\b\d{1,2}\s+(?-i:[A-Z])[a-z]+|(?-i:[A-Z])[a-z]+\s+\d{1,2}\b", m.string[start + 1:m.start()]):
        return None, "day"
    return _weekday(m, pub)


@_rule(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|earlier\s+today|on\s+the\s+same\s+day)(?:['’]s)?\b")
def _today(m, pub):
    return pub, "day"


@_rule(r"\b(?:on\s+)?(New\s+Year['’]s\s+(?:Day|Eve)|Christmas\s+(?:Day|Eve)|(?i:the\s+first\s+day\s+of\s+the\s+(?:new\s+)?year))\b",
       flags=0)
def _holiday(m, pub):
    """"On New Year's Day", "on Christmas Eve", "on the first day of the year": the most recent such day on or
    before publication."""
    if pub is None:
        return None, "day"
    name = m.group(1).lower()
    if name.startswith("the first day"):
        name = "new year's day"
    month, day = (1, 1) if name.startswith("new") and name.endswith("day") else (12, 31) if name.startswith("new") \
        else (12, 25) if name.endswith("day") else (12, 24)
    d = date(pub.year, month, day)
    if d > pub:
        d = date(pub.year - 1, month, day)
    return d, "day"


@_rule(r"\b(?:yesterday|last\s+night|(?<!\ban\s)overnight)(?:['’]s)?\b")
def _yesterday(m, pub):
    """"Yesterday", "last night", "overnight": the day before publication; but "an overnight siege" only
    describes a siege, dated elsewhere ("Late last month, a car bomb and an overnight siege ...")."""
    return (pub - timedelta(days=1) if pub else None), "day"


@_rule(r"\b(?:last|over\s+the|this\s+past|on\s+the|at\s+the|this)\s+weekend(?:['’]s)?\b", needs=("weekend",))
def _weekend(m, pub):
    if pub is None:
        return None, "week"
    sat = _weekday_on_or_before(pub, 5)
    if m.group(0).lower().startswith("last") and (pub - sat).days < 2:
        sat -= timedelta(days=7)
    return sat, "week"


@_rule(r"\b(?:over|in|during|within)\s+the\s+(?:past|last)\s+(?:(" + _NUM + r")\s+)?(?:day|week|month|year)s?\b",
       aggregate=True)
def _past_span(m, pub):
    """An aggregate over a past stretch of time: no single incident's date."""
    return None, "week"


@_rule(r"\b(?:last|past|previous)\s+week(?:['’]s)?\b|\ba\s+week\s+ago\b")
def _last_week(m, pub):
    return (pub - timedelta(days=7) if pub else None), "week"


@_rule(r"\b(?:earlier\s+(?:this|in\s+the)\s+week|this\s+week(?:['’]s)?|earlier\s+this\s+week)\b")
def _this_week(m, pub):
    return (pub - timedelta(days=2) if pub else None), "week"


@_rule(r"\b(?:earlier\s+this\s+month|this\s+month(?:['’]s)?|earlier\s+in\s+the\s+month)\b")
def _this_month(m, pub):
    return (pub.replace(day=1) if pub else None), "month"


@_rule(r"\b(?:last|past|previous)\s+month(?:['’]s)?\b|\ba\s+month\s+ago\b")
def _last_month(m, pub):
    return (shift_months(pub, -1) if pub else None), "month"


@_rule(r"\b(?:last|past|previous)\s+year(?:['’]s)?\b|\ba\s+year\s+ago\b")
def _last_year(m, pub):
    return (date(pub.year - 1, 1, 1) if pub else None), "year"


@_rule(r"\b(?:earlier\s+this\s+year|this\s+year(?:['’]s)?|earlier\s+in\s+the\s+year)\b")
def _this_year(m, pub):
    return (date(pub.year, 1, 1) if pub else None), "year"


@_rule(r"\b(" + _NUM + r")[-\s](day|week)s?[-\s]old\b", needs=("old",))  # ("a 12-year-old boy", "a 130-year-old church": ages)
def _n_old(m, pub):
    if pub is None:
        return None, "week"
    return _back(pub, _num(m.group(1)), m.group(2))


@_rule(r"\b(?:(less\s+than|under|nearly|almost|just|barely|only|about|some|more\s+than|over)\s+)?(" + _NUM + r")\s+("
       + _UNIT + r")\s+ago\b"
       r"|\b(?:(less\s+than|under|nearly|almost|just|barely|only|more\s+than|comes|came|coming)\s+)?(" + _NUM
       + r")\s+(" + _UNIT + r")\s+after\b", needs=("ago", "after"))
def _n_ago(m, pub):
    if pub is None:
        return None, "week"
    qual, num, unit = (m.group(1), m.group(2), m.group(3)) if m.group(2) else (m.group(4), m.group(5), m.group(6))
    n = _num(num)
    if qual and re.sub(r"\s+", " ", qual.lower()) in ("less than", "under", "nearly", "almost", "just"):
        n = max(n - 0.5, 0.5) if not unit.lower().startswith("day") else n
    return _back(pub, n, unit)


@_rule(r"\b(?:the\s+)?recent\b(?!\s+(?:months|years|weeks))|(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)\brecently\b(?!\s+(?:months|years|weeks))",
       needs=("recent",))
def _recent(m, pub):
    return (pub.replace(day=1) if pub else None), "month"


@_rule(r"\b(?:tomorrow|next\s+(?:week|month|year|" + _WEEKDAY + r")|in\s+the\s+coming\s+(?:days|weeks|months)|"
       r"in\s+the\s+next\s+(?:few\s+)?(?:\w+\s+)?(?:days|weeks|months|years)|over\s+the\s+next\s+(?:\w+\s+)?"
       r"(?:days|weeks|months|years)|later\s+this\s+(?:week|month|year)|in\s+the\s+future)\b",
       future=True)
def _future(m, pub):
    return None, "day"


@_rule(r"\bin\s+recent\s+(?:days|weeks|months|years)|\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:(?:19|20)\d{2}|"
       + _MONTH_NAMES + r")\b|\bfor\s+(?:years|months|decades)\b"
       r"|\b(?:in|during|since|through(?:out)?|over)\s+the\s+(?:early\s+|late\s+|mid-?)?(?:19|20)\d0s\b",
       aggregate=True)
def _aggregate(m, pub):
    return None, "month"


_YEARLESS = (_d_m, _m_d, _in_month, _mid_month, _day_span)


def with_year(mention: DateMention, year: int) -> DateMention:
    """The same mention with its inferred year replaced (the year the narrative is in)."""
    if mention.value is None or not mention.inferred_year:
        return mention
    try:
        value = mention.value.replace(year=year)
    except ValueError:
        return mention
    return DateMention(mention.start, mention.end, mention.text, value, mention.precision, mention.future,
                       mention.aggregate, mention.anchor_days, False)


def find_dates(text: str, published: date | None, offset: int = 0) -> list[DateMention]:
    """Every date expression in ``text``, left to right; spans are shifted by ``offset``."""
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []
    low = text.lower()
    for (pattern, fn, future, aggregate), needs in zip(_RULES, _NEEDS):
        if needs and not any(n in low for n in needs):
            continue
        for m in pattern.finditer(text):
            a, b = m.span()
            if any(a < e and s < b for s, e in taken):
                continue
            if re.search(r"\(\s*\d{3,4}\s*(?:GMT|UTC)\s*(?:on\s+)?$", text[max(0, a - 16):a]):
                continue  # "at around 3 a.m. (2200 GMT Tuesday)": the same moment in another time zone
            value, precision = fn(m, published)
            anchor = None
            if isinstance(value, _Anchor):
                anchor, value = int(value), None
            elif value is None and not (future or aggregate) and published is not None:
                continue  # not a date after all ("may 5" as a verb, bad day numbers)
            taken.append((a, b))
            inferred = fn in _YEARLESS and not re.search(r"\d{4}", m.group(0))
            out.append(DateMention(a + offset, b + offset, m.group(0), value, precision, future, aggregate, anchor,
                                   inferred))
    out.sort(key=lambda d: d.start)
    # "The 2024 Rada'a house explosion took place on 19 March 2024": a year that names the incident gives way
    # to the full date the same sentence tells
    named_years = [d for d in out if d.precision == "year" and re.fullmatch(r"[Tt]he\s+(?:19|20)\d{2}", d.text)
                   and re.match(r"\s+[A-Z]", text[d.end - offset:d.end - offset + 3])]
    for d in named_years:
        rest = text[d.end - offset:]
        stop = re.search(r"[.!?](?:\s|$)", rest)
        limit = d.end + (stop.start() if stop else len(rest))
        if any(o is not d and d.end <= o.start < limit and o.value is not None and d.value is not None
               and o.value.year == d.value.year and o.precision in ("day", "week", "month")
               and re.search(r"\b(?:took\s+place|happened|occurred|was\s+carried\s+out|struck)\s+(?:\w+\s+)?(?:on|in)\s+$",
                             text[max(0, o.start - offset - 40):o.start - offset]) for o in out):
            out.remove(d)  # (but "The 2004 Qamishli riots were a wave of unrest that began on 12 March 2004" sums up
            # a year's unrest from its first day)
    return out


def default_date(published: date | None) -> tuple[date | None, str]:
    """The date of an event whose sentence has no date words: the publication date."""
    return published, "day"

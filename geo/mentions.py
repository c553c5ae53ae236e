"""Place mentions: find proper-noun place names with character offsets, then resolve them.

Detection is a longest-match scan of capitalised token sequences against the gazetteer
(:meth:`Gazetteer.is_place_prefix`, :meth:`Gazetteer.has_name`), with rules that keep out
what only looks like a place:

- demonyms and adjectives ("Pakistani", "Afghan", "Punjabi") are not mentions, but they
  count as evidence of the article's country;
- organisation and building names that contain a place ("Washington Post", "Lahore High
  Court", "Kabul University") and person names ("Nawaz Sharif", "Gen. Khan") are not
  places: a capitalised neighbour that is not itself part of a place name, a title before
  the name, or an institution word after it rules the match out;
- months, weekdays, actor names from the lexicon and direction words alone are skipped;
- a word that the article also uses in lower case ("police", "reading") is a common word,
  not a place, unless the text gives locative evidence;
- small or obscure places need evidence: a locative preposition before them ("in", "at",
  "near", "outside", "the village of"), a feature word after them ("X district", "X
  province"), the dateline, or a stronger use of the same name elsewhere in the article.

A word that "says" something ("Farah said", "the minister, Hassan,") is a person unless a
locative precedes it or it is a country or a large capital ("Washington said").

A capitalised name that the gazetteer lacks is still a mention when the text itself says it
is a place ("the village of X", "the villages of X, Y and Z", "X district", "X community",
"in X, North Waziristan"); it is tried one edit away among notable places (typos such as
"Kandhar", "Sanna"), and otherwise placed at the place it is said to be in, or left
unresolved. Seas, ranges and lines of control are mentions by their head word ("the
Mediterranean", "the Line of Control") and are never placed at a neighbour.

Resolution uses the article's context: countries named or implied by demonyms, the
dateline, and places already resolved (a second pass uses the first pass's points).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from geo import rx
from geo.gazetteer import Context, Gazetteer, Place, _one_edit_apart, adjacent_swap, haversine_km, normalise
from geo.lexicon import ActorMention, Lexicon, default_lexicon
from geo.text import _CALL_TO_ACTION, Span, furniture_spans, paragraphs

#: An apostrophe inside a word keeps it whole when two letters follow ("Ma'rib") or one vowel
#: ends it ("Sana'a", "Rada'a"); "'s", "'t" and "'d" end the word before them.
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_](?:[\w]|['’](?=[^\W\d_]{2,}|[aeiouAEIOU](?!\w)))*|\d+")
#: Lower-case particles that may sit inside a place name ("Sar-e-Pol", "Bab al-Sharqi").
_PARTICLES = frozenset("al el e i ul ud ur ush as ad an ar az ez es ed er et at um of de da di du la le bin ibn wa "
                       "bani beni".split())
#: First words of the names of institutions and sites: "Jamia Naeemia", "Masjid Khudadad", "Camp Bastion".
_INSTITUTION_PREFIXES = frozenset(
    "jamia jamiat jamiah madrasa madrassa madrasah masjid imambargah imambara dargah gurdwara mandir "
    "hotel camp fort forward operating".split())
#: Particles that are also English words: inside a name only when hyphenated ("Ras al-Ain", not "Damascus as Arab").
_ENGLISH_PARTICLES = frozenset("as at an of i e la le de da di du".split())
MONTH_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday".split())
_DIRECTIONS = frozenset(
    "north south east west northern southern eastern western central upper lower new old greater "
    "northwest northeast southwest southeast northwestern northeastern southwestern southeastern "
    "middle inner outer mid far near".split())
#: Words after a place name that make it part of an institution's or a building's name.
INSTITUTION_WORDS = frozenset(
    """post times news tribune herald journal gazette daily chronicle press radio tv television
    university polytechnic college school academy institute hospital clinic hotel airport airlines airways
    stadium club bank court police army corps brigade division command rifles regiment guards
    mosque church temple cathedral shrine square street road avenue bridge market bazaar mall
    tower palace house office ministry embassy consulate council assembly parliament party
    group company corporation agency union league federation foundation centre center prison
    jail camp base declaration accord agreement summit conference process conventions
    international zalmi united fc museum library station port harbour harbor highway
    motorway gate gates dam canal park gardens zoo complex authority commission board force forces
    committee organisation organization movement network society""".split())
#: Offices a province's name is written before ("Punjab Chief Minister", "Borno Governor").
_OFFICES = frozenset("chief minister governor inspector deputy commissioner premier speaker".split())
#: Capitalised feature words that belong to the name ("Swat Valley", "Nangarhar Province").
FEATURE_WORDS = frozenset(
    "valley province district region state governorate agency division tehsil county "
    "city town village area territory prefecture municipality emirate sub-district subdistrict".split())
_FEATURE_AFTER = re.compile(
    r"^\s*(?:[-‐]?\s*)(valley|province|district|region|state|governorate|agency|division|tehsil|county|"
    r"city|town|village|area|areas|territory|camp|neighbou?rhoods?|suburbs?|locality|village|settlement|"
    r"border\s+town|border\s+crossing|sector|sectors|square|road|street|avenue|chowk|hills|mountains|forest|desert|plains|front\s+line|frontline|front|local\s+government|"
    r"community|communities|"
    r"shopping\s+district|(?:\d+\s*(?:km|kilomet(?:er|re)s|miles)\s+)?(?:north|south|east|west|north-?east|"
    r"north-?west|south-?east|south-?west)(?:ern)?\s+of)\b"
    r"|^\s*,\s+(?:the|a)\s+(?:[a-z-]+\s+)?(neighbou?rhood|district|town|village|suburb|city|capital|community|settlement|"
    r"hamlet|locality)\b", re.IGNORECASE)
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|outside|inside|from|to|into|across|around|towards?|toward|through|throughout|"
    r"within|between|and|or|nearby|of|on|off|via|reached|hit|struck|attacked|entered|captured|seized|"
    r"besieged|bombed|shelled|recaptured|retook|retaken|retake|recapture|overran|overrun|stormed|liberated|took|"
    r"taking|capturing|seizing|storming|entering|overrunning|retaking|recapturing|"
    r"hometown|home\s+town|encircled|surrounded|borders|bordering|adjoins|adjoining)\s+(?:the\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|"
    r"central|north-?western|north-?eastern|south-?western|south-?eastern|restive|remote|volatile|"
    r"troubled|border|nearby|neighbou?ring|capital|provincial|tribal|mountainous|rural|main|key|"
    r"strategic|northwestern|northeastern|southwestern|southeastern)\s+){0,2}"
    r"(?:(?:city|town|village|district|province|region|state|valley|area|governorate|suburb|"
    r"neighbou?rhood|capital|hamlet|settlement|camp|port\s+city|border\s+town|market\s+town)\s+of\s+)?)$"
    # "launched an offensive against Manbij": a place a force moves on
    r"|\b(?:offensive|assault|attacks?|push|advance|operation|campaign|drive|march)\s+against\s+(?:the\s+)?"
    r"(?:(?:city|town|village|district|province)\s+of\s+)?$",
    re.IGNORECASE)
#: "captured Busr al-Harir", "troops entered Tal Abyad": a name a force takes or enters is a place.
#: "Sar-e Pul fell the same day", "Kunduz was overrun": only a place falls or is captured.
_FELL_AFTER = re.compile(r"\s+(?:fell|had\s+fallen|has\s+fallen|(?:was|had\s+been|has\s+been)\s+(?:captured|overrun|seized|"
                         r"retaken|recaptured|taken\s+by))\b(?!\s+(?:ill|sick|asleep|silent|short|apart|behind))")
_TAKEN_BEFORE = re.compile(
    r"\b(?:captured|capturing|seized|seizing|entered|entering|overran|overrun|stormed|recaptured|retook|retaken|"
    r"liberated|besieged|encircled|"
    r"(?:took|take|taken|taking|seized|regained|gained|wrested)\s+(?:full\s+|back\s+)?control\s+of"
    r"|(?:rebels|fighters|militants|troops|forces|army|insurgents|jihadists)\s+(?:then\s+|also\s+|later\s+)?(?:took|retook))"
    r"\s+(?:the\s+)?$")
_STRONG_BEFORE = re.compile(
    r"\b(city|town|village|district|province|region|state|valley|governorate|suburb|"
    r"neighbou?rhood|hamlet|settlement|camp|capital|cities|towns|villages|districts|provinces|regions|states|"
    r"communities|localities|island|islands|area)\s+of\s+(?:the\s+)?$|\bcapital\s+$", re.IGNORECASE)
_TITLE_BEFORE = re.compile(
    r"\b(?:mr|mrs|ms|dr|prof|gen|lt|col|maj|capt|sgt|gov|sen|rep|president|minister|premier|"
    r"king|queen|prince|princess|sheikh|sheik|imam|mullah|mawlawi|maulana|maulvi|qari|hafiz|"
    r"mufti|emir|amir|commander|chief|general|colonel|major|captain|sergeant|lieutenant|governor|"
    r"senator|spokesman|spokeswoman|spokesperson|judge|justice|ayatollah|pope|saint|st|brig|"
    r"field\s+marshal|marshal|admiral|sir|lord|lady|mr\.|dr\.)\.?\s+$", re.IGNORECASE)
#: Single capitalised words that are place names somewhere but here almost always words.
_COMMON_CAPITALISED = frozenset(
    """police army military security government islamic islamist western eastern northern southern
    central national federal state president minister officials official interior defense defence
    foreign general mobile nice split bath reading victory independence liberty unity union
    peace hope justice freedom progress of the a an and but by said says god allah prophet
    muslim muslims christian christians sunni shia shiite shiites jewish hindu sikh kurd kurds
    arab arabs jihad mujahideen taliban eid ramadan christmas metro can could will would shall should
    must might save read watch see share follow join click listen subscribe centre center media
    sufi sufis salafi salafist salafists wahhabi deobandi barelvi alawite alawites yazidi yazidis ismaili
    druze coptic catholic protestant buddhist adivasi adivasis dalit dalits bodo bodos kuki kukis meitei meiteis
    fulani hausa tiv pashtun pashtuns""".split())


#: A name further down a list that a plural feature word opened: "the villages of Ropp, Fan and Kwall".
_LIST_BEFORE = re.compile(
    r"\b(?:villages|towns|districts|areas|communities|provinces|states|cities|regions|localities|settlements|"
    r"neighbou?rhoods|suburbs|camps)\s+of\s+(?:(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:\s*,\s*(?:and\s+)?|\s+and\s+))+$"
    # "struck eight villages of the district, among them Koro, Kimpi and Zutu": the villages named
    r"|\b(?:villages|towns|communities|settlements|localities|hamlets)\b[^.;:()]{0,50}?,\s+(?:among\s+them|including|"
    r"such\s+as|namely)\s+(?:(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$")
#: Capitalised words then a lower-case word for a site: the name is the site's ("Green Village compound").
_NAMED_SITE_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]+){1,2}\s+(?:compound|complex|hotel|guesthouse|guest\s+house|"
                               r"wedding\s+hall|hall|cinema|theatre|theater|club|"
                               r"restaurant|mall|hospital|school|mosque|church|shrine|stadium|market|camp|base)\b")
#: A site's name with its meaning glossed in brackets: "Karama (Dignity) Square", "Azadi (Freedom) Tower".
_GLOSSED_SITE_AFTER = re.compile(r"\s*\([A-Z][^()]{0,30}\)\s+(?:Square|Street|Road|Avenue|Chowk|Bridge|Gate|Tower|"
                                 r"Park|Mosque|Stadium|Camp)\b")
#: The words before a plural name that make it a people ("five Ahmadis", "local Hazaras").
_COUNTED_BEFORE = re.compile(r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
                             r"hundreds|thousands|scores|several|many|some|local|fellow|other|more|fewer)\s+$", re.IGNORECASE)
#: A byline line, and the photo credit inside a caption: names of people, not places.
_BYLINE_START = re.compile(r"^\W*(?:by|photos?\s+by|written\s+by)\s", re.IGNORECASE)
#: A byline's place of filing: a name after a comma, a bar or "and", ending the line or before the next
#: ("By Our Correspondents, Katsina, Makurdi and Sokoto"; "By Ritesh Mishra | Raipur | April 25, 2017").
_BYLINE_FILED = re.compile(r"(,\s*(?:and\s+)?|\s+and\s+|\|\s*)([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?=\s*(?:,|\||\band\b|$))")
_CREDIT_IN_LINE = re.compile(r"\((?=[^()]*(?:\b(?:photo|photograph|image|picture|file|credit)\b|/))[^()]*\)"
                             r"|\b(?:credit|source|copyright)\s*:", re.IGNORECASE)
#: "in X", "at X", "near X": the words right before a name that put something at a place.
_IN_PLACE_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Ii]nside|[Ff]rom|[Ii]nto)\s+$")
_LANDFORMS = frozenset("mount mt lake jabal jebel wadi camp fort cape gulf".split())
_FUNCTION_WORDS = frozenset(
    "the a an in on at of and or but to from by for with as this that these those it its he she they "
    "we his her their our when while after before since if as said says".split())
_BUILDINGS = frozenset("hospital hotel mosque church school university stadium prison shrine mall "
                       "temple cathedral college academy".split())
#: Capitalised feature words that stay part of the surface form ("Swat Valley"); others
#: ("Yobe State", "Nangarhar Province") describe the place and are left out of it.
_NAME_FEATURES = frozenset({"valley", "square", "city", "town", "road", "street", "avenue", "chowk"})
#: A quarter's name word after a name ("Abbas Town", "Hazara Town"): the name is the quarter's, not a demonym.
_TOWN_AFTER = re.compile(r" Town\b")
#: Named streets and squares: where an attack happened, so places (never institutions).
_STREET_WORDS = frozenset({"square", "road", "street", "avenue", "chowk"})
#: Seas, mountain ranges, deserts and lines of control: geographic names by their head word.
_LANDSCAPE = re.compile(
    r"(?!(?:In|On|At|The|From|Near|Across|Into|Of|And)\b)(?:[A-Z][a-z]+\s+){1,2}(?:Sea|Ocean|Gulf|Strait|Straits|Peninsula|"
    r"Desert|Mountains|Range|Hills|River|"
    r"Delta|Basin|Coast|Corridor)\b(?!\s+Guards?\b)(?:\s+of\s+[A-Z][a-z]+)?"
    r"|(?:Horn|Gulf|Bay|Sea|Strait|Straits)\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b|Line\s+of\s+(?:Control|Actual\s+Control)\b"
    r"|Mediterranean\b|Sahel\b|Middle\s+East\b")
#: "known in Arabic as X", "also spelled X": the text gives another name of a place.
_NAMED_AS_BEFORE = re.compile(r"\b(?:(?:known|referred\s+to|spelt|spelled|written)(?:\s+(?:locally|in\s+[A-Z]\w+))?\s+as|"
                              r"(?:also|locally|formerly)\s+(?:called|known\s+as|spelt|spelled|named))\s+$")
#: The name of a military operation ("an operation it called "Wrath of Euphrates"", "Operation
#: Zarb-e-Azb"): its words are the operation's, not places.
_OPERATION_NAME = re.compile(
    r"\b(?:operation|offensive|campaign)\b[^.\"“]{0,30}?\b(?:called|named|dubbed|code-?named)\s+[\"“]([^\"”\n]{1,60})[\"”]"
    r"|\bOperation\s+([A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*)")
#: Language names: "known in Arabic as Tadmur" names the language, not a place.
_LANGUAGES = frozenset(
    """arabic urdu pashto pashtu dari persian farsi hindi english french kurdish sorani kurmanji somali hausa
    kanuri yoruba igbo fulfulde turkish aramaic hebrew greek latin bengali punjabi sindhi balochi baluchi
    tamil russian syriac amharic tigrinya swahili""".split())
#: A building named "the Temple of Bel", "the Citadel of Aleppo", "the Tomb of Jonah", or a body named
#: "the Patriotic Union of Kurdistan", "the Communist Party of India": the name after "of" belongs to it.
_BUILDING_OF = re.compile(
    r"(?:Temple|Mosque|Shrine|Church|Tomb|Mausoleum|Palace|Castle|Citadel|Museum|Monastery|Cathedral|"
    r"Basilica|Arch|Theatre|Theater|Library|Hotel|University|Bank|Tower|Sanctuary|Monument|"
    r"Union|Party|Front|Movement|Council|Congress|League|Alliance|Emirate|Organi[sz]ation|Federation|Association|"
    r"Ministry|Commission)\s+of\s+"
    r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
#: Lower-case words after a name that make it a military site's name ("al-Anad air base").
_BASE_AFTER = re.compile(r"\s+(?:air\s*base|air\s+station|air\s+force\s+base|military\s+base|naval\s+base|"
                         r"(?:military\s+|army\s+|police\s+)?barracks|cantonment|(?:(?:military|army|training)\s+)?camps?)\b")
#: Words that end the name of a building or an occasion, not of a village ("Town Hall", "Press Enclave",
#: "Jacobabad Muharram procession").
_NOT_VILLAGE_END = frozenset("hall enclave muharram ashura diocese".split())

#: A compass bearing: "south", "north-eastern".
BEARING = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
#: "X, about 20 km (12 miles) south of Y": X is said to lie near Y.
_BEARING_AFTER = re.compile(
    r"\s*,\s*(?:(?:about|some|nearly|around|roughly|just|only)\s+)?(?P<n>\d{1,4})\s*(?P<unit>km|kilomet(?:re|er)s?|miles?)\s*"
    r"(?:\([^)]{0,20}\)\s*)?" + BEARING + r"\s+of\s+"
    r"(?:the\s+)?(?:(?:[a-z-]+\s+){0,3}(?:city|town|capital)\s+of\s+)?", re.IGNORECASE)
#: "Dhok Ratta, a village about 20 km from Jhelum", "the Bhalot area, some 30 km (19 miles) north-east of the
#: town of Chakwal": a name the gazetteer lacks, said to lie a distance from one it knows.
_DISTANCE_FROM = re.compile(
    r"(?:\s+(?:area|village|town|district|valley|region))?\s*,\s*(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:village|town|hamlet|settlement|area|locality|community|district|market|camp)\s+)?"
    r"(?:(?:about|some|nearly|around|roughly|just|only|less\s+than|more\s+than)\s+)?"
    r"(?:\d{1,4}|a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s*(?:km|kilomet(?:re|er)s?|miles?)\s*"
    r"(?:\([^)]{0,20}\)\s*)?(?:from|" + BEARING + r"\s+of)\s+"
    r"(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}(?:city|town|village|capital|district\s+headquarters)\s+of\s+)?", re.IGNORECASE)
#: A name described as a person: "Pandita, a member of the Indian National Congress, had returned".
_PERSON_DESCRIBED = re.compile(
    r"\b((?-i:[A-Z])[\w'’-]+),\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:member|leader|politician|lawmaker|legislator|"
    r"commander|activist|journalist|reporter|cleric|businessman|businesswoman|father|mother|son|daughter|brother|sister|"
    r"widow|student|teacher|lecturer|doctor|lawyer|judge|founder|veteran|spokesman|spokeswoman|aide|supporter|"
    r"resident|farmer|trader|shopkeeper|policeman|soldier|officer)\s+(?:of|from|with|for|in|who|and|,)")
#: "Mishra's native village": the name before it is a person's.
_HOME_OF_PERSON = re.compile(r"['’]s\s+(?:native|home|ancestral)\s+(?:village|town|city|district|province|state)\b")
_NAME_GOES_ON = re.compile(r"[-\s](?:al|el|ul|ud|e|i|ad|ash|as|an|ar)[-\s][A-Z]")
#: The rest of a hyphenated name after its first part ("Gana-Ropp", "Kabhan-ley"), unless the part after the hyphen
#: only describes something else by the place ("UAE-trained", "Kabul-based").
_HYPHEN_GOES_ON = re.compile(r"[-‐]([A-Za-z][a-z'’]+)(?![\w-])")
#: A weapon named after a place or a people: "Apache attack helicopters", "Hellfire missiles".
_WEAPON_AFTER = re.compile(r"\s+(?:attack\s+)?(?:helicopters?|gunships?|missiles?|rifles?|drones?)\b")
_COMPOUND_MODIFIERS = frozenset(
    "based backed led trained born bound held controlled run owned style era wide linked allied affiliated dominated "
    "occupied administered registered made funded sponsored supported centred centered headquartered ruled majority "
    "populated flagged bred raised educated inspired aligned friendly brokered mediated organised organized type like "
    "specific level side area bordering facing oriented focused origin plated native".split())


@dataclass
class Mention:
    """One place mention: where it is, the name looked up, and what it resolved to."""

    start: int
    end: int
    text: str
    lookup: str
    evidence: bool = False          # the text says it is a place (preposition, feature word, dateline)
    feature_word: str | None = None  # "district", "province" ... right after the name
    dateline: bool = False
    place: Place | None = None
    fuzzy: bool = False
    candidates: list[Place] = field(default_factory=list)
    strong: bool = False            # "the town of X": the text itself says it is a place
    site: bool = False              # named only in a site's name ("Kabul University"): where, but no mention

    @property
    def resolved(self) -> bool:
        return self.place is not None

    def as_row(self) -> dict[str, Any]:
        p = self.place
        return {
            "mention": self.text, "start": self.start, "end": self.end,
            "lat": p.lat if p else None, "lon": p.lon if p else None,
            "country": p.country if p else None, "feature": p.feature if p else None,
            "gazetteer_id": p.gazetteer_id if p else None, "resolved": p is not None,
        }


@dataclass(frozen=True, slots=True)
class _Tok:
    start: int
    end: int
    text: str
    key: str
    cap: bool
    allcaps: bool


def _tokens(text: str, span: Span) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text, span.start, span.end):
        s, e = m.start(), m.end()
        word = m.group(0)
        if word.endswith(("'s", "’s")) and len(word) > 3:
            e -= 2
            word = word[:-2]
        key = normalise(word)
        if not key:
            continue
        cap = word[0].isupper()
        allcaps = word.replace(".", "").isupper() and len(word.replace(".", "")) > 1
        out.append(_Tok(s, e, word, key, cap, allcaps))
    return out


#: "Rahimi's convoy", "Musharraf's plane": a person's belongings and kin.
_PERSONAL_POSSESSIVE = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+)?(?:convoy|motorcade|plane|car|vehicle|house|home|residence|family|son|daughter|brother|"
    r"wife|husband|father|mother|bodyguards?|aides?|spokes(?:man|woman|person))\b")
_CREDIT = re.compile(r"\b(?:(?:Additional\s+)?[Rr]eporting|Writing|Editing|Compiled|Produced|Translated|Photos?)\s+by\s+"
                     r"[^()\n]*")
_CREDIT_PLACE = re.compile(r"\b(?:in|from)\s+((?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*)*)")
_CREDIT_MORE = re.compile(r"(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)")


def _credit_names(text: str) -> list[tuple[int, int]]:
    """Spans of the people a wire credit names ("Reporting by Hamid Shalizi in Kabul and Idrees Ali in
    Washington; Editing by ..."): every capitalised word of the credit except the places after "in"."""
    out: list[tuple[int, int]] = []
    for c in _CREDIT.finditer(text):
        if rx.match(r"[^;]*?\bby\s+(?:the|our)\s", c.group(0)):
            continue  # "Reporting by the Abuja and Lagos bureaus": desks named after their places
        places = []
        for p in _CREDIT_PLACE.finditer(text, c.start(), c.end()):
            places.append((p.start(1), p.end(1)))
            # "staff in Peshawar and Islamabad;": more places listed after the first (but "in Kabul and
            # Idrees Ali in Washington" lists a person, who has a place of his own)
            pos = p.end(1)
            while more := _CREDIT_MORE.match(text, pos, c.end()):
                if rx.match(r"\s+in\b", text[more.end(1):more.end(1) + 4]):
                    break
                places.append((more.start(1), more.end(1)))
                pos = more.end(1)
        for w in rx.finditer(r"[A-Z][\w'’.-]*", text[c.start():c.end()]):
            a, b = c.start() + w.start(), c.start() + w.end()
            if not any(s <= a and b <= e for s, e in places):
                out.append((a, b))
    return out


#: The rest of "Kabul-Jalalabad highway", "Narayanpur-Dantewada border": the hyphen joins the two ends of a road
#: or a border, each a place of its own.
_CORRIDOR_AFTER = re.compile(r"(?:[-‐][A-Z][\w'’]+)*\s+(?:highway|road|border|frontier|route|axis|motorway|expressway|"
                             r"railway|rail\s+line|corridor|pipeline|boundary|crossing|bus|flight|train)s?\b")


def _gap_ok(text: str, a: _Tok, b: _Tok) -> bool:
    gap = text[a.end:b.start]
    if gap in ("-", "‐") and a.cap and b.cap and a.key not in _PARTICLES and b.key not in _PARTICLES \
            and len(a.key) >= 3 and len(b.key) >= 3 and _CORRIDOR_AFTER.match(text, b.end):
        return False
    return gap in (" ", "-", "‐", " - ") or (gap.strip() == "" and "\n" not in gap and len(gap) <= 2)


def _is_title_case(toks: list[_Tok]) -> bool:
    words = [t for t in toks if t.key.isalpha() and len(t.text) > 3]
    return len(words) >= 3 and sum(t.cap for t in words) / len(words) >= 0.75


def _lowercase_words(text: str) -> set[str]:
    return {w for w in rx.findall(r"(?<![\w.])[a-z][a-z]+", text)}


class MentionFinder:
    """Finds and resolves the place mentions of one article."""

    def __init__(self, gazetteer: Gazetteer, lexicon: Lexicon | None = None):
        self.gaz = gazetteer
        self.lex = lexicon or default_lexicon()
        self._text = ""
        self._stated: list[str] = []

    # ------------------------------------------------------------------ detection
    def find(self, text: str, paras: list[Span] | None = None,
             actors: list[ActorMention] | None = None,
             trigger_starts: list[int] | None = None) -> tuple[list[Mention], Counter]:
        """Mentions in the content paragraphs of ``text`` and country evidence from demonyms."""
        paras = paragraphs(text) if paras is None else paras
        # link captions, "Related" lists and photo captions name places too ("Read more: Potiskum
        # school bombing"); the mentions count, though no event is read from them
        covered = [(p.start, p.end) for p in paras]
        extra = []
        for a, b in furniture_spans(text):
            line = text[a:b]
            if any(s <= a < e for s, e in covered):
                continue
            if _BYLINE_START.match(line):
                # "By Omar Hassan, Garowe Online": a byline names people; but "By X, Minna | February 18" ends
                # with where it was filed
                for filed in _BYLINE_FILED.finditer(line):
                    sep = filed.group(1)
                    if "and" in sep and (line[filed.end():].lstrip()[:1] == "," or "," not in line[:filed.start()]):
                        continue  # the second writer's name ("and Samuel Ebiowei, Warri"; "By X and Y")
                    extra.append(Span(a + filed.start(2), a + filed.end(2), filed.group(2)))
                continue
            cta = _CALL_TO_ACTION.match(line)  # "Share: Facebook", "Read more: ..."
            credit = _CREDIT_IN_LINE.search(line)  # "(AP Photo/Abdi Farah)", "Credit: ..."
            b = a + credit.start() if credit else b
            a = a + cta.end() if cta else a
            if a < b:
                extra.append(Span(a, b, text[a:b]))
        if extra:
            paras = sorted([*paras, *extra], key=lambda p: p.start)
        self._text = text
        self._trigger_starts = (sorted(trigger_starts) if trigger_starts is not None
                                else [t.start for t in self.lex.find_triggers(text)])  # (the scene of an unknown name)
        self._persons: set[str] = set()
        lower_words = _lowercase_words(text)
        actors = self.lex.find_actors(text) if actors is None else actors
        blocked = [(a.start, a.end) for a in actors if a.kind in ("armed_group", "political")]
        blocked.extend(_credit_names(text))
        blocked.extend(m.span(1 if m.group(1) is not None else 2) for m in _OPERATION_NAME.finditer(text))
        demonym_countries: Counter = Counter()
        self._demonym_cc = demonym_countries
        raw: list[Mention] = []
        self._raw = raw
        name_parts: set[str] = set()
        for pm in _PERSON_DESCRIBED.finditer(text):
            if not any(p.feature in ("country", "region") or p.population >= 100_000 or self.gaz.is_capital(p)
                       for p in self.gaz.candidates(pm.group(1))):
                name_parts.add(normalise(pm.group(1)))  # "Pandita, a member of the Indian National Congress, had
                self._persons.add(normalise(pm.group(1)))  # returned": a name described as a person's
        for pi, para in enumerate(paras):
            toks = _tokens(text, para)
            title_case = _is_title_case(toks) and len(toks) <= 25
            i = 0
            while i < len(toks):
                t = toks[i]
                cc = self.gaz.demonym(t.text) if t.cap else None
                if cc and not title_case and (_LANDSCAPE.match(text, t.start) or _TOWN_AFTER.match(text, t.end)):
                    cc = None  # "the Syrian Desert", "the Arabian Sea": a named landscape, not an adjective; "Hazara
                    # Town": a quarter's name
                if cc and not self.gaz.has_name(t.text):
                    multi = self._longest(text, toks, i)
                    if multi is None or multi == i:
                        demonym_countries[cc] += 1
                        i += 1
                        continue
                particle_start = (not t.cap and t.key in ("al", "el", "ad", "ar", "as", "an", "ash")
                                  and i + 1 < len(toks) and toks[i + 1].cap
                                  and text[t.end:toks[i + 1].start] == "-")
                if (not t.cap and not particle_start) or t.key in MONTH_WORDS or t.key == "the" or any(
                        a <= t.start < b for a, b in blocked):
                    i += 1
                    continue
                if (t.cap and i + 1 < len(toks) and toks[i + 1].key in ("bay", "beach")
                        and (toks[i + 1].cap or toks[i + 1].key == "beach") and text[t.end:toks[i + 1].start] == " "
                        and t.key not in _FUNCTION_WORDS and t.key not in _DIRECTIONS and not t.allcaps
                        and not (i > 0 and toks[i - 1].cap and _gap_ok(text, toks[i - 1], t))
                        and not rx.match(r"\s+(?:hotel|restaurant|resort|club|caf[eé]|compound|villa|house)\b",
                                         text[toks[i + 1].end:toks[i + 1].end + 14], re.IGNORECASE)):
                    # "Manda Bay", "Lido beach": a bay's or a beach's name, not a town and the Bay region
                    name = text[t.start:toks[i + 1].end]
                    raw.append(Mention(t.start, toks[i + 1].end, name, name, evidence=True, feature_word="area",
                                       candidates=self.gaz.candidates(name)))
                    i += 2
                    continue
                site = _BUILDING_OF.match(text, t.start) if t.cap else None
                if site is not None and not self.gaz.has_name(site.group(0)):
                    i = unresolved_end_index(toks, Mention(t.start, site.end(), "", ""))
                    continue  # "the Temple of Bel": a building's name, the name after "of" included
                if (t.key in ("north", "south", "east", "west") and t.cap and i + 1 < len(toks)
                        and toks[i + 1].cap and text[t.end:toks[i + 1].start] == " "
                        and not self.gaz.has_name(f"{t.text} {toks[i + 1].text}")
                        and (i + 2 >= len(toks) or not toks[i + 2].cap or not _gap_ok(text, toks[i + 1], toks[i + 2]))):
                    nation = [p for p in self.gaz.candidates(toks[i + 1].text) if p.feature == "country"]
                    if nation:
                        # "North Yemen", "South Yemen": a former or a divided state, placed in its country
                        name = text[t.start:toks[i + 1].end]
                        raw.append(Mention(t.start, toks[i + 1].end, name, toks[i + 1].text, evidence=True,
                                           candidates=nation))
                        i += 2
                        continue
                best = self._longest(text, toks, i)
                if best is None and particle_start:
                    unknown = self._named_by_text(text, toks, i, lower_words, title_case)
                    if unknown is not None:
                        raw.append(unknown)  # "in al-Mansoura, west of Raqqa"
                        i = unresolved_end_index(toks, unknown)
                        continue
                    i += 2  # "al-Quds hospital": the name is not a place the gazetteer knows
                    continue
                feature = _LANDSCAPE.match(text, t.start) if not title_case else None
                if feature is not None and (best is None or toks[best].end <= feature.end()):
                    # "the eastern Mediterranean", "the Horn of Africa", "the Line of Control"
                    name = feature.group(0)
                    raw.append(Mention(t.start, t.start + len(name), name, name, evidence=True,
                                       candidates=self.gaz.candidates(name), strong=True))
                    i = unresolved_end_index(toks, raw[-1])
                    continue
                if best is None:
                    unresolved = self._named_by_text(text, toks, i, lower_words, title_case)
                    if unresolved is not None:
                        raw.append(unresolved)
                        i = unresolved_end_index(toks, unresolved)
                        continue
                    i += 1
                    continue
                j = best
                m = self._make(text, toks, i, j, pi, lower_words, title_case, blocked, name_parts)
                if m is None and (_NAME_GOES_ON.match(text, toks[j].end) or self._hyphen_goes_on(text, toks[j].end) or (
                        j + 1 < len(toks) and toks[j + 1].cap and _gap_ok(text, toks[j], toks[j + 1])
                        and toks[j + 1].key not in INSTITUTION_WORDS)):
                    # "the town of Adan Yabaal": a longer name the gazetteer lacks, if the text says so
                    m = self._named_by_text(text, toks, i, lower_words, title_case)
                    if m is not None:
                        raw.append(m)
                        i = unresolved_end_index(toks, m)
                        continue
                if m is not None:
                    if not m.evidence and self._listed_after_place(text, m.start):
                        m.evidence = True  # "hit Rastan, Talbiseh and ...": a list of places
                    raw.append(m)
                    i = max(j + 1, unresolved_end_index(toks, m))  # ("Swat Valley": the feature word is the name's)
                    continue
                i = j + 1
        # a name also seen inside a longer name ("Garowe Online") is still a place where this use
        # says so: a dateline or a locative ("officials in Garowe")
        mentions = [m for m in raw if normalise(m.lookup) not in name_parts or m.feature_word or m.strong
                    or m.dateline or (normalise(m.lookup) not in self._persons
                                      and _IN_PLACE_BEFORE.search(text, max(0, m.start - 12), m.start))
                    or (normalise(m.lookup) not in self._persons
                        and any(self._notable_place(p) and _bare(p.name) == _bare(m.lookup)
                                for p in m.candidates))]
        # Evidence for one use of a name is evidence for all of them.
        # (with or without its Arabic article: "in al-Durayhimi district" ... "fleeing Durayhimi")
        with_evidence = {_bare(m.lookup) for m in mentions if m.evidence or m.dateline}
        # ... and for the place a misspelt use stands for ("in Potsikum" ... "Potiskum")
        with_evidence |= {_bare(p.name) for m in mentions if m.fuzzy and (m.evidence or m.dateline)
                          for p in m.candidates}
        out = []
        for m in mentions:
            if m.evidence or m.dateline or _bare(m.lookup) in with_evidence or self._notable(m):
                out.append(m)
        # "Kheli Hama massacre" as a headline, "the village of Kheli Hama" below: the longer name the article
        # reads elsewhere, not the known place its last word is
        longer = {normalise(m.lookup): m for m in out if " " in m.lookup.strip() and not m.dateline}
        if longer:
            for k, m in enumerate(out):
                word = rx.search(r"(?<![\w'’-])([A-Z][\w'’-]+)\s+$", text[max(0, m.start - 30):m.start])
                other = longer.get(normalise(f"{word.group(1)} {m.lookup}")) if word else None
                if other is not None and other is not m:
                    start = m.start - len(word.group(0))
                    out[k] = replace(other, start=start, end=m.end, text=text[start:m.end], dateline=False)
        out.extend(self._repeats(text, out, paras))
        out.extend(self._misspelt(text, out, paras, lower_words))
        out.sort(key=lambda m: m.start)
        return self._join_slashed(text, out), demonym_countries

    def _join_slashed(self, text: str, found: list[Mention]) -> list[Mention]:
        """Two little-known names joined by a slash are one unit's name ("Kala/Balge"): one
        mention, looked up whole, placed by its larger place when the gazetteer lacks it."""
        out: list[Mention] = []
        for m in found:
            prev = out[-1] if out else None
            if (prev is not None and m.start == prev.end + 1 and text[prev.end] == "/" and not prev.dateline
                    and not m.dateline and not self._notable(prev) and not self._notable(m)):
                # (two well-known places stay two: "New Delhi/Chandigarh", "WASHINGTON/BEIRUT")
                whole = text[prev.start:m.end]
                fm = _FEATURE_AFTER.match(text[m.end:m.end + 30])
                out[-1] = Mention(prev.start, m.end, whole, whole, evidence=True,
                                  feature_word=m.feature_word or (_feature_of(fm) if fm else None),
                                  candidates=self.gaz.candidates(whole), strong=prev.strong or m.strong)
                continue
            out.append(m)
        return out

    def _repeats(self, text: str, found: list[Mention], paras: list[Span]) -> list[Mention]:
        """A name the gazetteer lacks that the text once called a place ("the village of Taldou")
        is that place wherever it recurs as a name of its own ("residents of Taldou", "shelled
        Taldou"), not only where the text says so again."""
        names = {m.text: m for m in found if (not m.candidates or m.fuzzy) and m.evidence
                 and not m.dateline and len(m.text) >= 4 and not is_landscape(m)}
        if not names:
            return []
        taken = [(m.start, m.end) for m in found]
        body = [(p.start, p.end) for p in paras]
        extra: list[Mention] = []
        for name, model in names.items():
            for hit in rx.finditer(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w-])", text):
                a, b = hit.span()
                if any(a < e and s < b for s, e in taken) or not any(s <= a and b <= e for s, e in body):
                    continue
                after = text[b:b + 2]
                if self._name_before(text, a) and not self._sentence_start(text, a) \
                        or rx.match(r"\s[A-Z]", after) and not rx.match(r"\s(?:[A-Z][a-z]+day|On|In|At)\b", after):
                    continue  # part of a longer name ("Taldou Road", "Al Taldou")
                extra.append(Mention(a, b, name, model.lookup, evidence=True, feature_word=model.feature_word,
                                     candidates=list(model.candidates), fuzzy=model.fuzzy))
                taken.append((a, b))
        return extra

    def _misspelt(self, text: str, found: list[Mention], paras: list[Span],
                  lower_words: set[str]) -> list[Mention]:
        """A capitalised word one slip (one edit) from a place the article names elsewhere is that
        place misspelt ("Kagara" ... "visited Kagra"): names of five letters or more, never a
        word the article also writes in lower case or a name the gazetteer knows."""
        models: dict[str, Mention] = {}
        for m in found:
            key = normalise(m.text)
            if (m.candidates and not m.fuzzy and " " not in key and len(key) >= 5
                    and (m.evidence or m.dateline or self._notable(m))):
                models.setdefault(key, m)
        if not models:
            return []
        taken = [(m.start, m.end) for m in found]
        by_length: dict[int, list[str]] = {}
        for k in models:
            by_length.setdefault(len(k), []).append(k)
        extra: list[Mention] = []
        for para in paras:
            for w in rx.finditer(r"(?<![\w'’-])[A-Z][a-z]{3,}(?![\w-])", text[para.start:para.end]):
                word = w.group(0)
                key = word.lower()
                n = len(key)
                near = [k for k in (*by_length.get(n - 1, ()), *by_length.get(n, ()), *by_length.get(n + 1, ()))
                        if k != key and (k[0] == key[0] or k[-1] == key[-1]) and _one_edit_apart(key, k)]
                if not near:
                    continue
                a, b = para.start + w.start(), para.start + w.end()
                if (key in lower_words or key in _COMMON_CAPITALISED or key in MONTH_WORDS
                        or self.gaz.has_name(word) or self.gaz.demonym(word)
                        or any(a < e and s < b for s, e in taken)):
                    continue
                model = models[near[0]]
                if key == near[0] + "s":
                    continue  # "local Ahmadis" after "Ahmadi residents": the people, not a slip of the name
                if rx.match(r"\s[A-Z]", text[b:b + 2]) or (
                        self._name_before(text, a) and not self._sentence_start(text, a)):
                    continue  # part of a longer name ("the Abul Fazl shrine")
                extra.append(Mention(a, b, word, model.lookup, evidence=True, feature_word=model.feature_word,
                                     candidates=list(model.candidates), fuzzy=True))
                taken.append((a, b))
        return extra

    def _hyphen_goes_on(self, text: str, end: int) -> re.Match | None:
        """The rest of a hyphenated name after ``end`` ("-Ropp" of "Gana-Ropp", "-ley" of "Kabhan-ley"); None when
        the part after the hyphen describes something by the place ("Kabul-based") or is a place of its own
        ("Kabul-Jalalabad highway", "Pakistan-Afghanistan border")."""
        hy = _HYPHEN_GOES_ON.match(text, end)
        if hy is None or hy.group(1).lower() in _COMPOUND_MODIFIERS or hy.group(1).lower() in _PARTICLES or rx.search(
                r"(?:ed|ing|en|prone|hit|torn)$", hy.group(1)):
            return None  # ("Maoist-affected", "Bedouin-inhabited", "war-torn")
        word = hy.group(1)
        if word[0].isupper() and (self.gaz.has_name(word) or self.gaz.demonym(word) or _CORRIDOR_AFTER.match(text, end)):
            return None
        return hy

    def _longest(self, text: str, toks: list[_Tok], i: int) -> int | None:
        best = None
        keys: list[str] = []
        for j in range(i, min(len(toks), i + self.gaz.max_name_tokens + 2)):
            t = toks[j]
            if j > i and not _gap_ok(text, toks[j - 1], t):
                break
            if j > i and not t.cap and t.key not in _PARTICLES and t.key != "and":
                break  # ("and" only inside a name the gazetteer has: "Jammu and Kashmir")
            keys.extend(t.key.split(" "))
            if not self.gaz.is_place_prefix(tuple(keys)):
                break
            if t.cap and self.gaz.has_name(" ".join(keys)):
                best = j
        return best

    def _make(self, text: str, toks: list[_Tok], i: int, j: int, pi: int, lower_words: set[str],
              title_case: bool, blocked: list[tuple[int, int]], name_parts: set[str]) -> Mention | None:
        first, last = toks[i], toks[j]
        start, end = first.start, last.end
        surface = text[start:end]
        key = normalise(surface)
        if any(start < e and s < end for s, e in blocked):
            return None
        if j == i and (first.key in _DIRECTIONS or first.key in MONTH_WORDS):
            return None
        if j > i and last.key in INSTITUTION_WORDS:
            return None  # "White House", "Red Fort": a building, not the place it is named after
        if _NAME_GOES_ON.match(text, end):
            return None  # the name goes on ("Dasht-e-Barchi", "Bab al-Sharqi"): only a part matched
        if self._hyphen_goes_on(text, end):
            return None  # "Gana-Ropp", "Kabhan-ley": a hyphenated name the gazetteer lacks, not its first part
        if j == i and not title_case and _WEAPON_AFTER.match(text, end, end + 30) \
                and not rx.search(r"\b(?:in|at|near|from|over|outside)\s+$", text[max(0, start - 8):start]) \
                and not any(p.feature in ("country", "region") for p in self.gaz.candidates(surface)):
            return None  # "called in Apache attack helicopters", "Hellfire missiles": a weapon's name (but "US drones")
        # all-capital words are acronyms unless they open a paragraph (a dateline) or are known
        # country abbreviations
        dateline = self._is_dateline(text, toks, i, j)
        if first.allcaps and not dateline and len(first.key) > 3 and not title_case:
            return None
        if first.allcaps and len(first.key) <= 3 and key not in ("us", "uk", "uae", "usa", "drc", "car") and not (
                j > i and "." in first.text and self.gaz.has_name(surface)) and not (dateline and len(first.key) == 3 and self.gaz.has_name(surface)):
            return None  # (but "D.I. Khan", "D.G. Khan": an abbreviated name the gazetteer knows; "LEH, India (AP)": a
            # short town's dateline)
        before = text[max(0, start - 60):start]
        # "the Kano State Governor", "the Ondo State Police Command": a name that carries its unit word
        # is a place even where an office or a body is named after it
        unit_named = j > i and last.key in ("state", "province", "governorate") and last.cap
        prev = toks[i - 1] if i > 0 else None
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if dateline and nxt is not None and rx.fullmatch(r"\s+[-‐–—]{1,2}\s+", text[last.end:nxt.start]):
            nxt = None  # "MOGADISHU - Government forces ...": the dateline's dash ends the name
        if rx.search(r"\b[A-Z][a-z]+\s+[A-Z]\.\s+$", before) or rx.match(_HOME_OF_PERSON, text[end:end + 40]) or (
                prev is not None and prev.key in ("abu", "abou", "umm", "bin", "ibn", "bint") and prev.cap
                and text[prev.end:first.start] in (" ", "-")):
            name_parts.add(key)
            self._persons.add(key)
            return None  # "George W. Bush": a middle initial makes a person's name; "Mishra's native village": a
            # person's home; "killed Abu Salem": a kunya, a person's name
        if not title_case:
            if _TITLE_BEFORE.search(before) or (
                    prev is not None and prev.cap and _gap_ok(text, prev, first) and text[prev.end:first.start] == " "
                    and prev.key not in _FUNCTION_WORDS and not self._sentence_start(text, prev.start)
                    and _TITLE_BEFORE.search(text[max(0, prev.start - 30):prev.start])):
                name_parts.add(key)
                return None  # "Sheikh Hamid Rashid": the second name after a title is a person's too
            if (prev is not None and prev.cap and _gap_ok(text, prev, first) and prev.key not in _DIRECTIONS
                    and prev.key not in _FUNCTION_WORDS and prev.key not in _LANDFORMS
                    and not self.gaz.demonym(prev.text) and not self._sentence_start(text, prev.start)
                    and not self.gaz.has_name(prev.text)):
                name_parts.add(key)
                return None
            country = any(p.feature == "country" for p in self.gaz.candidates(surface))
            if nxt is not None and _gap_ok(text, last, nxt) and nxt.cap and not country and not unit_named:
                if nxt.key in INSTITUTION_WORDS and nxt.key not in _STREET_WORDS:
                    return self._site(start, end, surface, before, nxt, i, j)
                office = nxt.key in _OFFICES and any(p.feature == "region" for p in self.gaz.candidates(surface))
                if (nxt.key not in FEATURE_WORDS and nxt.key not in _STREET_WORDS and nxt.key not in MONTH_WORDS
                        and not nxt.allcaps and not office  # "Punjab Chief Minister X": the province's office-holder
                        and not self.gaz.demonym(nxt.text)
                        and not any(p.feature in ("country", "region") for p in self.gaz.candidates(nxt.text))):
                    name_parts.add(key)
                    return None
        if nxt is not None and nxt.key in INSTITUTION_WORDS and nxt.key not in _STREET_WORDS and _gap_ok(text, last, nxt) \
                and nxt.cap:
            if unit_named:
                return None  # "the Kano State Polytechnic", "the Rivers State Police Command": a state body's name
            return None if title_case else self._site(start, end, surface, before, nxt, i, j)
        if nxt is not None and nxt.cap and _gap_ok(text, last, nxt) and not title_case and not dateline and nxt.key in (
                "security", "police", "army", "navy", "customs", "immigration", "armed", "defence", "defense",
                "civil", "national", "federal", "air") and rx.match(
                r"\s+(?:[A-Z][a-z]+\s+(?:and\s+)?){1,4}(?:Corps|Force|Forces|Service|Agency|Command|Directorate|Authority|"
                r"Guards?|Police|Constabulary|Rifles|Battalions?)\b", text[end:end + 60]):
            return None  # "the Nigeria Security and Civil Defence Corps", "Pakistan Air Force", "the Orissa State Armed
            # Police": a body's name
        if _NAMED_SITE_AFTER.match(text, end, end + 60) or rx.match(r"\s+(?:wedding|banquet|marriage)\s+hall\b", text[end:end + 20]) \
                or _GLOSSED_SITE_AFTER.match(text, end, end + 50):
            return None  # "the Green Village compound", "the Dubai City wedding hall": a site's name, not a place
        if _BASE_AFTER.match(text, end, end + 40) and not any(self._notable_place(p) for p in self.gaz.candidates(surface)):
            return None  # "al-Anad air base": the base's name (a big town's name stays: "the Pathankot base")
        if rx.fullmatch(r"(?:Sector|Phase|Block|Ward|Plot|Lane|Gali|Zone)", surface) and rx.match(r"\s+\d", text[end:end + 3]):
            return None  # "Mohali's Sector 77", "Phase 2": a part of a town by number, not the village the gazetteer
            # spells alike
        if _PERSONAL_POSSESSIVE.match(text, end) and not any(self._notable_place(p) for p in self.gaz.candidates(surface)):
            name_parts.add(key)
            self._persons.add(key)
            return None  # "Rahimi's convoy", "Musharraf's plane": a person's belongings, not a place's
        bloc = rx.match(r"\s+(?:and\s+[A-Z][\w'’-]+\s+)?(states|countries|nations|monarchies|allies|powers|"
                        r"capitals|hospitals|schools|mosques|universities|camps)\b", text[end:end + 40])
        if bloc and not _STRONG_BEFORE.search(before[-30:]) and not (
                # "Borno, Adamawa and Yobe states": provinces named before their plural unit word
                bloc.group(1) == "states" and self._raw
                and rx.fullmatch(r",\s*(?:and\s+)?|\s+and\s+", text[self._raw[-1].end:start]) is not None
                and any(p.feature == "region" for p in self.gaz.candidates(surface))):
            return None  # "Gulf states", "Medina and Daynile hospitals": a bloc or buildings, not the place
        if rx.search(r"\b(?:minister|spokes(?:man|woman|person)|commander|governor|official|leader|chief|president|"
                     r"secretary|director|officer|envoy|ambassador|mayor),\s+$", text[max(0, start - 30):start],
                     re.IGNORECASE) and not any(p.feature == "country" for p in self.gaz.candidates(surface)):
            name_parts.add(key)
            self._persons.add(key)
            return None  # "the minister, Hassan, visited"
        if rx.match(r"(?:,\s+(?:who|whose)\b|\s+(?:said|says|told|added|adds|stated|noted|explained|warned|denied|"
                    r"insisted|wrote|tweeted|asked|argued|recalled|replied|claimed|confirmed)\b)", text[end:end + 25]) \
                and not _LOCATIVE_BEFORE.search(before[-45:]) and not any(
                    p.feature == "country" or p.population >= 1_000_000 or self.gaz.is_capital(p)
                    for p in self.gaz.candidates(surface)):
            name_parts.add(key)
            self._persons.add(key)
            return None  # "Farah said", "Hassan, who ...": a person, not a town
        chain = j + 1 if nxt is not None else len(toks)
        while chain < len(toks) and chain <= j + 3 and toks[chain].cap and _gap_ok(text, toks[chain - 1], toks[chain]):
            if toks[chain].key in INSTITUTION_WORDS and not title_case and not unit_named and not (
                    chain == j + 1 and toks[chain].key in _STREET_WORDS):
                return None  # "the U.S. Africa Command": part of an organisation's name
            chain += 1
        if (nxt is not None and not nxt.cap and nxt.key in _BUILDINGS and _gap_ok(text, last, nxt)
                and rx.search(r"\bthe\s+$", text[max(0, start - 6):start], re.IGNORECASE)):
            return None  # "the al-Quds hospital": a building's name
        lookup = surface
        feature_word = None
        # "Gwoza Local Government Area", "Bama LGA": the unit's word describes the place and is
        # left out of the surface, like "Province"; the look-up keeps the gazetteer's full name
        unit = next((k for k in range(i + 1, j + 1) if toks[k].key in ("lga", "local")), None)
        if unit is not None:
            end = toks[unit - 1].end
            surface = text[start:end]
            feature_word = "district"
        sb = _STRONG_BEFORE.search(before[-30:])
        if sb and sb.group(1):
            feature_word = _singular(sb.group(1).lower())  # "the province of Deir ez-Zor"
        # "Swat Valley", "Nangarhar Province": the capitalised feature word joins the name
        if nxt is not None and nxt.cap and nxt.key in _NAME_FEATURES and _gap_ok(text, last, nxt):
            end = nxt.end
            surface = text[start:end]
            feature_word = nxt.key
            if self.gaz.has_name(surface) or nxt.key in _STREET_WORDS or nxt.key == "town":
                lookup = surface  # "Alamdar Road" is the road, not a village called Alamdar; "Abbas Town" is a
                # quarter of Karachi, not a village called Abbas
        after = text[end:end + 30]
        fm = _FEATURE_AFTER.match(after)
        if fm and feature_word is None:
            feature_word = _feature_of(fm)
        evidence = (bool(feature_word) or bool(_LOCATIVE_BEFORE.search(before[-45:]))
                    or bool(_NAMED_AS_BEFORE.search(before[-40:]))
                    or self._place_possessive(before[-40:])
                    or bool(_STRONG_BEFORE.search(before[-30:])) or bool(_LIST_BEFORE.search(before))
                    or bool(_FELL_AFTER.match(after)))
        if not dateline and rx.match(r"(?:al|el)[-\s]", lookup, re.IGNORECASE) \
                and not self.gaz.has_name(lookup, exact=True) and (
                    not evidence or rx.search(r"(?-i:[A-Z])[\w'’-]*\s+$", text[max(0, start - 25):start]) or rx.match(
                    r"\s*(?:,\s+(?:who|whose|whom)\b|\s+(?:newspapers?|daily|dailies|TV|television|channel|radio|movement|"
                    r"family|clan|tribe|brigades?|faction|group|front|party|mosque|hospital)\b)", text[end:end + 20], re.IGNORECASE)):
            return None  # "Muqtada al-Sadr", "the al-Yemen newspaper", "Daraa al-Balad": a family, a paper or the end
            # of a longer name, unless a place is said ("the southern city of al-Dhale", the gazetteer knowing it
            # as "Dhale")
        # "Yobe State", "Ondo State": the surface stays as written, the look-up is the state's name
        tail = rx.search(r"\s+State$", surface)
        if tail and j > i and self.gaz.has_name(surface[:tail.start()]):
            lookup = surface[:tail.start()]
            feature_word = "state"  # (the name's own unit word outranks "Local Government Area of" before it)
        # "Hasakah Governorate", "Zabul Province" where the gazetteer has the bare name: the unit
        # word is written as part of the name, so the surface keeps it and the look-up does not
        if (nxt is not None and nxt.cap and nxt.key in ("province", "governorate") and _gap_ok(text, last, nxt)
                and text[last.end:nxt.start] == " " and lookup == surface and not self.gaz.has_name(f"{surface} {nxt.text}")):
            end = nxt.end
            surface = text[start:end]
            feature_word = nxt.key
        # "eastern Ghouta": a lower-case direction that the place's own name carries joins it
        dm = rx.search(r"\b(?:eastern|western|northern|southern)\s+$", text[max(0, start - 12):start])
        if dm and j == i and self.gaz.has_name(dm.group(0) + surface):
            start -= len(dm.group(0))
            surface = lookup = text[start:end]
        # "Mount Sinjar", "Lake Chad": the landform word belongs to the name as written
        if prev is not None and prev.key in _LANDFORMS and prev.cap and _gap_ok(text, prev, first):
            start = prev.start
            surface = text[start:end]
        single = i == j
        if rx.search(r"\b(?:Colonel|Col\.?|General|Gen\.?|Major|Maj\.?|Captain|Capt\.?|Lieutenant|Lt\.?|Sergeant|Sgt\.?|"
                     r"Brigadier|Commander|Sheikh|Shaikh|Mullah|Maulana|Maulvi|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|President|"
                     r"Minister|Governor|Senator|Judge|Prince|Emir|Ayatollah|Sayed|Syed|Haji|Hajji)\s+"
                     r"(?:[A-Z][\w'’-]+\s+){1,3}$", before[-60:]) \
                and not _LOCATIVE_BEFORE.search(before[-45:]) and not any(
                    p.feature == "country" or p.population >= 1_000_000 for p in self.gaz.candidates(surface)):
            name_parts.add(key)
            self._persons.add(key)
            return None  # "Colonel Ali Said Hassan was killed": the end of a titled person's name
        if j == i and first.key in _LANGUAGES and (rx.search(r"(?:[\"”]\s+in|\(\s*(?:in\s+)?)\s*$", before[-12:])
                                                   or rx.match(r"\s*:", text[end:end + 3])):
            return None  # 'Operation Moshtarak ("Together" in Dari)', "(Kurdish: Serêkaniyê)": a language
        if self._sentence_start(text, start) and _ROLE_AFTER.match(text, _name_end(text, toks, j)) and not any(
                p.feature == "country" or p.population >= 1_000_000 for p in self.gaz.candidates(surface)):
            name_parts.add(key)
            self._persons.add(key)
            return None  # "Ahmadi, the acting governor of Badakhshan, was killed": a person opening the sentence
        if _SPEAKER_NAMED.search(before[-20:]) and _ROLE_AFTER.match(text, _name_end(text, toks, j)) and not any(
                p.feature == "country" or p.population >= 1_000_000 for p in self.gaz.candidates(surface)):
            name_parts.add(key)
            self._persons.add(key)
            return None  # "said Sahibzada Anees, the city's commissioner": the speaker, not a place
        if (prev is not None and prev.cap and text[prev.end:first.start] == " " and prev.key not in _FUNCTION_WORDS
                and prev.key not in _DIRECTIONS and prev.key not in _LANDFORMS and not feature_word
                and not self._sentence_start(text, prev.start)
                and not _LOCATIVE_BEFORE.search(text[max(0, prev.start - 45):prev.start])
                and _ROLE_AFTER.match(text, _name_end(text, toks, j)) and not any(
                    p.feature == "country" or p.population >= 1_000_000 for p in self.gaz.candidates(surface))):
            name_parts.add(key)
            self._persons.add(key)
            return None  # "shot dead Rajni Bala, a teacher from Samba": the end of a person's name, then the role
        if rx.match(r"\s+(?:pilgrims|pilgrimage|yatra|yatris|devotees)\b", text[end:end + 14]) and j == i and not any(
                p.population >= 1_000_000 or p.feature == "country" for p in self.gaz.candidates(surface)):
            return None  # "Amarnath pilgrims", "the Amarnath Yatra": a shrine's pilgrimage, not a town
        if rx.match(r"['’]?s?\s+(?:supporters|followers|loyalists|partisans|movement|militiamen)\b", text[end:end + 20]) \
                and j == i and not any((p.population >= 1_000_000 or p.feature == "country") and _bare(p.name) == _bare(surface)
                                       for p in self.gaz.candidates(surface)):
            name_parts.add(key)
            self._persons.add(key)
            return None  # "Sadr supporters", "Sadr's followers": a leader's people, not a place
        if rx.match(r"\s+(?:community|communities|sect|sects|minority|faith|clan|clans|tribe|tribesmen|tribes|"
                    r"militia|militias|movement)\b", text[end:end + 16]) and (
                not feature_word or rx.search(r"\bthe\s+$", before[-5:])):
            return None  # "the Ahmadi community", "the Habar Gidir clan": people, not a place
        common = single and (first.key in _COMMON_CAPITALISED or first.key in lower_words)
        if common and not (feature_word or _STRONG_BEFORE.search(before[-30:]) or dateline):
            return None
        return Mention(start, end, surface, lookup, evidence=evidence, feature_word=feature_word,
                       dateline=dateline, candidates=self.gaz.candidates(lookup),
                       strong=bool(_STRONG_BEFORE.search(before[-30:])))

    def _site(self, start: int, end: int, surface: str, before: str, nxt, i: int, j: int) -> Mention | None:
        """"gunmen stormed Kabul University": the incident is in Kabul, though the name is the university's
        (a place for the event, no mention of its own)."""
        if nxt.key in _SITE_WORDS and j == i and rx.search(
                r"\b(?:stormed|attacked|struck|hit|raided|bombed|targeted|at|inside|outside|on)\s+(?:the\s+)?$", before[-25:]) \
                and any(p.feature == "city" and p.population >= 100_000 for p in self.gaz.candidates(surface)):
            return Mention(start, end, surface, surface, evidence=True, candidates=self.gaz.candidates(surface), site=True)
        return None

    def _place_possessive(self, before: str) -> bool:
        """True when a known place owns the name ("Baghdad's Green Zone", "Karachi's Lyari"): a part of it."""
        pm = rx.search(r"\b([A-Z][\w-]+)['’]s\s+$", before)
        return pm is not None and any(self._notable_place(p) and p.feature != "country"
                                      for p in self.gaz.candidates(pm.group(1)))

    def _listed_after_place(self, text: str, start: int) -> bool:
        """True when the name follows a place with evidence in a list ("hit Rastan, Talbiseh and
        Zafaraniyeh"): the list shares that evidence."""
        prev = self._raw[-1] if self._raw else None
        return (prev is not None and (prev.evidence or prev.dateline) and not is_landscape(prev)
                and not any(p.feature == "country" for p in prev.candidates)  # "in Iraq, Sergio Vieira"
                and rx.fullmatch(r",\s*(?:and\s+)?|\s+and\s+", text[prev.end:start]) is not None)

    def _named_by_text(self, text: str, toks: list[_Tok], i: int, lower_words: set[str],
                       title_case: bool) -> Mention | None:
        """A capitalised name the gazetteer lacks that the text calls a place."""
        if title_case or toks[i].key in _FUNCTION_WORDS:
            return None
        if _SPEAKER_NAMED.search(text, max(0, toks[i].start - 20), toks[i].start) and _ROLE_AFTER.match(
                text, _name_end(text, toks, i)):
            return None  # "said Sahibzada Anees, the city's commissioner": the speaker
        if rx.match(_HOME_OF_PERSON, text[_name_end(text, toks, i):]):
            return None  # "Mishra's native village of Banbirpur": a person's home
        j = i
        while (j + 1 < len(toks) and _gap_ok(text, toks[j], toks[j + 1]) and j - i < 3
               and (toks[j + 1].cap or toks[j + 1].key in _PARTICLES
                    and (toks[j + 1].key not in _ENGLISH_PARTICLES or text[toks[j].end:toks[j + 1].start] == "-"))
               and toks[j + 1].key not in ("local", "government", "lga", "municipality")
               and toks[j + 1].key not in FEATURE_WORDS and toks[j + 1].key not in INSTITUTION_WORDS):
            j += 1
        while j > i and not toks[j].cap:
            j -= 1  # "Kisamyo at about 5 p.m.": a particle-like word after the name is not part of it
        if not toks[j].cap:
            return None
        start, end = toks[i].start, toks[j].end
        hy = self._hyphen_goes_on(text, end)
        if hy is not None and hy.group(1)[0].islower():
            end = hy.end()  # "Kabhan-ley": the name's last part is not capitalised
        name_end = end
        surface = text[start:end]
        if toks[i].key in _DIRECTIONS and i == j or toks[i].key in _COMMON_CAPITALISED or toks[i].key in _LANGUAGES:
            return None
        if toks[i].key in _INSTITUTION_PREFIXES:
            return None  # "Jamia Naeemia", "Darul Uloom Haqqania", "Camp Bastion": an institution's or a base's name
        if _PERSONAL_POSSESSIVE.match(text, end):
            return None  # "fired at Rahimi's convoy": a person
        if i == j and surface.endswith("s") and _COUNTED_BEFORE.search(text, max(0, start - 30), start):
            return None  # "killed five Ahmadis", "local Hazaras": a people, counted or described
        if rx.search(r"\b(?:fired|firing|fires|shot|shooting|shoots|opened\s+fire|open\s+fire|aimed|lunged|swung)\s+"
                     r"(?:(?:shots|bullets|rounds|a\s+pistol|a\s+gun)\s+)?(?:at|on|upon)\s+$",
                     text[max(0, start - 40):start], re.IGNORECASE):
            return None  # "gunmen fired at Ghulam Bhat and his brother": the one shot at, a person the gazetteer lacks
        if _NAMED_SITE_AFTER.match(text, end, end + 60) or _GLOSSED_SITE_AFTER.match(text, end, end + 50):
            return None  # "the Green Village compound", "Karama (Dignity) Square": a site's name
        if _BASE_AFTER.match(text, end, end + 40):
            return None  # "al-Jalaa military camp": the base's name
        if _WEAPON_AFTER.match(text, end, end + 30):
            return None  # "called in Apache attack helicopters": a weapon's name
        if any(t.key in MONTH_WORDS or t.allcaps for t in toks[i:j + 1]):
            return None
        if (self.gaz.demonym(toks[j].text) and not _TOWN_AFTER.match(text, end)) \
                or surface in self.lex.actors or surface.lower() in self.lex.actors:
            return None  # (but "Hazara Town" is a quarter's name)
        if i > 0 and toks[i - 1].cap and _gap_ok(text, toks[i - 1], toks[i]) and toks[i - 1].key not in _FUNCTION_WORDS:
            return None  # the end of a longer name ("In X" opening a sentence is no name)
        k = j + 1
        while k < len(toks) and k <= j + 3 and toks[k].cap and _gap_ok(text, toks[k - 1], toks[k]):
            if toks[k].key in INSTITUTION_WORDS and toks[k].key not in _STREET_WORDS:
                return None  # "the Kurdistan Region Security Council": an institution's name
            k += 1
        before = text[max(0, start - 40):start]
        after = text[end:end + 30]
        fm = _FEATURE_AFTER.match(after)
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        feature = None
        if fm and (not _feature_of(fm).startswith(("city", "border", "agency", "division", "state"))
                   or fm.group(2)) and not (_feature_of(fm) == "town" and self._sentence_start(text, start)):
            feature = _feature_of(fm)
            if feature in ("area", "street", "road", "square", "avenue") and self._sentence_start(text, start):
                feature = None  # "Heavy street fighting took place": an adjective opening the sentence
        if i == j and rx.search(r"(?:an|ese|ic|ish)$", toks[i].key) and rx.match(
                r"\s+(?:region|state|province|belt)\s+of\s+(?:the\s+)?[A-Z]", text[toks[i].end:toks[i].end + 30]):
            return None  # "India's Himalayan region of Ladakh": an adjective, the place is named after "of"
        if feature in ("community", "communities") and rx.search(r"\b(?:of|among|by|with|against)\s+the\s+$", before):
            return None  # "a woman of the Hmar community", "attacks against the Tiv community": people, not a village
        strong_before = _STRONG_BEFORE.search(before[-30:]) or _LIST_BEFORE.search(text[max(0, start - 90):start])
        if feature is None and strong_before and strong_before.re is _STRONG_BEFORE and strong_before.group(1):
            feature = _singular(strong_before.group(1).lower())  # "the oil-rich province of Deir el-Zour"
        toponymic = (j > i and any(t.key in _PARTICLES for t in toks[i:j + 1])) or bool(
            rx.search(r"(?:abad|pur|kot|garh|stan|shahr|nagar|khel|zai)$", toks[j].key))
        locative = rx.search(r"\b(?:in|at|near|outside)\s+$|\b(?:north|south|east|west|centre|center|outskirts|heart|"
                             r"edge|part)s?\s+of\s+$", before, re.IGNORECASE) or (
            rx.search(r"\b(?:in|at|near)\s+(?-i:[A-Z])[\w'’-]+(?:\s(?-i:[A-Z])[\w'’-]+)?\s+and\s+$", before, re.IGNORECASE)
            and rx.match(r"\s+in\s", text[end:end + 4]))  # "at Oregha and Egborodo in Uvwie ...": the pair's second
        # "taken to Beledwyne", "fled from Kismayu": a movement's end points, evidence enough for a slip
        moving = locative or rx.search(r"\b(?:to|from|into|towards?)\s+$", before, re.IGNORECASE)
        near = rx.search(r"\b(?:near|outside|nearby\s+town\s+of)\s+$", before) or rx.search(
            # "on farmland south of Ltamenah", "25 km north-west of Kafr Zita": a place others are found by
            r"(?<!\bthe\s)\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+$", before)
        if not locative and self._place_possessive(before):
            locative = True  # "Karachi's Lyari": a part of a known place
        if not locative and i == j and self._listed_after_place(text, start):
            locative = True  # "hit Rastan, Talbiseh and Zafaraniyeh": a list of places
        # "in Mir Ali, North Waziristan", "from Chibok, Borno State": a larger known place follows
        parent_follows = bool(locative) and self._larger_place_follows(text, end)
        outskirts = bool(locative) and rx.match(r",\s+(?:on\s+the\s+outskirts\s+of|near|outside|just\s+outside)\s+",
                                                 text[end:end + 40])
        fuzzy = self.gaz.fuzzy_candidates(text[start:toks[j].end]) if (
            moving or strong_before or feature or len(normalise(text[start:toks[j].end])) >= 8) else []
        if fuzzy and moving and not (locative or strong_before or feature):
            # after "to"/"from" alone, a slip must be of a place in a country the article has named
            named = {p.country for m in self._raw for p in m.candidates if p.feature == "country"} | set(self._demonym_cc)
            variant = {p.gazetteer_id for p in self.gaz.skeleton_candidates(text[start:toks[j].end])}
            fuzzy = [p for p in fuzzy if p.country in named or p.gazetteer_id in variant]
        if fuzzy and not (moving or strong_before or feature):
            # a long name one slip from a region or a large city ("Chhatisgarh police"), or another
            # transliteration of a town ("took Qalaat al-Madiq" for Qal'at al Madiq)
            variant = {p.gazetteer_id for p in self.gaz.skeleton_candidates(text[start:toks[j].end])} \
                if toponymic and _TAKEN_BEFORE.search(before) else set()
            fuzzy = [p for p in fuzzy if p.feature in ("region", "country") or p.population >= 500_000
                     or p.gazetteer_id in variant]
        if not fuzzy and (locative or strong_before) and j == i and len(toks[i].key) == 5:
            fuzzy = self._near_spellings(toks[i].key, {p.country for m in self._raw for p in m.candidates[:1]}
                                         | set(self._demonym_cc))  # "in Sanna", "towns of Bama and Gowza": one slip
        # a name shaped like a South Asian or Persian place name ("Sarojini Nagar", "Paharganj") after any
        # locative word ("struck", "the Main Bazaar of")
        toponymic_place = (toponymic and (locative or _TAKEN_BEFORE.search(before))) or (
            rx.search(r"(?:abad|pur|pura|puri|kot|garh|shahr|nagar|ganj|gunj|bagh|mandi)$", toks[j].key)
            and _LOCATIVE_BEFORE.search(before[-45:]))
        # "al-Jazira (also known as Siba Sheikh Khidir)": another name of the place just named (not of a
        # person: "president Ahmed Islam, known as Madobe")
        named_as = (_NAMED_AS_BEFORE.search(before) and self._raw and self._raw[-1].end >= start - 30
                    and not any(p.feature == "country" for p in self._raw[-1].candidates))
        # "invaded Nghar, Xland, Kura Falls and Gana-Ropp villages", "in Guma and Logo local government areas": names
        # listed before their plural unit word
        listed = rx.match(r"(?:\s*,\s*(?:and\s+)?[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?)*(?:\s*,?\s+and\s+[A-Z][\w'’-]+"
                          r"(?:[\s-][A-Z][\w'’-]+)?)?\s+(villages|towns|communities|settlements|hamlets|districts|"
                          r"local\s+government\s+areas|LGAs)\b", text[end:end + 120])
        if feature is None and listed and (listed.group(0).count(",") or " and " in listed.group(0) or i == j
                                           or " " not in surface):  # (one word, hyphenated: "Gana-Ropp villages")
            feature = "district" if rx.match(r"(?:districts|local|LGAs)", listed.group(1)) else "village"
        # "stormed Darul Jamal, a recently resettled community in Bama district": a place by apposition
        if feature is None and rx.match(r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:village|town|community|settlement|hamlet|"
                                        r"market\s+town|farming\s+community|fishing\s+village)\b", text[end:end + 80]):
            feature = "village"
        # "stormed two schools in Kuriga at about 8 a.m.", "bombarded positions around Hakurk": an unknown name
        # the scene is put in, in a sentence telling an incident, is a village the gazetteer lacks
        # ("reported from north Kashmir's Tangmarg, where five were killed": a part of a known place)
        owned = bool(self._place_possessive(before) and rx.search(
            r"\b(?:in|at|from|near)\s+(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
            r"(?:north|south)-?(?:east|west)(?:ern)?)\s+)?(?-i:[A-Z])[\w-]+['’]s\s+$", before, re.IGNORECASE))
        scene = (bool(rx.search(r"\b(?:in|at|around)\s+$", before)) or owned) and j - i <= 1 and len(toks[i].key) >= 4 \
            and not any(t.allcaps or t.key in lower_words or not t.cap for t in toks[i:j + 1]) \
            and (i == j or not any(self.gaz.demonym(t.text) or t.key in INSTITUTION_WORDS
                                   or t.key in _COMMON_CAPITALISED or t.key in _NOT_VILLAGE_END for t in toks[i:j + 1])) \
            and not self._sentence_start(text, start) \
            and not rx.match(r"\s*['’(]|\s+(?:[A-Z]|of\b|and\s+[A-Z])", text[end:end + 8]) \
            and bisect.bisect_left(self._trigger_starts, start + (200 if owned else 0)) > bisect.bisect_left(
                self._trigger_starts, start - 160)
        # "fighting took place in Nushur, Al-Saifi and Al-Ammar": names listed after a scene share its evidence
        if not scene and (j == i or j == i + 1 and toks[i].key in ("al", "el", "ad", "ar", "as", "ash", "at", "az")) \
                and len(toks[j].key) >= 4 and self._listed_after_place(text, start) and text[start - 1:start] != "(" \
                and not rx.match(r"\s+(?!(?:and|or|in|on|at|near|where|which|were|was|had|have|are|is|to|from|as)\b)[a-z]",
                                 text[end:end + 12]) \
                and normalise(surface) not in self._persons and not rx.search(
                    r"\b(?:al-|el-|President\s+|Bashar\s+|Mr\.?\s+|Gen\.?\s+)" + re.escape(toks[j].text) + r"\b", text) \
                and self._raw[-1].evidence and not any(t.allcaps or t.key in lower_words or not t.cap for t in toks[i:j + 1]) \
                and not any(self.gaz.demonym(t.text) or t.key in INSTITUTION_WORDS or t.key in _COMMON_CAPITALISED
                            for t in toks[i:j + 1]) \
                and bisect.bisect_left(self._trigger_starts, start) > bisect.bisect_left(self._trigger_starts, start - 160):
            scene = True
        # "took Bariire, about 45 kilometres west of the capital": a name whose distance from another is given
        distance_after = bool(rx.match(r",\s+(?:about|some|around|roughly|nearly|almost|just)?\s*\d+(?:\.\d+)?\s*"
                                       r"(?:km|kms|kilomet(?:er|re)s?|miles)\b", text[end:end + 40]))
        if feature is None and not strong_before and not toponymic_place and not near and not named_as \
                and not parent_follows and not outskirts and not fuzzy and not scene and not distance_after:
            return None
        if nxt is not None and nxt.cap and nxt.key in _NAME_FEATURES and _gap_ok(text, toks[j], nxt):
            end = nxt.end
            surface = text[start:end]
        lookup = text[start:name_end]
        if named_as and not fuzzy and not feature:
            same = self._raw[-1]  # another name of the place just named: looked up, and placed, as that place
            return Mention(start, end, surface, same.lookup, evidence=True, feature_word=same.feature_word,
                           candidates=list(same.candidates), fuzzy=same.fuzzy)
        return Mention(start, end, surface, lookup, evidence=True, feature_word=feature,
                       candidates=fuzzy, fuzzy=bool(fuzzy))

    def _near_spellings(self, key: str, countries: set[str] = frozenset()) -> list[Place]:
        """Notable places one edit (deletion, insertion, substitution, transposition) from a
        five-letter word; the gazetteer's own fuzzy look-up starts at six letters. Big cities anywhere; and,
        in the countries the article has named, towns two of whose letters were swapped ("Gowza" for Gwoza)."""
        letters = "abcdefghijklmnopqrstuvwxyz"
        variants = {key[:i] + key[i + 1:] for i in range(len(key))}
        variants |= {key[:i] + key[i + 1] + key[i] + key[i + 2:] for i in range(len(key) - 1)}
        variants |= {key[:i] + c + key[i:] for i in range(len(key) + 1) for c in letters}
        variants |= {key[:i] + c + key[i + 1:] for i in range(len(key)) for c in letters}
        variants.discard(key)
        swaps = {key[:i] + key[i + 1] + key[i] + key[i + 2:] for i in range(1, len(key) - 1)} - {key}
        found = []
        for v in variants:
            for p in self.gaz.candidates(v):
                if p.feature == "city" and normalise(p.name) == v and (
                        p.population >= 500_000 or v in swaps and p.country in countries and p.population >= 10_000):
                    found.append(p)
        return found

    def _larger_place_follows(self, text: str, end: int) -> bool:
        """True when a known larger place, or a bearing from a known place, follows the name: "in Mir Ali,
        North Waziristan", "at Silda in West Bengal's West Midnapore", "at Janaale in the Lower Shabelle
        region", "at Leego, northwest of Mogadishu"."""
        after = text[end:end + 60]
        pair = rx.match(r"\s+and\s+[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?(?=\s+in\s)", after)
        if pair:
            after = text[end + pair.end():end + pair.end() + 60]  # "at Oregha and Egborodo in Uvwie Local Government Area"
        m = rx.match(r",\s+((?:[A-Z][\w'’-]+\s?){1,3})", after) or rx.match(
            r"\s+in\s+(?:the\s+)?((?:[A-Z][\w-]+\s?){1,3}?)(?:['’]s\b|\s+(?:region|province|state|district|"
            r"governorate|county)\b|(\s+(?i:local\s+government|lga)\b)|[,.;])", after)
        if m and m.lastindex == 2:
            return True  # "in Uvwie Local Government Area": the text names the unit, known or not
        if m:
            name = m.group(1).strip()
            name = rx.sub(r"\s+(?:State|Province|District|Region|Governorate)$", "", name)
            if any(p.feature in ("region", "district", "country") for p in self.gaz.candidates(name)):
                return True
        b = rx.match(r",?\s+(?:(?:about|some|around)\s+)?(?:\d+\s*(?:km|kms|kilomet(?:er|re)s|miles)\s+(?:\(\d+\s*\w+\)\s+)?)?"
                     r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+"
                     r"(?:the\s+(?:city|town|capital)\s+of\s+)?((?:[A-Z][\w'’-]+\s?){1,3})", after)
        if b:
            name = b.group(1).strip()
            # a bearing from any known town: "in Azam Warsak, west of Wana" (a town of two thousand)
            return any(self._notable_place(p) or p.feature in ("city", "district", "region")
                       for p in self.gaz.candidates(name))
        return False

    def _is_dateline(self, text: str, toks: list[_Tok], i: int, j: int) -> bool:
        start = toks[i].start
        line_start = text.rfind("\n", 0, start) + 1
        lead = text[line_start:start]
        if lead.strip() and not rx.fullmatch(r"[A-Z][A-Z .'’-]*/|[A-Z][A-Z .'’-]+,\s*", lead):
            # "WASHINGTON/BEIRUT (Reuters)": both cities open the line; "ERBIL, Kurdistan Region -": the dateline's
            # region is part of it; "NARAYANPET (MAHBUBNAGAR), Aug. 15:": so is the district in brackets
            return bool(rx.fullmatch(r"[A-Z][A-Z .'’-]+\(", lead) and toks[j].allcaps
                        and rx.match(r"\)\s*,", text[toks[j].end:toks[j].end + 5]))
        after = text[toks[j].end:toks[j].end + 40]
        if not toks[i].allcaps and rx.match(r"\s*,", after):
            # "Kandahar, Aug 13 (AFP) -", "Kano, Nigeria -", but not "Kandahar, the country's second-largest city,
            # fell" or "Al-Sadr, who had backed the protests": a sentence opening with a name
            return bool(rx.match(r"\s*,\s*(?:[A-Z][a-z]{2,9}\.?\s+\d|\d|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*"
                                 r"(?:\(|[-—–:]|,\s*(?:[A-Z][a-z]{2,9}\.?\s+\d|\d)))", after))
        return bool(rx.match(r"\s*(?:,|\(|—|–|-{1,2}\s|:|/[A-Z])", after))

    @staticmethod
    def _name_before(text: str, pos: int) -> bool:
        """True when a capitalised word other than a preposition ("In", "At") ends just before ``pos``."""
        word = rx.search(r"(?<![\w'’])[A-Z][\w'’]*\s$", text[max(0, pos - 25):pos])
        return word is not None and word.group(0).strip().lower() not in (
            "in", "at", "on", "near", "from", "to", "outside", "inside", "across", "around")

    @staticmethod
    def _sentence_start(text: str, pos: int) -> bool:
        before = text[max(0, pos - 4):pos]
        # a hyphen inside a word ("Tehreek-i-Taliban") opens nothing; a dash between spaces may
        # ("\nIn Jalalabad": a word before the name opens the line, not the name)
        return pos == 0 or bool(rx.search(r"(?:[.!?:\"“”—–]\s*|-\s+|\n\W*)$", before))

    @staticmethod
    def _notable_place(p: Place) -> bool:
        return (p.feature in ("country", "region") or p.feature == "city" and p.population >= 100_000
                or p.feature == "district" and p.population >= 300_000)

    def _notable(self, m: Mention) -> bool:
        return not m.fuzzy and any(self._notable_place(p) for p in m.candidates)

    # ------------------------------------------------------------------ resolution
    def resolve(self, mentions: list[Mention], demonyms: Counter, geocoder: Any = None) -> Context:
        """Resolve every mention in place, with the article's context; return the context."""
        ctx = Context()
        weights: Counter = Counter()
        # "Niger State" ... "Niger": a name the article gives with a state or province word is
        # that unit wherever it appears bare in the same article, and names no country there
        units = {normalise(m.lookup): m.feature_word for m in mentions
                 if m.feature_word in ("state", "province", "governorate")}
        for m in mentions:
            if m.feature_word is None and normalise(m.lookup) in units:
                m.feature_word = units[normalise(m.lookup)]
        for m in mentions:
            if normalise(m.lookup) in units:
                continue
            if any(p.feature == "country" for p in m.candidates) and len(m.candidates) <= 2:
                cc = next(p.country for p in m.candidates if p.feature == "country")
                weights[cc] += 3.0 if m.dateline else 1.0
        for cc, n in demonyms.items():
            weights[cc] += 0.5 * n
        ctx.countries = dict(weights)
        self._stated = [cc for cc, _ in weights.most_common(3)]  # countries the text itself names
        # first pass: names with a notable reading, in order; second pass: the rest, with points
        first = [m for m in mentions if self._notable(m)]
        rest = [m for m in mentions if not self._notable(m)]
        cache: dict[tuple[str, str | None], Place | None] = {}
        for group in (first, rest):
            for m in group:
                key = (normalise(m.lookup), m.feature_word)  # "Kandahar" the city, "Kandahar province"
                if key not in cache:
                    cache[key] = self._resolve_one(m, ctx, geocoder)
                    p = cache[key]
                    if p is not None and p.country and not is_landscape(m):  # a sea's point says nothing
                        if p.feature != "country":
                            ctx.points.append((p.lat, p.lon))
                            if p.admin1:
                                ctx.admin1[(p.country, p.admin1)] = ctx.admin1.get((p.country, p.admin1), 0) + 1
                        ctx.countries[p.country] = ctx.countries.get(p.country, 0.0) + 0.5
                m.place = cache[key]
        self._reread(mentions, ctx, cache, geocoder)
        self._in_named_province(mentions, ctx)
        self._said_to_lie_in(mentions, ctx)
        self._same_name_misspelt(mentions, unplaced_only=True)  # ("of Dantewda district": a slip known before the
        # places said to lie in it are placed)
        self._approximate(mentions, ctx)
        self._same_name_misspelt(mentions)
        return ctx

    def _reread(self, mentions: list[Mention], ctx: Context, cache: dict, geocoder: Any) -> None:
        """A name read before the places around it were known ("Bijapur" in a title, before
        "Chhattisgarh" and "Narayanpur") is read again with every other place of the article
        as its context; when that changes the reading, the article's context follows."""
        seen: set[tuple[str, str | None]] = set()
        for m in sorted(mentions, key=lambda x: x.start):
            key = (normalise(m.lookup), m.feature_word)
            p = cache.get(key)
            if key in seen or p is None or len(m.candidates) < 2 or m.fuzzy or is_landscape(m):
                continue
            seen.add(key)
            if p.feature == "country" or all(haversine_km(p.lat, p.lon, c.lat, c.lon) <= 100.0
                                             for c in m.candidates if c.feature != "country"):
                continue  # every reading lies near the one taken: none can be clearly nearer the others
            others = Context(countries=dict(ctx.countries), admin1=dict(ctx.admin1), points=list(ctx.points))
            if p.country and (p.lat, p.lon) in others.points:
                # (the same name may stand under another key, "Bijapur" and "Bijapur district")
                n_own = others.points.count((p.lat, p.lon))
                others.points = [pt for pt in others.points if pt != (p.lat, p.lon)]
                if p.admin1 and (p.country, p.admin1) in others.admin1:
                    others.admin1[(p.country, p.admin1)] -= n_own
            if p.country:
                others.countries[p.country] = others.countries.get(p.country, 0.0) - 0.5
            if not others.points:
                continue
            far = min(haversine_km(p.lat, p.lon, a, b) for a, b in others.points)
            if far <= 100.0:
                continue  # a reading already near the article's other places cannot be bettered by 100 km
            q = self._resolve_one(m, others, geocoder, spelling=False)  # (the first reading weighed spellings)
            if q is None or q.gazetteer_id == p.gazetteer_id or q.feature == "country" \
                    or min(haversine_km(q.lat, q.lon, a, b) for a, b in others.points) + 100.0 >= far:
                continue  # only a reading clearly (100 km) nearer the other places replaces the first
            cache[key] = q
            for n in mentions:
                if (normalise(n.lookup), n.feature_word) == key:
                    n.place = q
            others.countries[q.country] = others.countries.get(q.country, 0.0) + 0.5
            if q.country and q.feature != "country":
                others.points.append((q.lat, q.lon))
                if q.admin1:
                    others.admin1[(q.country, q.admin1)] = others.admin1.get((q.country, q.admin1), 0) + 1
            ctx.countries, ctx.admin1, ctx.points = others.countries, others.admin1, others.points

    def _said_to_lie_in(self, mentions: list[Mention], ctx: Context) -> None:
        """A town the text says lies in a district ("Fathepur, a village in Jhal Magsi district", "Matta tehsil of
        Swat") is there: a namesake far from the district gives way to one near it, or, with none known, to the
        district's point."""
        if not self._text:
            return
        ordered = sorted(mentions, key=lambda x: x.start)
        for m, n in zip(ordered, ordered[1:]):
            p, unit = m.place, n.place
            if p is None or unit is None or unit.feature != "district" or p.feature not in ("city", "other") \
                    or unit.gazetteer_id.startswith("near:") or p.gazetteer_id.startswith("near:") or is_landscape(m):
                continue
            between = self._text[m.end:n.start]
            # ("Matta tehsil of Swat": a subdivision of the district named)
            if not (rx.fullmatch(r"(?:,\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:village|town|hamlet|settlement|locality|community)|"
                                 r"\s+(?:village|town))\s+(?:in|of)\s+(?:the\s+)?", between)
                    and rx.match(r"\s+(?:district|local\s+government|lga)\b", self._text[n.end:n.end + 20], re.IGNORECASE)
                    or rx.fullmatch(r"\s+(?:tehsil|tahsil|sub-?division|sub-?district|taluka?|mandal)\s+(?:in|of)\s+(?:the\s+)?",
                                    between, re.IGNORECASE)):
                continue
            if haversine_km(p.lat, p.lon, unit.lat, unit.lon) <= 100:
                continue
            near = [c for c in m.candidates if haversine_km(c.lat, c.lon, unit.lat, unit.lon) <= 100]
            m.place = self.gaz.rank(near, ctx, name=m.lookup)[0] if near else Place(
                f"near:{unit.gazetteer_id}", m.lookup, unit.lat, unit.lon, unit.country, unit.admin1, "city", 0, 2)
            for o in mentions:
                if o is not m and o.place is not None and o.place.gazetteer_id == p.gazetteer_id:
                    o.place = m.place  # the same name (or spelling) elsewhere in the article

    def _in_named_province(self, mentions: list[Mention], ctx: Context) -> None:
        """A town followed by its province ("Crawford, Texas", "Owo, Ondo State") lies in that province:
        a namesake elsewhere gives way to one there, or, with none known, to the province's point."""
        if not self._text:
            return
        ordered = sorted(mentions, key=lambda x: x.start)
        for k, (m, n) in enumerate(zip(ordered, ordered[1:])):
            p, region = m.place, n.place
            # a list of places ("Maiduguri, Kano, Yobe and Borno") is no town and its province
            listed = (k > 0 and rx.fullmatch(r",\s*", self._text[ordered[k - 1].end:m.start])
                      or rx.match(r"(?:,\s*|\s+and\s+|\s+or\s+)[A-Z]", self._text[n.end:n.end + 8]))
            if (p is None or region is None or region.feature != "region" or p.feature not in ("city", "district", "other")
                    or listed
                    or is_landscape(m) or not region.gazetteer_id.startswith("gn:") or region.admin1 != region.name
                    or p.country == region.country and p.admin1 == region.admin1
                    or not rx.fullmatch(r",\s*", self._text[m.end:n.start])):
                continue
            inside = [c for c in m.candidates if c.country == region.country and c.admin1 == region.admin1]
            m.place = self.gaz.rank(inside, ctx, name=m.lookup)[0] if inside else Place(
                f"near:{region.gazetteer_id}", m.lookup, region.lat, region.lon, region.country, region.admin1,
                "city", 0, 3)

    @staticmethod
    def _same_name_misspelt(mentions: list[Mention], unplaced_only: bool = False) -> None:
        """A name the gazetteer lacks, spelt two ways in one article ("Burkapal" ... "Burakpal"), is one
        place: the slip takes the point and the name of the spelling that was placed. So does a slip the
        gazetteer's fuzzy look-up placed elsewhere ("Faizbad" beside "Faizabad")."""
        ordered = sorted(mentions, key=lambda x: x.start)
        for k, m in enumerate(ordered):
            if m.place is not None and (unplaced_only or not m.place.gazetteer_id.startswith("near:") and not m.fuzzy):
                continue
            key = normalise(m.lookup)
            if len(key) < 4:
                continue
            for n in ordered[:k] + ordered[k + 1:]:
                other = normalise(n.lookup)
                if other == key or n.place is None or not (n.evidence or n.feature_word or n.dateline):
                    continue
                if m.fuzzy and m.place is not None and (n.fuzzy or n.place.gazetteer_id.startswith("near:")):
                    continue
                if len(key) == 4 and not (len(other) == 5 and _one_edit_apart(key, other)):
                    continue  # a four-letter name only as a letter dropped ("Jilb" for "Jilib")
                if _one_edit_apart(key, other) or key.replace(" ", "") == other.replace(" ", "") \
                        or rx.sub(r"(.)\1", r"\1", key) == rx.sub(r"(.)\1", r"\1", other):
                    if n.start < m.start or m.place is None or m.fuzzy:  # (the first spelling names the place)
                        m.place, m.lookup = n.place, n.lookup
                    break

    def _approximate(self, mentions: list[Mention], ctx: Context) -> None:
        """Places the gazetteer lacks (or only knows abroad) that the text calls places are put
        at the place they are said to be in ("the Sukkari neighbourhood of Aleppo"), else at the
        place last named before them, with district precision: how ACLED codes a village it
        cannot find."""
        # the countries the text names, and those its places lie in ("Assam" and "Guwahati" in a text that
        # names only Bangladesh as a country are in India)
        ranked = [cc for cc, w in sorted(ctx.countries.items(), key=lambda kv: -kv[1]) if w >= 1.5][:3]
        dateline_cc = [m.place.country for m in mentions if m.dateline and m.place is not None and m.place.country]
        top = list(dict.fromkeys([*self._stated, *dateline_cc[:1], *ranked]))
        ordered = sorted(mentions, key=lambda x: x.start)
        linked: dict[str, Place] = {}  # names said to lie in or near a known place, by their first such saying
        guessed: set[int] = set()  # (ids of) names put at the place last named before them
        for m, ref in zip(ordered, ordered[1:]):
            if m.fuzzy and m.place is not None and ref.place is not None and ref.place.feature in ("district", "region") \
                    and self._text and rx.fullmatch(r"\s+in\s+(?:the\s+)?", self._text[m.end:ref.start]) \
                    and haversine_km(m.place.lat, m.place.lon, ref.place.lat, ref.place.lon) > 300:
                m.place, m.evidence = None, True  # "near Gangalur in Bijapur district": no Gangapur 900 km away
        for k, m in enumerate(ordered):
            p = m.place
            sub_city = (m.feature_word or "") in ("district", "neighbourhood", "neighborhood", "suburb", "square", "area",
                                                  "road", "street", "avenue", "chowk")
            foreign_area = (p is not None and p.feature in ("region", "district") and not m.dateline
                            and top and p.country not in top
                            and all(haversine_km(p.lat, p.lon, a, b) > 400 for a, b in ctx.points if (a, b) != (p.lat, p.lon)))
            if p is not None and top and not p.gazetteer_id.startswith("alias:") and not is_landscape(m) and (
                    p.country not in top and (not self._notable(m) or sub_city or not m.dateline and p.feature == "city"
                                              and not self.gaz.own_name(p, m.lookup)
                                              # "the village of Hyderabad in Gereskh district": no city abroad
                                              or (m.feature_word or "") in ("village", "hamlet"))
                    or foreign_area):
                m.place = None  # a small namesake abroad is a worse guess than none (and a city abroad that only
                # goes by the name too: "the gas plant at Sui" is no Suizhou)
            elif p is not None and self._text and p.feature != "country" and not is_landscape(m):
                # "Taza, about 20 km (12 miles) south of Kirkuk": a namesake far from the place it is said to be
                # near is the wrong one
                bearing = _BEARING_AFTER.match(self._text, m.end)
                ref = ordered[k + 1] if k + 1 < len(ordered) else None
                if bearing and ref is not None and ref.start == bearing.end() and ref.place is not None \
                        and ref.place.feature != "country":
                    km = float(bearing.group("n")) * (1.609 if bearing.group("unit").startswith("mile") else 1.0)
                    if haversine_km(p.lat, p.lon, ref.place.lat, ref.place.lon) > max(150.0, 3 * km):
                        m.place, m.evidence = None, True
            if m.place is not None or not (m.evidence or m.feature_word) or is_landscape(m):
                continue
            parent = None
            # "the village of Balyun, in the Jabal al-Zawiya area south of the city of Idlib": each unknown
            # name is said to lie in the next, until one the gazetteer knows
            anchor, steps = m, 0
            while parent is None and steps < 3:
                steps += 1
                link = None
                for later in ordered[ordered.index(anchor) + 1:ordered.index(anchor) + 3]:
                    gap = self._text[anchor.end:later.start] if self._text else ""
                    if later.place is not None and top and later.place.country not in top:
                        # (a name placed earlier in the article, not its namesake abroad: "in Chirang district")
                        later_place = next((o.place for o in ordered[:ordered.index(later)] if o.place is not None
                                            and o.place.feature != "country" and (not top or o.place.country in top)
                                            and normalise(o.lookup) == normalise(later.lookup)), None)
                        if later_place is not None:
                            later.place = later_place
                    if rx.search(r"\b(?:officials|police|sources|residents|authorities|witnesses|spokesm[ae]n|officers|"
                                 r"army|military|government|ministry|embassy|diplomats)\s+(?:in|of)\s+(?:the\s+)?$", gap):
                        break  # "reached Tarrem, officials in New Delhi said": where the speakers are
                    inside = len(gap) < 80 and bool(_DISTANCE_FROM.fullmatch(gap)) or len(gap) < 45 and (
                        rx.search(r"\b(?:of|in|near|outside)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", gap)
                        # "at Anthihara, on the Kokrajhar–Gossaigaon road": a place on a road from a town
                        or rx.fullmatch(r"\s*,?\s+on\s+the\s+", gap) and self._text is not None and rx.match(
                            r"(?:\s*[–—-]\s*(?-i:[A-Z])[\w'’-]+)?\s+(?:road|highway)\b", self._text[later.end:later.end + 40],
                            re.IGNORECASE)
                        or rx.fullmatch(r"\s*,\s*", gap) and (later.place is None or later.place.feature in (
                            "region", "district") or (
                            # "St Finbarr's Church in Rayfield, Jos, during Mass": a quarter and its city (not a list)
                            later.place.feature == "city" and later.place.population >= 100_000 and self._text
                            and not rx.match(r"\s*(?:,\s*(?:and\s+)?(?-i:[A-Z])|and\b|or\b|&)",
                                             self._text[later.end:later.end + 30]))))
                    if not inside:
                        continue
                    if later.place is not None and later.place.feature != "country" and (
                            not top or later.place.country in top or any(
                                # "near Ahmad Wal in the Balochistan province of Pakistan": the country said with it
                                c.place is not None and c.place.feature == "country" and c.place.country == later.place.country
                                and 0 <= c.start - later.end <= 30 for c in ordered)):
                        parent = later.place
                        # "Burkapal village in Chhattisgarh's Sukma district": the district the state owns
                        idx = ordered.index(later)
                        nxt = ordered[idx + 1] if idx + 1 < len(ordered) else None
                        if nxt is not None and nxt.place is not None and nxt.place.feature != "country" and self._text \
                                and rx.fullmatch(r"['’]s\s+", self._text[later.end:nxt.start]):
                            parent = nxt.place
                    elif later.place is None and (later.evidence or later.feature_word) and not is_landscape(later):
                        link = later
                    break
                if link is None:
                    break
                anchor = link
            if parent is None and k > 0 and self._text:
                # "north Kashmir's Tangmarg", "Chhattisgarh's Sukma": the place whose name owns it
                owner = ordered[k - 1]
                if owner.place is not None and owner.place.feature in ("country", "region", "district") \
                        and rx.fullmatch(r"['’]s\s+", self._text[owner.end:m.start]):
                    parent = owner.place
            said = parent is not None
            if parent is None:
                # "in Hayatbad, on the outskirts of the city": the city last named
                city = bool(rx.match(r",?\s+(?:on\s+the\s+(?:outskirts|edge)\s+of|in|near|outside)\s+the\s+"
                                     r"(?:provincial\s+|regional\s+)?(?:city|town|capital)\b", self._text[m.end:m.end + 50]))
                city = city or m.text.endswith(" Town")  # "Abbas Town", "Satellite Town": a quarter of a city
                # "at Khadezai, in the upper part of the agency": the unit last named of that kind
                # ("Koto village of the same district")
                unit = rx.match(r",?\s+(?:(?:village|town)\s+)?(?:in|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                                r"(?:(?:part|corner|end|reaches)\s+of\s+)?the\s+(?:same\s+)?"
                                r"(agency|district|province|state|region|governorate)\b", self._text[m.end:m.end + 70])
                want = None if unit is None else ("district",) if unit.group(1) in ("agency", "district") else ("region",)
                for kinds in ((want, None) if want else (None,)):  # (a unit of that kind, else the place last named)
                    for prev in reversed(ordered[:k]):
                        if prev.place is not None and prev.place.feature != "country" and (
                                not top or prev.place.country in top) and (not city or prev.place.feature == "city") \
                                and (kinds is None or prev.place.feature in kinds):
                            parent = prev.place
                            break
                    if parent is not None:
                        break
            if parent is None:
                continue
            feature = {"district": "district", "neighbourhood": "district", "neighborhood": "district",
                       "suburb": "district", "village": "city", "town": "city", "community": "city",
                       "communities": "city", "local government": "district", "sector": "district",
                       "sectors": "district", "area": "district", "province": "region", "region": "region",
                       "state": "region", "governorate": "region"}.get(m.feature_word or "", "other")
            m.place = Place(f"near:{parent.gazetteer_id}", m.lookup, parent.lat, parent.lon, parent.country,
                            parent.admin1, feature, 0, 2)
            if said:
                linked.setdefault(normalise(m.lookup), m.place)
            else:
                guessed.add(id(m))
            if feature == "city":
                # "near the village of Hyderabad in Gereskh district ... compounds in Hyderabad": the same
                # village, not the city abroad
                for o in ordered:
                    if o is not m and normalise(o.lookup) == normalise(m.lookup) and o.place is not None \
                            and top and o.place.country not in top and not o.dateline:
                        o.place = m.place
        for m in ordered:
            # "at the village of Kheli Hama, near Halabja" ... "retook Kheli Hama": where the text said it lies,
            # not the place named last before each later mention (nor nowhere, in a headline before it)
            said_place = linked.get(normalise(m.lookup)) if linked else None
            if said_place is not None and (m.place is None and (m.evidence or m.feature_word) and not is_landscape(m)
                                           or id(m) in guessed):
                m.place = said_place

    def _resolve_one(self, m: Mention, ctx: Context, geocoder: Any, *, spelling: bool = True) -> Place | None:
        """The place ``m`` names in context; with ``spelling``, a one-slip spelling of a place in the
        article's countries may stand in for a small exact namesake abroad."""
        cands = m.candidates
        if is_landscape(m):
            # "the Red Sea" is the sea, not Sudan's Red Sea state
            cands = [p for p in cands if p.feature == "other"] or cands
        if m.feature_word in ("district", "province", "region", "state", "governorate", "valley", "agency"):
            want = {"district": ("district",), "province": ("region",), "region": ("region", "district"),
                    "state": ("region",), "governorate": ("region",), "valley": ("region", "district"),
                    "agency": ("district", "region")}[m.feature_word]
            typed = [p for p in cands if p.feature in want]
            if not typed:
                # "Hodeida province": the gazetteer knows the spelling only for the city; the province goes by
                # the city's own name ("Al Hudaydah")
                typed = [q for p in cands if p.feature == "city" for q in self.gaz.candidates(p.name)
                         if q.feature in want and q.country == p.country and _bare(q.name) == _bare(p.name)]
            if typed:
                cands = typed
        elif m.feature_word in ("city", "town", "village", "camp"):
            typed = [p for p in cands if p.feature == "city"]
            if typed:
                cands = typed
        key = normalise(m.lookup)
        ranked_cc = [cc for cc, _ in sorted(ctx.countries.items(), key=lambda kv: -kv[1])]
        own = [p for p in cands if normalise(p.name) == key]
        if own and (not ranked_cc or any(p.country in ranked_cc[:3] for p in own)) and (
                max(p.population for p in own) >= 1000
                or max(self.gaz.prior(p) for p in own) >= max(self.gaz.prior(p, alternate=True) for p in cands)):
            # "Islamabad" is the capital, not a town that has it as an alternate name; but "Faizabad" is
            # Badakhshan's capital (Fayzabad) before a hamlet of that exact spelling and no known population
            cands = own
        if m.fuzzy:
            if ranked_cc:
                cands = [p for p in cands if p.country in ranked_cc[:2]]
            elif len({p.country for p in cands}) > 1:
                cands = []  # a misspelling that could be anywhere: leave it unresolved
        place = None
        if geocoder is not None and not m.fuzzy:
            place = self._geocode(geocoder, m.lookup, ranked_cc)
        if cands:
            best = self.gaz.rank(cands, ctx, name=m.lookup)[0]
            if (m.fuzzy and best.feature != "country" and best.population < 100_000 and ctx.points
                    and not (best.population >= 10_000 and adjacent_swap(key, normalise(best.name)))
                    and all(haversine_km(best.lat, best.lon, a, b) > 300 for a, b in ctx.points)):
                return None  # a slip read as a small town far from every place of the article: a guess too far (but
                # two letters swapped, "Gawdar" for Gwadar, is a typing slip of that very name)
            big = max((p for p in cands if p.feature == "city" and normalise(p.name) == key), key=lambda p: p.population,
                      default=None)
            if (best.feature == "city" and best.population < 50_000 and big is not None and big.population >= 150_000
                    and ranked_cc and best.country != ranked_cc[0] and not m.fuzzy):
                best = big  # "Geneva" in a report on Syria is the Swiss city, not a small US namesake
            # the geocoder sees only countries; with typed or point context prefer the ranking
            if place is None or (best.gazetteer_id != place.gazetteer_id and (ctx.points or len(cands) != len(m.candidates))):
                place = best
        if (spelling and place is not None and not m.fuzzy and ranked_cc and place.country not in ranked_cc[:2]
                and place.feature in ("city", "district") and place.population < 100_000
                and len(key.replace(" ", "")) >= 5):
            # "Mustang" in an article about Pakistan: a one-slip spelling of a place in the article's
            # country is a better reading than a small exact namesake far away
            near = [p for p in self.gaz.one_edit_candidates(m.lookup) if p.country in ranked_cc[:2]
                    and p.feature != "country"]
            if near:
                place = self.gaz.rank(near, ctx, name=m.lookup)[0]
        return place

    @staticmethod
    def _geocode(geocoder: Any, name: str, countries: list[str]) -> Place | None:
        try:
            loc = geocoder.geocode(name, exactly_one=True, country_codes=countries[:5] or None)
        except Exception:  # an online geocoder may fail; the gazetteer ranking still answers
            return None
        if loc is None:
            return None
        raw = getattr(loc, "raw", None) or {}
        try:
            return Place(str(raw.get("gazetteer_id") or f"geocoder:{name}"), str(raw.get("name") or name),
                         float(raw.get("lat", loc.latitude)), float(raw.get("lon", loc.longitude)),
                         str(raw.get("country") or ""), raw.get("admin1"), str(raw.get("feature") or "city"),
                         int(raw.get("population") or 0), int(raw.get("geo_precision") or 1))
        except (TypeError, ValueError, AttributeError):
            return None



#: Sites named after their city: an incident there is in the city.
_SITE_WORDS = frozenset({"university", "airport", "prison", "jail", "stadium", "polytechnic"})
#: The verb before a speaker's name, and the role in apposition after it: "said Sahibzada Anees, the city's
#: commissioner", "according to Ahmed Nur, a police officer".
_SPEAKER_NAMED = re.compile(r"\b(?:said|says|according\s+to|told\s+by|quoted)\s+$", re.IGNORECASE)
#: Languages whose names are also places' ("in Dari", "(Kurdish: ...)").
_LANGUAGES = frozenset("dari pashto pashtu urdu hausa somali kurdish arabic persian farsi punjabi sindhi balochi "
                       "kanuri yoruba igbo hindi bengali tamil kashmiri turkish aramaic syriac".split())
_ROLE_AFTER = re.compile(
    r",\s+(?:the|a|an|his|her|their)\s+(?:[\w'’.-]+\s+){0,5}?(?:commissioner|officials?|spokes(?:man|woman|person)|chief|"
    r"minister|governor|commander|officer|director|head|member|leader|resident|witness|doctor|inspector|"
    r"superintendent|administrator|mayor|elder|cleric|lawmaker|senator|activist|analyst|researcher|"
    r"survivor|teacher|student|shopkeeper|trader|farmer|driver|father|mother|brother|sister|son|daughter|"
    r"relative|neighbou?r|worker|employee|engineer|nurse|surgeon|journalist|reporter|secretary|adviser|"
    r"advisor|aide|deputy|councillor|councilor|chairman|president|colonel|general|major|captain|sergeant|"
    r"constable|cop|policeman|soldier)\b", re.IGNORECASE)


def _name_end(text: str, toks: list, j: int) -> int:
    """Where the capitalised run that token ``j`` belongs to ends."""
    k = j
    while k + 1 < len(toks) and toks[k + 1].cap and _gap_ok(text, toks[k], toks[k + 1]):
        k += 1
    return toks[k].end


def _bare(name: str) -> str:
    """A name without its Arabic article: "Al Fallūjah" and "Fallujah" are one name."""
    return rx.sub(r"^(?:al|el|ad|ar|as|an|ash|at|az)\s+", "", normalise(name))


def _singular(word: str) -> str:
    """'villages' -> 'village', 'cities' -> 'city', 'communities' -> 'community'."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def is_landscape(m: Mention) -> bool:
    """True for a sea, a mountain range, a line of control: a named feature, not a settlement."""
    return bool(_LANDSCAPE.fullmatch(m.text))


def _feature_of(m: re.Match) -> str:
    word = (m.group(1) or m.group(2) or "").lower()
    return rx.sub(r"\s+", " ", word)


def unresolved_end_index(toks: list[_Tok], m: Mention) -> int:
    """Index of the first token after mention ``m``."""
    for k, t in enumerate(toks):
        if t.start >= m.end:
            return k
    return len(toks)


def find_mentions(text: str, gazetteer: Gazetteer, geocoder: Any = None,
                  paras: list[Span] | None = None,
                  actors: list[ActorMention] | None = None,
                  trigger_starts: list[int] | None = None) -> tuple[list[Mention], Context]:
    """Detect and resolve the place mentions of an article (``actors``, ``trigger_starts``: the
    lexicon's actor mentions and event-trigger offsets of the text, when the caller has them already)."""
    finder = MentionFinder(gazetteer)
    mentions, demonyms = finder.find(text, paras, actors, trigger_starts)
    ctx = finder.resolve(mentions, demonyms, geocoder)
    return mentions, ctx

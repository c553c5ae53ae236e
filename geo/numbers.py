"""Fatalities: how many people a sentence says were killed.

The count is the stated lower bound: "at least 30" is 30, "more than 40" is 40, "a dozen"
is 12. "Dozens", "scores", "hundreds", "thousands", "several", "many" and "a number of" state no
number and give none (hand coders leave such tolls blank). "No casualties", "nobody was killed" give 0. Injured or wounded
counts are never deaths. Several victim groups are summed ("two soldiers and three
civilians were killed" is 5). A count given as a total over several incidents ("a total of
at least 9", "altogether", "combined") is marked ``total`` so the caller can leave each
incident blank.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo import rx

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
         "seventy": 70, "eighty": 80, "ninety": 90}
_VAGUE = {"a dozen": 12, "dozen": 12, "dozens": None, "dozens of": None, "scores": None, "scores of": None,
          "hundreds": None, "hundreds of": None, "a hundred": 100, "thousands": None, "thousands of": None}

_WORD_NUMBER = (r"(?:(?:" + "|".join(_TENS) + r")(?:[-\s](?:" + "|".join(k for k in _UNITS if _UNITS[k] < 10 and k != "zero")
                + r"))?|" + "|".join(_UNITS) + r")")
NUMBER = (r"(?:\d{1,3}(?:,\d{3})+|\d+|" + _WORD_NUMBER + r"(?:\s+hundred)?|a\s+dozen|dozens(?:\s+of)?|scores\s+of|"
          r"hundreds(?:\s+of)?|thousands(?:\s+of)?|a\s+hundred)")
_QUAL = r"(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|roughly|some|up\s+to|as\s+many\s+as|" \
        r"an\s+estimated|a\s+total\s+of|a\s+further|another|the|all|between)\s+)*"

#: Nouns for people who can be killed (the head of "14 people", "three soldiers").
VICTIM = (r"(?:(?:(?!(?:after|before|weeks?|days?|months?|years?|hours?|minutes?|when|while|since|ago|were|was|had|have|"
          r"has|and|or)\b)[\"“”']?(?:[a-z-]+|[A-Z]\.(?:[A-Z]\.)+)[\"“”']?\s+(?:\([A-Z]{2,8}\)\s+)?){0,4}?(?:people|persons?|civilians?|soldiers?|troops|policem[ae]n|police(?:\s+officers?)?|"
          r"officers?|militants?|insurgents?|fighters?|rebels?|guards?|members?|children|child|women|woman|men|man|"
          r"students?|worshipp?ers?|villagers?|passengers?|pilgrims?|personnel|servicem[ae]n|marines?|"
          r"gunmen|attackers?|bombers?|terrorists?|suspects?|militiam[ae]n|recruits?|cadets?|workers?|"
          r"farmers?|shoppers?|residents?|protest[eo]rs?|demonstrators?|journalists?|tourists?|"
          r"engineers?|officials?|commanders?|leaders?|aides?|pupils|boys?|girls?|family\s+members|"
          r"relatives|others|jawans|peshmergas?|commandos?|cops|bandits|herders|Taliban|Shabaab|insurgents|hostages|"
          r"doctors?|nurses?|teachers?|pupils?|traders?|labou?rers?|miners?|guests|mourners|"
          r"worshippers|devotees|others|kids|infants|babies|peacekeepers|contractors|employees|"
          r"judges?|lawyers?|ministers?|constables?|inmates|prisoners?|detainees|staff|clerics?|imams?|priests?|"
          r"lawmakers?|politicians?|candidates?|supporters|troopers?|sailors?|airmen|pilots?|crew|medics|"
          r"paramedics|volunteers|activists?|drivers?|security\s+men|policewom[ae]n|non-?combatants|combatants|bystanders|"
          r"tribesm[ae]n|tribespeople|fishermen|herdsmen|shepherds|refugees|migrants|vendors|customers|spectators|fans|"
          r"voters|schoolchildren|schoolgirls|schoolboys|youths|Maoists|Naxal(?:ite)?s|jihadists|extremists|loyalists|"
          r"paramilitar(?:y|ies)|gendarmes|conscripts|guardsmen|patients|motorists|commuters|travell?ers|cadres|Houthis|"
          r"captains?|majors?|lieutenants?|colonels?|generals?|sergeants?|brigadiers?|subedars?|havildars?|"
          r"diplomats?|envoys?|ambassadors?|consuls?|cameram[ae]n|photographers?|reporters?|interpreters?|translators?|"
          r"bodyguards?|elders?|chiefs?|scholars?|businessm[ae]n|shopkeepers?|merchants?|porters?|"
          r"sons?|daughters?|brothers?|sisters?|fathers?|mothers?|husbands?|wife|wives|nephews?|nieces?|cousins?|"
          r"grandsons?|granddaughters?|grandchildren|grandfathers?|grandmothers?|uncles?|aunts?|"
          r"cooks?|waiters?|cleaners?|watchm[ae]n|gardeners?|servants?|maids?|chefs?|clerks?|tailors?|barbers?|"
          r"mechanics?|electricians?|accountants?|cashiers?|janitors?|caretakers?|widows?|widowers?|teenagers?|youths?|"
          r"associates|companions|comrades|accomplices|colleagues|neighbou?rs?|friends?|guests?|visitors?|nationals|"
          r"citizens|expatriates|foreigners|"
          r"Muslims|Christians|Hindus|Sikhs|Shiites|Shias|Sunnis|Yazidis|Yezidis|Druze|Alawites|Kurds|Arabs|Pashtuns|"
          r"Hazaras|Ahmadis|Copts|Tamils|Dalits|Tutsis|Fulanis))")
#: "of the Central Reserve Police Force (CRPF)", "of the Chhatisgarh police": whose the victims were.
_VICTIM_TAIL = r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s+\([A-Z]{2,8}\))?(?:\s+[a-z]+)?)?"
_HURT = r"(?:injur|wound|hurt|maim)\w*"


@dataclass(frozen=True, slots=True)
class Fatalities:
    """A stated death count, where it is in the text, and whether it is a total."""

    value: int
    start: int
    end: int
    total: bool = False


def parse_number(phrase: str) -> int | None:
    """The integer a number phrase states: "14", "1,200", "twenty-one", "a dozen" (None for "dozens")."""
    p = rx.sub(r"\s+", " ", phrase.strip().lower())
    if not p:
        return None
    if rx.fullmatch(r"\d{1,3}(,\d{3})+|\d+", p):
        return int(p.replace(",", ""))
    if p in _VAGUE:
        return _VAGUE[p]
    m = rx.fullmatch(r"(?:(\w+)[-\s])??(\w+)(?: (hundred))?", p)
    if not m:
        return None
    first, second, hundred = m.groups()
    if first is None:
        if second in _UNITS:
            n = _UNITS[second]
        elif second in _TENS:
            n = _TENS[second]
        else:
            return None
    elif first in _TENS and second in _UNITS and _UNITS[second] < 10:
        n = _TENS[first] + _UNITS[second]
    else:
        return None
    return n * 100 if hundred else n


_NONE_KILLED = re.compile(
    r"\b(?:no\s+(?:one|body)\s+(?:was|were|had\s+been|has\s+been)\s+(?:killed|hurt|injured|harmed|wounded)|"
    r"nobody\s+(?:was|were|had\s+been|has\s+been)\s+(?:killed|hurt|injured|harmed|wounded)|"
    r"no\s+(?:casualties|fatalities|deaths|loss\s+of\s+life|one\s+died|lives\s+were\s+lost)|"
    r"no\s+(?:immediate\s+)?reports?\s+of\s+(?:casualties|deaths|injuries)|"
    r"(?:without|without\s+causing(?:\s+any)?|did\s+not\s+cause\s+any|caused\s+no)\s+(?:casualties|deaths|injuries)|"
    r"there\s+were\s+no\s+(?:immediate\s+)?(?:reports\s+of\s+)?(?:casualties|deaths|fatalities|injuries)|"
    r"no\s+(?:one|body)\s+(?:died|was\s+(?:hurt|harmed))|no\s+injuries\s+or\s+deaths|"
    r"(?:injuring|hurting|harming|killing|wounding)\s+(?:nobody|no\s+one|none)|"
    r"without\s+(?:injuring|hurting|harming|killing|wounding)\s+anyone|"
    r"(?:both|all)\s+(?:(?:three|four|five|of\s+them|the)\s+)?(?:[a-z]+\s+)?survived|"  # "fired at X and Y ...; both men survived"
    r"causing\s+no\s+(?:casualties|deaths|injuries|damage))\b",
    re.IGNORECASE,
)
_TOTAL = re.compile(r"\b(?:a\s+total\s+of|in\s+total|altogether|combined|in\s+all|between\s+them|together)\b"
                    # "at least 36 people had been killed in three days of fighting": a toll over several days' incidents
                    r"|\b(?:in|during|over|after)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:two|three|four|five|six|seven|several|"
                    r"\d+)\s+days\s+of\s+(?:fighting|clashes|violence|unrest|battles?|riots?|protests?|attacks?)\b",
                    re.IGNORECASE)

_Q = r"(?P<q>" + _QUAL + r")"
_N = r"(?P<n>" + NUMBER + r")"
_PATTERNS = [
    # "killed 14 people", "killing at least nine soldiers", "left 12 dead", "claimed 30 lives"
    re.compile(r"\b(?:killed|killing|kills|kill|slew|slaying|massacred|executed|beheaded|"
               r"shot\s+dead|shooting\s+dead|shot\s+and\s+killed|shooting\s+and\s+killing|gunned\s+down|claimed\s+the\s+lives\s+of|"
               r"claiming\s+the\s+lives\s+of)\s+"
               r"(?:(?:its|their|his|her|all)\s+)?" + _Q + _N
               + r"(?:\s+" + VICTIM + r")?(?:\s+(?:dead|people\s+dead))?", re.IGNORECASE),
    # "shooting two of them dead"
    re.compile(r"\b(?:shooting|shot)\s+" + _Q + _N + r"\s+(?:of\s+them\s+|" + VICTIM + r"\s+)?dead\b", re.IGNORECASE),
    # "left 12 dead", "leaving nine people dead" (but "left hundreds injured" is no death count)
    re.compile(r"\b(?:left|leaving)\s+" + _Q + _N + r"(?:\s+" + VICTIM + r")?\s+dead\b", re.IGNORECASE),
    re.compile(r"\b(?:claimed|claiming|took|taking)\s+" + _Q + _N + r"\s+(?:lives|lifes)\b", re.IGNORECASE),
    # "14 people were killed", "at least 9 dead", "30 killed", "five soldiers died"
    re.compile(_Q + _N + r"(?:\s+(?:" + VICTIM + r"|(?-i:[A-Z][a-z]+(?:ans|is|ards|ese|ons))\b)"
               # "55 policemen and special police officers died": one count of two kinds of people
               r"(?:\s+and\s+(?!(?:" + NUMBER + r"|a|an|his|her|their|its)\b)" + VICTIM + r"\b)?"
               r"(?:\s+of\s+(?:the\s+)?[A-Z][^,.;]{1,60}?"
               r"|\s+(?:loyal\s+to|allied\s+(?:to|with)|belonging\s+to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+"
               # "six Marines from the same battalion were killed"
               r"|\s+from\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}"  # "Two labourers from Uttar Pradesh"
               r"|\s+of\s+them"  # "three of them were killed"
               r"|\s+from\s+(?:the|a|an|their|its|his|her)\s+(?:same\s+)?(?:[\w-]+\s+){0,2}?(?:battalion|unit|brigade|regiment|"
               r"company|division|platoon|squad|village|town|family|force|convoy|base|camp|post|patrol|team|district|area|"
               r"station|checkpoint|tribe|clan))?"
               r"(?:\s+(?:in|on|inside|aboard)\s+(?:(?:the|a|an|his|her|their)\s+)?[a-z-]+)?"  # "people in the car", "in uniform"
               r"(?:\s+who\s+(?:had|have)\s+[^,.;]{1,50}?(?=\s+(?:were|had\s+been|have\s+been)\s))?"  # "who had served as ..."
               # "Seven unarmed CRPF jawans returning from leave were killed"
               r"(?:\s+(?:returning|travelling|traveling|going|heading|coming|working|guarding|escorting|patrolling|riding|"
               r"sleeping|praying|waiting)(?:\s+[\w'’-]+){0,6}?(?=\s+(?:were|had\s+been|have\s+been)\s))?)?"
               # ("Four people, including a policeman, a woman and a child, were killed"; "five soldiers including a
               # JCO were killed")
               r"(?:\s*,\s*(?:including|among\s+them|many\s+of\s+them|most\s+of\s+them|mostly|all\s+of\s+them|"
               r"(?:\w+|\d+)\s+of\s+them)"
               r"[^.;]{0,100}?,"
               r"|\s+(?:including|among\s+them)\s+(?:a|an|one|two|three|four|their|his|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+"
               r"(?=\s+(?:were|was|had\s+been|have\s+been)\s))?\s+"
               r"(?:(?:who|that|were|was|have\s+been|had\s+been|has\s+been|have|has|had|are|being|reportedly|also|all|later|"
               r"reported|confirmed|feared|believed(?:\s+to\s+have\s+been)?|said\s+to\s+have\s+been|found|probably|"
               r"apparently|likely|allegedly|been)\s+){0,3}"
               r"(?:killed|dead|died|perished|slain|shot\s+dead|confirmed\s+dead|lost\s+their\s+lives|"
               r"martyred|gunned\s+down|executed|beheaded|burned\s+to\s+death|burnt\s+to\s+death)\b",
               re.IGNORECASE),
    # "raising the number of Maoists killed in the gunfight to five"
    re.compile(r"\bnumber\s+of\s+(?:[\w-]+\s+){0,2}?(?:killed|dead|slain)\b[^.;]{0,50}?\b(?:to|at)\s+" + _Q + _N,
               re.IGNORECASE),
    # "the death toll rose to 30", "a death toll of 12", "toll climbed to at least 40"
    re.compile(r"\b(?:death\s+toll|toll|number\s+of\s+(?:dead|deaths|people\s+killed))\s+(?:[\w'’-]+,?\s+){0,16}?"
               r"(?:to|of|at|is|was|reached|hit|stood\s+at|stands\s+at)\s+" + _Q + _N, re.IGNORECASE),
    # "The death toll from twin suicide bombings outside a government office in X, a market town in Y's
    # Z region, rose to 102": a long subject before the verb that says the toll grew
    re.compile(r"\b(?:death\s+toll|toll)\s+(?:from|in|of)\s+[^.;:]{10,200}?\s+(?:rose|climbed|increased|jumped|reached|"
               r"has\s+risen|had\s+risen|went\s+up)\s+(?:to\s+)?" + _Q + _N, re.IGNORECASE),
    # "30 deaths", "12 fatalities", "nine bodies"
    re.compile(_Q + _N + r"\s+(?:deaths|fatalities|bodies|dead\s+bodies|casualties\s+(?:dead|killed))\b",
               re.IGNORECASE),
    # "killing a family of six"
    re.compile(r"\b(?:killed|killing|kills|wiped\s+out)\s+(?:an\s+entire|a|the\s+whole)\s+family\s+of\s+" + _Q + _N + r"\b",
               re.IGNORECASE),
    # "the bodies of five people were later found"
    re.compile(r"\bbodies\s+of\s+" + _Q + _N + r"\s+(?:[\w-]+\s+){0,3}?(?:were|had\s+been|have\s+been)\s+(?:later\s+|also\s+)?"
               r"(?:found|recovered|discovered|retrieved|dumped)\b", re.IGNORECASE),
    # "found the bodies of three foreign women"
    re.compile(r"\b(?:found|discovered|recovered|retrieved|identified|pulled\s+out)\s+(?:the\s+)?(?:[\w-]+\s+)?bodies\s+of\s+"
               + _Q + _N + r"\b(?!\s+of\b)", re.IGNORECASE),
    # "burning seven Christians to death", "hacking four villagers to death"
    re.compile(r"\b(?:burning|burned|burnt|hacking|hacked|beating|beat|stabbing|stabbed|stoning|stoned)\s+" + _Q + _N
               + r"(?:\s+" + VICTIM + r")?\s+to\s+death\b", re.IGNORECASE),
    # "the death of one of his aides", "the deaths of three soldiers"
    re.compile(r"\b(?:death|deaths|killing|killings|murder|murders)\s+of\s+" + _Q + _N + r"\b(?:\s+of)?",
               re.IGNORECASE),
]
#: "an air strike killed Qari Hekmatullah in Darzab": a title makes the name a person's
_TITLED_NAMED = re.compile(r"\b(?:killed|killing|kills)\s+(?:(?:retired|former|ex-|senior|top)\s+)?"
                           r"(?:(?:Major|Lieutenant|Brigadier|Maj|Lt|Brig)\.?-(?:General|Gen\.?)\s+|"  # "Major-General"
                           r"(?:Qari|Mullah|Maulana|Maulvi|Mufti|Sheikh|Shaikh|Haji|Hafiz|Commander|"
                           r"General|Gen\.|Colonel|Col\.|Brigadier|Major|Captain|Capt\.|Dr\.?|Emir|Imam|Sardar|Malik)\s+)"
                           r"(?:[A-Z][a-z'’-]+|al-[A-Z][a-z'’-]+)(?:\s+(?:[A-Z][a-z'’-]+|al-[A-Z][\w'’-]+|bin|ibn)){0,3}"
                           r"\b(?![-'’])(?!\s*,[^,;.]{0,100},\s+and\b|\s+and\b)")
#: "an air strike killed Hezbollah leader Sayyed Hassan Nasrallah": one named person, and a role before the name
_ROLE_NAMED = re.compile(r"\b(?:killed|killing|kills)\s+(?:(?:the\s+)?(?:[A-Z]|al-)[\w'’-]+\s+){0,3}(?:leader|chief|commander|founder|"
                         r"spokesman|head|emir|deputy)\s+(?:[A-Z][a-z'’-]+|al-[A-Z][a-z'’-]+)(?:\s+(?:[A-Z][a-z'’-]+|al-[A-Z][\w'’-]+)){0,3}"
                         r"\b(?![-'’])(?!\s*,[^,;.]{0,100},\s+and\b|\s+and\b)")
#: "militants killed Mohammad Shafi Lone, president of a taxi stand": one named person, and a role after the name
_NAMED_WITH_ROLE = re.compile(r"\b(?:killed|killing|kills)\s+(?:[A-Z][a-z'’]+|al-[A-Z][a-z'’]+)(?:\s+(?:[A-Z][a-z'’-]+|al-[A-Z][\w'’-]+|bin|ibn)){1,3}"
                              r"(?=\s*,\s+(?:who|whom|whose)\b|\s*,\s+(?:(?:a|an|the|his|her|its)\s+)?(?:[\w'’-]+\s+){0,3}?(?:president|head|leader|chief|commander|"
                              r"member|teacher|principal|official|officer|worker|employee|manager|owner|trader|shopkeeper|student|"
                              r"journalist|activist|politician|lawmaker|cleric|imam|elder|resident|farmer|driver|doctor|engineer|"
                              r"contractor|policeman|soldier|son|brother|father|nephew|cousin|spokesman|secretary|director|judge|"
                              r"lawyer|priest|pastor|businessman|vendor|labou?rer|guard|councillor|councilor|mayor|governor|minister|"
                              r"expert|specialist|operative|militant|fighter|figure|ideologue|preacher|financier|bomb-?maker|"
                              r"strategist|lieutenant|deputy|associate|aide|recruiter|trainer|founder|mastermind|adviser|advisor|general|"
                              r"colonel|brigadier|major|captain|ruler|chairman|emir|negotiator|envoy|diplomat)\b)")
#: A word that may stand between "was" and the verb: "was yesterday killed", "was reportedly shot dead".
_ADVERB = r"(?:(?:yesterday|today|reportedly|allegedly|later|also|then|subsequently|brutally|fatally|eventually)\s+)?"
# A single named or singular victim: "a policeman was killed", "killing a soldier".
#: How one person's killing is told in the passive: "was shot dead", "was hacked to death".
_KILLED_ONE = (r"(?:killed|shot\s+dead|gunned\s+down|beheaded|assassinated|executed|lynched|stabbed\s+to\s+death|"
               r"hacked\s+to\s+death|beaten\s+to\s+death|burned\s+to\s+death|burnt\s+to\s+death)")
_SINGLE = [
    # "shot dead the second of two militants holed up near the temple": one of them
    re.compile(r"\b(?:killed|killing|kills|shot\s+dead|gunned\s+down)\s+the\s+(?:first|second|third|fourth|last|remaining)\s+"
               r"of\s+(?:the\s+)?(?:two|three|four|five|six|\d+)\s+(?:[\w-]+\s+)?" + VICTIM + r"\b", re.IGNORECASE),
    _TITLED_NAMED,
    _ROLE_NAMED,
    _NAMED_WITH_ROLE,
    re.compile(r"\b(?:killed|killing|kills|shot\s+dead|gunned\s+down|beheaded|executed|assassinated|slew|"
               r"shot\s+and\s+killed|shooting\s+dead|stabbed\s+to\s+death|hacked\s+to\s+death|beat\s+to\s+death|lynched)\s+"
               r"(?:a|an|one|the|its|his|her|their)\s+(?:[a-z0-9.'’-]+\s+){0,2}?(?:policeman|policewoman|soldier|civilian|man|"
               r"woman|boy|girl|child|driver|captain|pilot|"
               r"officer|guard|worker|teacher|student|journalist|judge|cleric|commander|leader|official|"
               r"trader|farmer|tribesman|elder|chief|militant|member|person|resident|lawmaker|politician|mayor|governor|minister|senator|imam|prosecutor|candidate|contractor|employee|engineer|doctor|nurse|reporter|photographer|"
               r"head|director|manager|activist|priest|pastor|shopkeeper|businessman|jawan|constable|"
               r"widow|widower|mother|father|wife|husband|son|daughter|brother|sister|teenager|youth|villager|conductor|"
               r"maoist|naxalite|insurgent|rebel|fighter|gunman|attacker|bandit|jihadist|terrorist|suspect|"
               r"diplomat|envoy|ambassador|consul|cameraman|interpreter|translator|bodyguard|scholar|merchant|bystander|principal|headmaster|"
               r"passer-?by|pedestrian|motorist|shepherd|herder|owner|colonel|sergeant|inspector)\b",
               re.IGNORECASE),
    re.compile(r"\b(?:a|an|one)\s+(?:(?:[a-z.-]+|US|U\.S\.|UN|NATO|[A-Z][a-z-]+|\d{1,2}-year-old)\s+){0,3}?(?:policeman|policewoman|soldier|civilian|man|woman|boy|girl|"
               r"child|officer|guard|worker|teacher|student|journalist|judge|cleric|commander|leader|official|"
               r"trader|farmer|tribesman|elder|chief|militant|member|person|resident|lawmaker|politician|mayor|governor|minister|senator|imam|prosecutor|candidate|contractor|employee|engineer|doctor|nurse|reporter|photographer|"
               r"driver|labou?rer|porter|shopkeeper|businessman|vendor|passenger|pilgrim|worshipp?er|villager|jawan|"
               r"constable|captain|pilot|activist|priest|pastor|youth|teenager|herder|herdsman|fisherman|miner|"
               r"mechanic|tailor|barber|watchman|security\s+guard|executive|bystander|passer-?by|pedestrian|motorist|"
               r"owner|colonel|sergeant|inspector|seal|marine|sailor|airman|trooper|commando|paratrooper|gendarme|"
               r"militiaman|peacekeeper)\s+"
               r"(?:(?:guarding|manning|escorting|driving|travelling|traveling|riding|standing|working|passing|of|from|"
               r"fighting|serving|on|in|at|with|who\s+(?:had\s+)?[a-z]+)\s+"
               r"(?:[\w'’-]+\s+){1,4}?)?"  # "A policeman guarding the residency was killed", "a woman of the Hmar
               # community was killed"
               r"(?:was|had\s+been|has\s+been)\s+" + _ADVERB + r"(?:(?:beaten|tortured|abducted|kidnapped)\s+and\s+)?"
               + _KILLED_ONE + r"\b",
               re.IGNORECASE),
    # "Ali Khan was shot dead", "The sect's leader, Mohammed Yusuf, was killed": one named person
    re.compile(r"(?:\b(?:[A-Z][a-z]+\s+){1,3}|\b[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?al-[A-Z][a-z'’]+\s+|"
               r",\s+(?:(?:[A-Z][a-z'’-]+|(?:al|el)-[A-Z][a-z'’-]+|bin|ibn)\s+){1,4}(?:al-|el-|bin\s+|ibn\s+)?[A-Z][a-z'’-]+,\s+)"
               r"(?:was|had\s+been|has\s+been)\s+" + _ADVERB + _KILLED_ONE + r"\b"),
    re.compile(r"\b(?:[Hh]e|[Ss]he)\s+(?:later\s+|also\s+)?(?:died|succumbed)\b"),
    # "he was shot dead by two gunmen outside his home": one person
    re.compile(r"\b(?:[Hh]e|[Ss]he)\s+(?:was|had\s+been|has\s+been)\s+(?:later\s+|also\s+)?(?:killed|shot\s+dead|gunned\s+down|"
               r"assassinated|beheaded|executed|lynched|stabbed\s+to\s+death|hacked\s+to\s+death|beaten\s+to\s+death)\b"),
    # "Burhanuddin Rabbani, who headed the peace council, was killed on Tuesday": one named person
    # ("Saleh al-Sammad, the head of their council, had been killed", "Imad Mughniyeh, one of the world's most wanted
    # men, was killed", "Joel Shrum, 29, the deputy director of the institute, was shot dead")
    re.compile(r"\b(?:[A-Z][a-z'’]+\s+){1,3}(?:(?:al|el)-[A-Z][a-z'’]+\s+)?(?:[A-Z][a-z'’]+|(?:al|el)-[A-Z][a-z'’]+)\s*,\s+"
               r"(?:\d{1,2}\s*,\s+)?(?:who|whom|a|an|the|one|another|known\s+as|(?:deputy\s+)?(?:head|chief|commander|"
               r"leader|director|member|spokesman|governor|mayor|editor)\s+of)\b[^.;]{0,160}?,\s+(?:(?:was|had\s+been|has\s+been)\s+"
               + _ADVERB + r"(?:killed|shot\s+dead|gunned\s+down|assassinated|beheaded|lynched|stabbed\s+to\s+death|hacked\s+to\s+death|"
               r"beaten\s+to\s+death)|died\s+(?:when|after|in))\b"),
    # "a suicide bomber blew himself up outside a mosque, killing only himself": the bomber alone died
    re.compile(r"\b(?:killing|killed|kills)\s+only\s+(?:himself|herself)\b", re.IGNORECASE),
    # "The contractor, who was not an American citizen, died of his wounds"
    # "The intelligence chief, a member of the rival Badr Organization, was killed by a roadside bomb"
    re.compile(r"\b(?:The|the|A|One)\s+(?:[a-z-]+\s+){0,3}?(?:contractor|soldier|policeman|civilian|officer|guard|worker|"
               r"driver|journalist|reporter|man|woman|boy|girl|child|student|pilot|employee|official|resident|"
               r"chief|commander|leader|governor|mayor|director|judge|cleric|imam|minister|lawmaker|politician|"
               r"candidate|activist|elder|teacher|doctor|businessman|widow|priest|pastor|prosecutor|diplomat|envoy|"
               r"ambassador|headmaster|principal|editor|presenter|broadcaster|constable|jawan|trader|shopkeeper|owner|"
               r"bystander|passer-?by)"
               r"(?:\s+of\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?(?:\s*,[^.;]{0,100}?,)?\s+(?:later\s+|also\s+)?"
               r"(?:died|succumbed|(?:was|had\s+been)\s+(?:beaten\s+and\s+|tortured\s+and\s+)?(?:killed|shot\s+dead|"
               r"gunned\s+down|assassinated|beheaded|executed|stabbed\s+to\s+death|beaten\s+to\s+death|burned\s+to\s+death))\b"),
    # "beheaded Khaled al-Asaad, an archaeologist", "gunned down Ali Khan on Monday": one named person
    re.compile(r"\b(?:beheaded|assassinated|shot\s+dead|gunned\s+down|stabbed\s+to\s+death|hanged)\s+"
               r"(?:(?-i:[a-z][a-z-]+|[A-Z]{2,5}|[A-Z][a-z]+(?=\s+[A-Z]{2,5}\s))\s+){0,4}?"  # "shot dead prominent
               # anti-government activist Ihab al-Wazni", "shot dead Congress MLA Chittem Narsi Reddy"
               r"(?:[A-Z][a-z'’]+|al-[A-Z][a-z'’]+)(?:\s+(?:[A-Z][a-z'’-]+|al-[A-Z][\w'’-]+|bin|ibn)){1,4}"
               r"(?=\s*(?:,|\.|;|$|\s+(?:on|in|at|near|outside|while|as|who|after|inside)\b))"),
    # "killing senior Canadian diplomat Glyn Berry and wounding three soldiers": a role, then one person's name
    re.compile(r"\b(?:killed|killing|kills)\s+(?:(?:[a-z][a-z-]+|[A-Z][\w'’-]+)\s+){0,3}?"
               r"(?-i:diplomat|envoy|ambassador|consul|journalist|reporter|cameraman|photographer|commander|leader|official|"
               r"lawmaker|politician|cleric|imam|judge|prosecutor|governor|mayor|minister|senator|activist|elder|chief|"
               r"businessman|contractor|engineer|doctor|teacher|schoolteacher|headmaster|principal|priest|pastor|officer|"
               r"soldier|policeman|MLA|MP|MNA|MPA)\s+"
               r"(?:[A-Z][a-z'’]+|al-[A-Z][a-z'’]+)(?:\s+(?:[A-Z][a-z'’-]+|al-[A-Z][\w'’-]+|bin|ibn)){1,3}"
               r"(?=\s*(?:[,.;]|$|\s+and\s+(?:wounding|injuring|wounded|injured)\b|\s+(?:on|in|at|near|outside|while|as|"
               r"after|inside)\b))"),
    # "shot dead Amar Panwar (36) of Satara", "killed shopkeeper Rajesh Kumar, 29, in": a name with an age is one person
    re.compile(r"\b(?:killed|killing|kills|beheaded|assassinated|shot\s+dead|gunned\s+down|stabbed\s+to\s+death|hanged)\s+"
               r"(?:(?-i:[a-z][a-z-]+)\s+){0,4}?"
               r"(?:[A-Z][a-z'’]+|al-[A-Z][a-z'’]+|[A-Z]\.?)(?:\s+(?:[A-Z][a-z'’-]+|al-[A-Z][\w'’-]+|bin|ibn)){1,3}"
               r"(?:\s*\(\d{1,2}\)|\s*,\s*\d{1,2}\s*,)(?!\s*and\b)"),
    # "the killing of Osama bin Laden", "the assassination of Benazir Bhutto": one named person
    re.compile(r"\b(?:killing|assassination|murder|death)\s+of\s+(?:(?:former|prime|minister|president|general|"
               r"commander|leader|chief|senior|[a-z]+)\s+){0,3}(?:(?-i:[A-Z])[a-z'’-]+\s+){1,3}", re.IGNORECASE),
    # "security forces killed Usman, a Pakistani commander of the group": a one-word name and the role after it
    re.compile(r"\b(?:killed|killing|kills|shot\s+dead|gunned\s+down|assassinated)\s+"
               r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
               r"August|September|October|November|December)\b)[A-Z][a-z'’]{2,}"
               r"(?=\s*,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:commander|leader|chief|militant|fighter|member|official|"
               r"officer|spokesman|deputy|emir|cleric|preacher|activist|journalist|politician|elder|teacher|trader|"
               r"businessman|student|resident|farmer|policeman|soldier|adviser|advisor|operative|financier|recruiter)\b)"
               r"(?!\s*,[^,;.]{0,100},\s+and\s+(?!(?:\w+ing|\w+ly|then|later|wounded|injured)\b))"),
    # "Gov. Arsala Jamal died on the spot": one named person
    re.compile(r"(?<![\w'’-])(?!(?:The|A|An|Many|Some|Several|Dozens|Hundreds|Thousands|Both|All|Most|Few|Two|Three|Four|"
               r"Five|Six|Seven|Eight|Nine|Ten|In|On|At|After|When)\b)"
               r"(?:[A-Z][a-z'’]*\.?\s+){1,3}(?:al-|el-|bin\s+|ibn\s+)?[A-Z][a-z'’-]+(?<!ans)(?<!ese)"
               r"\s+(?:later\s+|also\s+)?died\s+(?:on\s+the\s+spot|instantly|at\s+the\s+scene|in\s+(?:the|a|an|hospital)|"
               r"of\s+(?:his|her)|from\s+(?:his|her)|when|after|while|later)\b"),
    # "one of Aboh's supporters was killed": one
    re.compile(r"\b(?:[Oo]ne)\s+of\s+(?:the|his|her|their|its|[A-Z][\w'’-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}?[a-z]+s\s+"
               r"(?:was|had\s+been|has\s+been)\s+(?:also\s+)?(?:killed|shot\s+dead|gunned\s+down)\b"),
    # "The beheaded body of police inspector Francis Induwar was found", "the body of the other, X, was found": one
    re.compile(r"\b(?:[Tt]he|[Aa]|[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){0,2}?body\s+of\s+[^.;]{1,80}?\s+(?:was|had\s+been|has\s+been)\s+"
               r"(?:later\s+|also\s+)?(?:found|recovered|discovered|dumped|fished\s+out)\b"),
    # "ISIS leader Abu Bakr al-Baghdadi killed himself": one
    re.compile(r"\bkilled\s+(?:himself|herself)\b(?!\s+and\b)"),
    # "killing 18-year-old Nurto Abukar and wounding her sisters": an age, then one person
    re.compile(r"\b(?:killed|killing|kills|shot\s+dead|gunned\s+down)\s+(?:an?\s+)?\d{1,2}-year-old\s+"
               r"(?:[a-z]+\s+)?(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,4}|boy|girl|man|woman|child|student|schoolboy|schoolgirl|"
               r"shepherd|farmer|teenager|youth)\b"
               r"(?!\s*,[^,;.]{0,100},\s+and\s+(?!(?:\w+ing|\w+ly|then|later)\b)|\s+and\s+(?!(?:\w+ing|then|later)\b))"),
    # "abducted Colonel X as he drove home, and later killed him": the one taken
    re.compile(r"\b(?:abducted|kidnapped|seized|captured|took)\s+[^.;]{1,150}?\b(?:and|before|then)\s+"
               r"(?:later\s+|then\s+|subsequently\s+|eventually\s+)?(?:killed|executed|beheaded|murdered|shot\s+dead)\s+"
               r"(?:him|her)\b(?!\s+and\b)"),
]
#: Two victims each given by role and name: "shot dead its principal, Supinder Kaur, and a teacher, Deepak Chand".
_ROLE_NAME_TWICE = re.compile(
    r"\b(?:killed|killing|kills|shot\s+dead|gunned\s+down|assassinated)\s+(?:its|the|a|an|his|her|their)\s+"
    r"(?:[a-z-]+\s+){0,2}?[a-z-]+(?<!s),\s+(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+,?\s+and\s+"
    r"(?:its|the|a|an|his|her|their)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+(?<!s),\s+(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+\b")
#: Two named people: "shot dead Araku MLA Kidari Sarveswara Rao and former MLA Siveri Soma".
_TWO_NAMED = re.compile(
    r"\b(?:killed|killing|kills|shot\s+dead|gunned\s+down|assassinated)\s+(?:[A-Z][\w.'’-]*\s+){1,6}?"
    r"[A-Z][a-z'’-]+\s+and\s+(?:(?:former|ex-|senior|local)\s+)?(?:[A-Z][\w.'’-]*\s+){1,6}?[A-Z][a-z'’-]+"
    r"(?=\s*(?:[,.;]|$|\s+(?:on|in|at|near|outside|inside|while|as|who|after)\b))")
#: "killing both soldiers", "both policemen were killed": two.
_BOTH = re.compile(r"\b(?:killed|killing|kills|shot\s+dead|gunned\s+down)\s+both\s+(?:of\s+)?(?:them\b|(?:the\s+)?"
                   + VICTIM + r"\b(?!\s+and\s+(?!(?:\w+ing|then|later)\b)))|\bboth\s+" + VICTIM + r"\s+(?:were\s+|had\s+been\s+|have\s+been\s+)?"
                   r"(?:killed|died|dead|shot\s+dead)\b", re.IGNORECASE)
#: Victims listed one by one, each with an article: "killed a Pakistani major general, a lieutenant colonel and a
#: soldier" is three.
_ONE_ITEM = (r"(?:a|an|one)\s+(?!(?:[\w'’-]+\s+){0,3}?(?:number|dozen|group|total|few|couple|family|series|host|handful|"
             r"crowd|string|spate|wave|pair|team|gang|lot|bit)\b)(?:[\w'’-]+\s+){0,3}?[a-z][\w-]*(?<!s)\b(?!\s+of\b)")
_ONES_LIST = re.compile(r"\b(?:killed|killing|kills|shot\s+dead|gunned\s+down)\s+(?P<items>" + _ONE_ITEM
                        + r"(?:\s*,\s*" + _ONE_ITEM + r")*,?\s+and\s+" + _ONE_ITEM + r")(?!\s+(?:was|were|is|are)\b)",
                        re.IGNORECASE)
_GROUP_NUMBER = r"(?:(?:her|his|their)\s+" + NUMBER + r"|" + NUMBER + r"|a|an|her|his|their)"
#: Where the victims were: "12 Turkish soldiers on board and four Afghans on the ground".
_WHERE_TAIL = r"(?:\s+(?:on\s+board|aboard|on\s+the\s+ground|inside))?"
_VICTIM_OR_NATIONALS = r"(?:" + VICTIM + r"|(?-i:[A-Z][a-z]+(?:ans|is|ese))\b)"
_SUM = re.compile(
    r"(?P<groups>" + _QUAL + _GROUP_NUMBER + r"\s+" + _VICTIM_OR_NATIONALS + _VICTIM_TAIL + r"(?:\s*(?:,|and|as\s+well\s+as)\s*(?:and\s+)?"
    + _QUAL + _GROUP_NUMBER + r"\s+" + _VICTIM_OR_NATIONALS + _VICTIM_TAIL
    + r")+)\s+(?:(?:were|was|have\s+been|had\s+been|are)\s+)?(?:(?:also|all|reportedly)\s+)?(?:killed|dead|died)\b"
    r"|\b(?:killed|killing|kills|killed\s+at\s+least)\s+(?P<groups2>" + _QUAL + _GROUP_NUMBER + r"\s+" + VICTIM + _WHERE_TAIL
    + r"(?:\s*(?:,|and|as\s+well\s+as)\s*(?:and\s+)?" + _QUAL + _GROUP_NUMBER + r"\s+" + _VICTIM_OR_NATIONALS
    + _WHERE_TAIL + r")+)",
    re.IGNORECASE,
)


#: Victims named by nationality after a verb of killing: "killing eight Spaniards and two Yemenis".
_NATIONALS = r"(?-i:[A-Z][a-z]+(?:ans|is|ards|ese|ons))"
_KILLED_NATIONALS = re.compile(
    r"\b(?:killed|killing|kills)\s+" + _QUAL + r"(?P<a>" + NUMBER + r")\s+" + _NATIONALS
    + r"(?:\s*(?:,|and)\s*(?:and\s+)?(?P<b>" + NUMBER + r")\s+" + _NATIONALS + r")?\b", re.IGNORECASE)

#: A named victim and a count of others: "killed Awami National Party leader Haroon Bilour and 19 others".
_NAMED_AND_OTHERS = re.compile(
    r"\b(?:killed|killing|kills|assassinated|shot\s+dead)\s+(?:(?:[\w'’.-]+\s+){0,6}?(?-i:[A-Z])[\w'’-]+|"
    r"(?:the|a|an|his|her)\s+(?:[\w'’-]+\s+){0,8}?(?!people\b|civilians\b|soldiers\b)[a-z]+(?<!s))"
    r"(?:\s*,\s+(?:the|a|an|who|whom|whose)\s+[^,.;]{3,90},)?\s+and\s+"  # "killed X, the leader of the group, and 10 other people"
    r"(?:at\s+least\s+|some\s+)?(?P<n>" + NUMBER + r")\s+(?:others\b|other\s+" + VICTIM + r"|" + VICTIM + r"\b)", re.IGNORECASE)
#: A person's name and a comma before summed victim groups ("Malik Ishaq, his two sons and 11 other militants"):
#: the name opens the sentence or follows punctuation or a word other than a preposition ("In Kabul, two
#: soldiers and a civilian" names a place).
_NAMED_BEFORE_GROUPS = re.compile(
    r"(?:^|[^\w\s,]\s*|\b(?!(?:in|at|on|near|from|of|across|outside|inside)\b)[a-z]+\s+)"
    r"(?!(?:In|At|On|Near|From|By|For|With|After|Before|During|Across|Outside|Inside)\b)"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+,\s*$")
#: The cheap test that a sentence may hold one: "and" before a number.
_AND_NUMBER = re.compile(r"\band\s+(?:at\s+least\s+|some\s+)?(?:" + NUMBER + r")\s", re.IGNORECASE)
#: A count of others beside a victim the sentence already names: "X was killed along with at least 30
#: other people" is 31, "assassinated ..., killing at least 20 other people" is 21.
_OTHERS_BESIDE = re.compile(
    r"\b(?:killing|killed|kills|(?:killed|assassinated|died|dead|slain)\s+(?:along|together)\s+with)\s+"
    r"(?:at\s+least\s+|some\s+|more\s+than\s+|over\s+)?"
    r"(?P<n>" + NUMBER + r")\s+(?:others\b|other\s+" + VICTIM + r")"
    # "was killed along with three of his companions"
    r"|\b(?:killed|assassinated|died|dead|slain)\s+(?:(?:along|together)\s+)?with\s+(?P<n4>" + NUMBER + r")\s+other\s+"
    + VICTIM + r"\b"  # "the army chief died with 10 other officers in a plane crash": eleven
    + r"|\b(?:killed|assassinated|died|dead|slain)\s+(?:along|together)\s+with\s+(?P<n2>" + NUMBER + r")\s+of\s+"
    r"(?:his|her|their)\s+(?:[\w-]+\s+)?(?:companions|bodyguards|guards|aides|relatives|colleagues|men|sons|children|"
    r"family\s+members|escorts|associates)\b"
    # "killed Mullah X, a former Taliban commander who ..., along with at least five other men"
    r"|\b(?:killed|killing|kills|assassinated|shot\s+dead)\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,4}\s*,"
    r"[^.;()]{3,120}?,\s+(?:along|together)\s+with\s+(?:at\s+least\s+|some\s+|more\s+than\s+|over\s+)?"
    r"(?P<n3>" + NUMBER + r")\s+(?:others\b|other\s+" + VICTIM + r")", re.IGNORECASE)
#: Those who die beside a named victim, counted without "other": "X and two associates were killed".
_FELLOWS = r"associates|companions|comrades|accomplices|aides|bodyguards|guards|relatives|colleagues"
#: Named victims and a count of others told in the passive: "Minister X and at least 17 other people were
#: killed" is 18, "X, his two sons and 11 other militants were killed" is 14.
_NAMED_AND_OTHERS_PASSIVE = re.compile(
    r"(?P<subj>(?-i:[A-Z])[^;:—–()]{0,90}?)\s+and\s+(?:at\s+least\s+|some\s+)?(?P<n>" + NUMBER + r")\s+"
    r"(?:others\b|other\s+(?:[a-z-]+\s+)?" + VICTIM + r"|(?:" + _FELLOWS + r")\b)\s+"
    r"(?:were|have\s+been|had\s+been|are)\s+(?:\w+\s+)?"
    r"(?:killed|dead|slain|shot\s+dead|gunned\s+down)\b", re.IGNORECASE)
#: "a Christian couple was beaten and burnt to death": two people.
_COUPLE = re.compile(
    r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?couple\s+(?:was|were|had\s+been)\s+(?:[a-z]+\s+and\s+)?(?:killed|shot\s+dead|"
    r"gunned\s+down|burn[te]d?\s+to\s+death|beaten\s+to\s+death|hacked\s+to\s+death|stabbed\s+to\s+death|lynched|"
    r"stoned\s+to\s+death)\b", re.IGNORECASE)
#: "hit Ghafoor's vehicle, killing him and five of his bodyguards": the one named before and the others.
_HIM_AND_OTHERS = re.compile(
    r"\b(?:killing|killed|kills)\s+(?:him|her|himself|herself)\s+and\s+(?:at\s+least\s+|some\s+)?(?P<n>" + NUMBER + r")\s+"
    r"(?:of\s+(?:his|her)\s+(?:[a-z-]+\s+)?[a-z]+s\b|others\b|other\s+" + VICTIM + r"|" + VICTIM + r"\b)", re.IGNORECASE)
#: A named victim and one companion: "shot dead Brigadier X and his driver", "was shot dead with her driver".
_COMPANION = (r"(?:driver|bodyguard|guard|aide|assistant|secretary|son|daughter|wife|husband|brother|sister|"
              r"father|mother|nephew|niece|grandson|granddaughter|uncle|cousin|friend|colleague|cameraman|translator|escort|"
              r"deputy|associate)")
#: A named victim and one more: "killed X, a commander of the militia, and another member of the group".
_NAMED_AND_ANOTHER = re.compile(
    r"\b(?:killed|killing|kills|assassinated|shot\s+dead)\s+(?:(?:[\w'’.-]+\s+){0,6}?[\w'’-]*(?-i:[A-Z])[\w'’-]*"
    r"(?:,[^,;]{0,80},)?|(?:the|a|an|his|her)\s+[^,;.]{0,40}?,\s+(?:[\w'’.-]+\s+){0,4}[\w'’-]*(?-i:[A-Z])[\w'’-]*,)"
    r"\s+and\s+(?:(?:another|one\s+other)\s+(?:[a-z-]+\s+){0,2}?(?:member|person|man|woman|"
    r"official|fighter|commander|militant|soldier|officer|guard|bodyguard|aide|civilian|passenger|companion)\b"
    # "killed Riyaz Naikoo, the group's chief, and an associate"
    r"|(?:an?|one)\s+(?:[a-z-]+\s+)?(?:associate|aide|accomplice|companion|colleague|bodyguard|relative|deputy)\b"
    # "killed the city's governor, Jaafar Mohammed Saad, and six of his bodyguards": seven
    r"|(?P<n>" + NUMBER + r")\s+of\s+(?:his|her|their)\s+(?:[a-z-]+\s+)?(?:bodyguards|guards|aides|escorts|"
    r"companions|relatives|children|sons|colleagues|staff|men)\b)",
    re.IGNORECASE)
_NAMED_AND_COMPANION = re.compile(
    r"\b(?:killed|killing|kills|assassinated|shot\s+dead|gunned\s+down)\s+(?:(?:[\w'’.-]+\s+){0,6}?(?-i:[A-Z])[\w'’-]+|"
    r"him|(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?!people\b)[a-z]+(?<!s))"
    # "killing X, a senior commander of the YBS, and his nephew", "shot dead a ruler, the Etum Numana, Mr Gambo
    # Makama, and his pregnant wife"
    r"(?:(?:\s*,\s+(?:the|a|an|who|whom|whose|(?-i:[A-Z])[\w'’-]*)\b[^,.;]{3,90}?){1,2},)?"
    r"\s+(?:and|along\s+with)\s+(?:his|her)\s+(?:\d+-year-old\s+|[a-z-]+\s+)?" + _COMPANION + r"\b"
    r"|\b(?:was|had\s+been|has\s+been)\s+(?:killed|shot\s+dead|gunned\s+down|assassinated)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:along\s+)?with\s+(?:his|her)\s+(?:\d+-year-old\s+|[a-z-]+\s+)?" + _COMPANION + r"\b"
    # "Senior RSS functionary X and his Personal Security Officer were shot dead"
    # "Barnabas Igwe, chairman of the bar, and his wife Abigail Igwe, also a lawyer, were killed"
    r"|(?-i:[A-Z])[\w'’.-]+\)?(?:\s*,[^;.]{0,100}?,)?\s+and\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:" + _COMPANION +
    r"|security\s+officer|PSO)(?:\s+(?-i:[A-Z])[\w'’-]+){0,4}(?:\s*,[^,;.]{0,60},)?\s+(?:were|had\s+been|have\s+been)\s+"
    r"(?:\w+\s+)?(?:killed|shot\s+dead|gunned\s+down|"
    r"assassinated)\b", re.IGNORECASE)


#: The attackers' own deaths told after the victims': "killed all four attackers", "along with all nine attackers".
_ATTACKERS_KILLED = re.compile(
    r"\b(?:killed|killing|kills|along\s+with|together\s+with|as\s+well\s+as)\s+(?:all\s+)?(?:the\s+)?(?P<n>"
    + NUMBER + r")\s+(?:of\s+the\s+)?(?:attackers|assailants|gunmen|bombers|hostage[- ]takers)\b"
    # "before all three attackers were killed", "a siege in which all five attackers died"
    r"|\b(?:before|after|and|which|when|as)\s+(?:all\s+)?(?:the\s+)?(?P<n2>" + NUMBER + r")\s+(?:of\s+the\s+)?"
    r"(?:attackers|assailants|gunmen|bombers|hostage[- ]takers)\s+(?:were\s+|had\s+been\s+)?(?:also\s+)?"
    r"(?:killed|shot\s+dead|died|dead|blew\s+themselves\s+up)\b", re.IGNORECASE)


def _count_named(subject: str) -> int:
    """How many people a list of named victims counts ("Malik Ishaq, his two sons": 3), 0 when the
    words before are no such list."""
    subject = rx.split(r"[,]?\s+(?:when|as|after|while|where|and\s+then)\s+|\bthat\s+|\s[-–—]\s", subject)[-1]
    items = [p.strip() for p in rx.split(r",\s*", subject) if p.strip()]
    while len(items) > 1 and rx.match(r"(?:On|In|At|Late|Early|Last|Yesterday|Earlier|Later|Meanwhile|However|Overnight|"
                                      r"Separately|Elsewhere|Police\s+said|Officials\s+said)\b", items[0]):
        items = items[1:]  # "On 8 July 2016, commander X and two associates were killed": the time, no victim
    if not items or len(items) > 4:
        return 0
    total = 0
    for item in items:
        num = rx.match(r"(?:his|her|their|the)\s+(" + NUMBER + r")\s+[a-z]+", item, re.IGNORECASE)
        if num:
            total += parse_number(num.group(1)) or 0
        elif rx.match(r"(?:his|her|their|a|an)\s+[a-z-]+$", item) or rx.search(r"(?-i:[A-Z])[\w'’.-]+$", item) \
                and not rx.search(r"\b(?:said|says|told|were|was|killed|when)\b", item):
            total += 1
        else:
            return 0
    return total


def _not_injury(sentence: str, a: int, b: int) -> bool:
    """False when the number is really the injured count: "injured 20 and killed 5" reads fine,
    but in "20 injured" the death word must not be reached through an injury word."""
    return not rx.search(_HURT, sentence[a:b], re.IGNORECASE)


#: An incident of a named year the sentence refers back to, and the clause that tells its toll ("indicted in
#: the 2000 bombing of the USS Cole that killed 17 sailors"): the toll is that incident's, no other's.
PAST_INCIDENT_TOLL = re.compile(
    r"\b(?:in|of|for|since|after|before|like|than|over|to|behind)\s+the\s+(?:19|20)\d{2}\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:bombings?|attacks?|massacres?|blasts?|explosions?|raids?|riots?|assaults?|sieges?|killings?|strikes?|ambush)\b"
    r"[^.;]{0,80}?\b(?:that|which)\s+(?:had\s+)?(?:killed|left|claimed)\s+(?:the\s+lives\s+of\s+)?"
    r"(?:at\s+least\s+|some\s+|about\s+|nearly\s+|more\s+than\s+|over\s+)?$", re.IGNORECASE)
_MONTH_BEFORE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                           r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+$")


_PROVISIONAL_BEFORE = re.compile(r"\b(?:initially|at\s+first|first|originally|earlier)\s+(?:put|puts|gave|placed|"
                                 r"reported|said|stood|set|estimated)\b(?:(?!\b(?:rose|risen|climbed|increased|reached|jumped)\b)[^.;]){0,30}$|\b(?:toll|number)\s*,?\s*which\s+"
                                 r"(?:had\s+)?(?:initially\s+|first\s+)?stood\s+at\s+(?:at\s+least\s+)?$", re.IGNORECASE)
_PROVISIONAL_AFTER = re.compile(r"[^.;]{0,40}?\b(?:but|before|and(?=\s+(?:it|the\s+(?:death\s+)?toll)\s))\s+"
                                r"(?:it\s+|that\s+|this\s+|the\s+(?:death\s+)?toll\s+)?"
                                r"(?:later\s+|then\s+|soon\s+|subsequently\s+)?(?:rose|climbed|increased|jumped|went\s+up|"
                                r"was\s+(?:later\s+)?revised)\b"
                                # "Police had put the toll at 37, but community leaders said 63 bodies had been recovered"
                                r"|[^.;]{0,20}?,?\s+but\s+(?:[\w'’-]+\s+){0,4}?(?:said|say|says|put|counted|reported|"
                                r"gave)\s+(?:that\s+|the\s+(?:death\s+)?toll\s+(?:at|as)\s+)?(?:at\s+least\s+|more\s+than\s+|"
                                r"over\s+|some\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                                r"\w+teen|\w+ty)\b)", re.IGNORECASE)

#: A named victim, a companion and a count of others: "Mandavi, his driver and three personal security officers were
#: killed" is five.
_NAMED_COMPANION_AND_OTHERS = re.compile(
    r"(?-i:[A-Z][\w'’-]+)\s*,\s+(?:his|her)\s+(?:[a-z-]+\s+)?" + _COMPANION + r"\s+and\s+(?P<n>" + NUMBER + r")\s+"
    r"(?:[\w-]+\s+){0,2}?" + VICTIM + r"\s+(?:were|had\s+been|have\s+been)\s+(?:killed|shot\s+dead|gunned\s+down)\b",
    re.IGNORECASE)

#: The same, told after the verb: "shot dead Chittem Narsi Reddy, his son and eight others" is ten.
_KILLED_NAMED_COMPANION_AND_OTHERS = re.compile(
    r"\b(?:killed|killing|kills|assassinated|shot\s+dead|gunned\s+down)\s+"
    r"(?:(?-i:[a-z][a-z-]+|[A-Z]{2,5}|[A-Z][a-z]+(?=\s+[A-Z]{2,5}\s))\s+){0,4}?"
    r"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,3}\s*,\s+(?:his|her)\s+(?:[a-z-]+\s+)?" + _COMPANION
    + r"\s*,?\s+and\s+(?:at\s+least\s+|some\s+)?(?P<n>" + NUMBER + r")\s+(?:others\b|other\s+" + VICTIM + r"|"
    + VICTIM + r"\b)", re.IGNORECASE)

#: A group taken, then killed: "pulled nine passengers off a bus ... and shot them dead" is nine.
_TAKEN_THEN_KILLED = re.compile(
    r"\b(?:pulled|dragged|took|taken|forced|ordered|seized|abducted|kidnapped|offloaded|lined\s+up|rounded\s+up)\s+"
    r"(?:out\s+)?(?P<n>" + NUMBER + r")\s+(?:[\w-]+\s+)?" + VICTIM + r"\b[^.;]{0,120}?\b(?:and|then|before)\s+"
    r"(?:later\s+|then\s+)?(?:shot|killed|executed|beheaded|gunned\s+down|murdered)\s+(?:them|all\s+of\s+them)"
    r"(?:\s+dead)?\b", re.IGNORECASE)

#: After a count of the dead, more who died of the same incident: "... and six more died on the way to hospital".
_MORE_DIED = re.compile(
    r"(?:\s+(?:on\s+the\s+spot|instantly|at\s+the\s+scene|immediately|outright))?\s*,?\s+(?:and|while)\s+"
    r"(?:another\s+)?(?P<n>" + NUMBER + r")\s+(?:more|others)\s+(?:[\w-]+\s+)?(?:later\s+)?(?:died|succumbed|"
    r"were\s+killed|perished)\b", re.IGNORECASE)

#: A word that every death count's sentence holds (a sentence without one states none; checked first, for speed).
_DEATH_WORD = re.compile(r"kill|slew|slay|massacr|execut|behead|shot|gunned|lives|life|dead|died|death|perish|slain|martyr|"
                         r"fatal|bod(?:y|ies)|casualt|toll|hurt|harm|injur|wound|murder|assassin|stab|hack|lynch|burn|"
                         r"burnt|drown|succumb|claim|surviv|damage", re.IGNORECASE)


def _matches(pat: re.Pattern, sentence: str):
    """``pat.finditer``, except that a year taken for the count ("In 2006 at least seven people died") is stepped
    over and the search resumes after it, so the count behind it is still found."""
    pos = 0
    while (m := pat.search(sentence, pos)) is not None:
        yield m
        n = m.group("n")
        if rx.fullmatch(r"(19|20)\d{2}", n.strip()):
            pos = m.end("n")
        else:
            pos = m.end() if m.end() > m.start() else m.end() + 1


def find_fatalities(sentence: str, offset: int = 0) -> list[Fatalities]:
    """Every stated death count in ``sentence``, left to right (spans shifted by ``offset``)."""
    if not _DEATH_WORD.search(sentence):
        return []
    found: list[Fatalities] = []
    taken: list[tuple[int, int]] = []
    total = bool(_TOTAL.search(sentence))

    def add(value: int | None, a: int, b: int) -> None:
        if value is None or any(a < e and s < b for s, e in taken):
            return
        if _MONTH_BEFORE.search(sentence, max(0, a - 12), a):
            return  # "on Dec. 27 killed a contractor": the day of a date, not a count
        if rx.search(r"\b(?:killed|dead)\s+or\s+(?:injured|wounded|hurt|missing)\b|\b(?:injured|wounded)\s+or\s+killed\b",
                     sentence[a:min(len(sentence), b + 25)], re.IGNORECASE):
            return  # "At least 26 soldiers were killed or injured": the casualties, not the dead
        taken.append((a, b))
        found.append(Fatalities(value, a + offset, b + offset, total))

    for m in _NAMED_COMPANION_AND_OTHERS.finditer(sentence):
        n = parse_number(m.group("n"))
        if n is not None and _not_injury(sentence, m.start(), m.end()):
            add(2 + n, m.start(), m.end())
    for m in (_TAKEN_THEN_KILLED.finditer(sentence) if "them" in sentence else ()):
        add(parse_number(m.group("n")), m.start("n"), m.end())
    for m in (_KILLED_NAMED_COMPANION_AND_OTHERS.finditer(sentence) if _AND_NUMBER.search(sentence) else ()):
        n = parse_number(m.group("n"))
        if n is not None and _not_injury(sentence, m.start(), m.end()):
            add(2 + n, m.start(), m.end())
    # "five army personnel, including two captains, and two militants were killed": the part named in passing is
    # blanked out (same length, so the spans hold) and the groups either side of it are summed
    # ("nine attackers and four soldiers, among them an officer, were killed": the same)
    summed = rx.sub(r",\s*(?:including|among\s+them|among\s+whom)\s+[^,;.()]{1,60},", lambda x: " " * len(x.group(0)),
                    sentence, flags=re.IGNORECASE) if "including" in sentence or "among" in sentence else sentence
    for m in _SUM.finditer(summed):
        grp = m.group("groups") or m.group("groups2")
        if not _not_injury(sentence, m.start(), m.end()):
            continue
        if rx.search(r"\b(?:of|among)\s+(?:them|whom)\b|\bincluding\b", grp, re.IGNORECASE):
            continue
        if m.group("groups2") and rx.match(r"\s+(?:(?:were|had\s+been|have\s+been|also)\s+)*(?:died|killed|dead)\b",
                                           sentence[m.end():]):
            continue  # "killing at least 10 soldiers, and 13 troops died when ...": two clauses, two incidents' tolls  # "141 people, 132 of them children": a part of the count, not more of it
        if m.group("groups2") and rx.match(r"\s+(?:\w+\s+)?(?:struck|blew|attacked|detonated|hit|rammed|opened|stormed|"
                                           r"exploded|drove|fired|targeted)\b", sentence[m.end():m.end() + 30]):
            continue  # "killing 25 people, and a suicide bomber struck ...": the last group is a new subject
        # "a woman and her three children": an article or a possessive counts one person
        vals = []
        pieces = rx.split(r"(\s*,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)", grp)
        for k in range(0, len(pieces), 2):
            part = pieces[k].strip()
            if not part:
                continue
            num = rx.search(r"\b(" + NUMBER + r")\b", part, re.IGNORECASE)
            if num:
                vals.append(parse_number(num.group(1)))
            elif rx.match(r"(?:a|an|her|his|their)\b", part, re.IGNORECASE) and (
                    k == 0 or "and" in pieces[k - 1] or k + 2 < len(pieces)
                    or rx.match(r"(?:her|his|their)\b", part, re.IGNORECASE)):
                vals.append(1)  # "a woman and her three children", "a farmer, his wife and ...", "a policeman, a
                # soldier and two civilians"
            else:
                vals.append(None)  # "12 policemen, a provincial council member said": an appositive
        if vals and all(v is not None for v in vals):
            # "Malik Ishaq, his two sons and 11 other militants were killed": the person named first is one more
            named_first = m.group("groups") and _NAMED_BEFORE_GROUPS.search(sentence[max(0, m.start() - 60):m.start()])
            if len(vals) >= 3 and vals[0] == sum(vals[1:]) and rx.search(
                    r"\b(?:people|persons|workers|staff|personnel|members|employees|victims|civilians|passengers)$",
                    pieces[0].strip(), re.IGNORECASE):
                # "twelve medical workers, five doctors, five nurses and two ambulance drivers": the first group
                # is the whole and the rest its parts
                add(vals[0], m.start(), m.end())
            else:
                add(sum(vals) + (1 if named_first else 0), m.start(), m.end())
    for m in _ONES_LIST.finditer(sentence):
        if _not_injury(sentence, m.start(), m.end()):
            add(len(rx.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("items"))), m.start(), m.end())
    for m in (_NAMED_AND_OTHERS.finditer(sentence) if _AND_NUMBER.search(sentence) else ()):
        value = parse_number(m.group("n"))
        if value is not None and _not_injury(sentence, m.start(), m.end()):
            add(value + 1, m.start(), m.end())  # "killed party leader Haroon Bilour and 19 others": 20
    for m in (_NAMED_AND_OTHERS_PASSIVE.finditer(sentence) if rx.search(r"other|" + _FELLOWS, sentence) else ()):
        value = parse_number(m.group("n"))
        named = _count_named(m.group("subj"))
        if value is not None and named and _not_injury(sentence, m.start("n"), m.end()):
            add(value + named, m.start("n"), m.end())
    for m in (_OTHERS_BESIDE.finditer(sentence) if rx.search(r"other|\bwith\b", sentence) else ()):
        value = parse_number(m.group("n") or m.group("n2") or m.group("n3") or m.group("n4"))
        if value is None or not _not_injury(sentence, m.start(), m.end()):
            continue
        if not rx.search(r"\b(?:killed|assassinated|died|slain|murdered|shot\s+dead|gunned\s+down)\b",
                         sentence[:m.start() + 25], re.IGNORECASE):
            continue  # "missed him by minutes, killing two other members": the one named survived
        add(value + 1, m.start(), m.end())  # "killed along with 30 other people": 31
    for m in _KILLED_NATIONALS.finditer(sentence):
        a_, b_ = parse_number(m.group("a")), parse_number(m.group("b")) if m.group("b") else 0
        if a_ is not None and b_ is not None:
            add(a_ + b_, m.start(), m.end())
    for m in _NAMED_AND_ANOTHER.finditer(sentence):
        more = parse_number(m.group("n")) if m.group("n") else 1
        if more is not None and _not_injury(sentence, m.start(), m.end()):
            add(1 + more, m.start(), m.end())  # "killed X, a commander, and another member of the group": two
    for m in (_HIM_AND_OTHERS.finditer(sentence) if rx.search(r"\b(?:him|her|himself|herself)\s+and\b", sentence) else ()):
        more = parse_number(m.group("n"))
        if more is not None and _not_injury(sentence, m.start(), m.end()):
            add(1 + more, m.start(), m.end())
    for m in (_COUPLE.finditer(sentence) if "couple" in sentence else ()):
        add(2, m.start(), m.end())
    for m in _TWO_NAMED.finditer(sentence):
        if _not_injury(sentence, m.start(), m.end()) and not rx.search(r"\b(?:[A-Z][a-z]+s)\s+and\b", m.group(0)):
            add(2, m.start(), m.end())
    for m in _ROLE_NAME_TWICE.finditer(sentence):
        if _not_injury(sentence, m.start(), m.end()):
            add(2, m.start(), m.end())
    for m in (_BOTH.finditer(sentence) if "both" in sentence.lower() else ()):
        if _not_injury(sentence, m.start(), m.end()) and not rx.search(r"\band\b", m.group(0)):
            add(2, m.start(), m.end())
    for m in _NAMED_AND_COMPANION.finditer(sentence):
        if _not_injury(sentence, m.start(), m.end()):
            add(2, m.start(), m.end())  # "shot dead Brigadier X and his driver": two people
    for m in _NONE_KILLED.finditer(sentence):
        add(0, m.start(), m.end())
    for pat in _PATTERNS:
        for m in _matches(pat, sentence):
            n = m.group("n")
            if not _not_injury(sentence, m.start(), m.end()):
                continue
            # "two of the 14 people killed": take the larger stated group, not a part of it
            before = sentence[max(0, m.start() - 12):m.start()]
            if rx.search(r"\bof\s+$", before) and not rx.search(r"(death|killing)s?\s+of\s+$", before):
                continue
            value = parse_number(n)
            if value is not None and rx.fullmatch(r"(19|20)\d{2}", n.strip()) and value > 1000:
                continue  # a year, not a count
            if rx.match(r"-?\s*years?[- ]old\b", sentence[m.end("n"):]):
                continue  # "killing 18-year-old Nurto": an age, not a count
            add(value, m.start("q") if m.group("q") else m.start("n"), m.end())
    if rx.search(r"\btoll\b|\bnumber\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|people\s+killed)\b", sentence, re.IGNORECASE):
        # "The toll stood at six early on Saturday but rose to 10", "put the number of dead at 11; by
        # Wednesday afternoon it had risen to 14": the count it grew to
        for m in rx.finditer(r"(?:\b(?:but|and)|[,;])\s+(?:by\s+(?:[\w'’-]+\s+){1,3}?,?\s*)?(?:it\s+|later\s+|then\s+|had\s+|"
                             r"has\s+|the\s+(?:figure|number|count|toll)\s+)*(?:rose|risen|climbed|increased|jumped|"
                             r"went\s+up)\s+to\s+" + _Q + _N, sentence, re.IGNORECASE):
            value = parse_number(m.group("n"))
            add(value, m.start("q") if m.group("q") else m.start("n"), m.end())
    for pat in _SINGLE:
        for m in pat.finditer(sentence):
            if rx.match(r"(?:No|Nobody|None)\b", m.group(0)):
                continue
            if pat in (_TITLED_NAMED, _NAMED_WITH_ROLE) and rx.match(r"\s*,[^,;.]{0,100},\s+and\s+(?!(?:\w+ing|\w+ly|then|later|"
                                                                      r"wounded|injured)\b)", sentence[m.end():]):
                continue  # "killed Qassem Soleimani, commander of the Quds Force, and militia leader X": more than one
            add(1, m.start(), m.end())
    # "killing at least 20 people ... before troops killed all four attackers": the attackers' deaths add to
    # the victims' in the incident's toll
    for m in _ATTACKERS_KILLED.finditer(sentence):
        n = parse_number(m.group("n") or m.group("n2"))
        victims = [f for f in found if f.end - offset <= m.start()]
        if n is None or not victims or not _not_injury(sentence, m.start(), m.end()):
            continue
        v = victims[-1]
        found.append(Fatalities(v.value + n, v.start, m.end() + offset, v.total))
    # "five persons were killed on the spot and six more died on the way to hospital": the later deaths add up
    for f in list(found):
        m = _MORE_DIED.match(sentence, f.end - offset)
        if f in found and m is not None and (n := parse_number(m.group("n"))) is not None:
            end = m.end() + offset
            found = [o for o in found if o is not f and not (f.start <= o.start and o.end <= end)]
            found.append(Fatalities(f.value + n, f.start, end, f.total))
    found.sort(key=lambda f: f.start)
    # "He initially put the death toll at 28, but it rose ...", "The toll, which stood at 34 in the afternoon,
    # climbed through the evening": a first count the story says was overtaken is no toll of the incident
    found = [f for f in found if not _PROVISIONAL_BEFORE.search(sentence, max(0, f.start - offset - 45), f.start - offset)
             and not _PROVISIONAL_AFTER.match(sentence, f.end - offset)]
    # "Four bodies were recovered that evening ...; the final toll was 13": the last word on the count
    final = next((f for f in found if rx.search(r"\b(?:final|eventual|full|confirmed)\s+(?:death\s+)?toll\s+(?:\w+\s+){0,2}?"
                                                r"(?:was|is|stood\s+at|rose\s+to|reached|came\s+to|of)\s+$",
                                                sentence[max(0, f.start - offset - 50):f.start - offset],
                                                re.IGNORECASE)), None)
    if final is not None:
        found = [f for f in found if f.start >= final.start]
    return found


def sentence_fatalities(sentence: str) -> int | None:
    """The one death count a sentence states for a single incident, or None."""
    found = find_fatalities(sentence)
    if not found:
        return None
    return max(f.value for f in found)

"""Text → events with provenance: who did what to whom, where, when, how many died.

For each content sentence (page furniture removed, title included):

1. triggers from the lexicon give candidate incidents and their types;
2. a trigger is dropped when the clause around it is not a report of something that
   happened: future, planned or expected ("is expected to begin", "to carry out"),
   capability or threat ("the ability to", "could", "would"), negated, conditional, a
   question, habitual or aggregate ("regular ambushes", "a string of attacks since 2015",
   "thousands abducted across the region"), a bare generic plural ("suicide attacks have
   become rare"), support for another action ("backed by airstrikes"), or something that
   did not land ("shot down a drone");
3. each place mention of the sentence goes to the nearest trigger in its clause; places
   that only describe another one ("Peshawar, the capital of Khyber Pakhtunkhwa", "the
   border that divides Kashmir", "Maiduguri's Gwange area"), provinces that frame a district
   named in the same sentence, the seats of speakers ("an official in Kabul said"), where
   people travelled from or to, the ends of a road, towns used as distance references (used
   only as a last resort) and countries give no event of their own; coordinated places
   ("in A and nearby B") give one event each; "the area", "the city", "there" point back at
   the place last named; the dateline places the lead's incidents that name no other place;
4. the date is the nearest date expression of the sentence (:mod:`geo.dates`), or the
   publication date; "four days later", "that night" count from the incident reported
   before; a later definite mention ("the bombing Wednesday") lends its date to an earlier
   undated incident of the same family; dates of reports ("officials said Sunday", "the
   toll rose to 230 on Sunday") are not dates of incidents;
5. fatalities from :mod:`geo.numbers` go with the incident whose place precedes them (a
   count given as a total over several incidents leaves each blank; "no casualties were
   reported in either assault" reaches back to the incidents just reported); actors from
   the lexicon and cues ("by X", "claimed by X", "suspected X"), "Unidentified" when the
   text names none; a shooting of a named person is an assassination;
6. an incident first reported without a place ("A suicide bombing at a shrine killed 80")
   lends its type, toll and date to the next report of its kind that names the place;
7. repeated reports of one incident at one place are merged (the most specific type wins;
   an explicit date beats the default), a headline merges with the body's report of its
   incident (and is dropped when the body never bears it out), and an incident placed at a
   province or region, or at a city, is dropped when a more precise incident of the same
   family and date lies inside it.

Incidents placed only at country level, with no place, or only planned are not coded.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from geo import rx, schema
from geo.dates import MONTHS, WEEKDAYS, DateMention, find_dates, shift_months, with_year
from geo.gazetteer import Gazetteer, Place, haversine_km, normalise
from geo.lexicon import ActorMention, Lexicon, Trigger, default_lexicon
from geo.mentions import BEARING, Mention, find_mentions, is_landscape
from geo.numbers import PAST_INCIDENT_TOLL, VICTIM, find_fatalities, sentence_fatalities
from geo.text import clean_text, paragraphs, split_sentences
from geo.typemodel import decide_rows as decide_types, default_model as default_type_model

#: The rest of a relative clause set off by commas, up to its closing comma; a whole such clause.
_ASIDE_CLOSE = re.compile(r"[^,;:()!?\n]*,")
#: An aside about a person or people: ", who led a militia for a decade,", ", including a leader wanted over a
#: string of attacks,".
_ASIDE = re.compile(r",\s+(?:who|whose|including|among\s+them)\s+[^,;:()!?\n]*,")
#: People taken prisoner in a raid: "capturing several others", "captured two of them".
_CAPTURED_PEOPLE = re.compile(
    r"\b(?:captur(?:ed|ing)|t(?:ook|aking)\s+(?:prisoner|captive))\s+(?:at\s+least\s+|about\s+|some\s+)?"
    r"(?:several|dozens|scores|many|some|a\s+number|\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|"
    r"[a-z]+teen|twenty|thirty|forty|fifty)\s+(?:of\s+them|others|more|militants|fighters|insurgents|rebels|gunmen|"
    r"attackers|suspects|soldiers|policemen|men)\b", re.IGNORECASE)
#: An actor that takes prisoners: the state's forces.
_STATE_FORCE = re.compile(r"\b(?:military|army|police|forces|troops|soldiers|security|paramilitary|rangers|commandos)\b",
                          re.IGNORECASE)
#: Words that put an arrest told after a raid at another time or on another charge.
_ARREST_ELSEWHEN = re.compile(r"[^.;]*?\b(?:later|afterwards|subsequently|since|in\s+connection\s+with|over\s+the|"
                              r"suspected\s+of|accused\s+of|on\s+charges|for\s+(?:their|his|her)\s+role|"
                              r"the\s+following|the\s+next|days?\s+after|weeks?\s+after)\b", re.IGNORECASE)
#: How many earlier incidents a sentence may refer back to.
_LOOKBACK = 60
#: Longer texts are cut here (news articles are a few thousand characters).
MAX_CHARS = 200_000


@dataclass
class Extraction:
    events: list[dict]
    mentions: list[dict]
    warnings: list[str]


# --------------------------------------------------------------------------- cues
_IRREALIS_BEFORE = re.compile(
    r"\b(?:will|would|could|might|(?-i:may)|should|shall|must|can|cannot|can't|won't|wouldn't|"
    r"expected|expects|expecting|plan|plans|planned|planning|plot|plotted|plotting|"
    r"threat|threats|threaten|threatens|threatened|threatening|vowed|vows|vow|warned|warns|warning|warnings|imminent|impending|"
    r"ability|able|capability|capabilities|capable|prepared|preparing|ready|intend|intends|intended|"
    r"aim|aims|aimed|seek|seeks|sought|call(?:s|ed|ing)?\s+for|urged|urging|demand(?:s|ed)?|"
    r"pressure|pressed|want|wants|wanted|hope|hopes|fear|fears|feared|risk|danger|"
    r"if|unless|whether|prevent|prevented|foil|foiled|thwart|thwarted|avert|averted|"
    r"prepare|possible|possibility|likely|unlikely|potential|potentially|in\s+case\s+of|"
    r"responsible\s+for\s+planning|order|ordering|to\s+go\s+after|no\s+evidence|denied|deny|denies)\b"
    r"[^.;:!?]*$",
    re.IGNORECASE,
)
_TO_INFINITIVE = re.compile(
    r"\bto\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those|our|my|your|some|any|many|more|all)\b)"
    r"[a-z]+\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
_REALIS_TO = re.compile(
    r"\b(?:was|were|been|had\s+been)\s+ordered\s+to\s+(?:\w+\s+){0,4}$|\b(?:began|begun|started|went\s+on|managed|"
    r"moved|continued|continue)\s+to\s+(?:\w+\s+){0,3}$|\b(?:used|appeared)\s+to\s+(?:\w+\s+){0,3}$"
    # "three gunmen tried to storm the mosque": an attempt made is an incident
    r"|\b(?:tried|attempted)\s+to\s+(?:\w+\s+){0,1}$"
    # "police fired tear gas to disperse stone-pelting protesters": the crowd was there
    r"|\bto\s+(?:disperse|break\s+up|scatter|quell|contain|push\s+back|control|stop)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE)
#: The object of an overrun or a storming that makes it an attack on a military position.
_MILITARY_POSITION = re.compile(
    r"\s+(?:an?|the|its|their|two|three|several)?\s*"
    # (the words between are the position's own: "captured al-Qaryatayn after overrunning army checkpoints" took a town)
    r"(?:(?!(?:after|before|when|while|and|by|from|in|on|at|near|as|following)\b)(?![\w-]+ing\b)[\w-]+\s+){0,3}?"
    r"(?:military\s+|army\s+)?(?:base|bases|camp|"
    r"barracks|garrison|outpost|outposts|post|posts|checkpoint|checkpoints)\b", re.IGNORECASE)
#: A place that speaks or takes a stance is a government standing for its state ("Washington
#: blamed", "Moscow said its jets", "Islamabad accused"), not where anything happened.
_SPEAKS_AFTER = re.compile(
    r"(?:['’]s\s+(?:foreign\s+|defen[cs]e\s+|interior\s+)?(?:ministry|government|envoy|ambassador|statement|response))?"
    r"\s+(?:(?:has|have|had|also|again|later|quickly|swiftly|repeatedly|strongly|publicly|officially|on\s+\w+day)\s+){0,2}"
    r"(?:said|says|blamed|blames|accused|accuses|denied|denies|warned|warns|condemned|condemns|insisted|insists|"
    r"announced|announces|rejected|rejects|urged|urges|demanded|demands|threatened|threatens|vowed|vows|"
    r"responded|responds|confirmed|confirms|dismissed|dismisses|welcomed|welcomes|critici[sz]ed|summoned|expelled|"
    r"pledged|promised|hailed|maintained|maintains|argued|argues|believes|wants|hopes|fears|"
    r"called\s+(?:on|for)|calls\s+(?:on|for))\b")
#: "The 2005 X bombings were three coordinated explosions", "the raid was an air strike": a copula
#: between two incident nouns says they are one incident.
_COPULA_GAP = (r"\s+(?:was|were|is|are)\s+(?:(?:a|an|the|one|two|three|four|five|six|several|series\s+of|"
               r"pair\s+of|set\s+of)\s+)?(?:[\w-]+\s+){0,2}")
#: What a reported incident is said to have been: "the blast appeared to have been a suicide attack".
_PREDICATE_GAP = (r"\s+(?:(?:was|were|had\s+been)\s+(?:caused|carried\s+out|set\s+off|triggered)\s+by|"
                  r"was|were|is|are|had\s+been|(?:appears?|appeared|seems?|seemed)\s+to\s+have\s+been|"
                  r"(?:was|is)\s+(?:believed|thought|suspected)\s+to\s+have\s+been|was\s+apparently)\s+(?:a|an)\s+"
                  r"(?:[\w-]+\s+)?")
#: "the deadliest attack in the capital since the Taliban were driven out": a comparison with the past.
_SUPERLATIVE_SINCE = re.compile(r"\b(?:deadliest|worst|bloodiest|biggest|largest|most\s+\w+)\b[^.;:]{0,80}\bsince\b[^.;:]*",
                                re.IGNORECASE)
#: A ranking of an incident told already: "were the first suicide bombings in X", "in one of the bloodiest
#: attacks of the conflict", "making it the deadliest" (an ordinal past the first, "the second rocket attack
#: this month", points at another incident and stays one)
_RANKED_BEFORE = re.compile(
    r"(?:\b(?:was|were|is|are|been|became|becoming|making\s+it|marking)|,\s*(?:in|as)|\(\s*(?:in|as)?|"
    r"\b(?:[Ii]n|[Aa]s)(?=\s+(?:one\s+of|what\s+(?:was|is))\b)|"
    r"(?<![0-9])(?<!day)(?<!week)(?<!month)(?<!year),)\s+"
    r"(?:(?:what\s+(?:was|is)|one\s+of)\s+)?(?:the|its|their)\s+(?:(?:single|very)\s+)?"
    r"(?:first|latest|deadliest|bloodiest|worst|biggest|largest|heaviest|fiercest|boldest|costliest|greatest|"
    r"most\s+[a-z]+)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE)
#: A relative clause after a comma ("..., which demonstrators had stormed two days ago"), to its end.
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whom|where)\b[^,;.]*")
#: A sentence that tells a further incident: "Shortly afterwards, a car bomb ...", "In a separate attack, two ...".
_SEQUENCE_START = re.compile(r"\s*(?:[A-Z]{3,}[A-Z ]*:\s+)?"  # (a round-up's place head: "HANGU: Hours later, ...")
                             r"(?:(?:Shortly|Soon|Moments|Minutes|Hours|Immediately)\s+(?:afterwards|later)|Later|"
                             # "Hours after the bombings, a crowd attacked a camp": what followed is another incident
                             r"(?:Shortly|Soon|Moments|Minutes|Hours|Days|A\s+day|The\s+day)\s+after\s+(?:the|these|those|this|that)"
                             r"\s+(?:[\w'’-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|explosions?|killings?|strikes?|raids?|clashes)|"
                             r"Meanwhile|Separately|In\s+(?:a\s+separate|another)\s+(?:attack|incident))\s*,\s+"
                             r"(?:a|an|another|two|three|four)\s"
                             # "Also on Wednesday, gunmen shot dead a member of parliament": one more incident
                             r"|\s*Also\s+(?:on|that|late|early|in)\s+[\w ]{0,25},\s+[A-Za-z]"
                             # "In a separate incident on the outskirts of Hangu, gunmen opened fire on a minibus"
                             r"|\s*In\s+(?:a\s+separate|another|a\s+second|a\s+further|an\s+unrelated)\s+(?:attack|incident)\s+"
                             r"(?:on|in|at|near|outside|to)\b[^,;.]{0,60},\s+[A-Za-z]"
                             # "The same day, Israeli aircraft struck tanks advancing on Sweida": one more incident
                             r"|\s*(?:On\s+the|The)\s+same\s+day,\s+[A-Za-z]"
                             # "In other violence Wednesday, a bomb hidden in a parked minibus exploded in Baghdad"
                             r"|\s*(?:In\s+other\s+(?:violence|attacks|incidents|bloodshed|fighting)|Elsewhere)\b[^,;.]{0,40},\s+[A-Za-z]")
#: One person of standing shot or killed: "shot dead a senior judge", "gunned down the district mayor".
_ROLES = (r"(?:judge|minister|governor|deputy\s+governor|"
          r"mayor|lawmaker|legislator|senator|parliamentarian|cleric|imam|tribal\s+elder|commander|leader|official|candidate|"
          r"politician|councillor|councilor|chief|prosecutor|police\s+chief|district\s+chief|head|"
          r"member\s+of\s+(?:parliament|the\s+\w+\s+(?:assembly|council))|(?<!a\s)MP)")
#: ... or two of them together: "gunned down two senior judges", "shot dead two lawmakers".
_ROLE_VICTIM = re.compile(
    r"\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?" + _ROLES + r"\b(?!\s+and\b)(?!s)"
    r"|two\s+(?:[\w-]+\s+){0,3}?" + _ROLES + r"s\b(?!\s+and\b))")
#: A place naming a diplomatic forum: "the Doha talks", "the Minsk agreement".
_FORUM_AFTER = re.compile(r"\s+(?:peace\s+)?(?:talks|summit|conference|agreement|accord|accords|process|negotiations|"
                          r"declaration|format|forum|framework|roadmap|deal)\b", re.IGNORECASE)
#: The source of a stance ("accusations from Washington", "condemnation from Ankara") or a
#: state doing something in a report ("that Moscow was targeting rebels"): a government, not a scene.
_STANCE_SOURCE_BEFORE = re.compile(
    r"\b(?:accusations?|criticism|condemnation|complaints?|protests?|warnings?|pressure|demands?|calls|"
    r"objections?|denials?|reaction|response|support|backing|approval)\s+(?:[a-z]+\s+)?from\s+$"
    r"|\baccording\s+to\s+$", re.IGNORECASE)  # ("killing three civilians, according to Ankara": a source)
_AGENT_AFTER = re.compile(r"\s+(?:was|were|is|are|had\s+been|has\s+been)\s+(?:deliberately\s+|also\s+)?"
                          r"(?:targeting|targetting|backing|arming|supporting|funding|sheltering|harbou?ring|helping)\b")
#: Bombs fired or dropped from drones or aircraft.
_AERIAL_BOMBS = re.compile(r"\b(?:drones?|warplanes?|jets?|aircraft|helicopters?|gunships?|planes?)\b[^.;]{0,80}?"
                           r"\b(?:fired|dropped|launched|released)\b[^.;]{0,60}?\bbombs?\b", re.IGNORECASE)
#: Fighters assaulting a position with bombs and guns, or setting off bombs before storming it.
_ASSAULT_WITH_BOMBS = re.compile(
    r"\b(?:fighters|militants|gunmen|insurgents)\s+(?:[\w'’-]+\s+){0,2}?(?:attacked|assaulted|raided|stormed)\b"
    r"[^.;]{0,220}?(?:\bbombs?\s+and\s+(?:guns|gunfire|small\s+arms|rifles)\b|\bbefore\s+(?:trying\s+to\s+|attempting\s+to\s+)?"
    r"storm(?:ing)?\b)", re.IGNORECASE)
#: Weapons carried: "armed with rifles, grenades and petrol bombs" (to the end of the list).
_CARRIED_BEFORE = re.compile(r"\b(?:armed|equipped)\s+with\s+(?:(?![a-z]+(?:ed|ing)\b)[\w'’-]+,?\s+){0,10}$",
                             re.IGNORECASE)  # (a verb ends the list: "armed with rifles, stormed the hotel, setting off bombs")
#: Fighters assaulting a military position, whatever they set off on the way in: "attacked the base at X,
#: setting off a suicide car bomb at the gate before storming the camp" is an armed clash (a bomber alone
#: driving into a checkpoint stays a bombing).
_ASSAULT_ON_POSITION = re.compile(
    r"\b(?:fighters|militants|gunmen|insurgents|islamists|rebels|members|attackers|jihadists|al-shabaab|shebab|"
    r"taliban)\s+(?:[\w'’-]+\s+){0,2}?(?:attacked|assaulted|raided|stormed|overran)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:bases?|camps?|barracks|posts?|outposts?|checkpoints?|police\s+stations?|airfields?|"
    r"garrisons?|(?:military|army|security)\s+(?:facility|installation|compound))\b", re.IGNORECASE)
#: Protesters damaging property: a riot, coded as the protest it is part of.
_CROWD_DAMAGE = re.compile(r"\b(?:protesters|protestors|demonstrators|rioters|mobs?|crowds?|supporters|youths|mourners|"
                           r"(?:angry|irate|furious|enraged)\s+(?:residents|locals|villagers|relatives|students))\s+"
                           r"(?:[\w'’-]+\s+){0,2}?(?:torched|burned|burnt|set\s+fire|set\s+ablaze|ransacked|vandali[sz]ed|pelted|"
                           r"smashed|looted)\b",
                           re.IGNORECASE)
#: What was burned after "set fire to", "torched": people's homes (shops and cars burned by rioters stay a riot).
_HOMES_BURNED = re.compile(r"\s+(?:to\s+)?(?:(?:the|their|dozens\s+of|scores\s+of|hundreds\s+of|several|many|some|\d+|"
                           r"[a-z]+ty|[a-z]+)\s+)?(?:[\w'’-]+\s+){0,2}?(?:homes|houses|huts|dwellings|villages?|"
                           r"homesteads)\b", re.IGNORECASE)
#: The addressee of an accusation or appeal: "accused Kabul of harbouring militants".
_ADDRESSEE_BEFORE = re.compile(r"\b(?:accused|accuses|accusing|blamed|blames|blaming|urged|urges|urging|warned|warns|"
                               r"pressed|presses|pressing|criticised|criticized|summoned|thanked|called\s+on)\s+$"
                               # "the ceasefire agreed by Moscow and Ankara": the states that made it
                               r"|\b(?:agreed|brokered|mediated|negotiated|signed|sponsored|guaranteed)\s+(?:\w+\s+)?by\s+"
                               r"(?:both\s+)?(?:[A-Z][\w'’-]+\s+and\s+)?$",
                               re.IGNORECASE)
#: Reactions to an incident already reported: the incident named after them is no new one.
_REACTION_BEFORE = re.compile(
    r"\b(?:condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|deplor(?:e|es|ed|ing)|mourn(?:s|ed|ing)?|"
    r"(?:shocked|saddened|outraged|appalled|horrified|grieved|dismayed|angered)\s+(?:by|at|over)|"
    r"condolences\s+(?:over|for|on)|sympath(?:y|ies)\s+(?:over|for)|(?:reacting|reacted|reaction)\s+to|"
    r"in\s+(?:response|retaliation|reprisal)\s+(?:to|for))\s+(?:[\w'’\"“”-]+\s+){0,4}$",
    re.IGNORECASE)
_NEGATION_NEAR = re.compile(
    r"\b(?:not|no|never|n't|neither|nor|without|denied|deny|denies|rejected|rule[sd]?\s+out)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE)
_HABITUAL = re.compile(
    r"\b(?:regular(?:ly)?|routine(?:ly)?|often|frequent(?:ly)?|usually|typically|repeated(?:ly)?|"
    r"string\s+of|series\s+of|spate\s+of|campaign\s+of|history\s+of|have\s+become|has\s+become|"
    r"have\s+continued|has\s+continued|continue\s+to|decades?|years\s+of|for\s+years|"
    r"the\s+use\s+of|such|any|every|prefer|prefers|rare|common|"
    r"ha(?:s|ve|d)\s+been\s+(?:carrying|launching|conducting|fighting|waging|staging|battling|clashing)|in\s+support\s+of|"
    r"intensif(?:y|ied|ies|ying)|stepped\s+up|step\s+up|ramped\s+up|scaled\s+up|surge\s+in|"
    r"for\s+the\s+rest\s+of\s+the\s+(?:year|month|decade|war))\b",
    re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:carried\s+out|launched|conducted|staged|mounted|a|an|the|this|that|these|those|its|his|her|their|our|"
    r"one|two|three|four|five|six|seven|"
    r"eight|nine|ten|twin|another|latest|last|first|second|third|double|triple|"
    r"separate|both|thousands|hundreds|dozens|scores)|\d+|['’]s?)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE)
_DEFINITE_BEFORE = re.compile(
    r"(?:\b(?i:the|this|that|these|those|its|such)|\b(?:[A-Z][a-z]+day)['’]s)\s+(?:[\w-]+\s+){0,2}$")
_NEW_INCIDENT_BEFORE = re.compile(r"\b(?:second|third|fourth|another|earlier|previous|similar|separate|"
                                  r"other|first|last\s+year['’]s|recent)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_SPEAKER_BEFORE = re.compile(
    r"\b(?:officials?|commanders?|spokes(?:man|woman|person)|diplomats?|analysts?|correspondents?|"
    r"reporters?|journalists?|sources?|government|authorities|administration|regime|embassy|"
    r"ministry|leaders?|minister|envoy|ambassador|(?<!intelligence\s)(?<!security\s)agency|governor|police\s+chief|doctors?|"
    r"witness(?:es)?|lawmakers?|statement|conference|talks|summit|meeting|newsrooms?|bureaus?|"
    r"told\s+(?:reporters|journalists|a\s+news\s+conference)|speaking|reporting|based|headquartered|"
    r"visit|visited|visiting|flew|fly|travel(?:led|ed)?|arrived|returned|fled|born|studied|emergency\s+meeting|met|meet|meets|"
    r"landing|landed|headed|heading|sailed|sailing|left|leaving|moved|deployed|stationed|came|hails|hailed)"
    r"\s+(?:(?:official|officials|chief|later|on\s+\w+day|by\s+(?:satellite\s+)?(?:tele)?phone)\s+)?(?:in|from|to|at)\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:(?:state|province|city|town|region|district)\s+of\s+|capital,?\s+)?$"
    r"|\b(?:said|says|told\s+\w+)\s+(?:in|from)\s+(?:the\s+)?$"
    r"|\bspeaking\s+from\s+(?:[\w'’-]+\s+){0,4}(?:in|at)\s+$"
    # "said Sundarraj P, the inspector general of police for the Bastar region": a speaker's jurisdiction
    r"|\b(?:said|says|told\s+\w+|according\s+to)\s+(?:[\w.'’-]+\s+){1,4},\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){1,6}"
    r"(?:for|of)\s+(?:the\s+)?$"
    r"|\b(?:ministers?|officials?|delegation|delegates|envoys?|visitors|pilgrims|passengers|refugees|migrants|councill?ors?|"
    r"labou?rers|workers|farmers|traders|natives|families|plane|flight)\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$"
    # "ISIL fighters reinforced from Raqqa and Iraq launched an offensive against Gharanij": where forces came from
    r"|\b(?:reinforced|reinforcements|redeployed|sent|brought|dispatched|transferred|drawn|recruited|bussed|bused|"
    r"airlifted|flown\s+in)\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$"
    # "fell to the Taliban on 13 August 2021, two days before Kabul": another place's own day
    r"|\b(?:days?|weeks?|hours?|months?)\s+(?:before|after|ahead\s+of)\s+$"
    # "protesters had converged on the town from several districts of Lahj": where they came from
    r"|\bfrom\s+(?:several|various|other|many|neighbouring|neighboring|nearby|surrounding|all)\s+(?:[\w-]+\s+)?"
    r"(?:districts|areas|towns|villages|parts|provinces|regions|cities)\s+of\s+(?:the\s+)?$"
    r"|\b(?:stopover|stop-over|trip|tour|visit|talks|summit)\s+(?:[\w'’-]+\s+){0,2}(?:in|to|at)\s+(?:the\s+)?$"
    r"|\b(?:told|telling|speaking\s+to|said)\s+(?:\w+\s+){0,2}(?:by\s+(?:tele)?phone|over\s+the\s+phone)\s+from\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}(?:of\s+)?$|\bspeaking\s+from\s+(?:the\s+)?$",
    re.IGNORECASE)
#: Between a trigger and its place, only prepositional phrases: "the bombing of the Pearl
#: Continental hotel in", "the blast in", "an attack on a checkpoint near the town of".
_TIGHT_GAP = re.compile(
    r"\s+(?:(?:at|in|on|of|near|outside|against|targeting|inside|along)\s+(?:[\w'’-]+\s+){0,5}?)?"
    r"(?:in|at|near|outside|on|of|inside|into|across|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?", re.IGNORECASE)
#: "backed by U.S. airstrikes": support for another action, not an incident of its own.
_SUPPORT_BEFORE = re.compile(r"\b(?:backed|supported|aided|assisted|covered|helped)\s+by\s+(?:[\w.'’-]+\s+){0,3}$|"
                             r"\bwith\s+the\s+(?:help|support|backing)\s+of\s+(?:[\w.'’-]+\s+){0,3}$", re.IGNORECASE)
#: Foreigners named as the victims or the people at a scene ("a van carrying Chinese teachers", "a Japanese doctor"):
#: their nationality points at no other country's ground.
_FOREIGN_PEOPLE_AFTER = re.compile(
    r"(?:\s+[a-z-]+){0,2}?\s+(?:teachers?|nationals?|citizens?|doctors?|engineers?|workers?|tourists?|pilgrims?|"
    r"journalists?|reporters?|diplomats?|contractors?|hostages?|passengers?|students?|nurses?|employees?|staff|"
    r"man|woman|men|women|missionar(?:y|ies)|volunteers?|experts?|crew|sailors?|traders?|businessm[ae]n|"
    r"truck\s+drivers?|drivers?|labou?rers?|visitors?|priests?|nuns?|physicians?)\b"
    # "policemen guarding the American Center": a foreign country's building in the dateline's town
    r"|\s+(?:(?-i:[A-Z])[a-z]+\s+)?(?-i:Cent(?:er|re)|Embassy|Consulate|Mission|School|College|University|"
    r"Council|Club|Hospital|Cultural)\b")
#: "in northern Yemen", "in the country's north": the lead places the incident away from the dateline.
_REGION_OF_COUNTRY = re.compile(
    r"\b(?:in|across)\s+(?:the\s+)?(?:north|south|east|west|northern|southern|eastern|western|central|"
    r"north-?western|north-?eastern|south-?western|south-?eastern|northwest|northeast|southwest|southeast)(?:ern)?\s+"
    r"(?:part\s+of\s+(?:the\s+)?)?[A-Z]|\bin\s+(?:the\s+)?country['’]s\s+(?:north|south|east|west)", re.IGNORECASE)
_SUPPORT_PHRASE = re.compile(r"\b(?:backed|supported|aided|assisted|covered|helped)\s+by\s+(?:[\w.'’-]+\s+){0,3}[\w-]+",
                             re.IGNORECASE)
#: Where someone travelled, landed or stayed: "before landing in dinghies at two points in X" (but "UAE-trained
#: forces in Nokhan", the compound only describes the forces: Nokhan is where the incident was).
_MOTION_BEFORE = re.compile(
    r"(?<!-)\b(?:landing|landed|lands|sailed|sailing|flew|flying|travell?ed|travell?ing|drove\s+back|returned|returning|"
    r"fled|fleeing|headed|heading|arrived|arriving|moved|relocated|stayed|staying|lived|living|born|trained|"
    r"brought|airlifted|flown|ferried|evacuated|rushed|transported|repatriated|flee|escape|escaping|escorted|sent|"
    r"dispatched)\s+"
    r"(?:[\w'’-]+\s+){0,8}?(?:in|at|to|into|from|near|towards?)\s+(?:the\s+)?(?:[\w-]+\s+)?$"
    # "as troops drove in a truck and a jeep towards the oil town of Digboi": where they were going
    r"|(?<!-)\b(?:drove|driving|rode|riding|walked|walking|marched|marching|moving|sailed|sailing)\s+(?:[\w'’-]+\s+){0,8}?"
    r"(?:towards?|toward)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)
#: Gatherings the place belongs to: "attended the funeral in Mardan of a policeman killed in Peshawar".
_GATHERING_BEFORE = re.compile(
    r"\b(?:attended|held|offered|performed|gathered\s+for)\s+(?:the\s+|a\s+)?(?:funeral|burial|prayers|vigil|"
    r"ceremony|memorial|wake|meeting)[^.;]{0,30}?\b(?:in|at)\s+(?:the\s+)?$|\b(?:funerals?|burials?|vigils?|"
    r"ceremon(?:y|ies)|memorials?|prayers|wakes?|processions?)\s+(?:[\w-]+\s+){0,4}?(?:held|performed|offered|took\s+place)"
    r"\s+(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
_OFFICE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:regional\s+|provincial\s+|state\s+|district\s+|deputy\s+|police\s+)?(?:president|governor|"
    r"police\s+chief|spokes(?:man|woman|person)|commissioner|collector|magistrate|officials?|administrator|minister|chief|mayor|"
    r"council)\b", re.IGNORECASE)
_ROUTE_BEFORE = re.compile(
    r"\b(?:highways?|roads?|routes?|motorway|railway|rail\s+line|pipeline|corridor|flights?|journey|border|trains?|"
    r"(?:train|bus|rail|ferry|air)\s+(?:service|link)|service|express)\s+"
    r"(?:linking|connecting|between|from|to|towards?|with|(?:leading|going|heading)\s+(?:to|into))\s+(?:the\s+)?(?:\w+\s+)?$"
    r"|\b(?:km|kms|kilomet(?:er|re)s?|miles?)\s+(?:\([^)]*\)\s+)?(?:(?:north|south|east|west|north-?east|north-?west|"
    r"south-?east|south-?west)(?:ern)?\s+)?(?:from|of|outside)\s+(?:the\s+)?(?:(?:\w+\s+)?|(?:[\w-]+\s+){0,2}[\w-]+,\s*)$"
    r"|(?<!\bthe\s)\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+(?:the\s+)?$"
    # "about halfway between Homs and the ancient city of Palmyra": a place located by two others
    r"|\b(?:halfway|half-way|midway|mid-way)\s+between\s+(?:the\s+)?(?:(?:towns|cities|villages)\s+of\s+)?$",
    re.IGNORECASE)  # ("in the south of X" is inside X)
_DESCRIPTOR_GAP = re.compile(
    r"^\s*(?:(?:railway|train|bus|police|army|border|military)\s+(?:station|post|camp|crossing)\s*)?"
    r"(?:,|—|–|-|\()\s*(?:(?:the|a|an)\s+)?(?:[\w-]+\s+|\([\w .-]{1,20}\)\s+){0,4}?"
    r"(?:capital|city|town|village|district|province|region|state|area|hub|seat|headquarters|"
    r"part|suburb|neighbou?rhood|outskirts|centre|center|heart|stronghold|birthplace|home|"
    r"which|that|where|who|in|of|near)\b[^;]*$",
    re.IGNORECASE)
#: An unnamed place located from a named one: "in a town south of the northern Iraqi city of Kirkuk".
_BEARING_BEFORE = re.compile(
    r"\b(?:a|an)\s+(?:[\w-]+\s+)?(?:town|village|city|area|district|suburb|hamlet|settlement|neighbou?rhood|market\s+town)\s+"
    r"(?:(?:about|some|nearly|around|roughly)\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:\([^)]{0,20}\)\s+)?)?"
    + BEARING + r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:(?:city|town|province|capital)\s+of\s+)?$", re.IGNORECASE)
_CAPITAL_OF_BEFORE = re.compile(
    r"\b(?:capital|city|seat|heart)\s+(?:city\s+)?of\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE)
#: The words of a shooting that kills: "shot dead", "gunned down", "assassinated".
_SHOT_DEAD = r"(?:shot\s+dead|gunned\s+down|shot\s+and\s+killed|assassinated)"
#: A clause telling what an incident led to: the places after it are the consequence's.
_CONSEQUENCE = re.compile(r",\s+(?:triggering|sparking|prompting|forcing|causing|drawing|leading\s+to)\s")
_REFERENCE = re.compile(
    # (the noun in lower case: "at the District Headquarters Hospital" names a building, not the place told before)
    r"\b(?:in|at|near|around|across|inside|outside|to|through)\s+(?:the\s+(?:same\s+)?(?-i:area|city|town|village|region|"
    r"district|province|capital|valley|camp|neighbou?rhood|locality|compound|site|scene)(?!\s+of\s+(?-i:[A-Z]))|there)\b"
    r"|\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|could|may|might|must|seems?|appears?|remains?)\b)"
    r"|\b(?:in|during)\s+the\s+same\s+(?:attack|raid|assault|incident|operation)\b",
    re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r";|\s[—–]\s|\s-\s|:\s|,\s+(?:but|while|whereas|although|though)\b|\bwhile\b",
                           re.IGNORECASE)
_CLAIMED = re.compile(r"\bclaim(?:ed|s|ing)?\s+(?:\w+\s+){0,2}?responsibility\b|\bclaimed\s+by\b"
                      r"|\b(?:said|says)\s+(?:in\s+a\s+statement\s+)?(?:\w+\s+){0,4}?(?:was|were)\s+behind\b",
                      re.IGNORECASE)
_SUSPECTED = re.compile(r"\b(?:suspected|alleged|believed\s+to\s+be|blamed\s+on|blamed|suspicion|hallmarks|"
                        r"bore\s+the|likely|probably|almost\s+certainly)\b", re.IGNORECASE)
#: Security forces as the object of the verb: "shot dead three soldiers".
_SECURITY_VICTIMS = re.compile(r"\s+(?:at\s+least\s+|more\s+than\s+)?(?:\w+\s+)?(?:[\w-]+\s+)?(?:soldiers|policemen|troops|"
                               r"police\s+officers|peshmerga|jawans|security\s+personnel|paramilitar\w+)\b", re.IGNORECASE)
_SECURITY_TARGET = re.compile(
    r"\b(?:police|policem[ae]n|soldiers?|troops|army|military|security\s+forces|checkpoints?|check\s+posts?|"
    r"posts?|bases?|barracks|convoys?|patrols?|headquarters|garrison|outposts?|officers?|guards?|"
    r"government\s+buildings?|forces|personnel|militia|militants|fighters|rebels|insurgents|camp|parliament|"
    r"ministry|embassy|compound|governor['’]s\s+office|prison|jail)\b",
    re.IGNORECASE)
_CIVILIAN_TARGET = re.compile(
    r"\b(?:civilians?|villagers?|worshipp?ers|mosques?|church(?:es)?|temples?|shrines?|schools?|"
    r"students?|pupils|children|universit(?:y|ies)|colleges?|campus|worship\s+places?|places\s+of\s+worship|market|bazaar|passengers?|bus(?:es)?|wedding|funeral|mourners|"
    r"shoppers|residents|pilgrims|hospital|farmers|homes|houses|village|families|women|people|guests|"
    r"(?<!navy\s)(?<!naval\s)(?<!patrol\s)(?<!military\s)(?<!gun)(?:boats?|ferry|ferries)|"
    r"diners|hotels?|trains?|commuters|mall|shopping|restaurants?|caf[eé]s?|markets|crowds?|"
    r"schoolgirls|girls|boys|inmates|prisoners|detainees|captives|hostages|cadets|recruits|supporters|followers|voters|"
    r"journalists?|reporters?|aid\s+workers?|party\s+workers|tourists|visitors|traders|travell?ers|fishermen|herders|"
    r"vendors?|hawkers?|shopkeepers?|passers-?by|principal|"
    r"(?<!police\s)(?<!army\s)(?<!military\s)(?<!patrol\s)(?<!security\s)(?:car|cars|taxi|minibus|rickshaw)|"
    r"labou?rers?|miners?|(?:truck|lorry|taxi|bus|rickshaw|tanker)\s+drivers?|porters|"
    r"(?:farm|construction|road|factory|health|polio|charity|relief|humanitarian|ngo|election|migrant|brick[- ]kiln)\s+workers?|"
    r"displaced|refugees|doctors?|nurses?|nuns?|monks?|priests?|teachers?|engineers|vaccinators|de-?miners|medical\s+(?:team|workers|staff)|"
    r"(?<!armed\s)(?<!security\s)(?<!gun)(?<!police)(?<!tribes)men)\b",
    re.IGNORECASE)
#: Settlements attacked: civilian targets, unless the same words tell of their capture.
_SETTLEMENTS = re.compile(r"\b(?:villages|hamlets?|communit(?:y|ies)|settlements?|homesteads?)\b", re.IGNORECASE)
_CAPTURE_WORDS = re.compile(r"\b(?:overr[au]n\w*|captur\w*|seiz\w*|took|tak\w+|retook|recaptur\w*|liberat\w*|control|"
                            r"advanc\w*|offensive)\b", re.IGNORECASE)
#: Capitalised words that make no person's name: "On Monday", "In March", "Late Tuesday".
_NOT_NAME_WORDS = frozenset("""on in at by the a an late early last this next monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october november december police
    army security""".split())
_GUN = re.compile(r"\b(?:gunmen|gunman|shot|shooting|opened\s+fire|fire|rifles?|guns?|raided|stormed|"
                  r"gunfight|gun\s+battle)\b", re.IGNORECASE)
_EXPLOSIVE = re.compile(r"\b(?:bombs?|bombers?|blasts?|explosions?|explosives?|ied|detonat\w*|grenades?)\b",
                        re.IGNORECASE)
#: A cheap test that lets a sentence skip the full death-count rules.
_DEATH_HINT = re.compile(
    r"kill|dead|death|died|dies|toll|casualt|fatalit|lives|life|slain|slaughter|massacre|execut|behead|"
    r"martyr|perish|bodies|gunned|shot|lynch|burn|no\s+one|nobody", re.IGNORECASE)
#: A bare plural that did something ("Air strikes have destroyed a hospital") reports
#: incidents; one that merely is ("Suicide attacks have become rare") generalises.
_PLURAL_ACTED = re.compile(
    r"\s+(?:\w+\s+)?(?:(?:have|has|had)\s+(?!become|been\s+(?:rare|common|frequent))(?:\w+ed|hit|struck|killed|torn|"
    r"left|razed)|destroyed|killed|hit|struck|pounded|targeted|exploded|went\s+off|levelled|leveled|tore|"
    r"burned|burnt|torched|looted|ransacked|smashed|stormed|set\s+fire|pelted|vandali[sz]ed|blocked|clashed|wounded|injured|"
    r"marched|threw|hurled)\b",
    re.IGNORECASE)
#: People who "were killed in clashes" or "were hurt in shootouts": one occasion, not a generic statement.
_HURT_IN = re.compile(r"\b(?:was|were)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt|shot\s+dead)\s+(?:in|during)\s+"
                      r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_FEATURE_PRECISION = {"city": 1, "other": 1, "district": 2, "region": 3, "country": 3}
#: Days either side of a date that its precision spans (the scorer's windows).
_DATE_WINDOW = {"day": 1, "week": 4, "month": 31, "year": 366}


@dataclass
class _Event:
    trigger: Trigger
    event_type: str
    generic: int
    specificity: int
    place: Mention | None
    place_span: tuple[int, int] | None
    sentence: tuple[int, int]
    sentence_index: int
    para_index: int
    date: DateMention | None
    event_date: date | None
    precision: str
    fatalities: int | None
    actor1: str
    actor1_span: tuple[int, int] | None
    actor2: str | None
    actor2_span: tuple[int, int] | None
    definite: bool = False
    borrowed: bool = False  # placed by "the area", "there" or the dateline, not by a name in the sentence
    companion: bool = False  # the abduction told beside a deadly attack ("killing eight and abducting dozens")
    undated: bool = False  # no date anywhere: told at the publication date for want of one

    @property
    def family(self) -> str | None:
        return schema.type_family(self.event_type)

    @property
    def explicit_date(self) -> bool:
        return self.date is not None


#: The object of a killing that points back at the ones abducted: "abducted Colonel X ... and later killed him".
_THE_TAKEN_AFTER = re.compile(r"\s+(?:him|her|them|the\s+(?:hostages?|captives?))\b")


def _coerce_published(published: Any, warnings: list[str]) -> date | None:
    if published is None or published is _NA or (isinstance(published, float) and math.isnan(published)):
        warnings.append("no publication date: relative dates in this article are not resolved")
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    try:
        return date.fromisoformat(str(published).strip()[:10])
    except ValueError:
        warnings.append(f"publication date {published!r} is not YYYY-MM-DD: relative dates are not resolved")
        return None


try:
    import pandas as _pd
    _NA = _pd.NA
except ImportError:  # pragma: no cover - pandas is a dependency
    _NA = object()


def _clauses(text: str, start: int) -> list[tuple[int, int]]:
    """Clause boundaries of a sentence as absolute spans (rough: semicolons, dashes, 'but')."""
    cuts = [0] + [m.start() for m in _CLAUSE_BREAK.finditer(text)] + [len(text)]
    return [(start + a, start + b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _clause_of(clauses: list[tuple[int, int]], pos: int) -> int:
    for i, (a, b) in enumerate(clauses):
        if a <= pos < b:
            return i
    return len(clauses) - 1


class _ArticleExtractor:
    def __init__(self, text: str, published: date | None, gazetteer: Gazetteer, geocoder: Any,
                 lexicon: Lexicon):
        self.text = text
        self.published = published
        self.gaz = gazetteer
        self.geocoder = geocoder
        self.lex = lexicon
        self._article_strikes: str | None = None
        self._tolls: dict[str, int] = {}
        self._actors_all: list[ActorMention] = []
        self._actor_starts: list[int] = []
        self._mention_starts: set[int] = set()
        self._mention_list: list[Mention] = []
        self._unplaced: list[tuple] = []
        self._unplaced_told_at: date | None = None
        self._first_unplaced: tuple | None = None
        # the date the narrative is at: (date, precision, paragraph index) of the last incident
        # reported with a date of its own; an undated sentence of the same passage is told at it
        self._narrative: tuple[date, str, int] | None = None
        self._story_day: date | None = None  # the day of the latest incident told with its own day
        # the date of the last sentence that tells of a day without an incident of its own ("On 27 August the SDF
        # detained ..."), and where that sentence starts: "On the same day" after it counts from it
        self._last_dated: tuple[date, str, int] | None = None
        self._carry_across_paragraphs = False
        self._defined: set[int] = set()  # triggers that a sentence's subject is defined as ("the bombing was an air strike")
        self._candidates_of: dict[tuple, list[Mention]] = {}  # (sentence start, its places) -> candidate scenes
        self._dateline: Mention | None = None  # the dateline's place, once the article is read

    # ------------------------------------------------------------------ per sentence
    def _realis(self, sent: str, s0: int, trig: Trigger, dates: list[DateMention]) -> bool:
        rel = trig.start - s0
        before = sent[max(0, rel - 90):rel]
        # only look back within the clause
        cut = max(before.rfind(","), before.rfind(";"), before.rfind("—"), before.rfind(" - "))
        near = before[cut + 1:] if cut >= 0 and len(before) - cut < 60 else before[-70:]
        if sent.rstrip().endswith("?"):
            return False
        if rx.match(r"\s*For\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?(?:a|an|two|three|four|five|several|many|\d+)\s+"
                    r"(?:decades?|years)\b", sent) and rx.search(r"\b(?:has|have)\s+(?:long\s+)?been\b", sent) \
                or rx.search(r"\b(?:who|which|that)\s+(?:[a-z]+\s+)?$", before[-25:]) and rx.fullmatch(
                    r"raid|attack|kidnap|abduct|kill|loot|rob|terrori[sz]e|rustle|ambush|bomb", trig.text, re.IGNORECASE):
            return False  # "For more than a decade, rural Zamfara has been plagued by armed gangs ... who raid villages
            # and kidnap residents for ransom": a habit, no incident
        if rx.search(r"\b(?:over|in|during|throughout)\s+the\s+(?:following|next|ensuing|subsequent)\s+(?:few\s+|several\s+)?"
                     r"(?:weeks|months|years)\b|\bin\s+the\s+(?:weeks|months|years)\s+that\s+followed\b", before, re.IGNORECASE):
            return False  # "Over the following months, police in Karnataka and Tamil Nadu arrested more than a dozen
            # people": what many weeks held, no one incident
        if rx.fullmatch(r"captured|seized|detained|arrested|abducted|kidnapped", trig.text, re.IGNORECASE) \
                and rx.search(r"(?:^\s*|\b(?:the|of|and|with|two|three|four|five|\d+|some|several|many|other|its|their)\s+)$",
                              before, re.IGNORECASE) \
                and rx.match(r"\s+(?!(?:a|an|the|his|her|their|its|several|some|many|few|dozens|scores|hundreds|two|three|four|"
                             r"five|six|seven|eight|nine|ten|\d+)\s)"  # ("and detained several suspects": a count, a verb)
                             r"(?:[a-z-]+\s+)?(?:fighters?|militants?|soldiers?|insurgents?|rebels?|men|man|suspects?|weapons|arms|"
                             r"documents|equipment|vehicles|tanks|ammunition|gunm[ae]n|jihadists?|members?|commanders?|hostages?|"
                             r"girls?|boys?|wom[ae]n|children|child|students?|schoolgirls|journalists?|workers?|pilots?|"
                             r"attackers?|bombers?)\b", sent[rel + len(trig.text):],
                             re.IGNORECASE):
            return False  # "Captured fighters, some of them teenagers, were shown to journalists": a description
        if trig.generic == 1 and rx.search(r"\b(?:the|their|his|her|its|our)\s+$", before, re.IGNORECASE) and rx.match(
                r"(?:slain|martyred|killed|murdered)$", trig.text, re.IGNORECASE) and rx.match(
                r"\s+(?:[a-z-]+\s+)?" + VICTIM + r"\b", sent[trig.end - s0:trig.end - s0 + 60]):
            return False  # "The slain jawans were identified as ...", "funeral prayers for the martyred soldiers":
            # the victims of an incident told already
        if trig.generic == 1 and rx.search(r"\b(?:where|which)\s+(?:more\s+than\s+|over\s+|at\s+least\s+|some\s+)?[\d,]+\s+"
                                           r"(?:[\w-]+\s+){0,2}(?:have|has)\s+been\s+killed\b", sent, re.IGNORECASE):
            return False  # "in Borno, where more than 30,000 people have been killed": a conflict's tally
        if trig.generic == 1 and rx.search(r"\b(?:insurgency|conflict|war|violence|campaign|uprising|rebellion|fighting|"
                                           r"crisis)\s+(?:that|which)\s+(?:has|have|had)\s+(?:\w+\s+)?(?:killed|claimed|left)\b",
                                           sent[max(0, rel - 60):rel + 12], re.IGNORECASE):
            return False  # "a 15-year jihadist insurgency that has killed more than 40,000 people": a tally
        if rx.search(r"\b(?:has|have)\s+(?:\w+\s+)?(?:killed|carried\s+out|launched|staged|conducted|abducted|attacked)\b"
                     r"[^.;]*\bsince\b", sent, re.IGNORECASE):
            return False  # "IS-K has killed dozens in a string of ambushes since September": a tally
        if rx.search(r"\b(?:has|have)\s+(?:\w+\s+)?(?:killed|abducted|kidnapped)\s+(?:hundreds|thousands|scores|dozens|many|"
                     r"more\s+than\s+[\d,]+|over\s+[\d,]+)\b[^.;]*\b(?:this|so\s+far\s+this|over\s+the\s+past|in\s+the\s+past|"
                     r"in\s+recent)\s+(?:year|month|decade|years|months|weeks)\b", sent, re.IGNORECASE):
            return False  # "Bandits have killed hundreds of people in neighbouring Zamfara state this year": a tally
        if rx.search(r"\b(?:has|have)\s+(?:\w+\s+)?been\s+(?:killed|attacked|abducted|kidnapped|targeted)\b[^.;]*"
                     r"\b(?:this|so\s+far\s+this|over\s+the\s+past|in\s+the\s+past)\s+(?:year|month|decade|years|months)\b",
                     sent, re.IGNORECASE) or rx.match(
                r"\s*(?:It|This|That)\s+(?:is|was)\s+the\s+(?:second|third|fourth|fifth|\w+th)\s+(?:[\w-]+\s+){0,3}?"
                r"(?:attack|strike|bombing|blast|ambush|incident|killing|assault)s?\s+(?:on|in|against|of)\b", sent) \
                or rx.match(r"\s*(?:Estimates|Figures|Counts|Tallies)\s+of\s+the\s+(?:number|toll)", sent, re.IGNORECASE):
            return False  # "Several lawmakers have been killed in the capital this year", "It is the second major
            # strike in the district this year", "Estimates of the number of people killed ...": tallies, not reports
        if _IRREALIS_BEFORE.search(near) and not _REALIS_TO.search(near):
            return False
        if rx.search(r"\b(?:which|whom)\s+(?:[\w'’.-]+\s+){0,5}?(?:have|has)\s+(?:(?:long|largely|mostly|since|recently|"
                     r"repeatedly|already)\s+)?$", near[-70:], re.IGNORECASE):
            return False  # "al Qaeda, which U.S. and Iraqi offensives have pushed out of Baghdad": a background fact
        if rx.search(r"\b(?:stop|stopped|stopping|prevent|prevented|preventing|keep|kept|keeping|deter|deterred|halt|halted|"
                     r"block|blocked|bar|barred|dissuade)\s+(?:[\w'’-]+\s+){0,4}?from\s+$", before[-70:], re.IGNORECASE):
            return False  # "fired warning shots to stop the attackers from advancing on Numan": what was kept from happening
        # a subordinate clause with a subject of its own starts afresh: "fighting to retake the city since
        # insurgents overran it" reports the overrunning
        sub = list(rx.finditer(r"\b(?:since|after|when|as|because|before|while|until)\s+(?:the\s+)?(?:[A-Za-z'’-]+\s+){1,3}$",
                               near))
        if sub and rx.search(r"\bto\s+\w+", near[:sub[-1].start()]):
            near = near[sub[-1].start():]
        if _TO_INFINITIVE.search(near[-45:]) and not _REALIS_TO.search(before) and not rx.search(
                r"\b(?:suspected|believed|thought|said|reported|alleged|known|understood|claiming|claimed)\s+to\s+be\b",
                near[-45:], re.IGNORECASE):
            return False  # "to carry out attacks", "to launch an offensive" (but "was ordered to launch")
        if _NEGATION_NEAR.search(before[-40:]) or rx.search(r"\b(?:not|never)\b", trig.text, re.IGNORECASE):
            return False  # "the aircraft was not hit"
        if schema.type_family(trig.event_type) == "explosions" and (rx.search(
                r"\b(?:unexploded|undetonated|unused|dummy)\s+(?:[\w-]+\s+){0,2}$", before[-40:], re.IGNORECASE) or rx.match(
                r"\s+(?:disposal|detection|squads?|technicians?|experts?|sniffer)\b", sent[trig.end - s0:trig.end - s0 + 14],
                re.IGNORECASE) or rx.match(
                r"\s+(?:[\w'’-]+\s+){0,6}?(?:was|were|had\s+been|have\s+been)\s+(?:later\s+|also\s+)?(?:recovered|found|"
                r"discovered|defused|seized|dismantled|made\s+safe)\b", sent[trig.end - s0:trig.end - s0 + 80], re.IGNORECASE)):
            return False  # "two unexploded suitcase bombs were later recovered": nothing went off
        if trig.generic == 1 and rx.search(r"\b(?:for|of|to|mourning|mourned|buried|burying|honou?ring)\s+the\s+(?:[\w-]+\s+){0,3}$",
                                           before[-50:], re.IGNORECASE) and rx.match(r"(?:killed|slain)$", trig.text,
                                                                                    re.IGNORECASE):
            return False  # "funeral prayers for the soldiers killed in Galcad": the dead of an incident told already
        if trig.pos == "noun" and rx.search(r"\b(?:referred\s+to|refers\s+to|refer\s+to|reference\s+to|"
                                            r"anniversary\s+of|(?:bury|buried|burying|mourn|mourned|mourning)\s+"
                                            r"(?:the\s+)?(?:victims|dead)\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
                                            before[-50:], re.IGNORECASE):
            return False  # "letters that referred to the Gujarat riots": an incident named, not told
        if trig.pos == "noun" and rx.search(r"\b(?:death\s+)?toll\s+(?:from|of|in)\s+(?:the|this|that|last\s+\w+['’]s|"
                                            r"\w+day['’]s)\s+(?:[\w'’-]+\s+){0,3}$", before[-70:], re.IGNORECASE) \
                and rx.search(r"\b(?:rose|risen|climbed|increased|reached|jumped|stands|stood)\b",
                              sent[trig.end - s0:trig.end - s0 + 120], re.IGNORECASE) and rx.search(
                    r"\b(?:death\s+)?toll\s+(?:from|of|in)\s+(?:the|this|that)\s+(?-i:[A-Z])", before[-70:]):
            return False  # "the death toll from the Zanjili blast had risen to 34": the blast told before, at its place
        if rx.search(r"\b(?:briefing|briefed|debate|debated|hearing|discussion|discussed|testimony|"
                     r"questions|questioned)\b[^.;,]{0,50}?\b(?:on|about|over)\s+the\s+(?:[\w'’-]+\s+){0,2}$",
                     before[-90:], re.IGNORECASE):
            return False  # "a briefing by military chiefs on the Abbottabad raid": the topic of a meeting
        if trig.event_type == "military_offensive" and rx.search(r"\b(?:during|in\s+the\s+course\s+of|as\s+part\s+of)\s+"
                                                                  r"(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}$",
                                                                  before[-50:], re.IGNORECASE):
            return False  # "were shot by soldiers during a counter-insurgency operation": the frame, not an incident
        if trig.event_type == "arrest" and rx.search(
                r"\b(?:ordered|orders|ordering|sought|seeking|issued|issues)\s+(?:the\s+|an?\s+|his\s+|her\s+|their\s+)?"
                r"(?:immediate\s+)?$|\bwarrants?\s+for\s+(?:the\s+)?$", before[-40:], re.IGNORECASE):
            return False  # "ordered the arrest of the officer in charge": an order, not an arrest made
        if rx.search(r"\b(?:escap(?:e|ed|es|ing)|fled|fleeing|freed\s+from|released\s+from|remains?\s+under|"
                     r"been\s+under|while\s+under)\s+(?:[\w'’-]+\s+){0,2}$", before[-50:], re.IGNORECASE):
            return False  # "escaping house arrest in Sanaa": a state left, not an incident
        if trig.pos == "noun" and rx.search(r"\b(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before|since)\s+"
                                            r"(?:the|this|that)\s+(?:[\w-]+\s+){0,2}$", before[-60:], re.IGNORECASE):
            return False  # "a week after the bombing": a point in time measured from an incident told elsewhere
        if rx.search(r"\b(?:in|over|during|throughout)\s+the\s+(?:\w+\s+)?(?:weeks|months|years)\s+(?:after|following|"
                     r"since|before|that\s+followed)\b", sent, re.IGNORECASE):
            return False  # "were killed in and around Marja in the months after the offensive": a tally over a span
            # (but "protested ... in the days after the Salala attack": a protest of those days)
        ranked = rx.search(r"\b(?:the|these|those|this|that)\s+(?:[\w-]+\s+)?$", before[-25:], re.IGNORECASE) and rx.match(
            r"\s+(?:was|were|is|are)\s+(?:also\s+)?(?:the|among\s+the)\s+(?:\w+est|most\s+\w+)\b",
            sent[trig.end - s0:trig.end - s0 + 60], re.IGNORECASE)
        span = trig.pos == "noun" and rx.search(
            r"\b(?:followed|after|amid|following|capping)\s+(?:two|three|four|five|several|many|\d+)\s+"
            r"(?:days|weeks|months|years)\s+of\s+(?:[\w-]+\s+)?$", before[-40:], re.IGNORECASE)
        if (ranked or span) and not rx.search(r"\bsince\b[^.;]{0,40},\s+when\b", sent, re.IGNORECASE):
            return False  # "The raids were the heaviest in the region in years and followed two days of attacks":
            # a ranking of the incident told and a span of others, not reports (but "the biggest since
            # September 2021, when bandits took 73 pupils" tells that earlier incident)
        if trig.pos == "noun" and _RANKED_BEFORE.search(before[-90:]):
            return False  # "they were the first suicide bombings in X", "in one of the bloodiest attacks of the
            # conflict": a ranking of an incident told already
        if _REACTION_BEFORE.search(before[-80:]):
            return False  # "condemned the attacks in X", "shocked by the killing": a reaction to a reported incident
        if trig.generic and rx.search(r"\b(?:earthquakes?|quakes?|floods?|flooding|flash\s+floods|landslides?|mudslides?|"
                                      r"avalanches?|cyclones?|storms?|hurricanes?|typhoons?|tsunamis?|heat\s*waves?|"
                                      r"lightning|cholera|epidemics?|pandemic|disease|virus)\s+(?:that\s+|which\s+)?"
                                      r"(?:(?!and\b|but\b)[\w-]+\s+){0,2}$", before[-60:], re.IGNORECASE):
            return False  # "the October 8 earthquake that killed more than 1,300 people in Uri": no act of violence
        if trig.generic and rx.search(r"\b(?:funerals?|burials?|graves|mourners|memorials?|families|relatives|bodies)\s+"
                                      r"(?:of|for)\s+(?:those|the\s+people|the\s+victims|people|victims|the\s+dead)\s+$",
                                      before[-60:], re.IGNORECASE):
            return False  # "attended the funerals of those killed": the dead of an incident told before
        if rx.search(r"\b(?:shot|shoots|shooting|brought)\s+down\s+(?:[\w'’.-]+\s+){0,5}$|\b(?:downed|intercepted|"
                     r"intercepting|thwarted|defused|foiled)\s+(?:[\w'’.-]+\s+){0,5}$", before[-60:], re.IGNORECASE):
            return False  # "shot down a U.S. MQ-9 Reaper drone": the drone did not strike
        after_all = sent[trig.end - s0:trig.end - s0 + 80]
        after = rx.split(r"[;,—]|\bbut\b", after_all)[0]
        if trig.pos == "noun" and rx.match(r"\s+(?:came|followed|occurred|happened)\s+(?:just\s+|only\s+|barely\s+)?"
                                           r"(?:a|an|one|two|three|four|five|six|\d+|several|hours|days|weeks)\s+(?:[\w-]+\s+)?"
                                           r"(?:after|before)\b", after_all, re.IGNORECASE) \
                and rx.search(r"\b(?:The|the|This|this|That|that|Its|its|Their|their|Sunday['’]s|\w+day['’]s)\s+"
                              r"(?:[\w'’-]+\s+){0,2}$", before[-40:]):
            return False  # "The Mastung killings came a day after a suicide bomber rammed ...": the incident told
            # already, named to measure time by
        clause = rx.split(r"\b(?:before|after|when|until|so\s+that|because)\b", after)[0]
        if rx.match(r"\s+(?:[\w'’-]+\s+){0,12}?(?:is|was|are|were)\s+(?:now\s+|also\s+)?(?:expected|due|scheduled|planned|set|"
                    r"likely|poised|about)\s+to\b", sent[trig.end - s0:trig.end - s0 + 130]):
            return False  # "a new offensive against X in Y was expected to begin": still to come
        if rx.match(r"\s+(?:[\w'’-]+\s+){0,7}?(?:would|could|will|might|may|can|should)\b(?![-'’])", clause) or rx.search(
                r"\b(?:would|could|will|might|may|can)\s+(?:not\s+)?(?:have\s+been|be)\b", clause):
            return False  # "the offensive in Hiran will continue", "the attack may have been carried out"
        if not dates and (
                rx.match(r"\s+(?:[\w'’-]+\s+){0,7}?(?:is|are)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\s+(?!to\b)"
                         r"(?:under|on|in|into|to|at|by|from|outside|near|alongside)\b", clause)
                or rx.search(r"\b(?:[Tt]hey|[Pp]eople|[Vv]ictims|[Mm]en|[Ww]omen)\s+(?:are|get)\s+$", near)):
            return False  # "a bomb is fixed under a car", "they are killed on their way to work": how it
            # usually happens, told in the present with no date, not one incident
        # "marched after Friday prayers, as they have every week since February": the comparison says
        # the incident is one of many, not that it is no incident
        comp = rx.search(r",?\s+as\s+(?:they|it|he|she|we|has|have|had|did|does|do)\s+(?:[\w'’-]+\s+){0,2}?"
                         r"(?:every|each|since|before|for)\b", sent[trig.end - s0:trig.end - s0 + 60], re.IGNORECASE)
        limit = trig.end + comp.start() if comp else s0 + len(sent)
        # (an aside about someone, ", who led a militia for a decade,", says nothing of how often the incident happens)
        unaside = _ASIDE.sub(lambda a: a.group(0) if a.start() <= rel < a.end() else " " * len(a.group(0)), sent)
        w0 = max(0, rel - 60)
        joined = list(rx.finditer(r",\s+(?:and|but)\s+(?=(?:a|an)\s)", unaside[w0:rel]))
        if joined:
            w0 += joined[-1].end()  # "Militants have repeatedly targeted the state's institutions, and a suicide car
            # bombing ... in October last year killed 38": a clause of its own
        window = unaside[w0:min(trig.end - s0 + 40, limit - s0)]
        habitual = [h.group(0).lower() for h in _HABITUAL.finditer(window)]
        if habitual:
            # "a series of blasts killed 50 in July": a dated, finished series is one incident; "a string
            # of attacks since 2011" stays an aggregate
            series_only = all(rx.fullmatch(r"(?:series|string|spate|wave)\s+of", h) for h in habitual)
            acted = rx.search(r"\b(?:series|string|spate|wave)\s+of\s+(?:[\w-]+\s+){0,2}?(?:blasts|bombs|explosions|"
                              r"attacks|strikes|bombings)(?:\s+(?:in|on|across|at|near)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?\s+(?:killed|ripped|tore|hit|struck|left|rocked|went\s+off|exploded|"
                              r"detonated|blew\s+up|shook)\b",
                              sent[max(0, rel - 60):trig.end - s0 + 90], re.IGNORECASE)
            dated = any(d.value is not None and not d.future and not d.aggregate and d.precision != "year"
                        for d in dates)
            if not (series_only and acted and dated and not rx.search(r"\b(?:since|has|have)\b", sent, re.IGNORECASE)):
                return False
        if rx.match(r"\s+(?:tens\s+of\s+thousands|hundreds\s+of\s+thousands|thousands|millions)\b", after,
                    re.IGNORECASE) or rx.search(r"\b(?:who|which|that)\s+(?:have|has)\s+(?:\w+\s+)?$", before[-30:]) \
                and rx.match(r"\s+(?:dozens|scores|hundreds|numerous|countless|many)\b", after, re.IGNORECASE):
            return False  # "went on to abduct thousands of women across the region": an aggregate
        if rx.match(r"\s+(?:before|again|in\s+the\s+past|previously)\s*[.,;:]", after):
            return False  # "Aden has been targeted before."
        if trig.pos == "noun" and trig.event_type != "protest" and trig.text.lower().endswith("s") and rx.search(
                r"\b(?:several|numerous|many|countless|scores\s+of|dozens\s+of|hundreds\s+of)\s+(?:[\w-]+\s+)?$",
                before[-35:], re.IGNORECASE):
            return False  # "several earlier attacks": an aggregate
        if trig.pos == "noun" and trig.text.lower().endswith("s") and rx.search(
                r"(?-i:\b(?:almost\s+|nearly\s+)?(?:daily|weekly|nightly|near-daily))\s+(?:[\w-]+\s+)?$", before[-35:]):
            return False  # "has staged almost daily protests across Lahij, Dhale and Abyan": a habit, no one incident
        if any(d.future and abs(d.start - trig.start) < 80 for d in dates):
            return False
        if any(d.aggregate and (0 <= trig.start - d.end < 60 and not rx.search(
                r",\s+(?:and|but)\s|;|^,\s+when\s", self.text[d.end:trig.start])  # "... over the past two years, and a truck bomb ..."
               # ("the deadliest attack since May, when suicide bombers killed 40 recruits": the incident then)
                or 0 <= d.start - trig.end < 40 and d.start < limit) for d in dates):
            return False
        acted = bool(_PLURAL_ACTED.match(sent[trig.end - s0:trig.end - s0 + 40]) or rx.match(
            # "Air strikes on a fuel depot held by the rebels killed at least 20 people": a stated toll makes it one
            r"[^.;,]{0,80}?\b(?:killed|killing)\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|over\s+)?\d",
            sent[trig.end - s0:]))
        if trig.pos == "noun" and not trig.generic and not acted:
            plural = bool(rx.search(r"s\b$", trig.text.lower())) and not trig.text.lower().endswith(("ss", "us"))
            crowd = trig.event_type == "protest" and rx.search(
                r"\b(?:crowds?|group|hundreds|thousands|dozens|scores|tens\s+of\s+thousands)\s+of\s+(?:[\w'’-]+\s+){0,3}$",
                before[-60:], re.IGNORECASE)  # "fired on an angry crowd of Shi'ite protesters": people who were there
            # ("residents held demonstrations that evening": told as done, then)
            done = rx.search(r"\b(?:held|staged|organi[sz]ed|mounted|took\s+part\s+in|joined)\s+(?:[\w'’-]+\s+){0,2}$",
                             before[-50:], re.IGNORECASE)
            if plural and not crowd and not done and not _DETERMINER_BEFORE.search(before[-40:]) and not _HURT_IN.search(
                    before[-80:]) and not any(not d.future and not d.aggregate and (d.value is not None or d.anchor_days is not None)
                                              for d in dates):
                return False  # "suicide attacks have become rare": a generic statement
        if dates and all(d.precision == "year" and not d.future for d in dates) and rx.match(
                r"\s*(?:[A-Z][\w-]*\s+)?(?:attacks|bombings|blasts|explosions|strikes|raids|ambushes)\b[^.;]{0,80}?\b"
                r"(?:killed|left)\s+(?:more\s+than|over|at\s+least|nearly|some|almost)\s+(?:[\d,]{3,}|hundreds|thousands)\b", sent):
            return False  # "Militant attacks in Khyber Pakhtunkhwa killed more than 100 police officers last year": a tally
        if trig.pos == "noun" and not acted and trig.event_type != "protest":
            plural = trig.text.lower().endswith("s") and not trig.text.lower().endswith(("ss", "us"))
            if plural and not _DETERMINER_BEFORE.search(before[-40:]) and (trig.generic and not any(
                    not d.future and not d.aggregate for d in dates) or dates and all(
                    d.precision == "year" or d.future or d.aggregate for d in dates)):
                return False  # "killed in targeted attacks in Balochistan last year": a yearly tally
        return True

    def _actors(self, sent: str, s0: int, trig: Trigger, actors: list[ActorMention],
                event_type: str, triggers: list[Trigger] = ()) -> tuple[str, tuple[int, int] | None, str | None,
                                                                  tuple[int, int] | None]:
        perps = [a for a in actors if a.kind not in ("civilians", "protesters")
                 and not rx.match(r"\s*(?:,\s*)?(?:said|says|told|reported|stated|confirmed|announced)\b",
                                  self.text[a.end:a.end + 20])]
        actor1: ActorMention | None = None
        # "by X" after the trigger
        after = sent[trig.end - s0:]
        by = rx.search(r"\bby\s+(?:the\s+)?(?:suspected\s+)?", after[:60], re.IGNORECASE)
        if by and rx.search(r"\b(?:run|operated|held|controlled|owned|backed|supported|led|used|built|managed|guarded|"
                            r"manned|founded|staffed|occupied|organi[sz]ed|hosted|attended|visited|frequented)\s+$",
                            after[:by.start()], re.IGNORECASE):
            by = None  # "a detention centre run by the Houthis": who runs the target, not who struck it
        if by:
            pos = trig.end + by.end()
            cands = [a for a in perps if pos <= a.start <= pos + 25]
            if cands:
                actor1 = cands[0]
        if actor1 is None:
            before = [a for a in perps if a.start < trig.start and a.end <= trig.end and not rx.search(
                # "Police have arrested 400 ... after a suicide bus bombing killed 14": another clause's subject
                r"\b(?:after|before|since|following|until|when|while)\b", self.text[a.end:trig.start], re.IGNORECASE)]
            # the subject of the clause's first act: "Al-Shabaab fighters attacked an army base ..., killing seven
            # soldiers" (the army named between is the target)
            first = next((o for o in triggers if o.start < trig.start and o.start >= s0
                          and not rx.search(r"[;:]|\s[—–-]\s", self.text[o.end:trig.start])
                          and any(a.end <= o.start and rx.fullmatch(r"\s*(?:[\w'’-]+\s+){0,2}",
                                                                    self.text[a.end:o.start]) for a in before)), None)
            if first is not None:
                before = [a for a in before if a.end <= first.start]
            if before:
                actor1 = before[-1]
        if actor1 is None:
            inside = [a for a in perps if a.start >= trig.start and a.end <= trig.end]
            if inside:
                actor1 = inside[0]
        name = "Unidentified"
        span = None
        if actor1 is not None:
            span = (actor1.start, actor1.end)
            name = self._actor_name(actor1)
            pre = self.text[max(0, actor1.start - 25):actor1.start]
            if rx.search(r"\b(?:suspected|alleged|presumed)\s+$", pre, re.IGNORECASE):
                name += " (suspected)"
            elif _CLAIMED.search(sent):
                name += " (claimed)"
            elif _SUSPECTED.search(sent[max(0, actor1.start - s0 - 40):actor1.end - s0 + 10]):
                name += " (suspected)"
        if event_type == "arrest" and actor1 is None:
            name = "Police" if rx.search(r"\bpolice\b", sent, re.IGNORECASE) else "Security forces"
        actor2 = None
        span2 = None
        target = rx.search(r"\b(?:on|against|targeting|targeted|at|killing|killed|kidnapped|abducted|"
                           r"arrested|detained)\s+", after[:80], re.IGNORECASE)
        cands2 = [a for a in actors if a.start >= trig.end and a is not actor1]
        if target:
            pos = trig.end + target.end()
            near = [a for a in cands2 if pos <= a.start <= pos + 50]
            if near:
                cands2 = near
        if cands2:
            a2 = cands2[0]
            if a2.start - trig.end < 120:
                actor2, span2 = self._actor_name(a2), (a2.start, a2.end)
        if actor2 is None:
            objs = [a for a in actors if a.end <= trig.start and a is not actor1 and a.kind in ("civilians", "state")]
            if objs and event_type in ("arrest", "abduction"):
                actor2, span2 = objs[-1].canonical, (objs[-1].start, objs[-1].end)
        return name, span, actor2, span2

    def _weapon_type(self, etype: str, t: Trigger, sent: str, s0: int) -> str:
        """A strike, a hit or a bombing from the air is an air strike; from a drone or a missile a
        drone strike; by rockets, mortars or shells shelling."""
        if etype not in ("bombing", "armed_clash", "attack_on_civilians", "air_strike", "drone_strike",
                         "shelling"):
            return etype
        word = t.text.lower()
        if not (t.generic or rx.search(r"\b(?:bombed|strikes?|struck|hit)\b", word)):
            return etype
        if etype in ("air_strike", "drone_strike", "shelling") and not t.generic:
            return etype
        window = sent[max(0, t.start - s0 - 120):t.end - s0 + 60]
        window = _SUPPORT_PHRASE.sub(" ", window)  # "forces backed by U.S. airstrikes repelled an assault"
        # "gunmen armed with rifles, grenades and rocket launchers": what they carried, not how they struck;
        # rocket launchers and rocket-propelled grenades are infantry weapons, not shelling
        window = rx.sub(r"\b(?:armed|equipped|laden)\s+with\s+[^.;]{0,90}?(?=\s+(?:and\s+)?(?:attacked|ambushed|stormed|"
                        r"raided|opened|fired|struck|hit|killed|launched|assaulted)\b)", " ", window, flags=re.IGNORECASE)
        window = rx.sub(r"\brocket[- ](?:launchers?|propelled\s+grenades?)|\bRPGs?\b", " ", window, flags=re.IGNORECASE)
        # "air force cadets", "an air force base": the service named, not a strike from the air
        window = rx.sub(r"\bair\s+force\s+(?:cadets?|recruits?|academy|base|officers?|personnel|members?|pilots?|"
                        r"colonel|general|chief|spokes(?:man|woman)|commander)\b", " ", window, flags=re.IGNORECASE)
        # "fired at the governor's helicopter", "the aircraft was not hit": an aircraft as the target
        window = rx.sub(r"\b(?:at|on|down|targeting|in|into|aboard|board)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+){0,2}"
                        r"(?:helicopters?|planes?|aircraft|jets?)\b|\b(?:the|his|her|its)\s+(?:helicopter|plane|aircraft|jet)\s+"
                        r"(?:was|were)\s+(?:not\s+)?(?:hit|struck|damaged)\b", " ", window, flags=re.IGNORECASE)
        if rx.search(r"\b(?:drones?|unmanned|uavs?|missiles?)\b", window, re.IGNORECASE):
            return "drone_strike"
        if rx.search(r"(?<![\w-])(?:warplanes?|jets?|aircraft|air\s+force|helicopters?|gunships?|air\s+power|"
                     r"from\s+the\s+air|air\s+strikes?|airstrikes?)\b", window, re.IGNORECASE):
            return "air_strike"
        if rx.search(r"\b(?:mortars?|rockets?|(?-i:shells?|Shells)|shelling|artillery)\b", window, re.IGNORECASE):
            return "shelling"  # (but "a Shell pipeline" is the oil company's)
        if (rx.search(r"\b(?:strikes?|struck|hit)\b", word) or rx.search(  # "a US strike on X killed ...": the strike's
                r"\bstrikes?\s+(?:on|against|in|at|targeting)\b[^.;]{0,60}$", sent[max(0, t.start - s0 - 80):t.start - s0],
                re.IGNORECASE)) and t.generic and self._article_strikes \
                and not _EXPLOSIVE.search(window) and not _GUN.search(window):
            return self._article_strikes
        return etype

    def _named_victim(self, t: Trigger, places: list[Mention]) -> bool:
        """True when a shooting or killing is aimed at one named person ("shot Kasi", "gunned down
        Ali Khan, a local leader")."""
        if not rx.search(r"\b(?:shot|killed|killing|gunned\s+down|shot\s+dead|murdered|murder|stabbed|"
                         r"fired(?:\s+(?:at|on))?|opened\s+fire(?:\s+(?:at|on))?)$", t.text, re.IGNORECASE):
            return False
        # ("militants fired at Pandita near his home": shots aimed at one named person)
        fired = bool(rx.search(r"fire[d]?(?:\s+(?:at|on))?$", t.text, re.IGNORECASE))
        if fired and rx.search(r"\b(?:survived|escaped|unhurt|unharmed|missed)\b", self.text[t.end:t.end + 240].split(".")[0],
                                 re.IGNORECASE):
            return False  # "fired at X and Y ...; both men survived": shots at people, no killing
        prep = r"(?:\s+(?:at|on|upon))?" if fired else r"(?:\s+of)?"
        m = rx.match(prep + r"\s+((?:(?:al-|el-)?[A-Z][a-z'’-]+\s?){1,3})", self.text[t.end:t.end + 40])
        if not m:
            return False
        name = m.group(1).strip()
        if (t.end + m.start(1)) in self._mention_starts or \
                name.split()[0].lower() in ("the", "a", "an", "two", "three", "several", "police", "security"):
            return False
        return not self.lex.find_actors(name)

    def _named_subject(self, t: Trigger, s0: int) -> bool:
        """True when one named person is shot dead in the passive or with a role before the name ("police officer
        Chingtham Anand Kumar was shot dead", "Sher Zaman, a local Shia leader who had been shot dead", "shot dead
        prominent activist Ihab al-Wazni outside his home")."""
        killed = bool(rx.fullmatch(r"killed|killing", t.text, re.IGNORECASE))
        if not killed and not rx.search(r"(?:shot\s+dead|gunned\s+down|shot\s+and\s+killed|stabbed\s+to\s+death|"
                                        r"hacked\s+to\s+death|assassinated)$", t.text, re.IGNORECASE):
            return False
        if killed:
            # "gunmen killed activist Tahseen Osama at his office": one named person with a role, killed
            a = rx.match(r"\s+(?:(?:a|an|the|prominent|senior|leading|local|well-known|noted|veteran|popular|former|civil|"
                         r"rights|human|women['’]s|tribal|religious|political|opposition|party)\s+){0,3}"
                         r"(?:activist|journalist|reporter|lawyer|judge|cleric|imam|scholar|politician|lawmaker|mayor|"
                         r"official|commander|leader|elder|chief|doctor|professor|writer|poet|blogger|candidate|"
                         r"businessman|governor|councillor|councilor)\s+"
                         r"(?-i:[A-Z][a-z'’-]+(?:\s+(?:[A-Z][a-z'’-]+|al-[A-Z][\w'’-]+)){1,3})"
                         r"(?=\s*(?:[,.;]|$|\s+(?:on|in|at|near|outside|inside|while|as|who|after)\b))",
                         self.text[t.end:t.end + 90], re.IGNORECASE)
            return bool(a) and not self.lex.find_actors(a.group(0))
        before = self.text[max(s0, t.start - 160):t.start]
        m = rx.search(r"(?-i:\b([A-Z][a-z'’-]+(?:\s+(?:[A-Z][a-z'’-]+|al-[A-Z][\w'’-]+)){1,3}))"
                      r"(?:,\s+(?:a|an|the|who)\b[^;.]{3,120}?,?)?\s+(?:who\s+)?(?:was|had\s+been|has\s+been)\s+$"
                      # "Senior RSS functionary X and his Personal Security Officer were shot dead": the one of standing
                      # and the man guarding him
                      r"|(?-i:\b([A-Z][a-z'’-]+(?:\s+(?:[A-Z][a-z'’-]+|al-[A-Z][\w'’-]+)){1,3}))\s+and\s+(?:his|her)\s+"
                      r"(?:[\w-]+\s+){0,2}?(?i:driver|bodyguard|guard|security\s+officer|PSO|aide|escort|gunman)\s+"
                      r"(?:were|had\s+been|have\s+been)\s+$", before)
        start = None
        if m:
            g = 1 if m.group(1) else 2
            start = t.start - len(before) + m.start(g)
            name = m.group(g)
        else:
            a = rx.match(r"\s+(?:(?-i:[a-z][\w-]*)\s+){1,4}?(?-i:([A-Z][a-z'’-]+(?:\s+(?:[A-Z][a-z'’-]+|al-[A-Z][\w'’-]+)){1,3}))"
                         r"(?=\s*(?:[,.;]|$|\s+(?:on|in|at|near|outside|inside|while|as|who|after)\b))",
                         self.text[t.end:t.end + 90])
            if not a or rx.search(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|dozens|many)\b",
                                  a.group(0)):
                return False
            start = t.end + a.start(1)
            name = a.group(1)
        if start in self._mention_starts or self.lex.find_actors(name) or self.gaz.demonym(name.split()[0]):
            return False
        return not any(w.lower() in _NOT_NAME_WORDS for w in name.split())  # ("On Monday, a street vendor was ...")

    def _named_in_apposition(self, t: Trigger, s0: int) -> bool:
        """True when one named person, described in apposition, is the passive subject ("Malalai Maiwand, a
        presenter with a local radio, was shot dead")."""
        m = rx.search(r"(?-i:\b([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3}),\s+(?:a|an|the)\s+[^,;.]{3,90},\s+)"
                      r"(?:was|had\s+been|has\s+been)\s+$", self.text[max(s0, t.start - 160):t.start])
        if not m:
            return False
        name = m.group(1)
        start = t.start - len(self.text[max(s0, t.start - 160):t.start]) + m.start(1)
        return start not in self._mention_starts and not self.lex.find_actors(name) \
            and not self.gaz.demonym(name.split()[0])

    def _named_target(self, t: Trigger) -> bool:
        """True when a shooting or an attack is aimed at a named person's plane, car or convoy
        ("fired at Musharraf's plane", "ambushed the convoy of governor Ali Khan"): an attempt on a life."""
        if not rx.search(r"(?:fired\s+(?:at|on)|shot\s+at|opened\s+fire|attack(?:ed)?|ambush(?:ed)?|target(?:ed)?)$",
                         t.text, re.IGNORECASE):
            return False
        after = self.text[t.end:t.end + 70]
        m = rx.match(r"\s+(?:at|on)?\s*(?:the\s+)?(?:(?:convoy|motorcade|plane|car|vehicle|helicopter)\s+(?:of|carrying)\s+"
                     r"(?:[a-z]+\s+){0,3}((?:[A-Z][a-z'’-]+\s?){1,3})|((?:[A-Z][a-z-]+\s?){1,3})['’]s\s+(?:[a-z-]+\s+)?"
                     r"(?:convoy|motorcade|plane|car|vehicle|helicopter))", after)
        if not m:
            return False
        name = (m.group(1) or m.group(2)).strip()
        start = t.end + (m.start(1) if m.group(1) else m.start(2))
        return start not in self._mention_starts and not self.lex.find_actors(name) \
            and not self.gaz.demonym(name.split()[0])

    def _actor_name(self, a: ActorMention) -> str:
        """The canonical name; generic forces take the nationality the text gives them ("Pakistani
        troops" -> "Pakistani military")."""
        if a.canonical in ("Military", "Police"):
            word = rx.search(r"([A-Z][a-z]+)\s+(?:[a-z-]+\s+)?$", self.text[max(0, a.start - 30):a.start])
            if word and self.gaz.demonym(word.group(1)):
                return f"{word.group(1)} {a.canonical.lower()}"
        return a.canonical

    def _settle_generic(self, sent: str, trig_start: int, s0: int) -> str:
        def heads_after(t: str) -> bool:
            return bool(_CIVILIAN_TARGET.search(t) or _SECURITY_TARGET.search(t))

        rel = trig_start - s0
        window = sent[max(0, rel - 80):rel + 120]
        # "..., and a suicide car bomber struck ...": a new subject starts another incident
        window = rx.split(r",\s+and\s+(?:a|an|another|two|three)\s+", window[min(80, rel):], maxsplit=1)[0]
        window = sent[max(0, rel - 80):rel] + window
        # "While the bombs were going off, gunmen attacked ...": an incident the time is measured by is not the method
        window = rx.sub(r"\b(?:while|during|after|following|amid)\s+(?:the|these|those|this|that)\s+[^,;]*", " ",
                        window, flags=re.IGNORECASE)
        # "insurgents armed with rocket-propelled grenades ... fired on embassies": infantry weapons, not a bombing
        window = rx.sub(r"\brocket[- ](?:launchers?|propelled\s+grenades?)|\bRPGs?\b", " ", window, flags=re.IGNORECASE)
        if _EXPLOSIVE.search(window) and not _GUN.search(window):
            return "bombing"
        # the head of the object: "stormed an army-run school" is an attack on a school, "opened fire
        # at a wedding" one on a wedding
        trig_len = len(rx.match(r"\S+(?:\s+(?:fire|dead|down|at|on))?", sent[rel:]).group(0))
        after = rx.sub(r"^\s*(?:at|on|upon|against|into|targeting|at\s+least)\s+", " ", sent[rel + trig_len:rel + 140])
        obj_text = rx.split(r"[,;]|\b(?:in|at|near|on|killing|and|with|as|after|before|when|while|inside|outside|"
                            r"taken|held|carrying|travelling|traveling|who|which|that|from)\b", after)[0]
        if not obj_text.strip():
            obj_text = rx.split(r"[;:]|\s[—–]\s|\band\s+the\b", sent[rel:rel + 80])[0]
        if rx.match(r"\s*by\b", sent[rel + trig_len:rel + trig_len + 6]):
            # "recruits killed by militants": in the passive the victims come before the verb
            obj_text = rx.split(r"[,;]|\b(?:by|of|and)\b", sent[max(0, rel - 45):rel])[-1] or obj_text
        elif rx.search(r"\b(?:was|were)\s+(?:also\s+)?$", sent[max(0, rel - 12):rel]) and not heads_after(obj_text):
            # "a truck driver from Rajasthan was shot dead in Shopian": the subject of the passive is the victim
            obj_text = rx.split(r"[,;]|\band\b", sent[max(0, rel - 70):rel])[-1] or obj_text
        if rx.search(r"\b(?:pipelines?|oil\s+(?:wells?|platforms?|installations?|facilit(?:y|ies))|gas\s+lines?|pylons?|"
                     r"power\s+lines?|transmission\s+towers?)\b", obj_text, re.IGNORECASE):
            return "bombing"  # "an attack on a Shell subsea pipeline": sabotage of a line or a well is a bombing
        if rx.search(r"\b(?:commandos|troops|soldiers|police(?:men)?|security\s+forces|special\s+forces|army)\s+(?:[\w-]+\s+)?$",
                     sent[max(0, rel - 40):rel], re.IGNORECASE) and rx.search(
                r"\b(?:militants|insurgents|fighters|gunmen|attackers|rebels|terrorists|hostage[- ]takers)\b",
                sent[rel:], re.IGNORECASE):
            return "armed_clash"  # "commandos stormed the mosque, battling militants room by room": forces against fighters
        killed = rx.search(r"\b(?:killing|killed)\s+(?:at\s+least\s+|some\s+|about\s+|more\s+than\s+)?(?:[\w-]+\s+){0,2}?"
                           r"(?P<who>soldiers|troops|policemen|police(?:\s+officers)?|guards|officers|personnel|servicemen|"
                           r"security\s+(?:forces|personnel|guards)|commandos|militiamen|fighters|militants|jawans|rangers)\b"
                           r"(?![^.;]{0,40}\b(?:civilians|people|children|women|students|worshippers)\b)", sent[rel:rel + 200],
                           re.IGNORECASE)
        if killed and not rx.search(r"\b(?:civilians|children|women|students|worshippers|passengers|guests)\b",
                                    sent[rel:rel + killed.start()], re.IGNORECASE):
            return "armed_clash"  # "stormed the hotel ..., killing three soldiers": the dead say who was fought
        dead = rx.search(r"\b(?:killing|killed|shot\s+dead|gunned\s+down)\s+([^,.;]{0,50})(,\s*(?:most|many|all|mostly)\s+"
                         r"(?:of\s+them\s+)?(?:civilians|women\s+and\s+children|children))?", sent[rel:rel + 200], re.IGNORECASE)
        civ = [c.group(0).lower() for c in _CIVILIAN_TARGET.finditer(dead.group(1))] if dead else []
        if dead and not killed and (dead.group(2) or any(c not in ("men", "people", "man") for c in civ)
                                    and not _SECURITY_TARGET.search(dead.group(1))):
            return "attack_on_civilians"  # "stormed a camp of a demining charity, killing 10 deminers": who died says who
            # was attacked ("killing more than 220 people, most of them civilians")
        heads = [(m.start(), "civ") for m in _CIVILIAN_TARGET.finditer(obj_text)] + \
                [(m.start(), "sec") for m in _SECURITY_TARGET.finditer(obj_text)]
        if not heads:
            # "attacked Kakuruk and neighbouring villages": the object's second half says what the first is
            joined = rx.split(r"[,;]|\b(?:in|at|near|on|killing|with|as|after|before|when|while|inside|outside|by|"
                              r"who|which|that|from)\b", after)[0][:70]
            heads = [(m.start(), "civ") for m in _CIVILIAN_TARGET.finditer(joined)] + \
                [(m.start(), "sec") for m in _SECURITY_TARGET.finditer(joined)]
        if not heads and not _CAPTURE_WORDS.search(sent[max(0, rel - 60):rel + 140]):
            heads = [(m.start(), "civ") for m in _SETTLEMENTS.finditer(after[:80])]
        if heads:
            return "attack_on_civilians" if max(heads)[1] == "civ" else "armed_clash"
        if _SECURITY_TARGET.search(sent[rel:rel + 90]):
            return "armed_clash"
        if _CIVILIAN_TARGET.search(window):
            return "attack_on_civilians"
        return "armed_clash"

    # ------------------------------------------------------------------ the article
    def run(self) -> tuple[list[_Event], list[Mention]]:
        text = self.text
        # the lexicon runs once over the article; each sentence takes its share
        all_triggers = self.lex.find_triggers(text)
        self._all_triggers = all_triggers
        self._all_trigger_starts = trigger_starts = [t.start for t in all_triggers]
        strikes = [t.event_type for t in all_triggers if t.event_type in ("air_strike", "drone_strike", "shelling")]
        self._article_strikes = max(dict.fromkeys(strikes), key=strikes.count) if strikes else None
        paras = paragraphs(text)
        self._actors_all = self.lex.find_actors(text)
        self._actor_starts = [a.start for a in self._actors_all]
        mentions, _ctx = find_mentions(text, self.gaz, self.geocoder, paras, actors=self._actors_all,
                                     trigger_starts=self._all_trigger_starts)
        mentions.sort(key=lambda m: m.start)
        self._mention_list = mentions
        mention_starts = [m.start for m in mentions]
        self._mention_starts = set(mention_starts)
        all_dates_text = find_dates(text, self.published)
        date_starts = [d.start for d in all_dates_text]
        sentences: list[tuple[int, int, int]] = []  # (para index, start, end)
        for pi, para in enumerate(paras):
            for s in split_sentences(text, para.start, para.end):
                sentences.append((pi, s.start, s.end))
        events: list[_Event] = []
        last_place: Mention | None = None
        dateline = next((m for m in mentions if m.dateline and m.place is not None
                         and m.place.feature != "country"), None)
        if dateline is not None:
            joint = next((m for m in mentions if m.dateline and m.place is not None and m.start > dateline.end
                          and rx.fullmatch(r"\s*/\s*", text[dateline.end:m.start])), None)
            if joint is not None:
                dateline = joint  # "BHUBANESWAR/MALKANGIRI, Feb 17": the bureau, then the place reported from
        if dateline is not None and self._foreign_bureau(dateline, mentions):
            dateline = None  # "BEIRUT (AFP) - Two explosions struck the campus of Aleppo University": a bureau abroad
        self._dateline = dateline
        seen_places_before_events = False
        lead_toll: tuple[int, int, int] | None = None  # (sentence, paragraph, toll) of a lead that names no place
        dateline_si = next((k for k, (_, a, b) in enumerate(sentences)
                            if dateline is not None and a <= dateline.start < b), -1)
        narrative: tuple[int, int] | None = None  # (year, sentence) of the last date with a stated year
        stated_days: dict[tuple[int, int], int] = {}  # (month, day) -> year of each day told with its year
        retrospective = self._retrospective(sentences, all_dates_text)
        self._carry_across_paragraphs = retrospective
        # a round-up's section heads ("Baghdad: ...", "KHAR: ...") after the story's dateline: each frames
        # its own paragraph, as the dateline frames the lead
        para_at = {para.start: pi for pi, para in enumerate(paras)}
        heads = {para_at[m.start]: m for m in mentions if m.dateline and m.start in para_at and dateline is not None
                 and m.start > dateline.start and m.place is not None and m.place.feature != "country"
                 and rx.match(r"\s*(?::|[—–]|-{1,2}\s)", text[m.end:m.end + 4])}
        section: Mention | None = None
        main: tuple[date, str] | None = None  # a story told in the past: the date its title or lead gives it
        for si, (pi, s0, s1) in enumerate(sentences):
            if si == 0 or sentences[si - 1][0] != pi:
                section = heads.get(pi)
                if section is not None:
                    last_place = section
                if retrospective and pi > 1 and self._narrative is not None and self._narrative[2] <= 1 and (
                        main is None or _within_period(self._narrative[0], self._narrative[1], main[0], main[1])):
                    main = (self._narrative[0], self._narrative[1])  # "24 June 2004 Iraq attacks / On 24 June
                    # 2004, insurgents carried out a series of attacks ... in several cities": a lead with no
                    # place of its own still dates the story, to the day its lead gives ("March 2011 Helmand
                    # attacks / On 9 March 2011, ...")
                if main is not None and pi > 1 and self._narrative is not None and self._narrative[0] < main[0] \
                        and _is_heading(text[paras[pi - 1].end:paras[pi].start]):
                    # "Background ... On 2 March 2004, bombers struck Karbala" then "Attacks / At about 7:15 a.m.,
                    # three vehicles ...": a new section after one told before the story's date is back at it
                    self._narrative = (main[0], main[1], pi)
            sent = text[s0:s1]
            triggers = _within(all_triggers, trigger_starts, s0, s1)
            dates = [d for d in _within(all_dates_text, date_starts, s0, s1) if d.end <= s1]
            # a month without a year takes the year stated in its own sentence ("from early February to
            # 1 March 2012"), else that of the passage
            # "on 23 May 2016" in the lead, "At about 9 a.m. on 23 May" below (after a background "in 2015"):
            # the day told before with its year
            dates = [with_year(d, stated_days[(d.value.month, d.value.day)])
                     if d.inferred_year and d.precision == "day" and (d.value.month, d.value.day) in stated_days else d
                     for d in dates]
            dates = _framed_weekdays(text, s0, dates)
            if retrospective:
                # an encyclopedia entry of 2015 read in 2021: "overnight", "on Friday" belong to the story's days,
                # not to the days before its publication: "overnight" is the night of the day told before; a
                # weekday cannot be placed
                dates = [replace(d, value=None, anchor_days=0) if _publication_relative(d) and _DAY_WORD.search(d.text)
                         else d for d in dates if not _publication_relative(d) or _DAY_WORD.search(d.text)]
            stated = [d.value.year for d in dates if d.value is not None and not d.future
                      and rx.search(r"\b(?:19|20)\d{2}\b", d.text)]
            for d in dates:
                if d.value is not None and d.precision == "day" and not d.inferred_year and d.anchor_days is None \
                        and rx.search(r"\b(?:19|20)\d{2}\b", d.text):
                    stated_days.setdefault((d.value.month, d.value.day), d.value.year)
            if retrospective and stated and self.published is not None and stated[0] != self.published.year:
                dates = [with_year(d, stated[0]) if d.inferred_year else d for d in dates]
            elif narrative is not None and self.published is not None \
                    and narrative[0] != self.published.year and retrospective:
                dates = [with_year(d, narrative[0]) if d.inferred_year else d for d in dates]
            if narrative is not None:
                # "memories of 2000. In October that year, gunmen killed five": the year last stated
                dates = [with_year(d, narrative[0]) if d.inferred_year and _THAT_YEAR.match(text, d.end) else d
                         for d in dates]
            for d in dates:
                if d.value is not None and rx.search(r"\b(?:19|20)\d{2}\b", d.text) and not d.future:
                    narrative = (d.value.year, si)
            places = _within(mentions, mention_starts, s0, s1)
            lead = dateline is not None and pi > 0 and (
                dateline.start >= s0 and dateline.start < s1 or si <= dateline_si + 1)
            sent_events = self._sentence_events(si, pi, s0, s1, sent, triggers, dates, places, last_place,
                                                dateline if lead and not seen_places_before_events else None,
                                                events, section)
            self._fatalities(sent, s0, sent_events, events, si)
            self._inherit_unplaced(sent_events, si)
            # "BEIRUT (AFP) - Gunmen killed nine policemen in an attack in southern Syria" over "The attackers stormed
            # the station in the town of Muzayrib": a lead that places its toll nowhere gives it to the incident the
            # body places next
            # (not a count over days, "have killed more than 100 fighters since the militants landed"; nor one
            # over the several places the body names, "The shootings took place in Izraa and in Douma")
            if pi > 0 and not sent_events and triggers and not any(e.para_index > 0 for e in events) \
                    and not rx.search(r"\bsince\b|\b(?:over|in)\s+the\s+(?:past|last)\b", sent, re.IGNORECASE):
                found = [f for f in find_fatalities(sent, s0) if not f.total]
                lead_toll = (si, pi, found[0].value) if len({f.value for f in found}) == 1 else None
            elif sent_events and lead_toll is not None:
                lethal = [e for e in sent_events if e.place_span and not e.borrowed and e.event_type not in (
                    "arrest", "strategic_development", "protest", "military_offensive", "abduction")]
                if len({e.place_span for e in lethal}) == 1 and si - lead_toll[0] <= 2 and pi - lead_toll[1] <= 1 \
                        and all(e.event_date is not None and self.published is not None
                                and 0 <= (self.published - e.event_date).days <= 7 for e in lethal):
                    for e in lethal:
                        if e.fatalities is None:
                            e.fatalities = lead_toll[2]
                lead_toll = None
            events.extend(sent_events)
            self._advance_narrative(sent_events, dates, pi, s0)
            if retrospective and main is None and pi <= 1:
                main = next(((e.event_date, e.precision) for e in sent_events
                             if e.explicit_date and e.event_date is not None), None)
            first = next((d for d in dates if d.value is not None and not d.future and not d.aggregate
                          and d.anchor_days is None and not rx.search(r"\bsince\b", text[s0:d.start], re.IGNORECASE)),
                         None) if retrospective and not sent_events else None
            if first is not None:
                # "The siege of X was a military operation ... It lasted from early February to 1 March 2012":
                # in a story told in the past, the lead's undated report takes the first date told after it
                for e in events:
                    if e.para_index == pi and e.undated and e.event_date == self.published:
                        e.event_date, e.precision, e.undated = first.value, first.precision, False
            for m in self._candidate_places(places, s0):
                if m.place is not None:
                    last_place = m
                    if not sent_events and si > 1:
                        seen_places_before_events = True
            if sent_events and pi > 0:
                seen_places_before_events = True  # the headline is no report that the dateline follows
        # "Blast in Quetta kills 5" over a body that never names the place: the headline's place,
        # the body's details
        if self._first_unplaced is not None and events and all(e.para_index == 0 for e in events):
            _, etype, spec, fatalities, dm = self._first_unplaced
            for e in events:
                if e.family == schema.type_family(etype) or e.generic == 1:
                    if spec > e.specificity:
                        e.event_type, e.specificity, e.generic = etype, spec, 0
                    if e.fatalities is None:
                        e.fatalities = fatalities
                    if dm is not None and not e.explicit_date:
                        e.date, e.event_date, e.precision = dm, dm.value, dm.precision
        self._date_by_reference(events)
        return events, mentions

    def _date_by_reference(self, events: list[_Event]) -> None:
        """"About 20 people were detained during the operation near al-Qaim": undated arrests or captures that point
        back at the incident told before at their place ("the operation", "the raid") are dated as that incident."""
        for k, e in enumerate(events):
            if e.explicit_date or e.place is None or e.para_index == 0 or e.event_type not in ("arrest", "abduction"):
                continue  # (a killing "in the raid" is the raid's own report, dated as the story goes)
            s0, s1 = e.sentence
            if not rx.search(r"\b(?:during|in|after|following|in\s+the\s+course\s+of)\s+the\s+(?:[\w-]+\s+)?(?:operation|raid|"
                             r"attack|assault|ambush|clashes|fighting|strikes?|bombing|blast|offensive|battle)\b",
                             self.text[s0:s1], re.IGNORECASE):
                continue
            before = [o for o in events[:k] if o.sentence_index < e.sentence_index and o.explicit_date
                      and o.event_date is not None and o.para_index > 0 and self._same_place(o, e)]
            if before and before[-1].event_date != e.event_date:
                o = before[-1]
                e.date, e.event_date, e.precision = o.date, o.event_date, o.precision

    def _flashback(self, e: _Event) -> bool:
        """True for an earlier incident told in passing at a coarser date ("Earlier this month, ... a blast
        in Mastung") while the story is at a day: it is no stage of the story's incident."""
        if not e.explicit_date or e.precision == "day" or e.event_date is None or self._story_day is None:
            return False
        return e.event_date < self._story_day

    def _narrative_at(self, pi: int) -> tuple[date, str] | None:
        """The date an undated sentence of paragraph ``pi`` is told at: the last stated incident date
        of its paragraph (of the whole story when the article is told in the past), else None."""
        if self._narrative is None:
            return None
        value, precision, npi = self._narrative
        if npi != pi and not self._carry_across_paragraphs:
            return None
        if self.published is not None and value == self.published:
            return None
        return value, precision

    def _advance_narrative(self, sent_events: list[_Event], dates: list[DateMention], pi: int, s0: int) -> None:
        """A sentence that reports an incident with a date, or that tells of a day, week or month
        (not the day of a report), moves the narrative to that date."""
        dated = [e for e in sent_events if e.event_date is not None and (e.explicit_date or e.date is None)]
        own = [e for e in dated if e.explicit_date and e.date.anchor_days is None]
        days = [e for e in dated if e.explicit_date and e.precision == "day"]
        if days:
            self._story_day = days[-1].event_date
        if own:
            e = own[-1]
            if self._flashback(e) and not self._carry_across_paragraphs:
                return  # an aside about last month: the story stays at its day
            self._narrative = (e.event_date, e.precision, pi)
            return
        anchored = [e for e in dated if e.explicit_date]
        if anchored:
            e = anchored[-1]
            self._narrative = (e.event_date, e.precision, pi)
            return
        for d in reversed(dates):
            if d.value is None or d.future or d.aggregate or d.anchor_days is not None or d.precision == "year":
                continue
            if rx.search(r"\b(?:said|says|told|reported|announced|added|confirmed|stated|statement|published|"
                         r"updated|posted)\s+(?:\w+\s+)?(?:on\s+)?$", self.text[max(s0, d.start - 30):d.start],
                         re.IGNORECASE):
                continue  # "officials said on Tuesday": the date of a report
            self._narrative = (d.value, d.precision, pi)
            self._last_dated = (d.value, d.precision, s0)
            return
        if self._narrative is not None and self._narrative[2] != pi and not self._carry_across_paragraphs:
            self._narrative = None

    def _retrospective(self, sentences: list[tuple[int, int, int]], dates: list[DateMention]) -> bool:
        """True for an article told in the past (an encyclopedia entry, an anniversary piece): its
        title or lead dates the story to a stated year other than the publication year, so dates
        without a year belong to the year the narrative is in."""
        if self.published is None:
            return False
        for pi, a, b in sentences:
            if pi > 1:
                break
            for d in dates:
                if not (a <= d.start and d.end <= b) or d.future or d.aggregate or d.value is None:
                    continue
                if rx.search(r"\bsince\b[^,;.]*$", self.text[a:d.start], re.IGNORECASE):
                    continue  # "the deadliest attack since it first sent troops into Syria in 2016": a comparison
                if not rx.search(r"\b(?:19|20)\d{2}\b", d.text):
                    if any(o.start > d.end and a <= o.start and o.end <= b and rx.search(r"\b(?:19|20)\d{2}\b", o.text)
                           and rx.fullmatch(r"\s*(?:to|until|till|and|-|–)\s*", self.text[d.end:o.start]) for o in dates):
                        continue  # "from early February to 1 March 2012": the span's year is stated at its end
                    return False  # the lead speaks of "Tuesday" or "yesterday": a news report
                return d.value.year != self.published.year
        return False

    def _sentence_events(self, si: int, pi: int, s0: int, s1: int, sent: str, triggers: list[Trigger],
                         dates: list[DateMention], places: list[Mention], last_place: Mention | None,
                         dateline: Mention | None, previous: list[_Event],
                         section: Mention | None = None) -> list[_Event]:
        if not triggers:
            # a definite mention with a date lends it to an earlier undated incident
            return []
        # "a bomber killed 13 at a protest rally": the rally is where it happened, not what happened; so is a
        # gathering someone left, addressed or came to when violence struck ("as she left a campaign rally",
        # "as they gathered for a rally, killing four")
        violent = any(t.event_type not in ("protest", "arrest", "strategic_development") for t in triggers)
        triggers = [t for t in triggers if not (t.event_type == "protest" and (violent and rx.search(
            # "gunmen blocked a highway near Noshki, pulled nine passengers off a bus and shot them dead": armed men's
            # roadblock, no protest
            r"\b(?:gunmen|militants|attackers|armed\s+men|insurgents|rebels|fighters|bandits|terrorists|jihadists)\s+"
            r"(?:\w+\s+)?$", self.text[max(s0, t.start - 40):t.start], re.IGNORECASE) or violent and rx.search(
            r"\b(?:at|during|on|into|struck|hit|targeted|attacked|bombed|around|near|outside|inside)\s+(?:a|an|the)\s+"
            r"(?:[\w-]+\s+)?$", self.text[max(s0, t.start - 30):t.start], re.IGNORECASE) or rx.match(
            r"\s+(?:ground|grounds|venue|site|stage|podium)\b", self.text[t.end:t.end + 12], re.IGNORECASE)
            or violent and t.pos == "noun" and rx.search(
            r"\b(?:for|from|after|near|outside|left|leaving|leave|addressed|addressing|attended|attending|"
            r"attend)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}$", self.text[max(s0, t.start - 40):t.start],
            re.IGNORECASE) or violent and t.pos == "noun" and rx.search(
            r"\b(?:triggering|triggered|sparking|sparked|prompting|prompted|provoking|provoked|fuell?ing|fuell?ed|"
            r"setting\s+off|touching\s+off|leading\s+to|led\s+to)\s+(?:[\w-]+\s+){0,2}$",
            self.text[max(s0, t.start - 40):t.start], re.IGNORECASE) and not rx.match(
            r"\s+(?:[a-z-]+\s+){0,2}?(?:in|across|at)\s+(?:the\s+)?(?:(?:town|city|village|district|province)\s+of\s+)?"
            r"(?-i:[A-Z])", self.text[t.end:t.end + 50])))]
        # ("shot dead a teacher ..., triggering protests by employees": the killing's outcome, no incident here;
        # "killed 42 civilians ..., setting off angry protests in Shindand" tells a protest of its own)
        # "began a hunger strike in protest at corruption": a purpose, no protest held
        triggers = [t for t in triggers if not (t.event_type == "protest" and t.pos == "noun" and rx.search(
            r"\bin\s+$", self.text[max(s0, t.start - 4):t.start], re.IGNORECASE) and rx.match(
            r"\s+(?:at|against|over|of)\b", self.text[t.end:t.end + 10], re.IGNORECASE))]
        # "a separatist group fighting for the independence of Balochistan": a cause, not a battle
        triggers = [t for t in triggers if not (t.event_type == "armed_clash" and rx.match(
            r"\s+for\s+(?:the\s+|an?\s+)?(?:independence|autonomy|freedom|rights?|self-rule|secession|separate|"
            r"independent|liberation|creation|establishment|cause)\b", self.text[t.end:t.end + 40], re.IGNORECASE))]
        # "members of the sect, armed with guns, machetes and petrol bombs, attacked a police station": what
        # the attackers carried is no incident of its own and no method
        triggers = [t for t in triggers if not (t.pos == "noun" and (schema.type_family(t.event_type) in (
            "explosions", "strikes") or rx.match(r"(?:petrol|gasoline|molotov|fire)", t.text, re.IGNORECASE))
            and _CARRIED_BEFORE.search(self.text[max(s0, t.start - 90):t.start])
            and not rx.match(r"(?:car|truck|vehicle|suicide)\b", t.text, re.IGNORECASE))]  # (a car bomb is driven in)
        # "killed 60 people in Rann after troops withdrew from the town": a withdrawal that only times another
        # incident is none of its own
        triggers = [t for t in triggers if not (rx.match(r"(?:withdr|retreat|pulled)", t.text, re.IGNORECASE) and rx.search(
            r"\b(?:after|as|when|once|since|before|until)\s+(?:[\w'’-]+\s+){0,4}$", self.text[max(s0, t.start - 50):t.start],
            re.IGNORECASE))]
        # "five car bombs and a mortar round struck markets": weapons joined as one subject are one incident,
        # of the more specific weapon's type, else the first named
        joined: list[Trigger] = []
        for t in triggers:
            prev = joined[-1] if joined else None
            if prev is not None and {schema.type_family(prev.event_type), schema.type_family(t.event_type)} <= {
                    "explosions", "strikes"} and prev.pos == "noun" and rx.fullmatch(
                    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:an?|one|two|three|four|five|six|several|\d+)?\s*",
                    self.text[prev.end:t.start]):
                if t.specificity > prev.specificity:
                    joined[-1] = t
                continue
            joined.append(t)
        triggers = joined
        if not triggers:
            return []
        clauses = _clauses(sent, s0)
        realis = {id(t): self._realis(sent, s0, t, dates) and not (t.pos == "noun" and _SUPPORT_BEFORE.search(
            self.text[max(s0, t.start - 40):t.start])) for t in triggers}
        # "The blast comes amid growing tension in the Bastar region": the incident already told, set in its
        # background; no incident of its own, whatever the background's dates and places
        named_again: set[int] = set()
        for t in triggers:
            after = self.text[t.end:t.end + 60]
            before = self.text[max(s0, t.start - 60):t.start]
            if t.pos == "noun" and " c" in after[:8] and _DEFINITE_BEFORE.search(before[-30:]) and rx.match(
                    r"\s+(?:comes?|came|coming)\s+(?:amid|amidst|against\s+(?:a|the)\s+backdrop|at\s+a\s+time|as)\b",
                    after, re.IGNORECASE):
                realis[id(t)] = False
                named_again.add(id(t))
            # "Zebari called the incursion a serious escalation": a reaction to the incident told
            if rx.search(r"\b(?:called|calling|calls|describ(?:ed|ing|es)|condemn(?:ed|ing|s)|denounc(?:ed|ing|es)|"
                         r"critici[sz](?:ed|ing|es)|deplor(?:ed|ing|es)|termed|branded|labell?ed)\s+(?:the|this|that|these|"
                         r"those|its|their|[A-Z][a-z]+['’]s)\s+(?:[\w-]+\s+){0,2}$", before):
                realis[id(t)] = False
                named_again.add(id(t))
            # "Farmers' unions had been protesting since November 2020": a campaign of months, no one incident
            if "been" in before[-10:] and rx.search(r"\b(?:had|have|has)\s+been\s+$", before[-20:], re.IGNORECASE) \
                    and rx.match(r"\s+(?:[a-z]+\s+){0,3}?(?:since\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|"
                                 r"May|June|July|August|September|October|November|December)\s+)?\d{4}|for\s+(?:several\s+|many\s+)?"
                                 r"(?:months|years|weeks))\b", self.text[t.end:t.end + 60]):
                realis[id(t)] = False
            # "Ghazni has seen heavy fighting this year", "Drone strikes inside Pakistan peaked in 2010": a place's or a
            # weapon's record, no one incident
            if ("seen" in before or "witnessed" in before or "experienced" in before) and rx.search(
                    r"\b(?:has|have|had)\s+(?:seen|witnessed|experienced)\s+(?:[\w-]+\s+){0,2}$", before[-40:],
                    re.IGNORECASE) or t.pos == "noun" and \
                    t.text.lower().endswith("s") and rx.match(r"\s+(?:[\w-]+\s+){0,3}?(?:peaked|have\s+declined|declined|"
                                                              r"have\s+(?:fallen|risen|increased|decreased|become|dropped)|"
                                                              r"became\s+(?:rare|common|frequent))\b",
                                                              self.text[t.end:t.end + 50], re.IGNORECASE):
                realis[id(t)] = False
            # "a statement condemning Turkish air strikes that have killed six civilians this week": what a protest is
            # against, no incident told
            if t.pos == "noun" and t.text.lower().endswith("s") and rx.search(
                    r"\b(?:condemn(?:ed|ing|s)?|denounc(?:ed|ing|es)|protest(?:ed|ing|s)?\s+(?:against|over))\s+(?:[\w-]+\s+){0,2}$",
                    before[-50:], re.IGNORECASE):
                realis[id(t)] = False
        # "condemning Turkish air strikes that local officials say have killed at least six civilians": a death told in
        # a relative clause of an incident no one tells is no incident either
        for t in triggers:
            if t.pos == "verb" and t.generic and any(
                    not realis[id(o)] and o.end <= t.start and rx.fullmatch(r"\s+(?:that|which)\b[^,;.]{0,40}", self.text[o.end:t.start])
                    for o in triggers):
                realis[id(t)] = False
        # "were killed in targeted attacks ... last year": a death told as the outcome of a tally is part of it
        for t in triggers:
            if t.generic in (1, 2) and t.pos == "verb" and realis[id(t)] and any(
                    not realis[id(o)] and o.pos == "noun" and o.start > t.end and rx.fullmatch(
                        r"\s+(?:in|by|during)\s+(?:[\w-]+\s+){0,2}", self.text[t.end:o.start]) for o in triggers):
                realis[id(t)] = False
        # "detonated a car bomb at the compound ... before gunmen tried to storm it": a later move against the same
        # target, named by a pronoun, is a stage of the incident already told
        for t in triggers:
            if realis[id(t)] and t.pos == "verb" and t.generic == 2 and rx.match(r"\s+(?:it|them)\b", self.text[t.end:t.end + 6]) \
                    and any(realis[id(o)] and o.end <= t.start and not o.generic for o in triggers):
                realis[id(t)] = False
        # "tribesmen gathered outside his house after the raid, chanting slogans": an incident named only to time
        # another one the sentence goes on to tell is none of its own
        for t in triggers:
            if realis[id(t)] and self._time_reference(t, s0) and any(
                    o.start > t.end and realis[id(o)] and not self._time_reference(o, s0) for o in triggers):
                realis[id(t)] = False
        # "The 2017 Rann bombing was an air strike ... on 17 January 2017": the subject names the incident
        # the predicate describes; one incident, of the predicate's type, at the sentence's most precise date
        self._defined = set()
        for t1 in triggers:
            if t1.pos != "noun":
                continue
            t2 = next((o for o in triggers if o.start > t1.end and o.pos == "noun" and rx.fullmatch(
                _COPULA_GAP, self.text[t1.end:o.start], re.IGNORECASE)), None)
            if t2 is not None and realis[id(t1)]:
                realis[id(t1)] = False
                realis[id(t2)] = True
                self._defined.add(id(t2))
        cand_places = self._candidate_places(places, s0)
        fallback: dict[int, list[Mention]] = {}
        for m in places:
            if m in cand_places or m.place is None and not m.evidence or m.place is not None and m.place.feature == "country":
                continue
            dist = rx.search(r"\b(\d[\d,]*)\s*(km|kms|kilomet(?:er|re)s?|miles?)\b", self.text[max(s0, m.start - 60):m.start])
            if dist and float(dist.group(1).replace(",", "")) * (1.609 if dist.group(2).startswith("mile") else 1.0) > 100:
                continue  # "The blast happened about 190 km (120 miles) from Rawalpindi": too far to stand for the scene
            if _ROUTE_BEFORE.search(self.text[max(s0, m.start - 60):m.start]) and (rx.search(
                    r"\b(?:km|kms|kilomet(?:er|re)s?|miles?)\b", self.text[max(s0, m.start - 60):m.start]) or rx.search(
                    # "struck near a revered shrine south of Damascus": a site just outside the city named
                    # ("struck farmland south of Ltamenah": open ground outside the town)
                    r"\b(?:(?:near|outside|at)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){1,3}|(?:on|struck|hit)\s+(?!(?:a|an|the)\b)"
                    r"(?:[\w'’-]+\s+){1,2})(?:north|south|east|west|north-?east|"
                    r"north-?west|south-?east|south-?west)(?:ern)?\s+of\s+(?:the\s+)?$", self.text[max(s0, m.start - 60):m.start],
                    re.IGNORECASE)):
                near_t = [t for t in triggers if t.end <= m.start and m.start - t.end < 200]
                if near_t:
                    fallback.setdefault(id(near_t[-1]), []).append(m)
        # each place goes to the nearest trigger of its clause
        assigned: dict[int, list[Mention]] = {}
        frame_place: Mention | None = None
        owner: dict[int, int] = {}  # place -> the trigger it went to
        listed: dict[int, Mention] = {}  # a place further down a list -> the one before it
        for k, m in enumerate(cand_places):
            mc = _clause_of(clauses, m.start)
            prev_m = cand_places[k - 1] if k else None
            gap = self.text[prev_m.end:m.start] if prev_m is not None else ""
            if prev_m is not None and id(prev_m) in owner and (rx.fullmatch(
                    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
                    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+))*", gap) or rx.fullmatch(
                    r"(?:\s+(?:district|state|province|region|area|county|LGA))?,\s+(?:among\s+them|including|such\s+as|"
                    r"namely)\s+", gap) and rx.search(r"\b(?:villages|towns|communities|settlements|localities|hamlets)\b"
                                                     r"[^.;:()]{0,50}$", self.text[max(s0, prev_m.start - 50):prev_m.start])
            ) and not any(prev_m.end <= t.start < m.start for t in triggers):
                # "shelled positions in the Uri, Gurez and Keran sectors, killing five": a list of places is one
                # trigger's, however near the next trigger its last name stands
                assigned[owner[id(prev_m)]].append(m)
                owner[id(m)] = owner[id(prev_m)]
                listed[id(m)] = prev_m
                continue
            # "In Lahore, groups of gunmen, some wearing suicide vests, raided government buildings":
            # a place that opens the sentence frames what follows
            frame = bool(rx.fullmatch(r"\s*(?:[\"“]?\s*)?(?:(?:Meanwhile|Elsewhere|Separately|Also|Earlier|Later|Nearby),?\s+"
                                      r"(?-i:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Aa]cross)|In|At|Near|Outside|Across)\s+(?:the\s+)?"
                                      r"(?:[\w'’-]+\s+){0,3}",
                                      self.text[s0:m.start])) and self.text[m.end:m.end + 12].lstrip().startswith((",", "province,", "district,", "state,", "region,"))
            if frame and frame_place is None:
                frame_place = m
            best = None
            best_d = None
            for t in triggers:
                tc = _clause_of(clauses, t.start)
                if tc != mc and not self._coordinated(m, t, s0):
                    continue
                if not realis[id(t)] and (any(realis[id(o)] and o.event_type == t.event_type
                                              and abs(o.start - t.end) < 40 for o in triggers if o is not t)
                                          or rx.search(r"\b(?:not|never)\b", t.text, re.IGNORECASE)
                                          or t.pos == "noun" and _SUPPORT_BEFORE.search(
                                              self.text[max(s0, t.start - 40):t.start])):
                    continue  # "hundreds of protesters marched": the phrase that reports it takes the place;
                    # "the aircraft was not hit" owns no place
                if m.start >= t.end and _CONSEQUENCE.search(self.text[t.end:m.start]):
                    continue  # "were shot dead ..., triggering tension across the Chenab valley and forcing a
                    # curfew in Doda": places of what followed, not of the killing
                if m.start >= t.end:
                    d = m.start - t.end
                elif self._tight(t, m) or frame:
                    d = t.start - m.end
                else:
                    d = (t.start - m.end) * 3
                    if rx.match(r"\s*,?\s+(?:and|but|or|then)\s", self.text[m.end:t.start]):
                        d += 60  # "clashed with police in Peshawar and set fire": the place closes the clause before
                if t.generic:
                    d += 15
                if not realis[id(t)] and not self._tight(t, m):
                    d += 100  # "abducted 60 women during a series of raids last week on Kummabza village": the
                    # incident the sentence tells takes the place before the run of raids it is part of
                if best_d is None or d < best_d:
                    best, best_d = t, d
            if best is not None and best.generic and best.start < m.start and rx.search(
                    r"\b(?:in|during)\s+(?:a\s+|an\s+|the\s+)?(?:(?:coordinated|simultaneous|separate|joint|night|"
                    r"overnight|dawn|pre-dawn|early-morning|search|security|house-to-house|targeted)\s+)?$",
                    self.text[max(s0, best.start - 40):best.start], re.IGNORECASE):
                # "arrested 13 UN staff, ..., in coordinated raids in Sanaa, Hodeidah and Saada": the manner of the
                # incident the sentence tells, which takes its places however long the aside before them
                told = [t for t in triggers if realis[id(t)] and not t.generic and t.end <= best.start
                        and ";" not in self.text[t.end:best.start]]
                if told:
                    best, best_d = told[-1], 0
            if best is not None and best_d is not None and best_d <= 220:
                assigned.setdefault(id(best), []).append(m)
                owner[id(m)] = id(best)
        actors = _within(self._actors_all, self._actor_starts, s0, s1)
        out: list[_Event] = []
        unplaced: list[Trigger] = []
        place_owned = set(assigned)
        for t in triggers:
            if not realis[id(t)]:
                continue
            places_t = assigned.get(id(t), [])
            # "The bombs went off within half an hour": a verb whose subject is a definite incident noun goes on
            # about that incident, like the noun itself
            subject = next((o for o in triggers if o.pos == "noun" and o.end <= t.start
                            and (not self.text[o.end:t.start].strip() or rx.fullmatch(
                                # "The car bomb, parked near the market, exploded": a phrase set off between
                                r"\s*,\s+[a-z][^,;]{0,70},\s*", self.text[o.end:t.start]))), None) if t.pos == "verb" else None
            head = subject.start if subject is not None else t.start
            definite = (t.pos == "noun" or subject is not None) and bool(
                _DEFINITE_BEFORE.search(self.text[max(s0, head - 30):head])) and not \
                _NEW_INCIDENT_BEFORE.search(self.text[max(s0, head - 40):head])
            own = self._nearest_date(t, dates, clauses)
            compatible = [e for e in previous[-_LOOKBACK:] + out if e.para_index > 0 and (
                e.family == schema.type_family(t.event_type) or e.generic == 1 or t.generic == 1)]
            if definite and not compatible:
                definite = False  # nothing earlier for "the strike" to point back at: it is the first report
            elif definite and own is not None and own.value is not None and own.anchor_days is None and \
                    _clause_of(clauses, own.start) == _clause_of(clauses, t.start) and \
                    all(e.explicit_date and e.event_date != own.value for e in compatible):
                definite = False  # "the abduction ... in April 2014": a date of its own, another incident
            if definite and places_t and not rx.match(
                    r"\s+(?:on\s+\w+\s+|(?:\w+\s+){1,2})?(?:hit|struck|targeted|destroyed|ripped\s+through|tore\s+through|flattened)\b"
                    # ("The attack took place around 5:30 am in dense forest near Pengeri": where it happened)
                    r"|\s+(?:took\s+place|happened|occurred|unfolded)\b(?:(?!\b(?:before|after|since|as|when|while)\b)"
                    r"[^.;]){0,40}?\b(?:in|at|near)\s+(?:(?!(?:the|a|an)\s)(?-i:[a-z-]+\s+){1,2}?(?:near|outside)\s+)?"
                    r"(?-i:[A-Z])",
                    self.text[t.end:t.end + 110], re.IGNORECASE):
                # "the attack ... in X" refers back unless the place is tightly linked to it ("the
                # shelling hit the village of X" names where it struck)
                tight = [m for m in places_t if self._tight(t, m)]
                for m in places_t:  # ("in eight villages of X district, among them A, B and C": X's list goes with it)
                    if m not in tight and listed.get(id(m)) in tight:
                        tight.append(m)
                places_t = tight
            borrowed = not places_t
            if not places_t and any(c.end() >= t.end for c in _SUPERLATIVE_SINCE.finditer(
                    self.text, max(s0, t.start - 120), t.end)) and rx.search(
                    r"\bsince\s+(?:[\w'’-]+\s+){0,6}$", self.text[max(s0, t.start - 60):t.start]):
                continue  # "the deadliest attack in the capital since the Taliban were driven out": a comparison
                # that names no place of its own borrows none
            if not places_t:
                tc = clauses[_clause_of(clauses, t.start)]
                ref = _REFERENCE.search(self.text[t.start:min(tc[1], t.end + 90)])
                if ref is None:
                    ref_before = list(_REFERENCE.finditer(self.text[tc[0]:t.start]))
                    ref = ref_before[-1] if ref_before else None
                told_by = next((o for o in triggers if o.start > t.end and realis[id(o)]
                                and not rx.match(r"(?:kill|slain|dead|died|murder)", o.text, re.IGNORECASE)
                                and schema.type_family(o.event_type) == "violence" and rx.search(
                                    r"\b(?:as|when|while)\s+(?:[\w'’-]+\s+){0,3}$", self.text[t.end:o.start])), None) \
                    if (t.generic == 1 or t.event_type == "strategic_development") and not definite else None
                told_at = (assigned.get(id(told_by)) or [m for m in cand_places if told_by.end <= m.start < told_by.end + 60]) \
                    if told_by is not None else []
                if told_at and t.event_type == "strategic_development":
                    continue  # "a woman was killed and houses were set on fire as armed men attacked Zairawn village":
                    # the burning and the deaths are of the attack the sentence places, one incident there
                if told_at:
                    places_t = told_at[:1]  # "a woman was killed ... as armed men attacked Zairawn village"
                elif frame_place is not None and not definite and not t.generic == 1:
                    places_t = [frame_place]  # "In Basra, protesters marched ..., and gunmen later exchanged fire"
                elif section is not None and not definite and not (t.generic == 1 and rx.match(
                        r"kill|slain|murder", t.text, re.IGNORECASE)):
                    places_t = [section]  # "Kismayo: Gunmen opened fire on a patrol in the north of the city"
                elif ref is not None and not definite and (last_place is not None or any(
                        m.start < t.start for m in cand_places)):
                    # "killed in Maiduguri ..., hours after soldiers captured him at a house in the city": the
                    # sentence's own place before, else the place told before
                    own_before = [m for m in cand_places if m.end <= t.start]
                    places_t = [own_before[-1] if own_before else last_place]
                elif dateline is not None and not definite and rx.search(
                        r"\b(?:in|at|near|inside|outside|on\s+the\s+outskirts\s+of|from)\s+(?:[\w'’-]+\s+){0,4}?here\b",
                        self.text[tc[0]:tc[1]], re.IGNORECASE) and not cand_places:
                    places_t = [dateline]  # "KISHTWAR, Apr 9: ... were shot dead by a militant inside the District
                    # Hospital here today": the dateline's town, whatever the trigger
                elif dateline is not None and not definite and (not t.generic or t.generic == 2 and
                                                                self._sentence_toll(sent) > 0 or (
                        # "KISHTWAR, Apr 9: Senior RSS functionary X and his guard were shot dead by a militant
                        # inside the District Hospital on Tuesday": a killing the lead places nowhere else
                        t.generic in (1, 2) and not fallback.get(id(t)) and rx.fullmatch(
                            _SHOT_DEAD, t.text, re.IGNORECASE))) \
                        and not any(
                        # (a place only an incident named again holds leaves the dateline free: "claiming
                        # responsibility for the attack to a cyber cafe in Jammu and Kashmir")
                        id(o) not in named_again for o in triggers if assigned.get(id(o)) and not (
                            # ("..., sparking protests in Pishin": what followed holds its own places)
                            o.start > t.end and _CONSEQUENCE.search(self.text[t.end:o.start]))) and not any(
                        o.specificity >= t.specificity and id(o) != id(t) and realis[id(o)] for o in triggers
                        if o.start < t.start) and not (_REGION_OF_COUNTRY.search(sent) and self._hub(dateline)) \
                        and not self._names_other_country(sent, dateline) and not any(
                        # "gunmen stormed a university ..., before troops killed the attackers after a gunbattle":
                        # the end of the raid the lead tells, not its incident
                        realis[id(o)] and o.generic == 2 and o.start < t.start and rx.search(
                            r"\b(?:before|after|until)\b", self.text[o.end:t.start]) for o in triggers):
                    # ("MANSEHRA: Gunmen ... stopped four passenger buses near Babusar Top in the Naran valley
                    # yesterday morning, ordered the passengers out ... and shot dead 22 men": the one place the
                    # sentence names before, however long the tale after it)
                    sole = cand_places[0] if len(cand_places) == 1 and cand_places[0].end <= t.start \
                        and id(cand_places[0]) not in owner and cand_places[0].place is not None else None
                    places_t = [sole or dateline]
                elif fallback.get(id(t)) and not (t.generic and any(
                        e.sentence_index >= si - 2 and (e.family == schema.type_family(t.event_type) or t.generic == 1)
                        for e in previous)):
                    # "30 km south-east of the city of Homs": the nearest town named (but "The bomber struck ...
                    # some 35 km south of Quetta" right after the report only says where that incident was)
                    places_t = fallback[id(t)]
            if len(places_t) > 1:
                kept = [places_t[0]]
                for m in places_t[1:]:
                    gap = self.text[kept[-1].end:m.start]
                    if rx.search(r"\b(?:and|then|before|after)\s+(?:later\s+|then\s+|also\s+|subsequently\s+)?"
                                 r"(?!nearby\b)[a-z]+ed\b", gap):
                        continue  # "seized Sanaa ... and later advanced on Aden": another verb's place
                    kept.append(m)
                places_t = kept
            if not places_t:
                if not definite and not t.generic and pi > 0:
                    unplaced.append(t)
                continue
            # the type: this trigger, or a more specific one of the sentence without a place of its own
            etype, spec, generic = t.event_type, t.specificity, t.generic
            settle_at = t.start
            for o in triggers:
                if o is t or id(o) in place_owned or not realis[id(o)] or self._time_reference(o, s0):
                    continue
                if o.start > t.end and rx.search(r"\b(?:after|before|since|until)\s+(?:[\w'’-]+\s+){0,3}?(?:(?!morning\b|evening\b)"
                                                 r"[a-z]+(?:ed|ing)|was|were|had|has|have)\b", self.text[t.end:o.start]):
                    continue  # "was killed in custody, hours after soldiers captured him": the clause the time is
                    # measured by tells another incident
                if o.event_type == "strategic_development" and schema.type_family(etype) != "strategic_development" \
                        and (generic != 1 or self._sentence_toll(sent) > 0):
                    continue  # "clashed with police ... and set fire to a building": arson within a clash; "killed
                    # twelve people ... and set fire to some of the bodies": the killing is the incident
                participle = bool(rx.search(r",\s*$", self.text[max(s0, t.start - 3):t.start])) and \
                    t.text.lower() in ("killing", "wounding", "leaving")
                # "stormed the college ..., abducting 27 students": the participle says what the raid was
                taking = o.event_type == "abduction" and o.start > t.end and generic == 2 and (rx.search(
                    r",\s*$", self.text[max(s0, o.start - 3):o.start]) and o.text.lower().endswith("ing") or rx.search(
                    # "stormed two schools in Kuriga at about 8 a.m. and abducted 287 pupils"
                    r"\s+and\s+(?:then\s+)?$", self.text[max(s0, o.start - 12):o.start]) and rx.match(
                    r"(?:abducted|kidnapped|seized|took|whisked|led|marched|carted|snatched|grabbed|carried)", o.text,
                    re.IGNORECASE)) and not any(
                    x.generic == 1 and rx.match(r"kill", x.text, re.IGNORECASE) and t.end <= x.start < o.start
                    for x in triggers)
                # "militants attacked X, killing 25, and a suicide car bomber struck Y": a new subject, another incident
                new_subject = o.start > t.end and rx.search(r",\s+and\s+(?:a|an|another|two|three)\s+",
                                                            self.text[t.end:o.start])
                # "X was assassinated ... when an attacker fired shots and then blew himself up": the clause
                # telling how it was done gives the type of a killing told by its outcome
                method = etype == "assassination" and o.start > t.end and schema.type_family(o.event_type) in (
                    "explosions", "strikes") and rx.search(r"\bwhen\b", self.text[t.end:o.start]) \
                    and not any(t.end < m.start < o.start for k, ms in assigned.items() if k != id(t) for m in ms)
                if (o.specificity > spec and _clause_of(clauses, o.start) == _clause_of(clauses, t.start)
                        and not new_subject
                        and (abs(o.start - t.start) < 90 or participle and o.start < t.start or taking or method)
                        and (generic == 1 or method or schema.type_family(o.event_type) == schema.type_family(etype)
                             or generic == 2 and o.event_type in ("armed_clash", "attack_on_civilians",
                                                                  "assassination", "abduction", "arrest"))):
                    etype, spec, generic = o.event_type, o.specificity, o.generic
                    if participle and o.start < t.start:
                        settle_at = o.start  # "attacked three checkpoints, killing 25": the attack's object
            if generic:
                etype = self._settle_generic(sent, settle_at, s0)
            crowd = rx.search(r"\b(?:protesters|protestors|demonstrators|rioters|marchers|students|mourners|relatives|"
                              r"families|residents|villagers|crowds?|mobs?|supporters)\s+((?:[\w'’-]+\s+){0,6})$",
                              self.text[max(s0, t.start - 60):t.start], re.IGNORECASE)
            if etype in ("armed_clash", "strategic_development", "attack_on_civilians") and (
                    rx.match(r"\s+(?:on|at|into)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:crowds?|protesters|protestors|"
                             r"demonstrators|marchers|mourners|rallies|rally|sit-in|(?:funeral\s+)?processions?)\b"
                             # "opened fire on retired military officers and other activists gathering in X"
                             r"|\s+(?:on|at|into)\s+(?:[\w'’-]+\s+){1,7}?(?:gathering|gathered|rallying|protesting|"
                             r"demonstrating|marching)\b",
                             # ("fired on" carries its own preposition: "fired on a funeral procession")
                             self.text[t.end - 3:t.end + 90] if rx.search(r"\s(?:on|at)$", t.text) else self.text[t.end:t.end + 90],
                             re.IGNORECASE)
                    and rx.search(r"\b(?:police|policemen|security\s+forces|troops|soldiers|riot\s+police|guards)\b",
                                  self.text[max(s0, t.start - 60):t.start], re.IGNORECASE)
                    or rx.match(r"\s+(?:[\w'’-]+\s+){0,6}?when\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]+\s+)?(?:police|policemen|security\s+forces|troops|soldiers|"
                                r"riot\s+police|guards)\s+(?:opened\s+fire|fired(?:\s+live\s+rounds|\s+tear\s+gas)?)\s+"
                                r"(?:on|at|into)\s+(?:(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:crowds?|protesters|protestors|"
                                r"demonstrators|marchers|mourners|rallies|rally|sit-in|(?:funeral\s+)?processions?)\b|"
                                r"(?:[\w'’-]+\s+){1,7}?(?:gathering|gathered|rallying|protesting|demonstrating|marching)\b)",
                                self.text[t.end:t.end + 160], re.IGNORECASE)):
                etype = "protest"  # "police opened fire on a crowd": force used on a protest is coded as the protest
                # (also "two men were killed when police opened fire on a crowd")
            elif etype in ("armed_clash", "attack_on_civilians") and rx.search(
                    r"\b(?:police|policemen|security\s+forces|troops|soldiers|riot\s+police|guards)\s+(?:[\w-]+\s+)?$",
                    self.text[max(s0, t.start - 40):t.start], re.IGNORECASE) and rx.match(
                    r"[^.;]{0,80}?\b(?:during|at|to\s+(?:disperse|break\s+up)|dispersing|breaking\s+up)\s+(?:a|an|the)\s+"
                    r"(?:[\w-]+\s+){0,2}?(?:protests?|demonstrations?|rally|rallies|march|sit-in|riot)\b",
                    self.text[t.end:s1]) and not rx.search(r"\barmed\b|\bclash|\bfought\b|\bbattle", self.text[s0:s1],
                                                           re.IGNORECASE):
                etype = "protest"  # "US troops shot dead two men during a stone-throwing protest": force on a protest
                # (but "forces clashed with armed supporters at a rally" is a fight)
            elif etype in ("strategic_development", "protest") and any(
                    o.event_type == "strategic_development" and realis[id(o)] and _HOMES_BURNED.match(self.text, o.end)
                    and _clause_of(clauses, o.start) == _clause_of(clauses, t.start) for o in triggers) and not rx.search(
                    r"\b(?:protesters|protestors|demonstrators|marchers|supporters|students)\b",
                    self.text[max(s0, t.start - 60):t.start], re.IGNORECASE):
                etype = "attack_on_civilians"  # "militiamen set fire to dozens of homes": people's houses burned
                crowd = None  # ("rioters set fire to dozens of houses": no protest, whoever did it)
            elif etype == "strategic_development" and rx.search(r"(?:torch|set|burn|ablaze)", t.text, re.IGNORECASE) and rx.search(
                    r"\b(?:died|killed|burned\s+to\s+death|burnt\s+to\s+death|burned\s+alive|charred)\b", sent, re.IGNORECASE) \
                    and self._sentence_toll(sent) > 0:
                etype = "attack_on_civilians"  # "59 people died when a coach was set on fire": the burning killed them
            elif etype == "strategic_development" and _CROWD_DAMAGE.search(sent):
                etype = "protest"  # "protesters set fire to two buses": a riot is a protest event
            elif etype in ("armed_clash", "attack_on_civilians") and t.generic == 2 and _CROWD_DAMAGE.search(
                    self._segment(sent, s0, t)):
                etype = "protest"  # "angry supporters burned cars ..., and gunfire echoed through the streets": the riot
            if etype in ("armed_clash", "attack_on_civilians", "protest") and crowd and rx.match(
                    r"mobs?\b", crowd.group(0), re.IGNORECASE) and not _SECURITY_TARGET.search(
                    self.text[t.end:t.end + 60]) and (_DEATH_HINT.search(self._segment(sent, s0, t)) or rx.match(
                    r"(?:attack|assault|raid|storm)", t.text, re.IGNORECASE)):
                etype = "attack_on_civilians"  # "a mob attacked the village and killed two men": mob violence on people
            elif etype in ("armed_clash", "attack_on_civilians") and crowd and len(crowd.group(1).split()) <= (1 if rx.match(
                    r"(?:students|residents|villagers)", crowd.group(0), re.IGNORECASE) else 6) \
                    and not rx.search(r"\barmed\b", crowd.group(1)) and not (rx.search(
                        r"\b(?:militiamen|militias?|gunmen|fighters|militants|soldiers|troops|thugs)\b",
                        self.text[max(s0, t.start - 60):t.start], re.IGNORECASE) and not rx.search(
                        r"\b(?:protesters|protestors|demonstrators|rioters|marchers|mourners|supporters)\b",
                        self.text[max(s0, t.start - 60):t.start], re.IGNORECASE)):
                etype = "protest"  # "protesters clashed with police", "relatives angry at ... stormed parliament"
                # (but "a crowd of militiamen and residents attacked a camp": armed men's violence, no protest)
            if etype in ("arrest", "abduction") and any(
                    o.generic == 1 and realis[id(o)] and rx.match(r"kill", o.text, re.IGNORECASE) and o.start > t.end
                    and _clause_of(clauses, o.start) == _clause_of(clauses, t.start) for o in triggers):
                etype = self._settle_generic(sent, t.start, s0)  # "rounded up the villagers and killed hundreds"
            elif etype == "arrest" and any(
                    o.event_type == "attack_on_civilians" and realis[id(o)] and o.start > t.end
                    and _clause_of(clauses, o.start) == _clause_of(clauses, t.start) for o in triggers):
                etype = "attack_on_civilians"  # "were rounded up, tied up and had their throats slit"
            elif etype == "bombing" and not rx.search(r"\bsuicide\b", sent, re.IGNORECASE) and rx.search(
                    r"\b(?:before|then)\s+(?:[\w-]+\s+){0,8}?(?:stormed|storming|storm|overran|overrunning|overrun|"
                    r"attacked|attacking|raided|raiding)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+)?(?:base|camp|"
                    r"perimeter|position|positions|post|garrison|barracks|compound|airfield|airport|outpost|station|"
                    r"checkpoint)\b|\b(?:before|then)\s+(?:overrunning|overran|storming|stormed)\s+it\b",
                    self.text[t.end:s1], re.IGNORECASE) and not rx.search(
                    r"\bblew\s+(?:himself|herself|themselves)\s+up\b", sent, re.IGNORECASE):
                etype = "armed_clash"  # "detonated a car bomb at the gate before hundreds of fighters stormed the
                # perimeter": the blast opened an assault on the base, and the assault is the incident
            if etype in ("armed_clash", "attack_on_civilians") and not rx.match(r"(?:strikes?|struck)$", t.text, re.IGNORECASE) \
                    and not rx.search(r"\b(?:air\s*)?strikes?\b", self.text[max(s0, t.start - 80):t.start], re.IGNORECASE) \
                    and (  # ("a US strike killed commander X": a strike, however named its victim)
                    rx.match(r"\s*(?:The\s+)?(?:killing|assassination|murder)\s+of\s+(?:[a-z]+\s+){0,3}(?-i:[A-Z])",
                             sent) or  # "The killing of Ali Saleh took place ..., when fighters attacked his convoy"
                    rx.match(r"(?:killing|murder)$", t.text, re.IGNORECASE) and rx.match(
                        r"\s+of\s+(?:(?:the|a|an)\s+)?(?:[\w'’.-]+\s+){0,3}?(?:leader|chief|commander|politician|minister|"
                        r"legislator|lawmaker|MP|MLA|activist|journalist|cleric|judge|governor|mayor|head|editor|priest|"
                        r"imam|sheikh|elder)\s+(?-i:[A-Z])[\w'’-]+", self.text[t.end:t.end + 70], re.IGNORECASE) or
                    self._named_victim(t, places_t) or self._named_target(t) or (
                        rx.search(_SHOT_DEAD + r"$", t.text, re.IGNORECASE)
                        and (_ROLE_VICTIM.match(self.text, t.end) or self._named_in_apposition(t, s0)))
                    or self._named_subject(t, s0)):
                etype = "assassination"
            if etype == "military_offensive" and rx.match(r"(?:converg|closed\s+in|closing\s+in)", t.text, re.IGNORECASE) \
                    and rx.search(r"\b(?:protesters|protestors|demonstrators|marchers|crowds?|mourners|supporters|activists|"
                                  r"worshippers|pilgrims|residents|people)\s+(?:[\w'’-]+\s+){0,3}$",
                                  self.text[max(s0, t.start - 60):t.start], re.IGNORECASE):
                etype = "protest"  # "Hundreds of protesters had converged on the town": a gathering, no offensive
            if etype == "strategic_development" and rx.match(r"(?:captured|seized|caught)$", t.text.strip(), re.IGNORECASE) \
                    and (rx.match(r"\s+(?:him|her|them|(?:the|a|an|two|three|several)\s+(?:[\w-]+\s+){0,2}?(?:leader|commander|"
                                  r"chief|suspects?|militants?|man|men|fighters?|members?|bombers?|attackers?|gunm[ae]n|"
                                  r"assailants?|teenagers?|youths?|smugglers?|kidnappers?|bandits?|soldiers?|policem[ae]n|"
                                  r"spy|spies))\b(?![-'’])", self.text[t.end:t.end + 50])
                         # "captured Saddam Hussein's half-brother Sabawi Ibrahim al-Hassan"
                         or rx.match(r"\s*(?:[A-Z][\w'’-]+\s+){1,3}?[A-Z][\w-]+['’]s\s+(?:[\w-]+\s+)?(?:brother|half-brother|"
                                     r"son|nephew|cousin|aide|deputy|bodyguard|son-in-law)\b", self.text[t.end:t.end + 60])
                         # "The three women and two men were seized on Sunday"
                         or rx.search(r"\b(?:women|men|tourists|foreigners|workers|engineers|children|girls|boys|students|"
                                      r"passengers|hostages|villagers|people|journalists)\s+(?:were|had\s+been|have\s+been)\s+$",
                                      self.text[max(s0, t.start - 60):t.start], re.IGNORECASE)):
                # "soldiers captured him at his in-laws' house": people taken, by the state an arrest, else an abduction
                etype = "arrest" if rx.search(r"\b(?:soldiers|troops|police|policemen|security\s+forces|army|military|"
                                              r"commandos|forces|authorities|agents)\s+(?:\w+\s+)?$",
                                              self.text[max(s0, t.start - 40):t.start], re.IGNORECASE) else "abduction"
            if etype == "strategic_development" and rx.fullmatch(r"overrun", t.text.strip(), re.IGNORECASE) and rx.search(
                    r"\b(?:soldiers|troops|peshmerga|policemen|police|guards|fighters|militiamen|forces|garrison|unit|"
                    r"defenders|men|positions?|posts?)\b[^.;]{0,80}?\b(?:were|was|had\s+been|been)\s+(?:[\w-]+\s+){0,5}?$",
                    self.text[max(s0, t.start - 120):t.start], re.IGNORECASE):
                etype = "armed_clash"  # "The peshmerga ... were taken by surprise and overrun": a force beaten, no town taken
            if etype in ("armed_clash", "attack_on_civilians") and rx.match(
                    r"\s+(?:\w+\s+)?(?:in|while\s+in)\s+(?:police|military|army|security|state|government)?\s*"
                    r"(?:custody|detention)\b", self.text[t.end:t.end + 50], re.IGNORECASE):
                etype = "attack_on_civilians"  # "was killed in police custody": a captive is no combatant
            if etype == "strategic_development" and rx.search(r"(?:overr[au]n|stormed|seized|captured|took)", t.text,
                                                             re.IGNORECASE) and (_MILITARY_POSITION.match(
                    self.text, t.end) and not rx.search(r"\b(?:fled|withdrew|withdrawn|abandoned|retreated|pulled\s+out|"
                                                        r"without\s+a\s+fight|unopposed)\b", sent, re.IGNORECASE)
                    or self._sentence_toll(sent) > 0) or etype == "strategic_development" and rx.search(
                    r"\b(?:entered|moved\s+into|rolled\s+into|marched\s+into)\b", t.text, re.IGNORECASE) and any(o.event_type == "armed_clash" and not o.generic and realis[id(o)] for o in triggers):
                # ("entered the northern districts and clashed with troops": a fight for it)
                etype = "armed_clash"  # "overran a base at X": an attack on a military position
            if etype == "strategic_development" and rx.search(r"\b(?:entered|moved\s+into|rolled\s+into|marched\s+into)\b",
                                                             t.text, re.IGNORECASE):
                kill = next((o for o in triggers if o.start > t.end and o.generic == 1 and realis[id(o)]
                             and rx.match(r"kill|massacr|slaughter|execut|shot", o.text, re.IGNORECASE)), None)
                if kill is not None and self._sentence_toll(sent) > 0:
                    etype = self._settle_generic(sent, kill.start, s0)  # "militiamen entered Ras al-Nabaa and
                    # killed at least 81 people in their homes": the killing is the incident
            if etype == "bombing" and rx.search(r"\b(?:drones?|UAVs?)\b(?:\s+[\w'’-]+){0,7}?\s+(?:exploded|detonated|blew\s+up|"
                                                r"crashed\s+into|slammed\s+into)\b", sent, re.IGNORECASE) \
                    and not rx.search(r"\b(?:shot\s+down|downed|intercepted)\b", sent, re.IGNORECASE):
                etype = "drone_strike"  # "a drone launched by the rebels exploded over a parade": a drone attack
            elif etype == "bombing" and rx.search(
                    r"\b(?:blew\s+up|blown\s+up|demolished|dynamited|destroyed|razed)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}?"
                    r"(?:temples?|monuments?|statues?|tombs?|mausoleums?|arch|ruins|shrines?|churches|heritage|citadel)\b",
                    self.text[max(s0, t.start - 10):t.end + 60], re.IGNORECASE) and not _DEATH_HINT.search(sent):
                etype = "strategic_development"  # "blew up the Temple of X": destruction of property, nobody hurt
            elif etype == "bombing" and _AERIAL_BOMBS.search(sent):
                # "drones and aircraft fired missiles and laser-guided bombs": the bombs came from the air
                etype = "drone_strike" if rx.search(r"\bdrones?\b", sent, re.IGNORECASE) else "air_strike"
            elif etype in ("bombing", "suicide_bombing") and _ASSAULT_ON_POSITION.search(self._segment(sent, s0, t)):
                etype = "armed_clash"  # "fighters attacked the base, setting off a car bomb before storming it"
            elif etype == "bombing" and _ASSAULT_WITH_BOMBS.search(sent):
                etype = "armed_clash"  # "fighters attacked the base with a car bomb and guns": an assault
            if etype == "military_offensive" and rx.match(r"(?:besieg|laid|laying)", t.text, re.IGNORECASE) and rx.match(
                    r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w.'’-]+\s+){0,3}?(?:embassy|hotel|headquarters|compound|school|"
                    r"mall|parliament|building|ministry|consulate|base|prison|jail|hospital|station|office)\b",
                    self.text[t.end:t.end + 60], re.IGNORECASE):
                etype = "armed_clash"  # "fighters besieged the embassy for 20 hours": an assault on a building, not a campaign
            if etype == "armed_clash" and t.pos == "noun" and t.generic and _DEFINITE_BEFORE.search(
                    self.text[max(s0, t.start - 30):t.start]):
                prior = [e for e in previous[-_LOOKBACK:] if e.family in ("violence", "military_offensive")]
                if prior and prior[-1].event_type == "military_offensive":
                    etype = "military_offensive"  # "The assault began on 13 February" after the offensive: its stage
            dm = self._nearest_date(t, dates, clauses)
            narrative = self._narrative_at(pi)
            if dm is not None and dm.anchor_days is not None:
                dated = [e for e in previous if e.explicit_date and e.event_date]
                base_e = dated[-1] if dated else None
                if base_e is not None and base_e.precision != "day":
                    # "Earlier this month, ... a blast in Mastung. HANGU: Hours later, two bombers attacked": the
                    # hours count from the story's day, not from the aside told before
                    day = next((e for e in reversed(dated) if e.precision == "day"), None)
                    if day is not None and day.event_date > base_e.event_date:
                        base_e = day
                base = base_e.event_date if base_e is not None else None
                base_precision = base_e.precision if base_e is not None else "day"
                told = self._last_dated
                if told is not None and not definite and (base_e is None or told[2] > base_e.sentence[0]) and (
                        # ("The killings in Koshobe came on the same day as ...": the incident told before)
                        base_e is None or not _finer(base_precision, told[1])):
                    base, base_precision = told[0], told[1]
                if base is None and narrative is not None:
                    base, base_precision = narrative
                own = [d for d in dates if d.end <= dm.start and d.value is not None and d.anchor_days is None
                       and not d.future and not d.aggregate]
                if own:
                    base, base_precision = own[-1].value, own[-1].precision  # "On 15 October 2010 X fell; in the
                    # same week militia seized Y": the day its own sentence tells before it
                if base is None:
                    ev_date, precision = self.published, "day"
                else:
                    ev_date = base + timedelta(days=dm.anchor_days)
                    if dm.precision == "month":  # "the following month": the next calendar month
                        ev_date = shift_months(base, 1)
                    # ("Days later" after a month: the month's precision at best)
                    precision = base_precision if base_precision in ("month", "year") and _finer(dm.precision, base_precision) \
                        else dm.precision
            elif dm is not None:
                ev_date, precision = dm.value, dm.precision
                lead_day = max((e.event_date for e in previous if e.para_index > 0 and e.explicit_date
                                and e.precision == "day" and e.event_date is not None
                                and e.family in ("violence", "explosions", "strikes")), default=None) if (
                    dm.text.lower().endswith("after") and dm.precision in ("day", "week") and self.published is not None
                    and rx.match(r"(?:came|comes|coming)\b", dm.text, re.IGNORECASE)) else None
                if lead_day is not None and lead_day < self.published:
                    # "The assault [on Friday] came two days after fighters shot dead 20 fishermen": two days before
                    # the latest attack told, not before the report
                    ev_date = lead_day - (self.published - dm.value)
            elif (told := self._told_with(t, triggers, previous, s0)) is not None:
                dm = told  # "While the bombs were going off, gunmen attacked ...": the day of the bombs
                ev_date, precision = dm.value, dm.precision
            elif (definite or rx.match(r"\s*(?:In\s+)?(?:the\s+)?(?:first|second|third|latter|former|other)\b(?!\s+time)", sent,
                                        re.IGNORECASE)) and (ref_e := next((
                    e for e in reversed(previous[-_LOOKBACK:]) if e.date is not None and e.event_date is not None
                    and e.para_index > 0 and si - e.sentence_index <= 2
                    and (e.family == schema.type_family(etype) or definite and t.generic)), None)) is not None:
                dm = ref_e.date  # "The blasts struck the mosque in Jawdara", "In the first, missiles hit a compound":
                # the day of the incidents told before
                ev_date, precision = ref_e.event_date, ref_e.precision
            elif narrative is not None:
                ev_date, precision = narrative  # told within a passage dated before: its date
            elif self._story_day is not None and self._story_day < (self.published or self._story_day) and (rx.search(
                    r"\balso\s+$", self.text[max(s0, t.start - 12):t.start]) or rx.match(r"\W*(?:[\w'’-]+\s+){1,3}also\s", sent)):
                # "[Monday's attacks.] Protesters also stormed party offices in Kalar": the story's day, not the report's
                ev_date, precision = self._story_day, "day"
            else:
                ev_date, precision = self.published, "day"
            undated = dm is None and narrative is None and ev_date == self.published
            weapon = self._weapon_type(etype, t, sent, s0)
            if weapon != etype or etype == "bombing":
                generic = 0  # the method is known now: no longer a wildcard
            etype = weapon
            a1, a1s, a2, a2s = self._actors(sent, s0, t, actors, etype, triggers)
            for m in places_t:
                m_dm, m_date, m_precision = dm, ev_date, precision
                # "in Ahmedabad in July ... and in Jaipur in May": a date right after a place is its own
                own_m = next((d for d in dates if d.value is not None and not d.future and not d.aggregate
                              and d.anchor_days is None and 0 <= d.start - m.end <= 2
                              and not self.text[m.end:d.start].strip()), None)
                if own_m is not None:
                    m_dm, m_date, m_precision = own_m, own_m.value, own_m.precision
                out.append(_Event(
                    trigger=t, event_type=etype, generic=generic, specificity=spec, place=m,
                    place_span=(m.start, m.end), sentence=(s0, s1), sentence_index=si, para_index=pi,
                    date=m_dm, event_date=m_date, precision=m_precision, fatalities=None,
                    actor1=a1, actor1_span=a1s, actor2=a2, actor2_span=a2s, definite=definite, borrowed=borrowed,
                    undated=undated and own_m is None))
        shared = []
        for t in unplaced:
            # "Mubi was overrun in October 2014 ... and was retaken by the army in November 2014": a second
            # incident at the same place, told by a verb sharing the subject, with a date of its own
            dm = self._nearest_date(t, dates, clauses)
            same = [e for e in out if e.family == schema.type_family(t.event_type) and not e.borrowed]
            if (dm is not None and dm.value is not None and dm.anchor_days is None and len(same) == 1
                    and same[0].explicit_date and same[0].event_date != dm.value and t.start > same[0].trigger.end):
                e0 = same[0]
                shared.append(_Event(
                    trigger=t, event_type=t.event_type, generic=t.generic, specificity=t.specificity, place=e0.place,
                    place_span=e0.place_span, sentence=(s0, s1), sentence_index=si, para_index=pi, date=dm,
                    event_date=dm.value, precision=dm.precision, fatalities=None,
                    actor1="Unidentified", actor1_span=None, actor2=None, actor2_span=None))
                continue
            if not any(e.family == schema.type_family(t.event_type) or e.generic == 1 for e in out):
                if not out and self._continues(unplaced, sent, s0, si, pi, dates, previous):
                    break
                if out and t.start > min(e.trigger.end for e in out) and rx.search(
                        r",\s+(?:[a-z]+ing)\s+(?:[\w'’-]+\s+){0,3}$", self.text[max(s0, t.start - 50):t.start]):
                    break  # "ambushed an army convoy in Assam, setting off a roadside bomb": how the incident told
                    # was done, not another one still to be placed
                self._note_unplaced(t, sent, s0, si, dates, clauses, pi)
                break
        out.extend(shared)
        # "blew up the Temple of A on 23 August 2015 and the Temple of B on 30 August": one verb, two dated
        # objects, two incidents at its place
        for e in list(out):
            if e.date is None or e.date.anchor_days is not None or e.date.start < e.trigger.end or e.borrowed:
                continue
            for d in dates:
                if (d.start > e.date.end and d.value is not None and d.value != e.event_date and not d.future
                        and not d.aggregate and d.anchor_days is None and d.precision == e.precision
                        and _clause_of(clauses, d.start) == _clause_of(clauses, e.trigger.start)
                        and rx.search(r"\band\s+(?:the|a|an|its|his|their)\s", self.text[e.date.end:d.start])
                        and not any(e.date.end <= o.start < d.start for o in triggers)
                        and d.start - e.date.end < 80):
                    out.append(_Event(
                        trigger=e.trigger, event_type=e.event_type, generic=e.generic, specificity=e.specificity,
                        place=e.place, place_span=e.place_span, sentence=e.sentence, sentence_index=si,
                        para_index=pi, date=d, event_date=d.value, precision=d.precision, fatalities=None,
                        actor1=e.actor1, actor1_span=e.actor1_span, actor2=e.actor2, actor2_span=e.actor2_span))
                    break
        # "a car bomb exploded at a bus stop, and two suicide bombers then blew themselves up as people rushed to
        # help": a complex attack at one place is one incident, a suicide bombing if a bomber blew himself up
        for e in out:
            if e.event_type == "bombing" and any(
                    o.event_type == "suicide_bombing" and realis[id(o)] and o.start > e.trigger.end
                    and not any(x.trigger is o for x in out) and not assigned.get(id(o))
                    and _clause_of(clauses, o.start) == _clause_of(clauses, e.trigger.start) for o in triggers):
                e.event_type, e.generic = "suicide_bombing", 0
        # "gunmen attacked a train, killing eight passengers and abducting dozens": the killing and the
        # abduction are two incidents at one place; the toll is the attack's
        kills = [o for o in triggers if realis[id(o)] and o.generic == 1 and rx.match(r"kill", o.text, re.IGNORECASE)]
        abds = [o for o in triggers if o.event_type == "abduction" and realis[id(o)]] if kills else []
        for e in list(out):
            if not abds or e.companion or e.event_type not in ("abduction", "attack_on_civilians", "armed_clash"):
                continue
            if any(o is not e and o.event_type == "abduction" and o.place_span == e.place_span for o in out):
                continue
            if e.event_type == "abduction" and e.trigger.event_type == "abduction":
                # "abducted more than 60 women during raids on Kummabza, killing 30 villagers": the killing is the
                # other incident, and the toll is its
                if self._sentence_toll(sent) <= 0 or not any(k.start > e.trigger.end for k in kills):
                    continue
                if all(_THE_TAKEN_AFTER.match(self.text, k.end) for k in kills if k.start > e.trigger.end):
                    continue  # "abducted Colonel X ... and later killed him": the one taken died, one incident
                out.append(_Event(
                    trigger=kills[-1], event_type=self._settle_generic(sent, kills[-1].start, s0), generic=0,
                    specificity=kills[-1].specificity, place=e.place, place_span=e.place_span, sentence=(s0, s1),
                    sentence_index=si, para_index=pi, date=e.date, event_date=e.event_date, precision=e.precision,
                    fatalities=e.fatalities, actor1=e.actor1, actor1_span=e.actor1_span, actor2=None,
                    actor2_span=None, companion=True))
                e.fatalities = None
                continue
            abd = next((o for o in abds if o.start > kills[0].end), None) or (
                abds[0] if e.event_type != "abduction" and self._sentence_toll(sent) > 0 else None)
            if abd is None:
                continue
            if abd.end < kills[0].start and all(_THE_TAKEN_AFTER.match(self.text, k.end) for k in kills):
                e.event_type, e.generic = "abduction", 0  # "abducted Colonel X ... and later killed him": one incident
                continue
            if e.event_type == "abduction":
                e.event_type, e.specificity, e.generic = self._settle_generic(sent, e.trigger.start, s0), e.trigger.specificity, 0
            out.append(_Event(
                trigger=abd, event_type="abduction", generic=0, specificity=abd.specificity, place=e.place,
                place_span=e.place_span, sentence=(s0, s1), sentence_index=si, para_index=pi, date=e.date,
                event_date=e.event_date, precision=e.precision, fatalities=None, actor1=e.actor1,
                actor1_span=e.actor1_span, actor2=None, actor2_span=None, companion=True))
        # "stopped a van, killed its driver and abducted eight people", "abducting 25 students and killing the
        # school's vice principal": one death on the way is the abduction's, one incident
        if abds and self._sentence_toll(sent) == 1:
            for k in [x for x in out if any(x.trigger is o for o in kills) and not x.companion]:
                abd = next((x for x in out if x.event_type == "abduction" and x.place_span == k.place_span), None)
                if abd is not None:
                    out.remove(k)
                    abd.companion = False  # the toll is now its own
        # "raided two compounds, killing 21 men; 27 others were detained", "killing six militants and capturing
        # several others": fighters taken in the same raid are an arrest at the same place
        taken = [o for o in triggers if o.event_type == "arrest" and realis[id(o)] and o.pos == "verb"]
        caught = None if taken else _CAPTURED_PEOPLE.search(sent)
        for e in list(out):
            if e.companion or e.event_type not in ("armed_clash", "attack_on_civilians", "military_offensive", "air_strike",
                                                   "shelling") \
                    or any(o.event_type == "arrest" for o in out):
                continue
            later = [o for o in taken if o.start > e.trigger.end]
            start = later[0].start if later else s0 + caught.start() if caught and s0 + caught.start() > e.trigger.end \
                else None
            if start is None or _ARREST_ELSEWHEN.search(self.text, e.trigger.end, start) \
                    or _ARREST_ELSEWHEN.match(self.text, start, min(s1, start + 80)):
                continue
            trig = later[0] if later else Trigger(s0 + caught.start(), s0 + caught.end(), caught.group(0), "arrest", 5,
                                                   "verb", 0)
            by_state = bool(e.actor2 and _STATE_FORCE.search(e.actor2))  # the forces the clash was with take prisoners
            out.append(_Event(
                trigger=trig, event_type="arrest", generic=0, specificity=trig.specificity, place=e.place,
                place_span=e.place_span, sentence=(s0, s1), sentence_index=si, para_index=pi, date=e.date,
                event_date=e.event_date, precision=e.precision, fatalities=None,
                actor1=e.actor2 if by_state else e.actor1, actor1_span=e.actor2_span if by_state else e.actor1_span,
                actor2=None, actor2_span=None, companion=True))
        # "police detained 1,200 people ... after marches were denied permission": arrests at a protest are
        # coded with the protest itself
        for e in list(out):
            if e.event_type == "arrest" and not e.companion and not any(
                    o.event_type == "protest" and o.place_span == e.place_span for o in out) and rx.search(
                    # (not "two days after protests demanding statehood turned violent": protests of another day)
                    r"(?<!\bdays\safter\s)(?<!\bdays\sbefore\s)(?<!\bweeks\safter\s)(?<!\bweeks\sbefore\s)"
                    r"(?<!\bmonths\safter\s)(?<!\bday\safter\s)(?<!\bweek\safter\s)(?<!\bsince\s)(?<!\bsince\sthe\s)"
                    r"\b(?:marches|marchers|protests?|protesters|protestors|demonstrations?|demonstrators|rall(?:y|ies)|"
                    r"sit-ins?)\b", rx.sub(r"\bin\s+protest\s+(?:at|against|over)\b", "", sent, flags=re.IGNORECASE),
                    re.IGNORECASE):  # (not "a hunger strike in protest at corruption": a purpose)
                out.append(_Event(
                    trigger=e.trigger, event_type="protest", generic=0, specificity=5, place=e.place,
                    place_span=e.place_span, sentence=e.sentence, sentence_index=si, para_index=pi, date=e.date,
                    event_date=e.event_date, precision=e.precision, fatalities=None, actor1="Protesters",
                    actor1_span=None, actor2=None, actor2_span=None, companion=True))
        # a place borrowed from the discourse gives way to a place the sentence itself names
        named = [e for e in out if not e.borrowed]
        # (an arrest or a protest is never another report of a killing)
        # (but "killed 25 people at a market in Parachinar, and at the end of March a car bomb ... in the town": an
        # incident of another date, at the place named before)
        out = [e for e in out if not e.borrowed or not any(
            (n.family == e.family or (n.generic == 1 or e.generic == 1) and e.event_type not in ("arrest", "protest"))
            and not (e.explicit_date and n.explicit_date and e.event_date != n.event_date and e.date is not n.date
                     and e.trigger.generic == 0 and n.place_span is not None and n.place_span[1] < e.trigger.start
                     and rx.search(r",\s+and\s", self.text[n.place_span[1]:e.trigger.start]))
            for n in named)]
        # "At least 40 were killed, making it the deadliest attack in the region": a generic word right
        # after a report goes on about that report
        if previous and previous[-1].sentence_index >= si - 1 and not (
                section is not None and previous[-1].para_index != pi):  # (a round-up's next item is news)
            out = [e for e in out if not (e.borrowed and e.generic == 1)]
        # "Officials said the blast appeared to have been a suicide attack": a sentence that only says what the
        # incident just reported was refines its type
        if not out and previous:
            for t1 in triggers:
                if t1.pos != "noun" or not rx.search(r"\b(?:the|this|that)\s+$", self.text[max(s0, t1.start - 6):t1.start],
                                                     re.IGNORECASE):
                    continue
                t2 = next((o for o in triggers if o.start > t1.end and o.pos == "noun" and rx.fullmatch(
                    _PREDICATE_GAP, self.text[t1.end:o.start], re.IGNORECASE)), None)
                if t2 is None or schema.type_family(t2.event_type) != schema.type_family(t1.event_type):
                    continue
                e = next((e for e in reversed(previous) if e.sentence_index >= si - 2
                          and e.family == schema.type_family(t2.event_type)), None)
                if e is not None and t2.specificity > e.specificity and e.event_type != t2.event_type:
                    e.event_type, e.specificity, e.generic = t2.event_type, t2.specificity, 0
                    if self._unplaced and self._unplaced[0][0] == si:
                        self._unplaced = []  # told of the incident before, not of one still to be placed
                break
        # definite references with a date and no event of their own date earlier undated incidents
        for t in triggers:
            if any(e.trigger is t for e in out) or not realis[id(t)]:
                continue
            # "The bombers struck All Saints Church ... on Sunday": the attackers told of already, acting again
            agent = t.pos == "verb" and rx.search(r"\b[Tt]he\s+(?:[\w-]+\s+)?(?:bombers?|attackers?|gunm[ae]n|militants|"
                                                  r"assailants|insurgents|fighters|raiders)(?:,[^,;]{0,60},)?\s+$",
                                                  self.text[max(s0, t.start - 100):t.start])
            if t.pos != "noun" and not agent:
                continue
            if not agent and not _DEFINITE_BEFORE.search(self.text[max(s0, t.start - 30):t.start]) and not rx.match(
                    r"\s+(?:on\s+)?[A-Z][a-z]+day\b", self.text[t.end:t.end + 14]):
                continue
            dm = self._nearest_date(t, dates, clauses)
            if dm is None or dm.value is None or min(abs(dm.start - t.end), abs(t.start - dm.end)) > (
                    160 if agent else 25) or agent and any(t.end <= o.start < dm.start for o in triggers):
                continue  # only a date that goes with the mention itself: "the bombing Wednesday"
            if self._story_day is not None and dm.value < self._story_day and rx.match(
                    r"\s+(?:first\s+)?(?:began|started|erupted|broke\s+out)\b", self.text[t.end:t.end + 20]):
                continue  # "The demonstrations began last Wednesday": the onset, not the day of what was told of Monday
            fam = schema.type_family(t.event_type)
            for e in reversed(previous):
                if e.date is None and (e.family == fam or t.generic == 1) and si - 4 <= e.sentence_index < si:
                    e.date, e.event_date, e.precision = dm, dm.value, dm.precision
                    break
        return out

    @staticmethod
    def _segment(sent: str, s0: int, t: Trigger) -> str:
        """The part of a sentence that tells the trigger's incident: a new subject after ', and a ...' starts
        another one."""
        cuts = [0] + [m.start() for m in rx.finditer(r",\s+and\s+(?:a|an|another|two|three)\s+", sent)] + [len(sent)]
        rel = t.start - s0
        k = max(i for i, c in enumerate(cuts[:-1]) if c <= rel)
        return sent[cuts[k]:cuts[k + 1]]

    _DEFINITE_NOUN = re.compile(r"\bthe\s+(?:[\w-]+\s+)?$", re.IGNORECASE)

    def _time_reference(self, o: Trigger, s0: int) -> bool:
        """True for an incident noun that only measures time ("while the bombs were going off", "after the
        attack", "during the fighting"; "after the raid", a word the lexicon also reads as a verb)."""
        return (o.pos == "noun" or not o.text.lower().endswith(("ed", "ing"))) and bool(rx.search(
            r"\b(?:while|during|after|following|amid)\s+(?:the|these|those|this|that)\s+(?:[\w-]+\s+){0,2}$",
            self.text[max(s0, o.start - 40):o.start], re.IGNORECASE))

    def _told_with(self, t: Trigger, triggers: list[Trigger], previous: list[_Event],
                   s0: int) -> DateMention | None:
        """The date of an incident told before that the sentence measures its own by ("while the bombs
        were going off", "after the attack", "during the fighting"), if it names one."""
        for o in triggers:
            if o is t or not self._time_reference(o, s0):
                continue
            fam = schema.type_family(o.event_type)
            e = next((e for e in reversed(previous[-_LOOKBACK:]) if e.explicit_date and e.event_date is not None
                      and e.date.value == e.event_date and (e.family == fam or o.generic == 1)), None)
            # ("arrested an MP in a dawn raid ... gathered after the raid": the raid was told as the arrest)
            last = previous[-1] if previous else None
            if e is None and last is not None and last.event_type == "arrest" and o.event_type == "armed_clash" \
                    and last.explicit_date and last.event_date is not None \
                    and last.date.value == last.event_date and self._DEFINITE_NOUN.search(
                        self.text[max(s0, o.start - 12):o.start]):
                e = last
            if e is not None:
                return e.date
        return None

    def _continues(self, unplaced: list[Trigger], sent: str, s0: int, si: int, pi: int,
                   dates: list[DateMention], previous: list[_Event]) -> bool:
        """True when a sentence that names no place goes on telling the incident of the sentence just before
        ("The worst attack hit a textile factory in Hilla. Two car bombs exploded near the factory gate ..., and a
        suicide bomber then blew himself up among the crowd, killing at least 45"): that incident takes the
        sentence's more specific type and its toll."""
        last = previous[-1] if previous else None
        # ("have arrested writer X at his home in Raqqa" then "X was detained at 9:00 am on Friday": an arrest told on
        # by another, which dates it)
        arrested = last is not None and last.event_type == "arrest" and all(o.event_type == "arrest" for o in unplaced)
        if any(schema.type_family(o.event_type) not in ("violence", "explosions", "strikes")
               or o.event_type == "abduction" for o in unplaced) and not arrested:
            return False
        if last is None or pi == 0 or last.para_index not in (pi, pi - 1) or si - last.sentence_index != 1 or last.borrowed \
                or (last.family not in ("violence", "explosions", "strikes") or last.event_type in (
                    "military_offensive", "abduction")) and not arrested:
            return False
        stated = [d for d in dates if d.value is not None and not d.future and not d.aggregate and d.anchor_days is None
                  and (d.value, d.precision) != (last.event_date, last.precision)]
        # ("Islamist militants killed 20 soldiers in Malam-Fatori, residents said on Sunday." then "Fighters arrived
        # in gun trucks on Friday and overpowered troops": the day the lead left untold)
        dating = not last.explicit_date and len(stated) == 1 and stated[0].precision == "day" \
            and last.para_index != 0 and (last.para_index == pi or self._lead_only(last, previous))
        if last.para_index != pi and not dating:
            return False
        if stated and not dating or _SEQUENCE_START.match(sent) or rx.search(
                r"\b(?:another|second|third|separate|separately|also|more(?!\s+than)|other|earlier|later|previous|last|"
                r"meanwhile|elsewhere|nearby)\b", sent, re.IGNORECASE):
            return False  # another incident, or one more told of the same day
        if [e for e in previous if e.sentence_index == last.sentence_index and e is not last]:
            return False  # (two incidents in the sentence before: which one this goes on telling is not said)
        best = max(unplaced, key=lambda o: o.specificity)
        if best.specificity > last.specificity and (last.generic or schema.type_family(best.event_type) == last.family):
            last.event_type, last.specificity, last.generic = best.event_type, best.specificity, 0
        found = [f for f in find_fatalities(sent, s0) if not f.total]
        if last.fatalities is None and len({f.value for f in found}) == 1:
            last.fatalities = found[0].value
        if dating:
            last.date, last.event_date, last.precision = stated[0], stated[0].value, stated[0].precision
            self._story_day = last.event_date
        return True

    @staticmethod
    def _lead_only(last: _Event, previous: list[_Event]) -> bool:
        """True when ``last`` is the one event of the first paragraph of the body."""
        body = [e for e in previous if e.para_index > 0]
        return bool(body) and all(e.para_index == last.para_index for e in body) and len(body) == 1

    def _note_unplaced(self, t: Trigger, sent: str, s0: int, si: int, dates: list[DateMention], clauses,
                       pi: int = 0) -> None:
        """Remember an incident reported without a place ("A suicide bombing at one of Pakistan's
        shrines has killed 80 people"): the next report of its kind that names the place is it."""
        if rx.search(r"\b(?:across|throughout|around)\s+the\s+(?:country|nation|region)\b|\bnationwide\b", sent,
                     re.IGNORECASE):
            return  # "set off riots across the country": told of no one place, so of none named later
        found = [f for f in find_fatalities(sent, s0) if not f.total]
        if t.event_type in ("arrest", "protest", "strategic_development", "military_offensive"):
            found = []  # a death count near an arrest belongs to something else
        if len(found) > 1:
            # "A NATO airstrike ... killed 10 children, ... as the country mourned five Americans killed by a suicide
            # car bomber": a count whose own words give it to an incident of another kind is not this one's
            fam = schema.type_family(t.event_type)
            found = [f for f in found if not (f.start > t.end and rx.search(
                r"\b(?:killed|slain|died)\s+(?:by|in)\b", self.text[f.start:f.end + 8])
                and any(not o.generic and schema.type_family(o.event_type) != fam
                        for o in self._triggers_in(f.end, f.end + 50)))]
        dm = self._nearest_date(t, dates, clauses)
        if dm is not None and rx.search(r"\b(?:said|says|told|reported|announced|confirmed|stated)\s+(?:\w+\s+)?(?:on\s+)?$",
                                        self.text[max(s0, dm.start - 30):dm.start], re.IGNORECASE):
            dm = None  # "Taliban insurgents killed 17 civilians ..., officials said Monday": the day of the report
        if self._unplaced:
            u_si, etype, spec = self._unplaced[0][:3]
            if si - u_si <= 4 and schema.type_family(etype) == schema.type_family(t.event_type) and spec >= t.specificity:
                return  # "the attacker detonated his explosives" adds nothing to "a suicide bombing"
        # the date it is told at: its own, else that of its passage
        usable = dm is not None and dm.value is not None and dm.anchor_days is None
        told = self._narrative_at(pi)
        self._unplaced_told_at = dm.value if usable else (told[0] if told else None)
        self._unplaced = [(si, t.event_type, t.specificity, found[0].value if len(found) == 1 else None,
                           dm if dm is not None and dm.value is not None and dm.anchor_days is None else None)]
        if self._first_unplaced is None:
            self._first_unplaced = self._unplaced[0]

    def _inherit_unplaced(self, events: list[_Event], si: int) -> None:
        if not self._unplaced or not events:
            return
        u_si, etype, spec, fatalities, dm = self._unplaced[0]
        if si == u_si:
            return
        if si - u_si > 4:
            self._unplaced = []
            return
        fam = schema.type_family(etype)
        match = [e for e in events if e.family == fam or e.generic == 1]
        if not match:
            return
        e = match[0]
        told_at = self._unplaced_told_at
        if e.explicit_date and told_at is not None and e.event_date != told_at or self._flashback(e) \
                or _SEQUENCE_START.match(self.text, e.sentence[0]):  # ("Hours after the bombings, a crowd attacked")
            self._unplaced = []
            return  # "Soldiers shelled the compound [on Wednesday] ... The crisis began on Sunday when ...
            # attacked": a report dated otherwise is another incident
        if spec > e.specificity and (e.family == fam or e.generic == 1 and etype not in (
                "protest", "arrest", "strategic_development")):  # (a killing is never the protest told before)
            e.event_type, e.specificity, e.generic = etype, spec, 0
        if e.fatalities is None:
            e.fatalities = fatalities
        if not e.explicit_date and dm is not None:
            for o in match:  # "Protesters also stormed offices in Chamchamal and Kalar": every place of the report
                if o.trigger is e.trigger and not o.explicit_date:
                    o.date, o.event_date, o.precision = dm, dm.value, dm.precision
        self._unplaced = []

    def _foreign_bureau(self, dateline: Mention, mentions: list[Mention]) -> bool:
        """True when a dateline's country is not the one the article's own places are in (an agency's regional
        bureau: Beirut for Syria, Nairobi for Somalia)."""
        home = dateline.place.country if dateline.place else None
        counts: dict[str, int] = {}
        for m in mentions:
            if m.dateline or m.place is None or not m.place.country:
                continue
            counts[m.place.country] = counts.get(m.place.country, 0) + (1 if m.place.feature != "country" else 2)
        if not counts or home is None:
            return False
        top = max(counts.values())
        # ("WASHINGTON - U.S. drones struck a camp in Somalia": the home country named as the actor's is no place
        # of the story)
        home_places = sum(1 for m in mentions if not m.dateline and m.place is not None and m.place.country == home
                          and (m.place.feature != "country" or rx.search(
                              r"\b(?:in|inside|across|to|from|throughout)\s+(?:the\s+)?(?:[\w-]+\s+)?$",
                              self.text[max(0, m.start - 30):m.start], re.IGNORECASE) and not rx.match(
                              r"\s+(?:and\s+(?:[A-Z][\w-]*\s+){1,3})?(?:forces|troops|soldiers|military|drones|aircraft|"
                              r"officials|personnel|interests|citizens|embassy)\b", self.text[m.end:m.end + 50])))
        return home_places == 0 and top >= 3

    @staticmethod
    def _hub(dateline: Mention) -> bool:
        """A capital or a great city where correspondents sit and report the whole country from
        ("KABUL - ... in southern Afghanistan"); a small town's dateline is where the news is."""
        p = dateline.place
        return p is None or p.feature != "city" or p.population >= 500_000

    def _names_other_country(self, sent: str, dateline: Mention) -> bool:
        """True when the sentence points at another country than the dateline's ("WASHINGTON -
        The United States fired missiles at a Syrian air base")."""
        home = dateline.place.country if dateline.place else None
        for w in rx.finditer(r"\b[A-Z][a-z]+\b", sent):
            cc = self.gaz.demonym(w.group(0))
            if cc is None and not rx.match(r"\s+[A-Z]", sent[w.end():w.end() + 2]) and not rx.search(
                    r"\b(?:border|frontier)\s+with\s+$|\bbordering\s+$", sent[max(0, w.start() - 16):w.start()]):
                # "NAIROBI - A U.S. air strike killed a leader of Somalia's al Shabaab": the country's own name
                # (counted as its demonym would be; but "the Niger Delta" names no country, and "a town on the
                # border with Pakistan" is still the dateline's)
                cc = next((p.country for p in self.gaz.candidates(w.group(0)) if p.feature == "country"), None)
            if cc and cc != home and not _FOREIGN_PEOPLE_AFTER.match(sent, w.end()):
                return True
        return False

    def _candidate_places(self, places: list[Mention], s0: int) -> list[Mention]:
        """The places of a sentence that can be where something happened: not countries, not the
        dateline, not the seat of a speaker, not a road's ends, not a place that only describes
        another one. (Asked twice of each sentence: the answer is kept.)"""
        key = (s0, tuple(id(m) for m in places))
        if key not in self._candidates_of:
            self._candidates_of[key] = self._find_candidate_places(places, s0)
        return list(self._candidates_of[key])

    def _find_candidate_places(self, places: list[Mention], s0: int) -> list[Mention]:
        out: list[Mention] = []
        elsewhere: list[Mention] = []  # seats of speakers and travellers' stops: their descriptors go too
        several = len(places) > 1  # another place of the sentence can be the scene instead
        for k, m in enumerate(places):
            if m.dateline or (m.place is not None and m.place.feature == "country") or is_landscape(m):
                continue
            if m.place is None and not m.evidence:
                continue
            text_before = self.text[max(s0, m.start - 60):m.start]
            struck_gathering = rx.search(r"\b(?:at|on|targeting|attacked|struck|hit|stormed|ripped\s+through|tore\s+through)\s+"
                                         r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:meeting|conference|rally|summit|gathering|ceremony)"
                                         r"(?:\s+of\s+[^.,;]{0,60}?)?\s+(?:in|at)\s+(?:the\s+)?$",
                                         self.text[max(s0, m.start - 120):m.start], re.IGNORECASE) and not rx.search(
                # ("the minister said at a press conference in Garowe": where a speaker spoke)
                r"\b(?:said|says|told|announced|speaking|spoke|added|stated|declared|confirmed)\s+(?:[\w'’-]+\s+){0,3}?"
                r"(?:at|on)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:meeting|conference|rally|summit|gathering|ceremony)\b",
                self.text[max(s0, m.start - 120):m.start], re.IGNORECASE) or (
                # "a car bomb outside the Jordanian embassy in Baghdad": a building struck, not a speaker's seat
                rx.search(r"\b(?:at|outside|near|on|inside|into|targeting|attacked|struck|hit|stormed|besieged|destroyed|"
                          r"damaged|flattened|levelled|leveled)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w.-]+\s+){0,2}"
                          r"(?:[\w-]+\s+of\s+(?:a\s+|an\s+|the\s+)?(?:[\w.-]+\s+){0,2})?"  # "the consular annex of the ... embassy"
                          r"(?:embassy|consulate|mission|ministry|headquarters)\s+(?:in|at)\s+(?:the\s+)?$",
                          self.text[max(s0, m.start - 90):m.start], re.IGNORECASE)
                # "a checkpoint near the office of the provincial police chief in Quetta": the building struck
                or rx.search(r"\b(?:at|outside|near|on|inside|into|targeting|attacked|struck|hit|stormed)\s+(?:a|an|the)\s+(?:[\w.-]+\s+){0,2}"
                             r"(?:office|offices|residence|house|home|compound)\s+of\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,4}?"
                             r"(?:in|at)\s+(?:the\s+)?$", self.text[max(s0, m.start - 120):m.start], re.IGNORECASE)
                and self._triggers_in(max(s0, m.start - 160), m.start))
            # "were arrested ... soon after their flight landed in Lahore": arrested on arrival there
            arrival_arrest = rx.search(r"\b(?:arrested|detained|taken\s+into\s+custody|apprehended)\b[^.;]{0,120}\b"
                                       r"(?:landed|landing|arrived|arriving)\s+(?:[\w-]+\s+){0,2}?(?:in|at)\s+(?:the\s+)?$",
                                       self.text[max(s0, m.start - 180):m.start], re.IGNORECASE)
            # (but "al-Shabaab moved into Marka": a force taking the town, the scene)
            mo = _MOTION_BEFORE.search(self.text[max(s0, m.start - 90):m.start])
            # ("gunmen who had trained in camps in Kunar attacked a checkpoint in Khost": an incident told after the
            # journey is where the place belongs)
            # (but "returned from a rally in Sukma": the rally is where they came from)
            mo_at = max(s0, m.start - 90) + mo.start() if mo else 0
            mo = mo if mo is None or not any(
                t.start > mo_at + 3 and not rx.search(r"\b(?:a|an|the|their|his|her|its)\s+(?:[\w'’-]+\s+){0,3}$",
                                                      self.text[mo_at:t.start], re.IGNORECASE)
                for t in self._triggers_in(mo_at, m.start)) else None
            motion = (mo and not rx.search(
                # "hit the car he was travelling in with another militant in the Rafadh area": where it was hit
                r"\b(?:hit|struck|targeted|ambushed|attacked|bombed|fired\s+on)\s+(?:the|a|an|his|her|their)\s+"
                r"(?:[\w-]+\s+){0,2}?(?:car|vehicle|convoy|truck|bus|van|motorcycle|pickup|jeep)\s+(?:(?:he|she|they|it|"
                r"which|that)\s+)?(?:(?:was|were)\s+)?travell?ing\b", self.text[max(s0, m.start - 120):m.start],
                re.IGNORECASE) and not rx.search(
                r"\b(?:moved|rolled|marched)\s+into\s+(?:the\s+)?(?:(?:town|city|village|port)\s+of\s+)?$", text_before,
                re.IGNORECASE) or rx.search(
                r"\b(?:truce|ceasefire|cease-fire|armistice)\s+(?:[\w-]+\s+){0,3}?(?:in|for|over|around)\s+(?:the\s+)?"
                r"(?:[\w-]+\s+){0,3}?$", text_before, re.IGNORECASE) or rx.search(
                r"(?<!\bin\s)(?<!\bat\s)(?<!\bin\shis\s)(?<!\bin\sher\s)(?<!\bin\stheir\s)(?<!\bat\shis\s)"
                r"\b(?:home|native)\s+(?:province|town|village|district|region|city|state|country|area)\s+(?:of\s+)?"
                r"(?:the\s+)?$|\bhome\s*town\s+(?:of\s+)?$", text_before, re.IGNORECASE)) and not arrival_arrest \
                and not rx.search(r"\b(?:rockets?|shells?|mortars?|missiles?|bombs?|rounds|projectiles?|grenades?|drones?)\s+"
                                  r"(?:[\w-]+\s+){0,6}?(?:landed|fell|crashed|hit)\s+(?:[\w-]+\s+){0,2}?(?:in|at|on|near|into)\s+"
                                  r"(?:the\s+)?(?:[\w-]+\s+)?$", self.text[max(s0, m.start - 90):m.start], re.IGNORECASE)
            # ("six rockets fired from the Nineveh plains landed near Erbil airport": where they fell, not a journey's end)
            # (someone's home province is where they come from, not where it happened; but "killed in a gunfight in
            # his native village of Beighpora" happened there)
            # "bombed a meeting of suspected al-Qaeda leaders in Rafadh": the leaders met there, they speak from nowhere
            met = rx.search(r"\b(?:meeting|gathering|convoy|group|hideout|funeral|wedding|camp)\s+of\s+[^,.;]{0,50}$",
                            text_before, re.IGNORECASE) or rx.search(
                # "fighters attacked a PUK unit stationed at Kheli Hama": the post they attacked
                r"\b(?:attacked|ambushed|stormed|overran|raided|struck|targeted|assaulted)\s+(?:a|an|the|their|its)\s+"
                r"(?:[\w-]+\s+){0,3}?(?:stationed|based|deployed|posted)\s+(?:in|at)\s+(?:the\s+)?$", text_before, re.IGNORECASE)
            struck_office = rx.search(r"\b(?:struck|hit|attacked|stormed|targeted|bombed|rammed|outside|near|at)\s+"
                                      r"(?:[\w'’-]+\s+){0,5}?(?:ministry|embassy|consulate|headquarters|office|offices)\s+"
                                      r"(?:in|at)\s+(?:the\s+)?$", text_before, re.IGNORECASE)
            if not arrival_arrest and (not struck_gathering and not met and not struck_office
                                       and _SPEAKER_BEFORE.search(text_before) or motion
                                       or _GATHERING_BEFORE.search(text_before)):
                elsewhere.append(m)
                continue
            if elsewhere and k > 0 and places[k - 1] is elsewhere[-1] and rx.fullmatch(
                    r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:province|city|"
                    r"district|region|town|state)\s+of\s+)?", self.text[places[k - 1].end:m.start]) \
                    and not self._triggers_in(places[k - 1].end, m.start):
                elsewhere.append(m)  # "officials in Kabul and Washington", "fled to Kabul and the province of Takhar"
                continue  # (but "sent reinforcements from Sulaymaniyah and retook Halabja": a verb of its own)
            airport_road = rx.match(r"\s+(?:international\s+)?(?:airport|airfield|seaport|port)\b", self.text[m.end:m.end + 30])
            if _ROUTE_BEFORE.search(text_before) and not airport_road or rx.search(
                    r"\b(?:compared|likened|similar|reminiscent|echoing|echoed|recalling|recalled|evoking)\s+(?:to\s+|of\s+)?"
                    r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}$|\b(?:solidarity|sympathy)\s+with\s+(?:the\s+)?(?:(?:people|residents|victims|"
                    r"villagers|families)\s+(?:of|in)\s+)?$", text_before, re.IGNORECASE):
                continue  # "an attack widely compared to Chibok": a comparison, not a place of this incident ("held
                # demonstrations in solidarity with Koya": the place the crowd stood by, not where it stood)
            if elsewhere and self._is_descriptor(m, elsewhere + [m], len(elsewhere), s0) and not rx.search(
                    r"\b(?:on\s+the\s+outskirts\s+of|on\s+the\s+edge\s+of|(?:just\s+)?outside|near)\s+(?:the\s+)?$",
                    text_before, re.IGNORECASE):
                continue  # "landing in the Colaba area of south Mumbai" (but "a train to Kaduna ... on the
                # outskirts of Kaduna" says where it was stopped)
            if rx.search(r"\b(?:officers?|policem[ae]n|police|commanders?|soldiers?|residents?|villagers?|elders?|"
                         r"doctors?|medics?)\s+(?:\w+\s+)?(?:in|from|at)\s+(?:the\s+)?$", text_before, re.IGNORECASE) \
                    and rx.match(r"[^.;,]{0,20}?\s+(?:told|said|says|tells|added)\b", self.text[m.end:m.end + 40]):
                elsewhere.append(m)  # "a senior police officer in Gadchiroli told this newspaper": where he speaks from
                continue
            if rx.match(r"\s+(?:football\s+|soccer\s+)?(?:club|team|side|fans|supporters|squad)\b", self.text[m.end:m.end + 25],
                        re.IGNORECASE) or rx.match(
                    r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:forces?|police|army|troops|soldiers|commandos|battalions?|regiments?|"
                    r"militias?|units?|squads?|ministry|ministries|government|authorities|administration|presidency)\b",
                    self.text[m.end:m.end + 60], re.IGNORECASE):
                continue  # "supporters of the visiting Deir ez-Zor club", "commandos of Andhra Pradesh's elite force"
            if several and (rx.match(r"\s+(?:forces|troops|army|police|militias?|militiamen|soldiers|fighters|authorities|"
                                     r"officials|administration|government)\b", self.text[m.end:m.end + 25]) or rx.search(
                    r"\b(?:controlled|held|administered|run|governed|claimed)\s+by\s+(?:the\s+)?$", text_before)):
                continue  # "after Puntland forces tried to demolish a structure in Galkayo", "western Galkayo, which is
                # controlled by Puntland": whose forces, whose rule, not where
            if m.place is not None and self.gaz.is_capital(m.place) and rx.match(
                    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:campaign|war|government|administration|allies|offensive|coalition|"
                    r"strikes|air\s+strikes|bombing|military|policy|envoy|forces)\b", self.text[m.end:m.end + 50], re.IGNORECASE):
                continue  # "the deadliest attack of Washington's monthlong campaign": the state that wages it
            if rx.search(r"(?:,\s+(?:in\s+)?(?:what\s+(?:was|is)\s+)?|\bmaking\s+it\s+)(?:one\s+of\s+)?the\s+"
                         r"(?:deadliest|worst|bloodiest|biggest|largest|most\s+(?:serious|lethal|deadly))\s+"
                         r"[^.;]{0,80}?\b(?:in|on)\s+(?:the\s+)?$", self.text[max(s0, m.start - 170):m.start], re.IGNORECASE):
                continue  # "shot dead ten people here, in the deadliest Naxalite strike in Andhra Pradesh since ...":
                # the frame of a comparison
            if rx.match(r"[^.;]{0,60}?,\s+where\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s+(?:is|lies|was)\s+"
                        r"(?:located|situated)\b", self.text[m.end:m.end + 120], re.IGNORECASE) and any(
                    o.start > m.end for o in places):
                continue  # "the chairman of Tarmuwa local government area, where Mafa is located": the place it frames
            if rx.search(r"\b(?:border|boundary|frontier)\s+(?:with|of)\s+(?:the\s+)?$", text_before, re.IGNORECASE):
                continue  # "a truck parked south-west of the city, near the boundary with Nineveh province": a line
            if rx.search(r"\b(?:fired|launched|lobbed)\s+from\s+(?:the\s+)?(?:(?:town|village|city|area|district|region)\s+of\s+)?$",
                         text_before, re.IGNORECASE):
                continue  # "saying the rockets were fired from Tal Rifaat": where they were launched, not where they fell
            if rx.search(r"\b(?:governor|mayor|president|prime\s+minister|minister)['’]s\s+office\s+in\s+(?:the\s+)?"
                         r"(?:[\w'’-]+\s+){0,2}$", text_before, re.IGNORECASE) and rx.match(
                    r"[^.;]{0,40}?\b(?:said|says|blamed|told|announced|reported|stated|accused)\b", self.text[m.end:m.end + 60]):
                elsewhere.append(m)  # "The governor's office in Turkey's Hatay province blamed Kurdish fighters": a speaker
                continue
            if rx.search(r"(?:\b(?:signed|agreed|brokered|negotiated|inked|mediated)\s+(?:\w+\s+)?|\b(?:signed|agreed|brokered|"
                         r"negotiated|inked|mediated|reached|struck)\s+(?:(?:a|an|the|their|its)\s+)?(?:[\w-]+\s+){0,2}?"
                         r"(?:agreement|deal|accord|treaty|pact|ceasefire|cease-fire|truce|memorandum)\s+)(?:in|at)\s+(?:the\s+)?$",
                         text_before, re.IGNORECASE) and several:
                continue  # "protests against a deal, signed in Kampala, that extends the mandates", "the insurgents
                # signed an agreement in Doha": where it was signed
            owner = rx.match(r"\s+and\s+((?-i:[A-Z])[\w'’-]+)\s+(?:forces|troops|militias?|soldiers)\b", self.text[m.end:m.end + 50])
            if owner and owner.group(1).lower() not in self.lex.actors and owner.group(1) not in self.lex.actors:
                continue  # "fighting between Puntland and Somaliland forces near Tukaraq": whose forces, not where
            if _OFFICE_AFTER.match(self.text, m.end):
                continue  # "Jubaland regional president Ahmed Madobe told reporters"
            if rx.match(r"\s+(?:hospital|clinic|medical\s+(?:centre|center|college)|morgue|mortuary|trauma\s+(?:centre|center))\b",
                        self.text[m.end:m.end + 30], re.IGNORECASE) and rx.search(
                    r"\b(?:in|at|to|into)\s+(?:a|an)\s+$", text_before, re.IGNORECASE):
                continue  # "battling for his life in a Gurgaon hospital": where the wounded lie, not the scene
            if rx.search(r"\b(?:before|after|since|following|during|amid)\s+(?:the\s+)?$", text_before, re.IGNORECASE) and rx.match(
                    r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|blasts?|explosions?|raids?|strikes?|killings?|"
                    r"massacres?|assault|siege|fighting|clashes|riots?|violence)\b", self.text[m.end:m.end + 40],
                    re.IGNORECASE) and several:
                continue  # "Hours before the Quetta attacks, militants struck the residency in Ziarat": an incident
                # the time is measured by names its own place
            when = rx.search(r"\b(?:after|before|since)\s+[^,;]*$", self.text[max(s0, m.start - 120):m.start])
            if when is not None and rx.match(r"\s*,", self.text[m.end:m.end + 3]) and not self._triggers_in(
                    max(s0, m.start - 120) + when.start(), m.start) and any(
                    o.start > m.end and not o.dateline and o.place is not None for o in places):
                continue  # "a day after the tournament opened in Aden, a roadside bomb in Lawdar killed one soldier":
                # what the time is measured by took place there, not the incident
            if rx.search(r"\b(?:governor|mayor|police\s+chief|chief|commissioner|administrator|head|lawmaker|legislator|"
                         r"senator|MP|MLA|emir|sultan|king|oba|ruler|chairman|(?:chief|home|deputy)\s+minister)\s+of\s+(?:the\s+)?$",
                         text_before, re.IGNORECASE) \
                    and any(o is not m and not o.dateline for o in places):
                continue  # "Ahmadi, the acting governor of Badakhshan, was killed ... in Faizabad", "the Emir of Gwoza ...
                # was killed when gunmen ambushed his convoy near Pulka": an office's seat, a title
            if rx.search(r"\b(?:leave|leaving|left|bound|departing|departed|set\s+off|setting\s+off|sets\s+off)\b[^.;]{0,60}?"
                         r"\bfor\s+(?:the\s+)?$", text_before, re.IGNORECASE) and several:
                continue  # "preparing to leave the cantonment in Bannu for North Waziristan": where it was headed
            if "olice" in text_before and rx.search(
                    r"\b(?:inspector[- ]general|DIG|IGP?|superintendent|SSP|SP)\s+of\s+police\s+(?:for|of)\s+(?:the\s+)?$",
                    text_before, re.IGNORECASE):
                continue  # "The Deputy Inspector General of Police for Malakand division confirmed it was a suicide
                # attack": an office's area, not the scene
            if rx.match(r"-bound\b", self.text[m.end:m.end + 7]):
                continue  # "stopped two Karachi-bound coaches in Mastung district": where they were going
            if several and rx.search(r"\b(?:buses|bus|flights?|trains?|planes?|ferry|ferries|boats?|convoy|vehicles?)\s+"
                                     r"(?:had\s+)?(?:just\s+)?(?:left|departed(?:\s+from)?)\s+(?:the\s+)?$", text_before,
                                     re.IGNORECASE):
                continue  # "shortly after the train had left Jaunpur, a bomb ... exploded as the train neared
                # Harpalganj": where it set out from
            if several and rx.search(r"\b(?:buses|bus|flights?|trains?|planes?|ferry|ferries|boats?|"
                                     r"pilgrims|travellers|travelers|passengers)\s+(?:back\s+)?(?:to|for|bound\s+for)\s+(?:the\s+)?$",
                                     text_before, re.IGNORECASE):
                continue  # "pilgrims waiting for buses to Baghdad": a destination, not the scene
            if several and rx.search(r"\b(?:walking|marching|travell?ing|heading|headed|on\s+their\s+way|making\s+their\s+way|"
                                     r"en\s+route)\s+(?:back\s+)?(?:to|towards?)\s+(?:the\s+)?(?:(?:holy|shrine|southern|"
                                     r"northern|eastern|western|nearby)\s+)?(?:(?:city|town|village)\s+of\s+)?$",
                                     text_before, re.IGNORECASE) and any(
                    o.start > m.end and o.place is not None and not o.dateline for o in places):
                continue  # "blew themselves up among pilgrims walking to the holy city of Kerbala ..., killing 114 in
                # the town of Hilla": where they were going, when the sentence names where it happened
            if "traced" in self.text[max(s0, m.start - 150):m.start] and rx.search(
                    r"\btraced\b[^.;]{0,100}?\bto\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:in|at)\s+(?:the\s+)?$",
                    self.text[max(s0, m.start - 150):m.start], re.IGNORECASE):
                continue  # "police traced an email claiming responsibility to a computer in Ghaziabad": a clue's origin
            if several and rx.search(r"\b(?:against|over|condemning|denouncing|protesting)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                                     r"(?:violence|killings?|attacks?|massacres?|persecution|atrocities|crackdown|riots?)\s+"
                                     r"(?:in|on|against)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$", text_before, re.IGNORECASE):
                continue  # "a rally at Azad Maidan in south Mumbai to protest against the violence in Assam": the cause's place
            if rx.search(r"\b(?:cooperation|co-operation|ties|relations|talks|alliance|partnership|dialogue|negotiations|"
                         r"rapprochement|engagement)\s+with\s+$", text_before, re.IGNORECASE):
                continue  # "Yemen has stepped up cooperation with Washington since the September 11 attacks": a state
                # spoken of by its capital, not a scene
            if several and rx.search(
                    r"\b(?:wounded|injured|wounds|treated|treatment|succumbed|admitted|taken|rushed|evacuated|airlifted|"
                    r"recovering|died|hospitali[sz]ed|ferried|brought)\b[^.;]{0,40}?"
                    r"\b(?:hospitals?|clinics?|morgues?|mortuar(?:y|ies)|medical\s+(?:centres?|centers?|facilit(?:y|ies)))"
                    r"\s+(?:in|at)\s+(?:the\s+)?(?:(?:nearby|provincial|regional)\s+)?(?:(?:city|town|capital)\s+(?:of\s+)?)?$",
                    self.text[max(s0, m.start - 110):m.start], re.IGNORECASE):
                continue  # "succumbed to their wounds at hospitals in Peshawar": where the wounded lie, not the scene
            if rx.search(r"\b(?:singers?|m[ae]n|wom[ae]n|boys?|girls?|famil(?:y|ies)|students?|workers?|residents?|natives?|"
                         r"people|tribesm[ae]n|villagers|pilgrims|traders?|businessm[ae]n|farmers?|teachers?|doctors?|"
                         r"engineers?|recruits|volunteers|youths?|guests|relatives|refugees|migrants|activists?|"
                         r"journalists?|politicians?|lawmakers?|delegat(?:es|ion)|brothers?|sons?|daughters?|"
                         r"managers?|vendors?|hawkers?|labou?rers?|employees?|clerks?|shopkeepers?|drivers?|nurses?|"
                         r"lawyers?|clerics?|tourists?|contractors?|cooks?|monks?|nuns?|priests?|"
                         r"cousins?|(?:of|among)\s+them|all)\s+(?:originally\s+)?from\s+(?:the\s+)?(?:(?:[a-z-]+\s+)?(?:city|town|village|"
                         r"district|province|state|region)\s+of\s+(?:the\s+)?|(?:[\w'’-]+\s+){1,3}(?:district|province|state|region)\s+"
                         r"(?:of|in)\s+(?:the\s+)?)?$|\bnatives?\s+of\s+(?:the\s+)?$|\bhail(?:s|ed|ing)\s+from\s+(?:the\s+)?$"
                         # "Amar Panwar (36) of Satara", "Rajesh Kumar, 29, of Kadapa": a person's age, then home
                         r"|(?-i:[A-Z])[\w'’.-]+\s*(?:\(\d{1,2}\)|,\s*\d{1,2},)\s+(?:of|from)\s+(?:the\s+)?$",
                         text_before, re.IGNORECASE) and not rx.search(
                    r"\b(?:abduct\w*|kidnapp?\w*|seiz\w*|snatch\w*|took(?!\s+place)|taken|carried\s+off|evacuat\w*|rescu\w*|"
                    r"freed)\b",
                    self.text[max(s0, m.start - 120):m.start], re.IGNORECASE):
                continue  # "a popular wedding singer from Ramadi": where someone comes from, not the scene
                # (but "abducted 15 pupils and a woman from Gidan Bakuso village": where they were taken from)
            if rx.search(r"\b(?:operation|offensive|plan|plans|push|bid|attempt|drive|campaign|efforts?|battle|fight)\s+"
                         r"to\s+(?:retake|recapture|capture|liberate|seize|take|clear|free|reclaim)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
                         text_before, re.IGNORECASE) and not rx.search(
                    r"\b(?:launched|began|begun|started|mounted|opened|pressed|continued)\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
                    r"(?:[\w-]+\s+){0,2}(?:operation|offensive|push|bid|attempt|drive|campaign|efforts?|battle|fight)\s+to\b",
                    text_before, re.IGNORECASE):
                continue  # "an operation to retake Hawija ... will begin": a goal, not where anything happened yet
                # (but "launched an offensive to retake Tikrit on 2 March" fights there)
            if rx.match(r"\s+(?:intelligence\s+(?:service|agency)|security\s+(?:service|agency|forces)|government|administration|"
                        r"authorities|forces|army|police|troops|soldiers|military|militias?)\b[^.;]{0,40}?\s(?:in|at|near|around|outside)\s+(?-i:[A-Z])",
                        self.text[m.end:m.end + 70], re.IGNORECASE):
                continue  # "the offices of the Puntland intelligence service in Bosaso": an institution's name, the town next
                # ("Somaliland troops and clan militias in Las Anod": whose troops, not where)
            if m.place is not None and m.place.feature in ("region", "country") and not rx.search(r"\S", text_before) \
                    and rx.match(r"\s+(?:security\s+forces|forces|troops|soldiers|army|police|military)\s+(?:say|said|have|had|"
                                 r"claim|claimed|killed|kill|captured|capture|repulsed|repel|repelled)\b", self.text[m.end:m.end + 40]):
                continue  # "Puntland forces say over 100 Al-Shabaab fighters killed": whose forces, not where
            if m.place is not None and self.gaz.is_capital(m.place) and rx.search(
                    r"(?:^|[,;:(]|\b(?:since|after|before|when|while|as|what|that|because|but|until|once|how|which)\s+)\s*$",
                    text_before, re.IGNORECASE):
                deed = rx.match(r"\s+(?:and\s+(?:the\s+)?(?:[\w-]+\s+){1,2}?)?(?:(?:has|have|had|also|later|then|"
                                r"quickly|finally)\s+)?([a-z]+ed)\b(?!\s+by\b)", self.text[m.end:m.end + 60])
                if deed and not self.lex.find_triggers(deed.group(1)):
                    elsewhere.append(m)  # "since Washington and the insurgents signed", "Moscow brokered a ceasefire",
                    continue  # "what New Delhi called a camp": a state that acts, spoken of by its capital
            if _SPEAKS_AFTER.match(self.text, m.end) or _FORUM_AFTER.match(self.text, m.end) or \
                    _ADDRESSEE_BEFORE.search(text_before) or _STANCE_SOURCE_BEFORE.search(text_before) or (
                    _AGENT_AFTER.match(self.text, m.end) and rx.search(r"\bthat\s+$", text_before)):
                elsewhere.append(m)  # "Moscow said its jets ...", "the Doha talks", "accused Kabul of": a state, not a scene
                continue
            if k > 0 and (not out or out[-1] is not places[k - 1]) and rx.fullmatch(
                    r"\s+(?:and|to|with)\s+(?:the\s+)?(?:(?:ancient|old|historic|northern|southern|eastern|western|coastal|"
                    r"border|port|provincial|regional)\s+)?(?:(?:city|town|village|port|capital)\s+(?:of\s+)?)?",
                    self.text[places[k - 1].end:m.start]) \
                    and _ROUTE_BEFORE.search(self.text[max(s0, places[k - 1].start - 60):places[k - 1].start]):
                continue  # "the highway between Jammu and Srinagar", "the highway linking Damascus to Aleppo"
            if rx.fullmatch(r"[A-Z][\w'’]+[-–][A-Z][\w'’]+", m.text) and rx.match(
                    r"\s+(?:highway|road|motorway|expressway|railway|route|pipeline|border|frontier|boundary)\b",
                    self.text[m.end:m.end + 20]):
                continue  # "the Dornapal-Jagargunda road", "the Dantewada-Bijapur border": a line between two places
            if rx.match(r"\s+(?:border|frontier|boundary)\b(?!\s+(?:town|city|village|district|crossing|post|area|region))",
                        self.text[m.end:m.end + 30], re.IGNORECASE) and any(
                    o is not m and not o.dateline and o.place is not None and o.place.feature != "country" for o in places):
                continue  # "villages near the Arunachal Pradesh border in Sonitpur district": a line, not the scene
            if rx.match(r"\s*[-–]\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:highway|road|motorway|expressway|railway|"
                        r"route|pipeline|border)\b", self.text[m.end:m.end + 50]) or (
                    rx.search(r"[A-Za-z]\s*[-–]\s*$", self.text[max(s0, m.start - 3):m.start])
                    and rx.match(r"\s+(?:highway|road|motorway|expressway|railway|route|pipeline|border)\b",
                                 self.text[m.end:m.end + 20])):
                continue  # "the Kaduna-Abuja highway": a road, not a town
            if any(o is not m and (o.place.feature != "country" if o.place is not None else o.evidence) for o in places) \
                    and rx.search(
                    r"\b(?:pushed|pushing|advanced|advancing|moved|moving|marched|marching|headed|heading|"
                    r"drove|driving|swept|sweeping)\s+(?:[\w-]+\s+){0,2}?(?:towards?|toward)\s+(?:the\s+)?"
                    r"(?:(?:[\w-]+\s+)?(?:city|town|capital)\s+of\s+)?$", text_before, re.IGNORECASE):
                continue  # "The rebels pushed south towards Homs, taking Rastan": where they were heading, not where they were
            if out and rx.match(r"['’]s\s+(?:[\w-]+\s+)?(?:neighbou?rs?|twin\s+city|sister\s+city)\b", self.text[m.end:m.end + 40]):
                continue  # "on the outskirts of Kerbala, Hilla's neighbour to the northwest": a bearing from another town
            if out and rx.search(r"(?-i:[A-Z])[\w'’-]*\s+(?:University|Polytechnic|College|Institute|Academy|Hospital),\s+$",
                                 text_before):
                continue  # "invaded Sabon Gida ... and abducted students of the Federal University, Gusau": the seat of
                # the victims' institution, after the scene
            # only a place that stays a candidate can be described ("the highway between Jammu and
            # Srinagar in Pulwama district": Pulwama describes no road end)
            if self._is_descriptor(m, out + [m] + places[k + 1:], len(out), s0):
                continue
            if k > 0 and out and places[k - 1] not in out and places[k - 1].place is not None and rx.match(
                    r"\s*,\s*(?:a|an|the)\s", self.text[places[k - 1].end:m.start]) and _DESCRIPTOR_GAP.match(
                    self.text[places[k - 1].end:m.start]) and not self._triggers_in(places[k - 1].end, m.start):
                continue  # "on the outskirts of Bannu, a town bordering the North Waziristan tribal region": what
                # describes a place that only says where the scene is
            rel = rx.search(r"\b(?:that|which)\s+([a-z]+(?:s|ed))\s+(?:the\s+)?$", text_before)
            if rel and not self.lex.find_triggers(rel.group(1)):
                continue  # "the border that divides Kashmir": inside a clause about something else
            if several and self._in_aside(m, places, s0):
                continue  # "Janan, who commanded Jubaland's forces in Gedo, was detained in Mogadishu"
            out.append(m)
        # "In northern Kunduz province, insurgents attacked a checkpoint in Dasht-e-Archi district":
        # the province frames the district, the most specific place the text gives
        framed = []
        for m in out:
            p = m.place
            if p is None or p.feature != "region":
                continue
            if any(o is not m and o.place is not None and o.place.country == p.country and o.place.feature != "region"
                   and (o.place.gazetteer_id == f"near:{p.gazetteer_id}" or (
                        o.place.admin1 and normalise(o.place.admin1) == normalise(p.name)) or (
                        # "the Bayt al-Faqih district of Yemen's Hodeida province": a place the gazetteer lacks,
                        # set near a town of the province, is in it
                        o.place.gazetteer_id.startswith("near:") and o.start < m.start
                        and haversine_km(o.place.lat, o.place.lon, p.lat, p.lon) < 150))
                   for o in out):
                framed.append(m)
        # "Earlier in Baghdad, three women suicide bombers struck pilgrims in the Karrada district": the city
        # frames its quarter
        for m in out:
            p = m.place
            if p is None or p.feature != "city" or m in framed or p.population < 100000 or p.gazetteer_id.startswith("near:"):
                continue
            for o in out:
                q = o.place
                if o.start < m.end or q is None or q.gazetteer_id == p.gazetteer_id or q.country != p.country \
                        or q.feature not in ("city", "other", "district"):
                    continue
                quarter = rx.match(r"\s+(?:district|neighbou?rhood|area|quarter|suburb|locality|sector)\b",
                                   self.text[o.end:o.end + 20], re.IGNORECASE) or rx.search(
                    r"\b(?:neighbou?rhood|quarter|suburb|locality|sector)\s+of\s+$",
                    self.text[max(s0, o.start - 30):o.start], re.IGNORECASE)
                # ("In Lagos, hundreds of protesters gathered at the Freedom Park in Ojota": the sentence's frame)
                frame = rx.fullmatch(r"\s*(?:In|At)\s+", self.text[s0:m.start]) and rx.match(r"\s*,", self.text[m.end:m.end + 3])
                if (quarter or frame) and haversine_km(p.lat, p.lon, q.lat, q.lon) < 25:
                    framed.append(m)
                    break
        out = [m for m in out if m not in framed]
        # "took control of the Tabqa dam on the Euphrates": a river or a desert is no scene beside a town
        broad = [m for m in out if m.place is not None and m.place.feature == "other" and m.place.geo_precision >= 3]
        if broad and len(broad) < len(out):
            out = [m for m in out if m not in broad]
        return out

    def _in_aside(self, m: Mention, places: list[Mention], s0: int) -> bool:
        """True when ``m`` lies in a relative clause set off by commas (", who commanded the militia in
        X,") that tells of no incident, while the sentence names another place outside it."""
        before = self.text[s0:m.start]
        opening = rx.search(r",\s+(?:who|whose|which)\s+[^,;:()!?\n]*$", before)
        if not opening:
            return False
        start = s0 + opening.start()
        close = _ASIDE_CLOSE.match(self.text, m.end)
        if not close or self._triggers_in(start, close.end()):
            return False
        return any(o is not m and (o.end <= start or o.start >= close.end()) and not o.dateline
                   and o.place is not None and o.place.feature != "country" for o in places)

    def _coordinated(self, m: Mention, t: Trigger, s0: int) -> bool:
        a, b = (t.end, m.start) if m.start >= t.end else (m.end, t.start)
        gap = self.text[a:b]
        return len(gap) < 120 and not rx.search(r"[;]", gap)

    def _tight(self, t: Trigger, m: Mention) -> bool:
        if m.end <= t.start:
            gap = self.text[m.end:t.start]
            if rx.match(r"\s+(?:and|but|or|then)\s", gap):
                return False  # "clashed with police in Peshawar and set fire": the place closes the clause before
            return bool(rx.fullmatch(r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}", gap))
        gap = self.text[t.end:m.start]
        return not gap.strip() or len(gap) <= 70 and bool(_TIGHT_GAP.fullmatch(gap))

    def _is_descriptor(self, m: Mention, places: list[Mention], k: int, s0: int) -> bool:
        """True when ``m`` only describes another place of the sentence."""
        text = self.text
        # "X, the capital of M" / "X, a city which adjoins M" / "X in M province"
        for prev in places[:k]:
            gap = text[prev.end:m.start]
            if len(gap) > 80 or prev.place is not None and prev.place.feature == "country":
                continue
            if _DESCRIPTOR_GAP.match(gap) and not self._triggers_in(prev.end, m.start) and " and " not in gap:
                return True
            if (m.place is not None and prev.place is not None and prev.place.gazetteer_id == f"near:{m.place.gazetteer_id}"
                    and len(gap) < 45):
                return True  # "the Hodan district of Mogadishu": Mogadishu says where Hodan is
            if rx.fullmatch(r"\s*(?:,\s*)?(?:[a-z]+\s+)?(?:in|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}|\s*,\s*", gap) \
                    and m.place is not None \
                    and prev.place is not None and (_FEATURE_PRECISION.get(m.place.feature, 1) > \
                    _FEATURE_PRECISION.get(prev.place.feature, 1) or rx.match(r"\s+in\s", gap)
                    # "his hideout in a cave at Jurf Salman in Marran": both placed at one point, the second where the
                    # first lies
                    and ((m.place.lat, m.place.lon) == (prev.place.lat, prev.place.lon)
                         or prev.place.gazetteer_id.startswith("near:") and len(gap) < 12)):
                return True  # (or where a village the gazetteer lacks is said to lie: "at Jurf Salman in Marran")
            if m.place is not None and m.place.feature in ("district", "region") and rx.fullmatch(
                    r"\s+(?:sector|village|town|tehsil|taluka|mandal|block|sub-?division|area)\s+(?:of|in)\s+(?:the\s+)?", gap,
                    re.IGNORECASE) and not self._triggers_in(prev.end, m.start):
                return True  # "the Tangdhar sector of Kupwara district": the district the sector lies in
        # "Maiduguri's Gwange area": the city in the possessive says where the neighbourhood is; "the Puntland
        # port of Bosaso", "the Helmand town of Sangin": the region named first says where the town is
        for nxt in places[k + 1:k + 2]:
            if rx.fullmatch(r"['’]s\s+(?:[a-z-]+\s+){0,2}", text[m.end:nxt.start]) or rx.fullmatch(
                    r"\s+(?:[a-z-]+\s+)?(?:port|town|city|village|capital)\s+of\s+(?:the\s+)?",
                    text[m.end:nxt.start]) and rx.search(r"\bthe\s+(?:[a-z-]+\s+)?$", text[max(s0, m.start - 20):m.start]):
                return True
        # "the village of Zharki near the town of Mir Ali", "Erile village, just outside Barawe": the town a village is near
        # ("in Budu village in Nganzai local government area, near the Borno state capital of Maidugiri")
        if k > 0 and rx.fullmatch(r"(?:\s+(?:village|town|hamlet|area))?(?:\s+in\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,3}"
                                  r"(?:local\s+government(?:\s+area)?|LGA|district|province|state))?\s*,?\s+"
                                  r"(?:(?:just|right|some)\s+)?(?:near|outside|close\s+to|not\s+far\s+from)\s+(?:the\s+)?"
                                  r"(?:(?:[\w-]+\s+){0,3}?(?:town|city|village|district|capital)\s+of\s+)?",
                                  text[places[k - 1].end:m.start], re.IGNORECASE) \
                and places[k - 1].place is not None and (m.place is None or m.place.country == places[k - 1].place.country) \
                and not self._triggers_in(places[k - 1].end, m.start):
            return True
        # "in Koshobe village near Zabarmari, about 20 km from Maiduguri, in the Jere local government area": the area
        # the village named before lies in, however far back it was named
        if k > 0 and m.place is not None and m.place.feature in ("district", "region") and rx.search(
                r",\s+in\s+(?:the\s+)?$", text[max(s0, m.start - 12):m.start]) and rx.match(
                r"\s+(?:local\s+government(?:\s+area)?|LGA|district|province|state|region|governorate|county)\b",
                text[m.end:m.end + 30], re.IGNORECASE) and (places[k - 1].place is None or _FEATURE_PRECISION.get(
                    places[k - 1].place.feature, 1) < _FEATURE_PRECISION.get(m.place.feature, 1)) \
                and not self._triggers_in(places[k - 1].end, m.start):
            return True
        # "in Maseh village, Riyom Local Government Area": the area a village is in (not a list of areas)
        if k > 0 and rx.fullmatch(r"(?:\s+(?:village|town|hamlet|community|settlement))?\s*,\s*",
                                  text[places[k - 1].end:m.start], re.IGNORECASE):
            after = text[m.end:m.end + 60]
            feat = rx.match(r"\s+(?:Local\s+Government(?:\s+Area)?|LGA|district|tehsil|sub-?district|county|governorate|"
                            r"province)\b", after, re.IGNORECASE)
            if feat and not rx.match(r"\s*(?:,\s*|and\s+)(?-i:[A-Z])", after[feat.end():]):
                return True
        # "Maiduguri, the Borno state capital", "Madagali, another Adamawa town"
        if k > 0 and rx.fullmatch(r"\s*,\s*(?:the|a|an|another)\s+", text[places[k - 1].end:m.start]) and rx.match(
                r"(?:['’]s)?\s+(?:state\s+|provincial\s+|regional\s+|district\s+)?(?:capital|city|town|village|"
                r"district|province|region|state|border\s+town|market\s+town|port)\b", text[m.end:m.end + 40],
                re.IGNORECASE):
            return True
        if k > 0 and rx.search(r"\b(?:area|district|neighbou?rhood|suburb|outskirts|part|quarter)\s+of\s+"
                               r"(?:the\s+)?(?:[\w-]+\s+)?$", text[places[k - 1].end:m.start], re.IGNORECASE) \
                and len(text[places[k - 1].end:m.start]) < 40:
            return True  # "the Dasht-e-Barchi area of western Kabul"
        before_m = text[max(s0, m.start - 60):m.start]
        if k > 0 and (rx.search(r",\s*(?:\w+\s+){0,2}?between\s+(?:the\s+)?(?:(?:towns?|cities)\s+of\s+)?$", before_m)
                      or rx.search(r",\s*(?:\w+\s+){0,2}?between\s+(?:the\s+)?(?:(?:towns?|cities)\s+of\s+)?"
                                   r"(?-i:[A-Z])[\w'’ -]{1,30}?\s+(?:and|&)\s+$", before_m)):
            return True  # "near the village of Mukaishefa in Salahuddin province, between Samarra and Tikrit": bearings
        if k > 0 and rx.match(r"\s+(?:countryside|hinterland|environs)\b", text[m.end:m.end + 20], re.IGNORECASE) \
                and len(text[places[k - 1].end:m.start]) < 40:
            return True  # "the town of al-Atarib in the western Aleppo countryside": the province it lies in
        if k > 0 and rx.search(r"\b(?:on|at|along)\s+the\s+(?:\w+\s+)?(?:shores?|banks?|coast)\s+of\s+(?:the\s+)?$",
                               text[places[k - 1].end:m.start], re.IGNORECASE) and len(text[places[k - 1].end:m.start]) < 60:
            return True  # "the fishing town of Baga on the shores of Lake Chad": where the town lies
        if k > 0 and rx.search(r"\b(?:on|at)\s+the\s+(?:\w+\s+)?(?:outskirts|edge|fringes?)\s+of\s+(?:the\s+)?$",
                               text[places[k - 1].end:m.start], re.IGNORECASE) \
                and len(text[places[k - 1].end:m.start]) < 120 and not any(
                    t.event_type != "protest" for t in self._triggers_in(places[k - 1].end, m.start)):
            return True  # "stormed Dalori village and two nearby camps on the outskirts of Maiduguri"
        if k > 0 and rx.search(r"\b(?:on|along)\s+the\s+(?:\w+\s+)?border\s+(?:of|between|with)\s+(?:the\s+)?(?:[\w'’-]+\s+"
                               r"(?:and|&)\s+)?$", text[places[k - 1].end:m.start], re.IGNORECASE) \
                and len(text[places[k - 1].end:m.start]) < 80:
            return True  # "near Tekalguda village on the border of Sukma and Bijapur districts": where it lies
        if k > 0 and rx.search(r"\b(?:communities|villages|settlements|hamlets|towns)\s+in\s+(?:the\s+)?$",
                               text[places[k - 1].end:m.start]) and len(text[places[k - 1].end:m.start]) < 60 \
                and not self._triggers_in(places[k - 1].end, m.start):
            return True  # "attacks on Agban and three other communities in Kagoro Chiefdom": where they lie
        # "the capital city of M, Y": M describes Y
        before = text[max(s0, m.start - 40):m.start]
        if _CAPITAL_OF_BEFORE.search(before):
            for nxt in places[k + 1:]:
                gap = text[m.end:nxt.start]
                if rx.fullmatch(r"(?:\s+\w+)?\s*,\s*", gap):
                    return True
        return False

    def _since_when(self, d: DateMention) -> DateMention:
        """"since May, when ...": the date itself, May, not a span from it."""
        if not rx.match(r"since\s+", d.text, re.IGNORECASE):
            return d
        point = next((x for x in find_dates("in " + rx.sub(r"^since\s+", "", d.text, flags=re.IGNORECASE), self.published)
                      if x.value is not None), None)
        return replace(d, value=point.value, precision=point.precision, aggregate=False) if point is not None else d

    def _nearest_date(self, t: Trigger, dates: list[DateMention], clauses) -> DateMention | None:
        if id(t) in self._defined:
            stated = [d for d in dates if d.value is not None and not d.future and not d.aggregate and d.anchor_days is None]
            if stated:
                order = {"day": 0, "week": 1, "month": 2, "year": 3}
                return min(stated, key=lambda d: (order.get(d.precision, 9), abs(d.start - t.end)))
        best = None
        best_d = None
        tc = _clause_of(clauses, t.start)
        # "the deadliest attack since May, when suicide bombers killed 40": the month of the incident the clause tells
        dates = [self._since_when(d) if d.aggregate and d.end <= t.start
                 and rx.match(r",\s+when\s", self.text[d.end:d.end + 8]) else d for d in dates]
        for d in dates:
            if d.future or d.aggregate:
                continue
            report = rx.search(r"\b(?:said|says|told|reported|announced|added|confirmed|stated|claimed|"
                               r"statement|reports?|tweeted|posted)\s+(?:on\s+)?$",
                               self.text[max(0, d.start - 25):d.start], re.IGNORECASE)
            toll = rx.search(r"\b(?:toll|number\s+of\s+dead)\b[^.;]{0,160}\b(?:rose|climbed|risen|jumped|reached|"
                             r"increased|stood)\s+(?:to\s+)?(?:at\s+least\s+|more\s+than\s+)?[\d,]+\s+$",
                             self.text[max(0, d.start - 220):d.start], re.IGNORECASE)
            if (report or toll) and d.start > t.end:
                continue
            if rx.search(r"\b(?:briefing|addressing|speaking\s+to|talking\s+to)\s+(?:newsmen|reporters|journalists|the\s+press|"
                         r"(?:a\s+)?(?:news|press)\s+conference)\s+(?:in\s+[A-Z][\w'’-]+\s+)?(?:on\s+)?$",
                         self.text[max(0, d.start - 50):d.start], re.IGNORECASE):
                continue  # "Briefing newsmen on Monday, the council secretary said the attackers struck at midnight"
            if report and d.end <= t.start and any(
                    o is not d and o.start > t.end and o.value is not None and not o.future and not o.aggregate
                    and o.anchor_days is None and o.start - t.end < 120 for o in dates):
                continue  # "The U.S. military confirmed Sunday that a strike ... on New Year's Day killed": the day of
                # the report, when the incident has a date of its own
            if rx.search(r"\banniversary\s+of\s+(?:the\s+)?$", self.text[max(0, d.start - 30):d.start], re.IGNORECASE) \
                    or rx.match(r"\s+(?:revolution|uprising|independence|war|coup|accords?|agreement|constitution)\b",
                                self.text[d.end:d.end + 20], re.IGNORECASE):
                continue  # "a rally to mark the anniversary of the 14 October 1963 revolution": a date that names
                # something else
            if d.start > t.end and rx.search(r",\s+(?:(?:the|a|an)\s+[^,;()]{0,60}?\s+)?(?:that|which|who|whose)\s+[^,;()]*$",
                                             self.text[t.end:d.start]) and rx.match(r"[^,;.()]{0,30},", self.text[d.end:]):
                continue  # "gunmen shot dead a member of the Sahwa, the militia that turned against al Qaeda in 2006
                # and 2007, near his home": the date of what the aside tells
            if d.start > t.end and rx.search(r"\bsince\s+(?:[\w'’-]+\s+){1,6}$", self.text[t.end:d.start]):
                continue  # "the first such attacks since Washington paused its campaign in December": the date of
                # what the incident is measured from
            if rx.search(r"\b(?:deadliest|worst|bloodiest|biggest|largest|most\s+(?:serious|lethal|deadly))\b[^.;,]{0,60}$",
                         self.text[max(0, d.start - 70):d.start], re.IGNORECASE) and d.precision in ("year", "month") \
                    and not rx.search(r"\bsince\b", self.text[max(0, d.start - 12):d.end], re.IGNORECASE):
                continue  # "in one of the deadliest raids in the region this year": the frame of a comparison
            line = self.text.rfind("\n", 0, d.start) + 1
            if d.start < t.start and rx.fullmatch(r"[A-Z][A-Z .'’/-]{2,40}(?:,\s*[A-Z][\w .'’-]{1,30})?,\s*", self.text[line:d.start]) \
                    and rx.match(r"\s*(?:\([A-Za-z .-]{1,25}\)\s*)?(?:[-—–:]|\()", self.text[d.end:d.end + 30]):
                continue  # "KABUL, May 18, 2024 (AFP) - Gunmen opened fire ...": the dateline dates the report
            if d.text.lower().endswith("after") and (d.end > t.start or d.end <= t.start and any(
                    o.start > t.end and o.value is not None and o.anchor_days is None and o.start - t.end < 80
                    and not o.text.lower().endswith(("after", "ago", "later", "earlier"))
                    and not any(x.generic != 1 for x in self._triggers_in(t.end, o.start)) for o in dates)):
                continue  # ("came three weeks after gunmen stormed X on November 2": the day of the storming)  # "The strike came a week after Modi visited": the date of what follows  # "officials said Sunday", "the toll rose to 230 on Sunday": the date of a report
            if rx.search(r"['’]s?$", d.text) and t.end <= d.start and not rx.fullmatch(
                    r"[^,;.]{0,20}", self.text[t.end:d.start]) and any(
                    x.start - d.end <= 30 for x in self._triggers_in(d.end, d.end + 40)):
                continue  # "claimed the attack was revenge for ... last year's kidnapping": the date of another noun
                # (but "were killed in Friday's encounter" is the killing's own day)
            comma = rx.search(r",\s", self.text[d.end:t.start]) if d.end <= t.start else None
            if d.text.lower().endswith("after") and comma is not None and not self._triggers_in(d.end, d.end + comma.start()) \
                    and rx.search(r",\s*$", self.text[max(0, d.start - 3):d.start]) \
                    and any(o is not d and o.end <= d.start and o.value is not None and o.anchor_days is None and not o.future
                            and not o.aggregate and rx.fullmatch(r"\s*,\s*", self.text[o.end:d.start]) for o in dates):
                continue  # "In May, two days after the governor arrived in Kandahar, a landmine killed": days counted
                # from something of unknown date; the month the sentence states
            dist = d.start - t.end if d.start >= t.end else t.start - d.end
            if _clause_of(clauses, d.start) != tc:
                dist += 80
            elif d.start > t.end and rx.search(r",\s+and\s+$", self.text[t.end:d.start]):
                dist += 80  # "In March, a grenade attack ... killed five, and last October gunmen shot dead 16": the
                # date opens a clause of its own
            elif d.end <= t.start and rx.search(r",\s+and\s+", self.text[d.end:t.start]):
                dist += 80  # "killed 14 in Baghdad on May 25, and three in a raid in Basra on June 9": a date
                # before the ", and" is the first clause's
            # "crowds near the consulate, which demonstrators had stormed two days ago": the date of the
            # relative clause's own verb
            rel = next((r for r in _RELATIVE_CLAUSE.finditer(self.text, max(0, d.start - 160), d.end)
                        if r.end() >= d.end), None)
            if rel is not None and not rel.start() <= t.start < rel.end() and any(
                    x.generic != 1 for x in self._triggers_in(rel.start(), rel.end())):
                continue  # (only when the relative clause tells an incident of its own)
            if best_d is None or dist < best_d:
                best, best_d = d, dist
        if best is not None and best.end <= t.start and rx.search(
                r"\b(?:after|following)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?$", self.text[max(0, t.start - 30):t.start],
                re.IGNORECASE):
            # "remained tense this week after the arrest of Mukhtar Robow by Ethiopian troops ... on December 13": the
            # day the noun phrase itself gives
            own = next((d for d in dates if d.start > t.end and d.start - t.end < 130 and d.value is not None
                        and d.anchor_days is None and not d.future and not d.aggregate
                        and not rx.search(r"[,;.]", self.text[t.end:d.start])
                        and not self._triggers_in(t.end, d.start)), None)
            if own is not None:
                return own
        if best is not None and best.precision == "year" and best.value is not None and best.end <= t.start and (
                rx.fullmatch(r"\s+(?:[A-Z][\w'’-]+\s+|(?:district|province|state|city|town|village|region|valley)\s+){0,4}",
                             self.text[best.end:t.start])
                # "The 2009 Maiduguri prison raid": a year after "the" names the incident whatever words follow it
                or (rx.match(r"the\s", best.text, re.IGNORECASE)
                    or rx.search(r"\bthe\s+$", self.text[max(0, best.start - 4):best.start], re.IGNORECASE))
                and rx.fullmatch(r"(?:\s+[\w'’-]+){0,4}\s+", self.text[best.end:t.start])):
            # "the 2006 Malegaon bombings, which killed at least 31 people on 8 September 2006": the year names the
            # incident; the day told of it right after dates it
            finer = next((d for d in dates if d.start > t.end and d.start - t.end < 120 and d.value is not None
                          and not d.future and not d.aggregate and d.anchor_days is None
                          and d.precision in ("day", "week", "month") and d.value.year == best.value.year
                          and (not any(t.end <= o.start < d.start and o.generic != 1
                                       for o in self._triggers_in(t.end, d.start))
                               # "The 2021 Mon district killings, also known as the Oting massacre, were a series
                               # of shootings on 4 and 5 December 2021": the definition dates what it names
                               or rx.search(r"\b(?:was|were)\s+(?:a|an|the)\b", self.text[t.end:d.start]))), None)
            if finer is not None:
                return finer
        if best is not None and best.text.lower().endswith("after") and best.end <= t.start and (
                best.anchor_days is not None or best.value is not None and self.published is not None):
            main = next((d for d in reversed(dates) if d.end <= best.start and d.value is not None
                         and d.anchor_days is None and not d.future and not d.aggregate), None)
            if main is not None:
                # "pounded hideouts early on Tuesday ..., a day after a suicide bomber struck": the day before
                # the day the sentence tells, not before the day of publication
                back = best.anchor_days if best.anchor_days is not None else (self.published - best.value).days
                return replace(best, value=main.value - timedelta(days=back), anchor_days=None)
        if best is not None and best.anchor_days is not None:
            stated = next((d for d in dates if d.value is not None and d.anchor_days is None
                           and not d.future and not d.aggregate
                           and (d.end <= best.start and rx.fullmatch(r"\s*,\s*", self.text[d.end:best.start])
                                or d.start >= best.end and rx.fullmatch(r"\s+(?:on\s+|of\s+)?",
                                                                        self.text[best.end:d.start]))), None)
            if stated is not None:
                return stated  # "On Thursday, a day before the riots, residents protested", "shortly after midnight
                # on 6 September 2007": the day itself
        return best

    def _fatalities(self, sent: str, s0: int, sent_events: list[_Event], previous: list[_Event],
                    si: int = 0) -> None:
        if not _DEATH_HINT.search(sent):
            return
        if rx.search(r"\b(?:has|have)\s+(?:raged|continued|persisted)\b[^.;]{0,80}\bsince\b", sent, re.IGNORECASE):
            return  # "Fighting ... has raged in and around Warri since March 13, leaving more than 100 people dead": a
            # count over weeks of incidents
        found = find_fatalities(sent, s0)
        # "a strike killed Jamal al-Badawi, indicted in the 2000 bombing of the USS Cole that killed 17": the toll
        # of a past incident goes to no event but that incident's own
        for f in list(found):
            past = PAST_INCIDENT_TOLL.search(self.text, max(s0, f.start - 160), f.start)
            if past and not any(past.start() <= e.trigger.start < f.start for e in sent_events):
                found.remove(f)
        # "people had gathered after the killing of a local leader": a death the time is measured by is another
        # incident's, not this one's toll
        found = [f for f in found if not rx.match(
            r"(?:the\s+)?(?:killing|killings|death|deaths|murder|murders|assassination)\s+of\b",
            self.text[f.start:f.end], re.IGNORECASE) or not rx.search(
            r"\b(?:after|following|since|before|over|amid|against)\s+(?:the\s+)?$", self.text[max(s0, f.start - 20):f.start],
            re.IGNORECASE)]
        if not found:
            return
        if not sent_events and len({f.value for f in found}) == 1:
            named = [m for m in self._mention_list if s0 <= m.start < s0 + len(sent) and m.place is not None]
            told = rx.search(r"\btoll\s+(?:from|of|in)\s+(?:the|this|that|last\s+\w+['’]s|\w+day['’]s)\b[^.;]{0,80}?"
                             r"\b(?:rose|risen|climbed|increased|reached|jumped)\b", sent, re.IGNORECASE)
            if told and named:
                ids = {m.place.gazetteer_id for m in named}
                same = [e for e in previous if e.place and e.place.place and e.place.place.gazetteer_id in ids
                        and e.para_index > 0]
                if same:
                    v = found[0].value
                    if same[-1].fatalities is None or v > same[-1].fatalities:
                        same[-1].fatalities = v  # "the toll from the Zanjili blast had risen to 34": the blast told before
                    return
        if not sent_events:
            # "No casualties were reported in either assault." / "The death toll rose to 30."
            if rx.search(r"(?<!\bto\s)\b(?:has|have)\s+(?:\w+\s+)?killed\b|\binsurgency\b|\bsince\b|\bfor\s+years\b|"
                         r"\bbetween\s+\d{1,2}\s+[A-Z][a-z]+\s+and\s+\d{1,2}\s+[A-Z][a-z]+|"  # a span of days: a total
                         r"\bover\s+the\s+(?:years|decade|past)|\bso\s+far\s+this\s+year\b|\bin\s+total\b|"
                         r"\bregular(?:ly)?\b|\boften\b|\bnationwide\b|"
                         r"\bin\s+(?:different|various|several|many|other)\s+(?:parts|places|areas|towns|cities|provinces|states|"
                         r"districts)\b|\bacross\s+the\s+(?:country|region|province|state|north|south)\b",
                         _SUPERLATIVE_SINCE.sub(" ", sent), re.IGNORECASE):
                return  # an aggregate, not the toll of the incident just reported ("killed in protests in
                # different parts of the country"; but "the deadliest attack since 2001" compares this toll with the past)
            told = bool(rx.search(
                r"\b(?:toll|casualties|the\s+(?:attack|attacks|blast|blasts|bombing|bombings|explosion|explosions|"
                r"strike|strikes|raid|ambush|assault|incident|violence|clashes|fighting)|either|both|"
                r"(?:were|had\s+been|have\s+been)\s+(?:also\s+)?killed|"
                r"died|dead)\b", sent, re.IGNORECASE))
            # "A rights group counted at least 47 people killed": a count of the dead, though no verb tells it (it
            # goes only to an incident that kills, not to a town's capture told just before)
            counted = not told and bool(rx.search(
                r"\b(?:people|persons|civilians|soldiers|fighters|militants|policemen|troops)\s+killed\b", sent,
                re.IGNORECASE))
            if not (any(f.value == 0 for f in found) or told or counted):
                return
            # "The militants claimed to have killed more than 170 troops": a claim, no count of the dead
            found = [f for f in found if not rx.search(
                r"\bclaim\w*\s+(?:to\s+have\s+|that\s+(?:it|they)\s+(?:had\s+)?|(?:it|they)\s+(?:had\s+)?)killed\s+$",
                self.text[max(s0, f.start - 45):f.start], re.IGNORECASE)]
            if not found:
                return
            values = {f.value for f in found}
            body = [e for e in previous[-_LOOKBACK:] if e.para_index > 0]
            # "Two security officers and three villagers were also killed, bringing the number of dead to six": the
            # incident's whole toll, the deaths told before included
            brought = [f for f in found if rx.search(
                r"\b(?:bringing|raising|taking|pushing|putting)\s+(?:the\s+)?(?:overall\s+|total\s+|final\s+)?(?:death\s+toll|"
                r"toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|people\s+killed|fatalities|victims))\s+(?:[\w'’-]+\s+){0,6}?"
                r"(?:to|at)\s+$", self.text[s0:f.start], re.IGNORECASE)]
            if len(brought) == 1 and body and si - body[-1].sentence_index <= 2 and not rx.search(
                    r"\bthis\s+(?:week|month|year)\b|\bsince\b", sent, re.IGNORECASE):
                last = [e for e in body if e.sentence_index == body[-1].sentence_index
                        and e.event_type not in ("arrest", "strategic_development")]
                v = brought[0].value
                if last and len({e.place_span for e in last}) == 1 and all(e.fatalities is None or e.fatalities < v
                                                                           for e in last):
                    for e in last:
                        e.fatalities = v
                    return
            if len(values) == 1 and body and body[-1].fatalities and si - body[-1].sentence_index == 1 and rx.search(
                    r"\b(?:other|more)\b", sent, re.IGNORECASE) and rx.search(r"\balso\b", sent, re.IGNORECASE):
                last = [e for e in body if e.sentence_index == body[-1].sentence_index and e.fatalities]
                if len({e.place_span for e in last}) == 1:
                    for e in last:
                        e.fatalities += next(iter(values))  # "Two other people in the car were also killed"
                    return
            if len(values) == 1 and body and rx.search(r"\btoll\b[^.;]{0,40}?\b(?:rose|risen|climbed|increased|jumped|"
                                                       r"went\s+up|reached)\b", sent, re.IGNORECASE) \
                    and si - body[-1].sentence_index <= 2:
                last = [e for e in body if e.sentence_index == body[-1].sentence_index
                        and e.event_type not in ("arrest", "strategic_development")]
                v = next(iter(values))
                if len({e.place_span for e in last}) == 1 and all(e.fatalities is None or e.fatalities < v for e in last):
                    for e in last:
                        e.fatalities = v  # "... killing at least four people. The toll rose to five late at night."
                    return
            if len(values) == 1 and 0 not in values and any(e.fatalities == next(iter(values)) for e in previous[-_LOOKBACK:]
                                                            if si - e.sentence_index <= 3 and e.para_index > 0):
                return  # "initially put the toll at 25 but later said at least 40": the count told already
            lethal_body = [e for e in body if e.fatalities]
            if len(values) == 1 and len(lethal_body) == 1 and body[-1] is lethal_body[-1] and si - lethal_body[-1].sentence_index <= (
                    4 if rx.search(r"\blater\b", sent, re.IGNORECASE) else 2) and \
                    lethal_body[-1].fatalities < next(iter(values)) <= lethal_body[-1].fatalities * 1.25 + 2 and \
                    not rx.search(r"\b(?:other|another|more|separate|also)\b", sent, re.IGNORECASE):
                lethal_body[-1].fatalities = next(iter(values))  # "killing more than 40 people" and "The director
                return  # of the hospital said 42 people were killed": the count made precise
            recent = [e for e in previous[-_LOOKBACK:] if e.fatalities is None and e.para_index > 0]
            if not recent:
                return
            last_si = recent[-1].sentence_index
            if si and si - last_si > 2:
                return  # a toll several sentences after the last incident without one is about something else
            either = bool(rx.search(r"\b(?:either|both|all|each)\b", sent, re.IGNORECASE))
            # "The death toll rose to 15": the incident of the sentence just before, not one told earlier;
            # "no casualties in either assault" may reach back further
            group = [e for e in recent if e.sentence_index >= last_si - (1 if either or 0 in values else 0)]
            lethal = [e for e in group if e.event_type not in ("arrest", "strategic_development", "military_offensive")]
            if counted and not lethal:
                return
            group = lethal or group
            precise = min((_FEATURE_PRECISION.get(e.place.place.feature, 1) if e.place and e.place.place else 1)
                          for e in group)
            group = [e for e in group if (_FEATURE_PRECISION.get(e.place.place.feature, 1)
                                          if e.place and e.place.place else 1) == precise]
            values = {f.value for f in found}
            if len(values) > 1 and 0 not in values and lethal and len({(e.place.lookup if e.place else None) for e in group}) == 1:
                # "Kenya's military said nine of its soldiers and more than 70 militants were killed ..., while al-Shabaab
                # claimed to have killed 67": the count the sentence states first (or the one the toll rose to)
                risen = [f for f in found if rx.search(r"\b(?:rose|risen|climbed|increased|reached|jumped)\s+to\s+(?:\w+\s+){0,2}$",
                                                       self.text[max(s0, f.start - 30):f.start], re.IGNORECASE)
                         or rx.search(r"\b(?:but|later|revised|final)\b[^.;]{0,50}$", self.text[max(s0, f.start - 50):f.start],
                                      re.IGNORECASE) and f is not min(found, key=lambda x: x.start)]
                values = {(risen[-1] if risen else min(found, key=lambda f: (f.start, -f.value))).value}  # ("Seven
                # soldiers were killed, and all six attackers died": the count that adds the attackers in)
            if len(values) == 1:
                v = values.pop()
                if v == 0 or len({(e.place.lookup if e.place else None) for e in group}) == 1 or rx.search(
                        r"\b(?:either|both|all|each)\b", sent, re.IGNORECASE):
                    if v == 0 or len(group) == 1 or len({(e.place.lookup if e.place else None) for e in group}) == 1:
                        for e in group:
                            e.fatalities = v
            return
        if rx.search(r"\b(?:struck|hit|targeted|bombed|pounded)\s+(?:two|three|four|five|six|seven|eight|nine|ten|"
                     r"\d+|several|multiple)\s+(?:of\s+(?:the\s+|its\s+|their\s+)?[\w'’]+\s+)?(?:[\w-]+\s+)?(?:facilities|"
                     r"positions|targets|sites|bases|locations|camps|depots|towns|villages)\b", sent, re.IGNORECASE):
            return  # "struck five of the group's facilities ..., killing 25": a total over several targets
        places = {e.place_span for e in sent_events}
        # ("in the Tangdhar sector of Kupwara district in Kashmir": a region the town lies in is no second place)
        fine = {e.place_span for e in sent_events if e.place is not None and e.place.place is not None
                and e.place.place.feature not in ("region", "country")}
        if fine and len(fine) < len(places) and len({e.trigger.start for e in sent_events}) == 1:
            places = fine
        spans = sorted(p for p in places if p is not None)
        joined = len(spans) > 1 and found and found[0].start > spans[-1][1] and all(
            (rx.search(r"\band\b", self.text[a[1]:b[0]]) or rx.fullmatch(r"\s*,\s*", self.text[a[1]:b[0]]))
            # ("launched an offensive on Marib ..., and on 5 June a missile hit a station in Marib, killing 17": the
            # second place has an incident of its own, whose toll it is)
            and not any(not t.generic or t.pos == "verb" for t in self._triggers_in(a[1], b[0]))
            and len({(e.event_date, e.precision) for e in sent_events if e.place_span in (a, b)}) == 1
            for a, b in zip(spans, spans[1:]))
        if len(places) > 1 and len(found) == 1 and (found[0].total or len({id(e.trigger) for e in sent_events}) == 1
                                                    or joined):
            return  # one count for incidents at several places ("exploded in X and in Y, killing 22"): a total
        clauses = _clauses(sent, s0)
        for f in found:
            # the count goes with the incident whose place comes last before it ("in Peshawar, killing
            # the driver, and ... in Mohmand, where five died"), else with the nearest trigger
            before = [e for e in sent_events if e.place_span and e.place_span[1] <= f.start
                      and not e.borrowed]
            own = [e for e in sent_events if f.start <= e.trigger.start < f.end and e.place_span
                   and e.place_span[0] >= f.end and rx.match(r"(?:the\s+)?(?:killing|murder|assassination|death)\s+of\b",
                                                             self.text[f.start:f.end], re.IGNORECASE)]
            if own:
                before = [e for e in sent_events if e.place_span == own[0].place_span]  # "the killing of X at his
                # ashram in Kandhamal": the count is the killing's own, told before its place
            if before and not own:
                # "Quaid's Ziarat residency torched; 25 killed in attacks on ... in Quetta": the count's own clause
                cf0 = _clause_of(clauses, f.start)
                mine = [e for e in before if _clause_of(clauses, e.place_span[0]) == cf0]
                after_f = [e for e in sent_events if e.place_span and e.place_span[0] >= f.end and not e.borrowed
                           and _clause_of(clauses, e.place_span[0]) == cf0]
                if not mine and after_f and rx.search(r";|,\s+(?:and|while|as)\s", self.text[before[-1].place_span[1]:f.start]):
                    before = [e for e in after_f if e.place_span == min(x.place_span for x in after_f)]
            if before:
                best = max(before, key=lambda e: e.place_span[1])
                later = [e for e in sent_events if e.borrowed and e.explicit_date and e.event_date != best.event_date
                         and best.place_span[1] < e.trigger.start < f.start
                         and rx.search(r",\s+and\s", self.text[best.place_span[1]:e.trigger.start])]
                if later:
                    best = later[-1]  # "... in Parachinar, and at the end of March a car bomb ... in the town killed at
                    # least 22": the count of the incident told after the ", and"
                direct = [e for e in sent_events if e.place_span
                          and best.place_span[1] < e.trigger.start and e.trigger.end <= f.start
                          and e.place_span[0] >= f.end and rx.fullmatch(
                              (r"\s+" if e.trigger.pos == "verb" else r"\s+(?:[\w'’-]+\s+){0,3}?(?:killed|kills|left)\s+")
                              + r"(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|nearly\s+|over\s+)?",
                              self.text[e.trigger.end:f.start], re.IGNORECASE)
                          and rx.search(r",\s+and\s", self.text[best.place_span[1]:e.trigger.start])]
                if direct:
                    best = direct[0]  # "... in Islamabad killed five, and last October gunmen shot dead 16
                    # worshippers at a church in Bahawalpur": the object of the verb after the ", and"; "..., and
                    # the following month a bomb killed six people in Mastung": the count of the bomb's verb
            else:
                if len(clauses) > 1 and all(e.place_span and rx.search(r";", self.text[min(f.end, e.place_span[0]):
                                                                                       max(f.start, e.place_span[1])])
                                            for e in sent_events):
                    continue  # "42 killed as gunmen target a convoy in Lower Kurram; 12 martyred in Bannu": another
                    # clause's incident
                best = min(sent_events, key=lambda e: min(abs(f.start - e.trigger.end), abs(f.start - e.trigger.start)))
                if rx.search(r",\s*(?:killing|leaving|claiming)\s+$", self.text[max(s0, f.start - 12):f.start]) or \
                        rx.match(r"(?:killing|leaving|claiming)\b", self.text[f.start:f.end]) and \
                        rx.search(r",\s*$", self.text[max(s0, f.start - 3):f.start]):
                    # "An explosion ripped through a mosque during a memorial for a governor killed in a car bombing
                    # earlier this week, killing at least 11": the participle goes with the sentence's main report
                    best = min(sent_events, key=lambda e: e.trigger.start)
            if before:
                cf = _clause_of(clauses, f.start)
                if cf > _clause_of(clauses, best.place_span[1]) and any(
                        not t.generic and not any(e.trigger is t for e in sent_events)
                        for t in self._triggers_in(clauses[cf][0], f.start)):
                    continue  # "stormed the consulate in Karachi, killing four, while a bomb tore through a market
                    # in the northwest, killing 30": the bomb's toll, whose place this sentence does not name
            lethal = any(e.event_type not in ("arrest", "abduction") for e in sent_events if e.place_span == best.place_span)
            for e in sent_events:
                if e.place_span == best.place_span and not e.companion and (e.fatalities is None or f.value > e.fatalities) \
                        and (e.event_date == best.event_date or e is best) \
                        and not (lethal and e.event_type in ("arrest", "abduction")):
                    # (the deaths are the killing's, not the arrest's or the kidnapping's)
                    e.fatalities = f.value

    # ------------------------------------------------------------------ merging
    def refine_actors(self, events: list[_Event]) -> None:
        """Who did it, from the rest of the article: a claim told after the report ("Al-Shabaab claimed
        responsibility"), the group a definite "the rebels" or "its fighters" points back at, and the
        protesters of a protest whose crowd has no name."""
        groups = [a for a in self._actors_all if a.kind == "armed_group"]
        claims = []
        for a in groups:
            after = self.text[a.end:a.end + 60]
            before = self.text[max(0, a.start - 20):a.start]
            if rx.match(r"\s+(?:(?:has|have|had|later|quickly|swiftly|also|later)\s+){0,2}claimed\s+(?:\w+\s+){0,2}?"
                        r"responsibility\b", after, re.IGNORECASE) or rx.search(r"\bclaimed\s+by\s+(?:the\s+)?$", before):
                claims.append(a)
        for e in events:
            if e.actor1.startswith("Unidentified"):
                s0, s1 = e.sentence
                span = self.text[e.actor1_span[0]:e.actor1_span[1]] if e.actor1_span else ""
                # a claim in the same report, after the incident and before the next one
                claim = next((a for a in claims if s0 <= a.start < s1 + 700 and not any(
                    o is not e and s1 <= o.sentence[0] <= a.start and o.sentence != e.sentence for o in events)), None)
                if claim is not None and e.precision in ("day", "week") and e.event_date is not None and (
                        self.published is None or abs((self.published - e.event_date).days) <= 7):
                    e.actor1 = f"{self._actor_name(claim)} (claimed)"
                    continue
                # "the rebels", "its fighters", "the militants": the group last named
                lead_in = self.text[max(0, e.actor1_span[0] - 20):e.actor1_span[0]] if e.actor1_span else ""
                if rx.fullmatch(r"(?:rebels|militants|insurgents|fighters|guerrillas|gunmen|attackers|jihadists)", span,
                                re.IGNORECASE) and rx.search(r"\b(?:the|its|their)\s+(?:[\w-]+\s+)?$", lead_in,
                                                             re.IGNORECASE) or (not span and rx.search(
                            r"\b(?:the|its|their)\s+(?:rebels|militants|insurgents|fighters|guerrillas)\b", self.text[s0:s1])):
                    named = [a for a in groups if a.end <= (e.actor1_span[0] if e.actor1_span else s1)]
                    if named:
                        e.actor1 = self._actor_name(named[-1])
                        continue
            if e.event_type == "protest" and e.actor1 == "Unidentified":
                e.actor1 = "Protesters"

    def _sentence_toll(self, sent: str) -> int:
        """The death count a sentence states (0 for none), read once per sentence."""
        if sent not in self._tolls:
            self._tolls[sent] = sentence_fatalities(sent) or 0
        return self._tolls[sent]

    def _triggers_in(self, a: int, b: int) -> list[Trigger]:
        """The article's triggers that start in [a, b) (read once per article, not per look)."""
        lo = bisect.bisect_left(self._all_trigger_starts, a)
        hi = bisect.bisect_left(self._all_trigger_starts, b)
        return self._all_triggers[lo:hi]

    def _overview(self, e: _Event) -> bool:
        """True for an encyclopedia lead that sums up the whole episode ("The Battle of X was fought
        between April and June 2013 ...", "The Panjwai shooting ... took place on 11 March, when ...")."""
        if e.para_index != 1 or e.sentence_index > 2:
            return False
        s0, s1 = e.sentence
        return bool(rx.match(r"\s*(?:The\s+)?(?:[\w'’().,-]+\s+){0,14}?(?:was|were)\s+(?:(?:a|an|the|two|three|four|five|"
                             r"several|a\s+series\s+of|a\s+string\s+of)\s+(?:[\w-]+\s+){0,3}?"
                             r"(?:battle|offensive|campaign|series|attack|attacks|massacre|killing|killings|bombings?|"
                             r"siege|operation|assault|wave|mass\s+killing|terrorist\s+attack|gunfights?|gun\s+battles?|"
                             r"encounters?|clash(?:es)?|kidnappings?|abductions?|raids?|(?:air\s*)?strikes?|ambush(?:es)?|"
                             r"riots?|shootings?|explosions?|blasts?|confrontations?|skirmish(?:es)?|hostage\s+crisis)"
                             r"|fought|carried\s+out"
                             # "were a week of sectarian fighting", "were outbreaks of religious violence"
                             r"|(?:a|an|one|two|three|several)\s+(?:days?|weeks?|months?|years?|outbreaks?|spate|round)\s+of\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:fighting|clashes|violence|unrest|rioting|riots|attacks|killings|protests)"
                             r"|outbreaks\s+of\s+(?:[\w-]+\s+){0,2}?(?:violence|fighting|rioting|unrest))\b"
                             r"|\s*(?:The\s+)?(?:[\w'’().,-]+\s+){0,9}?(?:took\s+place|refers?\s+to\s+(?:the\s+)?(?:attacks|killings|"
                             r"clashes|fighting|violence|massacres?))\b|\s*It\s+was\s+fought\b",
                             self.text[s0:s1]))

    def merge(self, events: list[_Event]) -> list[_Event]:
        # an encyclopedia lead that sums up an episode told incident by incident below is no incident of its own
        body = [e for e in events if e.para_index > 1]

        def told_below(e: _Event, o: _Event) -> bool:
            if o.event_date is None or e.event_date is None or o.place is None or e.place is None:
                return False
            if o.place.place is None or e.place.place is None:
                # a place the gazetteer lacks: the same name ("Dangri" and "Upper Dangri") is the same place
                a, b = normalise(o.place.text), normalise(e.place.text)
                km = 0.0 if a and b and (a in b or b in a) else 1e9
            else:
                km = haversine_km(o.place.place.lat, o.place.place.lon, e.place.place.lat, e.place.place.lon)
            # (an episode told of a whole region, "in the Bodoland Territorial Area Districts of western Assam",
            # reaches further than one told of a town)
            reach = 400 if e.place.place is not None and e.place.place.feature in ("region", "district") else 150
            if e.precision == "year":  # "The 2004 Qamishli riots were a wave of unrest": the year its stages fill
                return o.event_date.year == e.event_date.year and km < reach
            if e.precision != "day":  # "between April and June 2013", "in June 2015": the span its stages fill
                return abs((o.event_date - e.event_date).days) <= 62 and km < reach
            # a dated lead goes only if the same incident is told below, closer up
            return o.event_date == e.event_date and km < 30 and (
                o.family == e.family or o.generic == 1 or e.generic == 1)

        kept = []
        for e in events:
            below = next((o for o in body if told_below(e, o)), None) if self._overview(e) else None
            if below is None:
                kept.append(e)
            else:
                if e.precision == "day" and below.fatalities is None and e.fatalities is not None:
                    below.fatalities = e.fatalities  # the lead's toll is the incident's
                for o in body:
                    # (a killing of hostages told below an abduction's lead stays a killing)
                    if o.family == e.family and e.specificity > o.specificity and told_below(e, o) \
                            and (e.family != "violence" or o.generic == 1):
                        o.event_type, o.specificity = e.event_type, e.specificity  # "were four coordinated
                        # suicide truck bombings" ... "a truck exploded next to a market": each a suicide bombing
        events = kept
        # "Missiles ... killed at least 15 people in two strikes in North and South Waziristan": a lead that sums
        # up several incidents each told below, with its total, is none of its own
        kept = []
        for e in events:
            s0, s1 = e.sentence
            parts = [o for o in events if o is not e and o.sentence_index > e.sentence_index and o.para_index > 0
                     and o.family == e.family and (o.event_date == e.event_date or not o.explicit_date)]
            if e.para_index > 0 and len({o.place_span for o in parts}) >= 2 and rx.search(
                    r"\bin\s+(?:two|three|four|five|six|several|multiple|a\s+series\s+of|a\s+string\s+of|a\s+wave\s+of)\s+"
                    r"(?:separate\s+|coordinated\s+|suspected\s+|simultaneous\s+|near-simultaneous\s+)?(?:[\w-]+\s+)?"
                    r"(?:strikes|attacks|bombings|blasts|explosions|raids|incidents|assaults|ambushes)\b",
                    self.text[s0:s1], re.IGNORECASE) or e.borrowed and rx.match(
                    # "BAGHDAD (Reuters) - Two suicide bombers, one of them a woman, killed at least 75 people in Iraq"
                    r"(?:[A-Z][A-Z .'’/-]{2,40}(?:,\s*[A-Z][\w .'’-]{1,30})?(?:\s*\([A-Za-z .-]{1,25}\))?\s*[-—–:]\s*)?"
                    r"(?:Two|Three|Four|Five|Six|Seven|Several|Multiple)\s+(?:[\w-]+\s+){0,2}?(?:bombers|bombs|blasts|"
                    r"explosions|attacks|strikes|attackers|car\s+bombs)\b", self.text[s0:s1]):
                continue
            kept.append(e)
        events = kept
        out: list[_Event] = []
        # the headline's incidents are matched last, against everything the body reports
        for e in sorted(events, key=lambda x: x.para_index == 0):
            target = None
            for o in out:
                if self._same_incident(o, e):
                    target = o
                    break
            if target is None:
                out.append(e)
                continue
            self._absorb(target, e)
        # an incident at a region or district that contains a more precise one of the same family and date
        if any(e.para_index > 0 for e in out):
            out = [e for e in out if e.para_index > 0]  # a headline the body never bears out is no report
        # "At least 40 civilians were killed during a raid ... in southern Helmand province" over "The raid took place
        # late Sunday in the Musa Qala district": a lead at a province or district that the body tells at one of its
        # towns sums that incident up (its toll may count more than the town's, its date be the day of the report; the
        # town's incident takes the lead's toll only when it tells none, and is the only town of its sentence)
        body = [e for e in out if e.para_index > 0]
        first = min((e.sentence_index for e in body), default=None)
        keep = []
        for e in out:
            parts = [o for o in body if o is not e and e.sentence_index == first and self._summed_up(e, o)]
            if parts:
                toll = parts[0].fatalities
                self._absorb(parts[0], e, keep_place=True)
                if toll is not None or any(o.sentence == parts[0].sentence for o in parts[1:]):
                    parts[0].fatalities = toll  # ("stormed the villages of Tsage, Kalhu and Gangara": the lead's
                    # toll is of all three)
                continue
            keep.append(e)
        out = keep
        keep = []
        for e in out:
            inner = [o for o in out if o is not e and self._contains(e, o)]
            if inner:
                self._absorb(inner[0], e, keep_place=True)
                continue
            keep.append(e)
        # "Missile strikes on a major Syrian military airport ..." and, below, "Israeli F-15 warplanes had fired
        # missiles": missiles fired by crewed aircraft make an air strike
        if any(e.event_type == "drone_strike" for e in keep) and rx.search(
                r"\b(?:warplanes?|fighter\s+jets?|jets|aircraft|(?:F|Su|MiG)-\d+s?)\s+(?:[\w'’-]+\s+){0,3}?(?:fired|launched)\s+"
                r"(?:[\w-]+\s+){0,3}?missiles\b", self.text, re.IGNORECASE):
            for e in keep:
                sent = self.text[e.sentence[0]:e.sentence[1]]
                if e.event_type == "drone_strike" and rx.search(r"missile", sent, re.IGNORECASE) \
                        and not rx.search(r"\b(?:drones?|UAVs?|unmanned|ships?|warships?|submarines?|launchers?|ballistic|"
                                          r"cruise)\b", sent, re.IGNORECASE):
                    e.event_type = "air_strike"
        # "LEH, India (AP) — Police in India's Himalayan region of Ladakh on Friday detained ...": a lead placed at the
        # province of the dateline's own town is at the town
        dl = self._dateline
        if dl is not None and dl.place.feature == "city" and dl.place.admin1:
            for e in keep:
                p = e.place.place if e.place else None
                if p is not None and p.feature == "region" and (e.sentence[0] <= dl.start < e.sentence[1] or 0 <= e.sentence[0] - dl.end <= 40) \
                        and p.country == dl.place.country and normalise(p.name) == normalise(dl.place.admin1):
                    e.place, e.place_span = dl, (dl.start, dl.end)
        return keep

    @staticmethod
    def _place_key(e: _Event) -> str:
        if e.place is None:
            return ""
        if e.place.place is not None and not e.place.place.gazetteer_id.startswith("near:"):
            return e.place.place.gazetteer_id
        return normalise(e.place.lookup)

    def _same_place(self, a: _Event, b: _Event) -> bool:
        if self._place_key(a) == self._place_key(b):
            return True
        pa, pb = a.place.place if a.place else None, b.place.place if b.place else None
        if any(p is not None and p.gazetteer_id.startswith("near:") for p in (pa, pb)):
            return False  # placed at a neighbour for want of coordinates: only the same name is the same place
        if pa is not None and pb is not None:
            if pa.country and pb.country and pa.country != pb.country:
                return False  # towns facing each other across a border are two places
            km = haversine_km(pa.lat, pa.lon, pb.lat, pb.lon)
            return km < 3
        return False

    def _heading(self, e: _Event) -> bool:
        """True for an event told in a heading inside the body ("Suicide bomber rams check post in Bannu")."""
        line = self.text[e.sentence[0]:e.sentence[1]].strip()
        return bool(line) and "\n" not in line and not rx.search(r"[.!?\"”']$", line) and len(line.split()) <= 14

    def _sequence_start(self, e: _Event) -> bool:
        """True when the event's sentence opens by following on from another incident ("Shortly afterwards, a car
        bomb ..."), unless that incident is named at another place ("Shortly after the Kabul blast, a bomb ... in
        Mazar-i-Sharif" may be the Mazar-i-Sharif bombing the lead told)."""
        m = _SEQUENCE_START.match(self.text, e.sentence[0])
        if m is None:
            return False
        named = [x for x in self._mention_list if m.start() <= x.start < m.end() and x.place is not None]
        return not any(e.place is None or x.place.gazetteer_id != e.place.place.gazetteer_id
                       for x in named if e.place is not None and e.place.place is not None)

    def _same_incident(self, a: _Event, b: _Event) -> bool:
        if not self._same_place(a, b):
            return False
        if (a.companion or b.companion) and a.event_type != b.event_type and a.sentence == b.sentence:
            return False
        later = max(a, b, key=lambda e: e.sentence_index)
        if a.sentence != b.sentence and later.para_index > 0 and self._sequence_start(later):
            return False  # "Shortly afterwards, a car bomb exploded ...": a further incident, however close
        fam_ok = a.family == b.family or (a.generic == 1 or b.generic == 1) and "arrest" not in (
            a.event_type, b.event_type) or (
            # "militants stormed a hotel ... A suicide bomber drove a car into the gate": one assault (but
            # an arrest or a protest is never part of a raid told elsewhere)
            (a.generic == 2 or b.generic == 2) and (not a.explicit_date or not b.explicit_date)
            and not {a.event_type, b.event_type} & {"arrest", "protest"} and "strikes" not in (a.family, b.family))
        if not fam_ok:
            return False
        prot = next((e for e in (a, b) if e.event_type == "protest"), None)
        if prot is not None and a.event_type != b.event_type and a.sentence != b.sentence:
            other = b if prot is a else a
            if prot.sentence_index > other.sentence_index and prot.generic != 1 \
                    and self._sentence_toll(self.text[prot.sentence[0]:prot.sentence[1]]) == 0:
                return False  # "gunmen killed three polio workers ... Health workers protested in Karachi in the
                # evening": a protest told after a killing is the reaction to it, another incident
            if other.sentence_index > prot.sentence_index and other.para_index > prot.para_index > 0 \
                    and not rx.search(r"\b(?:protest|protests|protesters|protestors|demonstrat\w*|rally|rallies|marchers|"
                                      r"crowds?|mob)\b", self.text[other.sentence[0]:other.sentence[1]], re.IGNORECASE):
                return False  # "residents of Taldou held a demonstration." ... (next paragraph) "armed men entered
                # houses on the edge of Taldou and killed entire families": no crowd, another incident
        if a.family == "strikes" and a.event_type != b.event_type and a.generic != 1 and b.generic != 1:
            return False  # an air strike and shelling the same day are two incidents
        abd = next((e for e in (a, b) if e.event_type == "abduction"), None)
        if abd is not None and a.sentence != b.sentence and a.event_type != b.event_type and not a.generic \
                and not b.generic:
            return False  # "Seven soldiers were killed and 40 were taken prisoner" after "the fighting broke out": the
            # captives taken are a row of their own beside the fight, each told with its own act
        if abd is not None and a.sentence != b.sentence:
            kill = b if abd is a else a
            if kill.event_type in ("attack_on_civilians", "assassination") and kill.fatalities and rx.search(
                    r"\b(?:hostages?|captives?|abductees|abducted|kidnapped|kidnap\s+victims)\b",
                    self.text[kill.sentence[0]:kill.sentence[1]], re.IGNORECASE):
                return False  # "stopped the buses ..." and "the insurgents shot dead at least 10 of the hostages": the
                # killing of the captives is an incident of its own
        if (a.para_index == 0) != (b.para_index == 0):
            return self._title_covers(a, b)
        for c, d in ((a, b), (b, a)):
            if c.event_type == "military_offensive" and c.precision == "year" and d.explicit_date \
                    and d.date is not None and d.date.anchor_days is None and d.precision in ("day", "week", "month"):
                return False  # "the Battle of X (2017)" and "the assault on X on 6 June": a stage of the campaign
        if a.event_type == "military_offensive" and b.event_type == "military_offensive":
            # a campaign is one incident however often it is mentioned, unless each report dates a
            # different stage of it precisely ("began isolating X in November" / "the assault on X on 6 June")
            if not (a.explicit_date and b.explicit_date):
                return True
            if (a.precision == "year") != (b.precision == "year"):
                return False  # the campaign of a year and a dated stage of it
            return abs((a.event_date - b.event_date).days) <= 31
        for u, x in ((a, b), (b, a)):
            if not u.explicit_date and x.explicit_date and 0 < u.para_index < x.para_index and not self._heading(u) \
                    and u.event_date is not None and x.event_date is not None \
                    and abs((u.event_date - x.event_date).days) > _DATE_WINDOW.get(x.precision, 366) \
                    and rx.search(r"\b(?:a|an|another)\s+(?:[\w-]+\s+){0,3}$",
                                  self.text[max(x.sentence[0], x.trigger.start - 40):x.trigger.start], re.IGNORECASE) \
                    and not rx.match(r"\s*(?:The|This|That|These|Those)\s+(?:[\w-]+\s+){0,2}(?:attacks?|assault|blasts?|bombings?|"
                                     r"explosions?|raids?|strikes?|killings?|violence|fighting)\b", self.text[x.sentence[0]:x.sentence[1]]):
                return False  # "NAJAF, Aug 29 - A car bomb exploded outside the shrine ... On Sunday, a bomb
                # exploded outside the home of ...": an earlier incident told anew, not the lead's
        for u, x in ((a, b), (b, a)):
            if not u.explicit_date and x.explicit_date and u.sentence_index < x.sentence_index \
                    and x.precision in ("month", "year") and x.para_index > 0 and u.event_date is not None \
                    and x.event_date is not None and (u.event_date - x.event_date).days > _DATE_WINDOW[x.precision] \
                    and not x.definite:
                return False  # "In a separate incident on the outskirts of Hangu, gunmen opened fire" ... "Hangu saw
                # clashes ... in 2001": a past incident told after the day's, not the day's
        if not a.explicit_date or not b.explicit_date:
            return True
        if later is not min(a, b, key=lambda e: e.sentence_index) and self._named_reference(later):
            return True  # "... rammed a convoy in Kandahar on Sunday" ... "had carried out the Kandahar attack but had
            # no information about Monday's blast": the incident told already, whatever date its sentence names
        for u, x in ((a, b), (b, a)):
            if u.precision == "year" and x.precision != "year" and self._heading(u) and u.family == x.family \
                    and u.event_date is not None and x.event_date is not None and u.event_date.year == x.event_date.year:
                return True  # "== 2013 Patna bombings ==" over "On 27 October 2013, bombs exploded ... in Patna"
            if u.precision == "year" and x.precision != "year" and u.sentence == x.sentence and u.family == x.family \
                    and u.event_date is not None and x.event_date is not None and u.event_date.year == x.event_date.year:
                return True  # "The 2009 Maiduguri prison raid was an attack ... on 14 November 2009": the year names
                # the incident the sentence dates to its day
        return a.event_date == b.event_date

    def _named_reference(self, e: _Event) -> bool:
        """True for an incident named by its place, with the definite article: "the Kandahar attack"."""
        if e.place_span is None or e.trigger.pos != "noun" or not 0 <= e.trigger.start - e.place_span[1] <= 1:
            return False
        before = self.text[max(0, e.place_span[0] - 20):e.place_span[0]]
        return bool(rx.search(r"\b(?:the|this|that|last\s+\w+['’]s)\s+$", before, re.IGNORECASE))

    def _unnamed_at(self, e: _Event) -> str:
        """How an event's place locates an unnamed one: "bearing" ("in a town south of Kirkuk"), "within" ("on a
        village in Yobe state"), else ""."""
        if e.place_span is None:
            return ""
        a = e.place_span[0]
        if _BEARING_BEFORE.search(self.text, max(0, a - 120), a):
            return "bearing"
        if rx.search(r"\b(?:a|an)\s+(?:[\w-]+\s+)?(?:village|town|hamlet|settlement)\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?$",
                     self.text[max(0, a - 80):a], re.IGNORECASE):
            return "within"
        return ""

    @staticmethod
    def _title_covers(a: _Event, b: _Event) -> bool:
        """A headline summarises the story: its incident is the body's if the dates agree at the
        headline's precision."""
        title, body = (a, b) if a.para_index == 0 else (b, a)
        if title.event_date is None or body.event_date is None:
            return True
        if not title.explicit_date:
            return abs((title.event_date - body.event_date).days) <= 7  # the headline is news
        window = _DATE_WINDOW.get(title.precision, 1)
        if title.precision == "year":
            return title.event_date.year == body.event_date.year
        return abs((title.event_date - body.event_date).days) <= window

    def _absorb(self, target: _Event, e: _Event, keep_place: bool = False) -> None:
        target.para_index = max(target.para_index, e.para_index)  # merged with the body: no longer a headline
        more_specific = (e.generic != 1 and target.generic == 1) or (
            (e.generic == 1) == (target.generic == 1) and e.specificity > target.specificity)
        if e.para_index == 0 and target.para_index > 0 and target.generic != 1 and e.family != target.family:
            more_specific = False  # "Twin bombs ... as Quetta, Karachi also hit" over "gunmen shot dead four policemen
            # in Karachi": the body says what happened there
        # "Gunmen shot dead ten members of a medical team" and "The team ... was ambushed": the victims one report
        # names make the attack one on civilians, unless the other names a force it was fought with
        civilian = None
        if {e.event_type, target.event_type} == {"attack_on_civilians", "armed_clash"}:
            clash = e if e.event_type == "armed_clash" else target
            t0, t1 = clash.trigger.start, clash.trigger.end
            # the object after an active verb; in the passive also the subject before it ("The team ... was ambushed")
            seen = self.text[t1:min(clash.sentence[1], t1 + 50)]
            if rx.search(r"\b(?:was|were|been|being)\s+(?:\w+\s+)?$", self.text[max(0, t0 - 25):t0]):
                seen = self.text[max(clash.sentence[0], t0 - 60):t0] + seen
            if not rx.match(r"(?:clash|gun\s*battle|gunfight|firefight|shoot-?out|exchange|fight|fought|battl|skirmish|"
                            r"encounter|returned)", clash.trigger.text, re.IGNORECASE) and not _SECURITY_TARGET.search(seen):
                civilian = "attack_on_civilians"
        if more_specific:
            target.event_type, target.specificity, target.generic = e.event_type, e.specificity, e.generic
            target.trigger, target.sentence, target.sentence_index = e.trigger, e.sentence, e.sentence_index
            if not keep_place:
                target.place, target.place_span = e.place, e.place_span
            if e.actor1 != "Unidentified" or target.actor1 == "Unidentified":
                target.actor1, target.actor1_span = e.actor1, e.actor1_span
            if e.actor2 is not None:
                target.actor2, target.actor2_span = e.actor2, e.actor2_span
        if civilian:
            target.event_type = civilian
        if target.event_type == "military_offensive" and e.explicit_date and target.explicit_date:
            # the campaign's start: a day within the month (the month within the year) the campaign is told at
            # refines it ("in February 2010" ... "began on 13 February 2010"); else the earlier date
            if e.event_date is not None and target.event_date is not None and (
                    _refines(e.event_date, e.precision, target.event_date, target.precision)
                    or e.event_date < target.event_date
                    and not _refines(target.event_date, target.precision, e.event_date, e.precision)):
                target.date, target.event_date, target.precision = e.date, e.event_date, e.precision
        elif e.explicit_date and (not target.explicit_date and not (
                e.para_index == 0 and target.date is None and _finer(target.precision, e.precision))
                                  or _finer(e.precision, target.precision)):
            # (a headline's year never coarsens the day a body's passage tells its incident at)
            target.date, target.event_date, target.precision = e.date, e.event_date, e.precision
        headline_only = e.para_index == 0 and target.fatalities is not None
        if e.fatalities is not None and target.fatalities is not None and \
                self._claimed_kills(e) != self._claimed_kills(target):
            # "killed five people, three of them children" and "the military ... saying it had killed 10
            # insurgents": the attacker's own count of fighters is a claim, not the toll
            target.fatalities = target.fatalities if self._claimed_kills(e) else e.fatalities
        elif e.fatalities is not None and (target.fatalities is None or e.fatalities > target.fatalities) \
                and not headline_only:
            target.fatalities = e.fatalities  # (a headline's round toll never overrides the body's)
        if target.actor1 == "Unidentified" and e.actor1 != "Unidentified":
            target.actor1, target.actor1_span = e.actor1, e.actor1_span
        if target.actor2 is None and e.actor2 is not None:
            target.actor2, target.actor2_span = e.actor2, e.actor2_span

    def _claimed_kills(self, e: _Event) -> bool:
        """True when the event's sentence gives its toll as a side's claim of fighters killed."""
        return bool(rx.search(r"\b(?:saying|said|says|claimed|claims|insisted|announced)\s+(?:that\s+)?(?:it|they|its|their|"
                              r"the\s+\w+)\b[^.;]{0,60}?\bkilled\s+(?:at\s+least\s+|some\s+|about\s+|more\s+than\s+)?"
                              r"[\w-]+\s+(?:[\w-]+\s+)?(?:insurgents|militants|fighters|terrorists|rebels|jihadists|gunmen|"
                              r"extremists)\b", self.text[e.sentence[0]:e.sentence[1]], re.IGNORECASE))

    def _summed_up(self, lead: _Event, part: _Event) -> bool:
        """True when ``part``, told below the lead, is the lead's incident at a town of the lead's province or
        district."""
        pl = lead.place.place if lead.place else None
        pp = part.place.place if part.place else None
        if pl is None or pp is None or pl.gazetteer_id.startswith("near:") or pl.country != pp.country \
                or pl.feature not in ("region", "district") or part.sentence_index <= lead.sentence_index \
                or _FEATURE_PRECISION.get(pp.feature, 1) >= _FEATURE_PRECISION.get(pl.feature, 1):
            return False
        if (lead.event_type == "military_offensive") != (part.event_type == "military_offensive"):
            return False
        if not (lead.family == part.family or lead.generic == 1 or part.generic == 1) or (
                lead.family == "strikes" and lead.event_type != part.event_type
                and lead.generic != 1 and part.generic != 1):
            return False
        if lead.fatalities is not None and part.fatalities is not None and part.fatalities > lead.fatalities \
                and lead.fatalities != 1:
            return False  # (but "Al Qaeda's second-in-command ... was killed in a U.S. drone strike" names one of them)
        if lead.explicit_date and part.explicit_date and (
                lead.event_date is None or part.event_date is None or part.precision not in ("day", "week")
                or abs((lead.event_date - part.event_date).days) > 2):
            return False
        if pl.feature == "region":
            return _in_region(pl, pp)
        return haversine_km(pl.lat, pl.lon, pp.lat, pp.lon) < 40

    def _contains(self, big: _Event, small: _Event) -> bool:
        pb = big.place.place if big.place else None
        ps = small.place.place if small.place else None
        later = max(big, small, key=lambda e: e.sentence_index)
        if big.sentence != small.sentence and later.para_index > 0 and self._sequence_start(later):
            return False  # "Also on Wednesday, gunmen shot dead ... in Mogadishu": not the Karaan fighting told before
        if pb is None or ps is None or pb.gazetteer_id.startswith("near:") or pb.country != ps.country:
            return False
        if big.place_span is not None and small.place_span is not None and not self._unnamed_at(small) \
                and 0 < small.sentence_index - big.sentence_index <= 3 \
                and big.family == small.family and (big.event_date == small.event_date or not small.explicit_date
                                                    or not big.explicit_date) \
                and haversine_km(pb.lat, pb.lon, ps.lat, ps.lon) < {"bearing": 60, "within": 350}.get(
                    self._unnamed_at(big), 0):
            return True  # "blew up ... in a town south of Kirkuk" and "The blast in Taza", "an attack on a village in
            # Yobe state" and "stormed Mafa village": the place named below
        if (big.event_type == "military_offensive") != (small.event_type == "military_offensive"):
            return False  # an operation across a province and a massacre in one of its villages: two events
        if big.fatalities is not None and small.fatalities is not None and big.fatalities != small.fatalities \
                and big.para_index > 0 and small.para_index > 0 and big.sentence_index != small.sentence_index:
            return False  # "At least 81 killed ... in Quetta" and "a bomb near a square in Quetta, killing 11": two incidents
        earlier = min(big, small, key=lambda e: e.sentence_index)
        if later.explicit_date and not earlier.explicit_date and later.para_index > earlier.para_index > 1 \
                and not self._heading(earlier) \
                and later.event_date is not None and earlier.event_date is not None \
                and abs((later.event_date - earlier.event_date).days) > _DATE_WINDOW.get(later.precision, 366):
            return False  # "killing a labourer at Magraypora in the Chadoora area ... Last month, militants shot dead
            # a clerk at Chadoora": a later passage dated elsewhere in time tells another incident
        if ps.gazetteer_id == f"near:{pb.gazetteer_id}":
            # "Tayaran Square" in Baghdad, "the Hodan district" of Mogadishu: the finer place wins
            same_kind = big.event_type == small.event_type or big.generic == 1 or small.generic == 1 or (
                big.family == small.family and big.family != "strikes")
            return same_kind and (
                big.event_date == small.event_date or not big.explicit_date or not small.explicit_date)
        if big.borrowed and pb.feature == "city" and big.family == small.family and (
                big.event_date == small.event_date or not big.explicit_date or not small.explicit_date) \
                and haversine_km(pb.lat, pb.lon, ps.lat, ps.lon) < 15 and ps.feature in ("city", "other", "district") \
                and ps.gazetteer_id != pb.gazetteer_id:
            return True  # the dateline's city and a quarter of it named in the body: one incident, the quarter wins
        if big.borrowed and small.definite and (big.family == small.family or small.trigger.generic) \
                and 0 < small.sentence_index - big.sentence_index <= 2 \
                and (big.event_date == small.event_date or not big.explicit_date or not small.explicit_date) \
                and haversine_km(pb.lat, pb.lon, ps.lat, ps.lon) < 300:
            return True  # "JALALABAD - Explosions inside a mosque ... The blasts struck the mosque in Jawdara": the lead
            # was placed at the dateline for want of a place, and the definite report below names it
        if pb.feature not in ("region", "district"):
            return False
        if _FEATURE_PRECISION.get(ps.feature, 1) >= _FEATURE_PRECISION.get(pb.feature, 1):
            return False
        if not (big.family == small.family or big.generic == 1 or small.generic == 1):
            return False
        if big.family == "strikes" and big.event_type != small.event_type and big.generic != 1 and small.generic != 1:
            return False
        if big.event_date != small.event_date and big.explicit_date and small.explicit_date:
            return False
        if pb.feature == "region":
            return _in_region(pb, ps)
        return haversine_km(pb.lat, pb.lon, ps.lat, ps.lon) < 30 and (pb.admin1 is None or ps.admin1 is None
                                                          or normalise(pb.admin1) == normalise(ps.admin1))

    # ------------------------------------------------------------------ output
    def rows(self, events: list[_Event]) -> list[dict]:
        rows = []
        for e in events:
            p = e.place.place if e.place else None
            s0, s1 = e.sentence
            row = {
                "event_date": e.event_date,
                "date_precision": e.precision if e.event_date is not None else None,
                "event_type": e.event_type,
                "actor1": e.actor1,
                "actor2": e.actor2,
                "place": e.place.text if e.place else None,
                "country": p.country if p else None,
                "admin1": p.admin1 if p else None,
                "lat": p.lat if p else None,
                "lon": p.lon if p else None,
                "geo_precision": (p.geo_precision if p and p.geo_precision else
                                  _FEATURE_PRECISION.get(p.feature, 1) if p else None),
                "fatalities": e.fatalities,
                "sentence": self.text[s0:s1],
                "feature": p.feature if p else None,
                "gazetteer_id": p.gazetteer_id if p else None,
                "sentence_start": s0, "sentence_end": s1,
                "trigger_start": e.trigger.start, "trigger_end": e.trigger.end,
                "actor1_start": e.actor1_span[0] if e.actor1_span else None,
                "actor1_end": e.actor1_span[1] if e.actor1_span else None,
                "actor2_start": e.actor2_span[0] if e.actor2_span else None,
                "actor2_end": e.actor2_span[1] if e.actor2_span else None,
                "place_start": e.place_span[0] if e.place_span else None,
                "place_end": e.place_span[1] if e.place_span else None,
                "date_start": e.date.start if e.date else None,
                "date_end": e.date.end if e.date else None,
            }
            rows.append(row)
        rows.sort(key=lambda r: (r["sentence_start"], r["place_start"] or 0))
        return rows


def _in_region(region: Place, place: Place) -> bool:
    """True when ``place`` lies in the province ``region``: its province is the region's (or names it),
    or, where either has no province of record, it lies within 150 km."""
    if place.admin1 is None or region.gazetteer_id.startswith("alias:"):
        return haversine_km(region.lat, region.lon, place.lat, place.lon) < 150
    names = {normalise(region.name)} | ({normalise(region.admin1)} if region.admin1 else set())
    return normalise(place.admin1) in names or any(
        n and (n in normalise(place.admin1) or normalise(place.admin1) in n) for n in names)


def _within_period(day: date, precision: str, start: date, period: str) -> bool:
    """True when a date of ``precision`` is finer than, and inside, the ``period`` (month or year) starting
    at ``start``."""
    order = {"day": 0, "week": 1, "month": 2, "year": 3}
    if order.get(precision, 3) >= order.get(period, 0):
        return False
    return day.year == start.year and (period == "year" or day.month == start.month)


def _is_heading(line: str) -> bool:
    """A section heading (set apart between two paragraphs): one short line without a sentence's final
    punctuation ("Background", "Attacks")."""
    line = line.strip()
    return bool(line) and "\n" not in line and len(line.split()) <= 6 and not rx.search(r"[.!?:;,\"”'’)]$", line)


#: After a date without its year: the year the text last stated ("In October that year", "on 5 May of the same year").
_THAT_YEAR = re.compile(r"\s*,?\s*(?:of\s+)?(?:that|the\s+same)\s+year\b", re.IGNORECASE)


def _within(items: list, starts: list[int], s0: int, s1: int) -> list:
    """The items (sorted by start) that lie inside ``[s0, s1)``."""
    lo = bisect.bisect_left(starts, s0)
    hi = bisect.bisect_left(starts, s1)
    return [x for x in items[lo:hi] if x.end <= s1 or not hasattr(x, "event_type")]


_DAY_WORD = re.compile(r"\b(?:yesterday|today|tonight|overnight|night|morning|afternoon|evening)\b", re.IGNORECASE)


def _publication_relative(d: DateMention) -> bool:
    """A day or week told only relative to the report ("yesterday", "overnight", "on Friday", "last week")."""
    return (d.precision in ("day", "week") and d.value is not None and d.anchor_days is None and not d.future
            and not rx.search(r"\d", d.text) and not any(w in MONTHS for w in _words(d.text)))


def _words(text: str) -> list[str]:
    return rx.findall(r"[a-z]+", text.lower())


def _framed_weekdays(text: str, s0: int, dates: list[DateMention]) -> list[DateMention]:
    """"In May last year, a suicide bomber killed 20 worshippers ... during Friday prayers": a sentence
    framed by a past month or year tells of a weekday inside it, not of the last such day before the
    report. The bare weekday, read against the publication date, is dropped."""
    frame = next((d for d in dates if d.precision in ("month", "year") and d.value is not None
                  and not d.future and not d.aggregate and d.anchor_days is None
                  and rx.fullmatch(r"\W*(?:(?:in|during|early|late|by)\s+)?", text[s0:d.start], re.IGNORECASE)),
                 None)
    if frame is None:
        return dates
    return [d for d in dates if not (
        d.precision == "day" and d.value is not None and d.anchor_days is None
        and any(w in WEEKDAYS for w in _words(d.text))
        and not rx.search(r"\d", d.text) and not _refines(d.value, "day", frame.value, frame.precision))]


def _refines(fine: date, fine_precision: str, coarse: date, coarse_precision: str) -> bool:
    """True when ``fine`` is a more precise date inside the month or year ``coarse`` stands for."""
    if not _finer(fine_precision, coarse_precision):
        return False
    if coarse_precision == "month":
        return (fine.year, fine.month) == (coarse.year, coarse.month)
    if coarse_precision == "year":
        return fine.year == coarse.year
    return False


def _finer(a: str, b: str) -> bool:
    order = {"day": 0, "week": 1, "month": 2, "year": 3}
    return order.get(a, 9) < order.get(b, 9)


def extract_article(text: Any, published: Any, *, gazetteer: Gazetteer, geocoder: Any = None,
                    lexicon: Lexicon | None = None, learned_types: bool = True) -> Extraction:
    """Events and place mentions of one article. Never raises on bad input: it warns.
    With ``learned_types`` the learned type model (geo.typemodel) may overrule a rule's type."""
    warnings: list[str] = []
    text, text_warnings = clean_text(text)
    warnings.extend(text_warnings)
    if not text.strip():
        return Extraction([], [], warnings)
    if len(text) > MAX_CHARS:
        warnings.append(f"article is {len(text)} characters long; only the first {MAX_CHARS} were read")
        text = text[:MAX_CHARS]
    pub = _coerce_published(published, warnings)
    ex = _ArticleExtractor(text, pub, gazetteer, geocoder, lexicon or default_lexicon())
    events, mentions = ex.run()
    ex.refine_actors(events)
    merged = ex.merge(events)
    rows = ex.rows(merged)
    model = default_type_model() if learned_types and rows else None
    if model is not None:
        decided = decide_types(model, rows)
        # the model never makes two reports of one incident out of a raid and the arrests in it
        # ("killing four militants and arresting several others")
        kept = {(r["place"], r["event_date"], r["sentence"], r["event_type"])
                for r, t in zip(rows, decided) if t == r["event_type"]}
        for r, t in zip(rows, decided):
            if t == "attack_on_civilians" and r["event_type"] == "armed_clash" and r.get("trigger_end") is not None \
                    and _SECURITY_VICTIMS.match(r["sentence"] or "", r["trigger_end"] - r["sentence_start"]) \
                    and not rx.search(r"\b(?:civilians?|passers-?by|bystanders|players|worshipp\w+|children|women)\b",
                                      r["sentence"] or "", re.IGNORECASE):
                continue  # "Gunmen shot dead three soldiers in Quetta": an attack on security forces is a clash (CODING.md)
            if r["event_type"] == "assassination" and r.get("trigger_end") is not None \
                    and _ROLE_VICTIM.match(r["sentence"] or "", r["trigger_end"] - r["sentence_start"]):
                continue  # "Gunmen shot dead a senior judge": one person of standing killed, whatever the words around
            if r["event_type"] == "armed_clash" and t == "protest" and rx.search(
                    r"\barmed\s+with\s+(?:[\w-]+\s+)?(?:rifles|guns|assault\s+rifles|kalashnikovs|AK-47s|pistols|weapons)\b",
                    r["sentence"] or "", re.IGNORECASE):
                continue  # "students armed with rifles clashed with police": an armed clash, not a demonstration
            if t != r["event_type"] and (r["place"], r["event_date"], r["sentence"], t) not in kept:
                r["event_type"] = t
                kept.add((r["place"], r["event_date"], r["sentence"], t))
    if pub is None and any(r["event_date"] is None for r in rows):
        warnings.append("some events have no date because the article has no publication date")
    return Extraction(rows, [m.as_row() for m in mentions if not m.site], warnings)

"""The offline gazetteer: load ``data/gazetteer.parquet``, look names up, rank by context.

The file is written by :mod:`geo.gazetteer_build` (``python -m geo gazetteer build``). It holds
one row per place with a list column ``keys`` of normalised names; the first ``n_primary``
keys are the place's own names (official name, ASCII name, generic-suffix-stripped forms),
the rest are alternate names. Loading builds one dict ``key -> place rows`` and nothing else;
``Place`` objects are made on first use and kept, and the one-edit index behind
:meth:`Gazetteer.fuzzy_candidates` is built on the first fuzzy look-up.

Ranking (:meth:`Gazetteer.rank`) adds, per candidate, a prior and a context score:

* prior: by feature (country 9, region 5, district 4, other 4.5, city ``log10(pop)`` plus
  2 for a national capital, 1 for a province seat, 0.5 for a district seat), plus a little
  log-population (0.1 per decade) for admin areas, plus 1 for hand-curated aliases (they
  say what news means by a name), so a town beats the district named after it unless the
  text says "district"; minus 0.75 when the name is only an alternate name of the place
  (``rank(..., name=...)``); a province minus 1.5 when its seat (or the capital) of the same
  name is among the candidates ("Aleppo", "Daraa" are the cities unless "province" is said),
  and a district minus 2.5 when a town of the same name in the same province is (districts
  are named after their seats, and towns often lack a population figure),
* context: up to +4 for the candidate's country (weight relative to the strongest country of
  the article), up to +2.5 for its admin1, and for places already resolved in the
  article: up to +3 for nearness (``3 * exp(-km / 150)``) for towns, districts and other
  places; for regions and countries, whose label point says little, +1.5 when a resolved
  point lies in the same country and +2.5 more when it lies in that admin1 (the nearest town
  to the point tells).

So "Washington" alone is the US capital (capital bonus), "Georgia" alone is the country, and
country, admin1 or nearby points in the article decide Punjab (PK or IN), Hyderabad, Georgia.
"""

from __future__ import annotations

import csv
import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from geo import paths

__all__ = ["Place", "Context", "Gazetteer", "default_gazetteer", "normalise", "skeleton", "haversine_km", "DEMONYMS"]

DEMONYMS = paths.DATA / "demonyms.csv"

# Letters that NFKD does not split into base letter + mark.
_FOLD = str.maketrans({
    "ø": "o", "đ": "d", "ð": "d", "ł": "l", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th",
    "ħ": "h", "ŧ": "t", "ŀ": "l", "ĸ": "k", "ß": "ss", "ʻ": "", "ʼ": "", "ʽ": "", "ʿ": "",
    "ʾ": "", "'": "", "’": "", "‘": "", "`": "", "´": "", "′": "", ".": "", "·": "",
})
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―_/,;:()\[\]{}\"“”«»&+!?]+")


@lru_cache(maxsize=65536)
def normalise(name: str) -> str:
    """Return the look-up key of a name.

    Casefold, strip diacritics, drop dots and apostrophes of every kind, turn hyphens,
    dashes and other punctuation into spaces, collapse spaces: ``"U.S." -> "us"``,
    ``"Dera Ismā'īl Khān" -> "dera ismail khan"``, ``"Sar-e Pol" -> "sar e pol"``.
    """
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.translate(_FOLD)
    return _SEPARATORS.sub(" ", text).strip()


def skeleton(key: str) -> str:
    """A normalised name with the differences of transliteration taken out: no spaces, doubled
    letters single, "ou" and "o" as "u", a final "-eh" as "-ah", the Arabic article as it sounds
    ("deir ez zor", "deir el zour" and "deir ezzor" -> "deirazur",
    "bossaso" -> "busasu", "makhmour" -> "makhmur", "tuz khormato" -> "tuzkhurmatu")."""
    key = _ARTICLE.sub(_as_sounded, key)
    k = _DOUBLED.sub(r"\1", key.replace(" ", "").replace("ou", "u").replace("o", "u"))
    return k[:-2] + "ah" if k.endswith("eh") else k


_DOUBLED = re.compile(r"(.)\1+")
#: The Arabic article in its spellings ("al", "el", "ez", "ash", glued as in "ezzor") before a name
_ARTICLE = re.compile(r"(?<![a-z])(?:[ae](?:l|d|r|s|z|t|n|sh|th|dh)\s+([a-z])|e([b-df-hj-np-tv-z])\2)")


def _as_sounded(m: re.Match) -> str:
    """The article written as it sounds, its "l" taking the next letter: "el z" and "al z" -> "az z",
    "ezz" -> "azz"."""
    letter = m.group(1) or m.group(2)
    return f"a{letter} {letter}" if m.group(1) else f"a{letter}{letter}"


@dataclass(frozen=True, slots=True)
class Place:
    gazetteer_id: str     # "gn:1174872", "wof:85632229", "alias:waziristan", "cc:PK"
    name: str             # preferred name
    lat: float
    lon: float
    country: str          # ISO 3166-1 alpha-2
    admin1: str | None    # province / state name
    feature: str          # city | district | region | country | other
    population: int
    geo_precision: int    # 1 town/exact, 2 district, 3 province/region/country


@dataclass
class Context:
    """What the article says about where it is."""

    countries: dict[str, float] = field(default_factory=dict)           # ISO2 -> weight
    admin1: dict[tuple[str, str], float] = field(default_factory=dict)  # (ISO2, admin1) -> weight
    points: list[tuple[float, float]] = field(default_factory=list)     # resolved (lat, lon)


_FEATURE_PRIOR = {"country": 9.0, "region": 5.0, "district": 4.0, "other": 4.5}
_SEAT_BONUS = {"PPLC": 2.0, "PPLA": 1.0, "PPLA2": 0.5}
_ALIAS_BONUS = 1.0
_ALTERNATE_PENALTY = 0.75
_SEAT_OVER_REGION = 1.5
_TOWN_OVER_DISTRICT = 2.5


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


def adjacent_swap(a: str, b: str) -> bool:
    """True when b is a with two neighbouring letters swapped ("gawdar", "gwadar")."""
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return (len(diff) == 2 and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])


def _one_edit_apart(a: str, b: str) -> bool:
    """True when a and b differ by exactly one insertion, deletion, substitution or
    adjacent transposition."""
    if a == b:
        return False
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        return sum(x != y for x, y in zip(a, b)) == 1 or adjacent_swap(a, b)
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


class Gazetteer:
    """Look-ups over the compact gazetteer file. Immutable after load; safe to share."""

    max_name_tokens: int

    def __init__(self, columns: dict[str, list], index: dict[str, int | list[int]],
                 flat_keys: list[str], offsets: list[int],
                 demonyms: dict[str, tuple[str, str | None]]):
        self._cols = columns
        self._index = index              # key -> row, or list of rows
        self._flat = flat_keys           # every row's keys, own names first
        self._offsets = offsets          # row i's keys are _flat[_offsets[i]:_offsets[i + 1]]
        self._demonyms = demonyms
        self._places: list[Place | None] = [None] * len(columns["gazetteer_id"])
        self._prefixes: frozenset[tuple[str, ...]] | None = None
        self._fuzzy: dict[str, str | list[str]] | None = None
        self._skeletons: dict[str, list[str]] | None = None  # skeleton -> own names, with the fuzzy index
        self._short: frozenset[str] = frozenset()  # notable own names under six letters, with the fuzzy index
        self._by_id: dict[str, int] | None = None
        self._grid: dict[tuple[int, int], list[int]] | None = None
        self._nearest: dict[tuple[float, float, float], Place | None] = {}  # the reverse geocoder's answers
        self.max_name_tokens = max((k.count(" ") + 1 for k in index), default=1)

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, path: Path | str = paths.GAZETTEER, demonyms: Path | str = DEMONYMS) -> "Gazetteer":
        import pyarrow.parquet as pq

        path = Path(path)
        if not path.exists():
            raise FileNotFoundError(
                f"gazetteer file {path} is missing; build it with `python -m geo gazetteer build`")
        table = pq.ParquetFile(path).read()
        names = ["gazetteer_id", "name", "lat", "lon", "country", "admin1", "feature",
                 "population", "geo_precision", "is_capital", "notable", "fcode", "n_primary"]
        columns = {n: table.column(n).to_pylist() for n in names}
        keys_col = table.column("keys").combine_chunks()
        flat: list[str] = keys_col.values.to_pylist()
        offsets: list[int] = keys_col.offsets.to_pylist()
        index: dict[str, int | list[int]] = {}
        setdefault = index.setdefault
        for row in range(len(offsets) - 1):
            for key in flat[offsets[row]:offsets[row + 1]]:
                got = setdefault(key, row)
                if got != row:
                    if type(got) is int:
                        index[key] = [got, row]
                    elif got[-1] != row:
                        got.append(row)
        return cls(columns, index, flat, offsets, load_demonyms(Path(demonyms)))

    def __len__(self) -> int:
        return len(self._places)

    def _place(self, row: int) -> Place:
        place = self._places[row]
        if place is None:
            c = self._cols
            place = Place(c["gazetteer_id"][row], c["name"][row], c["lat"][row], c["lon"][row],
                          c["country"][row], c["admin1"][row], c["feature"][row],
                          int(c["population"][row]), int(c["geo_precision"][row]))
            self._places[row] = place
        return place

    def _row_of_id(self, gazetteer_id: str) -> int | None:
        if self._by_id is None:
            self._by_id = {gid: i for i, gid in enumerate(self._cols["gazetteer_id"])}
        return self._by_id.get(gazetteer_id)

    def _row_of(self, place: Place) -> int | None:
        return self._row_of_id(place.gazetteer_id)

    def own_name(self, place: Place, name: str) -> bool:
        """True when ``name`` is one of the place's own names (or their spellings), not only an alternate
        one ("Sui" is only another name of China's Suizhou)."""
        row = self._row_of(place)
        return row is None or self._key(name) in self._own_keys(row)

    def get(self, gazetteer_id: str) -> Place | None:
        """The place with this id, or None."""
        row = self._row_of_id(gazetteer_id)
        return None if row is None else self._place(row)

    # ------------------------------------------------------------------ look-ups
    def _key(self, name: str) -> str:
        """The index key of a name; an Arabic article the index does not know the name with is dropped
        ("al-Dhale" is "Dhale")."""
        key = normalise(name)
        if key not in self._index and key[:3] in ("al ", "el ") and len(key) > 6 and key[3:] in self._index:
            return key[3:]
        return key

    def candidates(self, name: str) -> list[Place]:
        """Places whose name or alternate name has the same normalised key."""
        rows = self._index.get(self._key(name))
        if rows is None:
            return []
        if type(rows) is int:
            return [self._place(rows)]
        return [self._place(r) for r in rows]

    def _rows(self, key: str) -> list[int]:
        rows = self._index.get(key)
        if rows is None:
            return []
        return [rows] if type(rows) is int else rows

    def _own_keys(self, row: int) -> list[str]:
        start = self._offsets[row]
        return self._flat[start:start + self._cols["n_primary"][row]]

    def _fuzzy_index(self) -> dict[str, str | list[str]]:
        """Each notable own name, and each form of it with one letter deleted, to the names it
        comes from: one name as a plain string, several as a list (most forms have one, and a
        string per entry builds in a third of the time)."""
        if self._fuzzy is None:
            index: dict[str, str | list[str]] = {}
            own: set[str] = set()
            short: set[str] = set()
            for row, notable in enumerate(self._cols["notable"]):
                if notable:
                    for k in self._own_keys(row):
                        (own if len(k) >= 6 else short).add(k)
            skeletons: dict[str, list[str]] = {}
            self._short = frozenset(short)
            get = index.get
            for key in sorted(own):
                for variant in [key[:i] + key[i + 1:] for i in range(len(key))] + [key]:
                    had = get(variant)
                    if had is None:
                        index[variant] = key
                    elif type(had) is str:
                        index[variant] = [had, key]
                    else:
                        had.append(key)
                skeletons.setdefault(skeleton(key), []).append(key)
            self._fuzzy = index
            self._skeletons = skeletons
        return self._fuzzy

    def fuzzy_candidates(self, name: str) -> list[Place]:
        """Notable places (countries, admin areas, cities with population) whose own name is
        one edit (insertion, deletion, substitution, adjacent transposition) from ``name``, for names of
        six letters or more, and also one edit from it with a consonant doubled, for names of eight letters
        or more; for names of four or five letters, only the name with a consonant doubled. Exact matches
        are not repeated here."""
        key = normalise(name)
        letters = len(key.replace(" ", ""))
        if letters < 4:
            return []
        index = self._fuzzy_index()
        notable = self._cols["notable"]
        # a doubled consonant written once ("Raqa" for Raqqa, "Sadiqbad" for Saddiqabad with a slip besides);
        # six- and seven-letter names do without it
        doubled = {key[:i + 1] + key[i:] for i in range(len(key)) if key[i].isalpha() and key[i] not in "aeiouy"
                   and (i == 0 or key[i - 1] != key[i]) and (i + 1 == len(key) or key[i + 1] != key[i])} \
            if letters < 6 or letters >= 8 else set()
        if letters < 6:
            return [self._place(r) for r in sorted({r for d in doubled if d in self._short
                                                    for r in self._rows(d) if notable[r] and d in self._own_keys(r)})]
        found: set[str] = set()
        for probe in [key, *doubled]:
            for variant in {probe, *(probe[:i] + probe[i + 1:] for i in range(len(probe)))}:
                hit = index.get(variant, ())
                for target in ((hit,) if type(hit) is str else hit):
                    if target not in found and target != key and _one_edit_apart(probe, target):
                        found.add(target)
        rows = {r for k in found for r in self._rows(k) if notable[r] and k in self._own_keys(r)}
        # spelling variants: spaces, doubled letters, "ou" for "u" ("Tal Afar" / "Talafar", "Bossaso",
        # "Makhmour", "Deir Ezzor")
        rows.update(r for k in (self._skeletons or {}).get(skeleton(key), ()) if k != key
                    for r in self._rows(k) if notable[r] and k in self._own_keys(r))
        single = _DOUBLED.sub(r"\1", key)
        if single != key and single in self._short:
            # "Jillib" for Jilib: a doubled letter that lengthens a shorter name
            rows.update(r for r in self._rows(single) if notable[r] and single in self._own_keys(r))
        return [self._place(r) for r in sorted(rows)]

    def skeleton_candidates(self, name: str) -> list[Place]:
        """Notable places whose own name differs from ``name`` only in spaces, doubled letters or "ou" for "u"
        ("Baramulla" for "Baramula", "Talafar" for "Tal Afar"): a spelling variant, not a slip."""
        key = normalise(name)
        if len(key.replace(" ", "")) < 6:
            return []
        self._fuzzy_index()
        notable = self._cols["notable"]
        rows = {r for k in (self._skeletons or {}).get(skeleton(key), ()) if k != key
                for r in self._rows(k) if notable[r] and k in self._own_keys(r)}
        return [self._place(r) for r in sorted(rows)]

    def one_edit_candidates(self, name: str) -> list[Place]:
        """Places of any size whose name is one edit (deletion, insertion, substitution, transposition,
        also of two letters apart) from ``name``; the caller narrows them to the article's countries."""
        key = normalise(name)
        letters = "abcdefghijklmnopqrstuvwxyz"
        variants = {key[:i] + key[i + 1:] for i in range(len(key))}
        variants |= {key[:i] + key[i + 1] + key[i] + key[i + 2:] for i in range(len(key) - 1)}
        variants |= {key[:i] + c + key[i:] for i in range(len(key) + 1) for c in letters}
        variants |= {key[:i] + c + key[i + 1:] for i in range(len(key)) for c in letters}
        # two letters swapped at a distance ("Mustang" for "Mastung")
        variants |= {key[:i] + key[j] + key[i + 1:j] + key[i] + key[j + 1:]
                     for i in range(len(key)) for j in range(i + 2, len(key))}
        variants.discard(key)
        rows = sorted({r for v in variants if v in self._index for r in self._rows(v)})
        return [self._place(r) for r in rows]

    def is_place_prefix(self, normalised_tokens: tuple[str, ...]) -> bool:
        """True if these normalised tokens start some name (or are one), for longest-match
        scanning: keep extending while this is true, then take the longest full match."""
        if self._prefixes is None:
            prefixes: set[tuple[str, ...]] = set()
            for key in self._index:
                tokens = tuple(key.split(" "))
                for n in range(1, len(tokens) + 1):
                    prefixes.add(tokens[:n])
            self._prefixes = frozenset(prefixes)
        tokens = tuple(normalised_tokens)
        return tokens in self._prefixes or (
            len(tokens) > 1 and tokens[0] in ("al", "el") and tokens[1:] in self._prefixes)  # ("al-Dhale")

    def is_capital(self, place: Place) -> bool:
        """True for a national capital (news lets it stand for the state: "Colombo said")."""
        row = self._row_of(place)
        return row is not None and bool(self._cols["is_capital"][row])

    def has_name(self, name: str, exact: bool = False) -> bool:
        """True if the normalised name is a key of some place (with ``exact``, as written, its article too)."""
        return (normalise(name) if exact else self._key(name)) in self._index

    def demonym(self, word: str) -> str | None:
        """ISO2 of a demonym or national adjective ("Pakistani" -> "PK"); None otherwise."""
        hit = self._demonyms.get(normalise(word))
        return hit[0] if hit else None

    def demonym_region(self, word: str) -> str | None:
        """The region a regional adjective points at ("Punjabi" -> "Punjab"), if any."""
        hit = self._demonyms.get(normalise(word))
        return hit[1] if hit else None

    # ------------------------------------------------------------------ ranking
    def prior(self, place: Place, *, alternate: bool = False) -> float:
        row = self._row_of(place)
        pop_term = math.log10(place.population + 1)
        if place.feature == "city":
            bonus = 0.0
            if row is not None:
                bonus = 2.0 if self._cols["is_capital"][row] else _SEAT_BONUS.get(self._cols["fcode"][row], 0.0)
            score = max(pop_term, 2.0) + bonus
        else:
            score = _FEATURE_PRIOR.get(place.feature, 4.5) + 0.1 * pop_term
        if place.gazetteer_id.startswith("alias:"):
            score += _ALIAS_BONUS
        return score - (_ALTERNATE_PENALTY if alternate else 0.0)

    def score(self, place: Place, context: Context | None, *, alternate: bool = False) -> float:
        score = self.prior(place, alternate=alternate)
        if context is None:
            return score
        if context.countries:
            top = max(context.countries.values())
            if top > 0:
                score += 4.0 * max(0.0, context.countries.get(place.country, 0.0)) / top
        if context.admin1 and place.admin1:
            top = max(context.admin1.values())
            w = context.admin1.get((place.country, place.admin1), 0.0)
            if top > 0 and w > 0:
                score += 2.5 * w / top
            elif place.feature == "region":
                w = context.admin1.get((place.country, place.name), 0.0)
                if top > 0 and w > 0:
                    score += 2.5 * w / top
        if context.points:
            if place.feature in ("region", "country"):
                # a label point says little about a big area: ask where the points are
                where = [self.nearest_city(lat, lon) for lat, lon in context.points]
                if any(w is not None and w.country == place.country for w in where):
                    score += 1.5
                    if place.feature == "region" and any(
                            w is not None and w.country == place.country and w.admin1 == place.name
                            for w in where):
                        score += 2.5
            else:
                km = min(haversine_km(place.lat, place.lon, lat, lon) for lat, lon in context.points)
                score += 3.0 * math.exp(-km / 150.0)
        return score

    def nearest_city(self, lat: float, lon: float, max_km: float = 100.0) -> Place | None:
        """The nearest city of 1,000+ people within ``max_km`` (a small reverse geocoder)."""
        if self._grid is None:
            grid: dict[tuple[int, int], list[int]] = {}
            c = self._cols
            for row, feature in enumerate(c["feature"]):
                if feature == "city" and c["population"][row] >= 1000:
                    grid.setdefault((int(math.floor(c["lat"][row])), int(math.floor(c["lon"][row]))),
                                    []).append(row)
            self._grid = grid
        key = (lat, lon, max_km)
        if key in self._nearest:
            return self._nearest[key]  # (an article's points are asked about once per candidate place)
        best, best_km = None, max_km
        cy, cx = int(math.floor(lat)), int(math.floor(lon))
        c = self._cols
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for row in self._grid.get((cy + dy, cx + dx), ()):
                    km = haversine_km(lat, lon, c["lat"][row], c["lon"][row])
                    if km < best_km:
                        best, best_km = row, km
        found = None if best is None else self._place(best)
        if len(self._nearest) > 100_000:
            self._nearest.clear()
        self._nearest[key] = found
        return found

    def rank(self, candidates: list[Place], context: Context | None = None, *,
             name: str | None = None) -> list[Place]:
        """Best first. With ``name``, places that carry it only as an alternate name lose a
        little, so the place really called that comes first."""
        if len(candidates) <= 1:
            return list(candidates)
        key = normalise(name) if name else None
        rows = [self._row_of(p) for p in candidates]
        fcode = self._cols["fcode"]
        # the seat of a province or the capital, named like it, is what a bare name means
        seats = {(p.country, p.admin1) for p, r in zip(candidates, rows)
                 if p.feature == "city" and r is not None and fcode[r] in ("PPLA", "PPLC")}
        towns = {(p.country, p.admin1) for p in candidates if p.feature == "city"}
        scored = []
        for i, (place, row) in enumerate(zip(candidates, rows)):
            alternate = key is not None and row is not None and key not in self._own_keys(row)
            score = self.score(place, context, alternate=alternate)
            if place.feature == "region" and (place.country, place.name) in seats:
                score -= _SEAT_OVER_REGION
            elif place.feature == "district" and (place.country, place.admin1) in towns:
                score -= _TOWN_OVER_DISTRICT
            scored.append((-score, i, place))
        scored.sort()
        return [p for _, _, p in scored]

    def resolve(self, name: str, context: Context | None = None, *,
                fuzzy: bool = False) -> Place | None:
        """The best place called ``name`` given the context, or None. With ``fuzzy``, fall back
        to one-edit matches of notable places when there is no exact match."""
        found = self.candidates(name)
        if not found and fuzzy:
            found = self.fuzzy_candidates(name)
        if not found:
            return None
        return self.rank(found, context, name=name)[0]


def load_demonyms(path: Path = DEMONYMS) -> dict[str, tuple[str, str | None]]:
    """Normalised demonym (and its plural) -> (ISO2, region or None)."""
    out: dict[str, tuple[str, str | None]] = {}
    if not path.exists():
        return out
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            word = (row.get("demonym") or "").strip()
            cc = (row.get("country") or "").strip().upper()
            if word and cc:
                hit = (cc, (row.get("region") or "").strip() or None)
                key = normalise(word)
                out[key] = hit
                if not key.endswith(_NO_PLURAL):        # "Afghans", "Pakistanis", "Kurds"
                    out.setdefault(key + "s", hit)
    return out


_NO_PLURAL = ("ese", "ish", "ch", "sh", "s", "x", "z", "y", "i's", "'s")


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The bundled gazetteer, loaded once per process."""
    return Gazetteer.load()

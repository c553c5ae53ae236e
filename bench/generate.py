"""Generate a realistic synthetic store (events.parquet + places.parquet) of any size.

    python -m bench.generate --events 1000000 --out bench/out/store_1m [--seed 7]

Events cluster around real towns of the gazetteer, weighted to conflict areas, jittered by
their geo_precision; actors and event types are heavy-tailed; ten years of dates with bursts
of activity; fatalities heavy-tailed with many nulls; a few percent of places unresolved.
The output has exactly the schema of ``geo.schema`` (written through ``events_frame`` /
``places_frame`` types). Deterministic for a given seed; vectorised, 1M events in seconds.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from bench.places import (COUNTRY_DEMONYMS, COUNTRY_NAMES, PlaceTable, load_places,
                          zipf_probabilities)
from geo import schema

START = np.datetime64("2015-01-01")
DAYS = 3653  # ten years, 2015-01-01 .. 2024-12-31

#: Event types in falling order of frequency, shaped like a conflict-event dataset.
TYPE_SHARE: dict[str, float] = {
    "armed_clash": 0.22, "protest": 0.19, "shelling": 0.12, "air_strike": 0.09,
    "attack_on_civilians": 0.09, "bombing": 0.07, "strategic_development": 0.05,
    "arrest": 0.04, "drone_strike": 0.035, "military_offensive": 0.03, "abduction": 0.025,
    "assassination": 0.015, "suicide_bombing": 0.01, "other": 0.01,
}

#: How an event of each type is told: (template, trigger word). Fields: {a1} {a2} {n} {place} {when}.
TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "bombing": [("A roadside bomb killed {n} people near {place} {when}, officials said.", "bomb"),
                ("{n} people died when an explosive device went off in {place} {when}.", "explosive"),
                ("A car bomb exploded at a market in {place} {when}, killing {n}.", "bomb")],
    "suicide_bombing": [("A suicide bomber blew himself up in {place} {when}, killing {n}.", "suicide"),
                        ("{a1} claimed a suicide attack on {a2} in {place} {when} that left {n} dead.", "suicide")],
    "drone_strike": [("A suspected drone strike hit a compound near {place} {when}, killing {n}.", "drone"),
                     ("Missiles fired from a drone killed {n} {a2} members in {place} {when}.", "drone")],
    "air_strike": [("{a1} aircraft bombed positions of {a2} near {place} {when}, killing {n}.", "bombed"),
                   ("Air strikes on {place} {when} killed {n} people, residents said.", "strikes")],
    "shelling": [("{a1} shelled {place} {when}, killing {n} civilians.", "shelled"),
                 ("Mortar rounds fired by {a1} landed in {place} {when}.", "mortar"),
                 ("Artillery fire hit residential areas of {place} {when}, killing {n}.", "artillery")],
    "armed_clash": [("{a1} clashed with {a2} in {place} {when}; {n} fighters were killed.", "clashed"),
                    ("Gunmen from {a1} attacked a {a2} checkpoint near {place} {when}, killing {n}.", "attacked"),
                    ("Fighting between {a1} and {a2} around {place} {when} left {n} dead.", "Fighting")],
    "attack_on_civilians": [("{a1} gunmen opened fire on villagers in {place} {when}, killing {n}.", "opened fire"),
                            ("{n} civilians were killed when {a1} raided {place} {when}.", "raided")],
    "assassination": [("A local official was shot dead by {a1} in {place} {when}.", "shot dead"),
                      ("{a1} assassinated a {a2} commander in {place} {when}.", "assassinated")],
    "abduction": [("{a1} abducted {n} aid workers near {place} {when}.", "abducted"),
                  ("Gunmen kidnapped {n} travellers on the road to {place} {when}.", "kidnapped")],
    "arrest": [("{a1} arrested {n} suspected {a2} members in {place} {when}.", "arrested"),
               ("Police detained {n} people in {place} {when} after a raid.", "detained")],
    "military_offensive": [("{a1} launched an offensive against {a2} around {place} {when}.", "offensive"),
                           ("Troops of {a1} advanced on {place} {when}, pushing back {a2}.", "advanced")],
    "protest": [("Thousands of protesters marched through {place} {when} against {a2}.", "protesters"),
                ("Demonstrators gathered in {place} {when} to demand the release of detainees.", "Demonstrators")],
    "strategic_development": [("{a1} took control of {place} {when} without a fight.", "took control"),
                              ("{a1} and {a2} agreed a local ceasefire in {place} {when}.", "ceasefire")],
    "other": [("A military helicopter crashed near {place} {when}, killing {n} crew.", "crashed"),
              ("{n} soldiers died when a munitions depot exploded in {place} {when}.", "exploded")],
}

WHEN = {"day": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday",
                "on Saturday", "on Sunday", "yesterday", "today", "early on Friday"],
        "week": ["last week", "last weekend", "earlier this week"],
        "month": ["this month", "earlier this month", "last month"],
        "year": ["last year", "earlier this year"]}

GENERIC_ACTORS = ["Unidentified gunmen", "Unidentified", "Security forces", "Police",
                  "Civilians", "Protesters", "Islamic State", "Militants", "Rebels",
                  "Soldiers", "Local militia", "Villagers", "Students", "Journalists"]

COUNTRY_ACTORS: dict[str, list[str]] = {
    "UA": ["Russian forces", "Ukrainian forces", "Wagner Group", "Russian air force"],
    "SY": ["Syrian army", "Hayat Tahrir al-Sham", "Syrian Democratic Forces", "Russian air force",
           "Turkish-backed forces"],
    "PK": ["Tehrik-i-Taliban Pakistan", "Pakistani military", "Pakistani police",
           "Lashkar-e-Jhangvi", "Baloch Liberation Army", "US military (suspected)"],
    "AF": ["Taliban", "Afghan National Army", "Islamic State Khorasan", "US military",
           "Afghan police"],
    "IQ": ["Islamic State", "Iraqi security forces", "Popular Mobilisation Forces",
           "Peshmerga", "US-led coalition"],
    "YE": ["Houthis", "Saudi-led coalition", "AQAP", "Southern Transitional Council",
           "Yemeni government forces"],
    "NG": ["Boko Haram", "ISWAP", "Nigerian army", "bandits", "Fulani militia"],
    "SO": ["al-Shabaab", "Somali National Army", "AMISOM", "US military", "clan militia"],
    "MM": ["Tatmadaw", "People's Defence Force", "Arakan Army", "Kachin Independence Army"],
    "SD": ["Rapid Support Forces", "Sudanese Armed Forces", "Janjaweed"],
    "CD": ["M23", "ADF", "FARDC", "CODECO", "Mai-Mai militia"],
    "IN": ["Maoist rebels", "Indian army", "CRPF", "Hizbul Mujahideen"],
    "ML": ["JNIM", "Malian army", "Islamic State Sahel", "Wagner Group"],
    "BF": ["JNIM", "Burkinabe army", "VDP militia"],
    "MX": ["Sinaloa Cartel", "CJNG", "Mexican army", "National Guard"],
}


def _choice(rng: np.random.Generator, n: int, p: np.ndarray) -> np.ndarray:
    """Indices drawn with probabilities ``p`` (inverse CDF; faster than rng.choice with p)."""
    cdf = np.cumsum(p)
    cdf /= cdf[-1]
    return np.minimum(np.searchsorted(cdf, rng.random(n), side="right"), len(p) - 1)


def _tail_actors(rng: np.random.Generator, count: int) -> np.ndarray:
    """A long tail of small, rarely named armed groups."""
    first = np.array(["Al-Nur", "Ansar", "Liwa", "Jaysh", "Kataib", "Harakat", "Jabhat",
                      "Union", "Front", "Movement", "Council", "Army", "Brigade", "Alliance"])
    second = np.array(["al-Haqq", "al-Sunna", "of the North", "of the Free", "al-Islam",
                       "for Justice", "of the Valley", "al-Fath", "Patriotic", "Popular",
                       "of the Hills", "al-Ahrar", "Revolutionary", "Democratic", "Tribal",
                       "of the River", "al-Furqan", "for Liberation", "National", "Unity"])
    third = np.array(["Brigade", "Front", "Militia", "Group", "Battalion", "Forces",
                      "Movement", "Army", "Coalition", "Defence Force"])
    combos = [f"{a} {b} {c}" for a in first for b in second for c in third]
    picked = rng.permutation(len(combos))[:count]
    out = [combos[i] for i in picked]
    return np.array(out, dtype=object)


def _actors(rng: np.random.Generator, countries: np.ndarray, *, role: str) -> np.ndarray:
    """Actor names: the country's own main actors, generic ones, and a heavy tail of small groups."""
    n = len(countries)
    out = np.empty(n, dtype=object)
    generic = np.array(GENERIC_ACTORS, dtype=object)
    # actor2 favours targets (civilians, police) over initiators.
    if role == "actor2":
        generic = np.array(["Civilians", "Security forces", "Police", "Soldiers", "Villagers",
                            *GENERIC_ACTORS], dtype=object)
    tail = _tail_actors(rng, 2000)
    source = rng.random(n)
    use_generic = source < 0.30
    use_tail = source >= 0.85
    out[use_generic] = generic[_choice(rng, int(use_generic.sum()), zipf_probabilities(len(generic)))]
    out[use_tail] = tail[_choice(rng, int(use_tail.sum()), zipf_probabilities(len(tail), 1.05))]
    own = ~(use_generic | use_tail)
    for cc, names in COUNTRY_ACTORS.items():
        sel = own & (countries == cc)
        if sel.any():
            arr = np.array(names, dtype=object)
            out[sel] = arr[_choice(rng, int(sel.sum()), zipf_probabilities(len(arr), 1.3))]
    rest = own & pd.isna(out)
    if rest.any():
        demonym = pd.Series(countries[rest]).map(COUNTRY_DEMONYMS)
        kind = np.array(["security forces", "military", "police"], dtype=object)
        pick = kind[_choice(rng, int(rest.sum()), np.array([0.5, 0.3, 0.2]))]
        base = np.where(demonym.isna(), "State", demonym.to_numpy(dtype=object))
        out[rest] = base + " " + pick
    return out


def _dates(rng: np.random.Generator, countries: np.ndarray) -> np.ndarray:
    """Days since START: a slowly varying base rate per country plus bursts of activity."""
    n = len(countries)
    # Base: mixture of a uniform decade and a rising trend (more reporting in later years).
    base = np.where(rng.random(n) < 0.5, rng.integers(0, DAYS, n),
                    (DAYS * np.sqrt(rng.random(n))).astype(int))
    days = base.astype(np.int64)
    burst = rng.random(n) < 0.35
    for cc in np.unique(countries):
        sel = burst & (countries == cc)
        k = int(sel.sum())
        if k == 0:
            continue
        bursts = max(1, min(12, k // 500 + 1))
        centres = rng.integers(0, DAYS, bursts)
        widths = rng.integers(3, 45, bursts)
        which = _choice(rng, k, zipf_probabilities(bursts, 0.8))
        offset = np.abs(rng.normal(0, 1, k)) * widths[which]
        days[sel] = np.clip(centres[which] + offset.astype(int), 0, DAYS - 1)
    return days


def _fatalities(rng: np.random.Generator, types: np.ndarray) -> np.ndarray:
    """Heavy-tailed stated deaths; null for about 45%, zero often, rarely hundreds."""
    n = len(types)
    values = np.floor(rng.pareto(1.2, n) * 2).astype(np.int64)
    values = np.minimum(values, 600)
    nonviolent = np.isin(types, ["protest", "arrest", "strategic_development"])
    values[nonviolent] = np.where(rng.random(int(nonviolent.sum())) < 0.9, 0,
                                  values[nonviolent] // 4)
    null = rng.random(n) < np.where(nonviolent, 0.7, 0.4)
    return np.ma.masked_array(values, mask=null)


def _schema_of(frame_fn, sample: pd.DataFrame) -> pa.Schema:
    """The arrow schema the product writes for a frame of these columns (types and pandas metadata)."""
    return pa.Schema.from_pandas(frame_fn(sample), preserve_index=False)


def generate(n_events: int, seed: int = 7, places: PlaceTable | None = None
             ) -> tuple[pa.Table, pa.Table]:
    """Build the events and places tables (arrow, product schema) for ``n_events`` events."""
    rng = np.random.default_rng(seed)
    towns = places if places is not None else load_places()
    town = _choice(rng, n_events, towns.weights())
    country = towns.country[town]

    precision = _choice(rng, n_events, np.array([0.62, 0.25, 0.13])) + 1
    # Province-level events sit at the centroid of the province's towns.
    admin_key = pd.Series(towns.country + "|" + towns.admin1)
    centre_lat = pd.Series(towns.lat).groupby(admin_key).transform("mean").to_numpy()
    centre_lon = pd.Series(towns.lon).groupby(admin_key).transform("mean").to_numpy()
    jitter = np.array([0.0, 0.01, 0.08, 0.3])[precision]
    lat = np.where(precision == 3, centre_lat[town], towns.lat[town]) + rng.normal(0, 1, n_events) * jitter
    lon = np.where(precision == 3, centre_lon[town], towns.lon[town]) + rng.normal(0, 1, n_events) * jitter
    lat = np.clip(lat, -89.9, 89.9)
    lon = (lon + 180.0) % 360.0 - 180.0
    unresolved = rng.random(n_events) < 0.03

    admin1 = towns.admin1[town]
    no_admin = admin1 == ""
    precision = np.where((precision == 3) & no_admin, 2, precision)
    place_name = np.where(precision == 3, admin1, towns.name[town])
    feature = np.array(["", "city", "district", "region"], dtype=object)[precision]
    gazetteer_id = towns.gazetteer_id[town].copy()
    gazetteer_id[precision == 3] = None
    admin1_out = np.where(no_admin, None, admin1)

    type_names = np.array(list(TYPE_SHARE), dtype=object)
    types = type_names[_choice(rng, n_events, np.array(list(TYPE_SHARE.values())))]
    actor1 = _actors(rng, country, role="actor1")
    actor2 = _actors(rng, country, role="actor2")
    actor2[rng.random(n_events) < 0.35] = None
    same = actor1 == actor2
    actor2[same] = None
    fatalities = _fatalities(rng, types)

    day = _dates(rng, country)
    date_precision = np.array(["day", "week", "month", "year"], dtype=object)[
        _choice(rng, n_events, np.array([0.76, 0.12, 0.08, 0.04]))]

    # Articles: events of one country close in time are reported together, 1-6 per article.
    order = np.lexsort((day, country))
    sizes = np.minimum(rng.geometric(0.45, n_events), 6)
    starts = np.cumsum(sizes)
    n_articles = int(np.searchsorted(starts, n_events, side="left")) + 1
    article_of_sorted = np.repeat(np.arange(n_articles), sizes[:n_articles])[:n_events]
    article = np.empty(n_events, dtype=np.int64)
    article[order] = article_of_sorted
    # Published: the latest event of the article plus a reporting lag.
    pub_day = pd.Series(day).groupby(article).transform("max").to_numpy()
    lag = np.minimum(rng.geometric(0.6, n_articles) - 1, 5)
    pub_day = np.minimum(pub_day + lag[article], DAYS + 5)
    event_dates = START + day.astype("timedelta64[D]")
    month_start = event_dates.astype("datetime64[M]").astype("datetime64[D]")
    year_start = event_dates.astype("datetime64[Y]").astype("datetime64[D]")
    event_dates = np.where(date_precision == "month", month_start,
                           np.where(date_precision == "year", year_start, event_dates))
    published = START + pub_day.astype("timedelta64[D]")

    sources = np.array(["Reuters", "Associated Press", "AFP", "BBC News", "Al Jazeera",
                        "Dawn", "The Express Tribune", "Premium Times", "Kyiv Independent",
                        "Garowe Online", "The Hindu", "Rudaw", "Enab Baladi",
                        "Radio Dabanga", "The Irrawaddy", "TOLOnews", "Xinhua",
                        "CBS News", "The Guardian", "Arab News", "Radio Okapi",
                        "Sahara Reporters", "Yemen Monitor", "El Universal"], dtype=object)
    domains = np.array([s.lower().replace(" ", "") + ".example" for s in sources], dtype=object)
    article_source = _choice(rng, n_articles, zipf_probabilities(len(sources), 1.0))
    src = article_source[article]

    # Sentences, titles and spans: one pass of string formatting (the only per-row Python).
    template_pick = rng.random(n_events)
    when_pick = rng.integers(0, 10, n_events)
    number_words = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    fat_values = fatalities.filled(-1)
    sentences = np.empty(n_events, dtype=object)
    spans = np.full((n_events, 10), -1, dtype=np.int64)
    sentence_start = rng.integers(0, 4000, n_events)
    for i in range(n_events):
        options = TEMPLATES[types[i]]
        tpl, trigger = options[int(template_pick[i] * len(options))]
        whens = WHEN[date_precision[i]]
        when = whens[when_pick[i] % len(whens)]
        f = fat_values[i]
        if f == 0:
            tpl = tpl.replace(", killing {n}", "").replace(" that left {n} dead", "")
        n_text = (number_words[f - 2] if 2 <= f <= 10 and i % 3 == 0 else
                  (f"at least {f}" if f > 10 else (str(f) if f >= 1 else "several")))
        a2 = actor2[i] or "government forces"
        text = tpl.format(a1=actor1[i], a2=a2, n=n_text, place=place_name[i], when=when)
        text = text[0].upper() + text[1:]
        sentences[i] = text
        s0 = sentence_start[i]
        row = spans[i]
        j = text.find(trigger)
        if j >= 0:
            row[0], row[1] = s0 + j, s0 + j + len(trigger)
        j = text.find(actor1[i]) if "{a1}" in tpl else -1
        if j >= 0:
            row[2], row[3] = s0 + j, s0 + j + len(actor1[i])
        if actor2[i] is not None and "{a2}" in tpl:
            j = text.find(a2)
            if j >= 0:
                row[4], row[5] = s0 + j, s0 + j + len(a2)
        j = text.find(place_name[i])
        row[6], row[7] = s0 + j, s0 + j + len(place_name[i])
        j = text.find(when)
        if j >= 0:
            row[8], row[9] = s0 + j, s0 + j + len(when)

    headline = {"bombing": "blast", "suicide_bombing": "suicide attack", "drone_strike": "drone strike",
                "air_strike": "air strikes", "shelling": "shelling", "armed_clash": "clashes",
                "attack_on_civilians": "attack on village", "assassination": "killing",
                "abduction": "kidnapping", "arrest": "arrests", "military_offensive": "offensive",
                "protest": "protests", "strategic_development": "takeover", "other": "crash"}
    first_of_article = order[np.unique(article_of_sorted, return_index=True)[1]]
    titles_by_article = np.empty(n_articles, dtype=object)
    for k in range(n_articles):
        i = first_of_article[k]
        f = fat_values[i]
        lead = f"{f} killed in " if f >= 2 else ""
        titles_by_article[k] = f"{lead}{place_name[i]} {headline[types[i]]}"
    article_ids = np.array([f"a{k:07d}" for k in range(n_articles)], dtype=object)
    urls_by_article = np.where(
        rng.random(n_articles) < 0.4, None,
        "https://" + domains[article_source] + "/news/" + article_ids)

    # Event ids: article id plus the event's rank within the article (stable for the same text).
    rank_sorted = np.arange(n_events) - np.searchsorted(article_of_sorted, article_of_sorted, side="left")
    rank = np.empty(n_events, dtype=np.int64)
    rank[order] = rank_sorted
    event_ids = article_ids[article] + "-" + rank.astype(str).astype(object)

    def span(col: int) -> pa.Array:
        values = spans[:, col]
        return pa.array(values, mask=values < 0, type=pa.int64())

    columns = {
        "event_id": pa.array(event_ids, type=pa.large_string()),
        "article_id": pa.array(article_ids[article], type=pa.large_string()),
        "event_date": pa.array(event_dates, type=pa.date32()),
        "date_precision": pa.array(date_precision, type=pa.large_string()),
        "event_type": pa.array(types, type=pa.large_string()),
        "actor1": pa.array(actor1, type=pa.large_string()),
        "actor2": pa.array(actor2, type=pa.large_string()),
        "place": pa.array(place_name, type=pa.large_string()),
        "country": pa.array(country, type=pa.large_string()),
        "admin1": pa.array(admin1_out, type=pa.large_string()),
        "lat": pa.array(lat, mask=unresolved, type=pa.float64()),
        "lon": pa.array(lon, mask=unresolved, type=pa.float64()),
        "geo_precision": pa.array(precision.astype(np.int64), type=pa.int64()),
        "fatalities": pa.array(fatalities.data, mask=np.ma.getmaskarray(fatalities), type=pa.int64()),
        "sentence": pa.array(sentences, type=pa.large_string()),
        "source": pa.array(sources[src], type=pa.large_string()),
        "title": pa.array(titles_by_article[article], type=pa.large_string()),
        "published": pa.array(published, type=pa.date32()),
        "feature": pa.array(feature, type=pa.large_string()),
        "gazetteer_id": pa.array(np.where(unresolved, None, gazetteer_id), type=pa.large_string()),
        "url": pa.array(urls_by_article[article], type=pa.large_string()),
        "sentence_start": pa.array(sentence_start, type=pa.int64()),
        "sentence_end": pa.array(sentence_start + np.fromiter((len(s) for s in sentences), np.int64, n_events),
                                 type=pa.int64()),
        "trigger_start": span(0), "trigger_end": span(1),
        "actor1_start": span(2), "actor1_end": span(3),
        "actor2_start": span(4), "actor2_end": span(5),
        "place_start": span(6), "place_end": span(7),
        "date_start": span(8), "date_end": span(9),
    }
    events = pa.table(columns)
    sample = events.slice(0, min(50, n_events)).to_pandas()
    events = events.cast(_schema_of(schema.events_frame, sample))

    # Place mentions: the event's place, plus for some articles the country named in passing
    # (resolved to the centroid of the country's towns).
    extra = (~unresolved) & (rng.random(n_events) < 0.3) & pd.Series(country).isin(list(COUNTRY_NAMES)).to_numpy()
    n_extra = int(extra.sum())
    cc = country[extra]
    country_name = pd.Series(cc).map(COUNTRY_NAMES).to_numpy(dtype=object)
    centroid = pd.DataFrame({"c": towns.country, "lat": towns.lat, "lon": towns.lon}).groupby("c").mean()
    extra_start = sentence_start[extra] + 400
    p_lat = np.concatenate([lat, centroid["lat"].reindex(cc).to_numpy()])
    p_lon = np.concatenate([lon, centroid["lon"].reindex(cc).to_numpy()])
    p_resolved = np.concatenate([~unresolved, np.ones(n_extra, dtype=bool)])
    p_missing = ~p_resolved | np.isnan(p_lat)
    places_table = pa.table({
        "article_id": pa.array(np.concatenate([article_ids[article], article_ids[article[extra]]]),
                               type=pa.large_string()),
        "mention": pa.array(np.concatenate([place_name, country_name]), type=pa.large_string()),
        "start": pa.array(np.concatenate([spans[:, 6], extra_start]), type=pa.int64()),
        "end": pa.array(np.concatenate([spans[:, 7], extra_start + np.fromiter(
            (len(s) for s in country_name), np.int64, n_extra)]), type=pa.int64()),
        "lat": pa.array(p_lat, mask=p_missing, type=pa.float64()),
        "lon": pa.array(p_lon, mask=p_missing, type=pa.float64()),
        "country": pa.array(np.concatenate([np.where(unresolved, None, country), cc]),
                            type=pa.large_string()),
        "feature": pa.array(np.concatenate([np.where(unresolved, None, feature),
                                            np.full(n_extra, "country", dtype=object)]),
                            type=pa.large_string()),
        "gazetteer_id": pa.array(np.concatenate([np.where(unresolved, None, gazetteer_id),
                                                 np.full(n_extra, None, dtype=object)]),
                                 type=pa.large_string()),
        "resolved": pa.array(p_resolved & ~np.isnan(p_lat), type=pa.bool_()),
    })
    psample = places_table.slice(0, min(50, places_table.num_rows)).to_pandas()
    places_table = places_table.cast(_schema_of(schema.places_frame, psample))
    return events, places_table


def write_store(n_events: int, out: Path, seed: int = 7, places: PlaceTable | None = None) -> dict:
    """Generate and write ``out/events.parquet`` and ``out/places.parquet``; return a summary."""
    t0 = time.perf_counter()
    events, mentions = generate(n_events, seed=seed, places=places)
    t1 = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    pq.write_table(events, out / "events.parquet", compression="zstd")
    pq.write_table(mentions, out / "places.parquet", compression="zstd")
    t2 = time.perf_counter()
    return {"events": events.num_rows, "places": mentions.num_rows,
            "articles": len(pa.compute.unique(events.column("article_id"))),
            "generate_s": t1 - t0, "write_s": t2 - t1,
            "bytes": (out / "events.parquet").stat().st_size + (out / "places.parquet").stat().st_size}


def parse_size(text: str) -> int:
    """'10k' -> 10000, '1m' -> 1000000, '2500' -> 2500."""
    t = text.strip().lower().replace("_", "")
    mult = 1
    if t.endswith("k"):
        mult, t = 1_000, t[:-1]
    elif t.endswith("m"):
        mult, t = 1_000_000, t[:-1]
    value = float(t) * mult
    if value < 1 or value != int(value):
        raise ValueError(f"bad size {text!r}: use a whole number such as 10000, 100k or 1m")
    return int(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.splitlines()[0])
    parser.add_argument("--events", required=True, help="number of events: 10000, 100k, 1m")
    parser.add_argument("--out", required=True, help="store folder to write")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    try:
        n = parse_size(args.events)
        summary = write_store(n, Path(args.out), seed=args.seed)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"{summary['events']:,} events, {summary['places']:,} place mentions, "
          f"{summary['articles']:,} articles -> {args.out} "
          f"({summary['bytes'] / 1e6:.1f} MB; generated in {summary['generate_s']:.1f} s, "
          f"written in {summary['write_s']:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

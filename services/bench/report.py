"""BENCHMARKS.md: machine, date, commands, figures, and which targets were met."""

from __future__ import annotations

import datetime as dt
import os
import platform
import statistics
from dataclasses import dataclass
from pathlib import Path

import spacy

from services.bench.offline import OfflineResult
from services.bench.phases import Latency, Streaming

RATIO_TARGET = 0.85  # enricher (1 worker) / bare spaCy
SCALING_TARGET = 1.7  # 2 workers / 1 worker
AGGREGATOR_TARGET = 1000  # incident sets/s with event grouping, one worker (issue 10)
P99_TARGET_S = 2.0
RSS_TARGET_MB = 700.0


@dataclass(frozen=True)
class RunInfo:
    """What was run, on what, with which inputs."""

    command: str
    source: str
    mean_chars: int
    model: str
    partitions: int
    sizes: dict[str, int]
    duration_s: float
    broker: str


def machine() -> str:
    """nproc, CPU model and memory of this machine."""
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown")
    mem_kb = next((int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal:")), 0)
    return f"{os.cpu_count()} CPU(s) ({cpu}), {mem_kb / 1024 / 1024:.1f} GiB RAM, {platform.platform()}"


def bare_reference(off: OfflineResult, st: Streaming) -> float:
    """Bare spaCy's rate: the median of the offline passes and the two around the 1-worker phase."""
    return statistics.median([*off.bare_rounds, *st.bare_around] or [off.bare_per_s])


def worker_totals(peaks: dict[str, float]) -> dict[str, float]:
    """Sum each worker's own peak and its children's ("enricher0", "enricher0/child1:python", ...): an upper bound."""
    totals: dict[str, float] = {}
    for name, mb in peaks.items():
        worker = name.split("/", 1)[0]
        totals[worker] = totals.get(worker, 0.0) + mb
    return totals


def verdict(ok: bool) -> str:
    """Met or missed."""
    return "met" if ok else "**missed**"


def _lat(lat: Latency | None) -> str:
    if lat is None:
        return "n/a"
    return f"p50 {lat.p50:.3f} s, p95 {lat.p95:.3f} s, p99 {lat.p99:.3f} s ({lat.observations} observations)"


def _aggregator(st: Streaming) -> str:
    text = f"**{st.per_s['aggregator-sets']:.0f}** incident sets/s, {st.per_s['aggregator-updates']:.0f} country updates/s"
    if st.aggregator is not None:
        sets = st.aggregator.sets
        text += (f"; {st.aggregator.counts_records} counts records for {sets} sets; aggregator CPU "
                 f"{1000 * st.aggregator_cpu_s / max(1, sets):.2f} ms per set")
    return text


def grouping_table(st: Streaming) -> str:
    """How the grouping's cost per incident set grows with the open events of the set's country."""
    if not st.grouping:
        return ""
    rows = "\n".join(f"| {r['open_events']:.0f} | {r['held_reports']:.0f} | {r['sets_per_s']:.0f} | {r['ms_per_set']:.2f} |"
                     for r in st.grouping)
    return f"""## Aggregator: cost by open events per country

The event book's work per incident set (parse the reports, regroup what they can change, keep the
country's event counts), in-process on one core, in one country already holding about 10, 100 or
1,000 open events (`services/bench/grouping.py`: each probe adds a new outlet's report of a held
incident, then retracts it). The streaming figure above is on a mixed stream of 15 countries with
about 40 open events each; the rest of a set's cost in the worker (Kafka, Faust, tables: the same
records consumed and produced per set) does not grow with the number of open events.

| open events | held reports | sets/s | ms per set |
|---|---|---|---|
{rows}

"""


def figures(off: OfflineResult, st: Streaming) -> list[tuple[str, str, str]]:
    """(figure, value, target verdict) rows."""
    one, two = st.per_s["capacity-1"], st.per_s["capacity-2"]
    bare = bare_reference(off, st)
    ratio, scaling = one / bare, two / one
    enricher_rss = worker_totals({k: v for k, v in st.peak_rss_mb.items() if k.startswith("enricher")})
    p99 = st.enriched.p99 if st.enriched else float("inf")
    counted_p99 = st.counted.p99 if st.counted and st.counted.observations else p99
    steady = st.rebalances.get("latency (steady state)", -1)
    return [
        ("bare spaCy `nlp.pipe` (in-process; median of every pass)", f"**{bare:.2f}** articles/s (passes: "
         + ", ".join(f"{r:.1f}" for r in (*off.bare_rounds, *st.bare_around)) + ")", ""),
        ("offline enrichment `enrich_records` (in-process)",
         f"{off.enrich_per_s:.2f} articles/s ({off.ratio:.2f} of bare)", "(information)"),
        ("enricher, 1 worker (streaming)", f"{one:.2f} articles/s = **{ratio:.2f}** of bare spaCy",
         f"≥ {RATIO_TARGET}: {verdict(ratio >= RATIO_TARGET)}"),
        ("enricher, 2 workers (streaming)", f"{two:.2f} articles/s = **{scaling:.2f}×** one worker",
         f"≥ {SCALING_TARGET}×: {verdict(scaling >= SCALING_TARGET)}"),
        ("aggregator (event grouping on; one worker, one process)", _aggregator(st),
         f"≥ {AGGREGATOR_TARGET} sets/s: {verdict(st.per_s['aggregator-sets'] >= AGGREGATOR_TARGET)}"),
        (f"latency publish → enriched at {st.latency_rate:.2f} articles/s", _lat(st.enriched),
         f"p99 ≤ {P99_TARGET_S} s: {verdict(p99 <= P99_TARGET_S)}"),
        (f"latency publish → counted at {st.latency_rate:.2f} articles/s (aggregator histogram, interpolated)",
         _lat(st.counted), f"p99 ≤ {P99_TARGET_S} s: {verdict(counted_p99 <= P99_TARGET_S)}"),
        ("peak RSS (VmHWM) per worker, with its child processes",
         "; ".join(f"{k} **{v:.0f} MiB**" for k, v in sorted(worker_totals(st.peak_rss_mb).items()))
         + " (" + ", ".join(f"{k} {v:.0f}" for k, v in sorted(st.peak_rss_mb.items())) + ")",
         f"enricher ≤ {RSS_TARGET_MB:.0f} MB: {verdict(all(v <= RSS_TARGET_MB for v in enricher_rss.values()))}"),
        ("consumer-group rebalances during measured phases",
         ", ".join(f"{k}: {v}" for k, v in st.rebalances.items()), f"0 in steady state: {verdict(steady == 0)}"),
    ]


def cpu_profile(st: Streaming) -> str:
    """Per capacity phase: CPU seconds of every process and the share of articles each enricher took."""
    out = []
    for label, phase in st.phases.items():
        cores = os.cpu_count() or 1
        busy = sum(phase.cpu_s.values())
        rows = "\n".join(f"| {name} | {secs:.1f} | {100 * secs / phase.wall_s:.0f} % |"
                         for name, secs in sorted(phase.cpu_s.items(), key=lambda kv: -kv[1]) if secs >= 0.05)
        taken = ", ".join(f"{k} {v}" for k, v in phase.consumed.items())
        out.append(f"""### {label}: {phase.per_s:.2f} articles/s over {phase.wall_s:.1f} s wall

Articles taken per worker: {taken}. CPU used by all listed processes: {busy:.1f} s of
{cores * phase.wall_s:.1f} s available ({100 * busy / (cores * phase.wall_s):.0f} % of {cores} cores).

| process | CPU s | of one core |
|---|---|---|
{rows}
""")
    return "\n".join(out)


def render(info: RunInfo, off: OfflineResult, st: Streaming) -> str:
    """The whole BENCHMARKS.md."""
    rows = "\n".join(f"| {a} | {b} | {c} |" for a, b, c in figures(off, st))
    sizes = ", ".join(f"{k} {v}" for k, v in info.sizes.items())
    starts = ", ".join(f"{k} {v:.1f} s" for k, v in st.start_s.items())
    return f"""# Benchmarks

Generated by `make bench` (`{info.command}`); re-run it to refresh this file. The NLP is still
being improved, so absolute numbers move; the ratios are the figures that matter.

- Date: {dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")}; whole run {info.duration_s:.0f} s
- Machine: {machine()} (shared with other work: expect noise of ±10-20 %)
- Python {platform.python_version()}, spaCy {spacy.__version__}, model `{info.model}`, {info.partitions} partitions per topic
- Broker: {info.broker}
- Texts: {info.source}, mean {info.mean_chars} characters (title + body), re-published under new ids
- Sizes: {sizes}
- Worker start (process start to /ready): {starts}

| figure | value | target |
|---|---|---|
{rows}

## Where the CPU goes (capacity phases)

`enricherN/childM` are the enricher's child processes (the spawned NLP process and
multiprocessing's resource tracker); the enricher process itself does Kafka I/O and JSON.

{cpu_profile(st)}
{grouping_table(st)}
## How each figure is measured

- **bare spaCy vs enrichment**: one process loads `spacy.load(model)` and the enrichment pipeline
  (`services.enricher.core.load_nlp`), then alternates `nlp.pipe` and `enrich_records` on the same
  texts (batch size as `ENRICH_BATCH_SIZE`), {off.rounds} rounds of {off.articles} articles; medians.
  Bare spaCy runs twice more, just before and just after the 1-worker phase (broker up, workers
  idle); its reference rate is the median of all its passes (the machine's speed drifts by ±10 %).
- **enricher throughput**: real `python -m services.enricher worker` processes; a backlog is published
  at once on fresh topics, round-robin over the partitions (an equal share per worker; hashing a few
  hundred keys skews a 2-worker split by ~10 %), and the rate is articles / (last
  `articles.enriched` CreateTime - first raw CreateTime). The 1-worker ratio divides it by bare
  spaCy's rate above. For 2 workers a second worker joins the same group first (its join
  rebalance is not part of the measured phase).
- **latency**: articles published at a fixed rate of half the 1-worker capacity. Publish → enriched is
  exact per article (raw vs enriched CreateTime); publish → counted is the aggregator's
  `news_publish_to_counted_seconds` histogram (delta over the phase), interpolated as Prometheus'
  `histogram_quantile` does (articles without incidents are never counted, so fewer observations).
- **aggregator**: synthetic incident sets shaped like real coverage (`services/bench/grouping.py`: 1-5
  outlets per incident over up to three days, a quarter without a place, revised tolls; one country
  each, 15 countries) published at once to `incidents`, through route (in batches, a batch's country
  updates packed one internal record per partition), the internal topic, count, the event grouping,
  both changelogs and the `events` topic; rate = sets (and country updates) /
  (CreateTime of the `incidents.by_country` record that completed the last country - first publish).
  A country is complete when its `articles` count includes every set of the phase that touches it
  (the aggregator publishes a country's counts once per batch of updates, not once per update).
- **peak RSS**: `VmHWM` from `/proc/<pid>/status` of each worker and of its descendants (the
  enricher's NLP runs in a spawned child process) at the end of the run; a worker's figure is the
  sum of its processes' peaks, an upper bound of its real peak.
- **rebalances**: assignments each worker received (`news_consumer_rebalances_total` on `/metrics`)
  during each measured phase; a missed heartbeat would show as a rebalance.
"""

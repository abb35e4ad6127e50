"""`make run`: broker (unless one is configured), both workers, the seeds, then the country table."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from services.aggregator.counts_view import current_counts, format_table
from services.common.broker import ensure_topics
from services.common.settings import Settings, get_settings
from services.ops.lag import group_lag, service_groups
from services.publisher.__main__ import publish

ROOT = Path(__file__).resolve().parents[2]
KAFKA_SCRIPT = ROOT / "deploy" / "kafka" / "kafka.sh"
LOG_DIR = ROOT / ".cache" / "run"
COUNTED_DEADLINE_S = 300.0  # model load plus group joins take ~20 s here; leave room for slow machines
POLL_S = 1.0
WORKER_STOP_GRACE_S = 30.0  # Faust commits and leaves the group on SIGTERM within a few seconds


def _kafka(command: str) -> int:
    return subprocess.call([str(KAFKA_SCRIPT), command], env={**os.environ, "PYTHON": sys.executable})


def start_workers(settings: Settings) -> list[subprocess.Popen[bytes]]:
    """Start the enricher and aggregator workers, each logging to .cache/run/<name>.log."""
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    procs = []
    for name in ("enricher", "aggregator"):
        log = open(LOG_DIR / f"{name}.log", "ab")
        # Own session: Ctrl-C reaches this runner only, which then stops the workers in order.
        procs.append(subprocess.Popen([sys.executable, "-m", f"services.{name}", "worker"], cwd=ROOT,
                                      stdout=log, stderr=subprocess.STDOUT, start_new_session=True))
        print(f"run: started {name} worker (pid {procs[-1].pid}, log {LOG_DIR / f'{name}.log'})")
    return procs


def stop_workers(procs: list[subprocess.Popen[bytes]]) -> None:
    """SIGTERM every worker, then SIGKILL what is still alive after the grace period. A second Ctrl-C (or a
    signal forwarded by a wrapper such as `timeout`) while stopping is ignored: it would abort the cleanup and
    leave the workers and the broker running."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    for proc in procs:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + WORKER_STOP_GRACE_S
    for proc in procs:
        try:
            proc.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


async def pipeline_caught_up(settings: Settings) -> bool:
    """True when the enricher and aggregator groups have committed everything on their input topics."""
    pipeline_groups = {settings.enricher_app_id, settings.aggregator_app_id}
    for group, topics in service_groups(settings):
        if group not in pipeline_groups:
            continue
        rows = await group_lag(settings.kafka_bootstrap_servers, group, topics)
        if not rows or any(r.lag for r in rows):
            return False
    return True


async def wait_until_counted(settings: Settings, procs: list[subprocess.Popen[bytes]]) -> None:
    """Poll consumer lag until the seeds are counted, failing fast if a worker died."""
    deadline = time.monotonic() + COUNTED_DEADLINE_S
    while time.monotonic() < deadline:
        dead = [p for p in procs if p.poll() is not None]
        if dead:
            raise RuntimeError(f"a worker exited (code {dead[0].returncode}); see {LOG_DIR}")
        if await pipeline_caught_up(settings):
            return
        await asyncio.sleep(POLL_S)
    raise TimeoutError(f"seeds not counted within {COUNTED_DEADLINE_S:.0f}s; see {LOG_DIR}")


async def demo(settings: Settings, seeds: list[str], procs: list[subprocess.Popen[bytes]]) -> None:
    """Publish the seeds, print the table once counted, then reprint it whenever it changes."""
    tally = await publish(seeds, settings, settings.topic_articles_raw, validate=True, rate=None)
    print(f"run: published {tally['sent']} seed article(s); waiting until they are counted...")
    await wait_until_counted(settings, procs)
    shown = format_table(await current_counts(settings))
    print(f"\nEvents by country (from {settings.topic_incidents_by_country}; `make events` lists them):\n{shown}\n")
    print("run: pipeline is running; publish more with `make publish FILE=...`; Ctrl-C stops everything.")
    while all(p.poll() is None for p in procs):
        await asyncio.sleep(5 * POLL_S)
        table = format_table(await current_counts(settings))
        if table != shown:
            shown = table
            print(f"\n{shown}\n")
    raise RuntimeError(f"a worker exited; see {LOG_DIR}")


def _interrupt(signum: int, _frame: object) -> None:
    raise KeyboardInterrupt(signal.Signals(signum).name)


def main(seeds: list[str]) -> int:
    """Run the whole local pipeline until Ctrl-C (or SIGTERM), then stop everything this started."""
    # Explicit handlers: a parent may have left SIGINT ignored, and SIGTERM must clean up too.
    signal.signal(signal.SIGINT, _interrupt)
    signal.signal(signal.SIGTERM, _interrupt)
    settings = get_settings()  # without KAFKA_BOOTSTRAP_SERVERS: the local broker on KAFKA_PORT
    os.environ.setdefault("KAFKA_BOOTSTRAP_SERVERS", settings.kafka_bootstrap_servers)  # the workers inherit it
    own_broker = settings.uses_local_broker() and subprocess.call(
        [str(KAFKA_SCRIPT), "status"], stdout=subprocess.DEVNULL) != 0
    if own_broker and _kafka("start") != 0:
        return 1
    procs: list[subprocess.Popen[bytes]] = []
    try:
        asyncio.run(ensure_topics(settings))
        procs = start_workers(settings)
        asyncio.run(demo(settings, seeds, procs))
    except KeyboardInterrupt:
        print("\nrun: stopping...")
    except (RuntimeError, TimeoutError) as exc:
        print(f"run: {exc}", file=sys.stderr)
        return 1
    finally:
        stop_workers(procs)
        if own_broker:
            _kafka("stop")
    return 0

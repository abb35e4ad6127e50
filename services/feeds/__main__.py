"""Feed poller CLI: `python -m services.feeds` polls the feeds of FEEDS_FILE onto articles.raw until SIGINT/SIGTERM."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from pathlib import Path

from services.common.broker import ensure_topics
from services.common.logs import configure_logging
from services.common.settings import Settings, get_settings
from services.common.web_endpoints import start_web_on_free_port
from services.common.worker import require_kafka
from services.feeds.config import FeedConfig, FeedsFileError, load_feeds
from services.feeds.fetching import Fetcher
from services.feeds.poller import Poller
from services.feeds.sink import KafkaSink
from services.feeds.state import load_state

log = logging.getLogger("services.feeds")


async def serve(settings: Settings, feeds: list[FeedConfig], once: bool, web: bool) -> int:
    """Start the web endpoints, the producer and the sent-state, then poll (once or until stopped)."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    ready = False
    runner = None
    if web:
        runner, _ = await start_web_on_free_port(lambda: ready, settings.web_host, settings.feeds_web_port, "feeds")
    await ensure_topics(settings)
    sink = KafkaSink(settings)
    await sink.start()
    fetcher = Fetcher(settings)
    try:
        state = await load_state(settings.kafka_bootstrap_servers, settings.topic_feeds_state)
        settled = await sink.settle(state)  # sends a killed predecessor left half done
        log.info("feeds: %d feed(s) from %s -> %s; %d article(s) already sent, %d unfinished send(s) settled "
                 "(state: %s)", len(feeds), settings.feeds_file, settings.topic_articles_raw, len(state.sent),
                 settled, settings.topic_feeds_state)
        poller = Poller(settings, feeds, fetcher, sink, state.sent)
        ready = True
        if once:
            await poller.run_cycle(feeds)
        else:
            await poller.run(stop)
    finally:
        ready = False
        log.info("feeds: stopping")
        await fetcher.close()
        await sink.stop()
        if runner is not None:
            await runner.cleanup()
    return 0


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, read the feeds file and run the poller."""
    parser = argparse.ArgumentParser(
        prog="python -m services.feeds",
        description="Poll RSS, RDF, Atom and JSON Feed feeds and publish new and changed entries onto articles.raw.")
    parser.add_argument("--feeds", type=Path, default=None, help="the feeds file (default: FEEDS_FILE)")
    parser.add_argument("--once", action="store_true", help="poll every feed once, then exit")
    parser.add_argument("--no-web", action="store_true", help="do not serve /metrics, /live and /ready")
    args = parser.parse_args(argv)
    settings = get_settings()
    if args.feeds is not None:
        settings = settings.model_copy(update={"feeds_file": args.feeds})
    configure_logging(settings.log_level)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per request is too much at info
    try:
        feeds = load_feeds(settings.feeds_file, settings)
    except FeedsFileError as exc:
        print(f"feeds: {exc}", file=sys.stderr)
        return 2
    if not feeds:
        print(f"feeds: {settings.feeds_file} lists no feeds", file=sys.stderr)
        return 2
    require_kafka(settings, wait_s=settings.kafka_startup_wait_s)
    return asyncio.run(serve(settings, feeds, args.once, not args.no_web))


if __name__ == "__main__":
    sys.exit(main())

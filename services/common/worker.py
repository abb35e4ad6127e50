"""Run a Faust app as a worker process, after making sure the service's topics exist."""

from __future__ import annotations

import asyncio
import signal
import sys

import faust

from services.common.broker import ensure_topics
from services.common.settings import Settings


def exit_cleanly_on_sigterm() -> None:
    """Until Faust installs its own handlers, SIGTERM (e.g. during model load) exits with status 0."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))


def run_worker(app: faust.App, settings: Settings) -> int:
    """Create missing topics, then run the worker until SIGINT/SIGTERM (which commit and stop cleanly)."""
    settings.state_dir.mkdir(parents=True, exist_ok=True)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    loop.run_until_complete(ensure_topics(settings))
    worker = faust.Worker(app, loop=loop, loglevel=settings.log_level, quiet=True)
    worker.execute_from_commandline()
    return 0

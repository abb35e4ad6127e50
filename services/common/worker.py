"""Run a Faust app as a worker process, after making sure the service's topics exist."""

from __future__ import annotations

import asyncio
import logging
import signal
import socket
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import faust
from aiokafka.errors import KafkaError

from services.common.broker import changelog_topics, ensure_topics, wait_until_ready
from services.common.connectivity import CHECK_TIMEOUT_S, connection_checks, needs_of, permission_checks
from services.common.settings import Settings

log = logging.getLogger(__name__)
BROKER_UNREACHABLE_EXIT = 2
MIN_CHECK_TIMEOUT_S = 5.0


def broker_reachable(settings: Settings, component: str | None = None) -> bool:
    """Check the cluster before a worker's slow start-up; on failure log ONE line naming the cause.

    Waits up to KAFKA_STARTUP_WAIT_S for a broker that is not (yet) reachable; a configuration problem
    (TLS verification, wrong protocol, authentication) ends the wait at once. With `component`
    (enricher, aggregator, alerts), its topics and group are also checked (services.common.connectivity),
    so a missing ACL stops the worker before it consumes or commits anything.
    """
    with quiet_kafka_client():
        problem = asyncio.run(startup_problem(settings, component))
    if problem:
        log.error("%s; exiting", problem)
    return problem is None


@contextmanager
def quiet_kafka_client() -> Iterator[None]:
    """aiokafka logs every failed connection; while we check, our one line says what failed instead."""
    client_log = logging.getLogger("aiokafka")
    level = client_log.level
    client_log.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        client_log.setLevel(level)


async def startup_problem(settings: Settings, component: str | None = None,
                          wait_s: float | None = None) -> str | None:
    """None when the cluster is reachable and accepts us (and `component`'s permissions), else the cause."""
    bootstrap, wait_s = settings.kafka_bootstrap_servers, settings.kafka_startup_wait_s if wait_s is None else wait_s
    deadline = time.monotonic() + wait_s
    while True:
        # a slow first TLS + SASL round trip to a distant cluster must not pass for a dead one
        timeout_s = max(MIN_CHECK_TIMEOUT_S, min(CHECK_TIMEOUT_S, deadline - time.monotonic()))
        failed = [c for c in await connection_checks(settings, timeout_s=timeout_s) if not c.ok]
        if not failed:
            break
        if not failed[0].retry:
            return f"cannot connect to Kafka at {bootstrap}: {failed[0].detail}"
        if time.monotonic() >= deadline:
            waited = f" within {wait_s:.0f}s (KAFKA_STARTUP_WAIT_S)" if wait_s > 0 else ""
            return f"cannot reach Kafka at {bootstrap}{waited}: {failed[0].detail}"
        await asyncio.sleep(0.5)
    if not await wait_until_ready(bootstrap, max(1.0, deadline - time.monotonic())):
        return (f"cannot reach Kafka at {bootstrap} within {wait_s:.0f}s (KAFKA_STARTUP_WAIT_S): it accepts "
                "connections but answers no metadata request (is the cluster still starting?)")
    if component is None:
        return None
    try:
        denied = [c for c in await permission_checks(settings, needs_of(settings, component)) if not c.ok]
    except (KafkaError, OSError, TimeoutError) as exc:
        return f"Kafka at {bootstrap}: checking the {component}'s permissions failed ({type(exc).__name__})"
    if not denied:
        return None
    more = f" (and {len(denied) - 1} more: python -m services.ops doctor)" if len(denied) > 1 else ""
    return f"Kafka at {bootstrap} refuses the {component}: {denied[0].name}: {denied[0].detail}{more}"


def require_kafka(settings: Settings, component: str | None = None, wait_s: float = 0.0) -> None:
    """For commands: exit with BROKER_UNREACHABLE_EXIT and one line when the cluster cannot be used."""
    with quiet_kafka_client():
        problem = asyncio.run(startup_problem(settings, component, wait_s))
    if problem:
        log.error("%s; exiting", problem)
        sys.exit(BROKER_UNREACHABLE_EXIT)


def exit_cleanly_on_sigterm() -> None:
    """Until Faust installs its own handlers, SIGTERM (e.g. during model load) exits with status 0."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))


def run_worker(app: faust.App, settings: Settings, reserved_port: socket.socket | None = None) -> int:
    """Create missing topics (the app's table changelogs too), then run the worker until SIGINT/SIGTERM.

    SIGINT and SIGTERM commit and stop cleanly.

    `reserved_port` is the socket holding the web port (web_port.reserve_web_port), released just before
    Faust binds it.
    """
    settings.state_dir.mkdir(parents=True, exist_ok=True)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    loop.run_until_complete(ensure_topics(settings, changelog_topics(app, settings)))
    worker = faust.Worker(app, loop=loop, loglevel=settings.log_level, quiet=True)
    if reserved_port is not None:
        reserved_port.close()
    worker.execute_from_commandline()
    return 0

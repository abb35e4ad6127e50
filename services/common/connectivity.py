"""Connection and permission checks with the configured security: the doctor's lines and the workers' pre-flight.

Each check says what it actually did. aiokafka's clients log the cause of a failed connection and raise a
bare "Unable to bootstrap"; these checks open the connection themselves (TCP, then TLS, then aiokafka's
connection with SASL) so the cause (unreachable, TLS verification, wrong protocol, authentication) is known.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.conn import create_conn
from aiokafka.errors import (
    CoordinatorNotAvailableError,
    GroupAuthorizationFailedError,
    KafkaError,
    SaslAuthenticationFailed,
    TopicAuthorizationFailedError,
    UnsupportedSaslMechanismError,
    for_code,
)
from aiokafka.protocol.metadata import MetadataRequest

from services.common.broker import service_topics
from services.common.kafka_security import (
    client_kwargs,
    describe_security,
    protocol,
    security_kwargs,
    ssl_context,
    uses_tls,
)
from services.common.settings import Settings
from services.common.table_topic import stop_consumer

CHECK_TIMEOUT_S = 10.0
EXPIRY_WARNING_DAYS = 14
TOPIC_AUTHORIZATION_FAILED = 29
UNKNOWN_TOPIC = 3


@dataclass(frozen=True)
class Check:
    """One line of the doctor: what was checked, whether it passed, and what was seen (never a secret)."""

    name: str
    ok: bool
    detail: str
    retry: bool = False  # a failure that may pass by waiting (broker not up yet), not a configuration problem

    def line(self) -> str:
        """The printed line."""
        return f"{'ok  ' if self.ok else 'FAIL'} {self.name}: {self.detail}"


def addresses(bootstrap: str) -> list[tuple[str, int]]:
    """host:port pairs of a bootstrap list (IPv6 in brackets allowed)."""
    found = []
    for item in (part.strip() for part in bootstrap.split(",")):
        if not item:
            continue
        host, _, port = item.rpartition(":")
        found.append((host.strip("[]") or item, int(port) if port.isdigit() else 9092))
    return found


async def _close_writer(writer: asyncio.StreamWriter) -> None:
    writer.close()
    try:
        await asyncio.wait_for(writer.wait_closed(), 2.0)
    except (OSError, TimeoutError, ssl.SSLError):
        pass


async def check_reachable(bootstrap: str, timeout_s: float = CHECK_TIMEOUT_S) -> tuple[Check, tuple[str, int] | None]:
    """TCP connect to each bootstrap address until one accepts; that one is used by the next checks."""
    errors = []
    for host, port in addresses(bootstrap):
        try:
            _, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout_s)
        except (OSError, TimeoutError) as exc:
            errors.append(f"{host}:{port} ({_os_reason(exc)})")
            continue
        await _close_writer(writer)
        return Check("broker reachable", True, f"TCP connection to {host}:{port} accepted"), (host, port)
    return Check("broker reachable", False, f"cannot connect to {', '.join(errors) or repr(bootstrap)}: is the broker "
                 "running and KAFKA_BOOTSTRAP_SERVERS right?", retry=True), None


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):
        return "timed out"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return type(exc).__name__


def _name(pairs: Any) -> str:
    """A certificate subject/issuer as CN=...,O=..."""
    return ",".join(f"{key}={value}" for rdn in pairs or () for key, value in rdn)


async def _speaks_tls(host: str, port: int, timeout_s: float) -> bool:
    """True when a TLS handshake (without verification) succeeds: the listener is a TLS one."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    try:
        _, writer = await asyncio.wait_for(asyncio.open_connection(host, port, ssl=context), timeout_s)
    except (OSError, TimeoutError, ssl.SSLError):
        return False
    await _close_writer(writer)
    return True


async def check_tls(settings: Settings, host: str, port: int, timeout_s: float = CHECK_TIMEOUT_S) -> Check:
    """TLS handshake with the configured context: the broker certificate's subject, issuer and expiry."""
    if not uses_tls(settings):
        return Check("TLS", True, f"not used (KAFKA_SECURITY_PROTOCOL={protocol(settings)})")
    try:
        context = ssl_context(settings)
    except (OSError, ssl.SSLError) as exc:
        return Check("TLS", False, f"cannot load the TLS files (KAFKA_SSL_CAFILE/CERTFILE/KEYFILE): {_ssl_reason(exc)}")
    try:
        _, writer = await asyncio.wait_for(
            asyncio.open_connection(host, port, ssl=context, server_hostname=host), timeout_s)
    except ssl.SSLCertVerificationError as exc:
        return Check("TLS", False, f"TLS verification failed for {host}:{port}: {exc.verify_message} (is "
                     "KAFKA_SSL_CAFILE the CA that signed the broker's certificate, and does it name the host?)")
    except (ssl.SSLError, ConnectionResetError) as exc:
        return Check("TLS", False, f"TLS handshake with {host}:{port} failed ({_ssl_reason(exc)}): does this "
                     "listener speak TLS? (KAFKA_SECURITY_PROTOCOL)")
    except (OSError, TimeoutError) as exc:
        return Check("TLS", False, f"TLS handshake with {host}:{port} failed: {_os_reason(exc)}", retry=True)
    cert = writer.get_extra_info("peercert") or {}
    await _close_writer(writer)
    expires = cert.get("notAfter")
    days = (ssl.cert_time_to_seconds(expires) - time.time()) / 86400 if expires else None
    expiry = f"expires {expires} (in {days:.0f} days)" if days is not None else "no expiry seen"
    if days is not None and days < 0:
        return Check("TLS", False, f"broker certificate {_name(cert.get('subject'))} expired on {expires}")
    warning = " - renew it soon" if days is not None and days < EXPIRY_WARNING_DAYS else ""
    return Check("TLS", True, f"handshake verified with {host}:{port}; certificate subject "
                 f"{_name(cert.get('subject'))}, issuer {_name(cert.get('issuer'))}, {expiry}{warning}")


def _ssl_reason(exc: BaseException) -> str:
    reason = getattr(exc, "reason", None) or getattr(exc, "strerror", None)
    return str(reason) if reason else type(exc).__name__


async def check_authentication(settings: Settings, host: str, port: int,
                               timeout_s: float = CHECK_TIMEOUT_S) -> Check:
    """aiokafka's own connection (SASL handshake when configured) and one metadata request over it."""
    kwargs = security_kwargs(settings)
    who = describe_security(settings)
    try:
        conn = await asyncio.wait_for(create_conn(host, port, request_timeout_ms=int(timeout_s * 1000), **kwargs),
                                      timeout_s)
        try:
            await asyncio.wait_for(conn.send(MetadataRequest([])), timeout_s)
        finally:
            conn.close()
    except SaslAuthenticationFailed:
        return Check("authentication", False, f"authentication failed for {who}: wrong user name or password, or "
                     "the user does not exist (KAFKA_SASL_USERNAME/KAFKA_SASL_PASSWORD)")
    except UnsupportedSaslMechanismError:
        return Check("authentication", False, f"the broker does not enable SASL mechanism "
                     f"{kwargs.get('sasl_mechanism')} on {host}:{port} (KAFKA_SASL_MECHANISM)")
    except ssl.SSLError as exc:
        return Check("authentication", False, f"TLS failed on {host}:{port}: {_ssl_reason(exc)}")
    except (KafkaError, OSError, TimeoutError) as exc:
        if not uses_tls(settings) and await _speaks_tls(host, port, timeout_s):
            return Check("authentication", False, f"{host}:{port} is a TLS listener but KAFKA_SECURITY_PROTOCOL="
                         f"{protocol(settings)}: set SSL or SASL_SSL (and KAFKA_SSL_CAFILE)")
        return Check("authentication", False, f"the broker at {host}:{port} closed the connection or did not answer "
                     f"({type(exc).__name__}) with {who}: does the listener expect another KAFKA_SECURITY_PROTOCOL?",
                     retry=True)  # also what a broker still starting does
    return Check("authentication", True, f"{who}: accepted, and a metadata request answered")


async def connection_checks(settings: Settings, bootstrap: str | None = None,
                            timeout_s: float = CHECK_TIMEOUT_S) -> list[Check]:
    """Reachable, TLS, authentication - stopping at the first failure (the next ones could not run)."""
    reachable, address = await check_reachable(bootstrap or settings.kafka_bootstrap_servers, timeout_s)
    checks = [reachable]
    if address is None:
        return checks
    for step in (check_tls, check_authentication):
        checks.append(await step(settings, *address, timeout_s))
        if not checks[-1].ok:
            break
    return checks


@dataclass(frozen=True)
class Needs:
    """What one part of the service reads, consumes with a group, and may create (its internal-topic prefix)."""

    groups: Sequence[str]
    reads: Sequence[str]
    internal_prefixes: Sequence[str] = ()


def needs_of(settings: Settings, component: str | None = None) -> Needs:
    """The needs of `component` (enricher, aggregator, alerts), or of the whole service when None."""
    table = {
        "enricher": Needs([settings.enricher_app_id], [settings.topic_articles_raw], [f"{settings.enricher_app_id}-"]),
        "aggregator": Needs([settings.aggregator_app_id], [settings.topic_incidents],
                            [f"{settings.aggregator_app_id}-"]),
        "alerts": Needs([settings.alerts_app_id], [settings.topic_incidents_by_country]),
    }
    if component is not None:
        return table[component]
    return Needs([g for n in table.values() for g in n.groups], [t.name for t in service_topics(settings)],
                 [p for n in table.values() for p in n.internal_prefixes])


def _denied(topic: str, operation: str, principal_hint: str) -> str:
    return (f"not authorized to {operation} topic {topic} ({principal_hint}): grant the ACLs listed by "
            "`python -m services.ops acls`")


async def permission_checks(settings: Settings, needs: Needs, bootstrap: str | None = None,
                            timeout_s: float = CHECK_TIMEOUT_S) -> list[Check]:
    """Topics present or creatable, READ on the topics read, DESCRIBE on the groups, and producer-id grant.

    What each line checked is in its text. WRITE on a topic cannot be checked without writing a record,
    so it is not (a worker's first send fails with TopicAuthorizationFailedError instead).
    """
    who = describe_security(settings)
    checks: list[Check] = []
    wanted = {t.name: t for t in service_topics(settings)}
    topics = list(dict.fromkeys([*[t for t in needs.reads if t in wanted], *wanted]))
    admin = AIOKafkaAdminClient(**client_kwargs(bootstrap, settings), request_timeout_ms=int(timeout_s * 1000))
    await admin.start()
    try:
        described = {t["topic"]: t for t in await admin.describe_topics(topics)}
        present: dict[str, int] = {}
        for topic in topics:
            code = described.get(topic, {}).get("error_code", UNKNOWN_TOPIC)
            if code == TOPIC_AUTHORIZATION_FAILED:
                checks.append(Check(f"topic {topic}", False, _denied(topic, "DESCRIBE", who)))
            elif code == UNKNOWN_TOPIC:
                checks.append(await _creatable(admin, wanted[topic], who))
            elif code:
                checks.append(Check(f"topic {topic}", False, f"metadata error {for_code(code).__name__}"))
            else:
                present[topic] = len(described[topic]["partitions"])
                checks.append(Check(f"topic {topic}", True, f"present ({present[topic]} partitions), DESCRIBE allowed"))
        for prefix in needs.internal_prefixes:
            checks.append(await _creatable(admin, NewTopic(f"{prefix}doctor-probe", 1, 1), who,
                                           label=f"internal topics {prefix}*"))
        for group in needs.groups:
            try:
                await _find_coordinator(admin, group, timeout_s)
                checks.append(Check(f"group {group}", True, "DESCRIBE allowed (coordinator lookup); READ, needed to "
                                    "join, is only proven by joining"))
            except GroupAuthorizationFailedError:
                checks.append(Check(f"group {group}", False, f"not authorized to use consumer group {group} ({who}): "
                                    "grant READ on it (`python -m services.ops acls`)"))
    finally:
        await admin.close()
    for topic in needs.reads:
        if topic in present:
            checks.append(await _readable(settings, bootstrap, topic, present[topic], who, timeout_s))
    checks.append(await _producer_id(settings, bootstrap, who, timeout_s))
    return checks


async def _find_coordinator(admin: AIOKafkaAdminClient, group: str, timeout_s: float) -> None:
    """FindCoordinator, retried while the cluster creates its offsets topic (the first lookup on a new cluster)."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            await admin.find_coordinator(group)
            return
        except CoordinatorNotAvailableError:
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.5)


async def _creatable(admin: AIOKafkaAdminClient, topic: NewTopic, who: str, label: str | None = None) -> Check:
    """CreateTopics with validate_only: the broker checks CREATE (and the config) and creates nothing."""
    name = label or f"topic {topic.name}"
    response = await admin.create_topics([topic], validate_only=True)
    code = response.topic_errors[0][1] if response.topic_errors else 0
    if code == TOPIC_AUTHORIZATION_FAILED:
        return Check(name, False, _denied(topic.name, "CREATE", who))
    if code and for_code(code).__name__ != "TopicAlreadyExistsError":
        return Check(name, False, f"cannot be created: {for_code(code).__name__}")
    what = "absent; " if label is None else ""
    return Check(name, True, f"{what}CREATE allowed (validate-only create of {topic.name}, nothing created)")


async def _readable(settings: Settings, bootstrap: str | None, topic: str, partitions: int, who: str,
                    timeout_s: float) -> Check:
    """A fetch at the end of every partition (no group, nothing consumed or committed): READ is checked."""
    consumer = AIOKafkaConsumer(**client_kwargs(bootstrap, settings), group_id=None, enable_auto_commit=False,
                                fetch_max_wait_ms=100, request_timeout_ms=int(timeout_s * 1000))
    await consumer.start()
    try:
        tps = [TopicPartition(topic, p) for p in range(partitions)]
        consumer.assign(tps)
        await consumer.seek_to_end(*tps)
        await consumer.getmany(*tps, timeout_ms=500)
        await consumer.getmany(*tps, timeout_ms=500)
    except TopicAuthorizationFailedError:
        return Check(f"read {topic}", False, _denied(topic, "READ", who))
    finally:
        await stop_consumer(consumer)
    return Check(f"read {topic}", True, "READ allowed (fetch at the end offsets, nothing consumed)")


async def _producer_id(settings: Settings, bootstrap: str | None, who: str, timeout_s: float) -> Check:
    """An idempotent producer's start (InitProducerId): Kafka grants it with WRITE on some topic."""
    producer = AIOKafkaProducer(**client_kwargs(bootstrap, settings), enable_idempotence=True, acks="all",
                                request_timeout_ms=int(timeout_s * 1000))
    try:
        await asyncio.wait_for(producer.start(), timeout_s)  # its start waits for the producer id
    except TimeoutError:
        return Check("idempotent producer", False, f"no producer id within {timeout_s:.0f}s ({who})")
    except KafkaError as exc:
        return Check("idempotent producer", False, f"{type(exc).__name__} ({who}): grant WRITE on the service's topics")
    finally:
        await producer.stop()
    return Check("idempotent producer", True, "started; WRITE on each topic is not checked (it would need a write)")

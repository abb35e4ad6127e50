"""How every Kafka client of the service connects: the only reader of the KAFKA_SECURITY_*/SASL/SSL settings.

`client_kwargs` gives the arguments of every aiokafka client (producer, consumer, admin) the project
creates; `faust_kwargs` gives the same security to a faust.App (broker_credentials). A unit test checks
that every aiokafka client in services/ is built with `**client_kwargs(...)`.
"""

from __future__ import annotations

import logging
import ssl
from typing import Any

import faust
from aiokafka.helpers import create_ssl_context

from services.common.settings import Settings, get_settings

REDACTED = "**********"
_secrets: set[str] = set()


def redact(record: logging.LogRecord) -> logging.LogRecord:
    """Replace every registered secret in the record's message (its arguments are merged into it)."""
    try:
        message = record.getMessage()
    except (TypeError, ValueError):
        return record
    if any(secret in message for secret in _secrets):
        for secret in sorted(_secrets, key=len, reverse=True):
            message = message.replace(secret, REDACTED)
        record.msg, record.args = message, None
    return record


def register_secret(secret: str) -> None:
    """Redact `secret` (and its bytes-repr form) from every log record the process creates from now on.

    aiokafka's connection logs each request at DEBUG, and the SASL PLAIN request carries the password.
    The log-record factory sees every record of every logger, whatever handlers Faust or a CLI installs.
    """
    if not secret:
        return
    if not _secrets:
        create = logging.getLogRecordFactory()
        logging.setLogRecordFactory(lambda *args, **kwargs: redact(create(*args, **kwargs)))
    _secrets.update({secret, repr(secret.encode("utf-8"))[2:-1]})


def protocol(settings: Settings) -> str:
    """The configured security protocol (for messages)."""
    return settings.kafka_security_protocol


def uses_tls(settings: Settings) -> bool:
    """True when the configured protocol runs over TLS (SSL or SASL_SSL)."""
    return settings.kafka_security_protocol in ("SSL", "SASL_SSL")


def uses_sasl(settings: Settings) -> bool:
    """True when the configured protocol authenticates with SASL."""
    return settings.kafka_security_protocol.startswith("SASL_")


def describe_security(settings: Settings) -> str:
    """Who connects how, for messages: protocol, mechanism and user name (never the password)."""
    protocol = settings.kafka_security_protocol
    if uses_sasl(settings):
        return f"user {settings.kafka_sasl_username!r} with {settings.kafka_sasl_mechanism} over {protocol}"
    if protocol == "SSL":
        return "SSL" + (" with a client certificate" if settings.kafka_ssl_certfile else " without a client certificate")
    return protocol


def ssl_context(settings: Settings) -> ssl.SSLContext | None:
    """The TLS context of the configured protocol (None without TLS): CA file or system CAs, client cert for mTLS."""
    if not uses_tls(settings):
        return None
    context = create_ssl_context(
        cafile=str(settings.kafka_ssl_cafile) if settings.kafka_ssl_cafile else None,
        certfile=str(settings.kafka_ssl_certfile) if settings.kafka_ssl_certfile else None,
        keyfile=str(settings.kafka_ssl_keyfile) if settings.kafka_ssl_keyfile else None,
        password="",  # an encrypted key fails to load instead of OpenSSL prompting on the terminal
    )  # no CA file: create_default_context has loaded the system's CAs
    context.check_hostname = settings.kafka_ssl_check_hostname  # certificate verification itself stays on
    return context


def security_kwargs(settings: Settings) -> dict[str, Any]:
    """security_protocol, SASL credentials and ssl_context for an aiokafka client (no bootstrap address)."""
    kwargs: dict[str, Any] = {"security_protocol": settings.kafka_security_protocol}
    context = ssl_context(settings)
    if context is not None:
        kwargs["ssl_context"] = context
    if uses_sasl(settings):
        kwargs["sasl_mechanism"] = settings.kafka_sasl_mechanism
        kwargs["sasl_plain_username"] = settings.kafka_sasl_username
        kwargs["sasl_plain_password"] = settings.kafka_sasl_password.get_secret_value()
        register_secret(kwargs["sasl_plain_password"])
    return kwargs


def client_kwargs(bootstrap: str | None = None, settings: Settings | None = None) -> dict[str, Any]:
    """bootstrap_servers plus the security arguments of every aiokafka client the service creates.

    `bootstrap` overrides the configured bootstrap servers (tests and `--bootstrap` options); the security
    settings always come from `settings` (default: the process settings).
    """
    settings = settings or get_settings()
    return {"bootstrap_servers": bootstrap or settings.kafka_bootstrap_servers, **security_kwargs(settings)}


def faust_kwargs(settings: Settings) -> dict[str, Any]:
    """The faust.App arguments giving its consumer, producer and admin client the same security as client_kwargs."""
    context = ssl_context(settings)
    if uses_sasl(settings):
        register_secret(settings.kafka_sasl_password.get_secret_value())
        credentials: faust.auth.Credentials = faust.SASLCredentials(
            username=settings.kafka_sasl_username,
            password=settings.kafka_sasl_password.get_secret_value(),
            ssl_context=context,  # with a context Faust speaks SASL_SSL, without it SASL_PLAINTEXT
            mechanism=settings.kafka_sasl_mechanism,
        )
        return {"broker_credentials": credentials}
    if context is not None:
        return {"broker_credentials": faust.SSLCredentials(context)}
    return {}

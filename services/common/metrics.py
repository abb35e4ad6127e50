"""Every Prometheus metric of the service, in one place: names and labels are a public interface.

Units are in the names (seconds, bytes, articles). Lag follows kafka-exporter's naming so existing
dashboards and alert rules work unchanged.
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

LATENCY_BUCKETS_S = (0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0, 300.0)
NLP_BUCKETS_S = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128, 256)

MESSAGES_CONSUMED = Counter(
    "news_messages_consumed_total", "Messages taken from a topic by a worker.", ["service", "topic"])
MESSAGES_PRODUCED = Counter(
    "news_messages_produced_total", "Messages a worker sent to a topic.", ["service", "topic"])
DLQ_MESSAGES = Counter(
    "news_dlq_messages_total", "Messages dead-lettered, by reason.", ["service", "reason"])
NLP_SECONDS = Histogram(
    "news_nlp_seconds_per_article", "NLP wall time per article (batch time / batch size).", buckets=NLP_BUCKETS_S)
BATCH_SIZE = Histogram(
    "news_enrich_batch_size_articles", "Articles per enrichment batch.", buckets=BATCH_BUCKETS)
PUBLISH_TO_ENRICHED_SECONDS = Histogram(
    "news_publish_to_enriched_seconds", "From the raw record's timestamp to its enriched record being sent.",
    buckets=LATENCY_BUCKETS_S)
PUBLISH_TO_COUNTED_SECONDS = Histogram(
    "news_publish_to_counted_seconds", "From the raw record's timestamp to its country counts being published.",
    buckets=LATENCY_BUCKETS_S)
CONSUMER_GROUP_LAG = Gauge(
    "kafka_consumergroup_lag", "Messages behind the end offset (end offset - committed offset).",
    ["consumergroup", "topic", "partition"])
CONSUMER_GROUP_OFFSET = Gauge(
    "kafka_consumergroup_current_offset", "Committed offset of the group (the next offset to read).",
    ["consumergroup", "topic", "partition"])
TOPIC_PARTITION_END_OFFSET = Gauge(
    "kafka_topic_partition_current_offset", "End offset (high watermark) of a partition.", ["topic", "partition"])
WORKER_READY = Gauge(
    "news_worker_ready", "1 once the worker has recovered its tables and holds its assignment, else 0.", ["service"])
REBALANCES = Counter(
    "news_consumer_rebalances_total", "Consumer-group rebalances this worker took part in.", ["service"])
ALERTS_RAISED = Counter(
    "news_alerts_raised_total", "Alerts the alert consumer raised, by rule.", ["rule"])
COUNTRY_INCIDENTS = Gauge(
    "news_country_incidents", "Current all-time incidents of a country, as read from the table topic.", ["country"])
LATE_UPDATES_IGNORED = Counter(
    "news_late_updates_ignored_total",
    "Aggregator updates ignored because their article was folded away (or never held) and all its days lie "
    "before the country's horizon (bounded state: it can no longer be subtracted exactly).",
    ["service"])
STALE_RECORDS_IGNORED = Counter(
    "news_stale_records_ignored_total",
    "Records ignored because a newer version of their article was already applied (version token).",
    ["service", "topic"])
WITHHELD_RECORDS = Counter(
    "news_withheld_records_total",
    "Records a worker held when it stood still past its session timeout, dropped uncommitted for their new owner.",
    ["service", "topic"])
FEED_FETCHES = Counter(
    "news_feed_fetches_total", "Feed fetches by outcome (ok, not_modified, http_4xx, http_5xx, rate_limited, timeout, "
    "too_large, network_error, parse_error).", ["feed", "outcome"])
FEED_ENTRIES = Counter(
    "news_feed_entries_total", "Feed entries sent to articles.raw: new ones, and updated ones (same id, new content).",
    ["feed", "kind"])
FEED_ENTRIES_REJECTED = Counter(
    "news_feed_entries_rejected_total", "Feed entries not sent because they break the raw-article contract.",
    ["feed", "reason"])
FEED_EXTRACTION_FAILURES = Counter(
    "news_feed_extraction_failures_total", "Summary-only entries whose page gave no main text (the summary was sent).",
    ["feed", "reason"])
FEED_SECONDS_SINCE_SUCCESS = Gauge(
    "news_feed_seconds_since_success", "Seconds since the feed was last fetched successfully (since start-up if never).",
    ["feed"])
FEED_CONSECUTIVE_FAILURES = Gauge(
    "news_feed_consecutive_failures", "Failed fetches of the feed since its last success (0 when healthy).", ["feed"])

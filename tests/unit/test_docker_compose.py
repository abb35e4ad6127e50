"""docker-compose.yml cannot run here (no Docker engine); check that it parses and names what exists."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from services.common import metrics

ROOT = Path(__file__).resolve().parents[2]


def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


def test_compose_has_broker_and_both_workers() -> None:
    services = compose()["services"]
    assert {"kafka", "enricher", "aggregator"} <= set(services)
    assert services["kafka"]["image"].startswith("apache/kafka:4.")
    assert services["kafka"]["environment"]["KAFKA_PROCESS_ROLES"] == "broker,controller"


def test_build_contexts_dockerfiles_and_commands_exist() -> None:
    for name, service in compose()["services"].items():
        build = service.get("build")
        if build is None:
            continue
        context = ROOT / build["context"]
        assert context.is_dir(), name
        assert (context / build.get("dockerfile", "Dockerfile")).is_file(), name
        module = service["command"][2]
        assert (ROOT / module.replace(".", "/") / "__main__.py").is_file(), f"{name}: {module}"


def test_files_the_dockerfile_copies_exist() -> None:
    for line in (ROOT / "Dockerfile").read_text(encoding="utf-8").splitlines():
        if line.startswith("COPY "):
            for source in line.split()[1:-1]:
                assert (ROOT / source).exists(), source


def test_workers_point_at_the_compose_broker() -> None:
    services = compose()["services"]
    for name in ("enricher", "aggregator"):
        assert services[name]["environment"]["KAFKA_BOOTSTRAP_SERVERS"].startswith("kafka:")
        assert services[name]["depends_on"]["kafka"]["condition"] == "service_healthy"


def test_alert_consumer_prometheus_and_grafana_are_wired() -> None:
    services = compose()["services"]
    assert services["alerts"]["command"] == ["python", "-m", "services.alerts"]
    assert services["alerts"]["environment"]["KAFKA_BOOTSTRAP_SERVERS"].startswith("kafka:")
    for name in ("prometheus", "grafana"):
        for volume in services[name]["volumes"]:
            assert (ROOT / volume.split(":")[0]).exists(), f"{name}: {volume}"
        assert all(port.startswith("127.0.0.1:") for port in services[name]["ports"])


def test_prometheus_scrapes_every_worker_port_compose_exposes() -> None:
    services = compose()["services"]
    scrape = yaml.safe_load((ROOT / "deploy/prometheus/prometheus.yml").read_text(encoding="utf-8"))
    targets = {t for job in scrape["scrape_configs"] for c in job["static_configs"] for t in c["targets"]}
    env_port = {"enricher": "ENRICHER_WEB_PORT", "aggregator": "AGGREGATOR_WEB_PORT", "alerts": "ALERTS_WEB_PORT",
               "feeds": "FEEDS_WEB_PORT"}
    assert targets == {f"{name}:{services[name]['environment'][var]}" for name, var in env_port.items()}


def test_the_grafana_dashboard_queries_metrics_that_exist() -> None:
    dashboard = json.loads((ROOT / "deploy/grafana/dashboards/news-enrichment.json").read_text(encoding="utf-8"))
    exprs = " ".join(t["expr"] for p in dashboard["panels"] for t in p["targets"])
    names = {m._name for m in vars(metrics).values() if hasattr(m, "_name")}
    for required in ("kafka_consumergroup_lag", "news_messages_consumed", "news_dlq_messages",
                     "news_publish_to_counted_seconds", "news_country_incidents"):
        assert required in exprs and any(n.startswith(required) for n in names), required

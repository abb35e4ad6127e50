"""docker-compose.yml cannot run here (no Docker engine); check that it parses and names what exists."""

from __future__ import annotations

from pathlib import Path

import yaml

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

"""The worker's observability hooks, on a Faust app that is declared but not started (no broker)."""

from __future__ import annotations

from pathlib import Path

import faust
from prometheus_client import REGISTRY

from services.common.faust_app import create_faust_app
from services.common.observability import install_observability, readiness, source_partitions
from services.common.settings import Settings


def declared_app(tmp_path: Path) -> faust.App:
    settings = Settings(state_dir=tmp_path, table_store="memory://")
    app = create_faust_app("obs-test", settings, 6099)  # never started: the port is not bound
    install_observability(app, settings, "test")
    return app


def test_the_endpoints_are_registered(tmp_path: Path) -> None:
    app = declared_app(tmp_path)
    paths = {getattr(view, "view_path", None) for view in app.web.views.values()}
    assert {"/metrics", "/live", "/ready"} <= paths


def test_a_worker_that_has_not_recovered_is_not_ready(tmp_path: Path) -> None:
    state = readiness(declared_app(tmp_path))
    assert state["ready"] is False and state["recovered"] is False and state["assigned"] == []


def test_the_lag_timer_is_registered(tmp_path: Path) -> None:
    app = declared_app(tmp_path)
    assert any("lag" in getattr(task, "__name__", "") or "lag" in repr(task) for task in app._app_tasks)


def test_readiness_gauge_starts_at_zero(tmp_path: Path) -> None:
    declared_app(tmp_path)
    assert REGISTRY.get_sample_value("news_worker_ready", {"service": "test"}) == 0.0


def test_no_partitions_before_assignment(tmp_path: Path) -> None:
    assert source_partitions(declared_app(tmp_path)) == []

"""A send refused for lack of an ACL ends a Faust worker at once (issue 11): one line, exit 2, no graceful commit."""

from __future__ import annotations

import logging

import pytest
from aiokafka.errors import KafkaTimeoutError, TopicAuthorizationFailedError

from services.common import faust_app
from services.common.faust_app import ExitWhenNotAuthorized, create_faust_app
from services.common.settings import Settings


class Exited(Exception):
    pass


def _exit(code: int) -> None:
    raise Exited(code)


def test_a_refused_send_exits_2_with_one_line(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(faust_app.os, "_exit", _exit)
    monkeypatch.setattr(faust_app.logging, "shutdown", lambda: None)
    caplog.set_level(logging.ERROR)
    with pytest.raises(Exited) as exited:
        ExitWhenNotAuthorized().on_send_error(None, TopicAuthorizationFailedError("articles.enriched"), None)  # type: ignore[arg-type]
    assert exited.value.args == (2,)
    assert [r.getMessage() for r in caplog.records] == [
        "Kafka refused a write: TopicAuthorizationFailedError (articles.enriched): grant the ACLs listed by "
        "`python -m services.ops acls`; exiting"]


def test_other_send_errors_are_left_to_faust(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(faust_app.os, "_exit", _exit)
    ExitWhenNotAuthorized().on_send_error(None, KafkaTimeoutError(), None)  # type: ignore[arg-type]


def test_every_faust_app_has_the_sensor() -> None:
    app = create_faust_app("sensor-test", Settings(), 6099)
    assert any(isinstance(s, ExitWhenNotAuthorized) for s in app.sensors)

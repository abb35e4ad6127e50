"""The doctor and the ACL list (issue 11), without a broker: parsing, refusals, and the kafka-acls commands."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest

from services.common.connectivity import addresses, check_reachable, check_tls, connection_checks
from services.common.settings import Settings
from services.ops.acls import kafka_acls_commands, required_acls
from tests.support import free_port

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)


def test_bootstrap_addresses() -> None:
    assert addresses("a:1, b:2 ,[::1]:3,c") == [("a", 1), ("b", 2), ("::1", 3), ("c", 9092)]


def test_an_unreachable_broker_is_a_failure_worth_waiting_for() -> None:
    port = free_port()
    check, address = asyncio.run(check_reachable(f"127.0.0.1:{port}", 2.0))
    assert not check.ok and check.retry and address is None
    assert f"127.0.0.1:{port}" in check.detail and check.line().startswith("FAIL broker reachable:")


def test_without_tls_the_tls_line_says_so() -> None:
    check = asyncio.run(check_tls(Settings(), "127.0.0.1", 1))
    assert check.ok and "not used (KAFKA_SECURITY_PROTOCOL=PLAINTEXT)" in check.detail


def test_the_connection_checks_stop_at_the_first_failure() -> None:
    checks = asyncio.run(connection_checks(Settings(kafka_bootstrap_servers=f"127.0.0.1:{free_port()}"), timeout_s=2))
    assert [c.name for c in checks] == ["broker reachable"]


def test_doctor_exits_1_with_one_line_per_check_when_the_broker_is_down() -> None:
    env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": f"127.0.0.1:{free_port()}"}
    done = subprocess.run([sys.executable, "-m", "services.ops", "doctor"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines[1].startswith("FAIL broker reachable:") and lines[-1] == "doctor: 0 ok, 1 failed"
    assert "Traceback" not in done.stderr


def test_the_acls_cover_every_topic_group_and_the_faust_prefixes() -> None:
    settings = Settings()
    acls = required_acls(settings)
    topics = {a.name for a in acls if a.resource == "topic" and not a.prefixed}
    assert {settings.topic_articles_raw, settings.topic_incidents, settings.topic_feeds_state} <= topics
    assert {a.name for a in acls if a.prefixed} == {"news-enricher-", "news-aggregator-"}
    assert {a.name for a in acls if a.resource == "group"} == {"news-enricher", "news-aggregator", "news-alerts"}
    assert not [a for a in acls if a.resource not in ("topic", "group")]  # no cluster or transactional-id ACL


def test_kafka_acls_commands_group_identical_operations() -> None:
    commands = kafka_acls_commands("User:svc", required_acls(Settings()))
    assert len(commands) == 3
    assert commands[1][:5] == ["--add", "--allow-principal", "User:svc", "--resource-pattern-type", "prefixed"]
    assert commands[2][-2:] == ["--operation", "Read"]


def test_acls_command_prints_them() -> None:
    done = subprocess.run([sys.executable, "-m", "services.ops", "acls", "--principal", "User:x"], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert "topic news-aggregator- (prefixed): Describe, Read, Write, Create" in done.stdout
    assert "kafka-acls.sh --add --allow-principal User:x --group news-enricher" in done.stdout


def test_the_readme_documents_every_acl_and_the_doctor() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "## Connecting to a secured cluster" in readme and "python -m services.ops doctor" in readme
    for acl in required_acls(Settings()):
        row = next(line for line in readme.splitlines() if line.startswith(f"| {acl.resource} |")
                   and f"`{acl.name}`" in line)
        assert ("prefixed" if acl.prefixed else "literal") in row and ", ".join(acl.operations) in row

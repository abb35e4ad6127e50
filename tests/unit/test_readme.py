"""The README is the user's manual: it must name every setting and every topic the code has."""

from __future__ import annotations

from pathlib import Path

from services.common.settings import Settings

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def test_every_environment_variable_is_documented() -> None:
    missing = [name.upper() for name in Settings.model_fields if f"`{name.upper()}`" not in README]
    assert missing == []


def test_every_default_topic_name_is_documented() -> None:
    defaults = Settings()
    topics = [getattr(defaults, n) for n in Settings.model_fields if n.startswith("topic_") and "partitions" not in n
              and "replication" not in n]
    assert [t for t in topics if f"`{t}`" not in README] == []


def test_readme_gives_the_two_commands() -> None:
    assert "make run" in README and "make test" in README

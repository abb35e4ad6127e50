"""Shared fixtures: the real pipeline, loaded once per test session."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest
from spacy.language import Language

from services.enricher.nlp import analyse, build_pipeline, compose_text, dated_doc


@pytest.fixture(scope="session")
def nlp() -> Language:
    """Return the full enrichment pipeline (model plus project components)."""
    return build_pipeline()


@pytest.fixture(scope="session")
def enrich(nlp: Language) -> Callable[..., dict]:
    """Return a helper that analyses one short text."""

    def run(body: str, title: str | None = None, published: datetime.date | None = None) -> dict:
        return analyse(nlp(dated_doc(nlp, compose_text(title, body), published)))

    return run


@pytest.fixture(scope="session")
def codes(enrich: Callable[..., dict]) -> Callable[[str], set[str]]:
    """Return a helper giving the set of country codes a text refers to."""
    return lambda text: {c["code"] for c in enrich(text)["countries"]}


@pytest.fixture(scope="session")
def incidents(enrich: Callable[..., dict]) -> Callable[..., list[dict]]:
    """Return a helper giving the counted incidents (current, typed, located) of a text."""

    def run(body: str, title: str | None = None, published: datetime.date | None = None) -> list[dict]:
        events = enrich(body, title, published)["events"]
        return [e for e in events if e["incident"] and not e["background"] and e["country"]]

    return run

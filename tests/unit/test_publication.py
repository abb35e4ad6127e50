"""A count batch publishes each changed event's last value and each touched country once: what the topics end with
is what publishing after every update would have left (both topics are compacted, keyed by event id / country)."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from services.aggregator.event_stream import OwnedEvents, changes_records
from services.aggregator.publication import Pending
from tests.unit.events_support import report

ARTICLES = {  # article -> versions of its reports in ML (an empty list: a correction removes it)
    "gao1": [[report("gao1", dead=4)], [report("gao1", dead=5)], []],
    "gao2": [[report("gao2", dead=6, published="2026-03-03T08:00:00Z")], []],
    "kidal": [[report("kidal", location="Kidal", type="battle")], [report("kidal", location="Gao", type="battle")]],
    "bamako": [[report("bamako", location="Bamako", type="protest")], []],
}


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=10_000), st.integers(min_value=1, max_value=8))
def test_one_record_per_event_and_country_per_batch_leaves_the_topics_as_one_per_update(seed: int, size: int) -> None:
    rnd = random.Random(seed)
    updates = [(article, rnd.choice(versions)) for article, versions in ARTICLES.items() for _ in range(2)]
    rnd.shuffle(updates)
    per_update, batched = OwnedEvents(window_days=14), OwnedEvents(window_days=14)
    topic_per_update: dict[str, object] = {}
    topic_batched: dict[str, object] = {}
    countries_published: list[list[str]] = []
    for start in range(0, len(updates), size):
        pending = Pending()
        for article, reports in updates[start:start + size]:
            for event_id, value in changes_records(per_update.replace_article("ML", article, reports)):
                topic_per_update[event_id] = value
            pending.add("ML", batched.replace_article("ML", article, reports))
        for event_id, value in pending.event_records("ML"):
            topic_batched[event_id] = value
        assert len({eid for eid, _ in pending.event_records("ML")}) == len(pending.event_records("ML"))
        countries_published.append(pending.countries)
    live = {k: v for k, v in topic_per_update.items() if v is not None}
    assert {k: v for k, v in topic_batched.items() if v is not None} == live == per_update.current({"ML"})
    assert all(c == ["ML"] for c in countries_published)  # the country's counts: once per batch


def test_an_event_upserted_then_removed_in_one_batch_is_one_tombstone() -> None:
    owned, pending = OwnedEvents(window_days=14), Pending()
    pending.add("ML", owned.replace_article("ML", "gao1", [report("gao1", dead=4)]))
    (event_id, _), = pending.event_records("ML")
    pending.add("ML", owned.replace_article("ML", "gao1", []))
    assert pending.event_records("ML") == [(event_id, None)]
    assert pending.countries == ["ML"] and bool(pending)
    assert not Pending()

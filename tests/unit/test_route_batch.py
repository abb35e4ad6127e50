"""Routing in batches, packed one record per partition, leaves count's state as routing set by set did."""

from __future__ import annotations

import random
from typing import Any

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from services.aggregator.counting import (
    CountryUpdate,
    article_state,
    plan_updates,
    record_updates,
    update_errors,
    update_record_errors,
    update_records,
)
from services.aggregator.publication import RouteBatch
from services.common.versions import is_stale, version_of

COUNTRIES = ("ML", "NE", "US", "SY")


def incident_set(article: str, version: int, countries: list[str]) -> dict[str, Any]:
    return {"id": article, "content_hash": "0" * 64, "event_date": "2026-03-02", "version": [-1, version],
            "incidents": [{"type": "battle", "country": c, "fatalities": version, "location": None} for c in countries]}


def apply(count_state: dict[tuple[str, str], tuple[Any, Any]], update: dict[str, Any]) -> None:
    """What count keeps per (country, article): the newest version's contribution (stale updates ignored)."""
    key = (update["country"], update["article_id"])
    applied = count_state[key][0] if key in count_state else None
    if not is_stale(version_of(update), applied):
        count_state[key] = (version_of(update), update["contribution"])


def route_one_by_one(sets: list[dict[str, Any]]) -> tuple[dict[str, Any], dict[tuple[str, str], Any]]:
    table: dict[str, Any] = {}
    counted: dict[tuple[str, str], Any] = {}
    for s in sets:
        applied, previous = article_state(table.get(s["id"]))
        if is_stale(version_of(s), applied):
            continue
        plan, touched = plan_updates(s, previous)
        for u in plan:
            apply(counted, orjson.loads(orjson.dumps(u.to_json())))
        table[s["id"]] = {"version": version_of(s), "countries": touched}
    return table, counted


def route_in_batches(sets: list[dict[str, Any]], size: int, max_bytes: int) -> tuple[dict[str, Any], dict[tuple[str, str], Any]]:
    table: dict[str, Any] = {}
    counted: dict[tuple[str, str], Any] = {}
    for start in range(0, len(sets), size):
        batch = RouteBatch()
        for s in sets[start:start + size]:
            applied, previous = article_state(batch.stored(s["id"], table.get))
            if is_stale(version_of(s), applied):
                continue
            plan, touched = plan_updates(s, previous)
            batch.add(plan)
            batch.set_state(s["id"], {"version": version_of(s), "countries": touched}, None)
        for _, updates in batch.by_partition(lambda c: COUNTRIES.index(c) % 2):
            for _, record in update_records(updates, max_bytes):
                value = orjson.loads(record)
                assert update_record_errors(value) == []
                for u in record_updates(value):
                    apply(counted, u)
        for article, (_, new_state, before) in batch.states.items():
            if new_state != before:
                table[article] = new_state
    return table, counted


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 12), st.sampled_from([1024, 100_000]))
def test_batched_routing_gives_the_same_counts_as_routing_each_set(seed: int, size: int, max_bytes: int) -> None:
    rnd = random.Random(seed)
    sets = [incident_set(f"a{rnd.randrange(5)}", rnd.randrange(6), rnd.sample(COUNTRIES, rnd.randrange(0, 3)))
            for _ in range(rnd.randrange(1, 30))]
    assert route_in_batches(sets, size, max_bytes) == route_one_by_one(sets)


def test_updates_are_packed_up_to_the_size_limit_and_a_large_one_travels_alone() -> None:
    updates = [CountryUpdate(f"a{i}", "ML", None) for i in range(10)]
    one = len(orjson.dumps(updates[0].to_json()))
    records = update_records(updates, 3 * one + 20)
    assert [len(orjson.loads(r)["updates"]) for _, r in records] == [3, 3, 3, 1]
    assert all(key == "ML" for key, _ in records)
    assert [u["article_id"] for _, r in records for u in orjson.loads(r)["updates"]] == [f"a{i}" for i in range(10)]
    assert [len(orjson.loads(r)["updates"]) for _, r in update_records(updates, 10)] == [1] * 10


def test_a_record_of_one_update_as_written_before_batching_is_still_read() -> None:
    single = CountryUpdate("a", "ML", None).to_json()
    assert record_updates(single) == [single]
    assert update_record_errors(single) == update_errors(single) == []


def test_a_bad_update_inside_a_record_is_reported_with_its_position() -> None:
    good = CountryUpdate("a", "ML", None).to_json()
    assert update_record_errors({"updates": [good, {**good, "country": 7}]}) == [
        "updates[1]: country: missing or not a string"]
    assert update_record_errors({"updates": []}) == ["updates: not a non-empty list of country updates"]
    assert update_record_errors({"updates": "x"}) == ["updates: not a non-empty list of country updates"]

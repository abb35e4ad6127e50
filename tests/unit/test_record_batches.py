"""Records sent in record batches (record_batches.py), and the versioned table's changelog writes through them."""

from __future__ import annotations

import asyncio
import weakref
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from faust.streams import _current_event

from services.common.faust_app import create_faust_app
from services.common.record_batches import RecordBatches
from services.common.settings import Settings
from services.common.versioned_table import versioned_table


@dataclass
class Batch:
    """An aiokafka BatchBuilder stand-in holding at most `room` records."""

    room: int
    records: list[tuple[bytes | None, bytes | None]] = field(default_factory=list)
    closed: bool = False

    def append(self, *, key: bytes | None, value: bytes | None, timestamp: None) -> object | None:
        if self.closed or len(self.records) >= self.room:
            return None
        self.records.append((key, value))
        return object()

    def close(self) -> None:
        self.closed = True


@dataclass
class Delivered:
    offset: int


class Producer:
    """An AIOKafkaProducer stand-in: batches are 'delivered' when `deliver` is called, at growing offsets."""

    def __init__(self, room: int = 3, fail: BaseException | None = None) -> None:
        self.room, self.fail = room, fail
        self.sent: list[tuple[str, int, Batch]] = []
        self.futures: list[tuple[asyncio.Future[Delivered], int]] = []
        self.next_offset: dict[tuple[str, int], int] = {}

    def create_batch(self) -> Batch:
        return Batch(self.room)

    async def send_batch(self, batch: Batch, topic: str, *, partition: int) -> asyncio.Future[Delivered]:
        if self.fail is not None:
            raise self.fail
        assert batch.closed, "a batch is closed before it is submitted (no other send can join it)"
        await asyncio.sleep(0)
        self.sent.append((topic, partition, batch))
        base = self.next_offset.get((topic, partition), 0)
        self.next_offset[(topic, partition)] = base + len(batch.records)
        future: asyncio.Future[Delivered] = asyncio.get_running_loop().create_future()
        self.futures.append((future, base))
        return future

    def deliver(self, error: BaseException | None = None) -> None:
        for future, base in self.futures:
            if error is None:
                future.set_result(Delivered(base))
            else:
                future.set_exception(error)


def records(n: int, prefix: str = "k") -> list[tuple[bytes, bytes]]:
    return [(f"{prefix}{i}".encode(), f"v{i}".encode()) for i in range(n)]


async def test_records_go_per_partition_in_order_split_into_full_batches_and_report_the_last_offset() -> None:
    producer, delivered = Producer(room=3), []
    batches = RecordBatches(lambda: producer)
    for key, value in records(7):
        batches.add("t", 0, key, value, lambda *a: delivered.append(a))
    batches.add("t", 1, b"x", None, lambda *a: delivered.append(a))
    assert batches.pending() == 8 and producer.sent == []  # collected only
    await batches.flush()
    assert batches.pending() == 0
    by_partition: dict[int, list[tuple[bytes | None, bytes | None]]] = {}
    for _, partition, batch in producer.sent:
        by_partition.setdefault(partition, []).extend(batch.records)
    assert by_partition == {0: records(7), 1: [(b"x", None)]}
    assert [len(b.records) for _, p, b in producer.sent if p == 0] == [3, 3, 1]
    producer.deliver()
    await asyncio.sleep(0)
    assert sorted(delivered) == [("t", 0, 2), ("t", 0, 5), ("t", 0, 6), ("t", 1, 0)]


async def test_send_collected_sends_in_the_background_and_later_sends_follow_earlier_ones() -> None:
    producer = Producer(room=100)
    batches = RecordBatches(lambda: producer)
    for key, value in records(2, "a"):
        batches.add("t", 0, key, value)
    batches.send_collected()
    for key, value in records(2, "b"):
        batches.add("t", 0, key, value)
    batches.send_collected()
    await batches.flush()
    assert [r for _, _, b in producer.sent for r in b.records] == records(2, "a") + records(2, "b")


async def test_a_failure_to_hand_over_makes_every_later_flush_raise_so_no_commit_follows() -> None:
    batches = RecordBatches(lambda: Producer(fail=RuntimeError("producer closed")))
    batches.add("t", 0, b"k", b"v")
    for _ in range(2):
        with pytest.raises(RuntimeError, match="handed to the Kafka producer") as raised:
            await batches.flush()
        assert str(raised.value.__cause__) == "producer closed"


async def test_a_failed_delivery_is_reported_as_faust_reports_a_failed_send() -> None:
    producer, errors, delivered = Producer(), [], []
    batches = RecordBatches(lambda: producer, errors.append)
    batches.add("t", 0, b"k", b"v", lambda *a: delivered.append(a))
    await batches.flush()
    producer.deliver(RuntimeError("not authorized"))
    await asyncio.sleep(0)
    assert [str(e) for e in errors] == ["not authorized"] and delivered == []


@dataclass
class Message:
    partition: int
    topic: str = "incidents"


@dataclass
class Event:
    message: Message


@pytest.mark.parametrize("store", ["memory://", "rocksdb://"])
def test_table_writes_collect_the_changelog_records_faust_would_send_in_the_events_partition(
        tmp_path: Path, store: str) -> None:
    app = create_faust_app("batches-test", Settings(state_dir=tmp_path, table_store=store), 6098)
    table = versioned_table(app, "contributions", 4, "test")
    assert table.batches is app.record_batches  # type: ignore[attr-defined]
    topic = table.changelog_topic
    event = Event(Message(partition=2))
    _current_event.set(weakref.ref(event))  # type: ignore[arg-type]
    try:
        table["ML|é-1"] = {"version": [1, 2], "contribution": None}
        assert table.get("ML|é-1") == {"version": [1, 2], "contribution": None} == table["ML|é-1"]
        assert table.get("ML|other") is None and table.get("ML|other", 5) == 5
        del table["ML|é-1"]
        assert table.get("ML|é-1") is None
    finally:
        _current_event.set(None)
    collected = app.record_batches._collected  # type: ignore[attr-defined]
    key = topic.prepare_key("ML|é-1", table.key_serializer)[0]
    value = topic.prepare_value({"version": [1, 2], "contribution": None}, table.value_serializer)[0]
    assert collected == {(topic.get_topic_name(), 2): [(key, value), (key, None)]}
    assert "ML|é-1" not in table

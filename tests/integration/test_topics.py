"""A worker creates its tables' changelog topics before its consumer subscribes, as Faust would declare them."""

from __future__ import annotations

import pytest
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from services.aggregator.app import create_app
from services.common.broker import changelog_topics, ensure_topics
from services.common.settings import Settings
from tests.support import unique

pytestmark = pytest.mark.integration


async def test_the_aggregators_changelogs_exist_compacted_with_the_source_partitions_before_it_starts(
        kafka_bootstrap: str) -> None:
    settings = Settings(kafka_bootstrap_servers=kafka_bootstrap, aggregator_app_id=unique("changelogs"),
                        topic_partitions=3)
    wanted = changelog_topics(create_app(settings), settings)
    names = sorted(t.name for t in wanted)
    assert names == [f"{settings.aggregator_app_id}-article-countries-changelog",
                     f"{settings.aggregator_app_id}-contributions-changelog"]

    created = await ensure_topics(settings, wanted)

    assert set(names) <= set(created)
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka_bootstrap)
    await admin.start()
    try:
        described = {t["topic"]: len(t["partitions"]) for t in await admin.describe_topics(names)}
        configs = await admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, n) for n in names])
    finally:
        await admin.close()
    assert described == {n: 3 for n in names}
    policies = {resource[3]: entry[1] for response in configs for resource in response.resources
                for entry in resource[4] if entry[0] == "cleanup.policy"}
    assert policies == {n: "compact" for n in names}
    assert await ensure_topics(settings, wanted) == []  # a restart finds them and creates nothing

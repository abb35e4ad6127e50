"""The ACLs the service needs on a cluster with an authorizer: the one list the README, the doctor and the tests use."""

from __future__ import annotations

from dataclasses import dataclass

from services.common.broker import service_topics
from services.common.settings import Settings

TOPIC_OPERATIONS = ("Describe", "Read", "Write", "Create")


@dataclass(frozen=True)
class Acl:
    """ALLOW `operations` on a resource (`topic` or `group`), named literally or by prefix."""

    resource: str
    name: str
    operations: tuple[str, ...]
    prefixed: bool = False

    def describe(self) -> str:
        """One README/CLI line, e.g. `topic articles.raw (literal): Describe, Read, Write, Create`."""
        kind = "prefixed" if self.prefixed else "literal"
        return f"{self.resource} {self.name} ({kind}): {', '.join(self.operations)}"


def required_acls(settings: Settings) -> list[Acl]:
    """Topics (the service's and, by app-id prefix, Faust's internal and changelog topics) and consumer groups.

    CREATE lets the workers create missing topics; with every topic created beforehand it can be dropped.
    Processing is at-least-once without transactions, so no transactional-id ACL is needed; the idempotent
    producers need no cluster ACL (Kafka >= 3.0 grants a producer id to a principal with WRITE on a topic).
    """
    acls = [Acl("topic", t.name, TOPIC_OPERATIONS) for t in service_topics(settings)]
    acls += [Acl("topic", f"{app_id}-", TOPIC_OPERATIONS, prefixed=True)
             for app_id in (settings.enricher_app_id, settings.aggregator_app_id)]
    acls += [Acl("group", group, ("Read",))
             for group in (settings.enricher_app_id, settings.aggregator_app_id, settings.alerts_app_id)]
    return acls


def kafka_acls_commands(principal: str, acls: list[Acl]) -> list[list[str]]:
    """kafka-acls arguments creating `acls` for `principal`, one command per resource kind and pattern type."""
    commands = []
    for resource in ("topic", "group"):
        for prefixed in (False, True):
            chosen = [a for a in acls if a.resource == resource and a.prefixed == prefixed]
            for operations in dict.fromkeys(a.operations for a in chosen):
                args = ["--add", "--allow-principal", principal]
                if prefixed:
                    args += ["--resource-pattern-type", "prefixed"]
                for acl in (a for a in chosen if a.operations == operations):
                    args += [f"--{resource}", acl.name]
                for operation in operations:
                    args += ["--operation", operation]
                commands.append(args)
    return commands

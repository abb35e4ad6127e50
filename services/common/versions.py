"""The version token of an article: what makes a newer version win over an older one, whatever the arrival order.

Every record derived from a raw article carries `version` = [revision, source_offset]:
- revision: the publisher's own `revision` of the story (a non-negative integer it increases with every
  version), or -1 when the raw article has none;
- source_offset: the offset of the raw record in articles.raw. Publishers key raw records by article id, so
  every version of an id lands on one partition, where offsets only grow.
Tokens compare as pairs (Python list order): a publisher revision wins over arrival order; the offset decides
between records of the same revision (and, without revisions, alone). A record without a version (written
before the token existed) compares lower than any token.
"""

from __future__ import annotations

from typing import Any

Version = list[int]  # [revision or -1, source offset]; JSON arrays compare as lists
NO_REVISION = -1
UNVERSIONED: Version = [-2, -1]  # lower than any real token


def version_token(revision: int | None, source_offset: int) -> Version:
    """Build the token of a record derived from the raw record at `source_offset`."""
    return [NO_REVISION if revision is None else revision, source_offset]


def version_of(record: Any) -> Version:
    """Return a record's token, or UNVERSIONED when it carries none (records from before the token)."""
    if isinstance(record, dict):
        token = record.get("version")
        if isinstance(token, list) and len(token) == 2 and all(isinstance(v, int) for v in token):
            return token
    return UNVERSIONED


def is_stale(incoming: Version, applied: Version | None) -> bool:
    """True when `incoming` is older than the version already applied (equal is not stale: replays repair)."""
    return applied is not None and incoming < applied

"""Group incident reports into events: a pure, order-independent function of the set of reports.

Rules (README, "Events: how reports are grouped"): two reports may describe one incident when they
are in the same country, with types of one class, event days within the tolerances below (one day
when either names no place), and the same or nested places. Reports that name a place are
clustered first, by complete-link agglomeration: candidate pairs are merged strongest first (same
place before nested place, then same type, then closer days), and two clusters merge only when
every pair across them is compatible (two incidents of one article only when the enricher put them
in the same or nested place on one day: the same day, or a stated day and the publication day after
it). Reports without a place are clustered among themselves (same type, day and toll), then each
such group joins a placed cluster when it fits exactly one, or, when it fits several, the only one
with a report of the group's own type. Every tie is broken by report keys, so the result depends
only on the set, never on arrival order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from services.aggregator.reports import Report
from services.common.place_nesting import NESTED, place_level

STATED_DAY_TOLERANCE = 1  # days between two stated dates of one incident (time zones, "last night")
FOLLOW_UP_DAYS = 4  # a report stating no date (publication day) may come this many days after the incident (charges on day four)
# A report without a place is tied to another by its day alone: they pair only this close, whichever states its day.
PLACELESS_DAY_TOLERANCE = 1
MAX_DAY_GAP = max(STATED_DAY_TOLERANCE, FOLLOW_UP_DAYS, PLACELESS_DAY_TOLERANCE)  # no compatible pair is further apart

Strength = tuple[int, int, int, int]


def days_agree(a: Report, b: Report) -> bool:
    """Tell whether two reports' days fit one incident (a publication day may trail the incident).

    When either report names no place, only the day ties them, so only the narrow window holds.
    """
    if a.place is None or b.place is None:
        return abs((a.day - b.day).days) <= PLACELESS_DAY_TOLERANCE
    if a.day_stated and b.day_stated:
        return abs((a.day - b.day).days) <= STATED_DAY_TOLERANCE
    if a.day_stated or b.day_stated:
        told, dated = (b, a) if a.day_stated else (a, b)
        return -STATED_DAY_TOLERANCE <= (told.day - dated.day).days <= FOLLOW_UP_DAYS
    return abs((a.day - b.day).days) <= FOLLOW_UP_DAYS


def tolls_agree(a: Report, b: Report) -> bool:
    """Tell whether two tolls can be the same figure (equal, or one unstated)."""
    return a.fatalities is None or b.fatalities is None or a.fatalities == b.fatalities


def same_article_days(a: Report, b: Report) -> bool:
    """Tell whether two reports of one article are on one day: the same day, or a stated day and the publication day after it.

    An article published the morning after an incident dates it in one sentence ("on Thursday") and
    not in the next, which then carries the publication day; two days the article states itself
    and that differ are two incidents.
    """
    if a.day == b.day:
        return True
    if a.day_stated == b.day_stated:
        return False
    told, dated = (b, a) if a.day_stated else (a, b)
    return 0 <= (told.day - dated.day).days <= STATED_DAY_TOLERANCE


def same_article_same_incident(a: Report, b: Report) -> bool:
    """Tell whether two reports of one article can be one incident: the same or nested named place, on one day.

    The enricher sometimes splits one attack into two types ("a bomb went off, then gunmen opened
    fire") or two places ("Newton" and "Kansas"); incidents it puts in places that are not the
    same or nested, or leaves unplaced, are kept apart.
    """
    return place_level(a.place, b.place) >= NESTED and a.place is not None and b.place is not None and same_article_days(a, b)


def compatible(a: Report, b: Report) -> bool:
    """Tell whether two reports may describe the same real incident."""
    if a.country != b.country or a.type_class != b.type_class:
        return False
    if a.key.article_id == b.key.article_id:
        return same_article_same_incident(a, b)
    if a.mention or b.mention:  # recalled in a story about an incident elsewhere: it joins no other article's event
        return False
    if not days_agree(a, b) or place_level(a.place, b.place) == 0:
        return False
    if a.place is None and b.place is None:  # nothing but the day ties them: the same type, day and toll
        return a.type == b.type and a.day == b.day and tolls_agree(a, b)
    return True


def strength(a: Report, b: Report) -> Strength:
    """Rank a compatible pair: place agreement, same type, closeness of days, same toll (higher first)."""
    same_toll = int(a.fatalities is not None and a.fatalities == b.fatalities)
    return (place_level(a.place, b.place), int(a.type == b.type), -abs((a.day - b.day).days), same_toll)


def _blocks(reports: Iterable[Report]) -> dict[tuple[str, str], list[Report]]:
    """Split reports by (country, type class), each block in (day, canonical) order."""
    blocks: dict[tuple[str, str], list[Report]] = defaultdict(list)
    for r in reports:
        blocks[(r.country, r.type_class)].append(r)
    for block in blocks.values():
        block.sort(key=lambda r: (r.day, r.sort_key))
    return blocks


def candidate_pairs(block: list[Report]) -> list[tuple[Report, Report]]:
    """Return the compatible pairs of a (day-ordered) block, scanning only the day window."""
    pairs = []
    for i, a in enumerate(block):
        for b in block[i + 1:]:
            if (b.day - a.day).days > MAX_DAY_GAP:
                break
            if compatible(a, b):
                pairs.append((a, b) if a.key < b.key else (b, a))
    return pairs


def agglomerate(reports: Iterable[Report], known_pairs: list[tuple[Report, Report]] | None = None) -> list[list[Report]]:
    """Complete-link agglomeration, strongest compatible pairs first, ties by report keys.

    Two clusters that cannot merge never can later (a union only adds pairs to check), so a
    failed pair of clusters is remembered and not checked again. `known_pairs`: every compatible
    pair of the reports, (lower key, higher key), when the caller already found them (the event book,
    through its index); else they are found by scanning the day window.
    """
    block = sorted(reports, key=lambda r: (r.day, r.sort_key))
    pairs = candidate_pairs(block) if known_pairs is None else list(known_pairs)
    pairs.sort(key=lambda p: (tuple(-s for s in strength(*p)), p[0].key, p[1].key))
    cluster_of = {r.key: i for i, r in enumerate(block)}
    members: dict[int, list[Report]] = {i: [r] for i, r in enumerate(block)}
    apart: dict[int, set[int]] = defaultdict(set)
    for a, b in pairs:
        ca, cb = cluster_of[a.key], cluster_of[b.key]
        if ca == cb or cb in apart[ca]:
            continue
        if not all(compatible(x, y) for x in members[ca] for y in members[cb]):
            apart[ca].add(cb)
            apart[cb].add(ca)
            continue
        keep, gone = min(ca, cb), max(ca, cb)
        for r in members[gone]:
            cluster_of[r.key] = keep
        members[keep].extend(members.pop(gone))
        for other in apart.pop(gone, set()):
            apart[other].discard(gone)
            apart[other].add(keep)
            apart[keep].add(other)
    return [sorted(m, key=lambda r: r.sort_key) for m in members.values()]


def fits(group: list[Report], cluster: list[Report]) -> bool:
    """Tell whether a group of unplaced reports is compatible with every report of a placed cluster."""
    return all(compatible(u, p) for u in group for p in cluster)


def shares_type(group: list[Report], cluster: list[Report]) -> bool:
    """Tell whether a group and a cluster have a report of the same type (not only of the same class)."""
    return bool({r.type for r in group} & {r.type for r in cluster})


def _attach(placed: list[list[Report]], unplaced: list[list[Report]]) -> list[list[Report]]:
    """Join each group of unplaced reports to the one placed cluster it fits; when several fit, to the only one
    that shares a type with it (an unplaced "explosion" among a bombing and a raid is the bombing); else keep it apart.

    Each group is judged against the placed clusters only, never against other groups, so groups
    do not depend on one another or on the order they are looked at.
    """
    events = [list(c) for c in placed]
    standalone = []
    for group in unplaced:
        found = [i for i, c in enumerate(placed) if fits(group, c)]
        if len(found) > 1:  # several fit: the one event with a report of the group's own type, if only one has
            found = [i for i in found if shares_type(group, placed[i])]
        if len(found) == 1:
            events[found[0]].extend(group)
        else:
            standalone.append(group)
    return [sorted(e, key=lambda r: r.sort_key) for e in events] + standalone


def _cluster_block(block: list[Report]) -> list[list[Report]]:
    """Cluster placed reports, then unplaced ones among themselves, then attach those that fit one event."""
    placed = agglomerate(r for r in block if r.place is not None)
    unplaced = agglomerate(r for r in block if r.place is None)
    return _attach(placed, unplaced)


def group_reports(reports: Iterable[Report]) -> list[list[Report]]:
    """Group reports into events; each event's reports in canonical order, events by their first report.

    Background reports (recalled as context) never form or reshape an event: they are left out here and
    attached afterwards to the one event they fit, if any (services/aggregator/background.py).
    """
    unique = {r.key: r for r in reports if not r.background}  # a report given twice is the same report
    clusters = [c for block in _blocks(unique.values()).values() for c in _cluster_block(block)]
    return sorted(clusters, key=lambda c: c[0].sort_key)

"""Incident reports: one counted incident of one article version, as the grouping sees it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, NamedTuple

from services.common.place_nesting import Place, parse_place

# Types that can be one incident told differently ("an explosion followed by gunmen" is one attack;
# a protest can turn into a riot). Read off multi-outlet reports: the same attack is typed explosion
# by one outlet, civilian_attack or battle by the next (see README, "Events").
TYPE_CLASSES = {"battle": "armed", "explosion": "armed", "civilian_attack": "armed", "protest": "demo", "riot": "demo"}


class ReportKey(NamedTuple):
    """Which report: the article and the incident's position in its incident set."""

    article_id: str
    position: int  # the incident's place in the incident set

    def text(self) -> str:
        """Render as "article#index"."""
        return f"{self.article_id}#{self.position}"


@dataclass(frozen=True)
class Report:
    """One incident of one article: where, what, when, how many dead, and when it was published."""

    key: ReportKey
    country: str
    type: str
    day: dt.date  # the day the text states, else the publication day
    day_stated: bool
    location: str | None
    place: Place | None
    fatalities: int | None
    published_at: str  # ISO 8601 UTC, compared as text
    mention: bool = False  # recalled in a story about an incident in another region (see `mentions`)
    background: bool = False  # recalled as context: never forms an event, may support one (background.py)

    @property
    def type_class(self) -> str:
        """The compatibility class of the type."""
        return TYPE_CLASSES[self.type]

    @property
    def sort_key(self) -> tuple[str, str, int]:
        """Canonical order: publication time, then article id and index."""
        return (self.published_at, self.key.article_id, self.key.position)


def mentions(places: list[tuple[str, str | None]]) -> list[bool]:
    """Mark the incidents an article names after its first placed one, elsewhere: another region, or unplaced abroad.

    An article tells its own incident first. A later one in the same country but a region the first
    does not lie in (a Georgia shooting story recalling "the killings in Ohio" the day before, a Kansas
    one recalling Kalamazoo and San Bernardino) was, in both tuning sets, context the article does not
    report as news. Both places must be placed in regions (a state, or a town or county the gazetteer
    knows): an unknown neighbourhood or suburb ("Sultanahmet", "Hesston") is not taken for elsewhere,
    and a named place in another country is left alone (an American angle on a Brussels bombing leads
    with the American town). An unplaced incident in another country than the first placed one is a
    mention too: nothing but its day could tie it to an event there, and in the tuning sets it was
    a victim's nationality or a recalled attack.
    """
    out = [False] * len(places)
    lead: tuple[str, Place] | None = None
    for i, (country, location) in enumerate(places):
        place = parse_place(country, location)
        if place is None:
            out[i] = lead is not None and country != lead[0]
            continue
        if lead is None:
            lead = (country, place)
        else:
            out[i] = country == lead[0] and bool(lead[1].regions) and bool(place.regions) and not lead[1].regions & place.regions
    return out


def reports_from_incident_set(incident_set: dict[str, Any]) -> list[Report]:
    """Turn an incident set (value of the incidents topic) into its reports."""
    published = incident_set.get("published_at") or f"{incident_set['event_date']}T00:00:00Z"
    out = []
    incidents = incident_set.get("incidents", [])
    secondary = mentions([(i["country"], i.get("location")) for i in incidents])
    for index, incident in enumerate(incidents):
        stated = incident.get("event_date")
        day = dt.date.fromisoformat(stated or incident_set["event_date"])
        out.append(Report(
            key=ReportKey(incident_set["id"], index), country=incident["country"], type=incident["type"],
            day=day, day_stated=stated is not None, location=incident.get("location"),
            place=parse_place(incident["country"], incident.get("location")),
            fatalities=incident.get("fatalities"), published_at=published, mention=secondary[index]))
    return out + background_reports(incident_set, len(incidents))


def background_reports(incident_set: dict[str, Any], first_position: int) -> list[Report]:
    """The set's background incidents as reports dated on the publication day, numbered after its incidents; in an
    article whose news is an incident (anywhere), they are marked as mentions: context of that news, not a follow-up
    (a Baghdad bombing story recalling the Brussels bombings supports no Brussels event)."""
    published = incident_set.get("published_at") or f"{incident_set['event_date']}T00:00:00Z"
    day = dt.date.fromisoformat(incident_set["event_date"])
    other_news = bool(incident_set.get("incidents"))
    return [Report(key=ReportKey(incident_set["id"], first_position + j), country=b["country"], type=b["type"],
                   day=day, day_stated=False, location=b.get("location"), place=parse_place(b["country"], b.get("location")),
                   fatalities=b.get("fatalities"), published_at=published, mention=other_news, background=True)
            for j, b in enumerate(incident_set.get("background") or [])]


def reports_by_country(incident_set: dict[str, Any]) -> dict[str, list[Report]]:
    """Split an incident set's reports by country (each country's events are kept in its own partition)."""
    out: dict[str, list[Report]] = {}
    for r in reports_from_incident_set(incident_set):
        out.setdefault(r.country, []).append(r)
    return out


REPORT_FIELDS = frozenset({"article_id", "position", "country", "type", "day", "day_stated", "location",
                           "fatalities", "published_at"})


def reports_json(reports: list[Report]) -> list[dict[str, Any]]:
    """Serialise one article's reports in one country, in incident order (internal update and state table)."""
    return [report_to_json(r) for r in sorted(reports, key=lambda r: r.key.position)]


def report_to_json(r: Report) -> dict[str, Any]:
    """Serialise a report for a state table or an internal topic (the place is re-derived on reading)."""
    return {"article_id": r.key.article_id, "position": r.key.position, "country": r.country, "type": r.type,
            "day": r.day.isoformat(), "day_stated": r.day_stated, "location": r.location,
            "fatalities": r.fatalities, "published_at": r.published_at, "mention": r.mention,
            **({"background": True} if r.background else {})}


def report_from_json(value: dict[str, Any]) -> Report:
    """Read a report written by report_to_json."""
    return Report(key=ReportKey(value["article_id"], value["position"]), country=value["country"], type=value["type"],
                  day=dt.date.fromisoformat(value["day"]), day_stated=value["day_stated"], location=value["location"],
                  place=parse_place(value["country"], value["location"]), fatalities=value["fatalities"],
                  published_at=value["published_at"], mention=value.get("mention", False),
                  background=value.get("background", False))

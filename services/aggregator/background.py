"""Background incidents: an article that recalls an incident as context supports the one event it fits.

A follow-up (an arrest, a charge, a funeral, an investigation days after a shooting or a bombing) often
tells the incident only as background. Such a report never forms an event and never changes one (type,
place, day, toll, report count and times come from the event's current reports); it only adds its article
to the event's supporting articles, and only when all of these hold (README, "Events"):
- its article reports no current incident, in that country or elsewhere (an article whose news is another
  incident, such as a bombing story recalling last week's or a Baghdad bombing story recalling the Brussels
  bombings, is about that incident, not a follow-up of this one; reports_from_incident_set marks such background
  reports as mentions);
- it names a place (an unplaced one is tied to an event by nothing but country, type and week);
- it fits exactly one event (`fits`): same country, a type of the same class, the same or a nested place,
  and the event's day at most `days` (DEFAULT_BACKGROUND_DAYS) before the article's publication day; an
  event that names no place only within PLACELESS_DAY_TOLERANCE of it, as the grouping ties unplaced reports.
An event is judged by its summary (type, day, place), which is kept for closed events too, so the result
is a function of the set of reports held, whatever their order.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from services.aggregator.event_values import Event
from services.aggregator.events import PLACELESS_DAY_TOLERANCE
from services.aggregator.reports import TYPE_CLASSES, Report, ReportKey
from services.aggregator.set_index import discard_member
from services.common.place_nesting import DIFFERENT, UNKNOWN, parse_place, place_level

DEFAULT_BACKGROUND_DAYS = 7  # Settings.event_background_days passes the configured value


@functools.lru_cache(maxsize=65536)
def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def eligible(article_reports: Iterable[Report]) -> list[Report]:
    """The background reports of one article in one country that may support an event (see the module doc)."""
    reports = list(article_reports)
    if any(not r.background for r in reports):
        return []
    return [r for r in reports if r.place is not None and not r.mention]


def fits(bg: Report, event: Event, days: int) -> bool:
    """Tell whether a background report can be about an event (the caller requires exactly one)."""
    if event.country != bg.country or TYPE_CLASSES[event.type] != bg.type_class:
        return False
    level = place_level(bg.place, parse_place(event.country, event.location))
    if level == DIFFERENT:
        return False
    gap = (bg.day - _day(event.event_date)).days
    return 0 <= gap <= (min(days, PLACELESS_DAY_TOLERANCE) if level == UNKNOWN else days)


def with_background(event: Event, articles: Iterable[str]) -> Event:
    """The event with these articles supporting it through background (replacing the ones it had)."""
    own = set(event.articles) - set(event.background_articles)
    extra = tuple(sorted(set(articles) - own))
    return replace(event, articles=tuple(sorted(own | set(extra))), background_articles=extra)


def attach(events: list[Event], reports: Iterable[Report], days: int = DEFAULT_BACKGROUND_DAYS) -> list[Event]:
    """Add to each event the articles whose eligible background reports fit it and no other event (offline)."""
    by_article: dict[tuple[str, str], list[Report]] = defaultdict(list)
    for r in {r.key: r for r in reports}.values():
        by_article[(r.key.article_id, r.country)].append(r)
    supporters: dict[str, set[str]] = defaultdict(set)
    for (article, _), mine in by_article.items():
        for bg in eligible(mine):
            found = [e.id for e in events if fits(bg, e, days)]
            if len(found) == 1:
                supporters[found[0]].add(article)
    return [with_background(e, supporters[e.id]) if e.id in supporters else e for e in events]


class BackgroundLinks:
    """One country's eligible background reports, the events they may fit, and the one each is attached to.

    Kept as events change: every event a report fits is recorded (indexed both ways), so a changed or removed
    event re-judges only the reports that fit it before or fit it now, and a new report looks up the events
    of the days it can reach. An event forgotten when its country folds it stays recorded as a fit of the
    reports still held (they stay as undecided as before).
    """

    def __init__(self, days: int = DEFAULT_BACKGROUND_DAYS) -> None:
        self.days = days
        self.events: dict[str, Event] = {}
        self.events_on: dict[dt.date, set[str]] = defaultdict(set)
        self.reports: dict[ReportKey, Report] = {}
        self.of_article: dict[str, list[ReportKey]] = {}
        self.published_on: dict[dt.date, set[ReportKey]] = defaultdict(set)
        self.fitting: dict[ReportKey, set[str]] = {}
        self.fitted_by: dict[str, set[ReportKey]] = defaultdict(set)
        self.attached: dict[ReportKey, str] = {}
        self.supporters: dict[str, set[ReportKey]] = defaultdict(set)

    def articles_of(self, event_id: str) -> set[str]:
        """The articles attached to an event through background."""
        return {k.article_id for k in self.supporters.get(event_id, ())}

    def events_changed(self, upserted: Iterable[Event], removed: Iterable[str]) -> set[str]:
        """Take new event values and removals; return the events whose background articles changed."""
        touched: set[ReportKey] = set()
        for event_id in removed:
            touched |= self._unfit_event(event_id)
            self._drop_event(event_id)
        for event in upserted:
            touched |= self._unfit_event(event.id)
            self._drop_event(event.id)
            self.events[event.id] = event
            self.events_on[_day(event.event_date)].add(event.id)
            start = _day(event.event_date)
            for k in (k for d in range(self.days + 1) for k in self.published_on.get(start + dt.timedelta(days=d), ())):
                if fits(self.reports[k], event, self.days):
                    self._fit(k, event.id)
                    touched.add(k)
        return self._reattach(touched)

    def set_article(self, article_id: str, reports: list[Report]) -> set[str]:
        """Replace an article's eligible background reports; return the events whose background articles changed."""
        changed = self.forget_articles([article_id])
        if not reports:
            return changed
        self.of_article[article_id] = [r.key for r in reports]
        for r in reports:
            self.reports[r.key] = r
            self.published_on[r.day].add(r.key)
            self.fitting[r.key] = set()
            for d in range(self.days + 1):
                for event_id in self.events_on.get(r.day - dt.timedelta(days=d), ()):
                    if fits(r, self.events[event_id], self.days):
                        self._fit(r.key, event_id)
        return changed | self._reattach({r.key for r in reports})

    def forget_articles(self, articles: Iterable[str]) -> set[str]:
        """Drop these articles' reports (replaced, or folded away); return the events they were attached to."""
        changed = set()
        for article in articles:
            for k in self.of_article.pop(article, []):
                r = self.reports.pop(k)
                self.published_on[r.day].discard(k)
                if not self.published_on[r.day]:
                    del self.published_on[r.day]
                for event_id in self.fitting.pop(k, set()):
                    discard_member(self.fitted_by, event_id, k)
                target = self.attached.pop(k, None)
                if target is not None:
                    discard_member(self.supporters, target, k)
                    changed.add(target)
        return changed

    def forget_event(self, event_id: str) -> None:
        """Forget a folded event's value; reports that fit it keep it among their fits (see the class doc)."""
        self._drop_event(event_id)
        self.fitted_by.pop(event_id, None)
        self.supporters.pop(event_id, None)

    def _fit(self, key: ReportKey, event_id: str) -> None:
        self.fitting[key].add(event_id)
        self.fitted_by[event_id].add(key)

    def _unfit_event(self, event_id: str) -> set[ReportKey]:
        """Forget that reports fit this event (its value changes or it goes); return those reports."""
        keys = self.fitted_by.pop(event_id, set())
        for k in keys:
            self.fitting[k].discard(event_id)
        return keys

    def _drop_event(self, event_id: str) -> None:
        old = self.events.pop(event_id, None)
        if old is not None:
            day = _day(old.event_date)
            self.events_on[day].discard(event_id)
            if not self.events_on[day]:
                del self.events_on[day]

    def _reattach(self, keys: set[ReportKey]) -> set[str]:
        """Attach each report to its one fitting event, or to none; return the events that gained or lost one."""
        changed = set()
        for k in keys:
            if k not in self.reports:
                continue
            fitting = self.fitting[k]
            target = next(iter(fitting)) if len(fitting) == 1 else None
            old = self.attached.get(k)
            if target == old:
                continue
            if old is not None:
                discard_member(self.supporters, old, k)
                changed.add(old)
            if target is None:
                del self.attached[k]
            else:
                self.attached[k] = target
                self.supporters[target].add(k)
                changed.add(target)
        return changed

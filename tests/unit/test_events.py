"""Event grouping as users see it: reports of one incident count once, different incidents stay apart."""

from __future__ import annotations

from services.aggregator.event_values import country_counts_v2, event_counts, event_fatalities, summarise
from services.aggregator.events import group_reports
from services.common.contracts import schema_errors
from services.common.place_nesting import DIFFERENT, NESTED, SAME, parse_place, place_level
from tests.unit.events_support import clusters, report


def test_two_outlets_on_one_attack_make_one_event() -> None:
    bomb = report("wire", type="explosion", location="Gao", dead=3)
    gunmen = report("paper", type="civilian_attack", location="Gao", dead=5, published="2026-03-02T18:00:00Z")
    groups = group_reports([bomb, gunmen])
    assert clusters(groups) == {frozenset({"wire#0", "paper#0"})}
    event = summarise(groups[0])
    assert event.articles == ("paper", "wire") and event.reports == 2 and event.fatalities == 5


def test_a_follow_up_days_later_with_a_revised_toll_joins_the_event() -> None:
    first = report("first", day="2026-03-02", dead=10)
    update = report("update", day="2026-03-04", dead=7, location="GAO")  # the toll can go down
    event = summarise(group_reports([first, update])[0])
    assert event.fatalities == 7 and event.event_date == "2026-03-02"


def test_different_towns_in_the_same_week_stay_apart() -> None:
    groups = group_reports([report("a", location="Gao"), report("b", location="Kidal", day="2026-03-03")])
    assert len(groups) == 2


def test_same_town_on_stated_days_four_days_apart_stays_apart() -> None:
    groups = group_reports([report("a", day="2026-03-02", stated=True),
                            report("b", day="2026-03-06", stated=True)])
    assert len(groups) == 2


def test_a_report_of_charges_four_days_after_the_shooting_joins_it() -> None:
    shooting = report("first", country="US", type="civilian_attack", day="2026-03-02", stated=True,
                      location="Dayton", dead=1)
    charged = report("charges", country="US", type="civilian_attack", day="2026-03-06", location="Dayton", dead=1)
    assert len(group_reports([shooting, charged])) == 1


def test_protest_and_armed_attack_are_never_one_event() -> None:
    assert len(group_reports([report("a", type="protest"), report("b", type="battle")])) == 2


def test_a_town_joins_the_region_it_lies_in() -> None:
    groups = group_reports([report("a", country="US", type="civilian_attack", location="Kalamazoo County"),
                            report("b", country="US", type="civilian_attack", location="Michigan")])
    assert len(groups) == 1


def test_two_places_in_one_article_are_two_incidents_even_when_another_report_fits_both() -> None:
    jableh, tartus = report("wire", 0, country="SY", location="Jableh"), report("wire", 1, country="SY", location="Tartus")
    vague = report("radio", country="SY", location=None)
    groups = group_reports([jableh, tartus, vague])
    assert clusters(groups) == {frozenset({"wire#0"}), frozenset({"wire#1"}), frozenset({"radio#0"})}


def test_an_unplaced_report_joins_the_only_event_it_fits() -> None:
    groups = group_reports([report("a", location="Gao"), report("b", location=None)])
    assert len(groups) == 1


def test_an_unplaced_report_that_fits_two_events_stays_apart() -> None:
    groups = group_reports([report("a", location="Gao"), report("b", location="Kidal"), report("c", location=None)])
    assert len(groups) == 3


def test_an_unplaced_report_that_fits_several_events_joins_the_one_of_its_own_type() -> None:
    bombing, raid = report("a", location="Gao"), report("b", type="civilian_attack", location="Kidal")
    groups = group_reports([bombing, raid, report("c", type="civilian_attack", location=None)])
    assert clusters(groups) == {frozenset({"a#0"}), frozenset({"b#0", "c#0"})}
    # two of its own type: still no way to choose
    other_raid = report("d", type="civilian_attack", location="Bamako")
    assert len(group_reports([bombing, raid, other_raid, report("c", type="civilian_attack", location=None)])) == 4


def test_small_towns_and_counties_lie_in_their_state() -> None:
    oregon = parse_place("US", "Oregon")
    assert place_level(parse_place("US", "Seaside"), oregon) == NESTED  # a town of about 6,500
    assert place_level(parse_place("US", "Marion County"), oregon) == NESTED  # a county, not a town
    assert place_level(parse_place("US", "Clatsop County"), parse_place("US", "Ohio")) == DIFFERENT
    assert place_level(parse_place("US", "Dallas"), parse_place("US", "Georgia")) == DIFFERENT  # a small namesake
    assert place_level(parse_place("US", "Dallas"), parse_place("US", "Texas")) == NESTED
    assert place_level(parse_place("US", "Park"), parse_place("US", "Colorado")) == NESTED  # "County" cut short
    assert place_level(parse_place("US", "Miami"), parse_place("US", "Kansas")) == DIFFERENT  # a city, not a county
    shooting = report("a", country="US", type="civilian_attack", location="Clatsop County")
    assert len(group_reports([shooting, report("b", country="US", type="civilian_attack", location="Oregon")])) == 1


def test_an_incident_recalled_from_another_state_joins_no_other_articles_event() -> None:
    from services.aggregator.reports import mentions

    # a Georgia shooting story that recalls the Ohio killings; a later Georgia town is the story's own
    assert mentions([("US", "Georgia"), ("US", "Ohio"), ("US", "Atlanta"), ("US", None)]) == [False, True, False, False]
    assert mentions([("US", None), ("US", "Georgia"), ("US", "Ohio")]) == [False, False, True]  # the first *placed*
    assert mentions([("TR", "Istanbul"), ("TR", "Sultanahmet")]) == [False, False]  # not known to lie elsewhere
    assert mentions([("US", "Atlanta"), ("BE", "Brussels")]) == [False, False]  # another country: left alone
    assert mentions([("IL", "Tel Aviv"), ("US", None), ("IL", None)]) == [False, True, False]  # unplaced abroad
    ohio = report("ohio", country="US", type="civilian_attack", location="Ohio", dead=7)
    recalled = report("georgia", 1, country="US", type="civilian_attack", location="Ohio", mention=True)
    own = report("georgia", 0, country="US", type="civilian_attack", location="Georgia", dead=5)
    assert clusters(group_reports([ohio, own, recalled])) == {frozenset({"ohio#0"}), frozenset({"georgia#0"}),
                                                              frozenset({"georgia#1"})}
    assert len(group_reports([ohio, report("radio", country="US", type="civilian_attack", location=None),
                              recalled])) == 2  # the unplaced report fits only the Ohio event


def test_a_location_that_names_only_a_kind_of_place_is_no_place() -> None:
    assert parse_place("US", "County") is None and parse_place("SY", "the capital") is None
    assert len(group_reports([report("a", location="Gao"), report("b", location="County")])) == 1  # not "different places"


def test_an_unplaced_report_joins_an_event_only_within_a_day() -> None:
    gao = report("a", location="Gao", day="2026-03-02")
    assert len(group_reports([gao, report("b", location=None, day="2026-03-03")])) == 1
    assert len(group_reports([gao, report("b", location=None, day="2026-03-05")])) == 2  # a placed follow-up would join


def test_unplaced_reports_group_only_on_the_same_day() -> None:
    first = report("a", location=None, day="2026-03-02", stated=True)
    assert len(group_reports([first, report("b", location=None, day="2026-03-02")])) == 1
    assert len(group_reports([first, report("b", location=None, day="2026-03-03")])) == 2  # chains would grow without end
    assert len(group_reports([first, report("b", type="battle", location=None, day="2026-03-02")])) == 2


def test_an_article_that_dates_its_incident_in_one_sentence_only_reports_one_incident() -> None:
    dated = report("wire", 0, country="US", type="civilian_attack", location="Kansas", day="2026-03-01", stated=True,
                   published="2026-03-02T08:00:00Z")
    undated = report("wire", 1, country="US", type="civilian_attack", location="Newton", day="2026-03-02",
                     published="2026-03-02T08:00:00Z")
    assert len(group_reports([dated, undated])) == 1
    both_dated = report("wire", 1, country="US", type="civilian_attack", location="Newton", day="2026-03-02",
                        stated=True, published="2026-03-02T08:00:00Z")
    assert len(group_reports([dated, both_dated])) == 2  # two days the article states itself: two incidents


def test_place_names_are_compared_as_written_differently() -> None:
    assert place_level(parse_place("SY", "Tartous"), parse_place("SY", "Tartus")) == SAME
    assert place_level(parse_place("SY", "Deir ez-Zor"), parse_place("SY", "Deir al-Zor")) == SAME
    assert place_level(parse_place("US", "KALAMAZOO"), parse_place("US", "Kalamazoo County")) == SAME
    assert place_level(parse_place("US", "Newton"), parse_place("US", "Kansas")) == NESTED
    assert place_level(parse_place("TR", "Istanbul"), parse_place("TR", "Ankara")) == DIFFERENT


def test_the_latest_toll_wins_and_simultaneous_reports_take_the_lower() -> None:
    early, late = report("a", dead=20, published="2026-03-02T08:00:00Z"), report("b", dead=14, published="2026-03-03T08:00:00Z")
    assert event_fatalities([early, late]) == 14
    twin = report("c", dead=9, published="2026-03-03T08:00:00Z")
    assert event_fatalities([early, late, twin]) == 9
    silent = report("d", dead=None, published="2026-03-04T08:00:00Z")  # a report without a toll does not erase it
    assert event_fatalities([early, late, silent]) == 14


def test_the_event_id_stays_when_a_later_report_joins() -> None:
    first = report("first", published="2026-03-02T08:00:00Z")
    before = summarise(group_reports([first])[0]).id
    after = summarise(group_reports([first, report("later", published="2026-03-03T08:00:00Z")])[0]).id
    assert before == after and before.startswith("ev-")


def test_events_and_counts_satisfy_their_contracts() -> None:
    events = [summarise(g) for g in group_reports([report("a", dead=3), report("b", dead=4),
                                                    report("c", type="protest", location="Bamako")])]
    for e in events:
        assert schema_errors("event.v1", e.to_json()) == []
    fields = event_counts(events, retention_days=30)
    assert fields["events"] == 2 and fields["events_by_type"] == {"explosion": 1, "protest": 1}
    v1 = {"country": "ML", "name": "Mali", "total": 3, "by_type": {"explosion": 2, "protest": 1}, "fatalities": 7,
          "articles": 3, "daily": {}, "updated_at": "2026-03-03T00:00:00Z"}
    assert schema_errors("country_counts.v1", v1) == []
    v2 = country_counts_v2(v1, fields)
    assert schema_errors("country_counts.v2", v2) == []
    assert schema_errors("country_counts.v1", v2) == []  # a v1 reader still reads a v2 value


def test_daily_event_counts_keep_only_the_retention_window() -> None:
    events = [summarise([report(f"a{i}", day=day)]) for i, day in enumerate(["2026-01-01", "2026-01-20", "2026-01-31"])]
    fields = event_counts(events, retention_days=12)
    assert sorted(fields["daily_events"]) == ["2026-01-20", "2026-01-31"] and fields["events"] == 3


def test_a_city_named_after_another_region_is_the_city() -> None:
    # Missouri City lies in Texas: it is not the state of Missouri, nor in it, nor the same place as it
    city = parse_place("US", "Missouri City")
    assert city is not None and not city.is_region
    assert place_level(city, parse_place("US", "Missouri")) == DIFFERENT
    assert place_level(city, parse_place("US", "Texas")) == NESTED
    assert place_level(city, parse_place("US", "MISSOURI CITY")) == SAME
    assert place_level(city, parse_place("US", "Missouri City, Texas")) == SAME  # the state after the town's name
    assert place_level(parse_place("US", "Kansas City"), parse_place("US", "Wichita")) == DIFFERENT  # not the state
    assert place_level(parse_place("US", "Kansas City"), parse_place("US", "Missouri")) == NESTED
    # a city in the region it is named after may stay the region, and "an Oregon city" is the state's
    assert place_level(parse_place("US", "Oregon city"), parse_place("US", "Oregon")) == SAME

"""Rallies that a sentence ties to an election campaign are the candidates' events, not demonstrations; "a riot of
colour" is an idiom. Classes read in the read blind sets' false incidents in the seventeenth session; sentences
written for these tests."""

from __future__ import annotations

import datetime

PUBLISHED = datetime.date(2026, 10, 14)  # a Wednesday


def test_candidates_final_rallies_of_a_campaign_are_no_protest(incidents) -> None:
    title = "Zambia's rivals make final pitch to voters"
    body = ("LUSAKA - The president and his main challenger held their final rallies on Saturday in Lusaka and Ndola, "
            "as the campaign for Thursday's election drew to a close.")
    assert incidents(body, title=title, published=PUBLISHED) == []


def test_a_rally_against_an_election_result_is_a_protest(incidents) -> None:
    body = ("Thousands of opposition supporters held a rally in Lusaka on Saturday to protest against the result of "
            "last month's election, police said.")
    found = incidents(body, published=PUBLISHED)
    assert [(e["type"], e["country"]) for e in found] == [("protest", "ZM")]


def test_a_riot_of_colour_is_no_riot(incidents) -> None:
    title = "A riot of colour as festival crowds fill Jaipur's old city"
    body = "JAIPUR - Tens of thousands of revellers threw coloured powder in the streets of Jaipur on Tuesday."
    assert incidents(body, title=title, published=PUBLISHED) == []

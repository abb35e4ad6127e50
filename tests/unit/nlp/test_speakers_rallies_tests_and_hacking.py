"""A candidate's rally is no protest ("at his rally", "X went on the attack at a rally in Tulsa"), shares extending
their rally are a market, rockets fired in missile tests hit test targets, the attacks of a hacking story are on
computers, a group that stages demonstrations is what it does, "it was a terrorist attack" says what the incident
told was, an outlet's name at a headline's end is no target ("- Springfield Post"), and who dies after an attack is
its victim. Classes read in real news of the news-feed export's even half in the eighteenth session; sentences
written for these tests."""

from __future__ import annotations

import datetime

PUBLISHED = datetime.date(2026, 3, 6)  # a Friday


def test_a_candidate_at_his_rally_is_no_protest(incidents) -> None:
    body = ("Senator Mendez went on the attack again on Friday at a rally in Tulsa. At his rally in Dallas on "
            "Thursday, he was combative.")
    assert incidents(body, published=PUBLISHED) == []


def test_protesters_at_a_rally_still_protest(incidents) -> None:
    body = "Thousands of protesters gathered at a rally in Tulsa on Friday to demand higher wages."
    found = incidents(body, published=PUBLISHED)
    assert [(e["type"], e["country"]) for e in found] == [("protest", "US")]


def test_shares_extending_their_rally_are_no_protest(incidents) -> None:
    body = ("TOKYO - Shares of the game maker soared 9 percent on Friday, extending their rally since the launch of "
            "its new console.")
    assert incidents(body, published=PUBLISHED) == []


def test_rockets_of_missile_tests_hit_test_targets(incidents) -> None:
    body = ("TEHRAN - The Revolutionary Guards conducted a second day of missile tests on Wednesday, firing two "
            "rockets that it said hit targets 1,400 km away.")
    assert incidents(body, published=PUBLISHED) == []


def test_rockets_fired_at_a_town_are_an_attack(incidents) -> None:
    body = "Militants fired two rockets at the city of Ashkelon on Wednesday, wounding three people, police said."
    found = incidents(body, published=PUBLISHED)
    assert [(e["type"], e["country"]) for e in found] == [("explosion", "IL")]


def test_the_attackers_of_a_hacking_story_strike_computers(incidents) -> None:
    title = "Hackers behind studio breach are still active, researchers say"
    body = ("The hackers who broke into the studio's servers are still active and have infected computers in "
            "several countries with new malware, researchers said on Friday.\n\nThey found the same code in email "
            "attachments sent to software firms and in a website used to spread spyware.\n\nThe attackers struck "
            "two banks in Manila on Tuesday, the researchers said.")
    assert incidents(body, title=title, published=PUBLISHED) == []


def test_a_group_that_stages_demonstrations_is_not_a_protest(incidents) -> None:
    body = ("A lawmaker was stabbed to death in Leeds on Thursday, police said. The suspect had links to a far-right "
            "group that stages provocative demonstrations.")
    found = incidents(body, published=PUBLISHED)
    assert [e["type"] for e in found] == ["civilian_attack"]


def test_it_was_a_terrorist_attack_retells_the_incident(incidents) -> None:
    body = ("Dozens of people were killed on Thursday when a man drove a truck into a crowd celebrating a festival "
            "in Lyon, officials said. French authorities said it was a terrorist attack.")
    found = incidents(body, published=PUBLISHED)
    assert [(e["type"], e["location"]) for e in found] == [("civilian_attack", "Lyon")]


def test_an_outlet_at_a_headlines_end_is_no_target(incidents) -> None:
    title = "Lawmaker dies after shooting and stabbing attack that stuns town - Springfield Post"
    body = "A lawmaker was shot and stabbed to death on Thursday outside a library in Leeds, police said."
    found = incidents(body, title=title, published=PUBLISHED)
    assert [e["type"] for e in found] == ["civilian_attack"]


def test_who_dies_after_an_attack_is_its_victim(incidents) -> None:
    body = "A police officer died after an attack by gunmen in Kano on Thursday, police said."
    found = incidents(body, published=PUBLISHED)
    assert [(e["type"], e["country"]) for e in found] == [("battle", "NG")]

"""What a titled article's lead says about its later sentences (an undated killing told after a lead without
violence is context), and violence words that name no event: a market rally, an animal attack, "bomb-sniffing",
"the coalition battling", a candidate's rally, a missile that failed at launch (the news feed's even half, read in
the eleventh session). Sentences written for these tests."""

from __future__ import annotations

import datetime

PUBLISHED = datetime.date(2026, 4, 16)  # a Thursday


def _pairs(found: list[dict]) -> list[tuple[str, str]]:
    return [(e["type"], e["country"]) for e in found]


def test_an_undated_old_shooting_in_a_business_story_is_context(enrich) -> None:
    title = "Phone maker to open research centre in Texas"
    body = ("The company said on Wednesday it would hire 500 engineers in Austin, Texas, over three years. "
            "The firm refused to unlock a phone used by the gunman who killed 14 people in San Bernardino, "
            "California. Its shares rose 2 percent.")
    violent = [e for e in enrich(body, title, PUBLISHED)["events"] if e["incident"]]
    assert violent and all(e["background"] for e in violent)


def test_a_dated_incident_after_a_quiet_lead_stays_news(incidents) -> None:
    title = "Ministers meet in Niamey to discuss Sahel security"
    body = ("Defence ministers from four countries met in Niamey, Niger, on Thursday to discuss border security. "
            "They agreed to share intelligence. On Tuesday, gunmen killed six villagers near Tillaberi, in western "
            "Niger, officials said.")
    assert _pairs(incidents(body, title, PUBLISHED)) == [("civilian_attack", "NE")]


def test_an_incident_two_days_before_the_news_stays_news(incidents) -> None:
    title = "Ministers meet in Niamey to discuss Sahel security"
    body = ("Defence ministers from four countries met in Niamey, Niger, on Thursday to discuss border security. "
            "The talks came two days after gunmen killed six villagers near Tillaberi, in western Niger.")
    assert _pairs(incidents(body, title, PUBLISHED)) == [("civilian_attack", "NE")]


def test_a_roundup_whose_lead_counts_the_dead_keeps_its_undated_incidents(incidents) -> None:
    title = "Attacks across Iraq kill dozens"
    body = ("Attacks across Iraq killed at least 30 people, officials said on Thursday. "
            "In Baquba, a car bomb near a market killed nine people. "
            "Gunmen shot dead four soldiers at a checkpoint near Tikrit.")
    assert sorted(_pairs(incidents(body, title, PUBLISHED))) == [("battle", "IQ"), ("explosion", "IQ")]


def test_an_untitled_report_keeps_each_sentence_news(incidents) -> None:
    body = ("Police arrested two militants in Bannu District of Khyber Pakhtunkhwa on April 15. "
            "In another incident, militants shot dead a trader in Lakki Marwat District.")
    assert _pairs(incidents(body, None, PUBLISHED)) == [("civilian_attack", "PK")]


def test_a_rally_that_does_not_reach_bonds_is_a_market_move(incidents) -> None:
    body = "The rally did not extend to British bonds on Wednesday, as a ratings agency warned of a downgrade in London."
    assert incidents(body, None, PUBLISHED) == []


def test_a_wild_animal_attack_is_no_incident(incidents) -> None:
    body = ("In another wild animal attack, police divers recovered the body of a boy near Orlando, Florida, on "
            "Wednesday.")
    assert incidents(body, None, PUBLISHED) == []


def test_a_compound_modifier_names_a_kind_not_an_event(incidents) -> None:
    body = ("Police brought bomb-sniffing dogs to the stadium in Denver on Wednesday, and the senator criticised "
            "his rival's bomb-throwing rhetoric in Washington.")
    assert incidents(body, None, PUBLISHED) == []


def test_a_rocket_propelled_grenade_fired_at_a_post_is_still_an_attack(incidents) -> None:
    body = "Militants fired a rocket-propelled grenade at a checkpoint in Kandahar, Afghanistan, on Wednesday."
    assert [c for _, c in _pairs(incidents(body, None, PUBLISHED))] == ["AF"]


def test_the_coalition_battling_a_group_describes_who_it_is(incidents) -> None:
    body = "The coalition battling Islamic State estimates there are 400 fighters in Falluja, Iraq, officials said."
    assert incidents(body, None, PUBLISHED) == []


def test_appearing_beside_a_candidate_at_a_rally_is_no_protest(incidents) -> None:
    body = "The governor joined Trump at a rally in northwestern Arkansas on Wednesday."
    assert incidents(body, None, PUBLISHED) == []


def test_a_rally_against_a_war_is_a_protest(incidents) -> None:
    body = "Thousands rallied against the war in Chicago on Wednesday, police said."
    assert _pairs(incidents(body, None, PUBLISHED)) == [("protest", "US")]


def test_a_missile_that_blew_up_as_it_lifted_off_its_launcher_is_a_failed_test(incidents) -> None:
    body = ("The missile probably exploded at about the time it lifted off from a mobile launcher near Wonsan, "
            "North Korea, on Wednesday, officials in Seoul said.")
    assert incidents(body, None, PUBLISHED) == []


def test_an_undated_riot_after_a_lead_about_vandalism_is_news(incidents) -> None:
    title = "Lyon: Mosque vandalized"
    body = ("A mosque in the French city of Lyon has been vandalized, its imam said. "
            "In Grenoble, supporters of a rival group attacked demonstrators outside the town hall, a reporter at the "
            "scene said.")
    assert _pairs(incidents(body, title, PUBLISHED)) == [("riot", "FR")]


def test_an_article_dating_violence_as_news_keeps_its_undated_incidents(incidents) -> None:
    title = "Israel and Iran trade warnings over Syria"
    body = ("Diplomats in Moscow said tensions had grown between the two countries.\n\n"
            "Militants attacked an army post near Daraa, in southern Syria, on Saturday.\n\n"
            "Gunmen also killed four villagers at a market in Sweida, residents said.")
    assert sorted(_pairs(incidents(body, title, datetime.date(2026, 4, 13)))) == [
        ("battle", "SY"), ("civilian_attack", "SY")]


def test_undated_fighting_after_a_lead_about_a_coup_is_news(incidents) -> None:
    title = "Coup bid crumbles as crowds fill the streets"
    body = ("A coup attempt by a faction of the army collapsed in Ankara, Turkey, as crowds answered the president's "
            "call to take to the streets. Soldiers opened fire on civilians near a bridge in Istanbul, killing three "
            "people, witnesses said.")
    assert _pairs(incidents(body, title, PUBLISHED)) == [("civilian_attack", "TR")]

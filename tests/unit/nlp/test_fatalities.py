"""Death counts: digits, number words, vague quantities, sums, lower bounds and explicit zero."""

from __future__ import annotations

import pytest

from services.enricher.nlp.fatalities import sentence_deaths


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 70 people were killed in the attack.", 70),
        ("Gunmen killed 12 villagers on Sunday.", 12),
        ("The blast killed at least seven people.", 7),
        ("The death toll rose to 30 on Tuesday.", 30),
        ("A dozen soldiers were killed in the ambush.", 12),
        ("Two soldiers and three civilians were killed.", 5),
        ("Dozens of people were killed in the raid.", 12),
        ("Tens of people were killed in the raid.", 10),
        ("Hundreds of people were killed in the massacre.", 100),
        ("Scores of soldiers were killed in the ambush.", None),
        ("More than two dozen fighters were killed.", 24),
        ("The gunman killed three people and himself.", 4),
        ("The bomb killed 3 people and wounded 12 others.", 3),
        ("Twenty-five people died in the attack.", 25),
        ("No one was killed in the attack.", 0),
        ("The attack on January 28 wounded several people.", None),
        ("The activist was killed outside her home.", 1),
    ],
)
def test_sentence_deaths(nlp, text: str, expected: int | None) -> None:
    doc = nlp(text)
    assert sentence_deaths(next(iter(doc.sents))) == expected

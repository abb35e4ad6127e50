"""The place resolver's vocabulary (data/places.toml): one table of words per concept, loaded once and checked."""

from __future__ import annotations

from .vocabulary import load_tables

TABLES = (
    "state_words", "language_heads", "name_particles", "place_suffixes", "division_words", "event_heads",
    "storm_words", "local_place_nouns", "facility_nouns", "name_locative_preps", "place_of_nouns", "loc_preps",
    "topic_preps", "place_nouns", "bearings", "actor_suffixes", "place_speech_verbs", "actor_nouns", "accused_by",
    "victim_verbs", "border_nouns", "actor_people", "named_by", "name_suffix", "division_suffix", "small_locative",
    "qualifiers", "group_name_words", "retreat_words", "route_nouns", "side_suffixes",
    "residence_verbs", "venue_nouns", "name_suffixes", "name_articles", "beside_preps", "city_parts", "experiencer_verbs",
)
_WORDS = load_tables("places.toml", {table: ("words",) for table in TABLES})


def place_words(table: str) -> frozenset[str]:
    """The words of one table of data/places.toml."""
    return _WORDS[table]["words"]

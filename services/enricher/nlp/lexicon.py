"""Hand-made trigger and cue word lists for event typing (lower-cased lemmas unless noted)."""

from __future__ import annotations

from .vocabulary import load_classes


def words(text: str) -> frozenset[str]:
    """Split a whitespace-separated word list into a set."""
    return frozenset(text.split())



# Triggers that name their mechanism: the type follows from the word itself.
SPECIFIC = {
    "explosion": words(
        "bomb bombing bomber blast explosion explode ied airstrike airstrikes air-strike "
        "shelling shell mortar missile rocket grenade artillery detonate detonation car-bomb "
        "drone-strike bombard bombardment"
    ),
    "battle": words(
        "clash firefight gunfight gunbattle shootout shoot-out ambush battle skirmish fighting encounter confrontation "
        "crossfire counteroffensive counter-offensive fights gunfights"
    ),
    "civilian_attack": words(
        "massacre kidnap kidnapping abduct abduction slay slain slaying murder assassinate assassination "
        "behead lynch hijack hijacking"
    ),
    "riot": words("riot rioter rioting loot looting mob"),
    "protest": words("protest protester protestor demonstration demonstrator rally march marcher sit-in"),
    "strategic": words(
        "arrest detain detention coup indict deploy deployment seize seizure ban outlaw resign "
        "resignation appoint curfew extradite extradition convict charge crackdown"
    ),
    "diplomacy": words(
        "talk visit agreement treaty accord summon sanction condemn condemnation accuse "
        "accusation negotiation negotiate summit envoy sever pact memorandum"
    ),
}
# Generic violence words: typed by weapon, then by target (military -> battle, else civilian).
GENERIC = words("attack assault kill strike raid storm shoot offensive overrun firing")
KILL_VERBS = words("kill shoot")
# Words that only trigger in a few readings.
NOT_TRIGGER_NEXT = {"riot": words("police gear squad shield shields"), "rally": words("point"), "talk": words("show"),
                    "assault": words("rifle rifles weapon weapons")}
# Objects that make "strike" an idiom ("strike a deal", "struck a balance"), not an attack.
STRIKE_IDIOMS = words("deal deals bargain balance chord note pose agreement accord compromise")

WEAPON = words(
    "bomb bombs explosive explosives ied ieds airstrike airstrikes drone drones missile missiles rocket "
    "rockets mortar mortars shell shells shelling grenade grenades artillery blast car-bomb"
)
# The actor taxonomy lives in data/actors.toml (one class per word); these are its views for typing.
ACTORS = load_classes("actors.toml", ("military", "police", "armed_groups", "perpetrators", "military_sites",
                                      "civilians", "civilian_sites", "protesters"))
# Targets whose attack is a battle: forces, police, organised armed groups and their positions.
MILITARY = ACTORS["military"] | ACTORS["police"] | ACTORS["armed_groups"] | ACTORS["military_sites"]
# Targets whose attack is a civilian attack.
CIVILIAN = ACTORS["civilians"] | ACTORS["civilian_sites"]
# Who carries out armed violence outside the state.
ARMED_ACTORS = ACTORS["armed_groups"] | ACTORS["perpetrators"]
# Non-state armed sides: with them a clash is a battle; protesters against state forces is a riot.
FORCE_ACTORS = ACTORS["armed_groups"] | ACTORS["perpetrators"]
DEMO_ACTORS = ACTORS["protesters"]
DEMO_CLASSES = frozenset({"protesters"})
VIOLENCE = words(
    "kill killed killing dead death deaths die died wound wounded injure injured soldier soldiers troops "
    "militant militants gunman gunmen fighter fighters rebel rebels insurgent insurgents jihadist "
    "jihadists terrorist terrorists army military police forces armed gun guns gunfire weapon weapons "
    "shot shoot shooting rifle casualties casualty bullet bullets hostage hostages explosive "
    "explosives bomb fire fired"
)
RIOT_CUES = words(
    "clash clashed clashes stone stones rock rocks loot looted looting torch torched burn burned burnt "
    "set-fire vandalise vandalize vandalised vandalized violent violence attacked stormed molotov"
)
PROTEST_CONTEXT = words(
    "protester protesters demonstrator demonstrators crowd crowds thousands hundreds street streets "
    "square march marched rally slogans placards chanting gathered"
)
# Contexts where violent vocabulary is not physical violence.
SPORT = words(
    "race races lap laps grand prix championship championships tournament medal medals podium "
    "olympic olympics league season coach swimmer swimming driver drivers team teammate match "
    "matches goal goals cup final finals qualifying pole rugby football cricket tennis golf "
    "birdie birdied birdies bogey bogeys eagle putt golfer golfers under-par knockout undercard bout boxer boxing "
    "knockouts uppercut referee heavyweight heavyweights lightweight middleweight welterweight featherweight wbc wba ibf "
    "punch punches champion title ring canvas"
)
# Sport words too common elsewhere to veto a sentence on their own ("a 17-year-old driver", "the final toll").
SPORT_AMBIGUOUS = words(
    "driver drivers team teammate season final finals coach pole race races match matches eagle punch punches champion title "
    "ring canvas"
)
SPORT_SENTENCE = SPORT - SPORT_AMBIGUOUS
# Film, music and box-office reporting ("bombed at the box office", "shot on location", "a killer concept").
ENTERTAINMENT = words(
    "film films movie movies sequel premiere box-office cinema cinemas theaters theatres actor actress "
    "album concert comedy thriller documentary blockbuster filmmaker filming filmed"
)
CYBER = words("hacker hackers hack hacked hacking cyber cyberattack website websites online internet ddos server servers email")
DISASTER = words(
    "cyclone storm hurricane typhoon flood floods flooding earthquake quake landslide accident "
    "crash collapse stampede fire blaze disease cholera covid outbreak drought tsunami heatwave"
)
# Accident and natural-hazard words in any part of speech ("a plane crashed, killing 18", "tornadoes tore through").
ACCIDENT = words(
    "crash crashed crashes tornado tornadoes thunderstorm thunderstorms cyclone hurricane typhoon "
    "flood floods flooding earthquake quake landslide landslides mudslide avalanche stampede derail derailed "
    "derailment collision collided capsize capsized sank wildfire wildfires blaze eruption erupted tree "
    "drown drowned electrocuted overdose heatwave lightning"
)
# A missile or rocket fired as a test or show of force, with no target hit.
TEST_WORDS = words("test tests tested test-fire test-fired test-firing launch launches launched drills drill exercise exercises")
HIT_WORDS = words("hit hits struck strike kill killed killing dead wounded injured damage damaged destroyed target targeted")
AGGREGATE = words("since so-far annually yearly total overall cumulative tally altogether")
NOT_TRIGGER_WORDS = words("according accordingly")
# Nouns that make a "protest" the topic of speech or law, not a street event ("comments on protests").
TOPIC_NOUNS = words("comment comments remark remarks statement statements question questions law laws bill rules ban crackdown")
# Verbs of diplomatic complaint: "lodged a protest" is a note, not a demonstration.
COMPLAIN_VERBS = words("lodge file register issue deliver send voice express make")
# Confrontations that are riots, not battles, when protesters rather than armed groups are involved.
CLASH_LEMMAS = words("clash skirmish scuffle fighting confrontation")

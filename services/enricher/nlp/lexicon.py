"""The rule vocabulary, read once from the data files: trigger words, context cues, non-conflict frames, actors.

The words live in data/triggers.toml, data/cues.toml, data/frames.toml, data/tolls.toml and data/actors.toml
(see each file's comments); this module names the views the rules read. vocabulary.py rejects a word in two classes
of one table, and any table or class that the names below do not read.
"""

from __future__ import annotations

from .vocabulary import load_classes, load_tables

MECHANISM_TYPES = ("explosion", "battle", "civilian_attack", "riot", "protest", "strategic", "diplomacy")

_TRIGGERS = load_tables("triggers.toml", {
    "mechanisms": (*MECHANISM_TYPES, "generic_kill", "generic_other", "arson_words", "never", "wounding"),
    "next_word_vetoes": ("riot", "rally", "mob", "talk", "assault", "shoot", "stab", "protest", "attack", "any"),
    "previous_word_vetoes": ("attack", "animal", "mob", "shoot", "assault", "riot"),
    "object_vetoes": ("strike", "fire", "shoot_score", "shoot_camera", "shoot_film", "shoot_glance", "shoot_down",
                      "stab_idiom"),
    "prefixes": ("explosive", "nonlethal", "incendiary"),
    "modifiers": ("definite", "aimless", "styled"),
    "street_clash": ("lemmas", "brawls", "scene", "assaults", "partisans", "parties"),
    "not_gerund": ("words",),
    "downing": ("verbs", "aircraft"),
    "operations": ("casualties", "resistance"),
    "verb_forms": ("shoot",),
    "noun_forms": ("shoot",),
})
_CUES = load_tables("cues.toml", {
    "weapons": ("explosive", "firearms", "gunfire_nouns", "devices", "blades", "blade_verbs", "armed_cues", "gunshots",
                "gunmen", "fire_kinds", "fire_verbs"),
    "violence": ("words",),
    "demonstration": ("riot", "protest_context", "gatherings", "campaign", "ballots", "addresses", "hosts", "grievance",
                      "parades", "causes", "showcases", "goal_preps", "places_marched", "fasts"),
    "protest_talk": ("topic_nouns", "complain_verbs", "official_bodies"),
    "launch": ("test", "hit", "no_target"),
    "aggregate": ("running_total", "large_vague", "spread", "waves", "duration_units", "statistic_heads",
                  "statistic_quantifiers", "place_plurals", "place_quantifiers", "reputation", "pattern_predicates",
                  "crime_kinds", "change_verbs", "motion_change_verbs",
                  "tallied", "period_lead", "period_preps", "counted_from", "span_fillers"),
    "gathering": ("verbs", "cues"),
    "captivity": ("verbs", "words", "not_captives", "carry_off", "carry_particles", "grab", "ransom", "force",
                  "people"),
    "trigger_heads": ("hit", "repel", "perceive", "response"),
    "clause_links": ("words",),
    "attribution": ("speech_verbs", "dispute_verbs", "stations", "jurisdictions"),
    "operations": ("nouns",),
    "origins": ("motion", "stance"),
    "news_lead": ("unrest", "operations", "seizures", "ground", "stoppages", "harm"),
    "relative_time": ("later_units", "year_links"),
    "same_day": ("words", "links"),
    "sequence": ("opened_by",),
    "response": ("fights",),
    "separate": ("openers", "determiners", "event_nouns"),
    "title_harm": ("figurative", "gunfire_mechanisms"),
})
_FRAMES = load_tables("frames.toml", {
    "sport": ("unambiguous", "ambiguous", "trades"),
    "media": ("entertainment", "cyber"),
    "hazards": ("both", "nouns", "any_pos", "over_verbs", "structures", "falling", "phrases", "misfortunes"),
    "article_frames": ("business", "hazard", "fiction", "rehearsal", "campaign", "violence_count", "attack"),
    "accidents": ("prefix", "blast_nouns", "sites", "vehicles", "mining", "misfire"),
    "needs_violence": ("projectiles", "other", "disputes", "debaters"),
    "struggle": ("lemmas", "sides"),
    "blasts": ("lemmas", "evidence", "bombarders"),
    "markets": ("words",),
    "illness": ("words",),
    "criticism": ("objects",),
    "drills": ("nouns", "modifiers"),
    "statistics": ("nouns",),
    "contests": ("words",),
    "credits": ("words", "links", "caption_openers", "caption_words"),
    "aims": ("periods",),
    "hijacks": ("seized",),
    "similes": ("using",),
})

# --- triggers (data/triggers.toml) ---
_MECHANISMS = _TRIGGERS["mechanisms"]
# Triggers that name their mechanism: the type follows from the word itself (checked in this order).
SPECIFIC = {etype: _MECHANISMS[etype] for etype in MECHANISM_TYPES}
KILL_VERBS = _MECHANISMS["generic_kill"]
WOUNDING_VERBS = _MECHANISMS["wounding"]  # "gunmen wounded three policemen": an attack when attackers do it
# Generic violence words: typed by weapon, then by target (military -> battle, else civilian).
GENERIC = KILL_VERBS | _MECHANISMS["generic_other"]
ARSON_WORDS = _MECHANISMS["arson_words"]
NOT_TRIGGER_WORDS = _MECHANISMS["never"]
# Words that only trigger in a few readings: the next word vetoes them ("riot police", "assault rifle").
NOT_TRIGGER_NEXT = _TRIGGERS["next_word_vetoes"]
DOWNING_VERBS = _TRIGGERS["downing"]["verbs"]  # "downed a helicopter", "shot down a jet": a battle
AIRCRAFT = _TRIGGERS["downing"]["aircraft"]
NOT_GERUND = _TRIGGERS["not_gerund"]["words"]  # "an encounter with militants", not "after encountering the child"
ANIMALS = _TRIGGERS["previous_word_vetoes"]["animal"]  # "a shark attack", "an alligator killed a toddler"
NOT_TRIGGER_PREVIOUS = {"attack": _TRIGGERS["previous_word_vetoes"]["attack"] | ANIMALS,  # "a heart attack"
                        "mob": _TRIGGERS["previous_word_vetoes"]["mob"],  # "the Internet mob"
                        "shoot": _TRIGGERS["previous_word_vetoes"]["shoot"],  # "flu shot"
                        "assault": _TRIGGERS["previous_word_vetoes"]["assault"],  # "sexually assaulted"
                        "riot": _TRIGGERS["previous_word_vetoes"]["riot"]}  # "runs riot"
# Objects that make "strike" an idiom ("strike a deal", "struck a balance"), not an attack.
STRIKE_IDIOMS = _TRIGGERS["object_vetoes"]["strike"]
NOT_FIRED = _TRIGGERS["object_vetoes"]["fire"]  # "fired tear gas", "fired a salute": no one is fired on
SCORE_WORDS = _TRIGGERS["object_vetoes"]["shoot_score"]  # "shot a 4-under 68"
CAMERAS = _TRIGGERS["object_vetoes"]["shoot_camera"]  # "shooting with a phone"
FILMED = _TRIGGERS["object_vetoes"]["shoot_film"]  # "shot every campaign ad": filmed
GLANCES = _TRIGGERS["object_vetoes"]["shoot_glance"]  # "shot each other a look"
TURNED_DOWN = _TRIGGERS["object_vetoes"]["shoot_down"]  # "shot down her advice": turned down
STAB_IDIOM = _TRIGGERS["object_vetoes"]["stab_idiom"]  # "stabbed in the back by his party": betrayed
EXPLOSIVE_PREFIX = _TRIGGERS["prefixes"]["explosive"]  # "drone strike", "suicide attack"
NONLETHAL_PREFIX = _TRIGGERS["prefixes"]["nonlethal"]  # "teargas shells", "stun grenades": no explosion
INCENDIARY_PREFIX = _TRIGGERS["prefixes"]["incendiary"]  # "petrol bombs": fire thrown, no explosion
DEFINITE = _TRIGGERS["modifiers"]["definite"]  # "the attack": an incident already told
AIMLESS = _TRIGGERS["modifiers"]["aimless"]  # "fired indiscriminately": into people
STYLE_WORDS = _TRIGGERS["modifiers"]["styled"]  # "Beslan-style raids": a kind of attack
# Confrontations that are riots, not battles, when protesters rather than armed groups are involved.
BRAWL_LEMMAS = _TRIGGERS["street_clash"]["brawls"]  # "two groups clashed": a riot when nobody armed is named
CLASH_LEMMAS = _TRIGGERS["street_clash"]["lemmas"] | BRAWL_LEMMAS
STREET_ASSAULTS = _TRIGGERS["street_clash"]["assaults"]  # "youths stormed a shop": a riot in a crowd's hands
PARTISANS = _TRIGGERS["street_clash"]["partisans"]  # "BNP supporters clashed": party people, a riot
PARTIES = _TRIGGERS["street_clash"]["parties"]
STREET_SCENE = _TRIGGERS["street_clash"]["scene"]  # "youths pelted stones during a clash": a riot
VERB_FORMS = _TRIGGERS["verb_forms"]  # "shot" before "dead" is the verb "shoot", even tagged as a noun
NOUN_FORMS = _TRIGGERS["noun_forms"]  # "a shooting" is the verb "shoot" wherever it stands
CASUALTIES = _TRIGGERS["operations"]["casualties"]  # "killed in a police raid": the raid is the incident
RAID_RESISTANCE = _TRIGGERS["operations"]["resistance"]  # "raided a hideout and came under fire": a fight

# --- context cues (data/cues.toml) ---
WEAPON = _CUES["weapons"]["explosive"]
GUNFIRE_NOUNS = _CUES["weapons"]["gunfire_nouns"]  # "heavy gunfire and shelling": shooting told as a noun
FIREARMS = _CUES["weapons"]["firearms"] | GUNFIRE_NOUNS
DEVICES = _CUES["weapons"]["devices"]
GUNFIRE_KINDS = _CUES["weapons"]["fire_kinds"] | WEAPON | FIREARMS  # "sniper fire", "mortar fire": no blaze
GUNFIRE_VERBS = _CUES["weapons"]["fire_verbs"]  # "returned fire": shooting back, no blaze
# What shows that a killing was an attack, when no armed group is named: weapons and armed attackers.
GUNMEN = _CUES["weapons"]["gunmen"]
BLADES = _CUES["weapons"]["blades"]  # "stabbed in the back with a knife": a real stab
KILL_EVIDENCE = FIREARMS | BLADES | _CUES["weapons"]["blade_verbs"] | _CUES["weapons"]["gunshots"] | GUNMEN
ARMED_CUES = _CUES["weapons"]["armed_cues"]
ORIGIN_VERBS = _CUES["origins"]["motion"]  # "crossed over from X", "fired from X": where they came from
STANCE_PREFIXES = _CUES["origins"]["stance"]  # "anti-American rallies": a cause, not a place
OPERATIONS = _CUES["operations"]["nouns"]  # "killed in a police operation": a clash with the security forces
VIOLENCE = _CUES["violence"]["words"]
RIOT_CUES = _CUES["demonstration"]["riot"]
PROTEST_CONTEXT = _CUES["demonstration"]["protest_context"]
GRIEVANCE = _CUES["demonstration"]["grievance"]  # "against gang violence": what a protest is about
SHOWCASES = _CUES["demonstration"]["showcases"]  # "a gameplay demonstration": a showcase
FASTS = _CUES["demonstration"]["fasts"]  # "a hunger strike protest": no demonstration
GROUP_NOUNS = _CUES["demonstration"]["gatherings"]  # "a group of youths": the youths did it
GOAL_PREPS = _CUES["demonstration"]["goal_preps"]  # "the march toward approval": progress
PLACES_MARCHED_TO = _CUES["demonstration"]["places_marched"]  # what marchers head toward
CAUSES = _CUES["demonstration"]["causes"]  # "clashes over the death of a commander": a crowd's grievance
PARADES = _CUES["demonstration"]["parades"]  # "marched in the Republic Day parade": a show, not a protest
CAMPAIGN = _CUES["demonstration"]["campaign"]  # "a campaign rally" is a candidate's event, not a demonstration
BALLOTS = _CUES["demonstration"]["ballots"]  # "final rallies before the vote": a campaign's rallies
ADDRESSES = _CUES["demonstration"]["addresses"]  # "a speech at a rally": the rally is an audience
RALLY_HOSTS = _CUES["demonstration"]["hosts"]  # "joined Trump at a rally": the rally is the named person's event
# Nouns that make a "protest" the topic of speech or law, not a street event ("comments on protests").
TOPIC_NOUNS = _CUES["protest_talk"]["topic_nouns"]
# Verbs of diplomatic complaint: "lodged a protest" is a note, not a demonstration.
COMPLAIN_VERBS = _CUES["protest_talk"]["complain_verbs"]
OFFICIAL_BODIES = _CUES["protest_talk"]["official_bodies"]  # "a protest from the government": a note
# A missile or rocket fired as a test or show of force, with no target hit.
TEST_WORDS = _CUES["launch"]["test"]
TESTED = frozenset(w for w in TEST_WORDS if w.startswith("test"))  # "tested a hydrogen bomb", "a bomb test"
HIT_WORDS = _CUES["launch"]["hit"]
NO_TARGET = _CUES["launch"]["no_target"]  # "fired at sea", "flew at a height": no target
AGGREGATE = _CUES["aggregate"]["running_total"]
LARGE_VAGUE = _CUES["aggregate"]["large_vague"]
REPUTATION = _CUES["aggregate"]["reputation"]  # "notorious for the murders of women": a pattern
PLACE_PLURALS = _CUES["aggregate"]["place_plurals"]
PLACE_QUANTIFIERS = _CUES["aggregate"]["place_quantifiers"] | _CUES["aggregate"]["statistic_quantifiers"]
SPREAD = _CUES["aggregate"]["spread"]  # "across", "nationwide": with a wave of attacks, a running total
WAVES = _CUES["aggregate"]["waves"]
DURATION_UNITS = _CUES["aggregate"]["duration_units"]  # "attacks for more than two years"
STATISTIC_HEADS = _CUES["aggregate"]["statistic_heads"]  # "the number of civilians killed"
STATISTIC_QUANTIFIERS = _CUES["aggregate"]["statistic_quantifiers"]  # "most of the abductions"
PATTERN_PREDICATES = _CUES["aggregate"]["pattern_predicates"]  # "attacks were routine"
TREND_CHANGE_VERBS = _CUES["aggregate"]["change_verbs"]  # "kidnapping cases have increased": a trend
# "Kidnappings rose by a quarter": a title's statistic
CHANGE_VERBS = TREND_CHANGE_VERBS | _CUES["aggregate"]["motion_change_verbs"]
TALLIED = WAVES | _CUES["aggregate"]["tallied"]  # plural violence a statistic tallies
PERIOD_LEAD = _CUES["aggregate"]["period_lead"] | _CUES["aggregate"]["counted_from"]  # "last year", "the first six months"
COUNTED_FROM = _CUES["aggregate"]["counted_from"]  # "over the last seven months": the end a counted span runs from
SPAN_FILLERS = _CUES["aggregate"]["span_fillers"]  # "the last few months"
PERIOD_PREPS = _CUES["aggregate"]["period_preps"]  # "in six months", "over the past year": a span counted over
CRIME_KINDS = _CUES["aggregate"]["crime_kinds"]  # "extortion and abduction": kinds of crime, not an incident
# "people gathered outside the court holding placards": a gathering with these cues is a demonstration.
GATHER_VERBS = _CUES["gathering"]["verbs"]
DEMO_CUES = _CUES["gathering"]["cues"]
UNREST_LEAD = _CUES["news_lead"]["unrest"]  # "Mosque vandalized": a lead about unrest that is no incident
OPERATION_LEAD = _CUES["news_lead"]["operations"]  # "troops cleared insurgent camps": an operation
STOPPAGES = _CUES["news_lead"]["stoppages"]  # "a hunger strike": no attack
HARM = _CUES["news_lead"]["harm"]  # "the deadly attack on Wednesday": an attack that hurt people
SEIZURE_LEAD = _CUES["news_lead"]["seizures"]  # "insurgents overran a border post": ground taken in a war
LATER_UNITS = _CUES["relative_time"]["later_units"]  # "Days later, ...": dated like the incident told before
DAY_WORDS = _CUES["same_day"]["words"]  # "On the same day, ...": dated like the incident told before
DAY_LINKS = _CUES["same_day"]["links"]
YEAR_LINKS = _CUES["relative_time"]["year_links"]  # "The same year, ...": dated in another year the story named
SEPARATE_OPENERS = _CUES["separate"]["openers"]  # "Separately, police said ...": another incident
SEPARATE_DETERMINERS = _CUES["separate"]["determiners"]  # "In another incident", "Another blast"
SEPARATE_EVENTS = _CUES["separate"]["event_nouns"]
OPENED_BY = _CUES["sequence"]["opened_by"]  # "stormed the hotel following a suicide bombing": one incident
RESPONSE_FIGHTS = _CUES["response"]["fights"]  # "troops killed the attackers": the forces' own battle
CAPTIVE_VERBS = _CUES["captivity"]["verbs"]  # "took seven people hostage"
CAPTIVE_WORDS = _CUES["captivity"]["words"]
NOT_CAPTIVES = _CUES["captivity"]["not_captives"]  # "the sector is held hostage": a figure of speech
CARRY_OFF = _CUES["captivity"]["carry_off"]  # "whisked away three aid workers"
CARRY_PARTICLES = _CUES["captivity"]["carry_particles"]
CARRY_VERBS = CARRY_OFF | CAPTIVE_VERBS  # "whisked away", and "was taken away by armed men"
GRAB_VERBS = _CUES["captivity"]["grab"]  # "gunmen snatched a trader"
RANSOM = _CUES["captivity"]["ransom"]
CAPTIVE_FORCE = _CUES["captivity"]["force"]  # "seized at gunpoint"
CAPTIVE_PEOPLE = _CUES["captivity"]["people"]  # "whisked away the son of a trader"
FIGURATIVE_FIRE = _CUES["title_harm"]["figurative"]  # "allies trade fire": no harm by itself in a title
GUNFIRE_MECHANISMS = _CUES["title_harm"]["gunfire_mechanisms"]  # an ambush is gunfire  # "held two traders for ransom"
# "drones damaged grain silos", "a missile hit a school": a weapon acting on a target is an explosion.
HIT_VERBS = _CUES["trigger_heads"]["hit"]
REPEL_VERBS = _CUES["trigger_heads"]["repel"]  # "repelled an attack": the defenders fought it off, a battle
PERCEIVE_VERBS = _CUES["trigger_heads"]["perceive"]  # "explosions were heard": a detail of the incident told
RESPONSE_NOUNS = _CUES["trigger_heads"]["response"]  # "in response to the massacre in X": an incident already told
# Clause links after which a run-on sentence reports another event ("..., while in Kisumu protesters looted shops").
CLAUSE_LINKS = _CUES["clause_links"]["words"]
SPEECH_VERBS = _CUES["attribution"]["speech_verbs"]  # "police said": a source, not a target
DISPUTE_VERBS = _CUES["attribution"]["dispute_verbs"]  # "activists disputed the gains": a source
STATIONS = _CUES["attribution"]["stations"]  # "under Ranipur Police Station": an address, not a target
JURISDICTIONS = _CUES["attribution"]["jurisdictions"]  # "in the limits of", "Police Station limits"

# --- frames where violent words are not violence (data/frames.toml) ---
# Sport words too common elsewhere to veto a sentence on their own ("a 17-year-old driver", "the final toll").
SPORT_AMBIGUOUS = _FRAMES["sport"]["ambiguous"]
SPORT_SENTENCE = _FRAMES["sport"]["unambiguous"]
SPORT = SPORT_SENTENCE | SPORT_AMBIGUOUS
SPORT_TRADES = _FRAMES["sport"]["trades"]  # "truck drivers": no racing
# Film, music and box-office reporting ("bombed at the box office", "shot on location", "a killer concept").
ENTERTAINMENT = _FRAMES["media"]["entertainment"]
CYBER = _FRAMES["media"]["cyber"]
_HAZARDS = _FRAMES["hazards"]
DISASTER = _HAZARDS["both"] | _HAZARDS["nouns"]  # hazard nouns ("a storm", not "stormed")
# Accident and natural-hazard words in any part of speech ("a plane crashed, killing 18", "tornadoes tore through").
ACCIDENT = _HAZARDS["both"] | _HAZARDS["any_pos"]
OVER_VERBS = _HAZARDS["over_verbs"]  # "a bus rolled over": an overturned vehicle
STRUCTURES = _HAZARDS["structures"]  # "the bridge collapsed": what falls down by accident
FALLING = _HAZARDS["falling"]  # "caved in", "collapsed"
ACCIDENT_PHRASES = _HAZARDS["phrases"]  # "a hit-and-run"
MISFORTUNES = _HAZARDS["misfortunes"]  # "disaster struck"
# Frame words counted over the whole article; an article rich in them and poor in armed actors is not about conflict.
BUSINESS = _FRAMES["article_frames"]["business"]
HAZARD = _FRAMES["article_frames"]["hazard"]
FICTION = _FRAMES["article_frames"]["fiction"] | ENTERTAINMENT  # a film or book review
REHEARSAL = _FRAMES["article_frames"]["rehearsal"]  # an exercise that stages an attack
CAMPAIGN_FRAME = _FRAMES["article_frames"]["campaign"]  # an election story: its rallies are candidates'
VIOLENCE_COUNT = _FRAMES["article_frames"]["violence_count"]
ATTACK_WORDS = _FRAMES["article_frames"]["attack"]
# What blows up by accident: "a methane explosion", "a gas blast", "a boiler explosion".
ACCIDENT_PREFIX = _FRAMES["accidents"]["prefix"]
BLAST_NOUNS = _FRAMES["accidents"]["blast_nouns"]
MISFIRE = _FRAMES["accidents"]["misfire"]  # "an accidental shooting": a trigger these modify is an accident
MINING = _FRAMES["accidents"]["mining"]  # "a mine blast trapped 20 miners": a mining accident, not a landmine
ACCIDENT_SITES = _FRAMES["accidents"]["sites"]  # "a blast at a garment factory": an industrial accident
VEHICLES = _FRAMES["accidents"]["vehicles"]  # "a car in the motorcade struck and killed a boy": a road accident
PROJECTILES = _FRAMES["needs_violence"]["projectiles"]
NEEDS_VIOLENCE = PROJECTILES | _FRAMES["needs_violence"]["other"]  # violence only with violent words about
DISPUTES = _FRAMES["needs_violence"]["disputes"]  # "a political clash": no violence, whatever words are about
DEBATERS = _FRAMES["needs_violence"]["debaters"]  # "lawmakers clashed over a bill": a debate
# Verbs whose non-human object makes them a struggle ("rescuers battled aftershocks").
FIGHT_LEMMAS = _FRAMES["struggle"]["lemmas"]
ALLIANCES = _FRAMES["struggle"]["sides"]  # "the coalition battling Islamic State": who they are, not an event
BOMBARDERS = _FRAMES["blasts"]["bombarders"]  # "bombarded by warplanes": who bombards besides weapons and forces
BLAST_LEMMAS = _FRAMES["blasts"]["lemmas"]  # explosion words: violence only with evidence of a blast about
MARKETS = _FRAMES["markets"]["words"]  # "an oil rally", "shares shot up": prices moving, not people
ILLNESS = _FRAMES["illness"]["words"]  # "a long battle with cancer"
CRITICISM_OBJECTS = _FRAMES["criticism"]["objects"]  # "attacked the decision": words, not force
DRILL_NOUNS = _FRAMES["drills"]["nouns"]  # "during a military exercise": training, not an incident
DRILL_MODIFIERS = _FRAMES["drills"]["modifiers"]  # "a mock village", "a simulated attack"
STATISTIC_NOUNS = _FRAMES["statistics"]["nouns"]  # "the murder rate": a figure about violence
CONTESTS = _FRAMES["contests"]["words"]  # "bombed out of the game": knocked out of a contest
CREDITS = _FRAMES["credits"]["words"]  # "(Reporting by ...; Editing by ...)": a wire credit line
LINK_WORDS = _FRAMES["credits"]["links"]  # "Related: ...", "READ MORE: ...": a link to another story
CAPTION_OPENERS = _FRAMES["credits"]["caption_openers"]  # "JUST WATCHED ...", "Hide Caption ...": a scraped caption
CAPTION_WORDS = _FRAMES["credits"]["caption_words"]
HIJACKED_THINGS = _FRAMES["hijacks"]["seized"]  # "hijacked a ferry"; "hijacked the debate" is a figure
USING_VERBS = _FRAMES["similes"]["using"]  # "using the courts as a weapon": a comparison
AIM_PERIODS = _FRAMES["aims"]["periods"]  # "shooting for hours" is gunfire; "shooting for an audience" is aiming

# --- death tolls (data/tolls.toml) ---
_TOLLS = load_tables("tolls.toml", {
    "death_words": ("both", "victims_before", "victims_after", "shot_dead"),
    "count_limits": ("subset", "age", "age_followers", "not_dead", "units", "currencies"),
    "toll": ("nouns", "counted", "verbs", "skip"),
    "victim_phrase": ("skip",),
    "single_victims": ("person_nouns", "passive_aux", "killing_verbs", "collective"),
    "agent_nouns": ("endings",),
    "own_death": ("objects", "subjects", "dead"),
    "dying": ("verbs", "takers"),
})
_DEATH = _TOLLS["death_words"]
DEATH_AFTER = _DEATH["both"] | _DEATH["victims_before"]  # after the victims: "two soldiers were killed"
DEATH_BEFORE = _DEATH["both"] | _DEATH["victims_after"]  # before the victims: "killing at least 12"
DEAD_VERBS = _DEATH["shot_dead"]  # "shot dead two villagers": a killing verb with the victims after it
SUBSET_WORDS = _TOLLS["count_limits"]["subset"]  # what follows is a subset ("killed 17, including four children")
AGE_WORDS = _TOLLS["count_limits"]["age"]  # numbers after these are ages, never victims
AGE_FOLLOWERS = _TOLLS["count_limits"]["age_followers"]  # "Name 50 was shot": an age without its commas
NOT_DEAD = _TOLLS["count_limits"]["not_dead"]
NOT_COUNT_NEXT = _TOLLS["count_limits"]["units"]
CURRENCIES = _TOLLS["count_limits"]["currencies"]  # a number after these is a sum of money
TOLL_WORDS = _TOLLS["toll"]["nouns"]
TOLL_VERBS = _TOLLS["toll"]["verbs"]  # "rose", "climbed": bring a toll to its figure
TOLL_SKIP = TOLL_VERBS | _TOLLS["toll"]["skip"]
COUNTED_NOUNS = _TOLLS["toll"]["counted"]  # "the number of people killed rose to nine"
SKIP_BACK = _TOLLS["victim_phrase"]["skip"]
PERSON_NOUNS = _TOLLS["single_victims"]["person_nouns"]  # singular victims named without a number count as one
PASSIVE_AUX = _TOLLS["single_victims"]["passive_aux"]
PEOPLE_WORDS = _TOLLS["single_victims"]["collective"]  # "14 people, all fighters, were killed": plural persons
PERSON_ENDINGS = tuple(sorted(_TOLLS["agent_nouns"]["endings"]))
SINGLE_KILLING_VERBS = _TOLLS["single_victims"]["killing_verbs"]
KILLER_OBJECTS = _TOLLS["own_death"]["objects"]  # "before police shot him dead": the killer died too
KILLER_SUBJECTS = _TOLLS["own_death"]["subjects"]  # "before he was shot dead"
DEAD_WORDS = _TOLLS["own_death"]["dead"]  # a shooting that says death ("shot dead", "killed")
DYING_VERBS = _TOLLS["dying"]["verbs"]  # "a lawmaker dies after a shooting attack": the subject is its victim
LIFE_TAKERS = _TOLLS["dying"]["takers"]  # "claimed 12 lives": the lives counted are the dead

# --- actors (data/actors.toml, one class per word); these are its views for typing ---
ACTORS = load_classes("actors.toml", ("military", "police", "armed_groups", "perpetrators", "military_sites",
                                      "civilians", "civilian_sites", "protesters"))
# Targets whose attack is a battle: forces, police, organised armed groups and their positions.
MILITARY = ACTORS["military"] | ACTORS["police"] | ACTORS["armed_groups"] | ACTORS["military_sites"]
# Targets whose attack is a civilian attack.
CIVILIAN = ACTORS["civilians"] | ACTORS["civilian_sites"]
CIVILIAN_PEOPLE = ACTORS["civilians"]  # unarmed people, without their places
# Non-state armed sides, who carry out armed violence outside the state: with them a clash is a battle;
# protesters against state forces is a riot.
ARMED_ACTORS = ACTORS["armed_groups"] | ACTORS["perpetrators"]
PERPETRATORS = ACTORS["perpetrators"]
ARMED_NOUNS = frozenset().union(*(ACTORS[c] for c in ("military", "police", "armed_groups", "perpetrators")))
# What "fire" can be the fire of when it is shooting ("sniper fire", "mortar fire", "militants fire").
GUNFIRE_MODIFIERS = GUNFIRE_KINDS | MILITARY | ARMED_ACTORS
DEMO_ACTORS = ACTORS["protesters"]
SECURITY_FORCES = ACTORS["military"] | ACTORS["police"]
SEIZED_GROUND = _CUES["news_lead"]["ground"] | ACTORS["military_sites"]  # what is taken that is ground
# What shows a real blast: weapons, devices, casualties, damage, armed actors or their targets ("demand for scooters
# explodes" has none).
BLAST_EVIDENCE = VIOLENCE | WEAPON | DEVICES | MILITARY | ARMED_ACTORS | CIVILIAN | _FRAMES["blasts"]["evidence"]
STRONG_BLAST_EVIDENCE = VIOLENCE | WEAPON | DEVICES  # beyond the sentence: weapons and casualties only
DEMO_CLASSES = frozenset({"protesters"})

#!/usr/bin/env python3
"""Build blind_fresh12: a fresh, blind evaluation set of 60 synthetic articles, as JSONL.

Standard library only. Every text and its gold are data in this file. The gold of each article
was decided when its text was written, by the conventions of ../../shared/corpus/NOTES.md, and
is frozen (see README.md).

    python3 build.py            # run every check, then write blind_fresh12.jsonl
    python3 build.py --check    # run the checks only
    python3 build.py --notes    # print one judgment line per article (NOTES.md format)
"""
import datetime
import json
import os
import re
import sys

SOURCE = "synthetic, written for this project (blind, fresh 12)"
ORIGIN = ("written from scratch for this project: tests/blind_fresh12/build.py "
          "(fictional or fictionalised events in real places)")
LICENSE = "project's own"
PREFIX = "bf12"
OUTFILE = "blind_fresh12.jsonl"

INCIDENT_TYPES = ("battle", "explosion", "civilian_attack", "protest", "riot")
OTHER_TYPES = ("strategic", "diplomacy")
BLOCKS = (("satp", 18), ("wire", 22), ("quiet", 20))
YEARS = (2025, 2026)

# --- SATP-style block (bf12-01..18) ---
SATP_WORDS = (60, 160)
SATP_COUNTRIES = ("IN", "PK", "AF", "BD", "NP", "LK", "MM")
MIN_SATP_COUNTRIES = 6      # distinct first countries among the seven
MIN_SATP_QUIET = 5          # no current incident
MIN_SATP_ABDUCTION = 5      # built around an abduction (current civilian_attack)
MIN_SATP_BATTLE = 3         # militants vs security forces (current battle)
MIN_SATP_BLAST = 3          # a device went off (current explosion)
MIN_SATP_PLACEONLY = 2      # place given as village/district only, country never named
MIN_SATP_DEGRADED = 2       # degraded feed line: no punctuation at all
MIN_SATP_MIXED = 2          # a current and a background incident in the same paragraph
# Abduction wordings: each must carry at least one abduction text ...
ABDUCTION_WORDS = ("picked up by militants", "held captive", "took away",
                   "went missing after armed men", "snatched")
# ... and no abduction text may fall back on the wordings blind_fresh11 used.
OLD_ABDUCTION_WORDS = ("abducted", "kidnapped", "whisked away", "forcibly taken",
                       "taken hostage", "dragged away")
# Device words: among the SATP texts with a current explosion, one must name each group.
BLAST_DEVICES = (("IED", "improvised explosive device"), ("grenade",),
                 ("suicide bomber", "suicide attacker", "car bomb", "explosives-laden vehicle",
                  "vehicle-borne"))
# Kinds of SATP text without a current incident that the block must cover.
SATP_QUIET_TOPICS = ("surrender", "recovery", "arrest", "verdict", "strike", "release",
                     "statistics")
# Punctuation a degraded (feed-damaged) SATP line must not contain.
DEGRADED_PUNCT = ".,;:()'\"!?"
# Month-and-day inline dates in SATP texts: at most this many days before / after `published`
# (after: a strike called for a coming date).
SATP_DATE_BEFORE, SATP_DATE_AFTER = 60, 30

# --- wire block (bf12-19..40) ---
WIRE_WORDS = (150, 260)
WIRE_REGIONS = {"sahel": 2, "horn_east_africa": 2, "nigeria_lake_chad": 2, "middle_east": 2,
                "ukraine_russia": 2, "myanmar_sea": 2, "latin_america": 4,
                "europe_north_america": 4, "south_asia": 2}
# Countries each region's current incidents may lie in.
REGION_COUNTRIES = {
    "sahel": ("ML", "BF", "NE", "MR", "TD"),
    "horn_east_africa": ("SO", "ET", "ER", "DJ", "SD", "SS", "KE", "UG", "TZ"),
    "nigeria_lake_chad": ("NG", "CM", "TD", "NE"),
    "middle_east": ("IQ", "SY", "LB", "IL", "PS", "JO", "YE", "IR", "SA", "TR"),
    "ukraine_russia": ("UA", "RU"),
    "myanmar_sea": ("MM", "TH", "PH", "ID", "MY", "KH", "LA", "VN"),
    "latin_america": ("MX", "GT", "HN", "SV", "NI", "CR", "PA", "CO", "VE", "EC", "PE", "BO",
                      "BR", "PY", "AR", "CL", "UY", "HT", "DO", "JM", "TT"),
    "europe_north_america": ("US", "CA", "GB", "IE", "FR", "DE", "NL", "BE", "ES", "IT", "SE",
                             "DK", "NO", "PL", "GR", "AT", "CH"),
    "south_asia": ("IN", "PK", "AF", "BD", "NP", "LK"),
}
MIN_LATAM_COUNTRIES = 3
MIN_US_LOCAL = 2            # europe_north_america articles whose current incidents are all in US
MIN_WIRE_MULTI = 8          # more than one current incident
MIN_WIRE_TWO_COUNTRIES = 3  # current incidents in two countries
MIN_WIRE_IMPLIED = 4        # incident country only implied by places
MIN_WIRE_BACKGROUND = 4     # also recalls an older incident
MIN_WIRE_FOLLOWUP = 3       # updated-toll story ("the death toll has risen to ...")
MIN_WIRE_RIOT_TURN = 2      # a protest that turns into a riot
MIN_WIRE_OTHER = 2          # diplomacy or strategic events besides the incidents
MIN_WIRE_DATELINE_FORM = 3  # each dateline form (see dateline_form) at least this often
FOLLOWUP_RE = r"\b(rose|rises|risen|has risen) to\b"
RIOT_TURN_RE = r"\bturn(ed|s)? (violent|into a riot)\b"

# --- quiet block (bf12-41..60) ---
QUIET_WORDS = (120, 300)
QUIET_TOPICS = ("memorial", "trial", "statistics", "film", "book", "game", "exercise",
                "road accident", "industrial explosion", "gas leak", "disaster", "sport",
                "business", "politics", "seizure", "plot", "warning", "threat", "strike",
                "diplomacy", "ceasefire")
# World capitals a quiet story may be datelined in while it is about violence elsewhere.
CAPITAL_DATELINES = ("GENEVA", "BRUSSELS", "DUBAI", "DOHA", "NEW YORK", "VIENNA", "LONDON",
                     "PARIS", "WASHINGTON")
MIN_QUIET_CAPITAL = 3
# Non-literal violence vocabulary the quiet block must use somewhere.
QUIET_PHRASES = ("hostile takeover", "price war", "under fire", "battleground state", "shootout",
                 "fired in", "attack", "shot", "fired", "battle", "bomb", "explosion")

# Names (as words) that would state a country outright: an `implied` / `placeonly` article must
# use none of the names of its incident countries (or, for SATP texts, of its only country).
COUNTRY_NAMES = {
    "NG": ("Nigeria", "Nigerian", "Nigerians"),
    "MM": ("Myanmar", "Burma", "Burmese"),
    "YE": ("Yemen", "Yemeni", "Yemenis"),
    "US": ("United States", "U.S.", "US", "USA", "America", "American", "Americans"),
    "PK": ("Pakistan", "Pakistani", "Pakistanis"),
    "BD": ("Bangladesh", "Bangladeshi", "Bangladeshis"),
    "NP": ("Nepal", "Nepali", "Nepalese"),
}
# First-level names (provinces, divisions, their capitals and the national capital) a
# `placeonly` SATP text must not use either.
FIRST_LEVEL = {
    "PK": ("Balochistan", "Khyber Pakhtunkhwa", "Punjab", "Sindh", "Gilgit-Baltistan",
           "Islamabad", "Azad Kashmir", "Azad Jammu and Kashmir", "KP", "KPK", "FATA",
           "Quetta", "Peshawar", "Lahore", "Karachi", "Gilgit", "Muzaffarabad"),
    "BD": ("Dhaka", "Chattogram", "Chittagong", "Rajshahi", "Khulna", "Barishal", "Barisal",
           "Sylhet", "Rangpur", "Mymensingh"),
    "NP": ("Koshi", "Madhesh", "Bagmati", "Gandaki", "Lumbini", "Karnali", "Sudurpashchim",
           "Kathmandu", "Biratnagar", "Janakpur", "Janakpurdham", "Hetauda", "Pokhara",
           "Deukhuri", "Birendranagar", "Godawari"),
}
# Places and people of blind_fresh11 (from its README): none may be reused here.
BF11_NAMES = (
    "Mukram", "Sukma", "Pir Koh", "Dera Bugti", "Kunduz", "Mainimukh", "Rangamati", "Pongchau",
    "Longding", "Tirah", "Dudu", "Udhampur", "Pezu", "Lakki Marwat", "Andarab", "Tajazai",
    "Kotli Surat Malhi", "Gurdaspur", "Kahan", "Kohlu", "Malkangiri", "Saptari", "Vavuniya",
    "Chattogram", "Bahaddarhat", "Kailali", "Tikapur", "Kurram", "Sadda", "Parachinar", "Bagram",
    "Tenenkou", "Diafarabe", "Dolbel", "Falagountou", "Nefas Mewcha", "Wegel Tena", "Kitengela",
    "Nairobi", "Augie", "Tangaza", "Kolofata", "Kerawa", "Mutaibijah", "Sidakan",
    "Busra al-Harir", "Sanamayn", "Chernihiv", "Tambov", "Kherson", "Lyman", "Hroza", "Hpakant",
    "Lone Khin", "Khampat", "Moreh", "Tuluá", "Buga", "Liancourt", "Petite-Rivière",
    "Pont-Sondé", "Latacunga", "Bastión Popular", "Mixco", "Shreveport", "Cedar Grove",
    "Westroads", "Omaha", "Bologna", "Florence", "Peterbos", "Anderlecht", "Deurne",
    "Gangaloor", "Abujhmarh", "Kutru", "Ambalangoda", "Colombo", "Weligama",
    "Promenade des Anglais", "Lhubiriha", "Mpondwe", "El Fasher", "Busan", "Zambales", "Chilas",
    "Kostanay", "Rasht", "Harare", "Crocus City Hall", "Bali", "Kuta", "Nkwen", "Cúcuta",
    "Cucuta", "Muscat", "Kebbi", "Sokoto", "Abuja", "Daraa", "Damascus", "Naypyitaw", "Kachin",
    "Ankara", "Tinashe Mavhunga", "Chanda Mwale", "Kawasi Joga", "Sodi Deva", "Rajendra Netam",
    "Faisal Mengal", "Naveed Ahmed Khosa", "Abdul Wahid Sadat", "Ghulam Rasool Haidari",
    "Abul Kashem", "Ratan Dewan", "Mizanur Rahman",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Names that contain a weekday word without referring to a day near `published`.
NAMED_DAYS = ("Palm Sunday", "Easter Sunday", "Black Friday", "Good Friday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")

# Officially assigned ISO 3166-1 alpha-2 codes (249).
ISO2 = frozenset("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())

ARTICLES = []


def past(published, *days):
    """{weekday: ISO date} for weekday words that refer to the most recent such day on or
    before `published` (the same day when it is that weekday)."""
    pub = datetime.date.fromisoformat(published)
    return {d: (pub - datetime.timedelta((pub.weekday() - WEEKDAYS.index(d)) % 7)).isoformat()
            for d in days}


def nxt(published, *days):
    """{weekday: ISO date} for weekday words that refer to the next such day after
    `published` (a strike 'from Tuesday')."""
    pub = datetime.date.fromisoformat(published)
    return {d: (pub + datetime.timedelta((WEEKDAYS.index(d) - pub.weekday() - 1) % 7 + 1)).isoformat()
            for d in days}


def art(kind, published, title, body, countries, incidents, other, persons, orgs, note,
        when=None, abduction=False, placeonly=False, degraded=False, mixed=False, region=None,
        implied=False, followup=False, riot_turn=False, topic=None, capital=False):
    """Register one article.

    incidents: list of (type, country, location or None, fatalities or None, background).
    when: {weekday word used in the text: the ISO date it stands for}.
    abduction: SATP-style text built around an abduction (a current civilian_attack).
    placeonly: SATP-style text whose place is a village/town/district only (no country name,
        no province name, no capital).
    degraded: SATP-style text written as a damaged feed line, without any punctuation.
    mixed: SATP-style text with a current and a background incident in its one paragraph.
    region: for wire articles, one of WIRE_REGIONS.
    implied: wire article whose incident countries are never named (only places); True for all
        its current incident countries, or a tuple of the codes that are only implied.
    followup: wire article reporting an updated toll ("the death toll has risen to ...").
    riot_turn: wire article in which a protest turns into a riot.
    topic: for quiet articles one of QUIET_TOPICS (or a tuple of them); for SATP texts without a
        current incident one of SATP_QUIET_TOPICS.
    capital: quiet article datelined in a world capital about violence elsewhere.
    """
    ARTICLES.append(dict(kind=kind, published=published, title=title, body=body.strip(),
                         countries=countries, incidents=incidents, other=other,
                         persons=persons, orgs=orgs, note=note, when=when or {},
                         abduction=abduction, placeonly=placeonly, degraded=degraded,
                         mixed=mixed, region=region, implied=implied, followup=followup,
                         riot_turn=riot_turn, topic=topic, capital=capital))


# =====================================================================================
# bf12-01..18  SATP-style digests: no title, one paragraph, 60-160 words, dated inline.
# =====================================================================================

art("satp", "2025-09-16", None, """
A tea estate assistant manager, Pranjal Gogoi (36), was picked up by militants of the United Liberation Front of Asom-Independent (ULFA-I) from his bungalow at a garden near Kakopathar in Tinsukia District on the night of September 14, Police said. According to the estate's security staff, five armed men in camouflage arrived on two motorcycles, beat up a chowkidar who tried to stop them and drove off with the manager towards the Dehing Patkai forests. Tinsukia Superintendent of Police (SP) Debojit Saikia said the Army and Police had launched a joint search operation along the Dibru river. The estate management received a phone call demanding INR 10 million on September 15, a company official said. ULFA-I has not commented on the incident.
""",
["IN"], [("civilian_attack", "IN", "Kakopathar", None, False)], [],
["Pranjal Gogoi", "Debojit Saikia"], ["United Liberation Front of Asom-Independent"],
"ABDUCTION ('picked up by militants'): manager seized two days before publication, ransom demanded, still missing = civilian_attack at Kakopathar (the garden itself is unnamed), null. The beating of the chowkidar is part of the same raid (not a second entry). Search operation = response, not listed. IN via Tinsukia; 'Asom' only inside the group's name.",
abduction=True)

art("satp", "2025-10-06", None, """
Four employees of the National Database and Registration Authority (NADRA) are being held captive by militants after their vehicle was stopped near Datta Khel in North Waziristan District on October 4, officials said. The employees were returning to Miranshah after running a mobile registration camp in the Datta Khel bazaar when around a dozen armed men forced them out of their double-cabin vehicle, set the vehicle on fire and took them into the mountains towards the Shawal valley. The driver, Gul Nawaz (52), was let go and reached the Datta Khel Police Station in the evening. A local elder, Malik Sher Zaman, told reporters on October 5 that a tribal jirga had made contact with the captors, who belong to the Hafiz Gul Bahadur group and are demanding the release of four of their detained men in exchange.
""",
["PK"], [("civilian_attack", "PK", "Datta Khel", None, False)], [],
["Gul Nawaz", "Malik Sher Zaman"], ["National Database and Registration Authority", "Hafiz Gul Bahadur group"],
"ABDUCTION ('held captive'): four officials seized two days before publication, still held = civilian_attack at Datta Khel, null (nobody reported dead; the burnt vehicle is property). The jirga's contact with the captors is not diplomacy (no state actor) and the exchange demand is not an event. PLACE ONLY: North Waziristan, Datta Khel, Miranshah, Shawal; neither 'Pakistan' nor a province, provincial capital or Islamabad appears -> PK by gazetteer only.",
abduction=True, placeonly=True)

art("satp", "2026-03-04", None, """
Unidentified armed men took away two Hazara shopkeepers from the main bazaar of Sang-e-Masha, the centre of Jaghori District in Ghazni Province, on the night of March 2, local sources said. The shopkeepers, identified as Mohammad Ewaz (41) and his nephew Ali Jan (19), were closing their shop when six men in a pick-up truck forced them inside at gunpoint and drove towards Malistan District. A Taliban district official, Mawlawi Abdul Haq Zakir, confirmed the incident on March 3 and said checkpoints had been set up on the roads leading out of the district. Residents said it was the second such incident in Jaghori since January, when a schoolteacher was taken from his home in Angori and found shot dead near a stream three days later.
""",
["AF"], [("civilian_attack", "AF", "Sang-e-Masha", None, False),
         ("civilian_attack", "AF", "Angori", 1, True)], [],
["Mohammad Ewaz", "Ali Jan", "Abdul Haq Zakir"], ["Taliban"],
"ABDUCTION ('took away'): two shopkeepers seized two days before publication = current civilian_attack at Sang-e-Masha (the bazaar's town, more specific than Jaghori), null. MIXED: the January abduction and killing of a teacher from Angori = background civilian_attack, 1 (he was found dead near a stream, place unnamed -> the named home village). Checkpoints = routine response, not coded strategic. AF via Ghazni/Jaghori; 'Hazara' is a people, not a place.",
abduction=True, mixed=True)

art("satp", "2025-12-09", None, """
Two Marma youths went missing after armed men believed to be members of the Kuki-Chin National Front (KNF) stormed a hamlet in Remakri union of Thanchi upazila in Bandarban District on the night of December 7, locals said. Villagers said around ten men in uniform-like clothing searched houses, beat several residents and left with Aung Sing Marma (22) and Mong Hla Thowai (25), accusing them of working for a rival group. Thanchi Police Station Officer-in-Charge (OC) Shahidul Alam said joint forces of the Army and Police began searching the hills along the Sangu river on December 8, but no trace of the two had been found. Boat services between Thanchi and Remakri remained suspended.
""",
["BD"], [("civilian_attack", "BD", "Remakri", None, False)], [],
["Aung Sing Marma", "Mong Hla Thowai", "Shahidul Alam"], ["Kuki-Chin National Front"],
"ABDUCTION ('went missing after armed men'): two youths taken in a raid two days before publication = civilian_attack at Remakri (the hamlet is unnamed; union more specific than Thanchi), null; the beating of residents is part of the raid. Suspended boat services = not an event. PLACE ONLY: Bandarban, Thanchi, Remakri, Sangu; neither 'Bangladesh' nor a division or Dhaka appears -> BD by gazetteer only.",
abduction=True, placeonly=True)

art("satp", "2026-01-20", None, """
Fighters of a local People's Defence Force (PDF) unit snatched a ward administrator appointed by the military regime, U Kyaw Min Oo (54), from his home in Ywathit village of Kani Township in Sagaing Region on January 18, residents said. The administrator's wife said seven armed men came at dawn, searched the house for lists of names and led him away with his hands tied behind his back. The group accused him of passing information on resistance supporters to the Army. A spokesperson of the unit told a local news outlet on January 19 that the administrator would be tried by a people's court. The State Administration Council's media did not report the incident.
""",
["MM"], [("civilian_attack", "MM", "Ywathit", None, False)], [],
["Kyaw Min Oo"], ["People's Defence Force", "State Administration Council"],
"ABDUCTION ('snatched'): an unarmed junta-appointed administrator seized by a resistance unit two days before publication = civilian_attack at Ywathit, null. MM via Sagaing Region/Kani Township; 'Myanmar' is never named. The announced 'people's court' trial is a threat, not an event.",
abduction=True)

art("satp", "2025-07-30", None, """
Two terrorists and a soldier were killed in an encounter with Security Forces (SFs) in the Naidgam area of the Chatroo forest in Kishtwar District on July 28, officials said. Acting on specific input about a group of Jaish-e-Mohammad (JeM) terrorists, a joint team of the Army, the Jammu and Kashmir Police's Special Operations Group (SOG) and the Central Reserve Police Force (CRPF) cordoned off the area before dawn. The terrorists opened fire, triggering a gunfight that lasted several hours. Sepoy Harpreet Singh (26) was killed and two other soldiers were injured. Officials said the slain terrorists belonged to the group that had ambushed an Army patrol near Chingam in the same forest belt on June 9, killing two soldiers. Two AK-47 rifles and a pouch of grenades were recovered from the site.
""",
["IN"], [("battle", "IN", "Naidgam", 3, False), ("battle", "IN", "Chingam", 2, True)], [],
["Harpreet Singh"], ["Jaish-e-Mohammad", "Special Operations Group", "Central Reserve Police Force"],
"CURRENT BATTLE: encounter two days before publication, two militants + one soldier killed -> 3 (perpetrators included, as NOTES). MIXED: the June 9 ambush of an Army patrol near Chingam = background battle, 2. Weapons recovered at the site are part of the operation (no strategic entry). 'Jammu and Kashmir Police' -> IN; JeM's base is not stated, so no PK.",
mixed=True)

art("satp", "2026-05-13", None, """
Three Policemen and two militants were killed when terrorists attacked the Gul Imam check post in Tank District of Khyber Pakhtunkhwa on the night of May 11, Police said. District Police Officer (DPO) Sajid Khan Marwat said around 20 militants armed with rocket launchers and machine guns opened fire on the post from three sides at around 1 am and the exchange of fire continued for nearly two hours until reinforcements arrived from Tank city. The bodies of two attackers were left behind. Constables Noor Alam, Shah Faisal and Ikramullah were killed and four others injured. The Tehreek-e-Taliban Pakistan (TTP) claimed responsibility. The same post had been targeted by a quadcopter on April 20, when two constables were injured.
""",
["PK"], [("battle", "PK", "Gul Imam", 5, False), ("explosion", "PK", "Gul Imam", None, True)], [],
["Sajid Khan Marwat", "Noor Alam", "Shah Faisal", "Ikramullah"], ["Tehreek-e-Taliban Pakistan"],
"CURRENT BATTLE: sustained armed assault on a police check post two days before publication, 3 policemen + 2 attackers -> 5. MIXED: the April 20 quadcopter attack on the same post (a drone-dropped munition) = background explosion, injuries only -> null. PK via Khyber Pakhtunkhwa/Tank (and 'Pakistan' inside the TTP's name).",
mixed=True)

art("satp", "2025-06-24", None, """
Gunmen of the Afghanistan Freedom Front AFF raided a Taliban checkpoint outside the centre of Zari District in Balkh Province late on June 22 the group said in a message to journalists on June 23 A Taliban district official acknowledged the raid and said one Taliban fighter and three of the raiders died in an exchange of fire that went on for about an hour According to the AFF message its men pulled back into the hills with two captured rifles and a radio set Residents said Taliban reinforcements reached the area from Mazar-e-Sharif at dawn and went from house to house in Qarchi village looking for supporters of the group
""",
["AF"], [("battle", "AF", "Zari", 4, False)], [],
[], ["Afghanistan Freedom Front", "Taliban"],
"CURRENT BATTLE: armed group's raid on a Taliban checkpoint two days before publication, 1 defender + 3 attackers -> 4 (the only figure). Location Zari (the checkpoint is unnamed; Qarchi is only where houses were searched afterwards, Mazar-e-Sharif where reinforcements came from). House searches = response, not coded. DEGRADED: no punctuation at all. 'Afghanistan' occurs only inside the group's name; AF via Balkh.",
degraded=True)

art("satp", "2025-11-26", None, """
A Central Reserve Police Force (CRPF) jawan was killed and two others were injured when an Improvised Explosive Device (IED) planted by cadres of the Communist Party of India-Maoist (CPI-Maoist) exploded during an area domination exercise near Chhotanagra in the Saranda forest of West Singhbhum District on November 24, Police said. The deceased was identified as Head Constable Ramesh Kumar Yadav (38). The injured jawans were airlifted to Ranchi for treatment. A second IED, weighing around five kilograms, was found on the same track and defused by a bomb disposal squad. Police suspect the involvement of a squad led by a Regional Committee Member of the outfit that has been active in the Saranda and Kolhan forests.
""",
["IN"], [("explosion", "IN", "Chhotanagra", 1, False)], [],
["Ramesh Kumar Yadav"], ["Central Reserve Police Force", "Communist Party of India-Maoist"],
"CURRENT EXPLOSION (IED) two days before publication: 1 killed at Chhotanagra. The second IED was found and defused -> not an explosion (external README). IN via West Singhbhum/Ranchi; 'India' only inside the party's name.")

art("satp", "2025-08-13", None, """
Two persons, including a 12-year-old boy, were killed and six others injured when unidentified motorcyclists hurled a hand grenade into a mobile phone market in Khuzdar town of Balochistan on the evening of August 11, Police said. Station House Officer (SHO) Abdul Ghafoor Zehri said the attackers fled towards the Quetta-Karachi highway soon after the explosion. The deceased were identified as shopkeeper Nisar Ahmed (33) and Bilal Shah (12), who was selling tea in the market. The injured were shifted to the District Headquarters Hospital. No group has claimed responsibility, but Police said traders in the market had recently refused to pay extortion money to a local armed gang.
""",
["PK"], [("explosion", "PK", "Khuzdar", 2, False)], [],
["Abdul Ghafoor Zehri", "Nisar Ahmed", "Bilal Shah"], [],
"CURRENT EXPLOSION (grenade) two days before publication: 2 killed in a Khuzdar market (unnamed) -> Khuzdar. 'Quetta-Karachi highway' is only the escape route. The extortion refusals are not events.")

art("satp", "2026-02-11", None, """
At least four persons, including the attacker, were killed and 11 others wounded when a suicide bomber detonated his explosive vest at the entrance of a bank branch in Sheberghan city of Jawzjan Province on February 9, as soldiers and civil servants queued to collect their salaries, Taliban officials said. Jawzjan Police spokesman Mawlawi Sayed Ahmad Jalali said three of the dead were members of the Taliban security forces and that the bomber was stopped by guards before he could enter the hall. The Islamic State Khorasan Province (ISKP) claimed responsibility through its Amaq news agency on February 10. The wounded, several in critical condition, were taken to the provincial hospital.
""",
["AF"], [("explosion", "AF", "Sheberghan", 4, False)], [],
["Sayed Ahmad Jalali"], ["Islamic State Khorasan Province", "Taliban", "Amaq"],
"CURRENT EXPLOSION (suicide bomber) two days before publication at a bank in Sheberghan: 'at least four, including the attacker' -> 4 (perpetrator included because the text counts him). Typed explosion (NOTES: suicide bombings are explosions even at security targets).")

art("satp", "2026-01-14", None, """
Eleven cadres of the Communist Party of India-Maoist (CPI-Maoist), including a Divisional Committee Member (DVCM) and four women, surrendered before the Police in Gadchiroli District of Maharashtra on January 12, carrying a cumulative reward of INR 8.2 million on their heads. Superintendent of Police (SP) Vikram Deshmukh said the cadres handed over three self-loading rifles (SLRs), an INSAS rifle and two country-made pistols. The DVCM, Sannu Podiyam alias Bhaskar (47), had been active in the Bhamragad area for more than two decades and was wanted in 26 cases, including attacks on Police parties. The surrendered cadres will receive assistance under the State's surrender and rehabilitation policy.
""",
["IN"], [], ["strategic"],
["Vikram Deshmukh", "Sannu Podiyam"], ["Communist Party of India-Maoist"],
"NO CURRENT INCIDENT (surrender). Surrender with weapons handed over = strategic (as arrests/seizures). '26 cases, including attacks on Police parties' is unspecific history, not listed.",
topic="surrender")

art("satp", "2025-07-09", None, """
The Police Special Task Force STF recovered two T56 assault rifles 180 rounds of ammunition three hand grenades and a pistol buried in a coconut estate at Madampe in Puttalam District on July 7 Police Media Spokesman Senior Superintendent of Police SSP Nihal Wickramaratne said The weapons were wrapped in polythene and kept in a plastic barrel and were found on information obtained from a suspect arrested in Chilaw on July 5 Police believe the weapons belong to an organised crime gang whose leader is operating from France and that they were meant for attacks on rival gang members in the Western Province of Sri Lanka
""",
["LK", "FR"], [], ["strategic"],
["Nihal Wickramaratne"], ["Special Task Force"],
"NO CURRENT INCIDENT (arms recovery): an actor's buried cache seized + an arrest = strategic. Grenades recovered, not exploded. 'Meant for attacks' = intention only. FR via the gang leader operating from France (a place, though nothing happens there). DEGRADED: no punctuation at all (so 'T56', not 'T-56').",
degraded=True, topic="recovery")

art("satp", "2025-09-03", None, """
The Anti-Terrorism Unit (ATU) of Bangladesh Police arrested three suspected members of the banned Ansar al-Islam, including a madrassa teacher, from a rented flat in the Tongi area of Gazipur District on September 1, an ATU official said. Bomb-making materials, two laptops and extremist literature were recovered from the flat. The official said the three, identified as Rakibul Hasan (27), Tanvir Ahmed (24) and Md Shafiqul Islam (35), had been recruiting students through encrypted messaging apps and were planning attacks on shrines in the district. A case has been filed under the Anti-Terrorism Act, 2009. Bangladesh banned Ansar al-Islam in 2017.
""",
["BD"], [], ["strategic"],
["Rakibul Hasan", "Tanvir Ahmed", "Md Shafiqul Islam"], ["Anti-Terrorism Unit", "Bangladesh Police", "Ansar al-Islam"],
"NO CURRENT INCIDENT (arrest): arrests, seizure of bomb-making materials and a case filed = strategic. Planned attacks on shrines = intention, not an event. The 2017 ban is background, not listed.",
topic="arrest")

art("satp", "2026-04-08", None, """
An Anti-Terrorism Court (ATC) in Peshawar on April 6 sentenced two militants of the Tehreek-e-Taliban Pakistan (TTP) to death on three counts each for the bombing of a Police van in the Hayatabad area of the city in November 2023, in which three policemen were killed and nine others injured. The court also ordered the convicts, Zarif Khan alias Qari (31) and Habib Gul (28), to pay PKR 500,000 in compensation to the family of each slain policeman. A third accused, Sher Afzal (40), was acquitted for lack of evidence. The prosecution had presented 19 witnesses, including two bomb disposal experts, during the trial, which lasted more than a year.
""",
["PK"], [("explosion", "PK", "Hayatabad", 3, True)], ["strategic"],
["Zarif Khan", "Habib Gul", "Sher Afzal"], ["Anti-Terrorism Court", "Tehreek-e-Taliban Pakistan"],
"NO CURRENT INCIDENT (verdict): death sentences and an acquittal = strategic (court case). The November 2023 bombing of a police van in Hayatabad = background explosion, 3.",
topic="verdict")

art("satp", "2025-05-28", None, """
The Arakan Army (AA) on May 26 released 22 Bangladeshi fishermen it had seized along with their three trawlers off the coast of Maungdaw Township in Rakhine State on April 21, a local official in Teknaf said. The fishermen were handed over at the Naf river to a team of the Border Guard Bangladesh (BGB) and were reported to be in good health. The AA had accused the crew of fishing inside its waters without permission. The trawlers were not returned. Relatives who had gathered at the Shah Porir Dwip jetty said the men had been made to work on farms in AA-held areas during their detention.
""",
["MM", "BD"], [("civilian_attack", "MM", "Maungdaw", 0, True)], ["strategic"],
[], ["Arakan Army", "Border Guard Bangladesh"],
"NO CURRENT INCIDENT (release of earlier hostages): the release = strategic (NOTES). The April 21 seizure of the fishermen by an armed group, five weeks earlier = background civilian_attack at Maungdaw, 0 (all found safe, 'in good health'). BD via 'Bangladeshi fishermen', Teknaf and Shah Porir Dwip (the BGB name alone would not count); MM via Maungdaw/Rakhine.",
topic="release")

art("satp", "2025-11-19", None, """
A breakaway faction of the Communist Party of Nepal led by Dilli Raj Bhandari alias Pratik has called a nationwide general strike Nepal bandh on November 27 demanding the release of its cadres arrested last month and the withdrawal of cases against them Party spokesperson Sunil Thapa said in a statement on November 18 that vehicles markets and schools should remain closed for the day and warned that anyone defying the strike would be responsible for any consequences The Home Ministry said security would be tightened across the country on the day and that nobody would be allowed to enforce the bandh by force
""",
["NP"], [], ["strategic"],
["Dilli Raj Bhandari", "Sunil Thapa"], ["Communist Party of Nepal", "Home Ministry"],
"NO CURRENT INCIDENT (strike/bandh call for a coming date): the faction's warning is a threat, not an event. The Home Ministry's announced tightening of security = strategic (security alert/deployment; judgment, see doubts). Last month's arrests = background, not listed. DEGRADED: no punctuation at all.",
degraded=True, topic="strike")

art("satp", "2025-11-04", None, """
At least 14 persons were killed in mob beatings across Bangladesh in October, up from nine in September, according to a monthly report released by the human rights organisation Ain o Salish Kendra (ASK) on November 2. The report said seven persons were killed in political violence during the month, most of them in clashes between rival factions of the Bangladesh Nationalist Party (BNP), and three died in the custody of law enforcement agencies. Khulna division recorded the largest number of incidents. The organisation also documented 31 attacks on journalists and 11 incidents of vandalism of places of worship during the month, and said that cases had been filed in fewer than half of the killings.
""",
["BD"], [], [],
[], ["Ain o Salish Kendra", "Bangladesh Nationalist Party"],
"NO CURRENT INCIDENT (monthly statistics): mob-beating deaths, political-violence deaths, custodial deaths and attacks on journalists are monthly aggregates across the country -> not listed (NOTES: aggregate statistics are never incidents). A rights group's report is not diplomacy.",
topic="statistics")

# =====================================================================================
# bf12-19..40  wire reports: title, 150-260 words, a current incident in each.
# =====================================================================================

art("wire", "2025-10-15",
"Jihadists storm army detachment in Burkina Faso's Djibasso, killing 16; army says drone strikes killed 30 fighters", """
OUAGADOUGOU, Burkina Faso (AFP) — Fighters of the al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) attacked an army detachment in Djibasso, in the west of the country near the border with Mali, on Monday, killing at least 16 soldiers and volunteer auxiliaries, security sources said on Tuesday.

The assailants arrived on motorcycles and pick-up trucks shortly after dawn and fought the troops for several hours before setting fire to fuel stocks and withdrawing with weapons and vehicles, a local official said, speaking on condition of anonymity.

In a statement read on state television on Tuesday evening, the army said its drones had "neutralised at least 30 terrorists" in strikes on columns fleeing towards the Malian border near the village of Barani, and that the situation was "under control". It gave no toll for its own losses.

JNIM, which operates across Burkina Faso, Mali and Niger, claimed the attack on its propaganda channels and said it had seized large quantities of arms.

Residents of Djibasso reached by telephone said shops stayed shut on Tuesday and that several families had left for Nouna, about 50 kilometres to the east.

The military government, which seized power in 2022, has recruited tens of thousands of civilian volunteers to fight the insurgency but struggles to hold territory outside the main towns. It rarely communicates on losses and has suspended several foreign media outlets over their coverage of the conflict.
""",
["BF", "ML", "NE"],
[("battle", "BF", "Djibasso", 16, False), ("explosion", "BF", "Barani", 30, False)], [],
[], ["Group for the Support of Islam and Muslims", "JNIM"],
"Assault on an army detachment = battle, 'at least 16' -> 16 (security sources; the army gave none). The army's drone strikes on fleeing columns = explosion at Barani; the army's '30 terrorists' is the only figure -> 30 (as b002: a claim is used when it is the only number). NE only in the list of countries JNIM operates in (a state/place reference). 2022 takeover = history, not listed.",
when=past("2025-10-15", "Monday", "Tuesday"), region="sahel")

art("wire", "2026-01-28",
"Islamic State fighters kill eleven villagers near Niger's Banibangou; Malian army says it repelled attack near Anderamboukane", """
NIAMEY — Gunmen from the Islamic State Sahel Province killed eleven villagers, among them a local chief, in an attack on a hamlet near Banibangou in Niger's Tillaberi region on Tuesday, two local officials said on Wednesday.

The attackers rounded up men in the village square, accused them of supporting the army's volunteer militias and shot them before torching granaries, one of the officials said. Women and children were spared.

The defence ministry did not comment on the attack, the deadliest in the area since the start of the year.

Across the border, the Malian army said on Wednesday that its soldiers had repelled an attack by "terrorist groups" on a position near Anderamboukane, in the Menaka region, killing several assailants and seizing motorcycles. Two soldiers were wounded, it said. A resident of Anderamboukane said the shooting lasted much of Tuesday afternoon.

The two countries, together with Burkina Faso, formed the Alliance of Sahel States after breaking with the regional bloc ECOWAS, and have announced a joint force to fight militants along their shared borders. Analysts say the force has yet to be deployed at scale.

The Islamic State affiliate has expanded its operations in the border zone since French troops left Niger in 2023, attacking military posts, convoys and villages on both sides.
""",
["NE", "ML", "BF", "FR"],
[("civilian_attack", "NE", "Banibangou", 11, False), ("battle", "ML", "Anderamboukane", None, False)], [],
[], ["Islamic State Sahel Province", "Alliance of Sahel States", "ECOWAS"],
"TWO COUNTRIES: massacre of villagers near Banibangou (NE) = civilian_attack, 'eleven' -> 11; attack on a Malian army position near Anderamboukane (ML) = battle, 'several assailants' -> null. The joint force 'have announced' is a standing plan (not reported as news) -> no strategic. FR via 'French troops'. BF via the alliance sentence.",
when=past("2026-01-28", "Tuesday", "Wednesday"), region="sahel")

art("wire", "2025-12-03",
"Toll from car bomb at checkpoint near Somalia's Afgooye rises to nine; troops battle al Shabaab near Awdheegle", """
MOGADISHU, Somalia — The death toll from a car bomb attack on a military checkpoint near Afgooye, about 30 kilometres northwest of the capital, has risen to nine after two wounded soldiers died in hospital, a district official said on Tuesday.

An explosives-laden car was driven into the checkpoint on the main road to Baidoa on Sunday morning as soldiers were searching minibuses. Seven people, five soldiers and two civilians, were killed at the scene and more than a dozen were wounded, officials said at the time.

Al Shabaab, the al Qaeda-linked group that has fought the federal government for nearly two decades, said on its radio station that it had carried out the bombing.

Separately, government forces backed by clan militias fought al Shabaab fighters near Awdheegle in the Lower Shabelle region on Monday night, a military commander told state media, saying "dozens" of militants had been killed. Residents said the shooting stopped at dawn. There was no independent confirmation of the toll, and the group did not comment.

The army, supported by African Union troops from Uganda and Ethiopia, has been trying to secure the farming towns along the Shabelle river, from which the militants regularly launch attacks on the roads into the capital.

Checkpoints around Afgooye were reinforced on Tuesday and traffic towards Baidoa was reduced to a trickle, drivers said.
""",
["SO", "UG", "ET"],
[("explosion", "SO", "Afgooye", 9, False), ("battle", "SO", "Awdheegle", 12, False)], [],
[], ["Al Shabaab", "African Union"],
"FOLLOW-UP: Sunday's car bomb (three days before publication) is the story's news -> current, latest toll 9 (7 at the scene + 2 who died). Monday night's fighting near Awdheegle = battle; the commander's 'dozens' is the only figure -> 12 (ACLED rule). UG/ET via AU troops' nationalities. Reinforced checkpoints = routine, not coded.",
when=past("2025-12-03", "Sunday", "Monday", "Tuesday"), region="horn_east_africa", followup=True)

art("wire", "2025-08-21",
"RSF drone strike kills two workers at Atbara power station; army and RSF fight near En Nahud", """
PORT SUDAN, Sudan (AP) — A drone launched by the paramilitary Rapid Support Forces struck the main electricity substation in Atbara in northern Sudan before dawn on Wednesday, killing two workers and cutting power to the city and surrounding villages, the state electricity company said.

The strike set a transformer ablaze and firefighters needed several hours to bring the fire under control, the company said in a statement. It was the third attack on power infrastructure in River Nile state in two months.

The RSF, which has been at war with the army since April 2023, did not comment. It has increasingly relied on long-range drones to hit targets far from the front lines, including fuel depots, airports and dams.

Further west, the army said its troops had fought RSF units near En Nahud on Tuesday and Wednesday and had killed "scores of rebels", destroying combat vehicles. An RSF adviser said on social media that the army's attack had been repelled and that its fighters remained in control of the town's outskirts.

Neither side's account could be verified. The fighting in the region has intensified since the army regained control of the capital earlier this year, and aid groups say tens of thousands of people have fled towns along the main road to the west.

Electricity in Atbara had been partly restored by Wednesday evening, residents said.
""",
["SD"],
[("explosion", "SD", "Atbara", 2, False), ("battle", "SD", "En Nahud", None, False)], [],
[], ["Rapid Support Forces", "RSF"],
"Drone strike on a substation = explosion, 2 at Atbara. Army-RSF fighting near En Nahud = battle; 'scores of rebels' -> null (NOTES: 'scores' and vaguer words -> null). 'Third attack in two months' and displacement figures = aggregates, not listed.",
when=past("2025-08-21", "Tuesday", "Wednesday"), region="horn_east_africa")

art("wire", "2026-03-17",
"Gunmen seize 16 farmers near Gamboru; soldiers repel ISWAP assault on Ngala base", """
MAIDUGURI — Suspected Boko Haram gunmen abducted 16 farmers, most of them women, from fields outside Gamboru near the Cameroonian border on Monday, a vigilante leader and a lawmaker representing the area said on Tuesday.

The farmers had returned to their land under a military arrangement that allowed cultivation within a few kilometres of the town. The gunmen, who arrived on foot, marched them towards the bush along the Ngadda river, said Bulama Kachalla Modu, who leads a civilian self-defence group in the town.

Separately, troops repelled an attack by fighters of the Islamic State West Africa Province (ISWAP) on their base in Ngala late on Monday, killing nine of the assailants, the military said in a statement. One soldier was killed and three were wounded, it said. Residents said the gunfire lasted for about two hours.

Borno State Governor Umar Bukar Dikko condemned the abduction and urged farmers to stay within the areas cleared by the army.

The jihadist insurgency, which began in 2009, has killed tens of thousands of people in the northeast and displaced more than two million. Armed groups have stepped up attacks on farmers and military bases in the border area this year, and the army has responded with air strikes on camps around Lake Chad and in the Sambisa forest.
""",
["NG", "CM"],
[("civilian_attack", "NG", "Gamboru", None, False), ("battle", "NG", "Ngala", 10, False)], [],
["Kachalla Modu", "Umar Bukar Dikko"], ["Boko Haram", "Islamic State West Africa Province"],
"IMPLIED NG: Maiduguri, Gamboru, Ngala, Borno State, Sambisa; neither 'Nigeria' nor 'Nigerian' appears. Abduction of farmers = civilian_attack, null. ISWAP assault on the Ngala base = battle, 9 attackers + 1 soldier -> 10. CM via 'the Cameroonian border' (a place reference), no incident there. Governor's condemnation: a domestic official's statement, not coded diplomacy. Insurgency totals = aggregates. 'Lake Chad' is a lake (no TD).",
when=past("2026-03-17", "Monday", "Tuesday"), region="nigeria_lake_chad", implied=True)

art("wire", "2025-06-18",
"Toll from Boko Haram raid on Cameroon's Mozogo rises to eight; soldiers kill five fighters near Tourou", """
YAOUNDE, Cameroon — The number of people killed when Boko Haram fighters raided a neighbourhood of Mozogo in Cameroon's Far North region on Sunday night has risen to eight, after three of the wounded died in hospital in Mokolo, a local administrator said on Tuesday.

The fighters, who residents said came from the Nigerian side of the Mandara mountains, broke into homes, shot at people who tried to flee and looted shops before setting fire to several houses and a church. Five people were killed during the raid.

On Tuesday, soldiers on patrol near Tourou, further north along the border, killed five militants in a clash, the army said in a statement. One soldier was wounded, it said.

Residents of Mozogo said that many families had spent Monday night in the bush or at the gendarmerie post for fear of another attack. "We hear them at night on the hills," said one trader, who asked not to be named.

Attacks by Boko Haram and its rival, Islamic State West Africa Province, have increased in Cameroon's Mayo-Tsanaga department this year. Cameroon contributes troops to a regional force that also includes soldiers from Nigeria, Niger and Chad, but its units in the area are thinly spread.
""",
["CM", "NG", "NE", "TD"],
[("civilian_attack", "CM", "Mozogo", 8, False), ("battle", "CM", "Tourou", 5, False)], [],
[], ["Boko Haram", "Islamic State West Africa Province"],
"FOLLOW-UP: Sunday night's raid on Mozogo (three days before publication, the story's news) = civilian_attack with the latest toll 8 (5 + 3). Tuesday's patrol clash near Tourou = battle, 5 militants killed (one soldier wounded). House and church burning are part of the raid. NG via 'the Nigerian side' and the regional force list with NE and TD. 'This year' increase = aggregate.",
when=past("2025-06-18", "Sunday", "Monday", "Tuesday"), region="nigeria_lake_chad", followup=True)

art("wire", "2025-09-10",
"Drone strike kills four at fuel station in Lahj's al-Hawtah; government forces and Houthis clash near Karish", """
A drone launched by the Houthi movement struck a fuel station on the northern edge of al-Hawtah, the capital of Lahj province, on Monday, killing four people, including two children, and wounding seven, local officials and a medical source said.

The drone hit as cars and motorcycles queued for petrol, setting two vehicles on fire, said a health official at the city's main hospital. The Houthis, who hold the capital and most of the north, did not comment.

On Tuesday, fighting broke out between government forces and Houthi fighters in the hills near Karish, north of al-Hawtah, killing at least five government soldiers, a military official told reporters. He said the Houthis had tried to advance on positions held by a brigade of the southern forces and had been pushed back.

Lahj, which borders the port city of Aden, where the internationally recognised government is based, had been spared major attacks for more than a year. In January, a missile fired by the Houthis hit a training ground at the al-Anad air base, killing six soldiers.

The government accuses the Houthis of using a truce brokered by the United Nations to rearm. The Saudi-led coalition that backs the government has largely halted its air strikes since 2022.
""",
["YE", "SA"],
[("explosion", "YE", "al-Hawtah", 4, False), ("battle", "YE", "Karish", 5, False),
 ("explosion", "YE", "al-Anad", 6, True)], [],
[], ["Houthi", "United Nations"],
"IMPLIED YE: Lahj, al-Hawtah, Karish, Aden, al-Anad, Houthis; neither 'Yemen' nor 'Yemeni' appears (the capital is not named). Drone strike on a fuel station = explosion, 4 at al-Hawtah. Fighting near Karish = battle, 'at least five government soldiers' -> 5. January's missile on the al-Anad air base = background explosion, 6 (typed explosion: a missile strike, not a ground assault). SA via 'Saudi-led coalition' (as a006). The government's accusation is a standing claim, not a reported event -> no diplomacy.",
when=past("2025-09-10", "Monday", "Tuesday"), region="middle_east", implied=True)

art("wire", "2026-07-08",
"Protest over water shortages turns violent in Iraq's Amarah, one killed; farmers rally peacefully in Kut", """
AMARAH, Iraq (Reuters) — A protest by residents angry over water shortages and power cuts turned violent in the southern Iraqi city of Amarah on Tuesday, when demonstrators threw stones and petrol bombs at the provincial government building and security forces fired live rounds and tear gas, killing one protester, health officials said.

At least 23 people, including 11 members of the security forces, were wounded, the officials said. Protesters set fire to a guard post and two police vehicles before riot police cleared the square after nightfall.

The governor of Maysan province imposed a curfew in the city from Tuesday night and suspended the head of the provincial water directorate pending an investigation, his office said.

In Kut, the capital of neighbouring Wasit province, several hundred farmers rallied outside the governorate building on Wednesday to demand compensation for crops lost to drought. The rally ended peacefully after officials received a delegation.

Summer temperatures in southern Iraq regularly top 50 degrees Celsius, and the government blames the falling flow of the Tigris and Euphrates on dams upstream in Turkey and Iran. Protests over services have broken out in the south almost every summer since 2018.
""",
["IQ", "TR", "IR"],
[("riot", "IQ", "Amarah", 1, False), ("protest", "IQ", "Kut", None, False)], ["strategic"],
[], [],
"PROTEST TURNED RIOT: Amarah demonstration with stones, petrol bombs and arson = riot, 1 killed (its peaceful start not a separate protest). Kut farmers' rally, ended peacefully = protest, null. Curfew and the suspension of an official = strategic. TR/IR via dams upstream (places). Summer protests since 2018 = history, not listed.",
when=past("2026-07-08", "Tuesday", "Wednesday"), region="middle_east", riot_turn=True)

art("wire", "2025-11-06",
"Russian missile strike kills three in Mykolaiv; Ukrainian drones set Saratov refinery ablaze", """
KYIV, Ukraine (AP) — A Russian ballistic missile hit a residential area of the southern Ukrainian city of Mykolaiv early on Thursday, killing three people and wounding 14, the regional governor said.

The missile struck between two apartment blocks shortly after 5 a.m., blowing out windows across the neighbourhood and setting cars on fire, he said on the Telegram messaging app. A 10-year-old girl was among the wounded.

In Russia, a Ukrainian drone attack overnight set fire to an oil refinery in the city of Saratov on the Volga river, the regional governor said, adding that there were no casualties. Firefighters had put out the blaze by mid-morning. A source in Ukraine's security service said the refinery, which supplies fuel to Russian forces, had been hit by long-range drones.

Russia's defence ministry said its air defences had downed 47 Ukrainian drones over eight regions during the night.

In Istanbul on Thursday, Ukraine's foreign minister met his Turkish counterpart to discuss a possible new round of prisoner-exchange talks with Russia. Turkey has hosted several rounds of direct talks between the two sides this year but they have not produced a ceasefire.

Ukraine has stepped up strikes on Russian energy facilities in recent months, while Russia has launched hundreds of missiles and drones at Ukrainian cities and power plants.
""",
["UA", "RU", "TR"],
[("explosion", "UA", "Mykolaiv", 3, False), ("explosion", "RU", "Saratov", 0, False)], ["diplomacy"],
[], [],
"TWO COUNTRIES: missile strike on Mykolaiv (UA) = explosion, 3; drone attack on the Saratov refinery (RU) = explosion, 'no casualties' -> 0 (read as nobody died). The 47 drones 'downed over eight regions' = multi-place interception tally, not an incident. The Istanbul meeting of foreign ministers = diplomacy. Strikes 'in recent months' = aggregates.",
when=past("2025-11-06", "Thursday"), region="ukraine_russia")

art("wire", "2026-02-18",
"Toll from Russian strike on Kramatorsk market rises to eight; Ukrainian troops repel assault near Siversk", """
The death toll from a Russian guided-bomb strike on a market in the eastern Ukrainian city of Kramatorsk has risen to eight after a woman died of her injuries in hospital, the regional military administration said on Wednesday.

The bomb hit the covered market in the city centre on Monday afternoon, when it was crowded with shoppers, destroying dozens of stalls and damaging a nearby school. Twenty-six people were wounded, among them four children, officials said.

Kramatorsk, a regional hub behind the front line in the east, has been repeatedly struck since Russia's full-scale invasion. In June 2023, a Russian missile destroyed a pizza restaurant in the city centre, killing 13 people.

Ukraine's General Staff said on Wednesday that its forces had repelled a Russian assault on positions near Siversk on Tuesday, destroying two armoured vehicles. It did not give casualty figures. Russia's defence ministry said its troops had "improved their tactical position" in the area.

Local authorities in Kramatorsk declared Wednesday a day of mourning and urged families with children to leave the city. Around 75,000 people are believed to remain in the city, less than half its pre-war population.
""",
["UA", "RU"],
[("explosion", "UA", "Kramatorsk", 8, False), ("battle", "UA", "Siversk", None, False),
 ("explosion", "UA", "Kramatorsk", 13, True)], [],
[], ["General Staff"],
"FOLLOW-UP: Monday's guided bomb on the Kramatorsk market (two days before publication) = explosion, latest toll 8. Repelled assault near Siversk = battle, no figures -> null. June 2023 missile on a pizza restaurant in Kramatorsk = background explosion, 13 (the restaurant is unnamed -> Kramatorsk). Calls to evacuate = not coded. No dateline.",
when=past("2026-02-18", "Monday", "Tuesday", "Wednesday"), region="ukraine_russia", followup=True)

art("wire", "2025-12-16",
"Air strike on Demoso market kills nine; resistance fighters attack army outpost near Moebye", """
CHIANG MAI, Thailand — A military jet bombed a morning market in Demoso township in Karenni State on Monday, killing nine people, among them three children, and wounding more than 20, a local aid group and the Karenni Interim Executive Council said.

The jet dropped two bombs on the market as villagers traded vegetables and firewood, a volunteer with the Karenni Humanitarian Aid Group said by telephone. Most of the stalls were destroyed and rescuers were still searching the rubble on Monday evening.

The military, which has ruled the country since ousting an elected government in 2021, did not respond to requests for comment. It says it targets only "terrorist" groups.

On Tuesday, fighters of the Karenni Nationalities Defense Force attacked an army outpost near Moebye, on the border between Karenni and southern Shan State, a spokesperson for the group said. He said "several" soldiers were killed and that his fighters had seized ammunition. The figure could not be verified.

Fighting has intensified in Karenni, also known as Kayah, since resistance forces lost control of the state capital Loikaw earlier this year. The United Nations says more than 3.5 million people are displaced across the country.
""",
["MM", "TH"],
[("explosion", "MM", "Demoso", 9, False), ("battle", "MM", "Moebye", None, False)], [],
[], ["Karenni Interim Executive Council", "Karenni Humanitarian Aid Group", "Karenni Nationalities Defense Force", "United Nations"],
"IMPLIED MM: Demoso, Karenni/Kayah, Shan State, Loikaw, Moebye; neither 'Myanmar' nor 'Burma' appears. Air strike on a market = explosion, 9 at Demoso. KNDF attack on an outpost = battle, 'several' -> null. TH via the CHIANG MAI, Thailand dateline (a place; nothing happens there). 2021 coup and Loikaw's fall = history, not listed; displacement = aggregate.",
when=past("2025-12-16", "Monday", "Tuesday"), region="myanmar_sea", implied=True)

art("wire", "2026-05-06",
"Gunmen kill tribal leader in Bukidnon's Quezon town; soldiers clash with NPA rebels near Impasug-ong", """
CAGAYAN DE ORO, Philippines — Two men on a motorcycle shot dead a tribal leader in front of his house in the town of Quezon in the southern province of Bukidnon on Monday evening, police said.

Datu Remegio Lumandas, 58, a leader of the Manobo community who had opposed a plantation expansion on ancestral land, was hit several times and died on the way to hospital, the provincial police office said. The gunmen escaped and police have formed a special team to identify them.

On Tuesday, soldiers of the army's 403rd Infantry Brigade clashed with about 15 guerrillas of the communist New People's Army (NPA) in a forested area near Impasug-ong, about 40 kilometres to the northeast, the military said. Two rebels and a soldier were killed in the 30-minute firefight, and the troops recovered four rifles, it said.

The NPA, which has waged a Maoist insurgency since 1969, has been weakened by surrenders and military offensives, and the government says the group no longer controls any guerrilla front in northern Mindanao. Peace talks between the government and the rebels' political wing have stalled for years.

Human rights groups say dozens of indigenous leaders and land activists have been killed in Mindanao over the past decade, few of the cases solved.
""",
["PH"],
[("civilian_attack", "PH", "Quezon", 1, False), ("battle", "PH", "Impasug-ong", 3, False)], [],
["Remegio Lumandas"], ["New People's Army", "403rd Infantry Brigade"],
"Targeted shooting of an unarmed tribal leader = civilian_attack, 1 at Quezon (the Bukidnon town; a lookalike of Quezon City/Province, all PH). Army-NPA firefight = battle, 2 rebels + 1 soldier -> 3. Police special team = response. Killings 'over the past decade' = aggregate.",
when=past("2026-05-06", "Monday", "Tuesday"), region="myanmar_sea")

art("wire", "2025-07-23",
"Gunmen kill six at bar in Fortaleza's Barra do Ceará; two suspects die in shootout with police in Caucaia", """
FORTALEZA, Brazil (AFP) — Gunmen opened fire on customers at a bar in the Barra do Ceará neighbourhood of Fortaleza late on Tuesday, killing six people and wounding three, police in the northeastern state of Ceará said.

Three men wearing hoods got out of a car and fired at least 40 shots at people watching a football match on television, witnesses told local media. Police said the attack appeared linked to a dispute between the Comando Vermelho and a rival local faction over drug sales in the area.

Early on Wednesday, police tracking the car exchanged fire with suspects in a house in Caucaia, in the metropolitan area, and two of the men were killed, the state security department said. A rifle and two pistols were seized, and a third suspect was arrested.

Ceará's governor said police patrols had been reinforced in the western districts of the city.

Violent deaths in Ceará have fallen in the past two years but remain among the highest in Brazil, as national gangs from the southeast fight local factions for control of drug routes to the ports of the northeast.

Relatives of the victims gathered outside the city morgue on Wednesday. Among the dead were a 17-year-old waiter and a retired bus driver, according to the families.
""",
["BR"],
[("civilian_attack", "BR", "Barra do Ceará", 6, False), ("battle", "BR", "Caucaia", 2, False)], ["strategic"],
[], ["Comando Vermelho"],
"Shooting of bar customers = civilian_attack, 6 at Barra do Ceará. Police shootout with the suspects in Caucaia = battle (NOTES: police-gang shootouts), 2. The arrest of a third suspect and the reinforced patrols = strategic. Violent-death statistics = aggregate.",
when=past("2025-07-23", "Tuesday", "Wednesday"), region="latin_america")

art("wire", "2026-04-15",
"Gunmen kill five at car wash in La Ceiba; thousands march in Tegucigalpa against extortion", """
TEGUCIGALPA — Gunmen killed five young men at a car wash in the Caribbean port city of La Ceiba late on Monday, Honduran police said, in what investigators believe was a gang reprisal over unpaid extortion fees.

Four armed men arrived in a pick-up truck and opened fire on the workers as they were closing for the night, a police spokesman said. The victims were aged between 17 and 24. Police found more than 30 shell casings at the scene.

On Tuesday, thousands of people marched through the centre of the capital to demand tougher action against extortion, which business groups say forces hundreds of small shops, bus routes and taxi ranks to close every year. The march, organised by transport unions and church groups, ended peacefully outside the presidential palace.

"We are not asking for miracles, only that we can work without paying the gangs," said Marta Elvir, a market vendor who joined the march with her two daughters.

The government declared a partial state of emergency in 2022 to fight the MS-13 and Barrio 18 gangs, suspending some constitutional rights in the worst-hit neighbourhoods. Homicides have fallen since, but extortion complaints have risen, according to police figures.
""",
["HN"],
[("civilian_attack", "HN", "La Ceiba", 5, False), ("protest", "HN", "Tegucigalpa", None, False)], [],
["Marta Elvir"], ["MS-13", "Barrio 18"],
"Shooting of car-wash workers late Monday = civilian_attack, 5 at La Ceiba. Tuesday's march that 'ended peacefully' = protest at Tegucigalpa (the capital), null. The 2022 state of emergency = background, not an incident and not current (no other_event). Homicide/extortion statistics = aggregate.",
when=past("2026-04-15", "Monday", "Tuesday"), region="latin_america")

art("wire", "2025-10-01",
"Fuel shortage protest turns violent in Bolivia's Oruro; police officer killed by dynamite blast", """
LA PAZ, Bolivia (AP) — A protest over fuel shortages turned violent in the Bolivian city of Oruro on Tuesday, when miners and transport workers hurled sticks of dynamite and stones at police guarding the regional fuel depot, killing a police officer, the government said.

Sergeant Wilfredo Condori, 34, died when a stick of dynamite exploded near his head, Interior Minister Rafael Quispe Mamani told reporters. At least 18 officers and nine protesters were injured, and protesters set fire to a toll booth and a police van on the road to Cochabamba.

The demonstration had begun peacefully in the morning with a march through the city centre, but clashes broke out when protesters tried to break into the depot, where tanker trucks were waiting to load diesel.

The government declared a state of emergency in Oruro department on Tuesday night and said 37 people had been detained. Quispe Mamani said those responsible for the officer's death would be "found and punished."

Bolivia has suffered months of fuel shortages as the central bank has run short of dollars to pay for imports, leaving queues of trucks and buses stretching for kilometres outside petrol stations.

Protest leaders said they would meet later on Wednesday to decide whether to call a road blockade across the department.
""",
["BO"],
[("riot", "BO", "Oruro", 1, False)], ["strategic"],
["Wilfredo Condori", "Rafael Quispe Mamani"], [],
"PROTEST TURNED RIOT: one riot at Oruro, 1 (the officer killed by a protester's dynamite stays inside the riot; the blast is not a separate explosion incident - mob violence, NOTES). The peaceful morning march is the same event's start, not a separate protest. State of emergency + 37 detained = strategic. Planned blockade and the meeting 'later on Wednesday' (the publication day) = not events.",
when=past("2025-10-01", "Tuesday", "Wednesday"), region="latin_america", riot_turn=True)

art("wire", "2026-06-02",
"ELN rebels and Colombian troops clash near Saravena; explosive drone hits Venezuelan guard post across the border", """
Colombian soldiers clashed with National Liberation Army (ELN) guerrillas in rural Saravena, near the Venezuelan border in eastern Colombia, on Monday, leaving two soldiers and three rebels dead, the army said on Tuesday.

The fighting began when an army patrol came under fire from rebels hidden in a cocoa plantation outside the town, and lasted for several hours, according to the army's statement. Helicopters evacuated four wounded soldiers to the regional capital.

Across the river in Venezuela, an explosive-laden drone struck a post of the Bolivarian National Guard near Guasdualito, in Apure state, on Monday night, wounding four guardsmen, Venezuela's defence ministry said in a statement. It blamed "Colombian narco-terrorist groups" and said troops had been sent to reinforce the border.

Colombian officials did not comment on the drone attack. The ELN and dissident factions of the former FARC guerrillas have long used the Venezuelan side of the border as a refuge, and have fought each other for control of smuggling routes in the region since early last year.

The ELN has not commented on Monday's clash. Peace talks between the group and the government were suspended last year after a wave of attacks in the Catatumbo region.
""",
["CO", "VE"],
[("battle", "CO", "Saravena", 5, False), ("explosion", "VE", "Guasdualito", None, False)], ["strategic"],
[], ["National Liberation Army", "ELN", "Bolivarian National Guard", "FARC"],
"TWO COUNTRIES: army-ELN clash in rural Saravena (CO) = battle, 2 soldiers + 3 rebels -> 5 (the plantation is unnamed -> Saravena). Drone strike on a guard post near Guasdualito (VE) = explosion, injuries only -> null. Venezuelan troops sent to reinforce the border = strategic (deployment). The 'wave of attacks' in Catatumbo last year and suspended talks = background without a specific incident, not listed.",
when=past("2026-06-02", "Monday", "Tuesday"), region="latin_america")

art("wire", "2025-08-27",
"Gunman kills three outside bar in Birmingham's Five Points South; police seek suspect", """
BIRMINGHAM, Ala. — A gunman opened fire on a group of people outside a bar in the Five Points South entertainment district early Wednesday, killing three men and wounding five others, police said.

Officers patrolling nearby heard more than a dozen shots at around 1:30 a.m. and found the victims on the sidewalk and in the street, Birmingham Police Sgt. Terrence Hollis said at a news conference. The three men who died were in their twenties. Two of the wounded were in critical condition at UAB Hospital.

Investigators believe the shooting followed an argument inside the bar earlier in the night, Hollis said, and that the gunman fired from the corner of the block before running toward a parked car. No arrests had been made by Wednesday afternoon, and police released a grainy image of a man in a white hooded sweatshirt.

"This is not random, but it put a whole lot of innocent people in danger," Hollis said, urging witnesses to come forward.

The city council member for the district said she would ask the council on Tuesday to extend the hours of off-duty officers working in the area's bars and restaurants. The city recorded more than 140 homicides last year, one of the highest rates in the South.
""",
["US"],
[("civilian_attack", "US", "Five Points South", 3, False)], [],
["Terrence Hollis"], ["Birmingham Police", "UAB Hospital"],
"IMPLIED US (local crime report): Birmingham, Ala. (dateline) only; 'United States', 'U.S.' or 'American' never appear. LOOKALIKE: Birmingham is also an English city (no GB). Shooting into a group outside a bar = civilian_attack, 3 at Five Points South. The council request 'on Tuesday' is a coming day -> nxt. Homicide count = aggregate.",
when=past("2025-08-27", "Wednesday") | nxt("2025-08-27", "Tuesday"), region="europe_north_america", implied=True)

art("wire", "2026-01-08",
"Man stabs two to death at Albuquerque bus stop; suspect arrested after chase", """
ALBUQUERQUE, N.M. (AP) — A man stabbed two people to death and wounded a third at a bus stop on Central Avenue near the University of New Mexico campus on Wednesday evening, police said.

The attacker approached the three people, who were waiting for a bus, and stabbed them without saying a word, a witness told the Albuquerque Journal. A woman and a man, both in their forties, died at the scene. A 19-year-old student was taken to hospital with wounds to her arms and was in stable condition on Thursday.

Officers chased the suspect for several blocks and arrested him in an alley behind a laundromat, Albuquerque Police Chief Danielle Ortega said. He was identified as Curtis Lyle Benally, 33, and was booked into jail on two counts of murder. Police said he did not appear to know the victims.

Ortega said the suspect had been released from a psychiatric facility last month.

The killings have revived debate in New Mexico over violence on public transit. In May 2023, a gunman killed three people in a residential neighbourhood of Farmington, in the state's northwest, before being shot dead by police.

City councillors said on Thursday that they would propose more security officers on the busiest bus routes.
""",
["US"],
[("civilian_attack", "US", "Central Avenue", 2, False),
 ("civilian_attack", "US", "Farmington", 4, True)], ["strategic"],
["Danielle Ortega", "Curtis Lyle Benally"], ["University of New Mexico", "Albuquerque Journal", "Albuquerque Police"],
"LOCAL US CRIME: stabbing at a bus stop = civilian_attack, 2 at Central Avenue (most specific named place). Arrest and murder charges = strategic. LOOKALIKE: 'New Mexico' is a US state (no MX). May 2023 Farmington shooting = background civilian_attack, 3 victims + the gunman shot dead by police -> 4 (NOTES: perpetrators included when stated; see doubts).",
when=past("2026-01-08", "Wednesday", "Thursday"), region="europe_north_america")

art("wire", "2025-11-12",
"Explosion damages house in Rotterdam's Charlois; man shot dead in Amsterdam's Bijlmer", """
AMSTERDAM (AP) — An explosion blew out the front door and windows of a house in the Charlois district of Rotterdam late on Tuesday, the latest in a series of blasts that Dutch police link to criminal debts and feuds, police said. Nobody was injured.

Residents of the street were evacuated for several hours while the bomb squad examined the scene. Police said they were looking for two people seen running from the house shortly before the blast, and asked neighbours to share doorbell camera footage.

On Wednesday morning, a 27-year-old man was shot dead in a car park in the Bijlmer neighbourhood in southeastern Amsterdam. Witnesses told broadcaster NOS that they heard several shots and saw a scooter speed away. Police said it was too early to say whether the two incidents were connected.

Explosions at homes and businesses have become a near-daily occurrence in the Netherlands, with police recording more than 1,000 last year, often carried out by teenagers recruited through messaging apps for a few hundred euros.

Rotterdam's mayor said she would close the house for three months under emergency powers, a measure the city has used dozens of times. The justice ministry has proposed tougher sentences for people who recruit minors to carry out such attacks.
""",
["NL"],
[("explosion", "NL", "Charlois", 0, False), ("civilian_attack", "NL", "Bijlmer", 1, False)], [],
[], ["NOS"],
"Blast at a house = explosion at Charlois, 'Nobody was injured' -> 0. Shooting of a man in a car park = civilian_attack, 1 at Bijlmer. The yearly count of explosions = aggregate. Closure order and proposed sentences = administrative/legislative, not coded.",
when=past("2025-11-12", "Tuesday", "Wednesday"), region="europe_north_america")

art("wire", "2026-03-25",
"Man kills one, wounds four in stabbing on Dresden tram", """
BERLIN (Reuters) — A man attacked passengers with a knife on a tram in the eastern German city of Dresden on Tuesday evening, killing one person and wounding four, police said.

The attack happened as the tram stopped at Pirnaischer Platz, near the old town, shortly after 6 p.m., a police spokeswoman said. Passengers forced open the doors and fled onto the platform. A 61-year-old man died at the scene; two of the wounded were in serious condition.

Officers arrested the suspect, a 29-year-old German man, on a nearby bridge about ten minutes later. Prosecutors said on Wednesday that he had a history of psychiatric treatment and that there was no indication of a political motive, but that they were examining his phone.

Saxony's interior minister, Anja Lehnert, visited the scene late on Tuesday and thanked the tram driver, who had helped a wounded woman out of the carriage.

Knife attacks in public places have become a central issue in German politics. In August 2024, a Syrian man killed three people with a knife at a city festival in Solingen, an attack that led to tighter rules on carrying knives and on deportations.

The tram line was closed for most of the evening and resumed service on Wednesday morning.
""",
["DE", "SY"],
[("civilian_attack", "DE", "Pirnaischer Platz", 1, False),
 ("civilian_attack", "DE", "Solingen", 3, True)], ["strategic"],
["Anja Lehnert"], [],
"Stabbing on a tram = civilian_attack, 1 at Pirnaischer Platz (most specific named place; Dresden also given). Arrest = strategic; the minister's visit is domestic, not diplomacy. August 2024 Solingen knife attack = background civilian_attack, 3. SY via 'a Syrian man' (a demonym; nothing happens in Syria).",
when=past("2026-03-25", "Tuesday", "Wednesday"), region="europe_north_america")

art("wire", "2025-05-21",
"Dacoits kill three policemen in ambush in Kashmore's riverine area; two kidnapped traders freed", """
SUKKUR, Pakistan — Bandits armed with rocket launchers and machine guns ambushed a police patrol in the riverine forests of Kashmore district in Sindh province on Tuesday, killing three policemen, police said.

The patrol was returning from a search operation when it came under fire from both sides of a dirt track near Durrani Mahar, Senior Superintendent of Police Irfan Ali Soomro said. The officers fought back for about an hour before reinforcements arrived, and the attackers escaped into the forest. Two armoured personnel carriers were damaged.

On Wednesday, police said they had freed two grain traders who were kidnapped from a highway near Kandhkot last month and held for ransom in the same area. The two were recovered unharmed in a raid on a hideout in which no shots were fired, Soomro said, and three suspects were arrested.

The dense forests along the banks of the river in northern Sindh and southern Punjab, known as the kacha area, have long sheltered gangs that kidnap travellers for ransom, often luring their victims with offers of cheap cars or jobs. Police say dozens of people are held in the forests at any time.

The provincial government has announced several large operations against the gangs in recent years, but they have failed to clear the area.
""",
["PK"],
[("battle", "PK", "Durrani Mahar", 3, False), ("civilian_attack", "PK", "Kandhkot", 0, True)], ["strategic"],
["Irfan Ali Soomro"], [],
"Gang ambush of a police patrol with a firefight = battle, 3 near Durrani Mahar. Last month's kidnapping of two traders near Kandhkot = background civilian_attack, 0 (recovered unharmed). Their rescue 'in which no shots were fired' is not an incident; release + three arrests = strategic. 'Dozens held at any time' = aggregate. Punjab here is the Pakistani province (PK).",
when=past("2025-05-21", "Tuesday", "Wednesday"), region="south_asia")

art("wire", "2026-06-24",
"Two killed as armed groups clash in Rohingya camp in Ukhiya; community leader shot dead in Teknaf", """
COX'S BAZAR, Bangladesh (AFP) — Two men were killed and at least six wounded when members of rival armed groups fought with guns and machetes in the Jamtoli refugee camp in Ukhiya on Monday night, police said.

The fighting between members of the Arakan Rohingya Salvation Army (ARSA) and the Rohingya Solidarity Organisation (RSO) lasted for more than an hour and set several shelters on fire, a police officer at the camp said. The dead were identified as members of the RSO.

On Tuesday morning, unidentified gunmen shot dead Mohammad Yunus Sikder, a community leader, near a mosque in the Nayapara camp in Teknaf, about 30 kilometres to the south. He had helped police identify drug traffickers in the camp, his family said.

The Armed Police Battalion, which guards the camps, said it had stepped up patrols and arrested four suspects after Monday's clash.

More than a million Rohingya live in the crowded camps in southeastern Bangladesh, most of them having fled a military crackdown in Myanmar in 2017. Rights groups say violence between armed factions and criminal gangs has risen as international aid has been cut and hopes of a return home have faded.
""",
["BD", "MM"],
[("battle", "BD", "Jamtoli", 2, False), ("civilian_attack", "BD", "Nayapara", 1, False)], ["strategic"],
["Mohammad Yunus Sikder"], ["Arakan Rohingya Salvation Army", "Rohingya Solidarity Organisation", "Armed Police Battalion"],
"Fighting between two armed groups in Jamtoli camp = battle (organised armed groups), 2. Shooting of an unarmed community leader in Nayapara camp = civilian_attack, 1. Stepped-up patrols and four arrests = strategic. MM via the 2017 crackdown 'in Myanmar' (history, not listed as an incident: a campaign, no place or toll).",
when=past("2026-06-24", "Monday", "Tuesday"), region="south_asia")

# =====================================================================================
# bf12-41..60  quiet articles: title, 120-300 words, no current incident.
# =====================================================================================

art("quiet", "2026-08-08",
"Quetta lawyers mark ten years since Civil Hospital bombing", """
QUETTA, Pakistan — Hundreds of lawyers in black coats gathered outside the Civil Hospital in Quetta on Saturday to mark ten years since a suicide bombing there killed more than 70 people, most of them members of the city's bar.

On the morning of Aug. 8, 2016, the president of the provincial bar association was shot dead on his way to court. As lawyers crowded into the hospital's emergency ward, where his body had been brought, a bomber detonated his explosives among them.

The attack wiped out much of a generation of Balochistan's legal profession, said Shazia Kakar, who lost her husband and a cousin that day and now teaches at the provincial law college. "Every chamber in the district courts has an empty chair," she said.

The ceremony began with a minute of silence at the hour of the blast, followed by the reading of the names of the dead. Courts across the province observed a day of mourning and heard no cases.

Lawyers' groups renewed their demand for the full publication of a judicial commission's report on the attack, which criticised the security arrangements at the hospital. Speakers said many of the families still had not received the compensation they were promised.

A memorial bearing the names of the victims stands near the hospital gate.
""",
["PK"],
[("explosion", "PK", "Civil Hospital", 70, True), ("civilian_attack", "PK", "Quetta", 1, True)], [],
["Shazia Kakar"], [],
"NO CURRENT INCIDENT (memorial). Background: the 2016 suicide bombing at the Civil Hospital, 'more than 70' -> 70; the shooting of the bar president the same morning = background civilian_attack, 1, no place but the city -> Quetta. The ceremony and a day of mourning in courts are not protests. Demands for a report's publication = not an event.",
when=past("2026-08-08", "Saturday"), topic="memorial")

art("quiet", "2025-06-12",
"Diyarbakir court jails three for life over 2016 car bombing in Cinar", """
A court in the southeastern Turkish city of Diyarbakir on Thursday sentenced three men to aggravated life imprisonment over a car bombing that destroyed a police headquarters and neighbouring homes in the district of Cinar in January 2016.

The bombing, claimed by the Kurdistan Workers' Party (PKK), killed six people, among them a baby and two young children living in police housing, and wounded 39. Prosecutors said the defendants had prepared the vehicle in a village outside the town and scouted the building in the days before the attack.

The three, identified only by their initials under Turkish reporting rules, denied the charges and said their statements had been taken under pressure. Their lawyers said they would appeal. A fourth defendant was acquitted.

The trial, which began in 2022, was delayed several times while the court waited for forensic reports and for a suspect to be extradited from Germany. Relatives of the victims, who followed the hearings from the public gallery, applauded as the verdict was read out.

The case was one of the last from the wave of violence that followed the collapse of peace talks with the PKK in 2015. The group announced last month that it would dissolve and lay down its arms.
""",
["TR", "DE"],
[("explosion", "TR", "Cinar", 6, True)], ["strategic"],
[], ["Kurdistan Workers' Party", "PKK"],
"NO CURRENT INCIDENT (verdict about a past bombing). The January 2016 car bombing in Cinar = background explosion, 6. Sentences/acquittal = strategic (court case); the earlier extradition from Germany is background (DE as a place). The PKK's dissolution announcement 'last month' is background, not coded. 'Wave of violence' after 2015 = no specific incident.",
when=past("2025-06-12", "Thursday"), topic="trial")

art("quiet", "2026-02-05",
"At least 3,400 civilians killed in eastern Congo in 2025, U.N. mission tells Security Council", """
NEW YORK — At least 3,400 civilians were killed in eastern Democratic Republic of Congo last year, the highest number the United Nations peacekeeping mission MONUSCO has recorded since it began keeping comparable figures in 2017, the mission's head told the Security Council on Thursday.

In a report presented to the council, the mission said more than half of the deaths were in Ituri province, where militias from the Lendu and Hema communities and the Allied Democratic Forces have raided villages and camps for displaced people. In North Kivu, it attributed hundreds of killings to the Rwanda-backed M23 rebel group, which took control of Goma and Bukavu early last year, and to pro-government militias known as Wazalendo.

The report also documented more than 1,100 cases of sexual violence and said that summary executions had been recorded in nearly every territory it monitors. It said that fewer than one in ten cases had led to a criminal investigation.

"Behind each figure is a family that has been destroyed," the mission's head, Amara Diallo-Keita, told the 15-member council.

The mission said the true toll was probably higher because its staff had been unable to reach large parts of the countryside, and because funding cuts had forced it to close two field offices in the east during the year.
""",
["US", "CD", "RW"],
[], [],
["Amara Diallo-Keita"], ["United Nations", "MONUSCO", "Security Council", "Allied Democratic Forces", "M23", "Wazalendo"],
"NO CURRENT INCIDENT (statistics; CAPITAL DATELINE, NEW YORK (UN headquarters), about violence elsewhere). Every figure is a yearly or multi-place aggregate -> nothing listed. The M23's capture of Goma and Bukavu is background territorial control, not an incident here. US via the NEW YORK dateline (a place, as dateline cities are in NOTES); RW via 'Rwanda-backed'. A UN mission's briefing is not coded diplomacy (no condemnation, summons or sanctions; see doubts).",
when=past("2026-02-05", "Thursday"), topic="statistics", capital=True)

art("quiet", "2025-07-08",
"Georgian war drama 'The Orchard at Gagra' moves Karlovy Vary audience", """
KARLOVY VARY, Czech Republic — A Georgian film about two brothers on opposite sides of the 1992-93 war in Abkhazia drew a long standing ovation at its world premiere at the Karlovy Vary International Film Festival on Monday.

"The Orchard at Gagra", the second feature by director Nino Abashidze, follows Levan, a conscript sent to defend the seaside town, and his older brother Gia, who stays behind to guard the family's tangerine orchard and is drawn into a local militia. Much of the film unfolds in a single summer, as the shelling moves closer to the orchard and the brothers' letters stop arriving.

Abashidze stages the battle scenes sparingly: a convoy ambushed on a coastal road is shown only through the sounds heard by a girl hiding in a ditch, and the fall of the town happens off screen. The most harrowing sequence, in which Gia is shot at a checkpoint and left for dead, is filmed in one long take.

Speaking after the screening, Abashidze said she had grown up with relatives who never spoke about the war. "I wanted to make a film about silence," she said.

The film is a co-production with Ukrainian and French companies and is competing for the festival's Crystal Globe. It opens in Tbilisi cinemas in September.
""",
["CZ", "GE", "UA", "FR"],
[], [],
["Nino Abashidze"], ["Karlovy Vary International Film Festival"],
"NO CURRENT INCIDENT (fiction: film). The plot's shelling, ambush and shooting are fiction; the 1992-93 Abkhazia war is history with no specific incident. Abkhazia/Gagra/Tbilisi -> GE (Abkhazia is a region of Georgia, as Crimea -> UA in NOTES). UA/FR via the co-producers' nationalities; CZ via the dateline.",
when=past("2025-07-08", "Monday"), topic="film")

art("quiet", "2026-03-28",
"Review: 'The Date Palms of Shatt' returns to Basra during the long war with Iran", """
Hassan Jaber's second novel opens in September 1980, in the week the war between Iraq and Iran begins, and closes eight years later on a riverbank where nothing grows any more. In between, it follows Salwa, a schoolteacher in Basra, as the front line creeps towards her city and the palm groves along the Shatt al-Arab are cut down to give the artillery a clear field of fire.

Jaber, who was a child in Basra during the war and now lives in Copenhagen, writes about the shelling with the flat precision of someone who has counted the seconds between the whistle and the blast. The book's best chapters, though, are about waiting: for letters from Salwa's husband at the front, for the ration lorry, for the schoolroom windows to be boarded up again after each attack.

There are moments where the novel strains for significance, especially in the sections narrated by a conscript on the Iranian side, whose voice never quite convinces. But when Jaber stays with Salwa and her pupils, who draw tanks in the margins of their exercise books, the book is devastating.

"The Date Palms of Shatt" is published in English in a translation by Maryam Saleh. It was shortlisted last year for a major Arabic fiction prize.
""",
["IQ", "IR", "DK"],
[], [],
["Hassan Jaber", "Maryam Saleh"], [],
"NO CURRENT INCIDENT (fiction: book review). The war, the shelling and 'each attack' are the novel's world and history, with no specific incident. DK via 'now lives in Copenhagen' (a city as a place). 'Shatt al-Arab' is a river (IQ/IR already).",
topic="book")

art("quiet", "2025-11-20",
"Montreal studio's Gallipoli shooter 'Anzac Cove' storms to the top of the sales charts", """
A trench-warfare shooter set during the 1915 Gallipoli campaign has become the surprise hit of the autumn, selling more than 600,000 copies in the week since its release last Friday, its Montreal developer said on Thursday.

"Anzac Cove", made by a team of 40 at the independent studio Copperline Interactive, puts players in the boots of Australian and New Zealand soldiers landing on the beaches of the peninsula, and later, in a second campaign, of Ottoman defenders holding the ridges above them. Matches between online teams of up to 32 players mix bayonet charges, sniper duels and artillery barrages with long stretches of digging.

Reviewers have praised the game's sound design and its refusal to glorify the fighting. "Nobody wins a battle here; you just survive one," wrote one critic. Others complained of server crashes on launch weekend, which the studio said it had fixed.

Creative director Sophie Tremblay said the team had worked with historians in Canberra and Canakkale, and had removed a planned flamethrower because the weapon was not used at Gallipoli. A free mission recreating the evacuation of December 1915 will be added next month.

The game is available on PC and consoles and has been translated into Turkish and Maori.
""",
["CA", "AU", "NZ", "TR"],
[], [],
["Sophie Tremblay"], ["Copperline Interactive"],
"NO CURRENT INCIDENT (fiction: video game). 'Storms', 'battle', 'bayonet charges', 'barrages' are game vocabulary; the 1915 campaign is history, no specific incident. 'Server crashes' are technical. CA via Montreal; AU/NZ via the soldiers' nationalities and Canberra; TR via Gallipoli/Canakkale. 'Ottoman' is a historic empire (TR already). The week-old release 'last Friday' -> past().",
when=past("2025-11-20", "Friday", "Thursday"), topic="game")

art("quiet", "2026-02-24",
"Indian and Egyptian troops storm mock village as joint desert exercise ends in Rajasthan", """
BIKANER, India — Indian and Egyptian special forces stormed a mock village held by "terrorists" in the Mahajan field firing range on Monday, bringing to a close a two-week joint exercise in the Thar desert, the Indian Army said.

In the final drill, commandos from both armies were dropped by helicopters behind a line of sand dunes, cleared a cluster of mud-brick buildings room by room and freed a group of "hostages", while attack helicopters fired rockets at targets on a ridge. Blank ammunition was used inside the village, and live rounds only on the outer ranges.

The exercise, the fourth edition of an annual series that alternates between the two countries, involved about 120 soldiers from each side and focused on counter-terrorism operations in desert terrain, an Army spokesman said. Officers from both sides also shared lessons on the use of small drones for reconnaissance.

Egypt's defence attaché in New Delhi said the two countries planned to expand training to their air forces next year. Egypt has become one of India's main defence partners in the Arab world, and the two sides signed a strategic partnership agreement in 2023.

The next edition of the exercise is due to be held in Egypt's Western Desert in early 2027.
""",
["IN", "EG"],
[], [],
[], ["Indian Army"],
"NO CURRENT INCIDENT (military exercise): the stormed village, 'terrorists', 'hostages' and fired rockets are a drill. Not coded strategic or diplomacy (a routine exercise, as bf11/bf10); the attaché's statement of plans and the 2023 agreement are background. 'Arab world' is a region.",
when=past("2026-02-24", "Monday"), topic="exercise")

art("quiet", "2025-09-25",
"Fuel tanker slams into minibus near Chalinze, killing 13", """
DAR ES SALAAM, Tanzania — Thirteen people were killed when a fuel tanker lost control on a downhill stretch of the Dar es Salaam-Morogoro highway and crashed into a minibus near Chalinze on Wednesday night, police said.

The tanker, which was carrying diesel to Zambia, crossed into the opposite lane and hit the minibus head-on at around 9 p.m., regional police commander Julius Mwakyusa said. Eleven passengers and the minibus driver died at the scene and a child died later in hospital. Nine people were injured.

The tanker did not catch fire, but police cordoned off the road for several hours and kept onlookers away while fuel leaking from the tank was pumped into another truck. Mwakyusa said initial findings suggested the tanker's brakes had failed.

Crowds rushing to collect spilled fuel from overturned tankers have caused some of the deadliest disasters on the region's roads, and police warned residents to stay away from accident sites.

The highway is the main route for goods from the port of Dar es Salaam to Zambia, Malawi and the Democratic Republic of Congo, and is notorious for crashes involving heavy trucks. Transport officials have promised to build a dual carriageway on the busiest section.
""",
["TZ", "ZM", "MW", "CD"],
[], [],
["Julius Mwakyusa"], [],
"NO CURRENT INCIDENT (road accident): 13 dead in a crash; NOTES: accidents are not incidents. 'Deadliest disasters' with spilled fuel = general, no specific event. ZM/MW/CD via the route's destinations (places).",
when=past("2025-09-25", "Wednesday"), topic="road accident")

art("quiet", "2026-04-29",
"Explosion at paint factory near Qazvin kills five workers; officials rule out sabotage", """
TEHRAN, Iran — An explosion tore through a paint and solvent factory in an industrial park near the city of Qazvin on Tuesday, killing five workers and injuring 12, the provincial crisis management office said.

The blast, which witnesses said could be heard several kilometres away, set off a fire that spread to two neighbouring warehouses and sent a column of black smoke over the motorway to Tehran. Firefighters brought the blaze under control after about six hours.

The deputy governor of Qazvin province said the explosion began in a mixing hall where solvents were being transferred between tanks, and that there was "no evidence of sabotage or any hostile attack". The factory's managing director was summoned by prosecutors to explain why fire-safety equipment in the hall had not been working.

Iran has seen a series of deadly industrial fires and explosions in recent years, which experts blame on ageing equipment, lax inspections and the difficulty of importing spare parts under sanctions. Officials have at times been quick to suspect foreign involvement, but most investigations have pointed to accidents.

The five dead, all men aged between 24 and 51, were to be buried on Wednesday in their home villages, relatives said.
""",
["IR"],
[], [],
[], [],
"NO CURRENT INCIDENT (industrial explosion at a factory): an accident (NOTES); 'no evidence of sabotage or any hostile attack' rules out an attack. A prosecutor's summons of a manager is a domestic legal step, not coded. The burial 'on Wednesday' is the publication day (future event, not coded). 'Series of industrial fires' = aggregate.",
when=past("2026-04-29", "Tuesday", "Wednesday"), topic="industrial explosion")

art("quiet", "2025-07-17",
"Ammonia leak at Ca Mau seafood plant kills worker, sends dozens to hospital", """
HANOI, Vietnam — An ammonia leak at a shrimp-processing factory in the southern province of Ca Mau on Wednesday killed one worker and sent 43 others to hospital with breathing difficulties, the provincial health department said.

The gas escaped from a cracked pipe in the factory's refrigeration system during the morning shift, when about 300 workers were on the processing lines, the department said. A 26-year-old maintenance worker who was trying to close a valve collapsed and died before he could be brought out.

Workers said they smelled the gas and ran into the yard, many of them coughing and with streaming eyes. Firefighters in protective suits sealed the leak within an hour, and the factory was closed while inspectors examined the system.

By Wednesday evening, 31 of those taken to hospital had been discharged. Two women remained in intensive care, doctors said.

The provincial authorities ordered all seafood plants using ammonia refrigeration to check their pipes and safety valves within a month. Vietnam is one of the world's largest shrimp exporters, and Ca Mau accounts for about a quarter of its production.
""",
["VN"],
[], [],
[], [],
"NO CURRENT INCIDENT (gas leak): an industrial accident with one death (NOTES: accidents are not incidents). An inspection order is administrative, not coded.",
when=past("2025-07-17", "Wednesday"), topic="gas leak")

art("quiet", "2026-01-15",
"Magnitude 6.4 earthquake kills nine in Peru's Arequipa region", """
LIMA, Peru — A magnitude 6.4 earthquake struck the southern Arequipa region on Wednesday, killing nine people and damaging hundreds of adobe homes in the Colca valley, Peru's civil defence institute said.

The quake hit at 3:42 p.m. at a depth of about 30 kilometres, with its epicentre near the town of Chivay, the Geophysical Institute of Peru said. Most of the dead were killed when walls and roofs collapsed in villages along the valley, and a rockslide blocked the road to Arequipa city for several hours.

Residents described the shaking as violent and long. "It felt like the mountain was exploding," said Rosa Huamaní, a shopkeeper in Chivay, who spent the night outside with her family.

The government declared a 60-day state of emergency in four provinces and sent tents, blankets and water. Aftershocks continued through the night.

The quake was felt as far away as the Chilean border city of Arica. Peru sits on the Pacific "Ring of Fire" and is hit by hundreds of earthquakes every year, most of them too weak to be felt.
""",
["PE", "CL"],
[], [],
["Rosa Huamaní"], ["Geophysical Institute of Peru"],
"NO CURRENT INCIDENT (natural disaster): quake deaths are not incidents; 'exploding' is a figure of speech. The disaster state of emergency and relief shipments = civil protection, not coded strategic (judgment, see doubts). CL via Arica.",
when=past("2026-01-15", "Wednesday"), topic="disaster")

art("quiet", "2025-08-14",
"Cerro Porteño beat Universitario in shootout to reach Sudamericana quarter-finals", """
ASUNCION, Paraguay — Cerro Porteño reached the quarter-finals of the Copa Sudamericana on Wednesday night, beating Peru's Universitario 4-2 in a penalty shootout after a tense 1-1 draw at a packed La Nueva Olla.

The visitors, who had won the first leg in Lima 1-0, went ahead again after 23 minutes when their striker Jairo Mendoza fired in a low shot from the edge of the area. Cerro pressed for the rest of the half but were kept out by a string of saves from goalkeeper Andrés Salas.

The home side's attack finally paid off in the 71st minute, when substitute Iván Ortiz headed in a corner to level the tie on aggregate and spark a battle in midfield that produced six yellow cards in the final 20 minutes.

In the shootout, goalkeeper Rodrigo Benítez saved the first two Universitario penalties, and captain Derlis Aquino struck the winning kick into the top corner.

"We knew we had to attack them from the first minute. The boys never gave up," said coach Gustavo Fleitas.

Cerro will face the winner of the tie between Brazil's Fluminense and Argentina's Lanús in the quarter-finals next month.
""",
["PY", "PE", "BR", "AR"],
[], [],
["Jairo Mendoza", "Andrés Salas", "Iván Ortiz", "Rodrigo Benítez", "Derlis Aquino", "Gustavo Fleitas"], ["Cerro Porteño", "Universitario", "Fluminense", "Lanús"],
"NO CURRENT INCIDENT (sport): 'shootout', 'fired in a low shot', 'attack', 'battle in midfield', 'struck' are football vocabulary. Countries via clubs' nationalities and venues (NOTES' sport convention): PY (Asunción), PE (Peru's, Lima), BR (Brazil's), AR (Argentina's).",
when=past("2025-08-14", "Wednesday"), topic="sport")

art("quiet", "2025-10-23",
"Indonesian noodle maker launches hostile takeover bid for Malaysian rival as price war bites", """
JAKARTA, Indonesia — Indonesian instant-noodle maker Sumber Rasa Nusantara launched a hostile takeover bid for Malaysian rival Mewah Foods on Thursday, offering shareholders 2.85 ringgit a share in cash after Mewah's board rejected two earlier approaches.

The offer, which values Mewah at about 1.9 billion ringgit ($450 million), is a 31% premium to its closing price on Wednesday. Mewah's shares jumped 24% in Kuala Lumpur after the announcement, while Sumber Rasa's fell 3% in Jakarta.

The two companies have been locked in a price war across Southeast Asia for more than a year, cutting prices and launching cheaper brands as rising wheat and palm oil costs squeeze margins. Sumber Rasa's chief executive, Budi Hartanto, said a combination would end a "destructive battle" and give the group a stronger base to expand in the Philippines and Vietnam.

Mewah's board said in a statement that the offer "significantly undervalues" the company and urged shareholders to take no action. Its founding family, which owns about 22% of the shares, has said it will not sell.

Analysts said the bid could draw scrutiny from Malaysia's competition regulator. "This is an attack on a market leader at its weakest moment," said one Kuala Lumpur-based analyst.
""",
["ID", "MY", "PH", "VN"],
[], [],
["Budi Hartanto"], ["Sumber Rasa Nusantara", "Mewah Foods"],
"NO CURRENT INCIDENT (business): 'hostile takeover', 'price war', 'destructive battle', 'attack on a market leader' are market vocabulary. PH/VN via planned expansion (places). 'Southeast Asia' is a region. Wednesday's closing price -> past().",
when=past("2025-10-23", "Thursday", "Wednesday"), topic="business")

art("quiet", "2026-09-16",
"Wisconsin Senate hopeful under fire over attack ad as battleground state race tightens", """
MILWAUKEE — The Republican candidate for the U.S. Senate in Wisconsin came under fire from both parties on Tuesday over a television advertisement that showed his Democratic opponent's face beside images of burning buildings from the 2020 unrest in Kenosha.

The 30-second spot, paid for by a political action committee supporting businessman Craig Halvorsen, accused state Senator Dana Lindqvist of being "soft on crime". Lindqvist called it "a cheap shot that insults every family in Kenosha", and two Republican county chairs said it should be pulled.

Halvorsen said he stood by the message but that he did not control the committee's spending. "This campaign is a battle over public safety, and I won't apologise for that," he told reporters in Green Bay.

Wisconsin is one of a handful of battleground states expected to decide control of the Senate in November, and polls show the race within two percentage points. Both campaigns and their allies have already spent more than $90 million on advertising, much of it negative.

The station that aired the spot said it would review complaints but had no plans to take it off the air. Early voting in Wisconsin begins next month.
""",
["US"],
[], [],
["Craig Halvorsen", "Dana Lindqvist"], ["U.S. Senate"],
"NO CURRENT INCIDENT (politics): 'under fire', 'attack ad', 'cheap shot', 'battle', 'battleground states' are campaign vocabulary. The 2020 unrest in Kenosha is mentioned only as the ad's images (multi-day episode, no specific incident, not listed). US via 'U.S. Senate' and Wisconsin/Milwaukee. The 'battleground state' phrase is in the title.",
when=past("2026-09-16", "Tuesday"), topic="politics")

art("quiet", "2025-12-11",
"Trinidad police seize 25 assault rifles hidden in shipping container of fridges", """
PORT OF SPAIN, Trinidad and Tobago — Police in Trinidad and Tobago seized 25 assault rifles, 40 pistols and about 18,000 rounds of ammunition hidden inside refrigerators in a shipping container at the Port of Point Lisas on Wednesday, the police commissioner said.

The container had arrived from Florida and was declared as household appliances for a company in central Trinidad, Commissioner Neil Ramcharan told a news conference. Customs officers flagged it after scanners showed dense metal objects inside the fridges' insulation.

Two men, a customs broker and the owner of the importing company, were arrested and were being questioned. Police said they were working with U.S. authorities to trace the weapons, several of which had their serial numbers filed off.

Ramcharan called it the largest seizure of high-powered weapons in the country's history. "Every one of these rifles was meant to be fired on our streets," he said.

Trinidad and Tobago recorded more than 600 murders last year, most of them with firearms, and the government declared a state of emergency in December over gang violence. Officials say nearly all the guns used in crimes on the islands are smuggled from the United States.
""",
["TT", "US"],
[], ["strategic"],
["Neil Ramcharan"], [],
"NO CURRENT INCIDENT (police seizure of weapons): seizure + two arrests = strategic. 'Meant to be fired' = intention. Murder count = aggregate; last December's state of emergency = background (not listed). US via Florida/'U.S. authorities'.",
when=past("2025-12-11", "Wednesday"), topic="seizure")

art("quiet", "2026-05-21",
"Malaysian police arrest four over alleged plot to bomb Kuala Lumpur nightclub", """
KUALA LUMPUR, Malaysia — Malaysian counter-terrorism police have arrested four men suspected of planning to bomb a nightclub in the capital's Bukit Bintang entertainment district, the inspector-general of police said on Thursday.

The four, aged between 19 and 34, were detained in simultaneous raids in Selangor and Johor on Tuesday, Inspector-General Razali Ismail told a news conference. Officers seized chemicals, pipes, batteries and a notebook with sketches of the club's entrances, as well as a flag of the Islamic State group.

Razali said the suspects had been radicalised online and had been in contact with a handler in Syria, who sent them instructions for making explosives through an encrypted messaging app. He said the attack had been planned for a weekend in June, when the club was due to host an international DJ.

"There was no imminent danger to the public, but they were at an advanced stage," Razali said. The men are being held under the Security Offences (Special Measures) Act, which allows detention for up to 28 days without charge.

Malaysia has arrested dozens of people over suspected links to the Islamic State since 2013, but has not suffered a major attack since a grenade was thrown into a bar in Puchong, on the outskirts of Kuala Lumpur, in 2016, wounding eight people.
""",
["MY", "SY"],
[("explosion", "MY", "Puchong", None, True)], ["strategic"],
["Razali Ismail"], ["Islamic State"],
"NO CURRENT INCIDENT (foiled plot): arrests and seizure = strategic; the planned bombing never happened. SY via the handler 'in Syria'. The 2016 grenade thrown into a bar in Puchong = background explosion, injuries only -> null. Arrests 'since 2013' = aggregate.",
when=past("2026-05-21", "Thursday", "Tuesday"), topic="plot")

art("quiet", "2026-03-05",
"Belgium and France raise travel warnings for northern Benin's national parks", """
BRUSSELS — Belgium and France on Thursday advised their citizens against all travel to the W and Pendjari national parks in northern Benin and the areas around them, citing a high risk of kidnapping and attacks by jihadist groups operating from neighbouring Burkina Faso and Niger.

The Belgian foreign ministry said in an update to its travel advice that the situation along the northern border had "deteriorated considerably" and that travellers already in the area should leave. France's foreign ministry coloured the whole border strip red on its travel map, meaning travel is formally discouraged.

Neither ministry cited a specific new incident. Tour operators in Cotonou said bookings for the safari season had already fallen sharply.

The parks, which together form part of one of West Africa's largest protected areas, were once a major draw for European tourists. In May 2019, two French tourists were kidnapped in Pendjari and their Beninese guide was killed; the tourists were freed by French special forces in Burkina Faso days later.

Benin has deployed thousands of soldiers to the north under an operation launched in 2022, and the army has lost dozens of soldiers in attacks on its posts near the parks.
""",
["BE", "FR", "BJ", "BF", "NE"],
[("civilian_attack", "BJ", "Pendjari", 1, True)], ["strategic"],
[], [],
"NO CURRENT INCIDENT (travel warning; CAPITAL DATELINE, BRUSSELS, about violence elsewhere): 'Neither ministry cited a specific new incident'. The warnings = strategic (security alerts, as bf11). May 2019 kidnapping in Pendjari with the guide killed = background civilian_attack, 1; the rescue in Burkina Faso is part of that history (not listed). The 2022 deployment and 'dozens of soldiers' lost in attacks = background aggregate, not listed. 'West Africa' is a region.",
when=past("2026-03-05", "Thursday"), topic="warning", capital=True)

art("quiet", "2025-09-04",
"Militia threatens to attack mining sites in eastern Congo's Kalehe unless traders leave", """
BUKAVU, Congo — A Mai-Mai militia in the Kalehe territory of eastern Congo has given traders and miners seven days to leave gold-mining sites in the hills west of Lake Kivu, threatening to attack anyone who stays, local officials and civil society leaders said on Wednesday.

In a handwritten letter circulated in the mining village of Nyabibwe, the group accused the traders of paying taxes to the M23 rebels, who control much of the territory, and warned that "whoever remains will be treated as the enemy". The letter was signed by a commander who calls himself "General Kifaru".

Civil society coordinator Josué Bahati said hundreds of people had already started leaving the sites with their equipment and that some shops in Nyabibwe had closed. "People know these are not empty words," he said.

No attack had been reported by Wednesday evening. The M23 did not comment on the threat.

Kalehe, which lies between Bukavu and Goma, has seen repeated fighting between the Rwanda-backed rebels and Mai-Mai groups allied to the Congolese army since the M23 advance early this year. The United Nations says hundreds of thousands of people in South Kivu province have been displaced.
""",
["CD", "RW"],
[], [],
["Josué Bahati"], ["M23", "United Nations"],
"NO CURRENT INCIDENT (threat/ultimatum by a non-state armed group): 'No attack had been reported'. A militia's threat has no slot among other_events (bf11 convention; see doubts). Repeated fighting 'since early this year' = no specific incident; displacement = aggregate. RW via 'Rwanda-backed'. 'General Kifaru' is a nom de guerre in quotes (not listed).",
when=past("2025-09-04", "Wednesday"), topic="threat")

art("quiet", "2026-10-08",
"Portuguese doctors' unions call national strike from Tuesday over overtime cap", """
LISBON, Portugal — Portugal's two main doctors' unions on Wednesday called a three-day national strike from Tuesday, saying the health ministry had ignored their demands to limit compulsory overtime in hospital emergency departments.

The strike will affect scheduled operations and outpatient consultations in public hospitals and health centres, although emergency care, oncology and dialysis will be maintained under minimum-service rules, the unions said.

"We have fired every warning shot we had. Doctors are exhausted and emergency rooms are closing at weekends because there is nobody left to staff them," said Helena Baptista, president of one of the unions.

The health minister, who has been under fire over weeks of closures of maternity and emergency units, said the strike was "unjustified" while talks were still under way, and urged the unions to return to the negotiating table. The ministry has offered a 6% pay rise for doctors who opt into longer shifts.

Portugal's national health service has lost thousands of doctors to the private sector and to other European countries in the past decade. Nurses' unions have also threatened to strike next month if a deal on career progression is not reached.
""",
["PT"],
[], [],
["Helena Baptista"], [],
"NO CURRENT INCIDENT (strike call for a coming date): 'fired every warning shot', 'under fire' are figures of speech; a labour strike is not a protest incident (no demonstration). 'From Tuesday' -> nxt. 'Other European countries' is a region.",
when=past("2026-10-08", "Wednesday") | nxt("2026-10-08", "Tuesday"), topic="strike")

art("quiet", "2026-02-12",
"Afghan and Pakistani delegations open second round of ceasefire talks in Doha", """
DOHA — Delegations from Afghanistan's Taliban government and Pakistan opened a second round of talks in Doha on Wednesday aimed at turning a fragile truce along their shared border into a lasting ceasefire, Qatar's foreign ministry said.

The talks, mediated by Qatar and Turkey, are focused on a mechanism to verify Pakistan's demand that the Taliban stop Pakistani militants from using Afghan territory to launch attacks, and on reopening border crossings that have been closed to trade for months, officials said.

A Qatari spokesman said the first day had been "constructive" and that the two sides had agreed to meet again on Thursday. Neither delegation spoke to reporters.

The border has been largely quiet since the truce was agreed in the autumn, but both sides accuse each other of violations, and traders say thousands of trucks remain stranded on either side of the Torkham and Chaman crossings.

Islamabad accuses the Taliban of sheltering fighters of the Pakistani Taliban movement, which has killed hundreds of soldiers and police officers in the past two years. Kabul denies the charge and says Pakistan's security problems are an internal matter.

Diplomats said the talks could continue into next week.
""",
["QA", "AF", "PK", "TR"],
[], ["diplomacy"],
[], ["Taliban"],
"NO CURRENT INCIDENT (ceasefire talks and diplomacy; CAPITAL DATELINE, DOHA, about violence elsewhere): talks, mediation and mutual accusations = diplomacy. Past border fighting is referred to only as 'the truce agreed in the autumn'; militant tolls 'in the past two years' = aggregate. Islamabad/Kabul used as metonyms -> PK/AF. 'Meet again on Thursday' = the publication day.",
when=past("2026-02-12", "Wednesday", "Thursday"), topic=("diplomacy", "ceasefire"), capital=True)

# =====================================================================================
# Records, checks, statistics.
# =====================================================================================

def rid(i):
    return "%s-%02d" % (PREFIX, i)


def records():
    out = []
    for i, a in enumerate(ARTICLES, 1):
        out.append({
            "id": rid(i),
            "source": SOURCE,
            "origin": ORIGIN,
            "license": LICENSE,
            "published": a["published"],
            "title": a["title"],
            "body": a["body"],
            "gold": {
                "countries_mentioned": list(a["countries"]),
                "incidents": [
                    {"type": t, "country": c, "location": loc, "fatalities": f, "background": bg}
                    for (t, c, loc, f, bg) in a["incidents"]
                ],
                "other_events": list(a["other"]),
                "key_entities": {"PERSON": list(a["persons"]), "ORG": list(a["orgs"])},
            },
        })
    return out


def has_current(a):
    return any(not inc[4] for inc in a["incidents"])


def current(a):
    return [inc for inc in a["incidents"] if not inc[4]]


def word_in(name, text):
    return re.search(r"(?<!\w)%s(?!\w)" % re.escape(name), text) is not None


def names_country(text, code):
    return any(word_in(n, text) for n in COUNTRY_NAMES[code])


def weekday_words(text):
    for name in NAMED_DAYS:
        text = text.replace(name, " ")
    return set(re.findall(r"\b(%s)\b" % "|".join(WEEKDAYS), text))


def inline_dates(body):
    """Month-day dates without a year ('on March 3', 'on the night of March 10')."""
    return re.findall(r"\b(%s) (\d{1,2})\b(?!, \d{4})" % "|".join(MONTHS), body)


def topics_of(a):
    t = a["topic"]
    if t is None:
        return ()
    return tuple(t) if isinstance(t, (tuple, list)) else (t,)


DATELINE_AGENCY = re.compile(r"^[A-Z][A-Z'. -]+, [A-Z][\w.]*(?: [A-Z][\w.]*)* \([A-Za-z]+\) — ")
DATELINE_PLAIN = re.compile(r"^[A-Z][A-Z'. -]+(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)*)?(?: \([A-Za-z]+\))? — ")


def dateline_form(body):
    """'agency' for 'CITY, Country (Agency) —', 'plain' for 'CITY —', 'CITY, Country —' or
    'CITY (Agency) —', 'none' when the text starts without a dateline."""
    if DATELINE_AGENCY.match(body):
        return "agency"
    if DATELINE_PLAIN.match(body):
        return "plain"
    return "none"


def check_article(i, a, err):
    kind = a["kind"]
    text = (a["title"] or "") + "\n" + a["body"]
    # date
    pub = None
    if not (isinstance(a["published"], str) and re.fullmatch(r"\d{4}-\d\d-\d\d", a["published"])):
        err("published must be a YYYY-MM-DD date")
    else:
        try:
            pub = datetime.date.fromisoformat(a["published"])
        except ValueError:
            err("published %r is not a real date" % a["published"])
        else:
            if pub.year not in YEARS:
                err("published %s is not in %s" % (a["published"], YEARS))
    # every weekday word resolves to a real date of that weekday within a week of `published`
    used = weekday_words(text)
    for day in sorted(used - set(a["when"])):
        err("weekday %r used but not resolved in when={}" % day)
    for day, iso in a["when"].items():
        if day not in used:
            err("when{} names %r, which the text does not use" % day)
        try:
            d = datetime.date.fromisoformat(iso)
        except ValueError:
            err("when{} date %r invalid" % iso)
            continue
        if WEEKDAYS[d.weekday()] != day:
            err("%s is a %s, not a %s" % (iso, WEEKDAYS[d.weekday()], day))
        if pub is not None and not -7 <= (d - pub).days <= 7:
            err("%s (%s) is more than a week from the published date" % (day, iso))
    # inline month-day dates in SATP texts: real, at most 60 days before / 30 days after
    if pub is not None and kind == "satp":
        for mon, day in inline_dates(a["body"]):
            cands = []
            for y in (pub.year - 1, pub.year, pub.year + 1):
                try:
                    cands.append(datetime.date(y, MONTHS.index(mon) + 1, int(day)))
                except ValueError:
                    pass
            if not cands:
                err("inline date %s %s is not a real date" % (mon, day))
                continue
            d = min(cands, key=lambda c: abs((c - pub).days))
            if not -SATP_DATE_BEFORE <= (d - pub).days <= SATP_DATE_AFTER:
                err("inline date %s %s is outside %d days before / %d after published" % (
                    mon, day, SATP_DATE_BEFORE, SATP_DATE_AFTER))
    # countries
    cs = a["countries"]
    if len(set(cs)) != len(cs):
        err("duplicate country in countries_mentioned")
    for c in cs:
        if c not in ISO2:
            err("unknown ISO 3166-1 alpha-2 code %r" % c)
    # incidents
    seen = set()
    for inc in a["incidents"]:
        if not isinstance(inc, tuple) or len(inc) != 5:
            err("incident must be a 5-tuple: %r" % (inc,))
            continue
        if inc in seen:
            err("duplicate incident %r" % (inc,))
        seen.add(inc)
        t, c, loc, f, bg = inc
        if t not in INCIDENT_TYPES:
            err("incident type %r not in the taxonomy" % t)
        if c not in cs:
            err("incident country %r missing from countries_mentioned" % c)
        if loc is not None and (not isinstance(loc, str) or not loc or loc not in text):
            err("location %r is not a verbatim substring of title + body" % (loc,))
        if f is not None and (type(f) is not int or f < 0):
            err("fatalities %r must be a non-negative int or None" % (f,))
        if type(bg) is not bool:
            err("background must be a bool")
    # other events
    for o in a["other"]:
        if o not in OTHER_TYPES:
            err("other_event %r not allowed" % o)
    if len(set(a["other"])) != len(a["other"]):
        err("duplicate other_event")
    # entities
    for lab in ("persons", "orgs"):
        ents = a[lab]
        if len(ents) > 8:
            err("more than 8 %s" % lab)
        if len(set(ents)) != len(ents):
            err("duplicate %s" % lab)
        for e in ents:
            if not isinstance(e, str) or not e or e not in text:
                err("entity %r is not a verbatim substring of title + body" % (e,))
    # nothing of blind_fresh11 reused
    for n in BF11_NAMES:
        if word_in(n, text):
            err("reuses the blind_fresh11 place/person %r" % n)
    # shape
    words = len(a["body"].split())
    if a["title"] is not None and not a["title"].strip():
        err("empty title")
    if kind == "satp":
        if a["title"] is not None:
            err("SATP-style text must have a null title")
        if "\n" in a["body"]:
            err("SATP-style text must be a single paragraph")
        if not SATP_WORDS[0] <= words <= SATP_WORDS[1]:
            err("SATP-style text has %d words (%d-%d wanted)" % ((words,) + SATP_WORDS))
        if not inline_dates(a["body"]):
            err("SATP-style text should date its event inline ('on March 3')")
        if len(cs) < 1 or cs[0] not in SATP_COUNTRIES:
            err("SATP-style text must be set in South Asia or Myanmar (first country in %s)" % (SATP_COUNTRIES,))
        if weekday_words(a["body"]):
            err("SATP-style text should date by month and day, not by weekday")
        if a["placeonly"]:
            c0 = cs[0] if cs else None
            if c0 not in COUNTRY_NAMES or c0 not in FIRST_LEVEL:
                err("placeonly: no name lists for %s" % c0)
            else:
                if len(cs) != 1:
                    err("placeonly text should refer to one country only")
                if names_country(text, c0):
                    err("placeonly text names its country %s" % c0)
                for n in FIRST_LEVEL[c0]:
                    if word_in(n, text):
                        err("placeonly text names the first-level unit or capital %r" % n)
        if a["degraded"]:
            bad = sorted({ch for ch in a["body"] if ch in DEGRADED_PUNCT})
            if bad:
                err("degraded text still has punctuation %s" % "".join(bad))
        if a["mixed"]:
            if not has_current(a) or not any(inc[4] for inc in a["incidents"]):
                err("mixed text needs both a current and a background incident")
        if a["topic"] is not None:
            if a["topic"] not in SATP_QUIET_TOPICS:
                err("SATP topic %r not in %s" % (a["topic"], SATP_QUIET_TOPICS))
            if has_current(a):
                err("SATP topic is for texts without a current incident")
        elif not has_current(a):
            err("SATP text without a current incident needs a topic")
        if a["abduction"]:
            if not any(w in a["body"] for w in ABDUCTION_WORDS):
                err("abduction text uses none of %s" % (ABDUCTION_WORDS,))
            old = [w for w in OLD_ABDUCTION_WORDS if word_in(w, a["body"])]
            if old:
                err("abduction text falls back on blind_fresh11 wordings %s" % old)
    elif kind == "wire":
        if not WIRE_WORDS[0] <= words <= WIRE_WORDS[1]:
            err("wire body has %d words (%d-%d wanted)" % ((words,) + WIRE_WORDS))
        if a["title"] is None:
            err("wire article needs a title")
        if not has_current(a):
            err("wire article without a current incident")
        if a["region"] not in WIRE_REGIONS:
            err("wire article needs a region in %s" % sorted(WIRE_REGIONS))
        else:
            outside = {inc[1] for inc in current(a)} - set(REGION_COUNTRIES[a["region"]])
            if outside:
                err("current incidents outside region %s: %s" % (a["region"], sorted(outside)))
        if a["implied"]:
            implied_cs = (set(a["implied"]) if isinstance(a["implied"], (tuple, list))
                          else {inc[1] for inc in current(a)})
            if not implied_cs <= {inc[1] for inc in current(a)}:
                err("implied countries %s must host current incidents" % sorted(implied_cs))
            for c in sorted(implied_cs):
                if c not in COUNTRY_NAMES:
                    err("implied article: no name list for %s in COUNTRY_NAMES" % c)
                elif names_country(text, c):
                    err("implied article names its incident country %s outright" % c)
        if a["followup"] and not re.search(FOLLOWUP_RE, text):
            err("follow-up article without an updated-toll wording (%s)" % FOLLOWUP_RE)
        if a["riot_turn"]:
            if not any(inc[0] == "riot" for inc in current(a)):
                err("riot_turn article without a current riot")
            if not re.search(r"\bprotest", text) or not re.search(RIOT_TURN_RE, text):
                err("riot_turn article should say a protest turned violent")
    elif kind == "quiet":
        if not QUIET_WORDS[0] <= words <= QUIET_WORDS[1]:
            err("quiet body has %d words (%d-%d wanted)" % ((words,) + QUIET_WORDS))
        if a["title"] is None:
            err("quiet article needs a title")
        if has_current(a):
            err("quiet article with a current incident")
        tops = topics_of(a)
        if not tops or any(t not in QUIET_TOPICS for t in tops):
            err("quiet article needs topics in %s" % (QUIET_TOPICS,))
        if a["capital"]:
            m = re.match(r"^([A-Z][A-Z ]+) — ", a["body"])
            if not m or m.group(1) not in CAPITAL_DATELINES:
                err("capital article must open with a dateline in %s" % (CAPITAL_DATELINES,))
    else:
        err("unknown kind %r" % kind)
    if (a["region"] is not None or a["implied"] or a["followup"] or a["riot_turn"]) and kind != "wire":
        err("region/implied/followup/riot_turn are for wire articles")
    if (a["abduction"] or a["placeonly"] or a["degraded"] or a["mixed"]) and kind != "satp":
        err("abduction/placeonly/degraded/mixed flags are for SATP-style texts")
    if a["capital"] and kind != "quiet":
        err("capital flag is for quiet articles")
    if a["topic"] is not None and kind not in ("quiet", "satp"):
        err("topic is for quiet and SATP-style articles")
    if a["abduction"] and not any(t == "civilian_attack" and not bg for (t, _, _, _, bg) in a["incidents"]):
        err("abduction text without a current civilian_attack")
    if not a["note"]:
        err("missing judgment note")


def check():
    errors = []
    for i, a in enumerate(ARTICLES, 1):
        def err(msg, i=i, kind=a["kind"]):
            errors.append("%s [%s]: %s" % (rid(i), kind, msg))
        check_article(i, a, err)
    # composition
    order = [a["kind"] for a in ARTICLES]
    want = [k for k, n in BLOCKS for _ in range(n)]
    if order != want:
        errors.append("composition/order is %r, want blocks %r" % (
            [(k, order.count(k)) for k, _ in BLOCKS], BLOCKS))
    satp = [a for a in ARTICLES if a["kind"] == "satp"]
    blasts = [a for a in satp if any(i[0] == "explosion" for i in current(a))]
    mins = (
        ("SATP-style texts without a current incident", sum(1 for a in satp if not has_current(a)), MIN_SATP_QUIET),
        ("SATP-style abduction texts", sum(1 for a in satp if a["abduction"]), MIN_SATP_ABDUCTION),
        ("SATP-style texts with a current battle", sum(1 for a in satp if any(i[0] == "battle" for i in current(a))), MIN_SATP_BATTLE),
        ("SATP-style texts with a current explosion", len(blasts), MIN_SATP_BLAST),
        ("SATP-style place-only texts", sum(1 for a in satp if a["placeonly"]), MIN_SATP_PLACEONLY),
        ("SATP-style degraded (unpunctuated) texts", sum(1 for a in satp if a["degraded"]), MIN_SATP_DEGRADED),
        ("SATP-style texts mixing a current and a background incident", sum(1 for a in satp if a["mixed"]), MIN_SATP_MIXED),
    )
    wording = {w for a in satp if a["abduction"] for w in ABDUCTION_WORDS if w in a["body"]}
    if wording != set(ABDUCTION_WORDS):
        errors.append("abduction wording not varied: missing %s" % sorted(set(ABDUCTION_WORDS) - wording))
    for group in BLAST_DEVICES:
        if not any(word_in(w, a["body"]) for a in blasts for w in group):
            errors.append("no SATP-style current explosion names a %s" % " / ".join(group))
    stopics = {a["topic"] for a in satp if a["topic"]}
    if stopics != set(SATP_QUIET_TOPICS):
        errors.append("SATP block lacks no-incident kinds %s" % sorted(set(SATP_QUIET_TOPICS) - stopics))
    satp_countries = {a["countries"][0] for a in satp if a["countries"]}
    if len(satp_countries & set(SATP_COUNTRIES)) < MIN_SATP_COUNTRIES:
        errors.append("SATP block covers %s, fewer than %d of %s" % (
            sorted(satp_countries), MIN_SATP_COUNTRIES, SATP_COUNTRIES))
    wire = [a for a in ARTICLES if a["kind"] == "wire"]
    for reg, n in WIRE_REGIONS.items():
        have = sum(1 for a in wire if a["region"] == reg)
        if have != n:
            errors.append("wire articles in region %s: %d (want %d)" % (reg, have, n))
    latam = {inc[1] for a in wire if a["region"] == "latin_america" for inc in current(a)}
    if len(latam) < MIN_LATAM_COUNTRIES:
        errors.append("Latin America current incidents in %d countries (< %d)" % (len(latam), MIN_LATAM_COUNTRIES))
    us_local = sum(1 for a in wire if a["region"] == "europe_north_america"
                   and {inc[1] for inc in current(a)} == {"US"})
    if us_local < MIN_US_LOCAL:
        errors.append("Europe/North America block: %d local US reports (< %d)" % (us_local, MIN_US_LOCAL))
    forms = {}
    for a in wire:
        f = dateline_form(a["body"])
        forms[f] = forms.get(f, 0) + 1
    for f in ("agency", "plain", "none"):
        if forms.get(f, 0) < MIN_WIRE_DATELINE_FORM:
            errors.append("wire dateline form %r used %d times (< %d)" % (f, forms.get(f, 0), MIN_WIRE_DATELINE_FORM))
    mins += (
        ("wire articles with more than one current incident", sum(1 for a in wire if len(current(a)) > 1), MIN_WIRE_MULTI),
        ("wire articles with current incidents in two countries", sum(1 for a in wire if len({i[1] for i in current(a)}) > 1), MIN_WIRE_TWO_COUNTRIES),
        ("wire articles whose country is only implied", sum(1 for a in wire if a["implied"]), MIN_WIRE_IMPLIED),
        ("wire articles with a background incident", sum(1 for a in wire if any(i[4] for i in a["incidents"])), MIN_WIRE_BACKGROUND),
        ("wire follow-up (updated toll) articles", sum(1 for a in wire if a["followup"]), MIN_WIRE_FOLLOWUP),
        ("wire articles with a protest turned riot", sum(1 for a in wire if a["riot_turn"]), MIN_WIRE_RIOT_TURN),
        ("wire articles with diplomacy/strategic besides incidents", sum(1 for a in wire if a["other"]), MIN_WIRE_OTHER),
    )
    for what, have, need in mins:
        if have < need:
            errors.append("%s: %d (< %d)" % (what, have, need))
    cur_types = {inc[0] for a in wire for inc in current(a)}
    if cur_types != set(INCIDENT_TYPES):
        errors.append("wire block lacks current incident types %s" % sorted(set(INCIDENT_TYPES) - cur_types))
    quiet = [a for a in ARTICLES if a["kind"] == "quiet"]
    topics = {t for a in quiet for t in topics_of(a)}
    if topics != set(QUIET_TOPICS):
        errors.append("quiet block lacks topics %s" % sorted(set(QUIET_TOPICS) - topics))
    n_cap = sum(1 for a in quiet if a["capital"])
    if n_cap < MIN_QUIET_CAPITAL:
        errors.append("quiet articles datelined in a world capital: %d (< %d)" % (n_cap, MIN_QUIET_CAPITAL))
    qtext = "\n".join((a["title"] or "") + "\n" + a["body"] for a in quiet)
    for ph in QUIET_PHRASES:
        if not re.search(r"\b%s" % re.escape(ph), qtext, re.I):
            errors.append("quiet block never uses %r" % ph)
    recs = records()
    ids = [r["id"] for r in recs]
    if ids != [rid(i) for i in range(1, 61)]:
        errors.append("ids must run %s .. %s" % (rid(1), rid(60)))
    titles = [r["title"] for r in recs if r["title"]]
    if len(set(titles)) != len(titles):
        errors.append("duplicate titles")
    if len({r["body"] for r in recs}) != len(recs):
        errors.append("duplicate bodies")
    for r in recs:
        if json.loads(json.dumps(r, ensure_ascii=False)) != r:
            errors.append("%s does not round-trip through JSON" % r["id"])
    return errors


def stats():
    cur, bg = {}, {}
    fat_known = fat_zero = 0
    cur_countries = {}
    for a in ARTICLES:
        for (t, c, loc, f, b) in a["incidents"]:
            if b:
                bg[t] = bg.get(t, 0) + 1
            else:
                cur[t] = cur.get(t, 0) + 1
                cur_countries[c] = cur_countries.get(c, 0) + 1
                if f is not None:
                    fat_known += 1
                    fat_zero += f == 0
    fmt = lambda d: ", ".join("%s %d" % (k, d[k]) for k in sorted(d, key=lambda k: (-d[k], k)))
    lines = []
    for kind, n in BLOCKS:
        arts = [a for a in ARTICLES if a["kind"] == kind]
        words = [len(a["body"].split()) for a in arts]
        lines.append("%-5s %2d articles, %d-%d words, %d without a current incident" % (
            kind, len(arts), min(words), max(words), sum(1 for a in arts if not has_current(a))))
    lines.append("without a current incident: %d of %d" % (
        sum(1 for a in ARTICLES if not has_current(a)), len(ARTICLES)))
    lines.append("incidents %d: current %d (%s); background %d (%s)" % (
        sum(cur.values()) + sum(bg.values()), sum(cur.values()), fmt(cur), sum(bg.values()), fmt(bg)))
    lines.append("current incidents with fatalities stated: %d (%d of them 0); null: %d" % (
        fat_known, fat_zero, sum(cur.values()) - fat_known))
    lines.append("current incidents by country: %s" % fmt(cur_countries))
    allc = sorted({c for a in ARTICLES for c in a["countries"]})
    lines.append("countries mentioned (%d): %s" % (len(allc), " ".join(allc)))
    satp = [a for a in ARTICLES if a["kind"] == "satp"]
    lines.append("SATP: %d abduction, %d with a current battle, %d with a current explosion, "
                 "%d place-only, %d degraded, %d mixed; first countries %s" % (
                     sum(1 for a in satp if a["abduction"]),
                     sum(1 for a in satp if any(i[0] == "battle" for i in current(a))),
                     sum(1 for a in satp if any(i[0] == "explosion" for i in current(a))),
                     sum(1 for a in satp if a["placeonly"]),
                     sum(1 for a in satp if a["degraded"]),
                     sum(1 for a in satp if a["mixed"]),
                     fmt({c: sum(1 for a in satp if a["countries"][0] == c) for c in SATP_COUNTRIES})))
    wire = [a for a in ARTICLES if a["kind"] == "wire"]
    lines.append("wire: %d multi-incident, %d two-country, %d implied-country, %d with background, "
                 "%d follow-up, %d protest-turned-riot, %d with other events" % (
                     sum(1 for a in wire if len(current(a)) > 1),
                     sum(1 for a in wire if len({inc[1] for inc in current(a)}) > 1),
                     sum(1 for a in wire if a["implied"]),
                     sum(1 for a in wire if any(inc[4] for inc in a["incidents"])),
                     sum(1 for a in wire if a["followup"]),
                     sum(1 for a in wire if a["riot_turn"]),
                     sum(1 for a in wire if a["other"])))
    regs, forms = {}, {}
    for a in wire:
        regs[a["region"]] = regs.get(a["region"], 0) + 1
        f = dateline_form(a["body"])
        forms[f] = forms.get(f, 0) + 1
    lines.append("wire regions: %s" % fmt(regs))
    lines.append("wire datelines: %s" % fmt(forms))
    tops = {}
    for a in ARTICLES:
        if a["kind"] == "quiet":
            for t in topics_of(a):
                tops[t] = tops.get(t, 0) + 1
    lines.append("quiet topics: %s" % fmt(tops))
    lines.append("quiet capital datelines: %d" % sum(1 for a in ARTICLES if a["capital"]))
    oth = {}
    for a in ARTICLES:
        for o in a["other"]:
            oth[o] = oth.get(o, 0) + 1
    lines.append("other_events (articles): %s" % fmt(oth))
    return "\n".join(lines)


def notes():
    out = []
    for r, a in zip(records(), ARTICLES):
        inc = "; ".join("%s:%s:%s:%s%s" % (t, c, loc or "-", "null" if f is None else f, "(bg)" if b else "")
                        for (t, c, loc, f, b) in a["incidents"]) or "no incidents"
        out.append("- **%s** [%s] %s | %s | %s | %s | %s" % (
            r["id"], a["kind"], a["title"] or "(no title)", ",".join(a["countries"]) or "-",
            inc, ",".join(a["other"]) or "-", a["note"]))
    return "\n".join(out)


def main(argv):
    errors = check()
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        return 1
    if "--notes" in argv:
        print(notes())
        return 0
    if "--check" not in argv:
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), OUTFILE)
        with open(path, "w", encoding="utf-8") as fh:
            for r in records():
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("wrote", path)
    print(stats())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Build blind_fresh13: a fresh, blind evaluation set of 60 synthetic articles, as JSONL.

Standard library only. Every text and its gold are data in this file. The gold of each article
was decided when its text was written, by the conventions of ../../shared/corpus/NOTES.md, and
is frozen (see README.md).

    python3 build.py            # run every check, then write blind_fresh13.jsonl
    python3 build.py --check    # run the checks only
    python3 build.py --notes    # print one judgment line per article (NOTES.md format)
"""
import datetime
import json
import os
import re
import sys

SOURCE = "synthetic, written for this project (blind, fresh 13)"
ORIGIN = ("written from scratch for this project: tests/blind_fresh13/build.py "
          "(fictional or fictionalised events in real places)")
LICENSE = "project's own"
PREFIX = "bf13"
OUTFILE = "blind_fresh13.jsonl"

INCIDENT_TYPES = ("battle", "explosion", "civilian_attack", "protest", "riot")
OTHER_TYPES = ("strategic", "diplomacy")
BLOCKS = (("satp", 18), ("wire", 22), ("quiet", 20))
YEAR = 2026
MONTH_RANGE = (1, 11)       # published January .. November

# --- SATP-style block (bf13-01..18) ---
SATP_WORDS = (60, 160)
SATP_COUNTRIES = ("IN", "PK", "AF", "BD", "NP", "LK", "MM")
MIN_SATP_COUNTRIES = 6      # distinct first countries among the seven
MIN_SATP_QUIET = 5          # no current incident
MIN_SATP_ABDUCTION = 5      # built around an abduction (current civilian_attack)
MIN_SATP_BATTLE = 3         # militants vs security forces (current battle)
MIN_SATP_BLAST = 3          # a device went off (current explosion)
MIN_SATP_PLACEONLY = 2      # place given as village/district only, country never named
MIN_SATP_DEGRADED = 2       # degraded feed line: no punctuation, all lowercase or ALL CAPS
MIN_SATP_MIXED = 2          # a current and a background incident in the same paragraph
# Abduction wordings new in this set: each must carry at least one abduction text ...
ABDUCTION_WORDS = ("carried off", "held for ransom", "bundled", "marched away at gunpoint",
                   "spirited away")
# ... and no SATP-style text may use the wordings of blind_fresh12 (first tuple) or
# blind_fresh11 (second), and no abduction text may fall back on the plain verbs.
BF12_ABDUCTION_WORDS = ("picked up by militants", "held captive", "took away",
                        "went missing after armed men", "snatched")
BF11_ABDUCTION_WORDS = ("abducted", "kidnapped", "whisked away", "forcibly taken",
                        "taken hostage", "dragged away")
PLAIN_ABDUCTION_RE = r"\b(abduct\w*|kidnap\w*|hostages?)\b"
# Device words: among the SATP texts with a current explosion, one must name each group, and
# none may fall back on the devices blind_fresh12 used (IED, grenade, suicide bomber).
BLAST_DEVICES = (("landmine", "land mine"), ("pressure bomb",), ("mortar shell", "rocket shell"))
BF12_DEVICES = ("IED", "improvised explosive device", "grenade", "suicide bomber",
                "suicide attacker", "car bomb")
# Kinds of SATP text without a current incident that the block must cover.
SATP_QUIET_TOPICS = ("surrender", "recovery", "arrest", "verdict", "strike", "release",
                     "statistics")
# Punctuation a degraded (feed-damaged) SATP line must not contain.
DEGRADED_PUNCT = ".,;:()'\"!?-—–’‘“”/"
# Month-and-day inline dates in SATP texts: at most this many days before / after `published`
# (after: a strike called for a coming date).
SATP_DATE_BEFORE, SATP_DATE_AFTER = 60, 30

# --- wire block (bf13-19..40) ---
WIRE_WORDS = (150, 260)
MIN_WIRE_PARAGRAPHS = 3
# Minimum articles per region (the brief's floors; 22 in all).
WIRE_REGIONS = {"latin_america": 3, "africa": 3, "middle_east": 3, "europe": 2, "us": 2,
                "asia": 0}
# Countries each region's current incidents may lie in.
REGION_COUNTRIES = {
    "latin_america": ("MX", "GT", "HN", "SV", "NI", "CR", "PA", "CO", "VE", "EC", "PE", "BO",
                      "BR", "PY", "AR", "CL", "UY", "HT", "DO", "JM"),
    "africa": ("ML", "BF", "NE", "MR", "TD", "SD", "SS", "SO", "ET", "KE", "UG", "NG", "CM",
               "CD", "CF", "MZ", "LY"),
    "middle_east": ("IQ", "SY", "LB", "IL", "PS", "JO", "YE", "IR", "SA", "TR"),
    "europe": ("UA", "RU", "GB", "IE", "FR", "DE", "NL", "BE", "ES", "IT", "SE", "RO", "PL",
               "GR", "AT", "CH"),
    "us": ("US",),
    "asia": ("IN", "PK", "AF", "BD", "NP", "LK", "MM", "TH", "PH", "ID", "MY"),
}
MIN_LATAM_COUNTRIES = 3
MIN_AFRICA_COUNTRIES = 3
MIN_WIRE_MULTI = 4          # more than one current incident
MIN_WIRE_FOREIGN = 1        # a national of A killed in B (incident in B, A only mentioned)
MIN_WIRE_IMPLIED = 2        # incident country only implied by places
MIN_WIRE_BACKGROUND = 3     # also recalls an older incident
MIN_WIRE_FOLLOWUP = 2       # updated-toll story ("the death toll rose to ...")
MIN_WIRE_RIOT_TURN = 1      # a protest that turns into a riot
MIN_WIRE_OTHER = 2          # diplomacy or strategic events besides the incidents
MIN_WIRE_DATELINE_FORM = 2  # each dateline form (see dateline_form) at least this often
FOLLOWUP_RE = r"\b(rose|rises|risen|has risen) to\b"
RIOT_TURN_RE = r"\bturn(ed|s)? (violent|into a riot)\b"
# Mechanisms the block must report as current explosions, each in its own article.
WIRE_MECHANISMS = {"air strike": r"\bair ?strikes?\b", "shelling": r"\bshell(ing|ed|s)\b",
                   "drone attack": r"\bdrones?\b"}

# --- quiet block (bf13-41..60) ---
QUIET_WORDS = (120, 300)
QUIET_TOPICS = ("memorial", "trial", "policy", "film", "book", "game", "exercise", "hoax",
                "defused", "planned protest", "threatened protest", "raid", "sport",
                "business", "election", "budget", "diplomacy")
# World capitals a quiet story may be datelined in while it is about violence elsewhere.
CAPITAL_DATELINES = ("ADDIS ABABA", "WASHINGTON", "VIENNA", "LONDON", "PARIS", "GENEVA",
                     "BERLIN", "ROME")
MIN_QUIET_CAPITAL = 2
MIN_QUIET_BACKGROUND = 4    # quiet articles that recall a past incident
# Non-literal violence vocabulary the quiet block must use somewhere.
QUIET_PHRASES = ("price war", "attack on the budget", "blistering assault", "under fire",
                 "clash", "storm", "fired", "attack", "battle", "bomb")

# Names (as words) that would state a country outright: an `implied` / `placeonly` article must
# use none of the names of its incident countries (or, for SATP texts, of its only country).
COUNTRY_NAMES = {
    "NG": ("Nigeria", "Nigerian", "Nigerians", "Abuja"),
    "LB": ("Lebanon", "Lebanese", "Beirut"),
    "US": ("United States", "U.S.", "US", "USA", "America", "American", "Americans",
           "Washington"),
    "PK": ("Pakistan", "Pakistani", "Pakistanis"),
    "BD": ("Bangladesh", "Bangladeshi", "Bangladeshis"),
    "LK": ("Sri Lanka", "Sri Lankan", "Sri Lankans", "Ceylon"),
}
# First-level names (provinces, divisions, their capitals and the national capital) a
# `placeonly` SATP text must not use either.
FIRST_LEVEL = {
    "PK": ("Balochistan", "Khyber Pakhtunkhwa", "Punjab", "Sindh", "Gilgit-Baltistan",
           "Islamabad", "Azad Kashmir", "Azad Jammu and Kashmir", "KP", "KPK", "FATA",
           "Quetta", "Peshawar", "Lahore", "Karachi", "Gilgit", "Muzaffarabad"),
    "BD": ("Dhaka", "Chattogram", "Chittagong", "Rajshahi", "Khulna", "Barishal", "Barisal",
           "Sylhet", "Rangpur", "Mymensingh"),
    "LK": ("Northern Province", "Eastern Province", "Western Province", "Central Province",
           "Southern Province", "North Western Province", "North Central Province", "Uva",
           "Sabaragamuwa", "Jaffna", "Trincomalee", "Colombo", "Kandy", "Galle", "Kurunegala",
           "Anuradhapura", "Badulla", "Ratnapura", "Kotte", "Sri Jayawardenepura Kotte"),
}
# Places, datelines and metonyms named in blind_fresh12's README: none may be reused here.
BF12_NAMES = (
    "Kakopathar", "Tinsukia", "Datta Khel", "North Waziristan", "Miranshah", "Shawal",
    "Sang-e-Masha", "Jaghori", "Angori", "Malistan", "Ghazni", "Remakri", "Thanchi",
    "Bandarban", "Sangu", "Ywathit", "Kani", "Sagaing", "Naidgam", "Kishtwar", "Chingam",
    "Gul Imam", "Tank", "Zari", "Balkh", "Chhotanagra", "West Singhbhum", "Khuzdar",
    "Sheberghan", "Jawzjan", "Gadchiroli", "Maharashtra", "Madampe", "Puttalam", "Tongi",
    "Gazipur", "Peshawar", "Hayatabad", "Maungdaw", "Rakhine", "Djibasso", "Barani",
    "Banibangou", "Anderamboukane", "Afgooye", "Awdheegle", "Atbara", "En Nahud", "Gamboru",
    "Ngala", "Maiduguri", "Borno", "Mozogo", "Tourou", "al-Hawtah", "Hawtah", "Lahj", "Karish",
    "al-Anad", "Aden", "Amarah", "Kut", "Mykolaiv", "Saratov", "Istanbul", "Kramatorsk",
    "Siversk", "Demoso", "Moebye", "Karenni", "Chiang Mai", "Quezon", "Impasug-ong",
    "Bukidnon", "Barra do Ceará", "Fortaleza", "Caucaia", "La Ceiba", "Tegucigalpa", "Oruro",
    "Saravena", "Guasdualito", "Five Points South", "Birmingham", "Albuquerque",
    "Central Avenue", "Farmington", "Charlois", "Rotterdam", "Bijlmer", "Amsterdam", "Dresden",
    "Pirnaischer Platz", "Solingen", "Kashmore", "Kandhkot", "Durrani Mahar", "Jamtoli",
    "Nayapara", "Ukhiya", "Teknaf", "Quetta", "Civil Hospital", "Diyarbakir", "Cinar",
    "New York", "Karlovy Vary", "Gagra", "Abkhazia", "Shatt", "Basra", "Gallipoli",
    "Canakkale", "Montreal", "Rajasthan", "Chalinze", "Qazvin", "Ca Mau", "Arequipa",
    "Cerro Porteño", "Wisconsin", "Kenosha", "Trinidad", "Puchong", "Kuala Lumpur", "Brussels",
    "Pendjari", "Kalehe", "Doha", "Menaka", "Tillaberi", "Asuncion", "Marib", "Sanaa", "Amman",
    "Arauca", "Arunachal Pradesh", "Donetsk", "Kordofan", "Dhaka", "Baghlan", "Kabul",
    "Islamabad", "Goma", "Khyber Pakhtunkhwa", "Lake Kivu", "Huamaní", "Dehing Patkai",
    "Dibru",
)
# Places and people of blind_fresh11 (as blind_fresh12 listed them): not reused either.
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
    `published` (a march planned 'for Tuesday')."""
    pub = datetime.date.fromisoformat(published)
    return {d: (pub + datetime.timedelta((WEEKDAYS.index(d) - pub.weekday() - 1) % 7 + 1)).isoformat()
            for d in days}


def both(a, b):
    out = dict(a)
    out.update(b)
    return out


def art(kind, published, title, body, countries, incidents, other, persons, orgs, note,
        when=None, coming=(), abduction=False, placeonly=False, degraded=False, mixed=False,
        region=None, implied=False, followup=False, riot_turn=False, foreign=None,
        mechanism=None, topic=None, capital=False):
    """Register one article.

    incidents: list of (type, country, location or None, fatalities or None, background).
    when: {weekday word used in the text: the ISO date it stands for}.
    coming: weekday words of `when` that name a coming day (a planned march, a sentencing, a
        deployment announced); all others must lie on or before `published`.
    abduction: SATP-style text built around an abduction (a current civilian_attack).
    placeonly: SATP-style text whose place is a village/town/district only (no country name,
        no province name, no capital).
    degraded: SATP-style text written as a damaged feed line: no punctuation, one letter case.
    mixed: SATP-style text with a current and a background incident in its one paragraph.
    region: for wire articles, one of WIRE_REGIONS.
    implied: wire article whose incident countries are never named (only places); True for all
        its current incident countries, or a tuple of the codes that are only implied.
    followup: wire article reporting an updated toll ("the death toll rose to ...").
    riot_turn: wire article in which a protest turns into a riot.
    foreign: (A, B) for a wire article in which a national of A is killed in B.
    mechanism: wire article whose current explosion is one of WIRE_MECHANISMS.
    topic: for quiet articles one of QUIET_TOPICS (or a tuple of them); for SATP texts without a
        current incident one of SATP_QUIET_TOPICS.
    capital: quiet article datelined in a world capital about violence elsewhere.
    """
    ARTICLES.append(dict(kind=kind, published=published, title=title, body=body.strip(),
                         countries=countries, incidents=incidents, other=other,
                         persons=persons, orgs=orgs, note=note, when=when or {},
                         coming=tuple(coming), abduction=abduction, placeonly=placeonly,
                         degraded=degraded, mixed=mixed, region=region, implied=implied,
                         followup=followup, riot_turn=riot_turn, foreign=foreign,
                         mechanism=mechanism, topic=topic, capital=capital))


# =====================================================================================
# bf13-01..18  SATP-style digests: no title, one paragraph, 60-160 words, dated inline.
# =====================================================================================

art("satp", "2026-04-14", None, """
Cadres of the Communist Party of India-Maoist (CPI-Maoist) carried off a road construction supervisor, Bikram Pradhan (34), from a work site near Tumudibandh in Kandhamal District on the night of April 12, Police said. According to labourers at the site, around eight armed cadres, some of them in olive uniforms, set fire to a road roller and a tipper truck, warned the workers to stop the work and left with Pradhan into the forest towards the Rayagada border. Kandhamal Superintendent of Police (SP) Anirudh Mallick said Special Operation Group (SOG) and District Voluntary Force (DVF) teams had begun combing the Belghar forest on April 13. Handwritten posters left at the spot accused the contractor of helping the Police build camps in the area.
""",
["IN"], [("civilian_attack", "IN", "Tumudibandh", None, False)], [],
["Bikram Pradhan", "Anirudh Mallick"], ["Communist Party of India-Maoist"],
"ABDUCTION ('carried off'): a supervisor seized two days before publication and still missing = current civilian_attack at Tumudibandh (the work site itself is unnamed), null. Burning of machinery is property damage inside the same raid. The combing operation is a response, not coded (as bf12). IN via Kandhamal/Rayagada/Belghar only ('India' occurs only inside the party's name; Odisha is never named).",
abduction=True)

art("satp", "2026-02-10", None, """
Two cloth traders from Sadiqabad are being held for ransom by dacoits in the riverine katcha area near Raunti in Ghotki District after they were lured there with the promise of a cheap consignment of cotton on February 8, Police said. The traders, identified as Muhammad Arshad (45) and Zafar Iqbal (38), had travelled by motorcycle to meet a supposed seller near the Indus embankment, where armed men of the Shar gang were waiting for them. Ghotki Senior Superintendent of Police (SSP) Tariq Mehmood Dhareja said the gang had contacted the families on February 9 and demanded PKR 20 million for their release. Police and Rangers have set up pickets along the embankment, while a video showing the two men with their hands tied has circulated on social media.
""",
["PK"], [("civilian_attack", "PK", "Raunti", None, False)], [],
["Muhammad Arshad", "Zafar Iqbal", "Tariq Mehmood Dhareja"], ["Rangers"],
"ABDUCTION ('held for ransom'): two traders lured and seized by a dacoit gang two days before publication, still held = current civilian_attack at Raunti, null (criminal gang, but an armed abduction of civilians). Pickets = routine response, not coded. PLACE ONLY: Sadiqabad, Ghotki, Raunti, Indus; no 'Pakistan', no province, provincial capital or Islamabad -> PK by gazetteer only. 'PKR' is a currency code, not a country name.",
abduction=True, placeonly=True)

art("satp", "2026-06-05", None, """
Unidentified gunmen bundled a money changer, Haji Sayed Agha (47), into a white saloon car outside his shop in the main bazaar of Ghani Khel, the centre of Shinwar District in Nangarhar Province, on the afternoon of June 3, local sources said. Shopkeepers said four armed men with covered faces fired into the air to keep people back before driving off towards the Achin road. The Taliban's provincial police spokesman, Qari Naqibullah Hamdard, confirmed on June 4 that a search was under way and that two checkpoints on the road had been questioned. Traders said it was the second attack on money changers in the bazaar since April, when another money changer, Gul Rahman, was shot dead at his counter by two men on a motorcycle.
""",
["AF"], [("civilian_attack", "AF", "Ghani Khel", None, False),
         ("civilian_attack", "AF", "Ghani Khel", 1, True)], [],
["Haji Sayed Agha", "Qari Naqibullah Hamdard", "Gul Rahman"], ["Taliban"],
"ABDUCTION ('bundled ... into'): money changer seized two days before publication = current civilian_attack at Ghani Khel, null; the shots fired into the air are part of it. MIXED: April shooting of another money changer in the same bazaar = background civilian_attack, 1, Ghani Khel. AF via Nangarhar/Shinwar/Achin; 'Afghanistan' never named.",
abduction=True, mixed=True)

art("satp", "2026-05-21", None, """
Three day labourers were marched away at gunpoint from a rubber garden near Babuchhara in Dighinala upazila of Khagrachari District on May 19 by armed men believed to be members of the United People's Democratic Front (UPDF), locals said. The labourers, all settlers from the plains, had been clearing undergrowth when six men carrying rifles arrived and ordered them up a hill track towards the Maini valley. The owner of the garden, Abdul Kader, said a caller demanded BDT 1.5 million for their release on May 20. Dighinala Police Station Officer-in-Charge (OC) Mohammad Jashim Uddin said joint forces of the Army, Border Guard Bangladesh (BGB) and Police had started a search in the area. The UPDF denied any involvement in a statement.
""",
["BD"], [("civilian_attack", "BD", "Babuchhara", None, False)], [],
["Abdul Kader", "Mohammad Jashim Uddin"], ["United People's Democratic Front", "Border Guard Bangladesh"],
"ABDUCTION ('marched away at gunpoint'): three labourers seized two days before publication, ransom demanded = current civilian_attack at Babuchhara (the garden is unnamed), null. The group's denial is not an event; the search is a response. BD via Khagrachari/Dighinala (the country's name occurs only inside 'Border Guard Bangladesh', which alone would not count).",
abduction=True)

art("satp", "2026-08-12", None, """
Members of a Pyu Saw Htee militia loyal to the military regime spirited away five villagers, among them a 15-year-old girl, from Kyaukhtu village in Gangaw Township of Magway Region on the night of August 10, a local resistance group said. Residents who escaped to nearby fields told a local news outlet that about 20 militiamen arrived on foot from an army camp, searched houses for mobile phones and accused the villagers of feeding resistance fighters. A relative, Daw Khin Than Nu, said on August 11 that the militia had demanded MMK 3 million for each of the five. The Gangaw People's Defence Force (PDF) said its fighters were trying to locate the captives in the hills east of the Myittha river.
""",
["MM"], [("civilian_attack", "MM", "Kyaukhtu", None, False)], [],
["Daw Khin Than Nu"], ["Pyu Saw Htee", "People's Defence Force"],
"ABDUCTION ('spirited away'): five villagers seized by a pro-junta militia two days before publication = current civilian_attack at Kyaukhtu, null. The PDF's search is not a battle (no fighting reported). MM via Magway Region/Gangaw/Myittha; 'Myanmar' never named.",
abduction=True)

art("satp", "2026-09-23", None, """
Two militants and a Special Operations Group (SOG) constable were killed in an encounter in the forests above Kohag village in Billawar tehsil of Kathua District in Jammu and Kashmir on September 22, officials said. Acting on specific input, a joint team of the Army's Rashtriya Rifles, the SOG and the Central Reserve Police Force (CRPF) cordoned off the area before dawn, and the hiding militants opened fire when the search party closed in. The slain constable was identified as Rakesh Kumar (29) of Hiranagar. Two AK-series rifles, four magazines and a satellite phone were recovered from the site. The forest belt around Billawar has seen repeated clashes since July 2024, when militants ambushed an Army vehicle at Machedi and killed five soldiers.
""",
["IN"], [("battle", "IN", "Kohag", 3, False), ("battle", "IN", "Machedi", 5, True)], [],
["Rakesh Kumar"], ["Special Operations Group", "Rashtriya Rifles", "Central Reserve Police Force"],
"BATTLE (encounter): security forces vs militants the day before publication, two militants + one constable = 3, at Kohag (the village, more specific than Billawar tehsil). MIXED: the July 2024 Machedi ambush of an Army vehicle = background battle, 5. Weapons recovered in the operation are not a separate strategic event. 'Repeated clashes since' = vague, not listed. IN via Jammu and Kashmir/Kathua.",
mixed=True)

art("satp", "2026-10-16", None, """
Three Frontier Corps (FC) personnel and two attackers were killed when militants attacked an FC check post in the Parom area of Panjgur District in Balochistan late on October 14, official sources said. The attackers, armed with automatic rifles and light machine guns, opened fire on the post from three sides, and the exchange of fire lasted nearly two hours before the attackers withdrew into the hills. The FC named one of its dead as Naik Abdul Basit. The banned Balochistan Liberation Front (BLF) claimed the attack in a statement on October 15. The bodies of the two attackers were shifted to the District Headquarters Hospital in Panjgur. A search operation was launched in the surrounding hills.
""",
["PK"], [("battle", "PK", "Parom", 5, False)], [],
["Abdul Basit"], ["Frontier Corps", "Balochistan Liberation Front"],
"BATTLE (attack on a post): militants' gunfire assault on an FC check post two days before publication = battle, 3 FC + 2 attackers = 5 (perpetrators included when stated), at Parom. The BLF claim is not diplomacy. PK via Balochistan/Panjgur (the country is not named).")

art("satp", "2026-07-08", None, """
fighters of the national resistance front ambushed a taliban vehicle on the road between dasht e rewat and the paryan district centre in panjshir province on july 6 the nrf said in a statement on july 7 that four taliban fighters were killed in the attack taliban officials confirmed the ambush but put the toll at two dead and said the attackers had fled into the side valleys a taliban spokesman in panjshir abdul hakim mubariz said house searches were under way in the villages of the valley residents said the same road had been hit in april when a sticky bomb attached to a taliban pick up truck exploded near the paryan bazaar killing two fighters
""",
["AF"], [("battle", "AF", "paryan", 2, False), ("explosion", "AF", "paryan", 2, True)], [],
["abdul hakim mubariz"], ["national resistance front", "taliban"],
"BATTLE (ambush) on Taliban forces two days before publication; DEGRADED (all lowercase, no punctuation). Location: the road between a village and the district centre -> the district 'paryan' (both ends lie in it). Fatalities: the NRF claims 4, the Taliban (the attacked side) say 2 -> 2 (non-perpetrator figure preferred, as b002). MIXED: the April sticky bomb near the paryan bazaar = background explosion, 2. House searches = response, not coded. AF via panjshir.",
degraded=True, mixed=True)

art("satp", "2026-06-23", None, """
TWO WOMEN WERE KILLED AND A TEENAGE BOY WAS WOUNDED WHEN A LANDMINE EXPLODED ON A FOREST PATH NEAR YEBU VILLAGE IN BILIN TOWNSHIP OF MON STATE ON JUNE 21 LOCAL SOURCES SAID THE THREE WERE GATHERING BAMBOO SHOOTS ABOUT ONE MILE FROM THE VILLAGE WHEN ONE OF THE WOMEN STEPPED ON THE MINE THE DEAD WERE IDENTIFIED AS DAW AYE AYE MYINT 43 AND HER NEIGHBOUR DAW SAN SAN WIN 38 THE BOY WAS TAKEN TO THE HOSPITAL IN THATON RESIDENTS SAID THE PATH LIES BETWEEN AN ARMY OUTPOST AND AREAS HELD BY THE KAREN NATIONAL LIBERATION ARMY AND THAT BOTH SIDES HAVE LAID MINES IN THE AREA SINCE LAST YEAR
""",
["MM"], [("explosion", "MM", "YEBU", 2, False)], [],
["DAW AYE AYE MYINT", "DAW SAN SAN WIN"], ["KAREN NATIONAL LIBERATION ARMY"],
"EXPLOSION (landmine) two days before publication, 2 dead, at YEBU (the village near the path); no perpetrator named. DEGRADED (ALL CAPS, no punctuation; the ages '43' and '38' lost their commas). Mines 'laid since last year' = general, not an event. MM via MON STATE/BILIN/THATON only.",
degraded=True)

art("satp", "2026-11-04", None, """
A Central Reserve Police Force (CRPF) jawan was killed and another injured when a pressure bomb planted by cadres of the Communist Party of India-Maoist (CPI-Maoist) went off during an area domination exercise near Kodliyar village in Narayanpur District on November 2, Police said. The deceased was identified as Constable Suresh Yadav (31), and the injured jawan, Head Constable Manoj Toppo, was airlifted to Raipur. According to the Police, the team had stepped off a forest track to avoid a suspected ambush point when the device exploded under the leading jawan. A bomb disposal squad found and destroyed two more pressure bombs along the same stretch on November 3.
""",
["IN"], [("explosion", "IN", "Kodliyar", 1, False)], [],
["Suresh Yadav", "Manoj Toppo"], ["Central Reserve Police Force", "Communist Party of India-Maoist"],
"EXPLOSION (pressure bomb) two days before publication, 1 dead, at Kodliyar. The two more pressure bombs found and destroyed the next day did not go off -> not incidents (and not strategic: a routine part of the same operation). IN via Narayanpur/Raipur; 'India' only inside the party name.")

art("satp", "2026-01-27", None, """
Two children were killed and four other members of a family injured when a mortar shell fired by militants at the Jani Khel Police Station landed on their house in Bannu District on the night of January 25, Police said. According to officials, militants fired at least five mortar shells at the police station from nearby sugarcane fields, and one of the shells fell short and struck the courtyard of a mud house about 300 metres away. The children were identified as Ayesha (8) and her brother Hamza (5). District Police Officer (DPO) Amjad Hussain Durrani said policemen returned fire and the attackers fled in the dark. No group had claimed responsibility by January 26.
""",
["PK"], [("explosion", "PK", "Jani Khel", 2, False)], [],
["Amjad Hussain Durrani"], [],
"EXPLOSION (mortar shell) two days before publication, 2 children dead, at Jani Khel (the house is near the police station of that name). The militants' attack on the police station with the police returning fire is the same incident; mixed mechanism typed by the first named (mortar shells -> explosion), one entry (doubt: a battle could be added). PK via Bannu only.")

art("satp", "2026-02-18", None, """
NINE CADRES OF THE COMMUNIST PARTY OF INDIA MAOIST INCLUDING TWO AREA COMMITTEE MEMBERS CARRYING A COMBINED REWARD OF INR 32 LAKH SURRENDERED BEFORE SENIOR POLICE AND CRPF OFFICERS AT KOTHAGUDEM IN BHADRADRI KOTHAGUDEM DISTRICT OF TELANGANA ON FEBRUARY 16 POLICE SAID THE CADRES HANDED OVER TWO INSAS RIFLES A SINGLE BARREL GUN AND A QUANTITY OF AMMUNITION AND SAID THEY HAD LEFT THE PARTY BECAUSE OF ILL HEALTH AND THE PRESSURE OF CONTINUOUS OPERATIONS IN THE FORESTS ALONG THE BORDER WITH CHHATTISGARH SUPERINTENDENT OF POLICE K SAI KIRAN SAID EACH OF THEM WOULD RECEIVE INR 25000 AS IMMEDIATE ASSISTANCE UNDER THE STATE REHABILITATION POLICY
""",
["IN"], [], ["strategic"],
["K SAI KIRAN"], ["COMMUNIST PARTY OF INDIA MAOIST", "CRPF"],
"NO CURRENT INCIDENT (surrender). DEGRADED (ALL CAPS, no punctuation; the party name lost its hyphen). Surrender with weapons handed over = strategic (as bf12). 'Continuous operations' = general. IN via TELANGANA/CHHATTISGARH; 'INDIA' only inside the party name.",
degraded=True, topic="surrender")

art("satp", "2026-10-07", None, """
The Police Special Task Force (STF) recovered a cache of weapons buried in a coconut land at Kokkuthoduvai in Mullaitivu District on October 5, Police said. Acting on information from a farmer who had been clearing the land with a tractor, STF personnel dug up two rusted barrels containing four T-56 rifles, two claymore mines, 40 detonators and about 1,200 rounds of ammunition wrapped in polythene. STF officer ASP Nalin Jayasundara said the weapons were believed to have been hidden by the Liberation Tigers of Tamil Eelam (LTTE) before the end of the war in 2009. The weapons were produced before the Mullaitivu Magistrate's Court on October 6, and the Army's bomb disposal unit took charge of the mines. No arrests were made.
""",
["LK"], [], ["strategic"],
["Nalin Jayasundara"], ["Special Task Force", "Liberation Tigers of Tamil Eelam"],
"NO CURRENT INCIDENT (arms recovery): seizure of an old cache = strategic. The 2009 end of the war is history, not an incident. PLACE ONLY: Kokkuthoduvai/Mullaitivu; no 'Sri Lanka', no province, provincial capital or national capital -> LK by gazetteer only ('Tamil Eelam' is inside an organisation name).",
placeonly=True, topic="recovery")

art("satp", "2026-03-26", None, """
Personnel of the Rapid Action Battalion (RAB) arrested four suspected members of the banned Hizb ut-Tahrir from a rented house at Shibganj upazila of Chapainawabganj District on March 24, the elite force said. RAB said it seized a locally made pistol, five rounds of ammunition, two laptops and a bundle of leaflets calling for a caliphate from the house. The suspects, including a madrasa teacher, Shafiqul Islam Sohag (32), had been recruiting students from colleges in the area, company commander Major Tanvir Ahmed told reporters on March 25. A case was filed under the Anti-Terrorism Act at Shibganj Police Station, and the four were sent to court with a plea for a seven-day remand.
""",
["BD"], [], ["strategic"],
["Shafiqul Islam Sohag", "Tanvir Ahmed"], ["Rapid Action Battalion", "Hizb ut-Tahrir"],
"NO CURRENT INCIDENT (arrest): arrests and a seizure = strategic. PLACE ONLY: Shibganj/Chapainawabganj; no 'Bangladesh', no division name or Dhaka -> BD by gazetteer (and by RAB/upazila vocabulary) only.",
placeonly=True, topic="arrest")

art("satp", "2026-05-13", None, """
An Anti-Terrorism Court (ATC) in Sukkur on May 11 sentenced two men to death and a third to life imprisonment for a bomb attack on a police mobile van in Jacobabad in August 2024 in which two policemen were killed. The court found Ghulam Qadir Brohi and Sikandar Ali guilty of planting a remote-controlled bomb by the roadside near the van's usual parking spot, and convicted Nazir Ahmed Lashari of sheltering them after the attack. The prosecution said the three belonged to a cell of the banned Sindhudesh Revolutionary Army (SRA). Defence counsel said on May 12 that the verdict would be challenged in the Sindh High Court.
""",
["PK"], [("explosion", "PK", "Jacobabad", 2, True)], ["strategic"],
["Ghulam Qadir Brohi", "Sikandar Ali", "Nazir Ahmed Lashari"],
["Anti-Terrorism Court", "Sindhudesh Revolutionary Army", "Sindh High Court"],
"NO CURRENT INCIDENT (verdict): court sentencing = strategic. The August 2024 Jacobabad bombing = background explosion, 2. PK via Sukkur/Jacobabad/Sindh (the country is not named).",
topic="verdict")

art("satp", "2026-03-10", None, """
A breakaway faction of the Communist Party of Nepal led by Kamal Jung Rokaya has called a general strike in Karnali and Lumbini Provinces on March 13 to protest against the arrest of three of its cadres in Surkhet on charges of extorting money from road contractors. The faction's spokesman, Sudarshan Rawal, said in a statement on March 9 that transport, markets and schools should remain closed from dawn to dusk, and warned that vehicles defying the strike would be responsible for any consequences. Traders' associations in Nepalgunj and Birendranagar urged the faction to withdraw the call, saying repeated strikes had already hurt business in the two provinces.
""",
["NP"], [], [],
["Kamal Jung Rokaya", "Sudarshan Rawal"], ["Communist Party of Nepal"],
"NO CURRENT INCIDENT (strike call for a coming date, three days after publication): a called strike is neither a protest that happened nor a riot. The arrests that prompted it were earlier (background, and arrests are not incidents); the faction's warning is a threat with no other_event slot; traders' appeal = not an event -> other_events []. NP named ('Communist Party of Nepal' is an org; Karnali/Lumbini/Surkhet/Nepalgunj).",
topic="strike")

art("satp", "2026-09-09", None, """
Four employees of a private demining company who had been held by gunmen for 23 days were freed unharmed in Sar-e Pul Province on September 7 after mediation by tribal elders, local officials said. The deminers had been stopped on August 15 near Sozma Qala while travelling to a clearance site and taken into the mountains. A spokesman for the Taliban's provincial police, Mohammad Hanif Rasooli, said no ransom had been paid, but a relative of one of the men, Najibullah Sadat, told a local outlet that the families had sold livestock to raise money for the elders. The Taliban administration said on September 8 that two suspects had been detained in connection with the case.
""",
["AF"], [("civilian_attack", "AF", "Sozma Qala", 0, True)], ["strategic"],
["Mohammad Hanif Rasooli", "Najibullah Sadat"], ["Taliban"],
"NO CURRENT INCIDENT (release of earlier hostages): the release and the two detentions = strategic. The August 15 seizure near Sozma Qala (25 days before publication) = background civilian_attack, 0 (all four freed unharmed). AF via Sar-e Pul; 'Afghanistan' never named.",
topic="release")

art("satp", "2026-07-03", None, """
Sri Lanka Police recorded 47 shootings linked to organised criminal gangs in the first six months of 2026, in which 31 people were killed and 26 injured, Police Media Spokesman SSP Chaminda Wickramasekara told reporters on July 1. Most of the shootings took place in the Western and Southern Provinces, and 19 of them were linked to rivalry between drug networks whose leaders are believed to operate from Dubai, he said. A total of 112 suspects were arrested and 38 firearms seized during the period, among them 14 T-56 rifles and nine pistols. The spokesman said the figures were lower than in the same period of 2025, when 59 shootings and 42 deaths were recorded.
""",
["LK", "AE"], [], [],
["Chaminda Wickramasekara"], ["Sri Lanka Police"],
"NO CURRENT INCIDENT (statistics summary): half-year tolls, arrests and seizures are aggregates, not events -> no incidents, no other_events. AE via Dubai (where gang leaders operate: a place reference).",
topic="statistics")

# =====================================================================================
# bf13-19..40  wire reports: title, 150-260 words, several paragraphs, a current incident.
# =====================================================================================

art("wire", "2026-03-15",
"Gunmen kill five at cockfight in Guerrero's Tlapehuala; soldiers trade fire with gang near San Miguel Totolapan", """
CHILPANCINGO, Mexico (Reuters) — Gunmen burst into a cockfighting ring on the outskirts of Tlapehuala in the Mexican state of Guerrero late on Saturday and opened fire on the crowd, killing five men and wounding seven, state prosecutors said on Sunday.

Witnesses told local media that at least six attackers arrived in two pickup trucks, blocked the gate of the palenque and fired on spectators gathered around the pit. Among the dead was the owner of the ring, Eusebio Rendón Salgado, 52, whom prosecutors described as a livestock trader.

Hours later, soldiers patrolling a dirt road near San Miguel Totolapan came under fire from gunmen in the hills and fought back, the Defence Ministry said. Two suspected members of a criminal group were killed and a soldier was wounded. The ministry did not say whether the clash was linked to the attack in Tlapehuala.

The Tierra Caliente region, on the border with Michoacán, has been disputed for years by La Familia Michoacana and rival groups fighting over the extortion of farmers, mining companies and bus lines.

Guerrero's security spokesman, Abel Ocampo Nava, said 300 more National Guard troops would arrive in the region on Monday.
""",
["MX"], [("civilian_attack", "MX", "Tlapehuala", 5, False),
         ("battle", "MX", "San Miguel Totolapan", 2, False)], ["strategic"],
["Eusebio Rendón Salgado", "Abel Ocampo Nava"],
["Defence Ministry", "La Familia Michoacana", "National Guard"],
"Shooting of spectators at a cockfight (Saturday, the day before publication) = civilian_attack, 5, Tlapehuala. Soldiers vs gunmen near San Miguel Totolapan = battle, 2 (the gang's dead; the soldier only wounded). Troops announced for Monday = strategic (deployment). Michoacán is a Mexican state (no new country); Tierra Caliente is a region.",
when=both(past("2026-03-15", "Saturday", "Sunday"), nxt("2026-03-15", "Monday")), coming=("Monday",),
region="latin_america")

art("wire", "2026-05-07",
"Drone attack on army base in Cauca's El Plateado kills soldier; fourth drone brought down", """
POPAYÁN, Colombia — Dissidents of the former FARC guerrilla attacked an army base in El Plateado, in the southwestern department of Cauca, with explosive-laden drones on Wednesday, killing one soldier and wounding four, the army said.

Three drones dropped charges on the base shortly after dawn, the army's Third Division said in a statement. A fourth was brought down by soldiers with a signal jammer before it reached the perimeter. The dead soldier was identified as Private Yeison Andrés Guetio, 21.

The army blamed the Carlos Patiño front, a faction of the dissident group known as the Estado Mayor Central, which controls much of the coca-growing Micay canyon. El Plateado has been hit by more than a dozen drone attacks since the start of the year; in March, a similar attack on the same base killed two soldiers.

Defence Minister Ramiro Cuéllar said on Wednesday that 400 more troops and anti-drone equipment would be sent to the canyon within a week.

Community leaders in the surrounding municipality of Argelia asked the government to reopen talks with the dissidents, which broke down last year, saying families living near the base were caught in the middle.
""",
["CO"], [("explosion", "CO", "El Plateado", 1, False),
         ("explosion", "CO", "El Plateado", 2, True)], ["strategic"],
["Yeison Andrés Guetio", "Ramiro Cuéllar"],
["FARC", "Third Division", "Carlos Patiño front", "Estado Mayor Central"],
"DRONE ATTACK: explosive drones dropped on a base the day before publication = explosion (drone strike per DESIGN), 1, El Plateado. The March drone attack on the same base = background explosion, 2. 'More than a dozen drone attacks since the start of the year' = aggregate. Troop reinforcement = strategic. The request to reopen talks is by community leaders (not a state actor) -> no diplomacy.",
when=past("2026-05-07", "Wednesday"), region="latin_america", mechanism="drone attack")

art("wire", "2026-06-18",
"Protest over mine's water use turns violent in Peru's Chalhuahuacho; one killed as Cusco march stays peaceful", """
CUSCO, June 18 (Reuters) — A protest by farming communities against a copper mine's use of river water turned violent in the Andean town of Chalhuahuacho on Wednesday, when demonstrators hurled stones at police and set fire to a security checkpoint, leaving one protester dead and 14 people injured, officials said.

The ombudsman's office said the dead man, Teodoro Huillca Quispe, 37, suffered a head wound during the clashes; the cause was under investigation. Nine of the injured were police officers.

Hundreds of comuneros had blocked the road used by trucks carrying copper concentrate since Monday. Police moved in on Wednesday morning to clear the blockade, and the confrontation spread to the town's main square, where the checkpoint and two police vehicles were burned.

In Cusco, about 2,000 students and union members marched through the historic centre in solidarity with the communities and dispersed peacefully in the evening, police said.

The Interior Ministry declared a 30-day state of emergency in the province of Cotabambas. Community leaders said they would keep up the blockade until the government sent a negotiating team.
""",
["PE"], [("riot", "PE", "Chalhuahuacho", 1, False),
         ("protest", "PE", "Cusco", None, False)], ["strategic"],
["Teodoro Huillca Quispe"], ["Interior Ministry"],
"PROTEST TURNED RIOT: stones, arson of a checkpoint and police vehicles at Chalhuahuacho the day before publication = riot, 1 (the protester's death is inside the riot). Cusco solidarity march, peaceful = protest, null. The road blockade since Monday is the same protest movement that turned into the riot (not a separate entry). State of emergency = strategic. Dateline 'CUSCO, June 18 (Reuters)' carries no country; Peru is named in the title.",
when=past("2026-06-18", "Monday", "Wednesday"), region="latin_america", riot_turn=True)

art("wire", "2026-08-27",
"Death toll from police raid in Belém's Terra Firme rises to six", """
BELÉM, Brazil (AP) — The death toll from a police operation against drug traffickers in the Terra Firme neighbourhood of Belém rose to six on Thursday after a wounded suspect died in hospital, Pará state's public security department said.

Military and civil police officers entered the riverside community before dawn on Tuesday to serve arrest warrants against members of the Comando Vermelho gang, which has expanded across the Amazon region in recent years. Officers were met with gunfire from several alleys, and the shootout lasted more than two hours, according to police.

Five suspects were killed on Tuesday. The sixth, Wellington Sousa Farias, 19, died on Thursday morning. Two officers were wounded, and eight people were arrested. Police said they seized four rifles, six pistols and about 30 kilograms of cocaine paste.

Residents said a 14-year-old boy was hit in the leg by a stray bullet while walking to school. The state's security secretary, Márcio Tavares Lobato, defended the operation, saying the gang had turned the area into a fortress.

The state public defender's office asked for the footage from the body cameras worn by the officers.
""",
["BR"], [("battle", "BR", "Terra Firme", 6, False)], ["strategic"],
["Wellington Sousa Farias", "Márcio Tavares Lobato"], ["Comando Vermelho"],
"FOLLOW-UP: police vs gang shootout two days before publication, toll updated to 6 -> current battle, 6 (the latest figure), Terra Firme. Arrests and seizures = strategic. The request for camera footage = not an event. BR named in the dateline.",
when=past("2026-08-27", "Tuesday", "Thursday"), region="latin_america", followup=True)

art("wire", "2026-02-13",
"Air strike on gold-mining site near Mali's Intahaka kills at least 11, residents say", """
An air strike hit a crowded artisanal gold-mining site near Intahaka in northern Mali's Gao region on Wednesday, killing at least 11 miners and wounding more than 20, residents and a local official said on Friday.

Two witnesses said an aircraft circled over the site several times in the afternoon before striking a cluster of tents and generators where miners were resting after the morning shift. "We buried eleven people the next morning, and others are still in the hospital in Gao," said one miner, who asked not to be named for fear of reprisals.

The Malian army said in a statement on Thursday that it had carried out "targeted strikes" on a "terrorist logistics base" in the Intahaka area and had neutralised several fighters, without giving a number. It did not mention civilian casualties.

Intahaka, one of the largest gold sites in the region, was taken from the Tuareg-led rebels of the Azawad Liberation Front by the army and its Russian allies in 2024.

Rights groups have repeatedly accused Mali's military government of killing civilians in air and drone strikes since it took power, a charge the authorities deny.
""",
["ML", "RU"], [("explosion", "ML", "Intahaka", 11, False)], [],
[], ["Azawad Liberation Front"],
"AIR STRIKE two days before publication = explosion, 11 (residents' count; the army's 'several fighters' refers to the same strike and gives no number), Intahaka. The 2024 capture of the site is history. Rights groups' accusations are general -> no diplomacy. RU via 'its Russian allies'. No dateline.",
when=past("2026-02-13", "Wednesday", "Thursday", "Friday"), region="africa", mechanism="air strike")

art("wire", "2026-04-22",
"RSF shelling of Omdurman livestock market kills seven, doctors say", """
CAIRO (AP) — Shells fired by Sudan's paramilitary Rapid Support Forces hit a crowded livestock market in the Karari district of Omdurman on Tuesday, killing seven people and wounding 23, a doctors' group said.

The Sudan Doctors Network said at least four shells landed among traders and buyers in the late morning. Two of the dead were boys who sold water at the market. The wounded were taken to Al-Nau hospital, which appealed for blood donors.

A trader, Babiker Osman Adam, said the shelling came from the west of the city. "We heard the whistle, then the animals were running everywhere and people were lying on the ground," he said by phone.

The RSF, at war with the army since April 2023, did not comment. Its fighters were pushed out of the capital by the army in 2025, but they have kept up long-range artillery and drone attacks on the capital region from positions further west.

The army said separately that its air defences had shot down three drones over Omdurman on Tuesday night, without reporting damage.
""",
["EG", "SD"], [("explosion", "SD", "Karari", 7, False)], [],
["Babiker Osman Adam"], ["Rapid Support Forces", "Sudan Doctors Network"],
"SHELLING of a market the day before publication = explosion, 7, Karari (the market itself is unnamed; Al-Nau is the hospital). Drones shot down without damage = not an incident. The RSF's long-range attacks since 2025 = general. EG via the CAIRO dateline (NOTES: dateline places count).",
when=past("2026-04-22", "Tuesday"), region="africa", mechanism="shelling")

art("wire", "2026-09-18",
"Kenyan truck driver killed in ambush near Pageri on South Sudan highway; Kenya summons envoy", """
JUBA, South Sudan (Reuters) — Gunmen ambushed a convoy of cargo trucks on the highway between Nimule and Juba on Wednesday, killing a Kenyan driver and wounding two of his Ugandan colleagues, South Sudanese police and a drivers' union said.

The attackers stopped the trucks near Pageri in Eastern Equatoria state, robbed the drivers of cash and phones and opened fire as they tried to drive off, police spokesman James Lado Taban said. The dead driver was identified as Peter Otieno Wekesa, 44, from Eldoret.

The National Salvation Front, a rebel group active in the area, denied any involvement and blamed "criminal gangs".

Kenya's foreign ministry said on Thursday that it had summoned South Sudan's ambassador to demand the protection of Kenyan drivers, who carry much of the fuel and food sold in Juba. Kenyan truckers' associations said some drivers had refused to take loads across the border until security improves.

The highway from the Ugandan border at Nimule is the main supply route for South Sudan's capital and has seen repeated attacks on travellers.
""",
["SS", "KE", "UG"], [("civilian_attack", "SS", "Pageri", 1, False)], ["diplomacy"],
["James Lado Taban", "Peter Otieno Wekesa"], ["National Salvation Front"],
"FOREIGN VICTIM: a Kenyan driver shot dead in South Sudan two days before publication = civilian_attack in SS (where it happened), 1, Pageri; KE and UG are the victims' nationalities (and Eldoret is his home town), not incident countries. Kenya's summons of the ambassador = diplomacy. 'Repeated attacks on travellers' = general.",
when=past("2026-09-18", "Wednesday", "Thursday"), region="africa", foreign=("KE", "SS"))

art("wire", "2026-07-09",
"Jihadists attack army base in Yobe's Buni Gari; military says 12 fighters killed", """
DAMATURU, July 9 (Reuters) — Jihadist fighters attacked a military base in Buni Gari in northeastern Yobe state late on Tuesday, setting off a gun battle that lasted several hours, the army and residents said.

Army spokesman Lieutenant Colonel Ikenna Obiora said in a statement on Wednesday that troops had repelled the assault and killed 12 of the attackers. Two soldiers were wounded, he said, without saying whether any soldiers had died.

Residents said fighters of Islamic State West Africa Province (ISWAP) arrived on motorcycles and in gun trucks shortly after sunset, burned two armoured vehicles and looted a store before air support arrived. "The shooting did not stop until almost midnight," said a farmer who fled into the bush with his family.

ISWAP said in a statement that its fighters had overrun the base, but gave no figures. Buni Gari lies in Gujba local government area, about 60 km south of Damaturu, the state capital.

The group has stepped up attacks on military bases in the northeast this year.
""",
["NG"], [("battle", "NG", "Buni Gari", 12, False)], [],
["Ikenna Obiora"], ["Islamic State West Africa Province"],
"IMPLIED COUNTRY: Yobe/Damaturu/Gujba only, never 'Nigeria'. Militant assault on a base two days before publication = battle, 12 (the army's figure for attackers killed; the only number; soldiers' deaths not stated). ISWAP's claim without figures changes nothing. 'Stepped up attacks this year' = general. Dated dateline without a country.",
when=past("2026-07-09", "Tuesday", "Wednesday"), region="africa", implied=True)

art("wire", "2026-10-29",
"Toll from suicide bombing at Baidoa tea shop rises to 13", """
MOGADISHU, Somalia (AP) — The death toll from a suicide bombing at a tea shop near a military checkpoint in the southwestern Somali city of Baidoa has risen to 13, including the bomber, a regional health official said on Thursday.

The attacker walked into the crowded shop on Tuesday evening, when soldiers and traders gather after the last prayers of the day, and detonated an explosive vest, police said. Five soldiers and seven civilians were killed, among them the shop's owner, and 19 people were wounded.

The al-Qaida-linked group al-Shabab said it carried out the attack, which it said targeted "apostate soldiers".

Dr. Abdikadir Isak Hassan, the director of Baidoa's regional hospital, said two of the wounded died overnight and four were in critical condition.

Baidoa is the seat of South West State and hosts a base of the African Union's stabilisation mission, AUSSOM, which includes Ethiopian troops. The city has been spared large attacks in recent months, although al-Shabab fighters control much of the surrounding countryside.
""",
["SO", "ET"], [("explosion", "SO", "Baidoa", 13, False)], [],
["Abdikadir Isak Hassan"], ["al-Shabab", "African Union", "AUSSOM"],
"FOLLOW-UP: suicide bombing two days before publication, toll updated to 13 including the bomber (5 soldiers + 7 civilians + bomber) -> current explosion, 13, Baidoa (the tea shop is unnamed). The claim is not an event. ET via 'Ethiopian troops'.",
when=past("2026-10-29", "Tuesday", "Thursday"), region="africa", followup=True)

art("wire", "2026-11-12",
"Fighting between M23 and Wazalendo militias near Kitshanga kills nine, forces thousands to flee", """
Fighting between M23 rebels and pro-government Wazalendo militias flared around the town of Kitshanga in eastern Congo's Masisi territory on Tuesday and Wednesday, killing at least nine fighters and forcing thousands of residents to flee, local officials and aid groups said.

The clashes began when Wazalendo fighters attacked M23 positions on the hills east of the town, a civil society leader in Kitshanga, Jean-Baptiste Habimana, said by phone. He said residents had counted the bodies of nine fighters from both sides by Wednesday evening.

M23 spokesman Innocent Bahati Semuhire accused the Congolese army of arming the militias in violation of a ceasefire agreed last year in talks mediated by Qatar and the United States. The army did not comment.

The U.N. refugee agency UNHCR said about 12,000 people had fled towards Kilolirwe and Mweso since Tuesday, many of them for the second time this year. Aid workers said the road to Kitshanga was closed and trucks carrying food had turned back.
""",
["CD", "QA", "US"], [("battle", "CD", "Kitshanga", 9, False)], [],
["Jean-Baptiste Habimana", "Innocent Bahati Semuhire"], ["M23", "Wazalendo", "UNHCR"],
"Two days of fighting between two armed groups ending the day before publication = one battle, 9, Kitshanga. The M23 accusation is by a rebel group, not a government -> no diplomacy; the ceasefire is background. Displacement = not an incident. QA and US via the mediation. 'Eastern Congo' -> CD. No dateline.",
when=past("2026-11-12", "Tuesday", "Wednesday"), region="africa")

art("wire", "2026-02-04",
"Thousands of civil servants rally in Sulaymaniyah over months of unpaid salaries", """
SULAYMANIYAH, Iraq — Thousands of teachers, health workers and other public employees marched through the centre of Sulaymaniyah on Tuesday to demand salaries that they say have not been paid for three months, in the largest protest in Iraq's Kurdistan region this year.

The protesters gathered outside the governorate building carrying empty lunch boxes and banners reading "We are not beggars". The demonstration ended peacefully in the afternoon, with police keeping their distance, organisers said.

"I have borrowed from my brother, from the shop, from everyone. Now there is no one left to borrow from," said Shirin Mahmoud, a primary school teacher with 19 years of service.

Salaries for the Kurdistan Regional Government's 1.2 million employees have been delayed repeatedly because of disputes with the federal government in Baghdad over oil revenues and the budget. Oil exports from the region through the pipeline to Turkey's Ceyhan port resumed last year after a long halt.

A spokesman for the regional government, Hemin Karim Aziz, said on Tuesday that December salaries would be paid next week once funds arrived from Baghdad.
""",
["IQ", "TR"], [("protest", "IQ", "Sulaymaniyah", None, False)], [],
["Shirin Mahmoud", "Hemin Karim Aziz"], ["Kurdistan Regional Government"],
"Peaceful march the day before publication = protest, null, Sulaymaniyah. The salary dispute and the promise of payment are not strategic/diplomacy events. TR via 'Turkey's Ceyhan port'. Kurdistan region is part of IQ.",
when=past("2026-02-04", "Tuesday"), region="middle_east")

art("wire", "2026-01-22",
"Car bomb kills five near vegetable market in Syria's Manbij", """
BEIRUT (AP) — A car bomb exploded near a vegetable market on the edge of the northern Syrian city of Manbij on Wednesday, killing five people, including two farmers unloading produce, and wounding 14, the Syrian Civil Defence said.

The explosives were hidden in a parked van that blew up shortly after 7 a.m., when trucks from surrounding villages were arriving at the market, the rescue service said. Several shops and vehicles were destroyed.

No group claimed responsibility. Syria's Interior Ministry blamed remnants of the Islamic State group and said security forces had set up checkpoints on the roads leading out of the city.

Manbij has seen repeated bombings since government-allied factions took it from Kurdish-led forces in December 2024. In February 2025, a car bomb that exploded next to a vehicle carrying farm workers on the city's outskirts killed 20 people, most of them women.

Local officials said the market would reopen on Saturday, after the damaged stalls had been cleared.
""",
["LB", "SY"], [("explosion", "SY", "Manbij", 5, False),
               ("explosion", "SY", "Manbij", 20, True)], [],
[], ["Syrian Civil Defence", "Interior Ministry", "Islamic State"],
"Car bomb the day before publication = explosion, 5, Manbij (the market is unnamed). February 2025 car bomb on the outskirts = background explosion, 20. Checkpoints = routine, not coded. The 2024 takeover = history. LB via the BEIRUT dateline. The market reopening 'on Saturday' is a coming day.",
when=both(past("2026-01-22", "Wednesday"), nxt("2026-01-22", "Saturday")), coming=("Saturday",),
region="middle_east")

art("wire", "2026-03-26",
"Israeli air strike on house in Brital kills three, including Hezbollah commander", """
BAALBEK (Reuters) — An Israeli air strike destroyed a two-storey house in the town of Brital in the eastern Bekaa valley late on Wednesday, killing three people, among them a local commander of Hezbollah, the group and security sources said.

The Israeli military said its jets had struck "a Hezbollah weapons storage site" in Brital and named the commander as Ali Hussein Shamas, whom it accused of smuggling rockets from across the Syrian border. Hezbollah confirmed his death in a statement but did not mention weapons.

Rescue workers pulled the bodies of a man and a woman, a couple who lived on the ground floor, from the rubble early on Thursday. Six neighbours were taken to hospital in Baalbek.

Israel has kept up near-daily strikes on Hezbollah members in the south and the Bekaa despite the November 2024 ceasefire brokered by the United States and France, saying the group is trying to rebuild its arsenal. Hezbollah has not fired at Israel since the truce.
""",
["IL", "LB", "SY", "US", "FR"], [("explosion", "LB", "Brital", 3, False)], [],
["Ali Hussein Shamas"], ["Hezbollah", "Israeli military"],
"IMPLIED COUNTRY: Brital/Bekaa/Baalbek only, never 'Lebanon' or Beirut. Air strike the night before publication = explosion, 3 (commander + couple), Brital. 'Near-daily strikes' = general, not listed. SY via 'the Syrian border' (a place reference); US/FR via the ceasefire's brokers; IL via Israeli/Israel.",
when=past("2026-03-26", "Wednesday", "Thursday"), region="middle_east", implied=True,
mechanism="air strike")

art("wire", "2026-05-28",
"Gunmen kill three police officers at checkpoint in Iran's Khash", """
DUBAI, United Arab Emirates (AP) — Gunmen attacked a police checkpoint on the outskirts of Khash in Iran's southeastern Sistan and Baluchestan province early on Wednesday, killing three officers, Iranian state media reported.

The state news agency IRNA said the attackers fired on the checkpoint from a passing pickup truck and exchanged fire with police for about 20 minutes before fleeing toward the mountains. One attacker was wounded and arrested, the agency said, quoting the provincial police chief, Col. Mehdi Shahriari.

The Sunni militant group Jaish al-Adl claimed the attack in a statement on social media, saying it was revenge for the execution of two of its members this month.

The impoverished province, which borders Pakistan and Afghanistan, has long been the scene of deadly clashes between security forces and Baluch militants, as well as heavily armed drug smugglers. In October 2024, militants ambushed a police convoy near Taftan, killing 10 officers.
""",
["AE", "IR", "PK", "AF"], [("battle", "IR", "Khash", 3, False),
                           ("battle", "IR", "Taftan", 10, True)], ["strategic"],
["Mehdi Shahriari"], ["IRNA", "Jaish al-Adl"],
"Militant gunfire attack on a police checkpoint with an exchange of fire, the day before publication = battle, 3, Khash. The October 2024 ambush near Taftan = background battle, 10. Arrest of the wounded attacker = strategic. The executions 'this month' are not incidents. AE via the DUBAI dateline; PK and AF as the province's neighbours.",
when=past("2026-05-28", "Wednesday"), region="middle_east")

art("wire", "2026-04-09",
"Toll from Russian missile strike on Kryvyi Rih hostel rises to seven; Ukraine says assault near Kupiansk repelled", """
KYIV, Ukraine (AP) — The death toll from a Russian missile strike on a workers' hostel in the central Ukrainian city of Kryvyi Rih rose to seven on Thursday after rescuers pulled two more bodies from the rubble, regional officials said.

The ballistic missile hit the five-storey building late on Tuesday, collapsing one of its sections. Twenty-six people were injured, among them three children, said the head of the city's defence council, Oleksandr Hrytsenko. Most of the residents worked at a nearby steel plant.

Russia's Defence Ministry said it had struck "a temporary deployment point" of Ukrainian troops in Kryvyi Rih. Residents said no soldiers lived in the building.

Separately, Ukraine's General Staff said its troops had repelled an assault by Russian infantry backed by armoured vehicles near Kupiansk in the northeastern Kharkiv region on Wednesday. It gave no casualty figures.

Ukrainian officials renewed appeals to Western partners for more air defence systems, saying Russia had fired more than 60 ballistic missiles at Ukrainian cities since the start of March.
""",
["UA", "RU"], [("explosion", "UA", "Kryvyi Rih", 7, False),
               ("battle", "UA", "Kupiansk", None, False)], [],
["Oleksandr Hrytsenko"], ["Defence Ministry", "General Staff"],
"FOLLOW-UP: missile strike two days before publication, toll updated to 7 -> current explosion, 7, Kryvyi Rih. Repelled assault near Kupiansk the day before = battle, null. '60 ballistic missiles since March' = aggregate. Appeals to partners are not diplomacy events (no talks/agreement).",
when=past("2026-04-09", "Tuesday", "Wednesday", "Thursday"), region="europe", followup=True)

art("wire", "2026-10-02",
"Protest over fuel tax turns violent in Bucharest; Cluj-Napoca march passes off peacefully", """
BUCHAREST, Romania (Reuters) — A protest by several thousand people against a rise in fuel excise duties turned violent in central Bucharest on Thursday evening, when groups of masked youths threw bottles, stones and flares at riot police guarding the government headquarters in Piața Victoriei.

Police used tear gas and water cannon to clear the square shortly before midnight. Twenty-two police officers and nine protesters were injured, and 41 people were detained, the capital's police said. Shop windows were smashed along Calea Victoriei.

Organisers from a hauliers' association and a farmers' union said the violence was the work of football ultras who had joined the march and had nothing to do with their demands.

In Cluj-Napoca, around 3,000 people marched to the prefecture building and dispersed peacefully after handing over a petition, local police said.

The government says the tax rise, which takes effect next month, is needed to cut one of the largest budget deficits in the European Union. Prime Minister's spokeswoman Ioana Dumitrescu said on Friday that the government was open to talks with transport groups.
""",
["RO"], [("riot", "RO", "Piața Victoriei", None, False),
         ("protest", "RO", "Cluj-Napoca", None, False)], ["strategic"],
["Ioana Dumitrescu"], ["European Union"],
"PROTEST TURNED RIOT in Bucharest the evening before publication = riot, null (injuries only), located at Piața Victoriei (the square, more specific than the city). Peaceful march in Cluj-Napoca = protest, null. 41 detained = strategic. Offer of talks to transport groups = domestic, not diplomacy. EU is an organisation (no country).",
when=past("2026-10-02", "Thursday", "Friday"), region="europe", riot_turn=True)

art("wire", "2026-07-24",
"Man shot dead in his car in Naples' Scampia as clan feud flares", """
NAPLES, Italy — A 34-year-old man was shot dead as he sat in his car outside a block of flats in the Scampia district of Naples late on Thursday, police said, in what investigators believe is the latest killing in a feud between Camorra clans.

Two men on a scooter pulled up beside the car and one of them fired at least eight shots through the driver's window before they sped off, according to a police statement. The victim, Gennaro Iovino, had a record for drug dealing and had been released from prison in the spring, investigators said.

Carabinieri set up checkpoints around the district overnight and were examining footage from security cameras, prosecutor Raffaella Coppola told reporters on Friday.

It was the third killing in the area this year. In April, a 19-year-old was shot dead outside a pizzeria in nearby Secondigliano in what police described as a case of mistaken identity.

Residents' associations called for more police in the area, saying young people were being recruited by the clans.
""",
["IT"], [("civilian_attack", "IT", "Scampia", 1, False),
         ("civilian_attack", "IT", "Secondigliano", 1, True)], [],
["Gennaro Iovino", "Raffaella Coppola"], ["Camorra", "Carabinieri"],
"Targeted shooting of a man in his car the night before publication = civilian_attack (armed violence against an unarmed person), 1, Scampia. April killing in Secondigliano = background civilian_attack, 1. 'Third killing this year' = aggregate. Checkpoints = routine, not coded.",
when=past("2026-07-24", "Thursday", "Friday"), region="europe")

art("wire", "2026-06-01",
"Two killed, six wounded in shooting at Little Rock park cookout", """
LITTLE ROCK, Ark. (AP) — Two people were killed and six others wounded when gunfire broke out at a crowded cookout in a Little Rock park late Saturday, police said.

Officers called to Boyle Park shortly after 10 p.m. found several people with gunshot wounds near a picnic pavilion, where about 200 people had gathered for a birthday celebration, Police Chief Darnell Whitfield said on Sunday.

An argument between two groups escalated and at least two people fired handguns into the crowd, Whitfield said. The dead were identified as Marquis Dantzler, 19, and Tanisha Rollins, 23, who police said were not involved in the dispute. Four of the wounded were teenagers.

No arrests had been made by Monday. Investigators recovered more than 30 shell casings and asked anyone with video of the shooting to come forward.

Mayor's office spokeswoman Carla Beaudry said the city would add lighting and patrols at the park and would hold a community meeting on Thursday.
""",
["US"], [("civilian_attack", "US", "Boyle Park", 2, False)], [],
["Darnell Whitfield", "Marquis Dantzler", "Tanisha Rollins", "Carla Beaudry"], [],
"IMPLIED COUNTRY: 'LITTLE ROCK, Ark.' only, never the country. Shooting into a crowd two days before publication = civilian_attack, 2, Boyle Park. Patrols and lighting announced = routine local measures, not coded; the community meeting 'on Thursday' is a coming day.",
when=both(past("2026-06-01", "Saturday", "Sunday", "Monday"), nxt("2026-06-01", "Thursday")),
coming=("Thursday",), region="us", implied=True)

art("wire", "2026-11-09",
"Hundreds march in Spokane after bus driver is fatally stabbed", """
SPOKANE, Wash. — Hundreds of transit workers and residents marched through downtown Spokane on Sunday to demand better protection for bus drivers, a day after a driver was fatally stabbed by a passenger at a stop on East Sprague Avenue.

The driver, Dale Norquist, 58, was attacked on Saturday afternoon after he asked a man who was shouting at other passengers to leave the bus, police said. He died in hospital a few hours later. A 27-year-old man was arrested nearby and charged on Sunday with second-degree murder.

The marchers, many in uniform, walked from the transit plaza to City Hall, where they laid flowers and held a minute of silence. Police said the march was peaceful.

Leaders of the Amalgamated Transit Union local said assaults on drivers had nearly doubled in three years and called for protective screens on every bus. The Spokane Transit Authority said screens would be installed on the rest of its fleet by spring.

Attacks on transit workers have become a growing concern across the United States, union leaders said.
""",
["US"], [("civilian_attack", "US", "East Sprague Avenue", 1, False),
         ("protest", "US", "Spokane", None, False)], ["strategic"],
["Dale Norquist"], ["Amalgamated Transit Union", "Spokane Transit Authority"],
"Stabbing of a bus driver two days before publication = civilian_attack, 1, East Sprague Avenue (the stop). Peaceful march the day before publication = protest, null, Spokane. Arrest and charge = strategic. Assault statistics = aggregate. 'Wash.' is the state (US).",
when=past("2026-11-09", "Saturday", "Sunday"), region="us")

art("wire", "2026-02-25",
"Motorcycle bomb kills two defence volunteers at tea stall in Narathiwat's Rueso", """
PATTANI, Thailand (Reuters) — A bomb hidden in a parked motorcycle exploded outside a tea stall in Rueso district of Thailand's southern Narathiwat province on Tuesday evening, killing two village defence volunteers and wounding five people, police said.

The device, packed into a cooking gas cylinder, was set off by mobile phone as a group of volunteers sat down for tea after a patrol, police colonel Surachai Wongsuwan said. Two of the wounded were children from a nearby house.

No group claimed responsibility, but police blamed insurgents of the Barisan Revolusi Nasional (BRN), the main separatist group in the Malay-Muslim majority provinces. More than 7,000 people have been killed since the insurgency reignited in 2004.

Talks between the government and the BRN, facilitated by Malaysia, have stalled since last year. A government negotiator, Pongsak Chaiyawat, said on Wednesday that a new round could be held in March if violence eased.
""",
["TH", "MY"], [("explosion", "TH", "Rueso", 2, False)], [],
["Surachai Wongsuwan", "Pongsak Chaiyawat"], ["Barisan Revolusi Nasional"],
"Motorcycle bomb the evening before publication = explosion, 2, Rueso. '7,000 killed since 2004' = aggregate. Stalled talks and a possible new round = no talks held -> no diplomacy event (doubt). MY via the facilitation.",
when=past("2026-02-25", "Tuesday", "Wednesday"), region="asia")

art("wire", "2026-08-05",
"Communist rebels ambush army patrol in Northern Samar, killing three soldiers", """
Communist guerrillas ambushed an army patrol in a remote village of Las Navas town in the central Philippine province of Northern Samar on Monday, killing three soldiers and wounding two, the military said on Wednesday.

About 20 fighters of the New People's Army (NPA) opened fire from a ridge as the soldiers were crossing a river on their way back from a medical mission in the village, said Lieutenant Colonel Renato Dagohoy, commander of the army battalion in the area. The firefight lasted about 30 minutes, and troops later recovered the body of one rebel, he said.

The NPA, which has waged a Maoist insurgency since 1969, has been weakened by surrenders and the deaths of its leaders, but it remains active in the mountains of Samar island.

In November 2023 the government and the rebels' political wing agreed in Oslo to seek a resumption of formal peace talks, but negotiations have not started.
""",
["PH", "NO"], [("battle", "PH", "Las Navas", 4, False)], [],
["Renato Dagohoy"], ["New People's Army"],
"Rebel ambush of an army patrol two days before publication = battle, 3 soldiers + 1 rebel = 4, Las Navas (the village is unnamed). The 2023 Oslo agreement = background diplomacy (not listed: only news events). NO via Oslo. No dateline.",
when=past("2026-08-05", "Monday", "Wednesday"), region="asia")

art("wire", "2026-08-31",
"Militants shoot dead Nepali labourer in Kashmir's Pulwama", """
SRINAGAR, Aug 31 (AFP) — Suspected militants shot dead a Nepali labourer in Pulwama district of Indian-administered Kashmir on Sunday evening, police said, the first killing of a migrant worker in the region this year.

Ram Bahadur Khadka, 42, from Nepal's Dailekh district, was shot at close range outside his rented room in the village of Lassipora, where he had worked for eight years in apple orchards, a police officer said. He died on the way to hospital.

Police and soldiers cordoned off the village and searched houses overnight. No group claimed responsibility.

Nepal's foreign ministry condemned the killing on Monday and said its embassy in New Delhi was working with Indian authorities to bring his body home.

Thousands of workers from other Indian states and from Nepal come to Kashmir every year for the apple harvest, which begins next month. Orchard owners in Pulwama said they feared many would now leave.
""",
["IN", "NP"], [("civilian_attack", "IN", "Lassipora", 1, False)], ["diplomacy"],
["Ram Bahadur Khadka"], [],
"FOREIGN VICTIM: a Nepali worker shot dead in Kashmir the day before publication = civilian_attack in IN, 1, Lassipora; NP is his nationality and home (Dailekh), not an incident country. Nepal's condemnation = diplomacy. Cordon and search = routine, not coded. 'Indian-administered Kashmir', New Delhi -> IN. Dated dateline without a country.",
when=past("2026-08-31", "Sunday", "Monday"), region="asia", foreign=("NP", "IN"))

# =====================================================================================
# bf13-41..60  quiet articles: title, 120-300 words, no current incident.
# =====================================================================================

art("quiet", "2026-04-28",
"Marrakesh remembers 17 killed in Argana café bombing, 15 years on", """
MARRAKESH, Morocco — Relatives of the victims, city officials and a handful of survivors laid flowers on Tuesday outside the Argana café on Jemaa el-Fna square, 15 years after a bomb tore through its terrace and killed 17 people.

The bomb, hidden in a bag and set off by remote control on April 28, 2011, killed tourists from France, Switzerland, the Netherlands, Britain and Canada as well as Moroccan waiters and diners. Eight of the dead were French.

Standing near the spot where her husband was sitting that day, Hélène Marchetti said she returned every year because "the square keeps living, and so must we." A Moroccan survivor, Youssef Benjelloun, who lost his left hand in the blast, read out the names of the dead in Arabic and French.

The café reopened two years after the attack and is again one of the busiest on the square. Its owners hung a small plaque by the door this year at the request of the families' association, which has campaigned for a permanent memorial.

The ceremony was brief, and by noon the square's snake charmers and orange-juice sellers were back at work.
""",
["MA", "FR", "CH", "NL", "GB", "CA"], [("explosion", "MA", "Argana café", 17, True)], [],
["Hélène Marchetti", "Youssef Benjelloun"], [],
"MEMORIAL: the 2011 bombing = background explosion, 17, Argana café. The ceremony is not an incident. FR/CH/NL/GB/CA via the victims' nationalities (places/states referred to); MA via Marrakesh/Moroccan.",
when=past("2026-04-28", "Tuesday"), topic="memorial")

art("quiet", "2026-01-15",
"Tanzanian court convicts four over 2024 ambush on bus near Kibiti", """
DAR ES SALAAM, Tanzania — The High Court in Dar es Salaam on Wednesday convicted four men of murder and terrorism offences over an ambush on a passenger bus near Kibiti in October 2024 in which six passengers were killed.

Judge Anna Mwakyusa said the prosecution had proved that the men stopped the bus on the road south to Lindi, ordered the passengers out and shot six of them after checking their identity cards. The defendants, who denied the charges, will be sentenced on Friday.

Prosecutors told the court that the men had received training and money from insurgents in neighbouring Mozambique's Cabo Delgado province, and that two other suspects were still at large.

Defence lawyer Emmanuel Lyimo said his clients would appeal, arguing that their confessions had been obtained under duress.

The attack revived memories of a wave of killings of local officials and police officers in Kibiti and the neighbouring Rufiji and Mkuranga districts between 2015 and 2017, which ended after a large security operation.
""",
["TZ", "MZ"], [("civilian_attack", "TZ", "Kibiti", 6, True)], ["strategic"],
["Anna Mwakyusa", "Emmanuel Lyimo"], ["High Court"],
"TRIAL: conviction = strategic. The October 2024 bus ambush (passengers shot) = background civilian_attack, 6, Kibiti. The 2015-2017 wave of killings = aggregate, not listed. MZ via Cabo Delgado/Mozambique's. Sentencing 'on Friday' is a coming day.",
when=both(past("2026-01-15", "Wednesday"), nxt("2026-01-15", "Friday")), coming=("Friday",),
topic="trial")

art("quiet", "2026-06-26",
"Tunis appeals court upholds sentences over 2015 Sousse beach attack", """
TUNIS (Reuters) — A Tunisian appeals court on Thursday upheld prison sentences against six people convicted of helping the gunman who killed 38 tourists, 30 of them British, on a hotel beach at Port El Kantaoui near Sousse in June 2015, defence lawyers said.

The court cut the sentence of a seventh defendant, a former hotel security guard, from ten years to six, accepting that he had not known about the plan, lawyer Mounir Ben Salah said.

The ruling came on the eve of the 11th anniversary of the attack, which devastated Tunisia's tourism industry for years. Families of British victims, who have followed the case from the United Kingdom, said through their lawyers that they welcomed the decision but still wanted a full account of how the gunman had been able to walk along the beach for more than half an hour.

The Sousse attack came three months after gunmen killed 21 tourists and a Tunisian policeman at the Bardo museum in Tunis.
""",
["TN", "GB"], [("civilian_attack", "TN", "Port El Kantaoui", 38, True),
               ("civilian_attack", "TN", "Bardo museum", 22, True)], ["strategic"],
["Mounir Ben Salah"], [],
"TRIAL: appeal ruling = strategic. Background: the 2015 beach attack = civilian_attack, 38 (the gunman's death is not stated), Port El Kantaoui (more specific than Sousse); the Bardo museum attack = civilian_attack, 21 tourists + 1 policeman = 22. GB via British/United Kingdom.",
when=past("2026-06-26", "Thursday"), topic="trial")

art("quiet", "2026-03-05",
"Irish lawmakers clash over bill to extend detention of terror suspects", """
DUBLIN — Irish lawmakers clashed on Wednesday over a government bill that would allow police to hold people suspected of terrorist offences for up to 14 days without charge, up from seven, with opposition parties warning that it would erode civil liberties.

Justice Minister Declan Furlong told the Dáil that the threat from dissident republican groups and from young people radicalised online had changed, and that investigators needed more time to examine encrypted phones. "We cannot wait for an atrocity to prove the case," he said.

Opposition justice spokeswoman Gráinne Tuohy said existing powers and the Special Criminal Court were already among the toughest in Europe. "This bill is a solution looking for a problem," she said.

Supporters of the bill pointed to the Omagh bombing across the border in Northern Ireland in August 1998, which killed 29 people, as a reminder of what dissident groups had been capable of.

The bill passed its second stage by 78 votes to 61 and now goes to committee. A final vote is expected before the summer recess.
""",
["IE", "GB"], [("explosion", "GB", "Omagh", 29, True)], [],
["Declan Furlong", "Gráinne Tuohy"], ["Dáil", "Special Criminal Court"],
"POLICY DEBATE about terrorism law; 'clashed' is figurative. A parliamentary vote on a bill is not coded (no slot; not a ban or arrest). The 1998 Omagh bombing = background explosion in GB (Northern Ireland), 29. 'Europe' is a region.",
when=past("2026-03-05", "Wednesday"), topic="policy")

art("quiet", "2026-10-21",
"African Union council calls for inquiry into deadly raid on Chad refugee camp", """
ADDIS ABABA — The African Union's Peace and Security Council on Tuesday called for an independent inquiry into last month's attack on a refugee camp in eastern Chad in which gunmen killed 16 people, most of them Sudanese refugees.

Gunmen on horseback and motorcycles stormed a camp on the outskirts of Adré on Sept. 14, setting shelters on fire and shooting residents who tried to flee, according to U.N. agencies. The attackers were not identified.

In a statement after a closed-door session, the council "strongly condemned" the attack and urged Chad's government to strengthen protection of camps along its border with Sudan, which host hundreds of thousands of people who fled the war in Darfur.

Chad's foreign minister, Mahamat Ali Brahim, told the council that his country had deployed extra troops to the border and could not carry the burden alone. He asked donors to fund a promised expansion of the camps.

The council also called on the warring parties in Sudan to agree to a humanitarian truce.
""",
["ET", "TD", "SD"], [("civilian_attack", "TD", "Adré", 16, True)], ["diplomacy"],
["Mahamat Ali Brahim"], ["African Union", "Peace and Security Council"],
"CAPITAL DATELINE (ADDIS ABABA) about violence elsewhere: the Sept. 14 camp raid (five weeks earlier) = background civilian_attack, 16, Adré. The council's condemnation and calls = diplomacy. Chad's troop deployment is reported as already done and background context -> not listed separately. ET via the dateline; SD via Sudanese/Sudan/Darfur.",
when=past("2026-10-21", "Tuesday"), topic="diplomacy", capital=True)

art("quiet", "2026-05-15",
"Washington sanctions Mozambique insurgent leaders, citing March bus massacre", """
WASHINGTON — The State Department on Thursday imposed sanctions on three leaders of the Islamic State's Mozambique branch, freezing any assets they hold under U.S. jurisdiction and barring Americans from dealing with them.

The department said the men had directed the group's attack on a bus near Chiure in Cabo Delgado province on March 9, in which fighters killed 11 passengers, and a string of raids on villages along the coast.

"These designations cut off the people who plan the killing of civilians from the money that pays for it," a State Department spokesperson said in a statement.

Mozambique's government welcomed the move. Rwandan troops have been deployed in Cabo Delgado alongside Mozambican forces since 2021 to fight the insurgency, which has killed thousands of people and driven more than a million from their homes since 2017.

The sanctions do not name the group's overall leader, whose identity has not been publicly confirmed.
""",
["US", "MZ", "RW"], [("civilian_attack", "MZ", "Chiure", 11, True)], ["diplomacy"],
[], ["State Department", "Islamic State"],
"CAPITAL DATELINE (WASHINGTON) about violence elsewhere: the March 9 bus attack (more than two months earlier) = background civilian_attack, 11, Chiure. Sanctions and Mozambique's welcome = diplomacy. 'String of raids' and the insurgency's toll = general/aggregate. RW via Rwandan troops (deployed since 2021, background). 'Washington' in the title is a metonym -> US.",
when=past("2026-05-15", "Thursday"), topic="diplomacy", capital=True)

art("quiet", "2026-08-10",
"Bosnian drama about the siege of Bihać wins long ovation in Locarno", """
LOCARNO, Switzerland — "The Una Runs Green", a Bosnian drama about a teenage ferryman in the besieged Bihać pocket in 1994, drew a ten-minute standing ovation at its premiere on the Piazza Grande on Sunday, one of the warmest receptions of this year's Locarno festival.

Director Amra Hodžić, who grew up in Bihać during the war, said she had wanted to film "the ordinary courage of people who kept bread on the table while the shells fell". The film follows 16-year-old Edin as he ferries flour, medicine and letters across the river at night, dodging sniper fire from the hills.

The film, a co-production with companies from Croatia and Serbia, stars the newcomer Tarik Mehmedović alongside veteran actress Zlata Begić as his grandmother.

Critics praised its restraint. "There are no battle scenes in the usual sense," wrote one reviewer, "just the long wait between explosions."

The Una Runs Green competes for the festival's Golden Leopard, which will be awarded on Saturday.
""",
["CH", "BA", "HR", "RS"], [], [],
["Amra Hodžić", "Tarik Mehmedović", "Zlata Begić"], [],
"FILM about a past war: the siege, shells, sniper fire and explosions belong to the fiction/history (no specific incident with a place and time) -> no incidents. CH via the dateline/festival; BA via Bosnian/Bihać; HR and RS via the co-producing companies' countries ('companies from Croatia and Serbia' names the countries). Award 'on Saturday' is a coming day.",
when=both(past("2026-08-10", "Sunday"), nxt("2026-08-10", "Saturday")), coming=("Saturday",),
topic="film")

art("quiet", "2026-02-20",
"Review: 'The Harmattan Ledger' follows a nurse through the Nigerian civil war", """
Ngozi Okafor-Bell's second novel opens in Enugu in the summer of 1967, as a young nurse named Adaeze packs a single suitcase and follows her hospital into the shrinking territory of Biafra.

Over four hundred pages and three years, "The Harmattan Ledger" tracks her from a mission clinic in Umuahia to a refugee camp near the airstrip at Uli, where relief planes land at night without lights. Okafor-Bell, a former paediatrician, is at her best in the wards: the arithmetic of too few beds, the ledger of the title in which Adaeze records the names of children she could not save.

The war itself stays mostly off the page. Air raids are heard rather than seen, and the front is a rumour that arrives with the wounded. Some readers will find that distance frustrating; others will recognise it as the truth of how most people live through a war.

The weaker chapters are set after the surrender, when the novel hurries through two decades in as many pages.

But the book's final image, of Adaeze returning the ledger to a mother who finds her son's name in it, is devastating.

"The Harmattan Ledger" is published by Cassava House.
""",
["NG"], [], [],
["Ngozi Okafor-Bell"], ["Cassava House"],
"BOOK about a past war (Biafra 1967-70): air raids and the front are fiction/history -> no incidents. NG via 'Nigerian civil war' (title) and Enugu/Umuahia/Uli; Biafra was a secessionist state inside NG, not a separate code.",
topic="book")

art("quiet", "2026-11-19",
"Seoul studio's Korean War tactics game 'Frozen Ridge' divides veterans and critics", """
SEOUL, South Korea — "Frozen Ridge", a turn-based tactics game set during the Korean War, sold more than 400,000 copies in its first two days after its release on Tuesday, its Seoul-based developer said, but drew criticism from a veterans' group that called it a "theme park of our suffering".

Players command a South Korean platoon holding a hilltop through the winter of 1951, calling in American artillery and air support against waves of Chinese and North Korean attacks. Each battle can be replayed from either side.

Creative director Baek Jun-ho said the team had interviewed more than 30 veterans and that every mission was based on a real engagement. "We wanted young people to understand what their grandparents lived through," he said.

The Korean War Veterans Association said in a statement that letting players fight as the enemy "insults the dead". Reviewers were kinder, praising the game's cold, muted art and its unforgiving difficulty, but some found its story missions repetitive.

The developer said an update next month would add a mode based on the defence of the Pusan perimeter.
""",
["KR", "US", "CN", "KP"], [], [],
["Baek Jun-ho"], ["Korean War Veterans Association"],
"GAME about a past war: battles, artillery and attacks are gameplay/history -> no incidents. KR via Seoul/South Korean; US, CN, KP via the demonyms of the historical forces (NOTES: demonyms count; doubt, since they refer to 1951 armies in a game). The veterans' statement is not an event.",
when=past("2026-11-19", "Tuesday"), topic="game")

art("quiet", "2026-05-29",
"Moroccan and U.S. troops storm mock village as African Lion drill ends near Tan-Tan", """
TAN-TAN, Morocco — Moroccan and U.S. paratroopers dropped into the desert and stormed a mock village held by role-playing "insurgents" on Thursday as the annual African Lion exercise reached its climax in southern Morocco.

Rocket launchers fired salvoes at targets on a range about 40 km from the coast, and attack helicopters covered infantry advancing on the village, where soldiers from Senegal played the part of the enemy.

About 7,000 troops from more than 20 countries took part in this year's exercise, which also included naval drills off Agadir and a medical evacuation exercise in Tunisia, organisers said.

"What you saw today is the result of three weeks of working in one language," said Colonel Karim Alaoui, the Moroccan deputy exercise director.

U.S. officials said the drill was not aimed at any country but was meant to improve the ability of African armies to respond to crises in the Sahel and elsewhere. The exercise ends on Saturday with a closing ceremony in Agadir.
""",
["MA", "US", "SN", "TN"], [], [],
["Karim Alaoui"], ["African Lion"],
"EXERCISE: storming, rockets fired, attack helicopters, 'insurgents' and 'enemy' are all simulated -> no incidents; a routine exercise is not coded strategic (as bf12). SN via soldiers from Senegal, TN via the drill in Tunisia. Sahel is a region. Closing 'on Saturday' is a coming day.",
when=both(past("2026-05-29", "Thursday"), nxt("2026-05-29", "Saturday")), coming=("Saturday",),
topic="exercise")

art("quiet", "2026-01-27",
"Bomb hoax emails force evacuation of 30 Zagreb schools", """
ZAGREB, Croatia — Police evacuated 30 primary and secondary schools in Zagreb on Tuesday after they received emailed bomb threats in the morning, sending thousands of pupils home and snarling traffic across the city.

Bomb squads and sniffer dogs searched every building and found nothing, and classes will resume on Wednesday as normal, police spokeswoman Ivana Kovačić said. "All of the threats were false," she said.

The messages, written in poor Croatian and sent within a few minutes of each other, were routed through a server abroad, police said, adding that they were working with Europol to trace the sender.

Schools in Serbia and Bosnia and Herzegovina received similar hoax messages last year. Nobody has been charged over those.

Education Minister Tomislav Barić urged parents not to keep children at home. "Whoever is doing this wants us to be afraid. We will not give them that," he said.
""",
["HR", "RS", "BA"], [], ["strategic"],
["Ivana Kovačić", "Tomislav Barić"], ["Europol"],
"BOMB HOAX: no device, no incident. Evacuation of schools after threats = strategic (security alert; doubt). RS and BA via last year's similar hoaxes (places). Classes resuming 'on Wednesday' is a coming day.",
when=both(past("2026-01-27", "Tuesday"), nxt("2026-01-27", "Wednesday")), coming=("Wednesday",),
topic="hoax")

art("quiet", "2026-09-24",
"Kyrgyz bomb squad defuses homemade device at Osh bus terminal; suspect detained", """
OSH, Kyrgyzstan — Bomb disposal experts defused a homemade explosive device found in a bag under a bench at the main bus terminal in Osh on Wednesday, and a suspect was detained hours later, Kyrgyzstan's State Committee for National Security (GKNB) said.

A cleaner spotted the bag shortly after 8 a.m. and alerted police, who cleared the terminal and the surrounding market. The device, a pressure cooker packed with nails and connected to a timer, was made safe about two hours later, the GKNB said in a statement. Nobody was hurt.

The committee said a 24-year-old local man had been detained at his home in a village outside the city and that it had found chemicals and wiring there. It said he had been in contact with Islamic State recruiters in Syria through a messaging app.

Buses resumed running in the afternoon. The terminal serves routes to Bishkek and to the border with Uzbekistan.
""",
["KG", "SY", "UZ"], [], ["strategic"],
[], ["State Committee for National Security", "Islamic State"],
"DEFUSED DEVICE: it did not go off -> no incident. Detention of the suspect and the search = strategic. SY via the recruiters 'in Syria'; UZ via the border. 'Nobody was hurt' concerns the non-event.",
when=past("2026-09-24", "Wednesday"), topic="defused")

art("quiet", "2026-02-05",
"Spanish olive growers plan tractor march on Seville on Tuesday over Tunisian imports", """
JAÉN, Spain — Olive growers from across Andalusia plan to drive thousands of tractors into Seville on Tuesday to protest against duty-free imports of Tunisian olive oil, which they say are pushing prices below the cost of production.

The march, called by the region's three main farmers' unions, is due to converge on the regional government's headquarters at midday. Organisers said they expected at least 5,000 tractors and 20,000 people, many travelling overnight from Jaén and Córdoba provinces.

"We are not against anyone. We are against selling at a loss," said Antonio Ruiz Cabello, who farms 40 hectares near Úbeda and leads one of the unions.

Under an agreement with the European Union, Tunisia can export a fixed quota of olive oil without paying tariffs, and the quota was raised this year. Spanish growers say much of that oil is blended and sold as European.

Regional police said they would close several motorway junctions on the day and asked drivers to avoid the city centre.
""",
["ES", "TN"], [], [],
["Antonio Ruiz Cabello"], ["European Union"],
"PLANNED PROTEST on a coming Tuesday: nothing has happened yet -> no incident. Announced road closures for the day = routine traffic measures, not coded. TN via Tunisian/Tunisia. EU is an organisation.",
when=nxt("2026-02-05", "Tuesday"), coming=("Tuesday",), topic="planned protest")

art("quiet", "2026-07-14",
"Mongolian herders threaten mass protest in Ulaanbaatar over mining law", """
ULAANBAATAR (Reuters) — Herders' associations from five southern provinces said on Monday they would bring tens of thousands of people to Sukhbaatar Square if parliament passes amendments that would make it easier for mining companies to take over grazing land.

The amendments, backed by the government, would shorten the time herders have to object to new licences and cap the compensation they receive. Supporters say they are needed to speed up coal and copper projects near the border with China, Mongolia's biggest trading partner.

"We will come with our families and our animals if we have to," said Batbayar Dorj, head of the herders' federation in Umnugovi province. He said the associations had given lawmakers until the end of the month to withdraw the bill.

A vote is scheduled for the autumn session. The speaker's office said parliament would hold public hearings in the provinces before then.

Mongolia saw large street protests over coal exports in December 2022.
""",
["MN", "CN"], [], [],
["Batbayar Dorj"], [],
"THREATENED PROTEST (conditional, not yet held) -> no incident; an ultimatum has no other_event slot. The December 2022 coal protests are a wave without a place or toll here ('large street protests') -> not listed as a background incident (doubt). CN via the border/trading partner.",
when=past("2026-07-14", "Monday"), topic="threatened protest")

art("quiet", "2026-04-16",
"Austrian police raid homes of seven suspected far-right militants, seize rifles and chemicals", """
VIENNA — Austrian police raided 11 homes in Upper Austria and Styria on Wednesday and arrested seven men suspected of belonging to a far-right group that had stockpiled weapons and discussed attacks on asylum shelters, the Interior Ministry said.

Officers seized 14 firearms, among them two assault rifles, several thousand rounds of ammunition and chemicals that could be used to make explosives, the ministry said in a statement. The men, aged between 22 and 51, are being held on suspicion of forming a terrorist organisation.

Investigators had monitored a chat group in which the suspects exchanged Nazi propaganda and maps of shelters in three towns, said Franz Lechner, the head of the state security service's extremism unit.

"We did not wait for words to become deeds," Interior Minister spokesman Markus Pichler said.

Lawyers for two of the men said their clients were collectors and had never planned any violence.
""",
["AT"], [], ["strategic"],
["Franz Lechner", "Markus Pichler"], ["Interior Ministry"],
"RAIDS AND ARRESTS = strategic; discussed attacks never happened -> no incident. VIENNA dateline is the country's own capital and the story is about Austria (not a capital-about-elsewhere story).",
when=past("2026-04-16", "Wednesday"), topic="raid")

art("quiet", "2026-06-12",
"Colombian climber's blistering assault on rivals wins queen stage of Tour de Suisse", """
Colombia's Julián Andrés Mosquera launched a blistering assault on his rivals six kilometres from the summit finish at Leukerbad on Thursday to win the queen stage of the Tour de Suisse and take the overall lead with two days to go.

The 24-year-old attacked on the steepest ramp of the final climb and quickly opened a gap on the group of favourites, which included Slovenia's Matej Kranjc and the Danish defending champion, Rasmus Holm Sørensen.

Kranjc tried to bridge the gap alone but ran out of road, finishing 31 seconds down. Sørensen, who had been leading the race, lost more than a minute and dropped to third overall.

"I felt good all day, and when I saw they were suffering I went," Mosquera said at the finish. "Now we have to defend."

The race ends on Sunday with a time trial in Lausanne, where Kranjc, a strong time trialist, will start 24 seconds behind.
""",
["CO", "CH", "SI", "DK"], [], [],
["Julián Andrés Mosquera", "Matej Kranjc", "Rasmus Holm Sørensen"], ["Tour de Suisse"],
"SPORT: 'blistering assault', 'attacked', 'defend' are cycling vocabulary -> no incidents. CH via the venues (Leukerbad, Lausanne; sports convention: host venues count); CO, SI, DK via the riders' nationalities. The last stage 'on Sunday' is a coming day.",
when=both(past("2026-06-12", "Thursday"), nxt("2026-06-12", "Sunday")), coming=("Sunday",),
topic="sport")

art("quiet", "2026-09-03",
"Polish discount grocers' price war squeezes suppliers as Biedronka cuts prices again", """
WARSAW (Reuters) — Biedronka, Poland's biggest supermarket chain, cut the prices of about 800 everyday products on Monday, escalating a price war with Germany's Lidl that suppliers and analysts say is squeezing food producers' margins.

The chain, owned by Portugal's Jerónimo Martins, said the cuts of up to 15% on items such as butter, eggs and bread were a "long-term investment in customers". Lidl responded within hours by promising to match the prices in its 900 Polish stores.

Dairy cooperatives and meat processors said they were under pressure to accept lower prices or lose shelf space. "The chains fight and we pay for the bullets," said Tomasz Wierzbicki, who heads a producers' association in Masovia.

Shares of Jerónimo Martins fell 3% in Lisbon as analysts warned the price war could hit its margins for the rest of the year.

Food inflation in Poland has slowed to its lowest level in four years, official data showed last month.
""",
["PL", "DE", "PT"], [], [],
["Tomasz Wierzbicki"], ["Biedronka", "Lidl", "Jerónimo Martins"],
"BUSINESS: 'price war', 'fight', 'bullets' are figurative -> no incidents. DE via Germany's Lidl and PT via Portugal's Jerónimo Martins / Lisbon (the countries themselves are named as places of origin).",
when=past("2026-09-03", "Monday"), topic="business")

art("quiet", "2026-05-22",
"Colombian presidential rivals trade attacks in final televised debate before May 31 vote", """
BOGOTÁ, Colombia — The four leading candidates in Colombia's presidential election traded attacks over security, health care and the economy on Thursday night in their last televised debate before the May 31 first round.

Front-runner Lucía Benavides, a former mayor of Medellín, came under fire over her plan to negotiate with armed groups, which rival Andrés Felipe Salcedo called "a surrender dressed up as peace". Benavides shot back that Salcedo's party had "promised a war on crime for twenty years and delivered only funerals".

Salcedo, a senator who has risen in recent polls, promised to double the size of the police and build new prisons. Economist Marta Elena Quintero, running as an independent, accused both of ignoring a health system close to collapse.

The candidates also sparred over migration, with two of them calling for stricter rules for the nearly three million Venezuelans living in the country.

Polls suggest no candidate will win a majority in the first round, which would lead to a run-off on June 21.
""",
["CO", "VE"], [], [],
["Lucía Benavides", "Andrés Felipe Salcedo", "Marta Elena Quintero"], [],
"ELECTION: 'traded attacks', 'under fire', 'shot back', 'war on crime' are figurative -> no incidents. A debate is not an other_event. VE via 'Venezuelans living in the country' (demonym).",
when=past("2026-05-22", "Thursday"), topic="election")

art("quiet", "2026-05-21",
"New Zealand finance minister rejects opposition's attack on the budget as 'fiction'", """
WELLINGTON (Reuters) — New Zealand's finance minister on Wednesday rejected the opposition's attack on the budget as "economic fiction", defending spending cuts that she said would return the government's books to surplus within three years.

Finance Minister Helen Drummond told parliament that the budget, presented last week, protected health and education while trimming the public service. "The opposition would rather borrow from our grandchildren than make a single hard choice," she said.

Opposition finance spokesman Rawiri Tane led the attack on the budget in the debate, saying the cuts would close regional hospital wards and push thousands of families into hardship. "This is not a budget, it is a demolition," he said.

Economists said the plan relied on optimistic growth forecasts and on higher prices for dairy exports to China and Australia.

The budget is expected to pass next week with the votes of the governing coalition.
""",
["NZ", "CN", "AU"], [], [],
["Helen Drummond", "Rawiri Tane"], [],
"BUDGET POLITICS: 'attack on the budget', 'demolition' are figurative -> no incidents, no other_events. CN and AU as export markets (places).",
when=past("2026-05-21", "Wednesday"), topic="budget")

art("quiet", "2026-03-31",
"Armenia and Turkey agree to open Margara crossing to third-country travellers", """
YEREVAN, Armenia — Special envoys of Armenia and Turkey agreed on Monday to open the Margara border crossing to travellers from third countries and holders of diplomatic passports from June, the first regular opening of the land border since it was closed in 1993.

The agreement was reached at a meeting in the Turkish town of Kars, Armenia's foreign ministry said. Armenian envoy Vahan Grigoryan and his Turkish counterpart Selim Aydemir also discussed restoring the railway line between Gyumri and Kars, the ministry said.

The two countries have no diplomatic relations. The normalisation process, launched in 2022, has moved slowly, partly because Turkey has linked progress to a peace deal between Armenia and its ally Azerbaijan.

Trucks carrying goods between Armenia and Turkey currently travel through Georgia, adding hundreds of kilometres to the journey.

Officials said customs and border posts at Margara had been renovated and could be ready within weeks.
""",
["AM", "TR", "AZ", "GE"], [], ["diplomacy"],
["Vahan Grigoryan", "Selim Aydemir"], [],
"DIPLOMACY: envoys' agreement = diplomacy. No violence of any kind. GE via transit 'through Georgia' (the country); AZ via the peace deal. The 1993 closure is history.",
when=past("2026-03-31", "Monday"), topic="diplomacy")

# =====================================================================================
# Records, checks, statistics.
# =====================================================================================

# Capital datelines and the country each belongs to (a capital story must be about elsewhere).
CAPITAL_COUNTRY = {"ADDIS ABABA": "ET", "WASHINGTON": "US", "VIENNA": "AT", "LONDON": "GB",
                   "PARIS": "FR", "GENEVA": "CH", "BERLIN": "DE", "ROME": "IT"}


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


def background(a):
    return [inc for inc in a["incidents"] if inc[4]]


def word_in(name, text):
    return re.search(r"(?<!\w)%s(?!\w)" % re.escape(name), text) is not None


def name_used(name, text, lower_too=False):
    """A name as a word, as written or in capitals (ALL-CAPS feed lines), and in lower case
    for all-lowercase feed lines."""
    return (word_in(name, text) or word_in(name.upper(), text)
            or (lower_too and word_in(name.lower(), text)))


def names_country(text, code, lower_too=False):
    return any(name_used(n, text, lower_too) for n in COUNTRY_NAMES[code])


def weekday_words(text):
    """Weekday words in any letter case, returned in their canonical spelling."""
    for name in NAMED_DAYS:
        text = re.sub(re.escape(name), " ", text, flags=re.I)
    return {m.capitalize() for m in re.findall(r"\b(%s)\b" % "|".join(WEEKDAYS), text, re.I)}


def inline_dates(body):
    """Month-day dates without a year ('on March 3', 'ON JUNE 21'), in any letter case."""
    return [(m.capitalize(), d) for m, d in
            re.findall(r"\b(%s) (\d{1,2})\b(?!, \d{4})" % "|".join(MONTHS), body, re.I)]


def topics_of(a):
    t = a["topic"]
    if t is None:
        return ()
    return tuple(t) if isinstance(t, (tuple, list)) else (t,)


UP = "A-ZÀ-ÖØ-Þ"
MON_ABBR = r"(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec|January|February|August|September|October|November|December)\.?"
DATELINE_AGENCY = re.compile(r"^[%s][%s'. -]+, [%s][\w.]*(?: [%s][\w.]*)* \([A-Za-z]+\) — " % (UP, UP, UP, UP))
DATELINE_DATED = re.compile(r"^[%s][%s'. -]+, (%s) (\d{1,2}) \([A-Za-z]+\) — " % (UP, UP, MON_ABBR))
DATELINE_PLAIN = re.compile(r"^[%s][%s'. -]+(?:, [%s][\w.]*(?: [%s][\w.]*)*)?(?: \([A-Za-z]+\))? — " % (UP, UP, UP, UP))


def dateline_form(body):
    """'agency' for 'CITY, Country (Agency) —', 'dated' for 'CITY, Month D (Agency) —', 'plain'
    for 'CITY —', 'CITY, Country —' or 'CITY (Agency) —', 'none' without a dateline."""
    if DATELINE_DATED.match(body):
        return "dated"
    if DATELINE_AGENCY.match(body):
        return "agency"
    if DATELINE_PLAIN.match(body):
        return "plain"
    return "none"


def dated_dateline_date(body, pub):
    m = DATELINE_DATED.match(body)
    mon = m.group(1).rstrip(".")[:3]
    month = [x[:3] for x in MONTHS].index(mon) + 1
    return datetime.date(pub.year, month, int(m.group(2)))


def check_article(i, a, err):
    kind = a["kind"]
    text = (a["title"] or "") + "\n" + a["body"]
    # date: a real day in 2026, January .. November
    pub = None
    if not (isinstance(a["published"], str) and re.fullmatch(r"\d{4}-\d\d-\d\d", a["published"])):
        err("published must be a YYYY-MM-DD date")
    else:
        try:
            pub = datetime.date.fromisoformat(a["published"])
        except ValueError:
            err("published %r is not a real date" % a["published"])
        else:
            if pub.year != YEAR or not MONTH_RANGE[0] <= pub.month <= MONTH_RANGE[1]:
                err("published %s is not in %d, months %d-%d" % ((a["published"], YEAR) + MONTH_RANGE))
    # every weekday word resolves to a real date of that weekday: within the week before
    # `published` (or that day), or, for a `coming` day, within the week after it
    used = weekday_words(text)
    for day in sorted(used - set(a["when"])):
        err("weekday %r used but not resolved in when={}" % day)
    for day in a["coming"]:
        if day not in a["when"]:
            err("coming day %r not in when{}" % day)
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
        if pub is not None:
            delta = (d - pub).days
            if day in a["coming"]:
                if not 1 <= delta <= 7:
                    err("coming %s (%s) is not within the week after published" % (day, iso))
            elif not -6 <= delta <= 0:
                err("%s (%s) is not within the week before published" % (day, iso))
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
    # nothing of blind_fresh12 (or blind_fresh11) reused
    for n in BF12_NAMES:
        if name_used(n, text, a["degraded"]):
            err("reuses the blind_fresh12 place/name %r" % n)
    for n in BF11_NAMES:
        if name_used(n, text, a["degraded"]):
            err("reuses the blind_fresh11 place/name %r" % n)
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
        for w in BF12_ABDUCTION_WORDS + BF11_ABDUCTION_WORDS:
            if re.search(r"(?<!\w)%s(?!\w)" % re.escape(w), a["body"], re.I):
                err("SATP-style text uses the old abduction wording %r" % w)
        if a["placeonly"]:
            c0 = cs[0] if cs else None
            if c0 not in COUNTRY_NAMES or c0 not in FIRST_LEVEL:
                err("placeonly: no name lists for %s" % c0)
            else:
                if len(cs) != 1:
                    err("placeonly text should refer to one country only")
                if names_country(text, c0, True):
                    err("placeonly text names its country %s" % c0)
                for n in FIRST_LEVEL[c0]:
                    if name_used(n, text, True):
                        err("placeonly text names the first-level unit or capital %r" % n)
        if a["degraded"]:
            bad = sorted({ch for ch in a["body"] if ch in DEGRADED_PUNCT})
            if bad:
                err("degraded text still has punctuation %s" % "".join(bad))
            if a["body"] not in (a["body"].lower(), a["body"].upper()):
                err("degraded text must be all lowercase or ALL CAPS")
        if a["mixed"]:
            if not has_current(a) or not background(a):
                err("mixed text needs both a current and a background incident")
        if a["topic"] is not None:
            if a["topic"] not in SATP_QUIET_TOPICS:
                err("SATP topic %r not in %s" % (a["topic"], SATP_QUIET_TOPICS))
            if has_current(a):
                err("SATP topic is for texts without a current incident")
        elif not has_current(a):
            err("SATP text without a current incident needs a topic")
        if a["abduction"]:
            if not any(re.search(r"\b%s\b" % re.escape(w), a["body"], re.I) for w in ABDUCTION_WORDS):
                err("abduction text uses none of %s" % (ABDUCTION_WORDS,))
            plain = re.findall(PLAIN_ABDUCTION_RE, a["body"], re.I)
            if plain:
                err("abduction text falls back on plain wordings %s" % sorted(set(plain)))
        if any(inc[0] == "explosion" for inc in current(a)):
            old = [w for w in BF12_DEVICES if re.search(r"(?<!\w)%s(?!\w)" % re.escape(w), a["body"], re.I)]
            if old:
                err("SATP explosion text names blind_fresh12 devices %s" % old)
    elif kind == "wire":
        if not WIRE_WORDS[0] <= words <= WIRE_WORDS[1]:
            err("wire body has %d words (%d-%d wanted)" % ((words,) + WIRE_WORDS))
        paras = [p for p in a["body"].split("\n\n") if p.strip()]
        if len(paras) < MIN_WIRE_PARAGRAPHS:
            err("wire body has %d paragraphs (< %d)" % (len(paras), MIN_WIRE_PARAGRAPHS))
        if a["title"] is None:
            err("wire article needs a title")
        if not has_current(a):
            err("wire article without a current incident")
        if a["region"] not in REGION_COUNTRIES:
            err("wire article needs a region in %s" % sorted(REGION_COUNTRIES))
        else:
            outside = {inc[1] for inc in current(a)} - set(REGION_COUNTRIES[a["region"]])
            if outside:
                err("current incidents outside region %s: %s" % (a["region"], sorted(outside)))
        if dateline_form(a["body"]) == "dated" and pub is not None:
            try:
                d = dated_dateline_date(a["body"], pub)
            except ValueError:
                err("dated dateline is not a real date")
            else:
                if not -1 <= (d - pub).days <= 0:
                    err("dated dateline %s is not the published day or the day before" % d)
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
        if a["foreign"]:
            nat, where = a["foreign"]
            cur_cs = {inc[1] for inc in current(a)}
            if nat not in cs or where not in cur_cs:
                err("foreign: %s must be mentioned and %s host a current incident" % (nat, where))
            if nat in cur_cs:
                err("foreign: the victim's country %s must not host a current incident" % nat)
            if not any(inc[1] == where and inc[3] and not inc[4] and inc[0] == "civilian_attack"
                       for inc in a["incidents"]):
                err("foreign: needs a current civilian_attack with deaths in %s" % where)
        if a["mechanism"]:
            if a["mechanism"] not in WIRE_MECHANISMS:
                err("unknown mechanism %r" % a["mechanism"])
            elif not re.search(WIRE_MECHANISMS[a["mechanism"]], text, re.I):
                err("mechanism %r not named in the text" % a["mechanism"])
            if not any(inc[0] == "explosion" for inc in current(a)):
                err("mechanism article without a current explosion")
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
            m = re.match(r"^([A-Z][A-Z ]+?)(?: \([A-Za-z]+\))? — ", a["body"])
            if not m or m.group(1) not in CAPITAL_DATELINES:
                err("capital article must open with a dateline in %s" % (CAPITAL_DATELINES,))
            else:
                home = CAPITAL_COUNTRY[m.group(1)]
                if home not in cs:
                    err("capital article: the dateline country %s is missing" % home)
                if not any(inc[1] != home for inc in background(a)):
                    err("capital article needs a background incident outside %s" % home)
    else:
        err("unknown kind %r" % kind)
    if (a["region"] is not None or a["implied"] or a["followup"] or a["riot_turn"]
            or a["foreign"] or a["mechanism"]) and kind != "wire":
        err("region/implied/followup/riot_turn/foreign/mechanism are for wire articles")
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


def earlier_titles():
    """Titles (the title field only, nothing else is read) of the earlier blind_fresh* sets,
    when they are present."""
    here = os.path.dirname(os.path.abspath(__file__))
    out = set()
    tests = os.path.dirname(here)
    for d in sorted(os.listdir(tests)) if os.path.isdir(tests) else ():
        if not d.startswith("blind_fresh") or os.path.join(tests, d) == here:
            continue
        full = os.path.join(tests, d)
        if not os.path.isdir(full):
            continue
        for f in os.listdir(full):
            if f.endswith(".jsonl"):
                with open(os.path.join(full, f), encoding="utf-8") as fh:
                    for line in fh:
                        if line.strip():
                            t = json.loads(line).get("title")
                            if t:
                                out.add(t.strip().lower())
    return out


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
    degraded = [a for a in satp if a["degraded"]]
    mins = (
        ("SATP-style texts without a current incident", sum(1 for a in satp if not has_current(a)), MIN_SATP_QUIET),
        ("SATP-style abduction texts", sum(1 for a in satp if a["abduction"]), MIN_SATP_ABDUCTION),
        ("SATP-style texts with a current battle", sum(1 for a in satp if any(i[0] == "battle" for i in current(a))), MIN_SATP_BATTLE),
        ("SATP-style texts with a current explosion", len(blasts), MIN_SATP_BLAST),
        ("SATP-style place-only texts", sum(1 for a in satp if a["placeonly"]), MIN_SATP_PLACEONLY),
        ("SATP-style degraded texts", len(degraded), MIN_SATP_DEGRADED),
        ("SATP-style texts mixing a current and a background incident", sum(1 for a in satp if a["mixed"]), MIN_SATP_MIXED),
    )
    if not any(a["body"] == a["body"].lower() for a in degraded) or \
            not any(a["body"] == a["body"].upper() for a in degraded):
        errors.append("degraded SATP texts should include one all-lowercase and one ALL-CAPS line")
    wording = {w for a in satp if a["abduction"] for w in ABDUCTION_WORDS
               if re.search(r"\b%s\b" % re.escape(w), a["body"], re.I)}
    if wording != set(ABDUCTION_WORDS):
        errors.append("abduction wording not varied: missing %s" % sorted(set(ABDUCTION_WORDS) - wording))
    for group in BLAST_DEVICES:
        if not any(re.search(r"(?<!\w)%s(?!\w)" % re.escape(w), a["body"], re.I) for a in blasts for w in group):
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
        if have < n:
            errors.append("wire articles in region %s: %d (< %d)" % (reg, have, n))
    for reg, need in (("latin_america", MIN_LATAM_COUNTRIES), ("africa", MIN_AFRICA_COUNTRIES)):
        have = {inc[1] for a in wire if a["region"] == reg for inc in current(a)}
        if len(have) < need:
            errors.append("%s current incidents in %d countries (< %d)" % (reg, len(have), need))
    forms = {}
    for a in wire:
        f = dateline_form(a["body"])
        forms[f] = forms.get(f, 0) + 1
    for f in ("agency", "plain", "dated", "none"):
        if forms.get(f, 0) < MIN_WIRE_DATELINE_FORM:
            errors.append("wire dateline form %r used %d times (< %d)" % (f, forms.get(f, 0), MIN_WIRE_DATELINE_FORM))
    mins += (
        ("wire articles with more than one current incident", sum(1 for a in wire if len(current(a)) > 1), MIN_WIRE_MULTI),
        ("wire articles with a national of one country killed in another", sum(1 for a in wire if a["foreign"]), MIN_WIRE_FOREIGN),
        ("wire articles whose country is only implied", sum(1 for a in wire if a["implied"]), MIN_WIRE_IMPLIED),
        ("wire articles with a background incident", sum(1 for a in wire if background(a)), MIN_WIRE_BACKGROUND),
        ("wire follow-up (updated toll) articles", sum(1 for a in wire if a["followup"]), MIN_WIRE_FOLLOWUP),
        ("wire articles with a protest turned riot", sum(1 for a in wire if a["riot_turn"]), MIN_WIRE_RIOT_TURN),
        ("wire articles with diplomacy/strategic besides incidents", sum(1 for a in wire if a["other"]), MIN_WIRE_OTHER),
    )
    mechs = {a["mechanism"] for a in wire if a["mechanism"]}
    if mechs != set(WIRE_MECHANISMS):
        errors.append("wire block lacks current %s" % sorted(set(WIRE_MECHANISMS) - mechs))
    cur_types = {inc[0] for a in wire for inc in current(a)}
    if cur_types != set(INCIDENT_TYPES):
        errors.append("wire block lacks current incident types %s" % sorted(set(INCIDENT_TYPES) - cur_types))
    quiet = [a for a in ARTICLES if a["kind"] == "quiet"]
    topics = {t for a in quiet for t in topics_of(a)}
    if topics != set(QUIET_TOPICS):
        errors.append("quiet block lacks topics %s" % sorted(set(QUIET_TOPICS) - topics))
    mins += (
        ("quiet articles datelined in a world capital", sum(1 for a in quiet if a["capital"]), MIN_QUIET_CAPITAL),
        ("quiet articles recalling a past incident", sum(1 for a in quiet if background(a)), MIN_QUIET_BACKGROUND),
    )
    for what, have, need in mins:
        if have < need:
            errors.append("%s: %d (< %d)" % (what, have, need))
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
    old = earlier_titles()
    for t in titles:
        if t.strip().lower() in old:
            errors.append("title repeats an earlier blind set: %r" % t)
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
    lines.append("wire: %d multi-incident, %d foreign-victim, %d implied-country, %d with background, "
                 "%d follow-up, %d protest-turned-riot, %d with other events; mechanisms %s" % (
                     sum(1 for a in wire if len(current(a)) > 1),
                     sum(1 for a in wire if a["foreign"]),
                     sum(1 for a in wire if a["implied"]),
                     sum(1 for a in wire if background(a)),
                     sum(1 for a in wire if a["followup"]),
                     sum(1 for a in wire if a["riot_turn"]),
                     sum(1 for a in wire if a["other"]),
                     ", ".join(sorted(a["mechanism"] for a in wire if a["mechanism"]))))
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
    lines.append("quiet capital datelines: %d; quiet with background incidents: %d" % (
        sum(1 for a in ARTICLES if a["capital"]),
        sum(1 for a in ARTICLES if a["kind"] == "quiet" and background(a))))
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
        print("%d check(s) failed; nothing written" % len(errors), file=sys.stderr)
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

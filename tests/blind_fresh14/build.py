#!/usr/bin/env python3
"""Build blind_fresh14: a fresh, blind evaluation set of 60 synthetic articles, as JSONL.

Standard library only. Every text and its gold are data in this file. The gold of each article
was decided when its text was written, by the conventions of ../../shared/corpus/NOTES.md, and
is frozen (see README.md).

    python3 build.py            # run every check, then write blind_fresh14.jsonl
    python3 build.py --check    # run the checks only
    python3 build.py --notes    # print one judgment line per article (NOTES.md format)
"""
import datetime
import json
import os
import re
import sys

SOURCE = "synthetic, written for this project (blind, fresh 14)"
ORIGIN = ("written from scratch for this project: tests/blind_fresh14/build.py "
          "(fictional or fictionalised events in real places)")
LICENSE = "project's own"
PREFIX = "bf14"
OUTFILE = "blind_fresh14.jsonl"

INCIDENT_TYPES = ("battle", "explosion", "civilian_attack", "protest", "riot")
OTHER_TYPES = ("strategic", "diplomacy")
BLOCKS = (("satp", 18), ("wire", 22), ("quiet", 20))
YEAR = 2026
MONTH_RANGE = (1, 11)       # published January .. November

# --- SATP-style block (bf14-01..18) ---
SATP_WORDS = (60, 160)
SATP_COUNTRIES = ("IN", "PK", "AF", "BD", "NP", "LK", "MM")
MIN_SATP_COUNTRIES = 6      # distinct first countries among the seven
MIN_SATP_QUIET = 5          # no current incident
MIN_SATP_ABDUCTION = 5      # built around an abduction (current civilian_attack)
MIN_SATP_BATTLE = 3         # militants vs security forces (current battle)
MIN_SATP_BLAST = 3          # a device went off (current explosion)
MIN_SATP_PLACEONLY = 3      # place given as village/district only, country never named
MIN_SATP_DEGRADED = 3       # degraded feed line: no punctuation, all lowercase or ALL CAPS
MIN_SATP_MIXED = 3          # a current and a background incident in the same paragraph
# Abduction wordings new in this set: each must carry at least one abduction text ...
ABDUCTION_WORDS = ("herded", "forced into", "captured", "led off", "lured")
# ... and no SATP-style text may use the wordings of blind_fresh13, blind_fresh12 or
# blind_fresh11, and no abduction text may fall back on the plain verbs.
BF13_ABDUCTION_WORDS = ("carried off", "held for ransom", "bundled", "marched away at gunpoint",
                        "spirited away")
BF12_ABDUCTION_WORDS = ("picked up by militants", "held captive", "took away",
                        "went missing after armed men", "snatched")
BF11_ABDUCTION_WORDS = ("abducted", "kidnapped", "whisked away", "forcibly taken",
                        "taken hostage", "dragged away")
OLD_ABDUCTION_WORDS = BF13_ABDUCTION_WORDS + BF12_ABDUCTION_WORDS + BF11_ABDUCTION_WORDS
PLAIN_ABDUCTION_RE = r"\b(abduct\w*|kidnap\w*|hostages?)\b"
# Device words: among the SATP texts with a current explosion, one must name each group ...
BLAST_DEVICES = (("tiffin bomb", "tiffin box bomb"), ("parcel bomb",),
                 ("booby trap", "booby-trapped"))
# ... and none may name a device or mechanism the earlier sets named (blind_fresh12's SATP
# devices, blind_fresh13's SATP devices, and the other devices listed in blind_fresh13's README).
OLD_DEVICES = ("IED", "improvised explosive device", "grenade", "suicide bomber",
               "suicide attacker", "car bomb", "landmine", "land mine", "pressure bomb",
               "mortar", "rocket shell", "sticky bomb", "motorcycle bomb", "suicide vest",
               "pressure cooker", "roadside bomb", "crude bomb", "quadcopter", "drone",
               "air strike", "airstrike", "shelling", "missile")
# Kinds of SATP text without a current incident that the block must cover.
SATP_QUIET_TOPICS = ("surrender", "recovery", "arrest", "verdict", "strike", "release",
                     "statistics")
# Punctuation a degraded (feed-damaged) SATP line must not contain.
DEGRADED_PUNCT = ".,;:()'\"!?-—–’‘“”/"
# Month-and-day inline dates in SATP texts: at most this many days before / after `published`
# (after: a strike called for a coming date).
SATP_DATE_BEFORE, SATP_DATE_AFTER = 60, 30

# --- wire block (bf14-19..40) ---
WIRE_WORDS = (150, 260)
MIN_WIRE_PARAGRAPHS = 3
# Minimum articles per region (the brief asks for a spread over all six; 22 in all).
WIRE_REGIONS = {"latin_america": 3, "africa": 3, "middle_east": 3, "europe": 3, "us": 2,
                "asia": 2}
# Countries each region's current incidents may lie in.
REGION_COUNTRIES = {
    "latin_america": ("MX", "GT", "HN", "SV", "NI", "CR", "PA", "CO", "VE", "EC", "PE", "BO",
                      "BR", "PY", "AR", "CL", "UY", "HT", "DO", "JM"),
    "africa": ("ML", "BF", "NE", "MR", "TD", "SD", "SS", "SO", "ET", "KE", "UG", "NG", "CM",
               "CD", "CF", "MZ", "LY", "TZ"),
    "middle_east": ("IQ", "SY", "LB", "IL", "PS", "JO", "YE", "IR", "SA", "TR"),
    "europe": ("UA", "RU", "GB", "IE", "FR", "DE", "NL", "BE", "ES", "IT", "SE", "RO", "PL",
               "GR", "AT", "CH", "RS", "GE"),
    "us": ("US",),
    "asia": ("IN", "PK", "AF", "BD", "NP", "LK", "MM", "TH", "PH", "ID", "MY"),
}
# Countries that hosted blind_fresh13's current wire incidents: this set's current wire
# incidents lie elsewhere (the brief's US block excepted).
BF13_WIRE_COUNTRIES = ("MX", "CO", "PE", "BR", "ML", "SD", "SS", "NG", "SO", "CD", "IQ", "SY",
                       "LB", "IR", "UA", "RO", "IT", "TH", "PH", "IN")
MIN_LATAM_COUNTRIES = 3
MIN_AFRICA_COUNTRIES = 3
MIN_WIRE_MULTI = 5          # more than one current incident
MIN_WIRE_MULTI_COUNTRY = 1  # ... of them with current incidents in two countries
MIN_WIRE_FOREIGN = 2        # a national of A killed in B (incident in B, A only mentioned)
MIN_WIRE_IMPLIED = 3        # incident country only implied by places
MIN_WIRE_BACKGROUND = 4     # also recalls an older incident
MIN_WIRE_FOLLOWUP = 3       # updated-toll story ("the death toll rose to ...")
MIN_WIRE_RIOT_TURN = 2      # a protest that turns into a riot
MIN_WIRE_OTHER = 4          # diplomacy or strategic events besides the incidents
MIN_WIRE_BREAKDOWN = 3      # a toll broken down across groups (soldiers, attackers, passers-by)
MIN_WIRE_BOTHSIDES = 2      # ... of them with both sides' dead reported
MIN_WIRE_DATELINE_FORM = 2  # each dateline form (see dateline_form) at least this often
FOLLOWUP_RE = r"\b(rose|rises|risen|has risen|climbed|revised(?: up(?:ward)?| down(?:ward)?)?) to\b"
RIOT_TURN_RE = r"\bturn(ed|s)? (violent|into a riot)\b"
# Mechanisms of the wire block's current explosions: every such article names one, and no
# two articles share one.
WIRE_MECHANISMS = {"air strike": r"\bair ?strikes?\b", "shelling": r"\bshell(ing|ed|s)\b",
                   "drone": r"\bdrones?\b", "car bomb": r"\bcar bomb(ing|er)?s?\b",
                   "timer bomb": r"\b(timer|timed bomb)\b", "paraglider": r"\bparagliders?\b"}
MIN_WIRE_MECHANISMS = 5
NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                "fourteen fifteen sixteen seventeen eighteen nineteen twenty").split()

# --- quiet block (bf14-41..60) ---
QUIET_WORDS = (120, 300)
QUIET_TOPICS = ("memorial", "trial", "policy", "film", "book", "game", "exercise", "hoax",
                "defused", "planned protest", "raid", "sport", "business", "election",
                "diplomacy", "weather", "accident", "report", "cyber", "strike call")
# World capitals a quiet story may be datelined in while it is about violence elsewhere.
CAPITAL_COUNTRY = {"PARIS": "FR", "HAVANA": "CU", "LONDON": "GB", "BERLIN": "DE", "ROME": "IT",
                   "MADRID": "ES", "VIENNA": "AT", "OTTAWA": "CA", "CANBERRA": "AU",
                   "TOKYO": "JP"}
CAPITAL_DATELINES = tuple(CAPITAL_COUNTRY)
MIN_QUIET_CAPITAL = 2
MIN_QUIET_BACKGROUND = 4    # quiet articles that recall a past incident
# Figurative violence vocabulary the quiet block must use somewhere (the brief's ten words
# and the phrases this set is built around).
QUIET_PHRASES = ("attack", "battle", "fire", "clash", "storm", "bomb", "blast", "shot", "strike",
                 "war", "war of words", "traded fire", "bombshell", "shot across the bow",
                 "storm of applause", "attack ad", "price war", "opening shot", "war room")

# Names (as words) that would state a country outright: an `implied` / `placeonly` article must
# use none of the names of its incident countries (or, for SATP texts, of its only country).
COUNTRY_NAMES = {
    "ET": ("Ethiopia", "Ethiopian", "Ethiopians", "Addis Ababa", "Addis"),
    "DE": ("Germany", "German", "Germans", "Berlin", "Deutschland"),
    "BD": ("Bangladesh", "Bangladeshi", "Bangladeshis", "Dhaka"),
    "AF": ("Afghanistan", "Afghan", "Afghans"),
    "MM": ("Myanmar", "Burma", "Burmese"),
    "NP": ("Nepal", "Nepali", "Nepalis", "Nepalese"),
}
# First-level names (provinces, states/regions, their capitals and the national capital) a
# `placeonly` SATP text must not use either.
FIRST_LEVEL = {
    "AF": ("Badakhshan", "Badghis", "Baghlan", "Balkh", "Bamyan", "Daykundi", "Farah", "Faryab",
           "Ghazni", "Ghor", "Helmand", "Herat", "Jowzjan", "Jawzjan", "Kabul", "Kandahar",
           "Kapisa", "Khost", "Kunar", "Kunduz", "Laghman", "Logar", "Nangarhar", "Nimroz",
           "Nuristan", "Paktia", "Paktika", "Panjshir", "Parwan", "Samangan", "Sar-e Pul",
           "Takhar", "Uruzgan", "Wardak", "Zabul", "Fayzabad", "Faizabad", "Qala-i-Naw",
           "Pul-e Khumri", "Puli Khumri", "Mazar-i-Sharif", "Mazar", "Nili", "Maymana",
           "Chaghcharan", "Lashkar Gah", "Sheberghan", "Mahmud-i-Raqi", "Asadabad", "Mihtarlam",
           "Pul-i-Alam", "Jalalabad", "Zaranj", "Parun", "Gardez", "Sharana", "Bazarak",
           "Charikar", "Aybak", "Taloqan", "Tarinkot", "Maidan Shar", "Qalat"),
    "MM": ("Kachin", "Kayah", "Karenni", "Kayin", "Karen", "Chin", "Mon", "Rakhine", "Arakan",
           "Shan", "Sagaing", "Tanintharyi", "Bago", "Magway", "Mandalay", "Yangon", "Rangoon",
           "Ayeyarwady", "Irrawaddy", "Naypyitaw", "Nay Pyi Taw", "Naypyidaw", "Myitkyina",
           "Loikaw", "Hpa-an", "Hakha", "Mawlamyine", "Sittwe", "Taunggyi", "Monywa", "Dawei",
           "Pathein"),
    "NP": ("Koshi", "Madhesh", "Bagmati", "Gandaki", "Lumbini", "Karnali", "Sudurpashchim",
           "Biratnagar", "Janakpur", "Janakpurdham", "Hetauda", "Pokhara", "Butwal", "Deukhuri",
           "Birendranagar", "Godawari", "Dhangadhi", "Kathmandu"),
}
# Places, datelines and metonyms named in blind_fresh13's README (its per-article table, its
# traps and its doubts): none may be reused here.
BF13_NAMES = (
    "Tumudibandh", "Raunti", "Ghani Khel", "Babuchhara", "Kyaukhtu", "Kohag", "Machedi", "Parom",
    "Paryan", "Yebu", "Kodliyar", "Jani Khel", "Jacobabad", "Sozma Qala", "Tlapehuala",
    "San Miguel Totolapan", "El Plateado", "Chalhuahuacho", "Cusco", "Terra Firme", "Intahaka",
    "Karari", "Pageri", "Buni Gari", "Baidoa", "Kitshanga", "Sulaymaniyah", "Manbij", "Brital",
    "Khash", "Taftan", "Kryvyi Rih", "Kupiansk", "Piața Victoriei", "Cluj-Napoca", "Scampia",
    "Secondigliano", "Boyle Park", "East Sprague Avenue", "Spokane", "Rueso", "Las Navas",
    "Lassipora", "Argana", "Kibiti", "Port El Kantaoui", "Bardo", "Omagh", "Adré", "Chiure",
    "Ghotki", "Sadiqabad", "Mullaitivu", "Kokkuthoduvai", "Chapainawabganj", "Shibganj",
    "Kandhamal", "Nangarhar", "Khagrachari", "Magway", "Kathua", "Balochistan", "Panjshir",
    "Mon State", "Narayanpur", "Bannu", "Telangana", "Sukkur", "Sar-e Pul", "Yobe", "Damaturu",
    "Bekaa", "Baalbek", "Little Rock", "Marrakesh", "Cairo", "Omdurman", "Beirut", "Dubai",
    "Addis Ababa", "Washington", "Seoul", "Billawar", "Bucharest", "Sousse", "Tunis", "Tan-Tan",
    "Zagreb", "Osh", "Seville", "Ulaanbaatar", "Margara", "Locarno", "Bihać", "Lisbon",
    "Guerrero", "Cauca", "Belém", "Narathiwat", "Northern Samar", "Pulwama", "Kashmir", "Naples",
    "Popayán", "Oslo", "Tour de Suisse",
)
# Places blind_fresh13 carried from blind_fresh12's README: not reused either.
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
# Places and people of blind_fresh11 (as blind_fresh12 and blind_fresh13 carried them).
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


def P(*paras):
    """A wire/quiet body: paragraphs separated by a blank line."""
    return "\n\n".join(p.strip() for p in paras)


def art(kind, published, title, body, countries, incidents, other, persons, orgs, note,
        when=None, coming=(), abduction=False, placeonly=False, degraded=False, mixed=False,
        region=None, implied=False, followup=False, riot_turn=False, foreign=None,
        mechanism=None, breakdown=(), topic=None, capital=False):
    """Register one article.

    incidents: list of (type, country, location or None, fatalities or None, background).
    when: {weekday word used in the text: the ISO date it stands for}.
    coming: weekday words of `when` that name a coming day (a planned march, a strike, a
        vote); all others must lie on or before `published`.
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
    breakdown: ((location, (part, part, ...), both_sides), ...): a current incident whose toll
        the text gives group by group; the parts must add up to its fatalities, and both_sides
        marks a toll that counts the dead of both sides of a fight.
    topic: for quiet articles one of QUIET_TOPICS; for SATP texts without a current incident
        one of SATP_QUIET_TOPICS.
    capital: quiet article datelined in a world capital about violence elsewhere.
    """
    ARTICLES.append(dict(kind=kind, published=published, title=title, body=body.strip(),
                         countries=countries, incidents=incidents, other=other,
                         persons=persons, orgs=orgs, note=note, when=when or {},
                         coming=tuple(coming), abduction=abduction, placeonly=placeonly,
                         degraded=degraded, mixed=mixed, region=region, implied=implied,
                         followup=followup, riot_turn=riot_turn, foreign=foreign,
                         mechanism=mechanism, breakdown=tuple(breakdown), topic=topic,
                         capital=capital))

# =====================================================================================
# bf14-01..18  SATP-style digests: no title, one paragraph, 60-160 words, dated inline.
# =====================================================================================

art("satp", "2026-03-18", None,
    "Suspected cadres of the Communist Party of India-Maoist (CPI-Maoist) herded three workers "
    "of a road construction firm into the forest from a work site near Saraidih village in the "
    "Mahuadanr block of Latehar district on March 16, police said. The armed squad, about 15 "
    "strong, set fire to a road roller and two tractors before leaving with the men. A "
    "handwritten note left at the site accused the contractor of ignoring a levy demand. "
    "Latehar Superintendent of Police Arvind Toppo said teams of the Jharkhand Jaguar and the "
    "Central Reserve Police Force (CRPF) had been sent into the forests of the Netarhat plateau "
    "and that the families had not yet received any call. The three were identified as Sanjay "
    "Oraon, Bishun Lohra and Ramesh Bhuiyan, all from nearby villages.",
    ["IN"], [("civilian_attack", "IN", "Saraidih", None, False)], [],
    ["Arvind Toppo", "Sanjay Oraon", "Bishun Lohra", "Ramesh Bhuiyan"],
    ["CPI-Maoist", "Jharkhand Jaguar", "Central Reserve Police Force"],
    "Maoists leading three road workers into the forest two days before publication, still "
    "held: current civilian_attack, no deaths -> null; the burning of the roller and tractors is "
    "folded into the same incident. IN only through Jharkhand/Latehar (the party name does not "
    "count).",
    abduction=True)

art("satp", "2026-05-09", None,
    "Two polio vaccinators were forced into a car by unidentified gunmen near Gara Ismail "
    "village in Kulachi tehsil of Dera Ismail Khan district on May 7 and driven off towards the "
    "Sheikh Badin hills, officials said. The health workers, Rahimullah Gandapur and Zubair Khan, were "
    "returning on a motorcycle from a vaccination round when four armed men stopped them. "
    "District Health Officer Dr Sajida Parveen said the anti-polio campaign in Kulachi had been "
    "suspended for three days and the teams recalled. Police said no group had claimed "
    "responsibility, though vaccination teams in the area have received repeated threats from "
    "militants of the Tehreek-e-Taliban Pakistan (TTP). A search of the hills by police and the "
    "Frontier Constabulary had found no trace of the two men by the evening of May 8.",
    ["PK"], [("civilian_attack", "PK", "Gara Ismail", None, False)], [],
    ["Rahimullah Gandapur", "Zubair Khan", "Sajida Parveen"],
    ["Tehreek-e-Taliban Pakistan", "Frontier Constabulary"],
    "Vaccinators forced into a car and driven off = abduction, current, null. PK through Dera "
    "Ismail Khan (Pakistan itself occurs only inside the TTP's name). Suspending the campaign is "
    "an administrative step, not strategic.",
    abduction=True)

art("satp", "2026-06-22", None,
    "Armed men captured two engineers of a private gold mining company and their driver on the "
    "road to the mines of Raghistan district in Badakhshan province on June 20, local sources "
    "said. The three, employees of a Herat-based firm that won a mining contract in the "
    "district last year, were stopped at a makeshift roadblock near the Kokcha river and led "
    "into the mountains on foot. The provincial spokesman of the Taliban administration, "
    "Mawlawi Zabihullah Atiq, said security forces had launched a search and blamed illegal "
    "miners who oppose the contract. Relatives said a caller had demanded money for the men's "
    "release on June 21. Disputes over mining rights in the district have turned violent "
    "several times since the contracts were awarded.",
    ["AF"], [("civilian_attack", "AF", "Raghistan", None, False)], [],
    ["Zabihullah Atiq"], ["Taliban"],
    "Engineers and driver seized at a roadblock and led into the mountains, ransom asked: "
    "current civilian_attack, null. Placed at the district (Raghistan); the Kokcha river is a "
    "landmark. 'Disputes ... have turned violent several times' is general, not an incident.",
    abduction=True)

art("satp", "2026-09-04", None,
    "A gang of pirates led off seven fishermen from two boats in the Sundarbans near the "
    "Kalagachhia forest camp under Shyamnagar upazila of Satkhira district on September 2 and "
    "demanded BDT 50,000 for the release of each, forest officials said. The gang, known "
    "locally as Majnu Bahini, struck at night while the fishermen were sorting crabs on the "
    "bank of the Malancha river. Teams of the Coast Guard and the Rapid Action Battalion (RAB) "
    "began a joint drive through the forest channels the next morning. On July 19, members of "
    "the same gang shot dead a honey collector, Abul Hossain, near Kalagachhia after he refused "
    "to pay the fee the pirates demand for entering the forest. The Forest Department has "
    "suspended fishing permits for the area.",
    ["BD"], [("civilian_attack", "BD", "Kalagachhia", None, False),
             ("civilian_attack", "BD", "Kalagachhia", 1, True)], [],
    ["Abul Hossain"], ["Majnu Bahini", "Coast Guard", "Rapid Action Battalion", "Forest Department"],
    "Pirates leading off seven fishermen for ransom two days earlier = current civilian_attack, "
    "null. The July 19 shooting of a honey collector (47 days earlier) = background "
    "civilian_attack, 1. The joint search drive and the permit suspension are not coded.",
    abduction=True, mixed=True)

art("satp", "2026-02-11", None,
    "PYU SAW HTEE MILITIAMEN LURED A SCHOOLTEACHER AND HIS YOUNGER BROTHER OUT OF THEIR HOUSE IN "
    "THAYET TAW VILLAGE OF KYONPYAW TOWNSHIP IN AYEYARWADY REGION ON FEBRUARY 8 BY TELLING THEM "
    "A RELATIVE HAD BEEN HURT ON THE ROAD AND THEN DROVE THEM TO THE MILITIA CAMP NEAR THE "
    "TOWNSHIP MARKET LOCAL RESIDENTS SAID THE TWO MEN U KYAW ZIN OO AND MAUNG THET PAING HAD "
    "JOINED THE CIVIL DISOBEDIENCE MOVEMENT IN 2021 FAMILY MEMBERS WHO WENT TO THE CAMP ON "
    "FEBRUARY 10 WERE TOLD THE BROTHERS WERE BEING QUESTIONED AND WERE SENT AWAY NO CHARGES "
    "HAVE BEEN ANNOUNCED AND THE MILITARY COUNCIL HAS NOT COMMENTED",
    ["MM"], [("civilian_attack", "MM", "THAYET TAW", None, False)], [],
    ["U KYAW ZIN OO", "MAUNG THET PAING"], ["PYU SAW HTEE", "CIVIL DISOBEDIENCE MOVEMENT"],
    "ALL-CAPS degraded line. A pro-military militia luring two civilians out and holding them "
    "at its camp = abduction (civilian_attack), current, null; not an arrest by the state "
    "(no charge, militia not police). MM through Ayeyarwady Region.",
    abduction=True, degraded=True)

art("satp", "2026-08-11", None,
    "Three cadres of the CPI-Maoist, including a woman, were killed in an encounter with the "
    "Special Operation Group (SOG) of the Odisha Police in the forest near Sagada village under "
    "Thuamul Rampur police limits in Kalahandi district on August 9. Police said the SOG team "
    "came under fire while combing the hills on a tip-off and returned fire, and that the "
    "exchange lasted about 40 minutes. An INSAS rifle, a country-made pistol and camp material "
    "were recovered from the spot. Inspector General of Police Pradeep Kumar Sahu said the "
    "squad was the one that had shot dead a village guard, Dambaru Majhi, at Kendumundi village "
    "in the same area on June 24 after accusing him of being a police informer.",
    ["IN"], [("battle", "IN", "Sagada", 3, False),
             ("civilian_attack", "IN", "Kendumundi", 1, True)], [],
    ["Pradeep Kumar Sahu", "Dambaru Majhi"], ["CPI-Maoist", "Special Operation Group", "Odisha Police"],
    "Encounter = battle, 3 Maoists. The June 24 killing of a village guard (46 days earlier) = "
    "background civilian_attack, 1. Weapons recovered in the operation are not a separate "
    "strategic event.",
    mixed=True)

art("satp", "2026-10-02", None,
    "Militants attacked a Frontier Corps (FC) post at Sararogha in South Waziristan district in "
    "the early hours of September 30, setting off a gunfight that lasted nearly two hours, "
    "officials said. Two FC soldiers, Naik Shahid Mehmood and Sepoy Ihsanullah, and five of the "
    "attackers were killed, and three soldiers were injured. The Inter-Services Public "
    "Relations (ISPR) said the militants had tried to breach the post from two sides under "
    "cover of darkness and that the bodies of the five were recovered after the fighting. A "
    "clearance operation was continuing in the surrounding hills on October 1. The "
    "Tehreek-e-Taliban Pakistan (TTP) claimed the attack in a statement sent to journalists.",
    ["PK"], [("battle", "PK", "Sararogha", 7, False)], [],
    ["Shahid Mehmood", "Ihsanullah"],
    ["Frontier Corps", "Inter-Services Public Relations", "Tehreek-e-Taliban Pakistan"],
    "Assault on an FC post with a two-hour gunfight = battle; 2 soldiers + 5 attackers = 7 "
    "(perpetrators included). PK through South Waziristan. The ongoing clearance operation is "
    "not coded.",
    breakdown=(("Sararogha", (2, 5), True),))

art("satp", "2026-04-29", None,
    "Fighters of the National Resistance Front (NRF) ambushed a Taliban patrol on the road "
    "between Tagab and Alasay on April 27, the group said in a statement, claiming that six "
    "Taliban fighters were killed. Taliban officials in Tagab confirmed that the patrol had "
    "been attacked near the village of Shah Khel but said that two of their men had died and "
    "that one attacker was killed when reinforcements arrived. Residents said shops in the "
    "Tagab bazaar stayed shut on April 28 and that Taliban fighters had detained at least nine "
    "young men during house searches in nearby villages. The NRF, which is led from abroad, "
    "has claimed several attacks in the area this year.",
    ["AF"], [("battle", "AF", "Shah Khel", 3, False)], ["strategic"],
    [], ["National Resistance Front", "NRF", "Taliban"],
    "Place-only: no country, province or capital named (Tagab, Alasay, Shah Khel). Ambush on a "
    "patrol = battle. Fatalities: the attacked side's figure, 2 Taliban + 1 attacker = 3, "
    "rather than the NRF's claim of 6 (non-perpetrator estimate preferred, b002). Detentions in "
    "house searches = strategic.",
    placeonly=True)

art("satp", "2026-07-15", None,
    "A COBRA COMMANDO OF THE CRPF WAS KILLED AND TWO OTHERS WERE INJURED WHEN A TIFFIN BOMB "
    "PLANTED BY CPI MAOIST CADRES WENT OFF ON A FOREST TRACK NEAR LANGURAHI VILLAGE UNDER "
    "IMAMGANJ POLICE STATION IN GAYA DISTRICT OF BIHAR ON JULY 13 POLICE SAID THE TEAM OF THE "
    "205 COBRA BATTALION WAS RETURNING FROM AN AREA DOMINATION EXERCISE WHEN THE DEVICE HIDDEN "
    "UNDER DRY LEAVES EXPLODED THE DEAD JAWAN WAS IDENTIFIED AS CONSTABLE RAJESH KUMAR YADAV OF "
    "BALLIA IN UTTAR PRADESH AND THE INJURED WERE FLOWN TO PATNA FOR TREATMENT SEARCH "
    "OPERATIONS HAVE BEEN STEPPED UP ALONG THE BORDER WITH CHATRA DISTRICT OF JHARKHAND",
    ["IN"], [("explosion", "IN", "LANGURAHI", 1, False)], [],
    ["RAJESH KUMAR YADAV"], ["CRPF", "COBRA", "CPI MAOIST"],
    "ALL-CAPS degraded line. Tiffin bomb that went off under a patrol = explosion, 1. Stepped-up "
    "search operations are routine, not coded.",
    degraded=True)

art("satp", "2026-11-06", None,
    "A parcel bomb exploded inside a mobile phone shop in the main bazaar of Tangi in Charsadda "
    "district on November 4, killing the shopkeeper, Fazal Rabbani, and a customer, police "
    "said. According to the police, a young man had left the package on the counter saying he "
    "would come back for it within the hour. The bomb disposal squad said about two kilograms "
    "of explosives had been packed with nails and ball bearings. On September 28, a similar "
    "parcel left at a cloth shop in the same bazaar went off and injured four people. No group "
    "has claimed either blast, but traders in Tangi said several shopkeepers had received "
    "extortion letters in recent months and that the market association had asked for police "
    "pickets at its gates.",
    ["PK"], [("explosion", "PK", "Tangi", 2, False), ("explosion", "PK", "Tangi", None, True)], [],
    ["Fazal Rabbani"], [],
    "Parcel bomb = explosion, 2 (shopkeeper + customer). The September 28 parcel (37 days "
    "earlier, injuries only) = background explosion, null. PK through Charsadda.",
    mixed=True)

art("satp", "2026-01-27", None,
    "Two soldiers were killed and four wounded when their column set off a booby trap on a "
    "footpath near Nyaung Pin Thar village in Htantabin township on January 25, a local "
    "People's Defence Force (PDF) unit said. The PDF said its members had laid the charge after "
    "the same column burned about 30 houses in the neighbouring village of Kyauk Taing in the "
    "first week of January. Residents said the troops fired into the surrounding paddy fields "
    "after the blast and that more than 200 villagers had fled to a monastery near the "
    "township town. The military council did not comment on the incident.",
    ["MM"], [("explosion", "MM", "Nyaung Pin Thar", 2, False),
             ("civilian_attack", "MM", "Kyauk Taing", None, True)], [],
    [], ["People's Defence Force", "PDF"],
    "Place-only: township and villages only (no region, state, capital or country name). "
    "Booby trap that killed two soldiers = explosion, 2. The burning of about 30 houses by the "
    "same column three weeks earlier = background civilian_attack (arson against a village), "
    "null. Shots fired into the fields hit nobody: not an incident.",
    placeonly=True, mixed=True)

art("satp", "2026-10-08", None,
    "A splinter Maoist outfit has called a general strike in Bardiya and Banke districts for "
    "October 12 to protest against the arrest of two of its district leaders in Gulariya on "
    "October 5, and has warned transport operators to keep their vehicles off the roads. "
    "Pamphlets signed by the outfit's western command were found pasted on walls in Gulariya "
    "and Kohalpur on October 7. Chief District Officer Bishnu Prasad Dhakal said security would "
    "be stepped up along the East-West Highway on the day and that anyone found enforcing the "
    "strike by force would be arrested. Traders' associations in Nepalgunj said they would keep "
    "their shops open.",
    ["NP"], [], ["strategic"],
    ["Bishnu Prasad Dhakal"], [],
    "Place-only: districts and towns only (Bardiya, Banke, Gulariya, Kohalpur, Nepalgunj); no "
    "province, capital or country name. A strike call is not an incident. Security stepped up "
    "for the strike day = strategic (security alert); the October 5 arrests are context.",
    placeonly=True, topic="strike")

art("satp", "2026-03-06", None,
    "The Batticaloa High Court on March 4 sentenced two former members of a paramilitary group "
    "to life imprisonment for the 2006 killing of a school principal, Selvarajah Thambirajah, "
    "in Eravur. The judge said the prosecution had proved that the two men shot the principal "
    "at the gate of his house after he refused to release senior students for the group's "
    "training camps. A third accused was acquitted for lack of evidence. Members of the "
    "victim's family told reporters outside the court complex that they had waited almost 20 "
    "years for the ruling. The Attorney General's Department said it would study the judgment "
    "before deciding whether to appeal against the acquittal.",
    ["LK"], [("civilian_attack", "LK", "Eravur", 1, True)], ["strategic"],
    ["Selvarajah Thambirajah"], ["Batticaloa High Court", "Attorney General's Department"],
    "Court verdict = strategic (as court cases in b025). The 2006 shooting of a principal = "
    "background civilian_attack, 1. LK through Batticaloa/Eravur only.",
    topic="verdict")

art("satp", "2026-05-21", None,
    "the rapid action battalion rab 15 recovered four foreign made pistols two locally made "
    "shotguns and 112 rounds of ammunition from a hilltop hideout in hoanak union of "
    "maheshkhali upazila in coxs bazar on may 19 officials said members of an armed robber "
    "gang fled before the raid and no one was arrested rab said the weapons were being used by "
    "gangs that control salt fields and the betel leaf trade on the island lieutenant colonel "
    "tanvir ahmed said a case had been filed under the arms act and that the drive would "
    "continue along the coast",
    ["BD"], [], ["strategic"],
    ["tanvir ahmed"], ["rapid action battalion"],
    "All-lowercase degraded line. Arms recovery from an abandoned hideout, nobody there, no "
    "shots = no incident; seizure = strategic. BD through Maheshkhali/Cox's Bazar (written "
    "'coxs bazar').",
    degraded=True, topic="recovery")

art("satp", "2026-02-18", None,
    "Eleven cadres of the CPI-Maoist, among them four women, surrendered before senior police "
    "and CRPF officers in Dantewada on February 16 under the district's Lon Varratu (return "
    "home) campaign. Two of them, area committee members Budhram Oyam and Sukki Madkam, "
    "carried rewards totalling Rs 8 lakh on their heads, Superintendent of Police Vivek Kunjam "
    "said. The group handed over a .303 rifle, two muzzle-loading guns and a quantity of "
    "detonators. Each was given Rs 50,000 as immediate assistance under the state's "
    "rehabilitation policy. The surrendered cadres told reporters that they had grown tired of "
    "life in the forest and of continuous operations in the areas bordering Bijapur.",
    ["IN"], [], ["strategic"],
    ["Budhram Oyam", "Sukki Madkam", "Vivek Kunjam"], ["CPI-Maoist", "CRPF"],
    "Surrender with weapons handed over = strategic (as bf12/bf13); no incident. IN through "
    "Dantewada.",
    topic="surrender")

art("satp", "2026-10-16", None,
    "Levies personnel recovered four employees of a telecom company from a hideout in the "
    "Kharan hills on October 14, nearly three weeks after armed men stopped their vehicle on "
    "the Kharan-Washuk road on September 25 and drove off with them, officials said. Deputy "
    "Commissioner Ghulam Sarwar Notezai said the four, including two engineers from Punjab, "
    "were unharmed and had been handed over to their families. He did not say whether a "
    "ransom had been paid. Two suspects were arrested from a nearby settlement. The company "
    "had suspended work on its mobile towers in the district after the incident.",
    ["PK"], [("civilian_attack", "PK", "Kharan", 0, True)], ["strategic"],
    ["Ghulam Sarwar Notezai"], ["Levies"],
    "Release of four telecom employees seized three weeks earlier. The September 25 seizure = "
    "background civilian_attack, 0 (the text says all four are unharmed), placed at Kharan "
    "(the road's named end and the hills). Two arrests = strategic. PK through Kharan/Punjab "
    "and the Levies.",
    topic="release")

art("satp", "2026-07-30", None,
    "The Taliban's General Directorate of Intelligence (GDI) said on July 28 that its forces "
    "had arrested three members of the Islamic State Khorasan Province (ISKP) in a night raid "
    "in Guzara district of Herat province and seized a pistol, two explosive vests and a "
    "quantity of explosives. A statement said the men had planned attacks on Shia mosques in "
    "Herat city during the Muharram processions. One of the detainees was described as a Tajik "
    "national who had entered the country illegally. Residents of the area said the raid took "
    "place without an exchange of fire. Taliban officials have reported several such arrests in "
    "the western province this year.",
    ["AF", "TJ"], [], ["strategic"],
    [], ["Taliban", "General Directorate of Intelligence", "Islamic State Khorasan Province"],
    "Arrests and seizure in a raid without fighting = strategic, no incident; planned attacks "
    "are not incidents. TJ through 'a Tajik national' (demonym).",
    topic="arrest")

art("satp", "2026-09-15", None,
    "A Thailand-based monitoring group, the Salween Data Project, said on September 13 that at "
    "least 1,214 civilians had been killed in Myanmar between January and August, 61 per cent "
    "of them in air raids and artillery fire by the military. The group counted 388 air raids "
    "in the eight months, most of them in Bago Region and Chin State, and 46 attacks with bombs "
    "dropped from motorised paragliders, which killed 97 people. It said the figures were "
    "compiled from local media reports, resistance groups and village administrators and could "
    "not all be independently verified. The military council has dismissed earlier counts by "
    "the group as propaganda.",
    ["MM", "TH"], [], [],
    [], ["Salween Data Project"],
    "Statistics summary: aggregates only (1,214 civilians, 388 air raids, 46 paraglider "
    "attacks), no incident listed. TH through 'Thailand-based' (the group's seat).",
    topic="statistics")

# =====================================================================================
# bf14-19..40  wire reports: title, 150-260 words, several paragraphs, a current incident.
# =====================================================================================

art("wire", "2026-03-23",
    "Gunmen kill five workers at shrimp farm near Ecuador's Naranjal; soldiers kill two suspects in Balao",
    P("NARANJAL, Ecuador (AP) — Gunmen in two pickup trucks burst into a shrimp farm on the "
      "outskirts of Naranjal before dawn on Sunday and shot dead five workers who were sleeping "
      "in a bunkhouse, police said.",
      "The attackers were looking for the farm's security chief, who had refused to pay a "
      "monthly 'vacuna', or extortion fee, to a local gang, said Colonel Marlon Vera, the police "
      "commander for the area. The security chief was not at the farm. A sixth worker hid under "
      "a bed and survived.",
      "Hours later, soldiers patrolling a mangrove road near the neighbouring town of Balao came "
      "under fire from a pickup matching the description of one of the vehicles. Two suspects "
      "were killed in the exchange and a third was arrested, the armed forces said in a "
      "statement. No soldiers were hurt.",
      "The government extended a state of emergency in Guayas and El Oro provinces by 60 days, "
      "and the Interior Ministry said 400 more troops would be sent to the shrimp-farming coast, "
      "where gangs linked to Los Lobos have been fighting for control of extortion rackets and "
      "drug shipment routes."),
    ["EC"], [("civilian_attack", "EC", "Naranjal", 5, False), ("battle", "EC", "Balao", 2, False)],
    ["strategic"], ["Marlon Vera"], ["Los Lobos", "Interior Ministry"],
    "Shooting of sleeping workers = civilian_attack, 5. Soldiers fired on by the suspects' "
    "pickup, two suspects killed = battle, 2 (armed gang vs army). State of emergency, troops "
    "and the arrest = strategic.",
    when=past("2026-03-23", "Sunday"), region="latin_america")

art("wire", "2026-05-14",
    "Toll from gang raid on Haiti's Petit-Goâve rises to 18 as bodies found in burned homes",
    P("PETIT-GOÂVE, Haiti (Reuters) — The death toll from a gang raid on the coastal town of "
      "Petit-Goâve has risen to 18, civil protection officials said on Thursday, after rescue "
      "workers recovered six more bodies from burned houses in the town's upper districts. "
      "Officials had counted 12 dead on Tuesday.",
      "Gunmen belonging to a coalition of gangs from the Ouest department stormed the town at "
      "dawn on Monday, setting fire to at least 40 homes and a health centre and shooting "
      "residents who tried to flee towards the sea, according to civil protection coordinator "
      "Jean-Robert Delva. Police and members of a local self-defence brigade pushed the gunmen "
      "back by the afternoon.",
      "The raid came two months after gangs attacked the neighbouring town of Grand-Goâve in "
      "March, killing nine people. Residents say the gangs want control of the national road "
      "linking Port-au-Prince with the southern peninsula, where they extort lorry drivers.",
      "More than 3,000 people have fled Petit-Goâve since Monday, most of them to Miragoâne, the "
      "International Organization for Migration (IOM) said. The Kenyan-led security mission "
      "said it had no personnel in the area."),
    ["HT", "KE"], [("civilian_attack", "HT", "Petit-Goâve", 18, False),
                   ("civilian_attack", "HT", "Grand-Goâve", 9, True)],
    [], ["Jean-Robert Delva"], ["International Organization for Migration", "IOM"],
    "Follow-up: the Monday raid (three days earlier) is the story's subject -> current, latest "
    "toll 18 (not the earlier 12). Gang raid burning homes and shooting fleeing residents = "
    "civilian_attack; the police/brigade pushing the gunmen back is folded in (no separate toll). "
    "March attack on Grand-Goâve = background civilian_attack, 9. KE through the 'Kenyan-led' "
    "mission (demonym, state actor).",
    when=past("2026-05-14", "Thursday", "Tuesday", "Monday"), region="latin_america",
    followup=True)

art("wire", "2026-06-30",
    "Protest over new highway toll turns violent in Guatemala's Escuintla; one killed as police post burns",
    P("A protest by lorry drivers and residents against a new toll on the highway to the "
      "Pacific port of Puerto Quetzal turned violent on Monday in Escuintla, where "
      "demonstrators set fire to a police post and a toll booth and one man was killed, "
      "authorities said.",
      "The protest began peacefully in the morning with a blockade of the toll plaza on the "
      "southern edge of the city. By mid-afternoon, after riot police tried to clear the road "
      "with tear gas, groups of young men threw stones and petrol bombs and torched the post, "
      "according to the National Civil Police (PNC). A 34-year-old lorry driver, Edgar Chacón, "
      "died of a head wound; the PNC said the cause was under investigation, while protest "
      "leaders blamed a tear-gas canister fired at close range.",
      "Eleven officers and at least 20 protesters were injured, and prosecutors said 14 people "
      "had been detained.",
      "The Communications Ministry said late on Monday that the toll would be suspended for 30 "
      "days while it negotiated with transport unions. Drivers' leader Walter Pineda said the "
      "blockades would be lifted but that the unions would return 'in greater numbers' if the "
      "toll came back."),
    ["GT"], [("riot", "GT", "Escuintla", 1, False)], ["strategic"],
    ["Edgar Chacón", "Walter Pineda"], ["National Civil Police", "PNC", "Communications Ministry"],
    "Blockade that turned into stone and petrol-bomb throwing and arson = one riot (the "
    "peaceful morning is not a separate protest entry); the driver's death is inside the riot "
    "whatever its cause, 1. Detentions = strategic; talks with unions are domestic, not "
    "diplomacy.",
    when=past("2026-06-30", "Monday"), region="latin_america", riot_turn=True)

art("wire", "2026-08-19",
    "Four Venezuelan soldiers and seven gunmen killed in clash near Machiques",
    P("MARACAIBO, Aug 18 (Reuters) — Four Venezuelan soldiers and seven members of an armed "
      "group were killed on Monday in a gunfight in the Perijá mountains near the town of "
      "Machiques, in the western state of Zulia, the defence ministry said on Tuesday.",
      "A patrol of the Bolivarian National Armed Forces (FANB) came under fire while destroying "
      "a cocaine laboratory close to the Colombian border, the ministry said in a statement. It "
      "described the attackers as members of a 'Colombian irregular armed group', a term the "
      "government has used both for former FARC dissidents and for the ELN guerrillas. Three "
      "wounded soldiers were flown by helicopter to a military hospital in Maracaibo.",
      "General Alirio Chirinos, the regional commander, told state television that 300 more "
      "troops had been sent into the mountains and that nine people had been detained on "
      "nearby farms. He said rifles, explosives and two tonnes of coca paste had been seized.",
      "Colombia's foreign ministry said it had not been told of the clash and offered to share "
      "intelligence on armed groups operating along the border."),
    ["VE", "CO"], [("battle", "VE", "Machiques", 11, False)], ["strategic", "diplomacy"],
    ["Alirio Chirinos"], ["Bolivarian National Armed Forces", "FANB", "FARC", "ELN"],
    "Patrol fired on by an armed group = battle; 4 soldiers + 7 attackers = 11 (both sides, "
    "one source). Placed at Machiques (the named town; Perijá is the range). Troops sent, "
    "detentions, seizures = strategic; Colombia's offer to share intelligence = diplomacy. CO "
    "through the border, the demonym and its ministry; nothing happens in CO.",
    when=past("2026-08-19", "Monday", "Tuesday"), region="latin_america",
    breakdown=(("Machiques", (4, 7), True),))

art("wire", "2026-02-26",
    "Students' protest over unpaid grants turns violent in Chad's Moundou; two dead",
    P("MOUNDOU, Chad — Two people were killed on Wednesday when a protest by university "
      "students over months of unpaid grants turned violent in Moundou, the country's second "
      "city, local officials said.",
      "Several hundred students marched from the University of Moundou towards the governor's "
      "office in the morning. When gendarmes blocked the main road, some of the protesters "
      "threw stones and set fire to a gendarmerie pick-up and to the office of the regional "
      "education delegation. A student died of a gunshot wound and a gendarme was killed by a "
      "stone, the governor of Logone Occidental province, Abakar Mahamat Saleh, said on local "
      "radio.",
      "The government spokesman in N'Djamena announced a dusk-to-dawn curfew in Moundou and "
      "said the arrears would be paid 'within two weeks'. The national students' union said 23 "
      "of its members had been arrested and called on students in other cities to stay calm.",
      "Students in Chad have protested repeatedly over late grant payments, which the "
      "government blames on a fall in oil revenue."),
    ["TD"], [("riot", "TD", "Moundou", 2, False)], ["strategic"],
    ["Abakar Mahamat Saleh"], ["University of Moundou"],
    "March that turned into stone-throwing and arson = riot, 2 (a student shot and a gendarme "
    "hit by a stone, both inside the riot). Curfew and arrests = strategic. Earlier grant "
    "protests are general, not listed.",
    when=past("2026-02-26", "Wednesday"), region="africa", riot_turn=True)

art("wire", "2026-04-09",
    "Two Chinese workers shot dead at gold mine in eastern Cameroon; embassy urges protection",
    P("BERTOUA, Cameroon (AFP) — Gunmen shot dead two Chinese workers and wounded a Cameroonian "
      "guard at a semi-mechanised gold mine near Bétaré-Oya in the East region on Tuesday "
      "night, local officials said.",
      "About ten armed men arrived on motorbikes, opened fire on the site's generator shed and "
      "escaped with gold and cash, the prefect of Lom-et-Djérem division, Félix Ndongo Mbarga, "
      "told AFP. He said the attackers were believed to have come from across the border in the "
      "Central African Republic, where armed groups control several mining areas.",
      "China's embassy in Yaoundé said it was 'deeply shocked' and asked the Cameroonian "
      "authorities to 'take effective measures' to protect Chinese citizens and companies. It "
      "advised Chinese nationals to avoid travel to mining sites in the East region.",
      "Dozens of Chinese-run gold mines operate in the region, often with little oversight, and "
      "local officials say they have become targets for bandits. Security forces were searching "
      "villages along the Lom river on Wednesday."),
    ["CM", "CN", "CF"], [("civilian_attack", "CM", "Bétaré-Oya", 2, False)], ["diplomacy"],
    ["Félix Ndongo Mbarga"], ["AFP"],
    "Foreign victims: two Chinese workers killed in Cameroon -> civilian_attack in CM, 2 (armed "
    "robbery of a mine, unarmed workers). CN is mentioned (embassy, nationals) but hosts "
    "nothing; CF through the attackers' presumed origin. Embassy's demand = diplomacy; the "
    "search of villages is routine, not coded.",
    when=past("2026-04-09", "Tuesday", "Wednesday"), region="africa", foreign=("CN", "CM"))

art("wire", "2026-09-24",
    "Fano fighters storm Debark, 12 killed; drone strike hits checkpoint at Dabat",
    P("GONDAR (Reuters) — Fano militia fighters stormed the town of Debark in the North Gondar "
      "zone on Tuesday and fought federal troops for several hours before withdrawing, "
      "residents and a hospital official said. At least 12 people were killed.",
      "A doctor at Debark hospital, who asked not to be named, said the hospital had received "
      "the bodies of seven soldiers, three fighters and two civilians caught in crossfire in "
      "the town's market area. Residents said the fighters briefly freed inmates from the "
      "town's police station before pulling back into the Simien mountains.",
      "On Wednesday morning, a drone struck a Fano checkpoint at the entrance to Dabat, about "
      "30 km to the south, killing five people, among them two traders whose minibus had been "
      "stopped there, residents said.",
      "The federal government did not comment on either incident. Fighting between the Fano "
      "militias and the army has spread across the Amhara region since 2023, and the regional "
      "capital Bahir Dar has been under a night curfew for months. Aid groups say road closures "
      "have cut off food deliveries to much of North Gondar."),
    ["ET"], [("battle", "ET", "Debark", 12, False), ("explosion", "ET", "Dabat", 5, False)], [],
    [], ["Fano"],
    "Implied country: only Gondar, Debark, Dabat, Simien, Amhara, Bahir Dar (a regional "
    "capital), never Ethiopia or its capital. Storming of a town and fighting troops = battle, "
    "7 soldiers + 3 fighters + 2 civilians = 12 ('at least 12'). Drone strike on a checkpoint = "
    "explosion, 5. The conflict since 2023 and the curfew are history/context, not listed.",
    when=past("2026-09-24", "Tuesday", "Wednesday"), region="africa", implied=True,
    mechanism="drone", breakdown=(("Debark", (7, 3, 2), True),))

art("wire", "2026-11-12",
    "Four soldiers and nine insurgents killed in attack on base near Macomia; gunmen kill three across the Rovuma in Tanzania",
    P("Insurgents linked to the Islamic State group attacked an army base at Chai, near Macomia "
      "in Mozambique's Cabo Delgado province, before dawn on Tuesday, starting a battle in which "
      "four soldiers and nine attackers were killed, the defence ministry in Maputo said.",
      "The ministry said the attackers had approached the base from the forest in two groups "
      "and were driven off after about three hours. Rwandan troops deployed in the province "
      "sent reinforcements from Mocímboa da Praia, a Rwandan army spokesman said. Residents of "
      "Chai said several houses near the base had been burned.",
      "Across the border in Tanzania's Mtwara region, gunmen killed three villagers in Kitaya "
      "on Wednesday night, police said. Regional police commander Issa Mwakyusa said the "
      "attackers were believed to have crossed the Rovuma river by canoe and had fled back "
      "towards Mozambique.",
      "Mozambique's defence minister and his Tanzanian counterpart are due to meet next week to "
      "discuss joint patrols along the river."),
    ["MZ", "RW", "TZ"], [("battle", "MZ", "Chai", 13, False),
                         ("civilian_attack", "TZ", "Kitaya", 3, False)], ["diplomacy"],
    ["Issa Mwakyusa"], ["Islamic State"],
    "Two countries: base assault at Chai = battle, 4 soldiers + 9 attackers = 13 (the houses "
    "burned near the base are folded in); killing of three villagers at Kitaya = "
    "civilian_attack in TZ, 3. RW through the Rwandan troops (state actor). The announced "
    "ministers' meeting = diplomacy.",
    when=past("2026-11-12", "Tuesday", "Wednesday"), region="africa",
    breakdown=(("Chai", (4, 9), True),))

art("wire", "2026-06-11",
    "Turkish engineer shot dead on coastal road near Libya's Zliten",
    P("TRIPOLI, Libya (AP) — A Turkish engineer working on a power station project was shot "
      "dead on Wednesday when gunmen opened fire on his car on the coastal road near Zliten, "
      "about 150 kilometres east of Tripoli, Libyan officials said.",
      "The engineer, named by his company as Serkan Yıldız, 41, was travelling with a Libyan "
      "driver, who was wounded in the leg. The interior ministry of the Tripoli-based Government "
      "of National Unity said a special unit had been sent to Zliten to track down the "
      "attackers and that checkpoints had been set up on the road.",
      "Turkey's foreign ministry condemned the killing and said it expected those responsible "
      "to be 'found and brought to justice swiftly'. Hundreds of Turkish companies work on "
      "construction and energy projects in western Libya.",
      "Foreign workers have been targeted before in the region. In January, two Egyptian "
      "labourers were shot dead on a farm near Bani Walid, and their killers have not been "
      "found."),
    ["LY", "TR", "EG"], [("civilian_attack", "LY", "Zliten", 1, False),
                         ("civilian_attack", "LY", "Bani Walid", 2, True)],
    ["strategic", "diplomacy"], ["Serkan Yıldız"], ["Government of National Unity"],
    "Foreign victim: a Turkish engineer killed in Libya -> civilian_attack in LY, 1; TR hosts "
    "nothing. January killing of two Egyptian labourers = background civilian_attack, 2 (EG "
    "through the demonym). Special unit sent and checkpoints = strategic; Turkey's "
    "condemnation = diplomacy.",
    when=past("2026-06-11", "Wednesday"), region="africa", foreign=("TR", "LY"))

art("wire", "2026-01-21",
    "Houthi shelling kills four at market in Yemen's Hays; six fighters die in clashes near al-Jarrahi",
    P("MOKHA, Yemen — Shells fired by Houthi forces struck a crowded vegetable market in the "
      "town of Hays in Yemen's western Hodeidah province on Tuesday, killing four civilians, "
      "among them a 12-year-old boy, and wounding 11, a medical official at the town's rural "
      "hospital said.",
      "Commanders of the government-aligned forces on the west coast said the shells had been "
      "fired from Houthi positions east of the town. Hours earlier, fighting had broken out on "
      "the front line north of Hays near al-Jarrahi, where four government fighters were "
      "killed, according to a military source, and two Houthi fighters died, according to the "
      "Houthi-run Al-Masirah television.",
      "The Houthis accused the government side of starting the fighting with an attack on "
      "their positions and did not comment on the market.",
      "The office of the U.N. special envoy for Yemen called on both sides to respect the truce "
      "that has largely held along the front lines since 2022 and to keep civilians out of "
      "harm's way."),
    ["YE"], [("explosion", "YE", "Hays", 4, False), ("battle", "YE", "al-Jarrahi", 6, False)],
    ["diplomacy"], [], ["Houthis", "Al-Masirah", "U.N."],
    "Shelling of a market = explosion, 4. Front-line fighting = battle; each side's dead "
    "reported by its own source, 4 + 2 = 6. U.N. envoy's call = diplomacy (international body). "
    "The 2022 truce is history.",
    when=past("2026-01-21", "Tuesday"), region="middle_east", mechanism="shelling",
    breakdown=(("al-Jarrahi", (4, 2), True),))

art("wire", "2026-07-08",
    "Israeli air strike kills family of six in Gaza's Nuseirat camp, medics say",
    P("An Israeli air strike destroyed a three-storey house in the Nuseirat refugee camp in the "
      "central Gaza Strip early on Wednesday, killing six members of one family, including "
      "three children, medics at Al-Awda Hospital said.",
      "Neighbours said the strike came shortly after 2 a.m. without warning and that rescuers "
      "dug through the rubble by hand for several hours. The dead were a 70-year-old woman, her "
      "son and daughter-in-law and their three children, according to a list released by the "
      "hospital.",
      "The Israeli military said it had struck 'a Hamas operative who posed an immediate threat "
      "to troops' and that it was looking into reports of civilian casualties. It did not name "
      "the target.",
      "Gaza's civil defence agency said at least 20 people had been killed in Israeli strikes "
      "and shootings across the territory since Sunday, despite the ceasefire that has formally "
      "been in force since October 2025. Mediators from Egypt and Qatar have been trying to "
      "move the truce to its next phase."),
    ["PS", "IL", "EG", "QA"], [("explosion", "PS", "Nuseirat", 6, False)], [],
    [], ["Hamas", "Al-Awda Hospital"],
    "Air strike on a house = explosion, 6. 'At least 20 killed across the territory since "
    "Sunday' is a multi-place aggregate -> not listed (a011). Ongoing mediation by Egypt and "
    "Qatar is background activity, not a reported diplomatic event.",
    when=past("2026-07-08", "Wednesday", "Sunday"), region="middle_east", mechanism="air strike")

art("wire", "2026-10-21",
    "Man stabbed to death at Haifa bus stop; attacker shot dead by off-duty soldier",
    P("HAIFA, Israel (Reuters) — A man stabbed a 58-year-old pedestrian to death at a bus stop "
      "on Haifa's HaAtzmaut Road on Tuesday evening and was then shot dead by an off-duty "
      "soldier, Israeli police said.",
      "Police identified the attacker as a 24-year-old resident of the West Bank town of "
      "Qalqilya who had entered Israel without a permit. They said he had also wounded a woman "
      "waiting at the stop before the soldier opened fire. The victim, a port worker named as "
      "Yossi Ben-Ami, died at Rambam hospital.",
      "Police raised their alert level in the northern district and set up checkpoints on "
      "roads leading from the West Bank. No group claimed the attack, though Hamas praised it "
      "in a statement.",
      "In March, a man stabbed two people to death at the city's Hamifratz bus terminal before "
      "being arrested. Haifa, a mixed city of Jews and Arabs, had largely been spared such "
      "attacks until then."),
    ["IL", "PS"], [("civilian_attack", "IL", "HaAtzmaut Road", 2, False),
                   ("civilian_attack", "IL", "Hamifratz", 2, True)], ["strategic"],
    ["Yossi Ben-Ami"], ["Hamas", "Rambam hospital"],
    "Stabbing of a pedestrian = civilian_attack; the attacker shot dead on the spot is counted "
    "(perpetrators included): 1 + 1 = 2. March stabbing at Hamifratz = background "
    "civilian_attack, 2. Alert level and checkpoints = strategic; Hamas's praise is a group's "
    "statement, not diplomacy. PS through the West Bank/Qalqilya.",
    when=past("2026-10-21", "Tuesday"), region="middle_east",
    breakdown=(("HaAtzmaut Road", (1, 1), False),))

art("wire", "2026-03-10",
    "Thousands march in Izmir against planned closure of Aliağa shipbreaking yards",
    P("IZMIR, Turkey — Thousands of shipbreaking workers and their families marched through the "
      "centre of Izmir on Sunday to protest against a government plan to close most of the "
      "ship recycling yards at Aliağa, north of the city, by the end of the year.",
      "The march, organised by a coalition of metalworkers' unions, ended peacefully with a "
      "rally in Gündoğdu Square, where speakers said about 4,000 jobs were at stake. Police "
      "estimated the crowd at 6,000; organisers said 15,000 people took part.",
      "The environment ministry says the yards, which dismantle old vessels from Europe and the "
      "Gulf, have polluted the bay and failed safety inspections after a string of fatal "
      "accidents. Workers say the yards could be modernised instead.",
      "Police detained eight union officials in dawn raids on Monday on charges of organising an "
      "unauthorised gathering, lawyers for the union said. All eight were released later in "
      "the day under judicial control."),
    ["TR"], [("protest", "TR", "Izmir", None, False)], ["strategic"],
    [], [],
    "Peaceful march and rally = protest, null (placed at the city; the square is where it "
    "ended). Detentions of union officials = strategic. Fatal yard accidents are accidents, "
    "not incidents. Europe and the Gulf are regions.",
    when=past("2026-03-10", "Sunday", "Monday"), region="middle_east")

art("wire", "2026-05-27",
    "Two teenagers shot dead at Grenoble drug-dealing spot as turf war flares",
    P("GRENOBLE, France (AFP) — Two teenagers were shot dead and a third was wounded late on "
      "Tuesday at a drug-dealing spot in Grenoble's Mistral district, the city's prosecutor "
      "said.",
      "Two men on a scooter fired about 15 shots at a group of youths standing at the entrance "
      "of a block of flats shortly before midnight, prosecutor Hélène Marchetti told reporters. "
      "The victims, aged 16 and 17, died at the scene. Investigators believe they were working "
      "as lookouts for a dealing network and that the attack was part of a dispute between "
      "rival groups over the district's trade.",
      "Last September, a 15-year-old was shot dead in the nearby Villeneuve district in what "
      "police described as the first killing of the same feud.",
      "The interior minister announced that 150 extra police officers and a riot police "
      "company would be sent to Grenoble for the summer. The city's mayor said residents of "
      "Mistral were 'living in fear' and called for more funding for youth services."),
    ["FR"], [("civilian_attack", "FR", "Mistral", 2, False),
             ("civilian_attack", "FR", "Villeneuve", 1, True)], ["strategic"],
    ["Hélène Marchetti"], [],
    "Drive-by shooting of lookouts (unarmed) = civilian_attack, 2. Last September's killing = "
    "background civilian_attack, 1. Police reinforcements = strategic (deployment).",
    when=past("2026-05-27", "Tuesday"), region="europe")

art("wire", "2026-09-09",
    "Man shot dead outside shisha bar in Duisburg's Marxloh; police suspect family feud",
    P("DUISBURG — A 27-year-old man was shot dead outside a shisha bar in the Marxloh district of "
      "Duisburg late on Tuesday, and police said they were investigating whether the killing "
      "was linked to a feud between two extended families.",
      "Witnesses told local media that a gunman got out of a dark saloon car, fired several "
      "shots at the man as he stood on the pavement and was driven away. A bystander was "
      "slightly hurt by flying glass. The victim died at the scene.",
      "Police believe the shooting may have been revenge for the killing of a 34-year-old "
      "member of the other family, who was shot dead in his car in Essen's Altendorf district "
      "in June. Nobody has been charged over that killing.",
      "North Rhine-Westphalia's interior minister said on Wednesday that officers had raided 11 "
      "properties in Duisburg, Essen and Gelsenkirchen and detained four men. 'We will not "
      "allow family disputes to be settled with guns on our streets,' he said. Marxloh has long "
      "been a focus of police operations against organised crime."),
    ["DE"], [("civilian_attack", "DE", "Marxloh", 1, False),
             ("civilian_attack", "DE", "Altendorf", 1, True)], ["strategic"],
    [], [],
    "Implied country: Duisburg, Essen, Gelsenkirchen, North Rhine-Westphalia only. Targeted "
    "shooting of an unarmed man = civilian_attack, 1. June killing in Altendorf = background "
    "civilian_attack, 1. Raids and detentions = strategic.",
    when=past("2026-09-09", "Tuesday", "Wednesday"), region="europe", implied=True)

art("wire", "2026-02-04",
    "Timed bomb damages labour ministry in Athens after warning call; youths clash with police in Exarchia",
    P("ATHENS, Greece (Reuters) — A bomb exploded outside the labour ministry in central Athens "
      "early on Tuesday, shattering windows and damaging parked cars, but no one was hurt "
      "because police had cleared the street after a warning call, officials said.",
      "An anonymous caller told a news website about 40 minutes before the blast that a device "
      "had been left in a bag by the ministry's side entrance on Pireos Street, police said. "
      "Bomb disposal experts were on their way when it went off at 3.10 a.m. Investigators said "
      "the bomb was made of camping gas canisters and a timer.",
      "No group claimed responsibility. Anarchist cells have carried out similar attacks on "
      "government buildings and banks in the Greek capital, usually with warning calls.",
      "Later on Tuesday, groups of youths threw petrol bombs and stones at riot police in the "
      "Exarchia neighbourhood, and officers responded with tear gas. Police said three officers "
      "were slightly injured and 11 people were detained."),
    ["GR"], [("explosion", "GR", "Pireos Street", 0, False), ("riot", "GR", "Exarchia", None, False)],
    ["strategic"], [], [],
    "Timer bomb = explosion; 'no one was hurt' -> 0. Petrol bombs and stones thrown at police = "
    "riot, null (injuries only). Detentions = strategic. Earlier anarchist attacks are general, "
    "not listed.",
    when=past("2026-02-04", "Tuesday"), region="europe", mechanism="timer bomb")

art("wire", "2026-04-20",
    "Tens of thousands march in Kragujevac; men attack student camp in Niš",
    P("KRAGUJEVAC, Serbia — Tens of thousands of people marched through Kragujevac on Sunday in "
      "the largest anti-government rally the central Serbian city has seen, demanding early "
      "elections and an end to what they called the capture of state institutions by the "
      "ruling party.",
      "The march, led by university students who had walked and cycled from across the "
      "country, passed off peacefully and ended with a concert outside the city's old armoury. "
      "Police estimated the crowd at 35,000; an independent monitoring group put it at more "
      "than 70,000.",
      "Late on Saturday, a group of about 20 men attacked a tent camp set up by students outside "
      "the rectorate of the University of Niš, beating students with bats and setting three "
      "tents on fire. Six students were taken to hospital. Police said four men had been "
      "arrested. Students said the attackers were supporters of the ruling Serbian Progressive "
      "Party (SNS), which the party denied.",
      "The government in Belgrade accused foreign-funded groups of organising the protests, a "
      "charge the students reject."),
    ["RS"], [("protest", "RS", "Kragujevac", None, False), ("riot", "RS", "Niš", None, False)],
    ["strategic"], [], ["University of Niš", "Serbian Progressive Party", "SNS"],
    "Peaceful mass march = protest, null. Mob of about 20 men beating students and burning "
    "tents = riot (mob violence), null (injuries only). Arrests = strategic; the government's "
    "accusation is domestic, not diplomacy.",
    when=past("2026-04-20", "Sunday", "Saturday"), region="europe")

art("wire", "2026-08-03",
    "Gunman kills two at Tucson swap meet before deputies shoot him dead",
    P("TUCSON, Ariz. (AP) — A gunman opened fire at a crowded swap meet on Tucson's south side on "
      "Sunday afternoon, killing two people and wounding four before sheriff's deputies shot "
      "him dead, authorities said.",
      "Pima County Sheriff's Department spokesman Lt. Raymond Acuña said the man, 46, had argued "
      "with a vendor over a parking space before returning with a handgun and firing at stalls "
      "selling clothes and tools. Deputies who were working at the market as security reached "
      "him within about a minute.",
      "The dead were a 61-year-old vendor and a 29-year-old shopper, Acuña said. Two of the "
      "wounded were in critical condition at a city hospital, and detectives were still trying "
      "to establish whether the gunman had a criminal record.",
      "The Tanque Verde Swap Meet, which draws thousands of visitors on weekends, will stay "
      "closed until further notice. Shoppers described hiding under tables as shots rang out. "
      "'People were screaming and running into the parking lot,' said Maria Elena Ruiz, who "
      "sells jewellery there."),
    ["US"], [("civilian_attack", "US", "Tanque Verde Swap Meet", 3, False)], [],
    ["Raymond Acuña", "Maria Elena Ruiz"], ["Pima County Sheriff's Department"],
    "Shooting at a market = civilian_attack; 2 victims + the gunman shot dead by deputies = 3 "
    "(perpetrators included, NOTES). US through 'Ariz.' and Tucson.",
    when=past("2026-08-03", "Sunday"), region="us",
    breakdown=(("Tanque Verde Swap Meet", (2, 1), False),))

art("wire", "2026-11-18",
    "Toll from Jackson nightclub shooting rises to four as wounded woman dies",
    P("JACKSON, Miss. — The death toll from a drive-by shooting outside a nightclub in Jackson's "
      "Farish Street district rose to four on Tuesday when a 19-year-old woman died in hospital, "
      "police said.",
      "Gunmen in a passing car fired into a crowd leaving the club shortly after 2 a.m. on "
      "Saturday, killing three people at the scene and wounding seven others, Police Chief "
      "Darnell Whitfield said. Investigators believe the shooting grew out of an argument inside "
      "the club earlier in the night.",
      "A 22-year-old man was arrested on Monday and charged with three counts of murder, which "
      "prosecutors said would be raised to four. Police are still searching for at least two "
      "other suspects and the car, a grey sedan.",
      "The shooting is the deadliest in the city since May, when three people were killed at a "
      "graduation party in south Jackson. City council members called for earlier closing "
      "hours for late-night venues, while the club's owner said he had hired extra security "
      "guards weeks ago."),
    ["US"], [("civilian_attack", "US", "Farish Street", 4, False),
             ("civilian_attack", "US", "south Jackson", 3, True)], ["strategic"],
    ["Darnell Whitfield"], [],
    "Follow-up: Saturday's drive-by (four days earlier) is the subject -> current, latest toll 4. "
    "May party shooting = background civilian_attack, 3. Arrest and charges = strategic. US "
    "through 'Miss.' (Mississippi).",
    when=past("2026-11-18", "Tuesday", "Saturday", "Monday"), region="us", followup=True)

art("wire", "2026-07-22",
    "Toll from suicide car bombing near Mastung rises to ten; Levies repel attack on Kalat checkpost",
    P("MASTUNG, July 22 (Reuters) — The death toll from a suicide car bombing on a paramilitary "
      "convoy in southwestern Pakistan rose to ten on Wednesday, including the bomber, after two "
      "wounded soldiers died in hospital, officials said.",
      "The bomber rammed an explosives-laden car into a Frontier Corps convoy on the highway "
      "near Mastung on Monday. Officials put the toll at eight that night; the latest count is "
      "seven soldiers, two passers-by and the attacker. Fourteen people were wounded, some of "
      "them travellers in a bus that was passing the convoy.",
      "Separately, militants attacked a Levies checkpost in Kalat district late on Tuesday. Two "
      "Levies personnel and three attackers were killed before the rest fled, the district "
      "administration said.",
      "The separatist Baloch Liberation Front (BLF) claimed both attacks. Pakistan's interior "
      "minister condemned the bombing and said security on the highway would be tightened. "
      "Separatist militants have stepped up attacks on security forces and highways in the "
      "province this year."),
    ["PK"], [("explosion", "PK", "Mastung", 10, False), ("battle", "PK", "Kalat", 5, False)],
    ["strategic"], [], ["Frontier Corps", "Levies", "Baloch Liberation Front", "BLF"],
    "Follow-up: suicide car bomb on a convoy = explosion (NOTES: suicide car bombs are explosions "
    "even against troops), latest toll 7 soldiers + 2 passers-by + bomber = 10. Checkpost "
    "attack = battle, 2 + 3 = 5. Tightened highway security = strategic; a minister's "
    "condemnation of a domestic attack is not diplomacy.",
    when=past("2026-07-22", "Wednesday", "Monday", "Tuesday"), region="asia", followup=True,
    mechanism="car bomb",
    breakdown=(("Mastung", (7, 2, 1), False), ("Kalat", (2, 3), True)))

art("wire", "2026-03-31",
    "Two killed as rival student groups clash at Rajshahi University; campus closed",
    P("RAJSHAHI (AFP) — Two students were killed and more than 40 injured on Monday when "
      "activists of two rival student organisations fought with sticks, machetes and crude "
      "bombs at Rajshahi University, police and hospital officials said.",
      "The clash began after activists of the Jatiyatabadi Chhatra Dal (JCD) and the Islami "
      "Chhatra Shibir disputed control of rooms in a residential hall, and spread across the "
      "campus during the afternoon, witnesses said. One of the dead, a third-year physics "
      "student, was hacked to death; the other died of head injuries at Rajshahi Medical College "
      "Hospital.",
      "Police fired tear gas and rubber bullets to separate the groups. The university "
      "authorities closed the campus indefinitely and ordered students to leave the halls by "
      "Tuesday noon. Paramilitary BGB troops were deployed around the campus and on the main "
      "road into the city.",
      "Violence between the student wings of political parties has returned to campuses ahead "
      "of elections to student unions due in May."),
    ["BD"], [("riot", "BD", "Rajshahi University", 2, False)], ["strategic"],
    [], ["Jatiyatabadi Chhatra Dal", "Islami Chhatra Shibir", "Rajshahi University"],
    "Implied country: Rajshahi (a division seat, not the capital) and party wings only. Fight "
    "between rival party student wings with sticks, machetes and crude bombs = riot (mob "
    "violence; the crude bombs are part of it, first-named means are sticks), 2. BGB "
    "deployment and campus closure = strategic.",
    when=past("2026-03-31", "Monday", "Tuesday"), region="asia", implied=True)

art("wire", "2026-10-28",
    "Paraglider bombs kill eight at harvest festival in Chin State's Thantlang; resistance fighters overrun army camp",
    P("Bombs dropped from a motorised paraglider killed eight people at a harvest festival "
      "gathering in a village of Thantlang township in Myanmar's Chin State on Sunday, a local "
      "resistance group and residents said.",
      "The paraglider circled the village football ground twice before dropping three bombs on "
      "a crowd of several hundred people, a resident said by phone. Four children were among the "
      "dead and at least 20 people were wounded. Myanmar's military has increasingly used "
      "paragliders, which are cheap and hard to hear, against villages held by resistance forces.",
      "On Monday, fighters of the Chin National Army (CNA) and allied local defence forces "
      "overran a military camp outside Hakha, the state capital, after a three-day siege. The "
      "CNA said 14 soldiers were killed and 22 captured, while it lost three of its own fighters.",
      "The military did not comment. In April, an air raid on a clinic in Thantlang killed five "
      "patients and a nurse."),
    ["MM"], [("explosion", "MM", "Thantlang", 8, False), ("battle", "MM", "Hakha", 17, False),
             ("explosion", "MM", "Thantlang", 6, True)], [],
    [], ["Chin National Army", "CNA"],
    "Paraglider bombing of a festival crowd = explosion, 8 (placed at the township; the village "
    "is not named). Camp overrun after a siege = battle, 14 soldiers + 3 CNA fighters = 17 (one "
    "source, both sides); 22 captured soldiers are not fatalities and not an abduction. April "
    "air raid on a clinic = background explosion, 5 + 1 = 6.",
    when=past("2026-10-28", "Sunday", "Monday"), region="asia", mechanism="paraglider",
    breakdown=(("Hakha", (14, 3), True),))

# =====================================================================================
# bf14-41..60  quiet articles: title, 120-300 words, no current incident.
# =====================================================================================

art("quiet", "2026-05-16",
    "Lockerbie families reopen restored remembrance garden for Pan Am 103 victims",
    P("LOCKERBIE, Scotland — Relatives of the 270 people killed when Pan Am Flight 103 was blown "
      "up over this small Scottish town gathered on Friday to reopen the restored remembrance "
      "garden at Dryfesdale Cemetery, after two years of work on its stone walls and memorial "
      "cairn.",
      "The bomb, hidden in a radio-cassette player in the hold, exploded on the evening of "
      "December 21, 1988, killing all 259 people on board the jumbo jet and 11 residents of "
      "Sherwood Crescent, where part of a wing came down. Among the dead were 190 Americans, "
      "including 35 students of Syracuse University returning from a term abroad.",
      "'For a long time I could not come back here,' said Ellen Maguire, whose brother was among "
      "the students. 'Now it feels like the town is looking after him.' Local councillor Douglas "
      "Forsyth said new oak trees had been planted for each of the 21 countries that lost "
      "citizens.",
      "A Libyan intelligence officer was convicted of the bombing in 2001 by Scottish judges "
      "sitting at a special court in the Netherlands. The trial of a second Libyan suspect in "
      "the United States has yet to conclude."),
    ["GB", "US", "LY", "NL"], [("explosion", "GB", "Lockerbie", 270, True)], [],
    ["Ellen Maguire", "Douglas Forsyth"], ["Pan Am", "Syracuse University"],
    "Memorial. The 1988 bombing = background explosion in GB (Scotland -> GB), 270 (stated; "
    "259 + 11). US through 'Americans' and the trial there, LY through 'Libyan', NL as the "
    "court's seat. Old trials are history, not strategic news.",
    when=past("2026-05-16", "Friday"), topic="memorial")

art("quiet", "2026-09-15",
    "Three men go on trial in Paris over 2020 killing of aid workers in Niger's Kouré reserve",
    P("PARIS — Three men accused of helping the gunmen who killed six young French aid workers "
      "and their two Nigerien colleagues in the Kouré giraffe reserve in August 2020 went on "
      "trial on Monday before a special terrorism court in Paris.",
      "The eight were shot dead while on a day trip to see the reserve's giraffes, about 60 km "
      "from Niamey, in an attack later claimed by the Islamic State in the Greater Sahara. "
      "Prosecutors say the defendants, two Nigerien nationals and a Malian, supplied "
      "motorbikes, fuel and telephone cards to the attackers and scouted the road in the days "
      "before.",
      "The three were arrested in Benin in 2024 and handed over to France. Their lawyers say the "
      "case rests on intercepted phone calls and the testimony of a former fighter who has "
      "since disappeared. 'My client is a mechanic, not a jihadist,' defence lawyer Camille "
      "Berthier told reporters outside the court.",
      "Families of the victims, who worked for the charity ACTED, filled the public benches. The "
      "trial is expected to last four weeks."),
    ["FR", "NE", "ML", "BJ"], [("civilian_attack", "NE", "Kouré", 8, True)], ["strategic"],
    ["Camille Berthier"], ["Islamic State in the Greater Sahara", "ACTED"],
    "Capital dateline (PARIS) for a trial about violence in Niger. The 2020 killing of 6 + 2 "
    "aid workers = background civilian_attack in NE, 8. Trial = strategic (court case, b025). "
    "ML through 'a Malian', BJ as the place of arrest.",
    when=past("2026-09-15", "Monday"), topic="trial", capital=True)

art("quiet", "2026-03-05",
    "Canadian MPs trade fire over ballooning cost of handgun buyback",
    P("Opposition and government MPs traded fire in the House of Commons on Wednesday over the "
      "rising cost of the federal handgun buyback, after the parliamentary budget officer "
      "estimated that the program could cost more than three times its original budget.",
      "Conservative public safety critic Glenn Arsenault called the report 'a bombshell' and "
      "said the money would be better spent on border officers stopping guns smuggled from the "
      "United States. 'This program has been shot full of holes from the start,' he said.",
      "The public safety minister defended the buyback as 'the right fight', saying fewer "
      "handguns in homes meant fewer suicides and domestic killings, and accused the opposition "
      "of waging a culture war on behalf of the gun lobby.",
      "The clash came as retailers and gun owners' associations launched a court challenge "
      "against the compensation rates, which they say are far below market value. Several "
      "provinces, including Alberta and Saskatchewan, have refused to let their police forces "
      "help collect the weapons. MPs will vote on the spending estimates that include the "
      "program later this month."),
    ["CA", "US"], [], [],
    ["Glenn Arsenault"], ["House of Commons"],
    "Policy debate with figurative 'traded fire', 'bombshell', 'shot full of holes', 'culture "
    "war', 'clash'. No incident; a parliamentary dispute and a court challenge are not coded. "
    "US through guns smuggled from the United States (a place).",
    when=past("2026-03-05", "Wednesday"), topic="policy")

art("quiet", "2026-09-27",
    "Guatemalan drama about bus driver squeezed by extortion gangs wins top prize in San Sebastián",
    P("A Guatemalan drama about a bus driver caught between two extortion gangs won the Golden "
      "Shell for best film at the San Sebastián film festival on Saturday, the first Central "
      "American film to take the Spanish festival's top prize.",
      "'Ruta 14', the second feature by director Ana Lucía Xicará, follows Mario, a father of "
      "three who drives a battered red bus between Villa Nueva and Guatemala City and must pay "
      "two rival gangs to keep his route. The film was shot on location with non-professional "
      "actors, many of them drivers and conductors, and the camera rarely leaves the bus.",
      "Critics praised its restraint. Violence happens mostly off-screen: a shot heard from a "
      "side street, a colleague's empty seat in the depot. The final shot, a long take of Mario "
      "counting coins at dawn, drew a storm of applause at the press screening.",
      "Xicará, who grew up in Villa Nueva, said she had wanted to show 'the war of nerves that "
      "working people live every day'. The film opens in Guatemalan cinemas in November and is "
      "being sold abroad by a Paris-based company."),
    ["GT", "ES", "FR"], [], [],
    ["Ana Lucía Xicará"], [],
    "Film. Fictional violence only; 'shot', 'storm of applause', 'war of nerves' are figurative. "
    "ES through the Spanish festival/San Sebastián (host venue), FR through 'Paris-based'. "
    "Central America is a region.",
    when=past("2026-09-27", "Saturday"), topic="film")

art("quiet", "2026-06-03",
    "Review: 'The Cashew Season' follows a Mozambican family through sixteen years of civil war",
    P("Ilda Cossa's first novel opens in 1977 in a village near Nampula, two years after the end "
      "of Portuguese rule, with a grandmother burying the family's savings under a cashew tree. "
      "It ends in 1992, when the peace accord is signed and the same woman, now nearly blind, "
      "sends her grandson to dig them up.",
      "In between, the civil war between the Frelimo government and the Renamo rebels reaches "
      "the village in fragments: a burned bus on the road to the coast, an attack on the health "
      "post that the children only hear about, a cousin who comes back from the army and will "
      "not speak. Cossa, who was born in Maputo in 1985, never describes a battle directly. The "
      "fighting is always just over the hill, and what the book records is its cost in "
      "harvests, marriages and trust.",
      "Rachel Dunmore's translation keeps the rhythm of the Makhuwa proverbs that open each "
      "chapter. Some readers may find the middle section slow, and a subplot about a smuggler on "
      "the Malawi border is thin. But the last 50 pages, in which the family returns to a "
      "village that no longer exists, are among the most moving in recent African fiction."),
    ["MZ", "PT", "MW"], [], [],
    ["Ilda Cossa", "Rachel Dunmore"], ["Frelimo", "Renamo"],
    "Book review. The novel's war, burned bus and attack on a health post are fiction inside a "
    "book: not incidents. PT through 'Portuguese rule' (the state as colonial power), MW "
    "through the Malawi border.",
    topic="book")

art("quiet", "2026-02-12",
    "Bogotá studio's card battler 'Cacique' wins over players with duels drawn from Muisca legend",
    P("A small Bogotá studio has become one of the surprise hits of the winter on Steam with "
      "'Cacique', a deck-building card game in which players lead rival Muisca chiefdoms in "
      "duels of magic, trade and war.",
      "Players build decks of around 40 cards, from warriors and priests to gold offerings and "
      "emeralds, and use them to attack their opponent's temples while defending their own. The "
      "art, inspired by the goldwork in the city's Gold Museum, has been widely praised, as has "
      "a mode in which each battle is narrated in Spanish and in a reconstruction of the "
      "Muisca language.",
      "Selva Nueva Games, founded by four former university classmates in 2021, said the game "
      "had sold more than 300,000 copies in its first month, most of them in Brazil, Mexico and "
      "the United States. Creative director Valentina Rojas said the team had expected 'maybe "
      "20,000 sales and a few angry historians'.",
      "Not everyone is pleased. Some indigenous organisations have criticised the studio for "
      "turning sacred figures into cards with attack and defence points, and the studio has "
      "promised to consult them before releasing an expansion."),
    ["CO", "BR", "MX", "US"], [], [],
    ["Valentina Rojas"], ["Selva Nueva Games", "Gold Museum"],
    "Game: 'war', 'attack', 'battle' are game vocabulary. CO through Bogotá; BR, MX, US as "
    "markets (places).",
    topic="game")

art("quiet", "2026-10-30",
    "Greek and Egyptian commandos storm Cretan beach as Medusa drill wraps up",
    P("Greek and Egyptian special forces stormed a beach near Chania on the island of Crete on "
      "Thursday in the final phase of the Medusa exercise, a two-week drill watched this year by "
      "observers from Cyprus and Jordan.",
      "Landing craft brought about 200 commandos ashore under cover of smoke, while fighter jets "
      "from both air forces flew overhead and frigates fired their guns at floating targets "
      "offshore. Helicopters then carried troops inland to clear a mock village built of "
      "shipping containers.",
      "The Greek general staff said the live-fire phase had gone without incident. An Egyptian "
      "officer, Brigadier Tamer Fawzy, said the exercise had tested the two navies' ability to "
      "protect undersea cables and gas fields in the eastern Mediterranean, where both countries "
      "have disputed maritime boundaries with Turkey.",
      "The Medusa series began in 2015 and has grown each year. Officials said next year's "
      "edition would be held off the Egyptian coast near Alexandria."),
    ["GR", "EG", "CY", "JO", "TR"], [], [],
    ["Tamer Fawzy"], [],
    "Exercise: storming, guns fired at targets, live fire = drill, not incidents; an exercise "
    "is not coded strategic (as bf13's drill). TR through the maritime dispute (state actor).",
    when=past("2026-10-30", "Thursday"), topic="exercise")

art("quiet", "2026-04-15",
    "Hoax bomb threats force evacuation of courthouses across Slovakia",
    P("Courthouses in Bratislava, Košice and at least 20 other Slovak towns were evacuated on "
      "Tuesday after near-identical emails warned that bombs had been hidden in their buildings, "
      "police said. Sniffer dogs and bomb disposal teams searched the buildings for several "
      "hours and found nothing.",
      "The emails, written in broken Slovak and sent from an anonymous account, were the latest "
      "in a wave of hoax threats against schools, hospitals and courts since January. Police "
      "spokeswoman Zuzana Hrušková said investigators were working with their Czech "
      "counterparts, whose courts received similar messages last month, and that the emails "
      "appeared to have been routed through servers abroad.",
      "Dozens of hearings were postponed, including one in a corruption case against a former "
      "regional governor. Lawyers' groups said the disruption was becoming a weapon in itself.",
      "Slovak police have been on edge since October 2022, when a gunman shot dead two young men "
      "outside a bar on Zámocká Street in Bratislava, an attack prosecutors later treated as "
      "terrorism. The justice minister said on Tuesday that courts would be given new "
      "screening equipment."),
    ["SK", "CZ"], [("civilian_attack", "SK", "Zámocká Street", 2, True)], ["strategic"],
    ["Zuzana Hrušková"], [],
    "Hoax: no device, no incident. Evacuations on hoax threats = strategic (security alert; [] "
    "defensible). October 2022 shooting of two men = background civilian_attack, 2 (the text "
    "does not state the gunman's death). CZ through the Czech police/courts.",
    when=past("2026-04-15", "Tuesday"), topic="hoax")

art("quiet", "2026-07-03",
    "Police defuse explosive device left outside bank branch in Cali",
    P("Bomb disposal experts defused an explosive device left in a backpack outside a bank branch "
      "in the San Nicolás district of Cali on Thursday morning, police said, after a security "
      "guard raised the alarm.",
      "The device contained about 3 kilograms of ANFO and a mobile phone wired as a detonator, "
      "said Colonel Hernán Quintero of the city's metropolitan police. Nearby streets were "
      "cleared for four hours and the device was destroyed in a controlled explosion on a "
      "vacant lot. A man seen on security cameras leaving the backpack was detained later in "
      "the day.",
      "Cali has been on alert since August 2025, when a truck packed with explosives blew up "
      "near the Marco Fidel Suárez air base, killing six civilians and wounding more than 60. "
      "The authorities blamed a dissident faction of the former FARC guerrillas for that "
      "attack.",
      "The mayor's office said patrols would be reinforced around banks and police stations, "
      "and offered a reward of 50 million pesos for information on who had sent the man."),
    ["CO"], [("explosion", "CO", "Marco Fidel Suárez air base", 6, True)], ["strategic"],
    ["Hernán Quintero"], ["FARC"],
    "Defused device (and its controlled explosion) = no incident. August 2025 truck bomb = "
    "background explosion, 6. Detention and reinforced patrols = strategic. CO through Cali "
    "only.",
    when=past("2026-07-03", "Thursday"), topic="defused")

art("quiet", "2026-11-05",
    "Chilean copper miners plan march on Santiago on Tuesday over pension changes",
    P("Copper miners from the Atacama region and their unions will march on Santiago on Tuesday "
      "to protest against proposed changes to the pension system, union leaders said, in what "
      "they described as the opening shot of a campaign that could end in a national strike.",
      "The Federation of Copper Workers said it expected at least 10,000 miners to travel to the "
      "capital by bus and join a rally outside the presidential palace, La Moneda. Its "
      "president, Rodrigo Alvear, said the reform would 'declare war on workers' savings' by "
      "raising the retirement age for miners, who can currently retire earlier because of the "
      "physical demands of the job.",
      "Workers at Codelco's Chuquicamata and El Teniente mines voted last week to hold 24-hour "
      "stoppages on the day of the march. Codelco said production would not be affected.",
      "The labour ministry said the bill was still open to amendment and invited the unions to "
      "talks. Police said the march route had been agreed with organisers."),
    ["CL"], [], [],
    ["Rodrigo Alvear"], ["Federation of Copper Workers", "Codelco"],
    "Planned march (coming Tuesday) = not an incident yet. 'Opening shot', 'declare war', "
    "'strike' figurative or labour. Domestic talks invitation is not diplomacy.",
    when=nxt("2026-11-05", "Tuesday"), coming=("Tuesday",), topic="planned protest")

art("quiet", "2026-01-29",
    "Brazilian police raid gun clubs in Paraná over rifles resold to gangs; nine arrested",
    P("Federal police raided 14 shooting clubs and gun shops in Curitiba, Londrina and Foz do "
      "Iguaçu on Wednesday and arrested nine people suspected of reselling rifles and ammunition "
      "bought legally by registered sport shooters to criminal gangs, the force said.",
      "Investigators say the network used the names of club members to buy at least 240 "
      "semi-automatic rifles and more than 100,000 rounds of ammunition since 2022. Many of the "
      "weapons were later found in the hands of gangs in Rio de Janeiro and São Paulo, and some "
      "were smuggled across the border into Paraguay, federal police delegate Marcos Tavares "
      "told reporters.",
      "Officers seized 112 firearms, cash and registration documents. The clubs' owners have not "
      "commented.",
      "The number of registered sport shooters in Brazil rose sharply after gun rules were "
      "loosened in 2019, and the government has been under fire from the gun lobby for "
      "tightening them again. Tavares said the raids were a shot across the bow for club owners "
      "who ignored the rules."),
    ["BR", "PY"], [], ["strategic"],
    ["Marcos Tavares"], [],
    "Raids and arrests with weapons seized, no fighting = strategic, no incident. 'Under fire', "
    "'a shot across the bow' figurative. PY through the smuggling destination.",
    when=past("2026-01-29", "Wednesday"), topic="raid")

art("quiet", "2026-03-28",
    "Haiti's late strike stuns Jamaica in Kingston qualifier",
    P("Substitute Wendell Pierre-Louis struck in the 89th minute to give Haiti a 2-1 win over "
      "Jamaica at Independence Park in Kingston on Friday and put the visitors top of their Gold "
      "Cup qualifying group.",
      "Jamaica had dominated the first half and took the lead through a header from captain "
      "Andre Brissett in the 31st minute. Haiti, who play their home games in Curaçao because of "
      "insecurity at home, levelled after the break when Jean-Kerby Mondésir's long-range shot "
      "deflected in off a defender.",
      "With Jamaica pushing forward in search of a winner, Haiti broke on the counter-attack and "
      "Pierre-Louis, on the pitch for only six minutes, blasted the ball past the goalkeeper from "
      "the edge of the area.",
      "'We came to fight,' said Haiti's coach, Frantz Aristide. 'People at home are living "
      "through hard times. This is for them.' Jamaica's coach said his side had paid for a "
      "bombshell lapse at the back. The teams meet again in Curaçao in June."),
    ["HT", "JM", "CW"], [], [],
    ["Wendell Pierre-Louis", "Andre Brissett", "Jean-Kerby Mondésir", "Frantz Aristide"], [],
    "Sport: 'strike', 'shot', 'counter-attack', 'blasted', 'fight', 'bombshell' are football "
    "words. HT, JM as national teams, JM also as host; CW as Haiti's home venue.",
    when=past("2026-03-28", "Friday"), topic="sport")

art("quiet", "2026-08-26",
    "Vietnamese coffee exporters battle Brazilian glut as robusta prices slide",
    P("Vietnamese coffee exporters are locked in a battle for buyers with Brazil after a record "
      "Brazilian robusta harvest sent prices sliding for a third straight month, traders in Ho "
      "Chi Minh City said.",
      "Robusta futures in London have fallen about 30% since May, and exporters in the Central "
      "Highlands province of Dak Lak say European roasters are switching to cheaper Brazilian "
      "beans. 'It is a price war and we are not the ones with the deepest pockets,' said Nguyen "
      "Thi Lan, director of an exporter in Buon Ma Thuot.",
      "Vietnam is the world's largest robusta producer, and coffee is one of its biggest farm "
      "exports. Farmers who planted durian in place of coffee in recent years are now being hit "
      "twice, with Chinese demand for the fruit also falling.",
      "Analysts said prices could recover if weather in Brazil's Espírito Santo state turns dry "
      "ahead of flowering. 'One frost scare and this market will fire back up,' said a "
      "London-based broker. Indonesian exporters, the third-largest suppliers, have also cut "
      "prices to keep their share."),
    ["VN", "BR", "GB", "CN", "ID"], [], [],
    ["Nguyen Thi Lan"], [],
    "Business: 'battle', 'price war', 'hit', 'fire back up' figurative. GB through London "
    "(futures market, broker), CN through 'Chinese demand', ID through 'Indonesian exporters'.",
    topic="business")

art("quiet", "2026-03-19",
    "Slovenian candidates clash over housing in final debate before Sunday's vote",
    P("The two main candidates for prime minister clashed over housing costs and hospital waiting "
      "lists in a televised debate in Ljubljana on Wednesday, four days before Sunday's "
      "parliamentary election.",
      "Centre-left candidate Mojca Vidmar, a former mayor of Celje, accused her conservative "
      "rival Aleš Kranjc of planning a 'bulldozer' sell-off of public land to developers. "
      "Kranjc hit back that her party's rent controls had bombed the housing market and driven "
      "young people abroad to Austria and Germany.",
      "Both sides have fought an aggressive campaign. Kranjc's party has been under fire for an "
      "attack ad that used an AI-generated video of Vidmar, which it withdrew after complaints "
      "to the election commission. Vidmar's camp has been criticised over donations to its war "
      "chest from a construction company.",
      "Polls show the two blocs neck and neck, with about a fifth of voters undecided, and "
      "smaller parties likely to decide who forms the next government."),
    ["SI", "AT", "DE"], [], [],
    ["Mojca Vidmar", "Aleš Kranjc"], [],
    "Election: 'clashed', 'bombed', 'under fire', 'attack ad', 'war chest' figurative. AT and DE "
    "as destinations of emigrants (places). Coming Sunday is the vote.",
    when=both(past("2026-03-19", "Wednesday"), nxt("2026-03-19", "Sunday")), coming=("Sunday",),
    topic="election")

art("quiet", "2026-06-17",
    "Colombian government and ELN negotiators meet in Havana for first time since talks froze",
    P("HAVANA — Negotiators for the Colombian government and the National Liberation Army (ELN) "
      "met in Havana on Tuesday for the first time since peace talks froze more than a year "
      "ago, the Cuban foreign ministry said.",
      "The talks were suspended in February 2025 after an ELN bomb attack on a police station in "
      "Tibú, near the Venezuelan border, killed three officers. Since then, both sides have "
      "traded accusations over the violence in the Catatumbo region, where the ELN and a faction "
      "of former FARC rebels are battling for control of coca routes.",
      "Government negotiator Lucía Amaya said the meeting was exploratory and that there was no "
      "agreement yet on a new ceasefire. The ELN delegation, led by a commander known as "
      "Ramiro, said it was ready to discuss a humanitarian truce in border areas.",
      "Cuba, Norway, Venezuela and Mexico act as guarantors of the process. Diplomats said a "
      "second round could take place in Caracas in July."),
    ["CU", "CO", "VE", "NO", "MX"], [("explosion", "CO", "Tibú", 3, True)], ["diplomacy"],
    ["Lucía Amaya"], ["National Liberation Army", "ELN", "FARC"],
    "Capital dateline (HAVANA) for talks about Colombia. Government-rebel talks hosted by Cuba "
    "= diplomacy. February 2025 bomb attack on a police station = background explosion, 3 (a "
    "bomb is an explosion whatever its target). The ongoing Catatumbo fighting is general, no "
    "specific incident.",
    when=past("2026-06-17", "Tuesday"), topic="diplomacy", capital=True)

art("quiet", "2026-02-20",
    "Cyclone kills 23 in Madagascar's east as storm batters Toamasina",
    P("Tropical Cyclone Fitiavana killed at least 23 people and forced more than 40,000 from "
      "their homes after it struck Madagascar's east coast near Toamasina on Thursday, the "
      "national disaster office said.",
      "The storm battered the port city with winds of up to 190 km/h for several hours, tearing "
      "roofs off houses and schools and bringing down power lines. Most of the deaths were "
      "caused by collapsing walls and by landslides in the hills inland, the office said. Rice "
      "fields along the coast were flooded just weeks before the harvest.",
      "The cyclone weakened as it crossed the island and was expected to reach the open sea off "
      "the west coast by the weekend. Forecasters warned that it could strengthen again over "
      "warm water.",
      "Aid agencies said clean water was the most urgent need. The World Food Programme said it "
      "was sending emergency food to about 60,000 people. It is the second cyclone to hit "
      "Madagascar this season."),
    ["MG"], [], [],
    [], ["World Food Programme"],
    "Weather disaster: 23 deaths from a cyclone are not an incident (a060). 'Storm battered', "
    "'hit' literal weather words.",
    when=past("2026-02-20", "Thursday"), topic="weather")

art("quiet", "2026-05-06",
    "Fireworks workshop blast kills seven in Mexico's Tultepec",
    P("An explosion at an unlicensed fireworks workshop in Tultepec, the town north of Mexico "
      "City known as the country's fireworks capital, killed seven people and injured 12 on "
      "Tuesday, state civil protection officials said.",
      "The blast tore through a cluster of brick sheds where families were packing rockets for "
      "the town's festival season, and the fire spread to two neighbouring houses. Four of the "
      "dead were members of one family, including a 15-year-old boy, said Laura Ibarra, the "
      "civil protection coordinator for the State of Mexico.",
      "Investigators believe a spark from a grinder set off gunpowder stored in the open. "
      "Officials ruled out any attack and said the workshop had been operating without a "
      "permit.",
      "Tultepec has suffered repeated explosions. Its San Pablito market was destroyed by a "
      "series of blasts in 2016, and the town's artisans have long complained that they get "
      "little help to work safely. The mayor said inspections of workshops would be stepped "
      "up."),
    ["MX"], [], [],
    ["Laura Ibarra"], [],
    "Accident: an accidental fireworks explosion, 7 dead, is not an incident; the 2016 market "
    "blasts were accidents too. 'Rockets' are fireworks.",
    when=past("2026-05-06", "Tuesday"), topic="accident")

art("quiet", "2026-01-15",
    "Piracy in Gulf of Guinea falls to lowest level in three decades, maritime bureau says",
    P("Pirate attacks in the Gulf of Guinea fell to their lowest level in more than 30 years in "
      "2025, the International Maritime Bureau (IMB) said in its annual report, crediting "
      "stronger naval patrols by coastal states and international navies.",
      "The bureau recorded 14 incidents in the gulf last year, down from 18 in 2024 and a peak "
      "of 84 in 2020. Three ships were boarded off Equatorial Guinea and São Tomé, and eight "
      "crew members were kidnapped in two incidents, all of whom were later released. No vessel "
      "was hijacked.",
      "The IMB credited the Nigerian navy's Deep Blue project, Ghana's new patrol vessels and "
      "European warships for the fall, but warned that armed robbery at anchorages off Lagos "
      "and Luanda remained a problem.",
      "'The gulf is far safer than it was, but the pirates have not disappeared; they are "
      "waiting for us to drop our guard,' said IMB spokesman Arun Pillai. Worldwide, the bureau "
      "counted 121 incidents, with the straits of South-East Asia the most affected area."),
    ["GQ", "ST", "NG", "GH", "AO"], [], [],
    ["Arun Pillai"], ["International Maritime Bureau", "IMB"],
    "Report of annual statistics: boardings and kidnappings are counted in aggregate (no date, "
    "place or single toll) -> not listed. ST through São Tomé, AO through Luanda, NG through "
    "the Nigerian navy and Lagos.",
    topic="report")

art("quiet", "2026-11-24",
    "Hackers attack Danish water utility's billing system; supply unaffected",
    P("Hackers attacked the billing and customer systems of the municipal water utility in "
      "Aarhus on Monday, forcing it to suspend online payments, but the water supply itself "
      "was not affected, the company said.",
      "Aarhus Vand said it had detected the attack early in the morning and shut down its "
      "customer portal as a precaution. A pro-Russian hacker group claimed the attack on "
      "Telegram and posted screenshots that it said showed customer records. The utility said "
      "it was still checking whether any personal data had been stolen.",
      "The national Centre for Cyber Security said it had raised its threat level for the water "
      "sector in March after a series of attacks on utilities in Europe. A spokesman said the "
      "agency had set up a war room with the company.",
      "It is the third cyber attack on a Danish utility this year. In September, a power "
      "distributor in Jutland was hit by a ransomware attack that forced staff to send bills by "
      "post. Security experts said the hackers' claim, sent in an email blast to Danish "
      "journalists, looked designed to spread fear rather than cause real damage."),
    ["DK", "RU"], [], [],
    [], ["Aarhus Vand", "Centre for Cyber Security", "Telegram"],
    "Cyber attacks are not physical incidents (a057). 'War room', 'email blast' figurative. RU "
    "through 'pro-Russian' (a demonym of the state the group sides with; like 'Iran-allied').",
    when=past("2026-11-24", "Monday"), topic="cyber")

art("quiet", "2026-10-14",
    "Ghana's nurses threaten to down tools from Monday over stalled conditions of service",
    P("Ghana's largest nurses' and midwives' association said on Tuesday that its members would "
      "stop work from Monday unless the government implemented a conditions of service "
      "agreement signed more than a year ago, in an escalating war of words with the health "
      "ministry.",
      "The Ghana Registered Nurses and Midwives Association (GRNMA) said only emergency wards "
      "would be staffed during the strike, which it described as indefinite. Its president, "
      "Comfort Asante, said members had been patient for too long and that the association was "
      "ready for a long battle.",
      "The health ministry said the allowances in the agreement would cost more than the "
      "budget could bear this year and accused the association of holding patients to ransom. "
      "Officials said talks would continue on Thursday.",
      "Hospital managers in Accra and Kumasi said a strike would hit maternity services hardest. "
      "Doctors in Ghana called off a similar strike in June after the government agreed to a "
      "phased payment plan."),
    ["GH"], [], [],
    ["Comfort Asante"], ["Ghana Registered Nurses and Midwives Association", "GRNMA"],
    "Strike call: labour 'strike', 'war of words', 'battle', 'holding patients to ransom' "
    "figurative. No incident; domestic talks are not diplomacy.",
    when=both(past("2026-10-14", "Tuesday"), nxt("2026-10-14", "Monday", "Thursday")),
    coming=("Monday", "Thursday"), topic="strike call")

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


def background(a):
    return [inc for inc in a["incidents"] if inc[4]]


def word_in(name, text):
    return re.search(r"(?<!\w)%s(?!\w)" % re.escape(name), text) is not None


def phrase_in(phrase, text):
    """A phrase as a word sequence, in any letter case."""
    return re.search(r"(?<!\w)%s(?!\w)" % re.escape(phrase), text, re.I) is not None


def name_used(name, text, lower_too=False):
    """A name as a word, as written or in capitals (ALL-CAPS feed lines), and in lower case
    for all-lowercase feed lines."""
    return (word_in(name, text) or word_in(name.upper(), text)
            or (lower_too and word_in(name.lower(), text)))


def names_country(text, code, lower_too=False):
    return any(name_used(n, text, lower_too) for n in COUNTRY_NAMES[code])


def number_in(n, text):
    """A number written as digits or (up to twenty) as a word, in any letter case."""
    if word_in(str(n), text):
        return True
    return n < len(NUMBER_WORDS) and phrase_in(NUMBER_WORDS[n], text)


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
    # nothing of blind_fresh13 (nor of what it carried from 12 and 11) reused
    for label, names in (("blind_fresh13", BF13_NAMES), ("blind_fresh12", BF12_NAMES),
                         ("blind_fresh11", BF11_NAMES)):
        for n in names:
            if name_used(n, text, a["degraded"]):
                err("reuses the %s place/name %r" % (label, n))
    # toll breakdowns: the parts add up to a current incident's toll, and are written out
    for entry in a["breakdown"]:
        if not (isinstance(entry, tuple) and len(entry) == 3):
            err("breakdown entry must be (location, parts, both_sides): %r" % (entry,))
            continue
        loc, parts, _sides = entry
        tolls = [inc[3] for inc in current(a) if inc[2] == loc]
        if not tolls:
            err("breakdown: no current incident at %r" % loc)
        elif sum(parts) not in tolls:
            err("breakdown: parts %r at %r do not add up to the gold toll %r" % (parts, loc, tolls))
        for p in parts:
            if p > 1 and not number_in(p, a["body"]):
                err("breakdown: part %d at %r is not written in the text" % (p, loc))
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
        for w in OLD_ABDUCTION_WORDS:
            if phrase_in(w, a["body"]):
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
            if not any(phrase_in(w, a["body"]) for w in ABDUCTION_WORDS):
                err("abduction text uses none of %s" % (ABDUCTION_WORDS,))
            plain = re.findall(PLAIN_ABDUCTION_RE, a["body"], re.I)
            if plain:
                err("abduction text falls back on plain wordings %s" % sorted(set(plain)))
        if any(inc[0] == "explosion" for inc in current(a)):
            old = [w for w in OLD_DEVICES if phrase_in(w, a["body"])]
            if old:
                err("SATP explosion text names devices of earlier sets %s" % old)
            if not any(phrase_in(w, a["body"]) for g in BLAST_DEVICES for w in g):
                err("SATP explosion text names none of the new devices %s" % (BLAST_DEVICES,))
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
        old_cs = {inc[1] for inc in current(a)} & (set(BF13_WIRE_COUNTRIES) - {"US"})
        if old_cs:
            err("current incident in a country blind_fresh13's wire block used: %s" % sorted(old_cs))
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
        cur_blast = any(inc[0] == "explosion" for inc in current(a))
        if a["mechanism"]:
            if a["mechanism"] not in WIRE_MECHANISMS:
                err("unknown mechanism %r" % a["mechanism"])
            elif not re.search(WIRE_MECHANISMS[a["mechanism"]], text, re.I):
                err("mechanism %r not named in the text" % a["mechanism"])
            if not cur_blast:
                err("mechanism article without a current explosion")
        elif cur_blast:
            err("wire article with a current explosion must name its mechanism")
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
    wording = {w for a in satp if a["abduction"] for w in ABDUCTION_WORDS if phrase_in(w, a["body"])}
    if wording != set(ABDUCTION_WORDS):
        errors.append("abduction wording not varied: missing %s" % sorted(set(ABDUCTION_WORDS) - wording))
    for group in BLAST_DEVICES:
        if not any(phrase_in(w, a["body"]) for a in blasts for w in group):
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
        ("wire articles with current incidents in two countries", sum(1 for a in wire if len({i[1] for i in current(a)}) > 1), MIN_WIRE_MULTI_COUNTRY),
        ("wire articles with a national of one country killed in another", sum(1 for a in wire if a["foreign"]), MIN_WIRE_FOREIGN),
        ("wire articles whose country is only implied", sum(1 for a in wire if a["implied"]), MIN_WIRE_IMPLIED),
        ("wire articles with a background incident", sum(1 for a in wire if background(a)), MIN_WIRE_BACKGROUND),
        ("wire follow-up (updated toll) articles", sum(1 for a in wire if a["followup"]), MIN_WIRE_FOLLOWUP),
        ("wire articles with a protest turned riot", sum(1 for a in wire if a["riot_turn"]), MIN_WIRE_RIOT_TURN),
        ("wire articles with diplomacy/strategic besides incidents", sum(1 for a in wire if a["other"]), MIN_WIRE_OTHER),
        ("wire articles with a toll broken down across groups", sum(1 for a in wire if any(len(b[1]) > 1 for b in a["breakdown"])), MIN_WIRE_BREAKDOWN),
        ("wire articles counting both sides' dead", sum(1 for a in wire if any(b[2] for b in a["breakdown"])), MIN_WIRE_BOTHSIDES),
        ("distinct mechanisms of current wire explosions", len({a["mechanism"] for a in wire if a["mechanism"]}), MIN_WIRE_MECHANISMS),
    )
    mechs = [a["mechanism"] for a in wire if a["mechanism"]]
    if len(set(mechs)) != len(mechs):
        errors.append("wire explosions share a mechanism: %s" % sorted(mechs))
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
    for kind, n in BLOCKS:
        arts = [a for a in ARTICLES if a["kind"] == kind]
        c = {}
        b = {}
        for a in arts:
            for inc in a["incidents"]:
                d = b if inc[4] else c
                d[inc[0]] = d.get(inc[0], 0) + 1
        lines.append("  %-5s current: %s; background: %s" % (kind, fmt(c) or "-", fmt(b) or "-"))
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
    lines.append("wire: %d multi-incident (%d in two countries), %d foreign-victim, %d implied-country, "
                 "%d with background, %d follow-up, %d protest-turned-riot, %d with other events, "
                 "%d with a toll breakdown (%d both sides); mechanisms %s" % (
                     sum(1 for a in wire if len(current(a)) > 1),
                     sum(1 for a in wire if len({i[1] for i in current(a)}) > 1),
                     sum(1 for a in wire if a["foreign"]),
                     sum(1 for a in wire if a["implied"]),
                     sum(1 for a in wire if background(a)),
                     sum(1 for a in wire if a["followup"]),
                     sum(1 for a in wire if a["riot_turn"]),
                     sum(1 for a in wire if a["other"]),
                     sum(1 for a in wire if any(len(b[1]) > 1 for b in a["breakdown"])),
                     sum(1 for a in wire if any(b[2] for b in a["breakdown"])),
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

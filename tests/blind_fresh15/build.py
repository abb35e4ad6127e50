#!/usr/bin/env python3
"""Build blind_fresh15: a fresh, blind evaluation set of 60 synthetic articles, as JSONL.

Standard library only. Every text and its gold are data in this file. The gold of each article
was decided when its text was written, by the conventions of ../../shared/corpus/NOTES.md, and
is frozen (see README.md).

    python3 build.py            # run every check, then write blind_fresh15.jsonl
    python3 build.py --check    # run the checks only
    python3 build.py --notes    # print one judgment line per article (NOTES.md format)
"""
import datetime
import json
import os
import re
import sys

SOURCE = "synthetic, written for this project (blind, fresh 15)"
ORIGIN = ("written from scratch for this project: tests/blind_fresh15/build.py "
          "(fictional or fictionalised events in real places)")
LICENSE = "project's own"
PREFIX = "bf15"
OUTFILE = "blind_fresh15.jsonl"

INCIDENT_TYPES = ("battle", "explosion", "civilian_attack", "protest", "riot")
OTHER_TYPES = ("strategic", "diplomacy")
BLOCKS = (("satp", 18), ("wire", 22), ("quiet", 20))
YEAR = 2026
MONTH_RANGE = (1, 11)       # published January .. November

# --- SATP-style block (bf15-01..18) ---
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
ABDUCTION_WORDS = ("hauled off", "made off with", "frogmarched", "rounded up", "waylaid")
# ... and no SATP-style text may use the wordings of blind_fresh14, 13, 12 or 11 (as
# blind_fresh14's README and build.py list them), and no abduction text may fall back on the
# plain verbs.
BF14_ABDUCTION_WORDS = ("herded", "forced into", "captured", "led off", "lured")
BF13_ABDUCTION_WORDS = ("carried off", "held for ransom", "bundled", "marched away at gunpoint",
                        "spirited away")
BF12_ABDUCTION_WORDS = ("picked up by militants", "held captive", "took away",
                        "went missing after armed men", "snatched")
BF11_ABDUCTION_WORDS = ("abducted", "kidnapped", "whisked away", "forcibly taken",
                        "taken hostage", "dragged away")
OLD_ABDUCTION_WORDS = (BF14_ABDUCTION_WORDS + BF13_ABDUCTION_WORDS + BF12_ABDUCTION_WORDS
                       + BF11_ABDUCTION_WORDS)
PLAIN_ABDUCTION_RE = r"\b(abduct\w*|kidnap\w*|hostages?)\b"
# Device words: among the SATP texts with a current explosion, one must name each group ...
BLAST_DEVICES = (("claymore mine", "claymore"), ("pipe bomb",), ("socket bomb",),
                 ("bicycle bomb",))
# ... and none may name a device or mechanism an earlier set named (blind_fresh14's list of
# earlier devices, its own three SATP devices, and its wire mechanisms and the devices in the
# earlier sets' titles).
OLD_DEVICES = ("IED", "improvised explosive device", "grenade", "suicide bomber",
               "suicide attacker", "car bomb", "landmine", "land mine", "pressure bomb",
               "mortar", "rocket shell", "sticky bomb", "motorcycle bomb", "suicide vest",
               "pressure cooker", "roadside bomb", "crude bomb", "quadcopter", "drone",
               "air strike", "airstrike", "shelling", "missile",
               "tiffin bomb", "tiffin box bomb", "parcel bomb", "booby trap", "booby-trapped",
               "timer bomb", "timed bomb", "paraglider", "glide bomb", "dynamite",
               "petrol bomb")
# Kinds of SATP text without a current incident that the block must cover.
SATP_QUIET_TOPICS = ("surrender", "recovery", "arrest", "verdict", "release", "statistics")
# Punctuation a degraded (feed-damaged) SATP line must not contain.
DEGRADED_PUNCT = ".,;:()'\"!?-—–’‘“”/"
# Month-and-day inline dates in SATP texts: at most this many days before / after `published`
# (after: a strike called for a coming date).
SATP_DATE_BEFORE, SATP_DATE_AFTER = 60, 30

# --- wire block (bf15-19..40) ---
WIRE_WORDS = (150, 300)     # the short wire reports
# Long wire reports in the manner of agency/newspaper copy: word range, minimum count, and
# what each must carry (paragraphs, quoted speech, a vague reference to earlier violence, an
# announced investigation or inquiry); the block must also give several casualty sources.
LONG_WIRE_WORDS = (450, 750)
MIN_WIRE_LONG = 8
MIN_LONG_PARAGRAPHS = 6
MIN_LONG_QUOTES = 2
VAGUE_PAST_RE = (r"\b(in recent (months|weeks)|last year'?s?|earlier this year|in recent years|"
                 r"since early last year|last month)\b")
INQUIRY_RE = r"\b(investigat\w*|inquiry|committee had been formed|judicial panel)\b"
MIN_LONG_BACKGROUND = 5     # long wire reports that also recall a dated older incident
MIN_WIRE_PARAGRAPHS = 3
# Minimum articles per region (the brief asks for a spread over all six; 22 in all).
WIRE_REGIONS = {"latin_america": 3, "africa": 3, "middle_east": 3, "europe": 2, "us": 2,
                "asia": 3}
# Countries each region's current incidents may lie in.
REGION_COUNTRIES = {
    "latin_america": ("MX", "GT", "HN", "SV", "NI", "CR", "PA", "CO", "VE", "EC", "PE", "BO",
                      "BR", "PY", "AR", "CL", "UY", "HT", "DO", "JM"),
    "africa": ("ML", "BF", "NE", "MR", "TD", "SD", "SS", "SO", "ET", "KE", "UG", "NG", "CM",
               "CD", "CF", "MZ", "LY", "TZ"),
    "middle_east": ("IQ", "SY", "LB", "IL", "PS", "JO", "YE", "IR", "SA", "TR"),
    "europe": ("UA", "RU", "GB", "IE", "FR", "DE", "NL", "BE", "ES", "IT", "SE", "RO", "PL",
               "GR", "AT", "CH", "RS", "GE", "NO", "DK", "FI"),
    "us": ("US",),
    "asia": ("IN", "PK", "AF", "BD", "NP", "LK", "MM", "TH", "PH", "ID", "MY"),
}
# Countries that hosted blind_fresh14's current wire incidents (its README's per-article
# table): this set's current wire incidents lie elsewhere (the brief's US block excepted).
BF14_WIRE_COUNTRIES = ("EC", "HT", "GT", "VE", "TD", "CM", "ET", "MZ", "TZ", "LY", "YE", "PS",
                       "IL", "TR", "FR", "DE", "GR", "RS", "US", "PK", "BD", "MM")
MIN_LATAM_COUNTRIES = 3
MIN_AFRICA_COUNTRIES = 3
MIN_WIRE_MULTI = 5          # more than one current incident
MIN_WIRE_MULTI_COUNTRY = 1  # ... of them with current incidents in two countries
MIN_WIRE_FOREIGN = 2        # a national of A killed in B (incident in B, A only mentioned)
MIN_WIRE_IMPLIED = 3        # incident country only implied by places
MIN_WIRE_BACKGROUND = 5     # also recalls an older incident
MIN_WIRE_FOLLOWUP = 3       # updated-toll story ("the death toll rose to ...")
MIN_WIRE_RIOT_TURN = 2      # a protest that turns into a riot
MIN_WIRE_OTHER = 5          # diplomacy or strategic events besides the incidents
MIN_WIRE_BREAKDOWN = 3      # a toll broken down across groups (soldiers, attackers, passers-by)
MIN_WIRE_BOTHSIDES = 2      # ... of them with both sides' dead reported
MIN_WIRE_DATELINE_FORM = 2  # each dateline form (see dateline_form) at least this often
FOLLOWUP_RE = r"\b(rose|rises|risen|has risen|climbed|revised(?: up(?:ward)?| down(?:ward)?)?) to\b"
RIOT_TURN_RE = r"\bturn(ed|s)? (violent|into a riot)\b"
# Mechanisms of the wire block's current explosions: every such article names its own, and no
# two articles share one (an article may declare two, one per explosion).
WIRE_MECHANISMS = {"air strike": r"\bair ?strikes?\b", "shelling": r"\bshell(ing|ed|s)\b",
                   "drone": r"\bdrones?\b", "car bomb": r"\bcar bomb(ing|er)?s?\b",
                   "artillery": r"\bartillery\b", "missile": r"\bmissiles?\b",
                   "grenade": r"\bgrenades?\b", "landmine": r"\bland ?mines?\b",
                   "roadside bomb": r"\broadside bombs?\b",
                   "suicide bomber": r"\bsuicide bomb(ing|er)s?\b"}
MIN_WIRE_MECHANISMS = 6
NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                "fourteen fifteen sixteen seventeen eighteen nineteen twenty").split()

# --- quiet block (bf15-41..60) ---
QUIET_WORDS = (120, 400)
LONG_QUIET_WORDS = (400, 650)   # the long features
MIN_QUIET_LONG = 4
QUIET_TOPICS = ("memorial", "trial", "policy", "film", "book", "game", "exercise", "hoax",
                "defused", "planned protest", "raid", "sport", "business", "election",
                "diplomacy", "weather", "accident", "report", "cyber", "strike call")
# World capitals a quiet story may be datelined in while it is about violence elsewhere.
CAPITAL_COUNTRY = {"LONDON": "GB", "BERLIN": "DE", "ROME": "IT", "MADRID": "ES", "VIENNA": "AT",
                   "OTTAWA": "CA", "CANBERRA": "AU", "TOKYO": "JP", "LISBON": "PT",
                   "BRUSSELS": "BE"}
CAPITAL_DATELINES = tuple(CAPITAL_COUNTRY)
MIN_QUIET_CAPITAL = 2
MIN_QUIET_BACKGROUND = 4    # quiet articles that recall a past incident
# Figurative violence vocabulary the quiet block must use somewhere (the brief's ten words and
# this set's new phrases) ...
QUIET_PHRASES = ("attack", "battle", "fire", "clash", "storm", "bomb", "blast", "shot", "strike",
                 "war", "firestorm", "under fire", "penalty shootout", "bloodbath", "culture war",
                 "smoking gun", "powder keg", "battle lines", "sniping", "baptism of fire",
                 "blitz", "call to arms", "big guns", "crossfire", "bitten the bullet")
# ... and none of blind_fresh14's phrases (its README's list).
BF14_QUIET_PHRASES = ("war of words", "traded fire", "bombshell", "shot across the bow",
                      "storm of applause", "attack ad", "price war", "opening shot", "war room")

# Names (as words) that would state a country outright: an `implied` / `placeonly` article must
# use none of the names of its incident countries (or, for SATP texts, of its only country).
COUNTRY_NAMES = {
    "SD": ("Sudan", "Sudanese", "Khartoum"),
    "SE": ("Sweden", "Swedish", "Swedes", "Swede", "Stockholm"),
    "TH": ("Thailand", "Thai", "Thais", "Bangkok", "Siam", "Siamese"),
    "PH": ("Philippines", "Philippine", "Filipino", "Filipinos", "Manila"),
    "PK": ("Pakistan", "Pakistani", "Pakistanis", "Islamabad"),
    "BD": ("Bangladesh", "Bangladeshi", "Bangladeshis", "Dhaka"),
    "LK": ("Sri Lanka", "Sri Lankan", "Sri Lankans", "Lanka", "Lankan", "Ceylon"),
}
# First-level names (provinces/divisions, their capitals and the national capital) a
# `placeonly` SATP text must not use either.
FIRST_LEVEL = {
    "PK": ("Punjab", "Sindh", "Khyber Pakhtunkhwa", "Pakhtunkhwa", "Balochistan", "Baluchistan",
           "Gilgit-Baltistan", "Gilgit", "Azad Kashmir", "Kashmir", "Lahore", "Karachi",
           "Peshawar", "Quetta", "Muzaffarabad", "Islamabad", "FATA"),
    "BD": ("Dhaka", "Chattogram", "Chittagong", "Khulna", "Rajshahi", "Barishal", "Barisal",
           "Sylhet", "Rangpur", "Mymensingh"),
    "LK": ("Western Province", "Central Province", "Southern Province", "Northern Province",
           "Eastern Province", "North Western Province", "North Central Province", "Uva",
           "Sabaragamuwa", "Colombo", "Sri Jayawardenepura", "Kotte", "Kandy", "Galle",
           "Jaffna", "Trincomalee", "Kurunegala", "Anuradhapura", "Badulla", "Ratnapura"),
}
# Places, datelines and metonyms named in blind_fresh14's README (its per-article table, its
# traps and its doubts, and the few it names in "How it was written"): none may be reused here.
BF14_NAMES = (
    "Saraidih", "Gara Ismail", "Raghistan", "Kokcha", "Kalagachhia", "Thayet Taw", "Sagada",
    "Kendumundi", "Sararogha", "Shah Khel", "Tagab", "Alasay", "Langurahi", "Tangi",
    "Nyaung Pin Thar", "Kyauk Taing", "Htantabin", "Bardiya", "Banke", "Gulariya", "Kohalpur",
    "Nepalgunj", "Eravur", "Kharan", "Latehar", "Jharkhand", "Dera Ismail Khan", "Badakhshan",
    "Satkhira", "Ayeyarwady Region", "Ayeyarwady", "Kalahandi", "South Waziristan", "Gaya",
    "Bihar", "Charsadda", "Batticaloa", "Cox's Bazar", "Coxs Bazar", "Dantewada", "Herat",
    "Punjab", "Naranjal", "Balao", "Petit-Goâve", "Grand-Goâve", "Escuintla", "Machiques",
    "Perijá", "Moundou", "Bétaré-Oya", "Debark", "Dabat", "Gondar", "Amhara", "Chai", "Kitaya",
    "Macomia", "Rovuma", "Mocímboa da Praia", "Zliten", "Bani Walid", "Hays", "al-Jarrahi",
    "Jarrahi", "Nuseirat", "Haifa", "HaAtzmaut Road", "Hamifratz", "Izmir", "Gündoğdu Square",
    "Gündoğdu", "Aliağa", "Mistral", "Villeneuve", "Grenoble", "Marxloh", "Altendorf",
    "Duisburg", "Essen", "North Rhine-Westphalia", "Rhine-Westphalia", "Pireos Street",
    "Exarchia", "Athens", "Kragujevac", "Niš", "Tanque Verde Swap Meet", "Tanque Verde",
    "Tucson", "Farish Street", "Jackson", "Mastung", "Kalat", "Rajshahi",
    "Rajshahi University", "Thantlang", "Hakha", "Chin State", "Lockerbie", "Scotland",
    "Kouré", "Zámocká Street", "Zámocká", "Bratislava", "Marco Fidel Suárez", "Cali", "Tibú",
    "Catatumbo", "Curaçao", "Paris", "Havana", "Mokha", "West Bank",
)
# Places of blind_fresh13 (as blind_fresh14 carried them): not reused either.
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
        mechanism=(), breakdown=(), topic=None, capital=False, long=False):
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
    mechanism: tuple of WIRE_MECHANISMS named by a wire article's current explosions.
    long: a long wire report (LONG_WIRE_WORDS) or long quiet feature (LONG_QUIET_WORDS).
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
                         mechanism=tuple(mechanism), breakdown=tuple(breakdown),
                         topic=topic, capital=capital, long=long))

# =====================================================================================
# bf15-01..18  SATP-style digests: no title, one paragraph, 60-160 words, dated inline.
# =====================================================================================

art("satp", "2026-02-12", None,
    "Suspected cadres of the United Liberation Front of Asom-Independent (ULFA-I) hauled off an "
    "assistant manager of the Sapekhati tea estate from his bungalow in Charaideo district of "
    "Assam late on February 10, police said. Five armed men in combat fatigues cut the telephone "
    "line, tied up the night watchman and left with Pranjal Borgohain, 34, on foot towards the "
    "hills along the border with Nagaland. The estate's management said a caller claiming to "
    "speak for the outfit had demanded Rs 2 crore on February 11. Charaideo Superintendent of "
    "Police Dipankar Saikia said the Army and the Assam Police had launched a joint search and "
    "that the cadres were suspected of trying to reach the outfit's camps across the border in "
    "Myanmar. Tea garden workers stopped plucking in protest on the morning of February 11.",
    ["IN", "MM"],
    [("civilian_attack", "IN", "Sapekhati", None, False)],
    [],
    ["Pranjal Borgohain", "Dipankar Saikia"],
    ["United Liberation Front of Asom-Independent", "ULFA-I", "Army", "Assam Police"],
    "Tea-estate manager taken from his bungalow two days before = current civilian_attack, "
    "still held, toll null; the tying-up of the watchman is folded in. Placed at the estate "
    "(Sapekhati). MM only as the place the cadres may head for (a referred place). The "
    "workers' stoppage 'in protest' is a work stoppage, not a demonstration: not listed. "
    "Wording: 'hauled off'.",
    abduction=True)

art("satp", "2026-04-22", None,
    "DACOITS OF THE JATOI GANG MADE OFF WITH FOUR LABOURERS FROM A RICE MILL ON THE OUTSKIRTS "
    "OF GARHI YASIN IN SHIKARPUR DISTRICT OF SINDH ON APRIL 20 POLICE SAID THE ARMED MEN CAME IN "
    "TWO PICKUPS AFTER MIDNIGHT FIRED INTO THE AIR AND DROVE THE WORKERS TOWARDS THE RIVERINE "
    "FOREST ALONG THE INDUS SENIOR SUPERINTENDENT OF POLICE FAROOQ LANJAR SAID THE MILL OWNER HAD "
    "RECEIVED A CALL DEMANDING RS 20 MILLION FOR THEIR RELEASE AND THAT A JOINT OPERATION OF "
    "POLICE AND RANGERS WAS UNDER WAY IN THE KACHO AREA THE LABOURERS WERE IDENTIFIED AS NAWAZ "
    "ALI MUHAMMAD URS GHULAM HYDER AND SAJJAN MAHAR",
    ["PK"],
    [("civilian_attack", "PK", "GARHI YASIN", None, False)],
    [],
    ["FAROOQ LANJAR"],
    ["RANGERS"],
    "ALL-CAPS unpunctuated feed line. Dacoits taking four mill workers for a ransom two days "
    "before = current civilian_attack (criminal, still an armed abduction of civilians), null. "
    "Sindh/Indus/Shikarpur give PK; 'RS' is a currency. The joint police-Rangers operation is "
    "not coded strategic (as blind_fresh14 left searches uncoded). Wording: 'made off with'.",
    abduction=True, degraded=True)

art("satp", "2026-06-04", None,
    "Unidentified gunmen frogmarched two polio vaccinators and their driver out of a health post "
    "in Qaisar district of Faryab province on June 2 and drove them into the hills south of the "
    "district centre, local officials said. The health workers, employed by a contractor of the "
    "World Health Organization, had been preparing a door-to-door campaign in the villages around "
    "the district centre. A Taliban spokesman in Faryab, Abdul Rauf Hamdard, said the group's "
    "fighters were searching the area and blamed criminals for the seizure. Residents said the "
    "gunmen spoke Uzbek and Dari among themselves and also took the team's vehicle and its cold "
    "boxes. No group had claimed responsibility by June 3, and the vaccination drive in Qaisar has "
    "been suspended.",
    ["AF"],
    [("civilian_attack", "AF", "Qaisar", None, False)],
    [],
    ["Abdul Rauf Hamdard"],
    ["World Health Organization", "Taliban"],
    "Vaccinators taken at gunpoint two days before = current civilian_attack, null. TRAP: "
    "'spoke Uzbek and Dari' are languages, no UZ. WHO is an organisation, no place. Suspension "
    "of the drive is not coded. Wording: 'frogmarched'.",
    abduction=True)

art("satp", "2026-08-19", None,
    "Troops of Light Infantry Battalion 57 rounded up 14 men from Hpa Yar Gon village in "
    "Shwegyin township, Bago Region, on August 17 and forced them to carry ammunition for a "
    "column moving towards the Sittaung river, the Karen National Union (KNU) said. Relatives said "
    "the men, aged between 16 and 60, were tied together with rope and taken from their homes at "
    "dawn; two older men were let go the same evening after collapsing on the track. The same "
    "column shot dead a farmer and his son in their paddy field outside the village on July 5, the "
    "KNU said. An official of the Bago Region government could not be reached for comment. The "
    "group's Brigade 3 said its fighters were tracking the column but had not engaged it.",
    ["MM"],
    [("civilian_attack", "MM", "Hpa Yar Gon", None, False),
     ("civilian_attack", "MM", "Hpa Yar Gon", 2, True)],
    [],
    [],
    ["Light Infantry Battalion 57", "Karen National Union", "KNU"],
    "Forced porterage: 14 villagers seized by troops two days before = current civilian_attack "
    "(abduction by a state force), null (nobody said to have died). The July 5 shooting of a "
    "farmer and his son (43 days earlier) = background civilian_attack, 2. 'Karen' is part of an "
    "organisation name. Wording: 'rounded up'.",
    abduction=True, mixed=True)

art("satp", "2026-10-08", None,
    "Armed men waylaid a tipper truck carrying gravel on the East-West Highway near Lahan in "
    "Siraha district on the night of October 6 and drove off with its owner, Ramesh Yadav, 41, "
    "police said. The driver, who was beaten and left tied to a roadside tree, told police the "
    "group of five carried pistols and a homemade gun and spoke of a tax that had gone unpaid "
    "for months. Leaflets of an underground outfit calling itself the Madhesh Mukti Sena were "
    "found at the spot. Deputy Superintendent of Police Kiran Chaudhary said teams had been sent "
    "towards the border with India, where the men are believed to have fled, and that Yadav's "
    "family had received a demand for money by telephone on October 7.",
    ["NP", "IN"],
    [("civilian_attack", "NP", "Lahan", None, False)],
    [],
    ["Ramesh Yadav", "Kiran Chaudhary"],
    ["Madhesh Mukti Sena"],
    "Truck owner taken by an armed outfit two days before = current civilian_attack, null; the "
    "driver's beating is folded in. IN only as the border the men fled towards (a place, "
    "referred to). 'Madhesh' here is inside an organisation name. Wording: 'waylaid'.",
    abduction=True)

art("satp", "2026-05-27", None,
    "Three cadres of the CPI-Maoist, including a woman, were killed in an encounter with a joint "
    "team of the District Reserve Guard (DRG) and the Border Security Force (BSF) in the forests "
    "near Kalpar village under Koyalibeda police station limits of Kanker district in "
    "Chhattisgarh on May 25, police said. The exchange of fire lasted nearly two hours after the "
    "team, acting on a tip about a meeting of the Maoists' Partapur area committee, came under "
    "fire from a hill. An INSAS rifle, a .303 rifle and a muzzle-loading gun were recovered. "
    "Inspector General of Police Anand Dhruw said one of the dead was believed to be among the "
    "cadres who killed Sukhram Usendi, a villager of Kalpar, on April 11 after branding him a "
    "police informer.",
    ["IN"],
    [("battle", "IN", "Kalpar", 3, False),
     ("civilian_attack", "IN", "Kalpar", 1, True)],
    [],
    ["Anand Dhruw", "Sukhram Usendi"],
    ["CPI-Maoist", "District Reserve Guard", "Border Security Force"],
    "Encounter two days before, three Maoists killed = current battle, 3. The April 11 killing "
    "of a villager as an 'informer' (44 days earlier) = background civilian_attack, 1. Weapons "
    "recovered after the encounter are not a separate event.",
    mixed=True)

art("satp", "2026-03-11", None,
    "TWO POLICEMEN AND THREE MILITANTS WERE KILLED WHEN ARMED MEN ATTACKED THE GURGURI POLICE "
    "STATION IN KARAK DISTRICT ON MARCH 9 POLICE SAID ABOUT A DOZEN ATTACKERS OPENED FIRE FROM "
    "THREE SIDES AFTER MIDNIGHT AND TRIED TO BREAK INTO THE COMPOUND BUT WERE PUSHED BACK AFTER A "
    "GUNBATTLE THAT LASTED ABOUT TWO HOURS DISTRICT POLICE OFFICER ZAHID MARWAT SAID THE BODIES "
    "OF THE THREE ATTACKERS WERE FOUND NEAR THE COMPOUND WALL WITH RIFLES AND AMMUNITION THE DEAD "
    "POLICEMEN WERE IDENTIFIED AS CONSTABLE AMJAD KHAN AND HEAD CONSTABLE NOOR ZAMAN TEHREEK E "
    "TALIBAN PAKISTAN CLAIMED THE ATTACK IN A STATEMENT",
    ["PK"],
    [("battle", "PK", "GURGURI", 5, False)],
    [],
    ["ZAHID MARWAT", "AMJAD KHAN", "NOOR ZAMAN"],
    ["TEHREEK E TALIBAN PAKISTAN"],
    "ALL-CAPS unpunctuated line. Assault on a police station repulsed two days before = current "
    "battle; 2 policemen + 3 attackers = 5 (perpetrators included). PK only through the group's "
    "name (TEHREEK E TALIBAN PAKISTAN) and Karak: a country inside an organisation name does not "
    "count by NOTES, so PK rests on Karak district (judgment; a system needs a gazetteer).",
    degraded=True)

art("satp", "2026-09-23", None,
    "Fighters of the Afghanistan Freedom Front (AFF) attacked a Taliban checkpoint at the "
    "entrance of Khwaja Ghar district in Takhar province on September 21, killing two Taliban "
    "guards, a district official said. The attackers fired on the checkpoint with machine guns "
    "from the surrounding hills shortly before dawn. The AFF said in a statement on social media "
    "that its fighters had killed five Taliban and seized weapons, a claim the Taliban's "
    "provincial spokesman, Mawlawi Zabihullah Qarluq, rejected. He said two guards had died and "
    "that the attackers had fled towards the river after a short exchange of fire. No AFF "
    "casualties were reported. Residents said Taliban forces had begun searching houses in "
    "villages near the checkpoint.",
    ["AF"],
    [("battle", "AF", "Khwaja Ghar", 2, False)],
    [],
    ["Mawlawi Zabihullah Qarluq"],
    ["Afghanistan Freedom Front", "AFF", "Taliban"],
    "Attack on a checkpoint two days before = current battle. The attacked side's figure (2) "
    "is used over the attacker's claim (5), as b002/blind_fresh14 prefer. House searches not "
    "coded. AF from the province and from 'Afghanistan Freedom Front' (organisation name does "
    "not count; Takhar does).")

art("satp", "2026-11-05", None,
    "Two jawans of the Special Operation Group (SOG) were killed and three others injured when "
    "Maoists triggered a claymore mine under a culvert on the Sunabeda forest road in Nuapada "
    "district of Odisha on November 3, police said. The team was returning on foot from an area "
    "domination exercise near Komna when the blast threw two of the men into a ravine. The "
    "injured were flown to Raipur for treatment. Nuapada Superintendent of Police Ashok Barla "
    "said wires running from the culvert to a hillock about 150 metres away had been found, and "
    "that cadres of the Maoists' Sunabeda-Gobra division were suspected. The dead were identified "
    "as Constable Bikash Naik and Constable Tapan Sethi.",
    ["IN"],
    [("explosion", "IN", "Sunabeda", 2, False)],
    [],
    ["Ashok Barla", "Bikash Naik", "Tapan Sethi"],
    ["Special Operation Group", "SOG"],
    "Command-detonated claymore mine under a culvert two days before = current explosion "
    "(even though aimed at security forces), 2. Placed at Sunabeda (the named forest road) "
    "rather than the district. Raipur/Odisha -> IN. New device: claymore mine.")

art("satp", "2026-01-28", None,
    "Two people were killed and nine injured when a pipe bomb hidden in a vegetable cart went off "
    "at the crowded Fish Market Chowk in Turbat on January 26, police said. The explosion took "
    "place minutes after a convoy of the Frontier Corps (FC) passed through the chowk. The dead "
    "were identified as Dad Karim, a vendor, and Shay Mureed, a schoolboy. The Kech district "
    "police chief, Senior Superintendent of Police Behram Baloch, said the device had been packed "
    "with nails and set off by a remote detonator, and that traders had shut the market in "
    "protest against the lack of security. The Baloch Liberation Front said in a message to "
    "journalists that it had targeted the FC convoy.",
    ["PK"],
    [("explosion", "PK", "Fish Market Chowk", 2, False)],
    [],
    ["Dad Karim", "Shay Mureed", "Behram Baloch"],
    ["Frontier Corps", "FC", "Baloch Liberation Front"],
    "PLACE-ONLY: Turbat and Kech district only; neither the country nor the province is named. "
    "Pipe bomb two days before = current explosion, 2, placed at the chowk. The traders' "
    "shutdown 'in protest' is a strike, not a demonstration: not listed. New device: pipe bomb.",
    placeonly=True)

art("satp", "2026-07-15", None,
    "A man was killed and two children injured when unidentified people hurled a socket bomb into "
    "the courtyard of a union parishad member's house at Charbhadrasan upazila of Faridpur "
    "district on the night of July 13, police said. The dead man, Motaleb Sheikh, 52, was a "
    "cousin of the union parishad member, Jashim Matubbar, who blamed supporters of a rival "
    "faction in a dispute over the lease of a sand quarry on the Padma. Officer-in-charge of "
    "Charbhadrasan police station Abdur Rahim said fragments of the device and a second, "
    "unexploded socket bomb were found near the gate, and that three men had been detained for "
    "questioning. Additional police have been deployed in the area.",
    ["BD"],
    [("explosion", "BD", "Charbhadrasan", 1, False)],
    ["strategic"],
    ["Motaleb Sheikh", "Jashim Matubbar", "Abdur Rahim"],
    [],
    "PLACE-ONLY: an upazila and a district (Faridpur), the Padma river; no country or division "
    "name. Socket bomb thrown into a house two days before = current explosion, 1 (the second, "
    "unexploded device is not an incident). Detentions and the deployment = strategic. New "
    "device: socket bomb.",
    placeonly=True)

art("satp", "2026-03-26", None,
    "a bicycle bomb exploded near the entrance of the myoma market in pyin oo lwin on march 24 "
    "killing a police corporal and a woman who sold betel at the gate local residents said the "
    "bomb was hidden in a basket fixed to a bicycle parked beside a checkpoint of the myanmar "
    "police force and four other people were wounded a local resistance group the pyin oo lwin "
    "urban guerrilla force claimed the attack in a message on telegram saying it had targeted the "
    "checkpoint and regretted the death of the vendor on february 9 the same group shot dead a "
    "ward administrator appointed by the military council in the town the military run newspaper "
    "said security had been tightened and that new checkpoints had been set up on the road to "
    "mandalay",
    ["MM"],
    [("explosion", "MM", "pyin oo lwin", 2, False),
     ("civilian_attack", "MM", "pyin oo lwin", 1, True)],
    ["strategic"],
    [],
    ["myanmar police force", "pyin oo lwin urban guerrilla force"],
    "All-lowercase unpunctuated line. Bicycle bomb two days before = current explosion, 2 (a "
    "corporal and a vendor). The February 9 killing of a ward administrator (43 days earlier) = "
    "background civilian_attack, 1 (an appointed civil official, unarmed). 'security had been "
    "tightened' = strategic (security alert). Placed at the town (the market name is generic). "
    "New device: bicycle bomb.",
    degraded=True, mixed=True)

art("satp", "2026-05-06", None,
    "Personnel of the Special Task Force (STF) recovered 11 T-56 assault rifles, about 1,200 "
    "rounds of ammunition and four hand bombs wrapped in polythene from a pit in an abandoned "
    "coconut estate at Mulankavil in Kilinochchi on May 4, police said. Acting on information "
    "from a labourer who had been clearing the land, the team dug up two barrels buried about a "
    "metre deep. Police spokesman Senior Superintendent Nihal Wickramaratne said the weapons were "
    "believed to have been hidden during the final phase of the war in 2009 and had rusted badly. "
    "No arrests were made. The cache was handed over to the Poonakary police and the Kilinochchi "
    "Magistrate's Court was informed.",
    ["LK"],
    [],
    ["strategic"],
    ["Nihal Wickramaratne"],
    ["Special Task Force", "STF", "Kilinochchi Magistrate's Court"],
    "PLACE-ONLY: Mulankavil, Kilinochchi, Poonakary; no country, province or provincial capital. "
    "Arms cache recovered = strategic (seizure), no incident; the 2009 war is history, not an "
    "incident. 'hand bombs' are seized, not exploded.",
    placeonly=True, topic="recovery")

art("satp", "2026-08-06", None,
    "Nine cadres of the proscribed People's Liberation Army (PLA) and the Kangleipak Communist "
    "Party (KCP) surrendered before the Manipur police and the Assam Rifles at a ceremony in "
    "Imphal on August 4, officials said. They deposited two AK-56 rifles, an M16 rifle, four "
    "pistols, a carbine and 180 rounds of ammunition. Additional Director General of Police "
    "Thokchom Ibomcha Singh said the cadres, most of them from Thoubal and Kakching districts, had "
    "contacted the police through relatives over several months and would each receive a "
    "rehabilitation grant of Rs 4 lakh under the state's surrender policy. One of them, a "
    "self-styled sergeant major of the PLA, had been wanted for an ambush on an Assam Rifles "
    "convoy in 2021, he said.",
    ["IN"],
    [("battle", "IN", None, None, True)],
    ["strategic"],
    ["Thokchom Ibomcha Singh"],
    ["People's Liberation Army", "PLA", "Kangleipak Communist Party", "KCP", "Assam Rifles"],
    "Surrender with weapons = strategic, no current incident. The 2021 ambush on an Assam Rifles "
    "convoy = background battle, no place, no toll. TRAP: 'People's Liberation Army' here is a "
    "Manipuri group, not China's army (no CN).",
    topic="surrender")

art("satp", "2026-10-21", None,
    "The Counter Terrorism Department (CTD) of the Sindh police arrested three suspected militants "
    "of the Islamic State Pakistan Province during a raid on a house in the Manghopir area of "
    "Karachi on October 19, officials said. Two pistols, a Kalashnikov, four kilograms of "
    "explosives and detonators were seized. CTD Deputy Inspector General Kamran Jatoi said the men "
    "had been planning to target a religious procession and had been in contact with handlers in "
    "Afghanistan. He said a fourth suspect escaped during the raid. The three, identified as "
    "Hafeez Ullah, Sher Zaman and Abdul Basit, were presented before an anti-terrorism court, "
    "which remanded them in CTD custody for 14 days.",
    ["PK", "AF"],
    [],
    ["strategic"],
    ["Kamran Jatoi", "Hafeez Ullah", "Sher Zaman", "Abdul Basit"],
    ["Counter Terrorism Department", "CTD", "Islamic State Pakistan Province"],
    "Raid and arrests with explosives seized = strategic, no incident (a foiled plan). AF via "
    "'handlers in Afghanistan' (a place). PK via Karachi/Sindh, not via the group's name.",
    topic="arrest")

art("satp", "2026-01-15", None,
    "The Sindhuli District Court on January 13 sentenced three members of an underground "
    "communist faction to life imprisonment and confiscation of property for the murder of Dil "
    "Bahadur Thapa Magar, a road contractor who was shot dead at his home in Kamalamai in March "
    "2024 after refusing to pay a levy. A single bench of Judge Shanta Adhikari acquitted a "
    "fourth defendant for lack of evidence. Public prosecutor Hem Raj Ghimire said the three had "
    "fired at the contractor in front of his family before fleeing to Kathmandu, where they were "
    "arrested in 2025. Lawyers for the defence said they would appeal to the High Court in "
    "Janakpur.",
    ["NP"],
    [("civilian_attack", "NP", "Kamalamai", 1, True)],
    ["strategic"],
    ["Dil Bahadur Thapa Magar", "Shanta Adhikari", "Hem Raj Ghimire"],
    ["Sindhuli District Court", "High Court"],
    "Court verdict = strategic. The March 2024 shooting of the contractor = background "
    "civilian_attack, 1, at Kamalamai. The 2025 arrests are history, not listed.",
    topic="verdict")

art("satp", "2026-09-09", None,
    "Seven fishermen who had been seized by forest pirates in the Sundarbans on August 19 were "
    "freed near the Kalabogi forest station in Khulna district on September 7 after their "
    "families paid BDT 1.4 million, relatives said. The men, all from Koyra upazila, had been "
    "catching crabs in the Sibsa river when a gang of about ten armed men boarded their boats at "
    "night. Relatives said the men were released unharmed but weak, and were brought back to "
    "Koyra by the Coast Guard. Coast Guard spokesman Lieutenant Commander Rafiqul Islam said an "
    "operation against the gang, which is led by a man known as Kala Jamal, was under way and "
    "that two of its members had been arrested on September 8.",
    ["BD"],
    [("civilian_attack", "BD", "Sibsa river", 0, True)],
    ["strategic"],
    ["Rafiqul Islam", "Kala Jamal"],
    ["Coast Guard"],
    "Release after a ransom = not an incident; the two arrests = strategic. The August 19 "
    "seizure of the fishermen (19 days earlier) = background civilian_attack, 0 (released "
    "unharmed), placed on the Sibsa river. BD via Khulna; the Sundarbans straddle IN and BD but "
    "only BD places are named (IN not listed, judgment).",
    topic="release")

art("satp", "2026-07-30", None,
    "The United Nations Assistance Mission in Afghanistan (UNAMA) said on July 28 that 214 "
    "civilians were killed and 402 injured between January and June, most of them by explosive "
    "remnants of war rather than by attacks. Children made up nearly 60 percent of the victims "
    "of old ordnance found in fields and on hillsides in Helmand, Kandahar and Zabul. The mission "
    "recorded 31 deaths in attacks claimed by Islamic State Khorasan Province, against 47 in the "
    "same period last year, and said killings of former government employees continued. A Taliban "
    "spokesman called the figures exaggerated and said security had greatly improved. UNAMA urged "
    "the authorities to expand mine clearance, which has been slowed by cuts in donor funding.",
    ["AF"],
    [],
    [],
    [],
    ["United Nations Assistance Mission in Afghanistan", "UNAMA",
     "Islamic State Khorasan Province", "Taliban"],
    "Half-year statistics: aggregates only, no incident, no other event (a report is not "
    "diplomacy). 'Khorasan' is part of a group's name.",
    topic="statistics")

# =====================================================================================
# bf15-19..40  wire reports: title, >= 3 paragraphs, a current incident in each;
# eight of them long (450-750 words), the rest 150-300 words.
# =====================================================================================

art("wire", "2026-02-17",
    "Death toll from attack on Uruapan avocado packing plant rises to seven; drone bombs kill "
    "two police near Apatzingán",
    P("URUAPAN, Mexico (Reuters) — The death toll from an armed attack on an avocado packing "
      "plant on the outskirts of Uruapan rose to seven on Tuesday after two wounded workers died "
      "in hospital, prosecutors in the western state of Michoacán said, as a separate attack with "
      "explosive-laden drones killed two police officers in the region's hot lowlands.",
      "Gunmen in three pickup trucks burst into the Empacadora San Lorenzo late on Sunday as the "
      "night shift was loading a trailer bound for the United States, firing at workers on the "
      "loading dock and in the sorting hall. Five people died at the scene and nine were taken to "
      "hospital, the state prosecutor's office said on Monday.",
      "“We heard the trucks and then it was like fireworks that did not stop,” said a packer who "
      "gave her name only as Rosalía, 34, who hid inside a cold room with a dozen colleagues. "
      "“When we came out, our friends were lying between the crates. One of them was still "
      "holding his clipboard.”",
      "State prosecutor Adrián Villaseñor told reporters that the attack appeared to be linked to "
      "extortion demands made on growers and packers by criminal groups fighting for control of "
      "the avocado trade, and that his office had opened an investigation for multiple homicide. "
      "Forty shell casings of rifle calibre were recovered, he said. “We will not allow those who "
      "live off the work of others to impose terror on the packing houses,” Villaseñor said.",
      "Relatives gathered outside the city morgue disputed the official figures on Monday, saying "
      "at least eight people had died. The prosecutor's office said the confirmed toll of seven "
      "included a 19-year-old forklift driver and a 52-year-old security guard who died "
      "overnight, and that four other workers remained in serious condition.",
      "On Monday afternoon, two officers of the state police were killed and three wounded when "
      "drones dropped explosives on their patrol on a dirt road near the town of Apatzingán, "
      "about 100 kilometres to the southwest, the state security ministry said. The devices were "
      "launched from hills where a cartel has for years fought rivals and the army for control of "
      "the lime-growing valleys, it said. The wounded officers were flown to Morelia.",
      "Violence has surged across Michoacán's avocado belt in recent months, and packers say "
      "threats by telephone have become routine. In late November, gunmen killed four members of "
      "a family of growers at their orchard near the town of Tancítaro, and last year's killings "
      "of local leaders prompted the federal government to send thousands of additional troops "
      "to the state.",
      "Michoacán is the only Mexican state allowed to export avocados to the United States, and "
      "growers' associations said harvesting around Uruapan would be suspended for three days. "
      "The federal security cabinet said soldiers and National Guard troops had been deployed to "
      "the packing district on Monday and that two suspects had been arrested at a checkpoint on "
      "the highway to Paracho with rifles in their vehicle.",
      "At the plant on Tuesday, workers hosed down the loading dock as a line of trailers stood "
      "idle. “We pack fruit that people eat on the other side of the border,” said Ernesto "
      "Balderas, a shift supervisor. “Here we bury our friends.”"),
    ["MX", "US"],
    [("civilian_attack", "MX", "Empacadora San Lorenzo", 7, False),
     ("explosion", "MX", "Apatzingán", 2, False),
     ("civilian_attack", "MX", "Tancítaro", 4, True)],
    ["strategic"],
    ["Adrián Villaseñor", "Ernesto Balderas"],
    ["National Guard"],
    "LONG follow-up. Packing-plant shooting (Sunday, two days before) = current civilian_attack, "
    "latest official toll 7 (the relatives' 'at least eight' is not the confirmed figure; "
    "judgment, NOTES b001 prefers the official count), placed at the plant. Drone-dropped "
    "explosives on a police patrol (Monday) = current explosion, 2. Late-November killing of "
    "four growers near Tancítaro = background civilian_attack, 4. 'last year's killings of "
    "local leaders' is vague and plural, not listed. Deployment + arrests = strategic. US via "
    "export destination and 'the United States'.",
    when=past("2026-02-17", "Sunday", "Monday", "Tuesday"), region="latin_america", long=True,
    followup=True, mechanism=("drone",))

art("wire", "2026-04-14",
    "Heliópolis protest over rider's killing turns violent as buses burn in São Paulo",
    P("SÃO PAULO (AP) — A march by delivery riders and residents of Heliópolis, one of São "
      "Paulo's largest favelas, turned violent on Monday night when groups of young men set fire "
      "to two buses and threw stones at military police, who answered with tear gas and rubber "
      "bullets.",
      "The protest was called after the funeral of Wesley Aparecido, 22, a motorcycle delivery "
      "rider who was shot dead by military police officers during a chase on April 3. Police said "
      "the officers fired after Aparecido failed to stop at a checkpoint; his family and "
      "colleagues say he was unarmed and had his hands raised.",
      "Several hundred people had walked peacefully for about two hours along Estrada das "
      "Lágrimas, honking horns and carrying placards, before the march reached a police base at "
      "the edge of the community. Witnesses said stones were thrown after officers tried to "
      "disperse the crowd. Two buses were emptied of passengers and set alight, and a pharmacy "
      "was looted. Nine people were treated for injuries, including two officers, the state "
      "health department said. No deaths were reported.",
      "The state security secretariat said 14 people had been detained and that the officers "
      "involved in Aparecido's death had been removed from street duty while an internal "
      "inquiry proceeds. Riders' groups called for a further protest next week."),
    ["BR"],
    [("riot", "BR", "Heliópolis", None, False),
     ("civilian_attack", "BR", None, 1, True)],
    ["strategic"],
    ["Wesley Aparecido"],
    [],
    "Protest that turned violent (Monday, the day before) = current riot, null (injuries only; "
    "'No deaths were reported' is not an explicit nobody-died statement for a riot in this set, "
    "judgment: null rather than 0). The peaceful first two hours are not a separate protest "
    "entry. The April 3 police shooting of the rider (11 days before) = background "
    "civilian_attack, 1, place not named (a checkpoint). Detentions and the officers' removal "
    "= strategic.",
    when=past("2026-04-14", "Monday"), region="latin_america", riot_turn=True)

art("wire", "2026-05-19",
    "Gunmen kill six at football pitch in El Progreso; three die in shootout with police in "
    "Santa Rita",
    P("EL PROGRESO, Honduras — Gunmen opened fire on spectators at an amateur football match in "
      "the northern city of El Progreso on Sunday evening, killing six people, including a "
      "15-year-old boy, police said.",
      "Witnesses said four men wearing hoods got out of a car beside the Las Palmas pitch during "
      "the second half and fired at a group of young men watching from the touchline, then drove "
      "off towards the highway to San Pedro Sula. Three other people were wounded. A police "
      "spokeswoman, Karla Mejía, said investigators were examining whether the attack was linked "
      "to a dispute between factions of the Barrio 18 gang over extortion of bus and taxi "
      "drivers.",
      "On Monday, officers tracking the car came under fire at a house in the town of Santa Rita, "
      "about 20 kilometres away. Two suspects and a police officer were killed in the exchange, "
      "the National Police said, and two other men were arrested. Police said a rifle recovered "
      "at the house would be tested against the casings found at the pitch.",
      "Honduras has kept a partial state of emergency in force in its main cities since late 2022, "
      "suspending some constitutional rights in areas where gangs operate."),
    ["HN"],
    [("civilian_attack", "HN", "Las Palmas", 6, False),
     ("battle", "HN", "Santa Rita", 3, False)],
    ["strategic"],
    ["Karla Mejía"],
    ["Barrio 18", "National Police"],
    "Shooting at spectators (Sunday, two days before) = current civilian_attack, 6, placed at "
    "the pitch (Las Palmas). Police coming under fire at a suspects' house (Monday) = current "
    "battle, 2 suspects + 1 officer = 3 (both sides). Arrests = strategic. San Pedro Sula is "
    "named only as a road's destination. The 2022 state of emergency is history, not an event.",
    when=past("2026-05-19", "Sunday", "Monday"), region="latin_america",
    breakdown=(("Santa Rita", (2, 1), True),))

art("wire", "2026-05-30",
    "Car bomb kills three outside marine base in Tumaco; four dissidents die in clash near "
    "Barbacoas",
    P("TUMACO, May 30 (Reuters) — A car bomb exploded outside a marine infantry base in the "
      "Pacific port of Tumaco early on Saturday, killing two marines and a woman selling coffee at "
      "the gate, Colombia's navy said.",
      "The vehicle, packed with about 80 kilograms of explosives, had been parked overnight "
      "beside the perimeter wall and blew up as a patrol was leaving at dawn. Eleven people were "
      "wounded, including four children in houses across the street, and dozens of homes were "
      "damaged. Navy Captain Julián Ospina said the attack bore the marks of a FARC dissident "
      "faction that has been fighting the military for control of coca routes to the sea.",
      "Hours later, soldiers clashed with members of the same faction in rural Barbacoas, inland "
      "from Tumaco, the army said. Four fighters were killed and a soldier was wounded in a "
      "fight that lasted most of the morning, it said, and rifles and a radio were recovered.",
      "The defence ministry offered a reward of 200 million pesos for information on those who "
      "planted the bomb. Nariño's governor condemned the attack and asked residents not to "
      "approach the damaged base while experts searched for further devices."),
    ["CO"],
    [("explosion", "CO", "Tumaco", 3, False),
     ("battle", "CO", "Barbacoas", 4, False)],
    [],
    ["Julián Ospina"],
    [],
    "Car bomb at a base (same day) = current explosion (even aimed at the military), 2 marines + "
    "1 vendor = 3. Army-dissident fight the same day = current battle, 4. The reward and the "
    "governor's condemnation of a domestic attack are not coded (condemnations by a domestic "
    "official are not diplomacy).",
    when=past("2026-05-30", "Saturday"), region="latin_america", mechanism=("car bomb",),
    breakdown=(("Tumaco", (2, 1), False),))

art("wire", "2026-06-09",
    "Gunmen kill at least 27 in raid on Plateau village of Ruwi; troops kill five attackers near "
    "Daffo",
    P("JOS, Nigeria (Reuters) — Gunmen killed at least 27 people in an overnight raid on the "
      "farming village of Ruwi in central Nigeria's Plateau state, police said on Tuesday, while "
      "community leaders put the toll much higher and said survivors were still searching the "
      "surrounding bush for relatives.",
      "The attackers arrived on motorcycles shortly before midnight on Sunday, fired into houses "
      "and set fire to grain stores and a church hall, residents said. Many of the dead were women "
      "and children who were caught as they fled towards the hills.",
      "“They surrounded the village from three sides and shot at anyone who ran,” said Danjuma "
      "Pwajok, a farmer who said he lost his wife and two daughters. “In the morning we counted "
      "bodies in the compounds and on the paths. Some we still have not found.”",
      "Plateau state police spokesman Alfred Gyang said 27 bodies had been recovered and that 16 "
      "people were being treated for gunshot and machete wounds in Bokkos and Jos. A leader of the "
      "local youth association, Samuel Dakwak, said at least 40 people had been killed. The "
      "Nigerian Red Cross said its volunteers had helped bury 31 bodies by Monday evening.",
      "The military said that on Monday soldiers of Operation Safe Haven, the joint task force "
      "responsible for the state, pursued a group of the attackers to a forest near Daffo and "
      "killed five of them in an exchange of fire. Two soldiers were wounded, it said, and "
      "motorcycles and ammunition were seized.",
      "The state governor imposed a dusk-to-dawn curfew on Bokkos local government area and said "
      "he had ordered a judicial panel to investigate why warnings passed to the security forces "
      "in the days before the raid had not been acted upon. Residents said they had reported "
      "armed men gathering in the forest on Saturday.",
      "Attacks on farming villages in Plateau have become more frequent in recent months, part of "
      "a long-running cycle of violence over land and grazing that local leaders say is driven "
      "by armed herders and that the authorities describe as banditry. In April last year, "
      "gunmen killed 52 people in a series of night raids on villages in neighbouring Bassa, and "
      "hundreds have died in the area since late 2023.",
      "The European Union's delegation in Nigeria condemned the killings and called on the "
      "authorities to bring those responsible to justice. Amnesty International said the "
      "government had failed to protect rural communities despite repeated warnings, and urged "
      "it to publish the findings of earlier inquiries.",
      "By Tuesday afternoon, several hundred displaced villagers were sheltering in a primary "
      "school in Bokkos town. “We have nothing left there,” said Rifkatu Mwadkon, who arrived with "
      "five children. “Even if they tell us it is safe, who will believe them?”"),
    ["NG"],
    [("civilian_attack", "NG", "Ruwi", 27, False),
     ("battle", "NG", "Daffo", 5, False),
     ("civilian_attack", "NG", "Bassa", 52, True)],
    ["strategic", "diplomacy"],
    ["Danjuma Pwajok", "Alfred Gyang", "Samuel Dakwak", "Rifkatu Mwadkon"],
    ["Operation Safe Haven", "Nigerian Red Cross", "Amnesty International",
     "European Union"],
    "LONG. Night raid on Ruwi (Sunday night, two days before) = current civilian_attack; "
    "figures 27 (police), 31 (Red Cross burials), 'at least 40' (youth leader): 27 used, the "
    "official police count (NOTES b001's most conservative official figure; judgment, a coder "
    "could take the Red Cross 31). Troops killing five attackers near Daffo (Monday) = current "
    "battle, 5. The April-last-year Bassa raids = background civilian_attack, 52 (several "
    "villages, one place name, joint toll). 'hundreds ... since late 2023' = aggregate. Curfew "
    "and judicial panel = strategic; EU delegation condemnation = diplomacy.",
    when=past("2026-06-09", "Sunday", "Monday", "Tuesday", "Saturday"), region="africa",
    long=True)

art("wire", "2026-08-12",
    "Jihadists storm army detachment at Gorom-Gorom; army says 6 soldiers and 21 attackers "
    "killed",
    P("Fighters of the al Qaeda-linked Jama'at Nusrat al-Islam wal-Muslimin (JNIM) attacked an "
      "army detachment in Gorom-Gorom in northern Burkina Faso on Monday, killing six soldiers, "
      "the army said in a statement read on state television late on Tuesday.",
      "The statement said the attackers, who came on motorcycles and in pickup trucks from the "
      "direction of the Malian border, were driven back after several hours of fighting and that "
      "21 of them were killed by ground troops supported by aircraft. It said weapons and "
      "motorcycles had been recovered.",
      "JNIM said in a message on its propaganda channels that it had overrun the detachment and "
      "killed more than 40 soldiers, a claim that could not be verified. Residents reached by "
      "telephone said the fighting began at dawn and that the town's market stayed closed for "
      "the day.",
      "Gorom-Gorom, in the Oudalan province near the borders with Mali and Niger, has been under "
      "a partial blockade by the group for more than a year, with convoys of food needing army "
      "escorts to reach the town."),
    ["BF", "ML", "NE"],
    [("battle", "BF", "Gorom-Gorom", 27, False)],
    [],
    [],
    ["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"],
    "No dateline. Assault on a detachment (Monday, the day before) = current battle; the army's "
    "own figures are summed: 6 soldiers + 21 attackers = 27 (both sides); JNIM's claim of 40 "
    "soldiers is not used (the attacked side's figure is preferred, b002). The blockade is an "
    "ongoing situation, not an incident. ML and NE as bordering countries.",
    when=past("2026-08-12", "Monday", "Tuesday"), region="africa",
    breakdown=(("Gorom-Gorom", (6, 21), True),))

art("wire", "2026-03-04",
    "Militiamen kill three Chinese miners and two police guards at gold site in Mwenga",
    P("KAMITUGA, Congo — Militiamen armed with rifles and machetes attacked a Chinese-run gold "
      "mining site in Mwenga territory in eastern Congo before dawn on Monday, killing three "
      "Chinese nationals and two Congolese police officers who were guarding the camp, local "
      "officials said.",
      "The attackers, believed to belong to a Mai-Mai faction active in the forests west of "
      "Kamituga, stormed the camp on the bank of the Elila river as workers slept, shooting the "
      "guards at the gate and setting fire to the workers' quarters, according to Christophe "
      "Mulimbi, the administrator of Mwenga territory. Two other Chinese workers escaped into the "
      "forest and reached Kamituga on foot on Tuesday, he said.",
      "“The two police officers fought until they had no more ammunition,” Mulimbi said by "
      "telephone. “The Chinese were killed in their beds. It was an execution.”",
      "Civil society groups in Kamituga gave a different account of the toll, saying six people "
      "had died, including a Congolese cook whose body was found in the burned quarters on "
      "Tuesday. Provincial officials said they could confirm only five deaths. The bodies of the "
      "three Chinese men were flown to Bukavu on Tuesday afternoon.",
      "China's embassy in Kinshasa said it was “deeply shocked” and urged the Congolese "
      "authorities to “find and punish the murderers without delay and take effective measures "
      "to protect Chinese citizens and enterprises”. It advised Chinese nationals to leave "
      "unsecured mining areas in South Kivu and neighbouring Maniema.",
      "The provincial mines minister suspended the site's operating permit and said an "
      "investigation would look into whether the company had met security requirements. Police "
      "said four suspects had been arrested in a village near the site, and that the attackers "
      "had taken gold, cash and satellite telephones.",
      "Chinese-run mines have become frequent targets in eastern Congo, where dozens of armed "
      "groups compete for control of mineral deposits and where the Rwanda-backed M23 rebellion "
      "has seized large areas since early last year. Last year's attack on a Chinese-owned "
      "dredging site in neighbouring Shabunda killed four people, and workers at semi-industrial "
      "sites have been seized for ransom in recent months.",
      "Local residents accuse the companies of working without the consent of communities and "
      "of polluting rivers, grievances the militias use to justify attacks. A youth leader in "
      "Kamituga, Espoir Nakabuye, said anger against the mines was growing but that the killing "
      "of workers could not be justified. “Those who did this are bandits who use our "
      "complaints as an excuse,” he said.",
      "Artisanal miners said the road from Kamituga to the site was deserted on Tuesday and that "
      "several other foreign-run camps nearby had sent their workers to town. At the small "
      "clinic where the wounded cook's colleagues gathered, a nurse said nobody had yet come to "
      "collect the belongings of the dead. “They worked here for two years,” she said. “They "
      "ate with us. Now everyone is afraid.”"),
    ["CD", "CN", "RW"],
    [("civilian_attack", "CD", "Elila river", 5, False),
     ("civilian_attack", "CD", "Shabunda", 4, True)],
    ["diplomacy", "strategic"],
    ["Christophe Mulimbi", "Espoir Nakabuye"],
    ["M23"],
    "LONG. FOREIGN VICTIMS: three Chinese nationals killed in Congo -> incident in CD, CN only "
    "mentioned. Attack on the mining camp (Monday, two days before) = current civilian_attack "
    "(the target is the workers' camp; the two armed guards' deaths are folded in, judgment: "
    "a coder could split out a battle at the gate); 3 Chinese + 2 police = 5 (provincial "
    "officials' confirmed figure; civil society's six not used). Placed at the Elila river (the "
    "camp has no name). 'Last year's attack' on a dredging site in Shabunda = background "
    "civilian_attack, 4. Seizures 'in recent months' are plural and vague, not listed. Embassy "
    "statement = diplomacy; permit suspension + arrests = strategic. RW via 'Rwanda-backed'.",
    when=past("2026-03-04", "Monday", "Tuesday"), region="africa", long=True,
    foreign=("CN", "CD"), breakdown=(("Elila river", (3, 2), False),))

art("wire", "2026-07-08",
    "Fuel price protest turns violent in Kisumu, two shot dead; Nakuru march stays peaceful",
    P("KISUMU, Kenya — Two men were shot dead in Kisumu on Tuesday when a march against rising "
      "fuel prices turned violent and police opened fire on crowds who had blocked the main road "
      "to the airport with burning tyres, a hospital official said.",
      "The march, one of several called across the country on the anniversary of the 1990 "
      "pro-democracy rallies known as Saba Saba, began peacefully in the morning with several "
      "thousand people singing and waving branches. By midday groups of young men were throwing "
      "stones at police, who fired tear gas and live rounds, and a fuel station and two shops "
      "were looted. Jaramogi Oginga Odinga Teaching and Referral Hospital said it had received two "
      "bodies with gunshot wounds and was treating 17 injured people.",
      "In Nakuru, about 2,000 people marched through the town centre to the county offices and "
      "handed over a petition, and police said the protest ended without incident.",
      "The Independent Policing Oversight Authority said it had opened an investigation into "
      "the shootings in Kisumu. The interior ministry said 43 people had been arrested across "
      "the country."),
    ["KE"],
    [("riot", "KE", "Kisumu", 2, False),
     ("protest", "KE", "Nakuru", None, False)],
    ["strategic"],
    [],
    ["Jaramogi Oginga Odinga Teaching and Referral Hospital",
     "Independent Policing Oversight Authority"],
    "Protest turned violent (road blocked with burning tyres, stones, looting) = current riot; "
    "the two men shot dead by police stay inside the riot (2). Nakuru march = current protest, "
    "null. The 1990 rallies are history, not an incident. Arrests + oversight investigation = "
    "strategic.",
    when=past("2026-07-08", "Tuesday"), region="africa", riot_turn=True)

art("wire", "2026-11-03",
    "Shells hit market in besieged Dilling, killing nine; army says attack on Habila repelled",
    P("Artillery shells fired by the Rapid Support Forces struck the main market in the besieged "
      "town of Dilling on Monday morning, killing nine people and wounding more than 30, a "
      "local emergency response room said.",
      "The volunteer group said the shells landed among stalls selling vegetables and charcoal "
      "at the busiest hour. Among the dead were three children and a woman who sold tea near the "
      "bus stand, it said. Dilling's only functioning hospital was struggling to treat the "
      "wounded because of shortages of blood and anaesthetics, said a doctor there, who asked "
      "not to be named for fear of reprisals.",
      "The army said separately that its troops and allied fighters had repelled an assault by "
      "the paramilitary force on the town of Habila, north of Dilling, on Sunday, and had "
      "destroyed several combat vehicles. It gave no casualty figures.",
      "Dilling, in the Nuba Mountains, has been cut off for months by the RSF and its allies, "
      "and aid agencies say food prices have risen more than fivefold. The Rapid Support Forces "
      "did not respond to a request for comment."),
    ["SD"],
    [("explosion", "SD", "Dilling", 9, False),
     ("battle", "SD", "Habila", None, False)],
    [],
    [],
    ["Rapid Support Forces", "RSF"],
    "IMPLIED COUNTRY: Dilling, Habila, the Nuba Mountains and the RSF only; the country is "
    "never named, no dateline. Artillery on the market (Monday, the day before) = current "
    "explosion, 9. Repelled assault on Habila (Sunday) = current battle, null (no figures). "
    "The siege is a situation, not an incident.",
    when=past("2026-11-03", "Monday", "Sunday"), region="africa", implied=True,
    mechanism=("artillery",))

art("wire", "2026-09-29",
    "Death toll from suicide bombing at Kandahar bank rises to six",
    P("KANDAHAR, Afghanistan (AP) — The death toll from a suicide bombing outside a bank in the "
      "southern city of Kandahar rose to six on Tuesday, a hospital official said, after two men "
      "wounded in the blast died overnight.",
      "The bomber blew himself up on Sunday morning in a crowd of government employees and "
      "retired soldiers queuing outside a branch of a private bank to collect salaries and "
      "pensions, Taliban police spokesman Hafiz Saifullah said. Four people died at the scene and "
      "22 were wounded, he said at the time.",
      "The Islamic State group's regional affiliate claimed responsibility in a statement on "
      "Monday, saying it had targeted Taliban fighters. Most of the victims were civilians, "
      "according to relatives and staff at Mirwais Regional Hospital, where the wounded were "
      "taken.",
      "Taliban authorities said security had been increased at banks and markets in the city and "
      "that several people had been detained for questioning."),
    ["AF"],
    [("explosion", "AF", "Kandahar", 6, False)],
    ["strategic"],
    ["Hafiz Saifullah"],
    ["Taliban", "Mirwais Regional Hospital"],
    "Follow-up: suicide bombing (Sunday, two days before) = current explosion, latest toll 6 "
    "(not the first-day 4). Placed at the city (the bank is unnamed). Increased security + "
    "detentions = strategic.",
    when=past("2026-09-29", "Sunday", "Monday", "Tuesday"), region="asia", followup=True,
    mechanism=("suicide bomber",))

art("wire", "2026-10-13",
    "Gunmen kill five members of family near Jableh; two security men and four attackers die in "
    "clash",
    P("LATAKIA, Syria (AP) — Gunmen killed five members of an Alawite family in a village in the "
      "hills above the coastal town of Jableh late on Sunday, and security forces hunting the "
      "attackers clashed with an armed group nearby the next day, leaving six more people dead, "
      "Syrian officials and a war monitor said.",
      "The attackers broke into the house of a retired schoolteacher in the village of Beit "
      "Yashout shortly before midnight and shot him, his wife, their two adult sons and a "
      "daughter-in-law, relatives said. A grandson, aged eight, survived by hiding under a bed.",
      "“They asked for my uncle by name, and then we heard the shots,” said a nephew who lives "
      "in the next house and who asked to be identified only by his first name, Ali. “They knew "
      "exactly whom they wanted. Nobody in this family carried a weapon.”",
      "The Interior Ministry said on Monday that units of the General Security service had "
      "tracked the attackers to farmland near the village of Ain al-Sharqiya and came under fire "
      "as they moved in. Two members of the security forces and four gunmen were killed in the "
      "exchange, it said, and a fifth suspect was detained.",
      "The Syrian Observatory for Human Rights, a Britain-based monitor, gave a higher toll for "
      "the clash, saying seven people had died, including a shepherd caught in the crossfire. "
      "The ministry did not comment on that figure.",
      "Interior Minister spokesman Nour al-Din Haddad told reporters that a committee had been "
      "formed to investigate the killing of the family and that the perpetrators “will face "
      "justice whatever their affiliation”. He said the authorities would not allow “sedition” "
      "on the coast.",
      "The coastal provinces of Latakia and Tartus, heartland of the Alawite minority to which "
      "the former ruling family belongs, have seen repeated bouts of violence since the fall of "
      "the old government. In March last year, waves of killings in the region left hundreds "
      "dead, and in June gunmen fired on a minibus near Qardaha, killing three passengers. "
      "Alawite community leaders say targeted killings have continued in recent months, "
      "although on a smaller scale.",
      "The U.N. special envoy for Syria's office said it was alarmed by the killings and urged "
      "the authorities to ensure the investigation was independent and its findings published. "
      "Residents of Beit Yashout said on Tuesday that several families had left for Latakia city "
      "and that the funeral of the five had been held under heavy security.",
      "“We want to live like everyone else,” said a woman at the funeral who declined to give her "
      "name. “We are tired of counting our dead.” Security officials said checkpoints had been "
      "added on the roads between the coastal villages, and that patrols would continue until "
      "the remaining attackers were found. A local mukhtar said farmers had stopped going to "
      "their olive groves after dark."),
    ["SY", "GB"],
    [("civilian_attack", "SY", "Beit Yashout", 5, False),
     ("battle", "SY", "Ain al-Sharqiya", 6, False),
     ("civilian_attack", "SY", "Qardaha", 3, True)],
    ["strategic", "diplomacy"],
    ["Nour al-Din Haddad"],
    ["Interior Ministry", "General Security", "Syrian Observatory for Human Rights"],
    "LONG. Killing of a family (Sunday night, two days before) = current civilian_attack, 5. "
    "Security forces vs gunmen (Monday) = current battle; the ministry's figures summed, 2 + 4 = "
    "6 (both sides); the Observatory's 7 (with a shepherd) not used (official figure, "
    "judgment). March-last-year coastal killings = aggregate over a region, not listed; the "
    "June minibus shooting near Qardaha = background civilian_attack, 3. Committee + detention "
    "= strategic; U.N. envoy's statement = diplomacy. GB via 'Britain-based' (the monitor's "
    "seat, as blind_fresh14 counted 'Thailand-based').",
    when=past("2026-10-13", "Sunday", "Monday", "Tuesday"), region="middle_east", long=True,
    breakdown=(("Ain al-Sharqiya", (2, 4), True),))

art("wire", "2026-08-05",
    "Gunmen kill three Pakistani pilgrims and Iraqi driver on road to Karbala",
    P("HILLAH, Aug. 5 (Reuters) — Gunmen opened fire on a minibus carrying Pakistani "
      "pilgrims on a desert road south of Hillah early on Wednesday, killing three pilgrims and "
      "their Iraqi driver, security sources said.",
      "The minibus was travelling towards Karbala, where millions of Shi'ite Muslims are "
      "gathering for the Arbaeen commemoration, when a car pulled alongside and its occupants "
      "fired several bursts, a police officer in Babylon province said. Six other passengers were "
      "wounded and taken to Hillah Teaching Hospital.",
      "Pakistan's foreign ministry said it had asked Baghdad for a full investigation and for "
      "better protection of pilgrims, and that its embassy was arranging to fly the bodies home. "
      "Iraqi officials said the motive was unclear and did not rule out a robbery; no group "
      "claimed the attack.",
      "Iraqi authorities deploy tens of thousands of security personnel along the pilgrimage "
      "routes every year. Attacks on pilgrims have become rare since the defeat of Islamic State "
      "in 2017."),
    ["IQ", "PK"],
    [("civilian_attack", "IQ", "Hillah", 4, False)],
    ["diplomacy"],
    [],
    ["Hillah Teaching Hospital", "Islamic State"],
    "FOREIGN VICTIMS: three Pakistani pilgrims (and an Iraqi driver) killed in Iraq -> incident "
    "in IQ, 3 + 1 = 4; PK only mentioned. IQ also via 'Iraqi' and Babylon province. Placed at Hillah ('a desert road south of Hillah'). "
    "Pakistan's request to Baghdad = diplomacy. Baghdad as metonym -> IQ. Dated dateline (same "
    "day). The routine deployment is not coded.",
    when=past("2026-08-05", "Wednesday"), region="middle_east", foreign=("PK", "IQ"),
    breakdown=(("Hillah", (3, 1), False),))

art("wire", "2026-01-21",
    "Israeli air strike on house in Aitaroun kills three, Lebanese officials say",
    P("TYRE, Lebanon (Reuters) — An Israeli air strike destroyed a house in the southern "
      "Lebanese border village of Aitaroun on Wednesday, killing three people, Lebanon's health "
      "ministry said.",
      "The ministry said a man, his adult son and a neighbour were killed and two people were "
      "wounded. The Israeli military said it had struck a Hezbollah weapons depot hidden in the "
      "house and that a member of the group had been killed.",
      "Residents said the family had returned to the village in the autumn after more than a "
      "year away and had been repairing the house. The strike left a crater where the kitchen "
      "had been, according to a photograph shared by the municipality.",
      "Lebanon's government said it would raise the strike with the committee that monitors the "
      "ceasefire, which is due to meet next week. Israeli strikes on the south have continued "
      "almost daily despite the truce, which requires Hezbollah fighters to withdraw north of "
      "the Litani river."),
    ["LB", "IL"],
    [("explosion", "LB", "Aitaroun", 3, False)],
    ["diplomacy"],
    [],
    ["Hezbollah"],
    "Air strike the same day = current explosion, 3 (ministry figure; the Israeli claim of one "
    "Hezbollah member is included in the three, not added). Lebanon raising it with the "
    "monitoring committee = diplomacy (as blind_fresh14 coded an announced ministers' meeting).",
    when=past("2026-01-21", "Wednesday"), region="middle_east", mechanism=("air strike",))

art("wire", "2026-11-10",
    "Attack on police headquarters in Zahedan kills ten; cleric shot dead in Iranshahr",
    P("TEHRAN (AP) — Militants armed with rifles and rocket-propelled grenades attacked a police "
      "headquarters in the southeastern city of Zahedan late on Sunday, setting off a gunbattle "
      "that lasted several hours and left ten people dead, including five of the attackers, "
      "Iranian state media reported.",
      "The official IRNA news agency said four police officers and a civilian passer-by were "
      "killed and 11 people wounded before security forces regained control of the compound near "
      "the city's main bazaar in the early hours of Monday. All five attackers were killed, it "
      "said. Jaish al-Adl, a Sunni militant group that says it fights for the rights of the "
      "Baluch minority, claimed the attack in a statement on social media.",
      "“The shooting began around eleven at night and did not stop until morning,” said a "
      "shopkeeper who lives nearby, reached by telephone. “We lay on the floor with the children. "
      "Afterwards the street was full of glass and blood.”",
      "Provincial officials initially gave a toll of seven. The deputy governor of Sistan and "
      "Baluchestan province, Mohammad Reza Mirshekari, said on Monday that the attackers had "
      "entered from a building under construction next to the compound, and that the interior "
      "ministry had sent a team to investigate how they had been able to bring weapons into the "
      "city centre.",
      "Hours after the attack ended, gunmen on a motorcycle shot dead a Sunni cleric outside "
      "his home in Iranshahr, about 300 kilometres to the south, the semi-official Tasnim news "
      "agency reported. The cleric, Mawlavi Abdolghani Barakzehi, had spoken in favour of "
      "dialogue with the authorities. No group claimed that killing.",
      "Sistan and Baluchestan, which borders Pakistan and Afghanistan, is one of Iran's poorest "
      "provinces and has seen frequent clashes between security forces and militants, as well "
      "as smuggling of fuel and drugs. Tehran has accused Pakistan of allowing Jaish al-Adl "
      "to operate from its territory, a charge Pakistan denies.",
      "Zahedan has a long history of unrest. In September 2022, security forces opened fire on "
      "worshippers and protesters after weekly prayers in the city, killing dozens, in the "
      "deadliest single episode of that year's nationwide protests. Attacks on police stations "
      "and patrols in the province have increased in recent months.",
      "Rights groups representing the Baluch minority said they feared a wave of arrests in "
      "Zahedan after the attack, as happened after earlier assaults, and urged the authorities "
      "not to punish the city's residents for the actions of an armed group. “Every time there "
      "is an attack, young men from our neighbourhoods disappear into detention,” said a "
      "Zahedan lawyer who asked not to be named.",
      "The head of the provincial judiciary said those who helped the attackers would be "
      "identified and punished “with the utmost severity”. Security forces set up checkpoints on "
      "roads leading out of Zahedan on Monday, and mobile internet was cut in parts of the city, "
      "residents said."),
    ["IR", "PK", "AF"],
    [("battle", "IR", "Zahedan", 10, False),
     ("civilian_attack", "IR", "Iranshahr", 1, False),
     ("civilian_attack", "IR", "Zahedan", 12, True)],
    ["strategic"],
    ["Mohammad Reza Mirshekari", "Abdolghani Barakzehi"],
    ["IRNA", "Jaish al-Adl", "Tasnim"],
    "LONG. Assault on a police headquarters (Sunday night into Monday) = current battle; "
    "4 police + 1 passer-by + 5 attackers = 10 (latest figure; the initial seven superseded). "
    "Cleric shot dead (Monday) = current civilian_attack, 1. September 2022 shooting of "
    "worshippers and protesters = background civilian_attack, 'dozens' -> 12 (typed "
    "civilian_attack: fire on an unarmed crowd; a coder could type it protest). 'Bring weapons' "
    "inquiry + checkpoints + internet cut = strategic. Tehran's accusation against Pakistan is "
    "recurring context, not a news event (no diplomacy). The dateline TEHRAN is the capital."
    "",
    when=past("2026-11-10", "Sunday", "Monday"), region="middle_east", long=True,
    breakdown=(("Zahedan", (4, 1, 5), True),))

art("wire", "2026-02-25",
    "Man shot dead outside Angered pizzeria; hand grenade thrown at Uppsala apartment block",
    P("GOTHENBURG — A 24-year-old man was shot dead outside a pizzeria in the Angered district of "
      "Gothenburg late on Monday, and a hand grenade was thrown at the entrance of an apartment "
      "block in Uppsala early on Tuesday, police said, in the latest in a series of attacks "
      "linked to gang conflicts.",
      "Police Region West said the victim was hit by several shots as he left the restaurant at "
      "about 10.30 p.m. and died at the scene. Witnesses saw two people run towards a waiting "
      "car. A 17-year-old was detained near the scene on suspicion of murder.",
      "In Uppsala, the grenade exploded in the stairwell of a building in the Gottsunda area "
      "shortly after 3 a.m., shattering windows and damaging doors on three floors. No one was "
      "hurt, police said. Bomb technicians secured the area and about 40 residents were kept out "
      "of their homes until the morning.",
      "Police said they were investigating whether the two attacks were connected. The "
      "government has tightened penalties for recruiting minors into crime after a rise in the "
      "number of teenagers arrested for shootings and bombings."),
    ["SE"],
    [("civilian_attack", "SE", "Angered", 1, False),
     ("explosion", "SE", "Gottsunda", 0, False)],
    ["strategic"],
    [],
    ["Police Region West"],
    "IMPLIED COUNTRY: Gothenburg, Angered, Uppsala, Gottsunda only; the country is never named. "
    "Shooting (Monday night) = current civilian_attack, 1. Grenade in a stairwell (Tuesday, the "
    "day before) = current explosion, 0 ('No one was hurt'), placed at Gottsunda. Detention of "
    "the 17-year-old = strategic.",
    when=past("2026-02-25", "Monday", "Tuesday"), region="europe", implied=True,
    mechanism=("grenade",))

art("wire", "2026-06-23",
    "Russian missile strike on Kharkiv kills eight; Ukrainian shelling kills woman in Russia's "
    "Kursk region",
    P("KHARKIV, Ukraine (Reuters) — A Russian missile struck a residential neighbourhood of "
      "Kharkiv late on Monday, killing eight people and wounding 34, Ukrainian officials said on "
      "Tuesday, as rescuers pulled bodies from the rubble of a five-storey building in Ukraine's "
      "second-largest city.",
      "The missile hit the building in the Saltivskyi district shortly before 11 p.m., "
      "collapsing one entrance and setting fire to cars parked in the courtyard. The regional "
      "governor said on Tuesday morning that the confirmed death toll had risen to eight, "
      "including a 12-year-old girl, and that two more people were believed to be under the "
      "rubble. The city's mayor had earlier said at least nine people were killed, a figure "
      "officials later revised.",
      "“I was in the bathroom when the wall came down,” said Olena Tkachuk, 61, who lived on "
      "the third floor and was pulled out by neighbours. “I thought it was the end. My "
      "neighbour's flat is simply gone.”",
      "Ukraine's prosecutor general's office said it had opened a war crimes investigation and "
      "that fragments of the missile were being examined. The air force said Russia had launched "
      "three ballistic missiles and more than 60 attack drones at Ukraine overnight, and that "
      "most of the drones had been shot down.",
      "Across the border, Russian officials said a woman was killed on Tuesday when Ukrainian "
      "shelling hit the village of Tetkino in Russia's Kursk region. The regional governor said "
      "two houses and a power line were damaged. Ukraine did not comment on the report.",
      "Kharkiv, about 30 kilometres from the Russian border, has been hit repeatedly since "
      "Russia's full-scale invasion in February 2022. In May, a strike on a post office in the "
      "Kholodnohirskyi district killed four people, and residents say the attacks have grown "
      "heavier in recent months as Russia has used more powerful glide bombs and missiles.",
      "The European Union's foreign policy chief condemned the strike as “another deliberate "
      "attack on civilians” and called on Moscow to accept an unconditional ceasefire. The "
      "Kremlin said Russian forces struck only military targets and accused Ukraine of placing "
      "weapons in residential areas.",
      "By Tuesday afternoon, volunteers were handing out water and blankets to families who "
      "had spent the night in the courtyard. City authorities said about 120 residents had "
      "been moved to temporary shelter in a school, and that three other buildings nearby had "
      "been damaged.",
      "“We have lived through four years of this,” said Mykola Ivanenko, 45, who was helping "
      "clear glass from the street. “You never get used to it. You just learn to keep going.” "
      "Nearby, municipal workers were already nailing plywood over broken windows, and a "
      "queue had formed at a mobile office where residents could register damage to their "
      "flats and apply for repair grants. The city said it would hold a day of mourning on "
      "Wednesday."),
    ["UA", "RU"],
    [("explosion", "UA", "Saltivskyi", 8, False),
     ("explosion", "RU", "Tetkino", 1, False),
     ("explosion", "UA", "Kholodnohirskyi", 4, True)],
    ["diplomacy"],
    ["Olena Tkachuk", "Mykola Ivanenko"],
    ["European Union", "Kremlin"],
    "LONG, two countries. Missile strike on a building (Monday night) = current explosion, 8 "
    "(the governor's confirmed figure; the mayor's earlier 'at least nine' was revised; the "
    "two under the rubble are not counted). Ukrainian shelling of Tetkino (Tuesday) = current "
    "explosion in RU, 1. May strike on a post office = background explosion, 4. The nationwide "
    "overnight drone/missile count is an aggregate. EU condemnation / Kremlin statement = "
    "diplomacy. The war investigation is not coded strategic (a prosecutor's inquiry, as "
    "blind_fresh14 left inquiries on foreign strikes uncoded; judgment). Moscow as metonym -> RU.",
    when=both(past("2026-06-23", "Monday", "Tuesday"), nxt("2026-06-23", "Wednesday")),
    coming=("Wednesday",), region="europe", long=True,
    mechanism=("missile", "shelling"))

art("wire", "2026-08-17",
    "Protest outside Nuneaton asylum hotel turns violent; Coventry counter-rally passes "
    "peacefully",
    P("NUNEATON, England — A protest outside a hotel housing asylum seekers in Nuneaton turned "
      "violent on Saturday evening when a crowd threw bricks, bottles and fireworks at police and "
      "tried to force their way into the building, Warwickshire Police said.",
      "About 400 people had gathered in the afternoon for what organisers described as a "
      "peaceful protest about the hotel's use. After several hours, a group broke through a "
      "line of fences, smashed ground-floor windows and set fire to a wheelie bin against the "
      "rear wall while about 90 residents sheltered inside. Nine officers were injured, one of "
      "them seriously, police said. Eleven people were arrested at the scene.",
      "In Coventry, about 10 miles away, around 600 people joined a counter-rally in support of "
      "refugees outside the council house, which police said passed off peacefully.",
      "Britain's home secretary condemned what she called “thuggery” in Nuneaton and said those "
      "responsible would face the full force of the law. Police said further arrests were "
      "expected as officers reviewed video footage."),
    ["GB"],
    [("riot", "GB", "Nuneaton", None, False),
     ("protest", "GB", "Coventry", None, False)],
    ["strategic"],
    [],
    ["Warwickshire Police"],
    "Protest that turned violent (Saturday, two days before) = current riot, null (injuries "
    "only). Coventry counter-rally = current protest, null. Arrests = strategic; a domestic "
    "minister's condemnation is not diplomacy. England -> GB.",
    when=past("2026-08-17", "Saturday"), region="europe", riot_turn=True)

art("wire", "2026-03-18",
    "Village headman shot dead in Nong Chik; landmine wounds two rangers near Sai Buri",
    P("PATTANI — Suspected insurgents shot dead a village headman as he drove home from a "
      "mosque in Nong Chik district on Tuesday evening, police said, hours after a landmine "
      "wounded two paramilitary rangers on a rubber plantation road in neighbouring Sai Buri.",
      "The headman, Abdulloh Sama-ae, 56, was hit by at least eight bullets fired by two men on a "
      "motorcycle, police Colonel Worawit Chaiyasit said. He died on the way to hospital. Police "
      "said the headman had helped organise village defence volunteers and had received threats.",
      "Earlier on Tuesday, a landmine buried under the road went off as a patrol of rangers "
      "passed on foot, wounding two of them in the legs. The Internal Security Operations "
      "Command's Region 4 said the device was detonated by a wire from the plantation.",
      "More than 7,000 people have been killed in the region's insurgency since 2004. Talks "
      "between the government and the main rebel group, facilitated by Malaysia, have been "
      "stalled for months."),
    ["TH", "MY"],
    [("civilian_attack", "TH", "Nong Chik", 1, False),
     ("explosion", "TH", "Sai Buri", None, False)],
    [],
    ["Abdulloh Sama-ae", "Worawit Chaiyasit"],
    ["Internal Security Operations Command"],
    "IMPLIED COUNTRY: Pattani, Nong Chik, Sai Buri only; the country is never named. Headman "
    "shot dead (Tuesday, the day before) = current civilian_attack, 1. Landmine under a patrol "
    "(Tuesday) = current explosion, null (two wounded). The insurgency's 7,000 dead since 2004 "
    "= aggregate. Stalled talks = no event. MY as facilitator (state actor).",
    when=past("2026-03-18", "Tuesday"), region="asia", implied=True, mechanism=("landmine",))

art("wire", "2026-09-15",
    "Toll from Memphis car wash shooting rises to four as wounded man dies",
    P("MEMPHIS, Tenn. (AP) — The death toll from a shooting at a car wash in south Memphis rose "
      "to four on Tuesday when a man wounded in the attack died in hospital, police said, as "
      "investigators tried to establish why a gunman opened fire on customers and workers on a "
      "busy Saturday afternoon.",
      "Police said the gunman, identified as Travis Whitlock, 29, walked into the Shine Time "
      "car wash on Elvis Presley Boulevard shortly after 2 p.m. and fired a handgun at people "
      "waiting for their vehicles and at employees drying cars. Two people died at the scene. "
      "Officers who arrived within four minutes exchanged fire with Whitlock in the parking lot "
      "and shot him dead.",
      "The man who died on Tuesday was identified as Darnell Oakes, 41, a father of three who "
      "worked at the car wash. With the gunman, four people have now died, and three others "
      "remain in hospital, one of them in critical condition.",
      "“He was the one who always stayed late to help the younger guys,” said Keisha Oakes, his "
      "sister, outside Regional One Health hospital. “He was trying to get people inside when he "
      "was shot. He died a hero, and I want people to know that.”",
      "Police Chief Angela Pruitt told a news conference that investigators had found no clear "
      "link between the gunman and the victims. She said Whitlock had been fired from a job at "
      "another car wash in the area in the spring and had posted angry messages online in recent "
      "weeks. The Tennessee Bureau of Investigation is reviewing the officers' use of force, as "
      "is standard when police kill someone, and the FBI and the Bureau of Alcohol, Tobacco, "
      "Firearms and Explosives are helping to trace the gun.",
      "“We are going to follow this wherever it leads,” Pruitt said. “The families deserve to "
      "know why, and so does this city.”",
      "The shooting is the latest in a string of gun attacks in the neighbourhood. In March, two "
      "teenagers were shot dead at a bus stop on Lamar Avenue, less than two miles away, and a "
      "community centre nearby was hit by gunfire last year. Residents say shootings have become "
      "more frequent in recent months despite a fall in homicides citywide.",
      "The city's mayor said he would ask the city council to fund more violence interrupters "
      "in south Memphis and called on state lawmakers to allow the city to pass its own gun laws. "
      "Republican legislators in Nashville have repeatedly rejected such requests.",
      "On Monday evening, more than 200 people gathered for a candlelight vigil outside the car "
      "wash, where staff had hung a banner with the names of the victims: Lamont Greer, 33, "
      "Brianna Cole, 19, and Darnell Oakes.",
      "“This used to be the place where everybody came on a Saturday,” said Michael Tate, 67, who "
      "has washed his car there for years. “Now I don't know if anybody will come back.”"),
    ["US"],
    [("civilian_attack", "US", "Shine Time", 4, False),
     ("civilian_attack", "US", "Lamar Avenue", 2, True)],
    [],
    ["Travis Whitlock", "Darnell Oakes", "Angela Pruitt", "Keisha Oakes", "Michael Tate"],
    ["Regional One Health", "Tennessee Bureau of Investigation", "FBI"],
    "LONG follow-up. Car wash shooting (Saturday, three days before; the news of a follow-up) = "
    "current civilian_attack; 3 victims + the gunman shot dead by police = 4, the text's own "
    "'four people have now died'; the officers' exchange of fire is folded in. March shooting "
    "of two teenagers at a Lamar Avenue bus stop = background civilian_attack, 2; 'hit by "
    "gunfire last year' without a toll or place name is too vague to list. The vigil is a "
    "gathering, not a protest (judgment). The TBI review is routine, not coded.",
    when=past("2026-09-15", "Saturday", "Tuesday", "Monday"), region="us", long=True,
    followup=True, breakdown=(("Shine Time", (3, 1), False),))

art("wire", "2026-11-04",
    "Man stabs two at Portland transit centre, killing one; suspect arrested",
    P("PORTLAND, Ore. — A man stabbed two people on a platform at the Gateway Transit Center in "
      "northeast Portland on Tuesday evening, killing one of them, police said.",
      "The Portland Police Bureau said officers called at about 6.15 p.m. found a 58-year-old "
      "man with multiple stab wounds who died at the scene and a woman, 30, who was taken to "
      "hospital with injuries that were not life-threatening. Witnesses told local television "
      "that the attacker had been shouting at passengers waiting for a MAX light rail train "
      "before he pulled out a knife.",
      "A 35-year-old man was arrested about half an hour later a few blocks away and booked on "
      "suspicion of murder and attempted murder, police said. His name was not released. "
      "TriMet, the regional transit agency, suspended service through the station for several "
      "hours.",
      "TriMet said it would increase the number of security officers on trains and platforms, "
      "after a series of assaults on the network this year."),
    ["US"],
    [("civilian_attack", "US", "Gateway Transit Center", 1, False)],
    ["strategic"],
    [],
    ["Portland Police Bureau", "TriMet"],
    "Stabbing (Tuesday, the day before) = current civilian_attack, 1. Arrest = strategic. The "
    "'series of assaults this year' is too vague to list. 'Ore.' = Oregon -> US.",
    when=past("2026-11-04", "Tuesday"), region="us")

art("wire", "2026-07-21",
    "Gunmen kill two farmers in Manipur foothills; militant killed as security forces return fire",
    P("IMPHAL, India (Reuters) — Gunmen firing from hills overlooking paddy fields killed two "
      "farmers in India's northeastern state of Manipur on Monday, and a suspected militant was "
      "killed when security forces returned fire, police said, raising fears of a new cycle of "
      "ethnic violence in the state.",
      "The farmers, both from the Meitei community, were planting rice near the village of "
      "Kangchup Chingkhong in Imphal West district on Monday morning when shots were fired from "
      "the hills, where villages of the Kuki-Zo community lie, police said. Thoiba Meitei, 38, "
      "and Ibungo Khuman, 52, died at the scene. A third farmer was wounded in the shoulder.",
      "“We were bent over in the water when the bullets started hitting around us,” said Sanatombi "
      "Devi, 44, who was working in a neighbouring field. “We crawled along the bund for almost "
      "an hour. Nobody could come to help.”",
      "Troops of the Assam Rifles and state police commandos moved up the slopes and exchanged "
      "fire with a group of gunmen for about 40 minutes, police said in a statement. One gunman "
      "was killed and an assault rifle was recovered. A Kuki-Zo civil society group disputed "
      "that account, saying the dead man was a village volunteer who had been guarding his "
      "village against attack.",
      "Manipur has been divided along ethnic lines since fighting broke out between the mostly "
      "Hindu Meitei majority and the mainly Christian Kuki-Zo in May 2023, and more than 250 "
      "people have been killed. Farmers in the foothills have reported sporadic firing in "
      "recent months, and many fields on the edge of the valley have been left unplanted. In "
      "November 2024, six women and children from a relief camp in Jiribam district were seized "
      "by gunmen and later found dead, setting off days of protests and arson in the valley.",
      "The state's top police officer, Director General of Police Loken Yumnam, said a special "
      "investigation team had been formed and that additional central forces would be deployed "
      "along the foothills to protect farmers during the planting season. “Cultivators must be "
      "able to go to their fields without fear,” he said.",
      "Meitei civil society groups called a 24-hour shutdown of the valley districts and demanded "
      "that the government disarm village volunteers in the hills. Kuki-Zo groups, for their "
      "part, accused the security forces of siding with the valley and called for an impartial "
      "inquiry into the death of the volunteer.",
      "Manipur, which borders Myanmar, has been under the direct rule of the federal government "
      "since early last year after the state's government collapsed. Officials in New Delhi said "
      "the interior ministry was monitoring the situation closely.",
      "By Monday evening, crowds had gathered outside the hospital in Imphal where the bodies "
      "were taken, and women's groups known as Meira Paibis lit torches along the road. “These "
      "were ordinary farmers,” said Khuman's brother, Premjit. “What did they do to anyone?”"),
    ["IN", "MM"],
    [("civilian_attack", "IN", "Kangchup Chingkhong", 2, False),
     ("battle", "IN", None, 1, False),
     ("civilian_attack", "IN", "Jiribam", 6, True)],
    ["strategic"],
    ["Thoiba Meitei", "Ibungo Khuman", "Sanatombi Devi", "Loken Yumnam"],
    ["Assam Rifles", "Meira Paibis"],
    "LONG. Firing on farmers (Monday, the day before) = current civilian_attack, 2, at the named "
    "village. Security forces vs gunmen on the slopes = current battle, 1 (the disputed "
    "'village volunteer' still died in an exchange of fire), place unnamed ('the slopes') -> "
    "null. November 2024 seizure and killing of six women and children = background "
    "civilian_attack, 6 (Jiribam district); the ensuing 'days of protests and arson' are plural "
    "and vague, not listed; 'more than 250 killed' since May 2023 = aggregate. SIT + deployment "
    "= strategic; the called shutdown and torch gathering are not coded (a strike; the torch "
    "line is a vigil, judgment). MM via 'borders Myanmar'. The invented DGP is not a real "
    "office-holder.",
    when=past("2026-07-21", "Monday"), region="asia", long=True)

art("wire", "2026-10-27",
    "Gunmen ambush marines near Patikul, killing three; roadside bomb wounds two near Indanan "
    "school",
    P("JOLO, Oct. 27 (AP) — Gunmen ambushed a patrol of marines near the town of Patikul on Jolo "
      "island on Monday, killing three marines and wounding four, military officials said.",
      "The patrol of Marine Battalion Landing Team 3 was returning from a village where it had "
      "escorted health workers when it came under fire from a coconut grove, said Lieutenant "
      "Colonel Ramil Dalisay, the battalion commander. The marines fought back for about 20 "
      "minutes before the attackers withdrew into the hills, he said. The military blamed "
      "remnants of a faction that once pledged allegiance to the Islamic State group.",
      "In a separate attack on Monday morning, a roadside bomb exploded near an elementary "
      "school in Indanan, wounding two civilians on a motorcycle. Classes were suspended and "
      "bomb experts swept the area.",
      "The Western Mindanao Command said troops were pursuing the attackers and that the "
      "island's security council had met to review protection for schools and health missions."),
    ["PH"],
    [("battle", "PH", "Patikul", 3, False),
     ("explosion", "PH", "Indanan", None, False)],
    [],
    ["Ramil Dalisay"],
    ["Marine Battalion Landing Team 3", "Western Mindanao Command", "Islamic State"],
    "IMPLIED COUNTRY: Jolo, Patikul, Indanan, Western Mindanao only; the country is never named. "
    "Ambush on marines (Monday, the day before) = current battle, 3. Roadside bomb near a "
    "school (Monday) = current explosion, null (two wounded). Pursuit and a security meeting "
    "are not coded. Dated dateline (same day).",
    when=past("2026-10-27", "Monday"), region="asia", implied=True,
    mechanism=("roadside bomb",))

# =====================================================================================
# bf15-41..60  quiet articles: violence vocabulary, no current incident; four long
# (400-650 words) features, the rest 120-400 words.
# =====================================================================================

art("quiet", "2026-07-11",
    "Mumbai commuters mark 20 years since 2006 suburban train bombings",
    P("MUMBAI (Reuters) — Survivors, relatives and railway workers laid wreaths on the platforms "
      "of Mumbai's Western Railway line on Saturday to mark 20 years since seven bombs tore "
      "through first-class compartments of crowded evening trains, killing 209 people and "
      "wounding more than 700.",
      "At 6.24 p.m., the minute the first bomb exploded on July 11, 2006, trains across the "
      "suburban network sounded their horns and passengers on the platform at Mahim stood in "
      "silence. Many held photographs of relatives who had boarded the trains on their way home "
      "from offices in the south of the city and never arrived.",
      "“Twenty years, and every evening at six I still look at the clock,” said Harish Pawaskar, "
      "63, who lost his son Nikhil, then 24, in the blast near Matunga Road. “People tell me to "
      "move on. Where should I move on to? He took the same train every day.”",
      "The bombs, packed in pressure cookers and left on luggage racks, went off within eleven "
      "minutes of one another between Khar and Borivali. Investigators blamed a Pakistan-based "
      "militant group and local sympathisers, and a special court convicted 12 men in 2015. A "
      "decade later, the Bombay High Court acquitted all of them, saying the prosecution had "
      "failed to prove its case, and the state appealed the ruling.",
      "For many families, the acquittals reopened old wounds. “We were told for nine years that "
      "the guilty had been punished,” said Farida Shaikh, whose husband, a tailor, died in the "
      "compartment at Bandra. “Then one day the court said no, it was not them. So who was it? "
      "Nobody has come to tell us.”",
      "The anniversary comes a few months before the city marks the 2008 attacks, when gunmen "
      "who arrived by sea killed 166 people at two luxury hotels, a railway terminus, a cafe and "
      "a Jewish centre over three days. Memorials to those victims stand in the south of the "
      "city; the train bombings have only a small plaque at each of the seven stations.",
      "Railway unions used the anniversary to press for better medical care for injured "
      "commuters. Several survivors still live with hearing loss and shrapnel injuries, and a "
      "group of them, the 7/11 Survivors' Forum, says compensation paid in 2006 ran out long ago. "
      "“We were the lucky ones, they tell us,” said Sunil Nadkarni, 58, a retired bank clerk who "
      "lost his left hand. “Lucky is a strange word.”",
      "Security on the suburban network, which carries millions of passengers a day, has been "
      "tightened since the bombings, with scanners at larger stations and patrols by the "
      "Railway Protection Force. But commuters say the crush at rush hour makes real checks "
      "impossible. By evening, the wreaths at Mahim had been moved to the edge of the platform "
      "to make room for the crowds heading home."),
    ["IN", "PK"],
    [("explosion", "IN", "Mumbai", 209, True),
     ("civilian_attack", "IN", None, 166, True)],
    [],
    ["Harish Pawaskar", "Farida Shaikh", "Sunil Nadkarni"],
    ["Bombay High Court", "7/11 Survivors' Forum", "Railway Protection Force"],
    "LONG memorial, no current incident. The 2006 train bombings = one background explosion "
    "with a joint toll, 209 (seven bombs, one toll, as NOTES a016 groups them), placed at "
    "Mumbai (the bombs went off between several stations). The 2008 attacks = background "
    "civilian_attack (gunmen at several places, one toll, 166), no single place named "
    "(null). Convictions/acquittals are history, not news. PK via 'Pakistan-based'. "
    "'pressure cookers' appear in a background bombing only.",
    when=past("2026-07-11", "Saturday"), topic="memorial", long=True)

art("quiet", "2026-05-12",
    "Trial opens in Rome over 2021 ambush that killed Italian envoy in Congo",
    P("ROME — Two former managers of a humanitarian logistics company went on trial in Rome on "
      "Tuesday, accused of negligent homicide over the February 2021 ambush in eastern Congo in "
      "which an Italian diplomat, his bodyguard and their Congolese driver were killed.",
      "Prosecutors say the defendants, Marco Gentilini and Pierre-Alain Roux, approved a road "
      "trip by the diplomat's party through Nyiragongo territory without an armed escort and "
      "without informing the United Nations peacekeeping mission, although the road had been "
      "classified as dangerous weeks earlier. The convoy was stopped by gunmen who shot the "
      "driver and took the other passengers into the forest, where the diplomat and his "
      "bodyguard were killed during an exchange of fire with park rangers.",
      "Lawyers for the two men say the decision lay with the diplomats themselves and that "
      "their clients had no authority over the embassy's movements. Roux, a French citizen, "
      "attended the opening hearing; Gentilini is being tried in absentia.",
      "The court also heard that the company's internal reports had warned of a rise in "
      "roadblocks on the route. The trial is expected to last until the end of the year. A "
      "separate case in Congo ended in 2023 with the conviction of six men for the killings."),
    ["IT", "CD", "FR"],
    [("civilian_attack", "CD", "Nyiragongo", 3, True)],
    ["strategic"],
    ["Marco Gentilini", "Pierre-Alain Roux"],
    ["United Nations"],
    "CAPITAL DATELINE (ROME) about violence elsewhere. Trial = strategic; no current incident. "
    "The February 2021 ambush = background civilian_attack in CD, 3 (diplomat, bodyguard, "
    "driver), placed in Nyiragongo (territory); the rangers' exchange of fire is folded in. "
    "FR via 'a French citizen'. The 2023 Congolese conviction is history.",
    when=past("2026-05-12", "Tuesday"), topic="trial", capital=True)

art("quiet", "2026-04-20",
    "Australian lawmakers spar over national gun register as Port Arthur anniversary nears",
    P("CANBERRA (AP) — A bill to finish Australia's long-delayed national firearms register came "
      "under fire from both sides of parliament on Monday, a week before the country marks 30 "
      "years since the Port Arthur massacre that led to some of the world's strictest gun laws.",
      "The legislation would link the states' separate gun registries into a single database "
      "that police could search in real time, a measure first promised after the April 1996 "
      "shooting, when a gunman killed 35 people at the historic prison site in Tasmania. Three "
      "decades on, officers in one state still cannot see instantly whether a person holds "
      "licensed weapons in another.",
      "The opposition's home affairs spokesman said the bill was “a paper tiger with a big "
      "price tag” and accused the government of rushing it through to coincide with the "
      "anniversary. Rural independents went further, warning that farmers and sporting "
      "shooters were being treated as suspects and that the register's data could be hacked. "
      "The exchanges quickly hardened into a firestorm over who owned the legacy of the 1996 "
      "reforms.",
      "“This is not about farmers,” the attorney-general told the chamber. “This is about a "
      "police officer knocking on a door at midnight and knowing what is behind it.”",
      "Police associations have backed the bill. Superintendent Claire Hollis of the Police "
      "Federation of Australia told a Senate committee last month that officers attending "
      "domestic violence calls had been shot at by people whose licences in another state were "
      "unknown to them. “We are asking police to walk in blind,” she said.",
      "Gun owners' groups say the battle lines were drawn unfairly. The Sporting Shooters "
      "Association said its members had bitten the bullet in 1996, handing in more than 600,000 "
      "weapons in a national buyback, and that the number of registered firearms had since "
      "returned to pre-massacre levels only because of legal purchases by licensed owners.",
      "Graham Lusk, whose wife and two daughters were killed at Port Arthur and who has "
      "campaigned for gun control since, said the delay was “a national embarrassment”. He is "
      "not a member of any party and appeared before the Senate committee as a private citizen.",
      "The government hopes to pass the bill in the Senate before the winter break, but needs "
      "the support of the Greens or several crossbenchers. The Greens want stricter limits on "
      "the number of guns a single licence holder may own, which the government has so far "
      "resisted.",
      "Commemorations are planned at the Port Arthur site on April 28, where a memorial garden "
      "lists the names of the dead. Organisers have asked politicians to stay away from the "
      "ceremony this year."),
    ["AU"],
    [("civilian_attack", "AU", "Port Arthur", 35, True)],
    [],
    ["Claire Hollis", "Graham Lusk"],
    ["Police Federation of Australia", "Sporting Shooters Association", "Senate", "Greens"],
    "LONG policy debate. The 1996 Port Arthur massacre = background civilian_attack, 35. "
    "'came under fire', 'firestorm', 'battle lines', 'bitten the bullet' are figurative; "
    "officers 'shot at' is a general statement, not an incident. CANBERRA dateline with a "
    "home-country background incident (not flagged capital). Graham Lusk is an invented "
    "bereaved relative.",
    when=past("2026-04-20", "Monday"), topic="policy", long=True)

art("quiet", "2026-01-27",
    "Peruvian drama about Ayacucho's years of fear draws long ovation at Sundance",
    P("PARK CITY, Utah — A Peruvian drama about a village schoolteacher caught between the "
      "Shining Path and the army in the early 1980s drew a long standing ovation at its Sundance "
      "Film Festival premiere on Monday night, putting its first-time director in the running "
      "for the world cinema jury prize.",
      "“Los Años del Miedo”, shot in Quechua and Spanish in the highlands of Ayacucho with a cast "
      "of mostly non-professional actors, follows Teodora, a young teacher whose pupils begin to "
      "disappear one by one. The film never shows an attack directly; gunfire is heard off "
      "screen, and the war arrives as rumours, curfews and empty desks.",
      "Director Lucía Huamán, 34, whose grandparents fled the region in 1984, said at a "
      "question-and-answer session that she wanted to show “how silence was the real weapon, on "
      "both sides”. The conflict left nearly 70,000 people dead, according to Peru's truth "
      "commission.",
      "Critics were divided on the film's slow pace, but the trade press praised the "
      "performance of Rosa Quispe, a market vendor from Huanta who had never acted before. A "
      "distributor is expected to announce a deal after a publicity blitz this week."),
    ["PE", "US"],
    [],
    [],
    ["Lucía Huamán", "Rosa Quispe"],
    ["Shining Path", "Sundance Film Festival"],
    "Film: the war and disappearances are inside a fiction; 70,000 dead = aggregate. 'shot in "
    "Quechua and Spanish' (languages; filming). Park City, Utah -> US. 'publicity blitz' is "
    "figurative.",
    when=past("2026-01-27", "Monday"), topic="film")

art("quiet", "2026-09-03",
    "Review: 'The Tappers of Harbel' finds grace in Liberia's long war",
    P("The first thing that Joseph Sayeh, the narrator of Comfort Dolo-Weah's debut novel, "
      "learns on the rubber plantation at Harbel is how to cut a tree so that it bleeds slowly. "
      "The second is how to hide in the latex shed when the fighters come.",
      "“The Tappers of Harbel” follows Joseph from 1989, when he is eleven and the war reaches "
      "the plantation, to the peace of 2003, when he walks into Monrovia to look for a sister he "
      "has not seen in nine years. In between, he is given a rifle and a nickname, learns that a "
      "baptism of fire is a thing adults say to children they intend to use, and watches the "
      "trees he was taught to care for burn in a single night.",
      "Dolo-Weah, who grew up in a refugee camp in Guinea and now teaches in Accra, writes "
      "without melodrama. The violence is constant but rarely described head-on; an attack on a "
      "market is told through the shoes left in the road afterwards.",
      "The book falters in its last third, when a call to arms from a rebel commander in Sierra "
      "Leone pulls Joseph across the border and the novel briefly turns into a thriller. But its "
      "final pages, set among the tappers returning to the plantation after the guns fall "
      "silent, are as good as anything written about the war.",
      "“The Tappers of Harbel” is published by Cassava Republic Press."),
    ["LR", "GN", "GH", "SL"],
    [],
    [],
    ["Comfort Dolo-Weah", "Joseph Sayeh"],
    ["Cassava Republic Press"],
    "Book review: all violence is inside the novel (fiction), not listed; the war 1989-2003 is "
    "history. GN via a refugee camp 'in Guinea', GH via Accra, SL via 'Sierra Leone', LR via "
    "Harbel/Monrovia/'Liberia's'. 'baptism of fire', 'call to arms' are figurative.",
    topic="book")

art("quiet", "2026-08-01",
    "Kraków studio's uprising game 'Sewer Lines' divides players on Warsaw anniversary",
    P("KRAKÓW, Poland — A video game set during the 1944 Warsaw Uprising went on sale on "
      "Saturday, the 82nd anniversary of the revolt, drawing praise for its detail and "
      "criticism from some veterans' families who say a tragedy should not be turned into "
      "entertainment.",
      "“Sewer Lines”, made by the 40-person Kraków studio Brzask Games, puts players in charge "
      "of a group of young insurgents who must move messages, medicine and ammunition through "
      "the city's sewers while German troops storm the districts above. Players can attack "
      "patrols, but the game rewards them for avoiding battle, and most missions end in "
      "retreat.",
      "“We did not want a shooter where you win the war that was lost,” said creative director "
      "Agnieszka Wrona. “We wanted people to feel how small the victories were.”",
      "The studio worked with historians from the Warsaw Rising Museum, which has not endorsed "
      "the game. A group representing insurgents' descendants called the release date "
      "“tasteless” and asked the studio to donate its first week's profits to veterans' care.",
      "Early reviews have been largely positive, though several critics said the game's "
      "stealth mechanics were unforgiving. Analysts said the game could attract interest from "
      "the big guns of game publishing if sales hold up."),
    ["PL", "DE"],
    [],
    [],
    ["Agnieszka Wrona"],
    ["Brzask Games", "Warsaw Rising Museum"],
    "Game: attacks and battles happen in the game; the 1944 uprising is history (no toll, no "
    "incident). DE via 'German troops' (a state actor in the game's history). 'big guns' is "
    "figurative.",
    when=past("2026-08-01", "Saturday"), topic="game")

art("quiet", "2026-10-02",
    "Indonesian and Australian marines storm Lombok beach as Garuda Reef drill ends",
    P("MATARAM, Indonesia — Hundreds of Indonesian and Australian marines stormed a beach on the "
      "island of Lombok on Friday as landing craft and helicopters carried troops ashore in the "
      "final phase of the two-week Garuda Reef exercise.",
      "Warships opened fire with blank rounds as the first wave landed, and engineers "
      "simulated a blast to clear obstacles at the water's edge. Troops then moved inland to "
      "secure a mock airfield held by an “enemy” force played by Indonesian army reservists.",
      "About 2,300 personnel took part, the largest number since the exercise began, along with "
      "observers from Japan, New Zealand and Malaysia. Organisers said the drill was aimed at "
      "disaster response as much as combat, and included a simulated evacuation of villagers "
      "after an earthquake.",
      "“We train together so that when the real call comes, we do not have to introduce "
      "ourselves,” said Colonel Bambang Sutrisno of the Indonesian marine corps. An Australian "
      "officer said the two forces had practised joint landings in difficult surf for the first "
      "time."),
    ["ID", "AU", "JP", "NZ", "MY"],
    [],
    [],
    ["Bambang Sutrisno"],
    [],
    "Military exercise: storming, opening fire with blanks and a simulated blast are drill; not "
    "coded (as earlier sets left exercises uncoded). Observers' states counted.",
    when=past("2026-10-02", "Friday"), topic="exercise")

art("quiet", "2026-03-09",
    "Hoax bomb threats halt flights at Dublin Airport for three hours",
    P("DUBLIN — Flights at Dublin Airport were halted for nearly three hours on Sunday after "
      "emailed bomb threats against two terminals, which police later said were a hoax.",
      "The Garda, Ireland's police force, said the emails were sent shortly after 7 a.m. to the "
      "airport operator and to two airlines, warning that devices had been hidden in departure "
      "areas. Terminal 2 was evacuated and passengers were held on board arriving aircraft "
      "while army bomb disposal teams and sniffer dogs searched the buildings. Nothing "
      "suspicious was found.",
      "About 140 flights were delayed and 23 were diverted to Shannon, Belfast and Manchester, "
      "the airport said. Several thousand passengers waited outside in the rain.",
      "Police said similar emails had been sent to airports in Scandinavia in recent weeks and "
      "that they were working with European partners to trace them. Sending a false bomb threat "
      "carries a prison sentence of up to five years in Ireland."),
    ["IE", "GB"],
    [],
    ["strategic"],
    [],
    ["Dublin Airport", "Garda"],
    "Hoax bomb threats: no incident. Evacuation/halt of flights = strategic (security alert), "
    "as blind_fresh14 coded hoax evacuations. GB via Belfast and Manchester (diversion "
    "airports). 'Scandinavia' is a region.",
    when=past("2026-03-09", "Sunday"), topic="hoax")

art("quiet", "2026-02-09",
    "Army experts defuse pipe bomb left outside Derry police station",
    P("DERRY, Northern Ireland — Army bomb disposal experts made safe a viable pipe bomb left "
      "outside a police station in Derry on Sunday night, police said, blaming dissident "
      "republicans opposed to the peace process.",
      "The device, in a sports bag propped against the station's security gate on Strand Road, "
      "was spotted by an officer on a camera feed shortly before 11 p.m. About 60 homes were "
      "evacuated and a care home was moved to a nearby school hall while the army worked "
      "through the night. The device was taken away for forensic examination.",
      "“This was a deliberate attempt to kill police officers, and it could just as easily have "
      "killed a passer-by,” said Chief Superintendent Gareth Lowry of the Police Service of "
      "Northern Ireland. “The people who did this offer this city nothing.”",
      "Police said a group calling itself the New IRA was the main line of inquiry. In January "
      "2019, a car bomb exploded outside the city's courthouse on Bishop Street, causing damage "
      "but no injuries. Politicians from all the main parties condemned the latest device."),
    ["GB"],
    [("explosion", "GB", "Bishop Street", 0, True)],
    ["strategic"],
    ["Gareth Lowry"],
    ["Police Service of Northern Ireland", "New IRA"],
    "Defused device (did not go off) = no incident; evacuation = strategic (security alert). "
    "The January 2019 courthouse car bomb = background explosion, 0 ('no injuries'; NOTES: 0 "
    "when the text says nobody was hurt), placed at Bishop Street. Northern Ireland -> GB.",
    when=past("2026-02-09", "Sunday"), topic="defused")

art("quiet", "2026-06-01",
    "Argentine teachers plan march on Buenos Aires over frozen pay",
    P("BUENOS AIRES — Argentina's largest teachers' unions said on Monday they would march on "
      "the Congress building on Thursday and hold a 48-hour national stoppage, in a call to arms "
      "over salaries that they say have lost a third of their value in two years.",
      "Union leaders expect buses of teachers from at least 15 provinces to join the march, "
      "which will end with a rally outside Congress as senators debate the education budget. "
      "“This is a battle for the public school, not just for our pay,” said Graciela Ortiz, "
      "secretary general of the largest federation.",
      "The government has said it cannot raise wages further without breaking its commitment to "
      "a balanced budget and accused the unions of playing politics. The education ministry "
      "said schools in most provinces would stay open.",
      "Organisers said the march would be peaceful and that marshals would keep it away from "
      "the presidential palace, where police broke up a pensioners' protest last year."),
    ["AR"],
    [],
    [],
    ["Graciela Ortiz"],
    [],
    "Planned march and strike (Thursday, coming) = no current incident; a planned protest is "
    "not a protest yet. 'call to arms', 'battle' are figurative. Last year's broken-up "
    "pensioners' protest is undated and vague ('last year'), not listed (judgment).",
    when=both(past("2026-06-01", "Monday"), nxt("2026-06-01", "Thursday")),
    coming=("Thursday",), topic="planned protest")

art("quiet", "2026-04-29",
    "Spanish police raid hashish gangs in Algeciras, seize speedboats and arrest 14",
    P("ALGECIRAS, Spain — Spanish police arrested 14 people and seized nine high-powered "
      "speedboats in dawn raids on Tuesday against gangs smuggling hashish across the Strait of "
      "Gibraltar from Morocco, the interior ministry said.",
      "More than 300 officers of the Guardia Civil and the National Police searched 22 homes and "
      "warehouses in Algeciras, La Línea de la Concepción and San Roque, seizing 2.4 tonnes of "
      "hashish, four pistols, two assault rifles and about 600,000 euros in cash. Officers also "
      "found fuel depots used to resupply boats at sea.",
      "Investigators said the network paid young men from the area up to 3,000 euros a night to "
      "unload bales on beaches and had used lookouts with radios to track patrol boats.",
      "Police unions have long complained that their own boats are slower than the smugglers' "
      "vessels. A spokesman for the Guardia Civil's union said the raids were welcome but that "
      "officers on the water were still “fighting a war with slingshots”."),
    ["ES", "MA", "GI"],
    [],
    ["strategic"],
    [],
    ["Guardia Civil", "National Police"],
    "Raids, arrests, seizures = strategic; no incident. MA via 'from Morocco'. GI: 'the Strait "
    "of Gibraltar' is a sea strait (judgment: counted as a reference to Gibraltar, a coder "
    "could leave it out). 'fighting a war with slingshots' is figurative.",
    when=past("2026-04-29", "Tuesday"), topic="raid")

art("quiet", "2026-11-17",
    "Zambia edge Senegal in penalty shootout to reach Four Nations Cup final",
    P("LUSAKA — Zambia beat Senegal 5-4 in a penalty shootout on Monday night to reach the "
      "final of the Four Nations Cup, an invitational tournament, for the first time, after a 1-1 draw in front of a roaring crowd in Lusaka.",
      "Senegal took the lead after 20 minutes when their captain blasted a shot into the roof of "
      "the net from the edge of the area. Zambia's equaliser came in the second half, a low strike "
      "from substitute Kennedy Mwale that slipped under the goalkeeper's body.",
      "After a tense extra time in which both sides hit the woodwork, goalkeeper Brian Chanda "
      "saved the fifth Senegalese penalty to set off a pitch invasion by delighted fans. “We "
      "attacked them when they were tired,” said coach Moses Kaunda. “The boys fought like "
      "soldiers.”",
      "Senegal's coach blamed the pitch and said his side had lost “a battle, not the war”."),
    ["ZM", "SN"],
    [],
    [],
    ["Kennedy Mwale", "Brian Chanda", "Moses Kaunda"],
    [],
    "Sport: 'penalty shootout', 'blasted a shot', 'strike', 'attacked', 'fought like "
    "soldiers', 'a battle, not the war' are football vocabulary. The pitch invasion is "
    "celebration, not a riot. National teams count as country references (NOTES).",
    when=past("2026-11-17", "Monday"), topic="sport")

art("quiet", "2026-03-31",
    "Korean battery makers' shares suffer bloodbath as Chinese rivals cut prices",
    P("Shares in South Korea's big battery makers fell by up to 14% on Tuesday "
      "in what traders called a bloodbath, after two Chinese rivals announced steep cuts to the "
      "prices of cells for electric vehicles.",
      "Investors dumped stocks across the sector as analysts warned that Korean producers would "
      "lose orders from European carmakers unless they matched the Chinese prices. The KOSPI "
      "index fell 2.3%, its worst day since August.",
      "“The Chinese have launched a full-scale attack on the European market and Korea is caught "
      "in the crossfire,” said Park Ji-hoon, an analyst at Hanbit Securities. Executives at one "
      "of the companies came under fire from shareholders for delaying investment in cheaper "
      "cell chemistries.",
      "The industry ministry said it would meet battery makers this week to discuss support, "
      "including tax credits for plants in the United States."),
    ["KR", "CN", "US"],
    [],
    [],
    ["Park Ji-hoon"],
    ["KOSPI", "Hanbit Securities"],
    "Business: 'bloodbath', 'full-scale attack', 'caught in the crossfire', 'came under fire' "
    "are market vocabulary. No dateline. US via plants 'in the United States'.",
    when=past("2026-03-31", "Tuesday"), topic="business")

art("quiet", "2026-04-06",
    "Peruvian presidential hopefuls draw battle lines on crime in final debate",
    P("LIMA — The two front-runners in Peru's presidential election clashed over crime and "
      "extortion in the final televised debate on Saturday night, a week before Sunday's vote, "
      "with each accusing the other of having no plan to stop the gangs that prey on bus "
      "drivers and shopkeepers.",
      "Former congresswoman Mariela Cárdenas promised to declare a national emergency on her "
      "first day in office and to build three new maximum-security prisons. Her rival, economist "
      "Rodrigo Salinas, said emergencies had been declared “a dozen times” without result and "
      "proposed a new national police intelligence unit.",
      "The debate descended into sniping over the candidates' pasts. Salinas said he had a "
      "smoking gun showing that Cárdenas had received campaign money from a businessman "
      "investigated for links to illegal mining; she called the claim “a lie from a desperate "
      "man” and accused him of stoking a culture war over abortion to distract from his record.",
      "Polls show more than a quarter of voters still undecided. If no candidate wins more than "
      "half of the valid votes, the two leaders will meet in a runoff in June."),
    ["PE"],
    [],
    [],
    ["Mariela Cárdenas", "Rodrigo Salinas"],
    [],
    "Election: 'battle lines', 'clashed', 'sniping', 'smoking gun', 'culture war' are "
    "figurative; extortion of bus drivers is a general situation. Saturday = the debate (past), "
    "Sunday = the coming vote ('a week before Sunday's vote': April 12, six days after "
    "publication).",
    when=both(past("2026-04-06", "Saturday"), nxt("2026-04-06", "Sunday")),
    coming=("Sunday",), topic="election")

art("quiet", "2026-05-20",
    "Berlin talks on Sudan end without truce as mediators press for aid corridors",
    P("BERLIN — Two days of talks in Berlin on the war in Sudan ended on Wednesday without "
      "agreement on a ceasefire, but with a pledge by the mediators to keep pressing the army "
      "and the Rapid Support Forces to open corridors for food and medicine.",
      "The meeting, hosted by Germany's foreign ministry, brought together envoys from the United "
      "States, Saudi Arabia, the United Arab Emirates and Egypt, the four countries that have "
      "tried to broker a truce, along with representatives of the African Union and the United "
      "Nations. Neither of the warring sides sent a delegation, and German officials said "
      "proposals would be passed to them through intermediaries.",
      "A joint statement called for “an immediate humanitarian pause” and for both forces to "
      "stop attacks on civilians, markets and hospitals. It also urged the two sides to allow "
      "aid convoys across front lines in Darfur and around the besieged towns of the south.",
      "Diplomats said the talks had been overshadowed by disputes among the mediators "
      "themselves. The army accuses the United Arab Emirates of arming the RSF, which Abu Dhabi "
      "denies, and the Emirati delegation objected to language in an early draft that referred to "
      "“external supply of weapons”. The phrase was dropped from the final text.",
      "Aid groups present as observers said the gap between words and action remained vast. "
      "“We have heard these calls at every conference for three years,” said Amira Osman of "
      "the Sudanese Women's Relief Network. “Meanwhile, the people we work with are eating "
      "leaves.”",
      "Osman pointed to Zamzam, the displacement camp in North Darfur that was overrun in April "
      "last year, when RSF fighters killed hundreds of people in an assault that lasted several "
      "days and forced most of the camp's residents to flee. Survivors have described fighters "
      "going from shelter to shelter, shooting men and boys. The United Nations has called for "
      "an independent investigation, which has yet to begin.",
      "Germany's development minister announced an additional 80 million euros in aid, most of "
      "it for refugees in Chad and South Sudan, where hundreds of thousands of people have fled. "
      "The United Nations says the war has forced more than 12 million people from their homes, "
      "the world's largest displacement crisis.",
      "Officials said a follow-up meeting could be held in Jeddah in the summer if the two sides "
      "agreed to send delegations. “Nobody leaves Berlin satisfied,” a European diplomat said. "
      "“But nobody has walked away from the table either.”",
      "The war began in April 2023 as a power struggle between the army chief and the RSF "
      "commander, and tens of thousands of people have been killed, according to estimates by "
      "aid agencies and researchers. Both sides have been accused of war crimes."),
    ["DE", "SD", "US", "SA", "AE", "EG", "TD", "SS"],
    [("civilian_attack", "SD", "Zamzam", 100, True)],
    ["diplomacy"],
    ["Amira Osman"],
    ["Rapid Support Forces", "RSF", "African Union", "United Nations",
     "Sudanese Women's Relief Network"],
    "LONG diplomacy feature, CAPITAL DATELINE (BERLIN) about a war elsewhere. Talks + joint "
    "statement + aid pledge = diplomacy; no current incident. The April-last-year assault on "
    "Zamzam camp = background civilian_attack, 'hundreds' -> 100 (NOTES vague quantities). "
    "War tolls and displacement figures = aggregates. Abu Dhabi as metonym (AE); Jeddah named "
    "as a possible venue (SA). TD and SS via refugees 'in Chad and South Sudan'. Darfur is a "
    "region of SD.",
    when=past("2026-05-20", "Wednesday"), topic="diplomacy", capital=True, long=True)

art("quiet", "2026-09-22",
    "Typhoon lashes Taiwan's east coast, two dead as storm heads for mainland",
    P("TAIPEI — Typhoon Haikui lashed Taiwan's east coast on Monday with winds of up to 190 "
      "kilometres an hour, killing two people, cutting power to more than 400,000 homes and "
      "grounding all domestic flights, officials said.",
      "A motorcyclist was killed by a falling tree in Hualien and a fisherman drowned after "
      "being swept off a breakwater in Taitung, the Central Emergency Operation Center said. "
      "Landslides blocked the coastal highway in several places and about 3,000 people were "
      "evacuated from mountain villages.",
      "The storm, which battered the island for about 12 hours, was weakening as it moved "
      "across the Taiwan Strait towards China's Fujian province, where authorities ordered "
      "fishing boats back to port and closed schools.",
      "Forecasters warned of more heavy rain in the south of the island through Tuesday."),
    ["TW", "CN"],
    [],
    [],
    [],
    ["Central Emergency Operation Center"],
    "Weather: deaths in a typhoon are a disaster, not an incident (NOTES). 'storm', 'battered' "
    "are literal weather words. Tuesday is a coming day in a forecast.",
    when=both(past("2026-09-22", "Monday"), nxt("2026-09-22", "Tuesday")),
    coming=("Tuesday",), topic="weather")

art("quiet", "2026-02-03",
    "Methane blast at Karaganda coal mine kills six miners",
    P("KARAGANDA, Kazakhstan — A methane explosion at a coal mine near the central Kazakh city of "
      "Karaganda killed six miners and injured 11 on Monday, the emergency situations ministry "
      "said.",
      "The blast happened about 480 metres underground during the morning shift, and was followed "
      "by a fire that took rescuers several hours to bring under control. Sixty-two miners were "
      "brought to the surface. The mine's owner said gas sensors had been checked the day "
      "before.",
      "Prosecutors opened a criminal case for breach of safety rules. The mine has had several "
      "fatal accidents in recent years, and the government has threatened to revoke the "
      "operator's licence. Relatives waited through the day outside the mine's administrative "
      "building for the names of the dead, which were read out by a company manager in the "
      "evening. The regional administration declared a day of mourning."),
    ["KZ"],
    [],
    [],
    [],
    [],
    "Industrial accident: methane blast and fire are not incidents (NOTES accidents). The "
    "criminal case for safety breaches is not coded (an inquiry into an accident).",
    when=past("2026-02-03", "Monday"), topic="accident")

art("quiet", "2026-11-02",
    "Killings of journalists in Latin America fell in 2025, but impunity persists, report says",
    P("MEXICO CITY (AP) — The number of journalists killed in Latin America fell last year for "
      "the second year running, but almost none of the killings have been solved and threats "
      "against reporters covering crime and corruption are rising, a press freedom group said on "
      "Monday.",
      "The Inter-American Press Freedom Observatory, which is based in Mexico City, counted 19 "
      "journalists and media workers killed in the region in 2025 because of their work, down "
      "from 27 in 2024. Mexico again had the most deaths, with seven, followed by Honduras and "
      "Colombia with three each. The report, released on the international day to end impunity "
      "for crimes against journalists, said convictions had been obtained in only two of the "
      "cases.",
      "“The fall in killings is not a sign that the storm has passed,” said the group's director, "
      "Verónica Lazcano. “Journalists tell us that they are censoring themselves to stay alive. "
      "Fewer dead reporters can also mean fewer stories.”",
      "The report documents more than 600 threats, physical assaults and legal cases against "
      "journalists, a rise of a fifth on the year before. Local reporters in small towns, often "
      "working for radio stations or Facebook news pages, accounted for most of the victims. "
      "Many had reported on extortion rackets, illegal mining or the links between local "
      "politicians and criminal groups.",
      "Among the cases the report highlights is that of Óscar Lanza, a radio presenter who was "
      "shot dead outside his studio in Choluteca, in southern Honduras, in March 2025, two days "
      "after accusing a town councillor on air of taking bribes from a gang. Two suspects were "
      "arrested but released for lack of evidence, and the case has not moved since.",
      "In Mexico, the group said, federal protection schemes for journalists were underfunded "
      "and slow to respond, and several of the reporters killed last year had asked for "
      "protection that either never came or was withdrawn. Mexico's interior ministry said in a "
      "statement that it had expanded the programme and that more than 600 journalists were "
      "now covered by it.",
      "In Colombia, the report notes that threats to reporters in regions where armed groups "
      "fight over drug routes had led to so-called “news deserts”, towns with no local media at "
      "all. In Ecuador, it said, gangs had begun sending threats through messaging apps to "
      "entire newsrooms. Nicaragua and Venezuela continued to jail or expel critical "
      "journalists, it said.",
      "The report calls on governments to create specialised prosecutors' units with real "
      "resources, and on media owners to provide safety training and insurance for freelancers. "
      "“It is not enough to condemn each killing,” Lazcano said. “The impunity is the smoking "
      "gun. Those who order these killings know that nothing will happen to them.”"),
    ["MX", "HN", "CO", "EC", "NI", "VE"],
    [("civilian_attack", "HN", "Choluteca", 1, True)],
    [],
    ["Verónica Lazcano", "Óscar Lanza"],
    ["Inter-American Press Freedom Observatory"],
    "LONG statistics report: counts by country and year are aggregates, not incidents. The "
    "March 2025 shooting of a radio presenter in Choluteca = background civilian_attack, 1 "
    "(the one case told as a specific event). 'the storm has passed', 'smoking gun' are "
    "figurative. Report release is not a diplomacy/strategic event; the ministry statement is "
    "not coded (routine).",
    when=past("2026-11-02", "Monday"), topic="report", long=True)

art("quiet", "2026-06-15",
    "Ransomware attack forces Bergen hospitals back to pen and paper",
    P("BERGEN, Norway — Hospitals in western Norway were working with pen and paper on Monday "
      "after a ransomware attack shut down patient records and laboratory systems over the "
      "weekend, the regional health trust said.",
      "Planned operations were postponed at Haukeland University Hospital and three smaller "
      "hospitals, and ambulances with non-urgent cases were sent to neighbouring regions. "
      "Emergency care continued, the trust said, and there was no sign that patient data had "
      "been published.",
      "A criminal group that claimed the attack on its leak site demanded payment in "
      "cryptocurrency. The trust said it would not pay. Norway's national security authority "
      "said it had found no smoking gun linking the group to any state.",
      "The attack has brought the health ministry under fire from opposition lawmakers, who say "
      "warnings about outdated software in the region's hospitals were ignored for years. A "
      "full restoration of the systems could take two weeks."),
    ["NO"],
    [],
    [],
    [],
    ["Haukeland University Hospital"],
    "Cyber attack: not an incident (NOTES). 'smoking gun', 'under fire' are figurative. No "
    "state actor named.",
    when=past("2026-06-15", "Monday"), topic="cyber")

art("quiet", "2026-10-07",
    "South African mineworkers' union calls platinum strike from Monday",
    P("RUSTENBURG, South Africa — South Africa's largest platinum mineworkers' union said on "
      "Wednesday its members would strike from Monday after wage talks with three producers "
      "collapsed, in a move that could halt production in the country's platinum belt.",
      "The union, which represents about 70,000 workers, is demanding a basic wage of 17,000 "
      "rand a month for underground workers. The companies have offered increases of about 6%, "
      "saying metal prices have not recovered enough. “Our members are not asking for luxury. "
      "This is a call to arms for a living wage,” the union's president, Thabo Mokoena, told a "
      "rally.",
      "Analysts warned that the strike could turn the platinum belt into a powder keg. In August "
      "2012, police shot dead 34 striking miners at Marikana, near Rustenburg, after a wildcat "
      "stoppage, in the deadliest police action since the end of apartheid. Mokoena said the "
      "strike would be peaceful and that pickets would be kept away from mine gates.",
      "The companies said they remained open to talks and that essential safety staff would "
      "remain underground."),
    ["ZA"],
    [("civilian_attack", "ZA", "Marikana", 34, True)],
    [],
    ["Thabo Mokoena"],
    [],
    "Strike call for a coming Monday: no incident. The August 2012 Marikana shooting = "
    "background civilian_attack, 34 (police firing on striking miners; typed civilian_attack "
    "as the Zahedan shooting in bf15-32; a coder could type it riot). 'call to arms', 'powder "
    "keg' are figurative.",
    when=both(past("2026-10-07", "Wednesday"), nxt("2026-10-07", "Monday")),
    coming=("Monday",), topic="strike call")



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
    # nothing of blind_fresh14 (nor of what it carried from 13, 12 and 11) reused
    for label, names in (("blind_fresh14", BF14_NAMES), ("blind_fresh13", BF13_NAMES),
                         ("blind_fresh12", BF12_NAMES), ("blind_fresh11", BF11_NAMES)):
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
        rng = LONG_WIRE_WORDS if a["long"] else WIRE_WORDS
        if not rng[0] <= words <= rng[1]:
            err("%s wire body has %d words (%d-%d wanted)" % (
                ("long" if a["long"] else "short", words) + rng))
        paras = [p for p in a["body"].split("\n\n") if p.strip()]
        if a["long"]:
            if len(paras) < MIN_LONG_PARAGRAPHS:
                err("long wire report has %d paragraphs (< %d)" % (len(paras), MIN_LONG_PARAGRAPHS))
            quotes = len(re.findall(r"“[^”]{10,}”", a["body"]))
            if quotes < MIN_LONG_QUOTES:
                err("long wire report has %d quoted passages (< %d)" % (quotes, MIN_LONG_QUOTES))
            if not re.search(VAGUE_PAST_RE, a["body"]):
                err("long wire report lacks a vague reference to earlier violence (%s)" % VAGUE_PAST_RE)
            if not re.search(INQUIRY_RE, a["body"]):
                err("long wire report lacks an announced investigation/inquiry")
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
        old_cs = {inc[1] for inc in current(a)} & (set(BF14_WIRE_COUNTRIES) - {"US"})
        if old_cs:
            err("current incident in a country blind_fresh14's wire block used: %s" % sorted(old_cs))
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
        n_blast = sum(1 for inc in current(a) if inc[0] == "explosion")
        if a["mechanism"]:
            for mech in a["mechanism"]:
                if mech not in WIRE_MECHANISMS:
                    err("unknown mechanism %r" % (mech,))
                elif not re.search(WIRE_MECHANISMS[mech], text, re.I):
                    err("mechanism %r not named in the text" % mech)
            if not cur_blast:
                err("mechanism article without a current explosion")
            elif len(a["mechanism"]) > n_blast:
                err("more mechanisms %r than current explosions (%d)" % (a["mechanism"], n_blast))
        elif cur_blast:
            err("wire article with a current explosion must name its mechanism")
    elif kind == "quiet":
        rng = LONG_QUIET_WORDS if a["long"] else QUIET_WORDS
        if not rng[0] <= words <= rng[1]:
            err("%s quiet body has %d words (%d-%d wanted)" % (
                ("long" if a["long"] else "short", words) + rng))
        for ph in BF14_QUIET_PHRASES:
            if phrase_in(ph, text):
                err("quiet article reuses blind_fresh14's phrase %r" % ph)
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
    if a["long"] and kind not in ("wire", "quiet"):
        err("long flag is for wire and quiet articles")
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
        ("distinct mechanisms of current wire explosions", len({m for a in wire for m in a["mechanism"]}), MIN_WIRE_MECHANISMS),
        ("long wire reports", sum(1 for a in wire if a["long"]), MIN_WIRE_LONG),
        ("long wire reports recalling a dated older incident", sum(1 for a in wire if a["long"] and background(a)), MIN_LONG_BACKGROUND),
    )
    mechs = [m for a in wire for m in a["mechanism"]]
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
        ("long quiet features", sum(1 for a in quiet if a["long"]), MIN_QUIET_LONG),
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
                     ", ".join(sorted(m for a in wire for m in a["mechanism"]))))
    for kind in ("wire", "quiet"):
        lw = [len(a["body"].split()) for a in ARTICLES if a["kind"] == kind and a["long"]]
        sw = [len(a["body"].split()) for a in ARTICLES if a["kind"] == kind and not a["long"]]
        lines.append("%s: %d long (%d-%d words), %d short (%d-%d words)" % (
            kind, len(lw), min(lw), max(lw), len(sw), min(sw), max(sw)))
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

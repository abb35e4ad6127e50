#!/usr/bin/env python3
"""Build blind_fresh11: a fresh, blind evaluation set of 60 synthetic articles, as JSONL.

Standard library only. Every text and its gold are data in this file. The gold of each article
was decided when its text was written, by the conventions of ../../shared/corpus/NOTES.md, and
is frozen (see README.md).

    python3 build.py            # run every check, then write blind_fresh11.jsonl
    python3 build.py --check    # run the checks only
    python3 build.py --notes    # print one judgment line per article (NOTES.md format)
"""
import datetime
import json
import os
import re
import sys

SOURCE = "synthetic, written for this project (blind, fresh 11)"
ORIGIN = ("written from scratch for this project: tests/blind_fresh11/build.py "
          "(fictional or fictionalised events in real places)")
LICENSE = "project's own"
PREFIX = "bf11"
OUTFILE = "blind_fresh11.jsonl"

INCIDENT_TYPES = ("battle", "explosion", "civilian_attack", "protest", "riot")
OTHER_TYPES = ("strategic", "diplomacy")
BLOCKS = (("satp", 18), ("wire", 22), ("quiet", 20))

# --- SATP-style block (bf11-01..18) ---
SATP_WORDS = (60, 160)
SATP_COUNTRIES = ("IN", "PK", "AF", "BD", "NP", "LK")
MIN_SATP_QUIET = 5          # no current incident
MIN_SATP_ABDUCTION = 6      # built around an abduction (current civilian_attack)
MIN_SATP_BATTLE = 3         # security forces attacked / encounter (current battle)
MIN_SATP_BLAST = 3          # IED / grenade / landmine went off (current explosion)
MIN_SATP_PLACEONLY = 2      # place given as village/town/district only, country never named
MIN_SATP_DEGRADED = 2       # degraded feed line: no punctuation at all
# Each wording must carry at least one abduction text.
ABDUCTION_WORDS = ("abducted", "kidnapped", "whisked away", "forcibly taken", "taken hostage",
                   "dragged away by armed men")
# Device words: among the SATP texts with a current explosion, one must name each group.
BLAST_DEVICES = (("grenade",), ("landmine", "IED", "improvised explosive device"))
# Kinds of SATP text without a current incident that the block must cover.
SATP_QUIET_TOPICS = ("surrender", "recovery", "arrest", "verdict", "strike", "release", "defused")
# Punctuation a degraded (feed-damaged) SATP line must not contain.
DEGRADED_PUNCT = ".,;:()'\"!?"
# Months-and-days inline dates in SATP texts: at most this many days before / after `published`
# (after: a strike called for a coming date).
SATP_DATE_BEFORE, SATP_DATE_AFTER = 60, 30

# --- wire block (bf11-19..40) ---
WIRE_WORDS = (150, 260)
WIRE_REGIONS = {"sahel": 2, "horn_east_africa": 2, "nigeria_lake_chad": 2, "middle_east": 2,
                "ukraine_russia": 2, "myanmar": 2, "latin_america": 4,
                "europe_north_america": 4, "south_asia": 2}
# Latin American current incidents must lie in these countries, at least MIN_LATAM_COUNTRIES of them.
LATAM_ALLOWED = ("CO", "VE", "EC", "GT", "HT", "MX")
MIN_LATAM_COUNTRIES = 3
MIN_US_LOCAL = 2            # europe_north_america articles whose current incidents are all in US
MIN_WIRE_MULTI = 8          # more than one current incident
MIN_WIRE_TWO_COUNTRIES = 3  # current incidents in two countries
MIN_WIRE_IMPLIED = 4        # incident country only implied by places
MIN_WIRE_BACKGROUND = 4     # also recalls an older incident
MIN_WIRE_FOLLOWUP = 3       # updated-toll story ("the death toll has risen to ...")
MIN_WIRE_RIOT_TURN = 2      # a protest that turns into a riot
MIN_WIRE_OTHER = 2          # diplomacy or strategic events besides the incidents
FOLLOWUP_RE = r"\b(rose|rises|risen|has risen) to\b"
RIOT_TURN_RE = r"\bturn(ed|s)? (violent|into a riot)\b"
# Tolls in words the wire block must use somewhere ("dozens" = 12, "two dozen" = 24,
# "eleven" = 11; "scores" -> null).
WIRE_PHRASES = ("dozens", "two dozen", "eleven", "scores")

# --- quiet block (bf11-41..60) ---
QUIET_WORDS = (120, 300)
QUIET_TOPICS = ("memorial", "trial", "statistics", "fiction", "exercise", "accident", "disaster",
                "sport", "business", "politics", "police", "plot", "warning", "threat", "strike",
                "diplomacy", "ceasefire")
MIN_QUIET_FICTION = 3       # film, book, game
MIN_QUIET_ACCIDENT = 2      # road and industrial
# Non-literal violence vocabulary the quiet block must use somewhere.
QUIET_PHRASES = ("hostile takeover", "price war", "bombshell", "under fire", "battleground",
                 "attack", "shot", "fired", "battle", "explosive growth", "killer app")

# Names (as words) that would state a country outright: an `implied` / `placeonly` article must
# use none of the names of its incident countries (or, for SATP texts, of its only country).
COUNTRY_NAMES = {
    "NG": ("Nigeria", "Nigerian", "Nigerians"),
    "MM": ("Myanmar", "Burma", "Burmese"),
    "SY": ("Syria", "Syrian", "Syrians"),
    "US": ("United States", "U.S.", "US", "USA", "America", "American", "Americans"),
    "PK": ("Pakistan", "Pakistani", "Pakistanis"),
    "NP": ("Nepal", "Nepali", "Nepalese"),
    "BD": ("Bangladesh", "Bangladeshi", "Bangladeshis"),
}
# First-level names (provinces, divisions, their capitals and the national capital) a
# `placeonly` SATP text must not use either.
FIRST_LEVEL = {
    "PK": ("Balochistan", "Khyber Pakhtunkhwa", "Punjab", "Sindh", "Gilgit-Baltistan",
           "Islamabad", "Azad Kashmir", "Azad Jammu and Kashmir", "KP", "FATA",
           "Quetta", "Peshawar", "Lahore", "Karachi", "Gilgit", "Muzaffarabad"),
    "NP": ("Koshi", "Madhesh", "Bagmati", "Gandaki", "Lumbini", "Karnali", "Sudurpashchim",
           "Kathmandu", "Biratnagar", "Janakpur", "Janakpurdham", "Hetauda", "Pokhara",
           "Deukhuri", "Birendranagar", "Godawari"),
    "BD": ("Dhaka", "Chattogram", "Chittagong", "Rajshahi", "Khulna", "Barishal", "Barisal",
           "Sylhet", "Rangpur", "Mymensingh"),
}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Names that contain a weekday word without referring to a day near `published`.
NAMED_DAYS = ("Palm Sunday", "Easter Sunday", "Black Friday")
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
    `published` (a strike 'from Monday')."""
    pub = datetime.date.fromisoformat(published)
    return {d: (pub + datetime.timedelta((WEEKDAYS.index(d) - pub.weekday() - 1) % 7 + 1)).isoformat()
            for d in days}


def art(kind, published, title, body, countries, incidents, other, persons, orgs, note,
        when=None, abduction=False, placeonly=False, degraded=False, region=None,
        implied=False, followup=False, riot_turn=False, topic=None):
    """Register one article.

    incidents: list of (type, country, location or None, fatalities or None, background).
    when: {weekday word used in the text: the ISO date it stands for}.
    abduction: SATP-style text built around an abduction (a current civilian_attack).
    placeonly: SATP-style text whose place is a village/town/district only (no country name,
        no province name, no capital).
    degraded: SATP-style text written as a damaged feed line, without any punctuation.
    region: for wire articles, one of WIRE_REGIONS.
    implied: wire article whose incident countries are never named (only places); True for all
        its current incident countries, or a tuple of the codes that are only implied.
    followup: wire article reporting an updated toll ("the death toll has risen to ...").
    riot_turn: wire article in which a protest turns into a riot.
    topic: for quiet articles one of QUIET_TOPICS; for SATP texts without a current incident one
        of SATP_QUIET_TOPICS.
    """
    ARTICLES.append(dict(kind=kind, published=published, title=title, body=body.strip(),
                         countries=countries, incidents=incidents, other=other,
                         persons=persons, orgs=orgs, note=note, when=when or {},
                         abduction=abduction, placeonly=placeonly, degraded=degraded,
                         region=region, implied=implied, followup=followup,
                         riot_turn=riot_turn, topic=topic))


# =====================================================================================
# bf11-01..18  SATP-style digests: no title, one paragraph, 60-160 words, dated inline.
# =====================================================================================

art("satp", "2025-06-11", None, """
Cadres of the Communist Party of India-Maoist (CPI-Maoist) abducted two villagers from Mukram village in the Chintalnar Police Station area of Sukma District in Chhattisgarh on the night of June 7, Police said. The villagers, identified as Kawasi Joga (34) and Sodi Deva (41), were taken from their homes by a group of around 15 armed Maoists who accused them of passing information to the security forces. The body of Kawasi Joga, with his hands tied and his throat slit, was found near a forest track outside the village on the morning of June 9, along with a handwritten note of the Maoists' Konta Area Committee. Sodi Deva managed to escape while being taken deeper into the forest and reached the Chintalnar camp of the Central Reserve Police Force (CRPF) on June 8. Superintendent of Police (SP) Rajendra Netam said search operations had been intensified in the area.
""",
["IN"], [("civilian_attack", "IN", "Mukram", 1, False)], [],
["Kawasi Joga", "Sodi Deva", "Rajendra Netam"], ["Communist Party of India-Maoist", "Konta Area Committee", "Central Reserve Police Force"],
"ABDUCTION ('abducted'): two villagers seized four days before publication, one found killed two days before, the other escaped = one civilian_attack at Mukram (the village named, more specific than Chintalnar/Sukma), fatalities 1. The escape is not a release (no strategic). Search operations = response, not listed. IN via Chhattisgarh/Sukma; 'India' only inside the party name.",
abduction=True)

art("satp", "2025-08-20", None, """
Unidentified armed men kidnapped three employees of a private gas field contractor near Pir Koh in Dera Bugti District on the evening of August 16, Levies officials said. The employees, including a site engineer identified as Faisal Mengal (29), were travelling back to Sui in a company pick-up when their vehicle was intercepted by around eight gunmen on motorcycles. The driver, who was left behind with his hands tied, walked to the Pir Koh Levies post after dark and informed the officials. Assistant Commissioner Sui Naveed Ahmed Khosa said the Frontier Corps (FC) and Levies had cordoned off the area and were conducting a search operation in the surrounding hills. No group had claimed responsibility by August 19, but militants of the Baloch Republican Army (BRA) have previously blown up gas pipelines and attacked installations in the district.
""",
["PK"], [("civilian_attack", "PK", "Pir Koh", None, False)], [],
["Faisal Mengal", "Naveed Ahmed Khosa"], ["Levies", "Frontier Corps", "Baloch Republican Army"],
"ABDUCTION ('kidnapped'): three contractor employees seized four days before publication, still missing, the news of the text = civilian_attack at Pir Koh, null. Cordon/search = response. The BRA's earlier pipeline attacks are unspecific history, not listed. PLACE ONLY: Dera Bugti, Pir Koh, Sui, Levies, FC; neither 'Pakistan' nor 'Balochistan' nor Quetta appears ('Baloch' is a people) -> PK by gazetteer only.",
abduction=True, placeonly=True)

art("satp", "2025-11-12", None, """
Gunmen whisked away a money exchanger, Haji Abdul Wahid Sadat (47), from outside his shop in the main bazaar of Kunduz city on the evening of November 9, his relatives said. According to the family, four men with pistols, two of them wearing the uniform of the Taliban police, forced him into a white car and drove towards Chahar Dara District. The kidnappers later telephoned the family and demanded a ransom of AFN 15 million. Sadat was released unharmed near the Kunduz-Baghlan highway on November 11 after tribal elders intervened, his brother said, adding that he did not know whether any money had been paid. Taliban police spokesman in Kunduz Province Ghulam Rasool Haidari said two suspects had been detained and that the abduction appeared to be the work of a criminal gang. Traders in the city say kidnappings for ransom have increased this year.
""",
["AF"], [("civilian_attack", "AF", "Kunduz", 0, False)], ["strategic"],
["Haji Abdul Wahid Sadat", "Ghulam Rasool Haidari"], ["Taliban"],
"ABDUCTION ('whisked away'): kidnapping for ransom three days before publication, the hostage 'released unharmed' two days later = civilian_attack at Kunduz (the bazaar has no proper name), fatalities 0 (hostage safe, as NOTES). The release and the detention of two suspects = strategic (NOTES: releases and arrests are strategic; judgment: a release inside the same story still counts). 'Kidnappings have increased this year' = aggregate. AF via Kunduz/Baghlan/Chahar Dara and AFN; 'Afghanistan' never named.",
abduction=True)

art("satp", "2026-02-04", None, """
Three timber traders were forcibly taken from their boat by armed men on the Kaptai Lake near Mainimukh in Langadu upazila of Rangamati District on the afternoon of January 31, Police said. The traders, identified as Abul Kashem (45), Nurul Islam (38) and Ratan Dewan (30), were returning to Langadu with a consignment of teak logs when a speedboat carrying six men in black clothes and armed with rifles stopped them. The boatman, who was left behind, said the armed men took the traders towards the Barkal hills. Langadu Police Station Officer-in-Charge (OC) Mizanur Rahman said the Army and Police had begun a joint search and that a faction of an armed regional party active in the hills was suspected. Local traders said the group had been collecting tolls from timber boats for months. On February 2, the families received a phone call demanding Tk 1.5 million.
""",
["BD"], [("civilian_attack", "BD", "Mainimukh", None, False)], [],
["Abul Kashem", "Nurul Islam", "Ratan Dewan", "Mizanur Rahman"], ["Langadu Police Station"],
"ABDUCTION ('forcibly taken'): three traders seized four days before publication, ransom demanded, no death = civilian_attack near Mainimukh (the most specific place; on the lake), null. Joint search = response; toll collection = unspecific. PLACE ONLY: Rangamati, Langadu, Kaptai Lake, Barkal, Tk; neither 'Bangladesh' nor any division name (Chattogram/Chittagong) nor Dhaka appears -> BD by gazetteer only.",
abduction=True, placeonly=True)

art("satp", "2025-10-01", None, """
Two employees of a private construction company were taken hostage by suspected cadres of the NSCN-K YA at Pongchau in Longding District of Arunachal Pradesh on September 27 Police said The employees identified as Bikash Gogoi 32 and Ramen Dutta 40 were supervising work on a road near the India Myanmar border when around six armed cadres in combat fatigues arrived at the site and led them into the forest A letter left at the site demanded INR 10 million for their release Longding Superintendent of Police Tani Rigia said the Assam Rifles and the State Police had launched a joint operation along the border The company has suspended work on the road and withdrawn its labourers to Longding town The NSCN-K YA has carried out several extortion related abductions in the Tirap Changlang and Longding region in recent years
""",
["IN", "MM"], [("civilian_attack", "IN", "Pongchau", None, False)], [],
["Bikash Gogoi", "Ramen Dutta", "Tani Rigia"], ["NSCN-K YA", "Assam Rifles"],
"ABDUCTION ('taken hostage'): two workers seized four days before publication, ransom letter, still held = civilian_attack at Pongchau, null. MM only as the border ('India Myanmar border'); nothing happens there. Earlier 'several abductions in recent years' = unspecific, not listed. DEGRADED feed line: no punctuation at all (ages and sentences run together), as about a fifth of SATP lines.",
abduction=True, degraded=True)

art("satp", "2026-03-25", None, """
A schoolteacher was dragged away by armed men from a mosque in the Bagh area of Tirah valley in Khyber District on March 21 and his bullet-riddled body was found in a nearby ravine on March 23, officials said. The victim, Zahid Ullah Afridi (36), taught at the Government Primary School in Bagh and was a member of the local peace committee. Witnesses said five masked men entered the mosque after the evening prayer, beat him with rifle butts in front of the worshippers and took him away in a pick-up truck. District Police Officer (DPO) Saleem Abbas said a case had been registered against unknown persons. Elders of the Kukikhel tribe held a jirga on March 24 and demanded that the authorities restore security in the valley, where militants of the Tehreek-e-Taliban Pakistan (TTP) and Lashkar-e-Islam have resurfaced.
""",
["PK"], [("civilian_attack", "PK", "Bagh", 1, False)], [],
["Zahid Ullah Afridi", "Saleem Abbas"], ["Tehreek-e-Taliban Pakistan", "Lashkar-e-Islam"],
"ABDUCTION ('dragged away by armed men'): teacher seized four days before publication and found shot dead two days before = one civilian_attack at Bagh (Tirah), 1. The elders' jirga is a meeting, not a protest. PK via Khyber District/Tirah ('Pakistan' only inside the TTP name). 'Bagh' is also a district of Azad Kashmir - same country either way.",
abduction=True)

art("satp", "2025-04-30", None, """
One Army soldier and two terrorists were killed in an encounter in the Basantgarh area of Udhampur District in Jammu and Kashmir on April 28, officials said. Acting on intelligence inputs, troops of the Rashtriya Rifles and the Special Operations Group (SOG) of the J&K Police launched a cordon and search operation in the forests above Dudu village, where shepherds had spotted a group of terrorists. The hiding terrorists opened fire on the search party, and the exchange of fire continued intermittently for nearly eight hours. Havildar Jagdish Chand (39) of the Rashtriya Rifles was killed. Two AK-47 rifles, a pistol and a satellite phone were recovered from the slain terrorists, who were believed to be Pakistani nationals linked to the Lashkar-e-Taiba (LeT). The operation was called off on April 29 after a search of the area.
""",
["IN", "PK"], [("battle", "IN", "Dudu", 3, False)], [],
["Jagdish Chand"], ["Rashtriya Rifles", "Special Operations Group", "Lashkar-e-Taiba"],
"BATTLE: militants fired on a cordon-and-search party two days before publication = encounter (battle) at Dudu (the village named), 1 soldier + 2 militants = 3. Weapons recovered = part of the operation. PK via 'Pakistani nationals' (demonym; nothing happens in PK). IN via Jammu and Kashmir/Udhampur; 'India' never named.")

art("satp", "2025-09-17", None, """
A Policeman and two militants were killed when militants attacked the Pezu Police check post in Lakki Marwat District of Khyber Pakhtunkhwa on the night of September 14, hours after an improvised explosive device (IED) went off near a Police mobile van at Tajazai, injuring three Policemen, officials said. According to District Police Officer (DPO) Tariq Nawaz, the IED had been planted along the road to Bannu and was detonated by remote control as the van passed on the afternoon of September 14. Later that night, around a dozen militants armed with assault rifles attacked the check post from three sides. Constable Irfanullah (27) was killed in the exchange of fire, which lasted about an hour, and the bodies of two attackers were found at the site in the morning. Police described the attackers as members of the Tehreek-e-Taliban Pakistan (TTP).
""",
["PK"], [("explosion", "PK", "Tajazai", None, False), ("battle", "PK", "Pezu", 3, False)], [],
["Tariq Nawaz", "Irfanullah"], ["Tehreek-e-Taliban Pakistan"],
"BATTLE + EXPLOSION: two distinct incidents three days before publication: the remote-controlled IED at Tajazai (injuries only -> null) and the night assault on the Pezu check post (battle; 1 policeman + 2 militants = 3). 'Around a dozen militants' counts attackers, not deaths. PK via Khyber Pakhtunkhwa/Lakki Marwat/Bannu.")

art("satp", "2025-07-09", None, """
The National Resistance Front NRF claimed that its fighters attacked a Taliban security post in the Banu area of Andarab District in Baghlan Province on the night of July 6 killing four Taliban members Taliban officials in Baghlan confirmed the attack but said two of their fighters had been killed and one attacker had been captured after a gunfight that lasted nearly an hour Residents said the Taliban searched several houses in Banu on July 7 and detained at least six men accused of supporting the NRF The NRF led by Ahmad Massoud has claimed a number of hit and run attacks in Andarab Panjshir and parts of Parwan since 2022 most of which could not be verified independently
""",
["AF"], [("battle", "AF", "Banu", 2, False)], ["strategic"],
["Ahmad Massoud"], ["National Resistance Front", "Taliban"],
"BATTLE: armed group's attack on a de facto state post three days before publication, confirmed by the Taliban = battle at Banu (Andarab). Fatalities: the attacked side's official figure 2 preferred to the attackers' claim of 4 (most conservative official figure, as b001). One attacker captured + six men detained = strategic. Earlier NRF attacks 'since 2022' = unspecific. TRAP: 'Banu' (Andarab, AF) is not Bannu (PK). DEGRADED feed line: no punctuation.",
degraded=True)

art("satp", "2025-12-03", None, """
Unidentified motorcycle-borne assailants hurled a hand grenade at the Kotli Surat Malhi Police post in Gurdaspur District of Punjab on the night of November 30, damaging a wall and the windows of the building, Police said. No one was hurt in the explosion, as the four Policemen on duty were in a room at the rear of the post. Senior Superintendent of Police (SSP) Aditya Mehra said fragments of the grenade had been sent for forensic examination and that CCTV footage showed two men on a motorcycle riding towards the Dera Baba Nanak road. A social media post attributed to the Babbar Khalsa International (BKI) claimed responsibility on December 1. Police suspect the attack was carried out by local recruits of gangsters based abroad, who have targeted several Police establishments in the border districts with grenades since late 2024.
""",
["IN"], [("explosion", "IN", "Kotli Surat Malhi", 0, False)], [],
["Aditya Mehra"], ["Babbar Khalsa International"],
"EXPLOSION (grenade): grenade thrown at a police post three days before publication that went off ('No one was hurt in the explosion') = explosion at Kotli Surat Malhi, 0. Earlier grenade attacks 'since late 2024' = unspecific. TRAP: 'Punjab' here is the Indian state (Gurdaspur, Dera Baba Nanak) -> IN, not PK; 'India' never named.")

art("satp", "2026-01-21", None, """
Two Levies personnel were killed and three others injured when their vehicle struck a landmine near Kahan in Kohlu District of Balochistan on January 18, officials said. The Levies were on their way to secure a site where a team of the Oil and Gas Development Company Limited (OGDCL) was due to carry out a survey. Deputy Commissioner Kohlu Abdul Rauf Marri said the landmine had been planted on an unpaved track that had been used by the Levies and the survey team for several weeks. The dead were identified as Sepoy Dur Muhammad and Sepoy Ali Sher. The Balochistan Liberation Front (BLF) claimed responsibility for the explosion in a statement issued on January 19. On January 20, Levies and Frontier Corps personnel recovered two more landmines from the same track and defused them.
""",
["PK"], [("explosion", "PK", "Kahan", 2, False)], [],
["Abdul Rauf Marri", "Dur Muhammad", "Ali Sher"], ["Levies", "Oil and Gas Development Company Limited", "Balochistan Liberation Front", "Frontier Corps"],
"EXPLOSION (landmine): vehicle struck a freshly planted landmine three days before publication = explosion near Kahan, 2. The two further mines recovered and defused = not explosions, and not coded strategic (bomb disposal, no seizure from an actor; judgment as bf10-14). PK via Balochistan/Kohlu.")

art("satp", "2025-05-21", None, """
Nine cadres of the Communist Party of India-Maoist (CPI-Maoist), including an Area Committee Member (ACM) carrying a reward of INR 500,000, surrendered before the Malkangiri Police in Odisha on May 19. The cadres, five of them women, belonged to the Kalimela and Motu area committees and handed over a Self-Loading Rifle (SLR), two .303 rifles, three country-made guns and a bag of detonators. Superintendent of Police (SP) Vinod Patil said the ACM, identified as Podiami Budra alias Raju, had been involved in several attacks on security forces in the cut-off area of the district over the past decade. The surrendered cadres would receive rehabilitation assistance under the State Government's policy, he said. Officials attributed the surrenders to the loss of senior leaders, new roads and mobile towers, and the pressure of continuous operations.
""",
["IN"], [], ["strategic"],
["Vinod Patil", "Podiami Budra"], ["Communist Party of India-Maoist", "Malkangiri Police"],
"NO CURRENT INCIDENT (surrender): a surrender with weapons handed over = strategic (development outside the incident types). 'Several attacks on security forces over the past decade' = unspecific, not listed. IN via Odisha/Malkangiri ('India' only inside the party name).",
topic="surrender")

art("satp", "2025-08-13", None, """
Police recovered four pistols, 27 rounds of ammunition, six socket bombs and materials for making explosives from a rented house at Kanchanrup in Saptari District during a search on August 10, the District Police Office in Rajbiraj said. The house had been rented two months earlier by a man who introduced himself as a tractor mechanic and who fled before the Police arrived, according to the landlord. Deputy Superintendent of Police (DSP) Suresh Yadav said the weapons were suspected to belong to a splinter group that had been sending extortion letters to traders in Rajbiraj and Kanchanrup, and that a team of the Armed Police Force (APF) had been deployed to the border crossings in the district. The socket bombs were later destroyed in a controlled explosion by an Army bomb disposal team on the bank of the Khando river.
""",
["NP"], [], ["strategic"],
["Suresh Yadav"], ["District Police Office", "Armed Police Force"],
"NO CURRENT INCIDENT (arms recovery): seizure of weapons and bombs, APF deployment = strategic. The 'controlled explosion' of the seized bombs is bomb disposal, not an explosion incident. Extortion letters = no event. PLACE ONLY: Saptari, Kanchanrup, Rajbiraj, Khando river; neither 'Nepal' nor 'Madhesh' nor Kathmandu nor Janakpur appears -> NP by gazetteer only.",
placeonly=True, topic="recovery")

art("satp", "2025-10-29", None, """
The Terrorism Investigation Division (TID) arrested two men in Vavuniya on October 26 on suspicion of attempting to regroup former cadres of the Liberation Tigers of Tamil Eelam (LTTE), Police spokesman ASP Dinesh Karunaratne said. The suspects, aged 44 and 51, were former LTTE cadres who had undergone rehabilitation after the end of the war in 2009. According to the Police, a hand grenade, two swords and printed material glorifying the LTTE were found in the house of one of the suspects at Nelukkulam. The TID obtained a detention order to hold the two men for 30 days under the Prevention of Terrorism Act (PTA). Tamil parliamentarians criticised the arrests and urged the Government to repeal the PTA, as promised by President Anura Kumara Dissanayake before the 2024 election.
""",
["LK"], [], ["strategic"],
["Dinesh Karunaratne", "Anura Kumara Dissanayake"], ["Terrorism Investigation Division", "Liberation Tigers of Tamil Eelam"],
"NO CURRENT INCIDENT (arrest): arrests and detention order = strategic; a grenade found in a house did not go off. The war's end in 2009 = history. Parliamentarians' criticism = domestic politics, not diplomacy. LK via Vavuniya/Nelukkulam and the LTTE context; 'Sri Lanka' never named.",
topic="arrest")

art("satp", "2026-04-15", None, """
The Anti-Terrorism Special Tribunal in Chattogram on April 13 sentenced four members of the banned Jama'atul Mujahideen Bangladesh (JMB) to death and two others to life imprisonment for a bomb attack on a Police checkpoint at Bahaddarhat in 2017, in which a Police constable was killed. Judge Mohammad Ziaul Haque found the six guilty under the Anti-Terrorism Act and the Explosive Substances Act. According to the prosecution, the militants threw two crude bombs at the checkpoint on the night of December 5, 2017, killing Constable Shahidul Islam (29) and injuring three other Policemen. Four of the convicts were present in court, while two were tried in absentia. Defence counsel Abul Hasnat said they would appeal to the High Court Division in Dhaka.
""",
["BD"], [("explosion", "BD", "Bahaddarhat", 1, True)], ["strategic"],
["Mohammad Ziaul Haque", "Shahidul Islam", "Abul Hasnat"], ["Anti-Terrorism Special Tribunal", "Jama'atul Mujahideen Bangladesh", "High Court Division"],
"NO CURRENT INCIDENT (verdict): court sentence = strategic. Background: the December 2017 crude-bomb attack on the Bahaddarhat checkpoint = explosion, 1. BD via Chattogram/Dhaka (and the JMB name, which alone would not count).",
topic="verdict")

art("satp", "2025-08-27", None, """
The Tharuhat Tharuwan Sangharsh Samiti on August 25 called a general strike across Kailali and Kanchanpur districts for September 3 demanding the release of activists detained in connection with a land dispute at Tikapur Addressing a press conference in Dhangadhi coordinator Laxmi Chaudhary said transport markets and schools would remain closed but the strike would be peaceful Chief District Officer of Kailali Ram Prasad Bhatt urged the organisers to withdraw the call and said security would be tightened in Tikapur and along the East West Highway In August 2015 eight security personnel and a toddler were killed in Tikapur when protesters attacked the Police during an earlier Tharuhat agitation
""",
["NP"], [("riot", "NP", "Tikapur", 9, True)], [],
["Laxmi Chaudhary", "Ram Prasad Bhatt"], ["Tharuhat Tharuwan Sangharsh Samiti"],
"NO CURRENT INCIDENT (strike call): a strike called for a coming date (seven days after publication) = no protest incident yet; a press conference is not a protest; 'security would be tightened' is a statement of intent (not coded). Background: August 2015 Tikapur violence, protesters attacking police = riot (mob violence), 8 + 1 = 9. NP via Kailali/Kanchanpur/Dhangadhi/Tikapur; 'Nepal' never named. TRAP: Kanchanpur is a district name here (Sudurpashchim), not the Saptari town. DEGRADED feed line: no punctuation.",
degraded=True, topic="strike")

art("satp", "2025-12-10", None, """
Militants on December 8 released seven employees of a mobile phone company who had been kidnapped near Sadda in Lower Kurram on October 29, officials said. The employees, who had been abducted along with their vehicle while repairing a tower, were handed over to a jirga of tribal elders in the Orakzai border area and reached Parachinar the same evening. Deputy Commissioner Kurram Javedullah Mehsud said all seven were in good health. Relatives said the militants, believed to be a local faction of the Tehreek-e-Taliban Pakistan (TTP), had demanded the release of their detained members, but officials denied that any prisoners had been freed. The families of the men had staged a sit-in outside the Parachinar Press Club on November 20 to demand their recovery.
""",
["PK"], [("civilian_attack", "PK", "Sadda", 0, True), ("protest", "PK", "Parachinar Press Club", None, True)], ["strategic"],
["Javedullah Mehsud"], ["Tehreek-e-Taliban Pakistan", "Parachinar Press Club"],
"NO CURRENT INCIDENT (release of earlier hostages): the release two days before publication = strategic (NOTES). Background: the October 29 kidnapping near Sadda (40 days earlier) = civilian_attack, 0 ('all seven were in good health' = hostages safe); the families' November 20 sit-in outside the Parachinar Press Club = protest, null. PK via Kurram/Orakzai/Parachinar ('Pakistan' only in the TTP name).",
topic="release")

art("satp", "2026-05-20", None, """
A rusted Soviet-era aerial bomb was found by farmers digging an irrigation channel near Qala-e-Naw village in Bagram District of Parwan Province on May 17 and was defused the next day by a team of the Directorate of Mine Action Coordination (DMAC), officials said. Parwan Police spokesman Mohammad Ayub Omari said the 250-kilogramme bomb, believed to date from the 1980s, had been taken to a remote area near the former Bagram Air Base and destroyed. No one was hurt. Residents said they had found mortar shells and rockets in the same fields in previous years. According to the United Nations Mine Action Service (UNMAS), unexploded ordnance left from decades of war kills or injures dozens of Afghan civilians, most of them children, every year.
""",
["AF"], [], [],
["Mohammad Ayub Omari"], ["Directorate of Mine Action Coordination", "United Nations Mine Action Service"],
"NO CURRENT INCIDENT (old device found and defused): a Soviet-era bomb found, defused and destroyed = not an explosion; no seizure from an actor, no arrest -> no other_event (as bf10-14). 'Dozens of Afghan civilians every year' = aggregate. 'Soviet-era' refers to the former USSR, not a present country (no RU). AF via Parwan/Bagram and 'Afghan'.",
topic="defused")

# =====================================================================================
# bf11-19..40  wire / real-news style: title, 150-260 words, at least one current incident.
# =====================================================================================

art("wire", "2025-11-20", "Jihadists overrun army camp near Mali's Tenenkou, killing dozens of soldiers; drone strike hits fighters near Diafarabe", """
BAMAKO - Fighters of the al Qaeda-linked JNIM overran an army camp near Tenenkou, in Mali's central Mopti region, on Tuesday, killing dozens of soldiers, two security sources and a local elected official said.

The attackers arrived before dawn on motorcycles and in pick-up trucks mounted with heavy machine guns, and fought the garrison for several hours before setting fire to the camp's fuel store and withdrawing with weapons and vehicles, one of the security sources said. The official, who asked not to be named, said dozens of soldiers had been killed and that others were still missing.

The army general staff said in a statement on Wednesday that its forces had "vigorously repelled a complex terrorist attack" at Tenenkou and that a drone strike the same afternoon had "neutralised" a column of fighters withdrawing towards Diafarabe, about 50 km away. It gave no figure for its own losses.

JNIM said on its channels that it had seized the camp and killed soldiers and members of the Russian Africa Corps, a claim that could not be verified.

Mali's junta, led by General Assimi Goita, broke with France and turned to Russian military contractors after seizing power in 2020 and 2021, but jihadist groups have extended their reach across the centre and west of the country this year, including a fuel blockade of the capital.
""",
["ML", "RU", "FR"],
[("battle", "ML", "Tenenkou", 12, False), ("explosion", "ML", "Diafarabe", None, False)], [],
["Assimi Goita"], ["JNIM", "Africa Corps"],
"Tuesday assault on an army camp = battle at Tenenkou; the only toll is 'dozens of soldiers' -> 12 (ACLED vague-quantity rule); the army gave no figure. The drone strike on the withdrawing column = explosion near Diafarabe, 'neutralised' gives no number -> null. JNIM's claim of killing Russians adds no figure. The fuel blockade = a campaign, not an incident. RU via 'Russian Africa Corps'/'Russian military contractors' (state-linked actor); FR via 'broke with France'.",
when=past("2025-11-20", "Tuesday", "Wednesday"), region="sahel")

art("wire", "2026-01-14", "Seven gendarmes killed in attack on post in Niger's Tera area; gunmen kill nine villagers across the border in Burkina Faso", """
NIAMEY - Suspected Islamic State fighters killed seven gendarmes in an attack on their post at Dolbel, in the Tera area of western Niger near the border with Burkina Faso, on Sunday, Niger's interior ministry said on Tuesday.

The attackers, who came on motorcycles, opened fire on the post at dusk and fought the gendarmes for about an hour before reinforcements arrived from Tera, the ministry said, adding that "several terrorists" had been killed in the fighting. A local official said three gendarmes were also wounded and evacuated to Niamey.

On Monday, gunmen killed nine civilians, including a village chief, in Falagountou, on the Burkinabe side of the border, two residents said. One of them said the attackers accused villagers of having joined the Volunteers for the Defence of the Homeland, the civilian auxiliaries of Burkina Faso's army, and set fire to granaries before leaving.

Burkinabe authorities did not comment. The governments of Niger, Burkina Faso and Mali, all run by military juntas, formed the Alliance of Sahel States in 2024 and have announced a joint force to fight jihadists in the border region, where the Islamic State Sahel Province and the al Qaeda-linked JNIM both operate.

Attacks in the area have forced tens of thousands of people to flee their homes over the past two years, according to aid agencies, and many schools and health centres on both sides of the border have closed.
""",
["NE", "BF", "ML"],
[("battle", "NE", "Dolbel", 7, False), ("civilian_attack", "BF", "Falagountou", 9, False)], [],
[], ["Islamic State Sahel Province", "Volunteers for the Defence of the Homeland", "Alliance of Sahel States", "JNIM"],
"TWO COUNTRIES: Sunday assault on a gendarmerie post = battle at Dolbel (NE), 7 gendarmes ('several terrorists' killed: vague, not added). Monday killing of villagers across the border = civilian_attack at Falagountou (BF), 9. 'Tens of thousands' displaced = aggregate, and not deaths. The AES joint force = standing policy, not news (no other_event). ML only as an AES member.",
when=past("2026-01-14", "Sunday", "Monday", "Tuesday"), region="sahel")

art("wire", "2025-09-10", "Drone strike kills eleven at market in Ethiopia's Nefas Mewcha, residents say; Fano fighters clash with troops near Wegel Tena", """
ADDIS ABABA - A drone strike on a busy livestock market in Nefas Mewcha, a town in Ethiopia's Amhara region, killed eleven people on Saturday, three residents and a health worker said.

The health worker at the town's hospital said eleven bodies, including those of two children, had been brought in and that at least 20 wounded people were being treated. Residents said the strike hit the market around midday, as traders gathered ahead of the Ethiopian New Year holiday.

The government did not comment on the report. Ethiopia's military has used drones extensively against Fano, an ethnic Amhara militia that has fought federal forces since August 2023, when the government moved to disband regional forces.

Separately, residents of Wegel Tena, in the region's South Wollo zone, said fighting between Fano fighters and the Ethiopian National Defence Force (ENDF) broke out on Sunday on the outskirts of the town and continued into Monday, forcing shops to close. They gave no casualty figures.

A Fano spokesman told reporters that its fighters had "routed" an army unit near Wegel Tena, a claim the military did not address. The United Nations says the conflict has left hundreds of thousands of people in need of food aid across the region, where humanitarian access is often blocked.

Rights groups have documented drone strikes on markets, schools and buses in Amhara, which they say have killed hundreds of civilians since the conflict began.
""",
["ET"],
[("explosion", "ET", "Nefas Mewcha", 11, False), ("battle", "ET", "Wegel Tena", None, False)], [],
[], ["Fano", "Ethiopian National Defence Force", "United Nations"],
"Saturday drone strike on a market = explosion at Nefas Mewcha, 'eleven' (toll in words) = 11. Sunday-Monday Fano/ENDF fighting = battle at Wegel Tena, no figure -> null. 'Hundreds of civilians since the conflict began' = aggregate over many strikes, not listed. The 2023 start of the conflict = history.",
when=past("2025-09-10", "Saturday", "Sunday", "Monday"), region="horn_east_africa")

art("wire", "2025-11-05", "Protest over rider's killing turns violent in Kitengela; police station stoned, one protester shot dead", """
NAIROBI - A protest over the killing of a motorcycle taxi rider by a police officer turned violent in Kitengela, south of Nairobi, on Tuesday, when demonstrators stoned the town's police station and set tyres and a patrol car on fire, police and witnesses said.

One protester was shot dead and at least nine people, including four police officers, were injured, Kajiado County police commander Samuel Mutua said, adding that officers had fired tear gas and "warning shots" to stop the crowd from storming the station. A local human rights group said the dead man, a 22-year-old mechanic, had been shot in the back.

The rider, Brian Otieno, 27, was shot dead by a traffic police officer on Monday evening after he refused to stop at a roadblock on the Namanga road, according to witnesses. Police said the officer had been arrested and that 31 people had been detained over Tuesday's unrest. The Independent Policing Oversight Authority (IPOA) said it had opened investigations into both deaths.

The clashes revived memories of the protests against a finance bill in June 2024, when demonstrators stormed parliament in Nairobi and police opened fire, killing several people. Rights groups say police have killed dozens of people at protests and roadblocks in Kenya since then.

Kitengela, a fast-growing commuter town, has seen repeated confrontations between residents and police over the past year.
""",
["KE"],
[("civilian_attack", "KE", "Kitengela", 1, False), ("riot", "KE", "Kitengela", 1, False),
 ("riot", "KE", "Nairobi", None, True)], ["strategic"],
["Samuel Mutua", "Brian Otieno"], ["Independent Policing Oversight Authority"],
"PROTEST TURNED RIOT: Tuesday's protest with stones, burning tyres and a burnt patrol car = riot at Kitengela, 1 protester shot dead (its peaceful start is not a separate protest). Monday's shooting of the unarmed rider by a police officer = civilian_attack at Kitengela, 1 (the text places it in the town; the Namanga road is a road, not the place). Background: June 2024 storming of parliament in Nairobi = riot, 'several' -> null. Officer arrested + 31 detained = strategic. 'Dozens of people since then' = aggregate.",
when=past("2025-11-05", "Monday", "Tuesday"), region="horn_east_africa", riot_turn=True)

art("wire", "2025-07-23", "Lakurawa gunmen kill 13 herders near Augie; air strikes on hideouts kill scores, military says", """
SOKOTO - Gunmen from the Lakurawa armed group killed 13 herders and rustled hundreds of cattle near Augie in Kebbi State on Sunday, a local government official and a herders' leader said on Tuesday.

The attackers surrounded a grazing camp on the edge of a forest reserve at dawn and opened fire on herders who tried to stop them taking the animals, said Bello Muhammad Dodo, a leader of the Miyetti Allah Cattle Breeders Association in the state. He said 13 bodies had been buried on Monday according to Islamic rites.

The air force said on Tuesday that air strikes on Lakurawa hideouts in the Tangaza area of neighbouring Sokoto State had killed scores of fighters and destroyed motorcycles and weapons stores, after intelligence reports tracked the group's movements. It gave no exact figure, and the claim could not be independently verified.

Lakurawa, whose fighters are believed to have come from across the border with Niger and Mali, emerged in the northwest several years ago, presenting itself as a protector of herders against bandits, but it has since been linked to the Islamic State Sahel Province. Authorities in Abuja declared it a terrorist organisation in January 2025.

Kebbi State Governor Nasir Idris condemned the attack on the herders and said additional troops and police units had been deployed to Augie and neighbouring local government areas.
""",
["NG", "NE", "ML"],
[("civilian_attack", "NG", "Augie", 13, False), ("explosion", "NG", "Tangaza", None, False)], ["strategic"],
["Bello Muhammad Dodo", "Nasir Idris"], ["Lakurawa", "Miyetti Allah Cattle Breeders Association", "Islamic State Sahel Province"],
"IMPLIED NG: 'Nigeria'/'Nigerian' never written; only Kebbi, Sokoto, Augie, Tangaza and Abuja. Sunday attack on a herders' camp = civilian_attack at Augie, 13. Air strikes on hideouts = explosion at Tangaza, 'scores' -> null (NOTES). Deployment of troops = strategic; the governor's condemnation is domestic (not diplomacy). NE/ML as the fighters' origin (nothing happens there). The 2025 terrorist designation = background non-incident.",
when=past("2025-07-23", "Sunday", "Monday", "Tuesday"), region="nigeria_lake_chad", implied=True)

art("wire", "2026-02-26", "Toll from suicide bombing at Kolofata market rises to nine; Boko Haram abducts eight women near Kerawa", """
YAOUNDE - The death toll from a suicide bombing at a market in Kolofata, in Cameroon's Far North region, has risen to nine, including the bomber, after two of the wounded died in hospital in Mora, a local official said on Thursday.

A young woman carrying explosives blew herself up among traders selling millet and onions on Tuesday morning, an official of the Kolofata council said. An initial toll given by the regional governor on Tuesday put the number of dead at seven, including the bomber. The official said 18 people were still being treated for their wounds.

On Wednesday, suspected Boko Haram fighters abducted eight women who were collecting firewood near Kerawa, a village on the border with Nigeria's Borno state, about 15 km from Kolofata, a vigilance committee leader said. Soldiers of the Rapid Intervention Battalion (BIR) had launched a search, he said.

No group claimed the bombing, but Boko Haram and its rival, the Islamic State West Africa Province (ISWAP), have long used women and girls as suicide bombers in the Lake Chad basin, where Cameroon, Nigeria, Niger and Chad share borders.

Cameroon's army has been fighting the jihadists in the Far North since 2014, and the region has also suffered a rise in kidnappings for ransom by armed gangs in recent years.
""",
["CM", "NG", "NE", "TD"],
[("explosion", "CM", "Kolofata", 9, False), ("civilian_attack", "CM", "Kerawa", None, False)], [],
[], ["Boko Haram", "Rapid Intervention Battalion", "Islamic State West Africa Province"],
"FOLLOW-UP: Tuesday suicide bombing = explosion at Kolofata; latest toll 9 ('including the bomber', initial 7). Wednesday abduction of eight women = civilian_attack at Kerawa, null (the village is in CM; the border with Nigeria's Borno is context). NG, NE, TD named as the countries sharing the lake basin; 'Lake Chad' alone would not be TD, but 'Chad' is named as a country here. 'Kidnappings in recent years' = aggregate.",
when=past("2026-02-26", "Tuesday", "Wednesday", "Thursday"), region="nigeria_lake_chad", followup=True)

art("wire", "2025-06-04", "Islamic State ambush kills four Iraqi soldiers near Mutaibijah; Turkish drone strike kills two near Sidakan", """
BAGHDAD - Islamic State militants ambushed an army patrol in the Mutaibijah area, on the boundary between Salahuddin and Diyala provinces, on Monday night, killing four soldiers, including an officer, Iraq's Security Media Cell said on Tuesday.

The patrol was searching orchards and dry riverbeds used by the militants as hideouts when it came under fire from several directions, two army officers said. Army aviation was called in, and troops killed two of the attackers, they said.

In the Kurdistan region, a Turkish drone strike on a car near the town of Sidakan, in Erbil province, killed two people on Tuesday afternoon, the town's mayor said. He said both were local farmers. Turkey's defence ministry said its forces had "neutralised" two members of the Kurdistan Workers' Party (PKK) in northern Iraq, without naming the place.

Iraq's foreign ministry summoned the Turkish charge d'affaires on Wednesday to protest against what it called a violation of Iraqi sovereignty. Ankara says it is entitled to pursue PKK fighters who use the mountains along the border as bases, even though the group has announced that it will disarm.

Islamic State lost its last territory in Iraq in 2017, but small cells still mount hit-and-run attacks in the rugged areas north and east of Baghdad.
""",
["IQ", "TR"],
[("battle", "IQ", "Mutaibijah", 6, False), ("explosion", "IQ", "Sidakan", 2, False)], ["diplomacy"],
[], ["Islamic State", "Security Media Cell", "Kurdistan Workers' Party"],
"Monday-night ambush on a patrol = battle at Mutaibijah, 4 soldiers + 2 attackers = 6 (army aviation inside the fight does not make it an explosion). Tuesday Turkish drone strike on a car = explosion near Sidakan (IQ, where it landed), 2 (the mayor's and the ministry's figures agree on two). Summoning of the charge d'affaires = diplomacy. The 2017 territorial defeat = history.",
when=past("2025-06-04", "Monday", "Tuesday", "Wednesday"), region="middle_east")

art("wire", "2026-03-05", "Gunmen kill five members of one family near Busra al-Harir; security forces and local fighters clash in Sanamayn", """
AMMAN - Gunmen killed five members of one family, including two children, in a night attack on their home near Busra al-Harir, in the southern province of Daraa, on Tuesday, a local monitoring group and a relative said.

The attackers broke into the farmhouse shortly after midnight and shot the father, his brother, his wife and two of their children, the relative said by telephone, adding that the family had been involved in a long-running dispute with a local armed faction over land. The Daraa 24 monitoring network said the motive was not yet clear.

On Wednesday, security forces of the government in Damascus clashed with gunmen loyal to a local commander in the town of Sanamayn, north of Daraa city, after they refused to hand over their heavy weapons, the interior ministry said. Three members of the security forces and two gunmen were killed, it said, and a curfew was imposed on the town.

The south has seen repeated killings and kidnappings since the fall of Bashar al-Assad in December 2024, as the new authorities try to fold dozens of armed factions that once fought the former government into a national army.

Jordan, which borders Daraa province, has tightened controls on its frontier to stop drug smuggling and the flow of weapons.
""",
["SY", "JO"],
[("civilian_attack", "SY", "Busra al-Harir", 5, False), ("battle", "SY", "Sanamayn", 5, False)], ["strategic"],
["Bashar al-Assad"], ["Daraa 24"],
"IMPLIED SY: 'Syria'/'Syrian' never written; only Daraa, Busra al-Harir, Sanamayn and Damascus (government metonym). Tuesday night killing of a family = civilian_attack at Busra al-Harir, 5. Wednesday clash between security forces and a commander's gunmen = battle at Sanamayn, 3 + 2 = 5. Curfew = strategic. Assad's fall = history; 'repeated killings' = aggregate. JO via the Amman dateline and 'Jordan'.",
when=past("2026-03-05", "Tuesday", "Wednesday"), region="middle_east", implied=True)

art("wire", "2025-12-10", "Toll from Russian drone strike on Chernihiv apartment block rises to seven; Ukrainian drones hit oil depot in Russia's Tambov region", """
KYIV - The death toll from a Russian drone strike on an apartment block in the northern Ukrainian city of Chernihiv has risen to seven after rescuers recovered two more bodies from the rubble, the regional military administration said on Wednesday.

The strike early on Monday hit the upper floors of a nine-storey building in the north of the city, setting several flats on fire. Officials had initially reported five dead and 14 wounded. Among the dead were a woman and her 10-year-old son, regional governor Viacheslav Chaus said. Rescuers ended their search on Wednesday afternoon.

Ukraine's air force said Russia had launched 86 drones and two ballistic missiles at Ukraine overnight into Monday, of which 71 drones were shot down or jammed.

Ukrainian drones struck an oil depot in Russia's Tambov region on Tuesday night, setting a fuel tank on fire, regional governor Yevgeny Pervyshov said, adding that there were no casualties. A source in Ukraine's SBU security service said the depot supplied fuel to Russian forces.

Russia's defence ministry said its air defences had destroyed 42 Ukrainian drones over several regions overnight. Talks on a U.S.-brokered peace plan continued this week, with neither side signalling that it would halt long-range strikes.
""",
["UA", "RU", "US"],
[("explosion", "UA", "Chernihiv", 7, False), ("explosion", "RU", "Tambov", 0, False)], ["diplomacy"],
["Viacheslav Chaus", "Yevgeny Pervyshov"], ["SBU"],
"FOLLOW-UP, TWO COUNTRIES: Monday drone strike on an apartment block = explosion at Chernihiv, latest toll 7 (initial 5). Tuesday-night drone strike on an oil depot = explosion in the Tambov region (RU), 'no casualties' -> 0. The overnight barrage counts (86 drones, 71 downed, 42 destroyed) are aggregates and air defence, not separate incidents. Peace-plan talks = diplomacy; US via 'U.S.-brokered'.",
when=past("2025-12-10", "Monday", "Tuesday", "Wednesday"), region="ukraine_russia", followup=True)

art("wire", "2025-10-16", "Russian shelling kills three in Kherson; Ukrainian troops repel assault near Lyman", """
KYIV - Russian shelling killed three people and wounded eight in the southern city of Kherson on Wednesday, hitting a bus stop and a market, regional governor Oleksandr Prokudin said.

Among the dead were two women waiting for a bus and a man who sold vegetables at the market, Prokudin said on Telegram. Russian forces, dug in on the left bank of the Dnipro river since they withdrew from the city in November 2022, shell Kherson almost daily with artillery and drop explosives from drones on cars and pedestrians.

In the east, Ukrainian troops repelled an assault by Russian infantry and armoured vehicles on positions north of Lyman in the Donetsk region on Tuesday, the military said, adding that two tanks had been destroyed. It gave no casualty figures. Russia's defence ministry said its forces had improved their positions in the area.

The deaths in Kherson came days after the village of Hroza, in the Kharkiv region, marked two years since one of the deadliest single attacks of the war: in October 2023, a Russian missile struck a cafe during a wake there, killing 59 people, nearly a sixth of the village's population.

Ukraine and its Western partners are pressing Moscow to accept a ceasefire, while Russia says it will continue its offensive until its demands are met.
""",
["UA", "RU"],
[("explosion", "UA", "Kherson", 3, False), ("battle", "UA", "Lyman", None, False),
 ("explosion", "UA", "Hroza", 59, True)], [],
["Oleksandr Prokudin"], [],
"Wednesday shelling of a bus stop and market = explosion at Kherson, 3. Tuesday assault repelled north of Lyman = battle, no figure -> null (destroyed tanks are not deaths). Background: the October 2023 missile strike on a cafe in Hroza = explosion, 59. Daily shelling and drone drops in general = not listed. Ceasefire pressure = standing position, not a reported event (no diplomacy).",
when=past("2025-10-16", "Tuesday", "Wednesday"), region="ukraine_russia")

art("wire", "2025-05-27", "Junta air strike kills nine at jade mining camp in Hpakant; KIA fighters attack outpost near Lone Khin", """
Military aircraft bombed a jade mining camp in Hpakant township, in northern Kachin State, on Sunday, killing nine miners and wounding at least 15, a rescue worker and a local resident said.

The rescue worker said two bombs hit rows of bamboo and tarpaulin huts where migrant workers from the central lowlands lived near the mines, and that rescuers were still searching the debris on Monday. The junta's information team in Naypyitaw did not respond to requests for comment.

On Monday, fighters of the Kachin Independence Army (KIA) attacked a military outpost near Lone Khin village, on the road leading from Hpakant towards Kamaing, a KIA spokesman said. He said the fighting lasted several hours and that the army had called in artillery. Neither side gave casualty figures.

The KIA, one of the country's oldest ethnic armed groups, has captured several towns in Kachin State since launching a new offensive in early 2024, including areas around Hpakant, which produces most of the world's jadeite. The jade trade, worth billions of dollars a year, is a major source of income for both the military and the rebels.

Rights groups say the junta, which seized power in a coup in February 2021, has increasingly relied on air strikes as it loses ground to resistance forces across the country.
""",
["MM"],
[("explosion", "MM", "Hpakant", 9, False), ("battle", "MM", "Lone Khin", None, False)], [],
[], ["Kachin Independence Army"],
"IMPLIED MM: 'Myanmar'/'Burma' never written; only Kachin State, Hpakant, Kamaing and Naypyitaw. Sunday air strike on a mining camp = explosion at Hpakant, 9. Monday KIA attack on an outpost = battle at Lone Khin, null (artillery inside the fight does not make it a separate explosion). The 2021 coup and the 2024 offensive = history. TRAP: 'KIA' the group, not the car maker.",
when=past("2025-05-27", "Sunday", "Monday"), region="myanmar", implied=True)

art("wire", "2026-04-09", "Air strike on monastery kills six in Myanmar's Khampat; stray mortar shell kills woman across the border in Manipur", """
A Myanmar military air strike killed six people, including a monk, at a monastery in the town of Khampat, in Sagaing region near the Indian border, on Monday, a local resistance group and a resident said.

The Khampat People's Defence Force said a fighter jet dropped two bombs on the monastery compound, where about 200 people displaced by fighting had taken shelter. The junta did not comment. Fighting between the military and resistance forces for control of the road linking Khampat to the border town of Tamu has intensified in recent weeks.

On Tuesday, a mortar shell fired during fighting near Tamu landed on a house in Moreh, the Indian town across the border in Manipur's Tengnoupal district, killing a 60-year-old woman, Manipur police said. It was not clear which side had fired it.

India's external affairs ministry said on Wednesday it had conveyed its "serious concern" to the authorities in Naypyitaw and urged all parties to avoid actions that endanger civilians on Indian territory. The Assam Rifles, which guard the border, said they had stepped up patrols and asked residents of border villages to stay indoors during fighting.

More than 5,000 people have crossed from Myanmar into Manipur and Mizoram since the 2021 coup, according to local officials.
""",
["MM", "IN"],
[("explosion", "MM", "Khampat", 6, False), ("explosion", "IN", "Moreh", 1, False)], ["diplomacy", "strategic"],
[], ["Khampat People's Defence Force", "Assam Rifles"],
"TWO COUNTRIES: Monday air strike on a monastery = explosion at Khampat (MM), 6. Tuesday stray mortar shell that landed in Moreh = explosion in IN (where it landed), 1. The fighting near Tamu 'in recent weeks' = unspecific, not listed. India's 'serious concern' conveyed to Naypyitaw = diplomacy; Assam Rifles stepping up patrols = strategic (security alert/deployment; judgment).",
when=past("2026-04-09", "Monday", "Tuesday", "Wednesday"), region="myanmar")

art("wire", "2025-08-04", "Gunmen kill five at pool hall in Colombia's Tuluá; grenade thrown at police station in Buga", """
BOGOTA - Gunmen killed five men at a pool hall in Tuluá, in Colombia's Valle del Cauca province, late on Saturday, police said, in what authorities described as the latest episode in a war between criminal gangs for control of extortion and drug sales in the city.

Two men on a motorcycle stopped outside the pool hall and one of them opened fire on customers with a pistol before both fled, police colonel Andres Felipe Rincon said. Four men died at the scene and a fifth in hospital.

Early on Sunday, an attacker threw a grenade at the police station in Buga, about 25 km to the south, damaging the facade and shattering windows. No one was injured, police said. Authorities offered a reward of 50 million pesos for information on both attacks.

Police blame a local gang known as La Inmaculada for a wave of killings, arson attacks on businesses and attacks on officials in Tuluá since 2023, when the group became the target of a joint military and police offensive. The Ombudsman's Office said in a report this year that the gang's extortion networks reach shopkeepers and transport companies across central Valle del Cauca.

Colombian authorities classify any attack in which three or more people are killed as a "massacre". Human rights groups have counted more than 40 such massacres in the country so far this year.
""",
["CO"],
[("civilian_attack", "CO", "Tuluá", 5, False), ("explosion", "CO", "Buga", 0, False)], [],
["Andres Felipe Rincon"], ["La Inmaculada", "Ombudsman's Office"],
"Saturday shooting of customers at a pool hall = civilian_attack at Tuluá, 5 (4 at the scene + 1 in hospital). Sunday grenade at a police station that went off, 'No one was injured' = explosion at Buga, 0. The gang's 'wave of killings since 2023' and '40 massacres this year' = aggregates. Reward offer = no event.",
when=past("2025-08-04", "Saturday", "Sunday"), region="latin_america")

art("wire", "2025-09-23", "Gang attack on Artibonite town of Liancourt kills two dozen; police battle gunmen near Petite-Rivière", """
PORT-AU-PRINCE - Members of the Gran Grif gang attacked the town of Liancourt in Haiti's Artibonite department overnight into Sunday, killing at least two dozen people and setting homes on fire, a local rights group and the town's deputy mayor said.

Deputy mayor Jean-Robert Pierre said gunmen entered the town from the rice fields at around 2 a.m., shooting residents who tried to flee and burning houses along the main road. He said 24 bodies had been counted by Monday afternoon, including those of children, and that hundreds of families had fled to Saint-Marc.

On Monday, police officers backed by the Kenyan-led Multinational Security Support mission exchanged fire with gang members on the outskirts of Petite-Rivière de l'Artibonite, the national police said, adding that several gang members had been killed. It gave no figure.

Gran Grif, led by Luckson Elan, has controlled much of lower Artibonite since 2023. In October 2024 its fighters killed at least 115 people in the nearby town of Pont-Sondé, one of the deadliest massacres in Haiti's recent history.

The United Nations says gang violence has displaced more than a million people in Haiti, many of them from Port-au-Prince, where gangs control most of the capital.
""",
["HT", "KE"],
[("civilian_attack", "HT", "Liancourt", 24, False), ("battle", "HT", "Petite-Rivière de l'Artibonite", None, False),
 ("civilian_attack", "HT", "Pont-Sondé", 115, True)], [],
["Jean-Robert Pierre", "Luckson Elan"], ["Gran Grif", "Multinational Security Support", "United Nations"],
"Overnight gang assault on a town = civilian_attack at Liancourt; 'at least two dozen' and '24 bodies' -> 24. Monday police/MSS firefight with the gang = battle at Petite-Rivière de l'Artibonite, 'several gang members' -> null. Background: October 2024 Pont-Sondé massacre = civilian_attack, 115. KE via 'Kenyan-led' mission (actor, nothing happens in KE). Displacement figure = aggregate.",
when=past("2025-09-23", "Sunday", "Monday"), region="latin_america")

art("wire", "2026-03-14", "Fuel price protest turns violent in Latacunga, one killed; gunmen kill four at Guayaquil market", """
QUITO - A protest against a rise in diesel prices turned violent in the Andean city of Latacunga on Thursday, when demonstrators threw stones and fireworks at police, set fire to a toll booth and tried to storm the provincial governor's office, police and local media said.

One protester, a 34-year-old farmer, died after being hit in the head by a tear gas canister, his organisation said, and 17 police officers were injured, according to the interior ministry. The ministry said 26 people had been detained.

Indigenous and transport organisations in Cotopaxi province had blocked roads since Monday to demand that the government reverse the end of diesel subsidies, which it says cost the state more than $1 billion a year.

President Daniel Noboa declared a state of emergency in Cotopaxi and two neighbouring provinces late on Thursday, suspending the right of assembly for 30 days.

In the port city of Guayaquil, meanwhile, gunmen shot dead four people at a seafood market in the Bastión Popular district on Friday, police said, attributing the attack to a dispute between gangs over extortion payments from market traders.

Ecuador has lived under a series of states of emergency since early 2024, when Noboa declared an "internal armed conflict" against more than 20 gangs that the government classes as terrorist organisations.
""",
["EC"],
[("riot", "EC", "Latacunga", 1, False), ("civilian_attack", "EC", "Bastión Popular", 4, False)], ["strategic"],
["Daniel Noboa"], [],
"PROTEST TURNED RIOT: Thursday's protest with stones, fireworks, arson and an attempt to storm the governor's office = riot at Latacunga, 1 (protester killed by a canister, counted in the riot). The road blockades since Monday are the same movement's peaceful phase -> not a separate protest (judgment). Friday shooting at a market = civilian_attack at Bastión Popular (the district named), 4. Detentions and the state of emergency = strategic.",
when=past("2026-03-14", "Monday", "Thursday", "Friday"), region="latin_america", riot_turn=True)

art("wire", "2026-05-12", "Toll from attack on bus in Guatemala City's zone 18 rises to five; two gang suspects killed in Mixco shootout", """
GUATEMALA CITY - The death toll from Sunday's attack on a city bus in zone 18 of Guatemala City has risen to five after a woman and a teenager died in hospital, the national police said on Tuesday.

Two gunmen boarded the bus at a stop in the El Limón area on Sunday evening and opened fire on the driver and passengers before fleeing on a motorcycle that had followed the bus, police said. The driver and two passengers died at the scene, and nine people were wounded.

Police spokesman Jorge Aguilar said the attack was linked to the refusal of the bus company to pay extortion demands from the Barrio 18 gang, which has targeted transport workers for years.

On Monday, officers tracking the suspects exchanged fire with a group of men in a house in Mixco, on the western edge of the capital, killing two suspected gang members and arresting three others, Aguilar said. One officer was wounded. Police seized two pistols, a submachine gun and the motorcycle used in the attack.

Bus operators on the routes through zone 18 suspended services on Monday and Tuesday, leaving thousands of commuters without transport. President Bernardo Arevalo's government has declared states of prevention in several districts to fight extortion, which business groups call the main threat to commerce in the country.
""",
["GT"],
[("civilian_attack", "GT", "El Limón", 5, False), ("battle", "GT", "Mixco", 2, False)], ["strategic"],
["Jorge Aguilar", "Bernardo Arevalo"], ["Barrio 18"],
"FOLLOW-UP: Sunday's shooting on a bus = civilian_attack at El Limón (the most specific place; zone 18 of Guatemala City), latest toll 5 (3 at the scene + 2 in hospital). Monday police-gang shootout = battle at Mixco, 2. Arrests and weapons seizure = strategic. Suspension of bus services = a stoppage, not a protest. GT named once as 'Guatemala City'.",
when=past("2026-05-12", "Sunday", "Monday", "Tuesday"), region="latin_america", followup=True)

art("wire", "2025-07-07", "Gunman kills three at Shreveport block party; police search for suspect", """
SHREVEPORT, La. - A gunman opened fire at a neighbourhood block party in the Cedar Grove area of Shreveport late on Saturday, killing three people and wounding six others, police said on Sunday.

The shooting happened shortly before 11 p.m. on a street closed to traffic for a holiday weekend party, where several hundred people had gathered for music and food, police chief Darnell Greene told reporters. Witnesses said an argument broke out near a food truck and a man pulled a handgun and began firing into the crowd.

Those killed were a 19-year-old man, a 42-year-old woman and a 15-year-old boy, the Caddo Parish coroner's office said. Two of the wounded were in critical condition at a hospital in the city.

Greene said investigators had identified a suspect, a 23-year-old man from nearby Bossier City, and asked for the public's help to find him. "We will not let a handful of people with guns take the summer away from our children," he said.

Community leaders called for a vigil on the street where the shooting happened. The city recorded a drop in homicides last year, but a string of weekend shootings in Cedar Grove and other neighbourhoods since May has alarmed residents, who say they want more patrols and more money for youth programmes.
""",
["US"],
[("civilian_attack", "US", "Cedar Grove", 3, False)], [],
["Darnell Greene"], ["Caddo Parish coroner's office"],
"IMPLIED US, LOCAL CRIME: only 'Shreveport, La.', Cedar Grove, Caddo Parish and Bossier City; no 'U.S.'/'American'. Saturday-night shooting into a crowd = civilian_attack at Cedar Grove (the neighbourhood named), 3. The suspect is identified but not arrested (no strategic). A vigil that was only called for = no protest. 'A string of weekend shootings since May' = aggregate.",
when=past("2025-07-07", "Saturday", "Sunday"), region="europe_north_america", implied=True)

art("wire", "2026-01-26", "Two killed in shooting at Omaha's Westroads Mall; teenage suspect arrested", """
OMAHA, Nebraska - Two people were killed and three wounded when a gunman opened fire in the food court of the Westroads Mall in Omaha on Sunday afternoon, police said.

A 17-year-old boy was arrested about an hour later at a bus stop two miles away and a handgun was recovered, Deputy Police Chief Karen Lindquist said on Monday. Investigators believe the shooting followed a dispute between two groups of teenagers that began on social media, she said.

The dead were a 16-year-old boy and a 51-year-old mall security guard who had tried to intervene, Lindquist said. The three wounded, all teenagers, were in stable condition.

Shoppers described hiding in stock rooms and changing rooms as the shots rang out. "People were running and screaming, and a store manager pulled us into the back and locked the door," said one woman who had been shopping with her daughter.

The mall, one of the largest in the state, stayed closed on Monday. It was the scene of one of Nebraska's worst mass shootings in December 2007, when a 19-year-old gunman killed eight people in a department store before turning the gun on himself.

Governor Jim Pillen said he was "heartbroken" and offered state support to the city. The teenager is expected to be charged as an adult with two counts of murder, prosecutors said.
""",
["US"],
[("civilian_attack", "US", "Westroads Mall", 2, False), ("civilian_attack", "US", "Westroads Mall", 9, True)], ["strategic"],
["Karen Lindquist", "Jim Pillen"], [],
"LOCAL US CRIME: Sunday shooting in a mall food court = civilian_attack at Westroads Mall, 2. Arrest and expected charges = strategic. Background: the December 2007 shooting at the same mall = civilian_attack, 8 + the gunman = 9 (perpetrator included when stated, NOTES). US only via Omaha/Nebraska (a US state as a place, not a trap here).",
when=past("2026-01-26", "Sunday", "Monday"), region="europe_north_america")

art("wire", "2025-11-29", "Student protest against university cuts turns violent in Bologna; Florence march passes off peacefully", """
ROME - A student protest against cuts to university funding turned violent in Bologna on Friday, when a group of masked demonstrators threw bottles, stones and smoke bombs at police guarding the regional government building and set fire to rubbish bins, police said.

Police responded with batons and tear gas. Eleven officers and at least six protesters were injured, none seriously, the city's police headquarters said, adding that 14 people had been detained and three of them arrested on charges of resisting officers.

The march had set off peacefully from Piazza Verdi in the university district, with several thousand students, researchers and lecturers taking part, before a group of about 200 people broke away and headed towards the police cordon.

In Florence, about 5,000 students marched through the city centre on the same day against the same budget measures without incident, police said.

University Minister Anna Maria Bernini condemned the violence in Bologna, saying "those who throw stones at police officers do not represent students". Opposition parties and student unions accused the government of trying to shift attention from the cuts, which they say threaten research jobs and scholarships.

Unions have called a national strike of university staff for December, and student groups plan further protests in Rome.
""",
["IT"],
[("riot", "IT", "Bologna", None, False), ("protest", "IT", "Florence", None, False)], ["strategic"],
["Anna Maria Bernini"], [],
"PROTEST TURNED RIOT: Friday's march in which a breakaway group threw bottles, stones and smoke bombs and burnt bins = riot at Bologna, injuries only -> null (its peaceful start from Piazza Verdi is not a separate protest). The Florence march 'without incident' = protest, null. Detentions/arrests = strategic. The December strike and further protests = future, not events. Italy never named (ROME dateline, Bologna, Florence).",
when=past("2025-11-29", "Friday"), region="europe_north_america", riot_turn=True)

art("wire", "2025-05-07", "Man shot dead in Brussels' Anderlecht as drug violence flares; blast damages house in Antwerp's Deurne", """
BRUSSELS - A man was shot dead in the Brussels district of Anderlecht on Monday night, the Brussels prosecutor's office said on Tuesday, the latest in a series of shootings linked to the drug trade in the Belgian capital this year.

The victim, a 24-year-old man, was hit by several bullets near a housing estate in the Peterbos neighbourhood, where rival gangs have fought for control of drug-dealing points, the prosecutor's office said. The shooters fled in a car that was later found burnt out.

Early on Tuesday, an explosive device detonated at the front door of a house in Antwerp's Deurne district, damaging the facade and the windows of neighbouring homes. No one was injured, Antwerp police said. Investigators believe the blast was a warning in a dispute between drug gangs linked to the city's port, the second-largest in Europe.

Brussels prosecutor Julien Moinil said his office had opened more than 50 investigations into shootings in the capital since January and called for more resources for the police and the courts. The federal government sent additional federal police officers to Brussels last month.

Interior Minister Bernard Quintin said the government would present a new plan against drug crime before the summer, including more controls at the port of Antwerp.
""",
["BE"],
[("civilian_attack", "BE", "Peterbos", 1, False), ("explosion", "BE", "Deurne", 0, False)], [],
["Julien Moinil", "Bernard Quintin"], ["Brussels prosecutor's office"],
"Monday-night shooting of a man = civilian_attack at Peterbos (the most specific place, Anderlecht, Brussels), 1 (no exchange of fire described). Tuesday bomb at a house door = explosion at Deurne (Antwerp), 'No one was injured' -> 0. '50 investigations since January' = aggregate. Last month's police reinforcement = background measure, and a future plan = no event (no strategic).",
when=past("2025-05-07", "Monday", "Tuesday"), region="europe_north_america")

art("wire", "2026-02-18", "IED kills three DRG jawans in Chhattisgarh's Bijapur; four Maoists killed in Abujhmarh encounter", """
RAIPUR - Three personnel of the District Reserve Guard (DRG) were killed and two others injured when Maoists triggered an improvised explosive device (IED) under their vehicle near Gangaloor in Chhattisgarh's Bijapur district on Monday, police said.

The team was returning to its camp after a search operation when the pressure-activated device exploded on a dirt road about 4 km from Gangaloor, Bastar range Inspector General of Police Ravindra Kashyap said. The injured were flown to Raipur for treatment.

On Tuesday, security forces killed four Maoists, including a woman cadre, in a gunfight in the forests of Abujhmarh in neighbouring Narayanpur district, police said, adding that two rifles and explosives had been recovered. No security personnel were hurt.

Monday's blast was the deadliest attack on security forces in the state since January 2025, when Maoists blew up a vehicle on a road near Kutru in Bijapur, killing eight DRG personnel and their civilian driver.

Home Minister Amit Shah has set a deadline of March 31, 2026, to end the Maoist insurgency, and security forces say they have killed hundreds of Maoists in Chhattisgarh since the start of 2025. Human rights groups have questioned whether some of those killed were villagers, a charge the police deny.
""",
["IN"],
[("explosion", "IN", "Gangaloor", 3, False), ("battle", "IN", "Abujhmarh", 4, False),
 ("explosion", "IN", "Kutru", 9, True)], [],
["Ravindra Kashyap", "Amit Shah"], ["District Reserve Guard"],
"Monday IED under a DRG vehicle = explosion near Gangaloor, 3. Tuesday gunfight in which security forces killed four Maoists ('No security personnel were hurt') = battle at Abujhmarh (a named forest area), 4. Background: the January 2025 IED near Kutru = explosion, 8 + driver = 9. 'Hundreds of Maoists since 2025' = aggregate. India never named (Chhattisgarh, Raipur, Bijapur).",
when=past("2026-02-18", "Monday", "Tuesday"), region="south_asia")

art("wire", "2025-06-25", "Gunmen kill two at Ambalangoda fish market; fishermen's march in Colombo passes off peacefully", """
COLOMBO - Two men were shot dead at the fish market in Ambalangoda, on Sri Lanka's southern coast, on Monday morning by gunmen who arrived on a motorcycle, police said, in a killing they linked to a feud between organised crime gangs.

A police spokesman said one of the victims, a 38-year-old fish trader, was the brother of a gang leader believed to be operating from Dubai, and the second was a porter who was hit while carrying ice nearby. The attackers fled towards Hikkaduwa and abandoned the motorcycle on the way.

On Tuesday, several hundred fishermen from the southern and western coasts marched to the fisheries ministry in Colombo to demand cheaper kerosene and compensation for boats damaged by monsoon storms. The march ended peacefully after a delegation met officials, police said.

Police say more than 60 shootings linked to organised crime have been recorded this year, most of them in the Western and Southern provinces. In February, gunmen killed a three-wheeler driver in Weligama in a shooting that police linked to the same feud.

The government has set up a special police task force to track down gang leaders abroad and says it will seek the extradition of suspects from the United Arab Emirates and other countries.
""",
["LK", "AE"],
[("civilian_attack", "LK", "Ambalangoda", 2, False), ("protest", "LK", "Colombo", None, False),
 ("civilian_attack", "LK", "Weligama", 1, True)], [],
[], [],
"Monday gang shooting at a fish market = civilian_attack at Ambalangoda, 2 (the porter counted). Tuesday fishermen's march that 'ended peacefully' = protest at Colombo, null. Background: the February shooting in Weligama = civilian_attack, 1. '60 shootings this year' = aggregate. The task force and a planned extradition request = future/standing measures (no strategic; no diplomacy). AE via Dubai and the United Arab Emirates.",
when=past("2025-06-25", "Monday", "Tuesday"), region="south_asia")

# =====================================================================================
# bf11-41..60  QUIET articles: title, 120-300 words, no current incident (realistic traps).
# =====================================================================================

art("quiet", "2026-07-14", "Nice marks ten years since Bastille Day truck attack on the Promenade des Anglais", """
NICE - Hundreds of people gathered on the Promenade des Anglais on Tuesday evening to mark ten years since a man drove a 19-tonne truck into crowds leaving the Bastille Day fireworks, killing 86 people, among them 15 children.

Relatives read out the names of the dead in front of the memorial garden near the Negresco hotel, and a minute of silence was observed before the lights of the seafront were dimmed. Survivors, many of whom still live with injuries, released white balloons over the sea.

The attacker, a Tunisian man who lived in the city, drove for almost two kilometres along the seafront before he was stopped. The Islamic State group later claimed the attack. In December 2022, a special court in Paris convicted eight people of helping him, in a trial that survivors said had given them some answers.

The city's mayor said Nice "will never forget, and will never give in to fear". The victims came from 19 countries, and diplomats from several of them laid wreaths at the ceremony.

A museum dedicated to the memory of the victims, planned for the site of a former hospital near the seafront, is due to open next year.
""",
["FR", "TN"], [("civilian_attack", "FR", "Promenade des Anglais", 86, True)], [],
[], ["Islamic State"],
"MEMORIAL: no current incident. Background: the 2016 truck attack = civilian_attack at the Promenade des Anglais, 86 (the attacker's fate is not stated here, so nothing is added). The 2022 convictions = background court case, not listed. TN via 'a Tunisian man'. 'Bastille Day' names no weekday.",
when=past("2026-07-14", "Tuesday"), topic="memorial")

art("quiet", "2025-09-17", "Trial opens in Kampala of four men accused over 2023 Mpondwe school massacre", """
KAMPALA - Four men accused of helping Allied Democratic Forces (ADF) rebels who killed 42 people, most of them students, at a secondary school in the western border town of Mpondwe in June 2023 went on trial at the International Crimes Division of the High Court on Tuesday.

The rebels attacked Lhubiriha Secondary School at night, shooting and hacking students and setting fire to a boys' dormitory, before fleeing across the border into Congo with six students they had abducted. It was the deadliest attack in Uganda in more than a decade.

Prosecutors say the four accused, a motorcycle taxi rider, a shopkeeper and two farmers from the area, sheltered the attackers and guided them to the school. All four pleaded not guilty to terrorism, murder and aiding an armed group. Their lawyer, Ronald Mugisha, told reporters his clients had been "tortured into confessing" while in military detention, a charge the army denies.

Justice Alice Komuhangi adjourned the trial to October, when the first of some 40 prosecution witnesses, including survivors, are due to testify.

Uganda's army has carried out joint operations with Congolese forces against the ADF in eastern Congo since 2021. The group, which has pledged allegiance to the Islamic State, is blamed for thousands of civilian deaths on both sides of the border.
""",
["UG", "CD"], [("civilian_attack", "UG", "Lhubiriha Secondary School", 42, True)], ["strategic"],
["Ronald Mugisha", "Alice Komuhangi"], ["Allied Democratic Forces", "International Crimes Division", "Islamic State"],
"TRIAL: the opening of a trial = strategic (court case). Background: the June 2023 attack on Lhubiriha Secondary School at Mpondwe = civilian_attack, 42 (the abduction of six students is part of the same attack, not a separate entry). Joint operations since 2021 and 'thousands of civilian deaths' = campaign/aggregate. CD via 'Congo'/'Congolese forces'.",
when=past("2025-09-17", "Tuesday"), topic="trial")

art("quiet", "2026-02-03", "Attacks on health care killed more than 1,300 people in 2025, with Sudan and Myanmar worst hit, WHO says", """
GENEVA - Attacks on hospitals, ambulances and health workers killed more than 1,300 people worldwide in 2025, with Sudan and Myanmar accounting for more than half of the deaths, the World Health Organization said on Tuesday.

The WHO's surveillance system recorded more than 1,600 attacks on health care in 18 countries and territories last year, a figure that its officials said was almost certainly an undercount because many incidents in remote areas are never reported.

Sudan recorded the most deaths, with drones, shelling and raids on hospitals in Darfur and Kordofan. The report singled out the drone strike on the Saudi Hospital in El Fasher in January 2025, which killed about 70 patients and relatives, as the deadliest single attack of the year. In Myanmar, air strikes damaged or destroyed dozens of clinics in areas held by resistance forces.

The agency also recorded hundreds of attacks in the Gaza Strip, the West Bank and Ukraine, and a rise in attacks on vaccination teams in Pakistan and Afghanistan.

"Every attack on a hospital means a mother who cannot give birth safely and a child who cannot be vaccinated," WHO Director-General Tedros Adhanom Ghebreyesus said. He urged governments to respect international humanitarian law and to investigate attacks.
""",
["CH", "SD", "MM", "PS", "UA", "PK", "AF"], [("explosion", "SD", "Saudi Hospital", 70, True)], [],
["Tedros Adhanom Ghebreyesus"], ["World Health Organization"],
"STATISTICS: yearly counts (1,300 deaths, 1,600 attacks, dozens of clinics, hundreds of attacks) are aggregates, never listed. The one specific incident singled out, the January 2025 drone strike on the Saudi Hospital in El Fasher, = background explosion, 'about 70' -> 70 (judgment: 'about N' read as N). CH via the Geneva dateline; SA is NOT a reference ('Saudi Hospital' is a building name in El Fasher, SD). PS via Gaza Strip/West Bank.",
when=past("2026-02-03", "Tuesday"), topic="statistics")

art("quiet", "2025-09-19", "Busan premiere for Sri Lankan drama set during the 1983 Black July riots", """
BUSAN - "The Ashes of Borella", a Sri Lankan drama set during the anti-Tamil riots of July 1983, had its world premiere at the Busan International Film Festival on Thursday, drawing a long standing ovation from a packed audience.

Directed by Nirmala Ratnayake, the film follows a Sinhalese bus conductor in Colombo who hides the Tamil family of a colleague in his small rented room as mobs roam the streets, setting fire to houses and shops. Much of the violence happens off screen: the audience hears it through the walls, the radio and the smell of smoke.

The film was shot over five weeks in Colombo and Kandy with a largely unknown cast. Ratnayake, whose own family fled to Canada after the riots, said she had waited twenty years to find the money and the courage to make it. "It is a film about the people who opened their doors, and about those who did not," she said at a press conference.

The riots, known as Black July, killed hundreds of Tamils by most estimates and drove tens of thousands to leave the island, and are widely seen as the start of the civil war that ended in 2009.

The film competes in the festival's New Currents section, whose winners will be announced next week. It is due to open in cinemas in Colombo and Jaffna in December.
""",
["KR", "LK", "CA"], [], [],
["Nirmala Ratnayake"], ["Busan International Film Festival"],
"FICTION (film): no incident. Black July 1983 is the film's historical setting, a week-long wave of riots across many places with an estimated toll ('hundreds') -> treated as a multi-place episode, not a background incident (as bf10-45's siege). 'shot' = filming. KR via Busan; CA via 'fled to Canada'.",
when=past("2025-09-19", "Thursday"), topic="fiction")

art("quiet", "2025-11-23", "Review: 'The Red Hill Road' follows a Nepali schoolteacher through the Maoist war", """
Sushma Gurung's first novel opens in the hills of Rolpa in 2002, on the morning a young schoolteacher, Devi, finds the word "traitor" painted on the door of her classroom. By nightfall she has been summoned to a meeting in the forest by Maoist cadres who want her pupils for their cultural troupe, and by the end of the week the army has arrived to ask why she went.

"The Red Hill Road" is the story of the four years that follow, told in Devi's flat, watchful voice. Gurung, who grew up in a village near Libang, is very good on the small humiliations of a war fought between two sides who both claimed to speak for the poor: the curfew passes, the "donations", the boys who come home with new names. The set pieces, an ambush on an army patrol, a night attack on the district headquarters in which Devi's brother is shot, are written with restraint and are all the more frightening for it.

The novel is weaker when it leaves the village for Kathmandu, where the peace talks of 2006 become a parade of thinly disguised politicians. But the last chapters, in which Devi returns to teach the children of both sides in the same classroom, are quietly devastating.

The real war killed about 17,000 people between 1996 and 2006. Gurung's novel, published by a Delhi-based imprint, is a reminder of how many of them were never counted.
""",
["NP", "IN"], [], [],
["Sushma Gurung"], [],
"FICTION (book): the novel's ambush, night attack and shooting are fiction, not incidents. 'About 17,000 people between 1996 and 2006' = aggregate. The 2006 peace talks = history inside a review (no diplomacy). IN via 'a Delhi-based imprint' (city as place of the publisher; judgment: counted as a place reference).",
topic="fiction")

art("quiet", "2026-03-12", "Lagos studio's battle royale 'Eko Rising' becomes a killer app for Africa's budget phones", """
LAGOS - A battle royale game made by a 40-person studio in Lagos has been downloaded more than 12 million times since its launch in November, making it one of the most successful games ever developed in Africa.

"Eko Rising", by Yaba-based Ogun Forge, drops 60 players into a flooded, futuristic version of Lagos, where they scavenge for weapons and boats and battle to be the last one standing as the water rises. Players can be shot down from the roofs of Third Mainland Bridge traffic or attacked by rival crews in the markets of Balogun, in matches that last about 15 minutes.

What has made it a killer app, says the studio's founder, Tobi Adeyemi, is that it runs smoothly on phones that cost less than $100 and uses little mobile data, a rare thing for games of its kind. "Most of our players have never owned a console," she said.

The game has seen explosive growth in Ghana, Kenya and South Africa, where it is now among the ten most downloaded free games, according to app store rankings. Ogun Forge has raised $8 million from investors and plans to add Nairobi and Accra maps this year.

Critics have praised the game's soundtrack of Afrobeats and amapiano, though some parents' groups have complained about in-game purchases.
""",
["NG", "GH", "KE", "ZA"], [], [],
["Tobi Adeyemi"], ["Ogun Forge"],
"FICTION (game): 'battle royale', 'battle', 'shot down', 'attacked', 'weapons' are gameplay; 'killer app' and 'explosive growth' are business idioms. Countries via Lagos (NG), Ghana/Accra, Kenya/Nairobi, South Africa. Africa is a continent. Nigeria is never named but Lagos is.",
topic="fiction")

art("quiet", "2025-06-05", "Marines storm Zambales beach as Philippine, Japanese and U.S. forces wrap up Kamandag drill", """
MANILA - Hundreds of Philippine, Japanese and U.S. marines stormed a beach in Zambales province on Wednesday in an amphibious landing that marked the climax of the annual Kamandag exercise, the Philippine military said.

Amphibious assault vehicles carried troops from ships offshore to the beach, while helicopters flew overhead and rocket launchers fired at targets out at sea in a simulated defence of the coast against an enemy landing force. South Korean and British troops took part as observers.

Philippine marine commander Major General Ramon Villareal said the drill, which began two weeks ago, had tested the ability of the three forces to "fight together and to move fast across islands". The exercise also included medical evacuation training and disaster-relief drills in northern Luzon.

Zambales faces the South China Sea and Scarborough Shoal, where Philippine and Chinese vessels have had repeated stand-offs over fishing rights and territory. Officials said the exercise was not aimed at any country.

The United States and the Philippines are bound by a mutual defence treaty, and Japan signed an agreement last year allowing its troops to take part in exercises on Philippine soil.
""",
["PH", "JP", "US", "KR", "GB", "CN"], [], [],
["Ramon Villareal"], [],
"EXERCISE: an amphibious drill with live rocket fire at sea targets = not an incident; not coded strategic either (as bf10-47). 'stormed', 'assault', 'fired' = drill vocabulary. Past stand-offs at Scarborough Shoal = unspecific. Last year's agreement = history (no diplomacy). CN via 'Chinese vessels'; South China Sea is a sea name (would not count alone).",
when=past("2025-06-05", "Wednesday"), topic="exercise")

art("quiet", "2025-08-28", "Bus plunges off Karakoram Highway near Chilas, killing 17 passengers", """
GILGIT - At least 17 people were killed and 21 injured when a passenger bus plunged into a ravine off the Karakoram Highway near Chilas on Wednesday night, rescue officials said.

The bus, travelling from Rawalpindi to Gilgit, veered off the road on a sharp bend and fell about 100 metres towards the Indus river, officials of the Rescue 1122 emergency service said. Most of the passengers were families returning home after the summer holidays.

The driver, who survived with injuries, told police the brakes had failed on a steep stretch of the road. Police said they were also investigating whether he had been driving for too many hours without rest.

The Karakoram Highway, which links Pakistan with China through the Khunjerab Pass, is prone to landslides and crashes, and its narrow, winding sections between Besham and Chilas are among the most dangerous roads in the country.

The same stretch near Chilas also saw one of the region's deadliest attacks in recent years, in December 2023, when gunmen opened fire on a passenger bus, killing nine people.

Prime Minister Shehbaz Sharif expressed grief over the crash and ordered the authorities to provide the best possible treatment to the injured.
""",
["PK", "CN"], [("civilian_attack", "PK", "Chilas", 9, True)], [],
["Shehbaz Sharif"], ["Rescue 1122"],
"ACCIDENT (road): a bus crash = not an incident. Background trap: the December 2023 shooting on a passenger bus near Chilas = civilian_attack, 9. 'plunged', 'crash' = accident vocabulary. CN via 'links Pakistan with China'.",
when=past("2025-08-28", "Wednesday"), topic="accident")

art("quiet", "2026-01-29", "Dust explosion at flour mill in Kazakhstan's Kostanay kills five workers", """
ASTANA - Five workers were killed and eight injured when an explosion ripped through a flour mill in the northern Kazakh city of Kostanay on Wednesday, the emergencies ministry said.

The blast occurred in a grain drying section of the mill shortly after the start of the morning shift, and was followed by a fire that took firefighters more than four hours to put out, the ministry said. Part of the building's roof collapsed.

Officials said the initial findings pointed to a build-up of flour dust, which can ignite when it fills an enclosed space and comes into contact with a spark. The mill, one of the largest in the region, produces flour for domestic use and export to Central Asian neighbours.

The ministry said a government commission had been set up to investigate the cause of the explosion and whether safety rules had been followed. Colleagues of the dead workers said the ventilation system had been broken for weeks.

Kazakhstan's industrial sector has a poor safety record. Several dozen people died in a fire at a coal mine in the Karaganda region in 2023, prompting the government to end its contract with the mine's owner.

Kostanay regional governor Kumar Aksakalov declared a day of mourning for Thursday.
""",
["KZ"], [], [],
["Kumar Aksakalov"], [],
"ACCIDENT (industrial): a dust explosion at a flour mill = accident, not an incident; the 2023 Karaganda mine fire = accident (not an incident). A government commission = investigation (no other_event). Central Asia is a region. The 'day of mourning for Thursday' = the day of publication (a Thursday).",
when=past("2026-01-29", "Wednesday", "Thursday"), topic="accident")

art("quiet", "2025-05-15", "Flash floods and mudslides kill 14 in Tajikistan's Rasht valley", """
DUSHANBE - Flash floods and mudslides triggered by heavy rain have killed at least 14 people in Tajikistan's Rasht valley since Tuesday, the committee for emergency situations said on Thursday.

Torrents of mud and rocks swept through villages in the Rasht, Tojikobod and Lakhsh districts, destroying more than 80 homes, washing away bridges and cutting the main road to the Kyrgyz border. Five of the dead were children, the committee said, and several people were still missing.

Rescue teams and soldiers were using bulldozers to clear roads, and helicopters dropped food and tents to villages that had been cut off. Residents described a wall of water coming down the valley "like a bomb going off" in the middle of the night.

Tajikistan, a mountainous country where glaciers cover almost a tenth of the land, is among the countries in Central Asia most exposed to climate-related disasters. Mudslides kill dozens of people in the country in most years, according to the World Bank.

The government has appealed for international help, and the Red Crescent Society of Tajikistan said it had sent relief supplies to more than 600 families.
""",
["TJ", "KG"], [], [],
[], ["Red Crescent Society of Tajikistan", "World Bank"],
"DISASTER: floods and mudslides = not incidents; 'like a bomb going off' is a simile. 'Dozens of people in most years' = aggregate. KG via 'the Kyrgyz border'. Soldiers clearing roads = disaster relief (no strategic, as bf10-50).",
when=past("2025-05-15", "Tuesday", "Thursday"), topic="disaster")

art("quiet", "2026-02-21", "Zimbabwe's pace attack fires out Ireland to win Harare Test inside three days", """
HARARE - Zimbabwe's pace attack fired out Ireland for 142 in their second innings on Saturday to win the one-off Test at Harare Sports Club by eight wickets inside three days.

Fast bowler Tinashe Mavhunga took five for 38, his best figures in Test cricket, as Ireland lost their last seven wickets for 41 runs after lunch. Ireland captain Andrew Balbirnie played a loose shot to be caught at slip for 36, and the rest of the batting crumbled against short-pitched bowling on a lively surface.

Zimbabwe needed only 61 to win and reached the target in the 15th over, with opener Brian Bennett hitting four boundaries in an over to end the contest.

"We spoke about attacking them from the first ball, and the boys fired," Mavhunga said. "It was a battle in the first innings, but today everything came together."

The win was Zimbabwe's second Test victory in a year and lifts their confidence ahead of a tour of Bangladesh in April. Ireland's coach said his batters had been "shot out" by a better team and that the side would learn from the defeat.
""",
["ZW", "IE", "BD"], [], [],
["Tinashe Mavhunga", "Andrew Balbirnie", "Brian Bennett"], ["Harare Sports Club"],
"SPORT: 'pace attack', 'fired out', 'shot', 'battle', 'attacking', 'shot out' are cricket vocabulary. National teams count as country references (corpus convention): ZW, IE; BD via the coming tour of Bangladesh.",
when=past("2026-02-21", "Saturday"), topic="sport")

art("quiet", "2025-10-22", "Turkish budget carrier launches hostile takeover bid for Hungarian rival as fare price war deepens", """
ISTANBUL - Turkish low-cost airline AnatolJet launched a hostile takeover bid for its Budapest-based rival Danubia Air on Tuesday, offering shareholders 1.4 billion euros in cash after Danubia's board rejected two friendly approaches.

The offer, worth 9.60 euros per share, is a 31% premium to Danubia's closing price on Monday. Danubia's board said the bid "significantly undervalues" the company and urged shareholders not to sell.

The bid comes as a fare price war between Europe's budget carriers squeezes profits, with airlines selling seats on some routes to the Balkans and the Middle East for less than 20 euros. Analysts said AnatolJet, which has enjoyed explosive growth since 2022 on the back of cheap routes between Turkey and Germany, wanted Danubia's landing slots at airports in Central Europe and the United Kingdom.

"This is a battle for slots, not for planes," said Marta Kovacs, an aviation analyst in Vienna. Danubia's shares jumped 24% in Budapest trading.

Hungary's government, which holds a golden share in Danubia, said it would examine the offer carefully. AnatolJet's chief executive, Selim Aktas, said the bid was "the start of a conversation".
""",
["TR", "HU", "DE", "GB", "AT"], [], [],
["Marta Kovacs", "Selim Aktas"], ["AnatolJet", "Danubia Air"],
"BUSINESS: 'hostile takeover', 'price war', 'explosive growth', 'battle for slots' = business idioms; no events. Countries via Istanbul/Turkish, Budapest/Hungary, Germany, the United Kingdom, Vienna (AT). Balkans, Middle East, Central Europe = regions. The government's review = no event.",
when=past("2025-10-22", "Monday", "Tuesday"), topic="business")

art("quiet", "2026-06-10", "Zambian minister under fire after bombshell leaked audio as Copperbelt battleground heats up", """
LUSAKA - Zambia's mines minister came under fire on Tuesday after a leaked audio recording appeared to capture him promising mining licences to businessmen in exchange for campaign funds ahead of the August general election.

In the recording, which was posted on social media on Monday and has not been independently verified, a voice said to be that of minister Chanda Mwale tells a group of businessmen that "those who help us now will be remembered after August". Mwale said the recording had been doctored and that he would take legal action against those who spread it.

Opposition leaders called the audio a "bombshell" and demanded his resignation, and the Anti-Corruption Commission said it was studying the recording. President Hakainde Hichilema, who is seeking a second term, said he would not comment on "unverified material" but that "nobody is above the law".

The row comes as the parties battle for votes in the Copperbelt, the country's mining heartland and a key battleground in every election. Opposition candidates have attacked the government over job losses at the mines and the rising cost of living, while the ruling party points to record copper prices and new investment.

Zambia votes on August 13 to elect a president, members of parliament and local councillors.
""",
["ZM"], [], [],
["Chanda Mwale", "Hakainde Hichilema"], ["Anti-Corruption Commission"],
"POLITICS: 'under fire', 'bombshell', 'battleground', 'battle for votes', 'attacked' = political idioms. A demand for resignation (not a resignation) and a commission 'studying' a recording = no event. The election date is in the future.",
when=past("2026-06-10", "Monday", "Tuesday"), topic="politics")

art("quiet", "2025-12-17", "Paraguayan police seize 240 rifles bound for Brazilian gangs, arrest three", """
ASUNCION - Paraguayan police seized 240 assault rifles and more than 60,000 rounds of ammunition hidden in a truck carrying soybeans near the border city of Pedro Juan Caballero on Monday, in what officials called the largest weapons seizure in the country's history.

Three men, two Paraguayans and a Brazilian, were arrested when anti-narcotics agents stopped the truck on a rural road a few kilometres from the border, Interior Minister Enrique Riera said. No shots were fired during the operation, which followed a months-long investigation with Brazilian federal police.

Investigators believe the rifles, most of them bought legally in Europe and imported through a front company, were destined for the First Capital Command (PCC), Brazil's largest criminal organisation, which uses the border area as a hub for cocaine and arms trafficking.

"These weapons were meant to be fired in the streets of Sao Paulo and Rio de Janeiro," Riera told a news conference in Asuncion. Brazilian officials thanked Paraguay for the cooperation.

Paraguay has tightened controls on arms imports since a scandal in 2023, when police found that dozens of rifles registered to a gun shop had been sold to criminal groups in Brazil.
""",
["PY", "BR"], [], ["strategic"],
["Enrique Riera"], ["First Capital Command"],
"POLICE SEIZURE: seizure and arrests = strategic; 'No shots were fired'. 'meant to be fired' = hypothetical. The 2023 scandal = history. BR via Brazilian/Sao Paulo/Rio de Janeiro; Europe is a continent. The thanks between governments is incidental (not coded diplomacy; judgment).",
when=past("2025-12-17", "Monday"), topic="police")

art("quiet", "2026-04-22", "Kyrgyz security service says it foiled Islamic State plot to bomb Bishkek concert", """
BISHKEK - Kyrgyzstan's State Committee for National Security (GKNB) said on Tuesday that it had foiled a plot by supporters of the Islamic State group to set off bombs at an open-air concert in Bishkek planned for the summer.

Four men, aged between 19 and 27, were arrested in raids in Bishkek and the southern city of Osh, the committee said in a statement. Officers seized components for two explosive devices, a pistol and mobile phones containing instructions from a handler who, according to the GKNB, is based in Afghanistan.

A video released by the committee showed one of the suspects saying that he had been recruited through a messaging app while working in Russia. The GKNB said the men had carried out surveillance of the concert venue and planned to attack the crowd, but that the plot was uncovered weeks before the event.

Officials have warned that Central Asian migrants working in Russia are being targeted by Islamic State recruiters, particularly since the attack on Crocus City Hall near Moscow in March 2024, in which 145 people were killed.

The committee did not say when the arrests took place. The four men face charges of preparing a terrorist act, which carry sentences of up to 20 years in prison.
""",
["KG", "AF", "RU"], [("civilian_attack", "RU", "Crocus City Hall", 145, True)], ["strategic"],
[], ["State Committee for National Security", "Islamic State"],
"FOILED PLOT: arrests, seizure and charges = strategic; a planned attack is not an incident. Background: the March 2024 Crocus City Hall attack = civilian_attack (gunmen on a concert crowd; the fire is part of it), 145 as the text states. AF via the handler 'based in Afghanistan'; RU via Russia/Moscow. Central Asia is a region.",
when=past("2026-04-22", "Tuesday"), topic="plot")

art("quiet", "2026-03-10", "Australia and New Zealand warn of possible attacks in Bali ahead of Nyepi", """
SYDNEY - Australia and New Zealand on Tuesday urged their citizens in Indonesia to be vigilant in Bali over the coming weeks, saying terrorists could be planning attacks on places popular with foreign tourists around Nyepi, the Balinese day of silence.

Australia's Department of Foreign Affairs and Trade updated its Smartraveller advice to say that it had received information "indicating that terrorists may be planning attacks in Bali", without giving details. It kept its overall advice for Indonesia at "exercise a high degree of caution" and told travellers to avoid crowds and monitor local media.

New Zealand's foreign ministry issued a similar alert. Indonesian police said they had not received any specific threat but would deploy additional officers to beaches, hotels and nightclubs in Kuta, Seminyak and Ubud.

Bali is the most popular overseas destination for Australians, with more than 1.5 million visiting each year. Many still remember the bombings of October 2002, when attacks on two nightclubs in Kuta killed 202 people, including 88 Australians.

Nyepi, which falls next week, is marked by a 24-hour shutdown of the island, when the airport closes and tourists must stay in their hotels.
""",
["AU", "NZ", "ID"], [("explosion", "ID", "Kuta", 202, True)], ["strategic"],
[], ["Department of Foreign Affairs and Trade", "Smartraveller"],
"WARNING: travel alerts and the Indonesian police deployment = strategic (security alerts/deployments). Background: the October 2002 Kuta nightclub bombings = one explosion entry with the joint toll, 202 (NOTES: several attacks in one place with a single joint toll -> one entry). No new incident.",
when=past("2026-03-10", "Tuesday"), topic="warning")

art("quiet", "2025-08-31", "Separatists threaten to attack schools that reopen in Cameroon's Northwest region", """
BAMENDA - Anglophone separatists in Cameroon's Northwest region have threatened to attack schools that reopen next week and have ordered a two-week "lockdown" of Bamenda and surrounding towns, in a video message that circulated on social media on Saturday.

In the video, a man who introduced himself as a commander of the Ambazonia Defence Forces warned teachers and parents that "any school that opens its doors will be treated as an enemy camp" and said taxis and shops must stay closed from the start of the school year.

Regional governor Adolphe Lele L'Afrique said the threat would not stop children from going back to class and that security forces would protect schools. Parents in Bamenda said many families were sending their children to relatives in Douala and Yaounde instead.

Separatist groups have enforced school boycotts in the English-speaking regions since 2017, when the conflict began. In November 2018, gunmen kidnapped 79 pupils from a secondary school in Nkwen, on the outskirts of Bamenda, releasing all of them unharmed days later.

The United Nations says hundreds of thousands of children in the Northwest and Southwest regions have been out of school for years because of the crisis.
""",
["CM"], [("civilian_attack", "CM", "Nkwen", 0, True)], [],
["Adolphe Lele L'Afrique"], ["Ambazonia Defence Forces", "United Nations"],
"THREAT/ULTIMATUM: a threat and a 'lockdown' order by an armed group = no incident and no slot in the allowed other_events. The governor's promise to protect schools = future intent, not a deployment. Background: November 2018 kidnapping of 79 pupils in Nkwen = civilian_attack, 0 ('releasing all of them unharmed'). School-boycott figures = aggregate.",
when=past("2025-08-31", "Saturday"), topic="threat")

art("quiet", "2025-10-15", "Kenyan teachers' union calls national strike from Monday over pay deal", """
NAIROBI - Kenya's largest teachers' union called a national strike from Monday, accusing the government of failing to pay the second phase of a salary increase agreed two years ago.

The Kenya National Union of Teachers (KNUT) said at a news conference on Tuesday that its members in public primary and junior schools would stay away from classrooms until the money was paid. Secretary-General Collins Oyuu said more than 200,000 teachers would take part.

The Teachers Service Commission, the state employer, said the strike was illegal because talks were still under way and warned that teachers who did not report for work would not be paid. Education Cabinet Secretary Julius Ogamba urged the union to return to the negotiating table, saying the Treasury needed more time to find the money.

The union fired back, saying teachers had been patient for long enough. The government has come under fire from doctors, lecturers and nurses, who have also staged strikes over unpaid pay rises in the past year, as it struggles with high debt payments.

A strike would disrupt preparations for national examinations, which are due to begin next month.
""",
["KE"], [], [],
["Collins Oyuu", "Julius Ogamba"], ["Kenya National Union of Teachers", "Teachers Service Commission", "Treasury"],
"STRIKE CALL: a strike called for a coming day (Monday, five days after publication) = no event; a news conference is not a protest. 'fired back', 'under fire' = idioms. Past strikes by other workers = unspecific, not listed.",
when={**past("2025-10-15", "Tuesday"), **nxt("2025-10-15", "Monday")}, topic="strike")

art("quiet", "2025-09-03", "Colombian and Venezuelan ministers meet in Cúcuta, agree to reopen consulates along the border", """
CUCUTA - The foreign ministers of Colombia and Venezuela agreed on Tuesday to reopen their consulates in four border cities and to set up a joint commission on security and trade, after talks in the Colombian city of Cúcuta.

Colombia's foreign minister Rosa Villavicencio and her Venezuelan counterpart Yván Gil said in a joint statement that the consulates in Cúcuta, Arauca, San Antonio del Táchira and Puerto Ayacucho would resume full services by the end of the year, helping millions of people who cross the border every month for work, school and medical care.

The two governments also agreed to share information on armed groups and criminal gangs active along the 2,200-km border, including the ELN guerrillas and the Tren de Aragua gang, and to study joint measures against fuel and cattle smuggling.

Relations between the neighbours have improved since Colombian President Gustavo Petro restored diplomatic ties in 2022, but remain strained by Colombia's refusal to recognise the result of Venezuela's 2024 presidential election and by the presence of armed groups on both sides of the border.

Officials in Cúcuta said the agreement was "a first step" and that the next meeting would be held in Caracas.
""",
["CO", "VE"], [], ["diplomacy"],
["Rosa Villavicencio", "Yván Gil", "Gustavo Petro"], ["ELN", "Tren de Aragua"],
"DIPLOMACY: ministers' talks and an agreement = diplomacy. Armed groups 'active along the border' = unspecific. The 2022 restoration of ties and the 2024 election dispute = history. VE via Venezuela, San Antonio del Táchira, Puerto Ayacucho, Caracas.",
when=past("2025-09-03", "Tuesday"), topic="diplomacy")

art("quiet", "2026-05-27", "Saudi and Houthi negotiators discuss truce extension and prisoner swap in Muscat", """
MUSCAT - Negotiators from Saudi Arabia and Yemen's Houthi movement began talks in Oman's capital on Tuesday on extending a truce that has largely held along the kingdom's border and on a new exchange of prisoners, officials from both sides said.

The talks, hosted by Omani mediators and attended by the U.N. special envoy for Yemen, Hans Grundberg, are the first direct meeting between the two sides this year. A Houthi negotiator, Abdulqader al-Murtada, said the group was ready to release more than 200 detainees, including Saudi soldiers, in exchange for Houthi fighters held in the kingdom.

Diplomats said the Saudi side was also seeking guarantees that the Houthis would not resume cross-border drone and missile attacks, while the Houthis want the reopening of Sanaa airport to more international flights and the payment of public salaries in areas they control.

The battle lines inside Yemen have barely moved since a U.N.-brokered truce in April 2022, although clashes between the Houthis and government forces continue in Taiz, Marib and Dhale provinces.

A previous round of talks in Muscat last year ended without agreement on a broader peace road map. Grundberg said the mood at this round was "constructive".
""",
["SA", "YE", "OM"], [], ["diplomacy"],
["Hans Grundberg", "Abdulqader al-Murtada"], ["Houthi movement", "U.N."],
"CEASEFIRE TALKS: truce and prisoner-exchange talks = diplomacy. 'clashes continue in Taiz, Marib and Dhale' = ongoing, unspecific (no incident). 'battle lines' = idiom. Drone/missile attacks mentioned as things to avoid = no incident. The 2022 truce and last year's talks = history. OM via Muscat/Omani.",
when=past("2026-05-27", "Tuesday"), topic="ceasefire")

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


def check_article(i, a, err):
    kind = a["kind"]
    text = (a["title"] or "") + "\n" + a["body"]
    # date
    pub = None
    if not (isinstance(a["published"], str) and re.fullmatch(r"202[56]-\d\d-\d\d", a["published"])):
        err("published must be a YYYY-MM-DD date in 2025-2026")
    else:
        try:
            pub = datetime.date.fromisoformat(a["published"])
        except ValueError:
            err("published %r is not a real date" % a["published"])
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
            err("SATP-style text must be set in South Asia (first country IN/PK/AF/BD/NP/LK)")
        if a["placeonly"]:
            c0 = cs[0]
            if c0 not in COUNTRY_NAMES or c0 not in FIRST_LEVEL:
                err("placeonly: no name lists for %s" % c0)
            else:
                if names_country(text, c0):
                    err("placeonly text names its country %s" % c0)
                for n in FIRST_LEVEL[c0]:
                    if word_in(n, text):
                        err("placeonly text names the first-level unit or capital %r" % n)
        if a["degraded"]:
            bad = sorted({ch for ch in a["body"] if ch in DEGRADED_PUNCT})
            if bad:
                err("degraded text still has punctuation %s" % "".join(bad))
        if a["topic"] is not None:
            if a["topic"] not in SATP_QUIET_TOPICS:
                err("SATP topic %r not in %s" % (a["topic"], SATP_QUIET_TOPICS))
            if has_current(a):
                err("SATP topic is for texts without a current incident")
        elif not has_current(a):
            err("SATP text without a current incident needs a topic")
    elif kind == "wire":
        if not WIRE_WORDS[0] <= words <= WIRE_WORDS[1]:
            err("wire body has %d words (%d-%d wanted)" % ((words,) + WIRE_WORDS))
        if a["title"] is None:
            err("wire article needs a title")
        if not has_current(a):
            err("wire article without a current incident")
        if a["region"] not in WIRE_REGIONS:
            err("wire article needs a region in %s" % sorted(WIRE_REGIONS))
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
        if a["topic"] not in QUIET_TOPICS:
            err("quiet article needs a topic in %s" % (QUIET_TOPICS,))
    else:
        err("unknown kind %r" % kind)
    if (a["region"] is not None or a["implied"] or a["followup"] or a["riot_turn"]) and kind != "wire":
        err("region/implied/followup/riot_turn are for wire articles")
    if (a["abduction"] or a["placeonly"] or a["degraded"]) and kind != "satp":
        err("abduction/placeonly/degraded flags are for SATP-style texts")
    if a["topic"] is not None and kind not in ("quiet", "satp"):
        err("topic is for quiet and SATP-style articles")
    if a["abduction"] and not any(t == "civilian_attack" and not bg for (t, _, _, _, bg) in a["incidents"]):
        err("abduction text without a current civilian_attack")
    if a["abduction"] and not any(w in a["body"] for w in ABDUCTION_WORDS):
        err("abduction text uses none of %s" % (ABDUCTION_WORDS,))
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
    satp_countries = {a["countries"][0] for a in satp}
    if satp_countries != set(SATP_COUNTRIES):
        errors.append("SATP block must cover %s (has %s)" % (SATP_COUNTRIES, sorted(satp_countries)))
    wire = [a for a in ARTICLES if a["kind"] == "wire"]
    for reg, n in WIRE_REGIONS.items():
        have = sum(1 for a in wire if a["region"] == reg)
        if have != n:
            errors.append("wire articles in region %s: %d (want %d)" % (reg, have, n))
    latam = {inc[1] for a in wire if a["region"] == "latin_america" for inc in current(a)}
    if not latam <= set(LATAM_ALLOWED):
        errors.append("Latin America current incidents outside %s: %s" % (LATAM_ALLOWED, sorted(latam - set(LATAM_ALLOWED))))
    if len(latam) < MIN_LATAM_COUNTRIES:
        errors.append("Latin America current incidents in %d countries (< %d)" % (len(latam), MIN_LATAM_COUNTRIES))
    us_local = sum(1 for a in wire if a["region"] == "europe_north_america"
                   and {inc[1] for inc in current(a)} == {"US"})
    if us_local < MIN_US_LOCAL:
        errors.append("Europe/North America block: %d local US reports (< %d)" % (us_local, MIN_US_LOCAL))
    wtext = "\n".join((a["title"] or "") + "\n" + a["body"] for a in wire)
    for ph in WIRE_PHRASES:
        if not re.search(r"\b%s\b" % re.escape(ph), wtext, re.I):
            errors.append("wire block never gives a toll in words with %r" % ph)
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
    topics = {a["topic"] for a in quiet}
    if topics != set(QUIET_TOPICS):
        errors.append("quiet block lacks topics %s" % sorted(set(QUIET_TOPICS) - topics))
    n_fic = sum(1 for a in quiet if a["topic"] == "fiction")
    if n_fic < MIN_QUIET_FICTION:
        errors.append("quiet fiction articles: %d (< %d)" % (n_fic, MIN_QUIET_FICTION))
    n_acc = sum(1 for a in quiet if a["topic"] == "accident")
    if n_acc < MIN_QUIET_ACCIDENT:
        errors.append("quiet accident articles: %d (< %d)" % (n_acc, MIN_QUIET_ACCIDENT))
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
                 "%d place-only, %d degraded" % (
                     sum(1 for a in satp if a["abduction"]),
                     sum(1 for a in satp if any(i[0] == "battle" for i in current(a))),
                     sum(1 for a in satp if any(i[0] == "explosion" for i in current(a))),
                     sum(1 for a in satp if a["placeonly"]),
                     sum(1 for a in satp if a["degraded"])))
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
    regs = {}
    for a in wire:
        regs[a["region"]] = regs.get(a["region"], 0) + 1
    lines.append("wire regions: %s" % fmt(regs))
    tops = {}
    for a in ARTICLES:
        if a["topic"] and a["kind"] == "quiet":
            tops[a["topic"]] = tops.get(a["topic"], 0) + 1
    lines.append("quiet topics: %s" % fmt(tops))
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

#!/usr/bin/env python3
"""Build blind_fresh9: a fresh, blind evaluation set of 60 synthetic articles, as JSONL.

Standard library only. Every text and its gold are data in this file. The gold of each article
was decided when its text was written, by the conventions of ../../shared/corpus/NOTES.md, and
is frozen (see README.md).

    python3 build.py            # run every check, then write blind_fresh9.jsonl
    python3 build.py --check    # run the checks only
    python3 build.py --notes    # print one judgment line per article (NOTES.md format)
"""
import datetime
import json
import os
import re
import sys

SOURCE = "synthetic, written for this project (blind, fresh 9)"
ORIGIN = ("written from scratch for this project: tests/blind_fresh9/build.py "
          "(fictional or fictionalised events in real places)")
LICENSE = "project's own"
PREFIX = "bf9"
OUTFILE = "blind_fresh9.jsonl"

INCIDENT_TYPES = ("battle", "explosion", "civilian_attack", "protest", "riot")
OTHER_TYPES = ("strategic", "diplomacy")
BLOCKS = (("satp", 18), ("wire", 22), ("quiet", 20))

# --- SATP-style block (bf9-01..18) ---
SATP_WORDS = (60, 160)
MIN_SATP_QUIET = 5          # no current incident
MIN_SATP_ABDUCTION = 4      # built around an abduction (current civilian_attack)
MIN_SATP_BATTLE = 3         # security forces attacked (current battle)
MIN_SATP_BLAST = 2          # IED / grenade / bomb went off (current explosion)
MIN_SATP_PLACEONLY = 2      # place given as village/tehsil/district only, country never named
# Each wording must carry at least one abduction text.
ABDUCTION_WORDS = ("abducted", "kidnapped", "seized at gunpoint", "taken hostage", "whisked away")
# Kinds of SATP text without a current incident that the block must cover.
SATP_QUIET_TOPICS = ("surrender", "recovery", "verdict", "statement", "strike", "release")
# Months-and-days inline dates in SATP texts: at most this many days before / after `published`
# (after: a strike or bandh called for a coming date).
SATP_DATE_BEFORE, SATP_DATE_AFTER = 60, 30

# --- wire block (bf9-19..40) ---
WIRE_WORDS = (150, 260)
WIRE_REGIONS = {"sahel": 2, "horn_east_africa": 2, "nigeria_lake_chad": 3, "middle_east": 3,
                "ukraine_russia": 2, "myanmar": 2, "latin_america": 4,
                "europe_north_america": 2, "south_asia": 2}
LATAM_COUNTRIES = ("MX", "HT", "EC", "CO")   # each must host a current incident in the block
MIN_WIRE_MULTI = 8          # more than one current incident
MIN_WIRE_TWO_COUNTRIES = 3  # current incidents in two countries
MIN_WIRE_IMPLIED = 4        # incident country only implied by places
MIN_WIRE_BACKGROUND = 4     # also recalls an older incident
MIN_WIRE_FOLLOWUP = 3       # updated-toll story ("the death toll rose to ...")
MIN_WIRE_RIOT_TURN = 2      # a protest that turns into a riot
MIN_WIRE_OTHER = 2          # diplomacy or strategic events besides the incidents
FOLLOWUP_RE = r"\b(rose|rises|risen|has risen) to\b"
RIOT_TURN_RE = r"\bturn(ed|s)? (violent|into a riot)\b"

# --- quiet block (bf9-41..60) ---
QUIET_WORDS = (120, 300)
QUIET_TOPICS = ("memorial", "trial", "statistics", "fiction", "exercise", "accident", "disaster",
                "sport", "business", "politics", "police", "plot", "policy", "strike",
                "celebrity", "rally", "diplomacy")
MIN_QUIET_FICTION = 3       # film, book, game
# Non-literal violence vocabulary the quiet block must use somewhere.
QUIET_PHRASES = ("hostile takeover", "price war", "battleground state", "bombshell", "attack",
                 "shot", "fired")

# Names (as words) that would state a country outright: an `implied` / `placeonly` article must
# use none of the names of its incident countries (or, for SATP texts, of its only country).
COUNTRY_NAMES = {
    "BF": ("Burkina", "Burkinabe", "Burkinabè"),
    "KE": ("Kenya", "Kenyan", "Kenyans"),
    "NG": ("Nigeria", "Nigerian", "Nigerians"),
    "MM": ("Myanmar", "Burma", "Burmese"),
    "EC": ("Ecuador", "Ecuadorian", "Ecuadorians", "Ecuadoran"),
    "SE": ("Sweden", "Swedish", "Swede", "Swedes"),
    "US": ("United States", "U.S.", "US", "America", "American", "Americans"),
    "PK": ("Pakistan", "Pakistani", "Pakistanis"),
    "IN": ("India", "Indian", "Indians", "Indo"),
    "NP": ("Nepal", "Nepali", "Nepalese"),
}
# First-level names (provinces, states, capitals) a `placeonly` SATP text must not use either.
FIRST_LEVEL = {
    "PK": ("Balochistan", "Khyber Pakhtunkhwa", "Punjab", "Sindh", "Gilgit-Baltistan",
           "Islamabad", "Azad Kashmir"),
    "IN": ("Assam", "Manipur", "Chhattisgarh", "Jharkhand", "Odisha", "Maharashtra", "Telangana",
           "Arunachal Pradesh", "Nagaland", "Mizoram", "Tripura", "Meghalaya", "Bihar",
           "West Bengal", "Andhra Pradesh", "Jammu and Kashmir", "New Delhi"),
    "NP": ("Koshi", "Madhesh", "Bagmati", "Gandaki", "Lumbini", "Karnali", "Sudurpashchim",
           "Kathmandu"),
}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Names that contain a weekday word without referring to a day near `published`.
NAMED_DAYS = ("Easter Sunday",)
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
    `published` (a strike 'from Monday', a vote 'on Sunday')."""
    pub = datetime.date.fromisoformat(published)
    return {d: (pub + datetime.timedelta((WEEKDAYS.index(d) - pub.weekday() - 1) % 7 + 1)).isoformat()
            for d in days}


def art(kind, published, title, body, countries, incidents, other, persons, orgs, note,
        when=None, abduction=False, placeonly=False, region=None, implied=False,
        followup=False, riot_turn=False, topic=None):
    """Register one article.

    incidents: list of (type, country, location or None, fatalities or None, background).
    when: {weekday word used in the text: the ISO date it stands for}.
    abduction: SATP-style text built around an abduction (a current civilian_attack).
    placeonly: SATP-style text whose place is a village/tehsil/district only (no country name,
        no province/state name).
    region: for wire articles, one of WIRE_REGIONS.
    implied: wire article whose incident countries are never named (only places).
    followup: wire article reporting an updated toll ("the death toll rose to ...").
    riot_turn: wire article in which a protest turns into a riot.
    topic: for quiet articles one of QUIET_TOPICS; for SATP texts without a current incident one
        of SATP_QUIET_TOPICS.
    """
    ARTICLES.append(dict(kind=kind, published=published, title=title, body=body.strip(),
                         countries=countries, incidents=incidents, other=other,
                         persons=persons, orgs=orgs, note=note, when=when or {},
                         abduction=abduction, placeonly=placeonly, region=region,
                         implied=implied, followup=followup, riot_turn=riot_turn, topic=topic))


# =====================================================================================
# bf9-01..18  SATP-style digests: no title, one paragraph, 60-160 words, dated inline.
# =====================================================================================

art("satp", "2025-03-12", None, """
Unidentified armed men abducted two technicians of a private mobile phone company from a telecom tower site near Besima in Washuk District on the afternoon of March 10, Levies sources said. The technicians, identified as Abdul Wahid and Naeem Ahmed, both residents of Kharan, had gone to the site to repair a generator when five men on motorcycles surrounded them, set the generator on fire and drove them away towards the hills. A watchman at the site was beaten with rifle butts but left behind. Deputy Commissioner Shah Nawaz Zehri said Levies and Frontier Corps (FC) personnel had cordoned off the area and closed the road to Nag. No group has claimed responsibility. Mobile phone services in parts of Washuk and Kharan districts have remained suspended since the incident.
""",
["PK"], [("civilian_attack", "PK", "Besima", None, False)], [],
["Abdul Wahid", "Naeem Ahmed", "Shah Nawaz Zehri"], ["Levies", "Frontier Corps"],
"ABDUCTION ('abducted'): two technicians seized two days before publication = civilian_attack at Besima, null (no death stated; the beating of the watchman and the burnt generator are part of the same incident). Cordon and road closure = response, not listed. PLACE ONLY: Washuk/Kharan districts, Besima, Nag, Levies and FC; neither 'Pakistan' nor 'Balochistan' appears -> PK by gazetteer only.",
abduction=True, placeonly=True)

art("satp", "2025-05-22", None, """
Suspected cadres of the National Socialist Council of Nagaland-Khaplang (Yung Aung) kidnapped two employees of a road construction company from their camp near Lazu in Tirap District of Arunachal Pradesh on the night of May 19, Police said. The armed men, wearing combat fatigues, first asked for the site engineer and, when he could not be found, took away a supervisor, Biren Gogoi (41), and a machine operator, Lakhi Das (29), both natives of Dibrugarh District in Assam. On May 21, the company received a call from a foreign mobile number demanding INR 5 million for their release. Tirap Superintendent of Police (SP) Kardak Riba said a joint team of the Assam Rifles and Police was searching the forests along the Indo-Myanmar border, and that work on the road had been suspended.
""",
["IN", "MM"], [("civilian_attack", "IN", "Lazu", None, False)], [],
["Biren Gogoi", "Lakhi Das", "Kardak Riba"], ["National Socialist Council of Nagaland-Khaplang (Yung Aung)", "Assam Rifles"],
"ABDUCTION ('kidnapped'): two workers taken three days before publication = civilian_attack at Lazu (IN), null. MM via 'the Indo-Myanmar border' (a place); nothing happens in Myanmar. The ransom call is part of the kidnapping; the search is the response. Nagaland (in the group's name) and Assam are Indian states, not countries.",
abduction=True)

art("satp", "2025-08-14", None, """
An armed gang seized at gunpoint five farmers, including a 15-year-old boy, while they were working in betel leaf gardens in the hills near Jadimura under Teknaf upazila in Cox's Bazar District on the morning of August 11, Police said. The gang, believed to be a ransom group of Rohingya and local criminals, took the farmers deeper into the hills and phoned their families demanding BDT 1.5 million. After the families paid part of the money through a mobile banking account, the five were freed near the Teknaf-Cox's Bazar road on the night of August 12 and returned home unharmed. Teknaf Model Police Station Officer-in-Charge (OC) Gias Uddin said a joint team of Police, Armed Police Battalion (APBn) and Border Guard Bangladesh (BGB) had launched a drive in the hills. More than 40 people have been held for ransom in Teknaf since January, according to local sources.
""",
["BD"], [("civilian_attack", "BD", "Jadimura", 0, False)], [],
["Gias Uddin"], ["Armed Police Battalion", "Border Guard Bangladesh"],
"ABDUCTION ('seized at gunpoint'): five farmers taken three days before publication and released = one civilian_attack at Jadimura, fatalities 0 (NOTES: hostages found safe -> 'returned home unharmed'). 'More than 40 ... since January' = aggregate, not listed. 'Rohingya' is an ethnic group, not a demonym of a state -> no MM. BD via Cox's Bazar/Teknaf and BDT (the BGB name alone would not count).",
abduction=True)

art("satp", "2025-10-30", None, """
A four-member polio vaccination team, including two women, was taken hostage by militants in the Gul Imam area of Tank District in Khyber Pakhtunkhwa on October 28, Police said. The team was going from house to house during the anti-polio campaign when around a dozen armed men surrounded it and led the workers into a dry stream bed outside the village. The two women and the team's driver were set free the same evening after local elders intervened, but the team leader, Inamullah, remains in the custody of the militants. District Police Officer (DPO) Asif Bahader said the Police escort assigned to the team had been moved to another village a day earlier. The vaccination drive in Gul Imam and two adjoining union councils has been suspended. No group has claimed responsibility, but factions of the Tehreek-e-Taliban Pakistan (TTP) are active in the area.
""",
["PK"], [("civilian_attack", "PK", "Gul Imam", None, False)], [],
["Inamullah", "Asif Bahader"], ["Tehreek-e-Taliban Pakistan"],
"ABDUCTION ('taken hostage'): unarmed polio team (the escort was elsewhere) seized two days before publication = civilian_attack at Gul Imam, null (three released, one still held; no safety statement for him -> not 0). Suspension of the drive = not an event. PK via Khyber Pakhtunkhwa/Tank (the TTP name alone would not count).",
abduction=True)

art("satp", "2026-01-22", None, """
Armed men whisked away the 14-year-old son of a carpet trader from outside his school in Mazar-i-Sharif, the capital of Balkh Province, on the morning of January 20, the Taliban-appointed Police spokesman for Balkh, Mohammad Asif Waziri, said. According to witnesses, three men in a white car without number plates grabbed the boy, Mustafa Rahimi, as he got off a rickshaw and drove off towards the Dehdadi road, while a fourth man fired a pistol into the air to scare away students who tried to intervene. On January 21, the family received a demand for USD 200,000 through a relative living in Iran. Waziri said Police had detained two suspects and were searching for the car. Traders in Mazar-i-Sharif have complained of a rise in kidnappings for ransom over the past year.
""",
["AF", "IR"], [("civilian_attack", "AF", "Mazar-i-Sharif", None, False)], ["strategic"],
["Mustafa Rahimi", "Mohammad Asif Waziri"], ["Taliban"],
"ABDUCTION ('whisked away'): boy seized two days before publication = civilian_attack at Mazar-i-Sharif, null; the shots into the air are part of it. Detention of two suspects = strategic. IR via 'a relative living in Iran' (a place; nothing happens there). 'Rise in kidnappings' = general, not listed. AF via Mazar-i-Sharif/Balkh/Taliban; 'Afghanistan' never named.",
abduction=True)

art("satp", "2025-07-03", None, """
Two policemen were killed and three others injured when militants attacked the Janikhel Police Station in Bannu District of Khyber Pakhtunkhwa late on the night of July 1, Police said. The attackers, estimated at 20 to 25, opened fire from three sides with heavy weapons and tried to breach the boundary wall, but were pushed back after an exchange of fire that lasted more than two hours. According to Police, three militants were killed and their bodies were carried off by their accomplices, leaving blood trails leading towards the mountains. Reinforcements of the Elite Force and the Frontier Corps (FC) reached the station before dawn on July 2. The slain policemen were identified as constables Rahimullah and Zahid Khan. The Hafiz Gul Bahadur group claimed responsibility for the attack.
""",
["PK"], [("battle", "PK", "Janikhel", 5, False)], [],
["Rahimullah", "Zahid Khan"], ["Elite Force", "Frontier Corps", "Hafiz Gul Bahadur group"],
"SECURITY FORCES ATTACKED: sustained armed assault on a police station = battle at Janikhel, 2 policemen + 3 militants Police say were killed = 5 (NOTES: perpetrators included when stated; the carried-off bodies are still stated deaths). Reinforcements = part of the response, not listed. PK via Khyber Pakhtunkhwa/Bannu.")

art("satp", "2025-09-25", None, """
A rifleman of the Assam Rifles was killed and two others were wounded when suspected militants ambushed a patrol near Khudengthabi in Tengnoupal District of Manipur on the morning of September 23, officials said. The militants, hiding on a ridge above the Imphal-Moreh road, opened fire with automatic weapons and lobbed a grenade at the lead vehicle. The troops returned fire, and the gunfight lasted around 30 minutes before the militants withdrew into the forest. Officials suspect that the attackers belonged to the People's Liberation Army (PLA) or the People's Revolutionary Party of Kangleipak (PREPAK) and had crossed back into Myanmar after the ambush. The slain rifleman was identified as Lalrinsanga of Mizoram. Security forces launched a combing operation along the border on September 24.
""",
["IN", "MM"], [("battle", "IN", "Khudengthabi", 1, False)], [],
["Lalrinsanga"], ["Assam Rifles", "People's Liberation Army", "People's Revolutionary Party of Kangleipak"],
"SECURITY FORCES ATTACKED: ambush on an Assam Rifles patrol = battle at Khudengthabi, 1 (gunfire named first; the grenade is part of the same ambush). TRAP: 'People's Liberation Army (PLA)' here is the Manipur valley group, not China's army -> no CN. MM via 'crossed back into Myanmar' (the attackers' refuge, not the place of the incident). Combing operation = response, not listed. IN via Manipur/Imphal/Mizoram.")

art("satp", "2025-11-13", None, """
A District Reserve Guard (DRG) jawan was killed and another injured when cadres of the Communist Party of India-Maoist (CPI-Maoist) opened fire on a joint search party in the forests near Koyalibeda in Kanker District of Chhattisgarh on November 11, Police said. The team of DRG and Border Security Force (BSF) personnel had set out on the night of November 10 on information about the presence of cadres of the Maoists' North Bastar Division. Inspector General (IG) of Police, Bastar Range, Sundarraj P said two Maoists were killed in the retaliatory firing, and their bodies were recovered along with a .303 rifle, a 12-bore gun and a pressure cooker bomb. The injured jawan was airlifted to Raipur. The slain jawan was identified as constable Ramesh Kureti.
""",
["IN"], [("battle", "IN", "Koyalibeda", 3, False)], [],
["Sundarraj P", "Ramesh Kureti"], ["District Reserve Guard", "Communist Party of India-Maoist", "Border Security Force"],
"SECURITY FORCES ATTACKED: Maoists firing on a search party and the return fire = one battle at Koyalibeda, 1 jawan + 2 Maoists = 3. The recovered pressure cooker bomb did not go off -> no explosion. IN via Chhattisgarh/Kanker/Raipur (the party name alone would not count).")

art("satp", "2025-06-19", None, """
The National Resistance Front (NRF) claimed that its fighters attacked a Taliban checkpoint near Banu, the centre of Andarab District in Baghlan Province, on the night of June 17, killing three Taliban fighters and wounding four others. In a statement posted on social media on June 18, the NRF said its fighters withdrew to the mountains without losses after the attack. Local Taliban officials in Baghlan confirmed that a checkpoint had come under fire but gave no casualty figures, while Taliban spokesman Zabihullah Mujahid dismissed the NRF statement as 'propaganda'. Residents said Taliban forces launched house-to-house searches in several villages of the district on June 18 and detained at least 12 young men.
""",
["AF"], [("battle", "AF", "Banu", 3, False)], ["strategic"],
["Zabihullah Mujahid"], ["National Resistance Front", "Taliban"],
"SECURITY FORCES ATTACKED: armed attack on a Taliban (de facto state forces) checkpoint = battle at Banu, 3 (the attackers' claim is the only figure -> used, as in b002; the Taliban give no toll). Searches and detention of 12 men = strategic. AF via Baghlan/Andarab/Taliban; 'Afghanistan' never named.")

art("satp", "2025-02-20", None, """
Two persons, including a member of a local peace committee, were killed when an improvised explosive device (IED) went off near their vehicle in the Sipah area of Bara tehsil in Khyber District on the morning of February 18, Police said. The remote-controlled device had been planted in a drain along the road and was detonated as the vehicle of the peace committee member, Malik Sher Afzal, passed by on its way to the Bara bazaar. His nephew, who was driving the vehicle, was also killed, while a passer-by was injured. The bomb disposal squad said the device contained about five kilograms of explosives. Security forces cordoned off the area and launched a search operation. No group has claimed responsibility, although Malik Sher Afzal had received threats from militants over his role in the peace committee.
""",
["PK"], [("explosion", "PK", "Sipah", 2, False)], [],
["Malik Sher Afzal"], [],
"BLAST: remote-controlled roadside IED = explosion at Sipah (area of Bara tehsil), 2. Injured passer-by not counted. PLACE ONLY: Bara tehsil, Khyber District; neither the country nor Khyber Pakhtunkhwa is named ('Khyber District' is a district; the province name does not occur) -> PK by gazetteer only.",
placeonly=True)

art("satp", "2026-03-05", None, """
A low-intensity explosion occurred near the main gate of an Army camp at Kakopathar in Tinsukia District on the night of March 3, but no one was injured, Police said. The device, believed to be a grenade fitted with a timer, went off on the roadside about 40 metres from the sentry post, damaging the boundary wall and the windows of two nearby shops. The United Liberation Front of Asom-Independent (ULFA-I) claimed responsibility for the blast in an email sent to media houses on March 4, calling it a 'warning' against Army operations in the district. Police and Army personnel launched a search in the adjoining tea gardens and detained two youths for questioning. Tinsukia Superintendent of Police (SP) Abhijit Gurav said patrolling had been intensified along the highway.
""",
["IN"], [("explosion", "IN", "Kakopathar", 0, False)], ["strategic"],
["Abhijit Gurav"], ["United Liberation Front of Asom-Independent"],
"BLAST: timed grenade that exploded near an Army camp = explosion at Kakopathar, fatalities 0 ('no one was injured'). Detention of two youths = strategic. PLACE ONLY: Tinsukia District, Kakopathar; neither 'India' nor 'Assam' is named ('Asom' only inside the group's name) -> IN by gazetteer only.",
placeonly=True)

art("satp", "2025-12-18", None, """
Armed cadres of the People's Liberation Front of India (PLFI) set fire to five vehicles and a road roller engaged in the construction of a bridge near Murhu in Khunti District of Jharkhand on the night of December 16, Police said. Around 12 armed cadres arrived at the site, beat up two watchmen, snatched their mobile phones and poured diesel on the machines before setting them ablaze. No one was killed. A handwritten note left at the site in the name of the PLFI's regional commander demanded a 'levy' from the contractor and warned that work would not be allowed to resume until it was paid. Khunti Superintendent of Police (SP) Aman Kumar said raids were being conducted in the forests of the area. The PLFI, a splinter group of the CPI-Maoist, has been carrying out extortion in Khunti, Gumla and Simdega districts.
""",
["IN"], [("civilian_attack", "IN", "Murhu", 0, False)], [],
["Aman Kumar"], ["People's Liberation Front of India", "CPI-Maoist"],
"ARSON: militants burning construction machines and beating watchmen = civilian_attack at Murhu (external README: SATP 'other' -> mostly civilian_attack), fatalities 0 ('No one was killed'). Raids = response, not listed. Ongoing extortion = general. IN via Jharkhand/Khunti (the org name alone would not count).")

art("satp", "2025-04-24", None, """
Twenty-two members of the Communist Party of India-Maoist (CPI-Maoist), including an area committee member and 14 militia members, surrendered before the Police in Bhadradri Kothagudem District of Telangana on April 22, Police said. Superintendent of Police (SP) K. Sridhar said the cadres, most of them from villages across the state border in the Sukma and Bijapur districts of Chhattisgarh, had been active in the Cherla and Dummugudem areas and had given up arms in response to the Police outreach programme. The area committee member, Madkam Jogi alias Radha, carried a reward of INR 400,000 on her head. The surrendered cadres handed over two country-made rifles, a muzzle-loading gun and a bundle of detonators. Each of them received immediate relief of INR 25,000 under the State's rehabilitation policy.
""",
["IN"], [], ["strategic"],
["K. Sridhar", "Madkam Jogi"], ["Communist Party of India-Maoist"],
"NO CURRENT INCIDENT: surrender of 22 cadres with weapons = strategic. No past incident is described. IN via Telangana/Chhattisgarh/Sukma/Bijapur and INR.",
topic="surrender")

art("satp", "2025-06-05", None, """
Army personnel recovered a cache of arms and ammunition from an abandoned hideout of the United People's Democratic Front (UPDF) in the hills of Dighinala upazila in Khagrachhari District on June 3, the Inter Services Public Relations (ISPR) Directorate said. The recovered items included two foreign-made rifles, a locally made pistol, 136 rounds of ammunition, walkie-talkie sets, uniforms and extortion receipts. According to the ISPR, the hideout was found during a routine patrol after locals reported the movement of armed men in the area, but no one was present when the troops arrived and no arrests were made. The UPDF, which opposes the 1997 Chittagong Hill Tracts Peace Accord, denied that the hideout belonged to it and accused the authorities of trying to 'criminalise' the movement of the hill people.
""",
["BD"], [], ["strategic"],
[], ["United People's Democratic Front", "Inter Services Public Relations (ISPR) Directorate"],
"NO CURRENT INCIDENT: recovery of an arms cache = strategic (seizure). The 1997 accord is history, not an event. BD via Khagrachhari/Dighinala/Chittagong Hill Tracts; 'Bangladesh' never named. ISPR here is the Bangladeshi directorate (same acronym as Pakistan's; no country follows from it).",
topic="recovery")

art("satp", "2025-09-11", None, """
The Jhapa District Court on September 9 sentenced two former cadres of the Netra Bikram Chand-led Communist Party to 12 years in prison each for planting a bomb that exploded at a shopping complex in Birtamod on March 14, 2023, killing a security guard and injuring three shoppers. The court found that the two, Dil Bahadur Rai and Santosh Limbu, had placed the pressure cooker bomb in a toilet of the complex after its owner refused to pay a 'donation' demanded by the party. A third accused was acquitted for lack of evidence. Government attorney Hari Prasad Bhattarai said the prosecution would appeal against the acquittal in the High Court at Biratnagar. The Chand-led party gave up armed activities after signing an agreement with the government in March 2021.
""",
["NP"], [("explosion", "NP", "Birtamod", 1, True)], ["strategic"],
["Netra Bikram Chand", "Dil Bahadur Rai", "Santosh Limbu", "Hari Prasad Bhattarai"], ["Jhapa District Court"],
"NO CURRENT INCIDENT: court verdict = strategic. The March 2023 Birtamod bomb = background explosion, 1 (injuries not counted). The 2021 agreement is history (not listed). PLACE ONLY: Jhapa, Birtamod, Biratnagar; neither 'Nepal' nor 'Koshi' appears (the party is named without its country) -> NP by gazetteer only.",
placeonly=True, topic="verdict")

art("satp", "2025-10-09", None, """
The Dandakaranya Special Zonal Committee (DKSZC) of the CPI-Maoist has called a bandh across the Bastar region on October 15 to protest the killing of five of its cadres in what it called a 'fake encounter' near Pedia village in Bijapur District of Chhattisgarh. In a press note issued on October 7 by its spokesperson Vikalp, the DKSZC alleged that the cadres killed on September 26 had been captured alive and then shot by security forces. Police had said the five, including a divisional committee member carrying a reward of INR 800,000, were killed in an exchange of fire with a joint team of the District Reserve Guard (DRG) and Special Task Force (STF). Bijapur Superintendent of Police (SP) Jitendra Yadav rejected the allegation and said additional forces had been deployed on the highways ahead of the bandh.
""",
["IN"], [("battle", "IN", "Pedia", 5, True)], ["strategic"],
["Vikalp", "Jitendra Yadav"], ["Dandakaranya Special Zonal Committee", "CPI-Maoist", "District Reserve Guard", "Special Task Force"],
"NO CURRENT INCIDENT: a bandh called for a coming date (October 15, after publication) and a press note = statements; deployment on the highways = strategic. The September 26 encounter (13 days earlier) is context for the statement -> background battle at Pedia, 5 (judgment: the Maoists call it an execution of captured men, which would make it civilian_attack; the Police account of an exchange of fire is coded).",
topic="strike")

art("satp", "2026-02-05", None, """
Two schoolteachers who were abducted from the Thall-Parachinar road in Kurram District in December were released on February 3 after negotiations by a tribal jirga, officials said. The teachers, Sajid Hussain and Akhtar Ali, were handed over to elders in the Sadda area and were later brought to the District Headquarters Hospital in Parachinar for a medical check-up. Deputy Commissioner Ashfaq Khan said both were in good health. The two had been taken off a passenger van by armed men near Bagan on December 9, 2025, while the driver and other passengers were allowed to go. Officials did not say whether a ransom had been paid. The road, the only land route linking Parachinar with the rest of the country, has been closed to ordinary traffic for long periods since sectarian clashes in the district in 2024.
""",
["PK"], [("civilian_attack", "PK", "Bagan", 0, True)], [],
["Sajid Hussain", "Akhtar Ali", "Ashfaq Khan"], ["District Headquarters Hospital"],
"NO CURRENT INCIDENT: release of hostages taken two months earlier; the December 9 abduction = background civilian_attack at Bagan, fatalities 0 ('both were in good health'; NOTES: hostage found safe). The jirga's negotiation is not a state's diplomacy and the release is not an arrest -> no other_events (judgment). 'Sectarian clashes in 2024' = unspecific, not listed. PLACE ONLY: Kurram District, Parachinar, Sadda, Bagan; neither the country nor Khyber Pakhtunkhwa is named.",
placeonly=True, topic="release")

art("satp", "2025-08-13", None, """
Tamil political parties in the Northern and Eastern provinces have called for a hartal (shutdown) on August 18 to demand the release of civilian land held by the Army and a credible investigation into the human remains found at the Chemmani mass grave site in Jaffna. The call was made at a meeting of the parties in Vavuniya on August 11, chaired by Ilankai Tamil Arasu Kachchi (ITAK) general secretary M. A. Sumanthiran. Traders' associations in Jaffna, Kilinochchi and Mullaitivu said their members would keep their shops closed. The parties said the shutdown would be peaceful and that no marches or rallies were planned. Public Security Minister Ananda Wijepala said Police would ensure that shops wishing to open could do so, and that the Government was committed to completing the excavation at Chemmani.
""",
["LK"], [], [],
["M. A. Sumanthiran", "Ananda Wijepala"], ["Ilankai Tamil Arasu Kachchi"],
"NO CURRENT INCIDENT: a shutdown called for a coming date (August 18), with no march planned = no protest incident. The Chemmani grave concerns killings of unspecified date and toll -> no event. The minister's domestic statement is neither diplomacy nor strategic. LK via Jaffna/Vavuniya/Kilinochchi/Mullaitivu; 'Sri Lanka' never named.",
topic="statement")


# =====================================================================================
# bf9-19..40  wire / real-news style: title, 150-260 words, at least one current incident.
# =====================================================================================

art("wire", "2025-03-20", "Jihadists attack army detachment in Diapaga; drone strike hits fighters near Kantchari", """
Jihadist fighters attacked an army detachment in Diapaga, the main town of the Tapoa province in the country's far east, on Tuesday, killing at least eight soldiers and two members of a government-backed militia, two security sources and a resident said.

Hundreds of fighters on motorcycles and in pick-up trucks encircled the camp at dawn and fought the troops for several hours before withdrawing towards the W National Park, the sources said. One of them said the attackers had also looted the town's health centre before leaving.

On Wednesday, an army drone struck a column of fighters near Kantchari, about 120 km to the north-west, as they moved towards the border with Niger, according to a security source, who said "dozens of terrorists" had been killed. The figure could not be independently verified.

The military government in Ouagadougou, led by Captain Ibrahim Traore, has not commented on either incident. It relies heavily on the Volunteers for the Defence of the Homeland (VDP), a civilian militia armed by the state, and has restricted independent reporting on the conflict.

Tapoa province borders Niger and Benin, and the violence of JNIM, al Qaeda's affiliate in the region, has spilled over in recent years into the northern parts of Benin and Togo.
""",
["BF", "NE", "BJ", "TG"], [("battle", "BF", "Diapaga", 10, False), ("explosion", "BF", "Kantchari", 12, False)], [],
["Ibrahim Traore"], ["Volunteers for the Defence of the Homeland", "JNIM", "al Qaeda"],
"IMPLIED COUNTRY: Burkina Faso is never named; only Tapoa/Diapaga/Kantchari and the capital Ouagadougou (metonym for the government) -> BF. Tuesday camp assault = battle at Diapaga, 8 soldiers + 2 militiamen = 10 ('at least'). Wednesday drone strike = explosion at Kantchari, 'dozens' -> 12 (ACLED rule; the army-side source's figure is the only one, used as in b002; judgment). NE/BJ/TG are places named as borders and spill-over areas; nothing happens there now. Spill-over into Benin and Togo = general, not listed.",
when=past("2025-03-20", "Tuesday", "Wednesday"), region="sahel", implied=True)

art("wire", "2025-11-27", "Toll from attack on bus near Mali's Bandiagara rises to 19", """
The death toll from an attack on a passenger bus near Bandiagara, in central Mali, has risen to 19 after four wounded passengers died in hospital, a local official and a health worker said on Thursday.

Gunmen opened fire on the bus, which was travelling from Bandiagara to Bankass, on Monday afternoon and then set it ablaze, survivors said. An initial toll given by the regional authorities on Tuesday put the number of dead at 15.

"The wounded were brought to Sevare with terrible burns. Four of them did not make it," a health worker at the hospital in Sevare said by telephone, asking not to be named.

No group has claimed responsibility. The area is contested by JNIM, an al Qaeda affiliate, and by militias of Dozo hunters, and traffic on the roads of the Bandiagara plateau has been targeted repeatedly.

In September, gunmen stopped two trucks on the same road near Songho, killing seven traders, according to a local traders' association.

The governor of the Bandiagara region, Colonel Moussa Diarra, said on Wednesday that buses travelling in the area would from now on be escorted by the army. Mali's military government, which took power in coups in 2020 and 2021, has struggled to contain the violence in the centre of the country despite the support of Russian forces.
""",
["ML", "RU"], [("civilian_attack", "ML", "Bandiagara", 19, False), ("civilian_attack", "ML", "Songho", 7, True)], ["strategic"],
["Moussa Diarra"], ["JNIM", "al Qaeda"],
"FOLLOW-UP: Monday's bus attack is the news; fatalities = the latest figure, 19 (not the initial 15). Shooting and burning the bus = one civilian_attack. September truck attack near Songho = background civilian_attack, 7. Army escorts for buses = strategic (deployment). 2020/2021 coups = history, not listed. RU via 'Russian forces'.",
when=past("2025-11-27", "Thursday", "Monday", "Tuesday", "Wednesday"), region="sahel", followup=True)

art("wire", "2025-07-17", "Al Shabaab mortars hit base near Somalia's Afmadow; roadside bomb wounds Kenyan police in Garissa county", """
Al Shabaab fighters fired mortar rounds at a base shared by Somali troops and African Union forces outside Afmadow, in Somalia's Lower Juba region, on Tuesday night, killing two Somali soldiers, a local commander said.

Major Abdirahman Hirsi told reporters in Kismayo that about a dozen shells had landed inside the base and that the troops had responded with artillery fire. Al Shabaab, in a statement on a website it runs, said it had killed "many apostate soldiers".

On Wednesday, a roadside bomb struck a Kenyan police vehicle near Hulugho, in Garissa county close to the Somali border, wounding five officers, police said. The vehicle was escorting a water truck to a police camp. A police spokesperson blamed al Shabaab and said officers had launched a search for the attackers.

The al Qaeda-linked group has carried out a string of bomb attacks in Kenya's border counties of Garissa, Lamu and Mandera since 2011, when Kenya sent troops into Somalia to fight it. Kenyan soldiers now serve in the African Union mission.

Somali officials say the group is trying to regain ground in the Juba regions after losing several towns to government forces and clan militias over the past two years.
""",
["SO", "KE"], [("explosion", "SO", "Afmadow", 2, False), ("explosion", "KE", "Hulugho", None, False)], [],
["Abdirahman Hirsi"], ["Al Shabaab", "African Union", "al Qaeda"],
"TWO COUNTRIES. Tuesday mortar attack on the base = explosion at Afmadow (SO), 2 (the group's 'many' is vague -> not used); the troops' answering artillery is part of the same exchange, not a second entry (judgment). Wednesday roadside bomb = explosion at Hulugho (KE), null (wounded only). 'String of bomb attacks since 2011' and the 2011 intervention = history/aggregate, not listed.",
when=past("2025-07-17", "Tuesday", "Wednesday"), region="horn_east_africa")

art("wire", "2025-10-15", "Boda boda riders' protest turns violent in Eldoret after colleague dies in crash with police truck", """
A protest by motorcycle taxi riders in Eldoret turned violent on Tuesday when hundreds of them stoned a police post and set fire to a police pick-up, a day after a rider was killed in a collision with a police truck, witnesses and police said.

The riders had gathered in the morning to march to the county commissioner's office, demanding that the officer driving the truck be charged. The march was peaceful until police fired tear gas to stop the crowd from blocking the Eldoret-Kisumu highway, witnesses said. Riders then pelted officers with stones, smashed the windows of the Langas police post and torched a vehicle parked outside.

Uasin Gishu police commander Benjamin Mwanthi said 14 officers were injured and 23 riders were arrested. No deaths were reported.

In Nakuru, riders held a separate and peaceful demonstration in solidarity on Tuesday afternoon, handing a petition to the regional police headquarters.

The rider, 27-year-old Kevin Kiprotich, died on Monday at a junction in Langas after a police truck hit his motorcycle. The Independent Policing Oversight Authority said on Wednesday it had opened an investigation and that the officer had been suspended.

Motorcycle taxis, known as boda bodas, are a leading source of jobs for young men, and clashes between riders and police have become common in Nairobi and other towns.
""",
["KE"], [("riot", "KE", "Eldoret", 0, False), ("protest", "KE", "Nakuru", None, False)], ["strategic"],
["Benjamin Mwanthi", "Kevin Kiprotich"], ["Independent Policing Oversight Authority"],
"IMPLIED COUNTRY: Kenya is never named; Eldoret/Uasin Gishu/Nakuru/Nairobi/Kisumu -> KE. PROTEST TURNED RIOT: Tuesday's march that ended in stoning and arson = one riot at Eldoret, fatalities 0 ('No deaths were reported'); the peaceful start is not a separate protest entry. Nakuru solidarity demonstration = protest, null. The rider's death in a road collision = accident, not an incident. 23 arrests + officer suspended = strategic. 'Clashes have become common' = general.",
when=past("2025-10-15", "Tuesday", "Monday", "Wednesday"), region="horn_east_africa", implied=True, riot_turn=True)

art("wire", "2025-05-08", "Gunmen kidnap 14 travellers on Kogi highway; vigilantes kill three suspected kidnappers in Kwara", """
Gunmen kidnapped 14 passengers from two buses on the Lokoja-Okene highway in Nigeria's Kogi State on Tuesday evening and shot dead one of the drivers, police said on Wednesday.

The attackers, dressed in military-style clothing, blocked the road near the village of Felele with logs and opened fire on the buses, forcing them to stop, police spokesman William Aya said. They then marched the passengers into the bush.

"We are on their trail," Aya said, adding that police, soldiers and local hunters had been deployed to comb the forest.

In neighbouring Kwara State, vigilantes clashed with a gang of suspected kidnappers near Oke-Ode in Ifelodun local government area on Wednesday, killing three of them, the local government chairman said. One vigilante was wounded.

Kidnapping for ransom has become a lucrative business for armed gangs in Nigeria's north and centre, and travellers on major highways are among their most frequent targets. The Lokoja-Okene road, which links the capital Abuja with the south of the country, is one of the busiest in Nigeria.

Relatives of the passengers said on Thursday that the kidnappers had not yet made contact. Kogi State Governor Ahmed Usman Ododo ordered the security forces to "do whatever it takes" to rescue them.
""",
["NG"], [("civilian_attack", "NG", "Felele", 1, False), ("battle", "NG", "Oke-Ode", 3, False)], ["strategic"],
["William Aya", "Ahmed Usman Ododo"], [],
"Tuesday highway kidnapping with a driver shot dead = one civilian_attack at Felele, 1 (kidnapping and killing in one incident). Wednesday vigilante clash with an armed gang = battle at Oke-Ode (organised armed group vs gang), 3 (the gang members killed). Deployment to comb the forest = strategic. Kidnapping 'business' = general.",
when=past("2025-05-08", "Tuesday", "Wednesday", "Thursday"), region="nigeria_lake_chad")

art("wire", "2025-09-03", "Toll from jihadist assault on Nigerian base in Damasak rises to 11; suicide bomber hits market in Niger's Diffa region", """
The number of soldiers killed in an attack by Islamic State West Africa Province (ISWAP) fighters on a military base in Damasak, in Nigeria's Borno State, rose to 11 on Wednesday, two military sources said. The army had initially reported six dead.

Fighters in gun trucks stormed the base, near the border with Niger, late on Sunday and burned several armoured vehicles before air force jets forced them to retreat, the sources said. One of them said "several" attackers were killed; the army said its troops had "neutralised scores of terrorists".

Across the border, a suicide bomber blew himself up at a cattle market in Chetimari, in Niger's Diffa region, on Monday, killing four people besides himself, a local official said. Nigerien authorities blamed Boko Haram.

ISWAP split from Boko Haram in 2016 and has since become the dominant jihadist force around Lake Chad, where Nigeria, Niger, Chad and Cameroon meet. The four countries have contributed troops to a Multinational Joint Task Force, though Niger withdrew from it this year.

Nigeria's army said on Tuesday it had sent reinforcements to Damasak and would "reclaim every inch" of the area from the insurgents.
""",
["NG", "NE", "TD", "CM"], [("battle", "NG", "Damasak", 11, False), ("explosion", "NE", "Chetimari", 5, False)], ["strategic"],
[], ["Islamic State West Africa Province", "Boko Haram", "Multinational Joint Task Force"],
"FOLLOW-UP + TWO COUNTRIES. Sunday base assault = battle at Damasak (NG), latest toll 11 (the initial 6 replaced; attackers 'several'/'scores' -> not added, NOTES: vaguer words -> null part). Monday suicide bombing = explosion at Chetimari (NE), 4 + the bomber = 5 (NOTES: 'killed three people and himself' -> 4). 'Nigerien' -> NE. Reinforcements = strategic. Niger's withdrawal from the task force = background, not listed.",
when=past("2025-09-03", "Wednesday", "Sunday", "Monday", "Tuesday"), region="nigeria_lake_chad", followup=True)

art("wire", "2026-01-15", "Bandits kill eight in Mariga village; protest over killings turns violent in Kontagora", """
Armed bandits killed eight people, including a village head, in an attack on Bangi, in the Mariga local government area of Niger State, on Monday night, residents and a state official said.

The gunmen, who arrived on dozens of motorcycles, went from house to house and also drove away cattle, a resident said. He said the attackers belonged to a gang that had been demanding levies from farmers in the area for months.

On Tuesday, hundreds of young people blocked the Kontagora-Tegina road to protest against the killings. The protest turned violent when part of the crowd set fire to the local government secretariat in Kontagora and stoned a police patrol van, police said. Police spokesman Wasiu Abiodun said officers fired tear gas to disperse the crowd and arrested 17 people. No one was killed in the unrest, he said.

Governor Mohammed Umaru Bago condemned the attack on Bangi and appealed for calm in Kontagora. He said on Wednesday that more soldiers and members of the state's vigilante corps would be deployed to the Mariga area.

Niger State, which borders Kaduna, Zamfara and Kebbi states as well as the Republic of Benin, has seen rising attacks by bandit gangs who raid villages, kidnap for ransom and extort farmers. Thousands of people have fled to Minna, the state capital.
""",
["NG", "BJ"], [("civilian_attack", "NG", "Bangi", 8, False), ("riot", "NG", "Kontagora", 0, False)], ["strategic"],
["Wasiu Abiodun", "Mohammed Umaru Bago"], [],
"IMPLIED COUNTRY + LOOKALIKE: 'Niger State' is a Nigerian state; Nigeria is never named (Kaduna/Zamfara/Kebbi/Minna) -> NG, and NOT NE. Monday raid = civilian_attack at Bangi, 8. PROTEST TURNED RIOT: Tuesday's road blockade that ended in arson and stoning = one riot at Kontagora, 0 ('No one was killed'). Arrests + deployment = strategic. BJ via 'the Republic of Benin' (border). 'Rising attacks' = general.",
when=past("2026-01-15", "Monday", "Tuesday", "Wednesday"), region="nigeria_lake_chad", implied=True, riot_turn=True)

art("wire", "2025-12-10", "Israeli strike kills two in car near Lebanon's Bint Jbeil; Beirut files complaint at U.N.", """
An Israeli drone strike on a car near Bint Jbeil in southern Lebanon killed two men on Tuesday, Lebanon's health ministry said, the latest in a series of strikes despite a ceasefire that has been in place for more than a year.

The Israeli military said it had struck two Hezbollah members who were "attempting to rebuild terrorist infrastructure" in the area. Hezbollah did not comment.

Hours later, Israeli artillery shelled the outskirts of Kfar Kila, damaging a house and farmland, the state-run National News Agency reported. No one was hurt.

Lebanon's foreign ministry said on Wednesday it had filed a complaint with the U.N. Security Council over what it called daily violations of Lebanese sovereignty. President Joseph Aoun urged the United States and France, which sit on the committee monitoring the truce, to press Israel to stop the attacks and to withdraw from five hilltop positions it still holds in the south.

The November 2024 ceasefire ended more than a year of hostilities between Israel and Hezbollah, which peaked in a two-month Israeli offensive in which thousands of people were killed in Lebanon. Israel has kept up near-daily strikes since then, saying it is acting against threats from the group.
""",
["LB", "IL", "US", "FR"], [("explosion", "LB", "Bint Jbeil", 2, False), ("explosion", "LB", "Kfar Kila", 0, False)], ["diplomacy"],
["Joseph Aoun"], ["Hezbollah", "National News Agency", "U.N. Security Council"],
"Tuesday drone strike on the car = explosion at Bint Jbeil (LB), 2. Artillery shelling of Kfar Kila = explosion, 0 ('No one was hurt'). Complaint to the Security Council + Aoun's appeal to the US and France = diplomacy. 'Beirut' in the headline = capital as metonym (LB). The 2024 war and 'thousands killed' = history/aggregate, not listed; 'near-daily strikes' = general.",
when=past("2025-12-10", "Tuesday", "Wednesday"), region="middle_east")

art("wire", "2025-08-27", "Gunmen kill three police officers in attack on station in Iran's Saravan", """
Gunmen attacked a police station in Saravan, in Iran's south-eastern Sistan-Baluchestan province, early on Tuesday, killing three police officers before two of the attackers were shot dead, Iranian state media reported.

The attackers opened fire on the station's guard post and threw hand grenades into the courtyard, the official IRNA news agency said, quoting the province's deputy governor for security affairs, Alireza Marhamati. A third assailant was arrested as he tried to flee towards the border with Pakistan, he said.

The Sunni militant group Jaish al-Adl claimed responsibility in a statement on Telegram, saying the attack was revenge for the execution of Baluch prisoners.

Sistan-Baluchestan, one of Iran's poorest provinces, has long been the scene of clashes between security forces and militants from the Baluch minority, who complain of discrimination by the Shi'ite-led government in Tehran. In October 2024, ten police officers were killed in an attack on a police convoy in Taftan county, one of the deadliest in the province in years.

Tehran has accused Islamabad of allowing the group to operate from Pakistani territory, a charge Pakistan denies. The provincial police chief said on Wednesday that security had been tightened around police stations in Saravan and the nearby towns of Rask and Sarbaz.
""",
["IR", "PK"], [("battle", "IR", "Saravan", 5, False), ("battle", "IR", "Taftan", 10, True)], ["strategic"],
["Alireza Marhamati"], ["IRNA", "Jaish al-Adl"],
"Armed assault on a police station (gunfire first, then grenades) = battle at Saravan, 3 police + 2 attackers = 5 (perpetrators included). Arrest of the third assailant + tightened security = strategic. October 2024 convoy attack in Taftan = background battle, 10. PK via the border and 'Islamabad'/'Pakistani territory' (state actor); the standing accusation is general context, not this article's news -> no diplomacy (judgment). Tehran = capital as metonym (IR).",
when=past("2025-08-27", "Tuesday", "Wednesday"), region="middle_east")

art("wire", "2025-08-06", "Tribal fighters and SDF clash in Deir ez-Zor's Dhiban; Islamic State gunmen kill two at Hasakah checkpoint", """
Clashes between Arab tribal fighters and the Kurdish-led Syrian Democratic Forces (SDF) in the town of Dhiban, in eastern Deir ez-Zor province, killed six people on Monday and Tuesday, a war monitor and local sources said.

The Syrian Observatory for Human Rights said four tribal fighters and two SDF members were killed in the fighting, which broke out after the SDF arrested a tribal elder on Sunday. The SDF said it had imposed a 48-hour curfew on Dhiban and the nearby village of Hawayij and sent reinforcements to the area.

Separately, suspected Islamic State militants shot dead two SDF members at a checkpoint on the road south of Hasakah city late on Tuesday, the SDF said in a statement.

The SDF controls much of north-east Syria with the backing of the United States, which keeps troops there to fight Islamic State remnants. Tensions between the SDF and Arab tribes in Deir ez-Zor have flared repeatedly since August 2023, when days of fighting broke out after the SDF detained a local Arab commander.

The SDF and the government in Damascus signed an agreement in March to merge the Kurdish-led force into state institutions, but talks on putting it into practice have stalled.
""",
["SY", "US"], [("battle", "SY", "Dhiban", 6, False), ("battle", "SY", "Hasakah", 2, False), ("battle", "SY", "Deir ez-Zor", None, True)], ["strategic"],
[], ["Syrian Democratic Forces", "Syrian Observatory for Human Rights", "Islamic State"],
"Monday-Tuesday tribal/SDF fighting = battle at Dhiban, 6. Checkpoint shooting of two SDF members = battle (armed target) at Hasakah, 2. August 2023 fighting = background battle, place given only as the province (Deir ez-Zor), null. Arrest of the elder (Sunday), curfew and reinforcements = strategic. The March agreement is background diplomacy, not listed. US via 'the backing of the United States' (state actor).",
when=past("2025-08-06", "Monday", "Tuesday", "Sunday"), region="middle_east")

art("wire", "2025-10-23", "Toll from Russian missile strike on Dnipro bus station rises to nine; shelling kills woman in Belgorod region", """
The death toll from a Russian missile strike on the central bus station in Dnipro rose to nine on Thursday after rescuers found two more bodies under the rubble, regional officials said.

The strike on Tuesday evening hit the bus station at rush hour, destroying a waiting hall and setting several buses on fire. Officials had initially reported five dead. More than 40 people were wounded, among them six children, the regional military administration said on Telegram.

In Russia's Belgorod region, Ukrainian shelling killed a woman in the town of Shebekino on Wednesday, Governor Vyacheslav Gladkov said. He said a gas pipeline and two houses were damaged.

President Volodymyr Zelenskiy said the Dnipro strike showed the need for more air defence systems and called on Western allies to tighten sanctions on Russian oil exports. The European Union's foreign policy chief, Kaja Kallas, condemned the attack as "deliberate terror against civilians".

The Kremlin did not comment on the strike. Moscow says it targets only military and energy facilities and denies aiming at civilians.

Dnipro, a city of about one million people on the Dnipro river, is a major logistics hub for the Ukrainian army and has been hit repeatedly by missiles and drones since Russia's full-scale invasion in February 2022.
""",
["UA", "RU"], [("explosion", "UA", "Dnipro", 9, False), ("explosion", "RU", "Shebekino", 1, False)], ["diplomacy"],
["Vyacheslav Gladkov", "Volodymyr Zelenskiy", "Kaja Kallas"], ["European Union", "Kremlin"],
"FOLLOW-UP + TWO COUNTRIES. Tuesday missile strike = explosion at Dnipro (UA), latest toll 9 (initial 5 replaced). Wednesday shelling = explosion at Shebekino (RU), 1: the Ukrainian origin does not move it. Zelenskiy's call for sanctions + the EU condemnation = diplomacy. 'Hit repeatedly' and the 2022 invasion = history/general, not listed.",
when=past("2025-10-23", "Thursday", "Tuesday", "Wednesday"), region="ukraine_russia", followup=True)

art("wire", "2026-02-12", "Car bomb kills Russian defence official near Moscow; Russia says it has taken village in Zaporizhzhia region", """
A bomb planted under a car killed a senior official of Russia's defence ministry in the town of Odintsovo outside Moscow on Wednesday morning, Russia's Investigative Committee said.

Colonel Sergei Lavrik, who headed a department responsible for buying drones, died at the scene when the device exploded as he started the engine outside his apartment building, the committee said. A neighbour was slightly injured.

Investigators said they had detained a suspect, a 29-year-old man who they said had been recruited by Ukrainian intelligence. Foreign Ministry spokeswoman Maria Zakharova accused Kyiv of "state terrorism". Ukraine did not comment.

Several senior Russian officers have been killed in bombings in and around Moscow since the start of the war, among them Lieutenant General Igor Kirillov, who died in December 2024 when a bomb hidden in a scooter exploded outside his home in Moscow.

Also on Wednesday, Russia's defence ministry said its forces had captured the village of Mala Tokmachka in Ukraine's Zaporizhzhia region after heavy fighting. Ukraine's military said its troops were still holding positions on the edge of the village and that fighting was continuing.
""",
["RU", "UA"], [("explosion", "RU", "Odintsovo", 1, False), ("battle", "UA", "Mala Tokmachka", None, False), ("explosion", "RU", "Moscow", 1, True)], ["strategic", "diplomacy"],
["Sergei Lavrik", "Maria Zakharova", "Igor Kirillov"], ["Investigative Committee"],
"TWO COUNTRIES. Wednesday car bomb = explosion at Odintsovo (RU), 1 (the official; the neighbour only injured). Fighting for Mala Tokmachka = battle (UA), null (capture claimed 'after heavy fighting', contested). December 2024 Kirillov scooter bomb = background explosion in Moscow, 1 (the text names only him). 'Several senior officers ... since the start of the war' = aggregate. Suspect detained = strategic; Zakharova accusing Kyiv = diplomacy (NOTES: accusations by governments). Kyiv = metonym (UA).",
when=past("2026-02-12", "Wednesday"), region="ukraine_russia")

art("wire", "2025-11-05", "Kachin fighters attack junta outpost near Bhamo; air strike kills seven in Waingmaw village", """
Fighters of the Kachin Independence Army (KIA) attacked a junta outpost on a hill east of Bhamo on Monday, setting off fighting that lasted into Tuesday, the ethnic armed group and residents said.

A KIA spokesman, Colonel Naw Bu, said the group's fighters had killed at least 10 soldiers and seized weapons, but that the outpost remained in the military's hands. The junta did not comment. Residents of Bhamo said they heard artillery fire through the night, and several hundred families took shelter in monasteries in the town.

On Tuesday, a military jet bombed a village in Waingmaw township, near the Kachin State capital Myitkyina, killing seven civilians, including two children, and destroying a school building, according to a local rescue group.

The KIA has been fighting to take Bhamo, a river port on the Irrawaddy, since late 2024, and controls much of the trade route to the Chinese border. Beijing has pressed the group to halt its offensive and has at times restricted cross-border trade.

The generals in Naypyitaw, who seized power in a coup in February 2021, have relied increasingly on air power as they lose ground to ethnic armies and resistance forces. They plan to hold elections in stages from December, which their opponents have dismissed as a sham.
""",
["MM", "CN"], [("battle", "MM", "Bhamo", 10, False), ("explosion", "MM", "Waingmaw", 7, False)], [],
["Naw Bu"], ["Kachin Independence Army"],
"IMPLIED COUNTRY: Myanmar is never named (Kachin State, Bhamo, Myitkyina, Irrawaddy, Naypyitaw as metonym for the junta) -> MM. Monday-Tuesday assault on the outpost = battle at Bhamo, 10 (the attackers' claim is the only figure -> used, judgment). Tuesday air strike = explosion at Waingmaw (the village is unnamed; the township is the place), 7. CN via 'the Chinese border' and 'Beijing' (state actor); its pressure is background context, not news. The 2021 coup and planned elections = history/plans, not listed.",
when=past("2025-11-05", "Monday", "Tuesday"), region="myanmar", implied=True)

art("wire", "2025-10-08", "Myanmar junta air strike hits hospital in Chin State's Mindat, killing five; resistance fighters clash with troops near Matupi", """
A Myanmar military air strike hit a hospital run by resistance groups in Mindat, in the western Chin State, on Sunday, killing five people, including a nurse and two patients, a local resistance official and a Chin aid group said.

A jet dropped two bombs on the hospital compound at around 9 p.m., destroying the operating room and a ward, said Salai Van Lian, a spokesman for the local administration set up by resistance groups. At least 12 people were wounded.

On Monday and Tuesday, Chin resistance fighters clashed with junta troops advancing along the road from Matupi towards the Indian border, a spokesman for the Chinland Defence Force said. He said three fighters had been killed, and that the troops had burned houses in two villages.

The military has not commented on either incident. It has repeatedly denied targeting civilians, saying it strikes only "terrorist" positions.

Chin State, which borders India and Bangladesh, has been largely under the control of resistance groups since 2024. Thousands of refugees from the state have crossed into India's Mizoram state since the 2021 coup.

The United Nations human rights office said last month that air strikes had killed more civilians in Myanmar this year than in any year since the coup.
""",
["MM", "IN", "BD"], [("explosion", "MM", "Mindat", 5, False), ("battle", "MM", "Matupi", 3, False)], [],
["Salai Van Lian"], ["Chinland Defence Force", "United Nations"],
"Sunday air strike on the hospital = explosion at Mindat, 5. Monday-Tuesday fighting on the Matupi road = battle at Matupi, 3 (the house burning is part of the advance, not a separate entry; judgment). IN/BD via borders and Mizoram; refugee flows = general. UN figure = aggregate, not listed.",
when=past("2025-10-08", "Sunday", "Monday", "Tuesday"), region="myanmar")

art("wire", "2025-06-11", "Gunmen ambush National Guard convoy in Reynosa; news editor shot dead in Matamoros", """
Gunmen ambushed a convoy of Mexico's National Guard on a highway on the outskirts of Reynosa, on the border with Texas, on Monday, sparking a gunfight in which one guardsman and four attackers were killed, the Tamaulipas state security office said.

The attackers fired on the convoy from two pick-up trucks and set tyres alight to block the road, the office said. Troops recovered five rifles, a .50 calibre machine gun and ammunition after the shootout. Two guardsmen were wounded.

On Tuesday, unidentified gunmen shot dead Rodrigo Tamez, the editor of a local news website, as he left his home in Matamoros, about 90 km to the east, state prosecutors said. Tamez had reported on disappearances and cartel violence in the city. The Committee to Protect Journalists called on the authorities to find the killers.

Tamaulipas, which borders the United States, is fought over by factions of the Gulf Cartel and remnants of the Zetas. Reynosa and Matamoros are major crossing points for trade and for migrants heading north.

Mexico is one of the world's deadliest countries for journalists, with more than 150 killed since 2000, according to press freedom groups.
""",
["MX", "US"], [("battle", "MX", "Reynosa", 5, False), ("civilian_attack", "MX", "Matamoros", 1, False)], [],
["Rodrigo Tamez"], ["National Guard", "Committee to Protect Journalists", "Gulf Cartel", "Zetas"],
"Monday ambush of the National Guard convoy = battle at Reynosa, 1 guardsman + 4 attackers = 5. Tuesday killing of an editor = civilian_attack at Matamoros, 1. US via Texas and 'the United States' (places). '150 killed since 2000' = aggregate.",
when=past("2025-06-11", "Monday", "Tuesday"), region="latin_america")

art("wire", "2025-11-19", "Gangs kill six in Haiti's Lascahobas; police battle gunmen on road to Mirebalais", """
Gang members attacked Lascahobas, a town in Haiti's Centre department, on Sunday, killing six people and setting fire to dozens of homes, the mayor and a human rights group said.

The attackers, from the Viv Ansanm gang coalition, entered the town from the west at dawn and shot residents who tried to flee, mayor Wilner Joseph said. Hundreds of people fled towards Belladere, near the border with the Dominican Republic.

On Monday, police backed by a special unit fought gang members for several hours on the road between Lascahobas and Mirebalais, police said. Two officers were wounded. A police spokesman said "several bandits" had been killed but gave no number.

Violence in the Centre department, long one of the calmer parts of the country, has spread since gangs overran Mirebalais in March and freed more than 500 inmates from the town's prison.

Gangs control most of the capital Port-au-Prince and have expanded into the Artibonite and Centre departments. The United Nations says more than 1 million Haitians have been displaced. A new U.N.-authorised Gang Suppression Force is due to replace the Kenyan-led mission that has supported the police since 2024.
""",
["HT", "DO", "KE"], [("civilian_attack", "HT", "Lascahobas", 6, False), ("battle", "HT", "Mirebalais", None, False), ("battle", "HT", "Mirebalais", None, True)], [],
["Wilner Joseph"], ["Viv Ansanm", "United Nations", "Gang Suppression Force"],
"Sunday gang raid (shooting residents, burning homes) = civilian_attack at Lascahobas, 6. Monday police-gang fighting on the Lascahobas-Mirebalais road = battle, located at Mirebalais (the road's destination; judgment), null ('several'). March takeover of Mirebalais = background battle (gangs overran a town held by police), null; the 500 freed inmates are not deaths. KE via 'the Kenyan-led mission' (demonym); DO via the border. '1 million displaced' = aggregate.",
when=past("2025-11-19", "Sunday", "Monday"), region="latin_america")

art("wire", "2025-09-17", "Gunmen kill seven at billiards hall in Quevedo; grenade hurled at police checkpoint in Babahoyo", """
Gunmen killed seven people at a billiards hall in Quevedo, in the coastal province of Los Rios, late on Monday, police said, in the latest massacre blamed on gangs fighting over drug trafficking routes.

Four men arrived on motorcycles, walked into the hall and opened fire on the customers, a police commander, Colonel Javier Andrade, told reporters on Tuesday. Five people died at the scene and two more in hospital. Three others were wounded. Police said one of the victims had a criminal record and may have been the target.

On Tuesday night, a man on a motorcycle threw a grenade at a police checkpoint on a road leading into Babahoyo, the provincial capital. The grenade exploded on the asphalt, damaging a patrol car. No one was injured, police said.

Los Rios has become one of the most violent provinces as the Los Lobos and Los Choneros gangs fight for control of the routes used to move cocaine to the Pacific ports of Guayaquil and Manta. President Daniel Noboa has declared an "internal armed conflict" against the gangs and sent the military into the streets.

The government said on Wednesday it would send 400 more soldiers to Los Rios and extend a night curfew in Quevedo and three other cantons for 30 days.
""",
["EC"], [("civilian_attack", "EC", "Quevedo", 7, False), ("explosion", "EC", "Babahoyo", 0, False)], ["strategic"],
["Javier Andrade", "Daniel Noboa"], ["Los Lobos", "Los Choneros"],
"IMPLIED COUNTRY: Ecuador is never named (Quevedo, Los Rios, Babahoyo, Guayaquil, Manta, President Noboa) -> EC. Monday shooting at the billiards hall = civilian_attack at Quevedo, 5 + 2 = 7. Tuesday grenade at the checkpoint = explosion at Babahoyo, 0 ('No one was injured'). Troop deployment + curfew extension = strategic. The 'internal armed conflict' declaration = background policy.",
when=past("2025-09-17", "Monday", "Tuesday", "Wednesday"), region="latin_america", implied=True)

art("wire", "2025-10-01", "Gunmen kill three police officers in attack on station in Colombia's Taraza; bridge bomb kills soldier nearby", """
Gunmen attacked a police station in Taraza, in Colombia's north-western Antioquia province, on Monday night, killing three officers, the national police said.

The attackers, whom police blamed on the Clan del Golfo, the country's largest drug trafficking group, fired rifles and threw explosives at the station for about 40 minutes before reinforcements arrived from Caucasia. Two officers were wounded.

On Tuesday, an explosive device hidden under a bridge near Caceres blew up as an army truck crossed it, killing one soldier and wounding four, the army said.

Defence Minister Pedro Sanchez said the attacks were a response to a recent offensive against the Clan del Golfo's leadership and announced a reward of 500 million pesos for information on those responsible. Police arrested two suspects in Caucasia on Wednesday.

The Bajo Cauca region of Antioquia, rich in gold and coca, has seen a surge in violence as the Clan del Golfo, which calls itself the Gaitanist Army of Colombia, fights dissidents of the former FARC guerrillas and the ELN for control of illegal mining and drug routes. President Gustavo Petro's "total peace" policy, which sought talks with all armed groups, has struggled to curb the violence.
""",
["CO"], [("battle", "CO", "Taraza", 3, False), ("explosion", "CO", "Caceres", 1, False)], ["strategic"],
["Pedro Sanchez", "Gustavo Petro"], ["Clan del Golfo", "Gaitanist Army of Colombia", "FARC", "ELN"],
"Monday assault on the police station (rifles first, then explosives) = battle at Taraza, 3. Tuesday bridge bomb under an army truck = explosion at Caceres, 1. Arrest of two suspects = strategic (the reward is part of it). TRAP: 'Pedro Sanchez' is Colombia's defence minister, not Spain's prime minister -> no ES. 'Gaitanist Army of Colombia' is an org name. LOOKALIKE: Caucasia is a town in Antioquia (not the Caucasus). 'Surge in violence' = general.",
when=past("2025-10-01", "Monday", "Tuesday", "Wednesday"), region="latin_america")

art("wire", "2025-08-20", "Protest over death in police custody turns violent in Rockford; march on city hall stays peaceful", """
A protest over the death of a man in police custody in Rockford, Illinois, turned violent on Monday night as demonstrators smashed windows at the police headquarters, set a squad car on fire and looted two stores downtown, police said.

Several hundred people had gathered outside the police building in the early evening, chanting the name of Marcus Tillery, 34, who died on Saturday, hours after officers restrained him during an arrest outside a gas station. The rally was peaceful for about two hours before a group began throwing bottles and fireworks at officers, Police Chief Carla Reddick said. Officers used pepper spray and made 19 arrests. Eight officers suffered minor injuries. No deaths were reported.

On Tuesday, about 2,000 people joined a march from a church to city hall organised by Tillery's family and local pastors, which passed without incident. His mother asked people to "honour his name without burning our own city".

Governor JB Pritzker said state police would be sent to help keep order, and the Winnebago County state's attorney said an independent investigation had been opened. Body camera footage of the arrest has not been released.

Rockford, a city of about 150,000 people some 90 miles northwest of Chicago, saw similar unrest in 2020.
""",
["US"], [("riot", "US", "Rockford", 0, False), ("protest", "US", "Rockford", None, False)], ["strategic"],
["Marcus Tillery", "Carla Reddick", "JB Pritzker"], [],
"IMPLIED COUNTRY: the United States is never named (Rockford, Illinois, Chicago, Winnebago County) -> US. PROTEST TURNED RIOT: Monday's rally that turned to arson and looting = one riot at Rockford, 0 ('No deaths were reported'). Tuesday's march 'passed without incident' = protest, null. The death in custody itself is not one of the five types (no attack described). 19 arrests + state police sent = strategic. 'Similar unrest in 2020' = unspecific.",
when=past("2025-08-20", "Monday", "Saturday", "Tuesday"), region="europe_north_america", implied=True, riot_turn=True)

art("wire", "2026-03-04", "Blast damages apartment block in Norrkoping; man shot dead outside Malmo gym", """
An explosion damaged the entrance of an apartment building in the Hageby district of Norrkoping early on Tuesday, forcing dozens of residents out of their homes, police said. No one was injured.

Police said the blast, which also shattered windows in neighbouring buildings, had been caused by a "powerful device" placed at the door, and that they were investigating whether it was linked to a conflict between criminal networks in the city. A 17-year-old was detained near the scene.

Hours later, a man in his 20s was shot dead outside a gym in the Rosengard area of Malmo. Police said the man was known to them and that the shooting was probably linked to rivalry between gangs. No one has been arrested.

Police have recorded dozens of bombings and shootings this year, many of them carried out by teenagers recruited through social media by gangs whose leaders are based abroad, including in Turkey and the United Arab Emirates. The government in Stockholm has tightened sentences for young offenders and given police new powers of secret surveillance.

Justice Minister Gunnar Strommer said on Wednesday that the "spiral of violence" had to be broken, and that a law allowing police to search people without suspicion in designated zones would take effect in April.
""",
["SE", "TR", "AE"], [("explosion", "SE", "Hageby", 0, False), ("civilian_attack", "SE", "Rosengard", 1, False)], ["strategic"],
["Gunnar Strommer"], [],
"IMPLIED COUNTRY: Sweden is never named (Norrkoping, Malmo, 'the government in Stockholm') -> SE. Tuesday door bomb = explosion at Hageby, 0 ('No one was injured'). Shooting of an unarmed man = civilian_attack at Rosengard, 1 (gang-linked victim still a shooting of an unarmed person, NOTES type rule; judgment). Detention of a 17-year-old = strategic. 'Dozens of bombings and shootings' = aggregate. TR/AE via gang leaders 'based abroad, including in Turkey and the United Arab Emirates' (places). Diacritics deliberately dropped (Norrkoping, Malmo, Rosengard, Strommer), as some feeds do.",
when=past("2026-03-04", "Tuesday", "Wednesday"), region="europe_north_america", implied=True)

art("wire", "2025-12-17", "Gunmen kill five bus passengers after checking identity cards on Balochistan highway; three attackers killed", """
Gunmen who blocked a highway in Pakistan's south-western Balochistan province on Monday night pulled five passengers off buses, checked their identity cards and shot them dead, officials said.

The attack took place near Khad Kocha in Mastung district, on the road linking the provincial capital Quetta with Karachi, deputy commissioner Abdul Razzaq Sasoli said. All five victims were labourers from Punjab province who were travelling home, he said.

Paramilitary Frontier Corps troops who reached the area exchanged fire with the attackers, killing three of them, the military's media wing said on Tuesday. It said one soldier was wounded.

The separatist Balochistan Liberation Army (BLA) claimed the attack, saying it had targeted "agents of the state".

Baloch separatists have repeatedly singled out workers and travellers from Punjab, Pakistan's most populous province, accusing it of exploiting Balochistan's resources. In March, BLA fighters hijacked the Jaffar Express train in the Bolan Pass, and at least 26 hostages were killed before troops ended the siege, according to the military.

Pakistan accuses India of backing the separatists, a charge New Delhi denies. Balochistan is home to projects of the China-Pakistan Economic Corridor, and Chinese nationals working in the province have also been attacked.
""",
["PK", "IN", "CN"], [("civilian_attack", "PK", "Khad Kocha", 5, False), ("battle", "PK", "Khad Kocha", 3, False), ("civilian_attack", "PK", "Bolan Pass", 26, True)], [],
["Abdul Razzaq Sasoli"], ["Frontier Corps", "Balochistan Liberation Army", "China-Pakistan Economic Corridor"],
"Monday roadside execution of five passengers = civilian_attack at Khad Kocha, 5. The Frontier Corps' fire-fight with the attackers = separate battle at the same place, 3. March Jaffar Express hijacking = background civilian_attack (hostage-taking of passengers) at Bolan Pass, 26 ('at least'). IN via 'India'/'New Delhi' (state actor, standing accusation, not news -> no diplomacy); CN via 'Chinese nationals' (the corridor name alone would not count). 'Attacks on Chinese nationals' = unspecific.",
when=past("2025-12-17", "Monday", "Tuesday"), region="south_asia")

art("wire", "2026-02-04", "Two killed as rival BNP factions clash in Narsingdi; crude bombs hurled at election rally in Munshiganj", """
Two people were killed and at least 30 injured on Monday when supporters of two rival local leaders of the Bangladesh Nationalist Party (BNP) clashed with sticks, machetes and firearms in Raipura upazila of Narsingdi district, police said.

The clash broke out over control of a local bazaar ahead of the February 12 parliamentary election, Raipura police station chief Adil Mahmud said. Several houses and shops were set on fire. Police and army personnel deployed to the area detained 11 people.

In Munshiganj, unidentified men threw at least four crude bombs at an election rally of a Jamaat-e-Islami candidate in Sirajdikhan upazila on Tuesday evening. The bombs exploded at the edge of the crowd, injuring six people, police said.

The Election Commission said it had asked the army to step up patrols in both districts. Bangladesh's interim government, led by Nobel laureate Muhammad Yunus, has promised a free and peaceful vote, the first since the 2024 uprising that toppled Prime Minister Sheikh Hasina, whose Awami League party has been barred from taking part.

Human rights groups say dozens of people have been killed in political violence since the start of the campaign.
""",
["BD"], [("riot", "BD", "Raipura", 2, False), ("explosion", "BD", "Sirajdikhan", None, False)], ["strategic"],
["Adil Mahmud", "Muhammad Yunus", "Sheikh Hasina"], ["Bangladesh Nationalist Party", "Jamaat-e-Islami", "Election Commission", "Awami League"],
"Monday clash between party supporters = riot (mob violence between partisans, not organised armed groups; judgment even though firearms were used) at Raipura, 2. Tuesday crude bombs at the rally = explosion at Sirajdikhan, null (injuries only); the campaign rally itself is not a protest incident. Detentions + army patrols = strategic. 2024 uprising = history; 'dozens killed since the start of the campaign' = aggregate.",
when=past("2026-02-04", "Monday", "Tuesday"), region="south_asia")


# =====================================================================================
# bf9-41..60  QUIET articles: title, 120-300 words, no current incident (realistic traps).
# =====================================================================================

art("quiet", "2025-07-22", "Norway marks 14 years since Oslo bombing and Utoya massacre", """
Survivors, relatives and members of the government gathered in Oslo and on the island of Utoya on Tuesday to mark 14 years since the attacks in which a far-right extremist killed 77 people.

On July 22, 2011, Anders Behring Breivik set off a car bomb outside the government headquarters in Oslo, killing eight people, before taking a ferry to Utoya, where he shot dead 69 people, most of them teenagers, at the summer camp of the Labour Party's youth wing, AUF.

Prime Minister Jonas Gahr Store laid a wreath in the government quarter, where new ministry buildings are rising on the site of the bombed tower block. "We carry the names of the 77 with us, and we carry the task they left us: to answer hatred with more democracy," he said.

On the island, where the names of the dead are engraved on a steel ring in a clearing among the pines, survivors read the names aloud in the late afternoon, at the hour the first shots were fired in 2011. Several hundred young people are expected at this year's AUF summer camp on Utoya next week.

Breivik is serving Norway's maximum sentence of 21 years in a form of custody that can be extended indefinitely, and has repeatedly and unsuccessfully sought parole. Survivors' groups have warned that the ideas of his manifesto circulate more and more widely online, and the police security service said in its annual threat assessment that right-wing extremism remained one of the main terrorist threats to the country.
""",
["NO"], [("explosion", "NO", "Oslo", 8, True), ("civilian_attack", "NO", "Utoya", 69, True)], [],
["Anders Behring Breivik", "Jonas Gahr Store"], ["Labour Party", "AUF"],
"MEMORIAL: no current incident. The July 2011 attacks retold = two background incidents: the car bomb in Oslo = explosion, 8; the shooting on Utoya = civilian_attack, 69 (the joint 77 is their sum, not a third entry). 'First shots were fired' = the 2011 event. Threat assessment = general. Diacritics dropped (Utoya, Store).",
when=past("2025-07-22", "Tuesday"), topic="memorial")

art("quiet", "2025-11-12", "Survivor recalls Negombo church blast as Easter Sunday bombings trial resumes in Colombo", """
A man who lost his wife and two daughters in the 2019 bombing of St Sebastian's Church in Negombo told the Colombo High Court on Wednesday that he still hears the blast "every time a door slams".

Testifying at the trial of 25 men accused of helping to plan the Easter Sunday attacks, Anton Fernando, 52, said he had been standing at the back of the church during mass when a young man carrying a heavy rucksack walked past him towards the altar. The attack on St Sebastian's, one of three churches and three hotels hit by suicide bombers on April 21, 2019, killed more than 100 worshippers. Across the island, the bombings killed 269 people, including dozens of foreigners.

The defendants, who deny the charges, are accused of supplying money, safe houses and training to members of National Thowheeth Jama'ath, a little-known local Islamist group that carried out the attacks after pledging allegiance to Islamic State.

The trial, which began in 2021, has been slowed by the sheer number of witnesses and by disputes over evidence. Cardinal Malcolm Ranjith, the Archbishop of Colombo, has accused successive governments of covering up intelligence failures before the bombings, and the government of President Anura Kumara Dissanayake has promised to reopen the investigation into who knew what.

About 20 relatives of the victims followed the hearing from the public gallery. The case was adjourned until January.
""",
["LK"], [("explosion", "LK", "St Sebastian's Church", 100, True)], ["strategic"],
["Anton Fernando", "Malcolm Ranjith", "Anura Kumara Dissanayake"], ["Colombo High Court", "National Thowheeth Jama'ath", "Islamic State"],
"TRIAL: court hearing = strategic (as b025). Background: the bombing of St Sebastian's Church in Negombo = explosion, 'more than 100' -> 100. The island-wide 269 covers six attacks in unnamed places -> aggregate, not copied onto one and not listed (NOTES: a number covering several incidents/places). 'Easter Sunday' is the name of the attacks, not a weekday reference. LK via Colombo/Negombo; 'Sri Lanka' never named.",
when=past("2025-11-12", "Wednesday"), topic="trial")

art("quiet", "2025-12-02", "Landmine casualties highest in years as Myanmar tops list again, monitor says", """
Landmines and explosive remnants of war killed or injured at least 6,200 people in 2024, the highest number recorded since 2020, with Myanmar reporting the most casualties for a second year in a row, the Landmine Monitor said in its annual report on Tuesday.

Syria, Afghanistan and Ukraine followed Myanmar on the list, the report said. Civilians made up 84% of the recorded casualties, and children nearly half of the civilian victims whose age was known.

Much of the increase came from improvised mines laid by armed groups and from shells and bombs left behind where fighting has ended, the report's authors said. In parts of Syria, families returning to their villages after years of displacement are picking their way through fields littered with munitions.

"Every one of these numbers is a farmer, a child on the way to school, a shepherd," said Marta Holm, one of the report's lead researchers. "The casualties will keep coming for decades after the last shot is fired."

International funding for mine clearance fell by about 5% to $750 million, with the United States, the European Union and Germany the largest donors. The report criticised the use of anti-personnel mines by Russian forces and by Myanmar's military, neither of which is bound by the 1997 treaty banning the weapons.

Cambodia, one of the world's most heavily mined countries, said it still hoped to clear its remaining minefields by 2030.
""",
["MM", "SY", "AF", "UA", "US", "DE", "RU", "KH"], [], [],
["Marta Holm"], ["Landmine Monitor", "European Union"],
"STATISTICS: annual casualty figures = aggregates, no incident. The use of mines by Russian forces and Myanmar's military = general, no specific event. RU via 'Russian forces' (state actor); EU is not a country. 'After the last shot is fired' = figure of speech.",
when=past("2025-12-02", "Tuesday"), topic="statistics")

art("quiet", "2026-02-18", "Ukrainian frontline drama 'Low Sky' wins over Berlinale audiences", """
A Ukrainian drama about a drone operator and a field medic stranded in a village near the front line drew a long standing ovation at its Berlinale premiere on Tuesday, putting it among the favourites for the festival's top prize.

"Low Sky", the second feature by Kyiv-born director Oksana Marchuk, was shot in the Kharkiv region last year, often under air-raid alerts, with a cast that includes two serving soldiers. Its most explosive scenes are also its quietest: a shelling the audience hears but never sees, and a long night in a cellar in which the two heroes argue over whether to leave.

"I did not want to make a war film full of battles," Marchuk told reporters in Berlin on Wednesday. "I wanted to make a film about waiting, because that is what most of this war is."

The film, a co-production with German and Polish studios, has been sold to distributors in France, Japan and the United States.

Ukrainian cinema has drawn growing attention since Russia's full-scale invasion in 2022, with documentaries from besieged cities winning prizes across Europe. Marchuk said her crew had to stop filming for three weeks after their lead actor was called up to the army, and that he came back to the set on leave to shoot his final scenes.

The festival's prizes will be announced on Saturday.
""",
["UA", "DE", "PL", "FR", "JP", "US", "RU"], [], [],
["Oksana Marchuk"], ["Berlinale"],
"FICTION (film): shelling, battles and a cellar night are the film's content; the 2022 invasion is war history -> no incident. DE via Berlin (festival venue) and 'German'; PL via 'Polish studios'; FR/JP/US as distribution markets (places). Saturday is the coming awards day.",
when=dict(past("2026-02-18", "Tuesday", "Wednesday"), **nxt("2026-02-18", "Saturday")), topic="fiction")

art("quiet", "2025-06-14", "Review: 'Small Hours in Makeni' walks a Sierra Leonean family back through the war", """
Sia Kamara's second novel opens in 2019, in a Makeni guesthouse where a retired schoolteacher is waiting for a son she has not seen since rebels marched him out of their village at gunpoint two decades earlier. From there the book moves back and forth across the years, and the war arrives the way it did for most families: as rumour, as the sound of firing from the next valley, as a road that is suddenly closed.

Kamara, who grew up in Freetown and now lives in London, resists the temptation to stage big set pieces. The massacre at the heart of the book is never described directly; we see only the morning after, through the eyes of a girl counting the missing outside the church. It is an act of restraint that makes the violence more, not less, present.

The son's chapters are the weakest. His years as a child fighter, his escape across the border into Guinea and his slow return are told in a flat, reportorial voice that keeps him at a distance. But the mother, Mammy Adama, is one of the great characters of recent African fiction: funny, stubborn, unforgiving and terrified.

The title refers to the hours before dawn when, the teacher says, "the dead come to sit on the end of the bed and complain about the price of rice". There are many such lines. Kamara has written a book about a war that ended more than 20 years ago and has still not finished with the people who lived through it.

"Small Hours in Makeni" is published by Harbour Lane Books.
""",
["SL", "GB", "GN"], [], [],
["Sia Kamara", "Mammy Adama"], ["Harbour Lane Books"],
"FICTION (book): the abduction at gunpoint, the massacre and the son's years as a child fighter are the novel's invented plot -> no incident, not even background. SL via Makeni/Freetown and the title's demonym; GB via London (author's home); GN via the character's escape route (a place). 'African' is a continent adjective.",
topic="fiction")

art("quiet", "2025-09-25", "Recife studio's outlaw western 'Sertao de Fogo' tops Steam wishlists", """
A small studio from Recife has become the unlikely talk of the games industry after its tactical western "Sertao de Fogo", set among the cangaceiro bandits of Brazil's north-east in the 1930s, climbed to the top of Steam's most-wishlisted list ahead of its release next month.

The game, made by a team of 14 at Mandacaru Games, lets players lead a band of outlaws through the dry backlands, raiding ranches, ambushing police patrols and fighting off bounty hunters in turn-based shootouts. A trailer released last week, showing a night raid on a cattle baron's estate, has been viewed more than 3 million times.

Creative director Lucas Arcoverde said the team had read court records and local newspapers from the period and consulted historians in Pernambuco and Sergipe. "We wanted people to feel how brutal and how loved the cangaceiros were at the same time," he said.

The game ends with a level inspired by the police ambush at Angico in 1938, in which the bandit leader Lampiao, his partner Maria Bonita and nine of their companions were killed. Arcoverde said players would not be able to change the outcome. "It is history. You can only choose how you face it."

The country's games industry has grown quickly in recent years, helped by cheap development tools and a large home market, and several studios from the north-east have found audiences in the United States, Portugal and Japan.
""",
["BR", "US", "PT", "JP"], [("battle", "BR", "Angico", 11, True)], [],
["Lucas Arcoverde", "Lampiao", "Maria Bonita"], ["Mandacaru Games", "Steam"],
"FICTION (game): raids, ambushes and shootouts are gameplay -> no incident. The real 1938 police ambush at Angico that the last level retells = background battle (police vs an armed band), Lampiao + Maria Bonita + nine = 11. BR via Recife/Pernambuco/Sergipe/'Brazil's north-east'. US/PT/JP as markets (places).",
topic="fiction")

art("quiet", "2025-10-02", "Kazakh and Uzbek special forces storm mock hideout in joint drill near Shymkent", """
Special forces from Kazakhstan and Uzbekistan stormed a mock militant hideout and freed "hostages" from a hijacked bus on Wednesday, the climax of a week-long joint counter-terrorism exercise at a training range outside Shymkent, Kazakhstan's defence ministry said.

About 600 troops, backed by helicopters, armoured vehicles and drones, took part in the drill, which simulated an incursion by an armed group into the south of the country from a neighbouring state. Soldiers playing the militants fired blank rounds from the windows of a mock village as assault teams moved in under smoke screens, and sappers set off controlled explosions to breach the walls.

"Our units acted quickly and as one," said Major General Nurlan Seitkali, who led the Kazakh contingent. He said a second phase of the exercise would be held in Uzbekistan's Surkhandarya region next year.

Observers from Kyrgyzstan and Tajikistan watched the final day. Central Asian governments have stepped up security cooperation since the Taliban took power in Afghanistan in 2021, fearing that fighters of the Islamic State's regional branch could cross their borders.

The drill was the largest held jointly by the two neighbours, whose relations have warmed since Uzbek President Shavkat Mirziyoyev came to power in 2016 and began opening the country's borders.
""",
["KZ", "UZ", "KG", "TJ", "AF"], [], [],
["Nurlan Seitkali", "Shavkat Mirziyoyev"], ["Taliban", "Islamic State"],
"EXERCISE: storming, hostages, blank rounds and controlled explosions are simulated -> no incident; an exercise is not a deployment -> no strategic (judgment). The Taliban takeover in 2021 = history. AF via 'Afghanistan' (place); KG/TJ via observers' states.",
when=past("2025-10-02", "Wednesday"), topic="exercise")

art("quiet", "2025-02-13", "Gas cylinder blast at wedding feast kills six in Rajasthan's Sikar district", """
Six people, including two cooks and a four-year-old girl, were killed and 23 injured when a gas cylinder exploded in the kitchen of a wedding venue in Rajasthan's Sikar district on Wednesday night, police said.

The blast, which happened while food was being prepared for about 400 guests, brought down part of the kitchen roof and set fire to a tent next to it, district police chief Praveen Nayak said. Guests and neighbours pulled people out of the debris before fire engines arrived.

Police said initial findings pointed to a leak from a commercial cylinder that had been connected to a stove with a worn-out pipe. The owner of the venue and the caterer were arrested on charges of causing death by negligence. "There is no indication of foul play," Nayak said.

Chief Minister Bhajan Lal Sharma announced compensation of 500,000 rupees for the family of each of the dead, and Prime Minister Narendra Modi posted his condolences on social media.

Cylinder explosions kill hundreds of people in India every year, many of them at weddings and roadside eateries, where large commercial cylinders are often used without safety checks. The wedding, which was due to take place on Thursday, has been postponed.
""",
["IN"], [], ["strategic"],
["Praveen Nayak", "Bhajan Lal Sharma", "Narendra Modi"], [],
"ACCIDENT: a cylinder explosion (leak, 'no indication of foul play') is not an explosion incident; 6 dead are accident deaths. Arrest of the owner and caterer = strategic (NOTES: arrests/charges; judgment, as they concern an accident). 'Hundreds every year' = aggregate.",
when=past("2025-02-13", "Wednesday", "Thursday"), topic="accident")

art("quiet", "2025-07-10", "Glacial lake flood sweeps away bridge and power plant camp in Nepal's Sankhuwasabha", """
A glacial lake burst its banks high in the mountains of north-eastern Nepal early on Wednesday, sending a wall of water and boulders down the Arun valley that swept away a bridge, damaged a hydropower plant under construction and killed at least four workers, officials said.

Eleven people were missing, most of them labourers from the plant's camp, said Sankhuwasabha's chief district officer, Ramesh Adhikari. Army and police rescuers were searching the riverbanks with the help of a helicopter, but the torrent had buried long stretches of the road. "It hit the camp like a bomb," a surviving worker told local television.

The flood came from a lake at the foot of a glacier near the border with China's Tibet region, officials said. It also cut the road to the Kimathanka border crossing, a trade route for Chinese goods.

Scientists have warned for years that Himalayan glaciers are melting fast, swelling hundreds of lakes that could burst without warning. "These are not once-in-a-century events any more," said a researcher at the Kathmandu-based International Centre for Integrated Mountain Development.

The government said it would pay 200,000 rupees to the family of each of the dead.
""",
["NP", "CN"], [], [],
["Ramesh Adhikari"], ["International Centre for Integrated Mountain Development"],
"DISASTER: flood deaths (4) are not an incident; 'like a bomb' is a simile. CN via 'China's Tibet region' and 'Chinese goods' (border, trade). Rescue deployment of army and police = disaster response, not strategic (judgment).",
when=past("2025-07-10", "Wednesday"), topic="disaster")

art("quiet", "2025-12-12", "Pakistan's late attack sinks India in junior hockey thriller in Muscat", """
Pakistan scored twice in the last four minutes to beat India 3-2 in a thrilling semi-final of the Junior Asia Cup in Muscat on Thursday, setting up a final against Malaysia on Saturday.

India had looked in control after captain Arjun Rawat fired home a penalty corner early in the third quarter to make it 2-1. But Pakistan threw everything into attack in the closing stages, and forward Hamza Iqbal levelled with a reverse-stick shot from the top of the circle with four minutes left before Shahzaib Anwar deflected in the winner with 90 seconds to go.

"We kept shooting and we kept believing," Pakistan coach Naveed Akhtar said. "The boys never stopped attacking."

India's coach Vikram Sodhi was blunt. "We fired first and then we stopped playing. That hurts."

The players of the two teams shook hands before and after the match, a gesture that had been in doubt after tensions between the neighbours spilled into sport this year.

Malaysia beat Japan 4-1 in the other semi-final. The winner of the final will qualify for next year's Junior World Cup.
""",
["PK", "IN", "OM", "MY", "JP"], [], [],
["Arjun Rawat", "Hamza Iqbal", "Shahzaib Anwar", "Naveed Akhtar", "Vikram Sodhi"], [],
"SPORT: 'attack', 'fired', 'shot', 'shooting', 'deflected' are hockey vocabulary; India-Pakistan 'tensions' = general. National teams count as country references (corpus convention); OM via Muscat (venue). Saturday is the coming final.",
when=dict(past("2025-12-12", "Thursday"), **nxt("2025-12-12", "Saturday")), topic="sport")

art("quiet", "2025-05-29", "Chilean salmon farmer launches hostile takeover bid for Norwegian rival", """
Chile's biggest salmon producer, AquaSur, launched a hostile takeover bid for its Norwegian rival Fjordlaks on Thursday, going directly to shareholders after the Fjordlaks board rejected three friendly approaches.

AquaSur offered 118 Norwegian crowns per share in cash, a 31% premium to Wednesday's closing price, valuing Fjordlaks at about 9.4 billion crowns. Fjordlaks shares shot up 27% in Oslo, while AquaSur's fell 4% in Santiago.

Fjordlaks, which farms salmon along the coast of northern Norway and in the Faroe Islands, called the offer "opportunistic" and said it would fight it. Analysts said the board could try to fend off the raid with a poison pill or by seeking a friendlier buyer, possibly among the Japanese trading houses that have been building up stakes in fish farming.

"This is an ambush," said one of Fjordlaks's largest shareholders, who asked not to be named. "They are attacking at the bottom of the price cycle, when the company is at its weakest."

AquaSur chief executive Tomas Errazuriz said the deal would create the world's third-largest salmon farmer and that the company had a war chest of $1.5 billion in committed bank loans. Norwegian producers have been squeezed by a tax on resource rent, while Chilean farms have struggled with algal blooms that killed millions of fish last year.
""",
["CL", "NO", "FO", "JP"], [], [],
["Tomas Errazuriz"], ["AquaSur", "Fjordlaks"],
"BUSINESS: 'hostile takeover', 'raid', 'poison pill', 'ambush', 'attacking', 'war chest', 'shot up' are market vocabulary; dead fish are not an incident. FO via the Faroe Islands (own ISO code); JP via 'Japanese trading houses'; Oslo/Santiago as stock-market places.",
when=past("2025-05-29", "Thursday", "Wednesday"), topic="business")

art("quiet", "2026-03-10", "Ten-minute delivery price war squeezes India's corner shops", """
A price war among India's quick-commerce apps, which promise to deliver groceries within ten minutes, is driving thousands of neighbourhood stores out of business, a traders' federation said on Tuesday, urging the government to investigate what it called predatory pricing.

The Federation of Indian Retail Traders said about 200,000 small "kirana" shops had closed in the past year, most of them in big cities where the apps have opened hundreds of small warehouses known as dark stores.

"It is a bloodbath," said the federation's president, Ravi Khandelwal. "They are burning investors' money to kill us off, and when we are gone they will raise the prices."

The three biggest apps, SwiftCart, Dash10 and Minutely, backed by Japanese and U.S. investors, have been slashing delivery fees and offering steep discounts on staples such as rice, oil and milk. Shares in the only listed one, SwiftCart, plunged 12% last month after it reported a wider loss, as analysts warned that the fight for market share could last for years.

The companies deny selling below cost. "Customers are the winners of this battle," SwiftCart founder Aditi Menon said in a statement, adding that the apps had created hundreds of thousands of jobs for delivery riders.

The Competition Commission of India said it was examining several complaints.
""",
["IN", "JP", "US"], [], [],
["Ravi Khandelwal", "Aditi Menon"], ["Federation of Indian Retail Traders", "SwiftCart", "Dash10", "Minutely", "Competition Commission of India"],
"BUSINESS: 'price war', 'bloodbath', 'kill us off', 'plunged', 'battle' are market vocabulary -> no incident. JP/US via investors' nationality ('Japanese and U.S. investors'). The competition authority examining complaints is not an event (no charge) -> no strategic.",
when=past("2026-03-10", "Tuesday"), topic="business")

art("quiet", "2025-09-05", "Bombshell recording jolts Georgia Senate race as battleground state braces for ad blitz", """
A secretly recorded conversation in which a Republican Senate hopeful appears to mock rural voters has upended the party's primary in Georgia, setting off a war of words in one of the most closely watched races of next year's U.S. midterm elections.

The 40-second clip, posted online on Wednesday by a Democratic-aligned group, appears to capture state Senator Wade Pruitt telling donors in Atlanta that farmers in south Georgia "will vote for whoever we tell them to". Pruitt called the recording a "doctored hit job" and said he would not be bullied out of the race.

His rivals pounced. Former football coach Dale Hendricks called the remarks "a bombshell that disqualifies him", while a third candidate's campaign fired off a fundraising email within the hour.

Georgia, a battleground state that President Donald Trump won in 2024 after losing it in 2020, is expected to draw more than $300 million in campaign spending, much of it on attack ads. Democratic Senator Jon Ossoff, who is seeking a second term, has already built a war chest of more than $25 million.

"Every campaign in this state is loaded for bear," said an Atlanta-based political consultant. "This is going to be a long, ugly, expensive fight."
""",
["US"], [], [],
["Wade Pruitt", "Dale Hendricks", "Donald Trump", "Jon Ossoff"], [],
"POLITICS: 'bombshell', 'battleground state', 'war of words', 'hit job', 'fired off', 'attack ads', 'war chest', 'fight' -> no incident. TRAP: Georgia and Atlanta are the US state and city -> no GE.",
when=past("2025-09-05", "Wednesday"), topic="politics")

art("quiet", "2025-11-20", "Thai police seize 12 million meth pills in Chiang Rai, arresting four without a shot fired", """
Thai police seized 12 million methamphetamine pills hidden in sacks of animal feed on a farm in Chiang Rai province, near the border with Myanmar, and arrested four suspects without a shot being fired, the Narcotics Suppression Bureau said on Thursday.

Officers who had watched the farm for two weeks raided it before dawn on Wednesday as the drugs were being loaded onto a pickup truck bound for Bangkok, bureau commander Police Major General Kittisak Wongsuwan said. The four suspects, all Thai nationals, were unarmed and gave themselves up as soon as the officers arrived.

The pills were produced in laboratories in Myanmar's Shan State and carried across the Mekong through Laos, Kittisak said. "The gangs are waging a price war with each other, and our young people are the casualties," he said.

The United Nations Office on Drugs and Crime says record amounts of methamphetamine are being seized across East and South-East Asia, and that the price of a pill on the streets of Bangkok has fallen to less than a dollar.

Thailand has stepped up patrols along its northern border with the help of the army, and has cut power and internet links to several towns across the border that are used by criminal groups.
""",
["TH", "MM", "LA"], [], ["strategic"],
["Kittisak Wongsuwan"], ["Narcotics Suppression Bureau", "United Nations Office on Drugs and Crime"],
"POLICE SEIZURE: raid, seizure and four arrests 'without a shot being fired' = strategic, no incident. 'Casualties', 'waging a price war' = figures of speech. MM via Shan State/border (places), LA via 'through Laos'. Stepped-up patrols = ongoing, general.",
when=past("2025-11-20", "Thursday", "Wednesday"), topic="police")

art("quiet", "2025-04-16", "Indonesian counter-terror police arrest eight over alleged plot to bomb police headquarters in Solo", """
Indonesia's Densus 88 counter-terrorism squad has arrested eight people in Central Java suspected of planning to bomb the police headquarters in Solo, police said on Wednesday, seizing three pipe bombs and materials for making more.

The suspects, members of a cell linked to Jamaah Ansharut Daulah, a network that has pledged allegiance to Islamic State, were arrested in raids in Solo, Sukoharjo and Klaten on Monday and Tuesday, police spokesman Brigadier General Hendra Saputra said. None of them resisted arrest and no shots were fired, he said.

The cell had surveyed the headquarters for weeks and planned to attack it during the coming long holiday weekend, when many officers are on leave, Saputra said. Two of the suspects had tried to travel to Syria to join Islamic State in 2016 but were deported from Turkey.

Indonesia, the world's most populous Muslim-majority country, has suffered a string of militant attacks since the 2002 Bali bombings, which killed 202 people. The last deadly one was a suicide bombing at a police station in Bandung in December 2022, which killed an officer and the bomber.

Police say Densus 88 arrested more than 140 terrorism suspects last year.
""",
["ID", "SY", "TR"], [("explosion", "ID", "Bali", 202, True), ("explosion", "ID", "Bandung", 2, True)], ["strategic"],
["Hendra Saputra"], ["Densus 88", "Jamaah Ansharut Daulah", "Islamic State"],
"FOILED PLOT: arrests and seizure of pipe bombs = strategic; 'planned to attack' never happened and 'no shots were fired'. Background: the 2002 Bali bombings = explosion, 202; the December 2022 Bandung police-station suicide bombing = explosion, officer + bomber = 2. 'String of militant attacks' and '140 suspects' = aggregates. SY (intended destination) and TR (deported from) are places.",
when=past("2025-04-16", "Wednesday", "Monday", "Tuesday"), topic="plot")

art("quiet", "2025-10-16", "Bundestag clashes over return of compulsory military service as Russia threat looms", """
German lawmakers clashed on Thursday over a government bill that could bring back compulsory military service, as the defence minister warned that the armed forces must be able to deter a Russian attack on NATO territory by the end of the decade.

The bill, debated in its first reading, would require all 18-year-old men to fill in a questionnaire on their fitness and willingness to serve, with medical examinations becoming mandatory from 2027. Service would stay voluntary for now, but parliament could vote to activate call-ups if too few volunteers come forward.

"We are not at war, but we are no longer at peace either," Defence Minister Boris Pistorius told the chamber.

The Left party accused the government of "preparing young people for the trenches", while conservatives from Chancellor Friedrich Merz's own bloc attacked the bill from the other side, saying it did not go far enough and should set binding targets for recruitment.

Germany suspended conscription in 2011. The Bundeswehr has about 182,000 active soldiers and wants to reach at least 260,000 in the coming decade, a goal that military planners say is impossible without some form of obligation.

The debate reflects alarm in Berlin over Russia's war in Ukraine and over repeated sightings of unidentified drones above German military bases and airports this year.
""",
["DE", "RU", "UA"], [], [],
["Boris Pistorius", "Friedrich Merz"], ["NATO", "Bundeswehr"],
"POLICY DEBATE: a bill in first reading (not passed) -> no strategic event; 'clashed', 'attacked the bill', 'trenches' are political vocabulary; a possible Russian attack is hypothetical; the war in Ukraine and drone sightings = general context. RU via 'Russian attack'/'Russia's war'; UA via Ukraine (place).",
when=past("2025-10-16", "Thursday"), topic="policy")

art("quiet", "2026-01-08", "Nigerian resident doctors announce indefinite strike from Monday over unpaid allowances", """
Resident doctors in Nigeria's public hospitals will begin an indefinite strike on Monday unless the government pays months of overdue allowances, their association said on Thursday, warning that the health system was "bleeding to death".

The Nigerian Association of Resident Doctors (NARD), which represents about 10,000 doctors in training, said the government had broken the promises it made when the doctors suspended their last strike in November. Members would withdraw all services, including emergency care, at federal and state hospitals, NARD president Chukwuemeka Okafor told reporters in Abuja.

"We are not going into the streets. We are simply going home," Okafor said, adding that the association would not hold marches or rallies. "Our members are tired of fighting the same battle every six months."

Health Minister Muhammad Ali Pate appealed to the doctors to call off the strike, saying the money had been approved and would be paid within weeks.

Thousands of Nigerian doctors have left in recent years for Britain, Saudi Arabia and Canada, a brain drain that NARD says is killing the health system. Patients' groups said a strike would hit the poorest hardest, as private clinics are beyond their means.
""",
["NG", "GB", "SA", "CA"], [], [],
["Chukwuemeka Okafor", "Muhammad Ali Pate"], ["Nigerian Association of Resident Doctors"],
"STRIKE CALLED: a work stoppage announced for the coming Monday, explicitly without marches or rallies -> no protest incident. 'Bleeding to death', 'fighting the same battle', 'killing the health system' are figures of speech. GB/SA/CA = destinations of emigrating doctors (places).",
when=dict(past("2026-01-08", "Thursday"), **nxt("2026-01-08", "Monday")), topic="strike")

art("quiet", "2025-06-25", "K-pop star Han Seo-jun enlists for military service as fans gather outside boot camp", """
Han Seo-jun, lead vocalist of the K-pop group Starline, began his mandatory military service on Tuesday, entering an army training centre in Nonsan as hundreds of fans, some of whom had flown in from Japan and Thailand, waved banners and sang outside the gates.

The 28-year-old, who greeted the crowd with a newly cropped haircut, will undergo five weeks of basic training, including rifle drills and grenade-throwing practice, before being posted to a unit. "I'm fired up. See you in 18 months," he wrote on social media shortly before going in.

His agency, Bluepeak Entertainment, had asked fans not to travel to the camp, and police set up barriers to keep the road open. The send-off passed off calmly.

All able-bodied South Korean men must serve for about 18 to 21 months. The country remains technically at war with North Korea, as the 1950-53 Korean War ended in an armistice rather than a peace treaty. The duty has been a constant topic of debate in the entertainment industry, which lost several of its biggest names to the army in recent years.

Starline's other four members will continue as a group and have promised new music in the autumn.
""",
["KR", "JP", "TH", "KP"], [], [],
["Han Seo-jun"], ["Starline", "Bluepeak Entertainment"],
"CELEBRITY: a fans' send-off is not a demonstration (no grievance, 'passed off calmly') -> no protest; rifle and grenade drills are training; the Korean War is history. KP via North Korea (state); JP/TH via fans' origin (places).",
when=past("2025-06-25", "Tuesday"), topic="celebrity")

art("quiet", "2026-01-29", "Costa Rica's presidential hopefuls pack plazas at closing rallies before Sunday's vote", """
Costa Rica's leading presidential candidates held their closing rallies on Wednesday night, filling plazas in San Jose, Alajuela and Limon with flag-waving supporters ahead of Sunday's election, in which crime has eclipsed every other issue.

Marcela Quiros, the candidate of the governing party backed by outgoing President Rodrigo Chaves, promised a "war on the gangs" modelled on the crackdown of El Salvador's President Nayib Bukele, including a new maximum-security prison and states of emergency in the worst-hit areas.

Her main rival, former finance minister Andres Villalobos, attacked the plan as "bombast that will shoot our democracy in the foot", and promised more police and judges instead. "We can fight crime without giving up our freedoms," he told supporters in Alajuela.

Police said all the rallies passed without incident.

Homicides in Costa Rica, long known as one of the most peaceful countries in Latin America, have risen sharply since 2020 as gangs fight over the transit of cocaine through its Caribbean ports. The country abolished its army in 1948.

About 3.7 million people are eligible to vote. If no candidate wins 40% of the vote, a run-off will be held in April.
""",
["CR", "SV"], [], [],
["Marcela Quiros", "Rodrigo Chaves", "Nayib Bukele", "Andres Villalobos"], [],
"ELECTION RALLY: campaign rallies that 'passed without incident' are not protest incidents (as in bf8). 'War on the gangs', 'attacked', 'shoot ... in the foot', 'fight crime' are political vocabulary; homicide rise = aggregate. TRAP: San Jose is Costa Rica's capital; SV via El Salvador (its president's crackdown, a state actor). Latin America and the Caribbean are regions.",
when=dict(past("2026-01-29", "Wednesday"), **nxt("2026-01-29", "Sunday")), topic="rally")

art("quiet", "2025-08-20", "India and China agree to reopen border trade through Lipulekh pass; Nepal objects", """
India and China agreed on Tuesday to reopen border trade through three Himalayan passes, including Lipulekh, and to resume direct flights, in the latest step to repair relations damaged by a deadly border clash five years ago.

The agreement was announced after talks in New Delhi between Chinese Foreign Minister Wang Yi and his Indian counterpart, S. Jaishankar, who said the two sides would also set up an expert group to look for an "early harvest" in settling their disputed boundary.

Nepal protested on Wednesday, saying the Lipulekh pass lay in Nepalese territory and that neither of its neighbours had consulted Kathmandu. India's foreign ministry rejected the claim as "untenable".

Relations between the two Asian giants plunged after the clash in the Galwan Valley in June 2020, in which 20 Indian soldiers and at least four Chinese troops were killed in hand-to-hand fighting with clubs and stones. Both sides have since pulled troops back from several friction points along the frontier, though tens of thousands of soldiers remain deployed on each side.

Trade through Lipulekh, Shipki La and Nathu La was suspended during the COVID-19 pandemic and never resumed.
""",
["IN", "CN", "NP"], [("battle", "IN", "Galwan Valley", 24, True)], ["diplomacy"],
["Wang Yi", "S. Jaishankar"], [],
"DIPLOMACY: the trade agreement, Nepal's protest note and India's rejection = diplomacy (Nepal 'protested' is a diplomatic objection, not a demonstration). Background: the June 2020 Galwan Valley clash = battle, 20 + 'at least four' = 24, country IN (India-administered Ladakh; disputed ground, judgment). Troop deployments = standing situation, not news. Kathmandu = capital as metonym (NP).",
when=past("2025-08-20", "Tuesday", "Wednesday"), topic="diplomacy")


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


def check():
    errors = []
    for i, a in enumerate(ARTICLES, 1):
        kind = a["kind"]

        def err(msg, i=i, kind=kind):
            errors.append("%s [%s]: %s" % (rid(i), kind, msg))

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
            if len(cs) < 1 or cs[0] not in ("IN", "PK", "AF", "BD", "NP", "LK"):
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
                            err("placeonly text names the first-level unit %r" % n)
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
                for c in {inc[1] for inc in current(a)}:
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
        if (a["abduction"] or a["placeonly"]) and kind != "satp":
            err("abduction/placeonly flags are for SATP-style texts")
        if a["topic"] is not None and kind not in ("quiet", "satp"):
            err("topic is for quiet and SATP-style articles")
        if a["abduction"] and not any(t == "civilian_attack" and not bg for (t, _, _, _, bg) in a["incidents"]):
            err("abduction text without a current civilian_attack")
        if a["abduction"] and not any(w in a["body"] for w in ABDUCTION_WORDS):
            err("abduction text uses none of %s" % (ABDUCTION_WORDS,))
        if not a["note"]:
            err("missing judgment note")
    # composition
    order = [a["kind"] for a in ARTICLES]
    want = [k for k, n in BLOCKS for _ in range(n)]
    if order != want:
        errors.append("composition/order is %r, want blocks %r" % (
            [(k, order.count(k)) for k, _ in BLOCKS], BLOCKS))
    satp = [a for a in ARTICLES if a["kind"] == "satp"]
    mins = (
        ("SATP-style texts without a current incident", sum(1 for a in satp if not has_current(a)), MIN_SATP_QUIET),
        ("SATP-style abduction texts", sum(1 for a in satp if a["abduction"]), MIN_SATP_ABDUCTION),
        ("SATP-style texts with a current battle", sum(1 for a in satp if any(i[0] == "battle" for i in current(a))), MIN_SATP_BATTLE),
        ("SATP-style texts with a current explosion", sum(1 for a in satp if any(i[0] == "explosion" for i in current(a))), MIN_SATP_BLAST),
        ("SATP-style place-only texts", sum(1 for a in satp if a["placeonly"]), MIN_SATP_PLACEONLY),
    )
    wording = {w for a in satp if a["abduction"] for w in ABDUCTION_WORDS if w in a["body"]}
    if wording != set(ABDUCTION_WORDS):
        errors.append("abduction wording not varied: missing %s" % sorted(set(ABDUCTION_WORDS) - wording))
    stopics = {a["topic"] for a in satp if a["topic"]}
    if stopics != set(SATP_QUIET_TOPICS):
        errors.append("SATP block lacks no-incident kinds %s" % sorted(set(SATP_QUIET_TOPICS) - stopics))
    satp_countries = {a["countries"][0] for a in satp}
    if satp_countries != {"IN", "PK", "AF", "BD", "NP", "LK"}:
        errors.append("SATP block must cover IN, PK, AF, BD, NP and LK (has %s)" % sorted(satp_countries))
    wire = [a for a in ARTICLES if a["kind"] == "wire"]
    for reg, n in WIRE_REGIONS.items():
        have = sum(1 for a in wire if a["region"] == reg)
        if have != n:
            errors.append("wire articles in region %s: %d (want %d)" % (reg, have, n))
    latam = {inc[1] for a in wire if a["region"] == "latin_america" for inc in current(a)}
    if not set(LATAM_COUNTRIES) <= latam:
        errors.append("Latin America block lacks current incidents in %s" % sorted(set(LATAM_COUNTRIES) - latam))
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
            kind, n, min(words), max(words), sum(1 for a in arts if not has_current(a))))
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
    lines.append("SATP: %d abduction, %d with a current battle, %d with a current explosion, %d place-only" % (
        sum(1 for a in satp if a["abduction"]),
        sum(1 for a in satp if any(i[0] == "battle" for i in current(a))),
        sum(1 for a in satp if any(i[0] == "explosion" for i in current(a))),
        sum(1 for a in satp if a["placeonly"])))
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

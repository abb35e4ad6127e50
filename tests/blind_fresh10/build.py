#!/usr/bin/env python3
"""Build blind_fresh10: a fresh, blind evaluation set of 60 synthetic articles, as JSONL.

Standard library only. Every text and its gold are data in this file. The gold of each article
was decided when its text was written, by the conventions of ../../shared/corpus/NOTES.md, and
is frozen (see README.md).

    python3 build.py            # run every check, then write blind_fresh10.jsonl
    python3 build.py --check    # run the checks only
    python3 build.py --notes    # print one judgment line per article (NOTES.md format)
"""
import datetime
import json
import os
import re
import sys

SOURCE = "synthetic, written for this project (blind, fresh 10)"
ORIGIN = ("written from scratch for this project: tests/blind_fresh10/build.py "
          "(fictional or fictionalised events in real places)")
LICENSE = "project's own"
PREFIX = "bf10"
OUTFILE = "blind_fresh10.jsonl"

INCIDENT_TYPES = ("battle", "explosion", "civilian_attack", "protest", "riot")
OTHER_TYPES = ("strategic", "diplomacy")
BLOCKS = (("satp", 18), ("wire", 22), ("quiet", 20))

# --- SATP-style block (bf10-01..18) ---
SATP_WORDS = (60, 160)
SATP_COUNTRIES = ("IN", "PK", "AF", "BD", "NP", "LK")
MIN_SATP_QUIET = 5          # no current incident
MIN_SATP_ABDUCTION = 5      # built around an abduction (current civilian_attack)
MIN_SATP_BATTLE = 3         # security forces attacked / encounter (current battle)
MIN_SATP_BLAST = 3          # IED / grenade / bomb went off (current explosion)
MIN_SATP_PLACEONLY = 2      # place given as village/tehsil/district only, country never named
# Each wording must carry at least one abduction text.
ABDUCTION_WORDS = ("abducted", "kidnapped", "picked up by armed men", "taken away at gunpoint",
                   "held captive", "went missing")
# Kinds of SATP text without a current incident that the block must cover.
SATP_QUIET_TOPICS = ("surrender", "recovery", "arrest", "verdict", "strike", "release", "defused")
# Months-and-days inline dates in SATP texts: at most this many days before / after `published`
# (after: a strike called for a coming date).
SATP_DATE_BEFORE, SATP_DATE_AFTER = 60, 30

# --- wire block (bf10-19..40) ---
WIRE_WORDS = (150, 260)
WIRE_REGIONS = {"sahel": 2, "horn_east_africa": 2, "nigeria_lake_chad": 2, "middle_east": 2,
                "ukraine_russia": 2, "myanmar": 2, "latin_america": 4,
                "europe_north_america": 4, "south_asia": 2}
LATAM_COUNTRIES = ("MX", "BR", "HN", "PE")   # each must host a current incident in the block
MIN_US_LOCAL = 2            # europe_north_america articles whose current incidents are all in US
MIN_WIRE_MULTI = 8          # more than one current incident
MIN_WIRE_TWO_COUNTRIES = 3  # current incidents in two countries
MIN_WIRE_IMPLIED = 4        # incident country only implied by places
MIN_WIRE_BACKGROUND = 4     # also recalls an older incident
MIN_WIRE_FOLLOWUP = 3       # updated-toll story ("the death toll rose to ...")
MIN_WIRE_RIOT_TURN = 2      # a protest that turns into a riot
MIN_WIRE_OTHER = 2          # diplomacy or strategic events besides the incidents
FOLLOWUP_RE = r"\b(rose|rises|risen|has risen) to\b"
RIOT_TURN_RE = r"\bturn(ed|s)? (violent|into a riot)\b"
# Tolls in words the wire block must use somewhere ("a dozen" = 12; "scores" -> null).
WIRE_PHRASES = ("a dozen", "scores")

# --- quiet block (bf10-41..60) ---
QUIET_WORDS = (120, 300)
QUIET_TOPICS = ("memorial", "trial", "statistics", "fiction", "exercise", "accident", "disaster",
                "sport", "business", "politics", "police", "plot", "warning", "threat", "strike",
                "diplomacy", "ceasefire")
MIN_QUIET_FICTION = 3       # film, book, game
MIN_QUIET_ACCIDENT = 2      # road and industrial
# Non-literal violence vocabulary the quiet block must use somewhere.
QUIET_PHRASES = ("hostile takeover", "price war", "bombshell", "under fire", "battleground",
                 "attack", "shot", "fired", "battle")

# Names (as words) that would state a country outright: an `implied` / `placeonly` article must
# use none of the names of its incident countries (or, for SATP texts, of its only country).
COUNTRY_NAMES = {
    "BF": ("Burkina", "Burkina Faso", "Burkinabe", "Burkinabè"),
    "NG": ("Nigeria", "Nigerian", "Nigerians"),
    "MM": ("Myanmar", "Burma", "Burmese"),
    "HN": ("Honduras", "Honduran", "Hondurans"),
    "US": ("United States", "U.S.", "US", "USA", "America", "American", "Americans"),
    "PK": ("Pakistan", "Pakistani", "Pakistanis"),
    "NP": ("Nepal", "Nepali", "Nepalese"),
}
# First-level names (provinces, states, capitals) a `placeonly` SATP text must not use either.
FIRST_LEVEL = {
    "PK": ("Balochistan", "Khyber Pakhtunkhwa", "Punjab", "Sindh", "Gilgit-Baltistan",
           "Islamabad", "Azad Kashmir", "Azad Jammu and Kashmir", "KP", "FATA"),
    "NP": ("Koshi", "Madhesh", "Bagmati", "Gandaki", "Lumbini", "Karnali", "Sudurpashchim",
           "Kathmandu"),
}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Names that contain a weekday word without referring to a day near `published`.
NAMED_DAYS = ("Palm Sunday", "Easter Sunday")
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
    `published` (a strike 'on Friday', a vote 'on Sunday')."""
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
        no province name, no capital).
    region: for wire articles, one of WIRE_REGIONS.
    implied: wire article whose incident countries are never named (only places); True for all
        its current incident countries, or a tuple of the codes that are only implied.
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
# bf10-01..18  SATP-style digests: no title, one paragraph, 60-160 words, dated inline.
# =====================================================================================

art("satp", "2025-06-18", None, """
Armed men abducted four labourers working on the construction of a check dam near Parom in Panjgur District on the evening of June 15, Levies officials said. According to the officials, around a dozen men on motorcycles arrived at the site, set fire to an excavator and a water tanker and took the labourers, all residents of Gwargo and Panjgur town, towards the mountains. The body of one of them, identified as Dad Karim (35), was found with gunshot wounds near the Parom-Gichk road on the morning of June 17. The fate of the other three remained unknown. Deputy Commissioner Aslam Rind said a search operation had been launched with the support of the Frontier Corps (FC). No group has claimed responsibility, though separatist militants are active in the area and have targeted development projects in the past.
""",
["PK"], [("civilian_attack", "PK", "Parom", 1, False)], [],
["Dad Karim", "Aslam Rind"], ["Levies", "Frontier Corps"],
"ABDUCTION ('abducted'): four labourers seized three days before publication, one found shot dead two days later = one civilian_attack at Parom, fatalities 1 (the killed hostage; the burnt excavator/tanker are part of the same incident). Search operation = response, not listed. 'around a dozen men' counts attackers, not deaths. PLACE ONLY: Panjgur District, Parom, Gwargo, Gichk, Levies and FC; neither 'Pakistan' nor 'Balochistan' appears -> PK by gazetteer only.",
abduction=True, placeonly=True)

art("satp", "2025-09-04", None, """
Suspected cadres of an armed group kidnapped two truck drivers from a parking area at Sapormeina in Kangpokpi District of Manipur on the night of September 1, Police said. The drivers, Th. Ibomcha Singh (38) and Md. Rahimuddin (44), were carrying cement from Dimapur in Nagaland to Imphal along National Highway-2 when at least six men armed with rifles forced them out of their cabins and drove them away in a white sports utility vehicle. Their trucks were found abandoned a kilometre away, one of them with its tyres slashed. On September 3, the All Manipur Road Transport Drivers' and Workers' Association suspended the movement of goods vehicles on the highway until the two men are released. A combined team of the Assam Rifles, Central Reserve Police Force (CRPF) and State Police has launched search operations in the surrounding hills.
""",
["IN"], [("civilian_attack", "IN", "Sapormeina", None, False)], [],
["Th. Ibomcha Singh", "Md. Rahimuddin"], ["All Manipur Road Transport Drivers' and Workers' Association", "Assam Rifles", "Central Reserve Police Force"],
"ABDUCTION ('kidnapped'): two drivers seized three days before publication, still missing = civilian_attack at Sapormeina, null. The drivers' association suspending goods traffic is a stoppage, not a protest incident (no gathering). Search operations = response, not listed. IN via Manipur/Nagaland/Imphal; 'India' never named.",
abduction=True)

art("satp", "2025-10-22", None, """
A former officer of the Afghan National Army (ANA) was picked up by armed men from his home in the Jebrael area of Herat city on the night of October 18, his relatives said. According to the family, five men in military uniform arrived in two vehicles, searched the house and took away Abdul Qadir Naseri (42), who had served as a captain in the former Government's 207th Zafar Corps, saying they needed to question him. His body, bearing signs of torture and gunshot wounds, was handed over to the family at the regional hospital on October 20. Taliban officials in Herat denied any involvement and said an investigation had been opened. The United Nations Assistance Mission in Afghanistan (UNAMA) has recorded dozens of killings and arbitrary detentions of former security personnel since August 2021, despite the general amnesty announced by the Taliban.
""",
["AF"], [("civilian_attack", "AF", "Jebrael", 1, False)], [],
["Abdul Qadir Naseri"], ["Afghan National Army", "Taliban", "United Nations Assistance Mission in Afghanistan"],
"ABDUCTION ('picked up by armed men'): a former officer (now a civilian, unarmed) seized four days before publication and found dead two days later = one civilian_attack at Jebrael, 1; the handover of the body (two days before) makes it current news. Perpetrators unidentified (men in uniform) - type does not depend on them. UNAMA's 'dozens of killings since August 2021' = aggregate, not listed. The Taliban's denial/investigation = no event.",
abduction=True)

art("satp", "2026-01-14", None, """
Three members of a survey team of the Roads and Highways Department were taken away at gunpoint by armed men from a hill track near Munnuam Para in Ruma upazila of Bandarban District on January 11. The team, led by sub-assistant engineer Mahbubul Alam (31), was marking the alignment of a new road when about ten men in black uniforms, suspected to be members of the Kuki-Chin National Front (KNF), surrounded them. The team's driver, who managed to escape, informed the Army camp at Ruma. Ruma Upazila Nirbahi Officer (UNO) Sabrina Akter said a joint team of the Army, Border Guard Bangladesh (BGB) and Police was searching the area and that tourists had been asked not to travel towards Boga Lake. On January 13, a relative of one of the abducted men said the family had received a phone call demanding BDT 3 million.
""",
["BD"], [("civilian_attack", "BD", "Munnuam Para", None, False)], [],
["Mahbubul Alam", "Sabrina Akter"], ["Roads and Highways Department", "Kuki-Chin National Front", "Border Guard Bangladesh"],
"ABDUCTION ('taken away at gunpoint'): three surveyors seized three days before publication, ransom demanded, no death = civilian_attack at Munnuam Para, null. Search and travel advice = response, not listed. BD via Bandarban/Ruma, 'Border Guard Bangladesh' (org name) and BDT; country also implied only through places (not flagged place-only: the org name carries 'Bangladesh').",
abduction=True)

art("satp", "2025-12-09", None, """
Five employees of a state-owned gas exploration company who went missing on December 2 while returning from a drilling site near Kulachi in Dera Ismail Khan District of Khyber Pakhtunkhwa were later found to be held captive by militants, Police said on December 8. A video released on December 7 by a local faction of the Tehreek-e-Taliban Pakistan (TTP) showed the men, including two engineers, sitting blindfolded in front of armed militants and asking the Government to accept the group's demands, which were not specified. District Police Officer (DPO) Sajjad Khattak said the company vehicle had been found burnt on a dirt track leading to the Sheikh Badin hills. Police and security forces have launched a search, and elders of the area have contacted the militants through a jirga to secure the release of the men.
""",
["PK"], [("civilian_attack", "PK", "Kulachi", None, False)], [],
["Sajjad Khattak"], ["Tehreek-e-Taliban Pakistan"],
"ABDUCTION ('went missing' ... 'held captive'): the disappearance seven days before publication became known as an abduction only through the video (two days before) and the police statement (one day before) -> the core news, background false (judgment, as b002). civilian_attack at Kulachi, null (the men are alive in the video). Jirga contact = no event. PK via Khyber Pakhtunkhwa/Dera Ismail Khan; 'Pakistan' only inside the TTP name.",
abduction=True)

art("satp", "2025-05-27", None, """
One Army soldier and a terrorist were killed in an encounter in the Chatroo area of Kishtwar District in Jammu and Kashmir on May 25, officials said. Acting on specific input about the presence of three to four terrorists of the Jaish-e-Mohammed (JeM), troops of the White Knight Corps, the Special Operations Group (SOG) of the J&K Police and the CRPF cordoned off the forest near Singhpora village early in the morning. The terrorists opened fire on the search party, triggering a gunfight that lasted several hours. Sepoy Ranjeet Kumar (26) was critically injured and later succumbed at the Army hospital in Udhampur. The body of one terrorist, along with an AK-47 rifle and three magazines, was recovered from the site. The search for the remaining terrorists was continuing in the thick forests of the area.
""",
["IN"], [("battle", "IN", "Singhpora", 2, False)], [],
["Ranjeet Kumar"], ["Jaish-e-Mohammed", "White Knight Corps", "Special Operations Group", "CRPF"],
"BATTLE: militants fired on a cordon-and-search party two days before publication = encounter (battle), located at the village named (Singhpora, more specific than Chatroo/Kishtwar), fatalities 1 soldier + 1 militant = 2. Weapon recovery is part of the operation. IN via Jammu and Kashmir/Kishtwar/Udhampur; 'India' never named.")

art("satp", "2025-08-06", None, """
Three Policemen and at least four militants were killed when a group of militants attacked the Spinwam Police Station in North Waziristan District in the early hours of August 4, officials said. The attackers, armed with heavy weapons and rocket-propelled grenades, tried to storm the building from two sides but were repulsed after an exchange of fire lasting nearly two hours. Personnel of the Frontier Corps reached the area later and launched a clearance operation in the nearby hamlets. Among the slain Policemen was Assistant Sub-Inspector (ASI) Gul Rehman. Two other Policemen were injured and shifted to the Combined Military Hospital (CMH) in Bannu. The Hafiz Gul Bahadur group claimed responsibility for the attack in a message sent to journalists in the region.
""",
["PK"], [("battle", "PK", "Spinwam", 7, False)], [],
["Gul Rehman"], ["Frontier Corps", "Combined Military Hospital", "Hafiz Gul Bahadur group"],
"BATTLE: armed assault on a police station two days before publication, repulsed after an exchange of fire = battle at Spinwam; 3 policemen + 'at least four' militants = 7 (perpetrators included). RPGs are part of the gunfire assault (not a separate explosion). Clearance operation = response, not listed. PLACE ONLY: North Waziristan, Spinwam, Bannu, Frontier Corps; neither 'Pakistan' nor 'Khyber Pakhtunkhwa' appears -> PK by gazetteer only.",
placeonly=True)

art("satp", "2025-07-16", None, """
The Afghanistan Freedom Front (AFF) claimed that its fighters attacked a Taliban checkpoint in Paghman District of Kabul Province on the night of July 13, killing three Taliban members. The Kabul Police spokesman of the Taliban, Khalid Zadran, confirmed that a checkpoint on the road to Qargha had come under fire, but said one Taliban fighter had been killed and that two attackers had been arrested after an exchange of fire. Residents of the nearby Arghandi area said the firing lasted for about 40 minutes. The AFF, led by former Army chief of staff Yasin Zia, has claimed a number of small attacks on Taliban positions in the north and around Kabul since 2022, most of which could not be independently verified.
""",
["AF"], [("battle", "AF", "Paghman", 1, False)], ["strategic"],
["Khalid Zadran", "Yasin Zia"], ["Afghanistan Freedom Front", "Taliban"],
"BATTLE: armed group's attack on a de facto state checkpoint three days before publication, confirmed by the Taliban = battle (the core news, current). Location: the checkpoint is 'on the road to Qargha' in Paghman District -> Paghman (the place the text puts it in; Qargha is only the road's destination). Fatalities: the attacked side's official figure 1 preferred to the attackers' claim of 3 (most conservative/official, as b001; judgment). Two attackers arrested = strategic. Earlier AFF attacks 'since 2022' = general, not listed.")

art("satp", "2025-11-05", None, """
Two persons, including a Frontier Corps (FC) soldier, were killed and seven others injured when an improvised explosive device (IED) planted on a motorcycle exploded near a passing FC vehicle in the main bazaar of Turbat, the headquarters of Kech District in Balochistan, on the evening of November 3, Police said. The second victim was identified as Zubair Ahmed (19), who was working at a mobile phone shop nearby. Deputy Inspector General (DIG) of Police, Makran Range, Rashid Zehri said the device had been detonated by remote control and contained about three kilogrammes of explosives. The Balochistan Liberation Army (BLA) claimed responsibility for the blast. Traders closed their shops in protest against the deteriorating security situation on November 4.
""",
["PK"], [("explosion", "PK", "Turbat", 2, False)], [],
["Zubair Ahmed", "Rashid Zehri"], ["Frontier Corps", "Balochistan Liberation Army"],
"EXPLOSION: remote-controlled motorcycle IED two days before publication = explosion at Turbat, 2 (soldier + shopkeeper). Traders' shop closure 'in protest' = a shutdown without a gathering -> not a protest incident (judgment). PK via Balochistan/Turbat/Kech; 'Pakistan' never named.")

art("satp", "2026-02-18", None, """
A socket bomb exploded in front of the office of a savings and credit cooperative at Dhalkebar in Dhanusha District on the night of February 15, damaging the shutter and windows of the building, Police said. No one was injured in the blast. Deputy Superintendent of Police (DSP) Ramesh Kumar Mahato said pamphlets of a little-known group calling itself the Janatantrik Terai Mukti Morcha (Revolutionary) were found at the site, accusing the cooperative of cheating depositors. The cooperative's chairman had been receiving extortion calls for two weeks, according to his staff. On February 16, an Army bomb disposal team defused a second device found in a drain behind the building. Police have detained two persons from Janakpur for questioning in connection with the incident.
""",
["NP"], [("explosion", "NP", "Dhalkebar", 0, False)], ["strategic"],
["Ramesh Kumar Mahato"], ["Janatantrik Terai Mukti Morcha (Revolutionary)"],
"EXPLOSION: socket bomb three days before publication, the news of the text = explosion at Dhalkebar, 0 ('No one was injured' -> nobody died). The second device, found and defused, is not an explosion (not listed). Two persons detained = strategic. Extortion calls = no event. PLACE ONLY: Dhanusha, Dhalkebar, Janakpur; neither 'Nepal' nor 'Madhesh' nor Kathmandu appears -> NP by gazetteer only.",
placeonly=True)

art("satp", "2026-03-04", None, """
At least four civilians were killed and 11 others wounded when a magnetic bomb attached to a minibus exploded in the Dasht-e-Barchi area of Police District 13 in Kabul city on the morning of March 2, officials said. The minibus was carrying employees of a private hospital to work when the device went off near the Pul-e-Sukhta bus stop. Interior Ministry spokesman Abdul Mateen Qani said the wounded had been taken to the Emergency Hospital and two of them were in critical condition. The Islamic State Khorasan Province (ISKP) claimed responsibility through its Amaq news agency, saying it had targeted Shia employees. Dasht-e-Barchi, home to a large Hazara population, has been hit repeatedly by ISKP bombings targeting schools, mosques and buses since 2018.
""",
["AF"], [("explosion", "AF", "Pul-e-Sukhta", 4, False)], [],
["Abdul Mateen Qani"], ["Islamic State Khorasan Province", "Amaq", "Emergency Hospital"],
"EXPLOSION: magnetic bomb on a minibus two days before publication = explosion; location the most specific place named, the Pul-e-Sukhta bus stop (inside Dasht-e-Barchi, Kabul); 'at least four' -> 4. Earlier bombings 'since 2018' = general, not listed. AF via Kabul; 'Afghanistan' never named as such (only 'Khorasan' in the group name).")

art("satp", "2025-10-15", None, """
Eleven cadres of the Communist Party of India-Maoist (CPI-Maoist), including a Divisional Committee Member (DVCM) carrying a cumulative reward of INR 8.2 million, surrendered before the Gadchiroli Police in Maharashtra on October 14. The cadres, seven of them women, belonged to the Bhamragad and Perimili dalams and handed over two AK-47 rifles, an INSAS rifle and four country-made guns. The DVCM was identified as Sukhram Madavi alias Ramesh, who had been active in the region for more than two decades and was wanted in 31 cases, including the killing of Police personnel. Superintendent of Police (SP) Rohit Bansode said the cadres had cited the loss of senior leaders in recent operations and dwindling support among villagers. They will receive rehabilitation benefits under the State's surrender policy.
""",
["IN"], [], ["strategic"],
["Sukhram Madavi", "Rohit Bansode"], ["Communist Party of India-Maoist", "Gadchiroli Police"],
"NO CURRENT INCIDENT (surrender): a surrender with weapons handed over = strategic (a development outside the incident types; as bf9-13). 'Wanted in 31 cases, including the killing of Police personnel' = unspecific past, not listed. IN via Maharashtra/Gadchiroli ('India' only inside the party name).",
topic="surrender")

art("satp", "2025-08-27", None, """
The Armed Police Battalion (APBn) recovered two foreign-made pistols, a locally made shotgun, 46 rounds of ammunition and four hand grenades from a hideout in Camp 15 of the Rohingya camps at Jamtoli in Ukhiya upazila of Cox's Bazar District on August 25. Two Rohingya men, identified as members of the Arakan Rohingya Salvation Army (ARSA), were arrested during the drive. Additional Deputy Inspector General (DIG) Iqbal Hossain of the 8 APBn said the weapons had been smuggled across the Naf river from Myanmar's Rakhine State, and that the group had planned to use them in its rivalry with the Rohingya Solidarity Organisation (RSO) for control of the camps. No shots were fired during the operation, he added.
""",
["BD", "MM"], [], ["strategic"],
["Iqbal Hossain"], ["Armed Police Battalion", "Arakan Rohingya Salvation Army", "Rohingya Solidarity Organisation"],
"NO CURRENT INCIDENT (arms recovery): seizure of weapons and two arrests = strategic; 'No shots were fired'. The ARSA-RSO rivalry is general context (no specific clash). MM via 'Myanmar's Rakhine State' (origin of the weapons; nothing happens there). BD via Cox's Bazar/Ukhiya only; 'Rohingya' and 'Arakan' are not country references.",
topic="recovery")

art("satp", "2025-04-09", None, """
A claymore mine and two hand grenades were found buried in a coconut estate at Puthukkudiyiruppu in Mullaitivu District on April 7 and were defused by the bomb disposal unit of the Police Special Task Force (STF), Police said. The items were found by labourers clearing the land for cultivation, who alerted the local Police station. Police believe the mine, wrapped in polythene and badly rusted, dates from the final phase of the war against the Liberation Tigers of Tamil Eelam (LTTE), which ended in May 2009. Senior Superintendent of Police (SSP) Chaminda Weerasekara said no arrests had been made and that there was no indication of any recent attempt to use the explosives. He urged residents not to touch suspicious objects and to inform the Police immediately.
""",
["LK"], [], [],
["Chaminda Weerasekara"], ["Special Task Force", "Liberation Tigers of Tamil Eelam"],
"NO CURRENT INCIDENT (found and defused): old wartime ordnance found and defused = not an explosion; not coded strategic either (no seizure from any actor, no arrest, no alert; judgment). The war's end in May 2009 = history, not an incident. LK via Mullaitivu/Puthukkudiyiruppu and the LTTE context; 'Sri Lanka' never named.",
topic="defused")

art("satp", "2025-12-17", None, """
The Arakan Army (AA) on December 15 handed over 14 Bangladeshi fishermen it had held captive for nearly four weeks to the Border Guard Bangladesh (BGB) on the Naf river, officials said. The fishermen had been picked up by armed men in two speedboats on November 19 while fishing with two trawlers off Saint Martin's Island, and were taken to Myanmar's Rakhine State. BGB Teknaf Battalion commander Lieutenant Colonel Ashiqur Rahman said all 14 men had returned unharmed after a flag meeting, but that the trawlers and their catch had not been returned. Families of the fishermen had held a human chain in Cox's Bazar on December 1 demanding their release. Fishermen's leaders say the AA has seized more than 200 Bangladeshi fishermen in the Bay of Bengal since it took control of the border areas of Rakhine.
""",
["BD", "MM"], [("civilian_attack", "BD", "Saint Martin's Island", 0, True), ("protest", "BD", "Cox's Bazar", None, True)], ["strategic"],
["Ashiqur Rahman"], ["Arakan Army", "Border Guard Bangladesh"],
"NO CURRENT INCIDENT (release of earlier hostages): the handover two days before publication = strategic (NOTES: releases are strategic, not incidents). The November 19 seizure (26 days earlier) = background civilian_attack off Saint Martin's Island (BD waters as written), 0 ('all 14 men had returned unharmed'). The families' December 1 human chain in Cox's Bazar (16 days earlier) = background protest, null. '200 fishermen since ...' = aggregate.",
topic="release")

art("satp", "2025-09-25", None, """
The Jammu Kashmir Joint Awami Action Committee (JKJAAC) on September 23 announced a complete shutter-down and wheel-jam strike across Azad Jammu and Kashmir from September 29 to press its charter of demands, including the abolition of reserved seats for refugees in the Legislative Assembly and cheaper electricity. Addressing a press conference in Muzaffarabad, core committee member Raja Amjad Ali said traders, transporters and lawyers would observe the strike peacefully until the demands were met. A spokesman of the AJK Government said talks with the committee would be held on September 26, and the federal Government approved the deployment of additional Frontier Constabulary personnel in the region. During a similar strike in May 2024, three protesters were killed in clashes with paramilitary Rangers in Muzaffarabad.
""",
["PK"], [("riot", "PK", "Muzaffarabad", 3, True)], ["strategic"],
["Raja Amjad Ali"], ["Jammu Kashmir Joint Awami Action Committee", "Frontier Constabulary", "Rangers"],
"NO CURRENT INCIDENT (strike call): a strike called for a coming date (September 29, four days after publication) = no protest incident yet. Deployment of Frontier Constabulary approved = strategic; planned talks between a government and a civic committee = not diplomacy (domestic). Background: May 2024 clashes during the earlier strike = riot (violent demonstration), Muzaffarabad, 3. PK via Azad Jammu and Kashmir/Muzaffarabad; no IN (Jammu Kashmir appears only in the committee name).",
topic="strike")

art("satp", "2026-01-28", None, """
The Taliban's General Directorate of Intelligence (GDI) said on January 26 that it had arrested six members of the Islamic State Khorasan Province (ISKP) in Jalalabad city of Nangarhar Province and seized suicide vests, two Kalashnikov rifles and about 20 kilogrammes of explosives from a rented house in the Behsud Bridge area. According to a statement issued by Taliban deputy spokesman Hamdullah Fitrat, three of the arrested men were Tajik nationals who had entered the country through the northern border, and the group had planned attacks on Shia mosques and on Taliban officials in Jalalabad and Kabul during the coming weeks. The statement did not say when the arrests were made. ISKP has not commented on the claim.
""",
["AF", "TJ"], [], ["strategic"],
["Hamdullah Fitrat"], ["General Directorate of Intelligence", "Islamic State Khorasan Province", "Taliban"],
"NO CURRENT INCIDENT (arrest): arrests and seizure of explosives before a planned attack = strategic; planned attacks are not incidents. TJ via 'Tajik nationals' (demonym; nothing happens in Tajikistan). AF via Jalalabad/Nangarhar/Kabul; 'Afghanistan' never named.",
topic="arrest")

art("satp", "2025-07-02", None, """
The Bara District Court on June 30 sentenced three members of an armed outfit calling itself the Madhesh Mukti Sena to life imprisonment for the bombing of a cooperative office in Kalaiya in March 2024, in which a security guard was killed. The court found Rajesh Sah, Bikau Thakur and Manoj Paswan guilty of murder and of the illegal use of explosives, and acquitted a fourth accused for lack of evidence. The guard, Shiva Narayan Mahato (52), was killed when a pressure-cooker bomb left at the gate of the office went off at night. According to the Nepal Police, the group had demanded money from the cooperative for weeks before the blast. Defence lawyers said they would appeal to the High Court in Janakpur.
""",
["NP"], [("explosion", "NP", "Kalaiya", 1, True)], ["strategic"],
["Rajesh Sah", "Bikau Thakur", "Manoj Paswan", "Shiva Narayan Mahato"], ["Bara District Court", "Madhesh Mukti Sena", "Nepal Police"],
"NO CURRENT INCIDENT (verdict): court sentence = strategic. Background: the March 2024 pressure-cooker bomb at the Kalaiya cooperative = explosion, 1. Extortion demands = no event. NP via Bara/Kalaiya/Janakpur (places); 'Nepal Police' is an organisation name and would not count on its own.",
topic="verdict")

# =====================================================================================
# bf10-19..40  wire / real-news style: title, 150-260 words, at least one current incident.
# =====================================================================================

art("wire", "2025-10-09", "Jihadists kill nine soldiers in ambush near Niger's Ouallam; a dozen villagers shot dead in Tahoua region", """
NIAMEY - Suspected Islamic State fighters ambushed an army patrol near Ouallam, in Niger's western Tillaberi region, on Tuesday, killing nine soldiers, the defence ministry said in a statement read on state television.

The patrol was escorting trucks carrying food to the town when it came under fire about 20 km to the north, the ministry said, adding that "several terrorists" had been killed and their motorcycles destroyed in the response. It gave no figure for the attackers.

On Wednesday, gunmen on motorcycles rode into the village of Bakorat, in the Tahoua region near the border with Mali, and shot dead a dozen men who had gathered at the weekly market, a local councillor and a humanitarian worker said. The councillor said the attackers accused the villagers of passing information to the army.

Neither attack has been claimed. The Islamic State Sahel Province has stepped up attacks on civilians in the border areas this year. In March, gunmen killed 44 worshippers during prayers at a mosque in Fambita, one of the deadliest attacks since the military seized power in Niamey in July 2023.

The junta led by General Abdourahamane Tiani has ordered French troops out of the country, ended a military cooperation deal with the United States and turned to Russia for security support, but the violence has continued to spread from the borderlands towards the capital.
""",
["NE", "ML", "FR", "US", "RU"],
[("battle", "NE", "Ouallam", 9, False), ("civilian_attack", "NE", "Bakorat", 12, False),
 ("civilian_attack", "NE", "Fambita", 44, True)], [],
["Abdourahamane Tiani"], ["Islamic State Sahel Province"],
"Tuesday ambush on a patrol = battle near Ouallam, 9 soldiers ('several terrorists' killed: vague, not added). Wednesday shooting of men at a market = civilian_attack at Bakorat, 'a dozen' = 12 (an exact number in words, not the vague 'dozens'). Background: the March mosque attack in Fambita = civilian_attack, 44. The 2023 coup, the expulsion of French troops and the end of the US deal = history/standing policy, not listed. ML/FR/US/RU are references as border, former partners and ally; nothing happens there.",
when=past("2025-10-09", "Tuesday", "Wednesday"), region="sahel")

art("wire", "2026-02-12", "Toll from jihadist assault on Sebba gendarmerie rises to 14; four killed at water point near Mansila", """
The death toll from Sunday's attack by jihadist fighters on the gendarmerie post in Sebba, the main town of the Yagha province, has risen to 14, a security source and a local official said on Thursday.

An initial toll given on Monday by the regional authorities put the number of dead at nine. The dead now include 11 gendarmes and three members of the Volunteers for the Defence of the Homeland (VDP), the civilian auxiliaries who fight alongside the army, the official said. Several wounded gendarmes evacuated to Dori, the regional capital, died in hospital there.

The attackers, who arrived on dozens of motorcycles, fought the gendarmes for more than two hours, then set fire to the post and several vehicles before withdrawing towards the border with Niger, a resident reached by telephone said. JNIM, al Qaeda's affiliate in the Sahel, claimed the attack in a statement on Tuesday.

In a separate incident on Monday, gunmen killed four civilians who were drawing water at a borehole near Mansila, about 40 km north of Sebba, the official said.

The military government in Ouagadougou, which has restricted independent reporting on the conflict, has not commented on either attack. Captain Ibrahim Traore, who seized power in September 2022, has promised to win back lost territory, but aid groups say towns in the Sahel region such as Sebba have been cut off by blockades for months.
""",
["BF", "NE"],
[("battle", "BF", "Sebba", 14, False), ("civilian_attack", "BF", "Mansila", 4, False)], [],
["Ibrahim Traore"], ["Volunteers for the Defence of the Homeland", "JNIM", "al Qaeda"],
"IMPLIED COUNTRY: Burkina Faso is never named (Yagha, Sebba, Dori, Mansila, the capital Ouagadougou, Traore) -> BF. FOLLOW-UP: Sunday assault on the gendarmerie (four days before) is the story's subject -> current; battle at Sebba, latest toll 14 (not the first 9). Monday killing of four at a borehole = civilian_attack at Mansila, 4. JNIM's claim = no event. 'dozens of motorcycles' is not a toll. 'Sahel region' is both a Burkinabe region and a general area (no country). NE = border reference only.",
when=past("2026-02-12", "Sunday", "Monday", "Tuesday", "Thursday"), region="sahel", implied=True, followup=True)

art("wire", "2025-12-03", "Drone strike on Kadugli market kills scores, aid group says; army reports heavy fighting near Kaloqi", """
A drone strike on the main market of Kadugli, the besieged capital of Sudan's South Kordofan state, killed scores of people on Monday, a local emergency response group said, blaming the paramilitary Rapid Support Forces (RSF) and their allies in the SPLM-N.

"Bodies are still being pulled from under burnt stalls," a volunteer with the group said, adding that a full count was impossible because the morgue at the town's hospital had run out of space. The RSF denied responsibility.

On Tuesday, the army said its troops had repelled an attack by the RSF and SPLM-N on their positions near Kaloqi, east of Kadugli, killing 30 fighters and destroying 11 combat vehicles. The RSF said it had inflicted heavy losses on the army. Neither account could be independently verified.

Kadugli and the nearby town of Dilling have been cut off for months, and the United Nations says famine has been confirmed in parts of the state. UN humanitarian chief Tom Fletcher condemned the market strike on Tuesday as "an atrocity" and called on both sides to let aid convoys through.

The war between the army and the RSF, which began in April 2023, has killed tens of thousands of people and driven more than 12 million from their homes, the largest displacement crisis in the world. Fighting has shifted towards Kordofan in recent months.
""",
["SD"],
[("explosion", "SD", "Kadugli", None, False), ("battle", "SD", "Kaloqi", 30, False)], ["diplomacy"],
["Tom Fletcher"], ["Rapid Support Forces", "SPLM-N", "United Nations"],
"TOLL IN WORDS: Monday drone strike on the market = explosion at Kadugli, 'scores' -> null (NOTES: vaguer words than tens/dozens/hundreds -> null). Tuesday fighting near Kaloqi = battle, 30 (the army's claim of enemy dead is the only figure, used as in b002/bf9-09; judgment). UN condemnation = diplomacy. War totals ('tens of thousands', 12 million displaced) = aggregates. SD named; SPLM-N org name only.",
when=past("2025-12-03", "Monday", "Tuesday"), region="horn_east_africa")

art("wire", "2025-06-12", "Two killed as opposition protest turns violent in Mogadishu; al Shabaab attacks base in Moqokori", """
MOGADISHU - At least two people were killed in the Somali capital on Wednesday when a protest by opposition supporters against the government's plans for direct elections turned violent, witnesses and a hospital official said.

Hundreds of protesters marched towards the KM4 junction chanting slogans against President Hassan Sheikh Mohamud before clashes broke out with police who tried to block the road. Protesters threw stones and set tyres on fire, and police fired live rounds and tear gas, witnesses said. A doctor at Madina hospital said two young men had died of gunshot wounds and 14 people were being treated.

The police commissioner said officers had been attacked by armed men hiding in the crowd, a claim the opposition rejected. The government later said 30 people had been detained.

Late on Tuesday, al Shabaab fighters attacked a military base in Moqokori, in the central Hiiraan region, with rocket-propelled grenades and machine guns, an army officer said. He said the attack had been repelled after several hours of fighting and that "several militants" were killed, but gave no figure for army losses. The group said in a statement that it had overrun part of the base.

The opposition, which includes former president Sharif Sheikh Ahmed, accuses the president of trying to extend his term by changing the electoral system. The government says one-person, one-vote elections are overdue.
""",
["SO"],
[("riot", "SO", "Mogadishu", 2, False), ("battle", "SO", "Moqokori", None, False)], ["strategic"],
["Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed"], ["al Shabaab"],
"PROTEST TURNED RIOT: Wednesday's opposition protest with stone-throwing, burning tyres and police fire = riot (one entry; its peaceful start is not a separate protest), located at Mogadishu (the clashes are not placed exactly at KM4, which the march was heading for), 2 dead. Tuesday night attack on the Moqokori base = battle, null ('several militants', army losses not given; the group's claim gives no number). 30 detained = strategic. SO via 'the Somali capital', Mogadishu, Hiiraan.",
when=past("2025-06-12", "Tuesday", "Wednesday"), region="horn_east_africa", riot_turn=True)

art("wire", "2025-09-18", "Jihadists kill seven fishermen on Lake Chad shore near Baga; Cameroonian troops repel attack on Fotokol", """
MAIDUGURI - Suspected Boko Haram fighters killed seven fishermen at a fishing camp near Doron Baga, on the shores of Lake Chad in northern Borno state, on Tuesday, a local fishermen's leader and a member of a civilian militia said.

The attackers arrived in canoes before dawn, tied up the fishermen and shot them, accusing them of paying levies to the rival Islamic State West Africa Province (ISWAP), said Abubakar Kolo, who leads a fishermen's association in Maiduguri, the state capital. Two others escaped by swimming into the reeds.

Across the border, Cameroonian troops on Wednesday repelled an attack on their base in Fotokol, in the Far North region, after hours of gunfire, a military source said. Two soldiers and two assailants were killed, the source said.

The Borno state government said fishing and farming around Baga and Kukawa would be banned for two weeks while soldiers cleared the area, a measure fishermen say hurts them more than the insurgents.

The jihadist insurgency, now in its 16th year, has killed more than 40,000 people in the region and forced about two million from their homes. Violence has surged this year, with both Boko Haram and ISWAP attacking military bases around the lake and abducting farmers for ransom.
""",
["NG", "CM"],
[("civilian_attack", "NG", "Doron Baga", 7, False), ("battle", "CM", "Fotokol", 4, False)], ["strategic"],
["Abubakar Kolo"], ["Boko Haram", "Islamic State West Africa Province", "ISWAP"],
"IMPLIED COUNTRY + TWO COUNTRIES: Nigeria is never named (Borno, Maiduguri, Doron Baga, Baga, Kukawa) -> NG; Cameroon via 'Cameroonian troops', Fotokol, Far North region. Tuesday killing of tied-up fishermen = civilian_attack at Doron Baga, 7. Wednesday assault on the Fotokol base with hours of gunfire = battle, 2 soldiers + 2 assailants = 4. Two-week fishing/farming ban = strategic. TRAP: 'Lake Chad' is a lake, not a reference to the state of Chad -> no TD (judgment). '40,000 killed' = aggregate.",
when=past("2025-09-18", "Tuesday", "Wednesday"), region="nigeria_lake_chad", implied=("NG",))

art("wire", "2026-03-11", "Death toll from Gwoza motor park suicide bombing rises to 16; five soldiers killed in attack on Wajiroko base", """
The death toll from Sunday's suicide bombing at a motor park in Gwoza, in Nigeria's north-eastern Borno state, has risen to 16, a health official and a member of the Civilian Joint Task Force (CJTF) said on Wednesday.

A woman disguised as a trader detonated explosives among passengers waiting for buses to Maiduguri, killing herself and 11 other people on the spot, police said on Monday. Four of the wounded have since died at the state specialist hospital in Maiduguri, the health official said.

No group has claimed the attack, but Boko Haram has repeatedly used women as suicide bombers in the area. In June 2024, a series of suicide bombings at a wedding, a funeral and a hospital in Gwoza killed 32 people.

In a separate attack late on Tuesday, fighters of the Islamic State West Africa Province (ISWAP) stormed a military base in Wajiroko, in the Damboa area, killing five soldiers and burning two armoured vehicles, two military sources said. The army said its troops, supported by air strikes, had "neutralised" a large number of the attackers.

Borno Governor Babagana Zulum, who visited the wounded on Monday, urged the federal government to recruit more local hunters and vigilantes to guard roads and markets, saying the army was stretched too thin.
""",
["NG"],
[("explosion", "NG", "Gwoza", 16, False), ("battle", "NG", "Wajiroko", 5, False),
 ("explosion", "NG", "Gwoza", 32, True)], [],
["Babagana Zulum"], ["Civilian Joint Task Force", "Boko Haram", "Islamic State West Africa Province"],
"FOLLOW-UP: Sunday suicide bombing (three days before) is the subject -> current explosion at Gwoza; latest toll 16 (bomber + 11 + 4 who died later). Tuesday night ISWAP storming of the Wajiroko base = battle, 5 soldiers ('a large number' of attackers not added; air strikes are part of the same fight, first mechanism = the assault). Background: June 2024 bombings at three sites in Gwoza with one joint toll = one explosion entry, 32 (a016 rule).",
when=past("2026-03-11", "Sunday", "Monday", "Tuesday", "Wednesday"), region="nigeria_lake_chad", followup=True)

art("wire", "2025-11-20", "Eleven killed in Druze-Bedouin clashes in Suwayda's al-Mazraa; Israeli strikes hit near Izra", """
Clashes between Druze gunmen and Bedouin tribal fighters in the village of al-Mazraa, in Syria's southern Suwayda province, killed 11 people on Tuesday and Wednesday, the Syrian Observatory for Human Rights said, in the worst flare-up in the area for months.

The Britain-based monitor said seven of the dead were Druze fighters and four were tribesmen. The fighting broke out after a dispute over a seized truck at a checkpoint on the road to Suwayda city, residents said.

Government security forces deployed to the edge of the village on Wednesday to separate the two sides, the interior ministry said.

Late on Wednesday, Israeli aircraft struck military vehicles near Izra, in neighbouring Deraa province, the Israeli military said, adding that it would not allow government forces to threaten the Druze. There was no immediate word on casualties. Syria's foreign ministry condemned the strikes as a violation of its sovereignty.

Hundreds of people were killed in sectarian fighting in Suwayda in July before a ceasefire brokered by the United States took hold. Israel, which has a Druze minority of its own, has carried out repeated strikes in southern Syria since the fall of Bashar al-Assad in December 2024 and says it wants the area demilitarised.
""",
["SY", "GB", "IL", "US"],
[("battle", "SY", "al-Mazraa", 11, False), ("explosion", "SY", "Izra", None, False)], ["strategic", "diplomacy"],
["Bashar al-Assad"], ["Syrian Observatory for Human Rights"],
"Druze-Bedouin fighting on Tuesday and Wednesday = one battle entry at al-Mazraa, 11 (7 + 4). Wednesday Israeli air strikes near Izra = explosion, null ('no immediate word on casualties'). Government deployment = strategic; Syrian condemnation = diplomacy. The July sectarian fighting in Suwayda ('hundreds of people were killed', a province-wide episode with no place or single incident) and Israel's 'repeated strikes' since December 2024 = aggregates/general, not listed (judgment). GB via 'Britain-based'; US via the ceasefire broker.",
when=past("2025-11-20", "Tuesday", "Wednesday"), region="middle_east")

art("wire", "2026-01-08", "Eight killed in fighting in Yemen's Qataba; Aden residents march peacefully over power cuts", """
ADEN - Fighting between Houthi forces and troops loyal to Yemen's internationally recognised government killed eight fighters in the Qataba district of the southern Dhale province on Tuesday, military officials on both sides said.

Government officials said five of their soldiers died when Houthi fighters stormed positions on hills overlooking the district and fought for several hours before being pushed back. The Houthi movement, Ansar Allah, said three of its fighters were killed and described the attack as a response to government "escalation".

In Aden, the seat of the government, hundreds of residents marched on Wednesday to protest against power cuts lasting up to 16 hours a day, carrying empty fuel cans and banners criticising the electricity ministry. The march ended without incident outside the governorate building, where organisers handed over a list of demands.

The front lines in Yemen have been largely frozen since a truce brokered by the United Nations in April 2022, though deadly clashes still break out regularly in Dhale, Taiz and Marib. Saudi Arabia, which leads the coalition backing the government, has held talks with the Houthis on a wider peace deal, but no agreement has been announced.

The government, short of revenue since Houthi drone attacks halted its oil exports in 2022, has struggled to pay for fuel for Aden's power stations.
""",
["YE", "SA"],
[("battle", "YE", "Qataba", 8, False), ("protest", "YE", "Aden", None, False)], [],
[], ["Ansar Allah", "United Nations"],
"Tuesday Houthi assault on government positions = battle in Qataba, 5 + 3 = 8 (both sides' own losses, added). Wednesday's march that 'ended without incident' = protest at Aden, null. The 2022 truce, Saudi-Houthi talks and the 2022 drone attacks on oil terminals = background context without place or toll as told; the drone attacks are a general campaign, not listed (judgment). SA via 'Saudi Arabia'.",
when=past("2026-01-08", "Tuesday", "Wednesday"), region="middle_east")

art("wire", "2025-10-29", "Toll from Russian missile strike on Sumy rises to eight; drone kills driver in Russia's Bryansk region", """
KYIV - The death toll from a Russian missile strike on the centre of Sumy on Monday has risen to eight, including a 12-year-old girl, after rescuers pulled two more bodies from the rubble of a four-storey building, regional officials said on Wednesday.

Two ballistic missiles hit the city in the late afternoon, one striking a residential building and the other damaging a university campus, the head of the regional military administration said. More than 40 people were wounded.

In Russia's Bryansk region, a Ukrainian drone hit a car on the outskirts of the town of Klintsy on Tuesday evening, killing its driver, regional governor Alexander Bogomaz said on Telegram. Russia's defence ministry said its air defences had destroyed 54 Ukrainian drones over several regions overnight.

Sumy, about 30 km from the Russian border, has been hit repeatedly since the start of the full-scale invasion. In April, a Russian missile attack on the city centre on Palm Sunday killed 35 people as residents gathered for church services.

President Volodymyr Zelenskiy called on Western allies to send more air defence systems and to tighten sanctions on Russian oil exports, saying Moscow was answering every call for a ceasefire with new strikes on cities.
""",
["UA", "RU"],
[("explosion", "UA", "Sumy", 8, False), ("explosion", "RU", "Klintsy", 1, False),
 ("explosion", "UA", "Sumy", 35, True)], ["diplomacy"],
["Alexander Bogomaz", "Volodymyr Zelenskiy"], [],
"FOLLOW-UP + TWO COUNTRIES: Monday missile strike on Sumy = explosion, latest toll 8. Tuesday Ukrainian drone strike on a car near Klintsy = explosion in RU, 1. '54 drones destroyed' = interceptions, not an incident. Background: the April Palm Sunday missile attack on Sumy = explosion, 35 ('Palm Sunday' is a named day, not a weekday reference). Zelenskiy's appeal for air defence and sanctions = diplomacy. UA named via 'Ukrainian' and Kyiv dateline.",
when=past("2025-10-29", "Monday", "Tuesday", "Wednesday"), region="ukraine_russia", followup=True)

art("wire", "2026-02-25", "Russia claims capture of Uspenivka near Huliaipole; shelling kills two in Nikopol", """
Russia's defence ministry said on Tuesday its forces had taken control of the village of Uspenivka, east of Huliaipole in Ukraine's Zaporizhzhia region, after days of fighting. Ukraine's General Staff said its troops were still fighting in the area and that Russian assault groups had suffered heavy losses.

Russian forces have been pressing towards Huliaipole since the autumn, using small infantry groups backed by drones and glide bombs, Ukrainian military analysts say.

On Wednesday morning, Russian artillery shelled Nikopol, across the Dnipro river from the Russian-occupied Zaporizhzhia nuclear power plant, killing two men and wounding five people, regional governor Serhiy Lysak said. A bus station and several houses were damaged.

Nikopol has been shelled almost daily since Russian forces took the nuclear plant in March 2022. In April last year, a Russian missile strike on a playground in Kryvyi Rih, about 80 km to the north-west, killed 20 people, including nine children.

The Kremlin said on Tuesday that Russian and Ukrainian negotiators would meet again in Geneva next week for talks on a prisoner exchange and on security guarantees, but warned that it would not accept a ceasefire before an agreement on territory.
""",
["RU", "UA", "CH"],
[("battle", "UA", "Uspenivka", None, False), ("explosion", "UA", "Nikopol", 2, False),
 ("explosion", "UA", "Kryvyi Rih", 20, True)], ["diplomacy"],
["Serhiy Lysak"], ["General Staff", "Kremlin"],
"Russia's claimed capture of Uspenivka 'after days of fighting', contested by Ukraine = battle (fighting reported), null. Wednesday shelling of Nikopol = explosion, 2. Background: the April 2025 playground missile strike in Kryvyi Rih = explosion, 20. The 2022 seizure of the nuclear plant = history, not listed. Announced Geneva talks = diplomacy; CH via Geneva. Kryvyi Rih is given only by its name (UA by gazetteer).",
when=past("2026-02-25", "Tuesday", "Wednesday"), region="ukraine_russia")

art("wire", "2025-08-21", "Junta air strike kills 14 in Singu township village; resistance fighters attack police station in Madaya", """
An air strike by the military on a village in Singu township, in the Mandalay region, killed 14 civilians, including five children, on Tuesday night, a local resistance group and two residents said.

A fighter jet dropped two bombs on the village of Ywathit as residents gathered at the monastery for a novice ordination ceremony, a member of the Singu People's Defence Force said. "We buried them the next morning, before the planes could come back," one resident said by telephone.

On Wednesday, a coalition of local People's Defence Forces attacked a police station in Madaya, north of Mandalay city, killing three police officers and seizing weapons and ammunition, the coalition said in a statement. State media did not report the attack.

Junta spokesman Major General Zaw Min Tun said in a statement issued in Naypyitaw that the military had targeted "terrorist training camps" in the Singu area and denied hitting civilians.

The military, which seized power in a coup in February 2021, has lost control of large parts of the country to ethnic armed groups and resistance forces, and has increasingly relied on air strikes. It plans to hold elections in December that the National Unity Government, the main opposition administration, has called a sham.
""",
["MM"],
[("explosion", "MM", "Ywathit", 14, False), ("battle", "MM", "Madaya", 3, False)], [],
["Zaw Min Tun"], ["Singu People's Defence Force", "People's Defence Forces", "National Unity Government"],
"IMPLIED COUNTRY: Myanmar is never named (Mandalay region, Singu, Madaya, Naypyitaw) -> MM. Tuesday night air strike = explosion at the village Ywathit, 14. Wednesday PDF attack on a police station = battle at Madaya, 3 (the attackers' figure is the only one). The junta's denial = no event (domestic statement). 2021 coup and planned elections = history/plans, not listed.",
when=past("2025-08-21", "Tuesday", "Wednesday"), region="myanmar", implied=True)

art("wire", "2026-01-21", "Mortar shell from Myanmar fighting kills woman in Bangladesh border village; Dhaka summons envoy", """
DHAKA - A mortar shell fired during fighting across the border in Myanmar landed on a house in the Bangladeshi village of Tumbru, in Bandarban district, on Monday, killing a woman and wounding her two children, police and local officials said.

The shell came from the area of Maungdaw in Myanmar's Rakhine State, where the Arakan Army (AA), the ethnic armed group that controls most of the state, has been fighting Rohingya armed groups for weeks. Heavy fighting on Monday between the AA and fighters of the Rohingya Solidarity Organisation on the outskirts of Maungdaw killed at least six fighters, a Rohingya activist in Cox's Bazar said, citing contacts on the other side.

Bangladesh's foreign ministry summoned Myanmar's ambassador on Tuesday to lodge a strong protest over the death and demanded that all parties "respect the sovereignty of Bangladesh". Border Guard Bangladesh (BGB) said it had reinforced its posts along the Naf river and the hill border.

It is not the first time Bangladeshi border villages have been hit. In February 2024, two people were killed when a mortar shell fired from Myanmar struck a house in Ghumdhum.

Bangladesh already hosts more than a million Rohingya refugees who fled military crackdowns in Myanmar, and officials fear a new influx.
""",
["MM", "BD"],
[("explosion", "BD", "Tumbru", 1, False), ("battle", "MM", "Maungdaw", 6, False),
 ("explosion", "BD", "Ghumdhum", 2, True)], ["diplomacy", "strategic"],
[], ["Arakan Army", "Rohingya Solidarity Organisation", "Border Guard Bangladesh"],
"NATIONALITY VS PLACE: the shell was fired in Myanmar but exploded in Tumbru -> explosion in BD, 1. Monday AA-RSO fighting 'on the outskirts of Maungdaw' = battle in MM at Maungdaw, 'at least six' -> 6 (the Rohingya activist's figure, the only one). Summoning of the ambassador = diplomacy; BGB reinforcing posts = strategic (deployment). Background: February 2024 shell on a house in Ghumdhum = explosion in BD, 2. Refugee crackdowns = history, not listed.",
when=past("2026-01-21", "Monday", "Tuesday"), region="myanmar")

art("wire", "2025-07-09", "Gunmen kill seven at bar in Villahermosa; soldiers kill three suspects in Cardenas shootout", """
VILLAHERMOSA, Mexico - Gunmen opened fire inside a bar in Villahermosa, the capital of Mexico's southern Tabasco state, late on Monday, killing seven people and wounding five, state prosecutors said.

A group of armed men arrived in two pick-up trucks, forced the doorman inside and fired at customers and staff before fleeing, according to a statement from the Tabasco attorney general's office. Among the dead were two waitresses and a musician who had been playing at the bar.

On Tuesday, soldiers patrolling a rural road near Cardenas, about 50 km west of the city, came under fire from gunmen in a car, the defence ministry said. Three of the attackers were killed in the exchange of fire and one soldier was wounded. Rifles, ammunition and packets of suspected drugs were seized.

Tabasco, long one of Mexico's quieter states, has seen a surge in killings since early 2024 as factions of the Jalisco New Generation Cartel and a local gang fight over fuel theft and drug routes. State officials said the bar was in an area disputed by both groups.

More than 100 National Guard troops arrived in Villahermosa on Tuesday to reinforce patrols, Governor Javier May said, adding that the attack "will not go unpunished".
""",
["MX"],
[("civilian_attack", "MX", "Villahermosa", 7, False), ("battle", "MX", "Cardenas", 3, False)], ["strategic"],
["Javier May"], ["Jalisco New Generation Cartel", "National Guard"],
"Monday night shooting of customers and staff = civilian_attack at Villahermosa, 7. Tuesday gunmen vs soldiers exchange of fire = battle near Cardenas, 3 attackers (soldier only wounded). Seizure of weapons is part of the clash. National Guard reinforcements = strategic (deployment). 'Surge in killings since 2024' = aggregate.",
when=past("2025-07-09", "Monday", "Tuesday"), region="latin_america")

art("wire", "2025-11-11", "Protest over boy's death turns violent in Manaus; buses set alight in Compensa", """
MANAUS, Brazil - Residents of the Compensa neighbourhood of Manaus set fire to three buses and threw stones at police on Monday in a protest over the death of a nine-year-old boy who was hit by a stray bullet during a police operation, officials said.

The protest began as a march by relatives and neighbours carrying photographs of the boy, but turned violent in the afternoon when a group of young men blocked an avenue with burning tyres and attacked a police car. Military police used tear gas and rubber bullets to disperse the crowd. No one was killed, but four officers were slightly hurt, police said.

The boy was killed on Sunday evening as he played outside his home, when military police exchanged fire with suspected members of the Comando Vermelho gang during a raid in the neighbourhood. Two suspects were also killed, police said.

The Amazonas state public security department said an investigation had been opened into the source of the bullet that killed the boy and that the officers involved had been moved to desk duty. Relatives said the police had fired first.

The capital of Amazonas state has become a battleground between the Comando Vermelho and rival factions over cocaine routes along the Amazon river system, and police operations in poor neighbourhoods have grown more frequent.
""",
["BR"],
[("battle", "BR", "Compensa", 3, False), ("riot", "BR", "Compensa", 0, False)], [],
[], ["Comando Vermelho"],
"PROTEST TURNED RIOT: Monday's march that turned into bus-burning and stone-throwing = riot at Compensa, 0 ('No one was killed'); the peaceful first part is not a separate protest. Sunday police-gang exchange of fire (the day before) = battle at Compensa, 3 (the boy hit by a stray bullet + 2 suspects; a030 precedent). Officers moved to desk duty and an investigation = administrative, not listed. 'battleground' is figurative.",
when=past("2025-11-11", "Sunday", "Monday"), region="latin_america", riot_turn=True)

art("wire", "2026-03-26", "Gunmen kill six mourners at wake in Choloma as gang violence returns to the north", """
SAN PEDRO SULA - Gunmen burst into a wake in the industrial city of Choloma, in the northern department of Cortes, on Wednesday night and shot dead six people, including a 15-year-old girl, police said.

Witnesses told local television that four men wearing police-style vests arrived in a pick-up truck, ordered the mourners to lie on the floor and opened fire. The wake was for a former gang member who had been released from prison last year, police spokesman Edgardo Barahona said, suggesting a dispute between factions of the Barrio 18 gang.

The government in Tegucigalpa said on Thursday it would send an additional 300 military police officers to Choloma and neighbouring San Pedro Sula and extend a partial state of emergency, in force since December 2022, for another 45 days.

Barrio 18 and its rival, the Mara Salvatrucha, have controlled neighbourhoods in the north of the country for two decades, extorting bus drivers and shopkeepers. The authorities blamed Barrio 18 for the country's worst prison massacre, a riot at the women's prison in Tamara, near the capital, in June 2023, in which 46 inmates were killed.

Human rights groups say the state of emergency has led to arbitrary arrests without reducing extortion.
""",
["HN"],
[("civilian_attack", "HN", "Choloma", 6, False), ("riot", "HN", "Tamara", 46, True)], ["strategic"],
["Edgardo Barahona"], ["Barrio 18", "Mara Salvatrucha"],
"IMPLIED COUNTRY: Honduras is never named (Choloma, Cortes, San Pedro Sula, Tegucigalpa, Tamara) -> HN. Wednesday night shooting at a wake = civilian_attack at Choloma, 6. Military police reinforcements and emergency extension = strategic. Background: the June 2023 Tamara women's prison riot = riot (prison riot convention), 46.",
when=past("2026-03-26", "Wednesday", "Thursday"), region="latin_america", implied=True)

art("wire", "2025-10-16", "Bomb damages bus company office in Trujillo; driver shot dead in Lima as transport workers march", """
LIMA - An explosive device damaged the offices of a bus company in the northern Peruvian city of Trujillo early on Tuesday, the latest in a wave of attacks blamed on extortion gangs, police said. No one was injured.

The blast shattered the windows of the building and of several nearby houses in the El Porvenir district. A handwritten note left at the scene demanded that the company "pay or keep burning", police said.

Hours later in Lima, a gunman riding pillion on a motorcycle shot dead a bus driver at a stop in the district of San Juan de Lurigancho. The driver's company had received threatening messages demanding weekly payments, its owner told reporters.

On Wednesday, thousands of bus and minibus drivers marched peacefully to Congress in central Lima to demand tougher action against extortion, leaving many of the capital's routes without service. Police escorted the march, which dispersed in the evening.

The government said on Wednesday it would deploy soldiers to guard bus terminals in Lima and Trujillo under a state of emergency. Transport unions say more than 40 drivers have been killed in extortion-related attacks this year. Trujillo, Peru's third-largest city, has suffered dozens of bombings against businesses since January, according to police.
""",
["PE"],
[("explosion", "PE", "El Porvenir", 0, False), ("civilian_attack", "PE", "San Juan de Lurigancho", 1, False),
 ("protest", "PE", "Lima", None, False)], ["strategic"],
[], ["Congress"],
"Tuesday bomb at the bus company = explosion, located at the district named (El Porvenir, Trujillo), 0 ('No one was injured'). Tuesday killing of a bus driver = civilian_attack at San Juan de Lurigancho, 1. Wednesday's peaceful drivers' march = protest at Lima, null. Troop deployment = strategic. '40 drivers killed this year' and 'dozens of bombings since January' = aggregates.",
when=past("2025-10-16", "Tuesday", "Wednesday"), region="latin_america")

art("wire", "2025-06-01", "Two killed, five wounded in shooting at graduation party in Fresno", """
FRESNO, Calif. - Two people were killed and five wounded when gunfire broke out at a graduation party at a house in southeast Fresno late on Saturday, police said.

Officers called to the home shortly before 11:30 p.m. found several people with gunshot wounds in the backyard and on the street outside. A 19-year-old man died at the scene and a 17-year-old girl died at Community Regional Medical Center early on Sunday, a police spokesman said at a news conference. Three of the wounded remained in critical condition.

About 100 young people were at the party, held to celebrate the end of high school, when an argument in the backyard escalated and at least two people pulled out handguns, investigators believe. Detectives had recovered more than 30 shell casings of two different calibres. No arrests had been made by Sunday afternoon.

"These were kids celebrating the biggest day of their lives so far," Mayor Jerry Dyer said. "Somebody brought a gun to a party, and now two families are planning funerals instead."

Police asked anyone with videos from the party to come forward. The shooting was the third at a party in the city this spring, according to police figures.
""",
["US"],
[("civilian_attack", "US", "Fresno", 2, False)], [],
["Jerry Dyer"], ["Community Regional Medical Center"],
"LOCAL US CRIME REPORT, IMPLIED COUNTRY: the United States is never named (Fresno, 'Calif.') -> US. Saturday night shooting at a party = civilian_attack (partygoers shot; the shooters are individuals, not organised groups), Fresno, 2. 'Third shooting at a party this spring' = aggregate. No arrests yet -> no strategic.",
when=past("2025-06-01", "Saturday", "Sunday"), region="europe_north_america", implied=True)

art("wire", "2026-02-03", "Man who killed neighbour shot dead by police after firing at officers in Tulsa", """
TULSA, Okla. - A man who shot and killed his neighbour in north Tulsa on Monday was himself shot dead by police after he opened fire on officers from his porch, the Tulsa Police Department said.

Officers were called to the quiet residential street at about 4 p.m. after neighbours reported hearing shots. They found a 61-year-old man dead in his driveway. Relatives said he had argued for months with the man next door over a fence and a barking dog.

When officers approached the suspect's house, he fired at them with a rifle, hitting a patrol car, police spokeswoman Sergeant Dana Holt said. Two officers returned fire, killing the man, identified as Curtis Lee Ward, 48. No officers were hurt.

"Our officers were shot at within seconds of arriving," Holt told reporters. "They did what they are trained to do."

The Oklahoma State Bureau of Investigation will review the shooting, as is standard when officers use deadly force, and the two officers have been placed on paid administrative leave.

Neighbours said Ward had lived alone in the house for years and had recently put up signs warning trespassers away. Court records show he had been charged with a misdemeanour assault in 2019.
""",
["US"],
[("civilian_attack", "US", "Tulsa", 1, False), ("battle", "US", "Tulsa", 1, False)], [],
["Dana Holt", "Curtis Lee Ward"], ["Tulsa Police Department", "Oklahoma State Bureau of Investigation"],
"LOCAL US CRIME REPORT, IMPLIED COUNTRY: only Tulsa/'Okla.'/Oklahoma -> US. The killing of the unarmed neighbour = civilian_attack, Tulsa, 1. The suspect firing on police and being shot dead in the exchange = battle (armed clash with state forces), Tulsa, 1 (judgment: an armed individual is not an organised group; see doubts). Review and administrative leave = routine, not listed. 2019 misdemeanour = not an incident.",
when=past("2026-02-03", "Monday"), region="europe_north_america", implied=True)

art("wire", "2025-09-10", "Teenager shot dead in Marseille's northern districts; man killed in Nimes drug-point shooting", """
MARSEILLE - A 16-year-old boy was shot dead late on Tuesday at the foot of a housing block in the Font-Vert estate in Marseille's 14th arrondissement, in what prosecutors said was the latest killing linked to the city's drug trade.

The boy, who according to police sources was working as a lookout at a drug-dealing point, was hit by several bullets fired from a passing car, the Marseille prosecutor's office said. He died before emergency services arrived.

Earlier on Tuesday, a man in his twenties was killed and another wounded when gunmen opened fire at a dealing point in the Pissevin district of Nimes, about 100 km to the west, the Nimes prosecutor said.

The killings bring the number of drug-related murders in the Marseille area this year to 17, prosecutors said. In 2023, a record 49 people were killed in such shootings in and around the city, many of them teenagers recruited by gangs through social media.

The interior minister said two additional units of riot police would be sent to Marseille this week and called the trafficking networks a threat to the republic. Residents' groups in the northern districts say police operations disrupt dealing points only for days before they reopen.
""",
["FR"],
[("civilian_attack", "FR", "Font-Vert", 1, False), ("civilian_attack", "FR", "Pissevin", 1, False)], ["strategic"],
[], [],
"Two Tuesday shootings at drug-dealing points: the boy in the Font-Vert estate (Marseille) and the man in Pissevin (Nimes) = two civilian_attack entries, 1 each (victims not described as armed; gang-linked killings coded as shootings of unarmed people, as bf9-38; judgment). Riot police reinforcements = strategic (deployment). '17 this year', '49 in 2023' = aggregates. FR via Marseille/Nimes/'the republic' (the country is never named; not flagged implied).",
when=past("2025-09-10", "Tuesday"), region="europe_north_america")

art("wire", "2025-08-13", "Anti-migrant protest turns violent in Portadown; anti-racism rally in Belfast passes off peacefully", """
BELFAST - Eleven police officers were injured on Monday night when a protest outside a hotel housing asylum seekers in Portadown turned violent, with masked youths throwing petrol bombs, bricks and fireworks at police lines, the Police Service of Northern Ireland (PSNI) said.

The PSNI said the protest began with about 200 people gathering peacefully after claims circulated online that a local woman had been harassed, claims police said they had found no evidence for. Trouble escalated after dark, when a car and several bins were set alight and water cannon was deployed to push the crowd back from the hotel. Six people were arrested. None of the hotel's residents were hurt.

On Tuesday evening, about 1,500 people marched through Belfast city centre to City Hall in an anti-racism rally organised by trade unions and migrant groups, which passed off without incident.

First Minister Michelle O'Neill condemned what she called "racist thuggery" in Portadown, and Deputy First Minister Emma Little-Pengelly said violence against police could never be justified.

Northern Ireland saw several nights of anti-immigrant disorder last year. Police said extra officers from Scotland were available under a mutual aid arrangement if the unrest continued.
""",
["GB"],
[("riot", "GB", "Portadown", None, False), ("protest", "GB", "Belfast", None, False)], ["strategic"],
["Michelle O'Neill", "Emma Little-Pengelly"], ["Police Service of Northern Ireland", "PSNI"],
"PROTEST TURNED RIOT: Monday night's protest outside the hotel that turned to petrol bombs and arson = riot at Portadown, null (injuries only; 'None of the hotel's residents were hurt' does not cover the 11 injured officers, so not 0). Tuesday's anti-racism march that 'passed off without incident' = protest at Belfast, null. Six arrests = strategic. 'Several nights of disorder last year' = unspecific, not listed. GB via Northern Ireland/Scotland. TRAP: 'Ireland' occurs only inside 'Northern Ireland' -> no IE.",
when=past("2025-08-13", "Monday", "Tuesday"), region="europe_north_america", riot_turn=True)

art("wire", "2025-12-30", "Roadside bomb kills five police in Kohat; militants repulsed in attack on Lachi post", """
PESHAWAR - A roadside bomb tore through a police van near the village of Jarma in Kohat district of Pakistan's northwestern Khyber Pakhtunkhwa province on Monday, killing five policemen, including a station house officer, officials said.

The van was escorting a convoy of trucks carrying food supplies towards Kurram when the remote-controlled device, planted in a culvert, exploded, district police officer Zahid Mahmood said. Two other policemen were wounded.

Hours later, militants armed with rifles and rocket-propelled grenades attacked a police post in Lachi tehsil of the same district, but were driven back after a gunfight lasting more than an hour. Two attackers were killed and a constable was wounded, police said.

The Pakistani Taliban, or Tehreek-e-Taliban Pakistan (TTP), claimed responsibility for the bombing. Pakistan's Foreign Office said on Tuesday it had lodged a strong protest with the Taliban government in Kabul over what it called the use of Afghan soil by the TTP, a charge Kabul denies.

Militant violence in the province has risen sharply since the TTP ended a ceasefire with the government in November 2022, with police, soldiers and government workers the main targets.
""",
["PK", "AF"],
[("explosion", "PK", "Jarma", 5, False), ("battle", "PK", "Lachi", 2, False)], ["diplomacy"],
["Zahid Mahmood"], ["Tehreek-e-Taliban Pakistan", "Foreign Office", "Taliban"],
"Monday roadside bomb on a police van = explosion at Jarma (the village named), 5. Monday attack on the Lachi post repulsed in a gunfight = battle, 2 attackers. Foreign Office protest to Kabul = diplomacy. AF via Kabul (capital as metonym) and 'Afghan soil'. The TTP's 2022 end of ceasefire = history; rising violence = aggregate.",
when=past("2025-12-30", "Monday", "Tuesday"), region="south_asia")

art("wire", "2026-04-08", "BSF fire kills Bangladeshi villager near Cooch Behar border; protesters block highway in Patgram", """
DHAKA - India's Border Security Force (BSF) shot dead a Bangladeshi man near the border in Cooch Behar district of West Bengal early on Monday, Bangladeshi officials and the man's family said, prompting protests in his home town.

The BSF said in a statement that its troops had fired in self-defence after a group of cattle smugglers armed with sickles and sticks attacked a patrol inside Indian territory near Sitalkuchi. The family of the dead man, Rafiqul Islam, 27, said he was a farm labourer who had crossed to look for work.

On Tuesday, hundreds of residents of Patgram, in Bangladesh's Lalmonirhat district, marched to the local camp of Border Guard Bangladesh (BGB) and held a sit-in on the highway for three hours, demanding justice. The protest was peaceful and ended after local officials promised to raise the case with India, police said.

BGB sent a protest note to the BSF and called for a flag meeting, and Bangladesh's foreign ministry summoned India's acting high commissioner in Dhaka on Tuesday to demand an investigation.

Rights groups in Bangladesh say BSF shootings have killed dozens of Bangladeshi civilians along the border in recent years. India says its troops use force only when attacked.
""",
["IN", "BD"],
[("civilian_attack", "IN", "Sitalkuchi", 1, False), ("protest", "BD", "Patgram", None, False)], ["diplomacy"],
["Rafiqul Islam"], ["Border Security Force", "Border Guard Bangladesh"],
"NATIONALITY VS PLACE + TWO COUNTRIES: a Bangladeshi shot by Indian border guards 'inside Indian territory near Sitalkuchi' -> civilian_attack in IN, 1 (victim described as unarmed by his family; the BSF's account of an attack with sickles is not enough to make it a battle; judgment). Tuesday's peaceful sit-in = protest in BD at Patgram, null. Protest note and summoning of the envoy = diplomacy. 'Dozens killed in recent years' = aggregate.",
when=past("2026-04-08", "Monday", "Tuesday"), region="south_asia")

# =====================================================================================
# bf10-41..60  QUIET articles: title, 120-300 words, no current incident (realistic traps).
# =====================================================================================

art("quiet", "2026-03-15", "Christchurch remembers 51 worshippers seven years after mosque attacks", """
CHRISTCHURCH - Several hundred people gathered in the grounds of the Al Noor Mosque on Sunday to mark seven years since a white supremacist gunman attacked two mosques in the city during midday prayers.

On March 15, 2019, the Australian-born gunman shot dead 44 people at the Al Noor Mosque before driving across the city to the Linwood Islamic Centre, where he killed seven more. He was sentenced in 2020 to life in prison without the possibility of parole, the first such sentence in New Zealand's history.

Survivors and relatives read the names of the dead while children from local schools laid flowers along the fence where, in the days after the attacks, thousands of bouquets piled up. Prime Minister Christopher Luxon told the gathering the country had "changed forever" that afternoon and that its response - the ban on most semi-automatic weapons passed within weeks under then prime minister Jacinda Ardern - remained a source of pride.

Imam Hassan Karimi, who was among the worshippers at Al Noor when the shooting began, said the community had chosen to answer hatred with open doors. "Every year more people who are not Muslim come to this day. That is our victory," he said.

Community leaders used the anniversary to warn that online networks glorifying the attacker remain active, and urged technology companies to remove footage of the shooting that still circulates.
""",
["NZ", "AU"],
[("civilian_attack", "NZ", "Al Noor Mosque", 44, True), ("civilian_attack", "NZ", "Linwood Islamic Centre", 7, True)], [],
["Christopher Luxon", "Jacinda Ardern", "Hassan Karimi"], [],
"MEMORIAL: no current incident. The March 15, 2019 shootings retold with a toll for each mosque = two background civilian_attack entries (Al Noor Mosque 44; Linwood Islamic Centre 7); the joint 51 in the title is their sum, not a third entry. The 2020 sentence and the gun ban = history. AU via 'Australian-born gunman' (demonym). 'shot dead', 'shooting' refer to 2019.",
when=past("2026-03-15", "Sunday"), topic="memorial")

art("quiet", "2025-11-26", "Court sentences four men over 2023 Bajaur political convention bombing", """
PESHAWAR - An anti-terrorism court in Peshawar on Wednesday sentenced four men to life in prison for helping to organise the suicide bombing of a political convention in Bajaur in July 2023, one of the deadliest attacks in Pakistan in recent years.

The bomber blew himself up among hundreds of supporters of the Jamiat Ulema-e-Islam-Fazl (JUI-F) party gathered in a marquee in Khar, the main town of the district, killing at least 63 people and wounding more than 120. The Islamic State Khorasan Province claimed the attack.

Prosecutors from the Counter Terrorism Department said the four convicts had sheltered the bomber for a week, scouted the venue and transported the explosives from across the Afghan border. The court acquitted two other defendants for lack of evidence. Defence lawyers said they would appeal to the Peshawar High Court.

Relatives of the victims, several of whom travelled from Bajaur for the verdict, said the sentences were a first step but that those who planned the attack remained free. "The men who sent him are sitting on the other side of the border," said Abdul Wali, whose two sons were killed.

JUI-F chief Fazl-ur-Rehman welcomed the verdict and called on the government to protect political gatherings ahead of local elections in the province.
""",
["PK", "AF"],
[("explosion", "PK", "Khar", 63, True)], ["strategic"],
["Abdul Wali", "Fazl-ur-Rehman"], ["Jamiat Ulema-e-Islam-Fazl", "Islamic State Khorasan Province", "Counter Terrorism Department", "Peshawar High Court"],
"TRIAL: no current incident; the sentencing = strategic (court case). Background: the July 2023 suicide bombing in Khar = explosion, 'at least 63' -> 63. AF via 'the Afghan border' (demonym; nothing happens there). 'Other side of the border' = no further country.",
when=past("2025-11-26", "Wednesday"), topic="trial")

art("quiet", "2026-01-06", "U.S. mass shootings fell for a third straight year in 2025, tracker says", """
WASHINGTON - Mass shootings in the United States fell for a third consecutive year in 2025, according to figures released on Tuesday by the Gun Violence Archive, a nonprofit group that tracks gun violence from police and media reports.

The group counted 408 mass shootings - incidents in which four or more people, not including the shooter, were shot - down from 503 in 2024 and a peak of 689 in 2021. Overall gun deaths, including suicides, fell by about 8 percent to roughly 39,000.

Researchers cautioned that the decline, while welcome, left the country far above other wealthy nations. "We are back to where we were before the pandemic, which was already a crisis," said the group's research director, Lena Ortiz. Homicides fell in most large cities, with the sharpest drops in Baltimore, Detroit and Philadelphia.

The report noted that shootings at parties and family gatherings made up nearly a third of all mass shootings. The deadliest mass shooting in the country's modern history remains the October 2017 attack on a country music festival in Las Vegas, in which a gunman firing from a hotel window killed 60 people.

Gun control groups said the figures showed that community violence programmes were working, while gun rights advocates credited tougher policing. Both sides expect the issue to feature in this year's midterm elections.
""",
["US"],
[("civilian_attack", "US", "Las Vegas", 60, True)], [],
["Lena Ortiz"], ["Gun Violence Archive"],
"STATISTICS: yearly counts (408 mass shootings, 39,000 gun deaths, city homicide trends) = aggregates, not listed. One specific past incident is recalled with its toll: the October 2017 Las Vegas festival shooting = background civilian_attack, 60. 'firing', 'shot' belong to statistics and 2017. Midterm elections = future politics.",
when=past("2026-01-06", "Tuesday"), topic="statistics")

art("quiet", "2025-09-05", "Venice applauds Lebanese drama set during the 1982 siege of Beirut", """
VENICE - A Lebanese drama about a family trapped in a West Beirut apartment block during the summer of 1982 drew a ten-minute standing ovation at the Venice Film Festival on Thursday, putting it among the favourites for the Golden Lion.

"The Tenth Floor", the second feature by director Rania Haddad, unfolds almost entirely in the stairwell and basement of a building where neighbours shelter from the shelling as Israeli forces besiege the city and Palestinian fighters prepare to leave by sea. The war is mostly heard rather than seen: the whistle of artillery, the crack of sniper fire, the silence after the bombs.

The film was shot over six weeks in an abandoned hotel in the northern city of Tripoli, where Haddad's crew rebuilt the stairwell floor by floor. Lead actress Nour Khoury, who plays a nurse caring for her neighbours' children, is being tipped for the acting prize.

Haddad, who was born in Beirut in 1984, said at a press conference that she had grown up with her mother's stories of that summer. "Every family in this city has a basement story. I wanted to film one of them before the people who remember are gone," she said.

The festival's jury, led by an American director, will announce the prizes on Saturday.
""",
["IT", "LB", "IL", "PS", "US"],
[], [],
["Rania Haddad", "Nour Khoury"], ["Venice Film Festival"],
"FICTION (film): no incident; the 1982 siege is history told through a film's plot (shelling, sniper fire, bombs). 'was shot' = filming. TRAP: Tripoli here is Lebanon's northern city (LB), not Libya. IT via Venice; IL via 'Israeli forces'; PS via 'Palestinian fighters'; US via 'an American director'. Saturday = the coming prize announcement (nxt); Thursday = the screening.",
when={**past("2025-09-05", "Thursday"), **nxt("2025-09-05", "Saturday")}, topic="fiction")

art("quiet", "2025-05-14", "Review: 'The Rains at Cuito' follows a boy soldier through Angola's long war", """
Nelson Capemba's second novel opens in a mission school in Angola's central highlands in 1986, when a truck full of soldiers arrives at dawn and leaves with every boy over 12. One of them, Tomas, will spend the next two years carrying mortar rounds through the bush, learning to read the rain for the sound of approaching columns.

"The Rains at Cuito" is not a history of the war between the MPLA government and UNITA rebels, with their Cuban and South African allies, though the great siege of Cuito Cuanavale hangs over its second half like weather. Capemba is more interested in what the fighting does to the boys than in who wins: the ambushes that go wrong, the landmines that take a leg from a friend, the long marches on which nobody speaks.

The prose, translated from the Portuguese by Ana Reis, is spare and often beautiful. A chapter in which Tomas is shot in the shoulder and lies for a night under a baobab, listening to the battle move away from him, is among the best things I have read this year.

The novel falters in its final third, when Tomas returns to a town he no longer recognises and the book loses its grip. But Capemba, who grew up in Huambo and now teaches in Lisbon, has written a serious and humane book about a war that the English-speaking world has largely forgotten.
""",
["AO", "CU", "ZA", "PT"],
[], [],
["Nelson Capemba", "Ana Reis"], ["MPLA", "UNITA"],
"FICTION (book): no incident; ambushes, landmines, a shooting and a battle belong to the novel's plot; the siege of Cuito Cuanavale is a months-long historical campaign named as setting, not an incident report (not listed; judgment). AO via Angola/Huambo; CU/ZA via 'Cuban and South African allies'; PT via Lisbon ('the Portuguese' = the language).",
topic="fiction")

art("quiet", "2025-11-30", "Oulu studio's Winter War strategy game 'White Front' storms Steam's top sellers", """
HELSINKI - "White Front", a strategy game about the Winter War of 1939-40 made by a 14-person studio in the northern Finnish city of Oulu, has climbed into the top ten of Steam's global sellers chart in its first week, its publisher said on Sunday.

Players command Finnish ski troops defending the forests along the eastern border against a vastly larger invading army, cutting enemy columns into isolated pockets - the "motti" tactics that made the war famous. Battles play out in real time over a day-night cycle in which temperatures fall below minus 40 degrees and frostbite can destroy a division as surely as artillery.

Studio head Aino Lehtinen said the team had worked with military historians from the National Defence University to model the fighting at Suomussalmi and on the Karelian Isthmus. "We did not want a game where you win because you click faster. You win because you keep your men warm," she said.

Reviewers have praised the game's atmosphere but criticised its steep learning curve. Sales have been strongest in Finland, Sweden, Poland and Germany, the publisher said, while some Russian players have left negative reviews accusing the studio of glorifying the defenders.

The studio plans a free update in the spring adding the Continuation War.
""",
["FI", "SE", "PL", "DE", "RU"],
[], [],
["Aino Lehtinen"], ["National Defence University", "Steam"],
"FICTION (game): no incident; battles, artillery, 'invading army' and 'storms' belong to the game and to the 1939-40 war (history). FI via Oulu/Finnish; SE/PL/DE as sales markets; RU via 'Russian players' (demonym). 'Soviet' is avoided on purpose; the enemy is unnamed.",
when=past("2025-11-30", "Sunday"), topic="fiction")

art("quiet", "2025-07-24", "Missiles fired, beaches stormed as Talisman Sabre brings 35,000 troops to Queensland", """
SHOALWATER BAY, Australia - Australian and U.S. marines stormed a beach at Shoalwater Bay on Thursday as the Talisman Sabre exercise, the largest military drill ever held in Australia, entered its final week.

Amphibious vehicles landed about 2,000 troops on the beach under cover of smoke while helicopters flew overhead and a Japanese destroyer fired blank rounds from its deck gun. Earlier in the week, a U.S. Army unit fired a long-range missile from a launcher in Queensland that struck and sank a decommissioned ship used as a target in the Coral Sea.

More than 35,000 personnel from 19 countries, including Japan, South Korea, New Zealand, Britain, France, Germany and, for the first time, India, are taking part in the biennial exercise, which is led by Australia and the United States.

Defence Minister Richard Marles said the drills were "about deterrence, not provocation". A Chinese intelligence-gathering ship was monitoring the exercise from international waters off the Queensland coast, the Australian Defence Force said, as it has in previous years.

Local residents near the Shoalwater Bay training area have been warned to expect loud explosions and low-flying aircraft until the exercise ends on August 4.
""",
["AU", "US", "JP", "KR", "NZ", "GB", "FR", "DE", "IN", "CN"],
[], [],
["Richard Marles"], ["Talisman Sabre", "U.S. Army", "Australian Defence Force"],
"EXERCISE: no incident; a beach landing, blank rounds, a missile sinking a target hulk and 'loud explosions' are drill activity, not explosions of the taxonomy. Not coded strategic (routine exercise, as bf9-47). CN via 'Chinese intelligence-gathering ship' (monitoring, no event). Participating countries counted as state actors.",
when=past("2025-07-24", "Thursday"), topic="exercise")

art("quiet", "2026-02-02", "Bus collides with lorry near Senegal's Kaffrine, killing 19", """
DAKAR - At least 19 people were killed and 27 injured when a long-distance bus collided head-on with a lorry on the national highway near Kaffrine in central Senegal late on Sunday, the fire service said.

The bus, carrying about 60 passengers from Dakar to Tambacounda, was overtaking a horse cart on a narrow stretch of road when it hit the oncoming lorry, which was loaded with bags of groundnuts, survivors told local radio. Several of the dead, including the bus driver, were trapped in the wreckage for hours.

Two of the passengers were Malian nationals travelling on to Bamako, the transport ministry said.

President Bassirou Diomaye Faye declared two days of national mourning and ordered a review of licences for long-distance transport companies. "This carnage on our roads must stop," he wrote on social media.

Road accidents kill hundreds of people in Senegal every year. In January 2023, a collision between two buses near Kaffrine killed 40 people, prompting the government to ban night travel for intercity buses - a measure that was later relaxed. Transport unions say poor roads and overloaded vehicles are to blame, while the government points to reckless driving.
""",
["SN", "ML"],
[], [],
["Bassirou Diomaye Faye"], [],
"ACCIDENT (road): crash deaths (19, and the 2023 crash's 40) are accidents, not incidents. 'carnage' is figurative. ML via 'Malian nationals' and Bamako (destination). National mourning and licence review = not strategic (no security measure; judgment). 'Hundreds every year' = aggregate.",
when=past("2026-02-02", "Sunday"), topic="accident")

art("quiet", "2025-07-02", "Explosion at fireworks factory near Sivakasi kills eight workers", """
CHENNAI - Eight workers were killed and five injured on Tuesday when an explosion ripped through a fireworks factory near Sivakasi in the southern Indian state of Tamil Nadu, police said.

The blast occurred in a room where workers were mixing chemicals to make fancy fireworks for the Diwali season, police said, and flattened four sheds. Fire engines from Sivakasi and Virudhunagar took three hours to put out the flames. Six of the dead were women.

District Collector V. P. Jeyaseelan said preliminary findings suggested that friction during the mixing of chemicals had triggered the explosion, and that more workers than permitted had been working in the room. Police registered a case against the factory's owner and foreman for negligence; both were absconding.

Chief Minister M. K. Stalin announced compensation of 400,000 rupees for the families of each of the dead.

Sivakasi produces most of India's fireworks, and the hundreds of small factories around the town employ tens of thousands of workers, many of them on daily wages. Deadly accidents are frequent in the months before Diwali, when production peaks. Unions say safety rules are widely ignored and inspections are rare.
""",
["IN"],
[], ["strategic"],
["V. P. Jeyaseelan", "M. K. Stalin"], [],
"ACCIDENT (industrial): an accidental factory explosion is not an incident (NOTES: accidents are not incidents), 8 dead not coded. Case registered against the owner and foreman = strategic by the letter of NOTES (charges), as bf9-48. IN via 'southern Indian state of Tamil Nadu'.",
when=past("2025-07-02", "Tuesday"), topic="accident")

art("quiet", "2025-10-01", "Typhoon batters central Vietnam, killing 23 and flooding ancient town of Hoi An", """
HANOI - A powerful typhoon battered central Vietnam on Monday and Tuesday, killing at least 23 people, leaving 11 missing and flooding the ancient town of Hoi An, the disaster management agency said on Wednesday.

The storm made landfall near Da Nang with winds of up to 150 km per hour, tearing roofs off thousands of houses, uprooting trees and cutting power to more than a million homes. Most of the deaths were caused by landslides and flash floods in the mountainous provinces of Quang Nam and Quang Ngai, the agency said.

In Hoi An, a UNESCO World Heritage site popular with tourists, water reached the first floors of the old merchant houses, and boats were used to evacuate residents. Soldiers and police were deployed to help with rescue work.

The typhoon had earlier swept across the northern Philippines, where it killed four people, before crossing the South China Sea and brushing the Chinese island of Hainan.

Prime Minister Pham Minh Chinh ordered ministries to send food and clean water to cut-off villages and to repair the north-south railway, which was blocked by landslides in three places. Scientists say storms in the region are becoming more intense as the seas warm.
""",
["VN", "PH", "CN"],
[], [],
["Pham Minh Chinh"], ["UNESCO"],
"DISASTER: typhoon deaths (23 in Vietnam, 4 in the Philippines) are not incidents. Soldiers and police 'deployed to help with rescue work' = disaster relief, not a security deployment -> not strategic (as bf9-49). CN via 'the Chinese island of Hainan'. 'South China Sea' is a sea name (no extra country).",
when=past("2025-10-01", "Monday", "Tuesday", "Wednesday"), topic="disaster")

art("quiet", "2026-01-03", "Mali's late attack sinks Burkina Faso in fiery AFCON derby in Casablanca", """
CASABLANCA - Mali came from behind to beat neighbours Burkina Faso 2-1 in a bruising Africa Cup of Nations last-16 tie in Casablanca on Saturday, with substitute Adama Kone firing the winner three minutes from time.

Burkina Faso took the lead in the 23rd minute when striker Issouf Ouedraogo shot low past the goalkeeper from the edge of the box, and they held firm for an hour as Mali launched attack after attack down the flanks.

The equaliser came in the 71st minute, when defender Moussa Traore headed in a corner. Kone, on the pitch for only ten minutes, then ran onto a long ball and fired into the top corner to send the Malian fans behind the goal into raptures.

The match was a battle from the start, with seven yellow cards and a brief scuffle between players at half-time that the referee calmed without sending anyone off. "It was a war, but a clean war," Mali coach Ibrahima Sangare said afterwards. "My players never stopped fighting."

Burkina Faso coach Didier Zongo said his side had been "shot down by one moment of quality".

Mali, who have never won the tournament, will face hosts Morocco in the quarter-finals in Rabat on Friday.
""",
["ML", "BF", "MA"],
[], [],
["Adama Kone", "Issouf Ouedraogo", "Moussa Traore", "Ibrahima Sangare", "Didier Zongo"], ["Africa Cup of Nations"],
"SPORT: no incident; 'attack', 'firing', 'shot', 'battle', 'war', 'fighting', 'shot down' and a half-time 'scuffle' between players are football vocabulary (the scuffle is not a riot). TRAP: two conflict-country teams. ML, BF as national teams; MA as host (Casablanca, Rabat). Friday = the coming quarter-final (nxt).",
when={**past("2026-01-03", "Saturday"), **nxt("2026-01-03", "Friday")}, topic="sport")

art("quiet", "2025-06-18", "Japanese trading house launches hostile takeover bid for Australian miner amid lithium price war", """
TOKYO - Japanese trading house Kanemoto Corp launched a hostile takeover bid for Australian lithium miner Pilbara Ridge Resources on Wednesday, offering A$2.9 billion in cash after the miner's board rejected two friendly approaches.

Kanemoto, which already owns 12 percent of Pilbara Ridge, said it would offer A$1.85 a share directly to shareholders, a 38 percent premium to Tuesday's closing price. Shares in the miner shot up 31 percent in Sydney.

Pilbara Ridge chairman Graham Whitlock called the offer "opportunistic" and said the board would fight it, urging shareholders to take no action. Analysts said the company could adopt defensive measures or seek a rival bidder, with Korean battery makers seen as possible white knights.

The bid comes as lithium producers are caught in a price war, with Chinese refiners and new African mines flooding the market and prices down nearly 80 percent from their 2022 peak. Several Australian mines have been mothballed, leaving companies with strong balance sheets hunting for bargains.

"This is a raid on a company at the bottom of the cycle," said one fund manager who holds Pilbara Ridge shares. Kanemoto said its offer was fair and would give the miner the war chest it needed to survive the downturn.
""",
["JP", "AU", "KR", "CN"],
[], [],
["Graham Whitlock"], ["Kanemoto Corp", "Pilbara Ridge Resources"],
"BUSINESS: 'hostile takeover', 'price war', 'raid', 'fight', 'shot up', 'war chest', 'white knights' are market vocabulary; no incident. KR via 'Korean battery makers' (taken as South Korea), CN via 'Chinese refiners'. 'African mines' = continent.",
when=past("2025-06-18", "Tuesday", "Wednesday"), topic="business")

art("quiet", "2026-03-18", "Ontario minister under fire after bombshell audit of highway contracts", """
TORONTO - Ontario's transport minister came under fire from all sides on Wednesday after a bombshell report by the province's auditor general found that contracts worth C$1.4 billion had been awarded without competitive bidding to firms linked to donors of the governing party.

The report said that four highway widening contracts in the Greater Toronto Area had been handed to a small group of companies whose executives had given more than C$600,000 to the Progressive Conservatives since 2022. It found no evidence of a crime but described the process as "deeply flawed".

Opposition leader Marit Stiles accused Transport Minister Derek Halloran of "rewarding friends with public money" and demanded his resignation. Halloran said the contracts had been urgent and that he would "take no lessons" from the opposition. Premier Doug Ford stood by his minister, but aides said the party was nervous about the suburban ridings around Toronto, the battleground where provincial elections are usually won or lost.

The federal government in Ottawa declined to comment, noting that highways are a provincial matter. The legislature's public accounts committee will question the minister next month.
""",
["CA"],
[], [],
["Marit Stiles", "Derek Halloran", "Doug Ford"], ["Progressive Conservatives"],
"POLITICS: 'under fire', 'bombshell', 'battleground', 'attack' vocabulary with no incident; an audit and a resignation demand are not events of the allowed set (no resignation happened). CA via Ontario/Toronto/Ottawa (country not named).",
when=past("2026-03-18", "Wednesday"), topic="politics")

art("quiet", "2025-04-23", "Sri Lankan navy seizes 300 kg of crystal meth on trawler south of Dondra", """
COLOMBO - The Sri Lankan navy seized about 300 kilogrammes of crystal methamphetamine and 90 kilogrammes of heroin from a multi-day fishing trawler about 200 nautical miles south of Dondra Head, and arrested its six crew members, the navy said on Wednesday.

The trawler was intercepted by a navy fast attack craft on Monday after a tip-off from the police narcotics bureau, a navy spokesman said. The drugs, worth an estimated 7 billion rupees on the local market, were hidden in a compartment beneath the fish hold. No shots were fired during the boarding.

Police said the drugs had been transferred to the trawler at sea from a larger vessel that had sailed from the Makran coast of Pakistan, a route increasingly used by traffickers supplying Sri Lanka and the Maldives.

The arrested crew members, all from the southern fishing town of Devinuwara, were brought to the Galle harbour and handed over to the Police Narcotic Bureau for further investigation. Public Security Minister Ananda Wijepala said the government's campaign against the drug trade would target the "big fish" behind such shipments and not only the couriers.
""",
["LK", "PK", "MV"],
[], ["strategic"],
["Ananda Wijepala"], ["Police Narcotic Bureau"],
"POLICE SEIZURE: drug seizure and six arrests = strategic; 'No shots were fired'; 'fast attack craft' is a vessel type. PK via 'the Makran coast of Pakistan' (origin of the drugs); MV via 'the Maldives' (market). No incident.",
when=past("2025-04-23", "Monday", "Wednesday"), topic="police")

art("quiet", "2026-03-25", "Spanish police arrest two over alleged plot to attack Holy Week procession in Seville", """
MADRID - Spanish police arrested two men in Seville on Tuesday on suspicion of planning a knife and vehicle attack on one of the city's Holy Week processions, the interior ministry said on Wednesday.

The suspects, a 22-year-old Spaniard and a 19-year-old Moroccan national, had sworn allegiance to the Islamic State group in videos found on their phones and had searched online for the routes and timetables of the processions, the ministry said. Officers seized two large knives and the keys to a rented van.

The arrests followed a months-long investigation by the National Police with help from French intelligence, which had flagged one of the men's contacts with a suspected recruiter in France. A judge at the National Court in Madrid will decide whether to remand them in custody.

Holy Week draws hundreds of thousands of people to the streets of Seville, and the city said security would be reinforced with concrete barriers and extra officers along the procession routes.

Spain has kept its terrorism alert at level four out of five since 2015. In August 2017, a jihadist cell drove a van into crowds on Barcelona's Las Ramblas, killing 14 people.
""",
["ES", "MA", "FR"],
[("civilian_attack", "ES", "Las Ramblas", 14, True)], ["strategic"],
[], ["Islamic State", "National Police", "National Court"],
"FOILED PLOT: arrests before an attack = strategic; the planned attack is not an incident. Reinforced security = part of the same strategic reading. Background: the August 2017 van attack on Las Ramblas = civilian_attack (vehicle ramming into pedestrians), 14. MA via 'Moroccan national'; FR via 'French intelligence'/France. 'Holy Week' is not a weekday reference.",
when=past("2026-03-25", "Tuesday", "Wednesday"), topic="plot")

art("quiet", "2025-12-27", "Britain and Australia warn of possible attacks in Bangkok over New Year", """
BANGKOK - Britain and Australia warned their citizens on Saturday that militants may be planning attacks in Bangkok over the New Year holiday, urging them to avoid large crowds and to follow the instructions of the Thai authorities.

The British Foreign Office said in updated travel advice that there was a "heightened risk" of attacks in places visited by foreigners, including shopping malls, bars and the countdown celebrations along the Chao Phraya river. Australia's Smartraveller service issued a similar warning. Neither gave details of the threat.

Thai police said they had received no specific intelligence but were deploying 12,000 officers across the capital, with metal detectors at the main celebration sites and drones to monitor crowds. "People should come and enjoy themselves. We are ready," Bangkok police chief Siam Boonsom told reporters.

Thailand's southern border provinces have seen an insurgency by ethnic Malay Muslim rebels for two decades, in which more than 7,000 people have been killed, but attacks outside the region are rare. The last major bombing in the capital, at the Erawan Shrine in August 2015, killed 20 people.

Tourism officials fear the warnings could deter visitors at the height of the high season.
""",
["GB", "AU", "TH"],
[("explosion", "TH", "Erawan Shrine", 20, True)], ["strategic"],
["Siam Boonsom"], ["Foreign Office", "Smartraveller"],
"WARNING: travel advisories and a police deployment of 12,000 officers = strategic (security alert / deployment). No incident. Background: the August 2015 Erawan Shrine bombing = explosion, 20. The southern insurgency's '7,000 killed' = aggregate. 'Malay' = ethnic group, no MY.",
when=past("2025-12-27", "Saturday"), topic="warning")

art("quiet", "2025-08-05", "Niger Delta militants threaten to resume pipeline attacks unless amnesty payments restart", """
PORT HARCOURT - A militant group in Nigeria's oil-producing Niger Delta has given the federal government 14 days to restore monthly payments to former fighters under an amnesty programme, threatening to resume attacks on oil pipelines if it does not.

In a statement emailed to journalists on Monday, the group, which calls itself the Delta Creek Liberators, said thousands of ex-militants had not been paid for five months and that "the creeks will speak again" if the deadline passed. The statement was signed by a spokesman using the name "General Ebizimor".

Security analysts said the group was little known and its capacity unclear, but that the threat should be taken seriously given the history of the region. In May 2016, fighters of the Niger Delta Avengers blew up Chevron's Okan offshore platform, part of a campaign that cut the country's oil output to its lowest level in decades.

The presidential amnesty office said payments had been delayed by a review of the beneficiary list and would resume "shortly". A navy spokesman said patrols in the creeks were routine and had not been changed.

Oil output has recovered to about 1.7 million barrels per day this year, helped by new pipeline security contracts, and the government is counting on further growth to fund its budget.
""",
["NG"],
[("explosion", "NG", "Okan", None, True)], [],
["General Ebizimor"], ["Delta Creek Liberators", "Niger Delta Avengers", "Chevron"],
"THREAT/ULTIMATUM: a non-state group's threat with a deadline is not an event of the allowed set; the navy says patrols are unchanged (no deployment) -> no other_events. Background: the May 2016 bombing of the Okan offshore platform = explosion, null (no casualties stated); the wider 2016 campaign = general, not listed. TRAP: 'Niger Delta' (a region of Nigeria) -> no NE.",
when=past("2025-08-05", "Monday"), topic="threat")

art("quiet", "2025-11-25", "Italian unions call 24-hour national transport strike for Friday", """
ROME - Italy's main transport unions called a 24-hour national strike for Friday, threatening to halt trains, buses, ferries and domestic flights in the latest battle with the government over wages and the budget.

The unions said the strike would affect the state railway operator, regional train companies and local public transport in most big cities, while minimum services would be guaranteed during commuting hours as required by law. Airline staff and air traffic controllers will stop work for four hours.

"Workers have lost a fifth of their purchasing power in ten years. We are not going to stand by while the budget ignores them," said Luigi Ferrante, general secretary of one of the unions.

Transport Minister Matteo Salvini attacked the walkout as "a political strike on a Friday to make a long weekend", and said he was considering ordering a reduction in its length, as he has done before. The unions said they would challenge any such order in court.

Rail operator FS Italiane advised passengers to check the status of their trains and said refunds would be available. The unions said no marches were planned, but that workers would hold assemblies at depots in Rome, Milan and Naples.
""",
["IT"],
[], [],
["Luigi Ferrante", "Matteo Salvini"], ["FS Italiane"],
"STRIKE CALL: a strike called for the coming Friday (nxt) with no march planned = no protest incident; depot assemblies are future and internal. 'battle', 'attacked', 'threatening to halt' are figurative. Both uses of 'Friday' refer to the same coming day. A possible ministerial order is only considered -> no event.",
when=nxt("2025-11-25", "Friday"), topic="strike")

art("quiet", "2025-12-10", "Japan and South Korea agree to expand security ties as North Korea test-fires missiles", """
SEOUL - The leaders of Japan and South Korea agreed on Wednesday to hold regular defence talks and to share real-time data on North Korean missile launches, at a summit in Seoul that both sides hailed as a new chapter in a relationship long strained by wartime history.

Japanese Prime Minister Sanae Takaichi and South Korean President Lee Jae-myung also agreed to set up a joint fund for student exchanges and to resume talks on a maritime boundary in the East China Sea, according to a joint statement.

Hours before the summit, North Korea test-fired two short-range ballistic missiles into the sea off its east coast, South Korea's military said. Both leaders condemned the launches as a violation of UN Security Council resolutions.

Disputes over Japan's colonial rule of the Korean peninsula and the use of forced labour during the Second World War have soured ties for decades. Lee, who as an opposition leader attacked his predecessor's outreach to Tokyo as "humiliating", has surprised critics by continuing it.

"We cannot change the past, but we can refuse to let it take our future hostage," Lee told reporters. Takaichi, a conservative whose visits to a war shrine have angered Seoul in the past, said she would "face history with humility".

The two leaders are due to meet again with U.S. officials at a trilateral meeting in Washington in the spring.
""",
["JP", "KR", "KP", "US"],
[], ["diplomacy"],
["Sanae Takaichi", "Lee Jae-myung"], ["UN Security Council"],
"DIPLOMACY: summit, agreements and joint condemnation = diplomacy. North Korea's missile test into the sea is a weapons test with no target or damage -> not an explosion incident (judgment). KP via 'North Korea'; US via 'U.S. officials'/Washington. 'attacked his predecessor's outreach', 'hostage', 'war shrine' are figurative/history. East China Sea = sea name.",
when=past("2025-12-10", "Wednesday"), topic="diplomacy")

art("quiet", "2026-02-11", "Myanmar military and Kokang rebels agree to extend truce at China-brokered talks in Kunming", """
KUNMING, China - Myanmar's military and the Myanmar National Democratic Alliance Army (MNDAA), an ethnic Kokang rebel group, agreed on Tuesday to extend a ceasefire in northern Shan State for another six months after two days of talks mediated by China in the city of Kunming, the Chinese foreign ministry said.

The two sides also agreed to reopen the border trade crossing at Chinshwehaw and to set up a joint committee to handle violations of the truce, according to a statement from the ministry. A spokesman for the MNDAA confirmed the agreement but said disputes over the withdrawal of troops from several villages had not been resolved.

The MNDAA seized large parts of northern Shan State, including the regional hub of Lashio, in an offensive in 2023 and 2024, before handing Lashio back to the military last year under heavy pressure from Beijing, which has major investments in the area and has closed border crossings to squeeze the rebels.

China has brokered a series of ceasefires between the military and armed groups along its border, but analysts say the truces have done little to end fighting elsewhere in the country, where the military continues to carry out air strikes against resistance forces.

The next round of talks is expected in Kunming in August.
""",
["MM", "CN"],
[], ["diplomacy"],
[], ["Myanmar National Democratic Alliance Army", "MNDAA"],
"CEASEFIRE TALKS: the China-mediated truce extension and agreements = diplomacy. No current incident: the 2023-24 offensive and the capture/handback of Lashio are history (campaign-level, not listed); 'continues to carry out air strikes' is general. CN via Kunming/Beijing/'Chinese foreign ministry'.",
when=past("2026-02-11", "Tuesday"), topic="ceasefire")


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
    if satp_countries != set(SATP_COUNTRIES):
        errors.append("SATP block must cover %s (has %s)" % (SATP_COUNTRIES, sorted(satp_countries)))
    wire = [a for a in ARTICLES if a["kind"] == "wire"]
    for reg, n in WIRE_REGIONS.items():
        have = sum(1 for a in wire if a["region"] == reg)
        if have != n:
            errors.append("wire articles in region %s: %d (want %d)" % (reg, have, n))
    latam = {inc[1] for a in wire if a["region"] == "latin_america" for inc in current(a)}
    if not set(LATAM_COUNTRIES) <= latam:
        errors.append("Latin America block lacks current incidents in %s" % sorted(set(LATAM_COUNTRIES) - latam))
    us_local = sum(1 for a in wire if a["region"] == "europe_north_america"
                   and {inc[1] for inc in current(a)} == {"US"})
    if us_local < MIN_US_LOCAL:
        errors.append("Europe/North America block: %d local US reports (< %d)" % (us_local, MIN_US_LOCAL))
    wtext = "\n".join((a["title"] or "") + "\n" + a["body"] for a in wire)
    for ph in WIRE_PHRASES:
        if not re.search(r"\b%s\b" % re.escape(ph), wtext):
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

#!/usr/bin/env python3
"""Build blind_fresh7: a fresh, blind evaluation set of 60 synthetic articles, as JSONL.

Standard library only. Every text and its gold are data in this file. The gold of each article
was decided when its text was written, by the conventions of ../../shared/corpus/NOTES.md, and
is frozen (see README.md).

    python3 build.py            # run every check, then write blind_fresh7.jsonl
    python3 build.py --check    # run the checks only
    python3 build.py --notes    # print one judgment line per article (NOTES.md format)
"""
import datetime
import json
import os
import re
import sys

SOURCE = "synthetic, written for this project (blind, fresh 7)"
ORIGIN = ("written from scratch for this project: tests/blind_fresh7/build.py "
          "(fictional or fictionalised events in real places)")
LICENSE = "project's own"
PREFIX = "bf7"
OUTFILE = "blind_fresh7.jsonl"

INCIDENT_TYPES = ("battle", "explosion", "civilian_attack", "protest", "riot")
OTHER_TYPES = ("strategic", "diplomacy")
BLOCKS = (("satp", 15), ("wire", 25), ("quiet", 20))
MIN_SATP_QUIET = 5
MIN_SATP_ABDUCTION = 6
SATP_MAX_WORDS = 160
WIRE_WORDS = (160, 250)
# Regions the wire block must spread over (minimum articles per region).
WIRE_REGIONS = {"central_africa": 4, "mozambique_ethiopia": 3, "nigeria": 2,
                "latin_america_caribbean": 4, "ukraine_russia_caucasus": 3,
                "south_southeast_asia": 4, "europe_north_america": 2}
# Wording the abduction texts must use (at least this many distinct ones across the block).
ABDUCTION_WORDS = ("abducted", "kidnapped", "hostage", "picked up", "whisked away", "went missing")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
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


def art(kind, published, title, body, countries, incidents, other, persons, orgs, note,
        when=None, abduction=False, region=None):
    """Register one article.

    incidents: list of (type, country, location or None, fatalities or None, background).
    when: {weekday word used in the text: the ISO date it stands for}.
    abduction: True for SATP-style texts built around an abduction/kidnapping.
    region: for wire articles, one of WIRE_REGIONS.
    """
    ARTICLES.append(dict(kind=kind, published=published, title=title, body=body.strip(),
                         countries=countries, incidents=incidents, other=other,
                         persons=persons, orgs=orgs, note=note, when=when or {},
                         abduction=abduction, region=region))


# =====================================================================================
# bf7-01..15  SATP-style digests: no title, one paragraph, at most 160 words.
# =====================================================================================

art("satp", "2025-07-08", None, """
Armed men abducted four labourers working on a mobile phone tower near Mangochar in Kalat District of Balochistan on the afternoon of July 6, Levies officials said. The labourers, three of them from Rahim Yar Khan in Punjab, were installing equipment for a private contractor when around a dozen men on motorcycles surrounded the site, set a generator and a pickup van on fire and drove the four away towards the hills west of the N-25 highway. A fifth worker, a local resident, was left behind. Deputy Commissioner Jamil Ahmed Baloch said Levies and Frontier Corps (FC) personnel had cordoned off the area and that vehicles were being checked on the highway. No group had claimed responsibility by the evening of July 7, though Levies sources suspected a faction of the Balochistan Liberation Army (BLA), which has in the past targeted workers from Punjab.
""",
["PK"], [("civilian_attack", "PK", "Mangochar", None, False)], [],
["Jamil Ahmed Baloch"], ["Levies", "Frontier Corps", "Balochistan Liberation Army"],
"ABDUCTION ('abducted'): four labourers taken by armed men two days before publication = civilian_attack, null (no death stated). Burning the generator and van is part of the same raid. The cordon and vehicle checks are the response to the incident, not a separate strategic event (bf6-01 convention: only a ban was listed there). PK only via Balochistan/Kalat/Punjab (Pakistan's Punjab: Rahim Yar Khan); 'Pakistan' never named. Past targeting of Punjabi workers = general, not listed.",
abduction=True)

art("satp", "2025-10-02", None, """
Unidentified armed men kidnapped a physician, Abdul Wasi Rahimi, and his driver at the Dehdadi crossroads on the outskirts of Mazar-i-Sharif in Balkh Province on the evening of September 30, the Taliban-appointed Police spokesman for Balkh, Mohammad Asif Waziri, said. The gunmen, travelling in two cars, stopped the doctor's vehicle at a makeshift checkpoint and drove off with both men. The driver was let go on the morning of October 1 near the Hairatan road with his hands tied; he told investigators that the kidnappers had taken the doctor's mobile phone and cash. The family said it had not yet received any ransom demand. Waziri said three people had been detained for questioning. The kidnapping was the second of a medical professional in Balkh this year, following the abduction of a dentist in Mazar-i-Sharif in June who was freed after his family paid a ransom.
""",
["AF"], [("civilian_attack", "AF", "Dehdadi", None, False),
         ("civilian_attack", "AF", "Mazar-i-Sharif", None, True)], ["strategic"],
["Abdul Wasi Rahimi", "Mohammad Asif Waziri"], ["Taliban"],
"ABDUCTION ('kidnapped' by armed men at a fake checkpoint): civilian_attack at Dehdadi, null; two days before publication -> current. The driver's release is part of the same incident. Detention of three people = strategic. June dentist abduction = background civilian_attack, null (freed after ransom; no safety statement). AF only via Mazar-i-Sharif/Balkh/Taliban; Hairatan is a border town but no other country is named.",
abduction=True)

art("satp", "2025-11-27", None, """
Three workers of a stone crusher unit were taken hostage by cadres of the People's Liberation Front of India (PLFI) at Tapkara in Khunti District on the night of November 25, Police said. The armed cadres, around eight in number, also set fire to two dumpers and a loader and assaulted the unit's manager, who had refused to pay a 'levy' of INR 1 million demanded by the outfit in October. A handwritten note left at the site in the name of a PLFI 'sub-zonal commander' warned other crusher owners in the area to pay up. Superintendent of Police (SP) Vikram Tirkey said that Police and Central Reserve Police Force (CRPF) teams had launched a search in the forests of the Torpa area and that the hostages were believed to be held in the hills bordering Gumla District. The manager was admitted to the Khunti Sadar Hospital with head injuries.
""",
["IN"], [("civilian_attack", "IN", "Tapkara", None, False)], [],
["Vikram Tirkey"], ["People's Liberation Front of India", "Central Reserve Police Force"],
"ABDUCTION ('taken hostage', passive): civilian_attack at Tapkara, null (injuries only, hostages still held); two days before publication -> current. Arson and the beating of the manager belong to the same raid. The search is the response, not listed. IN only via Khunti/Gumla/Torpa, INR and the outfit's name (an org name would not count alone, but the districts are Indian places).",
abduction=True)

art("satp", "2026-01-29", None, """
Armed men suspected to belong to the United People's Democratic Front (UPDF) picked up two university students from a bus stand at Logang in Panchhari upazila of Khagrachhari District on January 27 and took them towards the hills, Police said. The students, both from Dhaka, had been returning from a field research trip to hill villages in the area. Panchhari Police Station Officer-in-Charge (OC) Rafiqul Islam said that a joint team of the Police and the Army was searching the hills, and that the family of one of the students had received a telephone call demanding BDT 500,000 for their release on January 28. A UPDF spokesperson denied any involvement and blamed a breakaway faction, the UPDF (Democratic). Transport owners in Khagrachhari suspended services on the Panchhari road for the day, saying they feared further abductions.
""",
["BD"], [("civilian_attack", "BD", "Logang", None, False)], [],
["Rafiqul Islam"], ["United People's Democratic Front", "UPDF (Democratic)"],
"ABDUCTION ('picked up' ... 'took them towards the hills', ransom call): civilian_attack at Logang, null; two days before publication -> current. Transport owners suspending services = not an event type. A group's denial is not diplomacy (not a government). BD only via Khagrachhari/Panchhari/Dhaka and BDT; 'Bangladesh' never named.",
abduction=True)

art("satp", "2026-03-05", None, """
Militants stopped a National Database and Registration Authority (NADRA) mobile registration van at Kot Azam in Tank District of Khyber Pakhtunkhwa on the evening of March 3 and whisked away two of its employees and the driver after setting the van on fire, Police said. The van was returning from a registration camp in the Jandola area. District Police Officer (DPO) Sajjad Ahmad said the militants, some of them masked and carrying rocket launchers, had blocked the road with a tractor-trolley before stopping the van. A local faction of the Tehreek-e-Taliban Pakistan (TTP) was suspected, though no group claimed the abduction. A jirga of elders from Tank met the Deputy Commissioner on March 4 and offered to mediate for the release of the three men, whose families staged a sit-in outside the Tank Press Club the same afternoon.
""",
["PK"], [("civilian_attack", "PK", "Kot Azam", None, False),
         ("protest", "PK", "Tank Press Club", None, False)], [],
["Sajjad Ahmad"], ["National Database and Registration Authority", "Tehreek-e-Taliban Pakistan"],
"ABDUCTION ('whisked away'): civilian_attack at Kot Azam, null; two days before publication -> current. The families' sit-in the next day = protest (non-violent), location the Press Club, null. The elders' mediation offer is not a government act (not diplomacy). PK via Khyber Pakhtunkhwa/Tank (also inside the TTP name, which alone would not count).",
abduction=True)

art("satp", "2025-09-23", None, """
Two truck drivers from Assam who went missing on the Imphal-Dimapur National Highway-2 in Kangpokpi District on September 19 were later found held in a house at Motbung village, from where they were rescued on September 21, Police said. The drivers had been carrying LPG cylinders to Imphal when their truck was stopped by armed miscreants near Gamgiphai; the abandoned truck was found by the roadside the next morning. Acting on a tip-off, a joint team of Police, the Assam Rifles and the Central Reserve Police Force (CRPF) raided the house and freed the two men, who had been tied up and beaten but were otherwise safe. Two persons guarding them were arrested and a pistol and INR 64,000 in cash were recovered. According to Police, the miscreants had demanded money from the truck owner in Guwahati.
""",
["IN"], [("civilian_attack", "IN", "Gamgiphai", 0, False)], ["strategic"],
[], ["Assam Rifles", "Central Reserve Police Force"],
"ABDUCTION ('went missing ... later found held'): the drivers were seized near Gamgiphai (where the truck was stopped; Motbung is where they were held) = civilian_attack, fatalities 0 (NOTES: hostage found safe: 'otherwise safe'). Seized September 19, four days before publication, but rescued two days before and the story is the news -> current (b002 precedent). Rescue raid without fighting + two arrests = strategic. Dimapur is in Nagaland, Guwahati in Assam: all IN.",
abduction=True)

art("satp", "2026-04-21", None, """
A soldier and a militant were killed in an encounter in the Basantgarh forests of Udhampur District on April 19, the Army said. Acting on specific intelligence, a joint team of the Army's Special Forces, the Special Operations Group (SOG) of the Jammu and Kashmir Police and the CRPF launched a cordon and search operation in the upper reaches of Basantgarh early in the morning, and the hiding militants opened fire when challenged. In the ensuing gunfight, one militant, believed to be a Pakistani national affiliated with the Jaish-e-Mohammed (JeM), was killed. An Army havildar, Naresh Kumar, was critically injured and later died at the Command Hospital in Udhampur. An M4 carbine, three magazines and a satellite communication device were recovered from the site. Police said two or three more militants were believed to be hiding in the area and the search was continuing on April 20.
""",
["IN", "PK"], [("battle", "IN", "Basantgarh", 2, False)], [],
["Naresh Kumar"], ["Army", "Jammu and Kashmir Police", "Jaish-e-Mohammed"],
"Cordon-and-search gunfight = battle, 2 (militant + havildar who died later). NATIONALITY vs PLACE: 'a Pakistani national' -> PK mentioned, but the incident is in IN (Udhampur, Jammu and Kashmir). The continuing search is not a separate event.")

art("satp", "2025-05-20", None, """
Two Commando Battalion for Resolute Action (CoBRA) personnel of the Central Reserve Police Force (CRPF) were injured when a pressure IED planted by CPI-Maoist cadres exploded during an area domination exercise near Chintagufa in Sukma District on May 18, Police said. The jawans were airlifted to Raipur and were stated to be out of danger. A search of the area on May 19 led to the recovery of two more pressure IEDs, which were destroyed in place by the bomb disposal squad. Police said the Maoists had been planting IEDs along forest tracks to slow the advance of security forces towards their remaining strongholds along the border with Telangana, and that villagers had been warned not to use the tracks. Three suspected Maoist militia members were detained for questioning from a nearby village later in the day.
""",
["IN"], [("explosion", "IN", "Chintagufa", None, False)], ["strategic"],
[], ["Commando Battalion for Resolute Action", "Central Reserve Police Force", "CPI-Maoist"],
"Pressure IED exploded = explosion at Chintagufa, null (injuries only). Two IEDs recovered and destroyed by the bomb squad are not explosions (SATP README: found/defused devices). Detentions = strategic. IN via Sukma/Raipur/Telangana.")

art("satp", "2025-08-14", None, """
The Rapid Action Battalion (RAB) arrested four suspected members of the Jama'atul Mujahideen Bangladesh (JMB) from a rented flat in the Tongi area of Gazipur District on August 12, RAB said. Two pistols, 11 rounds of ammunition, materials for making crude bombs and a number of extremist booklets were seized from the flat. RAB-1 Commanding Officer Lieutenant Colonel Mushtaq Ahmed told reporters on August 13 that the group had been collecting funds through online platforms and recruiting students from madrasas in Mymensingh and Tangail. One of those arrested, identified as Abdullah al Mamun (28), had been absconding since being granted bail in a case filed under the Anti-Terrorism Act in 2019. Ahmed said the group had been planning to target a Durga Puja pandal in Gazipur in October, but gave no details of the alleged plan.
""",
["BD"], [], ["strategic"],
["Mushtaq Ahmed", "Abdullah al Mamun"], ["Rapid Action Battalion", "Jama'atul Mujahideen Bangladesh"],
"NO CURRENT INCIDENT: arrests and seizure of weapons and bomb-making material = strategic. Alleged plan against a future festival = not an event. BD via Gazipur/Tongi/Mymensingh/Tangail ('Bangladesh' otherwise only inside the JMB name).")

art("satp", "2025-10-16", None, """
Sixteen CPI-Maoist cadres, including a Divisional Committee Member (DVCM) carrying a reward of INR 800,000, surrendered before senior officers of the Police and the Indo-Tibetan Border Police (ITBP) in Narayanpur District on October 14, Police said. The DVCM, identified as Mangtu Kowasi alias Ramesh, had been active in the Abujhmarh area for 18 years and, according to Police, took part in the 2014 ambush near Dhaudai in which seven security personnel were killed. The cadres handed over three rifles and a muzzle-loading gun. Each of them was given an immediate incentive of INR 50,000 under the State's surrender and rehabilitation policy. Superintendent of Police (SP) Prabhat Netam said that 190 cadres had surrendered in the District since January, and appealed to the remaining cadres in Abujhmarh to return to the mainstream.
""",
["IN"], [("battle", "IN", "Dhaudai", 7, True)], ["strategic"],
["Mangtu Kowasi", "Prabhat Netam"], ["CPI-Maoist", "Indo-Tibetan Border Police"],
"NO CURRENT INCIDENT: surrender of 16 cadres = strategic. The 2014 Dhaudai ambush on security personnel = background battle, 7. '190 surrendered since January' = aggregate. TRAP: 'Indo-Tibetan Border Police' is an org name (no CN). IN via Narayanpur/Abujhmarh.")

art("satp", "2025-12-02", None, """
The Counter Terrorism Department (CTD) of Sindh Police arrested two suspected militants of the Sindhudesh Revolutionary Army (SRA) and recovered two improvised explosive devices, five kilogrammes of explosive material and detonators from a hideout in the Manghopir area of Karachi on November 30, officials said. A CTD spokesman told a press conference on December 1 that the two men had planned to blow up a railway track near Hyderabad and to target vehicles carrying Chinese nationals on the Super Highway. The bomb disposal squad defused both devices at the hideout. The suspects, identified as Ghulam Mustafa and Imdad Ali, were shifted to an undisclosed location for interrogation, and Police said a third suspect had fled before the raid.
""",
["PK", "CN"], [], ["strategic"],
["Ghulam Mustafa", "Imdad Ali"], ["Counter Terrorism Department", "Sindh Police", "Sindhudesh Revolutionary Army"],
"NO CURRENT INCIDENT: arrests and recovery of IEDs defused on the spot = strategic; the planned railway bombing did not happen. LOOKALIKE: Hyderabad here is the city in Sindh (PK), not India's. NATIONALITY: 'Chinese nationals' -> CN mentioned (intended targets), nothing happens in China.")

art("satp", "2026-02-10", None, """
The Kathmandu District Court on February 8 sentenced three former cadres of the Netra Bikram Chand-led Communist Party of Nepal to eight years in prison each for the bomb attack on the office of a private telecommunications company at Thapagaun in Kathmandu in 2019, in which two security guards were injured. The court also ordered each of them to pay compensation of NPR 200,000 to the injured guards. A fourth accused was acquitted for lack of evidence. The party, which renounced violence after an agreement with the Government in 2021, said in a statement on February 9 that the verdict was 'politically motivated' and that it would appeal at the Patan High Court. Police said the three men, who had been out on bail, were taken into custody after the verdict and sent to the Central Jail at Sundhara.
""",
["NP"], [("explosion", "NP", "Thapagaun", None, True)], ["strategic"],
["Netra Bikram Chand"], ["Kathmandu District Court", "Communist Party of Nepal", "Patan High Court"],
"NO CURRENT INCIDENT: court verdict and custody = strategic. The 2019 bomb attack at Thapagaun = background explosion, null (injuries only). TRAP: 'Chand' is part of a person's name (no TD). NP via Kathmandu (also inside the party name).")

art("satp", "2026-04-02", None, """
Five employees of the Communication and Works (C&W) Department who had been abducted from a road construction site near Shewa in North Waziristan District on March 3 were released on March 31 after negotiations led by a jirga of local elders, officials said. The men, who had been taken away by militants along with a bulldozer, reached Mir Ali late in the evening and were handed over to their families in Bannu on April 1. A member of the jirga, Malik Gul Nawaz, said no ransom had been paid and that the militants had let the men go after the contractor agreed to stop work on the road until a dispute over land compensation was settled. District administration officials did not comment. The release came two days after Police in Bannu District arrested two suspected facilitators of the abductors.
""",
["PK"], [("civilian_attack", "PK", "Shewa", None, True)], ["strategic"],
["Malik Gul Nawaz"], ["Communication and Works"],
"NO CURRENT INCIDENT: release of hostages abducted four weeks earlier (March 3) = strategic (NOTES: releases), arrests of facilitators = strategic. The March 3 abduction = background civilian_attack at Shewa, null ('released', no safety statement). Built around an abduction, so flagged as one (its civilian_attack is background). PK via North Waziristan/Mir Ali/Bannu.",
abduction=True)

art("satp", "2025-06-26", None, """
Suspected militants opened fire from the hills on a bunker of village volunteers at Phubala in Bishnupur District on the night of June 24, triggering an exchange of fire that lasted over two hours, Police said. One village volunteer, Laishram Premjit (32), was killed and another was injured. Personnel of the Border Security Force (BSF) rushed to the area and the firing stopped around midnight. The Manipur Police said on June 25 that the firing had come from the direction of the Churachandpur hills and that additional forces had been deployed along the foothills. Women's groups, the Meira Paibis, blocked the Tiddim Road at Moirang for several hours on June 25 demanding the arrest of the attackers, and shops in the area remained closed. The blockade was lifted in the evening after the Bishnupur Deputy Commissioner met the protesters.
""",
["IN"], [("battle", "IN", "Phubala", 1, False), ("protest", "IN", "Moirang", None, False)],
["strategic"],
["Laishram Premjit"], ["Border Security Force", "Manipur Police", "Meira Paibis"],
"Militants vs armed village volunteers exchanging fire for two hours = battle (two armed groups), 1. Next-day road blockade by women's groups = protest at Moirang (non-violent), null. Deployment of additional forces = strategic. IN via Manipur/Bishnupur/Churachandpur.")

art("satp", "2026-05-07", None, """
A magnetic bomb attached to a vehicle of the Taliban's provincial Directorate of Refugees exploded in Police District 4 of Jalalabad city in Nangarhar Province on the morning of May 5, killing the driver and wounding two officials, provincial Police spokesman Qari Nasrullah Hamdard said. The wounded, including the deputy director, were taken to the Nangarhar Regional Hospital. The Islamic State Khorasan Province (ISKP) claimed the attack on its Amaq news agency, saying it had targeted 'apostate' officials. The Taliban's intelligence department said on May 6 that two suspects had been arrested in Behsud District. Jalalabad has seen a number of magnetic bomb attacks on officials since 2021, most of them claimed by ISKP.
""",
["AF"], [("explosion", "AF", "Jalalabad", 1, False)], ["strategic"],
["Qari Nasrullah Hamdard"], ["Taliban", "Islamic State Khorasan Province", "Amaq"],
"Magnetic bomb = explosion at Jalalabad, 1 (driver; two wounded). Two days before publication -> current. Arrests of two suspects = strategic. 'A number of attacks since 2021' = aggregate. TRAP: 'Khorasan' inside the ISKP name (also an Iranian province name) -> no IR. AF via Nangarhar/Jalalabad/Taliban.")


# =====================================================================================
# bf7-16..40  wire-style articles, each with at least one current incident.
# =====================================================================================

art("wire", "2025-09-09", "Militia attack on Ituri displacement site kills nine; troops beat back raid near Fataki", """
BUNIA, Congo - Fighters from the CODECO militia attacked a camp for displaced people near Drodro in Congo's Ituri province on Sunday night, killing at least nine people with machetes and guns, a civil society leader and an army spokesman said on Tuesday.

The attackers set fire to about 40 shelters before withdrawing into the forest, said Pascal Ngabu, who heads a civil society group in Djugu territory. "They came while people were asleep," he said, adding that four of the dead were children.

Early on Monday, a separate group of CODECO fighters attacked an army position near Fataki, about 30 km to the north, and fought soldiers for several hours, army spokesman Lieutenant Prosper Kambale said. Four assailants and one soldier were killed, he said.

The U.N. peacekeeping mission, MONUSCO, said it had sent a patrol to Drodro and condemned the attack on the displaced as "a grave violation of international humanitarian law".

CODECO, a loose association of militias that says it defends the Lendu community, has fought rival Hema self-defence groups and the army in Djugu for years. Its night raid on the Plaine Savo camp, in which more than 60 displaced people were hacked or shot to death, remains one of the deadliest in the province.

Ituri's southern neighbour, North Kivu, is under pressure from the Rwandan-backed M23 rebels, who hold large parts of that province.
""",
["CD", "RW"], [("civilian_attack", "CD", "Drodro", 9, False), ("battle", "CD", "Fataki", 5, False),
               ("civilian_attack", "CD", "Plaine Savo", 60, True)], ["diplomacy"],
["Pascal Ngabu", "Prosper Kambale"], ["CODECO", "MONUSCO", "M23"],
"Sunday-night camp raid reported Tuesday = current civilian_attack, 'at least nine' -> 9. Monday's attack on the army position = battle, 4 assailants + 1 soldier = 5. Plaine Savo raid retold without a date = background civilian_attack, 'more than 60' -> 60. MONUSCO's condemnation = diplomacy (international body). RW via 'Rwandan-backed' (demonym); nothing happens in Rwanda. Lendu/Hema are communities.",
when=past("2025-09-09", "Sunday", "Monday", "Tuesday"), region="central_africa")

art("wire", "2026-01-13", "Fighting between M23 and pro-government militias kills 14 near Walikale; Butembo traders march against insecurity", """
GOMA, Congo - Clashes between M23 rebels and pro-government militias known as Wazalendo killed at least 14 fighters near Walikale in Congo's North Kivu province over the weekend, local sources said on Monday, despite a ceasefire framework signed in Doha.

Fighting broke out on Saturday morning around the village of Kibua, on the road linking Walikale to Masisi, and continued into Sunday, a local administrator said, asking not to be named. Eight Wazalendo fighters and six rebels were killed, he said. An M23 spokesman said its forces had "repelled a coalition of militias and soldiers" but gave no toll.

Further north, in the trading city of Butembo, several hundred traders and motorcycle-taxi drivers marched peacefully to the mayor's office on Monday to demand better protection after a string of night-time robberies and killings on the city's outskirts. Shops in the central market stayed shut for the day, and the march dispersed after the mayor received a delegation.

Congo's government accuses Rwanda of arming and commanding the M23, a charge Kigali denies. The two sides have held several rounds of talks, but fighting has continued in parts of North and South Kivu, where the rebels seized the main cities last year.

The United Nations says more than 7 million people are displaced inside Congo, one of the largest such crises in the world.
""",
["CD", "QA", "RW"], [("battle", "CD", "Kibua", 14, False), ("protest", "CD", "Butembo", None, False)], [],
[], ["M23", "Wazalendo", "United Nations"],
"Weekend fighting (Saturday-Sunday) reported Monday, published Tuesday = current battle, 8 + 6 = 14 ('at least 14'). Monday's peaceful march in Butembo = protest, null. The general 'robberies and killings' are not specific incidents. QA only via Doha (city of the ceasefire framework); RW via Rwanda/Kigali (capital as metonym). The accusation and denial are standing positions told as context, not this article's news -> no diplomacy (judgment). Seizure of the cities 'last year' = background, no type listed (not a single described incident). 7 million displaced = aggregate.",
when=past("2026-01-13", "Saturday", "Sunday", "Monday"), region="central_africa")

art("wire", "2025-11-04", "Gunmen kill seven herders near Bocaranga; 3R fighters attack army post in reprisal", """
BANGUI - Armed men killed seven Fulani herders and stole hundreds of cattle near Bocaranga in the northwest of the Central African Republic on Saturday, a local official and a humanitarian source said on Monday.

The herders were shot as they drove their animals towards dry-season pastures near the village of Ndim, the official said. Residents identified some of the attackers as members of an anti-balaka militia active in the area.

On Sunday, fighters of the 3R armed group, which says it defends the Fulani minority, attacked an army position at Koui, about 60 km away, in what residents described as a reprisal. The army said it had repelled the assault and killed five assailants; two soldiers were wounded.

The U.N. peacekeeping mission, MINUSCA, said it had reinforced its patrols along the Bocaranga-Koui road and urged all sides to show restraint.

3R signed up to a peace process with the government earlier this year, but several of its units have refused to disarm. Russian instructors, who have worked alongside the army since 2018, were not involved in the fighting, a government source said.

The region borders Cameroon and Chad, where tens of thousands of Central Africans have sought refuge since the conflict began more than a decade ago.
""",
["CF", "RU", "CM", "TD"], [("civilian_attack", "CF", "Ndim", 7, False), ("battle", "CF", "Koui", 5, False)],
["strategic"],
[], ["MINUSCA", "3R"],
"Saturday killing of unarmed herders = civilian_attack at Ndim (the village named; Bocaranga is the town nearby), 7. Sunday's assault on an army position = battle at Koui, 5 assailants killed (two wounded soldiers add nothing). MINUSCA reinforcing patrols = strategic (deployment); its appeal for restraint is too vague for diplomacy (judgment). RU via 'Russian instructors' (state actor); CM and TD as refuge countries. 'tens of thousands' describes refugees, not deaths. Fulani = community.",
when=past("2025-11-04", "Saturday", "Sunday", "Monday"), region="central_africa")

art("wire", "2026-02-24", "Boko Haram fighters abduct 11 in Cameroon's Far North; roadside bomb kills three soldiers", """
YAOUNDE - Suspected Boko Haram fighters abducted 11 people, most of them women and children, in a night raid on a village in Cameroon's Far North region, local officials said on Monday, a day after a roadside bomb killed three soldiers in the same region.

The gunmen stormed Zelevet, in the Mayo-Tsanaga department, shortly after midnight on Sunday, looting shops and setting granaries on fire before leading their captives towards the Mandara mountains along the border with Nigeria, a traditional chief said. Members of a local vigilance committee who tried to follow them were forced back by gunfire.

On Saturday, an improvised explosive device struck a military vehicle on the road between Kolofata and Amchide, killing three Cameroonian soldiers and wounding two others, an army source said. No group claimed the blast.

The Far North has suffered attacks by Boko Haram and its rival, Islamic State West Africa Province (ISWAP), for more than a decade. Kidnappings for ransom have multiplied in the region over the past two years, according to local authorities, who say many families now sleep in the bush or in town centres.

Cameroon's defence minister said on Monday that additional troops would be sent to the Mayo-Tsanaga and Mayo-Sava departments.
""",
["CM", "NG"], [("civilian_attack", "CM", "Zelevet", None, False), ("explosion", "CM", "Kolofata", 3, False)],
["strategic"],
[], ["Boko Haram", "Islamic State West Africa Province"],
"Sunday-night abduction of 11 = civilian_attack at Zelevet, null (no death stated; the vigilantes being 'forced back by gunfire' gives no casualties and is part of the raid). Saturday IED on a military vehicle = explosion, 3, location the first-named town on the road (Kolofata). Announced deployment = strategic. NG only via 'the border with Nigeria' (place). 'Kidnappings have multiplied' = trend, not listed.",
when=past("2026-02-24", "Saturday", "Sunday", "Monday"), region="central_africa")

art("wire", "2025-10-28", "Chad army says 40 jihadists killed after attack on Lake Chad post; fishermen seized near Bol", """
N'DJAMENA - Chad's army said on Monday it had killed 40 Boko Haram fighters who attacked a military position near Ngouboua, on the shores of Lake Chad, in fighting that also left six soldiers dead.

The assault began late on Saturday when fighters arriving in motorised canoes opened fire on the position, army spokesman Colonel Ali Mahamat Abdelkerim said in a statement read on state television. Reinforcements backed by helicopter gunships pushed the attackers back towards the islands after several hours of fighting, he said. A first statement on Sunday had put the number of soldiers killed at four.

Separately, residents said gunmen had seized five fishermen from their canoes on the lake near Bol, the provincial capital, on Sunday and taken them towards the Nigerian side of the lake. Their families have not been contacted, a fishermen's representative said.

Last year, an attack on the army base at Barkaram killed about 40 soldiers and prompted President Mahamat Idriss Deby to lead a months-long offensive against the militants. Deby has since threatened to pull his troops out of the Multinational Joint Task Force, accusing Nigeria, Niger and Cameroon of failing to do their share.

The lake's islands and marshes, where the borders of the four countries meet, have long served as hideouts for armed groups.
""",
["TD", "NG", "NE", "CM"], [("battle", "TD", "Ngouboua", 46, False), ("civilian_attack", "TD", "Bol", None, False),
                          ("battle", "TD", "Barkaram", 40, True)], [],
["Ali Mahamat Abdelkerim", "Mahamat Idriss Deby"], ["Boko Haram", "Multinational Joint Task Force"],
"Weekend assault on the Ngouboua position = battle, 40 attackers + 6 soldiers = 46 (latest figure 6 replaces the first 4; perpetrators included). Sunday seizure of five fishermen = civilian_attack at Bol, null. Taking them 'towards the Nigerian side' does not move the incident. Last year's Barkaram base attack = background battle, 'about 40' -> 40 (judgment, as b003 took 'about 100'). Deby's threat is past context ('has since'), not listed. NG/NE/CM named as states; 'Lake Chad' also contains the country name but Chad is named anyway.",
when=past("2025-10-28", "Saturday", "Sunday", "Monday"), region="central_africa")

art("wire", "2025-08-28", "Insurgents ambush trucks on Cabo Delgado highway, killing six; Rwandan troops clash with fighters near Ancuabe", """
PEMBA, Mozambique - Islamic State-linked insurgents ambushed a convoy of cargo trucks on the N380 highway south of Macomia in Mozambique's Cabo Delgado province on Tuesday, killing six people, including four drivers, and setting four vehicles alight, transport operators and a local official said.

The trucks, carrying food and fuel to the northern districts, were stopped near the village of Chai, the official said. A driver who escaped by hiding in the bush said the attackers checked the cargo and carried off bags of rice before opening fire on the men who had stayed with their vehicles.

On Wednesday, Rwandan soldiers deployed in the province clashed with a group of insurgents near Ancuabe, Rwanda's military said, adding that its troops had killed nine fighters and recovered weapons. It did not report any losses of its own.

In Pemba, the provincial capital, about 300 displaced people marched peacefully to the governor's office on Wednesday to demand food aid, which they say has not been handed out for three months.

The insurgency, which began in 2017, has killed more than 6,000 people, according to the monitoring group ACLED. Rwanda has kept troops in Cabo Delgado since 2021 under a bilateral agreement with Maputo, which is also seeking European support to pay for the mission.
""",
["MZ", "RW"], [("civilian_attack", "MZ", "Chai", 6, False), ("battle", "MZ", "Ancuabe", 9, False),
               ("protest", "MZ", "Pemba", None, False)], [],
[], ["ACLED", "Islamic State"],
"Ambush on civilian cargo trucks, drivers shot = civilian_attack at Chai (village named; Macomia is the district town), 6. Wednesday clash of Rwandan troops with insurgents = battle in MZ (Ancuabe), 9 (Rwanda reports no own losses). Peaceful march of the displaced in Pemba = protest, null. 6,000 killed since 2017 = aggregate. RW via 'Rwandan soldiers'/Rwanda (state actor); Maputo = capital metonym for MZ. 'European' is a region adjective.",
when=past("2025-08-28", "Tuesday", "Wednesday"), region="mozambique_ethiopia")

art("wire", "2026-03-19", "Bandits kidnap 27 worshippers from mosque in Nigeria's Katsina; air strike kills gang leader in Zamfara", """
KANO, Nigeria - Armed bandits stormed a mosque during dawn prayers in Nigeria's northwestern Katsina state on Tuesday and kidnapped 27 worshippers, including the imam, police and residents said.

The gunmen, who arrived on motorcycles, surrounded the mosque in the village of Gidan Boka in Faskari local government area, firing into the air before marching the worshippers into the bush, a resident said. Police spokesman Bashir Usman confirmed the abduction and said a rescue operation involving police, soldiers and local vigilantes was under way.

On Wednesday, the Nigerian Air Force said an air strike on a forest camp in the Tsafe area of neighbouring Zamfara state had killed a bandit leader, Kachalla Sani Gwarzo, and 16 of his fighters as they gathered for a meeting. Gwarzo's gang had been blamed for a string of kidnappings along the Gusau-Funtua road, it said.

Kidnapping for ransom has become a lucrative business for armed gangs in Nigeria's northwest, where thousands of people have been abducted in recent years. Last month, gunmen seized more than 20 pupils from a school in Kebbi state, most of whom were later freed.

President Bola Tinubu has ordered the recruitment of thousands of additional police officers and forest guards to counter the gangs.
""",
["NG"], [("civilian_attack", "NG", "Gidan Boka", None, False), ("explosion", "NG", "Tsafe", 17, False),
         ("civilian_attack", "NG", "Kebbi", None, True)], [],
["Bashir Usman", "Kachalla Sani Gwarzo", "Bola Tinubu"], ["Nigerian Air Force"],
"Tuesday mosque kidnapping = civilian_attack at Gidan Boka, null (firing into the air, no deaths). Wednesday air strike = explosion at Tsafe, leader + 16 = 17. Last month's school kidnapping in Kebbi = background civilian_attack, null (location the state named). The recruitment order is standing policy, not dated news -> not listed (judgment). Kano (dateline) is in NG.",
when=past("2026-03-19", "Tuesday", "Wednesday"), region="nigeria")

art("wire", "2025-12-11", "Death toll from attack on Benue farming village rises to 19; hundreds march in Makurdi", """
MAKURDI, Nigeria - The death toll from an attack by gunmen on a farming village in Nigeria's central Benue state has risen to 19, a local council chairman said on Thursday, as hundreds of people marched in the state capital to demand protection.

Gunmen suspected to be herders stormed Agagbe, in Gwer West local government area, on Monday night, shooting residents and burning homes, said the chairman, Terfa Akaa. Rescuers recovered more bodies from surrounding farms on Wednesday, raising the toll from the 12 initially reported, he said. Dozens of people were wounded.

In Makurdi, protesters, many of them women and students, carried placards reading "Stop the killings" as they marched to the Government House on Wednesday. The march ended peacefully after the deputy governor addressed the crowd and promised more security patrols.

Police said they had deployed additional officers and soldiers to Gwer West and arrested three suspects.

Clashes over land and water between mostly Muslim herders and mostly Christian farmers have killed thousands of people in Nigeria's Middle Belt over the past decade. Attacks in Benue and neighbouring Plateau state have intensified this year, and many displaced families now live in camps along the highway to Makurdi.
""",
["NG"], [("civilian_attack", "NG", "Agagbe", 19, False), ("protest", "NG", "Makurdi", None, False)],
["strategic"],
["Terfa Akaa"], [],
"Monday-night village attack reported Thursday with a revised toll = the news -> current (b002 precedent), civilian_attack, latest figure 19 (not the first 12; 'dozens' refers to the wounded). Wednesday's peaceful march = protest at Makurdi, null. Deployment and arrests = strategic. 'Thousands killed over the past decade' = aggregate.",
when=past("2025-12-11", "Monday", "Wednesday", "Thursday"), region="nigeria")

art("wire", "2026-02-03", "Fano fighters and Ethiopian troops clash near Debre Markos; drone strike hits health centre in Bure", """
ADDIS ABABA - Heavy fighting between Fano militiamen and federal troops on the outskirts of Debre Markos in Ethiopia's Amhara region killed at least 20 combatants over the weekend, residents and a health worker said on Monday.

The fighting began on Saturday when Fano fighters attacked an army camp on the road to Bichena and continued into Sunday, a resident said. A health worker at the town's referral hospital said it had received the bodies of 20 soldiers and militiamen, and was treating dozens of wounded.

On Sunday, a drone strike hit a health centre in the town of Bure, in West Gojjam zone, killing five people, including two nurses, according to a doctor and two residents. The government did not comment on the strike. The military has repeatedly denied targeting civilians.

Fano, a loose network of ethnic Amhara militias that fought alongside the federal army against Tigrayan forces in 2020-2022, turned its guns on the government in 2023 after Addis Ababa moved to disband regional forces. Rights groups say hundreds of civilians have been killed in drone strikes in the region since then.

Phone and internet services have been cut in large parts of the region for months, making it difficult to verify reports from the area.
""",
["ET"], [("battle", "ET", "Debre Markos", 20, False), ("explosion", "ET", "Bure", 5, False)], [],
[], ["Fano"],
"Weekend fighting on the outskirts of Debre Markos = battle, 'at least 20' -> 20 ('dozens' = wounded, not deaths). Sunday drone strike on a health centre = explosion at Bure, 5. 'Hundreds killed in drone strikes since then' = aggregate. Fano-federal war since 2023 = general context, not a specific incident. TRAP: 'Amhara' is a region and an ethnic group; 'Tigrayan forces' = non-state (no new country). Addis Ababa = capital metonym -> ET.",
when=past("2026-02-03", "Saturday", "Sunday", "Monday"), region="mozambique_ethiopia")

art("wire", "2025-07-31", "Gunmen kill 13 Amhara villagers in Ethiopia's Oromia; rebels attack police station in Ginchi", """
ADDIS ABABA - Gunmen killed 13 ethnic Amhara villagers in a night raid in Ethiopia's Oromia region, residents said on Wednesday, blaming the Oromo Liberation Army (OLA) rebel group, which denied involvement.

The attackers went from house to house in a village in Kiremu district of East Wollega zone on Monday night, shooting men and women as they tried to flee, two residents said by phone. One survivor said she had hidden in a maize field with her two children until dawn. Local officials put the toll at 13; residents said several people were still missing.

On Tuesday, OLA fighters attacked a police station in Ginchi, a town in West Shewa zone, freeing detainees and fighting police for about an hour, a local official said. Two police officers and three attackers were killed.

In a statement, an OLA spokesman said the group "does not target civilians" and blamed government-aligned militias for the killings in Kiremu.

Talks between the government and the OLA, held in Tanzania, broke down without agreement in 2023, and fighting has continued in western and central Oromia. Ethnic Amhara communities in Wollega have been targeted in several mass killings in recent years.
""",
["ET", "TZ"], [("civilian_attack", "ET", "Kiremu", 13, False), ("battle", "ET", "Ginchi", 5, False)], [],
[], ["Oromo Liberation Army"],
"Monday-night house-to-house killings = civilian_attack, 13; place given only as 'a village in Kiremu district' -> Kiremu (most specific name). Tuesday assault on the police station with fighting = battle at Ginchi, 2 + 3 = 5 (freeing detainees is part of it). 2023 failed talks = background diplomacy, not listed; 'several mass killings in recent years' = unspecific, not listed. TRAP: 'Amhara villagers' in Oromia (ethnic, not the Amhara region). TZ only as the venue of past talks.",
when=past("2025-07-31", "Monday", "Tuesday", "Wednesday"), region="mozambique_ethiopia")

art("wire", "2026-01-29", "Fighting flares near Myanmar's Myawaddy; stray shells wound two farmers in Thai border district", """
MAE SOT, Thailand - Karen rebels attacked a Myanmar military camp near the border town of Myawaddy on Tuesday, sparking a day of fighting that killed seven soldiers and two rebels, a rebel officer said, while stray shells wounded two farmers on the Thai side of the border.

Fighters of the Karen National Liberation Army (KNLA) and allied resistance groups stormed the camp at Thingannyinaung before dawn, the officer said. The fighting continued until late afternoon, when the rebels withdrew with captured weapons, the officer said.

On Wednesday, two mortar shells fired during the fighting landed in rice fields in Mae Sot district, across the Moei river, wounding two Thai farmers, Thailand's army said. It said it had lodged a protest with the Myanmar military and reinforced its border units.

About 1,200 villagers from Myanmar crossed into Thailand to escape the fighting and were sheltering at a temporary site, officials in Tak province said.

Myanmar's military has struggled to hold territory along its borders since it seized power in a coup in 2021. Myawaddy, a hub for trade with Thailand, has changed hands several times in the conflict.
""",
["TH", "MM"], [("battle", "MM", "Thingannyinaung", 9, False), ("explosion", "TH", "Mae Sot", None, False)],
["diplomacy", "strategic"],
[], ["Karen National Liberation Army"],
"Tuesday assault on the camp = battle at Thingannyinaung (MM), 7 + 2 = 9. Wednesday stray shells landing in Thailand = explosion in TH (where they landed) at Mae Sot, null (wounded only). TRAP: 'lodged a protest' is a diplomatic note = diplomacy, not a protest incident. Reinforcing border units = strategic. 2021 coup = background, not an incident. Karen = ethnic name.",
when=past("2026-01-29", "Tuesday", "Wednesday"), region="south_southeast_asia")

art("wire", "2025-10-02", "Air strike on market in Myanmar's northern Shan state kills 16, rebels say; fighting near Mantong", """
A Myanmar military air strike on a morning market in Namhsan, a town in northern Shan state held by the Ta'ang National Liberation Army (TNLA), killed 16 people on Tuesday, the rebel group and a local rescue team said.

A jet dropped two bombs on the market shortly after 9 a.m., when it was crowded with shoppers and tea traders, a rescue worker said by phone. Three children were among the dead and more than 30 people were wounded, he said.

Fighting between TNLA fighters and government troops also continued on Wednesday near the town of Mantong, where the military has been trying to push north from positions it recaptured in recent months, the group said, without giving casualty figures.

The military did not respond to requests for comment. State media said security forces were conducting "clearance operations" against "terrorist" groups in the area.

China's foreign ministry on Wednesday urged all sides in northern Shan to stop fighting and return to talks. Beijing has brokered several ceasefires between the military and ethnic armed groups along its border and is pressing for calm ahead of elections the military plans to hold in December.
""",
["MM", "CN"], [("explosion", "MM", "Namhsan", 16, False), ("battle", "MM", "Mantong", None, False)],
["diplomacy"],
[], ["Ta'ang National Liberation Army"],
"Tuesday jet bombing of a market = explosion at Namhsan, 16. Continuing Wednesday fighting near Mantong = battle, null (no figures). China's foreign ministry appeal on Wednesday = diplomacy (CN also via Beijing metonym). Myanmar is named ('A Myanmar military air strike'); no dateline.",
when=past("2025-10-02", "Tuesday", "Wednesday"), region="south_southeast_asia")

art("wire", "2025-11-27", "Gangs kill nine and torch homes in Haiti's Saut-d'Eau; police battle gunmen in Croix-des-Bouquets", """
PORT-AU-PRINCE - Gang members killed at least nine people and set fire to dozens of homes in an attack on Saut-d'Eau, a town in Haiti's Centre department, on Tuesday, local officials and a human rights group said.

Gunmen from the Viv Ansanm gang coalition entered the town before dawn and shot residents who tried to flee towards the hills, said the mayor, Jean-Robert Mérisier. "We have counted nine bodies, but people are still missing," he said by phone. Hundreds of families walked to Lascahobas and Hinche, according to a local aid group.

On Wednesday, police officers supported by the Gang Suppression Force, the U.N.-authorised mission that replaced the Kenyan-led security force earlier this year, exchanged fire with gunmen for several hours in Croix-des-Bouquets, east of the capital. The national police said four gang members were killed and one officer was wounded.

The attack on Saut-d'Eau follows the gangs' capture of Mirebalais, where they overran the police station and freed hundreds of inmates from the town's prison, which forced thousands of residents to flee.

The United Nations says more than 1.4 million Haitians have been displaced by gang violence, most of them in and around the capital.
""",
["HT", "KE"], [("civilian_attack", "HT", "Saut-d'Eau", 9, False), ("battle", "HT", "Croix-des-Bouquets", 4, False),
               ("battle", "HT", "Mirebalais", None, True)], [],
["Jean-Robert Mérisier"], ["Viv Ansanm", "Gang Suppression Force", "United Nations"],
"Tuesday gang attack on residents = civilian_attack at Saut-d'Eau, 'at least nine' -> 9. Wednesday police/GSF gunfight = battle at Croix-des-Bouquets, 4 gang members. Earlier capture of Mirebalais (overrunning the police station, freeing inmates) retold without a date = background battle (NOTES: outside assault on police/prison), null. KE via 'Kenyan-led'. 1.4 million displaced = aggregate.",
when=past("2025-11-27", "Tuesday", "Wednesday"), region="latin_america_caribbean")

art("wire", "2026-04-21", "Gunmen kill eight at football pitch in Mexico's Guanajuato; soldiers clash with cartel near Jerez", """
MEXICO CITY - Gunmen opened fire on people watching an amateur football match in the central Mexican state of Guanajuato on Sunday evening, killing eight people, including a 14-year-old boy, state prosecutors said.

The attackers arrived in two pickup trucks at a sports field in San Juan de la Vega, a community in the municipality of Celaya, and fired at spectators and players before fleeing, the state attorney general's office said on Monday. Five people were wounded. An initial report from the city's security office had put the number of dead at six.

Guanajuato, an industrial hub that is home to several car plants, has for years recorded the highest number of murders of any Mexican state, as the Jalisco New Generation Cartel and the local Santa Rosa de Lima gang fight for control of drug and fuel-theft routes.

On Monday, soldiers patrolling near Jerez in the northern state of Zacatecas came under fire from suspected cartel gunmen, the Defence Ministry said. Troops killed five attackers in the ensuing gunfight and seized rifles and an armoured truck; two soldiers were wounded.

President Claudia Sheinbaum, under pressure from Washington to curb cartel violence, said on Monday that the number of murders nationwide had fallen by a quarter since she took office.
""",
["MX", "US"], [("civilian_attack", "MX", "San Juan de la Vega", 8, False), ("battle", "MX", "Jerez", 5, False)], [],
["Claudia Sheinbaum"], ["Jalisco New Generation Cartel", "Santa Rosa de Lima", "Defence Ministry"],
"Sunday shooting of spectators = civilian_attack, latest toll 8 (initial 6), location the community (Celaya is the municipality). Monday ambush on a patrol and gunfight = battle near Jerez, 5 attackers. LOOKALIKE: Jerez here is in Zacatecas (MX), not Spain. US only via 'Washington' (metonym). National murder trend = aggregate. Seizure of weapons in the gunfight is part of the battle.",
when=past("2026-04-21", "Sunday", "Monday"), region="latin_america_caribbean")

art("wire", "2025-09-23", "Colombian soldiers and border gang clash in Putumayo; blast damages bridge on Ecuador side", """
BOGOTA/QUITO - Three Colombian soldiers and four members of an armed group were killed in a clash in the southern province of Putumayo near the border with Ecuador on Sunday, Colombia's army said, hours before an explosion damaged a bridge on the Ecuadorean side of the frontier.

The fighting broke out in rural San Miguel when a patrol ran into members of the Comandos de la Frontera, a drug-trafficking group that controls coca-growing areas along the San Miguel river, the army said. Troops seized rifles and a boat loaded with coca paste after the clash.

Early on Monday, an explosive charge went off under a road bridge near General Farfán in Ecuador's Sucumbíos province, cutting traffic on the road to Lago Agrio, Ecuador's interior ministry said. No one was hurt. Investigators believe the bomb was placed by a gang that smuggles fuel and explosives across the river.

Ecuadorean President Daniel Noboa, who has declared the country's gangs "terrorist" organisations, ordered 1,500 additional troops to the northern border on Monday.

The border region, once a stronghold of the FARC guerrillas, has seen a rise in violence as groups that refused to join the 2016 peace deal fight over cocaine routes to Ecuador's Pacific ports.
""",
["CO", "EC"], [("battle", "CO", "San Miguel", 7, False), ("explosion", "EC", "General Farfán", 0, False)],
["strategic"],
["Daniel Noboa"], ["Comandos de la Frontera", "FARC"],
"Two countries. Sunday army-gang clash = battle in CO (rural San Miguel, Putumayo), 3 + 4 = 7. Monday bridge bomb = explosion in EC at General Farfán, 0 ('No one was hurt'). LOOKALIKE: San Miguel is a Colombian municipality/river here, not El Salvador's city. Troop deployment = strategic. 2016 peace deal = background, not an incident.",
when=past("2025-09-23", "Sunday", "Monday"), region="latin_america_caribbean")

art("wire", "2026-03-05", "Russian glide bombs kill four in Ukraine's Kostiantynivka; drone hits minibus in Russia's Belgorod region", """
KYIV - Russian glide bombs struck the centre of Kostiantynivka in Ukraine's eastern Donetsk region on Wednesday, killing four civilians and wounding 11, the regional governor said.

The bombs hit a street near the central market and damaged a school and several apartment buildings, the governor said on Telegram, posting photographs of burnt-out cars and collapsed balconies. Kostiantynivka, about 20 km from the front line, has been shelled almost daily for months, and most of its pre-war population has left.

Across the border, a Ukrainian drone struck a minibus carrying factory workers in the town of Shebekino in Russia's Belgorod region on Wednesday morning, killing the driver and a passenger, the Belgorod governor said. Kyiv did not comment.

Russia's defence ministry said its air defences had shot down 87 Ukrainian drones overnight over several regions, including the Moscow region. There was no independent confirmation.

The strikes came as U.S. and Ukrainian officials prepared for a new round of talks in Geneva on a plan to end the war, which Moscow says must take account of its "security interests".
""",
["UA", "RU", "US", "CH"], [("explosion", "UA", "Kostiantynivka", 4, False), ("explosion", "RU", "Shebekino", 2, False)],
["diplomacy"],
[], ["Telegram"],
"Two countries. Wednesday glide bombs = explosion in UA at Kostiantynivka, 4. Ukrainian drone on a minibus = explosion in RU at Shebekino, 2 (country = where it landed). '87 drones shot down over several regions' = multi-place aggregate, not listed. Talks in Geneva being prepared = diplomacy (CH via Geneva). Kyiv/Moscow used as metonyms for the states.",
when=past("2026-03-05", "Wednesday"), region="ukraine_russia_caucasus")

art("wire", "2025-07-08", "Gunmen kill two traffic police in Russia's Ingushetia; suspects die in shootout in Sunzha", """
MOSCOW - Gunmen opened fire on a traffic police post in the town of Karabulak in Russia's southern republic of Ingushetia early on Sunday, killing two officers and wounding a third, the regional interior ministry said.

The attackers, who fled in a car, were tracked down on Monday to a house in the town of Sunzha, where they refused to surrender and opened fire on security forces, the National Anti-Terrorism Committee said. Three suspects were killed in the shootout and one officer was wounded, it said.

Investigators said the men were followers of the Islamic State group and that one of them had returned last year from Georgia's Pankisi Gorge, where he had lived with relatives. Weapons and a homemade bomb were found in the house, which was later destroyed by sappers.

Ingushetia and its neighbours Chechnya and Dagestan saw a long-running Islamist insurgency that has ebbed over the past decade, but sporadic attacks on police continue. Gunmen who attacked churches, a synagogue and a police post in Dagestan's Derbent and Makhachkala killed more than 20 people in one of the deadliest attacks in the region in years.

Ingushetia's leader ordered checkpoints on all roads out of the republic to be reinforced.
""",
["RU", "GE"], [("battle", "RU", "Karabulak", 2, False), ("battle", "RU", "Sunzha", 3, False),
               ("civilian_attack", "RU", "Derbent", 20, True)], ["strategic"],
[], ["National Anti-Terrorism Committee", "Islamic State"],
"Sunday shooting at a police post = battle at Karabulak, 2. Monday shootout with security forces = battle at Sunzha, 3 suspects. The house 'destroyed by sappers' is a controlled demolition of a found bomb, not an incident (judgment). Derbent/Makhachkala church-synagogue-police attack retold without a date = background, first-named targets churches -> civilian_attack (judgment; two places merged, first used), 'more than 20' -> 20. Reinforced checkpoints = strategic. GE via 'Georgia's Pankisi Gorge' (the country; a place a suspect came from). Chechnya/Dagestan -> RU.",
when=past("2025-07-08", "Sunday", "Monday"), region="ukraine_russia_caucasus")

art("wire", "2026-02-10", "Pakistani and Afghan forces exchange fire at Chaman crossing; shells hit homes in Spin Boldak", """
QUETTA, Pakistan - Pakistani and Afghan Taliban forces exchanged heavy fire at the Chaman border crossing on Monday, killing two Pakistani soldiers, Pakistan's military said, while Afghan officials said Pakistani mortar shells had killed three civilians in the Afghan town of Spin Boldak.

The Inter-Services Public Relations (ISPR) said Afghan forces had opened fire on Pakistani border posts near Chaman "without provocation" and that its troops had responded "effectively", destroying several Afghan positions.

In Spin Boldak, a Taliban-appointed district official said shells fired from Pakistan had struck houses near the town's main bazaar, killing three people, including a woman, and wounding 12. Zabihullah Mujahid, the Taliban government's spokesman, accused Pakistan of "targeting civilians" and said its forces had acted in self-defence.

Pakistan's foreign ministry summoned the Afghan charge d'affaires in Islamabad on Monday to lodge a protest. The crossing, a key trade route between Quetta and Kandahar, was closed, leaving hundreds of trucks stranded on both sides.

Islamabad accuses Kabul of sheltering fighters of the Pakistani Taliban, or Tehreek-e-Taliban Pakistan (TTP), which has stepped up attacks on security forces in Khyber Pakhtunkhwa and Balochistan. The Taliban deny the charge.
""",
["PK", "AF"], [("battle", "PK", "Chaman", 2, False), ("explosion", "AF", "Spin Boldak", 3, False)],
["diplomacy", "strategic"],
["Zabihullah Mujahid"], ["Inter-Services Public Relations", "Taliban", "Tehreek-e-Taliban Pakistan"],
"Two countries. Afghan fire on Pakistani posts near Chaman and the exchange = battle in PK (posts on the Pakistani side), 2. Pakistani mortar shells landing on Spin Boldak houses = explosion in AF, 3. Summoning the envoy ('lodge a protest', diplomatic) and mutual accusations = diplomacy; closure of the crossing = strategic. TTP's attacks 'stepped up' = general trend, not listed.",
when=past("2026-02-10", "Monday"), region="south_southeast_asia")

art("wire", "2026-05-07", "Grenade blast kills vendor at Isulan night market; soldiers kill three Dawlah Islamiyah gunmen in Maguindanao", """
COTABATO CITY, Philippines - A grenade thrown into a crowded night market in Isulan, the capital of Sultan Kudarat province on the southern island of Mindanao, killed a vendor and wounded 12 people on Tuesday night, police said.

Two men on a motorcycle lobbed the grenade near a row of food stalls and sped away, a police spokesman said. The vendor, a 52-year-old woman who sold grilled chicken, died in hospital early on Wednesday. Police were reviewing security camera footage and had set up checkpoints on the roads out of town.

On Wednesday, soldiers clashed with about 15 militants of the Dawlah Islamiyah group in the marshland of Datu Hoffer Ampatuan in Maguindanao del Sur, killing three of them, the army's 6th Infantry Division said. One soldier was slightly wounded.

Isulan was hit by two bombings in 2018 that killed five people, both blamed on militants allied with the Islamic State group.

Violence has eased in much of Mindanao since a 2014 peace deal with the Moro Islamic Liberation Front, whose former fighters now run the Bangsamoro autonomous region, but small armed groups that rejected the deal remain active in the marshes of Maguindanao.
""",
["PH"], [("explosion", "PH", "Isulan", 1, False), ("battle", "PH", "Datu Hoffer Ampatuan", 3, False),
         ("explosion", "PH", "Isulan", 5, True)], [],
[], ["Dawlah Islamiyah", "6th Infantry Division", "Moro Islamic Liberation Front", "Islamic State"],
"Tuesday-night grenade = explosion at Isulan, 1 (vendor died next morning; 12 wounded). Wednesday clash = battle at Datu Hoffer Ampatuan, 3 militants. Two 2018 Isulan bombings with one joint toll = one background explosion, 5 (NOTES a016 joint-toll rule). Checkpoints are the investigation's routine, not listed (judgment). 2014 peace deal = background.",
when=past("2026-05-07", "Tuesday", "Wednesday"), region="south_southeast_asia")

art("wire", "2026-04-02", "Pension march in Athens ends in petrol bombs and tear gas; Thessaloniki rally stays calm", """
ATHENS - Tens of thousands of people marched through central Athens on Wednesday against a government plan to raise the retirement age, in a largely peaceful protest that ended with clashes between hooded youths and riot police.

The march, called by the GSEE and ADEDY union confederations on the day of a 24-hour general strike that grounded flights and halted ferries, ended in Syntagma Square outside parliament, where speakers called for the bill to be withdrawn.

As the crowd dispersed, groups of youths threw petrol bombs and stones at police in the nearby Exarchia district, set rubbish bins on fire and smashed the windows of two banks, police said. Officers fired tear gas and stun grenades. Eleven officers were slightly injured and 23 people were detained.

In Thessaloniki, about 8,000 people joined a separate march that passed off without incident, according to police.

Prime Minister Kyriakos Mitsotakis condemned the violence and said the reform, which would raise the retirement age gradually from 67 to 68, was needed to keep the pension system afloat. Parliament is due to vote on the bill next week.

The unions have threatened further strikes if the bill passes.
""",
["GR"], [("protest", "GR", "Syntagma Square", None, False), ("riot", "GR", "Exarchia", None, False),
         ("protest", "GR", "Thessaloniki", None, False)], ["strategic"],
["Kyriakos Mitsotakis"], ["GSEE", "ADEDY"],
"Three incidents: the peaceful Athens march ending in Syntagma Square = protest, null ('tens of thousands' counts marchers, not deaths); the petrol-bomb clashes in Exarchia = riot, null (injuries only); the calm Thessaloniki march = protest, null. Police 'stun grenades' and tear gas are crowd control, not an explosion incident. 23 detained = strategic. The strike itself and future strikes are not incidents beyond the march. GR via Athens/Thessaloniki only ('Greece' never named).",
when=past("2026-04-02", "Wednesday"), region="europe_north_america")

art("wire", "2025-12-02", "Former employee kills four at Savannah distribution centre before turning gun on himself", """
SAVANNAH, Georgia - A former employee opened fire at a distribution centre near the port of Savannah on Monday morning, killing four workers and wounding three before killing himself, police said.

The gunman, a 41-year-old man who had been dismissed from the warehouse two weeks earlier, entered through a loading dock shortly after the morning shift began and fired at workers near the packing lines, Chatham County police chief Ronald Pierce told reporters. Officers arrived within minutes and found him dead of a self-inflicted gunshot wound in an office at the back of the building.

Workers described hiding inside empty trailers and behind stacks of pallets as shots echoed through the building. Among the wounded was a Honduran-born forklift operator who was in serious condition, a hospital spokeswoman said. The other two wounded were treated and released.

Police said the gunman had bought the handgun legally last year. Investigators were examining messages he had sent to former colleagues after losing his job.

The state's governor ordered flags to be flown at half-staff. Georgia has some of the least restrictive gun laws in the United States, and a proposal to require a waiting period for handgun purchases died in the legislature this year.
""",
["US", "HN"], [("civilian_attack", "US", "Savannah", 5, False)], [],
["Ronald Pierce"], ["Chatham County police"],
"Workplace shooting of unarmed workers = civilian_attack at Savannah, 4 + gunman = 5 (NOTES: perpetrators included). TRAP: Georgia is the US state here (no GE). NATIONALITY: 'Honduran-born' -> HN mentioned, nothing happens there. A bill that 'died' is legislative vocabulary.",
when=past("2025-12-02", "Monday"), region="europe_north_america")

art("wire", "2025-06-26", "Inmates riot at Esmeraldas prison, leaving three dead; gunmen kill six at fishing port of San Lorenzo", """
QUITO - Inmates rioted at the prison in the Ecuadorean coastal city of Esmeraldas on Wednesday, setting mattresses on fire and attacking guards, and three prisoners were killed before soldiers and police regained control in the evening, the SNAI prisons agency said.

The riot broke out after guards began a search for weapons in one of the prison's wings, the agency said. Four guards were injured and relatives who gathered outside the prison gates said they had heard gunshots for hours.

On Tuesday, gunmen on two boats opened fire on fishermen unloading their catch at the port of San Lorenzo, near the Colombian border, killing six people, police said. Police said the attack appeared to be linked to a dispute between gangs over the use of the port to ship cocaine.

Ecuador's prisons, where gangs such as Los Lobos and Los Choneros hold sway, have been the scene of repeated massacres since 2021, in which more than 400 inmates have died.

President Daniel Noboa has deployed the army to run security in the country's largest prisons and has said he wants to build two new maximum-security jails.
""",
["EC", "CO"], [("riot", "EC", "Esmeraldas", 3, False), ("civilian_attack", "EC", "San Lorenzo", 6, False)], [],
["Daniel Noboa"], ["SNAI", "Los Lobos", "Los Choneros"],
"Prison riot = riot (NOTES convention), 3 inmates killed. Tuesday shooting of fishermen = civilian_attack at San Lorenzo, 6. LOOKALIKE: San Lorenzo here is in Esmeraldas province (EC), not Paraguay's city. 'more than 400 inmates since 2021' = aggregate. Army deployment in prisons is standing policy ('has deployed') -> not listed (judgment). CO via 'the Colombian border' (place).",
when=past("2025-06-26", "Tuesday", "Wednesday"), region="latin_america_caribbean")

art("wire", "2025-05-20", "Herders' raid kills 11 villagers in southern Chad; crowd burns gendarmerie post in Koumra", """
N'DJAMENA - Armed herders killed 11 villagers in an attack on a farming community in southern Chad's Mandoul province, and an angry crowd later set fire to a gendarmerie post, accusing the security forces of failing to protect them, local officials said on Monday.

The attackers, on horseback and motorcycles, raided the village of Ngalo, near the provincial capital Koumra, on Saturday, after a dispute over cattle that had strayed into a millet field, the provincial governor said. Several houses were burned and dozens of cattle were driven off.

On Sunday, hundreds of residents marched to the gendarmerie post in Koumra, pelted it with stones and set it alight. One protester was shot dead when gendarmes fired to disperse the crowd, the governor said.

The government said it had sent troops to the province and arrested 14 people, both herders and farmers, and appealed for calm.

Clashes between nomadic herders and settled farmers over land and water have killed hundreds of people in southern Chad in recent years. Pressure on grazing land has grown as the war in neighbouring Sudan pushed hundreds of thousands of refugees, and their herds, into eastern Chad.
""",
["TD", "SD"], [("civilian_attack", "TD", "Ngalo", 11, False), ("riot", "TD", "Koumra", 1, False)],
["strategic"],
[], [],
"Saturday raid by armed herders on villagers = civilian_attack at Ngalo, 11 ('dozens of cattle' is not a death count). Sunday stoning and burning of the gendarmerie post = riot at Koumra, 1 (protester shot dead). Troops sent and 14 arrests = strategic. 'Killed hundreds in recent years' = aggregate. SD via 'neighbouring Sudan'.",
when=past("2025-05-20", "Saturday", "Sunday", "Monday"), region="central_africa")

art("wire", "2026-02-24", "Thousands rally in Tbilisi over seafront lease; protesters clash with police outside Batumi council", """
TBILISI - Several thousand people rallied peacefully on Rustaveli Avenue in the Georgian capital on Saturday against a government decision to lease part of Batumi's seafront to a Chinese-owned developer, a day after a protest in the Black Sea city itself turned violent.

In Batumi on Friday evening, protesters threw bottles and stones at police outside the city council building, broke its windows and set fire to a police car, the interior ministry said. Nine officers and several protesters were injured and 31 people were detained. Police used pepper spray and water cannon to clear the square.

The Tbilisi rally, organised by environmental groups and opposition parties, ended after speeches outside parliament without any arrests.

Opponents say the 49-year lease would give a foreign company control of one of the last public stretches of beach in Batumi and accuse the ruling Georgian Dream party of steering the country away from the European Union and towards Moscow. The government says the project will bring $900 million of investment and thousands of jobs.

Georgia has seen waves of protest since the disputed parliamentary election of October 2024, which the opposition says was rigged.
""",
["GE", "CN", "RU"], [("protest", "GE", "Rustaveli Avenue", None, False), ("riot", "GE", "Batumi", None, False)],
["strategic"],
[], ["Georgian Dream", "European Union"],
"Saturday peaceful rally on Rustaveli Avenue = protest, null. Friday violence outside Batumi council (stones, arson of a police car) = riot, null (injuries only). 31 detained = strategic. Georgia is the COUNTRY here (Tbilisi, Black Sea), paired with the US-state trap of bf7-36. CN via 'Chinese-owned developer'; RU via 'towards Moscow' (metonym). 'Waves of protest since the 2024 election' = general, not a specific incident.",
when=past("2026-02-24", "Friday", "Saturday"), region="ukraine_russia_caucasus")

art("wire", "2025-06-12", "Militants storm check post in Pakistan's Bajaur, killing three policemen; quadcopter strike kills two children in Mamund", """
PESHAWAR - Militants armed with heavy weapons attacked a police check post at Loi Sam in Bajaur district, near Pakistan's border with Afghanistan, late on Tuesday, killing three policemen, officials said. The attack, which lasted more than an hour, was repulsed and two attackers were killed, a police official said.

Hours later, a small explosive dropped from a quadcopter drone hit a house in the Mamund area of the district, killing two children and wounding their mother, residents and a local official said. It was not clear who had flown the drone. The military did not comment.

On Wednesday, hundreds of residents placed the children's coffins on the main road in Khar, the district headquarters, and held a sit-in for several hours, demanding an inquiry and compensation. The sit-in ended peacefully after talks with the district administration.

The Tehreek-e-Taliban Pakistan (TTP), which Islamabad says operates from sanctuaries in Afghanistan, claimed the attack on the check post in a statement.

Militant violence has surged in Khyber Pakhtunkhwa province since the Taliban returned to power in Kabul in 2021, with attacks on police and soldiers almost daily in the districts along the border.
""",
["PK", "AF"], [("battle", "PK", "Loi Sam", 5, False), ("explosion", "PK", "Mamund", 2, False),
               ("protest", "PK", "Khar", None, False)], [],
[], ["Tehreek-e-Taliban Pakistan", "Taliban"],
"Tuesday-night assault on the check post = battle at Loi Sam, 3 police + 2 attackers = 5. Quadcopter-dropped explosive on a house = explosion at Mamund, 2. Wednesday sit-in with the coffins, ended peacefully = protest at Khar, null. AF only via the border/sanctuaries/Kabul (place/state), nothing happens there. 'Almost daily attacks' = aggregate.",
when=past("2025-06-12", "Tuesday", "Wednesday"), region="south_southeast_asia")


# =====================================================================================
# bf7-41..60  quiet articles: no current incident (traps typical of a real news feed).
# =====================================================================================

art("quiet", "2025-11-13", "Ten years after the Bataclan, survivors say music is what carried them through", """
PARIS - Hélène Marchal still keeps the ticket. She was standing near the bar of the Bataclan concert hall when gunmen burst in through the main doors and began firing into the crowd, killing 90 people inside the hall over the next two hours.

A decade later, the 41-year-old teacher plays bass in an amateur band that rehearses three streets away. "I was told I would never be able to stand in a crowd again," she said. "Music is what got me back into one."

She is one of dozens of survivors who agreed to speak for a book of testimonies published this week, which also gathers the memories of waiters from the café terraces where other members of the same squad shot diners, and of stewards at the Stade de France, where suicide bombers blew themselves up outside the gates during a football match.

The attacks were planned from Brussels, and the only surviving member of the commando is serving a life sentence.

Commemorations will be held across Paris, with wreaths laid at each of the sites and a minute's silence in the evening. The Bataclan, renovated and reopened a year after the attacks, will host a free concert for survivors and families.
""",
["FR", "BE"], [("civilian_attack", "FR", "Bataclan", 90, True), ("civilian_attack", "FR", None, None, True),
               ("explosion", "FR", "Stade de France", None, True)], [],
["Hélène Marchal"], [],
"NO CURRENT INCIDENT: anniversary feature retelling the attacks without a date in the sentence. Background: Bataclan shooting = civilian_attack, 90; café-terrace shootings = civilian_attack, no place name ('café terraces') -> null, null; Stade de France suicide bombings = explosion, null (bombers' deaths implied, no number). A book launch and commemorations are not events. BE via Brussels (planning place). The surviving attacker's life sentence is a past court case (not news).")

art("quiet", "2026-02-10", "Kenyan court jails three for life over Lamu bus bombing", """
MOMBASA, Kenya - A Kenyan court sentenced three men to life in prison for their role in the bombing of a passenger bus in Lamu county in which nine people were killed, ending a trial that lasted more than three years.

High Court judge Anne Mwangi said the prosecution had proved that the three, two Kenyans and a Somali national, had bought the explosives, stored them in a house in Mpeketoni and helped the bomber plant the device under a seat. The bomb ripped through the bus as it approached the jetty town of Mokowe, she said.

"The accused chose to wage war on ordinary travellers," the judge said, adding that none of the three had shown remorse.

Defence lawyers said they would appeal. Relatives of the victims, some of whom travelled from Malindi and Garissa to hear the verdict, said they were relieved but wanted the government to do more to compensate families.

Police said the cell had been directed by al Shabaab commanders across the border in Somalia. The group has carried out a string of attacks in Lamu and other counties near the frontier, mostly with roadside bombs aimed at security vehicles.
""",
["KE", "SO"], [("explosion", "KE", "Mokowe", 9, True)], ["strategic"],
["Anne Mwangi"], ["High Court", "al Shabaab"],
"NO CURRENT INCIDENT: sentencing = strategic (court case). The bus bombing retold without a date = background explosion, 9, location where the bomb went off (Mokowe; Mpeketoni is where explosives were stored). 'wage war' is a figure of speech. NATIONALITY: 'a Somali national' + 'across the border in Somalia' -> SO mentioned, nothing happens there. 'A string of attacks' = unspecific.")

art("quiet", "2025-10-16", "Inquiry finds police missed warnings before Leeds bus station stabbing", """
LONDON - Police and mental health services missed repeated warnings about a man who later stabbed two women to death at a bus station in Leeds, a public inquiry found, calling for sweeping changes to how agencies share information.

The inquiry's chair, retired judge Margaret Hale, said in her report that the attacker, an Eritrean man who had been granted asylum in Britain, had been reported to police three times in the months before the attack for threatening behaviour, but that no agency had "joined the dots".

"Two lives might have been saved," Hale said at the report's publication in London. She made 27 recommendations, including a single national database of risk assessments.

The families of the two women, a nurse and a student, said the findings confirmed what they had long suspected. The Home Office said it would respond in full within six months.

The attacker was convicted of murder and is detained indefinitely in a secure hospital.

Knife crime in England and Wales has fallen slightly over the past year, according to official figures, but remains well above its level of a decade ago.
""",
["GB", "ER"], [("civilian_attack", "GB", "Leeds", 2, True)], [],
["Margaret Hale"], ["Home Office"],
"NO CURRENT INCIDENT: a public inquiry report on an old stabbing. Background civilian_attack at Leeds, 2 (undated). The inquiry report itself is neither arrest, court case nor deployment -> no strategic (judgment; other_events is not scored). NATIONALITY: 'an Eritrean man' -> ER mentioned; Britain/London/England -> GB. Knife-crime figures = aggregate.")

art("quiet", "2026-01-29", "Attacks on schools in Burkina Faso, Mali and Niger rose by a fifth last year, UN agency says", """
DAKAR - Attacks on schools, teachers and pupils in Burkina Faso, Mali and Niger rose by about 20% last year, and more than 8,000 schools in the three countries remain closed because of insecurity, the U.N. children's agency UNICEF said in a report.

The agency recorded 412 attacks on education in the central Sahel last year, against 343 the year before, including the burning of classrooms, the abduction of teachers and threats against parents who send their daughters to school. Burkina Faso accounted for more than half of the cases.

"An entire generation is growing up without a classroom," said the agency's regional director, presenting the report in the Senegalese capital. He said that nearly 2 million children had lost access to education in the region.

The report said that governments had reopened several hundred schools in areas retaken by the armed forces, and praised radio lessons and community-run classes in displacement camps.

The three countries, all run by military governments that have broken with France and turned to Russia for security help, have disputed some of the figures in previous reports by U.N. agencies.
""",
["BF", "ML", "NE", "SN", "FR", "RU"], [], [],
[], ["UNICEF"],
"NO CURRENT INCIDENT: statistics report ('rose by about 20%', 412 attacks, 8,000 schools closed) = aggregates, never listed. SN via 'Dakar' and 'the Senegalese capital'; FR and RU as state actors ('broken with France', 'turned to Russia'). Sahel is a region. The report's publication is not an event type.")

art("quiet", "2025-08-14", "Mazembe's late blitz sinks Esperance in Lubumbashi", """
LUBUMBASHI - TP Mazembe came from behind to beat Esperance of Tunis 3-1 in a bruising African Champions League group match, with two goals in the final ten minutes sending a packed stadium into delirium.

The Tunisian side struck first through a header from a corner and then sat deep, absorbing wave after wave of attacks. Mazembe's Zambian striker Kelvin Mubanga fired against the post before the break, and the home side bombarded the visitors' box with crosses for much of the second half.

The equaliser came when Malian midfielder Ousmane Traoré ghosted in at the far post. Mubanga then killed off the contest, lashing a shot into the top corner in the 84th minute and adding a third from the penalty spot after a clumsy challenge.

"We laid siege to their goal and our patience paid off," Mazembe's coach said. "This is a team that fights to the last minute."

Esperance's coach complained about the referee and the heat, saying his players had been ambushed by "a hostile atmosphere from the first whistle".

Mazembe top the group with seven points and travel to Egypt next month.
""",
["CD", "TN", "ZM", "ML", "EG"], [], [],
["Kelvin Mubanga", "Ousmane Traoré"], ["TP Mazembe", "Esperance"],
"NO CURRENT INCIDENT: football vocabulary ('struck', 'attacks', 'fired', 'bombarded', 'killed off', 'shot', 'laid siege', 'fights', 'ambushed', 'hostile'). CD via Lubumbashi only; TN via 'of Tunis'/'Tunisian side'; ZM and ML via athletes' nationalities (corpus sport convention); EG as the next venue.")

art("quiet", "2026-03-19", "Mexican stocks rally as cement maker bombs on profit warning", """
MEXICO CITY - Mexican stocks rallied for a third straight session, with the main index closing at a record high, as investors stormed back into banks and airport operators on hopes of lower interest rates, while shares in a cement maker crashed after a profit warning.

The S&P/BMV IPC index rose 1.4%, led by a 6% jump in Grupo Financiero Altavista. Airport group Aeropuertos del Pacífico gained 4% after reporting record passenger traffic.

Cementos del Bajío was the day's big loser, plunging 17% in what one trader called "a bloodbath", after it warned that a price war with imported cement and delays to public works would hit its profits. "The stock simply bombed," said the trader, who asked not to be named.

The peso also strengthened against the dollar, shrugging off renewed threats of a tariff war from Washington, as traders bet the central bank would cut rates again next week.

Analysts said foreign funds had been building up a war chest to buy Mexican assets after months of selling, and that the rally could continue if trade talks with the United States went well.
""",
["MX", "US"], [], [],
[], ["Grupo Financiero Altavista", "Aeropuertos del Pacífico", "Cementos del Bajío"],
"NO CURRENT INCIDENT: markets vocabulary ('rallied', 'stormed back', 'crashed', 'plunging', 'bloodbath', 'price war', 'bombed', 'tariff war', 'war chest'). US via Washington (metonym) and 'the United States'. Trade talks are future/general -> no diplomacy listed (judgment).")

art("quiet", "2025-07-31", "Kidnapping thriller 'Ransom Road' tops Nigerian box office", """
LAGOS - "Ransom Road", a thriller about a bus full of passengers abducted on a highway in northern Nigeria, has become the year's biggest hit at Nigerian cinemas, taking more than 900 million naira in its first three weeks.

Directed by Chidi Okonkwo and shot partly in Ghana, the film follows a nurse who is kidnapped with 30 other travellers when gunmen block the road with burning tyres and march them into a forest. In the film's most talked-about scene, the captives stage a night-time escape while their captors argue over a ransom payment.

Okonkwo said he had interviewed survivors of real kidnappings while writing the script, but that all the characters were invented. "Everybody in this country knows somebody who has had to pay a ransom," he said. "That is why people are queuing to see it."

Some critics have accused the film of exploiting a national trauma, and the national film censors' board asked for two scenes of torture to be shortened before release.

The film will open in cinemas in London and Houston next month, its distributor said.
""",
["NG", "GH", "GB", "US"], [], [],
["Chidi Okonkwo"], [],
"NO CURRENT INCIDENT: a film about an abduction ('abducted', 'kidnapped', 'gunmen', 'captives', 'ransom', 'torture') - fiction, not an event. GH as a filming location; GB via London, US via Houston (release cities). Censors' request is not an event type.")

art("quiet", "2025-10-28", "Review: 'The Salt Roads' follows a Colombian river town through four decades of war", """
Few novels have captured the slow grind of Colombia's armed conflict as patiently as "The Salt Roads", the third book by Bogotá-born writer Lucía Ferreira, which arrives in English this month.

The story follows three generations of a family of boat builders in a fictional town on the Magdalena river, from the arrival of the first guerrilla columns to the uneasy years after the peace agreement. Ferreira does not look away: a chapter in which paramilitaries take over the town square for a night and execute a list of neighbours is among the hardest to read in recent fiction.

The book's centre of gravity, though, is a real event. The grandmother, Rosa, loses her brother in the massacre at El Salado, where paramilitaries killed dozens of villagers, and the novel returns again and again to the silence that followed.

Ferreira, who now lives in Madrid, spent five years interviewing former fighters and displaced families. The result is sometimes overlong, but its portrait of people who survive by never quite saying what they know is unforgettable.

"The Salt Roads" is published by Harbour Press.
""",
["CO", "ES"], [("civilian_attack", "CO", "El Salado", 12, True)], [],
["Lucía Ferreira"], ["Harbour Press"],
"NO CURRENT INCIDENT: book review. The fictional town's night of executions is fiction (not an event). The real El Salado massacre cited without a date = background civilian_attack, 'dozens' -> 12 (ACLED rule). ES via Madrid (where the author lives); Bogotá-born adds CO (already named).")

art("quiet", "2026-04-21", "Commandos storm Mumbai hotel as city stages biggest counter-terror drill in years", """
MUMBAI - Black-clad commandos stormed a luxury hotel on Mumbai's seafront, freed "hostages" and "neutralised" four "terrorists" in a six-hour counter-terrorism exercise that brought traffic in the south of the city to a standstill.

The drill, run by the National Security Guard (NSG) with the Mumbai Police and the Indian Navy, simulated an attack by armed men arriving by sea, a scenario that city officials said remained the most serious threat to India's financial capital. Blank rounds and stun grenades were used, and mock "blasts" were set off in the hotel's lobby and kitchen.

Residents had been warned in advance, but some passers-by filmed the scene in alarm as smoke rose from the building. "For a minute I thought it was real," said one shopkeeper.

An NSG officer said response times had improved sharply since the last full-scale exercise, and that observers from the United States and Israel had watched the operation.

Maharashtra's chief minister said similar drills would be held at railway stations and the international airport later this year.
""",
["IN", "US", "IL"], [], [],
[], ["National Security Guard", "Mumbai Police", "Indian Navy"],
"NO CURRENT INCIDENT: a drill ('stormed', 'hostages', 'terrorists', 'blasts' in quotes; blank rounds). US and IL via observers (state actors). A future series of drills is not an event.")

art("quiet", "2025-09-23", "Methane blast at Colombian coal mine kills eight; officials rule out attack", """
BOGOTA - An explosion caused by a build-up of methane gas killed eight miners and injured five at an underground coal mine in Guachetá, in Colombia's central Cundinamarca province, the national mining agency said.

The blast occurred about 300 metres below ground during the night shift, and rescuers worked for 14 hours to reach the trapped men. Three miners managed to climb out on their own.

The local mayor said the mine had been operating with a valid licence but had been warned about poor ventilation during an inspection in the spring. Prosecutors opened an investigation.

Police initially cordoned off the site after residents reported hearing what sounded like a bomb, but the authorities quickly ruled out an attack, saying there was no presence of armed groups in the area.

Cundinamarca and neighbouring Boyacá produce most of Colombia's coal for domestic use and for the steel industry, and accidents are frequent in small, informal mines. More than 100 miners have died in such accidents in the past year, according to the mining agency.

President Gustavo Petro declared three days of mourning in the province.
""",
["CO"], [], [],
["Gustavo Petro"], [],
"NO CURRENT INCIDENT: methane explosion in a mine = industrial accident (NOTES: accidents are not incidents) despite 'blast', 'bomb', 'attack' vocabulary and a conflict country. Yearly accident toll = aggregate. Cordon and investigation = response to an accident, not listed.")

art("quiet", "2026-03-05", "U.N. helicopter crashes near Bunia, killing three crew; mission rules out hostile fire", """
KINSHASA - A helicopter of the U.N. peacekeeping mission in Congo crashed in hills north of Bunia in Ituri province, killing its three crew members, the mission said, adding that initial findings pointed to a technical failure in bad weather.

The Mi-8 transport helicopter, flown by two Ukrainian pilots and a Congolese flight engineer, was carrying supplies to a base near Djugu when it lost contact shortly after take-off, MONUSCO said in a statement. Ground troops reached the wreckage several hours later.

"There is no indication that the aircraft was fired upon," a mission spokesman said, in response to claims on social media that militia fighters had shot it down. The mission said its flight safety team had opened an inquiry and grounded its other aircraft of the same type for inspection.

The crash is the deadliest for the mission since rebels shot down a Puma helicopter near Tshanzu in North Kivu, killing all eight peacekeepers on board.

MONUSCO, which has been scaling down its presence in Congo, still operates more than 20 aircraft in Ituri and North Kivu.
""",
["CD", "UA"], [("battle", "CD", "Tshanzu", 8, True)], [],
[], ["MONUSCO"],
"NO CURRENT INCIDENT: helicopter crash blamed on technical failure in bad weather = accident; 'fired upon'/'shot it down' claims are denied. The earlier downing of a Puma near Tshanzu, retold without a date = background battle (NOTES: downing aircraft is battle), 8. NATIONALITY: 'Ukrainian pilots' -> UA mentioned, nothing happens there. Grounding aircraft for inspection is an internal safety step, not strategic (judgment).")

art("quiet", "2025-12-11", "Philippine senators clash over airport bill as allies trade fire", """
MANILA - A bitter battle over a bill to move Manila's main international airport out of the capital region spilled onto the Senate floor, with senators from the governing coalition trading fire in a debate that stretched past midnight.

Senator Ramon Dizon accused the bill's sponsor of "ambushing" the chamber by adding last-minute amendments that would favour a consortium building a new airport in Bulacan. The sponsor, Senator Carmela Reyes, fired back that her critics were "waging a war on progress" on behalf of airlines that profited from the congested old terminals.

The clash exposed widening rifts in the coalition ahead of next year's budget fight. Senate President Vicente Laurel tried twice to suspend the session before the bill was sent back to committee, effectively shooting it down for the rest of the year.

Business groups said the delay would cost the economy billions of pesos. A spokesman for the president said the palace would "not take sides in a battle among friends".

Lawmakers from Mindanao have threatened to block the bill unless it also funds upgrades to airports in Davao and Zamboanga.
""",
["PH"], [], [],
["Ramon Dizon", "Carmela Reyes", "Vicente Laurel"], ["Senate"],
"NO CURRENT INCIDENT: political vocabulary ('battle', 'clash', 'trading fire', 'ambushing', 'fired back', 'war on progress', 'shooting it down', 'fight', 'block'). PH via Manila/Bulacan/Mindanao/Davao/Zamboanga; 'Philippine' in the title. Legislative procedure is not an event type.")

art("quiet", "2025-09-09", "U.S. and British embassies warn of possible attacks during Ethiopia's Meskel celebrations", """
ADDIS ABABA - The U.S. and British embassies in Ethiopia warned their citizens to avoid large gatherings during this month's Meskel festival, saying they had received information that militants might be planning attacks in the capital and other cities.

The U.S. embassy said in a security alert that "terrorists may attack with little or no warning" and advised citizens to keep away from Meskel Square, where hundreds of thousands of people gather each year to watch the lighting of a giant bonfire. The British embassy issued similar advice and said the threat level had not changed.

Ethiopia's government spokesman dismissed the warnings as "unnecessary alarm" and said security forces had made every preparation for the celebrations to pass peacefully. Federal police said more than 20,000 officers would be deployed in Addis Ababa.

The embassies did not say which group might be planning attacks. Al Shabaab militants based in neighbouring Somalia have tried to strike in Ethiopia in the past, and fighting continues between government forces and armed groups in the Amhara and Oromia regions.
""",
["US", "GB", "ET", "SO"], [], ["strategic"],
[], ["Al Shabaab"],
"NO CURRENT INCIDENT: security alerts about possible attacks = strategic (NOTES: security alerts); announced police deployment = strategic. Past attempts 'in the past' and ongoing regional fighting are unspecific -> not listed. 'Meskel Square' and the bonfire are festival vocabulary. SO via 'neighbouring Somalia'.")

art("quiet", "2025-11-04", "Kenyan police foil al Shabaab plot to bomb Likoni ferry, arrest three", """
MOMBASA, Kenya - Kenyan police said they had foiled a plot by al Shabaab militants to bomb a ferry at the Likoni crossing in Mombasa, arresting three suspects and seizing explosives and a suicide vest in a raid on a house in the city's outskirts.

The head of the Anti-Terrorism Police Unit, Nelson Kiprono, told reporters the suspects, two Kenyans and a Tanzanian national, had planned to detonate the vest on a crowded morning ferry. One of the men had recently returned from Somalia, where he had received training, Kiprono said.

"This attack would have caused mass casualties," he said. The explosives were destroyed by the bomb squad at a police range.

The Likoni ferry carries hundreds of thousands of people a day between Mombasa island and the south coast. Security was stepped up at the crossing and at bus stations across the coastal region after the arrests.

The three suspects will be charged with preparing a terrorist act when they appear in court.
""",
["KE", "TZ", "SO"], [], ["strategic"],
["Nelson Kiprono"], ["Anti-Terrorism Police Unit", "al Shabaab"],
"NO CURRENT INCIDENT: foiled plot; arrests, seizure, stepped-up security and charges = strategic. Explosives destroyed by the bomb squad = not an explosion incident. 'would have caused mass casualties' is counterfactual. NATIONALITY: 'a Tanzanian national' -> TZ; SO via training there.")

art("quiet", "2026-01-13", "Ecuador police capture gang boss accused of ordering Durán birthday-party massacre", """
QUITO - Ecuadorean police captured a leader of the Los Lobos gang accused of ordering a massacre at a birthday party in the port city of Durán, the interior minister said.

The suspect, identified only by his alias "El Chino", was arrested in a pre-dawn raid on a farm in the province of Los Ríos, where he had been hiding with his family, minister Gabriela Vela said. Officers seized rifles, cash and several mobile phones, and no shots were fired during the operation.

Prosecutors accuse him of sending gunmen to the party, where seven people, including two teenagers, were shot dead. Police believe the victims were relatives of a member of a rival gang.

Vela said the arrest showed that "no one can hide from the state" and that the government would seek the maximum sentence. The suspect was flown to Guayaquil and transferred to a maximum-security prison.

Durán, across the river from Guayaquil, has become one of the most violent cities in Latin America as gangs fight for control of cocaine shipments through the nearby ports.
""",
["EC"], [("civilian_attack", "EC", "Durán", 7, True)], ["strategic"],
["Gabriela Vela"], ["Los Lobos"],
"NO CURRENT INCIDENT: arrest without a fight ('no shots were fired') = strategic. The birthday-party massacre retold without a date = background civilian_attack at Durán, 7. 'Latin America' is a region. Ranking of violent cities = general.")

art("quiet", "2025-05-20", "In Mocímboa da Praia, traders return to a market the insurgents once emptied", """
MOCIMBOA DA PRAIA, Mozambique - The stalls of the central market are busy again. Women sell dried fish and cassava flour, and a tailor has set up his sewing machine under a mango tree where, residents say, bodies once lay uncollected for days.

The port town was the insurgency's most prized conquest when Islamic State-linked fighters overran it and drove out the army, holding it for a year until Rwandan and Mozambican troops took it back. Most of its population fled to Pemba and beyond.

Now, traders say, trucks arrive from Pemba twice a week and goods come by boat from Tanzania. "We are not afraid of the night any more," said Amina Saide, who sells cooking oil. Others are more cautious, noting that insurgents still roam the forests inland.

The town's mayor said about 60% of residents had come back, and that the electricity grid and the hospital had been repaired with help from aid agencies.

Rwandan soldiers still patrol the streets alongside Mozambican police, and a curfew remains in force at night.
""",
["MZ", "RW", "TZ"], [("battle", "MZ", "Mocímboa da Praia", None, True)], [],
["Amina Saide"], ["Islamic State"],
"NO CURRENT INCIDENT: feature piece. The insurgents overrunning the town and driving out the army, retold without a date = background battle at Mocímboa da Praia, null; its recapture by Rwandan and Mozambican troops is part of the same retold story and has no distinct description -> not listed separately (judgment). The dateline is in capitals (MOCIMBOA DA PRAIA); the location is copied from the body. Standing patrols and a curfew still in force are not news -> not listed. RW via Rwandan troops; TZ via goods from Tanzania.")

art("quiet", "2026-05-07", "Almaty studio's tactical shooter 'Steppe Line' storms the charts", """
ALMATY - "Steppe Line", a tactical shooter made by a 40-person studio in Kazakhstan's largest city, has sold more than a million copies in its first week, becoming the fastest-selling game ever developed in Central Asia.

Players lead a squad of special forces through a fictional border republic, planning ambushes, raiding compounds and defusing bombs in a mode that rewards patience over firepower. Reviewers have praised the game's sound design, in which gunfire echoes differently across open steppe and narrow mountain valleys.

"We wanted the violence to feel heavy, not fun," said creative director Timur Abenov. "Every mission you fail costs you a character you have known for hours."

The studio, Aral Forge, was founded by former mobile-game developers who met at a university in Almaty. It received early funding from investors in South Korea and the United Arab Emirates.

The game's success has prompted calls for government support for the country's young video-game industry, which officials say employs fewer than 2,000 people.
""",
["KZ", "KR", "AE"], [], [],
["Timur Abenov"], ["Aral Forge"],
"NO CURRENT INCIDENT: video game vocabulary ('shooter', 'ambushes', 'raiding', 'defusing bombs', 'gunfire', 'violence', 'storms the charts'). KZ via Almaty and 'Kazakhstan's largest city'; KR and AE via investors. 'Central Asia' is a region.")

art("quiet", "2025-01-20", "Ethiopian teenager's late attack breaks Kenyans at Italica cross-country", """
SEVILLE - Ethiopian teenager Selam Tesfaye launched a devastating attack on the final climb to win the senior women's race at the Italica cross-country meeting near Seville, breaking a group of three Kenyans who had controlled the race from the gun.

The 18-year-old sat in the pack for most of the 8km course on the Roman ruins before surging clear with 600 metres to go. "I knew they would fight back, so I had to go hard and not look behind," she said.

Kenya's Mercy Chebet, the pre-race favourite, was second, six seconds down, with Uganda's Joyline Akello third after a late charge past two tiring Kenyans.

In the men's race, Spain's Carlos Navarro held off an Eritrean-born Swiss runner in a sprint finish to give the home crowd its first victory in the event for nine years.

Several of the runners are expected to meet again on the road this spring, and Ethiopia and Kenya will resume their long-running battle for the team titles at the next world cross-country championships.
""",
["ET", "KE", "ES", "UG", "ER", "CH"], [], [],
["Selam Tesfaye", "Mercy Chebet", "Joyline Akello", "Carlos Navarro"], [],
"NO CURRENT INCIDENT: athletics vocabulary ('attack', 'breaking', 'fight back', 'charge', 'battle'). Sport convention: athletes' nationalities and host venue count (ET, KE, UG, ES via Seville/Spain; 'Eritrean-born Swiss' -> ER, CH). 'Roman ruins' is not a country reference (no IT).")

art("quiet", "2026-04-02", "Fire guts Kano textile market, destroying hundreds of shops", """
KANO, Nigeria - A fire tore through the Kantin Kwari textile market in the northern Nigerian city of Kano overnight, destroying hundreds of shops and goods worth billions of naira, the state fire service said.

The blaze started in a storage room filled with bales of fabric and spread quickly through the tightly packed stalls, a fire service spokesman said. Firefighters battled the flames for more than eight hours before bringing them under control in the early morning. Witnesses said they had heard a loud explosion shortly before the fire spread, which officials blamed on a transformer.

No one was killed, but seven traders were treated for burns and smoke inhalation, the spokesman said.

Traders accused the fire service of arriving late and complained that the market's hydrants had not worked for years. The state governor visited the site and promised to help traders rebuild.

Kantin Kwari, one of West Africa's largest textile markets, draws buyers from Niger, Chad and Cameroon.
""",
["NG", "NE", "TD", "CM"], [], [],
[], [],
"NO CURRENT INCIDENT: market fire with a transformer explosion = accident (NOTES), despite 'battled', 'explosion' and a conflict-affected region. 'No one was killed' is about an accident, not an incident. NE/TD/CM via buyers' countries (places). West Africa is a region.")

art("quiet", "2025-06-26", "Colombia and Ecuador ministers agree to end tariff battle after border talks in Ipiales", """
IPIALES, Colombia - Colombia and Ecuador agreed to lift tariffs they had imposed on each other's goods and to resume electricity sales across the border, ending a trade dispute that had strained relations between the neighbours for three months.

The trade ministers of the two countries, meeting in the Colombian border city of Ipiales, said in a joint statement that tariffs on rice, sugar, medicines and auto parts would be removed within 30 days, and that a joint commission would meet every three months to settle future disputes.

The dispute began when Quito accused Bogotá of failing to stop drug shipments and armed groups crossing the border, and slapped a 20% "security tariff" on Colombian imports. Colombia retaliated with duties of its own and cut electricity exports at a time when Ecuador was suffering blackouts.

"We have put an end to a battle that hurt families on both sides of the border," Colombia's trade minister said. Truck drivers who had blocked the road to the Rumichaca bridge outside Ipiales in protest at the tariffs earlier in the dispute welcomed the deal.

Ecuador's foreign ministry said the agreement would be followed by a meeting of the two presidents later this year.
""",
["CO", "EC"], [("protest", "CO", "Rumichaca bridge", None, True)], ["diplomacy"],
[], [],
"NO CURRENT INCIDENT: trade agreement = diplomacy; 'battle', 'retaliated', 'slapped' are trade vocabulary. The truck drivers' blockade of the Rumichaca bridge 'earlier in the dispute' = background protest, null; in CO (the road 'outside Ipiales' is on the Colombian side; the bridge is the most specific name). Quito/Bogotá used as metonyms.")


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
        used = set(re.findall(r"\b(%s)\b" % "|".join(WEEKDAYS), text))
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
        if not 80 <= words <= 350:
            err("body has %d words (80-350 wanted)" % words)
        if kind == "wire" and not WIRE_WORDS[0] <= words <= WIRE_WORDS[1]:
            err("wire body has %d words (%d-%d wanted)" % ((words,) + WIRE_WORDS))
        if a["title"] is not None and not a["title"].strip():
            err("empty title")
        if kind == "satp":
            if a["title"] is not None:
                err("SATP-style text must have a null title")
            if "\n" in a["body"]:
                err("SATP-style text must be a single paragraph")
            if words > SATP_MAX_WORDS:
                err("SATP-style text has %d words (at most %d)" % (words, SATP_MAX_WORDS))
            if not re.search(r"\b(%s) \d{1,2}\b" % "|".join(MONTHS), a["body"]):
                err("SATP-style text should date its event inline ('on March 11', 'on the night of March 10')")
        elif kind == "wire":
            if a["title"] is None:
                err("wire article needs a title")
            if not has_current(a):
                err("wire article without a current incident")
            if a["region"] not in WIRE_REGIONS:
                err("wire article needs a region in %s" % sorted(WIRE_REGIONS))
        elif kind == "quiet":
            if a["title"] is None:
                err("quiet article needs a title")
            if has_current(a):
                err("quiet article with a current incident")
        else:
            err("unknown kind %r" % kind)
        if a["region"] is not None and kind != "wire":
            err("region is for wire articles")
        if a["abduction"] and kind != "satp":
            err("abduction flag is for SATP-style texts")
        if a["abduction"] and not any(t == "civilian_attack" for (t, _, _, _, _) in a["incidents"]):
            err("abduction text without a (current or background) civilian_attack")
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
    n_quiet = sum(1 for a in satp if not has_current(a))
    if n_quiet < MIN_SATP_QUIET:
        errors.append("SATP-style texts without a current incident: %d (< %d)" % (n_quiet, MIN_SATP_QUIET))
    n_abd = sum(1 for a in satp if a["abduction"])
    if n_abd < MIN_SATP_ABDUCTION:
        errors.append("SATP-style abduction texts: %d (< %d)" % (n_abd, MIN_SATP_ABDUCTION))
    wording = {w for a in satp if a["abduction"] for w in ABDUCTION_WORDS if w in a["body"]}
    if len(wording) < len(ABDUCTION_WORDS):
        errors.append("abduction wording not varied: missing %s" % sorted(set(ABDUCTION_WORDS) - wording))
    wire = [a for a in ARTICLES if a["kind"] == "wire"]
    for reg, n in WIRE_REGIONS.items():
        have = sum(1 for a in wire if a["region"] == reg)
        if have < n:
            errors.append("wire articles in region %s: %d (< %d)" % (reg, have, n))
    n_multi = sum(1 for a in wire if sum(1 for inc in a["incidents"] if not inc[4]) > 1)
    if n_multi < 10:
        errors.append("wire articles with more than one current incident: %d (< 10)" % n_multi)
    n_two = sum(1 for a in wire if len({inc[1] for inc in a["incidents"] if not inc[4]}) > 1)
    if n_two < 3:
        errors.append("wire articles with current incidents in two countries: %d (< 3)" % n_two)
    cur_types = {inc[0] for a in wire for inc in a["incidents"] if not inc[4]}
    if cur_types != set(INCIDENT_TYPES):
        errors.append("wire block lacks current incident types %s" % sorted(set(INCIDENT_TYPES) - cur_types))
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
    lines.append("SATP-style abduction texts: %d" % sum(1 for a in ARTICLES if a["abduction"]))
    regs = {}
    for a in ARTICLES:
        if a["region"]:
            regs[a["region"]] = regs.get(a["region"], 0) + 1
    lines.append("wire regions: %s" % fmt(regs))
    oth = {}
    for a in ARTICLES:
        for o in a["other"]:
            oth[o] = oth.get(o, 0) + 1
    lines.append("other_events: %s" % fmt(oth))
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

#!/usr/bin/env python3
"""Build blind_fresh6: a fresh, blind evaluation set of 60 synthetic articles, as JSONL.

Standard library only. Every text and its gold are data in this file. The gold of each article
was decided when its text was written, by the conventions of ../../shared/corpus/NOTES.md, and
is frozen (see README.md).

    python3 build.py            # run every check, then write blind_fresh6.jsonl
    python3 build.py --check    # run the checks only
    python3 build.py --notes    # print one judgment line per article (NOTES.md format)
"""
import datetime
import json
import os
import re
import sys

SOURCE = "synthetic, written for this project (blind, fresh 6)"
ORIGIN = ("written from scratch for this project: tests/blind_fresh6/build.py "
          "(fictional or fictionalised events in real places)")
LICENSE = "project's own"
PREFIX = "bf6"
OUTFILE = "blind_fresh6.jsonl"

INCIDENT_TYPES = ("battle", "explosion", "civilian_attack", "protest", "riot")
OTHER_TYPES = ("strategic", "diplomacy")
BLOCKS = (("satp", 15), ("wire", 25), ("quiet", 20))
MIN_SATP_QUIET = 5
MIN_SATP_ABDUCTION = 4
# Regions the wire block must spread over (minimum articles per region).
WIRE_REGIONS = {"sahel_west_africa": 4, "east_africa_horn": 4, "middle_east": 4,
                "latin_america": 4, "southeast_asia": 3, "europe_north_america": 2}
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
# bf6-01..15  SATP-style digests: no title, one paragraph, at most 160 words.
# =====================================================================================

art("satp", "2025-06-18", None, """
Armed militants blocked the M-8 highway near Hoshab in Kech District of Balochistan on the evening of June 17, offloaded the passengers of two coaches travelling from Turbat to Quetta and abducted six of them after checking their identity cards, Levies officials said. Those taken away included two employees of the Customs department and a schoolteacher from Panjgur. The militants, numbering around 25, set one of the coaches on fire and damaged a Levies checkpost that had been vacated a week earlier before leaving with the captives towards the Kech river bed. The remaining passengers were allowed to continue their journey. The Balochistan Liberation Front (BLF) claimed the abduction in a statement, alleging that the six men worked for the security agencies. Commissioner Makran Division Dawood Khilji said a search was under way and that night travel on the highway had been banned until further orders.
""",
["PK"], [("civilian_attack", "PK", "Hoshab", None, False)], ["strategic"],
["Dawood Khilji"], ["Levies", "Balochistan Liberation Front", "Customs department"],
"ABDUCTION ('abducted' after identity checks): six bus passengers taken by militants = civilian_attack, null (no death stated either way). Burning the coach and damaging an empty checkpost are part of the same raid (no fighting -> no battle). The ban on night travel = strategic (NOTES: bans); the search itself is the response (bf5 convention). PK only via Balochistan/Kech/Quetta/Turbat/Panjgur.",
abduction=True)

art("satp", "2025-03-12", None, """
Suspected cadres of the National Socialist Council of Nagaland-Khaplang (Yung Aung) abducted two supervisors of a road construction company from a labour camp near Pongchau village in Longding District of Arunachal Pradesh on the night of March 10, Police said. The armed men, who came from the direction of the Myanmar border, took away the supervisors, both residents of Dibrugarh in Assam, and left a letter demanding INR 5 million. On March 11, a column of the Assam Rifles tracking the group came under fire on the Wakka ridge; one militant was killed in the exchange of fire that followed, while the others escaped with the hostages into the forest. An AK-56 rifle and two magazines were recovered from the body. Superintendent of Police (SP) Dekio Gumja said the search for the two men had been intensified and that labourers at other sites in the District had been moved to safer camps.
""",
["IN", "MM"], [("civilian_attack", "IN", "Pongchau", None, False), ("battle", "IN", "Wakka ridge", 1, False)], [],
["Dekio Gumja"], ["National Socialist Council of Nagaland-Khaplang (Yung Aung)", "Assam Rifles"],
"ABDUCTION ('abducted', hostages still held): civilian_attack at Pongchau, null. The next day's exchange of fire between the Assam Rifles column and the abductors is a distinct incident = battle, 1 militant killed. Both within two days of publication -> current. Moving labourers is a precaution, not an event type. MM via 'the Myanmar border' (a place; nothing happens there). IN via Arunachal Pradesh/Longding/Dibrugarh/Assam (Nagaland also inside the outfit's name); people's residence (Dibrugarh) adds no new country.",
abduction=True)

art("satp", "2025-11-06", None, """
CPI-Maoist cadres abducted two employees of the Pradhan Mantri Gram Sadak Yojana (PMGSY), a sub-engineer and a computer operator, from a road work site near Gangaloor in Bijapur District on November 4 and released them unharmed on the evening of November 5 after holding a 'jan adalat' (people's court) in the forest, Police said. The two men were warned not to return to the area, and a tractor and a concrete mixer belonging to the road contractor were set ablaze at the site. Superintendent of Police (SP) Praveen Netam said the two had walked back to the Gangaloor Police Station camp late at night and were sent for a medical examination. Police suspect the Maoists' Gangaloor Area Committee, which has been opposing the construction of roads that would link the interior villages of the area with the District headquarters.
""",
["IN"], [("civilian_attack", "IN", "Gangaloor", 0, False)], ["strategic"],
["Praveen Netam"], ["CPI-Maoist", "Pradhan Mantri Gram Sadak Yojana", "Gangaloor Area Committee"],
"ABDUCTION ('abducted ... released them unharmed'): abduction two days before publication and release the day before -> current civilian_attack; fatalities 0 (NOTES: hostage found safe). The release = strategic (NOTES: releases are strategic). Torching machinery is part of the same raid. IN only via Bijapur (no state or country named; Hindi scheme name).",
abduction=True)

art("satp", "2026-01-21", None, """
Unidentified gunmen kidnapped the 12-year-old son of a prominent money changer outside his school in the Jebrael area of Herat city on January 20, the Taliban-appointed Police spokesman for Herat Province, Nesar Ahmad Hamidi, said. The boy was pushed into a white car by three armed men as he waited for his driver. His father, who runs an exchange business in the city's Sarafi market, said the kidnappers had called him the same night and demanded USD 200,000. Hamidi said two suspects, including a former guard of the family, had been detained, and that the car had been found abandoned near the Herat-Islam Qala highway. Local traders said kidnappings of businessmen's children for ransom, common in western Afghanistan before the Taliban takeover in August 2021, had risen again in recent months.
""",
["AF"], [("civilian_attack", "AF", "Jebrael", None, False)], ["strategic"],
["Nesar Ahmad Hamidi"], ["Taliban"],
"ABDUCTION ('kidnapped' for ransom by armed men): civilian_attack, null; the day before publication -> current. Detention of two suspects = strategic. 'Kidnappings have risen' = general trend, not listed; the 2021 takeover is background politics, not an incident. AF via Herat/Afghanistan.",
abduction=True)

art("satp", "2025-09-04", None, """
Two infiltrating militants were killed when troops foiled an infiltration bid along the Line of Control (LoC) in the Machil sector of Kupwara District on the night of September 2, the Army said. Troops at forward posts detected a group of armed men trying to cross over from Pakistan-occupied Kashmir (PoK) under cover of rain and challenged them, triggering a gunfight that lasted nearly three hours. The bodies of two militants, two AK rifles, a pistol, six grenades and some Pakistani currency were recovered during a search of the area on September 3. The Army's Chinar Corps said a third militant was believed to have been injured and to have escaped back across the LoC. No Army personnel were hurt in the operation, which was still continuing in the dense forests of the sector.
""",
["IN", "PK"], [("battle", "IN", "Machil", 2, False)], [],
[], ["Army", "Chinar Corps"],
"Foiled infiltration with a three-hour gunfight = battle, 2 militants killed ('No Army personnel were hurt' adds nothing). Incident on the Indian side (Machil sector, Kupwara) -> IN; PK via Pakistan-occupied Kashmir and 'Pakistani currency' (demonym), nothing happens there. Recovered grenades did not explode.")

art("satp", "2025-12-03", None, """
Militants attacked the Ghazni Khel Police post in Lakki Marwat District of Khyber Pakhtunkhwa with quadcopter-dropped mortar shells and small arms fire late on December 1, killing a constable and injuring two others, District Police Officer (DPO) Nazir Ahmad Marwat said. The quadcopter dropped two shells on the roof of the post before around a dozen militants opened fire from nearby sugarcane fields. Policemen returned fire and the attackers withdrew after an exchange lasting about 40 minutes. The DPO said it was the fourth quadcopter attack on a Police facility in the District since October, and that anti-drone equipment had been requested from the Provincial Government. No group claimed responsibility, but Police suspect the Tehreek-e-Taliban Pakistan (TTP). The slain constable, Habibullah, was laid to rest in his native village with official honours on December 2.
""",
["PK"], [("explosion", "PK", "Ghazni Khel", 1, False)], [],
["Nazir Ahmad Marwat", "Habibullah"], ["Tehreek-e-Taliban Pakistan"],
"Mixed attack on a police post: 'quadcopter-dropped mortar shells and small arms fire' -> one incident typed by the first-named mechanism (NOTES) = explosion, 1. Two days before publication, the news -> current. 'Fourth quadcopter attack since October' = aggregate, not listed. Request for equipment and the funeral are not events. PK via Khyber Pakhtunkhwa/Lakki Marwat ('Pakistan' otherwise only in TTP's name). TRAP: 'Ghazni Khel' is a Pakistani village; Ghazni is also an Afghan city -> no AF.")

art("satp", "2026-02-26", None, """
Members of an armed gang abducted three farmers from a betel leaf plantation in the hills of Hnila union in Teknaf upazila of Cox's Bazar District on February 25 and demanded BDT 1.5 million for their release, Police said. According to relatives, about ten armed men surrounded the plantation in the morning and marched the farmers into the hills towards the Naf river. Teknaf Model Police Station Officer-in-Charge (OC) Mohammad Giasuddin said Police, the Rapid Action Battalion (RAB) and the Border Guard Bangladesh (BGB) had launched a joint drive in the hills. Local people said the gang included two Myanmar nationals who had crossed the border recently and several Rohingya men from the nearby camps. At least 40 people have been abducted for ransom in the Teknaf hills since the beginning of 2025, according to Police records.
""",
["BD", "MM"], [("civilian_attack", "BD", "Hnila", None, False)], [],
["Mohammad Giasuddin"], ["Rapid Action Battalion", "Border Guard Bangladesh"],
"ABDUCTION ('abducted' for ransom): civilian_attack at Hnila, null. The joint search drive is the response (no strategic). 'At least 40 abducted since 2025' = aggregate. MM via 'Myanmar nationals' (nationality of gang members; the incident is in BD). 'Rohingya' is an ethnic group. BD via Teknaf/Cox's Bazar (also inside the BGB's name).",
abduction=True)

art("satp", "2025-05-22", None, """
Unidentified militants blew up a 12-inch gas pipeline in the Pir Koh area of Dera Bugti District in Balochistan in the early hours of May 21, suspending the supply of gas to the purification plant at Sui and to parts of Punjab, officials of Pakistan Petroleum Limited (PPL) said. No casualties were reported. Fire tenders from the Sui gas field took several hours to put out the blaze that followed the blast. The Levies said the explosives had been planted under a culvert where the pipeline crosses a dry stream. The Baloch Republican Army (BRA) claimed responsibility in a message sent to journalists. Repair teams escorted by Frontier Corps (FC) personnel began work in the afternoon. The same pipeline at Pir Koh was last targeted in January, when a roadside bomb killed two FC soldiers escorting a repair team.
""",
["PK"], [("explosion", "PK", "Pir Koh", 0, False), ("explosion", "PK", "Pir Koh", 2, True)], [],
[], ["Pakistan Petroleum Limited", "Levies", "Baloch Republican Army", "Frontier Corps"],
"Pipeline blown up with explosives = explosion (external README: something blown up); 'No casualties were reported' -> 0. January roadside bomb on the escort = background explosion, 2, same place. Escorted repair work is not an event. Punjab here is Pakistan's province; PK via Balochistan/Dera Bugti/Sui ('Pakistan' otherwise only in PPL's name).")

# ---- SATP-style reports with no current incident ------------------------------------

art("satp", "2025-07-10", None, """
Police arrested three cadres of the Communist Party of Nepal (CPN) led by Netra Bikram Chand alias Biplav from a rented room in Butwal Sub-Metropolitan City of Rupandehi District on July 9 on charges of extorting money from private schools and transport operators in the name of the party. A pistol, four rounds of ammunition, receipt books printed with the party's letterhead and NPR 185,000 in cash were seized from them. Superintendent of Police (SP) Dinesh Raj Adhikari said the three had threatened a school principal in Butwal with 'physical action' if he did not pay NPR 500,000 as 'levy'. The CPN renounced armed activities after signing an agreement with the Government in March 2021, but Police say some of its local cadres have returned to extortion. The arrested men have been remanded in custody for ten days.
""",
["NP"], [], ["strategic"],
["Netra Bikram Chand", "Dinesh Raj Adhikari"], ["Communist Party of Nepal"],
"NO CURRENT INCIDENT: arrests and seizure = strategic. Extortion threats are not incidents; the 2021 agreement is background (not listed). NP only via Butwal/Rupandehi ('Nepal' otherwise only inside the party's name).")

art("satp", "2026-03-19", None, """
The Anuradhapura High Court on March 18 sentenced a former cadre of the Liberation Tigers of Tamil Eelam (LTTE) to 20 years of rigorous imprisonment for transporting the claymore mine used in the attack on a passenger bus near Horowpothana in Anuradhapura District in May 2007, in which 14 passengers were killed. The convict, Sinnathurai Mahendran alias Ravi, 52, was arrested at Vavuniya in 2019 after more than ten years in hiding. The court held that the prosecution had proved, through the testimony of two former LTTE members rehabilitated after the war, that he had moved the mine from Vavuniya to a safe house close to the site of the attack. A second accused was acquitted for lack of evidence. Defence counsel said an appeal would be filed in the Court of Appeal.
""",
["LK"], [("explosion", "LK", "Horowpothana", 14, True)], ["strategic"],
["Sinnathurai Mahendran"], ["Anuradhapura High Court", "Liberation Tigers of Tamil Eelam", "Court of Appeal"],
"NO CURRENT INCIDENT: sentencing = strategic (court case). May 2007 claymore attack on a bus = background explosion, 14. The 2019 arrest is background. LK only via Anuradhapura/Horowpothana/Vavuniya ('Tamil Eelam' is inside the LTTE's name).")

art("satp", "2025-10-16", None, """
The United Liberation Front of Asom-Independent (ULFA-I) on October 15 claimed responsibility for the grenade attack on an Army camp at Kakopathar in Tinsukia District on October 8, in which no one was injured, and warned of more attacks against what it called 'occupation forces'. In an e-mail sent to media houses, the outfit's self-styled publicity secretary, Pranjal Asom, said the grenade had been lobbed by its '28th Battalion'. Assam Police said on October 15 that two youths from Doomdooma who had allegedly guided the attackers to the camp had been arrested, and that the grenade had been smuggled from the outfit's camps in Myanmar. Security has been stepped up at Army and Police installations along the Tinsukia-Arunachal Pradesh border since the attack.
""",
["IN", "MM"], [("explosion", "IN", "Kakopathar", 0, True)], ["strategic"],
["Pranjal Asom"], ["United Liberation Front of Asom-Independent", "Assam Police", "Army"],
"NO CURRENT INCIDENT: a claim of responsibility (a militant statement, not diplomacy) and two arrests (strategic). The October 8 grenade attack, a week before, = background explosion; 'no one was injured' -> 0. Stepped-up security dates from the earlier attack (not separately listed; strategic already present). MM via 'camps in Myanmar'. IN via Assam/Tinsukia/Arunachal Pradesh.")

art("satp", "2026-04-09", None, """
Security forces recovered 14 improvised explosive devices (IEDs) planted by CPI-Maoist cadres along a forest track near Tirilposi village in the Saranda forest of West Singhbhum District in Jharkhand on April 8, Police said. The IEDs, weighing between two and five kilogrammes each, had been connected in a series and buried under the track used by the Jharkhand Jaguar and Central Reserve Police Force (CRPF) to reach the Chhotanagra camp. A Bomb Disposal Squad (BDS) team lifted nine of the devices and destroyed the remaining five in situ through controlled explosions, as they could not be moved safely. No one was hurt. The recovery was made during a search operation launched on information that a squad led by Special Area Committee member Lalchand Hembram had moved into the area after the monsoon.
""",
["IN"], [], ["strategic"],
["Lalchand Hembram"], ["CPI-Maoist", "Jharkhand Jaguar", "Central Reserve Police Force", "Bomb Disposal Squad"],
"NO CURRENT INCIDENT: planted IEDs recovered = seizure (strategic, as the bf5 defusals). The bomb squad's controlled explosions are disposal, not an incident ('No one was hurt' attaches to nothing). IN via Jharkhand/West Singhbhum/Saranda.")

art("satp", "2025-08-28", None, """
Four cadres of the CPI-Maoist, including an Area Committee Member (ACM) of the Andhra-Odisha Border Special Zonal Committee (AOBSZC), surrendered before the Malkangiri Police in Odisha on August 27, depositing an INSAS rifle, a single-barrel gun and 45 rounds of ammunition. Superintendent of Police (SP) Vinod Kumar Patnaik said the ACM, Madkami Deva alias Ganesh, had taken part in the June 2008 attack on a boat carrying Greyhounds commandos in the Balimela reservoir, in which 38 personnel were killed. The other three cadres were members of a local militia platoon. The surrendered cadres told the Police that infighting among leaders and the pressure of continuous operations had made life in the forests impossible. Each will receive financial assistance under the State Government's surrender and rehabilitation policy. Police said 62 cadres had surrendered in the District since January.
""",
["IN"], [("battle", "IN", "Balimela reservoir", 38, True)], ["strategic"],
["Vinod Kumar Patnaik", "Madkami Deva"], ["CPI-Maoist", "Andhra-Odisha Border Special Zonal Committee", "Malkangiri Police", "Greyhounds"],
"NO CURRENT INCIDENT: surrender = strategic. The June 2008 attack on the commandos' boat = background; an armed attack on security forces = battle, 38. '62 surrendered since January' = aggregate. IN via Odisha/Malkangiri.")

art("satp", "2025-04-17", None, """
The Counter Terrorism Department (CTD) of Punjab Police arrested five suspected militants of the Islamic State-Pakistan Province (ISPP) in an intelligence-based operation (IBO) in the Shahdara area of Lahore on April 16, foiling a plan to attack a church on Easter Sunday, a CTD spokesman said. Two suicide vests, 4.5 kilogrammes of explosives, detonators, a pistol and sketches of two churches in the city were recovered from a house where the suspects had been staying. The spokesman said the group's leader had been in contact with handlers in Afghanistan's Nangarhar Province through an encrypted messaging application. Cases were registered under the Anti-Terrorism Act. Security at churches across Lahore has been tightened ahead of the Easter services, and Police will deploy walk-through gates and snipers at major churches.
""",
["PK", "AF"], [], ["strategic"],
[], ["Counter Terrorism Department", "Punjab Police", "Islamic State-Pakistan Province"],
"NO CURRENT INCIDENT: foiled plot = arrests, seizure of explosives, tightened security and deployments -> strategic. 'Easter Sunday' is a future date (2025-04-20). AF via 'Afghanistan's Nangarhar Province' (handlers' location). PK via Lahore (Punjab here is Pakistan's).",
when={"Sunday": "2025-04-20"})

art("satp", "2026-05-07", None, """
The Taliban's General Directorate of Intelligence (GDI) said on May 6 that it had arrested four members of an Islamic State Khorasan Province (ISKP) cell in Kunduz Province who had helped to plan the April 17 suicide bombing at a Shia mosque in the Sayedabad area of Kunduz city, in which nine worshippers were killed. The GDI said the cell's leader, a citizen of Tajikistan identified only as Abdulloh, had entered the country two years ago and had been sheltered by a local member of the group in Imam Sahib district. A video released by the directorate showed the four men with suicide vests, hand grenades and a laptop. Taliban spokesman Zabihullah Mujahid said the cell had also been planning attacks in Mazar-i-Sharif during the coming religious festival.
""",
["AF", "TJ"], [("explosion", "AF", "Sayedabad", 9, True)], ["strategic"],
["Abdulloh", "Zabihullah Mujahid"], ["General Directorate of Intelligence", "Islamic State Khorasan Province", "Taliban"],
"NO CURRENT INCIDENT: arrests and seized vests/grenades = strategic; plans for attacks are not incidents. The April 17 mosque suicide bombing, almost three weeks earlier = background explosion, 9, location Sayedabad. TJ via 'a citizen of Tajikistan' (nationality; nothing happens there). AF via Kunduz/Mazar-i-Sharif.")

# =====================================================================================
# bf6-16..40  wire-style articles, each with at least one current incident.
# =====================================================================================

art("wire", "2025-06-12", "Jihadists attack army posts in Niger and Benin, killing 15 soldiers", """
NIAMEY/COTONOU - Jihadist fighters attacked military positions on both sides of the border between Niger and Benin on Tuesday, killing at least 15 soldiers in the two countries, security sources and officials said on Thursday.

In Niger, dozens of gunmen on motorcycles stormed an army post at Tamou, in the Say department of the Tillaberi region, shortly after dawn and fought the troops for about two hours, a local official said. Nine soldiers were killed and the attackers drove off with two pickup trucks, a Nigerien security source said.

Hours later, a separate group attacked a Beninese army position near Karimama, on the edge of the W National Park, killing six soldiers, Benin's government said in a statement. It said the army had "neutralised" several assailants but gave no number.

Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al Qaeda's affiliate in the Sahel, claimed both attacks in a statement on Wednesday, saying its fighters had killed more than 30 soldiers.

The W park, which straddles Niger, Benin and Burkina Faso, has become a rear base for jihadist groups pushing south from the Sahel towards the coastal states. In March, gunmen ambushed a patrol of park rangers near Banikoara, in northern Benin, killing four of them.

Niger's military rulers and Benin's government have traded accusations over border security since the 2023 coup in Niamey, and their common border remains closed to trade.
""",
["NE", "BJ", "BF"], [("battle", "NE", "Tamou", 9, False), ("battle", "BJ", "Karimama", 6, False),
                     ("battle", "BJ", "Banikoara", 4, True)], [],
[], ["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM", "al Qaeda"],
"TWO COUNTRIES: assault on the Tamou post = battle NE, 9; attack on the army position near Karimama = battle BJ, 6 ('several assailants' adds no number). The headline's joint 15 and JNIM's joint claim of 30 cover both incidents and are not copied onto either (NOTES: multi-incident numbers). Tuesday attacks reported Thursday = current. March ambush on armed park rangers = background battle, 4. Long-running mutual accusations since 2023 = background, not listed. BF only as a place the park straddles. Sahel is a region.",
when={"Tuesday": "2025-06-10", "Thursday": "2025-06-12", "Wednesday": "2025-06-11"},
region="sahel_west_africa")

art("wire", "2025-09-29", "Residents say Nigerian air strike killed 16 villagers in Sokoto; hundreds march for inquiry", """
SOKOTO, Nigeria - A Nigerian military air strike aimed at jihadist fighters killed at least 16 villagers, including children, in a hamlet in the Silame area of northwestern Sokoto state on Saturday, residents and a local lawmaker said, as hundreds of people marched in the state capital on Monday to demand an inquiry.

The strike hit a cluster of homes in Tungar Kade, where families had gathered for a naming ceremony, said resident Abubakar Aliyu, who lost two nephews. "We heard the plane, and then everything was fire," he said by phone.

The air force said in a statement on Sunday that it had carried out "precision strikes" on "a terrorist enclave" in the area, killing "scores of Lakurawa fighters", and that it would look into "reports of civilian casualties".

Lakurawa, a jihadist group that moved into Sokoto and neighbouring Kebbi state from across the border with Niger, has killed dozens of people this year and taxes farmers and herders in the villages it controls.

On Monday about 300 protesters, many of them women, marched from the central mosque in Sokoto to Government House carrying placards that read "We are not bandits". The march ended peacefully after the deputy governor addressed the crowd and promised compensation.

It was the deadliest reported military strike on civilians in Nigeria since December 2023, when an army drone strike on a religious gathering in Tudun Biri, in Kaduna state, killed about 85 people. The military called that strike a mistake.
""",
["NG", "NE"], [("explosion", "NG", "Tungar Kade", 16, False), ("protest", "NG", "Sokoto", None, False),
               ("explosion", "NG", "Tudun Biri", 85, True)], [],
["Abubakar Aliyu"], ["Lakurawa"],
"Air strike on homes = explosion, 16 (villagers' toll; the air force's 'scores of fighters' is a vaguer word -> adds nothing, NOTES). Saturday strike reported Monday = current. Monday's peaceful march = protest, null, location the city Sokoto (state and city share the name). 'Killed dozens of people this year' = aggregate. December 2023 Tudun Biri drone strike = background explosion, 'about 85' -> 85. NE via 'the border with Niger' (place). The promise to 'look into' reports is not an event type.",
when={"Saturday": "2025-09-27", "Monday": "2025-09-29", "Sunday": "2025-09-28"},
region="sahel_west_africa")

art("wire", "2026-02-11", "Separatists kill teacher, torch school in Cameroon's Southwest; army says three fighters killed", """
YAOUNDE - Suspected Anglophone separatist fighters shot dead a teacher and set fire to a government secondary school in Cameroon's Southwest region on Monday, a week after schools reopened in defiance of a separatist boycott, local officials said.

The gunmen arrived at the school in Ekondo-Titi, in Ndian division, in the middle of the morning, ordered pupils out of the classrooms and shot the mathematics teacher, Emmanuel Ayuk Tabe, 38, in front of them before setting the administrative block ablaze, the divisional officer said. No pupils were hurt.

On Tuesday, soldiers killed three separatist fighters in a raid on a camp near the town of Mundemba, also in Ndian, the army said in a statement, adding that one soldier had been wounded and that homemade guns and a motorcycle had been seized.

Separatist groups, which have fought since 2017 for an independent state they call Ambazonia, accuse teachers in government schools of collaborating with the authorities. In November, fighters abducted 11 pupils from a school in Bamenda, in the Northwest region, and released them unharmed three days later.

The conflict has killed more than 6,000 people, according to the International Crisis Group. Tens of thousands of residents of Ndian have fled across the border into Nigeria.
""",
["CM", "NG"], [("civilian_attack", "CM", "Ekondo-Titi", 1, False), ("battle", "CM", "Mundemba", 3, False),
               ("civilian_attack", "CM", "Bamenda", 0, True)], [],
["Emmanuel Ayuk Tabe"], ["International Crisis Group"],
"Shooting an unarmed teacher and burning the school = one civilian_attack, 1 (arson part of the same attack). Army raid on a separatist camp = battle, 3 (weapons seized during the raid are part of it). November abduction of pupils = background civilian_attack; 'released them unharmed' -> 0. '6,000 killed' = aggregate. Ambazonia is a claimed state, not a code. NG via refugees' destination (place).",
when={"Monday": "2026-02-09", "Tuesday": "2026-02-10"},
region="sahel_west_africa")

art("wire", "2025-10-23", "Mali says six soldiers killed as jihadists hit fuel convoy in Kayes region", """
BAMAKO - Islamist militants attacked a convoy of fuel tankers and its army escort on the road between Diema and Kayes in western Mali on Tuesday, killing six soldiers and setting at least 20 tankers on fire, the army said on Thursday, revising an earlier toll of four.

Troops fought the attackers for several hours near the village of Sandare and killed "about fifteen terrorists", the army general staff said in a statement. Residents said plumes of black smoke could be seen from several kilometres away.

In a separate attack on Wednesday, gunmen stopped a truck on the road near Diboli, on the border with Senegal, and kidnapped its three Senegalese drivers, the transport union said. Senegal's foreign ministry said it was "in contact with the Malian authorities" and called for the men's immediate release.

The al Qaeda-linked JNIM has targeted fuel shipments from Senegal and Ivory Coast since September, when it announced a blockade of imports to punish the military government. In September, its fighters burned dozens of tankers near Lakamane and killed two drivers.

The blockade has caused long queues at filling stations in the capital and forced schools to close for two weeks.
""",
["ML", "SN", "CI"], [("battle", "ML", "Sandare", 21, False), ("civilian_attack", "ML", "Diboli", None, False),
                     ("civilian_attack", "ML", "Lakamane", 2, True)], ["diplomacy"],
[], ["JNIM", "al Qaeda"],
"Attack on the escorted convoy and the fight that followed = battle; latest army figures: 6 soldiers (revised from 4) + 'about fifteen' attackers = 21 (perpetrators included, summed as bf5-28). Wednesday kidnapping of three drivers near Diboli = separate civilian_attack, null. Senegal's ministry call for release = diplomacy. September tanker attack at Lakamane = background civilian_attack, 2. The blockade is a continuing strategic situation announced in September (background, not listed). SN/CI as places and via 'Senegalese drivers' (nationality; incident in ML).",
when={"Tuesday": "2025-10-21", "Thursday": "2025-10-23", "Wednesday": "2025-10-22"},
region="sahel_west_africa")

art("wire", "2026-03-04", "Jihadists kill 22 civilians in eastern Burkina Faso village; army says air strikes hit fighters", """
OUAGADOUGOU - Suspected jihadists killed at least 22 civilians, including women and children, in an attack on the village of Kompienbiga in eastern Burkina Faso on Sunday, residents and a humanitarian source said on Wednesday.

The gunmen rounded up men at the weekly market and opened fire on them, then went from house to house, two residents who fled to the town of Pama said. The toll, first put at 14 by a local association, rose to 22 as more bodies were recovered from the bush around the village, the humanitarian source said.

The army said on Tuesday that drones and aircraft had struck "terrorist groups" fleeing the area near Pama the day after the attack, killing "dozens" of fighters. It did not mention civilian casualties in Kompienbiga.

Kompienga province, which borders Togo and Benin, has been cut off by road for much of the past two years, and food is brought in by military convoys.

The military government, which took power in 2022, rarely comments on attacks on civilians. The deadliest such attack remains the August 2024 massacre at Barsalogho, where jihadists shot hundreds of people who were digging trenches to protect the town.
""",
["BF", "TG", "BJ"], [("civilian_attack", "BF", "Kompienbiga", 22, False), ("explosion", "BF", "Pama", 12, False),
                     ("civilian_attack", "BF", "Barsalogho", 100, True)], [],
[], [],
"Massacre at the market and in homes = civilian_attack, latest toll 22 (revised from 14). Sunday attack reported Wednesday: three days, but it is the core news -> current (b002 precedent). Army drone/air strikes the next day = explosion, 'dozens' -> 12, location 'near Pama'. 2022 takeover = background politics. August 2024 Barsalogho massacre = background civilian_attack, 'hundreds' -> 100. TG/BJ as bordering states (places).",
when={"Sunday": "2026-03-01", "Wednesday": "2026-03-04", "Tuesday": "2026-03-03"},
region="sahel_west_africa")

art("wire", "2025-11-18", "Toll from Somalia teashop suicide blast rises to 11; army says al Shabaab base attack repelled", """
MOGADISHU - The death toll from a suicide bombing at a teashop in the central Somali town of Beledweyne rose to 11 on Tuesday, a regional official said, up from seven the day before.

The bomber walked into the crowded teashop near the town's livestock market on Monday morning, where clan elders and soldiers had gathered, and detonated an explosives vest, Hiiraan region's deputy governor Abdiweli Hassan Nur said. Twenty people were wounded. Al Shabaab said it had targeted "apostate militia".

Separately, al Shabaab fighters attacked a military base near Mahaday in Middle Shabelle region before dawn on Sunday, the army said. Four soldiers and 17 militants were killed before the attackers withdrew, an army officer said.

The U.S. Africa Command said it had carried out an air strike near Jilib on Sunday that killed two al Shabaab fighters. It said no civilians were harmed.

Beledweyne, on the Shabelle river near the border with Ethiopia, has been repeatedly targeted by the group; a truck bomb at a checkpoint in the town killed 21 people in 2023.
""",
["SO", "US", "ET"], [("explosion", "SO", "Beledweyne", 11, False), ("battle", "SO", "Mahaday", 21, False),
                     ("explosion", "SO", "Jilib", 2, False), ("explosion", "SO", "Beledweyne", 21, True)], [],
["Abdiweli Hassan Nur"], ["Al Shabaab", "U.S. Africa Command"],
"REVISED TOLL: teashop suicide bombing = explosion, latest figure 11 (up from 7). Sunday assault on a base = battle, 4 soldiers + 17 militants = 21 (perpetrators included). US air strike near Jilib = explosion, 2 ('no civilians harmed' does not change the stated 2). Sunday is two days before -> current. 2023 truck bomb = background explosion, 21, same town. US via 'U.S. Africa Command' (state actor); ET via 'border with Ethiopia' (place).",
when={"Tuesday": "2025-11-18", "Monday": "2025-11-17", "Sunday": "2025-11-16"},
region="east_africa_horn")

art("wire", "2025-12-09", "Drone strike sets fuel depot ablaze in Sudan's Kosti; army says RSF assault on Babanusa repelled", """
PORT SUDAN - Drones launched by the paramilitary Rapid Support Forces (RSF) struck a fuel depot and a power station in the White Nile state city of Kosti on Monday, killing three workers and knocking out electricity to much of the city, the state government said.

Fire crews were still fighting the blaze at the depot on Tuesday, and residents said long queues had formed at bakeries that rely on electric ovens.

In West Kordofan, the army said its troops had repelled an RSF assault on the besieged garrison town of Babanusa over the weekend, killing "hundreds" of fighters. The RSF said it had taken positions on the town's eastern edge. Neither account could be independently verified.

The Sudan Doctors Network said on Monday that RSF fighters had killed 14 civilians in a village near Bara, in North Kordofan, after residents refused to hand over their livestock.

The U.N. humanitarian coordinator for Sudan condemned the attack on Kosti, saying strikes on power and fuel facilities "deprive millions of water and health care".

The war between the army and the RSF, which broke out in April 2023, has killed tens of thousands of people and driven more than 12 million from their homes, according to the United Nations.
""",
["SD"], [("explosion", "SD", "Kosti", 3, False), ("battle", "SD", "Babanusa", 100, False),
         ("civilian_attack", "SD", "Bara", 14, False)], ["diplomacy"],
[], ["Rapid Support Forces", "RSF", "Sudan Doctors Network", "United Nations"],
"Drone strike on depot/power station = explosion, 3. Weekend assault on Babanusa = battle; army's 'hundreds' of fighters -> 100 (ACLED vague-quantity rule; the only figure). Killing of 14 villagers near Bara, reported as news, day unspecified = civilian_attack, 14, current. U.N. coordinator's condemnation = diplomacy. War-wide 'tens of thousands' = aggregate, not listed.",
when={"Monday": "2025-12-08", "Tuesday": "2025-12-09"},
region="east_africa_horn")

art("wire", "2026-04-15", "Air strike kills eight at market in South Sudan's Upper Nile, county official says", """
JUBA - An air strike hit a market in Ulang county in South Sudan's Upper Nile state on Tuesday, killing eight civilians, including three children, and wounding at least 20, the county commissioner said.

Commissioner James Gatdet Kuol said a military aircraft dropped "barrel-like bombs" on the market in the town of Ulang as traders unloaded goods from boats on the Sobat river. "These were women selling fish and tea," he said.

An army spokesman, Major General Peter Lual Deng, said the air force had targeted "positions of the White Army militia" near the town and denied hitting civilians.

The White Army, a youth militia drawn largely from the Nuer community, has fought government forces in Upper Nile since March 2025, when it overran an army garrison in the town of Nasir. Thousands of people from Ulang and Nasir have since fled across the border into Ethiopia's Gambella region.

The U.N. Mission in South Sudan (UNMISS) called for an independent investigation into the strike and urged both sides to respect a 2018 peace agreement that has largely unravelled.
""",
["SS", "ET"], [("explosion", "SS", "Ulang", 8, False), ("battle", "SS", "Nasir", None, True)], ["diplomacy"],
["James Gatdet Kuol", "Peter Lual Deng"], ["White Army", "U.N. Mission in South Sudan", "UNMISS"],
"Air strike with barrel-like bombs on a market = explosion, 8 (the army's denial does not change the commissioner's toll). March 2025 overrunning of the Nasir garrison = background battle, null. UNMISS call for investigation = diplomacy (international body). ET via 'Ethiopia's Gambella region' (refugees' destination). The 2018 agreement is background.",
when={"Tuesday": "2026-04-14"},
region="east_africa_horn")

art("wire", "2025-07-30", "Mobondo militiamen kill seven villagers in western Congo; eight dead in attack on army post", """
KINSHASA - Fighters of the Mobondo militia killed seven villagers, among them two children, in an overnight raid on the village of Kinsele in Kwamouth territory, in Congo's Mai-Ndombe province, a local civil society leader said on Wednesday.

The attackers, armed with machetes and hunting rifles, arrived late on Monday and set fire to about 30 houses before withdrawing into the forest, said the leader, Jean-Pierre Mbuyi.

On Tuesday, militiamen attacked an army position on the road between Kwamouth and Bandundu, and soldiers fought them for two hours, the army's regional spokesman said. Three soldiers and five militiamen were killed, he said.

The Mobondo conflict began in 2022 as a dispute over land and customary levies between the Teke and Yaka communities and has since spread to the Kwango and Kwilu provinces and to the outskirts of Kinshasa. Aid groups say it has received little attention because the army is stretched by the Rwandan-backed M23 rebellion in the east, which has seized the cities of Goma and Bukavu.
""",
["CD", "RW"], [("civilian_attack", "CD", "Kinsele", 7, False), ("battle", "CD", "Kwamouth", 8, False)], [],
["Jean-Pierre Mbuyi"], ["Mobondo", "M23"],
"Overnight raid killing villagers and burning houses = civilian_attack, 7; Monday night reported Wednesday = current. Tuesday militia attack on an army position = battle, 3 soldiers + 5 militiamen = 8, located at the first-named end of the road (Kwamouth). The M23 rebellion and its past seizure of Goma and Bukavu are general background (no specific incident with fighting described; not listed). RW via the demonym 'Rwandan-backed' (state actor; nothing happens in Rwanda).",
when={"Wednesday": "2025-07-30", "Monday": "2025-07-28", "Tuesday": "2025-07-29"},
region="east_africa_horn")

art("wire", "2025-05-27", "Fano fighters storm prison in Ethiopia's Amhara region, freeing hundreds of inmates", """
ADDIS ABABA - Fighters of the Fano militia attacked the prison in the town of Mota in Ethiopia's Amhara region on Sunday, fighting guards and federal police for several hours and freeing hundreds of inmates, residents and a local official said on Tuesday.

At least nine people were killed, including four police officers, the official said, asking not to be named. A resident said fighters had gone through the town with loudspeakers telling people to stay at home.

The regional government said in a statement that "extremist forces" had attacked the town and been repulsed, without giving a toll.

In Bahir Dar, the regional capital, security forces detained dozens of young men on Monday in house-to-house searches, two residents said.

In Gondar, several hundred people marched on Monday to demand the release of relatives held without charge since last year. The march passed off peacefully.

Fano, a loose network of ethnic Amhara militias that fought alongside the federal army against Tigrayan forces in the 2020-2022 war, turned against the government in 2023 after it moved to disband regional forces.
""",
["ET"], [("battle", "ET", "Mota", 9, False), ("protest", "ET", "Gondar", None, False)], ["strategic"],
[], ["Fano"],
"Armed assault on a prison held by guards and federal police = battle (not a prison riot: the violence came from outside), 'At least nine' -> 9; freed inmates are not deaths. Sunday attack reported Tuesday = current. Monday detentions in Bahir Dar = strategic. Monday Gondar march, peaceful = protest, null. The 2020-2022 war and the 2023 split are background without a specific incident. 'Tigrayan' refers to a region's forces (ET anyway).",
when={"Sunday": "2025-05-25", "Tuesday": "2025-05-27", "Monday": "2025-05-26"},
region="east_africa_horn")

art("wire", "2026-01-14", "Gunmen kill family of four near Syria's Homs; Islamic State ambush kills three soldiers in desert", """
DAMASCUS - Unidentified gunmen shot dead four members of one family, including two children, at their home in the village of Kafr Nan west of Homs late on Monday, Syria's state news agency SANA said.

The Syrian Observatory for Human Rights, a Britain-based war monitor, said the family belonged to the Alawite minority and that the killings bore the hallmarks of a sectarian revenge attack. The interior ministry said it had opened an investigation.

On Tuesday, several hundred relatives and neighbours staged a sit-in on the Homs-Tartus highway for several hours, demanding protection for their villages. They dispersed peacefully after the provincial governor met them and promised to find the culprits.

In the eastern desert, Islamic State fighters ambushed an army patrol near al-Sukhnah on Tuesday, killing three soldiers, the defence ministry said. Two of the attackers were also killed in the ensuing firefight, it said.

Syria's government, led by President Ahmed al-Sharaa since the fall of Bashar al-Assad in December 2024, has promised to protect religious minorities. Hundreds of Alawite civilians were killed in a wave of reprisal killings across the coastal provinces of Latakia and Tartus in March 2025.
""",
["SY", "GB"], [("civilian_attack", "SY", "Kafr Nan", 4, False), ("protest", "SY", "Homs-Tartus highway", None, False),
               ("battle", "SY", "al-Sukhnah", 5, False)], [],
["Ahmed al-Sharaa", "Bashar al-Assad"], ["SANA", "Syrian Observatory for Human Rights", "Islamic State"],
"Shooting of a family at home = civilian_attack, 4 (Monday night, reported Wednesday = current). Tuesday's highway sit-in, dispersed peacefully = protest, null (location the named highway). IS ambush on an army patrol = battle, 3 soldiers + 2 attackers = 5. The March 2025 coastal killings = multi-place aggregate across two provinces -> not listed (NOTES). Fall of Assad = background politics. Opening an investigation is not an event type. GB via 'Britain-based' (descriptor, not inside an organisation's name; cf. bf5 'Pakistan-based').",
when={"Monday": "2026-01-12", "Tuesday": "2026-01-13"},
region="middle_east")

art("wire", "2025-08-06", "Protester killed as demonstrators storm power company office in Iraq's Nasiriyah", """
NASIRIYAH, Iraq - One protester was killed and 14 people, including six police officers, were wounded on Tuesday when demonstrators angry at power cuts stormed the offices of the state electricity company in Nasiriyah and set part of the building on fire, health and police officials said.

Hundreds had gathered outside the building in the southern city as temperatures passed 50 degrees Celsius, chanting against corruption. When some of them forced the gates, police fired tear gas and live rounds into the air; the protester died of a gunshot wound to the chest, a health official said.

In Baghdad, several hundred unemployed graduates rallied peacefully in Tahrir Square on Tuesday evening to demand public-sector jobs.

Prime Minister Mohammed Shia al-Sudani ordered an investigation and dismissed the provincial electricity director, his office said.

Iraq's power grid depends heavily on gas and electricity imported from Iran, and supplies have fallen this summer because of unpaid bills and U.S. sanctions. Southern Iraq was the heart of the 2019 protest movement, in which more than 600 demonstrators were killed across the country.
""",
["IQ", "IR", "US"], [("riot", "IQ", "Nasiriyah", 1, False), ("protest", "IQ", "Tahrir Square", None, False)], ["strategic"],
["Mohammed Shia al-Sudani"], [],
"Demonstrators storming and burning the company offices = riot, 1 (the protester shot during it belongs to the same event). Peaceful rally in Baghdad = protest, null. Dismissing the director = strategic (NOTES: resignations/appointments; the investigation is not an event type). 2019 movement toll = country-wide aggregate, not listed. IR via imports from Iran; US via 'U.S. sanctions' (state actor; existing sanctions, not a new diplomatic event).",
when={"Tuesday": "2025-08-05"},
region="middle_east")

art("wire", "2026-05-20", "Landmine kills four children in Yemen's Hodeidah; 12 dead in Marib fighting", """
ADEN - Four children were killed when a landmine exploded as they herded goats near the village of al-Manqam in al-Jarrahi district of Hodeidah province on Tuesday, a local medical official said. A fifth child lost a leg.

The area lay on the front line between government-allied forces and the Houthis until 2021, and much of it has never been cleared, said Ahmed Saleh al-Ahdal, a deminer working in the district.

In Marib province, fighting between government forces and Houthi rebels in the Raghwan district killed five soldiers and at least seven Houthi fighters on Monday and Tuesday, a military official said, in one of the heaviest clashes since a U.N.-brokered truce in 2022.

The Houthis' Al-Masirah television said its forces had repelled an attack by "mercenaries of the Saudi-led aggression" and had captured two armoured vehicles.

Landmines and unexploded ordnance have killed or wounded more than 4,000 civilians in Yemen since 2018, according to the Yemen Landmine Monitor.
""",
["YE", "SA"], [("explosion", "YE", "al-Manqam", 4, False), ("battle", "YE", "Raghwan", 12, False)], [],
["Ahmed Saleh al-Ahdal"], ["Houthis", "Al-Masirah", "Yemen Landmine Monitor"],
"Landmine that exploded under children = explosion, 4 (location the village, more specific than al-Jarrahi district). Two days of fighting in Raghwan reported as one clash = battle, 5 soldiers + 7 Houthis = 12 (toll split by side, summed). Houthi capture claim is part of the fighting. 'More than 4,000 since 2018' = aggregate. The 2022 truce is background. SA via 'Saudi-led' (state actor).",
when={"Tuesday": "2026-05-19", "Monday": "2026-05-18"},
region="middle_east")

art("wire", "2025-12-16", "Israeli troops kill three in West Bank camp raid; attacker shot dead after stabbing in Hadera", """
RAMALLAH/JERUSALEM - Israeli forces killed three Palestinians during a raid on the Far'a refugee camp near Tubas in the occupied West Bank on Monday, the Palestinian health ministry said, while in northern Israel a Palestinian man stabbed two people before being shot dead.

The Israeli military said troops had exchanged fire with gunmen in the camp and that an aircraft had struck a group of militants who were throwing explosive devices at soldiers. It said the three dead were members of a militant cell. Residents said one of them was a 17-year-old boy on his way to school.

In Hadera, police said a 24-year-old man from a village near Jenin, who was in Israel without a permit, stabbed a man and a woman at the central bus station before an off-duty soldier shot him dead. Both victims were moderately wounded.

The foreign ministry of the Palestinian Authority condemned the raid on Far'a as "a crime" and called on the international community to intervene.

Israel has carried out repeated large-scale operations in the northern West Bank since January 2025, when it launched an offensive on the camps of Jenin, Tulkarm and Nur Shams.
""",
["PS", "IL"], [("battle", "PS", "Far'a", 3, False), ("civilian_attack", "IL", "Hadera", 1, False)], ["diplomacy"],
[], ["Palestinian Authority"],
"TWO PLACES: the Far'a camp raid (exchange of fire, then an aircraft strike) has one joint toll -> one entry typed by the first-named mechanism (exchange of fire) = battle PS, 3 (NOTES a016 rule). Stabbing of two civilians in Hadera, attacker shot dead = civilian_attack IL, 1 (perpetrator included; victims only wounded). PA foreign ministry condemnation = diplomacy. The January 2025 offensive on three camps = multi-place operation, not listed. Jenin/Tubas/West Bank -> PS.",
when={"Monday": "2025-12-15"},
region="middle_east")

art("wire", "2026-02-25", "Shelling from Syria kills three in Lebanese border village; Israeli drone strike hits car near Nabatieh", """
BEIRUT - Shells fired from Syrian territory killed three people, including a woman, in the Lebanese border village of Qasr in the Hermel district on Tuesday, Lebanon's National News Agency said, after a night of clashes between Syrian government forces and armed clansmen along the frontier.

The clashes erupted late on Monday when Syrian troops pursuing smugglers came under fire on the Syrian side of the border near the village of Hawsh al-Sayyed Ali, which straddles the frontier. A Syrian defence ministry official said two soldiers had been killed.

The Lebanese army said it had sent reinforcements to the border area. President Joseph Aoun spoke by telephone with Syrian President Ahmed al-Sharaa, and the two agreed to set up a joint committee to contain the escalation, Aoun's office said.

Separately, an Israeli drone strike on a car near Nabatieh in southern Lebanon killed one man on Tuesday, the health ministry said. The Israeli military said it had targeted a Hezbollah operative who was trying to rebuild the group's infrastructure, despite a ceasefire in force since November 2024.
""",
["LB", "SY", "IL"], [("explosion", "LB", "Qasr", 3, False), ("battle", "SY", "Hawsh al-Sayyed Ali", 2, False),
                     ("explosion", "LB", "Nabatieh", 1, False)], ["strategic", "diplomacy"],
["Joseph Aoun", "Ahmed al-Sharaa"], ["National News Agency", "Hezbollah"],
"COUNTRY = WHERE IT HAPPENED: shells fired from Syria landing in Qasr = explosion LB, 3. The firefight with clansmen 'on the Syrian side of the border' = battle SY, 2 (the village straddles the frontier; the text places the fighting in Syria). Israeli drone strike near Nabatieh = explosion LB, 1. Lebanese army reinforcements = strategic (deployment); presidents' call and joint committee = diplomacy. The 2024 ceasefire is background.",
when={"Tuesday": "2026-02-24", "Monday": "2026-02-23"},
region="middle_east")

art("wire", "2025-06-25", "Cartel gunfight kills nine near Mexico's border with Guatemala; families flee", """
MEXICO CITY - A gunfight between rival cartels killed nine people in the hamlet of Chamic, in the municipality of Frontera Comalapa in the southern Mexican state of Chiapas, on Monday, state prosecutors said, prompting dozens of families to seek refuge across the border in Guatemala.

Gunmen of the Sinaloa Cartel and the Jalisco New Generation Cartel (CJNG) fought for about four hours with assault rifles and homemade armoured trucks, prosecutors said. Eight of the dead were suspected gunmen; the ninth was a farmer caught in the crossfire.

Guatemala's government said about 200 Mexicans had crossed into the department of Huehuetenango and were being housed in schools, and that it had sent soldiers to the border.

On Tuesday, several hundred residents of the nearby town of Chicomuselo marched to the main square to demand that the army stay in the area permanently. The march was peaceful.

Mexico's defence ministry said it was sending 300 more soldiers to the region. Last year gunmen killed 11 people in Chicomuselo in a single night, and cartel violence has emptied several villages in the area.
""",
["MX", "GT"], [("battle", "MX", "Chamic", 9, False), ("protest", "MX", "Chicomuselo", None, False),
               ("civilian_attack", "MX", "Chicomuselo", 11, True)], ["strategic"],
[], ["Sinaloa Cartel", "Jalisco New Generation Cartel", "CJNG"],
"Fight between two armed cartels = battle, 9 (8 gunmen + 1 bystander; same incident). Tuesday march, 'was peaceful' = protest, null (no statement about deaths; bf5 convention for peaceful marches). Troop deployments by Guatemala and Mexico = strategic. 'Last year' killing of 11 = background civilian_attack. GT via Guatemala/Huehuetenango (refugees' destination); 'Mexicans' are the displaced (MX anyway).",
when={"Monday": "2025-06-23", "Tuesday": "2025-06-24"},
region="latin_america")

art("wire", "2026-01-28", "Toll from clash between Colombian rebel factions in Guaviare rises to 14; drone downs police helicopter", """
BOGOTA - The death toll from fighting between rival factions of former FARC rebels in the southern Colombian province of Guaviare rose to 14 on Tuesday, the army said, after troops found five more bodies near the village of Charras. Authorities had earlier reported nine dead.

The clashes, which broke out on Sunday, pitted fighters loyal to Nestor Gregorio Vera, alias Ivan Mordisco, against a faction led by Alexander Diaz Mendoza, alias Calarca. Three of the dead were minors recruited by the groups, the ombudsman's office said. Mordisco's faction is believed to run camps across the border in Venezuela.

In a separate attack on Monday, a police helicopter supporting a coca eradication operation was brought down by an explosives-laden drone in a rural area of Anori, in Antioquia province, killing four officers, the national police said.

President Gustavo Petro blamed dissidents of the 36th Front and ordered reinforcements to the area.

The attack recalled the downing of a police helicopter in neighbouring Amalfi in August 2025, in which 13 officers were killed.
""",
["CO", "VE"], [("battle", "CO", "Charras", 14, False), ("battle", "CO", "Anori", 4, False),
               ("battle", "CO", "Amalfi", 13, True)], ["strategic"],
["Nestor Gregorio Vera", "Ivan Mordisco", "Alexander Diaz Mendoza", "Gustavo Petro"], ["FARC", "36th Front"],
"REVISED TOLL: faction fighting = battle, latest 14 (revised from 9); began Sunday, toll updated Tuesday, core news -> current. Helicopter brought down by a drone = battle (NOTES: downing aircraft is battle, whatever the weapon), 4. Reinforcements ordered = strategic. August 2025 Amalfi downing = background battle, 13. VE via camps 'across the border in Venezuela' (no incident there).",
when={"Tuesday": "2026-01-27", "Sunday": "2026-01-25", "Monday": "2026-01-26"},
region="latin_america")

art("wire", "2026-03-11", "Protester killed in clash with soldiers at Ecuador road blockade; gunmen kill five in Machala", """
QUITO - A protester was killed and at least 17 soldiers and police officers were injured on Tuesday when demonstrators blocking the Pan-American Highway near Otavalo, in Ecuador's northern Imbabura province, clashed with troops sent to clear the road, officials and indigenous leaders said.

The Confederation of Indigenous Nationalities of Ecuador (CONAIE) said the dead man, a 46-year-old farmer, had been shot by soldiers. The defence ministry said troops had been attacked with stones, fireworks and spears.

In the capital, Quito, several thousand students, teachers and union members marched peacefully to the National Assembly on Tuesday evening to reject a rise in diesel prices.

President Daniel Noboa declared a 60-day state of emergency in Imbabura and two neighbouring provinces.

Separately, gunmen on motorcycles opened fire on customers at a billiard hall in the southern port city of Machala late on Monday, killing five men, police said. They blamed a turf war between the Los Lobos and Los Choneros gangs, which has made Ecuador one of the most violent countries in Latin America.
""",
["EC"], [("riot", "EC", "Otavalo", 1, False), ("protest", "EC", "Quito", None, False),
         ("civilian_attack", "EC", "Machala", 5, False)], ["strategic"],
["Daniel Noboa"], ["Confederation of Indigenous Nationalities of Ecuador", "CONAIE", "Los Lobos", "Los Choneros"],
"Blockade that turned into a clash with troops (stones, fireworks, spears) = riot, 1 (the protester shot in it belongs to it). Peaceful march in the capital = protest, null; location Quito. State of emergency = strategic. Gunmen firing on customers = civilian_attack, 5. Latin America is a region.",
when={"Tuesday": "2026-03-10", "Monday": "2026-03-09"},
region="latin_america")

art("wire", "2025-11-05", "Six killed in Brazilian police operation in Salvador; buses torched in protest", """
SALVADOR, Brazil - Military police in the northeastern Brazilian city of Salvador shot dead six suspected gang members during an operation in the Sussuarana neighbourhood on Tuesday, the Bahia state public security department said.

The department said officers serving arrest warrants against members of the Comando Vermelho gang had come under fire and returned it, and that four rifles, five pistols and a quantity of cocaine had been seized. Residents disputed the account, saying two of the dead were unarmed young men who worked at a car wash.

Hours later, groups of young men set fire to three buses and blocked streets with burning barricades in Sussuarana and neighbouring Nova Sussuarana. The bus operators' union said the passengers and drivers had been ordered off before the vehicles were set alight, and that no one was hurt.

Last month a similar operation in the Valeria neighbourhood left four people dead.

Bahia's police are the deadliest in Brazil: they killed more than 1,500 people last year, according to the Brazilian Forum on Public Security.
""",
["BR"], [("battle", "BR", "Sussuarana", 6, False), ("riot", "BR", "Sussuarana", 0, False),
         ("battle", "BR", "Valeria", 4, True)], [],
[], ["Comando Vermelho", "Brazilian Forum on Public Security"],
"Police operation with an exchange of fire = battle, 6 (police vs armed gang, as a030/a034; residents' dispute does not change the type). Bus burning and barricades = riot; 'no one was hurt' -> 0. Arrest warrants and seizures belong to the operation (not a separate strategic event; judgment). 'Last month' Valeria operation = background battle, 4. '1,500 last year' = aggregate.",
when={"Tuesday": "2025-11-04"},
region="latin_america")

art("wire", "2026-04-22", "Gang kills 12 in Haiti's Artibonite; drone strikes target gang houses in capital", """
PORT-AU-PRINCE - Members of the Gran Grif gang killed at least 12 people, including a pastor, in an overnight attack on the commune of Liancourt in Haiti's Artibonite department on Sunday, the civil protection agency said on Tuesday.

The gunmen set fire to dozens of houses and a church, and hundreds of residents fled through rice fields towards the town of Saint-Marc, the agency said. Local officials said the toll was likely to rise.

In the capital, a police task force used explosive-laden drones to strike houses used by the Viv Ansanm gang coalition in the Bel Air neighbourhood on Monday, killing three gang members, the prime minister's office said. Residents said a woman selling vegetables outside one of the houses was also killed.

The same gang killed at least 115 people in Pont-Sonde in October 2024, the deadliest massacre in Haiti in years. The United Nations said last week that more than 1,200 people had been killed across the country between January and March.

A Gang Suppression Force approved by the U.N. Security Council, which is replacing the Kenyan-led police mission, has yet to reach full strength.
""",
["HT", "KE"], [("civilian_attack", "HT", "Liancourt", 12, False), ("explosion", "HT", "Bel Air", 4, False),
               ("civilian_attack", "HT", "Pont-Sonde", 115, True)], [],
[], ["Gran Grif", "Viv Ansanm", "United Nations", "U.N. Security Council", "Gang Suppression Force"],
"Gang massacre and arson = civilian_attack, 12 (Sunday night, reported Tuesday, core news -> current). Police drone strikes on gang houses = explosion: 3 gang members + the vendor residents report = 4 (split across two sources, summed; judgment). October 2024 Pont-Sonde massacre = background civilian_attack, 115. '1,200 between January and March' = aggregate. KE via 'Kenyan-led' mission (state actor, nothing happens in Kenya).",
when={"Sunday": "2026-04-19", "Tuesday": "2026-04-21", "Monday": "2026-04-20"},
region="latin_america")

art("wire", "2026-01-07", "Myanmar military air strike on monastery kills 13 in Mandalay region; resistance fighters overrun police station", """
An air strike by Myanmar's military hit a Buddhist monastery where displaced villagers were sheltering in Kyauk Sin village, in Singu township of Mandalay region, on Monday, killing 13 people, including five children, a local resistance group and a monk at the monastery said.

A fighter jet dropped two bombs shortly before noon, destroying the monastery's main hall, said the monk, who asked not to be named for his safety. About 200 people from nearby villages had been staying there since fighting reached the area in November.

In the southern part of Shan state, resistance fighters overran a police station in Pekon township on Tuesday after a six-hour gunfight, killing four police officers and capturing six, a spokesman for the Karenni Nationalities Defense Force (KNDF) said.

The military, which is holding the later phases of a general election that opponents call a sham, did not comment on either attack. Singu was also badly hit by the earthquake that struck central Myanmar in March 2025.

Thousands of people from Karenni state and southern Shan have fled across the border into Thailand's Mae Hong Son province since the 2021 coup.
""",
["MM", "TH"], [("explosion", "MM", "Kyauk Sin", 13, False), ("battle", "MM", "Pekon", 4, False)], [],
[], ["Karenni Nationalities Defense Force", "KNDF"],
"Air strike on a monastery = explosion, 13. Resistance assault on a police station = battle, 4 (captured officers are not deaths; capture is part of the battle). The March 2025 earthquake is a disaster, not an incident; the 2021 coup and the election are background politics. TH via 'Thailand's Mae Hong Son province' (refugees' destination). No dateline (as some wire feeds).",
when={"Monday": "2026-01-05", "Tuesday": "2026-01-06"},
region="southeast_asia")

art("wire", "2026-08-18", "Gunmen kill town councillor in Abra; three soldiers die in NPA landmine attack in Northern Samar", """
MANILA - Motorcycle-riding gunmen shot dead a municipal councillor outside his home in the town of Bucay in Abra province on Sunday, police said.

Councillor Renato Bersamin, 51, was getting out of his car when two men on a motorcycle pulled up and shot him several times, provincial police chief Colonel Arnel Dizon said. His driver was wounded in the arm. Police said they were looking into a land dispute and local political rivalries as possible motives.

Abra, in the northern Cordillera region, has long been notorious for killings linked to feuding political clans.

In the central Philippines, three soldiers were killed and two wounded when suspected New People's Army (NPA) rebels detonated a landmine and then opened fire on an army patrol in the village of Magsaysay in Las Navas, Northern Samar, on Monday, the army said. The rebels withdrew after a brief firefight.

Peace talks between the government and the communist rebels, brokered by Norway, collapsed in 2017, and the insurgency, though weakened, remains active in the poorest rural provinces.
""",
["PH", "NO"], [("civilian_attack", "PH", "Bucay", 1, False), ("explosion", "PH", "Magsaysay", 3, False)], [],
["Renato Bersamin", "Arnel Dizon"], ["New People's Army", "NPA"],
"Shooting of an unarmed councillor = civilian_attack, 1 (driver only wounded). NPA ambush 'detonated a landmine and then opened fire' = one incident typed by the first-named mechanism (NOTES) = explosion, 3; location the village Magsaysay (more specific than Las Navas). NO via Norway as past broker (state actor); the 2017 collapse is background. Cordillera is a region.",
when={"Sunday": "2026-08-16", "Monday": "2026-08-17"},
region="southeast_asia")

art("wire", "2026-06-10", "Bomb damages railway in Thailand's Songkhla; Buddhist grocer shot dead in Narathiwat", """
BANGKOK - A bomb exploded under a railway track in Saba Yoi district of Thailand's southern Songkhla province early on Tuesday, minutes before a freight train was due to pass, damaging the track and halting services to Malaysia for several hours, police said. No one was hurt.

Police said the device, made from a cooking gas cylinder, had been buried beside the track and set off by a mobile phone. A second device was found and defused about 200 metres away.

In neighbouring Narathiwat province, gunmen on a motorcycle shot dead a 58-year-old Buddhist grocer as he was closing his shop in Rueso district on Monday evening, police said.

Police blamed insurgents of the Barisan Revolusi Nasional (BRN), the main group fighting for greater autonomy for the mainly Malay Muslim provinces. The BRN rarely claims attacks. Talks between the group and the Thai government, facilitated by Malaysia, have stalled since last year.

More than 7,000 people have been killed since the insurgency reignited in 2004, according to the monitoring group Deep South Watch.
""",
["TH", "MY"], [("explosion", "TH", "Saba Yoi", 0, False), ("civilian_attack", "TH", "Rueso", 1, False)], ["strategic"],
[], ["Barisan Revolusi Nasional", "BRN", "Deep South Watch"],
"Gas-cylinder bomb that exploded under the track = explosion; 'No one was hurt' -> 0. The second device was found and defused = not an incident; coded strategic as a seizure, consistently with bf6-12 and bf5-41 (defused second device). Shooting of a shopkeeper = civilian_attack, 1. '7,000 killed since 2004' = aggregate. MY via rail services to Malaysia and its facilitation (state actor; stalled talks are background, no new diplomacy). 'Malay' is an ethnic group; 'Buddhist' a religion.",
when={"Tuesday": "2026-06-09", "Monday": "2026-06-08"},
region="southeast_asia")

art("wire", "2026-03-18", "Farmers clash with police in Brussels over EU-Mercosur deal; Strasbourg rally stays calm", """
BRUSSELS - Farmers hurled eggs, fireworks and cobblestones at riot police and set fire to piles of tyres and hay near the Schuman roundabout in Brussels on Tuesday, as thousands of tractors converged on the Belgian capital to protest against a trade agreement with the South American Mercosur bloc.

Police responded with water cannon and tear gas. Eleven officers and several protesters were injured, and 23 people were detained, a police spokeswoman said.

The protest was organised by farm unions from Belgium, France, the Netherlands, Italy and Poland, who say the deal would expose European farmers to cheap beef, sugar and poultry produced to lower standards.

In Strasbourg, about 2,000 farmers marched peacefully through the city centre while lawmakers of the European Parliament held their monthly plenary session.

EU trade ministers met in Brussels on Monday but failed to agree on the deal, which would cut tariffs on trade with Brazil, Argentina, Uruguay and Paraguay. They will try again on Friday.

French President Emmanuel Macron has said the agreement is "unacceptable in its current form".
""",
["BE", "FR", "NL", "IT", "PL", "BR", "AR", "UY", "PY"], [("riot", "BE", "Schuman roundabout", None, False), ("protest", "FR", "Strasbourg", None, False)],
["strategic", "diplomacy"],
["Emmanuel Macron"], ["Mercosur", "European Parliament"],
"TWO COUNTRIES: farmers throwing cobblestones and burning barricades at police = riot BE, null (injuries only), location the most specific place named (Schuman roundabout, in Brussels). Peaceful Strasbourg march = protest FR, null. 23 detained = strategic. Monday's ministerial talks = diplomacy (the Friday meeting is future; Macron's earlier statement is background). BE..PY are unions' origins and trade partners (states). 'South American', 'European' are continental adjectives; EU/Mercosur are organisations. Brussels is here the Belgian capital where the riot happened (and the ministers met), not a metonym.",
when={"Tuesday": "2026-03-17", "Monday": "2026-03-16", "Friday": "2026-03-20"},
region="europe_north_america")

art("wire", "2026-07-20", "Gunman kills three at Wisconsin county fair before police shoot him dead", """
MARSHFIELD, Wis. - A gunman opened fire on a crowd at a county fair in central Wisconsin on Saturday night, killing three people and wounding eight before police officers shot him dead, authorities said on Sunday.

The shooting began shortly after 9 p.m. near the grandstand, where hundreds of people had gathered for a demolition derby, Police Chief Karen Lindqvist told reporters. Officers on patrol at the fairground reached the gunman within about a minute, she said.

Among the dead were a 16-year-old girl from Stevens Point and a retired teacher who lived in Marshfield. The wounded included a Canadian tourist from Winnipeg, who was in stable condition.

The suspect, a 34-year-old local man, had been served with a restraining order by his former partner two weeks earlier, police said. The FBI said there was no indication of terrorism.

Governor Tony Evers ordered flags to be flown at half-staff. It was the deadliest shooting in the state since 2012, when a gunman killed six worshippers at a Sikh temple in Oak Creek.
""",
["US", "CA"], [("civilian_attack", "US", "Marshfield", 4, False), ("civilian_attack", "US", "Oak Creek", 6, True)], [],
["Karen Lindqvist", "Tony Evers"], ["FBI"],
"Shooting into a crowd = civilian_attack; 3 victims + the gunman shot dead by police = 4 (NOTES: perpetrators included when stated). Saturday night, reported Monday = current. 2012 Oak Creek temple shooting = background civilian_attack, 6. RESIDENCE/NATIONALITY TRAPS: victims 'from Stevens Point', 'lived in Marshfield' (US anyway); a Canadian tourist from Winnipeg -> CA mentioned, incident in US. 'Sikh' is a religion (no IN). US via Wisconsin (a US state as a place in the US). 'demolition derby' is a sport.",
when={"Saturday": "2026-07-18", "Sunday": "2026-07-19"},
region="europe_north_america")

# =====================================================================================
# bf6-41..60  quiet articles: no current incident, with traps.
# =====================================================================================

art("quiet", "2026-01-13", "Trial opens in Ghent over tram stabbing that left a nurse dead", """
GHENT, Belgium - A 31-year-old man went on trial before the East Flanders assize court on Monday, accused of murdering a nurse and trying to kill two other passengers in a knife attack on a tram in the centre of Ghent.

Prosecutors told the jury that the defendant, a Moroccan national who had been ordered to leave Belgium, stabbed the 58-year-old nurse in the neck without warning as the tram crossed the Korenmarkt, then turned on two men who tried to disarm him. The nurse died at the scene; the two men survived with deep cuts to their arms.

The defendant has admitted the stabbing but says he was hearing voices at the time. Psychiatric experts are due to testify later this week. Investigators found no link to any militant group, although he had watched Islamic State propaganda videos in the weeks before the attack, prosecutor Veerle De Smet said.

The nurse's daughter, Lotte Verhaeghe, told reporters outside the courthouse that her family wanted "answers, not excuses".

The attack led to a debate in Belgium about the deportation of people who have been refused residence. A verdict is expected next week.
""",
["BE", "MA"], [("civilian_attack", "BE", "Korenmarkt", 1, True)], ["strategic"],
["Veerle De Smet", "Lotte Verhaeghe"], ["East Flanders assize court", "Islamic State"],
"QUIET (trial retelling an undated attack): the trial = strategic (NOTES: court cases). The tram stabbing, told without a date but clearly past (it is what the trial is about) = background civilian_attack, 1, location Korenmarkt (where it happened; Ghent is the city). MA via 'a Moroccan national' (nationality; the attack was in BE). The deportation debate is not an event type.",
when={"Monday": "2026-01-12"})

art("quiet", "2025-04-03", "Garissa marks ten years since university massacre", """
GARISSA, Kenya - Students, survivors and relatives gathered at Garissa University on Wednesday to remember the 148 people, most of them students, who were killed when al-Shabaab gunmen stormed the campus ten years ago.

Candles were lit on the lawn outside the hostel where most of the victims died, and the names of the dead were read out one by one as a choir sang hymns in Swahili and Somali.

"I hid in a wardrobe for eleven hours, listening to them calling out names," said Faith Wanjiru, who was a second-year student at the time and now teaches at a secondary school in Mombasa. "Every year I come back so that they are not forgotten."

The university reopened in 2016 with a police post at its gate and a perimeter wall topped with razor wire. Enrolment has since recovered to more than 4,000 students.

The Somalia-based group said the 2015 attack was revenge for Kenya's deployment of troops in Somalia. It has carried out dozens of attacks in Kenya's northeastern counties since then, mostly with roadside bombs.
""",
["KE", "SO"], [("civilian_attack", "KE", "Garissa University", 148, True)], [],
["Faith Wanjiru"], ["al-Shabaab", "Garissa University"],
"QUIET (anniversary): the 2015 massacre = background civilian_attack, 148, location Garissa University. Memorial ceremony is not an event type. 'Dozens of attacks since then' = aggregate. The 2016 reopening and the deployment are background. SO via 'Somalia-based' and 'troops in Somalia'. 'Somali' here is a language; 'Swahili' too.",
when={"Wednesday": "2025-04-02"})

art("quiet", "2026-03-30", "Sudan striker stuns Ghana as war-displaced team wins again in Benghazi", """
BENGHAZI, Libya - Striker Mohamed Abdelrahman fired a low shot into the far corner in the 88th minute to give Sudan a 1-0 win over Ghana in an Africa Cup of Nations qualifier on Sunday, lifting a team that has not played a home game in its own country since the war began in 2023.

Sudan, who host their "home" matches in Libya, spent most of the second half defending as Ghana bombed forward in search of an equaliser. Goalkeeper Ali Abuagla made three fine saves, and the Sudanese defence threw bodies in front of wave after wave of Ghanaian attacks.

"Our players carry the whole country on their backs," coach Kwesi Appiah said. "Many of their families have fled to Egypt or to the camps in Chad. This win is for them."

Ghana's coach said his side had "shot themselves in the foot" by wasting a string of chances in the first half.

The result leaves Sudan top of their group with seven points from three games, two ahead of Ghana. The teams meet again in Kumasi in June.
""",
["LY", "SD", "GH", "EG", "TD"], [], [],
["Mohamed Abdelrahman", "Ali Abuagla", "Kwesi Appiah"], ["Africa Cup of Nations"],
"QUIET (sport): 'striker', 'fired a low shot', 'bombed forward', 'attacks', 'defending', 'shot themselves in the foot' are football vocabulary; the war is named only as a general background (no incident). National teams and the host venue count (sport convention): SD, GH, LY (Benghazi/Libya). EG and TD via where players' families fled (places of residence). Kumasi -> GH.",
when={"Sunday": "2026-03-29"})

art("quiet", "2026-05-13", "Shares in Colombia's Andicem plunge as Canadian rival abandons hostile takeover", """
BOGOTA - Shares in Colombian cement maker Andicem plunged 18% on Wednesday after Canada's Northfield Materials dropped its hostile takeover bid, ending a five-month battle for control of the country's third-largest building materials group.

Northfield said a price war with cheap imports from Mexican and Peruvian producers had eroded Andicem's margins and made its offer of 14,500 pesos a share impossible to justify. "We are walking away from a fight we cannot win at this price," chief executive Graham Whitcombe told analysts on a call from Toronto.

Andicem's board had fought the bid with a "poison pill" that would have flooded the market with new shares if any investor crossed a 30% stake. The defence worked, but the victory was a pyrrhic one, said Valentina Restrepo, an analyst at a brokerage in Medellin. "The shares were trading on takeover hopes. Now investors are looking at the real business, and it is not pretty."

Andicem's shares had surged 40% since the bid was launched in December, making it the best performer on the Colombian exchange this year.
""",
["CO", "CA", "MX", "PE"], [], [],
["Graham Whitcombe", "Valentina Restrepo"], ["Andicem", "Northfield Materials"],
"QUIET (business): 'plunged', 'hostile takeover', 'battle for control', 'price war', 'fight', 'poison pill', 'flooded', 'pyrrhic' are market language. CA via Canada's/Toronto; MX/PE via 'Mexican and Peruvian producers' (country-of-origin adjectives for trade). CO via Bogota/Medellin/Colombian.",
when={"Wednesday": "2026-05-13"})

art("quiet", "2025-10-09", "Lightning strikes school in Uganda's Arua district, killing seven pupils", """
KAMPALA - Lightning struck a classroom block at a primary school in Arua district in northwestern Uganda on Wednesday afternoon, killing seven pupils and injuring 34 others, police said.

The bolt hit the roof of the building during a heavy storm as pupils sheltered inside after their afternoon break, regional police spokesman Josephine Angucia said. Most of the injured were treated for burns and shock at Arua regional referral hospital.

"It sounded like a bomb had gone off. The children were thrown to the floor," said a teacher, Patrick Drale. The school had no lightning conductor, he said.

The school serves children from the surrounding villages and from a nearby settlement for refugees from South Sudan and Congo, many of whom walk several kilometres each day.

The Uganda National Meteorological Authority warned of more thunderstorms across the north and west of the country this week. Lightning kills dozens of people in Uganda every year, and in 2011 a strike on a school in Kiryandongo killed 18 pupils.
""",
["UG", "SS", "CD"], [], [],
["Josephine Angucia", "Patrick Drale"], ["Uganda National Meteorological Authority"],
"QUIET (weather): a lightning strike is a disaster, not an incident (7 deaths not counted); 'sounded like a bomb had gone off' is a simile; the 2011 Kiryandongo strike is also a disaster (not listed); 'dozens every year' = aggregate. SS/CD via refugees' origin (nationality/residence; 'Congo' is the DR Congo, whose refugees are in Uganda's northwest).",
when={"Wednesday": "2025-10-08"})

art("quiet", "2026-06-29", "Bus carrying Kenyan church choir crashes in Tanzania, killing 14", """
ARUSHA, Tanzania - Fourteen members of a Kenyan church choir were killed and 21 injured when their bus collided with a lorry and overturned on the Namanga-Arusha highway near Longido in northern Tanzania late on Sunday, police said.

The choir, from a Pentecostal church in Kisumu, in western Kenya, was travelling to a gospel music festival in Arusha. Regional police commander Justine Masejo said the bus had tried to overtake on a bend and slammed into the lorry, which was carrying cement.

Ambulances ferried the injured to Mount Meru hospital in Arusha, where doctors said four were in critical condition. Police arrested the lorry driver, who suffered minor injuries, and said the bus driver was among the dead.

Kenya's President William Ruto sent condolences to the families and said the government would repatriate the bodies.

Road crashes kill more than 1,500 people a year in Tanzania, according to police figures, and the highway between the Kenyan border at Namanga and Arusha is one of the busiest in East Africa.
""",
["TZ", "KE"], [], ["strategic"],
["Justine Masejo", "William Ruto"], [],
"QUIET (road accident): a bus crash is an accident (14 deaths not counted); 'slammed' is crash language. The driver's arrest = strategic (NOTES: arrests; as bf5 Gazipur). Condolences are not diplomacy between states (a message to families; judgment). KE via Kenyan/Kisumu (where the victims come from); '1,500 a year' = aggregate. East Africa is a region.",
when={"Sunday": "2026-06-28"})

art("quiet", "2025-07-16", "Fire at Iraq's Baiji refinery kills two workers after pipe explosion", """
BAIJI, Iraq - A fire broke out at the Baiji oil refinery in Iraq's Salahuddin province on Tuesday after a pipe carrying hot crude exploded in one of its distillation units, killing two workers and injuring five, the oil ministry said.

Firefighters from the refinery and from nearby Tikrit brought the blaze under control after about five hours. Thick black smoke could be seen across the town. The ministry said a gas leak had been detected in the unit in the hours before the explosion and that a team of engineers had been sent to investigate.

The refinery, once the largest in the country, was wrecked during the war against Islamic State, when the militants seized it and held it for months. It has been partly rebuilt and now processes about 150,000 barrels a day, according to the North Refineries Company.

Workers' representatives said maintenance had been neglected. "The pipes are old and the pressure is too high. We warned them," said Haidar Jassim, a union official at the plant.

The ministry said it would publish the results of its investigation within two weeks.
""",
["IQ"], [], [],
["Haidar Jassim"], ["North Refineries Company", "Islamic State"],
"QUIET (industrial accident): pipe explosion, gas leak and fire at a refinery = accident (NOTES: fire/accidents are not incidents), 2 deaths not counted. The Islamic State seizure of the refinery in the war is a general past episode without date, place detail or toll (not listed; judgment). An investigation is not an event type.",
when={"Tuesday": "2025-07-15"})

art("quiet", "2025-02-27", "Burkinabe drama about a village under jihadist siege wins hearts at FESPACO", """
OUAGADOUGOU - A film about a village that refuses to abandon its fields during a jihadist siege drew a ten-minute standing ovation at FESPACO, the pan-African film festival in Burkina Faso's capital, on Wednesday night.

"The Granary", the first feature by Burkinabe director Salif Kabore, follows a widowed farmer, played by Malian actress Awa Diakite, who keeps her children alive by hiding millet in a disused well while armed men blockade the village. The film opens with an ambush on a convoy of trucks and ends with a massacre at the weekly market, both staged with almost unbearable restraint.

The film was shot in Niger and in southern Senegal, because filming in the Burkinabe countryside was too dangerous, Kabore told reporters. Several scenes were written from the accounts of displaced families he met in the town of Kaya.

"I did not want to film the killers. I wanted to film the people who stay," he said.

"The Granary" is among 20 films competing for the festival's top prize, the Golden Stallion of Yennenga, which will be awarded on Saturday.
""",
["BF", "ML", "NE", "SN"], [], [],
["Salif Kabore", "Awa Diakite"], ["FESPACO"],
"QUIET (film about a war): the ambush and the market massacre are fictional scenes (not incidents); 'shot in Niger' means filmed. NE/SN via filming locations (places); ML via 'Malian actress' (nationality). BF via Ouagadougou/Burkina Faso/Burkinabe/Kaya.",
when={"Wednesday": "2025-02-26", "Saturday": "2025-03-01"})

art("quiet", "2025-05-21", "Review: 'The Lake Has No Shore' rebuilds Marawi one family at a time", """
The five-month battle for Marawi in 2017, in which Islamic State-inspired militants of the Maute group seized the southern Philippine city and the army retook it street by street, left more than 1,000 people dead and the old commercial heart of the city in ruins.

In "The Lake Has No Shore", Maranao novelist Norhata Dimaporo-Sarip tells that story through three generations of a family of brass-makers who flee their house near the Grand Mosque on the first night of the siege and spend the next six years in a tent city on the shore of Lake Lanao, waiting for permission to go home.

Dimaporo-Sarip, who lost her own family's house in the fighting, is unsentimental about the war. The soldiers and militants appear only at the edges of the book; what interests her is the waiting, the paperwork and the slow erosion of a family's patience.

The novel, published this month by a small press in Singapore, is the first major work of fiction about the siege by a writer from the city. It deserves a wide audience.
""",
["PH", "SG"], [("battle", "PH", "Marawi", 1000, True)], [],
["Norhata Dimaporo-Sarip"], ["Islamic State", "Maute group"],
"QUIET (book about a war): the 2017 battle for Marawi = background battle, 'more than 1,000' -> 1000 (a specific, dated, located past event cited as context). The novel's scenes are fiction. SG via the publisher's location. 'Maranao' is an ethnic group. No dateline, as reviews often have none.")

art("quiet", "2025-09-14", "Malawi's presidential rivals trade attacks at final rallies before Tuesday's vote", """
LILONGWE - Malawi's President Lazarus Chakwera and his main challenger, former president Peter Mutharika, traded attacks over the economy at their final rallies on Saturday, as the campaign for Tuesday's election drew to a close.

Addressing tens of thousands of supporters at a stadium in Lilongwe, Chakwera accused the opposition of "firing empty shots" and said his government had been battered by cyclones and a global debt crisis it did not create.

In Blantyre, Mutharika told a crowd that filled the city's main square that Chakwera had "killed the economy" and handed the opposition all the ammunition it needed. Fuel shortages and inflation of more than 30% have made the cost of living the central issue of the campaign.

Both camps accuse each other of buying votes with bags of maize and fertiliser. Observers from the European Union and the Southern African Development Community are in the country to monitor the vote.

Malawi imports most of its fuel through the Nacala corridor in Mozambique and overland from Zambia and Tanzania, where the trucks were delayed for weeks this year by border disputes and shortages of foreign currency.
""",
["MW", "MZ", "ZM", "TZ"], [], [],
["Lazarus Chakwera", "Peter Mutharika"], ["European Union", "Southern African Development Community"],
"QUIET (election rallies): campaign rallies where candidates speak are not demonstrations (no protest); 'traded attacks', 'firing empty shots', 'battered', 'killed the economy', 'ammunition' are political rhetoric. Election observers' presence is routine (not listed; judgment). Real office-holders with invented statements. MZ/ZM/TZ via the fuel routes (places).",
when={"Saturday": "2025-09-13", "Tuesday": "2025-09-16"})

art("quiet", "2025-12-17", "Costa Rica's murders rose 12% this year as gangs fight over ports, judicial police say", """
SAN JOSE - Murders in Costa Rica rose 12% this year to a record of more than 990, driven by gangs fighting for control of drug shipments through the Caribbean port of Limon and the Pacific port of Puntarenas, the Judicial Investigation Agency (OIJ) said on Tuesday.

About seven in ten of the killings were linked to organised crime, and more than 40 of the victims were bystanders hit by stray bullets, OIJ director Randall Zuniga told a news conference. The murder rate has almost doubled in five years, making a country long seen as an oasis of calm in Central America one of the more violent in the region.

Zuniga said Colombian and Mexican cartels now use local gangs to store and move cocaine bound for Europe, paying them in drugs rather than cash, which has fuelled street-level turf wars. The year's deadliest single attack was the killing of six people at a bar in Limon in March.

Security Minister Mario Zamora said the government would ask Congress to approve tougher sentences and more money for prisons.
""",
["CR", "CO", "MX"], [("civilian_attack", "CR", "Limon", 6, True)], [],
["Randall Zuniga", "Mario Zamora"], ["Judicial Investigation Agency", "OIJ"],
"QUIET (statistics): yearly murder totals, the share of gang killings and '40 bystanders' are aggregates (not listed). The March bar killing in Limon = a specific older incident cited as context -> background civilian_attack, 6. A planned request to Congress is not an event. CO/MX via 'Colombian and Mexican cartels' (demonyms of foreign actors). Central America/Europe/Caribbean are regions.",
when={"Tuesday": "2025-12-16"})

art("quiet", "2026-05-29", "Uganda steps up security for Martyrs Day after rebel threat; U.S. embassy issues alert", """
KAMPALA - Ugandan police said on Friday they would deploy more than 10,000 officers and soldiers around the Namugongo shrine ahead of Wednesday's Martyrs Day celebrations, after the Allied Democratic Forces (ADF) threatened to attack "gatherings of unbelievers".

The threat was made in a video posted on a channel used by the Islamic State-linked group, which is based in eastern Congo, police spokesman Kituuma Rusoke said. "We are taking it seriously, but we ask pilgrims not to panic," he said.

The U.S. embassy in Kampala urged its citizens to avoid large crowds and places of worship over the coming week.

Hundreds of thousands of pilgrims, many of whom walk for weeks from Kenya, Tanzania and Rwanda, gather at Namugongo each year to honour Christians executed on the orders of a Buganda king in the 1880s.

The ADF was behind one of the worst attacks in Uganda's recent history, the June 2023 raid on a secondary school in Mpondwe, near the Congolese border, in which 42 people were killed, most of them students.
""",
["UG", "CD", "US", "KE", "TZ", "RW"], [("civilian_attack", "UG", "Mpondwe", 42, True)], ["strategic"],
["Kituuma Rusoke"], ["Allied Democratic Forces", "ADF", "Islamic State"],
"QUIET (threatened attack): a threat video is not an incident; the police deployment and the U.S. embassy's alert = strategic (NOTES: deployments, security alerts). The 1880s executions are history without a place/toll specific enough (not listed; judgment). June 2023 Mpondwe school raid = background civilian_attack, 42. KE/TZ/RW via pilgrims' origins (residence); CD via 'eastern Congo'/'Congolese border'; US via the embassy. 'Wednesday' is a future date (2026-06-03).",
when={"Friday": "2026-05-29", "Wednesday": "2026-06-03"})

art("quiet", "2026-02-19", "Moroccan police dismantle Islamic State-linked cell, seize explosives", """
RABAT - Moroccan police have dismantled a cell of suspected Islamic State supporters who were planning suicide attacks on public buildings and a tourist site, and seized explosives ready to be detonated, the Central Bureau of Judicial Investigation (BCIJ) said on Thursday.

Nine suspects aged between 19 and 41 were arrested in raids in Tetouan, Fez and the small town of Had Soualem near Casablanca, the bureau said. Police found gas cylinders filled with nails, chemicals used to make explosives, a pistol and a flag of the group.

The cell's leader had been in contact with an Islamic State commander in the Sahel, who had promised to send money and instructions, bureau director Habboub Cherkaoui told reporters. One of the suspects held residency papers from Spain, where he had worked on farms in Almeria.

Morocco's security services, which cooperate closely with European police forces, say they have broken up more than 200 militant cells since 2002. The country has not suffered a major attack since a bombing at a cafe in Marrakesh killed 17 people in 2011.
""",
["MA", "ES"], [("explosion", "MA", "Marrakesh", 17, True)], ["strategic"],
["Habboub Cherkaoui"], ["Islamic State", "Central Bureau of Judicial Investigation", "BCIJ"],
"QUIET (foiled plot): arrests and seizure of explosives 'ready to be detonated' = strategic; planned attacks are not incidents. '200 cells since 2002' = aggregate. 2011 Marrakesh cafe bombing = background explosion, 17. ES via Spain/Almeria (a suspect's residence). Sahel is a region; 'European' an adjective. Real official's name with an invented statement.",
when={"Thursday": "2026-02-19"})

art("quiet", "2026-07-15", "Peru arrests former Shining Path member over 1992 Tarata bombing", """
LIMA - Peruvian police have arrested a former member of the Shining Path guerrilla group accused of helping to prepare the car bomb that exploded on Tarata street in Lima's Miraflores district in July 1992, killing 25 people, the interior ministry said on Wednesday.

The suspect, now 61, was detained in the southern city of Juliaca, near the border with Bolivia, where he had lived for more than two decades under a false name and ran a small hardware shop, police said. He is accused of stealing the car and helping to pack it with explosives.

The bombing, on the eve of a national holiday, devastated two apartment blocks and became a symbol of the Maoist group's war on the capital. Most of its leaders were captured in the following months, including founder Abimael Guzman.

Relatives of the victims, who gather every year on Tarata street on the anniversary of the attack, welcomed the arrest. "Thirty-four years is a long time, but we never stopped waiting," said Rosa Huaman, whose mother was killed in the blast.

The suspect will be handed over to prosecutors in Lima.
""",
["PE", "BO"], [("explosion", "PE", "Tarata street", 25, True)], ["strategic"],
["Abimael Guzman", "Rosa Huaman"], ["Shining Path"],
"QUIET (arrest over an old bombing): the arrest = strategic. July 1992 Tarata car bomb = background explosion, 25. The 1992 captures of leaders are background, not listed. BO via 'the border with Bolivia' (place). The annual gathering is a memorial, not a protest.",
when={"Wednesday": "2026-07-15"})

art("quiet", "2026-02-06", "Thai and Cambodian defence ministers meet in Kuala Lumpur to shore up border truce", """
KUALA LUMPUR - The defence ministers of Thailand and Cambodia met in Kuala Lumpur on Thursday and agreed to set up a joint team to clear landmines along their disputed border and to hold monthly meetings of regional commanders, Malaysia's foreign ministry said.

The talks, hosted by Malaysia and attended by observers from the United States and China, were the first at ministerial level since October, when the two sides signed an expanded ceasefire. Five days of fighting along the border in July 2025, with artillery, rockets and air strikes, killed more than 40 people and displaced about 300,000.

Tensions rose again last month after a landmine wounded three Thai soldiers on patrol near the Chong Bok pass in Ubon Ratchathani province. Thailand accused Cambodia of laying new mines, which Phnom Penh denied.

"Both sides want the border to be quiet so that people can go back to their fields," said Malaysian Defence Minister Mohamed Khaled Nordin.

Thailand's delegation was led by Defence Minister Nattaphon Narkphanit and Cambodia's by Deputy Prime Minister Tea Seiha.
""",
["TH", "KH", "MY", "US", "CN"], [("explosion", "TH", "Chong Bok", None, True)], ["diplomacy"],
["Mohamed Khaled Nordin", "Nattaphon Narkphanit", "Tea Seiha"], [],
"QUIET (diplomats meeting): ministerial talks and agreements = diplomacy. July 2025 border fighting = multi-place, two-country aggregate (not listed, NOTES). Last month's landmine wounding Thai soldiers = background explosion, injuries only -> null, location Chong Bok (the pass, in Thailand). Mutual accusations date from last month (background). Phnom Penh = capital-as-metonym for KH. US/CN via observers (state actors). Named ministers are real office-holders with invented statements.",
when={"Thursday": "2026-02-05"})

art("quiet", "2025-11-25", "From Aleppo to a Michelin star: Syrian refugee chef's Berlin kitchen honoured", """
BERLIN - A restaurant run by a Syrian chef who arrived in Germany as a refugee ten years ago won its first Michelin star on Monday, becoming the first Arab restaurant in Berlin to receive the honour.

Khaled Haddad, 38, grew up in his grandmother's kitchen in Aleppo and fled the city in 2013 as the bombing of its eastern districts intensified. He spent two years washing dishes in Gaziantep in Turkey before crossing to the Greek island of Lesbos in a rubber boat and travelling overland to Germany.

His restaurant, Bayt, in the Neukolln district, serves a tasting menu built around the spices of northern Syria. His sous-chef is a Ukrainian from Kharkiv, and his pastry chef, Lena Hoffmann, is a Berliner who learned to make baklava from his mother.

"Every dish on the menu is a memory of a street that does not exist any more," Haddad said after the ceremony in Hamburg.

The Michelin Guide said the restaurant offered "a powerful, personal cuisine of great precision".
""",
["SY", "DE", "TR", "GR", "UA"], [], [],
["Khaled Haddad", "Lena Hoffmann"], ["Michelin Guide", "Bayt"],
"QUIET (nationality and residence): people identified by origin and residence: Syrian chef from Aleppo (SY), years in Gaziantep, Turkey (TR), crossing to Lesbos (GR), a Ukrainian from Kharkiv (UA), a Berliner. 'The bombing of its eastern districts' is a years-long campaign described generally (no specific incident; not listed, judgment). DE via Germany/Berlin/Hamburg. 'Arab' is an ethnic/linguistic group.",
when={"Monday": "2025-11-24"})

art("quiet", "2026-04-28", "Nice, Split and Bath named Europe's favourite small cities for a weekend break", """
LONDON - Nice, Split and Bath are Europe's most popular small cities for a short break, according to a survey of 40,000 travellers published on Tuesday by the booking site Wanderly.

Nice, on the French Riviera, topped the ranking for the second year running, helped by new low-cost flights and a revamped seafront. The Croatian port of Split climbed to second place, while Bath, the Roman spa town in the west of England, came third, ahead of Bruges in Belgium and Porto in Portugal.

The survey also asked travellers to name the towns they found most surprising. The English market town of Battle, in East Sussex, and the Greek seaside town of Marathon both made the top ten, as did Reading, which Wanderly's head of research, Priya Mistry, said owed its place "to cheap hotels and a very good train service to London".

Split's tourism office said the ranking showed the city had succeeded in spreading visitors across the year, after complaints from residents about overcrowding during the summer cruise season.
""",
["FR", "HR", "GB", "BE", "PT", "GR"], [], [],
["Priya Mistry"], ["Wanderly"],
"QUIET (place names that are ordinary words): Nice (FR), Split (HR), Bath, Battle, Reading (GB), Marathon (GR) are towns here; 'Battle' is a place, not a fight. Bruges -> BE, Porto -> PT, London/England -> GB. 'Roman' and 'European' are adjectives. A survey release is not an event.",
when={"Tuesday": "2026-04-28"})

art("quiet", "2026-02-24", "Nepal's spin attack routs Scotland in Kirtipur as packed crowd roars", """
KIRTIPUR, Nepal - Nepal's spinners ran through Scotland's batting on Monday, bowling them out for 97 to win their one-day international by 128 runs in front of a packed crowd at the Tribhuvan University ground.

Left-arm spinner Lalit Rajbanshi took five wickets for 19, and leg-spinner Sandeep Lamichhane added three as the visitors lost their last eight wickets for 31 runs. "Our attack was on fire today. Once we got the first breakthrough, they had nowhere to hide," captain Rohit Paudel said.

Earlier, Kushal Bhurtel smashed four sixes in a quickfire 62 and Aarif Sheikh, who was taken out of the attack after two expensive overs in the previous match, responded with 48 from 40 balls as Nepal recovered from 44 for three.

Scotland captain Richie Berrington admitted his side had been "bombed out of the game" by the spinners. "We were ambushed on a pitch that turned from the first over," he said.

The tri-series continues on Wednesday, when Nepal play the Netherlands.
""",
["NP", "GB", "NL"], [], [],
["Lalit Rajbanshi", "Sandeep Lamichhane", "Rohit Paudel", "Kushal Bhurtel", "Aarif Sheikh", "Richie Berrington"], ["Tribhuvan University"],
"QUIET (sport): 'spin attack', 'routs', 'ran through', 'on fire', 'smashed', 'taken out of the attack', 'bombed out', 'ambushed' are cricket vocabulary. Scotland (national team) -> GB (part of the United Kingdom, like England/Wales in NOTES); Netherlands team -> NL; Nepal team and venue -> NP. Real players with invented performances.",
when={"Monday": "2026-02-23", "Wednesday": "2026-02-25"})

art("quiet", "2025-08-25", "Argentina's unions call general strike for Thursday against labour reform", """
BUENOS AIRES - Argentina's largest union federation, the General Confederation of Labour (CGT), called a 24-hour general strike for Thursday to protest against a labour reform bill that would make it easier for companies to fire workers and cap severance payments.

Transport unions said trains, buses and the Buenos Aires underground would stop running, and airline staff said most domestic flights would be cancelled. Banks, schools and state offices are also expected to close.

"This reform is an attack on every worker in the country. The government has declared war on us, and we will answer in the streets," CGT leader Hector Daer told a news conference.

President Javier Milei's government said the strike was "political" and that the reform was needed to bring millions of informal workers into the formal economy. Labour Minister Julio Cordero said employees who joined the stoppage would have their pay docked.

The CGT's last march against the government's policies, in April, drew tens of thousands of people to the Plaza de Mayo without incident.
""",
["AR"], [("protest", "AR", "Plaza de Mayo", None, True)], [],
["Hector Daer", "Javier Milei", "Julio Cordero"], ["General Confederation of Labour", "CGT"],
"QUIET (planned strike): a called, future general strike is not an incident; 'attack on every worker', 'declared war', 'answer in the streets' are rhetoric. 'Thursday' is a future date (2025-08-28). The April march = background protest, null ('tens of thousands' counts people, not deaths). A strike call and a government warning are not strategic/diplomacy. Real office-holders with invented statements.",
when={"Thursday": "2025-08-28"})

art("quiet", "2025-12-10", "Wild elephant tramples farmer to death in Sri Lanka's Polonnaruwa", """
COLOMBO - A wild elephant trampled a 62-year-old farmer to death as he guarded his paddy field at night in Polonnaruwa district in north-central Sri Lanka, police said on Wednesday.

Villagers in Dimbulagala said the man had been sitting in a tree hut with a torch and a string of firecrackers, known locally as elephant bombs, when a lone bull elephant attacked the hut early on Tuesday and pulled him to the ground.

Sri Lanka has one of the highest rates of human-elephant conflict in the world. About 150 people and more than 400 elephants were killed last year, according to the Department of Wildlife Conservation, as farms and villages spread into the animals' migration routes.

Farmers in the area said electric fences promised by the government had not been built. "The elephants come every night. We fight them with crackers and fire, but they are not afraid any more," said a neighbour, Sunil Premaratne.

The wildlife department said it would move the elephant to a national park in the south.
""",
["LK"], [], [],
["Sunil Premaratne"], ["Department of Wildlife Conservation"],
"QUIET (animal attack): an elephant 'attack' killing a farmer is not armed violence (not an incident); 'human-elephant conflict', 'elephant bombs', 'fight them' are ordinary vocabulary here; yearly deaths = aggregate. Moving the elephant is not an event. LK via Sri Lanka/Polonnaruwa/Colombo.",
when={"Wednesday": "2025-12-10", "Tuesday": "2025-12-09"})


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
        if a["title"] is not None and not a["title"].strip():
            err("empty title")
        if kind == "satp":
            if a["title"] is not None:
                err("SATP-style text must have a null title")
            if "\n" in a["body"]:
                err("SATP-style text must be a single paragraph")
            if words > 160:
                err("SATP-style text has %d words (at most 160)" % words)
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

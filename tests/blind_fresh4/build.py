#!/usr/bin/env python3
"""Build the blind, fresh-4 evaluation set (60 synthetic articles) as JSONL.

Standard library only. Every text and its gold live here as data; the gold was decided
when each text was written, following ../../shared/corpus/NOTES.md, and is frozen.

    python3 build.py            # check everything, write blind_fresh4.jsonl
    python3 build.py --notes    # print the one-line judgment note of every article
    python3 build.py --check    # check only, write nothing
"""
import datetime
import json
import os
import re
import sys

SOURCE = "synthetic, written for this project (blind, fresh 4)"
ORIGIN = "written from scratch for this project: tests/blind_fresh4/build.py (fictional or fictionalised events)"
LICENSE = "project's own"
PREFIX = "bf4"

INCIDENT_TYPES = {"battle", "explosion", "civilian_attack", "protest", "riot"}
OTHER_TYPES = {"strategic", "diplomacy"}
KINDS = {"satp": 20, "wire": 20, "quiet": 20}
MIN_SATP_QUIET = 8  # SATP-style reports with no current incident (the brief asks for at least 8)

# All officially assigned ISO 3166-1 alpha-2 codes.
ISO2 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())
assert len(ISO2) == 249

A = []


def art(kind, published, title, body, countries, incidents, other, persons, orgs, note):
    """incidents: (type, country, location|None, fatalities|None, background)."""
    A.append(dict(kind=kind, published=published, title=title, body=body.strip(),
                  countries=countries, incidents=incidents, other=other,
                  persons=persons, orgs=orgs, note=note))


# ---------------------------------------------------------------------------------------
# bf4-01..20: SATP-style incident reports (title null, one paragraph, 80-160 words).
# 10 with a current incident, 10 without (arrest, surrender, compensation, seizure,
# anniversary, old claim, court charges, statistics, defused IED, manhunt).
# ---------------------------------------------------------------------------------------

art("satp", "2025-09-24", None,
"""Two unidentified militants were killed when troops foiled an infiltration bid along the Line of Control (LoC) in the Machil sector of Kupwara District on September 23, the Army's Chinar Corps said. Alerted by thermal imagers to movement near the fence in the early hours, troops challenged the group, which opened fire and set off an exchange that lasted nearly three hours. Two AK-series rifles, six magazines, a hand grenade and a quantity of dry rations were recovered from the site. Officials said the slain militants were believed to belong to the Pakistan-based Lashkar-e-Taiba (LeT) and had crossed over from the Neelum valley. Search operations were continuing in the area on September 24.""",
["IN", "PK"], [("battle", "IN", "Machil", 2, False)], [],
[], ["Chinar Corps", "Lashkar-e-Taiba"],
"Infiltration bid repulsed in a firefight = battle, 2 militants killed. IN only via Kupwara/LoC (no 'India' in text). PK via 'Pakistan-based' and the Neelum valley, but the incident is on the Indian side (country IN). Recovered weapons and the continuing search are part of the same operation: no separate strategic event (bf3 convention).")

art("satp", "2025-02-19", None,
"""Jammu and Kashmir Police arrested three overground workers (OGWs) from the Kalakote area of Rajouri District on February 18 for allegedly providing shelter, food and guidance to the militants who attacked a Village Defence Guard (VDG) post at Panjnara village on January 26. One VDG member was killed and another was injured in that attack, after which the assailants escaped into the forests of the Pir Panjal range. Senior Superintendent of Police (SSP) Rajouri, Anil Bhagat, said the three had guided the group from the Dharhali nallah to the village and had stored rations for it in a cattle shed. The hunt for the two militants was continuing, he added.""",
["IN"], [("battle", "IN", "Panjnara", 1, True)], ["strategic"],
["Anil Bhagat"], ["Jammu and Kashmir Police"],
"NO CURRENT INCIDENT: arrests of support network = strategic. The January 26 attack (23 days earlier) is background; VDGs are armed volunteers manning a post, so a militant attack on the post = battle, 1 killed. IN via Rajouri/Kalakote.")

art("satp", "2025-10-13", None,
"""A District Reserve Guard (DRG) jawan was killed and two others were injured when cadres of the Communist Party of India-Maoist (CPI-Maoist) triggered a pressure improvised explosive device (IED) near Pidiya village under Gangaloor Police Station limits in Bijapur District on October 12. The team was returning to its camp after an area domination exercise when one of the jawans stepped on the device on a forest path, Inspector General of Police (IGP) of Bastar Range Vivek Netam said. The injured were airlifted to Raipur and were stated to be out of danger. In April, two personnel of the Chhattisgarh Armed Force (CAF) had been killed in a similar blast near Korcholi in the same District.""",
["IN"], [("explosion", "IN", "Pidiya", 1, False), ("explosion", "IN", "Korcholi", 2, True)], [],
["Vivek Netam"], ["District Reserve Guard", "CPI-Maoist", "Chhattisgarh Armed Force"],
"Pressure IED that went off = explosion, 1. The April blast near Korcholi = background explosion, 2. IN only via Bijapur/Bastar/Raipur/Chhattisgarh ('India' only inside the party name).")

art("satp", "2025-06-17", None,
"""Five cadres of the CPI-Maoist, including an area committee member (ACM), surrendered before the Malkangiri District Police in Odisha on June 16, citing disillusionment with the leadership and the hardship of life in the forests. The ACM, Sukra Madkami alias Raju, carried a reward of INR 400,000 on his head and was wanted in connection with the killing of a former sarpanch at Kalimela in 2023, Superintendent of Police (SP) Pradeep Sahu said. The cadres handed over a .303 rifle, two country-made guns and a quantity of ammunition. Each of them will receive immediate financial assistance under the State Government's surrender and rehabilitation policy.""",
["IN"], [("civilian_attack", "IN", "Kalimela", 1, True)], ["strategic"],
["Sukra Madkami", "Pradeep Sahu"], ["CPI-Maoist", "Malkangiri District Police"],
"NO CURRENT INCIDENT: surrender = strategic. The 2023 killing of a former sarpanch (unarmed civilian) = background civilian_attack, 1. IN via Odisha/Malkangiri.")

art("satp", "2025-11-07", None,
"""Armed dacoits abducted three persons, including a ten-year-old boy, from Durrani Mahar village in Kandhkot tehsil of Kashmore District in Sindh on November 6 and took them to the riverine katcha area along the Indus, Police said. The victims, members of a family of grain traders, were travelling to Kandhkot town when about a dozen armed men intercepted their vehicle and forced them onto motorcycles. Senior Superintendent of Police (SSP) Kashmore, Imran Soomro, said the gang had demanded a ransom of PKR 5 million for their release. Police and Rangers personnel have launched an operation in the katcha area to recover the hostages.""",
["PK"], [("civilian_attack", "PK", "Durrani Mahar", None, False)], [],
["Imran Soomro"], ["Rangers"],
"Abduction for ransom = civilian_attack, nobody killed but no statement that nobody died -> null. 'about a dozen armed men' is the size of the gang, not a toll. PK only via Kashmore/Sindh. The recovery operation is the response to this incident (no separate strategic event).")

art("satp", "2025-09-04", None,
"""The Balochistan Government on September 3 handed over compensation cheques of PKR 1.5 million each to the families of the seven labourers who were shot dead by armed men at a construction site in the Khuda Abadan area of Panjgur District in August 2024. Provincial Minister for Labour Naseer Jamaldini distributed the cheques at a ceremony in Quetta and said those responsible would be brought to justice. The labourers, all from southern Punjab, had been working on a water supply scheme when the gunmen lined them up and opened fire. The Balochistan Liberation Front (BLF) had claimed responsibility for the killings. Relatives complained that more than a year later no one had been arrested.""",
["PK"], [("civilian_attack", "PK", "Khuda Abadan", 7, True)], [],
["Naseer Jamaldini"], ["Balochistan Liberation Front"],
"NO CURRENT INCIDENT: compensation payment is not an incident and fits neither strategic nor diplomacy (other_events empty, judgment). The August 2024 killing of seven labourers = background civilian_attack, 7. Punjab here is Pakistan's (PK anyway).")

art("satp", "2026-01-09", None,
"""Two policemen were killed when around 20 militants armed with heavy weapons attacked the Ghazni Khel Police Station in Lakki Marwat District in the early hours of January 8, District Police Officer (DPO) Tariq Marwat said. Policemen on duty returned fire and three of the attackers were killed in the exchange, which lasted more than two hours, while the rest retreated towards the hills. The militants also used a quadcopter to drop explosives on the station's compound before it was shot down by the police. The Tehreek-e-Taliban Pakistan (TTP) claimed responsibility for the attack in a statement.""",
["PK"], [("battle", "PK", "Ghazni Khel", 5, False)], [],
["Tariq Marwat"], ["Tehreek-e-Taliban Pakistan"],
"Sustained armed assault on a police station = battle (the quadcopter drop is part of the same assault; first-named mechanism is the armed attack). 2 policemen + 3 attackers = 5. TRAP: 'Ghazni Khel' is a town in Lakki Marwat, Pakistan; no AF. PK via Lakki Marwat (Pakistan otherwise only inside the TTP name).")

art("satp", "2025-07-11", None,
"""Assam Rifles personnel seized four AK-series rifles, 1,300 live rounds and 30 hand grenades from a pickup truck at Zokhawthar in Champhai District of Mizoram on July 10 and arrested two Myanmar nationals. The consignment had been brought across the Tiau river from Myanmar's Chin State and was meant for a militant group operating in neighbouring Manipur, a defence spokesperson said. The two arrested men told interrogators that they had been paid INR 20,000 each to drive the vehicle to Aizawl. They and the seized items were handed over to Champhai Police for further investigation.""",
["IN", "MM"], [], ["strategic"],
[], ["Assam Rifles", "Champhai Police"],
"NO CURRENT INCIDENT: arms seizure + arrests = strategic; grenades seized, nothing exploded. IN via Mizoram/Champhai/Manipur/Aizawl; MM via 'Myanmar nationals', Chin State.")

art("satp", "2025-05-22", None,
"""Two Rohingya men were killed and at least five others were injured in a gunfight between members of the Arakan Rohingya Salvation Army (ARSA) and the Rohingya Solidarity Organisation (RSO) at Camp 13 in Ukhiya upazila of Cox's Bazar District on the night of May 21, Police said. The rival groups have been fighting for control of the camps, which shelter around a million refugees who fled Myanmar's Rakhine State. Personnel of the Armed Police Battalion (APBn) recovered a pistol and three rounds of ammunition from the site after the firing stopped. In March, three men were killed in a similar clash between the two groups in Camp 15.""",
["BD", "MM"], [("battle", "BD", "Camp 13", 2, False), ("battle", "BD", "Camp 15", 3, True)], [],
[], ["Arakan Rohingya Salvation Army", "Rohingya Solidarity Organisation", "Armed Police Battalion"],
"Gunfight between two armed groups = battle, 2. March clash in Camp 15 = background battle, 3. Incident country BD (Cox's Bazar), not MM: Myanmar/Rakhine only as where refugees came from. Location = camp name (most specific).")

art("satp", "2026-04-21", None,
"""Hundreds of Catholics gathered at St Sebastian's Church in Katuwapitiya, Negombo, on April 21 to mark the seventh anniversary of the 2019 Easter Sunday bombings, in which suicide bombers struck three churches and three hotels. More than 100 worshippers were killed at the Katuwapitiya church alone. The Archbishop of Colombo, Cardinal Malcolm Ranjith, who led the memorial Mass, again accused successive governments of shielding officials who had ignored prior intelligence warnings. Relatives laid white flowers before a memorial wall bearing the names of the dead. Police said security had been tightened at churches across the island for the day.""",
["LK"], [("explosion", "LK", "Katuwapitiya", 100, True)], ["strategic"],
["Malcolm Ranjith"], [],
"NO CURRENT INCIDENT: anniversary gathering (a memorial Mass, not a protest). Katuwapitiya church bombing = background explosion, 'more than 100' -> 100. The other five 2019 attacks are named only as a group without places or tolls -> not listed (like a001's merged attacks). Tightened security = security measure -> strategic. LK only via Negombo/Colombo.")

art("satp", "2026-02-16", None,
"""The Islamic State Khorasan Province (ISKP) on February 15 claimed responsibility for the February 5 bombing in Pul-e-Khumri, the capital of Baghlan Province, in which two officials of the Taliban's provincial intelligence directorate were killed. In a statement carried by its Amaq news agency, the group said its fighters had attached a magnetic bomb to the officials' vehicle near the city's main bazaar. Taliban spokesman Zabihullah Mujahid said three suspects linked to the attack had already been detained in Baghlan and neighbouring Kunduz Province and would be tried. The claim came ten days after the blast, an unusually long delay for the group.""",
["AF"], [("explosion", "AF", "Pul-e-Khumri", 2, True)], ["strategic"],
["Zabihullah Mujahid"], ["Islamic State Khorasan Province", "Amaq", "Taliban"],
"NO CURRENT INCIDENT: claim of responsibility for a 10-day-old bombing; the bombing = background explosion, 2. Detention of suspects = strategic. AF only via Baghlan/Kunduz/Pul-e-Khumri ('Khorasan' is a historical region, not a country).")

art("satp", "2025-11-21", None,
"""A Special National Investigation Agency (NIA) Court in Mohali on November 20 framed charges against four accused in the March 2025 grenade attack on a police post at Qadian in Gurdaspur District, in which a Head Constable was killed and two other personnel were injured. According to the charge sheet, the accused had received the grenade through a courier network run by a handler of Babbar Khalsa International (BKI) based in the United Kingdom. All four, residents of Batala, were arrested in April. The court fixed December 11 for the next hearing, when the prosecution is expected to begin examining its 46 witnesses.""",
["IN", "GB"], [("explosion", "IN", "Qadian", 1, True)], ["strategic"],
[], ["National Investigation Agency", "Babbar Khalsa International"],
"NO CURRENT INCIDENT: court framing charges = strategic. March grenade attack = background explosion, 1. GB via the handler 'based in the United Kingdom'. IN via Mohali/Gurdaspur/Batala.")

art("satp", "2025-08-15", None,
"""A mob beat two men to death on suspicion of cattle theft at Bahuria village in Mirzapur upazila of Tangail District in the early hours of August 14, Police said. Villagers caught the two as they allegedly tried to load three cows onto a pickup van, tied them to a tree and assaulted them with sticks and iron rods until Police arrived, Mirzapur Police Station Officer-in-Charge (OC) Mahbubur Rahman said. Both men were declared dead on arrival at the Upazila Health Complex. A case has been filed against 300 unnamed villagers. Rights group Ain o Salish Kendra (ASK) said 96 people were killed in mob beatings across Bangladesh in the first seven months of the year.""",
["BD"], [("riot", "BD", "Bahuria", 2, False)], ["strategic"],
["Mahbubur Rahman"], ["Ain o Salish Kendra"],
"Mob lynching = riot (NOTES: mob attacks are riot), 2. Case filed against villagers = charges -> strategic. ASK's 96 deaths = aggregate, not listed.")

art("satp", "2026-01-03", None,
"""Jharkhand Police said on January 2 that 31 CPI-Maoist cadres were killed, 212 arrested and 24 surrendered in the State during 2025, the lowest level of Left-Wing Extremist (LWE) activity since the State was formed in 2000. Director General of Police (DGP) Rajiv Ranjan Sahay said 10 security personnel had lost their lives during the year, most of them in IED blasts. The biggest single operation was an encounter at Manatu in Palamu District in June, in which five Maoists including a zonal commander were killed. The DGP claimed that the Maoist presence was now confined to pockets of the Saranda and Kolhan forests and vowed to end it by March.""",
["IN"], [("battle", "IN", "Manatu", 5, True)], [],
["Rajiv Ranjan Sahay"], ["Jharkhand Police", "CPI-Maoist"],
"NO CURRENT INCIDENT: annual police statistics (31 killed, 10 personnel killed, 'IED blasts') are aggregates, not listed; a statistics release is not an event. The June Manatu encounter is a specific past incident = background battle, 5.")

art("satp", "2025-12-04", None,
"""A militant of the National Socialist Council of Nagaland-Khaplang (Yung Aung), NSCN-K (YA), was killed in an encounter with Assam Rifles troops near Wakka village in Longding District of Arunachal Pradesh on December 3. Acting on information about the movement of armed cadres, troops laid an ambush on a jungle track; the militants opened fire when challenged and one of them was killed in the retaliatory fire while the others escaped towards the Myanmar border, a defence spokesperson said. A pistol, a hand grenade and a wireless set were recovered from the spot. NSCN-K (YA) cadres frequently move between camps in Myanmar's Sagaing Region and villages along the border.""",
["IN", "MM"], [("battle", "IN", "Wakka", 1, False)], [],
[], ["National Socialist Council of Nagaland-Khaplang", "Assam Rifles"],
"Encounter = battle, 1. Incident in IN (Arunachal Pradesh/Longding); MM via 'Myanmar border', Sagaing Region (not where it happened).")

art("satp", "2025-11-25", None,
"""Personnel of the Bomb Disposal Unit (BDU) defused a five-kilogram improvised explosive device (IED) planted near the gate of a government girls' primary school in Khar tehsil of Bajaur District on November 24, Police said. The device, concealed in a pressure cooker and fitted with a timer, was spotted by the school's watchman shortly before classes were due to begin, and the area was cordoned off. Police said a similar device had exploded outside a boys' school at Inayat Kalay in September, injuring two children. No group has claimed responsibility for planting either device, and a search operation has been launched in the surrounding villages.""",
["PK"], [("explosion", "PK", "Inayat Kalay", None, True)], ["strategic"],
[], ["Bomb Disposal Unit"],
"NO CURRENT INCIDENT: defused IED never exploded (strategic, as security-force recovery). September blast at Inayat Kalay = background explosion; only injuries -> null. PK only via Bajaur/Khar.")

art("satp", "2026-03-10", None,
"""Three personnel of the Frontier Corps (FC) were killed and two others were injured when a remote-controlled improvised explosive device (IED) struck their vehicle in the Buleda area of Kech District in Balochistan on March 9, the Inter-Services Public Relations (ISPR) said. The vehicle was part of a convoy escorting workers of a road construction company back to their camp. The Balochistan Liberation Front (BLF) claimed responsibility for the attack in a statement sent to the media. Security forces cordoned off the area and launched a search operation to trace the perpetrators.""",
["PK"], [("explosion", "PK", "Buleda", 3, False)], [],
[], ["Frontier Corps", "Inter-Services Public Relations", "Balochistan Liberation Front"],
"IED on an FC vehicle = explosion, 3. Post-attack cordon-and-search is the response to this incident (no separate strategic). PK only via Kech/Balochistan.")

art("satp", "2025-10-15", None,
"""Nepal Police and the Armed Police Force (APF) on October 14 launched a joint search operation in the hills of Rolpa District for the killers of Harka Bahadur Roka, a ward chairman of Thabang Rural Municipality who was hacked to death at his home on September 30. Police suspect a small armed group formed by former Maoist combatants who accuse local officials of diverting relief funds. Superintendent of Police Dil Bahadur Gharti said a reward of NPR 500,000 had been announced for information leading to the arrest of the five named suspects. Roka's family and fellow villagers have demanded swift action, saying they now live in fear.""",
["NP"], [("civilian_attack", "NP", "Thabang", 1, True)], ["strategic"],
["Harka Bahadur Roka", "Dil Bahadur Gharti"], ["Nepal Police", "Armed Police Force"],
"NO CURRENT INCIDENT: manhunt launched two weeks after the killing = strategic (security operation as the news). The September 30 killing = background civilian_attack, 1; location 'Thabang' (his municipality; home not otherwise named). NP via Rolpa (Nepal also inside 'Nepal Police').")

art("satp", "2026-02-05", None,
"""Relatives of Tamils who disappeared during and after the civil war staged a protest in front of the Kandaswamy Kovil in Kilinochchi on February 4, the country's Independence Day, holding photographs of their missing family members and black flags. The protesters, most of them elderly mothers, demanded that the Government in Colombo disclose the fate of those who had surrendered to the Army in May 2009, and rejected the Office on Missing Persons (OMP) as ineffective. The protest, the latest in a series held on national days since 2017, ended peacefully after three hours, although Police personnel video-recorded the participants.""",
["LK"], [("protest", "LK", "Kilinochchi", None, False)], [],
[], ["Office on Missing Persons"],
"Peaceful protest = protest, no deaths stated -> null (ended peacefully is not a statement about deaths). Location: Kilinochchi (the temple name is a building; town chosen as the place name; judgment). LK via Kilinochchi/Colombo. The 2009 surrenders are not an incident.")

art("satp", "2025-10-28", None,
"""At least six passengers, including a woman, were killed and nine others were injured when unidentified gunmen opened fire on a convoy of passenger vehicles travelling from Parachinar to Peshawar near Bagan in Lower Kurram District on October 27, officials said. The attackers fired from the surrounding hills, and security personnel escorting the convoy returned fire. Traffic on the Thall-Parachinar road was suspended after the attack. The road had reopened only in April after months of closure that followed the November 2024 ambush on a convoy near Mandori, in which more than 40 passengers were killed.""",
["PK"], [("civilian_attack", "PK", "Bagan", 6, False), ("civilian_attack", "PK", "Mandori", 40, True)], ["strategic"],
[], [],
"Gunmen firing on passenger vehicles = civilian_attack even though the escort returned fire (victims unarmed), 'at least six' -> 6. November 2024 convoy ambush = background civilian_attack, 'more than 40' -> 40. Suspension of traffic on the road = ban -> strategic. PK via Peshawar/Kurram.")


# ---------------------------------------------------------------------------------------
# bf4-21..40: wire-style articles, each with at least one current incident.
# ---------------------------------------------------------------------------------------

art("wire", "2025-06-15", "Gunmen kill seven at drug rehabilitation centre in central Mexico",
"""
SALAMANCA, Mexico - Armed men burst into a drug rehabilitation centre in the central Mexican city of Salamanca late on Saturday and opened fire on residents, killing at least seven people, the Guanajuato state prosecutor's office said on Sunday.

The attackers arrived in two pickup trucks shortly before midnight, forced the gate and shot the men in a dormitory where they were watching a football match, the office said in a statement. Six died at the scene and one of the wounded died in hospital early on Sunday; four others were in a stable condition.

No arrests had been made by Sunday afternoon, and prosecutors did not suggest a motive. Rehabilitation centres in Guanajuato have repeatedly been targeted by gangs fighting over the local drug trade, which accuse them of sheltering rivals.

Guanajuato, an industrial hub where Japanese and German carmakers run large assembly plants, has recorded more homicides than any other Mexican state for several years, as the Santa Rosa de Lima cartel has battled the Jalisco New Generation Cartel (CJNG) over fuel theft and drug routes.

Governor Libia Dennise García condemned the attack and said the National Guard would send additional patrols to Salamanca. "We will not allow these criminals to turn places of healing into places of death," she wrote on social media.
""",
["MX", "JP", "DE"], [("civilian_attack", "MX", "Salamanca", 7, False)], ["strategic"],
["Libia Dennise García"], ["Santa Rosa de Lima cartel", "Jalisco New Generation Cartel", "National Guard"],
"Shooting of unarmed rehab residents = civilian_attack; toll 6 at scene + 1 in hospital = 'at least seven' -> 7 (revised within the article). JP, DE via demonyms 'Japanese and German carmakers' (corpus counts demonyms; judgment). Extra National Guard patrols = deployment -> strategic; the governor's condemnation is domestic (not diplomacy).")

art("wire", "2025-07-15", "Motorcycle bomb kills two in Colombia's Jamundí; army says three dissidents killed in Cauca",
"""
CALI, Colombia - An explosives-laden motorcycle blew up outside a police station in the town of Jamundí, just south of Cali, on Tuesday morning, killing two civilians and wounding 14 people, five of them police officers, local authorities said.

Valle del Cauca Governor Dilian Francisca Toro blamed the Jaime Martínez front, a faction of the FARC dissident group known as the Estado Mayor Central (EMC), which has carried out a string of attacks on police and soldiers in southwestern Colombia this year. The blast destroyed two shops and a bus shelter opposite the station.

Hours later, soldiers clashed with fighters of the same faction in the rural area of El Plateado, in the neighbouring department of Cauca. The army said three dissidents were killed and one soldier was wounded in fighting that lasted much of the afternoon.

Defense Minister Pedro Sánchez said 500 more troops would be sent to Jamundí and announced a reward of 200 million pesos for information on the front's commander. Military intelligence believes some of the group's leaders move between Colombia and Venezuela.

The dissident factions, which rejected the 2016 peace deal signed by the FARC, finance themselves through coca and illegal gold mining. President Gustavo Petro's effort to negotiate with them has largely stalled.
""",
["CO", "VE"], [("explosion", "CO", "Jamundí", 2, False), ("battle", "CO", "El Plateado", 3, False)], ["strategic"],
["Dilian Francisca Toro", "Pedro Sánchez", "Gustavo Petro"], ["Jaime Martínez front", "Estado Mayor Central", "FARC"],
"Two incidents, two types, same country: motorcycle bomb = explosion, 2 (civilians; wounded not counted); army-dissident clash = battle, 3. TRAP: 'Pedro Sánchez' is Colombia's defence minister here, not Spain (no ES). VE via 'between Colombia and Venezuela'. Troop reinforcement = strategic. 2016 peace deal is background diplomacy, not listed.")

art("wire", "2025-08-14", "Car bomb explodes outside police station in Guayaquil; no deaths reported",
"""
GUAYAQUIL, Ecuador - A car packed with explosives blew up outside a police station in the Pascuales district of northern Guayaquil before dawn on Thursday, shattering windows along the block and setting two parked vehicles on fire.

No one was killed, police said. Three officers and a street vendor were treated for cuts from flying glass.

Police commander Víctor Herrera said the attack appeared to be retaliation for the seizure on Tuesday of 3.2 tonnes of cocaine hidden in a shipment of bananas bound for the Belgian port of Antwerp, which officers linked to the Los Lobos gang. "They want to frighten us. They will not," he told reporters at the scene.

President Daniel Noboa, who declared an "internal armed conflict" against the gangs in January 2024 and has sent soldiers into the streets and prisons, decreed a 60-day state of emergency in Guayaquil and two neighbouring cantons on Thursday afternoon, allowing the army to take part in searches and checkpoints.

Guayaquil, the country's main port, has become the centre of a violent contest between gangs tied to Mexican and Balkan trafficking networks, and car bombs have become a regular tactic against police and businesses that refuse to pay extortion.
""",
["EC", "BE", "MX"], [("explosion", "EC", "Pascuales", 0, False)], ["strategic"],
["Víctor Herrera", "Daniel Noboa"], ["Los Lobos"],
"Car bomb that exploded = explosion; 'No one was killed' -> explicit 0. BE via 'Belgian port of Antwerp' (destination, nothing happened there); MX via 'Mexican ... networks'; 'Balkan' is a region. State of emergency = strategic (the Tuesday cocaine seizure is context for the same slot).")

art("wire", "2026-01-29", "Kenyan police officer and four gang members killed in Haiti firefight",
"""
PORT-AU-PRINCE - A Kenyan police officer serving with the UN-authorised Gang Suppression Force was killed on Wednesday during a firefight with gang members in Cabaret, north of Haiti's capital, the force said in a statement.

At least four gang members were also killed in the exchange, which began when an armoured patrol came under fire near the town's main market, Haitian National Police spokesman Jean-Robert Pierre said. Two Haitian officers were wounded.

The officer is the third Kenyan to die in Haiti since Kenyan police arrived in June 2024 to lead the first international mission against the gangs, which now control most of Port-au-Prince and large parts of the surrounding Ouest and Artibonite departments.

In Nairobi, President William Ruto condemned "a cowardly attack on those who went to Haiti to protect the innocent" and said Kenya's commitment to the mission was unchanged. The officer's body will be flown home later this week.

Cabaret has been held since 2024 by the Viv Ansanm gang coalition, which has killed hundreds of people in raids on towns north of the capital. The United Nations says more than 5,600 people were killed in gang violence in Haiti last year.
""",
["HT", "KE"], [("battle", "HT", "Cabaret", 5, False)], ["diplomacy"],
["Jean-Robert Pierre", "William Ruto"], ["Gang Suppression Force", "Haitian National Police", "Viv Ansanm", "United Nations"],
"TRAP nationality vs place: the Kenyan officer died in Haiti -> incident country HT; KE mentioned (Kenyan, Nairobi, Kenya). Firefight security forces vs gang = battle; 1 officer + 'at least four' gang members = 5. 'Third Kenyan to die', 'hundreds' killed in raids and the UN's 5,600 are cumulative/aggregate, not listed. Ruto's condemnation = diplomacy.")

art("wire", "2025-09-09", "Indigenous leader shot dead in Mato Grosso do Sul as thousands march in Brasília",
"""
BRASÍLIA - Gunmen shot dead a Guarani Kaiowá leader at an Indigenous land occupation in the western Brazilian state of Mato Grosso do Sul on Tuesday, hours before thousands of Indigenous people marched through Brasília to demand that their ancestral lands be recognised.

Two men on a motorcycle opened fire on a group gathered at the Panambi-Lagoa Rica camp near the town of Douradina, killing 41-year-old Ava Rendy and wounding a teenager, the Indigenous Missionary Council (Cimi) said. Federal police said they had opened an investigation.

The camp, on land claimed both by Guarani Kaiowá families and by soy and cattle farmers, has been the scene of repeated confrontations in recent years.

In the capital, protesters in feather headdresses and body paint marched peacefully from the cathedral to the National Congress, where lawmakers are debating a bill that would make it harder to demarcate Indigenous territories. Organisers put the crowd at 8,000. The march ended with a minute's silence for the slain leader.

Minister of Indigenous Peoples Sonia Guajajara said she was "devastated" and called for federal forces to be sent to the area. Brazil has about 1.7 million Indigenous people.
""",
["BR"], [("civilian_attack", "BR", "Panambi-Lagoa Rica", 1, False), ("protest", "BR", "Brasília", None, False)], [],
["Ava Rendy", "Sonia Guajajara"], ["Indigenous Missionary Council", "National Congress"],
"Two incidents, two types: shooting at the camp = civilian_attack, 1 (location = the named camp, most specific; Douradina is the town); peaceful march = protest, null. The minister's call for forces is a request, not a deployment -> no strategic; police investigation not an event.")

art("wire", "2025-10-20", "Death toll in Maguindanao del Sur clan clash rises to nine",
"""
COTABATO CITY, Philippines - The number of people killed in a gunbattle between two armed clans in Maguindanao del Sur province rose to nine on Monday after soldiers recovered four more bodies from a marsh near the village where the fighting took place, the army said.

Officials had reported five dead on Sunday. The clash broke out on Saturday morning in Barangay Pamalian in Shariff Saydona Mustapha town between families led by rival commanders of the Moro Islamic Liberation Front (MILF), whose feud over a land boundary dates back more than a decade.

Lieutenant Colonel Ronald Macapagal, commander of the army battalion in the area, said troops had been deployed as a buffer between the two sides and that the fighting had stopped. Nearly 400 families fled to evacuation centres in neighbouring towns.

"Rido", or clan warfare, remains one of the main causes of violence in the Bangsamoro autonomous region, created under a 2014 peace agreement between the government and the MILF brokered by Malaysia. Regional officials have urged the MILF leadership to disarm the feuding commanders before the region's parliamentary elections.
""",
["PH", "MY"], [("battle", "PH", "Barangay Pamalian", 9, False)], ["strategic"],
["Ronald Macapagal"], ["Moro Islamic Liberation Front"],
"FOLLOW-UP with a revised toll: 5 -> 9, latest figure used. Clan warfare between armed groups = battle (bf3 convention). Clash on Saturday, story Monday = within two days, current. Buffer deployment = strategic. MY via 'brokered by Malaysia' (2014 agreement is background, not listed).")

art("wire", "2025-12-13", "Two rangers killed in attack on base in Thailand's Yala; roadside bomb wounds soldiers in Narathiwat",
"""
YALA, Thailand - Suspected separatist insurgents attacked a paramilitary ranger base in Bannang Sata district of Yala province late on Friday, killing two rangers and wounding three in a gunfight that lasted about 20 minutes, the army's regional command said on Saturday.

The attackers, estimated at around 15, fired rifles and M79 grenade launchers at the base from a rubber plantation before retreating, scattering nails on the road to slow pursuing vehicles. Troops found spent cartridges and bloodstains, suggesting that at least one attacker had been hit.

On Saturday morning a bomb hidden in a roadside ditch exploded as an army patrol passed in Rueso district of neighbouring Narathiwat province, wounding two soldiers. No deaths were reported in the second attack.

Colonel Winai Suksawat, a spokesman for the Internal Security Operations Command Region 4, said both attacks bore the hallmarks of the Barisan Revolusi Nasional (BRN), the main insurgent group, and that some suspects may have slipped across the border into Malaysia.

More than 7,000 people have been killed since the insurgency in the Malay Muslim-majority provinces of Pattani, Yala and Narathiwat flared in 2004.
""",
["TH", "MY"], [("battle", "TH", "Bannang Sata", 2, False), ("explosion", "TH", "Rueso", 0, False)], [],
["Winai Suksawat"], ["Internal Security Operations Command", "Barisan Revolusi Nasional"],
"Two incidents: assault on a ranger base with gunfire and grenade launchers = battle, 2 ('at least one attacker had been hit' is not a death); roadside bomb = explosion, 'No deaths were reported' -> 0. MY via suspects fleeing 'into Malaysia'; 'Malay Muslim' is ethnic. 7,000 since 2004 = aggregate.")

art("wire", "2026-03-04", "Arakan Army says dozens of junta troops killed in Kyaukphyu fighting",
"""
The Arakan Army (AA) said on Wednesday that dozens of Myanmar government soldiers had been killed in fighting on the outskirts of Kyaukphyu, the Rakhine State port town where China is building a deep-sea port and from which oil and gas pipelines run to China's Yunnan province.

The group's spokesman, Khaing Min Aung, said in an online statement that AA fighters had overrun two military outposts near the town's airport on Tuesday after three days of fighting. The military, which has rarely acknowledged its losses, did not comment.

Residents said navy vessels off the coast shelled Ma-Ei village, south of the town, on Tuesday, killing four civilians including two children. Several houses were destroyed, one resident told reporters by phone.

The AA has seized 14 of Rakhine's 17 townships since late 2023, as well as the military's Western Command headquarters, leaving Kyaukphyu, the state capital Sittwe and Manaung island as the junta's last major footholds in the state. Beijing has repeatedly called on both sides to protect Chinese investments and staff.

Tens of thousands of Rohingya have fled the fighting into neighbouring Bangladesh over the past two years.
""",
["MM", "CN", "BD"], [("battle", "MM", "Kyaukphyu", 12, False), ("explosion", "MM", "Ma-Ei", 4, False)], [],
["Khaing Min Aung"], ["Arakan Army"],
"Fighting for outposts = battle; 'dozens' -> 12 (ACLED rule; the AA's figure is the only one). Naval shelling of a village = explosion, 4. CN via China/Yunnan/Beijing, BD via refugees: neither is where anything happened. Territorial gains since 2023 = background/aggregate; Beijing's repeated calls = context, not listed.")

art("wire", "2026-02-17", "Militia kills dozens at gold mining site in Congo's Ituri, local officials say",
"""
BUNIA, Democratic Republic of Congo - Fighters of the CODECO militia attacked an artisanal gold mining site near Mongbwalu in Congo's northeastern Ituri province on Sunday night, killing dozens of miners and traders, local officials said on Tuesday.

The attackers came at about 10 p.m., shooting and hacking people with machetes in the makeshift camp where miners sleep beside the pits, said Dieudonné Lossa, a civil society leader in Djugu territory. Rescue teams were still searching the pits on Tuesday and the toll could rise, he said. The provincial government confirmed the attack but gave no figure.

CODECO, a loose coalition of militias drawn mainly from the Lendu community, says it protects Lendu farmers against the rival Hema community and other armed groups. UN investigators have accused its factions of massacres that may amount to crimes against humanity, and say the militias have killed more than 2,000 civilians in Ituri since 2017.

The Congolese army is stretched thin in the east, where Rwanda-backed M23 rebels seized the cities of Goma and Bukavu early last year. Ugandan troops, deployed in Ituri under a bilateral agreement to fight the Allied Democratic Forces (ADF), were not present in the area, a military source said.
""",
["CD", "RW", "UG"], [("civilian_attack", "CD", "Mongbwalu", 12, False)], [],
["Dieudonné Lossa"], ["CODECO", "M23", "Allied Democratic Forces"],
"Massacre of miners = civilian_attack; 'dozens' -> 12. Sunday night attack, Tuesday story = within two days. 2,000 since 2017 = aggregate. RW via 'Rwanda-backed', UG via 'Ugandan troops' (state actors, not where the attack was). M23's seizure of Goma/Bukavu = background strategic, not listed.")

art("wire", "2025-10-09", "Three killed as protesters torch police post in Mozambique's Nampula",
"""
NAMPULA, Mozambique - Three people were killed and at least 20 injured in the northern Mozambican city of Nampula on Wednesday when protests over a sharp rise in minibus fares turned violent and police opened fire, a hospital official said.

Crowds blocked roads with burning tyres in the Namutequeliua neighbourhood, set fire to a police post and looted a South African-owned supermarket, witnesses said. Police spokesman Dércio Chacate said officers had fired to protect themselves after being attacked with stones and petrol bombs, and that 43 people had been arrested.

The three dead, all young men, were brought to Nampula Central Hospital with gunshot wounds, its deputy director said.

Transport operators raised fares by up to 50% this week, blaming the rising cost of fuel. The government in Maputo has said it will meet the operators on Friday.

Mozambique was shaken by weeks of deadly unrest after the disputed October 2024 elections, in which opposition leader Venâncio Mondlane said the vote had been rigged in favour of the ruling Frelimo party. Rights groups say security forces killed more than 300 people during that wave of protests.
""",
["MZ", "ZA"], [("riot", "MZ", "Namutequeliua", 3, False)], ["strategic"],
["Dércio Chacate", "Venâncio Mondlane"], ["Frelimo", "Nampula Central Hospital"],
"Violent demonstration (arson, looting, stones) = riot, 3 (protesters shot by police are part of the same event; not a separate civilian_attack, judgment). ZA via 'South African-owned supermarket'. 43 arrests = strategic. Friday meeting is future; 2024 unrest and its 300 deaths = aggregate background, not listed.")

art("wire", "2026-02-12", "Gunmen abduct dozens of bus passengers in Ethiopia's Oromia region",
"""
ADDIS ABABA - Gunmen stopped two long-distance buses on the main road between Addis Ababa and the northern city of Bahir Dar on Wednesday and abducted at least 30 passengers, regional officials and relatives said.

The attack happened near the town of Gerba Guracha in Oromia's North Shewa zone, about 150 km north of the capital. One passenger who tried to run away was shot dead, a relative of another passenger said. The kidnappers later phoned families demanding ransoms of up to 500,000 birr per person.

Oromia regional officials blamed the Oromo Liberation Army (OLA), which has fought the federal government since 2018. An OLA spokesman denied involvement and accused government-allied militias of staging abductions to discredit the group.

Kidnappings for ransom have become frequent on roads through western and northern Oromia, where the OLA is active and where talks between the rebels and the government, held in neighbouring Tanzania, broke down in 2023.

Federal police said a rescue operation was under way.
""",
["ET", "TZ"], [("civilian_attack", "ET", "Gerba Guracha", 1, False)], [],
[], ["Oromo Liberation Army"],
"Mass abduction = civilian_attack. TRAP: 'at least 30' and 'dozens' are the number abducted, not killed; one passenger shot dead -> 1. TZ via the 2023 talks venue (background diplomacy, not listed). Blame/denial between a regional government and a rebel group is not diplomacy (judgment); the rescue operation is the response to the incident.")

art("wire", "2026-01-19", "RSF shelling kills 11 at market in besieged Sudanese town of Dilling",
"""
Shelling by Sudan's paramilitary Rapid Support Forces (RSF) hit a crowded market in the besieged South Kordofan town of Dilling on Monday, killing 11 people and wounding more than 30, the Sudan Doctors Network said.

The medical group said women and children were among the dead and that the town's only functioning hospital was overwhelmed. The toll could rise, it said.

The RSF and its ally, the Sudan People's Liberation Movement-North faction led by Abdelaziz al-Hilu, have encircled Dilling and the state capital Kadugli for months, cutting supply routes and pushing thousands of people towards the border with South Sudan.

Residents who reached Dilling on Monday said scores of people had been killed when RSF fighters raided the nearby village of Habila on Saturday. Their account could not be independently verified.

The RSF did not respond to requests for comment. It has previously denied targeting civilians.

The war between the army and the RSF, which began in April 2023, has killed tens of thousands of people and displaced about 12 million, creating what the United Nations calls the world's largest humanitarian crisis. Efforts by the United States, Saudi Arabia, Egypt and the United Arab Emirates to broker a humanitarian truce have so far failed.
""",
["SD", "SS", "US", "SA", "EG", "AE"], [("explosion", "SD", "Dilling", 11, False), ("civilian_attack", "SD", "Habila", None, False)], [],
["Abdelaziz al-Hilu"], ["Rapid Support Forces", "Sudan Doctors Network", "Sudan People's Liberation Movement-North", "United Nations"],
"Shelling of a market = explosion, 11. RSF raid on Habila on Saturday (two days before the Monday story) = current civilian_attack; 'scores' -> null (NOTES: vaguer words than dozens/tens/hundreds -> null). War total = aggregate. Truce efforts = context, not news (no diplomacy). SS via 'border with South Sudan'.")

art("wire", "2025-07-17", "Drone hits Kurdistan gas field without casualties; Basra protesters demand power",
"""
SULAIMANIYAH, Iraq - A drone struck a storage tank at the Khor Mor gas field in Iraq's Kurdistan region late on Wednesday, starting a fire that was brought under control within hours, the field's operator said. There were no casualties.

The strike forced a halt in gas supplies to power stations that generate much of the region's electricity, cutting output by about 2,500 megawatts, the Kurdistan Regional Government's electricity ministry said.

Khor Mor, operated by UAE-based Dana Gas and its partners, has been hit by rockets and drones several times since 2022. No group claimed Wednesday's attack, but Kurdish officials have previously blamed Iran-aligned armed factions. The U.S. embassy in Baghdad condemned the strike and urged the Iraqi government to hold those responsible to account.

In the southern city of Basra, hundreds of people protested outside the provincial council building on Thursday over power cuts that have left many homes without electricity for up to 14 hours a day in temperatures above 45 degrees Celsius. The protest was peaceful, and police kept their distance.

Iraq imports gas and electricity from Iran to cover a shortfall in summer, when demand peaks.
""",
["IQ", "AE", "IR", "US"], [("explosion", "IQ", "Khor Mor", 0, False), ("protest", "IQ", "Basra", None, False)], ["diplomacy"],
[], ["Dana Gas", "Kurdistan Regional Government"],
"Two incidents, two types: drone strike on the gas field = explosion, 'There were no casualties' -> 0; peaceful power-cut protest = protest, null. AE via 'UAE-based' operator, IR via 'Iran-aligned' and imports from Iran, US via its embassy (state actor). EMBASSY TRAP: the US embassy is in Baghdad; it condemns (diplomacy) but nothing happened to or in the US. Earlier attacks since 2022 = unspecified, not listed.")

art("wire", "2025-11-20", "Seven killed in clashes between Syrian army and SDF near Deir Hafer; Israeli drone kills man in Quneitra",
"""
DAMASCUS - Clashes between Syrian government forces and the Kurdish-led Syrian Democratic Forces (SDF) near the town of Deir Hafer, east of Aleppo, killed at least seven fighters on Wednesday, a war monitor and a Syrian military source said.

The Syrian Observatory for Human Rights said four government soldiers and three SDF fighters died after an SDF unit fired on an army position and the army responded with artillery. The SDF said government forces had attacked first. The defence ministry in Damascus accused the SDF of violating a March agreement under which the group is to merge into state institutions.

The US-backed SDF controls most of northeastern Syria. Turkey, which regards it as an extension of the Kurdistan Workers' Party (PKK), has threatened military action if the integration deal collapses.

Separately, state news agency SANA said an Israeli drone strike on a motorcycle near the village of Jubata al-Khashab in Quneitra province on Thursday killed one man. The Israeli military said it had targeted a man smuggling weapons near the buffer zone on the Golan Heights.

Israel has carried out hundreds of strikes in Syria since the fall of Bashar al-Assad in December 2024 and keeps troops in a buffer zone in the south.
""",
["SY", "US", "TR", "IL"], [("battle", "SY", "Deir Hafer", 7, False), ("explosion", "SY", "Jubata al-Khashab", 1, False)], ["diplomacy"],
["Bashar al-Assad"], ["Syrian Democratic Forces", "Syrian Observatory for Human Rights", "Kurdistan Workers' Party", "SANA"],
"Army-SDF clash = battle (first-named mechanism gunfire, then artillery), 'at least seven' -> 7 (4+3). Israeli drone strike in Syria -> country SY (IL is the actor), 1. The ministry's accusation = diplomacy (judgment; it accuses a domestic armed party of breaking an agreement). 'Hundreds of strikes' = aggregate. 'Kurdistan' only inside the PKK name.")

art("wire", "2025-06-12", "Car bomb targets security commander's convoy in Aden, killing four guards",
"""
ADEN, Yemen - A car bomb exploded beside a convoy carrying a senior security commander in Aden's Khor Maksar district on Thursday, killing four of his guards and wounding six people, among them two passers-by, security officials said.

The commander, Brigadier Saleh al-Yafei, who leads a counter-terrorism unit loyal to the Southern Transitional Council (STC), escaped with minor injuries, the officials said. The explosives had been packed into a parked car and were detonated as the vehicles passed the university campus.

No group claimed responsibility. Al-Qaeda in the Arabian Peninsula (AQAP) has repeatedly targeted STC commanders in Aden and the neighbouring province of Abyan, including a car bombing in the town of Mudiyah in Abyan last October that killed six soldiers.

The STC, which was formed with backing from the United Arab Emirates, controls Aden, the seat of the internationally recognised government. The Iran-aligned Houthis hold the capital Sanaa and much of the north. Saudi Arabia, which leads the coalition that intervened in 2015 to support the government, has been holding talks with the Houthis on a roadmap to end the war.
""",
["YE", "AE", "IR", "SA"], [("explosion", "YE", "Khor Maksar", 4, False), ("explosion", "YE", "Mudiyah", 6, True)], [],
["Saleh al-Yafei"], ["Southern Transitional Council", "Al-Qaeda in the Arabian Peninsula", "Houthis"],
"Car bomb = explosion, 4 guards (commander survived). Last October's Mudiyah car bombing = background explosion, 6. AE, IR, SA are backers/actors, nothing happened there. Saudi-Houthi talks are ongoing context ('has been holding'), not this article's news -> no diplomacy (judgment). 'Sanaa' is the city.")

art("wire", "2025-12-03", "Georgian police use water cannon as Tbilisi protest turns violent; dozens detained",
"""
TBILISI - Georgian riot police fired water cannon and pepper spray to disperse protesters who hurled fireworks and stones at officers outside parliament on Rustaveli Avenue late on Tuesday, in the most violent night of demonstrations in the capital for months.

Protesters set fire to barricades of rubbish bins and smashed windows of a government building before police cleared the avenue shortly after midnight, witnesses said. The interior ministry said 42 people had been detained and 17 officers injured. No deaths were reported.

The demonstrators were protesting against a new law that requires media and non-governmental organisations receiving foreign funding to register as agents of foreign influence, a measure critics liken to legislation used in Russia to silence dissent.

Prime Minister Irakli Kobakhidze accused "radical groups financed from abroad" of organising the violence. The U.S. State Department said it was "deeply concerned" by the crackdown and urged the government to respect the right to peaceful assembly.

Georgia's ruling Georgian Dream party has faced daily protests since it froze talks on joining the European Union in late 2024.
""",
["GE", "RU", "US"], [("riot", "GE", "Rustaveli Avenue", 0, False)], ["strategic", "diplomacy"],
["Irakli Kobakhidze"], ["Georgian Dream", "State Department", "European Union"],
"Violent demonstration (stones, fireworks, arson) = riot; 'No deaths were reported' -> 0 (bf3 convention). Location = the avenue (most specific). 42 detained = strategic; US State Department concern = diplomacy. RU via 'legislation used in Russia'. Georgia here is the country (GE). Daily protests since 2024 = unspecified, not listed.")

art("wire", "2025-07-24", "Toll from Russian drone strike on Kharkiv apartment block rises to five",
"""
KYIV - The death toll from a Russian drone strike on an apartment building in Ukraine's second city of Kharkiv rose to five on Thursday after rescuers pulled two more bodies from the rubble, regional governor Oleh Syniehubov said.

Three people had been reported killed on Wednesday, when a drone slammed into the upper floors of the nine-storey block in the Saltivskyi district shortly after 2 a.m., causing part of the building to collapse. Twenty-one people were injured, among them four children.

Ukraine's air force said Russia launched 97 Iranian-designed Shahed drones and decoys at Ukraine overnight into Wednesday, of which 71 were shot down or jammed.

In Russia's Belgorod region, a Ukrainian drone hit a car near the town of Shebekino on Wednesday evening, killing the driver, regional governor Vyacheslav Gladkov said. Russia's defence ministry said its air defences had destroyed 39 Ukrainian drones over several regions overnight.

The strikes came as U.S. and European officials pressed both sides to agree to a ceasefire. Kremlin spokesman Dmitry Peskov said on Thursday that Moscow remained open to talks but that its conditions had not changed.
""",
["UA", "RU", "IR", "US"], [("explosion", "UA", "Saltivskyi district", 5, False), ("explosion", "RU", "Shebekino", 1, False)], ["diplomacy"],
["Oleh Syniehubov", "Vyacheslav Gladkov", "Dmitry Peskov"], ["Kremlin"],
"FOLLOW-UP with revised toll 3 -> 5 (latest). Kharkiv strike = explosion in UA (location: the named district, most specific); Ukrainian drone hitting a car near Shebekino = explosion in RU, 1. Nationality vs place: 'Russian drone' strike happens in UA; 'Ukrainian drone' in RU. Launch/interception counts (97, 71, 39) are aggregates, not incidents. IR via 'Iranian-designed'. Ceasefire pressure and Kremlin statement = diplomacy.")

art("wire", "2026-03-19", "Cameroon army says eight separatist fighters killed in Northwest raid",
"""
YAOUNDÉ - Cameroonian soldiers killed eight separatist fighters in a raid on a camp near Bali Nyonga in the English-speaking North West region on Tuesday, the army said on Thursday.

Troops of the Rapid Intervention Battalion (BIR) surrounded the camp at dawn and came under fire from the fighters, army spokesman Captain Serge Mbida said in a statement. Eight fighters, including a self-styled "general", were killed and four soldiers were wounded, he said. Soldiers seized rifles, homemade shotguns and explosives that the army said had been smuggled from Nigeria.

Separatist commanders disputed the army's account on social media but gave no figure of their own. Independent verification is difficult because access to the area is restricted.

The conflict in Cameroon's two Anglophone regions began in 2017, when a government crackdown on protests by lawyers and teachers prompted armed groups to declare an independent state they call Ambazonia. The International Crisis Group estimates that more than 6,000 people have been killed and hundreds of thousands displaced.

Peace efforts have made little progress since Canada announced in 2023 that it would facilitate talks, an initiative the government in Yaoundé later said it had never agreed to.
""",
["CM", "NG", "CA"], [("battle", "CM", "Bali Nyonga", 8, False)], [],
["Serge Mbida"], ["Rapid Intervention Battalion", "International Crisis Group"],
"Army raid met with fire = battle, 8 (the only figure). TRAP: 'Bali Nyonga' is in Cameroon (no ID); 'Ambazonia' is not a country. 6,000 since 2017 = cumulative aggregate. NG via smuggled weapons, CA via the 2023 mediation (background diplomacy, not listed). Weapons seized in the raid are part of it.")

art("wire", "2025-08-05", "Zambian peacekeeper killed in ambush in Central African Republic",
"""
BANGUI - A Zambian peacekeeper was killed and two others were wounded when gunmen ambushed a UN patrol near Sam Ouandja in the northeast of the Central African Republic on Sunday, the UN mission MINUSCA said.

The patrol was escorting a humanitarian convoy on the road from Ouadda when it came under fire from armed men hidden in the bush, the mission said in a statement. The peacekeepers returned fire and the attackers fled. MINUSCA did not say whether any assailants were killed.

The area, near the border with Sudan, has seen a rise in attacks since fighters and weapons began crossing from Darfur during Sudan's war. MINUSCA blamed "elements of an armed group" without naming it.

UN Secretary-General António Guterres condemned the killing and said attacks on peacekeepers could constitute war crimes. Zambia's foreign ministry said the soldier's body would be flown home to Lusaka once formalities were complete, and called on the government in Bangui to find the killers.

MINUSCA, one of the UN's largest peacekeeping missions with about 14,000 troops and police, has lost more than 200 personnel since it was deployed in 2014.
""",
["CF", "ZM", "SD"], [("battle", "CF", "Sam Ouandja", 1, False)], ["diplomacy"],
["António Guterres"], ["MINUSCA"],
"TRAP nationality vs place: Zambian peacekeeper killed in CAR -> incident CF; ZM via Zambian/Lusaka. Ambush on an armed patrol = battle, 1 ('did not say whether any assailants were killed' -> not counted). SD via border/Darfur. UN condemnation and Zambia's call = diplomacy. 200 personnel since 2014 = cumulative aggregate.")

art("wire", "2025-10-02", "Moldovans protest outside Russian embassy after drone strike kills two in Ukraine's Izmail",
"""
CHISINAU - Several hundred people rallied outside the Russian embassy in Chisinau on Thursday evening after a Russian drone strike on the Ukrainian Danube port of Izmail, across the river from Moldova and Romania, killed two port workers overnight.

The drones hit grain warehouses and an administrative building in the port shortly after midnight, Odesa regional governor Oleh Kiper said. Two men working a night shift were killed and five people were injured.

Residents of the Moldovan village of Giurgiulesti, a few kilometres away, said the explosions rattled their windows. Moldova's foreign ministry summoned the Russian ambassador to protest against what it called a reckless attack close to its border.

The protesters in Chisinau, many carrying Moldovan, Ukrainian and European Union flags, chanted slogans against the war and laid candles at the embassy gate. Police said the rally was peaceful.

In neighbouring Romania, the defence ministry said it had scrambled two F-16 fighter jets during the attack and that radar had tracked one drone briefly entering its airspace before it returned to Ukraine. Romania and Moldova have repeatedly complained of drone debris falling on their territory since Russia began targeting Ukraine's Danube ports in 2023.
""",
["MD", "RU", "UA", "RO"], [("explosion", "UA", "Izmail", 2, False), ("protest", "MD", "Chisinau", None, False)], ["diplomacy", "strategic"],
["Oleh Kiper"], ["European Union"],
"EMBASSY TRAP: the protest outside the Russian embassy happens in Chisinau -> MD, not RU. Drone strike on Izmail port = explosion in UA, 2. Explosions heard in Giurgiulesti are the same strike (no incident in MD). Summoning the ambassador = diplomacy; Romania scrambling jets = deployment -> strategic. Drone incursion without a strike is not an incident.")


# ---------------------------------------------------------------------------------------
# bf4-41..60: quiet articles, no current incident, violence vocabulary.
# ---------------------------------------------------------------------------------------

art("quiet", "2025-10-21", "Iraqi court sentences three to death over 2021 Sadr City market bombing",
"""
BAGHDAD - An Iraqi criminal court on Tuesday sentenced three men to death for their role in a suicide bombing at a crowded market in Baghdad's Sadr City in July 2021 that killed at least 30 people on the eve of the Eid al-Adha holiday.

The court found that the men, whose names were not released, had sheltered the bomber and driven him to the Wahailat market, the Supreme Judicial Council said in a statement. A fourth defendant was sentenced to 15 years in prison for helping to obtain the explosives. The verdicts can be appealed.

The Islamic State group claimed the attack, one of the deadliest in the Iraqi capital in years. Families of victims who attended the hearing said the sentences brought some relief but demanded that the organisers also be caught.

Iraq has carried out dozens of executions of people convicted on terrorism charges in recent years, drawing criticism from human rights groups, which say many confessions were extracted under torture.
""",
["IQ"], [("explosion", "IQ", "Wahailat market", 30, True)], ["strategic"],
[], ["Supreme Judicial Council", "Islamic State"],
"QUIET (sentencing for an old attack): court verdict = strategic. July 2021 market suicide bombing = background explosion, 'at least 30' -> 30, location = the named market (most specific). 'Dozens of executions' are judicial, not incidents.")

art("quiet", "2025-09-01", "Beslan marks 21 years since school siege",
"""
BESLAN, Russia - Hundreds of people gathered in the ruined gymnasium of School No. 1 in Beslan on Monday to begin three days of mourning for the victims of the 2004 school siege, laying flowers and bottles of water beneath photographs of the dead.

Chechen and Ingush militants seized more than 1,100 people, most of them children and parents, on the first day of the school year in the North Ossetian town. The siege ended on its third day with explosions and a chaotic storming by Russian security forces; more than 330 hostages, 186 of them children, were killed.

"Every September we come back to this room, and every year there are fewer of us," said Fatima Tsagaeva, who lost her son and her sister in the siege.

Members of the Mothers of Beslan group, which has long demanded an independent inquiry into the authorities' handling of the siege, rang a school bell at 9:15 a.m., the moment the militants arrived. In 2017 the European Court of Human Rights ruled that Russia had failed to protect the hostages and had used indiscriminate force.

The commemorations will end on Wednesday with the release of white balloons, one for each victim.
""",
["RU"], [("civilian_attack", "RU", "Beslan", 330, True)], [],
["Fatima Tsagaeva"], ["Mothers of Beslan", "European Court of Human Rights"],
"QUIET (anniversary): mourning gathering is not a protest. The 2004 siege = one background civilian_attack (hostage-taking; the explosions and storming are part of it), 'more than 330' -> 330. RU via Russia/Beslan/North Ossetian/Chechen/Ingush. The 2017 ECHR ruling = background court case, not listed.")

art("quiet", "2026-07-16", "Police killings in Brazil fell for a third year in 2025, security forum says",
"""
SÃO PAULO - Police in Brazil killed 5,812 people in 2025, 9% fewer than the year before and the third consecutive annual fall, the Brazilian Public Security Forum said on Thursday in its yearly report.

The non-governmental forum, which compiles data from state security departments, said the decline was driven by São Paulo and Rio de Janeiro states, where more officers now wear body cameras. Bahia remained the state with the highest number of deaths caused by police, at 1,480, followed by Rio de Janeiro and Pará.

Overall, 38,722 people were victims of intentional violent deaths in the country last year, the lowest figure since the forum began its series in 2011. Researchers said the fall in homicides was real but uneven, and warned that figures in the Amazon region were rising as drug gangs spread along river routes.

"A police force that kills less is not a police force that fights crime less," the forum's research director, Renata Moraes, said at the report's launch. "The data show the opposite."

Police unions criticised the report, saying it treated officers who fire in self-defence as aggressors. Some 170 police officers were killed in 2025, most of them while off duty.
""",
["BR"], [], [],
["Renata Moraes"], ["Brazilian Public Security Forum"],
"QUIET (statistics): every figure is an annual aggregate (police killings, homicides, officers killed) -> no incidents. A report's publication is not an event.")

art("quiet", "2026-03-03", "Marines storm Thai beach as Cobra Gold exercise reaches its climax",
"""
CHONBURI, Thailand - Amphibious assault vehicles rolled ashore at Hat Yao beach in Chonburi province on Tuesday as Thai, U.S. and South Korean marines staged a mock beach landing, the highlight of the annual Cobra Gold military exercise.

Helicopters fired flares overhead and engineers set off controlled charges to simulate clearing mines from the shoreline, as several hundred spectators, including diplomats and local schoolchildren, watched from a safe distance. No live ammunition was used in the landing.

About 8,000 troops from Thailand, the United States, Japan, South Korea, Singapore, Indonesia and Malaysia are taking part in this year's drills, which run until March 13 and include live-fire training at the Lopburi artillery range, cyber defence workshops and disaster relief drills.

Cobra Gold, first held in 1982, is one of the largest multinational exercises in Asia. Chinese military observers attended for the first time in several years, Thai officials said.

"The goal is not to fight a war but to learn how to work together if disaster strikes," said Rear Admiral Somchai Rattanakul of the Royal Thai Marine Corps.
""",
["TH", "US", "KR", "JP", "SG", "ID", "MY", "CN"], [], [],
["Somchai Rattanakul"], ["Royal Thai Marine Corps"],
"QUIET (training exercise): mock landing, controlled charges, live-fire training = no incidents. A scheduled exercise is not a deployment in NOTES' sense -> no strategic (judgment). CN via 'Chinese military observers'. 'Asia' is a continent.")

art("quiet", "2025-09-26", "'Plomo' review: a cartel thriller that lands like a bombshell",
"""
Valeria Ocampo's third feature opens with a wedding in a Sinaloa village, and within ten minutes the bride's brother has been executed on the dance floor. It is a brutal, breathless start, and 'Plomo' rarely lets up after it.

Ocampo, who grew up in Culiacán, follows a teenage lookout, Chuy (a ferocious debut by Emiliano Duarte), as he is drawn into a cartel war he barely understands. The shootouts are staged with a documentary rawness, and a mid-film ambush on a mountain road is as tense as anything in recent cinema.

What makes the film more than a body count is its patience with the people left behind. Chuy's mother, played with quiet devastation by Marisol Arce, spends most of the film trying to get a straight answer from police officers who shoot down every complaint she files.

Not everything works. A subplot about a corrupt federal agent feels bolted on, and the explosive finale leans too hard on slow motion. But the central performance is a killer, and the final image, a boy washing blood from a borrowed pistol, will linger.

'Plomo', which premiered to a standing ovation at the San Sebastián festival last week, opens in Mexican cinemas on October 10.
""",
["MX", "ES"], [], [],
["Valeria Ocampo", "Emiliano Duarte", "Marisol Arce"], [],
"QUIET (film review): executions, shootouts and an ambush happen inside a fiction -> no incidents. 'bombshell', 'shoot down every complaint', 'explosive finale', 'a killer' are figurative. MX via Sinaloa/Culiacán/Mexican; ES via San Sebastián (festival venue).")

art("quiet", "2025-08-29", "Ajax land Colombian attack-minded midfielder in late raid on Braga",
"""
AMSTERDAM - Ajax completed the signing of Colombian midfielder Juan Esteban Mosquera from Portuguese side Braga on Friday, fending off a rival bid on deadline day in a deal worth a reported 18 million euros.

The 22-year-old, an attack-minded playmaker known for his killer through balls, scored nine goals and made 11 assists last season. He signed a five-year contract and will wear the number 10 shirt.

Ajax director of football Pieter Hoekstra shot down reports that the club had needed to sell before buying. "We did not have to sell anyone to fund this," he said. "Juan brings the spark our attack has been missing."

The Dutch giants have made a poor start to the Eredivisie season, with one win from three matches, and coach Frank de Wit had complained that the squad lacked a creative midfielder after their captain left for the Premier League.

Braga, who bought Mosquera from Atlético Nacional in Medellín two years ago, will receive a 15% sell-on fee from any future transfer. His arrival caps a window in which Ajax also raided French club Lille for defender Théo Garnier.
""",
["NL", "CO", "PT", "FR"], [], [],
["Juan Esteban Mosquera", "Pieter Hoekstra", "Frank de Wit", "Théo Garnier"], ["Ajax", "Braga", "Atlético Nacional", "Lille", "Eredivisie"],
"QUIET (sport): 'attack-minded', 'raid', 'killer through balls', 'shot down reports' are sport/figurative. Countries by sport convention: NL (Amsterdam, Dutch), CO (Colombian, Medellín), PT (Portuguese side), FR (French club Lille). 'Premier League' is a league name (no GB, judgment).")

art("quiet", "2025-05-10", "Raid the pantry: a Melbourne chef's weeknight flavour bombs",
"""
There is a moment most weeknights when dinner feels like a siege: everyone is hungry, the fridge is bare and the takeaway menu is winning the war. Melbourne chef Linh Tran has a plan of attack for exactly that moment, and it starts with a raid on the pantry.

Tran, who grew up in Hanoi before moving to Australia at 19, calls her new book 'Flavour Bombs' a survival guide for tired cooks. Each chapter is built around a jar: chilli crisp, miso butter, a lime-leaf salt, a quick Thai-style curry paste that keeps for a month.

"If you have three of these in the fridge, you are never more than 15 minutes from something good," she says, smashing garlic with the flat of a cleaver.

Her tomato and egg stir-fry is a knockout, and a tray of roasted cauliflower, blasted in a hot oven and showered with fried shallots, disappears in minutes. The Korean-inspired gochujang noodles are a crowd-pleaser, if a little fiery for small children.

The book is not trying to be faithful to any one cuisine, Tran admits. "It's what I actually cook when I get home from the restaurant and the kids are circling."
""",
["AU", "VN"], [], [],
["Linh Tran"], [],
"QUIET (food): siege, war, plan of attack, raid, bombs, knockout, blasted = figurative. AU via Melbourne/Australia, VN via Hanoi. TRAP: 'Thai-style curry paste', 'Korean-inspired' noodles are cuisines -> no TH, KR (NOTES excludes cuisines).")

art("quiet", "2026-04-20", "EU sanctions four RSF commanders over El Fasher killings",
"""
LUXEMBOURG - European Union foreign ministers on Monday imposed asset freezes and travel bans on four commanders of Sudan's Rapid Support Forces (RSF) over the killing of civilians after the paramilitary group captured the city of El Fasher last October.

Hundreds of civilians were killed in the days after the RSF overran El Fasher, the army's last stronghold in the Darfur region, according to the United Nations, which has described house-to-house executions and an attack on a maternity hospital. The RSF has said it is investigating "individual violations".

EU foreign policy chief Kaja Kallas told reporters at the meeting in Luxembourg that those who ordered the killings would be held to account. The ministers also agreed to add 20 million euros to humanitarian aid for Sudan.

Among the sanctioned men is a field commander the EU accuses of directing the assault on the city's Saudi Maternity Hospital. Diplomats said efforts to add an RSF financier based in the United Arab Emirates had been blocked by one member state. The UAE denies arming the RSF.

The war between the Sudanese army and the RSF, which entered its fourth year last week, has killed tens of thousands of people and displaced more than 12 million.
""",
["SD", "LU", "AE"], [("civilian_attack", "SD", "El Fasher", 100, True)], ["diplomacy"],
["Kaja Kallas"], ["European Union", "Rapid Support Forces", "United Nations"],
"QUIET (sanctions): sanctions and aid pledge = diplomacy. October killings in El Fasher = one background civilian_attack, 'Hundreds' -> 100 (the hospital assault is described as part of it). TRAP: 'Saudi Maternity Hospital' is a building name -> no SA. LU via the meeting venue (dateline and 'meeting in Luxembourg'); AE via financier/UAE denial. War total = aggregate.")

art("quiet", "2026-01-14", "Thailand and BRN rebels agree to resume peace talks in Kuala Lumpur",
"""
KUALA LUMPUR - Thailand and the Barisan Revolusi Nasional (BRN), the main rebel group in the country's Muslim-majority far south, agreed on Wednesday to resume formal peace talks next month after a pause of more than a year, Malaysia's facilitator said.

Delegations from both sides met for two days in Kuala Lumpur and agreed on a framework for discussing a reduction in violence, public consultations and "political solutions", said Ahmad Fauzi Rahman, the Malaysian government's facilitator.

The talks stalled in 2024 amid disagreements over a joint plan to reduce violence, and both sides accused each other of bad faith as bombings and shootings continued.

The insurgency in Pattani, Yala and Narathiwat provinces and parts of Songkhla has killed more than 7,000 people since 2004, according to the monitoring group Deep South Watch. Attacks have fallen sharply from their peak, but roadside bombs and targeted shootings still occur almost every week.

A Thai government spokesman said the government was ready to discuss "everything except the unity of the kingdom", and that security operations would continue while the talks go on.
""",
["TH", "MY"], [], ["diplomacy"],
["Ahmad Fauzi Rahman"], ["Barisan Revolusi Nasional", "Deep South Watch"],
"QUIET (peace talks): agreement to resume talks = diplomacy. 7,000 since 2004 and weekly bombings/shootings = aggregates and generic, not incidents.")

art("quiet", "2025-11-03", "Earthquake kills 14 in Ecuador's Esmeraldas province",
"""
QUITO - A magnitude 6.3 earthquake struck off Ecuador's northern Pacific coast on Sunday night, killing at least 14 people and injuring more than 200 in Esmeraldas province, the national risk management agency said on Monday.

Most of the victims died when houses of wood and cinder block collapsed in the port city of Esmeraldas and the nearby town of Atacames, the agency said. A hotel in Atacames was badly damaged, and rescue teams were searching its rubble for two missing guests.

The quake was felt as far away as Quito and in the southern Colombian city of Tumaco, where some residents fled their homes, Colombian authorities said. There were no reports of casualties in Colombia.

Ecuador sits on the Pacific Ring of Fire and is frequently shaken by earthquakes. A magnitude 7.8 quake in 2016 devastated the coastal provinces of Manabí and Esmeraldas, killing more than 670 people.

Firefighters and Red Cross volunteers were distributing water and tents in the worst-hit neighbourhoods, where many families spent the night outdoors for fear of aftershocks.
""",
["EC", "CO"], [], [],
[], ["Red Cross"],
"QUIET (natural disaster): quake deaths (14; 2016's 670) are not incidents (NOTES). CO via Tumaco/Colombian authorities. Relief work is not a deployment.")

art("quiet", "2025-12-28", "Fireworks warehouse blast kills five in Philippines' Bulacan",
"""
MANILA - An explosion tore through a fireworks warehouse in Bocaue, in the Philippine province of Bulacan, on Saturday afternoon, killing five workers and injuring 11 people as stocks for New Year's Eve celebrations went up in flames, police said.

The blast sent up a column of smoke visible from Manila's northern suburbs and shattered windows of houses up to 200 metres away. Firefighters needed more than three hours to put out the fire because of continuing detonations of rockets and "Judas belt" firecrackers stored inside.

Police said the owner of the warehouse had been arrested for operating without a permit and for storing banned firecrackers, and that an investigation into the cause was under way. Initial findings suggested that a spark from a worker's grinder had ignited gunpowder, the Bureau of Fire Protection said.

Bocaue is the centre of the country's fireworks industry, and accidents are common in the weeks before New Year, when demand soars. The government has tried for years to curb the use of powerful firecrackers, which injure hundreds of revellers each year.
""",
["PH"], [], ["strategic"],
[], ["Bureau of Fire Protection"],
"QUIET (accident): industrial explosion killing 5 is an accident, not an incident (NOTES). Arrest of the owner = strategic (NOTES lists arrests as strategic regardless of cause; judgment).")

art("quiet", "2025-08-12", "Davao police on high alert over intelligence of planned festival bombing",
"""
DAVAO CITY, Philippines - Police in Davao City placed all units on full alert and set up additional checkpoints on Tuesday after receiving intelligence that a pro-Islamic State cell was planning to set off explosives at crowded venues during the Kadayawan festival this week.

Regional police director Brigadier General Leo Tan said the threat had not been confirmed but was being taken seriously. Bags will be searched at the entrances to the festival parades, and motorcycles carrying two male riders are banned from the city centre until Sunday.

"There is no reason to panic. We are simply making sure that nothing happens," Tan told a news conference. He declined to say which group was involved, but officials have previously linked threats in the area to remnants of the Dawlah Islamiyah group.

Security at large gatherings in Mindanao has been tightened since the bombing of a Catholic Mass at Mindanao State University in Marawi in December 2023, which killed four worshippers and was claimed by the Islamic State group.

The Kadayawan festival, a week-long harvest celebration, draws hundreds of thousands of visitors to the city each August.
""",
["PH"], [("explosion", "PH", "Mindanao State University", 4, True)], ["strategic"],
["Leo Tan"], ["Dawlah Islamiyah", "Islamic State"],
"QUIET (warning of possible attacks): alert, checkpoints, riding ban = strategic; the planned bombing did not happen. December 2023 Mass bombing = background explosion, 4, location = the university (most specific; Marawi is the city).")

art("quiet", "2025-12-26", "Turkish police detain 15 Islamic State suspects over New Year attack plot",
"""
ISTANBUL - Turkish police detained 15 suspected members of the Islamic State group in raids across Istanbul on Friday, accusing them of planning attacks on New Year's Eve celebrations, the chief prosecutor's office said.

Anti-terrorism units raided 18 addresses in six districts before dawn and seized two handguns, ammunition and digital material, the office said in a statement. Some of the suspects had been in contact with Islamic State operatives in Syria and had discussed targeting crowds in Taksim Square and churches, it said. Police are still searching for three other suspects.

Interior Minister Ali Yerlikaya said on social media that more than 30,000 police officers would be on duty in Istanbul on New Year's Eve.

Turkish authorities have carried out regular sweeps against Islamic State suspects since a gunman killed 39 people at the Reina nightclub in Istanbul during New Year celebrations in 2017. The group also claimed an attack on a Catholic church in Istanbul in January 2024 in which one person was killed.
""",
["TR", "SY"], [("civilian_attack", "TR", "Reina nightclub", 39, True), ("civilian_attack", "TR", "Istanbul", 1, True)], ["strategic"],
["Ali Yerlikaya"], ["Islamic State"],
"QUIET (foiled plot): detentions, seizures, police deployment = strategic; police 'raids' on addresses are arrests, not incidents. Background: 2017 Reina nightclub shooting (civilian_attack, 39) and the January 2024 church attack (civilian_attack, 1; only 'Istanbul' named). SY via operatives in Syria.")

art("quiet", "2026-03-11", "Fare war: Brazil's airlines slash prices as low-cost newcomer takes off",
"""
SÃO PAULO - Brazil's airlines are locked in a price war after a new low-cost carrier began flying between São Paulo and the northeast, with some tickets between São Paulo and Recife falling below 200 reais, less than the price of a long-distance bus ride.

Gol, which emerged from Chapter 11 bankruptcy protection in the United States last year, and Azul have both matched the newcomer's fares on its routes, while Chile-based LATAM has launched a flash sale on domestic flights. Analysts called it a "bloodbath" for margins at a time when jet fuel prices are rising.

"Someone will get killed in this fight, and it is not going to be the passenger," said Ricardo Menezes, an aviation analyst at a São Paulo brokerage. "The question is who has the deepest pockets."

The newcomer, Jandaia Linhas Aéreas, said it expects to carry a million passengers in its first year and has ordered 20 aircraft. Its chief executive said the incumbents were trying to "strangle us in the cradle" and has asked the antitrust regulator, CADE, to investigate predatory pricing.

Airline shares fell sharply on the São Paulo stock exchange on Tuesday, with Azul losing 7%.
""",
["BR", "US", "CL"], [], [],
["Ricardo Menezes"], ["Gol", "Azul", "LATAM", "Jandaia Linhas Aéreas", "CADE"],
"QUIET (business): 'price war', 'bloodbath', 'get killed in this fight', 'strangle us' are figurative. US via Chapter 11 'in the United States'; CL via 'Chile-based LATAM'. A complaint to a regulator is neither strategic nor diplomacy.")

art("quiet", "2025-11-27", "75 years after Chosin, the last veterans remember the cold",
"""
SEOUL - When Robert Hale talks about the Chosin Reservoir, he talks first about the cold: rifles that froze solid, rations that had to be thawed against the body, and nights when the thermometer fell to minus 35 degrees.

Hale, now 94, was a 19-year-old U.S. Marine when Chinese troops encircled American and allied forces around the reservoir in what is now North Korea in late November 1950. Over 17 days, the Marines and soldiers fought their way south to the port of Hungnam through mountain passes held by the Chinese, in one of the most celebrated withdrawals in American military history.

This week Hale was one of only four Chosin veterans well enough to travel to South Korea for the 75th anniversary commemoration, held on Thursday at the War Memorial of Korea in Seoul. Fewer than 200 are believed to be alive.

Also honoured were the Korean civilians evacuated from Hungnam in December 1950, when nearly 100,000 refugees were carried south on military and merchant ships.

"We were kids," Hale said. "We did what we were told and we looked after each other. That's the whole story."
""",
["KP", "US", "CN", "KR"], [("battle", "KP", "Chosin Reservoir", None, True)], [],
["Robert Hale"], ["War Memorial of Korea"],
"QUIET (historical feature): the 1950 Chosin battle = background battle in KP ('what is now North Korea'), no toll stated -> null. The Hungnam evacuation is not an incident. KR via Seoul/South Korea, CN via Chinese troops, US via U.S. Marine/American. Commemoration is not an event.")

art("quiet", "2026-02-10", "Review: 'The Quiet Wire' by Aoife Keane, a bomb-maker's daughter reckons with the past",
"""
Aoife Keane's debut novel begins in Belfast in 1974 with a car bomb that never goes off. Eleven-year-old Nuala finds the wires in her father's shed, understands nothing and everything, and spends the next 40 years trying to forget what she saw.

Keane, who grew up in Derry and now lives in Dublin, moves between that winter and 2014, when Nuala, by then a hospice nurse in Liverpool, is asked by a police investigator to help establish her father's role in an attack on a pub that killed a young barman. The novel's most harrowing chapter reconstructs that explosion from the point of view of the barman's sister.

The writing is precise and unshowy. Keane is better at silences than at speeches, and the Good Friday Agreement hangs over the book like a ceasefire no one quite trusts.

If the final section races through its revelations, that is a small flaw in a book that takes on the Troubles without melodrama. 'The Quiet Wire' is a quiet bombshell, and one of the strongest debuts of the year.
""",
["GB", "IE"], [], [],
["Aoife Keane"], [],
"QUIET (book review): the car bomb and the pub bombing are fiction inside a novel -> not incidents. GB via Belfast/Derry/Liverpool; IE via Dublin. Good Friday Agreement = historical background, not listed.")

art("quiet", "2025-11-13", "Peru's Congress censures interior minister as extortion crisis deepens",
"""
LIMA - Peru's Congress voted on Thursday to censure Interior Minister Julio Tenorio, forcing him out of office after just four months, as lawmakers accused him of failing to stop a wave of extortion and contract killings that has paralysed transport in Lima.

The motion passed by 78 votes to 21. Opposition lawmakers, who had shot down the government's request for more time, accused Tenorio of being "missing in action" while bus drivers were being shot for refusing to pay gangs. The government said it would name a successor within 48 hours.

Tenorio is the third interior minister to fall this year. In a farewell statement he said he had been the victim of a "political firing squad" and defended his record, citing the arrest of more than 600 suspected extortionists.

According to police figures, more than 1,800 murders have been recorded in Peru so far this year, the highest number in a decade. Transport unions, which staged strikes in Lima in October, have threatened another stoppage next week if the new minister does not present a plan.
""",
["PE"], [], ["strategic"],
["Julio Tenorio"], ["Congress"],
"QUIET (politics): censure/forced removal of a minister = strategic (resignations/appointments). 'shot down', 'political firing squad' figurative; 'bus drivers were being shot' is generic (no specific incident); 1,800 murders = aggregate; October strikes are background and unspecific; next week's threatened stoppage is future.")

art("quiet", "2026-03-08", "Bus plunges into ravine in Bolivia's Potosí, killing 22",
"""
LA PAZ - A long-distance bus plunged about 300 metres into a ravine on a mountain road in Bolivia's Potosí department before dawn on Sunday, killing 22 people and injuring 16, police said.

The bus, travelling from Potosí to Oruro, left the road on a bend near the town of Yocalla, the departmental police commander said. Rescuers used ropes to bring survivors up the slope, and several were flown to hospitals in La Paz. Two Argentine tourists were among the injured.

Police said the driver, who died in the crash, may have fallen asleep after driving through the night, and that the bus appeared to have been travelling too fast. Authorities are checking whether the company, which has had two previous accidents, held valid permits.

Bolivia's mountain highways are among the most dangerous in South America. Road accidents kill about 1,400 people in the country each year, according to the World Health Organization.
""",
["BO", "AR"], [], [],
[], ["World Health Organization"],
"QUIET (accident): road crash deaths are not incidents. AR via 'Argentine tourists' (demonym). 'South America' is a continent.")

art("quiet", "2025-06-04", "Laos clears 2,000 cluster bomblets from Xieng Khouang rice fields",
"""
PHONSAVAN, Laos - Bomb clearance teams destroyed more than 2,000 cluster bomblets in controlled detonations in Laos's Xieng Khouang province over the past three months, clearing 120 hectares of rice fields ahead of the planting season, the government's UXO Lao agency said on Wednesday.

The bomblets, each the size of a tennis ball, were dropped by US aircraft during the Indochina war more than half a century ago. Teams located them with metal detectors, marked them with red flags and blew them up in pits, the agency said. No clearance staff were hurt.

Laos is the most heavily bombed country per capita in the world: more than two million tonnes of ordnance fell on it between 1964 and 1973, and an estimated 30 per cent of cluster munitions failed to explode. Unexploded ordnance has killed or injured more than 20,000 people since the war ended.

The clearance programme is funded by the United States, Japan and New Zealand. "Every field we clear is a field a child can walk across," said team leader Somphone Vongsa.
""",
["LA", "US", "JP", "NZ"], [], [],
["Somphone Vongsa"], ["UXO Lao"],
"QUIET (bomb disposal): controlled detonations of old ordnance are not explosions in the incident sense. The 1964-1973 bombing campaign and UXO casualties are aggregates, not specific incidents. US via 'US aircraft'/funder, JP and NZ as funders.")

art("quiet", "2025-10-06", "Rakhimov's kingside attack sinks Visser as Samarkand tournament heats up",
"""
SAMARKAND, Uzbekistan - Uzbek grandmaster Sardor Rakhimov launched a ferocious kingside attack to beat the Dutch number one Pieter Visser in the sixth round of the Samarkand Masters on Sunday, moving within half a point of the lead.

Visser chose the French Defence, a solid reply to Rakhimov's favourite first move, but the 21-year-old sacrificed a knight on move 19 and then a rook on move 24 to tear open the black king's position. "When I saw the rook sacrifice, I knew it was now or never," Rakhimov said. Visser resigned on move 31, facing unstoppable mate.

Elsewhere, the leader held a quiet draw in a King's Indian, while an English Opening produced a bloodless 20-move draw on board three. The Sicilian Najdorf, long a favourite weapon at the top level, made only one appearance.

With three rounds left, Rakhimov will meet the leader on Tuesday in what the organisers are calling a shootout for the title. The winner takes 40,000 dollars and a place in next year's qualifying events for the world championship cycle.
""",
["UZ", "NL"], [], [],
["Sardor Rakhimov", "Pieter Visser"], ["Samarkand Masters"],
"QUIET (chess): attack, sacrifice, weapon, bloodless, shootout are game vocabulary. TRAP: 'French Defence', 'King's Indian', 'English Opening', 'Sicilian' are opening names -> no FR, IN, GB, IT. Countries by sport convention: UZ (Samarkand, Uzbek), NL (Dutch).")


# ---------------------------------------------------------------------------------------
# Checks and output
# ---------------------------------------------------------------------------------------



def records():
    out = []
    for i, a in enumerate(A, 1):
        out.append({
            "id": "%s-%02d" % (PREFIX, i),
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


def check():
    errors = []
    kinds = {}
    order = []
    for i, a in enumerate(A, 1):
        rid = "%s-%02d" % (PREFIX, i)
        k = a["kind"]
        kinds[k] = kinds.get(k, 0) + 1
        order.append(k)
        text = (a["title"] or "") + "\n" + a["body"]
        e = lambda msg, rid=rid, k=k: errors.append("%s [%s]: %s" % (rid, k, msg))
        pub = a["published"] or ""
        if not re.fullmatch(r"202[56]-\d\d-\d\d", pub):
            e("published must be a 2025-2026 date")
        else:
            try:
                datetime.date.fromisoformat(pub)
            except ValueError:
                e("published is not a real date")
        cs = a["countries"]
        if len(set(cs)) != len(cs):
            e("duplicate country")
        for c in cs:
            if c not in ISO2:
                e("unknown ISO2 %r" % c)
        for inc in a["incidents"]:
            if len(inc) != 5:
                e("incident tuple must have 5 fields")
                continue
            t, c, loc, f, bg = inc
            if t not in INCIDENT_TYPES:
                e("bad incident type %r" % t)
            if c not in ISO2:
                e("unknown incident ISO2 %r" % c)
            if c not in cs:
                e("incident country %s not in countries_mentioned" % c)
            if loc is not None and (not isinstance(loc, str) or loc not in text):
                e("location %r not verbatim in text" % (loc,))
            if f is not None and (not isinstance(f, int) or isinstance(f, bool) or f < 0):
                e("bad fatalities %r" % (f,))
            if not isinstance(bg, bool):
                e("background must be bool")
        for o in a["other"]:
            if o not in OTHER_TYPES:
                e("bad other_event %r" % o)
        if len(set(a["other"])) != len(a["other"]):
            e("duplicate other_event")
        for lab in ("persons", "orgs"):
            if not isinstance(a[lab], list):
                e("%s must be a list" % lab)
                continue
            if len(a[lab]) > 8:
                e("more than 8 %s" % lab)
            if len(set(a[lab])) != len(a[lab]):
                e("duplicate %s" % lab)
            for ent in a[lab]:
                if not isinstance(ent, str) or ent not in text:
                    e("entity %r not verbatim in text" % (ent,))
        words = len(a["body"].split())
        if not 80 <= words <= 350:
            e("body has %d words (want 80-350)" % words)
        if a["title"] is not None and not a["title"].strip():
            e("empty title")
        current = [x for x in a["incidents"] if not x[4]]
        if k == "satp":
            if a["title"] is not None:
                e("SATP-style text must have a null title")
            if "\n" in a["body"]:
                e("SATP-style text must be one paragraph")
            if words > 160:
                e("SATP-style text too long (%d words)" % words)
        elif k == "wire":
            if not current:
                e("wire article without a current incident")
            if a["title"] is None:
                e("wire article needs a title")
        elif k == "quiet":
            if current:
                e("quiet article with a current incident")
            if a["title"] is None:
                e("quiet article needs a title")
        else:
            e("unknown kind")
        if not a["note"]:
            e("missing note")
    if kinds != KINDS:
        errors.append("kind counts %r != %r" % (kinds, KINDS))
    want_order = [k for k, n in KINDS.items() for _ in range(n)]
    if order != want_order:
        errors.append("articles are not in block order satp, wire, quiet")
    satp_quiet = sum(1 for a in A if a["kind"] == "satp" and not any(not x[4] for x in a["incidents"]))
    if satp_quiet < MIN_SATP_QUIET:
        errors.append("SATP-style texts without a current incident: %d, want >= %d"
                      % (satp_quiet, MIN_SATP_QUIET))
    recs = records()
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if ids != ["%s-%02d" % (PREFIX, i) for i in range(1, 61)]:
        errors.append("ids must run %s-01 .. %s-60" % (PREFIX, PREFIX))
    titles = [r["title"] for r in recs if r["title"]]
    if len(set(titles)) != len(titles):
        errors.append("duplicate titles")
    bodies = [r["body"] for r in recs]
    if len(set(bodies)) != len(bodies):
        errors.append("duplicate bodies")
    for r in recs:
        json.loads(json.dumps(r, ensure_ascii=False))  # serialisable
    return errors


def stats():
    by_type_cur, by_type_bg, cur, bg, fat_known = {}, {}, 0, 0, 0
    countries_cur = {}
    for a in A:
        for (t, c, loc, f, b) in a["incidents"]:
            if b:
                bg += 1
                by_type_bg[t] = by_type_bg.get(t, 0) + 1
            else:
                cur += 1
                by_type_cur[t] = by_type_cur.get(t, 0) + 1
                countries_cur[c] = countries_cur.get(c, 0) + 1
                if f is not None:
                    fat_known += 1
    no_cur = sum(1 for a in A if not any(not x[4] for x in a["incidents"]))
    all_c = sorted({c for a in A for c in a["countries"]})
    fmt = lambda d: ", ".join("%s %d" % (t, d[t]) for t in sorted(d))
    return ("articles %d (%s); without a current incident %d\n"
            "incidents %d: current %d (%s), background %d (%s)\n"
            "current with fatalities stated %d\n"
            "current incidents by country: %s\n"
            "countries mentioned (%d): %s"
            % (len(A), ", ".join("%s %d" % kv for kv in KINDS.items()), no_cur,
               cur + bg, cur, fmt(by_type_cur), bg, fmt(by_type_bg), fat_known,
               fmt(countries_cur), len(all_c), " ".join(all_c)))


def main(argv):
    errors = check()
    if errors:
        for x in errors:
            print("ERROR", x, file=sys.stderr)
        return 1
    if "--notes" in argv:
        for r, a in zip(records(), A):
            inc = "; ".join("%s:%s:%s:%s%s" % (t, c, loc or "-", "null" if f is None else f,
                                                "(bg)" if b else "")
                            for (t, c, loc, f, b) in a["incidents"]) or "no incidents"
            print("- **%s** [%s] %s | %s | %s | %s | %s" % (
                r["id"], a["kind"], a["title"] or "(no title)", ",".join(a["countries"]) or "-",
                inc, ",".join(a["other"]) or "-", a["note"]))
        return 0
    if "--check" not in argv:
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind_fresh4.jsonl")
        with open(path, "w", encoding="utf-8") as fh:
            for r in records():
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("wrote", path)
    print(stats())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

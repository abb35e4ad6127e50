#!/usr/bin/env python3
"""Build blind_fresh5: a fresh, blind evaluation set of 60 synthetic articles, as JSONL.

Standard library only. Every text and its gold are data in this file. The gold of each article
was decided when its text was written, by the conventions of ../../shared/corpus/NOTES.md, and
is frozen (see README.md).

    python3 build.py            # run every check, then write blind_fresh5.jsonl
    python3 build.py --check    # run the checks only
    python3 build.py --notes    # print one judgment line per article (NOTES.md format)
"""
import datetime
import json
import os
import re
import sys

SOURCE = "synthetic, written for this project (blind, fresh 5)"
ORIGIN = ("written from scratch for this project: tests/blind_fresh5/build.py "
          "(fictional or fictionalised events in real places)")
LICENSE = "project's own"
PREFIX = "bf5"
OUTFILE = "blind_fresh5.jsonl"

INCIDENT_TYPES = ("battle", "explosion", "civilian_attack", "protest", "riot")
OTHER_TYPES = ("strategic", "diplomacy")
BLOCKS = (("satp", 24), ("wire", 20), ("quiet", 16))
MIN_SATP_QUIET = 8
MIN_SATP_ABDUCTION = 6
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

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
        when=None, abduction=False):
    """Register one article.

    incidents: list of (type, country, location or None, fatalities or None, background).
    when: {weekday word used in the text: the ISO date it stands for}.
    abduction: True for SATP-style texts built around an abduction/kidnapping.
    """
    ARTICLES.append(dict(kind=kind, published=published, title=title, body=body.strip(),
                         countries=countries, incidents=incidents, other=other,
                         persons=persons, orgs=orgs, note=note, when=when or {},
                         abduction=abduction))


# =====================================================================================
# bf5-01..24  SATP-style digests: no title, one paragraph, at most 160 words.
# =====================================================================================

art("satp", "2025-03-12", None, """
Unidentified armed men abducted four employees of a private telecommunication company from the Besima area of Washuk District in Balochistan on March 11, Levies officials said. The employees, who were installing a solar power unit at a mobile phone tower near the Besima-Nag road, were forced into a double-cabin pickup at gunpoint and driven towards the Ragai hills. The attackers set their vehicle on fire and damaged the equipment room of the tower before leaving. Deputy Commissioner Washuk, Muhammad Younis Baloch, said Levies and Frontier Corps (FC) personnel had launched a search for the missing men. No group has claimed responsibility, but Baloch separatist outfits have repeatedly targeted telecom infrastructure in the District, accusing the companies of sharing call data with the security agencies.
""",
["PK"], [("civilian_attack", "PK", "Besima", None, False)], [],
["Muhammad Younis Baloch"], ["Levies", "Frontier Corps"],
"ABDUCTION ('abducted'): four telecom workers taken at gunpoint = civilian_attack; no death stated and none denied -> null. Torching the vehicle is part of the same raid. The search is the response to the incident (no separate strategic event, bf4 convention). PK only via Washuk/Balochistan; 'Baloch' is an ethnic group, not a country.",
abduction=True)

art("satp", "2025-06-05", None, """
Suspected cadres of an armed group kidnapped three men, including a retired Assam Rifles havildar, from near Phaisat village in Kangpokpi District of Manipur on June 4, Police said. The three were driving towards Imphal when six armed men in combat fatigues stopped their car at a makeshift checkpoint and took them away towards the hills. The car was later found abandoned near the Irang river. Hundreds of women from the victims' community blocked National Highway-2 at Sekmai for several hours demanding their immediate release; the sit-in ended peacefully in the evening after the District administration assured them of action. Security forces have launched combing operations in the adjoining ranges. Two weeks earlier, unidentified gunmen had fired at farmers working in paddy fields at Phubala in Bishnupur District; the farmers escaped unhurt.
""",
["IN"], [("civilian_attack", "IN", "Phaisat", None, False), ("protest", "IN", "Sekmai", None, False),
         ("civilian_attack", "IN", "Phubala", 0, True)], [],
[], ["Assam Rifles"],
"ABDUCTION ('kidnapped'): three men taken by armed men = civilian_attack, null. Women's highway blockade/sit-in the same day, ended peacefully = protest (current), null. Firing on farmers two weeks earlier = background civilian_attack; 'escaped unhurt' says nobody died -> 0. Combing operations = response (no strategic). IN only via Manipur/Imphal/Kangpokpi (Assam Rifles is a force name).",
abduction=True)

art("satp", "2025-08-20", None, """
Militants took hostage eleven labourers working on the construction of a small dam at Gul Imam in Tank District of Khyber Pakhtunkhwa on August 19 after setting fire to the contractor's excavators, Police said. Around 30 armed men arrived at the site on motorcycles in the evening, overpowered two private guards and marched the labourers towards the mountains bordering South Waziristan. District Police Officer (DPO) Tank, Asghar Khan Gandapur, said a jirga of local elders had been sent to negotiate with the captors, while Police and Frontier Corps personnel had blocked the exit routes. Three of the labourers were freed on the morning of August 20 after the elders intervened; the remaining eight were still in the militants' custody. The contractor said his company had received threatening letters demanding 'protection money' two months ago.
""",
["PK"], [("civilian_attack", "PK", "Gul Imam", None, False)], ["strategic"],
["Asghar Khan Gandapur"], ["Frontier Corps"],
"ABDUCTION ('took hostage'): eleven labourers seized = civilian_attack, null (no deaths stated either way). Release of three hostages = strategic (NOTES: releases are strategic). Arson of machinery is part of the raid. PK only via Khyber Pakhtunkhwa/Tank/South Waziristan.",
abduction=True)

art("satp", "2025-10-22", None, """
Cadres of the Communist Party of India-Maoist (CPI-Maoist) picked up a 34-year-old villager, Podiyam Lakhma, from his house at Minpa village under Chintagufa Police Station limits in Sukma District late on October 20, and his body was found on a forest path outside the village the next morning, Police said. A handwritten note left beside the body, issued in the name of the Maoists' Konta Area Committee, accused him of working as a police informer. Superintendent of Police (SP) Ravindra Kashyap said Lakhma was a farmer whose younger brother had joined the District Reserve Guard (DRG) last year, and that the Maoists had threatened the family twice. It was the seventh killing of a villager branded an informer in the Bastar region this year. A case has been registered and the body was handed over to the family after a post-mortem.
""",
["IN"], [("civilian_attack", "IN", "Minpa", 1, False)], [],
["Podiyam Lakhma", "Ravindra Kashyap"], ["CPI-Maoist", "Konta Area Committee", "District Reserve Guard"],
"ABDUCTION ('picked up' by militants, then killed): abduction and killing of an unarmed villager = one civilian_attack, 1; body found the day before publication -> current. 'Seventh killing this year' = aggregate, not listed. Registering a case (FIR) against unknown cadres is routine, not listed. IN only via Sukma/Bastar ('India' only inside the party name).",
abduction=True)

art("satp", "2026-01-14", None, """
Armed men believed to belong to a faction of the United People's Democratic Front (UPDF) whisked away three staff members of a non-governmental organisation from Sajek union in Baghaichhari upazila of Rangamati District on January 13, Police said. The three, who run a mother-and-child health programme in the remote hill villages, were returning by motorcycle from a courtyard meeting when about eight armed men stopped them near Machalong bazaar and led them into the forest on foot. Their motorcycles were found by the roadside. Baghaichhari Police Station Officer-in-Charge (OC) Shahidul Alam said the Army and the Border Guard Bangladesh (BGB) had joined the search. Abductions of development workers for ransom have become frequent in the Chittagong Hill Tracts (CHT) since rival factions of the UPDF and the Jana Samhati Samiti (JSS) resumed fighting over extortion.
""",
["BD"], [("civilian_attack", "BD", "Machalong", None, False)], [],
["Shahidul Alam"], ["United People's Democratic Front", "Border Guard Bangladesh", "Jana Samhati Samiti"],
"ABDUCTION ('whisked away'): NGO workers taken by armed men = civilian_attack, null. Location Machalong (where they were seized; more specific than Sajek). 'Abductions have become frequent' and the factional fighting are general, not listed. BD via Rangamati/Chittagong Hill Tracts (also inside 'Border Guard Bangladesh').",
abduction=True)

art("satp", "2025-05-08", None, """
A grain merchant who was held for ransom by dacoits in the riverine katcha area of Shikarpur District was released on May 7 after 23 days in captivity, Police said. Seth Ramesh Kumar, a member of the Hindu community from Garhi Yasin town, had been kidnapped from his shop on April 14 by armed men who took him across the Indus in a boat. Senior Superintendent of Police (SSP) Shikarpur, Saleem Ahmed Shah, said Kumar was recovered unharmed during a Police operation near Khanpur, but relatives told reporters that a ransom of PKR 3 million had been paid through tribal intermediaries. Hindu traders across upper Sindh had observed a peaceful shutter-down strike on May 2 to protest against the kidnapping. Kumar was handed over to his family at the SSP office.
""",
["PK"], [("civilian_attack", "PK", "Garhi Yasin", 0, True), ("protest", "PK", None, None, True)], ["strategic"],
["Ramesh Kumar", "Saleem Ahmed Shah"], [],
"NO CURRENT INCIDENT ('held for ransom', 'released after 23 days in captivity'): the release = strategic. The April 14 kidnapping = background civilian_attack; the hostage was 'recovered unharmed' -> 0 (NOTES: hostage found safe). The May 2 strike, 6 days earlier, = background protest, location null ('upper Sindh' is a region). 'Hindu' is a religion, not India. PK via Shikarpur/Sindh/Indus.",
abduction=True)

art("satp", "2025-09-11", None, """
Two engineers of a private construction company, who had been abducted by unidentified armed men from the Mangochar area of Kalat District on September 8, were later killed, and their bodies were found dumped in a dry riverbed near Johan on September 10, Levies officials said. The engineers, both from Punjab, had been supervising the widening of the Quetta-Karachi N-25 highway when the gunmen stopped their jeep near the Mangochar bypass. Their driver, a local man, managed to escape during the night and reached the Levies station on foot. The bodies bore multiple gunshot wounds. Chief Minister Sarfraz Bugti condemned the killings and directed the authorities to arrest the culprits at the earliest. No group has so far claimed responsibility.
""",
["PK"], [("civilian_attack", "PK", "Mangochar", 2, False)], [],
["Sarfraz Bugti"], ["Levies"],
"ABDUCTION ('abducted ... were later killed'): one civilian_attack, 2; seized three days before publication but the killing/bodies found the day before are the news -> current. Location Mangochar (where they were seized). A provincial chief minister's condemnation is domestic, not diplomacy. Punjab here is Pakistan's province; PK via Kalat/Quetta/Karachi.",
abduction=True)

art("satp", "2026-03-05", None, """
Two jawans of the Indo-Tibetan Border Police (ITBP) were killed and three others were injured when CPI-Maoist cadres triggered a landmine under their vehicle near Kohkameta on the Narayanpur-Orchha road in Narayanpur District on March 4, Police said. The jawans were part of a road opening party securing the construction of the road, which is being built to link the interior Abujhmarh area with the District headquarters. The blast left a crater nearly two metres deep and flung the vehicle into a roadside ditch. Police said the explosives had been buried under the road surface months earlier and were detonated through a command wire running to a nearby hillock, where a battery and about 300 metres of wire were later found. The injured jawans were airlifted to Raipur.
""",
["IN"], [("explosion", "IN", "Kohkameta", 2, False)], [],
[], ["Indo-Tibetan Border Police", "CPI-Maoist"],
"Command-wire landmine under an ITBP vehicle = explosion, 2. Items found afterwards are part of the same incident. TRAP: 'Indo-Tibetan' is inside a force name -> no CN. IN only via Narayanpur/Abujhmarh/Raipur.")

art("satp", "2025-07-17", None, """
Three civilians, including a fruit vendor, were injured when unidentified militants hurled a grenade at a Central Reserve Police Force (CRPF) bunker in the main market of Sopore town in Baramulla District on July 16, Police said. The grenade missed its target and exploded on the roadside near a row of handcarts. The injured were taken to the Sub-District Hospital in Sopore, from where one of them was referred to Srinagar. Police and CRPF personnel cordoned off the market and detained four youths for questioning. Police said the attack bore the hallmarks of a module of The Resistance Front (TRF), an offshoot of the Lashkar-e-Taiba (LeT), which had carried out a grenade attack on a Police party at Sangrama in May, injuring two Policemen.
""",
["IN"], [("explosion", "IN", "Sopore", None, False), ("explosion", "IN", "Sangrama", None, True)], ["strategic"],
[], ["Central Reserve Police Force", "The Resistance Front", "Lashkar-e-Taiba"],
"Grenade that exploded = explosion, injuries only -> null. May grenade attack at Sangrama = background explosion, null. Detention of four youths = arrests -> strategic. IN via Baramulla/Sopore/Srinagar (no country named).")

art("satp", "2025-12-17", None, """
Two Policemen were killed and three others were injured when an improvised explosive device (IED) fitted to a parked motorcycle went off as a Police mobile van passed through the Domel bazaar in Bannu District of Khyber Pakhtunkhwa on December 16, District Police Officer (DPO) Bannu, Ziaullah Khan, said. The van was returning to the Domel Police Station after providing security to a polio vaccination team. The device, weighing about four kilogrammes, was detonated by remote control, the Bomb Disposal Unit (BDU) said. A local faction of the Tehreek-e-Taliban Pakistan (TTP) claimed responsibility. Militants had attacked the same Police Station with small arms and rockets on the night of November 29, but were repulsed after an hour-long exchange of fire in which there were no casualties.
""",
["PK"], [("explosion", "PK", "Domel", 2, False), ("battle", "PK", "Domel Police Station", 0, True)], [],
["Ziaullah Khan"], ["Bomb Disposal Unit", "Tehreek-e-Taliban Pakistan"],
"Motorcycle-borne IED against a police van = explosion, 2. November 29 assault on the police station (rockets and small arms, repulsed) = background battle; 'no casualties' -> 0 (sustained armed assault on a post with gunfire, small arms named first -> battle). PK via Bannu/Khyber Pakhtunkhwa.")

art("satp", "2026-01-28", None, """
Three passengers were killed and seven others were injured when a magnetic bomb attached to a minibus exploded in the Dasht-e-Barchi area of western Kabul on the evening of January 27, Kabul Police spokesman Abdul Rahman Mohmand said. The minibus was carrying government employees and students home from the city centre to the mainly Hazara neighbourhood. The bomb had been stuck under the vehicle's rear seat and went off near a crowded bakery. No group immediately claimed responsibility, but the Islamic State Khorasan Province (ISKP) has claimed most previous attacks on the Shia Hazara community in the area. Taliban security forces sealed off the area and later said they had detained two suspects, including the owner of a nearby shop where the bomber is believed to have waited.
""",
["AF"], [("explosion", "AF", "Dasht-e-Barchi", 3, False)], ["strategic"],
["Abdul Rahman Mohmand"], ["Islamic State Khorasan Province", "Taliban"],
"Magnetic ('sticky') bomb on a minibus = explosion, 3. 'Previous attacks' are unspecified -> not listed. Detention of two suspects = strategic. AF only via Kabul (Hazara/Shia are communities).")

art("satp", "2025-05-29", None, """
A soldier and two militants were killed in an encounter in the forests above Dool village in Kishtwar District on May 28, the Army's White Knight Corps said. The joint operation by the Army, the Jammu and Kashmir Police and the Central Reserve Police Force (CRPF) was launched on specific intelligence about a group of Jaish-e-Mohammad (JeM) militants hiding in a natural cave. The militants opened fire when the troops closed in, and the gunfight continued intermittently through the night. An M4 carbine, an AK-47 rifle and a quantity of ammunition were recovered from the site. Police said the same group was believed to have ambushed a Village Defence Guard (VDG) patrol near Marwah in March, killing two VDG members. Searches were continuing for a third militant.
""",
["IN"], [("battle", "IN", "Dool", 3, False), ("battle", "IN", "Marwah", 2, True)], [],
[], ["White Knight Corps", "Jammu and Kashmir Police", "Central Reserve Police Force", "Jaish-e-Mohammad"],
"Encounter = battle, 1 soldier + 2 militants = 3 (perpetrators included). March ambush on an armed VDG patrol = background battle, 2. Recoveries and continuing search are part of the operation. IN only via Kishtwar / 'Jammu and Kashmir Police'.")

art("satp", "2025-10-02", None, """
Security forces killed six khwarij in an intelligence-based operation (IBO) in the Bagh-Maidan area of Tirah valley in Khyber District on October 1, the Inter-Services Public Relations (ISPR) said. The militants, described by the ISPR as members of 'Fitna al-Khawarij', the term the State uses for the Tehreek-e-Taliban Pakistan (TTP), engaged the troops in an intense exchange of fire that lasted several hours. A Lance Naik of the Frontier Corps (FC) was also killed. The ISPR said weapons, ammunition and explosives were recovered from the slain militants, who had been involved in numerous attacks on security forces and Police in the valley. Residents of Bagh-Maidan said families had been asked to stay indoors during the operation and that mobile phone service remained suspended on October 2.
""",
["PK"], [("battle", "PK", "Bagh-Maidan", 7, False)], [],
[], ["Inter-Services Public Relations", "Fitna al-Khawarij", "Tehreek-e-Taliban Pakistan", "Frontier Corps"],
"IBO with an exchange of fire = battle (SATP would leave such an operation at zero; the taxonomy counts it), 6 militants + 1 FC soldier = 7. 'Numerous attacks' = unspecified, not listed. Phone suspension during the operation is part of it (no separate strategic; judgment). PK via Khyber District/Tirah ('Pakistan' otherwise only in the TTP name).")

art("satp", "2026-02-18", None, """
Three CPI-Maoist cadres, including a woman, were killed in an encounter with a joint team of the Commando Battalion for Resolute Action (CoBRA) and the District Force in the forests near Sonabeda village in Gariaband District on February 17, Police said. The exchange of fire began at around 6 am when the team, acting on information about a meeting of cadres of the Maoists' Dhamtari-Gariaband-Nuapada Division, was fired upon near a stream close to the Odisha border. Two of the slain cadres carried rewards of INR 500,000 each. An INSAS rifle, a .315 bore rifle, a tiffin bomb and camp material were recovered. A CoBRA commando who suffered a bullet injury in his leg was evacuated by helicopter to Raipur and is stated to be stable.
""",
["IN"], [("battle", "IN", "Sonabeda", 3, False)], [],
[], ["Commando Battalion for Resolute Action", "District Force", "CPI-Maoist"],
"Encounter = battle, 3. The recovered tiffin bomb did not go off (no explosion). IN only via Gariaband/Odisha/Raipur.")

# ---- SATP-style reports with no current incident ------------------------------------

art("satp", "2025-04-24", None, """
Assam Police arrested a linkman of the United Liberation Front of Asom-Independent (ULFA-I) from Duliajan in Dibrugarh District on April 23 for allegedly collecting extortion money from tea garden managers and traders on behalf of the outfit. The arrested man, Dipjyoti Bora alias Bhaskar, was found in possession of a pistol, four rounds of ammunition and INR 320,000 in cash, Police said. According to the Police, he was in regular contact with aides of ULFA-I chief Paresh Baruah based in camps in Myanmar's Sagaing Region and had helped two youths of Tinsukia District cross over to join the outfit last year. He has been booked under the Unlawful Activities (Prevention) Act (UAPA) and remanded in Police custody for seven days.
""",
["IN", "MM"], [], ["strategic"],
["Dipjyoti Bora", "Paresh Baruah"], ["Assam Police", "United Liberation Front of Asom-Independent"],
"NO CURRENT INCIDENT: arrest, seizure and booking = strategic. Extortion and recruitment are not incidents. MM via 'Myanmar's Sagaing Region' (place of camps, nothing happens there). IN via Dibrugarh/Tinsukia (Assam).")

art("satp", "2025-07-02", None, """
Six cadres of the CPI-Maoist, including a Divisional Committee Member (DVCM) who carried a cumulative reward of INR 1.6 million, surrendered before the Gadchiroli Police in Maharashtra on July 1. Superintendent of Police (SP) Sandeep Pawar said the DVCM, Ramesh Usendi alias Sukhlal, had taken part in the May 2019 landmine blast at Jambhulkheda that killed 15 commandos of the Police's Quick Response Team (QRT) and their civilian driver. The other five were members of a platoon active along the Chhattisgarh border. The surrendered cadres told the Police that the deaths of senior leaders in encounters and shortage of food in the forests had made them quit. Each will receive rehabilitation assistance under the State Government's surrender policy.
""",
["IN"], [("explosion", "IN", "Jambhulkheda", 16, True)], ["strategic"],
["Sandeep Pawar", "Ramesh Usendi"], ["CPI-Maoist", "Gadchiroli Police", "Quick Response Team"],
"NO CURRENT INCIDENT: surrender = strategic. The 2019 Jambhulkheda landmine blast = background explosion, 15 commandos + driver = 16. 'Deaths of senior leaders in encounters' = unspecified, not listed. IN via Maharashtra/Gadchiroli/Chhattisgarh.")

art("satp", "2025-11-13", None, """
The Border Security Force (BSF) and Punjab Police recovered three pistols, six magazines, 90 live cartridges and 550 grams of heroin dropped by a drone from Pakistan in the fields of Mehdipur village along the International Border in Tarn Taran District on November 12. A BSF patrol heard the buzzing of the drone near a border outpost late on November 11 and found the consignment at daybreak, wrapped in yellow adhesive tape and fitted with a glowing strip for easy spotting at night, officials said. The farmer who owns the field was detained for questioning. Police said the weapons were meant for a gang working for Pakistan-based handlers who use drones to push arms and drugs into Punjab's border districts.
""",
["IN", "PK"], [], ["strategic"],
[], ["Border Security Force", "Punjab Police"],
"NO CURRENT INCIDENT: recovery of drone-dropped arms and a detention = strategic. The drone only dropped a package (no strike). PK via 'from Pakistan'/'Pakistan-based'; IN via Tarn Taran (Punjab here is India's, with the BSF).")

art("satp", "2025-11-27", None, """
The Anti-Terrorism Special Tribunal in Khulna on November 26 sentenced three members of the banned Jama'atul Mujahideen Bangladesh (JMB) to death and two others to life imprisonment for the bomb attack on a Baul music festival at Chheuria in Kushtia District in March 2021, in which two devotees were killed and 19 others were injured. Judge Mosharraf Hossain said the prosecution had proved that the accused planted two crude bombs under the stage and set them off by remote control during the evening session. Four of the convicts were present in the dock, while the fifth has been absconding since he was granted bail in 2023. Defence lawyers said they would appeal to the High Court Division.
""",
["BD"], [("explosion", "BD", "Chheuria", 2, True)], ["strategic"],
["Mosharraf Hossain"], ["Anti-Terrorism Special Tribunal", "Jama'atul Mujahideen Bangladesh", "High Court Division"],
"NO CURRENT INCIDENT: court verdict on an old attack = strategic. March 2021 bombing = background explosion, 2 (one entry for the two bombs). BD via Khulna/Kushtia ('Bangladesh' otherwise only inside JMB's name).")

art("satp", "2026-04-03", None, """
Pakistan's Foreign Office spokesperson on April 2 accused the Taliban authorities in Kabul of allowing the Tehreek-e-Taliban Pakistan (TTP) to use Afghan soil for attacks inside Pakistan, and said Islamabad had handed over 'concrete evidence' to the Afghan charge d'affaires. The accusation followed the March 27 attack on a Frontier Corps (FC) check post at Ghalanai in Mohmand District, in which four soldiers and nine militants were killed in a night-long gunfight. The spokesperson said the attackers had crossed from Kunar Province and that their communications had been traced to handlers across the border. The Taliban's deputy spokesman, Hamdullah Fitrat, rejected the allegations as baseless and said Pakistan should address its own security failures.
""",
["PK", "AF"], [("battle", "PK", "Ghalanai", 13, True)], ["diplomacy"],
["Hamdullah Fitrat"], ["Foreign Office", "Tehreek-e-Taliban Pakistan", "Frontier Corps", "Taliban"],
"NO CURRENT INCIDENT: accusation, evidence handed to the envoy and the rejection = diplomacy. March 27 check-post attack, six days earlier and cited as context = background battle, 4 + 9 = 13. AF via Kabul/Afghan/Kunar; PK via Pakistan/Islamabad/Mohmand.")

art("satp", "2026-02-15", None, """
Personnel of the Central Reserve Police Force (CRPF) paid homage to the 40 troopers killed in the 2019 Pulwama suicide car bombing at a ceremony at the memorial in the Lethpora camp in Pulwama District on February 14, the seventh anniversary of the attack. Senior officers and family members of some of the slain troopers laid wreaths, and a two-minute silence was observed. The explosives-laden car driven by a Jaish-e-Mohammad (JeM) suicide bomber had rammed a bus in a 78-vehicle convoy on the Jammu-Srinagar National Highway. Inspector General (IG) of the CRPF's Kashmir Operations Sector, Rajesh Yadav, said convoy movement procedures had been completely overhauled since the attack and that troops now move in smaller groups with air support when needed.
""",
["IN"], [("explosion", "IN", "Pulwama", 40, True)], [],
["Rajesh Yadav"], ["Central Reserve Police Force", "Jaish-e-Mohammad"],
"NO CURRENT INCIDENT: anniversary ceremony (not a protest, no event type). 2019 Pulwama suicide car bombing = background explosion; text states 40 troopers (bomber's death not stated) -> 40; location 'Pulwama' as the text names the bombing (Lethpora appears only as the camp). Convoy procedure changes are past policy, not a current event. IN via Pulwama/Jammu/Srinagar/Kashmir.")

art("satp", "2025-09-25", None, """
The Counter Terrorism and Transnational Crime (CTTC) unit of the Dhaka Metropolitan Police (DMP) arrested four suspected members of a new militant outfit from a rented flat at Fatullah in Narayanganj District on September 24, claiming to have foiled a plan to attack a Durga Puja pandal during the coming festival. Three hand-made grenades, a quantity of explosive powder, detonators and extremist literature were seized from the flat. Additional Commissioner Rafiqul Alam told a press briefing that the group, which calls itself Tawhidi Kafela, had been recruiting through encrypted messaging apps and had surveyed three pandals in Narayanganj and old Dhaka. He said security at puja venues across the country had been tightened and that the suspects had been placed on a five-day remand.
""",
["BD"], [], ["strategic"],
["Rafiqul Alam"], ["Counter Terrorism and Transnational Crime", "Dhaka Metropolitan Police", "Tawhidi Kafela"],
"NO CURRENT INCIDENT: foiled plot = arrests, seizure, tightened security -> strategic. Grenades seized, nothing exploded. BD via Dhaka/Narayanganj.")

art("satp", "2026-03-26", None, """
A Nepal Army bomb disposal team defused a pressure-cooker bomb planted outside the ward office of Mithila Bihari Municipality in Dhanusha District on March 25, Police said. Staff arriving for work found the device, wrapped in a plastic bag with a wire protruding from it, beside the office gate and alerted the District Police Office. Pamphlets left nearby in the name of a little-known armed group demanded 'an independent Madhesh' and warned elected officials against collecting taxes. The area was cordoned off for nearly four hours before the device was made safe. Superintendent of Police (SP) Bishwo Raj Khadka said two suspects had been detained and that CCTV footage from nearby shops was being examined.
""",
["NP"], [], ["strategic"],
["Bishwo Raj Khadka"], ["Nepal Army"],
"NO CURRENT INCIDENT: bomb defused (never exploded) and suspects detained = strategic. NP via Dhanusha/Mithila Bihari; Madhesh is a province name (still NP); 'Nepal' itself only inside 'Nepal Army'.")

art("satp", "2025-08-07", None, """
Personnel of the Police Special Task Force (STF) unearthed a cache of weapons believed to have been buried by the Liberation Tigers of Tamil Eelam (LTTE) during the final phase of the war from a coconut estate at Puthukkudiyiruppu in Mullaitivu District on August 6, acting on a court order obtained after a tip-off. The cache included 14 rusted T-56 rifles, two 60 mm mortar tubes, 320 rounds of ammunition, 11 claymore mines and a quantity of explosives, packed in polythene inside plastic barrels. The excavation, supervised by the Mullaitivu Magistrate, was halted at dusk and will resume on August 7. Police said the estate had been used as an LTTE camp until early 2009, when the Army took control of the area.
""",
["LK"], [], ["strategic"],
[], ["Special Task Force", "Liberation Tigers of Tamil Eelam"],
"NO CURRENT INCIDENT: recovery of an old arms cache = strategic (seizure). Claymore mines recovered, nothing exploded; the 2009 takeover of the area is past and not an incident. LK only via Mullaitivu/Puthukkudiyiruppu ('Tamil Eelam' is inside the LTTE's name).")

art("satp", "2026-01-07", None, """
The Jammu and Kashmir Police on January 6 attached a residential house and two kanals of orchard land belonging to a Pakistan-based militant handler in Pattan tehsil of Baramulla District under Section 25 of the Unlawful Activities (Prevention) Act (UAPA). The handler, Ghulam Qadir Mir alias Abu Talha, crossed over to Pakistan-occupied Kashmir (PoK) in 2001 for arms training and has since been directing infiltration and recruitment in north Kashmir, Police said. A notice was pasted on the house in the presence of revenue officials and the village headman. Police said the properties of 41 such handlers had been attached in the District since 2023 as part of the effort to dismantle the militant support system.
""",
["IN", "PK"], [], ["strategic"],
["Ghulam Qadir Mir"], ["Jammu and Kashmir Police"],
"NO CURRENT INCIDENT: property attachment under UAPA = strategic (seizure). '41 handlers since 2023' is an aggregate. PK via 'Pakistan-based' and Pakistan-occupied Kashmir; IN via Baramulla/Pattan.")

# =====================================================================================
# bf5-25..44  wire-style articles, each with at least one current incident.
# =====================================================================================

art("wire", "2025-08-19", "Jihadists kill 14 volunteer fighters in northwest Burkina Faso village, sources say", """
OUAGADOUGOU - Militants linked to al Qaeda killed at least 14 members of Burkina Faso's army-backed Volunteers for the Defence of the Homeland (VDP) when they stormed their post in the village of Bourasso in the northwestern Kossi province on Sunday, two security sources and a local official said on Tuesday.

Dozens of fighters on motorcycles surrounded the post at dawn and fought the volunteers for about two hours before setting fire to their shelters and seizing their weapons, one of the security sources said. Several attackers were also killed, he said, without giving a figure.

The local official, who asked not to be named for fear of reprisals, said the fighters also looted the village grain store and drove off cattle before leaving towards the border with Mali, about 30 km away.

Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al Qaeda's affiliate in the Sahel, claimed the attack on Monday in a statement that put the number of dead volunteers at 40. The government did not comment.

Kossi has been spared the worst of the violence that has hit the north and east of the country, but attacks have grown more frequent since a JNIM ambush on a supply convoy near Djibasso in May that killed 11 soldiers, residents said.

Burkina Faso's military government, which seized power in 2022, has armed tens of thousands of civilian volunteers to fight the insurgency. Rights groups accuse some VDP units of killing civilians suspected of collaborating with the jihadists.
""",
["BF", "ML"], [("battle", "BF", "Bourasso", 14, False), ("battle", "BF", "Djibasso", 11, True)], [],
[], ["Volunteers for the Defence of the Homeland", "Jama'at Nusrat al-Islam wal-Muslimin", "JNIM", "al Qaeda"],
"Assault on an armed VDP post = battle; sources' 'at least 14' used, JNIM's claim of 40 not (non-perpetrator figure preferred, as b002); 'several attackers' adds no number. Sunday attack reported Tuesday = current. May convoy ambush = background battle, 11. 2022 takeover and 'tens of thousands' armed = not incidents. ML via 'border with Mali' (no event there).",
when={"Sunday": "2025-08-17", "Tuesday": "2025-08-19", "Monday": "2025-08-18"})

art("wire", "2025-10-09", "Gunmen kidnap 23 villagers in western Niger, local officials say", """
NIAMEY - Gunmen on motorcycles abducted at least 23 people, most of them women and children, from the village of Kokorou in Niger's western Tillaberi region on Tuesday night, two local officials said on Thursday.

The attackers arrived shortly after evening prayers, gathered residents in the village square and took away relatives of farmers who had refused to pay a levy the militants had imposed on this year's harvest, one of the officials said. A man who tried to stop them was shot dead.

No group has claimed the kidnapping, but both Islamic State Sahel Province and al Qaeda-linked JNIM operate in the area, close to Niger's borders with Mali and Burkina Faso.

Niger's military government said in a statement read on state television that the army was "pursuing the terrorists" and would bring the hostages home. It gave no details.

Abductions for ransom have spread across Tillaberi as armed groups tighten their grip on rural areas. In June, fighters raided a primary school at Banibangou and took away 10 teachers, who have not been heard from since.

The junta, which seized power in July 2023 and expelled French troops, has turned to Russia for military support and left the West African regional bloc ECOWAS together with the military governments of Mali and Burkina Faso.
""",
["NE", "ML", "BF", "FR", "RU"], [("civilian_attack", "NE", "Kokorou", 1, False),
                                 ("civilian_attack", "NE", "Banibangou", None, True)], [],
[], ["Islamic State Sahel Province", "JNIM", "ECOWAS"],
"KIDNAPPING by an armed group: abduction raid with one man shot dead = one civilian_attack, 1 (the 23 abducted are not deaths). Tuesday night, reported Thursday = current (two days). June school raid = background civilian_attack, null. The army's pursuit statement is the response, not listed. 2023 coup/expulsion/ECOWAS exit = background politics, not listed. FR via 'French troops', RU via 'turned to Russia'. 'West African' is a region.",
when={"Tuesday": "2025-10-07", "Thursday": "2025-10-09"})

art("wire", "2026-01-12", "Roadside bomb hits bus in Nigeria's Borno, killing nine passengers", """
MAIDUGURI, Nigeria - A bomb buried on the road between Maiduguri and Damboa in northeast Nigeria ripped through a commercial bus on Sunday afternoon, killing nine passengers and wounding six, police and a local militia leader said on Monday.

The bus was travelling at the back of an army-escorted convoy when it struck the device near the village of Wajiroko, about 40 km south of Maiduguri, the Borno state police spokesman Abubakar Sani said in a statement. The wounded were taken to the state specialist hospital in Maiduguri.

Bukar Modu, a commander of the Civilian Joint Task Force (CJTF), a militia that fights alongside the army, blamed fighters of Islamic State West Africa Province (ISWAP), the Boko Haram splinter group that controls much of the countryside around Lake Chad.

"They plant these things at night and wait for the traffic in the morning," he said by phone. "The escort cannot see under the sand."

The road is the main link between the state capital and the southern part of Borno. In October, ISWAP fighters ambushed a military convoy on the same road near Sabon Gari, killing three soldiers, and traders have since travelled only in escorted convoys.
""",
["NG"], [("explosion", "NG", "Wajiroko", 9, False), ("battle", "NG", "Sabon Gari", 3, True)], [],
["Abubakar Sani", "Bukar Modu"], ["Civilian Joint Task Force", "Islamic State West Africa Province", "Boko Haram"],
"Buried roadside bomb under a bus = explosion, 9. October ambush on a military convoy = background battle, 3. TRAP: 'Lake Chad' is a lake, no TD. NG via Nigeria/Borno/Maiduguri.",
when={"Sunday": "2026-01-11", "Monday": "2026-01-12"})

art("wire", "2025-05-16", "Mali army says 'dozens of terrorists' killed in clash near Niono", """
BAMAKO - Malian soldiers backed by Russian paramilitaries fought Islamist militants for several hours around a military camp at Dogofry, north of the town of Niono in the central Segou region, on Wednesday, the army said, adding that "dozens of terrorists" had been "neutralised" and five soldiers killed.

The militants attacked the camp before dawn from three directions, and troops pushed them back towards the forest along the Niger river's inland delta, the army general staff said in a statement on Thursday. It said soldiers had seized motorcycles, rifles and a pickup mounted with a heavy machine gun.

JNIM, the al Qaeda affiliate active across central Mali, said in a message on Friday that its fighters had killed "many soldiers and Russian mercenaries", without giving a number. The competing claims could not be independently verified.

The irrigated rice fields around Niono have been contested for years between the army, allied hunter militias and JNIM, which has imposed local pacts on several villages. In February, militants ambushed a convoy escorting civilian trucks near Diabaly, killing 12 soldiers, according to local officials.

Mali's junta has relied on fighters of Russia's Africa Corps since the departure of French forces and of a U.N. peacekeeping mission.
""",
["ML", "RU", "FR"], [("battle", "ML", "Dogofry", 17, False), ("battle", "ML", "Diabaly", 12, True)], [],
[], ["JNIM", "Africa Corps"],
"Militant assault on a camp and counter-attack = one battle. Army figures: 'dozens of terrorists' -> 12 + 5 soldiers = 17 (perpetrators included; 'dozens' = 12; judgment to sum). JNIM's 'many' adds nothing. February convoy ambush = background battle, 12. Niger here is the river (TRAP: no NE). RU via Russian paramilitaries/Africa Corps; FR via 'French forces'. U.N. mission departure is background.",
when={"Wednesday": "2025-05-14", "Thursday": "2025-05-15", "Friday": "2025-05-16"})

art("wire", "2025-07-19", "Six Togolese soldiers killed in attack on post near Burkina Faso border", """
LOME - Gunmen killed six soldiers and wounded four in an overnight attack on a military post at Mandouri in the far north of Togo, near the border with Burkina Faso, the government said on Saturday.

The assailants attacked the post in the Kpendjal prefecture late on Thursday and fought the soldiers for more than an hour before withdrawing, government spokesman Komlan Dzogbedo said in a statement read on national television. He said troops had "inflicted heavy losses" on the attackers, but gave no figure.

Togo rarely publishes figures on attacks in its Savanes region, where jihadist groups from the Sahel have been expanding since 2021. The government has extended a state of emergency in the region several times.

The attack was one of the deadliest in Togo since May 2022, when eight soldiers were killed in a dawn raid on a post at Kpinkankandi, also in Kpendjal.

A resident of Mandouri reached by phone said families had begun leaving for the town of Dapaong, about 80 km to the west, fearing further attacks. "The market is empty. People are afraid of the night," she said.
""",
["TG", "BF"], [("battle", "TG", "Mandouri", 6, False), ("battle", "TG", "Kpinkankandi", 8, True)], [],
["Komlan Dzogbedo"], [],
"Overnight assault on a military post = battle, 6 ('heavy losses' among attackers has no number). Thursday night reported Saturday = current (two days). May 2022 Kpinkankandi raid = background battle, 8. State of emergency extensions are past, not listed. BF via 'border with Burkina Faso'. 'Sahel' is a region.",
when={"Saturday": "2025-07-19", "Thursday": "2025-07-17"})

art("wire", "2025-09-15", "Insurgents abduct children, burn homes in Mozambique's Niassa province", """
MAPUTO - Islamist insurgents raided a village in Mozambique's northern Niassa province at the weekend, beheading two men, burning dozens of homes and abducting at least 12 children, local officials and a Catholic aid group said on Monday.

The fighters reached Naulala, in Mecula district, on Saturday evening after crossing a river from neighbouring Cabo Delgado province, according to a district official who asked not to be named. Most residents fled into the bush, but the children were seized from a house where they had been sleeping together, he said.

Caritas in the diocese of Lichinga said the children, aged between 9 and 15, were taken away on foot together with goats and bags of maize. Rights groups say the insurgents, known locally as al-Shabaab but unrelated to the Somali group, use abducted boys as fighters and girls as "wives".

The raid was the deepest into Niassa since April, when fighters attacked a ranger base in the Niassa Special Reserve, killing two rangers.

Troops from Rwanda, deployed in Cabo Delgado since 2021 under a bilateral agreement, do not operate in Niassa. Mozambique's defence ministry did not respond to requests for comment.
""",
["MZ", "RW", "SO"], [("civilian_attack", "MZ", "Naulala", 2, False), ("battle", "MZ", "Niassa Special Reserve", 2, True)], [],
[], ["Caritas", "al-Shabaab"],
"KIDNAPPING by an armed group: one raid with beheadings, arson and abduction of children = one civilian_attack, 2 beheaded ('dozens of homes' and 12 abducted are not deaths). Saturday raid reported Monday = current. April attack on a ranger base (armed rangers) = background battle, 2; location 'Niassa Special Reserve' (the most specific proper name given). SO via 'the Somali group' (demonym reference; judgment). RW via 'Troops from Rwanda'.",
when={"Saturday": "2025-09-13", "Monday": "2025-09-15"})

art("wire", "2026-02-11", "Nine killed in M23-militia fighting near Masisi; shell hits market in Congo's Sake", """
GOMA, Democratic Republic of Congo - Fighting between M23 rebels and pro-government Wazalendo militias in eastern Congo's North Kivu province killed at least nine fighters on Tuesday, local sources said, while a mortar shell struck a market in the nearby town of Sake, wounding 11 civilians.

The clashes broke out near the village of Kibabi in Masisi territory when Wazalendo fighters attacked an M23 position on a hilltop overlooking the road to Nyabiondo, a civil society leader in Masisi, Jean-Baptiste Mirimo, said. He said six militiamen and three rebels were killed.

In Sake, about 25 km west of Goma, a shell landed in the main market around midday. Doctors at the town's health centre said 11 people were wounded, two of them seriously. Each side blamed the other.

The Rwanda-backed M23 has held Goma since January 2025. A peace agreement signed in Washington by Congo and Rwanda in June of that year has done little to stop the fighting on the ground.

Kinshasa and the M23 are due to resume Qatar-mediated talks in Doha next week, the Congolese government spokesman said on Wednesday.
""",
["CD", "RW", "US", "QA"], [("battle", "CD", "Kibabi", 9, False), ("explosion", "CD", "Sake", None, False)],
["diplomacy"],
["Jean-Baptiste Mirimo"], ["M23", "Wazalendo"],
"Rebels vs militia = battle, 9 (6 + 3). Mortar shell on a market = separate explosion, injuries only -> null. Announcement of talks resuming = diplomacy. Capture of Goma (2025) and the Washington deal = background, not incidents. US via Washington (city where the deal was signed; judgment), QA via Qatar/Doha, RW via Rwanda.",
when={"Tuesday": "2026-02-10", "Wednesday": "2026-02-11"})

art("wire", "2025-11-15", "Two dead as youths riot in eastern Congo's Uvira after moto-taxi driver killed", """
UVIRA, Democratic Republic of Congo - Two people were killed on Friday when angry youths set up burning barricades, torched a police post and stoned soldiers in the eastern Congolese town of Uvira after a motorcycle taxi driver was shot dead by a man in army uniform, local officials said.

The driver was killed late on Thursday in the Kalundu neighbourhood, near the port on Lake Tanganyika, after an argument over a fare, witnesses said. By Friday morning hundreds of young men had blocked the main road to the border with Burundi.

Soldiers fired live rounds to disperse the crowd, killing a secondary school student and a trader, said the head of a local civil society group, Alexis Bulambo. At least eight others were wounded, he said.

The mayor of Uvira announced a night-time curfew and said the soldier suspected of killing the driver had been arrested and would face a military court.

Uvira, at the northern tip of Lake Tanganyika, has swollen with people fleeing fighting between the army, allied militias and M23 rebels in the highlands. Burundian troops are deployed in the area to support the Congolese army.
""",
["CD", "BI"], [("riot", "CD", "Uvira", 2, False), ("civilian_attack", "CD", "Kalundu", 1, False)],
["strategic"],
["Alexis Bulambo"], ["M23"],
"Barricades, arson of a police post and stone-throwing = riot; the two killed by soldiers' fire are deaths in the riot -> 2. The soldier's killing of the unarmed driver the night before = civilian_attack, 1, current (one day earlier). Curfew and the soldier's arrest = strategic. BI via Burundi/Burundian troops.",
when={"Friday": "2025-11-14", "Thursday": "2025-11-13"})

art("wire", "2025-09-18", "ELN rebels kidnap two oil contractors in Colombia's Arauca", """
BOGOTA - Fighters of Colombia's National Liberation Army (ELN) kidnapped two employees of an oilfield services contractor on a rural road near the town of Saravena in the northeastern province of Arauca on Wednesday, the army said.

The men, a petroleum engineer and a technician, were driving back from a pumping station when armed men wearing ELN armbands stopped their pickup at a roadblock made of tree trunks and took them away on motorcycles, the army's 18th Brigade said in a statement. The driver was left behind with the vehicle.

The contractor, which works for several oil companies in the region, said it was in contact with the authorities and asked for the men's safe return.

The ELN, which finances itself partly through kidnapping and extortion, has fought dissidents of the former FARC guerrillas for control of Arauca and the border with Venezuela since 2022. Some of its commanders are believed to shelter on the Venezuelan side of the Arauca river.

The group drew international attention in 2023, when its fighters kidnapped the father of national team footballer Luis Diaz in Barrancas, in La Guajira province. He was released unharmed 12 days later.
""",
["CO", "VE"], [("civilian_attack", "CO", "Saravena", None, False), ("civilian_attack", "CO", "Barrancas", 0, True)], [],
["Luis Diaz"], ["National Liberation Army", "ELN", "FARC", "18th Brigade"],
"KIDNAPPING by an armed group = civilian_attack, null. 2023 kidnapping of the footballer's father = background civilian_attack; 'released unharmed' -> 0. The ELN-FARC dissident fighting since 2022 is general, not listed. VE via Venezuela/Venezuelan side (no event there).",
when={"Wednesday": "2025-09-17"})

art("wire", "2026-03-13", "Drone attack on army base in Colombia's Cauca kills soldier; farmers march in Popayán", """
POPAYAN, Colombia - A drone dropped explosives on an army base in the hamlet of El Mango in the municipality of Argelia, in southwestern Colombia's Cauca province, late on Thursday, killing one soldier and wounding four, the army said on Friday.

The army blamed the Carlos Patino front, a faction of FARC dissidents that refused to join the 2016 peace deal and controls much of the coca-growing Micay canyon. The front has increasingly used commercial drones fitted with homemade explosives against troops and police stations in the area.

"These are cowardly attacks that show the criminal groups' desperation," the commander of the army's Third Division, General Andres Rincon, told reporters.

Separately, about 2,000 coca growers and Indigenous people marched through the centre of Popayán, the provincial capital, on Friday to demand that the government honour promises of roads and crop substitution payments. The march ended peacefully outside the governor's office.

Cauca has been among the regions worst hit by violence since peace talks between the government and several dissident factions stalled.
""",
["CO"], [("explosion", "CO", "El Mango", 1, False), ("protest", "CO", "Popayán", None, False)], [],
["Andres Rincon"], ["Carlos Patino front", "FARC", "Third Division"],
"Drone-dropped explosives on a base = explosion (DESIGN: drone strike), 1. Peaceful march = protest, null. 2016 peace deal and stalled talks are background, not events. CO throughout.",
when={"Thursday": "2026-03-12", "Friday": "2026-03-13"})

art("wire", "2025-06-10", "Landmine kills soldier in Mexico's Michoacán as cartel drones hit avocado town", """
MORELIA, Mexico - A Mexican soldier was killed and two were wounded on Monday when a landmine planted by a drug cartel exploded under their armoured vehicle on a dirt road outside Aguililla, in the western state of Michoacan, the Defence Ministry said.

Hours later, drones dropped improvised explosives on houses on the edge of the avocado-growing town of Tancítaro, wounding a woman and her teenage son, local officials said. Residents said the attack lasted about 20 minutes and damaged a water tank and two pickup trucks.

The Jalisco New Generation Cartel (CJNG) and the rival Carteles Unidos have turned the hills of Michoacan's Tierra Caliente into one of Mexico's most dangerous battlegrounds, planting homemade mines on rural roads and using drones to attack rivals and security forces.

Last month, eight soldiers were killed when their vehicle hit a mine near Los Reyes, the deadliest such attack on the armed forces in years.

The United States designated the CJNG a foreign terrorist organisation in February, a move Mexican officials have warned should not be used to justify unilateral action on Mexican soil.
""",
["MX", "US"], [("explosion", "MX", "Aguililla", 1, False), ("explosion", "MX", "Tancítaro", None, False),
               ("explosion", "MX", "Los Reyes", 8, True)], [],
[], ["Jalisco New Generation Cartel", "Carteles Unidos", "Defence Ministry"],
"Landmine blast = explosion, 1. Drone-dropped explosives on houses the same day = separate explosion, injuries only -> null. Last month's mine near Los Reyes = background explosion, 8. US terrorist designation (February) = background, not listed. US via 'The United States'.",
when={"Monday": "2025-06-09"})

art("wire", "2026-04-16", "Teachers storm Guerrero state congress in Chilpancingo over pension reform", """
CHILPANCINGO, Mexico - Hundreds of teachers from a dissident union smashed the doors of the Guerrero state congress in Chilpancingo on Wednesday, set fire to furniture in the lobby and pelted riot police with rocks and firecrackers in a protest against a pension reform, state officials said.

Twelve police officers and several protesters were injured, but nobody was killed, the state security ministry said. Lawmakers who were debating the reform were evacuated through a back door and the session was suspended.

The teachers, members of the State Coordinator of Education Workers of Guerrero (CETEG), had marched from the city centre to the congress building after blocking the highway to Acapulco for three hours in the morning.

CETEG leaders said the reform would raise the retirement age and cut pensions, and vowed to keep up protests until it was withdrawn.

Guerrero's teachers have a long history of militant protest, which intensified after the 2014 abduction of 43 students from the Ayotzinapa rural teachers' college by local police and gang members in Iguala. The students have never been found.
""",
["MX"], [("riot", "MX", "Chilpancingo", 0, False), ("civilian_attack", "MX", "Iguala", None, True)], [],
[], ["State Coordinator of Education Workers of Guerrero", "CETEG"],
"Storming the congress, arson, stoning police = riot; the morning highway blockade is part of the same day's action (one riot entry). 'nobody was killed' -> 0. 2014 abduction of 43 students = background civilian_attack, null (no deaths stated). Suspension of the session is not an event. Acapulco is named only as a highway destination.",
when={"Wednesday": "2026-04-15"})

art("wire", "2025-11-18", "Gang kidnaps six nurses near Haiti's capital; police say two gang members killed in Delmas", """
PORT-AU-PRINCE - Armed men kidnapped six nurses and their driver as they travelled to a rural clinic in Croix-des-Bouquets, east of Haiti's capital, on Monday, the clinic's director said on Tuesday.

The gunmen stopped the clinic's minibus on the road near the Thomazeau junction, forced the passengers into two cars and drove off, director Marie-Claude Estimé said. The kidnappers later phoned the clinic to demand $500,000 for their release.

The area is controlled by the 400 Mawozo gang, which kidnapped 17 U.S. and Canadian missionaries in the nearby commune of Ganthier in 2021.

Separately, Haitian police said two gang members were killed on Tuesday in a shootout with officers in the Delmas 30 area of Port-au-Prince during an operation backed by the Gang Suppression Force, the new international mission authorised by the U.N. Security Council.

Gangs control most of the capital and have expanded into neighbouring regions, killing thousands of people and forcing more than a million from their homes, according to the United Nations.
""",
["HT", "US", "CA"], [("civilian_attack", "HT", "Croix-des-Bouquets", None, False),
                     ("battle", "HT", "Delmas 30", 2, False),
                     ("civilian_attack", "HT", "Ganthier", None, True)], [],
["Marie-Claude Estimé"], ["400 Mawozo", "Gang Suppression Force", "U.N. Security Council", "United Nations"],
"KIDNAPPING by a gang = civilian_attack, null; location Croix-des-Bouquets (named destination commune; the junction is a road point). Police-gang shootout = battle, 2. 2021 missionary kidnapping = background civilian_attack, null. 'Thousands killed' = aggregate. US/CA via 'U.S. and Canadian missionaries'.",
when={"Monday": "2025-11-17", "Tuesday": "2025-11-18"})

art("wire", "2026-02-28", "Thousands march in Cap-Haïtien against gang violence and fuel shortages", """
CAP-HAITIEN, Haiti - Thousands of people marched peacefully through Haiti's second city, Cap-Haïtien, on Friday to demand that the authorities reopen the roads cut by gangs and end weeks of fuel shortages that have shut schools and left hospitals running on generators.

Waving branches and Haitian flags, the marchers walked from the cathedral square to the port, where a fuel tanker has been waiting to unload for 10 days because of a dispute over payment. Police escorted the march, and organisers said it ended without incident.

"We are cut off from the capital, and now we are cut off from fuel. We want a state that works," said Jocelyne Auguste, a market vendor who helped organise the march.

Cap-Haïtien has been spared the gang violence that grips Port-au-Prince, but the national road linking the two cities has been blocked by armed groups for more than a year, and goods now arrive by sea or overland from the Dominican Republic through the border town of Ouanaminthe.

The country's interim government has promised elections later this year, but officials say the security situation has yet to allow voter registration in much of the country.
""",
["HT", "DO"], [("protest", "HT", "Cap-Haïtien", None, False)], [],
["Jocelyne Auguste"], [],
"Peaceful march = protest, null ('ended without incident' is not a statement about deaths). Gang road blockade is a long-running situation, not an incident. DO via 'Dominican Republic' (trade route). TRAP: no DM.",
when={"Friday": "2026-02-27"})

art("wire", "2026-01-04", "Myanmar military air strike on market kills 11 in Magway region, residents say", """
A Myanmar military jet bombed a crowded market in the village of Kan Nyin in Pauk township of the central Magway region on Saturday, killing at least 11 people including three children, residents and a local resistance group said on Sunday.

The jet dropped two bombs at about 10 am, when the weekly market was at its busiest, a resident who helped to bury the dead said by phone. More than 20 people were wounded and several stalls were set on fire.

The Pauk People's Defence Force (PDF), one of the armed groups formed after the 2021 coup, said the strike came a day after its fighters ambushed an army column near Kyaukhtu, killing several soldiers. The claim could not be verified.

Junta spokesman Zaw Min Tun did not respond to calls seeking comment. The military says it targets only "terrorists" and denies bombing civilians.

The attack came as the military prepares the second phase of an election it is staging in areas under its control. Opposition groups and Western governments have dismissed the vote as a sham designed to entrench army rule.
""",
["MM"], [("explosion", "MM", "Kan Nyin", 11, False), ("battle", "MM", "Kyaukhtu", None, False)], [],
["Zaw Min Tun"], ["Pauk People's Defence Force"],
"Air strike on a market = explosion, 'at least 11' -> 11. PDF ambush on an army column the day before the strike (Friday, two days before publication) = current battle, 'several soldiers' -> null. 2021 coup and the election are background/politics. No other country.",
when={"Saturday": "2026-01-03", "Sunday": "2026-01-04"})

art("wire", "2025-10-24", "Soldier, two NPA rebels killed in clash in Negros Occidental", """
BACOLOD CITY, Philippines - A soldier and two guerrillas of the communist New People's Army (NPA) were killed on Thursday in a gunfight in the mountains of Himamaylan City in Negros Occidental province, the army said.

An army patrol responding to reports of armed men collecting "revolutionary taxes" from sugarcane farmers came under fire near a farming village at around 7 am, and the exchange lasted about 20 minutes, the 3rd Infantry Division said in a statement. Troops recovered two M16 rifles, a pistol and backpacks after the rebels withdrew.

In March, NPA rebels ambushed a police patrol in the neighbouring city of Kabankalan, killing two officers.

The military says the NPA, which has waged one of Asia's longest-running insurgencies since 1969, has been reduced to a few hundred fighters. The government and the rebels' political wing agreed in late 2023, in talks facilitated by Norway, to work towards resuming formal peace negotiations, but no talks have been held since.
""",
["PH", "NO"], [("battle", "PH", "Himamaylan", 3, False), ("battle", "PH", "Kabankalan", 2, True)], [],
[], ["New People's Army", "NPA", "3rd Infantry Division"],
"Army vs NPA gunfight = battle, 1 + 2 = 3. March ambush on a police patrol = background battle, 2. 2023 Norway-facilitated agreement = background diplomacy, not listed; NO via 'facilitated by Norway' (state actor). 'Asia' is a continent.",
when={"Thursday": "2025-10-23"})

art("wire", "2026-03-10", "Roadside bomb wounds five soldiers in Basilan; army defuses second device", """
ISABELA CITY, Philippines - A roadside bomb exploded as a military truck passed through the village of Baguindan in Tipo-Tipo town in the southern Philippine province of Basilan on Monday, wounding five soldiers, the military said. No one was killed.

Army engineers found a second device, made from a mortar round and connected to a mobile phone, about 300 metres further along the road and defused it, said Major Ronaldo Lacson, spokesman of the army's 101st Infantry Brigade.

Lacson blamed a small band of militants linked to the Islamic State-inspired Dawlah Islamiyah group who had evaded troops in the forests of central Basilan. The wounded soldiers were flown to a military hospital in Zamboanga City.

Basilan, once a stronghold of the Abu Sayyaf group, had been largely free of bombings in recent years. In 2018, a van bomb at a checkpoint in the city of Lamitan killed 10 people, including a soldier and civilian militiamen.
""",
["PH"], [("explosion", "PH", "Baguindan", 0, False), ("explosion", "PH", "Lamitan", 10, True)], ["strategic"],
["Ronaldo Lacson"], ["101st Infantry Brigade", "Dawlah Islamiyah", "Abu Sayyaf"],
"Roadside bomb that went off = explosion; 'No one was killed' -> 0. Second device defused (did not explode) = strategic. 2018 Lamitan van bomb = background explosion, 10.",
when={"Monday": "2026-03-09"})

art("wire", "2025-08-13", "Papuan rebels kill four gold miners in Yahukimo, Indonesian police say", """
JAYAPURA, Indonesia - Separatist rebels shot and hacked to death four gold miners and wounded two others at an informal mining camp in Yahukimo regency in Indonesia's Highland Papua province on Tuesday, police said.

About 10 attackers armed with rifles and machetes raided the camp on the banks of the Seradala river in the afternoon, a police spokesman, Ignatius Benny, said. The two wounded survivors escaped by hiding in the river and were later evacuated by helicopter to the town of Dekai.

The West Papua National Liberation Army (TPNPB), the armed wing of the Free Papua Movement, claimed responsibility, saying the miners were spies for the Indonesian military. Police said all the victims were civilians from Sulawesi who had come to pan for gold.

The TPNPB has repeatedly attacked migrant workers, teachers and health workers in the highlands. In February 2023 its fighters kidnapped New Zealand pilot Phillip Mehrtens after he landed in Nduga; he was released unharmed in September 2024.
""",
["ID", "NZ"], [("civilian_attack", "ID", "Yahukimo", 4, False), ("civilian_attack", "ID", "Nduga", 0, True)], [],
["Ignatius Benny", "Phillip Mehrtens"], ["West Papua National Liberation Army", "TPNPB", "Free Papua Movement"],
"Killing of unarmed miners = civilian_attack, 4 (location: the regency; the river name describes the camp's bank, judgment). 2023 kidnapping of the pilot = background civilian_attack; 'released unharmed' -> 0. The rebels' claim that victims were spies does not change the type. NZ via 'New Zealand pilot'. Sulawesi is an Indonesian island (ID).",
when={"Tuesday": "2025-08-12"})

art("wire", "2026-04-14", "Students rally in Jayapura against new military posts in Papua", """
JAYAPURA, Indonesia - Several hundred students marched through Jayapura, the capital of Indonesia's Papua province, on Monday to protest against the construction of new military posts in the highlands, which they say have driven thousands of villagers from their homes.

The rally, which began at Cenderawasih University and ended outside the provincial legislature, was peaceful, but police detained 14 students for carrying the banned Morning Star flag, a symbol of the independence movement, police spokesman Ignatius Benny said.

Protesters carried pictures of two villagers from Intan Jaya who were shot dead last month in what activists say was a raid by soldiers hunting rebels. The military says the two men were members of the West Papua National Liberation Army and were killed in a firefight.

On Tuesday the government of Vanuatu, a longtime supporter of Papuan self-determination, said it would raise the detentions at the U.N. Human Rights Council in Geneva.
""",
["ID", "VU", "CH"], [("protest", "ID", "Jayapura", None, False), ("civilian_attack", "ID", "Intan Jaya", 2, True)],
["strategic", "diplomacy"],
["Ignatius Benny"], ["Cenderawasih University", "West Papua National Liberation Army", "U.N. Human Rights Council"],
"Peaceful rally = protest, null. Detention of 14 = strategic. Vanuatu's statement = diplomacy. Last month's shooting of two villagers = background, typed civilian_attack as activists describe it (the military's 'firefight' version is contested; judgment). CH via Geneva (venue of the council; judgment).",
when={"Monday": "2026-04-13", "Tuesday": "2026-04-14"})

art("wire", "2025-12-07", "Gunmen attack police post in Russia's Dagestan; three officers and two attackers killed", """
MAKHACHKALA, Russia - Gunmen opened fire on a traffic police post on the outskirts of the town of Izberbash in Russia's southern republic of Dagestan on Saturday, killing three officers before two of the attackers were shot dead, Russia's National Anti-Terrorist Committee said.

A third suspect fled in a car and was detained several hours later at a checkpoint near Kaspiysk after a manhunt, the committee said in a statement. Investigators opened a terrorism case.

Regional head Sergei Melikov said the attackers were local men who had been radicalised online and had sworn allegiance to the Islamic State group. He declared Monday a day of mourning in the republic.

Dagestan, a mainly Muslim region in the North Caucasus, has seen a rise in militant attacks in recent years. In June 2024, gunmen attacked churches, synagogues and a police post in Derbent and Makhachkala, killing more than 20 people.
""",
["RU"], [("battle", "RU", "Izberbash", 5, False), ("civilian_attack", "RU", "Derbent", 20, True)], ["strategic"],
["Sergei Melikov"], ["National Anti-Terrorist Committee", "Islamic State"],
"Armed attack on a police post = battle, 3 officers + 2 attackers = 5. Detention of a suspect and the terrorism case = strategic. June 2024 Derbent/Makhachkala attacks = one background entry with the joint toll, typed by first-named target (churches: civilian_attack), location first-named place Derbent, 'more than 20' -> 20. 'Monday' is the day of mourning after the article date (future reference). North Caucasus is a region.",
when={"Saturday": "2025-12-06", "Monday": "2025-12-08"})

# =====================================================================================
# bf5-45..60  quiet articles: no current incident, with traps.
# =====================================================================================

art("quiet", "2026-03-16", "Georgia's pack batters Portugal to retain Rugby Europe title", """
TBILISI - Georgia's forwards bulldozed their way to a fifth straight Rugby Europe Championship title on Sunday, crushing Portugal 41-13 in front of a sell-out crowd of more than 50,000 in Tbilisi.

The Lelos' scrum, the most feared weapon in the second tier of European rugby, demolished the Portuguese front row from the opening minutes and won three penalty tries, while flanker Luka Beridze ran in two more from driving mauls.

"We knew we had to win the battle up front, and we killed the game there," captain Davit Kobiashvili said. "Portugal attacked bravely, but you cannot survive an assault like that for 80 minutes."

Portugal, who stunned Fiji at the 2023 World Cup in France, had beaten Spain and Romania on their way to the final, but their backs rarely saw the ball. Their coach, Rui Teixeira Lobo, admitted his side had been "ambushed" by the intensity.

Georgia's victory will renew calls for the team to be admitted to the Six Nations, whose organisers are due to review the format next year.
""",
["GE", "PT", "FJ", "FR", "ES", "RO"], [], [],
["Luka Beridze", "Davit Kobiashvili", "Rui Teixeira Lobo"], ["Rugby Europe", "Six Nations"],
"QUIET (sport): 'bulldozed', 'crushing', 'weapon', 'killed the game', 'assault', 'ambushed' are rugby vocabulary. Georgia is the national team (the country, not the US state) -> GE; national teams and the 2023 host France count (corpus sport convention). 'European' is a continent adjective. Players and coach are invented.",
when={"Sunday": "2026-03-15"})

art("quiet", "2025-09-24", "Drone maker's shares rocket 80% as Mumbai IPO explodes on debut", """
MUMBAI - Shares of Garudvyuha Aerotech, a Bengaluru-based maker of surveillance and delivery drones, rocketed 80% on their stock market debut on Wednesday, in the most explosive listing on the National Stock Exchange this year.

The stock opened at 612 rupees, against an issue price of 340 rupees, and traded as high as 655 rupees before some investors cashed in. The initial public offering had been subscribed 146 times, as institutional investors fought for allocations.

"It was a bloodbath for the short sellers and a killing for anyone who got an allocation," said Neha Kulkarni, a fund manager at a Mumbai brokerage. "Defence-linked stocks are the hottest trade in the market right now."

The company, founded in 2017 by two former air force engineers, makes drones used by farmers to spray crops and by police forces to monitor crowds. It said it would use the money raised to build a factory near Hyderabad and expand exports to Armenia and the Philippines, where it has won its first foreign contracts.

Analysts warned the valuation left little room for error. "These are shooting stars," one said.
""",
["IN", "AM", "PH"], [], [],
["Neha Kulkarni"], ["Garudvyuha Aerotech", "National Stock Exchange"],
"QUIET (business): 'rocketed', 'explosive', 'bloodbath', 'killing', 'fought', 'shooting stars' are market language; drones here are commercial. AM/PH via export destinations (places). IN via Mumbai/Bengaluru/Hyderabad/rupees.",
when={"Wednesday": "2025-09-24"})

art("quiet", "2025-11-24", "Families mark 16 years since Maguindanao massacre, still waiting for full justice", """
SHARIFF AGUAK, Philippines - Relatives of the 58 people killed in the 2009 Maguindanao massacre gathered on a hilltop at Sitio Masalay on Sunday to mark the 16th anniversary of the killings, the worst single attack on journalists ever recorded.

Gunmen led by members of a powerful local political clan had stopped a convoy carrying relatives and supporters of a rival candidate, along with 32 journalists, and shot them dead before burying them and their vehicles with an excavator.

A court in Quezon City convicted the clan's leaders and dozens of others of murder in 2019, but about 80 suspects remain at large, and families say they have received only part of the damages the court ordered.

"Every year we come back to this hill, and every year the same faces are missing from the courtroom," said Rosalie Dacanay, whose husband, a photographer, died in the massacre.

Press freedom groups used the anniversary to call on the government to do more to protect reporters. The National Union of Journalists of the Philippines said 12 journalists had been killed in the country since 2022.
""",
["PH"], [("civilian_attack", "PH", "Sitio Masalay", 58, True)], [],
["Rosalie Dacanay"], ["National Union of Journalists of the Philippines"],
"QUIET (anniversary): the 2009 massacre = background civilian_attack, 58, at Sitio Masalay. The 2019 conviction is past. '12 journalists killed since 2022' = aggregate. A call by press groups is not a government statement (no diplomacy).",
when={"Sunday": "2025-11-23"})

art("quiet", "2025-10-30", "Chad court jails 10 Boko Haram members over 2020 Bohoma base attack", """
N'DJAMENA - A criminal court in Chad's capital on Wednesday sentenced 10 members of the Boko Haram jihadist group to life in prison for taking part in the March 2020 assault on the army base at Bohoma, on the shores of Lake Chad, in which 98 soldiers were killed.

The court found that the men had helped to plan the attack, which lasted seven hours and was the deadliest ever suffered by Chad's army. Two other defendants were acquitted for lack of evidence, and four more were tried in absentia.

Defence lawyers said their clients had been arrested in sweeps after the attack and had confessed under duress. They said they would appeal.

The attack prompted then-president Idriss Deby to lead a counter-offensive in person, pursuing fighters into Niger and Nigeria. Deby was killed a year later while visiting troops fighting rebels in the north of the country.

Boko Haram and its rival, Islamic State West Africa Province, still carry out regular raids on the islands of the lake, where the borders of Chad, Niger, Nigeria and Cameroon meet.
""",
["TD", "NE", "NG", "CM"], [("battle", "TD", "Bohoma", 98, True)], ["strategic"],
["Idriss Deby"], ["Boko Haram", "Islamic State West Africa Province"],
"QUIET (trial over an old attack): sentencing = strategic. 2020 Bohoma base assault = background battle, 98. Deby's counter-offensive and his 2021 death are background without place/toll detail (not listed; counter-offensive is a multi-country campaign). 'Regular raids' = general. TRAP: 'Lake Chad' also names the lake; TD counted via Chad/N'Djamena anyway.",
when={"Wednesday": "2025-10-29"})

art("quiet", "2026-02-20", "Review: 'Harmattan Guns' revisits Nigeria's civil war through a boy soldier's eyes", """
Few films about Nigeria's civil war have reached cinemas outside the country. "Harmattan Guns", the second feature by Lagos-born director Chidinma Okafor, which opens in British and American cinemas on Friday after premiering in Toronto, deserves to change that.

The film follows 13-year-old Obinna, conscripted into a Biafran unit in 1968 after his village near Onitsha is shelled. Okafor stages the ambushes and air raids with a restraint that makes them more terrifying, keeping the camera on the boy's face while the explosions happen just out of frame.

The film's best sequence is its quietest: a night march through the forest in which a whispered argument over a stolen tin of sardines nearly gets the whole column killed.

Newcomer Ebuka Nwosu is remarkable as Obinna, and veteran actor Femi Adebayo-Cole brings weary warmth to the role of the unit's commander, who knows the war is lost long before his soldiers do.

At 148 minutes, it is too long, and a late subplot about a British journalist feels bolted on. But its final image, of children playing at war with sticks in a field of rusting shell casings, is hard to shake.
""",
["NG", "GB", "US", "CA"], [], [],
["Chidinma Okafor", "Ebuka Nwosu", "Femi Adebayo-Cole"], [],
"QUIET (film review): shelling, ambushes, air raids and explosions are depicted in a fictional film (not incidents). Biafra was a secessionist state (no code; NG via Nigeria/Lagos/Onitsha). GB/US via 'British and American cinemas' (release countries), CA via Toronto premiere; the 'British journalist' character adds nothing new.",
when={"Friday": "2026-02-20"})

art("quiet", "2025-06-19", "Review: 'The River Keeps the Names' returns to the church at Bojayá", """
On May 2, 2002, a gas-cylinder mortar fired by FARC guerrillas during a battle with paramilitaries fell through the roof of the church in Bojayá, in Colombia's Chocó province, where hundreds of villagers had taken shelter. At least 79 people were killed, almost half of them children.

Colombian novelist Lucía Mosquera, who grew up upriver on the Atrato, has turned that day into a novel of startling tenderness. "The River Keeps the Names", translated from Spanish by Daniel Hahn-Pierce and published this month in London, follows three generations of a family of Afro-Colombian boat builders who lose two children in the church and spend the next two decades trying to have their bodies identified.

Mosquera's prose moves at the pace of the river. The war is rarely on the page; it arrives as rumour, as a sound of engines at night, as a notice nailed to a door.

The novel's weakness is its final third, set during the 2016 peace talks in Havana, where the characters begin to speak in speeches. But its portrait of a community that refuses to forget is unforgettable.
""",
["CO", "GB", "CU"], [("explosion", "CO", "Bojayá", 79, True)], [],
["Lucía Mosquera", "Daniel Hahn-Pierce"], ["FARC"],
"QUIET (book review): the 2002 Bojayá church mortar strike is a specific past incident = background explosion, 'At least 79' -> 79 (the surrounding FARC-paramilitary battle is not separately described with place/toll; judgment: one entry, the mortar). The novel's war is fiction. GB via London (publication), CU via Havana (peace talks venue). 'Spanish' is a language, 'Afro-Colombian' an identity (CO anyway).")

art("quiet", "2025-08-15", "Cloudburst triggers landslides that kill 11 in Uttarakhand's Chamoli district", """
DEHRADUN, India - At least 11 people were killed and 17 were missing after a cloudburst triggered landslides and flash floods that swept away houses and a market in Uttarakhand's Chamoli district, officials said on Friday.

The downpour battered the area around the village of Tharali for about three hours before dawn, sending torrents of mud and boulders down a hillside stream that tore through the market and a row of homes, the state disaster management authority said.

Soldiers, the National Disaster Response Force (NDRF) and local police used excavators and sniffer dogs to search the debris. Army helicopters evacuated the injured to the district hospital in Gopeshwar.

Chief Minister Pushkar Singh Dhami, who flew over the area, said the region had been "bombarded by relentless rain" and announced compensation for the families of the dead.

Heavy rain also lashed western Nepal, where the Mahakali river rose above the danger mark and several roads were blocked by landslides. Scientists say warming temperatures are making cloudbursts in the Himalayas more frequent and more destructive.
""",
["IN", "NP"], [], [],
["Pushkar Singh Dhami"], ["National Disaster Response Force", "NDRF"],
"QUIET (weather): a disaster toll of 11 is not an incident; 'battered', 'bombarded by relentless rain', 'tore through' are weather language. Army deployment for rescue is disaster relief (not strategic; judgment). NP via 'western Nepal' (places).",
when={"Friday": "2025-08-15"})

art("quiet", "2026-01-23", "Boiler explosion at Gazipur garment factory kills four workers", """
DHAKA - A boiler exploded at a garment factory in Gazipur, an industrial town north of Dhaka, on Thursday, killing four workers and injuring at least 15, fire service officials said.

The blast tore through a wall of the dyeing section shortly after the morning shift began, and part of the roof collapsed on workers at their machines, said a fire service official, Anwar Hossain. Rescuers pulled survivors from the rubble for several hours.

The factory, which makes knitwear for buyers in Germany and Spain, had been warned about the condition of its boilers during an inspection last year, according to a labour rights group, the Gazipur Garment Workers' Forum.

The labour ministry formed a committee to investigate the blast and report within seven days. Police said the factory's manager had been detained for questioning.

Bangladesh's garment industry, the world's second-largest, has improved safety since the 2013 collapse of the Rana Plaza building killed more than 1,100 workers, but labour groups say smaller suppliers still cut corners.
""",
["BD", "DE", "ES"], [], ["strategic"],
["Anwar Hossain"], ["Gazipur Garment Workers' Forum"],
"QUIET (industrial accident): boiler explosion = accident, not an incident (4 deaths not counted); 'blast tore through' is accident language. Detention of the manager = strategic (the inquiry committee is not an event type). 2013 Rana Plaza collapse = accident, not listed. DE/ES via 'buyers in Germany and Spain'. BD via Dhaka/Gazipur/Bangladesh's.",
when={"Thursday": "2026-01-22"})

art("quiet", "2026-04-23", "Baku airport stages mock terror attack in drill ahead of summit", """
BAKU - Azerbaijani special forces stormed a "hijacked" airliner and "freed" its passengers at Heydar Aliyev International Airport on Thursday, in a large exercise that simulated a terrorist attack ahead of an international summit the capital will host next month.

In the scenario, gunmen seized a plane on the taxiway and a suicide bomber detonated a device in the departure hall. Blank rounds and smoke grenades were used, and about 300 volunteers played passengers and casualties, some with fake wounds, as ambulances raced across the apron.

The State Security Service said more than 1,200 personnel from the police, emergency services and the border service took part, alongside observers from Turkey and Kazakhstan.

"The exercise tested how quickly every service can act together. In a real attack, seconds decide how many people live," a spokesman for the service, Colonel Elchin Mammadli, told reporters.

Flights were diverted to a secondary runway for four hours during the drill, and the airport said there had been only minor delays.
""",
["AZ", "TR", "KZ"], [], [],
["Elchin Mammadli"], ["State Security Service", "Heydar Aliyev International Airport"],
"QUIET (drill): the hijacking, suicide bombing and storming are a scripted exercise with blanks and smoke grenades -> no incident; an exercise is neither strategic nor diplomacy (bf4 convention). TR/KZ via observers from those states. AZ via Baku/Azerbaijani (the airport's name is a person's).",
when={"Thursday": "2026-04-23"})

art("quiet", "2025-12-02", "Italian agronomist freed in Niger nearly four years after kidnapping", """
ROME - An Italian agronomist who was kidnapped in western Niger in early 2022 has been freed and is on his way home, Italy's foreign ministry said on Tuesday.

Lorenzo Battisti, 61, was seized by gunmen in February 2022 from the compound of an irrigation project he was running near the town of Tillia, in the Tahoua region. His Nigerien driver was shot dead during the abduction.

The ministry said the release followed months of contacts with Niger's military government and "friendly countries" in the region, but gave no further details. It did not say whether a ransom had been paid. Battisti was believed to have been held by a group linked to the Islamic State in the Sahel.

Foreign Minister Antonio Tajani said Battisti was in good health and would land at Ciampino airport on Wednesday, where his wife and two sons would be waiting.

Several Westerners remain in the hands of jihadist groups in the Sahel, including an Austrian woman abducted in Niger's capital, Niamey, earlier this year.
""",
["IT", "NE", "AT"], [("civilian_attack", "NE", "Tillia", 1, True), ("civilian_attack", "NE", "Niamey", None, True)], ["strategic", "diplomacy"],
["Lorenzo Battisti", "Antonio Tajani"], ["Islamic State"],
"QUIET (hostage released years later): the release = strategic; contacts with Niger's government announced by Italy's ministry = diplomacy. February 2022 kidnapping, in which the driver was shot dead = background civilian_attack, 1. The Austrian woman's abduction in Niamey 'earlier this year' = a specific older kidnapping cited as context -> background civilian_attack, null. AT via 'Austrian woman'. 'Westerners' and 'Sahel' are not countries.",
when={"Tuesday": "2025-12-02", "Wednesday": "2025-12-03"})

art("quiet", "2026-02-05", "Indonesian lawmakers spar over army's role in new counter-terrorism bill", """
JAKARTA - Indonesian lawmakers clashed on Thursday over a government bill that would give the armed forces a permanent role in counter-terrorism operations, a job that has belonged to the police since the fall of Suharto.

Supporters of the bill in the House of Representatives said the military's special forces were needed to deal with militant cells in remote areas such as Central Sulawesi's Poso, where police have struggled for years. "Terrorists today do not respect the line between crime and war," said Bambang Susilo, a member of the defence committee.

Opponents warned that the change would revive the army's political power and weaken civilian oversight. Rights groups recalled abuses committed by soldiers in Aceh and East Timor.

Indonesia's counter-terrorism record since the 2002 Bali bombings in Kuta, which killed 202 people, is widely credited to the police's elite Densus 88 unit, which has arrested more than 2,000 suspects.

The committee is expected to vote on the bill next month. Analysts say it is likely to pass, as the governing coalition holds a large majority.
""",
["ID", "TL"], [("explosion", "ID", "Kuta", 202, True)], [],
["Suharto", "Bambang Susilo"], ["House of Representatives", "Densus 88"],
"QUIET (policy debate): a parliamentary debate is not an event type (no vote yet) -> other_events empty (judgment). 2002 Bali bombings = one background explosion with the joint toll, location Kuta, 202. '2,000 arrested' = aggregate. 'clashed' is political language. TL via 'East Timor' (historic name for Timor-Leste, a place of past abuses). Aceh/Poso/Sulawesi -> ID.",
when={"Thursday": "2026-02-05"})

art("quiet", "2025-10-12", "Filipino slugger knocks out Mexican rival in Manila 'war' to claim world title", """
MANILA - Filipino puncher Jerwin "The Hammer" Dalisay knocked out Mexico's Ramiro Quintanilla in the ninth round of a brutal fight in Manila on Saturday night to win the WBC super-flyweight world title.

The two traded bombs from the opening bell in what promoters had billed as a "war", and both were cut by the fifth round. Quintanilla, the champion, put Dalisay down with a left hook in the sixth, but the challenger survived the onslaught and turned the fight with a barrage of body shots.

A right uppercut in the ninth finished it, and the crowd of 14,000 at the Araneta Coliseum erupted. "I had to go to war tonight. He hit me with everything, but my heart was stronger," Dalisay said.

Quintanilla, who had been unbeaten in 24 fights, said he wanted a rematch in Mexico City. "He ambushed me with the body shots. I will be back," he said.

Dalisay is the first Filipino to hold a world title in the division since 2019. Promoters said his first defence could come against Japan's Kenshiro Ota in Tokyo next spring.
""",
["PH", "MX", "JP"], [], [],
['Jerwin "The Hammer" Dalisay', "Ramiro Quintanilla", "Kenshiro Ota"], ["WBC", "Araneta Coliseum"],
"QUIET (sport): 'knocked out', 'bombs', 'war', 'onslaught', 'barrage', 'ambushed' are boxing vocabulary. Nationalities and venues count (sport convention): PH, MX (also Mexico City), JP (Japan's fighter, Tokyo).",
when={"Saturday": "2025-10-11"})

art("quiet", "2026-03-27", "Cocoa 'bloodbath' as prices crash, leaving Ivorian and Ghanaian farmers exposed", """
LONDON - Cocoa futures suffered their worst week in more than a decade, as a better-than-expected harvest in West Africa triggered what one trader called "a bloodbath" for funds that had bet on further gains.

Benchmark New York cocoa futures fell 23% over the week to Friday, while the London contract lost 21%, wiping out most of the gains of the past year. "The market has been shot to pieces. Nobody wanted to catch a falling knife," said Tom Ashworth, a broker at a London commodity house.

The crash follows two years in which disease and poor weather in Ivory Coast and Ghana, which grow about 60% of the world's cocoa, sent prices to record highs and forced chocolate makers to raise prices and shrink bars.

Farmers in both countries, who sell at prices fixed by their governments, have not benefited from the boom and now fear cuts. "When prices were high, the smugglers got rich. Now that they are low, who will protect us?" said Kouassi Yao, a cocoa grower near Soubré.

Chocolate makers welcomed the fall, but said shoppers would not see cheaper Easter eggs until next year.
""",
["GB", "US", "CI", "GH"], [], [],
["Tom Ashworth", "Kouassi Yao"], [],
"QUIET (business): 'bloodbath', 'shot to pieces', 'falling knife', 'crash' are market language. GB via London, US via New York (market cities used as places), CI via Ivory Coast/Ivorian/Soubré, GH via Ghana/Ghanaian. West Africa is a region.",
when={"Friday": "2026-03-27"})

art("quiet", "2025-07-12", "Kampala remembers victims of 2010 World Cup final bombings, 15 years on", """
KAMPALA - Survivors and relatives of the 74 people killed in the 2010 bombings in Kampala gathered at the Kyadondo Rugby Club on Friday to mark the 15th anniversary of the attacks, laying wreaths beside a memorial stone.

On July 11, 2010, suicide bombers struck the rugby club and the Ethiopian Village restaurant as crowds watched Spain play the Netherlands in the World Cup final in Johannesburg. Somalia's al-Shabaab claimed the attacks, saying they were revenge for Uganda's deployment of troops to the African Union mission in Somalia.

"We were cheering for a game, and in one second everything was gone," said Ronald Ssekandi, who lost his brother and was badly burned.

A Ugandan court convicted seven men over the bombings in 2016. Uganda still keeps thousands of soldiers in Somalia under the African Union's successor mission.

Police said they had tightened security at bars and fan zones ahead of Sunday's Club World Cup final, but said there was no specific threat.
""",
["UG", "ES", "NL", "ZA", "SO"], [("explosion", "UG", "Kyadondo Rugby Club", 74, True)], ["strategic"],
["Ronald Ssekandi"], ["Kyadondo Rugby Club", "al-Shabaab", "African Union"],
"QUIET (anniversary): the 2010 twin suicide bombings = one background explosion with the joint toll 74, located at the first-named place (Kyadondo Rugby Club; a016 convention). TRAP: 'Ethiopian Village' is a restaurant name -> no ET. ES/NL (national teams) and ZA (host venue Johannesburg) by the sport convention; SO via Somalia. Tightened security = security alert measure -> strategic (bf4 Easter-anniversary convention). 'Sunday's' final is a future reference (2025-07-13). The 2016 convictions are background.",
when={"Friday": "2025-07-11", "Sunday": "2025-07-13"})

art("quiet", "2025-12-15", "Australian army team removes WWII bomb from Rabaul school grounds", """
RABAUL, Papua New Guinea - An Australian army bomb disposal team on Monday removed a 250-kg aerial bomb dating from the Second World War from the grounds of a primary school in Rabaul, where it was discovered by workers digging foundations for a new classroom.

The bomb, believed to have been dropped by Allied aircraft on the Japanese garrison that occupied the town from 1942, was lifted onto a truck and taken to a quarry outside town, where it will be destroyed in a controlled detonation later this week, police in East New Britain province said.

About 600 pupils and nearby residents were evacuated for the day as a precaution. "The fuse was still intact, so we treated it as live," said the team's commander, Captain Sarah Whitlock.

Rabaul was one of the most heavily bombed places in the Pacific during the war, and thousands of unexploded shells and bombs are thought to remain buried in the area. Papua New Guinea's government has asked Australia and Japan to fund a wider clearance programme.
""",
["PG", "AU", "JP"], [], ["diplomacy"],
["Sarah Whitlock"], [],
"QUIET (UXO): a wartime bomb found and removed, destruction planned -> no incident (nothing exploded; UXO work is neither strategic nor diplomacy, bf4 convention). PNG's request to Australia and Japan for funding = diplomacy (government request; judgment). The wartime bombing is history without a specific incident. Pacific is an ocean.",
when={"Monday": "2025-12-15"})

art("quiet", "2026-01-29", "Nigerians paid billions of naira in ransoms last year, survey finds", """
ABUJA - Nigerian households paid an estimated 2.6 trillion naira ($1.7 billion) in ransoms to kidnappers in the 12 months to October, a national survey by the National Bureau of Statistics (NBS) showed on Thursday.

The survey, based on interviews with more than 50,000 households, found that kidnapping was most common in the northwest, where armed gangs known locally as bandits raid villages and highways, and that the average ransom paid was 2.7 million naira.

More than half of the households that reported a kidnapping said they had paid a ransom, despite a 2022 law that made such payments a crime.

Security analysts said the figures showed that kidnapping had become an industry. "Every payment funds the next abduction," said Idayat Bello, a researcher at a security consultancy in Abuja.

The most notorious mass abduction in Nigeria remains the 2014 kidnapping of 276 schoolgirls from their boarding school in Chibok by Boko Haram, which drew global attention to the crisis. Dozens of the girls are still missing.
""",
["NG"], [("civilian_attack", "NG", "Chibok", None, True)], [],
["Idayat Bello"], ["National Bureau of Statistics", "Boko Haram"],
"QUIET (statistics): survey totals of kidnappings and ransoms are aggregates, not listed. The 2014 Chibok kidnapping = background civilian_attack, null (276 abducted are not deaths; 'Dozens still missing' is not a toll). The 2022 law is past. A statistics release is not an event.",
when={"Thursday": "2026-01-29"})


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
        # weekday references agree with the published date
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
        for inc in a["incidents"]:
            if not isinstance(inc, tuple) or len(inc) != 5:
                err("incident must be a 5-tuple: %r" % (inc,))
                continue
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
        elif kind == "wire":
            if a["title"] is None:
                err("wire article needs a title")
            if not has_current(a):
                err("wire article without a current incident")
        elif kind == "quiet":
            if a["title"] is None:
                err("quiet article needs a title")
            if has_current(a):
                err("quiet article with a current incident")
        else:
            err("unknown kind %r" % kind)
        if a["abduction"] and kind != "satp":
            err("abduction flag is for SATP-style texts")
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

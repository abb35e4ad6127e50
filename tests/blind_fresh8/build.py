#!/usr/bin/env python3
"""Build blind_fresh8: a fresh, blind evaluation set of 60 synthetic articles, as JSONL.

Standard library only. Every text and its gold are data in this file. The gold of each article
was decided when its text was written, by the conventions of ../../shared/corpus/NOTES.md, and
is frozen (see README.md).

    python3 build.py            # run every check, then write blind_fresh8.jsonl
    python3 build.py --check    # run the checks only
    python3 build.py --notes    # print one judgment line per article (NOTES.md format)
"""
import datetime
import json
import os
import re
import sys

SOURCE = "synthetic, written for this project (blind, fresh 8)"
ORIGIN = ("written from scratch for this project: tests/blind_fresh8/build.py "
          "(fictional or fictionalised events in real places)")
LICENSE = "project's own"
PREFIX = "bf8"
OUTFILE = "blind_fresh8.jsonl"

INCIDENT_TYPES = ("battle", "explosion", "civilian_attack", "protest", "riot")
OTHER_TYPES = ("strategic", "diplomacy")
BLOCKS = (("satp", 12), ("wire", 24), ("quiet", 24))
MIN_SATP_QUIET = 4
MIN_SATP_ABDUCTION = 5
SATP_MAX_WORDS = 160
WIRE_WORDS = (160, 260)
QUIET_WORDS = (120, 300)
# Regions the wire block must spread over (articles per region, exactly as the brief asks).
WIRE_REGIONS = {"sahel": 4, "sudan_ssudan_somalia_kenya": 4, "middle_east": 4, "north_africa": 2,
                "south_america": 3, "se_asia_pacific": 3, "europe_north_america": 2,
                "india_pakistan": 2}
MIN_WIRE_MULTI = 8        # wire articles with more than one current incident
MIN_WIRE_TWO_COUNTRIES = 3
MIN_WIRE_IMPLIED = 5      # incident place whose country is only implied by a region/province name
MIN_WIRE_BACKGROUND = 4   # wire articles that also recall an older incident
MIN_WIRE_COARSE_TITLE = 3 # headline gives the state/country, the body the town
# Wording the abduction texts must use (each wording in at least one abduction text).
ABDUCTION_WORDS = ("abducted", "kidnapped", "taken captive", "held for ransom", "carried away",
                   "forcibly taken")
# Topics the quiet block must cover.
QUIET_TOPICS = ("memorial", "trial", "statistics", "fiction", "exercise", "accident", "disaster",
                "sport", "business", "politics", "rally", "police", "policy", "celebrity")
# Names (as words) that would state a country outright: an `implied` wire article must use none
# of the names of its incident countries.
COUNTRY_NAMES = {
    "BF": ("Burkina", "Burkinabe", "Burkinabè"), "ML": ("Mali", "Malian"),
    "SS": ("South Sudan", "South Sudanese"), "BR": ("Brazil", "Brazilian"),
    "PH": ("Philippines", "Philippine", "Filipino", "Filipinos"),
    "PG": ("Papua New Guinea", "Papua New Guinean", "PNG"),
}
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
        when=None, abduction=False, region=None, implied=False, coarse=None, topic=None):
    """Register one article.

    incidents: list of (type, country, location or None, fatalities or None, background).
    when: {weekday word used in the text: the ISO date it stands for}.
    abduction: True for SATP-style texts built around an abduction/kidnapping.
    region: for wire articles, one of WIRE_REGIONS.
    implied: wire article whose incident countries are never named (only regions/provinces).
    coarse: wire article whose headline places the incident at this coarser place (state or
        country) while the body gives the town (the incident location, absent from the title).
    topic: for quiet articles, one of QUIET_TOPICS.
    """
    ARTICLES.append(dict(kind=kind, published=published, title=title, body=body.strip(),
                         countries=countries, incidents=incidents, other=other,
                         persons=persons, orgs=orgs, note=note, when=when or {},
                         abduction=abduction, region=region, implied=implied, coarse=coarse,
                         topic=topic))


# =====================================================================================
# bf8-01..12  SATP-style digests: no title, one paragraph, at most 160 words.
# =====================================================================================

art("satp", "2025-04-10", None, """
Unidentified armed men abducted two government school teachers from a passenger coach near Hoshab in Kech District of Balochistan on the evening of April 8, Levies officials said. The coach was travelling from Turbat to Panjgur on the M-8 highway when around ten armed men blocked the road with a pickup truck, checked the identity cards of the passengers and took away the two teachers, both natives of Dera Ghazi Khan in Punjab. The other passengers were allowed to continue their journey. Assistant Commissioner Naveed Qambrani said Levies and Frontier Corps (FC) personnel had launched a search in the surrounding hills. No group had claimed responsibility by the evening of April 9. The Balochistan Teachers Association condemned the abduction and demanded the immediate recovery of its members.
""",
["PK"], [("civilian_attack", "PK", "Hoshab", None, False)], [],
["Naveed Qambrani"], ["Levies", "Frontier Corps", "Balochistan Teachers Association"],
"ABDUCTION ('abducted'): two teachers taken from a coach two days before publication = civilian_attack at Hoshab, null (no death stated). The search is the response, not listed. The teachers' association's condemnation is not a government's -> no diplomacy. PK only via Balochistan/Kech/Punjab (Pakistan's Punjab: Dera Ghazi Khan); 'Pakistan' never named.",
abduction=True)

art("satp", "2025-06-14", None, """
Cadres of the Communist Party of India-Maoist (CPI-Maoist) kidnapped a former sarpanch, Madvi Hunga (52), from his house at Gunjeparti village under Usoor Police Station limits in Bijapur District of Chhattisgarh on the night of June 12 and killed him in the nearby forest, Police said. His body, with the throat slit, was found on a forest track on the morning of June 13 along with a handwritten pamphlet in the name of the Maoists' Pamed Area Committee, accusing him of being a Police informer. Superintendent of Police (SP) Arvind Netam said the victim had no links with the Police and that the Maoists were targeting villagers who supported the construction of a new road and a security camp in the area. He was the fourth villager killed by the Maoists in Bijapur District this year, according to Police.
""",
["IN"], [("civilian_attack", "IN", "Gunjeparti", 1, False)], [],
["Madvi Hunga", "Arvind Netam"], ["Communist Party of India-Maoist", "Pamed Area Committee"],
"ABDUCTION ('kidnapped' ... and killed): one civilian_attack at Gunjeparti (the village he was taken from), 1; kidnapping and killing are one incident. Two days before publication -> current. 'Fourth villager killed this year' = aggregate, not listed. IN via Bijapur/Chhattisgarh (the org name alone would not count). TRAP: Bijapur is the Chhattisgarh district, not Bijapur/Vijayapura in Karnataka (same country anyway).",
abduction=True)

art("satp", "2025-09-05", None, """
Five farmers were taken captive by suspected armed miscreants while working in paddy fields near Sugnu in Kakching District of Manipur on the afternoon of September 3, Police said. The armed men, who arrived in a Gypsy vehicle, fired several rounds into the air before leading the farmers towards the foothills bordering Churachandpur District. Three of them were released late in the night near Serou, while two remained in captivity till the morning of September 4. Women vigilante groups in Kakching blocked the Sugnu-Kakching road for several hours on September 4, demanding the release of the remaining farmers. Police and Assam Rifles personnel launched a joint search operation in the hills. No group has claimed responsibility for the incident.
""",
["IN"], [("civilian_attack", "IN", "Sugnu", None, False), ("protest", "IN", "Kakching", None, False)], [],
[], ["Assam Rifles"],
"ABDUCTION ('taken captive'): five farmers seized near Sugnu two days before publication = civilian_attack, null (shots in the air; the release of three is part of the same incident; no safety statement for the two still held, so not 0). The women's road blockade the next day = protest (non-violent), located at Kakching (the group's town; the road is named after two towns), null. The search is the response, not listed. IN via Manipur/Kakching/Churachandpur; Assam is a state.",
abduction=True)

art("satp", "2026-01-16", None, """
Armed men stopped the car of a cloth merchant, Gul Zaman, near Tajori in Lakki Marwat District of Khyber Pakhtunkhwa on the evening of January 14 and drove him away to an unknown location, where he is being held for ransom, Police said. His driver, who was pushed out of the car on the roadside, informed the Tajori Police Station. On January 15, the family received a call from an unknown mobile number demanding PKR 30 million for his release. District Police Officer (DPO) Nazir Khan said the kidnappers were believed to belong to a criminal gang that worked with a local faction of the Tehreek-e-Taliban Pakistan (TTP), and that checkpoints had been set up on the roads leading to the Marwat hills. Gul Zaman is the third trader seized in the district since November.
""",
["PK"], [("civilian_attack", "PK", "Tajori", None, False)], [],
["Gul Zaman", "Nazir Khan"], ["Tehreek-e-Taliban Pakistan"],
"ABDUCTION ('held for ransom'): merchant seized two days before publication = civilian_attack at Tajori, null. Checkpoints are the response, not listed. 'Third trader seized since November' = unspecific count, not listed. PK via Khyber Pakhtunkhwa/Lakki Marwat and PKR (TTP org name alone would not count).",
abduction=True)

art("satp", "2025-11-20", None, """
Armed men of the Kuki-Chin National Army (KNA), the armed wing of the Kuki-Chin National Front (KNF), carried away three woodcutters from a forest near Munnuam Para in Ruma upazila of Bandarban District on November 18, Police said. One of the woodcutters, Abul Kashem (38), was found shot dead near a stream on November 19, while the fate of the other two remains unknown. Ruma Police Station Officer-in-Charge (OC) Mizanur Rahman said a joint team of the Army, the Border Guard Bangladesh (BGB) and Police had begun an operation in the area. The woodcutters, all residents of Lama upazila, had gone into the forest with the permission of the local headman. The KNF has been active in the hills of Bandarban since 2022 and has in the past seized several people for ransom.
""",
["BD"], [("civilian_attack", "BD", "Munnuam Para", 1, False)], [],
["Abul Kashem", "Mizanur Rahman"], ["Kuki-Chin National Army", "Kuki-Chin National Front", "Border Guard Bangladesh"],
"ABDUCTION ('carried away'): three woodcutters taken two days before publication, one found shot dead the next day = one civilian_attack at Munnuam Para, 1. The joint operation is the response (no fighting reported), not listed. Past ransom seizures since 2022 = general, not listed. BD via Bandarban/Ruma (and inside the BGB name, which alone would not count); 'Bangladesh' as a country never named.",
abduction=True)

art("satp", "2025-08-07", None, """
A money changer, Ahmad Shah Noori, was forcibly taken from his shop in the main bazaar of Khanabad District in Kunduz Province by four armed men on the evening of August 5, the Taliban-appointed Police spokesman for Kunduz, Ghulam Sakhi Haqyar, said. The men, who posed as customers, beat a shop assistant and pushed Noori into a car that drove off towards Imam Sahib. Acting on the car's number plate, Police intercepted the vehicle near Aqtash on the morning of August 6 and recovered Noori unharmed. Two of the kidnappers were arrested, while two escaped. Haqyar said the men had planned to demand a ransom from the victim's family and that the gang was also wanted for the abduction of a shopkeeper in Kunduz city in May, who was released after 40 days.
""",
["AF"], [("civilian_attack", "AF", "Khanabad", 0, False), ("civilian_attack", "AF", "Kunduz city", None, True)],
["strategic"],
["Ahmad Shah Noori", "Ghulam Sakhi Haqyar"], ["Taliban"],
"ABDUCTION ('forcibly taken'): money changer seized two days before publication = civilian_attack at Khanabad, fatalities 0 (NOTES: hostage found safe -> 'recovered Noori unharmed'). Interception without fighting + two arrests = strategic. May abduction of a shopkeeper = background civilian_attack at 'Kunduz city', null (released; no safety statement). AF only via Kunduz/Khanabad/Taliban.",
abduction=True)

art("satp", "2025-10-23", None, """
Two soldiers were killed and three others injured when an improvised explosive device (IED) planted by militants exploded near their vehicle in the Hasokhel area of Mir Ali tehsil in North Waziristan District on October 21, the Inter-Services Public Relations (ISPR) said. The vehicle was part of a convoy returning from a search operation in the area. According to the ISPR, troops cordoned off the area after the blast and a sanitisation operation was under way to find the perpetrators. The Hafiz Gul Bahadur group claimed responsibility in a message sent to journalists. Separately, the bomb disposal squad defused a second IED planted in a culvert on the Mir Ali-Miranshah road on October 22.
""",
["PK"], [("explosion", "PK", "Hasokhel", 2, False)], [],
[], ["Inter-Services Public Relations", "Hafiz Gul Bahadur group"],
"Roadside IED on an army vehicle = explosion at Hasokhel, 2 (injuries not counted). The defused second IED did not go off -> not an incident. The cordon/sanitisation is the response, not listed. PK only via North Waziristan/Mir Ali/ISPR.")

art("satp", "2026-02-12", None, """
A CPI-Maoist cadre carrying a reward of INR 500,000 was killed in an encounter with security forces in the Saranda forest near Chhotanagra in West Singhbhum District of Jharkhand on February 10, Police said. A joint team of the Jharkhand Jaguar, the CoBRA battalion of the Central Reserve Police Force (CRPF) and District Police came under fire from a group of around 15 Maoists while searching the forest in the morning, and the exchange of fire lasted nearly an hour. The body of the slain cadre, identified as sub-zonal commander Sanatan Munda, was recovered along with an INSAS rifle and a wireless set. A CRPF jawan suffered a bullet injury in the leg and was airlifted to Ranchi. Police said the search operation in the forest was continuing.
""",
["IN"], [("battle", "IN", "Chhotanagra", 1, False)], [],
["Sanatan Munda"], ["CPI-Maoist", "Jharkhand Jaguar", "Central Reserve Police Force"],
"Encounter between security forces and Maoists = battle at Chhotanagra (the named place; Saranda is the forest), 1. Weapons recovery is part of the encounter; continuing search not listed. IN via Jharkhand/West Singhbhum/Ranchi and INR.")

art("satp", "2025-05-08", None, """
The Special Task Force (STF) of the Police recovered a cache of weapons buried during the war, including 11 T-56 rifles, two claymore mines, 40 hand grenades and over 3,000 rounds of ammunition, from a coconut estate at Puthukkudiyiruppu in Mullaitivu District on May 6, Police said. The recovery followed information from a labourer who found a rusted rifle barrel while digging a well. Police believe the weapons were hidden by the Liberation Tigers of Tamil Eelam (LTTE) before the final battles of 2009. The grenades were destroyed in a controlled explosion on the beach at Mullaitivu on May 7 under the supervision of the bomb disposal unit. The owner of the estate was questioned and released. No arrests were made.
""",
["LK"], [], ["strategic"],
[], ["Special Task Force", "Liberation Tigers of Tamil Eelam"],
"NO CURRENT INCIDENT: arms-cache recovery = strategic (seizure). TRAP: 'controlled explosion' of old grenades is not an explosion incident; 'final battles of 2009' is general war history, no specific incident. LK only via Mullaitivu/Puthukkudiyiruppu/LTTE; 'Sri Lanka' never named.")

art("satp", "2026-02-20", None, """
Police arrested four cadres of a splinter faction of the Communist Party of Nepal (Maoist) from Gaur in Rautahat District on February 18 for allegedly sending extortion letters to brick kiln owners and local traders, the District Police Office said. Police recovered a pistol, four rounds of ammunition, a bundle of printed letters demanding 'donations' of NPR 200,000 to 500,000 and the faction's receipt books from a rented room. Deputy Superintendent of Police (DSP) Ramesh Yadav said the group had threatened to set fire to the kiln of any owner who refused to pay, though no attack had taken place. The four were produced before the District Court on February 19, which remanded them to police custody for ten days.
""",
["NP"], [], ["strategic"],
["Ramesh Yadav"], ["Communist Party of Nepal (Maoist)", "District Police Office"],
"NO CURRENT INCIDENT: arrests, seizure of a pistol, remand = strategic. The threatened arson never happened ('no attack had taken place'). NP via Rautahat/Gaur and NPR (the party name alone would not count).")

art("satp", "2025-12-04", None, """
Eleven cadres of the CPI-Maoist, including two divisional committee members, surrendered before the Police in Gadchiroli District of Maharashtra on December 2, laying down an AK-47 rifle, two SLR rifles and other weapons. Superintendent of Police (SP) Sandeep Pawar said the group carried a combined reward of INR 8.2 million. One of the surrendered divisional committee members, Ramsai Usendi, was wanted for his role in the IED blast at Jambhurkheda in Kurkheda tehsil on May 1, 2019, which killed 15 commandos of the Police's C-60 unit and their civilian driver. The cadres told the Police that they were disillusioned by the deaths of senior leaders and by the hardships of life in the forest. Each of them will receive INR 500,000 and a plot of land under the State's surrender and rehabilitation policy.
""",
["IN"], [("explosion", "IN", "Jambhurkheda", 16, True)], ["strategic"],
["Sandeep Pawar", "Ramsai Usendi"], ["CPI-Maoist"],
"NO CURRENT INCIDENT: surrender of 11 cadres with weapons = strategic. The May 2019 Jambhurkheda IED retold as context = background explosion, 15 commandos + driver = 16. 'Deaths of senior leaders' = unspecific. IN via Gadchiroli/Maharashtra and INR.")

art("satp", "2025-07-25", None, """
An Anti-Terrorism Court (ATC) in Quetta on July 23 sentenced two men to death and a third to life imprisonment for their role in the suicide bombing of a Police truck on Sariab Road in Quetta in November 2022, which killed a Police constable and two civilians. The court found that the three, members of the Tehreek-e-Taliban Pakistan (TTP), had provided the suicide bomber with shelter, transport and the explosive jacket. The prosecution produced 23 witnesses, including the forensic experts who had examined the wreckage of the truck. Defence lawyers said they would challenge the verdict in the Balochistan High Court. The Police personnel targeted in the attack had been on their way to guard a polio vaccination campaign.
""",
["PK"], [("explosion", "PK", "Sariab Road", 3, True)], ["strategic"],
[], ["Anti-Terrorism Court", "Tehreek-e-Taliban Pakistan", "Balochistan High Court"],
"NO CURRENT INCIDENT: court verdict = strategic. The November 2022 suicide bombing retold = background explosion at Sariab Road, constable + two civilians = 3 (the bomber's death is not stated, so not added). PK via Quetta/Balochistan; TTP name alone would not count.")


# =====================================================================================
# bf8-13..36  wire / real-news style: title, 160-260 words, at least one current incident.
# =====================================================================================

art("wire", "2025-09-18", "Jihadists storm army camp in central Mali, killing nine soldiers; drone strike hits market", """
BAMAKO - Jihadist fighters stormed an army camp in Sokolo, in Mali's central Segou region, on Tuesday, killing nine soldiers before being driven back, two military sources said on Wednesday.

The attackers arrived on dozens of motorcycles at dawn and set fire to several vehicles and a fuel store inside the camp, one of the sources said. The army said in a statement that its troops had killed 21 assailants and recovered weapons and motorcycles, but it did not give its own losses.

The al Qaeda-linked group JNIM claimed the attack on its propaganda channels, saying it had held the camp for several hours.

On Wednesday, a drone strike hit the weekly market in Diabaly, about 60 km to the south, killing six people, according to a local elected official and a trader who was at the market. The official said the victims were livestock traders. The army said it had targeted "a group of terrorists fleeing towards the border with Mauritania".

Mali's military government, which took power in coups in 2020 and 2021, has turned to Russia for security support after expelling French forces. Attacks on army positions in the Segou region have increased this year.
""",
["ML", "MR", "RU", "FR"], [("battle", "ML", "Sokolo", 30, False), ("explosion", "ML", "Diabaly", 6, False)], [],
[], ["JNIM", "al Qaeda"],
"COARSE TITLE: headline says 'central Mali', body Sokolo. Tuesday camp assault = battle at Sokolo, 9 soldiers + 21 assailants the army says it killed = 30 (NOTES: perpetrators included when stated). Wednesday drone strike on the market = explosion at Diabaly, 6. MR via 'the border with Mauritania' (a place); RU (turned to Russia), FR ('French forces'). 2020/2021 coups = background strategic, not listed; 'attacks have increased' = general.",
when=past("2025-09-18", "Tuesday", "Wednesday"), region="sahel", coarse="Mali")

art("wire", "2025-05-15", "Gunmen kill 11 at water point in Boucle du Mouhoun village; women seized near Arbinda", """
Armed men killed 11 civilians at a water point on the edge of Kouka, a rural commune in the Banwa province of the Boucle du Mouhoun region, on Monday, two residents and a local aid worker said.

The victims, most of them women and teenagers who had come to fetch water, were shot when about 30 gunmen on motorcycles surrounded the borehole in the late afternoon, said a resident who lost his brother. The attackers then set fire to a grain store before leaving towards the forest.

On Tuesday, fighters seized at least 18 women who were gathering firewood outside Arbinda, in the Soum province of the Sahel region, according to a relative of one of the women and a local security source. The town has been under a blockade by jihadist fighters for more than two years, and residents rely on military convoys and air drops for food.

No group claimed either attack. Both areas are used by fighters of JNIM, which is linked to al Qaeda, and by its rival, the Islamic State Sahel Province.

The military government in Ouagadougou, which took power in 2022, has restricted reporting on the conflict, and communications in many rural areas are cut, making accounts from the ground hard to verify. A government spokesman did not respond to a request for comment.
""",
["BF"], [("civilian_attack", "BF", "Kouka", 11, False), ("civilian_attack", "BF", "Arbinda", None, False)], [],
[], ["JNIM", "al Qaeda", "Islamic State Sahel Province"],
"IMPLIED COUNTRY: BF never named; only Boucle du Mouhoun/Banwa/Soum/'Sahel region' and the capital Ouagadougou (metonym for the government). Monday shooting at the borehole = civilian_attack at Kouka, 11 (grain-store arson part of it). Tuesday seizure of 18 women = civilian_attack at Arbinda, null. The long blockade = ongoing situation, not an incident. TRAP: 'Sahel region' here is a Burkinabe administrative region, not the wider Sahel.",
when=past("2025-05-15", "Monday", "Tuesday"), region="sahel", implied=True)

art("wire", "2025-11-06", "Islamic State fighters kill 12 soldiers in western Niger ambush; Malian drones strike column across border", """
NIAMEY - Fighters of the Islamic State Sahel Province killed 12 Nigerien soldiers in an ambush on a patrol near Tillia, in the Tahoua region close to the border with Mali, on Monday, Niger's defence ministry said on Wednesday.

The patrol was escorting a convoy of traders when it came under fire from heavy machine guns and rocket-propelled grenades, the ministry said in a statement read on state television. It said reinforcements backed by aircraft had killed 15 attackers, and that eight soldiers were wounded.

On Tuesday, Mali's army said its drones had struck a column of fighters "fleeing Niger" near Menaka, in north-eastern Mali, destroying several vehicles. It did not give a toll. A resident of Menaka said he had seen smoke rising east of the town.

Niger, Mali and Burkina Faso, all ruled by military governments, formed the Alliance of Sahel States after leaving the regional bloc ECOWAS, and have pledged to coordinate operations against jihadists in the border zone where the three countries meet.

The Islamic State group has been expanding in the Tillaberi and Tahoua regions since the July 2023 coup in Niamey, analysts say.
""",
["NE", "ML", "BF"], [("battle", "NE", "Tillia", 27, False), ("explosion", "ML", "Menaka", None, False)], [],
[], ["Islamic State Sahel Province", "Alliance of Sahel States", "ECOWAS"],
"TWO COUNTRIES. Monday ambush on the patrol = battle at Tillia (NE), 12 soldiers + 15 attackers = 27 (perpetrators included). Tuesday drone strike on the column = explosion in ML at Menaka, null; 'fleeing Niger' does not move it. BF named as a member state. July 2023 coup = background strategic, not listed. 'Nigerien' demonym -> NE, not NG.",
when=past("2025-11-06", "Monday", "Tuesday", "Wednesday"), region="sahel")

art("wire", "2026-02-26", "Youths burn gendarmerie post in Kéniéba after gold miner dies in custody", """
Angry youths set fire to a gendarmerie post and several vehicles in Kéniéba, a gold-mining town in the western Kayes region, on Tuesday after a young miner died in custody, residents and a local official said. One protester was killed when gendarmes opened fire to disperse the crowd, a hospital source said.

The miner, 24, had been detained on Sunday over a dispute at an artisanal mining site outside the town. The gendarmerie said he had fallen ill in his cell; his family has demanded an autopsy.

Hundreds of young men gathered outside the post on Tuesday morning, blocking the main road with burning tyres before storming the building. Shops and the town's main market stayed closed on Wednesday, when elders and religious leaders called for calm and the regional governor announced an investigation.

Tensions have been rising in the region, where thousands of artisanal miners work alongside foreign-owned industrial mines. In July, jihadist fighters ambushed a convoy of fuel tankers on the road from Dakar near Diboli, killing five drivers, and fuel shortages have since hit the mining towns hard.

The governor's office said a curfew would be enforced in Kéniéba from 8 p.m. until further notice.
""",
["ML", "SN"], [("riot", "ML", "Kéniéba", 1, False), ("civilian_attack", "ML", "Diboli", 5, True)], ["strategic"],
[], [],
"IMPLIED COUNTRY: ML never named (Kayes region, Kéniéba, Diboli only). Tuesday crowd burning the gendarmerie post and storming it = riot at Kéniéba, 1 (protester shot by gendarmes, part of the riot). The death in custody is not described as an attack (cause disputed) -> not listed. July ambush on fuel-tanker drivers = background civilian_attack at Diboli, 5. Curfew = strategic; announced investigation not an event type. TRAP: SN only via 'the road from Dakar' (a place).",
when=past("2026-02-26", "Sunday", "Tuesday", "Wednesday"), region="sahel", implied=True)

art("wire", "2025-10-16", "RSF drone strike kills 14 in Sudan's North Kordofan as fighting rages near Bara", """
A drone strike by the paramilitary Rapid Support Forces (RSF) hit a busy bus station in El Obeid, the capital of Sudan's North Kordofan state, on Tuesday, killing 14 people, a medical source and a local emergency response group said.

Witnesses said two drones struck the station around midday as passengers were boarding buses for Omdurman and Kosti. Dozens of people were wounded, and the city's main hospital appealed for blood donors.

Fighting between the army and the RSF continued on Wednesday around Bara, about 60 km north of El Obeid, with both sides claiming gains. A military source said "dozens" of RSF fighters had been killed, while the RSF said on Telegram that it had repelled an army attack and seized vehicles.

El Obeid, a logistics hub on the road to Darfur, has been hit repeatedly by drones since the RSF was pushed out of the capital Khartoum earlier this year. The war between the army, led by Abdel Fattah al-Burhan, and the RSF of Mohamed Hamdan Dagalo began in April 2023 and has displaced more than 12 million people.

The United Nations has warned of famine conditions in parts of Kordofan and Darfur.
""",
["SD"], [("explosion", "SD", "El Obeid", 14, False), ("battle", "SD", "Bara", 12, False)], [],
["Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo"], ["Rapid Support Forces", "United Nations"],
"COARSE TITLE: headline says 'Sudan's North Kordofan', body El Obeid. Tuesday drone strike on the bus station = explosion at El Obeid, 14 ('dozens' wounded not deaths). Wednesday fighting = battle at Bara, 'dozens' of RSF fighters killed -> 12 (ACLED vague-quantity rule; only figure given). RSF's loss of Khartoum and the war since April 2023 = general context, not a specific incident; 12 million displaced = aggregate.",
when=past("2025-10-16", "Tuesday", "Wednesday"), region="sudan_ssudan_somalia_kenya", coarse="North Kordofan")

art("wire", "2026-04-09", "Armed youths raid cattle camp in Jonglei's Uror County, killing 19; women march in Bor", """
Armed youths raided a cattle camp near Pieri in Jonglei state's Uror County on Monday, killing 19 people, including women and children, and driving off thousands of cattle, a county commissioner said.

The attackers, who came from the neighbouring Greater Pibor Administrative Area, also abducted at least seven children and two women, commissioner Gatluak Nyang told a local radio station. Nine people wounded in the raid were being treated at a clinic run by a medical charity in Pieri.

On Wednesday, several hundred women marched peacefully through Bor, the state capital, to the governor's office, carrying branches and placards calling for an end to cattle raids and child abductions. Governor James Kuol Atem promised to send a peace delegation to Pibor.

Cattle raids between rival communities in Jonglei and the Pibor area have killed hundreds of people in recent years, fuelled by easy access to guns, drought and the country's political crisis. In March last year, a revenge attack on villages around Pieri killed 32 people.

The U.N. peacekeeping mission said it had sent a patrol to the area and urged local leaders to help return the abducted children to their families.
""",
["SS"], [("civilian_attack", "SS", "Pieri", 19, False), ("protest", "SS", "Bor", None, False),
         ("civilian_attack", "SS", "Pieri", 32, True)], [],
["Gatluak Nyang", "James Kuol Atem"], [],
"IMPLIED COUNTRY: SS never named (Jonglei, Uror County, Pibor, Bor). Monday raid on the cattle camp killing women and children and abducting children = civilian_attack at Pieri, 19 (killings and abductions one incident; judgment: not a battle, no second armed side described). Wednesday peaceful march = protest at Bor, null. March last year revenge attack = background civilian_attack around Pieri, 32. 'Hundreds killed in recent years' = aggregate. U.N. patrol not a listed event. TRAP: no 'Sudan' at all; do not infer SD.",
when=past("2026-04-09", "Monday", "Wednesday"), region="sudan_ssudan_somalia_kenya", implied=True)

art("wire", "2025-12-18", "Mortar shells kill three in Mogadishu market; al Shabaab fighters attack army base in Middle Shabelle", """
MOGADISHU - Mortar shells fired by al Shabaab militants landed in a market in Mogadishu's Hamarweyne district on Tuesday evening, killing three people, including a tea seller, police and witnesses said.

Police officer Abdirahman Ali said at least four shells had been fired from the outskirts of the city, apparently aimed at the presidential palace, and hit the market and nearby homes. Eleven people were wounded.

Early on Wednesday, al Shabaab fighters attacked a Somali army base at Mahaday, in the Middle Shabelle region north of the capital, a military officer said. The fighting lasted about two hours before the militants withdrew. The officer said five soldiers and "many" attackers were killed, while al Shabaab claimed on its radio station to have killed 20 soldiers.

The al Qaeda-linked group has stepped up attacks around the capital this year, retaking several towns in Middle and Lower Shabelle that it had lost in a government offensive in 2022 and 2023.

Residents said the shelling had revived memories of the October 2017 truck bombing at the Zoobe junction, which killed more than 500 people and remains the deadliest attack in the country's history. African Union troops support the Somali army but have been reducing their numbers.
""",
["SO"], [("explosion", "SO", "Hamarweyne", 3, False), ("battle", "SO", "Mahaday", 5, False),
         ("explosion", "SO", "Zoobe junction", 500, True)], [],
["Abdirahman Ali"], ["al Shabaab", "al Qaeda", "African Union"],
"Tuesday mortar shells on the market = explosion at Hamarweyne, 3. Wednesday assault on the base = battle at Mahaday, 5 (officer's figure; 'many' attackers not countable; al Shabaab's claim of 20 not used when a non-perpetrator figure exists, b002 precedent). October 2017 Zoobe truck bombing = background explosion, 'more than 500' -> 500. Retaking of towns / 2022-23 offensive = general, not listed. African Union is an organisation (no country).",
when=past("2025-12-18", "Tuesday", "Wednesday"), region="sudan_ssudan_somalia_kenya")

art("wire", "2026-01-22", "Roadside bomb kills three Kenyan police officers near Somali border; militants attack army in Bulo Hawo", """
NAIROBI - Three Kenyan police officers were killed on Tuesday when their vehicle struck a roadside bomb near Basuba in Lamu county's Boni forest, close to the border with Somalia, police said.

The officers, members of a unit guarding a road construction project, were travelling from Kiunga when the explosion tore through their Land Cruiser, a police report said. Two other officers were wounded and airlifted to Mombasa.

Police blamed al Shabaab militants, who have planted explosives along roads in Lamu, Garissa and Mandera counties for years.

Across the border in Somalia's Gedo region, al Shabaab fighters attacked government forces in the town of Bulo Hawo, opposite Kenya's Mandera, on Wednesday, sending hundreds of residents fleeing into Kenya, officials and elders said. The fighting lasted several hours, and elders said they had seen the bodies of at least six soldiers and militants in the streets.

Kenya's Interior Ministry said it had deployed additional security personnel to Mandera and warned residents to avoid the border area. Kenyan troops serve in the African Union mission in Somalia, and al Shabaab has repeatedly carried out attacks inside Kenya in retaliation.
""",
["KE", "SO"], [("explosion", "KE", "Basuba", 3, False), ("battle", "SO", "Bulo Hawo", 6, False)], ["strategic"],
[], ["al Shabaab", "Interior Ministry", "African Union"],
"TWO COUNTRIES. Tuesday roadside bomb on the police vehicle = explosion at Basuba (KE), 3. Wednesday assault on government forces = battle at Bulo Hawo (SO), 'at least six' soldiers and militants -> 6. Fleeing into Kenya does not move the incident. Deployment to Mandera = strategic. Repeated attacks 'for years' = general.",
when=past("2026-01-22", "Tuesday", "Wednesday"), region="sudan_ssudan_somalia_kenya")

art("wire", "2025-07-10", "Roadside bomb kills two Iraqi soldiers near Tarmiyah; protester killed as crowd storms council in Diwaniyah", """
BAGHDAD - A roadside bomb struck an Iraqi army patrol near Tarmiyah, north of Baghdad, on Tuesday, killing two soldiers and wounding three, security officials said, blaming Islamic State militants still hiding in the area's orchards.

The patrol was searching farmland along the Tigris after reports of suspected militants, an army officer said. Iraq declared victory over Islamic State in 2017, but sleeper cells continue to stage sporadic attacks in rural parts of Salahuddin, Diyala and Kirkuk provinces.

In the southern city of Diwaniyah, one protester was killed and 14 people, including seven policemen, were wounded on Wednesday when hundreds of demonstrators angry over power cuts stormed the provincial council building and set part of it on fire, a health official said. Security forces fired tear gas and live rounds into the air to push them back, witnesses said.

Temperatures in southern Iraq have topped 50 degrees Celsius this week, and many areas receive only a few hours of state electricity a day. Shortages have been worsened by reduced gas imports from Iran, on which Iraq relies to run its power stations.

Prime Minister Mohammed Shia al-Sudani ordered an investigation into the protester's death and promised to send emergency generators to the province.
""",
["IQ", "IR"], [("explosion", "IQ", "Tarmiyah", 2, False), ("riot", "IQ", "Diwaniyah", 1, False)], [],
["Mohammed Shia al-Sudani"], ["Islamic State"],
"Tuesday roadside bomb on the patrol = explosion at Tarmiyah, 2. Wednesday storming and burning of the council building = riot at Diwaniyah, 1 (the protester's death is part of the riot). 2017 victory and sporadic attacks = general, not listed. IR via gas imports (state/place). The ordered investigation is not an event type.",
when=past("2025-07-10", "Tuesday", "Wednesday"), region="middle_east")

art("wire", "2026-03-12", "Israeli drone strike kills two near Syria's Beit Jinn; gunmen kill four olive pickers in Latakia countryside", """
DAMASCUS - An Israeli drone struck a car near the village of Beit Jinn, in the Damascus countryside close to the Israeli-occupied Golan Heights, on Tuesday, killing two men, Syria's state news agency SANA reported.

The Israeli military said it had targeted members of a cell that was planning to fire rockets towards Israel. Syria's foreign ministry condemned the strike as a "flagrant violation" of Syrian sovereignty and called on the U.N. Security Council to act.

Separately, gunmen shot dead four farmers picking olives near the village of Beit Yashout in the Latakia countryside on Wednesday, a local official and a relative said. The victims were members of the Alawite minority. The interior ministry said it had arrested two suspects and was searching for others.

Israel has carried out hundreds of strikes in Syria since the fall of Bashar al-Assad in December 2024 and has deployed troops in a buffer zone in the south. The government of President Ahmed al-Sharaa has said it does not seek conflict with Israel and has held U.S.-mediated talks on a security arrangement.

Killings of Alawites in the coastal provinces have continued sporadically despite government promises to protect minorities.
""",
["SY", "IL", "US"], [("explosion", "SY", "Beit Jinn", 2, False), ("civilian_attack", "SY", "Beit Yashout", 4, False)],
["diplomacy", "strategic"],
["Bashar al-Assad", "Ahmed al-Sharaa"], ["SANA", "U.N. Security Council"],
"Tuesday Israeli drone strike on a car = explosion in SY at Beit Jinn, 2 (the actor's country is not the incident country). Wednesday shooting of four farmers = civilian_attack at Beit Yashout, 4. Syria's condemnation and call on the Security Council = diplomacy; two arrests = strategic. 'Hundreds of strikes' = aggregate; Assad's fall = background, not an incident. Golan Heights is Syrian territory (SY already listed). US via 'U.S.-mediated talks'.",
when=past("2026-03-12", "Tuesday", "Wednesday"), region="middle_east")

art("wire", "2025-08-14", "Houthi drone hits hotel in Israel's Eilat; Israeli jets strike Yemen's Hodeidah port", """
JERUSALEM - A drone launched by Yemen's Houthi movement struck the entrance of a hotel in the Israeli Red Sea resort of Eilat on Tuesday, wounding two people, Israel's ambulance service said.

The military said the drone had not been intercepted because it was flying low over the sea. Shards of glass and debris were scattered across the hotel lobby, and a fire in the car park was quickly put out, police said.

On Wednesday, Israeli warplanes struck fuel tanks and docks at the port of Hodeidah, on Yemen's Red Sea coast, killing three port workers, according to the Houthi-run health ministry. The Israeli military said the port was used to bring in weapons from Iran.

Houthi military spokesman Yahya Saree said in a televised statement that the group would keep targeting Israel "until the aggression on Gaza stops".

The Houthis, who control Yemen's capital Sanaa and much of the north, have fired hundreds of missiles and drones at Israel since the Gaza war began in October 2023, most of them intercepted. Israel has repeatedly struck Hodeidah and Sanaa in response, and in May it bombed the international airport in Sanaa.
""",
["YE", "IL", "IR", "PS"], [("explosion", "IL", "Eilat", None, False), ("explosion", "YE", "Hodeidah", 3, False),
                          ("explosion", "YE", "Sanaa", None, True)], [],
["Yahya Saree"], ["Houthi"],
"TWO COUNTRIES. Tuesday Houthi drone on the hotel = explosion in IL at Eilat, null (two wounded). Wednesday Israeli air strikes on the port = explosion in YE at Hodeidah, 3. May bombing of Sanaa airport = background explosion at Sanaa, null. 'Hundreds of missiles and drones' and 'repeatedly struck' = aggregates. IR via weapons 'from Iran'; PS via Gaza. Red Sea is a sea, not a country.",
when=past("2025-08-14", "Tuesday", "Wednesday"), region="middle_east")

art("wire", "2026-05-21", "Palestinian farmer shot dead as settlers raid Sinjil; Israeli troops kill two gunmen in Tubas", """
RAMALLAH, West Bank - A Palestinian farmer was shot dead on Tuesday when Israeli settlers raided the village of Sinjil, north of Ramallah, setting fire to cars and a barn, the Palestinian health ministry and residents said.

Residents said dozens of settlers, some of them armed, came down from a nearby outpost in the afternoon and attacked homes on the edge of the village. The farmer, 46, was shot in the chest as he tried to protect his sheep, his cousin said. The Israeli military said troops had been sent to the area to "disperse a confrontation" and that the incident was under review.

Early on Wednesday, Israeli troops raided the town of Tubas in the northern West Bank, where the army said soldiers exchanged fire with gunmen and killed two of them. The Palestinian Islamic Jihad said the two were members of its armed wing.

Settler attacks have surged since the start of the Gaza war in October 2023. In June last year, settlers attacked the village of Kafr Malik, east of Ramallah, in an assault in which three Palestinians were killed.

The Palestinian Authority's foreign ministry called on the international community to impose sanctions on violent settlers.
""",
["PS", "IL"], [("civilian_attack", "PS", "Sinjil", 1, False), ("battle", "PS", "Tubas", 2, False),
               ("civilian_attack", "PS", "Kafr Malik", 3, True)], ["diplomacy"],
[], ["Palestinian Islamic Jihad", "Palestinian Authority"],
"Tuesday settler raid with arson and a farmer shot dead = civilian_attack at Sinjil, 1. Wednesday raid with an exchange of fire = battle at Tubas, 2. June last year Kafr Malik assault = background civilian_attack, 3. The PA foreign ministry's sanctions call = diplomacy. West Bank/Ramallah -> PS; 'Israeli settlers/troops' -> IL (actors; the incidents are in PS). 'Dozens of settlers' is a crowd size, not deaths.",
when=past("2026-05-21", "Tuesday", "Wednesday"), region="middle_east")

art("wire", "2025-06-19", "Six killed in Tripoli clashes between rival armed groups; hundreds rally in Martyrs' Square", """
TRIPOLI - Clashes between two rival armed groups in the Libyan capital's Abu Salim district killed six people, including a woman caught in crossfire, on Tuesday night, the emergency medicine centre said.

The fighting, with machine guns and rocket-propelled grenades, erupted after a dispute at a checkpoint and lasted several hours before a truce brokered by local elders took hold early on Wednesday. Residents said several homes and cars were burned and the road to the airport was closed.

On Wednesday evening, several hundred people rallied peacefully in Martyrs' Square in central Tripoli, calling for the armed groups to leave the city and for elections to be held. "We are tired of living between two militias," one protester said.

The Government of National Unity, led by Prime Minister Abdulhamid Dbeibah, said it had ordered an investigation and deployed interior ministry forces to separate the two sides.

Tripoli has seen repeated bouts of fighting between armed factions since the 2011 uprising that toppled Muammar Gaddafi. Last month, clashes in Tripoli that followed the killing of a powerful militia commander left at least eight people dead. The country remains split between the Tripoli government and a rival administration in the east backed by commander Khalifa Haftar.
""",
["LY"], [("battle", "LY", "Abu Salim", 6, False), ("protest", "LY", "Martyrs' Square", None, False),
         ("battle", "LY", "Tripoli", 8, True)], ["strategic"],
["Abdulhamid Dbeibah", "Muammar Gaddafi", "Khalifa Haftar"], ["Government of National Unity"],
"Tuesday-night fighting between armed groups = battle at Abu Salim, 6 (bystander included). Wednesday peaceful rally = protest at Martyrs' Square, null. Last month's Tripoli clashes = background battle, 'at least eight' -> 8 (the commander's killing is folded into the clashes' description, not a separate entry). Deployment to separate the sides = strategic. 2011 uprising = general history, not listed. LY via 'Libyan capital'.",
when=past("2025-06-19", "Tuesday", "Wednesday"), region="north_africa")

art("wire", "2026-06-11", "Youths clash with police in Tunisia's Kasserine after street vendor's death; Tunis rally stays calm", """
TUNIS - Young men threw stones and petrol bombs at police and set tyres alight in the Ezzouhour neighbourhood of the central Tunisian city of Kasserine for a second night on Tuesday, after a street vendor died of burns, witnesses said.

Police fired tear gas to disperse the crowds, and the interior ministry said 19 officers had been injured and 23 people arrested. A police station and a municipal office were partly burned. No deaths were reported in the unrest.

The vendor, a 27-year-old father of two, set himself on fire last week after officers confiscated his fruit cart, his family said. He died in hospital in Sfax on Sunday.

On Wednesday, about 300 people gathered peacefully in front of the municipal theatre on Avenue Habib Bourguiba in Tunis in solidarity with the vendor's family, chanting slogans against unemployment and police abuses. The rally ended without incident.

The vendor's death has drawn comparisons with that of Mohamed Bouazizi, whose self-immolation in Sidi Bouzid in December 2010 sparked the uprising that toppled Zine El Abidine Ben Ali and inspired revolts across the Arab world. President Kais Saied called for calm and said the officers involved would be held to account.
""",
["TN"], [("riot", "TN", "Ezzouhour", 0, False), ("protest", "TN", "Avenue Habib Bourguiba", None, False)],
["strategic"],
["Mohamed Bouazizi", "Zine El Abidine Ben Ali", "Kais Saied"], [],
"Tuesday night stone- and petrol-bomb clashes with police = riot at Ezzouhour (the named neighbourhood of Kasserine), fatalities 0 ('No deaths were reported in the unrest' read as an explicit statement). Wednesday solidarity gathering = protest at Avenue Habib Bourguiba, null. Self-immolations (vendor, Bouazizi 2010) are not incidents; 2010-11 uprising = general history. 23 arrests = strategic. 'Arab world' is a region.",
when=past("2026-06-11", "Sunday", "Tuesday", "Wednesday"), region="north_africa")

art("wire", "2025-10-30", "Drone attack on police station kills officer in Colombia's Arauca; Venezuelan troops clash with guerrillas across border", """
BOGOTA - A drone carrying explosives struck a police station in the town of Tame, in Colombia's eastern Arauca province, on Tuesday, killing one officer and wounding four, police said, blaming the National Liberation Army (ELN) guerrilla group.

The drone dropped two charges into the station's courtyard shortly before dawn, police commander Colonel Hernan Rojas told reporters. A house next door was also damaged. Armed groups have increasingly used commercial drones fitted with explosives to attack police and army posts.

On Wednesday, Venezuela's armed forces said troops had clashed with "Colombian irregular armed groups" near La Victoria, in the Venezuelan state of Apure, across the Arauca river from Colombia. Defence Minister Vladimir Padrino Lopez said on social media that three fighters had been killed and a camp destroyed. He did not say which group was involved.

Arauca has been the scene of fierce fighting since January between the ELN and dissidents of the former FARC rebel group, which has killed scores of people and displaced thousands on both sides of the border.

President Gustavo Petro, who suspended peace talks with the ELN earlier this year, said the government would reinforce security in the province.
""",
["CO", "VE"], [("explosion", "CO", "Tame", 1, False), ("battle", "VE", "La Victoria", 3, False)], [],
["Hernan Rojas", "Vladimir Padrino Lopez", "Gustavo Petro"], ["National Liberation Army", "FARC"],
"COARSE TITLE: headline 'Colombia's Arauca' (province), body Tame. TWO COUNTRIES. Tuesday explosive drone on the police station = explosion at Tame (CO), 1. Wednesday clash of Venezuelan troops with Colombian armed groups = battle in VE at La Victoria (Apure), 3 (fighters' nationality does not move it). Fighting 'since January' killing 'scores' = general/aggregate. The promise to reinforce security is future -> not listed; suspended talks = background.",
when=past("2025-10-30", "Tuesday", "Wednesday"), region="south_america", coarse="Arauca")

art("wire", "2026-03-26", "Gunmen kill five miners in Peru's Pataz gold region; informal miners block highway near Chala", """
LIMA - Gunmen killed five workers at the entrance of a gold mine tunnel in the district of Vijus, in Peru's Pataz province, on Monday, police said, in the latest attack linked to a war between criminal gangs over illegal mining.

The workers, employed by a small contractor, were shot as they came off a night shift, a police official in the La Libertad region said. The attackers fled on motorcycles. Police said they were investigating whether the killings were linked to extortion demands made to the contractor.

In May last year, 13 security guards who had been kidnapped were found dead in a mine tunnel in Pataz, prompting the government to impose a curfew and send in troops.

In the south of the country, hundreds of informal miners blocked the Pan-American highway near the town of Chala, in the Arequipa region, on Tuesday and Wednesday to demand an extension of a registry that lets them operate while they seek permits. The blockade, which stranded hundreds of trucks, was peaceful, police said.

Peru is one of the world's largest gold producers, and soaring prices have fuelled illegal mining, which authorities say now generates more money than drug trafficking.
""",
["PE"], [("civilian_attack", "PE", "Vijus", 5, False), ("protest", "PE", "Chala", None, False),
         ("civilian_attack", "PE", "Pataz", 13, True)], [],
[], [],
"Monday shooting of five mine workers = civilian_attack at Vijus, 5. Two-day peaceful highway blockade = one protest at Chala, null. May last year kidnapping and killing of 13 guards = background civilian_attack at Pataz, 13 (the curfew/troops then are background, not listed). 'A war between criminal gangs' is figurative/general.",
when=past("2026-03-26", "Monday", "Tuesday", "Wednesday"), region="south_america")

art("wire", "2025-11-20", "Gunmen kill four at bar in Bahia's Feira de Santana; two suspects die in shootout with police in Camaçari", """
Gunmen opened fire on customers at a bar in the city of Feira de Santana, in the northeastern state of Bahia, late on Tuesday, killing four men, state police said.

Two men on a motorcycle and a third in a car fired more than 30 shots at a group watching a football match on television in the George Américo neighbourhood, according to a police statement. A fifth man was wounded and taken to hospital. Investigators believe the attack was linked to a dispute between two drug factions over sales points in the area.

On Wednesday, military police said two suspects were killed in a shootout with officers in Camaçari, in the Salvador metropolitan region, after they opened fire on a patrol that had stopped their car. Police said they seized a rifle and two pistols.

Bahia has recorded the highest number of violent deaths of any state for several years, according to the Public Security Forum, a research group. Governor Jerônimo Rodrigues has said the state is investing in intelligence and new equipment, while human rights groups have criticised the high number of killings by police.

The four victims of the bar shooting were buried on Wednesday afternoon.
""",
["BR"], [("civilian_attack", "BR", "George Américo", 4, False), ("battle", "BR", "Camaçari", 2, False)], [],
["Jerônimo Rodrigues"], ["Public Security Forum"],
"IMPLIED COUNTRY: BR never named (Bahia, Feira de Santana, Salvador). Tuesday shooting at the bar = civilian_attack, location the most specific name, George Américo (neighbourhood), 4. Wednesday shootout between police and suspects = battle at Camaçari, 2 (rifle seizure part of it). 'Highest number of violent deaths' and police killings = aggregates. TRAP: Salvador is a city here (no SV).",
when=past("2025-11-20", "Tuesday", "Wednesday"), region="south_america", implied=True)

art("wire", "2026-08-13", "Gunmen kill village chief and driver in Cotabato's Pikit; grenade thrown at house in Cotabato City", """
Gunmen on a motorcycle shot dead a village chief and his driver in Pikit town, Cotabato province, on Tuesday morning, police said.

Barangay captain Datu Ali Mantawil, 51, was on his way to the municipal hall when two men riding in tandem fired at his pickup truck on the national highway, Pikit police chief Major Ronald Dalumpines said. Both men died at the scene. Police recovered more than 20 empty shells from a .45-calibre pistol and an M16 rifle.

Police are looking into a long-running family feud, locally called rido, and a dispute over the coming barangay elections as possible motives.

In Cotabato City, the seat of the Bangsamoro Autonomous Region in Muslim Mindanao, an unidentified man threw a grenade at the house of a local election officer late on Wednesday. The blast damaged the gate and a parked van, but no one was hurt, police said.

Election-related violence is common in the Bangsamoro region and neighbouring provinces, where powerful clans and armed groups compete for local posts. The Commission on Elections said it was considering placing several towns under its direct control ahead of the polls.
""",
["PH"], [("civilian_attack", "PH", "Pikit", 2, False), ("explosion", "PH", "Cotabato City", 0, False)], [],
["Datu Ali Mantawil", "Ronald Dalumpines"], ["Commission on Elections"],
"IMPLIED COUNTRY: PH never named (Cotabato, Mindanao, Bangsamoro, barangay). Tuesday ambush of the village chief = civilian_attack at Pikit, 2 (chief + driver). Wednesday grenade attack on the house = explosion at Cotabato City, 0 ('no one was hurt' = explicit zero). Commission's plan is a consideration, not an event. 'Election-related violence is common' = general.",
when=past("2026-08-13", "Tuesday", "Wednesday"), region="se_asia_pacific", implied=True)

art("wire", "2025-12-04", "Papuan rebels kill two teachers in Indonesia's Central Papua; soldier dies in clash", """
JAYAPURA, Indonesia - Separatist rebels shot dead two teachers in Sugapa, the main town of Intan Jaya regency in the province of Central Papua, on Monday, police said, accusing the victims of spying for the military.

The teachers, both migrants from Sulawesi who had taught at a primary school in the town for several years, were attacked at their home, police spokesman Ignatius Benny said. A spokesman for the West Papua National Liberation Army (TPNPB), Sebby Sambom, said in a statement that the group was responsible and that the two were "intelligence agents".

On Tuesday, one soldier and two rebels were killed in a gunfight in the Beoga district of neighbouring Puncak regency when troops pursued a group of fighters, the military said.

Rebels have fought a low-level insurgency for independence in Papua since it was incorporated into Indonesia after a disputed U.N.-backed vote in 1969. Fighting has intensified in recent years, and rights groups say thousands of villagers have fled their homes in the highlands.

Schools in several districts of Intan Jaya closed on Wednesday after teachers' unions said their members could not work safely.
""",
["ID"], [("civilian_attack", "ID", "Sugapa", 2, False), ("battle", "ID", "Beoga", 3, False)], [],
["Ignatius Benny", "Sebby Sambom"], ["West Papua National Liberation Army"],
"COARSE TITLE: headline 'Indonesia's Central Papua' (province), body Sugapa. Monday killing of two teachers at home = civilian_attack at Sugapa, 2. Tuesday gunfight = battle at Beoga, 1 soldier + 2 rebels = 3. School closures are not an event type. The 1969 vote = history. 'West Papua' is inside the org name; TRAP: Papua is an Indonesian region, not PG.",
when=past("2025-12-04", "Monday", "Tuesday", "Wednesday"), region="se_asia_pacific", coarse="Central Papua")

art("wire", "2026-01-08", "Tribal fighting near Tari in Hela Province kills seven; mob burns houses in Enga's Wabag", """
Seven men were killed in fighting between two rival clans near Tari, in the highlands of Hela Province, on Monday and Tuesday, provincial police commander Superintendent Joseph Tupiri said.

The fighting, with high-powered rifles and home-made guns, broke out over a land dispute and the death of a young man in a road accident last month, which one clan blamed on sorcery, Tupiri told reporters. Dozens of houses and gardens were burned, and hundreds of women and children fled to a church compound.

In Wabag, the capital of neighbouring Enga Province, a mob set fire to six houses and a trade store on Wednesday after a local businessman was found dead on the outskirts of the town, police said. No one was injured, but police fired warning shots to disperse the crowd.

Tribal fighting in the highlands has become deadlier as automatic weapons have replaced spears and bows. In February 2024, an ambush in Enga Province killed more than 60 men in one of the worst massacres in the region's recent history.

Prime Minister James Marape ordered soldiers to support police in the highlands on Wednesday, and the government in Port Moresby said a new law on illegal firearms would be debated when parliament sits in February.
""",
["PG"], [("battle", "PG", "Tari", 7, False), ("riot", "PG", "Wabag", 0, False),
         ("battle", "PG", "Enga Province", 60, True)], ["strategic"],
["Joseph Tupiri", "James Marape"], [],
"IMPLIED COUNTRY: PG never named (Hela, Enga, Port Moresby). Two days of clan fighting = one battle at Tari, 7 (armed clash between organised groups). Wednesday mob arson = riot at Wabag, 0 ('No one was injured'). The businessman 'found dead' is not described as an attack -> not listed; road accident not an incident. February 2024 Enga ambush = background battle, 'more than 60' -> 60. Order sending soldiers = strategic (deployment).",
when=past("2026-01-08", "Monday", "Tuesday", "Wednesday"), region="se_asia_pacific", implied=True)

art("wire", "2026-09-19", "Gunman kills two at high school football game in Mobile, Alabama", """
MOBILE, Ala. - A gunman opened fire in the stands during a high school football game in Mobile, Alabama, on Friday night, killing two people and wounding five, police said. A teenage suspect was arrested after a brief chase.

The shooting happened early in the third quarter, when an argument between two groups of young men in the bleachers escalated, Police Chief Terrence Hale told a news conference on Saturday. Players dived to the ground and hundreds of spectators ran for the exits as the shots rang out.

The two killed were a 17-year-old student and a 44-year-old father who had come to watch his son play, the chief said. Among the wounded was a 12-year-old girl, who was in stable condition.

Investigators recovered a handgun with an extended magazine near a fence at the back of the stadium. The suspect, also 17, was charged with two counts of murder and will be tried as an adult, the district attorney's office said.

The school district said counsellors would be available to students and that the rest of the season's home games would be played without spectators.

Last year, a shooting at a homecoming game in another Alabama city left one person dead and several wounded, and several states have since tightened security at school sporting events.
""",
["US"], [("civilian_attack", "US", "Mobile", 2, False), ("civilian_attack", "US", None, 1, True)], ["strategic"],
["Terrence Hale"], [],
"Friday-night shooting in the stands = civilian_attack at Mobile, 2 (wounded not counted). Arrest and murder charges = strategic. Last year's homecoming-game shooting 'in another Alabama city' = background civilian_attack, location null (no place name), 1. Alabama is a US state. Single current incident (the brief's multi-incident floor is met elsewhere).",
when=past("2026-09-19", "Friday", "Saturday"), region="europe_north_america")

art("wire", "2026-04-23", "Tens of thousands march in Belgrade for early elections; protesters clash with police in Novi Sad", """
BELGRADE - Tens of thousands of people marched through central Belgrade on Tuesday evening to demand early elections, in one of the largest anti-government rallies in Serbia this year. The march passed off peacefully.

Students, who have led the protest movement, walked from the Faculty of Law to the National Assembly, blowing whistles and carrying banners reading "We want elections". An independent monitoring group estimated the crowd at about 60,000.

In Novi Sad, the country's second-largest city, protesters threw stones, bottles and flares at riot police outside the offices of the ruling Serbian Progressive Party on Wednesday night, after supporters of the party attacked students who were blocking a street, witnesses said. Police used pepper spray and batons. The interior ministry said 11 officers were injured and 17 people detained.

The protests began after the collapse of a concrete canopy at the Novi Sad railway station in November 2024 killed 16 people, which critics blamed on corruption in state construction projects.

President Aleksandar Vucic has rejected calls for early elections and on Wednesday accused the protesters of being funded from abroad. The European Union urged restraint on all sides.
""",
["RS"], [("protest", "RS", "Belgrade", None, False), ("riot", "RS", "Novi Sad", None, False)],
["strategic", "diplomacy"],
["Aleksandar Vucic"], ["Serbian Progressive Party", "European Union"],
"Tuesday peaceful march = protest at Belgrade, null ('tens of thousands' is crowd size). Wednesday stone-throwing clash, including the party supporters' attack on students = one riot at Novi Sad, null (injuries only). 17 detained = strategic; Vucic's accusation and the EU's call = diplomacy. TRAP: the 2024 canopy collapse (16 dead) is an accident, not an incident. 'abroad' names no country.",
when=past("2026-04-23", "Tuesday", "Wednesday"), region="europe_north_america")

art("wire", "2026-07-16", "Militants ambush army vehicle in Jammu and Kashmir, killing two soldiers; Pakistani shelling kills woman in Poonch", """
SRINAGAR - Militants ambushed an army vehicle in the Chatroo area of Kishtwar district in Jammu and Kashmir on Tuesday, killing two soldiers and wounding three, the army said.

The militants fired on the vehicle from a forested hillside as it returned from a search operation, and the soldiers fired back, an army spokesman said. Reinforcements were sent and a cordon was laid around the area, but the attackers escaped into the forest.

On Wednesday, a woman was killed and two of her children were wounded when shells fired by Pakistani troops across the Line of Control hit their home in the Mendhar sector of Poonch district, police said. The Indian army said it had "responded effectively".

Pakistan's military said Indian troops had fired first and that its forces had only retaliated. It did not report any casualties on its side.

The exchange of fire is the most serious along the de facto border since India and Pakistan agreed to halt hostilities in May last year, after four days of missile and drone strikes that followed the killing of 26 people, most of them tourists, by gunmen at Pahalgam in April 2025.
""",
["IN", "PK"], [("battle", "IN", "Chatroo", 2, False), ("explosion", "IN", "Mendhar", 1, False),
               ("civilian_attack", "IN", "Pahalgam", 26, True)], ["diplomacy"],
[], [],
"COARSE TITLE: headline 'Jammu and Kashmir', body Chatroo (Kishtwar). Tuesday ambush on the army vehicle with return fire = battle at Chatroo, 2. Wednesday cross-border shells hitting a home = explosion in IN (where they landed) at Mendhar, 1. Pakistan's accusation = diplomacy. April 2025 Pahalgam shooting of tourists = background civilian_attack, 26. The four days of missile and drone strikes in May 2025 = multi-place, two-country episode without a place or toll -> not listed (aggregate).",
when=past("2026-07-16", "Tuesday", "Wednesday"), region="india_pakistan", coarse="Jammu and Kashmir")

art("wire", "2026-10-15", "Suicide car bomber kills four police in Pakistan's Dera Ismail Khan; Taliban say Pakistani strikes hit Khost", """
PESHAWAR, Pakistan - A suicide bomber rammed an explosives-laden car into the gate of a police station in Paharpur, in Khyber Pakhtunkhwa province's Dera Ismail Khan district, on Tuesday, killing four policemen, officials said.

The blast destroyed the front of the building and damaged nearby shops, district police chief Fazal Rabbani said. Gunmen who tried to enter the compound after the explosion were driven back by officers. Tehreek-e-Taliban Pakistan (TTP), the Pakistani Taliban, claimed responsibility.

On Wednesday night, Afghanistan's Taliban government said Pakistani air strikes had hit homes in the Gurbuz district of Khost province, killing nine civilians, including women and children. Spokesman Zabihullah Mujahid condemned the strikes and warned that Kabul would respond "at the appropriate time".

Pakistan's military did not confirm the strikes but said it had targeted "terrorist hideouts" used by the TTP to plan attacks in Pakistan.

Islamabad accuses Kabul of sheltering TTP fighters, a charge the Taliban deny. Relations between the neighbours have been tense for months, and a ceasefire mediated by Qatar and Turkey has only partly held.
""",
["PK", "AF", "QA", "TR"], [("explosion", "PK", "Paharpur", 4, False), ("explosion", "AF", "Gurbuz", 9, False)],
["diplomacy"],
["Fazal Rabbani", "Zabihullah Mujahid"], ["Tehreek-e-Taliban Pakistan", "Taliban"],
"TWO COUNTRIES. Tuesday suicide car bomb at the police station, followed by a repelled assault = one incident typed by its first mechanism (explosion) at Paharpur, 4 (the bomber's death is not stated -> not added). Wednesday Pakistani air strikes = explosion in AF at Gurbuz, 9. Mujahid's condemnation and Islamabad's accusations = diplomacy. QA/TR as ceasefire mediators (state actors). Islamabad/Kabul = capital metonyms.",
when=past("2026-10-15", "Tuesday", "Wednesday"), region="india_pakistan")


# =====================================================================================
# bf8-37..60  QUIET articles: title, 120-300 words, no current incident (realistic traps).
# =====================================================================================

art("quiet", "2026-03-22", "Moscow remembers Crocus City Hall victims two years after concert hall attack", """
Hundreds of people laid flowers and lit candles on Sunday outside the Crocus City Hall concert venue in Krasnogorsk, on the outskirts of Moscow, two years after gunmen killed 145 people there.

Relatives of the victims, many holding photographs, stood in silence as a priest read out the names at a memorial wall of black granite that was unveiled last year. Some had travelled from Siberia and the Urals.

The attackers opened fire on concertgoers waiting for a rock band to take the stage and then set the building alight. They were captured the next day near the border with Ukraine. Four men from Tajikistan were later sentenced to life imprisonment, and the Islamic State Khorasan Province group claimed responsibility.

"Every March the wound opens again," said Irina Sokolova, whose son worked as a sound engineer at the venue. "But people still come, and that means they have not forgotten."

Moscow region governor Andrei Vorobyov said the gutted concert hall was being rebuilt and should reopen next year, with a permanent exhibition about the victims in its foyer.
""",
["RU", "UA", "TJ"], [("civilian_attack", "RU", "Crocus City Hall", 145, True)], [],
["Irina Sokolova", "Andrei Vorobyov"], ["Islamic State Khorasan Province"],
"QUIET (memorial). The March 2024 concert-hall shooting and arson = background civilian_attack at Crocus City Hall, 145 (shooting first-named mechanism). The capture of the attackers and the sentences are background, not news. UA via 'the border with Ukraine' (place); TJ via 'men from Tajikistan'. Krasnogorsk/Moscow -> RU. Siberia/Urals are regions.",
when=past("2026-03-22", "Sunday"), topic="memorial")

art("quiet", "2025-12-16", "Peshawar school marks 11 years since massacre of students", """
Students, teachers and parents gathered at the Army Public School in Peshawar on Tuesday to mark 11 years since gunmen of the Tehreek-e-Taliban Pakistan (TTP) stormed the school and killed more than 140 people, most of them children.

The ceremony began with a recitation from the Koran, followed by the reading of the names of the students and staff members who were killed. Candles were lit in the school's auditorium, where many of the children died.

"My son would have been 26 this year," said Shahana Gul, who has attended every anniversary. "We still ask why the guards could not stop them."

The December 2014 attack shocked the country and led the government to draw up a National Action Plan against terrorism, set up military courts and lift a moratorium on executions. Several of those convicted of helping the attackers have since been hanged.

Parents' groups used the anniversary to demand the publication in full of a judicial commission's report on security failures at the school, which the Supreme Court ordered in 2020.
""",
["PK"], [("civilian_attack", "PK", "Army Public School", 140, True)], [],
["Shahana Gul"], ["Army Public School", "Tehreek-e-Taliban Pakistan", "Supreme Court"],
"QUIET (memorial). The December 2014 school attack = background civilian_attack at the Army Public School, 'more than 140' -> 140 (NOTES: 'more than N' -> N). Executions/military courts = past policy, not news. Parents' demand is not a protest event (no gathering to demand beyond the ceremony). PK via Peshawar (TTP name alone would not count).",
when=past("2025-12-16", "Tuesday"), topic="memorial")

art("quiet", "2026-02-05", "Brussels court jails man who supplied rifle used to kill two Swedish football fans", """
A Brussels criminal court on Wednesday sentenced a 38-year-old man to 12 years in prison for supplying the assault rifle used in the October 2023 shooting of two Swedish football supporters in the Belgian capital.

The gunman, a Tunisian who had been refused asylum, shot the two men near Place Sainctelette on the evening of a Belgium-Sweden match and was shot dead by police in a cafe in Schaerbeek the next morning. The match was abandoned at half-time and thousands of Swedish fans were kept inside the stadium for their safety.

The court found that the defendant, identified only as Mehdi B., had sold the weapon knowing that the buyer sympathised with the Islamic State group. His lawyer said he would appeal.

A second defendant, accused of hiding the gunman's scooter, was acquitted.

Relatives of the two victims, who followed the hearing from Sweden by video link, said in a statement that the verdict brought "a small measure of justice". Belgium's federal prosecutor has also opened an inquiry into why a Tunisian extradition request for the gunman was not acted on before the attack.
""",
["BE", "SE", "TN"], [("civilian_attack", "BE", "Place Sainctelette", 2, True), ("battle", "BE", "Schaerbeek", 1, True)],
["strategic"],
["Mehdi B."], ["Islamic State"],
"QUIET (trial). Sentencing and acquittal = strategic. Background: October 2023 shooting of two fans = civilian_attack at Place Sainctelette, 2; the police shooting of the gunman next morning = background battle (shootout with security forces, NOTES) at Schaerbeek, 1. Tunisian extradition request = background, not news. Belgium-Sweden national teams and Swedish fans -> SE (sport convention); TN via 'a Tunisian' and the extradition request.",
when=past("2026-02-05", "Wednesday"), topic="trial")

art("quiet", "2025-09-25", "Inquiry faults deportation failures before Solingen festival stabbing", """
A parliamentary inquiry in the German state of North Rhine-Westphalia concluded on Wednesday that the authorities missed several chances to deport the Syrian man who killed three people in a knife attack at a city festival in Solingen in August 2024.

The man, who had been due to be sent back to Bulgaria under European Union asylum rules, was not found at his shelter on the one night that officials tried to collect him, and no further attempt was made before the deadline ran out, the committee's 400-page report said.

"This was not one mistake but a chain of small omissions," said committee chair Marlies Brenner, adding that immigration offices were badly understaffed and used incompatible computer systems.

The attacker, who had pledged allegiance to the Islamic State group, was sentenced to life imprisonment earlier this month. Eight people were wounded in the attack on the festival marking the city's 650th anniversary.

The report made 37 recommendations, including a central register for deportation cases. Opposition lawmakers said the state's refugee minister should resign, a demand the government rejected.
""",
["DE", "SY", "BG"], [("civilian_attack", "DE", "Solingen", 3, True)], [],
["Marlies Brenner"], ["European Union", "Islamic State"],
"QUIET (inquiry). August 2024 festival stabbing = background civilian_attack at Solingen, 3. Report findings, this month's life sentence and opposition calls are not events reported as news (the sentence is background; no resignation happened). SY via 'the Syrian man'; BG via deportation 'back to Bulgaria'. North Rhine-Westphalia -> DE (also 'German state').",
when=past("2025-09-25", "Wednesday"), topic="trial")

art("quiet", "2026-01-29", "Kidnappings in Colombia rose by a quarter in 2025, ombudsman says", """
Kidnappings in Colombia rose by 26% last year to 412 cases, the highest number in more than a decade, the Ombudsman's Office said in its annual report on Wednesday.

Most of the abductions took place in the departments of Arauca, Cauca, Norte de Santander and Antioquia, where the ELN guerrilla group and dissident factions of the former FARC compete for territory and drug routes, the report said. Many victims were held for ransom for a few days and released after their families paid, while others were soldiers and police officers captured during operations.

Extortion complaints also rose, by 18%, with shopkeepers, transport companies and cattle ranchers the most frequent targets. The report said many cases went unreported because victims feared reprisals.

"Kidnapping has become a business model again," Ombudsman Iris Marín told reporters in Bogota, calling for a national strategy that goes beyond military operations.

The report also noted a rise in abductions in areas along the border with Venezuela, where armed groups move freely between the two countries.
""",
["CO", "VE"], [], [],
["Iris Marín"], ["Ombudsman's Office", "ELN", "FARC"],
"QUIET (statistics). Annual kidnapping and extortion figures = aggregates, never listed ('held for ransom', 'captured' are generic). The report's publication is not an event type. VE via 'the border with Venezuela' (place).",
when=past("2026-01-29", "Wednesday"), topic="statistics")

art("quiet", "2026-02-21", "Iranian drama about the siege of Abadan wins top prize in Berlin", """
"The Date Palms of Abadan", a drama by Iranian director Mahsa Karimi about a family who refuse to leave their besieged port city during the Iran-Iraq war, won the Golden Bear for best film at the Berlin film festival.

Set over the first winter of the war, the film follows a refinery engineer, his wife and their three children as shelling draws closer and food runs out. Karimi shot most of it in Khuzestan province with non-professional actors, many of them children of families who lived through the siege.

Critics praised its restraint: the explosions are mostly heard rather than seen, and the Iraqi soldiers across the river are never shown. "I did not want to make a war film," Karimi said as she accepted the award. "I wanted to make a film about staying."

The jury president called it "a film of enormous patience". The Silver Bear for best director went to a Mexican filmmaker for a thriller about a kidnapping in Guadalajara.

The film is due to be released in Iran in the spring, subject to approval by the culture ministry.
""",
["IR", "IQ", "DE", "MX"], [], [],
["Mahsa Karimi"], [],
"QUIET (film). War drama, shelling, 'Iraqi soldiers' and a kidnapping thriller are all fiction or history, no incident. Iran-Iraq war = a war, not a specific incident. Berlin -> DE (festival venue); MX via 'a Mexican filmmaker' and Guadalajara (the thriller's setting, fiction); IQ via 'Iraqi soldiers' and the war name.",
topic="fiction")

art("quiet", "2025-10-09", "Review: 'Snow on Minutka Square' returns to Grozny's winter of ruin", """
Zarema Musayeva's second novel opens on New Year's Eve 1994, as the first tanks roll into Grozny, and does not leave the city for the next 300 pages.

Its narrator, Madina, is a 14-year-old piano student who spends the winter in a basement beneath her grandmother's apartment block near Minutka Square, listening to the shelling and trying to work out, from the sounds alone, which streets are still standing. Above her, the Chechen capital is being taken apart by Russian artillery and aircraft, but Musayeva keeps the war mostly off the page, in the shaking of the walls and the stories of those who come down the stairs.

The result is a quiet, claustrophobic and often very funny book about a girl who refuses to stop practising scales on a piano with no strings. Its weakest passages are those set decades later in Moscow, where the adult Madina lectures her husband on history.

But the basement chapters are as fine as anything written about the war, and the final scene, when the survivors climb out into the snow, is devastating.
""",
["RU"], [], [],
["Zarema Musayeva"], [],
"QUIET (book review). Shelling, tanks and artillery are the novel's setting (the first Chechen war as history/fiction): no incident. Grozny/Chechen/Moscow/Russian -> RU (NOTES: Chechnya -> RU).",
topic="fiction")

art("quiet", "2026-05-14", "Basque series 'The Long Ceasefire' revisits ETA's last years without melodrama", """
The eight-part Spanish series "The Long Ceasefire", which began streaming this week, follows two families in a fishing town near San Sebastián through the last decade of ETA's armed campaign, and it is one of the most careful television dramas yet made about the Basque conflict.

One family runs a bakery and receives extortion letters from the group; the other has a son who joins a cell and later flees across the border to France. The first episode opens with a car bomb outside a police barracks, but creator Ane Etxeberria avoids spectacle: the blast is shown only as a flash in a kitchen window.

The writing is strongest in the small moments, as neighbours decide whom to greet in the street and whom to ignore. The acting, mostly in Basque with some Spanish, is uniformly strong, especially Itziar Lasa as the baker's widow.

Some viewers in the Basque Country have criticised the series for giving too much sympathy to the militants. Etxeberria said she wanted to show "how a whole town learned to look away".
""",
["ES", "FR"], [], [],
["Ane Etxeberria", "Itziar Lasa"], ["ETA"],
"QUIET (TV series). The car bomb and extortion letters are fiction inside the series; ETA's campaign = history, no specific incident. San Sebastián/Basque Country/Spanish -> ES; FR via the fictional flight 'across the border to France' (a place named). 'Basque'/'Spanish' as languages also occur.",
topic="fiction")

art("quiet", "2025-11-13", "Hanoi studio's jungle-war shooter 'Mekong 68' storms the Steam charts", """
"Mekong 68", a tactical shooter set in the Mekong Delta during the Vietnam War, has sold more than 1.2 million copies in its first two weeks, making it the most successful game yet from a Vietnamese developer, its Hanoi-based studio Lotus Forge said.

Players command a squad of local guerrillas or of American riverine troops, laying ambushes along canals, calling in artillery and fighting through flooded rice paddies at night. Reviewers have praised the game's sound design, in which the crack of rifle fire changes with the rain.

"We wanted the player to feel how confusing that war was for everyone in it," said creative director Tran Minh Khoa, whose grandfather fought in the delta.

The game briefly topped the best-seller chart on Steam, ahead of several big-budget American titles, and has been especially popular in the United States and South Korea. A free update adding a cooperative mode is due in December.

Not everyone is pleased: some veterans' groups have said the game trivialises real battles, a charge Khoa rejected.
""",
["VN", "US", "KR"], [], [],
["Tran Minh Khoa"], ["Lotus Forge", "Steam"],
"QUIET (video game). Ambushes, artillery, 'storms the charts' = game vocabulary; the Vietnam War is history. VN via Hanoi/Vietnamese/Mekong Delta; US via 'American' and 'the United States' (sales market); KR via 'South Korea'.",
topic="fiction")

art("quiet", "2026-06-25", "NATO gunners pound Lapland ranges in largest artillery drill held in Finland", """
Thousands of soldiers from ten NATO countries fired howitzers and rocket launchers across the Rovajärvi training area in Finnish Lapland this week, in what the Finnish Defence Forces called the largest artillery exercise ever held in the country.

Batteries from the United States, Sweden, Norway, Germany and Finland took part in the two-week drill, practising coordinated fire at targets up to 70 km away and moving their guns quickly to avoid simulated counter-battery strikes. Drones were used to spot the fall of shells.

"The aim is simple: we must be able to fight together from the first day," said Colonel Jari Lehtonen, the exercise director. No live rounds were fired near the border, he said, and reindeer herders had been told in advance which areas to avoid.

Finland, which shares a 1,340-kilometre border with Russia, joined NATO in 2023 after Russia's full-scale invasion of Ukraine, and has since hosted a growing number of allied exercises. Moscow has called the drills provocative.

Rovajärvi, near Rovaniemi, is the largest artillery range in western Europe.
""",
["FI", "US", "SE", "NO", "DE", "RU", "UA"], [], ["diplomacy"],
["Jari Lehtonen"], ["NATO", "Finnish Defence Forces"],
"QUIET (military exercise). Howitzer fire, 'pound', simulated strikes = drill, not incidents. Russia's invasion of Ukraine = war as background context, not a specific incident. Moscow calling the drills provocative = diplomacy (accusation statement). 'western Europe' is a region.",
topic="exercise")

art("quiet", "2025-08-28", "Bus skids into gorge in Himachal's Mandi district, killing 14", """
Fourteen people were killed and 22 injured when a state-run bus skidded off a rain-soaked mountain road and fell about 150 metres into a gorge in Mandi district of Himachal Pradesh on Wednesday, police said.

The bus, carrying about 40 passengers from Mandi to Kullu, went off the road on a sharp bend near Pandoh after heavy overnight rain loosened the edge of the road, the district's deputy commissioner said. Rescuers from the National Disaster Response Force and local villagers used ropes to pull survivors from the wreck.

The injured were taken to a hospital in Mandi, where three were in critical condition. Among the dead were a newly married couple and two schoolchildren.

Prime Minister Narendra Modi said he was saddened by the accident and announced compensation of 200,000 rupees for the families of each of the dead.

Monsoon rains have caused hundreds of landslides in the mountain state this season, and the transport department said it would inspect all buses running on hill routes.
""",
["IN"], [], [],
["Narendra Modi"], ["National Disaster Response Force"],
"QUIET (road accident). 14 deaths in a bus accident: NOTES says accidents and disasters are not incidents. Landslides = disaster. IN via Himachal Pradesh/Mandi/Kullu and Modi.",
when=past("2025-08-28", "Wednesday"), topic="accident")

art("quiet", "2026-03-05", "Train derails near Egypt's Minya, killing nine passengers", """
Nine people were killed and more than 50 injured on Wednesday when four carriages of a passenger train travelling from Cairo to Aswan derailed and overturned near the city of Minya, the health ministry said.

Television footage showed carriages lying on their sides in a field next to the tracks as rescuers and residents climbed on top to help passengers out through the windows. Dozens of ambulances were sent to the scene.

The transport ministry said initial findings pointed to a signal fault that sent the train onto a siding at high speed. The driver and two signal operators were detained for questioning, and the public prosecutor ordered an investigation.

Egypt's railway network, one of the oldest in the world, has a long record of deadly accidents. The government says it is spending billions of dollars on new trains and signalling systems, with help from foreign lenders, but passengers complain that many lines still use decades-old equipment.

The injured were taken to hospitals in Minya and Beni Suef.
""",
["EG"], [], ["strategic"],
[], [],
"QUIET (rail accident). Derailment deaths are an accident, not an incident (NOTES). Detention of the driver and signal operators = strategic (arrests). Cairo/Aswan/Minya -> EG. 'foreign lenders' names no country.",
when=past("2026-03-05", "Wednesday"), topic="accident")

art("quiet", "2025-07-24", "Gold mine collapse kills 11 in Sudan's River Nile state", """
Eleven artisanal miners were killed when a shaft at a traditional gold mine collapsed in the desert near Abu Hamad, in Sudan's River Nile state, on Tuesday, the state-owned Sudanese Mineral Resources Company said.

The miners were working about 30 metres underground when the walls of the shaft gave way, burying them under sand and rock. Workers at nearby shafts dug through the night to recover the bodies. Four others were pulled out alive.

The company said the site had been operating without safety supports and that it had suspended work at dozens of similar shafts in the area pending inspections.

Hundreds of thousands of Sudanese work in artisanal gold mining, often in dangerous conditions. Gold exports have become a vital source of hard currency for both the army and the Rapid Support Forces since the war between them began in April 2023, and many people displaced by the fighting have moved to mining areas in the north in search of work.

Deadly collapses are frequent, especially after rains weaken the ground.
""",
["SD"], [], [],
[], ["Sudanese Mineral Resources Company", "Rapid Support Forces"],
"QUIET (mining accident) in a war country. Shaft collapse deaths = accident. The war since April 2023 = general context, not a specific incident. Suspension of mining work is administrative, not an event type.",
when=past("2025-07-24", "Tuesday"), topic="accident")

art("quiet", "2026-04-16", "Ammonia tank blast at Chattogram fertiliser plant kills three workers", """
An ammonia storage tank exploded at a state-owned fertiliser factory in Anwara upazila of Chattogram on Wednesday, killing three workers and sending dozens of villagers to hospital with breathing problems, officials said.

The blast, which happened during maintenance work, tore a hole in the side of the tank and released a cloud of gas that drifted over nearby rice fields and homes. Fire service teams sprayed water for several hours to bring the leak under control.

"We heard a big bang, and then everyone started coughing and running," said a villager who took his children to a relative's house in the next village.

The Bangladesh Chemical Industries Corporation, which owns the plant, formed a committee to investigate the cause and suspended production. The factory's workers' union said it had warned managers last year that the tank's valves were corroded.

It was the second deadly industrial accident in the Chattogram area in two months, after a fire at a container depot in February.
""",
["BD"], [], [],
[], ["Bangladesh Chemical Industries Corporation"],
"QUIET (industrial accident). Tank 'blast'/'exploded' is an industrial accident, not an explosion incident. February container-depot fire = accident. BD via Chattogram/Anwara upazila (the corporation name alone would not count).",
when=past("2026-04-16", "Wednesday"), topic="accident")

art("quiet", "2025-11-27", "Shabelle floods drive 100,000 from homes in Somalia's Beledweyne", """
The Shabelle river burst its banks in Beledweyne this week, flooding large parts of the central Somali town and forcing more than 100,000 people from their homes, local officials and the United Nations said on Wednesday.

At least 12 people, including five children, have drowned since the river began to rise on Saturday, district commissioner Abdirashid Hassan said. Families fled with what they could carry to higher ground on the outskirts of the town, where many were sleeping under trees.

The floods followed heavy rains in the Ethiopian highlands, where the river rises. The U.N. humanitarian office said aid agencies were sending boats, tents and water purification tablets, but that access to some villages upstream was difficult because of damaged roads and checkpoints run by armed groups.

Beledweyne floods almost every rainy season, and residents say the embankments built after the 2023 floods were never finished. Somalia is one of the countries most exposed to climate shocks, swinging between drought and floods.
""",
["SO", "ET"], [], [],
["Abdirashid Hassan"], ["United Nations"],
"QUIET (natural disaster) in a conflict country. Flood drownings (12) = disaster, not an incident. 'Checkpoints run by armed groups' = general, no event. ET via 'the Ethiopian highlands' (a place). Past floods = disasters.",
when=past("2025-11-27", "Saturday", "Wednesday"), topic="disaster")

art("quiet", "2026-02-16", "Raja's late blitz sinks Wydad in fiery Casablanca derby", """
Raja Casablanca came from behind to beat city rivals Wydad 2-1 in a thunderous derby at the Mohammed V stadium on Sunday, with Cameroonian striker Fiston Mbala firing the winner in stoppage time.

Wydad had dominated the first half and took the lead when their captain's long-range shot deflected past the goalkeeper. But Raja launched attack after attack after the break, bombarded the Wydad box with crosses and finally equalised through a header from a corner.

The battle for the ball grew ever more bad-tempered, with four yellow cards and a late red for a Wydad defender, and Senegalese goalkeeper Moussa Diagne was the busiest man on the pitch as he kept out shot after shot.

"The fans killed it tonight, they carried us," Mbala said. "When you hear that noise, you cannot lose a derby."

Wydad's coach was less happy, accusing the referee of "killing the game" with constant whistles. The result lifts Raja to second place, four points behind leaders FAR Rabat, and sets up a title fight for the rest of the season.
""",
["MA", "CM", "SN"], [], [],
["Fiston Mbala", "Moussa Diagne"], ["Raja Casablanca", "Wydad", "FAR Rabat"],
"QUIET (sport). 'blitz', 'firing', 'shot', 'attack', 'bombarded', 'battle', 'killed it', 'killing the game', 'title fight' = football vocabulary. Athlete nationalities count as country references (NOTES sport convention): 'Cameroonian' -> CM, 'Senegalese' -> SN. Casablanca/Rabat -> MA.",
when=past("2026-02-16", "Sunday"), topic="sport")

art("quiet", "2025-10-23", "Ride-hailing price war sends Jakarta-listed shares plunging", """
Shares in Indonesian ride-hailing firm Jalanku plunged 14% on Wednesday, their biggest one-day fall since the company listed in Jakarta, after it said a fierce price war with Singapore-based rival Kilat Ride had pushed it back into a quarterly loss.

Jalanku said it had cut fares by up to a fifth in Jakarta, Surabaya and Medan and offered drivers bonuses to stop them defecting to Kilat, which has been expanding aggressively since raising fresh funding in the summer.

"This is a war of attrition, and the one with the deeper war chest wins," said a Jakarta-based analyst. "Right now, investors don't believe that's Jalanku."

The sell-off spilled over to other technology stocks, dragging the main index down 1.3% in a bloodbath for growth names. Jalanku's chief executive, Rina Hartono, told analysts the company would "not surrender a single city" and expected the fare battle to ease next year.

Regulators have warned both companies that predatory pricing could breach competition rules.
""",
["ID", "SG"], [], [],
["Rina Hartono"], ["Jalanku", "Kilat Ride"],
"QUIET (business). 'price war', 'plunged', 'war chest', 'bloodbath', 'battle', 'not surrender' = market vocabulary. ID via 'Indonesian'/Jakarta; SG via 'Singapore-based rival'. Regulators' warning is not an event type.",
when=past("2025-10-23", "Wednesday"), topic="business")

art("quiet", "2026-07-09", "Brazilian meatpacker launches hostile takeover bid for Argentine rival", """
Brazilian meatpacker Serra Verde Alimentos launched a hostile takeover bid for Argentina's Pampa Carnes on Wednesday, offering shareholders a 35% premium after Pampa's board rejected two friendly approaches.

The offer, worth about $1.4 billion, would create the second-largest beef exporter in South America and give Serra Verde access to Argentina's grass-fed beef and its growing sales to China.

Pampa's shares jumped 28% in Buenos Aires, while Serra Verde's fell 6% in São Paulo as investors questioned the price. Pampa's chairman called the bid "an ambush" and said the board was considering a poison pill to fend off what he called a raid on a family company.

Analysts said the battle could drag on for months and might need approval from competition authorities in both countries. "They are going in with all guns blazing, but the Argentine government may not want its best beef brand in Brazilian hands," said one.

Serra Verde said it was confident of winning over shareholders and had secured financing from a group of banks.
""",
["BR", "AR", "CN"], [], [],
[], ["Serra Verde Alimentos", "Pampa Carnes"],
"QUIET (business). 'hostile takeover', 'ambush', 'poison pill', 'raid', 'battle', 'all guns blazing', 'shares jumped/fell' = corporate vocabulary. BR/AR via demonyms, Buenos Aires, São Paulo, 'Argentine government'; CN via sales 'to China'. 'South America' is a region.",
when=past("2026-07-09", "Wednesday"), topic="business")

art("quiet", "2025-06-05", "Kenyan MP decries 'political assassination' of his character as Senate torpedoes roads bill", """
A Kenyan member of parliament accused his rivals on Wednesday of staging "the political assassination of my character" after a parliamentary committee report linked him to inflated road contracts in his constituency.

Daniel Kiprono, who represents a constituency in the Rift Valley, told reporters in Nairobi that the report was "a hit job" by opponents who wanted to shoot down his bid for a governor's seat in 2027. "They have fired every bullet they have, and I am still standing," he said.

On the same day, the Senate torpedoed a bill to create a new roads funding agency, with senators from both sides ambushing the government in a late vote. The defeat was a blow for President William Ruto, whose allies had pushed the bill through the National Assembly last month.

Opposition senators said the bill would have "killed off" county control of rural roads. A government spokesman said the administration would "regroup and return with a better bill".

The committee's report will be debated in the National Assembly next week.
""",
["KE"], [], [],
["Daniel Kiprono", "William Ruto"], ["Senate", "National Assembly"],
"QUIET (politics, figurative violence). 'political assassination', 'hit job', 'shoot down', 'fired every bullet', 'torpedoed', 'ambushing', 'killed off' = figurative. A bill's defeat is not an event type; a committee report is not a charge. KE via 'Kenyan'/Nairobi/Rift Valley.",
when=past("2025-06-05", "Wednesday"), topic="politics")

art("quiet", "2026-04-09", "Peru's presidential hopefuls pack plazas at closing rallies before April 12 vote", """
Peru's leading presidential candidates drew tens of thousands of supporters to closing campaign rallies across the country on Wednesday night, making their final appeals before the April 12 first-round vote.

In Lima, former mayor Álvaro Benavides filled Plaza San Martín with supporters waving orange flags, promising to declare a state of emergency against extortion gangs on his first day in office. In Arequipa, economist Rosa Quispe danced with a folk band on stage and attacked her rivals' plans as "fantasies", while in Trujillo a third candidate arrived by helicopter.

Polls show no candidate close to the 50% needed to win outright, and a June run-off is almost certain. More than 30 candidates are on the ballot, a record, and about a fifth of voters remain undecided.

Campaigning officially ends at midnight on Thursday. The National Jury of Elections said more than 27 million Peruvians are registered to vote, and that international observers from the European Union and the Organization of American States would monitor the count.

Police said the rallies passed without incident.
""",
["PE"], [], [],
["Álvaro Benavides", "Rosa Quispe"], ["National Jury of Elections", "European Union", "Organization of American States"],
"QUIET (election campaign rallies). Candidates' own campaign rallies for supporters are not demonstrations against anyone (no grievance or demand on an authority) -> not protest incidents (judgment; NOTES does not make rallies count); 'passed without incident'. 'attacked her rivals' plans' = figurative. Thursday is the publication day (campaign end), used as the same-day weekday. EU/OAS are organisations.",
when=past("2026-04-09", "Wednesday", "Thursday"), topic="rally")

art("quiet", "2025-09-04", "Spanish police seize four tonnes of cocaine hidden in banana shipment at Algeciras", """
Spanish police seized more than four tonnes of cocaine hidden in a shipment of bananas at the port of Algeciras and arrested 11 people in raids in Andalusia and Madrid, the Guardia Civil said on Wednesday.

The drug was packed in 3,800 bricks inside false floors of refrigerated containers that had arrived from Ecuador, the force said in a statement. It was the largest single cocaine seizure at the port this year.

The arrests followed an 18-month investigation into a network that the Guardia Civil said used a fruit import company in Seville as a front and worked with suppliers in Colombia. Officers also seized 1.2 million euros in cash, luxury cars and two pistols in searches of homes and warehouses.

Algeciras, one of Europe's busiest container ports, has become a key entry point for cocaine, and dockworkers' unions have complained of threats from gangs trying to recruit port staff.

The 11 suspects, including two customs brokers, were due to appear before a judge in Algeciras.
""",
["ES", "EC", "CO"], [], ["strategic"],
[], ["Guardia Civil"],
"QUIET (police seizure and arrests) = strategic. Threats to dockworkers = general, no event. EC via containers 'from Ecuador'; CO via 'suppliers in Colombia'. Andalusia/Madrid/Seville -> ES; 'Europe' is a continent.",
when=past("2025-09-04", "Wednesday"), topic="police")

art("quiet", "2026-08-20", "Australian police charge teenager over alleged plot to attack Sydney church", """
Counter-terrorism police in Sydney have charged a 17-year-old boy with planning a terrorist act after they allegedly found a hunting knife, a handwritten target list and extremist material at his family's home in the city's south-west.

Officers from the Joint Counter Terrorism Team arrested the teenager early on Wednesday after a tip-off from a relative, New South Wales Police said. They allege he had researched service times at a church and had recorded a video pledging allegiance to the Islamic State group.

"There was no attack, and we believe there is no ongoing threat to the community," Deputy Commissioner David Hudson told reporters. "This is exactly how the system is meant to work."

The boy appeared before a children's court on Thursday and was refused bail. His lawyer said he would fight the charges.

Australia's terrorism threat level has been "probable" since 2024. Authorities have repeatedly warned that young people radicalised online now make up a growing share of the country's counter-terrorism cases.
""",
["AU"], [], ["strategic"],
["David Hudson"], ["Joint Counter Terrorism Team", "New South Wales Police", "Islamic State"],
"QUIET (foiled plot). Arrest and charge = strategic; 'There was no attack'. The threat level is standing policy (since 2024), not news. AU via Sydney/New South Wales/Australia's.",
when=past("2026-08-20", "Wednesday", "Thursday"), topic="police")

art("quiet", "2026-01-15", "MPs clash over plan to widen terror law to lone attackers with 'mixed' ideologies", """
British MPs clashed in the House of Commons on Wednesday over government plans to widen the legal definition of terrorism to cover lone attackers who are obsessed with violence but follow no clear ideology.

The proposal follows a review ordered after the 2024 stabbing at a children's dance class in Southport, in which three girls were killed by a teenager who had a fascination with massacres but was not linked to any extremist group.

The Home Office minister leading the debate said the change would allow police and the security services to intervene earlier and would give courts tougher sentencing powers. Civil liberties groups and several backbench MPs said it risked turning the word terrorism into "a label for anything that frightens us".

"We are not fighting a war on loneliness with the tools of counter-terrorism," said Labour backbencher Helen Crossley, who voted against the plan in committee.

The bill is expected to pass its second reading next month, though ministers have signalled they may accept amendments requiring a review after three years.
""",
["GB"], [("civilian_attack", "GB", "Southport", 3, True)], [],
["Helen Crossley"], ["House of Commons", "Home Office", "Labour"],
"QUIET (policy debate on terrorism). Parliamentary debate and a bill are not event types. The 2024 Southport stabbing cited as the reason for the review = background civilian_attack, 3. 'clashed', 'fighting a war on loneliness' = figurative. GB via 'British', House of Commons, Southport.",
when=past("2026-01-15", "Wednesday"), topic="policy")

art("quiet", "2026-05-28", "Afrobeats star Kemi Dara postpones world tour for vocal cord surgery", """
Nigerian Afrobeats singer Kemi Dara has postponed the European and North American legs of her world tour to undergo surgery on her vocal cords, her management said on Wednesday.

The 29-year-old, whose single "Lagos Fever" became one of last year's biggest global hits, had been due to play three sold-out nights at London's O2 Arena in June, followed by 20 shows in the United States and Canada. Doctors found a polyp after she struggled to hit high notes at a concert in Accra last week, the statement said.

"My voice is my whole life, and I have to protect it," Dara wrote on Instagram, thanking fans who had "stormed every arena and killed it with me every night".

Tickets will remain valid for the new dates, which are expected to be announced in the autumn. Specialists say most singers make a full recovery from such surgery after several weeks of vocal rest.
""",
["NG", "GB", "US", "CA", "GH"], [], [],
["Kemi Dara"], ["O2 Arena", "Instagram"],
"QUIET (celebrity/health). 'stormed every arena', 'killed it', 'Lagos Fever' = showbiz vocabulary; no gathering or event. NG via 'Nigerian'/Lagos; GB via London; US and CA as tour countries; GH via Accra (concert venue). 'European', 'North American' are regions.",
when=past("2026-05-28", "Wednesday"), topic="celebrity")


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


def names_country(text, code):
    return any(re.search(r"\b%s\b" % re.escape(n), text) for n in COUNTRY_NAMES[code])


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
        # inline month-day dates in SATP texts must lie on or before `published` and within 60 days
        if pub is not None and kind == "satp":
            for mon, day in re.findall(r"\b(%s) (\d{1,2})\b(?!, \d{4})" % "|".join(MONTHS), a["body"]):
                try:
                    d = datetime.date(pub.year, MONTHS.index(mon) + 1, int(day))
                except ValueError:
                    err("inline date %s %s is not a real date" % (mon, day))
                    continue
                if d > pub:
                    d = datetime.date(pub.year - 1, d.month, d.day)
                if (pub - d).days > 60:
                    err("inline date %s %s is more than 60 days before published" % (mon, day))
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
            if not 60 <= words <= SATP_MAX_WORDS:
                err("SATP-style text has %d words (60-%d wanted)" % (words, SATP_MAX_WORDS))
            if not re.search(r"\b(%s) \d{1,2}\b" % "|".join(MONTHS), a["body"]):
                err("SATP-style text should date its event inline ('on March 11', 'on the night of March 10')")
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
            if a["coarse"] is not None:
                if a["coarse"] not in a["title"]:
                    err("coarse place %r not in the title" % a["coarse"])
                towns = [inc[2] for inc in current(a) if inc[2]]
                if not any(t not in a["title"] and t in a["body"] for t in towns):
                    err("coarse-title article: no current incident town that is in the body but not the title")
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
        if a["region"] is not None and kind != "wire":
            err("region is for wire articles")
        if (a["implied"] or a["coarse"]) and kind != "wire":
            err("implied/coarse flags are for wire articles")
        if a["topic"] is not None and kind != "quiet":
            err("topic is for quiet articles")
        if a["abduction"] and kind != "satp":
            err("abduction flag is for SATP-style texts")
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
    n_quiet = sum(1 for a in satp if not has_current(a))
    if n_quiet < MIN_SATP_QUIET:
        errors.append("SATP-style texts without a current incident: %d (< %d)" % (n_quiet, MIN_SATP_QUIET))
    n_abd = sum(1 for a in satp if a["abduction"])
    if n_abd < MIN_SATP_ABDUCTION:
        errors.append("SATP-style abduction texts: %d (< %d)" % (n_abd, MIN_SATP_ABDUCTION))
    wording = {w for a in satp if a["abduction"] for w in ABDUCTION_WORDS if w in a["body"]}
    if wording != set(ABDUCTION_WORDS):
        errors.append("abduction wording not varied: missing %s" % sorted(set(ABDUCTION_WORDS) - wording))
    wire = [a for a in ARTICLES if a["kind"] == "wire"]
    for reg, n in WIRE_REGIONS.items():
        have = sum(1 for a in wire if a["region"] == reg)
        if have != n:
            errors.append("wire articles in region %s: %d (want %d)" % (reg, have, n))
    n_multi = sum(1 for a in wire if len(current(a)) > 1)
    if n_multi < MIN_WIRE_MULTI:
        errors.append("wire articles with more than one current incident: %d (< %d)" % (n_multi, MIN_WIRE_MULTI))
    n_two = sum(1 for a in wire if len({inc[1] for inc in current(a)}) > 1)
    if n_two < MIN_WIRE_TWO_COUNTRIES:
        errors.append("wire articles with current incidents in two countries: %d (< %d)" % (n_two, MIN_WIRE_TWO_COUNTRIES))
    n_impl = sum(1 for a in wire if a["implied"])
    if n_impl < MIN_WIRE_IMPLIED:
        errors.append("wire articles whose country is only implied: %d (< %d)" % (n_impl, MIN_WIRE_IMPLIED))
    n_bg = sum(1 for a in wire if any(inc[4] for inc in a["incidents"]))
    if n_bg < MIN_WIRE_BACKGROUND:
        errors.append("wire articles with a background incident: %d (< %d)" % (n_bg, MIN_WIRE_BACKGROUND))
    n_coarse = sum(1 for a in wire if a["coarse"])
    if n_coarse < MIN_WIRE_COARSE_TITLE:
        errors.append("wire articles with a coarse-place headline: %d (< %d)" % (n_coarse, MIN_WIRE_COARSE_TITLE))
    cur_types = {inc[0] for a in wire for inc in current(a)}
    if cur_types != set(INCIDENT_TYPES):
        errors.append("wire block lacks current incident types %s" % sorted(set(INCIDENT_TYPES) - cur_types))
    topics = {a["topic"] for a in ARTICLES if a["kind"] == "quiet"}
    if topics != set(QUIET_TOPICS):
        errors.append("quiet block lacks topics %s" % sorted(set(QUIET_TOPICS) - topics))
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
    wire = [a for a in ARTICLES if a["kind"] == "wire"]
    lines.append("wire: %d multi-incident, %d two-country, %d implied-country, %d with background, "
                 "%d coarse-title" % (
                     sum(1 for a in wire if len(current(a)) > 1),
                     sum(1 for a in wire if len({inc[1] for inc in current(a)}) > 1),
                     sum(1 for a in wire if a["implied"]),
                     sum(1 for a in wire if any(inc[4] for inc in a["incidents"])),
                     sum(1 for a in wire if a["coarse"])))
    regs = {}
    for a in ARTICLES:
        if a["region"]:
            regs[a["region"]] = regs.get(a["region"], 0) + 1
    lines.append("wire regions: %s" % fmt(regs))
    tops = {}
    for a in ARTICLES:
        if a["topic"]:
            tops[a["topic"]] = tops.get(a["topic"], 0) + 1
    lines.append("quiet topics: %s" % fmt(tops))
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

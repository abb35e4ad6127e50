#!/usr/bin/env python3
"""Build the blind_fresh2 evaluation set (standard library only).

Fifty articles written from scratch for this project by an annotator who read only
the shared specs (DESIGN.md, corpus/README.md, corpus/NOTES.md, corpus/external/README.md)
and the record format of the first three lines of dev.jsonl -- never the service code,
its tests, the earlier blind sets or other corpus texts. The incidents are fictional or
fictionalised (real places and organisations, invented details); the gold was fixed
when each text was written and follows corpus/NOTES.md.

    python3 tests/blind_fresh2/build.py            # check and write blind_fresh2.jsonl
    python3 tests/blind_fresh2/build.py --notes    # also print the one-line gold notes
    python3 tests/blind_fresh2/build.py --check    # check only, write nothing
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "blind_fresh2.jsonl")

SOURCE = "synthetic, written for this project (blind, fresh 2)"
LICENSE = "project's own"
INCIDENT_TYPES = {"battle", "explosion", "civilian_attack", "protest", "riot"}
OTHER_TYPES = {"strategic", "diplomacy"}
KINDS = {"satp": 14, "wire": 20, "quiet": 16}

# ISO 3166-1 alpha-2 (officially assigned codes)
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

ARTICLES = []


def I(type_, country, location, fatalities, background=False):
    """One gold incident."""
    return {"type": type_, "country": country, "location": location,
            "fatalities": fatalities, "background": background}


def A(kind, published, title, body, countries, incidents, other, persons, orgs, note):
    ARTICLES.append({
        "kind": kind, "published": published, "title": title,
        "body": "\n\n".join(p.strip() for p in body.strip().split("\n\n")),
        "countries": countries, "incidents": incidents, "other": other,
        "persons": persons, "orgs": orgs, "note": note,
    })


# ---------------------------------------------------------------------------
# 14 SATP-style summaries (South Asia), title null, 1-3 sentences.
# ---------------------------------------------------------------------------

A("satp", "2025-03-12", None,
  """Two Maoists, including a woman 'area committee member' carrying a reward of INR 500,000 on her head, were killed in an encounter with District Reserve Guard (DRG) personnel in a forest near Gangaloor in Bijapur District of Chhattisgarh on March 11, Police said. An INSAS rifle, a country-made pistol and a tiffin bomb were recovered from the encounter site.""",
  ["IN"], [I("battle", "IN", "Gangaloor", 2)], ["strategic"],
  [], ["District Reserve Guard"],
  "Security-force encounter killing two Maoists = battle (counted though SATP would leave it at zero); recovery of arms = strategic (seizure); the tiffin bomb was recovered, not exploded.")

A("satp", "2024-08-05", None,
  """Eleven cadres of the Communist Party of India-Maoist (CPI-Maoist), among them a platoon deputy commander, surrendered before the Superintendent of Police in Malkangiri District of Odisha on August 4 and handed over two .303 rifles, a single-barrel gun and 14 detonators.""",
  ["IN"], [], ["strategic"],
  [], ["Communist Party of India-Maoist"],
  "Surrender with handover of weapons: no incident; strategic. IN via Odisha (India also inside the party name, which alone would not count).")

A("satp", "2025-05-20", None,
  """SFs recovered an Improvised Explosive Device (IED) weighing around five kilograms planted under a culvert on the Aranpur-Nahadi road in Dantewada District on May 19 and defused it on the spot, averting a possible attack on a Central Reserve Police Force (CRPF) road opening party.""",
  ["IN"], [], ["strategic"],
  [], ["Central Reserve Police Force"],
  "IED found and defused, 'possible attack' averted: no explosion, no incident; recovery = strategic. IN only via Dantewada District (SATP style, no state or country named).")

A("satp", "2025-10-03", None,
  """Three Policemen were killed and two others injured when a roadside IED struck their mobile van near Domel in Bannu District of Khyber Pakhtunkhwa on October 2. The Tehreek-e-Taliban Pakistan (TTP) claimed responsibility for the attack.""",
  ["PK"], [I("explosion", "PK", "Domel", 3)], [],
  [], ["Tehreek-e-Taliban Pakistan"],
  "Roadside IED on a police van = explosion (IEDs are explosion even against security forces), 3 dead. PK via Khyber Pakhtunkhwa (Pakistan also in the TTP name).")

A("satp", "2026-01-15", None,
  """The Counter Terrorism Department (CTD) arrested two suspected militants of the Sindhudesh Revolutionary Army (SRA) from Sohrab Goth in Karachi on January 14 and recovered two hand grenades and a 30-bore pistol from their possession. Officials claimed the duo had planned to target a railway track.""",
  ["PK"], [], ["strategic"],
  [], ["Counter Terrorism Department", "Sindhudesh Revolutionary Army"],
  "Arrest and seizure of grenades; a planned attack that did not happen: no incident; strategic. PK only via Karachi.")

A("satp", "2025-06-09", None,
  """Militants attacked a Frontier Corps (FC) check post in the Mangochar area of Kalat District in Balochistan late on June 8, triggering an exchange of fire that lasted nearly two hours. Four FC personnel and three attackers were killed, according to the Inter-Services Public Relations (ISPR).""",
  ["PK"], [I("battle", "PK", "Mangochar", 7)], [],
  [], ["Frontier Corps", "Inter-Services Public Relations"],
  "Armed assault with gunfire on a post = battle; 4 FC + 3 attackers = 7 (perpetrators included when stated). PK via Balochistan.")

A("satp", "2024-09-24", None,
  """Suspected militants abducted two daily-wage labourers working in a paddy field at Sugnu in Kakching District of Manipur on September 23. The body of one of them, bearing gunshot wounds, was found near the Imphal river the following morning, while the other remains missing.""",
  ["IN"], [I("civilian_attack", "IN", "Sugnu", 1)], [],
  [], [],
  "Abduction of two labourers, one later found shot dead = one civilian_attack, 1 dead (the missing man is not counted). IN via Manipur.")

A("satp", "2025-02-07", None,
  """Rapid Action Battalion RAB personnel arrested a suspected member of the banned Ansar Al Islam from Mohammadpur in Dhaka city on February 6 and seized extremist books a laptop and two mobile phones from him""",
  ["BD"], [], ["strategic"],
  [], ["Rapid Action Battalion", "Ansar Al Islam"],
  "Arrest and seizure only: no incident; strategic. Punctuation deliberately dropped (as in about a fifth of real SATP lines). BD only via Dhaka.")

A("satp", "2024-04-28", None,
  """Troops of the Army and Police busted a militant hideout in the upper reaches of Kalaroos in Kupwara District of Jammu and Kashmir on April 27 and recovered two AK-47 rifles, five magazines, a Chinese pistol and 60 rounds. No arrest was made.""",
  ["IN"], [], ["strategic"],
  [], [],
  "Hideout busted, arms recovered: no incident; strategic. TRAP: 'a Chinese pistol' is a product origin, not a reference to China as a place or state actor -> no CN (like cuisines in NOTES.md). IN via Jammu and Kashmir / Kupwara.")

A("satp", "2025-11-18", None,
  """A magnetic bomb attached to a minibus exploded in the Dasht-e-Barchi area of Kabul on November 17, killing at least four passengers and wounding seven others, police spokesman Abdul Wahid Sarwari said. The Islamic State Khorasan Province (ISKP) claimed the attack.""",
  ["AF"], [I("explosion", "AF", "Dasht-e-Barchi", 4)], [],
  ["Abdul Wahid Sarwari"], ["Islamic State Khorasan Province"],
  "Magnetic bomb on a minibus = explosion, 'at least four' -> 4. AF only via Kabul.")

A("satp", "2024-07-04", None,
  """Police arrested four cadres of the underground Communist Party of Nepal from Bharatpur in Chitwan District on July 3 on charges of extorting money from local contractors in the name of party donations. A socket bomb and extortion receipts were seized from them.""",
  ["NP"], [], ["strategic"],
  [], ["Communist Party of Nepal"],
  "Arrests for extortion, socket bomb seized (not exploded): no incident; strategic. NP via Bharatpur/Chitwan District (places in Nepal); 'Nepal' itself occurs only inside the party name.")

A("satp", "2024-12-10", None,
  """A Lashkar-e-Taiba (LeT) militant was killed and an Army soldier injured in an encounter with SFs at Chatroo in Kishtwar District of Jammu and Kashmir on December 9. Search operations were continuing in the area.""",
  ["IN"], [I("battle", "IN", "Chatroo", 1)], [],
  [], ["Lashkar-e-Taiba"],
  "Encounter killing a militant = battle, 1 dead (soldier only injured). Search operation not separately coded.")

A("satp", "2025-08-13", None,
  """Police recovered a cache of 30 hand grenades, two T-56 rifles and a claymore mine, believed to have been buried by the Liberation Tigers of Tamil Eelam (LTTE) during the war, from a coconut estate at Puthukkudiyiruppu in Mullaitivu District of Sri Lanka on August 12.""",
  ["LK"], [], ["strategic"],
  [], ["Liberation Tigers of Tamil Eelam"],
  "Recovery of an old arms cache: no incident; strategic. 'the war' is general context, no specific incident.")

A("satp", "2026-02-28", None,
  """Unidentified motorcyclists shot dead a polio vaccination worker and injured the Police constable escorting him in the Mamund tehsil of Bajaur District in Khyber Pakhtunkhwa on February 27.""",
  ["PK"], [I("civilian_attack", "PK", "Mamund", 1)], [],
  [], [],
  "Targeted killing of an unarmed vaccination worker = civilian_attack, 1 dead (judgment: the target was the civilian; the armed escort was only injured). PK via Khyber Pakhtunkhwa.")


# ---------------------------------------------------------------------------
# 20 wire-style articles on incidents worldwide.
# ---------------------------------------------------------------------------

A("wire", "2025-03-17", "Dozens dead as jihadists storm army post in northern Burkina Faso",
  """OUAGADOUGOU, March 17 - Jihadist fighters stormed an army detachment in the northern town of Gorgadji on Sunday, killing 11 soldiers in a battle that lasted several hours, two security sources said on Monday.

At least 20 of the assailants were also killed when troops, backed by an air force helicopter, pushed them back towards the bush, one of the sources said. The army did not comment, and the communication ministry has not published a toll.

The attack, claimed by the al Qaeda-linked Group for the Support of Islam and Muslims (JNIM) in a statement on its Telegram channel, was one of the heaviest on the army this year in the Sahel region, which borders Mali and Niger.

On the same day, gunmen seized around 30 women who had gone to collect firewood on the outskirts of Arbinda, about 60 km to the east, residents said. Two of the women escaped and returned to the town on Monday evening; the others are still missing.

"They came on motorbikes, rounded them up like animals and left towards the forest," said one resident, who asked not to be named for fear of reprisals.

Burkina Faso's military government, led by Captain Ibrahim Traore since a coup in 2022, has promised to recapture territory held by the insurgents, but large parts of the north and east remain beyond the state's control. In August last year, militants killed scores of villagers and auxiliaries who were digging defensive trenches around the town of Barsalogho.

Human rights groups say both the insurgents and the army and its civilian auxiliaries, the Volunteers for the Defence of the Homeland (VDP), have committed abuses against civilians.""",
  ["BF", "ML", "NE"],
  [I("battle", "BF", "Gorgadji", 31),
   I("civilian_attack", "BF", "Arbinda", None),
   I("civilian_attack", "BF", "Barsalogho", None, True)],
  [],
  ["Ibrahim Traore"], ["Group for the Support of Islam and Muslims", "JNIM", "Volunteers for the Defence of the Homeland"],
  "Assault on the Gorgadji detachment = battle; 11 soldiers + at least 20 assailants = 31 (perpetrators included; helicopter support is part of the same fight). Mass abduction of women near Arbinda = civilian_attack, no deaths stated -> null. Last August's Barsalogho killings = background, 'scores' -> null. 'the Sahel region' is Burkina's administrative region; ML/NE named as bordering countries. 2022 coup is background.")

A("wire", "2025-02-21", "Toll from drone strike on Mali wedding rises to 21, local officials say",
  """BAMAKO, Feb 21 - The number of people killed by a drone strike on a wedding party near the central Malian town of Sokolo has risen to 21, local officials and a community association said on Friday, up from the 12 deaths reported immediately after Tuesday's strike.

Several of the wounded died overnight at the health centre in Niono, where the injured were taken, and the bodies of two children were found under the rubble of a collapsed shelter, an official in the Segou region said.

Mali's army said in a statement on Wednesday that it had carried out "precision strikes" on "a gathering of terrorists" in the area and made no mention of civilian casualties. The army did not respond to a request for comment on the revised toll.

Residents said the guests were celebrating the marriage of a local herder's son when the drone struck the courtyard shortly after evening prayers. "There were no fighters there, only families," said a relative of the groom reached by telephone.

The UN human rights office called on Malian authorities to open an independent investigation, saying the strike "appears to have hit a clearly civilian gathering".

Mali's junta, which has ruled since coups in 2020 and 2021, ended its security cooperation with France and has relied on Russian mercenaries and drones bought abroad to fight insurgents linked to al Qaeda and Islamic State. The central Segou and Mopti regions have seen repeated strikes in which residents say civilians were killed.""",
  ["ML", "FR", "RU"],
  [I("explosion", "ML", "Sokolo", 21)],
  ["diplomacy"],
  [], ["UN human rights office", "Islamic State"],
  "FOLLOW-UP with revised toll: drone strike = explosion, latest figure 21 (not the first report's 12); the Tuesday strike is the story's subject three days later -> background false. UN call for an investigation = diplomacy. RU via 'Russian mercenaries' (demonym), FR as former partner. Niono is where the wounded were treated, not the incident place.")

A("wire", "2024-06-26", "Niger says nine soldiers killed in Boko Haram ambush near Lake Chad",
  """NIAMEY, June 26 - Nine Nigerien soldiers were killed and 12 wounded when suspected Boko Haram fighters ambushed a patrol near the town of Bosso in the southeastern Diffa region, close to the border with Nigeria, the defence ministry said on Wednesday.

The attackers, travelling in pickup trucks and on motorcycles, opened fire on the patrol on Tuesday afternoon as it returned from escorting traders to a market on the shores of Lake Chad, the ministry said in a statement read on state television.

It said reinforcements had been sent to the area and that a "vast sweeping operation" was under way, but gave no figure for losses among the attackers.

Islamist insurgents from Nigeria's northeast have carried out attacks across the region for more than a decade, and Boko Haram and its rival Islamic State West Africa Province (ISWAP) both operate from islands in the lake.

Niger's military rulers, who seized power in July 2023, withdrew this year from the Multinational Joint Task Force, a regional force that brought together troops from Nigeria, Niger, Chad and Cameroon, accusing it of failing to stop the insurgents. Nigerian officials have warned that the withdrawal could open a corridor for fighters moving between the two countries.

In Diffa, residents said the market at Bosso had been closed since the ambush. "People are afraid to take the road," said a trader reached by telephone.""",
  ["NE", "NG", "TD", "CM"],
  [I("battle", "NE", "Bosso", 9)],
  ["strategic"],
  [], ["Boko Haram", "Islamic State West Africa Province", "Multinational Joint Task Force"],
  "TRAP Nigerien/Nigerian: the ambush is in Niger (NE), Nigeria is only the neighbour the insurgents come from. Ambush of a patrol = battle, 9 dead (no attacker toll given). Reinforcements sent = strategic (deployment). Lake Chad is a lake, not Chad; TD is listed via 'Chad' in the task-force list.")

A("wire", "2025-04-16", "Death toll in Plateau village attack rises to 27, police say",
  """JOS, Nigeria, April 16 - The death toll from an overnight attack by gunmen on the village of Daffo in central Nigeria's Plateau State has risen to 27, police said on Wednesday, after search teams recovered more bodies in the surrounding farmland.

Police spokesman Gabriel Ubah had put the toll at 16 on Tuesday morning. He said the attackers arrived shortly before midnight on Monday, fired on residents as they fled and set fire to homes and a church in the village in Bokkos local government area.

"Many of the victims were women and children who could not run fast enough," said Ayuba Dalyop, a youth leader in the village, who said he had helped bury 19 people on Tuesday alone.

Plateau State governor Samuel Dakum imposed a 24-hour curfew in Bokkos. On Tuesday evening angry youths blocked the highway linking Jos and Abuja at Mangu and set two trucks on fire; police said the crowd was dispersed and that no one was killed.

Plateau lies in Nigeria's Middle Belt, where disputes over land between mostly Muslim herders and mostly Christian farmers have fuelled cycles of attacks and reprisals. Amnesty International says more than 1,300 people were killed in such violence across the state in 2023 and 2024.

No group has claimed the Daffo attack. President Bola Tinubu's office said security forces had been instructed to "hunt down the perpetrators".""",
  ["NG"],
  [I("civilian_attack", "NG", "Daffo", 27),
   I("riot", "NG", "Mangu", 0)],
  ["strategic"],
  ["Gabriel Ubah", "Ayuba Dalyop", "Samuel Dakum", "Bola Tinubu"], ["Amnesty International"],
  "FOLLOW-UP: village massacre = civilian_attack, latest toll 27 (not 16, nor the 19 one man buried). Youths burning trucks on the highway at Mangu = riot, 0 ('no one was killed'). Curfew = strategic. Amnesty's 1,300 across the state over two years = aggregate, not listed.")

A("wire", "2025-09-10", "ADF rebels kill 18 at funeral wake in eastern Congo; Uganda says strikes hit rebel camps",
  """BENI, Democratic Republic of Congo, Sept 10 - Rebels from the Allied Democratic Forces (ADF) killed at least 18 people at a funeral wake in the village of Mangurujipa in North Kivu province overnight, a local civil society leader and an army spokesman said on Wednesday.

The attackers, armed with machetes and guns, surrounded mourners gathered at a house shortly after 10 p.m. on Tuesday, said Kambale Musubao, who heads a civil society group in Lubero territory. Several houses and motorbikes were burned.

Army spokesman Lieutenant Marc Ilunga confirmed the attack and gave the same toll, saying troops had reached the village at dawn and were pursuing the assailants.

Separately, Uganda's military said its jets and artillery had struck ADF camps near Mwalika in Beni territory on Monday, killing nine rebels, as part of a joint operation with Congolese forces that began in 2021. "Our forces destroyed command structures and logistics bases," Ugandan army spokesman Colonel Robert Mugisha said in a statement. The Congolese army did not comment on the strikes.

The ADF, which originated in Uganda in the 1990s and later pledged allegiance to Islamic State, has killed thousands of civilians in eastern Congo over the past decade. Its attacks have continued even as the Kinshasa government's attention has been focused further south, where Rwanda-backed M23 rebels seized the cities of Goma and Bukavu earlier this year.

Aid groups say the violence has displaced hundreds of thousands of people in Lubero and Beni territories since January.""",
  ["CD", "UG", "RW"],
  [I("civilian_attack", "CD", "Mangurujipa", 18),
   I("explosion", "CD", "Mwalika", 9)],
  [],
  ["Kambale Musubao", "Marc Ilunga", "Robert Mugisha"], ["Allied Democratic Forces", "ADF", "Islamic State", "M23"],
  "Massacre of mourners = civilian_attack, 'at least 18' -> 18. REPORTED BY ANOTHER COUNTRY: Uganda's air and artillery strikes on ADF camps happen in Congo (CD, not UG) = explosion, 9; Monday vs Wednesday story -> current. M23's seizure of Goma/Bukavu 'earlier this year' = background seizure, not listed; 'thousands killed over the past decade' = aggregate.")

A("wire", "2025-05-06", "Sudan army air strike on Darfur market kills at least 30, activists say",
  """PORT SUDAN, May 6 - An air strike by Sudan's army on a crowded livestock market in Kutum in North Darfur killed at least 30 people on Monday, a local volunteer group said, in one of the deadliest attacks in the region in weeks.

The Emergency Response Room in Kutum said dozens more were wounded and that the town's only functioning clinic had run out of supplies. The army, which is fighting the paramilitary Rapid Support Forces (RSF) for control of the country, did not respond to a request for comment. It routinely denies targeting civilians.

On the same day, RSF artillery shelled the Abu Shouk displacement camp on the edge of El Fasher, the besieged capital of North Darfur, killing seven people including three children, according to the camp's coordination committee.

The RSF has laid siege to El Fasher, the army's last stronghold in Darfur, for more than a year. Last month the paramilitary group overran the nearby Zamzam camp, an assault in which hundreds of civilians were killed according to the United Nations.

Tens of thousands of people have been killed since the war broke out in April 2023, and more than 12 million have been forced from their homes, many of them across the border into Chad.

Egypt's foreign ministry on Tuesday called for an immediate ceasefire around El Fasher and urged both sides to allow aid convoys to reach the city.""",
  ["SD", "TD", "EG"],
  [I("explosion", "SD", "Kutum", 30),
   I("explosion", "SD", "Abu Shouk", 7),
   I("civilian_attack", "SD", "Zamzam", 100, True)],
  ["diplomacy"],
  [], ["Rapid Support Forces", "RSF", "Emergency Response Room", "United Nations"],
  "Two current incidents: army air strike on Kutum market = explosion, 30; RSF shelling of Abu Shouk camp = explosion, 7. Last month's Zamzam camp assault = background civilian_attack ('hundreds of civilians' -> 100; judgment: described as killing civilians). War-wide toll = aggregate. Egypt's ceasefire call = diplomacy. 'dozens more were wounded' is injuries, not deaths.")

A("wire", "2024-11-20", "Al Shabaab mortars hit near Mogadishu airport; US says strike kills three militants",
  """MOGADISHU, Nov 20 - Al Shabaab militants fired several mortar rounds towards the heavily fortified Halane compound near Mogadishu's international airport on Tuesday evening, killing two airport workers and wounding five, a police officer and a hospital official said.

Halane houses the United Nations and several embassies. Police Major Abdirahman Nur said at least four shells landed outside the perimeter wall, one of them on a road where workers were waiting for transport home.

Al Shabaab, which has been fighting Somalia's federal government for more than 15 years, said in a statement on its Andalus radio station that it had targeted "the headquarters of the crusader invaders".

Separately, the US Africa Command (AFRICOM) said it had carried out an air strike on Monday against al Shabaab fighters about 40 km northeast of Jilib in the Middle Juba region, killing three militants. "No civilians were injured or killed in this strike," the command said in a statement, adding that it had been conducted at the request of the Somali government.

Somali troops and clan militias, backed by African Union forces, launched an offensive against al Shabaab in 2022 and recaptured swathes of territory in the centre of the country, but the group has since regained several towns in Middle Shabelle and Hiiraan.

The group has also carried out large bomb attacks in the capital, including twin car bombings at the education ministry in Mogadishu in October 2022 that killed at least 120 people.""",
  ["SO", "US"],
  [I("explosion", "SO", "Halane", 2),
   I("explosion", "SO", "Jilib", 3),
   I("explosion", "SO", "Mogadishu", 120, True)],
  [],
  ["Abdirahman Nur"], ["al Shabaab", "US Africa Command", "AFRICOM", "United Nations"],
  "Mortar fire on Halane = explosion, 2. REPORTED BY ANOTHER COUNTRY: AFRICOM air strike near Jilib = explosion in SO, 3 militants ('no civilians killed' does not make it 0). October 2022 twin car bombings = background explosion, 120. 2022 offensive / regained towns = background, not listed.")

A("wire", "2025-07-08", "Insurgents behead five in Mozambique's Cabo Delgado; Rwandan troops clash with fighters",
  """MAPUTO, July 8 - Islamist insurgents beheaded five villagers, including a local chief, in an attack on the village of Naquitengue in Mozambique's northern Cabo Delgado province on Sunday, police and residents said.

The attackers, believed to belong to the Islamic State-linked group known locally as al-Shabab, arrived in the early hours and went from house to house, a resident who fled to the district capital Mocimboa da Praia told a local radio station. Dozens of homes were burned.

On Monday, Rwandan soldiers deployed in the province exchanged fire with a group of insurgents near Mbau, about 40 km to the southwest, a Rwandan army spokesman said, without giving details of casualties.

Rwanda sent troops to Cabo Delgado in 2021 to help Mozambique's army push back the insurgency, which had by then seized the port of Mocimboa da Praia and forced TotalEnergies to suspend work on a $20 billion liquefied natural gas project on the Afungi peninsula. The company has since said it plans to restart construction.

The conflict, which began in 2017, has killed more than 6,000 people, according to the monitoring group ACLED, and attacks have picked up again this year as insurgents move south into neighbouring Niassa province.

The United Nations refugee agency said last week that more than 50,000 people had been displaced in the first half of the year.""",
  ["MZ", "RW"],
  [I("civilian_attack", "MZ", "Naquitengue", 5),
   I("battle", "MZ", "Mbau", None)],
  [],
  [], ["Islamic State", "al-Shabab", "TotalEnergies", "ACLED", "United Nations refugee agency"],
  "Beheading of five villagers = civilian_attack, 5 (Sunday, story Tuesday -> current). Rwandan troops' firefight near Mbau = battle, casualties not given -> null; the fight is in MZ, RW only as actor. TRAP: 'al-Shabab' here is the Mozambican group -> no SO. 2021 seizure of Mocimboa da Praia = background, not listed; 6,000 = aggregate.")

A("wire", "2024-10-14", "Drone strike on minibus kills 14 in Ethiopia's Amhara region, health workers say",
  """ADDIS ABABA, Oct 14 - A drone strike hit a minibus carrying passengers near the town of Dangila in Ethiopia's Amhara region on Saturday, killing 14 people, two health workers at the local hospital told Reuters on Monday.

The federal government, which has been fighting the Fano militia in Amhara since August 2023, did not respond to requests for comment. Government spokespeople have previously said the military targets only armed fighters.

"They were farmers and traders going to the Sunday market. Among the dead were two women and a child," said one of the health workers, who asked not to be named.

Fano fighters separately attacked a military camp near Merawi, south of the regional capital Bahir Dar, on Sunday night, a resident and a Fano commander said. Heavy gunfire was heard for several hours, the resident said. The commander claimed that dozens of soldiers had been killed, a claim Reuters could not verify.

The conflict in Amhara erupted months after the end of a two-year war in the neighbouring Tigray region, in which Fano fighters had sided with federal troops. Relations soured after the government moved to disband regional forces.

Ethiopia's government last month accused neighbouring Eritrea of arming Fano, an accusation Asmara denied.""",
  ["ET", "ER"],
  [I("explosion", "ET", "Dangila", 14),
   I("battle", "ET", "Merawi", 12)],
  [],
  [], ["Fano", "Reuters"],
  "Drone strike on a minibus = explosion, 14 (Saturday, story Monday -> current). Fano assault with gunfire on a military camp = battle; the only figure is the attackers' claim 'dozens' -> 12 (claim used when it is the only number, as in b002). Last month's accusation against Eritrea = background diplomacy, not listed. Tigray war = background aggregate, no specific incident.")

A("wire", "2025-01-27", "Separatists kidnap priest in Cameroon's Northwest; army says four fighters killed",
  """YAOUNDE, Jan 27 - Armed separatists kidnapped a Catholic priest and two seminarians from a parish in Kumbo in Cameroon's English-speaking Northwest region on Sunday and are demanding a ransom, the local diocese said on Monday.

The gunmen forced their way into the presbytery after evening mass and took the three men into the surrounding hills, the diocese of Kumbo said in a statement, calling for their "immediate and unconditional release".

In a separate statement, the army said its troops had killed four separatist fighters and seized weapons during a raid on a camp near Ndop on Saturday. One soldier was wounded, it said.

Separatist groups have been fighting since 2017 to create an independent state called Ambazonia in the Northwest and Southwest regions, after a government crackdown on protests by English-speaking lawyers and teachers who complained of marginalisation by the French-speaking majority.

The conflict has killed more than 6,000 people, according to the International Crisis Group, and driven tens of thousands to flee across the border into Nigeria. Both sides have been accused of atrocities against civilians, including the killing of seven children at a school in Kumba in October 2020.

Kidnappings for ransom have become increasingly common in both regions, with clergy, teachers and local officials among the main targets.""",
  ["CM", "NG"],
  [I("civilian_attack", "CM", "Kumbo", None),
   I("battle", "CM", "Ndop", 4),
   I("civilian_attack", "CM", "Kumba", 7, True)],
  ["strategic"],
  [], ["International Crisis Group"],
  "Kidnapping of a priest and seminarians in Kumbo = civilian_attack, no deaths -> null. Army raid on a separatist camp near Ndop = battle, 4 (Saturday vs Monday -> current); weapons seized = strategic. 2020 Kumba school killings = background civilian_attack, 7. TRAP: Kumbo (current) vs Kumba (background). 'English-speaking'/'French-speaking' are languages, not GB/FR. 2017 crackdown on protests = background, unspecific.")

A("wire", "2024-10-20", "Gunmen kill seven at bar in Mexico's Culiacan as cartel war rages",
  """CULIACAN, Mexico, Oct 20 - Gunmen opened fire inside a bar in the Mexican city of Culiacan late on Saturday, killing seven people and wounding four, Sinaloa state prosecutors said on Sunday.

The attackers arrived in two vehicles and fired at customers before fleeing, the state prosecutor's office said. Among the dead were a waitress and two musicians who had been performing at the venue.

Hours later, soldiers patrolling on the outskirts of Navolato, about 30 km west of Culiacan, came under fire from armed men in a pickup truck, the defence ministry said. Five of the attackers were killed in the ensuing gunfight and two soldiers were wounded. Troops seized four assault rifles and a grenade launcher.

Sinaloa's capital has been gripped by violence since September, when a war broke out between rival factions of the Sinaloa Cartel following the arrest in the United States of the cartel's co-founder Ismael "El Mayo" Zambada. Schools have intermittently closed and many businesses shut early.

More than 400 people have been killed in the state since the fighting began, according to official figures.

President Claudia Sheinbaum has said her government will not return to the "war on drugs" approach of her predecessors and will focus on intelligence and tackling the causes of violence. Washington has pressed Mexico to do more to stop the flow of fentanyl across the border.""",
  ["MX", "US"],
  [I("civilian_attack", "MX", "Culiacan", 7),
   I("battle", "MX", "Navolato", 5)],
  ["strategic"],
  ["Ismael \"El Mayo\" Zambada", "Claudia Sheinbaum"], ["Sinaloa Cartel"],
  "Shooting of bar customers = civilian_attack, 7. Gunfight between soldiers and gunmen near Navolato = battle, 5 attackers killed (perpetrator deaths). Weapons seized = strategic. US only via the arrest location and 'Washington' (metonym). 400 since September = aggregate; 'war on drugs' is figurative.")

A("wire", "2025-08-04", "Drone attack on army base kills two soldiers in Colombia's Catatumbo",
  """BOGOTA, Aug 4 - Two Colombian soldiers were killed and six wounded when an explosives-laden drone struck a military base in the town of Tibu in the northeastern Catatumbo region on Sunday, the army said.

The army blamed the National Liberation Army (ELN), a leftist guerrilla group that has been fighting dissidents of the former FARC rebel group for control of the region's coca fields and smuggling routes since January. The ELN did not immediately comment.

It was at least the fifth drone attack on security forces in Catatumbo this year, according to the defence ministry, which says armed groups have increasingly used cheap commercial drones fitted with explosives.

Defence Minister Pedro Sanchez said 1,200 additional troops would be deployed to the region and offered a reward of 200 million pesos for information leading to those responsible.

On Monday morning, several hundred residents of Tibu marched peacefully to the main square, carrying white flags and banners reading "Catatumbo wants to live", to demand that all armed groups leave the town. The march ended without incident.

Catatumbo, which borders Venezuela, is one of Colombia's largest coca-producing areas. The fighting that broke out there in January displaced more than 50,000 people, many of whom fled to the city of Cucuta or across the border.

President Gustavo Petro suspended peace talks with the ELN after the January violence, accusing the group of committing war crimes. The guerrillas say they are fighting the FARC dissidents, not the civilian population.""",
  ["CO", "VE"],
  [I("explosion", "CO", "Tibu", 2),
   I("protest", "CO", "Tibu", None)],
  ["strategic"],
  ["Pedro Sanchez", "Gustavo Petro"], ["National Liberation Army", "ELN", "FARC"],
  "Explosive drone on a base = explosion (drone strike, even against the military), 2. Residents' peaceful march in Tibu on Monday = protest, null. Troop deployment = strategic. TRAP: Pedro Sanchez is Colombia's defence minister here -> no ES. 'fifth drone attack this year' = aggregate; January fighting and suspended talks = background, not listed (no toll for a specific incident).")

A("wire", "2025-11-12", "Ecuador prison riot toll rises to 17 as gangs fight for control",
  """GUAYAQUIL, Ecuador, Nov 12 - At least 17 inmates were killed in a riot at the Litoral penitentiary in the Ecuadorean port city of Guayaquil, the prisons agency SNAI said on Wednesday, raising the toll from 12 given the previous day.

Fighting broke out on Tuesday morning in one of the prison's wings between members of rival gangs, the agency said. Inmates used firearms and explosives smuggled into the facility, and police and soldiers took several hours to regain control. Some of the victims were hanged, according to relatives waiting outside.

The Litoral, Ecuador's largest prison, was the scene of a 2021 massacre in which more than 110 inmates died, the worst in the country's history.

President Daniel Noboa declared an "internal armed conflict" in January 2024 and gave the military control of the prisons, which authorities say are run from the inside by gangs such as Los Choneros and Los Lobos. The gangs traffic cocaine from neighbouring Colombia and Peru through Ecuador's Pacific ports.

Separately, a car bomb exploded outside a police station in the southern city of Machala early on Wednesday, wounding three officers, the national police said. No group claimed responsibility.

Noboa's government has expanded states of emergency in several provinces and is seeking to build two new maximum-security prisons.""",
  ["EC", "CO", "PE"],
  [I("riot", "EC", "Litoral penitentiary", 17),
   I("explosion", "EC", "Machala", None),
   I("riot", "EC", "Litoral", 110, True)],
  [],
  ["Daniel Noboa"], ["SNAI", "Los Choneros", "Los Lobos"],
  "FOLLOW-UP: prison riot = riot (prison riot convention), latest toll 17 (not 12). Car bomb at Machala police station = explosion, only injuries stated -> null (not 0). 2021 Litoral massacre = background riot, 'more than 110' -> 110. CO/PE named as cocaine origin countries.")

A("wire", "2025-03-04", "Gangs kill at least 15 in Haiti's Kenscoff; residents march to demand protection",
  """PORT-AU-PRINCE, March 4 - Gang members killed at least 15 people, including a pastor and his wife, in an overnight assault on the hillside community of Kenscoff, above Haiti's capital, local officials said on Tuesday.

Armed men from the Viv Ansanm gang coalition entered the area from neighbouring Laboule late on Monday, burning houses and shooting residents as they fled, Kenscoff's deputy mayor, Rodrigue Pierre, told local radio. Dozens of families walked through the night to reach Petion-Ville.

Hundreds of residents marched peacefully through Petion-Ville on Tuesday afternoon, waving branches and chanting for the police to retake their neighbourhoods. The march ended without incident.

In a separate operation on Monday, a drone operated by a government task force struck a gang hideout in Cite Soleil, killing eight people, the National Human Rights Defense Network said, adding that two of the dead were children.

Haiti's transitional presidential council has contracted a private security firm to carry out drone strikes against gang leaders, a strategy rights groups say has killed bystanders. A Kenyan-led multinational police mission, deployed since 2024, has struggled with a lack of personnel and equipment.

The United Nations says more than 5,600 people were killed in gang violence in Haiti last year.""",
  ["HT", "KE"],
  [I("civilian_attack", "HT", "Kenscoff", 15),
   I("protest", "HT", "Petion-Ville", None),
   I("explosion", "HT", "Cite Soleil", 8)],
  [],
  ["Rodrigue Pierre"], ["Viv Ansanm", "National Human Rights Defense Network", "United Nations"],
  "Three current incidents: gang assault killing residents = civilian_attack, 15; peaceful residents' march in Petion-Ville = protest, null (no death statement; 'ended without incident' is not coded as 0); task-force drone strike on a hideout = explosion, 8. KE via 'Kenyan-led'. 5,600 last year = aggregate.")

A("wire", "2024-05-15", "Nine killed in Rio police raid on Mare favela complex",
  """RIO DE JANEIRO, May 15 - Nine people, including a police officer, were killed during a police operation against drug traffickers in Rio de Janeiro's Complexo da Mare on Wednesday, state authorities said.

Hundreds of officers backed by armoured vehicles and helicopters entered the sprawling complex of favelas at dawn to serve arrest warrants against members of the Comando Vermelho gang, Rio state's military police said. Gunfire lasted for most of the morning, forcing 30 schools and several health clinics to close.

The state security secretariat said eight suspects were killed after opening fire on officers and that 11 people were arrested and 14 rifles seized. Residents said at least two of the dead had no links to the gang.

In the afternoon, a group of residents set fire to a bus and blocked Avenida Brasil, one of the city's main highways, in protest at the deaths, causing hours of traffic jams. Police used tear gas to clear the road.

Police operations in Rio's favelas are frequently deadly. Rights groups have long criticised the tactics, and Brazil's Supreme Court has imposed restrictions on raids in recent years, including limits on the use of helicopters as shooting platforms.

Governor Claudio Castro defended the operation, saying police had been "received with gunfire".""",
  ["BR"],
  [I("battle", "BR", "Complexo da Mare", 9),
   I("riot", "BR", "Avenida Brasil", None)],
  ["strategic"],
  ["Claudio Castro"], ["Comando Vermelho", "Supreme Court"],
  "Police operation with gunfights against a gang = battle, 9 (8 suspects + 1 officer: the lead's total). Residents burning a bus and blocking the highway = riot (violent demonstration), no deaths -> null. Arrests and rifle seizures = strategic. BR via Rio de Janeiro and 'Brazil's Supreme Court'.")

A("wire", "2025-12-03", "Turkish drones strike Kurdish targets in Syria and Iraq",
  """ISTANBUL/ERBIL, Dec 3 - Turkish drones struck Kurdish-led fighters in northeastern Syria and northern Iraq on Tuesday, killing at least three people, local officials and security sources on both sides of the border said.

In Syria, a drone hit a car on the outskirts of Qamishli, killing two members of the Syrian Democratic Forces (SDF), the US-backed group said in a statement. It called the strike a violation of the understanding reached between the SDF and the government in Damascus.

Hours later, a drone struck a vehicle near the town of Sinun in Iraq's Sinjar district, killing a commander of the Sinjar Resistance Units, a Yazidi armed group linked to the Kurdistan Workers' Party (PKK), two Iraqi Kurdish security officials said.

Turkey's defence ministry said separately that its forces had "neutralised" 14 PKK militants in northern Iraq and Syria over the past week, without giving locations.

Iraq's foreign ministry summoned the Turkish charge d'affaires in Baghdad on Tuesday evening to protest what it called a "repeated violation of Iraqi sovereignty".

Ankara regards the PKK, which has waged an insurgency against the Turkish state since 1984, and Syrian Kurdish forces as terrorist groups. The PKK announced this year that it would disarm, but Turkish officials say operations will continue until the disarmament is verified.""",
  ["TR", "SY", "IQ", "US"],
  [I("explosion", "SY", "Qamishli", 2),
   I("explosion", "IQ", "Sinun", 1)],
  ["diplomacy"],
  [], ["Syrian Democratic Forces", "SDF", "Sinjar Resistance Units", "Kurdistan Workers' Party", "PKK"],
  "TWO COUNTRIES, ONE ACTOR: Turkish drone strikes happen in SY (Qamishli, 2) and IQ (Sinun, 1); TR is the actor, not an incident country. The lead's 'at least three' is the joint toll, not a separate incident. 14 'neutralised' over a week = aggregate without places. Summoning the charge d'affaires = diplomacy ('to protest' is diplomatic, not a demonstration). US via 'US-backed'.")

A("wire", "2025-09-16", "Israeli strike kills two in south Lebanon; settlers attack West Bank village",
  """BEIRUT/RAMALLAH, Sept 16 - An Israeli drone strike on a car in the southern Lebanese town of Bint Jbeil killed two people on Tuesday, Lebanon's health ministry said, despite a ceasefire that has been in place since November 2024.

The Israeli military said it had struck a Hezbollah operative who was "rebuilding the group's infrastructure" in the area. Hezbollah did not comment. Lebanese President Joseph Aoun condemned the strike and called on the United States and France, which guarantee the truce, to press Israel to stop its attacks.

In the occupied West Bank, armed Israeli settlers raided the Palestinian village of Sinjil north of Ramallah overnight, shooting dead a 19-year-old man and setting fire to two cars and a house, the Palestinian health ministry said. The Israeli military said troops were sent to the scene after reports of "a violent confrontation" and that the incident was under review.

Earlier on Tuesday, Israeli forces killed three Palestinian gunmen during an exchange of fire in the Jenin refugee camp, the military said, adding that one soldier was lightly wounded. The armed wing of Islamic Jihad said the three were its members.

Violence in the West Bank has surged since the start of the war in Gaza in October 2023, with hundreds of Palestinians killed in raids and settler attacks, according to United Nations figures.""",
  ["LB", "IL", "US", "FR", "PS"],
  [I("explosion", "LB", "Bint Jbeil", 2),
   I("civilian_attack", "PS", "Sinjil", 1),
   I("battle", "PS", "Jenin refugee camp", 3)],
  ["diplomacy"],
  ["Joseph Aoun"], ["Hezbollah", "Islamic Jihad", "United Nations"],
  "REPORTED BY THE OTHER SIDE: Israeli drone strike in Bint Jbeil = explosion in LB, 2. Armed settlers shooting a villager (then arson) = civilian_attack (first-named mechanism: shooting), 1. Exchange of fire in Jenin camp = battle, 3 gunmen (perpetrator deaths). Aoun's condemnation and call on US/France = diplomacy. West Bank toll since 2023 = aggregate; Gaza war = background context without a specific incident.")

A("wire", "2025-02-12", "Myanmar junta air strike on school kills 19, resistance group says",
  """BANGKOK, Feb 12 - A Myanmar military air strike hit a village school in the central Sagaing region on Tuesday, killing 19 people, most of them students, a local resistance group and a teacher said on Wednesday.

A fighter jet dropped two bombs on the school in Kan Taw village in Wetlet township shortly after classes began, the teacher told Reuters by phone. "We pulled children out of the rubble with our hands," he said. The People's Defence Force unit that controls the area said 14 of the dead were under 15.

A spokesman for the junta did not answer calls seeking comment. The military has previously denied targeting civilians and says it attacks "terrorists", the term it uses for armed opponents of the 2021 coup.

In western Rakhine state, fighting between the army and the Arakan Army ethnic armed group continued around the town of Kyaukphyu, where China is building a deep-sea port, residents said. The Arakan Army said it had captured two army outposts on Monday. No casualty figures were available.

Beijing has pressed ethnic armed groups along its border to halt offensives and has hosted several rounds of talks in Kunming between the junta and the Ta'ang National Liberation Army.

The United Nations says more than 3 million people have been displaced in Myanmar since the coup.""",
  ["MM", "TH", "CN"],
  [I("explosion", "MM", "Kan Taw", 19),
   I("battle", "MM", "Kyaukphyu", None)],
  [],
  [], ["People's Defence Force", "Arakan Army", "Ta'ang National Liberation Army", "Reuters", "United Nations"],
  "Air strike on a school = explosion, 19 (14 is a subset, not a separate toll). Fighting around Kyaukphyu with outposts captured = battle, no figures -> null. TH only via the BANGKOK dateline (dateline city counts, as in b001). CN via China/Beijing/Kunming; the Kunming talks are ongoing background ('has hosted'), not listed.")

A("wire", "2024-03-18", "Five killed as gunmen ambush soldiers in southern Philippines",
  """COTABATO CITY, Philippines, March 18 - Two soldiers and three suspected militants were killed when gunmen ambushed an army patrol in the town of Datu Saudi Ampatuan in Maguindanao del Sur province on Sunday, the military said.

The soldiers were returning from a community outreach mission when they came under fire from about 20 gunmen believed to belong to a faction of the Bangsamoro Islamic Freedom Fighters (BIFF), an Islamic State-inspired group that rejected the 2014 peace deal between the government and the Moro Islamic Liberation Front, regional army spokesman Major Rey Alcantara said. The clash lasted about an hour.

In a separate development, 12 members of the communist New People's Army surrendered to the army in Northern Samar province on Saturday, handing over rifles and a grenade launcher, the military said.

Violence in the south has fallen sharply since the creation of the Bangsamoro Autonomous Region in Muslim Mindanao in 2019, but small armed groups remain active in the marshlands of Maguindanao. The region is due to hold its first parliamentary elections next year.

The Philippine government has also been pressing the remnants of the communist insurgency, which it says is close to defeat after more than five decades.""",
  ["PH"],
  [I("battle", "PH", "Datu Saudi Ampatuan", 5)],
  ["strategic"],
  ["Rey Alcantara"], ["Bangsamoro Islamic Freedom Fighters", "BIFF", "Moro Islamic Liberation Front", "New People's Army"],
  "Ambush on a patrol = battle; 2 soldiers + 3 militants = 5 (perpetrators included). NPA surrender = strategic. 2014 peace deal = background, not listed.")

A("wire", "2025-01-09", "Toll from Russian missile strike on Zaporizhzhia rises to six; Ukrainian drones hit Russian port",
  """KYIV, Jan 9 - The number of people killed by a Russian missile strike on the southeastern Ukrainian city of Zaporizhzhia rose to six on Thursday after a woman died in hospital and rescuers found a body under the rubble, regional governor Ivan Fedorov said.

Wednesday's strike hit an industrial area and a residential block near it, initially killing four people and wounding more than 30, Fedorov said on Telegram. Rescue work was completed on Thursday morning.

Russia's defence ministry said its forces had struck "enterprises of the military-industrial complex" in the region. Moscow denies targeting civilians.

Overnight, Ukrainian drones attacked the Russian Black Sea port of Tuapse, setting fire to an oil terminal, the governor of Russia's Krasnodar region said. No one was killed or injured, and the fire was put out by morning, he said. Ukraine's general staff said the terminal supplied fuel to Russian forces.

Russia's defence ministry said air defences had destroyed 43 Ukrainian drones over several regions overnight.

Ukrainian President Volodymyr Zelenskiy renewed his appeal to Western allies for more air defence systems, saying Russia had launched more than 1,000 drones and missiles at Ukraine in the past week alone.""",
  ["UA", "RU"],
  [I("explosion", "UA", "Zaporizhzhia", 6),
   I("explosion", "RU", "Tuapse", 0)],
  ["diplomacy"],
  ["Ivan Fedorov", "Volodymyr Zelenskiy"], [],
  "FOLLOW-UP: missile strike = explosion, latest toll 6 (not the initial 4). Ukrainian drone attack on Tuapse = explosion in RU, 0 ('No one was killed or injured'). 43 drones downed over several regions and 1,000 drones/missiles in a week = multi-place aggregates, not listed. Zelenskiy's appeal to allies = diplomacy.")


# ---------------------------------------------------------------------------
# 16 QUIET articles: no current incident, violence vocabulary used figuratively
# or about things that are not incidents.
# ---------------------------------------------------------------------------

A("quiet", "2025-11-30", "Villa's attack runs riot to bury Everton",
  """Aston Villa's attack ran riot at Villa Park on Saturday as a hat-trick from Colombian winger Mateo Arboleda buried Everton 4-1 and lifted Unai Emery's side into the Premier League's top four.

Arboleda opened the scoring after 11 minutes, firing a low shot inside the near post, and struck twice more after the break as Everton's defence was torn apart on the counter-attack. "We killed the game in ten minutes," said Emery. "When we attack with this intensity, we are very dangerous."

Everton, who had not lost in five league matches, briefly threatened a comeback when captain James Tarkowski headed in from a corner, but they were blown away once Villa's substitutes added fresh legs. Villa's fourth was a thunderbolt from 25 yards by Scotland midfielder John McGinn.

"We were shot to pieces in the second half," admitted Everton manager David Moyes, whose side had been criticised for a negative approach. "It was a massacre and we deserved it."

The win came in front of the season's biggest crowd in Birmingham and sets up a trip to Spain on Wednesday, where Villa face Real Betis in Seville.

Emery, a former Sevilla coach, said his players would need the same "killer instinct" away from home. "In Seville the atmosphere will be a war. We are ready for the battle," he said.""",
  ["CO", "GB", "ES"], [], [],
  ["Mateo Arboleda", "Unai Emery", "James Tarkowski", "John McGinn", "David Moyes"],
  ["Aston Villa", "Everton", "Premier League", "Real Betis", "Sevilla"],
  "FOOTBALL: 'attack ran riot', 'firing', 'shot', 'killed the game', 'blown away', 'massacre', 'war', 'battle' are all sport. Countries by the sport convention: 'Colombian winger' -> CO, 'Scotland midfielder' and Birmingham -> GB, Spain/Seville -> ES.")

A("quiet", "2026-01-18", "Celtics survive late ambush as Jokic's triple-double falls short",
  """BOSTON, Jan 18 - Jayson Tatum hit the go-ahead three-pointer with 14 seconds left as the Boston Celtics survived a fourth-quarter ambush to beat the Denver Nuggets 118-115 on Saturday night.

Boston led by 19 points early in the fourth before Denver's bench fired a 21-4 run that silenced TD Garden. Serbian center Nikola Jokic finished with 31 points, 14 rebounds and 11 assists, and his step-back shot at the buzzer rimmed out.

"They were shooting bullets at us for six minutes and we just stood there," Celtics coach Joe Mazzulla said. "Credit to them. But we didn't panic, we executed."

Tatum, who had struggled with his shot in the first half, finished with 28 points. French rookie Mathis Durand added 12 points off the bench in his best outing since arriving from ASVEL, including two blocks in the final two minutes.

The Nuggets, who have lost three of their last four, were without guard Jamal Murray, who missed a fourth straight game with a hamstring injury. "We're in a bit of a slump, but nobody is pushing the panic button," coach David Adelman said.

The Celtics head west on Monday for a five-game road trip that starts in Portland.""",
  ["US", "RS", "FR"], [], [],
  ["Jayson Tatum", "Nikola Jokic", "Joe Mazzulla", "Mathis Durand", "Jamal Murray", "David Adelman"],
  ["Boston Celtics", "Denver Nuggets", "ASVEL"],
  "BASKETBALL: 'ambush', 'fired a run', 'shot', 'shooting bullets', 'executed' are sport. US via Boston/Denver/Portland (US cities; no country name in the text); 'Serbian center' -> RS, 'French rookie' -> FR (athlete nationalities).")

A("quiet", "2025-03-07", "Georgia Senate kills safe-storage gun bill",
  """ATLANTA, March 7 - A bill that would have required gun owners to lock up firearms in homes with children died in the Georgia Senate on Thursday, after Republican leaders refused to bring it to a vote before a key legislative deadline.

The measure, which passed the state House of Representatives last month with support from both parties, would have made it a misdemeanour to leave a loaded gun where a child could reach it. Supporters pointed to the shooting at a high school in Winder last September, in which a 14-year-old student is accused of killing two classmates and two teachers with a rifle.

"This bill was shot down by people who would rather protect the gun lobby than our children," said Democratic state Senator Elena Parrish, who sponsored a companion bill. "We will be back next session, and we will keep fighting."

Republican Senate Majority Leader Steve Gooch said the bill had been "dead on arrival" because it would punish law-abiding gun owners, and that the chamber had prioritised other measures, including a tort reform package backed by Governor Brian Kemp.

Gun violence prevention groups said more than 1,700 Georgians died from gun injuries in 2023, according to federal data. The U.S. state has some of the most permissive gun laws in the country, and in 2022 lawmakers abolished the requirement for a permit to carry a concealed handgun.""",
  ["US"],
  [I("civilian_attack", "US", "Winder", 4, True)],
  [],
  ["Elena Parrish", "Steve Gooch", "Brian Kemp"], ["Georgia Senate", "House of Representatives"],
  "POLITICS: bill 'killed', 'died', 'shot down', 'dead on arrival', 'keep fighting' are figurative. TRAP: Georgia/Atlanta/'Georgians' = the US state -> no GE; US via 'The U.S. state'. Last September's school shooting in Winder = background civilian_attack, 4 (two classmates + two teachers). 1,700 gun deaths in 2023 = aggregate. No current incident.")

A("quiet", "2025-06-03", "BYD's price war ignites battle for Europe's EV market",
  """SHENZHEN, China, June 3 - Chinese carmaker BYD is slashing prices across Europe in an aggressive battle for market share, as its explosive growth puts pressure on Tesla and European rivals struggling with slowing demand for electric vehicles.

BYD said on Tuesday it would cut the price of its Dolphin Surf hatchback in Germany by 15% and offer cheaper financing in Spain and Italy, days after Tesla reported another month of falling European registrations. Analysts said the move was a direct shot at Volkswagen's ID.3, which costs about a third more.

"This is a price war and BYD has the most ammunition," said Lena Hoffmann, an automotive analyst at Berenberg in Hamburg. "It is vertically integrated, it makes its own batteries, and it can absorb the hit on margins far better than anyone else."

BYD's European sales more than tripled in the first four months of the year, an explosive pace that has made it the region's fastest-growing brand. The company is building plants in Hungary and Turkey, which would allow it to avoid the tariffs of up to 35.3% that the European Union imposed last year on electric cars made in China.

Shares of European carmakers were hammered on the news, with Stellantis falling 4% and Renault down 3%. Volkswagen executives have warned that Chinese competition poses an existential threat and have called on Brussels to hold firm in its talks with Beijing over minimum prices.""",
  ["CN", "DE", "ES", "IT", "HU", "TR"], [], [],
  ["Lena Hoffmann"], ["BYD", "Tesla", "Volkswagen", "Berenberg", "European Union", "Stellantis", "Renault"],
  "BUSINESS: 'price war', 'battle for market share', 'explosive growth', 'direct shot', 'ammunition', 'hammered' are figurative. 'Brussels' stands for the EU, not the Belgian government -> no BE (judgment). Beijing/Shenzhen/Chinese -> CN; Hamburg -> DE. EU tariffs 'last year' = background, not a news event.")

A("quiet", "2024-11-11", "War epic 'Sand and Ash' bombs at the box office",
  """LOS ANGELES, Nov 11 - "Sand and Ash", a $180 million war epic about a fictional battalion trapped behind enemy lines, bombed at the North American box office this weekend, taking just $14 million in its debut and finishing third behind a family animation and a horror sequel.

The film, directed by Oscar nominee Marcus Vell and shot largely in Jordan's Wadi Rum desert, had been positioned as the studio's big awards-season release. Its explosive final battle sequence, which took four months to film, was praised by some critics, but others savaged the script as "a barrage of cliches".

"It's a massacre, there's no other word for it," said one box-office analyst, who noted that adult-skewing dramas have struggled since the pandemic. "The audience for a three-hour war movie in November just isn't there any more."

Overseas, the picture fared slightly better, taking $22 million from 48 markets, led by Britain and South Korea. It opens in China and Japan later this month.

The studio, Meridian Pictures, defended the film, saying it expected strong word of mouth and a long run in premium large-format theatres. "This is a marathon, not a sprint," a spokeswoman said.""",
  ["US", "JO", "GB", "KR", "CN", "JP"], [], [],
  ["Marcus Vell"], ["Meridian Pictures"],
  "FILM: 'bombed', 'shot', 'explosive final battle', 'barrage', 'massacre' are cinema/business; the war is fictional. US via Los Angeles (North America is a region); Wadi Rum -> JO; markets Britain, South Korea, China, Japan.")

A("quiet", "2026-03-04", "A riot of colour as Holi crowds pack Mathura and Vrindavan",
  """MATHURA, India, March 4 - Hundreds of thousands of pilgrims packed the temple towns of Mathura and Vrindavan on Wednesday for Holi, turning the narrow lanes into a riot of colour as revellers drenched each other with pink, green and yellow powder.

At the Banke Bihari temple in Vrindavan, priests showered the crowd with flower petals and coloured water from the balconies, while drummers led processions through the streets. Earlier in the week, in nearby Barsana, women playfully beat men with bamboo sticks in the traditional Lathmar Holi, a re-enactment of a legend in which the god Krishna and his friends were chased away by the women of the village.

"It's an explosion of joy. Nothing prepares you for it," said Chloe Martin, a 27-year-old tourist from Lyon, France, her face streaked with purple powder.

Several streets near the temples were closed to vehicles, and officials said the festival had passed off peacefully by evening.

Holi, which marks the arrival of spring and the triumph of good over evil, is celebrated across India and Nepal and by diaspora communities from London to Toronto. This year it falls shortly after a series of local elections, and political leaders from all parties were photographed smeared with colour.""",
  ["IN", "FR", "NP", "GB", "CA"], [], [],
  ["Chloe Martin"], [],
  "CULTURE: 'riot of colour', 'explosion of joy', ritual 'beat men with bamboo sticks', crowds and processions are a festival, not a riot or a protest. FR via Lyon, France; GB via London; CA via Toronto; NP named.")

A("quiet", "2025-10-22", "Cyber attack cripples German hospital group, operations postponed",
  """BERLIN, Oct 22 - A cyber attack has crippled the computer systems of a hospital group in the German state of North Rhine-Westphalia, forcing it to postpone non-urgent operations and divert ambulances to other clinics, the company said on Wednesday.

Hackers hit the network of Rheinland Kliniken Verbund late on Sunday, encrypting patient records and demanding a ransom, a spokesman said. Emergency departments at its four hospitals were working with pen and paper, and no patients had been harmed, he said.

Prosecutors in Cologne, who specialise in cybercrime, have opened an investigation. A security official said investigators believe the attack was carried out by a ransomware gang that operates from Russia and has previously targeted hospitals in Britain and the United States.

"These groups are ruthless. They aim where it hurts most," said Anja Keller of the Federal Office for Information Security (BSI), which has sent a team to help restore the systems. The agency recorded a sharp rise in ransomware attacks on public institutions last year.

The attack comes as the German government prepares legislation that would oblige hospitals to meet minimum cyber defence standards. Health Minister Nina Warken said on Wednesday that hospitals were "on the front line" of a digital war and needed more money for IT security.

Germany has been hit by a string of cyber incidents in recent years, including an attack on a Dusseldorf university hospital in 2020 that disrupted emergency care.""",
  ["DE", "RU", "GB", "US"], [], [],
  ["Anja Keller", "Nina Warken"], ["Rheinland Kliniken Verbund", "Federal Office for Information Security", "BSI"],
  "TECHNOLOGY: cyber attacks (current and the 2020 one) are not incidents by NOTES.md; 'hit', 'targeted', 'front line', 'digital war' are figurative. A prosecutors' investigation is not an arrest or charge -> no strategic (judgment). RU via 'operates from Russia'.")

A("quiet", "2024-12-03", "Nigeria launches malaria vaccine drive in war on 'killer disease'",
  """ABUJA, Dec 3 - Nigeria began vaccinating children against malaria in Bayelsa and Kebbi states on Monday, the first phase of a rollout that health officials say could save thousands of lives a year in the country hardest hit by the disease.

"Malaria is the biggest killer of our children. Today we are taking the fight to the mosquito," Health Minister Muhammad Ali Pate said at the launch in Yenagoa, where mothers queued with infants to receive the first shot of the four-dose vaccine.

Nigeria accounts for about 27% of the world's malaria cases and nearly a third of deaths, according to the World Health Organization, which estimates that the disease killed about 597,000 people worldwide in 2023, most of them African children under five.

The R21 vaccine, developed by the University of Oxford and manufactured by the Serum Institute of India, will be given to children aged five to 18 months. Gavi, the vaccine alliance, has funded the first 1 million doses.

Health workers said they faced an uphill battle against misinformation in some communities. In Borno state, where a cholera outbreak killed more than 100 people this year, officials said vaccination teams would be escorted by community leaders.

"We have the tools now. What we need is to get them to every village," said Dr Fatima Lawal, a paediatrician in Kebbi.""",
  ["NG"], [], [],
  ["Muhammad Ali Pate", "Fatima Lawal"], ["World Health Organization", "University of Oxford", "Serum Institute of India", "Gavi"],
  "HEALTH: 'killer', 'fight', 'shot', 'battle', disease deaths (malaria, cholera in Borno) are not incidents even in a conflict state. IN only inside 'Serum Institute of India' and Oxford only inside a university name -> not counted. 'African' refers to the continent.")

A("quiet", "2025-02-26", "Guatemalan court convicts three ex-officers over 1982 village massacre",
  """GUATEMALA CITY, Feb 26 - A Guatemalan court on Wednesday sentenced three retired army officers to 50 years in prison each for their role in the 1982 massacre of Maya Achi villagers in the hamlet of Rio Blanco, one of the worst atrocities of the country's 36-year civil war.

Judges found that soldiers and civil patrol members under the officers' command killed at least 143 men, women and children in Rio Blanco in March 1982, and that the killings were part of a campaign against communities the army accused of supporting leftist guerrillas.

Relatives of the victims, many of whom had travelled overnight from Baja Verapaz province, wept in the courtroom as the verdict was read. "For 43 years they told us it never happened," said Juana Xitumul, whose parents and three siblings were killed.

Defence lawyers said they would appeal, arguing that their clients had been junior officers with no control over operations.

The case was brought by survivors with the support of human rights groups after the remains of victims were exhumed in the early 2000s. A UN-backed truth commission concluded in 1999 that state forces were responsible for the vast majority of the more than 200,000 deaths and disappearances during the conflict, which ended with a peace accord in 1996.

The United States, which backed Guatemala's military governments during parts of the war, has welcomed previous convictions in similar cases.""",
  ["GT", "US"],
  [I("civilian_attack", "GT", "Rio Blanco", 143, True)],
  ["strategic"],
  ["Juana Xitumul"], [],
  "COURT VERDICT on an old massacre: the 1982 Rio Blanco massacre = background civilian_attack, 143; the sentencing = strategic. 200,000 war deaths = aggregate. Relatives in the courtroom are not a protest. No current incident.")

A("quiet", "2025-07-11", "Bosnia marks 30 years since Srebrenica massacre",
  """POTOCARI, Bosnia and Herzegovina, July 11 - Tens of thousands of people gathered at the memorial centre in Potocari on Friday to mark 30 years since the Srebrenica massacre, as the remains of seven newly identified victims were buried alongside more than 6,700 others.

Bosnian Serb forces overran the enclave in July 1995, then a United Nations "safe area" protected by lightly armed Dutch peacekeepers, and killed more than 8,000 Muslim men and boys over the following days. International courts have ruled that the killings constituted genocide.

Among those buried on Friday was a man who was 19 when he was killed; only two of his bones had been found. "I have waited thirty years to have a grave to visit," said his sister, Fatima Hodzic.

Earlier this week, thousands of people completed the annual Peace March, walking about 100 km through the forests in reverse along the route taken by men who tried to flee the enclave in 1995.

Foreign dignitaries, including the speaker of the Dutch parliament and several European ministers, attended the ceremony. Denial of the genocide remains widespread among Serb politicians in Bosnia and in neighbouring Serbia, where officials describe the killings as a grave crime but reject the term genocide.""",
  ["BA", "NL", "RS"],
  [I("civilian_attack", "BA", "Srebrenica", 8000, True)],
  ["diplomacy"],
  ["Fatima Hodzic"], ["United Nations"],
  "ANNIVERSARY: the 1995 Srebrenica massacre = background civilian_attack, 'more than 8,000' -> 8000. The commemorative gathering and the Peace March are remembrance, not protests (judgment). Foreign dignitaries' attendance = diplomacy (visits). NL via 'Dutch'; RS via Serbia ('Serb' is an ethnic term).")

A("quiet", "2025-08-19", "Attacks on aid workers hit record high, annual report finds",
  """GENEVA, Aug 19 - Attacks on aid workers reached a record last year, with 402 humanitarian staff killed, 318 wounded and 162 kidnapped in 61 countries, an annual report by the Humanitarian Security Monitor said on Tuesday.

More than half of the deaths were recorded in Gaza, where the group counted 214 aid workers killed, most of them Palestinian staff of United Nations agencies. Sudan was second with 61 deaths, followed by South Sudan, Ukraine and Afghanistan, the report said.

"These are not statistics, they are colleagues shot at checkpoints, bombed in their offices and abducted on the road," said the group's director, Helena Stroud. Most attacks were carried out by state forces or organised armed groups, and fewer than one in ten was ever investigated, according to the report.

The report, released on World Humanitarian Day, also recorded 1,140 attacks on health facilities, and said the number of kidnappings had doubled in the Sahel since 2020.

UN Secretary-General Antonio Guterres condemned what he called "a culture of impunity" and urged member states to hold perpetrators to account. "Every attack on an aid worker is an attack on humanity itself," he said in a statement.

The International Committee of the Red Cross said separately that humanitarian access had shrunk in at least a dozen conflicts, leaving millions of people beyond the reach of assistance.""",
  ["CH", "PS", "SD", "SS", "UA", "AF"], [], ["diplomacy"],
  ["Helena Stroud", "Antonio Guterres"], ["Humanitarian Security Monitor", "United Nations", "International Committee of the Red Cross"],
  "ANNUAL STATISTICS: yearly tolls per country (402, 214, 61, 1,140 attacks) are aggregates, never incidents; 'shot', 'bombed', 'abducted' are generic. Guterres' condemnation = diplomacy. CH via the GENEVA dateline; Sahel is a region.")

A("quiet", "2024-11-01", "Georgian opposition calls mass rally next week over disputed vote",
  """TBILISI, Nov 1 - Georgia's main opposition parties called on Friday for a mass rally in central Tbilisi next Monday to protest against the results of last weekend's parliamentary election, which they say was rigged in favour of the ruling Georgian Dream party.

The rally is due to begin at 7 p.m. outside parliament on Rustaveli Avenue, opposition leaders said at a joint news conference. "We will not recognise this parliament, and we will not leave the streets until a new election is called," said Nika Abashidze, one of the organisers.

The interior ministry warned that it would not tolerate any attempt to block roads or storm state buildings and said police were prepared to "respond firmly" to violations of public order.

Georgian Dream, founded by billionaire Bidzina Ivanishvili, won about 54% of the vote according to the central election commission. Observers from the Organization for Security and Co-operation in Europe said the vote was marred by pressure on voters and an uneven playing field.

The European Union and the United States have called for an investigation into the alleged irregularities. Critics accuse the government of steering the country away from the West and towards Moscow, an accusation it rejects.

A large protest in the spring against a "foreign agents" law, which critics said was modelled on Russian legislation, ended in clashes with riot police on Rustaveli Avenue in which dozens of people were detained.""",
  ["GE", "US", "RU"],
  [I("riot", "GE", "Rustaveli Avenue", None, True)],
  ["strategic", "diplomacy"],
  ["Nika Abashidze", "Bidzina Ivanishvili"], ["Georgian Dream", "Organization for Security and Co-operation in Europe", "European Union"],
  "PLANNED PROTEST: the rally is called for next week -> not an incident. Here Georgia is the country (Tbilisi) -> GE, unlike the US-state article. Spring protest that ended in clashes = background riot, no deaths stated -> null ('dozens detained' are arrests). Interior ministry warning = strategic (security alert); EU/US call for an investigation = diplomacy. RU via Moscow (metonym) and 'Russian legislation'.")

A("quiet", "2025-06-10", "NATO troops storm Baltic beaches in largest exercise of the year",
  """KLAIPEDA, Lithuania, June 10 - Thousands of NATO troops stormed beaches on the Lithuanian coast on Tuesday as the alliance's biggest naval exercise of the year reached its climax, with amphibious assault vehicles, fighter jets and live artillery fire.

Marines from the United States, Germany, Poland and Sweden landed near Klaipeda in a scenario simulating the recapture of territory seized by an unnamed enemy, while warships fired at floating targets offshore. The BALTOPS exercise involves about 9,000 personnel and 50 ships from 17 countries.

"We are demonstrating that we can move fast and hit hard if any ally is attacked," said Vice Admiral Karl Brenner, the exercise commander.

The drills come amid growing concern in the Baltic states over Russian military activity in the region and suspected sabotage of undersea cables. Russia's embassy in Vilnius called the exercise "a provocation" and said Moscow would take "necessary measures" in response.

Lithuania has pledged to raise defence spending to more than 5% of economic output next year and is hosting a permanent German armoured brigade, the first deployment of its kind since World War Two.

The exercise will end on Friday with a live-fire drill on the Curonian Spit.""",
  ["LT", "US", "DE", "PL", "SE", "RU"], [], ["strategic", "diplomacy"],
  ["Karl Brenner"], ["NATO"],
  "MILITARY EXERCISE: 'stormed beaches', 'assault', 'fired', 'hit hard', 'attacked', 'recapture of territory' are a drill -> no incident; the exercise and the brigade deployment = strategic; Russia's embassy statement = diplomacy. 'Baltic states' is a region; Curonian Spit not resolved to a country beyond LT.")

A("quiet", "2025-11-15", "Congo and M23 rebels sign framework for peace in Doha",
  """DOHA, Nov 15 - Democratic Republic of Congo's government and the M23 rebel group signed a framework agreement in Doha on Saturday that both sides said would lead to a final peace deal ending years of fighting in eastern Congo.

The document, signed in the presence of Qatari mediators and a US envoy, commits the two sides to a permanent ceasefire, a prisoner exchange and talks on the return of state authority to areas the rebels control, including the cities of Goma and Bukavu.

"Today we have taken a decisive step. The guns must now fall silent," Qatar's minister of state Mohammed Al-Khulaifi said at the signing ceremony.

The agreement builds on a separate deal signed in Washington in June between Congo and Rwanda, which Kinshasa and United Nations experts accuse of backing the rebels with troops and weapons. Rwanda denies that, saying its forces act in self-defence against Hutu militants operating in Congo.

Previous ceasefires have repeatedly collapsed, and diplomats cautioned that the hardest issues, including the fate of the rebels' fighters and the reopening of Goma's airport, remained unresolved.

Aid groups welcomed the deal but said millions of people displaced by the conflict needed urgent help. The fighting has killed thousands of people this year alone, according to the United Nations.""",
  ["CD", "QA", "US", "RW"], [], ["diplomacy"],
  ["Mohammed Al-Khulaifi"], ["M23", "United Nations"],
  "PEACE DEAL: signing = diplomacy; 'guns must fall silent', 'fighting', 'ceasefire' are context; 'thousands killed this year' = aggregate. QA via Doha/Qatari; US via 'US envoy'/Washington; RW named; CD via Congo/Kinshasa/Goma.")

A("quiet", "2024-06-10", "Austrian police foil plot to attack Vienna Pride parade, three arrested",
  """VIENNA, June 10 - Austrian police have arrested three young men suspected of planning a knife and bomb attack on Vienna's Pride parade this Saturday, the interior ministry said on Monday.

The suspects, aged 14, 17 and 20, were detained in raids in Vienna and the city of Graz on Friday, Interior Minister Gerhard Karner told a news conference. Officers found knives, a machete and chemicals that could be used to build an explosive device, as well as Islamic State propaganda.

Karner said the men had sworn allegiance to Islamic State online and had been in contact with a recruiter believed to be in Syria. "They wanted to kill as many people as possible," he said. "Thanks to the vigilance of our investigators, nobody was harmed."

The parade will go ahead under heavy security, with police snipers on rooftops and concrete barriers along the Ringstrasse, organisers said. More than 300,000 people are expected to take part.

The case is the latest in a series of foiled plots in Austria. In November 2020, a gunman killed four people in Vienna's city centre before being shot dead by police.""",
  ["AT", "SY"],
  [I("civilian_attack", "AT", "Vienna", 5, True)],
  ["strategic"],
  ["Gerhard Karner"], ["Islamic State"],
  "FOILED PLOT: arrests/raids = strategic; the planned attack did not happen; the parade is in the future (and a parade). The November 2020 Vienna shooting = background civilian_attack, 4 victims + the gunman shot dead = 5 (perpetrator included when stated). SY via the recruiter's location.")

A("quiet", "2025-01-19", "Fuel tanker explosion kills at least 70 in Nigeria's Niger State",
  """MINNA, Nigeria, Jan 19 - At least 70 people were killed when a fuel tanker exploded on a highway in north-central Nigeria's Niger State on Saturday as residents tried to scoop petrol from the overturned vehicle, emergency officials said.

The tanker, carrying about 60,000 litres of petrol, overturned near the town of Dikko on the Suleja-Minna road while its driver was trying to avoid a pothole, the Federal Road Safety Corps said. Crowds gathered with jerrycans, and the fuel ignited shortly afterwards, setting off a blast and a fireball that engulfed people and motorcycles nearby.

"It was like a bomb went off. People were running with their clothes on fire," said Musa Baba, a trader whose shop is about 200 metres from the site.

Niger State's emergency management agency said 56 injured people were taken to hospitals in Suleja and Minna. The death toll could rise as many of the injured were in critical condition.

Tanker explosions are frequent in Nigeria, where many roads are in poor condition and rail networks are limited. Last October, more than 150 people were killed in a similar blast in Jigawa State in the northwest.

President Bola Tinubu described the disaster as "heart-rending" and ordered a review of safety measures for fuel transport.""",
  ["NG"], [], [],
  ["Musa Baba", "Bola Tinubu"], ["Federal Road Safety Corps"],
  "ACCIDENT: a tanker explosion with 70 dead (and last October's Jigawa blast) is an accident, not an incident, despite 'exploded', 'blast', 'like a bomb'. TRAP: 'Niger State' is in Nigeria -> no NE. Ordering a safety review is not a strategic event.")


# ---------------------------------------------------------------------------
# Checks and output
# ---------------------------------------------------------------------------

def sentences(text):
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"'])", text.strip()) if s]


def check(articles):
    errors = []
    kinds = {}
    for n, a in enumerate(articles, 1):
        aid = "fresh2-%03d" % n
        kinds[a["kind"]] = kinds.get(a["kind"], 0) + 1
        text = (a["title"] or "") + "\n\n" + a["body"]

        def err(msg):
            errors.append("%s: %s" % (aid, msg))

        if a["kind"] not in KINDS:
            err("unknown kind %r" % a["kind"])
        try:
            d = datetime.date.fromisoformat(a["published"])
            if not 2024 <= d.year <= 2026:
                err("published outside 2024-2026")
        except (TypeError, ValueError):
            err("bad published date %r" % a["published"])
        if (a["kind"] == "satp") != (a["title"] is None):
            err("title must be null exactly for SATP-style articles")
        if a["kind"] == "satp" and not 1 <= len(sentences(a["body"])) <= 3:
            err("SATP text has %d sentences" % len(sentences(a["body"])))
        words = len(a["body"].split())
        if a["kind"] == "wire" and not 150 <= words <= 450:
            err("wire body has %d words (150-450)" % words)
        if not a["note"].strip():
            err("missing note")
        cs = a["countries"]
        if len(set(cs)) != len(cs):
            err("duplicate countries")
        for c in cs:
            if c not in ISO2:
                err("not an ISO 3166-1 alpha-2 code: %r" % c)
        for inc in a["incidents"]:
            if inc["type"] not in INCIDENT_TYPES:
                err("bad incident type %r" % inc["type"])
            if inc["country"] not in cs:
                err("incident country %s not in countries_mentioned" % inc["country"])
            if inc["location"] is not None and inc["location"] not in text:
                err("location %r not a substring of title+body" % inc["location"])
            f = inc["fatalities"]
            if f is not None and (not isinstance(f, int) or isinstance(f, bool) or f < 0):
                err("bad fatalities %r" % f)
            if not isinstance(inc["background"], bool):
                err("background must be a bool")
        for o in a["other"]:
            if o not in OTHER_TYPES:
                err("bad other_event %r" % o)
        if len(set(a["other"])) != len(a["other"]):
            err("duplicate other_events")
        for label, ents in (("PERSON", a["persons"]), ("ORG", a["orgs"])):
            if len(ents) > 8:
                err("more than 8 %s entities" % label)
            for e in ents:
                if e not in text:
                    err("%s %r not a substring of title+body" % (label, e))
        current = [i for i in a["incidents"] if not i["background"]]
        if a["kind"] == "quiet" and current:
            err("quiet article has a current incident")
        if a["kind"] == "wire" and not current:
            err("wire article has no current incident")
    for k, want in KINDS.items():
        if kinds.get(k, 0) != want:
            errors.append("kind %s: %d articles, want %d" % (k, kinds.get(k, 0), want))
    return errors


def records(articles):
    out = []
    for n, a in enumerate(articles, 1):
        out.append({
            "id": "fresh2-%03d" % n,
            "source": SOURCE,
            "origin": "tests/blind_fresh2/build.py: written from scratch for this project, "
                      "fictional/fictionalised (%s)" % {
                          "satp": "SATP-style incident summary",
                          "wire": "wire-style incident report",
                          "quiet": "quiet article, no current incident"}[a["kind"]],
            "license": LICENSE,
            "published": a["published"],
            "title": a["title"],
            "body": a["body"],
            "gold": {
                "countries_mentioned": a["countries"],
                "incidents": a["incidents"],
                "other_events": a["other"],
                "key_entities": {"PERSON": a["persons"], "ORG": a["orgs"]},
            },
        })
    return out


def summary(articles):
    by_kind = {}
    cur, bg = {}, {}
    no_incident = {"satp": 0, "wire": 0, "quiet": 0}
    for a in articles:
        by_kind[a["kind"]] = by_kind.get(a["kind"], 0) + 1
        current = [i for i in a["incidents"] if not i["background"]]
        if not current:
            no_incident[a["kind"]] += 1
        for i in a["incidents"]:
            d = bg if i["background"] else cur
            d[i["type"]] = d.get(i["type"], 0) + 1
    lines = ["articles: %d (%s)" % (len(articles), ", ".join("%s %d" % kv for kv in sorted(by_kind.items()))),
             "articles without a current incident: %d (satp %d, wire %d, quiet %d)" % (
                 sum(no_incident.values()), no_incident["satp"], no_incident["wire"], no_incident["quiet"]),
             "current incidents: %d (%s)" % (sum(cur.values()), ", ".join("%s %d" % kv for kv in sorted(cur.items()))),
             "background incidents: %d (%s)" % (sum(bg.values()), ", ".join("%s %d" % kv for kv in sorted(bg.items())))]
    return "\n".join(lines)


def main(argv):
    errors = check(ARTICLES)
    if errors:
        print("CHECK FAILED:")
        for e in errors:
            print("  " + e)
        return 1
    print("checks passed: substrings, countries, types, fatalities, kinds")
    print(summary(ARTICLES))
    if "--notes" in argv:
        print()
        for n, a in enumerate(ARTICLES, 1):
            print("fresh2-%03d [%s] %s" % (n, a["kind"], a["note"]))
    if "--check" not in argv:
        with open(OUT, "w", encoding="utf-8") as fh:
            for r in records(ARTICLES):
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("wrote %s" % os.path.relpath(OUT, os.getcwd()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Build blind_fresh.jsonl: a fresh, frozen, blind evaluation set (48 articles).

Written from scratch for this project by an annotator who did not read the service's rules,
unit tests or earlier blind sets. The gold below was fixed before anything else looked at the
texts: do not edit it. Standard library only:
    cd /work/main && .venv/bin/python tests/blind_fresh/build.py
"""
import json
import os
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "synthetic, written for this project (blind, fresh)"
TYPES = {"battle", "explosion", "civilian_attack", "protest", "riot"}
OTHER = {"strategic", "diplomacy"}
ARTICLES = []


def art(id, published, title, body, countries, incidents, other, persons, orgs, note, satp=False):
    body = textwrap.dedent(body).strip()
    ARTICLES.append(dict(id=id, published=published, title=title, body=body,
                         countries=countries, incidents=incidents, other=other,
                         persons=persons, orgs=orgs, note=note, satp=satp))


# ---------------------------------------------------------------------------------------------
# SATP-style summaries (title null, one to three sentences, some with lost punctuation/case)
# ---------------------------------------------------------------------------------------------

art("fresh-001", "2025-03-11", None,
    """Two Policemen and a militant were killed when terrorists attacked a Police post in the Gomal area of Tank District in Khyber Pakhtunkhwa on Sunday night. Police said one of the dead attackers was an Afghan national and that the others fled towards the mountains after an exchange of fire lasting nearly an hour.""",
    ["PK", "AF"], [("battle", "PK", "Gomal", 3, False)], [], [], [],
    "Attack on a police post = battle; 2 police + 1 militant = 3. TRAP: 'Tank' is an ordinary word and a KP district; the Afghan attacker makes AF a mentioned country but the incident is in PK.",
    satp=True)

art("fresh-002", "2024-09-20", None,
    """One Central Reserve Police Force (CRPF) trooper was killed and two others were injured in an improvised explosive device (IED) blast triggered by Communist Party of India-Maoist (CPI-Maoist) cadres near Tarrem village in Bijapur District (Chhattisgarh) on Thursday morning. The troopers were out on an area domination exercise when the IED went off, a senior Police official said.""",
    ["IN"], [("explosion", "IN", "Tarrem", 1, False)], [], [], ["Central Reserve Police Force", "CPI-Maoist"],
    "IED blast = explosion, 1 killed (2 injured not counted). 'India' appears only inside the organisation name; IN via Chhattisgarh.",
    satp=True)

art("fresh-003", "2025-01-27", None,
    """Security Forces (SFs) recovered and defused two pressure IEDs of five kilograms each, planted by CPI-Maoist cadres on the Gangaloor-Mirtur road in Bijapur District (Chhattisgarh) on Saturday. In a separate development, four Maoists, including an area committee member who carried a reward of INR 500,000 on his head, surrendered before the Police in Sukma District.""",
    ["IN"], [], ["strategic"], [], ["CPI-Maoist"],
    "QUIET: IEDs planted and defused (did not explode) and a surrender = no incident; strategic.",
    satp=True)

art("fresh-004", "2025-06-04", None,
    """cadres of the peoples liberation front of india plfi beat to death a supervisor of a road construction company and set ablaze two excavators at the work site in kamdara police station area of gumla district in jharkhand on tuesday night police said the cadres left behind pamphlets demanding levy from the contractor""",
    ["IN"], [("civilian_attack", "IN", "kamdara", 1, False)], [], [], ["plfi"],
    "Lowercase, no punctuation (messy feed). Beating a civilian to death = civilian_attack, 1; arson of machines is part of the same attack. IN via jharkhand (india only inside the org name).",
    satp=True)

art("fresh-005", "2024-05-14", None,
    """Unidentified gunmen shot dead three labourers hailing from Punjab at a construction site in Buleda area of Kech District, Balochistan, on Monday night. In a separate incident in Turbat town of the same District, a hand grenade hurled into a crowded vegetable market injured four persons, including a child.""",
    ["PK"], [("civilian_attack", "PK", "Buleda", 3, False), ("explosion", "PK", "Turbat", None, False)], [], [], [],
    "Two incidents with their own figures: labourers shot dead (civilian_attack, 3); grenade thrown into a market (explosion), only injuries -> null. Punjab here is Pakistan's province (PK either way).",
    satp=True)

art("fresh-006", "2025-04-09", None,
    """The National Investigation Agency (NIA) on Tuesday filed a supplementary chargesheet against three accused before a special court in Jammu in connection with the January 1, 2023 terrorist attack in Dangri village of Rajouri District, in which seven civilians were killed. The agency said the accused had provided shelter and logistics to the two Pakistan-based Lashkar-e-Taiba (LeT) terrorists who carried out the attack.""",
    ["IN", "PK"], [("civilian_attack", "IN", "Dangri", 7, True)], ["strategic"], [], ["National Investigation Agency", "Lashkar-e-Taiba"],
    "QUIET: chargesheet about a 2023 attack; the attack is background (civilian_attack, 7). PK via 'Pakistan-based' (a place reference). Chargesheet = strategic.",
    satp=True)

art("fresh-007", "2025-10-18", None,
    """Four Taliban fighters and six militants of the Islamic State-Khorasan Province (IS-KP) were killed in a clash in Chapa Dara District of Kunar Province on Friday, local sources said. A Taliban spokesman in the province confirmed the fighting but gave no casualty figures.""",
    ["AF"], [("battle", "AF", "Chapa Dara", 10, False)], [], [], ["Islamic State-Khorasan Province", "Taliban"],
    "Clash between two armed groups = battle; 4 + 6 = 10. Country only via the province (Afghanistan never named).",
    satp=True)

art("fresh-008", "2024-12-08", None,
    """One person was killed and at least 25 others were injured in a clash between two factions of the Bangladesh Nationalist Party (BNP) over control of a local bazaar in Sonaimuri upazila of Noakhali District on Saturday, Police said. The victim was hacked to death with sharp weapons as supporters of the rival groups chased each other through the market.""",
    ["BD"], [("riot", "BD", "Sonaimuri", 1, False)], [], [], ["Bangladesh Nationalist Party"],
    "Clash of rival party supporters (mob violence) = riot, 1 dead; 25 injured not counted. BD via Noakhali (Bangladesh otherwise only in the org name).",
    satp=True)

art("fresh-009", "2024-08-26", None,
    """Police arrested three cadres of the Communist Party of Nepal led by Netra Bikram Chand alias Biplav from Liwang in Rolpa District on Sunday on charges of extortion. A socket bomb, two pistols and receipts of 'donations' collected from local traders were recovered from their possession, the District Police Office said.""",
    ["NP"], [], ["strategic"], ["Netra Bikram Chand"], ["Communist Party of Nepal"],
    "QUIET: arrests and a seized socket bomb (not exploded) = strategic. NP via Rolpa/Liwang.",
    satp=True)

art("fresh-010", "2025-08-31", None,
    """a suicide bomber rammed an explosives laden vehicle into a convoy of security forces in mir ali tehsil of north waziristan district on saturday killing five soldiers and injuring 11 others the ispr said the bomber was also killed and the area was cordoned off for a search operation""",
    ["PK"], [("explosion", "PK", "mir ali", 6, False)], [], [], ["ispr"],
    "Lowercase, no punctuation. Suicide car bomb on a convoy = explosion; 5 soldiers + bomber = 6 (perpetrator included when stated). Cordon/search = not coded separately.",
    satp=True)

art("fresh-011", "2026-02-12", None,
    """Security Forces killed four terrorists during an intelligence-based operation (IBO) in the Jani Khel area of Bannu District on Wednesday night, according to the Inter-Services Public Relations (ISPR). Two soldiers were also killed in the exchange of fire, while weapons and ammunition were recovered from the slain militants.""",
    ["PK"], [("battle", "PK", "Jani Khel", 6, False)], [], [], ["Inter-Services Public Relations"],
    "Security-force operation with exchange of fire = battle; 4 militants + 2 soldiers = 6. PK only via Bannu (district name).",
    satp=True)

art("fresh-012", "2024-07-19", None,
    """Eight cadres of the proscribed Kangleipak Communist Party (KCP) were arrested and a large cache of arms and explosives was recovered during a joint operation by the Assam Rifles and Manipur Police in Imphal East District on Thursday. Separately, four militants of an unidentified outfit surrendered with their weapons before the Churachandpur District Police.""",
    ["IN"], [], ["strategic"], [], ["Kangleipak Communist Party", "Assam Rifles", "Manipur Police"],
    "QUIET: arrests, recovery, surrender = strategic. 'Assam Rifles' is an org name (Assam is an Indian state anyway).",
    satp=True)

# ---------------------------------------------------------------------------------------------
# Wire-style articles
# ---------------------------------------------------------------------------------------------

art("fresh-013", "2025-06-17",
    "Burkina Faso: soldiers killed in attack on army post, villagers massacred in separate raid",
    """
    OUAGADOUGOU (Reuters) - Islamist militants attacked an army detachment in the rural commune of Sollé in Burkina Faso's northern Loroum province on Sunday, killing 14 soldiers and auxiliary fighters, three security sources said on Tuesday.

    The attackers, who arrived on motorbikes and pick-up trucks shortly after dawn, overran part of the base before troops backed by air support pushed them back, the sources said. An army statement read on state television said "dozens of assailants" had been killed during the counter-offensive, without giving the army's own losses.

    A day later, on Monday, gunmen killed at least nine civilians, among them a village chief and his two sons, in the village of Bouro in the Boucle du Mouhoun region, two residents told Reuters by phone. "They gathered the men near the mosque and opened fire," one of them said, asking not to be named for fear of reprisals.

    No group claimed either attack, but Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al Qaeda's affiliate in the Sahel, is active in both areas. Last month, JNIM fighters killed more than 30 soldiers in an assault on a military camp at Diapaga in the east.

    The junta led by Captain Ibrahim Traore, which seized power in 2022, has promised to reclaim territory from the militants and has recruited tens of thousands of civilian volunteers, known as VDP, to fight alongside the army. Violence linked to the insurgency has killed thousands of people and displaced more than two million since 2015.

    The government's communication ministry did not respond to a request for comment.
    """,
    ["BF"],
    [("battle", "BF", "Sollé", 26, False), ("civilian_attack", "BF", "Bouro", 9, False), ("battle", "BF", "Diapaga", 30, True)],
    [], ["Ibrahim Traore"], ["Reuters", "Jama'at Nusrat al-Islam wal-Muslimin", "JNIM", "VDP"],
    "Sollé: 14 soldiers/auxiliaries + 'dozens of assailants' (12) = 26 (sum across clauses, vague quantity coded 12). Bouro massacre = civilian_attack, 9. Diapaga 'last month' = background battle, 30. 'Thousands killed since 2015' = aggregate. Sahel = region.")

art("fresh-014", "2024-10-22",
    "Ten Niger soldiers killed in ambush near Mali border",
    """
    NIAMEY, Oct 22 (AFP) - Ten Nigerien soldiers were killed and three wounded when their patrol was ambushed near the commune of Anzourou in the Tillaberi region, close to the border with Mali, the army said on Tuesday.

    The patrol was returning from escorting a convoy of traders on Sunday afternoon when "a large number of terrorists" on motorcycles opened fire, the defence ministry said in a statement read on national television. Reinforcements were sent and the air force "neutralised dozens of terrorists" in strikes on Monday as the attackers fled toward the Malian border, it added.

    The statement did not say which group was responsible. Both the Islamic State Sahel Province and al Qaeda-linked fighters operate in the area, known as the "three borders" zone where Niger, Mali and Burkina Faso meet.

    Niger's military rulers, who took power in a coup in July 2023, expelled French troops and have turned to Russia for security support. Together with the juntas of Mali and Burkina Faso, they left the ECOWAS regional bloc and formed their own confederation, the Alliance of Sahel States.

    Civil society groups in Tillaberi say attacks on villages and army posts have intensified in recent months and that thousands of residents have fled to the regional capital. Neighbouring Nigeria, which also faces jihadist violence in its northeast, has called for renewed intelligence sharing with Niamey, but relations remain strained.
    """,
    ["NE", "ML", "BF", "FR", "RU", "NG"],
    [("battle", "NE", "Anzourou", 10, False), ("explosion", "NE", None, 12, False)],
    ["diplomacy"], [], ["AFP", "Islamic State Sahel Province", "ECOWAS", "Alliance of Sahel States"],
    "Ambush of a patrol = battle, 10 (3 wounded not counted). Air strikes on the fleeing attackers the next day = separate explosion, 'dozens' -> 12, no place named -> null. TRAP: Nigerien = NE; Nigeria (NG) mentioned only diplomatically. 2023 coup, French expulsion = background. 'Intensified in recent months' = habitual. Nigeria's call for intelligence sharing = diplomacy.")

art("fresh-015", "2025-03-06",
    "Residents say army drone strike killed 20 at wedding in central Mali",
    """
    BAMAKO (Reuters) - A drone strike by Mali's army killed at least 20 civilians, including women and children, at a wedding gathering in the village of Sekou-Daga in the central Bandiagara region on Tuesday evening, three residents and a local official said.

    The army said in a statement on Wednesday that it had carried out "precise strikes" on a gathering of "terrorists" in the area and had killed several of them. It made no mention of civilian casualties.

    "The guests were sitting under the trees when the first explosion came. Then there was a second one," said a relative of the groom who said he lost two cousins. Residents buried the dead on Wednesday morning.

    Mali's military government has increasingly relied on Turkish-made drones and on fighters of Russia's Africa Corps in its campaign against al Qaeda and Islamic State affiliates that control large parts of the countryside. Rights groups have documented several strikes that hit civilians, including one in January near Ségou that killed eight people at a market.

    The U.N. human rights office on Thursday called on the authorities to open a prompt and independent investigation into the Sekou-Daga strike and to publish its findings.

    Jihadist violence has spread from Mali's north to its centre and into neighbouring Burkina Faso and Niger over the past decade, killing thousands.
    """,
    ["ML", "TR", "RU", "BF", "NE"],
    [("explosion", "ML", "Sekou-Daga", 20, False), ("explosion", "ML", "Ségou", 8, True)],
    ["diplomacy"], [], ["Reuters", "Africa Corps"],
    "Drone strike = explosion, 'at least 20' -> 20. January strike near Ségou = background explosion, 8. TR via 'Turkish-made drones', RU via Russia's Africa Corps (state actor). UN call for investigation = diplomacy. Decade of violence = aggregate.")

art("fresh-016", "2025-08-19",
    "Gunmen abduct 35 villagers in Zamfara; seven vigilantes killed in Katsina clash",
    """
    GUSAU, Nigeria - Armed bandits stormed the village of Kairu in the Maru local government area of Zamfara State late on Sunday, abducting at least 35 people, most of them women and children, and killing two men who tried to resist, residents and police said.

    The gunmen, who arrived on about 40 motorcycles, went from house to house for nearly three hours, a resident who escaped into the bush told reporters by phone. "They took my wife and my two daughters. Nobody came to help us," he said.

    Zamfara police spokesman Israel Danladi confirmed the attack and said tactical teams had been deployed to rescue the captives. He did not say whether a ransom had been demanded.

    In neighbouring Katsina State, seven members of the Katsina Community Watch Corps were killed on Monday when they clashed with a gang of bandits near Danmusa, a local council official said. Several bandits were also killed, he added, without giving a figure.

    Gangs that kidnap for ransom and raid villages have for years terrorised Nigeria's northwest, and rights groups estimate that thousands of people have been abducted in the region since 2021. The federal government has launched several military operations against them, with limited success.
    """,
    ["NG"],
    [("civilian_attack", "NG", "Kairu", 2, False), ("battle", "NG", "Danmusa", 7, False)],
    ["strategic"], ["Israel Danladi"], ["Katsina Community Watch Corps"],
    "Mass abduction with two killed = civilian_attack, 2 (35 abducted are not deaths). Vigilantes vs bandits = battle, 7 ('several bandits' unquantified, not added). TRAP: spokesman 'Israel Danladi' is a person -> no IL. Deployment of tactical teams = strategic. Years of raids / abduction estimates = aggregate.")

art("fresh-017", "2024-11-25",
    "Suicide bombers kill six at market in Cameroon's Far North",
    """
    MAROUA, Cameroon (AP) - Two suicide bombers blew themselves up at a crowded weekly market in Mozogo, in the Mayo-Tsanaga department of Cameroon's Far North region, on Sunday, killing six civilians as well as themselves, local officials said.

    At least 17 people were wounded and taken to the district hospital, which appealed for blood donors. A local administrator, Abdoulaye Ndjidda, said the bombers were young women who had mingled with traders before detonating their explosives.

    Hours earlier, militants attacked a military post in Kolofata, close to the Nigerian border, but were repelled after a gunfight that lasted about an hour, a security source said. One soldier was killed.

    On Saturday, inmates rioted at the central prison in Maroua, the regional capital, over food rations and overcrowding, setting fire to mattresses and an administrative block. Two inmates were killed when guards opened fire to restore order, the prison administration said.

    No group claimed responsibility for the attacks. Boko Haram and its rival, the Islamic State West Africa Province, have carried out frequent raids into Cameroon from bases in Nigeria's Borno State and around Lake Chad.

    The Far North has suffered attacks since 2014, when the insurgency that began in northeast Nigeria spilled across the border. Local vigilance committees, armed mostly with bows and hunting rifles, help the army guard villages.
    """,
    ["CM", "NG"],
    [("explosion", "CM", "Mozogo", 8, False), ("battle", "CM", "Kolofata", 1, False), ("riot", "CM", "Maroua", 2, False)],
    [], ["Abdoulaye Ndjidda"], ["AP", "Boko Haram", "Islamic State West Africa Province"],
    "Suicide bombing = explosion; 6 civilians + 2 bombers = 8 (17 wounded not counted). Attack on a military post = battle, 1. Prison riot in Maroua (Saturday, within two days) = riot, 2 inmates killed by guards. Lake Chad is a lake (no TD). Nigeria/Borno = NG mentioned, no incident there. Insurgency since 2014 = general background, not a specific incident.")

art("fresh-018", "2025-05-23",
    "Insurgents hack five to death in Mozambique's Cabo Delgado; troops retake coastal town",
    """
    PEMBA, Mozambique (Reuters) - Islamic State-linked insurgents hacked five villagers to death and torched dozens of homes in the village of Ntoli in Muidumbe district of Mozambique's northern Cabo Delgado province on Tuesday night, a local official and two residents said.

    Survivors fled into the bush and walked to the district headquarters, where they said the attackers had accused the victims of informing the army. Photographs shared by residents showed burned-out huts and a destroyed grain store.

    Separately, Mozambican and Rwandan troops recaptured the town of Mucojo from the rebels on Thursday after two days of fighting, a military source said, adding that 11 insurgents were killed and that government forces suffered "some losses". The insurgents had occupied the fishing town in Macomia district early this month.

    Rwanda has deployed several thousand soldiers and police to the province since 2021 under a bilateral agreement with Maputo, and they guard the area around the liquefied natural gas project led by French energy group TotalEnergies near Palma.

    The insurgency, which started in 2017, has killed more than 6,000 people and displaced over a million, according to conflict monitors.
    """,
    ["MZ", "RW", "FR"],
    [("civilian_attack", "MZ", "Ntoli", 5, False), ("battle", "MZ", "Mucojo", 11, False)],
    [], [], ["Reuters", "TotalEnergies"],
    "Villagers hacked to death = civilian_attack, 5 (arson part of the same raid). 'Recaptured the town from the rebels after two days of fighting' = battle, 11 insurgents ('some losses' not numeric). Occupation early in the month is not described as fighting -> not listed. FR via 'French energy group'. 6,000 since 2017 = aggregate.")

art("fresh-019", "2024-09-12",
    "Drone strike on minibus kills 11 in Ethiopia's Amhara, witnesses say",
    """
    ADDIS ABABA, Sept 12 (Reuters) - A drone strike hit a minibus on a road outside the town of Finote Selam in Ethiopia's Amhara region on Tuesday, killing 11 passengers, two witnesses and a health worker said.

    The passengers, who included traders heading to a market and a mother with her infant, were killed instantly, one witness said. "There were no fighters in the vehicle, only ordinary people," he said by telephone.

    On the same day, heavy fighting broke out between Fano militiamen and federal troops in the town of Debre Markos, about 100 km to the east, residents said. Shops and banks stayed closed and gunfire could be heard through the night. No casualty figures were available.

    The Ethiopian National Defense Force and a government spokesperson did not respond to requests for comment. The government has previously denied targeting civilians and says its operations are aimed at "extremist" armed groups.

    Fighting between the army and Fano, a loose network of ethnic Amhara militias that fought alongside federal forces during the war in neighbouring Tigray, erupted in August 2023 after Prime Minister Abiy Ahmed's government moved to disband regional forces. The United Nations says hundreds of civilians have been killed in drone strikes in the region since then.
    """,
    ["ET"],
    [("explosion", "ET", "Finote Selam", 11, False), ("battle", "ET", "Debre Markos", None, False)],
    [], ["Abiy Ahmed"], ["Reuters", "Fano", "Ethiopian National Defense Force", "United Nations"],
    "Drone strike = explosion, 11. Fano vs federal troops = battle, no figure -> null. Tigray is an Ethiopian region ('neighbouring' within ET). Outbreak in Aug 2023 and UN 'hundreds since then' = general background/aggregate, not listed.")

art("fresh-020", "2025-11-04",
    "Ethiopia and Oromo rebels resume peace talks in Tanzania",
    """
    DAR ES SALAAM, Nov 4 (AFP) - Ethiopia's government and the rebel Oromo Liberation Army (OLA) resumed peace talks in Tanzania on Tuesday, more than two years after their last round collapsed without agreement, mediators said.

    The talks in Dar es Salaam are facilitated by the Intergovernmental Authority on Development (IGAD), with observers from Kenya and Norway. Government negotiator Temesgen Alemu told reporters his delegation had come "with an open heart", while an OLA representative said the group wanted guarantees on the release of detained members before discussing disarmament.

    The OLA, which the government designates a terrorist organisation, has fought federal forces in the Oromia region for years. Both sides accuse each other of atrocities against civilians. In June, gunmen killed at least 17 villagers in Gida Kiremu district of western Oromia, an attack the regional administration blamed on the rebels, who denied involvement.

    Earlier rounds of talks, held in Zanzibar in 2023, ended over disagreements on power-sharing and the future of OLA fighters. Analysts say a deal would free Prime Minister Abiy Ahmed to concentrate on the conflict with Fano militias in the neighbouring Amhara region.

    "Both parties understand that there is no military solution," said an IGAD official, who declined to be named. The talks are expected to last two weeks.
    """,
    ["ET", "TZ", "KE", "NO"],
    [("civilian_attack", "ET", "Gida Kiremu", 17, True)],
    ["diplomacy"], ["Temesgen Alemu", "Abiy Ahmed"], ["Oromo Liberation Army", "OLA", "Intergovernmental Authority on Development", "IGAD", "AFP"],
    "QUIET: peace talks = diplomacy. June massacre in Gida Kiremu = background civilian_attack, 17. Zanzibar (TZ) talks 2023 = past, not an incident. KE/NO via observers.")

art("fresh-021", "2025-02-10",
    "Al-Shabaab storms army base in central Somalia; US says strike kills militants",
    """
    MOGADISHU, Feb 10 (Reuters) - Al-Shabaab militants attacked a Somali army base in the town of Moqokori in the Hiiraan region early on Sunday, detonating a car bomb at the gate before fighters stormed the compound, military officials said.

    Seven soldiers were killed and 15 militants died in the fighting that followed, army commander Colonel Abdirahman Gedi told state radio. Al-Shabaab said in a statement on its Andalus radio that it had killed "dozens" of soldiers and seized weapons, a claim that could not be independently verified.

    The base was retaken by government forces and allied clan militias by mid-morning, residents said.

    Separately, U.S. Africa Command said an air strike on Saturday near Jilib in the Middle Juba region had killed three al-Shabaab fighters. It said no civilians were harmed.

    Al-Shabaab, which is linked to al Qaeda, has fought for more than 17 years to topple Somalia's central government. It was pushed out of Mogadishu in 2011 but still controls swathes of the countryside and regularly carries out bombings in the capital. An African Union force that includes troops from Kenya, Ethiopia and Uganda supports the Somali army.
    """,
    ["SO", "US", "KE", "ET", "UG"],
    [("explosion", "SO", "Moqokori", 22, False), ("explosion", "SO", "Jilib", 3, False)],
    [], ["Abdirahman Gedi"], ["Reuters", "Al-Shabaab", "U.S. Africa Command", "African Union"],
    "Base attack begins with a car bomb at the gate, then assault = one incident typed by the first-named mechanism (explosion); 7 soldiers + 15 militants = 22 (al-Shabaab's 'dozens' claim not used: the army's specific figures are given). US air strike = explosion, 3. Retaking the base is part of the same incident. KE/ET/UG via AU contributors.")

art("fresh-022", "2025-02-14",
    "Death toll from militia attack on Congo displacement camp rises to 23",
    """
    BUNIA, Democratic Republic of Congo, Feb 14 (Reuters) - The death toll from an attack by CODECO militiamen on a camp for displaced people in Congo's northeastern Ituri province has risen to 23, a local civil society leader said on Friday, up from 12 reported on Wednesday.

    Militiamen armed with machetes and guns raided the Lala displacement site in Djugu territory late on Tuesday, setting shelters on fire and attacking residents as they tried to flee, said Dieudonne Lossa, who heads a civil society group in the territory. More bodies were found in the surrounding bush on Thursday, he said.

    The army said it had sent reinforcements to the area. The U.N. peacekeeping mission, MONUSCO, condemned the attack and said its troops had evacuated several wounded people to a hospital in Bunia.

    CODECO, an association of militias drawn mainly from the Lendu community, has been accused by the United Nations of crimes against humanity over repeated attacks on Hema civilians and on displacement camps. Last month, fighters of the Allied Democratic Forces, an armed group with roots in Uganda, killed at least 18 people in an attack on villages in neighbouring Irumu territory.

    Eastern Congo has been wracked by violence involving more than 100 armed groups for three decades. The M23 rebel group, which Kinshasa and U.N. experts say is backed by Rwanda, seized the North Kivu capital Goma last month.
    """,
    ["CD", "UG", "RW"],
    [("civilian_attack", "CD", "Lala", 23, False), ("civilian_attack", "CD", "Irumu", 18, True)],
    ["strategic", "diplomacy"], ["Dieudonne Lossa"], ["Reuters", "CODECO", "MONUSCO", "Allied Democratic Forces", "M23", "United Nations"],
    "REVISED TOLL: 12 -> 23, latest figure used. Last month's ADF attack in Irumu = background civilian_attack, 18. M23 seizure of Goma last month = background seizure with no fighting described -> strategic-type, not an incident, not listed. Reinforcements = strategic; MONUSCO condemnation = diplomacy. UG via 'roots in Uganda'; RW via 'backed by Rwanda'.")

art("fresh-023", "2025-04-03",
    "Gangs storm central Haiti town, killing 15; mob lynches suspected gang members in capital",
    """
    PORT-AU-PRINCE, Haiti (AP) - Gang members stormed the town of Saut-d'Eau in Haiti's Centre department before dawn on Wednesday, killing at least 15 residents and setting fire to dozens of homes and a police station, local officials said.

    Police officers and members of the Kenyan-led multinational security mission exchanged fire with the gunmen for several hours, and one police officer was killed, the national police said in a statement. Hundreds of residents fled on foot toward the neighbouring town of Mirebalais.

    "They came shooting at everyone, even children," said a woman who escaped with her three grandchildren. She asked that her name not be used.

    In the capital, a crowd in the Canape-Vert neighbourhood on Wednesday afternoon beat, stoned and set ablaze three men they accused of being members of a gang that had been extorting local businesses, witnesses said. Police arrived after the men were dead.

    The attacks are the latest in a surge of violence by the Viv Ansanm gang coalition, which controls most of Port-au-Prince and has been expanding into rural areas. The United Nations has repeatedly warned that the mission, staffed mainly by Kenyan police, lacks the personnel and equipment to contain the gangs.
    """,
    ["HT", "KE"],
    [("civilian_attack", "HT", "Saut-d'Eau", 15, False), ("battle", "HT", "Saut-d'Eau", 1, False), ("riot", "HT", "Canape-Vert", 3, False)],
    [], [], ["AP", "Viv Ansanm", "United Nations"],
    "Gang attack on residents = civilian_attack, 15. Police/mission firefight with the gang = separate battle, 1 (police officer). Lynching by a crowd = riot (mob violence), 3. KE via 'Kenyan-led'. 'Surge of violence' = habitual.")

art("fresh-024", "2025-01-20",
    "Gunmen kill six at birthday party in Culiacan; U.S. tourist shot dead in Acapulco",
    """
    CULIACAN, Mexico, Jan 20 (Reuters) - Gunmen burst into a birthday party in the Aguaruto district on the outskirts of Culiacan, capital of Mexico's Sinaloa state, late on Saturday and opened fire, killing six people including a 15-year-old girl, state prosecutors said.

    Three other guests were wounded. The attackers fled in two pick-up trucks and no arrests had been made by Sunday evening, the prosecutor's office said in a statement.

    Culiacan has been gripped by violence since September 2024, when a war broke out between rival factions of the Sinaloa Cartel following the arrest of its co-founder Ismael "El Mayo" Zambada in the United States. Schools have repeatedly closed and residents avoid going out at night.

    In the southern state of Guerrero, a tourist from Savannah, Georgia, was shot dead outside a bar in the Pacific resort of Acapulco early on Sunday, local authorities said. The 34-year-old American had been on holiday with friends, they said. Guerrero prosecutors said they were investigating whether he had been mistaken for someone else.

    The U.S. State Department advises Americans not to travel to Sinaloa and Guerrero because of crime and kidnapping. On Monday, the U.S. embassy in Mexico City issued a renewed security alert for citizens in Guerrero.
    """,
    ["MX", "US"],
    [("civilian_attack", "MX", "Aguaruto", 6, False), ("civilian_attack", "MX", "Acapulco", 1, False)],
    ["strategic"], ['Ismael "El Mayo" Zambada'], ["Reuters", "Sinaloa Cartel", "U.S. State Department"],
    "Party shooting = civilian_attack, 6 (3 wounded not counted). American tourist shot = civilian_attack in MX, 1. TRAP: 'Savannah, Georgia' is the US state -> no GE. Faction war since Sept 2024 = general background. Embassy security alert = strategic (embassy in Mexico City is no incident).")

art("fresh-025", "2025-07-15",
    "ELN drone attack kills two soldiers in Colombia's Catatumbo; clashes with dissidents leave eight dead",
    """
    CUCUTA, Colombia (AFP) - Two Colombian soldiers were killed on Monday when drones operated by the National Liberation Army (ELN) dropped explosives on a military base in the rural area of Tibu, in the Catatumbo region near the Venezuelan border, the army said.

    Four other soldiers were wounded and evacuated by helicopter to Cucuta, the capital of Norte de Santander department. The army said it had responded with artillery fire but gave no details.

    Separately, eight people were killed in clashes between ELN guerrillas and dissidents of the former FARC's 33rd Front in a village of the municipality of Teorama on Sunday, the regional ombudsman's office said. It was not clear how many of the dead were fighters.

    The ELN and the dissidents have been fighting for control of coca fields and smuggling routes into Venezuela since January, when an ELN offensive in Catatumbo forced tens of thousands of people from their homes. Authorities say more than 80 people have been killed in the region this year.

    President Gustavo Petro, who suspended peace talks with the ELN after the offensive, said on X that the drone attacks amounted to "terrorism" and ordered more troops to the area. The ELN did not comment.
    """,
    ["CO", "VE"],
    [("explosion", "CO", "Tibu", 2, False), ("battle", "CO", "Teorama", 8, False)],
    ["strategic"], ["Gustavo Petro"], ["AFP", "National Liberation Army", "ELN", "FARC"],
    "Drone-dropped explosives on a base = explosion, 2 (4 wounded not counted). Army's artillery response: no place/toll distinct -> not listed separately. Rival armed groups clash = battle, 8. January offensive and 'more than 80 this year' = background/aggregate (offensive not a single incident). Troop deployment = strategic; Petro's statement is domestic (not diplomacy).")

art("fresh-026", "2024-12-02",
    "Four Philippine soldiers killed in Lanao del Sur ambush",
    """
    MARAWI CITY, Philippines - Four soldiers and two suspected militants were killed when gunmen ambushed an army patrol in a remote village of Piagapo town in Lanao del Sur province on the southern island of Mindanao on Saturday, the military said.

    The soldiers from the army's 103rd Infantry Brigade were checking reports of armed men in the area when they came under fire, brigade spokesman Captain Roel Magbanua said. Troops recovered two rifles and a grenade launcher from the site.

    The military blamed the remnants of the Dawlah Islamiyah, a group that pledged allegiance to the Islamic State and took part in the 2017 siege of Marawi, in which more than 1,000 people died.

    In a separate incident on Friday, a clash between armed followers of two commanders of the Moro Islamic Liberation Front (MILF) over a land dispute left three people dead in Datu Hoffer town, Maguindanao del Sur, and forced about 500 families to flee, local officials said. The MILF, which signed a peace deal with Manila in 2014, said it had sent a team to mediate.

    Violence has persisted in parts of Mindanao despite the creation of the Bangsamoro autonomous region, which is due to hold its first parliamentary elections next year.
    """,
    ["PH"],
    [("battle", "PH", "Piagapo", 6, False), ("battle", "PH", "Datu Hoffer", 3, False), ("battle", "PH", "Marawi", 1000, True)],
    [], ["Roel Magbanua"], ["103rd Infantry Brigade", "Dawlah Islamiyah", "Moro Islamic Liberation Front", "MILF"],
    "Ambush of soldiers = battle, 4 soldiers + 2 militants = 6. Clash between armed followers of rival commanders = battle, 3 (500 families displaced not deaths). 2017 Marawi siege = background battle, 'more than 1,000' -> 1000. Datu Hoffer clash was on Friday, three days before the Monday story, but is reported as news in a separate-incident paragraph -> current (judgment). Mediation team = not coded (internal). Manila = PH.")

art("fresh-027", "2025-11-18",
    "Myanmar junta air strike kills 21 in Sagaing village; Arakan Army takes army base",
    """
    BANGKOK (AP) - A Myanmar military air strike on a village in the central Sagaing region killed 21 people, including eight children, on Sunday, according to a local resistance group and a member of a village relief committee.

    A fighter jet dropped two bombs on Kyauk Sein village in Kani township as residents were gathering for a monastery festival, the relief committee member said by phone. Dozens more were wounded. The account could not be independently verified, and the military government did not respond to requests for comment.

    In western Rakhine state, the ethnic Arakan Army said on Monday that its fighters had captured the last army battalion headquarters in Ann township after more than three weeks of fighting. It said it had taken more than 100 soldiers prisoner. The military did not comment.

    The army seized power in February 2021, ousting the elected government of Aung San Suu Kyi, and has since faced armed resistance across much of the country. Senior General Min Aung Hlaing's government has relied increasingly on air power, and the shadow National Unity Government says air strikes have killed thousands of civilians.

    China, which has large investments in Rakhine including a deep-sea port project, has urged all sides to protect its projects and has pressed ethnic armed groups along its border to reach ceasefires with the military.
    """,
    ["MM", "TH", "CN"],
    [("explosion", "MM", "Kyauk Sein", 21, False), ("battle", "MM", "Ann", None, False)],
    ["diplomacy"], ["Aung San Suu Kyi", "Min Aung Hlaing"], ["AP", "Arakan Army", "National Unity Government"],
    "Air strike = explosion, 21 ('dozens more were wounded' not deaths). Capture of a base after weeks of fighting = battle, no death figure (100 prisoners not deaths). TH via BANGKOK dateline (place reference). 2021 coup = background strategic, not an incident. Air-strike aggregate = not listed. China urging sides = diplomacy.")

art("fresh-028", "2025-04-28",
    "Syrian rescuers exhume mass grave linked to 2014 tribal massacre",
    """
    DEIR EZ-ZOR, Syria - Syrian civil defence teams have begun exhuming a mass grave near the village of Abu Hamam in the eastern province of Deir ez-Zor, believed to contain the remains of members of the Shaitat tribe killed by Islamic State militants more than a decade ago, officials said on Monday.

    At least 42 bodies had been recovered by Sunday evening, said a spokesman for the Syria Civil Defence, widely known as the White Helmets. Relatives waited behind a tape barrier as workers in white suits lifted remains from the sandy soil and placed them in numbered bags.

    In August 2014, Islamic State fighters killed some 700 members of the Shaitat tribe in Abu Hamam, Kishkiyeh and nearby villages after the tribe rose up against the group. Many victims were shot or beheaded in public.

    Syria's new authorities, who took over after the fall of Bashar al-Assad in December, have set up a commission to locate and identify victims buried in dozens of mass graves across the country, from the Islamic State era and from the Assad government's prisons.

    "We have waited eleven years to bury our sons," said Khalil al-Hamad, 61, who lost two sons and a brother in the massacre. "Now at least we can know where they are."
    """,
    ["SY"],
    [("civilian_attack", "SY", "Abu Hamam", 700, True)],
    ["strategic"], ["Bashar al-Assad", "Khalil al-Hamad"], ["Syria Civil Defence", "White Helmets", "Islamic State"],
    "QUIET: exhumation of a mass grave is not an incident; the 2014 Shaitat massacre is background civilian_attack ('some 700' -> 700; several villages, first named used). 42 bodies recovered = not deaths of a current event. Commission set up = strategic. Fall of Assad = background.")

art("fresh-029", "2025-09-08",
    "Two Iraqi soldiers killed in Islamic State attack in Kirkuk; Turkish drone hits car near Sinjar",
    """
    KIRKUK, Iraq, Sept 8 (Reuters) - Islamic State militants attacked an Iraqi army position in the Wadi al-Shay valley south of Kirkuk late on Sunday, killing two soldiers and wounding three in a firefight that lasted more than an hour, two security officials said.

    The army said troops killed one of the attackers and that a search was under way for the others. The valley, a rugged area of orchards and caves, has long served as a hideout for Islamic State remnants.

    On Monday, a drone strike hit a car near the town of Sinjar in northwestern Nineveh province, killing three members of the Sinjar Resistance Units, a Yazidi armed group that Ankara says is affiliated with the Kurdistan Workers' Party (PKK), a local official said. Turkey's defence ministry said separately that it had "neutralised" PKK members in northern Iraq, without giving details.

    Iraq's foreign ministry summoned the Turkish charge d'affaires in Baghdad to protest what it called a violation of Iraqi sovereignty.

    Although Islamic State was territorially defeated in Iraq in 2017, it continues to carry out sporadic attacks on security forces, mainly in the provinces of Kirkuk, Salahuddin and Diyala.
    """,
    ["IQ", "TR"],
    [("battle", "IQ", "Wadi al-Shay", 3, False), ("explosion", "IQ", "Sinjar", 3, False)],
    ["diplomacy"], [], ["Reuters", "Islamic State", "Sinjar Resistance Units", "Kurdistan Workers' Party"],
    "Attack on an army position with firefight = battle: 2 soldiers + 1 attacker = 3. Drone strike = explosion in IQ (Turkish drone; Ankara/Turkey = TR mentioned, incident in IQ), 3. Turkish ministry 'neutralised' statement = unspecified, not listed separately. Summons = diplomacy. 'Sporadic attacks' = habitual.")

art("fresh-030", "2025-05-06",
    "Houthi shelling kills two children in Taiz; U.S. strikes hit port north of Hodeidah",
    """
    ADEN, Yemen (AFP) - Two children were killed and their mother was wounded when a shell fired by Houthi rebels struck their home in the Usifrah neighbourhood of the southwestern city of Taiz on Sunday, a local official and a medic said.

    Taiz, Yemen's third-largest city, has been besieged by the Iran-backed Houthis for most of the decade-long war, and residents of its government-held districts are frequently hit by sniper fire and shelling from the surrounding hills.

    Separately, the Houthi-run health ministry said late on Sunday that U.S. air strikes on the Salif port area on the Red Sea coast north of Hodeidah had killed 12 people and wounded 30, most of them port workers. The U.S. military said it had struck fuel storage and Houthi "command and control" sites but did not comment on casualties.

    The United States has carried out hundreds of strikes on Houthi targets since the rebels began attacking shipping in the Red Sea and firing missiles toward Israel, which they say is in solidarity with Palestinians in Gaza.

    The United Nations envoy for Yemen, Hans Grundberg, called on all parties to "exercise maximum restraint" and to protect civilians and civilian infrastructure.
    """,
    ["YE", "IR", "US", "IL", "PS"],
    [("explosion", "YE", "Usifrah", 2, False), ("explosion", "YE", "Salif", 12, False)],
    ["diplomacy"], ["Hans Grundberg"], ["AFP", "Houthis", "United Nations"],
    "Shelling of a home = explosion, 2. US air strikes on Salif port = explosion, 12 (30 wounded not counted). 'Hundreds of strikes since...' = aggregate; missile fire toward Israel and shipping attacks = habitual, not listed. Red Sea = sea, not a country. UN envoy call = diplomacy.")

art("fresh-031", "2025-01-15",
    "Sudan's RSF killed more than 100 in Gezira village, activists say",
    """
    CAIRO, Jan 15 (Reuters) - Fighters of Sudan's paramilitary Rapid Support Forces (RSF) killed more than 100 people in an attack on the village of Um Adara in the al-Managil locality of Gezira state on Monday, a local activist group said on Wednesday.

    The Wad Madani Resistance Committee said RSF fighters had surrounded the village after residents refused to hand over young men, then opened fire with heavy machine guns and looted homes. It posted the names of 67 victims and said others had not been identified. Reuters could not verify the account.

    The RSF did not respond to a request for comment. It has previously said such accusations are fabricated by the army and its Islamist allies.

    Separately, the RSF said a drone strike by the Sudanese army had hit the airport in Nyala, the capital of South Darfur state, on Tuesday, destroying a cargo plane. It did not say whether anyone was killed.

    The war between the army, led by General Abdel Fattah al-Burhan, and the RSF, led by General Mohamed Hamdan Dagalo, broke out in April 2023 and has created what the United Nations calls the world's largest humanitarian crisis. Sudan's army-aligned government has accused the United Arab Emirates of arming the RSF, a charge the UAE denies.
    """,
    ["SD", "EG", "AE"],
    [("civilian_attack", "SD", "Um Adara", 100, False), ("explosion", "SD", "Nyala", None, False)],
    [], ["Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo"], ["Rapid Support Forces", "RSF", "Wad Madani Resistance Committee", "Reuters", "United Nations"],
    "Attack on villagers = civilian_attack, 'more than 100' -> 100 (67 named victims is a partial list, the lower bound stated is 100). Drone strike on Nyala airport = explosion, deaths not stated -> null. EG via CAIRO dateline. UAE accusation is a standing charge (habitual, not reported as a new statement) -> no diplomacy listed (judgment). Start of the war = background.")

art("fresh-032", "2025-06-10",
    "Russian glide bombs kill five in Zaporizhzhia; Ukrainian drones hit refinery in Samara region",
    """
    KYIV, June 10 (Reuters) - Russian glide bombs struck an industrial district of the southeastern Ukrainian city of Zaporizhzhia on Monday evening, killing five people and wounding 23, regional governor Ivan Fedorov said on Tuesday, raising an earlier toll of three.

    The bombs damaged a warehouse, a bus depot and several apartment buildings, Fedorov said on Telegram. Rescuers pulled a woman from the rubble overnight.

    Hours later, Ukrainian drones attacked an oil refinery in the town of Novokuibyshevsk in Russia's Samara region, causing a fire at a processing unit, the regional governor Vyacheslav Fedorishchev said. Nobody was hurt, he added. A source in Ukraine's SBU security service told Reuters the agency was behind the attack.

    Russia's defence ministry said its air defences had destroyed 87 Ukrainian drones over nine regions overnight. Ukraine's air force said Russia had launched 104 drones and three missiles at Ukraine, of which 71 drones were shot down.

    Kyiv has stepped up long-range strikes on Russian oil infrastructure this year in an effort to cut Moscow's export revenues, while Russia has intensified its attacks on Ukrainian cities and the power grid.
    """,
    ["UA", "RU"],
    [("explosion", "UA", "Zaporizhzhia", 5, False), ("explosion", "RU", "Novokuibyshevsk", 0, False)],
    [], ["Ivan Fedorov", "Vyacheslav Fedorishchev"], ["Reuters", "SBU"],
    "Glide-bomb strike = explosion; REVISED toll 3 -> 5 (latest). Drone strike on refinery in Russia = explosion in RU, 'Nobody was hurt' -> 0. Nationwide drone/missile tallies = multi-place aggregates, not listed. 'Stepped up strikes this year' = habitual.")

art("fresh-033", "2025-10-27",
    "Settlers torch homes in West Bank village, Palestinian teenager shot dead",
    """
    RAMALLAH, West Bank (AP) - Israeli settlers set fire to homes and cars in the Palestinian village of Turmus Ayya north of Ramallah on Sunday and a 17-year-old Palestinian was shot dead during the attack, the Palestinian Health Ministry said.

    Residents said dozens of settlers, some of them armed, came down from a nearby outpost in the afternoon, throwing stones and firebombs. Video circulated on social media showed a house and at least four cars in flames. The Israeli military said troops were sent to the scene to "disperse the confrontation" and that it was looking into reports that a Palestinian was killed by live fire.

    Earlier on Sunday, Israeli forces raiding the town of Tubas in the northern West Bank exchanged fire with Palestinian militants, killing two of them, the military said. A drone strike later hit a group of men in the nearby Far'a refugee camp, killing one, Palestinian officials said. Hamas said the three dead were members of its armed wing.

    Violence in the occupied West Bank has surged since the war in Gaza began in October 2023. The United Nations humanitarian office says settler attacks have reached the highest level since it began keeping records.

    Israel's foreign ministry did not comment. The Palestinian Authority condemned the settler attack as "organised terrorism" and called on the U.S. administration to intervene.
    """,
    ["PS", "IL", "US"],
    [("civilian_attack", "PS", "Turmus Ayya", 1, False), ("battle", "PS", "Tubas", 2, False), ("explosion", "PS", "Far'a", 1, False)],
    ["diplomacy"], [], ["AP", "Palestinian Health Ministry", "Hamas", "Palestinian Authority", "United Nations"],
    "Settler attack on the village (arson, shooting) = civilian_attack, 1. Raid with exchange of fire = battle, 2 militants. Drone strike = explosion, 1. Surge since Oct 2023 and UN record levels = aggregate. PA condemnation and call on US = diplomacy.")

art("fresh-034", "2025-03-24",
    "Israeli drone strike kills man in south Lebanon despite ceasefire",
    """
    BEIRUT (AFP) - An Israeli drone strike on a car in the southern Lebanese village of Yater killed one man on Monday, Lebanon's health ministry said, the latest in a series of strikes since a ceasefire between Israel and Hezbollah took effect in November.

    The Israeli military said it had targeted a Hezbollah operative who was "attempting to re-establish terrorist infrastructure" in the area. Hezbollah did not immediately comment.

    Lebanese President Joseph Aoun condemned the strike as "a flagrant violation" of the truce and urged the United States and France, which sponsor the ceasefire mechanism, to press Israel to halt its attacks and withdraw from five hilltop positions it still holds inside Lebanon.

    The ceasefire ended more than a year of hostilities that escalated in September last year, when thousands of pagers used by Hezbollah members exploded across Lebanon, killing dozens of people, and Israel launched an intense bombing campaign and ground invasion.

    Under the agreement, the Lebanese army is to deploy in the south and Hezbollah is to withdraw its fighters north of the Litani River. Lebanese troops have since taken over dozens of positions, the army says.
    """,
    ["LB", "IL", "US", "FR"],
    [("explosion", "LB", "Yater", 1, False), ("explosion", "LB", None, 12, True)],
    ["diplomacy", "strategic"], ["Joseph Aoun"], ["AFP", "Hezbollah"],
    "Drone strike on a car = explosion, 1. Sept 2024 pager explosions = background explosion, 'dozens' -> 12, spread across Lebanon -> location null. Bombing campaign/ground invasion = campaign, not listed. Aoun's condemnation = diplomacy; Lebanese army taking over positions = strategic (deployment). Litani = river.")

art("fresh-035", "2025-08-05",
    "Gunmen attack convoy of Chinese engineers in Pakistan's Balochistan; two soldiers killed",
    """
    QUETTA, Pakistan, Aug 5 (Reuters) - Separatist gunmen attacked a convoy carrying Chinese engineers near the Pishukan area of Gwadar district in southwestern Pakistan on Tuesday, killing two soldiers escorting the vehicles, police and the military said. Four attackers were killed in the exchange of fire.

    None of the Chinese nationals was hurt and they were taken to a secure compound in Gwadar town, a police official said. The outlawed Balochistan Liberation Army (BLA) claimed responsibility in a statement to the media.

    The Chinese embassy in Islamabad condemned the attack and urged Pakistan to "hunt down the perpetrators and take effective measures to protect Chinese personnel and projects". Pakistan's foreign office said Islamabad remained committed to the security of Chinese citizens.

    Thousands of Chinese work in Pakistan on projects linked to the China-Pakistan Economic Corridor (CPEC), part of Beijing's Belt and Road Initiative. They have repeatedly been targeted by militants. In March last year, a suicide bomber rammed a vehicle carrying Chinese engineers near Besham in Shangla district, killing five Chinese and their Pakistani driver.

    Separately, militants blew up a gas pipeline in the Sui area of Dera Bugti district late on Monday, suspending supplies to parts of the province. No one was hurt, officials said.

    Baloch separatists accuse Islamabad and Beijing of exploiting the province's gas and mineral wealth without benefiting local people.
    """,
    ["PK", "CN"],
    [("battle", "PK", "Pishukan", 6, False), ("explosion", "PK", "Sui", 0, False), ("explosion", "PK", "Besham", 6, True)],
    ["diplomacy"], [], ["Reuters", "Balochistan Liberation Army", "BLA", "China-Pakistan Economic Corridor"],
    "Attack on an escorted convoy with exchange of fire = battle; 2 soldiers + 4 attackers = 6. TRAP: Chinese embassy in Islamabad / Chinese victims -> CN mentioned, incident in PK. Pipeline 'blew up' by militants = explosion, 'No one was hurt' -> 0 (location Sui, the area within Dera Bugti district). Besham suicide bombing 'in March last year' = background explosion, 5 + 1 = 6. Embassy condemnation / foreign office statement = diplomacy.")

art("fresh-036", "2025-05-22",
    "Security forces kill 12 Maoists in Chhattisgarh gunfight; one commando dies",
    """
    RAIPUR, May 22 (PTI) - Security forces killed 12 Maoists in a gunfight in the forests of the Indravati National Park area in Chhattisgarh's Bijapur district on Wednesday, police said, while a commando of the state's District Reserve Guard (DRG) was also killed.

    The encounter began in the morning when a joint team of the DRG, the Special Task Force and the Central Reserve Police Force's CoBRA unit, acting on intelligence about a gathering of senior cadres, was fired upon, Bastar range Inspector General of Police Sundarraj P said. Exchanges of fire continued intermittently for about eight hours. Two other jawans were injured and have been airlifted to Raipur.

    Twelve bodies, along with an AK-47 rifle, two self-loading rifles and a cache of explosives, were recovered from the spot, he said. The identities of the dead were being established.

    With the latest encounter, 197 Maoists have been killed in the state since January, according to police figures. Union Home Minister Amit Shah has set a deadline of March 2026 to end Left Wing Extremism in the country, and the forces have set up dozens of new camps deep inside areas once controlled by the rebels.

    Chief Minister Vishnu Deo Sai congratulated the forces on the operation. Human rights groups have questioned some of the encounters, saying villagers have been among those killed.
    """,
    ["IN"],
    [("battle", "IN", "Indravati National Park", 13, False)],
    [], ["Sundarraj P", "Amit Shah", "Vishnu Deo Sai"], ["PTI", "District Reserve Guard", "Central Reserve Police Force", "Special Task Force"],
    "Encounter = battle; 12 Maoists + 1 commando = 13 (2 injured not counted). CAMPAIGN TOTAL: '197 Maoists killed since January' is an aggregate, not this incident's toll. New camps = general background, not a news event.")

art("fresh-037", "2024-11-19",
    "Mob torches houses of Manipur legislators as anger grows over killings; curfew clamped in Imphal",
    """
    IMPHAL, Nov 19 - A mob set ablaze the houses of two legislators and vandalised the residence of a minister in Imphal West district on Monday evening, prompting the Manipur government to impose an indefinite curfew in the valley districts and suspend mobile internet services.

    The protesters, demanding action against the militants they blame for a series of killings in Jiribam district, broke through police barricades at Sagolband and Keishampat before setting fire to furniture and vehicles, officials said. Security forces fired tear gas shells and several people were injured. One protester, a 22-year-old, died of bullet wounds in hospital overnight, his family said.

    Earlier in the day, thousands of women had taken out a peaceful candlelight march from Khwairamband market to the Raj Bhavan, carrying portraits of the victims.

    In a separate incident on Monday, armed men fired from the hills on farmers working in paddy fields at Phubala in Bishnupur district, injuring two of them, police said. Security forces returned fire.

    Manipur has been hit by ethnic violence between the Meitei and Kuki-Zo communities since May last year, in which more than 250 people have been killed and some 60,000 displaced. The Centre has rushed additional companies of central armed police forces to the state, and officials said militants crossing from Myanmar were adding to the unrest.
    """,
    ["IN", "MM"],
    [("riot", "IN", "Imphal West", 1, False), ("protest", "IN", "Khwairamband", None, False), ("civilian_attack", "IN", "Phubala", None, False)],
    ["strategic"], [], [],
    "Arson of legislators' houses by a mob = riot; one protester died of bullet wounds -> 1; location: the district is the most specific for the whole riot (Sagolband/Keishampat are barricade points; judgment). Candlelight march = protest, null. Firing on farmers = civilian_attack, only injuries -> null. Curfew, internet suspension, reinforcements = strategic. 250 killed since May last year = aggregate. MM via 'crossing from Myanmar'.")

art("fresh-038", "2025-09-15",
    "Army defuses powerful IED on Jammu-Poonch highway, two arrested",
    """
    JAMMU, Sept 15 - A major tragedy was averted on Monday when the Army detected and defused a powerful improvised explosive device (IED) planted along the Jammu-Poonch national highway near Bhimber Gali in Poonch district, officials said.

    A road opening party spotted a suspicious pressure cooker hidden in a culvert early in the morning, and the bomb disposal squad destroyed it in a controlled explosion around noon, they said. Traffic on the highway was suspended for four hours.

    Hours later, police arrested two over-ground workers from Mendhar who allegedly helped transport the explosives, a senior police officer said. He said the men were in touch with handlers across the Line of Control in Pakistan-occupied Kashmir and that the module had planned to target an Army convoy.

    The recovery comes days after The Resistance Front, a proxy of the Lashkar-e-Taiba, issued an online threat of attacks on security forces in the Pir Panjal region. Security has been stepped up along the highway and in the twin border districts of Rajouri and Poonch ahead of the festival season.

    India's Ministry of External Affairs has repeatedly accused Pakistan of sponsoring cross-border terrorism, a charge Islamabad denies.
    """,
    ["IN", "PK"],
    [],
    ["strategic"], [], ["The Resistance Front", "Lashkar-e-Taiba", "Ministry of External Affairs"],
    "QUIET: IED found and destroyed in a controlled explosion (no attack), arrests, online threat, security stepped up = strategic only. 'Repeatedly accused' = habitual, not a new diplomatic event (no diplomacy listed). PK via 'Pakistan-occupied Kashmir'/'Islamabad'.")

art("fresh-039", "2024-12-26",
    "Taliban say Pakistani air strikes kill 15 in Paktika; border posts attacked",
    """
    KABUL, Dec 26 (AFP) - Pakistani air strikes on villages in the Barmal district of Afghanistan's eastern Paktika province killed at least 15 people, most of them women and children, the Taliban government said on Wednesday, vowing to retaliate.

    A Taliban spokesman said the jets had struck several homes late on Tuesday and that the victims were refugees who had fled military operations on the Pakistani side of the border. Pakistan's military did not confirm the strikes, but a security official in Islamabad said they had targeted hideouts of the Tehreek-e-Taliban Pakistan (TTP).

    On Thursday, Afghan forces attacked several Pakistani border posts in the Kurram district of Khyber Pakhtunkhwa, triggering heavy exchanges of fire that lasted into the night, Pakistani officials said. They said one Pakistani soldier and "several" Afghan fighters were killed.

    In Kabul, hundreds of protesters gathered outside the Pakistani embassy on Thursday, chanting slogans and throwing stones at the building before Taliban security forces dispersed them. No injuries were reported.

    Afghanistan's foreign ministry summoned Pakistan's charge d'affaires to lodge a protest. Relations between the neighbours have deteriorated over Islamabad's accusation that the Taliban shelter TTP militants who carry out attacks inside Pakistan.
    """,
    ["AF", "PK"],
    [("explosion", "AF", "Barmal", 15, False), ("battle", "PK", "Kurram", 1, False), ("riot", "AF", "Kabul", 0, False)],
    ["diplomacy"], [], ["AFP", "Tehreek-e-Taliban Pakistan", "TTP", "Taliban"],
    "Pakistani air strikes in Afghanistan = explosion in AF, 15. Afghan attacks on Pakistani border posts = battle in PK (Kurram), 1 ('several' Afghan fighters unquantified). EMBASSY TRAP: protest at Pakistan's embassy in Kabul with stone throwing = riot in AF; 'No injuries were reported' -> 0. Summons = diplomacy.")

art("fresh-040", "2025-02-24",
    "Afghanistan blow away Bangladesh in Sharjah as spinners run riot",
    """
    SHARJAH, Feb 24 - Afghanistan's spinners ran riot on a turning pitch as they bowled out Bangladesh for 131 to win the second one-day international by 98 runs on Sunday and clinch the three-match series with a game to spare.

    Leg-spinner Noor Hamidi was the chief executioner with five for 27, ripping through the middle order after Bangladesh had reached 70 for one in pursuit of 230. "He was a killer today, absolutely lethal," Afghanistan captain Hashmatullah Shahidi said.

    Bangladesh coach Jordan Whitfield admitted his batters had "bombed" under pressure. "We lost seven wickets for 30 runs. That is a collapse you cannot afford against a side like this," said the Englishman, who took over the team in November.

    Earlier, opener Sediqullah Safi hit a battling 84 to rescue Afghanistan from 41 for three, sharing a stand of 110 with Azmatullah Kamal. The visitors had been struggling before a late blitz of 52 runs from the final five overs.

    Afghanistan, who play their home matches in the United Arab Emirates because of security concerns and a lack of international-standard venues at home, have now won four of their last five series. The final match is on Wednesday at the same ground.
    """,
    ["AF", "BD", "AE", "GB"],
    [],
    [], ["Noor Hamidi", "Hashmatullah Shahidi", "Jordan Whitfield", "Sediqullah Safi", "Azmatullah Kamal"], [],
    "QUIET (sport): 'ran riot', 'killer', 'lethal', 'bombed', 'blitz', 'executioner' are cricket vocabulary. TRAP: coach 'Jordan Whitfield' is a person -> no JO; 'the Englishman' -> GB (nationality, per the sport convention). Sharjah/UAE host venue -> AE. Player names fictional.")

art("fresh-041", "2025-07-02",
    "Price war: Safaricom Ethiopia battles state giant for subscribers as hackers hit billing system",
    """
    ADDIS ABABA, July 2 - Kenya's Safaricom is stepping up its battle with state-owned Ethio Telecom for Ethiopian mobile subscribers, slashing data prices by up to 40% in a move analysts described as a "shootout" for market share in one of Africa's last large telecom markets to open up.

    Safaricom Ethiopia said on Tuesday that it had crossed 8 million customers, still far behind Ethio Telecom's roughly 80 million, and that its new bundles would be a "killer offer" for young urban users. Ethio Telecom chief executive Frehiwot Tamru said her company had "nothing to fear" and would defend its position.

    The Nairobi-based company has had a difficult start in Ethiopia, where it launched in 2022 amid conflict in several regions, foreign-exchange shortages and delays in obtaining a mobile money licence.

    Separately, Ethio Telecom said on Monday that its billing system had been briefly disrupted by a cyber attack, which it blamed on "foreign hackers". It said no customer data had been stolen and services were fully restored within hours.

    "Prices have bombed in the last year, and that is good for consumers, but the question is whether either player can make money," said Addis Ababa-based analyst Dawit Bekele. Safaricom's shares rose 2% in Nairobi after the announcement.
    """,
    ["ET", "KE"],
    [],
    [], ["Frehiwot Tamru", "Dawit Bekele"], ["Safaricom", "Ethio Telecom", "Safaricom Ethiopia"],
    "QUIET (business): 'battle', 'shootout', 'killer offer', 'bombed' are business vocabulary; cyber attack is not an incident. 'Conflict in several regions' = general. KE via Kenya/Nairobi.")

art("fresh-042", "2024-01-16",
    "Gas cylinder blast kills seven at Quetta restaurant; four miners die in Duki methane explosion",
    """
    QUETTA, Jan 16 - Seven people were killed and 14 injured when a gas cylinder exploded in a crowded restaurant on Jinnah Road in Quetta on Monday evening, rescue officials said, the latest in a string of accidents blamed on substandard cylinders and leaking pipes during the winter gas shortage.

    The blast brought down part of the roof of the two-storey building, trapping diners under the debris. Volunteers from the Edhi Foundation and firefighters worked for three hours to pull out survivors, and the injured were taken to the Civil Hospital. Police said initial investigations showed a leaking cylinder in the kitchen had caught fire. "There is no evidence of sabotage or terrorism," a senior police officer said.

    In a separate accident on Tuesday, four coal miners were killed and two were trapped after a methane gas explosion inside a mine in the Duki district of Balochistan, the provincial mines inspector said. Rescue teams were trying to reach the trapped men, who were about 1,200 feet below the surface.

    Labour unions say hundreds of miners have died in Balochistan's coal mines in the past decade because of poor safety standards and a lack of ventilation. The provincial government announced compensation for the families of the victims and ordered an inquiry into both incidents.
    """,
    ["PK"],
    [],
    [], [], ["Edhi Foundation"],
    "QUIET: gas cylinder blast and mine methane explosion are accidents, not incidents; 'no evidence of sabotage or terrorism'. Miners' deaths over a decade = aggregate. Compensation/inquiry = no other_event (none of the listed strategic kinds).")

art("fresh-043", "2026-03-12",
    "Mozambique court convicts 12 over 2021 Palma attack",
    """
    PEMBA, Mozambique, March 12 - A court in Mozambique's northern Cabo Delgado province on Thursday convicted 12 men of terrorism and murder over their role in the 2021 insurgent assault on the town of Palma and sentenced them to between 16 and 24 years in prison.

    Judge Amelia Mucavele said the men had supplied weapons, food and information to the fighters who overran the gas hub in March 2021. Two other defendants were acquitted for lack of evidence. Defence lawyers said they would appeal.

    During the days-long assault, insurgents linked to the Islamic State group gunned down residents in the streets, beheaded some of their victims and besieged a hotel where foreign workers had taken refuge. Dozens of people were killed, among them a South African contractor and a British subcontractor, and tens of thousands fled.

    The attack prompted French energy group TotalEnergies to suspend a $20 billion liquefied natural gas project nearby, which it is only now preparing to resume. Rwandan troops deployed to the province a few months later and helped government forces retake the town.

    Human rights groups welcomed the verdict but said most of the senior commanders behind the insurgency, which has killed more than 6,000 people since 2017, remain at large.
    """,
    ["MZ", "ZA", "GB", "FR", "RW"],
    [("civilian_attack", "MZ", "Palma", 12, True)],
    ["strategic"], ["Amelia Mucavele"], ["TotalEnergies", "Islamic State"],
    "QUIET: court verdict = strategic. 2021 Palma assault = background civilian_attack ('gunned down residents'; 'Dozens' -> 12). Retaking of the town in 2021 = background, mentioned without detail (not listed). ZA/GB via victims' nationalities; RW via 'Rwandan troops'. 6,000 since 2017 = aggregate.")

art("fresh-044", "2026-08-25",
    "Burkina town mourns two years after massacre as jihadist attacks persist",
    """
    KAYA, Burkina Faso (AFP) - Hundreds of residents of Barsalogho gathered on Sunday at a cemetery on the edge of the town to mark two years since a jihadist attack in which hundreds of people, many of them digging defensive trenches on the army's orders, were killed.

    Women in black wept over rows of unmarked graves, while local officials laid wreaths and an imam led prayers. "We lost fathers, sons and brothers on that day. We want the world not to forget them," said Boukary Ouedraogo, a teacher whose two brothers died.

    On August 24, 2024, fighters of Jama'at Nusrat al-Islam wal-Muslimin (JNIM) stormed the outskirts of the town in the Centre-Nord region and opened fire on civilians working on the trenches. The government never released an official toll; estimates by aid groups and residents ranged from about 130 to more than 400.

    Residents said the town remains under partial blockade, with supplies arriving only in army-escorted convoys. JNIM has stepped up attacks in the region in recent months, according to security analysts, and several villages around Barsalogho have emptied.

    The junta of Captain Ibrahim Traore has tightly controlled information about the conflict and suspended several foreign media outlets that reported on the massacre.
    """,
    ["BF"],
    [("civilian_attack", "BF", "Barsalogho", 130, True)],
    [], ["Boukary Ouedraogo", "Ibrahim Traore"], ["AFP", "Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"],
    "QUIET: anniversary gathering/commemoration is not a protest; the 2024 massacre = background civilian_attack, lower bound of the stated estimates 'about 130 to more than 400' -> 130 (preferred over the vaguer 'hundreds' = 100; judgment). 'Stepped up attacks in recent months' = habitual. Media suspensions = background (not dated as news).")

art("fresh-045", "2025-07-03",
    "UN says Haiti gang violence killed more than 3,100 in six months",
    """
    UNITED NATIONS (Reuters) - Gang violence in Haiti killed at least 3,141 people in the first six months of the year, and armed groups have stepped up attacks in the rural Artibonite and Centre departments, the U.N. human rights office said on Wednesday.

    More than a fifth of the deaths were caused by security force operations against the gangs, including drone strikes carried out by a task force working with the government, the office said in its quarterly report. It also documented hundreds of kidnappings and widespread sexual violence.

    Gangs from the Viv Ansanm coalition, which control most of the capital Port-au-Prince, have in recent months seized towns along the main roads to the north and the Dominican border, forcing more than a million Haitians from their homes.

    The U.N. Security Council met on Wednesday to discuss a proposal by Secretary-General Antonio Guterres to create a U.N. support office for the Kenyan-led multinational security mission, which has about 1,000 personnel, well short of the 2,500 envisaged. The United States, the mission's main funder, said it backed turning the force into a larger "gang suppression" operation.

    "The situation is extremely alarming," U.N. human rights chief Volker Turk said in a statement.
    """,
    ["HT", "DO", "KE", "US"],
    [],
    ["diplomacy"], ["Antonio Guterres", "Volker Turk"], ["Reuters", "Viv Ansanm", "U.N. Security Council"],
    "QUIET: six-month toll, 'stepped up attacks', 'hundreds of kidnappings', seizures 'in recent months' = aggregates/habitual, no specific incident. Security Council meeting / US position = diplomacy. DO via 'the Dominican border' (judgment).")

art("fresh-046", "2025-10-09",
    "Relatives of missing Baloch men on hunger strike outside Karachi Press Club",
    """
    KARACHI, Oct 9 - Relatives of men who have disappeared in Pakistan's Balochistan province entered the 12th day of a hunger strike outside the Karachi Press Club on Thursday, saying they would not stop until the authorities produced their loved ones in court.

    About 20 people, most of them women and elderly parents, sit on mats under a canvas shelter with photographs of the missing. Two of them were taken to hospital on Wednesday after their condition deteriorated, organisers said.

    "My brother was picked up from his shop in Turbat three years ago. We do not know if he is alive or dead," said Saira Dashti, 26, who travelled from Kech district to join the strike.

    The Voice for Baloch Missing Persons, which supports the families, says hundreds of people remain missing in the province, where security forces have for two decades battled a separatist insurgency. Rights groups accuse intelligence agencies of detaining suspected separatists and activists without charge. The military denies involvement and says many of those listed as missing have joined militant groups or left the country.

    Sindh government officials have not visited the strike camp, the families said. A spokesman for the provincial home department said the families' demands were a matter for the federal government.
    """,
    ["PK"],
    [],
    [], ["Saira Dashti"], ["Voice for Baloch Missing Persons", "Karachi Press Club"],
    "QUIET: hunger strike is not an incident (per NOTES). Disappearances 'three years ago' and 'hundreds missing' = background/aggregate, not specific incidents coded. 'Battled a separatist insurgency for two decades' = habitual.")

art("fresh-047", "2025-09-16",
    "Mali jihadists announce fuel blockade of western towns; U.S. embassy urges citizens to leave",
    """
    BAMAKO, Sept 16 (Reuters) - An al Qaeda-linked group has announced a blockade on fuel imports to the western Malian towns of Kayes and Nioro du Sahel and threatened to attack any trucks using the roads from Senegal and Ivory Coast, prompting long queues at petrol stations in the capital.

    In an audio message circulated on social media over the weekend, a spokesman for Jama'at Nusrat al-Islam wal-Muslimin (JNIM) warned transport companies that their drivers would be "treated as enemies" if they ignored the order. Last week, the group's fighters torched dozens of fuel tankers and abducted several drivers near Kati, about 15 km from Bamako, according to the drivers' union.

    The U.S. embassy in Bamako on Monday urged American citizens to leave Mali immediately on commercial flights, citing "the unpredictable security situation", and said non-emergency staff would be withdrawn.

    Mali's transport minister said on state television that the army would escort convoys and that supplies would return to normal within days. The junta, which has ruled since a 2020 coup, did not comment on the blockade itself.

    Fuel prices on the black market in Bamako have more than doubled since the start of the month, traders said, and several bus companies have suspended routes to the west.
    """,
    ["ML", "SN", "CI", "US"],
    [("civilian_attack", "ML", "Kati", None, True)],
    ["strategic"], [], ["Reuters", "Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"],
    "QUIET: announced blockade and threats, embassy evacuation advice, promised escorts = strategic. Last week's torching of tankers and abduction of drivers near Kati = background civilian_attack (abductions), no deaths -> null. 'Ivory Coast' -> CI. 2020 coup = background.")

art("fresh-048", "2026-05-07",
    "Mexican troops seize giant meth lab in Sinaloa; 26 cartel suspects sent to U.S.",
    """
    MEXICO CITY, May 7 (AP) - Mexican soldiers dismantled one of the largest synthetic drug laboratories found in the country in the mountains of Cosala municipality in Sinaloa state, seizing about 1.5 tons of methamphetamine and arresting five people, the Defense Department said on Wednesday. No shots were fired during the raid.

    Security Secretary Omar Garcia Harfuch said the lab could produce several tons of drugs a month for the Sinaloa Cartel faction known as Los Chapitos. Troops also found chemical precursors shipped from Asia and a cache of rifles.

    Separately, Mexico on Tuesday sent 26 jailed cartel figures to the United States, the third such transfer since last year, in what officials in Washington described as a sign of growing cooperation on security. U.S. Attorney General Pam Bondi welcomed the move and said the men would face trial on drug trafficking and murder charges.

    Sinaloa has been shaken by fighting between rival cartel factions for more than a year. Last month, two soldiers and four gunmen were killed in a shootout in the Culiacan neighbourhood of Tierra Blanca when troops came under fire during a patrol.

    President Claudia Sheinbaum has stepped up action against the cartels under pressure from U.S. President Donald Trump, who has threatened tariffs on Mexican goods.
    """,
    ["MX", "US"],
    [("battle", "MX", "Tierra Blanca", 6, True)],
    ["strategic", "diplomacy"], ["Omar Garcia Harfuch", "Pam Bondi", "Claudia Sheinbaum", "Donald Trump"], ["AP", "Defense Department", "Sinaloa Cartel", "Los Chapitos"],
    "QUIET: raid with arrests and seizure ('No shots were fired'), transfer of prisoners = strategic; US welcome / tariff threats = diplomacy. Last month's Tierra Blanca shootout = background battle, 2 + 4 = 6. Asia = continent. Faction fighting 'for more than a year' = habitual.")


# ---------------------------------------------------------------------------------------------
# Checks and output
# ---------------------------------------------------------------------------------------------

def check(a):
    errs = []
    text = (a["title"] or "") + "\n" + a["body"]
    words = len(a["body"].split())
    if not a["satp"] and not (150 <= words <= 600):
        errs.append(f"body has {words} words (want 150-600)")
    if a["satp"] and a["title"] is not None:
        errs.append("SATP-style item must have title null")
    cs = a["countries"]
    if len(set(cs)) != len(cs) or any(len(c) != 2 or not c.isupper() for c in cs):
        errs.append(f"bad countries {cs}")
    for inc in a["incidents"]:
        t, c, loc, fat, bg = inc
        if t not in TYPES:
            errs.append(f"bad type {t}")
        if c not in cs:
            errs.append(f"incident country {c} not in countries_mentioned")
        if loc is not None and loc not in text:
            errs.append(f"location {loc!r} not in text")
        if fat is not None and (not isinstance(fat, int) or fat < 0):
            errs.append(f"bad fatalities {fat!r}")
        if not isinstance(bg, bool):
            errs.append("background must be bool")
    for o in a["other"]:
        if o not in OTHER:
            errs.append(f"bad other_event {o}")
    for label in ("persons", "orgs"):
        if len(a[label]) > 8:
            errs.append(f"too many {label}")
        for e in a[label]:
            if e not in text:
                errs.append(f"{label[:-1]} {e!r} not in text")
    pub = a["published"]
    if not ("2024-01-01" <= pub <= "2026-12-31") or len(pub) != 10:
        errs.append(f"bad published {pub}")
    return errs


def record(a):
    return {
        "id": a["id"], "source": SOURCE, "origin": "written for this project",
        "license": "project's own", "published": a["published"], "title": a["title"],
        "body": a["body"],
        "gold": {
            "countries_mentioned": a["countries"],
            "incidents": [{"type": t, "country": c, "location": loc, "fatalities": fat,
                           "background": bg} for (t, c, loc, fat, bg) in a["incidents"]],
            "other_events": a["other"],
            "key_entities": {"PERSON": a["persons"], "ORG": a["orgs"]},
        },
    }


def note_line(a):
    incs = "; ".join(f"{t}:{c}:{loc if loc is not None else '-'}:{fat if fat is not None else 'null'}"
                     + ("(bg)" if bg else "") for (t, c, loc, fat, bg) in a["incidents"]) or "no incidents"
    style = "SATP-style, no title" if a["satp"] else a["title"]
    return (f"- **{a['id']}** [{style}] | {','.join(a['countries']) or '-'} | {incs} | "
            f"{','.join(a['other']) or '-'} | {a['note']}")


def main():
    ids = [a["id"] for a in ARTICLES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    bad = False
    for a in ARTICLES:
        for e in check(a):
            bad = True
            print(f"{a['id']}: {e}", file=sys.stderr)
    if bad:
        sys.exit(1)
    with open(os.path.join(HERE, "blind_fresh.jsonl"), "w", encoding="utf-8") as f:
        for a in ARTICLES:
            f.write(json.dumps(record(a), ensure_ascii=False) + "\n")
    quiet = [a for a in ARTICLES if not any(not i[4] for i in a["incidents"])]
    n_cur = sum(1 for a in ARTICLES for i in a["incidents"] if not i[4])
    print(f"wrote {len(ARTICLES)} articles ({len(quiet)} with no current incident, "
          f"{sum(a['satp'] for a in ARTICLES)} SATP-style, {n_cur} current incidents)")
    if "--notes" in sys.argv:
        for a in ARTICLES:
            print(note_line(a))


if __name__ == "__main__":
    main()

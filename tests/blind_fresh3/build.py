#!/usr/bin/env python3
"""Build the blind, fresh-3 evaluation set (50 synthetic articles) as JSONL.

Standard library only. Every text and its gold live here as data; the gold was decided
when each text was written, following ../../shared/corpus/NOTES.md, and is frozen.

    python3 build.py            # check everything, write blind_fresh3.jsonl
    python3 build.py --notes    # print the one-line judgment note of every article
    python3 build.py --check    # check only, write nothing
"""
import json
import os
import re
import sys

SOURCE = "synthetic, written for this project (blind, fresh 3)"
ORIGIN = "written from scratch for this project: tests/blind_fresh3/build.py (fictional or fictionalised events)"
LICENSE = "project's own"

INCIDENT_TYPES = {"battle", "explosion", "civilian_attack", "protest", "riot"}
OTHER_TYPES = {"strategic", "diplomacy"}
KINDS = {"satp": 14, "wire": 20, "quiet": 16}

# ISO 3166-1 alpha-2 codes used by this set (checked: every code in the gold must be here).
ISO2 = {
    "AE", "AF", "AM", "AU", "AZ", "BD", "CD", "CF", "CM", "CN", "CO", "DE", "DK", "EG", "ET",
    "FR", "GB", "HN", "IL", "IN", "IQ", "IR", "KE", "KP", "KR", "MA", "MM", "MY", "NE", "NG",
    "NL", "NO", "NP", "PE", "PG", "PK", "PL", "PS", "QA", "RU", "SA", "SD", "SE", "SO", "SS",
    "SV", "SY", "TD", "TH", "TR", "UA", "UG", "US", "VE", "YE", "ZM",
}

A = []


def art(kind, published, title, body, countries, incidents, other, persons, orgs, note):
    """incidents: (type, country, location|None, fatalities|None, background)."""
    A.append(dict(kind=kind, published=published, title=title, body=body.strip(),
                  countries=countries, incidents=incidents, other=other,
                  persons=persons, orgs=orgs, note=note))


# ---------------------------------------------------------------------------------------
# 14 SATP-style summaries (title null, 1-3 sentences). 7 with a current incident, 7 without.
# ---------------------------------------------------------------------------------------

art("satp", "2025-03-15", None,
"""Two cadres of the Communist Party of India-Maoist (CPI-Maoist) were killed in an encounter with a joint team of Jharkhand Jaguar and the Central Reserve Police Force (CRPF) in the Saranda forest under Chhotanagra Police Station limits of West Singhbhum District on March 14, Police said. An INSAS rifle and a pistol were recovered from the encounter site.""",
["IN"], [("battle", "IN", "Saranda forest", 2, False)], [],
[], ["CPI-Maoist", "Jharkhand Jaguar", "Central Reserve Police Force"],
"Encounter SF vs Maoists = battle, 2 killed. Country only via Jharkhand/West Singhbhum (India appears only inside the party name). Weapons recovered at the site are part of the same operation: no separate strategic event.")

art("satp", "2025-08-10", None,
"""Three soldiers and two militants were killed when terrorists attacked a security forces' check post in the Mir Ali area of North Waziristan District on August 9, the Inter-Services Public Relations (ISPR) said. The attackers were repulsed after an exchange of fire that lasted several hours, it added.""",
["PK"], [("battle", "PK", "Mir Ali", 5, False)], [],
[], ["Inter-Services Public Relations"],
"Militant assault on a check post with gunfire = battle. Perpetrators included: 3 soldiers + 2 militants = 5. Country only via North Waziristan.")

art("satp", "2026-01-23", None,
"""At least four persons were killed and 11 others injured when an improvised explosive device (IED) fitted to a motorcycle went off near a vegetable market on Sariab Road in Quetta, the provincial capital of Balochistan, on January 22. No group has claimed responsibility for the blast.""",
["PK"], [("explosion", "PK", "Sariab Road", 4, False)], [],
[], [],
"Motorcycle IED = explosion, 'at least four' -> 4. Country only via Quetta/Balochistan. Location = the road (most specific name).")

art("satp", "2024-10-04", None,
"""Suspected militants of the United Liberation Front of Asom-Independent (ULFA-I) hurled a grenade at an Army camp at Kakopathar in Tinsukia District on the night of October 3, but no casualties were reported. The grenade exploded near the boundary wall of the camp, a defence spokesperson said.""",
["IN"], [("explosion", "IN", "Kakopathar", 0, False)], [],
[], ["United Liberation Front of Asom-Independent"],
"Grenade that exploded = explosion. 'No casualties were reported' = nobody killed -> explicit 0. Country only via Tinsukia District (Asom only inside the org name).")

art("satp", "2025-05-07", None,
"""Unidentified armed miscreants abducted three workers of a road construction project from the Sajek union of Baghaichhari upazila in Rangamati District on May 6, Police said. The abductors later demanded a ransom of two million taka for their release.""",
["BD"], [("civilian_attack", "BD", "Sajek", None, False)], [],
[], [],
"Abduction of civilians = civilian_attack, no death -> null. Country only via Rangamati/upazila (Chittagong Hill Tracts); 'taka' is a currency.")

art("satp", "2025-02-12", None,
"""Unidentified gunmen shot dead two polio vaccinators, both women, in Chaparhar District of Nangarhar Province on February 11, local officials said. The vaccination campaign in the area has been suspended.""",
["AF"], [("civilian_attack", "AF", "Chaparhar District", 2, False)], [],
[], [],
"Shooting of unarmed health workers = civilian_attack, 2. Country only via Nangarhar Province. Suspension of the campaign is not an event.")

art("satp", "2025-07-29", None,
"""A suicide bomber blew himself up near a police van in Kulachi tehsil of Dera Ismail Khan District on July 28, killing two policemen and a passer-by besides himself. Five others were injured, Police said.""",
["PK"], [("explosion", "PK", "Kulachi", 4, False)], [],
[], [],
"Suicide blast = explosion even against police. 2 policemen + 1 passer-by + the bomber ('besides himself') = 4. Country only via Dera Ismail Khan.")

art("satp", "2025-12-11", None,
"""Six Maoists, including a divisional committee member carrying a cumulative reward of INR 3.6 million on their heads, surrendered before the Police in Gadchiroli District on December 10. The surrendered cadres were active in the Bhamragad area, officials said.""",
["IN"], [], ["strategic"],
[], [],
"Surrender = no incident; strategic (like an arrest). Country only via Gadchiroli.")

art("satp", "2025-04-03", None,
"""Security Forces (SFs) recovered and defused a 10-kilogram pressure improvised explosive device (IED) planted by CPI-Maoist cadres on a forest track near Pamunur village in Bhadradri Kothagudem District on April 2. The IED was intended to target SF personnel on patrol, Police said.""",
["IN"], [], ["strategic"],
[], ["CPI-Maoist"],
"TRAP: IED found and defused, never exploded -> no incident. Security-force recovery typed strategic (no better slot). Country only via Bhadradri Kothagudem District (Telangana).")

art("satp", "2025-09-18", None,
"""Punjab Police arrested two operatives of Babbar Khalsa International (BKI) from Amritsar on September 17 and recovered two hand grenades and a pistol from their possession. The duo had been tasked by handlers based abroad to attack a police station in Batala, Director General of Police (DGP) Gaurav Yadav said.""",
["IN"], [], ["strategic"],
["Gaurav Yadav"], ["Punjab Police", "Babbar Khalsa International"],
"Arrest + recovery = strategic; the planned attack on Batala never happened -> no incident. Punjab is ambiguous (IN/PK); Amritsar, Batala -> IN only.")

art("satp", "2025-11-05", None,
"""An Anti-Terrorism Court (ATC) in Karachi on November 4 sentenced two militants of Tehreek-e-Taliban Pakistan (TTP) to death for the 2022 bombing of a police van in which three policemen were killed. A third accused was acquitted for lack of evidence.""",
["PK"], [("explosion", "PK", None, 3, True)], ["strategic"],
[], ["Anti-Terrorism Court", "Tehreek-e-Taliban Pakistan"],
"Court verdict = strategic, no current incident. The 2022 van bombing is background (explosion, 3); its place is not stated (Karachi is where the court sits) -> location null. PK via Karachi.")

art("satp", "2026-03-03", None,
"""The Baloch Yakjehti Committee (BYC) has called for a shutter-down strike and a protest rally in Gwadar on March 5 against the alleged enforced disappearance of four local youths, its leaders said on March 2. The district administration has imposed Section 144 in the town ahead of the rally.""",
["PK"], [], ["strategic"],
[], ["Baloch Yakjehti Committee"],
"TRAP: protest CALLED for a future date (March 5, after publication) -> no incident. Section 144 order = ban -> strategic. Country only via Gwadar.")

art("satp", "2025-06-09", None,
"""The Communist Party of Nepal led by Netra Bikram Chand alias Biplav issued a statement on June 8 threatening to 'take action' against officials of Kathmandu Metropolitan City over the demolition of squatter settlements along the Bagmati river. The party warned that its cadres would retaliate if the evictions continued.""",
["NP"], [], [],
["Netra Bikram Chand"], ["Communist Party of Nepal", "Kathmandu Metropolitan City"],
"TRAP: threat statement by a non-state party -> no incident, no other_event. NP via Kathmandu and the Bagmati river (Nepal only inside the party name, which alone would not count).")

art("satp", "2025-08-22", None,
"""Police and the Commando Battalion for Resolute Action (CoBRA) recovered 150 detonators and 40 kilograms of ammonium nitrate buried near a hillock in the Imamganj area of Gaya District during a search operation against CPI-Maoist cadres on August 21. No arrests were made.""",
["IN"], [], ["strategic"],
[], ["Commando Battalion for Resolute Action", "CPI-Maoist"],
"Explosives recovery, nothing exploded -> no incident; strategic. Country only via Gaya District (Bihar).")

# ---------------------------------------------------------------------------------------
# 20 wire-style articles (150-450 words), each with at least one current incident.
# ---------------------------------------------------------------------------------------

art("wire", "2026-02-17", "Death toll from Peshawar checkpoint bombing rises to 14",
"""
PESHAWAR, Pakistan - The death toll from Monday's suicide bombing at a police checkpoint on the outskirts of Peshawar rose to 14 on Tuesday after five wounded officers died in hospital, police said.

Officials had initially put the toll at nine. The bomber, who was on foot, detonated an explosives vest as officers were checking a line of vehicles at the Hayatabad checkpoint near the road to the Khyber district, senior police official Qasim Khattak told reporters. The figure does not include the attacker.

Eleven of the dead were police officers and three were civilians waiting in their cars, Khattak said. At least 22 people were still in hospital, four of them in a critical condition, according to a spokesman for Lady Reading Hospital.

No group has claimed responsibility. A spokesman for the Pakistani Taliban, or Tehreek-e-Taliban Pakistan (TTP), denied involvement in a message to journalists, but police said the attack bore the hallmarks of the group's local commanders.

It was the deadliest attack in the province since a suicide car bombing targeted a police convoy in Bannu in January, killing six officers.

On Tuesday Pakistan's foreign office summoned Afghanistan's deputy head of mission in Islamabad and accused the Taliban government in Kabul of allowing militants to plan attacks from Afghan soil, a charge Kabul has repeatedly denied.

Khyber Pakhtunkhwa has borne the brunt of a surge in militant violence since 2023. Security officials say more than 600 police officers have been killed in the province over the past three years.
""",
["PK", "AF"],
[("explosion", "PK", "Hayatabad", 14, False), ("explosion", "PK", "Bannu", 6, True)],
["diplomacy"],
["Qasim Khattak"], ["Tehreek-e-Taliban Pakistan", "Lady Reading Hospital", "Taliban"],
"FOLLOW-UP with revised toll: 9 -> 14 (latest figure; 'does not include the attacker'). January Bannu car bombing = background explosion, 6. Summons/accusation of Kabul = diplomacy; AF via Afghanistan/Kabul/Afghan. '600 police killed in three years' = aggregate, not listed.")

art("wire", "2025-09-03", "Suicide blast near Kabul ministry kills six, including bomber",
"""
KABUL - A suicide bomber struck near the entrance of a government ministry in Kabul's Shash Darak area on Wednesday, killing six people including himself, a police spokesman said.

Abdul Rahman Mubariz said the attacker walked up to a group of employees leaving the building in the early afternoon and detonated explosives hidden under his clothes. Five employees were killed and 13 people were wounded, he said.

The regional affiliate of the Islamic State group, known as Islamic State Khorasan Province (ISKP), claimed the attack in a statement carried by its Amaq news agency, saying it had targeted "employees of the apostate regime".

The Taliban, who returned to power in August 2021 as US and NATO forces withdrew, say they have largely defeated the group, but it has continued to carry out sporadic attacks on government offices, Shi'ite mosques and foreigners.

In March last year an ISKP suicide bomber killed 21 people at a bank in Kandahar where government employees had gathered to collect their salaries.

The United Nations Assistance Mission in Afghanistan (UNAMA) condemned Wednesday's bombing and called for those responsible to be held to account. China's foreign ministry said Beijing was "deeply concerned" about the security of its citizens working in the country.

Residents said Taliban fighters sealed off the area within minutes and stopped journalists from filming near the ministry. Hospitals in the city were told not to release information about the wounded, two medical workers said.
""",
["AF", "US", "CN"],
[("explosion", "AF", "Shash Darak", 6, False), ("explosion", "AF", "Kandahar", 21, True)],
["diplomacy"],
["Abdul Rahman Mubariz"], ["Islamic State Khorasan Province", "Amaq", "Taliban", "NATO", "United Nations Assistance Mission in Afghanistan"],
"PERPETRATOR IN TOLL: 'six people including himself' -> 6. Last year's Kandahar bank bombing = background explosion, 21. UNAMA condemnation + China statement = diplomacy. 2021 takeover is background context, not listed. CN via China/Beijing; US via 'US ... forces'.")

art("wire", "2024-10-22", "Turkey says two soldiers killed in clash with PKK in northern Iraq",
"""
ANKARA - Two Turkish soldiers were killed on Monday in a clash with Kurdistan Workers' Party (PKK) militants in the Metina region of northern Iraq, Turkey's Defence Ministry said, adding that 13 militants had been "neutralised" in the area over the past 48 hours.

The ministry said the soldiers died when militants opened fire on their unit near a forward base, and that the attackers were pursued with air support. It uses the word "neutralised" to mean killed, captured or surrendered, and gave no breakdown.

Separately, two men were killed on Sunday evening when a drone struck their car on a road near Penjwen in Iraq's Sulaymaniyah province, local officials said. The Kurdistan Region's counter-terrorism service said the drone was Turkish and that the men were PKK members. Ankara did not comment on that strike.

President Tayyip Erdogan said on Monday that operations would continue "until the terror corridor along our southern borders is closed".

Iraq's foreign ministry condemned what it called repeated violations of Iraqi sovereignty and said it would summon the Turkish ambassador in Baghdad.

The PKK has waged an insurgency against the Turkish state since 1984, in which more than 40,000 people have been killed. It is designated a terrorist organisation by Turkey, the United States and the European Union.

Turkish forces maintain dozens of outposts in the mountains of the Kurdistan Region, and Ankara has said it wants to secure a zone 30 to 40 km deep along the border. Local officials in Duhok province say the operations have emptied dozens of villages over the past decade.
""",
["IQ", "TR", "US"],
[("battle", "IQ", "Metina", 2, False), ("explosion", "IQ", "Penjwen", 2, False)],
["diplomacy"],
["Tayyip Erdogan"], ["Kurdistan Workers' Party", "PKK", "European Union"],
"INCIDENT IN COUNTRY A (IQ) REPORTED BY OFFICIALS OF B (TR): clash in Metina = battle in IQ, 2 soldiers. '13 neutralised' is explicitly not a death count -> not added. Separate drone strike near Penjwen (Sunday, within two days) = explosion, 2. Iraqi condemnation/summons = diplomacy. 40,000 since 1984 = aggregate. 'dozens of outposts/villages' are not deaths.")

art("wire", "2025-04-14", "Dozens killed as Houthis and government forces clash near Taiz",
"""
ADEN, Yemen - Fighting between Houthi forces and troops loyal to Yemen's internationally recognised government killed dozens of fighters near the city of Taiz over the weekend, military officials and medics said on Monday.

The clashes began on Saturday when Houthi fighters attacked government positions in the Jabal Habashi district west of the city, a government military spokesman, Ahmed al-Mekhlafi, said. Fighting with heavy machine guns and mortars continued into Sunday night before the attackers withdrew.

A medic at a field hospital in the al-Dhabab area said the facility had received the bodies of "dozens" of soldiers and more than 40 wounded. The Houthis' al-Masirah television said the group had repelled an attack and "inflicted heavy losses" on its enemies, without giving figures.

The escalation came two months after a Houthi drone struck a military training ground in Marib in February, killing eight recruits.

The United Nations special envoy for Yemen, Hans Grundberg, called on both sides to "exercise maximum restraint" and to return to talks on reopening roads around Taiz, which has been partly besieged for nearly a decade.

The Iran-aligned Houthis seized the capital Sanaa in 2014, prompting a Saudi-led coalition to intervene the following year. The war has killed more than 150,000 people, according to aid groups, and front lines have barely moved since a UN-brokered truce in 2022.
""",
["YE", "IR", "SA"],
[("battle", "YE", "Jabal Habashi", 12, False), ("explosion", "YE", "Marib", 8, True)],
["diplomacy"],
["Ahmed al-Mekhlafi", "Hans Grundberg"], ["Houthis", "al-Masirah", "United Nations"],
"VAGUE QUANTITY: 'dozens of fighters' -> 12 (ACLED). Weekend fighting reported Monday = current. February Marib drone strike = background explosion, 8. Envoy's appeal = diplomacy. IR via 'Iran-aligned', SA via 'Saudi-led'. 150,000 = aggregate.")

art("wire", "2024-11-20", "Israeli strike kills six in Deir al-Balah; attacker shot dead in Beersheba",
"""
GAZA/JERUSALEM - An Israeli air strike on a house in Deir al-Balah in the central Gaza Strip killed six members of one family early on Wednesday, including three children, medics at Al-Aqsa Martyrs Hospital said.

The Israeli military said it had struck a Hamas militant who was operating from the building and that it had taken steps to reduce harm to civilians. It did not comment on the toll.

Gaza's health ministry said 38 Palestinians had been killed across the enclave in the previous 24 hours.

In southern Israel, a Palestinian man from Hebron stabbed two people at the central bus station in Beersheba on Wednesday morning before he was shot dead by an off-duty soldier, Israeli police said. The two victims, a woman in her sixties and a security guard, were taken to Soroka Medical Center with moderate wounds.

Hamas praised the stabbing as a "heroic operation" but did not claim it.

Qatar and Egypt, which have mediated between Israel and Hamas for months, said on Wednesday that their envoys would meet both sides again next week in an effort to revive stalled ceasefire talks.

The war began after Hamas-led militants attacked southern Israel on October 7, 2023, killing about 1,200 people according to Israeli tallies. Israel's offensive has since killed more than 43,000 people in Gaza, according to the enclave's health ministry, and displaced most of its 2.3 million residents.
""",
["PS", "IL", "QA", "EG"],
[("explosion", "PS", "Deir al-Balah", 6, False), ("civilian_attack", "IL", "Beersheba", 1, False),
 ("civilian_attack", "IL", None, 1200, True)],
["diplomacy"],
[], ["Hamas", "Al-Aqsa Martyrs Hospital", "Soroka Medical Center"],
"TWO INCIDENTS, TWO COUNTRIES: air strike on a house (PS, 6) and stabbing in Beersheba (IL): the victims survived, the attacker was shot dead -> 1 (perpetrator). '38 killed across the enclave' = Gaza-wide aggregate, not attached. Oct 7 = background civilian_attack, 'about 1,200' -> 1200, 'southern Israel' is a region -> location null. Qatar/Egypt mediation = diplomacy.")

art("wire", "2025-08-12", "Water protests turn violent in Iran's Ahvaz as Isfahan farmers rally peacefully",
"""
DUBAI - Protests over water and power shortages spread across Iran on Monday, with demonstrators in the southwestern city of Ahvaz clashing with security forces and setting fire to a bank, while a rally by farmers in Isfahan ended peacefully, state media and rights groups said.

In Ahvaz, the capital of Khuzestan province, hundreds of people gathered outside the governor's office after a third day without running water in several districts. After riot police fired tear gas, some protesters threw stones, smashed the windows of government buildings and set fire to a branch of Bank Melli, the semi-official Tasnim news agency reported.

One protester was killed and dozens were arrested, according to Hengaw, a Norway-based rights group that monitors Iran's ethnic minority regions. Tasnim said several police officers were injured but did not mention any deaths.

In Isfahan, several hundred farmers gathered on the dry riverbed of the Zayandeh Rud near the Khaju bridge to demand a share of the river's water for their fields. The crowd chanted slogans against the provincial water authority and dispersed in the afternoon after the governor promised to meet a delegation, local media said. No arrests were reported there.

Government spokeswoman Fatemeh Mohajerani acknowledged "legitimate demands" over water but said "enemies" were trying to exploit them. A senior police commander accused the United States and Israel of stoking the unrest through Persian-language satellite channels.

Temperatures have exceeded 50 degrees Celsius in parts of the south this summer, and authorities have repeatedly closed government offices to save electricity.
""",
["IR", "NO", "US", "IL"],
[("riot", "IR", "Ahvaz", 1, False), ("protest", "IR", "Khaju bridge", None, False)],
["strategic", "diplomacy"],
["Fatemeh Mohajerani"], ["Bank Melli", "Tasnim", "Hengaw"],
"PEACEFUL PROTEST vs RIOT in one article: Ahvaz (stones, arson) = riot, 1 killed (Hengaw; Tasnim's 'no deaths mentioned' is not an explicit zero); Isfahan farmers' rally = protest, null, location the most specific name (Khaju bridge). Arrests = strategic; accusation of US/Israel = diplomacy. NO via 'Norway-based'.")

art("wire", "2025-06-17", "Chad says 17 soldiers killed in Boko Haram attack on Lake Chad base",
"""
N'DJAMENA - At least 17 Chadian soldiers were killed when Boko Haram fighters attacked an army base near Ngouboua in Lac province overnight, the army said on Tuesday, the deadliest assault on the military in the region this year.

Army spokesman General Issakha Ali said the attackers arrived in motorised canoes from the islands of Lake Chad before dawn and fought troops for several hours before withdrawing. "An undetermined number of assailants" were killed, he said.

In a separate incident on Sunday, suspected militants abducted four fishermen near the island of Kaiga, a local administrator said. There has been no word on their fate.

President Mahamat Idriss Deby flew to the area on Tuesday and ordered reinforcements sent to the lake, the presidency said in a statement.

The Lake Chad basin, where the borders of Chad, Nigeria, Niger and Cameroon meet, has been hit by attacks from Boko Haram and its offshoot, Islamic State West Africa Province (ISWAP), since the insurgency spread from northeast Nigeria more than a decade ago.

Chad has repeatedly threatened to pull its troops out of the Multinational Joint Task Force, the regional force set up to fight the militants, complaining that its neighbours were not doing enough. The United Nations says the conflict has displaced around three million people across the four countries.
""",
["TD", "NG", "NE", "CM"],
[("battle", "TD", "Ngouboua", 17, False), ("civilian_attack", "TD", "Kaiga", None, False)],
["strategic"],
["Issakha Ali", "Mahamat Idriss Deby"], ["Boko Haram", "Islamic State West Africa Province", "Multinational Joint Task Force", "United Nations"],
"Assault on an army base = battle, 'at least 17' -> 17; 'undetermined number of assailants' adds nothing. Separate Sunday abduction of fishermen near Kaiga = civilian_attack, null. Reinforcements ordered = strategic. NE is Niger the country (list of basin states).")

art("wire", "2025-03-13", "Armed group kills nine villagers near Bria, UN mission says",
"""
BANGUI - Fighters from an armed group killed at least nine civilians and burned dozens of homes in a village near Bria in the Central African Republic's Haute-Kotto prefecture, the United Nations peacekeeping mission MINUSCA said on Thursday.

The attack took place on Tuesday afternoon in Irabanda, about 40 km north of Bria, when gunmen on motorbikes surrounded the village and opened fire on residents, the mission said. Women and children were among the dead, and several people were missing.

MINUSCA blamed fighters of the Union for Peace in the Central African Republic (UPC), one of several armed groups that control mining areas in the east of the country. The group could not be reached for comment.

Peacekeepers from the Zambian contingent were sent to the village on Wednesday and helped evacuate the wounded to the hospital in Bria, the mission said.

Government spokesperson Maxime Balalou condemned "a cowardly massacre of innocent people" and said the army would pursue the attackers with the help of its partners, a reference to Russian instructors deployed in the country since 2018, many of them formerly of the Wagner group.

Survivors who reached Bria said the gunmen had accused villagers of supplying food to a rival militia. Haute-Kotto, which borders Sudan, has seen a rise in violence since last year as fighters and weapons cross from the war in the neighbouring country.
""",
["CF", "ZM", "RU", "SD"],
[("civilian_attack", "CF", "Irabanda", 9, False)],
["strategic", "diplomacy"],
["Maxime Balalou"], ["MINUSCA", "United Nations", "Union for Peace in the Central African Republic", "Wagner"],
"Massacre of villagers = civilian_attack, 'at least nine' -> 9, location = the village (more specific than Bria). Tuesday attack reported Thursday = current. Peacekeeper deployment = strategic; government condemnation = diplomacy. ZM via 'Zambian', RU via 'Russian instructors', SD via 'borders Sudan'. 'dozens of homes' is not a toll.")

art("wire", "2026-01-16", "Tens of soldiers killed in South Sudan clashes in Upper Nile, official says",
"""
JUBA - Tens of soldiers were killed in two days of fighting between South Sudan's army and armed youths allied to the opposition in Ulang county of Upper Nile state, a local official said on Friday.

The fighting began on Wednesday when the armed youths, known locally as the White Army, attacked a barracks of the South Sudan People's Defence Forces (SSPDF) on the Sobat river, county commissioner James Gatluak said by telephone. The army later counter-attacked with gunboats.

Army spokesman Major General Peter Mayom said troops had "repulsed the attackers and inflicted heavy losses" but gave no figure for casualties on either side.

The UN mission in South Sudan, UNMISS, said it was "alarmed" by the fighting and urged both sides to respect the ceasefire. Aid workers said hundreds of families had fled towards the border with Ethiopia.

Tension in Upper Nile has been high since opposition leader Riek Machar, the first vice-president, was detained last year and later put on trial in Juba. Ugandan troops were deployed to the capital at the government's request in 2025.

South Sudan's civil war between 2013 and 2018 killed an estimated 400,000 people. A 2018 peace deal between President Salva Kiir and Machar has never been fully implemented.
""",
["SS", "ET", "UG"],
[("battle", "SS", "Ulang", 10, False)],
["diplomacy"],
["James Gatluak", "Peter Mayom", "Riek Machar", "Salva Kiir"], ["South Sudan People's Defence Forces", "UNMISS", "White Army"],
"VAGUE QUANTITY: 'tens of soldiers' -> 10. Armed opposition youths vs army = battle; location = Ulang (the county named as the place of the fighting; the Sobat river is only the barracks' setting). UNMISS appeal = diplomacy. 'hundreds of families' fled is not a toll. Machar's detention/trial and the 2025 Ugandan deployment are background, not listed. 400,000 = aggregate.")

art("wire", "2025-06-23", "Four police reservists killed by roadside bomb in Kenya's Mandera",
"""
NAIROBI - Four police reservists were killed and two others wounded when their vehicle struck a roadside bomb near Elwak town in Mandera county, close to Kenya's border with Somalia, on Sunday, police said.

The reservists were escorting a water truck to a village outside the town when the device exploded, a regional police commander said in a report seen by reporters. The vehicle was destroyed.

Police blamed al-Shabaab militants, who have carried out frequent attacks with improvised explosive devices on security forces in the northeastern counties of Mandera, Wajir, Garissa and Lamu.

Interior Cabinet Secretary Kipchumba Murkomen said the government would send more officers and armoured vehicles to the border region. "These cowards will be hunted down," he told a news conference in Nairobi on Monday.

In May last year, seven police officers were killed when their vehicle hit an explosive device in Lamu county.

Kenya has had troops in Somalia since 2011, now as part of an African Union mission, and al-Shabaab has said its attacks inside Kenya are retaliation for that deployment. The group, which is linked to al-Qaeda, has been fighting for more than 15 years to overthrow Somalia's federal government.
""",
["KE", "SO"],
[("explosion", "KE", "Elwak", 4, False), ("explosion", "KE", "Lamu", 7, True)],
["strategic"],
["Kipchumba Murkomen"], ["al-Shabaab", "African Union", "al-Qaeda"],
"Roadside IED on a police vehicle = explosion, 4. Last year's Lamu IED = background explosion, 7 (location = the county name). Announced reinforcements = strategic. SO via Somalia (border, troops in Somalia).")

art("wire", "2025-11-10", "Suspected ADF rebels abduct six farmers in western Uganda; one found dead",
"""
KAMPALA - Suspected rebels of the Allied Democratic Forces (ADF) abducted six farmers from their gardens in Ntoroko district in western Uganda on Saturday, the army said, and the body of one of them was found on Monday.

Army spokesman Colonel Chris Magezi said soldiers of the Uganda People's Defence Forces (UPDF) were pursuing the attackers, who were believed to be heading for the border with the Democratic Republic of Congo across the Semliki river.

"We found the body of one of the victims this morning with cut wounds. The search for the other five continues," Magezi said.

Residents said the gunmen arrived at dawn, tied the farmers together and marched them into the forest. Many families in nearby villages spent Sunday night in the local school, which soldiers have been guarding since the attack.

The ADF began as a Ugandan rebel group in the 1990s but is now based in eastern Congo and has pledged allegiance to the Islamic State group. Uganda and Congo have conducted joint military operations against it since 2021.

The group is blamed for some of the worst attacks in Uganda in recent years, including a raid on a secondary school in Mpondwe in June 2023 in which 42 people, most of them students, were killed.
""",
["UG", "CD"],
[("civilian_attack", "UG", "Ntoroko", 1, False), ("civilian_attack", "UG", "Mpondwe", 42, True)],
[],
["Chris Magezi"], ["Allied Democratic Forces", "Uganda People's Defence Forces", "Islamic State"],
"KIDNAPPING: abduction of six farmers = civilian_attack; one found dead -> 1. Saturday abduction reported Monday = current. 2023 Mpondwe school raid = background civilian_attack, 42. CD via Democratic Republic of Congo / eastern Congo. Army pursuit = ongoing operation, not listed.")

art("wire", "2025-03-14", "Protester shot dead as Caracas blackout demonstrations spread",
"""
CARACAS - Hundreds of people marched peacefully through central Caracas on Thursday to protest against days of power cuts, while in the Petare district armed men on motorcycles opened fire on a separate group of demonstrators, killing one man, witnesses and a rights group said.

The march, called by neighbourhood associations and trade unions, ended outside the offices of the state power company Corpoelec, where organisers handed over a letter demanding compensation for food lost during the blackouts. Police watched from a distance and no arrests were reported.

In Petare, a sprawling hillside neighbourhood in the east of the city, residents had blocked a road with burning tyres when a group of men on motorcycles arrived and fired at them, witnesses said. A 24-year-old delivery worker was killed and two others were wounded, according to the Venezuelan Observatory of Social Conflict (OVCS).

The observatory blamed pro-government armed groups known as colectivos. The interior ministry said it was investigating.

Communications Minister Freddy Nanez blamed the blackouts on "sabotage" of the national grid and accused the United States of backing attempts to destabilise the government.

Venezuela has suffered repeated power failures since a nationwide blackout in 2019, which the government also attributed to sabotage. Engineers say the grid has been weakened by years of underinvestment.
""",
["VE", "US"],
[("protest", "VE", "Caracas", None, False), ("civilian_attack", "VE", "Petare", 1, False)],
["diplomacy"],
["Freddy Nanez"], ["Corpoelec", "Venezuelan Observatory of Social Conflict", "colectivos"],
"TWO INCIDENTS, SAME CITY, DIFFERENT TYPES: peaceful march = protest (null, location Caracas: 'central Caracas' has no more specific name); armed men firing on unarmed demonstrators in Petare = civilian_attack, 1. Accusation against the US = diplomacy. 2019 blackout is an accident-like event, not an incident.")

art("wire", "2025-10-20", "Three Peruvian soldiers killed in ambush in VRAEM coca valley",
"""
LIMA - Three Peruvian soldiers were killed and four wounded when their patrol was ambushed by remnants of the Shining Path in the Vizcatán del Ene area of the Valley of the Apurímac, Ene and Mantaro Rivers (VRAEM) on Saturday, the Joint Command of the Armed Forces said.

Soldiers returned fire during a gunfight that lasted about two hours, the command said in a statement, adding that "at least two terrorists" were believed to have been hit. No bodies of attackers had been recovered by Sunday evening.

The patrol was returning to its base after an operation to destroy coca laboratories when it came under fire from a ridge, according to a local official.

The government extended a state of emergency in the area by 60 days and sent additional special forces troops by helicopter, the defence ministry said.

It was the deadliest attack on the military in the VRAEM since an ambush near the village of Natividad in February 2023 in which seven soldiers were killed.

The remote valley is the centre of coca production in Peru, the world's second-largest producer of the leaf used to make cocaine after Colombia. Authorities say the remaining Shining Path fighters, a few hundred at most, now act mainly as armed protection for drug traffickers.
""",
["PE", "CO"],
[("battle", "PE", "Vizcatán del Ene", 3, False), ("battle", "PE", "Natividad", 7, True)],
["strategic"],
[], ["Shining Path", "Joint Command of the Armed Forces"],
"Ambush of a patrol = battle, 3 soldiers; 'believed to have been hit', no bodies -> attackers not added. 2023 Natividad ambush = background battle, 7. Emergency extension + deployment = strategic. CO via comparison with Colombia (a place reference).")

art("wire", "2025-05-12", "Six inmates killed in gang fight at Honduran prison",
"""
TEGUCIGALPA - Six inmates were killed and nine injured on Sunday when members of rival gangs fought with knives and firearms inside El Porvenir prison near the Caribbean port city of La Ceiba, Honduran prison authorities said.

The fighting broke out in the morning during visiting hours, when members of the Mara Salvatrucha gang attacked a wing holding members of Barrio 18, the National Penitentiary Institute (INP) said in a statement. Military police regained control of the prison after about three hours.

Relatives gathered outside the prison gates for news, and several women said they had heard gunfire for more than an hour. Authorities did not explain how firearms had been smuggled into the facility.

President Xiomara Castro ordered the military police to take over security at all of the country's prisons for a further six months and said officials who had allowed weapons inside would be prosecuted.

It was the deadliest prison violence in Honduras since June 2023, when 46 women were killed in a riot at the women's prison in Tamara, north of the capital.

Rights groups say overcrowding and gang control of cell blocks have made Honduran prisons some of the most dangerous in the region. The government has been under pressure to adopt the hardline approach of neighbouring El Salvador, where tens of thousands of suspected gang members have been detained without trial.
""",
["HN", "SV"],
[("riot", "HN", "El Porvenir", 6, False), ("riot", "HN", "Tamara", 46, True)],
["strategic"],
["Xiomara Castro"], ["Mara Salvatrucha", "Barrio 18", "National Penitentiary Institute"],
"Prison gang fight = riot (NOTES: prison riots = riot), 6. 2023 Tamara prison riot = background riot, 46. Military takeover of prisons = strategic. SV via El Salvador; 'tens of thousands' detained is not a toll.")

art("wire", "2025-07-13", "Gunman kills four at Lubbock bar before being shot dead by police",
"""
LUBBOCK, Texas - A gunman opened fire inside a crowded bar in Lubbock late on Saturday, killing four people and wounding seven before police officers shot him dead, authorities said on Sunday.

Police Chief Mark Hensley said officers arrived within three minutes of the first emergency call and exchanged fire with the suspect near the bar's back door. One officer was wounded in the arm and is expected to recover.

The suspect was identified as a 31-year-old man who had moved to Lubbock from Georgia two years ago and had worked briefly at the bar. Investigators were looking into reports that he had been fired after an argument with a manager, Hensley said.

Among the victims was Jordan Ellis, 24, a student at Texas Tech University who was celebrating a friend's birthday, his family said in a statement.

The FBI was helping with the investigation. Governor Greg Abbott said he had offered "every resource the state has" to the city.

The Gun Violence Archive, which defines a mass shooting as one in which four or more people are shot, not counting the shooter, has recorded more than 250 such shootings in the United States so far this year.
""",
["US"],
[("civilian_attack", "US", "Lubbock", 5, False)],
[],
["Mark Hensley", "Greg Abbott"], ["FBI", "Gun Violence Archive", "Texas Tech University"],
"MASS SHOOTING with PERPETRATOR DEATH: 4 victims + gunman shot dead = 5. TRAPS: 'Georgia' is the US state (no GE); 'Jordan Ellis' is a person (no JO); 'fired' = dismissed from a job. 250 mass shootings = aggregate.")

art("wire", "2025-04-16", "Cars torched, police station attacked in Lyon suburb after teenager's death",
"""
VAULX-EN-VELIN, France - Youths set fire to dozens of cars and attacked a police station with fireworks in Vaulx-en-Velin, a suburb of Lyon, overnight into Wednesday after a 17-year-old died when his scooter collided with a police car during a chase, officials said.

Groups of masked young people threw stones and mortar-style fireworks at officers and set up burning barricades on the main avenue, the Rhone prefecture said. Police responded with tear gas and rubber bullets. A bus depot and two shops were also set on fire.

Forty-one people were arrested and 12 officers were lightly injured. "No deaths were reported in the unrest," the prefecture said in a statement on Wednesday morning.

Interior Minister Bruno Retailleau condemned "unacceptable violence" and announced that 300 additional riot police would be deployed in the Lyon area for the coming nights.

The teenager's family disputed the police account of the crash and called for an independent investigation. The prosecutor's office in Lyon said it had opened an inquiry into the circumstances of the collision.

The unrest revived memories of the nationwide riots of summer 2023, which followed the fatal police shooting of a teenager at a traffic stop in Nanterre, west of Paris. Those riots caused hundreds of millions of euros in damage.
""",
["FR"],
[("riot", "FR", "Vaulx-en-Velin", 0, False), ("civilian_attack", "FR", "Nanterre", 1, True)],
["strategic"],
["Bruno Retailleau"], [],
"RIOT with EXPLICIT ZERO: 'No deaths were reported in the unrest' -> 0. The scooter/police-car collision is an accident, not an incident. Arrests + riot-police deployment = strategic. 2023 Nanterre fatal police shooting = background civilian_attack, 1; the 2023 nationwide riots are multi-place, not listed.")

art("wire", "2025-12-13", "One killed as BNP and Jamaat supporters clash in Bangladesh's Bogura",
"""
DHAKA - One person was killed and at least 30 injured when supporters of the Bangladesh Nationalist Party (BNP) and Jamaat-e-Islami fought with sticks, bricks and machetes in Sherpur upazila of Bogura district on Friday, police said, as tension rises ahead of February's general election.

The clash broke out when rival processions met at a bazaar, a local police official said. A 35-year-old BNP activist died of head injuries on the way to hospital. Police fired rubber bullets and tear gas to disperse the crowds, and army units were deployed in the area on Saturday.

In Dhaka, meanwhile, several thousand students and supporters of the National Citizen Party (NCP) held a peaceful rally at Shahbagh on Friday afternoon, demanding that the election be held under a reformed constitution. The rally ended without incident.

The interim government led by Muhammad Yunus condemned the Bogura violence and urged parties to "compete with ideas, not weapons".

Bangladesh's politics have been in flux since a student-led uprising in 2024 ousted Prime Minister Sheikh Hasina, who fled to India. The United Nations has said about 1,400 people may have been killed during that crackdown. Hasina's Awami League has been barred from political activity.
""",
["BD", "IN"],
[("riot", "BD", "Sherpur", 1, False), ("protest", "BD", "Shahbagh", None, False)],
["strategic", "diplomacy"],
["Muhammad Yunus", "Sheikh Hasina"], ["Bangladesh Nationalist Party", "Jamaat-e-Islami", "National Citizen Party", "United Nations", "Awami League"],
"POLITICAL CLASHES: supporters of rival parties fighting = riot (mob violence), 1. Shahbagh rally 'ended without incident' = protest, null (no statement about deaths -> null, not 0). Army deployment = strategic; government condemnation = diplomacy. 1,400 in 2024 = aggregate; the Awami League ban is background.")

art("wire", "2025-02-26", "Bomb wounds eight at Sungai Kolok market; rubber tapper shot dead in Pattani",
"""
PATTANI, Thailand - A bomb hidden in a parked motorcycle exploded outside a market in Sungai Kolok, a town in Narathiwat province on the border with Malaysia, on Tuesday morning, wounding eight people, police said. No one was killed.

Hours later, two gunmen on a motorcycle shot dead a 52-year-old rubber tapper as he rode to work in Yaring district of neighbouring Pattani province, local police said.

Police blamed both attacks on insurgents from the Barisan Revolusi Nasional (BRN), the main group fighting for greater autonomy for the largely Malay Muslim provinces of Thailand's deep south. The group rarely claims attacks.

Troops set up additional checkpoints on roads leading out of Sungai Kolok, and the military said it was reviewing security camera footage from the market.

The attacks came as Malaysia, which facilitates on-off peace talks between Bangkok and the BRN, tries to bring the two sides back to the table. The last formal round of talks was held more than a year ago.

More than 7,000 people have been killed in the insurgency since it reignited in 2004, according to the monitoring group Deep South Watch.
""",
["TH", "MY"],
[("explosion", "TH", "Sungai Kolok", 0, False), ("civilian_attack", "TH", "Yaring", 1, False)],
["strategic"],
[], ["Barisan Revolusi Nasional", "Deep South Watch"],
"TWO INCIDENTS, DIFFERENT TYPES: motorcycle bomb = explosion with EXPLICIT ZERO ('No one was killed'); shooting of a rubber tapper = civilian_attack, 1. Extra checkpoints = strategic. Malaysia's facilitation is ongoing context, not a reported event. 7,000 since 2004 = aggregate.")

art("wire", "2025-09-25", "PNG police say more than two dozen killed in Enga tribal fighting",
"""
PORT MORESBY - Police in Papua New Guinea said on Thursday that more than two dozen people had been killed in tribal fighting in the highlands province of Enga this week, up from eight reported on Monday, as bodies were recovered from the bush and roadsides.

Fighting between two clans near Wapenamanda broke out over the weekend after a long-running dispute over land, provincial police commander George Kakas told reporters. Fighters armed with high-powered rifles and machetes attacked settlements on both sides, and houses and food gardens were burned.

"The figure will rise as we reach more villages," Kakas said, adding that police and soldiers were negotiating with clan leaders to secure the recovery of bodies.

The government deployed 100 soldiers to the province under a state of emergency declared on Wednesday, Prime Minister James Marape said. Australia, the country's largest aid donor, offered to send police advisers and a medical team.

Enga has been the scene of repeated clan warfare in recent years, fuelled by the spread of modern firearms, some of them smuggled from neighbouring countries, and by disputes over land and gold mining revenue. Hundreds of people have been displaced by the latest fighting, aid agencies said.
""",
["PG", "AU"],
[("battle", "PG", "Wapenamanda", 24, False)],
["strategic", "diplomacy"],
["George Kakas", "James Marape"], [],
"FOLLOW-UP + VAGUE: 'more than two dozen' -> 24 (lower bound; 8 was Monday's figure). Clan-vs-clan armed fighting = battle (organised armed groups; judgment). Soldier deployment + emergency = strategic; Australia's offer = diplomacy. 'Hundreds' displaced is not a toll.")

art("wire", "2025-05-19", "Several dead in Manipur gunfight; crowd tries to storm legislator's office in Imphal",
"""
IMPHAL - Several people were killed on Sunday in a gunfight between armed village volunteers of the Meitei and Kuki-Zo communities near Phougakchao Ikhai, on the boundary between Bishnupur and Churachandpur districts in India's northeastern state of Manipur, officials said.

The exchange of fire began before dawn and continued for several hours until personnel of the Assam Rifles and the Central Reserve Police Force (CRPF) moved into the buffer zone between the two communities, a police officer said. Officials did not give an exact number of dead, saying bodies had been taken to hospitals on both sides.

On Sunday evening, a crowd protesting against the killings tried to storm the office of a local legislator in Imphal West, throwing stones and setting fire to a vehicle before security forces dispersed it with tear gas.

Authorities imposed a curfew in five valley districts and suspended mobile internet services for three days.

Ethnic violence between the mainly Hindu Meitei majority and the mostly Christian Kuki-Zo tribes has killed more than 250 people since May 2023 and displaced about 60,000. Officials have accused armed groups of using bases across the border in Myanmar.
""",
["IN", "MM"],
[("battle", "IN", "Phougakchao Ikhai", None, False), ("riot", "IN", "Imphal West", None, False)],
["strategic"],
[], ["Assam Rifles", "Central Reserve Police Force"],
"VAGUE: 'several people were killed' -> null (vaguer than ACLED's words). Gunfight between armed community groups = battle. Crowd throwing stones/burning a vehicle = riot, null. Curfew/internet ban = strategic. 250 since 2023 = aggregate. MM via Myanmar.")

# ---------------------------------------------------------------------------------------
# 16 quiet articles: no current incident; violence words in other senses and near-misses.
# ---------------------------------------------------------------------------------------

art("quiet", "2025-05-20", "Valtrix shares shoot up after Dutch chip firm fends off hostile takeover",
"""
AMSTERDAM - Shares in Valtrix, a Dutch maker of semiconductor testing equipment, shot up 18 percent on Tuesday after Munich-based rival Kessler Halbleiter abandoned its hostile takeover bid, ending a three-month battle for control of the company.

Kessler had offered 42 euros a share in cash, but Valtrix's board rejected the bid as "opportunistic" and adopted a so-called poison pill that would have diluted any stake above 30 percent. On Monday evening Kessler said it was walking away because it could not secure enough support from investors.

"We have been killing it in the memory-chip segment for two years, and our shareholders knew that," Valtrix chief executive Marloes de Wit told analysts on a conference call. She said the company would raise its dividend and buy back shares worth 200 million euros.

The collapse of the deal is a blow for Kessler chief executive Tobias Brandt, who had staked his reputation on the bid after a bruising year in which his company's shares crashed by a third. Kessler shares fell 6 percent in Frankfurt.

Analysts said the fight showed how hard it had become to do large cross-border deals in the chip sector, where governments have grown wary of foreign control of strategic technology.
""",
["NL", "DE"], [], [],
["Marloes de Wit", "Tobias Brandt"], ["Valtrix", "Kessler Halbleiter"],
"QUIET (business): 'shot up', 'hostile takeover', 'battle for control', 'poison pill', 'killing it', 'crashed', 'fight' are market vocabulary. NL via Dutch/Amsterdam, DE via Munich/Frankfurt.")

art("quiet", "2025-10-08", "Nigerian minister under fire as war of words with senator escalates",
"""
ABUJA - Nigeria's minister of works came under fire from lawmakers on Wednesday as a war of words with a senator from the Niger Delta over stalled road projects escalated into accusations of corruption and political sabotage.

Senator Ebiere Tamuno accused the minister, Chukwuma Obiora, of "killing the coastal highway project with neglect" and of targeting opposition states when awarding contracts. In a heated Senate session, she brandished photographs of abandoned bridges and called the ministry's budget "a crime scene".

Obiora fired back at a news conference, describing the allegations as "a political assassination of my character" by people he said were preparing for the 2027 elections. He said all contracts had followed due process and challenged the senator to produce evidence.

The ruling All Progressives Congress (APC) called for calm, while the opposition Peoples Democratic Party (PDP) demanded an investigation by the anti-graft agency.

Political analysts said the row reflected a wider battle within the governing coalition ahead of the primaries, in which ministers with presidential ambitions have been targeted by rivals in the press and in parliament.
""",
["NG"], [], [],
["Ebiere Tamuno", "Chukwuma Obiora"], ["Senate", "All Progressives Congress", "Peoples Democratic Party"],
"QUIET (politics): 'under fire', 'war of words', 'killing ... with neglect', 'targeting', 'crime scene', 'fired back', 'political assassination of my character', 'battle'. TRAP: 'Niger Delta' is a region of Nigeria -> no NE. Domestic political row, no diplomacy (no government-to-government act).")

art("quiet", "2026-01-10", "Osimhen strikes as Nigeria beat Cameroon in shootout to reach AFCON semi-finals",
"""
RABAT - Victor Osimhen scored in normal time and converted the decisive kick as Nigeria beat Cameroon 5-4 in a penalty shootout to reach the semi-finals of the Africa Cup of Nations in Morocco on Friday night.

The 27-year-old striker gave the Super Eagles the lead with a thunderous shot in the 34th minute, but Cameroon hit back through a second-half blitz, equalising after a defensive error and laying siege to the Nigerian goal for the final twenty minutes.

Neither side could find a winner in extra time. In the shootout, goalkeeper Stanley Nwabali dived to his left to save Cameroon's fourth kick before Osimhen fired the winning penalty into the top corner.

"It was a battle, a real war out there, but we kept our heads," Nigeria coach Eric Chelle said. "My players were killers tonight in front of goal."

Cameroon coach Marc Brys said his side had been "shot down by one moment of bad luck".

Nigeria will face the hosts in the semi-finals in the battle for the title, with Morocco unbeaten so far in the tournament and backed by a capacity crowd expected at the Prince Moulay Abdellah Stadium.
""",
["NG", "CM", "MA"], [], [],
["Victor Osimhen", "Stanley Nwabali", "Eric Chelle", "Marc Brys"], ["Super Eagles"],
"QUIET (sport): 'striker', 'shootout', 'blitz', 'laying siege', 'battle', 'war', 'killers', 'shot down', 'fired' are football vocabulary. Countries via national teams and host venue (Rabat/Morocco).")

art("quiet", "2025-02-19", "Engineered immune cells wipe out tumours in mice, Swedish study finds",
"""
STOCKHOLM - Researchers at the Karolinska Institutet have engineered immune cells that attack and destroy pancreatic tumours in mice, a result they say could open a new front in the war on one of the deadliest cancers.

The team modified so-called T cells, the body's cancer-killing soldiers, so that they could penetrate the dense tissue that normally shields pancreatic tumours from the immune system. In the experiments, published in the journal Nature Medicine, the tumours shrank or disappeared in 14 of 20 animals.

"The tumour builds a fortress around itself, and our cells learn to break through the walls," said lead author Elin Lundqvist. She cautioned that many treatments that kill cancer cells in mice fail in people.

The approach is different from autoimmune diseases such as type 1 diabetes, in which the immune system attacks the body's own healthy tissue. The researchers said they had seen no sign of the modified cells turning on healthy organs.

The study was carried out with colleagues at the University of Copenhagen, and the team hopes to begin a small trial in patients in Denmark and Sweden in 2027.
""",
["SE", "DK"], [], [],
["Elin Lundqvist"], ["Karolinska Institutet", "Nature Medicine", "University of Copenhagen"],
"QUIET (science): 'attack and destroy', 'new front in the war', 'cancer-killing soldiers', 'fortress', 'immune system attacks'. SE via Stockholm/Swedish/Sweden; DK via Denmark.")

art("quiet", "2024-08-03", "Flash floods kill 12 in Pakistan's Swat valley",
"""
MINGORA, Pakistan - Flash floods triggered by a cloudburst swept through villages in the Swat valley of northwestern Pakistan on Friday, killing 12 people, including five children, and washing away dozens of homes and a bridge, rescue officials said.

A spokesman for the Rescue 1122 emergency service said 12 bodies had been recovered and at least seven people were still missing after the Swat river burst its banks near Bahrain town. Dozens of tourists stranded in hotels along the river were evacuated by boat.

The National Disaster Management Authority (NDMA) warned of more heavy rain in Khyber Pakhtunkhwa and Gilgit-Baltistan over the weekend and urged tourists to avoid travelling to the northern valleys.

Pakistan has been hit by increasingly intense monsoon rains in recent years. Floods in 2022, which scientists linked to climate change, killed more than 1,700 people and caused damage estimated at 30 billion dollars.

Residents said the water rose within minutes. "It came like an army, there was no time to run," said one shopkeeper in Mingora, the main town of the valley.
""",
["PK"], [], [],
[], ["Rescue 1122", "National Disaster Management Authority"],
"QUIET (weather): flood deaths (12) are a disaster, not an incident. TRAP: 'Bahrain' is a town in Swat -> no BH. 'like an army' is a simile. 2022 floods = disaster aggregate.")

art("quiet", "2025-06-11", "Reactor blast at Gujarat chemical plant kills seven workers",
"""
AHMEDABAD, India - An explosion in a reactor at a chemical plant in the Dahej industrial area of Gujarat's Bharuch district killed seven workers and injured 15 on Tuesday night, officials said.

The blast, which was heard several kilometres away, occurred during the production of a solvent used in the pharmaceutical industry and set off a fire that took firefighters more than four hours to bring under control, the district collector said.

Factory inspectors said an initial investigation pointed to a build-up of pressure in the reactor after a cooling system failed. The state government ordered an inquiry and said the plant would remain closed until it was completed.

Workers' unions said safety rules were routinely ignored in the industrial estate, where at least three other fatal accidents have occurred since 2023. The company said it was cooperating with the authorities and would pay compensation of 2.5 million rupees to the family of each worker who died.

Prime Minister Narendra Modi expressed his condolences on social media.
""",
["IN"], [], [],
["Narendra Modi"], [],
"QUIET (industrial accident): 'explosion', 'blast', 'killed seven' but an accident -> not an incident (NOTES). Inquiry/closure order are administrative, not strategic events of the allowed kind; no arrests or charges.")

art("quiet", "2025-12-02", "Bus and fuel tanker collide on Kabul-Kandahar highway, killing 21",
"""
GHAZNI, Afghanistan - At least 21 people were killed when a passenger bus collided with a fuel tanker on the Kabul-Kandahar highway in Ghazni province early on Tuesday, and both vehicles burst into flames, local officials said.

The provincial information department said the bus, travelling from Kabul to Herat, hit the tanker head-on while overtaking a truck on a bend in the Muqur district. Fourteen passengers were injured, several of them with severe burns.

Witnesses described a fireball that could be seen from nearby villages. "There was a huge blast and then everything was burning," a driver who stopped to help said.

Road accidents are common in Afghanistan, where many highways were badly damaged during decades of war and drivers often ignore speed limits. The Taliban administration has announced campaigns against reckless driving, but traffic police have few resources.

In August, a similar crash in Herat province killed more than 70 people, including returnees deported from Iran.
""",
["AF", "IR"], [], [],
[], ["Taliban"],
"QUIET (traffic crash): 21 deaths, 'blast', 'fireball', 'decades of war' but an accident -> no incident; the August Herat crash is also an accident (not background incident). IR via 'deported from Iran'.")

art("quiet", "2025-11-04", "Polish studio's Warsaw Uprising shooter storms the sales charts",
"""
WARSAW - A tactical shooter set during the 1944 Warsaw Uprising has become the fastest-selling game in the history of its Polish developer, Iron Meridian, selling more than a million copies in its first week.

In "Forty-Four", players lead a unit of the Home Army through the ruins of the Old Town, ambushing German patrols, laying explosives under bridges and calling in supply drops. The studio said it had worked with historians from the Warsaw Rising Museum to recreate streets that were destroyed in the fighting.

Critics have praised its atmosphere but some reviewers said the game's bombing runs and sniper missions sit uneasily with the real suffering of the city's civilians. "It is a war game, and it kills you many times before you learn," one reviewer wrote.

Studio head Katarzyna Zielinska said the team had avoided showing graphic executions. "We wanted people to feel the fear, not to enjoy the violence," she said.

The game's success comes as Poland's video game industry, which produced hits such as The Witcher and Cyberpunk 2077, attracts record investment.
""",
["PL", "DE"], [], [],
["Katarzyna Zielinska"], ["Iron Meridian", "Home Army", "Warsaw Rising Museum"],
"QUIET (video game about war): ambushes, explosives, bombing runs, sniper missions are game content; the 1944 uprising is history without a specific toll -> nothing listed. DE via 'German patrols' (state actor in the setting); 'storms the sales charts' is figurative.")

art("quiet", "2025-04-19", "Oklahoma City marks 30 years since federal building bombing",
"""
OKLAHOMA CITY - Survivors and relatives of victims gathered on Saturday to mark the 30th anniversary of the bombing of the Alfred P. Murrah Federal Building, which killed 168 people in what remains the deadliest act of homegrown terrorism in the United States.

The crowd observed 168 seconds of silence at the Oklahoma City National Memorial at 9:02 a.m., the minute the truck bomb exploded on April 19, 1995. The names of the dead, 19 of them children, were read aloud.

Timothy McVeigh, a former soldier who parked the rented truck packed with fertilizer and fuel in front of the building, was executed in 2001. His accomplice Terry Nichols is serving life in prison.

"For thirty years this city has refused to let hate have the last word," Governor Kevin Stitt told the gathering.

Memorial officials said a new exhibition on the rise of anti-government extremism would open later this year, drawing on interviews with survivors, first responders and the investigators who tracked McVeigh down within 90 minutes of the blast.
""",
["US"], [("explosion", "US", "Alfred P. Murrah Federal Building", 168, True)], [],
["Timothy McVeigh", "Terry Nichols", "Kevin Stitt"], ["Oklahoma City National Memorial"],
"QUIET (anniversary): the 1995 truck bombing is background only (explosion, 168, location the building). Ceremony is not an event. Oklahoma is a US state, the country via 'United States'.")

art("quiet", "2025-09-23", "Trial opens over 2023 grenade attack on Uppsala pizzeria",
"""
UPPSALA, Sweden - Three young men went on trial in Uppsala on Tuesday accused of murder over a grenade attack on a pizzeria in the city in October 2023 that killed two customers and wounded four.

Prosecutor Johanna Lind told the Uppsala District Court that the attack had been ordered by a criminal network as part of a feud with a rival gang, and that the two people killed had no links to either group. One of the defendants, who was 17 at the time, is accused of throwing the grenade through the door; the other two of supplying it and acting as lookouts.

The main suspect was arrested in Denmark last year and extradited to Sweden. All three deny the charges.

Sweden has struggled with a wave of gang violence, including shootings and bombings, that has made it one of the countries with the highest rates of gun deaths in Europe. The government has tightened sentences and given police wider powers to carry out stop-and-search operations.

The trial is expected to last six weeks.
""",
["SE", "DK"], [("explosion", "SE", "Uppsala", 2, True)], ["strategic"],
["Johanna Lind"], ["Uppsala District Court"],
"QUIET (trial of an old attack): the trial is the news (strategic: court case/charges); the October 2023 grenade attack is background explosion, 2. The Danish arrest/extradition happened 'last year' -> background, not listed. Gang-violence wave = aggregate.")

art("quiet", "2026-01-06", "Militant attacks in Pakistan rose by a third in 2025, think tank says",
"""
ISLAMABAD - Militant attacks in Pakistan rose by about a third in 2025 to their highest level in a decade, with Khyber Pakhtunkhwa and Balochistan accounting for nearly nine in ten of them, an Islamabad-based think tank said in its annual report on Tuesday.

The Pakistan Institute for Conflict and Security Studies (PICSS) recorded 1,210 attacks during the year, in which 1,480 people were killed, among them 610 members of the security forces. Suicide bombings rose to 41 from 29 the year before.

The deadliest single attack of the year was a suicide bombing of a bus carrying soldiers in Kohat in March, which killed 19, the report said.

The report attributed most attacks to the Pakistani Taliban, or Tehreek-e-Taliban Pakistan (TTP), and to separatist groups in Balochistan. It said militants continued to use sanctuaries across the border in Afghanistan, a claim the Taliban government denies.

Security forces killed more than 900 militants in operations during the year, it added.
""",
["PK", "AF"], [("explosion", "PK", "Kohat", 19, True)], [],
[], ["Pakistan Institute for Conflict and Security Studies", "Tehreek-e-Taliban Pakistan", "Taliban"],
"QUIET (annual statistics): all yearly figures are aggregates, not events. The March Kohat bus bombing is a specific past incident cited as context -> background explosion, 19. 'more than 900 militants killed in operations' = aggregate.")

art("quiet", "2025-09-15", "Indian and French navies stage live-fire drills in Arabian Sea",
"""
NEW DELHI - The Indian and French navies began a week of joint exercises in the Arabian Sea on Monday, with warships firing missiles at floating targets and fighter jets from two aircraft carriers staging mock strikes on a simulated enemy fleet.

The annual Varuna exercise involves the French carrier Charles de Gaulle and the Indian carrier INS Vikrant, along with destroyers, frigates and a submarine from each side, the Indian Navy said in a statement. Rafale jets from both navies will practise air defence and anti-submarine warfare.

"Our sailors will train to fight together and win together," said Rear Admiral Vikram Menon, who commands the Indian task group.

France is one of India's closest defence partners and has supplied it with fighter jets and submarines. The exercise comes as both countries seek to expand their presence in the Indian Ocean, where China's navy has become increasingly active.

A sinking exercise on Thursday, in which a decommissioned Indian ship will be destroyed with live torpedoes, will close the drills, officials said.
""",
["IN", "FR", "CN"], [], ["strategic"],
["Vikram Menon"], ["Indian Navy"],
"QUIET (military exercise): missile firing, mock strikes, sinking exercise are drills, not incidents. Exercise = deployment of forces -> strategic (judgment). Indian Ocean is a region; CN via 'China's navy'.")

art("quiet", "2026-02-20", "Armenia and Azerbaijan resume peace talks in Abu Dhabi",
"""
ABU DHABI - Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Abu Dhabi on Friday for a new round of talks on a peace treaty, their offices said, as the two former foes try to end more than three decades of conflict.

The leaders discussed the demarcation of their 1,000-km border and the opening of transport routes through southern Armenia, according to a joint statement issued after the meeting, which was hosted by the United Arab Emirates.

The two countries initialled the text of a peace agreement in Washington last year, but Azerbaijan has said it will not sign it until Armenia removes from its constitution a reference to Karabakh that Baku considers a territorial claim.

Azerbaijan regained full control of Karabakh in a lightning offensive in September 2023, after which almost the entire ethnic Armenian population of the region fled. The two countries fought a six-week war in 2020 that killed more than 6,500 people.

"We have never been closer to a lasting peace," Pashinyan told reporters after the talks.
""",
["AM", "AZ", "AE", "US"], [("battle", "AZ", "Karabakh", None, True)], ["diplomacy"],
["Nikol Pashinyan", "Ilham Aliyev"], [],
"QUIET (peace talks): summit = diplomacy. September 2023 offensive in Karabakh = background battle, no toll (null), country AZ (where it happened). The 2020 war toll is an aggregate. US via Washington (venue of last year's initialling); AE via Abu Dhabi/United Arab Emirates.")

art("quiet", "2024-12-05", "Poland signs $2.1 billion deal for South Korean rocket launchers",
"""
WARSAW - Poland signed a 2.1 billion dollar contract on Thursday to buy 72 more Chunmoo multiple rocket launchers from South Korea's Hanwha Aerospace, expanding an arsenal it says is needed to deter any attack from Russia.

Defence Minister Wladyslaw Kosiniak-Kamysz said the launchers, which can strike targets up to 290 km away, would give Poland "firepower that no aggressor can ignore". Part of the systems will be assembled in Poland under a technology-transfer agreement.

The deal is the latest in a series of arms purchases from Seoul since Russia's full-scale invasion of Ukraine in 2022, including K2 tanks, K9 howitzers and FA-50 light fighter jets. Poland now spends more than 4 percent of its economic output on defence, the highest share in NATO.

South Korea's defence acquisition agency said the agreement showed its weapons industry was becoming "a key partner for European security".

Critics in the Polish parliament have questioned the cost of the programme and the speed at which contracts were signed.
""",
["PL", "KR", "RU", "UA"], [], ["diplomacy"],
["Wladyslaw Kosiniak-Kamysz"], ["Hanwha Aerospace", "NATO"],
"QUIET (arms deal): government purchase agreement = diplomacy. 'strike targets', 'firepower', 'attack from Russia' (hypothetical). The 2022 invasion is war context, not a specific incident -> not listed. KR via South Korea/Seoul.")

art("quiet", "2025-10-28", "Cyber attack on London hospitals linked to North Korea, UK agency says",
"""
LONDON - A ransomware attack that crippled computer systems at three London hospitals this month was carried out by a criminal group linked to North Korea's intelligence services, Britain's National Cyber Security Centre (NCSC) said on Tuesday.

The attack forced the hospitals to cancel more than 1,500 operations and appointments and divert ambulances to other sites, the National Health Service said. Patient records for some 300,000 people may have been stolen, it added.

"This was a reckless attack on the care of sick people," NCSC chief executive Richard Horne said. The Foreign Office said Britain would work with allies to "impose costs" on those responsible.

The hackers, who call themselves Moonlit Lazarus, demanded a ransom of 40 million dollars in cryptocurrency, which the health service said it would not pay.

Cyber security experts said the incident showed how vulnerable hospitals remained to attacks that exploit outdated software.
""",
["GB", "KP"], [], ["diplomacy"],
["Richard Horne"], ["National Cyber Security Centre", "National Health Service", "Foreign Office", "Moonlit Lazarus"],
"QUIET (cyber attack): cyber attacks are not incidents (NOTES). Government attribution/accusation against North Korea = diplomacy. GB via London/Britain/UK.")

art("quiet", "2025-12-09", "German police arrest Syrian suspected of plotting Christmas market attack",
"""
HAMBURG - German police arrested a 19-year-old Syrian man in Hamburg on Tuesday on suspicion of planning an attack on a Christmas market in the city on behalf of the Islamic State group, federal prosecutors said.

The man, identified only as Mohammed A. under German privacy rules, is accused of having researched how to rent a van and of having exchanged messages with an Islamic State contact about attacking "crowds of unbelievers", the Federal Prosecutor's Office said in a statement. Officers also seized two knives and a mobile phone at his flat.

There was no indication that the attack had been imminent, a spokeswoman for the prosecutors said. The Christmas market would open as normal, but with additional police patrols.

Germany has tightened security at Christmas markets since a truck attack on a market in Berlin in 2016 killed 13 people. The man arrived in Germany in 2022 and had a residence permit, according to the interior ministry.
""",
["DE", "SY"], [("civilian_attack", "DE", "Berlin", 13, True)], ["strategic"],
[], ["Islamic State", "Federal Prosecutor's Office"],
"QUIET (foiled plot): arrest + seizure + extra patrols = strategic; the planned attack did not happen -> no incident. 2016 Berlin truck attack = background; vehicle ramming of civilians typed civilian_attack, 13. SY via 'Syrian man'.")


# ---------------------------------------------------------------------------------------
# Checks and output
# ---------------------------------------------------------------------------------------

SENT_SPLIT = re.compile(r"(?<=[.!?])['\"]?\s+(?=[A-Z'\"(])")


def records():
    out = []
    for i, a in enumerate(A, 1):
        rid = "bf3-%02d" % i
        out.append({
            "id": rid,
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
    for i, a in enumerate(A, 1):
        rid = "bf3-%02d" % i
        k = a["kind"]
        kinds[k] = kinds.get(k, 0) + 1
        text = (a["title"] or "") + "\n" + a["body"]
        e = lambda msg: errors.append("%s [%s]: %s" % (rid, k, msg))
        if not re.fullmatch(r"202[4-6]-\d\d-\d\d", a["published"] or ""):
            e("published must be a 2024-2026 date")
        cs = a["countries"]
        if len(set(cs)) != len(cs):
            e("duplicate country")
        for c in cs:
            if c not in ISO2:
                e("unknown ISO2 %r" % c)
        for (t, c, loc, f, bg) in a["incidents"]:
            if t not in INCIDENT_TYPES:
                e("bad incident type %r" % t)
            if c not in cs:
                e("incident country %s not in countries_mentioned" % c)
            if loc is not None and loc not in text:
                e("location %r not verbatim in text" % loc)
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
            if len(a[lab]) > 8:
                e("more than 8 %s" % lab)
            for ent in a[lab]:
                if ent not in text:
                    e("entity %r not verbatim in text" % ent)
        current = [x for x in a["incidents"] if not x[4]]
        if k == "satp":
            if a["title"] is not None:
                e("SATP-style text must have a null title")
            n = len(SENT_SPLIT.split(a["body"]))
            if not 1 <= n <= 3:
                e("SATP-style text has %d sentences" % n)
        elif k == "wire":
            w = len(a["body"].split())
            if not 150 <= w <= 450:
                e("wire body has %d words" % w)
            if not current:
                e("wire article without a current incident")
        elif k == "quiet":
            if current:
                e("quiet article with a current incident")
        else:
            e("unknown kind")
        if not a["note"]:
            e("missing note")
    if kinds != KINDS:
        errors.append("kind counts %r != %r" % (kinds, KINDS))
    satp_cur = sum(1 for a in A if a["kind"] == "satp" and any(not x[4] for x in a["incidents"]))
    if satp_cur != 7:
        errors.append("SATP-style texts with a current incident: %d, want 7" % satp_cur)
    ids = [r["id"] for r in records()]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    return errors


def stats():
    by_type, cur, bg, fat_known = {}, 0, 0, 0
    for a in A:
        for (t, c, loc, f, b) in a["incidents"]:
            by_type[t] = by_type.get(t, 0) + 1
            if b:
                bg += 1
            else:
                cur += 1
                if f is not None:
                    fat_known += 1
    no_cur = sum(1 for a in A if not any(not x[4] for x in a["incidents"]))
    return ("articles %d (%s); incidents %d: %s; current %d, background %d; "
            "current with fatalities stated %d; articles without a current incident %d"
            % (len(A), ", ".join("%s %d" % kv for kv in KINDS.items()),
               cur + bg, ", ".join("%s %d" % (t, by_type[t]) for t in sorted(by_type)),
               cur, bg, fat_known, no_cur))


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
            print("- %s [%s] %s | %s | %s | %s | %s" % (
                r["id"], a["kind"], a["title"] or "(no title)", ",".join(a["countries"]) or "-",
                inc, ",".join(a["other"]) or "-", a["note"]))
        return 0
    if "--check" not in argv:
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind_fresh3.jsonl")
        with open(path, "w", encoding="utf-8") as fh:
            for r in records():
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("wrote", path)
    print(stats())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

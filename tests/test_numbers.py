"""Fatalities: the stated lower bound, never the injured, totals flagged."""

import pytest

from geo.numbers import find_fatalities, parse_number, sentence_fatalities


@pytest.mark.parametrize("sentence, expected", [
    ("A suicide bus bombing killed 14 people in Karachi.", 14),
    ("At least 9 dead after a blast in Quetta.", 9),
    ("Bandits killed a dozen villagers in Zamfara state.", 12),
    ("Dozens of people were killed when the mosque was hit.", None),
    ("Hundreds were killed in the siege of Mosul.", None),
    ("Two soldiers and three civilians were killed in the ambush near Kismayo.", 5),
    ("Officials confirmed the death of one of the commander's aides.", 1),
    ("No casualties were reported in either assault.", 0),
    ("Nobody was killed in the blast in Erbil.", 0),
    ("There were no immediate reports of casualties.", 0),
    ("The blast killed five and wounded 20 others.", 5),
    ("20 people were wounded and 3 killed in Sanaa.", 3),
    ("12 people were injured in the explosion.", None),
    ("al-Shabaab fighters killed 7 soldiers and wounded 12 others", 7),
    ("The militants shot dead twenty-one policemen in Chhattisgarh.", 21),
    ("The death toll rose to 45 on Monday.", 45),
    ("The death toll from a truck bombing in the capital rose to at least 230.", 230),
    ("A policeman was killed in Maiduguri.", 1),
    ("killing at least 141 people, 132 of them children", 141),
    ("At least 40 members of the Central Reserve Police Force (CRPF) were killed.", 40),
    ("two \"high-profile\" members of the group were killed and one wounded", 2),
    ("Maoist rebels killed more than 1,200 people over the decade.", 1200),
    ("The air strike claimed 30 lives in Hajjah.", 30),
    ("left nine people dead, including four soldiers", 9),
    ("The 2019 report was published.", None),
    ("An air strike hit a house in Saada, killing a woman and her three children.", 4),
    ("Taliban fighters attacked a checkpoint, killing 12 policemen, a provincial council member said.", 12),
    ("He died on the way to hospital.", 1),
    ("At least 26 people, including a prominent journalist and several local politicians, were killed.", 26),
    ("A suicide bombing has killed at least 80 people and left hundreds injured.", 80),
    ("At least 30 people have died in the floods of violence in Jonglei.", 30),
    ("A policeman and two civilians were killed in Kano.", 3),
    ("The crash killed all 20 on board.", 20),
    ("Police recovered 15 bodies from the site.", 15),
    ("The assault was revenge for the killing of Osama bin Laden in Abbottabad.", 1),
    ("Crowds protested against the killing of civilians in Kano.", None),
])
def test_death_counts(sentence, expected):
    assert sentence_fatalities(sentence) == expected


def test_totals_over_several_incidents_are_flagged():
    found = find_fatalities("The car bomb in Kohat and a bomb in Peshawar killed a total of at least 9 people.")
    assert [(f.value, f.total) for f in found] == [(9, True)]
    single = find_fatalities("The bomb killed 9 people.")
    assert [(f.value, f.total) for f in single] == [(9, False)]


def test_spans_point_at_the_count():
    s = "Police said gunmen killed 14 people in Kaduna."
    (f,) = find_fatalities(s, offset=100)
    assert s[f.start - 100:f.end - 100].startswith("killed 14 people") or "14" in s[f.start - 100:f.end - 100]


@pytest.mark.parametrize("phrase, value", [
    ("14", 14), ("1,200", 1200), ("nine", 9), ("twenty-one", 21), ("ninety nine", 99),
    ("a dozen", 12), ("dozens", None), ("hundreds", None), ("three hundred", 300), ("banana", None),
])
def test_parse_number(phrase, value):
    assert parse_number(phrase) == value


@pytest.mark.parametrize("sentence, value", [
    ("Two judges were killed when gunmen opened fire on their car in Quetta.", 2),
    ("Three ministers and 16 students were killed in the blast.", 19),
    ("40 personnel of the Border Security Force (BSF) and a driver of the Punjab police were killed.", 41),
    ("Six inmates were killed during the riot at the jail.", 6),
])
def test_victim_groups_with_their_units_are_summed(sentence, value):
    assert [f.value for f in find_fatalities(sentence)] == [value]


@pytest.mark.parametrize("sentence, value", [
    ("A bomber killed provincial minister Bashir Bilour and eight others in Peshawar.", 9),
    ("Gunmen killed the district mayor and two others outside Kandahar.", 3),
])
def test_a_named_victim_and_others_count_together(sentence, value):
    assert [f.value for f in find_fatalities(sentence)] == [value]


@pytest.mark.parametrize("sentence, n", [
    ("A mortar attack on the base on Jan. 8 killed a British contractor.", 1),
    ("The raid on Sept 14 killed 9 fighters, officials said.", 9),
    ("A car bomb on March 30 killed an Iraqi engineer in Mosul.", 1),
])
def test_the_day_of_a_date_is_no_death_count(sentence, n):
    assert sentence_fatalities(sentence) == n


@pytest.mark.parametrize("sentence, expected", [
    ("Rebels ambushed a truck, killing 9 commandos and their driver.", 10),
    ("The raid killed Hamid and at least two other fighters.", 3),
    ("A grenade hit the shop, killing a tailor and three other people.", 4),
    ("Gunmen shot dead Colonel Amir Shah and his driver near the bridge.", 2),
    ("Leila Noori, a lawyer, was shot dead with her bodyguard outside the court.", 2),
])
def test_named_victim_with_companions(sentence, expected):
    assert sentence_fatalities(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("A car bomb hit the convoy near Aden, killing six Britons and two Yemenis.", 8),
    ("The contractor, who was not a citizen, died of his wounds.", 1),
])
def test_nationals_and_a_described_victim_who_died(sentence, expected):
    assert sentence_fatalities(sentence) == expected


def test_toll_of_a_long_named_incident():
    s = "Meanwhile, the death toll from last week's attack on the Jazeera Palace Hotel in the capital has risen to 15."
    assert sentence_fatalities(s) == 15


@pytest.mark.parametrize("sentence, expected", [
    ("Two other people in the car were also killed.", 2),
    ("Omar Farooq, a reporter who had covered the war, died when a bomb attached to his car exploded.", 1),
])
def test_victims_with_a_place_phrase_and_a_described_person_who_died(sentence, expected):
    assert sentence_fatalities(sentence) == expected


@pytest.mark.parametrize("sentence, value", [
    ("The governor was killed along with at least 12 other people when a bomb hit his car.", 13),
    ("The mayor was assassinated on Monday when a bomber blew himself up, killing 7 other people.", 8),
    ("The strike missed the commander, killing two other fighters.", 2),
])
def test_others_beside_a_named_victim_who_died_count_him_too(sentence, value):
    assert max(f.value for f in find_fatalities(sentence)) == value


@pytest.mark.parametrize("sentence", [
    "The head of the council, Haji Ahmad Wali, was killed in custody in Herat.",
    "The city's police chief, Colonel Omar Dahir, was killed along with several of his guards on Monday.",
])
def test_a_person_named_in_apposition_who_was_killed_counts_one(sentence):
    assert [f.value for f in find_fatalities(sentence)] == [1]


@pytest.mark.parametrize("sentence, value", [
    ("Gunmen shot dead an aid worker and her driver outside the clinic.", 2),
    ("The attackers burst into the house, killing him and his son Bilal.", 2),
    ("A military helicopter came down in the hills, killing its four crew members.", 4),
    ("Gunmen shot dead veteran human rights lawyer Rashid Rehman in his office.", 1),
    ("Twelve fighters, four of them foreigners, were killed in the raid.", 12),
    ("A grenade exploded in the market, killing a 12-year-old girl.", 1),
    ("A shell struck their home, killing a family of seven.", 7),
    ("The district chief was killed along with two of his bodyguards when the convoy was ambushed.", 3),
    ("A drone strike killed Ali Rahman, the group's finance chief, and at least six other militants.", 7),
    ("Salim, his brother and four other villagers were killed.", 6),
    ("Police put the toll at 12, but residents said 19 bodies had been pulled from the rubble.", 19),
    ("Three bodies were found on Monday; the final toll was 11.", 11),
    ("The raid raised the number of rebels killed in the week-long operation to 23.", 23),
    ("The death toll, first put at 31, had risen to about 45 by Sunday, doctors said.", 45),
])
def test_tolls_told_as_families_companions_parts_and_revisions(sentence, value):
    assert max(f.value for f in find_fatalities(sentence)) == value


@pytest.mark.parametrize("sentence, value", [
    ("An air strike hit the pickup outside Tal Afar, killing Abu Omar, the group's local emir, and his brother.", 2),
    ("The missiles killed Karim Jan, whom officials called the network's bomb maker, and four other people.", 5),
    ("Gunmen stormed the clinic and shot dead its doctor, Farida Noor, and a nurse, Amina Said.", 2),
    ("Insurgents ambushed the patrol near Baidoa, killing both policemen and seizing their rifles.", 2),
    ("Gunmen killed Abdul Qadir Wardak, head of the district council, outside his house.", 1),
    ("A girl of the Tiv community was killed when raiders burned the settlement.", 1),
    ("At least five soldiers loyal to the regional administration were killed in the assault.", 5),
])
def test_tolls_told_by_names_roles_and_both(sentence, value):
    assert max(f.value for f in find_fatalities(sentence)) == value


@pytest.mark.parametrize("sentence", [
    "The fighting killed both civilians and soldiers, residents said.",
    "The strike killed Haji Karim, a commander of the group, and several of his men.",
])
def test_both_sides_and_a_named_victim_among_others_give_no_single_count(sentence):
    assert 1 not in [f.value for f in find_fatalities(sentence)] and 2 not in [f.value for f in find_fatalities(sentence)]


@pytest.mark.parametrize("sentence, value", [
    ("On Monday, a drone strike killed Mullah Dadullah in Helmand, officials said.", 1),
    ("An army major and two soldiers were killed in the ambush.", 3),
    ("Rebels shot dead Ward Councillor Ram Prasad and former MLA Shiv Kumar near the village.", 2),
    ("Six police officers, including a deputy superintendent, and three militants were killed in the gunfight.", 9),
    ("The strike killed Mullah Nazir and his deputy.", 2),
])
def test_tolls_of_titled_names_ranks_two_named_people_and_a_part_named_in_passing(sentence, value):
    assert max(f.value for f in find_fatalities(sentence)) == value


def test_a_toll_over_several_days_of_fighting_is_a_total():
    found = find_fatalities("Medics said at least 40 people had been killed in four days of clashes in the city.")
    assert [(f.value, f.total) for f in found] == [(40, True)]
    one_day = find_fatalities("At least 40 people were killed in clashes in the city on Monday.")
    assert [(f.value, f.total) for f in one_day] == [(40, False)]


def test_the_death_word_shortcut_skips_only_sentences_that_state_no_count(monkeypatch):
    import re

    from geo import numbers, paths
    texts = [p.read_text(encoding="utf-8") for p in sorted((paths.ROOT / "eval").glob("*/0[0-4]*.txt"))]
    sentences = [s for t in texts for s in re.split(r"(?<=[.!?])\s+|\n+", t) if s.strip()]
    assert len(sentences) > 2000
    fast = [numbers.find_fatalities(s) for s in sentences]
    monkeypatch.setattr(numbers, "_DEATH_WORD", re.compile(""))
    assert fast == [numbers.find_fatalities(s) for s in sentences]
    assert sum(bool(f) for f in fast) > 300


def test_a_victim_with_several_modifiers_or_a_relative_clause_is_still_counted():
    assert sentence_fatalities("Last month, a British aid agency worker was killed when gunmen attacked a clinic.") == 1
    assert sentence_fatalities("At least eight members of the Village Defence Committee who had joined the search "
                               "were killed in the ambush.") == 8


@pytest.mark.parametrize("sentence, expected", [
    ("Gunmen stormed a hotel lobby, killing a French envoy and three Somali bodyguards.", 4),
    ("An air strike killed a farmer, his wife and their four daughters near Saada.", 6),
    ("Abu Bakr Shekau, his two deputies and nine other fighters were killed in the raid.", 12),
    ("In Baidoa, two soldiers and a civilian were killed.", 3),
    ("On Monday in South Waziristan, two soldiers and a civilian were killed.", 3),
])
def test_victim_groups_of_people_of_any_calling_are_summed_with_a_person_named_first(sentence, expected):
    assert max((f.value for f in find_fatalities(sentence)), default=None) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("A car bomb hit the convoy, killing veteran Italian envoy Marco Bellini and wounding two guards.", 1),
    ("Gunmen on a motorbike killed local journalist Ahmed Shah outside his home in Khost.", 1),
    ("The strike killed a diplomat as he left the embassy compound.", 1),
])
def test_a_victim_told_by_role_and_name_is_one_death(sentence, expected):
    assert max((f.value for f in find_fatalities(sentence)), default=None) == expected


def test_a_named_victim_and_a_group_beside_him_are_summed():
    assert max(f.value for f in find_fatalities(
        "A suicide bomber killed deputy governor Ali Noor and three bodyguards outside his office.")) == 4
    assert max((f.value for f in find_fatalities(
        "The raid killed commander Ali Noor and wounded three bodyguards.")), default=None) != 4

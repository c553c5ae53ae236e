"""Place mentions against the real gazetteer: what counts as a place, and where it resolves."""

import pytest

from geo.mentions import find_mentions


def found(text, gaz):
    mentions, _ = find_mentions(text, gaz)
    return {m.text: m for m in mentions}


def test_places_from_several_regions_resolve_to_their_country(gaz):
    text = ("Gunmen kill 20 in Nigeria's Zamfara state\n\n"
            "Bandits attacked the village of Kurfa in Zamfara state on Sunday, police in Gusau said. "
            "Separately, a suicide bomber struck a market in Maiduguri, the Borno state capital. "
            "In Somalia, a car bomb exploded in Mogadishu, and in Yemen an air strike hit Sanaa.")
    got = found(text, gaz)
    for name, cc in [("Nigeria", "NG"), ("Zamfara", "NG"), ("Gusau", "NG"), ("Maiduguri", "NG"),
                     ("Borno", "NG"), ("Somalia", "SO"), ("Mogadishu", "SO"), ("Yemen", "YE"), ("Sanaa", "YE")]:
        assert name in got, name
        assert got[name].place is not None and got[name].place.country == cc, name
    for m in got.values():
        assert text[m.start:m.end] == m.text


def test_demonyms_organisations_and_people_are_not_places(gaz):
    text = ("Pakistani and Afghan officials met in Kabul. The Washington Post reported that Punjabi "
            "militants were behind it, Nawaz Sharif told the Lahore High Court. The U.S. Africa Command "
            "denied it. The Taliban and al-Shabaab were not involved.")
    got = found(text, gaz)
    assert "Kabul" in got
    for not_place in ("Pakistani", "Afghan", "Washington", "Punjabi", "Sharif", "Lahore", "Africa", "Taliban"):
        assert not_place not in got, not_place


def test_forms_with_feature_words_and_directions(gaz):
    text = ("The army launched an offensive in North Waziristan and the Swat Valley, while a blast hit "
            "Kunar province and the city of Kandahar.")
    got = found(text, gaz)
    assert got["North Waziristan"].place.feature == "district"
    assert "Swat Valley" in got and got["Swat Valley"].place.country == "PK"
    assert got["Kunar"].feature_word == "province" and got["Kunar"].place.feature == "region"
    assert got["Kandahar"].place.country == "AF"


def test_dateline_in_capitals_and_typos_of_notable_places(gaz):
    text = "KABUL, Afghanistan (AP) — Suicide bombers attacked a mosque in the southern city of Kandhar."
    got = found(text, gaz)
    assert got["KABUL"].dateline and got["KABUL"].place.country == "AF"
    assert got["Kandhar"].place is not None and got["Kandhar"].place.name.startswith("Kandah")


def test_context_decides_ambiguous_names(gaz):
    pk = found("Clashes erupted in Punjab province and in Lahore, Pakistan.", gaz)
    assert pk["Punjab"].place.country == "PK"
    india = found("Police in Amritsar said militants attacked a post in Punjab, India.", gaz)
    assert india["Punjab"].place.country == "IN"
    capital = found("Officials in Islamabad and New Delhi traded accusations over Kashmir.", gaz)
    assert capital["Islamabad"].place.country == "PK"


def test_places_the_gazetteer_lacks_are_kept_and_placed_near_their_parent(gaz):
    text = "An air strike hit the Sukkari neighbourhood of Aleppo, Syria, killing 27 people."
    got = found(text, gaz)
    sukkari = got["Sukkari"]
    assert sukkari.place is not None and sukkari.place.gazetteer_id.startswith("near:")
    assert sukkari.place.country == "SY" and abs(sukkari.place.lat - got["Aleppo"].place.lat) < 0.01


def test_common_words_and_months_are_not_places(gaz):
    text = ("Police said the attack came in May. Reading the statement, officials in Baghdad said "
            "security was tight on Monday.")
    got = found(text, gaz)
    assert set(got) == {"Baghdad"}


def test_people_who_share_a_town_name_are_not_places(gaz):
    text = ("Officials met on Monday. Farah said the situation was calm. The minister, Hassan, visited the area. "
            "A commander in Waziristan told reporters the fighting was over.")
    got = found(text, gaz)
    assert "Farah" not in got and "Hassan" not in got
    assert "Waziristan" in got  # a place with a locative before it still speaks through its people


def test_capitals_standing_for_states_stay_places(gaz):
    got = found("Washington said it would respond. Kabul denied the charge.", gaz)
    assert {"Washington", "Kabul"} <= set(got)


def test_seas_ranges_and_lines_of_control_are_mentions_but_never_placed_by_a_neighbour(gaz):
    text = ("Indian jets crossed the Line of Control near Balakot. Destroyers in the eastern Mediterranean "
            "fired missiles. Al-Shabaab is strong in the Horn of Africa.")
    got = found(text, gaz)
    assert {"Line of Control", "Mediterranean", "Horn of Africa", "Balakot"} <= set(got)
    assert got["Mediterranean"].place is None or not got["Mediterranean"].place.gazetteer_id.startswith("near:")


def test_lists_of_villages_and_longer_unknown_names(gaz):
    text = ("In Plateau state in central Nigeria, gunmen attacked the villages of Ropp, Fan and Kwall on Saturday night. "
            "In Somalia, government forces "
            "recaptured the town of Adan Yabaal in the Middle Shabelle region of Somalia. Pilgrims gathered at "
            "Nariman House.")
    got = found(text, gaz)
    assert {"Ropp", "Fan", "Kwall", "Adan Yabaal", "Middle Shabelle"} <= set(got)
    assert "In Plateau" not in got and "Nariman" not in got
    assert got["Ropp"].place is not None and got["Ropp"].place.country == "NG"


@pytest.mark.parametrize("text, surface, cc", [
    ("Bandits stormed a market in Gusau, Zamfara State, on Friday.", "Zamfara State", "NG"),
    ("Herders clashed with farmers across Benue State last week.", "Benue State", "NG"),
    ("The Kano State government imposed a curfew after the riots.", "Kano State", "NG"),
])
def test_a_state_named_with_its_feature_word_keeps_the_word_and_resolves_to_the_state(gaz, text, surface, cc):
    got = found(text, gaz)
    assert surface in got, got.keys()
    m = got[surface]
    assert m.place is not None and m.place.country == cc and m.place.feature == "region"
    assert text[m.start:m.end] == surface


def test_a_name_the_text_once_called_a_place_is_that_place_where_it_recurs(gaz):
    text = ("Village raided\n\n"
            "Soldiers surrounded the village of Gidan Zaki before dawn. "
            "Residents of Gidan Zaki said troops burned homes, and elders from Gidan Zaki fled to the hills.")
    mentions, _ = find_mentions(text, gaz)
    hits = [m for m in mentions if m.text == "Gidan Zaki"]
    assert len(hits) == 3
    assert all(text[m.start:m.end] == "Gidan Zaki" for m in hits)


def test_people_in_a_wire_credit_are_not_places_but_their_desks_are(gaz):
    text = ("Blast in Aden\n\nA bomb exploded in Aden on Monday.\n\n"
            "(Reporting by Ali Medina in Aden and Laila Karim in Cairo; Editing by Hamid Santos)\n"
            "(Additional reporting by the Riyadh and Dubai newsrooms)")
    got = found(text, gaz)
    for name in ("Aden", "Cairo", "Riyadh", "Dubai"):
        assert name in got, name
    for name in ("Ali", "Medina", "Laila", "Hamid", "Santos"):
        assert name not in got, name


@pytest.mark.parametrize("text, not_place", [
    ("Western and Gulf states fear the militants are gaining ground in Yemen.", "Gulf"),
    ("The wounded were taken to Medina and Daynile hospitals in Mogadishu.", "Medina"),
    ("Baltic states and Nordic countries condemned the attack in Kabul.", "Baltic"),
])
def test_blocs_and_buildings_named_after_places_are_not_places(gaz, text, not_place):
    assert not_place not in found(text, gaz)


def test_an_organisation_naming_a_region_is_no_place(gaz):
    text = "Shias in Kabul were targeted by the Islamic State – Khorasan Province and allied groups."
    got = found(text, gaz)
    assert "Kabul" in got and "Khorasan" not in got


@pytest.mark.parametrize("text, name, cc", [
    ("Militants overran a base at Qoryoley Dheere, northwest of Baidoa, killing soldiers.", "Qoryoley Dheere", "SO"),
    ("Gunmen raided a camp at Tudun Bakura in the Zamfara region on Friday.", "Tudun Bakura", "NG"),
    ("Rebels ambushed a patrol at Bhalukdungri in West Bengal's Purulia district.", "Bhalukdungri", "IN"),
])
def test_an_unknown_name_placed_by_a_bearing_or_a_larger_place_is_a_place(gaz, text, name, cc):
    got = found(text, gaz)
    assert name in got, got.keys()
    assert got[name].place is not None and got[name].place.country == cc


def test_a_small_exact_namesake_abroad_yields_to_a_slip_for_a_place_in_the_articles_country(gaz):
    text = ("Blast at rally in Pakistan\n\n"
            "QUETTA, Pakistan — A bomb killed 20 people at a rally in Mustang, south of Quetta in Balochistan, "
            "on Friday. Police in Pakistan said the bomber came from Khuzdar.")
    got = found(text, gaz)
    assert got["Mustang"].place is not None and got["Mustang"].place.country == "PK"


@pytest.mark.parametrize("text, name, cc", [
    ("Two bombers struck a mosque in the north of Saana on Friday, Yemeni officials said.", "Saana", "YE"),
    ("A constable of the Chhatisgarh police was among the dead, Indian officials said.", "Chhatisgarh", "IN"),
])
def test_slips_of_notable_places_are_found_after_a_bearing_or_when_long(gaz, text, name, cc):
    got = found(text, gaz)
    assert name in got, got.keys()
    assert got[name].place is not None and got[name].place.country == cc


@pytest.mark.parametrize("text, name, lookup", [
    ("Herders attacked farmers in Gwoza Local Government Area of Borno State on Tuesday.", "Gwoza", "Gwoza"),
    ("Soldiers repelled an attack on a base in Bama LGA overnight, the army said.", "Bama", "Bama"),
])
def test_a_local_government_area_word_is_left_out_of_the_surface(gaz, text, name, lookup):
    got = found(text, gaz)
    assert name in got and not any("LGA" in k or "Government" in k for k in got)
    assert got[name].place is not None and got[name].place.country == "NG"


def test_a_bare_name_the_article_also_gives_as_a_state_is_the_state(gaz):
    text = ("Bandits kidnapped 12 traders near Mariga in Niger State on Friday. Police in Niger said "
            "a rescue operation had begun, and the governor of Niger appealed for calm in Minna.")
    got = found(text, gaz)
    assert got["Niger"].place is not None and got["Niger"].place.country == "NG"
    assert got["Niger"].place.feature == "region"
    assert got["Minna"].place is not None and got["Minna"].place.country == "NG"


@pytest.mark.parametrize("text, site_word, place", [
    ("A truck bomb exploded near the Green Village compound in Kabul on Monday.", "Green", "Kabul"),
    ("Militants stormed the Jazeera Palace hotel in Mogadishu overnight.", "Jazeera", "Mogadishu"),
])
def test_a_name_before_a_capitalised_word_and_a_site_word_is_the_sites_name(gaz, text, site_word, place):
    got = found(text, gaz)
    assert site_word not in got
    assert place in got


def test_two_little_known_names_joined_by_a_slash_are_one_unit(gaz):
    got = found("Soldiers repelled an attack in the Kala/Balge area of Borno State on Monday. "
                "Residents of Balge fled.", gaz)
    assert "Kala/Balge" in got and "Kala" not in got
    assert got["Kala/Balge"].place is not None and got["Kala/Balge"].place.country == "NG"


def test_two_well_known_places_joined_by_a_slash_stay_two(gaz):
    got = found("Officials in New Delhi/Chandigarh said curfews were imposed in Punjab.", gaz)
    assert "New Delhi" in got and "Chandigarh" in got


def test_metro_opening_a_sentence_is_the_transit_system(gaz):
    got = found("Police fired tear gas at marchers in Chennai. Metro stations were shut and buses halted.", gaz)
    assert "Chennai" in got and "Metro" not in got


def test_an_english_word_between_two_names_joins_no_place_and_a_dari_wa_name_is_one(gaz):
    text = ("Car bomb kills 12 in Kabul as Afghan leaders meet\n\n"
            "A second bomb went off in the Kuran wa Munjan district of Badakhshan on Sunday.")
    got = found(text, gaz)
    assert "Kabul" in got and not any(name.startswith("Kabul as") for name in got)
    assert "Kuran wa Munjan" in got and got["Kuran wa Munjan"].place is not None


def test_a_seminary_or_a_base_named_by_its_first_word_is_no_place(gaz):
    text = "A bomber struck the office of the head of Jamia Ashrafia in Lahore, and rockets hit Camp Leatherneck in Helmand."
    got = found(text, gaz)
    assert "Lahore" in got and "Helmand" in got
    assert not any(name.startswith(("Jamia", "Camp")) for name in got)


def test_a_surname_that_is_also_a_town_is_a_person_when_a_role_follows_it(gaz):
    text = ("Gunmen shot dead Asha Bala, a nurse, outside a clinic in Tral on Sunday. A day later "
            "militants killed Nasir Hangu, a shopkeeper, in Kulachi.")
    got = found(text, gaz)
    assert "Bala" not in got and "Hangu" not in got
    assert got["Tral"].place.country == "IN" and got["Kulachi"].place is not None


def test_a_sect_or_order_is_no_place(gaz):
    got = found("Bomb kills nine at Sufi shrine in Punjab\n\nMULTAN, Pakistan (Reuters) - A bomb went off at a crowded Sufi shrine in Pakpattan on Thursday, and Alawite "
                "villages nearby were shelled.", gaz)
    assert "Sufi" not in got and "Alawite" not in got
    assert got["Pakpattan"].place.country == "PK"


def test_peoples_and_communities_are_no_places(gaz):
    got = found("Militants struck Adivasi hamlets in Kokrajhar district, and Fulani herders clashed with Tiv farmers "
                "near Makurdi.", gaz)
    for word in ("Adivasi", "Fulani", "Tiv"):
        assert word not in got
    assert "Kokrajhar" in got and "Makurdi" in got


def test_a_name_after_the_island_of_or_the_area_of_is_a_place_the_gazetteer_may_lack(gaz):
    got = found("He was killed by a landmine on the island of Hawijat Kati. Clashes broke out in the area of "
                "Tal Shair.", gaz)
    assert "Hawijat Kati" in got and "Tal Shair" in got


def test_an_abbreviated_name_the_gazetteer_knows_is_a_place(gaz):
    got = found("A Shia leader was shot dead by gunmen in D.I. Khan on Thursday, and a bomb went off in D.G. Khan.", gaz)
    assert got["D.I. Khan"].place.name == "Dera Ismail Khan"


def test_a_province_spelt_as_only_its_city_is_spelt_resolves_to_the_province(gaz):
    got = found("An air strike hit a market in the Bayt al-Faqih district of Yemen's western Hodeida province.", gaz)
    assert got["Hodeida"].place.feature == "region" and got["Hodeida"].place.country == "YE"


def test_a_name_read_before_its_neighbours_is_read_again_with_them(gaz):
    # "Bijapur" in the headline comes before any other place; the Karnataka city of that name is the
    # bigger one, but every place the report goes on to name lies in Chhattisgarh
    text = ("Jawan killed in Bijapur ambush\n\n"
            "RAIPUR, May 3: A jawan was killed when Maoists ambushed a patrol near Usoor in Chhattisgarh's "
            "Bijapur district on Saturday, police said. Reinforcements were sent from Sukma and Dantewada.")
    got = found(text, gaz)
    assert got["Bijapur"].place is not None
    assert got["Bijapur"].place.admin1 == "Chhattisgarh"
    assert abs(got["Bijapur"].place.lon - 80.8) < 0.5


def test_a_name_with_an_inner_apostrophe_and_one_vowel_after_it_is_one_word(gaz):
    got = found("SANA'A, June 2 - Gunmen shot dead an officer in Sana’a on Sunday. A drone struck near "
                "Rada'a, in al-Bayda governorate, a day later.", gaz)
    for name in ("SANA'A", "Sana’a"):
        assert got[name].place is not None and got[name].place.name == "Sanaa", name
    assert "Sana" not in got
    # GeoNames writes the town "Rada'" (a final ayn); news writes the vowel again
    assert got["Rada'a"].place is not None and got["Rada'a"].place.country == "YE"
    assert abs(got["Rada'a"].place.lat - 14.4) < 0.2


def test_every_place_a_wire_credit_lists_is_a_mention_but_not_its_people(gaz):
    got = found("Blast kills four in Kandahar\n\nKANDAHAR, Afghanistan (Reuters) - A bomb killed four people.\n\n"
                "(Reporting by Reuters staff in Kandahar, Herat and Kabul; Writing by Jibran Ahmad and Idrees Ali in "
                "Washington)", gaz)
    for name in ("Herat", "Kabul", "Washington"):
        assert name in got and got[name].place is not None, name
    assert "Ali" not in got and "Jibran Ahmad" not in got


def test_a_place_another_borders_and_a_province_before_its_office_holder_are_mentions(gaz):
    got = found("Lower Dir borders Bajaur, and the district, which borders Swat, is tense. Sindh Chief Minister "
                "Murad Ali Shah spoke.", gaz)
    for name in ("Bajaur", "Swat", "Sindh"):
        assert name in got and got[name].place is not None and got[name].place.country == "PK", name
    got = found("Gunmen killed nine farmers near Damboa. Borno Governor Babagana Zulum visited the village.", gaz)
    assert got["Borno"].place is not None and got["Borno"].place.feature == "region"


def test_a_name_the_gazetteer_writes_with_and_is_one_mention(gaz):
    got = found("Militants ambushed an army truck in the Rajouri district of Jammu and Kashmir on Thursday. "
                "Jammu and Srinagar were shut.", gaz)
    assert got["Jammu and Kashmir"].place is not None and got["Jammu and Kashmir"].place.feature == "region"
    assert "Jammu" in got and "Srinagar" in got  # two places joined by "and" stay two


def test_a_name_the_article_gives_evidence_for_counts_with_or_without_its_arabic_article(gaz):
    text = ("Families fleeing Durayhimi hit by strike\n\nHODEIDAH — An air strike hit a minibus carrying families "
            "fleeing the fighting in al-Durayhimi district on Monday, officials said.")
    found = [m.text for m in find_mentions(text, gaz)[0]]
    assert "Durayhimi" in found and "al-Durayhimi" in found


def test_the_two_ends_of_a_hyphenated_road_or_border_are_two_places(gaz):
    text = ("Convoy ambushed in Borno\n\nInsurgents ambushed a convoy on the Gwoza-Bama road on Monday, police in "
            "Nigeria said.")
    found = {m.text: m.place.name if m.place else None for m in find_mentions(text, gaz)[0]}
    assert found.get("Gwoza") == "Gwoza" and found.get("Bama") == "Bama"
    text = "Mortars fell along the Afghanistan-Pakistan border on Monday."
    found = {m.text: m.place.name if m.place else None for m in find_mentions(text, gaz)[0]}
    assert found == {"Afghanistan": "Afghanistan", "Pakistan": "Pakistan"}


def test_a_hyphenated_name_the_gazetteer_lacks_is_read_whole_not_as_its_first_part(gaz):
    text = ("Clan militias fought in Kabhan-ley, about 40 km north of Beledweyne, on Thursday. Gunmen raided Tudun "
            "Wada, Sabon Gari and Gana-Ropp villages in Barkin Ladi. Kabul-based traders said the Kabul-Jalalabad "
            "highway and the Pakistan-Afghanistan border were shut, and Naxal-affected districts stayed calm.")
    got = found(text, gaz)
    assert {"Kabhan-ley", "Gana-Ropp", "Kabul", "Jalalabad", "Pakistan", "Afghanistan"} <= set(got)
    assert not {"Kabhan", "Gana", "Naxal-affected", "Kabul-based"} & set(got)
    somali = found("Clan militias fought in Kabhan-ley, about 40 km north of Beledweyne, on Thursday.", gaz)
    assert somali["Kabhan-ley"].place is not None and somali["Kabhan-ley"].place.country == "SO"


def test_two_letters_swapped_are_a_slip_of_that_town_however_far_from_the_rest(gaz):
    got = found("Gunmen shot dead three Chinese workers in Peshawar, Pakistan, on Monday, and in May 2004 a car bomb killed "
                "three Chinese engineers in Gawdar.", gaz)
    assert got["Gawdar"].place is not None and got["Gawdar"].place.name == "Gwadar"
    # (a swap that would make a hamlet of a few thousand far away stays unresolved or near the article's places)
    far = found("Militants shot dead a soldier in Srinagar on Monday and hurled a grenade at a camp in Harmen.", gaz)
    assert far["Harmen"].place is None or far["Harmen"].place.lat > 32


def test_a_weapon_named_like_a_place_is_no_place(gaz):
    got = found("Dozens of insurgents assaulted the prison in Baghdad with car bombs late on Saturday. The troops "
                "guarding the jail called in Apache attack helicopters, and US drones circled overhead.", gaz)
    assert "Apache" not in got and {"Baghdad", "US"} <= set(got)

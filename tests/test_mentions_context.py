"""Place mentions: rules that read the rest of the article (link lines, misspellings, capitals
that speak, names that also sit inside an outlet's name)."""

import pytest

from geo.gazetteer import default_gazetteer
from geo.mentions import find_mentions


@pytest.fixture(scope="module")
def gaz():
    return default_gazetteer()


def found(text, gaz):
    mentions, _ = find_mentions(text, gaz)
    return {m.text: m for m in mentions}


def test_link_lines_name_places_but_share_buttons_do_not(gaz):
    text = ("Gunmen kill five in Maiduguri\n\n"
            "Gunmen killed five traders in Maiduguri on Monday, police said.\n\n"
            "Read more: Kano market attack leaves families in grief\n\n"
            "Share: Facebook | Twitter | Email\n")
    got = found(text, gaz)
    assert "Kano" in got and got["Kano"].place.country == "NG"
    assert "Share" not in got


def test_a_place_named_misspelt_with_evidence_lends_it_to_its_correct_spelling(gaz):
    text = ("Pupils killed in Potsikum school attack\n\n"
            "A bomber struck a school in Potsikum, Yobe State, on Monday.\n\n"
            "Read more: Potiskum parents demand justice\n")
    got = found(text, gaz)
    assert "Potiskum" in got and got["Potiskum"].place.country == "NG"


def test_a_word_one_slip_from_a_place_named_elsewhere_is_that_place(gaz):
    text = ("Bandits abduct pupils in Kagara\n\n"
            "Bandits stormed a school in Kagara, Niger State, on Wednesday. "
            "The governor, who visited Kagra on Thursday, said the pupils would be freed.")
    got = found(text, gaz)
    assert "Kagra" in got
    assert got["Kagra"].place is not None and got["Kagra"].place.name == got["Kagara"].place.name


def test_a_slip_inside_a_longer_name_is_not_a_place(gaz):
    got = found("A bomb went off in Kabul near the Abul Fazl shrine.", gaz)
    assert "Kabul" in got and "Abul" not in got


def test_a_national_capital_that_speaks_stands_for_its_state(gaz):
    got = found("The players flew home to Colombo. Colombo said the tour was called off.", gaz)
    assert "Colombo" in got and got["Colombo"].place.country == "LK"


def test_a_town_named_in_an_outlets_name_is_still_a_place_where_the_text_puts_things(gaz):
    text = ("GAROWE, Puntland - Fighters attacked a base on Sunday.\n\n"
            "Residents told Garowe Online that officials in Garowe had fled.")
    got = found(text, gaz)
    assert "Garowe" in got or "GAROWE" in got
    assert all(m.place.country == "SO" for m in got.values() if m.place is not None)


def test_a_person_named_after_of_is_not_made_a_place_by_it(gaz):
    got = found("The killing of Ali Abdullah Saleh shocked Sanaa.", gaz)
    assert "Ali" not in got and "Sanaa" in got

"""The built gazetteer file: spellings and points the build rules promise."""

import pytest

from geo.gazetteer import haversine_km


def test_somali_doubled_vowels_are_also_written_single(gaz):
    for name, region in (("Hiran", "Hiiraan"), ("Galgudud", "Galguduud")):
        regions = [p for p in gaz.candidates(name) if p.feature == "region" and p.country == "SO"]
        assert regions and regions[0].name == region, name


def test_an_off_centre_label_point_gives_way_to_the_mean_of_towns(gaz):
    up = next(p for p in gaz.candidates("Uttar Pradesh") if p.feature == "region")
    assert haversine_km(up.lat, up.lon, 27.0, 80.5) < 100  # its centroid; the label point is 220 km off


def test_seas_and_rivers_have_points(gaz):
    for name in ("Mediterranean", "Red Sea", "Arabian Sea", "Tigris", "Kabul River", "Syrian Desert"):
        places = gaz.candidates(name)
        assert any(p.feature in ("other", "region") for p in places), name


@pytest.mark.parametrize("written, place", [
    ("Deir Ezzor", "Deir ez-Zor"), ("Bossaso", "Bosaso"), ("Talafar", "Tall ‘Afar"), ("Tarin Kot", "Tarinkot"),
])
def test_transliteration_variants_reach_the_place(gaz, written, place):
    assert place in {p.name for p in gaz.fuzzy_candidates(written)}


def test_skeleton_takes_out_spaces_doubles_and_ou():
    from geo.gazetteer import skeleton
    assert skeleton("deir ez zor") == skeleton("deir ezzor")
    assert skeleton("makhmour") == "makhmur"
    assert skeleton("zafaraniyeh") == skeleton("zafaraniyah")


def test_skeleton_reads_o_and_u_as_one_vowel():
    from geo.gazetteer import skeleton
    assert skeleton("tuz khormato") == skeleton("tuz khurmatu")
    assert skeleton("kot") == skeleton("kut") and skeleton("kot") != skeleton("kit")


def test_a_name_transliterated_with_o_for_u_resolves(gaz):
    ids = {p.gazetteer_id for p in gaz.fuzzy_candidates("Tuz Khormato")}
    assert any(p.country == "IQ" for p in gaz.fuzzy_candidates("Tuz Khormato")) and ids


@pytest.mark.parametrize("name, country, lat, lon", [
    ("Southern Ijaw", "NG", 4.80, 6.07),    # an LGA of Bayelsa with no town of its name
    ("Harf Sufyan", "YE", 16.3, 43.8),       # a district of Amran
])
def test_a_district_with_no_town_stands_at_its_compact_province(gaz, name, country, lat, lon):
    found = [p for p in gaz.candidates(name) if p.country == country and p.feature == "district"]
    assert found, name
    assert haversine_km(found[0].lat, found[0].lon, lat, lon) < 161


def test_no_district_is_put_on_a_big_city():
    # Banaadir's point is Mogadishu and Baghdad's is Baghdad: a district without a town put at
    # such a point would be read as the city, so those districts are left out
    import pandas as pd
    from geo import paths
    table = pd.read_parquet(paths.GAZETTEER, columns=["name", "lat", "lon", "feature", "population", "fcode"])
    put = table[table.fcode == "ADM2A"]
    big = table[(table.feature == "city") & (table.population >= 300_000)]
    assert len(put) > 100
    for r in put.itertuples():
        near = big[(abs(big.lat - r.lat) < 0.3) & (abs(big.lon - r.lon) < 0.3)]
        assert all(haversine_km(r.lat, r.lon, b.lat, b.lon) > 30 for b in near.itertuples()), r.name

"""Date expressions resolved against the publication date, with precision and spans."""

from datetime import date

import pytest

from geo.dates import find_dates, with_year

THU = date(2009, 10, 15)  # a Thursday


def one(text: str, published: date | None = THU):
    found = [d for d in find_dates(text, published)]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, value, precision", [
    ("Gunmen attacked a checkpoint in Bannu on Thursday.", date(2009, 10, 15), "day"),
    ("Thursday's attacks in Lahore", date(2009, 10, 15), "day"),
    ("a rocket hit the base on Friday night", date(2009, 10, 9), "day"),
    ("the bombing Wednesday", date(2009, 10, 14), "day"),
    ("Last weekend, militants stormed a post", date(2009, 10, 10), "week"),
    ("Police said today that", date(2009, 10, 15), "day"),
    ("an explosion late last night in Kirkuk", date(2009, 10, 14), "day"),
    ("A drone strike yesterday in Shabwa", date(2009, 10, 14), "day"),
    ("clashes in Marawi last week", date(2009, 10, 8), "week"),
    ("the raid earlier this week", date(2009, 10, 13), "week"),
    ("the second attack this month", date(2009, 10, 1), "month"),
    ("kidnapped last month in Kaduna", date(2009, 9, 1), "month"),
    ("last year's suicide bombing", date(2008, 1, 1), "year"),
    ("the recent bombing of a hotel", date(2009, 10, 1), "month"),
    ("a three-week-old military advance", date(2009, 9, 24), "week"),
    ("two days ago", date(2009, 10, 13), "day"),
    ("on 5 April 2007", date(2007, 4, 5), "day"),
    ("On March 3, 2016, gunmen", date(2016, 3, 3), "day"),
    ("in April", date(2009, 4, 1), "month"),
    ("in November", date(2008, 11, 1), "month"),  # not in the future
    ("in 2007", date(2007, 1, 1), "year"),
    ("the 2013 attack on the Westgate mall", date(2013, 1, 1), "year"),
    ("In December last year, two bombers", date(2008, 12, 1), "month"),
    ("the May 2021 bombing", date(2021, 5, 1), "month"),
    ("in mid-August", date(2009, 8, 15), "week"),
    ("It came a week after a blast in Konduga", date(2009, 10, 8), "week"),
    ("earlier this year", date(2009, 1, 1), "year"),
    ("between 26 and 29 November 2008", date(2008, 11, 27), "week"),
    ("late Sunday", date(2009, 10, 11), "day"),
    ("on Oct. 3", date(2009, 10, 3), "day"),
])
def test_resolves_against_publication(text, value, precision):
    d = one(text)
    assert (d.value, d.precision) == (value, precision)
    assert text[d.start:d.end] == d.text


def test_weekday_on_publication_day_is_that_day_and_last_weekday_is_the_week_before():
    assert one("on Thursday").value == THU
    assert one("last Thursday").value == date(2009, 10, 8)


def test_future_and_aggregate_expressions_are_flagged():
    assert one("an offensive in the coming days").future
    assert one("talks next week").future
    assert one("more than 200 killed over the past week").aggregate
    assert one("attacks since 2015").aggregate


def test_anchored_expressions_count_from_the_previous_incident():
    assert one("Four days later, a gun battle").anchor_days == 4
    assert one("exploded in Mumbai that night").anchor_days == 0
    assert one("captured shortly after midnight").anchor_days == 1


def test_words_that_look_like_dates_are_not():
    assert find_dates("the attack may have been planned", THU) == []
    assert find_dates("worshippers left Sunday service", THU) == []


def test_missing_publication_date_keeps_absolute_dates_only():
    assert one("on Friday", None).value is None
    assert one("on 5 April 2007", None).value == date(2007, 4, 5)


def test_inferred_year_can_be_replaced_by_the_narrative_year():
    d = one("launched on 27 November", date(2019, 11, 26))
    assert d.inferred_year and d.value == date(2019, 11, 27)
    assert with_year(d, 2008).value == date(2008, 11, 27)
    stated = one("on 27 November 2008", date(2019, 11, 26))
    assert not stated.inferred_year and with_year(stated, 2001) is stated


@pytest.mark.parametrize("text, anchor, precision", [
    ("Earlier in the day, a roadside bomb hit a patrol near Kirkuk.", 0, "day"),
    ("Later in the evening gunmen fired on a checkpoint in Jalalabad.", 0, "day"),
    ("Within hours, mobs set fire to shops in Hyderabad.", 0, "day"),
    ("In the following days, troops shelled villages around Idlib.", 2, "week"),
    ("In the days that followed, the army raided homes in Maiduguri.", 2, "week"),
])
def test_narrative_time_counts_from_the_incident_told_before(text, anchor, precision):
    d = one(text)
    assert d.anchor_days == anchor and d.precision == precision and d.value is None


@pytest.mark.parametrize("text", [
    "Parties demanded protection for candidates ahead of the July 25 general elections.",
    "Troops were deployed across Kano before the 16 March polls.",
])
def test_a_day_ahead_of_a_vote_is_still_to_come(text):
    d = one(text, date(2018, 7, 14))
    assert d.future and d.value is None


def test_minutes_of_each_other_is_no_narrative_time():
    assert not [d for d in find_dates("Three bombs went off within minutes of each other in Karachi.", THU)
                if d.anchor_days is not None]


def test_the_month_before_a_noun_is_a_month_date():
    d = one("It surpassed the February raid on a camp.", date(2010, 4, 7))
    assert (d.value, d.precision) == (date(2010, 2, 1), "month")


@pytest.mark.parametrize("text, want", [
    ("a mortar attack on Jan. 8 killed a British contractor", date(2021, 1, 8)),
    ("On Sept 14 killed fighters were buried", date(2021, 9, 14)),
])
def test_a_month_and_day_after_on_is_a_date_even_before_a_verb_of_killing(text, want):
    got = [d for d in find_dates(text, date(2021, 11, 20)) if d.value is not None]
    assert got and got[0].value == want and got[0].precision == "day"


@pytest.mark.parametrize("text", [
    "villagers were driven from their homes in the 1990s",
    "rebels have held the valley since March",
])
def test_decades_and_since_a_month_are_spans_not_incident_dates(text):
    d = one(text)
    assert d.aggregate and d.value is None


def test_following_weeks_count_from_the_incident_before():
    d = one("The rebels detained hundreds of his supporters in the following weeks.")
    assert d.anchor_days == 14 and d.precision == "month"


def test_the_same_week_and_the_following_week_count_from_the_incident_told_before():
    found = find_dates("In the same week, crowds marched in Qamishli. The following week, police arrested 30.",
                       date(2004, 4, 1))
    assert [(d.anchor_days, d.precision) for d in found] == [(0, "week"), (7, "week")]


@pytest.mark.parametrize("text, value", [
    ("The town has been tense since October 31 last year, when an officer was shot dead.", date(2023, 10, 31)),
    ("The bridge was blown up on 5 March this year.", date(2024, 3, 5)),
    ("In a separate incident on the first day of the year, gunmen fired on a bus.", date(2024, 1, 1)),
])
def test_a_day_in_last_or_this_year_and_the_first_day_of_the_year(text, value):
    found = find_dates(text, date(2024, 4, 18))
    assert [(d.value, d.precision) for d in found] == [(value, "day")]


def test_a_year_that_names_an_incident_gives_way_to_the_day_it_took_place_on():
    found = find_dates("The 2019 Kalat bus attack took place on 12 June 2019 near Kalat.", date(2020, 1, 1))
    assert [(d.value, d.precision) for d in found] == [(date(2019, 6, 12), "day")]
    found = find_dates("The 2004 Qamishli riots were a wave of unrest that began on 12 March 2004.", date(2005, 1, 1))
    assert [d.precision for d in found] == ["year", "day"]


def test_the_needs_shortcut_skips_a_rule_only_where_it_could_not_have_matched(monkeypatch):
    from geo import dates, paths
    texts = [p.read_text(encoding="utf-8") for p in sorted((paths.ROOT / "eval").glob("*/0[0-3]*.txt"))]
    assert len(texts) > 100 and sum(bool(n) for n in dates._NEEDS) >= 10
    fast = [dates.find_dates(t, date(2020, 6, 1)) for t in texts]
    monkeypatch.setattr(dates, "_NEEDS", [()] * len(dates._NEEDS))
    assert fast == [dates.find_dates(t, date(2020, 6, 1)) for t in texts]


def test_overnight_is_the_night_before_publication():
    d = one("Warplanes pounded the eastern districts overnight, monitors said.")
    assert (d.value, d.precision) == (date(2009, 10, 14), "day")


def test_an_abbreviated_month_before_a_name_is_a_given_name():
    assert not [d for d in find_dates("gunmen stormed the home of Jan Mohammad, a tribal elder", THU) if d.value]
    assert not [d for d in find_dates("the funeral of Mar Elias in the village", THU) if d.value]
    d = one("The attack took place in Jan. and was claimed later.")
    assert (d.value, d.precision) == (date(2009, 1, 1), "month")


def test_a_weekday_given_with_gmt_is_the_same_moment_in_another_time_zone():
    found = find_dates("attacked a house at around 3 a.m. (2200 GMT Tuesday), officials said", date(2008, 9, 3))
    assert found == []

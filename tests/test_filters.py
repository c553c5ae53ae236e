"""The filter state: URL round trips, every kind of bad parameter, applying to a frame."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from apphelpers import EVENTS, write_store
from geo import filters, schema
from geo.filters import Available, FilterState
from geo.store import load_store


@pytest.fixture(scope="module")
def events(tmp_path_factory) -> pd.DataFrame:
    return load_store(write_store(tmp_path_factory.mktemp("store"))).events


@pytest.fixture(scope="module")
def available(events) -> Available:
    return Available.from_events(events)


def ids(df: pd.DataFrame) -> set[str]:
    return set(df["event_id"].astype(str))


def test_available_reads_the_store(available: Available) -> None:
    assert available.date_min == date(2009, 4, 2)
    assert available.date_max == date(2009, 10, 28)
    assert available.countries == ("PK",)
    assert "Tehrik-i-Taliban Pakistan" in available.actors
    assert "Civilians" in available.actors  # from actor2 only
    assert set(available.admin1) == {"Khyber Pakhtunkhwa", "Punjab", "Balochistan"}
    assert available.types[: len(schema.EVENT_TYPES)] == schema.EVENT_TYPES
    assert "ev-lahore-1" in available.event_ids


@pytest.mark.parametrize(
    "state",
    [
        FilterState(),
        FilterState(date_from=date(2009, 10, 1), date_to=date(2009, 10, 31)),
        FilterState(date_to=date(2009, 6, 30)),
        FilterState(types=("bombing", "armed_clash")),
        FilterState(actors=("Tehrik-i-Taliban Pakistan", "Civilians"), countries=("PK",)),
        FilterState(admin1=("Punjab",), event="ev-lahore-1"),
    ],
)
def test_state_query_state_round_trip(state: FilterState, available: Available) -> None:
    query = state.to_query()
    assert all(isinstance(v, str) for v in query.values())
    back, warnings = FilterState.from_query(query, available)
    assert warnings == []
    # Lists come back in the store's order; compare as sets.
    assert back.date_from == state.date_from and back.date_to == state.date_to
    for name in ("types", "actors", "countries", "admin1"):
        assert set(getattr(back, name)) == set(getattr(state, name))
    assert back.event == state.event


def test_query_is_short_and_readable() -> None:
    state = FilterState(date_from=date(2009, 10, 1), types=("bombing", "armed_clash"), countries=("PK",))
    assert state.to_query() == {"from": "2009-10-01", "type": "bombing,armed_clash", "country": "PK"}
    assert FilterState().to_query() == {}


def test_repeated_parameters_and_case_are_accepted(available: Available) -> None:
    state, warnings = FilterState.from_query(
        {"type": ["BOMBING", "armed_clash"], "country": "pk"}, available
    )
    assert warnings == []
    assert state.types == ("bombing", "armed_clash")
    assert state.countries == ("PK",)


def test_actor_with_a_comma_is_recognised_whole() -> None:
    avail = Available(actors=("Army, 11th Corps", "Taliban"))
    state, warnings = FilterState.from_query({"actor": "Army, 11th Corps"}, avail)
    assert (state.actors, warnings) == (("Army, 11th Corps",), [])
    state, warnings = FilterState.from_query({"actor": "Taliban,Army, 11th Corps"}, avail)
    # Split on commas, the name with a comma is lost: it is reported, the rest applies.
    assert state.actors == ("Taliban",)
    assert len(warnings) == 1 and "'actor'" in warnings[0]


@pytest.mark.parametrize(
    ("params", "field", "default", "named"),
    [
        ({"from": "yesterday"}, "date_from", None, "'from'"),
        ({"to": "2009-13-45"}, "date_to", None, "'to'"),
        ({"from": "99999-01-01"}, "date_from", None, "'from'"),
        ({"type": "bombing;drop table"}, "types", (), "'type'"),
        ({"type": "tsunami"}, "types", (), "'type'"),
        ({"actor": "Nobody Known"}, "actors", (), "'actor'"),
        ({"country": "ZZ"}, "countries", (), "'country'"),
        ({"admin1": "Atlantis"}, "admin1", (), "'admin1'"),
        ({"event": "no-such-event"}, "event", None, "'event'"),
        ({"type": "bombing," * 1000}, "types", (), "'type'"),
        ({"actor": "x" * 10_000}, "actors", (), "'actor'"),
        ({"type": ",".join(schema.EVENT_TYPES * 20)}, "types", (), "'type'"),
    ],
)
def test_bad_parameter_falls_back_with_a_warning(params, field, default, named, available) -> None:
    state, warnings = FilterState.from_query(params, available)
    assert getattr(state, field) == default
    assert len(warnings) == 1
    assert named in warnings[0]


def test_dates_in_wrong_order_reset_both(available: Available) -> None:
    state, warnings = FilterState.from_query({"from": "2009-10-31", "to": "2009-10-01"}, available)
    assert (state.date_from, state.date_to) == (None, None)
    assert len(warnings) == 1 and "'from'" in warnings[0] and "'to'" in warnings[0]


def test_unknown_keys_are_named_and_the_rest_applies(available: Available) -> None:
    state, warnings = FilterState.from_query(
        {"colour": "red", "utm_source": "mail", "type": "bombing", "embed": "true"}, available
    )
    assert state.types == ("bombing",)
    assert len(warnings) == 1
    assert "'colour'" in warnings[0] and "'utm_source'" in warnings[0]
    assert "embed" not in warnings[0]  # Streamlit's own parameter


def test_partly_bad_list_keeps_the_good_values(available: Available) -> None:
    state, warnings = FilterState.from_query({"type": "bombing,tsunami,protest"}, available)
    assert state.types == ("bombing", "protest")
    assert len(warnings) == 1 and "'tsunami'" in warnings[0]


def test_long_junk_is_shortened_in_the_warning(available: Available) -> None:
    _, warnings = FilterState.from_query({"admin1": "A" * 500}, available)
    assert len(warnings) == 1 and len(warnings[0]) < 200


def test_empty_values_mean_no_restriction(available: Available) -> None:
    state, warnings = FilterState.from_query({"from": "", "type": "", "event": " "}, available)
    assert (state, warnings) == (FilterState(), [])


def test_apply_each_filter(events: pd.DataFrame) -> None:
    assert len(FilterState().apply(events)) == len(EVENTS)
    october = FilterState(date_from=date(2009, 10, 1), date_to=date(2009, 10, 31))
    assert ids(october.apply(events)) == {"ev-peshawar-1", "ev-lahore-1", "ev-rawalpindi-1"}
    last_day = FilterState(date_from=date(2009, 10, 28), date_to=date(2009, 10, 28))
    assert ids(last_day.apply(events)) == {"ev-peshawar-1"}
    clash = FilterState(types=("armed_clash",))
    assert ids(clash.apply(events)) == {"ev-lahore-1", "ev-rawalpindi-1"}
    army = FilterState(actors=("Pakistan Army",))  # actor1 in one event, actor2 in another
    assert ids(army.apply(events)) == {"ev-rawalpindi-1", "ev-waziristan-1"}
    punjab = FilterState(countries=("PK",), admin1=("Punjab",))
    assert ids(punjab.apply(events)) == {"ev-lahore-1", "ev-rawalpindi-1"}
    combined = FilterState(date_from=date(2009, 10, 12), types=("armed_clash", "bombing"))
    assert ids(combined.apply(events)) == {"ev-peshawar-1", "ev-lahore-1"}


def test_apply_keeps_events_without_coordinates_and_event_does_not_filter(events) -> None:
    out = FilterState(types=("abduction",), event="ev-lahore-1").apply(events)
    assert ids(out) == {"ev-unresolved-1"}
    assert out["lat"].isna().all()


def test_apply_works_on_a_plain_frame_and_never_mutates(events: pd.DataFrame) -> None:
    plain = schema.events_frame(pd.DataFrame(EVENTS))
    before = plain.copy(deep=True)
    state = FilterState(date_from=date(2009, 10, 1), types=("armed_clash",), actors=("Punjab Police",))
    assert ids(state.apply(plain)) == ids(state.apply(events)) == {"ev-lahore-1"}
    pd.testing.assert_frame_equal(plain, before)


def test_mask_on_codes_matches_isin_on_a_large_frame() -> None:
    rng = np.random.default_rng(1)
    n = 200_000
    types = np.array(schema.EVENT_TYPES)[rng.integers(0, len(schema.EVENT_TYPES), n)]
    actors = np.array(["A", "B", "C", None], dtype=object)[rng.integers(0, 4, n)]
    df = pd.DataFrame({
        "event_date": pd.Timestamp("2009-01-01") + pd.to_timedelta(rng.integers(0, 365, n), unit="D"),
        "event_type": pd.Categorical(types, categories=list(schema.EVENT_TYPES)),
        "actor1": pd.Categorical(actors, categories=["A", "B", "C"]),
        "actor2": pd.Categorical(actors[::-1], categories=["A", "B", "C"]),
        "country": pd.Categorical(["PK"] * n), "admin1": pd.Categorical(["Punjab"] * n),
    })
    state = FilterState(types=("bombing", "protest"), actors=("B",), date_from=date(2009, 3, 1))
    expected = (
        pd.Series(types).isin(["bombing", "protest"])
        & (pd.Series(actors).eq("B").fillna(False) | pd.Series(actors[::-1]).eq("B").fillna(False))
        & (df["event_date"] >= pd.Timestamp("2009-03-01"))
    ).to_numpy()
    assert np.array_equal(state.mask(df), expected)


def test_latest_orders_newest_first_with_undated_last(events: pd.DataFrame) -> None:
    frame = events.copy()
    frame.loc[0, "event_date"] = pd.NaT
    out = filters.latest(frame, 3)
    assert list(out["event_id"].astype(str)) == ["ev-lahore-1", "ev-rawalpindi-1", "ev-waziristan-1"]
    full = filters.latest(frame, 100)
    assert str(full["event_id"].iloc[-1]) == str(frame["event_id"].iloc[0])


def test_store_without_dates_has_no_date_bounds() -> None:
    # Available built from a frame with no dates at all: date bounds are None, no crash.
    frame = schema.events_frame(pd.DataFrame([{**EVENTS[0], "event_date": None}]))
    avail = Available.from_events(frame)
    assert avail.date_min is None and avail.date_max is None
    state, warnings = FilterState.from_query({"from": "2009-01-01"}, avail)
    assert state.date_from == date(2009, 1, 1) and warnings == []


def test_view_round_trips_and_nonsense_is_a_warning() -> None:
    from geo.filters import Available, FilterState

    state, warnings = FilterState.from_query({"view": "34.01,71.55,8"}, Available())
    assert state.view == (34.01, 71.55, 8.0) and warnings == []
    assert FilterState.from_query(state.to_query(), Available())[0].view == state.view
    for bad in ("91,0,3", "1,2", "a,b,c", "1,2,30", "nan,1,2"):
        state, warnings = FilterState.from_query({"view": bad}, Available())
        assert state.view is None
        assert len(warnings) == 1 and "'view'" in warnings[0]

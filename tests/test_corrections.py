"""Analysts' corrections: persisted in a real SQLite file, applied, undone, validated."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from geo.corrections import CorrectionStore, apply_corrections
from geo.schema import events_frame


@pytest.fixture
def events():
    return events_frame(pd.DataFrame([
        {"event_id": "a1", "article_id": "000", "event_date": "2009-10-15", "event_type": "bombing",
         "actor1": "Unidentified", "place": "Kohat", "country": "PK", "lat": 33.58, "lon": 71.44,
         "geo_precision": 1, "fatalities": None, "sentence": "A car bomb exploded in Kohat."},
        {"event_id": "b2", "article_id": "000", "event_date": "2009-10-10", "event_type": "armed_clash",
         "actor1": "Islamic militants", "place": "Rawalpindi", "country": "PK", "lat": 33.6,
         "lon": 73.05, "geo_precision": 1, "fatalities": 3, "sentence": "Militants attacked."},
    ]))


def test_corrections_persist_apply_and_record_who(tmp_path, events):
    store = CorrectionStore.for_store(tmp_path)
    store.add("a1", {"event_type": "suicide_bombing", "fatalities": "9", "lat": "33.6", "lon": "71.5"},
              analyst="Amina", reason="second source says suicide car bomb",
              old={"event_type": "bombing"})
    reopened = CorrectionStore.for_store(tmp_path)          # a new process would do the same
    fixed = apply_corrections(events, reopened.frame())
    row = fixed.set_index("event_id").loc["a1"]
    assert row["event_type"] == "suicide_bombing"
    assert row["fatalities"] == 9
    assert (row["lat"], row["lon"]) == (33.6, 71.5)
    assert bool(row["corrected"]) and row["corrected_by"] == "Amina"
    untouched = fixed.set_index("event_id").loc["b2"]
    assert untouched["event_type"] == "armed_clash" and not bool(untouched["corrected"])
    history = reopened.history("a1")
    assert {h.field for h in history} == {"event_type", "fatalities", "lat", "lon"}
    assert history[0].old_value == "bombing" and history[0].analyst == "Amina"
    # the input frame is never changed
    assert events.set_index("event_id").loc["a1", "event_type"] == "bombing"


def test_reject_and_undo(tmp_path, events):
    store = CorrectionStore.for_store(tmp_path)
    store.add("b2", {"actor1": "TTP"}, analyst="Bo", reason="claim",
              now=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
    store.reject("b2", analyst="Bo", reason="duplicate of another report")
    assert bool(apply_corrections(events, store.frame()).set_index("event_id").loc["b2", "rejected"])
    undone = store.undo_last("b2", analyst="Bo")
    assert len(undone) == 1
    fixed = apply_corrections(events, store.frame()).set_index("event_id")
    assert not bool(fixed.loc["b2", "rejected"])
    assert fixed.loc["b2", "actor1"] == "TTP"          # the earlier correction still stands
    store.undo_last("b2", analyst="Bo")
    assert apply_corrections(events, store.frame()).set_index("event_id").loc["b2", "actor1"] == "Islamic militants"
    assert len(store.history("b2")) == 2               # undone corrections are kept, marked
    assert all(h.undone_at for h in store.history("b2"))


def test_newest_correction_of_a_field_wins(tmp_path, events):
    store = CorrectionStore.for_store(tmp_path)
    store.add("a1", {"fatalities": "2"}, analyst="A", reason="r")
    store.add("a1", {"fatalities": "5"}, analyst="B", reason="r")
    fixed = apply_corrections(events, store.frame()).set_index("event_id")
    assert fixed.loc["a1", "fatalities"] == 5 and fixed.loc["a1", "corrected_by"] == "B"


@pytest.mark.parametrize("changes,message", [
    ({"event_type": "picnic"}, "event type must be one of"),
    ({"lat": "95"}, "latitude must be between"),
    ({"lon": "east"}, "longitude must be a number"),
    ({"event_date": "15/10/2009"}, "date must be YYYY-MM-DD"),
    ({"fatalities": "-1"}, "cannot be negative"),
    ({"sentence": "x"}, "cannot be corrected"),
    ({}, "nothing to correct"),
])
def test_bad_corrections_are_refused_with_a_message(tmp_path, changes, message):
    store = CorrectionStore.for_store(tmp_path)
    with pytest.raises(ValueError, match=message):
        store.add("a1", changes, analyst="A", reason="r")
    assert store.history() == []                       # all or nothing


def test_name_and_reason_are_required(tmp_path):
    store = CorrectionStore.for_store(tmp_path)
    with pytest.raises(ValueError, match="analyst's name"):
        store.add("a1", {"actor1": "x"}, analyst=" ", reason="r")
    with pytest.raises(ValueError, match="needs a reason"):
        store.add("a1", {"actor1": "x"}, analyst="A", reason="")


def test_corrections_for_unknown_events_are_ignored(tmp_path, events):
    store = CorrectionStore.for_store(tmp_path)
    store.add("gone", {"actor1": "x"}, analyst="A", reason="r")
    fixed = apply_corrections(events, store.frame())
    assert not fixed["corrected"].any()

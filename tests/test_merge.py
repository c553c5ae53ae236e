"""Merging reports of one incident across articles."""

from __future__ import annotations

import pandas as pd

from geo.merge import assign_incidents, merge_reports
from geo.schema import events_frame


def _events(rows):
    base = {"country": "PK", "actor1": "Unidentified", "sentence": "s", "date_precision": "day"}
    return events_frame(pd.DataFrame([{**base, **r} for r in rows]))


REPORTS = [
    # one car bombing in Kohat reported by three outlets, one of them a day later and less precise
    {"event_id": "e1", "article_id": "a", "source": "AP", "title": "Blast", "event_type": "bombing",
     "event_date": "2009-10-15", "place": "Kohat", "gazetteer_id": "gn:1", "lat": 33.58, "lon": 71.44,
     "geo_precision": 1, "fatalities": 3},
    {"event_id": "e2", "article_id": "b", "source": "Reuters", "title": "Car bomb", "event_type": "suicide_bombing",
     "event_date": "2009-10-16", "place": "Kohat", "gazetteer_id": "gn:1", "lat": 33.58, "lon": 71.44,
     "geo_precision": 1, "fatalities": 9},
    {"event_id": "e3", "article_id": "c", "source": "AFP", "title": "Attacks", "event_type": "bombing",
     "event_date": "2009-10-12", "date_precision": "week", "place": "Kohat district", "gazetteer_id": "wof:9",
     "lat": 33.55, "lon": 71.40, "geo_precision": 2, "fatalities": None},
    # same place and day, but a different family: a separate incident
    {"event_id": "e4", "article_id": "b", "source": "Reuters", "title": "Car bomb", "event_type": "protest",
     "event_date": "2009-10-15", "place": "Kohat", "gazetteer_id": "gn:1", "lat": 33.58, "lon": 71.44,
     "geo_precision": 1},
    # same family and place a month later: a separate incident
    {"event_id": "e5", "article_id": "d", "source": "AP", "title": "Another", "event_type": "bombing",
     "event_date": "2009-11-20", "place": "Kohat", "gazetteer_id": "gn:1", "lat": 33.58, "lon": 71.44,
     "geo_precision": 1, "fatalities": 1},
    # a second bombing in Kohat in the same article as e1 is its own incident
    {"event_id": "e6", "article_id": "a", "source": "AP", "title": "Blast", "event_type": "bombing",
     "event_date": "2009-10-15", "place": "Kohat", "gazetteer_id": "gn:1", "lat": 33.58, "lon": 71.44,
     "geo_precision": 1, "fatalities": 2},
]


def test_reports_of_one_incident_share_an_id():
    events = _events(REPORTS)
    ids = assign_incidents(events).tolist()
    by_event = dict(zip(events["event_id"], ids))
    assert by_event["e1"] == by_event["e2"]
    assert by_event["e4"] not in (by_event["e1"],)
    assert by_event["e5"] != by_event["e1"]
    assert by_event["e6"] != by_event["e1"]


def test_merged_view_lists_sources_and_keeps_the_most_precise_report():
    events = _events(REPORTS)
    merged = merge_reports(events)
    assert len(events) == 6                      # nothing deleted from the input
    assert merged["n_reports"].sum() == len(events)
    kohat = merged[merged["event_ids"].str.contains("e1")].iloc[0]
    assert kohat["n_sources"] == 2 and kohat["n_reports"] == 2
    assert "AP: Blast" in kohat["sources"] and "Reuters: Car bomb" in kohat["sources"]
    assert kohat["fatalities"] == 9              # the largest stated lower bound
    assert kohat["place"] == "Kohat" and kohat["geo_precision"] == 1


def test_nearby_places_without_a_shared_id_merge_by_cell():
    rows = [dict(REPORTS[0], gazetteer_id=None), dict(REPORTS[1], gazetteer_id=None, lat=33.60, lon=71.46)]
    merged = merge_reports(_events(rows))
    assert len(merged) == 1 and merged["n_sources"].iloc[0] == 2


def test_empty_and_undated_events():
    assert merge_reports(_events([])).empty
    undated = _events([dict(REPORTS[0], event_date=None), dict(REPORTS[1], event_date=None)])
    assert len(merge_reports(undated)) == 2      # no date, no evidence of one incident

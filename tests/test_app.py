"""The Streamlit app headless (AppTest) against a real store on disk named by GEO_STORE."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from apphelpers import APP, EVENTS, write_store

TIMEOUT = 60


def plain(markdown: str) -> str:
    """Markdown as read: backslash escapes removed."""
    return re.sub(r"\\(.)", r"\1", markdown)


@pytest.fixture()
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = write_store(tmp_path / "store")
    monkeypatch.setenv("GEO_STORE", str(folder))
    monkeypatch.delenv("GEO_BASEMAP", raising=False)
    return folder


def run(params: dict[str, str] | None = None) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def count_text(at: AppTest) -> str:
    return next(m.value for m in at.markdown if m.value.endswith(" events**"))


def deck_spec(at: AppTest) -> dict:
    charts = at.get("deck_gl_json_chart")
    assert len(charts) == 1
    return json.loads(charts[0].proto.json)


def drawn_ids(at: AppTest) -> set[str]:
    layer = next(lyr for lyr in deck_spec(at)["layers"] if lyr["id"] == "events")
    return {p["id"] for p in layer["data"]}


def test_default_view_shows_every_event(store: Path) -> None:
    at = run()
    assert count_text(at) == f"**{len(EVENTS)} of {len(EVENTS)} events**"
    assert len(at.warning) == 0
    assert drawn_ids(at) == {e["event_id"] for e in EVENTS if e["lat"] is not None}
    assert any("1 event has no coordinates" in c.value for c in at.caption)
    spec = deck_spec(at)
    assert spec["mapStyle"] == "__MAP_STYLE__" and "mapProvider" not in spec
    assert at.query_params == {} or all(not v for v in at.query_params.values())
    credits = " ".join(c.value for c in at.sidebar.caption)
    assert "Contains data from [GeoNames](https://www.geonames.org/) (CC BY 4.0)" in credits
    assert "Who's On First" in credits and "whosonfirst.org/docs/licenses" in credits
    assert "Natural Earth" in credits and "public domain" in credits
    csv_button = next(b for b in at.get("download_button"))
    assert csv_button.proto.label == "Download these events (CSV)"
    table = at.dataframe[0].value
    assert len(table) == len(EVENTS) and "ev-unresolved-1" in set(table["event_id"].astype(str))


def test_url_sets_the_filters(store: Path) -> None:
    at = run({"from": "2009-10-01", "to": "2009-10-31", "type": "bombing,armed_clash", "country": "PK"})
    assert count_text(at) == "**3 of 6 events**"
    assert len(at.warning) == 0
    assert at.multiselect(key="f_types").value == ["bombing", "armed_clash"]
    assert at.multiselect(key="f_country").value == ["PK"]
    assert tuple(str(d) for d in at.date_input(key="f_dates").value) == ("2009-10-01", "2009-10-31")
    assert drawn_ids(at) == {"ev-peshawar-1", "ev-lahore-1", "ev-rawalpindi-1"}
    assert at.query_params["type"] in ("bombing,armed_clash", ["bombing,armed_clash"])


def test_changing_a_filter_updates_the_url_and_count(store: Path) -> None:
    at = run()
    at.multiselect(key="f_actors").set_value(["Pakistan Army"]).run()
    assert count_text(at) == "**2 of 6 events**"
    assert _param(at, "actor") == "Pakistan Army"
    at.multiselect(key="f_admin1").set_value(["Punjab"]).run()
    assert count_text(at) == "**1 of 6 events**"
    assert _param(at, "admin1") == "Punjab" and _param(at, "actor") == "Pakistan Army"
    assert drawn_ids(at) == {"ev-rawalpindi-1"}
    next(b for b in at.button if b.label == "Reset filters").click().run()
    assert count_text(at) == "**6 of 6 events**"
    assert not any(_param(at, k) for k in ("actor", "admin1"))


def test_half_chosen_date_range_filters_from_its_start(store: Path) -> None:
    at = run()
    at.date_input(key="f_dates").set_value((date(2009, 10, 12),)).run()  # second click pending
    assert count_text(at) == "**2 of 6 events**"
    assert _param(at, "from") == "2009-10-12" and _param(at, "to") is None


def _param(at: AppTest, key: str) -> str | None:
    value = at.query_params.get(key)
    if isinstance(value, list):
        return value[-1] if value else None
    return value


@pytest.mark.parametrize(
    ("params", "named"),
    [
        ({"from": "not-a-date"}, "'from'"),
        ({"from": "2009-12-01", "to": "2009-01-01"}, "'from'"),
        ({"type": "tsunami"}, "'type'"),
        ({"actor": "Nobody"}, "'actor'"),
        ({"country": "ZZ"}, "'country'"),
        ({"admin1": "[link](javascript:alert(1))"}, "'admin1'"),
        ({"event": "missing"}, "'event'"),
        ({"junk": "1"}, "'junk'"),
        ({"type": "x" * 5000}, "'type'"),
    ],
)
def test_bad_parameters_warn_and_fall_back(store: Path, params: dict[str, str], named: str) -> None:
    at = run(params)
    warnings = [plain(w.value) for w in at.warning]
    assert len(warnings) == 1 and named in warnings[0], warnings
    assert count_text(at) == "**6 of 6 events**"
    # The bad parameter is dropped from the URL.
    assert not any(_param(at, k) for k in params)


def test_event_in_url_opens_its_details(store: Path) -> None:
    at = run({"event": "ev-quetta-1"})
    text = plain(" ".join(m.value for m in at.markdown))
    quetta = next(e for e in EVENTS if e["event_id"] == "ev-quetta-1")
    assert quetta["sentence"] in text  # shown escaped: the <b> stays literal text
    assert "geo precision: town or exact place" in text and "precision: day" in text
    assert "Baloch Students Organisation" in text and "Dawn" in text
    assert _param(at, "event") == "ev-quetta-1"
    ring = [lyr for lyr in deck_spec(at)["layers"] if lyr["id"] == "selected"]
    assert ring and ring[0]["data"] == [{"lon": 67.013, "lat": 30.187}]
    next(b for b in at.button if b.label == "Close").click().run()
    assert _param(at, "event") is None


def test_unresolved_event_details_say_so(store: Path) -> None:
    at = run({"event": "ev-unresolved-1"})
    text = plain(" ".join(m.value for m in at.markdown))
    assert "not resolved to coordinates" in text and "geo precision: unknown" in text


def test_no_match_is_explained(store: Path) -> None:
    at = run({"from": "2009-10-29"})
    assert count_text(at) == "**0 of 6 events**"
    assert any("No events match" in i.value for i in at.info)


@pytest.mark.parametrize("params", [{"from": "2030-01-01"}, {"to": "1990-01-01"}])
def test_dates_outside_the_store_show_no_events(store: Path, params: dict[str, str]) -> None:
    at = run(params)
    assert count_text(at) == "**0 of 6 events**" and len(at.warning) == 0
    start, end = at.date_input(key="f_dates").value
    assert start <= end


def test_missing_store_is_a_clear_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GEO_STORE", str(tmp_path / "nowhere"))
    at = run()
    assert len(at.error) == 1 and "No store folder" in plain(at.error[0].value)
    assert not at.get("deck_gl_json_chart")


def test_empty_store_is_a_clear_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GEO_STORE", str(write_store(tmp_path / "empty", rows=[])))
    at = run()
    assert any("holds no events" in plain(i.value) for i in at.info)


def test_online_basemap_only_when_set(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GEO_BASEMAP", "carto")
    assert deck_spec(run())["mapProvider"] == "carto"

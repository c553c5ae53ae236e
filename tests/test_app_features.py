"""The app's analyst flows headless (AppTest) on a store written by the real ingest:
provenance, corrections, merged reports, timeline, shared views, exports, adding articles."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from apphelpers import APP, ingest_store
from geo import corrections, paths
from geo import store as store_mod

TIMEOUT = 90
M1, M2, X1 = "8f698bc996428cc1", "ada88d0157ab2611", "aaf0a9017f971a8b"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The real ingest of the test corpus; the ids of the events read from its extra
    articles are looked up (they depend on where in the text the events were read)."""
    global M1, M2, X1
    folder = ingest_store(tmp_path_factory.mktemp("ingested"))
    events = pd.read_parquet(folder / "events.parquet")
    first = events.groupby("article_id")["event_id"].first()
    M1, M2, X1 = (first["m1"], first["m2"], first["x1"])
    return folder


@pytest.fixture()
def store(built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "store"
    shutil.copytree(built, folder)
    monkeypatch.setenv("GEO_STORE", str(folder))
    monkeypatch.delenv("GEO_BASEMAP", raising=False)
    return folder


def run(params: dict[str, str] | None = None, at: AppTest | None = None) -> AppTest:
    if at is None:
        at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
        for key, value in (params or {}).items():
            at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def count_text(at: AppTest) -> str:
    return next(m.value for m in at.markdown if " of " in m.value and " events**" in m.value and m.value.startswith("**"))


def html_blocks(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown if m.proto.allow_html]


def n_events(store: Path) -> int:
    return len(pd.read_parquet(store / "events.parquet"))


def test_details_show_the_article_with_the_event_words_marked(store: Path) -> None:
    at = run({"event": M1})
    article = next(h for h in html_blocks(at) if "geo-article" in h)
    for role in ("place", "trigger", "actor2", "date", "sentence"):
        assert f'<mark class="geo-{role}"' in article
    assert "Kandahar" in article
    assert any("Market bombing in Kandahar" in m.value and "Reuters" in m.value for m in at.markdown)
    assert [b.proto.url for b in at.get("link_button")] == ["https://example.org/m1"]


def test_hostile_article_text_is_escaped_everywhere(store: Path) -> None:
    at = run({"event": X1})
    for block in html_blocks(at):
        assert "<img" not in block and "<script" not in block and "<b>" not in block
    article = next(h for h in html_blocks(at) if "geo-article" in h)
    assert "&lt;img src=x onerror=alert(1)&gt;" in article
    assert not at.get("link_button")  # a javascript: url gets no link
    plain = " ".join(m.value for m in at.markdown if not m.proto.allow_html)
    assert "\\<img src=x onerror=alert\\(1\\)\\>" in plain  # escaped Markdown, shown as text


def test_correction_changes_what_is_shown_survives_a_restart_and_can_be_undone(store: Path) -> None:
    at = run({"event": M1})
    at.text_input(key="analyst").input("A. Analyst")
    at.text_input(key=f"fat-{M1}").input("14")
    at.selectbox(key=f"type-{M1}").set_value("bombing")
    submit = next(b for b in at.button if b.proto.label == "Save the correction")
    submit.click()
    run(at=at)
    assert any("Not saved" in e.value and "reason" in e.value for e in at.error)
    at.text_input(key=f"reason-{M1}").input("the article says 14 dead")
    next(b for b in at.button if b.proto.label == "Save the correction").click()
    run(at=at)
    assert not at.error
    # a restart: a new session reads the corrections from SQLite beside the store
    again = run({"event": M1})
    assert any("**Fatalities** at least 14" == m.value for m in again.markdown)
    assert any(m.value.startswith("#### Bombing") for m in again.markdown)
    history = next(d.value for d in again.dataframe if "who" in d.value.columns)
    assert set(history["field"]) == {"fatalities", "event_type"}
    assert set(history["who"]) == {"A. Analyst"}
    table = next(d.value for d in again.dataframe if "event_id" in d.value.columns)
    row = table[table["event_id"] == M1].iloc[0]
    assert row["fatalities"] == 14 and row["event_type"] == "bombing"
    assert (store / corrections.FILE_NAME).exists()
    # undo
    next(b for b in again.button if b.proto.label == "Undo the last correction").click()
    run(at=again)
    assert any("**Fatalities** at least 12" == m.value for m in again.markdown)


def test_rejected_events_are_hidden_unless_asked_for(store: Path) -> None:
    total = n_events(store)
    corrections.CorrectionStore.for_store(store).reject(X1, analyst="B", reason="not an event")
    at = run()
    assert count_text(at) == f"**{total - 1} of {total} events**"
    at.toggle(key="show_rejected").set_value(True)
    run(at=at)
    assert count_text(at) == f"**{total} of {total} events**"


def test_moving_an_event_to_coordinates(store: Path) -> None:
    at = run({"event": M2})
    at.text_input(key="analyst").input("C")
    at.text_input(key=f"reason-{M2}").input("the market is east of the city")
    at.text_input(key=f"coords-{M2}").input("31.6, 65.8")
    next(b for b in at.button if b.proto.label == "Save the correction").click()
    run(at=at)
    assert any("31.6000, 65.8000" in m.value for m in at.markdown)
    spec = json.loads(at.get("deck_gl_json_chart")[0].proto.json)
    point = next(p for lyr in spec["layers"] if lyr["id"] == "events" for p in lyr["data"] if p["id"] == M2)
    assert (point["lat"], point["lon"]) == (31.6, 65.8)


def test_bad_coordinates_are_a_message_not_an_exception(store: Path) -> None:
    at = run({"event": M2})
    at.text_input(key="analyst").input("C")
    at.text_input(key=f"reason-{M2}").input("why")
    at.text_input(key=f"coords-{M2}").input("100, 500")
    next(b for b in at.button if b.proto.label == "Save the correction").click()
    run(at=at)
    assert any("latitude must be between" in e.value for e in at.error)


def test_merged_view_shows_one_event_per_incident_with_its_sources(store: Path) -> None:
    total = n_events(store)
    at = run({"event": M1})
    at.toggle(key="merged").set_value(True)
    run(at=at)
    text = count_text(at)
    assert text == f"**{total - 1} incidents: {total} of {total} events** (reports of one incident merged)"
    assert any(m.value.startswith("**Reported by 2 articles**") for m in at.markdown)
    assert any("Reuters" in m.value for m in at.markdown) and any("AP" in m.value for m in at.markdown)
    at.toggle(key="merged").set_value(False)
    run(at=at)
    assert count_text(at) == f"**{total} of {total} events**"
    assert n_events(store) == total  # nothing deleted


def test_timeline_is_drawn_and_shows_the_date_filter(store: Path) -> None:
    at = run({"from": "2009-06-01", "to": "2009-10-31"})
    charts = at.get("vega_lite_chart")
    assert len(charts) == 1
    spec = json.loads(charts[0].proto.spec)
    assert "brush" in json.dumps(spec["params"] if "params" in spec else spec)
    marks = json.dumps(spec)
    assert '"rect"' in marks  # the highlighted range of the date filter


def test_shared_view_and_event_come_back_from_the_url(store: Path) -> None:
    at = run({"event": M1, "view": "31.6,65.7,9"})
    spec = json.loads(at.get("deck_gl_json_chart")[0].proto.json)
    view = spec["initialViewState"]
    assert (view["latitude"], view["longitude"], view["zoom"]) == (31.6, 65.7, 9)
    assert at.query_params["view"] == "31.6000,65.7000,9"
    at.button(key="fit_view").click()
    run(at=at)
    assert "view" not in at.query_params
    at.button(key="zoom_event").click()
    run(at=at)
    assert at.query_params["view"].endswith(",8")  # a town: zoom 8


def test_nonsense_view_is_a_warning(store: Path) -> None:
    at = run({"view": "<script>"})
    assert any("'view'" in w.value for w in at.warning)


def test_downloads_offer_csv_geojson_and_corrections(store: Path) -> None:
    at = run()
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Download these events (CSV)", "Download as GeoJSON"]
    assert not (store / corrections.FILE_NAME).exists()  # browsing writes nothing
    corrections.CorrectionStore.for_store(store).reject(X1, analyst="E", reason="r")
    at = run()
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Download these events (CSV)", "Download as GeoJSON", "Download the corrections (CSV)"]


def test_export_holds_corrected_values_and_acled_columns(store: Path) -> None:
    from geo import export

    cs = corrections.CorrectionStore.for_store(store)
    cs.add(M1, {"fatalities": "15", "actor1": "=cmd()"}, analyst="D", reason="r")
    events = store_mod.load_store(store).events
    shown = corrections.apply_corrections(events, cs.frame())
    frame = pd.read_csv(io.BytesIO(export.to_csv_bytes(shown)), dtype=str)
    row = frame[frame["event_id"] == M1].iloc[0]
    assert row["fatalities"] == "15" and row["actor1"] == "'=cmd()" and row["corrected"] == "True"
    acled = export.acled_frame(shown)
    assert {"event_id_cnty", "sub_event_type", "latitude"} <= set(acled.columns)
    log = pd.read_csv(io.BytesIO(export.to_csv_bytes(cs.frame())), dtype=str)
    assert list(log["field"]) == ["fatalities", "actor1"]


def test_uploaded_article_is_ingested_and_shown(store: Path) -> None:
    before = n_events(store)
    at = run()
    at.file_uploader(key="upload_files").set_value(
        ("u1.txt", b"Gunmen killed four soldiers in Peshawar on Tuesday, police said.\n", "text/plain"))
    at.date_input(key="upload_date").set_value(pd.Timestamp("2011-05-04").date())
    next(b for b in at.button if b.proto.label == "Read and add").click()
    run(at=at)
    after = n_events(store)
    assert after > before
    assert count_text(at) == f"**{after} of {after} events**"
    assert any("1 article\\(s\\) read" in c.value for c in at.sidebar.caption)


def test_oversized_upload_is_refused_with_a_message(store: Path, monkeypatch) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        for i in range(3):
            archive.writestr(f"a{i}.txt", "x")
    from geo import upload

    at = run()
    monkeypatch.setattr(upload, "MAX_FILES", 2)
    at.file_uploader(key="upload_files").set_value(("c.zip", buf.getvalue(), "application/zip"))
    next(b for b in at.button if b.proto.label == "Read and add").click()
    run(at=at)
    assert any("Not added" in e.value and "limit is 2" in e.value for e in at.error)


def test_sample_store_is_rebuilt_when_missing_or_stale(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    code = tmp_path / "code"
    corpus.mkdir(), code.mkdir()
    (corpus / "a.txt").write_text("x")
    (code / "m.py").write_text("x")
    store = tmp_path / "store"
    assert store_mod.sample_needs_build(store, corpus, code)
    store.mkdir()
    (store / "events.parquet").write_text("x")
    import os
    import time

    old = time.time() - 100
    os.utime(corpus / "a.txt", (old, old)), os.utime(code / "m.py", (old, old))
    assert not store_mod.sample_needs_build(store, corpus, code)
    os.utime(code / "m.py", None)
    assert store_mod.sample_needs_build(store, corpus, code)


def test_without_geo_store_the_bundled_sample_is_built_and_shown(monkeypatch) -> None:
    monkeypatch.delenv("GEO_STORE", raising=False)
    at = run()
    assert (paths.SAMPLE_STORE / "events.parquet").exists()
    assert not store_mod.sample_needs_build(paths.SAMPLE_STORE, paths.SAMPLE_CORPUS, paths.ROOT / "geo")
    assert count_text(at).endswith(" events**")


def test_playback_steps_windows_and_pause_keeps_the_window_in_the_url(store: Path) -> None:
    at = run()
    full = tuple(at.date_input(key="f_dates").value)
    at.number_input(key="play_window").set_value(365)
    at.number_input(key="play_step").set_value(365)
    at.button(key="play_start").click()
    run(at=at)
    first = tuple(at.date_input(key="f_dates").value)
    assert first[0] == full[0] and (first[1] - first[0]).days == 364
    assert at.query_params["to"] == first[1].isoformat()
    assert any(c.value.startswith("playing: step 1 of ") for c in at.sidebar.caption)
    # one tick of the playback (the browser's timer runs it; here it is called by hand)
    at.session_state["_play_next"] = at.session_state["_play"]["windows"][1]
    at.session_state["_play"]["i"] = 1
    run(at=at)
    second = tuple(at.date_input(key="f_dates").value)
    assert second[0] > first[0] and (second[1] - second[0]).days == 364
    at.button(key="play_pause").click()
    run(at=at)
    assert any(c.value.startswith("paused: step 2 of ") for c in at.sidebar.caption)
    assert at.query_params["from"] == second[0].isoformat()
    assert count_text(at).startswith("**")
    at.button(key="play_stop").click()
    run(at=at)
    assert tuple(at.date_input(key="f_dates").value) == full
    assert "from" not in at.query_params


def test_corrections_survive_a_reingest(store: Path, built: Path) -> None:
    from geo.pipeline import ingest

    corrections.CorrectionStore.for_store(store).add(M1, {"fatalities": "16"}, analyst="F", reason="r")
    ingest(built.parent / "corpus", store)  # the same texts read again into the same folder
    at = run({"event": M1})
    assert any("**Fatalities** at least 16" == m.value for m in at.markdown)


def test_read_only_checkout_builds_the_sample_in_the_temp_folder(tmp_path: Path, monkeypatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the store's parent folder would be")
    monkeypatch.delenv("GEO_STORE", raising=False)
    monkeypatch.setattr(paths, "SAMPLE_STORE", blocker / "sample_store")
    at = run()
    assert count_text(at).endswith(" events**")
    import tempfile

    assert (Path(tempfile.gettempdir()) / "geo-sample-store" / "events.parquet").exists()


def test_unreadable_article_texts_are_a_warning_and_the_sentence_is_shown(store: Path) -> None:
    (store / "articles.parquet").write_bytes(b"not parquet")
    at = run({"event": M1})
    assert any("articles\\.parquet" in w.value for w in at.warning)
    assert any(m.value.startswith("> A suicide bomber killed 12") for m in at.markdown)


def test_moving_an_event_to_another_gazetteer_place_of_its_name(store: Path) -> None:
    from geo.gazetteer import default_gazetteer

    g = default_gazetteer()
    candidates = g.rank(g.candidates("Kandahar"), None, name="Kandahar")
    pick = next(i for i, p in enumerate(candidates) if p.feature == "region")
    region = candidates[pick]
    at = run({"event": M2})
    at.text_input(key="analyst").input("G")
    at.text_input(key=f"reason-{M2}").input("the article means the province")
    at.selectbox(key=f"move-{M2}").set_value(pick + 1)
    next(b for b in at.button if b.proto.label == "Save the correction").click()
    run(at=at)
    assert not at.error
    assert any(f"{region.lat:.4f}, {region.lon:.4f}" in m.value and "province or region" in m.value
               for m in at.markdown)
    fields = {h.field for h in corrections.CorrectionStore.for_store(store).history(M2)}
    assert {"lat", "lon", "geo_precision", "gazetteer_id"} <= fields

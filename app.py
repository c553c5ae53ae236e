"""The analysts' map of conflict and security events read out of news articles.

A thin Streamlit view over ``geo/``: it reads the store named by ``GEO_STORE`` (without it,
the bundled sample, built on first start), keeps the filters in the URL (``geo.filters``),
draws the map (``geo.mapview``; district- and province-level events as their area,
``geo.areas``), a timeline to brush dates on and a playback of time windows
(``geo.timeline``), the chosen event with its article and the words it was read from
highlighted (``geo.highlight``), analysts' corrections kept in SQLite beside the store
(``geo.corrections``), a view merging reports of one incident (``geo.merge``), exports
(``geo.export``) and adding articles (``geo.upload``). Run: ``streamlit run app.py``.

The map needs no network: its base is drawn from bundled Natural Earth outlines and
gazetteer labels. ``GEO_BASEMAP=carto`` asks for CARTO's online tiles instead.

Sharing: the URL holds the filters, the chosen event and a map view (``view=lat,lon,zoom``)
set by "Zoom to this event" or cleared by "Fit"; pydeck in Streamlit does not report where
the analyst panned or zoomed by hand, so that is not in the URL.

Article text is untrusted: it is shown as escaped Markdown or in tables; the only HTML made
from it is ``geo.highlight.highlight_html``'s, which escapes every article character.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import streamlit as st

# The page's settings and title before the data libraries are imported: Streamlit's first
# element of a process inspects the call stack and every loaded module (about 0.05-0.1 s with
# pandas and pyarrow loaded, much less before), and the first run's base map waits for it.
st.set_page_config(page_title="Conflict events map", page_icon="🗺️", layout="wide")
st.title("Conflict events")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from geo import basemap, export, filters, highlight, mapview, paths, timeline  # noqa: E402
from geo import corrections as corr  # noqa: E402
from geo import store as store_mod  # noqa: E402
from geo.filters import Available, FilterState  # noqa: E402

MAP_KEY = "map"
TABLE_KEY = "table"
W_DATES, W_TYPES, W_ACTORS, W_COUNTRY, W_ADMIN1 = "f_dates", "f_types", "f_actors", "f_country", "f_admin1"
EVENT_KEY = "event"
VIEW_KEY = "view"
TIMELINE_KEY = "timeline"
MERGED_KEY = "merged"
REJECTED_KEY = "show_rejected"
ANALYST_KEY = "analyst"
PLAY = "_play"
SPEEDS = {"slow (3 s a step)": 3.0, "normal (1.5 s a step)": 1.5, "fast (0.75 s a step)": 0.75}
CONTEXT_CHARS = 400
TABLE_ROWS = 1000
MAP_HEIGHT = 560
MAP_COLUMNS = ["event_id", "event_date", "date_precision", "event_type", "actor1", "actor2", "country",
               "place", "admin1", "lat", "lon", "geo_precision", "fatalities", "gazetteer_id"]
TABLE_COLUMNS = ["event_date", "event_type", "actor1", "actor2", "fatalities", "place", "admin1",
                 "country", "geo_precision", "sentence", "title", "source", "published", "event_id"]
TABLE_LABELS = {
    "event_date": st.column_config.DateColumn("date"),
    "event_type": "type", "actor1": "actor 1", "actor2": "actor 2", "admin1": "province",
    "geo_precision": st.column_config.NumberColumn("geo precision", help="1 town, 2 district, 3 province"),
    "sentence": st.column_config.TextColumn("sentence", width="large"),
    "title": "article", "published": st.column_config.DateColumn("published"), "event_id": "event id",
}
GEO_PRECISION = {1: "town or exact place", 2: "district, or near a town", 3: "province or region"}
CREDITS = (
    "Contains data from [GeoNames](https://www.geonames.org/) (CC BY 4.0) and from "
    "[Who's On First](https://whosonfirst.org/) ([licence](https://whosonfirst.org/docs/licenses/)) "
    "for place names, coordinates and labels. "
    "Country outlines: [Natural Earth](https://www.naturalearthdata.com/) (public domain)."
)
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


# ---------------------------------------------------------------- data (cached, read-only)


def store_path() -> Path:
    """The store to show: ``$GEO_STORE``, else the bundled sample's store, built when it is
    missing or older than the sample corpus or the code (so a fresh clone just runs)."""
    if os.environ.get("GEO_STORE"):
        return paths.store_dir()
    for store in (paths.SAMPLE_STORE, Path(tempfile.gettempdir()) / "geo-sample-store"):
        if not store_mod.sample_needs_build(store, paths.SAMPLE_CORPUS, paths.ROOT / "geo"):
            return store
        try:
            build_sample(str(store))
            return store
        except OSError:
            continue  # a read-only checkout (a hosted server): build it in the temp folder
    return paths.SAMPLE_STORE


def build_sample(store: str) -> None:
    from geo import pipeline

    with st.spinner("Reading the bundled sample articles (first start)…"):
        pipeline.ingest(paths.SAMPLE_CORPUS, Path(store))


@st.cache_resource(show_spinner="Loading events…", max_entries=2)
def load_store(path: str, signature: tuple) -> store_mod.Store:
    """The store at ``path``; ``signature`` (file mtimes and sizes) re-keys it on re-ingest."""
    return store_mod.load_store(Path(path))


@st.cache_resource(max_entries=2)
def store_options(
    path: str, signature: tuple
) -> tuple[Available, dict[str, tuple[str, ...]], pd.Index]:
    """Filter options of the store, the provinces (admin1) of each country, an event-id index."""
    events = load_store(path, signature).events
    pairs = events[["country", "admin1"]].dropna().drop_duplicates()
    by_country = {
        str(c): tuple(sorted(str(a) for a in group["admin1"]))
        for c, group in pairs.groupby("country", observed=True)
    }
    ids = pd.Index(events["event_id"].astype("string"))
    return Available.from_events(events), by_country, ids


@st.cache_resource(max_entries=2, show_spinner="Loading the article texts…")
def load_articles(path: str, signature: tuple) -> pd.DataFrame:
    """The article texts, read the first time an event's details are shown."""
    return store_mod.load_articles(Path(path))


@st.cache_resource(max_entries=4)
def correction_store(path: str) -> corr.CorrectionStore | str:
    """The corrections beside the store, or why they cannot be kept there."""
    try:
        return corr.CorrectionStore.for_store(Path(path))
    except (OSError, sqlite3.Error) as err:
        return f"Corrections cannot be saved beside the store ({path}): {err}."


@st.cache_resource(max_entries=2)
def corrected_events(path: str, signature: tuple, version: tuple) -> tuple[pd.DataFrame, np.ndarray | None]:
    """The store's events with analysts' corrections applied, and which are rejected.

    With no correction the store's own frame is returned (no copy). Same rows, same order.
    """
    events = load_store(path, signature).events
    if version[0] == 0:
        return events, None
    cs = correction_store(path)
    if isinstance(cs, str):
        return events, None
    frame = cs.frame()
    if frame["undone_at"].isna().sum() == 0:
        return events, None
    out = corr.apply_corrections(events, frame)
    return out, out["rejected"].to_numpy(dtype=bool)


@st.cache_resource(max_entries=2, show_spinner="Merging reports of the same incidents…")
def merged_events(path: str, signature: tuple, version: tuple, show_rejected: bool) -> tuple[pd.DataFrame, pd.Index]:
    """One row per incident (``geo.merge``) of the shown events, and its event-id index."""
    from geo import merge

    events, rejected = corrected_events(path, signature, version)
    if rejected is not None and not show_rejected:
        events = events.loc[~rejected]
    out = merge.merge_reports(events)
    return out, pd.Index(out["event_id"].astype("string"))


@st.cache_resource(max_entries=1)
def gazetteer():
    from geo.gazetteer import default_gazetteer

    return default_gazetteer()


# ---------------------------------------------------------------- small view helpers


def md(text: object) -> str:
    """Untrusted text as literal Markdown (every Markdown character escaped)."""
    if text is None or (not isinstance(text, str) and pd.isna(text)):
        return ""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def basemap_setting() -> str:
    return "carto" if os.environ.get("GEO_BASEMAP", "").strip().lower() == "carto" else "offline"


# ---------------------------------------------------------------- filter state ⇄ URL ⇄ widgets


def init_from_url(available: Available) -> None:
    """On a session's first run, put the URL's filters into the widgets' state."""
    if "_url_state" in st.session_state:
        return
    params = {k: st.query_params.get_all(k) for k in st.query_params.keys()}
    state, warnings = FilterState.from_query(params, available)
    st.session_state["_url_state"] = state
    st.session_state["_url_warnings"] = warnings
    if available.date_min and available.date_max:
        # A range wholly outside the store's dates still shows as a range (of no events).
        start = state.date_from or min(available.date_min, state.date_to or available.date_min)
        end = state.date_to or max(available.date_max, start)
        st.session_state[W_DATES] = (start, end)
    st.session_state[W_TYPES] = list(state.types)
    st.session_state[W_ACTORS] = list(state.actors)
    st.session_state[W_COUNTRY] = list(state.countries)
    st.session_state[W_ADMIN1] = list(state.admin1)
    st.session_state[EVENT_KEY] = state.event
    st.session_state[VIEW_KEY] = state.view


def reset_filters(available: Available) -> None:
    if available.date_min and available.date_max:
        st.session_state[W_DATES] = (available.date_min, available.date_max)
    for key in (W_TYPES, W_ACTORS, W_COUNTRY, W_ADMIN1):
        st.session_state[key] = []
    st.session_state[EVENT_KEY] = None
    st.session_state[VIEW_KEY] = None


def follow_new_dates(available: Available) -> None:
    """When the store grows (articles added), a date filter showing all dates keeps doing so."""
    bounds = (available.date_min, available.date_max)
    before = st.session_state.get("_store_dates")
    st.session_state["_store_dates"] = bounds
    if before and before != bounds and None not in bounds:
        if tuple(st.session_state.get(W_DATES) or ()) == before:
            st.session_state[W_DATES] = bounds


def set_dates(start: date, end: date) -> None:
    st.session_state[W_DATES] = (start, end)


def timeline_brushed() -> None:
    """The timeline's brush became the date filter (runs before the script reruns)."""
    chosen = (st.session_state.get(TIMELINE_KEY) or {}).get("selection", {}).get("brush")
    dates = timeline.brush_dates(chosen)
    if dates:
        lo, hi = st.session_state.get("_date_bounds", dates)
        start, end = max(dates[0], lo), min(dates[1], hi)
        if start <= end:
            set_dates(start, end)


# ---------------------------------------------------------------- playback


def apply_pending_window() -> None:
    """A playback step chosen in the last run becomes the date filter (before the widgets)."""
    pending = st.session_state.pop("_play_next", None)
    if pending:
        set_dates(*pending)


def start_playback(available: Available) -> None:
    play = st.session_state.get(PLAY)
    if play and not play["running"] and play["i"] < len(play["windows"]) - 1:
        play["running"] = True  # resume
        return
    chosen = tuple(st.session_state.get(W_DATES) or ())
    lo = chosen[0] if len(chosen) == 2 and chosen[0] != chosen[1] else available.date_min
    hi = chosen[1] if len(chosen) == 2 and chosen[0] != chosen[1] else available.date_max
    if play:  # replaying: over the range the last playback started from
        lo, hi = play["range"]
    days = int(st.session_state.get("play_window") or 30)
    step = int(st.session_state.get("play_step") or days)
    windows = timeline.playback_windows(lo, hi, step_days=step, window_days=days,
                                        cumulative=st.session_state.get("play_kind") == "cumulative")
    st.session_state[PLAY] = {"windows": [(w.start, w.end) for w in windows], "i": 0, "running": True,
                              "before": chosen, "range": (lo, hi)}
    set_dates(*st.session_state[PLAY]["windows"][0])


def pause_playback() -> None:
    play = st.session_state.get(PLAY)
    if play:
        play["running"] = False


def stop_playback() -> None:
    play = st.session_state.pop(PLAY, None)
    if play and len(play["before"]) == 2:
        set_dates(*play["before"])


def playback_tick() -> None:
    """One step of a running playback: the next window, then a rerun of the whole page."""
    if st.session_state.pop("_full_run", False):
        return  # drawn by a run of the whole page: the timer's own runs step
    play = st.session_state.get(PLAY)
    if not play or not play["running"]:
        return
    if play["i"] >= len(play["windows"]) - 1:
        play["running"] = False
    else:
        play["i"] += 1
        st.session_state["_play_next"] = play["windows"][play["i"]]
    st.rerun(scope="app")


def show_playback(available: Available) -> None:
    """Play a moving or growing window of dates across the range; the map, counts and table
    follow. Paused, the window stays as the date filter (and in the page address)."""
    if not (available.date_min and available.date_max):
        return
    play = st.session_state.get(PLAY)
    with st.sidebar.expander("Playback", expanded=bool(play)):
        st.radio("Window", ["moving", "cumulative"], key="play_kind", horizontal=True,
                 help="Moving: the last N days at each step. Cumulative: everything up to each step.")
        st.number_input("Window (days)", min_value=1, max_value=3650, value=30, step=1, key="play_window")
        st.number_input("Step (days)", min_value=1, max_value=3650, value=30, step=1, key="play_step")
        st.selectbox("Speed", list(SPEEDS), index=1, key="play_speed")
        cols = st.columns(3)
        running = bool(play and play["running"])
        cols[0].button("Play", key="play_start", on_click=start_playback, args=(available,), disabled=running)
        cols[1].button("Pause", key="play_pause", on_click=pause_playback, disabled=not running)
        cols[2].button("Stop", key="play_stop", on_click=stop_playback, disabled=not play)
        if play:
            lo, hi = play["windows"][play["i"]]
            state = "playing" if running else "paused"
            st.caption(f"{state}: step {play['i'] + 1} of {len(play['windows'])}, {lo} – {hi}")
    if running:
        st.session_state["_full_run"] = True
        st.fragment(run_every=SPEEDS.get(st.session_state.get("play_speed"), 1.5))(playback_tick)()


def sidebar_filters(available: Available, admin1_by_country: dict[str, tuple[str, ...]]) -> FilterState:
    """Draw the filter widgets; return the state they show."""
    sb = st.sidebar
    sb.header("Filters")
    date_from = date_to = None
    if available.date_min and available.date_max:
        chosen = st.session_state.get(W_DATES) or ()
        lo = min([available.date_min, *[d for d in chosen if isinstance(d, date)]])
        hi = max([available.date_max, *[d for d in chosen if isinstance(d, date)]])
        st.session_state["_date_bounds"] = (lo, hi)
        value = sb.date_input("Dates", min_value=lo, max_value=hi, key=W_DATES, format="YYYY-MM-DD")
        value = tuple(value) if isinstance(value, (tuple, list)) else (value,)
        if len(value) >= 1 and value[0] != available.date_min:
            date_from = value[0]
        if len(value) >= 2 and value[1] != available.date_max:
            date_to = value[1]
    names = basemap.country_names()
    types = sb.multiselect("Event types", available.types, key=W_TYPES,
                           format_func=mapview.type_label, placeholder="All types")
    actors = sb.multiselect("Actors", available.actors, key=W_ACTORS, placeholder="All actors")
    countries = sb.multiselect("Countries", available.countries, key=W_COUNTRY,
                               format_func=lambda c: f"{names.get(c, c)} ({c})",
                               placeholder="All countries")
    admin1_options = available.admin1
    if countries:
        allowed = {a for c in countries for a in admin1_by_country.get(c, ())}
        allowed |= set(st.session_state.get(W_ADMIN1) or [])
        admin1_options = tuple(a for a in available.admin1 if a in allowed)
    admin1 = sb.multiselect("Provinces", admin1_options, key=W_ADMIN1, placeholder="All provinces")
    sb.toggle("Merge reports of one incident", key=MERGED_KEY,
              help="One mark per incident, listing every article that reported it. Off: every report.")
    sb.toggle("Show rejected events", key=REJECTED_KEY,
              help="Events an analyst rejected are hidden unless this is on.")
    sb.button("Reset filters", on_click=reset_filters, args=(available,))
    sb.caption("The page address holds these filters, the chosen event and a map view set with "
               "'Zoom to': copy it to share this view. (Panning by hand is not in the address.)")
    return FilterState(
        date_from=date_from,
        date_to=date_to,
        types=tuple(types),
        actors=tuple(actors),
        countries=tuple(countries),
        admin1=tuple(admin1),
        event=st.session_state.get(EVENT_KEY),
        view=st.session_state.get(VIEW_KEY),
    )


def sync_url(state: FilterState) -> None:
    """Write the state into the URL when it differs (unknown keys are dropped)."""
    wanted = state.to_query()
    current = {k: st.query_params.get(k) for k in st.query_params.keys() if k not in filters.RESERVED_KEYS}
    if current != wanted:
        st.query_params.from_dict(wanted)


def show_url_warnings(state: FilterState) -> None:
    """The URL's problems, shown until the analyst changes the filters."""
    initial = st.session_state.get("_url_state")
    if initial is None or initial.with_event(None).with_view(None) != state.with_event(None).with_view(None):
        return
    for warning in st.session_state.get("_url_warnings", []):
        st.warning(md(warning), icon="⚠️")


# ---------------------------------------------------------------- clicks on the map and the table


def table_key(state: FilterState, extra: str = "") -> str:
    """Widget key of the table for these filters.

    A new set of filters gives a new table, with no selection: Streamlit would otherwise
    carry a row selection over by position onto whatever event now has that row. (The map
    keeps one key, so the browser keeps its deck.gl canvas across filter changes; its
    selection is checked by event id instead, in ``consume_clicks``.)
    """
    query = state.with_event(None).to_query()
    digest = hashlib.sha1((json.dumps(query, sort_keys=True) + extra).encode())
    return f"{TABLE_KEY}-{digest.hexdigest()[:12]}"


def _clicked(kind: str, key: str, value: object) -> bool:
    """Whether the selection of widget ``key`` changed since the previous run (a click)."""
    seen = st.session_state.setdefault("_seen", {})
    before = seen.get(kind)
    seen[kind] = (key, value)
    return before is not None and before[0] == key and before[1] != value


def consume_clicks(table_key: str, table_ids: list[str] | None, drawn_ids: pd.Series) -> None:
    """Turn a new click on the map (point or grid cell) or a table row into the chosen event.

    The map keeps one widget key across filter changes (so the browser keeps its deck.gl
    canvas), and when its data change Streamlit's browser code keeps the selection's index
    and re-reads the object at that index from the new data. Such a carried-over selection
    is not a click: a click in single-object mode always changes the index (clicking the
    selected object again clears the selection). So a map selection counts only when it
    is not empty, its index is new and, for a point, the event id in its selected object
    (not its index) is among ``drawn_ids``, the events on the map now. An emptied
    selection (a click beside the points, or a selection whose index the new data no
    longer has) keeps the chosen event; the details have their own Close button.
    """
    selection = (st.session_state.get(MAP_KEY) or {}).get("selection") or {}
    objects = dict(selection.get("objects") or {})
    indices = {layer: list(rows or []) for layer, rows in dict(selection.get("indices") or {}).items()}
    seen = st.session_state.setdefault("_seen", {})
    before = seen.get("map_indices")
    if _clicked("map", MAP_KEY, repr(objects)) and before is not None:
        points = objects.get(mapview.LAYER_EVENTS) or []
        cells = objects.get(mapview.LAYER_CELLS) or []
        layer = mapview.LAYER_EVENTS if points else mapview.LAYER_CELLS
        new_index = indices.get(layer) != before.get(layer)
        if points and new_index:
            chosen = str((points[0] or {}).get("id"))
            if bool((drawn_ids.astype("string") == chosen).any()):
                st.session_state[EVENT_KEY] = chosen
                st.session_state["_cell"] = None
        elif cells and new_index:
            st.session_state[EVENT_KEY] = None
            st.session_state["_cell"] = cells[0]
    seen["map_indices"] = indices
    table = st.session_state.get(table_key) or {}
    rows = list((table.get("selection") or {}).get("rows") or [])
    if _clicked("table", table_key, repr(rows)) and rows and table_ids and rows[0] < len(table_ids):
        st.session_state[EVENT_KEY] = table_ids[rows[0]]
        st.session_state["_cell"] = None


def close_details() -> None:
    st.session_state[EVENT_KEY] = None
    st.session_state["_cell"] = None


def zoom_to(view: tuple[float, float, float] | None) -> None:
    st.session_state[VIEW_KEY] = view


# ---------------------------------------------------------------- panels


def show_count(shown: int, total: int, reports: int | None = None) -> None:
    """The count line; with merged reports, incidents and the reports they stand for."""
    if reports is None:
        st.markdown(f"**{shown:,} of {total:,} events**")
    else:
        st.markdown(f"**{shown:,} incidents: {reports:,} of {total:,} events**"
                    " (reports of one incident merged)")


def map_slot() -> Any:
    """The place of the map. On a session's first run it gets the offline base map alone,
    under the map's own key, and the run starts again at once: the browser loads deck.gl,
    sets up WebGL and links the base map's shaders while the next run loads the events,
    then the same chart (same key, same place) takes the events without being rebuilt.

    The next run re-sends this ``st.empty()`` empty, so deck.gl draws nothing until the events
    arrive. Keeping the base map drawn meanwhile (a container in its place) was measured
    slower on two cores: drawing it in software competes with the run loading the events."""
    slot = st.empty()
    if not st.session_state.get("_map_started") and basemap_setting() != "carto":
        st.session_state["_map_started"] = True
        slot.pydeck_chart(mapview.base_deck(), on_select="rerun", selection_mode="single-object",
                          key=MAP_KEY, height=MAP_HEIGHT, width="stretch")
        st.rerun()
    return slot


def show_map(events: pd.DataFrame, selected: str | None, key: str, view: tuple | None,
             fit_to: pd.DataFrame | None = None, slot: Any = None) -> None:
    """The map; its view is ``view`` (lat, lon, zoom) when set, else fitted to ``fit_to``
    (default: the events drawn), drawn in ``slot`` (``map_slot``)."""
    if view:
        fitted = mapview.View(latitude=view[0], longitude=view[1], zoom=view[2], width=640, height=MAP_HEIGHT)
    else:
        fitted = mapview.fit_view(events if fit_to is None else fit_to, width=640, height=MAP_HEIGHT)
    deck = mapview.build_deck(events, fitted, selected=selected, basemap=basemap_setting())
    (slot or st).pydeck_chart(deck, on_select="rerun", selection_mode="single-object", key=key,
                              height=MAP_HEIGHT, width="stretch")
    summary = deck.summary
    notes = []
    if summary.no_coordinates:
        verb = "event has" if summary.no_coordinates == 1 else "events have"
        notes.append(f"{summary.no_coordinates:,} {verb} no coordinates: not on the map, listed in the table.")
    if summary.mode == "cells":
        notes.append(
            f"{summary.drawn_events:,} events are grouped into {summary.cells:,} grid cells of "
            f"{summary.cell_degrees:g}°; narrow the filters to below {mapview.POINT_LIMIT:,} "
            "events to see each one."
        )
    for note in notes:
        st.caption(note)
    if view:
        st.button("Fit the map to the filtered events", on_click=zoom_to, args=(None,), key="fit_view")


def present_types(events: pd.DataFrame) -> tuple[str, ...]:
    """The event types occurring in ``events``, in the vocabulary's order."""
    col = events["event_type"]
    codes = pd.unique(col.cat.codes.to_numpy())
    present = {str(col.cat.categories[c]) for c in codes if c >= 0}
    return tuple(t for t in col.cat.categories.astype(str) if t in present)


def show_legend(types: tuple[str, ...]) -> None:
    """Colour key of the event types and of the marks (fixed text; no article content)."""
    items = " ".join(
        f"<span style='white-space:nowrap;margin-right:10px'>"
        f"<span style='display:inline-block;width:10px;height:10px;border-radius:5px;"
        f"background:{colour};margin-right:4px'></span>{label}</span>"
        for label, colour in mapview.event_colour_legend(
            [t for t in types if t in mapview.PALETTE]
        )
    )
    st.markdown(f"<div style='font-size:0.8rem;line-height:1.6'>{items}</div>", unsafe_allow_html=True)
    marks = " · ".join(f"**{mark}**: {meaning}" for mark, meaning in mapview.MARK_LEGEND)
    st.caption(f"{marks}. Circle size: fatalities; faint dots sit at the centre of their area.",
               help="Where an article names only a district or a province, the event is drawn as "
                    "that area, not as an exact point.")


def _date_text(value: object) -> str:
    return pd.Timestamp(value).date().isoformat() if pd.notna(value) else "unknown"


def show_details(events: pd.DataFrame, ids: pd.Index, on_map: pd.DataFrame, event_id: str | None,
                 ctx: dict) -> None:
    """The chosen event: what, when, who, where, its article with the words read highlighted,
    corrections. With no event chosen, the grid cell clicked last (its events among ``on_map``)."""
    if not event_id:
        cell = st.session_state.get("_cell")
        if cell:
            show_cell(on_map, cell)
        else:
            st.caption("Click an event on the map, or a row of the table, to read its details.")
        return
    positions = ids.get_indexer_for([event_id])
    rows = events.iloc[positions[positions >= 0][:1]]
    if rows.empty:
        raw, raw_ids = ctx["raw"], ctx["raw_ids"]
        positions = raw_ids.get_indexer_for([event_id])
        rows = raw.iloc[positions[positions >= 0][:1]]
    if rows.empty:
        st.info("The chosen event is not in this store.")
        return
    ev = rows.iloc[0]
    with st.container(border=True, key="details"):
        st.markdown(f"#### {md(mapview.type_label(ev['event_type']))}")
        if bool(ev.get("rejected", False)):
            st.error("An analyst rejected this event: it is hidden unless 'Show rejected events' is on.")
        elif bool(ev.get("corrected", False)):
            st.caption(f"Corrected by {md(ev.get('corrected_by'))} — see the history below.")
        precision = md(ev["date_precision"]) if pd.notna(ev["date_precision"]) else "unknown"
        st.markdown(f"**Date** {md(_date_text(ev['event_date']))} (precision: {precision})")
        actors = md(ev["actor1"]) or "unknown"
        if pd.notna(ev["actor2"]):
            actors += f" → {md(ev['actor2'])}"
        st.markdown(f"**Actors** {actors}")
        if pd.isna(ev["fatalities"]):
            fatalities = "not stated"
        else:
            fatalities = "none" if int(ev["fatalities"]) == 0 else f"at least {int(ev['fatalities'])}"
        st.markdown(f"**Fatalities** {fatalities}")
        place = ", ".join(md(v) for v in (ev["place"], ev["admin1"], ev["country"]) if pd.notna(v))
        precision_text = GEO_PRECISION.get(int(ev["geo_precision"]), "unknown") if pd.notna(ev["geo_precision"]) else "unknown"
        where = f"**Place** {place or 'unknown'} (geo precision: {precision_text})"
        located = pd.notna(ev["lat"]) and pd.notna(ev["lon"])
        where += f" — {ev['lat']:.4f}, {ev['lon']:.4f}" if located else " — not resolved to coordinates"
        st.markdown(where)
        if located:
            zoom = 8.0 if pd.isna(ev["geo_precision"]) or int(ev["geo_precision"]) == 1 else 6.5
            st.button("Zoom to this event", key="zoom_event", on_click=zoom_to,
                      args=((round(float(ev["lat"]), 4), round(float(ev["lon"]), 4), zoom),))
        if "n_sources" in ev.index and pd.notna(ev.get("n_sources")) and int(ev["n_reports"]) > 1:
            st.markdown(f"**Reported by {int(ev['n_sources'])} articles** ({int(ev['n_reports'])} reports)")
            for source in str(ev["sources"]).split("; "):
                st.markdown(f"- {md(source)}")
        try:
            articles = load_articles(ctx["path"], ctx["signature"])
        except store_mod.StoreError as err:
            st.warning(md(str(err)))
            articles = store_mod.load_articles(Path(ctx["path"]) / "missing")
        show_provenance(ev, articles)
        st.caption(f"Event {md(event_id)}")
        cs = ctx["corrections"] or correction_store(ctx["path"])
        if isinstance(cs, str):
            st.caption(md(cs))
        else:
            show_corrections(ev, str(ev["event_id"]), cs, ctx["available"])
        st.button("Close", on_click=close_details, key="close_details")


def show_provenance(ev: pd.Series, articles: pd.DataFrame) -> None:
    """The article around the event's sentence, with the words it was read from marked.

    ``highlight.highlight_html`` escapes every character of the article; its output is the
    only HTML written from article content.
    """
    article_id = str(ev.get("article_id"))
    art = articles.loc[article_id] if article_id in articles.index else None
    title = art["title"] if art is not None else ev.get("title")
    source = art["source"] if art is not None else ev.get("source")
    published = art["published"] if art is not None else ev.get("published")
    st.markdown(f"**Article** {md(title) or 'untitled'} — {md(source) or 'source unknown'}, "
                f"{md(_date_text(published)) if pd.notna(published) else 'date unknown'}")
    url = art["url"] if art is not None else ev.get("url")
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
        st.link_button("Open the article", url)
    text = art["text"] if art is not None else None
    spans = highlight.event_spans(ev.to_dict())
    if isinstance(text, str) and spans:
        body = highlight.highlight_html(text, spans, context_chars=CONTEXT_CHARS)
        st.markdown(f"<div class='geo-article' style='font-size:0.85rem;line-height:1.5;max-height:260px;"
                    f"overflow-y:auto'>{body}</div>", unsafe_allow_html=True)
        st.markdown(f"<div style='font-size:0.7rem'>{highlight.legend_html()}</div>", unsafe_allow_html=True)
    else:
        st.markdown("**Sentence**")
        st.markdown(f"> {md(ev['sentence'])}")


def forget_form(event_id: str) -> None:
    """Drop the correction form's entries so it shows the event's values again."""
    for prefix in ("reason", "type", "a1", "a2", "date", "fat", "move", "coords", "reject"):
        st.session_state.pop(f"{prefix}-{event_id}", None)


def show_corrections(ev: pd.Series, event_id: str, cs: corr.CorrectionStore, available: Available) -> None:
    """Correct the event (move it, change what/when/who/toll, reject it), see and undo changes."""
    history = cs.history(event_id)
    with st.expander("Correct this event", expanded=False):
        names = [p for p in gazetteer().candidates(str(ev["place"]))] if pd.notna(ev["place"]) else []
        names = gazetteer().rank(names, None, name=str(ev["place"])) if names else []
        with st.form(f"correct-{event_id}", clear_on_submit=False, border=False):
            analyst = st.text_input("Your name", key=ANALYST_KEY, max_chars=100)
            reason = st.text_input("Reason (required)", max_chars=500, key=f"reason-{event_id}")
            types = list(available.types)
            current_type = str(ev["event_type"])
            event_type = st.selectbox("Type", types, index=types.index(current_type) if current_type in types else 0,
                                      format_func=mapview.type_label, key=f"type-{event_id}")
            actor1 = st.text_input("Actor 1", value="" if pd.isna(ev["actor1"]) else str(ev["actor1"]), key=f"a1-{event_id}")
            actor2 = st.text_input("Actor 2", value="" if pd.isna(ev["actor2"]) else str(ev["actor2"]), key=f"a2-{event_id}")
            when = st.text_input("Date (YYYY-MM-DD)", value=_date_text(ev["event_date"]) if pd.notna(ev["event_date"]) else "",
                                 key=f"date-{event_id}")
            toll = st.text_input("Fatalities (empty: not stated)",
                                 value="" if pd.isna(ev["fatalities"]) else str(int(ev["fatalities"])), key=f"fat-{event_id}")
            labels = ["keep the place"] + [
                f"{p.name}, {p.admin1 or ''} {p.country} ({p.feature}, {p.lat:.3f}, {p.lon:.3f})" for p in names[:20]
            ]
            pick = st.selectbox("Move to a gazetteer place of this name", range(len(labels)),
                                format_func=lambda i: labels[i], key=f"move-{event_id}")
            coords = st.text_input("…or to coordinates (lat, lon)", key=f"coords-{event_id}", placeholder="34.01, 71.58")
            reject = st.checkbox("Reject this event (not a real event)", key=f"reject-{event_id}")
            submitted = st.form_submit_button("Save the correction")
        if submitted:
            wanted: dict[str, object] = {"event_type": event_type, "actor1": actor1, "actor2": actor2,
                                         "event_date": when, "fatalities": toll}
            if pick:
                wanted.update(corr.place_changes(names[pick - 1]))
            if coords.strip():
                parts = [p.strip() for p in coords.replace(";", ",").split(",")]
                if len(parts) != 2:
                    st.error("Coordinates must be 'latitude, longitude', e.g. 34.01, 71.58.")
                    return
                wanted.update({"lat": parts[0], "lon": parts[1], "geo_precision": "1"})
            changes = corr.changed_fields(ev.to_dict(), wanted)
            if reject:
                changes["rejected"] = "1"
            if not changes:
                st.info("Nothing changed: edit a field, pick a place, or tick 'reject'.")
            else:
                try:
                    cs.add(event_id, changes, analyst=analyst, reason=reason,
                           old={k: ev.get(k) for k in changes})
                except ValueError as err:
                    st.error(md(f"Not saved: {err}."))
                else:
                    forget_form(event_id)
                    st.rerun()
        if history:
            if st.button("Undo the last correction", key=f"undo-{event_id}"):
                cs.undo_last(event_id, analyst=st.session_state.get(ANALYST_KEY) or "unknown")
                forget_form(event_id)
                st.rerun()
    if history:
        st.markdown("**Corrections**")
        frame = pd.DataFrame([{
            "when": h.created_at, "who": h.analyst, "field": h.field, "from": h.old_value,
            "to": h.new_value, "why": h.reason,
            "undone": f"{h.undone_at} by {h.undone_by}" if h.undone_at else "",
        } for h in reversed(history)])
        st.dataframe(frame, hide_index=True, height=min(240, 38 + 35 * len(frame)), key=f"history-{event_id}")


def show_cell(events: pd.DataFrame, cell: dict) -> None:
    """Summary of a clicked grid cell: its events, newest first."""
    bounds = mapview.cell_bounds(cell)
    if bounds is None:
        return
    west, south, east, north = bounds
    inside = events.loc[events["lon"].between(west, east, inclusive="left")
                        & events["lat"].between(south, north, inclusive="left")]
    with st.container(border=True, key="cell_details"):
        st.markdown(f"#### {len(inside):,} events in the cell")
        st.caption(f"{south:.2f}–{north:.2f}°N, {west:.2f}–{east:.2f}°E")
        head = filters.latest(inside, 50)
        st.dataframe(head[["event_date", "event_type", "place", "fatalities"]], hide_index=True,
                     height=260, column_config={"event_date": st.column_config.DateColumn("date")})
        st.button("Close", on_click=close_details, key="close_cell")


def show_timeline(events: pd.DataFrame, state: FilterState, available: Available) -> None:
    """Events per day or week stacked by type; drag across it to set the dates.

    The chart is a Vega-Lite spec written directly (what Altair would build, without its
    schema validation, which cost a tenth of a second per rerun) with an interval
    selection named ``brush`` on the time axis.
    """
    counts = timeline.timeline_counts(events)
    if counts.empty:
        return
    freq = timeline.choose_freq(counts["period"].min().date(), counts["period"].max().date())
    types = list(counts["event_type"].unique())
    domain = [t for t in mapview.PALETTE if t in types] + [t for t in types if t not in mapview.PALETTE]
    colours = ["#%02x%02x%02x" % mapview.colour_of(t) for t in domain]
    data = counts.assign(label=counts["event_type"].map(mapview.type_label))
    bars = {
        "mark": {"type": "bar"},
        "params": [{"name": "brush", "select": {"type": "interval", "encodings": ["x"]}}],
        "encoding": {
            "x": {"field": "period", "type": "temporal", "title": None},
            "y": {"aggregate": "sum", "field": "count", "type": "quantitative", "title": "events",
                  "axis": {"tickMinStep": 1, "format": "d"}},
            "color": {"field": "event_type", "type": "nominal", "legend": None,
                      "scale": {"domain": domain, "range": colours}},
            "tooltip": [{"field": "period", "type": "temporal", "title": "day" if freq == "D" else "week of"},
                        {"field": "label", "type": "nominal", "title": "type"},
                        {"field": "count", "type": "quantitative", "aggregate": "sum", "title": "events"}],
        },
    }
    layers = [bars]
    if state.date_from or state.date_to:
        lo = pd.Timestamp(state.date_from or available.date_min)
        hi = pd.Timestamp(state.date_to or available.date_max) + pd.Timedelta(days=1)
        layers.insert(0, {
            "data": {"values": [{"start": lo.isoformat(), "end": hi.isoformat()}]},
            "mark": {"type": "rect", "color": "#0072b2", "opacity": 0.13},
            "encoding": {"x": {"field": "start", "type": "temporal"}, "x2": {"field": "end"}},
        })
    spec = {"height": 130, "layer": layers}
    st.vega_lite_chart(data, spec, on_select=timeline_brushed, selection_mode="brush", key=TIMELINE_KEY,
                       width="stretch")
    shown = "the shaded dates" if state.date_from or state.date_to else "all dates"
    st.caption(f"Events per {'day' if freq == 'D' else 'week'} (other filters applied; the map shows "
               f"{shown}). Drag across the chart to choose dates.")


def show_table(
    events: pd.DataFrame, keep: np.ndarray, rows: np.ndarray, dates: pd.Series, key: str
) -> list[str]:
    """The newest filtered events; returns the ids shown, in order.

    ``rows`` are the positions of the filtered events (``keep``) in ``events``, ``dates``
    their dates; only the rows shown are copied.
    """
    columns = [c for c in TABLE_COLUMNS if c in events.columns]
    extra = [c for c in ("n_sources", "sources", "corrected_by", "rejected") if c in events.columns]
    shown = events[columns + extra].iloc[rows[filters.newest_first(dates, TABLE_ROWS)]]
    st.subheader("Events")
    if len(rows) > TABLE_ROWS:
        st.caption(f"The {TABLE_ROWS:,} most recent of {len(rows):,} events; the downloads hold them all.")
    st.dataframe(shown, hide_index=True, key=key, on_select="rerun",
                 selection_mode="single-row", height=min(400, 38 + 35 * max(len(shown), 1)),
                 column_config={**TABLE_LABELS, "n_sources": "articles", "corrected_by": "corrected by"})
    return shown["event_id"].astype(str).tolist()


def show_downloads(events: pd.DataFrame, keep: np.ndarray, cs) -> None:
    """The filtered view as CSV or GeoJSON (corrected values), and the corrections."""
    acled = st.toggle("ACLED-style columns", key="acled", help="ACLED's column names and event types.")

    def view() -> pd.DataFrame:
        chosen = events.loc[keep]
        return export.acled_frame(chosen) if acled else chosen

    cols = st.columns(3)
    cols[0].download_button("Download these events (CSV)", data=lambda: export.to_csv_bytes(view()),
                            file_name="events-acled.csv" if acled else "events.csv", mime="text/csv",
                            on_click="ignore")
    cols[1].download_button("Download as GeoJSON", data=lambda: export.to_geojson_bytes(
        view().rename(columns={"latitude": "lat", "longitude": "lon"}) if acled else view()),
        file_name="events.geojson", mime="application/geo+json", on_click="ignore")
    if cs is not None and not isinstance(cs, str):
        cols[2].download_button("Download the corrections (CSV)",
                                data=lambda: export.to_csv_bytes(cs.frame()),
                                file_name="corrections.csv", mime="text/csv", on_click="ignore")


def show_upload(path: Path) -> None:
    """Add articles to the store: .txt files with a date, or a zip of a corpus folder."""
    from geo import upload

    with st.sidebar.expander("Add articles"):
        st.caption(f"Plain-text articles (.txt, one per file) or a .zip of a corpus folder; at most "
                   f"{upload.MAX_FILES} files and {upload.MAX_TOTAL_BYTES // 1_000_000} MB at once.")
        with st.form("upload", border=False):
            files = st.file_uploader("Articles", type=["txt", "zip"], accept_multiple_files=True, key="upload_files")
            published = st.date_input("Published on (for .txt files)", value=None, key="upload_date",
                                      min_value=date(1900, 1, 1), format="YYYY-MM-DD")
            go = st.form_submit_button("Read and add")
        if not go:
            for line in st.session_state.get("_upload_report", []):
                st.caption(md(line))
            return
        if not files:
            st.warning("Choose at least one file.")
            return
        if not os.access(path, os.W_OK):
            st.error(md(f"The store folder {path} is not writable: articles cannot be added here."))
            return
        try:
            corpus = upload.read_upload([(f.name, f.getvalue()) for f in files], published)
            with st.spinner("Reading the articles…"):
                result = upload.add_to_store(path, corpus)
        except upload.UploadError as err:
            st.error(md(f"Not added: {err}."))
            return
        except OSError as err:
            st.error(md(f"Not added: the store could not be written ({err})."))
            return
        report = [f"{result.articles_read} article(s) read, {len(result.events)} event(s) added."]
        report += [f"{'skipped' if p.fatal else 'note'}: {p}" for p in result.problems]
        st.session_state["_upload_report"] = report
        st.rerun()


def show_credits() -> None:
    st.sidebar.divider()
    st.sidebar.caption(CREDITS)


# ---------------------------------------------------------------- the page


def main() -> None:
    # The page's frame (its title is drawn above, first thing) and the base map first, so the
    # browser draws while the events load; the map comes before the timeline and the table.
    top = st.container()
    map_col, side_col = st.columns([3, 1.3], gap="medium")
    with map_col:
        map_note = st.container()
        slot = map_slot()
    path = store_path()
    signature = store_mod.store_signature(path)
    try:
        store = load_store(str(path), signature)
    except store_mod.StoreError as err:
        slot.empty()
        top.error(md(str(err)))
        show_credits()
        return
    for warning in store.warnings:
        top.warning(md(warning))
    if store.n_events == 0:
        slot.empty()
        top.info(f"The store at {md(path)} holds no events yet. Ingest a corpus into it first.")
        show_upload(path)
        show_credits()
        return
    available, admin1_by_country, raw_ids = store_options(str(path), signature)
    init_from_url(available)
    follow_new_dates(available)
    apply_pending_window()
    state = sidebar_filters(available, admin1_by_country)
    merged = bool(st.session_state.get(MERGED_KEY))
    show_rejected = bool(st.session_state.get(REJECTED_KEY))
    # The corrections file is made on the first visit to an event's details, not before:
    # browsing a store leaves nothing beside it.
    has_corrections = (path / corr.FILE_NAME).exists()
    cs = correction_store(str(path)) if has_corrections or st.session_state.get(EVENT_KEY) else None
    version = (0, 0) if cs is None or isinstance(cs, str) else cs.version()
    corrected, rejected = corrected_events(str(path), signature, version)
    if merged:
        events, ids = merged_events(str(path), signature, version, show_rejected)
        hidden = None
    else:
        events, ids, hidden = corrected, raw_ids, (rejected if not show_rejected else None)
    keep = state.mask(events)
    if hidden is not None:
        keep &= ~hidden
    rows = np.flatnonzero(keep)
    on_map = events[MAP_COLUMNS] if len(rows) == len(events) else events[MAP_COLUMNS].iloc[rows]
    t_key = table_key(state, f"{merged}{show_rejected}{version}")
    consume_clicks(t_key, st.session_state.get("_table_ids"), on_map["event_id"])
    state = state.with_event(st.session_state.get(EVENT_KEY)).with_view(st.session_state.get(VIEW_KEY))
    show_playback(available)
    show_upload(path)
    show_credits()
    sync_url(state)

    with top:
        show_url_warnings(state)
        if merged:
            all_reports = len(corrected) - (int(rejected.sum()) if rejected is not None and not show_rejected else 0)
            show_count(len(rows), all_reports, int(events["n_reports"].to_numpy()[rows].sum()))
        else:
            show_count(len(rows), len(events))
    with map_col:
        if len(rows) == 0:
            map_note.info("No events match these filters. Widen the dates or clear a filter.")
        play = st.session_state.get(PLAY)
        fit_to = None
        if play:  # a playback keeps one view: fitted to its whole range, not to each window
            lo, hi = play["range"]
            fit_to = events.loc[replace(state, date_from=lo, date_to=hi).mask(events), ["lat", "lon"]]
        show_map(on_map, state.event, MAP_KEY, state.view, fit_to, slot)
        show_legend(present_types(on_map))
        undated = replace(state, date_from=None, date_to=None)
        every_date = undated.mask(events) if (state.date_from or state.date_to) else keep
        if hidden is not None and (state.date_from or state.date_to):
            every_date &= ~hidden
        show_timeline(events[["event_date", "event_type"]].iloc[np.flatnonzero(every_date)]
                      if not every_date.all() else events[["event_date", "event_type"]], state, available)
    with side_col:
        show_details(events, ids, on_map, state.event,
                     {"signature": signature, "corrections": cs, "path": str(path),
                      "available": available, "raw": corrected, "raw_ids": raw_ids})
    st.session_state["_table_ids"] = show_table(events, keep, rows, on_map["event_date"], t_key)
    show_downloads(events, keep, cs)

main()

"""The analysts' map of conflict and security events read out of news articles.

A thin Streamlit view: it reads the store named by ``GEO_STORE`` (``geo.paths.store_dir``),
keeps the filters in the URL (``geo.filters``), draws the map (``geo.mapview``), the details
of the chosen event and a table with a CSV download. Run: ``streamlit run app.py``.

The map needs no network: its base is drawn from bundled Natural Earth outlines and
gazetteer labels. ``GEO_BASEMAP=carto`` asks for CARTO's online tiles instead.

Article text is untrusted: it is shown as escaped Markdown or in tables, never as HTML.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import streamlit as st

from geo import basemap, export, filters, mapview, paths
from geo import store as store_mod
from geo.filters import Available, FilterState

MAP_KEY = "map"
TABLE_KEY = "table"
W_DATES, W_TYPES, W_ACTORS, W_COUNTRY, W_ADMIN1 = "f_dates", "f_types", "f_actors", "f_country", "f_admin1"
EVENT_KEY = "event"
TABLE_ROWS = 1000
MAP_HEIGHT = 560
MAP_COLUMNS = ["event_id", "event_date", "date_precision", "event_type", "actor1", "actor2", "country",
               "place", "admin1", "lat", "lon", "geo_precision", "fatalities"]
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


def reset_filters(available: Available) -> None:
    if available.date_min and available.date_max:
        st.session_state[W_DATES] = (available.date_min, available.date_max)
    for key in (W_TYPES, W_ACTORS, W_COUNTRY, W_ADMIN1):
        st.session_state[key] = []
    st.session_state[EVENT_KEY] = None


def sidebar_filters(available: Available, admin1_by_country: dict[str, tuple[str, ...]]) -> FilterState:
    """Draw the filter widgets; return the state they show."""
    sb = st.sidebar
    sb.header("Filters")
    date_from = date_to = None
    if available.date_min and available.date_max:
        chosen = st.session_state.get(W_DATES) or ()
        lo = min([available.date_min, *[d for d in chosen if isinstance(d, date)]])
        hi = max([available.date_max, *[d for d in chosen if isinstance(d, date)]])
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
    sb.button("Reset filters", on_click=reset_filters, args=(available,))
    sb.caption("The page address holds these filters and the chosen event: copy it to share this view.")
    return FilterState(
        date_from=date_from,
        date_to=date_to,
        types=tuple(types),
        actors=tuple(actors),
        countries=tuple(countries),
        admin1=tuple(admin1),
        event=st.session_state.get(EVENT_KEY),
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
    if initial is None or initial.with_event(None) != state.with_event(None):
        return
    for warning in st.session_state.get("_url_warnings", []):
        st.warning(md(warning), icon="⚠️")


# ---------------------------------------------------------------- clicks on the map and the table


def view_keys(state: FilterState) -> tuple[str, str]:
    """Widget keys of the map and the table for these filters.

    A new set of filters gives new widgets, with no selection: Streamlit would otherwise
    carry a selection over by position onto whatever object now has that index.
    """
    digest = hashlib.sha1(json.dumps(state.with_event(None).to_query(), sort_keys=True).encode())
    suffix = digest.hexdigest()[:12]
    return f"{MAP_KEY}-{suffix}", f"{TABLE_KEY}-{suffix}"


def _clicked(kind: str, key: str, value: object) -> bool:
    """Whether the selection of widget ``key`` changed since the previous run (a click)."""
    seen = st.session_state.setdefault("_seen", {})
    before = seen.get(kind)
    seen[kind] = (key, value)
    return before is not None and before[0] == key and before[1] != value


def consume_clicks(map_key: str, table_key: str, table_ids: list[str] | None) -> None:
    """Turn a new click on the map (point or grid cell) or a table row into the chosen event."""
    selection = st.session_state.get(map_key) or {}
    objects = dict((selection.get("selection") or {}).get("objects") or {})
    if _clicked("map", map_key, repr(objects)):
        points = objects.get(mapview.LAYER_EVENTS) or []
        cells = objects.get(mapview.LAYER_CELLS) or []
        st.session_state[EVENT_KEY] = str(points[0]["id"]) if points else None
        st.session_state["_cell"] = cells[0] if cells else None
    table = st.session_state.get(table_key) or {}
    rows = list((table.get("selection") or {}).get("rows") or [])
    if _clicked("table", table_key, repr(rows)) and rows and table_ids and rows[0] < len(table_ids):
        st.session_state[EVENT_KEY] = table_ids[rows[0]]
        st.session_state["_cell"] = None


def close_details() -> None:
    st.session_state[EVENT_KEY] = None
    st.session_state["_cell"] = None


# ---------------------------------------------------------------- panels


def show_count(shown: int, total: int) -> None:
    st.markdown(f"**{shown:,} of {total:,} events**")


def show_map(events: pd.DataFrame, selected: str | None, key: str) -> None:
    view = mapview.fit_view(events, width=640, height=MAP_HEIGHT)
    deck = mapview.build_deck(events, view, selected=selected, basemap=basemap_setting())
    st.pydeck_chart(deck, on_select="rerun", selection_mode="single-object", key=key,
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


def present_types(events: pd.DataFrame) -> tuple[str, ...]:
    """The event types occurring in ``events``, in the vocabulary's order."""
    col = events["event_type"]
    codes = pd.unique(col.cat.codes.to_numpy())
    present = {str(col.cat.categories[c]) for c in codes if c >= 0}
    return tuple(t for t in col.cat.categories.astype(str) if t in present)


def show_legend(types: tuple[str, ...]) -> None:
    """Colour key of the event types (fixed vocabulary; no article content)."""
    items = " ".join(
        f"<span style='white-space:nowrap;margin-right:10px'>"
        f"<span style='display:inline-block;width:10px;height:10px;border-radius:5px;"
        f"background:{colour};margin-right:4px'></span>{label}</span>"
        for label, colour in mapview.event_colour_legend(
            [t for t in types if t in mapview.PALETTE]
        )
    )
    st.markdown(f"<div style='font-size:0.8rem;line-height:1.6'>{items}</div>", unsafe_allow_html=True)
    st.caption("Circle size: fatalities. Faint circles: placed only to a district or a province.")


def show_details(events: pd.DataFrame, ids: pd.Index, on_map: pd.DataFrame, event_id: str | None) -> None:
    """The chosen event: what, when, who, where, the sentence and the article.

    With no event chosen, the grid cell clicked last (its events among ``on_map``).
    """
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
        st.info("The chosen event is not in this store.")
        return
    ev = rows.iloc[0]
    with st.container(border=True, key="details"):
        st.markdown(f"#### {md(mapview.type_label(ev['event_type']))}")
        when = pd.Timestamp(ev["event_date"]).date().isoformat() if pd.notna(ev["event_date"]) else "unknown"
        precision = md(ev["date_precision"]) if pd.notna(ev["date_precision"]) else "unknown"
        st.markdown(f"**Date** {md(when)} (precision: {precision})")
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
        if pd.isna(ev["lat"]) or pd.isna(ev["lon"]):
            where += " — not resolved to coordinates"
        else:
            where += f" — {ev['lat']:.4f}, {ev['lon']:.4f}"
        st.markdown(where)
        st.markdown("**Sentence**")
        st.markdown(f"> {md(ev['sentence'])}")
        published = pd.Timestamp(ev["published"]).date().isoformat() if pd.notna(ev["published"]) else "date unknown"
        st.markdown(f"**Article** {md(ev['title']) or 'untitled'} — {md(ev['source']) or 'source unknown'}, {published}")
        url = ev.get("url")
        if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
            st.link_button("Open the article", url)
        st.caption(f"Event {md(event_id)}")
        st.button("Close", on_click=close_details, key="close_details")


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


def show_table(
    events: pd.DataFrame, keep: np.ndarray, rows: np.ndarray, dates: pd.Series, key: str
) -> list[str]:
    """The newest filtered events and a CSV of all of them; returns the ids shown, in order.

    ``rows`` are the positions of the filtered events (``keep``) in ``events``, ``dates``
    their dates; only the rows shown are copied.
    """
    shown = events[TABLE_COLUMNS].iloc[rows[filters.newest_first(dates, TABLE_ROWS)]]
    st.subheader("Events")
    if len(rows) > TABLE_ROWS:
        st.caption(f"The {TABLE_ROWS:,} most recent of {len(rows):,} events; the CSV holds them all.")
    st.dataframe(shown, hide_index=True, key=key, on_select="rerun",
                 selection_mode="single-row", height=min(400, 38 + 35 * max(len(shown), 1)),
                 column_config=TABLE_LABELS)
    st.download_button("Download these events (CSV)",
                       data=lambda: export.to_csv_bytes(events.loc[keep]),
                       file_name="events.csv", mime="text/csv", on_click="ignore")
    return shown["event_id"].astype(str).tolist()


def show_credits() -> None:
    st.sidebar.divider()
    st.sidebar.caption(CREDITS)


# ---------------------------------------------------------------- the page


def main() -> None:
    st.set_page_config(page_title="Conflict events map", page_icon="🗺️", layout="wide")
    path = paths.store_dir()
    signature = store_mod.store_signature(path)
    try:
        store = load_store(str(path), signature)
    except store_mod.StoreError as err:
        st.error(md(str(err)))
        show_credits()
        return
    for warning in store.warnings:
        st.warning(md(warning))
    if store.n_events == 0:
        st.info(f"The store at {md(path)} holds no events yet. Ingest a corpus into it first.")
        show_credits()
        return
    available, admin1_by_country, ids = store_options(str(path), signature)
    init_from_url(available)
    state = sidebar_filters(available, admin1_by_country)
    map_key, table_key = view_keys(state)
    consume_clicks(map_key, table_key, st.session_state.get("_table_ids"))
    state = state.with_event(st.session_state.get(EVENT_KEY))
    show_credits()
    sync_url(state)

    st.title("Conflict events")
    show_url_warnings(state)
    events = store.events
    keep = state.mask(events)
    rows = np.flatnonzero(keep)
    on_map = events[MAP_COLUMNS] if len(rows) == len(events) else events[MAP_COLUMNS].iloc[rows]
    show_count(len(rows), len(events))
    map_col, side_col = st.columns([3, 1.3], gap="medium")
    with map_col:
        if len(rows) == 0:
            st.info("No events match these filters. Widen the dates or clear a filter.")
        show_map(on_map, state.event, map_key)
        show_legend(present_types(on_map))
    with side_col:
        show_details(events, ids, on_map, state.event)
    st.session_state["_table_ids"] = show_table(events, keep, rows, on_map["event_date"], table_key)

main()

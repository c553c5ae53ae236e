"""A bare Streamlit page that draws one saved deck spec (used by ``bench.deck_layers``).

Run with ``streamlit run bench/deck_page.py``; ``?spec=NAME`` draws ``bench/out/deck_NAME.json``.
Not part of the product: it isolates the browser's cost of drawing a given set of layers.
"""

from __future__ import annotations

import re

import pydeck as pdk
import streamlit as st

from bench.common import OUT


class SavedDeck(pdk.Deck):
    """A Deck whose JSON is a spec saved earlier, passed through unchanged."""

    def __init__(self, spec: str):
        super().__init__(map_provider=None)
        self._spec = spec

    def to_json(self) -> str:
        return self._spec


name = st.query_params.get("spec", "")
if re.fullmatch(r"[a-z0-9_]+", name or "") and (OUT / f"deck_{name}.json").exists():
    st.pydeck_chart(SavedDeck((OUT / f"deck_{name}.json").read_text()), height=560, width="stretch")
else:
    st.error("unknown spec")

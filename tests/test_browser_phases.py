"""The first-map phase table of ``bench.browser``: phases follow one another and add up.

No browser here: ``phases`` works on the milestones a run noted.
"""

from __future__ import annotations

import pytest

from bench.browser import MILESTONES, phases


def test_phases_are_in_the_order_things_happened_and_add_up_to_the_total() -> None:
    # deck.gl's code arrives before the event count shows, as on the sample store.
    run = {"server_ready_s": 0.4, "page_loaded_s": 1.05, "deck_js_requested_s": 1.6,
           "deck_js_loaded_s": 1.77, "count_shown_s": 2.12, "webgl_js_loaded_s": 3.15,
           "webgl_context_s": 3.2, "first_draw_s": 3.6, "first_frame_done_s": 5.0,
           "canvas_s": 5.37, "map_drawn_s": 5.52}
    out = phases(run)
    assert [p for p, _, _ in out] == [MILESTONES[k] for k in (
        "server_ready_s", "page_loaded_s", "deck_js_requested_s", "deck_js_loaded_s", "count_shown_s",
        "webgl_js_loaded_s", "webgl_context_s", "first_draw_s", "first_frame_done_s", "map_drawn_s")]
    assert out[0][1] == 0.0 and out[-1][2] == run["map_drawn_s"]
    assert all(a[2] == b[1] for a, b in zip(out, out[1:]))  # each starts where the last ended
    assert all(b >= a for _, a, b in out)
    assert sum(b - a for _, a, b in out) == pytest.approx(run["map_drawn_s"])


def test_milestones_out_of_order_or_missing_still_give_sequential_phases() -> None:
    # The count shows after the first draw (a big store); no WebGL milestones were noted.
    run = {"server_ready_s": 0.4, "page_loaded_s": 1.1, "deck_js_loaded_s": 1.8,
           "first_draw_s": 3.0, "count_shown_s": 3.6, "map_drawn_s": 7.5}
    out = phases(run)
    assert [p for p, _, _ in out][-3:] == [MILESTONES["first_draw_s"], MILESTONES["count_shown_s"],
                                           MILESTONES["map_drawn_s"]]
    assert all(a[2] == b[1] for a, b in zip(out, out[1:]))
    assert sum(b - a for _, a, b in out) == pytest.approx(7.5)

"""Shared test set-up: caches and corrections go to a temporary folder, never into the repo."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True, scope="session")
def _state_dir(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("GEO_STATE_DIR", str(tmp_path_factory.mktemp("state")))
    yield
    mp.undo()


@pytest.fixture(scope="session")
def gaz():
    """The bundled gazetteer, loaded once for every test that reads places."""
    from geo.gazetteer import default_gazetteer

    return default_gazetteer()

"""Where the package finds its bundled data. Paths never depend on the working directory."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SAMPLE_CORPUS = DATA / "sample"
SAMPLE_STORE = DATA / "sample_store"
GAZETTEER = DATA / "gazetteer.parquet"
LEXICON = DATA / "lexicon"
BASEMAP = DATA / "basemap"
SHARED_GAZETTEER = ROOT.parent / "shared" / "gazetteer"

#: Where caches and corrections live unless GEO_STATE_DIR says otherwise.
DEFAULT_STATE_DIR = ROOT / "var"


def store_dir() -> Path:
    """The store the app reads: ``$GEO_STORE`` or the bundled sample's store."""
    env = os.environ.get("GEO_STORE")
    return Path(env).expanduser() if env else SAMPLE_STORE


def state_dir() -> Path:
    """Folder for the geocode cache and analysts' corrections (created on demand)."""
    env = os.environ.get("GEO_STATE_DIR")
    path = Path(env).expanduser() if env else DEFAULT_STATE_DIR
    path.mkdir(parents=True, exist_ok=True)
    return path

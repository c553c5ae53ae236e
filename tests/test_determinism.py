"""Extraction gives the same events whatever Python's string-hash seed (set and dict order must not
decide an event's type, place or toll)."""
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "eval" / "test7"

SCRIPT = """
import json, sys
from pathlib import Path
from geo.evaluate import run_extraction
ev, pl, _ = run_extraction(Path(sys.argv[1]))
cols = ["article_id", "event_type", "place", "lat", "lon", "event_date", "fatalities", "actor1", "actor2"]
print(json.dumps({"events": ev[cols].astype(str).values.tolist(),
                  "mentions": pl[["article_id", "mention", "lat", "lon"]].astype(str).values.tolist()}))
"""


def _run(seed: str) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(CORPUS)], env=env, capture_output=True, text=True,
                         check=True, cwd=ROOT)
    return json.loads(out.stdout)


def test_same_events_under_different_hash_seeds():
    a, b = _run("1"), _run("2")
    assert len(a["events"]) > 30  # the corpus reports dozens of incidents
    assert a["events"] == b["events"]
    assert a["mentions"] == b["mentions"]

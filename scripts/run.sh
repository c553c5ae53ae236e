#!/usr/bin/env bash
# Set everything up, ingest the bundled sample articles, and run the app on them.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
store="${GEO_STORE:-data/sample_store}"
if [ -z "${GEO_STORE:-}" ]; then
  # Re-ingest the bundled sample when the corpus, the gazetteer or the code is newer than the store.
  if [ ! -f "$store/events.parquet" ] || [ -n "$(find data/sample data/gazetteer.parquet data/lexicon geo -newer "$store/events.parquet" -print -quit 2>/dev/null)" ]; then
    .venv/bin/python -m geo ingest data/sample --out "$store"
  fi
fi
exec .venv/bin/streamlit run app.py "$@"

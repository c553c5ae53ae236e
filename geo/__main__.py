"""Command line: ``python -m geo {ingest,evaluate,geocode,gazetteer} ...``.

Each command is a thin wrapper around a library function; errors are turned into one
readable line at this boundary and a non-zero exit code.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _cmd_ingest(args: argparse.Namespace) -> int:
    from geo.pipeline import ingest_command

    return ingest_command(Path(args.corpus), Path(args.out), online=args.online,
                          cache=Path(args.cache) if args.cache else None)


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from geo.evaluate import evaluate_command

    return evaluate_command(Path(args.gold), Path(args.corpus), as_json=args.json)


def _cmd_geocode(args: argparse.Namespace) -> int:
    from geo.geocode import geocode_command

    return geocode_command(args.query, online=args.online, country=args.country,
                           cache=Path(args.cache) if args.cache else None)


def _cmd_gazetteer_build(args: argparse.Namespace) -> int:
    from geo.gazetteer_build import build_command

    return build_command(Path(args.sources), Path(args.out))


def _cmd_gazetteer_areas(args: argparse.Namespace) -> int:
    from geo.areas import build

    size = build(Path(args.sources), Path(args.out))
    print(f"wrote {args.out} ({size:,} bytes)")
    return 0


def _cmd_typemodel_train(args: argparse.Namespace) -> int:
    from geo.typemodel import train_command

    return train_command(Path(args.eval), list(args.hold_out), Path(args.out))


def build_parser() -> argparse.ArgumentParser:
    from geo import paths
    from geo.typemodel import HELD_OUT, MODEL_PATH

    parser = argparse.ArgumentParser(prog="python -m geo", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="read a corpus folder into events.parquet and places.parquet")
    p.add_argument("corpus", help="folder of <id>.txt files and an articles.csv")
    p.add_argument("--out", required=True, help="store folder to write")
    p.add_argument("--online", action="store_true",
                   help="also ask Nominatim (needs GEO_NOMINATIM_USER_AGENT) for names the gazetteer lacks")
    p.add_argument("--cache", help="SQLite geocode cache (default: $GEO_STATE_DIR/geocode-cache.sqlite)")
    p.set_defaults(func=_cmd_ingest)

    p = sub.add_parser("evaluate", help="score extraction against hand-coded gold events and places")
    p.add_argument("--gold", required=True, help="folder with gold_events.csv and gold_places.csv")
    p.add_argument("--corpus", required=True, help="corpus folder the gold was coded from")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.set_defaults(func=_cmd_evaluate)

    p = sub.add_parser("geocode", help="resolve one place name and print the answer")
    p.add_argument("query")
    p.add_argument("--country", help="ISO 3166-1 alpha-2 code(s) to prefer, comma-separated")
    p.add_argument("--online", action="store_true", help="fall back to Nominatim")
    p.add_argument("--cache", help="SQLite geocode cache")
    p.set_defaults(func=_cmd_geocode)

    p = sub.add_parser("gazetteer", help="the offline gazetteer")
    gsub = p.add_subparsers(dest="gazetteer_command", required=True)
    b = gsub.add_parser("build", help="rebuild data/gazetteer.parquet from the raw source files")
    b.add_argument("--sources", default=str(paths.SHARED_GAZETTEER),
                   help="folder holding geonames/, whosonfirst/ and naturalearth/")
    b.add_argument("--out", default=str(paths.GAZETTEER), help="file to write")
    b.set_defaults(func=_cmd_gazetteer_build)
    a = gsub.add_parser("areas", help="rebuild data/areas.geojson (district and province outlines)")
    a.add_argument("--sources", default=str(paths.SHARED_GAZETTEER),
                   help="folder holding whosonfirst/")
    a.add_argument("--out", default=str(paths.DATA / "areas.geojson"), help="file to write")
    a.set_defaults(func=_cmd_gazetteer_areas)

    p = sub.add_parser("typemodel", help="the learned second opinion on event types")
    tsub = p.add_subparsers(dest="typemodel_command", required=True)
    t = tsub.add_parser("train", help="rebuild data/lexicon/type_model.json from hand-coded gold sets")
    t.add_argument("--eval", default=str(paths.ROOT / "eval"), help="folder of gold sets (one per subfolder)")
    t.add_argument("--hold-out", nargs="*", default=list(HELD_OUT),
                   help="sets to leave out of training, to measure on (default: %(default)s)")
    t.add_argument("--out", default=str(MODEL_PATH), help="file to write")
    t.set_defaults(func=_cmd_typemodel_train)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())

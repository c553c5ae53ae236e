"""Geocoders with geopy's shape: ``geocode(query, exactly_one=True, **kw)`` returns a
``geopy.location.Location`` (or a list of them, or ``None``).

* :class:`GazetteerGeocoder`: the offline gazetteer; ``country_codes`` (ISO2, most salient
  first) is the article's context.
* :class:`NominatimGeocoder`: geopy's ``Nominatim`` behind geopy's ``RateLimiter`` (one
  request per second by default). Off unless asked for; needs ``GEO_NOMINATIM_USER_AGENT``.
* :class:`CachedGeocoder`: a wrapper that stores every answer, misses included, in SQLite
  (errors and timeouts are not stored), with an in-memory dict in front. A hit calls nothing
  behind it, so it costs no gazetteer look-up and no request slot.
* :class:`ChainGeocoder`: the first answer of several geocoders.

Every ``Location.raw`` carries the fields of :class:`geo.gazetteer.Place` (``gazetteer_id``,
``name``, ``lat``, ``lon``, ``country``, ``admin1``, ``feature``, ``population``,
``geo_precision``) and ``source`` ("gazetteer" or "nominatim").

Errors come out as one tree, each raised ``from`` its geopy cause::

    GeocodeError
    ├── GeocodeConfigError (also ValueError)     bad or missing settings
    ├── GeocodeTimeout (also TimeoutError)       the service did not answer in time
    └── GeocodeServiceError (also OSError)       HTTP errors, unreachable service, bad answers
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import threading
import time
from pathlib import Path
from typing import Any, Iterable, Protocol, Sequence

from geopy.location import Location
from geopy.point import Point

from geo import paths
from geo.gazetteer import Context, Gazetteer, Place, default_gazetteer, normalise

__all__ = [
    "Geocoder", "GeocodeError", "GeocodeConfigError", "GeocodeTimeout", "GeocodeServiceError",
    "GazetteerGeocoder", "NominatimGeocoder", "CachedGeocoder", "ChainGeocoder",
    "default_geocoder", "geocode_command", "USER_AGENT_ENV", "MAX_CANDIDATES",
]

#: Environment variable holding the User-Agent sent to Nominatim (its usage policy asks for
#: one that identifies the application, e.g. "acme-conflict-map/1.0 (ops@acme.org)").
USER_AGENT_ENV = "GEO_NOMINATIM_USER_AGENT"
#: At most this many candidates are kept per answer (and per cache entry).
MAX_CANDIDATES = 10
PLACE_FIELDS = ("gazetteer_id", "name", "lat", "lon", "country", "admin1", "feature",
                "population", "geo_precision")


class Geocoder(Protocol):
    def geocode(self, query: str, exactly_one: bool = True, **kwargs: Any) -> Any: ...


class GeocodeError(Exception):
    """Base of every error a geocoder of this module raises."""


class GeocodeConfigError(GeocodeError, ValueError):
    """A setting is missing or wrong; the message says which one to set."""


class GeocodeTimeout(GeocodeError, TimeoutError):
    """The service did not answer in time."""


class GeocodeServiceError(GeocodeError, OSError):
    """The service answered with an error, could not be reached, or sent nonsense."""


def _country_context(country_codes: Sequence[str] | None) -> Context | None:
    if not country_codes:
        return None
    weights: dict[str, float] = {}
    for i, cc in enumerate(country_codes):
        weights.setdefault(cc.upper(), 1.0 / (1.0 + 0.5 * i))
    return Context(countries=weights)


def _codes(country_codes: Sequence[str] | str | None) -> tuple[str, ...]:
    if not country_codes:
        return ()
    if isinstance(country_codes, str):
        country_codes = country_codes.split(",")
    return tuple(c.strip().upper() for c in country_codes if c and c.strip())


def _answer(locations: list[Location], exactly_one: bool) -> Location | list[Location] | None:
    if exactly_one:
        return locations[0] if locations else None
    return list(locations) or None


class GazetteerGeocoder:
    """The offline gazetteer as a geopy-shaped geocoder.

    ``gazetteer=None`` loads :func:`geo.gazetteer.default_gazetteer` on the first look-up, so
    a geocoder whose answers all come from a cache never loads it.
    """

    source = "gazetteer"

    def __init__(self, gazetteer: Gazetteer | None = None, *, fuzzy: bool = False):
        self._gazetteer = gazetteer
        self.fuzzy = fuzzy

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = default_gazetteer()
        return self._gazetteer

    def _location(self, place: Place) -> Location:
        gaz = self.gazetteer
        parts = [place.name]
        if place.admin1 and place.admin1 != place.name and place.feature != "country":
            parts.append(place.admin1)
        if place.feature != "country":
            country = gaz.get(f"cc:{place.country}")
            parts.append(country.name if country else place.country)
        raw = {f: getattr(place, f) for f in PLACE_FIELDS}
        raw["source"] = self.source
        return Location(", ".join(parts), Point(place.lat, place.lon), raw)

    def geocode(self, query: str, exactly_one: bool = True, country_codes: Sequence[str] | None = None,
                timeout: float | None = None) -> Location | list[Location] | None:
        gaz = self.gazetteer
        found = gaz.candidates(query)
        if not found and self.fuzzy:
            found = gaz.fuzzy_candidates(query)
        if not found:
            return None
        ranked = gaz.rank(found, _country_context(_codes(country_codes)), name=query)
        if exactly_one:
            return self._location(ranked[0])
        return [self._location(p) for p in ranked[:MAX_CANDIDATES]]


# --------------------------------------------------------------------------- Nominatim
_FEATURES = {  # Nominatim addresstype -> (feature, geo_precision)
    "country": ("country", 3), "state": ("region", 3), "province": ("region", 3),
    "region": ("region", 3), "state_district": ("district", 2), "county": ("district", 2),
    "district": ("district", 2), "municipality": ("district", 2),
    "city": ("city", 1), "town": ("city", 1), "village": ("city", 1), "hamlet": ("city", 1),
    "suburb": ("city", 1), "neighbourhood": ("city", 1), "quarter": ("city", 1),
    "city_district": ("city", 1), "isolated_dwelling": ("city", 1),
}


def _int(value: Any) -> int:
    try:
        return max(0, int(float(str(value).replace(",", "").strip())))
    except (TypeError, ValueError):
        return 0


def _from_nominatim(location: Location) -> Location:
    osm = dict(location.raw or {})
    address = osm.get("address") or {}
    feature, precision = _FEATURES.get(osm.get("addresstype") or osm.get("type") or "", ("other", 1))
    osm_type = str(osm.get("osm_type") or "x")[:1].upper()
    name = osm.get("name") or (location.address or "").split(",")[0].strip()
    raw = {
        "gazetteer_id": f"osm:{osm_type}{osm.get('osm_id', osm.get('place_id', ''))}",
        "name": name,
        "lat": float(location.latitude),
        "lon": float(location.longitude),
        "country": str(address.get("country_code") or "").upper(),
        "admin1": address.get("state") or address.get("province") or address.get("region"),
        "feature": feature,
        "population": _int((osm.get("extratags") or {}).get("population")),
        "geo_precision": precision,
        "source": "nominatim",
        "osm": osm,
    }
    return Location(location.address, location.point, raw)


class NominatimGeocoder:
    """geopy's Nominatim, rate limited by geopy's RateLimiter; errors as :class:`GeocodeError`.

    ``user_agent`` defaults to ``$GEO_NOMINATIM_USER_AGENT``; without a real one the
    constructor fails at once (Nominatim's usage policy; geopy refuses its own default too).
    ``domain`` and ``scheme`` point it at another server (tests use a fake on 127.0.0.1).
    """

    source = "nominatim"

    def __init__(self, user_agent: str | None = None, *, domain: str = "nominatim.openstreetmap.org",
                 scheme: str = "https", timeout: float = 10.0, min_delay_seconds: float = 1.0):
        from geopy.adapters import URLLibAdapter
        from geopy.exc import ConfigurationError
        from geopy.extra.rate_limiter import RateLimiter
        from geopy.geocoders import Nominatim
        from geopy.geocoders.nominatim import _REJECTED_USER_AGENTS

        user_agent = (user_agent or os.environ.get(USER_AGENT_ENV) or "").strip()
        if not user_agent or user_agent in _REJECTED_USER_AGENTS:
            raise GeocodeConfigError(
                f"Nominatim needs a real User-Agent that names this application: set the "
                f"environment variable {USER_AGENT_ENV} (e.g. {USER_AGENT_ENV}="
                f"'my-org-conflict-map/1.0 (me@example.org)') or stay offline")
        try:
            # the stdlib adapter: no hidden retries (requests' adapter retries reads and turns
            # a timeout into "unavailable"), and nothing to install
            self._nominatim = Nominatim(user_agent=user_agent, domain=domain, scheme=scheme,
                                        timeout=timeout, adapter_factory=URLLibAdapter)
        except ConfigurationError as exc:
            raise GeocodeConfigError(f"Nominatim settings: {exc}") from exc
        # no retries and no swallowing: an error must reach the caller (and stay uncached)
        self._limited = RateLimiter(self._nominatim.geocode, min_delay_seconds=min_delay_seconds,
                                    max_retries=0, error_wait_seconds=min_delay_seconds,
                                    swallow_exceptions=False)
        self.user_agent = user_agent
        self.timeout = timeout

    def geocode(self, query: str, exactly_one: bool = True, country_codes: Sequence[str] | None = None,
                timeout: float | None = None) -> Location | list[Location] | None:
        from geopy import exc as gexc

        codes = [c.lower() for c in _codes(country_codes)] or None
        try:
            found = self._limited(query, exactly_one=False, limit=MAX_CANDIDATES,
                                  addressdetails=True, country_codes=codes,
                                  timeout=timeout if timeout is not None else self.timeout)
        except gexc.GeocoderTimedOut as exc:
            raise GeocodeTimeout(f"Nominatim did not answer {query!r} in time: {exc}") from exc
        except gexc.ConfigurationError as exc:
            raise GeocodeConfigError(f"Nominatim settings: {exc}") from exc
        except gexc.GeopyError as exc:
            raise GeocodeServiceError(f"Nominatim failed on {query!r}: {exc}") from exc
        locations = [_from_nominatim(loc) for loc in (found or [])]
        return _answer(locations, exactly_one)


# --------------------------------------------------------------------------- cache
_SCHEMA = """
CREATE TABLE IF NOT EXISTS geocode_cache (
    provider  TEXT NOT NULL,
    query     TEXT NOT NULL,      -- normalised query (geo.gazetteer.normalise)
    countries TEXT NOT NULL,      -- ISO2 codes of the context, comma-separated, in order
    answer    TEXT NOT NULL,      -- JSON list of {address, lat, lon, raw}; [] is a cached miss
    created   REAL NOT NULL,
    PRIMARY KEY (provider, query, countries)
)
"""


def _dump(locations: list[Location]) -> str:
    return json.dumps([{"address": loc.address, "lat": loc.latitude, "lon": loc.longitude,
                        "raw": loc.raw} for loc in locations], ensure_ascii=False, sort_keys=True)


def _load(text: str) -> tuple[Location, ...]:
    if text == "[]":                              # a cached miss: most common, nothing to decode
        return ()
    return tuple(_location(d["address"], Point(d["lat"], d["lon"]), d["raw"]) for d in json.loads(text))


def _location(address: str, point: Point, raw: dict) -> Location:
    """``Location(address, point, raw)`` for an answer this module stored: its fields were
    checked when it was first made, so they are set directly (a third of the decode time)."""
    loc = Location.__new__(Location)
    loc._address, loc._point, loc._raw = address, point, raw
    loc._tuple = (address, (point.latitude, point.longitude))
    return loc


def _switch_to_wal(db: sqlite3.Connection, busy_timeout: float) -> None:
    """Put *db* in WAL mode. Switching needs a moment alone with a new file and SQLite answers
    "database is locked" at once, without waiting, when another process opens it at the same
    time: retry until the busy timeout has passed."""
    deadline = time.monotonic() + busy_timeout
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


class CachedGeocoder:
    """Every answer of ``inner``, misses included, kept in SQLite at ``path``.

    The key is ``(provider, normalise(query), country_codes)``. A dict in memory sits in front
    of SQLite and is written through, so warm look-ups cost one dict look-up; the answers
    already in the file are read in one query when the cache opens and decoded on their first
    hit, so a reopened cache is nearly as fast as a warm one. Errors and
    timeouts of ``inner`` propagate and are not stored. Several processes may share one file
    (WAL journal, busy timeout); an answer another process stored is found on the next miss
    in memory.
    """

    def __init__(self, inner: Geocoder, path: Path | str, provider: str = "gazetteer", *,
                 busy_timeout: float = 10.0):
        self.inner = inner
        self.path = Path(path)
        self.provider = provider
        self._memory: dict[tuple[str, tuple[str, ...]], tuple[Location, ...]] = {}
        self._lock = threading.Lock()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, timeout=busy_timeout, check_same_thread=False,
                                   isolation_level=None)
        self._db.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        _switch_to_wal(self._db, busy_timeout)
        self._db.execute("PRAGMA synchronous = NORMAL")
        self._db.execute(_SCHEMA)
        # Every answer already stored for this provider, as JSON text: one query when the
        # cache opens instead of one per name; decoded on its first hit.
        self._stored: dict[tuple[str, tuple[str, ...]], str] = {
            (query, tuple(countries.split(",")) if countries else ()): answer
            for query, countries, answer in self._db.execute(
                "SELECT query, countries, answer FROM geocode_cache WHERE provider = ?",
                (self.provider,))}
        self.hits = 0
        self.misses = 0

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> "CachedGeocoder":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __len__(self) -> int:
        return self._db.execute("SELECT count(*) FROM geocode_cache WHERE provider = ?",
                                (self.provider,)).fetchone()[0]

    def geocode(self, query: str, exactly_one: bool = True, country_codes: Sequence[str] | None = None,
                timeout: float | None = None) -> Location | list[Location] | None:
        codes = _codes(country_codes)
        key = (normalise(query), codes)
        hit = self._memory.get(key)
        if hit is None:
            text = self._stored.pop(key, None)
            if text is not None:
                self.hits += 1
                hit = self._memory[key] = _load(text)
            else:
                hit = self._lookup(key, query, codes, timeout)
        else:
            self.hits += 1
        if exactly_one:
            return hit[0] if hit else None
        return list(hit) or None

    def _lookup(self, key: tuple[str, tuple[str, ...]], query: str, codes: tuple[str, ...],
                timeout: float | None) -> tuple[Location, ...]:
        countries = ",".join(codes)
        with self._lock:
            row = self._db.execute(
                "SELECT answer FROM geocode_cache WHERE provider = ? AND query = ? AND countries = ?",
                (self.provider, key[0], countries)).fetchone()
        if row is not None:
            self.hits += 1
            found = _load(row[0])
            self._memory[key] = found
            return found
        self.misses += 1
        kwargs: dict[str, Any] = {"exactly_one": False, "country_codes": list(codes) or None}
        if timeout is not None:
            kwargs["timeout"] = timeout
        answer = self.inner.geocode(query, **kwargs)      # errors propagate, uncached
        locations = list(answer or [])[:MAX_CANDIDATES]
        text = _dump(locations)
        found = _load(text)
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO geocode_cache (provider, query, countries, answer, created) "
                "VALUES (?, ?, ?, ?, ?)", (self.provider, key[0], countries, text, time.time()))
        self._memory[key] = found
        return found


class ChainGeocoder:
    """Ask each geocoder in turn; the first non-None answer wins."""

    def __init__(self, geocoders: Iterable[Geocoder]):
        self.geocoders = list(geocoders)

    def geocode(self, query: str, exactly_one: bool = True, **kwargs: Any) -> Any:
        for geocoder in self.geocoders:
            answer = geocoder.geocode(query, exactly_one=exactly_one, **kwargs)
            if answer:
                return answer
        return None


def _gazetteer_provider(path: Path = paths.GAZETTEER) -> str:
    """'gazetteer:<digest>': answers cached from one gazetteer file are not reused after a
    rebuild that changed it."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return f"gazetteer:{digest.hexdigest()[:12]}"


def default_geocoder(online: bool = False, cache_path: Path | None = None) -> Geocoder:
    """The cached gazetteer; with ``online``, then cached Nominatim (needs
    ``$GEO_NOMINATIM_USER_AGENT``). The cache file defaults to
    ``geo.paths.state_dir() / "geocode-cache.sqlite"``."""
    path = Path(cache_path) if cache_path else paths.state_dir() / "geocode-cache.sqlite"
    offline = CachedGeocoder(GazetteerGeocoder(), path, provider=_gazetteer_provider())
    if not online:
        return offline
    return ChainGeocoder([offline, CachedGeocoder(NominatimGeocoder(), path, provider="nominatim")])


def geocode_command(query: str, online: bool = False, country: str | None = None,
                    cache: Path | None = None) -> int:
    """``python -m geo geocode QUERY``: print the answer; exit 0 when found, 1 when not."""
    geocoder = default_geocoder(online=online, cache_path=cache)
    location = geocoder.geocode(query, exactly_one=True, country_codes=list(_codes(country)) or None)
    if location is None:
        hint = ""
        if not online:
            near = GazetteerGeocoder(fuzzy=True).geocode(query, exactly_one=False) or []
            labels = list(dict.fromkeys(
                f"{loc.raw['name']} ({loc.raw['feature']}, {loc.raw['country']})" for loc in near))
            if labels:
                hint = " (did you mean: " + "; ".join(labels[:3]) + "?)"
        print(f"not found: {query}{hint}")
        return 1
    raw = location.raw
    print(f"name:     {raw.get('name')}")
    print(f"lat, lon: {location.latitude:.5f}, {location.longitude:.5f}")
    print(f"country:  {raw.get('country')}")
    print(f"admin1:   {raw.get('admin1') or '-'}")
    print(f"feature:  {raw.get('feature')} (geo_precision {raw.get('geo_precision')})")
    print(f"id:       {raw.get('gazetteer_id')}")
    print(f"source:   {raw.get('source')}")
    print(f"address:  {location.address}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(geocode_command(" ".join(sys.argv[1:])))

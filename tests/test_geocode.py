"""Geocoders: the gazetteer adapter, the SQLite cache, the chain, and Nominatim through geopy
against a local fake server (tests/fake_nominatim.py). Real data, real SQLite, real HTTP."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from geopy import exc as geopy_exc
from geopy.location import Location

from geo import paths
from geo.gazetteer import default_gazetteer
from geo.geocode import (USER_AGENT_ENV, CachedGeocoder, ChainGeocoder, GazetteerGeocoder,
                         GeocodeConfigError, GeocodeError, GeocodeServiceError, GeocodeTimeout,
                         NominatimGeocoder, default_geocoder, geocode_command)
from tests.fake_nominatim import FakeNominatim

UA = "geo-events-tests/1.0 (tests@example.org)"


class CountingGeocoder:
    """A real geocoder that counts its calls and can be told to fail."""

    def __init__(self, inner=None, fail_with: Exception | None = None):
        self.inner = inner or GazetteerGeocoder(default_gazetteer())
        self.calls: list[tuple[str, object]] = []
        self.fail_with = fail_with

    def geocode(self, query, exactly_one=True, **kwargs):
        self.calls.append((query, kwargs.get("country_codes")))
        if self.fail_with is not None:
            raise self.fail_with
        return self.inner.geocode(query, exactly_one=exactly_one, **kwargs)


@pytest.fixture
def geocode_gaz() -> GazetteerGeocoder:
    return GazetteerGeocoder(default_gazetteer())


# ----------------------------------------------------------------------------- gazetteer
def test_gazetteer_geocoder_returns_a_location(geocode_gaz):
    loc = geocode_gaz.geocode("Peshawar")
    assert isinstance(loc, Location)
    assert loc.address == "Peshawar, Khyber Pakhtunkhwa, Pakistan"
    assert abs(loc.latitude - 34.008) < 0.01 and abs(loc.longitude - 71.578) < 0.01
    assert loc.raw["source"] == "gazetteer"
    assert loc.raw["gazetteer_id"] == "gn:1168197"
    assert {"name", "lat", "lon", "country", "admin1", "feature", "population",
            "geo_precision"} <= set(loc.raw)
    assert (loc.raw["country"], loc.raw["feature"], loc.raw["geo_precision"]) == ("PK", "city", 1)


def test_gazetteer_geocoder_candidates_and_misses(geocode_gaz):
    many = geocode_gaz.geocode("Hyderabad", exactly_one=False)
    assert isinstance(many, list) and len(many) >= 2
    assert {loc.raw["country"] for loc in many} >= {"PK", "IN"}
    assert geocode_gaz.geocode("Qqqzzzville") is None
    assert geocode_gaz.geocode("Qqqzzzville", exactly_one=False) is None
    assert geocode_gaz.geocode("Pakistani") is None          # a demonym, not a place


def test_gazetteer_geocoder_uses_country_context(geocode_gaz):
    assert geocode_gaz.geocode("Hyderabad", country_codes=["PK"]).raw["admin1"] == "Sindh"
    assert geocode_gaz.geocode("Hyderabad", country_codes=["IN", "PK"]).raw["admin1"] == "Telangana"
    assert geocode_gaz.geocode("Punjab", country_codes=["IN"]).raw["country"] == "IN"
    assert geocode_gaz.geocode("Punjab", country_codes=["PK", "AF"]).raw["country"] == "PK"


def test_gazetteer_geocoder_fuzzy_is_opt_in():
    gaz = default_gazetteer()
    assert GazetteerGeocoder(gaz).geocode("Peshwar") is None
    assert GazetteerGeocoder(gaz, fuzzy=True).geocode("Peshwar").raw["name"] == "Peshawar"


# ----------------------------------------------------------------------------- cache
def test_cache_hit_does_not_call_inner(tmp_path):
    inner = CountingGeocoder()
    with CachedGeocoder(inner, tmp_path / "c.sqlite") as cached:
        first = cached.geocode("Mosul")
        second = cached.geocode("MOSUL")
        third = cached.geocode(" mosul ")
    assert len(inner.calls) == 1
    assert first.raw == second.raw == third.raw
    assert first.raw["country"] == "IQ"


def test_cache_persists_across_instances_and_processes(tmp_path):
    path = tmp_path / "c.sqlite"
    with CachedGeocoder(CountingGeocoder(), path) as cached:
        cached.geocode("Kandahar", country_codes=["AF"])
    again = CountingGeocoder()
    with CachedGeocoder(again, path) as cached:
        loc = cached.geocode("Kandahar", country_codes=["AF"])
    assert again.calls == []
    assert loc.raw["country"] == "AF"


def test_misses_are_cached(tmp_path):
    inner = CountingGeocoder()
    with CachedGeocoder(inner, tmp_path / "c.sqlite") as cached:
        assert cached.geocode("Qqqzzzville") is None
        assert cached.geocode("Qqqzzzville") is None
        assert cached.geocode("Qqqzzzville", exactly_one=False) is None
        assert len(cached) == 1
    assert len(inner.calls) == 1


def test_key_includes_country_codes(tmp_path):
    inner = CountingGeocoder()
    with CachedGeocoder(inner, tmp_path / "c.sqlite") as cached:
        pk = cached.geocode("Hyderabad", country_codes=["PK"])
        india = cached.geocode("Hyderabad", country_codes=["IN"])
        cached.geocode("Hyderabad", country_codes=["pk"])
    assert (pk.raw["country"], india.raw["country"]) == ("PK", "IN")
    assert len(inner.calls) == 2


def test_exactly_one_false_from_cache(tmp_path):
    with CachedGeocoder(CountingGeocoder(), tmp_path / "c.sqlite") as cached:
        one = cached.geocode("Hyderabad")
        many = cached.geocode("Hyderabad", exactly_one=False)
    assert many[0].raw == one.raw and len(many) >= 2


def test_errors_are_not_cached(tmp_path):
    path = tmp_path / "c.sqlite"
    failing = CountingGeocoder(fail_with=GeocodeTimeout("too slow"))
    with CachedGeocoder(failing, path) as cached:
        with pytest.raises(GeocodeTimeout):
            cached.geocode("Aleppo")
        with pytest.raises(TimeoutError):
            cached.geocode("Aleppo")
        assert len(cached) == 0
    assert len(failing.calls) == 2
    working = CountingGeocoder()
    with CachedGeocoder(working, path) as cached:
        assert cached.geocode("Aleppo").raw["country"] == "SY"
    assert len(working.calls) == 1


def test_providers_do_not_share_answers(tmp_path):
    path = tmp_path / "c.sqlite"
    a, b = CountingGeocoder(), CountingGeocoder()
    with CachedGeocoder(a, path, provider="one") as one, CachedGeocoder(b, path, provider="two") as two:
        one.geocode("Sanaa")
        two.geocode("Sanaa")
    assert len(a.calls) == len(b.calls) == 1


def test_two_processes_share_one_cache_file(tmp_path):
    path = tmp_path / "shared.sqlite"
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(paths.ROOT)!r})
        from geo.geocode import CachedGeocoder, GazetteerGeocoder
        names = ["Karachi", "Lahore", "Kohat", "Mosul", "Aleppo", "Sanaa", "Kabul", "Miran Shah",
                 "Nowhere {{}}"]
        with CachedGeocoder(GazetteerGeocoder(), {str(path)!r}) as cached:
            for i in range(60):
                for name in names:
                    cached.geocode(name.format(i % 7) + (" " * (i % 2)), country_codes=[["PK"], ["IQ"]][i % 2])
        print("done")
    """)
    procs = [subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=120) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
        assert out.strip() == "done"
    inner = CountingGeocoder()
    with CachedGeocoder(inner, path) as cached:
        assert len(cached) == 2 * (8 + 7)
        assert cached.geocode("Kohat", country_codes=["PK"]).raw["country"] == "PK"
    assert inner.calls == []


def test_warm_lookups_ask_the_inner_geocoder_once_per_name(tmp_path):
    """Speed is measured by bench/; here: repeated look-ups, misses included, are all hits."""
    names = ["Karachi", "Peshawar", "Punjab", "Hyderabad", "Mosul", "Kabul", "Nowhere Land",
             "Aleppo", "Miran Shah", "Georgia"]
    inner = CountingGeocoder()
    with CachedGeocoder(inner, tmp_path / "c.sqlite") as cached:
        first = [cached.geocode(name, country_codes=["PK"]) for name in names]
        for _ in range(100):
            again = [cached.geocode(name, country_codes=["PK"]) for name in names]
    assert len(inner.calls) == len(names)
    assert [a and a.point for a in again] == [f and f.point for f in first]


def test_chain_returns_first_answer(tmp_path):
    empty = CountingGeocoder(inner=GazetteerGeocoder(default_gazetteer()))
    second = CountingGeocoder()
    chain = ChainGeocoder([empty, second])
    assert chain.geocode("Qqqzzzville") is None
    assert len(empty.calls) == len(second.calls) == 1
    assert chain.geocode("Karachi").raw["name"] == "Karachi"
    assert len(second.calls) == 1                   # the first geocoder answered


# ----------------------------------------------------------------------------- Nominatim
def nominatim(fake: FakeNominatim, **kw) -> NominatimGeocoder:
    kw.setdefault("min_delay_seconds", 0.0)
    return NominatimGeocoder(UA, domain=fake.domain, scheme="http", **kw)


def test_nominatim_through_geopy():
    with FakeNominatim() as fake:
        loc = nominatim(fake).geocode("Spin Boldak", country_codes=["AF"])
    assert isinstance(loc, Location)
    assert (loc.raw["source"], loc.raw["country"], loc.raw["feature"]) == ("nominatim", "AF", "city")
    assert loc.raw["gazetteer_id"] == "osm:N3412"
    assert abs(loc.latitude - 31.005) < 1e-6
    assert loc.raw["admin1"] == "Kandahar Province"
    req = fake.requests[-1]
    assert req["path"] == "/search" and req["user_agent"] == UA
    assert req["params"]["q"] == "Spin Boldak" and req["params"]["countrycodes"] == "af"


def test_nominatim_empty_answer_is_a_miss():
    with FakeNominatim(mode="empty") as fake:
        assert nominatim(fake).geocode("Peshawar") is None
        assert nominatim(fake).geocode("Peshawar", exactly_one=False) is None


def test_nominatim_http_500_is_a_service_error():
    with FakeNominatim(mode="error") as fake:
        with pytest.raises(GeocodeServiceError) as err:
            nominatim(fake).geocode("Peshawar")
    assert isinstance(err.value, GeocodeError) and isinstance(err.value, OSError)
    assert isinstance(err.value.__cause__, geopy_exc.GeopyError)
    assert len(fake.requests) == 1                   # no silent retries


def test_nominatim_slow_answer_is_a_timeout():
    with FakeNominatim(mode="slow", slow_seconds=1.5) as fake:
        start = time.monotonic()
        with pytest.raises(GeocodeTimeout) as err:
            nominatim(fake, timeout=0.3).geocode("Peshawar")
        assert time.monotonic() - start < 1.4
    assert isinstance(err.value, TimeoutError)
    assert isinstance(err.value.__cause__, geopy_exc.GeocoderTimedOut)


def test_nominatim_is_rate_limited():
    with FakeNominatim() as fake:
        geocoder = nominatim(fake, min_delay_seconds=0.4)
        geocoder.geocode("Peshawar")
        geocoder.geocode("Spin Boldak")
        t1, t2 = (r["time"] for r in fake.requests)
    assert t2 - t1 >= 0.38


def test_nominatim_needs_a_real_user_agent(monkeypatch):
    monkeypatch.delenv(USER_AGENT_ENV, raising=False)
    with pytest.raises(GeocodeConfigError, match=USER_AGENT_ENV):
        NominatimGeocoder()
    with pytest.raises(ValueError, match=USER_AGENT_ENV):
        NominatimGeocoder("my-application")      # geopy's sample agent
    monkeypatch.setenv(USER_AGENT_ENV, UA)
    assert NominatimGeocoder().user_agent == UA


def test_cached_nominatim_hit_costs_no_request(tmp_path):
    with FakeNominatim() as fake:
        cached = CachedGeocoder(nominatim(fake), tmp_path / "c.sqlite", provider="nominatim")
        assert cached.geocode("Peshawar").raw["country"] == "PK"
        assert cached.geocode("Peshawar").raw["country"] == "PK"
        assert cached.geocode("Qqqzzzville") is None
        assert cached.geocode("Qqqzzzville") is None
        assert len(fake.requests) == 2
        fake.mode = "error"
        with pytest.raises(GeocodeServiceError):
            cached.geocode("Spin Boldak")
        fake.mode = "ok"
        assert cached.geocode("Spin Boldak").raw["country"] == "AF"   # the error was not cached
        assert len(fake.requests) == 4
        cached.close()


# ----------------------------------------------------------------------------- defaults, CLI
def test_default_geocoder_offline(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_STATE_DIR", str(tmp_path))
    geocoder = default_geocoder()
    assert isinstance(geocoder, CachedGeocoder)
    assert geocoder.path == tmp_path / "geocode-cache.sqlite"
    assert geocoder.provider.startswith("gazetteer:")
    assert geocoder.geocode("Maiduguri").raw["country"] == "NG"
    assert Path(tmp_path / "geocode-cache.sqlite").exists()


def test_default_geocoder_online_needs_user_agent(tmp_path, monkeypatch):
    monkeypatch.delenv(USER_AGENT_ENV, raising=False)
    with pytest.raises(GeocodeConfigError, match=USER_AGENT_ENV):
        default_geocoder(online=True, cache_path=tmp_path / "c.sqlite")
    monkeypatch.setenv(USER_AGENT_ENV, UA)
    chain = default_geocoder(online=True, cache_path=tmp_path / "c.sqlite")
    assert isinstance(chain, ChainGeocoder) and len(chain.geocoders) == 2
    assert chain.geocode("Karachi").raw["source"] == "gazetteer"     # no network needed


def test_geocode_command(tmp_path, capsys):
    cache = tmp_path / "c.sqlite"
    assert geocode_command("Hyderabad", country="PK", cache=cache) == 0
    out = capsys.readouterr().out
    assert "Sindh" in out and "gazetteer" in out and "gn:1176734" in out
    assert geocode_command("Qqqzzzville", cache=cache) == 1
    assert "not found" in capsys.readouterr().out
    assert geocode_command("Peshwar", cache=cache) == 1
    assert "did you mean: Peshawar" in capsys.readouterr().out


def test_geocode_cli_exit_codes(tmp_path):
    run = lambda *a: subprocess.run([sys.executable, "-m", "geo", "geocode", *a, "--cache",
                                     str(tmp_path / "c.sqlite")], capture_output=True, text=True,
                                    cwd=paths.ROOT, env={"PATH": "/usr/bin:/bin"} | {
                                        k: v for k, v in __import__("os").environ.items()
                                        if k != USER_AGENT_ENV})
    ok = run("Mogadishu")
    assert ok.returncode == 0 and "SO" in ok.stdout
    assert run("Qqqzzzville").returncode == 1
    online = run("Mogadishu", "--online")
    assert online.returncode == 2 and USER_AGENT_ENV in online.stderr

"""A local fake of Nominatim's /search endpoint, for tests: http.server in a thread on
127.0.0.1, answering in Nominatim's JSON format (format=json, addressdetails=1).

Modes (set ``server.mode``): "ok" answers from ``PLACES``; "empty" answers ``[]``;
"error" answers HTTP 500; "slow" waits ``slow_seconds`` before answering (to provoke a
client timeout). Every request is recorded with its arrival time and User-Agent.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

PLACES = {
    "peshawar": {
        "place_id": 5001, "licence": "Data © OpenStreetMap contributors, ODbL 1.0.",
        "osm_type": "relation", "osm_id": 6782447, "lat": "34.0080", "lon": "71.5785",
        "class": "boundary", "type": "administrative", "place_rank": 16, "importance": 0.6,
        "addresstype": "city", "name": "Peshawar",
        "display_name": "Peshawar, Peshawar District, Khyber Pakhtunkhwa, Pakistan",
        "address": {"city": "Peshawar", "state_district": "Peshawar District",
                    "state": "Khyber Pakhtunkhwa", "country": "Pakistan", "country_code": "pk"},
        "boundingbox": ["33.9", "34.1", "71.4", "71.7"],
    },
    "spin boldak": {
        "place_id": 5002, "licence": "Data © OpenStreetMap contributors, ODbL 1.0.",
        "osm_type": "node", "osm_id": 3412, "lat": "31.0050", "lon": "66.3950",
        "class": "place", "type": "town", "place_rank": 18, "importance": 0.4,
        "addresstype": "town", "name": "Spin Boldak",
        "display_name": "Spin Boldak, Kandahar Province, Afghanistan",
        "address": {"town": "Spin Boldak", "state": "Kandahar Province",
                    "country": "Afghanistan", "country_code": "af"},
        "boundingbox": ["30.99", "31.02", "66.38", "66.41"],
    },
}


class FakeNominatim:
    def __init__(self, mode: str = "ok", slow_seconds: float = 2.0):
        self.mode = mode
        self.slow_seconds = slow_seconds
        self.requests: list[dict] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                url = urlparse(self.path)
                params = {k: v[0] for k, v in parse_qs(url.query).items()}
                fake.requests.append({"time": time.monotonic(), "path": url.path, "params": params,
                                      "user_agent": self.headers.get("User-Agent")})
                if url.path != "/search":
                    return self._send(404, {"error": "not found"})
                if fake.mode == "error":
                    return self._send(500, {"error": "internal error"})
                if fake.mode == "slow":
                    time.sleep(fake.slow_seconds)
                if fake.mode == "empty":
                    return self._send(200, [])
                hit = PLACES.get(" ".join(params.get("q", "").lower().split()))
                codes = params.get("countrycodes")
                if hit and codes and hit["address"]["country_code"] not in codes.split(","):
                    hit = None
                limit = int(params.get("limit", "10"))
                return self._send(200, ([hit] if hit else [])[:limit])

            def _send(self, status, body):
                data = json.dumps(body).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):   # client gave up (timeout)
                    pass

            def log_message(self, *args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def domain(self) -> str:
        host, port = self._server.server_address[:2]
        return f"{host}:{port}"

    def __enter__(self) -> "FakeNominatim":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

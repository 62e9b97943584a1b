"""A threaded HTTP stand-in for the BigQuery REST calls the analytics adapter makes.

Serves ``datasets`` and ``tables`` create/get and ``tabledata.insertAll`` under ``/bigquery/v2``.
Keeps the datasets, tables (with the resource the SDK sent: schema, partitioning, clustering) and the
rows, de-duplicated by ``insertId`` as BigQuery does. Scripted faults apply to insertAll:
``ok``, ``429``, ``500``, ``503``, ``row_error`` (insertErrors for every row), ``slow``.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

_DATASETS = re.compile(r"^/bigquery/v2/projects/([^/]+)/datasets$")
_DATASET = re.compile(r"^/bigquery/v2/projects/([^/]+)/datasets/([^/]+)$")
_TABLES = re.compile(r"^/bigquery/v2/projects/([^/]+)/datasets/([^/]+)/tables$")
_TABLE = re.compile(r"^/bigquery/v2/projects/([^/]+)/datasets/([^/]+)/tables/([^/]+)$")
_INSERT = re.compile(r"^/bigquery/v2/projects/([^/]+)/datasets/([^/]+)/tables/([^/]+)/insertAll$")

_REASON = {429: "rateLimitExceeded", 500: "internalError", 503: "backendError", 404: "notFound", 409: "duplicate"}


class BigQueryStub:
    def __init__(self, *, slow_s: float = 3.0) -> None:
        self.slow_s = slow_s
        self.datasets: dict[tuple[str, str], dict[str, Any]] = {}
        self.tables: dict[tuple[str, str, str], dict[str, Any]] = {}
        self.rows: dict[tuple[str, str, str], dict[str, dict[str, Any]]] = {}
        self.insert_calls: list[dict[str, Any]] = []
        self._faults: deque[str] = deque()
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    @property
    def endpoint(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def script(self, faults: list[str]) -> None:
        with self._lock:
            self._faults = deque(faults)

    def all_rows(self) -> list[dict[str, Any]]:
        return [row for table in self.rows.values() for row in table.values()]

    def start(self) -> BigQueryStub:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                # Headers and body go out in separate writes: without TCP_NODELAY, Nagle's algorithm and
                # the client's delayed ACK add ~40 ms to every response and the stub measures itself.
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def log_message(self, *args: Any) -> None:
                pass

            def _body(self) -> dict[str, Any]:
                length = int(self.headers.get("Content-Length") or 0)
                return json.loads(self.rfile.read(length) or b"{}")

            def _send(self, status: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                try:
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _error(self, status: int, message: str) -> None:
                reason = _REASON.get(status, "invalid")
                self._send(
                    status,
                    {"error": {"code": status, "message": message, "errors": [{"reason": reason, "message": message}]}},
                )

            def do_GET(self) -> None:
                path = self.path.split("?")[0]
                if m := _DATASET.match(path):
                    found = stub.datasets.get(m.groups())
                elif m := _TABLE.match(path):
                    found = stub.tables.get(m.groups())
                else:
                    found = None
                if found is None:
                    self._error(404, f"Not found: {path}")
                else:
                    self._send(200, found)

            def do_POST(self) -> None:
                path = self.path.split("?")[0]
                body = self._body()
                if m := _DATASETS.match(path):
                    key = (m.group(1), body["datasetReference"]["datasetId"])
                    with stub._lock:
                        if key in stub.datasets:
                            return self._error(409, "Already Exists: Dataset")
                        stub.datasets[key] = {**body, "id": f"{key[0]}:{key[1]}"}
                    return self._send(200, stub.datasets[key])
                if m := _TABLES.match(path):
                    ref = body["tableReference"]
                    key = (m.group(1), m.group(2), ref["tableId"])
                    with stub._lock:
                        if (key[0], key[1]) not in stub.datasets:
                            return self._error(404, "Not found: Dataset")
                        if key in stub.tables:
                            return self._error(409, "Already Exists: Table")
                        stub.tables[key] = {**body, "id": f"{key[0]}:{key[1]}.{key[2]}"}
                    return self._send(200, stub.tables[key])
                if m := _INSERT.match(path):
                    key = m.groups()
                    with stub._lock:
                        stub.insert_calls.append(body)
                        fault = stub._faults.popleft() if stub._faults else "ok"
                    if fault == "slow":
                        time.sleep(stub.slow_s)
                    if fault in ("429", "500", "503"):
                        return self._error(int(fault), "stub fault")
                    if key not in stub.tables:
                        return self._error(404, f"Not found: Table {key[0]}:{key[1]}.{key[2]}")
                    rows = body.get("rows", [])
                    if fault == "row_error":
                        errors = [
                            {"index": i, "errors": [{"reason": "invalid", "message": "no such field"}]}
                            for i in range(len(rows))
                        ]
                        return self._send(200, {"kind": "bigquery#tableDataInsertAllResponse", "insertErrors": errors})
                    with stub._lock:
                        table = stub.rows.setdefault(key, {})
                        for row in rows:
                            table.setdefault(row["insertId"], row["json"])
                    return self._send(200, {"kind": "bigquery#tableDataInsertAllResponse"})
                return self._error(404, f"stub has no route for {path}")

            def do_PATCH(self) -> None:  # tables.patch: what update_table sends (schema changes)
                path = self.path.split("?")[0]
                body = self._body()
                if m := _TABLE.match(path):
                    with stub._lock:
                        if m.groups() not in stub.tables:
                            return self._error(404, f"Not found: {path}")
                        stub.tables[m.groups()] = {**stub.tables[m.groups()], **body}
                    return self._send(200, stub.tables[m.groups()])
                return self._error(404, f"stub has no route for {path}")

        class Server(ThreadingHTTPServer):
            daemon_threads = True

        self._server = Server(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

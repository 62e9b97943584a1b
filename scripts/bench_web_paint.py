"""First paint of the web app's pages on a mid-range phone profile, in Debian's Chromium.

    .venv/bin/python scripts/bench_web_paint.py [--rounds 5] [--chromium /usr/bin/chromium]

Starts `mhealth serve` (embedded SQLite in a temporary folder, authentication required), seeds a senior with a
few check-ins and a guardian, and loads each page in a fresh tab under Lighthouse's mobile throttling (150 ms
round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU slowed 4x) on a 390 x 844 screen. Reported: first contentful
paint (the browser's own ``paint`` entry), median of ``--rounds`` loads and the spread, and the ratio to a
reference measured in the same run and the same way: a bare HTML page of one line from a plain loopback HTTP
server (the standard library's), i.e. what the network and the browser cost before any of our work.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import jwt

SECRET = "bench-paint-secret-" + "x" * 32
PASSWORD = "correct horse battery"  # noqa: S105 - a throwaway account in a temporary database
THROTTLE = {"offline": False, "latency": 150, "downloadThroughput": 1_600_000 / 8, "uploadThroughput": 750_000 / 8}


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # the reference server logs nothing
        return


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def admin() -> dict[str, str]:
    now = int(time.time())
    claims = {"sub": "ops", "role": "admin", "aud": "mhealth", "iat": now, "exp": now + 3600}
    return {"Authorization": "Bearer " + jwt.encode(claims, SECRET, algorithm="HS256")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="mhealth-paint-") as tmp:
        port = free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("MHEALTH_")}
        env.update(
            MHEALTH_DATA_DIR=tmp,
            MHEALTH_PORT=str(port),
            MHEALTH_SPEECH="memory",
            MHEALTH_ANALYZER="memory",
            MHEALTH_JWT_SECRET=SECRET,
            MHEALTH_RATE_LIMIT_PER_MINUTE="0",
            MHEALTH_LOGIN_RATE_LIMIT_PER_MINUTE="0",
        )
        log = open(Path(tmp) / "server.log", "wb")
        server = subprocess.Popen(
            [sys.executable, "-m", "mhealth.entrypoints.cli", "serve"], env=env, stdout=log, stderr=log
        )
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(300):
                try:
                    if httpx.get(base + "/health", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.1)
            with httpx.Client(base_url=base, headers=admin(), timeout=30) as api:
                senior = api.post("/v1/seniors", json={"display_name": "김순자", "consent_audio": True}).json()["id"]
                user = api.post("/v1/users", json={"email": "g@example.kr", "password": PASSWORD, "role": "guardian"})
                api.post(f"/v1/users/{user.json()['id']}/links", json={"senior_id": senior})
                for text in ("오늘은 산책을 했어요", "번개탄을 사다 놨어요. 이제 다 정리했어요."):
                    check_in = api.post(f"/v1/seniors/{senior}/check-ins", json={"text": text}).json()["id"]
            (Path(tmp) / "reference.html").write_text("<!DOCTYPE html><title>r</title><p>reference</p>")
            handler = functools.partial(Quiet, directory=tmp)
            plain = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
            threading.Thread(target=plain.serve_forever, daemon=True).start()
            reference = f"http://127.0.0.1:{plain.server_address[1]}/reference.html"
            pages = {
                "reference (bare HTML)": None,
                "/app/login": "/app/login",
                "/app (my seniors)": "/app",
                "/app/seniors/{id}": f"/app/seniors/{senior}",
                "/app/check-ins/{id}": f"/app/check-ins/{check_in}",
                "/app/alerts": "/app/alerts",
            }
            times: dict[str, list[float]] = {name: [] for name in pages}
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=args.chromium, args=["--no-sandbox"])
                context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
                page = context.new_page()
                page.goto(base + "/app/login")
                page.fill("#email", "g@example.kr")
                page.fill("#password", PASSWORD)
                page.click("button[type=submit].primary")
                page.wait_for_url(base + "/app")
                page.close()
                for _ in range(args.rounds):
                    for name, path in pages.items():
                        tab = context.new_page()
                        cdp = context.new_cdp_session(tab)
                        cdp.send("Network.enable")
                        cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
                        cdp.send("Network.emulateNetworkConditions", THROTTLE)
                        cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
                        url = reference if path is None else base + path
                        tab.goto(url, wait_until="load")
                        fcp = tab.evaluate(
                            "() => new Promise(done => { const find = () => { const e = performance"
                            ".getEntriesByName('first-contentful-paint')[0];"
                            " e ? done(e.startTime) : setTimeout(find, 20) }; find() })"
                        )
                        times[name].append(float(fcp))
                        tab.close()
                browser.close()
            plain.shutdown()
        finally:
            server.terminate()
            server.wait(timeout=20)
            log.close()
    ref = statistics.median(times["reference (bare HTML)"])
    print(f"first contentful paint, mobile throttling (150 ms RTT, 1.6 Mbit/s, CPU 4x), {args.rounds} rounds")
    print(f"{'page':26} {'median ms':>10} {'spread':>16} {'x ref':>7}")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:26} {median:10.0f} {min(values):7.0f}-{max(values):6.0f} ms {median / ref:6.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())

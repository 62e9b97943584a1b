"""Browser tests: Playwright for Python driving Debian's Chromium against one real `mhealth serve` process.

Chromium comes from Debian (`.ci/setup-system.sh --browser`); Playwright's own browser download cannot work
on our machines, so the browser is launched from /usr/bin/chromium. Without it (or without the playwright
package) these tests skip with the reason, except under CI=true, where that is a failure.

One server and one browser per session; a fresh browser context (cookies) per person. The microphone is
Chromium's fake capture device playing a WAV made from the committed Korean speech fixture.
"""

from __future__ import annotations

import os
import shutil
import time
import wave
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest

from tests.e2e.conftest import SECRET, Server, start_server, stop_server

CHROMIUM = os.environ.get("MHEALTH_TEST_CHROMIUM", "/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
AXE = Path(__file__).with_name("assets") / "axe.min.js"
SCREENSHOTS = Path(os.environ.get("MHEALTH_SCREENSHOTS", ROOT / "docs" / "screenshots"))
SPEECH = ROOT / "tests" / "fixtures" / "audio" / "speech" / "ko.flac"
PASSWORD = "correct-horse-battery-7"
CRISIS = "요즘 너무 외로워요. 번개탄을 사다 놨어요. 이제 다 정리했어요."
CALM = "오늘은 딸이랑 통화했어요. 점심도 잘 먹었고 산책도 했어요."
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 860}


def _missing(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI runs the browser tests: .ci/setup-system.sh --browser)")
    pytest.skip(reason)


def admin_headers() -> dict[str, str]:
    now = int(time.time())
    claims = {"sub": "ops", "role": "admin", "aud": "mhealth", "iat": now, "exp": now + 3600}
    return {"Authorization": "Bearer " + jwt.encode(claims, SECRET, algorithm="HS256")}


@dataclass
class World:
    server: Server
    mine: str  # the guardian's senior
    other: str  # a senior the guardian is not linked to
    crisis_check_in: str
    crisis_alert: str

    def api(self) -> httpx.Client:
        return self.server.client(headers=admin_headers())


def seed_history(url: str, days: int = 90) -> str:
    """A senior with ``days`` days of scored check-ins (worsening lately, a few days missed), written straight
    into a fresh database before the server starts: the trend chart then has something to show."""
    import msgspec
    from sqlalchemy import create_engine, insert

    from mhealth.adapters.sql import mapping
    from mhealth.adapters.sql.rows import AssessmentRow, CheckInRow, SeniorRow, TranscriptRow
    from mhealth.adapters.sql.schema import upgrade
    from mhealth.adapters.sql.testing import sample_check_in, sample_senior
    from mhealth.domain.model import RiskLevel, new_id, utcnow

    upgrade(url)
    now = utcnow()
    senior = sample_senior(name="김순자", created_at=now - timedelta(days=days + 1))
    template = sample_check_in(senior.id, audio=False, text=CALM)
    rows: dict[type, list[dict[str, Any]]] = {CheckInRow: [], TranscriptRow: [], AssessmentRow: []}
    for day in range(days, 0, -1):
        if day % 11 == 3 or 40 <= day <= 42:  # missed check-ins
            continue
        worse = max(0, 30 - day)  # the last month climbs
        depression = min(95.0, 12 + worse * 1.8 + (day * 7) % 9)
        risk = RiskLevel.HIGH if depression >= 55 else RiskLevel.MODERATE if depression >= 35 else RiskLevel.LOW
        created = now - timedelta(days=day, hours=(day * 5) % 7)
        assessment = msgspec.structs.replace(
            template.assessment,
            id=new_id(),
            timestamp=created,
            depression_score=depression,
            anxiety_score=min(90.0, 8 + worse * 1.2 + (day * 3) % 11),
            cognitive_score=max(40.0, 96 - worse * 0.6 - (day * 5) % 6),
            risk_level=risk,
        )
        check_in = msgspec.structs.replace(
            template, id=new_id(), created_at=created, assessment=assessment, idempotency_key=f"seed-{day}"
        )
        for row in mapping.check_in_to_rows(check_in):
            rows[type(row)].append({c.key: getattr(row, c.key) for c in row.__table__.columns})
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(insert(SeniorRow), [{c.key: getattr(r, c.key) for c in r.__table__.columns}
                                               for r in [mapping.senior_to_row(senior)]])  # fmt: skip
        for table, values in rows.items():
            connection.execute(insert(table), values)
    engine.dispose()
    return senior.id


@pytest.fixture(scope="session")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    database = f"sqlite:///{tmp_path_factory.mktemp('browser-db') / 'mhealth.db'}"
    mine = seed_history(database)
    server = start_server(
        tmp_path_factory,
        MHEALTH_DATABASE_URL=database,
        MHEALTH_SPEECH="memory",
        MHEALTH_ANALYZER="local",
        MHEALTH_JWT_SECRET=SECRET,
        MHEALTH_RATE_LIMIT_PER_MINUTE="0",
        MHEALTH_LOGIN_RATE_LIMIT_PER_MINUTE="0",
    )
    try:
        with server.client(headers=admin_headers()) as api:

            def ok(response: httpx.Response) -> Any:
                assert response.status_code < 300, response.text
                return response.json() if response.content else None

            other = ok(api.post("/v1/seniors", json={"display_name": "박영수", "consent_audio": True}))["id"]
            for email, role, seniors in (
                ("guardian@example.kr", "guardian", [mine]),
                ("admin@example.kr", "admin", []),
            ):
                user = ok(api.post("/v1/users", json={"email": email, "password": PASSWORD, "role": role}))
                for senior in seniors:
                    ok(api.post(f"/v1/users/{user['id']}/links", json={"senior_id": senior}))
            ok(api.post(f"/v1/seniors/{mine}/check-ins", json={"text": CALM}))
            crisis = ok(api.post(f"/v1/seniors/{mine}/check-ins", json={"text": CRISIS}))
            ok(api.post(f"/v1/seniors/{other}/check-ins", json={"text": CRISIS}))
        assert crisis.get("alert_id"), crisis
        yield World(
            server=server,
            mine=mine,
            other=other,
            crisis_check_in=crisis["id"],
            crisis_alert=crisis["alert_id"],
        )
    finally:
        stop_server(server)


@pytest.fixture(scope="session")
def speech_wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Korean speech fixture as 16-bit PCM WAV, 48 kHz mono (what Chromium's fake capture plays)."""
    import av
    import numpy as np

    out = tmp_path_factory.mktemp("browser-audio") / "ko.wav"
    with av.open(str(SPEECH)) as container:
        resampler = av.AudioResampler(format="s16", layout="mono", rate=48000)
        chunks = []
        for frame in container.decode(audio=0):
            for resampled in resampler.resample(frame):
                chunks.append(resampled.to_ndarray().reshape(-1))
        for resampled in resampler.resample(None):
            chunks.append(resampled.to_ndarray().reshape(-1))
    samples = np.concatenate(chunks).astype("<i2")
    with wave.open(str(out), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(48000)
        handle.writeframes(samples.tobytes())
    return out


@pytest.fixture(scope="module")
def browser(speech_wav: Path) -> Iterator[Any]:
    # Module-scoped: Playwright's sync API holds a running event loop while it is open, and every asyncio test
    # collected after the browser tests (tests/contract, tests/e2e, ...) would find it there and fail.
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the playwright package is not installed (pip install 'mhealth[dev]')")
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        _missing(f"no Chromium at {CHROMIUM} (apt-get install chromium: .ci/setup-system.sh --browser)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--use-fake-device-for-media-stream",
                "--use-fake-ui-for-media-stream",
                f"--use-file-for-fake-audio-capture={speech_wav}",
                "--no-sandbox",  # CI runs as root, where Chromium's sandbox cannot start
            ],
        )
        yield launched
        launched.close()


@pytest.fixture(scope="session", autouse=True)
def screenshot_dir() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS

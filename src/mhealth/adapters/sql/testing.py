"""Helpers for tests of the SQL adapter against a real MySQL/MariaDB server.

``MHEALTH_TEST_MYSQL_URL`` names the server (default: root on 127.0.0.1:3306, database ``test``). Each test
session works in a database of its own (``mhealth_test_<random>``), dropped at the end, so concurrent runs
on one server never see each other's rows.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mhealth.domain.model import RiskAssessment

DEFAULT_TEST_MYSQL_URL = "mysql+pymysql://root@127.0.0.1:3306/test?charset=utf8mb4"


def mysql_test_url() -> str:
    return os.environ.get("MHEALTH_TEST_MYSQL_URL") or DEFAULT_TEST_MYSQL_URL


def must_have_mysql() -> bool:
    """In CI (``CI=true``) an unreachable server is a failure, not a skip."""
    return os.environ.get("CI", "").lower() == "true"


def mysql_unreachable_reason(url: str | None = None) -> str | None:
    """None when the server answers; otherwise why not (for a skip or failure message)."""
    from sqlalchemy import text

    from mhealth.adapters.sql.engine import create_engine_for, redacted

    url = url or mysql_test_url()
    try:
        engine = create_engine_for(url, pool_size=1, connect_args={"connect_timeout": 3})
    except Exception as exc:
        return f"MHEALTH_TEST_MYSQL_URL is not usable: {exc}"
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:
        return f"no MySQL/MariaDB server at {redacted(url)} ({type(exc).__name__}); set MHEALTH_TEST_MYSQL_URL"
    finally:
        engine.dispose()
    return None


@contextmanager
def scratch_mysql_database(url: str | None = None, *, prefix: str = "mhealth_test") -> Iterator[str]:
    """Create a fresh database on the server of ``url``, yield its URL, drop it afterwards."""
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from mhealth.adapters.sql.engine import create_engine_for, normalise_url

    base = normalise_url(url or mysql_test_url())
    name = f"{prefix}_{secrets.token_hex(6)}"
    admin = create_engine_for(base, pool_size=1)
    try:
        with admin.connect() as connection:
            connection.execute(text(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"))
        try:
            yield make_url(base).set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as connection:
                connection.execute(text(f"DROP DATABASE IF EXISTS `{name}`"))
    finally:
        admin.dispose()


DATA_TABLES = (
    "audit_log",
    "login_failures",
    "refresh_tokens",
    "access_links",
    "consent_records",
    "service_clients",
    "users",
    "analytics_events",
    "outbox",
    "alerts",
    "assessments",
    "transcripts",
    "recordings",
    "check_ins",
    "seniors",
)


def clear_tables(url: str) -> None:
    """Delete every row (children first); the schema stays."""
    from sqlalchemy import text

    from mhealth.adapters.sql.engine import create_engine_for

    engine = create_engine_for(url, pool_size=1)
    try:
        with engine.begin() as connection:
            for table in DATA_TABLES:
                connection.execute(text(f"DELETE FROM {table}"))  # noqa: S608 - fixed table names
    finally:
        engine.dispose()


# -- sample domain objects (Korean text, 4-byte emoji, every optional field filled) -----------------

KOREAN_TEXT = "요즘 밤에 잠이 안 와요… 아들이 전화를 안 해서 외로워요 😢🙏🏻 그래도 오늘은 산책했어요 🌸"


def sample_senior(senior_id: str | None = None, *, name: str = "김순자 할머니 🌷", created_at=None):  # type: ignore[no-untyped-def]
    from mhealth.domain.model import Senior, new_id, utcnow

    return Senior(
        id=senior_id or new_id(),
        display_name=name,
        created_at=created_at or utcnow(),
        timezone="Asia/Seoul",
        birth_year=1941,
        external_ref="ext-👵-001",
        consent_audio=True,
    )


def sample_assessment(
    *,
    assessment_id: str | None = None,
    timestamp: datetime | None = None,
    risk: str = "moderate",
    depression: float = 42.5,
) -> RiskAssessment:
    from datetime import timedelta, timezone

    from mhealth.domain.model import (
        Band,
        Concern,
        Dimension,
        Evidence,
        Labels,
        Provenance,
        RedactionReport,
        RiskAssessment,
        RiskLevel,
        SafetyFlags,
        new_id,
        utcnow,
    )

    kst = timezone(timedelta(hours=9))
    return RiskAssessment(
        id=assessment_id if assessment_id is not None else new_id(),
        depression_score=depression,
        anxiety_score=33.333333333333336,
        cognitive_score=87.1,
        emotional_state="외로움과 불면 😔",
        key_concerns=("수면 문제", "고립감 🏚️"),
        recommendations=("보호자 연락 권장 📞", "주간보호센터 안내"),
        confidence=0.8125,
        timestamp=timestamp or utcnow().astimezone(kst),
        labels=Labels(depression=2, anxiety=1, cognitive_concern=0, loneliness=2, suicidal_ideation=0),
        phq9=Band(score=11, band="moderate", items=(2, 1, 2, 1, 1, 1, 1, 2, 0)),
        gad7=Band(score=7, band="mild", items=(1, 1, 1, 1, 1, 1, 1)),
        risk_level=RiskLevel(risk),
        concerns=(
            Concern(
                code="loneliness",
                dimension=Dimension.LONELINESS,
                label_ko="외로움",
                label_en="Loneliness",
                evidence=(Evidence(quote="외로워요 😢", start=24, end=30),),
                item="UCLA-3",
            ),
        ),
        safety=SafetyFlags(passive_ideation=False, active_ideation=False, safeguarding=False),
        provenance=Provenance(
            analyzer="local",
            model="kiwi-rules-🧪",
            prompt_version="v3",
            degraded=False,
            safety_floor_version="2025.1",
            latency_ms=12.5,
            notes=("메모 ✍️",),
        ),
        redaction=RedactionReport(kinds=("phone",), count=1),
    )


def sample_check_in(  # type: ignore[no-untyped-def]
    senior_id: str,
    *,
    check_in_id: str | None = None,
    created_at=None,
    idempotency_key: str | None = None,
    audio: bool = True,
    sha256: str | None = None,
    text: str = KOREAN_TEXT,
    risk: str = "moderate",
):
    import hashlib

    from mhealth.domain.model import (
        AudioInfo,
        CheckIn,
        Recording,
        Segment,
        SpeechTiming,
        Transcript,
        new_id,
        utcnow,
    )

    created_at = created_at or utcnow()
    check_in_id = check_in_id or new_id()
    recording = None
    if audio:
        digest = sha256 or hashlib.sha256(check_in_id.encode()).hexdigest()
        recording = Recording(
            id=new_id(),
            senior_id=senior_id,
            recorded_at=created_at,
            received_at=created_at,
            original_filename="할머니_녹음 🎙️.m4a",
            audio=AudioInfo(
                container="mov,mp4,m4a,3gp,3g2,mj2",
                codec="aac",
                sample_rate=44100,
                channels=1,
                duration_s=12.345678,
                size_bytes=98765,
                sha256=digest,
            ),
            blob_key=f"audio/{digest[:2]}/{digest}",
        )
    transcript = Transcript(
        text=text,
        language="ko-KR",
        confidence=0.91,
        provider="memory",
        model="fake-stt-🎧",
        segments=(
            Segment(start_s=0.0, end_s=3.25, text="요즘 밤에 잠이 안 와요…", confidence=0.93),
            Segment(start_s=4.0, end_s=8.5, text="외로워요 😢🙏🏻"),
        ),
        duration_s=12.345678,
        timing=SpeechTiming(
            speaking_time_s=7.75,
            total_time_s=12.345678,
            pause_count=2,
            pause_ratio=0.372,
            mean_pause_s=1.1,
            longest_pause_s=2.3,
            speech_rate_sps=3.9,
        ),
        billed_audio_s=8.123456 if audio else None,  # what a trimmed recording sent to the speech service
    )
    return CheckIn(
        id=check_in_id,
        senior_id=senior_id,
        created_at=created_at,
        source="audio" if audio else "text",
        transcript=transcript,
        assessment=sample_assessment(timestamp=created_at, risk=risk),
        recording=recording,
        idempotency_key=idempotency_key,
    )


def sample_alert(check_in, *, alert_id: str | None = None, created_at=None):  # type: ignore[no-untyped-def]
    from mhealth.domain.model import Alert, Evidence, RiskLevel, new_id

    return Alert(
        id=alert_id or new_id(),
        senior_id=check_in.senior_id,
        check_in_id=check_in.id,
        assessment_id=check_in.assessment.id,
        level=RiskLevel.HIGH,
        reason_code="passive_death_wish",
        reason="Passive death wish expressed",
        reason_ko="소극적 죽음 소망 표현 ⚠️",
        evidence=(Evidence(quote="그냥 자다가 갔으면 좋겠어 😞", start=0, end=16),),
        recommended_action="Call the senior today",
        recommended_action_ko="오늘 중으로 어르신께 전화하세요 📞",
        created_at=created_at or check_in.created_at,
    )


def sample_delivery(ref_id: str, *, created_at=None, next_attempt_at=None, kind: str = "analytics"):  # type: ignore[no-untyped-def]
    from mhealth.domain.model import PendingDelivery, new_id, utcnow

    created_at = created_at or utcnow()
    return PendingDelivery(
        id=new_id(),
        kind=kind,
        ref_id=ref_id,
        payload='{"note":"한국어 😀"}'.encode() + bytes(range(256)),
        attempts=0,
        last_error="",
        created_at=created_at,
        next_attempt_at=next_attempt_at or created_at,
    )

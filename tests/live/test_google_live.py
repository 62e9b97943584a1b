"""Smoke tests against real Google Cloud. Skipped unless credentials and a project are configured.

Run: GOOGLE_APPLICATION_CREDENTIALS=key.json MHEALTH_GOOGLE_PROJECT=my-project \
     [MHEALTH_TEST_GCS_BUCKET=my-bucket] .venv/bin/pytest -m live tests/live
They cost a few cents (one short recognition, one Gemini call, one streamed row, one small object).
"""

from __future__ import annotations

import hashlib
import os
import uuid
from datetime import datetime, timezone

import pytest

pytestmark = [
    pytest.mark.live,
    pytest.mark.skipif(
        not (os.environ.get("GOOGLE_APPLICATION_CREDENTIALS") and os.environ.get("MHEALTH_GOOGLE_PROJECT")),
        reason="live Google tests need GOOGLE_APPLICATION_CREDENTIALS and MHEALTH_GOOGLE_PROJECT",
    ),
]

PROJECT = os.environ.get("MHEALTH_GOOGLE_PROJECT", "")


async def test_speech_recognises_or_reports_no_speech_for_a_tone():
    from tests.stubs.audio_fixtures import decoded

    from mhealth.adapters.google.speech import GoogleSpeechToText
    from mhealth.domain.errors import NoSpeech

    stt = GoogleSpeechToText(
        project=PROJECT,
        location=os.environ.get("MHEALTH_SPEECH_LOCATION", "global"),
        model=os.environ.get("MHEALTH_SPEECH_MODEL", "long"),
    )
    try:
        # A tone has no words: the real service must answer with no results, never an error.
        with pytest.raises(NoSpeech):
            await stt.transcribe(decoded(3.0))
    finally:
        await stt.aclose()


async def test_gemini_screens_a_passive_death_wish():
    from mhealth.adapters.google.gemini import GeminiAnalyzer
    from mhealth.domain.model import RiskLevel

    gemini = GeminiAnalyzer(
        project=PROJECT,
        location=os.environ.get("MHEALTH_GOOGLE_LOCATION", "asia-northeast3"),
        model=os.environ.get("MHEALTH_GEMINI_MODEL", "gemini-2.5-flash"),
    )
    text = "영감 가고 나서는 밥맛도 없고 잠도 못 자요. 나도 빨리 따라 가야지 싶어요"
    try:
        result = await gemini.analyze(text)
    finally:
        await gemini.aclose()
    assert not result.provenance.degraded
    assert result.labels.suicidal_ideation >= 1
    assert result.risk_level.rank >= RiskLevel.HIGH.rank
    assert all(e.quote in text for c in result.concerns for e in c.evidence)
    assert result.provenance.input_tokens and result.provenance.output_tokens


async def test_bigquery_takes_an_event():
    from mhealth.adapters.google.bigquery import BigQueryAnalytics
    from mhealth.domain.model import AnalyticsEvent

    analytics = BigQueryAnalytics(
        project=PROJECT, dataset=os.environ.get("MHEALTH_BIGQUERY_DATASET", "mhealth_live_test")
    )
    event = AnalyticsEvent(
        assessment_id=uuid.uuid4().hex, senior_pseudonym="live-test", occurred_at=datetime.now(timezone.utc),
        source="text", risk_level="low", depression_score=0.0, anxiety_score=0.0, cognitive_score=100.0, phq9=0,
        gad7=0, suicidal_ideation=0, loneliness=0, cognitive_concern=0, concern_codes=(), analyzer="live",
        degraded=False,
    )  # fmt: skip
    try:
        await analytics.record([event])
    finally:
        await analytics.aclose()


@pytest.mark.skipif(not os.environ.get("MHEALTH_TEST_GCS_BUCKET"), reason="MHEALTH_TEST_GCS_BUCKET is not set")
async def test_gcs_round_trip():
    from mhealth.adapters.google.gcs import GcsBlobStore

    store = GcsBlobStore(bucket=os.environ["MHEALTH_TEST_GCS_BUCKET"], prefix="mhealth-live-test", project=PROJECT)
    data = uuid.uuid4().bytes * 100
    sha = hashlib.sha256(data).hexdigest()
    try:
        key = await store.put_bytes(data, sha256=sha)
        assert await store.get(key) == data
        assert await store.retain_until(key) is not None
        await store.delete(key)
        assert not await store.exists(key)
    finally:
        await store.aclose()

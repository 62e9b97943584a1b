"""Stateless screening of text the analyzer cannot read: 422 ``unsupported_language`` that still says a person
must review it and gives the crisis lines — on the fast path and on the Litestar route alike. A check-in of such
text is stored for review instead, with an alert."""

from __future__ import annotations

import pytest

from tests.http.conftest import Running


@pytest.mark.settings(analyzer="local")
@pytest.mark.parametrize("text", ["I want to die", "死にたい"])
async def test_analyze_answers_422_with_review_and_hotlines_on_both_paths(running: Running, text: str) -> None:
    for client in (running.client, running.litestar):
        answer = await client.post("/analyze", json={"text": text, "user_id": "u1"}, headers=running.token())
        assert answer.status_code == 422
        body = answer.json()
        assert body["error"] == "unsupported_language"
        assert body["needs_review"] is True
        assert "109" in {hotline["number"] for hotline in body["crisis"]["hotlines"]}
        korean = await client.post(
            "/analyze", json={"text": text, "user_id": "u1"}, headers={**running.token(), "Accept-Language": "ko"}
        )
        assert "한국어" in korean.json()["detail"]


@pytest.mark.settings(analyzer="local")
async def test_korean_text_is_screened_as_usual(running: Running) -> None:
    answer = await running.client.post(
        "/analyze", json={"text": "오늘 기분이 좋아요", "user_id": "u1"}, headers=running.token()
    )
    assert answer.status_code == 200
    assert answer.json()["risk_level"] == "low"


@pytest.mark.settings(analyzer="local")
async def test_a_check_in_in_another_language_is_stored_for_review_with_an_alert(running: Running) -> None:
    senior = (await running.client.post("/v1/seniors", json={"display_name": "김순자"}, headers=running.token())).json()
    answer = await running.client.post(
        f"/v1/seniors/{senior['id']}/check-ins", json={"text": "I do not want to live anymore"}, headers=running.token()
    )
    assert answer.status_code == 201
    body = answer.json()
    assert body["alert_id"]
    assessment = body["assessment"]
    assert assessment["risk_level"] in ("high", "critical")
    assert assessment["needs_review"] is True
    assert assessment["provenance"]["degraded"] is True

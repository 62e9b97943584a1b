"""The Solapi notifier against a local stand-in that verifies its HMAC signature and message shape."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from mhealth.adapters.notify.sms import SolapiSmsNotifier, authorization, carrier_bytes, korean_number
from mhealth.domain.errors import DeliveryRejected, ProviderUnavailable
from mhealth.domain.model import AlertEvent, Channel, ChannelKind, Notification, RiskLevel
from tests.stubs.solapi_stub import SolapiStub

AT = datetime(2026, 12, 3, 4, 5, 6, tzinfo=UTC)
KEY, SECRET = "NCSTESTKEY000001", "TESTSECRET0123456789ABCDEFGHIJKL"


def note(to="01012345678", kind=ChannelKind.SMS, **kw) -> Notification:
    fields = dict(
        delivery_id="d-1",
        event=AlertEvent.CREATED,
        channel=Channel(kind=kind, address=to),
        senior_id="s-1",
        at=AT,
        alert_id="a-1",
        senior_name="김순자",
        level=RiskLevel.CRITICAL,
        reason_code="active_suicidal_ideation",
        reason="Signs of active suicidal thoughts",
        reason_ko="적극적인 자살 생각의 징후",
    )
    fields.update(kw)
    return Notification(**fields)


@pytest.fixture
def solapi():
    with SolapiStub(KEY, SECRET) as stub:
        yield stub


def make(solapi, **kw) -> SolapiSmsNotifier:
    options = dict(
        api_key=KEY,
        api_secret=SECRET,
        sender="02-930-2266",
        base_url=solapi.url,
        public_url="https://care.example.org",
        timeout_s=2,
    )
    options.update(kw)
    return SolapiSmsNotifier(**options)


async def test_a_long_korean_alert_goes_as_lms_signed_and_accepted(solapi):
    n = make(solapi)
    await n.send(note())
    (m,) = solapi.accepted
    assert m["type"] == "LMS" and m["to"] == "01012345678" and m["from"] == "029302266"
    assert "김순자" in m["text"] and "적극적인 자살 생각의 징후" in m["text"]
    assert "https://care.example.org/app/alerts/a-1" in m["text"]
    assert carrier_bytes(m["subject"]) <= 40
    assert m["customFields"] == {"delivery_id": "d-1"}
    await n.aclose()


async def test_a_short_message_goes_as_sms_and_an_e164_korean_number_is_accepted(solapi):
    n = make(solapi, public_url=None)
    await n.send(note(to="+821012345678", senior_name="김", reason_ko="", reason="", level=None))
    (m,) = solapi.accepted
    assert m["type"] == "SMS" and m["to"] == "01012345678" and carrier_bytes(m["text"]) <= 90
    await n.aclose()


async def test_kakao_goes_as_alimtalk_with_template_variables_and_sms_fallback(solapi):
    n = make(solapi, kakao_pfid="KA01PF", kakao_template_id="KA01TP")
    await n.send(note(kind=ChannelKind.KAKAO))
    (m,) = solapi.accepted
    assert m["type"] == "ATA"
    k = m["kakaoOptions"]
    assert k["disableSms"] is False
    assert k["variables"] == {
        "#{이름}": "김순자",
        "#{위험도}": "위기",
        "#{사유}": "적극적인 자살 생각의 징후",
        "#{링크}": "https://care.example.org/app/alerts/a-1",
    }
    await n.aclose()


async def test_kakao_without_a_template_falls_back_to_sms_or_is_refused(solapi):
    fallback = make(solapi)
    await fallback.send(note(kind=ChannelKind.KAKAO))
    assert solapi.accepted[0]["type"] in ("SMS", "LMS")
    strict = make(solapi, kakao_sms_fallback=False)
    with pytest.raises(DeliveryRejected, match="KakaoTalk is not configured"):
        await strict.send(note(kind=ChannelKind.KAKAO))
    await fallback.aclose()
    await strict.aclose()


async def test_every_request_has_a_fresh_signature_so_a_retry_is_accepted(solapi):
    n = make(solapi)
    await n.send(note())
    await n.send(note())  # the stub refuses a reused signature, as Solapi does
    assert len(solapi.accepted) == 2
    assert solapi.requests[0].headers["authorization"] != solapi.requests[1].headers["authorization"]
    await n.aclose()


async def test_a_wrong_secret_is_the_operators_problem_and_retried(solapi):
    n = make(solapi, api_secret="wrong")
    with pytest.raises(ProviderUnavailable, match="401 SignatureDoesNotMatch"):
        await n.send(note())
    assert solapi.accepted == []
    await n.aclose()


async def test_a_number_the_provider_refuses_is_rejected_for_good(solapi):
    n = make(solapi)
    with pytest.raises(DeliveryRejected, match="400 ValidationError"):
        await n.send(note(to="01001234567"))
    await n.aclose()


def test_foreign_numbers_are_rejected_before_sending():
    with pytest.raises(DeliveryRejected):
        korean_number("+15551234567")
    assert korean_number("010.1234.5678") == "01012345678"


@pytest.mark.parametrize("fault", ["500", "503", "429", "drop"])
async def test_transient_failures(solapi, fault):
    n = make(solapi)
    solapi.fail(fault)
    with pytest.raises(ProviderUnavailable):
        await n.send(note())
    await n.aclose()


async def test_a_provider_that_never_answers_is_unavailable_within_the_timeout(solapi):
    n = make(solapi, timeout_s=0.5)
    solapi.fail("hang")
    started = time.monotonic()
    with pytest.raises(ProviderUnavailable):
        await n.send(note())
    assert time.monotonic() - started < 5
    await n.aclose()


def test_the_signature_follows_the_documented_example_shape():
    header = authorization(KEY, SECRET, now=datetime(2019, 7, 1, 0, 41, 48, tzinfo=UTC), salt="jqsba2jxjnrjor")
    import hashlib
    import hmac

    sig = hmac.new(SECRET.encode(), b"2019-07-01T00:41:48Zjqsba2jxjnrjor", hashlib.sha256).hexdigest()
    assert header == f"HMAC-SHA256 apiKey={KEY}, date=2019-07-01T00:41:48Z, salt=jqsba2jxjnrjor, signature={sig}"

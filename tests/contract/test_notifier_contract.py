"""The Notifier contract, run against the fake and every real adapter (each against its local stand-in).

Every notifier: delivers; tolerates the same delivery twice; a transient failure raises ProviderUnavailable
and a permanent one DeliveryRejected; a provider that never answers costs at most the configured timeout; no
transcript or evidence quote appears in anything it sends or logs. The log notifier cannot fail (it writes
the service log), so it runs only the cases that apply to it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mhealth.domain.errors import DeliveryRejected, ProviderUnavailable
from mhealth.domain.model import AlertEvent, Channel, ChannelKind, Notification, RiskLevel, new_id
from mhealth.ports.notifier import Notifier

AT = datetime(2026, 12, 3, 4, 5, 6, tzinfo=UTC)
QUOTE = "약을 모아 뒀어요"  # evidence of the alert: must never travel
TRANSCRIPT = "요즘 잠을 못 자고 약을 모아 뒀어요 다 끝내고 싶어요"
SECRET = "contract-webhook-secret-0123456789"
TIMEOUT_S = 2.0  # generous: the suite shares two cores with other work


@dataclass
class Harness:
    notifier: Notifier
    good: Channel
    delivered: Callable[[], int]  # deliveries the receiver saw
    wire: Callable[[], list[str]]  # everything sent, as text (bodies, subjects, headers)
    fail_next: Callable[[], None] | None = None  # the next send meets a transient failure
    bad: Channel | None = None  # an address the provider refuses for good
    hang_next: Callable[[], None] | None = None  # the next send meets a provider that never answers
    extra: dict = field(default_factory=dict)


def _notification(channel: Channel, delivery_id: str | None = None) -> Notification:
    return Notification(
        delivery_id=delivery_id or new_id(),
        event=AlertEvent.CREATED,
        channel=channel,
        senior_id="s-1",
        at=AT,
        alert_id="a-1",
        senior_name="김순자",
        level=RiskLevel.CRITICAL,
        reason_code="active_suicidal_ideation",
        reason="Signs of active suicidal thoughts",
        reason_ko="적극적인 자살 생각의 징후",
        link="https://care.example.org/app/alerts/a-1",
    )


async def _log(stack: AsyncExitStack, tmp: Path, caplog) -> Harness:
    from mhealth.adapters.system.notifier import LogNotifier

    caplog.set_level(logging.INFO)
    return Harness(
        notifier=LogNotifier(),
        good=Channel(kind=ChannelKind.LOG, address=""),
        delivered=lambda: sum("alert.created" in r.getMessage() for r in caplog.records),
        wire=lambda: [r.getMessage() for r in caplog.records],
    )


async def _memory(stack: AsyncExitStack, tmp: Path, caplog) -> Harness:
    from mhealth.adapters.memory import InMemoryNotifier

    fake = InMemoryNotifier()

    def fail_next() -> None:
        fake.failing = True

    fake.rejecting.add("refused@example.org")
    return Harness(
        notifier=fake,
        good=Channel(kind=ChannelKind.EMAIL, address="guardian@example.org"),
        delivered=lambda: len(fake.sent),
        wire=lambda: [repr(n) for n in fake.sent.values()],
        fail_next=fail_next,
        bad=Channel(kind=ChannelKind.EMAIL, address="refused@example.org"),
    )


async def _webhook(stack: AsyncExitStack, tmp: Path, caplog) -> Harness:
    from mhealth.adapters.notify.webhook import HttpxWebhookNotifier
    from tests.stubs.webhook_receiver import WebhookReceiver

    receiver = stack.enter_context(WebhookReceiver(SECRET))
    notifier = HttpxWebhookNotifier(
        secret=SECRET, org_url=receiver.url + "/org", allow_private=True, timeout_s=TIMEOUT_S
    )
    stack.push_async_callback(notifier.aclose)
    return Harness(
        notifier=notifier,
        good=Channel(kind=ChannelKind.WEBHOOK, address=receiver.url + "/org"),
        delivered=lambda: len(receiver.accepted),
        wire=lambda: [r.body.decode() + repr(r.headers) for r in receiver.requests],
        fail_next=lambda: receiver.fail("503"),
        bad=Channel(kind=ChannelKind.WEBHOOK, address=receiver.url.replace("127.0.0.1", "localhost") + "/gone"),
        hang_next=lambda: receiver.fail("hang"),
        extra={"before_bad": lambda: receiver.fail("410")},
    )


async def _email(stack: AsyncExitStack, tmp: Path, caplog) -> Harness:
    from mhealth.adapters.notify.email import SmtpEmailNotifier
    from tests.stubs.smtp_sink import SilentSmtp, SmtpSink

    sink = stack.enter_context(SmtpSink(tls_dir=tmp))
    silent = stack.enter_context(SilentSmtp())
    notifier = SmtpEmailNotifier(
        url=sink.url(), sender="alerts@mhealth.example", timeout_s=TIMEOUT_S * 4, ssl_context=sink.client_context()
    )
    stack.push_async_callback(notifier.aclose)
    state = {"notifier": notifier}

    def hang_next() -> None:
        # point a notifier of the same configuration at a server that accepts and never greets
        hung = SmtpEmailNotifier(url=f"smtp://127.0.0.1:{silent.port}", sender="a@b.example", timeout_s=TIMEOUT_S)
        stack.push_async_callback(hung.aclose)
        state["notifier"] = hung

    return Harness(
        notifier=notifier,
        good=Channel(kind=ChannelKind.EMAIL, address="guardian@example.org"),
        delivered=lambda: len({m[2]["Message-ID"] for m in sink.messages}),
        wire=lambda: [m[2].as_string() + m[2].get_content() for m in sink.messages],
        fail_next=None,  # set below: a deferring recipient is the SMTP transient failure
        bad=Channel(kind=ChannelKind.EMAIL, address="reject@example.org"),
        hang_next=hang_next,
        extra={"state": state, "transient": Channel(kind=ChannelKind.EMAIL, address="defer@example.org")},
    )


async def _sms(stack: AsyncExitStack, tmp: Path, caplog) -> Harness:
    from mhealth.adapters.notify.sms import SolapiSmsNotifier
    from tests.stubs.solapi_stub import SolapiStub

    solapi = stack.enter_context(SolapiStub("NCSKEY0000000001", "SOLAPISECRET0123456789"))
    notifier = SolapiSmsNotifier(
        api_key="NCSKEY0000000001",
        api_secret="SOLAPISECRET0123456789",
        sender="029302266",
        base_url=solapi.url,
        timeout_s=TIMEOUT_S,
    )
    stack.push_async_callback(notifier.aclose)
    return Harness(
        notifier=notifier,
        good=Channel(kind=ChannelKind.SMS, address="01012345678"),
        delivered=lambda: len(solapi.accepted),
        wire=lambda: [r.body.decode() for r in solapi.requests],
        fail_next=lambda: solapi.fail("503"),
        bad=Channel(kind=ChannelKind.SMS, address="01001234567"),
        hang_next=lambda: solapi.fail("hang"),
    )


async def _push(stack: AsyncExitStack, tmp: Path, caplog) -> Harness:
    from google.oauth2.credentials import Credentials

    from mhealth.adapters.notify.push import FcmPushNotifier
    from tests.stubs.fcm_stub import FcmStub

    fcm = stack.enter_context(FcmStub("demo-project", "token-1"))
    notifier = FcmPushNotifier(
        project="demo-project", credentials=Credentials(token="token-1"), base_url=fcm.url, timeout_s=TIMEOUT_S
    )
    stack.push_async_callback(notifier.aclose)
    return Harness(
        notifier=notifier,
        good=Channel(kind=ChannelKind.PUSH, address="device-token-1"),
        delivered=lambda: len(fcm.delivered),
        wire=lambda: [r.body.decode() for r in fcm.requests],
        fail_next=lambda: fcm.fail("503"),
        bad=Channel(kind=ChannelKind.PUSH, address="unregistered-device"),
        hang_next=lambda: fcm.fail("hang"),
    )


BUILDERS = {"log": _log, "memory": _memory, "webhook": _webhook, "email": _email, "sms": _sms, "push": _push}
CAN_FAIL = ["memory", "webhook", "email", "sms", "push"]
CAN_HANG = ["webhook", "email", "sms", "push"]


@pytest.fixture
async def harness(request, tmp_path, caplog) -> AsyncIterator[Harness]:
    async with AsyncExitStack() as stack:
        yield await BUILDERS[request.param](stack, tmp_path, caplog)


def _current(h: Harness) -> Notifier:
    state = h.extra.get("state")
    return state["notifier"] if state else h.notifier


@pytest.mark.parametrize("harness", list(BUILDERS), indirect=True)
async def test_delivers_and_tolerates_the_same_delivery_twice(harness: Harness):
    assert isinstance(harness.notifier, Notifier)
    assert harness.good.kind in type(harness.notifier).kinds
    n = _notification(harness.good)
    await harness.notifier.send(n)
    assert harness.delivered() == 1
    await harness.notifier.send(n)  # the outbox may resend after a lost answer
    assert harness.delivered() in (1, 2)  # receivers deduplicate by delivery id where the channel allows it
    other = _notification(harness.good)
    await harness.notifier.send(other)
    assert harness.delivered() >= 2


@pytest.mark.parametrize("harness", list(BUILDERS), indirect=True)
async def test_no_transcript_or_evidence_in_anything_sent(harness: Harness):
    await harness.notifier.send(_notification(harness.good))
    sent = "\n".join(harness.wire())
    assert sent, "the harness saw nothing sent"
    assert QUOTE not in sent and TRANSCRIPT not in sent


@pytest.mark.parametrize("harness", CAN_FAIL, indirect=True)
async def test_a_transient_failure_is_provider_unavailable_and_the_retry_goes_through(harness: Harness):
    if harness.fail_next is not None:
        harness.fail_next()
        failing = harness.good
    else:
        failing = harness.extra["transient"]
    with pytest.raises(ProviderUnavailable):
        await harness.notifier.send(_notification(failing, "d-retry"))
    if hasattr(harness.notifier, "failing"):
        harness.notifier.failing = False
    await harness.notifier.send(_notification(harness.good, "d-retry"))
    assert harness.delivered() == 1


@pytest.mark.parametrize("harness", CAN_FAIL, indirect=True)
async def test_a_permanent_failure_is_delivery_rejected(harness: Harness):
    assert harness.bad is not None
    if "before_bad" in harness.extra:
        harness.extra["before_bad"]()
    with pytest.raises(DeliveryRejected):
        await harness.notifier.send(_notification(harness.bad))
    assert harness.delivered() == 0


@pytest.mark.parametrize("harness", CAN_HANG, indirect=True)
async def test_a_provider_that_never_answers_costs_at_most_the_timeout(harness: Harness):
    assert harness.hang_next is not None
    harness.hang_next()
    started = time.monotonic()
    with pytest.raises(ProviderUnavailable):
        await _current(harness).send(_notification(harness.good))
    # the bound leaves room for a loaded 2-core machine; without a timeout the stand-in would hold it for 60 s
    assert time.monotonic() - started < TIMEOUT_S + 4

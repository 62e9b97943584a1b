"""The e-mail notifier against a local SMTP sink: STARTTLS required, Korean/English words, no transcript."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from mhealth.adapters.notify.email import SmtpEmailNotifier, SmtpTarget
from mhealth.domain.errors import ConfigurationError, DeliveryRejected, ProviderUnavailable
from mhealth.domain.model import AlertEvent, Channel, ChannelKind, Notification, RiskLevel
from tests.stubs.smtp_sink import SilentSmtp, SmtpSink

AT = datetime(2026, 12, 3, 4, 5, 6, tzinfo=UTC)
QUOTE = "약을 모아 뒀어요"


def note(to: str = "guardian@example.org", *, language="ko", delivery_id="d-1") -> Notification:
    return Notification(
        delivery_id=delivery_id,
        event=AlertEvent.CREATED,
        channel=Channel(kind=ChannelKind.EMAIL, address=to),
        senior_id="s-1",
        at=AT,
        alert_id="a-1",
        senior_name="김순자",
        level=RiskLevel.CRITICAL,
        reason_code="active_suicidal_ideation",
        reason="Signs of active suicidal thoughts",
        reason_ko="적극적인 자살 생각의 징후",
        language=language,
    )


@pytest.fixture
def sink(tmp_path):
    with SmtpSink(tls_dir=tmp_path, login=("mailer", "p@ss word")) as s:
        yield s


@pytest.fixture
async def mailer(sink):
    n = SmtpEmailNotifier(
        url=sink.url(user="mailer", password="p%40ss%20word"),
        sender="alerts@mhealth.example",
        public_url="https://care.example.org/",
        timeout_s=5,
        ssl_context=sink.client_context(),
    )
    yield n
    await n.aclose()


async def test_a_korean_message_over_starttls_with_login(mailer, sink):
    await mailer.send(note())
    ((mail_from, rcpts, msg, over_tls),) = sink.messages
    assert over_tls, "the message must travel after STARTTLS"
    assert mail_from == "alerts@mhealth.example" and rcpts == ["guardian@example.org"]
    assert "김순자" in msg["Subject"] and "위기" in msg["Subject"]
    body = msg.get_content()
    assert "적극적인 자살 생각의 징후" in body and "위험도: 위기" in body
    assert "https://care.example.org/app/alerts/a-1" in body
    assert msg["Message-ID"] == "<d-1@mhealth.example>" and msg["X-MHealth-Delivery-Id"] == "d-1"
    assert QUOTE not in body and "active_suicidal_ideation" not in body
    assert sink.helo_names == ["mhealth.example"]  # no reverse DNS lookup of our own name


async def test_english_when_the_member_reads_english(mailer, sink):
    await mailer.send(note(language="en"))
    msg = sink.messages[0][2]
    assert "New alert" in msg["Subject"] and "critical" in msg["Subject"]
    assert "Signs of active suicidal thoughts" in msg.get_content()
    assert "위험도" not in msg.get_content()


async def test_a_retry_of_the_same_delivery_is_the_same_message(mailer, sink):
    await mailer.send(note())
    await mailer.send(note())
    ids = {m[2]["Message-ID"] for m in sink.messages}
    assert ids == {"<d-1@mhealth.example>"}  # a receiving system deduplicates by Message-ID


async def test_a_permanent_refusal_is_rejected_and_a_deferral_is_transient(mailer):
    with pytest.raises(DeliveryRejected, match="550"):
        await mailer.send(note("reject-me@example.org"))
    with pytest.raises(ProviderUnavailable):
        await mailer.send(note("defer-me@example.org"))


async def test_a_wrong_login_is_transient_configuration_trouble(sink):
    n = SmtpEmailNotifier(
        url=sink.url(user="mailer", password="wrong"), sender="a@b.example", ssl_context=sink.client_context()
    )
    with pytest.raises(ProviderUnavailable, match="login"):
        await n.send(note())
    assert sink.messages == []
    await n.aclose()


async def test_a_server_without_starttls_is_refused_not_spoken_to_in_plain_text():
    with SmtpSink() as plain:
        n = SmtpEmailNotifier(url=plain.url(), sender="a@b.example", timeout_s=5)
        with pytest.raises(ProviderUnavailable, match="STARTTLS"):
            await n.send(note())
        assert plain.messages == []
        # with ?starttls=off (a local test relay) the same server takes it
        off = SmtpEmailNotifier(url=plain.url(starttls=False), sender="a@b.example", timeout_s=5)
        await off.send(note())
        assert len(plain.messages) == 1 and plain.messages[0][3] is False
        await n.aclose()
        await off.aclose()


async def test_an_untrusted_certificate_is_refused(sink):
    n = SmtpEmailNotifier(url=sink.url(user="mailer", password="p%40ss%20word"), sender="a@b.example", timeout_s=5)
    with pytest.raises(ProviderUnavailable):  # the default context does not trust the self-signed sink
        await n.send(note())
    assert sink.messages == []
    await n.aclose()


async def test_a_server_that_never_answers_is_unavailable_within_the_timeout():
    with SilentSmtp() as silent:
        n = SmtpEmailNotifier(url=f"smtp://127.0.0.1:{silent.port}", sender="a@b.example", timeout_s=0.5)
        started = time.monotonic()
        with pytest.raises(ProviderUnavailable):
            await n.send(note())
        assert time.monotonic() - started < 5
        await n.aclose()


async def test_a_refused_connection_is_transient():
    n = SmtpEmailNotifier(url="smtp://127.0.0.1:9", sender="a@b.example", timeout_s=2)
    with pytest.raises(ProviderUnavailable):
        await n.send(note())
    await n.aclose()


@pytest.mark.parametrize(
    ("url", "host", "port", "starttls", "implicit"),
    [
        ("smtp://u:p@mail.example:2525", "mail.example", 2525, True, False),
        ("smtp://mail.example", "mail.example", 587, True, False),
        ("smtp://mail.example:25?starttls=off", "mail.example", 25, False, False),
        ("smtps://u:p@mail.example", "mail.example", 465, False, True),
    ],
)
def test_smtp_url_forms(url, host, port, starttls, implicit):
    t = SmtpTarget(url)
    assert (t.host, t.port, t.starttls, t.implicit_tls) == (host, port, starttls, implicit)


@pytest.mark.parametrize("url", ["http://mail.example", "smtp://", "smtp://h?starttls=maybe", "smtp://h?tls=1"])
def test_bad_smtp_urls_are_configuration_errors(url):
    with pytest.raises(ConfigurationError):
        SmtpTarget(url)

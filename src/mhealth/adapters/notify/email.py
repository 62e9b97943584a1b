"""E-mail notifier: SMTP with STARTTLS required (the standard library's smtplib, in a thread, bounded).

``MHEALTH_SMTP_URL`` is ``smtp://user:pass@host:port`` (STARTTLS required: a server that does not offer it is
refused, never spoken to in plain text), ``smtp://host:port?starttls=off`` (plain text: tests and a relay on
the same host only) or ``smtps://user:pass@host:465`` (TLS from the first byte). User and password are
percent-decoded. The message is Korean (English when the member's language is ``en``) and carries only the
senior's display name, the level, the reason sentence and a link (docs/alerts.md).

Answers: a 5xx refusal of the recipient, the sender or the message raises DeliveryRejected; 4xx answers,
connection and TLS errors, timeouts and a server without STARTTLS raise ProviderUnavailable. The login is the
operator's configuration, not the message's fault: a refused login is ProviderUnavailable too, so alerts wait
(and the outbox retries) while someone fixes it.
"""

from __future__ import annotations

import asyncio
import smtplib
import ssl
from concurrent.futures import ThreadPoolExecutor
from email.message import EmailMessage
from email.utils import formatdate
from urllib.parse import parse_qs, unquote, urlsplit

from mhealth.adapters.notify.message import render
from mhealth.domain.errors import ConfigurationError, DeliveryRejected, ProviderUnavailable
from mhealth.domain.model import ChannelKind, Notification
from mhealth.ports.notifier import Notifier


class SmtpTarget:
    """``MHEALTH_SMTP_URL`` parsed: where and how to connect."""

    def __init__(self, url: str) -> None:
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError:
            raise ConfigurationError("MHEALTH_SMTP_URL is not a valid URL", field="MHEALTH_SMTP_URL") from None
        if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
            raise ConfigurationError(
                "MHEALTH_SMTP_URL must look like smtp://user:pass@host:587 (or smtps://...:465)",
                field="MHEALTH_SMTP_URL",
            )
        query = parse_qs(parts.query)
        unknown = sorted(set(query) - {"starttls"})
        starttls = query.get("starttls", ["on"])[-1].lower()
        if unknown or starttls not in ("on", "off"):
            raise ConfigurationError(
                "MHEALTH_SMTP_URL accepts only ?starttls=off (plain text, for tests); "
                f"got {', '.join(unknown) or 'starttls=' + starttls}",
                field="MHEALTH_SMTP_URL",
            )
        self.host = parts.hostname
        self.implicit_tls = parts.scheme == "smtps"
        self.port = port or (465 if self.implicit_tls else 587)
        self.starttls = not self.implicit_tls and starttls == "on"
        self.user = unquote(parts.username) if parts.username else None
        self.password = unquote(parts.password) if parts.password else None


class _NoStartTls(Exception):
    pass


def _permanent(code: int) -> bool:
    return 500 <= code < 600


class SmtpEmailNotifier(Notifier):
    """Sends each notification as a plain-text e-mail to ``notification.channel.address``.

    Args:
        url: ``MHEALTH_SMTP_URL``.
        sender: the From address (``MHEALTH_SMTP_FROM``).
        public_url: base of the link to the alert (``MHEALTH_PUBLIC_URL``); without it the message has no link.
        timeout_s: the longest one send may take (connect, TLS, login, transfer).
        ssl_context: for STARTTLS / implicit TLS; default: the system's trusted CAs with host-name checks.
    """

    name = "email"
    kinds = frozenset({ChannelKind.EMAIL})

    def __init__(
        self,
        *,
        url: str,
        sender: str,
        public_url: str | None = None,
        timeout_s: float = 10.0,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self._target = SmtpTarget(url)
        self._sender = sender
        self._public_url = public_url
        self._timeout_s = timeout_s
        self._ssl = ssl_context or ssl.create_default_context()
        # Its own few threads: a slow mail server must not take the threads the database's work runs on.
        self._pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="mhealth-smtp")

    def message(self, notification: Notification) -> EmailMessage:
        """The e-mail for ``notification`` (without sending it)."""
        words = render(notification, self._public_url)
        msg = EmailMessage()
        msg["Subject"] = words.title
        msg["From"] = self._sender
        msg["To"] = notification.channel.address
        msg["Date"] = formatdate(localtime=False)
        # One Message-ID per delivery: a retry of the same delivery is the same message to a receiving system.
        domain = self._sender.rsplit("@", 1)[-1] if "@" in self._sender else "mhealth.invalid"
        msg["Message-ID"] = f"<{notification.delivery_id}@{domain}>"
        msg["X-MHealth-Delivery-Id"] = notification.delivery_id
        msg["Auto-Submitted"] = "auto-generated"
        msg.set_content(words.body + "\n\n-- \nmhealth\n", charset="utf-8")
        return msg

    async def send(self, notification: Notification) -> None:
        if notification.channel.kind is not ChannelKind.EMAIL:
            raise DeliveryRejected("the e-mail notifier was given a channel that is not an e-mail address")
        msg = self.message(notification)
        loop = asyncio.get_running_loop()
        host = self._target.host
        try:
            async with asyncio.timeout(self._timeout_s):
                await loop.run_in_executor(self._pool, self._send_sync, msg, notification.channel.address)
        except TimeoutError:
            raise ProviderUnavailable(f"mail server {host} did not finish within {self._timeout_s:g} s") from None
        except _NoStartTls:
            raise ProviderUnavailable(
                f"mail server {host} does not offer STARTTLS; refusing to send in plain text "
                "(add ?starttls=off to MHEALTH_SMTP_URL only for a local test server)"
            ) from None
        except smtplib.SMTPNotSupportedError:
            raise DeliveryRejected(
                f"mail server {host} cannot take this address (an international address needs SMTPUTF8)"
            ) from None
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            if codes and all(_permanent(c) for c in codes):
                raise DeliveryRejected(f"mail server {host} refused the recipient ({codes[0]})") from None
            raise ProviderUnavailable(f"mail server {host} deferred the recipient ({codes[:1]})") from None
        except smtplib.SMTPAuthenticationError as exc:
            raise ProviderUnavailable(
                f"mail server {host} refused the login ({exc.smtp_code}); check MHEALTH_SMTP_URL", retry_after=300
            ) from None
        except smtplib.SMTPResponseException as exc:
            if _permanent(exc.smtp_code):
                raise DeliveryRejected(f"mail server {host} refused the message ({exc.smtp_code})") from None
            raise ProviderUnavailable(f"mail server {host} answered {exc.smtp_code}") from None
        except (smtplib.SMTPException, OSError) as exc:  # disconnects, refused connections, TLS errors
            raise ProviderUnavailable(f"mail server {host} unreachable ({type(exc).__name__})") from None

    def _send_sync(self, msg: EmailMessage, to: str) -> None:
        t = self._target
        # The EHLO name: the sender's domain. Without one smtplib asks socket.getfqdn(), a reverse DNS lookup
        # that can take seconds in a container.
        domain = self._sender.rsplit("@", 1)[-1] if "@" in self._sender else ""
        helo = domain if "." in domain and domain.isascii() else "localhost"
        smtp: smtplib.SMTP
        if t.implicit_tls:
            smtp = smtplib.SMTP_SSL(t.host, t.port, local_hostname=helo, timeout=self._timeout_s, context=self._ssl)
        else:
            smtp = smtplib.SMTP(t.host, t.port, local_hostname=helo, timeout=self._timeout_s)
        with smtp:
            smtp.ehlo()
            if t.starttls:
                if not smtp.has_extn("starttls"):
                    raise _NoStartTls
                smtp.starttls(context=self._ssl)
                smtp.ehlo()
            if t.user is not None:
                smtp.login(t.user, t.password or "")
            smtp.send_message(msg, from_addr=self._sender, to_addrs=[to])

    async def aclose(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

"""Which notifier serves which channel kind, from ``MHEALTH_NOTIFIERS`` (docs/alerts.md).

``build_notifiers(settings)`` answers ``{ChannelKind: Notifier}``; one adapter may serve several kinds (the
Solapi adapter sends ``sms`` and ``kakao``). A kind with no entry has no active notifier: the delivery use case
records such a destination as a failed attempt (``channel_not_configured``), never drops it. Adapters are built
here, lazily importing their SDKs; nothing connects until the first send.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Awaitable, Callable, Mapping
from urllib.parse import unquote, urlsplit

from mhealth.domain.errors import ConfigurationError
from mhealth.domain.model import Channel, ChannelKind
from mhealth.entrypoints.secrets import read_secret
from mhealth.entrypoints.settings import Settings, validate_notifiers
from mhealth.ports.notifier import Notifier

_EXTRAS = {"webhook": ("httpx",), "sms": ("httpx",), "push": ("httpx", "google.auth")}


def _require(name: str) -> None:
    for module in _EXTRAS.get(name, ()):
        if importlib.util.find_spec(module.split(".")[0]) is None or importlib.util.find_spec(module) is None:
            raise ConfigurationError(
                f"MHEALTH_NOTIFIERS includes {name}, which needs the Python package {module!r}; "
                "install mhealth[notify]",
                field="MHEALTH_NOTIFIERS",
            )


def build_notifiers(settings: Settings) -> dict[ChannelKind, Notifier]:
    """The active notifiers by the channel kind each serves.

    Raises:
        ConfigurationError: an unknown name in MHEALTH_NOTIFIERS, a missing setting a selected notifier needs,
            or a missing extra (mhealth[notify]).
    """
    validate_notifiers(settings)
    out: dict[ChannelKind, Notifier] = {}
    timeout = settings.notify_timeout_s
    for name in dict.fromkeys(settings.notifiers):
        _require(name)
        notifier: Notifier
        if name == "log":
            from mhealth.adapters.system.notifier import LogNotifier

            notifier = LogNotifier()
        elif name == "memory":  # an in-process fake that keeps what it was sent (tests, demos)
            from mhealth.adapters.memory.sinks import InMemoryNotifier

            notifier = InMemoryNotifier()
        elif name == "webhook":
            from mhealth.adapters.notify.webhook import HttpxWebhookNotifier

            notifier = HttpxWebhookNotifier(
                secret=read_secret(settings.webhook_secret or ""),
                org_url=settings.webhook_url,
                allow_private=settings.webhook_allow_private,
                timeout_s=timeout,
            )
        elif name == "email":
            from mhealth.adapters.notify.email import SmtpEmailNotifier

            notifier = SmtpEmailNotifier(
                url=read_secret(settings.smtp_url or ""),
                sender=smtp_sender(settings),
                public_url=settings.public_url,
                timeout_s=timeout,
            )
        elif name == "sms":
            from mhealth.adapters.notify.sms import SolapiSmsNotifier

            notifier = SolapiSmsNotifier(
                api_key=settings.sms_api_key or "",
                api_secret=read_secret(settings.sms_api_secret or ""),
                sender=settings.sms_sender or "",
                base_url=settings.sms_base_url,
                kakao_pfid=settings.kakao_pfid,
                kakao_template_id=settings.kakao_template_id,
                kakao_sms_fallback=settings.kakao_sms_fallback,
                public_url=settings.public_url,
                timeout_s=timeout,
            )
        else:  # push (validate_notifiers refused every other name)
            from mhealth.adapters.notify.push import FcmPushNotifier

            notifier = FcmPushNotifier(
                project=settings.fcm_project or "",
                credentials_file=settings.fcm_credentials,
                base_url=settings.fcm_base_url,
                public_url=settings.public_url,
                timeout_s=timeout,
            )
        for kind in notifier.kinds:
            out.setdefault(kind, notifier)
    return out


def smtp_sender(settings: Settings) -> str:
    """``MHEALTH_SMTP_FROM``, else the SMTP user when it is an address, else ``mhealth@<public or SMTP host>``."""
    if settings.smtp_from:
        return settings.smtp_from
    parts = urlsplit(read_secret(settings.smtp_url or ""))
    user = unquote(parts.username or "")
    if "@" in user:
        return user
    host = urlsplit(settings.public_url).hostname if settings.public_url else None
    return f"mhealth@{host or parts.hostname or 'localhost'}"


async def close_notifiers(notifiers: Mapping[ChannelKind, Notifier]) -> None:
    """Close each distinct notifier once (one adapter may serve several kinds)."""
    seen: dict[int, Notifier] = {id(n): n for n in notifiers.values()}
    for notifier in seen.values():
        await notifier.aclose()


def webhook_url_check(settings: Settings) -> Callable[[str], Awaitable[None]]:
    """The check a care team's webhook URL passes on entry (request forgery; ``MHEALTH_WEBHOOK_ALLOW_PRIVATE``)."""
    allow_private = settings.webhook_allow_private

    async def check(url: str) -> None:
        from mhealth.adapters.notify.urlguard import check_webhook_url

        await check_webhook_url(url, allow_private=allow_private)

    return check


def org_channels(settings: Settings) -> tuple[Channel, ...]:
    """The organisation-wide destinations of every alert event: the log (when "log" is active) and the
    organisation webhook (when MHEALTH_WEBHOOK_URL is set and "webhook" is active)."""
    channels = []
    if "log" in settings.notifiers:
        channels.append(Channel(kind=ChannelKind.LOG, address=""))
    if settings.webhook_url and "webhook" in settings.notifiers:
        channels.append(Channel(kind=ChannelKind.WEBHOOK, address=settings.webhook_url))
    return tuple(channels)

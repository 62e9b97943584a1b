"""``build_notifiers(settings)``: the active notifier of each channel kind, from ``MHEALTH_NOTIFIERS``.

A minimal version (the log notifier, and the in-memory one for tests); the full one (webhook, e-mail, SMS,
push) comes with the notifier adapters (docs/alerts-delivery.md).
"""

from __future__ import annotations

from mhealth.domain.errors import ConfigurationError
from mhealth.domain.model import Channel, ChannelKind
from mhealth.entrypoints.settings import Settings
from mhealth.ports.notifier import Notifier

AVAILABLE = ("log", "memory")


def build_notifiers(settings: Settings) -> dict[ChannelKind, Notifier]:
    """One notifier per channel kind it serves; a name this build cannot serve is a ConfigurationError."""
    out: dict[ChannelKind, Notifier] = {}
    for name in settings.notifiers:
        if name == "log":
            from mhealth.adapters.system.notifier import LogNotifier

            notifier: Notifier = LogNotifier()
        elif name == "memory":
            from mhealth.adapters.memory.sinks import InMemoryNotifier

            notifier = InMemoryNotifier()
        else:
            raise ConfigurationError(
                f"MHEALTH_NOTIFIERS: {name!r} is not available in this build; use one of: {', '.join(AVAILABLE)}",
                field="MHEALTH_NOTIFIERS",
            )
        for kind in notifier.kinds:
            out.setdefault(kind, notifier)
    return out


def org_channels(settings: Settings) -> tuple[Channel, ...]:
    """The organisation-wide destinations of every alert event: the log (when "log" is active) and the
    organisation webhook (when MHEALTH_WEBHOOK_URL is set and "webhook" is active)."""
    channels = []
    if "log" in settings.notifiers:
        channels.append(Channel(kind=ChannelKind.LOG, address=""))
    if settings.webhook_url and "webhook" in settings.notifiers:
        channels.append(Channel(kind=ChannelKind.WEBHOOK, address=settings.webhook_url))
    return tuple(channels)

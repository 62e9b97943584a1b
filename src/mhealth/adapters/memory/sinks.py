"""In-memory analytics sink and notifier that record state, with a switch to make them fail."""

from __future__ import annotations

from collections.abc import Sequence

from mhealth.domain.errors import DeliveryRejected, ProviderUnavailable
from mhealth.domain.model import AnalyticsEvent, ChannelKind, Notification
from mhealth.ports.analytics import Analytics
from mhealth.ports.notifier import Notifier


class InMemoryAnalytics(Analytics):
    """Stores events by assessment id (idempotent). Set ``failing = True`` to simulate an outage."""

    name = "memory"

    def __init__(self) -> None:
        self.events: dict[str, AnalyticsEvent] = {}
        self.failing = False

    async def record(self, events: Sequence[AnalyticsEvent]) -> None:
        if self.failing:
            raise ProviderUnavailable("analytics sink is unavailable (simulated)")
        for event in events:
            self.events.setdefault(event.assessment_id, event)


class InMemoryNotifier(Notifier):
    """Records delivered notifications by delivery id (idempotent), for every channel kind.

    Set ``failing = True`` to simulate an outage (transient), or put an address in ``rejecting`` to have
    deliveries to it refused for good.
    """

    name = "memory"
    kinds = frozenset(ChannelKind)

    def __init__(self) -> None:
        self.sent: dict[str, Notification] = {}
        self.failing = False
        self.rejecting: set[str] = set()
        self.calls = 0

    async def send(self, notification: Notification) -> None:
        self.calls += 1
        if self.failing:
            raise ProviderUnavailable("notifier is unavailable (simulated)")
        if notification.channel.address in self.rejecting:
            raise DeliveryRejected("the address was refused (simulated)")
        self.sent.setdefault(notification.delivery_id, notification)

    @property
    def alert_ids(self) -> set[str]:
        """Alerts with at least one delivered notification."""
        return {n.alert_id for n in self.sent.values() if n.alert_id is not None}


class NullAnalytics(Analytics):
    """``MHEALTH_ANALYTICS=none``: analytics switched off; events are dropped on purpose."""

    name = "none"

    async def record(self, events: Sequence[AnalyticsEvent]) -> None:
        return None

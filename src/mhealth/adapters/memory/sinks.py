"""In-memory analytics sink and notifier that record state, with a switch to make them fail."""

from __future__ import annotations

from collections.abc import Sequence

from mhealth.domain.errors import ProviderUnavailable
from mhealth.domain.model import Alert, AnalyticsEvent
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
    """Records delivered alerts by id (idempotent). Set ``failing = True`` to simulate an outage."""

    name = "memory"

    def __init__(self) -> None:
        self.sent: dict[str, Alert] = {}
        self.failing = False

    async def notify(self, alert: Alert) -> None:
        if self.failing:
            raise ProviderUnavailable("notifier is unavailable (simulated)")
        self.sent.setdefault(alert.id, alert)


class NullAnalytics(Analytics):
    """``MHEALTH_ANALYTICS=none``: analytics switched off; events are dropped on purpose."""

    name = "none"

    async def record(self, events: Sequence[AnalyticsEvent]) -> None:
        return None

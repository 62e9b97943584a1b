"""Analytics port: de-identified events for dashboards and research."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence

from mhealth.domain.model import AnalyticsEvent
from mhealth.ports.readiness import HasReadiness


class Analytics(HasReadiness, ABC):
    """Takes de-identified events (no transcript, no name, a pseudonymous senior id).

    Contract:
        * ``record`` is idempotent by ``assessment_id``: sending an event twice stores it once.
        * Failure raises :class:`~mhealth.domain.errors.ProviderUnavailable`; the caller keeps the
          events for a later retry (a failing sink never fails a check-in).
    """

    @abstractmethod
    async def record(self, events: Sequence[AnalyticsEvent]) -> None:
        """Store ``events``."""

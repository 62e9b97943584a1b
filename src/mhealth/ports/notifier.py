"""Notifier port: tells a guardian or social worker about an alert."""

from __future__ import annotations

from abc import ABC, abstractmethod

from mhealth.domain.model import Alert
from mhealth.ports.readiness import HasReadiness


class Notifier(HasReadiness, ABC):
    """Delivers alerts.

    Contract:
        * ``notify`` delivers one alert (reason, level, recommended action; evidence only over a
          channel fit for health data). Idempotent by ``alert.id``.
        * Failure raises :class:`~mhealth.domain.errors.ProviderUnavailable`; the caller records the
          alert for a later retry (a failing notifier never fails a check-in).
    """

    @abstractmethod
    async def notify(self, alert: Alert) -> None:
        """Deliver ``alert``."""

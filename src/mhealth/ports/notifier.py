"""Notifier port: delivers one notification (an alert event or a job event) over one kind of channel.

Several notifiers are active at once (``MHEALTH_NOTIFIERS``: log, webhook, email, sms, push); the delivery
use case routes each :class:`~mhealth.domain.model.Notification` to the notifier of its channel's kind.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import ClassVar

from mhealth.domain.model import ChannelKind, Notification
from mhealth.ports.readiness import HasReadiness


class Notifier(HasReadiness, ABC):
    """Sends notifications over the channel kinds in ``kinds``.

    Contract:
        * ``send`` delivers one notification to ``notification.channel.address`` (the log notifier ignores
          the address). Receivers deduplicate by ``notification.delivery_id``; sending the same delivery
          twice must be harmless for the receiver (webhooks carry it as ``Idempotency-Key``).
        * A transient failure (timeout, connection error, 5xx, 429) raises
          :class:`~mhealth.domain.errors.ProviderUnavailable`: the outbox retries it with backoff.
        * A permanent failure raises :class:`~mhealth.domain.errors.DeliveryRejected`.
        * A message carries no transcript and no evidence quote (docs/alerts.md).
        * ``send`` is bounded in time (its own timeouts); it never blocks the event loop.
    """

    kinds: ClassVar[frozenset[ChannelKind]]

    @abstractmethod
    async def send(self, notification: Notification) -> None:
        """Deliver ``notification``."""

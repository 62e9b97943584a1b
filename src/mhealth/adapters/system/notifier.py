"""The log notifier: records that an alert event happened in the service log (ids and codes only).

Always safe to run beside the other notifiers; it is the default (``MHEALTH_NOTIFIERS=log``). The log line
never carries a transcript, a quote, a name or a contact address.
"""

from __future__ import annotations

import logging

from mhealth.domain.model import ChannelKind, Notification
from mhealth.ports.notifier import Notifier

log = logging.getLogger("mhealth.alerts")


class LogNotifier(Notifier):
    name = "log"
    kinds = frozenset({ChannelKind.LOG})

    async def send(self, notification: Notification) -> None:
        n = notification
        log.warning(
            "%s delivery=%s alert=%s job=%s level=%s reason=%s senior=%s",
            n.event.value,
            n.delivery_id,
            n.alert_id,
            n.job_id,
            n.level.value if n.level else None,
            n.reason_code,
            n.senior_id,
        )

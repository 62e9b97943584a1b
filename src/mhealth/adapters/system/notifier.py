"""The default notifier: records that an alert exists in the service log (ids and codes only).

Guardians' apps read alerts through ``GET /v1/alerts``; a push or SMS notifier plugs in through the
same port. The log line never carries a transcript, a quote or a name.
"""

from __future__ import annotations

import logging

from mhealth.domain.model import Alert
from mhealth.ports.notifier import Notifier

log = logging.getLogger("mhealth.alerts")


class LogNotifier(Notifier):
    name = "log"

    async def notify(self, alert: Alert) -> None:
        log.warning(
            "alert %s level=%s reason=%s senior=%s suppressed=%s",
            alert.id,
            alert.level.value,
            alert.reason_code,
            alert.senior_id,
            alert.suppressed,
        )

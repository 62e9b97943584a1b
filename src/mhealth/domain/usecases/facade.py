"""The ``MHealth`` facade: the library's public face, one async method per use case."""

from __future__ import annotations

import os
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable, Collection, Mapping
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType

from mhealth.domain.model import AckOutcome, Alert, AlertStatus, CheckIn, RiskAssessment, Senior, Trend
from mhealth.domain.usecases.alerts import AlertDetail, Alerts
from mhealth.domain.usecases.checkins import AuditContext, CheckInResult, CheckIns
from mhealth.domain.usecases.deliveries import Deliveries, DeliveryReport, default_owner
from mhealth.domain.usecases.maintenance import Maintenance, SweepResult
from mhealth.domain.usecases.retention import Retention, RetentionReport
from mhealth.domain.usecases.screening import AudioResult, Screening
from mhealth.ports.readiness import HasReadiness, Readiness
from mhealth.ports.repositories import Page

Audio = Path | str | bytes


@asynccontextmanager
async def _as_path(audio: Audio) -> AsyncIterator[Path]:
    if isinstance(audio, bytes):
        fd, name = tempfile.mkstemp(prefix="mhealth-", suffix=".audio")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(audio)
            yield Path(name)
        finally:
            os.unlink(name)
    else:
        yield Path(audio)


class MHealth:
    """Everything mhealth does, for trusted in-process callers.

    Build it with :func:`mhealth.build`; use it as ``async with mhealth.build() as mh: ...`` so that
    clients, engines and threads are closed. Authorization is the HTTP layer's job; consent is
    enforced here (audio of a senior without consent is refused).
    """

    def __init__(
        self,
        *,
        screening: Screening,
        check_ins: CheckIns,
        retention: Retention,
        maintenance: Maintenance,
        components: Mapping[str, HasReadiness],
        on_close: Callable[[], Awaitable[None]] | None = None,
        alerts: Alerts | None = None,
        deliveries: Deliveries | None = None,
    ) -> None:
        self.screening = screening
        self.check_ins = check_ins
        self.alerts = alerts or check_ins.alerts
        self.deliveries = deliveries or check_ins.deliveries
        self._owner = default_owner("api")
        self.retention = retention
        self.maintenance = maintenance
        self.components = dict(components)
        self._on_close = on_close
        self._closed = False

    # stateless screening -------------------------------------------------------------------------

    async def analyze_text(self, text: str, *, language: str = "ko") -> RiskAssessment:
        """Screen one utterance; nothing is stored."""
        return await self.screening.analyze_text(text, language=language)

    async def transcribe(self, audio: Audio, *, filename: str | None = None, language: str = "ko-KR") -> AudioResult:
        """Decode and transcribe a recording (a path or bytes); nothing is stored."""
        async with _as_path(audio) as path:
            return await self.screening.transcribe_file(path, filename=filename, language=language)

    async def analyze_audio(
        self, audio: Audio, *, filename: str | None = None, language: str = "ko-KR"
    ) -> tuple[AudioResult, RiskAssessment]:
        """Transcribe and screen a recording; nothing is stored."""
        async with _as_path(audio) as path:
            return await self.screening.analyze_file(path, filename=filename, language=language)

    # seniors and check-ins -----------------------------------------------------------------------

    async def create_senior(
        self,
        *,
        display_name: str,
        timezone: str = "Asia/Seoul",
        birth_year: int | None = None,
        external_ref: str | None = None,
        consent_audio: bool = True,
    ) -> Senior:
        return await self.check_ins.create_senior(
            display_name=display_name,
            timezone=timezone,
            birth_year=birth_year,
            external_ref=external_ref,
            consent_audio=consent_audio,
        )

    async def get_senior(self, senior_id: str) -> Senior:
        return await self.check_ins.get_senior(senior_id)

    async def list_seniors(self, *, limit: int = 50, after: str | None = None) -> Page[Senior]:
        return await self.check_ins.list_seniors(limit=limit, after=after)

    async def check_in_text(
        self,
        senior_id: str,
        text: str,
        *,
        idempotency_key: str | None = None,
        language: str = "ko",
        audit: AuditContext | None = None,
    ) -> CheckInResult:
        """Store and screen a text check-in; raises alerts when the safety rules say so.

        ``audit``: who asks; the audit entry then commits in the check-in's own transaction."""
        return await self.check_ins.check_in_text(
            senior_id, text, idempotency_key=idempotency_key, language=language, audit=audit
        )

    async def check_in_audio(
        self,
        senior_id: str,
        audio: Audio,
        *,
        filename: str | None = None,
        recorded_at: datetime | None = None,
        idempotency_key: str | None = None,
        language: str = "ko-KR",
        audit: AuditContext | None = None,
    ) -> CheckInResult:
        """Store, transcribe and screen a recorded check-in (a path or bytes); ``audit`` as in check_in_text."""
        async with _as_path(audio) as path:
            return await self.check_ins.check_in_audio(
                senior_id,
                path,
                filename=filename,
                recorded_at=recorded_at,
                idempotency_key=idempotency_key,
                language=language,
                audit=audit,
            )

    async def get_check_in(self, check_in_id: str, *, visible: Collection[str] | None = None) -> CheckIn:
        return await self.check_ins.get_check_in(check_in_id, visible=visible)

    async def get_assessment(self, assessment_id: str, *, visible: Collection[str] | None = None) -> CheckIn:
        return await self.check_ins.get_assessment(assessment_id, visible=visible)

    async def list_assessments(
        self,
        senior_id: str,
        *,
        start: datetime | None = None,
        end: datetime | None = None,
        limit: int = 50,
        after: str | None = None,
    ) -> Page[CheckIn]:
        return await self.check_ins.list_assessments(senior_id, start=start, end=end, limit=limit, after=after)

    async def trend(self, senior_id: str, *, window_days: int | None = None) -> Trend:
        return await self.check_ins.trend(senior_id, window_days=window_days)

    async def list_alerts(
        self,
        *,
        senior_id: str | None = None,
        status: AlertStatus | None = None,
        limit: int = 50,
        after: str | None = None,
        unresolved: bool = False,
    ) -> Page[Alert]:
        """Alerts, newest first; ``unresolved``: open and acknowledged ones only (the shared inbox)."""
        return await self.check_ins.list_alerts(
            senior_id=senior_id, status=status, limit=limit, after=after, unresolved=unresolved
        )

    async def acknowledge_alert(
        self,
        alert_id: str,
        *,
        by: str,
        outcome: AckOutcome | str,
        note: str = "",
        visible: Collection[str] | None = None,
    ) -> Alert:
        """Someone took the alert on (``outcome``: reached, visited, emergency_services, false_alarm): the
        escalation stops and everyone told so far hears it; the alert stays listed until resolved."""
        return await self.alerts.acknowledge(alert_id, by=by, outcome=outcome, note=note, visible=visible)

    async def resolve_alert(
        self, alert_id: str, *, by: str, note: str = "", visible: Collection[str] | None = None
    ) -> Alert:
        """Close the alert (it leaves the unresolved lists); everyone told so far hears it."""
        return await self.alerts.resolve(alert_id, by=by, note=note, visible=visible)

    async def get_alert(self, alert_id: str, *, visible: Collection[str] | None = None) -> AlertDetail:
        """The alert with every delivery attempt made for it."""
        return await self.alerts.get(alert_id, visible=visible)

    async def alert_id_for_check_in(self, check_in_id: str) -> str | None:
        """The alert a check-in raised, or None."""
        return await self.check_ins.alert_id_for_check_in(check_in_id)

    async def deliver(self, *, owner: str | None = None, limit: int | None = None) -> DeliveryReport:
        """One pass over the due outbox rows, claimed under a lease for ``owner`` (default: this facade)."""
        return await self.deliveries.deliver(owner or self._owner, limit=limit)

    async def escalate(self) -> int:
        """Take every due escalation step; returns how many."""
        return await self.alerts.escalate()

    async def deliver_pending(self, *, limit: int = 100) -> int:
        """Retry analytics and notifications that failed earlier."""
        return await self.check_ins.deliver_pending(limit=limit)

    # housekeeping ---------------------------------------------------------------------------------

    async def run_retention(self) -> RetentionReport:
        """Delete what the retention policy and withdrawn consent say must go."""
        return await self.retention.run()

    async def sweep_orphan_blobs(self, *, older_than: timedelta = timedelta(hours=24)) -> SweepResult:
        """Remove stored audio that no check-in refers to (only blobs older than ``older_than``)."""
        return await self.maintenance.sweep_orphan_blobs(older_than=older_than)

    # lifecycle ------------------------------------------------------------------------------------

    async def readiness(self) -> dict[str, Readiness]:
        """Each configured component's readiness (``ready``, ``warming``, ``unavailable``)."""
        return {name: await component.readiness() for name, component in self.components.items()}

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._on_close is not None:
            await self._on_close()

    async def __aenter__(self) -> MHealth:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

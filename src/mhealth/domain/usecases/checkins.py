"""Stateful use cases: seniors, check-ins, stored assessments, trends, alerts, deliveries."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import logging
from collections.abc import Collection, Sequence
from datetime import datetime, timedelta
from pathlib import Path

import msgspec

from mhealth.domain.errors import (
    Conflict,
    ConsentRequired,
    InvalidInput,
    NotFound,
    NotVisible,
    OutcomeUnknown,
    Overloaded,
)
from mhealth.domain.model import (
    AckOutcome,
    Alert,
    AlertStatus,
    AnalyticsEvent,
    AuditEntry,
    AuditOutcome,
    CheckIn,
    ConsentRecord,
    ConsentScope,
    PendingDelivery,
    Recording,
    RiskAssessment,
    Senior,
    Transcript,
    Trend,
    new_id,
)
from mhealth.domain.rules.safety.floor import AlertPolicy, decide_alert, raises_alert
from mhealth.domain.rules.trend import TrendPolicy, compute_trend, zone
from mhealth.domain.usecases.access import not_found_senior
from mhealth.domain.usecases.alerts import Alerts
from mhealth.domain.usecases.deliveries import Deliveries, default_owner
from mhealth.domain.usecases.group_commit import GroupCommit
from mhealth.domain.usecases.screening import Screening, check_text
from mhealth.ports.analytics import Analytics
from mhealth.ports.blobs import BlobStore
from mhealth.ports.clock import Clock
from mhealth.ports.notifier import Notifier
from mhealth.ports.repositories import Page, Transaction, UnitOfWork

log = logging.getLogger("mhealth.checkins")

MAX_PAGE = 500
FLUSH_BATCH = 64  # outbox rows the background flusher sends in one pass
# The longest the background flusher waits, before a pass, for the check-ins being processed (see _hold)
FLUSH_HOLD_S = 0.5


class CheckInPolicy(msgspec.Struct, frozen=True, kw_only=True):
    """Knobs of the stateful pipeline (all from configuration)."""

    duplicate_audio_window: timedelta = timedelta(minutes=10)
    alerts: AlertPolicy = AlertPolicy()
    trend: TrendPolicy = TrendPolicy()
    max_in_flight: int = 64  # check-ins at once in this process; one more is refused at once (Overloaded)
    overloaded_retry_after: int = 2
    # Group commit (see group_commit.py): check-ins that raise no alert and arrive while others are being written
    # share the next transaction, at most this many (1: a transaction each), in at most ``group_writers`` at once.
    group_max: int = 32
    group_writers: int = 2


class AuditContext(msgspec.Struct, frozen=True, kw_only=True):
    """Who asks, for the audit entry a check-in writes in its own transaction (before any byte leaves)."""

    actor: str
    actor_role: str
    request_id: str | None = None
    client_ip: str | None = None

    def entry(self, check_in: CheckIn, at: datetime) -> AuditEntry:
        return self.entry_for("check_in.create", "check_in", check_in.id, check_in.senior_id, at)

    def entry_for(self, action: str, resource_type: str, resource_id: str, senior_id: str, at: datetime) -> AuditEntry:
        """The allowed ``action`` on a resource of ``senior_id`` by this caller (e.g. a job accepted)."""
        return AuditEntry(
            id=new_id(),
            at=at,
            actor=self.actor[:64] or "anonymous",
            actor_role=self.actor_role,
            action=action,
            resource_type=resource_type,
            resource_id=resource_id,
            senior_id=senior_id,
            outcome=AuditOutcome.ALLOWED,
            client_ip=self.client_ip[:64] if self.client_ip else None,
            request_id=self.request_id[:64] if self.request_id else None,
        )


def new_idempotency_key() -> str:
    """A key for a check-in whose caller sent none: returned with the answer, so a retry can use it."""
    return "mh-" + new_id()


class CheckInResult(msgspec.Struct, frozen=True, kw_only=True):
    """A check-in and whether it was created now or replayed (same Idempotency-Key or same audio).

    ``idempotency_key``: the key to retry this request with (the caller's, or one minted for it).
    """

    check_in: CheckIn
    alert: Alert | None
    replayed: bool = False
    idempotency_key: str | None = None


def _missing(detail: str, detail_ko: str, owner: str | None) -> NotFound:
    if owner is not None:
        return NotVisible(detail, senior_id=owner, detail_ko=detail_ko)
    return NotFound(detail, detail_ko=detail_ko)


def _limit(limit: int) -> int:
    if not 1 <= limit <= MAX_PAGE:
        raise InvalidInput(f"limit must be between 1 and {MAX_PAGE}", field="limit")
    return limit


class CheckIns:
    """A senior's check-in pipeline and the queries over what it stored.

    check-in = decode -> store the audio -> transcribe -> analyze -> safety floor -> persist in one
    unit of work (check-in, alert, outbox, audit entry) -> deliver analytics and alerts. A failing sink or
    notifier never fails or loses the check-in: its outbox row stays for a later retry.

    Under load and faults: above ``policy.max_in_flight`` check-ins at once a new one is refused at once
    (``Overloaded``, before any work); every check-in has an idempotency key (minted when the caller sent
    none) and a commit whose outcome is unknown answers ``OutcomeUnknown`` with that key, never a failure.
    Two check-ins with one key: both insert, the unique (senior, key) index lets one in (the other's insert
    waits for the first's transaction, bounded), and the one refused with a ``Conflict`` rolls back and
    replays the stored check-in. A fresh check-in is one transaction.

    The analytics and notifications after the commit are delivered before a check-in returns (what an
    in-process caller expects), or, after :meth:`deliver_after_answering` (a server), in background tasks
    this object owns; :meth:`drain` waits for those (bounded) at shutdown.
    """

    def __init__(
        self,
        *,
        screening: Screening,
        uow: UnitOfWork,
        blobs: BlobStore,
        analytics: Analytics,
        notifier: Notifier | None,
        clock: Clock,
        pseudonym_key: bytes,
        policy: CheckInPolicy = CheckInPolicy(),
        alerts: Alerts | None = None,
        deliveries: Deliveries | None = None,
    ) -> None:
        # Alerts are routed (care team, escalation) and the outbox delivered under leases by these two; the
        # defaults tell the organisation-wide log only and send through ``notifier`` (tests, scripts).
        self.alerts = alerts or Alerts(uow=uow, clock=clock)
        self.deliveries = deliveries or Deliveries(
            uow=uow,
            notifiers=dict.fromkeys(notifier.kinds, notifier) if notifier is not None else {},
            analytics=analytics,
            clock=clock,
        )
        self._owner = default_owner("inline")
        self.screening = screening
        self.uow = uow
        self.blobs = blobs
        self.clock = clock
        self.pseudonym_key = pseudonym_key
        self.policy = policy
        self._in_flight = 0
        self._background_limit = 0
        self._group: GroupCommit[tuple[CheckIn, AuditContext | None], tuple[CheckInResult, list[PendingDelivery]]] = (
            GroupCommit(
                self._persist_group,
                lambda item: self._persist_alone(item[0], audit=item[1]),
                max_batch=policy.group_max,
                writers=policy.group_writers,
            )
        )
        # Check-ins whose deliveries wait for the flusher, and the batch it is sending (see _after_commit).
        self._queued: list[tuple[str, list[PendingDelivery]]] = []
        self._sending: list[tuple[str, list[PendingDelivery]]] = []
        self._flusher: asyncio.Task[None] | None = None
        self.flush_hold_s = FLUSH_HOLD_S
        self._wake: asyncio.Event | None = None  # the flusher's hold, while it waits (see _hold)

    @property
    def in_flight(self) -> int:
        """Check-ins being processed now (this process)."""
        return self._in_flight

    def _admit(self) -> None:
        if self._in_flight >= self.policy.max_in_flight:
            raise Overloaded(
                "too many check-ins are being processed; try again shortly",
                retry_after=self.policy.overloaded_retry_after,
                detail_ko="처리 중인 체크인이 너무 많습니다. 잠시 후 다시 시도하세요",
            )
        self._in_flight += 1

    # ---------------------------------------------------------------- seniors

    async def create_senior(
        self,
        *,
        display_name: str,
        timezone: str = "Asia/Seoul",
        birth_year: int | None = None,
        external_ref: str | None = None,
        consent_audio: bool = True,
    ) -> Senior:
        zone(timezone)
        senior = Senior(
            id=new_id(),
            display_name=display_name.strip(),
            created_at=self.clock.now(),
            timezone=timezone,
            birth_year=birth_year,
            external_ref=external_ref,
            consent_audio=consent_audio,
        )
        async with self.uow.begin() as tx:
            await tx.seniors.add(senior)
            await tx.commit()
        return senior

    async def get_senior(self, senior_id: str) -> Senior:
        async with self.uow.begin() as tx:
            return await self._senior(tx, senior_id)

    async def list_seniors(self, *, limit: int = 50, after: str | None = None) -> Page[Senior]:
        async with self.uow.begin() as tx:
            return await tx.seniors.list(limit=_limit(limit), after=after)

    @staticmethod
    async def _senior(tx: Transaction, senior_id: str) -> Senior:
        senior = await tx.seniors.get(senior_id)
        if senior is None:
            raise not_found_senior()
        return senior

    # ---------------------------------------------------------------- check-ins

    async def check_in_text(
        self,
        senior_id: str,
        text: str,
        *,
        idempotency_key: str | None = None,
        language: str = "ko",
        audit: AuditContext | None = None,
    ) -> CheckInResult:
        """A check-in from text the senior typed or an app transcribed.

        Args:
            idempotency_key: the caller's key; one is minted when None (see :attr:`CheckInResult.idempotency_key`).
            audit: who asks; when given, the audit entry commits in the check-in's own transaction.

        Raises:
            Overloaded: too many check-ins in flight (nothing was done).
            OutcomeUnknown: the commit's outcome is unknown; retry with ``exc.idempotency_key``.
        """
        check_text(text)
        self._admit()
        try:
            # No lookup before the work: a text check-in is one transaction. An unknown senior or a key already
            # used are found by that transaction's insert (foreign key, unique key), after the analysis.
            now = self.clock.now()
            transcript = Transcript(text=text, language=language, confidence=1.0, provider="text", model="none")
            assessment = await self.screening.analyze_text(text, language=language)
            return await self._persist(senior_id, "text", transcript, assessment, None, idempotency_key, now, audit)
        finally:
            self._in_flight -= 1
            self._nudge()

    async def _replay(self, senior_id: str, key: str, audit: AuditContext | None) -> CheckInResult | None:
        """The stored result of an earlier request with this key (audited as read now), or None."""
        async with self.uow.begin() as tx:
            prior = await tx.check_ins.find_by_idempotency_key(senior_id, key)
            if prior is None:
                return None
            return await self._replayed(tx, prior, key, audit)

    async def _replayed(
        self, tx: Transaction, prior: CheckIn, key: str | None, audit: AuditContext | None
    ) -> CheckInResult:
        if audit is not None:
            await tx.audit.append(audit.entry(prior, self.clock.now()))
            await tx.commit()
        return CheckInResult(check_in=prior, alert=None, replayed=True, idempotency_key=prior.idempotency_key or key)

    async def check_in_audio(
        self,
        senior_id: str,
        path: Path,
        *,
        filename: str | None = None,
        recorded_at: datetime | None = None,
        idempotency_key: str | None = None,
        language: str = "ko-KR",
        audit: AuditContext | None = None,
    ) -> CheckInResult:
        """A check-in from a recording (at ``path``, streamed there by the caller).

        ``idempotency_key``, ``audit`` and the errors under load as :meth:`check_in_text`; the same audio
        of the same senior within ``policy.duplicate_audio_window`` is replayed too, whatever its key.
        """
        self._admit()
        try:
            return await self._check_in_audio(
                senior_id,
                path,
                filename=filename,
                recorded_at=recorded_at,
                key=idempotency_key,
                language=language,
                audit=audit,
            )
        finally:
            self._in_flight -= 1
            self._nudge()

    async def _check_in_audio(
        self,
        senior_id: str,
        path: Path,
        *,
        filename: str | None,
        recorded_at: datetime | None,
        key: str | None,
        language: str,
        audit: AuditContext | None,
    ) -> CheckInResult:
        async with self.uow.begin() as tx:
            senior = await self._senior(tx, senior_id)
            if not senior.consent_audio:
                raise ConsentRequired(
                    "this senior has not consented to audio processing",
                    field="senior_id",
                    detail_ko="어르신의 음성 처리 동의가 없습니다",
                )
            if key and (prior := await tx.check_ins.find_by_idempotency_key(senior_id, key)):
                return await self._replayed(tx, prior, key, audit)
        now = self.clock.now()
        if recorded_at is not None and recorded_at.tzinfo is None:
            raise InvalidInput("recorded_at must include a time zone", field="recorded_at")
        self.screening.require_speech()  # before any work: no provider, no processing
        audio = await self.screening.decoder.decode(path, filename=filename)
        async with self.uow.begin() as tx:
            since = now - self.policy.duplicate_audio_window
            if prior := await tx.check_ins.find_recent_by_sha256(senior_id, audio.info.sha256, since):
                return await self._replayed(tx, prior, None, audit)
        # The blob goes first: if the transaction below fails, the orphan sweep removes it.
        blob_key = await self.blobs.put_file(path, sha256=audio.info.sha256)
        transcript = await self.screening.transcribe(audio, language=language)
        assessment = await self.screening.analyze_text(
            transcript.text, language=language.split("-")[0], transcript=transcript
        )
        recording = Recording(
            id=new_id(),
            senior_id=senior_id,
            recorded_at=recorded_at or now,
            received_at=now,
            original_filename=(filename or None) and filename[:255],
            audio=audio.info,
            blob_key=blob_key,
        )
        return await self._persist(senior_id, "audio", transcript, assessment, recording, key, now, audit)

    async def _persist(
        self,
        senior_id: str,
        source: str,
        transcript: Transcript,
        assessment: RiskAssessment,
        recording: Recording | None,
        caller_key: str | None,
        now: datetime,
        audit: AuditContext | None,
    ) -> CheckInResult:
        """Store the check-in in one transaction, or replay the one stored under ``caller_key``.

        ``caller_key``: the key the caller sent (another request may carry it too); None mints one.
        """
        idempotency_key = caller_key or new_idempotency_key()
        check_in = CheckIn(
            id=new_id(),
            senior_id=senior_id,
            created_at=now,
            source=source,
            transcript=transcript,
            assessment=assessment,
            recording=recording,
            idempotency_key=idempotency_key,
        )
        try:
            try:
                result, deliveries = await self._persist_once(check_in, audit=audit)
            except Conflict:
                # The unique (senior, key) index refused the insert: a request with this key committed first (a
                # racing insert waits for the first's transaction). This transaction is rolled back; replay.
                if caller_key is None or (prior := await self._replay(senior_id, caller_key, audit)) is None:
                    raise  # not a key taken by another request (a minted key is unique)
                return prior
        except OutcomeUnknown as exc:  # the check-in's commit, or the replay's (its audit entry)
            log.warning("check-in %s: commit outcome unknown; the client is told to retry with its key", check_in.id)
            raise OutcomeUnknown(exc.detail, idempotency_key=idempotency_key, retry_after=exc.retry_after) from exc
        await self._after_commit(check_in.id, deliveries)
        return result

    async def _persist_once(
        self, check_in: CheckIn, *, audit: AuditContext | None
    ) -> tuple[CheckInResult, list[PendingDelivery]]:
        if raises_alert(check_in.assessment) or self.policy.group_max <= 1:
            return await self._persist_alone(check_in, audit=audit)
        # Most check-ins raise no alert: they need no read of the senior's recent alerts, and those arriving
        # together are written together (one transaction, a few multi-row statements, one commit).
        return await self._group.write((check_in, audit))

    async def _persist_group(
        self, items: Sequence[tuple[CheckIn, AuditContext | None]]
    ) -> list[tuple[CheckInResult, list[PendingDelivery]]]:
        """Check-ins that raise no alert, stored and audited in one transaction (all or none)."""
        out: list[tuple[CheckInResult, list[PendingDelivery]]] = []
        async with self.uow.begin() as tx:
            consents = await tx.consents.current_many({c.senior_id for c, _ in items}, ConsentScope.ANALYTICS)
            audited_at = self.clock.now()
            for check_in, audit in items:
                deliveries = self._analytics(check_in, consents.get(check_in.senior_id))
                await tx.check_ins.add(check_in, deferred=True)
                for delivery in deliveries:
                    await tx.outbox.add(delivery)
                if audit is not None:
                    await tx.audit.append(audit.entry(check_in, audited_at), deferred=True)
                result = CheckInResult(check_in=check_in, alert=None, idempotency_key=check_in.idempotency_key)
                out.append((result, deliveries))
            try:
                await tx.commit()
            except NotFound:
                if len(items) > 1:
                    raise  # whose senior is not known: the group writes each on its own, which says
                raise not_found_senior() from None
        return out

    async def _persist_alone(
        self, check_in: CheckIn, *, audit: AuditContext | None
    ) -> tuple[CheckInResult, list[PendingDelivery]]:
        senior_id, assessment, now = check_in.senior_id, check_in.assessment, check_in.created_at
        async with self.uow.begin() as tx:
            # The reads first, then the writes (a store may send some writes with a later statement or the
            # commit: the SQL one sends the check-in's rows with the next statement and the outbox row with the
            # commit). The insert is the idempotency check (unique key: Conflict, then a replay) and the senior's
            # existence check (foreign key: a senior erased meanwhile is NotFound, nothing written); either may be
            # raised by a later write or the commit, and this transaction is then rolled back, as it would be anyway.
            # The senior's recent alerts decide only whether an alert is suppressed: read only when one is raised
            # (most check-ins raise none: one statement and round trip fewer).
            recent: Sequence[Alert] = ()
            if raises_alert(assessment):
                recent = await tx.alerts.recent_for_senior(senior_id, now - self.policy.alerts.cooldown)
            analytics_consent = await tx.consents.current(senior_id, ConsentScope.ANALYTICS)
            alert = decide_alert(
                assessment,
                senior_id=senior_id,
                check_in_id=check_in.id,
                now=now,
                recent_alerts=recent,
                policy=self.policy.alerts,
            )
            deliveries = self._analytics(check_in, analytics_consent)
            try:
                await tx.check_ins.add(check_in, deferred=True)  # any failure rolls everything back
                for delivery in deliveries:
                    await tx.outbox.add(delivery)
                if alert is not None:  # stored with its notifications and its escalation step (docs/alerts.md)
                    alert, queued = await self.alerts.queue(tx, alert)
                    deliveries.extend(queued)
                if audit is not None:
                    # Audited in the same transaction: stored and audited, or neither (docs/security.md).
                    await tx.audit.append(audit.entry(check_in, self.clock.now()), deferred=True)
                await tx.commit()
            except NotFound:
                raise not_found_senior() from None
        return CheckInResult(check_in=check_in, alert=alert, idempotency_key=check_in.idempotency_key), deliveries

    def _analytics(self, check_in: CheckIn, consent: ConsentRecord | None) -> list[PendingDelivery]:
        """The check-in's analytics delivery: rows are pseudonymous; still, a senior who withdrew the analytics
        consent (``consent``: the latest record of that scope) is left out."""
        if consent is not None and not consent.granted:
            return []
        event = msgspec.json.encode(self._event(check_in))
        return [self._delivery("analytics", check_in.assessment.id, event, check_in.created_at)]

    # ---------------------------------------------------------------- deliveries after the commit

    def deliver_after_answering(self, at_most: int) -> None:
        """From now on, hand a stored check-in's analytics and notifications to a background flusher instead of
        delivering them before returning, for at most ``at_most`` check-ins at a time (past that bound, before
        returning again: the bound is the back-pressure). A server's answer then waits for the database, not for
        the sinks. A failed or unfinished background delivery leaves its outbox row for a retry. 0: before
        returning (the default). While check-ins are being processed the flusher waits before a pass (at most
        ``flush_hold_s``, 0.5 s, and only while fewer than half of ``at_most`` have queued; see :meth:`_hold`).
        """
        if at_most < 0:
            raise ValueError("at_most must be 0 or more")
        self._background_limit = at_most

    async def _after_commit(self, check_in_id: str, deliveries: list[PendingDelivery]) -> None:
        if not deliveries:
            return
        if self.background_deliveries < self._background_limit:
            # Queued for one flusher, which sends whatever has queued in one pass (one claim, one analytics
            # write, one record of the outcomes for many check-ins): a burst's check-ins share those round trips.
            self._queued.append((check_in_id, deliveries))
            self._nudge()
            loop = asyncio.get_running_loop()
            flusher = self._flusher
            if flusher is None or flusher.done() or flusher.get_loop() is not loop:
                self._flusher = loop.create_task(self._flush())
            return
        await self._deliver_after_commit(check_in_id, deliveries)

    async def _flush(self) -> None:
        try:
            while self._queued:
                await self._hold()
                batch: list[tuple[str, list[PendingDelivery]]] = []
                size = 0
                while self._queued and (not batch or size + len(self._queued[0][1]) <= FLUSH_BATCH):
                    item = self._queued.pop(0)
                    batch.append(item)
                    size += len(item[1])
                self._sending = batch
                try:
                    await self._deliver([d for _, rows in batch for d in rows])
                except Exception as exc:  # stored and audited: the answers were successes; the outbox retries
                    log.warning(
                        "%d check-ins stored (%s...); deliveries left for a retry: %s",
                        len(batch),
                        batch[0][0],
                        type(exc).__name__,
                    )
                self._sending = []
        finally:
            self._sending = []

    async def _hold(self) -> None:
        """Before a pass: while check-ins are being processed, wait for them, at most ``flush_hold_s`` and only while
        fewer than half of the bound have queued (so a check-in never has to deliver before answering because of
        the wait). A burst's deliveries then go in one or two passes after its check-ins instead of a pass after
        every few commits, each pass three transactions taking connections from the check-ins still running."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.flush_hold_s
        try:
            while self._holding() and (left := deadline - loop.time()) > 0:
                self._wake = wake = asyncio.Event()  # set by _nudge when the hold is over
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(wake.wait(), left)
        finally:
            self._wake = None

    def _holding(self) -> bool:
        return self._in_flight > 0 and len(self._queued) < self._background_limit // 2

    def _nudge(self) -> None:
        """After a check-in ends or queues its deliveries: end the flusher's hold if it is over."""
        if self._wake is not None and not self._holding():
            self._wake.set()

    async def _deliver_after_commit(self, check_in_id: str, deliveries: list[PendingDelivery]) -> None:
        try:
            await self._deliver(deliveries)
        except Exception as exc:  # stored and audited: the answer is a success; the outbox retries later
            log.warning("check-in %s stored; deliveries left for a retry: %s", check_in_id, type(exc).__name__)

    @property
    def background_deliveries(self) -> int:
        """Check-ins whose post-commit deliveries are queued for, or being sent by, the background flusher."""
        return len(self._queued) + len(self._sending)

    async def drain(self, timeout_s: float = 1.0) -> int:
        """Wait up to ``timeout_s`` for the background deliveries, then cancel what is left (their outbox
        rows stay due: a later retry delivers them, at least once; the cancelled get 0.2 s more to unwind).
        Returns how many check-ins' deliveries were cancelled."""
        flusher = self._flusher
        if flusher is None or flusher.done() or flusher.get_loop() is not asyncio.get_running_loop():
            return 0
        done, _ = await asyncio.wait({flusher}, timeout=timeout_s)
        if done:
            return 0
        left = self.background_deliveries
        self._queued = []
        flusher.cancel()
        await asyncio.wait({flusher}, timeout=0.2)
        log.warning("%d check-ins' deliveries unfinished at shutdown; left in the outbox for a retry", left)
        return left

    def pseudonym(self, senior_id: str) -> str:
        """A stable pseudonymous id for analytics (keyed hash; not reversible without the key)."""
        return hmac.new(self.pseudonym_key, senior_id.encode(), hashlib.sha256).hexdigest()[:32]

    def _event(self, c: CheckIn) -> AnalyticsEvent:
        a = c.assessment
        return AnalyticsEvent(
            assessment_id=a.id,
            senior_pseudonym=self.pseudonym(c.senior_id),
            occurred_at=c.created_at,
            source=c.source,
            risk_level=a.risk_level.value,
            depression_score=a.depression_score,
            anxiety_score=a.anxiety_score,
            cognitive_score=a.cognitive_score,
            phq9=a.phq9.score,
            gad7=a.gad7.score,
            suicidal_ideation=a.labels.suicidal_ideation,
            loneliness=a.labels.loneliness,
            cognitive_concern=a.labels.cognitive_concern,
            concern_codes=tuple(x.code for x in a.concerns),
            analyzer=a.provenance.analyzer,
            degraded=a.provenance.degraded,
            audio_duration_s=c.recording.audio.duration_s if c.recording else None,
            speech_billed_s=a.provenance.speech_billed_s,
            llm_input_tokens=a.provenance.input_tokens,
            llm_output_tokens=a.provenance.output_tokens,
            estimated_cost=a.provenance.estimated_cost,
            cost_currency=a.provenance.cost_currency,
        )

    @staticmethod
    def _delivery(kind: str, ref_id: str, payload: bytes, now: datetime) -> PendingDelivery:
        return PendingDelivery(
            id=new_id(),
            kind=kind,
            ref_id=ref_id,
            payload=payload,
            attempts=0,
            last_error="",
            created_at=now,
            next_attempt_at=now,
        )

    # ---------------------------------------------------------------- deliveries (outbox)

    async def _deliver(self, deliveries: Sequence[PendingDelivery]) -> int:
        """A fast first try of a check-in's own outbox rows, claimed under a lease like any worker's claim:
        a worker polling at the same time gets other rows, so no row goes out twice. What fails stays in
        the outbox for the worker (retried with backoff)."""
        if not deliveries:
            return 0
        report = await self.deliveries.deliver(self._owner, ids=[d.id for d in deliveries], limit=len(deliveries))
        return report.delivered

    async def deliver_pending(self, *, limit: int = 100) -> int:
        """Deliver every due outbox item once (claimed under a lease). Returns how many went out."""
        report = await self.deliveries.deliver(self._owner, limit=limit)
        return report.delivered

    # ---------------------------------------------------------------- queries

    async def get_check_in(self, check_in_id: str, *, visible: Collection[str] | None = None) -> CheckIn:
        """The check-in; ``visible``: the seniors the caller may see (None: all).

        Raises:
            NotFound: no such check-in, or (``NotVisible``, answered the same) one of a senior outside
                ``visible`` — after the same two lookups either way, so existence does not show in timing.
        """
        async with self.uow.begin() as tx:
            found = await tx.check_ins.get(check_in_id, senior_ids=visible)
            owner = None
            if found is None and visible is not None:
                owner = await tx.check_ins.senior_of(check_in_id=check_in_id)
        if found is None:
            raise _missing("no such check-in", "해당 체크인을 찾을 수 없습니다", owner)
        return found

    async def get_assessment(self, assessment_id: str, *, visible: Collection[str] | None = None) -> CheckIn:
        """The check-in holding this assessment (``visible`` and errors as :meth:`get_check_in`)."""
        async with self.uow.begin() as tx:
            found = await tx.check_ins.get_by_assessment(assessment_id, senior_ids=visible)
            owner = None
            if found is None and visible is not None:
                owner = await tx.check_ins.senior_of(assessment_id=assessment_id)
        if found is None:
            raise _missing("no such assessment", "해당 평가를 찾을 수 없습니다", owner)
        return found

    async def list_assessments(
        self,
        senior_id: str,
        *,
        start: datetime | None = None,
        end: datetime | None = None,
        limit: int = 50,
        after: str | None = None,
    ) -> Page[CheckIn]:
        """A senior's check-ins (each with its assessment) with ``start <= created_at < end``."""
        if start is not None and end is not None and end <= start:
            raise InvalidInput("end must be after start", field="end")
        async with self.uow.begin() as tx:
            await self._senior(tx, senior_id)
            return await tx.check_ins.list_for_senior(senior_id, start=start, end=end, limit=_limit(limit), after=after)

    async def trend(self, senior_id: str, *, window_days: int | None = None) -> Trend:
        policy = self.policy.trend
        if window_days is not None:
            policy = TrendPolicy(
                window_days=window_days,
                recent_days=policy.recent_days,
                baseline_days=policy.baseline_days,
                threshold=policy.threshold,
            )
        now = self.clock.now()
        start = now - timedelta(days=policy.history_days() + 1)
        async with self.uow.begin() as tx:
            senior = await self._senior(tx, senior_id)
            points = await tx.check_ins.score_points(senior_id, start=start, end=now + timedelta(seconds=1))
            missed = await tx.missed_check_ins.list_for_senior(
                senior_id, start=start, end=now + timedelta(seconds=1), limit=MAX_PAGE, newest_first=True
            )
        return compute_trend(
            senior_id, points, now=now, timezone=senior.timezone, policy=policy, missed=[m.slot_at for m in missed]
        )

    async def list_alerts(
        self,
        *,
        senior_id: str | None = None,
        status: AlertStatus | None = None,
        limit: int = 50,
        after: str | None = None,
        unresolved: bool = False,
    ) -> Page[Alert]:
        async with self.uow.begin() as tx:
            if senior_id is not None:
                await self._senior(tx, senior_id)
            return await tx.alerts.list(
                senior_id=senior_id, status=status, limit=_limit(limit), after=after, unresolved=unresolved
            )

    async def alert_id_for_check_in(self, check_in_id: str) -> str | None:
        """The id of the alert a check-in raised, or None."""
        async with self.uow.begin() as tx:
            alert = await tx.alerts.for_check_in(check_in_id)
        return alert.id if alert is not None else None

    async def acknowledge_alert(self, alert_id: str, *, by: str, outcome: AckOutcome | str, note: str = "") -> Alert:
        """Mark an alert acknowledged (see :meth:`Alerts.acknowledge`)."""
        return await self.alerts.acknowledge(alert_id, by=by, outcome=outcome, note=note)

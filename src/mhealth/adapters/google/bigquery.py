"""BigQuery behind the Analytics port: de-identified check-in events by streaming insert.

Rows are :class:`~mhealth.domain.model.AnalyticsEvent` fields only - no transcript, no name, a
pseudonymous senior id. Each row's insert id is its ``assessment_id``, so a re-sent event is
de-duplicated by BigQuery (best effort, within its de-duplication window; the outbox only re-sends
within minutes). The dataset and a day-partitioned (``occurred_at``), clustered (``senior_pseudonym``)
table are created on first use. The SDK is blocking: every call runs in a worker thread, and its
retry is cut from the default 600 s to ``retry_s`` so a failing sink never holds a check-in.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlparse

import msgspec

from mhealth.domain.errors import ProviderUnavailable
from mhealth.domain.model import AnalyticsEvent
from mhealth.ports.analytics import Analytics
from mhealth.ports.readiness import Readiness

log = logging.getLogger(__name__)

BATCH_ROWS = 500  # BigQuery recommends at most 500 rows per insertAll request

# (name, type, mode) - mirrors AnalyticsEvent; adding a field to the event means adding it here.
SCHEMA: tuple[tuple[str, str, str], ...] = (
    ("assessment_id", "STRING", "REQUIRED"),
    ("senior_pseudonym", "STRING", "REQUIRED"),
    ("occurred_at", "TIMESTAMP", "REQUIRED"),
    ("source", "STRING", "NULLABLE"),
    ("risk_level", "STRING", "NULLABLE"),
    ("depression_score", "FLOAT64", "NULLABLE"),
    ("anxiety_score", "FLOAT64", "NULLABLE"),
    ("cognitive_score", "FLOAT64", "NULLABLE"),
    ("phq9", "INT64", "NULLABLE"),
    ("gad7", "INT64", "NULLABLE"),
    ("suicidal_ideation", "INT64", "NULLABLE"),
    ("loneliness", "INT64", "NULLABLE"),
    ("cognitive_concern", "INT64", "NULLABLE"),
    ("concern_codes", "STRING", "REPEATED"),
    ("analyzer", "STRING", "NULLABLE"),
    ("degraded", "BOOL", "NULLABLE"),
    ("audio_duration_s", "FLOAT64", "NULLABLE"),
    # what the check-in cost (added to an existing table on start: see _create)
    ("speech_billed_s", "FLOAT64", "NULLABLE"),
    ("llm_input_tokens", "INT64", "NULLABLE"),
    ("llm_output_tokens", "INT64", "NULLABLE"),
    ("estimated_cost", "FLOAT64", "NULLABLE"),
    ("cost_currency", "STRING", "NULLABLE"),
)


def to_row(event: AnalyticsEvent) -> dict[str, Any]:
    """The JSON row of an event (timestamps as RFC 3339 strings, tuples as lists)."""
    row: dict[str, Any] = msgspec.to_builtins(event)
    return row


class BigQueryAnalytics(Analytics):
    """Streams analytics events into ``project.dataset.table``.

    Args:
        project: Google Cloud project id.
        dataset: dataset id (created on demand in ``location``).
        table: table id (created on demand).
        location: dataset location (default ``asia-northeast3``: data stays in Korea).
        endpoint: API endpoint override; ``http://host:port`` is a local stand-in (anonymous credentials).
        client: a ready ``bigquery.Client`` (tests).
        timeout_s: HTTP timeout of one request.
        retry_s: total time the SDK may spend retrying one call (its default is 600 s).
    """

    name = "bigquery"

    def __init__(
        self,
        *,
        project: str,
        dataset: str = "mhealth",
        table: str = "checkin_events",
        location: str = "asia-northeast3",
        endpoint: str | None = None,
        client: Any = None,
        timeout_s: float = 10.0,
        retry_s: float = 15.0,
    ) -> None:
        if not project:
            raise ValueError("BigQueryAnalytics needs a project (MHEALTH_GOOGLE_PROJECT)")
        from google.api_core import exceptions as api_exceptions
        from google.cloud import bigquery

        self._bq = bigquery
        self._exc = api_exceptions
        self.project = project
        self.dataset = dataset
        self.table = table
        self.location = location
        self.table_id = f"{project}.{dataset}.{table}"
        self.timeout_s = timeout_s
        self._retry = bigquery.DEFAULT_RETRY.with_timeout(retry_s)
        if client is None:
            kwargs: dict[str, Any] = {"project": project, "location": location}
            if endpoint:
                kwargs["client_options"] = {"api_endpoint": endpoint}
                if urlparse(endpoint).scheme == "http":
                    from google.auth.credentials import AnonymousCredentials

                    # google-auth leaves AnonymousCredentials.__init__ unannotated
                    kwargs["credentials"] = AnonymousCredentials()  # type: ignore[no-untyped-call]
            client = bigquery.Client(**kwargs)
        self._client = client
        self._ready = False
        self._ensure_lock = asyncio.Lock()

    async def readiness(self) -> Readiness:
        return Readiness(detail=f"BigQuery {self.dataset}.{self.table} ({self.location})")

    async def aclose(self) -> None:
        await asyncio.to_thread(self._client.close)

    # ------------------------------------------------------------------------------------------

    async def record(self, events: Sequence[AnalyticsEvent]) -> None:
        if not events:
            return
        try:
            if not self._ready:
                await self._ensure()
            for start in range(0, len(events), BATCH_ROWS):
                batch = events[start : start + BATCH_ROWS]
                try:
                    await asyncio.to_thread(self._insert, batch)
                except self._exc.NotFound:
                    # The table was deleted behind our back (or is not yet visible): create and retry once.
                    self._ready = False
                    await self._ensure()
                    await asyncio.to_thread(self._insert, batch)
        except ProviderUnavailable:
            raise
        except (self._exc.GoogleAPIError, OSError, TimeoutError) as error:
            raise ProviderUnavailable(f"BigQuery did not take the events ({type(error).__name__})") from error
        except Exception as error:  # requests' transport errors and the like: a sink failure, not ours
            if type(error).__module__.split(".")[0] not in ("requests", "urllib3", "google"):
                raise
            raise ProviderUnavailable(f"BigQuery did not take the events ({type(error).__name__})") from error

    def _insert(self, batch: Sequence[AnalyticsEvent]) -> None:
        errors = self._client.insert_rows_json(
            self.table_id,
            [to_row(e) for e in batch],
            row_ids=[e.assessment_id for e in batch],
            retry=self._retry,
            timeout=self.timeout_s,
        )
        if errors:
            # Each error names a row index and a reason; never the row itself (it is health data).
            reasons = sorted({err.get("reason", "?") for row in errors for err in row.get("errors", [])})
            raise ProviderUnavailable(
                f"BigQuery refused {len(errors)} of {len(batch)} rows ({', '.join(reasons) or 'unknown'})"
            )

    async def _ensure(self) -> None:
        async with self._ensure_lock:
            if not self._ready:
                await asyncio.to_thread(self._create)
                self._ready = True

    def _create(self) -> None:
        bq = self._bq
        dataset = bq.Dataset(f"{self.project}.{self.dataset}")
        dataset.location = self.location
        self._client.create_dataset(dataset, exists_ok=True, retry=self._retry, timeout=self.timeout_s)
        table = bq.Table(self.table_id, schema=[bq.SchemaField(n, t, mode=m) for n, t, m in SCHEMA])
        table.time_partitioning = bq.TimePartitioning(type_=bq.TimePartitioningType.DAY, field="occurred_at")
        table.clustering_fields = ["senior_pseudonym"]
        table.description = "De-identified mhealth check-in events (no transcript, no names)."
        table = self._client.create_table(table, exists_ok=True, retry=self._retry, timeout=self.timeout_s)
        # A table made by an older version lacks the newer (always NULLABLE) fields: add them, or insertAll
        # would refuse every row ("no such field"). BigQuery allows adding NULLABLE columns in place.
        present = {field.name for field in table.schema or ()}
        missing = [bq.SchemaField(n, t, mode=m) for n, t, m in SCHEMA if n not in present]
        if missing and present:
            table.schema = [*table.schema, *missing]
            self._client.update_table(table, ["schema"], retry=self._retry, timeout=self.timeout_s)


__all__ = ["SCHEMA", "BigQueryAnalytics", "to_row"]

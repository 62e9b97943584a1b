"""Per-process set-up of logs and traces, run by the server (``mhealth serve``) in each process it starts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mhealth.entrypoints.observability import tracing
from mhealth.entrypoints.observability.logs import configure_logging

if TYPE_CHECKING:
    from mhealth.entrypoints.settings import Settings


def setup_process(settings: Settings, *, traces: bool = True) -> None:
    """Logs to stdout in ``MHEALTH_LOG_FORMAT``; traces exported when tracing is on (see tracing.py)."""
    configure_logging(settings.effective_log_format, settings.log_level, settings.google_project)
    if traces and settings.otel_enabled:
        tracing.start_tracing()

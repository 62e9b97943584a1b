"""Bounded jittered retries for the Google adapters: the one implementation in :mod:`mhealth.adapters.llm.retry`."""

from __future__ import annotations

from mhealth.adapters.llm.retry import backoff_delay, with_retries

__all__ = ["backoff_delay", "with_retries"]

"""Analyzer port: reads a Korean utterance and returns a risk assessment."""

from __future__ import annotations

from abc import ABC, abstractmethod

from mhealth.domain.model import RiskAssessment
from mhealth.ports.readiness import HasReadiness


class Analyzer(HasReadiness, ABC):
    """Screens one utterance for depression, anxiety, cognitive concern, loneliness and ideation.

    Contract:
        * ``analyze`` returns a complete :class:`RiskAssessment` whose labels follow SCREENING.md
          and whose evidence quotes are substrings of ``text`` (the text it was given).
        * It never stores anything and never logs the text.
        * ``risk_level`` is the analyzer's own opinion; the domain's safety floor runs afterwards and
          may raise it. An analyzer must not rely on the floor to find ideation.
        * A provider outage raises :class:`~mhealth.domain.errors.ProviderUnavailable`; blank text
          raises :class:`~mhealth.domain.errors.InvalidInput`.
    """

    @abstractmethod
    async def analyze(self, text: str, *, language: str = "ko") -> RiskAssessment:
        """Assess ``text`` (the speaker's own words)."""

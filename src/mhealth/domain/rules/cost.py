"""What a check-in cost: billed speech seconds and language-model tokens, priced by the configured table.

An estimate is given only when every billed part has a price: a missing price gives ``None`` (unknown),
never a cost that silently leaves a part out. A part that used nothing (a text check-in's speech, a local
analyzer's tokens) costs nothing and needs no price.
"""

from __future__ import annotations

import msgspec

from mhealth.domain.model import PriceTable, Provenance, RiskAssessment, Transcript


def estimate_cost(
    prices: PriceTable,
    *,
    speech_provider: str | None = None,
    speech_model: str = "",
    billed_speech_s: float | None = None,
    analyzer: str = "",
    model: str = "",
    input_tokens: int | None = None,
    output_tokens: int | None = None,
) -> float | None:
    """The estimated cost in ``prices.currency``, or None when a billed part has no price."""
    total = 0.0
    if speech_provider and billed_speech_s:
        per_minute = prices.speech_price(speech_provider, speech_model)
        if per_minute is None:
            return None
        total += billed_speech_s / 60.0 * per_minute
    if input_tokens or output_tokens:
        tokens = prices.token_price(analyzer, model)
        if tokens is None:
            return None
        total += (input_tokens or 0) / 1e6 * tokens.input_per_million
        total += (output_tokens or 0) / 1e6 * tokens.output_per_million
    return total


def with_cost(assessment: RiskAssessment, transcript: Transcript | None, prices: PriceTable | None) -> RiskAssessment:
    """``assessment`` whose provenance carries the billed speech seconds and, with a table, the estimate."""
    p = assessment.provenance
    billed = transcript.billed_audio_s if transcript is not None else None
    provenance: Provenance = msgspec.structs.replace(
        p,
        speech_provider=transcript.provider if transcript is not None else None,
        speech_billed_s=billed,
    )
    if prices is not None:
        cost = estimate_cost(
            prices,
            speech_provider=provenance.speech_provider,
            speech_model=transcript.model if transcript is not None else "",
            billed_speech_s=billed,
            analyzer=p.analyzer,
            model=p.model,
            input_tokens=p.input_tokens,
            output_tokens=p.output_tokens,
        )
        provenance = msgspec.structs.replace(
            provenance,
            estimated_cost=None if cost is None else round(cost, 8),
            cost_currency=prices.currency if cost is not None else None,
        )
    return msgspec.structs.replace(assessment, provenance=provenance)

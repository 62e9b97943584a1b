"""Prices of the providers a check-in uses, as configuration gives them (no price is written in code).

A :class:`PriceTable` is read from ``MHEALTH_PRICES`` (JSON, or the path of a JSON file); see
docs/configuration.md. Keys name a provider, optionally with its model: ``"google/long"`` is looked up
before ``"google"``. Speech is priced per minute of billed audio (the seconds the service received, no
rounding), language models per million input and output tokens.
"""

from __future__ import annotations

import msgspec

from mhealth.domain.model.common import require


class TokenPrice(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """Price of one million tokens sent to (``input``) and produced by (``output``) a language model."""

    input_per_million: float
    output_per_million: float

    def __post_init__(self) -> None:
        require(self.input_per_million >= 0, "a token price must not be negative", "input_per_million")
        require(self.output_per_million >= 0, "a token price must not be negative", "output_per_million")


class PriceTable(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """Prices in ``currency``; ``as_of`` says when they were read from the provider's price list."""

    currency: str = "USD"
    as_of: str | None = None
    speech_per_minute: dict[str, float] = msgspec.field(default_factory=dict)
    llm: dict[str, TokenPrice] = msgspec.field(default_factory=dict)

    def __post_init__(self) -> None:
        require(bool(self.currency.strip()), "currency must not be blank", "currency")
        for key, price in self.speech_per_minute.items():
            require(price >= 0, f"the speech price of {key!r} must not be negative", "speech_per_minute")

    def speech_price(self, provider: str, model: str) -> float | None:
        """Price per billed minute of ``provider``/``model``, or None when the table has none."""
        for key in (f"{provider}/{model}", provider):
            if key in self.speech_per_minute:
                return self.speech_per_minute[key]
        return None

    def token_price(self, analyzer: str, model: str) -> TokenPrice | None:
        """Token prices of ``analyzer``/``model``, or None when the table has none."""
        for key in (f"{analyzer}/{model}", analyzer):
            if key in self.llm:
                return self.llm[key]
        return None

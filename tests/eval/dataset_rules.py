"""What every labelled-set test shares: the scorer, SCREENING.md's risk rule written again independently,
the suicide words of the ``no_suicide_word`` tag, text normalisation, and the breadth checks of a set."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from tests.eval import scorer

SUICIDE_WORDS = ("죽", "자살", "목숨", "극단적")

__all__ = ["SUICIDE_WORDS", "bigrams", "check_breadth", "normalise", "rule", "scorer"]


def rule(d: int, a: int, c: int, lo: int, s: int) -> str:
    """SCREENING.md's risk rule, written again independently of the scorer."""
    if s == 2 or (s == 1 and d >= 2):
        return "critical"
    if d == 3 or a == 3 or s == 1:
        return "high"
    if 2 in (d, a, c, lo):
        return "moderate"
    return "low"


def normalise(text: str) -> str:
    """Text with spacing and punctuation removed, so STT spacing variants of one utterance compare equal."""
    return re.sub(r"[\s.,!?~…'\"]+", "", text)


def bigrams(text: str) -> set[str]:
    """The character bigrams of the normalised text (near-duplicate checks between sets)."""
    t = normalise(text)
    return {t[i : i + 2] for i in range(len(t) - 1)} or {t}


def check_breadth(
    items: list[dict[str, Any]],
    *,
    dialect_share: float = 0.12,
    stt_spacing: int = 20,
    long: int = 8,
    more_tags: tuple[str, ...] = (),
) -> None:
    """Style and label breadth that an evaluation set must have (the defaults are dev's and holdout's)."""
    n = len(items)
    tags = Counter(t for it in items for t in it["tags"])
    assert tags["dialect"] / n >= dialect_share
    assert tags["stt_spacing"] >= stt_spacing
    assert tags["short"] >= 10 and tags["long"] >= long
    for tag in ("idiom", "other_person", "media", "negation", "resolved_past", "acceptance", "innocent_means"):
        assert tags[tag] >= 5, tag
    for tag in more_tags:
        assert tags[tag] >= 5, tag
    abuse = [it for it in items if it["abuse"]]
    assert 8 <= len(abuse) <= 20
    assert tags["abuse_negative"] >= 4
    for dim, top in scorer.ORDINAL_DIMENSIONS.items():  # every value of every dimension is represented
        values = Counter(it[dim] for it in items)
        for v in range(top + 1):
            assert values[v] >= 5, (dim, v)
    passive = [it for it in items if it["suicidal_ideation"] == 1]  # with and without depression >= 2
    assert sum(it["depression"] >= 2 for it in passive) >= 8
    assert sum(it["depression"] < 2 for it in passive) >= 8
    assert sum(it["physical_complaint"] for it in items) >= 20

"""Crises said in a turn of ordinary talk: each labelled item with two calm sentences before it and one after (about
110 characters more), its labels unchanged (the calm talk adds no symptom). Issue 18 asks for crises buried in long
check-ins; a voice note of two or three sentences buries them too, and the model's reading of a whole turn dilutes a
crisis said in one of its sentences (docs/clinical-rules.md, "d44"). Used by ``tests/eval/test_buried_crises.py``
and ``scripts/eval_screening.py``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

BEFORE = "오늘 아침에 경로당 다녀왔어요. 친구들이랑 화투 치고 점심도 같이 먹었어요. "
AFTER = " 손주가 다음 주에 온대서 반찬 좀 해 놔야 해요."


def buried(items: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The items whose gold risk is critical, each said between the calm sentences."""
    return [{**it, "text": BEFORE + str(it["text"]) + AFTER} for it in items if it["risk"] == "critical"]

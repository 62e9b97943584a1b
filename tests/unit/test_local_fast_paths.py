"""The local analyzer's batched fast paths give exactly what the plain per-text paths give.

The long-transcript speed work (issue 18) hashes every segment's features in one pass, sums weights per
segment in one loop, compacts a text once for all its clauses and counts Hangul syllables with one regex.
Each is checked here against the plain path it replaced, bit for bit, on varied text: real check-ins cut at
random places, random mixes of Hangul, jamo, Latin, digits, punctuation and odd white space, and empty text.
"""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

import numpy as np
import pytest

from mhealth.adapters.local import model as M
from mhealth.adapters.local import rules
from mhealth.adapters.local.analyzer import _best_clause
from mhealth.domain.rules.language import _is_hangul, hangul_share

EVAL = Path(__file__).parents[1] / "eval"
_POOL = "가나다라밥잠죽외롭ㅋㅎㅏㅠ AZaz09 .,?!~\t\n\u3000\x1c\u00a0é中😀-"


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    real = [
        json.loads(line)["text"]
        for line in (EVAL / "ko_dev.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    out = ["", " ", "!!", "a", "가", "ㅋㅋ", "\u3000\x1c"]
    for _ in range(count):
        kind = rng.random()
        if kind < 0.4:
            text = rng.choice(real)
            a, b = sorted(rng.randrange(len(text) + 1) for _ in range(2))
            out.append(text[a:b])
        elif kind < 0.7:
            out.append("".join(rng.choice(_POOL) for _ in range(rng.randrange(1, 40))))
        else:
            out.append(" ".join(rng.sample(real, 3)))
    return out


@pytest.fixture(scope="module")
def model() -> M.LocalModel:
    return M.LocalModel.load()


def _plain_exp_logits(model: M.LocalModel, texts: list[str]) -> np.ndarray:
    """The per-text path the batch replaced."""
    z = np.empty((len(texts), model.bias.shape[0]), dtype=np.float32)
    lut = model._lut
    for i, text in enumerate(texts):
        z[i] = model.bias
        idx = M.feature_indices(text, model.buckets, model.streams)
        if idx.shape[0]:
            rows = lut[idx]
            rows = rows[rows >= 0]
            if rows.shape[0]:
                z[i] += model.weights[rows].astype(np.float32).sum(axis=0) * np.float32(1.0 / np.sqrt(idx.shape[0]))
    z64 = z.astype(np.float64)
    return np.exp(z64 - z64.max(axis=1, keepdims=True))


@pytest.mark.parametrize("streams", ["aw", "awj"])
def test_batched_features_are_each_texts_own(streams: str) -> None:
    texts = _texts(300, seed=len(streams))
    owner, idx = M.feature_indices_many(texts, streams=streams)
    assert np.all(np.diff(owner) >= 0)
    for i, text in enumerate(texts):
        assert np.array_equal(idx[owner == i], M.feature_indices(text, streams=streams)), text


def test_batched_logits_are_bit_identical_to_one_text_at_a_time(model: M.LocalModel) -> None:
    texts = _texts(400, seed=7)
    for start in range(0, len(texts), 37):
        batch = texts[start : start + 37]
        assert np.array_equal(model._exp_logits(batch), _plain_exp_logits(model, batch))
    assert model._exp_logits([]).shape == (0, model.bias.shape[0])


def _plain_best_clause(model: M.LocalModel, text: str, clauses: list[tuple[int, int]], head: str, level: int) -> str:
    """The per-clause loop the batch replaced (the quote it chose)."""
    best: tuple[float, int, int] | None = None
    for start, end in clauses:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            continue
        p = float(model.probabilities(text[start:end])[head][level:].sum())
        if best is None or p > best[0]:
            best = (p, start, end)
    assert best is not None
    return text[best[1] : best[2]]


def test_best_clause_matches_scoring_each_clause_alone(model: M.LocalModel) -> None:
    rng = random.Random(5)
    texts = [t for t in _texts(60, seed=5) if t.strip()]
    for text in texts:
        cuts = sorted({0, len(text), *(rng.randrange(len(text) + 1) for _ in range(4))})
        clauses = list(itertools.pairwise(cuts))
        if not any(text[a:b].strip() for a, b in clauses):
            continue
        for head in M.HEADS:
            level = rng.randrange(1, M.HEADS[head])
            assert _best_clause(model, text, clauses, head, level).quote == _plain_best_clause(
                model, text, clauses, head, level
            )


def _plain_compact(text: str, start: int, end: int) -> tuple[str, list[int]]:
    chars, offsets = [], []
    for index in range(start, end):
        if not text[index].isspace():
            chars.append(text[index])
            offsets.append(index)
    return "".join(chars), offsets


def test_compaction_keeps_the_same_characters_and_offsets() -> None:
    rng = random.Random(3)
    for text in _texts(300, seed=3):
        a, b = sorted(rng.randrange(len(text) + 1) for _ in range(2))
        assert rules._compact(text, a, b) == _plain_compact(text, a, b)
        assert rules._compact(text, 0, len(text)) == _plain_compact(text, 0, len(text))


def _plain_hangul_share(text: str) -> float | None:
    letters = hangul = capitals = 0
    for ch in text:
        if not ch.isalpha():
            continue
        if _is_hangul(ch):
            hangul += 1
            letters += 1
        elif "A" <= ch <= "Z":
            capitals += 1
        else:
            letters += 1
    if letters == 0:
        return None if capitals == 0 else 0.0
    return hangul / letters


def test_hangul_share_counts_as_the_plain_loop_does() -> None:
    for text in [*_texts(300, seed=11), "I WANT TO DIE", "死にたい", "MRI 찍었어요", "\uac00\ud7a3\ud7a4"]:
        assert hangul_share(text) == _plain_hangul_share(text), text


def test_rules_the_whole_text_does_not_match_are_not_missed_in_any_clause(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(13)
    texts = [t for t in _texts(250, seed=13) if t.strip()]
    cases = []
    for text in texts:
        cuts = sorted({0, len(text), *(rng.randrange(len(text) + 1) for _ in range(rng.randrange(8)))})
        cases.append((text, list(itertools.pairwise(cuts))))
    fast = [rules.find_hits(text, clauses) for text, clauses in cases]
    monkeypatch.setattr(rules, "_CONTEXTUAL", frozenset(rule.code for rule in rules._CLAUSE_RULES))
    plain = [rules.find_hits(text, clauses) for text, clauses in cases]
    assert fast == plain
    assert sum(len(hits) for hits, _ in plain) > 50  # the texts do hit rules

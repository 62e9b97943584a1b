"""A small statistical model that backs up the local analyzer's hand-written rules.

What it is: hashed character n-gram features and one L2-regularised multinomial logistic regression per
dimension (suicidal ideation 0-2, depression 0-3, anxiety 0-3, cognitive concern 0-2, loneliness 0-2),
implemented with numpy only. This module only loads and applies it: the training code (design matrix,
fitting, saving) lives in ``scripts/local_model_training.py``, run by ``scripts/train_local_model.py`` on
the labelled check-in sets; the weights ship as package data (``models/local_model.npz``, float16) with a JSON card
(``models/local_model.card.json``) that records the data, hyperparameters and the honest leave-one-set-out
(LOSO) estimate: every labelled file scored by rules + a model fitted without it.

How it is used (``analyzer.py``): the model can only RAISE a label the rules found, never lower one,
and only when its score clears a threshold chosen on the pooled LOSO scores. It scores the whole text and
each clause (``segments``) and, per level, blends the whole text's probability with the best segment's
(``LocalModel.levels``), so a signal in one clause of a long turn is not diluted by the rest
(see docs/clinical-rules.md §4.8).

Features are stable across processes and machines: a numpy polynomial rolling hash over Unicode code
points with a fixed 64-bit finaliser (no Python ``hash()``, which is salted per process).

* stream ``a``: character 1-4-grams over the text with all whitespace and punctuation removed, with
  start and end markers (speech-to-text spacing does not matter);
* stream ``w``: character 2-5-grams inside each word-ish token with boundary markers (``<밥>``), so
  endings and whole short words are features too;
* stream ``j`` (optional, ``streams`` in the card; not in the shipped model): jamo 3-5-grams of the compact
  text, so spellings that differ in one vowel share features.

A text's features are the set of buckets hit (binary), L2-normalised.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

FEATURE_VERSION = "ko-charhash-v1"
DEFAULT_BUCKETS = 1 << 18

#: head name -> number of classes (labels 0..k-1); dataset keys
HEADS: dict[str, int] = {
    "suicidal_ideation": 3,
    "depression": 4,
    "anxiety": 4,
    "cognitive_concern": 3,
    "loneliness": 3,
}

MODEL_DIR = Path(__file__).with_name("models")
MODEL_PATH = MODEL_DIR / "local_model.npz"
CARD_PATH = MODEL_DIR / "local_model.card.json"

_NON_TEXT = re.compile(r"[^0-9a-z가-힣ㄱ-ㅎㅏ-ㅣ]+")
_SPACE = re.compile(r"\s+")
_MULT = np.uint64(0x100000001B3)  # FNV-style odd multiplier for the rolling hash
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_START, _END, _WSTART, _WEND = 0x2, 0x3, 0x1C, 0x1D  # control code points as boundary markers
_STREAM_SEED = {"a": 0x9E3779B97F4A7C15, "w": 0xC2B2AE3D27D4EB4F, "j": 0x165667B19E3779F9}


def normalise(text: str) -> str:
    """NFC, lower case, every run of non-letter/digit characters becomes one space."""
    text = unicodedata.normalize("NFC", text).lower()
    return _SPACE.sub(" ", _NON_TEXT.sub(" ", text)).strip()


def _mix(h: np.ndarray) -> np.ndarray:
    h = h ^ (h >> np.uint64(30))
    h = h * _MIX1
    h = h ^ (h >> np.uint64(27))
    h = h * _MIX2
    mixed: np.ndarray = h ^ (h >> np.uint64(31))
    return mixed


_MASK64 = (1 << 64) - 1


def _seed_term(seed: int, n: int) -> np.uint64:
    """``(seed ^ n*0x1000193) * MULT**n`` mod 2**64: the seed's share of an n-gram's rolling hash."""
    return np.uint64(((seed ^ (n * 0x1000193)) * pow(int(_MULT), n, 1 << 64)) & _MASK64)


_SEED_TERMS = {(s, n): _seed_term(s, n) for s in _STREAM_SEED.values() for n in range(1, 6)}


def _ngram_hashes(codes: np.ndarray, sizes: Sequence[int], seed: int, valid: np.ndarray | None = None) -> np.ndarray:
    """64-bit hashes of every n-gram of ``codes`` for n in ``sizes`` (vectorised, wrap-around arithmetic).

    The hash of an n-gram c_0..c_{n-1} is ``h = s_n; h = h*MULT + c_j`` for j = 0..n-1 (s_n a per-stream,
    per-length seed), computed incrementally over n. ``valid`` (optional, per position) marks code points an
    n-gram may not contain in its interior.
    """
    return _ngram_hashes_owned(codes, np.zeros(codes.shape[0], dtype=np.int64), sizes, seed, valid)[0]


def _jamo(codes: np.ndarray) -> np.ndarray:
    """Hangul syllables decomposed into their 2-3 conjoining jamo (other code points kept as they are)."""
    syl = (codes >= 0xAC00) & (codes <= 0xD7A3)
    idx = np.where(syl, codes - np.uint64(0xAC00), np.uint64(0))
    lead = np.where(syl, np.uint64(0x1100) + idx // np.uint64(588), codes)
    vowel = np.uint64(0x1161) + (idx % np.uint64(588)) // np.uint64(28)
    tail = idx % np.uint64(28)
    table = np.stack([lead, vowel, np.uint64(0x11A7) + tail], axis=1)
    keep = np.stack([np.ones_like(syl), syl, syl & (tail > 0)], axis=1)
    return table[keep]


def feature_indices(text: str, buckets: int = DEFAULT_BUCKETS, streams: str = "aw") -> np.ndarray:
    """Sorted unique bucket indices (int64) of ``text``'s hashed n-gram features."""
    norm = normalise(text)
    compact = norm.replace(" ", "")
    parts: list[np.ndarray] = []
    if compact:
        codes = np.fromiter((_START, *map(ord, compact), _END), dtype=np.uint64, count=len(compact) + 2)
        parts.append(_ngram_hashes(codes, (1, 2, 3, 4), _STREAM_SEED["a"]))
        if "j" in streams:
            parts.append(_ngram_hashes(_jamo(codes), (3, 4, 5), _STREAM_SEED["j"]))
    if norm:
        spaced = f"{chr(_WSTART)}{norm.replace(' ', chr(_WEND) + ' ' + chr(_WSTART))}{chr(_WEND)}"
        codes = np.fromiter(map(ord, spaced), dtype=np.uint64, count=len(spaced))
        parts.append(_ngram_hashes(codes, (2, 3, 4, 5), _STREAM_SEED["w"], valid=codes == 0x20))
    if not parts:
        return np.zeros(0, dtype=np.int64)
    hashes = _mix(np.concatenate(parts))
    return np.unique((hashes % np.uint64(buckets)).astype(np.int64))


def feature_indices_many(
    texts: Sequence[str], buckets: int = DEFAULT_BUCKETS, streams: str = "aw"
) -> tuple[np.ndarray, np.ndarray]:
    """:func:`feature_indices` of every text in one vectorised pass: ``(owner, idx)``, both int64, sorted by owner
    then bucket; ``idx[owner == i]`` equals ``feature_indices(texts[i])``.

    The texts' code points are laid end to end and hashed together; an n-gram that would run from one text into
    the next is dropped, so each text keeps exactly its own n-grams.
    """
    compact_parts: list[str] = []
    spaced_parts: list[str] = []
    present: list[int] = []
    for i, text in enumerate(texts):
        norm = normalise(text)
        if not norm:
            continue
        present.append(i)
        compact_parts.append(f"{chr(_START)}{norm.replace(' ', '')}{chr(_END)}")
        spaced_parts.append(f"{chr(_WSTART)}{norm.replace(' ', chr(_WEND) + ' ' + chr(_WSTART))}{chr(_WEND)}")
    if not present:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    ids = np.array(present, dtype=np.int64)
    hashes: list[np.ndarray] = []
    owners: list[np.ndarray] = []
    codes, owner = _codes(compact_parts, ids)
    h, o = _ngram_hashes_owned(codes, owner, (1, 2, 3, 4), _STREAM_SEED["a"])
    hashes.append(h)
    owners.append(o)
    if "j" in streams:
        lengths = (codes >= 0xAC00) & (codes <= 0xD7A3)
        jamo_owner = np.repeat(owner, 1 + lengths + (lengths & ((codes - np.uint64(0xAC00)) % np.uint64(28) > 0)))
        h, o = _ngram_hashes_owned(_jamo(codes), jamo_owner, (3, 4, 5), _STREAM_SEED["j"])
        hashes.append(h)
        owners.append(o)
    codes, owner = _codes(spaced_parts, ids)
    h, o = _ngram_hashes_owned(codes, owner, (2, 3, 4, 5), _STREAM_SEED["w"], valid=codes == 0x20)
    hashes.append(h)
    owners.append(o)
    keys = np.concatenate(owners) * buckets + (_mix(np.concatenate(hashes)) % np.uint64(buckets)).astype(np.int64)
    keys.sort()  # sort and drop repeats: np.unique's result, without its hash table (slower on these sizes)
    keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]
    return keys // buckets, keys % buckets


def _codes(parts: list[str], ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The code points of ``parts`` laid end to end (uint64) and, per position, the id of its part."""
    codes = np.frombuffer("".join(parts).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    return codes, np.repeat(ids, [len(part) for part in parts])


def _ngram_hashes_owned(
    codes: np.ndarray, owner: np.ndarray, sizes: Sequence[int], seed: int, valid: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_ngram_hashes` over several texts laid end to end (``owner`` per position): only n-grams inside
    one text, with the owner of each."""
    out: list[np.ndarray] = []
    owners: list[np.ndarray] = []
    length = codes.shape[0]
    rolling = np.zeros(0, dtype=np.uint64)
    cs = None
    if valid is not None:
        cs = np.concatenate(([0], np.cumsum(valid, dtype=np.int64)))
    for n in range(1, max(sizes) + 1):
        if length < n:
            break
        count = length - n + 1
        rolling = codes[:count].copy() if n == 1 else rolling[:count] * _MULT + codes[n - 1 : n - 1 + count]
        if n not in sizes:
            continue
        inside = owner[:count] == owner[n - 1 : n - 1 + count]
        if cs is not None and n > 2:
            inside &= (cs[n - 1 : n - 1 + count] - cs[1 : 1 + count]) == 0
        out.append(rolling[inside] + _SEED_TERMS[(seed, n)])
        owners.append(owner[:count][inside])
    if not out:
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    return np.concatenate(out), np.concatenate(owners)


@dataclass(slots=True)
class HeadFit:
    """One head's weights: the bucket ids it has a row for, a (len(vocab), k) weight block and (k,) biases."""

    vocab: np.ndarray  # bucket ids with a row in ``weights``
    weights: np.ndarray  # (len(vocab), k)
    bias: np.ndarray  # (k,)


#: the shortest clause (letters and digits, no spaces) that is scored on its own
MIN_SEGMENT_CHARS = 4
SEGMENT_MODES = ("whole", "clauses", "pairs")


#: a long transcript's ideation is also read window by window (``LocalModel.window_scores``): windows of this many
#: clauses, in texts of at least WINDOW_MIN_CLAUSES scored clauses
WINDOW_CLAUSES = 3
WINDOW_MIN_CLAUSES = 6


def segments(text: str, clauses: Sequence[tuple[int, int]], mode: str = "clauses") -> list[tuple[int, int]]:
    """The spans of ``text`` the model scores: the whole text first, then (mode ``clauses``/``pairs``, when there is
    more than one clause) every clause with at least MIN_SEGMENT_CHARS letters, then (``pairs``) every two
    adjacent clauses. Spans are trimmed of surrounding whitespace, so each is a true quote of ``text``."""
    out = [(0, len(text))]
    if mode == "whole":
        return out
    trimmed: list[tuple[int, int]] = []
    for start, end in clauses:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            trimmed.append((start, end))
    if len(trimmed) < 2:
        return out
    for start, end in trimmed:
        if len(normalise(text[start:end]).replace(" ", "")) >= MIN_SEGMENT_CHARS and (start, end) != out[0]:
            out.append((start, end))
    if mode == "pairs" and len(trimmed) > 2:
        out.extend((trimmed[i][0], trimmed[i + 1][1]) for i in range(len(trimmed) - 1))
    return out


# ---------------------------------------------------------------------------------------------------------
# the shipped model
# ---------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Thresholds:
    """Per head, the probability of ``label >= level`` at which the model raises the label to ``level``.

    Missing levels are never raised by the model.
    """

    by_head: dict[str, dict[int, float]] = field(default_factory=dict)

    def to_json(self) -> dict[str, dict[str, float]]:
        return {h: {str(k): float(v) for k, v in levels.items()} for h, levels in self.by_head.items()}

    @classmethod
    def from_json(cls, data: dict[str, dict[str, float]]) -> Thresholds:
        return cls({h: {int(k): float(v) for k, v in levels.items()} for h, levels in data.items()})


class LocalModel:
    """The shipped weights: bucket lookup table plus one weight block per head."""

    def __init__(
        self,
        *,
        buckets: int,
        heads: dict[str, HeadFit],
        thresholds: Thresholds,
        meta: dict[str, Any] | None = None,
    ) -> None:
        self.buckets = buckets
        self.thresholds = thresholds
        self.meta = meta or {}
        self.head_names = [h for h in HEADS if h in heads]
        vocab = np.unique(np.concatenate([heads[h].vocab for h in self.head_names]))
        self._lut = np.full(buckets, -1, dtype=np.int32)
        self._lut[vocab] = np.arange(vocab.shape[0], dtype=np.int32)
        self._slices: dict[str, slice] = {}
        # Weights read from the shipped file are float16 and stay so in memory (half the size); scoring widens the
        # rows it gathers to float32, which float16 values convert to exactly, so every sum is as before.
        dtype = np.float16 if all(heads[h].weights.dtype == np.float16 for h in self.head_names) else np.float32
        blocks, biases, offset = [], [], 0
        for h in self.head_names:
            fit = heads[h]
            block = np.zeros((vocab.shape[0], fit.weights.shape[1]), dtype=dtype)
            block[np.searchsorted(vocab, fit.vocab)] = fit.weights
            blocks.append(block)
            biases.append(fit.bias.astype(np.float32))
            self._slices[h] = slice(offset, offset + fit.weights.shape[1])
            offset += fit.weights.shape[1]
        self._vocab = vocab
        self._w = np.concatenate(blocks, axis=1) if blocks else np.zeros((0, 0), dtype=np.float32)
        self._b = np.concatenate(biases) if biases else np.zeros(0, dtype=np.float32)

    @property
    def version(self) -> str:
        return str(self.meta.get("version", "unversioned"))

    def probabilities(self, text: str) -> dict[str, np.ndarray]:
        """Class probabilities per head for ``text``."""
        return {h: p[0] for h, p in self.segment_probabilities([text]).items()}

    def segment_probabilities(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        """Class probabilities per head, one row per text in ``texts`` (n, k)."""
        e = self._exp_logits(texts)
        out: dict[str, np.ndarray] = {}
        for h, sl in self._slices.items():
            block = e[:, sl]
            out[h] = block / block.sum(axis=1, keepdims=True)
        return out

    def _exp_logits(self, texts: Sequence[str]) -> np.ndarray:
        """exp(logits), shifted per row (each head's softmax is shift-invariant), (n, sum of k) float64.

        Every text's features are hashed in one pass (:func:`feature_indices_many`) and each row's weights are
        summed in bucket order, as :func:`feature_indices` and a per-text sum would: the same float32 sums.
        """
        z = np.empty((len(texts), self._b.shape[0]), dtype=np.float32)
        z[:] = self._b
        owner, idx = feature_indices_many(texts, self.buckets, self.streams)
        if idx.shape[0]:
            counts = np.bincount(owner, minlength=len(texts))
            rows = self._lut[idx]
            keep = rows >= 0
            rows, owner = rows[keep], owner[keep]
            if rows.shape[0]:
                weights = self._w[rows].astype(np.float32, copy=False)
                present = np.flatnonzero(np.bincount(owner, minlength=len(texts)))
                bounds = np.searchsorted(owner, present, side="right").tolist()
                scale = (1.0 / np.sqrt(counts[present])).astype(np.float32)
                start = 0
                for i, (row, end) in enumerate(zip(present.tolist(), bounds, strict=True)):
                    # numpy's own reduction per row (np.add.reduceat sums in another order: other float32 bits)
                    z[row] += weights[start:end].sum(axis=0) * scale[i]
                    start = end
        z64 = z.astype(np.float64)
        shifted: np.ndarray = np.exp(z64 - z64.max(axis=1, keepdims=True))
        return shifted

    @property
    def streams(self) -> str:
        return str(self.meta.get("streams", "aw"))

    @property
    def segment_mode(self) -> str:
        return str(self.meta.get("segments", "whole"))

    @property
    def clause_weight(self) -> float:
        return float(self.meta.get("clause_weight", 1.0))

    def levels(
        self, text: str, clauses: Sequence[tuple[int, int]] | None = None
    ) -> dict[str, tuple[int, float, tuple[int, int]]]:
        """Per head, (level the model would raise to, its score, the span that scored highest).

        The whole text and each of its clauses (``segments``) are scored; for each level k the score is
        ``whole + w * (best - whole)`` where ``whole`` is the whole text's ``p(label >= k)``, ``best`` the highest
        over all segments and ``w`` the card's ``clause_weight`` (chosen by leave-one-set-out evaluation): the
        signal often sits in one clause of a long turn, where the rest of the turn dilutes it.
        """
        spans = segments(text, clauses or [], self.segment_mode)
        e = self._exp_logits([text[a:b] for a, b in spans])
        # one reversed cumulative sum for every head: rev[:, i] = sum of e[:, i:]
        rev = np.concatenate([np.cumsum(e[:, ::-1], axis=1)[:, ::-1], np.zeros((e.shape[0], 1))], axis=1)
        weight = self.clause_weight
        out: dict[str, tuple[int, float, tuple[int, int]]] = {}
        for h, sl in self._slices.items():
            part = rev[:, sl.start : sl.stop + 1] - rev[:, sl.stop : sl.stop + 1]
            tails = part[:, :-1] / part[:, :1]  # tails[s, k] = p(label >= k) for segment s
            score = tails[0] if len(spans) == 1 else tails[0] + weight * (tails.max(axis=0) - tails[0])
            thresholds = self.thresholds.by_head.get(h, {})
            level = 0
            for k in sorted(thresholds, reverse=True):
                if k < score.shape[0] and score[k] >= thresholds[k]:
                    level = k
                    break
            k = max(level, 1) if score.shape[0] > 1 else 0
            out[h] = (level, float(score[k]), spans[0] if len(spans) == 1 else spans[int(tails[:, k].argmax())])
        return out

    def head_scores(
        self, text: str, clauses: Sequence[tuple[int, int]] | None, head: str
    ) -> list[tuple[float, tuple[int, int]]]:
        """For ``head``, per level k >= 1: (the score ``levels`` compares with threshold k, the span that scored
        highest for k). The same arithmetic as :meth:`levels`, for every level at once: the training script uses
        it to see which raises a threshold would make on texts outside the labelled sets."""
        spans = segments(text, clauses or [], self.segment_mode)
        e = self._exp_logits([text[a:b] for a, b in spans])
        sl = self._slices[head]
        block = e[:, sl]
        tails = np.cumsum(block[:, ::-1], axis=1)[:, ::-1] / block.sum(axis=1, keepdims=True)
        score = tails[0] if len(spans) == 1 else tails[0] + self.clause_weight * (tails.max(axis=0) - tails[0])
        return [
            (float(score[k]), spans[0] if len(spans) == 1 else spans[int(tails[:, k].argmax())])
            for k in range(1, tails.shape[1])
        ]

    def window_scores(
        self,
        text: str,
        clauses: Sequence[tuple[int, int]] | None,
        head: str,
        *,
        sizes: Sequence[int] = (WINDOW_CLAUSES,),
        min_clauses: int = WINDOW_MIN_CLAUSES,
    ) -> list[tuple[float, tuple[int, int]]] | None:
        """For a text of at least ``min_clauses`` scored clauses, ``head``'s scores read as an utterance would be:
        every window of ``sizes`` consecutive clauses (by default WINDOW_CLAUSES, in texts of WINDOW_MIN_CLAUSES) is
        scored like a short text (the window, then ``w * (best clause in it - window)``) and the best window counts,
        per level k >= 1, with the clause that scored highest in it. None for shorter texts (``head_scores`` reads
        them whole). A window as long as the whole text is not read again.

        Why: the whole turn dilutes one decisive clause in a 1-3 minute check-in (its own score is the average
        talk of meals and weather), so ``levels`` reads long check-ins far below utterances of the same words
        (issue 18; the analyzer gives windows a stricter bar, ``analyzer.WINDOW_MARGIN``). A voice note of a few
        sentences dilutes a crisis said in one of them too (``analyzer.MID_WINDOW_SIZES``, d45)."""
        spans = segments(text, clauses or [], self.segment_mode)[1:]
        if len(spans) < min_clauses:
            return None
        windows = [(i, n) for n in sizes for i in range(len(spans) - n + 1) if 0 < n < len(spans)]
        if not windows:
            return None
        # every clause, then each window of two clauses or more: a window of one clause is its clause, scored once
        longer = [(i, n) for i, n in windows if n > 1]
        e = self._exp_logits(
            [text[a:b] for a, b in spans] + [text[spans[i][0] : spans[i + n - 1][1]] for i, n in longer]
        )
        block = e[:, self._slices[head]]
        tails = np.cumsum(block[:, ::-1], axis=1)[:, ::-1] / block.sum(axis=1, keepdims=True)
        parts = tails[: len(spans)]
        rows = iter(range(len(spans), tails.shape[0]))
        own = tails[[i if n == 1 else next(rows) for i, n in windows]]  # in the windows' order (argmax ties as before)
        # the best of the window and its clauses, as head_scores reads a text and its clauses
        best = np.maximum(own, np.stack([parts[i : i + n].max(axis=0) for i, n in windows]))
        scores = own + self.clause_weight * (best - own)
        out: list[tuple[float, tuple[int, int]]] = []
        for k in range(1, tails.shape[1]):
            j = int(scores[:, k].argmax())
            i, n = windows[j]
            clause = i + int(parts[i : i + n, k].argmax())
            out.append((float(scores[j, k]), spans[clause]))
        return out

    # ---- what scripts/local_model_training.py writes (``save_model``) and ``load`` reads -------------------
    @property
    def vocab(self) -> np.ndarray:
        """Sorted bucket ids that have a weight row (int64)."""
        return self._vocab

    @property
    def weights(self) -> np.ndarray:
        """(len(vocab), sum of the heads' classes) float32: every head's block side by side."""
        return self._w

    @property
    def bias(self) -> np.ndarray:
        return self._b

    @property
    def head_slices(self) -> dict[str, slice]:
        """Per head, its columns in ``weights`` and ``bias``."""
        return dict(self._slices)

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> LocalModel:
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            if meta.get("feature_version") != FEATURE_VERSION:
                raise ValueError(f"{path}: feature version {meta.get('feature_version')!r} != {FEATURE_VERSION!r}")
            vocab = data["vocab"].astype(np.int64)
            weights = data["weights"]  # float16 as written (save_model); see __init__
            bias = data["bias"].astype(np.float32)
        heads = {
            h: HeadFit(vocab=vocab, weights=weights[:, a:b], bias=bias[a:b]) for h, (a, b) in meta["heads"].items()
        }
        return cls(
            buckets=int(meta["buckets"]),
            heads=heads,
            thresholds=Thresholds.from_json(meta["thresholds"]),
            meta=meta,
        )


__all__ = [
    "CARD_PATH",
    "FEATURE_VERSION",
    "HEADS",
    "MODEL_PATH",
    "SEGMENT_MODES",
    "HeadFit",
    "LocalModel",
    "Thresholds",
    "feature_indices",
    "feature_indices_many",
    "normalise",
    "segments",
]

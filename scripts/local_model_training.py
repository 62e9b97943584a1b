"""Training the local analyzer's model: the sparse design matrix, the fit, and writing the shipped file.

Kept out of the runtime adapter (``src/mhealth/adapters/local/model.py``), which only loads and applies the
weights; ``scripts/train_local_model.py`` runs this, and ``tests/unit/test_local_model.py`` checks that training
is deterministic and that a saved model loads back unchanged. Features come from the runtime module
(``feature_indices``), so training and scoring hash text the same way.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from mhealth.adapters.local.model import DEFAULT_BUCKETS, FEATURE_VERSION, HEADS, HeadFit, LocalModel, feature_indices


@dataclass(slots=True)
class Design:
    """Rows of binary hashed features, L2-normalised, as flat arrays (CSR without scipy)."""

    indptr: np.ndarray
    cols: np.ndarray
    vals: np.ndarray

    @property
    def n_rows(self) -> int:
        return int(self.indptr.shape[0] - 1)

    @classmethod
    def from_texts(cls, texts: Sequence[str], buckets: int = DEFAULT_BUCKETS, streams: str = "aw") -> Design:
        rows = [feature_indices(t, buckets, streams) for t in texts]
        return cls.from_rows(rows)

    @classmethod
    def from_rows(cls, rows: Sequence[np.ndarray]) -> Design:
        lengths = np.array([len(r) for r in rows], dtype=np.int64)
        indptr = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
        cols = np.concatenate(rows).astype(np.int64) if rows else np.zeros(0, dtype=np.int64)
        vals = np.repeat(1.0 / np.sqrt(np.maximum(lengths, 1)), lengths).astype(np.float64)
        return cls(indptr, cols, vals)


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    probs: np.ndarray = e / e.sum(axis=1, keepdims=True)
    return probs


def fit_heads(
    design: Design,
    labels: dict[str, np.ndarray],
    *,
    l2: float,
    iterations: int = 200,
    learning_rate: float = 0.05,
    class_weight: str | None = "sqrt_balanced",
    boost: dict[str, dict[int, float]] | None = None,
) -> dict[str, HeadFit]:
    """Multinomial logistic regression per head (shared features, separate softmax), L2-regularised,
    trained jointly by full-batch Adam from zeros: deterministic, no random state at all."""
    names = [h for h in HEADS if h in labels]
    vocab, local = np.unique(design.cols, return_inverse=True)
    n, v = design.n_rows, vocab.shape[0]
    sizes = [HEADS[h] for h in names]
    offsets = np.concatenate([[0], np.cumsum(sizes)])
    total = int(offsets[-1])
    target = np.zeros((n, total))
    sample_w = np.zeros((n, total))
    bias0 = np.zeros(total)
    for i, h in enumerate(names):
        y = labels[h].astype(np.int64)
        k = sizes[i]
        counts = np.bincount(y, minlength=k).astype(np.float64)
        if class_weight == "sqrt_balanced":
            cw = np.where(counts > 0, np.sqrt(n / (k * np.maximum(counts, 1))), 0.0)
        else:
            cw = np.ones(k)
        for level, factor in (boost or {}).get(h, {}).items():
            cw[level] *= factor
        sw = cw[y] / cw[y].sum()
        target[np.arange(n), offsets[i] + y] = 1.0
        sample_w[:, offsets[i] : offsets[i + 1]] = sw[:, None]
        bias0[offsets[i] : offsets[i + 1]] = np.log((counts + 1.0) / (counts.sum() + k))
    order = np.argsort(local, kind="stable")
    sorted_local = local[order]
    col_starts = np.flatnonzero(np.concatenate([[True], sorted_local[1:] != sorted_local[:-1]]))
    row_of = np.repeat(np.arange(n), np.diff(design.indptr))[order]
    vals = design.vals.astype(np.float32)[:, None]
    vals_sorted = vals[order]
    target, sample_w = target.astype(np.float32), sample_w.astype(np.float32)
    w = np.zeros((v, total), dtype=np.float32)
    b = bias0.astype(np.float32)
    m_w, s_w = np.zeros_like(w), np.zeros_like(w)
    m_b, s_b = np.zeros_like(b), np.zeros_like(b)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    starts = design.indptr[:-1]
    for step in range(1, iterations + 1):
        z = np.add.reduceat(w[local] * vals, starts, axis=0) + b
        probs = np.empty_like(z)
        for i in range(len(names)):
            sl = slice(offsets[i], offsets[i + 1])
            probs[:, sl] = _softmax(z[:, sl])
        r = (probs - target) * sample_w
        g_w = np.add.reduceat(r[row_of] * vals_sorted, col_starts, axis=0) + np.float32(l2) * w
        g_b = r.sum(axis=0)
        for p, g, m, s in ((w, g_w, m_w, s_w), (b, g_b, m_b, s_b)):
            m *= beta1
            m += (1 - beta1) * g
            s *= beta2
            s += (1 - beta2) * g * g
            p -= learning_rate * (m / (1 - beta1**step)) / (np.sqrt(s / (1 - beta2**step)) + eps)
    out: dict[str, HeadFit] = {}
    for i, h in enumerate(names):
        sl = slice(offsets[i], offsets[i + 1])
        out[h] = HeadFit(vocab=vocab, weights=w[:, sl].copy(), bias=b[sl].copy())
    return out


def predict_design(fit: HeadFit, design: Design) -> np.ndarray:
    """Class probabilities (n, k) for the rows of ``design``."""
    pos = np.searchsorted(fit.vocab, design.cols)
    pos = np.clip(pos, 0, max(fit.vocab.shape[0] - 1, 0))
    hit = fit.vocab[pos] == design.cols if fit.vocab.shape[0] else np.zeros(design.cols.shape, dtype=bool)
    rows = np.where(hit[:, None], fit.weights[pos] if fit.vocab.shape[0] else 0.0, 0.0) * design.vals[:, None]
    z = np.add.reduceat(rows, design.indptr[:-1], axis=0) + fit.bias
    return _softmax(z)


def save_model(model: LocalModel, path: Path) -> None:
    """Write ``model`` in the format ``LocalModel.load`` reads: weights as float16, meta as sorted JSON."""
    slices = model.head_slices
    meta = dict(model.meta)
    meta.update(
        {
            "feature_version": FEATURE_VERSION,
            "buckets": model.buckets,
            "heads": {h: [slices[h].start, slices[h].stop] for h in model.head_names},
            "thresholds": model.thresholds.to_json(),
        }
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        path,
        vocab=model.vocab.astype(np.int32),
        weights=model.weights.astype(np.float16),
        bias=model.bias.astype(np.float32),
        meta=np.array(json.dumps(meta, ensure_ascii=False, sort_keys=True)),
    )


__all__ = ["Design", "fit_heads", "predict_design", "save_model"]

"""Korean predicates by lemma: every surface stem an inflected form of a verb or adjective starts with.

The lexicon matches surface text (compacted, no morphological analysis on the hot path), so a rule written
"슬퍼" missed 슬프다, 슬프고, 슬픈, 슬펐어 and 슬픔. Rules name lemmas instead (``{슬프다}`` in a pattern) and
this module expands each lemma, once at import, into the alternation of its stems: the stem itself, the stem
fused with the ㄴ/ㄹ/ㅁ/ㅂ of an ending (슬픈, 슬플, 슬픔, 슬픕), and the 아/어 form with and without the past ㅆ
(슬퍼, 슬펐). Irregular classes are inferred from the stem's shape, which holds for the emotion and symptom
words the lexicon uses; an ambiguous stem (regular 좁다 vs irregular 외롭다) names its class explicitly.

Only the standard library; the expansion is exact string work, checked against hand-written tables in
tests/unit/test_inflect.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_BASE = 0xAC00
_JUNG = 21
_JONG = 28
# jungseong indices
_A, _AE, _EO, _E, _YEO, _O, _WA, _OE, _U, _WO, _EU, _I = 0, 1, 4, 5, 6, 8, 9, 11, 13, 14, 18, 20
# jongseong indices
_N, _L, _LM, _M, _B, _SS = 4, 8, 10, 16, 17, 20
_BRIGHT = frozenset({_A, _O, _WA})  # 아/오: the 아-form takes 아, the rest 어

CLASSES = ("regular", "b", "reu", "l", "ha", "eu")


def _split(syllable: str) -> tuple[int, int, int]:
    code = ord(syllable) - _BASE
    if not 0 <= code < 11172:
        raise ValueError(f"{syllable!r} is not a Hangul syllable")
    return code // (_JUNG * _JONG), (code // _JONG) % _JUNG, code % _JONG


def _join(cho: int, jung: int, jong: int = 0) -> str:
    return chr(_BASE + (cho * _JUNG + jung) * _JONG + jong)


def _infer(stem: str) -> str:
    if stem.endswith("하"):
        return "ha"
    _, jung, jong = _split(stem[-1])
    if jong == _B:
        return "b"
    if jong == _L:
        return "l"
    if stem.endswith("르") and len(stem) > 1:
        return "reu"
    if jong == 0 and jung == _EU:
        return "eu"
    return "regular"


def _bright(stem: str) -> bool:
    """Whether the 아/어 ending is 아: the vowel before it (the previous syllable's for ㅡ/르 stems) is ㅏ or ㅗ."""
    for syllable in reversed(stem):
        _, jung, _ = _split(syllable)
        if jung != _EU:
            return jung in _BRIGHT
    return False


def _contract(cho: int, jung: int, bright: bool) -> tuple[int, int] | None:
    """The syllable of stem + 아/어 for a vowel-final stem (지치+어 -> 지쳐), or None when it stays apart."""
    fused = {
        _I: _YEO,
        _O: _WA,
        _U: _WO,
        _EU: _A if bright else _EO,
        _A: _A,
        _EO: _EO,
        _AE: _AE,
        _E: _E,
        _OE: 10,  # ㅙ
        _YEO: _YEO,
    }.get(jung)
    return None if fused is None else (cho, fused)


def stems(lemma: str, cls: str | None = None) -> list[str]:
    """Every surface stem of ``lemma`` (``"슬프다"`` or the bare stem ``"슬프"``), longest first."""
    stem = lemma.removesuffix("다")
    if not stem:
        raise ValueError("empty lemma")
    kind = cls or _infer(stem)
    if kind not in CLASSES:
        raise ValueError(f"unknown class {kind!r}; one of {CLASSES}")
    head, last = stem[:-1], stem[-1]
    cho, jung, jong = _split(last)
    bright = _bright(stem)
    out = {stem}
    if kind == "ha":
        out |= {head + s for s in ("하", "해", "했", "한", "할", "함", "합", "하여")}
    elif kind == "b":  # 외롭다: 외로워, 외로웠, 외로운, 외로울, 외로움; 돕다/곱다: 도와
        bare = head + _join(cho, jung)
        wa, past = ("와", "왔") if stem in ("돕", "곱") else ("워", "웠")
        out |= {bare + wa, bare + past, bare + "운", bare + "울", bare + "움", bare + "우"}
    elif kind == "l":  # 힘들다: 힘든, 힘듭, 힘드니, 힘들어, 힘듦
        out |= {head + _join(cho, jung, j) for j in (0, _N, _B, _LM)}
    elif kind == "reu":  # 모르다: 몰라, 몰랐; 서투르다: 서툴러
        prev_cho, prev_jung, _ = _split(head[-1])
        doubled = head[:-1] + _join(prev_cho, prev_jung, _L)
        ra = _A if bright else _EO
        out |= {doubled + _join(5, ra), doubled + _join(5, ra, _SS)}  # ㄹ is choseong 5
        out |= {head + _join(cho, jung, j) for j in (_N, _L, _M, _B)}
    elif jong == 0:  # vowel-final regular and ㅡ-dropping stems: fuse ㄴ/ㄹ/ㅁ/ㅂ, contract 아/어
        # (a consonant-final regular stem, 괜찮다 or 싫다, starts every form as it is)
        out |= {head + _join(cho, jung, j) for j in (_N, _L, _M, _B)}
        fused = _contract(cho, jung, bright)
        if fused is not None:
            out |= {head + _join(*fused), head + _join(*fused, _SS)}
    return sorted(out, key=lambda s: (-len(s), s))


def alternation(lemmas: Iterable[str]) -> str:
    """A regex alternation (no group) matching any surface stem of any of ``lemmas`` (``"외롭다:b"`` names a class)."""
    forms: set[str] = set()
    for item in lemmas:
        lemma, _, cls = item.partition(":")
        forms.update(stems(lemma, cls or None))
    return "|".join(re.escape(f) for f in sorted(forms, key=lambda s: (-len(s), s)))


_PLACEHOLDER = re.compile(r"\{([가-힣]+다(?::[a-z]+)?)\}")


def expand(pattern: str) -> str:
    """Replace every ``{lemma}`` in a regex with a group of its surface stems: ``{슬프다}`` -> ``(?:슬퍼|슬펐|…)``."""
    return _PLACEHOLDER.sub(lambda m: f"(?:{alternation([m.group(1)])})", pattern)

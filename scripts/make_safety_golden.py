"""Capture what the safety floor's crisis scan does today, as a golden file the equivalence test replays.

    PYTHONPATH=src:. .venv/bin/python scripts/make_safety_golden.py [--out tests/unit/data/safety_golden.json.gz]

Why: a change to the floor's *structure* (where rows live, how the engine gates them) must not change a
single hit. The golden file holds every text and, for each, every hit ``scan()`` returns (kind, code,
labels, span; the quote is ``text[start:end]``) and the floor's decision (``apply_safety_floor``) over two
analyzer results: one that found nothing and one that found moderate depression (the ideation floor depends
on it). Rerun this script only when a pattern's *content* is meant to change, and say so in the commit.

Texts (all stored in the file, so the fixture never depends on the random module or the eval sets):
- every text of tests/eval/*.jsonl, every Korean string literal in the safety and analyzer unit tests, and a
  few probes for rules those never fire alone;
- texts sampled from every row's own regex (each alternative has its chance), alone, followed by a sample
  of its ``not_after`` guard or a common guard, preceded by its ``not_before`` guard or a third-person
  subject, embedded in set items, and for composed rows surrounded by samples of their concepts and their
  innocent purpose, so a change to any row or guard lexicon shows;
- seeded perturbations: whitespace variants (tab, newline, U+3000, NBSP, U+200B, U+0085, spaces inside
  words), concatenations of set items with and without sentence boundaries, random slices, astral
  characters and lone surrogates, and long (~2,000-character) check-ins.

The texts are stored in the file, so the equivalence test never regenerates them. Regenerating after the
seed, the probes, the sampled rows or the tests' literals changed gives other texts: to prove a structural
change, run this script on the old code and on the new with the same inputs and compare the files (they
were byte-identical for the move to data + engine). Lone surrogates cannot be UTF-8: the JSON is written
with ``surrogatepass`` and must be read the same way.
"""

from __future__ import annotations

import argparse
import ast
import collections
import gzip
import importlib
import json
import random
from pathlib import Path
from typing import Any

from mhealth.adapters.memory.analyzer import assessment_from_labels
from mhealth.domain.model import Labels
from mhealth.domain.rules.safety import patterns as rows
from mhealth.domain.rules.safety.engine import PATTERNS_VERSION, scan
from mhealth.domain.rules.safety.floor import apply_safety_floor

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "tests" / "unit" / "data" / "safety_golden.json.gz"
LITERAL_SOURCES = (
    "test_safety_patterns.py",
    "test_safety_discourse.py",
    "test_safety_real_lookalikes.py",
    "test_safety_floor.py",
    "test_local_analyzer.py",
    "test_regex_gate.py",
)
SPACES = ("\t", "\n", "\u3000", "\xa0", "\u200b", "\x85", "  ", "\r\n")
BOUNDARIES = (" ", ". ", "? ", "! ", "… ", "\n", "", "。", ", ")
# Hand-written probes for rules the sets above never fire alone (checked when this file was made).
PROBES = (
    "농약을 머리맡에 숨겨 놨어 여차하면 먹으려고",
    "농약병 베개 밑에 숨겨놨어 마지막에",
    "제초제 한병 사다놨어 언제든",
    "이제 그만 끝낼래",
    "인생 끝내고 싶다",
    "삶을 끝낼 거야",
    "모든 걸 끝장내고 싶어",
    "이쯤에서 끝내야지",
    "떠날 날짜를 정했어",
)
ODD_CHARS = ("😀", "𠀀", "\U0001f62d", "\ud800", "\udfff", "\udc00", "\ufeff", "a", "1", "ㅋㅋ")


def _has_hangul(text: str) -> bool:
    return any("\uac00" <= char <= "\ud7a3" for char in text)


def eval_texts() -> list[str]:
    texts: list[str] = []
    for path in [
        *sorted((ROOT / "tests" / "eval").glob("*.jsonl")),
        *sorted((ROOT / "tests" / "eval").glob("*/*.jsonl")),
    ]:
        if path.parent.name == "real":
            continue  # real people's words are not replayed into the golden file
        if path.parent.name == "dialogue":
            continue  # the emotional-dialogue sets' turns: their speaker's words are in ko_train_dev_emo*.jsonl
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def literal_texts() -> list[str]:
    """Korean string literals of the floor's and the analyzer's unit tests: the cases people wrote down."""
    found: list[str] = []
    for name in LITERAL_SOURCES:
        path = ROOT / "tests" / "unit" / name
        if not path.exists():
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _has_hangul(node.value):
                found.append(node.value)
    return found


def perturbed(base: list[str], rng: random.Random) -> list[str]:
    out: list[str] = []

    def pick() -> str:
        return rng.choice(base)

    for _ in range(1200):  # whitespace variants: every space, or some, becomes another whitespace
        text = pick()
        space = rng.choice(SPACES)
        if rng.random() < 0.5:
            out.append(text.replace(" ", space))
        else:
            out.append("".join(c if c != " " or rng.random() < 0.5 else space for c in text))
    for _ in range(500):  # spaces (or other whitespace) inside words: STT splits Korean words anywhere
        text = pick()
        out.append("".join(c + (rng.choice((*SPACES[:4], " ")) if rng.random() < 0.25 else "") for c in text))
    for _ in range(600):  # wholesale removal of whitespace, then re-spacing
        text = "".join(pick().split())
        out.append(
            text if rng.random() < 0.5 else " ".join(text[i : i + rng.randint(1, 4)] for i in range(0, len(text), 3))
        )
    for _ in range(1200):  # concatenations of set items: guards and windows across sentence boundaries
        parts = [pick() for _ in range(rng.randint(2, 5))]
        out.append("".join(p + rng.choice(BOUNDARIES) for p in parts).rstrip())
    for _ in range(1000):  # random slices and slices glued together
        text = pick()
        i = rng.randrange(len(text))
        piece = text[i : i + rng.randint(1, 40)]
        if rng.random() < 0.5:
            other = pick()
            j = rng.randrange(len(other))
            piece += rng.choice(("", " ")) + other[j : j + rng.randint(1, 40)]
        out.append(piece)
    for _ in range(800):  # astral characters, lone surrogates, BOM and ASCII at random places
        text = pick()
        chars = list(text)
        for _ in range(rng.randint(1, 4)):
            chars.insert(rng.randint(0, len(chars)), rng.choice(ODD_CHARS))
        out.append("".join(chars))
    for _ in range(150):  # real-length check-ins: ~2,000 characters of many items
        items: list[str] = []
        while sum(map(len, items)) < 2000:
            items.append(pick())
        out.append(rng.choice((" ", ". ", "\n")).join(items))
    out += ["", " ", "\n", ".", "죽", "\ud800", "😀"]
    return out


class RegexSampler:
    """Random strings a regex could match, read from its syntax tree (lookarounds ignored, so some miss).

    A script may lean on the stdlib's private parser (``re._parser``); the floor itself only uses it for
    speed, with a fallback (see mhealth.domain.rules.safety.gate).
    """

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._parser: Any = importlib.import_module("re._parser")
        self._filler = rows.COMMON_SYLLABLES

    def sample(self, regex: str) -> str:
        return self._sequence(list(self._parser.parse(regex)))

    def _sequence(self, items: list[tuple[Any, Any]]) -> str:
        return "".join(self._element(op, av) for op, av in items)

    def _element(self, op: Any, av: Any) -> str:
        p, rng = self._parser, self._rng
        if op is p.LITERAL:
            return chr(av)
        if op is p.NOT_LITERAL or op is p.ANY:
            return rng.choice([c for c in self._filler[:60] if op is p.ANY or ord(c) != av])
        if op is p.IN:
            return self._in(av)
        if op is p.BRANCH:
            return self._sequence(list(rng.choice(av[1])))
        if op is p.SUBPATTERN:
            return self._sequence(list(av[-1]))
        if op in (p.MAX_REPEAT, p.MIN_REPEAT):
            low, high, item = av
            count = rng.randint(low, min(high, low + 3))
            return "".join(self._sequence(list(item)) for _ in range(count))
        return ""  # AT (anchors), ASSERT / ASSERT_NOT (lookarounds): nothing to spell

    def _in(self, items: list[tuple[Any, Any]]) -> str:
        p, rng = self._parser, self._rng
        if items and items[0][0] is p.NEGATE:
            banned = {chr(av) for op, av in items[1:] if op is p.LITERAL}
            return rng.choice([c for c in self._filler[:60] if c not in banned])
        chars = [chr(av) for op, av in items if op is p.LITERAL]
        for op, av in items:
            if op is p.RANGE:
                chars.append(chr(rng.randint(av[0], av[1])))
        return rng.choice(chars) if chars else rng.choice("0123456789")


def sampled(base: list[str], rng: random.Random) -> list[str]:
    """Texts spelled from every row's regex and guards, so a change to any of them shows in the golden file."""
    sampler = RegexSampler(rng)
    say = sampler.sample
    common_guards = (rows.NEGATION_AFTER, rows.REPORTED_AFTER, rows.COMPLETED_DEATH, rows.MEDIA_AFTER)
    before_guards = (rows.OTHER_SUBJECT, rows.MEDIA, rows.PAST)
    out: list[str] = []
    for row in (*rows.PATTERNS, rows.ENDORSEMENT, rows.ESCALATION):
        for _ in range(30):
            out.append(say(row.regex))
        for _ in range(30 if row.not_after else 10):
            after = row.not_after if row.not_after and rng.random() < 0.8 else rng.choice(common_guards)
            out.append(say(row.regex) + say(after))
        for _ in range(30 if row.not_before else 10):
            before = row.not_before if row.not_before and rng.random() < 0.8 else rng.choice(before_guards)
            out.append(say(before) + rng.choice(("", " ")) + say(row.regex))
        for _ in range(10):
            host = rng.choice(base)
            at = rng.randint(0, len(host))
            out.append(host[:at] + rng.choice(("", " ", ". ")) + say(row.regex) + rng.choice(("", " ")) + host[at:])
        if row.composition is not None:
            for _ in range(40):
                parts = [say(row.regex)]
                for concept, _points in rng.sample(
                    row.composition.concepts, rng.randint(1, len(row.composition.concepts))
                ):
                    parts.insert(rng.randint(0, len(parts)), say(concept.regex))
                if row.composition.innocent is not None and rng.random() < 0.3:
                    parts.insert(rng.randint(0, len(parts)), say(row.composition.innocent.regex))
                if rng.random() < 0.2:
                    parts.insert(rng.randint(0, len(parts)), say(rows.DEATH.regex))
                out.append(rng.choice(("", " ")).join(parts))
    for guard in (rows.SELF_DENIAL, rows.FUTURE_PLANS, rows.RESOLVED, rows.IMITATION, rows.PLAY):
        for _ in range(20):  # guards that look further than the sentence: a row sample, then the guard
            row = rng.choice(rows.PATTERNS)
            out.append(say(rows.PAST) * (guard is rows.RESOLVED) + say(row.regex) + " " + say(guard))
    return out


def floor_decision(text: str) -> list[list[object]]:
    decisions: list[list[object]] = []
    for labels in (Labels(), Labels(depression=2)):
        result = apply_safety_floor(assessment_from_labels(labels), text)
        decisions.append(
            [
                result.risk_level.value,
                result.labels.suicidal_ideation,
                int(result.safety.passive_ideation),
                int(result.safety.active_ideation),
                int(result.safety.safeguarding),
                int(result.provenance.safety_floor_raised),
                [c.code for c in result.concerns],
            ]
        )
    return decisions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--seed", type=int, default=20261202)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    base = [*eval_texts(), *literal_texts(), *PROBES]
    texts = list(dict.fromkeys([*base, *sampled(base, rng), *perturbed(base, rng)]))
    labels: dict[tuple[str, str, str, str], int] = {}
    cases: list[list[object]] = []
    per_code: collections.Counter[str] = collections.Counter()
    for text in texts:
        hits = []
        for hit in scan(text):
            assert hit.quote == text[hit.start : hit.end]
            key = (hit.kind, hit.code, hit.label_ko, hit.label_en)
            hits.append([labels.setdefault(key, len(labels)), hit.start, hit.end])
            per_code[hit.code] += 1
        cases.append([text, hits, floor_decision(text)])
    document = {
        "patterns_version": PATTERNS_VERSION,
        "seed": args.seed,
        "labels": [list(key) for key in labels],
        "cases": cases,
    }
    raw = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
    with_hits = sum(1 for case in cases if case[1])
    print(f"{len(cases)} texts ({with_hits} with hits), {sum(per_code.values())} hits, {len(labels)} distinct labels")
    print(f"codes hit: {dict(sorted(per_code.items()))}")
    print(f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()

"""Build tests/eval/real/*.jsonl from public corpora of Korean text written by real people (not by this team).

    .venv/bin/python scripts/real_corpora.py                     # download the pinned files, rebuild, verify
    .venv/bin/python scripts/real_corpora.py --source kote=DIR   # or read a local clone of a corpus
    .venv/bin/python scripts/real_corpora.py --check             # rebuild in memory, compare with the repo

Each corpus is pinned to a commit and to the sha256 of each file read, so the JSONL in the repository is exactly what
this script makes from that commit (``--check`` proves it; tests/eval/test_real_text.py counts the lines). Only
MIT-licensed corpora are used, and their licence file is kept next to the JSONL (tests/eval/real/README.md says how
each is used). Corpora derived from AI Hub's 감성대화말뭉치 are reserved for the hidden evaluation and must never be
added here.

- ``chatbot_data``: songys/Chatbot_data, ``ChatbotData.csv``, the question column: 11,823 short turns.
- ``kote_dev`` / ``kote_heldout``: searle-j/KOTE (Korean Online That-gul Emotions), ``test.tsv`` and ``val.tsv``:
  5,000 online comments each (news, reviews, social media), with the emotions five raters gave them. The
  ``train.tsv`` of 40,000 is not used. ``kote_dev`` may be calibrated on; ``kote_heldout`` is for measuring only.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import sys
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "eval" / "real"

#: KOTE's 44 emotions, in the order of the label indices in its TSV files (its README).
KOTE_EMOTIONS = (
    "불평/불만", "환영/호의", "감동/감탄", "지긋지긋", "고마움", "슬픔", "화남/분노", "존경", "기대감",
    "우쭐댐/무시함", "안타까움/실망", "비장함", "의심/불신", "뿌듯함", "편안/쾌적", "신기함/관심", "아껴주는",
    "부끄러움", "공포/무서움", "절망", "한심함", "역겨움/징그러움", "짜증", "어이없음", "없음", "패배/자기혐오",
    "귀찮음", "힘듦/지침", "즐거움/신남", "깨달음", "죄책감", "증오/혐오", "흐뭇함(귀여움/예쁨)", "당황/난처",
    "경악", "부담/안_내킴", "서러움", "재미없음", "불쌍함/연민", "놀람", "행복", "불안/걱정", "기쁨", "안심/신뢰",
)  # fmt: skip


@dataclass(frozen=True)
class Corpus:
    repo: str
    commit: str
    files: dict[str, str]  # path in the repository -> sha256
    licence: str  # path of the licence file in the repository

    def url(self, path: str) -> str:
        return f"https://raw.githubusercontent.com/{self.repo}/{self.commit}/{path}"


CORPORA = {
    "chatbot": Corpus(
        "songys/Chatbot_data",
        "4cf20d13fc46f5037fd1c531cd566e2dd9f72974",
        {"ChatbotData.csv": "287eb129695b577321c80ad397bb3c2279164d4ca577874d129fd3db5b30afe2"},
        "LICENSE",
    ),
    "kote": Corpus(
        "searle-j/KOTE",
        "cafd2c3f54a6f4b25ac74eaa02a2e76c3ef8c977",
        {
            "test.tsv": "8d8e11c5adf374f552cfbe6f2d7b9967e7335cc86c205beeefb6fd8c6ed9deb0",
            "val.tsv": "c7d686ee1d63be7f57ec939f372ebdc4ada8eac1c9eeeeac207774976ab69a6e",
        },
        "LICENSE",
    ),
}


def _read(corpus: Corpus, path: str, local: Path | None) -> bytes:
    if local is not None:
        data = (local / path).read_bytes()
    else:
        with urllib.request.urlopen(corpus.url(path), timeout=60) as response:  # noqa: S310 (a pinned https URL)
            data = response.read()
    want = corpus.files.get(path)
    got = hashlib.sha256(data).hexdigest()
    if want is not None and got != want:
        raise SystemExit(f"{corpus.repo}@{corpus.commit[:8]}:{path}: sha256 {got} is not the pinned {want}")
    return data


def chatbot_rows(read: Callable[[str], bytes]) -> dict[str, Iterator[dict[str, object]]]:
    text = read("ChatbotData.csv").decode("utf-8")
    rows = csv.DictReader(io.StringIO(text))
    return {
        "chatbot_data": (
            {"id": f"cb{i:05d}", "text": row["Q"], "category": int(row["label"])} for i, row in enumerate(rows)
        )
    }


def kote_rows(read: Callable[[str], bytes]) -> dict[str, Iterator[dict[str, object]]]:
    def rows(path: str, prefix: str) -> Iterator[dict[str, object]]:
        for line in read(path).decode("utf-8").splitlines():
            ident, text, labels = line.split("\t")
            emotions = [KOTE_EMOTIONS[int(i)] for i in labels.split(",") if i.strip()]
            yield {"id": f"{prefix}{ident}", "text": text, "emotions": emotions}

    return {"kote_dev": rows("test.tsv", "kt"), "kote_heldout": rows("val.tsv", "kv")}


BUILDERS: dict[str, Callable[[Callable[[str], bytes]], dict[str, Iterator[dict[str, object]]]]] = {
    "chatbot": chatbot_rows,
    "kote": kote_rows,
}


def build(sources: dict[str, Path]) -> dict[str, str]:
    """Every output file's content, by name (without ``.jsonl``)."""
    out: dict[str, str] = {}
    for name, corpus in CORPORA.items():
        local = sources.get(name)
        for stem, rows in BUILDERS[name](lambda path, c=corpus, d=local: _read(c, path, d)).items():
            out[stem] = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", action="append", default=[], help="NAME=DIR: a local clone at the pinned commit")
    parser.add_argument("--check", action="store_true", help="compare with the files in the repository, write nothing")
    args = parser.parse_args(argv)
    sources = {}
    for spec in args.source:
        name, _, path = spec.partition("=")
        if name not in CORPORA or not path:
            parser.error(f"--source {spec!r}: expected one of {', '.join(CORPORA)}=DIR")
        sources[name] = Path(path)
    built = build(sources)
    differ = 0
    for stem, content in built.items():
        path = OUT / f"{stem}.jsonl"
        if args.check:
            same = path.exists() and path.read_text(encoding="utf-8") == content
            differ += not same
            print(f"{path.relative_to(ROOT)}: {'same' if same else 'DIFFERS'} ({content.count(chr(10))} lines)")
        else:
            path.write_text(content, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)} ({content.count(chr(10))} lines)")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())

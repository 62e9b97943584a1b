"""The third Korean evaluation set (``ko_test3.jsonl``) meets its labelling and composition rules.

``ko_test3.jsonl`` is the final, untouched measure of how well an analyzer generalises. It was written without
reading ``ko_dev.jsonl``, ``ko_holdout.jsonl`` or the analyzer's rules. Those two sets are loaded here only,
programmatically, to check that no utterance of this set appears in (or lightly rewords one of) them.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.eval.dataset_rules import SUICIDE_WORDS, bigrams, check_breadth, normalise, scorer

HERE = Path(__file__).resolve().parent
TEST3 = HERE / "ko_test3.jsonl"
OTHER_SETS = (HERE / "ko_dev.jsonl", HERE / "ko_holdout.jsonl")


@pytest.fixture(scope="module")
def items() -> list[dict[str, Any]]:
    loaded: list[dict[str, Any]] = scorer.load_dataset(TEST3)
    return loaded


class OtherSets:
    """Ids, normalised texts and bigram sets of the dev and holdout items.

    Its repr is opaque on purpose: a failing assertion must name test3 ids only and never print the other sets'
    utterances, so that whoever fixes this set is not exposed to them.
    """

    def __init__(self, items: list[dict[str, Any]]) -> None:
        self.ids = frozenset(it["id"] for it in items)
        self.texts = frozenset(normalise(it["text"]) for it in items)
        self.bigrams = [bigrams(it["text"]) for it in items]

    def __repr__(self) -> str:
        return f"<OtherSets: {len(self.ids)} dev/holdout items, contents withheld>"


@pytest.fixture(scope="module")
def others() -> OtherSets:
    return OtherSets([it for path in OTHER_SETS for it in scorer.load_dataset(path)])  # both are in the repo


def test_loads_and_is_large_enough(items: list[dict[str, Any]]) -> None:
    assert len(items) >= 240
    ids = [it["id"] for it in items]
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert all(re.fullmatch(r"t\d{3}", i) for i in ids), "ids are t001, t002, ..."
    texts = [normalise(it["text"]) for it in items]
    assert len(set(texts)) == len(texts), "duplicate utterances"


def test_composition(items: list[dict[str, Any]]) -> None:
    n = len(items)
    risks = Counter(it["risk"] for it in items)
    tricky = [it for it in items if "tricky_negative" in it["tags"]]
    critical = [it for it in items if it["risk"] == "critical"]
    assert len(tricky) / n >= 0.25
    assert len(critical) / n >= 0.20
    no_word = [it for it in critical if "no_suicide_word" in it["tags"]]
    assert len(no_word) / len(critical) >= 0.70, "most critical items must carry no suicide word"
    assert risks["low"] / n <= 0.55
    assert risks["moderate"] / n >= 0.12
    assert risks["high"] / n >= 0.08
    assert scorer.composition(items).problems() == []


def test_breadth_of_style_and_labels(items: list[dict[str, Any]]) -> None:
    more = ("stockpiling", "means", "scouting", "timing", "preparation", "farewell", "attempt", "giving_away")
    check_breadth(items, dialect_share=0.15, stt_spacing=15, long=6, more_tags=more)


def test_dialect_spans_regions(items: list[dict[str, Any]]) -> None:
    """Dialect items come from several regions (rough markers of each), not one."""
    markers = {
        "gyeongsang": ("아이가", "카이", "몬 ", "묵", "끼다", "라꼬", "마래이", "억수로", "그칸다", "하노"),
        "jeolla": ("당께", "랑께", "어라", "불라고", "부러", "허요", "쓰겄", "겄네", "읎고", "구만"),
        "chungcheong": ("유.", "슈", "겄지유", "구유", "그류", "혀", "거유"),
        "gangwon": ("드래요",),
        "jeju": ("수다", "쿠다", "우다", "허곡", "닮아"),
    }
    dialect = [it["text"] for it in items if "dialect" in it["tags"]]
    found = {region for region, words in markers.items() if any(w in t for t in dialect for w in words)}
    assert found == set(markers), sorted(set(markers) - found)


def test_tricky_negatives_carry_no_ideation(items: list[dict[str, Any]]) -> None:
    tricky = [it for it in items if "tricky_negative" in it["tags"]]
    for it in tricky:
        assert it["suicidal_ideation"] == 0, it["id"]
        assert it["risk"] != "critical", it["id"]
    assert sum(it["risk"] in ("low", "moderate") for it in tricky) / len(tricky) >= 0.9
    # a good share of the tricky negatives actually contain a suicide word
    assert sum(any(w in it["text"] for w in SUICIDE_WORDS) for it in tricky) >= 25


def test_no_suicide_word_tag_matches_the_text(items: list[dict[str, Any]]) -> None:
    for it in items:
        has_word = any(word in it["text"] for word in SUICIDE_WORDS)
        tagged = "no_suicide_word" in it["tags"]
        if tagged:
            assert it["suicidal_ideation"] >= 1, it["id"]
            assert not has_word, it["id"]
        elif it["suicidal_ideation"] >= 1:
            assert has_word, f"{it['id']}: ideation without a suicide word should be tagged no_suicide_word"


def test_every_item_has_a_note(items: list[dict[str, Any]]) -> None:
    for it in items:
        assert len(it["note"].strip()) >= 10, it["id"]


def test_no_overlap_with_the_other_sets(items: list[dict[str, Any]], others: OtherSets) -> None:
    shared = [it["id"] for it in items if normalise(it["text"]) in others.texts]
    assert shared == [], f"test3 items also in ko_dev/ko_holdout: {shared}"
    shared_ids = sorted({it["id"] for it in items} & others.ids)
    assert shared_ids == [], f"ids used in more than one set: {shared_ids}"


def test_no_near_duplicates_of_other_items(items: list[dict[str, Any]], others: OtherSets) -> None:
    """No test3 utterance lightly rewords a dev or holdout one (character-bigram Jaccard below 0.5)."""
    close = []
    for it in items:
        grams = bigrams(it["text"])
        best = max(len(grams & o) / len(grams | o) for o in others.bigrams)
        if best >= 0.5:
            close.append((it["id"], round(best, 2)))
    assert close == [], f"test3 items too close to dev/holdout items: {close}"


def test_oracle_scores_perfectly(items: list[dict[str, Any]]) -> None:
    by_text = {it["text"]: it for it in items}
    report = scorer.score(items, lambda text: by_text[text])
    assert report.risk_macro_f1 == pytest.approx(1.0)
    assert report.critical_recall == 1.0
    assert report.false_critical_rate_tricky == 0.0


def test_check_data_cli_accepts_test3(capsys: pytest.CaptureFixture[str]) -> None:
    assert scorer.main(["--data", str(TEST3), "--check-data"]) == 0
    assert "composition: OK" in capsys.readouterr().out

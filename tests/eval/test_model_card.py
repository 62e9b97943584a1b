"""The shipped statistical model's card records an honest estimate: a leave-one-set-out (LOSO) run in which every
labelled file is scored by rules + a model fitted WITHOUT it, per file and as the mean, next to the data used
(with hashes), the hyperparameters, thresholds and limits."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from scripts import train_local_model as train

from mhealth.adapters.local import model as M

_KEYS = ("critical_recall", "critical_below_high", "false_critical_rate_tricky", "risk_macro_f1")


def _card() -> dict:
    return json.loads(M.CARD_PATH.read_text(encoding="utf-8"))


def test_the_card_names_its_data_with_hashes() -> None:
    card = _card()
    names = [d["file"] for d in card["trained_on"]]
    assert card["untouched"]["file"] not in names  # one set is never trained on
    assert card["untouched"]["file"] == card["loso_estimate"]["untouched_set"]
    for entry in card["trained_on"]:
        assert len(entry["sha256"]) == 64 and entry["items"] > 0
    assert card["items"] == sum(d["items"] for d in card["trained_on"])
    assert card["weights_sha256"] == hashlib.sha256(M.MODEL_PATH.read_bytes()).hexdigest()


def test_the_card_records_a_leave_one_set_out_estimate_for_every_file() -> None:
    card = _card()
    loso = card["loso_estimate"]
    files = {d["file"].removeprefix("ko_").removesuffix(".jsonl") for d in card["trained_on"]}
    assert set(loso["per_set"]) == files == set(loso["rules_only_per_set"])
    assert {"holdout", "train_a", "train_b", "train_c"} <= files
    for run in ("per_set", "rules_only_per_set"):
        for name, r in loso[run].items():
            assert r["items"] == next(d["items"] for d in card["trained_on"] if d["file"] == f"ko_{name}.jsonl")
            for key in _KEYS:
                assert r[key] is not None
            assert set(r["dimension_accuracy"]) >= set(M.HEADS)
    for key in _KEYS:
        assert loso["mean"][key] is not None and loso["rules_only_mean"][key] is not None
    # the shipped ideation thresholds are the chosen ones, but for a documented override (``threshold_override``:
    # value chosen, value shipped, why)
    shipped = dict(card["thresholds"]["suicidal_ideation"])
    for level, override in card.get("threshold_override", {}).get("suicidal_ideation", {}).items():
        assert shipped[level] == override["shipped"] and override["why"]
        shipped[level] = override["chosen"]
    assert loso["thresholds"]["suicidal_ideation"] == shipped
    assert loso["hyperparameters"]["l2"] == card["l2"]  # same hyperparameters as the shipped model


def test_the_loso_estimate_beats_the_rules() -> None:
    loso = _card()["loso_estimate"]
    assert loso["mean"]["critical_recall"] > loso["rules_only_mean"]["critical_recall"]


def test_the_loso_estimate_meets_the_false_critical_budget() -> None:
    # Met on the mean over the eleven files since the real-text bound (4.6 %); pooled it is 66/1233 = 5.35 %,
    # train_d's fold alone 28/166 (its fold chose ideation t2 0.60).
    assert _card()["loso_estimate"]["mean"]["false_critical_rate_tricky"] <= 0.05


def test_the_card_records_limits_and_version() -> None:
    card = _card()
    assert "synthetic" in card["limits"] and "real" in card["limits"]
    assert card["version"] in M.LocalModel.load().version
    assert card["segments"] == M.LocalModel.load().segment_mode


def test_every_fold_chose_its_own_thresholds_without_its_own_scores() -> None:
    loso = _card()["loso_estimate"]
    assert set(loso["fold_thresholds"]) == set(loso["per_set"])
    for thresholds in loso["fold_thresholds"].values():
        assert set(thresholds["suicidal_ideation"]) == {"1", "2"}


def test_the_untouched_set_was_scored_once_by_the_shipped_model() -> None:
    untouched = _card()["untouched"]
    path = Path(__file__).parent / untouched["file"]
    assert untouched["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()  # the file it scored is this one
    for key in _KEYS:
        assert untouched[key] is not None


def test_the_held_out_sets_were_never_trained_on() -> None:
    """scripts/train_local_model.py keeps HELD_OUT (a set written to measure a new writer, never read) out of every
    fit and every choice; the shipped card must not name it among its training data, and a card written with it
    records its figures, scored once by the shipped model."""
    card = _card()
    trained = {d["file"] for d in card["trained_on"]}
    assert train.HELD_OUT and not trained & set(train.HELD_OUT)
    for name in train.HELD_OUT:
        assert (Path(__file__).parent / name).exists(), name
    held = card.get("held_out", [])
    assert [h["file"] for h in held] == card["loso_estimate"].get("held_out_sets", [])
    for h in held:
        assert h["file"] != card["untouched"]["file"]
        assert h["sha256"] == hashlib.sha256((Path(__file__).parent / h["file"]).read_bytes()).hexdigest()


# The card's honest figures, recorded: a retraining that falls below them fails (issue 18: "a regression below a
# recorded figure fails"). Re-record only with a reason in the commit.
# Measured 2026-12-03 (afternoon: the model trained on eleven sets, test3 untouched, ideation thresholds bounded by
# real text): mean 0.7473 over eleven files, 0.825 over the seven of the earlier card.
# Re-recorded 2026-12-03 (a later session) for the model trained on nineteen files (the eleven, j and k, and the six
# sets of blind rounds 1-3, read and fixed against that day): over the same eleven files the LOSO mean recall rose
# 0.747 -> 0.866, macro-F1 0.800 -> 0.839, below high 17.1 -> 6.1 per file, false critical 4.6 % -> 3.1 %. The
# nineteen-file means below include the eight new, harder files (j 0.737, k 0.663). test3 is scored by the shipped
# model with its ideation t2 override (card ``threshold_override``) and the rules of that day: 72/78, none below
# high, 2/86, 0.880 (the training run's own score, t2 0.60 and the rules of 82e3272: 73/78, 0, 2/86, 0.884).
RECORDED_LOSO_MEAN_RECALL = 0.8516
RECORDED_LOSO_SEVEN_FILE_MEAN_RECALL = 0.8819
SEVEN_FILES = ("dev", "holdout", "train_a", "train_b", "train_c", "train_d", "train_e")
RECORDED_LOSO_POOLED_FALSE_CRITICAL = 0.0366
RECORDED_LOSO_MEAN_MACRO_F1 = 0.7967
RECORDED_UNTOUCHED = (72, 0, 2, 0.8795)  # test3: critical caught, below high, false-critical tricky, macro-F1


def test_no_honest_figure_is_worse_than_recorded() -> None:
    card = _card()
    mean = card["loso_estimate"]["mean"]
    assert mean["critical_recall"] >= RECORDED_LOSO_MEAN_RECALL - 0.0005
    per_set = card["loso_estimate"]["per_set"]
    seven = sum(per_set[name]["critical_recall"] for name in SEVEN_FILES) / len(SEVEN_FILES)
    assert seven >= RECORDED_LOSO_SEVEN_FILE_MEAN_RECALL - 0.0005
    assert mean["pooled_false_critical_rate"] <= RECORDED_LOSO_POOLED_FALSE_CRITICAL + 0.0005
    assert mean["risk_macro_f1"] >= RECORDED_LOSO_MEAN_MACRO_F1 - 0.0005
    caught, below, false_critical, macro_f1 = RECORDED_UNTOUCHED
    u = card["untouched"]
    assert u["critical_caught"] >= caught
    assert u["critical_below_high"] <= below
    assert u["false_critical_tricky"] <= false_critical
    assert u["risk_macro_f1"] >= macro_f1 - 0.0005

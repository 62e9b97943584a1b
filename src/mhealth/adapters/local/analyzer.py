"""LocalAnalyzer: on-device Korean screening with kiwipiepy morphology and a curated lexicon.

No network, no model download: kiwipiepy ships its model in a wheel. The model (~0.5-1 s, ~300 MB) is
loaded lazily in a background thread, started by :meth:`LocalAnalyzer.warm_up` or by the first call;
:meth:`readiness` says ``warming`` until it is loaded. :meth:`analyze` never blocks the event loop: the
CPU work runs in a worker thread (``asyncio.to_thread``), which waits for the model if it is still
loading.

What kiwipiepy is used for: splitting unpunctuated speech-to-text output into clauses at final and
connective endings (``-어/EF``, ``-는데/EC`` …) and before a first-person pronoun, so that attribution
guards (another person's symptom, media, resolved past) apply to the right stretch of speech. The
lexicon itself matches over whitespace-free text, so spacing quirks do not matter.

The labels follow SCREENING.md; the numbers come from :mod:`mhealth.domain.rules.scoring`; ideation and
elder-abuse content come from the same curated list the domain's safety floor uses, checked here too
(the analyzer does not rely on the floor). See docs/clinical-rules.md for every rule code.
"""

from __future__ import annotations

import asyncio
import copy
import dataclasses
import re
import threading
import time
from dataclasses import dataclass
from typing import Any

import msgspec

from mhealth.adapters.local import lexicon, rules
from mhealth.adapters.local.ideation_gate import cue_clause, has_act_cue, names_death
from mhealth.adapters.local.model import MODEL_PATH, LocalModel
from mhealth.domain.errors import InvalidInput
from mhealth.domain.model import (
    Concern,
    Dimension,
    Evidence,
    Labels,
    Provenance,
    RiskAssessment,
    RiskLevel,
    SafetyFlags,
    utcnow,
)
from mhealth.domain.rules.language import UNSUPPORTED_LANGUAGE, reads_as_korean
from mhealth.domain.rules.safety import discourse
from mhealth.domain.rules.safety import engine as crisis_engine
from mhealth.domain.rules.safety import patterns as safety_patterns
from mhealth.domain.rules.safety.floor import (
    LONG_TRANSCRIPT_CHARS,
    LOW_MOOD_DEPRESSION,
    PARTIAL_CODE,
    apply_safety_floor,
    partial_concern,
    review_only,
    set_aside_by_the_speaker,
)
from mhealth.domain.rules.scoring import (
    anxiety_score,
    cognitive_score,
    depression_score,
    emotional_state,
    gad7,
    phq9,
    risk_from_labels,
)
from mhealth.ports.analyzer import Analyzer
from mhealth.ports.readiness import Readiness

_CLAUSE_END_EC = ("는데", "ᆫ데", "은데", "지만", "니까", "으니까", "니", "길래", "는데도", "데")
_FIRST_PERSON_NP = frozenset({"나", "내", "저", "제"})

_DIMENSION = {
    "depression": Dimension.DEPRESSION,
    "anxiety": Dimension.ANXIETY,
    "cognitive": Dimension.COGNITIVE,
    "loneliness": Dimension.LONELINESS,
    "physical": Dimension.PHYSICAL,
}
_CRISIS_DIMENSION = {
    "active": Dimension.SUICIDAL_IDEATION,
    "passive": Dimension.SUICIDAL_IDEATION,
    "abuse": Dimension.SAFEGUARDING,
}
_CRISIS_EVIDENCE_MAX = 6  # quotes per crisis concern (a combination across sentences quotes each one)
_CRISIS_ITEM = {"active": "C-SSRS 2-5 / PHQ-9 #9", "passive": "C-SSRS 1 / PHQ-9 #9", "abuse": None}

#: The model card's pseudo-head holding the ideation REVIEW threshold: scores from there up to the raising threshold
#: make the result at least high with needs_review and a partial-evidence concern (the floor's code, so alerts and
#: reviews treat it alike), without raising the label (scripts/train_local_model.py says how it is chosen).
REVIEW_HEAD = "suicidal_ideation_review"
#: d12r: the model's active-ideation score raises ideation 1 to 2 from here when the text names an act (a means, a
#: place, preparations, a farewell, a plan); alone it needs the card's threshold (``_active_from_band``).
ACTIVE_BAND = 0.50
#: d29: in clearly depressed talk (depression >= LOW_MOOD_DEPRESSION) the model's ideation score raises ideation 1
#: from here, below the card's raising threshold and above its review threshold, when the gate let the review through
#: (``_review_in_low_mood``); chosen on the labelled sets and the calibration corpora (docs/clinical-rules.md, "d29")
LOW_MOOD_IDEATION = 0.55
#: a long transcript's window (``LocalModel.window_scores``) must clear a threshold by this much more than the whole
#: turn does: a window is read with less context than the turn (the everyday purpose may sit two clauses away); d45's
#: windows of a short turn too ...
WINDOW_MARGIN = 0.10
#: ... and only in a turn with at least this depression (a long, low-mood transcript)
WINDOW_MIN_DEPRESSION = LOW_MOOD_DEPRESSION
#: ... unless the text plans ahead (the floor's FUTURE_PLANS, and "next time" with a going or doing after it).
_PLANS_AHEAD = re.compile(
    safety_patterns.FUTURE_PLANS + r"|다음(?:에|엔|번에).{0,12}(?:갈거|갈꺼|할거|할꺼|가야|보러|가볼)"
)
#: d45: a voice note of a few sentences (shorter than UNCORROBORATED_MIN_CHARS, at least MID_WINDOW_MIN_CLAUSES scored
#: clauses) is also read by its windows of MID_WINDOW_SIZES consecutive clauses, each as an utterance would be read
#: (``_review_by_window``): a crisis said in one sentence between calm ones is diluted in the whole turn's reading, and
#: a window at the card's ideation threshold plus WINDOW_MARGIN sends the turn to a person
MID_WINDOW_SIZES = (1, 2, 3)
MID_WINDOW_MIN_CLAUSES = 4
# d19: an outing named in the text and a going on it again (the review band's only words of leaving)
_OUTING = re.compile(
    r"낚시|붕어|등산|산책|구경|운동|여행|장보|시장|경로당|복지관|교회|성당|절에|텃밭|밭에|캠핑|게이트볼|약수"
)
_OUTING_AGAIN = re.compile(r"(또|다시|내일|모레|담에|다음에)[^.?!]{0,6}?(갈|가야|간다|가볼|갈란|가려|가자)")
_REVIEW_LABEL_KO = "부분적 위기 단서(통계 모델, 전문가 확인 필요)"
_REVIEW_LABEL_EN = "partial crisis evidence: statistical model, ideation in the review band (needs review)"
#: d21: the model's own raising threshold met in a low-mood text with no words of death in reach (``_unworded_review``)
_UNWORDED_LABEL_KO = "부분적 위기 단서(통계 모델, 우울한 말 속 죽음 단어 없는 자살 생각 가능성, 전문가 확인 필요)"
_UNWORDED_LABEL_EN = (
    "partial crisis evidence: statistical model reads ideation in a low-mood text with no words of death (needs review)"
)
#: d20: crisis patterns in a long transcript the model's reading does not corroborate (``_decline_uncorroborated``)
_DECLINED_LABEL_KO = "부분적 위기 단서(긴 통화 속 위기 표현, 문맥상 불확실, 전문가 확인 필요)"
_DECLINED_LABEL_EN = "partial crisis evidence: crisis wording in a long transcript the whole reading does not bear out"
#: a transcript at least this long is read as a whole by ``_decline_uncorroborated`` (the long check-ins are 800-2,200)
UNCORROBORATED_MIN_CHARS = LONG_TRANSCRIPT_CHARS
#: ... and its crisis wording is declined where the model, reading the whole text, scores ideation below this. It is the
#: value d20 was measured at (docs/clinical-rules.md, "d20": the shipped model's review threshold then and now), held
#: apart from the card's review threshold: a refitted model whose review band reaches lower for real text's review
#: budget (the twenty-seventh session's fit: 0.40) declined less than was measured, and crisis rows on calm long talk
#: came back critical. A model with no review threshold on its card declines nothing, as before.
UNCORROBORATED_BELOW = 0.50
#: d25d: the depression the analyzer finds in the turn that corroborates a passive wish (SCREENING.md: SI 1 with
#: depression >= 2 is critical), so that it is not declined ("매일 밤 … 내일 아침에는 눈 안 뜨게 해 달라고" with days
#: without eating and crying all day)
_CORROBORATING_DEPRESSION = 2
#: ... never an attempt told (measured: of the crises declined on read sets, four were aborted attempts and none of the
#: false criticals), nor a combination of cues across sentences (``discourse_*``; ten crises, no false critical)
_NEVER_DECLINED = frozenset({"aborted_attempt", "recent_attempt"})

# The statistical model's heads -> Findings attribute, concern dimension, label_ko, instrument item.
_MODEL_HEADS: dict[str, tuple[str, Dimension, str, str | None]] = {
    "suicidal_ideation": ("suicidal_ideation", Dimension.SUICIDAL_IDEATION, "자살 생각 가능성(통계 모델)", "PHQ-9 #9"),
    "depression": ("depression", Dimension.DEPRESSION, "우울 가능성(통계 모델)", None),
    "anxiety": ("anxiety", Dimension.ANXIETY, "불안 가능성(통계 모델)", None),
    "cognitive_concern": ("cognitive", Dimension.COGNITIVE, "인지 저하 가능성(통계 모델)", None),
    "loneliness": ("loneliness", Dimension.LONELINESS, "외로움 가능성(통계 모델)", None),
}


@dataclass(frozen=True, slots=True)
class ModelRaise:
    """One label the statistical model raised above the rules (kept for evidence and provenance)."""

    head: str
    before: int
    after: int
    probability: float
    evidence: Evidence
    review: bool = False  # ideation in the review band: no label raised, a person looks (REVIEW_HEAD)
    unworded: bool = False  # d21: a review of a low-mood text the model reads as ideation with no words of death
    low_mood: bool = False  # d29: a review-band score raised by the depression voiced around it (still reviewed)
    window: bool = False  # d45: a review from a window of a few clauses, read as an utterance (``_review_by_window``)

    @property
    def code(self) -> str:
        if self.review:
            return PARTIAL_CODE
        if self.head == "suicidal_ideation":
            return "model_active_ideation" if self.after == 2 else "model_passive_ideation"
        return f"model_{_MODEL_HEADS[self.head][0]}"

    @property
    def label_ko(self) -> str:
        if self.review:
            return _UNWORDED_LABEL_KO if self.unworded else _REVIEW_LABEL_KO
        return _MODEL_HEADS[self.head][2]

    @property
    def label_en(self) -> str:
        if self.review:
            return _UNWORDED_LABEL_EN if self.unworded else _REVIEW_LABEL_EN
        return f"statistical model: {self.head.replace('_', ' ')} {self.after}"

    @property
    def note(self) -> str:
        if self.review:
            return f"model-review:{self.head}:p={self.probability:.2f}{':window' if self.window else ''}"
        low_mood = ":low-mood" if self.low_mood else ""
        return f"model-raised:{self.head}:{self.before}->{self.after}:p={self.probability:.2f}{low_mood}"


class LocalAnalyzer(Analyzer):
    """The offline analyzer (``MHEALTH_ANALYZER=local``).

    Args:
        kiwi_options: keyword arguments for ``kiwipiepy.Kiwi`` (defaults: ``num_workers=-1``, kiwipiepy's
            own thread pool over every core — each ``tokenize`` call still runs on one; no typo or multi-word
            dictionaries — the lexicon does not need them and they cost memory).
        use_morphology: False skips kiwipiepy entirely (punctuation-only clauses); for environments
            without the package. Accuracy drops on unpunctuated speech.
    """

    name = "local"

    def __init__(
        self,
        *,
        kiwi_options: dict[str, Any] | None = None,
        use_morphology: bool = True,
        use_model: bool = True,
        model: LocalModel | None = None,
    ) -> None:
        self._options: dict[str, Any] = {"num_workers": -1, "load_typo_dict": False, "load_multi_dict": False}
        self._options.update(kiwi_options or {})
        self._use_morphology = use_morphology
        self._kiwi: Any = None
        self._kiwi_version = "none"
        self._error: str | None = None
        self._loaded = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self.load_seconds: float | None = None
        # kiwipiepy objects are not safe to share between threads that tokenise at the same time.
        self._tokenize_lock = threading.Lock()
        # The statistical model (model.py) that may raise labels the rules missed; loaded with kiwipiepy.
        self._use_model = use_model or model is not None
        self._model: LocalModel | None = model
        self.model_error: str | None = None
        if not use_morphology:
            self._load_model()
            self._loaded.set()

    # ---- lifecycle -------------------------------------------------------------------------------
    def warm_up(self) -> None:
        """Start loading the morphological model in a background thread (idempotent, non-blocking)."""
        with self._lock:
            if self._loaded.is_set() or self._thread is not None:
                return
            self._thread = threading.Thread(target=self._load, name="kiwi-warm-up", daemon=True)
            self._thread.start()

    def _load(self) -> None:
        started = time.perf_counter()
        try:
            import kiwipiepy  # type: ignore[import-untyped]

            kiwi = kiwipiepy.Kiwi(**self._options)
            kiwi.tokenize("준비")  # the first analysis initialises lazily built tables
            self._kiwi = kiwi
            self._kiwi_version = str(getattr(kiwipiepy, "__version__", "unknown"))
        except Exception as exc:
            self._error = f"{type(exc).__name__}: {exc}"
        finally:
            self._load_model()
            self.load_seconds = time.perf_counter() - started
            self._loaded.set()
        # Then, ready already, the scan's searches are read here rather than on the first check-ins (~1 s of CPU;
        # a scan that comes first reads the ones it needs itself, with the same result)
        rules.prepare()

    def _load_model(self) -> None:
        if not self._use_model or self._model is not None:
            return
        try:
            self._model = LocalModel.load(MODEL_PATH)
        except Exception as exc:  # the rules still screen without it
            self.model_error = f"{type(exc).__name__}: {exc}"

    def wait_until_loaded(self, timeout: float | None = None) -> bool:
        """Block (in a worker thread, never on the event loop) until the model is loaded."""
        self.warm_up()
        return self._loaded.wait(timeout)

    async def readiness(self) -> Readiness:
        if not self._loaded.is_set():
            self.warm_up()
            return Readiness(state="warming", detail="Korean morphological model is loading")
        if self._error is not None:
            return Readiness(state="ready", detail="morphological model unavailable; punctuation clauses in use")
        return Readiness(state="ready")

    async def aclose(self) -> None:
        self._kiwi = None

    @property
    def model_name(self) -> str:
        name = f"kiwipiepy-{self._kiwi_version}+lexicon-{lexicon.LEXICON_VERSION}"
        return f"{name}+model-{self._model.version}" if self._model is not None else name

    # ---- analysis --------------------------------------------------------------------------------
    async def analyze(self, text: str, *, language: str = "ko") -> RiskAssessment:
        if not text or not text.strip():
            raise InvalidInput("text is blank", field="text", detail_ko="텍스트가 비어있습니다")
        return await asyncio.to_thread(self.assess, text)

    def assess(self, text: str) -> RiskAssessment:
        """The analyzer's own assessment (before the domain's safety floor), synchronously."""
        started = time.perf_counter()
        if not text or not text.strip():
            raise InvalidInput("text is blank", field="text", detail_ko="텍스트가 비어있습니다")
        self.wait_until_loaded()
        clauses = self._clauses(text)
        findings = rules.assess(text, clauses)
        raised = self._raise_with_model(text, clauses, findings)
        raised += self._ideation_in_own_words(text, clauses, findings)
        if self._model is not None:
            # d45, once the whole turn and the senior's own words were read (not inside ``_raise_with_model``: its
            # probes of the senior's words and of a declined turn keep no review)
            by_window = self._review_by_window(self._model, text, clauses, findings, raised)
            if by_window is not None:
                raised.append(by_window)
        readable = reads_as_korean(text)
        if readable:
            self._decline_uncorroborated(text, clauses, findings, raised)
        assessment = self._assessment(text, findings, (time.perf_counter() - started) * 1000.0, raised)
        if not readable:
            return unreadable(assessment)
        return assessment

    def _raise_with_model(self, text: str, clauses: list[tuple[int, int]], f: rules.Findings) -> list[ModelRaise]:
        """Raise (never lower) labels where the statistical model clears its cross-validated threshold."""
        model = self._model
        if model is None:
            return []
        out: list[ModelRaise] = []
        review_at = model.thresholds.by_head.get(REVIEW_HEAD, {}).get(1)
        uncarried: tuple[float, tuple[int, int]] | None = None  # ideation scored to raise, no words of death in reach
        for head, (level, probability, (start, end)) in model.levels(text, clauses).items():
            attr = _MODEL_HEADS[head][0]
            before = int(getattr(f, attr))
            # Ideation the model scores above the review threshold but below the one that raises the label
            # (issue 18, item 6): partial evidence, so at least high and a person looks; no label is raised.
            review = (
                head == "suicidal_ideation"
                and level == 0 == before
                and review_at is not None
                and probability >= review_at
            )
            if level <= before and not review:
                continue
            # (a review has level 0: its evidence is the clause most telling for ideation >= 1, as its score is)
            evidence = _model_evidence(model, text, clauses, head, max(level, 1), (start, end))
            if head == "anxiety" and before == 0 and lexicon.WORRY_CUE.search("".join(text.split())) is None:
                continue  # "요즘 잠을 못 자요" is sleep (depression), not anxiety, until worry is named
            if head in ("depression", "anxiety", "suicidal_ideation") and rules.in_resolved_story(
                text, *_span(text, evidence)
            ):
                # d17L: "그때는 … 밥도 안 먹고 매일 울었어요 … 이 년 전부터 괜찮아졌어요": a past told as over; d26: of
                # ideation too ("그때는 나쁜 생각도 많이 했지. 창고에 농약 한 병 사다 놓고 … 그게 벌써 사 년 전이에요")
                continue
            if head == "suicidal_ideation":
                # Only with words of death, dying, ending or leaving in that clause or a neighbour; the
                # evidence is the clause that carried them (ideation_gate's docstring says why).
                carried = _ideation_carrier(text, clauses, evidence)
                if carried is None:
                    if level >= 1 and before == 0:
                        uncarried = (probability, (start, end))
                    continue
                evidence = carried
            if review:  # (only of ideation: its evidence is the carrier, checked above for others' words)
                if _an_outing_again(text, evidence):
                    continue  # d19: "낚시하러 … 붕어 두 마리 잡았어 내일 또 갈 거야": an outing to go on again
                out.append(ModelRaise(head, before, before, probability, evidence, review=True))
                continue
            setattr(f, attr, level)
            out.append(ModelRaise(head, before, level, probability, evidence))
        low_mood = self._review_in_low_mood(text, f, out)
        if low_mood is not None:
            out = [low_mood if r.head == "suicidal_ideation" and r.review else r for r in out]
        windowed = self._ideation_by_window(model, text, clauses, f)
        if windowed is not None:
            out.append(windowed)
        active = self._active_from_band(model, text, clauses, f, out)
        if active is not None:
            out.append(active)
        unworded = self._unworded_review(model, text, clauses, f, uncarried)
        if unworded is not None:
            out.append(unworded)
        if f.suicidal_ideation:
            f.phq_items[8] = max(f.phq_items[8], 3 if f.suicidal_ideation == 2 else 1)
        return out

    @staticmethod
    def _review_in_low_mood(text: str, f: rules.Findings, raised: list[ModelRaise]) -> ModelRaise | None:
        """d29: ideation the model scores in its review band, from ``LOW_MOOD_IDEATION`` up, with words of death in
        reach (the review passed the gate), in a short text whose speaker voices low mood in words the lexicon reads
        (depression >= 1 before the model's own raise) and that the analyzer finds clearly depressed (>= 2):
        passive ideation, not a review. SCREENING.md: SI 1 with depression >= 2 is critical, and a passive wish is
        often said in words no row knows ("죽어야 끝나지", "아침마다 아 또 살았네 카고", "하늘이 나를 좀
        거둬가셨으믄 혀"); in depressed talk the mood corroborates the model's reading (as d25d keeps a passive wish
        that depression corroborates). Not from the model's depression alone (it read a wallet gone missing and "내가
        없어지믄 좋겠다 카는 사람 없다" as low mood), nor in a long transcript (``UNCORROBORATED_MIN_CHARS``: its whole
        turn is read diluted, and false criticals bind there), nor when the speaker denies such thoughts or tells of a
        life going on (the floor's d17f reading). The evidence stays the carrier clause the gate read; the result
        keeps ``needs_review`` (the score is still the model's review band)."""
        if f.suicidal_ideation or f.depression < LOW_MOOD_DEPRESSION or len(text) >= UNCORROBORATED_MIN_CHARS:
            return None
        voiced = next((r.before for r in raised if r.head == "depression" and not r.review), f.depression)
        review = next((r for r in raised if r.head == "suicidal_ideation" and r.review and not r.unworded), None)
        if voiced < 1 or review is None or review.probability < LOW_MOOD_IDEATION:
            return None
        if set_aside_by_the_speaker("".join(text.split())):
            return None  # "나는 그런 생각 읎어", "요즘은 손주 보는 재미로 살아": the floor's d17f reading, a review
        f.suicidal_ideation = 1
        return ModelRaise("suicidal_ideation", 0, 1, review.probability, review.evidence, low_mood=True)

    def _decline_uncorroborated(
        self, text: str, clauses: list[tuple[int, int]], f: rules.Findings, raised: list[ModelRaise]
    ) -> None:
        """d20: in a long transcript (``UNCORROBORATED_MIN_CHARS``), ideation the crisis patterns found but the
        statistical model, reading the whole text, scores below ``UNCORROBORATED_BELOW`` (the review threshold it was
        measured at, the level at which the shipped model sends a text to a person) is declined: the hits become
        partial evidence (at least high, ``needs_review``, a person looks) instead of a crisis page. Measured on the
        long sets of new writers before anyone read them: of 35 false criticals, 25 scored below it and none of 107
        crises caught; the crises it costs on sets read since are those the patterns were fitted to after reading
        (docs/clinical-rules.md, "d20"). Never with the model's own ideation raise, never for abuse, never on text the
        model cannot read (``assess`` calls it only on Korean)."""
        model = self._model
        review_at = model.thresholds.by_head.get(REVIEW_HEAD, {}).get(1) if model is not None else None
        if model is None or review_at is None or not f.suicidal_ideation or len(text) < UNCORROBORATED_MIN_CHARS:
            return
        if any(r.head == "suicidal_ideation" and not r.review for r in raised):
            return
        wishes = tuple(c for c in f.crisis if c.kind in ("active", "passive"))
        if not wishes or any(c.code in _NEVER_DECLINED or c.code.startswith("discourse_") for c in wishes):
            return  # an attempt told, or cues combined across sentences: corroborated by the text itself
        if f.depression >= _CORROBORATING_DEPRESSION and all(c.kind == "passive" for c in wishes):
            return  # d25d: a passive wish in talk the analyzer finds depressed is corroborated by the mood itself
        if model.head_scores(text, clauses, "suicidal_ideation")[0][0] >= UNCORROBORATED_BELOW:
            return
        f.declined = wishes
        f.crisis = tuple(c for c in f.crisis if c.kind not in ("active", "passive"))
        f.suicidal_ideation = 0
        f.phq_items[8] = 0
        # d36: declined, the turn is read as if the rules had found nothing in it, so the model's own raise stands (new
        # rows had found an escalation beside a wish the model alone raised; their hits displaced that raise and were
        # then declined, a crisis to high: two long composites of the golden file)
        probe = copy.deepcopy(f)
        again = [
            r for r in self._raise_with_model(text, clauses, probe) if r.head == "suicidal_ideation" and not r.review
        ]
        if again:
            f.suicidal_ideation = probe.suicidal_ideation
            f.phq_items[8] = probe.phq_items[8]
            raised.extend(again)

    def _ideation_in_own_words(self, text: str, clauses: list[tuple[int, int]], f: rules.Findings) -> list[ModelRaise]:
        """d18: in an exchange with a clear caller, the model reads the senior's words alone too (the caller's turns
        blanked, ``_senior_only``) and may raise ideation from them, never lower it: in a short exchange the caller's
        question outweighs the senior's few words ("간호사: 혈압약 드셨어요? 할아버지: 끊었어. 빨리 가게.")."""
        if f.suicidal_ideation >= 2 or self._model is None:
            return []
        seen = _senior_only(text)
        if seen is text:
            return []
        probe = copy.deepcopy(f)
        out = []
        for r in self._raise_with_model(seen, clauses, probe):
            if r.head == "suicidal_ideation" and not r.review and r.after > f.suicidal_ideation:
                out = [dataclasses.replace(r, before=f.suicidal_ideation, evidence=_requoted(text, r.evidence))]
        if out:
            f.suicidal_ideation = out[0].after
            f.phq_items[8] = max(f.phq_items[8], 3 if f.suicidal_ideation == 2 else 1)
        return out

    def _ideation_by_window(
        self, model: LocalModel, text: str, clauses: list[tuple[int, int]], f: rules.Findings
    ) -> ModelRaise | None:
        """A long, low-mood transcript read window by window (``LocalModel.window_scores``) where the whole turn found
        no ideation: a window clearing a level's threshold by WINDOW_MARGIN raises ideation to that level, behind the
        same ideation gate as any raise. Only with depression >= 2 found in the turn (SCREENING.md: SI 1 with it is
        already critical; issue 18: "a method mentioned ... in a long, low-mood transcript" must not come out low):
        without that condition the windows also raised calm long talk of means, dramas and funerals (measured on the
        long sets, docs/clinical-rules.md)."""
        if f.suicidal_ideation or f.depression < WINDOW_MIN_DEPRESSION:
            return None
        thresholds = model.thresholds.by_head.get("suicidal_ideation")
        if not thresholds:
            return None
        scores = model.window_scores(text, clauses, "suicidal_ideation")
        if scores is None:
            return None
        for k in sorted(thresholds, reverse=True):
            if k <= len(scores) and scores[k - 1][0] >= thresholds[k] + WINDOW_MARGIN:
                evidence = _carrier(text, clauses, _trimmed(text, *scores[k - 1][1]))
                if (
                    evidence is not None
                    and not _asked(text, evidence)
                    and not _reported_words(text, evidence)
                    and not rules.in_resolved_story(text, *_span(text, evidence))  # d26: a past told as over
                ):
                    f.suicidal_ideation = k
                    return ModelRaise("suicidal_ideation", 0, k, scores[k - 1][0], evidence)
        return None

    @staticmethod
    def _review_by_window(
        model: LocalModel, text: str, clauses: list[tuple[int, int]], f: rules.Findings, raised: list[ModelRaise]
    ) -> ModelRaise | None:
        """d45 (issue 18, items 1 and 6): a turn of a few sentences in which neither the rules nor the model's reading
        of the whole turn (or of the senior's own words, d18) found ideation, and no review was raised, is read by
        its windows of MID_WINDOW_SIZES consecutive clauses, each scored as an utterance would be
        (``LocalModel.window_scores``). A window the model
        scores at the card's own raising threshold for ideation plus WINDOW_MARGIN (the long transcripts' bar: a
        window is read with less context than the turn) is partial evidence behind the same gate as any raise (words
        of death in reach, the speaker's own, not a past told as over, not set aside by the speaker): at least high
        with ``needs_review``, and a person looks; no label is raised.

        Why: 400 held-out crises said between two sentences of calm talk ("오늘 아침에 경로당 다녀왔어요 …") came out
        below high 204 times, 57 alone; the whole turn's reading (``whole + 0.25 x (best clause - whole)``) dilutes
        the crisis sentence (docs/clinical-rules.md, "d45"). A review and not a raise: raising from windows cost false
        ideation and critical on real people's words and the emotional-talk sets; at the bare threshold, reviews of
        those sets' everyday talk (trips, colds, a grandchild taken to a valley) were seven times as many as at this
        bar (measured there). Not in a long transcript (``_ideation_by_window`` reads those, in low mood), never
        converted to ideation by d29 (it runs before)."""
        if f.suicidal_ideation or len(text) >= UNCORROBORATED_MIN_CHARS:
            return None
        if any(r.head == "suicidal_ideation" for r in raised):
            return None  # the whole turn's own reading was sent to a person already (or raised)
        threshold = model.thresholds.by_head.get("suicidal_ideation", {}).get(1)
        if threshold is None or len(clauses) < MID_WINDOW_MIN_CLAUSES:
            return None  # (too few clauses to have a window: ``window_scores`` counts the scored ones exactly)
        scores = model.window_scores(
            text, clauses, "suicidal_ideation", sizes=MID_WINDOW_SIZES, min_clauses=MID_WINDOW_MIN_CLAUSES
        )
        if scores is None or scores[0][0] < threshold + WINDOW_MARGIN:
            return None
        if set_aside_by_the_speaker("".join(text.split())):
            # "그 뒤로 그런 생각은 한 번도 안 했다", "요새는 손주 보는 재미로 산다": the floor's d17f reading
            return None
        probability, span = scores[0]
        quoted = _trimmed(text, *span)
        if rules.in_resolved_story(text, *_span(text, quoted)):
            return None  # d26: a past told as over
        evidence = _ideation_carrier(text, clauses, quoted)
        if evidence is None or _asked(text, evidence) or _an_outing_again(text, evidence):
            return None
        return ModelRaise("suicidal_ideation", 0, 0, probability, evidence, review=True, window=True)

    def _unworded_review(
        self,
        model: LocalModel,
        text: str,
        clauses: list[tuple[int, int]],
        f: rules.Findings,
        uncarried: tuple[float, tuple[int, int]] | None,
    ) -> ModelRaise | None:
        """d21 (issue 18, item 6): a low-mood text (depression >= 2) that the statistical model scores at its own
        raising threshold for ideation, but in which the ideation gate found no words of death, dying, ending or
        leaving in reach — and with no word of death anywhere on its surface (``names_death``: one the gate read and
        set aside stays so) — is partial evidence: at least high with ``needs_review``, and a person looks; no label
        is raised (item 3: the model raises ideation only with such words). Measured on every labelled set before it
        was made: each of the five crises that came out below high (moderate: the gate's blind spot, pills saved
        "한꺼번에" with no word of dying) met these conditions, and five non-crises (four moderate, one high); of real
        people's words 0 of kote_dev's 5,000 turns, 2 of kote_heldout's and 8 of chatbot_data's 11,823 ("하고 싶은
        게 하나도 없어"). The threshold is the card's own (the one that would have raised the label had the gate
        let it), not one chosen here."""
        if uncarried is None or f.suicidal_ideation or f.depression < 2 or names_death(text):
            return None  # (words of death the gate read and set aside — negated, an idiom, a past — stay set aside)
        probability, span = uncarried  # (``levels`` scored it at or above the card's threshold for ideation 1)
        evidence = _model_evidence(model, text, clauses, "suicidal_ideation", 1, span)
        if _asked(text, evidence) or _not_the_speakers(text, evidence):
            return None  # a question put to the speaker, the caller's words, someone's saying, a drama
        if rules.in_resolved_story(text, *_span(text, evidence)):
            return None  # a past told as over
        return ModelRaise("suicidal_ideation", 0, 0, probability, evidence, review=True, unworded=True)

    def _active_from_band(
        self,
        model: LocalModel,
        text: str,
        clauses: list[tuple[int, int]],
        f: rules.Findings,
        raised: list[ModelRaise],
    ) -> ModelRaise | None:
        """d12r: ideation found (by the rules or the model) and an act named in the text (a means, a place,
        preparations, a farewell, a plan: ``ideation_gate.has_act_cue``) make the model's active-ideation score
        count from ``ACTIVE_BAND`` rather than its raising threshold (SCREENING.md: SI 2 is often said with no
        suicide word; new writers' means, plans and farewells scored 0.60-0.74, below the 0.75 that raises alone)."""
        if f.suicidal_ideation != 1:
            return None
        scores = model.head_scores(text, clauses, "suicidal_ideation")
        if len(scores) < 2 or scores[1][0] < ACTIVE_BAND or not has_act_cue(text, clauses):
            return None
        if _PLANS_AHEAD.search("".join(text.split())):
            return None  # "다음 주 월요일에 올라갈 거야", "다음엔 장화 신고 갈 거야": a chore with a future
        probability, span = scores[1]
        evidence = _carrier(text, clauses, _model_evidence(model, text, clauses, "suicidal_ideation", 2, span))
        if evidence is None:
            # d21: the ideation is established already (its evidence carried words of death); the act is in the
            # text (``has_act_cue``): the level-2 span's own clause need not carry them again
            evidence = next((r.evidence for r in raised if r.head == "suicidal_ideation" and r.after == 1), None)
            passive = next((c for c in f.crisis if c.kind == "passive"), None)
            if evidence is None and passive is not None:
                evidence = Evidence(quote=passive.quote, start=passive.start, end=passive.end)
        if evidence is None:
            return None
        f.suicidal_ideation = 2
        return ModelRaise("suicidal_ideation", 1, 2, probability, evidence)

    def ideation_raises(
        self, text: str, model: LocalModel | None = None, clauses: list[tuple[int, int]] | None = None
    ) -> list[tuple[float, bool]]:
        """Calibration (scripts/train_local_model.py), not screening: for each ideation level k >= 1, the score
        ``model`` (default: the loaded one) gives ``text`` and whether the gate would let a raise to k through,
        when the rules alone find no ideation; ``[]`` when they do (the model raises nothing then). With
        thresholds t, the analyzer raises to the highest k whose score reaches t[k], if that k's gate passes.
        ``clauses``: this analyzer's own split of ``text`` (``_clauses``), when the caller has it already."""
        model = model or self._model
        if model is None:
            return []
        self.wait_until_loaded()
        clauses = self._clauses(text) if clauses is None else clauses
        if rules.assess(text, clauses).suicidal_ideation:
            return []
        out: list[tuple[float, bool]] = []
        for k, (score, span) in enumerate(model.head_scores(text, clauses, "suicidal_ideation"), start=1):
            evidence = _model_evidence(model, text, clauses, "suicidal_ideation", k, span)
            out.append((score, _ideation_carrier(text, clauses, evidence) is not None))
        return out

    def label(self, text: str) -> dict[str, Any]:
        """Labels for the evaluation scorer; ``risk`` is the level users get (after the safety floor)."""
        assessment = apply_safety_floor(self.assess(text), text)
        lab = assessment.labels
        return {
            "depression": lab.depression,
            "anxiety": lab.anxiety,
            "cognitive_concern": lab.cognitive_concern,
            "loneliness": lab.loneliness,
            "suicidal_ideation": lab.suicidal_ideation,
            "physical_complaint": lab.physical_complaint,
            "abuse": assessment.safety.safeguarding,
            "risk": assessment.risk_level.value,
        }

    def _clauses(self, text: str) -> list[tuple[int, int]]:
        kiwi = self._kiwi
        if kiwi is None or not rules.needs_morphology(text):
            return rules.punctuation_clauses(text)
        with self._tokenize_lock:
            tokens = kiwi.tokenize(text)
        spans: list[tuple[int, int]] = []
        start = 0
        for index, token in enumerate(tokens):
            tag = token.tag
            end = token.start + token.len
            if tag in ("EF", "SF") or (tag == "EC" and token.form.endswith(_CLAUSE_END_EC)):
                spans.append((start, end))
                start = end
            elif tag == "NP" and token.form in _FIRST_PERSON_NP and index > 0 and token.start > start:
                spans.append((start, token.start))
                start = token.start
        if start < len(text):
            spans.append((start, len(text)))
        return [s for s in spans if s[1] > s[0]]

    def _assessment(
        self, text: str, f: rules.Findings, latency_ms: float, raised: list[ModelRaise] | None = None
    ) -> RiskAssessment:
        labels = Labels(
            depression=f.depression,
            anxiety=f.anxiety,
            cognitive_concern=f.cognitive,
            loneliness=f.loneliness,
            suicidal_ideation=f.suicidal_ideation,
            physical_complaint=f.physical,
        )
        p, g = phq9(f.phq_items), gad7(f.gad_items)
        concerns = _concerns(text, f) + tuple(
            Concern(
                code=r.code,
                dimension=_MODEL_HEADS[r.head][1],
                label_ko=r.label_ko,
                label_en=r.label_en,
                evidence=(r.evidence,),
                item="C-SSRS screen: review" if r.review else _MODEL_HEADS[r.head][3],
            )
            for r in raised or ()
        )
        model_review = any(r.review or r.low_mood for r in raised or ())
        review = model_review or bool(f.declined)
        # d27: declined acts in talk not low in mood go to a person at the labels' level; everything else at least high
        at_least_high = model_review or (bool(f.declined) and not review_only(f.declined, labels.depression, text))
        if f.declined:
            concerns += (partial_concern(f.declined, _DECLINED_LABEL_KO, _DECLINED_LABEL_EN),)
        key_concerns = tuple(dict.fromkeys(c.label_ko for c in concerns))[:8]
        flags = SafetyFlags(
            passive_ideation=f.suicidal_ideation >= 1,
            active_ideation=f.suicidal_ideation == 2,
            safeguarding=f.abuse,
            declined=tuple(sorted({c.code for c in f.declined})),
        )
        notes: tuple[str, ...] = (
            f"rules: {', '.join(f.fired) if f.fired else 'none'}",
            f"crisis patterns {safety_patterns.PATTERNS_VERSION}",
        )
        if raised:
            notes = (*notes, *(r.note for r in raised))
        if self._error is not None:
            notes = (*notes, "morphology unavailable: punctuation clauses")
        return RiskAssessment(
            depression_score=depression_score(labels, p),
            anxiety_score=anxiety_score(labels, g),
            cognitive_score=cognitive_score(labels, f.cognitive_signals),
            emotional_state=emotional_state(labels),
            key_concerns=key_concerns,
            recommendations=_recommendations(labels, f.abuse),
            confidence=_confidence(text, f),
            timestamp=utcnow(),
            labels=labels,
            phq9=p,
            gad7=g,
            risk_level=RiskLevel.highest(risk_from_labels(labels), RiskLevel.HIGH)
            if at_least_high
            else risk_from_labels(labels),
            concerns=concerns,
            safety=flags,
            needs_review=review,
            provenance=Provenance(
                analyzer="local",
                model=self.model_name,
                prompt_version=None,
                degraded=self._error is not None,
                degraded_reason="morphological model unavailable" if self._error is not None else None,
                latency_ms=round(latency_ms, 3),
                notes=notes,
            ),
        )


def _concerns(text: str, f: rules.Findings) -> tuple[Concern, ...]:
    grouped: dict[str, list[rules.Hit]] = {}
    for hit in f.hits:
        grouped.setdefault(hit.rule.code, []).append(hit)
    out: list[Concern] = []
    crisis_evidence: dict[str, list[Evidence]] = {}
    for crisis in f.crisis:  # one concern per code; a combination across sentences quotes each sentence
        crisis_evidence.setdefault(crisis.code, []).append(
            Evidence(quote=crisis.quote, start=crisis.start, end=crisis.end)
        )
    for crisis in f.crisis:
        if crisis.code not in crisis_evidence:
            continue
        out.append(
            Concern(
                code=crisis.code,
                dimension=_CRISIS_DIMENSION[crisis.kind],
                label_ko=crisis.label_ko,
                label_en=crisis.label_en,
                evidence=tuple(crisis_evidence.pop(crisis.code)[:_CRISIS_EVIDENCE_MAX]),
                item=_CRISIS_ITEM[crisis.kind],
            )
        )
    levels = {
        "depression": f.depression,
        "anxiety": f.anxiety,
        "cognitive": f.cognitive,
        "loneliness": f.loneliness,
        "physical": int(f.physical),
    }
    for code, hits in grouped.items():
        rule = hits[0].rule
        if not levels[rule.dimension]:
            continue
        evidence = tuple(Evidence(quote=text[h.start : h.end], start=h.start, end=h.end) for h in hits[:3])
        out.append(
            Concern(
                code=code,
                dimension=_DIMENSION[rule.dimension],
                label_ko=rule.label_ko,
                label_en=code.replace("_", " "),
                evidence=evidence,
                item=rule.item,
            )
        )
    return tuple(out)


def _best_clause(model: LocalModel, text: str, clauses: list[tuple[int, int]], head: str, level: int) -> Evidence:
    """The clause the model finds most telling for ``head >= level``: a true quote with its offsets."""
    spans: list[tuple[int, int]] = []
    for start, end in clauses or [(0, len(text))]:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    if not spans:
        return _trimmed(text, 0, len(text))
    # every clause scored in one batch (rows are independent: the same numbers as one call per clause)
    tails = model.segment_probabilities([text[a:b] for a, b in spans])[head]
    best = (-1.0, *spans[0])  # probabilities are >= 0: the first clause is taken, then only a higher one
    for (start, end), row in zip(spans, tails, strict=True):
        p = float(row[level:].sum())
        if p > best[0]:
            best = (p, start, end)
    _, start, end = best
    return Evidence(quote=text[start:end], start=start, end=end)


def _model_evidence(
    model: LocalModel, text: str, clauses: list[tuple[int, int]], head: str, level: int, span: tuple[int, int]
) -> Evidence:
    """What a model raise of ``head`` to ``level`` quotes: the span that scored highest or, when the whole turn
    did, its most telling clause."""
    if span == (0, len(text)):
        return _best_clause(model, text, clauses, head, level)
    return _trimmed(text, *span)


def _ideation_carrier(text: str, clauses: list[tuple[int, int]], evidence: Evidence) -> Evidence | None:
    """The clause carrying words of death, dying, ending or leaving for a model's ideation raise whose evidence is
    ``evidence`` (``_carrier``), or None when there is none or the raise is not the speaker's: the caller's screening
    question, someone's reported words, a drama's character, a past told as over. One place, so that the calibration
    (``ideation_raises``) predicts exactly the raises ``_raise_with_model`` makes (d20: they had drifted apart)."""
    carried = _carrier(text, clauses, evidence)
    if carried is None or _callers(text, evidence) or _not_the_speakers(text, carried):
        return None
    if _DENIED_WISH.search("".join(carried.quote.split())):
        return None  # d25: "영감 따라가고 싶다는 생각은 안 해 애들이 있는데": the wish named to be denied
    if rules.in_resolved_story(text, *_span(text, evidence)) and rules.in_resolved_story(text, *_span(text, carried)):
        return None  # d19: "오 년 전에 … 어떻게 하면 끝낼까 그 생각만 했어요 … 지금은 그런 생각 안 합니다"
    return carried


def _not_the_speakers(text: str, evidence: Evidence) -> bool:
    """Whether ``evidence`` is not the speaker's own: the caller's screening question (d18: "삶을 끝내고 싶다는 생각을
    하신 적이 있나요?"), someone's saying the rules read (d19: "이렇게 살아서 뭐 하나, 그러고."), a drama's character
    (d19: "그 드라마 있잖아, 시어머니가 … 죽으려고 산에 가는 거"), or said of someone else right after ("… 나 말고")."""
    return (
        _callers(text, evidence)
        or _reported_words(text, evidence)
        or _of_a_story(text, evidence)
        or _said_of_another_after(text, evidence)
    )


def _said_of_another_after(text: str, evidence: Evidence) -> bool:
    """d33c: ``evidence`` closed by "not me" ("… 오늘이 마지막인가 싶어 울어 영감 말이여 나 말고"), at its own end
    or right after it."""
    start, end = _span(text, evidence)
    return (
        _NOT_ME_AT_END.search("".join(text[start:end].split())) is not None
        or _NOT_ME_AFTER.match("".join(text[end:].split())) is not None
    )


# d33c: the words said to be of someone else right after them ("날마다 오늘이 마지막인가 싶어 울어 영감 말이여 나 말고",
# ko_train_blind_short88: her husband's last day feared)
_NOT_ME_AFTER = re.compile(r"[^.?!]{0,24}?" + safety_patterns.NOT_ME)
_NOT_ME_AT_END = re.compile(safety_patterns.NOT_ME + r"[.?!…~]*$")


def _carrier(text: str, clauses: list[tuple[int, int]], evidence: Evidence) -> Evidence | None:
    """The clause next to ``evidence`` (or its own) with words of death, dying, ending or leaving, which a model
    raise of ideation quotes; None when there is none and the raise must not be made."""
    carrier = cue_clause(text, clauses, _span(text, evidence))
    return None if carrier is None else _trimmed(text, *carrier)


def _an_outing_again(text: str, evidence: Evidence) -> bool:
    """d19: whether ``evidence`` says a going again ("내일 또 갈 거야") and the turn names an outing (fishing, the
    senior centre, a walk): the review band's only words of leaving, read as the outing's."""
    start, end = _span(text, evidence)
    return _OUTING_AGAIN.search("".join(text[start:end].split())) is not None and bool(
        _OUTING.search("".join(text.split()))
    )


def _asked(text: str, evidence: Evidence) -> bool:
    """Whether ``evidence`` is the caller's (by the turn labels: ``discourse.callers_words``) or a question put to the
    speaker ("혹시 요즘 차라리 죽었으면 좋겠다 그런 생각 하신 적 있으세요?"), not the speaker's own words. A question of
    the speaker's own ("이렇게 살아서 뭐 해?") is theirs: only one in the honorific, put to the elder, counts."""
    start, end = _span(text, evidence)
    after = "".join(text[end : end + 40].split())
    if _ASKED.search("".join(text[start : min(len(text), end + 12)].split())) or _ASKED_AFTER.match(after):
        return True
    return discourse.callers_words(text, len("".join(text[:start].split())))


def _reported_words(text: str, evidence: Evidence) -> bool:
    """d19: whether ``evidence`` holds a wish the crisis rules gave to someone's reported words."""
    start, end = _span(text, evidence)
    if any(s < end and start < e for s, e in crisis_engine.reported_wishes(text)):
        return True
    # ... or the clause is someone's words announced and closed as a quote ("그 사람이 마지막으로 한 말이 나 없어도 밥
    # 잘 먹고 잘 살라는 거였어요")
    left = "".join(text[max(0, start - 40) : start].split())
    return discourse.words_of_another(left, "".join(text[start:end].split()))


def _of_a_story(text: str, evidence: Evidence) -> bool:
    """d19: whether the clause ``evidence`` ends in a story about someone on the screen or in the news
    (``discourse.told_of_others`` at its last character)."""
    end = _span(text, evidence)[1]
    compact = "".join(text.split())
    last = len("".join(text[:end].split())) - 1
    return last >= 0 and discourse.told_of_others(compact, discourse.sentences(text), last)


def _callers(text: str, evidence: Evidence) -> bool:
    """Whether ``evidence`` lies wholly in the caller's turns (``discourse.callers_words``: its first and last
    characters); a span that runs on into the senior's answer is the senior's too."""
    start, end = _span(text, evidence)
    first = len("".join(text[:start].split()))
    last = first + max(0, len("".join(text[start:end].split())) - 1)
    return discourse.callers_words(text, first) and discourse.callers_words(text, last)


#: d25: a wish named in order to deny it ("따라가고 싶다는 생각은 안 해", "죽었으면 좋겠다는 맘은 없어", d31: "… 마음은
#: 아니고"), not taken back ("… 안 했는데 요새는 들어")
_DENIED_WISH = re.compile(
    r"(싶|시퍼|갔으면|으면좋겠|면좋겠)(다는|단|은|는)(그런)?(생각|마음|맘)(은|도|까지는|까진|이)?(절대|전혀|한번도|아직|꿈에도)?"
    r"(안해|안하|안혀|안허|없|읎|안들|안나|해본적(이|은)?없|들지않|" + safety_patterns.NOT_BE_NOT_IF + ")"
    r"(?![^.?!]{0,16}?(는데|지만|다가|었는데)[^.?!]{0,12}?(요새|요즘|이제|인제)[^.?!]{0,6}?(들|나|해|하))|"
    # d31: the wish itself denied ("죽고 싶진 않아 근데 사는 게 재미가 없어")
    r"죽고(싶|잡|시퍼)(진|지는|지도|지)(않|안)(?![^.?!]{0,16}?(는데|지만)[^.?!]{0,12}?(요새|요즘|이제|인제)[^.?!]{0,6}?(들|나))|"
    # ("죽고 싶은 거 아이다 그냥 허리가 아파서 그렇지": "is not", in the dialect's form too)
    r"(싶|시퍼|잡)(은|는)(거|게|건|것|기)(은|는|도)?("
    + safety_patterns.NOT_BE_NOT_IF
    + r"|아녀|아냐|아이다|아이라|아이고|아입)"
    r"(?![^.?!]{0,16}?(요새|요즘|이제|인제|자꾸)[^.?!]{0,10}?(그런생각|그생각|그맘|그마음)(이|도)?[^.?!]{0,4}?(들|나))|"
    # d25h: … or set aside for another wish said right after (patterns.WISH_SET_ASIDE)
    r"(싶|시퍼)(다는|단|은|는)" + safety_patterns.WISH_SET_ASIDE
)
#: a question put to the elder, in the honorific (patterns.ASKED_OF_ELDER)
_ASKED = re.compile(safety_patterns.ASKED_OF_ELDER)
#: the caller's question told back by the speaker ("… 그런 생각 해본 적 있냐구유 아이구 없슈")
_ASKED_AFTER = re.compile(r"^.{0,16}?(냐구|냐고|냐는|느냐|있으세요|있으셔|하셨어|하신적|드신적|해보셨)")


def _senior_only(text: str) -> str:
    """``text`` with the caller's turns blanked (``discourse.caller_ranges``; the same length, so offsets hold), or
    ``text`` itself when there is no clear caller."""
    callers = discourse.caller_ranges(text)
    if not callers:
        return text
    chars = list(text)
    position = 0  # compact index of the next non-space character
    for i, char in enumerate(text):
        if char.isspace():
            continue
        if any(lo <= position < hi for lo, hi in callers):
            chars[i] = " "
        position += 1
    return "".join(chars)


def _requoted(text: str, evidence: Evidence) -> Evidence:
    """The same span of the original ``text`` (evidence found in its blanked copy)."""
    return _trimmed(text, *_span(text, evidence))


def _span(text: str, evidence: Evidence) -> tuple[int, int]:
    """The offsets of ``evidence`` in ``text`` (an evidence with no offsets quotes all of it)."""
    return evidence.start or 0, len(text) if evidence.end is None else evidence.end


def _trimmed(text: str, start: int, end: int) -> Evidence:
    """``text[start:end]`` without surrounding white space, as a true quote with its offsets."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        start, end = 0, len(text)
    return Evidence(quote=text[start:end], start=start, end=end)


def _recommendations(labels: Labels, abuse: bool) -> tuple[str, ...]:
    recs: list[str] = []
    if labels.suicidal_ideation == 2:
        recs.append("즉시 보호자 또는 담당 사회복지사가 연락하고, 자살예방상담전화 109에 도움을 요청하세요")
    elif labels.suicidal_ideation == 1:
        recs.append("오늘 중으로 어르신께 연락해 마음 상태를 직접 여쭙고, 필요하면 자살예방상담전화 109를 안내하세요")
    if abuse:
        recs.append("학대가 의심되면 노인보호전문기관(1577-1389)에 상담·신고하세요")
    if labels.depression >= 2:
        recs.append("우울 증상이 지속되고 있어 정신건강복지센터나 의료진의 평가를 받아 보세요")
    elif labels.depression == 1:
        recs.append("규칙적인 식사와 수면, 가벼운 산책과 대화 시간을 늘려 보세요")
    if labels.anxiety >= 2:
        recs.append("불안이 일상과 수면을 방해하고 있어 전문가 상담을 권합니다")
    elif labels.anxiety == 1:
        recs.append("걱정되는 일을 가족이나 담당자와 함께 이야기해 보세요")
    if labels.cognitive_concern == 2:
        recs.append("안전 문제(불, 약 복용, 길 잃음)가 있어 보호자 확인과 치매안심센터 검진을 권합니다")
    elif labels.cognitive_concern == 1:
        recs.append("기억력이 걱정되면 치매안심센터에서 무료 선별검사를 받아 보세요")
    if labels.loneliness == 2:
        recs.append("말벗 서비스, 경로당·복지관 프로그램 등 정기적인 만남을 연결해 주세요")
    elif labels.loneliness == 1:
        recs.append("가족과 이웃의 안부 전화를 자주 드려 주세요")
    if labels.physical_complaint:
        recs.append("몸이 불편하신 곳은 병원 진료를 받아 보시도록 안내하세요")
    return tuple(recs) or ("현재의 건강한 생활 습관을 유지하세요",)


def _confidence(text: str, f: rules.Findings) -> float:
    evidence = len({h.rule.code for h in f.hits}) + len(f.crisis)
    base = 0.55 if len(text.strip()) < 8 else 0.65
    return round(min(0.9, base + 0.04 * evidence), 2)


__all__ = ["LocalAnalyzer"]


def unreadable(assessment: RiskAssessment) -> RiskAssessment:
    """The assessment of a text the analyzer cannot read (not Korean): never a confident low.

    What the Korean rules found still counts, but silence from them means nothing here ("I want to die",
    "死にたい"): the level is at least high, a person must review it, and the provenance says why.
    """
    return msgspec.structs.replace(
        assessment,
        risk_level=RiskLevel.highest(assessment.risk_level, RiskLevel.HIGH),
        needs_review=True,
        confidence=0.0,
        provenance=msgspec.structs.replace(
            assessment.provenance,
            degraded=True,
            degraded_reason=f"{UNSUPPORTED_LANGUAGE}: the local analyzer reads Korean only; a person must review this",
        ),
    )

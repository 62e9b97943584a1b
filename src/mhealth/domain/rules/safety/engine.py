"""The crisis-pattern engine: compiles the rows of :mod:`~mhealth.domain.rules.safety.patterns` and scans text.

Standard library only (DESIGN.md). ``scan(text)`` removes whitespace, opens the literal gates of
:mod:`~mhealth.domain.rules.safety.gate` for the compact text (a row whose gate is shut cannot match and
is skipped), runs the remaining rows, applies the guards of each row's guard class in the sentence around
every match, and maps each surviving hit back to the original text so its quote is a true quote.

Speed tricks, each isolated in :mod:`~mhealth.domain.rules.safety.gate` with a plain fallback that gives
the same result (the gated-vs-ungated and fast-vs-plain tests hold both paths to it):

* gates are derived by reading each regex with the standard library's own regex parser (``re._parser``,
  private): there is no public regex syntax tree, and a second, home-made parser could read a pattern
  differently from the one that runs it. Without it (another Python), every row simply runs.
* a text's adjacent character pairs (the gate index's first filter) are read from its UTF-16 encoding
  viewed as 32-bit integers, in C; without a 32-bit ``memoryview`` format the pairs are sliced as strings.
* an adapter may inject a compiled multi-pattern matcher that finds every gate word in one pass
  (:func:`use_word_finder`; the service injects Aho-Corasick when ``ahocorasick-rs`` is installed); without
  one, the index above answers.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import NamedTuple

import msgspec

from mhealth.domain.rules.safety import discourse
from mhealth.domain.rules.safety import gate as regex_gate
from mhealth.domain.rules.safety import patterns as rows
from mhealth.domain.rules.safety.patterns import (
    DIALECT_SPELLED,
    PATTERNS_VERSION,
    Concept,
    CrisisPattern,
    GuardClass,
    PatternKind,
    respelled,
)

__all__ = [
    "PATTERNS_VERSION",
    "CrisisHit",
    "Partial",
    "reported_wishes",
    "rule_codes",
    "scan",
    "scan_for_review",
    "use_word_finder",
]


class CrisisHit(msgspec.Struct, frozen=True, kw_only=True):
    """A crisis pattern found in a text, quoted from the original text (``quote == text[start:end]``)."""

    kind: PatternKind
    code: str
    label_ko: str
    label_en: str
    start: int
    end: int
    quote: str


class _Rule(msgspec.Struct, frozen=True, kw_only=True):
    """A row compiled for matching (see :class:`~mhealth.domain.rules.safety.patterns.CrisisPattern`)."""

    kind: PatternKind
    code: str
    label_ko: str
    label_en: str
    guard_class: GuardClass
    pattern: re.Pattern[str]
    starts: regex_gate.Starts  # the pattern's matches, tried only where one can start (speed only)
    not_after: re.Pattern[str] | None  # cancels when it matches right after the hit
    not_before: re.Pattern[str] | None  # cancels when it matches (searched, anchored at the end) just before
    purpose_after: re.Pattern[str] | None  # an everyday purpose right after: cancels only in a text with no excuse
    purpose_before: re.Pattern[str] | None  # ... or right before (searched, anchored at the end; d14fc)
    context_before: re.Pattern[str] | None  # ... or anywhere in the text before (d39)
    gate: regex_gate.Gate  # the pattern cannot match text without one of these strings
    concepts: tuple[tuple[re.Pattern[str], int], ...]  # composed rows: (concept, points)
    threshold: int
    innocent: re.Pattern[str] | None
    slots: tuple[int, ...]  # each concept's place in the gate mask


def _compile(patterns: tuple[CrisisPattern, ...]) -> tuple[tuple[_Rule, ...], tuple[re.Pattern[str], ...]]:
    """The rows compiled in order, and the concept lexicons they use (gated after the rows, in the mask)."""
    ids = [row.id for row in patterns]
    if len(set(ids)) != len(ids):
        raise ValueError(f"crisis pattern ids must be unique: {sorted({i for i in ids if ids.count(i) > 1})}")
    for row in patterns:
        for field in (
            row.regex,
            row.not_before,
            row.not_after,
            row.purpose_after,
            row.purpose_before,
            row.context_before,
        ):
            if field is not None and any(char.isspace() for char in field):
                raise ValueError(f"{row.id}: patterns match whitespace-free text, so a regex holds no whitespace")
    used: dict[Concept, re.Pattern[str]] = {}
    for row in patterns:
        for concept, _points in row.composition.concepts if row.composition else ():
            used.setdefault(concept, re.compile(concept.regex))
    slot = {concept: len(patterns) + index for index, concept in enumerate(used)}
    compiled: list[_Rule] = []
    for row in patterns:
        pattern = re.compile(row.regex)
        composition = row.composition
        concepts = composition.concepts if composition else ()
        innocent = composition.innocent if composition else None
        compiled.append(
            _Rule(
                kind=PatternKind(row.kind),  # the enum member itself: the scan compares by identity
                code=row.code,
                label_ko=row.label_ko,
                label_en=row.label_en,
                guard_class=GuardClass(row.guard_class),
                pattern=pattern,
                starts=regex_gate.Starts(pattern),
                not_after=re.compile(row.not_after) if row.not_after else None,
                not_before=re.compile(f"(?:{row.not_before})$") if row.not_before else None,
                purpose_after=re.compile(row.purpose_after) if row.purpose_after else None,
                purpose_before=re.compile(f"(?:{row.purpose_before})$") if row.purpose_before else None,
                context_before=re.compile(row.context_before) if row.context_before else None,
                gate=regex_gate.derive(pattern),
                concepts=tuple((used[concept], points) for concept, points in concepts),
                threshold=composition.threshold if composition else 0,
                innocent=re.compile(innocent.regex) if innocent else None,
                slots=tuple(slot[concept] for concept, _points in concepts),
            )
        )
    return tuple(compiled), tuple(used.values())


_RULES, _CONCEPTS = _compile(rows.PATTERNS)


def prepare() -> None:
    """Read where the rows' and the discourse finders' matches can start now, not at the first scan (speed only: a
    service warms the scan up with its analyzer instead of making its first check-ins wait)."""
    for rule in _RULES:
        rule.starts.prepare()
    discourse.prepare_finders()


# One mask for rows and concepts: a concept whose words are nowhere in the text cannot be in an anchor's
# window, so it is not searched there. Mask slots: rows, then concepts.
# After them, one slot per discourse cue kind (discourse.KINDS order) and one for a named lethal means.
_DISCOURSE_SLOT = len(_RULES) + len(_CONCEPTS)
_PARTIAL_SLOT = _DISCOURSE_SLOT + len(discourse.KINDS)


def _gate_index(
    rules: tuple[_Rule, ...],
    concepts: tuple[re.Pattern[str], ...],
    *,
    fast_pairs: bool = True,
    words: regex_gate.WordFinders | None = None,
) -> regex_gate.GateIndex:
    return regex_gate.GateIndex(
        [
            *(rule.gate for rule in rules),
            *(regex_gate.derive(concept) for concept in concepts),
            *(regex_gate.derive(finder) for _kind, finder in discourse.FINDERS),
            regex_gate.derive(re.compile(rows.PARTIAL_MEANS)),
        ],
        common=rows.COMMON_SYLLABLES,
        common_pairs=rows.COMMON_PAIRS,
        fast_pairs=fast_pairs,
        words=words,
    )


_STDLIB_GATES = _GATES = _gate_index(_RULES, _CONCEPTS)


def use_word_finder(words: regex_gate.WordFinders | None) -> None:
    """Open the gates with a compiled multi-pattern matcher from an adapter (None: the standard-library index).

    Speed only: the gate mask, hence every hit, is the same either way (tests/unit/test_safety_word_finder.py
    holds an adapter's matcher to the standard-library index on the golden file's texts). The composition
    root calls this once at start-up, before requests are served.
    """
    global _GATES
    if _GATES.words is words:
        return  # already in use (each container built in a process asks again)
    _GATES = _STDLIB_GATES.with_words(words)
    _scanned.cache_clear()  # scans made under the previous gates are the same, but start from a clean slate


_DEATH = re.compile(rows.DEATH.regex)
_ENDORSE = re.compile(rows.ENDORSEMENT.regex)
_FEAR_OF_DYING = re.compile(rows.FEAR_OF_DYING)
#: d17s: sentences between a wish to be dead and a held means that escalate it (a means told of far away in a long
#: talk belongs to another topic: a rope for the calf, the neighbour's saying an hour later).
_WISH_TO_MEANS = 2
# (d17s: and when a life insurance pays out, asked: "생명보험은 가입하고 몇 년 지나야 나오는지")
_ESCALATE = re.compile(rows.ESCALATION.regex + "|" + rows.INSURANCE_TIMING)
#: d19: another's saying announced at the end of the sentence before ("탈의실에서 머리 말리다가 그러더라고요.") ...
_ANNOUNCED_BEFORE = re.compile(
    r"(그러더라고|그러더라|하더라고|하더라|카더라|그카더라|그러대|그카대|하대|말하더라|말을하더라)(요|예|유)?[.!]"
    # (not the speaker answering it: "그래서 나도 죽고 싶다 그러면서 울었어")
    r"(?:(?!그래서|그라서|그래가|그러니까|나도|내도|저도|나두)[^.?!]){0,24}$"
)
#: ... and the quote closed after it by the teller's "이러면서", "그러더니" (a clause or two on)
_CLOSED_AFTER = re.compile(r"^[^.?!]{0,40}?(이러면서|이러믄서|그러면서|이카면서|카면서|그러더니|이러더니|하더니)")
#: d20: a wish closed a clause on as someone's saying (``patterns.REPORT_CLOSED_AFTER``): "어제는 빨리 죽어야지 너
#: 고생 그만 시키게 이러더라고요"
_REPORT_CLOSED = re.compile(rows.REPORT_CLOSED_AFTER)
#: d20: Gyeongsang's "다 카는 기라", "다 카더라" closing someone's words (she said, it was)
_SAID_GYEONGSANG = r"(다|라|자|냐)(카는기|카는거|카더라|카드라|카대|카데"
#: ... an act closed by it at once ("약을 모아 놨다 카는 기라"); not a wish of one's own said before a method heard of
#: ("고마 다 끝낼란다 연탄불 피워 놓고 … 된다 카더라": the wish is some way back)
_ACT_REPORTED = re.compile(r"^[^.?!]{0,8}?" + _SAID_GYEONGSANG + ")")
#: ... a wish after someone seen doing something ("-더니": "내 얼굴만 보더니 …") and closed as said ("… 카는 기라",
#: "… 하더라")
_WITNESSED_BEFORE = re.compile(r"[가-힣]더니[^.?!]{0,12}$")
_SAID_CLOSED = re.compile(r"^[^.?!]{0,30}?" + _SAID_GYEONGSANG + "|하더라|그러더라|하대|그러대)")
#: d20: someone announced as saying it ("이 양반이 요새 자꾸 이상한 소리를 해요", ``_SAYING_FRAME``) and the words
#: closed as that saying, said over and over ("… 정리하라고 매일 그 얘기만 해요")
_ORDER_CLOSED = re.compile(
    r"^[^.?!]{0,16}?(라|다|자)(고|구|꼬)[^.?!]{0,8}?(그|이|저)?(얘기|이야기|소리|말)(만|을|를|도)?(해|하|한|했|혀|허)"
)
_FRAME_REACH = 60
#: d20: a quote opened by the teller called by a kin word and the quoted speaker's "I" ("아부지 나 …", "엄마 내가 …")
#: and closed by the teller's "그러는 거여", "그러더라", "카대" within ``_QUOTE_REACH`` characters
_VOCATIVE_OPEN = re.compile(
    r"(아부지|아버지|아빠|엄마|어머니|어무이|어머님|아버님|할머니|할매|할아버지|할배|할망|하르방|장모님|장인어른)"
    r"(요|예|유)?[,…~]*(나|내가|난|저|제가|나는|내는)(?![가-힣]{0,1}(한테|에게|보고|더러))"
)
_OPEN_REACH = 30
_VOCATIVE_CLOSE = re.compile(
    r"(그러는|이러는|그라는|이라는|카는|하는)(거|기|게)(여|야|예|라|지|요)|(그러|이러|카)더라(?!도)|그러대|카대|그카대|"
    r"그러더니|이러더니|카더니|하더니"
)
_QUOTE_REACH = 80
_SENTENCE_END = re.compile(r"[.?!。\n]")  # (``_BOUNDARY`` without "…": a quote may trail off inside itself)
#: d20: the means said not bought, a clause or two on ("번개탄은 … 그려서 그건 안 샀어유")
_NOT_BOUGHT_AFTER = re.compile(r"[^.?!]{0,50}?(그건|그거는|그거|고건|그놈은)(안|못)(샀|사왔|삿|들였|사다놨)")
#: d20: "왜" right before an act: a rebuke or a question of why ("저기서 왜 뛰어내려")
_REBUKE_BEFORE = re.compile(r"(왜|뭐하러|뭣하러|머할라꼬|뭐할라고)$")
#: d20: "죽기는 언제 죽노", "죽긴 왜 죽어": as if one would die
_RHETORICAL_DIE = re.compile(r"(죽기는|죽긴|죽기야|죽기사)$")
#: d28: a wish put as a rhetorical question that denies it ("죽고 싶긴 뭘 죽고 싶어요", "죽을생각은 무슨"): the words
#: followed by "-긴/-기는 뭘" or "은 무슨", or preceded by "-긴 뭘" (the wish said again after it)
_DENIED_AS_QUESTION_AFTER = re.compile(
    r"(긴|기는|기는요|긴요)(뭘|뭐|무슨|뭔|머)|(은|는)(무슨|뭔|무신)(?!방법|수로|약|짓|생각|마음|맘)"
)
_DENIED_AS_QUESTION_BEFORE = re.compile(r"(싶긴|싶기는|싶기는요)(뭘|뭐|무슨|뭔|머)$")
#: d18: an occasion or a chore right before the plan's word makes it that occasion's ("손녀 미나가 다음 달에 시집간다고
#: 날 잡았어", "김장 준비 다 했어", "수술 날짜 잡았어"), not a plan to die
_ORDINARY_PLAN = re.compile(
    r"결혼|시집|장가|혼사|상견례|이사|수술|검진|검사|입원|퇴원|여행|잔치|제사|차례|생일|환갑|칠순|팔순|돌잔치|김장|명절|추석|설|"
    r"모임|계모임|동창회|야유회|소풍|예약|약속|면회|진료|병원|"
    # d19: the doctor's word on the medicine ("선생님이 이제 약 끊어도 되겠다고 하셨고")
    r"선생님이|선생님께서|의사가|의사선생님|처방"
)
_NEGATION_AFTER = re.compile(rows.NEGATION_AFTER)
_DOUBLE_NEGATION = re.compile(rows.DOUBLE_NEGATION)
_REPORTED_AFTER = re.compile(rows.REPORTED_AFTER)
_THIRD_PERSON_SAY = re.compile(rows.THIRD_PERSON_SAY)
#: d38: "-면 하는 거지", the wish's own construction after a conditional, not a saying reported ("그냥… 자다가
#: 갔으면 하는 거지, 뭘 하려는 건 아니에요", ko_train_dev_short_crisis6); "갔으면 하더라" is still someone's
_WISH_OF_ONES_OWN = re.compile(r"하는(거|게|기|것)")
_QUESTION_ECHO = re.compile(rows.QUESTION_ECHO)
_SAYING_FRAME = re.compile(rows.SAYING_FRAME)
_SAYING_AFTER = re.compile(rows.SAYING_AFTER)
_COMPLETED_DEATH = re.compile(rows.COMPLETED_DEATH)
_DIED_TOLD_AFTER = re.compile(rows.DIED_TOLD_AFTER)
_QUOTE_CLOSED_AFTER = re.compile(rows.QUOTE_CLOSED_AFTER)
_OTHER_SUBJECT = re.compile(rows.OTHER_SUBJECT)
_MEDIA = re.compile(rows.MEDIA)
_MEDIA_AFTER = re.compile(rows.MEDIA_AFTER)
_FIRST_PERSON = re.compile(rows.FIRST_PERSON)
_PAST = re.compile(rows.PAST)
# (d18: not a resolution taken back at once: "지금은 잘 살아보려고 해도 또 그 생각이 나")
_RESOLVED = re.compile(
    f"(?:{rows.RESOLVED})"
    r"(?![^.?!]{0,20}?(해도|어도|아도|지만|는데|는디|다가)[^.?!]{0,10}?((또|다시|자꾸)[^.?!]{0,6}?(생각|맘|마음)|그생각|그런생각))"
)
_RESOLVED_NEAR = re.compile(rows.RESOLVED_NEAR)
_NONHUMAN_SUBJECT = re.compile(rows.NONHUMAN_SUBJECT)
_PAST_NEAR = re.compile(rows.PAST_NEAR)
RESOLVED_NEAR_CHARS = 60  # how far after a hit rows.RESOLVED_NEAR is read
#: How far after an active hit the speaker's denial is read (d14r): a denial follows what it denies; a "나는 그렇게는
#: 못 해요" two minutes later in a long check-in is about something else ("요양원 가서 … 누워 있는 것보다").
SELF_DENIAL_CHARS = 80
_FUTURE_PLANS = re.compile(rows.FUTURE_PLANS)
_IMITATION = re.compile(rows.IMITATION)
_PLAY = re.compile(rows.PLAY)
_SELF_DENIAL = re.compile(rows.SELF_DENIAL)
# d14fc (false crisis alerts on benign talk)
_NO_LONGER_AFTER = re.compile(rows.NO_LONGER_AFTER)
_NO_LONGER_TAKEN_BACK = re.compile(rows.NO_LONGER_TAKEN_BACK)
_ECHO_DENIED_AFTER = re.compile(rows.ECHO_DENIED_AFTER)
_NEGATION_THEN_NOW = re.compile(rows.NEGATION_THEN_NOW)
_SAYING_HABIT_AFTER = re.compile(rows.SAYING_HABIT_AFTER)
_ADDRESSEES_PARENT = re.compile(rows.ADDRESSEES_PARENT)
_SAID_AS_SAYING = re.compile(rows.SAID_AS_SAYING)
_SAYING_HABIT_MORE = re.compile(rows.SAYING_HABIT_MORE)
_CALLED_A_LIE = re.compile(rows.SAYING_CALLED_A_LIE)
_HABIT_SUBJECT = re.compile(rows.HABIT_SUBJECT)
_HABIT_WORDS = re.compile(rows.HABIT_WORDS)
_HABIT_FRAME = re.compile(rows.HABIT_FRAME)
_HABIT_CLOSED_AFTER = re.compile(rows.HABIT_CLOSED_AFTER)
#: d24: a sentence announcing someone's saying, at its end ("니 아부지는 맨날 그 소리여.")
_HABIT_FRAME_END = re.compile(
    "(" + rows.HABIT_SUBJECT + r")[^.?!]{0,16}?(" + rows.HABIT_FRAME + r")(요|예|유)?[.!…~]*$"
)
_HABIT_FRAME_AFTER = re.compile(r"^[^.?!]{0,12}?(" + rows.HABIT_FRAME + ")")
#: d25d: a sentence opening with "the thing (he) always says is …", the person named in the sentence before
_HABIT_LEAD = re.compile(
    r"^(맨날|만날|늘|노상|항상|허구헌날|허구한날|입만열면|입만열믄)(하는|허는|카는|하시는|하던)(소리|말|얘기)(가|이|는|은|이란게|이라는게)"
)
_HABIT_REACH = 24  # d24: characters from the person named to their words
_QUOTE_OPENING = 12  # d24: characters of the quoting sentence before the words ("아이고 ")
#: d24: the speaker joining in ("나도 그 맘 알겠어", "나도 마찬가지여", "저도 요새 그런 생각 들어요")
_ME_TOO = re.compile(
    r"(나도|나두|내도|저도|저두|나역시|나라고)[^.?!]{0,10}?(그래|그렇|그런|그맘|그마음|그생각|그심정|마찬가지|매한가지|똑같|같은|"
    r"이해가|알겠|알것|알지|싶|들어|들더|드네|들때)"
)
_ME_TOO_REACH = 60
_RESOLVED_STRONG = re.compile(rows.RESOLVED_STRONG)
#: the wish as the measure of a time that was ("죽고 싶을 만큼 힘든 때도 있었지만", "죽고 싶던 적도 있었는데")
_TIMES_THERE_WERE = re.compile(r"[^.?!]{0,14}?(?:때|적|시절|날)(?:가|도|이|은|는|들이|들도)?(?:있었|많았)")
# d25: the episode dated years back right after it is told ("… 약 모아놓고 그랬어 근데 그게 벌써 팔 년 전이여")
_DATED_AFTER = re.compile(
    r"[^.?!]{0,16}?(?:그게|그기|그것이|그거이|그때가|그거)(?:벌써|이미|한|다)?"
    r"(?:[일이삼사오육칠팔구십백]+|[0-9]+|몇|여러|수십|오래)(?:년|해)(?:전|前|도더된|도넘은|넘은|된)|"
    # (d41: or named as a matter of years ago, in its sentence or the next, "… 생각을 참 많이 했어라 몇년 전 일이여
    # 인자는 안 그려")
    r"[^?!]{0,24}?(?:[일이삼사오육칠팔구십백]+|[0-9]+|몇|여러|수십|오래)(?:년|해)전(?:일|얘기|이야기)"
)
_DATED_REACH = 160  # d19: compact characters back to a past dated in years, with a strong resolution after
RESOLVED_STRONG_CHARS = 200  # how far after a hit dated in years rows.RESOLVED_STRONG is read (d14fc)
_CALLER_LABEL_END = re.compile(f"(?:{rows.CALLER_LABEL})$")
_COLON = re.compile("[:：]")

_BOUNDARY = re.compile(r"[.?!。…\n]")  # a sentence ends here: guards and concept windows stop at it
_WINDOW = 60  # characters each side of a composed rule's anchor, within its sentence
_WORD = re.compile(r"\S+")
_DESIRE = GuardClass.DESIRE
_FAREWELL = GuardClass.FAREWELL
_ABUSE_CLASS = GuardClass.ABUSE
_ACTS = (GuardClass.MEANS, GuardClass.PREP)  # acts that could be anyone's
_PLANNED = (GuardClass.PREP, GuardClass.FAREWELL)  # cancelled by plans for the future
_ACTIVE = PatternKind.ACTIVE
_ABUSE = PatternKind.ABUSE


class _Offsets:
    """Maps an index in the whitespace-free text back to the original text, built only when a hit needs it."""

    __slots__ = ("_origins", "_starts", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: list[int] = []
        self._origins: list[int] = []

    def __getitem__(self, index: int) -> int:
        if not self._starts:
            position = 0
            for word in _WORD.finditer(self._text):
                self._starts.append(position)
                self._origins.append(word.start())
                position += word.end() - word.start()
        k = bisect.bisect_right(self._starts, index) - 1
        return self._origins[k] + (index - self._starts[k])


def _normalise(text: str) -> tuple[str, _Offsets]:
    """Drop whitespace; return the compact text and a map from its indices to the original ones."""
    compact = text.replace(" ", "")
    if not compact.isprintable():  # every other whitespace character is unprintable: take the general way
        compact = "".join(text.split())
    return compact, _Offsets(text)


#: d27: quotation marks, straight and curly, single and double, and the corner brackets
_QUOTE_MARKS = "'\"‘’“”「」『』"


def _sentence_left(compact: str, start: int, width: int) -> str:
    """The compact text before ``start`` within the same sentence, at most ``width`` characters."""
    lo = max(0, start - width)
    window = compact[lo:start]
    cut = -1
    for boundary in _BOUNDARY.finditer(window):
        cut = boundary.end()
    return window[cut:] if cut >= 0 else window


def _sentence_right(compact: str, end: int, width: int) -> str:
    window = compact[end : end + width]
    boundary = _BOUNDARY.search(window)
    return window[: boundary.start()] if boundary else window


def nonhuman_close(left: str) -> bool:
    """A crop, plant, pest or animal as the subject shortly before the hit, no first-person word after it (d11)."""
    found = list(_NONHUMAN_SUBJECT.finditer(left))
    return bool(found) and len(left) - found[-1].end() <= 14 and not _FIRST_PERSON.search(left, found[-1].end())


#: d35: a person named only to say there is none ("밥 먹을 사람도 없고 오늘 밤에 손목 그을 거야",
#: ko_train_blind_short94)
_NOBODY_AFTER = re.compile(r"(하나도|하나)?(없|읎|웂|안와|안오|안계|못와|못오)")


def _other_person_close(left: str, narrated: bool = False) -> bool:
    """A third-person subject shortly before the hit with no first-person word after it (d17v: in a visit note,
    ``narrated``, not "어르신": the senior)."""
    found = [
        m
        for m in _OTHER_SUBJECT.finditer(left)
        if not (narrated and discourse.is_the_senior(left, *m.span())) and not _NOBODY_AFTER.match(left, m.end())
    ]
    if not found:
        return False
    last = found[-1]
    between = left[last.end() :]
    return len(between) <= 14 and not _FIRST_PERSON.search(between)


def _around(compact: str, start: int, end: int) -> tuple[str, str]:
    """The guards' windows of the words at ``compact[start:end]``: their sentence's 30 characters before and 24 after,
    read through quotation marks around the words (d27: "영감이 술만 마시면 '빨리 죽어야지' 해서 …" is his words, as
    without the marks)."""
    return (
        _sentence_left(compact, start, 30).rstrip(_QUOTE_MARKS),
        _sentence_right(compact, end, 24).lstrip(_QUOTE_MARKS),
    )


def _guarded(rule: _Rule, compact: str, start: int, end: int) -> bool:
    left, right = _around(compact, start, end)
    if rule.not_after is not None and rule.not_after.search(right):
        return True
    if rule.not_before is not None and rule.not_before.search(left):
        return True
    if _NEGATION_AFTER.match(right) and not _DOUBLE_NEGATION.match(right) and not _NEGATION_THEN_NOW.match(right):
        return True
    if rule.kind is not _ABUSE and _denied_now(compact, end, right):
        return True
    narrated = discourse.narrated(compact)
    said = right.lstrip(",~…")  # d19: "나는 빨리 죽어야지, 그러는 거야": the quotative after a comma
    if (
        _REPORTED_AFTER.match(said)
        and rule.guard_class is not _FAREWELL
        and not _the_speakers_own_saying(compact, end, said)
        and not (compact[end - 1] in "면믄" and _WISH_OF_ONES_OWN.match(said))
    ):
        # d17v: in a visit note "…라고 하심" reports the senior's own words, unless someone else speaks in the sentence
        if not (narrated and discourse.honorific_report(right) and not _other_person_close(left, narrated)):
            return True
    if _QUESTION_ECHO.match(right) and rule.kind is not _ABUSE:
        return True  # the caller's question repeated back
    if rule.kind is not _ABUSE and _asked_and_denied(compact, end):
        return True  # d20: "최근에 죽고 싶다는 생각을 하신 적이 있으세요? 그건 아니오. 그런 생각은 안 해요."
    if rule.kind is not _ABUSE and _quoted_of_another(rule, compact, start, end, left, right):
        return True
    frame = _SAYING_FRAME.search(left) if rule.guard_class is _DESIRE else None
    if frame and not _FIRST_PERSON.search(left, frame.end()):
        return True  # someone announced as saying it again ("영감이 또 그 소리를 해 … 빨리 죽어야지")
    if rule.code in _PLACE_ACTS and _someone_elses_act(compact, start, end):
        return True  # d27: "공장 옥상에서 누가 뛰어내렸다고 뉴스에": someone named between the place and the act
    if rule.guard_class in _ACTS and _NOT_BOUGHT_AFTER.match(compact, end):
        return True  # d20: "근디 번개탄은 냄새 난다고 며느리가 질색을 허드라고 그려서 그건 안 샀어유"
    if rule.guard_class in _ACTS and _REBUKE_BEFORE.search(compact, max(0, start - 4), start):
        return True  # d20: "저 미련한 것 저기서 왜 뛰어내려" (said to a drama's character): a rebuke, not a plan
    if rule.guard_class is _DESIRE and _RHETORICAL_DIE.search(compact, max(0, start - 6), start):
        return True  # d20: "근데 죽기는 언제 죽노 칠십 오 될 때까지는 가위 잡을 끼다": when would I die
    if rule.guard_class is _DESIRE and (
        _DENIED_AS_QUESTION_AFTER.match(right) or _DENIED_AS_QUESTION_BEFORE.search(left)
    ):
        return True  # d28: "죽고 싶긴 뭘 죽고 싶어요. 손주 장가가는 것도 봐야 되는데": a denial
    if rule.guard_class is _DESIRE and _framed_saying(compact, start, end):
        return True  # d15L: "영감은 또 그 소리 한다 아이고 나도 빨리 죽어야지 … 그기 입버릇이라": his quote, his "나도"
    if rule.guard_class is _DESIRE and _CALLED_A_LIE.match(said):
        return True  # d24: "늙으면 죽어야지 하는 말은 거짓말이여": the saying named, and called a lie
    if rule.guard_class is _DESIRE and _habitual_of_another(compact, start, end, left, said):
        return True  # d24: "박 할매는 맨날 아이고 빨리 죽어야 되는데 그카면서 화투는 제일 열심히 친다": her habit
    if rule.guard_class is _DESIRE and _SAID_AS_SAYING.match(said) and _addressees_parent(left):
        return True  # d28: "니 아부지 또 빨리 죽어야지 소리한다": the other parent's saying, told to their child
    if rule.guard_class is _DESIRE and (_SAYING_AFTER.match(said) or _SAYING_HABIT_AFTER.match(said)):
        wider = _sentence_left(compact, start, _WINDOW)
        subject = list(_OTHER_SUBJECT.finditer(wider))
        if subject and not _FIRST_PERSON.search(wider, subject[-1].end()):
            return True  # "… 그 소리를 입에 달고 살어": that person's habit
    if _COMPLETED_DEATH.match(right) and rule.kind is not _ABUSE:
        return True
    if rule.kind is not _ABUSE and compact[end - 1] == "죽" and _DIED_TOLD_AFTER.match(right):
        return True  # d17L: "우리 동네 누가 농약 먹고 죽었잖여": a death told, someone's
    if _told_by_a_medium(left, compact[end : end + 40]):
        return True
    if rule.guard_class is _ABUSE_CLASS and _PLAY.search(compact[start:end] + right[:8]):
        return True
    if _MEDIA_AFTER.match(right):
        return True
    if rule.guard_class is _DESIRE and nonhuman_close(left):
        return True  # "배추가 얼어 죽을까 걱정이야": the cabbages' death
    if rule.kind is not _ABUSE and _nonhuman_died(compact[start:end], left):
        return True
    if _other_person_close(left, narrated) and rule.guard_class is not _ABUSE_CLASS:
        if rule.guard_class in _ACTS or _THIRD_PERSON_SAY.match(right):
            return True
    if rule.kind is not _ABUSE and _resolved_past(compact, start, end):
        return True
    # (d33c: plans for the future excuse preparations and goodbyes only with no hopelessness in the text, as
    # SCREENING.md says: "손녀 결혼식 가야지 하다가도 그냥 다 부질없어. 유서 써놨어")
    return rule.guard_class in _PLANNED and bool(_FUTURE_PLANS.search(compact)) and not discourse.hopeless_said(compact)


#: d38: a means kept from children or animals, or warned against: "손주들 오면 만질까 봐 농약 뚜껑 꽉 닫아서
#: 높은 데 올려놨어", "우리 개가 농약 먹을까 봐 창고 문 꼭 잠가놨어", "번개탄 가지고 장난치면 안 된다고 손주
#: 혼냈어", "안전 교육에서 그러대, 연탄 피우고 문 닫아 두면 큰일 난다고" (ko_train_a, c, d): its everyday care,
#: excused like a row's purpose. The child or the animal is the subject (a particle or a coming after it: not "아이고",
#: nor "몇 개", a count); the warning is against playing with, lighting, leaving or shutting it in, never against
#: taking it ("먹으면 안 된다 캤는데 다 먹었다" is told, not warned); not "먹을까 싶어", a thought of taking it.
_PRECAUTION = re.compile(
    r"(손주|손자|손녀|애들|아이들|아이(?!고)|애기|아기|(?<![몇한두세네섯러])개|강아지|고양이|닭|짐승|염소)(들)?"
    r"(이|가|는|도|오면|오믄|와서)[^.?!]{0,16}?"
    r"(먹을까|묵을까|마실까|만질까|건드릴까|손댈까|삼킬까|주워먹을까)(봐|바|겁|무서)|"
    r"(장난치|장난하|피우|두|놔두|닫|때)(면|믄|문)(절대)?(안된다|안돼|큰일난|큰일나|위험하|위험허)|안전교육"
)
#: ... unless the sentence tells the means taken or to be taken ("애들 만질까 봐 치워 놨는데 어제 내가 반 병 마셨어")
_TAKEN = re.compile(r"마셨|마실거|마실란|먹었|먹을거|먹을란|묵었|묵을끼|삼켰|털어넣|들이켰|들이킸")


def _kept_safe(compact: str, lo: int, hi: int) -> bool:
    """Whether the sentence of a means at ``compact[lo:hi]`` keeps it from a child or an animal, or warns against it
    (``_PRECAUTION``), and tells no one taking it (``_TAKEN``): an everyday care, kept only in a text with no excuse
    (as a row's ``purpose_after``)."""
    sentence = _sentence_left(compact, lo, 30) + compact[lo:hi] + _sentence_right(compact, hi, 30)
    return _PRECAUTION.search(sentence) is not None and _TAKEN.search(sentence) is None


def _addressees_parent(left: str) -> bool:
    """The addressee's father or mother named in ``left`` (the words' sentence before them), no first-person word
    after it."""
    named = list(_ADDRESSEES_PARENT.finditer(left))
    return bool(named) and not _FIRST_PERSON.search(left, named[-1].end())


def _quoted_of_another(rule: _Rule, compact: str, start: int, end: int, left: str, right: str) -> bool:
    """d19/d20: the words at ``compact[start:end]`` stand in someone else's quoted words, opened or closed as theirs by
    the teller (``left`` and ``right``: their sentence before and after them, ``_guarded``'s windows)."""
    said = right.lstrip(",~…")
    if discourse.words_of_another(left, right):
        return True  # d19: "그 사람이 마지막으로 한 말이 나 없어도 밥 잘 먹고 잘 살라는 거였어요": his words
    if _ORDER_CLOSED.match(said) and _SAYING_FRAME.search(compact, max(0, start - _FRAME_REACH), start):
        return True  # d20: "이 양반이 이상한 소리를 해요 나 죽으면 … 가게는 정리하라고 매일 그 얘기만 해요"
    if _vocative_quote(compact, start, end):
        return True  # d20: "아부지 나 죽고 싶소, 다리 위에 서 있응께 바람이 시원허요, 그러는 거여": the son's words
    if rule.guard_class in _ACTS:
        return _ACT_REPORTED.match(said) is not None  # d20: "…, 약을 모아 놨다 카는 기라": the friend's pills
    if rule.guard_class is not _DESIRE:
        return False
    if _WITNESSED_BEFORE.search(compact, max(0, start - 24), start) and _SAID_CLOSED.match(
        _sentence_right(compact, end, 40)
    ):
        return True  # d20: "내 얼굴만 보더니 나도 우리 영감 따라가고 싶다, … 카는 기라": what she did, then said
    if _REPORT_CLOSED.match(said):
        return True  # d20: "어제는 빨리 죽어야지 너 고생 그만 시키게 이러더라고요": his words, witnessed
    # d19: "… 그러더라고요. 나는 요새 정말 죽고 싶다, …, 이러면서": her friend's words
    return bool(_ANNOUNCED_BEFORE.search(compact, max(0, start - 60), start) and _CLOSED_AFTER.match(said))


#: d28: the person named had a clause of their own before the words ("재혼하려던 사람도 떠나고, 매일 자살 생각만
#: 해요": he left; the thoughts are the speaker's): a connective clause closed by a comma, or a going said of them
_SUBJECTS_OWN_CLAUSE = re.compile(
    r"(고|서|구|니까|니께|는데|는디|지만),|(떠나|떠났|죽|죽었|돌아가시|돌아가셨|가버리|가버렸|가불)(고|서|구|니까|니께|는데|는디)"
)


def _habitual_of_another(compact: str, start: int, end: int, left: str, said: str) -> bool:
    """d24: the wish at ``start`` is another person's habitual saying (SCREENING.md: a spouse's habitual "빨리
    죽어야지" is not the speaker's): that person named in the sentence (``left``) with no first-person word after,
    and then either their saying announced ("… 맨날 그 소리여 아이고 빨리 죽어야제") or a habit word (맨날, 입만
    열면, 입버릇) with the teller's closing right after the words (``said``: "… 그래", "… 그카면서", "… 이 소리를
    해"). Or the sentence before announces it ("니 아부지는 맨날 그 소리여. 아이고 빨리 죽어야제, …"), the words opening
    their own sentence with no first-person word before them. The speaker's own "나도 맨날 빨리 죽어야지 그래" keeps
    its first person, and "영감은 맨날 그러는데 나는 …" its "나는". Never when the speaker joins in right after ("…
    그래. 근데 요새는 나도 그 맘 알겠어")."""
    if _ME_TOO.search(compact, end, end + _ME_TOO_REACH):
        return False
    subjects = list(_HABIT_SUBJECT.finditer(left))
    if subjects:
        between = left[subjects[-1].end() :]
        if len(between) > _HABIT_REACH or _FIRST_PERSON.search(between) or _SUBJECTS_OWN_CLAUSE.search(between):
            return False
        if _HABIT_FRAME.search(between):
            return True
        if _HABIT_FRAME_AFTER.match(said):
            return True  # "… 영감 따라가야지 그 소리여": called that person's saying right after
        return bool(_HABIT_WORDS.search(between) or _HABIT_WORDS.match(said[:8])) and bool(
            _HABIT_CLOSED_AFTER.match(said)
        )
    cut = start - len(left)  # the boundary ending the sentence before (or the text's start)
    if _HABIT_LEAD.match(left) and cut > 0 and _HABIT_SUBJECT.search(_sentence_left(compact, cut - 1, _WINDOW)):
        return True  # d25d: "그 양반은 태평하다. 맨날 하는 소리가 내사 마 살 만큼 살았다, 빨리 죽어야지 카면서 …"
    if (
        cut > 0
        and compact[cut - 1] == "?"
        and _HABIT_SUBJECT.search(_sentence_left(compact, cut - 1, _WINDOW))
        and not _FIRST_PERSON.search(left)
        and (_HABIT_WORDS.search(left) or _HABIT_WORDS.match(said[:8]))
        and _HABIT_CLOSED_AFTER.match(said)
    ):
        # d35: the answer about the one the caller asked after ("할아버지는 식사 잘하세요? / 어르신: 밥 묵을 때마다 빨리
        # 죽어야지 카면서 밥은 두 그릇씩 묵는다 아이가", ko_train_blind_short94): that person's habit
        return True
    if len(left) > _QUOTE_OPENING or _FIRST_PERSON.search(left):
        return False
    if cut <= 0:
        return False
    before = _sentence_left(compact, cut - 1, _WINDOW) + compact[cut - 1 : cut]
    return _HABIT_FRAME_END.search(before) is not None


_FRAMED_QUOTE = 30  # d15L: characters from "… 그 소리 한다" to the quoted words


def _framed_saying(compact: str, start: int, end: int) -> bool:
    """d15L: another person announced as saying it ("우리 영감은 옆에서 또 그 소리 한다") within ``_FRAMED_QUOTE``
    characters before the words, and the words called a habit right after ("… 그기 입버릇이라"): a quote of theirs,
    its first person theirs too (the frame alone does not carry over a first-person word: "영감이 그 소리 하는데 나도
    …" may be the speaker's own)."""
    right = _sentence_right(compact, end, 40)
    if not (
        _SAYING_HABIT_MORE.match(right)
        or _SAYING_AFTER.match(right)
        or _SAYING_HABIT_AFTER.match(right)
        or _QUOTE_CLOSED_AFTER.match(right)
    ):
        return False
    wider = _sentence_left(compact, start, _WINDOW)
    frames = list(_SAYING_FRAME.finditer(wider))
    return bool(frames) and len(wider) - frames[-1].end() <= _FRAMED_QUOTE


#: d20: the answer to a question put to the elder, a denial at once ("없어요", "그건 아니오", "저는 없어요", "아뇨 그런
#:생각은 안 해요"), after an optional turn label and a filler
_DENIAL_ANSWER = re.compile(
    r"(?:[가-힣A-Za-z]{1,6}[:：\]>)])?(?:아이고|아이구|음|어|에이|허허|하이고|그건|그거는|그거|저는|나는|난|전|전혀|절대)?[.…,~]*"
    r"(?:아니|아뇨|아녀|아냐|아이다|아입니|아이요|없|읎|안해|안합|안혀|안들|안드|그런거|그런건|그런생각|그런맘|그런일|"
    # (Jeju: "어서 마씀", "어수다", "엇수다")
    r"어서(?!오|와|가|드|빨리)|어수|엇수|어신|웃수)"
)
_ASK_REACH = 40  # characters from a wish to the "?" of the question it is in


def _vocative_quote(compact: str, start: int, end: int) -> bool:
    """d20: the words are a quote of someone calling the teller by a kin word ("아부지 나 죽고 싶소, … 그러는 거여"):
    opened within a few characters before the hit, closed after it, in no sentence that has ended."""
    opened = [m for m in _VOCATIVE_OPEN.finditer(compact, max(0, start - _OPEN_REACH), start)]
    if not opened or _SENTENCE_END.search(compact, opened[-1].end(), start):
        return False
    close = _VOCATIVE_CLOSE.search(compact, end, end + _QUOTE_REACH)
    return close is not None and _SENTENCE_END.search(compact, end, close.start()) is None


def _asked_and_denied(compact: str, end: int) -> bool:
    """d20: a wish inside a question put to the elder in the honorific (its "?" within ``_ASK_REACH`` characters, no
    sentence end before it), answered no at once: the caller's screening question in a call with no turn labels
    ("최근에 죽고 싶다거나 … 생각을 하신 적이 있으세요? 그건 아니오."), not the elder's wish. A yes is read by
    ``_affirmed``; a question left unanswered stays a hit."""
    mark = compact.find("?", end, end + _ASK_REACH)
    if mark < 0 or _BOUNDARY.search(compact, end, mark):
        return False
    if not _TO_THE_ELDER.search(compact, max(end, mark - 5), mark + 1):
        return False
    return _DENIAL_ANSWER.match(compact, mark + 1) is not None


def _denied_now(compact: str, end: int, right: str) -> bool:
    """d14fc: the thought said to be gone now ("죽고 싶단 생각은 이제 안 해요"), unless taken back right after ("…
    안 한다고 했는데 요즘 또"), or the caller's question echoed and denied across its question mark ("죽고 싶은 생각?
    그런 거 전혀 없어요")."""
    found = _NO_LONGER_AFTER.match(right)
    if found and not _NO_LONGER_TAKEN_BACK.match(compact, end + found.end()):
        return True
    return _ECHO_DENIED_AFTER.match(compact[end : end + 40]) is not None


def _nonhuman_died(matched: str, left: str) -> bool:
    """d14fc: a death word inside a hit whose subject is a plant, a crop or an animal named within the hit
    ("베란다 화분이 다 말라 죽었네", "옥상 고추가 다 얼어 죽었더라"): their death, not the speaker's (the rows' own
    ``nonhuman_close`` reads only the text before a hit)."""
    death = matched.find("죽")
    return death > 0 and nonhuman_close(left + matched[:death])


def _callers_turn(compact: str, start: int) -> bool:
    """d14fc: in a transcript with turn labels, whether the words at ``start`` are in the caller's turn ("상담원:
    번개탄 쓰실 때는 꼭 마당에서 쓰시고"), not the speaker's."""
    colon = max(compact.rfind(":", 0, start), compact.rfind("：", 0, start))
    if colon < 0:
        return False
    # The label right before the words must be the caller's: a speaker labelled in a way no list knows ("아버님:",
    # "삼춘:", "김순자:") starts the speaker's turn all the same, so the nearest colon decides, not the nearest known
    # label (d14m: with known labels only, a crisis said after "아버님:" read as the caller's).
    if _CALLER_LABEL_END.search(compact, max(0, colon - 12), colon + 1) is None:
        return False
    # ... and the speaker's turns must be labelled too: with the caller's alone, the answer runs on after the
    # question in the same "turn" ("상담원: 식사하셨어요? 네 먹었어요 근데 약을 모아 놨어")
    return any(
        _CALLER_LABEL_END.search(compact, max(0, m.start() - 12), m.start() + 1) is None
        for m in _COLON.finditer(compact)
    )


def _resolved_past(compact: str, start: int, end: int) -> bool:
    """A past named before the hit and its resolution after it: anywhere after for the words of rows.PAST and
    rows.RESOLVED, within RESOLVED_NEAR_CHARS for the commoner ones (rows.PAST_NEAR, rows.RESOLVED_NEAR)."""
    before = compact[max(0, start - 40) : start]
    near = compact[end : end + RESOLVED_NEAR_CHARS]
    if _PAST.search(before) and (_RESOLVED.search(compact[end:]) or _RESOLVED_NEAR.search(near)):
        return True
    if _PAST_NEAR.search(before) and _RESOLVED_STRONG.search(compact, end, end + RESOLVED_STRONG_CHARS):
        return True  # d14fc
    if _PAST_NEAR.search(compact, max(0, start - _DATED_REACH), start) and _RESOLVED_STRONG.search(
        compact, end, end + 2 * RESOLVED_STRONG_CHARS
    ):
        return True  # d19: "육 년 전 그 겨울 일을 … 목숨 끊을 생각으로 … 그 뒤로 그런 생각은 한 번도 안 했다" (a diary)
    dated = _DATED_AFTER.match(compact, end)
    if dated and _RESOLVED.search(compact, dated.end(), dated.end() + 2 * RESOLVED_STRONG_CHARS):
        return True  # d25: "영감 보내고 약 모아놓고 그랬어 근데 그게 벌써 팔 년 전이여 … 많이 좋아졌어 지금은 …"
    times = _TIMES_THERE_WERE.match(compact, end)
    if times and _RESOLVED.search(compact, times.end(), times.end() + RESOLVED_NEAR_CHARS):
        return True  # d16m3: "죽고 싶을 만큼 힘든 때도 있었지만 다 지나갔어요": a degree, dated as a time that was
    if _THEN_BEFORE.search(before) and _RETROSPECTIVE.match(compact, end - 1) and _RESOLVED.search(near):
        return True  # d30: "그때 안 좋은 생각 했던 건 다 지난 일이야": a bare "then" told in the retrospective past
    told = _STORY_TOLD_AFTER.match(compact, end)
    if told and (
        _PAST_NEAR.search(compact, told.end(), told.end() + 24)
        or _RESOLVED.search(compact, told.end(), told.end() + 2 * RESOLVED_STRONG_CHARS)
    ):
        return True  # d35: "그때 내가 죽을라고 약 먹었던 얘기도 나왔어 삼십 년 전 일이지 지금은 손주 보는 재미로 살아"
    return _PAST_NEAR.search(before) is not None and bool(_RESOLVED.search(near) or _RESOLVED_NEAR.search(near))


#: (d38: and its contraction, "그땐 약 모아놓고 그랬는디 상담 받고 나서 싹 나았어", ko_train_c)
_THEN_BEFORE = re.compile(r"(그때(는|엔|에|만해도)?|그땐)[^.?!]{0,3}$")
#: d35: the act told as a story of the past, right after it ("… 약 먹었던 얘기도 나왔어", ko_train_blind_short93)
_STORY_TOLD_AFTER = re.compile(
    r"[^.?!]{0,8}?(던|었던|았던|였던)(얘기|이야기|일|적)(도|이|가|을|를|은|는)?(나왔|했|하더|나눴|꺼냈|있었|있지|있어)"
)
_RETROSPECTIVE = re.compile(r"[^.?!]{0,6}?(했던|었던|았던|였던|했었|었었|았었|였었|고그랬(는데|는디|지|어|었))")


_NEIGHBOURED = (GuardClass.MEANS, GuardClass.FAREWELL, GuardClass.PREP)


def _neighbours_cancel(
    rule: _Rule, text: str, compact: str, start: int, end: int, sentences: list[list[discourse.Sentence]]
) -> bool:
    """The sentences around a means or farewell hit make it ordinary (``discourse.context_cancels``)."""
    kind = "farewell" if rule.guard_class is _FAREWELL else "prep" if rule.guard_class is GuardClass.PREP else "means"
    if not discourse.context_possible(kind, compact):
        return False  # nothing in the whole text could make it ordinary: no need to split sentences
    if not sentences:
        sentences.append(discourse.sentences(text))
    # (one sentence too: a purpose or a move may be said later in a long run-on sentence; d12fc)
    return discourse.context_cancels(kind, compact, sentences[0], start, end, text)


def _moved_out(
    rule: _Rule, text: str, compact: str, start: int, end: int, sentences: list[list[discourse.Sentence]]
) -> bool:
    """d16L: belongings handed on, or the last of something ("이 번호로 하는 전화는 오늘이 마지막이겠네"), by a
    speaker who states their own move in the transcript ("토요일 아침 여덟 시에 이삿짐 차가 온대", "서울 딸네 집으로
    올라감수다"), with no death word in the hit's sentence: the move's (``discourse.move_explains``), as thanks
    already were (``context_cancels``); d40: and a goodbye said by that speaker ("다음달에 제주도 아들네로 아주
    내려가요. 오늘 경로당 친구들한테 작별인사 했어")."""
    if rule.code not in ("preparation_giving", "farewell") and not (
        rule.code == "timing" and "마지막" in compact[start:end]
    ):
        return False
    if not discourse.context_possible("farewell", compact):
        return False
    if (
        rule.code == "timing"
        and discourse.calls_change(compact)
        and not _death_said(_sentence_left(compact, start, 40))
    ):
        return True  # d35: "이 전화가 겨울 동안은 쉰다면서요 그럼 올해는 오늘이 마지막이네": the calls' last for now
    if not sentences:
        sentences.append(discourse.sentences(text))
    return discourse.move_explains(compact, sentences[0], start)


@functools.lru_cache(maxsize=16)
def _names_media(compact: str) -> bool:
    """Whether the text names a drama, the news … at all (once per text: every hit asks)."""
    return _MEDIA.search(compact) is not None


def _story_of_others(text: str, compact: str, start: int, end: int, sentences: list[list[discourse.Sentence]]) -> bool:
    """A drama's or the news' character speaks or acts, told over several sentences (``discourse.told_of_others``);
    only looked for when the text names a medium at all."""
    if not _names_media(compact):
        return False
    if discourse.quoted_in_story(compact, start, end):
        return True
    if not sentences:
        sentences.append(discourse.sentences(text))
    return discourse.told_of_others(compact, sentences[0], start)


def _reachable(rule: _Rule, gates: list[bool]) -> int:
    """The most weight a composed rule's concepts could give anywhere in the text: those whose gate is open."""
    total = 0
    for (_concept, points), slot in zip(rule.concepts, rule.slots, strict=True):
        if gates[slot]:
            total += points
    return total


def _composed(rule: _Rule, compact: str, start: int, end: int, gates: list[bool]) -> tuple[int, int] | None:
    """The span quoted for a composed rule (anchor and the concepts it needed), or None when the
    concepts in the anchor's sentence window do not reach the rule's threshold. ``gates`` is the
    text's gate mask: a concept whose gate is shut has no match anywhere in the text."""
    lo = start - len(_sentence_left(compact, start, _WINDOW))
    hi = end + len(_sentence_right(compact, end, _WINDOW))
    weight = 0
    first, last = start, end
    for (concept, points), slot in zip(rule.concepts, rule.slots, strict=True):
        if not gates[slot]:
            continue
        found = None
        for m in concept.finditer(compact, lo, hi):
            if (
                m.end() > m.start()
                and (m.end() <= start or m.start() >= end)
                and not _denied_concept(compact, m.end())
                and not _anothers_words(compact, m.start(), m.end())
                and not _FEAR_OF_DYING.match(compact, m.start())
                and not _told_in_media(compact, m.start())
            ):
                found = m
                break
        if found is None:
            continue
        weight += points
        first, last = min(first, found.start()), max(last, found.end())
    if weight < rule.threshold:
        return None
    window = compact[lo:hi]
    if rule.innocent is not None and rule.innocent.search(window) and not _death_said(window):
        return None
    for wish in _FUNERAL_WISH.finditer(window):
        if wish.start() <= start - lo and end - lo <= wish.end():
            return None  # "내가 죽으면 화장해서 바다에 뿌려 달라고 했어": where the ashes go, not where to die (d13p)
    return first, last


def _anothers_words(compact: str, start: int, end: int) -> bool:
    """d29: a concept word in another person's reported words ("우리 할멈이 요새 자꾸 죽고싶다 그래 … 의사선생님한테
    말했더니 약 바꿔준대"): the wife's wish, said to her doctor, adds nothing to the speaker's pills."""
    # (``_said_by_another``'s reading, or any reported saying after them, but always with another person named close
    # before them: "들어갈라카다가도", "찾지 마래이" are the speaker's own words)
    left, right = _around(compact, start, end)
    return _other_person_close(left, discourse.narrated(compact)) and (
        _SAID_CLOSE.match(right) is not None or _reported(compact, start, end)
    )


def _told_in_media(compact: str, start: int) -> bool:
    """d30: a concept word in a drama's or the news' scene ("어제 드라마에서 할아버지가 약 모아서 죽으려는 장면 나와서
    엉엉 울었어 나는 뭐 약 잘 먹고 있어"): the character's stockpile adds nothing to the speaker's pills. The medium
    named before it in its sentence, no "I" after the medium, no imitation after (the anchors' own media guard)."""
    return _names_media(compact) and _told_by_a_medium(
        _sentence_left(compact, start, _WINDOW), compact[start : start + 40]
    )


def _told_by_a_medium(left: str, after: str) -> bool:
    """A drama, the news … named in ``left`` (the sentence before a word) with no "I" after it, and no imitation said
    in ``after`` ("드라마에서 봤는데 나도 그렇게 할 거야"): the word is the story's."""
    media = list(_MEDIA.finditer(left))
    return bool(media) and not _FIRST_PERSON.search(left[media[-1].end() :]) and not _IMITATION.search(after)


def _denied_concept(compact: str, end: int) -> bool:
    """d17L: a concept word denied right after it ("영정사진 찍은 거 죽을라고 해서 그런 게 아니라 … 무료로
    찍어 준다캐서"): it adds nothing to a combination."""
    right = _sentence_right(compact, end, 24)
    if right.startswith(_BARE_NOT):
        return False  # "얼마나 먹으면 안 깨나", "안 깨어나 없어질래": a word of its own, not a denial of this one
    return _NEGATION_AFTER.match(right) is not None and not _DOUBLE_NEGATION.match(right)


_BARE_NOT = ("안", "않", "없", "읎", "못")


# What to do with the body after a natural death: its death word is the condition, not a wish or a plan. It cancels
# a place only inside it ("바다에 뿌려"), never a place named apart ("오늘 밤 저수지에 갈 거야 죽으면 화장해 줘").
_FUNERAL_WISH = re.compile(
    r"(죽으면|죽거든|죽고나면|죽은뒤|죽은후|죽으믄|가거든|가고나면|떠나면)[^.?!]{0,20}"
    # (d34 probes: and the place the ashes go named after them, "나 죽으면 화장해서 저 바다에 나도 같이 묻히면 좋겠다")
    r"(화장|유골|뼛가루|수목장|납골)[^.?!]{0,20}?(묻히|묻어|뿌려|뿌리|잠들|잠기)|"
    r"(죽으면|죽거든|죽고나면|죽은뒤|죽은후|죽으믄|가거든|가고나면|떠나면)[^.?!]{0,20}"
    r"(화장|유골|뼛가루|수목장|납골|뿌려(달|주|줘|도|라)|묻어(달|주|줘|도|라))"
)


def _death_said(window: str) -> bool:
    """A word of death in ``window`` that is not the fear of dying of a panic ("이러다 죽는구나 싶어서")."""
    return any(not _FEAR_OF_DYING.match(window, m.start()) for m in _DEATH.finditer(window))


def scan(text: str) -> tuple[CrisisHit, ...]:
    """Every crisis pattern in ``text``, with true quotes from the original text.

    The list is recall-first for active ideation; it never decides a risk level by itself (see
    :mod:`mhealth.domain.rules.safety.floor`). Overlapping hits of the same code are reported once.
    Signals that combine across sentences (``discourse``) are hits too, one per contributing sentence.
    """
    return _scanned(text).hits


_INTERRUPTED = re.compile(rows.INTERRUPTED_ACT)
# (not a pastime stopped, "수영장에 뛰어들라 했는데 물이 너무 차가워서 못했어", "해수욕 … 차가워서 나왔어")
_PLACE_FOR_PLEASURE = re.compile(rows.INNOCENT_PLACE.regex)
_INTERRUPT_REACH = 40  # compact characters after partial evidence where its act may be told stopped (the next sentence)
_ABORTED_LABELS = next((row.label_ko, row.label_en) for row in rows.PATTERNS if row.code == "aborted_attempt")


def interrupted(text: str, partial: tuple[Partial, ...]) -> CrisisHit | None:
    """d30: partial evidence (a means or a place named in low-mood talk) whose act is told stopped right after it, by
    someone's call or coming, fear, cold or a face remembered (``rows.INTERRUPTED_ACT``): an aborted attempt, active
    ideation, quoted from the evidence to the stopping. Measured on the labelled sets before it was made: seven crises
    that came out high this way (train_a a008 and a312, train_e e340, train_f tf249, train_i ti277 and ti317,
    blind_short4 bs4_067), each gold critical (docs/clinical-rules.md, "d30")."""
    compact, offsets = _normalise(text)
    for found in partial:
        lo = len("".join(text[: found.start].split()))
        hi = lo + len("".join(text[found.start : found.end].split()))
        stopped = _INTERRUPTED.search(compact, lo, min(len(compact), hi + _INTERRUPT_REACH))
        if stopped is not None and not _PLACE_FOR_PLEASURE.search(compact, lo, stopped.end()):
            label_ko, label_en = _ABORTED_LABELS
            return _quoted(_ACTIVE, "aborted_attempt", label_ko, label_en, text, offsets, lo, stopped.end())
    return None


def scan_for_review(text: str, *, low_mood: bool = False) -> tuple[tuple[CrisisHit, ...], tuple[Partial, ...]]:
    """``scan(text)`` and, when it found no ideation, the text's partial crisis evidence: a lethal means
    named or held that no plan completes, in a text that voices low mood (or ``low_mood``: an analyzer found
    depression) (``discourse.partial_evidence``). The floor sends partial evidence to a person (at least
    high, ``needs_review``; d28b: at the labels' level when only an analyzer's depression 1 made the text low in
    mood); it is never ideation."""
    done = _scanned(text)
    if not (done.gates[_PARTIAL_SLOT] or done.kinds & discourse.PARTIAL_KINDS):
        return done.hits, ()
    if any(h.kind is not _ABUSE for h in done.hits):
        return done.hits, ()  # ideation found: nothing partial about it
    compact, offsets = _normalise(text)
    if not discourse.review_mood(compact, low_mood=low_mood):
        return done.hits, ()
    spans = done.spans or discourse.sentences(text)
    found = done.found
    if found is None or not done.complete:  # the scan looked for a goodbye or an end only next to a cue; alone
        # they may be partial evidence too
        anchors = discourse.cues(compact, spans, done.kinds & discourse.ANCHORS) if found is None else found
        found = [*anchors, *discourse.cues(compact, spans, done.kinds & (discourse.PARTIAL_KINDS - discourse.ANCHORS))]
    partial = tuple(
        _partial(text, offsets, lo, hi)
        for lo, hi in discourse.partial_evidence(
            compact, spans, found, named=done.gates[_PARTIAL_SLOT], low_mood=low_mood
        )
    )
    return done.hits, partial


class _Scanned(NamedTuple):
    """One text's scan, kept for the floor's second look (``scan_for_review``); never mutated."""

    hits: tuple[CrisisHit, ...]
    gates: list[bool]
    kinds: frozenset[str]
    spans: list[discourse.Sentence] | None
    found: list[discourse.Cue] | None
    complete: bool  # found holds the cues of every kind the gates let through, not the anchors' only
    reported: tuple[tuple[int, int], ...] = ()  # d19: wishes the guards gave to someone's reported words (original)


# The local analyzer scans a text for its own labels and the floor scans it again right after: the second scan of
# the same text is a cache hit (the scan is a pure function of the text; the result is immutable).
@functools.lru_cache(maxsize=64)
def _scanned(text: str) -> _Scanned:
    done = _scanned_as_spelled(text)
    if any(h.kind is not _ABUSE for h in done.hits) or not DIALECT_SPELLED.search(text):
        return done
    # d30: the dialects' 없 ("내가 읎어지는게 애들헌티 낫겄다"): the text read again with it spelled 없, for the rows
    # written with 없 only; taken only when it finds ideation the text as spelled did not (the rows' own dialect forms
    # keep their reading). One syllable for one: offsets are the same, and every quote is taken from the text as said.
    read = _scanned_as_spelled(respelled(text))
    if not any(h.kind is not _ABUSE for h in read.hits):
        return done
    return read._replace(hits=tuple(msgspec.structs.replace(h, quote=text[h.start : h.end]) for h in read.hits))


def _scanned_as_spelled(text: str) -> _Scanned:
    compact, offsets = _normalise(text)
    hits: list[CrisisHit] = []
    taken: list[tuple[str, int, int]] = []
    guarded_wish = False
    asked: list[tuple[int, PatternKind, bool]] = []  # a wish given to a question or (True) to the caller: its end
    reported: list[tuple[int, int]] = []  # d19: wishes in someone's reported words (original offsets)
    sentences: list[list[discourse.Sentence]] = []  # the text's sentences, split once when a guard needs them
    excused: list[CrisisHit] = []  # means hits an everyday purpose right after them would make ordinary
    ordinary: set[str] = set()  # codes of means hits whose neighbouring sentences made them ordinary
    gates = _GATES.open(compact)
    for rule in itertools.compress(_RULES, gates):  # rules whose gate is open (the mask goes on with concepts)
        if rule.concepts and _reachable(rule, gates) < rule.threshold:
            continue  # the concepts present anywhere in the text cannot add up to the threshold
        for match in rule.starts.finditer(compact):
            if match.end() == match.start():
                continue
            lo, hi = match.start(), match.end()
            span: tuple[int, int] | None = (lo, hi)
            if rule.concepts:
                span = _composed(rule, compact, lo, hi, gates)
            if span is None:
                continue
            if rule.concepts and _nonhuman_died(compact[span[0] : span[1]], _sentence_left(compact, span[0], 30)):
                continue  # "옥상에 키우던 상추가 더위 먹고 다 죽어삐맀다": the lettuce died (d14fc)
            if rule.concepts and rule.code in _PLACE_ACTS and _someone_elses_act(compact, *span):
                continue  # d27: "옥상에서 누가 뛰어내렸다고": the composed place and act are someone else's
            if _guarded(rule, compact, lo, hi):
                guarded_wish = guarded_wish or (rule.kind is not _ABUSE and rule.guard_class is _DESIRE)
                if rule.guard_class is _DESIRE and (_reported(compact, lo, hi) or _said_by_another(compact, lo, hi)):
                    reported.append((offsets[lo], offsets[hi - 1] + 1))
                if rule.kind is not _ABUSE:
                    asked.append((hi, rule.kind, False))
                continue
            if rule.kind is _ACTIVE and _SELF_DENIAL.search(compact, hi, hi + SELF_DENIAL_CHARS):
                continue  # "…수면제를 모았다는 얘기 … 나는 그런 생각 없어": the speaker denies it for themself
            if rule.guard_class in _NEIGHBOURED and _neighbours_cancel(rule, text, compact, lo, hi, sentences):
                if rule.guard_class is GuardClass.MEANS:
                    ordinary.add(rule.code)  # d18: its everyday purpose said around it (for the bare mentions below)
                continue
            if _moved_out(rule, text, compact, lo, hi, sentences):
                continue
            if rule.kind is not _ABUSE and _story_of_others(text, compact, lo, hi, sentences):
                if rule.guard_class is _DESIRE:
                    reported.append((offsets[lo], offsets[hi - 1] + 1))  # d19: another's, for the model too
                continue
            if _callers_turn(compact, lo) or discourse.callers_words(text, lo):
                # (d18: a means or a goodbye the caller names is a question about it, not about dying, unless the
                # caller's sentence speaks of death: "번개탄으로 숯에 불 붙이시는 거죠?" "그렇지" is no yes to a wish)
                if rule.kind is not _ABUSE and (
                    rule.guard_class is _DESIRE
                    or _death_said(_sentence_left(compact, lo, 40) + compact[lo:hi] + _sentence_right(compact, hi, 40))
                    or _SCREENING_ASK.match(compact, hi)
                ):
                    asked.append((hi, rule.kind, True))
                continue  # (d15L: the caller read from the labels themselves, "말벗:", "[상담사]", "AI:")
            lo, hi = span  # a composed hit quotes its anchor and the concepts it needed
            if any(code == rule.code and lo < e and s < hi for code, s, e in taken):
                continue
            taken.append((rule.code, lo, hi))
            hit = _rule_hit(rule, text, offsets, lo, hi)
            if (
                (rule.purpose_after is not None and rule.purpose_after.search(_sentence_right(compact, hi, 24)))
                or (rule.purpose_before is not None and rule.purpose_before.search(_sentence_left(compact, lo, 24)))
                or (rule.guard_class is GuardClass.MEANS and _kept_safe(compact, lo, hi))
                or (rule.context_before is not None and rule.context_before.search(compact, 0, lo) is not None)
            ):
                excused.append(hit)  # "번개탄 사 놨어요 … 고기 구워 먹을 거예요": kept only if the text has no excuse
                continue
            hits.append(hit)
    kinds = frozenset(kind for kind, gate in zip(discourse.KINDS, gates[_DISCOURSE_SLOT:], strict=False) if gate)
    spans: list[discourse.Sentence] | None = sentences[0] if sentences else None
    found: list[discourse.Cue] | None = None
    complete = False  # whether ``found`` holds the cues of every kind in ``kinds`` (not the anchors' only)
    # a combination needs an anchor and another kind, or several preparatory acts (d30: or a poison whose everyday use
    # is said to be gone, "제초제 사 왔어. 밭은 없지만.")
    if kinds & discourse.ANCHORS and (
        len(kinds) >= 2 or "prep" in kinds or ("means" in kinds and discourse.purpose_gone(compact))
    ):
        spans = spans or discourse.sentences(text)
        found = discourse.cues(compact, spans, kinds & discourse.ANCHORS)
        if found:  # the partners are looked for only when an anchor survived its guards
            found += discourse.cues(compact, spans, kinds - discourse.ANCHORS)
            complete = True
            hits.extend(_discourse_hits(text, compact, offsets, spans, found))
    if not complete and "farewell" in kinds:  # or a goodbye with an end said strongly, or two goodbyes, no anchor
        spans = spans or discourse.sentences(text)
        farewell = discourse.cues(compact, spans, frozenset({"farewell"}))
        if farewell:  # (any anchor was looked for above and none survived)
            found = [
                *(found or []),
                *farewell,
                *discourse.cues(compact, spans, kinds - discourse.ANCHORS - {"farewell"}),
            ]
            complete = True
            hits.extend(_discourse_hits(text, compact, offsets, spans, found))
    if not complete and "end" in kinds:
        # d19: an end at a near time kept from the family, no anchor; d23: or no more calls after it (two ends)
        spans = spans or discourse.sentences(text)
        kept = discourse.cues(compact, spans, frozenset({"end", "secret"}) & kinds)
        if kept and ("secret" in kinds or len(kept) >= 2):
            found = [*(found or []), *kept]
            complete = kinds <= {"end", "secret"}
            hits.extend(_discourse_hits(text, compact, offsets, spans, found))
    if excused or ordinary:
        # d18: the means named bare again in the same text ("번개탄 두 장이랑 참숯 사 왔지 … 번개탄으로 불 붙이고 …")
        # shares the everyday purpose said at another mention of it; any word of intent at a mention is its own hit
        # (a longer match, or another row), and a death wish anywhere restores them all (below)
        purposes = {h.code for h in excused} | ordinary
        bare = [h for h in hits if h.code in purposes and len("".join(h.quote.split())) <= _BARE_MEANS]
        if bare:
            excused.extend(bare)
            hits = [h for h in hits if h not in bare]
    if excused and (any(h.kind is not _ABUSE for h in hits) or discourse.no_excuse(compact)):
        # SCREENING.md: a means with its everyday purpose is benign only with no death wish, hopelessness or
        # goodbye anywhere in the text ("번개탄 사 놨어요 애들 오면 고기 구워 먹을 거예요 근데 사는 게 다
        # 부질없어"; d13)
        hits.extend(excused)
    wish = any(h.kind is not _ABUSE for h in hits)
    if guarded_wish and not wish:
        endorse = _ENDORSE.search(compact)
        if endorse:
            hits.append(_hit(text, offsets, endorse, rows.ENDORSEMENT))
            wish = True
    if asked and not wish:
        answer = _affirmed(compact, asked)
        if answer is not None:  # the answer is as active as the question was (thoughts of killing oneself: 2)
            kind, lo, hi = answer
            hits.append(
                _quoted(kind, rows.AFFIRMED.code, rows.AFFIRMED.label_ko, rows.AFFIRMED.label_en, text, offsets, lo, hi)
            )
            wish = True
    if not wish and "?" in compact:
        said = _euphemism_affirmed(compact)
        if said is not None:  # d32: thoughts of harming oneself, asked in other words, answered yes: active
            lo, hi = said
            hits.append(
                _quoted(
                    _ACTIVE, rows.AFFIRMED.code, rows.AFFIRMED.label_ko, rows.AFFIRMED.label_en, text, offsets, lo, hi
                )
            )
            wish = True
    if wish and not any(h.kind is _ACTIVE for h in hits):
        plan = next(
            (
                m
                for m in _ESCALATE.finditer(compact)
                if not _ORDINARY_PLAN.search(compact, max(0, m.start() - 14), m.start())
            ),
            None,
        )
        if plan:
            hits.append(_hit(text, offsets, plan, rows.ESCALATION))
        elif kinds & {"means", "place"}:
            # d17s: a lethal means held or a place scouted in another sentence, its guards passed (no everyday purpose,
            # not another's, not over): with a wish to be dead, a plan ("영감 가는 날 나도 같이 갈 생각이에요 … 수면제
            # 모아 놨어요")
            spans = spans or discourse.sentences(text)
            wishes = {
                discourse.sentence_of(spans, len("".join(text[: h.start].split())))
                for h in hits
                if h.kind is not _ABUSE
            }
            held = [
                cue
                for cue in (found if found is not None else discourse.cues(compact, spans, kinds & {"means", "place"}))
                if cue.kind in ("means", "place")
                and not cue.weak
                and any(abs(cue.sentence - k) <= _WISH_TO_MEANS for k in wishes)
            ]
            if held:
                lo, hi = discourse.quote_span(spans, held[0])
                hits.append(
                    _quoted(
                        _ACTIVE,
                        rows.ESCALATION.code,
                        rows.ESCALATION.label_ko,
                        rows.ESCALATION.label_en,
                        text,
                        offsets,
                        lo,
                        hi,
                    )
                )
    hits.sort(key=lambda h: (h.start, h.end))
    return _Scanned(tuple(hits), gates, kinds, spans, found, complete, tuple(reported))


def reported_wishes(text: str) -> tuple[tuple[int, int], ...]:
    """d19: the spans of ``text`` (original offsets) where a wish to die stands in someone else's reported words
    ("나는 빨리 죽어야지, 그러는 거야", "이렇게 살아서 뭐 하나, 그러고."), as the guards read them: a statistical model
    must not give them back to the speaker."""
    return _scanned(text).reported


#: d27: a quotative right after the words, narrower than ``rows.THIRD_PERSON_SAY`` (whose bare 하 is also 하루종일)
_SAID_CLOSE = re.compile(
    r"(다|라|이라)?(고|구|꼬)?(해서|하고|하면서|하며|하믄|하면|한다|했|해쌓|해싸|카면서|카고|캐서|그러|그래서|그라|이러|이래|"
    r"이카|그소리|그말)"
)


#: d27: the rows whose words run from a place to an act done there (a subject between them is who did it)
_PLACE_ACTS = frozenset({"means_jump", "means_place_plan", "means_drowning"})


#: ... someone unnamed or a stranger as the subject ("누가", "누군가", "웬 남자가"), never "사람이" ("옥상에 사람이
#: 없을 때") nor a person named with 도 or 는 ("아는 사람도 없고")
_STRANGER_ACTED = re.compile(
    r"누가(?!(봐도|보든|뭐래|뭐라|알아|알겠|날|나를|나좀|내))|누군가(가)?|"
    r"(웬|어떤|모르는)(사람|남자|여자|할배|할매|할아버지|할머니|노인|청년|학생|아저씨|아줌마)(이|가)"
)


def _someone_elses_act(compact: str, start: int, end: int) -> bool:
    """d27: someone unnamed or a stranger is the subject between a place and the act done there ("옥상에서 누가
    뛰어"), with no first-person word after them."""
    inner = compact[start:end]
    subjects = list(_STRANGER_ACTED.finditer(inner))
    return bool(subjects) and _FIRST_PERSON.search(inner, subjects[-1].end()) is None


def _said_by_another(compact: str, lo: int, hi: int) -> bool:
    """d27: another person named close before the words and a saying right after them, as ``_guarded`` reads it ("영감이
    술만 마시면 빨리 죽어야지 해서 …"): theirs, for the statistical model too (``reported_wishes``)."""
    left, right = _around(compact, lo, hi)
    return _other_person_close(left, discourse.narrated(compact)) and _SAID_CLOSE.match(right) is not None


def _reported(compact: str, lo: int, hi: int) -> bool:
    """The words at ``compact[lo:hi]`` are closed as someone's saying right after them."""
    left, right = _around(compact, lo, hi)  # ``_guarded``'s windows
    said = right.lstrip(",~…")
    if _the_speakers_own_saying(compact, hi, said):
        return False
    return bool(
        _CALLED_A_LIE.match(said)
        or _habitual_of_another(compact, lo, hi, left, said)
        or _REPORTED_AFTER.match(said)
        or _SAYING_AFTER.match(said)
        or _SAYING_HABIT_AFTER.match(said)
        or _REPORT_CLOSED.match(said)
        or (
            _WITNESSED_BEFORE.search(compact, max(0, lo - 24), lo)
            and _SAID_CLOSED.match(_sentence_right(compact, hi, 40))
        )
    )


#: d19: Chungcheong's rhetorical "뭐 한대유" (what's the use), no hearsay ("이렇게 살아서 뭐 한대유")
_RHETORICAL_AFTER = re.compile(r"^(한대|헌대|한댜|한데|하는디|허는디)(유|요|여|이|냐)?(?![고구])")


def _the_speakers_own_saying(compact: str, end: int, said: str) -> bool:
    """The quotative after the words at ``end`` closes the speaker's own saying, not someone else's: a rhetorical
    "what for" asked of oneself ("이렇게 살아서 뭐 한대"), or one's own words told as said, with no one else the
    subject of the sentence (d25c: "그때 나도 같이 데려가지 그랬냐고 한마디 했어요")."""
    return (end > 0 and compact[end - 1] in "뭐머뭣" and _RHETORICAL_AFTER.match(said) is not None) or (
        _OWN_WORDS_TOLD.match(said) is not None and not _OTHER_SUBJECT.search(_sentence_left(compact, end, 40))
    )


#: d25c: one's own words told as said, no one else the speaker in the sentence ("그때 나도 같이 데려가지 그랬냐고 한마디
#: 했어요", to the late husband in a dream)
_OWN_WORDS_TOLD = re.compile(
    r"^(냐|느냐|니|나|라|다|자)?(고|구|꼬)(내가|제가|나는|저는)?(한마디|한소리|말|얘기|소리)(를|도|만)?(했|해|하|헸)"
)


#: d18: the caller asks whether the elder ever did or thought of it ("약을 모아 두신 적 있으세요?",
#: "농약 같은 걸로 어떻게 해 볼 생각 하신 적 있으세요?"), not about an everyday use
#: ("번개탄으로 숯에 불 붙이시는 거죠?")
_SCREENING_ASK = re.compile(
    r"[^?？]{0,30}?(적|생각|계획|준비|마음)(은|이|도|을)?[^?？]{0,6}?(있으세요|있으셨|있나요|있어요|있으십|있습니까|해보셨|해\s?보셨|"
    r"하셨|하신|드셨|드신|있으신|없으세요|없으셨)[^?？]{0,6}[?？]|"
    # d19: whether the elder still holds it ("안 드시고 모아 두신 수면제, 지금도 갖고 계세요?")
    r"[^?？]{0,24}?(갖고|가지고|보관하고|숨겨|모아|놔두고)(계세요|계신가요|계시죠|계십니까|계신|두셨|두신거|있으세요|있으신)[^?？]{0,6}?[?？]"
)

#: a means hit no longer than this (compact characters) is the means named bare ("번개탄", "연탄", "농약")
_BARE_MEANS = 4

#: the answer right after a question: an optional turn label ("어르신:", "[응답]", "A.") and a yes ...
#: the word of an answer's turn label ("어르신:", "[응답]", "A.", "/ 할망:"), before its colon or bracket
_LABEL_WORD = r"[/|\-–—]?[가-힣A-Za-z]{1,6}"
#: d25e: a half yes, a yes even said with a question's rise ("음... 반반?")
_HALF_YES = ("반반", "반쯤", "반은")
_YES = re.compile(
    # (d18: after a laugh or a sigh, "할아버지: 허허 있지 그럼")
    f"(?:{_LABEL_WORD}[:\\]>.)])?"
    # (d33b: or "so to speak" first, "...말하자면 그렇지", ko_train_blind_long49)
    r"(?:허허|하하|헤헤|호호|아이고|아이구|음|어|흠|게메|글쎄|글쎄요|그게|뭐)?[.…,]*(?:말하자면|말하자믄|따지자면)?[.…,]*"
    # (d18: "not that there is none": "게메... 어신 건 아니우다", "없는 건 아니에요", "없진 않아")
    r"(?:(?:없|읎|웂|어신|엇|엄)(?:는|은)?(?:건|거는|것은|기는|긴)아니|없지(?:는|도)?않|없진않|"
    r"네|예(?!전)|응|어(?=[.!~/]|$)(?![.!~…/]*[^?]{0,10}?(?:없|읎|아니|아녀|아냐|안해|안했|안들|절대|전혀|그런거|그런건))|그럼요|그렇|있어|있지|있슈|있제|있죠|있습니다|있었|있긴|맞아|맞습니다|"
    r"맞어|맞지|가끔|자주|매일|종종|솔직히|사실은|요새좀|요즘좀|"
    # (d33: how often said as the yes, "맨날 하지 뭐", "늘 들지", "안 하는 날이 없어"; not 늘그막)
    r"맨날|만날|늘(?!그막)|항상|날마다|밤마다|노상|허구한날|수시로|시도때도없이|안(?:하는|드는|한|든)날(?:이|은)?(?:없|읎|웂)|"
    # (d23: the screening question's own answers, "거의 매일이지", "며칠", "일주일 넘게")
    r"거의|며칠|일주일이상|일주일넘게|하루에도|"
    # (d31: a yes said as "why not", "of course", "that thought every day": "아니 왜 아니겄어 맨날 그 생각이여")
    r"(?:아니)?왜아니(?:겄|겠|것|긋|라)|당연하|당연히|맨날그(?:생각|맘|마음)|매일그(?:생각|맘|마음)|"
    # (d34 probes: "it would be a lie to say no", "그런 생각이 안 들면 거짓말이지")
    r"(?:그런생각|그생각|그런맘|그런마음)?(?:이|은|도|을)?(?:안들면|안든다면|안든다하면|없다면|없다하면|없다고하면|없으면|아니라면|"
    # (d35 probes: "그런 생각 안 하면 거짓말이고")
    r"아니라하면|아니라고하면|안하면|안한다면|안한다하면|안했다면|안했다하면)거짓말|"
    # (d36: more than a yes, "드는 정도가 아니라 날짜까지 잡아 놨어", ko_train_dev_short_crisis2)
    r"(?:드는|있는|하는|생각하는|생각만하는|그런|그냥)?(?:정도|수준)(?:가|는|이)?(?:아니라|아니고|아이라|아이고|아니여|아녀)|"
    + "|".join(_HALF_YES)
    + ")"
    # (d25e: a half yes, "반반?", "반쯤은")
)
#: d19: the caller's sentence after the question, up to the elder's turn label
_CALLER_GOES_ON = re.compile(f"[^?？:：]{{1,40}}?[.!~](?={_LABEL_WORD}[:：\\]>)])")
#: d19: the question asks about the words someone said (a wish the guards gave to another), not of the elder's wish
# (d23: or asks whether someone says it, "할아버님이 또 빨리 죽어야 된다고 하세요?")
_ABOUT_THE_WORDS = re.compile(
    r"(그런|그|저런|그러한)(말씀|말|소리|얘기|이야기)|말씀|(다|라|자)(고|구)(하세요|하셔요|하시|그러세요|그러셔|그러시|카세요|카시)"
)
_TO_THE_ELDER = re.compile(f"(?:{rows.ASKED_OF_ELDER})$")
#: ... that no denial follows at once ("네 없어요", "예 그런 생각은 안 해요", "응 아니")
# (d36: not a yes corrected upward, "가끔… 아니 자주", ko_train_dev_short_crisis5)
_YES_DENIED = re.compile(
    r"[^.?!]{0,12}?(?:없|읎|아니(?![,…~]*(?:자주|매일|맨날|많이|늘|항상|거의|날마다|매번))|아녀|아이다|안해|안합|안들|안드|절대|전혀|그런거|"
    r"그런건)"
)


def _affirmed(compact: str, asked: list[tuple[int, PatternKind, bool]]) -> tuple[PatternKind, int, int] | None:
    """A question about a wish to die, put to the speaker (or the caller's, by the turn labels), answered yes at once
    ("요즘 차라리 죽었으면 좋겠다 그런 생각 하신 적 있으세요? 어르신: 네 있어요 매일 밤 그래요"): the compact span
    of the answer, or None. Only the question the wish is in: its "?" within 40 characters after the wish, and in the
    honorific (-시-, put to the elder) unless the labels give the question to the caller; not the speaker's own
    question about someone ("그 양반이 죽고 싶다 하더라고 왜 그런지 알아? 응 돈 때문이야")."""
    for hi, kind, callers in asked:
        mark = compact.find("?", hi, hi + 40)
        if mark < 0 or not (callers or _TO_THE_ELDER.search(compact, max(hi, mark - 5), mark + 1)):
            continue
        if _ABOUT_THE_WORDS.search(compact, hi, mark):
            continue  # d19: "… 빨리 죽어야지, 그러는 거야. / 봉사자: 그런 말씀을 자주 하세요?": of his words
        begin = mark + 1
        negative = _NEGATIVE_ASK.search(compact, max(hi, mark - 8), mark + 1) is not None
        yes = _yes_answer(compact, begin, negative)
        if yes is None:
            # d19: the caller goes on after the question ("… 있으세요? 솔직하게 말씀해 주셔도 돼요. 어르신: …있지")
            more = _CALLER_GOES_ON.match(compact, begin)
            begin = more.end() if more else begin
            yes = _yes_answer(compact, begin, negative) if more else None
        if (
            yes is None
            or (compact.startswith("?", yes.end()) and not yes.group().endswith(_HALF_YES))
            or _YES_DENIED.match(compact, yes.end())
        ):
            continue  # ("네? 아이고 없어요": a "what?", not a yes; d25e: "반반?" is a half yes, asked back)
        return kind, begin, _answer_end(compact, yes.end())
    return None


def _yes_answer(compact: str, begin: int, negative: bool) -> re.Match[str] | None:
    """The yes that opens the answer at ``begin`` to a question about a wish to die or to harm oneself: the shared yes
    or the doing said ("하지 뭐", "들지", d33), or an act told recent ("지난주에 한 번"). To a negative question
    ("… 없으시죠?") a bare agreeing word (네, 응, 그래, 그려) agrees that there is none (d32d): there only what says it
    is there counts ("네 있어요", "가끔", the doing said)."""
    if not negative:
        return _YES.match(compact, begin) or _EUPHEMISM_YES.match(compact, begin)
    yes = _YES.match(compact, begin)
    if yes is not None and _AGREEING.search(yes.group()) and not _CONTENT_AFTER.match(compact, yes.end()):
        yes = None
    return yes or _EUPHEMISM_DOING.match(compact, begin)


def _answer_end(compact: str, yes_end: int) -> int:
    """Where a yes answer's quote ends: at its sentence's end, or 16 characters on."""
    end = min(len(compact), yes_end + 16)
    stop = re.search(r"[.?!]", compact[yes_end:end])
    return yes_end + stop.start() if stop else end


#: d32 (probes): the caller's question in the words people use instead of suicide ("나쁜 생각 하시는 거 아니죠?", "요즘
#: 이상한 생각 드세요?", "스스로 해치고 싶은 생각이 있으세요?", "자해하신 적 있으세요?"); no row reads these words, as
#: a statement they are as often a worry or a warning ("나쁜 생각 하지 마")
_EUPHEMISM_ASKED = re.compile(
    # (d36: "스스로 해칠 생각도 하세요?", ko_train_dev_short_crisis6)
    r"(나쁜|이상한|못된|안좋은|극단적인|험한|엉뚱한|몹쓸)(생각|마음|맘|짓|결심|선택)|(스스로|자기|자신|본인)(를|을|몸을|몸)?(해치|해칠|해친|해하|해할|다치게)|"
    r"(?<![여남혼])자해"
)
#: ... answered yes: the shared yes, or the dialects' and the doing said ("하지 그럼", "그려 요새 좀 그려", "응 자주
#: 들어"), or an act told recent ("지난주에 한 번"); to a negative question ("아니죠?") only the doing said or the act
#: told (a 그래 or 그려 there agrees that it is not)
_ANSWER_OPENING = f"(?:{_LABEL_WORD}[:\\]>.)])?" r"(?:허허|아이고|음|어|흠|뭐|글쎄)?[.…,]*"
# (d36: and in Jeolla, "하제. 날마다 허제", ko_train_dev_short_crisis6)
_DOING_SAID = (
    r"하지(?:그럼|요|뭐|유|예)|한다|해요|해유|하요|들어|들지|들제|들어요|들어유|드러|하제|허제|허지(?!않|말|마)|"
)
_ACT_TOLD_RECENT = r"지난주|어제|그제|그저께|엊그제|며칠전|얼마전|요전|이번주|지난달"
_EUPHEMISM_YES = re.compile(
    _ANSWER_OPENING
    + "(?:"
    + _DOING_SAID
    # (d33: not "그래 주믄 고맙지요", the answer to an offer after the question)
    + r"(?:그려|그래(?:요|유)?)(?![주줘줄서도야가갖라고])|하모|기여|"
    + _ACT_TOLD_RECENT
    + ")"
)
_EUPHEMISM_DOING = re.compile(_ANSWER_OPENING + "(?:" + _DOING_SAID + _ACT_TOLD_RECENT + ")")
_NEGATIVE_ASK = re.compile(r"(아니|아닌|않|안하|안드|안해|없|읎)[가-힣]{0,4}\?")
#: d32d: a bare agreeing word at the end of an answer to a negative question ("없으시죠? 네", "아니시죠? 응") ...
_AGREEING = re.compile(r"(?:네|예|응|어|그럼요|그렇|맞아|맞습니다|맞어|맞지)$")
#: ... unless what follows says it is there after all ("없으시죠? 네 있어요" is read as said, "가끔" too)
_CONTENT_AFTER = re.compile(
    r"[.,…~!]*(?:있|가끔|자주|매일|종종|사실|솔직|요새좀|요즘좀|맨날|만날|늘(?!그막)|항상|날마다|밤마다)"
)


def _euphemism_affirmed(compact: str) -> tuple[int, int] | None:
    """d32: a question put to the elder (in the honorific, or in the caller's labelled turn) about thoughts of harming
    oneself in the words people use instead ("나쁜 생각", "이상한 생각", "스스로 해치", "자해"), answered yes at once,
    no denial right after: the compact span of the answer, or None."""
    for match in _EUPHEMISM_ASKED.finditer(compact):
        mark = compact.find("?", match.end(), match.end() + 40)
        if mark < 0 or "." in compact[match.end() : mark]:
            continue
        if not (
            _callers_turn(compact, match.start()) or _TO_THE_ELDER.search(compact, max(match.end(), mark - 5), mark + 1)
        ):
            continue
        negative = _NEGATIVE_ASK.search(compact, max(match.end(), mark - 8), mark + 1) is not None
        yes = _yes_answer(compact, mark + 1, negative)
        if yes is None or compact.startswith("?", yes.end()) or _YES_DENIED.match(compact, yes.end()):
            continue
        return mark + 1, _answer_end(compact, yes.end())
    return None


def _rule_hit(rule: _Rule, text: str, offsets: _Offsets, lo: int, hi: int) -> CrisisHit:
    return _quoted(PatternKind(rule.kind), rule.code, rule.label_ko, rule.label_en, text, offsets, lo, hi)


def _quoted(
    kind: PatternKind, code: str, label_ko: str, label_en: str, text: str, offsets: _Offsets, lo: int, hi: int
) -> CrisisHit:
    """A hit quoting ``text`` from the compact span ``lo:hi`` (mapped back through ``offsets``)."""
    start = offsets[lo]
    end = offsets[hi - 1] + 1
    return CrisisHit(
        kind=kind, code=code, label_ko=label_ko, label_en=label_en, start=start, end=end, quote=text[start:end]
    )


def _partial(text: str, offsets: _Offsets, lo: int, hi: int) -> Partial:
    start, end = offsets[lo], offsets[hi - 1] + 1
    return Partial(start=start, end=end, quote=text[start:end])


def _discourse_hits(
    text: str, compact: str, offsets: _Offsets, spans: list[discourse.Sentence], found: list[discourse.Cue]
) -> list[CrisisHit]:
    """Hits of signals that combine across the sentences of the text (``discourse``), one per contributing
    sentence, each quoting that sentence."""
    out: list[CrisisHit] = []
    for code, cue in discourse.combined(compact, found):
        lo, hi = discourse.quote_span(spans, cue)
        start, end = offsets[lo], offsets[hi - 1] + 1
        label_ko, label_en = rows.DISCOURSE_LABELS[code]
        out.append(
            CrisisHit(
                kind=_ACTIVE,
                code=code,
                label_ko=label_ko,
                label_en=label_en,
                start=start,
                end=end,
                quote=text[start:end],
            )
        )
    return out


class Partial(msgspec.Struct, frozen=True, kw_only=True):
    """Partial crisis evidence quoted from the original text (``quote == text[start:end]``)."""

    start: int
    end: int
    quote: str


def _hit(text: str, offsets: _Offsets, match: re.Match[str], row: CrisisPattern) -> CrisisHit:
    return _quoted(
        PatternKind(row.kind), row.code, row.label_ko, row.label_en, text, offsets, match.start(), match.end()
    )


def rule_codes() -> tuple[str, ...]:
    """Every distinct rule code, in list order (for documentation and provenance)."""
    seen: dict[str, None] = {}
    for rule in _RULES:
        seen.setdefault(rule.code, None)
    return tuple(seen)

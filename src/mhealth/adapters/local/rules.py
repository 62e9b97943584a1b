"""The local analyzer's rules: lexicon hits per clause -> SCREENING.md labels, instrument items, evidence.

Pure Python (no kiwipiepy here): the analyzer gives the clause spans (from morphological analysis, or
from punctuation when the model is not loaded) and this module does the rest. Every finding keeps the
code of the rule that fired and a true quote of the original text.

Attribution guards, per clause (the unit kiwipiepy finds from final and connective endings):

* another person's symptom — a third-person subject shortly before the phrase with no first-person word
  in between ("바깥양반은 밤마다 못 자고", "이웃 할매가 외롭다 하는데", "동생이 치매가 와서");
* media — a drama, the news or the radio earlier in the clause;
* a resolved past — a past marker in the clause and, later in the text, a statement that it is over;
* negation right after the phrase ("외롭지 않아", "걱정 말어").

Idioms need no guard: "더워 죽겠네", "속 터져 죽겠다", "미치겠다" are not in the lexicon, and a real
symptom next to an idiom ("불안해 죽겠어 … 심장이 벌렁벌렁") is matched on the symptom itself.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

from mhealth.adapters.local import lexicon as lx
from mhealth.domain.rules.safety import discourse
from mhealth.domain.rules.safety import engine as crisis_engine
from mhealth.domain.rules.safety import patterns as crisis_rows
from mhealth.domain.rules.safety.gate import Starts

_OTHER_SUBJECT = re.compile(
    r"(이웃|옆집|앞집|윗집|아랫집|친구|동창|남편|영감|할아버지|할아범|할멈|할머니|할매|할배|아내|마누라|부인|아들|딸|며느리|사위|"
    r"손자|손녀|손주|조카|언니|오빠|형님|누나|동생|올케|시누|동서|사돈|엄마|어머니|아버지|아빠|선배|후배|이모|고모|삼촌|"
    r"아저씨|아줌마|양반|노인|어르신|그분|그사람|걔|얘|쟤|그녀석|교인|집사|권사|장로|애들|자식들|식구들|녀석|놈|애|바깥양반|"
    # d17v: the family as a visit note names them ("따님은 울면서", "배우자분도 지쳐 보이셨고")
    r"따님|아드님|사모님|배우자분|배우자|보호자)"
    r"(네|님|들|씨|딸|아들)?(이|가|은|는|께서|도|이도|이는|가도|들이|들은)"
)
_FIRST_PERSON = re.compile(
    crisis_rows.FIRST_PERSON_WORDS + r"|(?<![지보를화꺼드생흉끝])내(도|는)|우리집)"  # d20: not "지내는", "보내도"
)
# Predicates Korean uses for the speaker's own state (a third person needs -어하다 or hearsay).
_FIRST_PERSON_PRED = re.compile(r"(무서워|무섭|무서바|겁나|겁이나|걱정|불안|싶|외로|서러|속상|답답해)")
_MEDIA = re.compile(r"(드라마|연속극|뉴스|영화|테레비에서|티비에서|TV|tv|방송|기사|신문|소설|라디오|유튜브)")
_PAST = re.compile(
    r"(예전에|예전엔|옛날에|옛날엔|젊을때|젊었을때|젊어서|한때|그때는|그땐|그당시|전에는|전엔|작년엔|작년에는|시집살이|몇년|"
    r"(했|었|았)는데)"
)
_RESOLVED = re.compile(
    r"(지금은|이제는|이젠|요새는|요즘은|인제는|인자는)[^.?!]{0,12}(괜찮|안그래|편해|편하|좋|잘지내|멀쩡|나았|다녀|발뻗|잘자|푹자)|"
    r"다나았|지난일|옛날얘기|극복|괜찮대|"
    # d16L: living for a joy now, the episode never again ("요새는 그놈 사진 보는 재미로 살어", "그 뒤로는 안 그랬어")
    r"(지금은|이제는|이젠|요새는|요즘은|인제는|인자는)[^.?!]{0,16}(재미로|낙으로)(살|산)|그뒤로(는|론)안그랬"
)
# d17L: a past episode told as a story and closed later ("그때는 나도 따라가고 싶었어 … 밥도 안 먹고 … 울고 그랬어요 …
# 지금은 … 한 삼 년 전부터 괜찮아졌어요"): the stretch from a dated past to the first word of now (or to the
# resolution) is over, when the resolution, not taken back, follows within _STORY_RESOLVED_CHARS of the past marker.
_STORY_PAST = re.compile(
    r"그때는|그땐|그때만해도|그당시|당시에는|그무렵|그시절|옛날에는|예전에는|젊을때는|젊었을때는|"
    r"([0-9]+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|스무|서른|[일이삼사오육칠팔구십]{1,2})(년|해)(전|전에|전에는|전엔)(?!부터)"
)
_STORY_NOW = re.compile(r"지금|요즘|요새|요즈음|이제|인제|인자|오늘|현재|근래|최근")
_STORY_RESOLVED = re.compile(
    r"(괜찮아졌|나아졌|좋아졌|다나았|싹나았|회복됐|회복했|극복했|이겨냈|벗어났|다지나갔|지난일이|끊은지(가)?(오래|꽤|한참)|"
    r"(그런생각|그생각|그런맘|그런마음)(은|도)?(이제|이젠|인제|인자|지금은|요새는|요즘은)(는)?(안|없|읎)|"
    # d19: the time first ("지금은 그런 생각 안 합니다"), the episode called a thing gone by ("이제 지나간 일이에요")
    r"(이제|이젠|인제|인자|지금은|요새는|요즘은)(는)?(그런생각|그생각|그런맘|그런마음)(은|도)?(전혀|절대|하나도)?(안|없|읎)|"
    r"지나간일(이|이에|이여|이지|이야|입니))"
    r"(?![^.?!]{0,16}?(는데|지만|다가|더니|었는데)[^.?!]{0,10}?(또|다시|요즘|요새|자꾸))"
)
_STORY_RESOLVED_CHARS = 500


def _resolved_stories(compact: str) -> list[tuple[int, int]]:
    """Compact ranges of past episodes told as over (see ``_STORY_PAST``)."""
    out: list[tuple[int, int]] = []
    for past in _STORY_PAST.finditer(compact):
        if out and past.start() < out[-1][1]:
            continue
        if not _STORY_RESOLVED.search(compact, past.end(), past.end() + _STORY_RESOLVED_CHARS):
            continue
        now = _STORY_NOW.search(compact, past.end())
        resolved = _STORY_RESOLVED.search(compact, past.end())
        ends = [m.start() for m in (now, resolved) if m is not None]
        out.append((past.start(), min(ends)))
    return out


def in_resolved_story(text: str, start: int, end: int) -> bool:
    """d17L: whether ``text[start:end]`` lies inside a past episode told as over (``_resolved_stories``): the
    model's raise of depression or anxiety from that stretch is the past's, as the lexicon's hits are."""
    compact, offsets = _compact(text, 0, len(text))
    if not _STORY_PAST.search(compact):
        return False
    lo, hi = bisect_left(offsets, start), bisect_left(offsets, end)
    return any(a <= lo and hi <= b for a, b in _resolved_stories(compact))


_NEGATED_AFTER = re.compile(
    r"^[가-힣]{0,2}?(지(는|도)?않|진않|지도않|진안|지는안)|"
    # d18: a degree denied ("밤에 잠 못 자고 그럴 정도는 아니우다", "울 정도는 아니고")
    r"^[가-힣]{0,6}?정도(는|까지는|까진|도)?(아니|아녀|아이)|"
    # d43: a sign denied for another reading ("까먹은 게 아니고 일부러", "외로운 게 아니라 심심해서"); not
    # "… 거 아니야?", which asks after the sign
    r"^[가-힣]{0,3}?(게|거|건)아니(고|라)"
)
_WORRY_NEGATED = re.compile(r"^(하지마|지마|지말|마|말어|말라|말고|안해|할거없|할것없|없)")
# A clause about someone else that ends in hearsay or an observed report ("…더라고", "…카대").
_OTHER_REPORT_END = re.compile(
    r"(더라고?|드라|대|래|카대|카더라|한대|하대|하더라|그러더라|더래|다네|대요|래요)[.?!,]*$"
)
_REPORT_NEAR = re.compile(
    r"^[가-힣]{0,5}?(하는데|한대|하대|하더라|카대|카더라|그러더라|그래|그러네|하네|해쌓|어(해|했|한다|하는|하고|하더)|다고|라고)|"
    r"^[가-힣]{0,2}(대|래)(요)?([.?!,]|$)"
)
_HEARSAY_MID = re.compile(r"(대|(?<![이그저])래|더라고?|카대|카더라|다네)(?=걱정|불쌍|안됐|속상|마음|그래서|[.?!,]|$)")
#: d26: a screening question put to the elder, read right after a symptom's words ("… 희망이 없다고 느끼신 적이
#: 있으신가요?", "… 잠을 못 주무신 적이 있으세요?"): the caller's, even in an AI call with no turn labels
_SCREENING_ASKED = re.compile(
    r"[^.?!]{0,16}?(적이|적은|적)(이|도)?(있으신|있으세|있으셨|있었나|있나|있습니까|있으십|있으실)[가-힣]{0,3}\?"
)
#: d20: a behaviour closed by "하더라" (seen, in someone else: "울기만 하더라"); not a state the speaker finds in
#: herself ("잠이 안 오더라")
_SEEN_DOING = re.compile(r"[가-힣]?(하|허|그러)(더라|드라)")
_CONNECTIVE_END = re.compile(r"(는데|은데|ㄴ데|니까|길래|어서|아서|다가|면서|더니|니|면|며)[,]*$")
_SLEEP_RESOLVED = re.compile(
    r"(먹으니까|먹고나서|덕분에|요새는|이제는|지금은)(잘|푹|발뻗고)자|"
    # d16L: the prescribed pill taken and slept on ("반 알 먹는데 먹으면 아침 여섯 시까지 푹 자")
    r"(약|알|수면제)[^.?!]{0,10}?(먹으면|먹으믄|묵으면|묵으믄|먹으니|묵으니|먹고자면)[^.?!]{0,12}?(잘|푹)(자|잔|잤)"
)
_FEELING = frozenset({"mood", "anhedonia", "guilt", "worry", "fear", "nervous", "loneliness", "irritable"})
#: d17v: feelings seen from outside (tears shown, crying heard): another person named as subject right before them has
#: them, as for a behaviour ("딸은 울면서", "따님도 눈물을 보이셨다")
_OBSERVED = frozenset({"dep_mood_observed"})
_DEP_CORE = frozenset({"mood", "anhedonia", "guilt", "psychomotor", "self_care"})
_SECTION = re.compile(r"[^.?!\n]+[.?!\n]*")
#: d16L: a way of dying or falling ill said as a condition right before a burden ("아프다가 가믄 자식들 …", "오래
#:누워 있으면 애들 …"): the burden is one to come, not guilt now.
_BURDEN_IF = re.compile(
    r"((아프다가|아파가|앓다가|앓아가)(가면|가믄|가민|가모|죽으면|죽으믄)|(누워|드러누워|앓아)(있으면|있으믄|지내면|버리면)|"
    r"(병들면|병들믄|치매걸리면|치매오면|치매걸리믄))[^.?!]{0,12}$"
)
#: the endings that close quoted words ("… 안 돼 하고 울었당께", "… 카고")
_QUOTATIVE = r"(하고|허고|카고|라고|라꼬|그러고|그라고|하면서|하믄서|함서|캄서|그카고)"
_QUOTATIVE_START = re.compile(_QUOTATIVE + r"(?![가-힣]{0,1}싶)")
#: d16L: crying ...
_CRYING = re.compile(r"울었|울어|울고|운다|울더|울드")
#: ... right after words someone else said (a third-person subject, a quote of at most 24 characters closed by
#: "하고"/"카고"/"라고" …, no first person outside it): their crying, however long the quote
_QUOTED_THEN_CRIED = re.compile("(" + _OTHER_SUBJECT.pattern + r")[^.?!]{1,24}?" + _QUOTATIVE + "$")


def _cried_after_saying(left: str) -> bool:
    found = _QUOTED_THEN_CRIED.search(left)
    if found is None:
        return False
    # the speaker in the frame ("영감이 가지 말라캐서 내가 그래 하고 울었어") makes it the speaker's crying
    return not _FIRST_PERSON.search(left, found.start() + 1, found.end() - 2)


# Signs that name another person by their nature (the one suspected of theft, the dead relative expected
# home): a third-person subject near them does not make them someone else's symptom.
_ABOUT_OTHERS_BY_NATURE = frozenset({"cog_theft_suspicion", "cog_dead_as_present"})


@dataclass(slots=True)
class Hit:
    rule: lx.LexRule
    start: int  # offsets into the original text
    end: int


@dataclass(slots=True)
class Findings:
    hits: list[Hit] = field(default_factory=list)
    crisis: tuple[crisis_engine.CrisisHit, ...] = ()
    depression: int = 0
    anxiety: int = 0
    cognitive: int = 0
    loneliness: int = 0
    suicidal_ideation: int = 0
    physical: bool = False
    abuse: bool = False
    phq_items: list[int] = field(default_factory=lambda: [0] * 9)
    gad_items: list[int] = field(default_factory=lambda: [0] * 7)
    cognitive_signals: int = 0
    fired: list[str] = field(default_factory=list)
    # d20: ideation hits the analyzer declined (uncorroborated in a long transcript; analyzer._decline_uncorroborated)
    declined: tuple[crisis_engine.CrisisHit, ...] = ()


def _compact(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """``text[start:end]`` without white space, and the offset in ``text`` of each character kept."""
    part = text[start:end]
    compact = crisis_rows.respelled("".join(part.split()))  # d30, d31: "입맛두 읎구" (one for one)
    return compact, [i for i, char in enumerate(part, start) if not char.isspace()]


def needs_morphology(text: str) -> bool:
    """Whether clause boundaries can change the reading: only when an attribution guard may apply
    (another person, media, a past episode). Elsewhere punctuation clauses give the same hits."""
    compact = "".join(text.split())
    return bool(_OTHER_SUBJECT.search(compact) or _MEDIA.search(compact) or _PAST.search(compact))


def punctuation_clauses(text: str) -> list[tuple[int, int]]:
    """Clause spans from punctuation alone (the fallback while the morphological model loads)."""
    return [(m.start(), m.end()) for m in _SECTION.finditer(text)] or [(0, len(text))]


def _subjects(left: str, narrated: bool) -> list[re.Match[str]]:
    """Third-person subjects in ``left``; in a visit note (``narrated``) not "어르신", the senior (d17v)."""
    return [m for m in _OTHER_SUBJECT.finditer(left) if not (narrated and discourse.is_the_senior(left, *m.span()))]


def _other_subject_at(left: str, narrated: bool = False) -> int | None:
    """Where the last third-person subject in ``left`` starts (None: none, or "I" came after it)."""
    found = _subjects(left, narrated)
    if not found:
        return None
    between = left[found[-1].end() :]
    if _FIRST_PERSON.search(between) or _FIRST_PERSON_PRED.search(between):
        return None
    return found[-1].start()


def _other_subject(left: str, narrated: bool = False) -> int | None:
    """Characters between the last third-person subject and the end of ``left`` (None: none, or "I" came after)."""
    found = _subjects(left, narrated)
    if not found:
        return None
    between = left[found[-1].end() :]
    return None if _FIRST_PERSON.search(between) or _FIRST_PERSON_PRED.search(between) else len(between)


def _others(rule: lx.LexRule, left: str, right: str, narrated: bool = False, matched: str = "") -> bool:
    """Whether the phrase is about someone else: a close third-person subject (behaviour), or a subject
    plus a reporting form (feelings, which Korean states in the first person unless reported)."""
    distance = _other_subject(left, narrated)
    if distance is None:
        return False
    if rule.category in _FEELING and rule.code not in _OBSERVED:
        if _REPORT_NEAR.search(right):
            return True
        # d17L: crying is seen, not only said: another person's crying at the end of a chain of their own acts
        # ("남편이 차 몰고 와가 끌어안고 울고불고 난리가 났지"), with no time or cause that makes it the speaker's
        # ("영감이 죽고 나서 매일 울어", "딸이 전화해서 미안하다는데 울었어")
        between = left[len(left) - distance :]
        return bool(
            matched and _CRYING.fullmatch(matched) and distance <= _CHAIN_REACH and _CHAIN_OF_ACTS.fullmatch(between)
        )
    return distance <= 8


_CHAIN_REACH = 16
#: d17L: the acts another person did before crying, joined by -고 / -가 / -서 / -아 (a chain of the same subject's
#: acts), with nothing of a time, a cause or a saying that would make the crying the speaker's.
_CHAIN_OF_ACTS = re.compile(
    r"(?![^,]*(나서|뒤|후|부터|때|니까|니께|는데|는디|다고|라고|하니|해서|이라|길래|면서|니))[가-힣,]*(고|가|서|아|어)"
)


#: d27: the stretch said twice that counts as a story repeated: 12 characters (white space removed) in a short
#: check-in, 16 in a long one (``_LONG_REPEAT_FROM`` characters and more), where a call's formulae, a caller's script
#: and fillers repeat 12-character stretches by chance. Measured on the long labelled sets before choosing (gold
#: cognitive 2 / not): 12 characters 25 / 66, 16 characters 13 / 3; on the never-read long sets, looked at after:
#: 10 / 20 and 7 / 4.
_REPEAT_SHORT, _REPEAT_LONG, _LONG_REPEAT_FROM = 12, 16, 400


def _repeated_story(compact: str) -> tuple[int, int] | None:
    """A stretch said twice in one check-in (SCREENING.md: repeating a story), of ``_REPEAT_SHORT`` characters, or
    ``_REPEAT_LONG`` in a long one."""
    size = _REPEAT_LONG if len(compact) >= _LONG_REPEAT_FROM else _REPEAT_SHORT
    seen: dict[str, int] = {}
    for i in range(0, len(compact) - size + 1):
        chunk = compact[i : i + size]
        first = seen.get(chunk)
        if first is not None and i - first >= size:
            return i, i + size
        seen.setdefault(chunk, i)
    return None


_ALL_RULES: tuple[lx.LexRule, ...] = (*lx.DEPRESSION, *lx.ANXIETY, *lx.COGNITIVE, *lx.LONELINESS, *lx.PHYSICAL)


_CLAUSE_RULES: tuple[lx.LexRule, ...] = (*lx.DEPRESSION, *lx.ANXIETY, *lx.LONELINESS, *lx.PHYSICAL)
# Rules whose match can depend on what lies around it (anchors, lookarounds, word boundaries, atomic groups or
# possessive quantifiers). Any other rule that matches inside a clause also matches somewhere in the whole
# compact text (the clause is a slice of it and a backtracking search is complete), so a rule the whole text
# does not match cannot hit in any clause and is not tried clause by clause.
_CONTEXT_SYNTAX = re.compile(r"\^|\$|\\[bBAZ]|\(\?[=!<>]|[*+?}]\+")
_CONTEXTUAL = frozenset(rule.code for rule in _CLAUSE_RULES if _CONTEXT_SYNTAX.search(rule.pattern.pattern))
# each rule's search of the whole turn, tried only where a match can start (the same first match; speed only)
_WHOLE_TURN = tuple((rule, Starts(rule.pattern)) for rule in _CLAUSE_RULES)


def prepare() -> None:
    """Ready the crisis scan's and the lexicon's searches before the first text (the analyzer's warm-up calls it)."""
    crisis_engine.prepare()
    for _rule, starts in _WHOLE_TURN:
        starts.prepare()


_REPEAT_RULE = lx.LexRule(
    "cog_repeating_story", "cognitive", "cognitive 2", "repetition", True, re.compile("(?!)"), "같은 이야기 반복"
)


def _keep(
    rule: lx.LexRule, compact: str, start: int, end: int, media_before: bool, carry: str = "", narrated: bool = False
) -> bool:
    left = (carry + compact[:start])[-40:]
    right = compact[end : end + 16]
    if rule.code not in _ABOUT_OTHERS_BY_NATURE and _others(rule, left, right, narrated, compact[start:end]):
        return False
    if rule.category == "mood" and _CRYING.fullmatch(compact[start:end]) and _cried_after_saying(left):
        return False  # d16L: "손주가 할아버지 죽으면 안 돼 하고 울었당께": someone said something and cried
    media = list(_MEDIA.finditer(left))
    if (media and not _FIRST_PERSON.search(left[media[-1].end() :])) or (
        media_before and not _FIRST_PERSON.search(left)
    ):
        return False
    if _NEGATED_AFTER.match(right):
        return False
    if rule.category == "guilt" and not rule.severe and _BURDEN_IF.search(left):
        return False  # d16L: "아프다가 가믄 자식들 고생시키니까": the burden of a dying to come, the wish's reason
    return not (rule.category == "worry" and _WORRY_NEGATED.match(right))


def find_hits(text: str, clauses: Sequence[tuple[int, int]]) -> tuple[list[Hit], str]:
    """Lexicon hits in the speaker's own clauses, and the compact text of those clauses.

    See the module docstring for the guards.
    """
    compact_all, offsets_all = _compact(text, 0, len(text))
    narrated = discourse.narrated(compact_all)  # d17v: a visit note: "어르신" is the senior
    hits: list[Hit] = []
    consumed = 0
    skipped: list[tuple[int, int]] = []  # compact ranges not about the speaker now
    excluded: list[tuple[int, int]] = []  # whole clauses reported about others or resolved in the past
    media_before = False
    carry = ""  # the previous clause, when this one continues it (a connective ending)
    last = ""  # the previous clause, whatever its ending
    stories = _resolved_stories(compact_all) if _STORY_PAST.search(compact_all) else []
    # The caller's turns in a transcript with turn labels are nobody's symptoms:
    # "우울하거나 기운 없으신 적은 없으세요?",
    # "잠은 잘 주무세요?" are the caller's questions, "동네 삼춘들이 다 울고" the caller's story (the senior's answer
    # carries what the senior has).
    callers = discourse.caller_ranges(text)
    skipped.extend(callers)
    excluded.extend(callers)
    live = _CLAUSE_RULES
    if len(clauses) > 2:  # worth one search per rule over the whole turn (a long turn has dozens of clauses)
        live = tuple(r for r, starts in _WHOLE_TURN if r.code in _CONTEXTUAL or starts.search(compact_all) is not None)
    for c_start, c_end in clauses:
        # the clause's share of the whole text's compaction (the same characters and offsets, found by bisection)
        lo, hi = bisect_left(offsets_all, c_start), bisect_left(offsets_all, c_end)
        if lo >= hi:
            continue
        compact, offsets = compact_all[lo:hi], offsets_all[lo:hi]
        base = consumed
        consumed += len(compact)
        previous_media, media_before = (
            media_before,
            bool(_MEDIA.search(compact)) and bool(_CONNECTIVE_END.search(compact)),
        )
        # (d16L: a clause opening with a quotative continues the words quoted in the one before: "손주가 할아버지 죽으면
        # 안 돼 | 하고 울었당께")
        previous = carry or (last if _QUOTATIVE_START.match(compact) else "")
        carry, last = compact if _CONNECTIVE_END.search(compact) else "", compact
        if _PAST.search(compact) and _RESOLVED.search(compact_all[consumed:]):
            skipped.append((base, consumed))
            excluded.append((base, consumed))
            continue
        if _other_subject(previous + compact, narrated) is not None and _OTHER_REPORT_END.search(compact):
            skipped.append((base, consumed))
            excluded.append((base, consumed))
            continue
        at = _other_subject_at(compact, narrated)
        subjects = _subjects(compact, narrated)
        hearsay = _HEARSAY_MID.search(compact, subjects[-1].end()) if subjects else None
        if hearsay is not None and not _FIRST_PERSON.search(compact[subjects[-1].end() : hearsay.start()]):
            skipped.append((base + subjects[-1].start(), base + hearsay.end()))  # "딸이 … 못 잔대" mid-clause
        elif at is not None and len(compact) - at <= 16:
            skipped.append((base + at, consumed))  # the tail of a clause about someone else
        elif (
            at is None
            and previous
            and _other_subject(previous, narrated) is not None
            and not _FIRST_PERSON.search(compact)
        ):
            skipped.append((base, consumed))
        for rule in live:
            for m in rule.pattern.finditer(compact):
                if stories and any(a <= base + m.start() < b for a, b in stories):
                    continue  # d17L: a past episode told as over
                if callers and rule.dimension != "physical" and any(a <= base + m.start() < b for a, b in callers):
                    continue  # (a complaint the caller asks after is the senior's: "무릎은 좀 어떠세요?" "그냥 그래")
                if rule.dimension != "physical" and _SCREENING_ASKED.match(compact_all, base + m.end()):
                    continue  # d26: the screening question itself ("앞날에 희망이 없다고 느끼신 적이 있으신가요?")
                if (
                    rule.dimension == "depression"
                    and _SEEN_DOING.match(compact, m.end())
                    and not _FIRST_PERSON.search(compact)
                ):
                    continue  # d20: "했더니 울기만 하더라": someone seen crying, not the speaker
                if m.end() > m.start() and _keep(rule, compact, m.start(), m.end(), previous_media, previous, narrated):
                    hits.append(Hit(rule, offsets[m.start()], offsets[m.end() - 1] + 1))
    # Cognitive signs can span clauses ("어디 뒀는지 모르겠는데 … 누가 가져갔어"): matched on the whole text.
    for rule in lx.COGNITIVE:
        for m in rule.pattern.finditer(compact_all):
            if m.end() == m.start() or any(s <= m.start() < e for s, e in excluded):
                continue
            if _connective_then_eat(compact_all, offsets_all, m):
                continue  # d41: "배고프니까 먹을 거": because, then eating; not 까먹 (forgot)
            if _keep(rule, compact_all, m.start(), m.end(), False, narrated=narrated):
                hits.append(Hit(rule, offsets_all[m.start()], offsets_all[m.end() - 1] + 1))
    repeat = _repeated_story(compact_all)
    if repeat is not None:
        hits.append(Hit(_REPEAT_RULE, offsets_all[repeat[0]], offsets_all[repeat[1] - 1] + 1))
    return hits, "".join(compact_all[s:e] for s, e in _complement(skipped, len(compact_all)))


def _complement(ranges: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    cursor = 0
    for s, e in sorted(ranges):
        if s > cursor:
            out.append((cursor, s))
        cursor = max(cursor, e)
    if cursor < size:
        out.append((cursor, size))
    return out


def _connective_then_eat(compact: str, offsets: Sequence[int], m: re.Match[str]) -> bool:
    """d41: 까먹 (forgot) read across "-니까 먹…" (because … eat): 니 right before it and a space between 까 and 먹
    in the original text ("배고프니까 먹을 거"), not "아니 까먹었어" (no, I forgot), where the space falls before 까."""
    start = m.start()
    return m.group() == "까먹" and start > 0 and compact[start - 1] == "니" and offsets[start + 1] - offsets[start] > 1


def assess(text: str, clauses: Sequence[tuple[int, int]]) -> Findings:
    """Labels, instrument items and the rules that fired, for ``text`` split into ``clauses``."""
    f = Findings()
    f.hits, compact = find_hits(text, clauses)
    f.crisis = crisis_engine.scan(text)
    by_dim: dict[str, list[Hit]] = {}
    for hit in f.hits:
        by_dim.setdefault(hit.rule.dimension, []).append(hit)
    duration = bool(lx.DURATION.search(compact))
    pervasive = bool(lx.PERVASIVE.search(compact))
    mitigated = bool(lx.MITIGATED.search(compact))

    # ---- anxiety first: insomnia from worry or fear is anxiety, not depression
    anx = by_dim.get("anxiety", [])
    cog_codes = {h.rule.code for h in by_dim.get("cognitive", [])}
    if anx and {h.rule.category for h in anx} == {"worry"} and cog_codes & {"cog_worry", "cog_forgetful"}:
        anx = []  # worry about one's memory is cognitive concern 1 (SCREENING.md), not anxiety
    anx_cats = {h.rule.category for h in anx}
    # Staying in is severe anxiety only when fear or panic explains it (else it is withdrawal).
    if anx_cats == {"avoidance"}:
        anx, anx_cats = [], set()  # staying in with no fear named is withdrawal, not anxiety
    anx_severe = any(h.rule.severe and (h.rule.category != "avoidance" or len(anx_cats) > 1) for h in anx)
    disruption = bool(lx.ANXIETY_DISRUPTION.search(compact))
    anx_kinds = len(anx_cats)
    if anx and len(text) > 2 * ANXIETY_REACH:
        # A long check-in: worry, fear and their toll count together only where they are said together (within
        # ANXIETY_REACH characters of one another), not across a minute of talk about the weather, a grandchild's
        # exam and a knee ("걱정" early on, "무서워" of a ladder later and "매일" or "깨" anywhere).
        # (the toll must also be the speaker's: found in the text left once other people's clauses are set aside)
        near, anx_kinds = _anxiety_near(text, anx)
        disruption = disruption and near
    if "fear" in anx_cats and disruption and (pervasive or duration) and _TREMBLING.search(compact):
        anx_severe = True  # constant terror: trembling with fear day and night
    if anx_severe:
        f.anxiety = 3
    elif anx_cats:
        proportionate = bool(lx.ANXIETY_PROPORTIONATE.search(compact))
        if (disruption and not (proportionate and not _sleep_loss(compact))) or anx_kinds >= 3:
            f.anxiety = 2
        else:
            f.anxiety = 1
    for h in anx:
        index = int(h.rule.item.split("#")[1]) - 1
        f.gad_items[index] = max(f.gad_items[index], 3 if h.rule.severe else 2 if f.anxiety >= 2 else 1)
    if f.anxiety >= 2 and "worry" in anx_cats:
        f.gad_items[2] = max(f.gad_items[2], 2)  # worrying too much about different things

    # ---- depression
    dep = by_dim.get("depression", [])
    if _SLEEP_RESOLVED.search(compact):
        dep = [h for h in dep if h.rule.category != "sleep"]
    wish = any(c.kind in ("active", "passive") for c in f.crisis)
    if f.anxiety and not wish and not {h.rule.category for h in dep} & _DEP_CORE:
        # Sleep, appetite and concentration lost to worry or fear are anxiety's (GAD-7), not depression.
        dep = [h for h in dep if h.rule.category not in ("sleep", "appetite", "concentration", "weight")]
    cats = {h.rule.category for h in dep}
    severe = {(h.start, h.end) for h in dep if h.rule.severe}
    if cats:
        if len(severe) >= 2 or (severe and len(cats) >= 2 and (duration or pervasive)):
            f.depression = 3
        elif len(cats) >= 2 or severe or ((duration or pervasive) and not mitigated) or "anhedonia" in cats:
            f.depression = 2
        else:
            f.depression = 1
        if f.depression == 2 and mitigated and not severe and len(cats) <= 2 and not duration and not wish:
            f.depression = 1
    for h in dep:
        index = int(h.rule.item.split("#")[1]) - 1
        level = 3 if h.rule.severe else 2 if (duration or pervasive) else 1
        f.phq_items[index] = max(f.phq_items[index], level)

    # ---- suicidal ideation and abuse (the curated crisis list, shared with the safety floor)
    active = any(c.kind == "active" for c in f.crisis)
    passive = any(c.kind == "passive" for c in f.crisis)
    f.suicidal_ideation = 2 if active else 1 if passive else 0
    f.abuse = any(c.kind == "abuse" for c in f.crisis)
    if f.suicidal_ideation:
        f.phq_items[8] = 3 if active else 2 if pervasive else 1

    # ---- cognitive
    cog = by_dim.get("cognitive", [])
    f.cognitive_signals = len({h.rule.code for h in cog})
    if any(h.rule.severe for h in cog):
        f.cognitive = 2
    elif cog:
        f.cognitive = 1

    # ---- loneliness
    lon = by_dim.get("loneliness", [])
    if any(h.rule.severe for h in lon):
        f.loneliness = 2
    elif lon:
        f.loneliness = 1

    # ---- physical
    phy = by_dim.get("physical", [])
    f.physical = bool(phy) and not (lx.PHYSICAL_NEGATION.search(compact) and len(phy) <= 1)
    if any(h.rule.code == "phy_injury" for h in phy) and f.abuse:
        f.physical = True

    f.fired = sorted({h.rule.code for h in f.hits} | {f"crisis:{c.code}" for c in f.crisis})
    return f


_TREMBLING = re.compile(r"벌벌|덜덜|사시나무|떨어|떤다|떨고")


ANXIETY_REACH = 120  # characters either side of an anxiety sign within which its toll and other signs count with it


def _anxiety_near(text: str, anx: Sequence[Hit]) -> tuple[bool, int]:
    """Whether any anxiety sign has its toll (``ANXIETY_DISRUPTION``) said near it, and the most kinds of anxiety sign
    said near one another (each within ``ANXIETY_REACH`` characters of one sign)."""
    disruption, kinds = False, 0
    for h in anx:
        lo, hi = max(0, h.start - ANXIETY_REACH), h.end + ANXIETY_REACH
        if not disruption and lx.ANXIETY_DISRUPTION.search("".join(text[lo:hi].split())):
            disruption = True
        kinds = max(kinds, len({o.rule.category for o in anx if lo <= o.start < hi}))
    return disruption, kinds


def _sleep_loss(compact: str) -> bool:
    return bool(re.search(r"잠(을|이|도)?(통|잘|한숨도)?(못|안)(자|잔|와|오)|한숨도못", compact))

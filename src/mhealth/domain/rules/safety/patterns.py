"""The curated, versioned Korean crisis patterns behind the safety floor: data only, no matching here.

Standard library only (DESIGN.md). The engine (:mod:`mhealth.domain.rules.safety.engine`) compiles these
rows, gates them with literal pre-filters (:mod:`mhealth.domain.rules.safety.gate`) and matches them over
*whitespace-normalised* text (every space removed), because speech-to-text output splits and joins Korean
words unpredictably ("죽고싶다", "죽고 싶 다"); each hit is mapped back to the original text so its quote
is a true quote. Regexes here are therefore written without spaces.

A row is a :class:`CrisisPattern` with named fields. Its ``kind`` (:class:`PatternKind`) is what a hit
means: ``active`` (C-SSRS 2-5: thoughts of killing oneself, method, plan, means, preparation, farewell),
``passive`` (C-SSRS 1: wish to be dead), ``abuse`` (elder-abuse content about the speaker). Its
``guard_class`` (:class:`GuardClass`) decides which guards may cancel it:

* ``desire`` — a first-person wish or thought ("죽고 싶어", "빨리 죽어야지"). Korean desire and
  volition forms (-고 싶다, -어야지) are first-person unless reported (-대, -다고 하더라, -어 해), so a
  third-person subject earlier in the sentence cancels only together with a reporting form.
* ``means`` / ``prep`` / ``farewell`` — an act that could be anyone's ("농약 먹고", "유서 써 놨어"): a
  third-person subject close before it with no first-person word in between cancels it.
* ``abuse`` — harm to the speaker by a family member or carer.

Guards common to all classes (the lexicons at the end of this module; the engine checks them in the
sentence around the match): negation right after the phrase ("죽고 싶은 생각은 없어"), hearsay and
reported speech ("죽고 싶대", "그러더라"), media ("드라마에서"), a past the speaker says is over ("예전엔 …
지금은 괜찮아"), a completed death (someone else's: "농약 먹고 죽었대") and a near miss ("빠져 죽을 뻔").
A row's own ``not_before`` / ``not_after`` add guards for that row only. The list is recall-first for
active ideation: a means or preparation statement with no guard is a hit, even without a suicide word.

Order matters: the engine reports overlapping hits of one code once, keeping the first row's. Changing
what any row matches means bumping :data:`PATTERNS_VERSION` and regenerating the golden file
(scripts/make_safety_golden.py); docs/clinical-rules.md §5 says how to add a row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

PATTERNS_VERSION = "2026.12.08-d46c"

#: d30: the dialects' spellings of 없다 ("입맛두 읎구", "내가 읎어지는게 애들헌티 낫겄다", "낙이 웂어"), read as
#: 없 by the lexicon and, where the text as spelled found no ideation, by the crisis rows (one syllable for one, so
#: offsets and quotes stay true). Rows written with 없 had read them only where someone had added the dialect form.
DIALECT_SPELLINGS = str.maketrans({"읎": "없", "웂": "없"})
#: d31: more of the same, one syllable for one: the particle 도 said 두 before a negative ("사는 낙이 하나두 없어",
#: "잠두 안 와"), and 데리고/데려 said 데꼬/델꼬/데꾸 ("하느님이 얼른 데꼬 가뿌믄 좋겠다")
_DIALECT_PARTICLE = re.compile(r"(?<=[가-힣])두(?=\s*(?:없|읎|웂|안|않|못|몬))")
_DIALECT_TAKE = re.compile(r"(?:데|델|대|댈)(?:꼬|꾸)(?=\s*가)")
#: d32 (probes): typed misspellings of the wish, one syllable for one: 십 for 싶 after -고 ("죽고십다", "죽고 십어"; not
#: the honorific "최고십니다"), 주꼬 for 죽고 before the wish ("주꼬싶다"), 실 for 싫 after 살기 ("살기실타")
_TYPED_WISH = re.compile(r"(?:(?<=[고구])|(?<=[고구]\s))십(?=[다어요네은지고냐나데더퍼])")
_TYPED_DIE = re.compile(r"주꼬(?=\s*(?:싶|십|시퍼|시프|잡))")
_TYPED_HATE = re.compile(r"(?:(?<=살기)|(?<=살기\s)|(?<=살기가)|(?<=살기가\s))실(?=[타어다음네고])")
#: d35: typed and misheard spellings of 번개탄, one syllable for one ("번게탄도 두 장 사다 놨고",
#: ko_train_blind_short91)
_TYPED_CHARCOAL = re.compile(r"(?<=번)[게계](?=\s*탄)")
_TYPED_CHARCOAL_FIRST = re.compile(r"벙(?=\s*[개게계]\s*탄)")
DIALECT_SPELLED = re.compile(
    r"[읎웂]|"
    + "|".join(
        p.pattern
        for p in (
            _DIALECT_PARTICLE,
            _DIALECT_TAKE,
            _TYPED_WISH,
            _TYPED_DIE,
            _TYPED_HATE,
            _TYPED_CHARCOAL,
            _TYPED_CHARCOAL_FIRST,
        )
    )
)


def respelled(text: str) -> str:
    """``text`` with the dialects' spellings above in the standard ones, one syllable for one (the same length, so
    every offset and quote of it is one of ``text``)."""
    text = _DIALECT_PARTICLE.sub("도", text.translate(DIALECT_SPELLINGS))
    text = _TYPED_WISH.sub("싶", _TYPED_DIE.sub("죽고", _TYPED_HATE.sub("싫", text)))
    text = _TYPED_CHARCOAL.sub("개", _TYPED_CHARCOAL_FIRST.sub("번", text))
    return _DIALECT_TAKE.sub("데려", text)


class PatternKind(StrEnum):
    """What a hit means for the floor: which safety flag it sets."""

    ACTIVE = "active"  # C-SSRS 2-5 / PHQ-9 item 9: thoughts of killing oneself, method, plan, means, preparation
    PASSIVE = "passive"  # C-SSRS 1 / PHQ-9 item 9: a wish to be dead
    ABUSE = "abuse"  # elder-abuse content about the speaker (safeguarding)


class GuardClass(StrEnum):
    """Which guards may cancel a hit (see the module docstring)."""

    DESIRE = "desire"
    MEANS = "means"
    PREP = "prep"
    FAREWELL = "farewell"
    ABUSE = "abuse"


@dataclass(frozen=True, slots=True, kw_only=True)
class Concept:
    """A concept lexicon of the composed rows: a regex whose matches count toward a row's threshold."""

    name: str
    regex: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Composition:
    """What makes a composed row's anchor count.

    The anchor (the row's ``regex``) counts only when the concepts found in its sentence window (outside
    the anchor itself) weigh at least ``threshold``; ``innocent`` (an everyday purpose of the means)
    cancels it unless :data:`DEATH` is in the window too.
    """

    concepts: tuple[tuple[Concept, int], ...]  # (concept, points)
    threshold: int
    innocent: Concept | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class CrisisPattern:
    """One row of the crisis list.

    Attributes:
        id: unique and stable; names the row in tests and diagnostics (``<code>.<n>``).
        kind: what a hit means (active or passive ideation, abuse).
        code: the concern code a hit reports; several rows may share one.
        label_ko: the concern's Korean label.
        label_en: the concern's English label.
        guard_class: which guards may cancel a hit.
        regex: matched over the whitespace-free text (no spaces in it).
        not_before: cancels a hit when it matches at the end of the sentence text just before it.
        not_after: cancels a hit when it matches the sentence text right after it (anchor with ``^``).
        purpose_after: an everyday purpose of the means said right after it (anchor with ``^``): cancels a hit
            only when the text voices no death wish, hopelessness or goodbye anywhere (SCREENING.md: "charcoal
            for a barbecue" is benign only then; d13).
        purpose_before: the same, said right before it (matched at the end of the sentence text before; d14fc:
            "캠핑 가서 쓸 번개탄").
        context_before: the same, said anywhere in the text before it, not only in its sentence (d39: a test result
            awaited before "bad thoughts", "재검사 받으래. 혹시 암이면 어쩌나 … 자꾸 안 좋은 생각만 나").
        composition: for a composed row, the concepts its anchor needs around it.
    """

    id: str
    kind: PatternKind
    code: str
    label_ko: str
    label_en: str
    guard_class: GuardClass
    regex: str
    not_before: str | None = None
    not_after: str | None = None
    purpose_after: str | None = None
    purpose_before: str | None = None
    context_before: str | None = None
    composition: Composition | None = None


# Shared fragments --------------------------------------------------------------------------------
#: d19: the kin words a parent or grandparent calls themself by to a child ("엄마는 …", "할미 이제 …", "할매 없어도")
KIN_SELF = r"(엄마|아빠|어미|애비|에미|할미|할매|할배|할머니|할아버지)"
_FAMILY = (
    r"(아들|딸|며느리|며늘|사위|손자|손녀|손주|자식|남편|영감|아범|애비|애미|어멈|큰애|작은애|막내|조카|"
    r"큰아들|작은아들|큰딸|작은딸|둘째|셋째|요양보호사|간병인|보호사|도우미)(놈|년|녀석|새끼|내외|네)?"
)
_PILLS = r"(수면제|수면유도제|신경안정제|안정제|진통제|알약|혈압약|당뇨약|약|약들|약봉지|약봉투)"
_NAMED_PILLS = r"(수면제|수면유도제|수면약|잠약|신경안정제|안정제|진통제|알약|혈압약|당뇨약)"
#: d30: a count of pills or days' supply ("삼십 알", "한 달 치를", "두 봉지나")
_PILL_QUANTITY = (
    r"(([0-9]+|[일이삼사오육칠팔구십백]+|한|두|세|네|몇|여러|스무|서른|마흔|쉰|수십)"
    r"(알|봉지|통|병|갑|달치|달|주치|주일치|일치|개월치|개)(이나|나|을|를|씩|째|정도|쯤|넘게|가까이|치를|치)?)"
)
#: d24: a pill organiser, the week's pills sorted by day (the crisis row's guard and the model's gate,
#: ``ideation_gate._ORGANISER``)
#: (d35: or its compartments divided, "아침, 점심, 저녁 칸 나눠서 일주일치 약을 다 모아 넣어 줬어",
#: ko_train_blind_long51)
PILL_ORGANISER = r"(약통|약상자|약달력|약케이스|약정리함|요일별|칸칸|칸마다|칸(을|으로|별로)?(나눠|나누|나뉜|나눈))"
#: Pills gathered to be handed back or thrown away, or the gathering denied (d12fc: "유통기한 지난 약 모아 뒀다가
#: 보건소에 갖다 줬어", "약 모아둔거 없당께", "약을모아놨다 카는 게 아이고").
_PILLS_ORDINARY = (
    r"^.{0,12}(요일별|칸칸|칸마다|약통에|아침저녁으로나눠|안잊어버리|안까먹|까먹을까|잊어버릴까|깜빡할까|빼먹을까)|"
    r"^.{0,12}(반납|(?<![안못])버리|(?<![안못])버렸|(?<![안못])버려|폐기|갖다줬|수거|정리했)|^.{0,16}보건소(에|에다)?(갖다|가져다|반납)|"
    r"^(어|아)?(두는|둔|놓은|놓는|논|놔둔|뒀다는|놨다는|놨다카는|뒀다카는)?(거|것|건|게)(는|도|은)?(하나도|전혀|절대)?"
    r"(없(?!어지)|읎|아니|아녀|아냐|아이)"
)
#: d17s: the daily handful of pills hard to get down ("약이 너무 많아져서 한번에 털어넣기도 힘드네요",
#: "한꺼번에 삼키기가 어려워"): read right after a swallowing verb, a complaint about the regimen, no overdose.
_HANDFUL_HARD = r"^(넣|어넣)?(기|는게|는것|는거)(도|가|는|조차|이)?(힘들|힘드|힘든|어렵|어려|버겁|벅차|겁나|일이)"
#: d40: property handed on long ago, and the children's neglect since, the commonest of old people's complaints ("재산
#: 미리 나눠주고 나니까 자식들 발길이 뚝 끊겼어", "다 물려줬더니 찬밥 신세야"): from the connective after the giving
#: verb (``_GIFT_AFTER``; the ideation gate's preparation cue)
GIVEN_THEN_NEGLECTED = (
    r"(고나니|고나서|고난뒤|고난후|었더니|였더니|더니)[^.?!]{0,24}?"
    r"(발길|연락|전화|찾아오|안와|안온|안오|코빼기|모른척|나몰라|찬밥|괄시|푸대접|들여다보지|얼굴보기|얼굴도|서운|섭섭)"
)
_GIFT_AFTER = (
    r"^.{0,20}(선물|생일|입학|결혼|졸업|돌잔치|용돈|기념|축하|기부|바자|재활용|헌옷|작아서|안맞|가게|수거)|"
    # d23f: a use ahead named for what is handed on ("통장은 니 앞으로 넘겼다 내년에 손주 대학 가면 보태라"): property
    # handed on with plans for the future (SCREENING.md), unless an end or a goodbye follows (the discourse rules read
    # it)
    r"^[^.?!]{0,16}?(내년|후년|다음달|나중에|대학|등록금|학비|전세|집살|집사는|보태|장사밑천|사업자금|결혼자금)"
    r"(?![^.?!]{0,30}?(간다|갈란다|갈게|떠난|마지막|없을|잘살아|잘있어|미안하|고마웠))|"
    # d25: an everyday reason said right after (the bills paid on one's behalf, taxes on a lawyer's advice:
    # "통장 정리해서 막내한테 넘겼어 나 대신 공과금 좀 내라고", "재산은 미리 애들한테 나눠줬어 세금 때문에")
    r"^[^.?!]{0,16}?(대신|공과금|관리비|관리해|맡아|심부름|은행일|세금|절세|증여세|상속세|변호사|법무사|세무사)"
    r"(?![^.?!]{0,30}?(간다|갈란다|갈게|떠난|마지막|없을|잘살아|잘있어|미안하|고마웠))|"
    r"^[^.?!]{0,6}?" + GIVEN_THEN_NEGLECTED
)
#: d25f: a living spouse visited, the place where they are a hospital or the way there long ("영감 있는 데 가면
#: 좋겠는데 요양병원이 멀어서 …"), or the grave tended: no joining of the dead (``join_the_dead.2`` and ``.d25f``)
_SPOUSE_VISITED = r"^.{0,16}(병원|요양|면회|벌초|성묘|시장|장에|멀어|차비|버스|기차|택시)"
#: d25: heaven, God or the messenger of death, as a speaker asks why they do not take one or says they do not call
HEAVEN = r"하늘|하느님|하나님|주님|부처님|조상님|저승사자|염라대왕|염라|삼신|신령님"
#: d25: the one who died, named by a relation (the late spouse, a parent, a sibling, a child): whose things, grave or
#: portrait are handed on, burned or tended after a death (``_GIFT_BEFORE``; ``ideation_gate``'s late one's things)
#: Bare 약 as a medicine: not 만약 (if), 예약 (an appointment), 절약, 계약, 요약, 공약, 조약, 특약, 협약 or 치약
#: (the escalation row, ``discourse``'s anaphoric pills and the model's ideation gate)
PILL = r"(?<![만예절계요공조특협치])약"
#: Poisons one could drink, not medicines (pills are taken by oneself every day): ``means_pesticide.d16L`` and
#: ``discourse``'s "내 먹을라고 사 온 거여" (d26b)
POISONS = r"농약|제초제|살충제|그라목손|쥐약|독약|청산가리|락스|근사미|풀약"
#: what is put in or taken all at once (method.d36e): pills, poison, the insulin pens
_AT_ONCE_MEANS = "(" + _PILLS + "|" + POISONS + "|인슐린|주사|펜)"
#: Food or drink named between a poison and "내 먹을라고": what is to be drunk is that (d26b, "농약은 밭에 치고
#: 막걸리는 내 먹을라고 사 왔어")
FOOD_OR_DRINK = (
    r"막걸리|소주|맥주|약주|술|과자|빵|떡|밥|반찬|고기|우유|커피|음료|사이다|콜라|주스|과일|수박|참외|라면|국수|사탕|아이스크림|"
    r"영양제|비타민"
)
KIN_OF_THE_DEAD = (
    r"영감|남편|할멈|마누라|아내|집사람|바깥양반|하르방|할망|엄마|어머니|어매|아버지|아부지|시어머니|시아버지|"
    # (d40: and the parents, "뒷산에 시부모님 산소도 있는데 성묘도 이제 멀어져서")
    r"시어머님|시아버님|시부모|시부모님|부모|부모님|친정엄마|친정어머니|장인|장모|"
    r"언니|오빠|형님|누나|동생|아들|딸"
)
#: d28: things handed round, in Jeolla and Gyeongsang speech ("다 나나줬어", "노나줬다"), for the giving rows
_HANDED_ROUND = r"다나나|나나줬|나나주|다노나|노나줬|노나주"
#: d28: things left in someone's keeping, in Gyeongsang speech ("경비실에 맡기놨다 찾아가래이")
_LEFT_IN_KEEPING = r"맡기놨|맡기놓|맽겨|맽겼"
#: A height and where one is on it, then up to eight characters before what is done or looked at there (means_jump.2,
#: means_jump.d35)
_HEIGHT = (
    r"(옥상|베란다|난간|아파트꼭대기|꼭대기|창문|창밖)(에|에서|위에|위로|으로|밖으로|아래로|밑으로|에올라가서)?.{0,8}"
)
#: A suicide note, not a letter said to read like one ("그동안 고마웠다고 쓰니까 꼭 유서 같네, 호호"; d33);
#: "유서 같은 거 써놨슈" is one, hedged, and so is one written together ("유서 같이 쓰자")
#: (d35: nor a polite -유 ending run into the next word, "내가 객식구 같어유 서러워서 원", "그려유 서울 가유",
#: ko_train_dev_short_sad1: 서러워, 서럽, 서운, 서둘러, 서른, 서울)
#: (d39: nor a paper of reasons, "부양 거부 사유서", nor a place of long history, "유서가 깊은 절")
_NOTE = r"(?<!사)유서(?!(같|겉)(네|다|아|애|더|구|지|어|고|은데|으니|아서)|처럼|마냥|맹키로|러|럽|운|둘|른|울|가?깊)"
#: d28: "없어도 잘" not of a job or a place that runs on without one ("제가 없어도 잘 돌아가니 걱정 마세요")
_RUNS_ON = r"(?!돌아가|돌아간|돌아갈|굴러가|굴러간|굴러갈)"
_GIFT_BEFORE = (
    # (d28: used things, "헌 옷", not the dialect's "헌티", to: "동료들헌티 … 통장 다 나나줬어")
    r"(선물|생일|입학|결혼|시집|장가|혼사|졸업|기념|축하|안입는|작아진|헌(?![티테틴디데])|정리하다가|가게|기부|수거함|바자)"
    r"[^.?!]{0,30}|"
    # d25: the late one's things handed on ("영감 옷 몇 벌은 동네 할배들 나눠줬어", "돌아가신 엄마 반지는 …"): what the
    # bereaved do, not one's own belongings
    r"(" + KIN_OF_THE_DEAD + r"|고인|망자|유품|누님|친구)"
    r"(이|가|님|의|님의)?(쓰던|입던|끼던|차던|아끼던|남긴|남기고간)?$|(돌아가신|먼저간|먼저가신|죽은|떠난|하늘나라간)[가-힣]{0,8}$"
)
#: d40: money or savings someone took, or lost (``preparation_affairs.1``; the ideation gate's preparation cue)
MONEY_TAKEN = r"(빌려가|빌려갔|가져가|가져갔|털어가|털어갔|날렸|날려|떼였|떼먹|뜯겼|사기|잃었|잃어)"
#: farewell.6 and .6b: a letter to the family written or left, not for an occasion, nor a first letter
_LETTER_TO_KIN = (
    r"(손녀|손자|손주|애들|아들|딸|자식|자식들|영감|며느리|막내|큰애)(한테|에게|들한테|앞으로)"
    r"[^.?!]{0,30}?편지(를|도|한장)?"
)
#: An absence for a while, a trip or a stay named before a goodbye ("엄마 여행 가니까 엄마 없어도 밥 잘 챙겨먹어";
#: ``farewell.5``, d35 probes), and a move for good (a nursing home, a move, emigration: d42's goodbyes)
_AWAY_FOR_A_WHILE = (
    r"여행|병원|입원|수술|출장|며칠|동안|시골|서울|딸네|아들네|교회|수련회|외출|모임|놀러|"
    r"친구네|언니네|이모네|동생네|고향"
)
_AWAY_FOR_GOOD = r"요양원|요양병원|이사|이민"
#: d40: a going in a hurry, said before it in the sentence ("아이고 늦었네 빨리 가야지"), or its errand after it ("빨리
#: 가야지 손주 데리러"): ``death_wish.4`` and ``death_wish.d17m2``
_HURRY_BEFORE = r"(에|로|으로|한테|까지|집|병원)(좀)?|(늦었|늦겠|늦을라|늦것|시간(이)?다됐|시간됐)[^.?!]{0,8}"
_ERRAND_AFTER = (
    r"^.{0,10}(버스|병원|시장|집|약속|늦|차|기차|모임|학교|교회|회관|경로당|밭|논|일|데리러|마중)|"
    # d41: or named after as what was meant ("이제 가야지 가야지 하면서 못가고 있어 ㅎㅎ 치과 말이야")
    r"^[^.?!]{0,16}?(치과|안과|한의원|보건소|병원|미용실|목욕탕|은행|약국|시장|읍내|장)(에)?(말이|말여|말하는)"
)
#: d40: a line held to get up or to walk by ("그거 잡고 일어나", "줄 붙잡고 화장실 다녀"): a rope's use for a stiff back
#: (d41: or pulled on to get up, "그거 잡고 당기면 수월하게 일어나져유")
GRAB_LINE = (
    r"(잡고|붙잡고|짚고|붙들고)((당기|땡기|댕기|끌어당기)(면|믄|민|모|고|서)?(수월하게|쉽게|편하게|혼자)?)?"
    r"(일어나|일어서|일어날|일어설|일어섭|다녀|걸어|화장실)"
)
#: ... said after a cord hung up, in its sentence or the next ones (the hanging rows' lookahead and the floor's partial
#: evidence; d41: "밧줄을
#: 매달아놨슈 그렇지유. 아들이 배에서 쓰던 굵은 밧줄로 매줬는디 그거 잡고 당기면 수월하게 일어나져유")
GRAB_LINE_AFTER = r"[^?!]{0,50}?" + GRAB_LINE
NOT_A_GRAB_LINE = "(?!" + GRAB_LINE_AFTER + ")"
#: Luggage, not the burden one is ("애들한테 짐 될 바에는", "짐이 되기 싫어"): a rope's or a means' everyday load
#: (d40: "어제 모아둔 약을 한움큼 쥐고 앉았었어요 이대로 정신 놓고 애들한테 짐 될바에는 싶어서요" read the pills'
#: purpose in it)
LUGGAGE = r"짐(?!(이|이나|만|밖에|으로)?(되|될|돼|됐|안되|안돼|안될|덩어리|덩이|스럽|짝|지우|주기|주고))"
# d40: money or savings right before "찾지 말라" (withdrawn, "늙은이들은 돈 찾지 말라는거지", of a bank that shut), not
# "don't look for me"
NOT_MONEY_BEFORE = r"(?<!돈)(?<!돈을)(?<!돈은)(?<!돈도)(?<!현금)(?<!예금)(?<!적금)(?<!연금)(?<!통장)"
# d40: a goodbye said and a train or a bus boarded right after ("이제 간다 잘 있어라 하고 기차 탔는데 창밖으로 계속
# 손 흔들더라고", a grandmother going home after a month at her daughter's): a journey's goodbye
SAID_AND_BOARDED = (
    r"(하고|하구|카고|캐고|하며|하면서|그러고|인사하고|손흔들고)[^.?!]{0,12}?"
    r"(기차|버스|차|비행기|배|택시|전철|지하철|케이티엑스|KTX)(를|에|에다)?(타|탔|올라)"
)
# A sweetheart or an ex (a breakup's goodbye is not the speaker's farewell to life).
_SWEETHEART = (
    r"(그사람|그녀|그남자|그여자|전남친|전여친|남친|여친|남자친구|여자친구|애인|"
    r"첫사랑|썸남|썸녀|짝녀|짝남|청춘|추억|마음)"
)
# A destination, a school or a question of where before "가는 게 낫/좋": travel, not the euphemism.
_GOING_NOT_BEFORE = (
    r"(대학|대학원|학교|유학|군대|어디|어디로|어디를|병원|여행|데이트|회사|출근|시집|장가|결혼|다가|놀러|보러|타고|걸어|"
    r"택시|버스|요양원|요양병원|양로원|시설|실버타운|복지관|경로당|시골|고향|아들네|딸네|아들집|딸집|자식집|큰집)"
    r"(는|도|을|를|에|로|으로|에는|엘)?|"
    # a compound verb of movement ("요양원에 들어가는 게 낫겠어", "시골로 내려가는 게 낫지") is a move, not going
    r"(들어|올라|내려|돌아|찾아|건너|나와|옮겨)|"
    # a going negated is staying put ("저 같은 사람은 등산 안 가는 게 나아요", "오늘은 못 가는 게 낫겠다")
    r"(안|못)"
)
#: Someone else not waking (a baby just put down), or a long sleep wished ("푹 자고 싶다 아침까지 안 깨면 좋겠어"): not
#: a wish not to wake up (d14r, and d14m for the older not-waking rows).
#: d18: what follows a spouse's name and "따라가" / "곁에 가" when it is an errand or a visit together, with no wish
#: said between ("남편 따라가 시장 봤어", "집사람 따라가서 병원 다녀왔어", "바깥양반 곁에 가서 앉았어")
_ALONG_ON_AN_ERRAND = (
    r"^(?:(?!싶|좋|으면|으믄|려|련|야|잡|고파|라도|버리).){0,10}?"
    r"(병원|시장|장에|장보|장봤|오일장|교회|성당|절에|경로당|복지관|회관|밭에|논에|산책|구경|놀러|여행|읍내|목욕|은행|앉|식당|"
    r"잔치|결혼식|모임|운동|다녀|다니|갔다왔|갔다온|갔다가)"
)
#: d23: the spouse who went first, as the passive wishes to join or envy them name them
_LATE_SPOUSE = r"(영감|남편|할아버지|할아범|할멈|마누라|아내|하르방|할망|바깥양반|집사람)"
_SLEEP_NOT_BEFORE = (
    r"(손주|손자|손녀|애기|아기|애|아이|얘|강아지|영감|남편|할멈|마누라)(가|이|는|도|들이)?(아침까지|좀|푹|계속)?|"
    r"(아침까지|낮까지|늦게까지|해뜰때까지|푹|한번도|중간에|밤새)"
)
_SLEEP_NOT_AFTER = r"^.{0,16}(재웠|재워|겨우|깰까|시끄러|푹자|꿀잠|알람|주말|일요일)"
#: death_wish.8: those the speaker's going would spare, and the ease it would bring them ("내가 죽어야 이
#: 집안이 편해지지")
_SPARED_HOUSEHOLD = (
    r"(다들|모두|애들|자식들|식구들|다|우리애들|아이들|가족들|이집안|집안|이집구석|집구석|우리집|온집안)"
)
_SPARED_EASE = r"(편하|편할|편해|편하지|행복|고생안|짐(이)?덜|속편)"
# d16p: the words that may stand before a bare wish to end or vanish (the speaker, a time, a filler, an adverb, "it
# all", one's life), and what may stand just before them: nothing, punctuation, a sentence or connective ending.
# (Not "어서": it would start the match inside "힘들어서".)
_D16P_LEAD = (
    r"(저는|나는|난|전|저도|나도|제가|내가|요즘은|요즘|요새는|요새|이제는|이젠|이제|인제|그냥|걍|진짜|정말|차라리|빨리|하루빨리|얼른|"
    r"다|모두|전부|싹|이대로|여기서|이쯤에서|이만|그만|조용히|영영|영원히|아예|흔적도없이|연기처럼|감쪽같이|어디론가|매일|"
    r"이세상에서|세상에서|이모든게|모든게|이모든것이|모든것이|모든걸|모든것을|이모든걸|내인생|이인생|인생|내삶|이삶|삶|사는것|사는게|"
    r"이생|목숨)*"
)
# (d42: or an adjective's own ending, "사는게 지긋지긋 그냥 다 끝났으면", "괴로워 그냥 다 끝났으면")
_D16P_BARE_BEFORE = r"[가-힣](?<![서고데만니까어아요다네지게야죠며면래노나여라유우오워와긋])"
_D16P_TASK_AFTER = (
    r"^[^.?!]{0,12}?(김장|장마|수술|공사|검사|치료|시험|숙제|일|청소|이사|드라마|방학|회의|빨래|농사|작업|얘기|연속극)"
)
_D16P_SHAME_AFTER = r"^(을|ㄹ)?(만큼|정도로|정도|지경)[^.?!]{0,12}?(창피|부끄|민망|쪽팔)"
#: d32: a wish said of a death or an end just named ("… 죽었으면 좋겠다", "… 멈췄으면 싶어", "… 원이 없겠다") ...
_WISH_WORD = r"[^.?!]{0,2}?(좋|싶|소원|원이|쓰겄|쓰것|쓰겠)"
#: ... or the wish left unsaid at the end of the sentence ("교통사고라도 나서 죽었으면")
_WISHED = "(" + _WISH_WORD + r"|(?=[.?!~…]|$))"
#: d33c: "not me" said after words, making them someone else's ("… 오늘이 마지막인가 싶어 울어 영감 말이여 나 말고"):
#: read by discourse.py's cue guards and the local analyzer's model raise
NOT_ME = r"(?:나말고|내말고|내가아니고|내가아이고|나말구)"
#: d33: the speaker's own end said as "this far", closed there ("나는 여기까지여", "내 인생은 여기까지다"), not a
#: walk or a task ("나는 여기까지만 걸을란다", "나는 여기까지 다 했어", "나는 여기까지 왔다")
_SELF_THIS_FAR = (
    r"(나는|난|내는|나도|내인생은|내인생도|내삶은|내삶도|내명은|내명도|이몸은|엄마는|아빠는|할매는|할배는|할미는|애비는|에미는)"
    r"(이제|인자|인제|이젠|인젠)?여기까지(여|야|다|이다|인가|인갑|인기라|이라|래|이여|인겨|인갑다|인가봐|인가보다|인것같|인거같|"
    r"인가싶|네|이네|인갑네|이구나|구나|라|이제|제|지|이지|요|예요|에요|이에요|입니다|이요|인기라|이데이|다이)"
    r"(?!했|해|하|왔|와|걸|걷|갔|봤|먹|읽|썼|외|만|도)"
)
#: ... with a blessing or a goodbye to those left ("애들아 잘 살어라", "니들은 잘 살아라", "미안하다")
BLESSING = (
    r"(잘살아|잘살어|잘살거라|잘사소|잘살아래이|잘살그래이|잘들살|잘있어|잘있거|잘있그|잘지내|건강해라|건강하거라|건강하게살|"
    r"행복하게살|행복해라|미안하다|미안해|고마웠다|고마웠어|사랑한다|용서해|건강하게커|잘커라|잘커야|잘자라라|"
    r"잘모시고|모시고살아|모시고잘살|챙기고살아)"
)
#: d34: a fire means' own everyday use, lighting the briquettes with it ("번개탄 하나 밑에 깔고 붙이면 금방 붙어")
KINDLING = r"(밑에깔|밑에다깔|밑에다가깔|밑불|불쏘시개|쏘시개|불씨)"
#: d34: a railway track or crossing; the time a train comes or passes; going out onto it (an intent)
_TRACK = r"(건널목|철길건널목|철길|철로|선로|기찻길|철둑|철도)"
_TRAIN_COMES = (
    r"(기차|열차|막차|첫차|화물차|화물열차|전철|밤차)(가|이)?(올|오는|지나갈|지나가는|들어올|들어오는|지날)(때|적에|무렵|즈음|쯤|시간)"
    r"(에|에맞춰|맞춰|맞춰서)?"
)
_ONTO_IT = (
    r"(나가볼|나갈|들어가볼|들어갈|뛰어들|뛰어들어갈|드러누울|드러누워볼|누울|누워볼)(라|란|래|려|거|꺼|겨|끼|까|테)"
)
#: d34: the late one who calls, and going after them now
_LATE_ONE = r"(영감|할배|할아버지|할아범|남편|마누라|할멈|할매|할머니|아내|집사람|그양반|엄마|어머니|아부지|아버지)"
_FOLLOW_NOW = r"(이제|인자|인제|나도|내도)(따라가야|따라갈|따라가련|따라가야겠|따라갈란|따라갈래|따라가불)"
#: d33: a life-sustaining treatment withheld and its lethal end known ("투석 안 하면 한 열흘이면 간다더라")
_LIFE_TREATMENT = r"(투석|인슐린|항암|산소|혈압약|심장약|당뇨약)"
_WITHHELD_THEN_END = (
    r"(안하면|안허면|안하믄|안허믄|안받으면|안맞으면|안먹으면|안묵으면|끊으면|끊으믄|안다니면|안가면|안가믄|그만두면)"
    r"[^.?!]{0,12}?(간다|간대|간다더|간다드|간다카|가겠|죽는다|죽는대|죽는다더|못간|못산|못살|죽는|죽을|못버티|못넘기|얼마못|오래못|끝)"
)
_TREATMENT_WITHHELD = _LIFE_TREATMENT + r"[^.?!]{0,16}?" + _WITHHELD_THEN_END
#: ... and refusing it, decided ("이제 안 갈란다", "항암 그만할란다")
_TREATMENT_REFUSED = (
    r"(안갈란|안갈래|안갈거|안갈끼|안할란|안할래|안할거|안받을란|안받을래|안받을거|그만할란|그만할래|그만할거|끊을란|끊을래|"
    r"안다닐란|안다닐래|안가련|안하련)"
)
_IDIOM_ADJ = (
    r"(더워|더버|추워|배고파|배불러|웃겨|심심해|졸려|귀찮아|피곤해|힘들어|아파|바빠|좋아|행복해|"
    r"반가워|궁금해|지겨워|답답해)(서)?"
)

# ---- concept lexicons (compositional detection) ---------------------------------------------------
# Active ideation is most often said with no suicide word: a MEANS or PLACE, a PREPARATION or a
# euphemistic GOING, co-occurring in one sentence with a PLAN, an INTENT, FINALITY or TIMING. Each
# composed rule below has an *anchor* (the pattern, which also gives its literal gate) and concept
# lexicons with weights; the anchor counts only when the weights found in its sentence window reach
# the rule's threshold. An everyday purpose (``innocent``: 농약 for the field, 연탄 for heating, 옥상
# for drying peppers, prescribed pills) cancels a combination unless a death word is there too.

# Syllables ending in ㄹ (갈, 할, 먹을, 살, 잘 …): the Korean future/volitional stem before 거/겨/끼/래/란다.
_RIEUL = "[" + "".join(chr(0xAC00 + i) for i in range(11172) if i % 28 == 8) + "]"

#: INTENT — a first-person volitional or future ending (…려고, …ㄹ 거야, …ㄹ란다, …ㄹ 겨, …ㄹ 끼다, …ㄹ까).
INTENT = Concept(
    name="intent",
    # (d17L: not 달 of "해 달라고", "와 달래": someone's request, not the speaker's intent; "매달라고" stays)
    regex=r"(려고|려구|려꼬|을라고|을라꼬|을라구)|(?!(?<!매)달)"
    + _RIEUL
    # (d40: not 끼리, "애들끼리" among the children)
    + r"(거|꺼|겨|끼(?!리)|란다|래|라고|라꼬|라구|테|게요?$|까)|"
    r"(그렇게|그리|그래)(할|하려|해야겠|하기로)|하기로(했|마음)|(먹|가|뛰|해)(야겠|야지|야제|기로)|"
    # (d20: the means carried along, "농약병은 내가 들고 간다")
    r"(들고|가지고|갖고|챙겨)(간다|갈거|갈게|가련다|갈란다|갈끼|갈겨)",
)
#: FINALITY — the end of everything, not waking, nobody knowing, "this time for real", "don't stop me".
FINALITY = Concept(
    name="finality",
    regex=r"다끝(나|날|낼|내|이|장)|끝(내|낼|날)(것|거|까|고싶|려|버리|야겠|란다|래)|(다시는|영영|영원히|두번다시)(안|못)?(깨|일어나|눈뜨|돌아)|"
    r"안깨어나|못깨어나|안깨게|편하게(가|갈|간|죽|잠들)|편히(가|갈|간|죽|잠들)|아무도(모르|모를|못찾)|"
    r"마지막(으로|이|인|일)|이번(엔|에는|만큼은)(진짜|정말|꼭)|(찾지|말리지|붙잡지|잡지)(마|말)|"
    # (d20: "찾으러 오지 마라")
    r"찾으러(오지|오덜|오들|댕기지)(마|말)|(할일|할거|할것)(은|도)?다했|"
    r"여한(이|도)?없|(나|내가|할미|할매|엄마)?없어도(굶지|잘"
    + _RUNS_ON
    + r"|되|밥|걱정|괜찮)|(다|모두)?(놔|놓아)(버리|삐|뿌|불)|"
    r"용서하고(갈|가|떠나)|"
    # d36: not to come again ("엄마는 오늘 밤 아빠한테 간다 다시 안 와", ko_train_dev_short_crisis5)
    r"다시(는)?(안|못)(와|온다|올거|올꺼|올끼|돌아와|돌아온다)(?!서|도|야|라)|"
    # d36: God's forgiveness counted on for what one will do ("농약 한 병 사서 창고에 뒀어요. 하나님이 용서하시겠지요.",
    # ko_train_blind_short96)
    r"(하나님|하느님|주님|부처님|조상님|신령님)(이|께서|도|은|께선|은요)?(다|이런나를|나를|저를)?용서(하시겠|해주시겠|해주실|하실|해주겠|하겠)|"
    # (d18: not an idiom's "죽", "약 올라 죽으려 하더라", "배고파 죽을라 캐")
    r"(?<!올라)(?<!올라서)(?<!배고파)(?<!웃겨)(?<!더워)(?<!추워)(?<!심심해)(?<!졸려)(?<!바빠)(?<!배불러)(?<!속터져)(?<!미워)"
    # (d20: nor "숨 막형 죽을 거 닮아도" (feels like dying), an intensity)
    r"죽(으려|을려|을라|으러|어버|어불|어삐|어뿌|으면|을거(?!(같|닮|겉|맹키로|마냥))|을까|자고|고싶|는게)|목숨|세상(을)?(뜨|떠나|하직)",
)
#: DEATH — words that override an everyday purpose (a subset of finality, plus death itself).
DEATH = Concept(
    name="death",
    # (d20: not an idiom's "죽", "웃겨 죽는 줄 알았다", "속 터져 죽겄어", "귀여워 죽겠어": the purpose stays a purpose)
    regex=r"(?<!웃겨)(?<!우스워)(?<!배고파)(?<!더워)(?<!추워)(?<!심심해)(?<!졸려)(?<!바빠)(?<!배불러)(?<!속터져)(?<!미워)"
    r"(?<!귀여워)(?<!예뻐)(?<!이뻐)(?<!좋아)(?<!궁금해)(?<!보고싶어)(?<!간지러워)(?<!창피해)"
    r"죽(으|을|어|는|고|자)(?!(거|것|게)(같|닮|겉|맹키로|마냥))|목숨|안깨어나|못깨어나|(다시는|영영|영원히)(안|못)?(깨|눈뜨)|"
    # (d27: not waking told as foreseen, with no one to come, "아침에 안 일어나도 찾지 마래이")
    r"(안|못)(일어나|깨어나|깨)(도|더라도|거든)(찾지|깨우지|놔두|놔둬|그냥둬|신경쓰지|걱정하지|오지)|"
    r"편하게(가|갈|간|죽)|편히(가|갈|간)|"
    # (d22: "추석 쇠고 딸 올라가불믄 그때는 나도 홀가분허게 갈라고"; not a trip taken light, "짐 줄여서 홀가분하게
    # 여행 가려고")
    r"홀가분(하|허)?(게|히)(가|갈|간)(?![^.?!]{0,10}?(여행|놀러|구경|다녀|갔다|왔다|온다|올게|올께|와야|올라고|놀다))|"
    r"아무도(모르|모를)|다끝(나|날|낼)|끝(내|낼)(고싶|려|버리|야겠|란다)|저세상|저승",
)
#: TIMING — a near, chosen moment.
TIMING = Concept(
    name="timing",
    regex=r"오늘(밤|저녁|새벽)|내일|모레|이번주|이번달|이달|월말|주말|(기일|제삿날|제사날|생일날|그날|동짓날|백일날|백일되는날)(에|로|맞춰|지나|까지)?|"
    r"(지나|끝나)(면|믄|거든)|며칠(안|뒤|후)|곧|조만간|(밤|새벽)(에|엔|이면)|(안|전)에",
)
#: PLAN — reconnaissance, deciding and obtaining (알아봤어, 생각해 뒀어, 사 놨어, 정했어, 맞춰서).
PLAN = Concept(
    name="plan",
    regex=r"알아(봤|보|놨|뒀)|(봐|생각해|정해|구해|사|사다|마련해|준비해|챙겨)(뒀|놨|놓|두었)|정했|맞춰서|날(을|짜)?(잡|받)|"
    r"(올라|가|다녀)(가)?봤|갔다왔|다녀왔|(보고|보러)(왔|갔)|준비(했|다)",
)
#: RECON — checking a lethal place: whether it is open, how deep or high, how to get there, looking down.
RECON = Concept(
    name="recon",
    # (d17L: not a home, a café or a spot described by its view, "한강이 내려다보이는 아파트로 이사 갔어")
    regex=r"열려(있|있는|있나|있더|있던)|열리는지|열렸(나|는지|더)|"
    r"내려다(보(?!이는(집|방|아파트|카페|식당|찻집|호텔|펜션|숙소|자리|동네|언덕|정자|전망대|객실|베란다|거실|창))|봤|봐)|깊은(데|디|곳|덴)|(깊이|높이)(?!고|었|였|어서|기로|는|려)(가)?|얼마나(깊|높)|어딘지(내가)?(다)?알|"
    # (d26: whether its door is kept locked, asked: "혹시 우리 아파트 옥상 문 평소에 잠가 둬요?")
    r"잠가(둬|뒀|놔|놓)(요|나|냐|유|어요|있)|잠겨(있나|있냐|있어요\?|있는지)|잠그(나요|나|냐|는지)|"
    # d29: the water's depth noted where one goes ("저수지 둑길에 요새 자주 가봐 물이 깊더라고", "물이 깊드랑께")
    r"물(이|은|도)?(참|엄청|꽤|제법|생각보다|억수로|징허게|디게|되게|겁나)?깊(더|드|데|던|네|구나|습디|드만)|"
    # (d36: a deep pool's place looked out, "골짜기 물 깊은 소에 자리 봐놨드래요", ko_train_dev_short_crisis5)
    r"물(이)?깊은(소|데|곳|디|웅덩이)[^.?!]{0,6}?(자리|데|곳)?(를|도)?(봐놨|봐뒀|알아놨|찾아놨)|"
    r"노선|가는길(을)?(알아|봐)|"
    # (d36: a railing's height heard, "거기 난간이 낮다던데", ko_train_dev_short_crisis4)
    r"난간(이|은)?(낮|높)(다|더|대|던|데|드)|(몇번|무슨|어느)(버스|차|지하철|전철)(를|을)?(타면|타야|타믄|타모)(가|갈|되)|몇층|뛰어(들|내)|몸을던|(빠지|들어가|걸어들어가)(면|믄|민|불|버|뿌|삐|려|젠|젱)|(빠져|들어가)(불|버|뿌|삐)",
)
#: SEAL — sealing a room (charcoal, briquettes, gas).
SEAL = Concept(
    name="seal",
    regex=r"(문|창문|방문|창)(을|도)?(꼭|다|꽉|꼭꼭)?(닫|잠그|잠궈|막)|틈(에|을|도|까지|에다|에다가)?(다|꼭|꽉|싹)?(막|테이프)|테이프(로|를|도)?(다|꼭|꽉|싹)?(붙|막|발라)",
)
#: STOCKPILE — pills kept back or gathered (모아 놨어, 약국 돌면서, 안 먹고 모았어).
STOCKPILE = Concept(
    name="stockpile",
    regex=r"모아|모았|모은|모으|모태(?:놨|뒀|놓|두)|사모|쌓아|숨겨|감춰|구해(놨|뒀|놓)|약국(을|을여러|여러|몇|두|세)?(돌|군데|곳)",
)
#: OVERDOSE — a quantity question or taking a supply all at once.
OVERDOSE = Concept(
    name="overdose",
    # (d17s: nor the daily handful hard to get down, "약이 너무 많아져서 한번에 털어넣기도 힘드네요"; d17m: nor a dose
    # question, "한꺼번에 먹어도 되는지")
    # (d36: nor one believed taken by mistake, "약통이 비어서 한꺼번에 다 먹은 줄 알고 식겁했어요",
    # ko_train_blind_short98)
    regex=r"(한번에|한꺼번에|한목에|단번에|한방에|한참에|몽땅|전부|왕창|한입에)(다)?(먹|삼키|삼켜|털어|묵)(?!(으면|면|어도|고)?(안(되|돼|된|됨)|큰일|위험|절대|못써)|어도(되|돼|괜찮|상관)|은줄|은걸로|었나싶)"
    r"(?!(넣|어넣)?(기|는게|는것|는거)(도|가|는|조차|이)?(힘들|힘드|힘든|어렵|어려|버겁|벅차|겁나|일이))|"
    # a number of pills, not a dose asked ("이 약 몇 알 먹어야 돼요", "한 번에 몇 알씩"; d14p)
    r"몇(알|봉지|통|개)(이나|을|를|만)?먹(?!(어야|으면|는지|나요|노|나|을까|어요|어도|을지)?"
    r"(돼|되|하|해|좋|나아|낫|나을|효과|맞|괜찮|드시|잠|잘|아침|저녁|하루|식후|식전|안깨고|푹|중간에|\?))|"
    # a quantity asked, not a dose for getting better ("이 약 얼마나 먹으면 나아요"; d14m)
    r"얼마나(먹어야|먹으면|삼켜야)(?!.{0,4}(나아|낫|나을|좋아|효과|괜찮|듣|잠이|잘수|살이))",
)
#: PREPARATION — settling affairs and farewell acts, meaningful with finality or going (not alone).
PREPARATION = Concept(
    name="preparation",
    regex=r"영정|수의|장례(비|비용|치를|할돈|쓸돈)|"
    + _NOTE
    + r"|(통장|도장|보험|비밀번호|집문서|땅문서)[^.?!]{0,12}?(정리|넘겨|맡겨|"
    + _LEFT_IN_KEEPING
    + r"|적어|알려|넣어)|"
    r"(강아지|개|고양이|괭이|화분|닭|새)[^.?!]{0,8}?(맡아줄|맡길|맡겼|데려갈|키워줄|부탁해)|(집|살림|가게|땅)(도|을|은)?(내놨|팔았|처분)|"
    r"(줄거|줄것|물건|살림|패물|반지)(은|도|을|들)?(다|전부|싹)?(줬|나눠|처분)|(다|전부|싹|주변|신변|뒷)정리(했|해놨|해뒀|됐|끝|하고|해서)|"
    r"편지(를|도|랑|하고)?[^.?!]{0,16}?(써놨|써뒀|썼|넣어|남겨)",
)
#: GOING — "going", "leaving", "disappearing" said with intent, the euphemism for dying.
GOING = Concept(
    name="going",
    regex=r"(?<![로네러집])(?<!(?<![안전밤날말주때침녁벽중후뒤])에)(갈|떠날|없어질|사라질)(거|꺼|겨|끼|란다|래|라고|라꼬|테|게)|(가|떠나|없어지|사라지)(려고|려구|려꼬)|가(버|부|삐|뿌)(릴|린다|려고)|"
    # d33c: the dialects' -버리 with an intent ("나는 인자 가불라고 맘 묵었어", ko_train_blind_short88)
    r"(?<![로네러집])(?<!(?<![안전밤날말주때침녁벽중후뒤])에)가(불|뿔|삘)(라고|라꼬|란다|래|라요|랍니다)|"
    # d33 (probes): Jeju's -쿠다 (-겠습니다), "이젠 가쿠다 다 정리했수다"
    r"(?<![로네러집])(?<!(?<![안전밤날말주때침녁벽중후뒤])에)(가|떠나)(쿠다|크라|쿠게)",
)
#: DEATH CONTEXT of a person the speaker would "go to" (제삿날, 기일, 산소, 먼저 간 …).
DEAD = Concept(
    name="dead",
    regex=r"제삿날|제사날|제사|기일|산소|돌아가신|먼저(간|가신|떠난)|하늘나라|저세상|보내고|간지|떠난지|세상떠난|장례",
)

JOINING = Concept(name="joining", regex=r"(나도|내도|나두|저도)")
#: A decision about the day (정했어, 맞춰서, 날 잡았어).
DECISION = Concept(name="decision", regex=r"정했|정해(놨|뒀)|맞춰(서)?|날(을|짜)?(잡|받)|그날로|그날에")
#: A wish to be gone or dead, as context for a stated plan ("방법은 다 생각해 뒀어").
WISH_CONTEXT = Concept(
    name="wish_context",
    regex=r"죽|없어져(야|야지|야겠|버리)|없어지(면|고싶|는게)|사라지|없는게(낫|나아|편)|끝내|끝나|목숨|세상|가야(지|제|겠)|갈(거|꺼|란)|"
    # (d33 probes: no strength left to hold on, "이제 더 버틸 힘도 없고 방법도 알아봤어")
    r"버틸(힘|기운)(이|도)?(없|읎|웂)|더는못버티|못버티겠|못버티겄|살기싫|살고싶지|"
    # (d36: going of one's own accord, as a favour to the family, "내가 먼저 알아서 가 줄 거야")
    r"(알아서|먼저|스스로)가(줄|줘야|주께|줄게|줄께|주꾸마|줄라|주마|줘야지|줄란다|주꼬마)|"
    # (d36: "내가 알아서 가는 게 맞는 겨", ko_train_dev_short_crisis6)
    r"(알아서|먼저|스스로)가는(게|기|것이|거이)(맞|낫|옳)",
)
# d17L: a view admired or an outing by the water ("바다가 쫙 내려다보이는 게 아주 끝내줘", "바닷가 커피 거리에 갔다
# 왔드래요"), with nothing in the window of an act, of ease or of an end (its ``^`` is the window's start: the whole
# window is read for them, before and after the view).
VIEW_ADMIRED = (
    r"^(?![^.?!]*?(뛰어|뛰들|뛰내|떨어지(면|믄|고|ㄹ|려)|떨어질|들어가(면|믄|민|불|버|뿌|삐|고싶|고잡|ㄹ까|려|볼)|들어갈|빠져|"
    r"빠지(면|믄|고싶|려)|빠질|끝나|끝내(?!주|줘|줬|준)|끝이|몸을|편하|편해|편안|편히|시원하|무섭지|안무섭|한발|발짝|마지막|아무도|"
    r"죽|저승|갈까|갈거|갈꺼|갈란|갈래|가야지|가야제|가면좋|가믄좋|혼자|다시갈|또갈|가볼|가봐야|내디|건너가|포기|그만뒀|말았))"
    r"[^.?!]*?"
    r"(경치|풍경|전망(?!대)|절경|야경|경관|단풍|일출|일몰|노을|해넘이|끝내주|끝내줘|끝내줬|장관|멋있|멋지|멋져|멋졌|"
    r"카페|커피|찻집|바리스타|바리스따|"
    # d19: the relief a view gives ("바당 내려다보민 속이 뻥 뚫려", "가슴이 확 트여")
    r"속이(뻥|확|다|좀|시원하게)?뚫|가슴이(뻥|확|다|좀)?(뚫|트)|숨통(이)?(트|틔))"
)
#: d40: old times remembered where one looks ("다리 위에서 강 내려다보니까 옛날 생각이 나더라고"): the place row's
#: purpose, so kept only in a text with no wish, hopelessness or goodbye (a wish to follow the late wife after it
#: keeps the hit); the ideation gate's place cue alike, in its clause
#: (d41: or childhood, one's own or the children's, "우리 애들 어릴 적 생각이 나 한참 내려다보다가")
REMEMBERED = (
    r"(옛날|옛|예전|젊을때|젊었을때|어릴적|어릴때|어렸을때|어린시절|클때)(생각|일)(이|도|만)?(나|났|떠오르|떠올랐)"
)
#: d35: the heat that makes the water inviting ("더운데 저 강물 보니 저기 들어가면 좋겠다", "너무 더워서 저수지에
#: 들어가면 시원하겠다"), with no end, no staying under and no death said after it in the sentence (an everyday place
#: for the rows and for the model's gate)
HEAT_DIP = (
    r"(더운데|더워서|더워가|더버서|더바서|더버가|무더워|무더운|무덥|덥길래|더우니|땀(이|을|범벅)|시원하(겠|ㄹ|게|다|고)|시원허|시원할|"
    # (and the breeze there, "다리 난간에 서서 강물 내려다보면 바람이 시원해서 좋아", ko_train_dev_long_tricky2)
    r"바람(이)?(시원|선선)|시원해서|시원해가)"
    r"(?![^.?!]*?(끝|몸을|영영|다시는|안나오|안나올|못나오|가라앉|마지막|죽|저승|뛰어|떨어지면|한발))"
)
# Everyday purposes of the means (cancel a combination unless a death word is present).
INNOCENT_PLACE = Concept(
    name="innocent_place",
    # (d23: not a look "for the last time", "구경 좀. 마지막으로 한 번.")
    regex=VIEW_ADMIRED
    + r"|빨래|이불|고추|화분|텃밭|장독|운동|산책|바람(쐬|쏘)|구경(?!.{0,8}?마지막)|놀러|여행|유람|낚시|"
    r"(?<!깨)회(?!사)|수영|해수욕|꽃|불꽃|해돋이|일출|"
    r"사진|이랑|하고같이|랑같이|친구들|모임|관광|드라이브|공원|캠핑|피서|물놀이|공사|청소|수리|관리|조심|위험하|빠질까봐|"
    r"들어가지마|금지|보러|일하|출근|택시|동네|손주들|증손주|안심|"
    # d19: the hill's work and gathering ("뒷산에 장작 패러 간다", "고사리 꺾으러")
    r"장작|땔감|나물|고사리|도토리|밤주|약수|"
    # d27: the fisherman's work ("배 끌고 나갔다 왔다 … 고기 좀 잡았제 … 내일도 물때 맞차 나갈끼다")
    # (not the tide, which a diver's crisis names too: "이번 물때 맞촹 바당에 혼자 들어가쿠다")
    r"고기(를|도|좀|는)?(잡|낚)|그물|통발|조업|"
    # a diver's work at sea (d16s: "물질허레 바당에 들어가믄 세 시간은 안 나와"), not a foreign body (이물질) or 물질적
    # (d23: not the work given up, "숨이 차낭 물질도 못 허여")
    r"(?<!이)물질(?!적)(?!(도|은|는|을|을랑)?(못|안|그만|접|관두))|해녀|잠수|" + HEAT_DIP + r"|"
    # d35 (probes): the height feared ("옥상에서 내려다보면 아찔해 다리가 후들거려"; the breeze enjoyed there is
    # HEAT_DIP's), not the fear that brought one down from an attempt ("베란다 난간에 올라 갔다가 다리가 후들거려서
    # 그냥 내려왔지")
    r"(아찔|어질어질|다리가후들|오금이저)(?![^.?!]*?(내려왔|내려와|내려오|못뛰|못했|못하고|그만뒀|포기|겁쟁이|겁이많))|"
    # (d20: … and what is gathered there, "얕은 바당에서 보말 잡는 건 좋아해")
    r"보말|소라|전복|성게|해삼|미역|톳|조개|바지락|굴따|숨비|"
    # a funeral wish: ashes scattered at sea or on a river (d13p: "내가 죽으면 화장해서 바다에 뿌려 달라고 했어")
    r"화장해|화장하|화장을|유골|뼛가루|뿌려(달|주|줘|도)|수목장|납골|"
    # the water risen after the rain, looked at for the fields (d16s: "다리 우에서 내려다보니까 강물이 억수로 불었데 …
    # 우리 논은 괜찮은가"): the flood, the paddy or the crop is what is watched, with no jump or going in said after it
    r"((물|강물|냇물|개울물)(이|도)?(많이|마이|억수로|엄청|하도|꽤)?(불었|불어났|불어가|불어서|넘쳤|넘칠|넘치|차올랐|찼더|흙탕)|"
    r"불어난|장마|홍수|큰물|범람|(?<![아어놔해모])논(은|이|에|물|두렁|둑|농사)|모내기|농사)"
    r"(?![^.?!]*?(뛰어|뛰들|들어가(면|믄|불|버|뿌|삐|고싶|ㄹ까)|들어갈|빠져(불|버|뿌|삐|죽)|빠지(면|믄|고싶)|끝나|끝내|몸을))",
)

INNOCENT_PILLS = Concept(
    name="innocent_pills",
    regex=r"처방|의사|선생님이|병원에서|약사|칸칸|약통에|헷갈|빼먹|잊어버|깜빡|챙겨먹|꼬박꼬박|제때|하루(한|두|세)번|식후|식전|"
    r"아침저녁|반알|한알씩|먹으니까|잘자|잘와|효과|부작용|줄여|끊었|끊으|반납|갖다버|내다버|가져다버|다버렸|쓰레기|폐기|수거|유통기한|부터|물떠|"
    # (d25c: help sought for the sleeplessness, "약국에 수면제 달라 했더니 병원 가라대 그래서 다음 주 정신과 예약했어")
    r"정신과|신경정신과|예약했|진료받|상담받|"
    # (d39: taken for sleep that still comes short, or only with them: "수면제를 주긴 하는데 먹어도 서너 시간이야")
    r"먹어도[^.?!]{0,6}?(서너|두세|네다섯|너댓|몇|한두|세|네)시간|먹어도잠(이|을)?(안|못|잘안)|먹어야(만)?(잠|자)|"
    # (d33: taken back to the pharmacy, "안 먹는 거 약국에 갖다주려고 모아둔 거야", ko_train_blind_short82)
    r"(약국|보건소)(에|에다|에다가)?(갖다|가져다|돌려)|"
    # (d35 probes: someone else's medicine to be seen to, "마지막으로 한 번 더 부탁할게 영감 약 좀 챙겨줘 내가 내일
    # 병원 가거든")
    r"(영감|남편|아내|마누라|할멈|할배|할매|아버지|어머니|손주|강아지|애기)(의)?약(?!국)|약(좀|을|도)?챙겨(줘|주|드)",
)

#: d38: the harvest hung on a rope to dry (a rope's chore: ``means_hanging.2``, ``INNOCENT_MEANS``, the ideation gate)
HARVEST_HUNG = r"곶감|시래기|고추|메주|무청|굴비"

#: d38: a way or a vehicle to a place ("편하게 가는 길 … 병원 가는 버스"): the way is the trip's
_TRAVEL = r"(버스|기차|지하철|전철|택시|병원|시장|터미널|공항|네비|내비|고속도로|국도|환승)"

INNOCENT_MEANS = Concept(
    name="innocent_means",
    regex=r"밭|논|고추|과수|벌레|진딧물|해충|병충해|방제|뿌리|뿌릴|뿌렸|뿌려|치러|치려|칠거|칠려|쳐야|칠라|칠꺼|칠끼|칠겨|살포|농사|잡초|쥐가|쥐잡|바퀴|모기|난방|겨울|보일러|아궁이|"
    r"구들|구워|굽|꿉|꾸워|꾸버|고기|삼겹|목살|갈비|꼬치|소시지|캠핑|바베큐|바비큐|장어|생선|요리|부엌|반찬|김장|손질|썰|깎|과일|빨래|이삿짐|"
    + LUGGAGE
    + r"|묶|포장|택배|박스|"
    r"청소|소독|화장실|가스레인지(?!호스)|가스비|가스요금|가스검침|고치|수리|점검|안전|교체|갈아|낡아|"
    # d17f: pesticide as a residue on food ("농약 잘 안 씻어서", "잔류 농약", "무농약")
    r"안씻|씻어|씻고|씻은|잔류|무농약|유기농|친환경|검출|"
    # d38: a rope for the harvest to hang and dry, said with the rope ("메주 매달라고 끈 사다 놨어 이번 주에 쑬
    # 거야"), not the harvest alone in the window ("메주는 쑤어서 매달아 놨다 … 할머니 찾지 마라 헛간에 제초제",
    # ko_train_blind_long6)
    r"(" + HARVEST_HUNG + r")[^.?!]{0,8}?(매달|말리|말릴|엮)[^.?!]{0,6}?(끈|줄|새끼)",
)

INNOCENT_GOING = Concept(
    name="innocent_going",
    regex=r"여행|놀러|구경|마실|이사|출장|병원|시장|장보|모임|결혼|잔치|생일|칠순|팔순|행사|교회|성당|절에|산책|딸네|아들네|친구|"
    r"같이|이랑|버스|기차표|표|예약|다녀올|갔다올|올게|오께|금방|고향|시골|서울|경로당|복지관|회관|학교|집에|밭|논|"
    r"산소|성묘|제사지내|목욕|미용실|은행|약국|사진관|찍어|봉사|무료|면회|문병|병문안|"
    # d33 (probes): an outing's errand ("저수지에 낚시 갈 거야")
    r"낚시|등산|캠핑|물놀이|해루질|나물캐|고사리|"
    # d26c: coming again named ("담주에 또 올라 올랑께", "다음 달에 다시 올게")
    r"(담주|다음주|다음달|담달|내일|모레|주말)(에|엔)?(또|다시)",
)

INNOCENT_PREP = Concept(
    name="innocent_prep",
    regex=r"복지관|봉사|무료|찍어줬|찍어준|공증|변호사|법무사|상속|재산|보험설계|미리(해두|해놓|해놔)|칠순|팔순|생일|선물|축하|"
    r"이사|여행|바자|기부|재활용|수거|결혼|입학|졸업|다들그래|남들|딸네|아들네|되면|하러|은행|동사무소|주민센터|"
    r"증여|세무사|세금|절세|"
    # d35 (probes): a stay in hospital ("통장 비번 알려줄게 엄마 병원 입원하는 동안 엄마 없어도 밥 잘 챙겨 먹어")
    r"입원하는동안|입원해있는동안|수술받는동안|병원에있는동안|출장|"
    # d25: burial clothes sewn in a leap month, which the custom says lengthens life ("윤달에 해두믄 오래 산다")
    r"윤달|윤월|오래산|오래살|장수|"
    # d38: a move into a retirement home ("이번달 말에 실버타운 들어간다 가구는 다 정리했고", ko_train_k); not a
    # care home (요양원), where as often a spouse goes ("집사람 요양원 들어가고 나서는 … 떠날 준비를 다 해뒀어")
    r"(실버타운|양로원)(으로|에)?(들어가|들어간|들어갈|입소)(?!기싫|기는싫|긴싫|느니|지않|기전|라|래)",
)

ATTEMPT_TOLD = Concept(
    name="attempt_told", regex=r"(실수|사고)(가|는|도)?아니(었|였|야|여|라)|일부러(먹|마셨|그랬|그런)"
)

RESCUED = Concept(name="rescued", regex=r"응급실|위세척|실려(갔|가|왔)|119")

INNOCENT_PLAN = Concept(
    name="innocent_plan",
    regex=r"여행|이사|결혼|잔치|칠순|팔순|생일|수술|병원|입원|검사|모임|김장|제사|장보|농사|파종|모내기|요리|만드는|담그는|"
    r"가는방법|타는방법|하는방법|쓰는방법|노후|연금|적금|보험|"
    # d38: a visit to someone ("손자 군대 간다 카니 걱정돼 죽겠다 … 면회 갈라꼬 날 잡았다", ko_train_i)
    r"면회|마중|배웅",
)

INNOCENT_JOIN = Concept(
    name="innocent_join", regex=r"산소에|성묘|납골|병원|면회|요양원|집에|네집|놀러|갔다올|다녀올|데리러|마중|모시러"
)

# "I" going toward another place or person: a destination right before the verb is not the euphemism.
_DESTINATION = (
    r"((?<![안전밤날말주때침녁벽중후뒤])에|에다|에게|으로|(?<![그날대])로|한테|께|러|네|집|구경|여행|마실|산책|목욕)"
    r"(도|는|좀|같이|혼자|다시|또|한번|먼저|얼른|빨리|꼭|다)*"
)
_MEANS_PLACE = (
    r"(옥상|난간|아파트꼭대기|꼭대기층|대교|다리위|다리난간|한강|강물|강가|바닷가|바다|바당|저수지|호수|방죽|둠벙|댐|"
    r"철길|철로|선로|기찻길|건널목|절벽|낭떠러지|벼랑|"
    # (d36: the underground's platform edge, "지하철 승강장 끝에 한참 서 있다가 그냥 왔어요",
    # ko_train_dev_short_crisis5)
    r"승강장|플랫폼|스크린도어)"
)
_MEANS_PILLS = (
    r"(수면제|수면재|수면유도제|잠오는약|잠약|잠드는약|안정제|신경안정제|진통제|알약|약봉지|약봉투|"
    # (d25g: not a pledge or a weakness, "장기기증 서약했어", "몸이 약했어")
    r"약(?<![예절계요공조특협치]약)(?![속간국사하해점초과했])(을|을다|은|들|이|도|만|두|한|봉지|통)?)"
)
_MEANS_FUMES = r"(번개탄|숯|연탄|부탄가스|가스(?!스로))"
_MEANS_OTHER = (
    # (d36: bleach and the like, "화장실 락스 한 통 다 마셔버릴라고 뚜껑까지 땄어요", ko_train_dev_short_crisis5)
    r"(농약|제초제|살충제|그라목손|쥐약|독약|청산가리|락스|표백제|부동액|빙초산|밧줄|노끈|넥타이|허리띠|전깃줄|"
    r"끈(?<![빨랫]끈)(?![기질적])|면도칼|커터칼|칼(?<!부칼)(?![국슘로리]))"
)


# d14fc: everyday purposes that excuse a means only in a text with no excuse (``purpose_after`` / ``purpose_before``).
#: A kitchen, a field or a workshop named right after a wrist cut ("손목에 칼자국 같은 게 났는디 김장하다 무 썰다가 베인
#: 거여"): an accident at work, not self-harm, unless it is denied ("김장하다 그런 거 아니고 내가 그었어").
_KITCHEN_CUT_AFTER = (
    r"^[^.?!]{0,20}?(김장|무썰|썰다|썰다가|썰고|칼질|요리|부엌|주방|손질|도마|설거지|깎다|깎다가|다듬|베였|베인|베여|비었|"
    r"낫질|톱질|작업하다|일하다)(?![^.?!]{0,10}?(아니|아녀|아냐|아이다|아이고|아입))"
)
#: More occasions a letter is written for ("어버이날이라 손주들한테 편지 썼어"; farewell.6).
_LETTER_OCCASION = r"생신|어버이날|스승의날|명절|설날|추석|크리스마스|성탄|새해|환갑|칠순|팔순|구순|기념일|입대|전역"
#: d40: a first letter, written after learning to write late (the letter rows and the ideation gate)
FIRST_LETTER = r"처음으로|난생처음|한글"
_LETTER_NOT_BEFORE = r"(생일|축하|선물|입학|졸업|결혼|카드|" + FIRST_LETTER + "|" + _LETTER_OCCASION + r")[^.?!]{0,30}"
_LETTER_NOT_AFTER = r"^.{0,20}(생일|축하|선물|입학|졸업|결혼|카드|" + _LETTER_OCCASION + ")"
#: d42: "it is not (for that)", said of a means' or a place's purpose (``means_other_plan.d42b``); not the same purpose
#: confirmed by a question ("고기 구울라고 산 거 아니야?", "… 아니냐", "… 아니지"). The act's own denial, narrower than
#: the discourse's ``_DENIAL`` of a purpose gone (whose "안 하니" would read "농약 밭에 하는 거 안 하니까 남았어").
_PURPOSE_DENIED_HERE = r"(아니|아녀|아냐|아이다|아이고|아닌|아이라)(?![가-힣]{0,3}[?？])(?!냐|니|지|잖|제)"
#: A charcoal or a briquette named for the grill right before it ("캠핑 가서 쓸 번개탄", "고기 구울 숯"): its everyday
#: purpose, said first.
_FUMES_PURPOSE_BEFORE = (
    # (d41: used up, left behind by campers, "고기 구운 숯이랑 다 쓴 번개탄까지 그냥 두고 가")
    r"(다쓴|쓰고남은|쓰다남은|타고남은|타다남은|다탄|불꺼진)$|"
    r"(캠핑|바베큐|바비큐|고기|삼겹|갈비|장어|꼬치|숯불|마당|캠프)[^.?!]{0,10}?(쓸|구울|꿉을|피울|구워먹을|꿉어묵을|구워줄|"
    r"굽는데쓸|쓰는|쓰려는|피우는)(용)?(거|것)?(로|으로)?|"
    # d19: bought with the meat, on one shopping list ("삼겹살 두 근, 목살 한 근, 번개탄 두 봉지")
    r"(삼겹|목살|갈비|고기|장어|꼬치|소시지|오겹|항정|등심|닭|조개|새우)[^.?!]{0,10}?(근|팩|봉지|개|마리|kg|키로|인분|판|접시)"
    r"(,|이랑|하고|랑|에|도)?$|"
    # d19: the grilling said as its purpose right before ("마당에서 돼지고기 구워 먹을라구 번개탄도 한 박스 사다 놨어")
    # (d35: "고기 구울라고 숯이랑 번개탄 사다 놨어요", the charcoal named first, ko_train_blind_short94)
    r"(고기|삼겹|갈비|목살|장어|꼬치|조개|소시지|마시멜로)[^.?!]{0,10}?(구워|굽|꿉|꾸워|구울|꾸울|꿉을)[^.?!]{0,4}?(먹|묵)?"
    r"(을라구|을라고|을라꼬|으려고|으려구|을려고|려고|려구|라구|라고|라꼬|자|자고|세|을까)(숯|참숯|숯불)?(이랑|하고|랑|도|과|와)?|"
    # d31: the grilling planned a clause before ("옥상서 주민들이랑 삼겹살 구워먹기로 함ㅋㅋ 숯이랑 번개탄은 내가 …")
    r"(삼겹|목살|갈비|고기|장어|꼬치|조개|소시지)[^.?!]{0,6}?(구워|굽|꿉|꾸워)(먹|묵)?(기로|자고|을거|을꺼|을라)[^.?!]{0,10}|"
    # d19: the grill's fire to light ("화로에 불 피울라고 번개탄 한 봉지")
    r"(화로|숯|숯불|석쇠|그릴|고기|장작|난로)(에|에다|을|를)?(불)?(을|를)?(피울|붙일|지필|피우)(라고|라구|라꼬|려고|려구)"
)


#: d32 (probes): a number written down for one's own memory, the words that say so ("통장 비밀번호 적어 놨다 잊어버릴까
#: 봐", "… 은행 갈 때 보려고"), the commonest reason the old give; not when a handing on or a going follows in the
#: sentence ("… 잊어버릴까 봐 니가 알아서 해라 난 이제 간다"). The gate's reading of the same turn
#: (``ideation_gate._NOTED_TO_REMEMBER``) uses these words after the number.
NOTED_FOR_ONESELF_WORDS = (
    r"((잊어버릴까|잊어뿔까|잊아뿔까|잊을까|까먹을까|까묵을까|깜빡할까|깜박할까|헷갈릴까|안잊어|안까먹|안까묵)|"
    r"(은행|에이티엠|ATM|현금인출|인출기)[^.?!]{0,8}?(볼라|보려|볼려|헤매지|안헤매|안헷갈))"
    r"(?![^.?!]{0,40}?(니가|너가|니들|너희|느그|너거|알아서|써라|쓰라|찾아가|찾아써|간다|갈게|갈께|갈란다|가련다|미련))"
)
#: ... right after the number (``preparation_affairs.1b``'s ``not_after``)
NOTED_FOR_ONESELF = r"^[^.?!]{0,16}?" + NOTED_FOR_ONESELF_WORDS
#: d31: someone else named right before a wish, as its subject ("그 양반은 왜 안 죽나 몰라", "건넛집 할매가 정신 있을 때
#: 가야 된다꼬")
_SOMEONE_NAMED_BEFORE = (
    r"(그양반|저양반|그사람|저사람|그노인|영감|할멈|할배|할매|남편|마누라|시어머니|시아버지|아들|딸|며느리|사위|형님|동생|언니|오빠|"
    r"누나|그놈|저놈|그년|(옆집|앞집|건넛집|윗집|아랫집)[가-힣]{0,3})(은|는|이|가|도)?[^.?!]{0,4}$"
)


#: d36: how a method is heard to go, closing the words that say it ("굶어서 가는 기 제일 조용하다 카대", "거서 뛰내리믄
#: 금방이라 카더라"): the speaker's own knowing, taken into the hit so that the hearsay ending is not read as someone
#: else's act told
HEARD_SAID = r"([가-힣]{0,3}(카대|카더라|카드라|카데|하더라|하대|드래요|드라|더라|대요|답디다))?"


#: Going with the spouse on the day they die ("그이 가는 날 나도 같이 갈 생각이에요", "영감 떠나는 날 나도 따라갈
#: 거여"): the joining of the dead, timed on a death to come. Not the spouse's outing: an errand named between the
#: two words breaks it ("영감 병원 가는 날").
JOIN_THE_DYING = (
    r"(그이|그사람|영감|남편|할멈|마누라|아내|집사람|그양반|우리양반|애아버지|애아빠|바깥양반|할아버지|할머니)(님)?(이|가)?"
    r"(가는|가시는|떠나는|떠나시는|죽는|눈감는|눈감으시는|숨거두는)날[^.?!]{0,8}?"
    r"(나도|저도|나두|저두|내도)(같이|함께|따라|뒤따라)?"
    r"(갈|가려|가야|가련|갈라|떠날|따라갈|따라가)(생각|거|꺼|끼|겨|것|란다|래|라꼬|고|구|지|제|겠|겄)?"
)

#: d21/d22: where shoes taken off and left mean a death is near (a bridge, a roof, a cliff, the water) ...
_SHOES_PLACE = r"(다리위|다리우|다리난간|대교|난간|옥상|절벽|낭떠러지|벼랑|방파제|저수지|강둑|강물|한강|바다|바당|호수)"
#: ... the shoes themselves, set down (neatly side by side is how such a death is found in Korea) ...
_SHOES_OFF = r"신발(을|은|도|만|들)?(가지런히|나란히|잘|딱)?"
#: ... and not at work, on an outing, at play or paddling
_SHOES_NOT_BEFORE = (
    r"(공사|작업|수리|청소|사진|구경|관광|산책|낚시|해녀|물질|수영|물놀이|해수욕|해변|모래|피서|휴가|여행|놀러|"
    r"갯벌|조개|발담|족욕)[^.?!]{0,40}$"
)

PATTERNS: tuple[CrisisPattern, ...] = (
    # ---- active: thoughts of killing oneself (C-SSRS 2) ----------------------------------------
    CrisisPattern(
        id="suicidal_thoughts.1",
        kind=PatternKind.ACTIVE,
        code="suicidal_thoughts",
        label_ko="자살 생각",
        label_en="thoughts of suicide",
        guard_class=GuardClass.DESIRE,
        regex=r"자살(하고싶|하고잡|할|하려|하러|해야|해버리|하고말|생각|충동|시도|밖에|방법|하는방법|이라도)|극단적인?(생각|마음|선택)|"
        r"목숨(을)?끊을(생각|까|래|려|라|거)|죽는게무서워서(그렇지|못|안)|(방법|용기)만있으면(벌써|당장|바로|확)",
    ),
    # d36: thought "about" it ("최근에 자살에 대해 생각해 보신 적 있으세요? / 어르신: 있어요",
    # ko_train_dev_short_crisis3); not a class or the news on it, nor others' ("노인 자살에 대해 생각해 보는 강의")
    CrisisPattern(
        id="suicidal_thoughts.d36",
        kind=PatternKind.ACTIVE,
        code="suicidal_thoughts",
        label_ko="자살 생각",
        label_en="thoughts about suicide",
        guard_class=GuardClass.DESIRE,
        regex=r"자살(에|을)?(대해|대해서|대한|관해|관해서|관한)(서)?(생각|고민|궁리)",
        not_before=r"(노인|청소년|사회|학생|연예인|젊은이|사람들|국민|우리나라|한국|친구|남편|아내|아들|딸|그사람|그양반)(의|들)?$",
        not_after=r"^[^.?!]{0,12}(강의|교육|수업|프로그램|캠페인|세미나|토론|방송|뉴스|예방|책|글|숙제)",
    ),
    # d42: the act held back, said with its conditional ("이 나이에 자살하면 자식들 욕 먹인다고 참았는데 이제는 못
    # 참겠어", ko_train_dev_short_crisis6): thoughts of it restrained; not of another ("친구가 자살하면 어쩌나")
    CrisisPattern(
        id="suicidal_thoughts.d42",
        kind=PatternKind.ACTIVE,
        code="suicidal_thoughts",
        label_ko="자살 생각",
        label_en="thoughts of suicide held back",
        guard_class=GuardClass.DESIRE,
        regex=r"자살(하면|해버리면|해뿌면|하믄|할까봐|하는건|이라는거)[^.?!]{0,30}?(참았|참아왔|참고있|참고살|참는|버텼|버티고|견뎠|견디고)",
        not_before=_FAMILY
        + r"(이|가|는|도)?[^.?!]{0,6}$|(친구|남|사람|누가|그사람|그양반|노인|연예인)(이|가|들이|는)?[^.?!]{0,6}$",
    ),
    # d42: the means taken away by the family and a way left all the same ("니들이 약이며 끈이며 다 치워놔도 방법은
    # 있다", ko_train_dev_short_crisis6)
    CrisisPattern(
        id="means_other_plan.d42",
        kind=PatternKind.ACTIVE,
        code="means_other_plan",
        label_ko="수단 준비·계획",
        label_en="the means taken away, a way left all the same",
        guard_class=GuardClass.MEANS,
        # (pills only in a list of means: "약을 치워놔도 … 약국 가서 또 사면 되지" is medicine)
        regex=r"((농약|끈|밧줄|칼|수면제|번개탄|연탄|제초제)(이며|이랑|이고|하고|도|을|를|이든|은)?|약(이며|이랑|이고|하고|이든))"
        r"[^.?!]{0,16}?"
        r"(치워|숨겨|감춰|뺏어|빼앗아|가져가|갖다버려|내다버려|버려)(놔|놓|놨|둬|뒀|버려|가|갔)?(도|봤자|봐야|바야)"
        r"[^.?!]{0,8}?(방법|길|수)(은|이|야|는)?(다|얼마든지|많|있|있다|있어|있제|있지)",
    ),
    CrisisPattern(
        id="suicidal_thoughts.2",
        kind=PatternKind.ACTIVE,
        code="suicidal_thoughts",
        label_ko="자살 생각",
        label_en="thoughts of killing oneself",
        guard_class=GuardClass.MEANS,
        regex=r"(스스로|내손으로|제손으로|내가내)(목숨|생을|삶을|죽|세상을)|목숨(을|이라도)?끊|생을마감|극단적(인)?선택",
        # (someone's death told: "스스로 목숨을 끊었다는 소식"; d12fc)
        not_after=r"^(었|었어|었대|었다|었는데|었거든|고나서|은지|은뒤|한지|했|한)|^(을|를)?끊(었|은)(?!으면|으믄|음)",
    ),
    CrisisPattern(
        id="suicidal_thoughts.3",
        kind=PatternKind.ACTIVE,
        code="suicidal_thoughts",
        label_ko="자살 생각",
        label_en="intent to die",
        guard_class=GuardClass.DESIRE,
        regex=r"(죽어버리|죽어버릴|디져버리|뒈져버리|뒤져버리|콱죽|확죽어|죽어줄까|죽어줘야)",
        not_before=_IDIOM_ADJ + r"(아주|진짜|정말|그냥)?",
        not_after=r"^(겠|것같|을것|ㄹ것|는줄)|^어?버?(렸으면|렸음|리면좋|렀으면)",
    ),
    # d32 (probes): the same said with the dialects' 버리 (뿌/뿔/삐/불: "고마 죽어뿌까 싶다", "확 디져불까 보다", "죽어
    # 뿌고 싶다", "그냥 죽어불고 싶당께"); not the idiom of a feeling ("더워 죽어불겄네": no 겄/것/겠 follows here)
    CrisisPattern(
        id="suicidal_thoughts.d32",
        kind=PatternKind.ACTIVE,
        code="suicidal_thoughts",
        label_ko="자살 생각",
        label_en="intent to die (dialect)",
        guard_class=GuardClass.DESIRE,
        # (뿌라 is "die!" said to another; only the ㄹ-final forms take 라: "콱 죽어뿔라")
        # (the ending only looked at: a quotative right after it is still read by the guards, "술만 묵으면 고마
        # 죽어삘란다 카는데", someone's saying)
        regex=r"(죽어|디져|뒤져|뒈져|디저|뒤저)((뿌리|삐리|뿌|삐|불|블|뿔|삘|버릴)(?=까|꼬|카|고싶|고잡|고파|고시프|야겠|야지|야것|야겄)|"
        r"(뿔|삘|블|불)(?=라|란다|랑께|래))",
        not_before=_IDIOM_ADJ + r"(아주|진짜|정말|그냥)?",
    ),
    CrisisPattern(
        id="suicidal_thoughts.4",
        kind=PatternKind.ACTIVE,
        code="suicidal_thoughts",
        label_ko="자살 생각",
        label_en="intent to die",
        guard_class=GuardClass.DESIRE,
        regex=r"(죽으려|죽을려|죽을라|죽으러|죽을까|죽을생각|죽어질생각|죽을결심|죽기로|죽어야겠다고|죽을방법|죽는방법|죽을장소)",
        not_after=r"^(봐|바|보|싶어서걱정|말까하는걱정|고하지마|고한건아)|^(하고|했고)?(조심)|"
        # (d35: a comparison denied, "다들 울고불고 난리야. 내가 죽으러 가는 것도 아닌데, 하하",
        # ko_train_dev_long_tricky1)
        r"^(가는|갈|가)(것도|거도|건|게|기도|기는)(아닌데|아니고|아니잖|아니여|아이다|아닌디|아니니|아이고|아인데)",
    ),
    CrisisPattern(
        id="method_search.1",
        kind=PatternKind.ACTIVE,
        code="method_search",
        label_ko="방법 탐색",
        label_en="searching for a method",
        guard_class=GuardClass.DESIRE,
        # (d38: "가는" is the way to a place when one is named after it, "제일 편하게 가는 길 검색했지, 서울 병원 가는
        # 버스 말이야", ko_train_a; the review: never when dying is said, "어떻게 죽을지 … 버스")
        regex=r"(편하게|안아프게|조용히|깔끔하게|깨끗하게|쉽게|한번에)"
        r"(죽는(방법|법|길|약)|가는(방법|법|길|약)(?![^.?!]{0,24}?" + _TRAVEL + "))|"
        r"(어떻게|어찌|어케)(하면|해야|해서)?(죽을|죽으면|죽나|죽지|죽어야|편히죽|편하게죽|조용히죽|죽을수)",
    ),
    # ---- active: means (C-SSRS 3-5) -----------------------------------------------------------
    CrisisPattern(
        id="means_pills.1",
        kind=PatternKind.ACTIVE,
        code="means_pills",
        label_ko="약 모으기",
        label_en="stockpiling pills",
        guard_class=GuardClass.MEANS,
        # (d30: a quantity between them, "수면제 삼십 알 모았어", "혈압약 한 달 치를 안 먹고 모아 놨당께")
        # (d30: a named pill and a quantity between them, "수면제 삼십 알 모았어"; not a bare 약, "농약 한 병 챙겨놨어",
        # "유통기한 지난 약을 한 봉지 모았는데 약국에 갖다주면 되나요")
        regex=r"("
        + _PILLS
        + r"(을|를|들을|도|은|만|좀)?|"
        + _NAMED_PILLS
        + r"(을|를|들을|도|은|만|좀)?"
        + _PILL_QUANTITY
        + r")(안먹고|몰래|조금씩|하나씩|틈틈이|꼬박꼬박|몇달|다)?"
        r"(모아|모으|모았|모을|쌓아|사모|숨겨|감춰|챙겨뒀|챙겨놨|안버리고)",
        not_after=_PILLS_ORDINARY,
        # d24: sorted into a pill organiser ("약통에 일주일치 약을 모아 놨어 요일별로")
        not_before=PILL_ORGANISER + r"(에|에다|에다가|로|으로|마다|별로)?[^.?!]{0,8}$",
    ),
    CrisisPattern(
        id="means_pills.2",
        kind=PatternKind.ACTIVE,
        code="means_pills",
        label_ko="약 과다복용 생각",
        label_en="overdose",
        guard_class=GuardClass.MEANS,
        regex=_PILLS + r"(을|를|들을|도|은|좀)?(한꺼번에|한번에|한움큼|한주먹|한통|왕창|몽땅|전부|다)"
        r"(다)?(털어넣|삼키|삼켜|먹어버|먹어치|먹어볼|먹을까|먹고죽|털어|입에)",
        # (d17s: the daily handful hard to get down: "한번에 털어넣기도 힘드네요", "한꺼번에 삼키기가 어려워")
        not_after=r"^.{0,6}(면안|지말|지마|으면안)|" + _HANDFUL_HARD,
    ),
    # d19: the stockpile named before the pills ("안 드시고 모아 두신 수면제", "모아 둔 약 아직 있어"), not handed in
    CrisisPattern(
        id="means_pills.d19",
        kind=PatternKind.ACTIVE,
        code="means_pills",
        label_ko="약 모으기",
        label_en="stockpiled pills",
        guard_class=GuardClass.MEANS,
        regex=r"(안드시고|안먹고|안묵고|안잡숫고|몰래)?(모아|모은|쌓아|숨겨|감춰)(둔|두신|놓은|놓으신|논|놨던|뒀던)?"
        r"(수면제|수면약|잠약|안정제|진통제|약)(?![국사값])",
        not_after=r"^.{0,16}(갖다줬|갖다드렸|반납|버렸|버리|폐기|돌려|약국에|보건소에)",
    ),
    # d19: pills gathered from several places until there is enough ("여러 군데서 받아야 양이 되지")
    CrisisPattern(
        id="means_pills.d19b",
        kind=PatternKind.ACTIVE,
        code="means_pills",
        label_ko="약 모으기",
        label_en="pills gathered from several places",
        guard_class=GuardClass.MEANS,
        regex=r"(여러|몇|두|세|이|삼)(군데|곳|데|병원|약국|의원)(서|에서|를|을)?(돌아|다니며|다니면서|돌면서)?[^.?!]{0,8}?"
        r"(받아|타|타서|사|사서|처방받아)(야|서|다)?[^.?!]{0,6}?(양이되|양이돼|양이차|양이찬|모아|모으|채우|모았)",
    ),
    CrisisPattern(
        id="means_pills.3",
        kind=PatternKind.ACTIVE,
        code="means_pills",
        label_ko="약 과다복용 생각",
        label_en="overdose",
        guard_class=GuardClass.MEANS,
        regex=r"수면제(를|을)?(몰래|많이|잔뜩|여러|더|계속)?(구해|구했|사모|사다모|받아모|모아|모았|모으|쌓아|한통|두통|여러통|한움큼)",
    ),
    CrisisPattern(
        id="means_charcoal.1",
        kind=PatternKind.ACTIVE,
        code="means_charcoal",
        label_ko="번개탄·숯 준비",
        label_en="charcoal",
        guard_class=GuardClass.MEANS,
        # (d34: not a house heated by briquettes, "이 연탄집에서 나는 마지막 겨울이야", ko_train_blind_long50)
        regex=r"번개탄|(숯|숯불|연탄(?!집|공장|가게|배달|은행|봉사|값)|연탄불)(을|이라도|도|하나)?.{0,8}"
        # (d34 probes: an adverb in the door's closing, "연탄 피워 놓고 문 꼭 닫고 자면")
        # (d36: not the fumes' accident nearly died of, "젊을 때 연탄가스 마시고 죽을 뻔했지",
        # ko_train_dev_short_tricky1: the near miss excuses the death said only, not the tape or the shut door after it;
        # review of d36)
        # (d38: not the fire dying down, "연탄불이 죽어가 새벽에 일어나 갈았소", ko_train_j)
        r"(방문|문(을)?(꼭|꽉|딱|다|꼭꼭)?닫|창문|테이프|틈을?막|마지막|(?<!불이)(?<!불)(?<!숯이)(?<!탄이)죽(?!(을|일)?(뻔|고비)))",
        # (d17L: or listed with the grill's gear, "창고에서 번개탄이랑 참숯, 석쇠를 미리 꺼내 놓으셨음")
        # (d19: "번개탄 사다놨어요ㅎㅎ 마당에서 고기 구워먹을라고요")
        purpose_after=r"^.{0,8}(고기|구워|굽|캠핑|바베큐|삼겹|불붙|장어)|^[^.?!]{0,16}?(고기|구워먹|구워묵|굽자|바베큐|바비큐|삼겹)"
        r"(?![^.?!]{0,10}?(아니|아녀|아이고|아이다|없|안해|안할|무슨))|"
        r"^[^.?!]{0,14}?(석쇠|석쇄|불판|그릴|집게|토치|숯불|바비큐|바베큐|고기판|화로|착화)|"
        # (d34: a briquette lit with it, "번개탄 하나 밑에 깔고 붙이면 금방 붙어", ko_train_blind_long50)
        r"^[^.?!]{0,12}?" + KINDLING + "|"
        # (d35: a stove lit with it, "번개탄 한 박스 사다 놨어 닭장 난로에 불 붙일 때 쓸라고", ko_train_blind_short91)
        r"^[^.?!]{0,20}?(난로|화덕|아궁이|불붙일|불붙이|불지필|불지피)(?![^.?!]{0,6}?(말고|아니|대신))|"
        # (d34 probes: the room kept warm, "연탄 갈고 문 닫고 자야 따뜻하지")
        r"^[^.?!]{0,16}?(따뜻|뜨뜻|따숩|따시|뜨시|뜨끈|훈훈|안추|덜추|방이데워|방데워|외풍)",
        purpose_before=_FUMES_PURPOSE_BEFORE,  # d14fc
    ),
    CrisisPattern(
        id="means_pesticide.1",
        kind=PatternKind.ACTIVE,
        code="means_pesticide",
        label_ko="농약 복용 의도",
        label_en="pesticide with intent",
        guard_class=GuardClass.MEANS,
        regex=r"(농약|제초제|살충제|그라목손|쥐약|락스|독약|청산가리)(을|를|이라도|이나|한병|한사발|한모금|병|좀)?"
        r"(확|콱|그냥|싹)?(마시|마셔|마실|먹고|먹을|먹어|먹으|들이키|들이켜|털어|삼키|삼켜|입에)",
        not_after=r"^.{0,10}(면안|지말|으면안|지마)",
    ),
    CrisisPattern(
        id="means_pesticide.d16L",
        kind=PatternKind.ACTIVE,
        code="means_pesticide",
        label_ko="독극물 복용 의도",
        label_en="poison kept to be taken by oneself",
        guard_class=GuardClass.MEANS,
        # d16L: a poison (not a medicine: pills are taken by oneself every day) bought or kept, and the speaker named as
        # the one who will swallow it a few words on ("쥐약 한 봉다리 사 왔슈 우리 집엔 쥐도 없는디 허허 나 먹을라구
        # 농담이여 농담"): a joking tone does not cancel it (SCREENING.md); not the rhetorical denial ("내가 먹을라고
        # 샀겠냐 쥐 잡을라고 샀지")
        # (d26b: not a drink named between, "농약은 밭에 치고 막걸리는 내 먹을라고 사 왔어")
        regex=r"(" + POISONS + r")(?:(?!" + FOOD_OR_DRINK + r")[^.?!]){0,40}?(나|내|내가|나도|내도)"
        r"(먹을라|먹으려|먹을려|묵을라|묵으려|마실라|마시려|마실려|삼킬라|털어넣을라)(고|구|꼬|카|한다|하)",
        not_after=r"^.{0,8}(샀겠|했겠|겠냐|겠노|겠어|그랬겠|산줄|인줄|카믄|하면안|으면안|지말|지마|줄알)",
    ),
    CrisisPattern(
        id="means_pesticide.2",
        kind=PatternKind.ACTIVE,
        code="means_pesticide",
        label_ko="농약 준비",
        label_en="keeping pesticide with intent",
        guard_class=GuardClass.MEANS,
        regex=r"(농약|제초제|그라목손|독약|청산가리)(을|를|병|한병)?.{0,4}(머리맡|베개|침대|방에|이불)?(숨겨|감춰|챙겨|모셔|놔뒀|두었|사다놨|사놨|사왔).{0,8}(마지막|죽|여차|때가|언제든|나중에)",
    ),
    CrisisPattern(
        id="means_jump.1",
        kind=PatternKind.ACTIVE,
        code="means_jump",
        label_ko="투신 생각",
        label_en="jumping",
        guard_class=GuardClass.MEANS,
        # (d36: not the heart's idiom, "집주인 전화 올 때마다 심장이 떨어져 죽겠어", ko_train_blind_short98)
        regex=r"(뛰어내리|뛰어내릴|뛰어내려|뛰내리|뛰내릴|뛰내려|띠내리|띠내릴|뛰어들고싶|몸을던|투신|(?<!심장이)(?<!가슴이)(?<!간이)(?<!심장)(?<!간)떨어져죽|떨어져버리|떨어져버릴|떨어지고싶|떨어질까|뛰어들까)",
        # "-ㄹ까 봐" is a fear that something drops (민심/성적 떨어질까 봐), not a thought of jumping, nor
        # a fear of falling (d15L: "침대에서 떨어질까 무섭다"); nor a plunge wished for the heat ("바다에
        # 뛰어들고 싶다 더워서"; d14s)
        not_after=r"^(는줄|ㄹ뻔|을뻔|뻔|봐|바|걱정|무섭|무서|겁)|^.{0,10}(더워|더버|덥|시원|수영|헤엄|물놀이|첨벙)",
    ),
    CrisisPattern(
        id="means_jump.2",
        kind=PatternKind.ACTIVE,
        code="means_jump",
        label_ko="옥상·높은 곳",
        label_en="rooftop or height",
        guard_class=GuardClass.MEANS,
        regex=_HEIGHT + r"(뛰어|떨어지|떨어질|떨어져|몸을|죽)",
        # (d27: nor a fall nearly had, "회장님이 술 자시다가 옥상서 떨어질 뻔 혔대유", as means_jump.1)
        # (d42 probes: nor a warning, "옥상에서 떨어지면 죽어 조심해")
        not_after=r"^.{0,3}(화분|빨래|이불|물건|고추|뭐가)|^(뻔|번(했|혔|하|허))|"
        r"^[^.?!]{0,6}?(조심|위험하|위험해|다친다|다쳐|큰일난|큰일나|올라가지마|올라가지말|가지마|놀지마|놀지말)",
    ),
    # ... and looked down from, unless what is looked at is the view or the height is feared ("아파트 십오 층
    # 베란다에서 내려다보면 야경이 끝내줘", "옥상에서 내려다보면 아찔해"), with no act, ease or end after it (d35
    # probes)
    CrisisPattern(
        id="means_jump.d35",
        kind=PatternKind.ACTIVE,
        code="means_jump",
        label_ko="옥상·높은 곳",
        label_en="rooftop or height",
        guard_class=GuardClass.MEANS,
        regex=_HEIGHT + r"내려다보면",
        not_after=r"^[^.?!]{0,16}?(야경|경치|풍경|전망|단풍|노을|일출|일몰|해돋이|불빛|끝내주|끝내줘|장관|멋있|멋지|멋져|예쁘|이쁘|"
        r"훤히|쫙|아찔|어질|어지러|무섭|무서|후들|바람(이)?(시원|선선|좋)|시원해|시원하|시원혀)"
        r"(?![^.?!]*?(뛰어|떨어지면|떨어질|몸을|죽|편하|편해|편안|마지막|한발|갈까))",
    ),
    CrisisPattern(
        id="means_drowning.1",
        kind=PatternKind.ACTIVE,
        code="means_drowning",
        label_ko="다리·강 투신",
        label_en="bridge or river",
        guard_class=GuardClass.MEANS,
        regex=r"(다리위|다리(에서|아래로|밑으로)|한강|대교|강물|바다|저수지|강|물)(에|에서|위에서|으로|로|에다)?"
        r"(확|그냥|콱)?(뛰어|빠져(죽|버리|버릴|볼|야|서죽|고싶|버려|들|야지)|몸을|들어가(고싶|버리|버릴|서죽|려))",
        not_after=r"^.{0,6}(뻔)",
    ),
    # d35 (probes): a bath filled to go under in and not come out ("욕조에 물 받아놓고 들어가서 다시는 안
    # 나올란다"); not a soak ("욕조에 물 받아놓고 들어가면 피로가 풀려")
    CrisisPattern(
        id="means_drowning.d35",
        kind=PatternKind.ACTIVE,
        code="means_drowning",
        label_ko="다리·강 투신",
        label_en="a bath filled to go under and stay",
        guard_class=GuardClass.MEANS,
        regex=r"(욕조|욕탕|목욕탕|대야|고무통|물통)(에|에다|에다가)?(물|찬물)?(을|도)?(가득|한가득|꽉)?(받아|받아놓|받아놔|채워)"
        r"(?:(?!손주|손자|손녀|애들|아이|강아지|아기|애기|남편|영감|할멈|빨래|배추|김장)[^.?!]){0,16}?"
        r"(들어가|들어앉|담그|담가|머리|얼굴)(?:(?!놀|장난|씻|목욕시)[^.?!]){0,16}?"
        r"((다시는|영영|다시)?(안|못)(나오|나올|나와|나갈)|끝내|끝낼|끝나|그대로있|숨(을)?(참|멈|끊))",
    ),
    # d32 (probes): the same with the dialects' 버리 ("물에 빠져 뿔까 싶다", "강에 빠져 삐까", "저수지에 빠져불란다")
    CrisisPattern(
        id="means_drowning.d32",
        kind=PatternKind.ACTIVE,
        code="means_drowning",
        label_ko="다리·강 투신",
        label_en="bridge or river (dialect)",
        guard_class=GuardClass.MEANS,
        regex=r"(다리위|다리(에서|아래로|밑으로)|한강|대교|강물|바다|바당|저수지|강|물)(에|에서|위에서|으로|로|에다)?"
        r"(확|그냥|콱|고마|마|그대로|고대로)?(빠져|뛰어들어|들어가)((뿌리|삐리|뿌|삐|불|블|뿔|삘)(?=까|꼬|카|고싶|고잡|고파|야겠|야지|야것|야겄)|"
        # (d36: or its future, "그대로 물로 들어가뿔끼다", ko_train_dev_short_crisis3)
        r"(뿔|삘|블|불)(?=라|란다|랑께|래|끼|꺼|거|기다|겨))",
        not_after=r"^.{0,6}(뻔)",
    ),
    CrisisPattern(
        id="means_hanging.1",
        kind=PatternKind.ACTIVE,
        code="means_hanging",
        label_ko="목맴 생각",
        label_en="hanging",
        guard_class=GuardClass.MEANS,
        regex=r"목(?<!(?<!전)에목)(을)?(매달|맬|매려|매고싶|매버|매서|매어|매고죽|맸|매면)|"
        # (d36: not 뜨끈 and the warm floor's 아랫목, "뜨끈한 아랫목에 재워야지", ko_train_dev_short_tricky1)
        r"((?<![뜨따미질끈])끈|줄|밧줄|노끈|넥타이|허리띠|전깃줄)(을|로|으로|하나|도)?.{0,6}((?<!아랫)(?<!윗)목에|목을|천장|문고리|대들보|들보에|서까래에|나무에|걸어놨)|"
        # (d36: a cord hung up is excused by a washing line's or a swing's use right after it, "빨랫줄이 삭아서 새 줄로
        # 매달았지 이불 널라고", ko_train_dev_short_tricky4; a neck never is)
        # (d41: not a rope held on to, "흥남부두에서 밧줄 잡고 배에 매달려서 살았지")
        r"((?<![뜨따미질끈])끈|줄|밧줄|노끈)(?!(을|를)?(꽉|꼭|단단히)?(잡고|붙잡고|부여잡고|움켜잡고))(을|로|으로|하나|도)?.{0,6}매달"
        r"(?![^.?!]{0,14}?(이불|빨래|널라|널려|널어|널고|고추|곶감|시래기|그네|텐트|천막|화분|현수막|해먹))"
        # (d40: nor a grab line to get up by, said in its sentence or the next, "허리가 안 펴져서 천장에다 밧줄을 하나
        # 매달아놨어. 그거 잡고 일어나")
        # (d41: the rope's maker told between, "밧줄을 매달아놨슈 그렇지유. 아들이 배에서 쓰던 굵은 밧줄로 매줬는디 그거
        # 잡고 당기면 수월하게 일어나져유")
        + NOT_A_GRAB_LINE
        + r"|"
        # (review of d36: a necktie, a belt or a wire hung up is no washing line, "넥타이를 매달다가 그만두었어")
        r"(넥타이|허리띠|전깃줄)(을|로|으로|하나|도)?.{0,6}매달|"
        # (d20: "창고 들보에 줄 하나 단단히 매 놨드래요")
        r"(대들보|들보|서까래|천장)(에|에다|에다가)[^.?!]{0,4}?(끈|줄|밧줄|노끈)(을|하나|도)?[^.?!]{0,6}?(매놨|매뒀|매어놨|묶어놨|묶어뒀|걸어놨|걸어뒀)",
        # d14m: a chain or a dog's lead ("금줄 목걸이를 목에", "강아지 목줄 … 목에 걸어 줬어"), a tie
        # worn ("넥타이를 목에 매 봤는데 어색하더라"), something put on someone else's neck ("걸어 줬어")
        not_before=r"(목|금|은|개|강아지|반려견)",
        not_after=r"^.{0,4}(걸어|매어|매|둘러|감아)(줬|주|드렸|드리|봤는데|보니)|^.{0,14}(예쁘|이쁘|어색|어울|멋있|멋지|출근|결혼식|"
        r"면접|선물|사진|따뜻|산책|목걸이)",
    ),
    CrisisPattern(
        id="means_cutting.1",
        kind=PatternKind.ACTIVE,
        code="means_cutting",
        label_ko="자해 수단",
        label_en="cutting",
        guard_class=GuardClass.MEANS,
        # (d42: "손목 그은 거 병원서 꿰매고 왔어요", ko_train_dev_short_crisis9)
        regex=r"손목(을|에)?(긋|그어|그을|그었|그은|자르)|(칼|면도칼|커터)(로|을)?(내|제|내몸|손목|목을|찔러죽|긋)",
    ),
    CrisisPattern(
        id="means_cutting.2",
        kind=PatternKind.ACTIVE,
        code="means_cutting",
        label_ko="자해 수단",
        label_en="cutting",
        guard_class=GuardClass.MEANS,
        regex=r"손목(을|에)?칼",
        # "손목에 칼 댔어" said of an operation, its ligament or fracture named (d13)
        not_before=r"(수술|인대|뼈|골절|깁스|터널|수근관)[^.?!]{0,20}",
        not_after=r"^.{0,20}(수술|인대|뼈|골절|깁스|터널|수근관)",
        purpose_after=_KITCHEN_CUT_AFTER,  # d14fc
    ),
    CrisisPattern(
        id="means_other.1",
        kind=PatternKind.ACTIVE,
        code="means_other",
        label_ko="기타 수단",
        label_en="other means",
        guard_class=GuardClass.MEANS,
        regex=r"(가스|가스밸브)(를)?.{0,4}(틀어놓고|열어놓고|켜놓고)(죽|자버|잘까|확|그냥)|"
        r"(차|트럭|기차|열차|지하철|선로|철길)(에|로|으로)?(뛰어들|몸을)",
        not_after=r"^(실|싣)",  # 기차에 몸을 싣다: boarding a train
    ),
    CrisisPattern(
        id="timing.1",
        kind=PatternKind.ACTIVE,
        code="timing",
        label_ko="시점 계획",
        label_en="timing",
        guard_class=GuardClass.DESIRE,
        regex=r"(인생|삶|목숨|이생|모든것|모든걸|이제그만|이쯤에서)(을|를|은|도)?끝(내|낼|장내)|"
        # d16L: "이만 끝내-" is also how a voice note or a call is closed ("이만 끝내쿠다 선생님 고맙수다", "오늘은 이만
        # 끝낼게요 안녕히 계세요"): not when thanks, a greeting, the caller or the message itself follow it
        r"이만(을|를|은|도)?끝(내|낼|장내)(?!(쿠다|께|게|겠|ㄹ게|을게|께요|게요|겠습니다|겠어요|겠수다|지요|죠|자|세|요)?"
        r"[^.?!]{0,6}?(선생|선상|고맙|고마워|감사|안녕|들어가|끊|녹음|또전화|다음에|담에)|"
        r"(쿠다|께|게|겠|께요|게요|겠습니다|겠어요|겠수다|마씸|자)[.!]*$)|"
        r"(갈|죽을|떠날)날(을|짜를|짜도|도)?(잡|정|받아)",
        # d30: not a day said not to be set ("무섭긴, 죽을 날 받아놓은 것도 아닌데. 허허. 다음 주에도 와요"); a tag
        # question is no denial ("죽을 날 받아 놓은 거 아이가")
        not_after=r"^(아|아서)?(놓은|논|둔|놓|은|는)?(것|거|게|건)(도|는|은)?(아니|아닌|아녀|아냐|아이|아입|아잉)(?!가|냐|까|겠|감)",
    ),
    # ---- active: preparation and farewell ------------------------------------------------------
    CrisisPattern(
        id="preparation_note.1",
        kind=PatternKind.ACTIVE,
        code="preparation_note",
        label_ko="유서 작성",
        label_en="farewell letter",
        guard_class=GuardClass.PREP,
        regex=_NOTE,
        # (d36: nor one written in a class for it, "복지관서 웰다잉 수업 듣고 유서 쓰기를 해 봤슈",
        # ko_train_dev_short_tricky2)
        not_before=r"(변호사|공증|법무사|상속|재산)[^.?!]{0,24}|(웰다잉|죽음준비|죽음교육)[^.?!]{0,12}?(수업|교육|강좌|강의|체험|프로그램|학교|교실)[^.?!]{0,16}",
        # (…래유 서운허지만: two words run together, d12fc; a class of the well-dying course, d12fc)
        # (d20: "유서까지 써 놓을 뻔했어요": a near thing, said of a fright that is over)
        not_after=r"^.{0,24}(재산|공증|변호사|상속|법무사)|^운|^(쓰기)?(수업|교육|강좌|강의|체험|프로그램)|"
        r"^[^.?!]{0,12}?(뻔했|뻔하|뻔헀|뻔봤)",
    ),
    CrisisPattern(
        id="preparation_affairs.1",
        kind=PatternKind.ACTIVE,
        code="preparation_affairs",
        label_ko="신변 정리",
        label_en="settling affairs",
        guard_class=GuardClass.PREP,
        regex=r"(신변|주변|인생|삶|뒷)정리|정리(를|도)?(다|전부|싹)(했|해놨|해뒀|끝냈).{0,8}(이제|홀가분|마음이?편|미련)|"
        # (d36: not its envelope gone missing, "장롱에 둔 장례비 봉투가 없어졌수다", ko_train_dev_short_tricky3)
        # (d39: nor one still to be saved, which money worries keep from it: "내 장례비라도 모아 놔야 하는데 연금으로는
        # 생활비 대기도 빠듯해서 걱정이야")
        r"장례(비|비용|치를돈|할돈|치를|쓸돈)(는|도|을|를|하라고|로|쓰라고)?.{0,10}(통장|넣어|모아|준비|봉투|놔뒀|놔뒀|넘겨|맡겨|두었|뒀|찾아|써라|쓰라)"
        r"(?!(가|이|는|도)?(없어|없어졌|사라졌|안보|못찾|잃어|도둑))"
        r"(?!(놔|놓아|둬|두어|해|하)?야(하|해|겠|되|돼|할|지|만)|(놓|두|하)?고(는)?싶|(놓|두|하)?(려고|려는|려해|기가|기도|기는|질|지를|지도|지)(못|않|안|힘들|빠듯|어렵))"
        # (d40: nor the money named by what it was saved for, "천만원인데 내 장례비로 모아둔 거야", of savings a
        # grandson borrowed; or taken, "장례비로 모아둔 돈을 아들이 가져갔어")
        r"(?!(둔|놓은|놨던|뒀던|온|왔던)(거|돈|것|적금|곗돈)(이야|야|인데|이었|였|예요|이에요|인디|이여|이었는데|였는데)|"
        r"(둔|놓은|놨던|뒀던|온|왔던)?(거|돈|것|적금|곗돈)?(을|를|까지|마저|도)?(다|몽땅|전부)?" + MONEY_TAKEN + r")|"
        r"통장(이랑|하고|을|을다|도)?.{0,4}(비밀번호)?.{0,6}(애들|아들|딸|자식|며느리|사위)(한테|에게)?(넘겨|맡겨|줘버|줬|주고|건네)",
    ),
    CrisisPattern(
        id="preparation_affairs.1b",
        kind=PatternKind.ACTIVE,
        code="preparation_affairs",
        label_ko="신변 정리",
        label_en="settling affairs: the codes written down",
        guard_class=GuardClass.PREP,
        regex=r"(비밀번호)(를|도)?(다)?(적어놨|적어뒀|적어두|써놨|알려줬|알려놨)",
        # d32 (probes): a number written down so as not to forget it ("통장 비밀번호 적어 놨다 잊어버릴까 봐", "…
        # 은행 갈 때 보려고"), the commonest reason the old give (until d32 the last alternative of .1)
        not_after=NOTED_FOR_ONESELF,
    ),
    CrisisPattern(
        id="preparation_giving.1",
        kind=PatternKind.ACTIVE,
        code="preparation_giving",
        label_ko="물건 나눠주기",
        label_en="giving belongings away",
        guard_class=GuardClass.PREP,
        regex=r"(물건|반지|패물|가락지|시계|재산|살림|아끼던|소중한|금목걸이|금반지|내것|내거|가진거|가진것|통장|집문서|땅문서|적금)"
        r"(들|을|를|도|은|는|이랑|까지)?.{0,8}(나눠줬|나눠주|나눠줄|(?<!갖)다줬|줘버렸|줘버릴|물려줬|넘겨줬|넘겼|처분했|다주고|다나눠|"
        + _HANDED_ROUND
        + r")",
        not_before=_GIFT_BEFORE,
        not_after=_GIFT_AFTER,
    ),
    CrisisPattern(
        id="farewell.1",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 인사",
        label_en="farewell",
        guard_class=GuardClass.FAREWELL,
        # (d33 probes: "내일은 내가 없을 거다")
        regex=r"(내일|이제|곧|다음주|모레|오늘밤|오늘이|내일아침|조만간)(아침|아침에|부터|이면|쯤|밤)?(엔|에는|은|는|이)?(나|내가|난|제가)?"
        # (dialect endings: "없을것이요", "없을끼요", "읎을 테니께"; d13)
        r"(없을거|없을꺼|없을테|(없|읎)을(것|끼|기|겨|거|꺼|테)|없겠지|없을지도|안보일거|못볼거|못볼꺼|마지막일|세상에없)",
        # away on a trip or an errand said right after ("내일 아침엔 나 없을 거야 … 온천 가거든"; d12fc)
        # (d25: or an outing to the hills, the fields, church, "새벽에 등산 가거든")
        not_after=r"^.{0,24}(여행|온천|놀러|복지관|경로당|시장|딸네|아들네|외출|버스타|기차타|병원|등산|산에|낚시|밭에|논에|일하러|출근|"
        r"교회|성당|절에|모임|운동|산책|마실|장보러|검진|입원|출장|계모임|볼일|약속|서울|시골|친구)",
    ),
    # d31 (probes of forms no set held): a farewell that leaves one's share of life to them ("내 몫까지 잘 살아"), or
    # "live well, I go first" ("잘 살아라 나는 먼저 간다"); not a trip or a stay somewhere named right after, and only
    # the speaker's own share ("애비 몫까지 오래 살거라" is as often said of a father who died)
    CrisisPattern(
        id="farewell.d31",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 인사",
        label_en="farewell: one's share of life left to them",
        guard_class=GuardClass.FAREWELL,
        regex=r"(내|제|나|저)몫까지(잘|열심히|오래|건강하게|행복하게)?(살아|살어|살거라|살아라|살아줘|살아야)|"
        r"잘(살아|살어|살거라|살아라|살아래이|살아야)(라|래이|이)?[^.?!]{0,4}?(나는|난|내는|엄마는|아빠는|할매는|할배는)(먼저|인자|이제)"
        r"(간다|갈게|가께|갈란다|갈께|가련다|떠난다)",
        not_after=r"^.{0,24}(여행|온천|놀러|복지관|경로당|딸네|아들네|병원|입원|요양원|출장|서울|시골|수련회|캠프|바빠|바쁘|교육)",
    ),
    # d32 (probes): not getting up told to the family beforehand ("내일 아침에 내가 안 일어나도 놀라지 마라", as
    # SCREENING.md's "내일 아침엔 없을 거야"); not a lie-in or a late shift said right after ("… 늦잠 잘 거니까")
    CrisisPattern(
        id="farewell.d32",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 인사",
        label_en="farewell: not getting up again, told beforehand",
        guard_class=GuardClass.FAREWELL,
        regex=r"(안|못)(일어나|일나|깨|깨어나|눈뜨|눈을뜨)(도|더라도|거들랑|거든)[^.?!]{0,8}?"
        r"(놀라지|놀래지|울지|슬퍼하지|걱정하지|당황하지|찾지)(마|말)",
        not_after=r"^[^.?!]{0,24}?(늦잠|피곤|쉬는날|주말|야근|밤새|푹자|푹잘|잘거|잘꺼|잘테|자고있|자는거|깨우지|약기운)",
    ),
    CrisisPattern(
        id="farewell.2",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 인사",
        label_en="farewell",
        guard_class=GuardClass.FAREWELL,
        regex=r"(애들|아들|딸|자식|자식들|손주|손주들|가족|영감|당신|너희|니들|느그|우리애들|며느리)(한테|에게|들한테|들에게|한테는|께|들|이)?"
        r"(는|도)?(꼭|그냥|대신|좀)?(미안하다고|미안했다고|고마웠다고|사랑한다고|잘있으라고|잘살라고|잘지내라고|용서해달라고)|"
        # d32b: Jeju "아이들신디 잘 살라고 전해 줍서" (ko_train_blind_short79)
        r"(애들|아이들|아들|딸|자식|자식들|손주|손주들|가족|느그|니들)(신디|헌티|한티|보고|더러)(꼭|그냥|좀)?"
        r"(미안하다고|미안했다고|고마웠다고|사랑한다고|잘있으라고|잘살라고|잘지내라고|용서해달라고)",
        # (d25b: an apology after a quarrel, its reason said right after: "딸한테 미안하다고 문자 보냈어 어제 내가
        # 너무 심하게 말해서")
        not_after=r"^(했더니|했는데|했어|했지|했다|말했|사과)|"
        r"^[^.?!]{0,30}?(심하게|싸워|싸웠|화내|화냈|화를|소리지|소리질|잘못해서|늦어서|못가서|깜빡|말실수|서운하게)",
    ),
    CrisisPattern(
        id="farewell.3",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 인사",
        label_en="farewell",
        guard_class=GuardClass.FAREWELL,
        regex=r"(그동안|그간|지금까지|여태)[^.?!]{0,10}?(고마웠|감사했|미안했|신세많이졌|신세졌)",
        not_after=r"^.{0,16}(다음|또봐|또만나|또와|오실|오신|새로|바뀌|바뀐|계속|앞으로|내년)|^(다고|라고|고하|하더|그러)",
        # (d36: a class's or a course's last day named before, "한글교실 오늘 마지막 수업이라꼬 선생님한테 그동안
        # 고마웠다 캤심더", ko_train_dev_short_tricky3)
        not_before=r"(수업|교실|학기|강좌|종강|졸업|수료|수료식|강의|교육|과정|봉사|근무|퇴직|정년|퇴임|송별)[^.?!]{0,24}",
    ),
    CrisisPattern(
        id="farewell.4",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 인사",
        label_en="farewell",
        guard_class=GuardClass.FAREWELL,
        # (and its dialect endings, "잘 있거래이", "잘 있어라잉"; d13)
        regex=r"마지막(으로)?(인사|작별|목소리|얼굴|전화|편지|부탁)|작별인사|(나|내)?없어도(잘|건강하|행복하)(게|살|지내|있)|"
        # (d25e: not "otherwise I'm well", "그거 말고는 잘 있어라" in Jeolla speech)
        r"(?<!말고는)(?<!말고)(?<!빼고는)(?<!빼곤)(?<!외에는)(?<!외엔)(?<!나는)(?<!난)잘있(어|거|그)(라|래)(이|잉|이소)?",
        # (d33: another's goodbye told, "전화해서 고맙다 잘 있어라 하더라고", ko_train_blind_short84)
        not_after=r"^(가언제|한게|한지|온게|온지|받은|했던|온거|한거|드렸|드리러|하러갔|하고왔|이었|였|이였)|"
        r"^(하더|하드|카더|카드|그러더|그라더|하데|카데|하시더|그러시더)|"
        r"^(를|을|도)?(하러|드리러|드리고왔|하고왔|하러다녀)|^.{0,12}(려했는데|려고했는데)(그게|잘)?(안|못)|"
        r"^" + SAID_AND_BOARDED + "|"
        # d39: the last goodbye, face or call missed, a grief ("마지막 인사도 못 하게 되셔서", "마지막 얼굴도 못 봤어")
        r"^(도|를|을|조차|한번|은|는)?(제대로|끝내|결국|한번)?(못|몬)(하|했|한|해|드리|드렸|드린|나누|나눴|나눈|들|봤|보|본|받)|"
        # a goodbye with a return promised ("잘 있거래이 다음 주에 또 올께"; d13)
        r"^.{0,16}(또(올|오|와|보|봐|만나|갈|가께|가꾸)|다음에|담에|담주|다음주|내일보|낼보|금방올|곧올)|"
        # d24: the "last request" an errand ("마지막으로 부탁 하나만 하자 김치 좀 가져가")
        r"^.{0,14}(김치|반찬|고추|쌀|떡|과일|택배|심부름|장좀|장봐|가져가|가져와|들러|태워|운전)|"
        # ... or a trip said right after, not the long journey ("나 없어도 잘 지내라 엄마 여행 간다")
        r"^(?!.{0,16}(먼|긴|마지막|영원한|돌아오지않는|못돌아오는)여행).{0,16}(여행|놀러|관광|캠핑|다녀올|갔다올|다녀오마|다녀온다)|"
        # d35: the return's day said after ("제주도 여행가요~ 가기전에 다들 잘있어라 인사하고 왔어요ㅎㅎ 열흘 뒤에
        # 봐요", ko_train_blind_short93; not the goodbye told as said, "나 없어도 행복하게 지내라고 인사했어")
        r"^.{0,24}?(열흘|며칠|일주일|보름|한달|[0-9]+일|이틀|사흘|나흘|닷새|[0-9]+박)(뒤|후|있다|만에)(에)?(봐|보자|봬|뵈|만나|올|와|돌아)",
        not_before=_SWEETHEART + r"(에|에게|한테|과|와|이랑|하고)?|"
        r"(?<!마지막)(여행|관광|놀러|효도관광|성지순례)(을|도)?(가|가요|가유|간다|가니까|가는데|떠나)[^.?!]{0,12}",
    ),
    CrisisPattern(
        id="recent_attempt.1",
        kind=PatternKind.ACTIVE,
        code="recent_attempt",
        label_ko="최근 시도",
        label_en="recent attempt",
        guard_class=GuardClass.MEANS,
        regex=r"(죽으려다|죽을려다|죽으려고했|죽을려고했|죽을라고했|시도했다가|목매려다|뛰어내리려다|약먹고죽으려)",
    ),
    # d35 (ko_train_blind_short93): a handful of pills taken, and waking after it ("어제 수면제 한웅큼 먹었는데
    # 깨났드래요 담엔 더 마이 먹을기래요"); not a dose doubled by mistake
    CrisisPattern(
        id="recent_attempt.d35",
        kind=PatternKind.ACTIVE,
        code="recent_attempt",
        label_ko="최근 시도",
        label_en="a handful of pills taken and woken from",
        guard_class=GuardClass.MEANS,
        regex=r"(수면제|수면재|약|진통제|안정제|신경안정제|잠오는약)(을|를)?(한웅큼|한움큼|한주먹|한줌|한통|한병|몽땅|왕창|잔뜩)(을|를|씩)?"
        r"(먹었|묵었|삼켰|털어넣었|털어넣고|먹고|묵고)[^.?!]{0,12}?(깨났|깨어났|깼|살아났|눈떴|안죽|못죽|응급실|위세척|실려|"
        # (d46: or brought up again, "어제 저녁에 약 잔뜩 삼켰다가 다 토했어, 아무한테도 말 안 했어",
        # ko_train_dev_short_crisis14)
        r"토했|토하고|토해|토했는|게웠|게워|토해냈|오바이트)",
        not_before=r"(잘못|실수로|모르고|헷갈려서|헷갈려|깜빡하고|깜박하고)[^.?!]{0,8}",
    ),
    CrisisPattern(
        id="suicidal_thoughts.5",
        kind=PatternKind.ACTIVE,
        code="suicidal_thoughts",
        label_ko="자살 의도",
        label_en="stated intent to die",
        guard_class=GuardClass.DESIRE,
        regex=r"(나|나는|난|내가|인자|이제|진짜로|진짜|정말)죽을(거|꺼|것|끼|테)(야|다|여|래|라|이|니께|구만)",
        not_before=_IDIOM_ADJ + r"|(이러다|이러다가|이러다간|그러다|그러다가|이렇게하다가)",
    ),
    CrisisPattern(
        id="means_pesticide.3",
        kind=PatternKind.ACTIVE,
        code="means_pesticide",
        label_ko="농약 복용 의도",
        label_en="pesticide with intent",
        guard_class=GuardClass.MEANS,
        regex=r"(농약|제초제|그라목손|독약|청산가리)(병)?"
        # (d35: nor a meal's eating after it, "농약 한 병 사왔다 … 점심 묵고 나갈 끼다", ko_train_blind_short94)
        r"(?:(?!치|쳐|쳤|뿌|살포|방제|밭|논|밥|과수|고추|벌레|약통|점심|아침|저녁|새참|국수)[^.?!]){0,24}?"
        r"(마시|마셔|마셨|마실|먹으면|먹고죽|묵으면|묵고|들이키|들이켜|털어넣|뚜껑|숨겨|감춰|쳐다보)",
        # d35: nearly drunk by mistake ("농약을 생수병에 담아놨다가 하마터면 마실뻔 했어요", ko_train_blind_short91)
        not_after=r"^(뻔|번(했|혔|하|허))",
    ),
    CrisisPattern(
        id="means_pills.4",
        kind=PatternKind.ACTIVE,
        code="means_pills",
        label_ko="약 모으기",
        label_en="stockpiling pills",
        guard_class=GuardClass.MEANS,
        regex=r"(약|수면제|안정제)(?:(?!먹|드|타|받|처방|반납|버리|버렸|갖다|가져다|돌려)[^.?!]){0,12}?"
        r"(모아둔|모아놓은|모아놓|모아뒀|모은거|모아둬|모아서다|털어넣)|"
        r"수면제(를|을)?(조금씩|몰래|여러|모아|모았|사모|사다모|구해|잔뜩|많이)|약국(을)?(여러|세|두|몇|이곳저곳|여기저기)(군데|곳)",
        not_after=_PILLS_ORDINARY + "|" + _HANDFUL_HARD,
    ),
    CrisisPattern(
        id="means_pills.5",
        kind=PatternKind.ACTIVE,
        code="means_pills",
        label_ko="약 과다복용",
        label_en="overdose",
        guard_class=GuardClass.MEANS,
        # (d30: not with 씩, a dose each time: "약을 이렇게 한주먹씩 먹구 살아서 뭐하나 싶어요" is the daily handful)
        regex=r"(한움큼|한주먹|한꺼번에|몽땅|한통|더많이)(을|다)?(먹|삼키|삼켰|털어)",
        # (d38: food named just before, no pill between, "남은 반찬 한꺼번에 다 먹어버리면 되겠다")
        # (the review: and no pill or poison named before it in the sentence, "약이랑 밥이랑 한꺼번에 다 먹었어")
        not_before=r"^(?![^.?!]*(약|" + POISONS + r"))[^.?!]*?"
        r"(반찬|음식|밥|국|찌개|떡|과일|김치|라면|고기|빵|과자|수박|사과|귤|나물)(을|를|은|는|도|들|이랑)?(다|좀|그냥)?$",
        # not "can't eat it all at once" (a portion: 한꺼번에 먹을 수 없어서 얼렸어요)
        not_after=r"^.{0,8}(면안|믄안|문안|지말|지마|큰일|위험|조심)|^어도(되|돼|괜찮|상관)|"
        r"^(을수(가|는)?없|기(엔|에는|가|는|도)?(많|힘들|힘드|어렵|어려|버겁|부담)|지(를)?못)|"
        # the daily handful one must take ("한 움큼씩 먹어야 돼서 힘들어", "한 주먹 먹는다 혈압약 당뇨약"; d12fc)
        r"^어야(돼|되|해|한|하)|^는다[^.?!]{0,12}(혈압|당뇨|관절|심장|고지혈|영양제)|"
        # (d36: nor one believed taken by mistake, "한꺼번에 다 먹은 줄 알고 식겁했어요", ko_train_blind_short98)
        r"^(은줄|은걸로|었나싶|은거같아서)",
    ),
    CrisisPattern(
        id="aborted_attempt.1",
        kind=PatternKind.ACTIVE,
        code="aborted_attempt",
        label_ko="중단된 시도",
        label_en="aborted or interrupted attempt",
        guard_class=GuardClass.MEANS,
        regex=r"(한강|다리|대교|옥상|철길|선로|기찻길|강물|강가|바다|저수지|난간|절벽|낭떠러지|줄|끈|농약|약)"
        # (d36 probes: nor a while up there, "옥상에 이불 널러 갔다가 한참 안 내려올 거야")
        r"[^.?!]{0,30}?(용기가?(안|없)|한발짝|한발만|발한쪽|(?<!한참)(?<!한동안)(?<!당분간)(?<!며칠)(?<!오래)안내려올|돌아올생각(이|은)?없|"
        # (d17s: not a stay of days, "배 타면 사흘은 안 돌아올 거다")
        r"(?<!사흘은)(?<!며칠은)(?<!한동안)(?<!당분간)(?<!일주일은)(?<!이틀은)(?<!한달은)안돌아올|편도로|"
        r"무서워서못|겁나서못|못뛰|못마셨|토해서살|깨어나버|눈이떠지|"
        # (d33 probes: gone up and come back down for fear, "어제 옥상에 올라갔다가 그냥 내려왔어 무서워서")
        r"(그냥|도로|다시)?(내려왔|돌아왔|내려와)[^.?!]{0,6}?(무서워서|무서버서|무서와서|겁나서|겁이나서|무섭더라|무섭드라))",
    ),
    CrisisPattern(
        id="aborted_attempt.2",
        kind=PatternKind.ACTIVE,
        code="aborted_attempt",
        label_ko="중단된 시도",
        label_en="aborted or interrupted attempt",
        guard_class=GuardClass.MEANS,
        regex=r"(안깨어나려|안깨려|영영안깨려|안일어나려|죽으려)(고|구)?(했|먹|약)",
    ),
    CrisisPattern(
        id="aborted_attempt.3",
        kind=PatternKind.ACTIVE,
        code="aborted_attempt",
        label_ko="중단된 시도",
        label_en="aborted or interrupted attempt",
        guard_class=GuardClass.MEANS,
        # a ligature tied that broke or slipped, or pills taken and the speaker woke in hospital (d5)
        regex=r"(밧줄|노끈|넥타이|허리띠|전깃줄|스카프|수건)[^.?!]{0,20}?(맸는데|매달았는데|걸었는데|감았는데|묶었는데)"
        r"[^.?!]{0,10}?(끊어|풀려|떨어|끌러)|"
        r"(수면제|약|농약|알약)[^.?!]{0,16}?(먹고|묵고|마시고|삼키고)[^.?!]{0,12}?(깨어보니|깨보니|눈떠보니|눈을떠보니|정신차려보니)"
        r"(병원|응급실|중환자실)(이|이었|이더|에누워|에있|침대)",
    ),
    CrisisPattern(
        id="aborted_attempt.4",
        kind=PatternKind.ACTIVE,
        code="aborted_attempt",
        label_ko="중단된 시도",
        label_en="aborted or interrupted attempt",
        guard_class=GuardClass.MEANS,
        # fumes let into a closed space and the speaker sitting or lying in it ("차고에서 트럭 시동 걸어놓고 문 다 닫고
        # 그 안에 앉아 있었거든", "가스 틀어 놓고 누워 있었는디 딸이 문 두드려서"); not a gas ring left on and forgotten
        # (cognitive), nor a car warmed up
        # (gas released, "가스레인지 밸브를 다 열어 놓고 방문 닫고 누워 있었거든"; not a ring lit, "가스불 켜 놓고")
        regex=r"((시동|엔진)(을|를|도)?(걸어|켜)|가스(?!불)[^.?!]{0,8}?(틀어|열어)|(번개탄|연탄|숯)[^.?!]{0,6}?피워)"
        r"(놓고|놔두고|놓은채|놔놓고|둔채)"
        r"[^.?!]{0,20}?((문|창문|차문|셔터|방문)(을|도)?(다|꼭|꽉)?(닫고|잠그고|걸어잠그고|내리고)|틈(을)?막고)"
        r"[^.?!]{0,10}?(안에|속에)?(앉아|누워|들어가)(있었|있는데|있었는디|있었는데|있으니|있다가|있었거든)|"
        r"((시동|엔진)(을|를|도)?(걸어|켜)|가스(?!불)[^.?!]{0,8}?(틀어|열어)|(번개탄|연탄|숯)[^.?!]{0,6}?피워)"
        r"(놓고|놔두고|놓은채|놔놓고|둔채)[^.?!]{0,12}?누워(있었|있는데|있었는디|있었는데|있으니|있다가|있었거든)",
    ),
    # d46: a branch judged strong and a rope to be taken to it ("산 중턱 큰 소나무 가지가 튼튼해 보이더라고. 내일은
    # 끈 하나 챙겨서 다시 가볼라고", ko_train_dev_short_crisis14); not a swing, a hammock or washing hung from it
    CrisisPattern(
        id="means_hanging.d46",
        kind=PatternKind.ACTIVE,
        code="means_hanging",
        label_ko="목맴 수단",
        label_en="a strong branch, and a rope to take to it",
        guard_class=GuardClass.MEANS,
        regex=r"(가지|나뭇가지|소나무|대들보|들보|서까래|철봉)(가|이|는|도)?[^.?!]{0,6}?(튼튼|굵|단단|든든|실하|실허)"
        r"(?:(?!그네|해먹|빨래|빨랫|텐트|천막|곶감|시래기|고추|현수막|널)[^?!]){0,30}?"
        r"(?<![빨랫전깃고무목])(끈|밧줄|노끈|줄)(을|도|하나|하나만|좀)?(챙겨|들고|가지고|갖고|사서|사가|사다)"
        r"(?![^.?!]{0,12}?(널|말리|말릴|그네|해먹|텐트))",
    ),
    CrisisPattern(
        id="means_hanging.2",
        kind=PatternKind.ACTIVE,
        code="means_hanging",
        label_ko="목맴 수단",
        label_en="hanging means",
        guard_class=GuardClass.MEANS,
        # (d32: an adverb between, "끈도 벌써 사놨슈", ko_train_blind_short74)
        # (d46: the topic particle, "짐 안 될라믄 내가 먼저 정리혀야제, 줄은 사다 놨어", ko_train_dev_short_crisis14)
        regex=r"목(을)?맬(줄|끈)|(줄|끈|밧줄)(을|을다|도|은|는)?(벌써|이미|미리|진작|몰래)?(걸어봤|걸어놨|걸었|매달아|사다놨|사놨)"
        # (d41: not a grab line to get up by, said then, as means_hanging.1 reads it: "침대 머리에 밧줄을 매달아놨슈 …
        # 그거 잡고 당기면 수월하게 일어나져유")
        + NOT_A_GRAB_LINE,
        # (d20: a rope for a swing, a tent, the washing or persimmons to dry: "그네 매 준다고 감나무에 줄 걸었는데")
        # (d38: or the harvest to dry, "고추 말릴라고 줄 사다 놨어", ko_train_e)
        # (the harvest only with its hanging or drying said: "고추 농사 망하고 … 줄 사다 놨어" is no chore)
        # (d46: nor a lead or a skipping rope, "강아지 목줄은 사다 놨어": the neck right before the rope)
        not_before=r"(빨랫|빨래|전깃|고무|목|줄넘기)|(그네|텐트|천막|차양|현수막|곶감|시래기)[^.?!]{0,14}|"
        r"(" + HARVEST_HUNG + r")[^.?!]{0,6}?(말리|말릴|말려|매달|널|엮)[^.?!]{0,10}|"
        r"(말릴|말리려|말릴려|널려|널라|묶을라|묶으려)(라고|라꼬|고|꼬|구)$",
        not_after=r"^[^.?!]{0,12}(그네|텐트|천막|차양|현수막|빨래|이불|곶감|시래기|고추말|그물)",
    ),
    CrisisPattern(
        id="timing.d16L",
        kind=PatternKind.ACTIVE,
        code="timing",
        label_ko="시점 계획",
        label_en="timing",
        guard_class=GuardClass.DESIRE,
        # d16L: a day the speaker chose, and on it not coming back from where they go ("내가 정한 날이 이시난
        # 그날 오름 올라강 안 내려올 거우다", "내가 정해 둔 날 바다 가서 안 돌아올 거야"); not a trip with its
        # return said ("정한 날 산에 가서 하룻밤 자고 안 내려오고 다음 날 내려와")
        regex=r"(내가|나가|제가|내|나)(혼자)?(정한|정해둔|정해놓은|정해논|잡은|잡아둔|잡아논|받아둔)날[^.?!]{0,30}?"
        r"(안|못|다시는안|다시안)(내려올|내려오|돌아올|돌아오|돌아갈|나올|올라올)",
        not_after=r"^.{0,30}(다음날|담날|이튿날|자고|하룻밤|일박|며칠|묵고)",
    ),
    CrisisPattern(
        id="timing.2",
        kind=PatternKind.ACTIVE,
        code="timing",
        label_ko="시점 계획",
        label_en="timing",
        guard_class=GuardClass.DESIRE,
        regex=r"(날|날짜)(을|를|도)?(잡아|잡았|정해|정했|받아)(놨|뒀|놓)[^.?!]{0,20}(기일|제삿날|생일|마지막|가려고|갈거)|"
        r"(이번주|오늘|올해|이번|이게|내일|오늘밤)(가|이|은|는)?마지막(이야|이다|이여|일거|이제|이니까|인거|이라|이네|이구나|이겠|인가|일지)|"
        r"(다|모두|그냥|이제|고마|인자)끝내(고싶|버리고싶|버릴|고잡)",
        not_before=r"(일|숙제|공부|청소|빨래|농사|김장|설거지|밥|반찬|수업|치료|공사|정리|운전|장사|근무|출근)(을|를|도|은|는)?",
        # an echo question or reported speech ("선생님 오늘이 마지막이라고요?": someone else's last visit)
        not_after=r"^(고|구|꼬)(요|예|유)?$|^면서|^(고|구|꼬)(하더|그러|카더|하시|그러시|했|들었)|"
        # (d36: a way on after it said, "올해가 마지막이야 내년부턴 사 먹기로 했어", ko_train_dev_short_tricky4)
        r"^[^.?!]{0,8}?(내년부턴|내년부터|내년엔|내년에는|다음부턴|담부턴|이제부턴|이제부터는)[^.?!]{0,12}?"
        r"(사먹|사서|사다|맡기|맡겨|쉬|다닐|배우|놀러|여행|기로했|기로|하기로)|"
        # d33c: someone else's last day feared, said right after ("날마다 오늘이 마지막인가 싶어 울어 영감 말이여 나
        # 말고", ko_train_blind_short88)
        r"^[^.?!]{0,24}?(나말고|내말고|내가아니고|내가아이고)|"
        r"^[^.?!]{0,16}?(영감|남편|할멈|마누라|할배|할매|엄마|아부지|아버지|어머니|아들|딸|손주)(말이|얘기|이야기)|"
        # d18: the last of a season's or a week's thing, named right after ("올해 마지막이니까 김장 오늘 밤에 하려고요")
        r"^.{0,6}?(김장|모임|수업|진료|시합|경기|행사|공연|잔치|장날|장에|회식|예배|미사|방송|연습|농사|수확|추수|장보|세일|할인|"
        r"여행|휴가|방학|근무|출근|배달|주문|택배|축제|경로당|복지관|교회|성당)|"
        # d33c (probes): the work named right after the wish to finish it all ("그냥 다 끝내고 싶어 일 좀 그만하고 쉬고
        # 싶어")
        r"^[^.?!]{0,12}?(김장|장마|수술|공사|검사|치료|시험|숙제|일(좀|도|을|은|만|이|그만|안)|청소|이사|회의|빨래|농사|작업|장사|공부)",
    ),
    CrisisPattern(
        id="farewell.5",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 인사",
        label_en="farewell",
        guard_class=GuardClass.FAREWELL,
        # (d32b: Jeju "나 찾지 맙서", Gyeongsang "찾지 마소", ko_train_blind_short79)
        # (d40: not money withdrawn, "늙은이들은 돈 찾지 말라는거지", of a bank that shut)
        regex=NOT_MONEY_BEFORE + r"(엄마|아빠|할머니|할아버지|나|날|나를)?(를|을)?찾지(말라|마라|말아|말거라)(고|구)?|"
        r"(나|날|나를|내|저|저를|엄마|아빠|할머니|할아버지)(를|을)?찾지(맙서|맙써|마소|마이소|마래이)(고|구)?|"
        r"(내가|나|제가|나는|난|할머니|할미|할아버지|할배|할매|엄마|아빠|애미|애비)(가|는)?없어도(찾아|짖지|울지|아프지|싸우지|굶지|잘"
        + _RUNS_ON
        + r"|알아서|되게|살|괜찮|지내|쓰|쓸|엄마|아빠|말|밥|사이좋게|건강)|"
        r"(나는|난|내는)(없|읎)을(거|꺼|테|것|끼|기|겨)",
        not_after=r"^.{0,12}(집|병원|여행|시골|서울|경로당|교회|외출|나가|입원|수술|출장|없어도돼)",
        # (d35 probes: an absence for a trip or a stay named just before, "엄마 여행 가니까 엄마 없어도 밥 잘 챙겨먹어")
        not_before="(" + _AWAY_FOR_A_WHILE + r")[^.?!]{0,12}",
    ),
    CrisisPattern(
        id="preparation_affairs.2",
        kind=PatternKind.ACTIVE,
        code="preparation_affairs",
        label_ko="신변 정리",
        label_en="settling affairs",
        guard_class=GuardClass.PREP,
        regex=r"(다|모두|전부|싹)정리(가|를|도)?(됐|했|해놨|해뒀|끝)[^.?!]{0,16}(마음이?편|홀가분|미련|여한|후회)|"
        # (d26b: not how to write one, asked, "유언장 쓰는 법 알려 줘")
        r"(통장|보험증서|도장|비밀번호|집문서|땅문서|증서|적금|유언)(?![^.?!]{0,10}?(쓰는|하는|만드는|작성하는|적는|고치는)법)"
        r"[^.?!]{0,30}?(전해|알려줘|알려주|말해줘|말해주|찾아가)|"
        r"(맡겼|맡기고|맡겨|열쇠|나눠|물려|써놨|써뒀|넣어놨|넣어뒀|봉투)[^.?!]{0,40}?(이제)?(아무)?미련(이|도)?(하나도|전혀|아무)?없",
    ),
    CrisisPattern(
        id="preparation_giving.2",
        kind=PatternKind.ACTIVE,
        code="preparation_giving",
        label_ko="물건 나눠주기",
        label_en="giving belongings away",
        guard_class=GuardClass.PREP,
        regex=r"(물건|반지|목걸이|패물|가락지|시계|재산|살림|옷|아끼던|소중한|금붙이|내것|내거|가진거|가진것)"
        r"(들|을|를|도|은|는|이랑|랑|까지)?[^.?!]{0,14}?(다나눠|나눠줬|나눠주|(?<!갖)다줬|다주고|주고|줘버렸|물려줬|넘겨줬|다넘겼|"
        + _HANDED_ROUND
        + r")",
        not_before=_GIFT_BEFORE,
        not_after=_GIFT_AFTER + r"|^(싶|잡)|^[^.?!]{0,40}?(그러더라|그러대|그러데|그랬대|그랬다더라|카더라|카대)",
    ),
    CrisisPattern(
        id="means_pills.6",
        kind=PatternKind.ACTIVE,
        code="means_pills",
        label_ko="약 모으기",
        label_en="stockpiling pills",
        guard_class=GuardClass.MEANS,
        # (d18: speech-to-text's "수면재", dialect "안 묵고", "한 알씩" between:
        # "타온 수면재를 안 묵고 한 알씩 모아놨는디")
        regex=r"(약|수면제|수면재|안정제|진통제)[^.?!]{0,12}?"
        r"(안먹고|안묵고|안먹구|안묵구|안삼키고|버리지않고|몰래|안먹엉|안묵엉)"
        r"[^.?!]{0,10}?(모아|모으|모았|모은|쌓아|숨겨|쟁여|모앙|모안)|"
        # d22: the pills named as the dose prescribed a sentence before, kept back in the next ("의원 선생이 자기 전에
        # 한 알씩 먹으랜 줬수다. 근디 안 먹엉 귤차 깡통에 모아둠수다"; Jeju's -엉 is -고)
        r"(한알씩|한알|두알씩|한봉지씩|한봉씩)[^?!]{0,16}?(먹으라|먹으랜|먹으래|묵으라|드시라|먹으란)[^?!]{0,16}?"
        r"(안먹고|안묵고|안먹구|안묵구|안먹엉|안묵엉|안먹어)[^.?!]{0,12}?(모아|모으|모았|모은|쌓아|숨겨|쟁여|모앙|모안)",
        # (the pills kept to show the doctor, to hand in, because they did not suit: "안 먹고 모았다가 다음 진료 때
        # 선생님께 보여드렸어요. 약이 안 맞는 것 같아서요")
        not_after=r"^[^?!]{0,30}?(보여드|보여줬|보여주|보여줄|갖다줬|갖다드|가져갔|반납|버려|버렸|폐기|안맞|부작용)",
    ),
    # d23: what was kept back, to be taken at one go, said of an anaphor after the pills were named by the caller ("약이
    # 왜 이리 남았어요?" "그기 모아둔 거래요 한참에 먹을라구"): the stockpile and the overdose in one sentence
    CrisisPattern(
        id="means_pills.d23",
        kind=PatternKind.ACTIVE,
        code="means_pills",
        label_ko="약 모으기",
        label_en="pills kept back to take at once",
        guard_class=GuardClass.MEANS,
        regex=r"(모아둔|모아놓은|모아논|모은|모아놨|모아뒀|모아두|모아놓|숨겨둔|숨겨놓은|쟁여둔|모아둠)[^.?!]{0,12}?"
        r"(한꺼번에|한번에|한참에|단번에|한방에|한목에|몽땅)(다)?(먹|묵|털어넣|삼키|삼킬)"
        r"(을라|으려|을려|을거|을꺼|을끼|을겨|을란|겠|을게|을께|을기|으라고)",
    ),
    # d23: a life-sustaining treatment stopped because stopping it ends life ("투석 인자 안 다닐란다 … 그거 안 하면 한
    # 달도 못 간다드라 그래서 안 가는 거여"): the means is the treatment withheld. Not "그래서 꼬박꼬박 다녀" (kept up),
    # nor a warning ("그래서 안 하면 안 된다"). A decision to stop treatment said with a reason of its own (pain, a
    # doctor's advice, hospice) has no "so I stopped" after the lethal consequence and does not match.
    CrisisPattern(
        id="stop_treatment.d23",
        kind=PatternKind.ACTIVE,
        code="stop_treatment",
        label_ko="죽으려고 치료를 끊음",
        label_en="treatment stopped to die",
        guard_class=GuardClass.MEANS,
        regex=r"(투석|인슐린|항암|산소|혈압약|심장약|당뇨약|약)[^.?!]{0,24}?"
        r"(안하면|안허면|안하믄|안허믄|안받으면|안맞으면|안먹으면|안묵으면|끊으면|끊으믄|안다니면|안가면|안가믄|그만두면)"
        r"[^.?!]{0,10}?(못간|못산|못살|죽는|죽을|못버티|못넘기|얼마못|오래못)[^.?!]{0,20}?"
        r"(그래서|그랑께|그니까|그러니까|그러니께|그래가|그래갖고|글서|긍께|그라니까|그렁께)[^.?!]{0,10}?"
        r"(안가|안하|안허|안다니|안다닐|안받|안맞|안먹|안묵|끊었|끊을|끊은|그만뒀|그만둘)(?!(면|믄|민|모|으면|으믄)|게|도록|지마|지말)",
    ),
    CrisisPattern(
        id="timing.3",
        kind=PatternKind.ACTIVE,
        code="timing",
        label_ko="시점 계획",
        label_en="timing",
        guard_class=GuardClass.DESIRE,
        # (d35: the dialects' 버리, "그냥 인자 끝내불라고 했는디", ko_train_blind_long51)
        regex=r"끝낼(거|꺼|란다|래|라고|라꼬|까)|끝내(버릴|야겠|려고|버리려|불라|불랑|불란|뿔라|삘라|뿌릴|부릴|버릴라)",
        not_before=r"(일|숙제|공부|청소|빨래|농사|김장|설거지|밥|반찬|수업|치료|공사|정리|장사|밭일|일을|작업|얘기|말|전화)"
        # (d36: or this year's the last of it, "인자 농사는 올해로 끝내불라고", ko_train_dev_short_tricky2)
        r"(을|를|도|은|는)?(빨리|얼른|오늘|내일|다|이번주|올해로|올해까지|올해|금년|이번해로|이걸로|여기서)?(안에|까지|중으로)?|"
        # a task done first and then finished ("토요일까지 싹 뿌려 버리고 끝내 버릴 거야": the spraying)
        r"(뿌려|뿌리|심어|심|베|따|캐|치우|마치|해치우|말리|묶어|묶|칠하|바르)(버리|놓|두)?고|"
        r"(인연|관계|연애|썸|사랑|만남|사이|연락|짝사랑|동거|싸움|카톡|대화|" + _SWEETHEART[1:-1] + r")"
        r"(을|를|도|은|는|이|가)?(그냥|이제|이젠|여기서|이쯤에서|슬슬|빨리)?|"
        r"(좋아했|사랑했|사귀었|만났)(는데|지만)(이제|이젠|그냥)?|"
        # d19: a work's deadline in the day ("아침 다섯 시에 나가서 해 뜨기 전에 끝낼라고": the spraying)
        r"(쳐|치고|쳐불라고|뿌리고|뿌려|심고|캐고|따고|베고|나가서|일하고|약치고|약쳐)[^.?!]{0,14}?"
        r"(해뜨기|해지기|어둡기|비오기|날새기|더워지기|점심|저녁|아침|오전|오후|[0-9]시|시)(전|전에|전까지|까지|안에|중에|나절에)(다|싹)?",
    ),
    CrisisPattern(
        id="method.1",
        kind=PatternKind.ACTIVE,
        code="method",
        label_ko="방법 계획",
        label_en="method",
        guard_class=GuardClass.MEANS,
        regex=r"(저수지|강|바다|한강|강물|물)(에|으로|속으로|에다)?[^.?!]{0,8}?(걸어|뛰어)들어가(면|버리|고싶|볼까|야지)|"
        # (d35: "다음엔 꼭" only with the act after it, not a note to self, "다음엔 꼭 적어가야지",
        # ko_train_blind_short94)
        r"옥상(문)?[^.?!]{0,10}?(열려있는지|열리는지)|다음(엔|에는|번엔)(안내려올|뛰어|(꼭|진짜로?)(올라|뛰|할|갈|끝낼|끝내|성공))",
    ),
    # An accident staged ("사고처럼 보이게", d42: "교통사고처럼 보이면 보험이 나온다며", "벽에 박으면 사고로 보이겠지"),
    # once method.1's first alternative; not a staging told as done, the insurance already paid ("보험 사기꾼들이
    # 사고처럼 보이게 해서 보험금 탔대 뉴스에 나오더라"; a scam's victim keeps it, "사기꾼한테 당해서 … 사고처럼
    # 보이면 보험금 나오겠지")
    CrisisPattern(
        id="method.d42b",
        kind=PatternKind.ACTIVE,
        code="method",
        label_ko="방법 계획",
        label_en="an accident staged",
        guard_class=GuardClass.MEANS,
        regex=r"사고(처럼|인것처럼|인척|로)(보이게|보이면|보이도록|보이겠|위장)",
        not_after=r"^[^.?!]{0,20}?보험(금)?(을|이|도)?(탔|받았|타먹었|타냈|챙겼)",
    ),
    CrisisPattern(
        id="farewell.6",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 편지",
        label_en="farewell letter",
        guard_class=GuardClass.FAREWELL,
        regex=_LETTER_TO_KIN + r"(써놨|써뒀|써놓)",
        # (d40: nor a first letter, written after learning to write late, "한글교실 댕긴지 일년 됐어요. 어제 처음으로
        # 손주한테 편지를 썼어")
        not_before=_LETTER_NOT_BEFORE,
        not_after=_LETTER_NOT_AFTER,
    ),
    # d41: the same letter written ("썼"), not left: not one to a grandson doing his military service ("군대 간
    # 손자한테 … 손으로 편지를 썼어"); a letter left for him ("군대 있는 아들 앞으로 편지 한 장 써 뒀어") is
    # farewell.6's and keeps its level
    CrisisPattern(
        id="farewell.6b",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 편지",
        label_en="farewell letter",
        guard_class=GuardClass.FAREWELL,
        regex=_LETTER_TO_KIN + r"썼",
        not_before=_LETTER_NOT_BEFORE + r"|(군대|군에|훈련소|부대)(에)?(간|가있는|있는|들어간)$",
        not_after=_LETTER_NOT_AFTER,
    ),
    # ---- d13: farewell by the phone no one will answer; starving or stopping medicine to die; aborted attempts ----
    CrisisPattern(
        id="farewell.7",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 인사",
        label_en="farewell (no one left to answer the phone)",
        guard_class=GuardClass.FAREWELL,
        # "전화하지 마소 받을 사람이 없을끼요", "인제 전화 허지마 … 다음주면 받을 사람두 읎을 테니께": the speaker will
        # not be there to answer, said as a future; not a house left empty for an errand or a trip said right after
        regex=r"(전화|연락)[^.?!]{0,20}?받을사람(이|두|도|은|는)?(없|읎)을(거|꺼|테|것|끼|기|겨)",
        not_after=r"^.{0,30}(여행|온천|놀러|복지관|경로당|시장|딸네|아들네|외출|병원|입원|나가|출근|일하러|비워|집에없|장보|"
        r"요양원|이사)",
    ),
    CrisisPattern(
        id="refusing_to_live.1",
        kind=PatternKind.ACTIVE,
        code="refusing_to_live",
        label_ko="굶거나 약을 끊어 죽으려 함",
        label_en="starving or stopping medicine in order to die",
        guard_class=GuardClass.MEANS,
        # food or medicine refused (starving, meals or medicine stopped, not eaten on purpose) in order to go or die:
        # "굶어서 갈라꼬", "혈압약 당뇨약 다 끊어삤다 빨리 갈라꼬", "약 끊고 빨리 갈라고", "죽을라꼬 일부러 안 묵는다";
        # not a destination gone to ("굶고 병원 갈라꼬"), a meal skipped to leave in a hurry ("아침 굶고 빨리 가려고"),
        # a fast for a check-up, a diet, a doctor's advice
        regex=r"굶(어서|어가|어가꼬|어가지고|다가|다)(갈|가)(라꼬|라고|라구|란다|려고|려구|려꼬)|"
        r"((밥|곡기|끼니|음식|약|약들)(도|을|를|은|는|이고)?(다|싹|전부|몽땅)?(끊|딱끊)|일부러(안|못|굶)(먹|묵)?)"
        r"[^.?!]{0,14}?(빨리|얼른|퍼뜩|고마|인자|일찍|확)(갈라|가려|갈려)(꼬|고|구)|"
        r"(굶|(밥|곡기|끼니|음식|약|약들)(도|을|를|은|는|이고)?(다|싹|전부|몽땅)?(끊|딱끊)|일부러(안|못|굶)(먹|묵)?)"
        r"[^.?!]{0,14}?(죽을|죽으|뒤질|디질)(라꼬|라고|라구|란다|려고|려구|려꼬)|"
        # … or expected to go that way ("굶다 보믄 조용히 가겄지"), or with no will left to live ("약도 안타쿠다 이제 더
        # 살 생각 어수다")
        # (d35: or in a time said, "이렇게 굶다 보면 보름이면 가겠지", ko_train_blind_short94)
        r"굶(다|다가|고)?(보면|보믄|보모|있으면|있으믄)?[^.?!]{0,6}?(조용히|스르르|편히|편하게|이대로|저절로|절로|"
        r"(보름|한달|열흘|며칠|일주일|사흘|나흘|이레|[0-9]+일)(이면|이믄|만에|안에|쯤이면|쯤))(가|갈|죽)(겄|겠|것|지|제)|"
        r"(약|치료|병원|밥)(도|은|을|는)?[^.?!]{0,6}?(안타|안받|끊|취소|안먹|안묵)[^.?!]{0,12}?(더|이제|인자|인제)살(생각|마음|맘)(이|은|도)?"
        r"(없|어수|읎|엄)|"
        r"(죽을|죽으|뒤질|디질)(라꼬|라고|라구|려고|려구|려꼬)[^.?!]{0,8}?"
        r"(굶|(밥|곡기|끼니|음식|약)(도|을|를|은|는)?(다|싹)?(끊|안먹|안묵|안넘기)|일부러(안|못)(먹|묵))",
        not_before=r"(다이어트|살빼|살을빼|살뺄|체중|검사|검진|내시경|수술|금식|의사|선생님이|처방|병원에서)[^.?!]{0,24}",
        not_after=r"^.{0,24}(다이어트|살빼|살을빼|살뺄|체중|검사|검진|내시경|수술|금식|의사|선생님이|처방|병원에서|"
        r"버스|기차|약속|늦|출근|서둘|바빠|바쁘)",
    ),
    # d35 (probes): food refused, and going that way said to be the way ("안 먹은 지 사흘 됐어. 이대로 안 먹고 가면
    # 돼"); not a meal skipped before a check-up or a trip ("내일 검사라 이대로 안 먹고 가면 돼")
    CrisisPattern(
        id="refusing_to_live.d35",
        kind=PatternKind.ACTIVE,
        code="refusing_to_live",
        label_ko="굶거나 약을 끊어 죽으려 함",
        label_en="starving or stopping medicine in order to die",
        guard_class=GuardClass.MEANS,
        regex=r"(이대로|이렇게|이러고)(계속|쭉|쭈욱)?(안먹고|안묵고|안먹구|굶고|굶어서|곡기끊고|밥끊고|약끊고)"
        r"(가면|가믄|가모|가민|죽으면|죽으믄)(돼|되|된다|되지|된당께|그만|끝|편하|편할)",
        not_before=r"(다이어트|살빼|살을빼|살뺄|체중|검사|검진|내시경|수술|금식|의사|선생님이|처방|병원|출발|기차|버스|차|비행기|"
        r"점심|저녁|아침|식당|잔치|회식|거기|약속|늦|바빠|바쁘|서둘)[^.?!]{0,24}",
        not_after=r"^.{0,24}(다이어트|살빼|살을빼|살뺄|체중|검사|검진|내시경|수술|금식|의사|선생님이|처방|병원|"
        r"버스|기차|약속|늦|출근|서둘|바빠|바쁘|거기서|가서|도착)",
    ),
    CrisisPattern(
        id="aborted_attempt.5",
        kind=PatternKind.ACTIVE,
        code="aborted_attempt",
        label_ko="중단된 시도",
        label_en="aborted attempt (about to jump, did not)",
        guard_class=GuardClass.MEANS,
        # "방파제 끝까지 가서 뛰어들라 했드래요 … 못했소": set out to jump and stopped; not a dive into a pool or the
        # sea for a swim, nor going in after someone who fell in
        regex=r"(뛰어들|뛰어내리|뛰어내릴|몸을던지|몸던지)(라|려|을라|을려)(고|구|꼬)?(했|캤|카|하다|하다가|다가|는데|는디)"
        # (d28: or the legs would not move, "차도로 뛰어들라 했는데 다리가 안 떨어지더라")
        r"[^.?!]{0,30}?(못했|못하|몬했|몬하|그만뒀|그만두|말았|돌아왔|내려왔|포기|(다리|발)(가|이)?(안|못|잘안)떨어)",
        not_before=r"(수영장|수영|물놀이|계곡|다이빙|풀장|목욕탕|냉탕|해수욕|빠져서|빠졌|빠진|불속|불길)[^.?!]{0,24}",
        not_after=r"^.{0,30}(수영|물놀이|다이빙|물이차|물이너무차|구하|건지|빠진)",
    ),
    CrisisPattern(
        id="aborted_attempt.6",
        kind=PatternKind.ACTIVE,
        code="aborted_attempt",
        label_ko="중단된 시도",
        label_en="aborted attempt (a ligature being tied, stopped)",
        guard_class=GuardClass.MEANS,
        # "창고서 줄 매다가 며느리 오는 소리에 그만뒀슈"; not a washing line, shoelaces, a parcel or a stake tied
        # (a necktie, a belt or a scarf put on is dressing: those count only hung, "넥타이를 매달다가")
        regex=r"((?<![빨랫래])(줄|끈|밧줄|노끈|전깃줄)(을|를|로|도)?(목에)?(매다가|매달다가|걸다가|매달라|맬라|매려)|"
        r"(넥타이|허리띠|스카프)(을|를|로|도)?(매달다가|매달라|매달려))"
        r"[^.?!]{0,30}?(그만뒀|그만두|말았|못했|몬했|멈췄|포기|내려왔|풀었)",
        not_before=r"(빨래|신발|운동화|구두|"
        + LUGGAGE
        + r"|포장|박스|상자|고추|화분|텃밭|지지대|천막|비닐|그네|강아지|개|소|염소|낚시|"
        r"배|보따리|이삿짐|나무|가지|토마토|오이|넝쿨|머리)[^.?!]{0,16}",
        not_after=r"^.{0,30}(빨래|신발|운동화|" + LUGGAGE + r"|포장|박스|고추|지지대|천막|그네|낚시)",
    ),
    CrisisPattern(
        id="method.2",
        kind=PatternKind.ACTIVE,
        code="method",
        label_ko="방법 계획",
        label_en="driving into water or off a height",
        guard_class=GuardClass.MEANS,
        # "트럭 몰고 저 바다로 들어갈라 했는데", "경운기 몰고 저수지로 쳐박아불라고": a vehicle driven into the water or
        # over the edge on purpose; not a drive to the reservoir to fish, nor a road or a car park there
        regex=r"(차|트럭|경운기|오토바이|자동차|자가용|택시|차를|트럭을)(를|을)?(몰고|끌고|타고|운전해서|운전해가|몰아서|몰아가)"
        r"[^.?!]{0,8}?(바다|강물|저수지|호수|낭떠러지|절벽|벼랑|물속|바닷물|한강)(로|으로|에|속으로|에다|아래로)"
        r"(들어갈|쳐박|처박|떨어질|떨어져|뛰어들|돌진)(라|려|을라|아불|아버리|아뿌|아삐|아부|버리|불|뿔|삘|을려)",
        not_after=r"^.{0,30}(낚시|길이|길을|주차|캠핑|구경|놀러|드라이브|공사|선착장|도로|마을|배타|배를)",
        not_before=r"(낚시|캠핑|구경|놀러|드라이브|관광)[^.?!]{0,20}",
    ),
    CrisisPattern(
        id="aborted_attempt.7",
        kind=PatternKind.ACTIVE,
        code="aborted_attempt",
        label_ko="중단된 시도",
        label_en="aborted attempt (a blade put to the wrist)",
        guard_class=GuardClass.MEANS,
        # "부엌칼 들고 손목에 대봤는디 떨려서 못했어라": a blade held to one's wrist; not a wrist measured or a bracelet
        # tried ("손목에 줄자 대봤는디")
        regex=r"(칼(?<!부칼)(?![국슘로리질])|면도칼|면도날|커터|과도|식칼)(을|를|로|으로)?(들고|쥐고|갖고|가지고|꺼내서|꺼내)?"
        r"[^.?!]{0,10}?손목(에|을|에다|에다가)?(대봤|대보|갖다대|갖다댔|댔|대고|그어봤|그을라|그으려|긋다가)|"
        r"손목(에|에다|에다가)?(칼|면도칼|면도날|커터|과도|식칼)(을|를)?(대봤|대보|갖다대|갖다댔|댔|대고)",
        # ("손목에 칼 댔어": an operation, its ligament or fracture named)
        not_before=r"(수술|인대|뼈|골절|깁스|터널|수근관)[^.?!]{0,20}",
        not_after=r"^.{0,20}(수술|인대|뼈|골절|깁스|터널|수근관)",
    ),
    # ---- d14r: aborted hangings and blades in dialect, a going announced with papers, debts paid and "going",
    # an overdose asked about, a staged accident for the insurance, treatment stopped on purpose --------------------
    CrisisPattern(
        id="aborted_attempt.8",
        kind=PatternKind.ACTIVE,
        code="aborted_attempt",
        label_ko="중단된 시도",
        label_en="aborted attempt (a ligature hung or put to the neck)",
        guard_class=GuardClass.MEANS,
        # "어젯밤에 목 맬라고 줄까지 걸었는디 … 못 했슈" (means_hanging.1 leaves "…에 목 매다" to the idiom, "돈에 목
        # 매다"; a ligature hung for it is no idiom); "줄을 한번 매 봤어 … 의자 하나 갖다 놓고 올라가서 목에 대
        # 보기까지 했는디"; not a dog's lead, a necklace, a lanyard or a skipping rope put round a neck
        regex=r"목(을)?(맬|매|매달|걸)(라|려|을라|을려|으려)(고|구|꼬)[^.?!]{0,20}?"
        r"(줄|끈|밧줄|노끈|전깃줄|넥타이|허리띠)(을|를|도|까지|부터|하나)?[^.?!]{0,8}?(걸었|걸어|매달|맸|매놨|매뒀|묶었|묶어|사다|사왔|준비)|"
        r"(?<![금은빨랫래넘기폰찰])(줄|끈|밧줄|노끈|전깃줄)(을|를|은|도)?"
        r"(?:(?!강아지|누렁|백구|바둑이|고양이|염소|송아지|목걸이|목도리|명찰|사원증|이어폰|카메라|안경|줄자)[^.?!]){0,60}?"
        r"(의자|사다리|발판|받침|대야|양동이)(에|를|하나|위에|위로)?[^.?!]{0,20}?(올라가|올라서|딛고|밟고)[^.?!]{0,12}?"
        r"목에(다|다가)?(대|걸|감아|감았|넣)|"
        # d18: or climbed up to where the rope hangs and came down ("창고에 그 줄 있는 데까지 의자 갖다 놓고 올라섰는데
        # 우리 손지 얼굴이 딱 떠오르는 기라 … 내려왔다"), or a rope tied to a tree or a beam with the act still to do
        # ("소나무에 끈 매놓고 왔다 아이가. 아직 몬 했다")
        r"(?<![금은빨랫래넘기폰찰])(줄|끈|밧줄|노끈|전깃줄)[^.?!]{0,16}?(의자|사다리|발판|받침)[^.?!]{0,16}?(올라서|올라섰|올라선|올라갔|올라가서)"
        r"[^?!]{0,60}?(내려왔|내려와|못했|몬했|모했|못하겠|못허겄)|"
        r"(나무|소나무|대들보|들보|서까래|기둥|가지)(에|에다|에다가)?(끈|줄|밧줄|노끈|전깃줄)(을|를|도|하나)?(매|걸|묶)(어|아)?(놓|놨|놔|뒀|두)"
        r"[^?!]{0,30}?(아직|차마)(못|몬|모)(했|하겠|하것|허겄|한다|하고)",
        # (not a chore up a chair: "전구 갈라고 줄 잡고 의자에 올라섰다가 어지러워서 내려왔다")
        not_before=r"(전구|형광등|전등|커튼|선반|청소|빨래|곶감|감말|못박|페인트|도배|벽지|시계|창문|에어컨|다락|지붕|"
        r"메주|시래기|고추|마늘|등|현수막|달력|액자)[^.?!]{0,20}$",
        not_after=r"^[^.?!]{0,30}?(전구|형광등|전등|커튼|선반|청소|빨래|곶감|못박|페인트|도배|벽지|시계|달력|액자|메주|시래기)",
    ),
    CrisisPattern(
        id="aborted_attempt.9",
        kind=PatternKind.ACTIVE,
        code="aborted_attempt",
        label_ko="중단된 시도",
        label_en="aborted attempt (a blade held, the wrist stared at, not cut for fear)",
        guard_class=GuardClass.MEANS,
        # "칼 들고 한참 손목만 보고 있었슈. 무서워서 못 그었지만": a blade held while staring at one's wrist, or not
        # cut for fear; not a wristwatch looked at, a wrist cut while cooking, nor a line not drawn
        regex=r"(칼(?<!부칼)(?![국슘로리질])|면도칼|면도날|커터|과도|식칼)(을|를)?(들고|쥐고|갖고|가지고|꺼내|꺼내서|꺼내놓고)"
        r"[^.?!]{0,8}?손목(?!시계)(만|을|이랑)?[^.?!]{0,4}?(보|쳐다보|내려다보|바라보|들여다보)(고|면서|며|다가)(있|앉|한참)|"
        r"(칼(?<!부칼)(?![국슘로리질])|면도칼|면도날|커터|과도|식칼|손목)[^?!]{0,30}?(무서워서|겁나서|떨려서|차마|손이떨려)"
        r"[^.?!]{0,4}?(못|몬)(그었|긋|그어|그을)",
        not_before=r"(수술|인대|뼈|골절|깁스|요리|부엌일|칼질|썰다|썰다가|깎다|깎다가)[^.?!]{0,20}",
    ),
    CrisisPattern(
        id="farewell.8",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 인사",
        label_en="farewell (going first, with an apology and where the papers are)",
        guard_class=GuardClass.FAREWELL,
        # "아들아 미안하다 엄마는 먼저 간다 보험 서류는 장롱 두 번째 칸에 있다": going first said with where the papers
        # are kept (or an apology and a goodbye); not leaving a party ("미안하다 먼저 간다 내일 출근이라"), nor an
        # errand
        # with the fridge's contents told ("엄마 먼저 간다 반찬은 냉장고에 있다")
        regex=r"먼저(간다|갈게|갈께|가마|갈란다|갈라요|가네|가니|가요|갑니다|가요잉|간데이|갈랑께|떠난다|떠날게|떠나요)",
        not_after=r"^.{0,30}(출근|약속|모임|회식|계산|버스|막차|기차|택시|내일봐|낼봐|또보자|다음에봐|먼저들어|집에|피곤|"
        r"술|노래방|시장|병원|교회|성당|경로당|복지관|밥챙겨|냉장고|반찬)",
        composition=Composition(
            concepts=(
                (
                    Concept(
                        name="papers_where",
                        regex=r"(보험|통장|도장|비밀번호|서류|집문서|땅문서|증서|유언장|적금|현금|봉투)[^.?!]{0,16}?"
                        r"(장롱|장농|서랍|금고|이불장|옷장|책상|안방|달력|액자|베개|농)[^.?!]{0,12}?"
                        r"(있|넣어|놔뒀|뒀|붙여)",
                    ),
                    2,
                ),
                (Concept(name="apology", regex=r"미안하다|미안해|미안혀|미안허다|용서해|용서하거라"), 1),
                (
                    Concept(
                        name="goodbye", regex=r"잘있거라|잘있어라|잘살아라|잘살거라|울지마|울지말|사랑한다|고마웠다"
                    ),
                    1,
                ),
                (FINALITY, 2),
            ),
            threshold=2,
            # (INNOCENT_GOING's "이랑" would read "도장이랑 통장은" as company on a trip)
            innocent=Concept(
                name="innocent_going_first",
                regex=r"출근|약속|모임|회식|계산|버스|막차|기차|택시|내일봐|낼봐|또보자|다음에봐|먼저들어|피곤|노래방|시장|"
                r"여행|놀러|냉장고|반찬|밥챙겨|데리러|마중|병원|교회|성당|경로당|복지관",
            ),
        ),
    ),
    CrisisPattern(
        id="preparation_affairs.3",
        kind=PatternKind.ACTIVE,
        code="preparation_affairs",
        label_ko="신변 정리",
        label_en="affairs settled and only the going left",
        guard_class=GuardClass.PREP,
        # "소 판 돈 아들 주고 빚도 다 갚았드래요. 이제 편히 갈 일만 남았수.": debts paid or money handed on, then
        # nothing left but to go (the next sentence may say it); not a trip or a house move left to make, nor a life
        # to enjoy ("이제 편히 살 일만 남았다")
        regex=r"(빚(도|을|은|이랑)?(다|모두|싹|전부)?(갚|청산|정리)|(돈|통장|땅|집|논|밭|소|재산)(은|을|도)?[^.?!]{0,8}?"
        r"(아들|딸|자식|애들|며느리|손주)(한테|에게|들)?(다|싹)?(주고|줬|넘겨|물려))[^?!]{0,30}?"
        r"(편히|편하게|조용히|홀가분하게|맘편히|마음편히|훌훌)?(갈|떠날|눈감을|죽을)(일|날|때|것|거)(만|밖에|뿐)(남|기다|있)",
        not_after=r"^.{0,20}(여행|이사|기차|버스|비행기|공항|예매|고향|성묘|놀러|구경|딸네|아들네|서울|시골)",
    ),
    CrisisPattern(
        id="not_wake_up.6",
        kind=PatternKind.PASSIVE,
        code="not_wake_up",
        label_ko="깨어나지 않기를 바람",
        label_en="wish not to wake up (dialect conditionals)",
        guard_class=GuardClass.DESIRE,
        # "조용히 잠들엉 다신 안 일어나민 좋쿠다" (Jeju -민 좋쿠다), "다시는 안 깨믄 좋겄어", "영영 눈 안 뜨모 좋겠다";
        # not "푹 자고 싶다", nor waking late ("늦게 일어나면 좋겠다")
        regex=r"(다신|다시는|다시|영영|그대로|이대로|영원히)?(안|못)(일어나|깨어나|깨|눈뜨|뜨|떠지|떠져|눈떠지)(믄|민|모|몬|문|면|면은|믄은|므는|민은)"
        r"(좋|조|고맙|원이없|원없|소원|바랄|좋쿠|좋겄|좋것|좋을|좋겠)",
        # someone else not waking (a baby just put down), or a long sleep wished ("아침까지 안 깨믄 좋겄다")
        not_before=_SLEEP_NOT_BEFORE,
        not_after=_SLEEP_NOT_AFTER,
    ),
    CrisisPattern(
        id="method_question.1",
        kind=PatternKind.ACTIVE,
        code="method",
        label_ko="방법 탐색",
        label_en="asking how much of a means it takes to die",
        guard_class=GuardClass.MEANS,
        # "약을 얼마나 묵으모 따라갈 수 있겠노?", "수면제 몇 알 먹으면 안 깨나", "인슐린 얼마나 놓으면 가나": a quantity
        # asked with dying or following the dead named; not a dose asked ("얼마나 먹으면 나아요?")
        regex=r"(약|수면제|수면재|안정제|진통제|알약|농약|쥐약|제초제|인슐린|주사)(을|를|은|이|도)?[^.?!]{0,8}?"
        r"(얼마나|몇알|몇개|몇봉|몇봉지|몇통|몇병|몇모금|몇대|몇방울)(이나|을|를|쯤|씩)?(먹|묵|삼키|삼켜|마시|마셔|털어|놓|놔)"
        r"[^.?!]{0,6}?(면|믄|모|민|야|어야|아야|으면|으믄|으모)[^.?!]{0,10}?"
        r"(죽|따라가|따라갈|저승|영영|안깨(?!고)|못깨|깨지않(?!고)|숨이|영감한테|할멈한테|하늘나라)",
    ),
    CrisisPattern(
        id="method.3",
        kind=PatternKind.ACTIVE,
        code="method",
        label_ko="방법 계획",
        label_en="an accident staged for the insurance",
        guard_class=GuardClass.MEANS,
        # "사고로 가면 애들한테 얼마가 나오는지" asked of the insurer, "경운기가 미끄러져도 아무도 이상하게 생각 안 할
        # 거요": the speaker's death as an accident that pays or that nobody would question; not a real accident's
        # claim ("접촉사고 나서 보험회사에 물어봤지 얼마 나오는지"), nor a fear of falling unseen ("미끄러져도 아무도
        # 모를 거야")
        regex=r"사고(로|로라도|처럼|인척)(가면|가믄|가모|가민|죽으면|죽으믄|죽으모|가도|죽어도|가뿌면|가불면)[^?!]{0,20}?"
        r"(보험(금)?(이|은|도|이랑)?[^.?!]{0,8}?(나오|나와|나온|얼마|타|받)|얼마(가|나)?(나오는지|나오나|나오노|나올까|나올지|나와|나온다|나온대)|"
        r"나오는지|나온다)|"
        r"(미끄러지|미끄러져|굴러|떨어지|떨어져|빠져|뒤집혀|뒤집어져|처박혀|쳐박혀)(도|면|믄|서|가)?[^.?!]{0,8}?"
        r"아무도(이상하게|의심|수상하게|이상타)(생각|여기|보)?(안|않|못|을사람)",
    ),
    CrisisPattern(
        id="refusing_to_live.2",
        kind=PatternKind.ACTIVE,
        code="refusing_to_live",
        label_ko="굶거나 약을 끊어 죽으려 함",
        label_en="medicine or treatment stopped on purpose in order to die",
        guard_class=GuardClass.MEANS,
        # "일부러 끊은 거예요. 빨리 가려고." (the reason in the next sentence, which refusing_to_live.1 does not read);
        # "인슐린도 일부러 안 맞아 얼른 갈라고"; not a doctor's advice, a fast before a test, nor a bus to catch
        regex=r"(일부러|작정하고|맘먹고|마음먹고|단단히)[^.?!]{0,6}?(끊|안먹|안묵|안맞|안놓|안받|취소|굶)[^?!]{0,16}?"
        r"(빨리|얼른|퍼뜩|일찍|고마|인자|어서)(갈라|가려|갈려|죽으려|죽을라|죽을려|떠나려|떠날라)(고|구|꼬)",
        not_before=r"(다이어트|살빼|살을빼|체중|검사|검진|내시경|수술|금식|의사|선생님이|처방|병원에서)[^.?!]{0,24}",
        not_after=r"^.{0,24}(다이어트|살빼|체중|검사|검진|내시경|수술|금식|버스|기차|약속|늦|출근|서둘|바빠|바쁘|병원|시장)",
    ),
    # d18: stood on a bridge or a roof, and came down ("지난주 화요일에 한강 다리 위에 한 시간 넘게 서 있다가 아들 전화
    # 받고 내려왔어요"), or weights to sink with ("허리에 납 차고 들어가민 다시 안 올라오주")
    CrisisPattern(
        id="aborted_attempt.d18",
        kind=PatternKind.ACTIVE,
        code="aborted_attempt",
        label_ko="중단된 시도",
        label_en="aborted attempt (stood on a bridge or a roof's edge and came down); weights to sink",
        guard_class=GuardClass.MEANS,
        # (d25e: a balcony's railing, and speech-to-text's 난관 for 난간)
        regex=r"(다리|대교|난간|난관|베란다난간|베란다난관|방파제|절벽)(위에|위에서|우에|끝에|끝에서|에)[^.?!]{0,20}?"
        r"(서있다가|서있었|서있다|올라섰다가|올라갔다가|올라가있다가)"
        r"(?:(?!고치|수리|사진|찍|구경|청소|널|말리|걷|작업|공사|페인트|낚시|운동|산책|빨래|경치|바람쐬|구경|친구|만나)[^?!]){0,90}?"
        r"(내려왔|내려와|돌아왔|돌아와|못뛰|못했|몬했)|"
        r"(납|납덩이|돌|돌덩이|추)(을|를)?(허리에|몸에|발에)?(차고|달고|매달고|묶고|넣고)[^.?!]{0,8}?(들어가|뛰어들|빠지)[^.?!]{0,10}?"
        r"(다시|영영)?(안|못)(올라오|나오|떠오)",
        not_before=r"(공사|작업|수리|청소|페인트|사진|구경|관광|산책|낚시|해녀|물질)[^.?!]{0,12}$",
    ),
    # d23: tried, and the cord gave way ("어제 화장실에서 해봤는데 줄이 끊어지더라고", "문고리에 걸었는데 끈이 풀려서"):
    # an attempt that failed. Not a washing line, a swing, a load or a skipping rope (named before it), nor a cord
    # that broke in the wind or under a load (said after it)
    CrisisPattern(
        id="aborted_attempt.d23",
        kind=PatternKind.ACTIVE,
        code="aborted_attempt",
        label_ko="중단된 시도",
        label_en="an attempt tried and the cord broke",
        guard_class=GuardClass.MEANS,
        regex=r"(해봤|해봣|해봤|매봤|매달았|매달아봤|걸어봤|걸었|묶었|묶어봤|달아봤|목맸|목을맸)(는데|는디|더니|는데도|는데예|는데요)[^.?!]{0,6}?"
        r"(줄|끈|밧줄|노끈|넥타이|전깃줄|허리띠)(이|가)?(끊어|끊겨|끊기|풀려|풀리|떨어졌|떨어지|안버티|못버티)",
        not_before=r"(빨래|이불|빨랫줄|빨래줄|그네|"
        + LUGGAGE
        + r"|화분|줄넘기|텐트|현수막|태극기|고추|넝쿨|연|낚시|간판|커튼|전등|시계|액자)[^.?!]{0,16}$",
        not_after=r"^[^.?!]{0,12}?(빨래|이불|" + LUGGAGE + r"|바람|무거|화분|그네|애들|손주)",
    ),
    # d22: at the water or a height, the shoes taken off and left, then put back on and home again ("밤중에 저수지
    # 둑까지 걸어갔드래요. … 신발 벗어서 둑에 나란히 놔뒀지. … 정신이 퍼뜩 들어서 도로 신고 왔어요"): an attempt
    # held back, not a paddle, a rest or a walk on the bank
    CrisisPattern(
        id="aborted_attempt.d22",
        kind=PatternKind.ACTIVE,
        code="aborted_attempt",
        label_ko="중단된 시도",
        label_en="aborted attempt (shoes left at the water or a height, put back on)",
        guard_class=GuardClass.MEANS,
        regex=_SHOES_PLACE
        + r"(?:(?!낚시|빨래|놀|모래|조개|물놀이|수영|산책|운동|작업|청소|공사|사진|구경|발담|족욕|씻)[\s\S]){0,70}?"
        + _SHOES_OFF
        + r"(벗어|벗엉|벗어서|벗고)"
        r"(?:(?!낚시|놀|모래|조개|물놀이|수영|발담|족욕|씻|쉬었|쉬다|낮잠)[^?!]){0,80}?"
        r"(도로|다시|되레|다부|도루)(주워)?(신고|신엉|신었|신구)(왔|와|돌아|내려|집에|들어)",
        not_before=_SHOES_NOT_BEFORE,
    ),
    # d19: at the edge of water or a height, the plunge weighed and held back ("방파제 끝에 강 앉아 이섰주.
    # 확 들어가불카 허당 말았주"), or one step out that would end it, the foot put out and drawn back
    # ("절벽 끝에 … 딱 한 발만 앞으로 내밀민 끝나겠구나 허멍 발을 몇 번이나 내밀었다 들였다 했저")
    CrisisPattern(
        id="aborted_attempt.d19",
        kind=PatternKind.ACTIVE,
        code="aborted_attempt",
        label_ko="중단된 시도",
        label_en="aborted attempt (a plunge weighed at the water's or a height's edge and held back)",
        guard_class=GuardClass.MEANS,
        regex=r"(방파제|바다|바당|바닷가|강|강물|다리|대교|저수지|호수|절벽|낭떠러지|벼랑|옥상|난간|철길|선로|기찻길)"
        r"[^?!]{0,60}?(?:"
        r"(확|콱|그냥|팍|훅)?(들어가|뛰어들|뛰어내리|뛰어내려|빠져|빠지|몸을던지|떨어져|떨어지)(불|버릴|삐|뿌|버리|블|버)?"
        r"(ㄹ까|까|카|꺼나|끄나|랑가|가|려)(하|허|카|싶|해|헤)(다|당|다가|고|다그|는디|는데)?[^.?!]{0,4}?(말았|그만|관뒀|참았|돌아|못했|몬했)|"
        r"(확|콱|팍|훅)(들어갈|뛰어들|빠질|뛰어내릴|떨어질)(까|카|꺼나|끄나)(하|허|카|싶|해|헤)(다|당|다가|고|다그|는디|는데)?[^.?!]{0,4}?"
        r"(말았|그만|관뒀|참았|돌아|못했|몬했)|"
        r"한발(만|짝)?(더|앞으로)?(내밀|내디|내딛)(면|민|믄|으면|으믄)[^.?!]{0,6}?끝|"
        r"한발(만|짝)?(더)?(넘|넘어가|건너|넘기)(으면|으믄|으민|면|믄|민|기만하면)[^.?!]{0,6}?(되겠|되것|되겄|끝|그만)|"
        # d20: Jeju "한 발짝만 더 가민 되켜" (one more step would do)
        r"한(발|발짝|걸음)(만)?(더)?(가|나가|디디|떼|내디디|내딛)(면|민|믄|으면|으믄|으민)[^.?!]{0,6}?(되켜|되겠|되것|되겄|끝|그만|될)|"
        # gone there and come back because the water was too cold ("저수지까지 갔다가 그냥 왔네요ㅎㅎ 물이 너무 차서")
        r"(갔다가|가서)[^.?!]{0,8}?(그냥|도로|다시)?(왔|돌아왔|돌아와|나왔)[^?!]{0,16}?물이(너무|넘|하도|좀|억수로)?"
        r"(차서|차가워서|차갑더라|차갑데|추워서|무서워서|깊어서)|"
        r"발(을|도)?[^.?!]{0,12}?(내밀었다|내디뎠다|내딛었다|내밀다|내밀엇다)(들였|거뒀|뺐|물렀|들엿)|"
        # the shoes taken off and set on the bank, and into the water ("신발 벗어서 뚝에다 놓구 물에 들어갔는디")
        r"신발(을|은|도)?(벗어|벗고|벗어서|벗어놓|벗어두)[^?!]{0,30}?(물에|물속|물로|강에|바다에|바당에|저수지에)"
        r"[^?!]{0,6}?(들어갔|들어가|걸어들어|들어섰))",
        not_before=r"(공사|작업|수리|청소|페인트|사진|구경|관광|산책|낚시|해녀|물질|수영|물놀이|해수욕|해변|피서|휴가|여행|놀러)"
        r"[^.?!]{0,12}$",
        # (a paddle: "신발 벗어 놓고 바다에 들어갔어 발만 담그고 조개 주웠지")
        not_after=r"^[^.?!]{0,24}?(조개|발만|발담그|물놀이|수영|해루질|고둥|다슬기|재첩|바지락|손주(들)?(랑|하고|데리고)|애들하고|"
        r"시원하게놀)",
    ),
    # d21: at a bridge, a roof, a cliff or the water, the shoes taken off and left there (set neatly side by side is how
    # such a death is found in Korea), in a sentence or two after the place is named ("다리 위여… 물 좀 보고 있어. …
    # 신발은 벗어놨어"); not a paddle, a beach, sand play, a rest on the bank with the feet in the water
    CrisisPattern(
        id="means_place_plan.d21",
        kind=PatternKind.ACTIVE,
        code="means_place_plan",
        label_ko="위험 장소에서 신발을 벗어 둠",
        label_en="shoes taken off and left at a bridge, a roof, a cliff or the water",
        guard_class=GuardClass.MEANS,
        regex=_SHOES_PLACE + r"(에|위|위에|위여|에서|끝|끝에|앞|앞에)?"
        r"(?:(?!낚시|빨래|널러|널고|놀|모래|조개|물놀이|수영|산책|운동|작업|청소|공사|사진|구경|평상|텃밭|장독|고추|화분|말리|"
        r"돗자리|자리펴|앉아쉬|쉬었|쉬다|발담|족욕|씻)[\s\S]){0,70}?" + _SHOES_OFF + r"(벗어|벗엉|벗어서)"
        # (d22: the place named again, or how, between: "신발 벗어서 둑에 나란히 놔뒀지")
        r"((둑|뚝|난간|다리|옥상|바위|방파제|물가|강가|가)(에|위에|우에|밑에|앞에)?)?(가지런히|나란히|잘|딱)?"
        # (d36: or to be set down, "강둑에 신발 가지런히 벗어두면 사람들이 알아서 찾겠지", ko_train_dev_short_crisis4)
        r"(놨|놓았|뒀|두었|놓고|두고|놓앙|놔|둬|놓았어|논|둔|두면|두믄|두모|놓으면|놓으믄)",
        not_before=_SHOES_NOT_BEFORE,
        not_after=r"^.{0,30}?(조개|발만|발담|발을담|담갔|담그|물놀이|수영|모래|해루질|고둥|다슬기|바지락|손주|애들|족욕|시원하|씻|"
        r"평상|낮잠|쉬었|쉬다|누워|돗자리|빨래|널|말리|들어와|들어갔다왔|일하|작업|청소|식히|식혔|바람쐬|걸었|걷)",
    ),
    # d19: the medicine stopped, said as the caller's question's answer, so as to go sooner ("간호사: 혈압약 드셨어요?
    # 할아버지: 끊었어. 빨리 가게.")
    CrisisPattern(
        id="refusing_to_live.d19",
        kind=PatternKind.ACTIVE,
        code="refusing_to_live",
        label_ko="굶거나 약을 끊어 죽으려 함",
        label_en="medicine stopped so as to go sooner",
        guard_class=GuardClass.DESIRE,
        regex=r"(끊었|끊어버렸|끊어삤|끊어부렀|안먹어|안묵어|안먹는다|안묵는다|안먹지)(어|다|지|소|제|유|요)?[.,…]*"
        r"(빨리|얼른|어서|퍼뜩|후딱|고마)(가게|갈라고|갈라꼬|가려고|죽게|갈려고|가라고|갈란다)",
        not_after=r"^(좀|해|해줘|해주|하자|해봐|돼|되|병원|시장)",
    ),
    # d20: the danger of stopping told and wanted ("의사가 약 끊으면 금방 쓰러진다대 그게 내가 바라는 거여")
    CrisisPattern(
        id="refusing_to_live.d20",
        kind=PatternKind.ACTIVE,
        code="refusing_to_live",
        label_ko="굶거나 약을 끊어 죽으려 함",
        label_en="medicine stopped so as to go sooner",
        guard_class=GuardClass.DESIRE,
        regex=r"(끊으면|안먹으면|안묵으면|안하면|빠지면|안맞으면)[^.?!]{0,12}?(쓰러진|죽는|간|큰일난|위험하|못산)다?"
        r"(대|고|카|더라|던데|데)?[^.?!]{0,4}?(그게|그거|그기|그것이)(내가|내|지가)?(바라는|원하는)",
    ),
    # d18: the treatment's stopping named as a quick death, then stopped for that ("인슐린 안맞으면 금방 간다며? 그래서
    # 이번달부터 그만 맞을라고")
    CrisisPattern(
        id="refusing_to_live.d18",
        kind=PatternKind.ACTIVE,
        code="refusing_to_live",
        label_ko="굶거나 약을 끊어 죽으려 함",
        label_en="treatment stopped because stopping it brings death sooner",
        guard_class=GuardClass.DESIRE,  # (its reason is the death itself: no everyday purpose can excuse it)
        regex=r"(인슐린|약|투석|혈압약|당뇨약|심장약|주사)[^?!]{0,6}?(안맞|안먹|안묵|끊|안받|안놓)(으면|으믄|으모|으민)[^?!]{0,10}?"
        r"(금방|빨리|얼른|일찍|퍼뜩)(간다|가|죽|떠)[^?!]{0,3}[?!]?[^?!]{0,30}?(그래서|그니까|그러니까|그랑께|그래가)[^?!]{0,16}?"
        r"(그만|끊|안)(맞|먹|묵|받|놓|을)",
    ),
    # d18: standing on the tracks in front of a train, thought of again and again ("기차 지나가는 거 보면서 음 저 앞에
    # 한번만 서있으면 되는데 그 생각이 요새 자꾸 나"); not a platform's "stand in front" with no thought of it
    CrisisPattern(
        id="method.d18",
        kind=PatternKind.ACTIVE,
        code="method",
        label_ko="방법 계획",
        label_en="standing in front of a train, thought of",
        guard_class=GuardClass.MEANS,
        regex=r"(기차|열차|선로|기찻길|철길|지하철)[^.?!]{0,30}?(앞에|앞으로|위에)[^.?!]{0,8}?(서있으면|서있으믄|서면|서믄|누우면|누우믄|"
        r"들어가면|들어가믄|서있음)[^.?!]{0,6}?(되는데|될텐데|될낀데|되는디|끝날|끝나|그만)[^.?!]{0,8}?(그생각|그런생각|생각이|맘이|마음이)",
    ),
    # ---- passive: wish to be dead (C-SSRS 1) --------------------------------------------------
    CrisisPattern(
        id="death_wish.1",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="wish to be dead",
        guard_class=GuardClass.DESIRE,
        regex=r"죽(고|구|꼬)(싶|시퍼|시프|잡|잪|파|퍼|프|정|졍)|(디지|뒈지|뒤지)(고|구)(싶|잡)|죽어지(믄|민)(좋|조)",
        not_before=r"(창피|부끄러|쪽팔|민망|민망해)(해|워|려|하)?(서)?(그냥|진짜|정말)?",
        # (d33: denied in Gyeongsang speech, "그렇다고 죽고 싶은 건 아이고", ko_train_blind_short84)
        not_after=r"^(은|운)(건|거|게|기|것)(는|은)?(아이고|아이다|아입니더|아이라|아이지|아이제|아이요)",
    ),
    CrisisPattern(
        id="death_wish.2",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="wish to be dead",
        guard_class=GuardClass.DESIRE,
        # (d21: and the dialects' "quickly": 퍼뜩, 얼릉, 언능, 싸게, 후딱, 날래 — "이래 사느니 퍼뜩 죽어야지",
        # "싸게 죽어야 쓰것다")
        regex=r"(빨리|얼른|얼릉|언능|언넝|퍼뜩|퍼떡|싸게|후딱|날래|어서|그만|이제|늙으면|늙었으면|늙은이는|노인네는|나같은건|"
        r"나같은사람은|일찍|차라리|그냥|인자|나도|나는|난)"
        r"죽어야(지|되|돼|할|하는|겠|한다|할텐데|하는데|될텐데|제|재|것|혀|하|해|쓰것|쓰겄|쓰겠|쓰)",
        not_before=r"(벌레|바퀴|모기|쥐|파리|잡초|풀|나무|화분|꽃|놈의|놈들)(가|이|은|는|도|들|들이)?",
    ),
    CrisisPattern(
        id="death_wish.3",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="wish to be dead",
        guard_class=GuardClass.DESIRE,
        regex=r"(내가|나|나도|그냥|차라리|빨리|얼른|이대로|조용히|확|콱)?죽었으면(좋|싶|해|하|한다)|죽는게(더|차라리|훨씬)?(낫|나아|나을|편|좋겠)|죽는편이(더)?(낫|나)|"
        r"가는게(낫|나아|나을)|죽을날만|갈날만(기다|남)|죽지도않고|안죽고(살아|이러|이렇게)|"
        r"왜(안죽|죽지도|빨리안가|안데려)",
        not_before=_GOING_NOT_BEFORE,
        # (d33: denied of oneself, "죽을 날만 기다리는 노인네는 아니여 나는 아직 할 일이 많어"; the topic's 는 required:
        # "… 기다리는 신세 아녀" is a rhetorical "isn't it")
        not_after=r"^(기다리는|기다리고있는|바라보는)((노인네|노인|늙은이|사람|할매|할배|영감|거|것)?(는|은)|건|게)(아니|아녀|아이|아냐)",
    ),
    CrisisPattern(
        id="not_wake_up.1",
        kind=PatternKind.PASSIVE,
        code="not_wake_up",
        label_ko="깨어나지 않기를 바람",
        label_en="wish not to wake up",
        guard_class=GuardClass.DESIRE,
        regex=r"(자는듯이|잠자듯이|자다가|조용히|편하게|곱게|고이|자듯이)(그냥)?(갔으면|가고싶|가면좋|갔음|죽었으면|죽고싶|죽으면좋|가야|갈수있으면|떠났으면|떠나고싶)|"
        # (d26: "내는 마 자는 듯이 가믄 되는데", all one needs; not a way to go, "조용히 가면 되는 길")
        r"(자는듯이|잠자듯이|자듯이)(그냥)?(가믄되|가면되|가모되|가몬되|가믄그만|가면그만)",
    ),
    # d39: going so as to be no burden, said as what one will do ("애들 짐 안 되게 조용히 가는 거지", emo2 of the
    # session's elderly-dialogue sets); not a place gone to for it ("짐 안 되게 요양원으로 가야지": a destination)
    CrisisPattern(
        id="burden_going.d39",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="짐이 되지 않게 가겠다는 말",
        label_en="going so as to be no burden",
        guard_class=GuardClass.DESIRE,
        # (the burden denied: "짐 되게 많네 빨리 가야지" is a lot of luggage, 되게 "very")
        regex=r"(짐|부담|폐)(이|을|를|도)?((안|덜|더는안|더안)(되게|주게|끼치게)|(되지|주지|끼치지)않게)"
        r"(그냥|얼른|빨리|조용히|곱게|편히|깨끗이|깔끔하게|싹|스르르)*"
        r"(가는거|가는게|가야지|가야겠|가야제|가야것|갈거|갈란|갈라|가련다|가버려야|가버릴|가뿌야|떠나야|떠날거|떠나는거|사라져야|사라질|"
        r"없어져야|없어질)",
    ),
    CrisisPattern(
        id="not_wake_up.2",
        kind=PatternKind.PASSIVE,
        code="not_wake_up",
        label_ko="깨어나지 않기를 바람",
        label_en="wish not to wake up",
        guard_class=GuardClass.DESIRE,
        regex=r"눈(을)?(안떴으면|안뜨면좋|안떠졌으면|뜨지않았으면|뜨지말았으면|안뜨고싶|뜨기싫|못떴으면|안떴음|안떴으믄|안떴으민|안떴음싶)|"
        # d19: going in one's sleep called a relief ("자는 잠에 가믄 얼마나 편햐")
        r"자는잠에(가|갔|가면|가믄|가민|갔으면|갔으믄)[^.?!]{0,6}?(편하|편햐|편허|편할|좋겠|좋것|좋을|복|소원)|"
        r"(영영|그대로|이대로)눈(을)?감(고싶|았으면|아버리|으면좋)|"
        # d19: not waking called a blessing ("이대로 눈 안 떠지면 그게 복이지")
        r"눈(이|을)?(안|못)떠지(면|믄|민)(그게|그것이|그기|그것도|차라리)?(복|다행|소원|좋|낫|편하)|"
        r"(안깨어나|안깨)(면|믄|민)(그게|그것이|그기|그것도|차라리)(복|다행|소원|좋|낫|편하)|"
        # d23: not waking wished in dialect, with "-어 버리다" between ("그냥 자다가 안 깨불믄 쓰겄어", "안 깨뿔모
        # 좋겠다")
        r"(안깨어나|안깨|못깨)(불|뿔|부|버리|삐|뿌|버)?(면|믄|민|문|모)(참|차라리|딱)?(쓰겄|쓰것|쓰겠|좋겄|좋것|좋겠|좋으쿠|좋을|원이없|소원)|"
        r"(안깨어났으면|안깼으면|깨지않았으면|깨지말았으면|안일어났으면|깨어나지않았으면|깨어나지말았으면|영원히잠들|영영잠들|다시는안깨|안깨면좋|아침이안왔으면)|"
        # d46: sleep for good wished in its past form ("자는 김에 그냥 영영 잤으면", ko_train_dev_short_crisis14)
        r"(영영|영원히)(잤으면|잤으믄|잤음|잠들었으면|잠들었으믄|잠들었음|자면좋|자믄좋|잠들면좋|잠들믄좋)|"
        # d23: waking up a disappointment ("아침에 눈뜨면 또 하루가 왔구나 싶어 실망스러워요", "눈 뜨면 또 살았구나
        # 싶어")
        r"(눈(을)?뜨면|눈떠보면|눈을떠보면|깨어나면|잠깨면|눈뜨고나면|눈뜨믄|깨믄)"
        r"(?:(?!비|날씨|눈이|흐리|추워|추버|더워|택배|문자|전화|소식|꿈|성적|결과|점수|뉴스|애들|손주)[^.?!]){0,16}?(실망|야속|원망스럽|또살았|아직살아있|안죽었|또깼)",
        not_before=_SLEEP_NOT_BEFORE,
        not_after=_SLEEP_NOT_AFTER,
    ),
    CrisisPattern(
        id="join_the_dead.1",
        kind=PatternKind.PASSIVE,
        code="join_the_dead",
        label_ko="먼저 간 사람 따라가기",
        label_en="wish to join the dead",
        guard_class=GuardClass.DESIRE,
        regex=r"(영감|남편|할아버지|할아범|할멈|마누라|아내|하르방|할망|할아방|바깥양반|집사람|먼저간|먼저떠난|저세상간|하늘나라간|떠난)(사람)?(을|를|이|님)?(따라|곁으로|옆으로|곁에)(가|갈|갔)|"
        r"(하늘나라|저세상|저승|천국|극락)(에|으로|로|에나|이나)?(가고싶|가야|갔으면|가면좋|데려|불러|가버리|가야지|가고잡)|"
        # d23: "me too" going to the spouse, wished ("하르방 신디 나도 혼저 가져시민 좋으쿠다", "영감한테 나도 얼른
        # 갔으면")
        # d23e: time to follow ("니 엄마 먼저 가고 나도 이제 따라갈 때가 된거 같다")
        r"(나도|내도|나두|저도)(이제|인제|인자|슬슬)?(따라갈|따라가야할|따라갈랑)(때|날|차례)(가|이|도)?(된|됐|온|왔|되었)|"
        + _LATE_SPOUSE
        + r"(님)?(신디|신디로|한테|헌티|한티|께|곁에|옆에|곁으로|있는데|있는디|있는데로)"
        r"(나도|내도|나두|저도)(얼른|어서|혼저|퍼뜩|빨리|싸게|후딱|하루빨리)?((가|갔|가져|가졌)"
        r"(으면|으믄|시민|시면|으민|음|으모|으문|이면)(좋|싶|허|하|원)|가(사주|사지|야주|야지|야제|야겠|야것|야겄)(?![^.?!]{0,10}?(병원|시장|장에|밭|제사|벌초|성묘)))|"
        # d23: the spouse who went first envied ("우리 영감은 좋겠어 먼저 가서", "먼저 간 할멈이 부럽다")
         + _LATE_SPOUSE + r"(은|는|이|가)?(좋겠|편하겠|부럽|팔자좋)[^.?!]{0,6}?"
        r"(먼저|일찍|앞서)(가서|갔|간|가고|가니|떠나서)|(먼저|일찍|앞서)(간|가신|떠난)(영감|남편|할멈|마누라|아내|하르방|할망|집사람)"
        r"(이|은|는|가)?(부럽|좋겠|편하겠|팔자좋)",
        # (d18: going along with one's spouse on an errand, "남편 따라가 시장 봤어", "집사람 따라가서 병원
        # 다녀왔어"; d19: others' fear of it, "혹시 하르방 따라갈까 봐 무서웡 왔댄")
        not_after=_ALONG_ON_AN_ERRAND + r"|^(까|카)(봐|바|봐서|싶어서|싶어|걱정)|"
        # d25: a natural end foreseen, with life till then ("나도 언젠가는 영감 곁으로 가겠지 그때까진 손주들 보면서
        # 살아야지")
        r"^[^.?!]{0,4}?(겠지|것지|겄지|겠제|것제|겄제|겠지만|겠지요|겠죠)[^.?!]{0,6}?(그때까지|그때까진|그전까지|그전엔|그전에|그때까정)",
    ),
    CrisisPattern(
        id="taken.1",
        kind=PatternKind.PASSIVE,
        code="taken",
        label_ko="데려가 주기를 바람",
        label_en="wish to be taken",
        guard_class=GuardClass.DESIRE,
        # (d19: "주님께 저를 하루라도 빨리 불러 가 달라는 기도")
        regex=r"(하나님|하느님|부처님|신령님|조상님|영감|하늘|저승사자|주님)(이|께서|께|이나|님|아)?(나|날|나를|나좀|날좀|저를|절|저좀)?"
        r"(하루라도|하루빨리)?(좀|빨리|얼른|어서)?(데려가|데려갔|불러가|데리러|불러갔|데려갈)|"
        r"(나|날|나를|나좀|날좀)(좀)?(빨리|얼른|어서)?(데려가|데려갔으면|불러가)(주|줬|셨|시지|면좋|지|줘|요|라)",
        not_after=r"^.{0,8}(병원|시장|학교|집에|유치원|어린이집|구경|놀러|여행|교회|성당|절에|경로당)",
    ),
    CrisisPattern(
        id="no_reason_to_live.1",
        kind=PatternKind.PASSIVE,
        code="no_reason_to_live",
        label_ko="살 이유 없음",
        label_en="no reason to live",
        guard_class=GuardClass.DESIRE,
        regex=r"(더|오래|이렇게|이러고|이리|이래|계속|혼자)?(살아서|살아가|살아가지고|사라가|살아봤자|살아봐야|살면|살아도|살앙)(뭐|머|무슨|뭣)|"
        r"(더|오래|이렇게|이러고|이리|이래|계속|혼자)(살아|사는게)뭐|살아있으면뭐|"
        # d19: "내가 있어서 뭐하나" (what use is my being here)
        r"(내가|나가|나)(여기)?(있어서|있어봐야|있어봤자|살아있어서|살아있어봐야)(뭐|머|뭣)(하|해|혀|허|할)|"
        # d23: the breath still in one, of no use ("이래 숨 붙어 있어가 뭐하노", "목숨만 붙어 있으면 뭐 혀")
        r"(숨|목숨)(이|만|은)?(붙어|붙어서|붙어가)(있어|있어서|있어가|있어가꼬|있어갖고|있어봤자|있어봐야|있으면|있으믄|있은들)"
        r"(뭐|머|무슨|뭣|멀)|"
        # d16s: dialect conditionals ("이래 살믄 뭐하나", "이리 살문 뭐 혀", "이래 사믄 뭐 하노"), and the wish negated
        # with a topic or an 'even' particle ("오래 살고 싶지는 않네요", "더 살고 싶지도 않아")
        # (d28: Jeolla's "이라고 살믄 뭐한다요")
        r"(더|오래|이렇게|이러고|이리|이래|이케|이르케|이라고|이락|계속|혼자)(살믄|살문|살모|사믄|살민|살무|살어서|살아갖고|살아가꼬)"
        r"(뭐|머|무슨|뭣|멀)|"
        r"살고싶지(가|는|도|은|를)?(않|안)|살기(가)?싫|살고싶은(마음|생각)(이|은|도)?(하나도|조금도|전혀|통|별로|더는|이제|인자)?(없|읎)|"
        r"(?<![을를뭘걸것거])(?<![을를]더)살이유(가)?없|살의미(가)?없|"
        # d19: "이 세상에 더 머물 이유를 모르겠어요", "더 버틸 이유를 못 찾겠어"
        # (not buying: "플래그쉽을 살 이유도 없는게 아닌가")
        # (d32: an adverb between, "살 이유가 하나도 없어")
        r"(?<![을를뭘걸것거])(더|계속|오래)?(?<![을를뭘걸것거])(?<![을를]더)(살|살아갈|살아있을|버틸)(이유|까닭)(를|가|도|는|이)?"
        r"(하나도|전혀|더는|이제|인자|도통|별로|아무것도|통)?(모르|못찾|없|읎)|"
        r"(이|저)?(세상|이승)(에)?(더)?(머물|남아있을|있을)이유(를|가|도|는)?(모르|못찾|없|읎)|(삶|인생|이승|세상|사는거|사는것|더살)(에|에는|엔|에대한|엔이제)?(아무)?(런)?미련(이|도|은|같은거)?(하나도|조금도|전혀|더는|이제|인자|별로|다)?(없|읎)|살의욕(이|도|은)?(하나도|조금도|전혀|통|더는|이제|인자)?(없|읎)|"
        r"살아있는(게|것이|것도|것자체가|것자체|거)(죄|짐|민폐|부끄|미안|괴로|고통|지옥)|사라지고싶|없어지고싶|사라졌으면|없어졌으면좋|"
        # d28c: the one who died named as what life was for ("순자 언니 없는 세상 무슨 재미로 살아")
        r"(없는|없이|가고없는|떠난)(세상|집|이세상)(에|을)?[^.?!]{0,4}?무슨(재미|낙|맛|희망|보람)(으)?로(살|사노|사나|살아|살어|살꼬)|"
        # d28: gone, and everyone at ease ("니들헌티 짐만되고 … 그냥 없어지믄 다들 편할것인디"), not a thing gone
        r"(그냥|고마|차라리|확|콱|나|내가|나만|나하나|내하나|나같은게|할미가|할매가|할배가|애비가|에미가|늙은이가|이늙은이)"
        r"(가|는|도|만)?(없어지|사라지|죽어)(면|믄|민|모|문|뿌면|삐면|불면|버리면|뿌믄|버리믄)[^.?!]{0,4}?"
        r"(다들|모두|다|애들|자식들|식구들|니들|너희|너거|느그)(이|가|도|은|는)?[^.?!]{0,4}?(편할|편하|편해|편켔|편킬|좋을|홀가분|낫|나을)|"
        # d27b: one's own going said better for the one left ("할미가 없어지는 게 이 애한테 낫지 싶어"), not a thing's
        r"(내가|할미가|할매가|할배가|애비가|에미가|이할미가|이애비가)(없어지는|사라지는|죽는)(게|것이|기|거)"
        r"[^.?!]{0,10}?(한테|에게|헌티|한티)[^.?!]{0,4}?(낫|나아|나을|편하|편할|좋)|"
        # d23: waiting for the day the spoon is put down ("숟가락 놓을 날만 기다리고 있다"); not "죽을 날만 기다리는
        # 사람처럼", said of anyone
        r"(숟가락|숟갈|수저)(을|를)?(놓을|놓는)(날|때|그날)(만|을|이)?(기다|바라|손꼽)|"
        # d23c: gone instead of the child, never to have been ("우리 아들 대신 내가 갔어야 했는데", "나 같은 건 진작
        # 없었어야 돼")
        r"대신(에)?(내가|나가|나|제가|이몸이)(갔어야|죽었어야|가야했|죽어야했|갔으면|죽었으면)|"
        # d41: gone then, a regret wished today ("심장마비 왔을 때 … 솔직히 그때 그냥 갔으면 좋았을걸 싶을 때가 있슈")
        r"(그때|그날|그때에|그때는)(그냥|차라리|고마|확|콱)(갔으면|가버렸으면|가삣으면|가뿌렸으면|죽었으면|죽어버렸으면)"
        r"(좋았|나았|편했|싶)|"
        r"(나|내|나같은거|나같은건|나같은게|나같은것|이몸|이놈)(는|은|이|가)?(진작|차라리|애초에|일찌감치)"
        r"(없었어야|없어졌어야|죽었어야|갔어야|안태어났어야)|"
        r"(안태어났|태어나지말|태어나지않)(으면|았으면|았어야|았더라면)|그만살(고싶|았으면|래|란다)|(이만|그만|얼른|빨리|어서)갔으면(좋|싶|해|하)|"
        # d23: to go out like a flame ("그냥 이대로 스르르 꺼졌으면 싶다"), a life too tough to end ("나는 왜 이리
        # 질긴지 몰라", "이놈의 목숨이 참 모질다"); not the light or the TV turned off
        r"(이대로|스르르|조용히|촛불처럼|연기처럼|나도|내가|나는|난)(스르르|조용히|그냥)?(꺼졌으면|꺼지고싶|꺼져버렸으면|꺼져버리고싶|꺼져삐믄)|"
        r"(나는|난|내|나|목숨|명|명줄|이놈의목숨)(이|은|는|도)?(왜|참|어찌|어째)?(이리|이렇게|이래|그리|저리|징허게|모질게|억수로)?"
        r"질(긴지|기노|기냐|긴가|기기도|기구나|기네|기다|겨)|모진목숨|목숨(이|도)?(참|너무|징하게)?모질",
        not_before=r"(시간|세월|하루|겨울|여름|날|밤|추위|더위|장마|비|감기|병|이|그|저|걔|저놈|그놈|저것|그것|"
        r"시험|학교|회사|숙제|과제|월요일|직장|출근|야근|빚|통증|고통|걱정|스트레스|잔소리|기억|감정|코로나|미세먼지|"
        r"모기|벌레|바퀴|쥐)(이|가|은|는|도|들|들이|좀|다|싹|그냥|확)*|"
        # living somewhere is a home, not a life ("이 동네에서 오래 살고 싶지는 않아"; d16s), unless it is the world
        r"(?<!세상)(?<!이승)(?<!세상에)(?<!이승에)(?<!세상천지)(에서|서)(는|도|만)?(오래|계속|더|평생|혼자|끝까지)?|"
        # living WITH someone is a household, not a life ("당신과 살고 싶지 않다", "며느리랑 살기 싫어")
        r"(" + _FAMILY + r"|당신|너|니|그사람|그인간|저인간|그놈|마누라|아내|할멈|며느리|시어머니|시어머님|시부모|"
        r"엄마|아빠|어머니|아버지|부모|부모님|가족|식구|남자|여자)(과|와|랑|이랑|하고)(는|도|은)?(같이|함께|한집에서)?|"
        # d16p: embarrassment ("창피해서 사라지고 싶었어요")
        r"(창피|부끄러|쪽팔|민망)(해|워|려|하)?(서)?(그냥|진짜|정말|쥐구멍에라도)?",
        # d16p: as much as the embarrassment ("사라지고 싶을 만큼 창피했어요")
        not_after=_D16P_SHAME_AFTER,
    ),
    CrisisPattern(
        id="death_wish.4",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="wish to be dead",
        guard_class=GuardClass.DESIRE,
        # (d33: and the Jeolla "언능 가야 쓰는디", ko_train_blind_short84)
        regex=r"(빨리|얼른|퍼뜩|어서|고마|인자|언능|얼릉|싸게)(가야|가야지|가야되|가야할|가야하|가야될)"
        r"(는데|는디|낀데|텐데|지|제|되는|되는디|겄|제잉|쓰는디|쓰는데|쓰겄|쓰것|쓰겠|쓴디|허는디|하는디)",
        # (d40: a hurry said before it in the sentence, "아이고 늦었네 빨리 가야지", or an errand after it, "빨리 가야지
        # 손주 데리러")
        not_before=_HURRY_BEFORE,
        not_after=_ERRAND_AFTER,
    ),
    CrisisPattern(
        id="death_wish.5",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="wish to be dead",
        guard_class=GuardClass.DESIRE,
        regex=r"(없어지는|사라지는|눈감는|떠나는|가는)(게|것이|편이)(나아|낫|나을|편|좋)|(제가|내가|나|저)(먼저|빨리|얼른)가는(게|것이)맞(?!.{0,12}(버스|줄|차례|택시|기차|순서대로))|"
        r"목숨(이|도)?(질기|모질)|"
        # d19: left to go as one is ("그냥 이대로 가게 두는 게 낫겠다")
        r"(가게|죽게|가도록|가라고)(그냥)?(두는|놔두는|내버려두는|냅두는|놔두)(게|것이|기|거)(낫|나아|나을|편|좋)|"
        # (d20: "그냥 이대로 가게 놔두이소", asked of the doctor; d23e: not the shop left as it is, "그냥 가게 놔두고
        # 왔어")
        r"(이대로|그냥)(가게|죽게)(그냥)?(놔두|놔둬|내버려|냅둬|냅두|둬|두이소|두소|놔도|놔주)(?!고|구|었|엇|고서)|"
        # (d23e: "이대로 가게 두세요"; "그냥 가게 두세요" is as often the shop left shut)
        r"이대로(가게|죽게)(그냥)?(두세요|두시오|둬요|두라|두십시오)|"
        # d19: "인자 고만 갈라꼬" (done with living)
        r"(인자|이제|인제|인저)(고만|그만|마)(갈라꼬|갈라고|갈란다|갈끼다|갈기다|갈거|갈꺼|가련다|갈려고|갈랑께|가야지|가야제)|"
        # d19: one's going called a help to the children ("오래 끌지 않고 가는 게 자식들 돕는 길이라 생각합니다")
        r"(가는|떠나는|죽는|없어지는|눈감는)(게|것이|기)(자식|애들|가족|식구|아들|딸)(들)?(을|한테|에게|위해)?(돕|도와|위하|위한|편하|편케|짐을)|"
        r"오래사는(것|게)(도)?(죄|짐|민폐|욕)|(옆에|곁에)묻히고(싶|잡)|"
        r"(나는|내는|난)?언제(가노|가나|가려나|죽노|죽나|죽으려나|데려가)",
        not_before=_GOING_NOT_BEFORE,
    ),
    CrisisPattern(
        id="taken.2",
        kind=PatternKind.PASSIVE,
        code="taken",
        label_ko="데려가 주기를 바람",
        label_en="wish to be taken",
        guard_class=GuardClass.DESIRE,
        # (d20: not "병원에 데려가 줘서 치료를 받았고": a thing done, its -어서 a reason, never a wish)
        # (d35: not a thing to be taken back on one's return, "순자가 나 퇴원하고 오면 데려가라고",
        # ko_train_dev_long_tricky3)
        regex=r"데려가(주(?!어서|었|셔서|고)|줘(?!서)|(?<!오면데려가)라|셨으면|갔으면|가시|시지|소|면좋|주면|달라)|데려갔으면|"
        r"불러가(주(?!어서|었|셔서|고)|줘(?!서)|셨으면|면|달라|달란|시라)|"
        # (d25: Gyeongsang's "데리가 주시라꼬" to the Buddha, a spouse's "얼른 불러갔으면")
        r"(데리가|델꼬가|데꼬가)(주시라|주이소|주소|주시소|주믄좋|주면좋|줬으면|주라꼬)|불러갔으면|불러가믄좋",
        not_before=r"(손주|손자|손녀|손지|애|아이|애들|강아지|개|고양이|며느리|엄마|아빠|동생|친구)(를|을|좀|도|는)?(좀)?|"
        r"(병원|시장|학교|보건소|복지관|경로당|교회|성당)(에|으로|로|까지|도|에도|에는)|"
        # (d25d: an outing, "손지 나아서 오믄 바당에 데려가주")
        r"(바다|바당|바닷가|해수욕장|산|공원|놀이터|수영장|식당|구경|여행|놀이공원|동물원)(에|엘|으로|로|까지)$|"
        # (d20: the speaker the one who took someone, a regret: "내가 조금만 일찍 데려갔으면")
        r"(내가|제가)[^.?!]{0,10}|(진작|일찍|일찌감치)(에)?|"
        # (d39: the living family asked, on the phone, to take someone: "자식들한테 전화해서 데려가라고 할 거야")
        r"(자식|자식들|애들|아들|딸|아들내미|딸내미|며느리|사위|큰애|작은애|큰아들|작은아들|큰딸|작은딸|동생|조카|이웃|옆집)"
        r"(한테|헌티|에게|보고|더러)(전화해서|전화해가|전화해갖고|연락해서|얘기해서|말해서)?(나|날|나를|엄마|아빠|아버지|어머니|영감|할멈)?(좀)?",
        # (d25: a meal to go to, not the word 밥 in what is said next: "… 데리가 주시라꼬 밥은 모래 씹는 거 같고")
        not_after=r"^.{0,10}(병원|시장|학교|집에|유치원|어린이집|구경|놀러|여행|교회|성당|절에|경로당|밥(먹|묵|하|사)|산책)",
    ),
    # d22: asking to be taken, said at bedtime, the one asked unnamed and "me" unsaid, as dialect speech drops both
    # ("밤마다 누우믄 오늘은 좀 데꼬 가소 허고 자는디"); only with the going to sleep right after (a child or a dog
    # taken somewhere is no prayer said lying down)
    CrisisPattern(
        id="taken.d22",
        kind=PatternKind.PASSIVE,
        code="taken",
        label_ko="데려가 주기를 바람",
        label_en="wish to be taken",
        guard_class=GuardClass.DESIRE,
        regex=r"(오늘은|오늘밤|오늘밤엔|이제|인자|고마|그만)?(좀|쫌)?(데꼬|델꼬|데리고|데려|데불고|델고)"
        r"(가소|가라|가이소|가주소|가줘|가주|가쇼|가시오|가소서|가요|가)"
        r"(하고|허고|하구|카고|캐고|빌고|빌면서|기도하고|기도허고|빌믄서)[,…]*"
        r"(자|잠들|누워|누우|눕|잠자리)",
        not_before=r"(손주|손자|손녀|애|아이|애들|강아지|개|고양이|며느리|동생|친구|이거|그거|저거|이놈|그놈)(를|을|좀|도|는)?(좀)?$",
    ),
    CrisisPattern(
        id="join_the_dead.2",
        kind=PatternKind.PASSIVE,
        code="join_the_dead",
        label_ko="먼저 간 사람 따라가기",
        label_en="wish to join the dead",
        guard_class=GuardClass.DESIRE,
        regex=r"(나도|내도|나두|저도|나는|나)(얼른|빨리|퍼뜩|어서|같이|고마)?따라(가|갈|가야|갔으면|가고)|"
        r"(영감|남편|할아버지|할멈|마누라|아내|엄마|어머니|하르방|할망)(이|가)?(있는|계신|간|가신)(데|곳|나라|세상)(로|에|으로)?"
        # (d18: with the going stated, "이번 눈 그치면 영감 있는 데로 갈 거야")
        r"(가고|가야|갔으면|따라|가면|갈거|갈꺼|갈겨|갈끼|갈란다|갈라고|갈려고|갈래|가련다|간다)",
        # (d33: another's lament told, "친구 마누라가 나도 따라가야지 따라가야지 하고 울어서", ko_train_blind_short84)
        not_after=_SPOUSE_VISITED
        + r"|^[^.?!]{0,14}?(하고|하며|하면서|카고|카며|그러고|그러면서|캄서)(울|통곡|난리|넋두리|소리)",
        # d40: others' outing told right before it ("다음 달엔 지리산 간대. 나도 따라갈 거야"): an everyday going, so
        # excused like a purpose (kept in a text with a death wish, hopelessness or a goodbye)
        context_before=r"(산|여행|놀러|구경|관광|등산|캠핑|소풍|나들이|단풍|온천|바다|시장|장에)[^.?!]{0,12}?"
        r"(간대|간다|가재|가잔다|가자|가기로|간다네|간다고|간다카|간단다|간다더라|가신대|가신다)[.?!~ㅎㅋ]*$",
    ),
    CrisisPattern(
        id="not_wake_up.3",
        kind=PatternKind.PASSIVE,
        code="not_wake_up",
        label_ko="깨어나지 않기를 바람",
        label_en="wish not to wake up",
        guard_class=GuardClass.DESIRE,
        regex=r"(안|못)(일어나|깨어나|깨)(면좋|났으면|었으면|지않았으면|면싶|면고맙)|"
        # (d26b: the morning itself not wanted, "어차피 아침 오는 게 싫어서")
        r"아침(이)?(오는게|오는것이|오는거|오는기|오는것도)(싫|무섭|두렵)|"
        r"(확|그냥|고마|콱|훅|자다가|자는듯이)?(가버렸으면|가삣으면|가뿌렸으면|가버리면좋|가삐면|가뿌면)",
        not_before=_SLEEP_NOT_BEFORE,
        not_after=_SLEEP_NOT_AFTER,
    ),
    # d27b: Jeolla's "-어 부렀으믄" with 듯이 as 데끼 ("이라고 살 바에야 자는 데끼 가부렀으믄 싶당께"). A row of
    # its own: a going, not a sleep, so a time before it ("해뜰때까지 자는 데끼 가버렸으면") does not excuse it (as
    # an alternative of not_wake_up.3 it matched from "자는", and that row's sleep guard read the time as a lie-in)
    CrisisPattern(
        id="not_wake_up.d27b",
        kind=PatternKind.PASSIVE,
        code="not_wake_up",
        label_ko="깨어나지 않기를 바람",
        label_en="wish not to wake up",
        guard_class=GuardClass.DESIRE,
        regex=r"(자는|잠자는|잠자)(듯이|데끼|드키|디끼|듯키|드끼)(그냥|고마)?(가부렀으|가불었으|가부럿으|가버렸으|가뿌렀으|갔으|가부렀음)"
        r"(믄|면|민|모)",
        not_before=r"(손주|손자|손녀|애기|아기|애|아이|얘|강아지|영감|남편|할멈|마누라)(가|이|는|도|들이)?",
        not_after=_SLEEP_NOT_AFTER,
    ),
    # d20: a sleep sought so as not to wake, said as the end of what one says ("이번엔 푹 자려고. 안 깨게."), not a
    # sleep kept from an early waking ("안 깨게 커튼 쳐 놨어", "안 깨게 조용히 해라")
    CrisisPattern(
        id="not_wake_up.d20",
        kind=PatternKind.PASSIVE,
        code="not_wake_up",
        label_ko="깨어나지 않기를 바람",
        label_en="wish not to wake up",
        guard_class=GuardClass.DESIRE,
        regex=r"(푹|영영|아주|오래|깊이|실컷)(자려고|잘라고|잘려고|잘라꼬|자야지|잘거|잘꺼)[.…,~]*(다시는|영영)?(안|못)(깨게|깨도록|일어나게)"
        r"(요|유|예)?(?=[.…!~]|$)|"
        # (… or all at once, for good: "한 번에 푹 자버리게")
        r"(한번에|한꺼번에)(푹|영영|그냥)?(자버리|자뿌|자삐|자불|잠들어버리)(게|려고|ㄹ라고|라꼬)|"
        r"(한번에|한꺼번에)[,…]*(푹|영영|오래|길게)[,…]*(푹|오래|길게)?[,…]*(자려고|잘라고|잘려고|자게|잘라꼬)",
    ),
    # d21: the morning's eyes left unsaid ("밤에 눈 감으면서 내일 안 떠졌으면 하고 자요"), and a season wished not to be
    # got through ("이번 겨울은 그냥 안 넘겼으면 해요"): only the wish (not "올겨울 넘기기 힘들겠다", a prognosis, nor
    # "감기 없이 넘겼으면", a hope to come through)
    CrisisPattern(
        id="not_wake_up.d21",
        kind=PatternKind.PASSIVE,
        code="not_wake_up",
        label_ko="깨어나지 않기를 바람",
        label_en="wish not to wake up, or not to live through the season",
        guard_class=GuardClass.DESIRE,
        regex=r"(내일|낼|아침)(은|엔|에는|아침엔|아침에는|아침에)?(눈(이|을)?)?(안|못)(떠졌으면|떠졌으믄|떠졌음|떠지면좋|떠지믄좋|떠지길)|"
        r"(이번|올|요번|금년|이)?(겨울|봄|여름|가을)(은|을|는|도|만)?(그냥|그만|고마|마|차라리)?"
        r"((안|못)(넘겼으면|넘겼으믄|넘겼음|넘기면좋|넘기믄좋|넘기길)|"
        # (d46: "-지 말았으면", "이 여름 넘기지 말았으면 좋겠어", ko_train_dev_short_crisis14)
        r"(넘기지|넘어가지)(말았으면|말았으믄|말았음|않았으면|않았으믄|말았으민|말았음싶))|"
        # ... or the breath to stop ("그만 숨 멎었으면"; not "숨이 멎는 줄 알았어")
        r"숨(이|도|이나)?(그만|딱|고마|마|그냥)?(멎었으면|멎었으믄|멎으면좋|멎으믄좋|끊어졌으면|끊어지면좋|멈췄으면|멈추면좋|넘어갔으면)",
        # (a thing not to get over a line: "태풍이 안 넘어왔으면", "적자 안 넘겼으면")
        not_after=r"^.{0,12}(태풍|비가|눈이|적자|물이|불이|선을|한도|기준)",
    ),
    # d14m: "나쁜 생각" / "나쁜 마음" is how Korean speakers name suicidal thoughts without the word ("혼자 남겨진 게
    # 너무 힘들어서 나쁜 생각이 자꾸 들어"); passive, since the phrase names no act. Advice ("나쁜 생각 하지 마"), a
    # condition ("나쁜 생각 들면 전화해"), a fear for someone ("할까 봐") and a denial ("나쁜 생각은 안 해") are not;
    # nor "나쁜 마음 먹고", which as often means malice ("그놈이 나쁜 마음 먹고 돈을 훔쳐갔어").
    CrisisPattern(
        id="bad_thoughts.1",
        kind=PatternKind.PASSIVE,
        code="suicidal_thoughts",
        label_ko="나쁜 생각(자살 생각의 완곡 표현)",
        label_en="'bad thoughts' (a euphemism for suicidal thoughts)",
        guard_class=GuardClass.DESIRE,
        # (d21: and "안 좋은 생각", the same euphemism, which callers ask after in the labelled sets)
        regex=r"(나쁜|몹쓸|못된|몹쓸놈의|안좋은)(생각|마음|맘)(이|을|만|까지|도|이자꾸|이계속)?"
        r"(자꾸|계속|자주|막|또|요즘|자꾸만|계속해서|많이|불쑥|문득|갑자기)*(들|드|나|난|했|하게|하고|해)",
        # (and not a question put to someone, "나쁜 생각이 드신 적은 있으세요?", nor worry after a test result)
        not_after=r"^(지마|지말|지않|진않|지도않|면|믄|민|ㄹ|까봐|을까|ㄹ까|게하|게만들|는사람|던사람|라고하지|지못하게|"
        r"신|시|셨|실|세|냐|니|나요|는지|ㄴ적|적은|적이|지는않)|^.{0,8}(안절부절|불안|초조|걱정)",
        # (nor worry for someone: "연락이 안 돼서 안 좋은 생각이 들었어", "애가 안 와서 나쁜 생각이 자꾸 나")
        not_before=r"(검사|혹이|혹|결과|진단|조직|암|수술)[^.?!]{0,24}|"
        r"(연락|전화|안와|안오|안들어|늦|사고|소식|무슨일|걱정|안받|못받)[^.?!]{0,16}",
        # d39: ... or a result awaited, said sentences before ("재검사 받으래. 혹시 암이면 어쩌나 … 자꾸 안 좋은
        # 생각만 나"): the thoughts are the worry's; kept in a text with a death wish or hopelessness
        context_before=r"재검|(검사|건강검진|내시경|결과)[^.?!]{0,20}?"
        r"(받으래|하재|하자|해보재|기다리|기다려|나오|나올|앞두)|"
        r"(암|혹|종양|큰병|치매)(이면|일까|일지|인지|이믄|이모|일까봐|일까바)|"
        # d41: ... or a surgery ahead, one's own or a spouse's ("낼 아침에 영감이 심장 수술을 해요 … 나쁜생각이 들어")
        r"수술(을|은|이|도)?[^.?!]{0,4}?(해요|한대|한다|하는데|하기로|받는|받아|받을|받기로|받는대|날|앞두|잡혔|잡았|들어가)|"
        # ... or someone or a pet not come home ("우리 바둑이가 어제 저녁부터 안들어와요 … 자꾸 나쁜 생각만 나")
        r"(안들어와|안들어오|안돌아와|안돌아오|집을나갔|없어졌|잃어버렸|실종|연락이안되|연락이없)",
    ),
    # d18: the screening question put in a euphemism ("혹시 나쁜 생각 하신 적 있으세요?",
    # "농약 같은 걸로 어떻게 해 볼 생각 하신 적 있으세요?"): never a hit itself (a question is always guarded), only a
    # question the answer can affirm
    # (engine._affirmed: "응 있어" is a yes, "아니 없어" is not)
    # (d35 probes: active, as d32's other euphemisms asked and affirmed are: "bad thoughts" are thoughts of killing
    # oneself, SCREENING.md's 2, "상담사: 혹시 나쁜 생각 하신 적 있으세요? / 어르신: ...있지. 요새는 매일이여.")
    CrisisPattern(
        id="bad_thoughts.ask",
        kind=PatternKind.ACTIVE,
        code="suicidal_thoughts",
        label_ko="나쁜 생각(자살 생각의 완곡 표현)",
        label_en="'bad thoughts' asked of the elder",
        guard_class=GuardClass.DESIRE,
        regex=r"(나쁜|몹쓸|안좋은|좋지않은)(생각|마음|맘)(을|이|은)?(하신|해보신|해본|드신|가지신|하셨|해보셨|드셨|드세요|하세요)",
        not_after=r"^",  # (always: a question put to the elder)
    ),
    CrisisPattern(
        id="means_asked.d18",
        kind=PatternKind.ACTIVE,
        code="suicidal_thoughts",
        label_ko="자살 생각",
        label_en="a means asked of the elder with 'doing something' ('어떻게 해 볼 생각')",
        guard_class=GuardClass.DESIRE,
        regex=r"(농약|약|수면제|번개탄|연탄|줄|끈|밧줄|옥상|다리|강|바다|저수지)[^.?!]{0,10}?(어떻게|어찌|어떡)(해볼|해보실|할|하실|해버릴)"
        r"(생각|마음|맘)(을|이)?(하신|해보신|해본|드신|가지신|하셨|해보셨|드셨)",
        not_after=r"^",  # (always: a question put to the elder)
    ),
    # d14s: ways of saying it a new writer used that no row read (blind round 4, now development data), each with its
    # everyday twins in tests/unit/test_safety_patterns.py (D14S_TWINS).
    # "세상 뜨다" (to die) as an intent made up ("추석에 애들 얼굴 다 보구 그담에 세상 뜰라구 맘먹었슈"), not someone
    # else's death ("어머니가 세상 뜨셨어") nor a calm expectation ("나도 곧 세상 뜨겠지").
    CrisisPattern(
        id="plan_stated.2",
        kind=PatternKind.ACTIVE,
        code="plan_stated",
        label_ko="죽을 결심",
        label_en="a decision to leave the world",
        guard_class=GuardClass.DESIRE,
        regex=r"세상(을)?(뜰|뜨|떠날|하직할|등질|버릴)(라구|라고|라꼬|려고|려구|려꼬|기로|끼라|꺼라)[^.?!]{0,8}?"
        r"(맘먹|마음먹|맘묵|마음묵|결심|작정|정했|정해놨|했|작심)",
    ),
    CrisisPattern(
        id="death_wish.d14s",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="wish to be dead (to leave the world)",
        guard_class=GuardClass.DESIRE,
        regex=r"세상(을)?(뜨고싶|뜨고잡|떴으면|뜨면좋|뜨믄좋|뜨민좋|하직하고싶|하직했으면)",
    ),
    # Set out for the water and stopped ("어제 저수지 가가 들어갈라카다가 발이 안 떨어지대"): a place of
    # water named, going in begun and given up; not a swim, a paddle or a fall.
    CrisisPattern(
        id="aborted_attempt.10",
        kind=PatternKind.ACTIVE,
        code="aborted_attempt",
        label_ko="중단된 시도",
        label_en="aborted attempt (going into the water, stopped)",
        guard_class=GuardClass.MEANS,
        regex=r"(저수지|강물|강에|강으로|바다|바당|호수|댐|냇가|방죽|둠벙|못에)[^.?!]{0,12}?"
        r"(들어갈|들어가|걸어들어갈|걸어들어가)(라|려|을라|을려|ㄹ라)(카|하|고|구|꼬)?(다가|다|는데|는디|다말)"
        # (the Gyeongsang "떨어지대" is the speaker's own retrospection, not hearsay: the match takes the ending in)
        r"[^.?!]{0,24}?(발이(안|잘안)?떨어지(대|데|더라|드라|덩)?|발이안|못했|못하|몬했|몬하|그만뒀|그만두|돌아왔|돌아섰|포기|무서워|겁이나)",
        not_before=r"(수영|물놀이|낚시|고기잡|다슬기|조개|해수욕|발담그|발만)[^.?!]{0,20}",
        not_after=r"^.{0,30}(수영|물놀이|낚시|다슬기|조개|추워서|차가워서|물이차)",
    ),
    # Drawn to the tracks, wanting to throw oneself under a train ("철길 쪽으로 자꾸 발이 가진다 기차소리 들으믄 뛰들고
    # 싶다"): a vehicle or the tracks within the sentence, not a dive into the sea.
    CrisisPattern(
        id="means_other.d14s",
        kind=PatternKind.ACTIVE,
        code="means_other",
        label_ko="기타 수단",
        label_en="throwing oneself under a train or a vehicle",
        guard_class=GuardClass.MEANS,
        regex=r"(기차|열차|기찻길|철길|선로|트럭|덤프)[^.?!]{0,14}?(뛰어들|뛰들|뛰이들|몸을던지|몸던지)(고싶|고잡|고파|까|ㄹ까|어버릴|어불|어삘)|"
        # d46: or standing still in the road as it comes ("찻길 건널 때 트럭 오면 그냥 멈춰 설까, 요즘 매일 그
        # 생각해요", ko_train_dev_short_crisis14); "just" said, and wondered or wished (not "차 오면 멈춰 서야지",
        # the kerb drill)
        r"(기차|열차|트럭|덤프|버스|차)(가|이)?(오면|오믄|올때|달려오면|달려올때|지나갈때)[^.?!]{0,6}?(그냥|확|콱|가만히)"
        r"(멈춰설|멈춰서|서있을|서버릴|안비킬|안피할|뛰어들|걸어들어갈|걸어나갈)(까|ㄹ까|을까|고싶|고잡|어버릴|버릴까|싶)",
    ),
    # d14p: said in typed, standard Korean (probing in the emotional-dialogue style; the twins are in D14P_TWINS).
    # Following the dead once the memorial day is over ("남편 기일이 지나면 저도 따라가려고 합니다"): a
    # time and an intent.
    CrisisPattern(
        id="timing.d14p",
        kind=PatternKind.ACTIVE,
        code="timing",
        label_ko="시점 계획",
        label_en="following the dead after the memorial day",
        guard_class=GuardClass.DESIRE,
        regex=r"(기일|제사|제삿날|사십구재|49재|삼우제|추도식|추도예배|첫제사)(이|가|만|도)?(지나|끝나|마치|치르|지내)(면|고|믄|민|고나면|고나서|거든)"
        r"[^.?!]{0,16}?(따라가|따라갈|(저도|나도|저두|나두|내도)(가려|갈라|갈려|떠나려|떠날라|떠날거|갈거|갈꺼|가야지|가야겠))",
    ),
    # Whether the insurance pays if one goes by one's own hand ("스스로 가도 보험금이 나오는지 궁금해서요").
    CrisisPattern(
        id="method.d14p",
        kind=PatternKind.ACTIVE,
        code="method",
        label_ko="방법 계획",
        label_en="whether the insurance pays for one's own death",
        guard_class=GuardClass.DESIRE,
        regex=r"(스스로|제손으로|내손으로|제발로|내발로)(가도|가면|가믄|간다면|갔을때|떠나도|떠나면|목숨을끊어도|목숨을끊으면)"
        r"[^.?!]{0,12}?(보험|보험금|나오는지|나오나|되는지|되나)",
    ),
    # Charcoal or briquettes bought, their everyday use denied ("연탄을 몇 장 사다 놓았어요. 고기 구울 일은 없지만요").
    CrisisPattern(
        id="means_charcoal.d14p",
        kind=PatternKind.ACTIVE,
        code="means_charcoal",
        label_ko="번개탄·연탄 준비",
        label_en="charcoal obtained, its everyday use denied",
        guard_class=GuardClass.MEANS,
        regex=r"(번개탄|번게탄|연탄|숯)[^?!]{0,24}?(사다|사놨|사왔|사두|사뒀|들여놨|놓았|갖다놨|샀)[^?!]{0,24}?"
        r"(구울|구워먹을|땔|피울|쓸|캠핑갈)(일|데|것|거|꺼)(은|는|도|두)?(없|아니|아닌|아이)",
    ),
    # A goodbye left for the children ("막내에게 문자를 남겼어요. 엄마가 미안하다고, 잘 살라고").
    CrisisPattern(
        id="farewell.d14p",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 인사",
        label_en="a goodbye message left",
        guard_class=GuardClass.FAREWELL,
        regex=r"(문자|편지|메모|쪽지|음성|녹음|메시지|카톡)(를|을|도|하나)?(남겼|남겨놨|남겨뒀|써놨|써뒀|보냈|남겨)[^?!]{0,24}?"
        r"(미안|고마웠|고마워)[^?!]{0,16}?(잘살|잘지내|잘있|건강하|행복하)",
    ),
    # How many pills so as not to wake ("몇 알을 먹어야 깨지 않는지 약사에게 물어봤어요").
    CrisisPattern(
        id="method_question.d14p",
        kind=PatternKind.ACTIVE,
        code="method_search",
        label_ko="방법 탐색",
        label_en="how much of a drug so as not to wake",
        guard_class=GuardClass.MEANS,
        regex=r"(몇알|몇개|몇봉지|몇통|얼마나|몇방울)(을|를|이나|쯤)?(먹어야|먹으면|삼켜야|먹으믄|먹으모|묵어야|묵으믄)[^.?!]{0,8}?"
        r"(안깨(?!고)(는지|나|노|지)?|깨지않(?!고)(는지|나|을지)?|깨지안(는지)?|못깨|안일어나(는지)?|일어나지않(는지)?|죽(는지|나|노)?|갈수|영영)",
    ),
    # d14q: more of the typed, standard Korean (my own probes; twins in D14Q_TWINS).
    # Wanting to go too, after the one who died ("남편이 떠난 뒤로 저도 같이 가고 싶다는 생각을 매일 해요").
    CrisisPattern(
        id="join_the_dead.d14q",
        kind=PatternKind.PASSIVE,
        code="join_the_dead",
        label_ko="먼저 간 사람 따라가기",
        label_en="wish to go too, after the one who died",
        guard_class=GuardClass.DESIRE,
        regex=r"(남편|아내|영감|마누라|할멈|할아버지|할머니|집사람|바깥양반|아들|딸|자식|엄마|아빠)(이|가|을|를)?"
        r"(떠난|간|가고|죽은|돌아가신|세상떠난|보낸|먼저간|하늘나라간)[^.?!]{0,12}?(저도|나도|나두|저두|내도)(같이|함께|따라)?"
        r"(가고싶|가고시퍼|갔으면|가야겠|가야지|가고파|가면좋)(?!었)",
    ),
    # d17s: going with the spouse on the day they die ("그이 가는 날 나도 같이 갈 생각이에요"): the joining of the dead,
    # timed on a death to come (with a means held elsewhere in the text, the engine escalates it to a plan).
    CrisisPattern(
        id="join_the_dead.d17s",
        kind=PatternKind.PASSIVE,
        code="join_the_dead",
        label_ko="먼저 간 사람 따라가기",
        label_en="going too on the day the spouse dies",
        guard_class=GuardClass.DESIRE,
        regex=JOIN_THE_DYING,
        # the spouse's trip or move named after it ("그이 떠나는 날 나도 같이 갈 생각이에요 요양병원 옮기는 거라")
        not_after=r"^.{0,16}(병원|요양|시장|여행|놀러|구경|공항|이사|잔치|결혼|학교|출장|면회|모시고|데리고|배웅|마중)",
    ),
    # Death as the better way, not feared ("죽는 게 무섭지 않아요. 오히려 편할 것 같아요"); not a calm acceptance with
    # plans ("죽는 게 무섭지 않아 남은 인생 즐겁게 살아야지").
    CrisisPattern(
        id="death_wish.d14q",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="death as a relief",
        guard_class=GuardClass.DESIRE,
        regex=r"죽는(게|것이|것도)(하나도|별로|이제)?(안|안|별로안)?무섭지(가|도)?(않|안)[^?!]{0,12}?(오히려|차라리|더)(편할|편하|나을|낫)|"
        r"(어차피|이제|이래)(오래)?(못살|살날도얼마)[^.?!]{0,10}?(빨리|얼른|어서|그만)(다)?끝났으면",
    ),
    # The insurance as the way to pay the debts ("제가 사라지면 보험금으로 갚을 수 있을 텐데요").
    CrisisPattern(
        id="method.d14q",
        kind=PatternKind.ACTIVE,
        code="method",
        label_ko="방법 계획",
        label_en="one's death to pay with the insurance",
        guard_class=GuardClass.DESIRE,
        regex=r"(제가|내가|나|저)(만)?(사라지면|없어지면|죽으면|가면|떠나면)[^.?!]{0,14}?보험(금|금으로|으로|금이|이)?"
        r"[^.?!]{0,10}?(빚|갚|메우|메꾸)|"
        # (d36 probes: the other order, "내가 없어져야 우리 아들 빚이 해결돼 보험 타면")
        r"(제가|내가|나|저)(만)?(사라져야|없어져야|죽어야|가야)[^.?!]{0,14}?빚[^.?!]{0,12}?보험(금|금이|금을|을|이)?(타|나오|받)",
    ),
    # Medicine stopped because living is not wanted ("약을 끊었어요. 더 살고 싶지 않아서요"), the reason in the next
    # sentence; not stopped on the doctor's word.
    CrisisPattern(
        id="refusing_to_live.d14q",
        kind=PatternKind.ACTIVE,
        code="refusing_to_live",
        label_ko="치료 거부",
        label_en="medicine stopped so as not to live",
        guard_class=GuardClass.DESIRE,
        regex=r"(약|투석|치료|인슐린|혈압약|당뇨약|항암)(을|를|도|은|이고)?(다|전부|싹)?(끊었|안먹|그만뒀|그만먹|안받|거부)"
        r"[^?!]{0,8}?(더살고싶지(가)?(않|안)|살기(가)?싫|살고싶지(가)?(않|안)|죽으려|죽을라|가려고|갈라고|빨리가)",
    ),
    # d21: life-sustaining treatment given up, and living named as the burden or the weariness a sentence or two on
    # ("투석 이제 그만 받을라고요 … 이렇게 살아봐야 자식들 고생만 시키고", "인제 안 받는다고 … 사는 것도 지겹고"); not a
    # treatment decision with a future in it (hospice, the time left with family), nor someone else's
    CrisisPattern(
        id="refusing_to_live.d21",
        kind=PatternKind.ACTIVE,
        code="refusing_to_live",
        label_ko="치료 거부",
        label_en="life-sustaining treatment given up, living named as a burden",
        guard_class=GuardClass.DESIRE,
        regex=r"(투석|항암|인슐린|산소|치료)[\s\S]{0,30}?(그만받|안받|안가|안갈|안맞|끊|그만할|그만하|안할)(?!까|을까|ㄹ까|려나|나)"
        r"(?:(?!호스피스|완화|남은시간|남은날|여행|다니려|보내려|지내려|상의|겠다고|한다고|했다고|하겠다|(?<!그)래서|(?<!그)대서|랬|카더)"
        r"[\s\S]){0,90}?"
        r"(살아봐야|살아서뭐|살아뭐|살아가뭐|사는것도지겹|사는게지겹|사는기지겹|고생만|짐만|짐이|가게놔|놔두이소|놔둬|"
        # (d25: the end called a relief to the children, "이렇게 끝내는 게 애들한테도 짐 덜어주는 거지")
        r"짐(을)?덜|부담(을)?덜|끝내는게|끝내는기)",
        not_after=r"^[\s\S]{0,40}?(호스피스|남은시간|남은날|여행|의사선생님이랑|상의|완화)",
        # (nor someone else's treatment: "남편이 투석 그만 받겠다고 해서 걱정이야")
        not_before=r"(호스피스|완화의료|완화치료)[\s\S]{0,40}$|(남편|영감|아내|할멈|마누라|아버지|어머니|엄마|아빠|형|언니|오빠|누나|"
        r"동생|친구|옆집|이웃|아들|딸|며느리|사위|할배|할매|할아버지|할머니)(이|가|은|는|도|님이|님은)[^.?!]{0,8}$",
    ),
    # d17v: not eating said as the way to go ("인자 안 묵으면 조용히 가는 기라", "곡기 끊고 곱게 갈란다"): refusing food
    # in order to die, SCREENING.md's method; not a warning ("안 먹으면 큰일 나"), not sinking or settling ("가라앉")
    CrisisPattern(
        id="refusing_to_live.d17v",
        kind=PatternKind.ACTIVE,
        code="refusing_to_live",
        label_ko="굶어서 죽으려 함",
        label_en="not eating as the way to go",
        guard_class=GuardClass.MEANS,
        regex=r"(안|못|덜)(먹|묵|자시)(으면|으믄|으모|으민|으몬|다보면|다보믄|다보모|고있으면|고있으믄|고버티면|고버티믄)"
        r"[^.?!]{0,6}?(조용히|스르르|편히|편하게|저절로|절로|자연히|곱게|고이)"
        r"(가는|갈|간다|가겄|가겠|가것|가지|가질|가제|가야|가게|죽|떠나)|"
        r"곡기(를|도|는)?(다|싹)?(끊|끊고|끊으면|끊으믄|끊어야|끊을라|끊으려)[^.?!]{0,8}?"
        r"(조용히|편히|곱게|고이|가야|갈|간다|가련|가는|떠나|죽)",
        not_before=r"(고양이|강아지|개|소|닭|화분|꽃|나무|애기|아기|손주)(가|는|도|이)?[^.?!]{0,8}",
    ),
    # Preparing to leave quietly as a burden ("아들한테 짐이 되기 싫어서 조용히 떠날 준비를 하고 있어요").
    CrisisPattern(
        id="preparation_final.d14q",
        kind=PatternKind.ACTIVE,
        code="preparation_final",
        label_ko="떠날 준비",
        label_en="preparing to leave quietly",
        guard_class=GuardClass.FAREWELL,
        regex=r"(짐|폐|부담)(이|가|을|를)?(되기|끼치기|주기)싫어(서)?[^.?!]{0,8}?(조용히|혼자|몰래|아무도모르게)?떠날준비",
    ),
    # "저 같은 사람은 없는 게 나아요"
    CrisisPattern(
        id="death_wish.d14q2",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="better gone (a person like me)",
        guard_class=GuardClass.DESIRE,
        # (d17v: any word for the speaker after 같은, "나 같은 애비 없는 게 나아", "내 같은 할마이는 없는 기 낫다")
        regex=r"(저|나|내)같은(사람|게|것|늙은이|노인네|년|놈|[가-힣]{1,4}?)(은|는|이|가)?(없는|사라지는|죽는|없어지는)"
        r"(게|것이|편이|기|거이|거)(낫|나아|나을|나은)",
        not_after=r"^(다고|단)(생각했|여겼)(는데|지만|었는데)",
    ),
    # d16p: what older people type into a counselling chat (my own probes; twins in tests/unit/test_d16p.py). The
    # wish for it all to end, to vanish, to be better off gone, with no reason to live, not to wake, to go to the
    # departed, in many endings and spacings. A wish to end or vanish counts only when nothing but the speaker, a
    # time, a filler or an adverb stands before it in its sentence (``_D16P_BARE_BEFORE``): "장마가 빨리 끝났으면",
    # "이 드라마 여기서 끝났으면", "뱃살이 흔적도 없이 사라졌으면" name what ends.
    CrisisPattern(
        id="death_wish.d16p",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="wish for it all to end",
        guard_class=GuardClass.DESIRE,
        # at least one word before it: "끝나면 좋을 줄 알았는데." (a real turn) ends something said before
        regex=_D16P_LEAD[:-1] + r"+(끝났으면|끝나버렸으면|끝나버리면|끝났음)(좋|싶|하|해|바라|ㅠ|ㅜ|[.…!~]|$)",
        # (d30: nor a season or a job named earlier in its sentence, "이번 장마 언제 끝나나 빨리 끝났으면 좋겠어")
        not_before=_D16P_BARE_BEFORE
        + r"|"
        + _D16P_TASK_AFTER[1:]
        + r"(이|가|은|는|도)?(언제|빨리|얼른|좀)?끝(나|날)[^.?!]{0,4}",
        # what was waited for came and ended ("… 했는데 막상 끝나니 허전하네")
        not_after=_D16P_TASK_AFTER
        + r"|^[^.?!]{0,8}?(줄알|줄았)|^[^.?!]{0,20}?(막상|끝나니|끝나고나니|끝나서|끝났네|끝났다)",
    ),
    CrisisPattern(
        id="timing.d16p",
        kind=PatternKind.ACTIVE,
        code="timing",
        label_ko="시점 계획",
        label_en="wish to end it here",
        guard_class=GuardClass.DESIRE,
        regex=_D16P_LEAD + r"끝내(고싶|버리고싶|고잡|고시퍼|버렸으면|고파)",
        not_before=_D16P_BARE_BEFORE,
        not_after=_D16P_TASK_AFTER,
    ),
    CrisisPattern(
        id="no_reason_to_live.d16p",
        kind=PatternKind.PASSIVE,
        code="no_reason_to_live",
        label_ko="살 이유 없음",
        label_en="wish to vanish",
        guard_class=GuardClass.DESIRE,
        regex=_D16P_LEAD + r"(사라져|없어져|증발해|증발하여|소멸해)(버리|버렸|버릴|벼리)"
        r"(고싶|고시퍼|고잡|면좋|으면|음좋|수있으면)|"
        + _D16P_LEAD
        + r"(증발하|증발해버리|소멸하)(고싶|고시퍼|고잡)|"
        + _D16P_LEAD
        + r"(증발했|소멸했)(으면|음)(좋|싶|하|해)",
        not_before=_D16P_BARE_BEFORE,
        not_after=_D16P_SHAME_AFTER,
    ),
    CrisisPattern(
        id="death_wish.d16p2",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="better off gone",
        guard_class=GuardClass.DESIRE,
        # "나 같은 건 세상에 없는 편이 나아", "제가 없는 편이 가족들에게 나을 것 같아요",
        # "짐만 되는 나는 없는 것이 낫겠지요",
        # "내가 사라지는 편이 모두에게 좋을 거예요"; not an object ("이 그릇은 없어지는 게 낫겠다")
        regex=r"(저|나|내|제)같은(사람|건|거|게|것|늙은이|노인네|년|놈|노인|존재)(은|는|이|가|들은)?"
        r"(그냥|차라리|세상에|이세상에|여기|애초에)*"
        # (d35 probes: "… 좋지 뭐", "나 같은 늙은이 없어지는게 나라에도 좋지 뭐")
        r"(없는|사라지는|죽는|없어지는|떠나는|안태어나는)(게|것이|편이|거|기)[^.?!]{0,12}?(낫|나아|나을|나은|좋을|좋겠|편할|좋지|좋제|좋재)|"
        r"(내가|제가|나는|저는|난|전|나만|저만|나하나|저하나|이몸이|이몸은)(그냥|차라리|세상에|이세상에|이제|빨리|얼른|조용히)*"
        r"(없는|사라지는|없어지는|떠나는)(게|것이|편이|거|기)[^.?!]{0,12}?(낫|나아|나을|나은|좋을|좋겠|편할|편하|좋지|좋제|좋재)",
        not_after=r"^(다고|단)(생각했|여겼)(는데|지만|었는데)|^[^.?!]{0,16}?(회의|모임|자리|방|집|사진|행사|가게|그자리|현장)",
    ),
    CrisisPattern(
        id="no_reason_to_live.d16p2",
        kind=PatternKind.PASSIVE,
        code="no_reason_to_live",
        label_ko="살 이유 없음",
        label_en="no reason or meaning to live",
        guard_class=GuardClass.DESIRE,
        # "사는 의미가 없어요", "살아갈 이유를 모르겠어", "더 살아야 할 이유가 없다";
        # not meaning found ("사는 의미를 찾았어요")
        regex=r"(사는|살아갈|살아야할|살아야될|살아있을|살아갈|더살)(의미|이유|까닭)(가|도|를|는|은)?(하나도|전혀|더는|이제|아무것도|별로|도통)?"
        r"(없|읎|모르겠|못찾겠|못느끼|안보|사라졌)",
        not_before=r"[을를뭘걸것거]",  # d19: a thing bought ("옷을 더 살 이유가 없어")
    ),
    CrisisPattern(
        id="not_wake_up.d16p",
        kind=PatternKind.PASSIVE,
        code="not_wake_up",
        label_ko="깨어나지 않기를 바람",
        label_en="praying not to wake",
        guard_class=GuardClass.DESIRE,
        # "내일 아침 눈 안 뜨게 해달라고 빌어요", "자다가 안 깨게 해 주세요"
        regex=r"(눈(을)?(안|못)뜨게|(안|못)깨게|깨지않게|눈뜨지않게|못일어나게|안일어나게|잠든채로가게)(해|해서|좀)?(달라|주세요|줘|주십|주소|주라|주시|달라고|주옵)",
        not_before=_SLEEP_NOT_BEFORE,
        not_after=_SLEEP_NOT_AFTER,
    ),
    CrisisPattern(
        id="join_the_dead.d16p",
        kind=PatternKind.PASSIVE,
        code="join_the_dead",
        label_ko="먼저 간 사람 따라가기",
        label_en="wish to go beside the one who died",
        guard_class=GuardClass.DESIRE,
        # "먼저 떠난 아들 곁에 가고싶네요", "돌아가신 엄마 곁으로 가고 싶어"; not the grave visited
        # ("산소에 가고 싶어요")
        regex=r"(먼저간|먼저떠난|하늘나라간|하늘나라에있는|세상떠난|저세상간|돌아가신|떠나간|먼저보낸)(우리)?[가-힣]{0,4}?(곁|옆)(으로|에|에나|으로나)"
        r"(가고싶|가고시퍼|가고파|갔으면|가면좋|가야|갈수있으면|가고잡|빨리가|"
        # d32: the going's ease said ("먼저간 양반 옆으로 가불면 속편하겄어", ko_train_blind_short74)
        r"(가|가버리|가뿌|가삐|가불|가부)(면|믄|민|모)[^.?!]{0,4}?(속편|속이편|맘편|마음편|편하|편켔|편킬|좋겠|좋겄|좋것|좋을|원이없|소원))",
    ),
    # ---- d16s: blind_short5's misses (typed chat-app Korean and dialect speech; twins in tests/unit/test_d16s.py)
    # A way of dying looked up or asked about ("높은 곳에서 떨어지면 바로 끝나는지 인터넷에서 찾아봤어요", "목 매믄 금방
    # 가는지 물어봤제"): a fall, a jump, a hanging or the water, whether it ends or kills at once, and the search; not a
    # fall that hurts ("떨어지면 많이 다치는지"), nor someone else's (a child, a cat: the means guard).
    CrisisPattern(
        id="method_search.d16s",
        kind=PatternKind.ACTIVE,
        code="method_search",
        label_ko="방법 탐색",
        label_en="whether a fall, a jump, a hanging or the water kills at once, looked up",
        guard_class=GuardClass.MEANS,
        regex=r"((높은|높은곳|높은데|옥상|베란다|아파트|층|다리|대교|난간|꼭대기|절벽|벼랑|낭떠러지)(에서|서|위에서|에서부터)?"
        r"[^.?!]{0,4}?떨어지|뛰어내리|몸(을)?던지|목(을)?매|목(을)?매달|물에빠지|물에들어가|투신하)(면|믄|모|민|문)"
        r"(사람이|사램이)?(바로|한번에|단번에|금방|곧바로|즉시|그자리에서|안아프게|고통없이|확실히|쉽게)?"
        r"(끝나|끝이나|죽|가|숨이끊어지|즉사하)(는지|나|노|는가|는건지|는거|을까|을지|는질|능가|는가베)"
        r"[^.?!]{0,20}?(찾아봤|찾아보|찾아봐|검색|알아봤|알아보|알아봐|물어봤|물어보|쳐봤|쳐보)",
    ),
    # A means carried to a place and brought back, the act not done for the trembling or a face remembered ("어제
    # 뒷산에 밧줄 들고 올라갔드랬어 근데 손이 떨려 못하고 내려왔드래요", "약 봉지 들고 저수지까지 갔다가 차마 못 하고
    # 돌아왔어요");
    # not a chore called off for the rain or the wind (no such reason is a trembling or a "차마").
    CrisisPattern(
        id="aborted_attempt.d16s",
        kind=PatternKind.ACTIVE,
        code="aborted_attempt",
        label_ko="중단된 시도",
        label_en="a means carried to a place and brought back",
        guard_class=GuardClass.MEANS,
        regex=r"(밧줄|노끈|끈|줄|농약|제초제|그라목손|수면제|약봉지|약|번개탄)(을|를|하나|한병|한통|도)?"
        r"(들고|가지고|챙겨|싸들고|갖고|품고|넣고)[^.?!]{0,16}?(올라갔|올라가|갔|나갔|찾아갔|들어갔)"
        r"[^.?!]{0,24}?(손이(막|자꾸)?떨려|손이떨리|차마|무서워서|무서버서|겁이나|겁나서|발이안떨어|눈물이나|얼굴이생각|"
        r"얼굴이떠|생각이나서|용기가안|용기가없)[^.?!]{0,16}?(못하|못했|몬하|몬했|그냥|그대로|도로)"
        r"[^.?!]{0,10}?(내려왔|돌아왔|왔|가져왔|들고왔)",
    ),
    # Going into the water not to come out, said as an intent ("바당에 들어강 안 나오젠 햄서", "바다에 들어가서
    # 다시는 안 나올 거예요", "저수지 들어가가 안 나올란다"); not a diver's hours under ("물질허레 들어가믄 세
    # 시간은 안 나와").
    CrisisPattern(
        id="method.d16s",
        kind=PatternKind.ACTIVE,
        code="method",
        label_ko="방법 계획",
        label_en="going into the water not to come out",
        guard_class=GuardClass.MEANS,
        regex=r"(바다|바당|바닷물|강물|강에|강으로|저수지|호수|한강|댐)(에|으로|로|속으로|에다)?(들어가|들어강|들어가가|걸어들어가)"
        r"(서|고|가|강|설랑|갖고)?(다시는|다신|영영|두번다시|아주)?"
        r"(안나오(젠|젱|려|련|겠|고싶|고파|고잡|기로)|안나올(라|란|거|꺼|끼|기|래|랑|려|테|셈|생각)|"
        r"나오지않(으려|을거|을꺼|을래|기로|겠)|못나오게)",
        not_before=r"(수영|물놀이|해수욕|물질|잠수|낚시|조개|다슬기|손주|손자|손녀|애들|아이들|강아지)[^.?!]{0,20}",
    ),
    # One's own death insurance as the last thing one can do or give ("보험금이라도 남겨 주는 게 제가 할 수 있는 마지막
    # 일인 것 같아요", "애들한테 해 줄 수 있는 건 내 보험금밖에 없어"); not an insurance claim for a bill.
    CrisisPattern(
        id="method.d16s2",
        kind=PatternKind.ACTIVE,
        code="method",
        label_ko="방법 계획",
        label_en="one's death insurance as the last thing left to give",
        guard_class=GuardClass.DESIRE,
        regex=r"(사망)?보험(금|금이라도|이라도|금이나마|금이라두|금이래도|금만큼은)?(은|을|를|이라도)?(남겨|남기|물려|타게해|받게해|타게|받게)"
        r"(주|줘|드리|두|놓)?(는게|는것이|는거|는것)[^.?!]{0,14}?(마지막|유일한|전부|할수있는일|할수있는건|해줄수있는)|"
        r"(해줄수있는|해줄수있능|할수있는|남겨줄수있는|줄수있는)(건|게|것은|거는|거)(내|제|나의|저의)?(사망)?보험(금)?(밖에(없|읎)|뿐|하나)",
    ),
    # A farewell letter written for the children, an adverb of time between ("애들한테 남길 편지는 어젯밤에 다
    # 써 놨어요", "자식들 앞으로 남길 편지 벌써 써 뒀어"): letters to be left, not a card for an occasion.
    CrisisPattern(
        id="farewell.d16s",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 편지",
        label_en="a letter to leave for the children",
        guard_class=GuardClass.FAREWELL,
        regex=r"(손녀|손자|손주|애들|아들|딸|자식|자식들|영감|며느리|막내|큰애|식구들|가족들)(한테|에게|들한테|앞으로|들앞으로|헌티|한티|신디)?"
        r"((?!생일|생신|축하|선물|입학|졸업|결혼|"
        + _LETTER_OCCASION
        + r")[^.?!]){0,6}?(남길|남겨줄|남겨둘|남겨놓을)편지(는|도|를|은|들은|들도|들)?[^.?!]{0,14}?"
        r"(써놨|써뒀|써놓|썼|다썼|써놔|써둠)",
        # (d40: nor a first letter, written after learning to write late, "한글교실 댕긴지 일년 됐어요. 어제 처음으로
        # 손주한테 편지를 썼어")
        not_before=_LETTER_NOT_BEFORE,
        not_after=_LETTER_NOT_AFTER,
    ),
    # Burial clothes made ready to be worn soon, a near time said ("수의를 미리 꺼내서 다려 놓았어요. 이번 주말이 지나면
    # 입게 될 것 같아서요", "수의 꺼내 놨다 곧 입을 거 같아서"): the speaker's own death set for a day; not clothes made
    # in the leap month, nor someone else's (입으시게, 입혀 드려야).
    CrisisPattern(
        id="preparation_final.d16s",
        kind=PatternKind.ACTIVE,
        code="preparation_final",
        label_ko="떠날 준비",
        label_en="burial clothes ready to be worn within days",
        guard_class=GuardClass.PREP,
        regex=r"수의(?![사학])(를|을|는|도|랑)?[^?!]{0,30}?(이번주말|주말(이|만)?지나|이번주|내일|모레|며칠(안|뒤|후|있으면)|곧|조만간|"
        r"이달|이번달|머지않|얼마안있|보름)[^?!]{0,12}?(입게될|입게되|입을것같|입을거같|입을꺼같|입겠|입을날|입게생겼)",
        not_before=r"(윤달|윤월|어머니|어머님|엄마|아버지|아버님|아빠|영감|남편|시어머니|할머니|할아버지|아내|마누라)"
        r"[^.?!]{0,20}",
    ),
    # ---- d17m: crises the labelled sets' new writers put below high (train_j, train_k, blind_short …), read as
    # mechanisms in the standard language and five dialects (twins in tests/unit/test_d17m.py)
    # Why one is still alive or breathing, asked of oneself ("내가 왜 아직 숨쉬고 있나 싶어요", "내가 뭣땀시 살아있는지
    # 모르겄어유", "뭐하러 여태 살아 있는지"): no reason to live. Only "still alive / breathing" (살아있-, 숨쉬-, 숨이
    # 붙어), or "왜 사는지" with the speaker named; not someone else ("저런 놈은 왜 살아있는지").
    CrisisPattern(
        id="no_reason_to_live.d17m",
        kind=PatternKind.PASSIVE,
        code="no_reason_to_live",
        label_ko="살 이유 없음",
        label_en="asks why one is still alive",
        guard_class=GuardClass.DESIRE,
        regex=r"(왜|뭐하러|뭣하러|머하러|뭘하러|뭣땀시|뭔땀시|뭣땜에|뭐땜에|뭐때문에|뭣때문에|뭔때문에|무엇때문에|무엇하러|무신낙으로|무슨낙으로|뭔낙으로)"
        r"(이렇게|이래|이리|아직|아직도|여태|여태껏|지금까지|안죽고|이날이때까지|꾸역꾸역)*"
        r"(살아있|살아이|숨쉬고있|숨쉬고이|숨쉬구있|숨쉬구이|숨쉬고잇|숨을쉬고|숨쉬는|숨이붙어|숨붙어|목숨이붙어|목숨붙어|살아숨쉬)"
        # (the "는지 모르겠다" said with it is the question itself, not someone's reported words)
        r"(는지(모르|몰|알수없|알다가도))?"
        r"|(내가|제가|나는|저는|난|전)(왜|뭐하러|뭣하러|뭣땀시|뭐때문에|뭣때문에|무슨낙으로)(이렇게|아직|여태)*(사는지(모르|몰|알수없)?|사나|사는가|사능가|사노|살아야하|살아야되)",
        not_before=r"(저런|그런|저|그|걔|쟤|그놈|저놈|그년|저년|놈|년|사람|인간|것|새끼)(은|는|이|가|들은|들이)?",
    ),
    # A wish, told as a regret, to have been buried with the one who died ("나도 같이 묻혔으면 좋았을 텐데", "그때 영감
    # 따라 묻혀 버렸어야 했는데"); not a grave planned side by side ("나중에 같이 묻힐 자리 봐 놨어").
    # d41b (probes): a wish to lie down there, said at the late one's grave ("산소 가서 소주 한 잔 붓고 나도 거기 눕고
    # 싶더라"); not the burial wished after a natural death ("죽으면 영감 옆에 묻히고 싶어")
    CrisisPattern(
        id="join_the_dead.d41",
        kind=PatternKind.PASSIVE,
        code="join_the_dead",
        label_ko="먼저 간 사람 따라가기",
        label_en="a wish to lie down at the late one's grave",
        guard_class=GuardClass.DESIRE,
        regex=r"(산소|묘소|묘지|무덤|납골당|선산)[^.?!]{0,24}?(나도|내도|그냥)?(거기|옆에|곁에|같이|함께)"
        r"(눕고|누워|누웠으면|묻히고|묻혀|들어가고)(싶|잡|파|있고싶)",
        not_before=r"(죽으면|죽거든|죽고나면|나중에|죽은뒤|죽은후|가면|가거든|떠나면)[^.?!]{0,20}",
    ),
    CrisisPattern(
        id="join_the_dead.d17m",
        kind=PatternKind.PASSIVE,
        code="join_the_dead",
        label_ko="먼저 간 사람 따라가기",
        label_en="wish to have been buried with the one who died",
        guard_class=GuardClass.DESIRE,
        regex=r"(같이|함께|따라|옆에|곁에)(묻혔|묻혀버렸|묻혀부렀|묻혀삤|들어갔|누웠)(으면|어야|어야했|어야하|더라면|음좋|을걸|을낀데|을텐데)"
        r"|(같이|함께|따라)(묻혔|묻혀버렸)(어야|으면)",
    ),
    # Pills taken to lie down at the late one's grave ("할멈 묘 옆에 가서 약 묵고 누울라꼬 한다", "영감 산소 앞에서 약
    # 먹고 잠들 거예요"): a means at a place with the intent to lie down there.
    CrisisPattern(
        id="means_place_plan.d17m",
        kind=PatternKind.ACTIVE,
        code="means_place_plan",
        label_ko="장소·수단 계획",
        label_en="pills taken at a grave, to lie down there",
        guard_class=GuardClass.MEANS,
        # (d46: or where one was buried, "걔 묻은 자리 옆에 나도 오늘 밤 약 먹고 누울 거야",
        # ko_train_dev_short_crisis14)
        regex=r"(묘|묘소|산소|무덤|묘지|봉분|납골당|봉안당|(묻은|묻힌|묻어준)(자리|데|곳))(옆|앞|곁)(에|에서)?(가서|가가|가갖고|가서는)?[^.?!]{0,8}?"
        r"(약|농약|수면제|제초제|풀약|쥐약)(을|를|도|좀)?(다|몽땅|한꺼번에)?(먹|묵|마시|털어넣)(고|구|꼬)"
        r"(누울|누우려|누울라|누버|눕|잠들|잘|자야|갈|가려|가야|영영)|"
        # (d25c: what was taken along, eaten there and lain down beside, "그날 영감 산소 가서 가져간 거 먹고 옆에 누울
        # 거야")
        r"(묘|묘소|산소|무덤|묘지|봉분)(에|엘)?(가서|가가|가갖고)[^.?!]{0,6}?(가져간|챙겨간|갖고간|싸간)(거|것|걸)(다|몽땅)?(먹|묵|마시)(고|구|꼬)"
        r"(옆에|곁에)?(누울|누우려|누울라|누버|눕|잠들|잘|영영)",
    ),
    # The day chosen and a quiet going on it ("날짜 정했어요 생일 지나고 바로 그날 조용히 갈 거예요", "날 잡아 놨어 그날
    # 조용히 떠날 거여"): a timing with no errand named.
    CrisisPattern(
        id="timing.d17m",
        kind=PatternKind.ACTIVE,
        code="timing",
        label_ko="시점 계획",
        label_en="a day chosen for a quiet going",
        guard_class=GuardClass.DESIRE,
        regex=r"(날짜|날|날을|날짜를|디데이|그날)(을|를|도|은)?(딱|다|벌써|이미)?(정했|정해놨|정해뒀|잡았|잡아놨|잡아뒀|받아놨|골랐|찍었|찍어놨)"
        r"(?:(?!이사|여행|병원|수술|입원|요양원|시설|비행기|기차|버스|이민|출장)[^?!]){0,30}?"
        r"(조용히|혼자|소리없이|아무도모르게|영영|편히)(갈|가려|갈라|가야|떠날|떠나려|떠날라|끝낼|끝내려|갈끼|갈께|갈게)",
        not_after=r"^[^.?!]{0,12}?(여행|비행기|기차|버스|이사|병원|수술|입원|요양원|시설|서울|부산|제주|미국|아들|딸|집)",
    ),
    # d46: going first on one's own feet, a suicide named so in faith talk ("하나님이 이런 사람도 받아주실까요? 제 발로
    # 먼저 가는 사람이요", ko_train_dev_short_crisis14); not walking somewhere ("제 발로 먼저 병원 가는")
    CrisisPattern(
        id="suicidal_thoughts.d46",
        kind=PatternKind.ACTIVE,
        code="suicidal_thoughts",
        label_ko="자살 의도",
        label_en="going first on one's own feet",
        guard_class=GuardClass.DESIRE,
        regex=r"(제|내|지|자기)발로(먼저|스스로|일찍)(가는|간|갈|가면|가믄|떠나는|떠난|떠날)(사람|것|거|놈|년|이|게|기)?",
        not_after=r"^.{0,8}(병원|보건소|집|경로당|회관|교회|성당|절|가게|시장|학교|센터|복지관|은행)",
    ),
    # d46: a day of one's own choosing, and this the last of something before it ("내가 정한 날이 다음 주니 이게
    # 마지막 생일상이지", ko_train_dev_short_crisis14); not a day set for a move, a trip or a wedding
    CrisisPattern(
        id="timing.d46",
        kind=PatternKind.ACTIVE,
        code="timing",
        label_ko="시점 계획",
        label_en="a day of one's own choosing, this the last before it",
        guard_class=GuardClass.DESIRE,
        regex=r"(내가|제가|내|지가|나|난)(정한|잡은|정해둔|정해놓은|잡아둔|잡아놓은|받아둔|골라둔)(날|날짜|날짜가|날이)"
        r"(?:(?!이사|여행|병원|수술|입원|요양원|시설|결혼|잔치|환갑|칠순|팔순|구순|돌잔치|상견례|제사|이민)[^?!]){0,24}?"
        r"마지막(생일|생일상|생신|생신상|명절|추석|설|밥상|상|잔치|여름|겨울|봄|가을|크리스마스|성탄)",
    ),
    # d19: the day named and everything ended on it ("그날 다 끝낸다", "생일날 싹 끝낼란다")
    CrisisPattern(
        id="timing.d19",
        kind=PatternKind.ACTIVE,
        code="timing",
        label_ko="시점 계획",
        label_en="a day named to end everything on",
        guard_class=GuardClass.DESIRE,
        regex=r"(그날|그날밤|생일날|기일날|제삿날|제사날)(에|엔|이면|되면)?(내가|나는|난)?(다|싹|모두|전부)"
        r"끝(낸다|낼란다|낼란께|낼거|낼꺼|낼끼|낼겨|내삔다|내뿐다|내버린다|내불란다|낸데이|내뿔끼)",
    ),
    # How many of one's pills or injections all at once would end it, asked
    # ("인슐린 주사를 한꺼번에 다 놔불민 어떵되느니 간호사한티 물어봔마씸 나 그거 헐거라",
    # "수면제 한꺼번에 다 먹으면 안 깨어나는지 찾아봤어"): a method looked into, its lethal end or one's intent said.
    CrisisPattern(
        id="method_search.d17m",
        kind=PatternKind.ACTIVE,
        code="method_search",
        label_ko="방법 탐색",
        label_en="asked what all one's pills at once would do",
        guard_class=GuardClass.MEANS,
        regex=r"(한꺼번에|한번에|몽땅|전부|한통|한움큼)(다)?(먹|묵|삼키|놓|놔|맞|털어넣)(으면|으믄|으민|으모|어불민|어불면|어버리면|어버리믄|아불민|아버리면|아불면|불민|불면|불믄|뿔민|삐믄|버리면)"
        r"((죽|안깨|못깨|끝나|영영|바로가|편히가|바로죽)[^.?!]{0,20}?(물어|물었|물어봤|물어봔|물어봣|찾아봤|검색|알아봤)|"
        # … or what it would do, asked, and then the speaker's own "I'll do that" ("… 물어봔마씸 나 그거 헐거라")
        r"(어떻게|어떵|어찌|어쩌|우째|어떡)[^.?!]{0,24}?(물어|물었|물어봤|물어봔|물어봣|찾아봤|검색|알아봤)[^?!]{0,12}?"
        r"(나|내가|난)?(그거|그걸|그렇게|그리)(할|헐|하려|할라|헐라|해불|해뿔)(거|꺼|라|겨|끼|께|게))",
    ),
    # Jeolla and Jeju -불다 / -삐다 forms of the wish to go or end it by one's own hand ("얼른 가불민 좋주", "확 가삐믄
    # 좋겠다", "내 손으로 끝내불고 싶소")
    CrisisPattern(
        id="death_wish.d17m",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="wish to go (Jeolla, Jeju, Gyeongsang forms)",
        guard_class=GuardClass.DESIRE,
        regex=r"(이대로|조용히|자는듯이|콱|확|얼른|빨리|퍼뜩|어서|고마|인자|이제|훌쩍|곧)"
        r"(가불민|가불믄|가블민|가뿌믄|가삐믄|가삐모|가뿌모|가부믄|가부민|가불먼)(좋|원이없|원없|싶|고맙|소원)",
        not_before=r"(시간|세월|하루|겨울|여름|추위|더위|장마|비|감기|병|애들|손님|버스|차)(이|가|은|는|도|들이)?",
        not_after=r"^.{0,4}(버스|병원|시장|집|약속|늦|차|기차|모임|학교|교회|회관|경로당|밭|논)",
    ),
    CrisisPattern(
        id="active_wish.d17m",
        kind=PatternKind.ACTIVE,
        code="suicidal_thoughts",
        label_ko="스스로 끝내고 싶음",
        label_en="wish to end it by one's own hand",
        guard_class=GuardClass.DESIRE,
        regex=r"(내|제|나의|내가|제가)(손으로|손수|스스로)(그냥|확|다|이제|인자)?(끝내|끝장내|끊)(불고|부리고|뿌고|삐고|버리고|고)(싶|잡|시퍼|파)",
        not_after=_D16P_TASK_AFTER,
    ),
    # The going wished for, in Jeju and Chungcheong forms and said over and over ("나 곧 가사주 가사주 허멍 지냄수다",
    # "얼른 가야쥬", "곧 가야지 가야지 하면서 지내요"): death_wish.4's wish in the forms it does not read.
    CrisisPattern(
        id="death_wish.d17m2",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="wish to go, said over and over",
        guard_class=GuardClass.DESIRE,
        regex=r"(빨리|얼른|퍼뜩|어서|고마|인자|싸게|후딱)(가사주|가사지|가야쥬|가야지유|가야것|가야겄|가야긋|가야재|가야지예)|"
        r"(곧|빨리|얼른|어서|인자|이제)?(가야지|가사주|가야제|가야쥬|가야것다|가야겄다)(가야지|가사주|가야제|가야쥬|가야것다|가야겄다)"
        r"(하면서|허멍|하멍|함서|허믄서|하믄서|카면서|캄서|하고|허고|혀고|해|혀|허여|한다|헌다|카고)",
        # (d40: a hurry said before it in the sentence, "아이고 늦었네 빨리 가야지", or an errand after it, "빨리 가야지
        # 손주 데리러")
        not_before=_HURRY_BEFORE,
        not_after=_ERRAND_AFTER,
    ),
    # Gone by an accident or an illness, wished for
    # ("차라리 사고라도 나가 가뿌믄 좋겠다", "병이라도 걸려서 확 가버렸으면")
    CrisisPattern(
        id="death_wish.d17m3",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="wish to be gone by an accident or illness",
        guard_class=GuardClass.DESIRE,
        regex=r"(사고라도|사고나|사고가|병이라도|벼락이라도|차에라도|차에치여|큰병이라도|암이라도)[^.?!]{0,8}?"
        r"(가뿌믄|가삐믄|가불민|가부믄|가버리면|가버리믄|가면|가믄|갔으면|가뿌면|가삐면|가버렸으면|가부렀으면|죽었으면|죽어버렸으면|죽으면)"
        r"(좋|원이없|원없|싶|고맙|소원|하고|한다|혀)",
        not_after=r"^[^.?!]{0,3}(게|거|것|기|일)(이)?(뭐|뭣|머|뭔|하나도|없)",  # "죽으면 좋을 게 뭐가 있냐"
    ),
    # One's absence as what would ease the family, in dialect
    # ("내 없으믄 자식들이 편할낀데", "나 읎으믄 다들 편헐 거여"):
    # death_wish.8 in the forms it does not read.
    CrisisPattern(
        id="death_wish.d17m4",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="wish to be gone (a burden), in dialect",
        guard_class=GuardClass.DESIRE,
        regex=r"(?<![아안시부])(내|나|내가|나가|제가)(없으믄|없으모|읎으믄|읎으면|읎으모|없어지믄|읎어지믄|읎어지면|죽으믄|죽으모|없으민|어시민|어서지민|읎으문|없으문)"
        r"(다들|모두|애들|자식들|식구들|다|우리애들|아아들|아이들|가족들|영감|할멈|딸|아들|며느리)?(이|가|은|는|도)?"
        r"(편할|편하|편해|편켔|편허|편헐|편헌|편키|속편|고생안|짐덜|짐이덜)",
        not_before=r"(벌레|바퀴|모기|쥐|파리|잡초|풀|나무|화분|꽃|놈의|놈들)(가|이|은|는|도|들|들이)?",
    ),
    # Ready for the long road, one's own ("나 먼길 떠날 준비 다 해놨어라", "저승길 갈 채비 다 해 놨다"):
    # a preparation in
    # the euphemism for dying; not a real journey's ("미국 가는 먼 길 떠날 준비").
    CrisisPattern(
        id="preparation_final.d17m",
        kind=PatternKind.ACTIVE,
        code="preparation_final",
        label_ko="떠날 준비",
        label_en="ready for the long road (dying)",
        guard_class=GuardClass.PREP,
        regex=r"(먼길|먼먼길|저승길|황천길|마지막길|하늘길|저세상길|북망산)(을|로)?(떠날|갈|가는|떠나는|갈라는|가려는)(준비|채비|차비)(를|는|도|가)?"
        r"(다|벌써|이미|싹|얼추)?(해놨|해놓|해뒀|해두|했|마쳤|끝냈|됐|돼있|되어있|해놓았|해부렀|해뿟)",
        not_before=r"(여행|비행기|공항|미국|해외|유럽|외국|이민|유학|출장|성지순례|순례|이사)[^.?!]{0,12}",
        not_after=r"^[^.?!]{0,16}?(여행|비행기|공항|표|짐|여권|미국|해외|외국|출발|순례)",
    ),
    # A car driven "that way" into the sea, wondered about ("차 끌고 바다 쪽으로 그냥 쭉 들어가 볼까", "경운기 몰고
    # 저수지 쪽으로 확 처박아 불까"): method.2 with a direction and the speaker's wondering.
    CrisisPattern(
        id="method.d17m",
        kind=PatternKind.ACTIVE,
        code="method",
        label_ko="방법 계획",
        label_en="driving into the water, wondered about",
        guard_class=GuardClass.MEANS,
        regex=r"(차|트럭|경운기|오토바이|자동차|자가용|차를|트럭을)(를|을)?(몰고|끌고|타고|운전해서|몰아서)"
        r"[^.?!]{0,8}?(바다|강물|저수지|호수|낭떠러지|절벽|벼랑|바닷물|한강|강)(쪽|쪽으로|쪽에|로|으로)"
        r"(그냥|쭉|확|콱|고마|마|그대로)*(들어가|처박|쳐박|뛰어들|돌진해)(아|어)?"
        r"(볼까|버릴까|불까|뿔까|삘까|불라|버리고싶|버렸으면|버리면좋|뿌까|삐까|불고잡)",
        not_after=r"^.{0,30}(낚시|길이|길을|주차|캠핑|구경|놀러|드라이브|공사|선착장|도로|마을|배타|배를)",
        not_before=r"(낚시|캠핑|구경|놀러|드라이브|관광)[^.?!]{0,20}",
    ),
    # Pills taken, and the speaker found and taken to hospital
    # ("지난 목요일에 약 먹었는데 딸이 발견해서 병원 갔다 왔어",
    # "농약 마셨다가 아들이 찾아서 위세척 했어"): a recent attempt, told plainly.
    CrisisPattern(
        id="recent_attempt.d17m",
        kind=PatternKind.ACTIVE,
        code="recent_attempt",
        label_ko="최근 시도",
        label_en="pills taken, found and taken to hospital",
        guard_class=GuardClass.MEANS,
        regex=r"(약|수면제|농약|제초제|안정제|진통제)(을|를)?(많이|잔뜩|한꺼번에|몽땅|왕창|한움큼|한주먹|다)?(먹|묵|마셨|마시|삼켰)"
        r"(었는데|었다가|고|다가|은걸|은거|었던걸|었던거)[^.?!]{0,20}?((이|가)(발견|찾아내|찾아서)|발견(해서|되|돼)|위세척|실려가|실려갔)",
    ),
    # Things given away because the one who looks after them will be gone ("화분들 다 경로당에 갖다 줬어. 물 줄 사람이
    # 없어질 거라"): the speaker's own absence as the reason; not a stay in hospital, a move or a trip.
    CrisisPattern(
        id="preparation_giving.d17m",
        kind=PatternKind.ACTIVE,
        code="preparation_giving",
        label_ko="물건 나눠주기",
        label_en="given away: the one who looks after them will be gone",
        guard_class=GuardClass.PREP,
        regex=r"(줬|주었|보냈|맡겼|넘겼|갖다줬|줘부렀|줘버렸|줘삤|보내부렀)[^?!]{0,16}?"
        r"(물줄|돌볼|먹일|챙길|키울|밥줄|거둘)사람(이|도)?(없어질|읎어질|없을|읎을|사라질|안남을|없어지)(거|꺼|테|것|겨|께|끼|기)",
        not_before=r"(입원|여행|이사|병원|요양원|서울|아들네|딸네|집을비|수술|해외|미국|출장)[^?!]{0,30}",
        not_after=r"^[^?!]{0,20}?(입원|여행|이사|병원|요양원|아들네|딸네|수술|해외|미국|출장|다녀|갔다)",
    ),
    # The everyday purpose of charcoal or pesticide named, and dismissed with "무슨"
    # ("번개탄 샀는데 주인이 고기 꿉을라요
    # 카길래 그렇다 캤다 고기는 무슨", "농약 사왔냐 카대 농사는 무슨")
    CrisisPattern(
        id="means_charcoal.d17m",
        kind=PatternKind.ACTIVE,
        code="means_other",
        label_ko="수단 준비",
        label_en="a means' everyday purpose named and dismissed",
        guard_class=GuardClass.MEANS,
        regex=r"(번개탄|번게탄|연탄|숯|농약|제초제|살충제|쥐약|수면제|밧줄)[^?!]{0,48}?"
        r"(고기|캠핑|바베큐|구이|찜질|농사|밭|논|벌레|쥐|잠|빨래|짐)(는|은|도)?(무슨|무신|뭔|먼)(?![가-힣])",
    ),
    # A handful of pills held, then put back when a face came to mind ("어젯밤에 약을 한 움큼 손에 쥐었다가 손주 얼굴이
    # 생각나서 도로 놨다"): an aborted attempt.
    CrisisPattern(
        id="aborted_attempt.d17m",
        kind=PatternKind.ACTIVE,
        code="aborted_attempt",
        label_ko="중단된 시도",
        label_en="a handful of pills held and put back",
        guard_class=GuardClass.MEANS,
        regex=r"(약|수면제|알약|농약)(을|를)?(한움큼|한주먹|한줌|잔뜩|몽땅|전부|다)(손에)?(쥐었|쥐고|쥐어|움켜|털어놨|꺼내놨|입에넣었|입에물었)"
        r"[^.?!]{0,30}?(도로|다시)(놨|놓|넣|뱉|내려놓|집어넣)",
    ),
    # d40: pills hoarded and taken in hand ("어제 모아둔 약을 한움큼 쥐고 앉았었어요 … 그때 손녀가 전화를 해서 약을
    # 내려놨어 약은 아직 서랍에 있어요"): the act begun, whether or not its putting down is told; not pills gathered to
    # be returned or thrown away ("모아둔 약 꺼내서 약국에 갖다줬어")
    CrisisPattern(
        id="aborted_attempt.d40",
        kind=PatternKind.ACTIVE,
        code="aborted_attempt",
        label_ko="중단된 시도",
        label_en="hoarded pills taken in hand",
        guard_class=GuardClass.MEANS,
        regex=r"(모아둔|모아놓은|모아놨던|모아뒀던|모아온|쌓아둔|숨겨둔|숨겨놓은|감춰둔|감춰놓은)(약|수면제|알약|안정제|진통제|잠오는약)"
        r"(을|를|들을|들)?(한움큼|한웅큼|한주먹|한줌|몽땅|전부|다)?(손에)?(쥐고|쥐었|쥐어|움켜|입에|꺼내놓고|꺼내놨|꺼내서|털어)",
        not_after=r"^[^.?!]{0,20}(버리|버렸|버릴|갖다주|갖다줬|갖다드|반납|약국|수거|정리|세어|셌|분리|유통기한|헷갈)",
    ),
    # ---- d17p: a probe battery of ways of saying it (standard Korean and dialect, our own 67 crises and 20 twins,
    # tests/unit/test_d17p.py): the forms no row read.
    # A hanging begun and broken off ("어젯밤에 목을 매려다가 끈이 끊어졌어", "목 매달라고 했는디 못 했어"): an
    # aborted attempt; not the idiom of being desperate for something ("돈에 목을 매다").
    CrisisPattern(
        id="aborted_attempt.d17p",
        kind=PatternKind.ACTIVE,
        code="aborted_attempt",
        label_ko="중단된 시도",
        label_en="a hanging begun and broken off",
        guard_class=GuardClass.MEANS,
        regex=r"목(을|이)?(매|메|맬|매달|달)(려다|려고했|려구했|려다가|다가|았다가|았는데|았던|라고했|라꼬했|려고하다|라다가)",
        not_before=r"(일|돈|자리|성적|승진|시험|사업|공부|출세|자식|명예|권력|돈벌이)(에|에다|에만|에다가)",
    ),
    # A chosen day to follow the dead ("영감 제삿날에 따라갈 거야", "엄마 기일에 나도 따라가련다").
    CrisisPattern(
        id="join_dead_plan.d17p",
        kind=PatternKind.ACTIVE,
        code="join_dead_plan",
        label_ko="먼저 간 사람 따라갈 계획",
        label_en="a day chosen to follow the dead",
        guard_class=GuardClass.DESIRE,
        regex=r"(제삿날|제사날|기일|기일날|49재|사십구재|삼우제|제사|첫기일)(에|날에|날|때|지나고|지나면|까지만)?(나도|저도|내도|나두)?"
        r"(따라갈|따라가려|따라갈라|따라가야|따라가련|따라갈란|따라갈께|따라갈게|따라갈끼)",
    ),
    # How a fall or the water would feel, wondered about ("높은 데서 떨어지면 아프지 않을까", "물에 빠지면 금방 가겠지",
    # "뛰어내리면 바로 끝나겠지"): a method contemplated; not a child or a pet warned of, nor a worry.
    CrisisPattern(
        id="method.d17p",
        kind=PatternKind.ACTIVE,
        code="method",
        label_ko="방법 계획",
        label_en="how a fall or the water would end it, wondered about",
        guard_class=GuardClass.MEANS,
        regex=r"(높은데서|높은곳에서|옥상에서|다리에서|아파트에서|베란다에서|물에|강에|바다에|저수지에)?"
        r"(떨어지면|떨어지믄|뛰어내리면|뛰어내리믄|빠지면|빠지믄|들어가면|들어가믄|목매면|목매달면|"
        # (d25e: walking out in front of the trucks, "그 앞으로 그냥 걸어 나가믄 금방 끝나겄지")
        r"(트럭|차|기차|버스|덤프)[^.?!]{0,30}?(앞으로|앞에|밑으로)(그냥|확|콱)?(걸어나가|뛰어나가|뛰어들|걸어들어가)(면|믄))"
        r"(아프지않|안아프|덜아프|금방가|금방죽|바로가|바로죽|한번에가|한번에죽|편히가|안아플|바로끝|금방끝|한번에끝|다끝나|다끝날|"
        r"금방끝나|바로끝나)"
        r"(을까|겠지|겄지|것지|겠제|겄제|것제|을라나|을려나|을랑가|을텐데|겠다|것다|겄다|겠구나)|"
        # (d36: or a jump heard of as soon over, in Gyeongsang's 뛰내리- too, "낙동강 다리. 거서 뛰내리믄 금방이라
        # 카더라", ko_train_dev_short_crisis2)
        r"(떨어지면|떨어지믄|뛰어내리면|뛰어내리믄|뛰내리면|뛰내리믄|띠내리믄|빠지면|빠지믄)(금방|한번에|바로|단번에|한방에)"
        r"(이|이라|이래|이다|이여|이랑께|이제|이지|이요|일|끝|간|가|죽)" + HEARD_SAID,
        not_before=r"(애|아이|애기|아기|손주|손자|손녀|강아지|고양이|개|아들|딸|사람|누가|그사람|남)(가|이|는|은|들|도)?[^.?!]{0,12}",
        not_after=r"^[^.?!]{0,10}?(걱정|조심|위험|큰일|안돼|안되|말어|마라|말아)",
    ),
    # A quiet going after a day ("설날 지나면 조용히 떠날 거야", "추석 쇠고 나서 혼자 갈란다"): a timing, with no
    # place or errand after it ("… 조용히 떠날 거야 제주도로").
    CrisisPattern(
        id="timing.d17p",
        kind=PatternKind.ACTIVE,
        code="timing",
        label_ko="시점 계획",
        label_en="a quiet going after a day",
        guard_class=GuardClass.DESIRE,
        regex=r"(지나면|지나믄|지나고|넘기면|넘기믄|넘기고|끝나면|끝나믄|쇠고|쇠면|쇠믄|지내고)(나서|나면|나믄)?(나는|난|내는|저는|나도)?"
        r"(혼자)?(조용히|소리없이|영영|미련없이|아무도모르게)(갈|가려|떠날|떠나려|갈라|떠날라|갈란|떠날란|가련|떠나련)"
        r"(거|꺼|란다|련다|라|게|께|끼|겨|것|다)",
        not_before=r"(여행|이사|병원|수술|입원|이민|출장|순례)[^.?!]{0,20}",
        not_after=r"^[^.?!]{0,16}?(여행|이사|서울|부산|고향|아들네|딸네|시골|요양원|제주|미국|병원|에서|으로|로가|한테)",
    ),
    # Food given up in order to go ("밥을 끊었어 이제 곱게 가려고", "숟가락 놨다 인자 조용히 갈란다").
    CrisisPattern(
        id="refusing_to_live.d17p",
        kind=PatternKind.ACTIVE,
        code="refusing_to_live",
        label_ko="삶을 거부함",
        label_en="food given up in order to go",
        guard_class=GuardClass.DESIRE,
        regex=r"(밥|곡기|식사|밥숟갈|숟가락|수저)(을|를|도|은|는)?(다|싹)?(끊었|끊고|끊어|놨|놓았|내려놨|안먹|안묵|안먹고|안묵고)"
        r"[^.?!]{0,10}?(이제|인자|인제|그냥)?(곱게|조용히|편히|빨리|얼른|영영)"
        r"(가려|갈라|가련|갈란|갈거|갈꺼|가야|죽으려|죽을라|떠나려|떠날라|갈끼|갈께|갈게)",
    ),
    # d18: "곡기를 끊다", the old way of saying one stops eating to die ("안 먹어. 이제 먹어서 뭐하게. 곡기 끊었다");
    # not someone else's (a parent's last days, "어머니가 곡기를 끊으셨다"), nor a fast before a test or for the stomach
    CrisisPattern(
        id="refusing_to_live.d18b",
        kind=PatternKind.ACTIVE,
        code="refusing_to_live",
        label_ko="삶을 거부함",
        label_en="food given up ('곡기를 끊다')",
        guard_class=GuardClass.DESIRE,
        regex=r"곡기(를|도|는|까지)?(다|싹|아예|이제|인자)?(끊었|끊고|끊을|끊어|끊을라|끊으려|끊을려|끊기로|끊었어|끊었다)",
        not_before=r"(어머니|아버지|할머니|할아버지|시어머니|시아버지|엄마|아빠|아버님|어머님|영감|남편|아내|노인|환자|어르신|"
        r"친구|언니|형님|누님|동생|옆집|그분|그양반)(이|가|께서|도|는|은)?[^.?!]{0,12}$|"
        r"(검사|내시경|수술|금식|검진|장염|배탈|설사|체해|체했)[^.?!]{0,16}$",
        not_after=r"^(으셨|셨|으시|시|으셔|셔|으신|신|었대|었다더|었다고|었다는|었다네)|^[^.?!]{0,16}?(검사|내시경|수술|금식|위장|속이)",
    ),
    # Nothing left to hold one to the world ("이 세상에 미련이 하나도 없어", "사는 데 더는 미련 없어"): passive.
    CrisisPattern(
        id="no_reason_to_live.d17p",
        kind=PatternKind.PASSIVE,
        code="no_reason_to_live",
        label_ko="살 이유 없음",
        label_en="no attachment left to the world",
        guard_class=GuardClass.DESIRE,
        regex=r"(이세상|세상|이승|삶|사는거|사는게|사는데|살아가는데|인생|목숨)(에|에는|엔|이|은|에대한|에대해)?(더는|이제|인자|하나도|아무|별)?"
        r"(미련|애착|아쉬움)(이|도|은|따위)?(하나도|전혀|더는|아무것도|눈곱만큼도|조금도|이제)?(없|읎|웂|엄)",
        not_before=r"(그|저|걔|쟤|그놈|저놈|그년|영감|할멈)(은|는|이|가)",
    ),
    # Tired of breathing itself ("숨 쉬는 것도 지겨워", "숨 쉬는 것조차 귀찮아"): passive; not breathless ("힘들어").
    CrisisPattern(
        id="no_reason_to_live.d17p2",
        kind=PatternKind.PASSIVE,
        code="no_reason_to_live",
        label_ko="살 이유 없음",
        label_en="tired even of breathing",
        guard_class=GuardClass.DESIRE,
        regex=r"(숨(을)?쉬는|숨쉬고사는|숨붙어있는|살아숨쉬는|살아있는)(것|거|게|기)(도|조차|마저|자체가)(지겹|지겨|귀찮|싫|넌더리|진절머리)",
    ),
    # "Someone like me should vanish" ("나 같은 건 없어져야 해", "저 같은 게 빨리 죽어야 되는데"): passive.
    CrisisPattern(
        id="death_wish.d17p",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="one like me should vanish",
        guard_class=GuardClass.DESIRE,
        regex=r"(나|저|내|제)같은(건|거|게|것|사람|늙은이|노인네|년|놈|노인)(은|는|이|가)?(그냥|빨리|얼른|차라리|어서|진작)?"
        r"(없어져야|사라져야|죽어야|가야|뒈져야|디져야)(해|돼|지|한다|하는데|되는데|할|될|제|재|혀|하는디|되는디)",
    ),
    # To vanish somewhere quiet, or go into the hills not to come out ("어디 조용한 데 가서 사라지고 싶어", "아무도 없는
    # 산속에 들어가서 안 나오고 싶어"): passive; not a rest of a few days ("며칠만", "잠깐").
    CrisisPattern(
        id="no_reason_to_live.d17p3",
        kind=PatternKind.PASSIVE,
        code="no_reason_to_live",
        label_ko="살 이유 없음",
        label_en="to vanish, or go where one never comes out",
        guard_class=GuardClass.DESIRE,
        regex=r"(조용한데|조용한곳|아무도없는데|아무도없는곳|아무도모르는데|멀리|어디론가|산속|깊은산)(에|으로|로)?(가서|들어가서|가가|가갖고)?"
        r"(그냥|영영|조용히)?(사라지|없어지|안나오|안나올|안돌아오|묻히)(고싶|고파|고시퍼|고잡|고만싶|려고|련다|ㄹ래|을래)",
        not_before=r"(며칠|며칠만|잠깐|잠시|한달|한동안|하루|주말|휴가|여행)(만|이라도|동안)?[^.?!]{0,12}",
        not_after=r"^[^.?!]{0,12}?(며칠|잠깐|잠시|쉬고|쉬다|여행|휴가|힐링)",
    ),
    # ---- abuse (safeguarding) ----------------------------------------------------------------
    CrisisPattern(
        id="elder_abuse.1",
        kind=PatternKind.ABUSE,
        code="elder_abuse",
        label_ko="학대 의심",
        label_en="possible elder abuse",
        guard_class=GuardClass.ABUSE,
        regex=_FAMILY + r"(이|가|이가|은|는|도|이는|한테|에게|한테서|들이|들한테)?(나를|날|나|내)?[^.?!]{0,20}?"
        r"(또|자꾸|맨날|막|계속|툭하면|술만먹으면|술먹고)?"
        r"(때려|때리|때릴|때렸|때린|팼|팰|밀쳐|밀쳤|발로차|멱살|물건을?던|(?<!윷을잘)(?<!윷을)(?<!윷)(?<!공을잘)(?<!공을)(?<!공)던져서|두들겨|손찌검|발길질|소리지르|욕하고|욕을하|"
        r"욕해)",
    ),
    CrisisPattern(
        id="elder_abuse.2",
        kind=PatternKind.ABUSE,
        code="elder_abuse",
        label_ko="학대 의심",
        label_en="possible elder abuse",
        guard_class=GuardClass.ABUSE,
        regex=_FAMILY + r"(이|가|은|는|도|이는|한테|에게|한테서)(또|자꾸|맨날|많이|막|계속|툭하면)?"
        r"(맞았|맞아|맞고|두들겨맞|얻어맞|맞을까|맞는)",
    ),
    CrisisPattern(
        id="financial_abuse.1",
        kind=PatternKind.ABUSE,
        code="financial_abuse",
        label_ko="경제적 학대 의심",
        label_en="possible financial abuse",
        guard_class=GuardClass.ABUSE,
        regex=_FAMILY + r"(이|가|은|는|도|이는|들이)?(내|제|나)?[^.?!]{0,16}?"
        r"(돈|연금|통장|카드|용돈|기초연금|적금|집문서|땅문서|도장)(을|를|도|이랑|까지|다)?(다|전부|몽땅|싹|몰래|억지로|맘대로|마음대로)?"
        r"(뺏|빼앗|가져가|가져갔|빼가|빼갔|빼돌|털어|달라고(때|협박|소리|욕)|안돌려|안줘|맘대로)",
    ),
    CrisisPattern(
        id="confinement.1",
        kind=PatternKind.ABUSE,
        code="confinement",
        label_ko="감금·방임 의심",
        label_en="possible confinement or neglect",
        guard_class=GuardClass.ABUSE,
        regex=_FAMILY + r"(이|가|은|는|도|이는|들이)?(나를|날|나)?[^.?!]{0,20}?"
        r"(가둬|가뒀|가두|못나가게|문을?잠가|문잠가|밖에못나가게|방에가둬|밥(을|도)?(제때|잘)?안(줘|준|주고|챙겨)|굶겨|굶기|밖에서잠)|"
        r"(방에|집에|방안에|하루종일)(갇혀|갇혔|가둬|가뒀)|(문|방문)(을)?밖에서잠",
    ),
    CrisisPattern(
        id="fear_of_family.1",
        kind=PatternKind.ABUSE,
        code="fear_of_family",
        label_ko="가족에 대한 두려움",
        label_en="fear of a family member",
        guard_class=GuardClass.ABUSE,
        regex=_FAMILY
        + r"(이|가|은|는|만|이만|가너무|이너무)?(너무|정말|진짜|좀)?(무서워|무섭|겁나|두려워|두렵|무서버|무섭데이)",
        not_after=r"^.{0,4}(ㅋ|하하|호호|농담|잔소리)",
    ),
    # ---- active: composed rows (an anchor plus concepts in its sentence window) ------------------
    CrisisPattern(
        id="means_place_plan.1",
        kind=PatternKind.ACTIVE,
        code="means_place_plan",
        label_ko="위험 장소 물색",
        label_en="a lethal place with a plan or finality",
        guard_class=GuardClass.MEANS,
        regex=_MEANS_PLACE,
        composition=Composition(
            concepts=((FINALITY, 2), (RECON, 2), (PLAN, 1), (INTENT, 1)), threshold=2, innocent=INNOCENT_PLACE
        ),
        purpose_after=r"^[^.?!]{0,8}?" + REMEMBERED,
    ),
    CrisisPattern(
        id="means_pills_plan.1",
        kind=PatternKind.ACTIVE,
        code="means_pills_plan",
        label_ko="약 과다복용 계획",
        label_en="pills with stockpiling, an overdose plan or finality",
        guard_class=GuardClass.MEANS,
        regex=_MEANS_PILLS,
        composition=Composition(
            concepts=((FINALITY, 2), (OVERDOSE, 2), (ATTEMPT_TOLD, 2), (RESCUED, 1), (STOCKPILE, 1), (INTENT, 1)),
            threshold=2,
            innocent=INNOCENT_PILLS,
        ),
        not_after=r"^(이|을|만)?(올라|오르|올려|올리|올랐|오른|올르)",  # d18: the idiom "약 올라 죽으려" (riled)
    ),
    CrisisPattern(
        id="means_fumes_plan.1",
        kind=PatternKind.ACTIVE,
        code="means_fumes_plan",
        label_ko="번개탄·연탄·가스 계획",
        label_en="charcoal, briquettes or gas with a sealed room, a plan or finality",
        guard_class=GuardClass.MEANS,
        regex=_MEANS_FUMES,
        composition=Composition(
            concepts=((FINALITY, 3), (SEAL, 2), (PLAN, 1), (INTENT, 1), (TIMING, 1)),
            threshold=3,
            innocent=INNOCENT_MEANS,
        ),
    ),
    CrisisPattern(
        id="means_other_plan.1",
        kind=PatternKind.ACTIVE,
        code="means_other_plan",
        label_ko="수단 준비·계획",
        label_en="means (pesticide, rope, blade) with a plan or finality",
        guard_class=GuardClass.MEANS,
        regex=_MEANS_OTHER,
        composition=Composition(
            concepts=((FINALITY, 3), (PLAN, 1), (INTENT, 1), (TIMING, 1)), threshold=3, innocent=INNOCENT_MEANS
        ),
    ),
    CrisisPattern(
        id="plan_stated.1",
        kind=PatternKind.ACTIVE,
        code="plan_stated",
        label_ko="방법·날짜를 정해 둠",
        label_en="a method or date decided, with a wish to be gone",
        guard_class=GuardClass.DESIRE,
        regex=r"(방법|계획|날짜|장소|날|디데이)(은|을|도|까지|이랑|하고)?(다|이미|벌써|미리|싹)?"
        # (d36: or looked out, "날짜도 봐 놨어", ko_train_dev_short_crisis2)
        # (d36: Chungcheong's 정혀놨, "날짜도 벌써 정혀놨구", ko_train_dev_short_crisis6)
        r"(생각해(뒀|놨|놓)|정해(놨|뒀|놓)|정했|정혀(놨|뒀|놓)|정혔|알아(봤|놨|뒀)|찾아(놨|뒀)|잡아(놨|뒀)|잡았|짜(놨|뒀)|세워(놨|뒀)|세웠|"
        r"봐(놨|뒀|놓))|"
        # (d36: a weekday's night chosen, "더는 못 버티겠어요. 토요일 밤으로 정했습니다")
        r"(월|화|수|목|금|토|일)요일(밤|새벽|아침|저녁|날)?(로|으로)(정했|정해놨|정해뒀|잡았|잡아놨)",
        composition=Composition(concepts=((WISH_CONTEXT, 2),), threshold=2, innocent=INNOCENT_PLAN),
    ),
    CrisisPattern(
        id="preparation_final.1",
        kind=PatternKind.ACTIVE,
        code="preparation_final",
        label_ko="마지막 준비",
        label_en="preparatory acts with finality or a stated going",
        guard_class=GuardClass.PREP,
        regex=PREPARATION.regex.replace("|수의|", "|수의(?![사학])|"),
        composition=Composition(concepts=((FINALITY, 2), (GOING, 2), (TIMING, 1)), threshold=2, innocent=INNOCENT_PREP),
    ),
    CrisisPattern(
        id="going_final.1",
        kind=PatternKind.ACTIVE,
        code="going_final",
        label_ko="떠나겠다는 말",
        label_en="a stated 'going' with finality or preparation",
        guard_class=GuardClass.DESIRE,
        regex=GOING.regex,
        not_before=_DESTINATION,
        composition=Composition(concepts=((FINALITY, 2), (PREPARATION, 2)), threshold=2, innocent=INNOCENT_GOING),
    ),
    CrisisPattern(
        id="join_dead_plan.1",
        kind=PatternKind.ACTIVE,
        code="join_dead_plan",
        label_ko="먼저 간 사람에게 갈 날을 정함",
        label_en="a set day to join the dead",
        guard_class=GuardClass.DESIRE,
        # (d36: the late one addressed, "당신 곁으로 갈게요", ko_train_dev_short_crisis6)
        regex=r"(영감|남편|할아버지|할아범|할멈|마누라|아내|엄마|어머니|어무이|엄니|아버지|아부지|딸|아들|그사람|그양반|양반|당신|여보)"
        r"(한테|에게|곁으로|옆으로|께|있는데로|있는곳으로|따라)(가|갈|간다|떠날)",
        composition=Composition(
            concepts=((DEAD, 1), (DECISION, 1), (TIMING, 1), (JOINING, 1), (FINALITY, 2)),
            threshold=3,
            innocent=INNOCENT_JOIN,
        ),
    ),
    CrisisPattern(
        id="timing.4",
        kind=PatternKind.ACTIVE,
        code="timing",
        label_ko="시점 계획",
        label_en="a set end to one's life",
        guard_class=GuardClass.DESIRE,
        regex=r"까지만(살|산)(란|래|고|겠|거|꺼|끼|기로|다|라|아|어|련)",
        not_before=r"(여기|이집|거기|저기|이동네|집|서울|시골|아파트|셋방|전세)(서|에서)?[^.?!]{0,12}",
        not_after=r"^.{0,12}(이사|옮기|딸네|아들네|요양원|집|가게|여기|거기|이집)",
    ),
    # ---- passive: wish to be dead (C-SSRS 1), more forms --------------------------------------
    CrisisPattern(
        id="death_wish.6",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="wish to be gone",
        guard_class=GuardClass.DESIRE,
        regex=r"(가|가버리|가삐|가뿌|가부리|떠나|죽어버리|죽|없어지|사라지)는(게|기|거|것이|편이)(더|차라리|훨씬)?(낫|나아|나을|나슨|편하|좋겠)",
        not_before=_DESTINATION
        + r"|(시간|세월|하루|겨울|여름|추위|더위|장마|비|감기|병)(이|가|은|는|도)?|"
        + _GOING_NOT_BEFORE,
    ),
    CrisisPattern(
        id="death_wish.7",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="wish to be gone",
        guard_class=GuardClass.DESIRE,
        # (d28: "그만", Jeolla's "그만 가부렀으면 쓰겄어")
        regex=r"(이대로|스르르|조용히|자는듯이|자듯이|잠자듯이|콱|확|얼른|얼릉|얼렁|언능|빨리|퍼뜩|어서|고마|그만|인자|훌쩍)"
        # (d28c: heaven named, "나도 얼릉 하늘나라 가부러야제")
        r"(거기|그리|저리|하늘나라로|하늘나라에|하늘나라|저세상으로|저세상에|저승으로|저승에|저승)?"
        r"((갔으면|갔음|가버렸으면|가부렀으면|가부러야|가불어야|떠났으면)|(가믄|가면|가불면|가뿌면|가삐면|가버리면)(좋|원이없|원없|싶|고맙|소원)|"
        r"죽어(버렸|버리면|삐맀|뿌렀|부렀)(으면|음)?(좋|싶|해|하))",
        not_before=_DESTINATION
        + r"|(시간|세월|하루|겨울|여름|추위|더위|장마|비|감기|병|애들|손님|버스|차)(이|가|은|는|도|들이)?",
        not_after=r"^.{0,4}(버스|병원|시장|집|약속|늦|차|기차|모임|학교|교회|회관|경로당|밭|논)",
    ),
    CrisisPattern(
        id="no_reason_to_live.2",
        kind=PatternKind.PASSIVE,
        code="no_reason_to_live",
        label_ko="살 이유 없음",
        label_en="no reason to live",
        guard_class=GuardClass.DESIRE,
        regex=r"살아(서)?(뭐|머|뭣|무엇|무신|뭔)(하|해|할|허|한|혀)",
        not_before=r"(저렇게|그렇게|저리|그리|걔|쟤|그놈|저놈|지는|자기는)",
    ),
    CrisisPattern(
        id="not_wake_up.4",
        kind=PatternKind.PASSIVE,
        code="not_wake_up",
        label_ko="깨어나지 않기를 바람",
        label_en="wish not to wake up",
        guard_class=GuardClass.DESIRE,
        regex=r"눈(을|이)?(안|못)(뜨믄|뜨면|떠지믄|떠지면|뜨모)(좋|싶|고맙|소원)",
    ),
    CrisisPattern(
        id="death_wish.8",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="wish to be gone (a burden)",
        guard_class=GuardClass.DESIRE,
        regex=r"((내가|나만|나하나|이늙은이|제가|저만|저하나|저같은게)(없어져야|사라져야|죽어야|없어지면|사라지면|없으면|죽으면|가야|가면)|"
        r"나(없어져야|사라져야|죽어야|없어지면|사라지면|없으면|죽으면))"
        # (d33 probes: the household, "내가 죽어야 이 집안이 편해지지")
        + _SPARED_HOUSEHOLD
        + r"?(이|가|은|는|도)?"
        + _SPARED_EASE
        + r"|"
        # d46: a bare "나" before 가면 / 가야 is 나가다 once the spaces are gone ("하나씩 가지고 나가면 편하고
        # 좋습니다", a bottle of tea taken out, kote_dev): "나 가면" counts only with those it would spare named
        r"나(가야|가면)" + _SPARED_HOUSEHOLD + r"(이|가|은|는|도)?" + _SPARED_EASE + r"|"
        # d17s: so that the debts do not pass on to the children ("제가 없어져야 애들한테 안 넘어가겠죠")
        r"(내가|나|나만|나하나|제가|저만|저하나)(없어져야|사라져야|죽어야|없어지면|사라지면|죽으면)"
        r"(빚|빚이|빚도)?(다들|모두|애들|자식들|식구들|우리애들|아이들|가족들|아들|딸)(한테|에게|한테는|한테까지|까지)?"
        r"(빚|빚이|빚도)?(안넘어|안넘어가|안넘어오|안가|안물려|덜|피해(가)?안)|"
        # (d33c probes: the hospital bills spared, "내가 죽어야 이 병원비가 안 나가지")
        r"(내가|나|나만|나하나|제가|저만)(없어져야|사라져야|죽어야|없어지면|사라지면|죽으면)(이|그)?(병원비|약값|간병비|요양비|생활비|돈)"
        r"(가|도|이)?(안나가|안들|덜들|덜나가|굳|아껴)|"
        r"(내가|나|나만|제가|저만)(없는|없어지는|사라지는|죽는)(게|기|것이|편이)(낫|나아|나을|편)|"
        r"(빨리|얼른|어서|일찍|차라리)죽어야(?!(지|되|돼|할|하는|겠|한다|제|재|것|혀|하))|"
        # d21: one's own vanishing as the whole answer ("내가 없어져야 해", "나만 없으면 돼")
        r"(내가|나만|나하나|나하나만|제가|저만|저하나)(없어져야|사라져야|없어지면|없으면)(돼|되지|해|한다|될텐데|끝이|그만)(요|유|예|야)?"
        r"(?=[.?!…,~]|$)",
        not_before=r"(벌레|바퀴|모기|쥐|파리|잡초|풀|나무|화분|꽃|놈의|놈들)(가|이|은|는|도|들|들이)?",
    ),
    # ---- passive, d5: the speaker's own time to go, a life lived long enough, eyes closed for good -------------
    CrisisPattern(
        id="death_wish.9",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="wish to be gone (my time has come)",
        guard_class=GuardClass.DESIRE,
        regex=r"(나도|내도|나두|저도)(인자|이제|인제|이젠|인자는|이제는|고마)?(갈때가|갈때|떠날때가|떠날때)(다)?(됐|되었|된|왔)|"
        r"(살만큼|살만치|살대로|오래|실컷)(다)?살았(으니|응께|으이|으니까|는데|다|어)?(이제|인자|인제|고마|그만)?"
        r"(가야|가야지|갔으면|가면좋|가도되|데려가|불러가)|"
        # (d34 probes: a winter more called greed, "할 만큼 살았다 이번 겨울 넘기면 욕심이지")
        r"(살만큼|살만치|할만큼|실컷)(다)?살았[가-힣]{0,3}?[.,…]*(이번|올|올해|이)(겨울|여름|봄|가을|해|설)(만|까지|은|을|도)?"
        r"(넘기면|넘기믄|나면|지나면|버티면)(욕심|과욕|덤)",
        not_before=_DESTINATION,
        not_after=r"^.{0,10}(버스|병원|시장|집에|약속|늦|차|기차|모임|학교|교회|회관|경로당|밭|논|일하|퇴근|학원)",
    ),
    # ---- passive, d13: thoughts of dying that keep coming, a life kept only for want of courage to die --------
    # Real people's words read low (tests/eval/real/chatbot_data: "죽진 못하겠구 겁이나고", "가슴은 계속 죽음만을
    # 쳐다봅니다"), and so did "자꾸 죽는 생각만 나", "죽을 용기가 없어서 살아요", "죽지 못해 살아요": PHQ-9 item 9
    # ("thoughts that you would be better off dead"), C-SSRS 1 at least. Denials, others and a resolved past are
    # the DESIRE guard's; fear of death itself ("죽음을 생각하면 무서워") and a well-dying class are not thoughts of
    # ending one's life.
    CrisisPattern(
        id="death_wish.10",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽음에 대한 생각",
        label_en="thoughts of dying that keep coming",
        guard_class=GuardClass.DESIRE,
        regex=r"죽는생각(만|이|을|뿐|밖에|이랑)?(자꾸|계속|자주|맨날|만날|매일|늘|하루종일|종일)?(나|들|해|하고|하게|뿐|밖에|만)|"
        r"(자꾸|계속|자주|맨날|만날|매일|늘|하루종일|종일)죽는생각|"
        r"죽음(이|만|을|만을|에대해|에대한|생각)?(자꾸|계속|자주|맨날|만날|매일|늘|하루종일|종일)(생각|떠올|떠오르|쳐다|맴돌|그려)|"
        r"죽음만(을)?(생각|쳐다|바라|떠올|그려)",
        not_before=r"(수업|교육|강의|강좌|웰다잉|공부|책|학교|교실)(에서|에선|에서는|때|시간에|듣고|읽고|보고|받고)?[^.?!]{0,10}",
        not_after=r"^.{0,12}(무서|무섭|겁나|겁이|두려|수업|교육|강의|강좌|공부)",
    ),
    # d13m: no wish to stay in this world, a life given up, rest forever (the plain words of a passive wish that read
    # low: "이 세상에 더 이상 있고 싶지 않아", "삶을 포기하고 싶어", "그만 쉬고 싶다 영원히", "세상을 떠나고 싶어")
    CrisisPattern(
        id="no_reason_to_live.4",
        kind=PatternKind.PASSIVE,
        code="no_reason_to_live",
        label_ko="살 이유 없음",
        label_en="no wish to stay in this world",
        guard_class=GuardClass.DESIRE,
        regex=r"세상(에|엔|에는)(더|더이상|더는|이제|인자|인제|이젠|오래)+(있고|살고|머물고|남아있고|버티고)싶지(가|는)?(않|안|읎|없)|"
        r"세상(을|을다|을그만)?(떠나|등지|하직하)고(싶|시퍼|시프|잡|파|퍼)|"
        r"(삶|인생|목숨|생|사는것|사는거|살기)(을|를|도|까지)?(다|그만|그냥|이제|인자|걍)?(포기하고|포기해버리고|놓아버리고|놔버리고)(싶|시퍼|잡|파|퍼)|"
        r"(쉬|잠들|자|눈감)고(싶|시퍼|잡)(다|어|네|구나|당께|어요|네요)?[.…]?(그냥)?영원히|영원히(쉬|눈감|잠자|자)고(싶|시퍼|잡)",
        # someone else's words: "… 있고 싶지 않다는 사람들" (the speaker's own, told: "않다고 했어" still counts)
        not_after=r"^(다|는|어|아)?(다는|단|댄|다던)(사람|분|얘기|이야기|말|소리|애|놈|이|할매|할배|친구)",
    ),
    CrisisPattern(
        id="no_reason_to_live.3",
        kind=PatternKind.PASSIVE,
        code="no_reason_to_live",
        label_ko="살 이유 없음",
        label_en="alive only for want of courage to die",
        guard_class=GuardClass.DESIRE,
        regex=r"죽을용기(가|도|는|조차)?(없|안나|안생|읎)|죽지(를)?못해(서)?(산|살|사는|살아|살고|사라)|"
        r"죽(진|지는|지도)못하겠(고|구|어|네|지만|는데)?(겁|무섭|무서|두려|용기)",
        not_before=r"(걔|쟤|그놈|저놈|그사람|저사람|남편은|영감은|그양반|보기에|보기엔|님이|님은)",
    ),
    CrisisPattern(
        id="not_wake_up.5",
        kind=PatternKind.PASSIVE,
        code="not_wake_up",
        label_ko="깨어나지 않기를 바람",
        label_en="wish not to wake up",
        guard_class=GuardClass.DESIRE,
        regex=r"눈(을)?(감고|감은채로)(다시는|다시|영영|그대로)?(안|못)(떴으면|뜨면좋|뜨고싶|떠졌으면|뜨믄좋|떴음)",
    ),
    # ---- d25: blind_short21's and blind_short28's misses, read after their first figures (twins in
    # tests/unit/test_d25.py)
    # Heaven asked why it does not take one ("하늘이 내를 잊아뿟나 와 안 데꼬 가노 싶다", "하느님은 왜 날 안
    # 데려가시나"): a wish to be taken. Only with heaven, God or the messenger of death named before it.
    CrisisPattern(
        id="taken.d25",
        kind=PatternKind.PASSIVE,
        code="taken",
        label_ko="데려가 주기를 바람",
        label_en="heaven asked why it does not take one",
        guard_class=GuardClass.DESIRE,
        regex=r"(" + HEAVEN + r")(이|께서|은|는|도|님은|님이)?[^.?!]{0,14}?"
        r"(왜|와|어째|어찌|어째서|뭐한다고|뭐하러)(나|날|나를|내|내를|저를|절|저)?(는|도)?(안|않|아니)"
        r"(데려|데꼬|델꼬|데불고|데리러|불러|부르|데려가|델고)|"
        # (d25e: forgotten by them, "저승사자가 나를 까먹었나 봐. 통 안 데리러 와")
        r"(" + HEAVEN + r")(이|가|께서|도|님이)?(나를|날|내를|저를)?(까먹|잊어버|잊었|잊어묵|잊아뿟|깜빡)"
        r"[^?!]{0,12}?(통|영|도통|아직|안)?(안|않|못)(데리러|데려|데꼬|델꼬|불러|부르)",
    ),
    # Gone on one's own feet since God does not call ("주님이 안 부르시니 제 발로 가려고요"): the going taken into
    # one's own hands, an intent.
    CrisisPattern(
        id="going_final.d25",
        kind=PatternKind.ACTIVE,
        code="going_final",
        label_ko="떠나겠다는 말",
        label_en="going on one's own feet, since heaven does not call",
        guard_class=GuardClass.DESIRE,
        regex=r"(" + HEAVEN + r")(이|께서|은|는|도|님이|님은)?[^.?!]{0,4}?(안|않|못)[^.?!]{0,2}?"
        r"(부르|불러|데려가|데려|데리러|데꼬)[^.?!]{0,8}?(내|제|지|나|저)(가)?(발로|손으로)(가|갈|찾아가|떠나|떠날|가야)|"
        # (or a going to God at a near time, "주일 예배 전에 주님 곁으로 가겠나이다", "오늘 밤 주님 곁으로 갑니다")
        r"(오늘밤|오늘저녁|내일|낼|모레|이번주|주말|주일|예배전에|미사전에|새벽)[^.?!]{0,8}?(주님|하나님|하느님|부처님)"
        r"(곁|품|나라|옆|계신곳|계신데)(으로|에|로)(갑니다|가겠|갈게|갈께|갈거|갈꺼|가려|가렵|떠납|떠나겠|떠날)",
    ),
    # The late husband or wife named to the children as "your father / mother" and wished to be followed ("니 아부지
    # 따라가고 싶은 맘뿐이다", "느그 엄마 곁으로 가고 싶다"); not a going with them somewhere (an errand after it).
    CrisisPattern(
        id="join_the_dead.d25",
        kind=PatternKind.PASSIVE,
        code="join_the_dead",
        label_ko="먼저 간 사람 따라가기",
        label_en="wish to follow the late spouse, named to the children",
        guard_class=GuardClass.DESIRE,
        regex=r"(니|느그|너거|너희|너네|니네|애들|늬)(아부지|아버지|아빠|애비|엄마|어머니|어매|어무이|에미|어미)(를|을|한테|헌티|께)?"
        r"(따라|곁으로|옆으로|곁에|있는데로|있는곳으로)(가고싶|가고시퍼|가고파|가고잡|가고만싶|갔으면|가면좋|가고픈)",
        not_after=r"^.{0,12}(병원|시장|장에|교회|성당|절에|구경|놀러|여행|산책|밭에|논에|경로당|복지관|마실)",
    ),
    # Going soon so as not to burden the children ("퍼뜩 가야 자식들 고생 안 시키제", "빨리 죽어야 애들 짐이 안
    # 되지"): a passive wish, the burden its reason. Not a destination before it ("병원에 빨리 가야 …").
    CrisisPattern(
        id="death_wish.d25",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="going soon, to spare the children",
        guard_class=GuardClass.DESIRE,
        regex=r"(빨리|퍼뜩|얼른|어서|싸게|후딱|언능|하루빨리|일찍)(가야|죽어야|떠나야)(지|제|재|되)?[^.?!]{0,6}?"
        r"(자식|애들|아들|딸|며느리|식구|새끼|아이들|아덜)(들|덜)?(이|가|한테|헌티|도)?(고생|짐|폐|부담|욕)(을|이|도)?(안|덜|그만)"
        r"(시키|되|끼치|주|보)",
        not_before=r"(에|에는|으로|로|까지|한테)$",
        not_after=r"^.{0,16}(버스|차|기차|택시|병원|시장|늦|놓치|데리러|마중|약속|예약)",
    ),
    # d25b (blind_short17 and blind_short26, read after their first figures): a quiet going, or being taken together,
    # called a blessing ("이러다 조용히 가면 그게 복이지", "둘이 손잡고 한날한시에 데리가 주믄 그기 복이다 싶다",
    # "자다가 가면 소원이 없겠다"): a passive wish. Not another's death so described ("영감은 자다가 갔어 그게 복이지"
    # is told of him: the verb is past).
    CrisisPattern(
        id="death_wish.d25b",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="a quiet death called a blessing",
        guard_class=GuardClass.DESIRE,
        regex=r"(조용히|자는듯이|자다가|자당|잠자듯이|잠자다가|곱게|편히|편하게|한날한시에)(고마|그냥|마)?"
        r"(가면|가믄|가는게|가는기|갔으면|가뿌믄|가삐믄|가삐면|가버리면|가버리믄|가불민|가불면|가민|데려가주면|데려가주믄|데리가주믄|데리가주면|데꼬가주믄|"
        r"데려가면|데려가믄)"
        r"[^.?!]{0,6}?(그게|그기|그것이|그거이|그만한)?(제일|젤|가장|최고)?(복|큰복|행복|소원이없|소원|낫|좋겠|좋으켜|좋켜|좋을건디|좋을텐데|좋을낀데|좋것|좋겄)",
        # a saying told ("… 그게 복이라는데 우리 엄마는 그렇게 가셨어"), a trip ("편하게 가면 좋겠다 내일 서울 가는
        # 길이")
        not_after=r"^(이)?(라는데|라던데|라카|라고들|이라는|이란|라더라|라드라|라카더|라카대)|"
        r"^[^.?!]{0,14}?(서울|부산|병원|시장|여행|집에|버스|기차|비행기|차로|차타|길이|가는길|휴게소)",
    ),
    # d31 (blind_short71, read after its first figures): going while still lucid, before being a burden ("너 고생시키기
    # 전에 정신 있을 때 내가 알아서 갈란다", "치매 오기 전에 정신 있을 때 가야지"): the going is the end, not a trip.
    # Only the speaker's own words between (no place to go to: "정신 있을 때 요양원 가야지" is a move).
    CrisisPattern(
        id="death_wish.d31",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="going while still lucid",
        guard_class=GuardClass.DESIRE,
        regex=r"정신(이|줄)?(있을|멀쩡할|말짱할|온전할|맑을|성할|또렷할|붙어있을)(때|적에|동안)(에)?"
        r"(내가|나는|난|나|그냥|이제|인자|얼른|빨리|퍼뜩|알아서|먼저|스스로|조용히|깨끗이|깔끔하게|내발로|제발로)*"
        r"(가야|갈란|갈라|갈거|갈꺼|갈겨|갈끼|가련|가버려|가버릴|가뿌|가삐|떠나야|떠날|끝내|끝낼)",
        # (an errand right after: "정신 있을 때 가야지 장에 늦겠다"; someone else named right before:
        # "건넛집 할매가 정신 있을 때 가야 된다꼬")
        not_after=r"^[^.?!]{0,12}?(장에|시장|병원|늦|버스|차시간|약속|예약|모임|교회|성당|절에|경로당|복지관|마트|은행)",
        not_before=_SOMEONE_NAMED_BEFORE,
    ),
    # d32 (probes): death by an accident wished for ("차에 치여 버렸으면 싶어", "교통사고라도 나서 죽었으면 좋겠어",
    # "교통사고라도 났으면 좋겠다"); not an accident feared or nearly had ("사고라도 났으면 어쩔 뻔했어": no wish
    # follows), nor someone else's death wished in anger ("그놈 차에 치여 죽었으면 좋겠다")
    CrisisPattern(
        id="death_wish.d32",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="death by an accident wished for",
        guard_class=GuardClass.DESIRE,
        regex=r"(차|트럭|버스|기차|열차|덤프|오토바이|경운기)(에|에라도|한테|에다)?(확|콱|그냥|고마|마)?(치여|치이|받혀|받히|깔려)(서)?"
        r"(죽|버|뿌|삐|불|가)[가-힣]{0,3}?(으면|으믄|면|믄|음)"
        + _WISH_WORD
        + r"|(교통사고|사고)라도(나서|당해서|당해|나가꼬|나가)?"
        r"(죽었으면|죽으면|죽으믄|죽어버렸으면|죽어뿌믄|났으면|나면|나믄|났으믄)"
        + _WISHED
        # an illness wished for ("차라리 암이라도 걸렸으면"), the heart stopped ("심장이 그냥 멈췄으면")
        + r"|(암|큰병|몹쓸병|중병|병)(이라도|에라도)(확|콱|그냥|고마)?"
        r"(걸렸으면|걸렸으믄|걸리면|걸리믄|걸려버렸으면|걸려뿌믄)"
        + _WISHED
        + r"|(심장|숨|맥박|숨통)(이|도)?(그냥|확|콱|딱|고마|팍|마|얼른|빨리)?"
        r"(멈췄으면|멈췄으믄|멈추면|멈추믄|멈춰버렸으면|멈춰뿌믄|멈춰줬으면|멎었으면|멎었으믄|멎으면|끊어졌으면|끊어졌으믄)"
        + _WISHED,
        not_before=_SOMEONE_NAMED_BEFORE,
    ),
    # d32: holding on questioned ("이 나이에 더 버텨 뭐 하나 싶어요", ko_train_blind_short74); not a shop or a farm
    # held on to ("가게 더 버텨 뭐 해 접어야지")
    CrisisPattern(
        id="no_reason_to_live.d32",
        kind=PatternKind.PASSIVE,
        code="no_reason_to_live",
        label_ko="살 이유 없음",
        label_en="no reason to hold on",
        guard_class=GuardClass.DESIRE,
        # (and living only a burden, "살아 있어 봐야 짐만 되지"; d32c: a long life's sights lamented, "내가 오래 살아서
        # 뭔 꼴을 보나 싶더라고", ko_train_blind_short81; not "오래 살다 보니 별 꼴을 다 보네")
        regex=r"살아(있어|있어서|있어가|있으믄|있으면)?(봐야|봤자|본들)[^.?!]{0,4}?(짐|민폐|애물단지|죄)(만|이|밖에|덩어리)?|"
        r"오래살아(서|가|가지고|갖고)?(뭔|무슨|뭣|별)꼴(을)?(보나|볼라|볼꼬|보노|볼까|보것|보겄|보려고|볼라고)|"
        r"(버텨|버텨서|버텨가|버텨봤자|버텨봐야|버티면|버티믄|버틴들|견뎌|견뎌서|견뎌봤자|견뎌봐야|견디면|견디믄|견딘들)"
        r"(뭐|머|뭣|무슨|멀)(하|해|혀|허|할|한|햐|허것|하것)",
        not_before=r"(가게|장사|식당|농사|회사|사업|공장|가게를|점포|하우스|과수원|축사|배|버스|줄|자리)[을를은는도이가]?[^.?!]{0,6}$",
    ),
    # d32: one's going to pay the children's debt by the insurance ("고마 내가 없어지믄 보험금 나오제 그거로 애들 빚
    # 갚으라 캐라", ko_train_blind_short74); not the insurance of a death to come in its time ("내가 죽으면 보험금
    # 나오니까 그걸로 장례 치러라": no "just" or "rather", no vanishing)
    CrisisPattern(
        id="timing.d32",
        kind=PatternKind.ACTIVE,
        code="suicidal_thoughts",
        label_ko="자살 생각",
        label_en="one's death weighed for its insurance",
        guard_class=GuardClass.DESIRE,
        regex=r"(고마|그냥|차라리|확|콱|마|이참에)(내가|나|내)?(가|이|는|만)?(없어지|사라지|죽어|죽으|죽어버리|가버리|가뿌|가삐)"
        r"(면|믄|민|모|문)[^.?!]{0,10}?(보험금|사망보험|보상금)|"
        r"(내가|나|내)(가|는|만)?(없어지|사라지)(면|믄|민|모|문)[^.?!]{0,10}?(보험금|사망보험|보상금)",
    ),
    # d32: affairs settled or things handed on, then going at peace ("손주들 통장에 남은돈 다 갈라 넣었수다 반지는
    # 메느리 줬고 집도 다 치왔수다 이젠 맘 편히 가쿠다", ko_train_blind_short74); not a trip, a move or home named
    # right after
    CrisisPattern(
        id="preparation_affairs.d32",
        kind=PatternKind.ACTIVE,
        code="preparation_affairs",
        label_ko="신변 정리",
        label_en="affairs settled, then going at peace",
        guard_class=GuardClass.PREP,
        regex=r"(줬|주고|줬고|넣었|넣어놨|넣어줬|물려줬|물려주고|나눠줬|나눠주고|치웠|치왔|정리했|정리해놨|갚았|갚고)[^?!]{0,40}?"
        r"(이제|이젠|인자|인제|이자)?(맘|마음|속)?(편히|편하게|놓고|홀가분하게|가볍게)"
        r"(가쿠다|가크라|가켜|가겠|가겄|가것|갈란다|갈라요|갈랍니다|가련다|가야지|가야겠|가야것|가야겄|갈수있|갈수가있|눈감|떠나|떠날|"
        r"갈께|갈게|가께)",
        not_after=r"^.{0,12}(집에|집으로|여행|이사|병원|시골|고향|놀러|서울|딸네|아들네|요양원|구경|나들이)",
    ),
    # d32 (probes): going to the water, a height or the hills and never coming back ("겨울 바다 보러 갈 거야 혼자 다시는
    # 안 올 거고"); not a place one will not visit again ("산에 갔다가 다시는 안 올 거야 너무 힘들어서")
    CrisisPattern(
        id="going_final.d32",
        kind=PatternKind.ACTIVE,
        code="going_final",
        label_ko="떠나겠다는 말",
        label_en="going to the water or a height, never to come back",
        guard_class=GuardClass.DESIRE,
        # (a particle required: not 강남, 강원도; not the hills, 부산 and 재산 end in 산)
        regex=r"(바다|바닷가|바당|강|강가|강물|저수지|호수|절벽|다리|철길|기찻길|오름)(에|로|으로|에나|이나|보러|엘)[^.?!]{0,12}?"
        r"(가|갈|보러|올라)[^.?!]{0,16}?(다시는|영영|두번다시|다신)(안|못)(돌아올|돌아오|올|와|내려올|내려오)"
        r"(거|꺼|끼|겨|테|것|라|란다|께|게|기다|제)",
        not_after=r"^[^.?!]{0,16}?(비싸|별로|맛없|불친절|실망|사람많|추워서|더워서|멀어서|힘들어서|재미없|바가지|지저분)",
    ),
    # d32 (probes): sorry, going like this ("미안하다 엄마가 못나서 이렇게 간다"); not leaving a gathering ("미안 이렇게
    # 간다 내일 봐": a meeting ahead or home named right after)
    CrisisPattern(
        id="farewell.d32b",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 인사",
        label_en="farewell: sorry, going like this",
        guard_class=GuardClass.FAREWELL,
        regex=r"(미안하다|미안해|미안허다|미안혀|미안타|용서해|용서해라|용서해줘|용서하거라)[^.?!]{0,16}?"
        r"((이렇게|이리|이래|요렇게|이케)|"
        # d32b: a parent going first ("미안하다 아버지 먼저간다", ko_train_blind_short78); not "미안 나 먼저 간다"
        r"(아버지|아부지|아빠|엄마|어머니|어매|할미|할매|할배|할아버지|할머니|애비|에미|어미|아비)(가|는|도)?먼저)"
        r"(간다|가네|가는구나|떠난다|갑니다|가는기라|가노라)",
        not_after=r"^[^.?!]{0,16}?(내일|낼|다음|또|나중|모임|약속|버스|차시간|피곤|집에|들어가|회사|바빠|바쁘|급한|일이있|먼저들)",
    ),
    # d32b (ko_train_blind_short78 and _79, read after their first figures): staying in a world without the one who
    # died, asked what for ("너희 엄마 없는 세상 오래 있어 뭐 하냐"); called away, wished ("그만 불려 갔으면 싶다";
    # not summoned somewhere, "경찰서에 불려 갔으면 어쩔 뻔"); the house cleared and a funeral portrait taken, then only
    # the day left to set ("… 영정사진도 찍어둠. 이제 날만 잡으면됨"; not a wedding's day); fasting on purpose so as to
    # go ("일부러 굶는 거유. 이러다 보면 가겄지유"; not a diet or a test); an end with no pain wished ("어디 아픈 데
    # 없이 그냥 스르르 끝났으면 해요")
    CrisisPattern(
        id="no_reason_to_live.d32b",
        kind=PatternKind.PASSIVE,
        code="no_reason_to_live",
        label_ko="살 이유 없음",
        label_en="staying in the world, asked what for",
        guard_class=GuardClass.DESIRE,
        regex=r"(세상|이승|이세상)(에|에서)?(더|오래|계속|혼자)?(있어|있어서|있어봐야|있어봤자|남아|남아서|살아|버텨)"
        r"(뭐|머|뭣|멀)(하|해|혀|허|할|한)|"
        r"(그만|얼른|빨리|어서|고마|인자|이제|하늘에|저승에|그짝에)불려(가|갔)(으면|으믄|음|으민)[^.?!]{0,3}?(싶|좋|하|해|소원)",
    ),
    CrisisPattern(
        id="timing.d32b",
        kind=PatternKind.ACTIVE,
        code="timing",
        label_ko="시점 계획",
        label_en="all made ready, only the day left to set",
        guard_class=GuardClass.DESIRE,
        regex=r"(영정|수의|집정리|옷가지|유서|다나눠|다치웠|다버렸|다버림|다정리)"
        r"(?:(?!이사|결혼|예식|식장|잔치|여행|상견례|칠순|팔순|환갑|이민|수술|입원)[^?!]){0,40}?(이제|인자|인제)?날(만|짜만)"
        r"(잡으면|잡으믄|잡으민|정하면|정하믄|받으면)(돼|되|됨|된다|끝)",
        not_after=r"^.{0,12}(결혼|식장|예식|상견례|이사|잔치|칠순|팔순|여행)",
    ),
    CrisisPattern(
        id="refusing_to_live.d32b",
        kind=PatternKind.ACTIVE,
        code="refusing_to_live",
        label_ko="삶을 거부함",
        label_en="fasting on purpose so as to go",
        guard_class=GuardClass.DESIRE,
        regex=r"(일부러|작정하고|맘먹고|마음먹고)[^.?!]{0,6}?(굶|안먹|안묵|밥을끊|곡기를끊|곡기끊)"
        r"(?:(?!살빼|살을빼|다이어트|검사|내시경|금식|수술|배고파|배고프|배가고파)[^?!]){0,30}?"
        r"(이러다|그러다|이렇게|이라다)(보면|보믄|보민|가)?[^.?!]{0,4}?(가겄|가겠|가것|가지|가제|죽겠|죽겄|죽것|끝나|끝날|갈거|갈꺼)",
        not_after=r"^.{0,12}(살빼|다이어트|검사|내시경|금식|수술)",
        not_before=r"(살빼|다이어트|검사|내시경|금식|수술)[^.?!]{0,12}$",
    ),
    CrisisPattern(
        id="death_wish.d32b2",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="an end with no pain wished",
        guard_class=GuardClass.DESIRE,
        # (only adverbs between: not an operation or a treatment over, "아프지 않고 수술이 빨리 끝났으면 좋겠어")
        regex=r"(아픈데|아픈곳|아프지도|아프지|고통)(도)?(없이|않고|않게|안하고|없게)(그냥|스르르|조용히|편하게|편히|스르륵|이대로|자는듯이|잠자듯)*"
        r"(끝났으면|끝났으믄|끝나면좋|끝나믄좋|끝났음|끝나버렸으면)",
    ),
    # d32 (probes): going in one's sleep said with 잠자다 ("잠자다 그냥 갔으면 원이 없겠다", as "자다가 그냥 가면
    # 좋겠어"); death held back only by the children ("애들 없었으면 벌써 죽었지"; not a move, "벌써 이사 갔지"); living
    # only because the breath is still in one ("목숨이 붙어 있으니 사는 거지", as "죽지 못해 산다")
    CrisisPattern(
        id="not_wake_up.d32",
        kind=PatternKind.PASSIVE,
        code="not_wake_up",
        label_ko="깨어나지 않기를 바람",
        label_en="going in one's sleep (잠자다)",
        guard_class=GuardClass.DESIRE,
        regex=r"잠자다(가)?(그냥|조용히|스르르|편히|편하게)*(갔으면|갔으믄|가면좋|가믄좋|가버렸으면|가뿌믄|가삐면|죽었으면|죽었으믄|"
        r"가는게소원|가면원이|가믄원이|갔으면원이)",
    ),
    CrisisPattern(
        id="no_reason_to_live.d32c",
        kind=PatternKind.PASSIVE,
        code="no_reason_to_live",
        label_ko="살 이유 없음",
        label_en="alive only for the children, or for the breath left",
        guard_class=GuardClass.DESIRE,
        regex=r"(애들|자식|자식들|손주|손주들|새끼들|니들|너거|느그)(만|이|가|들이)?(없었으면|없었으믄|아니었으면|아니었으믄|아니면|아니믄|"
        r"없으면|없으믄)[^.?!]{0,6}?(벌써|진작|진즉|옛날에|진즉에|진작에)[^.?!]{0,4}?"
        r"(죽었|죽었을|죽었제|죽었지|죽어부렀|죽어삤|죽어버렸|저세상|세상떴|세상을떴)|"
        r"(목숨|숨)(이|만)?(붙어있으니|붙어있응께|붙어있으니까|붙어있어서|붙어있으께|붙어있으이)(사는|살지|산다|살제|사제|살아)",
        # (not the children's rescue told: "애들 없었으면 벌써 죽었지 애들이 병원 데려가서 살았어")
        not_after=r"^[^.?!]{0,24}?(병원|데려가|데려갔|구급차|119|살렸|살았|수술|간호|돌봐|챙겨|업고)",
    ),
    # d32c (ko_train_blind_short81, read after its first figures): the late spouse's place gone to, with an adverb
    # between ("애만 아니면 우리 양반 있는 데로 진작 가고 싶어요"; not a hospital or a care home where he is); waking
    # regretted ("아침에 눈 뜨믄 와 또 떴노 싶고"); pills bought and kept, then going now (Jeju "약도 사당 놔둬수다
    # 이젠 그만 가쿠다"); a last present from oneself ("이게 할매 마지막 선물이래요"; not a late grandmother's, "할매
    # 마지막 선물이었어")
    CrisisPattern(
        id="join_the_dead.d32c",
        kind=PatternKind.PASSIVE,
        code="join_the_dead",
        label_ko="먼저 간 사람 따라가기",
        label_en="wish to go where the late spouse is",
        guard_class=GuardClass.DESIRE,
        regex=r"(영감|남편|할아버지|할아범|할멈|마누라|아내|하르방|할망|바깥양반|집사람|우리양반|그양반|양반)(님)?"
        r"(한테|께|곁으로|옆으로|곁에|옆에|따라|있는데로|있는곳으로|계신데로|계신곳으로|간데로|간곳으로)"
        r"(나도|내도|저도)?(진작|얼른|빨리|어서|퍼뜩|그냥|고마|확|인자|이제|하루빨리|싸게)?"
        r"(가고싶|가고시퍼|가고파|가고잡|갔으면|갔으믄|가면좋|가믄좋|가고픈)",
        not_after=r"^.{0,16}(병원|요양원|요양병원|입원|시설|병실|면회|시장|장에|밭에|교회|경로당)",
    ),
    CrisisPattern(
        id="not_wake_up.d32c",
        kind=PatternKind.PASSIVE,
        code="not_wake_up",
        label_ko="깨어나지 않기를 바람",
        label_en="waking regretted",
        guard_class=GuardClass.DESIRE,
        regex=r"(눈|눈을)(뜨믄|뜨면|뜨민|뜨모|떠보면|떠보믄|떠지면|떠지믄|뜰때마다|뜨자마자)[^.?!]{0,6}?(와|왜|또)[^.?!]{0,3}?"
        r"(떴노|떴나|떴네|떠졌|살았|살아있|깼노|깼나|눈이떠)",
    ),
    CrisisPattern(
        id="means_pills.d32c",
        kind=PatternKind.ACTIVE,
        code="means_pills",
        label_ko="약물 과다복용 계획",
        label_en="pills bought and kept, then going now",
        guard_class=GuardClass.MEANS,
        regex=r"(약|수면제|농약|잠약|안정제)(도|을|를|은)?(사당|사다|사다가|사서|사와서|사왔|구해)"
        r"(놔둬|놔뒀|놔두|놓아|놨|놓았|놔수다|놔둬수다|놔뒀수다|둬수다|뒀)[^?!]{0,30}?"
        r"(이젠|이제|인자|인제)(그만|마|고마)?(가쿠다|가크라|가켜|가겠|가겄|가것|갈란다|갈라요|가련다|갈게|갈께|가께|가야겠|가야것|가야겄|갈거)",
        not_after=r"^.{0,12}(병원|시장|장에|집에|교회|경로당|복지관|딸네|아들네|여행)",
    ),
    CrisisPattern(
        id="farewell.d32c",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 인사",
        label_en="a last present from oneself",
        guard_class=GuardClass.FAREWELL,
        regex=r"(할매|할미|할배|할머니|할아버지|엄마|아빠|애비|에미|이할미|이애비)(가|의)?(주는)?마지막선물(이|이야|이다|이래|이여|이제|이니|인께|이니께)",
        not_before=r"(돌아가신|먼저간|생전|살아계실|살아생전|떠나신)[^.?!]{0,6}$",
        not_after=r"^(었|였|이었|이였)",
    ),
    # d32 (probes): going on one's own so as not to trouble the children ("니들 고생 안 시키고 내가 알아서 갈게"); not
    # a place or a ride named between or right after ("… 알아서 갈게 버스 타고", "짐 되기 전에 요양원은 내가 알아서
    # 갈란다")
    CrisisPattern(
        id="death_wish.d32c",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="going on one's own, sparing the children",
        guard_class=GuardClass.DESIRE,
        regex=r"(고생|짐|폐|신세|부담|수발|똥수발|병수발)(을|도|은)?(안|안시키고|안되게|안주고|안끼치고|끼치기전에|되기전에|시키기전에)"
        r"(?:(?!요양|시설|양로|병원|실버|집에|딸네|아들네|시골|고향)[^.?!]){0,8}?"
        r"(내가|나는|난|나|이할미가|할미가|할매가|할배가|애비가|에미가)?(알아서|스스로|조용히|혼자)"
        r"(갈게|갈께|가께|갈란다|갈라요|갈거|갈꺼|갈겨|갈끼|가련다|떠날게|떠날란다|가야지|가야제|가야겠)",
        not_after=r"^[^.?!]{0,12}?(버스|택시|기차|차타고|걸어서|병원|요양원|시설|양로원|경로당|복지관|집에|장에|시장|은행)",
    ),
    # d32 (probes): one's own body gone, in the words that only name one's own ("이 몸뚱이 없어지면 좋겠다", "이 몸
    # 그냥 사라졌으면"); not a pain or a lump gone ("몸에 난 혹이 없어지면": no particle-less body word before)
    CrisisPattern(
        id="death_wish.d32b",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="one's own body wished gone",
        guard_class=GuardClass.DESIRE,
        regex=r"(몸뚱이|몸뚱아리|몸뚱어리|몸땡이|몸띵이|이몸|늙은몸|이늙은몸)(이|가|은|는|도|좀)?(그냥|확|싹|콱|고마|얼른|빨리)?"
        r"(없어지|사라지|없어져|사라져)(면|믄|민|었으면|었으믄|버리면|버렸으면|뿌믄|삐면|고싶|고잡|버리고싶)",
        not_before=_SOMEONE_NAMED_BEFORE,
    ),
    # d33 (probes): one's own end said as "this far" with a goodbye or a blessing to the family, in either order
    # ("나는 여기까지여 애들아 잘 살어라", "내 인생은 여기까지다 니들은 잘 살아라"); not a walk, a task or a meeting
    # ended ("나는 여기까지만 걸을란다", "나는 여기까지 다 했어"): the speaker named, a closing after 여기까지 and no
    # verb of doing
    CrisisPattern(
        id="farewell.d33",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 인사",
        label_en="one's own end said as 'this far', with a goodbye",
        guard_class=GuardClass.FAREWELL,
        regex=_SELF_THIS_FAR + r"[^?!]{0,24}?" + BLESSING + "|" + BLESSING + r"[^?!]{0,24}?" + _SELF_THIS_FAR,
    ),
    # d33 (probes): thanks for the years said with one's going ("며느리야 그동안 고생 많았다 이제 편히 살아라 나는
    # 간다"); not leaving a gathering or a job ("그동안 고생 많았다 나는 간다 내일 봐", "… 퇴근한다")
    CrisisPattern(
        id="farewell.d33b",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 인사",
        label_en="thanks for the years, with one's going",
        guard_class=GuardClass.FAREWELL,
        regex=r"(그동안|그간|여태|여태껏|지금까지)[^.?!]{0,10}?(고생많았|고생많이했|고생했|수고했|수고많았|욕봤|애썼)[^?!]{0,24}?"
        r"(나는|난|엄마는|아빠는|할미는|할매는|할배는|애비는|에미는|이제|인자|인제)(먼저)?(간다|갈게|갈께|가께|갈란다|떠난다|가마|갑니다|가련다)",
        not_after=r"^[^.?!]{0,16}?(내일|낼|다음|또|나중|모임|약속|버스|차시간|집에|퇴근|들어가|회사|바빠|바쁘|먼저들)",
    ),
    # d33 (probes): the last wish to see the grandchild's or child's face, said as past, with a blessing ("손주야 할미가
    # 마지막으로 너 얼굴 보고 싶었다 건강하게 커라")
    CrisisPattern(
        id="farewell.d33c",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 인사",
        label_en="a face seen for the last time, with a blessing",
        guard_class=GuardClass.FAREWELL,
        regex=r"마지막으로(너|니|네|느그|너거|너희|우리[가-힣]{0,2})?(얼굴|목소리)(을|를|도|이라도|라도|한번)?"
        r"(보고싶었|보고싶어서|볼라고|보려고|보러|듣고싶었|들을라고|들으려고|봤으니|봤응께|보니까)[^?!]{0,24}?"
        + BLESSING,
    ),
    # d33 (probes): going with the late spouse on their anniversary, the day set ("우리 영감 기일에 나도 같이 가려고 날
    # 받아놨어"); not the grave or the rites visited ("기일에 나도 같이 산소 가려고")
    CrisisPattern(
        id="join_dead_plan.d33",
        kind=PatternKind.ACTIVE,
        code="join_dead_plan",
        label_ko="먼저 간 사람에게 갈 날을 정함",
        label_en="going on the late one's anniversary",
        guard_class=GuardClass.DESIRE,
        regex=r"(기일|제삿날|제사날|기제사날)(에|날|날에|맞춰|맞춰서)?(나도|내도|나두|저도)(같이|따라|함께)?"
        r"(가려|갈라|갈려|갈거|갈꺼|갈끼|갈겨|가야|갈란|떠나|떠날|따라가)",
        not_after=r"^[^.?!]{0,12}?(산소|성묘|절에|납골|묘|추모|제사|애들이랑|애들하고|차|버스|기차|시골|고향|큰집|형님)",
    ),
    # d33 (probes): one way left to end the pain, said with the intent to take it ("이 고통 끝내는 방법은 하나밖에 없지
    # 그거 하려고"); not a doctor's treatment named ("… 수술밖에 없대")
    CrisisPattern(
        id="method.d33",
        kind=PatternKind.ACTIVE,
        code="method",
        label_ko="방법 생각",
        label_en="the one way left to end it, with the intent",
        guard_class=GuardClass.DESIRE,
        regex=r"(끝내는|끝낼|벗어나는|벗어날|편해지는|편해질)(방법|길)(은|이|도)?(딱|오직)?(하나밖에|하나뿐|딱하나|그거밖에|그것밖에|그거하나)"
        r"[^?!]{0,12}?(그거|그걸|그것|그리)(하려|할라|할려|할거|할꺼|할끼|할란|해야지|해야겠|해야겄|할까)",
        not_after=r"^[^.?!]{0,12}?(수술|치료|병원|약|의사|선생님)",
        not_before=r"(수술|치료|병원|의사|선생님)[^.?!]{0,16}$",
    ),
    # d33 (probes): going now for good, with a blessing for those left ("할배 이제 그만 가볼란다 느그 엄마 잘 모시고
    # 살아라"); not a visit's end ("… 느그 엄마한테 안부 전해라": no blessing)
    CrisisPattern(
        id="farewell.d33d",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 인사",
        label_en="going now for good, with a blessing",
        guard_class=GuardClass.FAREWELL,
        regex=r"(이제|인자|인제|이젠)(그만|고마)(가볼란다|가볼란|가볼라요|가볼랍니다|갈란다|갈라요|가련다|가야겠다|가야겄다)[^?!]{0,24}?"
        + BLESSING,
        not_after=r"^[^.?!]{0,12}?(내일|낼|다음|또|버스|차시간|늦|안부|놀러|들러)",
    ),
    # d33 (probes): a letter left to be read later, with an apology or a blessing ("내 방 서랍에 편지 있다 나중에
    # 읽어봐라 미안하다"); not a card for an occasion
    CrisisPattern(
        id="preparation_note.d33",
        kind=PatternKind.ACTIVE,
        code="preparation_note",
        label_ko="유서·편지 준비",
        label_en="a letter left to be read later, with an apology",
        guard_class=GuardClass.PREP,
        regex=r"편지(가|는|도|하나|한통|한장)?(있다|있어|있응께|있으니|있으이|넣어놨|넣어뒀|써놨|써뒀|뒀다|놔뒀)[^?!]{0,8}?"
        r"(나중에|담에|내가없을때|내없을때)(라도)?(읽어|열어|뜯어|펴)(봐라|보거라|봐래이|봐|보래이)[^?!]{0,12}?"
        + BLESSING,
        # (d40: nor a first letter, written after learning to write late, "한글교실 댕긴지 일년 됐어요. 어제 처음으로
        # 손주한테 편지를 썼어")
        not_before=_LETTER_NOT_BEFORE,
        not_after=_LETTER_NOT_AFTER,
    ),
    # d33 (probes): death looked forward to ("죽는 게 무섭지 않아 오히려 기다려져"); not a trip's day ("여행 갈 날이
    # 기다려져": only 죽-)
    CrisisPattern(
        id="death_wish.d33d",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="death looked forward to",
        guard_class=GuardClass.DESIRE,
        regex=r"(죽는|죽을)(게|것이|거|기|날|날이|날만|때가)[^.?!]{0,12}?(오히려|차라리|은근히|되레|외려)?"
        r"(기다려져|기다려지|기다려진|반가울|반갑|기대돼|기대되|기대된)",
        not_before=_SOMEONE_NAMED_BEFORE,
    ),
    # d33 (probes): told not to come as the speaker will be gone then ("엄마 주말에 갈게 … 오지 마라 그때는 나 없다");
    # not away on a trip or an errand said right after
    CrisisPattern(
        id="farewell.d33e",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 인사",
        label_en="told not to come, the speaker gone by then",
        guard_class=GuardClass.FAREWELL,
        regex=r"(오지마|오지말|올필요없|안와도|안와도돼|와봤자|와도)[^.?!]{0,8}?(그때|그때쯤|그땐|그날|그때쯤이면|그때는)(에|엔|은|는|이면)?"
        r"(나|난|내|엄마|아빠|할미|할매|할배)(는)?(없|읎)(다|어|을거|을꺼|을테|을끼|을기|지|제)",
        not_after=r"^[^.?!]{0,16}?(여행|온천|놀러|복지관|경로당|시장|딸네|아들네|외출|병원|입원|교회|성당|절에|모임|계모임|일하러|출근|"
        r"산에|등산|낚시|밭에|논에|서울|시골|친구)",
    ),
    # d33 (probes): going this way said to be all right ("사흘째 굶고 있어 이러다 가면 그만이지"), only one's own going
    # left ("다 끝났어 이제 나만 가면 돼"; not a departure, "다들 출발했어 이제 나만 가면 돼 버스 타고")
    CrisisPattern(
        id="death_wish.d33e",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="going this way said to be all right",
        guard_class=GuardClass.DESIRE,
        regex=r"(이러다|이라다|이러다가|이렇게|이대로)(가면|가믄|가도|죽으면|죽으믄|죽어도|떠나면)(그만|그만이|끝이|그뿐|상관없|괜찮|좋|편하)|"
        r"(다끝났|다끝났어|다끝났다|다했|할일다했)[^.?!]{0,6}?(이제|인자|인제|이젠)(나만|내만|나하나|내하나)(가면|가믄|떠나면|없어지면)"
        r"(돼|되|된다|끝|그만)|"
        # (d34 probes: care refused and going of it welcomed, "독감 주사 안 맞을 거여 걸려서 가면 그만이지",
        # "보일러 안 틀고 그냥 잘란다 추워서 가면 그것도 복이지")
        r"(안맞을|안맞는다|안맞아|안틀고|안틀어|안틀란다|안먹을|안먹고|안갈)[^.?!]{0,16}?(걸려서|앓다가|얼어서|추워서|굶어서|아파서)"
        r"(가면|가믄|죽으면|죽으믄|떠나면)(그만|그만이|끝이|그뿐|상관없|괜찮|좋|편하|그것도복|그거도복|복이|다행)",
        not_after=r"^[^.?!]{0,12}?(버스|기차|차|택시|식당|여행|집에|출발|도착|표)",
        not_before=r"(에|로|으로|까지)[^.?!]{0,2}$",
    ),
    # d33b (ko_train_blind_short85, read after its first figures): one's things handed out, then going once all are
    # given ("내 물건 하나씩 경비 아저씨랑 이웃들 다 나눠주고 있어 다 주면 가야지"); not a move or home named right
    # after
    CrisisPattern(
        id="preparation_giving.d33b",
        kind=PatternKind.ACTIVE,
        code="preparation_giving",
        label_ko="소지품 나눠주기",
        label_en="one's things handed out, then going once all are given",
        guard_class=GuardClass.PREP,
        regex=r"(물건|살림|살림살이|옷|옷가지|패물|반지|재산|땅|통장|세간|짐)[^.?!]{0,30}?(나눠주|나눠줬|주고있|줬|정리하고|정리했)"
        r"[^.?!]{0,12}?(다|전부|싹|몽땅)(주면|주믄|나눠주면|나눠주믄|정리하면|정리하믄|치우면|치우믄|주고나면|주고나믄)[^.?!]{0,4}?"
        r"(가야지|가야제|가야겠|가야겄|가야것|갈란다|갈거|갈꺼|갈끼|갈께|갈게|떠나야|떠날)",
        not_after=r"^[^.?!]{0,12}?(집에|집으로|시골|고향|요양원|이사|서울|딸네|아들네|여행)",
    ),
    # d33b (probes): the late spouse missed, and "I too am coming soon" ("할멈 보고싶다 나도 곧 갈게"); the late one
    # heard calling, time to go ("영감이 자꾸 부르는 것 같아 이제 가야 할 때가 됐나 봐"); not a visit ("… 병원에")
    CrisisPattern(
        id="join_the_dead.d33b",
        kind=PatternKind.PASSIVE,
        code="join_the_dead",
        label_ko="먼저 간 사람 따라가기",
        label_en="the late spouse missed or heard calling, and going too",
        guard_class=GuardClass.DESIRE,
        regex=r"(영감|할멈|할망구|마누라|할아범|하르방|할망|집사람|바깥양반|그양반|우리양반)(이|가)?(너무|참|많이)?(보고싶|보고잡|보고시퍼)"
        r"[^.?!]{0,8}?(나도|내도|나두)(곧|얼른|금방|빨리|인자|이제|퍼뜩|언능)?(갈게|갈께|가께|갈란다|가마|간다|따라갈|갈라요|갈거|갈꺼)|"
        r"(영감|할멈|할망구|마누라|할아범|하르방|할망|집사람|바깥양반|그양반|우리양반)(이|가)?(자꾸|맨날|꿈에|꿈에서|밤마다)?"
        r"(부르는|부른다|부르네|부르드라|불러|오라고|오라카|오라하|데리러)"
        r"(?:(?!밥|식사|먹으|진지|점심|저녁|심부름|일하|밭|논|전화|택배|손님|차|마당|방으로|부엌)[^.?!]){0,20}?"
        r"(가야할때|갈때가|가야겠|가야것|가야겄|가야지|가야제|갈란다|따라가야)",
        not_after=r"^[^.?!]{0,12}?(병원|요양원|요양병원|면회|시장|장에|밭에|교회|경로당|집에)",
    ),
    # d33b (probes): tomorrow's sunrise not wished to be seen ("내일 아침 해 뜨는 거 안 보고 싶다")
    CrisisPattern(
        id="not_wake_up.d33b",
        kind=PatternKind.PASSIVE,
        code="not_wake_up",
        label_ko="깨어나지 않기를 바람",
        label_en="tomorrow's sunrise not wished to be seen",
        guard_class=GuardClass.DESIRE,
        regex=r"(해|해가|햇빛|아침해)(뜨는거|뜨는것|뜨는게|뜨는걸|뜨는)(를|을|도)?(다시는|다시|인자|이제)?"
        r"(안보고싶|보고싶지않|안봤으면|안보고잡|안볼란|보기싫)",
        not_after=r"^[^.?!]{0,10}?(눈부|부셔|더워|덥|늦잠|일찍|추워)",
    ),
    # d33b (probes): the last message to the child, with a blessing ("아들한테 마지막 문자 보냈어 잘 살라고"); not the
    # latest message asked about ("마지막 문자 보낸 게 언제더라": no blessing)
    CrisisPattern(
        id="farewell.d33f",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 인사",
        label_en="the last message sent, with a blessing",
        guard_class=GuardClass.FAREWELL,
        regex=r"마지막(으로)?(문자|메시지|메세지|카톡|통화|전화|편지)(를|도|로|한통|하나)?[^?!]{0,12}?(보냈|했|남겼|썼|넣었)[^?!]{0,10}?"
        r"(잘살라고|잘살아라|잘있으라고|잘지내라고|건강하라고|미안하다고|고마웠다고|사랑한다고|용서해달라고)",
    ),
    # d33c (probes): going together with the spouse one cares for, for the children's sake ("영감 치매 수발 십 년에 나도
    # 지쳤어 같이 가자 영감 우리 둘이 같이 가면 애들 고생 안 하지"); not an outing ("둘이 같이 가면 애들이 고생 안 하지
    # 마중 안 나와도 되고": a ride or a trip named right after)
    CrisisPattern(
        id="suicidal_thoughts.d33c",
        kind=PatternKind.ACTIVE,
        code="suicidal_thoughts",
        label_ko="자살 생각",
        label_en="going together with the spouse, for the children's sake",
        guard_class=GuardClass.DESIRE,
        regex=r"(둘이|둘다|우리둘|같이|함께)(같이|함께|다)?(가면|가믄|가버리면|가뿌면|죽으면|죽으믄|없어지면|없어지믄)[^.?!]{0,10}?"
        r"(애들|자식|자식들|아이들|애비|애미|며느리|딸|아들|새끼들)(이|들|도|은|한테)?[^.?!]{0,4}?"
        r"(고생안|고생을안|고생도안|짐덜|짐안|속편|걱정안|부담안|부담덜)",
        # (the spouse may be named right before, as the one spoken to: "같이 가자 영감 우리 둘이 …")
        not_after=r"^[^.?!]{0,16}?(마중|데리러|태워|운전|차|버스|기차|표|여행|구경|병원|시장|장보|요양원|시설|모임|행사)",
    ),
    # d33c (probes): a ring handed to the one addressed, then going soon ("며늘아 이 반지 니 끼라 인자 나는 필요 없다 곧
    # 간다"); not a present ("… 결혼 선물이다") or an errand after
    CrisisPattern(
        id="preparation_giving.d33c",
        kind=PatternKind.ACTIVE,
        code="preparation_giving",
        label_ko="소지품 나눠주기",
        label_en="a thing handed on, then going soon",
        guard_class=GuardClass.PREP,
        regex=r"(니|너|니가|너가|네가|니도|너도)(끼라|껴라|끼거라|가져라|가지라|가지거라|가져가라|차라|입어라|신어라|써라)[^?!]{0,20}?"
        r"(곧|인자|이제|인제|먼저)(나는|난|내는)?(간다|갈끼다|갈거다|갈란다|가께|갈게|갈께|떠난다|가련다)",
        not_after=r"^[^.?!]{0,12}?(집에|시장|장에|병원|교회|경로당|복지관|버스|차시간|내일|다음|또)",
        not_before=r"(생일|선물|결혼|입학|졸업|축하|기념)[^.?!]{0,30}$",
    ),
    # d33c (ko_train_blind_short88): going quietly too, once something has happened ("니 엄마 요양원 들어가믄 나도
    # 조용히 갈란다"); not a place named right after ("… 나도 조용히 갈란다 요양원에")
    CrisisPattern(
        id="timing.d33c",
        kind=PatternKind.ACTIVE,
        code="timing",
        label_ko="시점 계획",
        label_en="going quietly too, once something has happened",
        guard_class=GuardClass.DESIRE,
        regex=r"(믄|면|민|거든|고나면|고나믄|고나서)(나도|내도|나두|저도)(조용히|스르르|소리없이)"
        r"(갈란다|갈란|갈라|갈거|갈꺼|갈끼|가련다|갈게|갈께|떠날|가야지|가야제|갈랍니다)",
        not_after=r"^[^.?!]{0,16}?(요양원|병원|집|시골|고향|따라서|같이|시설|거기|그리|딸네|아들네|서울)",
    ),
    # d33c (probes): medicine refused because it keeps one alive ("이거 먹으면 또 살잖아 그만 살고 싶어서 그래")
    CrisisPattern(
        id="stop_treatment.d33c",
        kind=PatternKind.ACTIVE,
        code="stop_treatment",
        label_ko="죽으려고 치료를 끊음",
        label_en="medicine refused because it keeps one alive",
        guard_class=GuardClass.MEANS,
        regex=r"(먹으면|먹으믄|묵으면|묵으믄|맞으면|맞으믄|받으면|받으믄)(또|더|계속)(살잖|살아지|살지|살거|살것|사니까|사는데|살겠|살겄)"
        r"[^?!]{0,12}?(그만살|안살|살기싫|살고싶지|죽고싶|가고싶|빨리가)",
    ),
    # d33c (probes): ties loosened on purpose so the child grieves less later ("정 떼려고 그런다 나중에 덜 슬프라고");
    # not a pet given away, a move or a child going abroad
    CrisisPattern(
        id="farewell.d33g",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 인사",
        label_en="ties loosened so the child grieves less later",
        guard_class=GuardClass.FAREWELL,
        regex=r"정(을|도)?(떼려|뗄라|뗄려|떼야|떼고|떼는|떼느라|떼야지|뗄라고|떼려고)[^.?!]{0,12}?(나중에|내가없으면|나없으면|가고나면|내가가면)"
        r"(덜|안)?(슬프|슬퍼|섭섭|서운|울|힘들|아프)",
        not_before=r"(강아지|개|고양이|괭이|새|닭|소|분양|이사|유학|이민|군대|입대|시집|장가|전학|퇴사)[^.?!]{0,30}$",
        not_after=r"^[^.?!]{0,16}?(강아지|고양이|분양|이사|유학|이민|군대|입대|전학)",
    ),
    # d33c (probes): a deed handed on with one's time left questioned ("인자 니가 가지고 있어라 내가 가지고 있어봤자
    # 얼마나 더 있겠노")
    CrisisPattern(
        id="preparation_affairs.d33c",
        kind=PatternKind.ACTIVE,
        code="preparation_affairs",
        label_ko="신변 정리",
        label_en="a thing handed on, one's time left questioned",
        guard_class=GuardClass.PREP,
        regex=r"(가지고|갖고|맡아|챙겨|간수하고)(있어라|가라|둬라|있거라|있그라|있어래이|가거라)[^?!]{0,24}?(얼마나|몇년이나|몇해나)(더)?"
        r"(있겠|살겠|살것|있것|있을끼|살끼|살기|버티겠|버티것|살겄|있겄)",
    ),
    # d33c (probes): dressed neatly for one's last road ("마지막 가는 길 깨끗하게 가야지"); not another's seen off
    # ("영감 마지막 가는 길 곱게 보내야지": 보내-), nor said as a saying while tidying (below)
    CrisisPattern(
        id="preparation_final.d33c",
        kind=PatternKind.ACTIVE,
        code="preparation_final",
        label_ko="마지막 준비",
        label_en="dressed for one's last road",
        guard_class=GuardClass.PREP,
        regex=r"(내|나|제)?마지막(가는)?길(은|을|도|이라도)?(깨끗하게|곱게|단정하게|깔끔하게|깨끗이|편하게)"
        r"(가야|갈란|갈라|가련|갈거|갈꺼|갈끼|가고싶|가야지|가야제)",
        not_before=_SOMEONE_NAMED_BEFORE,
        # (a saying while tidying the house, "… 가야지 하면서 미리 집 정리했어요 허허. … 다음엔 창고도 할 거야",
        # ko_train_h's th089)
        not_after=r"^[^.?!]{0,2}?(하면서|하며|함서|카면서|그러면서|캄서|하는말|카는말)",
    ),
    # d33 (probes): a season not to be seen, by choice ("내년 봄은 못 볼 거 같아 아니 안 볼란다", "올 겨울은 안
    # 넘길란다"); not a show, the blossoms or a crowd skipped ("내년 봄엔 꽃구경 안 볼란다 사람 많아서")
    CrisisPattern(
        id="timing.d33",
        kind=PatternKind.ACTIVE,
        code="timing",
        label_ko="시점 계획",
        label_en="a season not to be seen, by choice",
        guard_class=GuardClass.DESIRE,
        regex=r"(봄|여름|가을|겨울|새해|설|추석|명절|내년|올해)(은|는|도|까지는|꺼정은)?"
        r"(?:(?!드라마|영화|티비|테레비|방송|경기|야구|축구|꽃|구경|공연|축제|사람|여행|단풍)[^.?!]){0,10}?"
        r"안(볼란다|볼란|볼래|볼라요|볼랍니다|볼거|볼꺼|볼끼|볼겨|맞을란다|맞을래|맞을거|맞을끼|넘길란다|넘길래|넘길거|넘길끼|넘길겨)",
        not_after=r"^[^.?!]{0,12}?(사람|복잡|비싸|멀어|추워서|더워서|바빠|구경|꽃|여행|티비|드라마|재미없)",
    ),
    # d33 (probes): this winter (this year) not to be got through, wished ("올겨울은 넘기고 싶지 않아")
    CrisisPattern(
        id="death_wish.d33",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="this winter or this year not to be got through, wished",
        guard_class=GuardClass.DESIRE,
        regex=r"(올|이번|올해|금년|요번)(겨울|여름|봄|가을|해|설|추석)?(은|는|을|를|만|까지)?(더|더는)?"
        r"(넘기고싶지(않|안)|안넘기고싶|넘기고싶은(마음|맘|생각)(이|은)?(없|읎|웂)|넘기기싫)",
        not_after=r"^[^.?!]{0,12}?(추워|추운|더워|더운|힘들어서|감기|농사|일이|장사)",
    ),
    # d33 (probes): leaving the world said as an intent ("이 세상 하직할란다", "세상 등질란다"), or as a wish ("세상
    # 하직하고 싶다"); breath wished to stop ("숨 그만 쉬고 싶어")
    CrisisPattern(
        id="suicidal_thoughts.d33",
        kind=PatternKind.ACTIVE,
        code="suicidal_thoughts",
        label_ko="자살 생각",
        label_en="leaving the world, said as an intent",
        guard_class=GuardClass.DESIRE,
        regex=r"(세상|세상살이|이승)(을|과|이랑|하고|도)?(그만|고마|마|인자|이제)?((하직|작별)"
        r"(할란|할래|할거|할꺼|할끼|할겨|하련|해야지|해야겠|해야겄|해야것|할라고|할라꼬|하려고|해버릴|해뿔|해삘|해불|할까싶|할까보|"
        # (d36: Jeolla's 헐라네, "나 인자 이 세상 하직헐라네", ko_train_dev_short_crisis6)
        r"헐라네|할라네|헐란다|헐라요|할라요|헐래|헐거|헐겨)|"
        r"등질(란|래|거|꺼|끼|겨|라고|라꼬|까싶|까보)|등지(려고|련다|고말))",
        not_before=_SOMEONE_NAMED_BEFORE,
    ),
    CrisisPattern(
        id="death_wish.d33b",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="leaving the world or breathing no more, wished",
        guard_class=GuardClass.DESIRE,
        regex=r"(세상|세상살이|이승)(을|과|이랑|하고|도)?(그만|고마|마|인자|이제)?(하직|등지|작별)(하고싶|하고잡|하고파|했으면|했으믄)|"
        r"숨(을|도|좀)?(그만|고마|이제그만|인자그만|마)(쉬고싶|쉬었으면|쉬었으믄|쉬고잡|쉬고파|쉬면좋|쉬믄좋|쉬고시퍼)",
        not_before=_SOMEONE_NAMED_BEFORE,
    ),
    # d33 (ko_train_blind_short84): a death seen at a funeral, wished for oneself ("나도 저렇게 누워 있으면 편하겠다
    # 싶더라", "나도 저렇게 가면 좋겠다")
    CrisisPattern(
        id="death_wish.d33c",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="another's death seen, wished for oneself",
        guard_class=GuardClass.DESIRE,
        regex=r"(나도|내도|나두)(저렇게|저래|저리|저렇게|그렇게|저케)(관에|관속에)?(누워|눕|가|가면|가믄|죽으면|죽으믄|떠나|떠나면)"
        r"[^.?!]{0,6}?(편하|편허|편켔|편하겠|좋겠|좋겄|좋것|부럽)",
        not_after=r"^[^.?!]{0,10}?(찜질|안마|마사지|온천|침대|소파|쇼파|휴가)",
    ),
    # d33 (probes): food, medicine or care refused because one will go anyway ("밥은 뭐하러 먹어 어차피 갈 사람인디");
    # not "어차피 죽을 인생 즐겁게 살자": the care refused is named
    CrisisPattern(
        id="no_reason_to_live.d33",
        kind=PatternKind.PASSIVE,
        code="no_reason_to_live",
        label_ko="살 이유 없음",
        label_en="care refused, as one will go anyway",
        guard_class=GuardClass.DESIRE,
        regex=r"(밥|약|병원|치료|수술|검사|끼니|반찬)(은|을|는|도|이고)?(뭐하러|뭐할라꼬|뭐할라고|뭐하게|머하러|뭣하러|뭐한다고|뭐한다꼬|"
        r"먹어서뭐|먹어뭐|묵어서뭐|해서뭐|받아서뭐|다녀서뭐)[^.?!]{0,16}?(어차피|어짜피|어채피)(곧|인자|이제)?(갈|죽을|떠날)"
        r"(사람|몸|목숨|늙은이|노인네|인생|거|건데|낀데|긴데)|"
        r"(어차피|어짜피|어채피)(곧|인자|이제)?(갈|죽을|떠날)(사람|몸|목숨|늙은이|노인네|인생)[^.?!]{0,8}?"
        r"(밥|약|병원|치료|수술|검사|끼니|반찬)(은|을|는|도)?(뭐하러|뭐할라꼬|뭐할라고|뭐하게|머하러|뭣하러|뭐한다고|뭐한다꼬|먹어서뭐|묵어서뭐)",
    ),
    # d33 (ko_train_blind_short82, read after its first figures): a life-sustaining treatment refused, its lethal end
    # known, said with the decision before it or the relief after it ("이제 안 갈란다. 투석 안 하면 한 열흘이면
    # 간다더라. 그게 내 맘 편하다."); stop_treatment.d23 reads the "so I stopped" after it. Not a warning heeded
    # ("투석 안 하면 열흘이면 간다더라 그래서 꼬박꼬박 다녀"): no decision and no relief.
    CrisisPattern(
        id="stop_treatment.d33",
        kind=PatternKind.ACTIVE,
        code="stop_treatment",
        label_ko="죽으려고 치료를 끊음",
        label_en="treatment refused, its lethal end known",
        guard_class=GuardClass.MEANS,
        regex=_TREATMENT_REFUSED
        + r"[^?!]{0,12}?"
        + _TREATMENT_WITHHELD
        + "|"
        # (the treatment named first, "항암 그만할란다. 안 하면 석 달이면 간다더라")
        + _LIFE_TREATMENT
        + r"(은|는|도|을|를)?(이제|인자|인제|이젠)?"
        + _TREATMENT_REFUSED
        + r"[^?!]{0,8}?"
        + _WITHHELD_THEN_END
        + "|"
        + _TREATMENT_WITHHELD
        + r"[^?!]{0,16}?(그게|그기|그편이|그쪽이|차라리)(내|나)?(맘|마음|속)?(은|이|도)?(편|낫|나아|좋)",
    ),
    # d33 (probes): hanging tried in thought ("목을 매볼까 하고 빨랫줄 만져 봤어")
    CrisisPattern(
        id="means_hanging.d33",
        kind=PatternKind.ACTIVE,
        code="means_hanging",
        label_ko="목맴 수단",
        label_en="hanging tried in thought",
        guard_class=GuardClass.MEANS,
        regex=r"목(을)?(매볼|매보려|매보까|매볼라|매불|매뿔|매삘|매야겠|매야겄|매야것|매야지)",
        not_before=r"(돈|일|자리|시험|취직|승진|성적|대학|합격|사랑|여자|남자|자식|공부)(에|에다|에다가|에만)[^.?!]{0,4}$",
    ),
    # d34 (ko_train_blind_short90, read after its first figures): one's vanishing owed for being a burden, the burden
    # said first ("자식들 짐만 되니께 내가 없어져야제"); d21's form wants it said last and nothing after
    CrisisPattern(
        id="death_wish.d34",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="one's vanishing owed for being a burden",
        guard_class=GuardClass.DESIRE,
        regex=r"(짐|짐덩어리|짐짝|걸림돌|폐|부담|골칫덩어리|애물단지)(만|이|가|밖에안|밖에|거리)?(되|돼|끼치|주)[가-힣]{0,3}?"
        r"(니께|니까|응께|이께|잉께|니|서|어서|는데|는디|니깐)[,.…~]?(내가|나|나만|나하나|제가|저만|저하나)(빨리|얼른|어서|그냥|차라리)?"
        r"(없어져야|사라져야|죽어야|가야|뒈져야|디져야)(제|지|재|죠|쥬|지요|해|돼|혀|한다|겠|것|겄|될|할)",
    ),
    # d35 (probes): one's time to vanish come ("다 정리하고 조용히 사라질 때가 된 거지"); not a season's or a thing's
    # ("눈이 사라질 때가 됐다", "이 가게도 없어질 때가 됐지")
    CrisisPattern(
        id="death_wish.d35",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="one's time to vanish said to have come",
        guard_class=GuardClass.DESIRE,
        regex=r"(?<![이가은는도])(조용히|이제|인자|인제|이젠|슬슬|나도|나는|내도|저도|저는|나같은건|나같은게)(조용히|슬슬|그만)?"
        r"(사라질|없어질|사라져야할|없어져야할|없어져줄|사라져줄)(때|날|차례|시간)(가|도|이)?(됐|된|되었|다됐|다된|온|왔|오는)",
    ),
    # d35 (probes): sleep forever said to be near ("잠이야 뭐 곧 실컷 잘 건데요 뭘. 영원히."); not a night's sleep
    CrisisPattern(
        id="death_wish.d35b",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="an eternal sleep said to be near",
        guard_class=GuardClass.DESIRE,
        regex=r"(곧|이제|인자|머잖아|머지않아|조만간)[^.?!]{0,10}?(잘|잠들|쉴|눈감을)(거|건데|겁|텐데|꺼|낀데|긴데)[^?!]{0,8}?영원히|"
        r"영원히(잘|잠들|쉴|눈감을)(거|건데|겁|텐데|꺼|낀데|긴데)",
    ),
    # d35 (probes): endurance said to be over, then the going to the late one announced ("애들아 미안하다 엄마는 더 못
    # 버티겠다 아빠한테 간다"); not a visit to a living father
    CrisisPattern(
        id="join_dead_plan.d35",
        kind=PatternKind.ACTIVE,
        code="join_dead_plan",
        label_ko="먼저 간 사람 따라갈 계획",
        label_en="endurance over and the going to the late one announced",
        guard_class=GuardClass.DESIRE,
        regex=r"(못버티|못견디|지쳤|더는못살|더못살)[^.?!]{0,14}?(니|느그|너거|너희|너네|애들|늬)?"
        r"(아빠|아부지|아버지|애비|영감|남편|할아버지|엄마|어머니|어매)(한테|헌티|곁으로|옆으로|따라|있는데로|있는곳으로)"
        r"(간다|갈게|갈께|갈란다|가련다|가야겠|갈거|갈꺼|가야지|가야제)",
        not_after=r"^[^.?!]{0,12}?(병원|요양원|집에|밥|반찬|면회|주말|내일|다음주)",
    ),
    # d35 (probes): the bank book, its number or the seal told to a child, with what to do once the speaker is gone
    # ("딸아 엄마 통장 비번은 0312야 장롱 서랍에 도장있다 엄마없어도 동생 잘챙기고"); not a trip's or a stay's absence
    CrisisPattern(
        id="preparation_affairs.d35",
        kind=PatternKind.ACTIVE,
        code="preparation_affairs",
        label_ko="신변 정리",
        label_en="affairs handed on with what to do once the speaker is gone",
        guard_class=GuardClass.PREP,
        regex=r"(통장|도장|비밀번호|비번|집문서|땅문서|보험증서)"
        r"(?:(?!여행|병원|입원|수술|출장|다녀올|며칠|동안|이사|요양원|놀러)[^?!]){0,40}?"
        r"(엄마|아빠|나|내|할매|할미|할배|할아버지|할머니|애비|에미|아부지)"
        r"(가|는)?(없어도|없더라도|가고나면|가더라도|떠나도|죽어도|죽더라도|죽고나면|없으면)[^.?!]{0,16}?"
        r"(잘|챙기|챙겨|사이좋|싸우지|우애|건강|밥)",
        not_after=r"^[^.?!]{0,20}?(여행|병원|입원|다녀올|며칠|동안|돌아올|올때까지)",
    ),
    # d35 (probes): eating or keeping oneself called useless for one who goes soon ("먹어서 뭐해. 곧 갈 사람이.")
    CrisisPattern(
        id="death_wish.d35d",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="care called useless for one who goes soon",
        guard_class=GuardClass.DESIRE,
        regex=r"(먹어서|묵어서|살아서|챙겨서|아껴서|고쳐서|치료해서)(뭐해|뭐하나|뭐하노|뭐혀|뭣혀|뭐할|뭐하게|머해|머하노)[^?!]{0,6}?"
        r"(곧|이제|인자|머잖아|얼마안가|얼마안있어)(갈|떠날|죽을|눈감을)(사람|몸|늙은이|목숨|할미|할매|영감|노인)",
    ),
    # d35 (probes): a day ahead one doubts being alive for, and going before it ("생신이 다음 달이죠? / 그때까지 있을지
    # 모르겠네. 나는 그 전에 갈 거여.")
    CrisisPattern(
        id="timing.d35",
        kind=PatternKind.ACTIVE,
        code="timing",
        label_ko="시점 계획",
        label_en="going before a day one doubts living to",
        guard_class=GuardClass.DESIRE,
        regex=r"(그때까지|그날까지|그때꺼정|그때까장)(있을지|살지|살아있을지|버틸지|살런지|있을런지)"
        r"(?:(?!바빠|바쁘|일이|출장|여행|휴가|한국|여기|이동네|이집)[^?!]){0,24}?"
        r"(그전에|그때전에|그날전에|먼저)(내가|나는|난|나)?(먼저)?(갈|떠날|가버릴|없어질)(거|꺼|겨|끼|란다|래|테|것)",
        not_after=r"^[^.?!]{0,12}?(서울|부산|집|고향|시골|병원|거기|여행|출장|회사|공항|미국|일본|중국|딸네|아들네)",
    ),
    # d35 (ko_train_dev_short_crisis1, written for the purpose): going into the water and not coming out ("강에 가서
    # 시원하게 들어가 있을 거야 안 나올 거야", "바당에 들어강 다시 안 나오쿠다"); not a swim's or a bath's length ("물에
    # 들어가면 한참 안 나와 손주들이")
    CrisisPattern(
        id="means_drowning.d35b",
        kind=PatternKind.ACTIVE,
        code="means_drowning",
        label_ko="다리·강 투신",
        label_en="going into the water and not coming out",
        guard_class=GuardClass.MEANS,
        regex=r"(강|바다|바당|저수지|호수|냇물|강물)(에|에가서|에가|엘|으로|로)?"
        r"(?:(?!수영|물놀이|해수욕|낚시|손주|애들|아이들|놀|조개|물질|해녀|발만|발담)[^.?!]){0,16}?"
        r"(들어가|들어강|들어갈|걸어들어가|걸어들어갈)[^.?!]{0,12}?(안|다시안|다시는안|영영안|못)"
        r"(나올|나오쿠|나오크|나와불|나올란|나올거|나올꺼|나올끼|나오련|나올래|나오겄|나오겠|나올겨)",
    ),
    # d35 (ko_train_dev_short_crisis1): a fall planned to look like an accident, for the insurance ("보험은 사고로
    # 가야 돈이 나온다대 그래서 그 공사장 다리 쪽에서 발 헛디딘 것처럼 떨어질라고")
    CrisisPattern(
        id="method.d35",
        kind=PatternKind.ACTIVE,
        code="method",
        label_ko="방법 언급",
        label_en="a death planned to look like an accident",
        guard_class=GuardClass.MEANS,
        regex=r"(사고처럼|사고인것처럼|사고난것처럼|실수처럼|헛디딘것처럼|미끄러진것처럼|발헛디딘것처럼|모르고그런것처럼)"
        r"[^.?!]{0,12}?(떨어질|뛰어내릴|빠질|치일|박을|부딪힐|떨어지|뛰어들|빠져)(라고|려고|랴고|란다|련다|거야|꺼야|까|을까|ㄹ까|께|게)",
    ),
    # d35 (ko_train_dev_short_crisis1): a tree's or a beam's place to tie the rope scouted ("뒷산 그 나무에 끈 묶을 자리
    # 봐놨어요")
    CrisisPattern(
        id="means_hanging.d35b",
        kind=PatternKind.ACTIVE,
        code="means_hanging",
        label_ko="목맴 수단",
        label_en="a place to tie the rope scouted",
        guard_class=GuardClass.MEANS,
        regex=r"(나무|소나무|대들보|들보|서까래|문고리|철봉|난간|가지)(에|에다|에다가)?(끈|줄|밧줄|노끈)(을|를|하나)?"
        r"(묶을|맬|걸|매달|걸어둘|묶어둘)(자리|데|곳|가지|만한데|만한곳)(를|도|까지)?(다|미리|벌써)?"
        r"(봐놨|봐뒀|봐두|찾아놨|찾아뒀|알아놨|알아뒀|골라놨|골라뒀|정해놨|정해뒀|봤)",
        not_before=r"(빨래|고추|곶감|시래기|무청|현수막|그네|해먹|텐트|소|염소|개|강아지)[^.?!]{0,10}",
    ),
    # d35 (ko_train_dev_short_crisis1): shoes left with a letter ("신발이랑 편지는 집에 두고")
    CrisisPattern(
        id="preparation_note.d35",
        kind=PatternKind.ACTIVE,
        code="preparation_note",
        label_ko="유서 작성",
        label_en="shoes and a letter left behind",
        guard_class=GuardClass.PREP,
        regex=r"(신발|신)(이랑|하고|과|랑)(편지|유서|쪽지)(는|은|도)?(집에|방에|거기|다리에|옆에)?(두고|놔두고|남겨|놓고|벗어두고)",
    ),
    # d35 (ko_train_dev_short_crisis1): a goodbye sent with "the last" ("우리 딸 잘 지내라고 전해줘 마지막이니까")
    CrisisPattern(
        id="farewell.d35",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 인사",
        label_en="a goodbye sent through someone, as the last",
        guard_class=GuardClass.FAREWELL,
        regex=r"(잘지내라고|잘있으라고|잘살라고|건강하라고|미안하다고|고마웠다고|사랑한다고)(꼭)?(전해줘|전해주|전해라|전해달라|전해주소|전해주이소|전해)"
        r"[^.?!]{0,8}?(마지막|이제끝|다시는못|다시못|인자끝)",
        not_after=r"^[^.?!]{0,10}?(통화|전화|수업|근무|출근|날|주|달|방문|여행)",
    ),
    # d34 (ko_train_blind_short90): a railway crossing or track with the time a train comes, and going out onto it ("저
    # 건널목 내일 밤 막차 올 때 나가볼라네"); not to meet, see off or watch someone, nor to take the train
    CrisisPattern(
        id="means_place_plan.d34",
        kind=PatternKind.ACTIVE,
        code="means_place_plan",
        label_ko="위험 장소 물색",
        label_en="a railway track with the time a train comes, and going onto it",
        guard_class=GuardClass.MEANS,
        regex=_TRACK
        + r"(에|으로|로|가|이|위)?[^.?!]{0,20}?"
        + _TRAIN_COMES
        + r"[^.?!]{0,8}?"
        + _ONTO_IT
        + "|"
        + _TRAIN_COMES
        + r"[^.?!]{0,12}?"
        + _TRACK
        + r"(에|으로|로|위로|위에)?[^.?!]{0,6}?"
        + _ONTO_IT,
        not_after=r"^[^.?!]{0,12}?(마중|배웅|구경|사진|손흔|기다리|타러|타야|탈라|탈려|타고|내리)",
    ),
    # d34 (ko_train_blind_short90): a lethal place dwelt on night after night, then going there at night or alone, or
    # decided ("밤마다 저수지 다리만 생각나유. 토요일 새벽에 거기 혼자 가볼라고 맘먹었시유"); not a place missed from
    # one's youth or a trip ("고향 바다가 생각나 … 여름엔 거기 가볼라고"), nor an errand there
    CrisisPattern(
        id="means_place_plan.d34b",
        kind=PatternKind.ACTIVE,
        code="means_place_plan",
        label_ko="위험 장소 물색",
        label_en="a lethal place dwelt on nightly, then gone to alone or at night",
        guard_class=GuardClass.MEANS,
        regex=r"(밤마다|자꾸|맨날|만날|요새|요즘|자나깨나|눈만감으면|눈감으면|밤새|밤새도록)(?:(?!고향|옛날|어릴|젊을|추억)[^.?!]){0,8}?"
        r"(저수지|강|강물|한강|다리|철길|철로|기찻길|옥상|바다|바닷가|벼랑|절벽|낭떠러지|댐|둑|방죽|호수|철교)"
        r"(다리|물|둑|난간|꼭대기|위|가)?(만|이|가)?(자꾸|계속)?(생각나|생각이나|떠올라|떠오르|눈에밟|눈앞에|아른|어른|보여|보이)"
        r"(?:(?!여행|휴가|고향|놀러|구경|낚시|산책|운동|마실|사진|바람쐬|친구|같이|애들이랑|손주)[^?!]){0,30}?"
        r"(새벽|한밤|오밤중|밤에|아무도모르게|몰래|혼자|혼저|홀로|마지막)"
        r"(?:(?!여행|휴가|놀러|구경|낚시|산책|운동|마실|사진|바람쐬|친구|같이)[^?!]){0,12}?"
        r"(거기|거그|그리|그짝|그곳|그데|그다리|그물|그강|그저수지)(에|로|를|엘|루|으로)?(?:(?!낚시|구경|산책|운동|놀러|마실|사진)[^.?!]){0,6}?"
        r"(가볼|갈|나가볼|나갈|올라가볼|올라갈|들어가볼|들어갈)(라|려|란|래|거|꺼|겨|끼|까)",
        not_after=r"^[^.?!]{0,12}?(낚시|구경|산책|운동|놀러|마실|사진|바람|친구|같이|여행)",
    ),
    # d34 (probes): to be buried in the sea or the hills too ("저 바다에 나도 같이 묻히면 되지"), not where one's ashes
    # go after a natural death ("나 죽으면 …")
    CrisisPattern(
        id="death_wish.d34b",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="to be buried in the sea or the hills too",
        guard_class=GuardClass.DESIRE,
        regex=r"(바다|물|강|저수지|산|땅|흙)(에|속에|밑에|에다)?[^.?!]{0,6}?(나도|내도|나두|나만)(같이|함께|그냥)?(묻히|잠기|가라앉|잠들)"
        r"(면|믄|민|모)(되|돼|그만|편하|좋|딱)",
        not_before=r"(죽으면|죽거든|죽고나면|죽은뒤|죽은다음|가거든|가고나면|떠나거든|죽으믄|죽음)[^.?!]{0,24}$",
    ),
    # d34 (probes): breath let stop now ("평생 탄광에서 숨 막히게 살았는디 이제 숨 그만 쉬어도 되것제"); the one
    # place left to go ("이제 갈 데는 한 군데밖에 없어"); emptied out of this world ("나도 이제 비워야지 이 세상에서")
    CrisisPattern(
        id="death_wish.d34c",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="breath let stop; the one place left to go; gone from this world",
        guard_class=GuardClass.DESIRE,
        regex=r"(이제|인자|인제|이젠|고마)?숨(을|도)?(그만|고만|이제그만|인자그만)(쉬어도|쉬어두|쉬고싶|쉬고잡|쉴래|쉬련다|쉴란다|쉬었으면|쉬어야)|"
        r"(이제|인자|인제|이젠)(내가|나는|난)?(갈데|갈곳|갈디)(는|은|도)?(한군데|한곳|한데|하나)(밖에|뿐)(없|읎|웂|이)|"
        r"(나도|내도|나를|날)(이제|인자|인제)?(비워야|비울|치워야|치울|떠나야|떠날|사라져야|사라질)(지|제|겠|것|겄|란다|련다)?[.,…]*"
        r"(이세상|이승|세상)(에서|서)|"
        r"(이세상|이승)(에서|서)(나도|나를|날)?(이제|인자)?(비워야|비울|치워야|떠나야|사라져야|하직해야)",
        not_after=r"^[^.?!]{0,8}?(숨쉬기|운동|호흡|명상|요가|물속|잠수)",
        not_before=r"(숨쉬기|운동|호흡|명상|요가|물속|잠수|수영|숨참기|숨참)[^.?!]{0,14}",
    ),
    # d34 (probes): how to go quietly, wondered ("어떻게 하면 조용히 갈까 그 생각만 하지"): a method thought of; not a
    # journey ("어떻게 하면 편하게 갈까 서울 병원까지")
    CrisisPattern(
        id="method.d34",
        kind=PatternKind.ACTIVE,
        code="method",
        label_ko="방법 계획",
        label_en="how to go quietly, wondered",
        guard_class=GuardClass.DESIRE,
        regex=r"(어떻게|어찌|어케|워떻게|으떻게|우째|우찌)(하면|하믄|해야|허면|허믄|하모|해야지)(조용히|편하게|편히|깨끗이|깨끗하게|아프지않게|안아프게|"
        r"남모르게|소리없이|자는듯이|고통없이)(갈까|갈지|가나|죽을까|죽을지|죽나|눈감을까|떠날까|끝낼까|끝낼지)",
        not_after=r"^[^.?!]{0,12}?(서울|병원|집에|거기|버스|기차|차로|택시|시장|까지|에가|로가|여행|길|역)",
    ),
    # d34 (probes): pills pretended taken and saved ("먹는 척만 하고 모아두고 있지")
    CrisisPattern(
        id="means_pills.d34",
        kind=PatternKind.ACTIVE,
        code="means_pills",
        label_ko="약 모으기",
        label_en="pills pretended taken and saved",
        guard_class=GuardClass.MEANS,
        regex=r"(먹는척|먹은척|삼키는척|삼킨척|묵는척|묵은척|드는척)(만|만은)?(하고|허고|하면서|함서|해놓고|하구)[^.?!]{0,8}?"
        r"(모아|모으|모았|숨겨|숨겼|감춰|감췄|쟁여|모태)",
    ),
    # d34 (probes): treatment given up to go, for the children's sake ("병원비 대느라 애들 고생하는 거 못 보겠어
    # 치료 그만 받고 가야지"); not going home from the hospital
    CrisisPattern(
        id="stop_treatment.d34",
        kind=PatternKind.ACTIVE,
        code="stop_treatment",
        label_ko="죽으려고 치료를 끊음",
        label_en="treatment given up to go",
        guard_class=GuardClass.MEANS,
        regex=r"(치료|투석|항암|항암치료|약|병원|주사)(도|는|를|을|은)?(인자|이제|인제|고마|그냥)?(그만|고만|안)(받고|하고|먹고|다니고|댕기고|맞고|받구|허고)"
        r"(인자|이제|고마|그냥)?(가야|갈란|갈래|가련|갈거|갈끼|갈겨|가야지|가야제|가야겠|갈라)",
        not_after=r"^[^.?!]{0,8}?(집|시골|고향|퇴원|요양|딸네|아들네|서울|병원|다른|큰병원|한의원)",
    ),
    # d35 (probes): treatment refused, and one's own settling done before its day ("수술 날짜 잡혔는데 안 받을 거야 그
    # 전에 내가 정리할 거니까"); not the house put in order before a stay in hospital
    CrisisPattern(
        id="stop_treatment.d35",
        kind=PatternKind.ACTIVE,
        code="stop_treatment",
        label_ko="죽으려고 치료를 끊음",
        label_en="treatment refused, and one's own settling done before its day",
        guard_class=GuardClass.MEANS,
        regex=r"(수술|치료|항암|투석|입원|시술)(은|도|을|를|날짜)?[^.?!]{0,12}?(안받을|안할|안받는다|안한다|안받고|거부|취소했|취소할)"
        # (not a going out by then, "수술 안 한다 그날까지 나갈 거야")
        r"[^.?!]{0,12}?(그전에|그때까지|그날전에|그날까지)(내가|나는|제가|나)?(다)?(정리할|정리하|끝낼|끝내|마무리할|알아서할|알아서갈|떠날)",
    ),
    # d35 (probes): the choice of ending it here over entering care ("요양병원 들어가느니 차라리 여기서 끝내는 게 나아")
    CrisisPattern(
        id="suicidal_thoughts.d35",
        kind=PatternKind.ACTIVE,
        code="suicidal_thoughts",
        label_ko="자살 생각",
        label_en="ending it oneself rather than living on in care or as a burden",
        guard_class=GuardClass.DESIRE,
        regex=r"(들어가느니|가느니|사느니|살바에|살바엔|살바에는|신세지느니|누워있느니|기저귀차느니)[^.?!]{0,10}?(차라리|그냥)?"
        # (not "죽는 게 낫다", a passive wish: "이렇게 사느니 죽는 게 낫겠다 싶더라", ko_train_b b226)
        r"(여기서|집에서|내손으로|내가|제손으로|이집에서)?(끝내는|끝내삐는|끝내버리는|목숨끊는)(게|기|것이|거)(나아|낫|나을|좋)",
    ),
    # d35 (probes): a short time left, as the doctor says, welcomed ("의사가 석 달 남았대 차라리 잘됐어 빨리 끝나면
    # 좋겠어")
    CrisisPattern(
        id="death_wish.d35e",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="a short time left welcomed",
        guard_class=GuardClass.DESIRE,
        regex=r"((의사|선생님|병원|말기|암|진단|검사)[^.?!]{0,16}?(남았대|남았다|남았답|길어야|얼마안남|얼마못산|오래못산)|시한부|"
        r"살날이(얼마)?(안|못)남)[^.?!]{0,12}?(차라리|오히려)(잘됐|잘된|다행|낫|나아|반갑|고맙)",
    ),
    # d34 (probes): one's body's insurance left as the one thing to leave ("남은 게 없어 이 몸뚱이 보험금이라도
    # 남겨야지")
    CrisisPattern(
        id="death_wish.d34d",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="one's death insurance as the thing left to leave",
        guard_class=GuardClass.DESIRE,
        regex=r"(이몸뚱이|몸뚱이|이몸|내몸|이목숨|내목숨|목숨값|내가죽어서|죽어서라도)(로|으로)?(라도|이라도)?[^.?!]{0,4}?(사망보험금|보험금|보험)"
        r"(이라도|이나마|으로라도|라도)(남겨야|남겨줘야|남기고|남겨줄|타게|받게|나오게)|"
        # (d35 probes: a child's debts named first, "아들 놈 사업 망해가꼬 빚이 억대라 내 보험금이라도 타게 해줘야제")
        r"(빚|사업|망해|망했|부도|갚)[^.?!]{0,24}?(?<![어그하])(내|나|제|저)(사망)?(보험금|보험돈)(이라도|이나마|으로라도)"
        r"(타게|받게|나오게|타도록|받도록|남겨)",
    ),
    # d35 (probes): one's body alone gone as the solution ("내 몸 하나 없어지믄 다 해결되는 기라")
    CrisisPattern(
        id="death_wish.d35c",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="one's vanishing as the solution",
        guard_class=GuardClass.DESIRE,
        regex=r"(내|나|제|저|이)(몸)?(하나|하나만)(없어지면|없어지믄|사라지면|사라지믄|죽으면|죽으믄|없으면|없으믄)"
        r"(다|모든게|모두|만사|싹|전부)?(해결|끝나|끝이|편해|편하|정리)",
        not_before=r"(벌레|바퀴|모기|쥐|파리|잡초|풀|나무|화분|꽃|짐|빚|혹|종양|암|돌|가구|차|물건)(가|이|은|는|도|들|들이)?",
    ),
    # d35 (probes): a rope tied to a tree or a beam said to end it ("뒷산 소나무에 줄 하나 매믄 끝날 낀데"); not a
    # washing line, a swing or an animal tied
    CrisisPattern(
        id="means_hanging.d35",
        kind=PatternKind.ACTIVE,
        code="means_hanging",
        label_ko="목맴 수단",
        label_en="a rope tied to a tree or a beam to end it",
        guard_class=GuardClass.MEANS,
        regex=r"(소나무|나무|대들보|들보|서까래|문고리|철봉|난간|가지)(에|에다|에다가)?(줄|끈|밧줄|노끈)(하나|한가닥|을|을다)?"
        r"(매|걸)(면|믄|모|민|고|면은)(?:(?!빨래|널|묶|고추|소를|개를|염소|텐트|그네|해먹|현수막)[^.?!]){0,6}?"
        r"(끝|편히|편하게가|가겠|가겄|갈|죽)",
    ),
    # d34 (probes): one's days wished over ("그냥 하루하루 빨리 지나가서 끝났으면 좋겠어"), not a job, a season or a
    # wait
    CrisisPattern(
        id="death_wish.d34e",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="one's days wished over",
        guard_class=GuardClass.DESIRE,
        regex=r"(하루하루|사는거|사는게|사는것|이삶|내삶|인생|이생|이목숨|남은날|남은생|남은인생)(도|이|가|은|는)?"
        r"(그냥|빨리|얼른|어서|고마|마|다|좀|이제|인자|언능|후딱|싹|지나가서|흘러가서|지나서){0,3}"
        r"(끝났으면|끝나면좋|끝나버렸으면|끝나부렀으면|끝나불면좋|끝나뿌면좋|끝나삐면좋|끝났으믄|끝나불었으면)",
        not_after=r"^[^.?!]{0,10}?(하고|해서|그래야|방학|장마|공사|검사|수술|치료|일|농사|김장)",
    ),
    # d34 (probes): the day one lies in the grave looked forward to ("내 자리도 봐 뒀고. 거기 눕는 날만 기다려")
    CrisisPattern(
        id="death_wish.d34f",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="the day one lies in the grave looked forward to",
        guard_class=GuardClass.DESIRE,
        regex=r"(거기|그자리|내자리|그곳|무덤|산소|묘|선산|땅속)(에|에다|속에)?(눕는|누울|묻힐|묻히는|들어갈|들어가는|잠들|잠드는)(날|때)"
        r"(만|을|이|만을)?(기다려|기다리|기다린|손꼽|고대)",
    ),
    # d34 (probes): the late spouse calling, and going after them now ("할배가 나를 부르는 것 같아 … 이제 따라가야지")
    CrisisPattern(
        id="join_the_dead.d34",
        kind=PatternKind.PASSIVE,
        code="join_the_dead",
        label_ko="먼저 간 가족 따라가고 싶음",
        label_en="the late spouse calling, and going after them",
        guard_class=GuardClass.DESIRE,
        regex=r"((먼저간|먼저가신|돌아가신|죽은|세상떠난|저세상간)(우리)?|(꿈|꿈에|꿈마다|꿈속에|꿈에서)[^.?!]{0,10}?)"
        + _LATE_ONE
        + r"(이|가|는)?[^.?!]{0,8}?(나를|날|내를|나)?(부르|불러|오라|데리러|기다리)[^?!]{0,24}?"
        + _FOLLOW_NOW
        + "|"
        + _LATE_ONE
        + r"(이|가|는)?[^.?!]{0,8}?(나를|날|내를|나)?(부르|불러|오라|데리러|기다리)[^?!]{0,24}?"
        + r"(꿈|저승|저세상|하늘)[^?!]{0,16}?"
        + _FOLLOW_NOW,
        not_after=r"^[^.?!]{0,10}?(산소|성묘|제사|병원|집|시장|경로당|교회|절)",
    ),
    # d34 (probes): the reaper waited for ("저승사자가 요새 안 오나 문 열어놓고 기다려"); not a drama's
    CrisisPattern(
        id="death_wish.d34g",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="the reaper waited for",
        guard_class=GuardClass.DESIRE,
        regex=r"저승사자(가|는|를|도|님)?[^.?!]{0,12}?(기다려|기다리|기다린|언제오|안오나|왜안오|빨리오|어서오|안데려가|좀데려가|데려가지)",
    ),
    # d34 (probes): one's birthday feast cancelled as one will not be there by then ("내 칠순 잔치는 하지 마라
    # 그때까지 안 있을 거니까")
    CrisisPattern(
        id="farewell.d34",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 인사",
        label_en="a feast cancelled as one will not be there by then",
        guard_class=GuardClass.FAREWELL,
        regex=r"(잔치|생일|생신|환갑|칠순|팔순|구순|여행|결혼식|돌잔치)(는|은|도|상)?(하지마|하지말|안해도|준비하지마|준비하지말|차리지마|필요없)"
        r"[^.?!]{0,10}?(그때까지|그때는|그날까지|그날은|그때)(는|엔)?(나|내가|난)?(안있을|없을|읎을|여기없을|못있을|살아있지않을)"
        r"(거|꺼|테|것|끼|겨)",
    ),
    # d34 (probes): one's own rite asked for on the late spouse's day ("니 아버지 제삿날 나도 같이 지내주라")
    CrisisPattern(
        id="join_dead_plan.d34",
        kind=PatternKind.ACTIVE,
        code="join_dead_plan",
        label_ko="먼저 간 사람 따라갈 계획",
        label_en="one's own rite asked for on the late one's day",
        guard_class=GuardClass.DESIRE,
        regex=r"(제삿날|제사날|기일|기일날|제사)(에|때|날|도)?(나도|내도|내것도|내거도|내제사도|나까지|내꺼도|내제사)(같이|함께|한꺼번에|한날|한날에)"
        r"(지내|지내주|지내도|지내라|모셔|차려|올려)",
    ),
    # d34 (probes): going into the water thought of as a relief ("저수지 … 물 보면서 저기 들어가면 편하겠다
    # 싶어"); not a bath, a hot spring or a swim
    CrisisPattern(
        id="death_wish.d34h",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="going into the water thought of as a relief",
        guard_class=GuardClass.DESIRE,
        regex=r"(저수지|강물|강|바다|물|한강|호수|댐)[^.?!]{0,20}?(저기|거기|저|그)?(다|에|에다)?(들어가면|뛰어들면|빠지면|들어가믄|빠지믄|뛰어들믄|들어가불면)"
        r"(편하|편할|편히|그만|끝)(겠|것|겄|갰|을|할|긋|지)",
        not_before=r"(온천|탕|욕조|목욕|반신욕|수영장|계곡|족욕|찜질|해수욕|물놀이|더워|더운|덥)[^.?!]{0,20}",
        not_after=r"^[^.?!]{0,12}?(물놀이|수영|헤엄|발담|시원|손주랑|애들이랑|같이|낚시|허리|무릎|다리|관절)",
    ),
    # d34 (probes): the children freed of one's burden, as a promise ("너희한테 짐만 돼서 이제 편하게 해줄게"); not
    # a move into a home or out of the house
    CrisisPattern(
        id="farewell.d34b",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 인사",
        label_en="the children freed of one's burden, as a promise",
        guard_class=GuardClass.FAREWELL,
        regex=r"(짐만|짐이|짐덩어리|폐만|부담만|고생만|걱정만)(돼서|되어서|되서|시켜서|끼쳐서|줘서|끼치고|시키고)[^.?!]{0,8}?(이제|인자|인제|곧|고마)"
        r"(편하게|편히|홀가분하게|편케|자유롭게)(해줄게|해줄께|해주께|해줄란다|해주련다|해줄거|해줄께요|해줄게요|놔줄게|놓아줄게|해주마|해줄끼)",
        not_after=r"^[^.?!]{0,16}?(요양원|요양병원|이사|나가살|따로|혼자살|방얻|시설|실버|들어갈|들어가)",
    ),
    # d34 (probes): the water calling one ("다리 밑에 가서 앉아 있으면 물소리가 날 부르는 것 같어"); not the sea's call
    # to a trip
    CrisisPattern(
        id="death_wish.d34i",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="the water calling one",
        guard_class=GuardClass.DESIRE,
        regex=r"(물소리|강물|물이|저수지|물속|시커먼물|깊은물)(가|이)?(자꾸)?(나를|날|내를)(부르|불러|오라|당기|끌어당기|잡아당기)"
        # (its intensifier is no hearsay: "불러대", "불러싸")
        r"(대|쌓|싸|샀|쌌|제끼)?",
        not_after=r"^[^.?!]{0,16}?(여행|놀러|낚시|가자|휴가|구경|수영|물놀이)",
    ),
    # d31 (probes): lying down so as not to get up again, after readying oneself ("목욕 깨끗이 하고 새 옷 입고 누울
    # 거야 안 일어나게"); a fire of charcoal or briquettes lit in the room itself (not a briquette stove, "연탄난로")
    CrisisPattern(
        id="not_wake_up.d31",
        kind=PatternKind.PASSIVE,
        code="not_wake_up",
        label_ko="깨어나지 않기를 바람",
        label_en="lying down so as not to get up again",
        guard_class=GuardClass.DESIRE,
        regex=r"(누울|누워잘|잠들|잘)(거|꺼|겨|끼|란다|래|련다|라고|라꼬)(야|다|여|요)?[.…,~]*"
        r"(다시는|영영|두번다시)?(안|못)(일어나|깨어나|깨)(게|도록|지않게)(?!조용|살살|해라|해줘|하자|문닫|불꺼)",
    ),
    CrisisPattern(
        id="means_charcoal.d31",
        kind=PatternKind.ACTIVE,
        code="means_charcoal",
        label_ko="번개탄·숯 준비",
        label_en="charcoal lit in the room",
        guard_class=GuardClass.MEANS,
        regex=r"(방|방안|안방|작은방|방구석)(에|에다|에다가|안에)(번개탄|숯|연탄(?!난로|보일러|아궁이))(불)?(을|를|하나|한장|두장|좀)?"
        r"[^.?!]{0,4}?(피워|피우|지펴|지피|피울|붙여)",
    ),
    # d31 (probes of the forms no set held): a day without the wish denied ("죽고 싶지 않은 날이 없어": every day),
    # living called worse than dying ("사는 게 죽는 것만 못해"), no will left to live ("더 살 맘이 없어"; not a thing
    # to buy, "그 옷 살 맘이 없어": 살 is also "buy")
    CrisisPattern(
        id="death_wish.d31b",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="no day without the wish to die",
        guard_class=GuardClass.DESIRE,
        regex=r"죽고(싶|잡|시프|시퍼)지(않|안)은(날|때|적|밤)(이|은|도)?(하루도|한번도|단하루도|한시도)?(없|읎|웂)(?!었|던)",
        # (not a past told over: "… 날이 없었는데 이제는 괜찮아")
    ),
    # d36: this life prayed or wished to be ended soon ("부처님께 이번 생 빨리 끝내주고 다음 생엔 안 태어나게 해달라고
    # 빌어요", ko_train_blind_short96); not a stage of life finished ("이번 생 숙제는 다 끝냈다")
    CrisisPattern(
        id="death_wish.d36",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="this life wished to be ended soon",
        guard_class=GuardClass.DESIRE,
        regex=r"(이번|이|요번)생(은|을|이|도)?(그만|빨리|얼른|어서|고마|퍼뜩|싹)(좀)?(끝내|끝나|마치|거둬|거두)"
        r"(주|줘|게|었으면|면좋|믄좋|기를|길|시라|달라|라고)",
        not_before=_SOMEONE_NAMED_BEFORE,
    ),
    CrisisPattern(
        id="death_wish.d31c",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="asks why death does not come, a life too long",
        guard_class=GuardClass.DESIRE,
        # "왜 안 죽는지 모르겠어", "이 몸은 왜 이리 안 죽노"; "명이 너무 길어서 탈이야", "명줄이 질겨서 원수여"
        regex=r"(왜|어째|우째|어찌|어째서)(이렇게|이리|이래|요래|이래도|그리)?(안|못)죽(는지|나|노|능가|는가|을까|고|어)|"
        r"(명|명줄|목숨)(이|도|은|줄이)?(너무|참|징그럽게|모질게|질기게|이리|이렇게)?(길어|길다|질겨|질기|길구|질어|질다|질구)[^.?!]{0,4}?"
        r"(탈|원수|죄|한|큰일|문제|웬수|징그)",
        # (of someone named right before: "그 양반은 왜 안 죽나 몰라 술을 그렇게 먹고도")
        not_before=_SOMEONE_NAMED_BEFORE,
    ),
    CrisisPattern(
        id="no_reason_to_live.d31",
        kind=PatternKind.PASSIVE,
        code="no_reason_to_live",
        label_ko="살 이유 없음",
        label_en="living worse than dying",
        guard_class=GuardClass.DESIRE,
        regex=r"(사는|살아있는|살아가는)(게|것이|거|기|것은|건)(차라리)?(죽는|죽느니|죽은)(것|거|니|기)?(만|보다)(도)?"
        r"(못|더힘들|더괴롭|더고통)",
    ),
    CrisisPattern(
        id="no_reason_to_live.d31b",
        kind=PatternKind.PASSIVE,
        code="no_reason_to_live",
        label_ko="살 이유 없음",
        label_en="no will left to live",
        guard_class=GuardClass.DESIRE,
        regex=r"(더|더는|더이상|이제|인제|인자|오래|계속)?살(맘|마음|의욕|기력|이유|힘)(이|도|은)?(하나도|통|영|별로|더는|이제)?"
        r"(없|읎|웂|안나|안생)",
        not_before=r"(을|를|거|걸|것|건|옷|집|차|땅|물건|데|곳)$",
        # (a purchase after all: "살 맘이 없어서 안 샀어 너무 비싸더라")
        not_after=r"^[^.?!]{0,10}?(안샀|안사|못샀|못사|비싸|비쌌|값|가격|살까|사려|사야|샀)",
    ),
    # Why one is still here, asked of oneself ("내가 왜 아직 여기 있나 몰라요", "나는 뭐하러 아직 이 세상에 남아
    # 있노"): no reason to live.
    CrisisPattern(
        id="no_reason_to_live.d25",
        kind=PatternKind.PASSIVE,
        code="no_reason_to_live",
        label_ko="살 이유 없음",
        label_en="asks why one is still here",
        guard_class=GuardClass.DESIRE,
        regex=r"(내가|나는|난|제가|저는)(왜|뭐하러|뭣하러|머하러|뭐땜에)(아직|아직도|여태|여직)(여기|이세상에|이승에|이땅에)?"
        r"(있나|있는지|있노|있는가|남아있|남아가|붙어있)",
        # (not a wait: "내가 왜 아직 여기 있나 몰라 버스가 안 와서")
        not_after=r"^[^.?!]{0,16}?(버스|차가|택시|기차|안와|안오|기다리|줄이|순서|차례|진료|접수)",
    ),
    # d25f (blind_long34, read after its first figures): gone to where the late one is, wished, with words between
    # ("이제 자당 그냥 하르방 이신 디 가 불민 좋으켜", "자다가 영감 있는 데로 가 버리면 좋겠다")
    CrisisPattern(
        id="join_the_dead.d25f",
        kind=PatternKind.PASSIVE,
        code="join_the_dead",
        label_ko="먼저 간 사람 따라가기",
        label_en="wish to go where the late spouse is",
        guard_class=GuardClass.DESIRE,
        regex=r"(하르방|할망|영감|할멈|마누라|남편|아내|집사람|바깥양반)(이|가)?(이신|있는|계신|간)(디|데|곳)(로|에|으로)?(나도|내도)?(그냥|고마|얼른)?"
        r"(가|가불|가부|가붕|가버리|가삐|가뿌)(민|면|믄|으면|리면|리믄)(좋|조|원이없)",
        not_before=r"(병원|요양원|요양병원|입원)[^.?!]{0,16}$",
        not_after=_SPOUSE_VISITED,
    ),
    # d25d (blind_long31, read after its first figures): the late one told to wait, and not long now ("할매가
    # 달그락거리는 거 같다. 기다리라 캤다. 인자 오래 안 기다리게 할 끼다"): the joining of the dead, soon.
    CrisisPattern(
        id="join_the_dead.d25d",
        kind=PatternKind.PASSIVE,
        code="join_the_dead",
        label_ko="먼저 간 사람 따라가기",
        label_en="the late one told not to wait long",
        guard_class=GuardClass.DESIRE,
        regex=r"(영감|할매|할배|할멈|마누라|남편|아내|집사람|하르방|할망|꿈에|산소|제사|먼저간|먼저가신)[^?!]{0,40}?"
        r"(기다리라|기다려라|기다리소|기다리이소|기다려)[^?!]{0,16}?(인자|이제|인제|곧|얼마)?(오래)?(안|못)기다리게"
        r"(할|하께|해줄|하꾸마|할께|할게)",
    ),
    # d25d: insulin or dialysis stopped (asked about, then "그것도 … 안 맞았어"), the stopping called the quiet way
    # ("이렇게 하는 게 제일 조용하겠더라고 … 알아서 멈추게 두는 거지"): stopping treatment to die.
    CrisisPattern(
        id="stop_treatment.d25d",
        kind=PatternKind.ACTIVE,
        code="stop_treatment",
        label_ko="치료 중단",
        label_en="treatment stopped as the quiet way to go",
        guard_class=GuardClass.DESIRE,
        # (the match opens at the speaker's "안 맞았어": the treatment is often named in the caller's question)
        regex=r"(안맞았|안맞아|안맞고|안받았|안받고)[\s\S]{0,160}?(제일조용|조용하겠|멈추게두|멈추게놔|알아서멈추)",
    ),
    # d25c (blind_short34 and blind_short35, read after their first figures). Fuel named and oneself burnt with it
    # ("남은 건 석유 한 통이여. 그걸로 나까지 마저 태우면 깨끗하지"): a method with intent.
    CrisisPattern(
        id="method.d25c",
        kind=PatternKind.ACTIVE,
        code="method",
        label_ko="방법 계획",
        label_en="oneself burnt with the fuel named",
        guard_class=GuardClass.MEANS,
        regex=r"(석유|기름|휘발유|등유|신나|시너|경유)[^?!]{0,30}?(그걸로|그거로|그걸루|그기로|그놈으로)?(나까지|나도|내몸|내몸에|나를|날|내몸까지)"
        r"(마저|같이|다|도|확|싹)?(태우|태워|불붙|불지르|불질러|뒤집어쓰|끼얹|부어)",
        not_after=r"^[^.?!]{0,10}?(조심|큰일|위험|안돼|안되|말어|마라|말아|뻔했|뻔했어)",
    ),
    # Swept away at the place in the next flood ("다음에 비 오면 물 불은 그 다리 가서 설 거다. 그때 같이 떠내려가면
    # 그만이지"): a place, a time and the end it brings.
    CrisisPattern(
        id="means_place_plan.d25c",
        kind=PatternKind.ACTIVE,
        code="means_place_plan",
        label_ko="장소·수단 계획",
        label_en="swept away at a bridge or a bank in a flood, wished as the end",
        guard_class=GuardClass.MEANS,
        regex=r"(다리|둑|방죽|강|개울|냇가|저수지|물가|제방)[^?!]{0,30}?(떠내려가|휩쓸려가|휩쓸려|떠내려|쓸려가)"
        r"(면|믄|버리면|뿌면|불면|삐면|모)(그만|끝|되|좋|깨끗|편하)",
        not_before=r"(애|아이|애기|손주|손자|손녀|강아지|소|송아지|차|집|논|밭|비닐하우스)(가|이|는|은|들|도)?[^.?!]{0,10}$",
    ),
    # d28: something hung or tied that broke, and one's life called too tough right after ("빨랫줄이 왜 저리
    # 끊어져 있소 / 내가 걸었는디 끊어져 불더라고. 명도 질기제"): the survivor's regret; not a line that broke with
    # nothing said of one's life
    CrisisPattern(
        id="aborted_attempt.d28",
        kind=PatternKind.ACTIVE,
        code="aborted_attempt",
        label_ko="중단된 시도",
        label_en="aborted attempt (what was hung broke, life called too tough)",
        guard_class=GuardClass.MEANS,
        regex=r"((걸었|매달았|맸|묶었|걸어놨|매놨|매달아놨)|(줄|끈|빨랫줄|밧줄|노끈|전깃줄)(로|을|를)(해봤|해봣|매봤|걸어봤))"
        r"(는디|는데|더니|드니|지만|는데요|는디요)[^?!]{0,16}?(끊어|끊겨|풀려|떨어|부러)"
        # (the life one's own: no other person named between, "우리 엄마 명도 참 질기지")
        r"(?:(?!엄마|어머니|아버지|아부지|영감|할멈|마누라|남편|아들|딸|손주|그양반|그놈|그사람|고양이|강아지|개가)[^?!]){0,30}?"
        r"((명|목숨|숨)(도|이|은|줄)?(참|참말로|징하게|어지간히|지독히|되게|엄청|더럽게)?(질기|질긴|모질|모진)|"
        # (or even going called unlucky: "그제 빨랫줄로 해봤는디 끊어져부렀어 호호. 나는 가는 것도 복이 없나벼")
        r"(가는|죽는)(것도|거도|것두|기도)(복|운|팔자)(이|도)?(없|읎))",
        not_before=r"(전화|통화|핸드폰|휴대폰|폰)(를|을|도|는)?[^.?!]{0,6}$",
    ),
    # d28: walking into the water, said as what one will do ("담주 영감 기일에 거기 물속으로 걸어들어갈거야"); not
    # wading in to fish, to dig clams or after a child
    CrisisPattern(
        id="method.d28",
        kind=PatternKind.ACTIVE,
        code="method",
        label_ko="방법 계획",
        label_en="walking into the water",
        guard_class=GuardClass.MEANS,
        regex=r"(물속|물속에|바닷속|강물속|강물|바닷물|호수|저수지|댐물|물)(으로|로|에|속으로)?(그냥|혼자|천천히|나도|같이)?"
        r"걸어(서)?들어(갈|가려|가버릴|갈라|갈려|가불|가뿔|가삘|가부릴)(거|꺼|끼|겨|래|란다|라꼬|라고|려고|려구|께|까|테)",
        not_before=r"(수영|물놀이|해수욕|물질|잠수|낚시|조개|다슬기|갯벌|바지락|올갱이|그물|손주|손자|손녀|애들|아이들|강아지)"
        r"[^.?!]{0,20}$",
        not_after=r"^[^.?!]{0,20}?(그물|낚시|고기잡|조개|다슬기|올갱이|바지락|건지|구하|꺼내|수영|씻)",
    ),
    # d28: the gas let out and the speaker to lie in the closed room, said ahead ("그날 아침에 문 걸어잠그고 가스
    # 밸브 다 열어놓고 안방에 누워있을끼다"): aborted_attempt.4's act as a plan; not a gas heater or boiler turned up
    # to lie warm
    CrisisPattern(
        id="method.d28b",
        kind=PatternKind.ACTIVE,
        code="method",
        label_ko="방법 계획",
        label_en="the gas let out, to lie in the room",
        guard_class=GuardClass.MEANS,
        regex=r"가스(?!불|레인지|렌지|보일러|난로|히터)(밸브|중간밸브|꼭지|호스|관)?(를|을|도)?(다|전부|싹|활짝|죄다)(열어|틀어|풀어)"
        r"(놓고|놔두고|놓은채|둔채|놔놓고|두고)[^.?!]{0,16}?(방|안방|작은방|거실|부엌)?(에|서|에서)?"
        r"(누워|앉아|드러누워)(있을|있을라|있을란다|있을거|있을꺼|있을끼|있으련다|있겠|있을라꼬|있을라고|있을려고|있을께|있을테)",
        not_after=r"^[^.?!]{0,20}?(따뜻|따땃|뜨끈|뜨뜻|훈훈|데워|녹이|밥|국|찌개|요리)",
    ),
    # d28: going down with the house or the boat, said as what one will do ("마을 잠기는 날 우리집이랑 같이
    # 가라앉을거야 ㅠ 다 정해놨어"); not a near miss told ("배랑 같이 가라앉을 뻔했어")
    CrisisPattern(
        id="method.d28c",
        kind=PatternKind.ACTIVE,
        code="method",
        label_ko="방법 계획",
        label_en="going down with the house, said ahead",
        guard_class=GuardClass.MEANS,
        regex=r"(집|우리집|내집|배|마을|동네|고향집)(이랑|하고|허고|과|와|캉|하구|이하고)(같이|함께|한꺼번에|한께)(나도)?"
        r"(가라앉을|가라앉아버릴|잠길|물에잠길|묻힐|타버릴|불타버릴|떠내려갈)(거|꺼|끼|겨|란다|래|라꼬|라고|려고|테|께|랑께)",
    ),
    # d28c: letters to be read after one is gone ("나 가고 나서 읽으라고", "내 없어지고 나서 보라꼬 쓴 기다"); not a
    # trip's note ("여행 가고 나서 읽어 봐")
    CrisisPattern(
        id="preparation_note.d28c",
        kind=PatternKind.ACTIVE,
        code="preparation_note",
        label_ko="유서·편지 준비",
        label_en="letters to be read after one is gone",
        guard_class=GuardClass.PREP,
        regex=r"(나|내|내가|엄마|아빠|아부지|할미|할매|할배|애비|에미)(가)?(가고|죽고|없어지고|떠나고|가거든|죽거든|없어지거든|없거든)"
        r"(나서|난뒤|난담에|난다음|나믄|나면|나서는)?(읽으|읽어|읽|보|열어보|뜯어보|펴보|뜯어)(라|라고|라꼬|라구|거라|그라|래|래이)",
        not_before=r"(여행|출장|병원|입원|수술|서울|미국|시골|이사|장|시장|교회|절)[^.?!]{0,12}$",
    ),
    # d28c: eyes closed for good wished as ease ("이대로 눈 감아불면 편하겄소"); the perfective (-아 버리다) only, not
    # eyes closed to rest ("눈 감으면 편하다")
    CrisisPattern(
        id="not_wake_up.d28",
        kind=PatternKind.PASSIVE,
        code="not_wake_up",
        label_ko="깨어나지 않기를 바람",
        label_en="eyes closed for good wished as ease",
        guard_class=GuardClass.DESIRE,
        regex=r"(이대로|그냥|고마|영영|확|콱)?눈(을)?(감아|감어)(불|버리|뿌|삐|부|버)(면|믄|민|모)(참|차라리)?"
        r"(편하|편할|편켔|편허|편하겄|편허겄|좋겠|좋것|좋겄|원이없|소원)",
    ),
    # d28c: the charcoal's way told as known, in answer about one's own ("창고에 번개탄은 왜 있어? / 그냥. 문 꼭 닫고
    # 피우면 조용히 간다더라"); not the gas or a grill, and not told of someone in the news (the guards)
    CrisisPattern(
        id="method.d28d",
        kind=PatternKind.ACTIVE,
        code="method",
        label_ko="방법 계획",
        label_en="the way of the fumes told as known",
        guard_class=GuardClass.MEANS,
        regex=r"(문|창문|방문)(을|도)?(꼭|꽉|다|딱)?(닫고|잠그고|막고|걸어잠그고)[^.?!]{0,6}?(피우|피워|태우|때)(면|믄|모|민)"
        r"[^.?!]{0,6}?(조용히|편하게|편히|스르르|잠자듯|자는듯|아프지않게|안아프게)(간다|가|죽|잠든|간대|간다더라)",
    ),
    # d28c: no intention to see out the month ("이달 넘길 생각도 없으니"), said of oneself
    CrisisPattern(
        id="timing.d28",
        kind=PatternKind.ACTIVE,
        code="timing",
        label_ko="시기 언급",
        label_en="no intention to live past a near time",
        guard_class=GuardClass.DESIRE,
        regex=r"(이달|이번달|올해|이번겨울|이겨울|올겨울|이번주|이번설|이여름|올여름|이봄|올봄)(은|을|도)?(넘길|넘기려는|넘길라는|넘길려는|버틸)"
        r"(생각|마음|맘)(이|은|도)?(없(?!이)|읎(?!이)|엄|어서|어수)",
    ),
    # d28c: not to be here tomorrow morning, said of oneself ("내 내일 아침이면 여 없을끼다"); not a trip ("내일
    # 아침이면 여기 없을 거야 서울 가")
    CrisisPattern(
        id="going_final.d28",
        kind=PatternKind.ACTIVE,
        code="going_final",
        label_ko="떠남 암시",
        label_en="not here tomorrow morning",
        guard_class=GuardClass.FAREWELL,
        regex=r"(내일|낼|모레)(아침|새벽|밤)?(이면|이믄|되면|되믄|엔|에는)(여|여기|이집|이세상|집에)?(는)?(없을|읎을|없일)"
        r"(끼다|거다|기다|기라|거야|꺼야|겨|끼라|거여|거요|끼요|꺼다|끼야)",
        not_after=r"^[^?!]{0,30}?(서울|여행|병원|입원|수술|딸네|아들네|딸집|아들집|출장|일하러|시골|이사|간다|갈거|갈꺼|가요|"
        r"갑니다|다녀|갔다올|갔다와|댕겨|놀러|보러)",
    ),
    # d28c: pain patches or pills put on or taken all at once before sleep, so as not to wake ("허리 통증패치 남은거
    # 열장 한꺼번에 붙이고 잘라구유 낼아침엔 안일어나도 되게")
    CrisisPattern(
        id="means_other_plan.d28",
        kind=PatternKind.ACTIVE,
        code="means_other_plan",
        label_ko="약물 과다 계획",
        label_en="patches or pills all at once before sleep, not to wake",
        guard_class=GuardClass.MEANS,
        regex=r"(패치|파스|약|알약|수면제|진통제|마약성)[^.?!]{0,16}?(한꺼번에|한번에|몽땅|전부)(다)?(붙이|먹|묵|삼키|털어)(고|구|꼬)"
        r"[^?!]{0,12}?(잘|자)(라구|라고|라꼬|려고|려구|을라|을란다|께|께요|을게)[^?!]{0,20}?(안|못)(일어나|깨|깨어나)",
    ),
    # d26c: whether a life insurance pays out on a suicide, asked ("사망보험금 자살도 나오는거 맞죠? 가입한지 3년
    # 넘었어요")
    CrisisPattern(
        id="plan_stated.d26c",
        kind=PatternKind.ACTIVE,
        code="plan_stated",
        label_ko="계획 언급",
        label_en="whether insurance pays out on a suicide, asked",
        guard_class=GuardClass.MEANS,
        regex=r"(사망보험금|사망보험|생명보험|종신보험|보험금|보험)(은|이|도)?[^.?!]{0,10}?자살(도|은|이|해도|하면)?[^.?!]{0,8}?"
        r"(나오|나와|받|지급|되나|돼요|되죠|돼죠|되는)",
        not_after=r"^[^.?!]{0,30}?(뉴스|기사|드라마|친구|그사람|남의|어떤사람)",
    ),
    # d26b: how many pills ruin the liver, asked ("타이레놀 몇 알 먹으면 간이 망가져? 집에 두 통 있어"): a lethal
    # dose sought
    CrisisPattern(
        id="method_search.d26b",
        kind=PatternKind.ACTIVE,
        code="method_search",
        label_ko="방법 탐색",
        label_en="the dose that harms an organ, asked",
        guard_class=GuardClass.MEANS,
        regex=r"(몇알|몇개|몇통|몇병|얼마나|몇봉지|한통|두통)(을|를|이나|씩)?(한꺼번에|한번에|다)?(먹으면|먹으믄|먹으모|묵으면|묵으믄|삼키면|먹어야)"
        r"[^.?!]{0,4}?(간|콩팥|신장|심장|위)(이|가|은|는)?(망가|상하|상해|멈|녹|터지|터져|나가|망가져)",
        not_after=r"^[^.?!]{0,24}?(조심|주의|안되|안돼|의사|약사|선생님이|하더라|한대|했대|뉴스)",
    ),
    # d26b: food and pills refused so that the end comes sooner ("밥은 안 먹을라구유 약도 뱉어 버렸슈 그래야 빨리 가지")
    CrisisPattern(
        id="refusing_to_live.d26b",
        kind=PatternKind.ACTIVE,
        code="refusing_to_live",
        label_ko="굶거나 약을 끊어 죽으려 함",
        label_en="food or medicine refused so that the end comes sooner",
        guard_class=GuardClass.MEANS,
        regex=r"(안먹|안묵|뱉어|뱉었|끊었|끊고|안드|안삼키|굶)[^.?!]{0,24}?(그래야|그래야지|그래야만|그래야제|그래야쥬|그래야재)"
        r"(빨리|얼른|퍼뜩|어서|고마|일찍)(가지|가제|가쥬|가재|가|죽지|죽제|가것|가겄|갈|떠나지)",
        not_after=r"^[^.?!]{0,12}?(살빠|살이빠|날씬|검사|병원|버스|기차|시장|약속)",
    ),
    # d26b: a window's handle taken off, and a tool asked for ("6층 창문 손잡이를 빼놨더라 드라이버 하나만 갖다다오")
    CrisisPattern(
        id="means_place_plan.d26d",
        kind=PatternKind.ACTIVE,
        code="means_place_plan",
        label_ko="위험 장소 물색",
        label_en="a window's lock taken off and a tool asked for",
        guard_class=GuardClass.MEANS,
        regex=r"(창문|창|베란다)(문)?[^.?!]{0,4}?(손잡이|잠금장치|잠금|고리|스토퍼)(를|을|도)?(다)?(빼|떼|잠가|잠궈|막아|고정해)(놨|놓|뒀|두었)"
        r"[^?!]{0,24}?(드라이버|펜치|몽키|스패너|공구|연장|열쇠)(하나|좀)?(만)?(갖다|가져다|사다|구해)",
    ),
    # d26: the beam a cord would fit, judged ("이 끈은 뭐 하시게요? … 광 대들보에 딱 맞겄등만"); not timber for a repair
    CrisisPattern(
        id="means_hanging.d26",
        kind=PatternKind.ACTIVE,
        code="means_hanging",
        label_ko="목맴 장소 물색",
        label_en="a beam judged to fit",
        guard_class=GuardClass.MEANS,
        regex=r"(대들보|들보|서까래)(에|에다|에다가)(딱|꼭|잘|아주|마침)?(맞겄|맞겠|맞것|맞을|맞더|맞드|맞네|맞구만|맞겠더|맞겄더)",
        not_before=r"(나무|목재|각목|판자|기둥|널빤지|널판|목수|자재|못|나사|페인트|도배)[^.?!]{0,12}$",
    ),
    # d26: the way to a bridge or a drop asked in the night ("그 한강다리 가는 버스 첫째 몇 시에 있어"); not an outing
    CrisisPattern(
        id="means_place_plan.d26",
        kind=PatternKind.ACTIVE,
        code="means_place_plan",
        label_ko="위험 장소 물색",
        label_en="the way to a bridge or a drop asked",
        guard_class=GuardClass.MEANS,
        regex=r"(한강다리|다리위|철교|절벽|낭떠러지|벼랑)(로|에|까지)?(가는|까지가는)(버스|차|전철|지하철|기차)?"
        r"(첫차|첫째|첫버스|막차|막버스|새벽차|밤차)(가|는)?[^.?!]{0,4}?(몇시|언제)",
        not_after=r"^[^.?!]{0,20}?(구경|산책|운동|놀러|낚시|자전거|친구|모임|여행|출근|일하러|병원)",
    ),
    # d26: a height judged enough ("15층이면 확실하겠죠"); not a flat's light or view
    CrisisPattern(
        id="means_place_plan.d26c",
        kind=PatternKind.ACTIVE,
        code="means_place_plan",
        label_ko="위험 장소 물색",
        label_en="a height judged enough",
        guard_class=GuardClass.MEANS,
        regex=r"([0-9]{1,2}|십|십오|이십|몇)층(이면|이믄|이모|정도면|높이면)(확실|충분|되겠|될까|되나|되것|될랑가|안살|못살|살겠|살까)",
        not_after=r"^[^.?!]{0,24}?(햇빛|햇볕|볕|전망|경치|조망|채광|집값|엘리베이터|이사|바람|뷰|층간|소음)",
        not_before=r"(햇빛|햇볕|볕|전망|경치|조망|채광|집값|엘리베이터|이사|바람|뷰|층간|소음)[^.?!]{0,20}$",
    ),
    # d26: the floor asked and the chair pushed to the window ("여기 사층 맞지? 휠체어 창가에 바짝 붙여 줘"): a drop
    CrisisPattern(
        id="means_place_plan.d26b",
        kind=PatternKind.ACTIVE,
        code="means_place_plan",
        label_ko="위험 장소 물색",
        label_en="the height asked, by a window",
        guard_class=GuardClass.MEANS,
        regex=r"(몇층|[일이삼사오육칠팔구십0-9]{1,2}층)(맞지|맞나|맞제|맞어|맞냐|맞죠|이지|이제|이여|이냐|이야)[?]?[^?!]{0,30}?"
        r"(창가|창문|베란다|난간)(에|으로|쪽으로|앞에|앞으로|가에)(바짝|딱|좀|가까이)?(붙여|대|밀어|데려|놔|가)",
        not_after=r"^[^.?!]{0,20}?(경치|전망|구경|바람|햇볕|햇빛|화분|빨래|환기|꽃)",
    ),
    # A means obtained to be used on a day of mourning ("어제 철물점서 끈 사 왔어. 마누라 백일 되는 날 쓸라고"):
    # obtaining with a timing.
    CrisisPattern(
        id="timing.d25c",
        kind=PatternKind.ACTIVE,
        code="timing",
        label_ko="시점 계획",
        label_en="a means obtained for a day of mourning",
        guard_class=GuardClass.MEANS,
        regex=r"(끈|밧줄|노끈|수면제|농약|제초제|그라목손|청산가리|쥐약)(을|를|도|하나|한병|한통)?[^?!]{0,30}?"
        r"(기일|제삿날|제사날|백일|49재|사십구재|첫기일|동짓날)(되는날|날|에|때)?[^.?!]{0,6}?"
        r"(쓸라|쓰려|쓸려|쓸거|쓸꺼|쓸끼|쓸란|쓸랑|먹을라|먹으려|마실라)",
    ),
    # Asked to be called to the dead ("아들 곁으로 빨리 불러 달라고요"), or why one was not taken too ("그때 나도
    # 같이 데려가지 그랬냐고"): a wish to be taken.
    CrisisPattern(
        id="taken.d25c",
        kind=PatternKind.PASSIVE,
        code="taken",
        label_ko="데려가 주기를 바람",
        label_en="asked to be called to the dead",
        guard_class=GuardClass.DESIRE,
        regex=r"(곁으로|옆으로|한테로|있는데로|계신데로|있는곳으로)(나를|날|나도|저도|저를)?(빨리|얼른|어서|좀|하루빨리)?(불러|데려)(가)?"
        r"(달라|주세요|주소|주이소|주라|줬으면|주시라|주십사)|"
        r"(나도|날도|나까지|저도|나를|날)(같이|함께)?(데려가지|데리고가지|데려가시지|델꼬가지|데꼬가지)(그랬|왜|않고|안고)",
        not_after=r"^.{0,10}(병원|시장|학교|집에|구경|놀러|여행|교회|성당|절에|경로당)",
    ),
    # The dead calling in a dream and a going to a lethal place ("하르방이 꿈에 왕 오라 오라 햄서 오늘 곱닥한 옷 입엉
    # 바당 절벽에 가젠"): the call answered, a plan.
    CrisisPattern(
        id="join_dead_plan.d25",
        kind=PatternKind.ACTIVE,
        code="join_dead_plan",
        label_ko="먼저 간 사람 따라갈 계획",
        label_en="called in a dream, going to a lethal place",
        guard_class=GuardClass.DESIRE,
        regex=r"(꿈에|꿈속에|꿈에서)[^.?!]{0,16}?(오라|가자|와라|온나|오너라|데리러|불러|부르|손짓)[^.?!]{0,30}?"
        r"(절벽|낭떠러지|벼랑|바다|바당|강물|강|저수지|다리|대교|방파제|옥상|갯바위|철길|기찻길)(에|엘|으로|로|위로|끝에)(좀|혼자|그냥)?"
        r"(올라)?(가젠|가쿠|갈라꼬|갈거|갈꺼|갈끼|갈란다|갈라고|가려고|가볼라|가볼란다|가야겠|가야지|갈께|갈게|간다)",
    ),
    # ---- d36: ko_train_dev_short_crisis2's misses (80 crises written to be read, said obliquely; 31 below critical
    # at first) and ko_train_blind_short96's (faith and rites, read after its first figures); twins in
    # tests/unit/test_d36.py
    # Taken by the messenger of the dead or by heaven, asked why not yet or when ("저승사자가 내를 까묵었나 와 안 데리고
    # 가노", "이 몸뚱이를 언제 거둬 가실랑가"): a wish to be dead.
    CrisisPattern(
        id="death_wish.d36b",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="asks when or why one is not taken yet",
        guard_class=GuardClass.DESIRE,
        regex=r"(저승사자|염라대왕|하느님|하나님|부처님|조상님|삼신할매)(가|이|는|은|님이|님은|님도|도)?[^.?!]{0,12}?"
        r"(왜|와|어째|우째|언제|빨리|얼른|어서|퍼뜩)[^.?!]{0,4}?(안|못)?(데리고|데려|델꼬|데꼬|잡아|거둬)"
        r"(가노|가나|가냐|가요|가실|가시|갈|가지|가능가|가는지|가줬으면|가주)|"
        r"(이몸|이몸뚱이|이몸뚱아리|이몸뚱어리|내몸|이늙은이|이늙은몸|나|날|나를)(를|을|은|도)?(언제|빨리|얼른|어서|퍼뜩)"
        r"(거둬|데려|데리고|델꼬)(가실|가시|갈|가)(랑가|려나|란가|까|는지|라나|지|꼬|나|노|는가|실랑가)|"
        # (asked to be taken now, "이 몸 그만 거둬 갔으면 좋겠어", ko_train_dev_short_crisis3; not "take me along")
        r"(이몸|이몸뚱이|이몸뚱아리|이몸뚱어리|이늙은이|이늙은몸|나|날|나를)(를|을|은|도)?(그만|고마|인자|이제|제발|어서|빨리|얼른)?"
        r"(거둬|불러)(갔으면|가줬으면|가주면|가시면|가셨으면|갔으믄|가주믄|가주시믄)|"
        # (prayed for, "얼른 나도 불러 가라고 빈다")
        r"(나도|날|나를|저도|저를|이몸)(좀)?(얼른|빨리|어서|퍼뜩|그만)?(불러|거둬|데려)(가라고|가달라고|가시라고|가주라고|가소|가주이소)"
        r"(빈다|빌어|빌었|비나|빌고|기도|빌지|빌제)|"
        # (the late one asked to call one soon, "사진 속 당신은 저렇게 웃는데 … 나도 얼른 불러줘요")
        r"(사진|당신|영감|하늘|산소|저승|하르방|할망|어무이|엄마)[^?!]{0,30}?(나도|날도|저도|나를|날)(좀)?(얼른|빨리|어서|퍼뜩)"
        r"(불러|데려가|데리고가|델꼬가)(줘|주소|주이소|주세요|줘요|가|가소|가요|주라)|"
        # (forgotten by him, "저승사자는 날 잊어부렀는갑소")
        r"(저승사자|염라대왕)(는|은|가|도|님은|님이)?(날|나를|내를|나는|이몸은)?(잊어|까묵|까먹|잊었|깜빡)",
        not_before=_SOMEONE_NAMED_BEFORE,
    ),
    # The day of one's burial or of one's photo on the rite table awaited ("먼저 간 아들 옆에 묻히는 날만 기다려요", "내
    # 사진이 저 상에 올라갈 날이 기다려진다"); not a dish served on a table.
    CrisisPattern(
        id="death_wish.d36c",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="the day of one's burial awaited",
        guard_class=GuardClass.DESIRE,
        regex=r"((사진|영정|위패|이름)(이|도)?[^.?!]{0,6}?(제사상|젯상|제상|상)(에|위에|위로)(올라갈|올라가는|놓일|오를)|"
        r"(옆에|곁에|옆자리에|같이|함께)?(묻히는|묻힐))날(만|을|이|만을)?(손꼽아)?(기다려|기다리|기둘|기다림|세고|세어|센다)",
    ),
    # One's life wished to stop here ("내 명이 딱 여기까지였으면 좋겠어요"); the dead envied ("먼저 간 친구들이
    # 부러워").
    CrisisPattern(
        id="death_wish.d36d",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="one's life wished to stop here, the dead envied",
        guard_class=GuardClass.DESIRE,
        regex=r"(명|목숨|명줄|수명)(이|은|도)?(딱|그냥|고마|마|차라리)?(여기까지|오늘까지|이쯤|여까지|요까지|요기까지)"
        r"(였으면|이었으면|면좋|이면좋|였음|이믄좋|였으믄|이었음|였으모|이었으믄)|"
        r"(먼저간|먼저가신|먼저떠난|죽은|세상떠난|저세상간)(친구|사람|영감|양반|남편|마누라|할멈|동무|이|동창)(들)?"
        r"(이|가|은|는|들이)?(참|너무|정말|억수로|젤|제일)?(부러워|부럽)|"
        # (the day to go there wished to come, "이래 사느니 어여 저승 갈 날이 왔으면 하우"; living like this to stop,
        # "이래 사는 거 고만 했으면 하우"; gone out like a flame, "이대로 스르르 꺼지믄 그기 복이다")
        r"(저승|저세상|하늘나라|황천)(갈|가는)날(이)?(빨리|얼른|어서)?(왔으면|오면좋|왔음|왔으믄|오믄좋|왔으모)|"
        r"(이래|이렇게|이리|요래|이케)사는(거|것|기|게|것도|거도)(고만|그만|인자그만|이제그만)"
        r"(했으면|하고싶|했음|하면좋|했으믄|허고싶|하믄좋|끝났으면|끝냈으면|끝내고싶|끝나면좋|끝났음)|"
        # (rather go than live so, Jeju "이추룩 살 바엔 얼른 가지믄 좋쿠다")
        r"(살|사느|살거)(바엔|바에는|바에야|바에|바엔)[^.?!]{0,6}?(얼른|빨리|차라리|고마)?(가지믄|가면|가믄|죽으면|죽는게|가는게|가는기|가지면)"
        r"(좋|낫|나|편)|"
        # (a fatal illness wished for, "차라리 암이라 했으면 반가웠을 텐데요"; a car's hit wished, "길 건너다 차에
        # 치이기라도 했으면 싶어요")
        r"차라리(암|큰병|불치병|죽을병|말기)(이라|이었으면|이라고|이면|걸렸으면|이었음|였으면)[^.?!]{0,10}?(반가|좋았|좋겠|나았|낫겠|좋을)|"
        r"(차|트럭|버스|덤프)(에|에라도)(치이|치여|받히|받혀)(기라도|서라도|든지|기나)[^.?!]{0,4}?(했으면|갔으면|죽었으면|하면)(싶|좋|해|하)|"
        r"(이대로|그대로|조용히|스르르|스르륵|스르륵)(꺼지|사그라지|스러지)(면|믄|모)[^.?!]{0,6}?(복|좋|편|원이없|소원)|"
        # (d36, ko_train_dev_short_crisis5: the breath wished stopped, "그냥 숨이 딱 멎어버렸으면 싶어"; the morning
        # dreaded for being alive, "아침이 오는 게 무서워요. 오늘도 살아 있구나 싶어서"; waking hated, "아침에 눈 뜨는
        # 게 너무 싫어요"; a long life called a punishment, "이렇게 오래 사는 게 벌이다 싶어"; the late one's place
        # wished for is `join_the_dead.d36`'s)
        r"숨(이|도)?(딱|그냥|확|고마|마)?(멎어|멈춰|끊어|끊겨|멎)(버렸으면|버리면|졌으면|줬으면|부렀으면|뿌렀으면|었으면|으면)(싶|좋|해|하)|"
        r"아침(이|이나)?(오는게|오는것이|오는기)(무서워|무섭|싫어|싫|겁나|두려)[^?!]{0,14}?(살아있|눈떠|눈을떠|깨어)|"
        r"(아침에|아침마다)?(눈|눈을)(뜨는게|뜨는것이|뜨는기|떠지는게)(너무|정말|참|진짜|제일)?(싫|괴롭|지겹|끔찍|원망)|"
        r"(오래|이렇게|이래|이리)(사는게|사는기|사는것이|사는것도)(벌|형벌|죄|고문|지옥|업보)|"
        # (d36: "이렇게 살다가 그냥 어느 날 조용히 꺼졌으면 해요", "나 같은 건 세상에 없는 게 애들 돕는 거다 싶어",
        # ko_train_blind_short98)
        r"(조용히|스르르|스르륵|그냥)(꺼졌으면|사그라졌으면|스러졌으면|꺼지면좋|꺼지믄좋)(해|하|좋|싶|한다)|"
        r"(나같은건|나같은게|나같은것|내가|나는|난)(세상에|이세상에)?(없는|없어지는|사라지는)(게|기|것이|거)[^.?!]{0,8}?(돕는|도와주는|도움|돕)|"
        # (one's going first as a help to them, "내가 먼저 가 주는 게 도와주는 거지"; going there made possible, "나도
        # 그 애 있는 데로 가게 해 주면 좋겄는디")
        r"(내가|제가|나|나만)(먼저|빨리|얼른)가(주는|줘야|주면|주는게)[^.?!]{0,6}?(돕|도와|도움|편하|편해|낫)|"
        r"(나도|날도|저도)[^.?!]{0,10}?(있는|간|계신)(데로|곳으로|디로|데|곳)(가게|보내)(해|해주|주)(면|믄|시면)(좋|원이)",
        # (not words one says one said before, "저도 그 말 그대로 했었어요, 아침에 눈 뜨는 게 싫다고",
        # ko_train_blind_long14)
        not_after=r"^(다고|다꼬|다구|단말|다카|다캐|라고|라꼬|다는말|단소리)",
        not_before=_SOMEONE_NAMED_BEFORE,
    ),
    # One's turn among those who go, set oneself ("가는 데는 순서가 없다지만 나는 내 순서를 내가 정했어").
    CrisisPattern(
        id="plan_stated.d36",
        kind=PatternKind.ACTIVE,
        code="plan_stated",
        label_ko="방법·날짜를 정해 둠",
        label_en="one's own turn to go, set",
        guard_class=GuardClass.DESIRE,
        regex=r"(가는|갈)(데|디|거|것|길|날|때)(는|은|에|엔|도)?순서[^?!]{0,40}?(내|제|나의|나)순서(를|는|도)?(내가|제가|나가|이미|벌써|딱)?"
        r"(정했|정해놨|정해뒀|정해놓|잡았|잡아놨|잡아뒀|정해불|정할라|정하려|정할려|정할거|정한다)|"
        # (the going day chosen oneself, "가는 날을 내가 고르겠다는 거다", ko_train_dev_short_crisis4)
        r"(?<![로에])(가는|갈)날(을|은|는|도)(내가|제가|지가|나가)(고르|고를|골랐|골라|정하|정한|정할|정했|잡)|"
        # (one's going day, set oneself, "내 가는 날은 내가 정한다"; the way back to the earth or heaven, "흙으로 돌아갈
        # 날을 내가 정했어", "이 세상 소풍은 이만하면 됐다. 돌아갈 날은 내가 정했다")
        r"(내|제)(가는|갈)날(은|는)(내가|제가)(정한다|정할|정했|정해놨|정해뒀)|"
        r"((흙으로|하늘로|본향으로|저세상으로|저승으로|하늘나라로)|(소풍|나들이)[^?!]{0,40}?)돌아갈날(은|을|도)?(내가|제가|이미)?"
        r"(정했|정해놨|정해뒀|잡았|잡아놨|받았|받아놨)",
        not_after=r"^.{0,12}(서울|고향|시골|집에|딸네|아들네|여행|비행기|기차|버스|표)",
    ),
    # A move or a trip denied for the other world ("이사 가냐고 묻더라. 이사는 무슨, 저세상 가는 거지"); not a life
    # to be lived here to the end ("이사는 무슨, 저세상 갈 때까지 여기 살 거야").
    CrisisPattern(
        id="going_final.d36",
        kind=PatternKind.ACTIVE,
        code="going_final",
        label_ko="떠나겠다는 말",
        label_en="not a move but the other world",
        guard_class=GuardClass.DESIRE,
        regex=r"(이사|여행|시골|요양원|딸네|아들네)(는|은|가|를)?(무슨|뭔|아니고|아니라|아니여|아이다|아이고)[^.?!]{0,6}?"
        r"(저세상|저승|하늘나라|황천|황천길|북망산)(으로|에|엘|길)?(가는|갈|떠나는|떠날)",
        not_after=r"^.{0,10}(때까지|까지|때꺼정|때꺼지|날까지)",
    ),
    # Not in this world at a time said ("다음 달엔 나 이 세상에 없거든요"); not a prognosis told ("의사가 석 달
    # 남았대"), nor a may-be.
    CrisisPattern(
        id="timing.d36",
        kind=PatternKind.ACTIVE,
        code="timing",
        label_ko="시점 계획",
        label_en="not in this world at a time said",
        guard_class=GuardClass.DESIRE,
        regex=r"(다음달|다음주|내달|담달|담주|내일|낼|모레|이번달|이달|이번주|주말|월말|연말|설|추석|그믐)(엔|에는|이면|쯤|쯤엔|쯤이면|이믄|에|부터)?"
        r"(나|내가|저|제가|난|전|나는|저는|내는)?(이세상|이승|세상)(에|엔|에는|에선)?(없|읎)"
        r"(거든|을거|을꺼|을끼|을테|을겁|어요|어유|어|다|지|습니다|을것|응께|으니께)",
        not_after=r"^.{0,24}(의사|선생님이|병원|남았대|남았다|시한부|진단|모른다|몰라|모르지)",
    ),
    # Starving or freezing called the quiet or painless way ("굶어서 가는 기 제일 조용하다 카대. 벌써 닷새째다",
    # "얼어서 가는 건 안 아프다 드래요"): a method thought of.
    CrisisPattern(
        id="method.d36",
        kind=PatternKind.ACTIVE,
        code="method",
        label_ko="방법 계획",
        label_en="starving or freezing called the quiet way",
        guard_class=GuardClass.MEANS,
        regex=r"(굶어|얼어)(서|가|가꼬|가지고)?(조용히|편하게|편히|금방|아프지않게)(가|죽)(니|니께|겠|지|제|것|겄|ㄹ거|잖)|"
        r"(굶어|얼어)(서|가|가꼬|가지고)?(가는|죽는|가믄|죽으믄|가면|죽으면)(건|게|기|거|것이|것은|기가|거는|기는)?[^.?!]{0,4}?"
        r"(제일|젤|가장|젤로|그래)?(안아프|안아파|하나도안아프|편하|편타|편허|조용|고통없|깨끗)" + HEARD_SAID,
        # (the ease heard is part of it: "… 조용하다 카대" is the speaker's knowing, not someone's act told)
        not_before=r"(애|아이|손주|강아지|고양이|개|소|닭|사람들|옛날|예전|전쟁|그때)(가|이|는|은|들|도|엔|에는)?[^.?!]{0,10}",
    ),
    # d46: a cold night lain out in, and the morning quiet after it ("보일러 기름도 다 떨어졌고. 오늘 밤엔 그냥 마당에
    # 나가 누워 있을라고, 그러면 아침엔 조용하겄지", ko_train_dev_short_crisis14): the night out and its end together
    CrisisPattern(
        id="method.d46",
        kind=PatternKind.ACTIVE,
        code="method",
        label_ko="방법 계획",
        label_en="a night lain out in the cold, the morning quiet after",
        guard_class=GuardClass.MEANS,
        regex=r"(밤|밤에|밤엔|밤에는|오늘밤)[^.?!]{0,8}?(마당|밖|바깥|산|뒷산|눈밭|눈위|논|밭|길바닥)(에|에서|으로)?(나가|나가서|올라가)?"
        r"(그냥)?(누워|드러누워|앉아)(있을라|있으려|있을려|있을|잘|자려|잘라)(고|꼬|구|거|란다|련다)"
        r"[^?!]{0,30}?(아침|내일)(엔|이면|에는|되면|이믄)?[^.?!]{0,6}?(조용하|조용허|다끝나|끝나있|안깨|못일어나|얼어있|굳어있)",
        not_before=r"(별|달|캠핑|텐트|불꽃|반딧불|유성)[^.?!]{0,16}",
    ),
    # Treatment stopped with the time it takes to die said, and the stopping kept to ("안 가믄 열흘이믄 간다든디
    # 그걸로 끝낼라요"); not a reason to keep going ("안 받으면 열흘이면 간대 그래서 꼬박꼬박 갈 거야").
    CrisisPattern(
        id="refusing_to_live.d36",
        kind=PatternKind.ACTIVE,
        code="refusing_to_live",
        label_ko="치료 거부",
        label_en="treatment stopped, its time to death said",
        guard_class=GuardClass.DESIRE,
        regex=r"(안가믄|안가면|안받으면|안받으믄|안하면|안하믄|안맞으면|안맞으믄|안먹으면|안묵으믄|끊으면|끊으믄|안가모|안받으모)"
        r"[^.?!]{0,10}?(열흘|며칠|한달|보름|일주일|이주|사흘|금방|곧|한두달|두달)(이면|이믄|만에|안에|이내|이모)?[^.?!]{0,4}?"
        r"(간다|죽는다|간대|간다든|간다던|죽는대|죽는다든|죽는다던|가겠|간다카|간다캐|간다고|죽는다고)[^?!]{0,24}?"
        r"((그걸로|그렇게|그냥|차라리)(끝낼|끝내|갈|가련|가야겠)|(안갈|안받을|안할|안맞을|안먹을|안묵을)(라|란|래|거|꺼|끼|겨|려|랍))",
    ),
    # Medicine thrown away or food refused, and the body left to stop by itself ("혈압약이랑 심장약 지난주부터 변기에
    # 버렸어요. 이렇게 두면 알아서 멈추겠지요", "밥은 안 묵는다 이래 묵다 보믄 간이 알아서 끝내 주겠제"); not a symptom
    # that stopped ("약 끊었더니 기침이 알아서 멈추더라").
    CrisisPattern(
        id="stop_treatment.d36",
        kind=PatternKind.ACTIVE,
        code="stop_treatment",
        label_ko="치료 중단",
        label_en="medicine or food stopped, the body left to stop",
        guard_class=GuardClass.DESIRE,
        regex=r"(약|혈압약|심장약|당뇨약|인슐린|투석|항암|밥|끼니|곡기|식사)[^?!]{0,40}?(버렸|안먹|안묵|끊었|끊고|안받|안가|안맞|굶)"
        r"[^?!]{0,40}?(알아서|저절로|절로|지절로)(끝내|끝나|멈추|멈출|멎|서|가|데려가)"
        r"(겠|것|겄|주겠|주것|주겄|줄거|줄꺼|줄끼|지요|겠지|겄지|것지|게|ㄹ거)",
    ),
    # Lying down, dressed, not to rise again ("그거 입고 누울 거유. 다시는 안 일어나게유"); not a prayer for it, nor a
    # fear ("다시는 못 일어나게 될까 봐").
    CrisisPattern(
        id="plan_stated.d36b",
        kind=PatternKind.ACTIVE,
        code="plan_stated",
        label_ko="방법·날짜를 정해 둠",
        label_en="lying down not to rise again",
        guard_class=GuardClass.DESIRE,
        regex=r"(누울|누워|잘|잠들|갈|입고|눕|누블|누불)[^.?!]{0,12}?(거|꺼|끼|겨|기|란다|래|라고)[^?!]{0,10}?"
        r"(다시는|영영|영원히|두번다시)(안|못)(일어나|깨어나|깨|눈뜨)(게|도록|게끔|기로)(?!(해|하|돼|되|될|빌|기도|좀|데려))",
    ),
    # Run at a truck or a car, stopped by the driver ("트럭 오는 거 보구 그냥 뛰어들었는디 기사가 급하게 섰어유"): an
    # attempt; not a child's or an animal's.
    CrisisPattern(
        id="recent_attempt.d36",
        kind=PatternKind.ACTIVE,
        code="recent_attempt",
        label_ko="최근 시도",
        label_en="ran in front of a vehicle",
        guard_class=GuardClass.DESIRE,
        regex=r"(차|트럭|버스|화물차|자동차|기차|덤프|택시|열차|경운기)(가|이)?(오는|지나가는|달려오는|들어오는)?(거|걸|것|데|때)?"
        r"(보고|보구|보고서|보자마자)?[^.?!]{0,8}?(그냥|확|일부러|콱)(뛰어들|뛰들|달려들|뛰어나가)"
        r"(었|엇|었는디|었는데|었다|었어|었지|었으|어부렀|어버렸|어뿌)",
        not_before=r"(손주|손자|손녀|애|아이|애기|개|강아지|고양이|고라니|노루|멧돼지|사람|누가|아저씨|아줌마|할매|할배|영감|남편)"
        r"(가|이|는|은|도)?[^.?!]{0,12}",
    ),
    # The railway named, then lying down there ("기찻길. 열한 시 화물차 지나가는 시간 재 보고 있어. 거기 누우려고").
    CrisisPattern(
        id="means_place_plan.d36",
        kind=PatternKind.ACTIVE,
        code="means_place_plan",
        label_ko="위험 장소 물색",
        label_en="to lie on the railway",
        guard_class=GuardClass.MEANS,
        regex=r"(철길|철로|선로|기찻길|건널목|레일)[^?!]{0,50}?(누우려|누울라|누울려|드러누울|드러누우려|누워버릴|누워불|누워뿔|누울)"
        r"(고|꼬|거|꺼|란다|래|라고|기|끼|구)",
        not_after=r"^.{0,8}(벤치|의자|공원|평상|돗자리)",
    ),
    # Farewell to this world made in person (Jeju: "이승 하직 인사 허래 댕겸수다"); not someone else's last rites.
    CrisisPattern(
        id="farewell.d36",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 인사",
        label_en="farewell to this world",
        guard_class=GuardClass.FAREWELL,
        regex=r"(세상|이승)(을|과|에|이랑)?(하직|작별)(인사)?(허래|허레|하러|허러|하레|댕겸|다니|돌|드리러|하고)",
        not_after=r"^.{0,4}(하시|하신|하셨|드리러갔)",
        not_before=_SOMEONE_NAMED_BEFORE,
    ),
    # A funeral not to fall on someone's birthday ("막내 생일 지나고. 그 애 생일날 상 치르게 할 순 없잖아"): one's own
    # death timed.
    CrisisPattern(
        id="timing.d36b",
        kind=PatternKind.ACTIVE,
        code="timing",
        label_ko="시점 계획",
        label_en="one's funeral kept off a day",
        guard_class=GuardClass.DESIRE,
        regex=r"(생일|생신|결혼식|잔칫날|잔치|명절|추석|설|돌)(날|에|날에)?[^.?!]{0,8}?(상|초상|장례)(을|를)?(치르게)"
        r"(할|하기|하면|까지|는)(?!.{0,3}(될|되|돼))",
    ),
    # A burden, settled by one's own hand ("내가 짐인 거 다 알아요. 더 폐 끼치기 전에 내 손으로 정리하기로
    # 마음먹었어요"); not a house's things put in order.
    CrisisPattern(
        id="plan_stated.d36c",
        kind=PatternKind.ACTIVE,
        code="plan_stated",
        label_ko="방법·날짜를 정해 둠",
        label_en="a burden, settled by one's own hand",
        guard_class=GuardClass.DESIRE,
        regex=r"((내가|제가|나는|내|나)(짐|짐덩이|짐덩어리|걸림돌|부담)(인|이란|이라는|된|되는|만되|일)|폐(를|만)?(끼치기|끼칠|끼쳐))"
        r"[^?!]{0,30}?(내손으로|제손으로|스스로|알아서)[^.?!]{0,6}?(정리|끝|마무리|처리)"
        r"(하기로|할|하려|할라|하련|해야겠|낼|내기로|할거|할께|할게)",
    ),
    # "It's not your fault" after an apology, with one's going said ("아부지가 못나서 미안타. 니 잘못은 하나도
    # 없대이. 내 가고 나서 너무 오래 울지 마래이"): a last letter's words.
    CrisisPattern(
        id="farewell.d36b",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 인사",
        label_en="an apology, 'not your fault', and one's going",
        guard_class=GuardClass.FAREWELL,
        regex=r"(미안|면목없|못나서)[^?!]{0,30}?(니|네|너|너희|니들|너거|느그|애들|아무)(의)?(잘못|탓)(은|이|도)?"
        r"(하나도|아무것도|절대|전혀|절대로)?(없|아니|아이)[^?!]{0,40}?"
        r"((내가|내|제가|나|저)(가고|죽고|떠나고|없어지고)(나서|나면|나믄|난뒤|난다음)|(내가|나|제가|저)없(어도|더라도|으면|으믄))",
    ),
    # God asked to forgive one's going first ("하나님, 이번만은 제가 먼저 찾아가도 용서해 주세요",
    # ko_train_dev_short_crisis3).
    CrisisPattern(
        id="farewell.d36c",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 인사",
        label_en="forgiveness asked for going first",
        guard_class=GuardClass.FAREWELL,
        regex=r"(먼저|제발로|내발로|스스로)(찾아가|찾아가도|가도|가더라도|떠나도|가는거|가는것|가는걸|가는것을)[^.?!]{0,8}?용서(해|하)",
    ),
    # The way to the other world walked on one's own feet ("황천길은 내 발로 걸어가련다"); not the wish alone ("저승
    # 가야지", passive).
    CrisisPattern(
        id="going_final.d36c",
        kind=PatternKind.ACTIVE,
        code="going_final",
        label_ko="떠나겠다는 말",
        label_en="the other world gone to on one's own feet",
        guard_class=GuardClass.DESIRE,
        regex=r"(황천길|황천|저승길|저승|북망산|저세상)(은|을|도|으로|로|에)?(내발로|제발로|스스로)(걸어)?"
        r"(가련다|갈란다|갈라요|가야겠|갈거|갈꺼|갈끼|갈겨|가겠|가렵니다|갈랍니다|갈래|가기로|갈라꼬|갈라고|간다)",
    ),
    # The late spouse's photo or grave told to wait, one's coming said ("집사람 사진 보고 말했어 조금만 기다리라고 이번
    # 달은 안 넘긴다고 내가 먼저 찾아갈 거라고").
    CrisisPattern(
        id="join_dead_plan.d36",
        kind=PatternKind.ACTIVE,
        code="join_dead_plan",
        label_ko="먼저 간 사람 따라갈 계획",
        label_en="the late one's photo told to wait",
        guard_class=GuardClass.DESIRE,
        regex=r"(영감|할멈|집사람|마누라|남편|아내|엄마|어머니|아버지|하르방|할망|그사람|그양반|당신)(의)?(사진|산소|무덤|영정|묘|비석|납골당)"
        r"[^?!]{0,40}?(기다리라|기다려라|기다리소|기다려|기다리고|기다리이소|기다리게)[^?!]{0,30}?"
        r"(찾아갈|갈|따라갈|가께|갈께|갈게|가쿠다|간다|찾아가께)(거|께|게|라고|란다|께요|게요)?",
    ),
    # A crash meant and turned from at the last ("맞은편 화물차에 그냥 들이받으려다 마지막에 핸들 꺾었어"): an aborted
    # attempt.
    CrisisPattern(
        id="aborted_attempt.d36",
        kind=PatternKind.ACTIVE,
        code="aborted_attempt",
        label_ko="중단된 시도",
        label_en="a crash meant and turned from",
        guard_class=GuardClass.DESIRE,
        regex=r"(들이받으려|들이박으려|들이받을라|들이박을라|박아버리려|받아버리려|처박으려|돌진하려|받으려)(다|다가|고했|다가도)"
        r"[^.?!]{0,16}?(핸들|브레이크|멈췄|정신차리|겁나|무서워|마지막에)",
        not_before=r"(손주|손자|아들|딸|남편|영감|아저씨|기사|운전사|트럭이|차가|버스가|사람이|누가)(가|이|는|은|도)?[^.?!]{0,12}",
    ),
    # Going where the late one is, with a goodbye (Jeju: "할망은 이제 하르방 있는 디 가켜. 울지 말라이"); not a visit
    # to a child who lives there (no goodbye).
    CrisisPattern(
        id="going_final.d36d",
        kind=PatternKind.ACTIVE,
        code="going_final",
        label_ko="떠나겠다는 말",
        label_en="going where the late one is, with a goodbye",
        guard_class=GuardClass.DESIRE,
        regex=r"(하르방|할망|영감|할멈|남편|마누라|할아버지|할머니|아들|딸|어멍|아방)(이|가)?(있는|계신|간|먼저간)(디|데|곳|데로|디로|곳으로|디레)"
        r"(나도|할망도|할망은|나는|난|할망|할미는|할매는|엄마는)?(이제|인자|곧|얼른|곧바로)?"
        r"(가켜|가쿠다|가크라|갈란다|갈거|갈께|갈게|간다|가련다)[^?!]{0,30}?(울지|잘있|잘살|보고싶으면|보고정허민|보고프면|보고싶거든)",
    ),
    # Tomorrow's or next month's sun not to be seen ("다음 달 해는 내가 안 볼 거라서. 그동안 수고 많았어", "내일 해 뜨는
    # 거 안 볼 거야"); not the weather or a late rising.
    CrisisPattern(
        id="farewell.d36d",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 인사",
        label_en="tomorrow's sun not to be seen",
        guard_class=GuardClass.FAREWELL,
        regex=r"(다음달|내일|낼|내년|다음주|담달|담주|새해)(의)?(해|해님|해돋이|아침해|해뜨는거|해뜨는걸|해뜨는것|해가뜨는거)(는|를|을|도)?"
        r"(내가|나는|난|저는|전)?(안|못)(볼|보)(거|꺼|끼|겨|란다|래|라서|라고|테니|텐데|겁니다)",
        not_after=r"^.{0,12}(구름|흐려|흐리|비와|비가|날씨|늦잠|일어나기|바빠|일찍|새벽일|출근)|"
        # (review of d36: nor someone's words told, "… 안 볼 거라 그카고")
        r"^[^.?!]{0,6}?(그카|그캐|카더|카대|그러더|하더|하대|라고|라꼬)",
    ),
    # Tomorrow at sunrise, not here ("내일 해 뜨면 엄마는 여기 없다"); not a trip ("… 서울 간다").
    CrisisPattern(
        id="timing.d36c",
        kind=PatternKind.ACTIVE,
        code="timing",
        label_ko="시점 계획",
        label_en="gone by tomorrow's sunrise",
        guard_class=GuardClass.DESIRE,
        # (the sunrise only: "내일 아침엔 나 없을 거야" is the farewell rows', with their guards)
        regex=r"(내일|낼|모레)(해뜨면|해뜨믄|해뜨모|해가뜨면|해가뜨믄|해뜰때면|해뜰때는)"
        r"(엄마|나|난|나는|할미|할매|아빠|저는|할배|애비|에미|이몸|아부지|어매)(는|은)?(여기|이세상|집에|이집에|세상에)?"
        r"(없다|없을거|없을꺼|없어|읎다|읎어|없습니다|없을끼|없을겨|없을테)",
        not_after=r"^.{0,16}(서울|병원|여행|시골|딸네|아들네|입원|수술|출장|놀러|모임|교회|일찍|나가|간다|가요|등산|산책|운동|일하러|"
        r"장에|시장|새벽|배타|밭에|논에)",
    ),
    # Rather gone like this ("아침 오는 게 무서워. 차라리 그대로 갔으면 해"): a wish to be dead.
    CrisisPattern(
        id="death_wish.d36f",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="rather gone as one is",
        guard_class=GuardClass.DESIRE,
        regex=r"(차라리|그냥차라리)(이대로|그대로|자다가|조용히|고마|마)?(갔으면|가면좋|가믄좋|갔음|갔으믄|가버렸으면|가삐면|가뿌면|가부렀으면)"
        r"(해|하|좋|싶|한다|허|함|혀|쓰겄|쓰것)|"
        # (as the caller asks it, "차라리 없어졌으면 하고 생각하신 적 있으세요?" (engine._affirmed reads the answer))
        r"차라리(내가|나|제가|저)?(없어졌으면|사라졌으면|없어지면좋|사라지면좋|죽었으면|죽으면좋)",
        not_before=_SOMEONE_NAMED_BEFORE,
    ),
    # d36 (probes): vanishing with the day set ("짐 안 되게 조용히 사라질 거야 날도 받았어"); not a move's day.
    CrisisPattern(
        id="going_final.d36e",
        kind=PatternKind.ACTIVE,
        code="going_final",
        label_ko="떠나겠다는 말",
        label_en="vanishing with the day set",
        guard_class=GuardClass.DESIRE,
        regex=r"(사라질|없어질)(거|꺼|겨|끼|란다|래|라고|테|게)[^?!]{0,20}?날(을|도|짜|짜도|짜를|짜까지)?"
        r"(받았|받아놨|받아뒀|잡았|잡아놨|잡아뒀|정했|정해놨|정해뒀)|"
        r"날(을|도|짜|짜도|짜를|짜까지)?(받았|받아놨|받아뒀|잡았|잡아놨|정했|정해놨)[^?!]{0,20}?(조용히|소리없이|아무도모르게|몰래)"
        r"(사라질|없어질)(거|꺼|겨|끼|란다|래|라고|테|게)",
        not_after=r"^.{0,16}(이사|이민|시골|요양원|딸네|아들네|외국|해외|여행)",
        not_before=r"(이사|이민|이동네|여기서|이집에서|이집|여행)[^.?!]{0,16}",
    ),
    # d36 (probes): the roof's key got and the day come ("옥상 문 열쇠 관리실에서 받아왔어 오늘이 그날이야").
    CrisisPattern(
        id="means_place_plan.d36b",
        kind=PatternKind.ACTIVE,
        code="means_place_plan",
        label_ko="위험 장소 물색",
        label_en="the roof's key got and the day come",
        guard_class=GuardClass.MEANS,
        # (not with the roof's use said, "옥상 열쇠 빌려왔어 고추 말리게")
        regex=r"(옥상|옥상문|옥탑)[^.?!]{0,8}?(열쇠|키)[^?!]{0,16}?(받아|구해|빌려|챙겨|훔쳐|얻어)(왔|놨|뒀)"
        r"(?:(?!고추|빨래|이불|널|말리|화분|텃밭|상추|장독|수리|공사|청소|방수|빨랫|고기|구워|운동|체조)[^?!]){0,16}?"
        r"(오늘이그날|오늘이바로그날|그날이왔|때가됐|디데이)",
    ),
    # d36 (probes): the mountain gone into, not to come out, as the way ("산에 들어가서 안 나오면 되지").
    CrisisPattern(
        id="method.d36c",
        kind=PatternKind.ACTIVE,
        code="method",
        label_ko="방법 계획",
        label_en="the mountain gone into, not to come out",
        guard_class=GuardClass.MEANS,
        regex=r"(산|산속|깊은산|뒷산|산골)(에|으로|속으로|속에)(혼자|그냥|몰래)?(들어가서|들어가|들어가가|가서|들어가서는)[^.?!]{0,6}?"
        r"(다시|영영|다시는)?(안|못)(나오|나올|내려오|내려올)(면|믄|모|민)(돼|되|그만|끝|된다|되지|되제)",
        not_before=r"(애|아이|손주|강아지|고양이|개|소|염소|사람|등산객)(가|이|는|은|들|도)?[^.?!]{0,10}",
    ),
    # d36 (ko_train_dev_short_crisis4, written to be read): medicine thrown away, with its end said ("혈압약 심장약 다
    # 변기에 버렸어요. 안 먹으면 금방 간다고 하셨잖아요"); not a scolding heeded.
    CrisisPattern(
        id="stop_treatment.d36b",
        kind=PatternKind.ACTIVE,
        code="stop_treatment",
        label_ko="치료 중단",
        label_en="medicine thrown away, its end said",
        guard_class=GuardClass.DESIRE,
        regex=r"(약|혈압약|심장약|당뇨약|인슐린)[^?!]{0,30}?(버렸|끊었|안먹|안묵)[^?!]{0,20}?"
        r"(안먹으면|안묵으면|끊으면|안먹으믄|안묵으믄|끊으믄)(금방|곧|빨리|얼른)?(간다|죽는다|가겠|죽겠|간다고|죽는다고|간대|죽는대)",
        not_after=r"^.{0,16}(혼났|혼냈|그래서다시|다시먹|꼬박꼬박|잘먹|챙겨먹|무서워서)",
    ),
    # The day to be called moved forward oneself ("하나님, 부르실 날을 제가 앞당기는 죄를 용서해 주세요").
    CrisisPattern(
        id="plan_stated.d36d",
        kind=PatternKind.ACTIVE,
        code="plan_stated",
        label_ko="방법·날짜를 정해 둠",
        label_en="the day to be called moved forward",
        guard_class=GuardClass.DESIRE,
        regex=r"(부르실|데려가실|거두실|가는|갈|죽을|눈감을)날(을|를|도)?(제가|내가|지가|스스로)?(앞당기|앞당길|당기|앞당겨)",
    ),
    # The door left unlocked for the body to be found, and gone at ease ("현관문 안 잠가둘 테니 사흘 뒤에 와 봐. 놀라지
    # 말고. 엄마는 편하게 간 거다").
    CrisisPattern(
        id="farewell.d36e",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 인사",
        label_en="the door left open to be found",
        guard_class=GuardClass.FAREWELL,
        regex=r"(현관문|문|대문)(을|은)?(안잠가|열어)(둘|놓을|놔둘|둘께|둘게|놓을께)[^?!]{0,30}?(와봐|와보|와서|오거든)[^?!]{0,20}?"
        r"(놀라지|놀래지)(말|마)|"
        r"(대문|현관문|문)(을|은)?(안잠글|안잠가둘|안잠궈둘|열어둘|열어놓을)(테니|테니까|께|게|거니까)[^?!]{0,20}?(내일|낼|모레|아침)"
        r"[^.?!]{0,10}?(와서봐|와봐|와서보|와보|들어와봐)|(엄마|나|아빠|할미|할매|할배|애비|에미)(는|가)?편하게(간|갔|가는)(거|것|기)(다|야|니까|이니|여|라)",
    ),
    # The empty place by the late one's grave to be filled before a day ("영감 산소 옆에 비워둔 자리, 이번 기일 전에
    # 내가 채울 거요").
    CrisisPattern(
        id="join_dead_plan.d36b",
        kind=PatternKind.ACTIVE,
        code="join_dead_plan",
        label_ko="먼저 간 사람 따라갈 계획",
        label_en="the place by the grave to be filled",
        guard_class=GuardClass.DESIRE,
        regex=r"(산소|묘|무덤|납골당|묫자리|묘자리)(옆|옆에|옆자리|곁)[^.?!]{0,12}?(자리|빈자리|비워둔자리)[^?!]{0,20}?"
        r"(내가|제가|나가)(채울|채워|들어갈|누울)(거|꺼|끼|겨|란다|래|께|게|라요|라우)",
    ),
    # The railway's passing train timed ("건널목에 밤 열한 시쯤 화물열차가 지나간다더라. 그 시간에 맞춰 거기 가
    # 있으려고").
    CrisisPattern(
        id="means_place_plan.d36c",
        kind=PatternKind.ACTIVE,
        code="means_place_plan",
        label_ko="위험 장소 물색",
        label_en="the train's time kept at the railway",
        guard_class=GuardClass.MEANS,
        regex=r"(건널목|철길|기찻길|철로|선로|스크린도어)[^?!]{0,40}?(열차|기차|화물차|화물열차|지하철|전철)?(가|이)?"
        r"(지나간|지나가|온|오는|들어오는|없는)[^?!]{0,30}?(시간|때|거기|그기|그곳)(에)?(맞춰|맞춰서|맞차|가|에가)?[^.?!]{0,10}?"
        r"(가있으려|가있을라|가려고|갈라고|가려구|갈거|갈꺼|갈끼|갈란다|가볼라|가야겠)",
        not_after=r"^.{0,12}(마중|배웅|구경|사진|손주|기차여행|여행)",
    ),
    # A last bow, with nothing left to hold ("오늘 절에 가서 마지막 절 올리고 왔심더 인자 미련 없심더").
    CrisisPattern(
        id="farewell.d36f",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 인사",
        label_en="a last bow, no regret left",
        guard_class=GuardClass.FAREWELL,
        regex=r"마지막(으로)?(절|인사|기도|예배|미사|참배)(을|를|도)?(올리|드리|하|했|올렸|드렸)[^?!]{0,20}?(미련|여한)(이|도)?(없|읎)",
        not_after=r"^.{0,16}(다음주|다음달|내년|또와|또올|다시올|다시와)",
    ),
    # Starving on, to go by it ("밥을 딱 끊은 지가 닷새 됐어라 이대로 굶다 보믄 가겄제").
    CrisisPattern(
        id="refusing_to_live.d36b",
        kind=PatternKind.ACTIVE,
        code="refusing_to_live",
        label_ko="치료 거부",
        label_en="starving on, to go by it",
        guard_class=GuardClass.DESIRE,
        regex=r"(이대로|이래|이렇게|요래)(굶다|굶으면|안먹다|안묵다|굶고|굶어)(보믄|보면|보모|있으면|있으믄)?"
        r"(가겄|가겠|가것|죽겄|죽겠|가지|가제|가것제|가겄제|가겠제|가겠지|끝나겠|끝나것)|"
        # (or said as one's intent, "안 먹어. 닷새째여. 이대로 굶어서 갈 겨", ko_train_dev_short_crisis6)
        r"(이대로|이렇게|이래|그냥)(굶어서|굶어가|굶어가꼬|안먹고|안묵고|굶고)(갈|죽을|떠날|가버릴)(겨|거|꺼|끼|란다|래|라요|겁니다|거야|기라)",
        not_before=r"(다이어트|살빼|살뺄|검사|내시경|금식)[^.?!]{0,16}",
    ),
    # A lethal height or water gone to, not to come back from ("대관령 벼랑 있는 데 가볼라우. 거서 바람 맞고 안 내려올
    # 거래요. 인사는 지금 하우").
    CrisisPattern(
        id="means_place_plan.d36d",
        kind=PatternKind.ACTIVE,
        code="means_place_plan",
        label_ko="위험 장소 물색",
        label_en="a lethal place, no coming back",
        guard_class=GuardClass.DESIRE,
        regex=r"(벼랑|절벽|낭떠러지|옥상|대교|철교|저수지|바다|바당|강물)"
        r"(?:(?!이불|빨래|널|고추|말리|화분|텃밭|장독|수리|청소|낚시|구경|놀|수영|한참|동안|며칠|일하|작업)[^?!]){0,30}?"
        r"(안|못|다시는|다신)(내려올|돌아올|나올|올라올)((거|꺼|끼|겨)(래요|예요|라요|래유|예유|야|여|다|지|라우)?|란다|래|라고|려고|랍니다|기라)",
        not_after=r"^.{0,10}(때까지|동안|까지|한참|며칠|쉬다)",
        not_before=r"(애|아이|손주|강아지|고양이|사람들|남편|영감|아들|딸)(가|이|는|은|들|도)?[^.?!]{0,10}",
    ),
    # d36 (ko_train_dev_long_crisis2): the sea walked into where the late one was lost (Jeju: "물옷 안 입엉 영감 이신
    # 디로 바당에 걸어 들어가 보쿠다").
    CrisisPattern(
        id="join_dead_plan.d36c",
        kind=PatternKind.ACTIVE,
        code="join_dead_plan",
        label_ko="먼저 간 사람 따라갈 계획",
        label_en="into the water where the late one is",
        guard_class=GuardClass.DESIRE,
        regex=r"(영감|하르방|남편|할망|서방|아방|어멍|마누라|할멈|아들|딸)(이|가)?(이신|있는|계신|간|잃어분|잃은)(디로|데로|곳으로|디|데)"
        r"[^.?!]{0,10}?(바다|바당|강|물|저수지)(에|으로|로|속으로|레|더레)[^.?!]{0,4}?(걸어)?(들어가|들어강|들어갈)",
    ),
    # Sat or lain on the rails ("막차 지나가는 시간 맞춰서. 레일 위에 한참 앉아 있었지"); not a photo or a rail bike.
    CrisisPattern(
        id="means_place_plan.d36e",
        kind=PatternKind.ACTIVE,
        code="means_place_plan",
        label_ko="위험 장소 물색",
        label_en="sat or lain on the rails",
        guard_class=GuardClass.DESIRE,
        regex=r"(레일|철길|선로|철로|기찻길)(위에|위|에|우에|가운데)[^.?!]{0,4}?(한참|가만히|혼자|그냥)?(앉아|누워|드러누워|서)"
        r"(있었|있었지|있었어|봤|있다가|있드만|있었는디|있었는데)",
        not_before=r"(사진|구경|관광|레일바이크|폐선|공원|산책|손주|애들|아이)[^.?!]{0,20}",
        not_after=r"^.{0,16}(사진|구경|관광|레일바이크|폐선|공원|산책|기념)",
    ),
    # Saved by someone or something, else it would have ended that day ("누렁이만 아니었으면 그날 끝났을 건데"): an
    # interrupted attempt.
    CrisisPattern(
        id="aborted_attempt.d36b",
        kind=PatternKind.ACTIVE,
        code="aborted_attempt",
        label_ko="중단된 시도",
        label_en="stopped, else it would have ended that day",
        guard_class=GuardClass.DESIRE,
        regex=r"(만|이|가)?(아니었으면|아니었음|아니었으믄|아녔으면|없었으면|안왔으면|안말렸으면|안물었으면|안잡았으면)[^.?!]{0,8}?"
        r"(그날|그때|어제|엊그제|그밤|어젯밤)(에)?(다)?(끝났을|끝장났을)(건데|텐데|낀데|긴데|기라|거야|걸|거여|것인디|기다)",
    ),
    # d36 (ko_train_dev_short_crisis3): the funeral's money handed over and this month said to be the end ("장례비다.
    # 오백 들었다. 그걸로 치르고 형제끼리 싸우지 마라. 이번 달이 끝이다").
    CrisisPattern(
        id="preparation_final.d36",
        kind=PatternKind.ACTIVE,
        code="preparation_final",
        label_ko="마지막 준비",
        label_en="funeral money, and this month the end",
        guard_class=GuardClass.PREP,
        regex=r"(장례비|장례비용|장례치를돈|상조|수의|영정)(?:(?!부금|납부|회차|불입|할부|적금|윤달|다냈|완납|맞추)[^?!]){0,50}?"
        r"(이번달|이달|이번주|오늘|내일|이번겨울|이번장날)(이|이가|가)?끝(이다|이야|이여|인기라|이제|이라|일세|이요|이오)"
        r"(?![^.?!]{0,8}?(납부|회차|부금|불입|할부|적금|다냈))",
    ),
    # d36 (ko_train_blind_short98): whether suicide clears a debt, looked up ("자살하면 보증 빚도 없어지나 요즘 그것만
    # 찾아보고 있어요"): a method's consequence searched.
    CrisisPattern(
        id="method_search.d36",
        kind=PatternKind.ACTIVE,
        code="method_search",
        label_ko="방법 검색",
        label_en="whether suicide clears a debt, looked up",
        guard_class=GuardClass.DESIRE,
        regex=r"자살(하면|하믄|하모|해도|해버리면)[^.?!]{0,16}?(빚|보증|보험|보험금|돈|대출|카드값)[^.?!]{0,10}?"
        r"(없어지나|없어지는|없어지는지|나오나|나오는|나오는지|갚아지|되나|되는지|탕감)",
        not_before=r"(뉴스|기사|드라마|친구|옆집|누가|사람들)[^.?!]{0,16}",
    ),
    # Gone up a lethal height over a trouble and called down ("병원비 … 아들한테 손 벌리기 싫어 그래서 저번 주에 옥상
    # 올라갔다가 경비가 불러서 내려왔어"): an interrupted attempt; not a chore there.
    CrisisPattern(
        id="aborted_attempt.d36c",
        kind=PatternKind.ACTIVE,
        code="aborted_attempt",
        label_ko="중단된 시도",
        label_en="called down from a height",
        guard_class=GuardClass.DESIRE,
        regex=r"(그래서|그래가|그라서|그래갖고|그래가꼬)[^.?!]{0,8}?(옥상|다리|난간|대교|철길|저수지|절벽|방파제)(에|위에|위로|까지)?"
        r"(올라갔다가|갔다가|나갔다가|서있다가|올라가서)"
        r"(?:(?!빨래|고추|이불|널|말리|화분|텃밭|청소|수리|운동|구경|사진)[^.?!]){0,16}?"
        r"(불러서|말려서|붙잡혀|잡혀서|데리러와서|발견해서|와서)[^.?!]{0,4}?(내려왔|돌아왔|내려와|나왔)",
    ),
    # d36 (ko_train_dev_short_crisis5, written to be read): going by one's own feet, to God ("하나님, 이번엔 제 발로
    # 갈게요. 이 죄인 용서해 주세요").
    CrisisPattern(
        id="going_final.d36f",
        kind=PatternKind.ACTIVE,
        code="going_final",
        label_ko="떠나겠다는 말",
        label_en="going by one's own feet, forgiveness asked",
        guard_class=GuardClass.DESIRE,
        regex=r"(제|내)발로(갈|가|떠날)(게|께|께요|게요|거|꺼|란다|래|련다|랍니다|겠습니다|겠어요|겠다고|겠다|겠노라)[^?!]{0,20}?"
        r"(용서|죄인|죄를|미안)",
    ),
    # A line pulled out to go sooner ("수액 줄을 또 빼셨어요? / 놔둬. 이거 빼야 빨리 가지. 다시 꽂으면 또 뺄 거야").
    CrisisPattern(
        id="refusing_to_live.d36c",
        kind=PatternKind.ACTIVE,
        code="refusing_to_live",
        label_ko="치료 거부",
        label_en="treatment pulled out to go sooner",
        guard_class=GuardClass.DESIRE,
        regex=r"(빼야|안맞아야|끊어야|안먹어야|안받아야|안묵어야|떼야|뽑아야)[^.?!]{0,4}?(빨리|얼른|금방|어서)(가지|가제|가|죽지|죽제|가겠|갈|가것|가겄)",
    ),
    # Food and medicine refused to follow the late one ("엄마가 어제 와서 같이 가자 그랬어 그래서 인제 밥도 약도 안 먹을
    # 거야 엄마 따라가야지").
    CrisisPattern(
        id="refusing_to_live.d36d",
        kind=PatternKind.ACTIVE,
        code="refusing_to_live",
        label_ko="치료 거부",
        label_en="food and medicine refused to follow the late one",
        guard_class=GuardClass.DESIRE,
        regex=r"(밥도|밥이랑|밥하고|약도|약이랑)[^.?!]{0,6}?(안먹을|안묵을|안먹겠|안먹는다|안묵는다|안먹어|안묵어)(거|꺼|끼|란다|래|다|야)?"
        r"[^?!]{0,20}?(따라가야|따라갈|따라가련|따라가불)",
    ),
    # A knife held by night and the mind made up ("밤마다 부엌칼 쥐고 앉아 있당께. 인자 맴 정했어").
    CrisisPattern(
        id="means_other_plan.d36",
        kind=PatternKind.ACTIVE,
        code="means_other_plan",
        label_ko="수단 준비·계획",
        label_en="a knife held, the mind made up",
        guard_class=GuardClass.MEANS,
        regex=r"(부엌칼|식칼|과도|면도칼|커터칼|칼)(을|를|만|하나)?(쥐고|들고|손에쥐고|품고)[^.?!]{0,8}?(앉아|서|누워)(있|있당|있어|있다)"
        r"[^?!]{0,20}?(맴|맘|마음)(을|도|은)?(다|인자|이제)?(정했|먹었|굳혔|묵었)",
    ),
    # A hose in the car and the garage shut ("차 트렁크에 호스 하나 넣어놨다. 차고 문 닫고 시동만 걸면 된다더라").
    CrisisPattern(
        id="method.d36d",
        kind=PatternKind.ACTIVE,
        code="method",
        label_ko="방법 계획",
        label_en="a hose in the car, the garage shut",
        guard_class=GuardClass.MEANS,
        regex=r"호스[^?!]{0,50}?(문(을)?(꼭)?닫|창문(을)?닫|틈(을)?막|테이프)[^?!]{0,16}?시동|"
        r"(차고|차안|차속)[^?!]{0,20}?(문(을)?(꼭)?닫|창문(을)?닫|틈(을)?막)[^?!]{0,10}?시동(만|을|도)?(걸면|걸고|켜놓|켜고|걸믄|켜두면|켜두믄|켜둬)",
    ),
    # Stood at a lethal edge, and not to hesitate next time ("어제 지하철 승강장 끝에 한참 서 있다가 그냥 왔어요. 오늘
    # 다시 가 볼래요. 이번엔 안 망설일 거예요").
    CrisisPattern(
        id="aborted_attempt.d36d",
        kind=PatternKind.ACTIVE,
        code="aborted_attempt",
        label_ko="중단된 시도",
        label_en="stood at the edge, no hesitating next time",
        guard_class=GuardClass.DESIRE,
        regex=r"(승강장|플랫폼|선로|철길|옥상|난간|다리|대교|절벽|저수지|방파제)[^?!]{0,30}?(서있다가|서있었|앉아있다가|갔다가|서서)"
        r"[^?!]{0,30}?(이번엔|이번에는|이번만큼은|담엔|다음엔|오늘은)(안|절대안|다시는안)(망설|주저|머뭇|겁내|무서워하|돌아)",
    ),
    # The pills kept, the day awaited ("그 약, 버리셨어요? / 아니. 서랍에 그대로 있어. 그날만 기다리는 중이야").
    CrisisPattern(
        id="timing.d36d",
        kind=PatternKind.ACTIVE,
        code="timing",
        label_ko="시점 계획",
        label_en="a thing kept, the day awaited",
        guard_class=GuardClass.DESIRE,
        regex=r"(그대로|아직|안버리고|못버리고|숨겨)[^?!]{0,20}?(그날|그때|디데이)(만|을|이)(기다리|기둘|손꼽|기달)",
        not_after=r"^.{0,12}(결혼|잔치|여행|손주|입학|졸업|생일|퇴원|제대|휴가)",
    ),
    # d36 (ko_train_dev_short_crisis5): going where the late one is wished, or following them regretted ("먼저 간 우리
    # 딸 있는 디로 나도 가불고 잡당께", "아빠가 꿈에 나와서 손짓하더라. 따라갈 걸 그랬어").
    CrisisPattern(
        id="join_the_dead.d36",
        kind=PatternKind.PASSIVE,
        code="join_the_dead",
        label_ko="먼저 간 사람 따라가고 싶음",
        label_en="going where the late one is, wished",
        guard_class=GuardClass.DESIRE,
        regex=r"(먼저간|돌아가신|죽은|하늘나라간|저세상간)[^.?!]{0,10}?(있는|계신|간)(디로|데로|곳으로|디|데)(나도|저도|내도)?(얼른|빨리)?"
        r"(가불고|가뿌고|가고|가삐고|따라가고)(잡|싶|시퍼|파)|"
        r"(꿈에|산소|먼저간|돌아가신|하늘나라)[^?!]{0,40}?따라갈(걸|껄)(그랬|그랬어|그랬다|그랬지)",
    ),
    # The sky to be looked at when one is missed ("할매 보고 싶으면 하늘 쳐다봐라. 건강해라"): a goodbye as from the
    # dead.
    CrisisPattern(
        id="farewell.d36g",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 인사",
        label_en="look to the sky when you miss me",
        guard_class=GuardClass.FAREWELL,
        regex=r"(보고싶으면|보고싶거든|보고프면|보고정허민|생각나면|생각나거든)[^.?!]{0,6}?(하늘|별)(을|만|이나)?"
        r"(쳐다봐|봐라|봐|올려다봐|보거라|보그라)",
        not_after=r"^[^.?!]{0,4}(하셨|하시|하더|카더|그러셨|그러더|라고|라꼬|했|캤)",
        not_before=r"(영감|남편|할배|할아버지|엄마|아버지|아빠|어머니|할머니|할매|할미|누나|형|언니|동생)(가|이|는|은)?[^.?!]{0,4}(돌아가|가신|간|떠난|하늘나라)[^.?!]{0,20}",
    ),
    # Calls not to be answered from tomorrow ("오늘이 마지막 날이야. 내일은 전화 와도 못 받을 거야"); not a day away.
    CrisisPattern(
        id="farewell.d36h",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 인사",
        label_en="calls not to be answered from tomorrow",
        guard_class=GuardClass.FAREWELL,
        regex=r"(내일|낼|모레|다음주|담주)(은|부터|부턴|엔|에는)?(전화|연락)(와도|오더라도|해도|하셔도|해봐야)(나|난)?(못|안)받(을|겠|것|겄)"
        r"(거|꺼|끼|겨|다|어|테|라)",
        not_after=r"^.{0,16}(병원|수술|입원|바빠|여행|일하|산에|배타|출장|교회|모임|잔치|결혼식|검사|시골|딸네|아들네)",
    ),
    # A poison to be drunk ("화장실 락스 한 통 다 마셔버릴라고 뚜껑까지 땄어요"); not a child's reach.
    CrisisPattern(
        id="means_other_plan.d36b",
        kind=PatternKind.ACTIVE,
        code="means_other_plan",
        label_ko="수단 준비·계획",
        label_en="a poison to be drunk",
        guard_class=GuardClass.MEANS,
        regex=r"(락스|표백제|부동액|빙초산|농약|제초제|쥐약|독약|청산가리)[^.?!]{0,16}?(다)?"
        r"(마셔버릴|마셔불|마셔뿔|마셔삘|먹어버릴|묵어버릴|들이킬|들이켜버릴|털어넣을|다마실|다먹을)(라고|려고|라꼬|려구|거|꺼|끼|란다|래)",
        not_before=r"(애|아이|애기|아기|손주|손자|손녀|강아지|고양이|개)(가|이|는|도)?[^.?!]{0,10}",
    ),
    # d36 (ko_train_dev_short_crisis5): a spot in a deep pool looked out, and only the day to pick ("골짜기 물 깊은 소에
    # 자리 봐놨드래요. 날만 잡으믄 돼요"); not a fishing spot.
    CrisisPattern(
        id="means_place_plan.d36f",
        kind=PatternKind.ACTIVE,
        code="means_place_plan",
        label_ko="위험 장소 물색",
        label_en="a deep pool's spot looked out, the day to pick",
        guard_class=GuardClass.MEANS,
        regex=r"물(이)?깊은(소|데|곳|디|웅덩이|저수지|강)(에|에다)?(?:(?!낚시|수영|물놀이|다이빙|천렵|피서|텐트|캠핑)[^.?!]){0,6}?"
        r"(자리|데|곳)?(를|도)?(봐놨|봐뒀|알아놨|찾아놨)[^?!]{0,24}?"
        r"날(만|짜만)(잡으믄|잡으면|정하면|받으면|잡으모|잡으민)(돼|되|된다|되제)",
        not_before=r"(낚시|수영|물놀이|다이빙|천렵|피서)[^.?!]{0,20}",
    ),
    # Money sent to the children, and one thing left to do tonight ("은행 가서 돈 다 찾아 애들 앞으로 부쳤어. 이제 할 일
    # 하나 남았어. 그건 오늘 밤에 해").
    CrisisPattern(
        id="preparation_final.d36b",
        kind=PatternKind.ACTIVE,
        code="preparation_final",
        label_ko="마지막 준비",
        label_en="money sent on, one thing left tonight",
        guard_class=GuardClass.PREP,
        regex=r"(돈|통장|재산|땅|집|적금)[^?!]{0,20}?(부쳤|보냈|넘겼|줬|찾아)[^?!]{0,20}?(할일|할거|할것)(이|은|도)?(하나|딱하나|한가지)(만)?"
        r"(남았|남음|남았다)[^?!]{0,16}?(오늘밤|오늘저녁|오늘|내일|이따)(에)?(해|할|하께|할게|할거|한다)",
    ),
    # d36 (ko_train_dev_short_crisis4): a lethal place, going there today for sure, and no strength left ("마포대교 가는
    # 버스 몇 번인지 좀 알려줘. 거기 난간이 낮다던데 오늘은 꼭 가야겠다. 더 버틸 힘이 없어").
    CrisisPattern(
        id="means_place_plan.d36g",
        kind=PatternKind.ACTIVE,
        code="means_place_plan",
        label_ko="위험 장소 물색",
        label_en="a lethal place today for sure, no strength left",
        guard_class=GuardClass.DESIRE,
        regex=r"(대교|다리|한강|옥상|철길|기찻길|저수지|바다|바당|절벽|난간|승강장)[^?!]{0,20}?(오늘은|오늘|내일은|이번엔)(꼭|기어이|반드시|기필코)"
        # (the tail says its own "없어": a negation read after a bare "버틸 힘" would cancel the hit)
        r"(가야겠|가야것|가야겄|가야지|갈거|갈란다|가련다|갈끼|갈라요)[^?!]{0,12}?"
        r"(버틸(힘|기운)(이|도)?(없|읎)[가-힣]{0,2}|못버티[가-힣]{0,2}|살기싫[가-힣]{0,2}|희망(이|도)?없[가-힣]{0,2}|사는게지옥)",
    ),
    # d36 (ko_train_dev_short_crisis6, read for its general forms): ending it oneself as a thought or a decision ("나
    # 스스로 끝낼 생각이에요 … 이제 마음 정했어요").
    CrisisPattern(
        id="suicidal_thoughts.d36b",
        kind=PatternKind.ACTIVE,
        code="suicidal_thoughts",
        label_ko="자살 생각",
        label_en="ending it oneself, thought or decided",
        guard_class=GuardClass.DESIRE,
        regex=r"(스스로|내손으로|제손으로|내가알아서|제가알아서)(다)?(끝낼|끝내려는|끝내는|마칠|마감할|끊을)(생각|마음|맘|작정|결심|계획)",
        not_before=_SOMEONE_NAMED_BEFORE,
        not_after=r"^[^.?!]{0,6}(은|는|도)?(없|안해|안합|아니)",
    ),
    # Medicine thrown away on purpose, the heart left to stop ("심장약 … 다 버렸어요. 일부러요. 이대로 심장이 멈추면
    # 그게 편하지요").
    CrisisPattern(
        id="stop_treatment.d36c",
        kind=PatternKind.ACTIVE,
        code="stop_treatment",
        label_ko="치료 중단",
        label_en="medicine thrown away, the heart left to stop",
        guard_class=GuardClass.DESIRE,
        regex=r"(약|심장약|혈압약|당뇨약|인슐린)[^?!]{0,30}?(버렸|끊었|안먹|안묵)[^?!]{0,30}?(심장|숨|맥)(이|도)?(멈추|멎|서|끊어지|끊기)"
        r"(면|믄|모|게)[^.?!]{0,6}?(편하|편해|좋|낫|그만|끝)|"
        # (or the stopping called on purpose where the medicine is the caller's word, "다 버렸어요. 일부러요. 이대로
        # 심장이 멈추면 그게 편하지요", ko_train_dev_short_crisis6)
        r"일부러[^?!]{0,20}?(심장|숨|맥)(이|도)?(멈추|멎|서|끊어지|끊기)(면|믄|모|게)[^.?!]{0,6}?(편하|편해|좋|낫)",
        # (review of d36: not someone named in honorifics before it, "그 어머니께서 일부러 …")
        not_before=r"(께서|께선)[^.?!]{0,8}$",
    ),
    # Going first, all made ready ("내가 먼저 떠날 준비를 다 해뒀어", "나 이번 주 안에 당신한테 갈게 준비 다 해놨어").
    CrisisPattern(
        id="preparation_final.d36c",
        kind=PatternKind.ACTIVE,
        code="preparation_final",
        label_ko="마지막 준비",
        label_en="going first, all made ready",
        guard_class=GuardClass.PREP,
        regex=r"(먼저|알아서|스스로|내발로|제발로)(떠날|갈|가는|떠나는)준비(를|도|는)?(다|모두|벌써|이미)?(해뒀|해놨|했|해놓|마쳤|끝냈)|"
        r"(당신|영감|여보|할멈|마누라|남편)(한테|곁으로|옆으로|있는데로)(갈게|갈께|가께|갈거|갈꺼|간다)[^.?!]{0,10}?준비(를|도|는)?(다|모두)?"
        r"(해뒀|해놨|했|해놓|마쳤)",
        not_after=r"^.{0,16}(여행|이사|시골|딸네|아들네|병원|입원|요양원|서울)",
    ),
    # This letter, read once one is gone ("이 편지 보거든 너무 울지 말그래이").
    CrisisPattern(
        id="preparation_note.d36",
        kind=PatternKind.ACTIVE,
        code="preparation_note",
        label_ko="유서 작성",
        label_en="this letter, to be read once one is gone",
        guard_class=GuardClass.PREP,
        regex=r"(이|요)편지(를|는)?(보거든|보면|볼때|읽거든|읽으면|받거든)[^.?!]{0,8}?(울지|슬퍼하지|찾지|놀라지|놀래지)(말|마)",
    ),
    # Cancer treatment refused so that it ends sooner ("항암 이제 안 받을래요. 병원 예약도 다 취소했어요. 빨리 끝나야
    # 애들이 덜 고생하지요").
    CrisisPattern(
        id="refusing_to_live.d36f",
        kind=PatternKind.ACTIVE,
        code="refusing_to_live",
        label_ko="치료 거부",
        label_en="treatment refused so that it ends sooner",
        guard_class=GuardClass.DESIRE,
        regex=r"(항암|투석|치료|수술|약)(도|은|는|을|를)?(이제|인자|인제)?[^.?!]{0,4}?(안받|안할|취소|끊|그만)[^?!]{0,30}?"
        r"(빨리|얼른|어서|하루라도빨리)(끝나야|끝내야|가야|죽어야|끝나게|가게)",
    ),
    # The pens all put in at once as the way ("인슐린 펜 남은 거 한꺼번에 다 놔버리면 되겠다 싶어서"), the pens,
    # pills or poison named before (review: without them "짐은 몽땅 다 놔뿌면 되것다", luggage left, read as a method).
    CrisisPattern(
        id="method.d36e",
        kind=PatternKind.ACTIVE,
        code="method",
        label_ko="방법 계획",
        label_en="all of it at once, as the way",
        guard_class=GuardClass.MEANS,
        regex=_AT_ONCE_MEANS + r"[^.?!]{0,24}?(한꺼번에|한번에|몽땅|전부)(다)?"
        r"(놔버리|놓아버리|맞아버리|먹어버리|삼켜버리|털어넣어버리|놔삐|놔뿌|묵어삐|묵어뿌)(면|믄|모)"
        r"(되겠|되것|되겄|끝나|끝이|그만)",
    ),
    # Breath gone tonight, no regret ("오늘 밤에 숨 넘어가도 원이 없다, 그래 됐으믄 좋겠다").
    CrisisPattern(
        id="death_wish.d36g",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="the breath gone, no regret",
        guard_class=GuardClass.DESIRE,
        regex=r"숨(이)?넘어가(도|면|믄|더라도)[^.?!]{0,4}?(원이없|원도없|여한이없|여한도없|괜찮|좋겠|좋것)",
        not_before=_SOMEONE_NAMED_BEFORE,
    ),
    # A rope tied to a tree, and going back up at a time ("뒷산 소나무에 줄 매놓고 왔드래요. 낼 새벽엔 다시
    # 올라가야지요"); not a washing line, a swing or a tether.
    CrisisPattern(
        id="means_hanging.d36",
        kind=PatternKind.ACTIVE,
        code="means_hanging",
        label_ko="목맴 준비",
        label_en="a rope tied to a tree, going back at a time",
        guard_class=GuardClass.MEANS,
        regex=r"(나무|소나무|밤나무|대들보|들보|서까래|철봉|가지)(에|에다|에다가)(줄|끈|밧줄|노끈)(을|하나|도)?"
        r"(매놓고|매놨|매뒀|묶어놓고|묶어놨|걸어놓고|걸어놨|매어놓고)"
        r"(?:(?!빨래|그네|해먹|텐트|천막|고추|곶감|시래기|소를|개를|염소|현수막|이불)[^?!]){0,24}?"
        r"(새벽|밤|내일|낼|오늘|다시)(에|엔|에는)?[^.?!]{0,6}?(올라가|가야|갈|가볼|올라갈)",
    ),
    # Going to the late spouse on one's own accord ("다음 달엔 내가 알아서 당신 곁으로 갈게요").
    CrisisPattern(
        id="join_dead_plan.d36d",
        kind=PatternKind.ACTIVE,
        code="join_dead_plan",
        label_ko="먼저 간 사람 따라갈 계획",
        label_en="to the late spouse on one's own accord",
        guard_class=GuardClass.DESIRE,
        regex=r"(알아서|스스로|내발로|제발로)(당신|영감|여보|할멈|마누라|남편|아내)(곁으로|옆으로|있는데로|있는곳으로)"
        r"(갈게|갈께|가께|갈거|갈꺼|간다|가겠|갈란다|가련다|갈게요|갈께요)",
    ),
    # A spoon put down by oneself before a day ("숟가락 놓을 때가 됐소. … 추석 쇠기 전에 지가 알아서 놓을랑께"):
    # the idiom for dying, done on purpose.
    CrisisPattern(
        id="going_final.d36b",
        kind=PatternKind.ACTIVE,
        code="going_final",
        label_ko="떠나겠다는 말",
        label_en="the spoon put down by oneself",
        guard_class=GuardClass.DESIRE,
        regex=r"숟가락(을|도)?[^?!]{0,50}?(알아서|스스로|내손으로|지가|제가|내가)[^.?!]{0,4}?(숟가락을?)?(놓을|내려놓을|놀)"
        r"(랑께|란다|라요|래|거|꺼|끼|겨|라고|려고|께|게)",
    ),
    # d42 (ko_train_dev_short_crisis8 and 9, new writers' crisis talk): passive wishes in forms no row knew.
    # Not to get up in the morning, the verb's passive ("아침에 안일어나졌으면 좋겠어"); not a knee that will not let
    # one up ("무릎이 아파서 아침에 안 일어나져": no wish ending).
    CrisisPattern(
        id="not_wake_up.d42",
        kind=PatternKind.PASSIVE,
        code="not_wake_up",
        label_ko="깨어나지 않기를 바람",
        label_en="a wish not to get up again",
        guard_class=GuardClass.DESIRE,
        # (not "일어나지 않았으면", of something happening: "그런 일이 일어나지 않았으면 좋겠다")
        regex=r"(안|못|다시는안|다신안)일어나(졌으면|졌으믄|졌음|지면좋|졌으모|졌으면좋)",
    ),
    # Afraid of living long ("오래 살까봐 그게 제일 걱정이야"): the wish the fear implies.
    CrisisPattern(
        id="death_wish.d42a",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="afraid of living long",
        guard_class=GuardClass.DESIRE,
        # (not "땅을 더 살까 싶어", buying)
        regex=r"(오래|너무오래|백살까지|백살|백까지|구십까지)살까(봐|바|겁)[^.?!]{0,8}?(걱정|겁|무섭|무서|두렵|두려|큰일)",
    ),
    # Not to live like this long ("이렇게 사는거 오래 안했으면 좋겠어"); not a flat or a room to leave ("이렇게 사는 거
    # 오래 안 했으면 좋겠어 빨리 이사 가야지").
    CrisisPattern(
        id="death_wish.d42b",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="not to live like this long",
        guard_class=GuardClass.DESIRE,
        # (not "그만하면 좋다", good enough: "이렇게 사는 게 그만하면 좋다꼬")
        regex=r"(이렇게|이래|이리|요래|이케|이래가)사는(거|것|게|기|건)[^.?!]{0,4}?(오래|더|인자|이제)?"
        r"((안|그만|고만)(했으면|했음|했으믄)|안하면좋)",
        not_after=r"^[^.?!]{0,20}?(이사|집|전세|월세|방|셋방|이혼|따로)",
    ),
    # Dying in one's sleep called a blessing, "rather" ("이러다 자는데 가면 차라리 복이지").
    CrisisPattern(
        id="not_wake_up.d42b",
        kind=PatternKind.PASSIVE,
        code="not_wake_up",
        label_ko="깨어나지 않기를 바람",
        label_en="to die in one's sleep, rather",
        guard_class=GuardClass.DESIRE,
        regex=r"(자다가|자는데|자는중에|자는길에|잠결에|자는듯이|잠자듯이)(그냥)?(가|가버리|죽|떠나)(면|믄|모|는게|는것도)[^.?!]{0,4}?"
        r"차라리(복|좋|낫|편하)|차라리[^.?!]{0,10}?(자다가|자는데|자는중에|잠결에)(그냥)?(가|죽|떠나)(면|믄|모)(복|좋|낫|편하)",
    ),
    # One's tough life wished done ("이 질긴 명이 얼른 다했으면"); not an animal's (the guards' nonhuman subject).
    CrisisPattern(
        id="death_wish.d42c",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="one's lifespan wished over",
        guard_class=GuardClass.DESIRE,
        regex=r"(명|명줄|목숨|수명)(이|줄이|도|은)?(얼른|빨리|어서|그만|고마|인자|이제|언능|퍼뜩)(다했으면|다하면좋|다했음|끊어졌으면|끊어지면좋|"
        r"끝났으면|끝나면좋|다됐으면|다되면좋)",
    ),
    # Gone quietly, it would be easier ("이대로 스르륵 가버리면 편하겠다 싶어").
    CrisisPattern(
        id="death_wish.d42d",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="gone quietly, it would be easier",
        guard_class=GuardClass.DESIRE,
        regex=r"(스르륵|스르르|조용히|소리없이|잠자듯|자듯이|자는듯이)(가|가버리|가삐|가뿌|떠나|떠나버리|눈감)(면|믄|모)[^.?!]{0,4}?"
        r"(편하|편할|좋겠|좋을|낫겠|나을|소원)|"
        r"(이대로|그냥|고마)(가버리|가삐|가뿌|떠나버리|눈감아버리|눈감아삐)(면|믄|모)[^.?!]{0,4}?(편하|편할|좋겠|좋을|낫겠|나을)",
    ),
    # Gone, the insurance pays, and that is best ("내만 없으면 보험금 나온다 그기 제일 낫다 아이가").
    CrisisPattern(
        id="plan_stated.d42b",
        kind=PatternKind.ACTIVE,
        code="plan_stated",
        label_ko="자살 계획",
        label_en="one's death for the insurance, judged best",
        guard_class=GuardClass.DESIRE,
        regex=r"(내가|나만|내만|내|나|엄마만|아빠만)(만)?(없으면|없어지면|죽으면|가면|죽어야|없어져야)[^?!]{0,16}?보험(금)?"
        r"[^?!]{0,20}?(제일|젤|차라리|그게|그기|그게다)(낫|나아|나을|좋|답|젤이)",
    ),
    # The means bought, its everyday purpose denied ("숯 한포대 사다놨어 고기 구울라고 산거 아니야"), or a place gone
    # to, not for the air ("한강 다리 거기 한번 가볼라고 바람쐬러 가는거 아니고"); not another purpose said
    # instead ("바람 쐬러 가는 거 아니고 친구 만나러 가").
    CrisisPattern(
        id="means_other_plan.d42b",
        kind=PatternKind.ACTIVE,
        code="means_other_plan",
        label_ko="수단 준비·계획",
        label_en="a means or a place, its everyday purpose denied",
        # (the purpose the neighbouring sentences name is the one denied here: the desire guards, not the means')
        guard_class=GuardClass.DESIRE,
        # (the denial may come in the next sentence: "숯 한 포대 사다 놨어. 고기 구울라고 산 거 아니야")
        regex=r"(숯|번개탄|연탄|농약|제초제|밧줄|끈|노끈|수면제|빨랫줄)[^?!]{0,24}?"
        r"(고기|캠핑|구울|구우|굽|밭|농사|벌레|빨래|짐|소|잠|불면|난로|불)[^.?!]{0,10}?"
        r"(산거|사온거|산게|사다놓은거|구한거|모은거|둔거|놔둔거|하는거|할라는거|쓸라는거|쓸거|맬라는거|묶을라는거)(는|도|가|이)?"
        + _PURPOSE_DENIED_HERE
        + r"|(다리|한강|대교|바다|강가|저수지|옥상|철길|기찻길|절벽|낭떠러지|방파제)[^?!]{0,16}?"
        r"(바람쐬|바람씌|구경|놀러|산책|운동|낚시)"
        r"(러|하러|삼아)?(가는거|가는게|간거|갈거|가는건)(는|도|가)?" + _PURPOSE_DENIED_HERE,
        # (another purpose said instead: "옥상에 바람 쐬러 간 거 아니고 빨래 걷으러 간 거야")
        not_after=r"^[^.?!]{0,16}?(만나|보러|볼일|병원|약속|장보|출근|심부름|일하러|사러|난로|난방|아궁이|캠핑|제사|손님|"
        r"[가-힣]러(가|간|갔|왔|온)|하려고|할라고|쓸라고|쓰려고|쓸려고|지지대|텃밭|화분|고추|묶을거|묶으려|묶을라|심을|널거|널려고)",
    ),
    # A letter to be opened when the speaker is gone ("이 편지는 내가 없을때 열어봐라"); not while away on a trip.
    CrisisPattern(
        id="farewell.d42",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 인사",
        label_en="a letter to be opened when the speaker is gone",
        guard_class=GuardClass.FAREWELL,
        regex=r"(편지|봉투|쪽지|유서|글)[^.?!]{0,12}?(내가|나|내|제가|"
        + KIN_SELF
        + r")(가)?(없을때|없거든|가고나서|가고나면|죽거든|죽고나서)"
        r"[^.?!]{0,4}?(열어|읽어|뜯어|펴)(봐|보|라|라이|봐라|보거라|보라)",
        # (the letter rows' occasions too: a wedding's, a birthday's, a card, "생일 카드 … 내가 없을 때 펴 봐라")
        not_after=r"^[^.?!]{0,16}?(" + _AWAY_FOR_A_WHILE + ")|" + _LETTER_NOT_AFTER,
        not_before="(" + _AWAY_FOR_A_WHILE + "|" + _AWAY_FOR_GOOD + r")[^.?!]{0,16}$|" + _LETTER_NOT_BEFORE,
    ),
    # "Don't look for me, live well", after money or a last allowance given ("앞으로 엄마 찾지말고 잘살아"); not "don't
    # look for me, eat first" (no living well after it).
    CrisisPattern(
        id="farewell.d42b",
        kind=PatternKind.ACTIVE,
        code="farewell",
        label_ko="작별 인사",
        label_en="don't look for me, live well",
        guard_class=GuardClass.FAREWELL,
        regex=r"(나|날|나를|내|저|저를|" + KIN_SELF + r")(를|을)?찾지(말고|말구|마고|말어)[^.?!]{0,8}?"
        r"(잘|건강하게|행복하게)(살|지내|있)",
        not_before="(" + _AWAY_FOR_A_WHILE + "|" + _AWAY_FOR_GOOD + r")[^.?!]{0,12}$",
    ),
    # Starving on purpose to go ("이대로 굶어서 가련다"); not the idiom of hunger ("굶어 죽겠다": no intent ending).
    CrisisPattern(
        id="refusing_to_live.d42",
        kind=PatternKind.ACTIVE,
        code="refusing_to_live",
        label_ko="굶거나 약을 끊어 죽으려 함",
        label_en="starving in order to go",
        guard_class=GuardClass.MEANS,
        # (not eating only with "like this": "아침 안 먹고 갈 거야" is a breakfast skipped)
        regex=r"((이대로|이렇게|그냥|인자|이제)?(굶어서|굶어|곡기끊고|곡기를끊고|밥끊고)|(이대로|이렇게)(안먹고|안묵고))"
        r"(가련다|갈란다|갈라고|갈려고|갈거|갈꺼|갈끼|갈기다|가야지|가야겠|가야것|죽을란다|죽을거|죽으련다|죽을라고|죽을끼)",
        not_before=r"(다이어트|살빼|검사|검진|내시경|수술|금식|점심|저녁|아침|식당|잔치|약속|늦|바빠|바쁘)[^.?!]{0,24}",
        not_after=r"^.{0,16}(다이어트|검사|검진|내시경|수술|금식|병원|버스|기차|약속|식당|잔치|가서)",
    ),
    # No face to live with ("내가 무슨 낯으로 살것소"): shame that leaves no reason to live.
    CrisisPattern(
        id="no_reason_to_live.d42",
        kind=PatternKind.PASSIVE,
        code="no_reason_to_live",
        label_ko="살 이유 없음",
        label_en="no face left to live with",
        guard_class=GuardClass.DESIRE,
        regex=r"(무슨|뭔|먼|뭔놈의)(낯|낯짝|면목|염치|얼굴)(으로|루|로)(더|계속)?(살|사나|사노|사냐|살것|살겄|살겠|살아|살꼬|살까)",
    ),
    # Gone, and all solved ("내가 사라지면 다 해결되겠지"): the wish a burden makes.
    CrisisPattern(
        id="death_wish.d42e",
        kind=PatternKind.PASSIVE,
        code="death_wish",
        label_ko="죽고 싶은 마음",
        label_en="gone, and everything solved",
        guard_class=GuardClass.DESIRE,
        # (only vanishing: not "내가 죽으면 다 끝나지 뭐 그러니 재밌게 살아야지", a saying about death)
        regex=r"(내가|나만|내만|나|내)(없어지면|사라지면|없어져야|사라져야)[^.?!]{0,6}?(다|모두|싹|전부)?"
        r"(해결|편해|편하|풀리)(되|될|지|질|겠|것|겄|리|릴)",
        not_after=r"^[^.?!]{0,12}?(보험|장례|상속|유산|재산|집은|땅은)",
    ),
    # Decided to be gone for the family's sake ("그래서 내가 없어져주기로 했다"); not "I'll leave you two alone" ("둘이
    # 얘기해 내가 사라져 줄게": no decision taken).
    CrisisPattern(
        id="going_final.d42b",
        kind=PatternKind.ACTIVE,
        code="going_final",
        label_ko="떠나겠다는 말",
        label_en="decided to be gone for the family's sake",
        guard_class=GuardClass.DESIRE,
        # (not a thing's going, "그 버스 노선 없어지기로 했대")
        regex=r"(없어져|사라져)(주기로|줘야겠다고|드리기로)(했|하였|혔|마음|맘|결심|작정|정했)",
    ),
    # By one's own hand while the mind is clear ("정신 멀쩡할때 내 손으로 정리할란다").
    CrisisPattern(
        id="suicidal_thoughts.d42b",
        kind=PatternKind.ACTIVE,
        code="suicidal_thoughts",
        label_ko="자살 생각",
        label_en="by one's own hand while the mind is clear",
        guard_class=GuardClass.MEANS,
        regex=r"(정신|맑을때|멀쩡할때|성할때|온전할때)[^.?!]{0,10}?(내손으로|제손으로|내발로|내가알아서)(정리|끝|마무리|끝장)"
        r"(할|하|내|낼|지을)(란다|래|거|꺼|께|게|끼|겨|려|라)",
        not_after=r"^[^.?!]{0,12}?(짐|살림|옷|물건|서류|통장|재산|집|방)",
        not_before=r"(짐|살림|옷|물건|서류|통장|재산|집|방|사진|책|유품)(은|는|을|를|도|들은|들)?[^.?!]{0,12}$",
    ),
    # Whether one survives a fall from there, asked ("그 다리 높이가 얼마나 돼요 거기서 떨어지면 살아요"); not a warning
    # given ("옥상에서 떨어지면 죽어 조심해": no question).
    CrisisPattern(
        id="method.d42",
        kind=PatternKind.ACTIVE,
        code="method",
        label_ko="자살 방법",
        label_en="whether a fall from there is survived, asked",
        guard_class=GuardClass.MEANS,
        regex=r"(다리|대교|옥상|아파트|건물|난간|절벽|낭떠러지|거기|저기|몇층|층)(에서|서|서는|에선)?(떨어지면|뛰어내리면|뛰면)"
        r"(살아요|살아|사나|살까|살수있|살수있어|살아남|안죽|죽나|죽을까|죽어요\?|죽습니까|죽는지|바로죽|즉사)",
        not_after=r"^[^.?!]{0,10}?(조심|위험하니|큰일|다친다|안된다|안돼)",
    ),
    # My turn now, after the spouse seen off ("니 아빠 보내고 이젠 내 차례다"); not a turn at cards or a queue.
    CrisisPattern(
        id="going_final.d42",
        kind=PatternKind.ACTIVE,
        code="going_final",
        label_ko="떠나겠다는 말",
        label_en="my turn now, after the spouse",
        guard_class=GuardClass.DESIRE,
        # (someone of the speaker's own seen off: not the children sent to school, "애들 학교 보내고 이젠 내 차례")
        regex=r"(영감|남편|아빠|아버지|아부지|할멈|마누라|아내|집사람|엄마|어머니|친구들|동무들|당신|할배|할매|언니|형님|오빠)"
        r"(을|를|도|이|가)?(먼저|다|모두)?(보내고|떠나보내고|가고|떠나고|먼저가고|죽고)[^.?!]{0,6}?"
        r"(이젠|이제|인자|인제|이제는|다음은|담은)(내|나|제|저)(차례|순서)",
        not_after=r"^[^.?!]{0,8}?(화투|고스톱|윷|줄|번호|진료|검사|접수|노래|발표|씻|샤워|목욕|쉬|밥|놀|청소|설거지|화장실|운전)",
    ),
)

# ---- second pass: rows the engine applies to the whole text after the scan (not guarded) -----------
#: A question put to the elder, in the honorific (-시-: "있으세요?", "해보셨나요?", "드신 적 있으신가요?"); the
#: speaker's own question ("이렇게 살아서 뭐 해?") is not one (engine._affirmed, the local analyzer's window raise).
ASKED_OF_ELDER = r"(?:시|셔|셨|세|십|신)[가-힣]{0,3}\?"
#: A question about a wish to die put to the speaker (or the caller's), answered yes at once (engine._affirmed; d16m:
#: an automated care call asks it outright). Applied only when the scan found no ideation.
AFFIRMED = CrisisPattern(
    id="endorsed_wish.2",
    kind=PatternKind.PASSIVE,
    code="endorsed_wish",
    label_ko="죽음 소망 질문에 그렇다고 답함",
    label_en="answers yes to a question about a wish to die",
    guard_class=GuardClass.DESIRE,
    regex=r"\?(네|예|응)",
)
#: A death wish that every row's guard cancelled, endorsed by the speaker as their own: "the old man always
#: says he should die — lately I think he's right". Applied only when the scan found no ideation.
ENDORSEMENT = CrisisPattern(
    id="endorsed_wish.1",
    kind=PatternKind.PASSIVE,
    code="endorsed_wish",
    label_ko="죽음 소망에 동의",
    label_en="endorses a death wish",
    guard_class=GuardClass.DESIRE,
    regex=r"(나도|내도|저도|나두)(그말|그소리|그게|그마음|그심정)(이|가)?(맞|이해|알겠|공감|옳)|"
    # d25b: the saying's going wished for oneself ("자다가 가는기 제일 복이라 카대 내도 그래 갔으믄 좋겠다")
    r"(나도|내도|저도|나두)(그래|그렇게|그리|그케|그래가)(가|갔|죽|떠나|눈감)(으면|으믄|으모|으면은|음)(좋겠|좋것|좋겄|싶|원이없)",
)
#: Escalation: a wish to be dead together with a method, plan or preparation is active ideation. Applied
#: only when the scan found a wish and no active row.
ESCALATION = CrisisPattern(
    id="wish_with_plan.1",
    kind=PatternKind.ACTIVE,
    code="wish_with_plan",
    label_ko="계획을 동반한 죽음 소망",
    label_en="death wish with a plan",
    guard_class=GuardClass.DESIRE,
    regex=(
        r"방법(을|도|까지)?(생각|찾|알아|검색|궁리)|"
        # d19: how to do it thought through ("요 며칠은 어떻게 할지까지 생각해 봤어")
        r"어떻게(할지|할건지|할껀지|할까|죽을지|끝낼지|갈지)(까지|도|를|는)?(다)?(생각|궁리|알아|정해|정했)|계획(도|을|까지)?(세|있|짜)|준비(를|도|는|은)?(다|모두)?(했|해놨|해뒀|해놓|끝)|"
        # (d36: a mind made up, "드는 정도가 아니라 인자 할라고 맴먹었슈", ko_train_dev_short_crisis3)
        r"(할라고|하려고|할려고|갈라고|가려고|갈려고|끝낼라고|끝내려고)?(맘|마음|맴)(을|도|은)?(다|딱|이미)?(먹었|정했|굳혔|묵었|먹었슈|잡았)|"
        # (d26c: not an appointment, "안과 예약 있으시죠": 만약, 예약, 절약, 계약 … are no pills, as in _MEANS_PILLS)
        r"편지(도|를)?(써놨|써뒀|썼|써놓)|" + PILL + r"(도|을|은)?(있|모아|구해|준비)|날(을|도|짜|짜까지|까지)?(잡|정)|"
        # d35 (probes): the day picked ("요양원 들어가느니 내 발로 먼저 가는 게 낫지 싶어 날도 받아놨어")
        r"날(을|도|짜|짜도|짜를)?(받아놨|받아뒀|받아놓|받아두|받았)|"
        # d19: the medicines stopped ("혈압약하고 당뇨약 끊은 지 열흘 됐습니다 … 일부러 그랬습니다",
        # "일부러 안 묵는 기다")
        r"일부러(안|못)?(먹|묵|드|끊|안먹|안묵)[^.?!]{0,4}?(는|은|었|고|어|지)|"
        r"(약|혈압약|당뇨약|심장약|인슐린|투석)(을|도|은|하고|이랑|들|까지)?[^.?!]{0,10}?"
        r"(끊었|끊은|끊고|끊어(?!도|라|야|주|줄|볼|보)|안먹고|안묵고|안드시고)(?![^.?!]{0,8}?(도되|도돼|도괜찮|라고|라카|래서|랬|라셔|라하))|"
        # d18: going on one's own feet ("누가 데려가 주기를 기다리면 뭐해 내 발로 가야지")
        r"(내|제|지)발로(먼저)?(가야|갈|가련|갈란|갈거|갈꺼|가지|간다|걸어|가는게)"
    ),
)

# ---- guards (lexicons; the engine decides which apply to which guard class) -------------------------
_ENDING = r"(을|ㄹ|는|은|다는|단|겠다는|고싶은|고싶다는|으려는|려는|을려는|다고하는|을까하는|이란|란)?"
#: d25h: a wish ("… 싶다는") set aside for another wish said right after ("그만 살고 싶다는 게 아니라 그만 일하고 싶다는
#: 거야"); not a denial followed by despair ("죽고 싶은 게 아니구 많이 지친 거야 … 더 이상 못 살겠는 거야"). Read after
#: a crisis hit (``NEGATION_AFTER``) and in the clause a statistical model's raise quotes (``analyzer._DENIED_WISH``).
WISH_SET_ASIDE = r"(게|기|거|건)(아니라|아니고|아니구|아니래|아이라)[^.?!]{0,16}?(고싶|고시퍼|고파|고잡)"
#: "is not" as people say and type it: 아니-, and the forms whose syllable is not 니 ("아닌데", "아닙니다", "아님"),
#: which a prefix "아니" never reads (d31: "죽고 싶은 건 아닌데 …", "죽을라고 하는 건 아님" were ideation)
_NOT_BE = r"(아니|아닌|아닙|아님|아냐|아녀|아녜|아입|아임)"
#: ... and where "if not" may follow (아니면, 아니믄, 아니라면: no denial), the forms a denial reading lists first (the
#: negation after "그런 거", the model's denied wish in ``analyzer._DENIED_WISH``); an alternation, to join others
NOT_BE_NOT_IF = r"아니(?!면|믄|라면)|아닌|아닙|아님"
NEGATION_AFTER = (
    # d18: the intent named and denied ("그건 미리 해 놓는 거지 죽을라고 하는 게 아녀")
    r"^(고|구|꼬)(하는|허는|한|헌|그러는|그런)(게|거|것|기|건|기는|거는)(아이|" + _NOT_BE[1:] + "|"
    r"^(지(는|도|만|를)?(않|안)|진(않|안)|"
    + _ENDING
    + r"(그런)?(생각|마음|맘|짓|일|건|것|거|계획|용기|적|말)?(은|는|이|까지|도|까진|만큼은|따윈|따위는)?"
    r"(같은|따위)?(건|거|것은)?(해본적|한적|든적|해봤|가져본적|먹어본적)?(은|도|이)?(전혀|절대|별로|하나도|통|추호도|조금도|결코|절대로|안|한번도)?"
    r"(없|읎|안|않|" + _NOT_BE + "|아이다|말아|싫|어수))|"
    r"^.{0,5}(그런거|그런짓|그런건|그런생각|그럴생각|그짓)(은|는|도)?(안|절대|전혀|없|못|할생각없|"
    + NOT_BE_NOT_IF
    + "|아냐|아녀)|"
    # d16L: "아이고" after a bound noun is the dialect "not" ("오늘 내일 갈 것도 아이고", "죽고 싶은 건
    # 아이고"), not the sigh it is elsewhere ("죽고 싶어 아이고")
    r"^(것|거|건|게|기)?(도|는|은)아이(고|다|라|제|지)|"
    # d31: … or with no particle after the bound noun ("죽고 싶은 거 아이다 그냥 허리가 아파서"); not
    # "거 아이제/아이지", as often the tag "isn't it" ("인자 조용히 가야 할 거 아이제")
    r"^(것|거|건|게|기)아이(다|라)|"
    # d25h: the wish named to set it aside for another wish said right after (``WISH_SET_ASIDE``)
    r"^(다는|단|은|는)" + WISH_SET_ASIDE + "|"
    # d17L: the wish named as the reason and denied as the reason ("유언장 쓴 건 죽을 생각이 있어서가 아니라 오래
    # 살려고", "죽고 싶어서 그런 게 아니고", "수의 맞춘 건 죽고 싶어서는 아니구"); not "죽고 싶어서 그래 아니 진짜로"
    r"^[^.?!]{0,8}?(어서|아서|여서|해서)(가|는|도)?(그런|그래서|그랬던|하는|한|그러는|그렇게하는)?(게|거|건|것|것은)?"
    r"(아니|아녀|아냐|아이고|아이라|아입|아인|아닌)"
)
# "죽고 싶은 마음이 없진 않아" — double negation is not negation.
DOUBLE_NEGATION = (
    r"^.{0,10}(없진|없지는|없지|없는건|없는게|읎진|읎지는|읎지)(않|안|아니)|"
    # d17L: a denial called a lie ("죽고 싶은 생각이 없다면 거짓말이지")
    r"^.{0,10}(없|읎|아니|아녀)(다|라)?(면|믄|고하면|하면|그러면|카면|캐도)(거짓말|거짓|뻥)"
)

#: d19: someone's words announced before a hit ("그 사람이 마지막으로 한 말이 …") and closed as a quote after it
WORDS_OF_ANOTHER = r"(이|가|께서|님이)[^.?!]{0,8}?(한|하던|하신|남긴|남기신|했던|하셨던)말(이|은|씀이|씀은)[^.?!]{0,4}$"
QUOTE_CLOSED = r"^[^.?!]{0,24}?(라는|라던|다는|라고|다고|라카|라꼬)(거|것|말|게|얘기)?"

REPORTED_AFTER = (
    # d19: someone's words closed by "그러고." ("밥상 앞에서도 이렇게 살아서 뭐 하나, 그러고.")
    r"^(나|냐|니|노|지|야|다|라|네)?[,~…]*(그러고|그라고|그카고|그러구)([.!]|$)|"
    r"^(다|라|이라|ㄴ다|는다|냐|으냐|느냐|니)?(고|구|꼬)?(하더|그러더|카더|하대|그러대|하시|그러시|하셔|그러셔|카시|카대|"
    r"하던데|그러던데|카던데|하네|그러네|카네|하길래|그러길래|카길래|하는거|그러는거|해쌓|쌓|하드라|그러드라|카드라|"
    r"말하더|말씀하|물어|묻|물으|하던|그러던|카던|한대|그런대|칸대|했대|그랬대|캤대|들었|하데|그러데|"
    # (d20: Gyeongsang "… 모아 놨다 카는 기라": she says, it was)
    r"카는기|카는거|카는게|그카는기|그카는거)|"
    r"^(라|이라|다|ㄴ다|는다)?(면서|믄서|민서|면서두)(요|유|예)?([.?!]|$)|"  # (d17L: dialect 믄서 "마지막이라믄서요?")
    r"^(대|대요|래|래요|다네|다더라|다던|라던|다데|다드라|대더라|다카더|다카데|다카대|냐고|으냐고|느냐고|는지|은지|을까봐|ㄹ까봐|어(해|했|한다|하는|하고|하더|하던|하시|하셔))"
)

THIRD_PERSON_SAY = (
    r"^(을|를)?(했다|했대|했다네|했다더|하셨|해버렸)|"
    # said over and over ("빨리 죽어야지 빨리 죽어야지 이래 쌓는다", "갈 때 됐다 그래 싸")
    r"^[^.?!]{0,14}?(이래|저래|그래|이카|이캐|그카|그캐)(쌓|싸|샀|싼|쌌|사|대|더)|"
    # (d42: not "-지 말고", a goodbye's "don't": "할배 없어도 짖지 말고 잘 있거래이", ko_train_dev_short_crisis3)
    r"^(다|라|이라|ㄴ다|는다)?(고|구|꼬)?(했|한|해|그랬|그래|그런|말(?!고|구|아|라|거라|래)|하|카|캤|칸|캐|그소리|그말|소리|입버릇|말버릇)|"
    # d41: a wish quoted with its own "-고 싶다" ("친구가 자꾸 나도 따라가고 싶다고 해서 그게 걱정이에요")
    r"^(고|구)(싶|시퍼|잡|파)(다|어|대|데|타)?(고|구|꼬)(했|한|해|하|그랬|그래|그러|카|캤|칸|캐)|"
    # d39: the words quoted as "-냐는 말" ("그 친구가 나 혼자 살아서 뭐 하냐는 말을 자꾸 해")
    r"^(냐|으냐|느냐|나|다|라|자)는(말|소리|얘기|이야기)(을|를|만|도)?|"
    # quoted ("죽고싶다고 맨날 운다는디") or said with a few words between ("죽어버릴거야 막 그러더라구"; d12fc)
    r"^(다|라|이라)(고|구|꼬)|^[^.?!]{0,8}?(그러더|그라더|하더라|카더|그카더|그캐쌓)|"
    # d16L: "sung like a song", said over and over ("살기 싫다 살기 싫다 노래를 불렀다 카더라")
    r"^[^.?!]{0,14}?노래(를|로)?(불렀|불러|부르|불르|하더|했)"
)

#: The fear of dying in a panic or an illness ("이러다 죽는구나 싶어서", "죽을까 봐 무서워서", "죽는 줄 알았어"): a
#: word of death that is no wish, so it does not override an everyday purpose.
FEAR_OF_DYING = (
    r"죽(는구나|겠구나|을것같|을거같|을까봐|을까바|는줄|을뻔|겠다싶|을지도몰라|"
    # d30: dying feared, asked what then ("수면제 먹고 자다가 그대로 죽으면 어떡해요? 무서워서 밤새 뜬눈이에요")
    r"(으면|으믄|으문|으모|을까)(어떡|어떻게|어쩌|어째|어짜|우짜|우야|큰일|겁|무서))"
)

#: The question put to the speaker, repeated back ("혹시 죽고 싶다는 생각이 드신 적 있냐고요"): the caller's words.
#: Asked in honorifics (the caller to the speaker) or repeated back with a polite ending ("…냐고요?"); not the speaker's
#: own question told ("이 약 한꺼번에 먹으면 어떻게 되냐고 물어봤어요").
QUESTION_ECHO = (
    r"^[^.!]{0,16}?(시|셨|신|셔)[^.!]{0,8}?(냐고|냐구|냐꼬|느냐고|으냐고|냐카|냐캐|냐는|냐길래)|"
    r"^[^.!]{0,16}?(냐고|냐구|냐꼬|느냐고|으냐고)(요|유|예)"
)

#: d25: a death told as news right after a means or a wish ("순자가 농약 먹고 갔다는 소식 듣고", "… 갔다 카더라"):
#: someone's (``COMPLETED_DEATH`` for the crisis rows, ``discourse``'s means cue)
DEATH_TOLD_AS_NEWS = r"갔다는(소식|얘기|이야기|말)|갔단(소식|얘기|말)|갔다(카|캐|더라|드라|네|대|지뭐여)"
COMPLETED_DEATH = r"^.{0,3}(죽었|돌아가셨|돌아가시|세상을떠났|세상떠났|갔대|가셨|숨졌|사망|" + DEATH_TOLD_AS_NEWS + ")"
#: d17L: what follows a hit that ends on 죽 when it tells a death that happened ("동네 누가 농약 먹고 죽었잖여", "…
#: 죽었대"); not a wish ("죽었으면"), an attempt survived ("죽었다 살았어") or a should-have ("죽었어야").
DIED_TOLD_AFTER = r"^었(잖|대|다네|다더라|다카|다캐|다고|는데|는디|다는|거든|던|답니다|제)"

#: (d20: "분" and "형" as persons, not inside "기분이", "부분이", "화분이", "오 분이" (minutes), "인형이", "체형이"; a
#: crisis after "기분이 너무 안 좋아서" had been given to a third person)
OTHER_SUBJECT = (
    r"(이웃|옆집|앞집|윗집|아랫집|친구|동창|남편|영감|할아버지|할아범|할멈|할머니|아내|마누라|부인|아들|딸|며느리|사위|손자|손녀|"
    r"손주|조카|언니|오빠|형님|(?<![원모체유인성변정외지선])형|누나|동생|올케|시누|동서|사돈|엄마|어머니|(?<!하나님)(?<!하느님)아버지|아빠|선배|후배|이모|고모|삼촌|아저씨|"
    r"아줌마|여자|남자|사람|양반|노인|어르신|그분|그사람|그양반|걔|얘|쟤|그애|그놈|그녀석|회원|교인|집사|권사|장로|"
    r"목사|스님|의사|간호사|약사|배우|주인공|연예인|가수|애(?!가타|가탄|가터|가끓|가쓰)|애들|누구|어떤이|환자|(?<![기부성신충수양처본흥배추천반십감노미진비과공혼오자정전화단일삼사육칠팔백])(?<!(?<!친)구)분|"
    # (d41: and another's children honoured, never the speaker, "따님은 아버님 곁에 있고 싶어서")
    r"처남|매형|매부|처제|형부|제부|시아버지|시어머니|시아주버니|시동생|장인|장모|동료|선원|뱃사람|전우|총각|처녀|청년|아가씨|따님|아드님)"
    r"(네|님|들|씨)?(하나|한명|한사람)?(이|가|은|는|께서|도|이도|이는|가도|들이|들은)|"
    # d41: an elder named by what they do with the speaker ("회관에 같이 다니는 할매가", "친한 언니가"); not "사는",
    # as a speaker calls herself "혼자 사는 할매"
    r"(다니는|아는|친한|지내는|노는|만나는)(할매|할배|할머니|할아버지|할망|하르방|언니|형님|양반|노인|노인네|영감|아지매|아재)"
    r"(가|는|도|이|께서)|"
    # a neighbour called by age or family name ("옆방 할매가", "경로당 김씨가"; d12fc) — never the speaker, who may
    # call herself 할매 but not "옆방 할매"
    r"(옆방|옆집|앞집|윗집|아랫집|이웃|경로당|동네|건넛집)(집)?(할매|할배|할망|하르방|아재|아지매|할멈|노인네|"
    r"[김이박최정강조윤장임한오서신권황안송류홍]씨)(가|는|도|이|께서)|"
    # a relation word and a name ("제 친구 영순이가", "옆집 순자 씨는")
    r"(친구|동창|이웃|옆집|앞집|윗집|아랫집|언니|동생|사촌)[가-힣]{1,3}?(이가|이는|이도|씨가|씨는)|"
    # d20: one of them ("동창 하나가", "친구 중에 한 명이")
    r"(친구|동창|이웃|교인|회원|동네사람|아는사람|아는분)(들)?(중에|중에서)?(하나|한명|한분|한사람|둘|두명)(이|가|은|는|도)|"
    # d16L: an elder pointed at ("그 할배가 평소에도 …", "저 할매는")
    r"(그|저)(할매|할배|할망|하르방|아재|아지매|노인네|할아배|할무이)(가|는|도|이|께서)|"
    # d28c: a father or a mother pointed at, a drama's ("그 아부지가 약 모아갖고 그라는 거 보고 울었당께")
    r"(그|저)(아부지|아버지|어머니|어매|엄마|아들|딸|할아버지|할머니)(가|는|이|도|께서)|"
    # d40: they among themselves ("애들이 나 요양원 보내는 걸 자기들끼리 다 정해놨더라구요")
    r"(자기들|지들|저들|저희들|저희|즈그들|즈그|지네들|지네|자기네|걔들|지그들)끼리"
)

#: Someone announced as saying it again, right before the words ("우리 영감이 요새 또 그 소리를 해 아침마다 일어나믄
#: 아이고 빨리 죽어야지"): the words are that person's saying (matched on the 30 characters before a hit).
SAYING_FRAME = (
    r"(" + OTHER_SUBJECT + r"|(그|우리|저)(양반|영감|할배|할매|사람)(?=(또|맨날|노상)?그(소리|말)))[^.?!]{0,12}?"
    # (d20: "이 양반이 요새 자꾸 이상한 소리를 해요")
    r"(그|이|저|또그|맨날그|이상한|희한한|헛|별|쓸데없는|그런|이런)(소리|말)(를|을)?(해|하|한다|한대|하더|해쌓|혀|허|"
    # d17L: the rhetorical "didn't he say it again" of 경상 ("우리 영감이 또 그 소리 안 하나")
    r"안하나|안하노|안했나|안카나|안캤나|안하겠나|"
    # d16L: the saying dated as that person's for years ("그 양반 그 소리 한 지 삼십 년 됐어 쉰 살 때부터 …")
    r"한지|한제|한게|헌지|헌제)"
)

#: … or said, after the words, to be that person's habit ("빨리 죽어야지 늙으믄 빨리 죽어야지 그 소리를 입에 달고
#: 살어").
SAYING_AFTER = r"^[^.?!]{0,16}?(그|이|저)(소리|말)(를|을)?(입에달고|입버릇|맨날해|맨날하|달고살)"
#: d17L: a quote closed by a saying verb right after it ("… 빨리 죽어야 니가 편하제 카면서"): with someone announced as
#: saying it just before (``SAYING_FRAME``), the words are theirs (``engine._framed_saying``).
#: d20: words closed a clause on by the teller's witnessed "이러더라고요", "그러대", "이카더라" (a saying seen, never
#: one's own: "죽고 싶더라" is a feeling, and 하더라 is left out for it), or "그러는 거라" ("나도 곧 갈 거라 이제
#: 우리 차례여 그러는 거라": his saying)
REPORT_CLOSED_AFTER = (
    r"^[^.?!]{0,24}?(?:(이러|그러|저러|이카|그카|저카)(더라|드라|대|데)|"
    r"(그러|이러|저러)는(거|기)(라|여|야|예))"
)

QUOTE_CLOSED_AFTER = r"^[^.?!]{0,12}?(카|하|그러|캐|허|그라|캄|험)(면서|믄서|민서|시롱|시로|길래|드라|더라)"

# (d32c: not the dialect's "사는 기 사는 기 아이다" run together, "사는기사는기": 기사 between two 는 is 것이 and a
# verb; "요즘 나오는 기사 보면" stays)
MEDIA = (
    # (d42: not the set turned on for company, "티비만 틀어놓고 누워있어요 이러다 조용히 갔으면 하는게 소원이에요",
    # ko_train_dev_short_crisis9)
    r"(드라마|연속극|뉴스|영화|(테레비|티비|TV|tv|라디오)(?!(만|를|을|은|는|도|좀|소리)?(틀어|틀고|틀어놓|켜|꺼|끄))|"
    r"방송|(?<!는)기사|기사(?!는)|신문|소설|책에서|책에|유튜브|주인공|노래|가사|연예인|배우|"
    r"만화|동화|옛날얘기|이야기속|프로그램|사극|일일극|다큐)"
)

MEDIA_AFTER = r"^.{0,6}(라는|하는|는|다는)(드라마|영화|노래|뉴스|프로|책|소설|연속극|장면|대사)"

#: d20: the first person in compact text (spaces removed), where a pronoun can sit inside a longer word: "지난주에",
#: "끝난", "살아난" (난), "하나도", "지나도", "만나는" (나도/나는), "문제가", "숙제가" (제가), "안내가" (내가) are no
#: one's "I"; read as one, they stopped the guards that give a friend's act to the friend ("친구가 지난주에 수면제를
#: 많이 먹고 …": "I" after the friend).
FIRST_PERSON_WORDS = (
    r"((?<![하지만떠끝])(?<!일어)(?<!태어)(?<!깨어)(?<!살아)(?<!돌아)(?<!생겨)(?<!자라)나(는|도|두|를)|(?<![안시])내가|"
    r"(?<![끝지가재고곤만떠다피비어아겨잘못화신분험난모])난(?![리로방간초생])|(?<![문숙해과주체설어편])제가|"
    r"저는|저도|나한테|내맘|내마음|나역시|나같아도|저두|내자신|나자신|나혼자|내몸|"
    # d25: the speaker as a sinner or "this body" in a prayer ("하나님 아버지 이 죄인이 …")
    r"이죄인(이|은|도|을)|이몸(이|은|도)"
)
FIRST_PERSON = FIRST_PERSON_WORDS + ")"

#: A crop, a plant, a pest or an animal as the subject right before a death word (d11): "배추가 얼어 죽을까 걱정이야",
#: "모기나 다 죽었으면 좋겠어", "벌레가 다 죽어지면 좋겠다" are about them, never the speaker. Always with its particle.
NONHUMAN_SUBJECT = (
    r"(배추|고추|무|벼|모종|묘목|콩|참깨|들깨|깨|감자|고구마|마늘|양파|상추|오이|호박|토마토|딸기|수박|참외|포도|나무|감나무|"
    r"꽃|화분|난초|잡초|풀|작물|농작물|곡식|나락|보리|옥수수|벌레|해충|모기|파리|바퀴벌레|바퀴|쥐새끼|쥐|진드기|개미|"
    r"나방|진딧물|두더지|멧돼지|고라니|까치|비둘기|병아리|닭|오리|송아지|소|돼지|염소|강아지|고양이|물고기|금붕어|붕어|꿀벌)"
    r"(들(이|가|은|는|도|이나|만)?|이|가|은|는|도|나|이나|만|까지)"
)

PAST = (
    r"(예전에|예전엔|옛날에|옛날엔|젊을때|젊었을때|젊을적|젊었을적|젊어서|젊은시절|한때|그때는|그땐|그당시|전에는|전엔|한창때|작년|재작년|한동안|"
    r"몇년전|몇해전|수년전|오래전|과거에|왕년에|IMF때|아이엠에프때|사업망했을때|처음에는|처음엔|그시절|그무렵|"
    r"한참은|한참동안|보내고나서|떠나고나서|가고나서|첫해엔|첫해에는|그해엔|그해에는|"
    # d35: the year after a loss ("마누라 가고 한 해는 참말로 살기 싫었는디 … 다 지나갔어 지금은 괜찮어")
    r"한해는|한해동안|첫해는|몇달은|몇달동안|"
    # d40: a year or two after a loss ("집사람 치매로 보내고 이태 동안은 나도 따라 죽고 싶었지. 근데 지금은 아니야")
    r"이태동안|이태는|이태간|한이태|일이년은|일이년동안|일년동안|일년은|몇년동안|몇해동안|몇해는)"
)

#: A past dated in years or by an age ("십 년 전에", "스무 살 때"; d9): read only with a resolution close after the hit
#: (``engine.RESOLVED_NEAR_CHARS``), as "이 년 전" and "열 살 때" are as common in long talk as any date.
PAST_NEAR = (
    r"[0-9일이삼사오육칠팔구십백몇]+(년|해)(전|전에|전엔)|"
    r"(스무|스물|서른|마흔|쉰|예순|일흔|여든|아흔|열|[0-9]+)(한|두|세|네|다섯|여섯|일곱|여덟|아홉)?살(때|적|무렵)"
)

#: Not a resolution: "이제 잘 살 자신이 없어", "지금은 희망이 없어", "요즘은 살 맛이 안 나" (hopelessness now; d14m).
_NOT_RESOLVING = "".join(
    f"(?<!{noun})"
    for noun in (
        "자신이",
        "자신도",
        "희망이",
        "희망도",
        "낙이",
        "낙도",
        "재미가",
        "재미도",
        "의미가",
        "의미도",
        "이유가",
        "이유도",
        "힘이",
        "기운이",
        "기운도",
        "의욕이",
        "의욕도",
        "수가",
        "살맛이",
        "살맛도",
        "맛이",  # (d35 probes: "지금은 사는 맛이 없어")
        "맛도",
        "미련이",
        "미련도",
        "살길이",
        "방법이",
    )
)
#: d27: the thought itself said to be gone ("교회 형님들 덕에 술 끊고 그 생각도 없어졌어요"), not wished gone
#: ("그 생각이 없어졌으면"): a resolution (``RESOLVED``, ``RESOLVED_STRONG``)
THOUGHT_GONE = (
    r"(그런생각|그생각|그런맘|그런마음|그맘|그마음|나쁜생각)(은|도|이|가)?(싹|다|말끔히|씻은듯이|완전히)?"
    r"(없어졌|사라졌|가셨)(?!(으면|으믄|으민|음|으니))"
)
RESOLVED = (
    r"(지금은|이제는|이젠|요새는|요즘은|요샌|요즘엔|인제는|인자는|지금이야|지금이사|이제)(.{0,8})"
    # (d41: "인자는 안 그려", Jeolla and Chungcheong)
    r"(괜찮|안그래|안그려|안그랴|안해|안합니|안하죠|안하지|안혀|안허|"
    + _NOT_RESOLVING
    + r"(안들|안드|안든|안나|안난|없)|아니|아녀|아니여|아이다|아이라|아입|좋|극복|이겨|잘지내|"
    r"잘살(?!(자신|수가없|수없|까|기힘|기가힘|기어렵|기싫|맛))|잘사(?!람)|살만|행복|편안|편해|편혀|편햐|감사|웃|재밌|"
    r"즐겁|멀쩡|낙으로(?!도|못|안)|재미로(?!도|못|안)|(보는|하는|사는)?(맛|재미|낙)에(살|사)(?!는게|는기))|"
    r"(지나갔|지나간일|지난일|지난얘기|지난이야기|지나간얘기|지나간이야기|옛날얘기|옛날이야기|옛말|극복했|이겨냈|다나았|싹나았|씻은듯이나았|벗어났)|"
    # d17s: the past dated decades back, glad to have lived, much better now ("삼십 년도 더 된 일이고 지금은 그때
    # 살길 정말 잘했다 생각합니다", "지금은 복지관 다니면서 많이 좋아졌습니다")
    r"(십|이십|삼십|사십|오십|수십|몇십|[1-9]0)년(도|이|은|가)?(더|넘게|훨씬|넘은|넘)?(된|지난|넘은)(일|얘기|이야기)|"
    r"(살길|살기를|안죽길|안죽기를|버티길|견디길|살아남길)(정말|참|참말로|진짜|천만)?(잘했|다행)|"
    r"(많이|훨씬|한결|아주|씻은듯이)(좋아졌|나아졌|괜찮아졌)|"
    # d20: the thought said to have no room now ("요새는 손자 봐준다꼬 바빠서 그런 생각 할 틈도 없다")
    r"(그런생각|그생각|그런맘|나쁜생각)(은|도)?(할|날|들)(틈|새|겨를|시간)(도|이)?(없|읎)|"
    # d20: treated then, well now ("그때 딸이 병원에 데려가 줘서 치료를 받았고, 지금은 합창단에서 알토를 맡고 있어요"),
    # not "치료 받았는데 지금은 또 …"
    r"치료(를|도)?(받았|받고|받아서)(고|는데|지만)?[^.?!]{0,24}?(지금은|이제는|요새는|요즘은)(?![^.?!]{0,8}(또|다시|도로))|"
    # d28: a mind at ease now, or living for a joy now, said a little further on ("지금은 다 갚고 단도박 모임 나가유. 맘
    # 편해유", "인자는 아침마다 산에 갑니더. 손주 보는 재미로 삽니더")
    r"(지금은|이제는|이젠|요새는|요즘은|인제는|인자는)[^?!]{0,24}?((맘|마음)(이|은|도)?(편해|편하|편안|편혀|놓여)|"
    r"(재미|낙)(으)?로(살|삽|사는|산다))|" + THOUGHT_GONE
)
#: RESOLVED words read only close after the hit (``engine.RESOLVED_NEAR_CHARS``), as they are common words
#: anywhere in a long transcript: dialect (읎, 어수), relief and thanks (편하다, 고맙다), the past called folly
#: ("그땐 철이 읎었지"; d9).
RESOLVED_NEAR = (
    r"(지금은|이제는|이젠|요새는|요즘은|인제는|인자는|지금이야|지금이사|이제)(.{0,8})("
    + _NOT_RESOLVING
    + r"(읎|어수)|편하|편혀|편햐|편허|고맙|고마워)|"
    # "지금은 잘 살아" (d14m), not "이제 잘 살 자신이 없어"
    r"(지금은|이제는|이젠|요새는|요즘은|인제는|인자는|지금이야)(.{0,4})잘(살|사)(?!.{0,4}(자신|수없|수가|싶지|기싫|기가싫))|"
    r"철(이)?(없|읎)|철없"
)

FUTURE_PLANS = (
    # (d41: and a party, a year after next, a launch or an exhibition, the weather's warming: "구십 잔치는 하고 갈거야 …
    # 내후년 봄에 식당도 벌써 알아봤어", "날 따뜻해지면 아들 차 타고 산소에 한번 갈라고", "출판 기념회도 할 거라니까요")
    r"(내년|내후년|다음달|다음주|내달|봄에|가을에|여름에|겨울에|결혼식|돌잔치|칠순|팔순|여행|입학|졸업|추석에|설에|명절에|"
    r"잔치|기념회|전시회|발표회|따뜻해지면|날풀리면|날이풀리면|꽃피면)"
    # (d33b: not refused, "다음 달에 조직검사 하재요. 안 갈 거예요", ko_train_blind_long49)
    # (d33c: or an event to see, "내년에 손주 결혼하는 거 봐야지")
    # (and not a going before the event, "다음 달에 김장해야 하는데 그 전에 갈 거야": d33c)
    r".{0,12}(?<!안)(?<!못)(?<!전에)(?<!전엔)(가야|갈|보러|할거|할꺼|하려고|해야지|갈거|갈꺼|보려고|볼거|하고싶|가고싶|기대|기다려|봐야지|봐야제|봐야겠|봐야겄|"
    r"보고가야|보고갈|볼란다|볼끼다)|"
    # d27b: a ceremony to be gone to ("다음 달 손녀 졸업식엔 양복 입고 간다")
    r"(결혼식|돌잔치|칠순|팔순|구순|입학식|졸업식|환갑)(엔|에|에는|에도)[^.?!]{0,10}?(간다|갈란다|가요|갑니다|갈게|갈께)|"
    # d27: a family event to come and the speaker's help with it ("가을에 막내 손자 장가가믄 거 보태줄라꼬 쪼매
    # 남겨놨다")
    r"(장가|시집|결혼|돌|백일|입학|졸업|환갑|칠순|팔순|집들이)(가믄|가면|가민|가모|하믄|하면|하민|할때|갈때|들어가믄|들어가면)"
    r"[^.?!]{0,12}?(보태|보탤|보태줄|줄라|줄려|주려|해줄|사줄|사주|부조|축의금)|"
    # d17L: the speaker's return stated with the calls or visits taken up again ("삼월 말에 돌아오민 다시 전화 줍서",
    # "다녀와서 또 연락드릴게요", "나오믄 다시 전화혀유"), or a coming back at a season ("봄에 또 오켄")
    r"(돌아오|돌아와|다녀오|다녀와|갔다오|갔다와|올라갔다오|내려갔다오|퇴원하|나오)(면|민|믄|거든|서|가지고|는대로|문)"
    r"[^.?!]{0,16}?(다시|또)[^.?!]{0,4}?(전화|연락|봅|보자|봐요|봐유|만나|얘기|들를|올게|올께|오께)|"
    # (d26c: next week, again: "담주에 또 올라 올랑께")
    r"(담주|다음주|다음달|담달|모레|주말)(에|엔)?(또|다시)(올|올라올|올라오|내려올|내려오|오마|올랑께|올게|올께|갈게|갈께|가마)|"
    r"(봄|여름|가을|겨울|내년|설|추석|명절|방학)(에|엔|되면|되믄|되민|이면|지나면|지나서)(또|다시)"
    r"(올|오켄|오쿠|올께|올게|오께|와야|내려올|올라올|돌아올|오마|옵니|올라요|올랑께|올텐께|올끼|오께요)|"
    # d28: a stay of a set time with the return said ("딸네따라 호주가서 석달 살다온다")
    r"(석달|두달|한달|몇달|반년|일년|보름|열흘|며칠|사흘|나흘|일주일|이주일|한철|겨울|여름)(만|동안|정도|쯤|간)?"
    r"(살다|있다|지내다|놀다|쉬다|머물다)(온다|올|오께|올게|올께|오마|와야|올거|올꺼|올끼|올란다|올라고|올려고|오지)"
    # (one's own, not another's told of: "마누라는 … 한 달 있다 온다카대")
    r"(?![카캐대더데]|한대|한다|했|그러|하더|하대)|"
    # d28: coming back at every holiday, promised by one who moves away ("서울 가도 명절마다 내려올 거여")
    r"(명절|설|추석|방학|주말|제사|생일)(마다|때마다|때면|때믄)(꼭|또|다시)?(내려올|올라올|놀러올|보러올|들를|들릴|올|내려가|올라가)"
    r"(거|꺼|끼|겨|께|게|란다|라|랑께|텐께)|"
    # d17L: a hospital stay with what comes after the discharge ("퇴원허믄 너네 집 가서 며칠 쉬다 올 거여")
    r"퇴원(하|허|해)?(면|믄|민|거든|하고|허고|해서|하면|허믄|하자마자|허자마자)[^.?!]{0,24}?"
    r"(네집|집에|집으로|가서|쉬다|쉬러|보러|놀러|여행|밭에|일하|경로당|복지관)"
)

IMITATION = r"(나도|내도|나두)(저렇게|그렇게|따라|똑같이|한번|해볼|하면되겠)"

PLAY = r"장난|실수로|모르고|놀다가|어리광|농담"

# The speaker denies for themself what the sentence described ("나는 그런 생각 없어", "난 그런 거 안 해").
SELF_DENIAL = (
    r"(나는|난|내는|나야|저는|나도|저도)(절대|전혀|아직)?(그런|그럴|그딴|그렇게)(생각|거|것|짓|일|맘|마음|소리)?"
    r"(은|는|도|같은건|까지는)?(절대|전혀|하나도|아예|꿈에도)?(없|읎|웂|안|않|못|몰라|아니)"
)


# ---- d14fc: false crisis alerts on benign talk (each pinned both ways in tests/unit/test_false_crisis_d14fc.py) ----
#: The thought said to be gone now ("죽고 싶단 생각은 이제 안 해요", "죽고 싶은 마음은 인제 없어"), right after a wish:
#: no longer there, so no ideation (SCREENING.md). Not an effort against it ("이제는 안 하려고 해도 자꾸 들어") nor a
#: denial taken back (``NO_LONGER_TAKEN_BACK``).
NO_LONGER_AFTER = (
    r"^(은|는|을|단|다는|ㄴ다는|다고하는)?(그런)?(생각|마음|맘)(은|는|이|도|을|까지는)?"
    r"(이제|인제|인자|이젠|이제는|인제는|인자는|요새는|요즘은|지금은|더는|더이상)(는|은)?(안|않|없|읎|별로안|통안)"
    r"(?!(하|허|해|들|나)?(려|ㄹ려|을려|할려|고싶|도록))"
)
#: ... unless the speaker goes on to say it is back ("이제 안 한다고 했는데 사실 요즘 또").
NO_LONGER_TAKEN_BACK = r"^[^.?!]{0,24}?(했는데|했지만|했었는데|다가)[^.?!]{0,10}?(또|다시|자꾸)"
#: The question asked back and denied ("죽고 싶은 생각? 그런 거 전혀 없어요"): read across the question mark.
ECHO_DENIED_AFTER = (
    r"^(은|는|단|다는|ㄴ다는)?(생각|마음|맘)?(이요|요|말이|말이가|말여)?[?？]+"
    # d20: a short sentence may come between the echo and its denial ("번개탄? 우리 집은 기름보일러여. 그런 거 없어.")
    r"([^.?!]{1,16}[.!]+)?"
    r"(그런거|그런건|그런생각|그런맘|그런마음|그런것|그딴거)(은|는|도)?(전혀|절대|하나도|아예|통)?(없|읎|안|아니|아녀|아이다)|"
    # d16L: the question said back without a question mark and denied at once ("그 죽고 싶은 생각 있냐꼬 아이다 그런 건
    # 아이다", "그런 생각 해 봤냐고요 아뇨 없어요")
    r"^[^.?!]{0,16}?(냐고|냐구|냐꼬|느냐고|으냐고|냐카|냐캐|냐는)(요|유|예|말이가|말이지)?[^.?!]{0,3}?"
    r"(아이다|아이라|아입니|아니다|아니여|아니요|아녀|아뇨|아니|없|읎|그런거|그런건|그런생각)"
)
#: A denial said of the past and the thought there now ("예전엔 죽고 싶단 생각 안 했는데 요즘은 자꾸 들어"): no
#: negation (the thought is present).
NEGATION_THEN_NOW = (
    r"^[^.?!]{0,16}?(안했|안들었|없었|안해봤|안나더)(는데|지만|다가|어도|는디|는데도)[^.?!]{0,8}?"
    r"(요즘|요새|지금은|근래|최근|이젠|이제는|인제는|인자는)(?![^.?!]{0,4}?(괜찮|나아졌|좋아졌|안그래|멀쩡))|"
    # d31: "is not" said, then the thought told as coming now ("죽고 싶은 건 아닌데 요즘은 자꾸 그런 생각이 들어")
    r"^[^.?!]{0,16}?(아닌데|아닌디|아니지만|아니긴한데|아니었는데)[^.?!]{0,10}?(요즘|요새|지금은|근래|최근|이젠|이제는|인제는|"
    r"인자는|자꾸|가끔|문득)[^.?!]{0,10}?(그런생각|그생각|그맘|그마음|그런맘|그런마음)(이|도|은)?[^.?!]{0,4}?(들|나|해|하)"
)
#: Who speaks in a transcript with turn labels ("상담원: … 어르신: …"): the caller's turns are not the speaker's state.
CALLER_LABEL = (
    r"(상담원|상담사|상담자|복지사|사회복지사|생활지원사|관리사|돌봄선생님|선생님|직원|간호사|봉사자|면담자|질문자|조사원|"
    r"공무원|주사|기자|진행자|의사|"
    # automated and volunteer callers (d16m: "AI: 혹시 요즘 죽고 싶다는 생각이 드신 적 있으세요? 어르신: 아니요")
    r"AI|ai|에이아이|콜봇|챗봇|상담봇|로봇|안부콜|안부전화|말벗|요양보호사|보호사|활동지원사|Q)[:：]"
)
#: A resolution said strongly ("다 나았어요 다 지나간 일이에요"), read farther after a past dated in years
#: (``PAST_NEAR``; "십오 년 전에 … 약을 한 움큼 먹었어요 … 응급실 … 그리고 다 나았어요") than the commoner
#: words; not a resolution believed once ("다 지나간 일인 줄 알았는데").
RESOLVED_STRONG = (
    r"(지나간일|지난일|다나았|싹나았|극복했|이겨냈|벗어났)(?!(인|이)?(줄|줄로|줄만)알)|"
    # d19: "그 뒤로 그런 생각은 한 번도 안 했다"
    r"(그뒤로|그후로|그다음부터|그때이후로|그이후로|그뒤론|그후론)(는|론)?(그런생각|그생각|그런맘|그런마음)(은|도)?"
    r"(한번도|전혀|다시는|두번다시)?(안|없|읎)|" + THOUGHT_GONE
)
#: Work gear or a farm tidied away in the sentence of a preparation ("창고에 농기구들도 다 정리했어", "삽이고 낫이고 …
#: 고물상에 넘기고 이제 다 정리했어"): a retirement from farming or a trade, not affairs settled (read by discourse.py
#: with no death word in the sentence).
PREP_WORK_GEAR = (
    r"농기구|창고|연장|공구|트랙터|경운기|이앙기|콤바인|관리기|예초기|비닐하우스|농막|작업장|삽이고|낫이고|호미|고물상|"
    r"농사(를|는|도)?(접|그만|정리)"
)
#: Said, after the words, to be someone's habit in dialect ("빨리 죽어야제 빨리 죽어야제 그 소리를 해싼당께"; the engine
#: reads it as ``SAYING_AFTER``).
SAYING_HABIT_AFTER = r"^[^.?!]{0,16}?(그|이|저)(소리|말)(를|을)?(해싸|해쌓|해샀|해싼|해쌌|혀싸|허싸|해대|하고살|입버릇)"
#: d28: the addressee's other parent named before the words ("니 아부지 또 빨리 죽어야지 소리한다ㅋㅋ 입버릇이여",
#: said to a child of the speaker's husband) ...
ADDRESSEES_PARENT = (
    r"(니|느그|너거|너희|니네|늬|너네)(아부지|아버지|아빠|애비|엄마|어머니|어매|에미|어미)(는|가|도|이|께서)?"
)
#: ... and the words closed right after as a saying of theirs, "소리(를) 한다"
SAID_AS_SAYING = (
    r"^(하는)?(소리|말)(를|을)?(또|맨날)?(한다|하네|하데|한데이|한당께|해싸|해쌓|혀싸|허네|허더라|하더라|했다|혀|해)"
)


# ---- discourse: signals that mean something only together, across the sentences of one transcript ----
# (the engine's :mod:`~mhealth.domain.rules.safety.discourse`). A long check-in can say "약을 모아 뒀어요" in
# one sentence and, a minute later, "이번 주말이면 다 끝나요" in another: neither is a plan alone, together
# they are. Each cue is checked in its own sentence (media, another person, reported speech, negation, a
# resolved past, an everyday purpose in it or the next sentence) before it may combine.

#: A means named by the use it had or by its strength (pesticide as "the medicine sprayed on the field", a rope as "a
#: thick line"): discourse.py does not read the use in the name as its everyday purpose.
DISCOURSE_USE_NAMED = (
    r"(밭|논|고추|풀|벌레|과수원|사과|배추)(에|에다|에다가)?(치던|뿌리던|치는|뿌리는|쓰던|쓰는|치다남은|뿌리다남은)약|"
    r"(튼튼한|굵은|질긴|두꺼운|단단한)(줄|끈|밧줄|노끈)"
)
#: A lethal means obtained, kept or hidden (pills saved, pesticide bought, charcoal, a rope) — the held means.
#: d23: a life-sustaining treatment stopped, decided or said as done, or named with the end its stopping brings: a held
#: means in discourse (``DISCOURSE_MEANS``) that no everyday purpose excuses (``discourse._guarded``).
TREATMENT_STOPPED = (
    # d23: a life-sustaining treatment stopped by decision ("엄마 다음주부터 투석 안 갈란다"); with an end or a goodbye
    # it is a plan (discourse.combined), alone nothing (elders stop treatment for many reasons)
    r"(투석|혈액투석|복막투석|항암|항암치료)(도|은|는|을|를|하러|받으러|하는거|하는것|받는거|받는것)?[^.?!]{0,4}?"
    r"(안갈|안받을|안할|안헐|그만둘|끊을|안다닐|안댕길)(란다|라고|래|거|꺼|끼|겨|라꼬|기다|란|께|랍니다|라요)|"
    # (d25: "투석 이제 그만 받으려고요")
    r"(투석|혈액투석|복막투석|항암|항암치료)(도|은|는|을|를)?(이제|인자|인제|이젠)?그만(받|하|다니|댕기)(으려|려|을라|을려)(고|구|꼬)|"
    # (d23e: insulin not injected any more, "인슐린도 지난주부터 안 맞았어요"; a medicine whose stopping ends it, said
    # with its end, "그 약 끊으면 몸이 다 굳는다면서요 … 숨까지 굳어버리면 그걸로 끝이니까")
    r"인슐린(도|은|을|는)?[^.?!]{0,8}?(안맞았|안맞아|안맞고|안놔|안놓고|끊었|끊고)|"
    r"(약|그약|인슐린|투석)(을|은|도)?[^.?!]{0,4}?(끊으면|안먹으면|안맞으면|안하면)[^.?!]{0,24}?"
    r"(그걸로끝|그러면끝|끝이니|숨까지|숨이멎|숨이넘어|죽는다|죽는대)|"
    # (d23: or said as done, "투석 이제 안 받는다", "일부러 끊은 거다")
    r"(투석|혈액투석|복막투석|항암|항암치료)(도|은|는|을|를)?(이제|인자|인제|벌써)?(안받는다|안받어|안간다|안가유|안댕긴다|"
    r"끊었다|끊었어|그만뒀다|그만뒀어)|일부러(끊은|끊었|안간|안받은|안받았|안맞|안놓|안놔)|"
    # (d25e: "(당뇨 주사) 안 맞은 지 열흘 됐어, 일부러")
    r"(안맞은지|안맞았|안맞고|안받은지|끊은지|안놓은지)[^.?!]{0,10}?일부러"
)
#: d27: a soldier's blade (DISCOURSE_MEANS; discourse.py reads its sharpening, 갈아, as no innocent 연탄 갈아)
BLADES = r"대검|총검|단검|군용칼|군대칼"
DISCOURSE_MEANS = (
    r"(수면제|수면재|수면유도제|수면약|잠오는약|잠약|안정제|신경안정제|진통제|알약|약|농약|제초제|제초약|살충제|살충약|그라목손|"
    r"근사미|쥐약|독약|청산가리|번개탄|숯|연탄|화로|화덕|밧줄|노끈|끈|가스호스|가스줄|가스레인지호스|부탄가스)"
    r"(을|를|은|는|도|이|가|만|들|두|한병|한통|몇개|몇장|몇봉지|한봉지|한주먹|병|하나)?"
    r"[^.?!]{0,16}?"
    r"(모아|모았|모은|모으|모였|모다|모태놨|모태뒀|모태놓|사놨|사다|사왔|사뒀|사놓|사두|구해|구했|숨겨|숨겼|감춰|감췄|쟁여|챙겨놨|챙겨뒀|준비해|마련해|"
    r"안먹고|안드시고|안잡숫고|갖다놨|갖다뒀|갖다놓|타다놨|타다뒀|타놨|빼놨|빼뒀|빼두|"
    r"안묵고[^.?!]{0,8}?(모아|모았|모은|모다|쌓|숨겨|감춰|쟁여|뒀|놨|놔|넣어))|"
    # d27: a soldier's blade taken out and sharpened ("군에 있을 때 쓰던 대검 꺼내서 갈아놨어"), not the prosecutors'
    # office (대검찰청) nor a kitchen knife
    r"("
    + BLADES
    + r")(?!찰|중수|차장|총장)(을|를|은|는|도|하나)?[^.?!]{0,8}?(갈아놨|갈아뒀|갈았|벼려|날세워|닦아놨|꺼내놨|꺼내뒀)|"
    # d26c: the door's gaps to be taped ("번개탄이요? … 그 넓은 테이프도 줘, 문틈 막게"): discourse.py wants the fumes'
    # means named before it and makes it a plan alone
    r"테이프[^.?!]{0,12}?(문틈|창틈|창문틈|방문틈)(을|도|좀)?(막게|막을라|막으려|막을려|막아야|막을거|막을꺼|막을)|"
    # d26b: bought to drink oneself ("말씀하신 농약은 밭에 쓰실 건가요? … 내 먹을라고 사 온 거여"): discourse.py wants a
    # poison named before it and makes it a plan alone
    r"(내|내가|나|제가)(먹을라고|먹을려고|먹으려고|마실라고|마실려고|마시려고|묵을라꼬|묵을라고|묵을려고|마실라꼬)"
    r"(사온|사왔|샀|사다|구해|구했|갖다|사놨|사놓)|"
    # d26: a cord handled again and again ("요새 밤마다 빨랫줄 하나 만지작거려유"): kept at hand, not hung washing
    r"(빨랫줄|밧줄|노끈|끈|넥타이|허리띠|전깃줄)(을|를|하나|만|만자꾸|을자꾸)?[^.?!]{0,4}?(만지작|매만지|만져보|쥐어보)|"
    # a brazier or briquettes brought into the room (not briquettes stocked for the winter)
    r"(연탄|번개탄|숯|화로|화덕)[^.?!]{0,12}?(방|안방|작은방|방안)(에|으로|안에|안으로)?(들여놨|들여놓|들여다놨|갖다놨|갖다놓)|"
    # A named lethal means (not bare "약" or "끈": "약국에서 감기약 샀어") bought or left where it is on purpose.
    r"(수면제|수면유도제|수면약|잠오는약|잠약|신경안정제|농약|풀약|제초제|제초약|살충제|그라목손|근사미|쥐약|독약|청산가리|번개탄|"
    r"숯|연탄|밧줄|노끈|가스호스|가스줄)"
    r"(을|를|은|는|도|이|만|한병|한통|몇개|몇장|한봉지|병)?[^.?!]{0,16}?(샀|놔뒀|놔두었|놔둔|남겨놨|남겨뒀|"
    # (d23: or got from someone, "동생네서 제초제를 한 병 얻어왔어요")
    r"얻어왔|얻어다|얻어놨|얻어뒀|얻어놓|"
    # (d36: or bought and put away, "농약 한 병 사서 창고에 뒀어요", ko_train_blind_short96)
    r"(사서|사가|사갖고|사가지고|사가꼬)[^.?!]{0,10}?(뒀|놨|놔뒀|두었|넣어뒀|넣어놨|숨겨))|"
    # a ligature tied or hung and tried ("노끈을 문고리에 매 봤어", "넥타이를 옷걸이에 걸어 봤어")
    r"(문고리|옷걸이|대들보|서까래|샤워기|방문|나뭇가지|철봉|베란다난간)(에|에다|에다가)?[^.?!]{0,4}?(매|걸어|묶어|달아)(봤|놨|뒀|보고)|"
    # ... or put somewhere and kept there, or kept though its use is gone ("풀약 한 병 … 안 버리고 마루 밑에 넣어
    # 놨어", "번개탄 한 박스 사다 트렁크에 실어 놨어예")
    r"(수면제|수면유도제|잠오는약|신경안정제|농약|풀약|제초제|살충제|그라목손|쥐약|독약|청산가리|번개탄|밧줄|노끈)"
    r"[^.?!]{0,30}?(넣어놨|넣어뒀|넣어놓|실어놨|실어뒀|실어놓|꺼내놨|꺼내놓|올려놨|올려놓|안버리고|못버리고)|"
    # a means named by its use or its strength ("작년에 밭에 치던 약 그거 한 병 남은 거 내가 안 버리고 놔뒀어", "튼튼한
    # 줄을 하나 샀어 빨랫줄보다 굵은 거 창고에 걸어 놨어"): the use in the name is no purpose (discourse.py)
    # insulin pens held back from the prescription ("인슐린을 몇 개 남겨뒀어 … 펜을 모아놨제"), a poison kept for
    # oneself
    # ("제일 독한 거 한 병은 따로 빼가 … 내 쓸라꼬 둔 기다")
    r"(인슐린|인슐린펜)(을|를|은|도|이)?[^.?!]{0,12}?(남겨뒀|남겨놨|모아|모았|모아놨|숨겨|빼놨|빼뒀)|"
    # (d36: the pens or syringes left unused and gathered, "펜이 냉장고 문 칸에 꽉 찼어. 안 쓰고 모아 두니까 열 개
    # 가까이", ko_train_dev_long_crisis2)
    r"(펜|주사|주사기|인슐린)(이|을|를|은|도)?[^.?!]{0,20}?(안쓰고|안맞고|안놓고)[^.?!]{0,6}?(모아|모았|모은|쌓아)|"
    + TREATMENT_STOPPED
    + r"|"
    # d20: medicine bought and named right after as a poison ("약 한 병 샀어. 풀약."), syringes laid in plenty
    r"약(을|를)?(한|두)?(병|통|봉지)?(샀|사왔|사다놨|사놨)[가-힣]{0,2}[.…,]*(풀약|농약|제초제|제초약|그라목손|근사미|살충제|쥐약)|"
    r"(주사기|인슐린)(는|은|을|를|도)?(넉넉히|잔뜩|많이|여유있게|한보따리)(받아놨|받아뒀|받아놓|모아|챙겨놨|쟁여)|"
    # d20: a named poison carried along ("창고에 있던 농약병은 내가 들고 간다"; its use said around it: ordinary)
    r"(수면제|수면유도제|신경안정제|농약|풀약|제초제|살충제|그라목손|근사미|쥐약|독약|청산가리|번개탄|밧줄|노끈)"
    r"(병|한병|통|한통|봉지)?(을|를|은|는|도|이|만)?[^.?!]{0,8}?(들고|가지고|갖고|챙겨)(간다|갈거|갈게|가련다|갈란다|갈끼|갈겨|가야겠|가야지)|"
    r"(제일|젤|가장)독한(거|것|놈|약)[^.?!]{0,16}?(따로|몰래)[^.?!]{0,8}?(빼|챙겨|숨겨|넣어|놔)|"
    # d23c: a named poison set aside ("제초제 한 병 따루 빼놨슈")
    r"(농약|풀약|제초제|제초약|살충제|그라목손|근사미|쥐약|수면제|수면약)(을|를|은|는|도)?(한병|한통|한봉지|병)?(은|을|를)?"
    r"(따로|따루|몰래)(빼놨|빼뒀|빼놓|빼두|챙겨놨|챙겨뒀|숨겨놨|숨겨뒀|놔뒀|놔뒀슈|빼놨슈)|"
    r"(내|나|내가|지가)(쓸|먹을|묵을|마실)(라꼬|라고|라구|려고|려구)(둔|뒀|놔뒀|남겨|챙겨|숨겨|사놨|산)|"
    # d25d: the leftover poison kept by oneself ("작년에 치고 남은 약 한 병은 내가 갖고 있을 끼고")
    r"(남은|쓰고남은|치고남은|뿌리고남은)(약|농약|제초제|제초약|풀약|살충제|그라목손)(한병|한통|병)?(은|는|을)?[^.?!]{0,8}?"
    r"(갖고있을|가지고있을|갖고있|가지고있|놔둘|내가둘|챙겨둘)|"
    r"(" + DISCOURSE_USE_NAMED + r")(을|를|은|는|도|이|가|그거|하나|한병)?[^.?!]{0,24}?"
    r"(샀|사왔|사다|놔뒀|놔두|남겨|챙겨|걸어놨|걸어뒀|매놨|매뒀|안버리고|못버리고|숨겨|넣어놨|넣어뒀)|"
    # d17v: the pills named before, referred to as "that" and kept back ("수면제 봉투가 … 여러 개 있어 여쭈니 '그건 안
    # 묵고 모아놨어'"): discourse.py wants the pills named in the 120 characters before
    r"(그건|그거|그거는|그걸|그것은|그것도|그거도|고거|고건)(다|내가|난|나는)?(요새|요즘|이제|인제|그냥)?(안먹고|안묵고|안삼키고|안먹구|안묵구)[^.?!]{0,6}?"
    r"(모아|모았|모은|모다|쌓아|숨겨|감춰|쟁여)|"
    # d23: "석 달 동안 안 먹고 모아둔 게 있어" to the pharmacist who named the pills (discourse.py wants them named)
    r"(안먹고|안묵고|안드시고|안삼키고)[^.?!]{0,4}?(모아둔|모아놓은|모아논|모은|쟁여둔|모아둠)(게|거|것|기|걸)|"
    # (d26: or kept so, said to the caller who asked about them, "수면제는 잘 드세요? … 안 먹고 모아 둬요")
    r"(안먹고|안묵고|안드시고|안삼키고)(다|다들|그냥|계속|자꾸)?(모아둬|모아뒀|모아놨|모아놔|모아두고|모아놓고|모으고|모았|모아요|모으는)|"
    # a stockpile named by what made it ("안 먹고 모아 둔 약이 서랍에 있다") or by its size ("한 달 치 됐어")
    r"(모아둔|모아놓은|모아논|모은|숨겨둔|숨겨놓은|감춰둔|쟁여둔|안먹고둔)(수면제|수면유도제|잠오는약|안정제|신경안정제|진통제|알약|약)|"
    # (written so that its literals are "달치", "주치" … and not the "치" of 김치: the engine's gate)
    r"((?<=[한두세석넉몇])(달치|주치)|열흘치|보름치|주일치)(가|는|를|나)?(넘게|다|벌써|꽤)?(됐|돼|모였|모았|쌓였)"
)
#: A lethal place looked at with purpose (the rooftop visited, its door found open, the water's depth).
DISCOURSE_PLACE = (
    r"(옥상|난간|꼭대기|대교|다리위|한강|강물|강가|강둑|바닷가|방파제|선착장|갯바위|저수지|둑|둑방|제방|호수|방죽|철길|선로|기찻길|"
    r"건널목|절벽|낭떠러지|벼랑|높은데|높은곳|높은디)"
    r"((에|에는|엘|을|이|도|까지|위로|위에|에서|끝까지)?"
    r"[^.?!]{0,14}?(올라가봤|올라갔다|가봤|가봐|나가봤|나가봐|둘러봤|둘러보고|갔다왔|다녀왔|댕겨왔|보고왔|봐뒀|봐놨|내려다|열려있|열렸|"
    r"깊은|깊이|높이|높은지|알아놨|알아봤|재봤)|"
    # ... or, in the next sentences, "there" visited or measured again and again ("난간이 낮데예. 몇 번 가서 손으로
    # 짚어 봤는데", "절벽 … 거기 … 몇 번 가서 앉아 있다 왔어", "거기 … 자리를 봐 놨어")
    r".{0,40}?(몇번(가서|가봤|갔|올라)|짚어봤|재봤|재어봤|가서앉아|가가앉아|가가한참앉아|가서한참앉아|앉아있다(왔|오|와)|서있다(왔|오|와)|"
    r"(?<=자리|리를|리도)(봐놨|봐뒀|잡아놨|알아놨)))|"
    # when the train passes or the tide turns, looked up ("막차가 몇 시에 지나가는지 다 봐 놨어", "물때를 알아봤어")
    r"(막차|첫차|기차|열차|화물차)[^.?!]{0,12}?(몇시|시간)[^.?!]{0,12}?(봐놨|봐뒀|알아놨|알아뒀|알아봤|다봤|적어놨|외워놨|외워뒀|외웠)|"
    # shoes taken off by the water or the edge ("바당 큰 바위 … 신발 벗어 놓앙 물에 들어가보젠")
    r"(바다|바당|강물|강가|강둑|저수지|다리|대교|난간|바위|옥상|절벽|호수|방파제)[^.?!]{0,30}?신발(을|은|도|만)?(벗어|벗고|벗엉)|"
    r"물때(를|도|까지)?[^.?!]{0,4}?(알아|봐놨|봐뒀|보고|적어)|"
    # the way to a high or deep place looked up ("전망대 있잖어 바위 높은 데 거기 가는 버스 시간 … 찾아 주더라고")
    r"(높은데|높은곳|높은디|전망대|절벽|벼랑|낭떠러지|대교|옥상|저수지|방파제)[^.?!]{0,8}?(가는|까지)(버스|차|배|기차|열차|길|첫차|막차)"
    r"[^.?!]{0,10}?(찾아|알아|봐놨|봐뒀|적어|물어)|베란다(에서|밖|아래|난간)[^.?!]{0,8}?(내려다|뛰어)|"
    # the barrier taken away ("베란다 방충망은 제가 떼어 놨어요")
    r"(방충망|안전망|창문잠금|안전고리)(을|은|는|도)?[^.?!]{0,6}?(떼어|떼|뜯어|뜯|풀어|치워)(놨|뒀|냈|버렸)"
)
#: The end of things at a near, named time ("이번 주말이면 다 끝나요", "오늘 밤이면 다 편해질 거예요").
DISCOURSE_END_TIME = (
    r"(이번주말|주말|이번주|다음주|오늘밤|오늘저녁|오늘새벽|오늘이|내일|낼|모레|며칠|곧|조만간|이번달|이달|월말|말일|보름|기일|제삿날|"
    r"생일|설|추석|그날|그주|[월화수목금토일]요일|지나|쇠고|지내고|치르고|고나면|다음날|그다음날|밤|새벽|다음달|담달|내년|올해|연말|"
    r"(오기|되기|넘기기|지나기|가기|보기)전)(만|이|이면|만지나면|지나면|엔|에는|에|까지|쯤|안에)?[^.?!]{0,10}?"
    # (d19: or that time not to be got through, "이번 주말 넘기기 힘들 것 같다")
    r"(넘기기(가|는)?(힘들|힘드|어렵|어려)|못넘길(거|꺼|것)|(다|모두|이제)끝(나|날|이)|끝이(야|여|다|에요|예요|라)|끝(낼|내버릴|내뿔|내삘)(거|꺼|겨|끼|란|라|려|것)|(다|이제|모두)?편(해질|해지|안해질|히쉬|할거|할꺼|할끼|할기)|마지막(이|일|인)|"
    r"(나|난)?없을(거|꺼|테)|떠날(거|꺼|란)|(?<!넘어)갈(거|꺼|란|라|끼|것|겨)(?!같|처럼)|가려(고|구)|"
    # d25: a face not to be seen again after that time ("오늘 밤 넘기고 나면 니 얼굴 몬 본다")
    r"(니|너|느그|너거|너희|느네)?(얼굴|낯)(을|도|은)?(다시는|다시|더는|인자|이제)?(못|몬)(본다|볼거|볼꺼|볼끼|보겠|보것|보겄)|가도(되겠|될것|좋겠)|가야(제|지|겠|겄|것)|할일(은|도|이)?(다)?끝(나|났|이)|안녕(이|이다|이야|일)|(한번더|또한번|다시한번)(가|올라가|나가)(볼|봐야|보려|볼라|볼려)|"
    # contact cut off ("일요일 지나면 더는 전화 못 받을 거예요"),
    # or not there when one comes ("다음 주엔 오셔도 저 없어요")
    r"(전화|연락)(도|은|을|를)?(해도|와도|하셔도|줘도|오면)?(더는|이제|다시는)?(못|안)(받|할)(을|ㄹ)?(거|꺼|겁|테)|(와도|오셔도|오면)(나|저|내)(는)?없|"
    # (d23c: "수요일 이후로는 전화 받지 못할 걸세")
    r"(전화|연락)(도|은|을|를)?(더는|이제|다시는)?(받지|하지|드리지)(못할|않을|못하|못헐)(거|꺼|걸|겁|테|것|기)|"
    # or not be there, or not stay beyond it ("다음 달엔 나 없을 거야", "추석까지만 있을란다")
    r"(나|난|저|전|내)(는)?없(을|어|다|어요|지)|(?<=까지만)(있을|살|버틸|견딜|있고)|"
    # (d23e: not sure to be there till then, "화요일까지 내가 있을랑가 모르겠다")
    r"(내가|나|난|제가)(있을랑가|있을런지|있을지|살아있을지|살랑가|살아있을랑가)(모르|몰라)|"
    # (d23d: "엄마는 낼 아침엔 여기 읎을껴", the kin word said before the time)
    r"(여기|이집에|이세상에)(없을|읎을|웂을|없)(거|꺼|껴|겨|끼|테|기|것)|"
    # everything settled by the speaker at that time ("추석 쇠고 … 그 주에 내가 다 정리할라고")
    # (d33: or on one's own, "곧 내가 알아서 정리할 거다", ko_train_blind_short84)
    r"(내가)?(다|싹|모두|알아서|알아서다)정리(할라|하려|할거|할꺼|할겨|할끼|할것))|"
    # d33: the day judged good, right after it ("이번 주말이 좋겄네유", ko_train_blind_short84; not the weather, "내일
    # 날씨가 좋겠네": nothing between)
    r"(이번주말|주말|내일|낼|모레|오늘밤|그날|이번주|다음주|생일|설|추석|기일|제삿날|[월화수목금토일]요일)(이|가|에|엔|이면|쯤)?(딱)?"
    r"(좋겄|좋겠|좋것|좋갔|딱이|딱좋|딱맞|적당하겠|적당하것|적당허겄)|"
    # the act itself set for an anaphoric day ("딸 떠나는 날, 그날 하려고요"); not a chore named in the sentence
    r"(그날|그날밤|그주|그달|오늘밤|내일밤|말일|그때)(에|엔|에는|이면|되면|가되면)?(내가|나는|난|저는|제가)?"
    r"(하려|할라|할려|할거|할꺼|할겨|할끼|해버릴|해야지|해야겠)|"
    # a time when nobody will see ("밤 두 시쯤 되면 차도 없고 사람도 없고", "그날이면 집에 아무도 없으니까",
    # "사람 없는 시간도 알아놨어")
    # (a time word must come in the 12 characters before "아무도 없": discourse.py checks it)
    r"(아무도|사람도|사람이|차도)(없|안와|안오|안다니)|"
    r"(사람|아무도|사람하나)(없는|안오는|안다니는)(시간|때|날)(도|을|를|은)?(알아|봐)"
)
#: No need to call, come or send anything any more ("다음 주부터는 전화 안 하셔도 돼요", "이제 반찬 안 보내도 된다",
#: "더는 안 오셔도 돼요"): the care relationship closed by the speaker. Not "다음 주엔 딸이 와서 안 오셔도 돼요"
#: (an ordinary reason in the sentence: ``DISCOURSE_END_INNOCENT``, ``INNOCENT_GOING``).
NO_MORE_CONTACT = (
    # (d16L: or after a day, "기일이 이십일일이거든요 그 지나고는 전화 안 하셔도 돼요")
    r"(?:(이제|인제|인자|이젠|더는|더이상|앞으로는|앞으론|다시는|부터는|부터|하고나면|고나면|지나고는|지나고나면|지나면|"
    # (d23: or from tomorrow, "내일은 전화 안 해도 돼")
    r"지나믄|지나고부턴|지나고부터는|내일은|내일부터|낼은|낼부터)[^.?!]{0,12}?"
    # (d23c: or the nagging, "이제 술 끊으라는 잔소리 안 해두 된다", and "두" for "도" in dialect)
    r"((전화|연락|반찬|약|용돈|신경|걱정|밥|잔소리)(도|은|는|을|를)?안(해|하|보내|챙기|챙겨|타|써|사|가져|받)|안(오|와|찾아|들르|들러))"
    r"[가-힣]{0,2}?(도|두|셔도|셔두|아도|아두|어도|어두)(돼|되|된|될|괜찮)|(전화|연락)(할|하실|줄|주실|해줄)필요(가|도|는)?없)|"
    # d23e: no appointment any more ("다음 외래는 안 가도 될 거 같애"), the one who cares released ("병원 따라다니는 거
    # 이제 그만해도 돼")
    r"(외래|진료|검진|재활|병원예약)(는|도|에)?(이제|인제|다음|담|앞으로)?[^.?!]{0,4}?(안가도|안와도|안받아도|안해도)(될|되|돼|된)|"
    r"(따라다니는|데리고다니는|챙기는|오는|들여다보는)(거|것|일)(도|는)?(이제|인제|인자)?(그만해도|안해도|그만둬도)(돼|되|된|될)|"
    # d17v: the visitor told to stop coming ("선생님도 인자 고만 오소", "선생님 이제 그만 오셔요")
    r"(선생님|선상님|샘|쌤|복지사|선생|선상)(도|은|는|요|님)?(인자|이제|인제|이젠|더는|앞으론)(고만|그만)"
    r"(오소|오이소|오세요|오셔요|와요|오시오|오십시오|오슈|와유|오셔유|와라|오라|오이라|오시소|댕기소|다니세요|오지마|오지말)"
)
#: The end of things said with no time: nothing left to do, no reason to stay ("이제 할 일은 다 했어요", "더 있을
#: 이유가 없어요"). Not "오늘 할 일 다 했다" (a day's chores): "이제" must come right before.
#: d19: not here for long, said of oneself ("내 여 오래 안 있을끼다"): an end (``DISCOURSE_CLOSURE``) and a near one
#: (``discourse._near_ends``)
NOT_HERE_LONG = r"(내|나|난|저|전)(는)?(여|여기|여기서|이집에|이집|이세상에)?(오래|길게)(안|못)(있을|살|버틸)"

DISCOURSE_CLOSURE = (
    # d25: "now it's all done", said alone as a turn's last words ("어르신: 인자 다 됐다.")
    r"(인자|이제|인제|이젠)(다|모두)됐(다|어|네|제|지|구나|소)(?=[.?!]|$)|"
    r"(이제|인제|인자|이젠)(는|내가|나는|난|제가|저는|내|제)?(할일|할거|할것)(은|는|도)?(다|모두)(했|한기라|한거|한셈|한기다|한것)|"
    # nothing left for the speaker after a day ("그 기일 지나면 나는 할 일 없다"), the time to put things in order
    # come ("나도 이제 정리할 때가 된 것 같아"), the last task done ("걔가 마지막 숙제였거든")
    r"(지나면|끝나면|고나면|고나믄|지나믄|치르면|지내면)(나는|난|내는|인자|이제)?(더)?할일(이|도|은)?없|"
    r"(나도|이제|인자|인제)[^.?!]{0,4}?정리할때(가|도)?(됐|된|되었|온)|마지막(숙제|할일|소원)(이었|였|이여|이다|이야|다)|"
    # going to "a comfortable place" ("할매 인자 편한 데 간다"), a means judged enough ("한 번이면 되겠다",
    # "이만하면 충분하지")
    r"(편한|좋은)(데|곳|디|세상)(로|에)?(간다|갈거|갈꺼|갈게|갈께|가련다|가요|갈란다)|"
    r"(한번이면|이만하면|이정도면|단번에)(되겠|충분|될거|될꺼|끝나겠|끝날)|"
    r"(이제|인제|인자|이젠)(는|나는|난)?여한(이|도|은)?없(어|다|소|제|네|당께|어요|습니다)|"
    # d19: not here for long, of oneself ("내 여 오래 안 있을끼다")
    + NOT_HERE_LONG
    + r"(끼|거|꺼|겨|기|것|테)|"
    # d19: "아버지는 이만하면 됐다" (enough of it, said of oneself)
    r"(아버지|아부지|엄마|어매|나|내|할미|할매|할배|할아버지|할머니|난|저)(는|도)?(이제|인자)?이만하면(됐|되었|충분)|"
    # d19: no attachment left, said of oneself after things settled ("다 정리해서 동생한테 넘겼고 더는 미련 없십니더")
    r"(?<=[고서니])(더는|이제는|인자는|이젠|이제|인자|아무)(더)?미련(도|이|은)?(없|읎)|"
    # d23: looked down from it, "it'd be quick" ("내려다보니 금방이겠더라고")
    # (the cue is the looking down: "금방" is also "back soon", an errand's word)
    r"내려다(보니|보믄|보면|봤더니|보이까|보니까)(?=[^.?!]{0,6}?(금방|순식간|한순간|단번|한번에)(이겠|이겄|이것|일거|일꺼|이더|에끝|에가))|"
    r"(더|더는|이제|인제|이젠)(살|있을|버틸|살아갈|살아있을|살아야할)이유(가|도|는)?없|"
    # d23e: "let me go like this" ("이대로 가게 두세요"), the end one wants ("그게 내가 원하는 거예요"), "I've had
    # enough" said of oneself ("이제 아버지는 됐다") (not "그냥 가게 놔두고 왔어", the shop; not "이제 나는 됐어",
    # enough to eat)
    r"(이대로|편하게|조용히)(가게|죽게)(두|둬|놔|내버려|놔둬|냅둬)(?!고|구|었|엇)|(그게|그것이|그기)(내가|제가)(원하는|바라는)(거|것|바|기)|"
    r"(이제|인자|인제)(아버지|아부지|엄마|할미|할배|할매|할머니|할아버지)(는|도)?됐(다|어|네|소|지)(?![^.?!]{0,6}?(먹|배불|너나|니나|너도))|"
    # d23d: can't hold on any more, or won't be a burden any more ("더는 못버티겠어요", "인제 짐 안될라니께")
    r"(더는|더이상|이제는|인제는|인자는)(못버티|못견디|못버텨|못견뎌|못참)(겠|겄|것|아|어)|"
    r"(이제|인제|인자|이젠)(더는)?짐(이|은)?(안될|안되|안돼|안될라|안될라니|안될거|안될꺼|되기싫)(라니|니께|니까|께|거|꺼|게|래)?|"
    # d23: one's going called the better way, or better for the children ("이렇게 가는 게 너희들한테도 낫다"), and
    # "don't stop me" (not "병원 가는 게 낫다": a way of going, or the children, must be said)
    r"(이렇게|이대로|조용히|먼저)(가는|떠나는|없어지는|사라지는)(게|기|것이|편이)[^.?!]{0,12}?(낫|나아|나을|편하|좋)|"
    r"(가는|떠나는|없어지는|사라지는)(게|기|것이|편이)(너희|너거|느그|니들|애들|자식들|너네)(들)?(한테|헌티|에게|한티)(도|는)?"
    r"(낫|나아|나을|편하|좋)|(날|나를|나)?(말리지|붙잡지)(마라|마|말어|말아라|마소|마이소|마셔요|마세요|말라)|"
    + NO_MORE_CONTACT
)
#: Going to the late spouse on a day ("그날 영감한테 갈 거예요"): not an ordinary visit unless the sentence
#: names one (병원, 요양원, 면회 …: INNOCENT_GOING).
DISCOURSE_TO_SPOUSE = (
    r"(영감|남편|할멈|마누라|그양반|우리양반|서방|신랑)(님)?(한테|께|곁으로|옆으로|곁에|옆에|따라|있는데로)"
)
#: An ordinary thing that ends (a harvest, a holiday, the kimchi-making), not the speaker's life.
DISCOURSE_END_INNOCENT = (
    r"(것|거|게|(?<!할)일|농사|김장|공사|수업|방학|치료|검사|장사|잔치|추수|수확|모내기|작업|행사|일정|방송|드라마|연속극|학기|시험|"
    r"장마|더위|추위|공연|여행|휴가|입원|이사|정리|청소|빨래|고추|배추|반찬|숙제|명절|제사|모임)(도|이|가|은|는|만)?(다|이제|모두)?끝|"
    # ... or is the last of its kind ("수업은 이번 주가 마지막이다", "설거지 오늘 밤이 마지막이야")
    r"(농사|김장|수업|방학|치료|검사|장사|공연|여행|휴가|연속극|드라마|방송|설거지|빨래|공부|숙제|모임|행사|봉사|시험|장날)"
    r"(도|이|가|은|는|만)?[^.?!]{0,8}?마지막|"
    r"(와요|와서|오면|온다|오는|올거|올꺼|모여|만나|가서|보러|놀러|내려와|올라와)|"
    # a job done and then finished ("싹 뿌려 버리고 끝내 버릴 거야"); not "다 정리하고 끝낼 거야"
    r"(?<!정리하)(?<!정리해)(버리고|하고|치고|해서|하구)끝(내|낼)"
)
#: A house, the household or the shop sold or put up for sale (a preparation in ``DISCOURSE_PREPARATION``; d39: not
#: one sold to pay a bill said in its sentence, ``discourse._SOLD_TO_PAY``)
PROPERTY_SOLD = r"(집|살림|가게|땅)(도|을|은|는)?(내놨|팔았|처분)"
#: Affairs settled, farewell letters written, belongings given away, a funeral prepared.
DISCOURSE_PREPARATION = (
    # d19: everything put in order, said of oneself in a sentence of its own ("할미 이제 정리 다 했다")
    r"(이제|인자|인제|이젠)(다|싹|모두)?정리(를)?(다|싹|모두)(했|해놨|해뒀|끝냈|마쳤)(다|어|지|제|소|네|유|요)?(?=[.?!]|$)|"
    # (d26b: not the door's code given to a carer who must let herself in, "현관 비밀번호 알려 드릴게요")
    r"(통장|도장|보험|(?<!현관)(?<!대문)(?<!도어락)(?<!문)비밀번호|집문서|땅문서|패물|귀중품|명의|금고)[^.?!]{0,14}?"
    r"(정리|넘겨|넘겼|맡겨|맡겼|" + _LEFT_IN_KEEPING + r"|적어|알려|넣어놨|넣어뒀|돌려놨|돌려놓)|"
    # (d23d: or sent by registered post, "땅문서랑 보험증서 등기로 부쳤다")
    r"(통장|도장|보험증서|보험증권|집문서|땅문서|등기권리증|권리증)[^.?!]{0,14}?(등기로|택배로|우편으로)?(부쳤|보냈|부쳐놨)|"
    # d22: the bankbook and the seal put in an envelope and set out ("통장이랑 도장이랑 봉투에 딱 넣어갖고 장롱 우에
    # 올려놨고"); a savings club drawn out and settled ("계 부은 것도 지난달에 다 찾아서 정리혀부렀어")
    r"(통장|도장)[^.?!]{0,10}?봉투(에|속에|안에)[^.?!]{0,6}?넣어[^.?!]{0,12}?(올려|놔|놓|뒀|두었|놨)|"
    # (the savings club named by its own words, not any "계": "시계 다 찾아서 정리했어", "회계 장부 찾아서 정리")
    r"(계부은|계부어|계붓던|곗돈|계돈|계탄|계모임)(것|거|돈)?(도|은|을)?[^.?!]{0,8}?(다|싹|모두)?(찾아서|찾아가|해지해서|깨서)"
    r"[^.?!]{0,4}?(정리|치웠)|"
    # d20: where the bankbook is, told to a child ("엄마 통장이랑 도장은 장롱 두 번째 서랍에 있다")
    r"(통장|도장|집문서|땅문서|비밀번호|보험증서|보험증권)(이랑|하고|랑|과|와)?[^.?!]{0,8}?(은|는)(장롱|서랍|금고|장|농|이불장)[^.?!]{0,10}?"
    r"(있다|있어|있제|있데이|있응께|있으니|잇다|잇어)|"
    # (d23: or put in a hiding place of the house, "통장이랑 도장은 쌀독 밑에 두었다")
    # (and the keys of the house or the machine, "경운기 열쇠는 신발장 위에 있구")
    r"(열쇠|키|차키)(는|은)(신발장|서랍|장롱|책상|찬장|현관|화분|문간)(위에|밑에|안에|속에|우에|옆에)[^.?!]{0,4}?(있|뒀|놨|두었|놔뒀)|"
    r"(통장|도장|집문서|땅문서)(이랑|하고|랑|과|와)?[^.?!]{0,8}?(은|는)(쌀독|항아리|장독|베개|이불|찬장|벽장|다락|액자|장롱|서랍)"
    r"(밑에|안에|속에|뒤에|우에|위에)(다)?(두었|뒀|놔뒀|놓았|넣어놨|넣어뒀|넣어두었|숨겨놨|숨겨뒀)|"
    # (d23d: a drawer of it named, and typed as spoken, "통장이랑 도장은 장롱 둘째서랍에 너놨다"; the PIN told, "비번은
    # 니 생일이고")
    r"(통장|도장|집문서|땅문서)(이랑|하고|랑|과|와)?[^.?!]{0,8}?(은|는)(장롱|서랍|책상|찬장|금고)[^.?!]{0,6}?(서랍|칸|안)(에|에다)?"
    r"(두었|뒀|놔뒀|놓았|넣어놨|넣어뒀|넣어두었|너놨|넣놨|넣어둿|너뒀|숨겨놨|숨겨뒀)|"
    r"(비번|비밀번호|통장비번|카드비번)(은|는)(니|너|네|너희|느그)?[^.?!]{0,4}?(생일|생년월일|전화번호|주민번호|결혼기념일)|"
    # debts cleared, savings closed, papers, photographs and diaries burnt or thrown out, all of them
    r"(빚|외상|외상값|곗돈)(도|은|을|이랑)?(다|싹|모두|전부)(갚|정리|청산)|(적금|예금|보험)(을|도|은|들)?(다|싹)?(해지|깼|깨서|깨가)|"
    r"(사진|앨범|일기|일기장|편지|서류)(들)?(은|는|을|를|도)?(다|싹|모두|전부)(태웠|태워|불태|버렸|내다버|치웠)|"
    # d17v: one's own clothes burned, the custom after a death done by the living ("장롱의 옷가지를 마당에서 태웠다",
    # "입던 옷 다 불 질렀다"); whose clothes they were is read in discourse.py ("영감 옷", a late one's, is custom)
    r"(옷가지|옷|입던거|입던것|이불|살림)(들)?(은|는|을|를|도)?[^.?!]{0,10}?(태웠|태워|불태|살랐|불질렀|불을질렀|불싸질)|"
    # last words recorded or written
    r"(유언|하고싶은말|할말|남길말)[^.?!]{0,10}?(녹음|써놨|써뒀|적어)|"
    # (d22: in dialect, written and put with the papers: "딸헌테 헐 말은 종이에 써서 그 봉투 속에 같이 넣어놨어")
    r"(할말|헐말|허고싶은말|하고싶은말|남길말)(은|을|도|는)?[^.?!]{0,8}?(써서|적어서|써가|적어가)[^.?!]{0,14}?(넣어놨|넣어뒀|넣어놓|두었|뒀|놨)|"
    r"편지(를|도|랑|하고|한장씩|한장)?[^.?!]{0,10}?(써놨|써뒀|써놓|썼|남겨)|" + _NOTE + r"|"
    # d25: the letter one wrote to the family, left for them ("손주들한테 쓴 편지 장롱 위에 있으니 꼭 전해주고")
    r"(한테|에게|앞으로|들한테|들에게)(쓴|써둔|써놓은|써논|남긴|남길)편지|"
    # (d26c: one's own name given for the rites, "49재는 … 성함을 여기 쓰시면 돼요. 할머니: 내 이름 쓰세요";
    # discourse.py wants the rites named before it)
    r"(내|제|나)이름(을|으로|를)?(쓰세요|써주세요|써줘|써요|적어주세요|적으세요|적어줘|올려주세요|올리세요|넣어주세요)|"
    # (d25c: one's own memorial tablet paid for ahead, "절에 제 위패도 같이 올려달라고 보시금 미리 냈어요")
    # (d27: one's own 49재 paid ahead, "어제 스님한테 내 49재 비용 미리 드리고 왔어")
    r"(제|내|나의|저의|나)(위패|49재|사십구재|천도재)(도|를|까지|비용|값|보시금)?[^.?!]{0,16}?"
    r"(올려|모셔|맡겨|부탁|냈|드렸|드리고|내고|내놨|맡기고)|"
    # (d26b: a letter to be read in the morning or when the time comes, "사진 옆에 둔 편지 아침에 보라고만 해 줘", "그때
    # 뜯어보라고 서랍에 넣어 뒀어요")
    r"편지[^.?!]{0,10}?(아침에|내일아침에|나중에|이담에|그때|그날)(보라|봐라|읽으라|읽어보라|뜯어보라|열어보라)|"
    r"(그때|나중에|그날|내가없을때)(뜯어보라|열어보라|읽어보라|뜯어봐라)(고)?[^.?!]{0,10}?(넣어뒀|넣어놨|넣어두었|넣어놓)|"
    r"(?:^|(?<=[.?!]))(다|싹|모두)정리(했|해놨|해뒀)(다|어|지|제|소|네|유|요)?(?=[.?!]|$)|"
    # (d25: a letter left where it will be found, to be read later: "니 앞으로 편지 한 장 장롱에 있응께 나중에 봐라")
    r"앞으로편지(한장|한통|하나)?[^.?!]{0,10}?(있|뒀|놨|남겨)[^.?!]{0,8}?(나중에|이담에|담에)(봐|읽)|"
    # d20: a letter to each of them, written and sent ("아이들에게 편지를 한 통씩 다 써서 부쳤습니다")
    r"편지(를|도)?(한통씩|한장씩)(다|모두)?(써서|써가|써가지고)(부쳤|보냈|붙였|부치고|보내고)|"
    # (d26: letters, counted, written and posted, "편지 세 통 써서 우체통에 넣고 왔어요")
    r"편지(를|도)?(한|두|세|네|다섯|몇)(통|장)(을)?(써서|써가|써가지고)[^.?!]{0,6}?(부쳤|보냈|붙였|부치고|보내고|우체통|넣고왔)|"
    r"(반지|목걸이|패물|옷가지|옷|살림|물건|아끼던|가진것|가진거|줄거|줄것)[^.?!]{0,24}?(나눠줬|나눠주|나나줬|노나줬|다줬|줘버렸|처분|정리해서)|"
    r"(신변|주변|뒷|다|전부|싹)정리(했|해놨|해뒀|됐|끝)|(신변|주변|뒷)정리(를|도|는)?(다|싹)(했|해놨|해뒀|됐|끝|마쳤)|(강아지|고양이|괭이|화분)[^.?!]{0,8}?(맡아줄|맡길|맡겼|데려갈|키워줄)|"
    # a pet sent to live elsewhere ("우리 나비는 조카네로 보냈어": the name before it is the pet's)
    r"(강아지|고양이|괭이|반려견|반려묘|(?<=키우던)개|(?<=우리)개)(는|도|를|을|은|랑|하고)?[^.?!]{0,12}?(보냈|보내줬|데려갔|줘버렸|입양보냈)|"
    + PROPERTY_SOLD
    + r"|"
    r"(집|땅|밭|논|통장|가게|명의|서류)(은|도|을|는)?[^.?!]{0,8}?앞으로(다|싹|모두)?(해놨|해뒀|해놓|돌려|넘겨)|"
    r"(주라고|주랜|주라꼬|줘라고|주라구|주라)(적어|써)(놨|뒀|놓|줬)|(맡아|키워|거둬)(줄거|줄꺼|주기로|준대|주겠대)|"
    # d23e: the pet named first, taken in by someone ("나비는 옆집 할머니가 맡아주기로 했고"), the fridge emptied
    # ("냉장고도 다 비웠어요")
    r"(나비|바둑이|복실이|누렁이|해피|뽀삐|메리|강아지|고양이|괭이|멍멍이|야옹이)(는|은|이는)[^.?!]{0,12}?(맡아|키워|거둬|데려가)"
    r"(주기로|줄거|줄꺼|준대|주겠대|가기로)|(냉장고|냉동실|김치냉장고)(도|를|는|은)?(다|싹|깨끗이|텅)?(비웠|비워놨|비워뒀)"
)
#: Funeral arrangements: instructions, burial clothes and the portrait made, a funeral plan bought. Many elders
#: make them calmly (in a leap month, at the welfare centre's free photo day) with plans for years ahead, so
#: they count only in a combination (with a goodbye, or an end without plans for the future), never alone as
#: partial evidence.
DISCOURSE_FUNERAL = (
    r"장례(는|식은|식도)?[^.?!]{0,10}?(하라고|치르라고|말라고|해달라고|하게|하거라|해라|치러라|치르게|치르거라|해다오)|"
    # d23c: where to be buried, told to a child ("나는 니 엄마 산소 옆에 묻어주믄 된다")
    r"(산소|묘|무덤|선산)(옆에|곁에|옆자리에|자리에)[^.?!]{0,4}?(묻어|뿌려)(주믄|주면|주라|줘|다오|도라|주거라)|"
    r"(수의|영정사진|영정)(도|를|을|는)?[^.?!]{0,6}?(해놓|해놨|해뒀|맞춰|찍어놓|찍어놨|찍어뒀|찍었)|상조(도|를|에)?(들어|가입)|"
    # d16L: the portrait chosen ("영정 사진도 사진관 가서 옛날 거 골라 놨고")
    r"(영정사진|영정)(도|를|을|은|는)?[^.?!]{0,14}?(골라놨|골라놓|골라뒀|골라둔|뽑아놨|뽑아뒀)"
)
#: A legal or tax reason for handing property on, said in the sentence after it ("집 명의는 큰애 앞으로 넘겼어.
#: 세무사가 증여세 때문에 지금 하는 게 낫다고 해서.").
DISCOURSE_PREP_REASON = r"증여|세무사|세금|절세|공증|변호사|법무사|상속"
#: One's belongings given away, sentence by sentence ("금반지를 빼서 줬어요", "사진첩도 딸한테 보냈고요", "화분도
#: 경비 아저씨 다 드렸어요"). One such sentence is an ordinary gift; three in one transcript are a dispersal of
#: belongings, a preparation (the discourse rules count them). Not a thing bought as a gift ("사 줬어").
DISCOURSE_GIVEN_AWAY = (
    r"(반지|가락지|목걸이|팔찌|패물|시계|재봉틀|미싱|한복|이불|옷|사진첩|앨범|화분|장롱|냉장고|텔레비전|텔레비|티비|가구|살림|"
    r"그릇|성경책|찬송가|통장|적금|땅|고양이|강아지|낚싯대|낚시대|골프채|카메라|자전거|오토바이|경운기|공구|연장|책|책들|장서|"
    # (d26: what one wears, "등산화는 니가 신어라")
    r"등산화|신발|구두|모자|"
    # (d23c: the livestock, "소는 옆집 박씨헌티 넘겼다")
    r"소|송아지|염소|돼지|닭|벌통)"
    r"(은|는|을|를|도|이랑|랑|하고|그거|들)?[^.?!]{0,16}?"
    r"(?<!사)(?<!사서)(?<!빌려)(?<!물)(?<!물을)(?<!너무)(?<!밥)(?<!밥을)(줬|주고|드렸|드리고|보냈|내놨|내줬|물려줬|넘겨줬|나눠줬|가져가라|넘겼|"
    # (d19: "아빠 시계랑 도장 니가 챙겨라")
    r"(?<=니가|네가|너가|니도|너도)(챙겨라|챙기라|챙겨가|가져라|가지거라|가지라|맡아라|맡아줘|신어라|입어라|"
    # (d26: "엄마반지는 니가 가져", not one to fetch or bring, "니가 가져와", "니가 가져갈래")
    r"가져(?![가와오올갈다서도]))|"
    # (d33: the one addressed without a particle, "시계도 너 가져라", ko_train_blind_short84)
    r"(?<=[너니])(가져라|가지거라|가지라|챙겨라|챙기라|신어라|입어라)|"
    # (d42: promised to someone, "김씨한테 우리 밭 경운기 주기로 했다"; a named child told to take it, "내 시계는 큰애가
    # 가져라", ko_train_dev_short_crisis9)
    r"(?<!빌려)(?<!팔아)(?<!팔)(?<!사)(주기로|물려주기로|넘겨주기로|넘기기로|드리기로)(했|하였|혔|해놨|해뒀)|"
    r"(?<=애가|딸이|들이|자가|녀가|주가|리가)(가져라|가지거라|가지라)(?![고며])|"
    # (d17s: given away for good, in dialect: "조카 다 줘부렀어", "줘삐맀다", "줘뿌렀제"; d17v: or sent by post,
    # "금반지도 며느리한테 부쳤다")
    r"부쳤|부쳐줬|부쳐드렸|줘(부렀|버렸|뿌렀|뿠|삤|삐맀|삐릿|뿟|부럿|브렀|버림|부러|뿌러))"
)
#: An occasion that makes a thing given a gift, not a disposal (a wedding, an admission, a birthday, a move).
DISCOURSE_GIFT_OCCASION = (
    r"생일|선물|입학|졸업|결혼|시집가|장가가|돌잔치|돌반지|축하|용돈|기념|세뱃돈|명절|이사|집들이|빌려"
)
#: The speaker's own ordinary departure, stated with a destination or a day ("내일 아침에 아들네로 이사 가요"):
#: goodbyes and thanks to neighbours are the move's. Not a question or a move that has nowhere to go.
# (discourse.py searches it only when "이사" or "요양원" is in the text: every alternative contains one.)
DISCOURSE_OWN_MOVE = (
    r"(로|에|네|내일|모레|다음주|이번주|주말에|다음달|이달말에)"
    r"이사(를)?(가|간|갈|해|한|할|하기로)(?!(냐|느냐|는지|데|곳|까))|"
    # a care home the speaker goes into ("다음 주 월요일에 요양원으로 들어가요"), not one she is told to or refuses
    r"요양원(으로|에)(들어가|들어갈|가기로|입소)(?!(라|래|기싫|기전|지않|지말|지마|긴|진))|"
    # going to live with a child or abroad, a stay in hospital or rehab, or a return stated (d12fc: "다음 달부터 서울
    # 아들네 가서 살 거우다", "아들 있는 미국 간다", "요양병원 입원하는디 삼 주 있다 나올 거유")
    r"(아들네|딸네|아들집|딸집|실버타운|양로원)(로|으로|에)?(아주|아예|이제|인자)?(가서|들어가|들어간|올라가|올라강|내려가|이사)|"
    # (d35: the child's flat named between, and the move under way, "이사 가느라고 네 딸네 아파트로 들어가기로 했어요",
    # ko_train_blind_long51)
    r"(아들네|딸네|아들집|딸집)(아파트|빌라|집|동네|근처)(로|으로)(들어가|이사|옮기|가서살)|이사(가느라|하느라|준비하느라)|이삿짐(을)?(싸|정리|센터)|"
    r"(미국|캐나다|호주|외국|해외)(으로|에|로)?(간다|가요|가유|갑니다|이민|가서살)|"
    # (d25f: the visa out and the ticket bought for a move abroad, "캐나다요. 밴쿠버. … 비자도 나왔고, 비행기표도
    # 끊었어요")
    r"(비자|비행기표|항공권)(도|는|은)?(다)?(나왔|끊었|받았|샀)|"
    r"(요양병원|병원)(에|에서|서)?(입원|재활)|"
    # d35: a stay away with its return said ("미국 사는 딸네 가요. 석 달 있다 올 거예요", "돌아오면 다시 전화해 달라고",
    # ko_train_blind_long51)
    r"(석|넉|두|세|한|몇|[0-9]+)(달|주|주일|개월)(만)?(있다|있다가|지내다|지내고|살다)(가|가서)?(올|온|와|돌아오|돌아올)|"
    r"(돌아오면|돌아와서|다녀와서|갔다와서)(다시|또)?(전화|연락|만나|뵙|봬)|"
    # (d35 probes: a trip's absence, "엄마 여행 가니까 엄마 없어도 밥 잘 챙겨먹어"; not a last trip)
    r"(?<!마지막)(?<!마지막으로)(?<!혼자)(여행|수학여행|효도관광|관광|성지순례|순례|수련회)(을|도)?(가니까|가니께|가는동안|갔다올|다녀올|떠나니까)"
)
#: An everyday purpose denied right after it is named ("고기 구울 것도 아닌데", "보일러 있는 집에 연탄이 와
#: 필요하겠노"): then it is no purpose.
_DENIAL = (
    r"(아닌데|아니고|아닌디|아인데|아이고|아이다|아니다|아니여|아녀|아니구|아니라|아이라|없는데|없는디|필요하겠노|필요하겠어|필요하겠냐|필요없|안하는|안하니|안하고|안혀|"
    # the purpose gone: the field sold, farming given up ("밭 팔 때 안 버리고", "농사 그만둔 지")
    r"팔때|팔고|팔았|판지|팔아버|넘겼|넘기고|그만둔|그만뒀|접었|안짓|못짓|손놨|손놓았|손뗐|손놓은|손뗀)"
)
DISCOURSE_PURPOSE_DENIED = r"[^.?!]{0,12}?(것도|거도|건|게|일도)?" + _DENIAL  # matched right after the purpose
#: d30: an act begun with a means or at a place, and stopped: by someone's call or coming, by fear, cold or a face
#: remembered ("차에서 연탄 피웠다가 아들이 와서 못 했어", "목에 수건 감았다가 숨이 막혀서 풀었어", "마포대교 중간에서
#: 한참 있었어요. 누가 말 걸어서 돌아왔고요", "방에 연탄 피우고 문틈 다 막았는디 아들이 와부렀어"). Read only after
#: partial evidence (``engine.interrupted``): the means or the place is what makes the stopping an attempt's.
INTERRUPTED_ACT = (
    r"(전화(가|를)?(와서|와가|와가꼬|와가지고|해서|했길래|하는바람에|왔길래|오는바람에|받고|받아서)|(?<!놀러)(?<!보러)와서|"
    r"와가지고|왔길래|말(을)?걸어서|숨(이)?막혀(서)?|무서워(서)?|겁(이)?나(서)?|차가워(서)?|손이떨려(서)?|"
    r"생각나(서)?|눈에밟혀(서)?)[^.?!]{0,10}?"
    # (d35: the gas turned off again, "냄새가 나니께 무서워서 도로 잠가부렀어", ko_train_blind_short94)
    r"(못했|못헀|못하고|못한거|풀었|풀어버|내려왔|다시나왔|나왔|돌아왔|껐|꺼버렸|그만뒀|말았|멈췄|닫았|잠가|잠갔|잠궈|잠궜)|"
    r"(아들|딸|며느리|사위|손주|손자|손녀|남편|영감|할멈|마누라|누가|동생|막내|큰애)(이|가|놈이|년이)?"
    r"(와부렀|와버렸|와뿟|와삐|와불었|들이닥쳤)"
)
#: d30: a field's or a pest's poison with its everyday use gone, said anywhere in the text: no field farmed any more, no
#: pest to kill, or bought "not to catch rats" ("제초제 사 왔어. 밭은 없지만.", "밭일 그만둔 지가 삼 년인디 농약은 한 병
#: 새로 샀소", "쥐약을 사 왔는디 쥐 잡을라고 산 게 아니여"): ``discourse.combined`` reads it with the means as a plan.
DISCOURSE_PURPOSE_GONE = (
    r"(밭|논|농사|밭농사|텃밭|과수원|밭일|농삿일|농사일|과수)(도|은|는|이|일|일은|일도|을|를|두)?[^.?!]{0,8}?"
    r"(없|읎|웂|안짓|안지어|안지은|안해|안혀|그만두|그만뒀|그만둔|접었|접은|접어|손뗐|손놨|못짓|팔았|판지|팔아)|"
    r"(쥐|벌레|풀|잡초|해충|진딧물)(도|는|은|가|이|두)?(없|읎|웂|안나|안생|안보)|"
    r"(쥐|벌레|풀|잡초)(잡|죽이|없애|뽑)(을라고|으려고|을려고|으러|을라꼬|으려구|을라구|을라구요|을라꼬)"
    r"(산|사온|사왔|가져온|둔|구한|구해온)(게|거|것|건|기)(은|는|도)?(아니|아녀|아냐|아이|아입)"
)
#: A sentence opening that refers back to the previous one as the reason ("진딧물이 잔뜩 꼈어. 그래서 농약 사 왔지").
DISCOURSE_CAUSAL_START = r"^(그래서|그래가|그래가꼬|그래갖고|그래가지고|그러니까|그러니께|그랑께|그라서|해서)"
#: A goodbye of one's own ("그동안 고마웠어", "고마웠다고 전해 줘", "나 없어도 잘 살라고").
DISCOURSE_FAREWELL = (
    r"(그동안|그간|여태|지금까지)[^.?!]{0,8}?(고마웠|감사했|미안했|신세(를)?(많이)?졌|폐(를)?(많이)?끼쳤|고생(만)?(많이)?시켰)|"
    # d25d: thanks for the trouble taken all this while ("그동안 우리 집 드나든다고 욕봤다")
    r"(그동안|그간|여태)[^.?!]{0,14}?(욕봤|욕보셨|수고했|수고하셨|고생했|고생하셨)(다|네|데이|어|어요|습니다|소)|"
    # d23d: the trouble the speaker gave ("그동안 엄마 땜에 고생 많었어"), "don't cry too much" ("너무 울지 말어")
    r"(그동안|그간|여태|지금까지)[^.?!]{0,8}?(때문에|땜에|땜시|때매)[^.?!]{0,4}?고생(많|마이|많이)(았|었|했|하|허)|"
    r"(너무|많이|넘)울지(말어|말아|마라|말고|마|말그라|마래이)|"
    # d25: "don't cry, eat well and live" ("울지 말고 밥 잘 묵고 살아래이")
    r"울지(말고|말구|마고|말어|마라)[^.?!]{0,10}?잘(묵고|먹고|챙겨묵고|챙겨먹고)?(살아라|살아래이|살아래|살거라|살그라|살어라|지내라|지내래이)|"
    r"(고마웠|감사했|미안했)[가-힣]{0,4}?(선생님|여보|얘들아|애들아)?(그동안|그간|여태)|"
    r"(고마웠|미안했|미안하|미안허|사랑한|감사했)다(고|구|꼬)[^.?!]{0,4}?(전해|말해)|"
    r"(잘지내|잘살|잘있|싸우지말|사이좋게)(으)?라(고)?[^.?!]{0,6}?(전해|말해|해주|해줘)|(나|내|내가|엄마|할미|할매|할머니)(가|는)?없어도|"
    # a life summed up as one leaves it ("잘 살다 간다", "니들 덕분에 잘 살았다"), a debt of kindness left unpaid
    # as one goes ("이 은혜 못 갚고 가서 미안해"), a meeting set in the next life ("저승에서 보자")
    r"(잘|행복하게|편하게|호강하고|원없이)살다(간다|가요|가네|갑니다|가니|갈란다|가는|갈게|갈께)|"
    r"(덕분에|덕에|덕택에)[^.?!]{0,6}?(잘|행복하게|호강하고|원없이)살았|(은혜|신세)[^.?!]{0,6}?못갚고(가|떠나)|"
    # d23e: thanks for the company to the end ("선생님 덕에 마지막까지 외롭지 않았어요")
    r"(덕분에|덕에|덕택에)[^.?!]{0,4}?마지막까지[^.?!]{0,8}?(외롭지않|행복|든든|고마|편안|즐거)|"
    r"(다음생|다음세상|저승|저세상)(에서|에|에선|서)(또|다시|꼭)?(만나|보자|봐|보세|만납시다)|"
    # d26c: the one left behind entrusted to be looked in on ("우리 할멈 좀 들여다봐 주우")
    # (d40: a request, not a care told, "일주일 와서 아버지 봐주던 딸을 … 배웅했어요")
    r"(할멈|할마이|영감|마누라|집사람|우리애들|애들|엄마|어머니|아버지)(를|을|좀|도)?(좀|가끔|자주)?(들여다봐|들여다보|돌봐|봐)"
    r"(주(?!던|는|고있|었|셨|시던|시는|느라|니|면서|며|어서|러)|줘(?!서|야)|도|달라)|"
    # d26b: a voice that would make one waver ("목소리 들으면 마음 약해져"), a face seen a last time ("일요일에
    # 꼭 와라 얼굴 마지막으로 보게")
    r"(목소리|얼굴)(를|을)?(들으면|보면|들으믄|보믄|들으모|보모)(마음|맘)(이)?약해(져|질|지)|"
    r"(얼굴|낯)(을|이라도|도|좀)?마지막으로(보게|볼라|보려|봐야|보자|볼려|볼란다)|"
    # the last call or greeting ("이번이 마지막 통화예요", "이게 마지막 인사다")
    r"마지막(통화|전화|인사|걸음|발걸음)(예|이|일|다|라|인|여|입)|"
    # (d23c: "이번이 마지막이오" said of a going)
    r"(이번이|이번엔|이게|이번길이)마지막(이오|이요|이여|이다|이야|이라|일세|입니다|이에요|이제)|"
    # (d26: the last climb or trip, with no way back said, "이번이 마지막 산행이다 올라가서 안 내려올라고")
    r"(이번이|이번엔|이게|오늘이)마지막(산행|등산|낚시|여행|나들이|뱃길|길)(이오|이요|이여|이다|이야|이라|일세|입니다|이에요)"
    r"(?=[^.?!]{0,12}?(안|못|다시는|다신)(내려올|돌아올|나올|올라올|돌아오|내려오))|"
    # (d22: not a hand that reaches first out of habit, "밥 먹고 나면 손이 먼저 가요")
    # (d34: nor the first to come, "길 뚫리면 제가 제일 먼저 갈게요", ko_train_blind_long50)
    r"(?<!손이)(?<!손은)(?<!손부터)(?<!제일)(?<!젤)(?<!젤로)(?<!맨)(?<!가장)먼저(간다|갈게|갈께|가요)|"
    # d25: gone ahead to wait ("나는 먼저 가 있을라니 애들 부탁하드래요"), the children entrusted
    r"(?<!손이)먼저가(서)?있을(라니|게|께|테니|란다|께요|게요|랑께|끼다|기다)|"
    # (not someone's words told, "우리 손주 잘 부탁한다꼬 …")
    r"(애들|아이들|아덜|손주들|손지들|손지|우리애들|자식들|새끼들|"
    # (d26: a dependant of the family put in a child's care, "오빠 잘 부탁한다", "엄마 잘부탁한다")
    r"엄마|니엄마|너거엄마|어머니|아버지|아부지|아빠|오빠|니오빠|동생|니동생|누나|언니|할멈|할매|영감|집사람)"
    r"(을|를|좀|은|도)?(잘)?(부탁(해|하|합|드려|허|한다|헌다|하드래|해요)|잘(봐|돌봐|챙겨)(달라|주라|줘|주소))"
    r"(?!(다|이라|라)?(꼬|고|구|카|캐|며|면서|길래|는데|더라|드라|대|데))|잘있(어|거)라(?!"
    + SAID_AND_BOARDED
    + ")|용서해(줘|달라)|(나|날|저|절|엄마|할미|할매|할머니)(를|는|을)?찾지(마|말)|"
    # d26: "don't look for me" said bare after a sentence ("더는 못버티겠다 찾지마 미안해"), not a search one will end
    # (d36: in Jeju, after its "-난" (since) or bare, "바당에 들어갈 거난 찾지 맙서", ko_train_blind_short96)
    r"(?:(?<=[다요어아해.!~ㅠㅜ])|(?<=[거꺼]난))찾지(마라|마세요|마시오|말아라|말어|맙서|맙써|마소|마이소|마쇼|마)"
    r"(?![^.?!]{0,8}?(내가|제가|있을|있으니|있응께|갈게|갈께|간다|가께|금방|곧))|"
    # a message of apology or thanks sent ("딸한테 문자 하나 보냈어예. 미안했다꼬.")
    r"(문자|편지|카톡|메시지|메세지)(하나|한통|한장|를|도)?[^.?!]{0,8}?(보냈|남겼).{0,4}?(미안했|고마웠|잘못했|사랑한)|"
    r"(미안했|고마웠|잘못했)다(고|꼬|구)[^.?!]{0,8}?(문자|편지|카톡|메시지)(를|도|하나)?(보냈|남겼)|"
    # a future without the speaker, told to the family ("내 없다고 섭섭해하지 마라", "할매 없어도 울지 마래이")
    # (나/내/저, 나가/내가/제가, 나는/저는, 할매/할미/애미, 엄마/아빠, 애비, 할머니, 할아버지: their last syllable)
    r"(?<=[나내저가는매미마빠비니지])"
    r"없(다고|더라도|는데도|는세상|으면|을때|을적)(도)?[^.?!]{0,10}?(섭섭|서운|슬퍼|울지|울고|잘살|잘지내|싸우지|사이좋게|굶지|잊어)|"
    # d36: the next rite kept without one, the sky to be looked at when one is missed, a call not to be answered
    # ("다음 제사는 엄마 없이 지내라", "할매 보고 싶으면 하늘 쳐다봐라", "내일은 전화 와도 못 받을 거야",
    # ko_train_dev_short_crisis5)
    r"(다음|올해|이번|내년)(제사|명절|추석|설|차례|생일)(는|은|도)?(엄마|나|아빠|할미|할매|할배|애비|에미|아부지|어매)?(없이|빼고)"
    r"(지내|쇠|해|치러|차려)|"
    # d36: the next call doubted, and a grandmother's part said done ("다음 통화는, 글쎄. 졸업식 다녀오고 나서는 따로
    # 할 얘기가 없을 거야", "그거 보고 나면 할머니 노릇은 다 한 거지", ko_train_dev_long_crisis2)
    r"다음(통화|전화)(는|도|은)?[,…]*(글쎄|모르겠|몰르|몰라|없을|못할|못받)|"
    r"(할머니|할매|할미|엄마|어미|에미|아빠|애비|할아버지|할배)(노릇|도리|역할)(은|도)?(다|인자|이제)(한거|했|끝났|마쳤|끝난거)|"
    # the family put in someone's care ("엄마 잘 모셔라 문자 보냈어예")
    r"(엄마|어머니|아버지|아부지|어매|니엄마|너거엄마|동생|애들)(를|을)?잘(모셔|모시|챙겨|보살펴)(라|래이|달라|주라|줘)"
)
#: d35: a stay in hospital named with papers set out "just in case" ("월요일에 입원해요 … 딸한테 통장이랑 도장,
#: 보험 증서 어디 있는지 적어서 줬어요. 혹시 모르니까.", ko_train_dev_long_tricky4): the papers are the stay's (the
#: ideation gate's reading and the discourse guard's), unless hopelessness or a death is said in their sentence
STAY_PREPARED = (
    r"(입원|수술|시술)[^?!]{0,200}?(혹시모르니|혹시몰라|만약을위해|만일을위해|혹시나해서|만일에대비|만약에대비)|"
    r"(혹시모르니|혹시몰라|만약을위해|만일을위해|혹시나해서)[^?!]{0,120}?(입원|수술|시술)"
)
#: d35: the check-in calls themselves changing hands or pausing, said in the transcript ("다음 달부터는 제가 아니라
#: 복지관 선생님이 직접 전화를 드리게 돼요", "이 전화가 겨울 동안은 쉰다면서요", ko_train_dev_long_tricky2): the
#: speaker's thanks and "the last call" are the calls', not a goodbye to life
DISCOURSE_CALLS_CHANGE = (
    r"(제가아니라|저대신|저말고|저는빠지고)[^.?!]{0,30}?(선생님|복지사|상담사|분|직원)(이|께서|들이)?[^.?!]{0,16}?(전화|연락|방문|오)|"
    r"(새로|새)(오실|올|오는|오시는|맡으실|맡을)(선생님|분|복지사|상담사|담당)|"
    # (a pause for a season or a while, not a call's own sign-off: "안부 확인 전화를 종료합니다", ko_train_blind_long31)
    r"(전화|통화|안부전화|돌봄전화|프로그램|사업|서비스|방문)(가|이|는|도|은)?[^.?!]{0,8}?"
    r"(겨울|방학|연말|당분간|한동안|석달|몇달|봄까지|내년까지|설까지)(은|는|에는|엔|간|동안|동안은)?[^.?!]{0,6}?"
    r"(쉰다|쉬어요|쉽니다|쉬게|쉬는|중단|끝나요|끝납니다|끝난대|끝난다)|"
    r"(프로그램|사업|서비스|안부전화|돌봄전화)(이|가|은|는)?(이번달로|이달로|올해로|이번주로|오늘로)(끝|종료|마무리)"
)
#: Someone else is leaving (a carer moving on): thanks to them are not the speaker's goodbye.
DISCOURSE_OTHER_LEAVING = (
    r"(오신대|오신다|가신대|가신다|가시는|가셔도|그만두|그만두신|옮기|옮기신|떠나신|바뀌|바뀐다|새로오|새로가|"
    r"전근|이사가|까지만오|퇴직|정년|"
    # d17L: the caller posted elsewhere ("다른 지역으로 발령이 나서요")
    r"발령|인사이동|다른지역으로|다른데로가|다른곳으로가|담당이바뀌|담당이바껴|계약이끝나|계약끝나)"
    # d19: not a question put to the speaker about it ("명자가 언니 어디 이사 가냐고 그러대")
    r"(?!냐|느냐|는지|나요|세요|셔요)"
)
#: A request to be taken or fetched, addressed to someone ("할멈아 나 좀 빨리 데리고 가라", "엄니 나 좀 데리러 와").
#: It is a wish to be taken (passive ideation) only when the one addressed is dead: the transcript must say so
#: (``DISCOURSE_THE_DEAD``) and the addressee be named right before it (``DISCOURSE_ADDRESSEE``).
DISCOURSE_TAKE_ME = (
    r"(나|날|나를|내|내를|저|저를|절)(도)?(좀|쫌|도)?(빨리|얼른|어서|퍼뜩|고마|같이|마)?"
    r"(데리고가|데려가|데꼬가|델꼬가|데불고가|데리러와|데리러오|데릴러와|델러와|데리러온나|데불러와|불러가|"
    # d31: called up ("하느님 저 좀 불러 주세요"; the one addressed must be God or the named dead, as for any request)
    r"불러주|불러줘|불러주세|불러가주|불러가세)"
)
#: The one asked, called by name just before the request: a late spouse, mother or father (each group's words
#: name the same person elsewhere in the transcript), or God.
DISCOURSE_ADDRESSEE_GROUPS = {
    "spouse": r"할멈|할망구|할망|영감|할아범|여보|당신|임자|마누라|남편|아내|집사람|그양반|우리양반|신랑",
    "mother": r"엄니|어무이|어머이|어머니|엄마|어매|오마니",
    "father": r"아부지|아버지|아빠|아배|아바이",
    "god": r"하느님|하나님|주님|부처님|조상님",
}
#: The transcript says the one addressed is dead, in a sentence that names them (a grave, an anniversary, a dream
#: visit, "할멈 가고 나서 석 달"): "아버지 기일" does not make "여보" dead.
DISCOURSE_THE_DEAD = (
    r"산소|묘소|납골|묻힌|묻혀|묻은|기일|제삿날|돌아가신|돌아가셨|먼저간|먼저가신|먼저떠난|하늘나라|저세상|저승|"
    r"(간|가신|떠난|보낸)지|(가고|떠나고|보내고)나서|꿈에|"
    # talked to in a photograph ("영감 사진 보고 얘기해유"): the living are called, not their pictures
    r"(사진|영정)(을|한테|에다|에다가|앞에서|앞에|보고|보며|보면서|쳐다보고|들여다보고)[^.?!]{0,4}?(얘기|이야기|말|인사|대화|넋두리)"
)
#: Hopelessness said by the speaker ("사는 낙이 없어", "희망이 없어", "애들한테 짐만 돼"): with a means obtained or
#: kept and no everyday purpose in sight, a plan (SCREENING.md: an everyday purpose counts only with no death wish,
#: hopelessness or farewell anywhere in the text).
DISCOURSE_HOPELESS = (
    # (d17s: "없" said in Chungcheong, Gangwon and Jeolla as "읎"/"웂": "낙이 읎어유", "사는 재미도 읎고")
    r"(희망|소망|미래)(이|도|은)?(없|읎|웂|안보)|살맛(이|도)?(안나|없|읎)|"
    r"(사는|살)(게|것이|기|거)?(낙|재미|의미|보람)(이|가|도)?(없|읎|웂|하나도없|하나도읎)|"
    r"(이렇게|이리|이래|이러고)(사는거|사는것|사는게|살기|사는기)(는|도|가)?(더는|더이상|인제|이제)?(못하겠|못허겄|못하것|못살겠|"
    r"못해먹겠|지쳤|싫)|"
    # d26: life itself wearisome ("사는 것이 징혀서", "사는 게 지긋지긋해")
    r"(사는|살)(게|것이|것도|기|거|거이)(너무|참|증말|정말|인자|이제)?(징혀|징하|징해|지겨|지겹|지긋지긋)|"
    # d26b: no strength left to endure ("더 버틸 힘이 없어요"), a bedridden life no more ("누워사는거 더는 못하겠다")
    r"(더|더는|이제|인제|인자)버틸(힘|기운)(이|도)?(없|읎|웂)|"
    r"(누워|이러고|이렇게|이래)(사는거|사는것|사는게)(는|도)?(더는|더이상|인제|이제)?(못하겠|못허겄|못하것|싫)|"
    # d26: no reason left to stay ("마누라도 요양원 가고 더 있을 이유가 없잖아")
    r"(더|더는|이제|인제|인자|이젠)(여기)?(있을|버틸|살아있을|남아있을|살아갈|붙어있을)이유(가|도)?(없|읎|웂)|"
    # d26: the burden on the family to be ended ("우리 며느리 고생 그만 시켜야제")
    r"(며느리|메느리|자식|자식들|애들|딸|아들|식구|식구들|가족)[^.?!]{0,8}?고생(을|도)?(그만|더는|더이상)(시켜|시키)|"
    # d33: nothing left to hold on to, alone ("친구들 다 갔는데 나 혼자 뭘 붙잡고 있냐", ko_train_blind_short84)
    r"(나|나혼자|혼자|내가|내혼자|나만)(서)?(뭘|뭐|뭣|뭣을|무얼|뭐를)(더|계속)?붙잡고(있냐|있나|있노|있겄|있것|사나|사냐|살아|버텨)|"
    # d33c (probes): all of it said to be in vain ("그냥 다 부질없어"), not a needless worry ("부질없는 걱정")
    r"부질(없|읎|웂)(다|어|네|지|구나|더라|제|소|는기라|데이|어요|습니다)|"
    r"(낙|의미|보람)(이|가|도)?(하나도)?(없|읎|웂)|쓸모(가|도)?(없|읎)|짐(짝)?(만|이)?(되|돼|된|이야|이다|밖에)|앞이(안|캄캄)|"
    # d23: comfort in the thing being there ("그냥 그게 장농 안에 있으니 맘이 좀 놓입니다"): with a means held, a plan
    r"(그게|그거|그기|그것이|그놈이|저게|고게)[^.?!]{0,12}?(있으니|있으니까|있응께|있어서|있다생각하니|있다고생각하면)"
    r"[^.?!]{0,6}?(맘|마음|속)(이)?(좀|조금|한결|많이)?(놓|편해|편하|편안|든든)"
)
#: The concern labels (ko, en) of the two discourse codes.
DISCOURSE_LABELS = {
    "discourse_plan": (
        "여러 문장에 걸친 수단·시점·작별",
        "a means or place with a time, a goodbye or preparations, across sentences",
    ),
    "discourse_preparation": (
        "여러 문장에 걸친 신변 정리와 작별",
        "affairs settled with a goodbye or a time, across sentences",
    ),
    "discourse_farewell": (
        "여러 문장에 걸친 작별 인사와 끝맺음",
        "a goodbye with the speaker's end said, across sentences",
    ),
}
#: A lethal means, named with no act of keeping it ("창고에 농약이 한 병 있어") — partial evidence at most.
PARTIAL_MEANS = (
    r"(수면제|수면유도제|잠오는약|신경안정제|농약|제초제|살충제|그라목손|쥐약|청산가리|번개탄|밧줄|"
    r"옥상난간|한강다리|대교)"
)
#: Low mood or hopelessness said in the transcript (with a named means: a person should look).
PARTIAL_MOOD = (
    r"(우울|울적|슬퍼|슬프|서글|서러|괴로|눈물|희망이없|희망도없|살맛|사는게재미|사는재미|낙이없|낙이읎|낙도읎|재미가없|재미가읎|의미가없|"
    r"지쳤|지친다|힘들어|허무|외로|쓸쓸|막막|캄캄|귀찮|짐만|짐이|쓸모없|쓸모가없)"
)

# The most frequent syllables of elders' check-in speech, most frequent first (counted over the evaluation
# sets). Only used to choose the pair a gate word is filed under (a tie-break after COMMON_PAIRS): speed only.
COMMON_SYLLABLES = (
    "어이고가다도서아는에나하지그요안리라자을해한들데사일면기야없무은먹내래있마주거죽못만겠려오제으생로니새장었게까잠보밥번약워갔것더말손와날우살전영싶밤수달네놨인대시정왔화감집각째잘를러허했냥같좋테루봐누"
    "구모비애여음치저할때좀미뭐매통원울침혼문꾸올람되며딸았종재버두랑벌또당불놓엔실소스숨맛병걱늘상부싫물넘르심적런방느님목져갈녀세선농눈경몇년찮간관의건입동받써얼막줘길알칠금겨바디운터속편진드즘참차끝묵줬"
    "식술줄께조너파친빨머맞노근돌렇히됐따발개괜돈많밖난슴추반호질찾강배쳐옆밭졌렁뒀씩탄직끊봤앉연산믄꼬녁온유몰겄공짜카걸신복씻혀않맨증넣타석절떨릎돼예작양교던귀름분큰열확웠계깜용급났웃점외준깨트켜른티"
)
# The most frequent adjacent syllable pairs of ordinary (non-crisis) check-ins in the evaluation sets, most
# frequent first. Gate words are filed under their rarest pair: this too changes speed, never a result.
COMMON_PAIRS = (
    "그래는데에서더라없어요새었어어요죽겠래도하고아무손주있어우리라고도안하루들이해서겠어생각걱정오늘다가이안아들영감먹고와서사람나는자꾸왔어했어고싶고나들어도못것도내가요즘먹었못자리가겠다어서밥도딸이이없"
    "혼자았어전화다고아침병원종일도없아이나가는거갔다루종니까가고나서아서그냥괜찮무서잠을거야어제다음가서밤에야지놨어이고그런까봐는지이야좋아친구애들을못먹어한테찮아놓고없고가는서워마음안해으로살아워서이랑"
    "것같고있안나하는줬어무것마다며칠한달이라잠이이가달째선생생님지금안와죽고누워고그누가다리일이매일음이리고래요복지지관나도아파정이같아람이려서약먹려고하나허리가슴보고갔어는디밭에너무만있슴이내일안먹었는"
    "저녁도하사가맨날새는집에재미소리죽는우울이제다왔고하고추기운손녀무도드라알았줄알계속겠네잠도다아농약이나음주까지는다어가다카침에약을기싫어나모르아니얘기당께며느느리한다구들다녀워죽오는무릎싶다자고수술"
    "숨이지가금은올라일어기가허허고밥이번먹으한참는줄아직가야가가몰라주에는그어야으면죽을가아싫어경로로당때문요일가스이다불안날이도잘고잠벌써에잠지도하기문에다니서한넘어감이있는옆집겄어입맛거든래서해도어지"
    "부터라가드래데이고왔맛이어그장이맛도나오져서서그가와는게머니라마하다근데죽어라서다그에도웠어해요하더원가밤마르겠보는해죽노래느라힘들기도싶어주가갔는고마온다왔다죽겄워만못나이여미치다는외로옛날주들운이"
    "돌아됐어이와원에이좀아요있었고누밖에심장주일점심몇주제는는아가없리는째야올해어디따라을라러가같이니가도다나갔봤어었다일주들한주째서아에나고기었지급실응급님이검사각이어죽는괜수다머리는것통장파죽티비재밌"
    "미가이아지난옥상앉아혈압잘못가자레비찾아데그집할음달전에교실그거졌어동안다시귀찮있다밥은정리자식식들화장고아수면개탄번개릎이간다으니안오하지가다주말세번깜빡적하이래거려잖아자살김장잘안에가고해어라한번"
    "어놨그러이자리집집이기만달라말을을안속이되면의사못하칠째녀가기분어아하면확인심해나이동네오고겠지고한어도가지십년는사지고런생갈거자있가기이하나와지뭐치겠비가번도많이자주매가이상뒀는할매여기두번각은물어"
    "았다가요더니아가지몰이사어내못먹나고기로먹을당에면제감가사왔때는리에주인지그잘지지내년에치매가도압약가어보내만나다하새벽"
)


# ---- d15L: long check-ins read wrongly (each pinned both ways in tests/unit/test_long_checkins_d15l.py) ----
#: More preparatory acts (SCREENING.md: settling affairs, debts, pets): the insurance beneficiary changed ("보험회사
#: 가서 수익자를 우리 딸 이름으로 바꿔놨어요"), a debt or a tab paid off to the last ("카드값 남은 거 다 갚았고요",
#: "외상 달아놓은 거 그것도 갚았어요"), a pet's care asked of someone with its food handed over ("아래층 새댁이 …
#: 맡아달라고 했어요 사료도 한 포대 사서 줬고"). Debts count only in a combination (``discourse._WEAK_PREP``).
DISCOURSE_PREPARATION_MORE = (
    r"수익자(를|도|는|을)?[^.?!]{0,16}?(바꿔|바꿨|바꾸|돌려|변경)|"
    r"(카드값|카드빚|외상|외상값|빚|대출|곗돈|밀린)[^.?!]{0,12}?(그것도|그거도|다|싹|모두|전부)(갚았|갚고|갚아)|"
    r"(강아지|고양이|괭이|반려견|반려묘)[^.?!]{0,30}?(맡아달라|맡아도라|맡아주라|맡아돌라|부탁했)[^.?!]{0,30}?"
    r"(사료|밥그릇|간식|캔)|(사료)(도|를|랑)?[^.?!]{0,8}?(사서|사다)[^.?!]{0,4}?(줬|주고|맡겼)|"
    # d17v: a pet put in someone's care ("고양이를 안고 '선생님, 야 좀 부탁해도 될랑가'"); a while away is read in
    # discourse.py (a trip, a stay in hospital)
    r"(강아지|고양이|괭이|반려견|반려묘|멍멍이|야옹이)[^.?!]{0,24}?(좀|를|을)?"
    r"(부탁해도|부탁할|부탁하께|부탁혀|부탁드려|부탁드릴|부탁해요|부탁헌다|부탁한다|부탁하네|맡아줄|맡아주|맡아줘|맡아달)|"
    # d23: the household's bills handed to a child ("전기세는 니가 좀 내주고"): a weak act (discourse._WEAK_PREP), one
    # of several only
    r"(전기세|전기요금|수도세|수돗세|수도요금|관리비|가스비|가스요금|공과금|세금)(는|은|도|랑|하고)?(니가|네가|너가|느그가|니|너)"
    r"(좀|이제|인자|앞으로)?(내주|내줘|내라|내거라|내도|맡아)"
)
#: The last call said as one to be thought of so ("이게 마지막 전화로 생각허라", "마지막 통화라고 생각해"): the
#: speaker's goodbye (``DISCOURSE_FAREWELL``'s "마지막 통화예요" said in Jeju and other forms).
DISCOURSE_FAREWELL_MORE = (
    # d28: the child's trouble acknowledged and a comfortable life bidden ("니 고생마이햇다 인자 편하게 살그라"): a
    # partner of a preparation only, never alone (a son's retirement is thanked so too)
    r"고생(많이|마이|마니|억수로|참|엄청|많)?(했|햇|혔|했다|햇다|했데이|많았|많었)[^.?!]{0,10}?(이제|인자|인제|이젠)(는)?"
    r"(편하게|편히|맘편히|마음편히|맘편하게)(살|지내)(아라|어라|그라|거라|라|래이|아|어)"
    # (said, not told of: "… 인자 편하게 살그라 했다")
    r"(?!(고|구|꼬)?(했|캤|카이|카니|그랬|하니|해줬|말해|하더|캐))|"
    # d19: "니는 잘 살아라" to a grandchild who means to come, told not to come ("오지 마라 … 니는 잘 살아라")
    r"(오지|올것|올거|오지도)(마라|마|말아라|없다)[^?]{0,30}?(니는|너는|느그는|너희는|니도|너도)잘(살아라|살거라|지내라|있어라)|"
    r"마지막(통화|전화|인사)(로|라고|라구|라꼬|이라고|인줄|으로)(생각|알|여기|치|들어)|"
    # d19: a parting charge to the children ("싸우지들 말고 잘들 살아라")
    r"(싸우지들?말고|싸우지말고|사이좋게)[^.?!]{0,6}?잘(들)?(살아라|살아|지내라|있어라|살거라|살어|살어라|살그라|지내|지내거라)|"
    # d20: "엄마 찾지 말고 밥 잘 챙겨 먹어라"
    r"(엄마|아빠|할미|할매|할배|아버지|어머니|애비|어미)(를|는)?찾지(말|마)|"
    # d23: "엄마 원망 말고" (don't resent me), the parent's last word to a child
    r"(엄마|아빠|할미|할매|할배|아버지|어머니|애비|어미|나|날|나를)(를|는|을)?(너무)?(원망|미워)(는|도)?(하지|허지)?(말|마)|"
    # d20: "나 찾으러 오지 마라" (not "… 내가 갈게", "… 경로당에 있을 거니까")
    r"찾으러(오지|오덜|오들|다니지|댕기지)(마|말)(?![^.?!]{0,12}?(내가|제가|있을|있으니|있응께|갈게|갈께|간다|가께))"
)
#: The tide looked up for a day ("물때 보난 모레 새벽이 좋더라", "물때 보니께 그날이 좋겠어"): a place's time chosen
#: (``DISCOURSE_PLACE``'s "물때를 알아봤어" in the forms of looking). d23: the tide matched ("이번 물때 맞촹 바당에 …"),
#: and when a freight train passes, learnt ("밤 열한시 화물차 지나가는 시간만 알믄 된다"): a place's time. Not a train
#: to be taken (its passing is not when one boards).
DISCOURSE_PLACE_MORE = (
    r"물때(를|도|까지)?[^.?!]{0,4}?(보난|보니|보이|보믄|봤|봐|찾아|따져|맞춰|맞촹|맞추|맞춘)|"
    # d23e: the balcony or the roof locked by the family against one's plan ("베란다 문 니가 잠가놨더라 와 잠갔노 내 다
    # 생각이 있어가 그랬는데")
    r"(베란다|옥상)(문|창문|창)(을|은|는)?(니가|누가|왜|애들이)?[^.?!]{0,6}?(잠가|잠갔|잠궈|잠궜)[^.?!]{0,16}?"
    r"(생각이있|생각이있어|생각이있었|생각해둔)|"
    # d33: the roof's key got hold of ("옥상 문 열쇠 챙겨놨어유", ko_train_blind_short84); not for a chore up there
    # said in the next words ("… 받아왔어. 이번 주말에 이불 말리게")
    r"(?![^?!]{0,48}?(이불|빨래|말리|널어|널게|널라|고추|화분|텃밭|장독|청소|방수|공사|수리|안테나|물탱크|관리실|관리소|점검|택배|배관|누수|"
    r"태양광|고장|고기|바베큐|바비큐|파티|구경|불꽃|별|일출|해돋이|운동|체조))"
    r"(옥상|옥탑)(문|출입문)?(의)?(열쇠|키|비번|비밀번호)(를|도|은|는|하나)?[^.?!]{0,4}?"
    r"(챙겨|구해|받아|복사해|빌려|얻어|만들어|알아)(놨|뒀|놓|왔|냈|두)|"
    r"(기차|열차|화물차|화물열차|기찻길|철길)(가|이)?(지나가는|지나는|통과하는|댕기는|다니는)(시간|때)(만|을|도|이|은|는)?[^.?!]{0,4}?"
    r"(알믄|알면|알모|알아놨|알아뒀|알아봤|알아두|봐놨|봐뒀|적어|외워|외웠)"
)
#: No call to this number any more for an ordinary reason said around it: a new number coming ("서울 번호 새로
#: 생기믄 아들이 센터에 알려준다 했어", "번호 바뀌면 알려드릴게요").
NEW_CONTACT = (
    r"(새|새로운|바뀐|다른)(전화)?(번호|연락처|핸드폰|휴대폰)|"
    r"(번호|연락처|핸드폰|휴대폰)(가|를|도|는|이)?(새로|바뀌|바꾸|바꿔|바꿀|생기|나오)"
)
#: A person's saying called their habit right after it ("나도 빨리 죽어야지 빨리 죽어야지 그기 입버릇이라", "… 그게
#: 버릇이여", "… 입에 달고 살어"): with that person announced as saying it before, the words are theirs, even
#: with a first person inside the quote (``engine._framed_saying``).
SAYING_HABIT_MORE = (
    r"^[^.?!]{0,24}?(그기|그게|그거|이게|저게|그것이|고게)?(입버릇|입에달고|버릇이|버릇처럼|맨날하는소리|노상하는소리)"
)
#: d24: the saying itself called a lie, an old saying or idle talk ("늙으면 죽어야지 하는 말은 거짓말이여", "… 그거 다
#: 빈말이여"), not called no lie ("… 빈말이 아니여")
SAYING_CALLED_A_LIE = (
    r"^[^.?!]{0,10}?(말|소리|얘기|거)(은|는|이|도)?(다|순|전부|완전)?(새빨간)?(거짓말|거짓부렁|빈말|옛말|농담|헛소리|뻥)"
    r"(?!(이|은|는)?(아니|아녀|아냐|아이다|아이라|아인))"
)
#: d24: another person's habitual saying (SCREENING.md: "a spouse's habitual '빨리 죽어야지'" is not the speaker's
#: ideation) in the forms the frames above miss: that person named, then a habit word, the wish, and the teller's
#: closing ("우리 할멈은 … 맨날 아이고 빨리 죽어야제 … 입에 달고 살아", "박 할매는 맨날 아이고 빨리 죽어야 되는데
#: 그카면서 화투는 제일 열심히 친다"), or that person's saying announced in the sentence before ("니 아부지는 맨날 그
#: 소리여. 아이고 빨리 죽어야제"). ``engine._habitual_of_another``.
HABIT_SUBJECT = (
    OTHER_SUBJECT
    + r"|(아부지|아배|아바이|어무이|어매|엄니|할매|할배|할망|하르방|노인네|할마시|할마이|할머이|할무이|영감탱이|"
    r"[가-힣]{1,3}댁)(이|가|은|는|도|이는|이가)|"
    # named by a place or a relation ("경로당 말순이는", "옆집 순자는")
    r"(경로당|복지관|교회|성당|노인정|동네|옆집|앞집|이웃)[가-힣]{1,3}?(이는|이가|씨는|씨가|는|가)|"
    # no particle, as said ("그 양반 몸은 멀쩡한데 …")
    r"(그|저|우리|이)(양반|영감|할매|할배|할멈|노인네|냥반)"
)
#: a habit word: every day, whenever one opens one's mouth, on one's lips
HABIT_WORDS = (
    r"맨날|만날|매일|날마다|노상|늘상|허구헌날|허구한날|툭하면|걸핏하면|입만(열|벌리)(면|믄|민|모|므)|입에달고|입버릇|"
    r"말버릇|버릇처럼|하루에[^.?!]{0,4}번|때마다|자꾸|"
    # d32: a drinker's saying ("우리 집 할배는 술만 묵으면 고마 죽어삘란다 카는데 아침 되면 멀쩡하다")
    r"술만(묵으면|묵으믄|먹으면|먹으믄|마시면|마시믄|드시면|자시면|들어가면|들어가믄|취하면|취하믄)|술(만)?(취하면|취하믄|먹고|묵고|마시고)"
)
#: the saying announced: "그 소리여", "또 그 소리예요", "그 말만 해"
HABIT_FRAME = (
    r"(그|저|이)(소리|말)(만)?(여|이여|예요|이에요|이야|야|유|이유|이다|이지|이제|이라|인디|인데|이고|이요|을해|를해|를하|"
    r"해|혀|허|한다|해요|해유|하제|하지)"
)
#: the teller's closing right after the words, within ten characters ("… 그래", "… 그카면서", "… 이 소리를 해", "…
#: 입에 달고 살아")
HABIT_CLOSED_AFTER = (
    r"^[^.?!]{0,10}?(그래|그려|그랴|그러|그런|그라|그카|그캐|이래|이카|카면|카믄|카민|카대|카더|캐싸|캐쌓|하면서|하믄서|"
    r"허면서|험서|허믄서|하는데|하는디|허는디|해싸|해쌓|혀싸|해요|해유|혀|하드라|하더라|입에달고|입버릇|말버릇|"
    r"(이|그|저)(소리|말)|"
    # d32: "… 죽어삘란다 카는데", "… 죽어불란다고 난리여"
    r"카는데|카는디|카는기|고난리|고야단|고성화|꼬난리|구난리)|"
    # d31: "해 쌓다" split by a row that quotes the 해 ("허구헌날 빨리 가야제 가야제 해싸도 밥은 두그릇씩 묵어라")
    r"^(싸|쌓|쌌|샀)(도|서|고|코|면|믄|는|야|더)"
)
#: The speaker's own move said without a particle, as speech-to-text often gives it ("다음 주에 요양원 들어간다",
#: "이삿짐 차 불러서 어제 다 보냈어"): ``DISCOURSE_OWN_MOVE`` in more forms.
DISCOURSE_OWN_MOVE_MORE = (
    r"요양원들어(가|간|갈)(?!(라|래|기싫|기전|지않|지말|지마|긴|진))|"
    # d35: a working life's last day, the work named ("아파트 경비 십이 년 했는데 오늘로 끝",
    # ko_train_dev_long_tricky1), or a retirement
    r"(일|직장|회사|가게|경비|근무|장사|일자리|알바|청소일|공장|식당)[^.?!]{0,16}?(오늘로|오늘까지|이번주로|이번주까지|이달로|"
    r"이달까지|이번달로|이번달까지)(끝|마지막|그만)|(정년|퇴직|은퇴)(했|하고|해서|한다|식|하는날|이라)|"
    r"이삿짐(차|센터)?(을|를|도|은)?(다|싹)?(쌌|싸놨|보냈|불러|불렀)|"
    # d16L: the moving van coming, the child's house named with a going ("토요일 아침 여덟 시에 이삿짐 차가 온대",
    # "서울 딸네 집으로 올라감수다", "아들 집에 들어가 살기로 했어"), not one told to or refused
    r"이삿짐(차|센터|트럭)?(이|가|는)?(온|오기로|와요|와유|옵니|오는)|"
    r"(아들|딸)(네)?집(으로|에|로)(아주|아예|이제|인자)?(올라가|올라감|올라갈|들어가|들어갈|가서살|가살|이사)(?!(라|래|기싫|기전|지않|지말|지마|긴|진))|"
    # d34: a season's stay at a child's, its length named ("서울 딸네 집에 가. … 삼월까지 있으라고",
    # ko_train_blind_long50)
    r"(아들|딸|큰아들|큰딸|작은아들|작은딸|막내)(네)?(집)?(으로|에|로)(가|간다|가요|가유|갑니다|올라가|올라간다|내려가)"
    r"[^?!]{0,60}?(삼월|사월|봄|내년|설|겨울|한달|두달|석달|몇달|한철)(까지|지나|동안|내내|쇠고|나고)(?!(못|안))|"
    # d16t: a move told with what comes of it, no destination named ("이사 가서 다른 복지관 다닐 거예요", "이사 가면서
    # 정리했어요"), and a going home to the village for a while ("고향에 내려가서 한동안 안 올 거예요"); not a wish, an
    # order, a condition or a question ("이사 가고 싶다", "이사 가서 뭐해")
    r"이사(를)?(가면서|가서|가거든|가니까|가니께|가게돼|가게됐|하면서|갑니다|가요|갑니더|감더|갑니데이|가예|갑미더|가유)"
    r"(?!(라|래|싶|뭐|머하|봤자|야|도소용))|"
    r"고향(에|으로|집에|집으로|집)?(내려가|내려갑|내려갈|내려간|가서|갑니다|가요)(?!(고싶|고잡|고파|라|래|면|야|려|서뭐))|"
    # d18: the packing asked after by the caller and answered, a child's "live with us" taken up ("이삿짐은 잘 싸고
    # 계세요?", "아들이 같이 살자고 몇 년을 졸라서 이번에 결심했수다")
    r"(이삿짐|이사짐)(은|을|도)?(잘|다|싹)?(싸고|싸요|싸는|싸셨|쌌|챙기|정리하)|"
    # d19: the move's date, its preparation or the packing firm, asked by the caller or told ("이사 준비는 잘 되어
    # 가세요?", "이십일이시죠, 이사 날짜가?", "포장이사로 했대요", "이사 가시면 저희 돌봄 서비스는 종료되고")
    r"포장이사|이사날짜|이삿날|이사준비(는|를|도|가)?(잘|다)?(되|하|해|끝)|이사(가|하)(시면|시는|실때|시기전)|"
    r"같이살자(고|캐서|해서|는걸)[^.?!]{0,16}?(결심|가기로|가게됐|가게돼|하기로|들어가|올라가)|같이살기로(했|하|결심)"
)


# ---- d17s: partial cues whose partner the discourse did not know (ko_train_blind_short6) ----------------------------
#: The speaker has no more need of their things, said with a gift of them ("시계랑 낚싯대 조카 다 줘부렀어 인자 나헌티
#: 필요 읎응께", "이제 저한테는 쓸 일이 없으니까요", "가져갈 것도 아닌데"): one gift said so is a preparation, but a
#: weak one: it counts only with a partner (an end at a time, a goodbye, a held means), never alone (an elder whose eyes
#: failed gives the sewing machine away for that reason).
DISCOURSE_NO_NEED = (
    r"(나|내|저|제|난|전)(한테|헌티|한티|테|게|겐|에게|한텐|는|도)?(는|도|이제|인자|인제|이젠|더|더는)?"
    r"(필요|쓸일|쓸데|쓸곳|소용)(가|도|는|이)?(없|읎|웂)|"
    r"(이제|인제|인자|이젠|더는)(는|나는|난|저는)?(다)?(필요|쓸일|쓸데|소용)(가|도|는|이)?(없|읎|웂)|"
    r"(저승|저세상|무덤)(까지|에|으로)?(가져|갖고|싸들고|지고)(갈|가)|(가져|갖고|싸들고|지고)갈(것|거|수)(도|있|는)?(아닌|아니|없)"
)
#: The means judged enough ("한 달 치믄 되겄지", "이 정도면 충분하겠지", "이만큼이면 되겠다"): an end said of a held
#: means. It combines with one (a plan); alone it is nothing (a month's supply is also what the doctor gives).
DISCOURSE_ENOUGH = (
    r"((?<=[한두세석넉몇])(달|주)치|열흘치|보름치|주일치|이만큼|요만큼|이정도|요정도|이만치|이거|이것|요거|그걸|그것|고걸)"
    r"(면|믄|이면|이믄|모|만|만있으면|만있으믄|으로|로)(다|충분히)?(되겠|되겄|되것|될거|될꺼|될끼|되지|충분|넉넉|족하|되고도남)"
)
#: The speaker keeps it from the family or from everyone ("가족들한텐 말 안 할 거니까 걱정 마세요", "애들 모르게",
#: "아무한테도 말 안 했어요", "거기면 아무도 모르겠지"): secrecy about what they hold or where they go. With a held
#: means or a lethal place it is a plan; alone it is nothing.
DISCOURSE_CONCEALED = (
    r"(가족|식구|애들|자식|아들|딸|며느리|영감|할멈|남편|아내|집사람|아무|누구|아무한테|아무에게|동네|엄마|아빠|니엄마|느그엄마|"
    r"너거엄마|네엄마|니애비|할머니|할매|형|누나|언니|오빠|동생|삼촌|고모|이모|니아빠|느그아빠|너거아빠|네아빠|니어매|느그어매|"
    r"하르방|할망|할아버지|아버지|어머니)(들)?"
    r"(한테|헌티|한티|에게|께|한텐|헌틴|한테는|에게는|한테도|에게도|도|신디|안티)?(는|도)?"
    r"(말|얘기|이야기|티|내색)(도|은|는|을|를)?(안할|안하|안헐|안했|안허|못하|안할끼|하지말|하지마|허지말|허지마|허지맙|하지맙|말아|마세요|마소|마이소|마라)|"
    # d23: "니는 몰라도 된다" (none of your business), said to the one who asks
    r"(니|너|느그|자네|니가|너는|니는)(는|가)?몰라도(된|돼|되)|"
    # d25: Jeju's "don't tell" ("아이덜신디는 곧지 맙서")
    r"(아이덜|아이들|아덜|애기덜|식구덜|아들|딸|메누리|며느리|하르방|할망|가족|식구|애들|자식|누게|아무)(덜|들)?(신디|신디는|한테|한테는|안티|안티는)?"
    r"(곧지|골지|고르지|말허지|말하지)(맙서|맙써|마|마라|말라|말앙|맙주)|"
    # d23c: "알믄서 뭘 물어유" (you know why: don't ask)
    r"(알면서|알믄서|알문서|알믄서도|알면서도|다알면서|다알믄서)(뭘|뭐|머|멀|뭣하러)(물어|묻|물으|물어유|물어요)|"
    r"(가족|식구|애들|자식|아들|딸|며느리|영감|할멈|남편|아내|집사람|남|아무도)(들)?(이|도)?모르게|"
    r"(아무도|누구도)(모르|모를|못찾|못찾을|못찾겄|못찾겠)(겠|겄|것|거|꺼|끼|기)|"
    r"(비밀로|비밀이)(해|할|하|야|여|다|에요|예요|이에요)|"
    # d19: a thing kept from the carer for a use not to be told ("건드리지 마라 그거 내 쓸 데 있다 … 니 알 거 없다")
    r"(건드리지|만지지|치우지|버리지)(마라|마|말라|말어|마소)[^.?!]{0,12}?(쓸데|쓸곳|쓸일)(가)?있|"
    # d25d: "놔뚜라. 그건 내가 쓸 데가 있다" (leave it be: I have a use for it)
    r"(놔두라|놔뚜라|놔둬라|놔둬|냅둬|내버려둬|놔뚜소|놔두소)[^?!]{0,12}?(쓸데|쓸곳|쓸일)(가)?있|"
    r"(니|너|느그|자네)(가|는)?알(거|것|꺼|바)(없|아니)"
)
#: Never coming back from where one goes ("낚시는 무슨 그냥 안 돌아올라꼬", "다시는 안 돌아올 거야", "돌아올 생각
#: 없어"): an end, strong only beside a lethal place or a held means (``discourse.combined``); not a stay of days
#: ("사흘은 안 돌아올 거다", "한동안").
DISCOURSE_NO_RETURN = (
    r"(?<!사흘은)(?<!며칠은)(?<!한동안)(?<!당분간)(?<!오늘은)(?<!일주일은)(?<!한달은)(?<!며칠)(?<!오늘)"
    r"(안|다시는안|다신안|다시안|영영안|영영|다시는|다신)(돌아올|돌아오|돌아갈|들어올)"
    r"(라꼬|라고|라구|려고|려구|거|꺼|끼|겨|것|기다|란다|생각|셈|작정)|"
    r"(돌아올|나올|돌아나올)(생각|맘|마음|일|계획)(이|은|도|는)?(없|읎|웂|엇|어수|어신|어서)|"
    # (d23c: next time no coming back, "담에는 안 돌아온다")
    # (the cue stops before "온다", which is also someone's coming)
    r"(담에는|담엔|다음에는|다음엔|다음번엔|이번엔|이번에는|인제는|이제는)(안|다시는안|다신안|못)돌아(?=(온다|와|올끼다|올기다))|"
    # (d26c: a one-way ticket, "표는 편도로만 끊었어요")
    r"편도(로|로만|만)?(표)?(를|만|로)?(끊었|샀|끊어|예매했|끊고)|"
    # (d27: a bridge walked and not crossed to its end, "그 대교 … 내일 걸어서 한번 가볼란다. 끝까지는 안 건널 끼다"),
    # not with a way back said ("중간까지만 갔다 올게")
    r"(끝까지는|끝까지|건너편까지는|저쪽까지는)(안|못)(건널|건너갈)(끼|거|꺼|겨|란다|라고|래|것|기다)(?![^.?!]{0,16}?(갔다올|갔다와|돌아올|돌아와))"
)
#: Going to the sea, a river, a reservoir or a bridge with intent or at a near time ("내 오늘 밤에 바다에 좀
#: 나가볼라꼬", "저 다리에 자꾸 가 보드래요"): a lethal place, weak — it counts only with a partner (no return, secrecy,
#: hopelessness), never alone (a walk by the sea is what elders do).
DISCOURSE_PLACE_WEAK = (
    # (d27: an old mine's shaft or a cave to be entered, named or pointed back to, "옛날 3갱 막아놓은 데 있잖어. 거기
    # 한번 들어가 볼라고")
    r"(갱|갱도|폐광|동굴|광산)[^?!]{0,24}?(거기|그기|그짝|그안|그속)?(에|엘|으로|로|속에|속으로)?(좀|한번|혼자|그냥)?"
    r"(들어가볼|들어가보|들어갈)(라꼬|라고|라구|려고|려구|까|거|꺼|끼|겨)|"
    # (d36: the open sea gone out to by boat, Jeju "내일 새벽 혼자 몰앙 먼바당 나가쿠다", ko_train_dev_short_crisis5)
    r"(먼바다|먼바당|난바다)(에|엘|로|으로|더레)?(혼자|배)?(몰앙|몰고|타고)?(나가쿠다|나가켜|나갈거|나갈란다|나가련다|나갈라꼬|나갈끼|나가불)|"
    r"(바다|바당|강|강물|냇가|저수지|호수|다리|철교|대교|댐|방죽|둠벙)(에|엘|에다|로|으로|위에|위로|밑에|쪽에|쪽으로)(좀|한번|자꾸|또|매일|맨날|혼자)?"
    r"(나가볼|나가보|가볼|가보|가봐|나갈|갈|나가려|가려|나가봤|가봤|들어가볼)(라꼬|라고|라구|려고|려구|까|드래|더라|곤|고|았|았어|거|꺼|끼|겨)|"
    # d30: going to see the water, said as one's intent ("바다 보러 혼자 갈 거야. 돌아올 생각은 없어."): weak, a plan
    # only with no return, secrecy or a goodbye (``discourse.combined``), never an outing by itself
    r"(바다|바당|강|강물|저수지|호수|댐|방죽)(보러|구경하러)(좀|한번|혼자|또)?(나갈|갈|가볼|가려|나가려)"
    r"(라꼬|라고|라구|려고|려구|거|꺼|끼|겨)|"
    # d23: going into the water, in Jeju's future or a plain one ("바당에 혼자 들어가쿠다", "강에 들어갈 거야")
    # (d23c: a bridge named bare, "그날 그 다리 가볼 거요"; the water's edge reached, "어젯밤에 물가까지 갔다")
    r"(다리|대교|철교|강다리)(좀|한번|혼자|또)?(가볼|가보|가봐|갈)(거|꺼|끼|겨|라꼬|라고|란다|래)|"
    # (d27: the bridge named, then a walk to it said in the same sentence, "그 대교 있제, 내일 걸어서 한번 가볼란다")
    r"(다리|대교|철교|강다리)[^.?!]{0,16}?(걸어서|혼자)(좀|한번|또)?(가볼|가보|가봐|갈)(거|꺼|끼|겨|라꼬|라고|란다|래)|"
    r"(물가|바닷가|강가|냇가|저수지|방죽|둑|방파제|방파재|선착장|부둣가|제방)(까지|끝까지)(갔|가봤|나갔|걸어갔|걸어가)|"
    r"(바다|바당|강|강물|냇가|저수지|호수|물)(에|엘|에다|로|으로|속에|속으로)(좀|한번|혼자|그냥)?"
    r"(들어가|걸어들어가)(쿠다|쿠게|켜|크라|젠|젱|려고|려구|ㄹ라고)|"
    # (d26c: "우리 영감 뿌린 그 바다로 나도 들어갈라구요")
    r"(바다|바당|강|강물|저수지|호수|물)(에|로|으로|속에|속으로)(나도|혼자|그냥|같이)?(들어갈라|들어갈려|걸어들어갈라)|(바다|바당|강|강물|저수지|호수|물)(에|속에|속으로|으로|로)"
    r"(좀|한번|혼자|그냥)?(들어갈|걸어들어갈)(거|꺼|끼|겨|라꼬|라고|란다|래)|"
    # d25: going into the water to meet the one who died ("바당에 들어강 하르방 만나젠")
    r"(바다|바당|강|강물|저수지|호수|물)(에|속에|속으로|으로|로)(좀|한번|혼자|그냥)?(들어강|들어가서|들어가가|들어가)"
    r"[^.?!]{0,8}?(만나|보러|곁으로|신디|한테|따라)"
)
#: A ligature's anchor tested for strength ("어느 나무가 튼튼한지 보고 와요", "대들보가 버틸랑가 봤어"): a place
#: scouted for hanging; not a tree looked at for a swing, a hammock or pruning (``discourse``'s place guard).
DISCOURSE_ANCHOR_POINT = (
    r"(나무|나뭇가지|가지|소나무|대들보|서까래|들보|철봉|문틀|옷걸이|샤워기|베란다봉|빨래봉)(가|이|는|도|중에|들)?"
    r"[^.?!]{0,6}?(튼튼|튼실|굵|단단|질긴|버틸|버티|견딜|견디|안부러|안부러질)[^.?!]{0,8}?"
    r"(보고|봐|봤|보러|알아|골라|찾아|재|살펴|만져|당겨)|"
    # d26: found strong, told as seen ("뒷산 밤나무 가지가 튼튼하더라구유")
    r"(나무|나뭇가지|가지|소나무|대들보|서까래|들보|철봉|문틀)(가|이|는|도)?(참|아주|제법|꽤|딱)?(튼튼|튼실|단단|굵)"
    r"(하더라|허더라|하드라|허드라|하드래|허드래|하던데|허던디|하데|하대|해보이|해뵈|하더만|허더만)"
)
#: When a life insurance pays out, asked ("생명보험은 가입하고 몇년 지나야 나오는지 궁금합니다"): with a wish to
#: be gone in the text, the timing of a plan (``ESCALATION``).
INSURANCE_TIMING = (
    r"(생명보험|사망보험|보험금|종신보험|상해보험)(은|이|을|도|는)?[^.?!]{0,20}?"
    r"(몇년|몇달|몇해|언제|얼마나|얼마)[^.?!]{0,12}?(나오|받|타|지급|되)"
)
#: d17v: a visit note, the senior told of in the third person by a social worker or carer ("…라고 하심", "…드심",
#: "…양호함", "…있었음"): a sentence ending of narration, counted (``discourse.narrated``).
NARRATION_END = (
    r"(하심|드심|계심|보이심|전하심|주심|가심|오심|셨음|었음|았음|였음|했음|없음|있음|함|심|임)(?=[.,)\]'\"’”]|$)"
)
#: d17v: in a visit note the senior is "어르신" (or "대상자", "본인"): not another person, unless someone else's elder
#: is pointed at ("옆집 어르신께서", "경로당 어르신들이", "그 어르신").
SENIOR_NARRATED = r"(어르신|대상자|본인)(님)?(께서|이|가|은|는|도|께|이가|이도|이는)"
OTHER_ELDER_BEFORE = r"(옆집|앞집|윗집|아랫집|이웃|경로당|동네|다른|옆방|같은|그|저|이|회관|교회|친구|아는|건넛집)$"
#: d17v: the worker's report of the senior's words, honorific and not hearsay ("…라고 하심", "…다고 하셨음", "…하시며"):
#: in a visit note the words are the senior's, not someone else's reported.
HONORIFIC_REPORT = (
    r"^(다|라|이라|ㄴ다|는다|냐)?(고|구|꼬)?(하심|하셨|하시며|하시고|하시면서|하시길|하셔서|하시기에|하시기도|하시니|"
    r"말씀하|그러심|그러셨|그러시며|그러시고)(?!더|대|데|네|던|드라|드래)"
)

#: d17v: the speaker's own absence said as the time or condition of something ("내가 없으면 보증금은 큰딸 주라",
#: "나 가고 나서 누가 치우겄어", "갈 사람이 치워놓고 가야지", "나는 인자 쓸 일 없응께", "선생님 올 일 없을 끼다").
#: Never evidence alone (elders say "나 없으면 영감이 밥도 못 챙겨 먹어" of their care): it combines with preparatory
#: acts spread over a visit (discourse.combined).
DISCOURSE_ABSENCE = (
    r"((내가|제가|내|나는|난|내는|저는)(죽고|가고|떠나고|없어지고)|(?<![누하가이어아그저])나(죽고|떠나고))(나면|나믄|나모|나몬|나민|나서|난뒤|난다음|나거든)|"
    r"(내가|제가|내|(?<![하가이어아그])나|(?<![그이])저)(없으면|없으믄|없으모|없으몬|없으민|없을때|없거든|없더라도|읎으믄|읎으면)|"
    r"(?<!같이)(?<!데려)(?<!데리고)(?<!따라)(?<!모시고)갈사람(이|은)[^.?!]{0,8}?(치우|치워|정리|가야|떠나야)|"
    r"(이제|인제|인자|이젠)(나는|난|내는|내|나|저는|전|제가|내가)?쓸일(이|도)?(없|읎|엄)|"
    # (d33 probes: no need of it any more, said of oneself, "할미는 이제 필요 없어 니가 껴")
    r"(나는|난|내는|할미는|할매는|할배는|엄마는|아빠는|애비는|에미는)(이제|인제|인자|이젠)(필요|소용)(가|도)?(없|읎|엄)|"
    r"올일(이|도)?(없을|읎을|엄을)(거|꺼|끼|테|겁|기|것)|"
    # (d42: not there by then, given as the reason, "어차피 내년 봄엔 내가 없을거니까 잘 쓰라고",
    # ko_train_dev_short_crisis9)
    r"(내가|제가|나는|난|내는|저는)(없을|읎을)(거|꺼|테|끼|기|것)(니까|니께|니깐|응께|으니|라서|거든|이니)|"
    # d36: not there at the time the other names, said of oneself ("다음 주 구역예배 오시죠? / 저는 그때 없어요",
    # ko_train_blind_short96)
    r"(나는|난|내는|저는|전|나|저)(그때|그땐|그날|그날은|그때는)(엔|에는)?(없어요|없어|없을거|없을꺼|없을겁|없습니다|없다|읎어|읎다|엄다|없지)|"
    # d26: no reply to be received ("답장은 못 받을것 같네요")
    r"답장(은|을|도)?(못|안)받(을|겠|겄|것)|"
    # d23: the child told not to be alarmed when no one answers ("엄마 전화 안 받아도 놀래지 말고")
    r"(전화|연락)(를|을|도)?(안|못)받(아도|더라도|거든|으면|으믄|걸랑)[^.?!]{0,6}?(놀래|놀라|걱정하|찾)(지|지는|진)?(말|마)"
)

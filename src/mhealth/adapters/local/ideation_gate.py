"""The gate in front of the statistical model's suicidal-ideation head.

The model learns from whole turns; on real people's talk it read wishes and longings ("우리 사랑이 영원했으면
좋겠어", "여행 가고 싶어") as a passive death wish, because "-았으면 좋겠다" and "-고 싶다" carry most ideation in
the training sets. The rule (issue 18, docs/clinical-rules.md): the model may raise suicidal ideation only when a
clause it scored, or a clause next to it, says something about **death, dying, ending or leaving** — and the
evidence it quotes is that clause, never the whole text.

The cues are deliberately generous (an idiom such as "더워 죽겠네" passes the gate; the model and its threshold
still decide): the gate removes raises that have nothing about death at all, it does not judge intent.
Everything is matched over whitespace-free text, as speech-to-text spacing is unreliable.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Death, dying, ending one's life, leaving this world, not waking, being taken, joining the dead, the
# paraphernalia of a death (will, funeral, grave). Each alternative is a stem over compacted text.
_CUES = (
    # dying and death (죽다 and its forms; not porridge: 죽을 먹다, 호박죽, 죽 한 그릇)
    r"(?<![호팥전복야채잣녹두흰깨])죽(?!\s*(?:을)?(?:먹|쒀|끓|한그릇|집))",
    r"사망|숨(?:을)?거두|숨이멎|숨(?:이)?끊|목숨|운명(?:하|했|할)|임종|명줄|수명|세상(?:을)?(?:떠|등지|하직|버리|끝)",
    # ending one's life, not going on living
    r"자살|자해|극단|생을|삶을|인생(?:을)?끝|목(?:을)?매|뛰어내|투신|그만살|살기(?:가)?싫|살고싶지않|살고싶은마음이없",
    r"살(?:아야|)(?:할)?이유|살(?:아갈)?의미|살맛|살아서뭐|살아뭐|사는게(?:뭐|무슨|의미|지겹|힘들|다)|더살아|오래살아서|살만큼",
    r"끝이겠",
    # leaving, being taken, joining someone who died, not waking up
    r"떠났으면|데려가|데리러|따라가|따라갈|따라가야|먼저가|먼저간|먼저갈|세상(?:에서)?(?:사라|없어)",
    r"갈날|하늘나라|저승|천국|저세상|이승|황천|영감곁|곁으로",
    r"안깨|깨지않|자는잠에|잠자듯|갈때가(?:됐|되|다)|영영쉬|마지막이었으면|마지막이면좋|사느니|깨어나지|눈(?:을)?감|잠들(?:고|어|듯|면|었으면)|영원히잠|자는듯|자다가",
    # a method, a means or a place to die (SCREENING.md: active ideation "often with no suicide word at all")
    r"농약|그라목손|제초제|살충제|수면제|약(?:을)?(?:모아|모은|모았|한통|한병|다먹|다묵|몇알|세어|끊은|끊었)|약모아|번개탄|번게탄|연탄|숯",
    r"가스(?:밸브)?(?:를)?(?:열|틀)|밸브(?:를)?열|끈|밧줄|목(?:을)?(?:매|감)|소나무|가지(?:하나)?(?:봐|튼튼)|옥상|난간|다리위|다리에서|한강",
    r"강에|강가|강물|저수지|바다에|물에(?:들어|빠)|물이(?:얼마나|깊|차서|시커)|기찻길|철길|건널목|기차가|트럭에|박아버|뛰어들",
    r"손목|면도칼|칼을|그었|높은데|내려다|[0-9]+층|층에서|시도|방법(?:을|이|만)|고통없이|용기(?:가|나|내)",
    # farewells, a future without them, affairs settled and belongings given away
    r"미안했다|고마웠|잘지내세요|잘지내라|잘있어|찾지마|찾지말|못듣겠|작별|안녕히|이녁들|고생많이했",
    r"없을(?:거|꺼|끼|테|것|께)|안넘길|못넘길|연락올일|쓸일(?:이)?없|챙겨줄사람이없|할일(?:은)?다(?:한|했)|짐(?:이)?되기",
    r"가려고|갈라구|갈라고|가쿠다|갈거야|갈끼|곁에|옆에갈|빨리가게|가도괜찮|가믄좋|가면좋|갈수있|가불고",
    r"통장|도장|비밀번호|반지|목걸이|내놨|내려놨|다정리|정리(?:를)?(?:좀|다)?(?:하고|해놨|해부|해서)|옷장|비우|태웠|미리준",
    # more means and places: pills saved or poured out, rat poison, a hose, a window, a cliff, water to walk into
    r"진통제|쥐약|약봉지|약봉다리|봉지(?:를)?다|알(?:이)?넘|한그릇에|위세척|위세척|병뚜껑|한병|그병|병있|호스|방충망|창문|베란다",
    r"바위|절벽|골짜기|산에올라|뒷산|문고리|수건(?:을)?감|숨(?:을)?참|숨이막|목에|바당|물에|들어갈|내디디|몇층|층이니까|층부터",
    # a plan with a time: a day chosen, "after the market day", "then I will do it", unseen, not to be found
    r"날(?:을|도|짜|짜를)?(?:잡|정해|받아)|정해놨|정해뒀|결심|그날(?:밤|아침)?에|그때(?:하|할)|지나(?:고|면|믄|서)(?:는)?(?:할|하려|그때|그날|갈|그리로)",
    r"할거(?:야|예요|여)|하려고요|할라고|할려고|할끼|할께|실패안|(?:아무도|쥐도새도|애들도|자식들도)모르게|못찾|들켰|안내려올|내려올일",
    # affairs settled and belongings handed on (the model still decides: "손주 용돈 줬어요" has no raise)
    r"수익자|보험|상조|묘자리|화장해|뿌려|적금|봉투|돌려줬|빌린돈|헌옷|치우|지우고|맡겼|맡겨|팔았|데려갈사람|보냈어|남겨|녹음",
    # farewells and a future without them
    r"잘살아라|잘살라|전해(?:줘|주|달)|부탁해요|할만큼했|홀가분|건강하라|못가요|먼데|못볼|못키워|못챙긴|안될거|안봤으면",
    r"지워졌으면|꺼져|사그라|없는게낫|나없어도|내가없|없어도|왜사나|필요없|살필요|살아서",
    # dialect and spoken forms of dying and going (경상도 주거삐다, 가삐다; 데리가다, 델꼬 가다)
    r"주거|주글|주그|주굴|디지|뒈지|데리가|델꼬|델고가|따라간",
    r"가게(?:그냥)?나둬|갈일이없|멀리간|기일|이달까지만|내일이면|살가치|살날|허무",
    # pills and other means being gathered, hidden, counted or poured out
    r"수면재|잠오는약|약(?:을|은|만)?(?:받아|타러|타온|구할|이미|다)|받아(?:놓|놨|온)|모아(?:두|놨|놓|뒀|둬|논)|숨겨|세어",
    r"밸브|끝낼수|더구할|구할수|피웠|줄(?:을)?(?:매|걸)|빨랫줄|들보|의자에올라|의자만|선로|기차역|높은다리|다리가어딘|물가|뚜껑(?:을)?열|마실라|마셔불",
    r"묵을끼|먹을라|먹으민|먹을거|다먹|다묵|안돌아|나없|없을겨|안받으면|늦었을|넘기지않|넘기면안|명의|다혔|옷가지|치워질",
    # what is left behind
    r"유서|편지(?:를)?(?:써|남|쓰)|유언|장례|수의|영정|묘지|산소|납골|관을|물려주|나눠주|나눠줬|주고가",
)
_CUE = re.compile("|".join(f"(?:{c})" for c in _CUES))

# Going, ending, vanishing, quitting: the words of a death wish ("그만 가고 싶어", "다 끝났으면", "고마 가삐맀으면")
# and of every ordinary wish ("제주도 가고 싶어", "프로젝트 끝났으면", "시험 없어졌으면"). They count only when
# nothing but the speaker, a filler or an adverb stands before them in the clause: no destination, no task.
_LEAD_WORDS = (
    "나도", "나는", "난", "내도", "내는", "저도", "저는", "음", "어", "아이고", "에휴", "휴", "그냥", "이제", "인자",
    "인제", "이젠", "다", "고마", "그마", "마", "콱", "확", "차라리", "얼른", "빨리", "조용히", "편하게", "편히",
    "그만", "먼저", "영영", "멀리", "아주", "영원히", "좀", "콱그냥", "그냥확", "내손으로", "제손으로", "내손으로다",
    "그날로", "그날", "그때", "그러면", "그라믄", "내가", "제가", "나가", "내사",
)  # fmt: skip
_LEAD = "(?:" + "|".join(_LEAD_WORDS) + ")*"
_WEAK_WORDS = (
    r"가고싶", r"가삐", r"가버리", r"가뿌", r"갔으면", r"갔으믄", r"가믄", r"가면좋", r"가야(?:제|지|겠)",
    r"갈(?:거|꺼|끼|라)", r"가려", r"끝났으", r"끝나버", r"끝낼", r"끝내고싶", r"끝내(?:야|자|버|려|겠)", r"끝났음",
    r"끝이(?:야|다|네|났)", r"떠나(?:고싶|야|버|려|겠)", r"떠날", r"사라지", r"사라졌", r"사라질", r"없어지",
    r"없어졌", r"없어질", r"그만하고싶", r"그만살", r"그만가", r"마지막",
)  # fmt: skip
_WEAK = re.compile(_LEAD + "(?:" + "|".join(_WEAK_WORDS) + ")")
_PUNCTUATION = re.compile(r"[.,!?…]")  # weak cues are read per phrase, never across punctuation
_SPACE = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"[.!?。…]+\s*")


def has_death_cue(text: str) -> bool:
    """True when ``text`` (one clause) says something about death, dying, ending or leaving (spacing ignored)."""
    compact = _SPACE.sub("", text)
    if _CUE.search(compact) is not None:
        return True
    return any(_WEAK.match(part) is not None for part in _PUNCTUATION.split(compact) if part)


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans by final punctuation (empty when the text has none: raw speech-to-text output)."""
    out: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        out.append((start, match.end()))
        start = match.end()
    if not out:
        return []
    if start < len(text) and text[start:].strip():
        out.append((start, len(text)))
    return out


def cue_clause(text: str, clauses: Sequence[tuple[int, int]], span: tuple[int, int]) -> tuple[int, int] | None:
    """The clause that carries a death cue for a model signal found in ``span``, or None.

    Looks at the clauses that overlap ``span`` first, then at their neighbours up to two clauses away (the
    signal and its object often sit in adjacent clauses: "약을 모아놨어요. 이제 끝내려고요"). Without clauses the whole
    text is one.
    """
    spans = list(clauses) or [(0, len(text))]
    start, end = span
    inside = [i for i, (a, b) in enumerate(spans) if a < end and b > start] or list(range(len(spans)))
    for i in inside:
        a, b = spans[i]
        if has_death_cue(text[a:b]):
            return spans[i]
    for i in inside:
        for j in (i - 1, i + 1, i - 2, i + 2):
            if 0 <= j < len(spans) and j not in inside:
                a, b = spans[j]
                if has_death_cue(text[a:b]):
                    return spans[j]
    # Written or punctuated speech: the sentence the signal sits in and the sentences either side of it
    # (morphological clauses are finer than sentences: "밧줄 뭐에 쓰냐고 묻길래 … 사실은 나 쓸라고. 오늘 밤에.").
    sentences = _sentences(text)
    near = [k for k, (a, b) in enumerate(sentences) if a < end and b > start]
    window = sorted({k + d for k in near for d in (-1, 0, 1) if 0 <= k + d < len(sentences)})
    for k in window:
        a, b = sentences[k]
        for c_start, c_end in spans:
            if c_start >= a and c_end <= b and has_death_cue(text[c_start:c_end]):
                return (c_start, c_end)
    return None

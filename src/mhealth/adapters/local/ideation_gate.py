"""The gate in front of the statistical model's suicidal-ideation head.

The model learns from whole turns; on real people's talk it read wishes and longings ("우리 사랑이 영원했으면
좋겠어", "여행 가고 싶어") as a passive death wish, because "-았으면 좋겠다" and "-고 싶다" carry most ideation in
the training sets. The rule (issue 18, docs/clinical-rules.md): the model may raise suicidal ideation only when a
clause it scored, or a clause next to it, says something about **death, dying, ending or leaving** — and the
evidence it quotes is that clause, never the whole text.

The cues are deliberately generous (an idiom such as "더워 죽겠네" passes the gate; the model and its threshold
still decide): the gate removes raises that have nothing about death at all, it does not judge intent. Words that
ordinary life is full of (물가, 데리러, 마지막, 가면 좋겠다, 수면제 먹고 잤다) count only when their clause does not
state the everyday reading (``_strong_cue``; each reading is pinned both ways in tests/unit/test_ideation_gate.py).
Everything is matched over whitespace-free text, as speech-to-text spacing is unreliable.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from mhealth.domain.rules.safety import discourse
from mhealth.domain.rules.safety import patterns as rows

# Each cue is a stem over compacted text with its kind. ``death`` words (dying, suicide, the afterlife) count as
# they are. The other kinds name things ordinary life is also full of (a river, a price, a letter, a bank book,
# a last present, a lift home), so each is read in its clause before it counts (``_strong_cue``): a noun is not
# an accident of compaction; pills are not fetched from the clinic or slept on; going has no everyday
# destination right before it; "I'll do it" has no task named before it; affairs and belongings are not a
# present, produce, a parcel or someone else's; a goodbye or "the last" passes the discourse rules' own context
# check (:func:`~mhealth.domain.rules.safety.discourse.cue_is_ordinary`: media, negation, reported speech, a
# resolved past, another person's act, a carer who is leaving). These checks only ever remove an everyday reading
# the clause itself states; a means, a place or a death word with no such reading still passes.
_DEATH, _MEANS, _PLACE, _PREP, _FAREWELL, _GOING, _OTHER = (
    "death",
    "means",
    "place",
    "prep",
    "farewell",
    "going",
    "other",
)
_LAST_THING, _PLAN, _EATING, _BREATH = "last", "plan", "eating", "breath"
# Not a medicine: 만약 (if), 예약, 절약, 계약, 요약, 공약, 조약, 특약, 협약, 치약 (patterns._MEANS_PILLS guards alike).
_PILL = rows.PILL
# d40: the one left if the speaker goes first, and who will look after them ("내가 먼저 가면 얘는 누가 거두나", "먼저
# 가더라도 영감 밥은 누가 챙기나"): read right after the going
_LEFT_IN_CARE = (
    r"(?:면|믄|게되면|고나면|더라도|거든|문)[^.?!]{0,16}?"
    r"(?:누가(?:거두|챙기|챙겨|돌보|돌봐|밥|키우|키워|맡|봐)|누구한테(?:맡|부탁)|어쩌나|어떡하나|어떻게살|불쌍해서|혼자남)"
)
_CUES: tuple[tuple[str, str], ...] = (
    # dying and death (죽다 and its forms; not porridge: 죽을 먹다, 호박죽, 죽 한 그릇; d32: not a fright told, "못
    # 받으면 죽는 줄 알았는디": a means named with it is still its own cue)
    (_DEATH, r"(?<![호팥전복야채잣녹두흰깨])죽(?!\s*(?:을)?(?:먹|쒀|끓|한그릇|집)|(?:는|을)줄알았)"),
    (
        _DEATH,
        r"사망|숨(?:을)?거두|숨이멎|숨(?:이)?끊|목숨|운명(?:하|했|할)|임종|명줄|수명|세상(?:을)?(?:떠|뜨|뜰|떴|등지|하직|버리|끝)",
    ),
    # ending one's life, not going on living. 혼자 살다 is not 자살; 여자/남자/혼자 해 is not 자해; a life one
    # wants to live ("멋진 삶을 살고 싶어") is not a life one ends.
    (
        _DEATH,
        r"(?<!혼)자살|(?<![여남혼의상감과모액부환기사])자해|극단|(?:생|삶)을(?=끝|포기|마감|정리|놓|내려|버리|그만|등지)",
    ),
    # (the twenty-eighth session: and the rope's other forms, "목 맬 자리를 봐 놨어요", "목을 맸")
    (_DEATH, r"인생(?:을)?끝|목(?:을)?(?:매|맬|맸)|뛰어내|투신|그만살|살기(?:가)?싫|살고싶지않|살고싶은마음이없"),
    # d30: not living wished for ("이럴 바엔 그냥 안 사는 게 낫겄다 싶어", "안 살고 싶어"), not a place one does not
    # live in ("시골엔 안 사는 게 낫지": a place named before it is read by the model and its threshold, as any cue)
    (_DEATH, r"(?<![에서])안사는(?:게|것이|기|거|편이)(?:더|차라리)?(?:낫|나아|나을|좋|편)|안살고싶|안살았으면"),
    # d30: more words of an end wished, each a death or an end in its own words (the model, which scored them 0.86-0.98
    # in low-mood talk, and its threshold still decide): eternal rest ("이제 그만 쉬고 싶어, 영원히"), the coffin ("관에
    # 들어가 눕는 게 편하겠다"), no reason to live like this ("이럴 거면 뭐하러 사나"; not a purchase, 사다: only after
    # "like this"), the body put away ("이 짐 같은 몸 치워버리고 싶어"), the breath waited on ("내 숨이 언제 끊어지나
    # 기다려"). Not an end wished with no object (the model read "공사 이제 끝났으면 좋겠어" as ideation), nor not
    # waking wished ("아침에 일찍 눈 뜨는 게 싫어 늦잠 자고 싶어"), nor all let go ("짐 다 내려놓고 가볍게 여행
    # 가고 싶어")
    (
        _DEATH,
        r"영원히쉬(?:고싶|었으면|었으믄|고잡)|쉬고싶[^.?!]{0,3}영원히|관(?:에|속에|속으로)(?:들어가|드러가|눕|누워)|"
        r"(?:이럴거면|이럴바에|이럴바엔|이렇게|이래가지고|이래서)(?:뭐|뭣|머)(?:하러|할라고|할려고|하려고)(?:사|살)|"
        r"몸(?:뚱이|뚱아리|땡이)?(?:을|를|좀)?(?:치워|없애)(?:버리|버렸|삐|뿌|불)?(?:고싶|고잡|었으면|었으믄)|숨(?:이)?(?:언제|빨리|얼른|어서)끊",
    ),
    (
        _DEATH,
        r"살(?:아야|)(?:할)?이유|살(?:아갈)?의미|살맛|살아서뭐|살아뭐|살(?:믄|면|아봤자|아봐야|아본들)뭐(?:하|해|허|할|혀)|사는게(?:뭐|무슨|의미|지겹|힘들|다)|"
        # (d32: not living longer resolved on, "십 년은 더 살아야 안 되겠나", "더 살아야지")
        r"더살아(?!야(?:지|제|죠|겠|겄|것|안되겠|안되나|안되것|안돼))|오래살아서|살만큼",
    ),
    (_OTHER, r"끝이겠"),
    # leaving, being taken, joining someone who died, not waking up. Being taken is a wish ("데려갔으면", "데리러
    # 왔으면"), not taking someone along ("교회 데려가고 싶어", "병원에 데려가 줬어") nor a lift arranged with the
    # living ("데리러 갈게", "아들이 데리러 온대", "데리러 오라고 할까").
    (
        _OTHER,
        # (d40: not a child fetched, "아이고 늦었네 빨리 가야지 손주 데리러")
        r"떠났으면|데려가(?!고싶|야|줬|준|주더|주셨)|(?<!손주)(?<!손자)(?<!손녀)(?<!손주들)(?<!애들)(?<!아이)(?<!유치원)(?<!학교)"
        r"(?<!학원)(?<!어린이집)(?<!애기)데리러(?!가|갈|오라|온대|온다|오기로|왔(?!으면|으믄)|올거|올게|올께|와서|와줬|와준)|"
        # (d40: not who will look after the one left if the speaker goes first, "내가 먼저 가면 얘는 누가 거두나 그게
        # 제일 걱정이에요" of an old dog: a care arranged, no wish)
        r"따라가|따라갈|따라가야|먼저가(?!"
        + _LEFT_IN_CARE
        + r")|먼저간|먼저갈(?!"
        + _LEFT_IN_CARE
        + r")|옆에갈|빨리가게",
    ),
    (_DEATH, r"세상(?:에|에서)?(?:사라|없어|없었으|없으면)|갈날|하늘나라|저승|천국|저세상|이승|황천|영감곁|곁으로"),
    # Rather than living like this: dying, going or ending, not a move ("외롭게 사느니 요양원에 들어가는 게 낫겠어").
    (
        _OTHER,
        r"사느니(?!.{0,14}?(?:요양|양로|시설|실버|시골|고향|아들|딸|자식|큰집|서울|들어가|내려가|올라가|이사))"
        r"(?=.{0,14}?(?:죽|가는|가야|갔으면|없어지|없어졌|사라지|사라졌|끝|눈감|떠나|그만|안사|안살))",
    ),
    # Eyes closed and still seeing someone ("눈을 감아도 보고 싶어", "눈 감으면 생각나") is longing, not dying.
    # Not waking, not a long sleep ("푹 자고 싶다 아침까지 안 깨면 좋겠어") nor a baby just put down ("손주가 안 깨면
    # 좋겠어 겨우 재웠거든"; d14m, as patterns._SLEEP_NOT_BEFORE).
    (
        _OTHER,
        r"(?<!아침까지)(?<!밤새)(?<!한번도)(?<!중간에)(?<!손주가)(?<!아기가)(?<!애기가)(?<!애가)(?<!손자가)(?<!손녀가)"
        r"안깨(?!.{0,16}?(?:재웠|재워|겨우|깰까|시끄러|푹자|꿀잠|알람))|"
        r"깨지않|자는잠에|잠자듯|갈때가(?:됐|되|다)|영영쉬|마지막이었으면|마지막이면좋|깨어나지",
    ),
    (_OTHER, r"눈(?:을)?감(?!아도|아두|으면.{0,12}?(?:생각나|생각이나|떠오|떠올|보여|보이|아른|나타))"),
    (_OTHER, r"잠들(?:고|어|듯|면|었으면)|영원히잠|자는듯|자다가"),
    # "The last": the speaker's ("마지막이겠죠", "마지막이 될 편지", "마지막으로 인사"), not a last present,
    # meeting or breakup ("마지막 선물.", "마지막으로 만나고 왔습니다").
    (
        _LAST_THING,
        r"마지막(?:이(?:야|다|에|예|여|네|겠|었으면|면|될|지|구나|라|고)|입니|일(?:거|꺼|것|듯|지|테)|인(?:것|거|가|듯)|"
        r"으로.{0,6}?(?:인사|전화|목소리|얼굴|부탁|당부|한마디|편지|한번)|(?:인사|편지|부탁|당부|유언|작별|한마디|가는길)|"
        r"(?:저녁|밤|날|아침|명절|생일|설|추석|식사|밥|여름|겨울|봄|가을))",
    ),
    # a method, a means or a place to die (SCREENING.md: active ideation "often with no suicide word at all")
    (_MEANS, r"농약|그라목손|제초제|살충제|수면제|번개탄|번게탄|연탄|숯"),
    (_MEANS, _PILL + r"(?:을)?(?:모아|모은|모았|한통|한병|다먹|다묵|몇알|세어|끊은|끊었)|" + _PILL + "모아"),
    (_MEANS, r"가스(?:밸브)?(?:를)?(?:열|틀)|밸브(?:를)?열|끈|밧줄|목(?:을)?(?:매|감)|소나무|가지(?:하나)?(?:봐|튼튼)"),
    (
        _PLACE,
        r"옥상|난간|다리위|다리에서|한강|강에|강가|강물|저수지|바다에|물에(?:들어|빠)|물이(?:얼마나|깊|차서|시커)",
    ),
    (_PLACE, r"기찻길|철길|건널목|기차가|트럭에|박아버|뛰어들"),
    # (d25: not the wrist's pulse, watch, brace or pain, "손목에 맥박도 수시로 짚어 보고", "손목이 시큰거려")
    (
        _MEANS,
        r"손목(?!(?:에|의|이|도|을|은|에다)?(?:맥박|시계|보호대|파스|아프|아파|시큰|시려|저리|저려|염좌|골절|부러|삐|수술|터널|찜질|"
        r"침|통증|관절|혈압))|면도칼|칼을|그었|높은데|내려다|[0-9]+층|층에서|시도|고통없이|용기(?:가|나|내)",
    ),
    # A way to do it, not a way to do everyday things ("덜 좋아하는 방법만 알면", "버스 타는 방법").
    # (d39: nor a way out hoped for, "뭐라도 방법이 있었으면 좋겠네", "무슨 방법이 없을까")
    (
        _OTHER,
        # (d41: nor a way not known, "마누라 맘을 좀 돌려보고 싶은데 방법을 모르겠어")
        r"(?<!하는|타는|쓰는|드는)(?<!뭐라도)(?<!무슨)(?<!좋은)(?<!다른)(?<!해결)(?<!뾰족한)방법(?:을|이|만)"
        r"(?!(?:잘|통|영|도무지|도통|전혀)?(?:모르|몰라|몰랐|모름))",
    ),
    # farewells, a future without them, affairs settled and belongings given away
    # (d40: not a journey's goodbye, said as a train is boarded, nor money withdrawn, "돈 찾지 말라는거지")
    (
        _FAREWELL,
        r"미안했다|고마웠|잘지내세요|잘지내라|잘있어(?!(?:라|요)?"
        + rows.SAID_AND_BOARDED
        + r")|"
        + rows.NOT_MONEY_BEFORE
        + r"찾지(?:마|말)|"
        r"못듣겠|작별|안녕히|이녁들|고생많이했",
    ),
    # Not "할 수 없을 것 같아" (cannot); a future without the speaker, not without someone else.
    (
        _OTHER,
        r"(?<!수)없을(?:거|꺼|끼|테|것|께)|안넘길|못넘길|연락올일|쓸일(?:이)?없|챙겨줄사람이없|할일(?:은)?다(?:한|했)|짐(?:이)?되기",
    ),
    (_OTHER, r"곁에"),
    # (d17L: not someone's feeling to come, "영감도 … 보믄 좋아할 거야", "애들이 서운해할 거야")
    (
        _PLAN,
        r"(?<!좋아)(?<!싫어)(?<!기뻐)(?<!슬퍼)(?<!반가워)(?<!고마워)(?<!서운해)(?<!섭섭해)(?<!뿌듯해)(?<!흐뭇해)(?<!놀라)"
        r"(?<!자랑스러워)(?<!좋아라)(?<!궁금해)(?<!걱정)(?<!심심해)할거(?:야|예요|여)|하려고요|할라고|할려고|할끼|할께",
    ),
    # going: not to an everyday destination right before it ("대학 가면 좋겠지", "집 갈 수 있을까") nor a place
    # one can go to ("갈 수 있는 데이트 코스")
    # (d41: nor a going refused, "내일은 안 갈라고": no going at all)
    (_GOING, r"(?<!안)(?<!못)(?:가려고|갈라구|갈라고|가쿠다|갈거야|갈끼|가도괜찮|가믄좋|가면좋|갈수있(?!는)|가불고)"),
    (
        _PREP,
        # a ring or necklace handed on, not worn ("금줄 목걸이를 목에 걸어 봤는데 예쁘더라"; d14m)
        r"통장|도장|비밀번호|(?:반지|목걸이)(?=.{0,14}?(?:줬|줘|주고|주라|주어|주었|줄|드려|드렸|넘겨|맡겨|물려|남겨|나눠|보냈|챙겨|정리|서랍|넣어))|내놨|내려놨|다정리|정리(?:를)?(?:좀|다)?(?:하고|해놨|해부|해서)|옷장|비우|태웠|미리준",
    ),
    # more means and places: pills saved or poured out, rat poison, a hose, a window, a cliff, water to walk into
    (_MEANS, r"진통제|쥐약|약봉지|약봉다리|봉지(?:를)?다|알(?:이)?넘|한그릇에|위세척|병뚜껑|한병|그병|병있|호스"),
    (_PLACE, r"방충망|창문|베란다|바위|절벽|골짜기|산에올라|뒷산|바당|물에|들어갈|내디디|몇층|층이니까|층부터"),
    # Breath held or cut off, not breathlessness of fear or heat ("가슴이 답답하고 숨이 막혀"); a rope to the neck,
    # not a cough or food caught in the throat ("목에 가래가", "목에 걸렸어").
    # ... nor a necklace, a scarf, a tie or a dog's lead put on ("금줄 목걸이를 목에 걸어 봤는데 예쁘더라"; d14m)
    (
        _MEANS,
        r"문고리|수건(?:을)?감|숨(?:을)?참|"
        r"(?<!목걸이를)(?<!목걸이)(?<!강아지)(?<!스카프를)(?<!목도리를)(?<!넥타이를)(?<!목줄을)"
        r"목에(?!가래|뭐가|걸렸|걸린|가시|염증|통증|혹이|뭐)(?!.{0,12}?(?:예쁘|이쁘|어색|어울|멋있|멋지|걸어줬|걸어주|둘러|따뜻))",
    ),
    (_BREATH, r"숨이막"),
    # a plan with a time: a day chosen, "after the market day", "then I will do it", unseen, not to be found
    (_OTHER, r"날(?:을|도)?(?:잡|정해|받아)|정해놨|정해뒀|결심|그날(?:밤|아침)?에|그때(?:하|할)"),
    (_OTHER, r"지나(?:고|면|믄|서)(?:는)?(?:할|하려|그때|그날|갈|그리로|정리)"),
    (_OTHER, r"실패안|(?:아무도|쥐도새도|애들도|자식들도)모르게|못찾|들켰|안내려올|내려올일"),
    # affairs settled and belongings handed on (the model still decides: "손주 용돈 줬어요" has no raise)
    (
        _PREP,
        r"수익자|보험(?!료|설계|회사|공단|사가|사한테|사는|사랑)|상조|묘자리|화장해|뿌려|적금|봉투|돌려줬|빌린돈|헌옷|치우(?!다가|는데|느라|는중)|지우고|맡겼|맡겨|팔았|데려갈사람|"
        # (d46c: not a sending not made, "돈을 안전한 계좌로 옮기라는데 … 아직 안 보냈어"; nor a premium, an agent or an
        # insurer, "지금 보험료만 해도 버거운데")
        r"(?<!안)(?<!못)보냈어|"
        r"(?<!얘기를적어서)(?<!이야기를적어서)(?<!얘기적어서)(?<!추억을적어서)남겨|녹음",
    ),
    # farewells and a future without them ("나 없어도 잘 살아", not "돈 없어도 갈 수 있는 데이트 코스")
    (
        _FAREWELL,
        r"잘살아라|잘살라|전해(?:줘|주|달)|부탁해요|할만큼했|홀가분|건강하라|못가요|먼데|못볼|못키워|못챙긴|안될거|안봤으면|"
        # d39: an apology or thanks written to someone as a message ("집사람한테 미안하다고 문자를 써 놨다가 지웠어요")
        r"(?:미안하다|미안했다|고마웠다|고맙다|잘있으라|잘지내라|용서해달라)(?:고|는)[^.?!]{0,6}?(?:문자|편지|쪽지|메모|카톡|메시지)"
        r"(?:를|도|을)?(?:써|쓰|썼|남|보내|보냈)",
    ),
    (
        _OTHER,
        r"지워졌으면|꺼져|사그라|없는게낫|나없어도|내가없|없어도(?=굶지|잘|되|돼|밥|걱정|괜찮|살|아무)|왜사나|"
        # (d39: not a condition, "필요 없으면 안 가져간다고 하면 될 걸")
        # (d41: not come back or met alive, "제발 살아서 왔으면", of a dog not come home)
        r"필요없(?!으면|으믄|으문|다면)|살필요|(?<![내제])살아서(?!왔|와|오|돌아|나왔|나와|만나|만났|보자|봐야|다행)|"
        # (d46c: "while I live" of a resolve, "내 살아서는 사위 얼굴 안 볼 거야")
        r"(?<=[내제])살아서(?!는|왔|와|오|돌아|나왔|나와|만나|만났|보자|봐야|다행)",
    ),
    # dialect and spoken forms of dying and going (경상도 주거삐다, 가삐다; 데리가다, 델꼬 가다); not 견디지, 어디지
    # (d39: not housing, 住居: "주민센터에 주거 지원 같은 게 있나 물어보려고", 주거급여, 주거비; nor "주거니 받거니")
    (
        _DEATH,
        r"주거(?!지원|급여|비|환경|용|지|공간|복지|취약|안정|시설|형태|문제|권|단지|이전|침입|니받|니)|주글|주그|주굴|주금|(?<![견어])디지|뒈지",
    ),
    (_OTHER, r"데리가|델꼬|델고가|따라간"),
    # A time counts with an end after it ("내일이면 다 끝나"), not a date ("내일이면 크리스마스 이브네").
    (
        _OTHER,
        # (d40: not a place one has no more call to visit, "고향집을 팔았어 이제 거기 갈 일이 없네")
        r"가게(?:그냥)?나둬|(?<!거기)(?<!거긴)(?<!거기는)(?<!거기에)(?<!그집)(?<!그집에)(?<!고향)(?<!고향에)(?<!시골)(?<!시골에)"
        r"(?<!그동네)(?<!병원)(?<!병원에)(?<!서울)(?<!서울에)갈일이없|멀리간|기일|이달까지만|내일이면(?=.{0,12}?(?:끝|없|마지막|떠|편해|편히|안녕|그만|가))",
    ),
    (_OTHER, r"살가치|살날|허무|여한(?:이|도)?없"),
    # pills and other means being gathered, hidden, counted or poured out
    (
        _MEANS,
        r"수면재|잠오는약|"
        + _PILL
        + r"(?:을|은|만)?(?:받아|타러|타온|구할|이미|다)|받아(?:놓|놨|온)|모아(?:두|놨|놓|뒀|둬|논)|숨겨|세어",
    ),
    (
        _MEANS,
        r"밸브|끝낼수|더구할|구할수|피웠|줄(?:을)?(?:매|걸)|빨랫줄|들보|의자에올라|의자만|뚜껑(?:을)?열|마실라|마셔불",
    ),
    # Waterside (물가에, 물가로), not prices (물가가 왜 이렇게 비쌈).
    (_PLACE, r"선로|기차역|높은다리|다리가어딘|물가(?=에|로|까지|쪽|엘)"),
    # Taking it all, not eating up a meal ("밥 다 먹었어", "먹을 거 좀 사 왔어").
    (_EATING, r"묵을끼|먹을라|먹으민|먹을거|다먹|다묵"),
    # Not coming back, not a back that does not turn ("허리가 안 돌아가").
    (_OTHER, r"안돌아(?:올|오|와|갈거|갈꺼)|나없|없을겨|안받으면|늦었을|넘기지않|넘기면안|명의|다혔|옷가지|치워질"),
    # Words of a life gone on too long or not worth going on (issue 18: the model's passive wishes the gate used to
    # stop, from the training sets' own critical items): "왜 이렇게 오래 사는지", "명이 너무 길다", "또 살았네",
    # "고만 살아도", "이추룩 살앙 뭐허코", "사는 게 하나도 의미 없어", "언제 끝나나". Not a long life wished for
    # ("오래 사세요", "오래 살고 싶어").
    (
        _DEATH,
        r"오래(?:사|살|산)(?:노|는지|당가|암|는거싫|는게싫|는것도싫|고싶지|기싫)|명이(?:너무)?(?:길|짧았으)|명(?:좀)?가져가|"
        r"(?:아직|또|왜)살아있|또살았|고만살|하러(?:더)?살|살앙뭐|사라서뭐|살고싶지(?:도|가)?않|"
        r"사는(?:게|것이|기).{0,6}?(?:의미(?:가)?없|지겹|지옥)|하루하루가지옥|"
        # (d30: not a season's or a job's end awaited, "이번 장마 언제 끝나나 빨리 끝났으면 좋겠어")
        r"(?<!장마)(?<!공사)(?<!더위)(?<!추위)(?<!코로나)(?<!전쟁)(?<!방학)(?<!농사)(?<!수확)(?<!김장)(?<!기침)(?<!감기)(?<!치료)"
        r"(?<!장마가)(?<!공사가)(?<!더위가)(?<!추위가)(?<!기침이)(?<!감기가)(?<!치료가)(?:언제끝나나|언제끝날)|이쯤에서멈",
    ),
    # Called or taken by God, the sky or the dead (a wish to be taken, SCREENING.md's SI 1): "하나님이 얼른
    # 불러주셨으면", "하늘이 나를 좀 거둬가셨으믄", "그냥 데려가 줬으면" (a lift already given is "데려가 줬어").
    (
        _OTHER,
        r"(?:하나님|하느님|주님|부처님|하늘|조상님|저승사자|염라)(?:이|가|께서|께|도|은|는)?.{0,8}?(?:불러|부르|거둬|거두어|데려|잊어)|"
        r"거둬가|데려가(?:줬|주었|주셨)(?:으면|으믄|음)|가져가줬으",
    ),
    # Not waking, no tomorrow: "아침에 눈 안 떴으믄", "안 떠졌으믄 좋겄어", "차라리 내일 안 왔으면", "아침이 안 오면".
    # d29: not getting up, wished or shrugged at ("아침에 안 일어나도 그만이다", "안 일어나도 서운할 거 하나 없어"), not
    # a lie-in allowed ("내일은 일찍 안 일어나도 돼")
    (
        _OTHER,
        r"안떠졌으|안떴으|눈안뜨|눈안떴|(?:그냥|이대로|영영|다시는)(?:안|못)일어났으(?:면|믄)|(?:아침|내일)(?:이|은|에)?안(?:왔으|오면|오믄|왔음)|"
        r"(?<!일찍)(?<!빨리)안일어나(?:도|면|믄)(?:그만|괜찮|좋겠|좋것|좋겄|상관없|서운할|아쉬울|여한)",
    ),
    # The speaker gone, going or better gone ("나 같은 건 없어져야 혀", "나 같은 늙은이는 빨리 가야", "내가 얼른 가야
    # 애들이 편하지", "내가 알아서 가는 게"); not a rule or a thing that should go ("이런 제도는 없어져야 돼").
    (
        _OTHER,
        r"(?:(?:나|내|저)같은(?:거|건|것|놈|년|사람|늙은이|노인네|노인)?(?:은|는|이|가)?|내가|제가|나는|나도|내는|저는)"
        r"(?:얼른|빨리|어서|일찍|먼저|곧|그냥|이제|인자|인제|마|고마|확|조용히|알아서|차라리|하루라도빨리|좀)*"
        r"(?:없어져|사라져|가야|가는게|가는기|가줘야|가도(?:돼|되|좋|괜)|갔으면|갔으믄|가삐|가버|가뿌|갈란|가사)",
    ),
    # Going in the way the dying go: painlessly, in one's sleep, by not eating ("안 아프게 가는지", "굶다 보면 가겠지",
    # "이렇게 안 먹다 보면", "얼어서 가불라고"), or too late ("그때 갔어야 했어").
    (
        _OTHER,
        r"안아프게(?:가|갈|간|죽|끝)|고통없이|굶(?:다|어서)(?:보면|보믄)?|안먹다(?:보면|보믄)|안먹으믄|얼어(?:서)?(?:가|죽)|"
        r"갔어야|가겠지|가겄제|가겄지|가것지|가고나(?:면|믄|서)|간뒤에|가버려도",
    ),
    # A method tried, kept or rehearsed, none of them a suicide word: a rope to the neck (맸다), an overdose
    # that ended in the emergency room or was vomited up, a bottle of pesticide held, a blade sharpened for
    # oneself, a gun, petrol, an engine left running, a truck not stepped away from, a drop, the deep water.
    (
        _MEANS,
        r"목(?:을)?(?:맸|멨|메)|약.{0,6}?(?:먹|묵).{0,4}?응급실|응급실(?:에)?실려|다토해|토해(?:서|버려서)살|약병|"
        r"엽총|총을|휘발유|낫을갈|칼(?:을)?갈아|시동(?:을)?걸어|안비키|낭떠러지|벼랑|사고처럼|(?<!발로)걸어들어가|깊은지|"
        r"한발짝|(?:한번에|한꺼번에)먹(?!어도(?:되|돼|괜찮|상관))|몇알이면|묶으면|굵은가지|튼튼한(?:줄|끈|가지|걸|거)|수건걸이|약(?:을)?모다|약타서|타서마시",
    ),
    # Affairs and farewells in other words: letters written (a count between: "편지 세 장 써서"), "나 찾지 맙서",
    # "전화 안 하셔도 돼요", "전화해도 안 받을 거야", "원망하지 마", "엄마 보고 놀라지 말고", nothing left to do, a
    # date fixed ("날짜도 정했어", "좋은 날로 잡았어"), the days left ("돌볼 날이 얼마 안 남았어"), a future without
    # the speaker ("할아버지 없이").
    (
        _FAREWELL,
        r"편지.{0,5}?(?:써|썼|남기|남겨|쓰)|" + rows.NOT_MONEY_BEFORE + r"찾지(?:마|말|맙)|"
        r"전화(?:는|도)?안(?:하셔|해|주셔)도(?:돼|되)|전화해도안받|"
        r"전화(?:도)?안받을|원망(?:하지)?마|보고(?:너무)?놀라지|더할일|할일(?:을|은)?다(?:했|끝|마쳤)|남은(?:건|것은)하나|"
        r"인사도했|(?:할아버지|할머니|할배|할매|엄마|아빠|나|내)없이|내려놓을|"
        r"날이얼마(?:안)?(?:남|없|읎|웂)|정리다했|나만정리|시신기증|장기기증|폐끼치기싫|밀린거(?:하나도)?없|(?:지나서|가고나서|나중에)열어",
    ),
    # A date fixed ("날짜도 정했어", "날씨 좋은 날로 잡았어"), not a holiday's or a wedding's (``_GIFT``).
    (_PREP, r"날짜(?:를|도|만)?(?:정|잡|받)|날로잡"),
    # Going quickly or early in the words of a wish ("얼른 가줘야 하는데", "빨리 가야 자식들도 편하제"), not to a
    # destination named right before ("병원에 빨리 가야 돼": a going cue, read by ``_strong_cue``).
    # (d30: and with "rather", "차라리 가버렸으믄 편하겄어", "빨리 가든지"; not 퍼뜩, 후딱, 언능 or 얼릉 here, time
    # or rain wished to pass: "세월도 퍼뜩 갔으면", "비 언능 갔으면")
    (
        _GOING,
        r"(?:얼른|빨리|어서|일찍|먼저|차라리)"
        r"(?:가줘야|가야|가는게|가는기|갔으면|갔으믄|가삐|가버|가뿌|가고싶|가든지|가든가)",
    ),
    # d28d/e: the same with the other adverbs of a wish and in Jeolla and Gyeongsang speech, anywhere in the clause
    # ("그만 가부렀으면 쓰겄어", "얼릉 하늘나라 가부러야제", "이제 그만 가도 되겠다", "얼른 가는 거, 그거 하나지",
    # "나도 빨리 가서 만나야지", "훅 가뿌믄 좋겠다", "빨리 가불주", "흙으로 돌아가사"), and the speaker gone, wished
    # ("그냥 없어지믄 다들 편할 것인디")
    (
        _GOING,
        r"(?:그만|고마|얼른|얼릉|언능|빨리|어서|퍼뜩|후딱|훅|확|콱|이대로)(?:하늘나라|저승)?(?:로|에)?"
        r"(?:가부렀|가부러|가불었|가뿌렀|가삐맀|가뿌맀|가부렸|가버렸|가불믄|가불면|가뿌믄|가삐믄|가뿌면|가삐면|가불주|가뿌야|가삐야|"
        r"가도(?:되|돼|될|괜찮)|가는거|가서(?:만나|보|따라))|"
        # (d38: the dialects' 읎어지, 웂어지, and "나 같은 거", "나 같은 거 읎어지믄 다들 편할 것인디")
        r"(?:그냥|고마|차라리|나|내가|나만|나하나|내하나|나같은(?:거|게|것|기|늙은이|사람))(?:가|는|도|만|이)?"
        r"(?:없어지|읎어지|웂어지|사라지)(?:면|믄|민|모|문|불면|뿌면|버리면)|"
        r"흙으로(?:돌아가|돌아갔|가|갔)",
    ),
    # Going to the dead, lying down beside them ("영감한테 간다", "그 사람 옆에 가서 눕고 싶어요", "할멈 있는 데로
    # 나도 가고 싶어"); a means for oneself ("나 쓸라고", "이걸로 나 하나는 충분하지"); a place watched for when no
    # one is there.
    (
        _OTHER,
        # (d38: and the dialects' 한티, 헌티, 헌테, "얼른 느그 아부지헌티 가야제", ko_train_dev_short_crisis4)
        r"(?:한테|한티|헌티|헌테)(?:간다|갈란|갈래|가야|가고싶)|옆에(?:가서)?(?:눕|묻)|"
        # (d39: the spouse spoken of with 한테 only with a going: not "젊을 때 집사람한테 모질게 한 게 걸려")
        r"(?:할멈|할망구|마누라|집사람|바깥양반)(?:있는)?(?:데로|곁|옆)|(?:할멈|할망구|마누라|집사람|바깥양반)(?:한테|한티|헌티)(?:로)?(?:가|갈|간|눕)|"
        r"(?:나|내가|내)(?:한테)?쓸(?:라|려)|나하나(?:는|쯤)?(?:충분|되)|사람(?:이)?없(?:나|는지|는데로|을때|는때)",
    ),
    # what is left behind
    (_PREP, r"(?<!사)유서|편지(?:를)?(?:써|남|쓰)|유언|장례|수의|영정|묘지|산소|납골|관을|물려주|나눠주|나눠줬|주고가"),
)
_CUE = re.compile("|".join(f"(?:{c})" for _kind, c in _CUES))
# Kinds whose cues are nouns (a verb's ending is spaced from its stem: "정리할 거야" is one cue, said right).
_NOUNS = frozenset({_DEATH, _MEANS, _PLACE, _PREP})  # (eating is a verb: "다 먹" is spaced when said right)
_KINDED = tuple((kind, re.compile(c)) for kind, c in _CUES)

#: d46c: "데려가" after an outing's place with 도 ("계곡도 데려가고") or a grandchild or a pet taken along, not the
#: speaker taken ("나도 데려가 줬으면", "영감이 날 데려갔으면") nor taken somewhere ("영감 곁으로 데려가", "하늘나라에
#: 데려가")
_TAKEN_ALONG = re.compile(
    r"(?:계곡|바다|산|공원|놀이공원|동물원|수영장|캠핑장|시장|마트|목욕탕|찜질방|식당|온천)도$|"
    r"(?:손주|손자|손녀|애들|아이들|강아지|개)(?:들)?(?:을|를|도|좀|다|까지)?$"
)
#: d46c: a going once well again, not a wish to go ("대상포진 … 빨리 나아서 가야지", of the singing class missed)
_GOING_WHEN_WELL = re.compile(
    r"(?:나아서|낫고|나으면|나으믄|낫거든|회복해서|회복하면|퇴원해서|퇴원하면|퇴원하고)(?:빨리|얼른|어서|또|다시|꼭)?"
    r"가(?:야|야지|야제|야겠|야죠|야지유|야것|야겄|고싶|고잡)"
)
# An everyday destination right before a going word (its particle optional: "대학 가면", "집에 갈 수"). Not the
# dead's place (산소, 하늘나라: _JOINING_THE_DEAD keeps them).
_DESTINATION_BEFORE = re.compile(
    r"(?:" + rows.INNOCENT_GOING.regex + r"|대학|대학원|학교|유학|군대|회사|출근|데이트|코스|집|여행|놀러|교회|성당|"
    # (d25c: a going to see or do something, "그거 보러 자주 갈 거야")
    r"(?:보러|하러|사러|만나러|구경하러)(?:자주|가끔|종종|또|매일|매주)?)"
    r"(?:에|엘|로|으로|을|를|도|는|에도|에는)?$|"
    # d40: the next of a going already told ("병원에 가면 의사가 … 사위한테만 설명해요 … 다음엔 혼자 갈라고요")
    r"(?:다음엔|다음에는|다음번엔|다음번에는|담엔|담에는|다음부터는|다음부턴|담부턴)(?:혼자|나혼자|내혼자|혼자서|그냥|꼭)?$"
)
# A present or a celebration, produce sold, a parcel sent, food left over, a grandchild minded, the insurance
# of a hospital bill: named right next to a word of affairs or belongings, they are a day's errands.
_GIFT = re.compile(
    r"선물|생일|결혼|졸업|입학|기념|축하|데이트|커플|고추|배추|참깨|들깨|쌀|콩|감자|고구마|마늘|김치|반찬|과일|채소|야채|"
    r"택배|소포|우체국|밥|음식|애기|아기|어린이집|유치원|실비|청구|병원비|세탁|빨래|쓰레기|재활용|분리수거|휴가|여행|이사|수술|예약|잔치|모임|제사|김장|약속|회의|시험"
)
# "I'll do it" with its everyday task named right before it ("노력할 거야", "김장하려고요", "전화할 거야").
_TASK_BEFORE = re.compile(
    r"(?:"
    + rows.INNOCENT_PLAN.regex
    + r"|노력|공부|연습|운동|청소|빨래|연락|전화|고백|얘기|이야기|숙제|출근|퇴근|운전"
    # (d39: what one has to say, said out: "이번엔 할 말 다 할 거야")
    + r"|할말(?:은|도|을)?(?:다|좀|꼭|똑바로)?"
    # (d41: or a saying, the plan's object quoted: "반찬 하나라도 내가 맡겠다고 할라고요")
    + r"|[가-힣](?:겠다|ㄴ다|는다|간다|한다|다|라|자|냐|달라)(?:고|구|꼬)"
    # (d41: or a year ahead, "땅 놀리면 안되잖어 내년에도 할 거야", or an event, "출판 기념회도 할 거예요")
    + r"|(?:내년|내후년|후년|다음해|이듬해)(?:에도|에|도|부터|까지)?"
    + r"|(?:기념회|잔치|전시회|발표회|행사|파티|회식|동창회|공연|김장|제사|차례|생일상)(?:도|를|을|는|은|까지)?)$"
)
# The last of a calendar period is a date ("10월의 마지막 밤", "휴가 마지막 날"), not the speaker's last.
_PERIOD_BEFORE = re.compile(r"(?:월|달|해|주|년|휴가|방학|연휴|학기|주말|여행)(?:의)?$")
# Sleeping pills taken and slept on ("수면제 먹고 다섯시간이나 잤네") are their everyday purpose (SCREENING.md); so are
# pills taken for sleep that comes short or only with them (d39: "수면제를 주긴 하는데 먹어도 서너 시간이야",
# "수면제 먹어야 잠이 와")
_SLEPT_ON_PILLS = re.compile(
    r"(?:수면제|수면재|잠오는약|안정제)(?:를|을)?(?:먹고|먹으니|먹었더니|먹으니까)[^.?!]{0,12}(?:잤|잠들었|푹)|"
    r"(?:수면제|수면재|잠오는약|수면유도제)(?:를|을|도)?[^.?!]{0,8}?(?:먹어도|먹는데도|먹었는데도|먹어봐도|먹어야|먹어야만)"
    r"[^.?!]{0,10}?(?:시간|잠(?:이|을|은|도)?(?:와|오|들|자|안|못|깨)|못자|못잔|깨|자(?:지|요|네|고|는))"
)
_DEATH_WORD = re.compile(rows.DEATH.regex)
# d39: a clause that asks in the honorific past: no one honours themselves, so it is a listener's question
# ("더 빨리 볼 방법이 있는지 알아보셨어요?"); only with its question mark (unpunctuated speech runs the senior's words
# and the caller's into one clause: "약은 인제 안 받아도 되우 왜요 할아버지 약 다 떨어지셨잖아요"); not the 셨 of a
# stem in 시, "마셨어요?", nor one's own care of a parent, "모셨어요?"
_HONORIFIC_PAST_END = re.compile(
    r"(?<![마모])셨(?:어요|나요|죠|지요|습니까|을까요|는지요|어예|어유)\?[?!…~]*$|"
    # d40: and the listener's honorific guess at the senior's feelings ("기일에 혼자 계셔서 더 마음이 아프시겠어요",
    # "많이 속상하셨겠어요", "그러셨군요"): no one says it of themselves
    r"(?:시겠|셨겠)(?:어요|네요|습니다|지요|죠)[.!…~]*$|(?:셨|시)군요[.!…~]*$"
)
# d40: the money saved for one's funeral named as the thing spoken of ("내 장례비로 모아둔 거야", of savings a grandson
# borrowed and kept): what it was for, not an act now
_FUNERAL_MONEY_NAMED = re.compile(
    r"장례(?:비|비용|치를돈|할돈)(?:로|으로|하려고|할라고|쓰려고|쓸라고)?(?:모아|모은|아껴|꼬불쳐|부어)"
    r"(?:둔|놓은|놨던|뒀던|온|왔던)?(?:거|돈|것|적금|통장|곗돈)"
)
# d40: a home sold to move near the children or into something smaller, said anywhere in the turn ("고향집을 팔았어 …
# 애들 옆으로 와야 맞는거긴 한데"), with no death word in it (``_object_readings``)
_HOME_SOLD = re.compile(r"(?:집|고향집|시골집|아파트|살던집)(?:을|도|은|는)?(?:팔았|내놨|처분)")
_SOLD_TO_MOVE = re.compile(
    r"이사|(?:애들|자식|아들|딸|아들네|딸네)(?:들)?(?:옆|근처|가까이|곁|사는데)|합치|같이살|작은집|작은아파트|아파트로|원룸|전세로|월세로"
)
# d40: savings or property someone took or lost, right after its word ("손자가 사업한다고 내 적금을 빌려가더니")
_TAKEN_FROM = re.compile(r"(?:을|를|도|까지|은|는)?(?:다|몽땅|전부|싹)?" + rows.MONEY_TAKEN)
_IS_THE_DAY = re.compile(
    r"(?:이|인데|이야|이라|이고|이었|이네|이거든|이잖|이여|이다)(?![^.?!]{0,12}?(?:쓸|할|갈|하려|가려|쓰려|그날))"
)
_FIRST_LETTER = re.compile(r"(?:" + rows.FIRST_LETTER + r")[^.?!]{0,20}$")
_GIVEN_THEN_NEGLECTED = re.compile(r"[^.?!]{0,12}?" + rows.GIVEN_THEN_NEGLECTED)
# d39: the funeral's money still to be found, or short ("장례비라도 모아 놔야 하는데 … 빠듯해서 걱정이야")
_FUNERAL_MONEY_SHORT = re.compile(
    r"장례(?:비|비용|치를돈|할돈)[^.?!]{0,12}?(?:놔야|놓아야|둬야|해야|모아야|마련해야|없어|없고|없는|빠듯|걱정|모자라|부족)"
)
# A crop, plant, pest or animal as the subject shortly before a death word, with nothing of the speaker between.
_NONHUMAN_BEFORE = re.compile(rows.NONHUMAN_SUBJECT + r"(?!.*(?:나|내|저|제)(?:는|도|가|만))[^.?!]{0,14}$")
# A place visited for the washing, the peppers, a walk or the view (rows.INNOCENT_PLACE: "옥상에 고추 말리러",
# "베란다에 빨래 널었어", "뒷산에 운동 갔다 왔어"), with nothing of its height or depth, of death or finality.
_EVERYDAY_PLACE = re.compile(rows.INNOCENT_PLACE.regex)
_VIEW_ADMIRED = re.compile(rows.VIEW_ADMIRED)
_REMEMBERED = re.compile(rows.REMEMBERED)
_HEAT_DIP = re.compile(rows.HEAT_DIP)
# d33 (probes): an errand at the water or in the hills named in the clause ("날 따뜻해지면 저수지에 낚시 갈 거야"), with
# no act, ease, end or solitude said there: the place is the errand's
_PLACE_ERRAND = re.compile(
    r"낚시|낚으|붕어|잉어|고기잡|물고기|산책|운동|나물|고사리|조개|해루질|물질|캠핑|물놀이|수영|사진찍|바람쐬|바람쏘|등산|약수|"
    # (d40: the family's graves visited on the hill, "뒷산에 시부모님 산소도 있는데 성묘도 이제 멀어져서")
    r"성묘|벌초|"
    # d37: or a window opened or shut for the air, the heat or the cold ("창문 열어놓고 있어도 푹푹 찌는 이 여름에", a
    # real comment about a dog left in a hot car that a retrained model raised to ideation 2 through this cue)
    r"창문(?:을|은|도|좀|다|까지|이라도)?(?:활짝|다|좀)?(?:열어(?:놓|놔|놨|두|둬|뒀|도|야|서)|여니까|열면|열었|닫)|환기|"
    # d41: or looked out of, as the sleepless do ("밤에 잠 안 오면 복도 끝 창문만 내다봐"): out, not down (내려다보 is
    # not matched)
    r"창(?:문|밖)?(?:만|을|으로|밖을|밖만|밖)?(?:멍하니|하염없이|우두커니|그냥)?내다(?:보|봐|봤|본|볼)"
)
_PLACE_ACT = re.compile(
    # (d41: not the far end of a corridor or an alley, "복도 끝 창문만 내다봐")
    r"뛰어|뛰들|떨어지|떨어질|들어가(?:면|믄|민|불|버|뿌|삐|고싶|ㄹ까|려|볼)|들어갈|빠져|빠지|빠질|(?<!복도)(?<!골목)(?<!마당)끝|"
    r"편하|편해|편히|편안|마지막|아무도|"
    r"죽|저승|혼자|다시는|영영|안돌아|안올|못올|가버|가삐|가뿌|가불"
)
# d33: things of the house put in order (a season's clothes, a cupboard, the kimchi jars): a chore, not affairs
_TIDIED_THINGS = re.compile(
    # (d41: and old photographs put in an album, "요즘 옛날 사진들을 앨범으로 정리하고 있어요")
    r"(겨울옷|여름옷|봄옷|가을옷|철지난옷|옷장|이불|냉장고|창고|베란다|부엌|서랍|신발장|책장|화분|장독|장독대|김장|살림살이|짐|"
    r"사진들|사진|앨범|앨범으로)"
    r"(을|를|도|은|는|들|좀)?(다|싹|좀|대충|깨끗이)?정리"
)
_BLESSED = re.compile(rows.BLESSING)  # ... unless said with a goodbye ("옷장 다 정리했다 애들아 잘 살아라")
_LOOKED_AT = re.compile(
    "|".join((rows.RECON.regex, rows.DEATH.regex, rows.FINALITY.regex)) + r"|뛰어|떨어지|빠지|들어가"
)
# d25: the late one's things (clothes, belongings) named right before what was done with them
_LATE_ONES_THINGS = re.compile(
    r"(" + rows.KIN_OF_THE_DEAD + r"|고인|망자|돌아가신|먼저간|먼저가신|유품)(이|의|님|님의)?(쓰던|입던)?"
    r"(옷|옷가지|물건|유품|이불|신발|안경|책|짐|살림|영정|영정사진|사진|위패)(들)?(은|는|을|를|도|이랑|하고|까지)?"
    r"[^.?!]{0,14}$"
)
#: characters before a cue within which ``_LATE_ONES_THINGS`` and ``_LATE_ONE_NAMED`` can match (both end at the cue: no
#: need to scan the whole clause before it)
_LATE_ONES_REACH = 48
# d41: a death or a going told as done (``_strong_cue`` reads it with someone else the subject before it)
_DIED_TOLD = re.compile(
    r"(?:하늘나라|저세상|저승)?(?:로|에)?(?:먼저)?(?:죽었|갔|가셨|떠났|떠나셨|돌아가셨|가버렸|세상떠났|세상을떠났)"
    # (not a wish or a regret in the same words, "차라리 죽었으면", "그때 갔어야")
    r"(?!으면|으믄|으모|음|더라면|어야|을|으니)"
)
# d25c: … and the late one's grave or portrait, the one named right before it, tended after it ("마누라 산소에 국화
# 심어놨어", "마누라 영정도 이제 내려야지"), never a place beside it ("영감 산소 옆자리 비워 놨잖아. 이번 보름에 거기로
# 갈 거여")
_LATE_ONES_PLACE = re.compile(r"산소|묘지|영정|납골|위패")
# (d40: or moved, "시아버지 산소가 있는 산이 개발된다고 묘를 옮기라는 통지가 왔어")
_TENDED = re.compile(
    r"심|풀|벌초|성묘|꽃|국화|다녀|갔다왔|인사|절하|술한잔|청소|닦|내려야|내렸|치웠|치워|정리|옮기|옮겨|옮긴|옮길|이장|파묘|개장|"
    # (d41: or visited, a glass poured there: "동생 산소 가서 소주 한 잔 붓고", "오빠 산소도 가보고")
    r"가서|가보|가볼|소주|붓고|부어|찾아가|찾아뵙|뵈러|보러"
)
_BESIDE_REACH = 16
_BESIDE = re.compile(r"옆|곁|자리|같이|함께|누울|누워|묻|들어갈|갈거|갈꺼|갈끼|가야|따라")
_LATE_ONE_NAMED = re.compile(r"(" + rows.KIN_OF_THE_DEAD + r"|돌아가신[가-힣]{1,4})(이|의|님|님의)?$")
# Breathlessness of fear, a tight chest or the heat (anxiety or a body), not breath cut off.
_FEAR = re.compile(r"답답|두근|불안|공황|더워|더운|가슴|심장|무서|겁이")
# d38: what a rope is bought for in a chore: the harvest or the washing hung to dry (with the hanging or drying
# said: not "고추 농사 망하고", nor 말리 alone, "말릴 사람도 없고" is no one to stop the speaker), a swing, a tent, a
# parcel tied (not "짐" alone: "다 짐만 되는 것 같아서, 끈 하나 사다 놨어요" is a burden; nor "이불": a sheet torn into
# a rope).
_TIED_FOR_A_CHORE = re.compile(
    r"(?:"
    + rows.HARVEST_HUNG
    + r"|빨래)[^.?!]{0,8}?(?:말리|말릴|말려|매달|널|엮)|그네|텐트|천막|이삿짐|포장|택배|박스|장작"
)
# A meal eaten and no pill or poison in the clause: eating, not taking a supply.
_FOOD = re.compile(
    r"밥|국|반찬|김치|떡|과일|라면|국수|고기|간식|빵|우유|커피|과자|귤|수박|참외|식사|죽을|죽한|호박죽|음식"
)
_POISON = re.compile(r"약|농약|제초제|살충제|쥐약|수면|독|그라목손|청산|세제|락스")
# Pills fetched from the clinic or the pharmacy ("약 타러 병원 갔다 왔어").
_FETCHED = re.compile(r"약(?:을|은|만)?(?:받아|타러|타온)")
_PRESCRIBED = re.compile(r"병원|약국|보건소|처방|의사|한의원|내과|진료")
_NOT_ORDINARY = re.compile(
    "|".join((rows.DEATH.regex, rows.FINALITY.regex, rows.STOCKPILE.regex, rows.OVERDOSE.regex))
    + r"|안먹고|안묵고|안삼키고|먹는척|한꺼번에|몽땅"
)
# d35: a means nearly taken by mistake (ko_train_blind_short91 bs91_004)
_NEAR_MISS = re.compile(
    r"(마실|먹을|묵을|삼킬|들이킬|들이켤)(뻔|번했|번혔)|(잘못|모르고|헷갈려서?)(알고)?(마셔|마셨|먹었|묵었|먹을|마실)"
)
# A person who died, the grave, the afterlife: "going" near them is joining them ("영감한테 갈 수 있으면").
_JOINING_THE_DEAD = re.compile(rows.DEAD.regex + r"|영감|곁|따라|저승|천국|이승")
# d17p: the grave visited with the family ("영감 제삿날에 애들 데리고 산소 갈 거야", "추석에 딸이랑 성묘 가려고"): an
# errand of the living, not a joining of the dead.
_GRAVE_VISIT = re.compile(
    r"(애들|아들|딸|손주|손자|손녀|식구|가족|며느리|사위|자식|동생|형님|누님|언니|오빠)(들)?(이랑|하고|랑|데리고|데꼬|델꼬|와|과|이와|까지)"
    r"[^.?!]{0,12}?(산소|성묘|묘소|묘|납골당|봉안당|추모공원|선산)"
)

# Going, ending, vanishing, quitting: the words of a death wish ("그만 가고 싶어", "다 끝났으면", "고마 가삐맀으면")
# and of every ordinary wish ("제주도 가고 싶어", "프로젝트 끝났으면", "시험 없어졌으면", "대학 가면 좋겠지", "업무
# 끝내고 집 갈 수 있을까"). They count only when nothing but the speaker, a filler, an adverb or a time stands
# before them in the clause (no destination, no task), or when the clause names someone dead to go to.
_LEAD_WORDS = (
    "나도", "나는", "난", "내도", "내는", "저도", "저는", "음", "어", "아이고", "에휴", "휴", "그냥", "이제", "인자",
    "인제", "이젠", "다", "고마", "그마", "마", "콱", "확", "차라리", "얼른", "빨리", "조용히", "편하게", "편히",
    "그만", "먼저", "영영", "멀리", "아주", "영원히", "좀", "콱그냥", "그냥확", "내손으로", "제손으로", "내손으로다",
    "그날로", "그날", "그때", "그러면", "그라믄", "내가", "제가", "나가", "내사",
    "이대로", "혼자", "진짜", "진짜로", "정말", "정말로", "참말로", "이러다", "이러다가", "그러다", "그러다가",
    "이참에", "알아서", "어서", "일찍", "곧", "그저", "하루라도", "자는듯이", "주무시다가", "허허", "저", "저기",
    "그래서",
)  # fmt: skip
_LEAD = "(?:" + "|".join(_LEAD_WORDS) + ")*"
_GOING_WORDS = (
    r"가고싶", r"가삐", r"가버리", r"가뿌", r"갔으면", r"갔으믄", r"가믄", r"가면좋", r"가야(?:제|지|겠)",
    r"갈(?:거|꺼|끼|라|란)", r"가려", r"가야(?:돼|되|해|하|쓰|될|겠|제|지)", r"가사", r"가줘야", r"가도(?:돼|되|좋|괜)",
    r"가는(?:게|기)", r"가는거(?:쥬|지|여|야)", r"가면(?:좋|조|낫|차라리|더좋)", r"가려구",
)  # fmt: skip
_WEAK_WORDS = (
    *_GOING_WORDS,
    r"끝났으", r"끝나버", r"끝낼", r"끝내고싶", r"끝내(?:야|자|버|려|겠)", r"끝났음",
    r"끝이(?:야|다|네|났)", r"떠나(?:고싶|야|버|려|겠)", r"떠날", r"사라지", r"사라졌", r"사라질", r"없어지",
    r"없어졌", r"없어질", r"그만하고싶", r"그만살", r"그만가",
)  # fmt: skip
_WEAK = re.compile(_LEAD + "(?:" + "|".join(_WEAK_WORDS) + ")")
# "The last" with the speaker, a filler or an adverb before it ("내가 마지막으로 차려 줘야지", "이제 마지막"), not
# a last thing named first ("마지막 선물.").
_LAST = re.compile("(?:" + "|".join(_LEAD_WORDS) + ")+마지막")
# A phrase restarts after a connective ending: "혼자 살다가 그냥 없어졌으면" wishes the speaker gone.
# (다가 only after a verb: "바다가 가고 싶어요" is the sea.)
_CONNECTIVE = re.compile(
    "|".join(
        f"(?<={c})"
        for c in (
            "살다가",
            "하다가",
            "있다가",
            "지내다가",
            "는데",
            "은데",
            "니까",
            "어서",
            "아서",
            "해서",
            "면서",
            "지만",
            # a clause about something else, then the wish ("애들 고생시키기 전에 먼저 갔으면", "농담 같제 근데 진짜로
            # 빨리 가고 싶다", "아픈 데가 한두 군데가 아이라 고마 확 가삐맀으면", "아프지 말고 얼른 가는 거")
            "전에",
            "전에는",
            "근데",
            "근디",
            "아이라",
            "아니라",
            "아니고",
            "말고",
            "자다가",
            "주무시다가",
        )
    )
)
# (d40: not a going refused, "이번 제사에 얼굴 보면 또 한판 할 것 같아서 안 갈라꼬": the rite not attended)
_GOING_WORD = re.compile("(?<!안)(?<!못)(?:" + "|".join(_GOING_WORDS) + ")")
_PUNCTUATION = re.compile(r"[.,!?…]")  # weak cues are read per phrase, never across punctuation
_SPACE = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"[.!?。…]+\s*")


def _word_starts(text: str) -> list[bool]:
    """For each character of the compacted text, whether a spoken word starts there."""
    starts: list[bool] = []
    for word in text.split():
        starts += [True] + [False] * (len(word) - 1)
    return starts


def _straddles(starts: list[bool], start: int, end: int) -> bool:
    """A match that begins on the last syllable of a longer word and runs into the next: an accident of
    compaction ("혼자 살고" is not 자살, "가족들 보고" not 들보, "만약 다시" not 약 다), not a word said."""
    return end - start >= 2 and not starts[start] and start + 1 < len(starts) and starts[start + 1]


def _everyday_means(compact: str, cue: str) -> bool:
    """Pills in a clause that gives their everyday use (SCREENING.md: pills the doctor prescribed, fetched from
    the clinic or taken and slept on) and nothing of death, finality, stockpiling, a quantity taken at once or
    pills kept back. Pills stopped ("약 끊었어") are never ordinary here, nor any other means: the words of a
    field's pesticide or a kitchen's knife ("밭", "부엌") sit as often in a crisis turn as in a chore."""
    if "끊" in cue or _NOT_ORDINARY.search(compact):
        return False
    if _SLEPT_ON_PILLS.search(compact):
        return True
    return _FETCHED.search(cue) is not None and _PRESCRIBED.search(compact) is not None


def _strong_cue(
    text: str, compact: str, only: frozenset[str] | None = None, calm: frozenset[str] = frozenset()
) -> bool:
    """Whether a cue of ``_CUES`` in the clause survives the reading of its kind (see the comment on ``_CUES``);
    ``only``: the kinds looked at (default: every kind); ``calm``: what the whole turn makes ordinary
    (``calm_readings``, d14fc)."""
    starts: list[bool] | None = None
    for kind, regex in _KINDED:
        if only is not None and kind not in only:
            continue
        for match in regex.finditer(compact):
            start, end = match.span()
            if end == start:
                continue
            if starts is None:
                starts = _word_starts(text)
            if kind in _NOUNS and _straddles(starts, start, end):
                continue
            if (
                kind == _DEATH
                and match.group().startswith("죽")
                and _NONHUMAN_BEFORE.search(compact[max(0, start - 20) : start])
            ):
                continue  # "벌레가 다 죽어지면 좋겠다": the insects' death (patterns d11)
            if kind == _MEANS and _everyday_means(compact, match.group()):
                continue
            if kind == _MEANS and _NEAR_MISS.search(compact, end) and not _NOT_ORDINARY.search(compact):
                continue  # d35: "농약을 생수병에 담아놨다가 하마터면 마실뻔 했어요": a mistake nearly made
            if (
                kind == _MEANS
                and match.group() in ("끈", "밧줄")
                and _TIED_FOR_A_CHORE.search(compact)
                and not _NOT_ORDINARY.search(compact)
            ):
                continue  # d38: "메주 매달라고 끈 사다 놨어 이번 주에 쑬 거야": the harvest hung to dry, a load tied
            if calm and _calm_reading(kind, match.group(), calm):
                continue
            if kind == _DEATH and _wish_gone(compact, start):
                continue
            if kind == _PLACE and _EVERYDAY_PLACE.search(compact) and not _LOOKED_AT.search(compact):
                continue
            if kind == _PLACE and _PLACE_ERRAND.search(compact) and not _PLACE_ACT.search(compact):
                continue  # d33: "저수지에 낚시 갈 거야"; d37: "창문 열어놓고 있어도 푹푹 찌는"
            if (
                (kind == _PLACE or match.group().startswith("내려다"))
                and _REMEMBERED.search(compact)
                and not _PLACE_ACT.search(compact)
            ):
                continue  # d40: old times remembered there ("다리 위에서 강 내려다보니까 옛날 생각이 나더라고")
            if (kind == _PLACE or match.group().startswith("내려다")) and _VIEW_ADMIRED.search(compact):
                continue  # d17L: a view admired, no act, ease or end in the clause ("바다가 쫙 내려다보이는 게 끝내줘")
            if kind == _BREATH and _FEAR.search(compact) and not _DEATH_WORD.search(compact):
                continue
            if kind == _EATING and _FOOD.search(compact) and not _POISON.search(compact):
                continue
            if (
                kind == _GOING
                and _DESTINATION_BEFORE.search(compact, 0, start)
                and not _JOINING_THE_DEAD.search(compact)
            ):
                continue
            if (
                kind == _OTHER
                and match.group().startswith("데려가")
                and _TAKEN_ALONG.search(compact, max(0, start - 12), start)
                and not _JOINING_THE_DEAD.search(compact)
            ):
                continue  # d46c: a place or a grandchild taken along ("이번 여름엔 오겠지 계곡도 데려가고")
            if kind in (_PREP, _GOING) and _GRAVE_VISIT.search(compact) and not _DEATH_WORD.search(compact):
                continue  # d17p: the grave visited with the family
            if kind == _PREP and discourse.someone_else(compact[:start]):
                continue  # "남자친구가 데이트 통장을 제안하는데": someone else's affairs
            if (
                kind == _PREP
                and (
                    _LATE_ONES_THINGS.search(compact, max(0, start - _LATE_ONES_REACH), start)
                    or (
                        _LATE_ONES_PLACE.match(match.group())
                        and _LATE_ONE_NAMED.search(compact, max(0, start - _LATE_ONES_REACH), start)
                        and _TENDED.search(compact, end)
                        # (d40: beside it, not anywhere in a long run-on clause: "… 산소도 있는데 성묘도 이제
                        # 멀어져서 힘들겠지 애들 옆으로 와야 맞는거긴 한데 밤에 자리에 누우면")
                        and not _BESIDE.search(compact, end, end + _BESIDE_REACH)
                    )
                )
                and not _DEATH_WORD.search(compact)
            ):
                # d25: "영감 옷은 이번 주에 다 태웠어": the late one's clothes, burned as the custom says; d25c:
                # the late one's grave or portrait tended ("마누라 산소에 국화 심어놨어", "마누라 영정도 이제
                # 내려야지")
                continue
            if (
                kind == _OTHER
                and match.group() in ("정해놨", "정해뒀")
                and discourse.someone_else(compact[:start])
                and not _DEATH_WORD.search(compact)
            ):
                continue  # d40: "자기들끼리 다 정해놨더라구요": a decision others made
            if (
                kind == _OTHER
                and match.group() == "기일"
                and _LATE_ONE_NAMED.search(compact, max(0, start - _LATE_ONES_REACH), start)
                # (said as what today is, never as the time of something: "영감 기일 밤에 그거 쓸라고" is a day set)
                and _IS_THE_DAY.match(compact, end)
                and not _DEATH_WORD.search(compact)
            ):
                continue  # d40: "오늘이 영감 기일인데": the late one's day, not the speaker's
            if (
                kind == _OTHER
                and match.group() == "곁에"
                and discourse.someone_else(compact[:start])
                and not _DEATH_WORD.search(compact)
            ):
                continue  # d41: "따님은 아버님 곁에 있고 싶어서 그러는 걸 거예요": someone else beside one
            if (
                kind in (_DEATH, _GOING)
                and _DIED_TOLD.match(compact, start)
                and discourse.someone_else(compact[:start])
            ):
                continue  # d41: "그 동생이 작년에 먼저 갔어", "오빠가 몇 해 전에 죽었대요": another's death told
            if kind == _PLAN and _TASK_BEFORE.search(compact, 0, start):
                continue
            if (
                kind == _PREP
                and (_FUNERAL_MONEY_SHORT.search(compact) or _FUNERAL_MONEY_NAMED.search(compact))
                and not _DEATH_WORD.search(compact)
            ):
                # d39: "내 장례비라도 모아 놔야 하는데 … 빠듯해서 걱정이야": money short, not an act; d40: the money
                # named by what it was saved for ("내 장례비로 모아둔 거야")
                continue
            if (
                kind == _PREP
                and _TIDIED_THINGS.search(compact)
                and not _DEATH_WORD.search(compact)
                and not _BLESSED.search(compact)
            ):
                continue  # d33 (probes): a season's clothes or a cupboard put in order ("이제 겨울옷 다 정리했어")
            if kind == _PREP and _TAKEN_FROM.match(compact, end):
                continue  # d40: "손자가 사업한다고 내 적금을 빌려가더니": savings someone took, not the speaker's act
            if kind == _PREP and _GIVEN_THEN_NEGLECTED.match(compact, end) and not _DEATH_WORD.search(compact):
                continue  # d40: "통장 다 넘겨줬더니 애들이 코빼기도 안 비쳐": handed on long ago, the neglect since
            if kind == _PREP and _GIFT.search(compact, max(0, start - 6), min(len(compact), end + 6)):
                if not _DEATH_WORD.search(compact):
                    continue
            if kind == _PREP and _LEAP_MONTH.search(compact) and not _DEATH_WORD.search(compact):
                continue  # burial clothes made in the leap month, as custom has it (d13p: "수의도 준비해 놨어 윤달에")
            if kind == _FAREWELL and discourse.cue_is_ordinary(kind, text, start, end):
                continue
            if kind == _FAREWELL and match.group().startswith("편지") and _FIRST_LETTER.search(compact, 0, start):
                continue  # d40: "어제 처음으로 손주한테 편지를 썼어", after learning to write late
            if kind == _LAST_THING and (
                _PERIOD_BEFORE.search(compact, 0, start)
                # d16t: a last greeting read as the rules read a last thing ("마지막 인사 드려요. 이사 가서 …")
                or discourse.cue_is_ordinary("end" if "마지막" in match.group() else "cue", text, start, end)
            ):
                continue
            return True
    return False


def names_death(text: str) -> bool:
    """d21: whether ``text`` holds a word of death or dying anywhere on its surface, in any reading (negated, an
    idiom, someone else's): the gate has then read those words and its decision stands."""
    compact = _SPACE.sub("", text)
    return any(kind == _DEATH and pattern.search(compact) is not None for kind, pattern in _KINDED)


def has_death_cue(text: str, calm: frozenset[str] = frozenset()) -> bool:
    """True when ``text`` (one clause) says something about death, dying, ending or leaving (spacing ignored).
    ``calm``: the readings the whole turn makes ordinary (``calm_readings``)."""
    compact = _SPACE.sub("", text)
    if _HONORIFIC_PAST_END.search(compact):
        # d39: "더 빨리 볼 방법이 있는지 알아보셨어요?": one honoured or asked, never the speaker's own act
        return False
    if calm and _LIFESPAN in calm:  # one's natural time left, said calmly (d14fc)
        compact = _LIFESPAN_LEFT.sub(lambda m: "·" * len(m.group()), compact)
        text = _mask_compact(text, compact)
    if _CUE.search(compact) is not None and _strong_cue(text, compact, calm=calm):
        return True
    if (
        _GOING_WORD.search(_TRIP_AHEAD.sub("", compact)) is not None  # (d32b: not a trip's, "여행도 갈 거예요")
        and _JOINING_THE_DEAD.search(compact) is not None
        and _GRAVE_VISIT.search(compact) is None
    ):
        return True
    settled = _GOING_WHEN_WELL.sub(lambda m: "·" * len(m.group()), compact)
    parts = [piece for part in _PUNCTUATION.split(settled) for piece in _CONNECTIVE.split(part) if piece]
    last = _MOVING not in calm  # d16t: "이제 마지막 인사 드려요" by one who moves house
    weak = _weak(_HURRIED in calm, _CARRIED_ON in calm)  # d24: "빨리 가야지 버스 놓치겠다", "끝이야 오늘 일 다 했어"
    return any(weak.match(part) is not None or (last and _LAST.match(part) is not None) for part in parts)


@functools.cache
def _weak(hurried: bool, carried_on: bool) -> re.Pattern[str]:
    """``_WEAK`` without its going words in a turn in a hurry, without its end words in one that carries on (d24)."""
    words = [w for w in _WEAK_WORDS if not (hurried and w in _GOING_WORDS) and not (carried_on and w in _END_WORDS)]
    return re.compile(_LEAD + "(?:" + "|".join(words) + ")")


# ---- d12r: acts named (a means, a place, preparations, a farewell, a plan) --------------------------------------
# SCREENING.md's SI 2 is a method, plan, timing, obtaining means, preparatory acts or a farewell, "often with no
# suicide word at all". The analyzer lets the model's active-ideation score count from a lower band when ideation is
# already found and one of these acts is named in the text (``LocalAnalyzer._raise_with_model``); the cue is read as
# the gate reads it (``_strong_cue``: a field's pesticide, a present, a destination, an everyday task do not count).
# (Not eating: "먹을 거" is every meal's word.) A clause about food or washing it ("농약 잘 안 씻어서") with no death
# word names produce, not a means.
_ACT_KINDS = frozenset({_MEANS, _PLACE, _PREP, _FAREWELL, _PLAN})
_FOOD_OR_WASHING = re.compile(_FOOD.pattern + r"|씻|먹은거|먹었는데")


# The leap month (윤달), when custom has the old make their burial clothes and move graves: a preparation for a
# natural death, years ahead.
_LEAP_MONTH = re.compile(r"윤달|윤월|윤사월|윤오월|윤삼월|윤유월")

# One's natural time left ("나도 이제 갈 날이 얼마 안 남았어", "살 날이 얼마 안 남았지"): old age said calmly, not a
# date the speaker set; the gate still reads it as a death cue, but it names no act (d13o: it was critical).
_LIFESPAN_LEFT = re.compile(r"(?:살|갈|가실|떠날|죽을)날(?:이|도)?(?:얼마|며칠|몇)(?:안|얼마안)?남")


# An occasion that letters and goodbyes are written for ("자식들한테 편지 한 장 썼어 생일이라"): with no death word in
# the turn, a letter or a goodbye there names no act (d13q: d12r's lower bar had made that turn critical).
_OCCASION = re.compile(
    r"(생일|생신|결혼식?|혼례|명절|어버이날|스승의날|크리스마스|성탄절?|새해|설날|추석|환갑|칠순|팔순|구순|입학|졸업|"
    # (d36: a golden wedding, "오늘이 우리 금혼식이거든요", ko_train_dev_short_tricky3)
    r"기념일|입대|전역|금혼식|은혼식|회혼식|회혼례)(이라|이어서|이래서|이니까|이니께|이라서|이랑께|이거든|축하|선물|카드|잔치|날에|때|기념|맞아|맞이|"
    # d32: or the day it is to be given on ("편지 써서 서랍에 넣어 놨어 손주 생일에 주려고")
    r"에(?:주|줄|줘|보내|드리|드릴|드려|전해|부치))"
)  # the occasion as the reason ("생일이라"), not a birthday as a password hint ("비번은 너 생일이야", a crisis)


def has_act_cue(text: str, clauses: Sequence[tuple[int, int]]) -> bool:
    """True when a clause of ``text`` names a means, a place, a preparation, a farewell or a plan (d12r)."""
    whole = _SPACE.sub("", text)
    occasion = _OCCASION.search(whole) is not None and _DEATH_WORD.search(whole) is None
    kinds = _ACT_KINDS - {_FAREWELL} if occasion else _ACT_KINDS
    for a, b in list(clauses) or [(0, len(text))]:
        part = text[a:b]
        compact = _SPACE.sub("", part)
        if _FOOD_OR_WASHING.search(compact) and not _DEATH_WORD.search(compact):
            continue
        # the same length, so that positions still match the clause's words
        compact = _LIFESPAN_LEFT.sub(lambda m: "·" * len(m.group()), compact)
        if _CUE.search(compact) is not None and _strong_cue(part, compact, kinds):
            return True
    return False


# ---- d14fc: calm talk the model read as ideation -------------------------------------------------------------
# SCREENING.md scores 0 a means obtained for its everyday purpose, and calm talk of old age and death, when the text
# voices no death wish, hopelessness or goodbye anywhere. In such a turn (``calm_readings``) a few cues no longer
# carry a model raise: the means (charcoal bought for the grandchildren's barbecue), one's natural time left ("나도
# 이제 갈 날이 얼마 안 남았어"), burial clothes, a portrait or a grave made ready ("수의도 다 준비해 놨어"), and a
# letter written for an occasion ("자식들한테 편지 한 장 썼어 생일이라"). Any other cue still carries, and a turn with
# a death word, low mood, hopelessness or a goodbye reads every cue as before.
_EVERYDAY_MEANS, _LIFESPAN, _FUNERAL, _OCCASION_LETTER = "everyday_means", "lifespan", "funeral", "occasion_letter"
# Charcoal for the grill (SCREENING.md's own example): a grill named, not denied right after it ("고기 구울 것도
# 아닌데"), and no room sealed (rows.SEAL: "화장실에서 피울라고 문틈도 다 막아놨고"). Pesticide is named by its field as
# often in a crisis ("창고에 둔 병 있잖아, 밭에 치던 거. 그거 한 병이면 되겠지"), a knife by its kitchen ("부엌칼을 베개
# 밑에 넣고 잔다"): only a spraying still to come makes pesticide ordinary (_SPRAY_PLANNED, d23).
_CHARCOAL = re.compile(r"번개탄|번게탄|숯|참숯|연탄")
_GRILL = re.compile(
    # (d34: or the briquettes lit with it, "번개탄 하나 밑에 깔고 붙이면 금방 붙어", "불쏘시개로")
    r"(고기|구워|구울|굽|꿉|꾸워|캠핑|바베큐|바비큐|삼겹|목살|갈비|장어|석쇠|밑에깔|밑에다깔|불쏘시개|쏘시개|밑불)"
    r"(?![^.?!]{0,14}?(아니|아닌|아녀|아냐|아이다|아인데|아이고|없는데|없는디))"
)
_SEALED = re.compile(rows.SEAL.regex)
# d23: pesticide with its spraying to come named in a field or on a crop ("제초제는 내일 새벽에 콩밭에 칠 거니까
# 건드리지 마"): the field's work planned, not its past use ("밭에 치던 거", which a crisis names as often), and nothing
# of it drunk or of a quantity that is "enough" in the turn.
_PESTICIDE = re.compile(r"농약|제초제|살충제|살균제|풀약")
_SPRAY_PLANNED = re.compile(
    r"(밭|논|과수원|하우스|고추|콩|깨|배추|마늘|감자|고구마|사과|배나무|포도|귤|풀|잡초|벌레|진딧물|나무)(에|에다|에다가|에도|마다)?"
    r"[^.?!]{0,6}?(칠|치러|치려|쳐야|뿌릴|뿌리러|뿌려야|뿌리려|살포할|줄라|할라)(고|구|거|꺼|끼|겨|란다|래|라)?|"
    # d25: or the spraying itself named as the work to come ("낼 새벽에 약 쳐야 헌께 오늘 농협 가서 제초제 두 병
    # 사왔어")
    r"(내일|낼|모레|새벽|아침|주말|이번주)[^.?!]{0,6}?(약|농약|제초제|살충제|풀약)(을|를|도)?(쳐야|칠|치러|치려|뿌릴|뿌리러|뿌려야|뿌리려)"
)
# d32: nor with the spraying or the field said to be gone ("제초제 한 병 내 방에 갖다 놨슈. 밭에 뿌릴 일은 인자
# 없슈.", a crisis of ko_train_blind_short48 that the field's bottle below would otherwise have made ordinary)
_SPRAY_DENIED = re.compile(
    r"(칠|뿌릴|치러|뿌리러|쓸|줄)(일|데|밭|필요|곳)(은|도|이|가)?(인자|이제|인제|더는|더|이젠|다)?(없|읎|웂)|"
    r"(밭|논|농사)(은|도|이|일|일은|일도|두)?[^.?!]{0,4}?(없|읎|웂|안짓|그만|접었|팔았)"
)
# d32: the bottle or can the field's pesticide comes in ("농약 한 병": the pill cue reads the 약 of 농약 with 한 병)
_FIELD_BOTTLE = re.compile(r"(?:약(?:을)?)?한(?:병|통)")
_DRUNK = re.compile(r"(마시|마셔|먹|묵|들이키|들이켜|삼키|한병이면|한병만|한모금|되겠|되겄|충분)")
_FIELD_MEANS = "field_means"
# What custom has the old make ready for a natural death, years ahead.
# (d32b: and a will made with a lawyer, "유언장도 변호사랑 썼어요 … 내년엔 팔순 여행도 갈 거예요",
# ko_train_blind_short79)
_AFTER_ONE_IS_GONE = frozenset({"가고나서", "가고나면", "가고나믄", "간뒤에"})
_FUNERAL_WORD = re.compile(r"수의|영정|묘지|묘자리|산소|납골|관을|상조|장례|유언장|유언")
# Burial clothes or one's time left are calm only with no time set, no day left or waited for, no going, no intent
# and no means named in the turn ("이번 장날 지나믄 나 흙으로 갈라요 약도 다 사놨고 옷도 수의로 골라놨응께", "영정 사진
# 찍어 놨고 수의도 꺼내 놨어. 이제 날만 남았지.", "이번 보름에 거기로 갈 거여", "관도 알아봤어 … 기다리진 않을 거야").
_NOT_CALM_FOR_DEATH_TALK = re.compile(
    "|".join((rows.TIMING.regex, rows.GOING.regex, rows.INTENT.regex))
    + r"|갈라|갈채비|갈준비|흙으로|날|보름|주일|남았|남은|기다리|알아봤|알아보|알아놨|정할|정했|"
    r"약|농약|번개탄|번게탄|연탄|"
    r"끈|밧줄|칼|편지|통장|유서|그라목손|제초제"
)
# d32b: a trip, an outing to go on (not the last one: "마지막 여행 갈 거야")
_TRIP_AHEAD = re.compile(r"(?<!마지막)(?<!마지막으로)(여행|놀러|구경|나들이|온천|관광)(도|을|은|이나|라도|를)?(갈|가)")
# Life ahead: a plan for the future (rows.FUTURE_PLANS), a living to go on with, or a community service that makes
# the portrait or the plot (복지관에서 영정 사진, 마을에서 단체로).
_LIFE_AHEAD = re.compile(
    rows.FUTURE_PLANS
    + r"|(오래|건강하게|재밌게|재미있게|즐겁게|열심히)(살|사)|내년|다음달|다음주|손주(들)?(결혼|졸업|입학|대학|돌)|"
    r"복지관|경로당|노인정|마을회관|단체로|무료로|공짜로|윤달|봉사|"
    # (d40: a class joined, what one wants to do now, "올해는 나 하고 싶은 거 해야지 노래교실 등록했어요")
    r"등록(?:했|할|하러|해서)|교실|배우러|배우기로|하고싶은거(?:해|하|할)"
)
# d40: the children spared a cost or a trouble ("애들한테 장례비 부담 안 주려고 십년 부었지"): a purpose, not an intent
_SPARE_THE_CHILDREN = re.compile(
    r"(?:부담|폐|고생)(?:을|도|은)?(?:안|덜)?(?:주|끼치|시키)(?:려고|려구|ㄹ려고|지않으려고|지않게)"
)
# A death wish said to be gone now ("죽고 싶다는 생각 요새는 안 들어유"), as the floor reads it (rows.NO_LONGER_AFTER),
# unless taken back right after ("… 했는데 요즘 또").
_WISH_GONE = re.compile(r"죽고(?:싶|잡)" + rows.NO_LONGER_AFTER.removeprefix("^"))
_TAKEN_BACK = re.compile(rows.NO_LONGER_TAKEN_BACK)


# d16s: pills set aside to be handed back or thrown away ("남은 수면제를 … 약국에 반납하려고 봉투에
# 따로 담아 뒀어요", "유통기한 지난 약 모아서 보건소에 갖다 줄라고"): their disposal is the purpose (as
# patterns._PILLS_ORDINARY says for the rows); in a calm turn the pills and the bag they are put in carry no
# raise. Not pills "thrown" down the throat, nor a disposal taken back ("버릴라다가 그냥 다 먹어버릴까").
_RETURNED = "returned_pills"
_PILL_WORD = r"(?:수면제|수면유도제|잠오는약|안정제|진통제|알약|(?<![농쥐독풀])" + _PILL + ")"
# the pills, then their disposal within a sentence or two ("남은 수면제를 봤어요. 약국에 반납하려고"), or the disposal
# first ("반납할 약"); a throwing away, not the auxiliary of "가 버렸어"
_DISPOSED_AS = (
    r"(?:반납|(?:갖다|내다|다)버|버리(?:려|러|기로)|버릴(?:라|려|거|꺼)|버려(?:야|달라|줘|준|주)|폐기|수거|"
    r"(?:보건소|약국)(?:에|에다)?(?:갖다|가져다|돌려)|돌려(?:주|줄|줘|드리|드릴))"
)
_DISPOSAL = re.compile(
    _PILL_WORD
    + r"[^?!]{0,24}?"
    + _DISPOSED_AS
    + "|"
    # d17s: … or in the elder's answer to the caller's question ("약 다 모아 놨어예 복지사: 그건 왜요? 어르신: 보건소
    # 갖다주믄 버려준다 캐서예")
    + _PILL_WORD
    + r"[^?!]{0,24}?\?[^?!]{0,40}?"
    + _DISPOSED_AS
    + r"|(?:반납|폐기|수거|분리수거|폐의약품)(?:할|하려는|하려고|하러|용)?[^.?!]{0,6}?"
    + _PILL_WORD
    # d26c: the leftovers of a prescription, asked whether to throw away ("남으믄 어째야 쓰까 그냥 버려도 되는가")
    + r"|(?:남으면|남으믄|남으모|남은거|남은건|남은약)[^?!]{0,16}?(?:버려도|버리면|버릴까|반납|갖다줘야|갖다주면)"
)
_NOT_DISPOSAL = re.compile(
    "|".join((rows.FINALITY.regex, rows.OVERDOSE.regex)) + r"|안먹고|안묵고|한꺼번에|몽땅|먹어버릴|먹어불|묵어삐|삼켜|"
    r"(반납|버리|버릴|갖다주|갖다줄)(하)?(려|러|라|릴라|ㄹ라)?(다가|다|했는데|고했는데|지않|지말|지도않)|(반납|버리지)(도|는)?안"
)


# d16t: quitting or cutting down a pill one depends on, asked how ("수면제를 끊고 싶은데 어떻게 해야 할까요?",
# "진통제 좀 줄이려면 의사한테 물어봐야겠지요"): the pills' taper is the topic. Never pills stopped or refused
# already ("약 끊었어", "약 안 먹을 거야": d13's stopping medicine to die) and never with a quantity taken at once
# (_NOT_DISPOSAL).
_TAPER = "taper_pills"
_PILL_CUE = re.compile(_PILL_WORD)
_TAPER_ASKED = re.compile(
    _PILL_WORD
    + r"(?:을|를|은|는|도|좀|이제)*(?:끊|줄이|줄여|끊어|끊을|줄일)"
    + r"(?:고싶|려면|으려면|려고하는데|는방법|는법|을수|을라면)"
    + r"[^.!]{0,24}?(?:어떻게|방법|\?|의사|선생님|병원|약사|상담|물어)"
)
# d16t: an intent to live or to enjoy what is left ("이제 즐겁게 살려고요"): the intent is life's, not a death's.
# d35: a habit given up for one's health ("살 날 얼마 안 남았어도 그건 싫으니 이제 단 거 끊을라고요",
# ko_train_dev_short_sad1): an intent to live better, not the intent of a death
_QUIT_HABIT = re.compile(
    r"(?:술|담배|단거|단것|단음식|커피|믹스커피|과자|떡|밀가루|짠거|짠것|라면|야식|튀김|기름진거)(?:을|를|은|도|좀|이랑)?(?:딱|싹|아예)?"
    r"(?:끊|줄이|줄일|안먹)[가-힣]{0,4}"
)
_LIVING_INTENT = re.compile(
    r"(?:오래|건강하게|재밌게|재미있게|즐겁게|열심히|행복하게|편하게|잘)(?:살|지내|놀|다니)(?:려고|려구|을라고|ㄹ라고|을거|꺼|거)|"
    # d40: what one wants to do now ("올해는 나 하고 싶은 거 해야지 노래교실 등록했어요")
    r"(?:하고|해보고|배우고)(?:싶은거|싶던거|싶었던거)(?:다|좀|실컷|맘껏)?(?:해야지|해야제|할거|할라고|하려고|해볼라고|해보려고)"
)
# d16t: rope with its household use named ("빨랫줄로 쓸 밧줄을 사 왔어요", "고추 지지대 묶을 끈"), as charcoal with its
# grill; not with a room sealed, a tree or a neck named, nor a use denied right after.
_ROPE = re.compile(r"끈|밧줄|노끈|빨랫줄|빨래줄")
_ROPE_USE = re.compile(
    r"(빨랫줄|빨래줄|빨래|이불널|짐(?:을)?묶|묶(?:을|으려|으려고|어야|어놓|어두|는데|으러)|지지대|고추|오이|토마토|넝쿨|덩굴|"
    r"텐트|캠핑|타프|이삿짐|택배|상자|박스|화분|울타리|비닐하우스|하우스|줄넘기|운동|"
    # d19: with the other tools of the yard's work ("밧줄이랑 낫이랑 다 꺼내서 닦아 놨다 … 장작 패러 간다")
    r"장작|땔감|벌초|풀베|예초|낫이랑|낫하고|톱|도끼|공구|연장)"
    r"(?!(?:로|으로|용|용으로)?(?:은|는)?(?:말고|아니고|아니라|대신))"
    r"(?![^.?!]{0,14}?(아니|아닌|아녀|아냐|아이다|아인데|없는데|없는디))"
)
# a place to tie or hang it looked for ("어디 묶을 데가 마땅찮네") is the hanging's, not the chore's
_ROPE_NOT_USE = re.compile(
    r"목|나무|가지|소나무|천장|문고리|들보|대들보|창고(?:에|에다)?걸|(?:묶|걸|맬|매)(?:을|ㄹ)?(?:데|곳|만한)|말고|"
    + rows.SEAL.regex
)
_ROPE_CALM = "everyday_rope"
_GRAB_LINE = re.compile(rows.GRAB_LINE)
_MOVING = "own_move"
_SOLD_FOR_MOVE = "sold_for_move"
# d24: briquettes changed or fed to the stove, the house warm (연탄 is how many older people still heat a room: "연탄
# 갈고 들어왔어 이제 따뜻해"), no room sealed: the everyday purpose of the means, as the grill is charcoal's.
_HEATING = re.compile(
    r"연탄(?:을|은|도|불)?(?:갈|가는|가느라|때|떼|배달|넣)|"
    r"보일러|아궁이|난로|난방|구들|온돌|방이(?:따|뜨|뜻)|따뜻|따땃|뜨끈|뜨뜻"
)
# ... never burnt in a room or a car, or fetched into one (the crises: "연탄 한 장 남은 거 방에 들여놨어 창틈에 테이프도
# 붙여놨고", "방에서 연탄 피웠어"), nor bought by the piece
_NOT_HEATING = re.compile(r"방에서|방안|방에|화장실|차안|차에서|피워|피울|피웠|피우|한장|두장|세장|몇장|남은")
# d24: going in a hurry, to a bus, an appointment or before it gets late ("빨리 가야지 버스 놓치겠다", "나 먼저 갈게
# 약속 있어", "이제 갈 때가 됐네 시간이 벌써 이렇게 됐어 들어가 볼게"): the going of a day, not of a life. Not the
# train or the underground, places the crisis rules read as means.
#: a meeting ahead with the one spoken to, said on parting (a hurry's leave-taking, and ``_CARRY_ON``'s)
_SEE_YOU = r"또올게|또올께|또봐|또보자|내일봐"
_HURRY = re.compile(
    r"늦겠|늦었|늦어|늦을|늦는|버스|택시|막차|첫차|놓치|약속|시간(?:이|에)?(?:벌써|다됐|됐|없|늦)|벌써시간|출근|퇴근|"
    r"모임|예배|미사|장날|들어가(?:볼|봐|보께|볼께)|가볼게|가볼께|끊을게|끊을께|다음에봐|" + _SEE_YOU
)
_HURRIED = "hurried_going"
# d24: the week's pills sorted into an organiser by day ("약을 모아 놨어 요일별로 칸칸이"), nothing of taking them
# at once
_ORGANISER = re.compile(rows.PILL_ORGANISER + r"|아침저녁으로나눠")
_AT_ONCE = re.compile(r"한꺼번에|한번에|몽땅|다먹|다묵|털어|안먹고|안묵고|몰래|숨겨|감춰")
_ORGANISED = "organised_pills"
# d35: a stay in hospital named with papers set out "just in case" ("월요일에 입원해요 … 딸한테 통장이랑 도장, 보험
# 증서 어디 있는지 적어서 줬어요. 혹시 모르니까.", ko_train_dev_long_tricky4)
_STAY = "stay_prepared"
_AFFAIRS_PAPERS = re.compile(r"통장|도장|비밀번호|보험|(?:반지|목걸이)")
# d24: a meeting ahead with the one spoken to, or today's work done ("선생님 그동안 고마웠어요 다음 주에도 오시죠",
# "이제 끝이야 오늘 일 다 했어"): thanks and an end of the day's, not of a life
_CARRY_ON = re.compile(
    _SEE_YOU + r"|다음주에?도|다음주에또|다음에또|담에또|또오세요|또오실|내일또|다음에봬|또뵙|"
    r"다음주에봬|오시죠|오실거죠|오실꺼죠|오시는거죠|또전화(?:할게|할께|드릴게|드릴께|해)|"
    r"오늘(?:은|도)?(?:일|일과|작업|밭일|청소|빨래|설거지|김장|숙제|농사일)(?:은|도|을)?(?:다|모두|얼추)?(?:했|끝|마쳤|마무리)"
)
_CARRIED_ON = "carry_on"
# d24: a place shut against a danger to others ("옥상 문 잠가 놨어 애들 올라가면 위험해서"): a guard for the children,
# not a plan kept from them
_SHUT_FOR_OTHERS = re.compile(
    r"(잠가|잠갔|잠궈|잠궜|막아|막았|닫아|닫았)[^.?!]{0,20}?(애들|아이들|애기|아기|손주|손자|손녀|강아지|고양이|개가)"
    r"[^.?!]{0,14}?(위험|떨어질까|떨어지면|다칠까|다치면|큰일)|"
    r"(애들|아이들|애기|아기|손주|손자|손녀|강아지|고양이)[^.?!]{0,14}?(위험|떨어질까|다칠까)[^.?!]{0,14}?(잠가|잠갔|잠궈|막아|막았|닫아|닫았)"
)
_GUARDED_PLACE = "guarded_place"
# d24: all settled for a move to the country or a child's home ("모든 걸 정리하고 시골로 내려갈 거야"): a life moved,
# not ended
_MOVE_TO = re.compile(
    r"(시골|고향|귀농|귀촌|아들네|딸네|아들집|딸집|큰집|요양원|실버타운|양로원|서울|부산|대구|광주|대전|제주)"
    r"(으로|로|에)?(내려가|내려갈|올라가|올라갈|이사|들어가|들어갈|가서살|가살|살러)|"
    # d32b: or the move itself named with its day or its van ("집정리 다 했고 이사 날만 잡으면 돼")
    r"(?<!마지막)이사(날|짐|업체|센터|트럭|차|갈|가|간다|할|하기로|해야|들어가)"
)
_SETTLED_TO_MOVE = "settled_to_move"
# d25c: property insured against a disaster ("홍수 나서 비닐하우스가 다 떠내려가면 끝이지 뭐 보험 들어놨어"): the
# insurance of a crop, a greenhouse, a house or a car, not a life's affairs
_PROPERTY_INSURED = re.compile(
    r"(농작물|작물|재해|풍수해|화재|홍수|태풍|비닐하우스|하우스|축사|창고|자동차|차량|가게|점포)[^.?!]{0,40}?보험|"
    r"(농작물|재해|풍수해|화재|자동차|차|운전자|실손|치아|여행자)보험"
)
_INSURED = "property_insured"
# d32 (probes): a bank book's number written down so as not to forget it ("통장 비밀번호 적어 놨다 잊어버릴까 봐"), as
# patterns' preparation_affairs.1 reads it: one's own memory, not a handing on
_NOTED_TO_REMEMBER = re.compile(
    r"(비밀번호|번호|비번)[^.?!]{0,12}?(적어|써|메모)[^.?!]{0,16}?" + rows.NOTED_FOR_ONESELF_WORDS
)
_NOTED = "noted_to_remember"
# d35 (probes): one's duties done with rest or an outing ahead ("손주 돌잔치 끝나면 내 할 일은 다 끝난 거야 이제 좀
# 쉬어야지 여행도 가고"): a life's next part, not its end
_REST_AHEAD = re.compile(
    r"(?<!영원히)(?<!영영)(쉬어야|쉬어야지|쉴란|쉴라|쉴거|쉴꺼|쉬엄쉬엄|놀러(다니|가|갈)|여행(도|이나|을|좀)?(다니|가|갈)|"
    r"구경(도|이나|좀)?(다니|가|갈)|취미|배우러|배울)"
)
_DUTY_DONE = "duty_done"
# d35 (probes): the late one's memorial day kept with its rite ("영감 기일에 맞춰서 제사 준비 다 해놨어 애들 오면 같이
# 지내야지"): the day is the rite's, not one's own going
_RITE_KEPT = re.compile(r"제사|제삿상|제사상|제수|차례|추도|추모|상차림|제물|젯밥|성묘")
_RITE = "rite_kept"
# d35 (probes): the heat that makes the water inviting ("더운데 저 강물 보니 저기 들어가면 좋겠다"; rows.HEAT_DIP)
_HEAT = "heat"
# d35: a diver's work at sea, said in the turn ("어릴 적 벗들광 바당에 물질 갔다 왔수다. 물에 들어가난 젊어지는 거
# 닮수다. 낼도 갈 거우다.", ko_train_blind_short93): the water is the work's
# (the work done now, not "물질허던 바당" of the past, and with no going in for good said: ko_train_f tf189, "게메 나
# 바당에 들어가불쿠다 물질허던 바당이난 하나도 안 무섭수다 오늘 밤에", stays a crisis)
_DIVING = re.compile(
    r"(?<!이)물질(하러|허레|허러|하레|갔|가|다녀|댕기|다니|하고|허고|했|헀|허멍|하멍)|해녀(들|회|일)|숨비소리|테왁|잠수(하러|허레)"
)
_DIVE_END = re.compile(r"들어가(불|버|뿌|삐)|들어갈란|안나오|안나올|못나오|영영|오늘밤|마지막|안무섭|무섭지않|무서울것")
_DIVE = "diving"
# d35 (probes): a bath's or a hot spring's water ("온천물에 들어가면 편하겠다 싶어", "뜨신 물에 들어가 누우면
# 편하겠다"), with nothing of a face or a head held under, of breath or of staying there (ko_train_g tg078:
# "목욕탕 물에 얼굴 담그고 한참 있었어요. 숨 막히니까 저절로 올라오더라구")
_BATH = re.compile(r"온천|목욕|욕조|탕에|탕물|뜨신물|뜨거운물|따뜻한물|따신물|뜨뜻한물|족욕|반신욕|찜질")
_BATH_ACT = re.compile(r"얼굴|머리|담그|담갔|담궈|숨|한참|잠기|잠겨|가라앉|안나오|안올라|못나오|그대로")
_BATHING = "bathing"
#: d24: the readings a word anywhere in a calm turn gives it
_TURN_READINGS = (
    (_HURRY, _HURRIED),
    (_CARRY_ON, _CARRIED_ON),
    (_SHUT_FOR_OTHERS, _GUARDED_PLACE),
    (_MOVE_TO, _SETTLED_TO_MOVE),
    (_PROPERTY_INSURED, _INSURED),
    (_NOTED_TO_REMEMBER, _NOTED),
    (_REST_AHEAD, _DUTY_DONE),
    (_RITE_KEPT, _RITE),
    (_HEAT_DIP, _HEAT),
)
#: the end words a day's work makes ordinary
_END_WORDS = frozenset(w for w in _WEAK_WORDS if w.startswith("끝"))
#: the going cues a hurry makes ordinary
# (d33 probes: or a plain going said, "이제 갈끼다 버스 시간 다 됐다")
_HURRIED_CUE = re.compile(
    r"(?:얼른|빨리|어서|일찍|먼저)(?:가야|가는게|가는기)|먼저갈|갈때가(?:됐|되|다)|가려고|갈라구|갈라고|가쿠다|갈거야|갈끼"
)


def _wish_gone(compact: str, start: int) -> bool:
    found = _WISH_GONE.match(compact, start)
    return found is not None and _TAKEN_BACK.match(compact, found.end()) is None


def calm_readings(text: str) -> frozenset[str]:
    """The readings the whole of ``text`` makes ordinary (see above): empty when it says a death word, low mood,
    hopelessness, a goodbye, calls cut off or life called futile anywhere."""
    whole = _SPACE.sub("", text)
    if _DEATH_WORD.search(whole) or discourse.mood_voiced(whole):
        # d35: what a turn says of the object itself holds even in sad talk or beside another's death, unless the
        # speaker says hopelessness: pills sorted into an organiser ("이번 주 약을 다 세어 놨어 … 칸 나뉜 통"), papers
        # written down before a stay in hospital "just in case" (ko_train_dev_long_tricky4)
        return frozenset() if discourse.hopeless_said(whole) else _object_readings(whole)
    if discourse.no_excuse(whole):
        # d16t: not coming any more is the move's when the speaker's own move or homecoming is stated
        # d24: and thanks with a meeting ahead are the day's ("그동안 고마웠어요 다음 주에도 오시죠")
        return frozenset(
            ({_MOVING} if discourse.move_stated(whole) else set())
            | ({_CARRIED_ON} if _CARRY_ON.search(whole) else set())
        )
    masked = _LIFESPAN_LEFT.sub("", whole)  # one's time left is the talk itself, not a day set
    masked = _LIVING_INTENT.sub("", masked)  # an intent to live (d16t)
    masked = _QUIT_HABIT.sub("", masked)  # d35: a habit given up for health ("이제 단 거 끊을라고요")
    masked = _TRIP_AHEAD.sub("", masked)  # d32b: a trip to go on ("내년엔 팔순 여행도 갈 거예요") is no going
    masked = _SPARE_THE_CHILDREN.sub("", masked)  # d40: "장례비 부담 안 주려고": the saving's purpose
    calm = set() if _NOT_CALM_FOR_DEATH_TALK.search(masked) else {_LIFESPAN, _FUNERAL}
    if not _LIFE_AHEAD.search(whole):
        # Burial clothes, a portrait or a grave made ready are custom only with life ahead said (SCREENING.md: "calm
        # acceptance of death that comes with plans for the future" is 0, preparatory acts are 2); alone they are a
        # preparation the model reads (a new writer's crisis was nothing but that, said calmly).
        calm.discard(_FUNERAL)
    heating = _HEATING.search(whole) is not None and _NOT_HEATING.search(whole) is None
    if _CHARCOAL.search(whole) and (_GRILL.search(whole) or heating) and not _SEALED.search(whole):
        calm.add(_EVERYDAY_MEANS)
    calm.update(reading for pattern, reading in _TURN_READINGS if pattern.search(whole))
    if _BATH.search(whole) and not _BATH_ACT.search(whole):
        calm.add(_BATHING)
    if _DIVING.search(whole) and not _DIVE_END.search(whole):
        calm.add(_DIVE)
    calm |= _object_readings(whole)
    if (
        _PESTICIDE.search(whole)
        and _SPRAY_PLANNED.search(whole)
        and not _DRUNK.search(whole)
        and not _SPRAY_DENIED.search(whole)
    ):
        calm.add(_FIELD_MEANS)
    if _OCCASION.search(whole):
        calm.add(_OCCASION_LETTER)
    if _DISPOSAL.search(whole) and not _NOT_DISPOSAL.search(whole):
        calm.add(_RETURNED)
    if discourse.move_stated(whole):
        # d16t: the speaker's own move or homecoming stated in the turn ("이사 가서 다른 복지관 다닐 거예요. 그동안
        # 고마웠어요"): its thanks and last greeting are the move's, in whichever clause the model's signal sits
        calm.add(_MOVING)
    if _TAPER_ASKED.search(whole) and not _NOT_DISPOSAL.search(whole):
        calm.add(_TAPER)
    if _ROPE.search(whole) and _ROPE_USE.search(whole) and not _ROPE_NOT_USE.search(whole):
        calm.add(_ROPE_CALM)
    elif _ROPE.search(whole) and _GRAB_LINE.search(whole) and "목" not in whole:  # (no neck, as _ROPE_NOT_USE reads)
        calm.add(_ROPE_CALM)  # d40: a line hung from the ceiling to get up by ("그거 잡고 일어나")
    return frozenset(calm)


def _object_readings(whole: str) -> frozenset[str]:
    """What ``whole`` says of the object itself, read in calm and in sad talk alike: pills sorted into an organiser,
    papers set out before a stay in hospital (``calm_readings``)."""
    readings: set[str] = set()
    if _ORGANISER.search(whole) and not _AT_ONCE.search(whole):
        readings.add(_ORGANISED)
    if discourse.stay_prepared(whole):
        readings.add(_STAY)
    if _HOME_SOLD.search(whole) and _SOLD_TO_MOVE.search(whole) and not _DEATH_WORD.search(whole):
        readings.add(_SOLD_FOR_MOVE)
    return frozenset(readings)


def _calm_reading(kind: str, cue: str, calm: frozenset[str]) -> bool:
    """Whether a cue of ``kind`` (its matched text ``cue``) is ordinary in a calm turn."""
    if _RETURNED in calm and (kind == _MEANS or (kind == _PREP and cue in ("봉투", "봉지"))):
        return True  # pills set aside to be returned or thrown away, and the bag they go in (d16s)
    if _MOVING in calm and (kind in (_FAREWELL, _LAST_THING) or (kind == _PREP and "마지막" in cue)):
        return True  # d16t: a goodbye by one who moves
    if (
        kind == _MEANS
        and _ORGANISED in calm
        and (_PILL_CUE.search(cue) or cue.startswith(("모아", "모은", "모았", "세어", "셌")))
    ):
        return True  # d24: the week's pills sorted by day
    if kind == _MEANS and _TAPER in calm and _PILL_CUE.fullmatch(cue):
        return True  # d16t: the pills one asks how to quit
    if kind == _MEANS and _ROPE_CALM in calm and _ROPE.fullmatch(cue):
        return True  # d16t: rope with its household use
    if kind == _MEANS and _FIELD_MEANS in calm and (_PESTICIDE.fullmatch(cue) or _FIELD_BOTTLE.fullmatch(cue)):
        return True  # d23: pesticide with the spraying planned (d32: and its bottle, "농약 한 병 … 고추밭에 치려고")
    if _GUARDED_PLACE in calm and kind == _PLACE:
        return True  # d24: a place shut against a danger to the children
    if _SETTLED_TO_MOVE in calm and ((kind in (_PREP, _FAREWELL) and "정리" in cue) or kind == _GOING):
        return True  # d24: all settled for a move
    if _CARRIED_ON in calm and kind in (_FAREWELL, _LAST_THING):
        return True  # d24: thanks with a meeting ahead
    if _HURRIED in calm and kind in (_GOING, _OTHER) and _HURRIED_CUE.fullmatch(cue):
        return True  # d24: a going in a hurry
    if _INSURED in calm and kind == _PREP and cue.startswith("보험"):
        return True  # d25c: a crop, a house or a car insured
    if _SOLD_FOR_MOVE in calm and kind == _PREP and cue in ("팔았", "내놨", "처분"):
        return True  # d40: a home sold for a move near the children
    if _STAY in calm and kind == _PREP and _AFFAIRS_PAPERS.match(cue):
        return True  # d35: papers set out "just in case" before a stay in hospital
    if _NOTED in calm and kind == _PREP and cue in ("통장", "비밀번호"):
        return True  # d32: a number noted so as not to forget it
    if _DUTY_DONE in calm and kind in (_FAREWELL, _OTHER) and cue.startswith("할일"):
        return True  # d35: duties done, a rest or an outing ahead
    if _DIVE in calm and kind in (_PLACE, _GOING):
        return True  # d35: a diver's water
    if _BATHING in calm and kind in (_PLACE, _GOING):
        return True  # d35: a bath's water
    if _HEAT in calm and (kind in (_PLACE, _GOING) or cue.startswith("내려다")):
        return True  # d35: the water wanted for the heat, the breeze enjoyed where one looks down
    if _RITE in calm and kind == _OTHER and cue == "기일":
        return True  # d35: the late one's day kept with its rite
    if kind == _MEANS:
        return _EVERYDAY_MEANS in calm
    if kind == _PREP and _FUNERAL in calm and (_FUNERAL_WORD.fullmatch(cue) or cue == "보험"):
        return True  # (d40: and the funeral's insurance, "상조보험 든 거 만기가 다 됐어요", calm as the rest)
    if kind == _OTHER and _FUNERAL in calm and cue in _AFTER_ONE_IS_GONE:
        return True  # d40: what the family should do after one's natural death ("나 가고 나서 애들끼리 돈 얘기로 …")
    return _OCCASION_LETTER in calm and kind in (_PREP, _FAREWELL) and cue.startswith("편지")


def _mask_compact(text: str, compact: str) -> str:
    """``text`` with the characters masked in its compacted form (``compact``) masked too, spacing kept."""
    out: list[str] = []
    k = 0
    for char in text:
        if char.isspace():
            out.append(char)
        else:
            out.append(compact[k])
            k += 1
    return "".join(out)


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
    calm = calm_readings(text)
    inside = [i for i, (a, b) in enumerate(spans) if a < end and b > start] or list(range(len(spans)))
    for i in inside:
        a, b = spans[i]
        if has_death_cue(text[a:b], calm):
            return spans[i]
    for i in inside:
        for j in (i - 1, i + 1, i - 2, i + 2):
            if 0 <= j < len(spans) and j not in inside:
                a, b = spans[j]
                if has_death_cue(text[a:b], calm):
                    return spans[j]
    # Written or punctuated speech: the sentence the signal sits in and the sentences either side of it
    # (morphological clauses are finer than sentences: "밧줄 뭐에 쓰냐고 묻길래 … 사실은 나 쓸라고. 오늘 밤에.").
    sentences = _sentences(text)
    near = [k for k, (a, b) in enumerate(sentences) if a < end and b > start]
    window = sorted({k + d for k in near for d in (-1, 0, 1) if 0 <= k + d < len(sentences)})
    for k in window:
        a, b = sentences[k]
        for c_start, c_end in spans:
            if c_start >= a and c_end <= b and has_death_cue(text[c_start:c_end], calm):
                return (c_start, c_end)
    return None

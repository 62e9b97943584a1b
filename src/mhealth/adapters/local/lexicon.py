"""The curated Korean lexicon of the local analyzer: every rule has a stable code and an instrument item.

Patterns are matched over *compact* text (whitespace removed), clause by clause, so speech-to-text
spacing ("잠이안와", "잠 이 안 와") does not matter. Dialect endings (경상도 -데이/-노/-카이, 전라도
-당께/-잉/-겄-) are covered by matching on stems and leaving endings open.

A rule is ``(code, dimension, item, category, severe, regex)``:

* ``dimension`` — depression, anxiety, cognitive, loneliness, physical;
* ``item`` — the instrument item it estimates (``PHQ-9 #n``, ``GAD-7 #n``) or the SCREENING.md level it
  implies (``cognitive 1/2``, ``loneliness 1/2``);
* ``category`` — the symptom family that is counted once however many phrases hit it;
* ``severe`` — the phrase alone marks the top of its scale (loss of function, panic, disorientation,
  marked isolation).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mhealth.adapters.local.inflect import expand

LEXICON_VERSION = "2026.12.07-d41"


@dataclass(frozen=True, slots=True)
class LexRule:
    code: str
    dimension: str
    item: str
    category: str
    severe: bool
    pattern: re.Pattern[str]
    label_ko: str


def _rule(code: str, dimension: str, item: str, category: str, severe: bool, label_ko: str, regex: str) -> LexRule:
    """``{lemma}`` in ``regex`` stands for every inflection of that predicate (:func:`inflect.expand`)."""
    return LexRule(code, dimension, item, category, severe, re.compile(expand(regex)), label_ko)


#: d25e: sleep kept off by an eve's excitement or a coffee is no symptom ("설레가 잠이 안 온다")
_NOT_FROM_EXCITEMENT = (
    r"(?<!설레서)(?<!설레가)(?<!설레)(?<!신나서)(?<!좋아서)(?<!기대돼서)(?<!기대되서)(?<!기뻐서)"
    r"(?<!커피마셔서)(?<!커피를마셔서)"
)


#: d39: tears of joy, thanks or being moved are no low mood ("손주가 합격해서 너무 기뻐서 눈물이 나더라")
_NOT_FOR_JOY = (
    r"(?<!기뻐서)(?<!기뻐가)(?<!기쁘고)(?<!고마워서)(?<!고마와서)(?<!감사해서)(?<!반가워서)(?<!감격해서)(?<!감동해서)"
    r"(?<!감동받아서)(?<!감동받아)(?<!행복해서)(?<!좋아서)(?<!웃겨서)(?<!뭉클해서)(?<!벅차서)"
)

# ------------------------------------------------------------------------------------------------------
# Depression (PHQ-9 items 1-8; item 9 comes from the crisis patterns)
# ------------------------------------------------------------------------------------------------------
DEPRESSION: tuple[LexRule, ...] = (
    _rule(
        "dep_anhedonia",
        "depression",
        "PHQ-9 #1",
        "anhedonia",
        False,
        "흥미·즐거움 상실",
        r"(재미|낙|흥)(가|이|도)?(하나도|통|영|아무)?(없|읎|엄|읍)|재미(가|도)?없|즐겁지(가|도)?않|즐거운(게|일이)?(하나도)?없|"
        r"(아무것도|암것도|뭣도|만사가?)(다)?(하기|허기)?(싫|귀찮)|하고싶은(것|게|거)(도|이|가)?(별로|하나도|아무것도)?없|"
        # d23e: withdrawn, not going out ("창피해서 밖에도 안나가고 있다"); not the cold or the rain said before it
        r"(?<!추워서)(?<!더워서)(?<!비와서)(?<!눈와서)(밖에도|바깥에도|문밖에도|문밖을)(안|잘안|통안|영안)(나가|나간|나갔|나서)|"
        # d25: the garden or the fields given up these days ("요새는 텃밭도 안 나가고"; not the centre, which a panic
        # or a fall keeps one from, nor a neighbour's withdrawal told with no "these days")
        r"(요새|요즘|요샌|요즘엔)(는|은)?(텃밭|밭|논|마실)(에|엘)?도(안|잘안|통안|영안)(나가|나간|나갔|다니|댕기)|"
        # d23c: no taste for life ("사는 맛이 영 읎어"), "what mood is there" ("기분이랄 게 있간디")
        r"(사는|살)(맛|재미|낙)(이|도|가)?(영|통|하나도|도통)?(없|읎|웂|안나)|기분이랄(게|것|거)(있간디|있나|있겠|없|뭐)|"
        r"의욕(이|도)?없|심드렁|재미(난|있는)(게|거|것|일)(이|도)?(하나도|통|영|도통)(없|읎|엄)|사람만나(는것|기)도?싫|(사는게|사는것이|사는)재미(가|도)?(아무)?없|흥미(가|를)?(잃|없)|"
        r"(예전|옛날)같지(가|도)?않|(다|모든게|만사)귀찮|웃음(이|도)?(안|잘안)나|귀찮기만|기쁘지(가|도)?않|기쁜(게|일이)?(하나도)?없|"
        r"관심(도|이)?(하나도)?없|(통|전혀|도통|영)웃지(를|도)?(않|안)|웃음(이|도)?(사라지|사라졌|없어지|없어졌)|"
        # d29: no laughing in a long time ("이년째 웃어본 적이 없다", "웃어 본 지가 언제인지")
        r"웃어(본|봤던)(적|지|게|기억)(이|가|도)?(한번도|통|영)?(없|읎|언제|오래|까마득)|"
        # d17v: what one liked turned off or left ("좋아하시던 바둑 중계도 꺼달라고 하신다", "좋아하던 화투도 안 쳐")
        # (not what ended, closed, broke or was forbidden: "좋아하던 드라마가 끝나서 안 봐", "의사가 안 된대서 안 해")
        # (the speaker's or the senior's liking, not someone else's: "할망이 좋아하던 꽃이우다")
        r"((내가|제가|(?<![이가]))좋아하(시)?던)(?:(?!끝|종영|없어|폐지|문닫|이사|고장|의사|병원|건강|당뇨|혈압|금지|못하게)[^.?!]){0,12}?"
        r"(끄|꺼(?!내|냈|낸|낼)|안보(?!이|여)|안봐|안하|안해|안쳐|안들|안듣|싫|"
        r"그만두|그만뒀|손(도|을)?(안|놓)|시들)",
    ),
    _rule(
        "dep_mood",
        "depression",
        "PHQ-9 #2",
        "mood",
        False,
        "우울한 기분",
        r"우울(?!증)(?!할(새|틈|시간|겨를|새도|틈도))|울적|(?:{슬프다})(?!드라마|영화|노래|연속극|장면|만화)|{서글프다}|{서럽다}|(?:{괴롭다})(?!히|혀|힌|혔)|마음이(너무|많이|좀)?(무거|텅|허|아파죽)|텅빈것같|"
        + _NOT_FOR_JOY
        + r"눈물(이|만)?(나|난|자꾸)|"
        # (d17L: not a verb ending in 운다 / 울- ("작가가 애를 태운다", "손주 키운다", "서울에", "겨울 고구마"))
        r"(?<![태세키띄채비싸피배데치지외씌서겨])(울었|울어|울기만|울다가|운다|울고)|"
        # (d20: "밤마다 울다 잠든다")
        r"(?<![태세키띄채비싸피배데치지외씌서겨])울다(가)?(잠들|잠이들|지쳐|잠든|자고|잔다)|"
        r"(마음|기분)이(늘|자꾸|영)?가라앉|가라앉아(있|만)|"
        # d23e: treatment called futile ("재활 가봐야 팔이 안올라간다", "치료 받아봤자 소용없다")
        r"(재활|치료|병원|수술)(은|도|을|에)?[^.?!]{0,2}?(가봐야|가봤자|받아봐야|받아봤자|해봐야|해봤자)[^.?!]{0,8}?"
        r"(소용없|안올라|안낫|안돼|안되|뭐해|뭐하|뭐혀|그대로)|"
        r"기분이(영|통|너무|많이)?(안좋|아니|꿀꿀|가라앉|별로)|처지고|처져|축처|싱숭생숭|착잡|가슴이(미어|먹먹)|"
        r"(하루하루|사는게|사는것이|매일|매일매일|삶이|인생이)(가|이)?(그냥)?(지옥|고문)|하루하루(를)?(그냥)?(버티|견디)(는|고)|"
        r"사는게사는게아니(?!었|던)|마음(도|이|까지)(다|너무|완전히)?지쳤",
    ),
    # d17v: what a visit note sees of the senior, told in the third person: tears shown, crying heard (honorific),
    # "what difference would it make" (rules._OBSERVED: another person named as subject right before makes it theirs,
    # "딸은 울면서", "따님도 눈물을 보이셨다")
    _rule(
        "dep_mood_observed",
        "depression",
        "PHQ-9 #2",
        "mood",
        False,
        "눈물·울음(관찰)",
        _NOT_FOR_JOY + r"눈물(을|이|만)?(보이|보였|흘리|흘렸|글썽|훔치|훔쳤)|울먹|"
        r"(혼자|몰래|자꾸|밤마다|새벽에|새벽마다|밤에|종일|소리내|소리내서|펑펑|엉엉|흐느껴)(어)?(우시|우셔|우셨|우신)|"
        r"(해봐야|해봤자|해본들|해봐도)(뭐가|뭣이|머가|뭐|무슨|다)?[^.?!]{0,4}?(달라지|나아지|좋아지|소용|뭐하|뭐해|뭐할)",
    ),
    _rule("dep_sighing", "depression", "PHQ-9 #2", "sighing", False, "한숨·처진 모습", r"한숨(만|부터|이)?(나|쉬)"),
    _rule("dep_diagnosis", "depression", "PHQ-9 #2", "diagnosis", False, "우울증 언급", r"우울증"),
    _rule(
        "dep_hopeless",
        "depression",
        "PHQ-9 #2",
        "mood",
        True,
        "절망감",
        r"희망(이|도)?(하나도|아무)?없|무슨희망(이|이나)?(있겠|있어|있나|있노|있간)|(내)?(인생|삶)(은|이)?(이제|인제|인자|다)?끝났|"
        r"다끝난것같|앞이(캄캄|깜깜)|나아질(게|것이)?(하나도)?없|"
        r"좋은일이(있겠|뭐가)|살길이막막|절망|(아무것도|아무것두|암것도|암것두|뭣도|다|사는게|사는것도|모든게)(아무)?의미(가|도|두)?(없|읎|엄|있나)|무슨의미가있|"
        # d21: life's meaning gone, no heart left to go on living ("삶의 의미가 없어요", "살아갈 자신이 없어")
        r"(삶|인생|사는것|사는거)(의|에|이|은|도)?(아무)?(의미|낙|재미|희망)(가|도|이|는)?(하나도|아무것도|이제|인제|다)?(없|읎|엄)|"
        r"(살아갈|살)자신(이|도)?(없|읎|엄)|"
        # d36: a whole life with nothing gone right ("평생 잘된 게 없어요", ko_train_blind_short96)
        r"(평생|한평생|일평생|살면서|여태|여태껏)(에)?(잘된|잘풀린|좋은일|좋은거|좋은게|된)(게|거|것|기|일|것이|게뭐)?(이|도|은|는)?"
        r"(하나도|한번도|암것도|아무것도|뭐)?(없|읎|엄)(?!었|던)|(사는게|사는것도|사는것이|사는기|인생이|삶이)(너무|참|정말|아주|인제|이제)?"
        # (d26: in Jeolla, "사는 것이 징혀서"; not the intensifier 징하게)
        r"(지겹|지겨|지긋지긋|징혀|징해|징하다|징하네)",
    ),
    _rule(
        "dep_sleep",
        "depression",
        "PHQ-9 #3",
        "sleep",
        False,
        "수면 문제",
        # (d25e: "잠도 안 온다": 온 is its own syllable; not sleep kept off by an eve's excitement or a coffee, "설레가
        # 잠이 안 온다")
        _NOT_FROM_EXCITEMENT
        + r"잠(을|이|도)?(통|잘|제대로|영|한숨도)?(못|안)(자|잔|잤|와|오|온|옵|들|드)|잠(을|이)?설쳤|"
        + _NOT_FROM_EXCITEMENT
        + r"잠(이|을)?(안오|안와|안온)|"
        r"(새벽|밤)(에|마다)?(자꾸|몇번씩|두세번|세시면|두시면)?(깨|깬|께)|뜬눈|날샐때까지|천장만|한숨도못(자|잔|잤)|불면|"
        r"잠만(자|잔)|하루종일잠|"
        # d36: sleep that does not come, said as an answer ("잠이 와야 자지")
        r"잠이(와야|오야|와야지)(자지|자제|자|잘거|자요)|"
        # d23: awake all night ("밤새 깨고", "밤새도록 뒤척여"); not up all night for a reason ("밤새 못 자고 지켰더니")
        r"밤새(도록)?(깨|뒤척)|"
        # d17v: told of the senior in a note, in honorifics ("잠을 못 주무신다고 하심", "밤에 자주 깨신다고")
        r"잠(을|이|도)?(통|잘|제대로|영|한숨도)?못(주무|이루)|(새벽|밤)(에|마다)?(자주|자꾸)?깨(시|신|셔)",
    ),
    _rule(
        "dep_fatigue",
        "depression",
        "PHQ-9 #4",
        "fatigue",
        False,
        "피로·기력 저하",
        r"기운(이|도)?(하나도|통|영|없|안나)|기운없|힘(이|도)?(하나도)?없어|힘(이|도)?하나도없(다|네)|기력(이|도)?없|무기력|맥(이|도)?없|"
        r"누워만|드러누워|처지고|녹초|몸이(천근|무거)|(이제|다|너무|완전히|몸도마음도|참|정말|진짜|많이|엄청|아주)지쳤|지쳐(버렸|서아무|가꼬)",
    ),
    _rule(
        "dep_appetite",
        "depression",
        "PHQ-9 #5",
        "appetite",
        False,
        "식욕 변화",
        r"입맛(이|도)?(통|영|하나도)?없|밥맛(이|도)?(통|영)?없|식욕(이|도)?없|밥(도|이|을)?(안|잘안)?(넘어가|먹히)|"
        r"밥(도|을|이|은)?(통|잘|제대로)?(못|안)(먹|묵)|먹기(도)?싫|맛(이|도)?없고|죽만먹|라면으로때|먹는둥마는둥|대충(먹|때)|"
        r"한끼(먹을까|도|만|먹나|묵나|겨우)|"
        # d23c: days without a grain of rice ("사흘째 밥알 구경 못 했슈", "술이 밥이지")
        r"밥알(구경|구경도)?(못|안)|(이틀|사흘|나흘|며칠|닷새)(째|동안)(밥|곡기|밥알|끼니)(을|도|는)?[^.?!]{0,4}?(못|안|굶|거르)|술이밥|"
        # d23: "밥은 통 안 넘어가구"
        r"밥(도|이|을|은)?(통|영|잘|도통)(안|못)(넘어가|넘어간|먹히)|"
        # d23: eating called pointless ("먹어서 뭐 해", "묵어봤자 뭐 하노")
        r"(먹어서|묵어서|먹어가|묵어가|먹어봤자|묵어봤자|먹어봐야|묵어봐야)(뭐|머|뭣)(해|하|혀|허|할)|"
        # d14r: eating at all is what fails, no food named ("요즘 통 못 먹어", "요새 통 못묵는다"); not a food one
        # cannot take ("매운 건 통 못 먹어", "술도 통 못 먹어": a word before 통)
        r"(요즘|요새|요즘은|요샌|요즘엔|요새는)(통|영)?(못|안)(먹|묵)|(?<![은는건걸거것을를도])(통|영)(못|몬)(먹|묵)|"
        # d17v: the amount eaten fallen, as a visit note counts it ("식사량이 절반 이하로 줄고", "반 그릇 남기신다")
        r"식사량(이|도|은)?[^.?!]{0,8}?(줄|반|절반|뚝)|"
        # d22: the mouth gone bitter, food with no taste, a spoonful and the spoon put down ("입이 쓰다. 뭘 묵어도 맛을
        # 모르겠고 한 숟가락 뜨다가 고마 놔뿐다"); not a medicine's taste ("약이 써서")
        r"(?<!약)(?<!약이)입(이|안|도)?(쓰다|써서|써요|써|쓰고|쓰네|쓰데|씁니|쓰구|쓰당)|"
        r"(뭘|뭐|무얼|머|뭐를)(먹어도|묵어도|먹어두|무도)[^.?!]{0,4}?맛(을|도|이)?(모르|몰라|없)|"
        r"(한|두)(숟가락|숟갈|술)(만)?(뜨다가|뜨고|뜨다|떠|뜨면)[^.?!]{0,6}?(놔|놓|말|치우|내려|그만|밀어)|"
        r"(식사|진지|밥)(를|을|도|는)?(거의|통|잘|제대로|영)?(안|못)(하시|하신|하심|하셔|하셨|드시|드신|드심|드셔|드셨|잡수)|(반|절반)(그릇|공기)?(도|은|을|이상|넘게|넘어)?(남기|남긴|남겨|못드|못먹|못묵)",
    ),
    _rule(
        "dep_weight",
        "depression",
        "PHQ-9 #5",
        "weight",
        False,
        "체중 감소",
        r"살(이)?(쭉|많이|쏙|엄청)?빠졌|체중(이)?(줄|빠)",
    ),
    _rule(
        "dep_guilt",
        "depression",
        "PHQ-9 #6",
        "guilt",
        False,
        "무가치감·죄책감",
        # (d16L had read a burden to come, "자식들한테 짐 되기 전에", "고생 안 시키고 자는 듯이 가믄", as no guilt: it
        # moved a never-read long check-in's crisis below high. Perceived burdensomeness is a risk factor in itself, so
        # it stays guilt; only an illness to come before it is excused, in rules._BURDEN_IF.)
        r"짐만(되|돼)|짐(이|이나)?되|쓸모(가|도)?없|볼낯(이|도)?없|면목(이|도)?없|못난|한심|폐만|부담만|나같은게|나같은건|나같은것|"
        r"미안해서|살아있는게(미안|죄스)|고생(안|을|만)?시키|내가죽어야(애들|자식)",
    ),
    _rule(
        "dep_guilt_severe",
        "depression",
        "PHQ-9 #6",
        "guilt",
        True,
        "심한 죄책감",
        # (d28: guilt at being alive, "이 나이 먹도록 살아 있는 게 죄여"; not the milder "죄스러워", dep_guilt)
        r"죄(가|를)?많|내탓|죄인|(다|모두)나때문|내가죄|살아(있는|있다는|있응|있능|남은)(게|것이|거시|기|것도|게다)죄(?!스)",
    ),
    _rule(
        "dep_concentration",
        "depression",
        "PHQ-9 #7",
        "concentration",
        False,
        "집중력 저하",
        r"손에(안|하나도안|아무것도안)잡|집중(이|도)?안|멍하니|멍허니|멍허게|정신이하나도없|"
        # d36: blank all day ("낮엔 멍하고")
        r"(낮엔|낮에는|종일|하루종일|온종일)멍하(고|다|기만|게|니)",
    ),
    _rule(
        "dep_psychomotor",
        "depression",
        "PHQ-9 #8",
        "psychomotor",
        False,
        "활동 저하",
        r"꼼짝(도|을)?(안|못)|움직이기(도)?싫|(방|집)(에|에만)?틀어박|화투도안|경로당(도|에)?안나|"
        # d17v: turned to the wall ("벽 쪽으로 돌아누워 계신다")
        r"벽(쪽|쪽으로|을|만|보고|으로)[^.?!]{0,4}?돌아누|돌아누워(만)?(계|있|지내)|"
        # … or the places one went no longer gone to, told of the senior ("복지관 점심 무료급식도 두 달째 안 나오심")
        r"(복지관|경로당|노인정|마을회관|회관|교회|성당|노인대학|주간보호)[^.?!]{0,10}?(도|에|엔|에도)?(안|못)(나오시|나오신|나오심|나오셔|나가시|나가신|나가심|나가셔|가시|가신|가심|다니시|다니신|다니심)|"
        r"외출(을|도|은)?(전혀|통|거의|아예)(안|못)(하|나가|나오)|"
        # d20: the day sat through ("하루 종일 소파에 앉아 있다가 해 지면 그냥 눕고")
        r"(하루종일|온종일|종일)(소파|쇼파|방|안방|마루|티비앞|테레비앞)(에|에서|에만)?(가만히|멍하니|멍청히)?(앉아|누워)(있|만)",
    ),
    # Severe: loss of function (SCREENING.md depression 3)
    _rule(
        "dep_not_washing",
        "depression",
        "PHQ-9 #8",
        "self_care",
        True,
        "씻지 않음",
        r"씻지(도|를)?(않|안|못)|씻도안|안씻|씻기(도)?싫|머리(도)?안감|목욕(도)?안|옷(도)?며칠씩(그대로)?",
    ),
    # d36: washing a bother, not worth it ("요새는 씻는 것도 귀찮고", "씻어서 뭐 해"): self-care let go, not yet days
    # unwashed (dep_not_washing's, severe)
    _rule(
        "dep_self_care",
        "depression",
        "PHQ-9 #8",
        "self_care",
        False,
        "자기관리 소홀",
        r"씻는(것|거|기)(도|조차)?(귀찮|싫)|씻어서(뭐|뭣|머|뭐가)(해|하|할|혀|하노|허노|할라꼬)",
    ),
    _rule(
        "dep_not_eating",
        "depression",
        "PHQ-9 #5",
        "appetite",
        True,
        "식사 중단",
        r"밥(도|을|은)?[가-힣]{0,4}?안(먹|묵)(은지|었|고|어)|안먹은지|물만(먹|마시)|제대로먹은적(이)?없|밥(도|을)?안해먹|"
        r"아무것도(못|안)(먹|묵)|(며칠|사흘|나흘|닷새|이틀|일주일)(째|을|이나)?(굶|밥을?안)|며칠에한번(먹|묵)",
    ),
    _rule(
        "dep_crying_all_day",
        "depression",
        "PHQ-9 #2",
        "mood",
        True,
        "종일 울음",
        r"하루종일울|종일울|울기만|눈물이그치지|매일울|밤새울",
    ),
    _rule(
        "dep_bedbound",
        "depression",
        "PHQ-9 #8",
        "psychomotor",
        True,
        "와상·고립",
        r"이불속에만|일어나기(도)?싫|(아무것도|암것도)못(해|하|허)|(며칠|몇일|사흘|나흘|일주일)(째|을|이나)?누워만|틀어박혀(서)?(밥|아무)|누구얼굴도보기싫|전화도안받|일어날기운(도|이)?없|"
        r"(하루종일|종일|온종일)누워(만)?(있|지내|서|계)(?!고싶|고만싶)|(침대|자리|이불)(에서|밖으로|밖에)?(못|안)(일어나|나와|나오|나왔)|"
        # d14r: dialect forms of lying down all day ("종일 누웡만 있수다" Jeju, "왼종일 누버만 있다" Gyeongsang)
        r"(하루종일|종일|왼종일|온종일|하루죙일|죙일)(누웡|누엉|누버|누어|드러누버|드러누웡|누벘|누웠)(만)?(있|이|지내|잇)",
    ),
)

DURATION = re.compile(
    r"(한|두|세|석|넉|몇|여러|반)(달|주|개월)|(한|두|몇)달(째|넘|은|이)|몇주|보름|일주일|열흘|한참|(이|삼|사|오|육)주째|"
    r"(며칠|사흘|나흘|닷새)째|며칠씩|몇날며칠|요몇주|요새계속|계속그래|벌써[가-힣]{1,3}째|째야|째여|째다|넘었"
)
# "늘" (always) is not the 늘 of 오늘 (today), 하늘, 그늘, 마늘, 바늘, … nor of 늘다 (to grow: 늘어, 늘었, 늘려; d16s:
# "오늘은 컨디션이 괜찮어유" read as pervasive had made one guilt phrase depression 2).
PERVASIVE = re.compile(
    r"하루종일|매일|맨날|내내|밤마다|밤새|밤낮|허구한날|(?<![오하그마바])늘(?![어었려렸리])|항상|자꾸|날마다"
)
MITIGATED = re.compile(
    r"그래도(밥은?|할일은?|잘|그럭저럭|일은)|그럭저럭|할일은다|밥은(잘)?(묵|먹)는|좀|조금|약간|며칠(잠을)?설|"
    r"비가와서|날이추워|날씨때문|괜히"
)

# ------------------------------------------------------------------------------------------------------
# Anxiety (GAD-7)
# ------------------------------------------------------------------------------------------------------
ANXIETY: tuple[LexRule, ...] = (
    _rule(
        "anx_nervous",
        "anxiety",
        "GAD-7 #1",
        "nervous",
        False,
        "긴장·초조",
        r"불안|초조|긴장(이|돼|되|해)|떨리|떨려|조마조마|안절부절|조바심|마음(이)?(졸|조마)|신경(이|쓰여|쓰이)|(가슴|맘|마음)이(철렁|두근|벌렁|덜컥)|"
        r"(맘|마음)이(좀|영|통)?(안놓|쓰이)|일이날(것|거)(만)?같|내려앉",
    ),
    _rule(
        "anx_worry",
        "anxiety",
        "GAD-7 #2",
        "worry",
        False,
        "걱정",
        r"걱정(이|돼|되|에|이야|이고|이여|만|때문|스러|을|이다)|근심|염려|걱정(하|혀)|남일같지(가)?않",
    ),
    _rule(
        "anx_fear",
        "anxiety",
        "GAD-7 #7",
        "fear",
        False,
        "두려움",
        # (not the Jeolla and Gyeongsang intensifier "겁나 많이", "겁나게 좋아": d17a; not hurt feelings read across the
        # space, "너무 서운해", "너무 섭섭해" compacted to 너+무서운 / 너+무섭: d39)
        r"(?<!죽는게)((?<!너)(?:{무섭다}|무서바|무서버)|{두렵다}|겁(이|나|난)(?!게|많|좋|맛|크|큰|춥|추워|덥|더워|비싸|예쁘|이쁘|빠르|멀|높|재밌|재미|잘|길|짧|쎄|세|웃기|웃겨|귀엽|반갑|고맙|바빠|바쁘|징하|열렸|달|짜|맵))(?!서못했|서못하|서못뛰|서못마)|큰일날(것|거)같|(해칠|죽일)(것|거)같|벌벌|덜덜",
    ),
    _rule(
        "anx_arousal",
        "anxiety",
        "GAD-7 #1",
        "arousal",
        False,
        "신체 각성",
        # (d19: not the breath of a climb, "숨 차게 올라가서")
        r"(심장|가슴)(이)?(벌렁|두근|쿵쾅|뛰)|가슴(이)?답답|숨(이)?(턱|막|가빠)|숨(이)?차(?!게|도록)|식은땀|손(이)?떨",
    ),
    _rule(
        "anx_restless",
        "anxiety",
        "GAD-7 #5",
        "restless",
        False,
        "안절부절·쉬지 못함",
        r"가만히(못|있을수가없)|안절부절|왔다갔다|잠시도못쉬",
    ),
    _rule(
        "anx_irritable",
        "anxiety",
        "GAD-7 #6",
        "irritable",
        False,
        "과민·짜증",
        r"짜증(이|나|만|도)|신경질|예민해|화(가|만)(나|치밀)",
    ),
    _rule(
        "anx_panic",
        "anxiety",
        "GAD-7 #7",
        "panic",
        True,
        "공황",
        r"공황|발작|숨(이)?넘어갈(것|거)같|응급실|이러다죽는구나|119(를|에)?(불렀|부르|불러|전화)|구급차|심장(이)?터질(것|거)같|"
        r"혼자(못있|있는(게|기|것이)무섭|있기(가)?무섭)",
    ),
    _rule(
        "anx_housebound",
        "anxiety",
        "GAD-7 #7",
        "avoidance",
        True,
        "두려움으로 외출 못함",
        r"(집|방)(밖에|밖으로|에서)?(한발짝도|한걸음도|아예)?(못나가|못나간)|아예못나가|한발짝도못|집에만(있|갇혀)|병원도못가|"
        r"(버스|밖|사람)(만|이)?(타면|나가면|무서워서).{0,6}(못나가|못타)|신발신고앉아",
    ),
    _rule(
        "anx_terror",
        "anxiety",
        "GAD-7 #7",
        "terror",
        True,
        "극심한 공포",
        r"(해칠|죽일)(것|거)같아서|하루종일(벌벌|덜덜|떨)|매일밤이지옥|목을조르는것같|밤을새",
    ),
    _rule(
        "anx_checking",
        "anxiety",
        "GAD-7 #4",
        "compulsion",
        True,
        "강박적 확인",
        r"(열|스무|수십|몇십|여러)(번|번도)(도)?(더|넘게)?(확인|일어나|재)|(켜놨나|껐나|잠갔나|잠궜나)[^.?!]{0,30}?(몇번째|돌아와|내려서|다시가)|또확인|확인(하고|을)?또|확인하느라|자꾸확인|"
        r"(잠갔는지|껐는지|잠갔나|껐나).{0,10}(확인|일어나)",
    ),
)
ANXIETY_DISRUPTION = re.compile(
    r"못자|못잔|잠(을|도)?설치|설쳐|하루에도몇번|밖에(잘)?안나가|외출(을)?안|"
    r"잠(을|이|도)?(통|잘|한숨도)?(못|안)(자|잔|와|오|들)|한숨도못|밤에(도)?(잠|깨)|깨|손에(안|하나도안)잡|아무것도(손에)?안잡|"
    r"며칠째|몇달째|몇주|달째|주째|매일|밤마다|내내|하루종일|계속|일이손에|눈치만|문(을)?잠그고"
)
ANXIETY_PROPORTIONATE = re.compile(r"앞두고|잘되겠지|별거아니|괜히|간단하다|검진|수능|시험|면접|발표|수술날짜|좀긴장")

# ------------------------------------------------------------------------------------------------------
# Cognitive concern
# ------------------------------------------------------------------------------------------------------
COGNITIVE: tuple[LexRule, ...] = (
    _rule(
        "cog_disoriented_time",
        "cognitive",
        "cognitive 2",
        "orientation",
        True,
        "시간 지남력 저하",
        r"(날짜|요일|계절)(도|가|를)?.{0,6}(헷갈|모르|몰라)|오늘이(며칠|무슨요일|몇일).{0,10}(모르|몰라|헷갈)|"
        r"(무슨요일|며칠|몇일|몇월)인지(도|를)?(모르|몰라|헷갈)|오늘이(며칠|무슨요일|몇일)[^.]{0,24}?(모르|몰라|헷갈)|"
        r"날짜(를|도)?(자꾸)?(잊|까먹)|모르겠(네|어|다)오늘이(무슨|며칠)|(아침|낮)(이여|인지|이야|인가)(저녁|밤)",
    ),
    _rule(
        "cog_disoriented_place",
        "cognitive",
        "cognitive 2",
        "orientation",
        True,
        "장소 지남력 저하",
        r"어딘지(도)?(모르|몰라)|(가는|오는|가던|다니던)길(을|이|도)?(모르|몰라|생각이안)|(집|길|건물|병원|데)(을|를)?(못찾|잃어버|잃었)|길을?잃|헤맸|헤매|여기가(우리|내)집(맞|인가)|"
        r"길(도|을|이)?헷갈|한참(돌았|헤맸)|"
        # d25: lost on one's own daily route ("늘 다니던 길에서 집 방향을 헷갈렸고")
        r"(다니던|가던|늘가는|매일가는|맨날가는)길(에서|에|을)[^.?!]{0,8}?(헷갈|못찾|잃|모르|몰라)|"
        r"낯설어|엉뚱한(데|곳)|(경찰|누가)(아저씨가)?데려다",
    ),
    _rule(
        "cog_person",
        "cognitive",
        "cognitive 2",
        "orientation",
        True,
        "사람을 알아보지 못함",
        r"(이름|얼굴)(을|이)?(통)?(모르겠|몰라|기억이안).{0,12}(맨날|매일|손주|아들|딸|며느리)|누꼬|누군지(도)?모르|못알아보|"
        r"(누구냐고|누구냐꼬|누구신지|누구세요)(물어|했|하|그랬)",
    ),
    _rule(
        "cog_safety_stove",
        "cognitive",
        "cognitive 2",
        "safety",
        True,
        "불·가스 안전 문제",
        r"(냄비|솥|주전자|국|찌개)(를|을|가)?.{0,8}(태웠|탔|태워)|(가스|불)(을|를)?(켜놓고|올려놓고|안끄고|틀어놓고).{0,10}(깜빡|잊|몰)|"
        r"올려놓고깜빡|연기가나서|(가스불|가스|불)(을)?(켜놓고|켜놓은채|올려놓고)[^.?!]{0,20}?(나갔|나간|갔다가|외출)|(가스불|가스|불)(을)?(켜놓은|켜놓고|올려놓은|틀어놓은)(걸|것을|거|채)?(잊|깜빡|모르|나갔)",
    ),
    _rule(
        "cog_medication",
        "cognitive",
        "cognitive 2",
        "safety",
        True,
        "약 복용 혼동",
        r"약(을)?먹었나안먹었나|(두번|또)먹은(거|것)같|약봉지(를)?헷갈|(저녁|아침|점심)약을(아침|저녁|점심)에|약을?(또|두번)먹었|"
        r"약먹은걸(잊|까먹)|(두번|또|두알)(씩)?먹고[^.?!]{0,20}?(빼먹|안먹)|약봉(투|지)(가)?[^.?!]{0,12}?헷갈|약(을)?(자꾸|또)?헷갈|(먹었나|먹었는지|먹었는가)(안먹었|말았)|(두번|또|다시)먹은(적|거|것)",
    ),
    _rule(
        "cog_dead_as_present",
        "cognitive",
        "cognitive 2",
        "orientation",
        True,
        "돌아가신 분을 현재처럼 말함",
        r"(간지가|돌아가신지|죽은지).{0,4}(년|해)(이지|인데|이여|됐)|(영감|남편|어머니|엄마)(이|가)?(왜)?(안오|안와)|"
        r"돌아가신(어머니|엄마|아버지|영감|남편|할머니|할아버지|언니|오빠|형님)(가|이|께서)?.{0,10}(다녀가|왔다|오셨|계셔|만났|해놓고|가셨)|"
        # a long-dead person expected, waited for or wondered about now (either order)
        r"(기다리|기다려|안와|안오|오실|나갔는데|들어올)[^.?!]{0,40}?(돌아가신지|간지가|죽은지|장례(를)?치렀)|"
        r"(돌아가신지|간지가|죽은지|장례(를)?치렀)[^.?!]{0,40}?(기다리|기다려|안와|안오|오실|왜갔)",
    ),
    _rule(
        "cog_repeating",
        "cognitive",
        "cognitive 2",
        "repetition",
        True,
        "같은 말 반복",
        r"(같은|했던)(말|얘기|이야기)(을|를)?(또|자꾸|계속)|방금(한|했던)(말|얘기)|(아까|방금)한말(을)?또",
    ),
    _rule(
        "cog_theft_suspicion",
        "cognitive",
        "cognitive 2",
        "misplacing",
        True,
        "잃어버린 물건을 도난으로 의심",
        r"(어디|어따)(뒀|두었|놨)는지(도무지|통)?모르.{0,20}(가져갔|훔쳐|누가)|"
        # a theft suspected, then the money found where the speaker put it (or doubt about where)
        r"(훔쳐|가져가|가져간|도둑|의심)[^.?!]{0,40}?(나왔|들어있|있드라|있더라|찾았|맡겼던가|뒀던가|넣었던가)",
    ),
    _rule(
        "cog_forgetful",
        "cognitive",
        "cognitive 1",
        "memory",
        False,
        "건망증",
        # (d41: not "-니까" before 먹, "배고프니까 먹을 거": ``rules`` reads the spacing)
        r"깜빡|건망증|까먹|어따뒀|어디(다)?뒀|어디(에)?놨|기억(이|력)?(이)?(가물|안나|흐려|깜빡|나빠|떨어)|"
        r"이름이(생각|입에)|(안경|리모컨|휴대폰|핸드폰|열쇠|지갑)(을|를)?(들고|쓰고|끼고)?.{0,6}(찾|어디)|잊어버리|잊어먹|"
        r"입에서(뱅뱅|맴|뱅글)|생각이(잘)?안나|뭐더라",
    ),
    _rule(
        "cog_self_corrected",
        "cognitive",
        "cognitive 1",
        "memory",
        False,
        "스스로 바로잡은 착오",
        r"아니[월화수목금토일]요일|아니[가-힣]{1,3}이지",
    ),
    _rule(
        "cog_worry",
        "cognitive",
        "cognitive 1",
        "worry",
        False,
        "기억력 걱정·진단 언급",
        r"치매(오는|올까|걸릴까|인가|아닌가|검사|진단|약|초기)|경도인지|인지장애|기억력(이)?걱정",
    ),
)

# ------------------------------------------------------------------------------------------------------
# Loneliness
# ------------------------------------------------------------------------------------------------------
LONELINESS: tuple[LexRule, ...] = (
    _rule(
        "lon_no_one",
        "loneliness",
        "loneliness 2",
        "isolation",
        True,
        "대화 상대 없음",
        r"(말할|말섞을|얘기할|이야기할)(사람|데)(이|도|가)?(아무도)?없|말한마디(도|를)?(안|못|할사람)|아무(하고|랑|와)도말(을)?안|"
        r"(아무도|누구도|개미새끼한마리)(안와|안온|안오|없|찾아오지)|찾아오는사람(이|도)?(없|있나)|"
        r"(전화|연락)(도|가|한통)?(안와|안오|안온|없)|한통도안와|(하루종일|종일|늘|맨날)혼자|나혼자여|혼자중얼|"
        r"너무외로|외로워(서)?(미치|못살|죽겠|죽겄|죽것|환장)|적적해(서)?(미치|못살|죽겠|죽겄|죽것)|외로버서|사람소리(들을|그리)|(티비|테레비|텔레비전|라디오)(만|를)?(하루종일)?(켜|틀어)(놔|놓|놩|낭)|"
        # d25: no word said till sundown ("해 떨어질 때까지 입 한 번 뗄 일이 어수다")
        r"입(한번|한마디)?(뗄|뗼|벌릴|열)(일|새|일도|일이)(이|가)?(없|읎|어수|엇)|"
        r"택배아저씨뿐|말(걸어|붙여)(주는|줄)사람(도|이)?없|누가와야말|한번도안(와|온|오)|아는사람(이|도)?(하나도)?없|"
        r"누구랑(얘기|말)(를|을)?하겠|말을?(한마디도)?안해서|목소리가잠|아무도(나랑|나하고)?(얘기|말)(를|을|도)?안|자식들(이)?(연락|전화)(도)?(없|안)|연락(이|도)?끊긴|(와볼|찾아올|찾아와줄|들여다볼)사람(도|이)?없|나만남았|벽(만)?(보고|쳐다)",
    ),
    _rule(
        "lon_some",
        "loneliness",
        "loneliness 1",
        "loneliness",
        False,
        "외로움",
        r"외롭|외로|쓸쓸|허전|휑하|적막|적적|보고싶|그립|그리워|혼자(먹|밥)|(말할|말섞을|얘기할)(사람|데)(이|도|가)?별로없",
    ),
)

# ------------------------------------------------------------------------------------------------------
# Physical complaint (the speaker's own current bodily symptom, pain, illness, injury, fall or treatment)
# ------------------------------------------------------------------------------------------------------
PHYSICAL: tuple[LexRule, ...] = (
    _rule(
        "phy_pain",
        "physical",
        "physical",
        "pain",
        False,
        "통증",
        r"(허리|무릎|다리|팔|어깨|머리|배|속|등|목|손목|발목|관절|이빨|치아|가슴|옆구리|엉덩이|몸|삭신|온몸|눈)(가|이|도|는|이가)?"
        r"(아파|아프|쑤셔|쑤시|결려|결리|저려|저리|시려|시리|시큰|욱신|지끈|뻐근|부었|부어|퉁퉁|못쓰|침침|끊어질)|허리야|다리야|무릎이야|"
        r"(?<!마음이)(?<!마음)아파서|아픈데|통증|두통|치통|신경통|관절염|파스|끙끙|앓았|앓아|합병증",
    ),
    _rule(
        "phy_symptom",
        "physical",
        "physical",
        "symptom",
        False,
        "신체 증상",
        r"어지러|핑돌|체했|체해|변비|설사|기침|(?<!영)감기|열(이)?나|몸살|소화(가)?안|속(이)?쓰려|숨(이)?(꽉|턱)?(차|막)|식은땀|심장(이)?터질|"
        r"(심장|가슴)(이)?(벌렁|두근|답답)|가슴(이)?답답|혈압(이)?(올라|높아|떨어)|멍(이|만)|"
        # (d41: swelling, not a glass poured or savings paid in, "소주 한 잔 붓고", "십년 부었지")
        r"(?<![잔술주물을를금년])붓|(?<![잔술주물을를금년])부었|토했|구토|가려워|"
        r"숨이넘어갈",
    ),
    _rule(
        "phy_injury",
        "physical",
        "physical",
        "injury",
        False,
        "낙상·부상",
        # (d25e: not an injection, a vaccine or a drip taken or missed, "인슐린 안 맞았어", "독감 주사 맞았어")
        r"넘어졌|넘어져|미끄러져|엉덩방아|다쳤|다쳐|부러졌|골절|삐었|데었|베였|"
        r"(?<!주사)(?<!주사를)(?<!주사도)(?<!인슐린)(?<!인슐린을)(?<!인슐린도)(?<!예방접종)(?<!백신)(?<!링거)(?<!수액)(?<!침)"
        r"(?<!안)(?<!못)맞았",
    ),
    _rule(
        "phy_treatment",
        "physical",
        "physical",
        "treatment",
        False,
        "현재 치료",
        r"주사(를)?맞|수술(을|한|했|받|앞두고|날짜|하고)|입원|응급실|물리치료|링거|병원(에)?(가서|갔|다녀|다니)|약국에서약(을)?사|침맞|"
        r"119(를|에)?(불렀|부르)|구급차",
    ),
)
# Mentioned without a current complaint: routine medication or a treated chronic illness.
PHYSICAL_NEGATION = re.compile(r"(아픈|불편한)(데|곳)(는|도)?(없|하나도없)|괜찮대|관리(를)?잘|수치(도)?괜찮|다나았")


# Worry named in so many words (GAD-7 content). Sleeplessness alone is depression content (PHQ-9 #3), not anxiety:
# the statistical model may raise anxiety from nothing only where the text says something like this.
WORRY_CUE = re.compile(
    expand(
        r"걱정|근심|염려|불안|초조|긴장|떨리|떨려|조마조마|안절부절|조바심|신경(이)?(쓰|곤두)|두근|벌렁|철렁|덜컥|(?<!너){무섭다}|"
        r"{두렵다}|겁(이|나|난)|애가타|속이타|(가슴|심장)(이)?(뛰|쿵|답답|조이)|숨(이)?(차|막)|식은땀|공황|패닉|"
        r"진정(이)?안|마음(이)?(급|불편|안놓|놓이지)|안심(이)?안|어쩌나|어쩌지|어떡하|어떻게하지|큰일|"
        # fear of something about to happen, and threats that keep a person on edge
        r"(을|ㄹ|일|될|날|올|갈|칠)?까봐|까바|생길것|것같아서|졸이|졸인|졸여|속(이)?(다)?타|놀라|깜짝|떠올라|"
        # a medical result awaited is worry though no worry word is said; tossing in bed alone is sleep, not worry
        r"재검사|다시찍|결과(가|는)?나올때까지|결과(를)?기다리|"
        r"혼날|맞을|또맞|때리|때린|때렸|처넣|윽박|멱살|손을올려|밀쳐|훔쳐|도둑|독촉|빚|잠갔나|껐나|가봐야"
    )
)

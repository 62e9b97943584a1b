"""d30 (docs/clinical-rules.md, "d30"): guards against false crises in talk of medicines, and readings of crises in
words no row had.

False crises (round 41's blind_short65, read after its first figures: 4 of its 25 tricky negatives were critical): a
drama's stockpile added to the speaker's own pills (``engine._told_in_media``), dying feared ("죽으면 어떡해요",
``rows.FEAR_OF_DYING``), a day of death said not to be set ("죽을 날 받아놓은 것도 아닌데"), a bare "then" told in the
retrospective past and called over ("그때 … 했던 건 다 지난 일이야"), the daily handful of pills ("한주먹씩").

Crises: the dialects' 없 read by every row written with 없 (``rows.DIALECT_SPELLINGS``: "내가 읎어지는게 애들헌티
낫겄다"), a field's poison with its use said to be gone (``rows.DISCOURSE_PURPOSE_GONE``), a going to see the water
with no return, a stockpile counted ("수면제 삼십 알 모았어"), the ideation gate's new words of an end (the model read
each at 0.61-0.99; the gate had stopped it), and an act with a means or at a place told stopped right after partial
evidence of it (``engine.interrupted``: "차에서 연탄 피웠다가 아들이 와서 못 했어").
"""

from __future__ import annotations

from mhealth.adapters.local import rules
from mhealth.domain.rules.safety import engine
from tests.unit.screening_checks import mechanism_tests, no_ideation_test

ACTIVE = [
    # ko_train_a a186, a198 (gold critical) and new sentences
    "밭일 그만둔 지가 삼 년인디 농약은 한 병 새로 샀소. 마지막으로 쓸 데가 있어서.",
    "쥐약을 사 왔는디 쥐 잡을라고 산 게 아니여.",
    "제초제 사 왔어. 밭은 없지만.",
    "농약 한 병 사 놨어. 농사는 그만둔 지 오래야.",
    "바다 보러 혼자 갈 거야. 돌아올 생각은 없어.",
    "수면제 삼십 알 모았어. 소주 한 병이랑 같이 먹을 거야.",
    # a tag question is no denial
    "내가 죽을 날 받아 놓은 거 아이가",
    # acts told stopped (ko_train_a a008 and a312, ko_train_e e340, ko_train_f tf249, ko_train_i ti277 and ti317,
    # ko_train_blind_short4 bs4_067: gold critical, high before)
    "한강 가는 버스 타고 마포대교 중간에서 한참 있었어요. 누가 말 걸어서 돌아왔고요.",
    "물에 들어갔다가 너무 차가워서 다시 나왔어요. 옷 젖은 채로 집에 왔지.",
    "목에 수건 감았다가 숨이 막혀서 풀었어 그제 일이야 무서워서 아직 아무한테도 말 못했어",
    "차 안에서 문 다 잠그고 시동 걸어놓고 한참 앉아 있었어 아들 전화 와서 껐지 또 그럴 것 같아",
    "나 밭두렁에서약병 들고 한참 앉아있었는디 막내가 전화해서 못했어 오늘 낮에 일이여",
    "어제 방에 연탄 피우고 문틈 다 막았는디 아들이 와부렀어",
    "차에서 연탄 피웠다가 아들이 와서 못 했어. 그게 그저께야.",
]

PASSIVE = [
    # blind_short65_003 and _019 (gold critical), read after the set's first figures
    "병원비 청구서 보니께 한숨만 나와유 내가 읎어지는게 애들헌티 낫겄다 싶구 입맛두 읎구 잠두 못자유",
    "퇴원허고 나서 아무것도 허기 싫고 잠도 못 자고 이럴 바엔 그냥 안 사는 게 낫겄다 싶어 아 밥은 쪼까 먹었어",
    # the gate's new words, in low-mood talk
    "요즘 밥맛도 없고 잠도 못 자. 이제 그만 쉬고 싶어, 영원히.",
    "요즘 밥맛도 없고 잠도 못 자. 관에 들어가 눕는 게 편하겠다 싶어.",
    "요즘 밥맛도 없고 잠도 못 자. 이럴 거면 뭐하러 사나.",
    "요즘 밥맛도 없고 잠도 못 자. 이 짐 같은 몸 치워버리고 싶어.",
    "요즘 밥맛도 없고 잠도 못 자. 내 숨이 언제 끊어지나 기다려.",
    "요즘 밥맛도 없고 잠도 못 자. 이 몸뚱이 빨리 흙으로 돌아갔으면.",
    "맨날 누워만 있어. 그냥 이대로 안 일어났으믄 싶어.",
    "밥도 안 넘어가고. 살믄 뭐하노 싶다.",
    "기운이 읎어서 꼼짝을 못 혀. 차라리 가버렸으믄 편하겄어.",
    "밥 생각도 없고 사람도 보기 싫고. 이렇게 살다 가는 거지 뭐, 빨리 가든지.",
    # a task named far before is not what ends
    "이사가 좀 힘들어 요즘은 내 인생 그만 끝나버렸으면",
]

#: everyday twins, with the most their level may be
EVERYDAY = [
    # blind_short65's four false criticals (gold low or moderate)
    (
        "어제 드라마에서 할아버지가 약 모아서 죽으려는 장면 나와서 엉엉 울었어 나는 뭐 약 잘 먹고 있어 혈당도 좋대",
        "low",
    ),
    (
        "할머니: 수면제 먹고 자다가 그대로 죽으면 어떡해요? 무서워서 밤새 뜬눈이에요. 약사: 처방대로 드시면 괜찮아요.",
        "moderate",
    ),
    (
        "간호사: 주사 안 무서우세요? 할아버지: 무섭긴, 죽을 날 받아놓은 것도 아닌데. 허허. "
        "다음 주에도 와요, 커피 타 놓을게.",
        "low",
    ),
    (
        "상담사: 예전 일은요? 어르신: 그때 안 좋은 생각 했던 건 다 지난 일이야. "
        "근데 퇴원하고는 두 주째 입맛도 없고 기운이 없어.",
        "moderate",
    ),
    # a poison's use named after all, left over, or put to use
    ("밭은 없어도 옥상 화분에 뿌리려고 살충제 샀어.", "low"),
    ("제초제 사 왔어. 밭은 없지만 마당 풀 뽑기 힘들어서.", "low"),
    ("밭은 아들한테 넘기고 농약 한 병 사서 아들 줬어. 내년에도 같이 하기로 했어.", "low"),
    ("쥐가 없어졌어. 쥐약 놓은 덕분이야.", "low"),
    # an outing to the water with its return; pills counted and handed in
    ("바다 보러 혼자 갈 거야. 손주들 방학 때 또 가고.", "low"),
    ("바다 보러 갈 거야 이번 주말에 아들이랑.", "low"),
    ("약통에 한 달 치 약을 모아 놨어 요일별로.", "low"),
    ("혈압약 두 달 치 모아서 보건소에 갖다 줬어.", "low"),
    ("유통기한 지난 약을 한 봉지 모았는데 약국에 갖다주면 되나요?", "low"),
    # the gate's words in their everyday readings
    ("요즘 채소가 이렇게 비싸면 뭐하러 사 그냥 텃밭에서 키워 먹지.", "low"),
    ("복지관에서 임종 체험 했어. 관에 들어가 누워 보니 살아 있는 게 고맙더라.", "low"),
    ("허리 아파서 잠을 못 자. 이 몸뚱이 좀 고쳐서 쓰고 싶어.", "low"),
    ("감기 때문에 숨이 차서 힘들어. 이 기침 언제 끝나나.", "low"),
    ("세월도 퍼뜩 갔으면", "low"),
    ("병원에 빨리 가든지 해야지.", "low"),
    ("이번 장마 언제 끝나나 빨리 끝났으면 좋겠어.", "low"),
    ("비 언능갔으면", "low"),
    # pastimes and chores stopped
    ("바다에 들어갔다가 너무 차가워서 금방 나왔어 ㅎㅎ 해수욕은 아직 이르네.", "low"),
    ("연탄 난로 피웠다가 가스 냄새 나서 껐어. 환기 잘 시켜야지.", "low"),
    ("옥상에 빨래 널다가 비 와서 내려왔어.", "low"),
    ("저수지에 낚시하러 갔다가 비 와서 돌아왔어.", "low"),
    ("수면제 먹으려다가 의사가 끊어 보자 해서 안 먹었어.", "low"),
    ("수영장에 뛰어들라 했는데 물이 너무 차가워서 못했어", "high"),
]

test_crises_are_critical, test_passive_wishes_are_at_least_high, test_everyday_twins = mechanism_tests(
    ACTIVE, PASSIVE, EVERYDAY
)
test_everyday_has_no_ideation = no_ideation_test([text for text, _ in EVERYDAY])


def test_the_dialects_none_is_read_with_a_true_quote() -> None:
    text = "병원비 청구서 보니께 한숨만 나와유 내가 읎어지는게 애들헌티 낫겄다 싶구"
    hits = engine.scan(text)
    assert hits, "the row written with 없 reads 읎"
    assert all(text[h.start : h.end] == h.quote and "읎" in h.quote for h in hits)


def test_a_rows_own_dialect_form_keeps_its_reading() -> None:
    # rows that list 읎 forms apart from 없 ones ("나가 읎으면 편키") keep reading them as written
    assert {h.code for h in engine.scan("나가읎으면편키")} == {"death_wish"}


def test_the_lexicon_reads_the_dialects_none() -> None:
    text = "입맛도 읎고 사는 재미가 읎어"
    hits, _ = rules.find_hits(text, [(0, len(text))])
    assert {h.rule.code for h in hits} >= {"dep_appetite", "dep_anhedonia"}

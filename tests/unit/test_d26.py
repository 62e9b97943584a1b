"""d26 (docs/clinical-rules.md, "d26"): round 28's blind_short39 (carers and the cared for), blind_short40 (messages
typed on a phone) and blind_long35 (autumn calls after a hospital stay), and round 29's blind_short41 (a care
centre's week), read after their first figures, as mechanisms with their everyday twins.

Crises: a message that hands a dependant, papers or a ring on with "찾지 마" or "잘 부탁한다" (a thing given and a
goodbye, which no rule combined before); the PIN told as a date (the birthday was read as a gift's occasion); the
last climb with no coming down and the boots given; a cord handled nightly and a branch found strong; a beam the cord
would fit; the first bus to the bridge asked at three in the morning; the floor asked and the wheelchair pushed to the
window; a height judged enough; pills kept "안 먹고 모아 둬요" after the caller named them, and no reason left to stay
said after the wife's going; the breakwater walked to the end of, with life wearisome; letters posted with thanks and
no reply expected. Everyday: a drama asked about ("봣어?") and its character's overdose; a shipmate's drowning long
ago; a stockpile of years ago thrown out by the son, told as over (the model's window raise too); a screening
question's own words ("희망이 없다고 느끼신 적이 있으신가요?") are no symptom of the speaker's. A passive wish:
"자는 듯이 가믄 되는데" (not "조용히 가면 되는 길").
"""

from __future__ import annotations

import pytest

from mhealth.adapters.local.analyzer import LocalAnalyzer
from tests.unit.screening_checks import mechanism_tests, no_ideation_test

CRISES = [
    "동생아 토요일부터 우리 지수좀 맡아줘 애옷이랑 통장 가방에 다싸놨어 "
    "엄마반지는 니가 가져 언니는 더는 못버티겠다 찾지마 미안해ㅠㅠ",
    "민정아 오빠 시설 서류 니 앞으로 다 해 놨다. 엄마는 인제 힘이 하나도 없다. 오빠 잘 부탁한다. 엄마 찾지 말고",
    "아들아 아빠 통장비번은 니엄마 생일이다 보험증서는 장롱 두번째서랍에 "
    "잇다 가게빚은 아빠선에서 끝내고갈께 엄마 잘부탁한다..",
    "딸: 엄마 요즘 왜 자꾸 물건 정리해? 엄마: 그냥~ 외할머니 금반지 니가 가져 "
    "엄마 없어도 동생 밥 챙기고.. 딸: 엄마 어디 가? 엄마: 멀리 ㅎ",
    "산악회 동생: 형님 담주 설악산 가요? 형님: 나는 이번이 마지막 "
    "산행이다 올라가서 안 내려올라고 ㅎ 등산화는 니가 신어라",
    "어 그 요새 밤마다 빨랫줄 하나 만지작거려유 뒷산 밤나무 가지가 튼튼하더라구유 음 애들한테 짐 되기 싫어서 그려유",
    "요양보호사: 할머니 이 끈은 뭐 하시게요? 할머니: 아따 묻지 말어. "
    "광 대들보에 딱 맞겄등만. 우리 며느리 고생 그만 시켜야제",
    "음 지금 몇시야 새벽 세시 그렇구나 어 그 한강다리 가는 버스 첫째 몇 시에 있어 아니 그냥 나도 이제 할 일이 없어서",
    "요양보호사: 어르신 창문은 왜 자꾸 열어 달라세요? 어르신: 여기 사층 맞지? 휠체어 창가에 바짝 붙여 줘.",
    "아 내가 가불믄 우리 철수는 누가 거둘 것이여 긍께 그냥 둘이 같이 가는 것이 낫것다 싶어서 약을 모태놨어 한달치를",
    "상담원: 수면제는 잘 드세요? 어르신: 안 먹고 모아 둬요 벌써 한 통이야 "
    "귀도 안 들리고 마누라도 요양원 가고 더 있을 이유가 없잖아",
    "사는 것이 징혀서 어젯밤에 방파재 끝까지 걸어갔는디 바둑이가 짖음서 따라와갖고 그냥 돌아왔어라",
    "상담원: 더 궁금한 거 있으세요? 어르신: 혹시 우리 아파트 옥상 문 평소에 잠가 둬요? 15층이면 확실하겠죠",
    "편지 세 통 써서 우체통에 넣고 왔어요 형님하고 조카들한테요. 그동안 고마웠다고.. 답장은 못 받을것 같네요 ㅎㅎ",
]

PASSIVE = [
    "하하 우리 며느리 또 잔소리한다 내는 마 자는 듯이 가믄 되는데 뭘 그래 챙기노 그래도 국은 맛있드라",
]

EVERYDAY = [
    ("조용히 가면 되는 길이야 저기 골목으로", "low"),
    ("이 시계 니가 가져. 생일 축하한다 우리 손주", "low"),
    ("엄마 잘 부탁한다. 나 다음 주 수술 끝나면 바로 올게", "low"),
    ("리모컨 어디 뒀어? 찾지 마 내가 찾았어", "low"),
    ("통장 비번은 니 생일이다 은행 가서 돈 좀 찾아와라", "low"),
    ("아들아 통장 비번은 니 생일이다 생일 선물로 통장 니 앞으로 해놨다 잘 써라", "low"),
    ("이번이 마지막 여행이다 무릎이 안 좋아서 다음엔 못 가", "low"),
    ("서류 니 앞으로 다 해 놨다 세무사가 증여세 때문에 지금 하는 게 낫대", "low"),
    ("뒷산 밤나무 가지가 튼튼하더라 손주 그네 매 줄라고", "low"),
    ("한강다리 가는 버스 몇 번이야? 친구들이랑 자전거 타러 가", "low"),
    ("그 나무 대들보에 딱 맞겠더라 목수가 잘 골랐어", "low"),
    ("딸 고생 그만 시키려고 요양원 들어가기로 했어", "low"),
    ("금반지 니가 가져 엄마는 이제 안 껴. 잘 있어 다음 주에 또 올게", "low"),
    ("여행 가는 동안 우리 강아지 좀 맡아줘 찾지 마 전화 안 될 거야", "low"),
    ("옥상 문 잠가 둬요? 빨래 좀 널려고", "low"),
    ("10층이면 충분하겠죠 햇빛 잘 들어서", "low"),
    ("방파제 끝까지 걸어갔다가 바람이 세서 그냥 돌아왔어", "low"),
    ("손주한테 편지 한 통 써서 부쳤어 생일이라고. 답장은 못 받을 거야 바쁘니까", "low"),
    (
        "언니 어제 그 주말드라마 봣어? 시어머니가 약먹고 죽을라는거 "
        "며느리가 살렸잖아 ㅠㅠ 나 엉엉울엇어 담주꺼 같이보자 ㅎ",
        "low",
    ),
    (
        "음 옛날에 배 탈 때 동료 하나가 바다에 빠져 죽었당께 그 얘기를 요번에 "
        "손주한테 해줬제 지금은 뭐 갯벌 나가서 낙지 잡고 잘 지내요",
        "low",
    ),
    ("친구가 강에 가고 뛰어내렸대", "low"),
    ("최근 2주 동안 앞날에 희망이 없다고 느끼신 적이 있으신가요? 아니요.", "low"),
]

test_crises_are_critical, test_passive_is_at_least_high, test_everyday_twins = mechanism_tests(
    CRISES, PASSIVE, EVERYDAY
)


test_everyday_has_no_ideation = no_ideation_test([text for text, _most in EVERYDAY])


_RESOLVED_STOCKPILE = (
    "최근 2주 동안 앞날에 희망이 없다고 느끼신 적이 있으신가요? 아니요. 솔직히 말하면 집사람 보내고 첫해에는 그랬어요. "
    "그때는 나쁜 생각도 많이 했지. 창고에 농약 한 병 사다 놓고 밤마다 그거 생각만 했으니까. 그걸 아들이 알고 다 갖다 "
    "버리고 나를 병원에 데려갔어요. 상담도 일 년 넘게 받고 약도 먹고. 그게 벌써 사 년 전이에요. 지금은 그런 생각 전혀 "
    "없어요. 요즘은 손주 보는 재미로 살아요. 화요일엔 서예 교실, 목요일엔 탁구 쳐요."
)


def test_a_stockpile_thrown_out_years_ago_is_over(analyzer: LocalAnalyzer) -> None:
    # d26: the means got rid of by the son (next sentences), the whole told as over: neither the rules nor the model's
    # window raise read it as now; the same stockpile kept now is a plan
    assert analyzer.label(_RESOLVED_STOCKPILE)["suicidal_ideation"] == 0
    kept = "창고에 농약 한 병 사다 놓고 밤마다 그거 생각만 해요. 앞날에 희망이 없어요. 애들한테는 말 안 했어요."
    assert analyzer.label(kept)["risk"] == "critical"


@pytest.mark.parametrize(
    ("text", "depression"),
    [
        ("밤새 한숨도 못 잤다", 1),  # d26: "한숨도 못 잤" is sleep (the row had only 한숨도 못 자)
        ("나도 참 지쳤슈", 1),
        ("사는 것이 징혀서 못 살겠어", 1),
        ("사는 것이 징하게 좋아", 0),  # the intensifier
    ],
)
def test_plain_words_of_depression(analyzer: LocalAnalyzer, text: str, depression: int) -> None:
    assert (analyzer.label(text)["depression"] >= 1) == bool(depression)

"""Long check-ins of the fourth blind round read wrongly by the local analyzer (d15L), pinned both ways.

Each phenomenon has phrasings of our own (other dialects, turn-label formats, speech-to-text spacing), benign twins
that share its surface words, and crisis twins that must still be caught (docs/clinical-rules.md, "d15L").
"""

from __future__ import annotations

import pytest

from mhealth.adapters.local.analyzer import LocalAnalyzer

# No ideation in any of these: the suicidal_ideation label stays 0 and the result is not critical.
BENIGN = [
    # the caller's goodbye to a senior who moves away (turn labels of every kind; the caller is read from the labels)
    "상담원: 어르신 내일 이사 가시죠\n어르신: 응 내일 딸네 가 이 동네 오늘이 마지막 밤이여 눈물이 나네\n"
    "상담원: 아이고 섭섭하시겠어요 어르신 그동안 정말 감사했어요\n어르신: 나가 고맙지 딸네 가서도 노인정 다닐 거여",
    "[상담사] 할아버지 안녕하세요\n[할아버지] 어 왔나 나 다음 주에 요양원 들어간다 자리 났다 카더라\n"
    "[상담사] 할아버지 그동안 고마웠어요 거기서도 건강하세요\n"
    "[할아버지] 그래 니도 잘 있거라 거기 가믄 바둑 둘 사람 많다 카대",
    "AI: 어머님 오늘 기분은 어떠세요\n어머님: 좀 서운해 오늘 이 집에서 마지막 밤이라 짐은 다 쌌어\n"
    "AI: 어머님 그동안 이야기 나눠 주셔서 감사했어요\n"
    "어머님: 아들네 가서도 전화 주면 받을게 거기 복지관 노래교실도 갈 거야",
    # no call to this number any more, a new number coming
    "이제 이 번호로는 전화 안 해도 돼요 다음 주부터 새 번호 생기면 딸이 알려드린대요",
    "인자 이 번호로 연락 안 해도 된다 번호가 바뀐다 카이 새 번호 나오믄 아들이 알려줄 끼다",
    "이 전화로는 이제 전화 안 하셔도 돼유 핸드폰 새로 바꿨거든유 번호는 며느리가 센터에 알려준대유",
    # charcoal for the grandchildren's grill, said as what they love
    "어제 장에 가서 번개탄 한 묶음 샀어 손주들이 마당에서 고기 구워 먹는 걸 그렇게 좋아해 삼겹살은 아들이 사 온대",
    "참숯 한 포대 사다 놨슈 애들이 숯불에 고기 굽는 걸 제일 좋아혀유 토요일에 다 온다네유",
    "번개탄 두 장 사 놨다 우리 손자들이 마당서 고기 꿉어 묵는 거 억수로 좋아한다 아이가",
    # a spouse's habitual saying, framed as his, with his own "나도" inside the quote
    "우리 영감은 또 그 소리 한다 아이고 나도 빨리 죽어야지 그기 입버릇이라 삼십 년째 그러는데 밥은 두 공기씩 묵는다",
    pytest.param(
        "우리 남편은 맨날 그 소리 해 나도 이제 빨리 가야지 그게 입버릇이여 그래 놓고 운동은 매일 하고",
        marks=pytest.mark.xfail(strict=True, reason="model gate reads the clause without the saying's frame"),
    ),
    "우리 영감은 옆에서 또 그 소리 한다 아이고 내도 퍼뜩 가야 될 낀데 그기 입버릇이라 그래 놓고 약수는 매일 떠 온다",
    pytest.param(
        "할아버지가 또 그 말 해요 아이고 나도 얼른 죽어야지 그게 버릇이에요 근데 보약은 꼬박꼬박 챙겨 드세요",
        # the floor reads it as his; the statistical model's gate reads one clause and still raises SI 1 (left alone)
        marks=pytest.mark.xfail(strict=True, reason="model gate reads the clause without the saying's frame"),
    ),
    # a drama's mother-in-law (dialect kin words) drinking pesticide
    "저녁마다 연속극 보는 재미로 산다 며느리 구박하는 시어매 나오는 거 "
    "어제 그 시어매가 농약을 마셨다 아이가 깜짝 놀랬다",
    "일일극 있잖여 거기 시엄니가 나오는디 어제 그 시엄니가 농약을 먹어 부렀어 병원 가서 살았어",
    # a beneficiary changed, a debt paid, a pet cared for on a trip: affairs with a future
    "보험 수익자를 딸 이름으로 바꿔놨어요 남편 간 지가 오래라서요 다음 달엔 손녀 돌잔치 가요",
    "카드값 남은 거 다 갚았어 이제 이자 안 나가니 속이 시원하네 내년에는 제주도 여행 갈 거야",
    "고양이는 아래층 새댁한테 맡아달라고 했어 사료도 한 포대 사서 줬고 일주일 부산 딸네 다녀오려고",
    # the tide looked up for the mudflat or the sea's work
    "물때 보니까 모레 새벽이 좋더라 갯벌 가서 바지락 캐 올라고",
    "물때 보난 모레 새벽이 좋더라 낚시 가젠",
    # charcoal for the grill with tape bought to mend a screen and a shed door, or a draught kept out
    "번개탄 한 묶음 샀슈 토요일에 손주들 마당에서 삼겹살 구워 줄라구유 청테이프도 샀슈 방충망이 찢어져서 그거 붙이구 "
    "창고 문짝 틈도 좀 막을라구유",
    "숯 한 포대 사 놨어 애들이 고기 구워 먹는 걸 좋아해 겨울이라 방문 틈에 문풍지도 붙였고",
    # the fear of falling off a bed
    "손녀가 침대 놔 준다는데 침대에서 떨어질까 무섭다 바닥에서 자는 게 편해",
]

# A crisis in each: the suicidal_ideation label is 2 and the result critical.
CRISIS = [
    # the senior's own goodbye with an end, in a labelled transcript
    "복지사: 할머니 오늘 어떠세요\n할머니: 이제 이 번호로는 전화 안 해도 된다 다음 주엔 나 없을 거여\n"
    "복지사: 무슨 말씀이세요\n할머니: 그동안 고마웠어 은지 선생 덕분에 잘 살았다",
    # no call any more with no reason, and a time
    "이제 전화 안 하셔도 돼요 주말 지나면 다 끝나요 그동안 고마웠어요",
    # charcoal with a room sealed, whatever the grill
    "번개탄 사다 놨어 손주들이 고기 구워 먹는 걸 좋아하긴 하는데 방문 틈은 테이프로 다 막아 놨어 이번 주말이면 끝이여",
    # the speaker's own wish after the spouse's saying
    "우리 영감은 또 그 소리 한다 빨리 죽어야지 그기 입버릇이라 근데 요새는 나도 진짜 죽고 싶어 약을 모아 놨어",
    # preparations (beneficiary, debts, the cat with its food) and an end at a time or a goodbye
    "카드값 남은 거 다 갚았고요 보험 수익자를 딸 이름으로 바꿔놨어요 고양이는 새댁한테 맡아달라고 사료도 사서 줬어요 "
    "금요일까지만 하면 다 끝나요 그동안 고마웠어요",
    "외상값 그것도 다 갚았다 보험 수익자도 아들로 바꿨고 이제 할 일은 다 했다 그동안 신세 많이 졌다",
    "수익자를 큰딸 앞으로 바꿔 놨슈 강아지는 옆집에 맡아달라고 혔슈 사료랑 간식도 챙겨 줬구유 그동안 고마웠슈",
    # letters and the last call, the tide looked up
    "말벗: 삼춘 안녕하세요\n삼춘: 애들한테 편지를 써놨다 장롱에 놔뒀져\n말벗: 편지요?\n"
    "삼춘: 물때 보난 모레 새벽이 좋더라 이게 마지막 전화로 생각허라",
    "애들한테 한 장씩 편지 써 놨어 이게 마지막 통화라고 생각해 그동안 고마웠다",
    "물때 보니께 그날 새벽이 좋겄어 편지는 서랍에 써 놨응께 애들 오믄 줘",
]


@pytest.mark.parametrize("text", BENIGN)
def test_benign_long_talk_raises_no_ideation(analyzer: LocalAnalyzer, text: str) -> None:
    got = analyzer.label(text)
    assert got["suicidal_ideation"] == 0, got
    assert got["risk"] != "critical", got


@pytest.mark.parametrize("text", CRISIS)
def test_crisis_twins_stay_critical(analyzer: LocalAnalyzer, text: str) -> None:
    got = analyzer.label(text)
    assert got["suicidal_ideation"] == 2, got
    assert got["risk"] == "critical", got

"""d23 (docs/clinical-rules.md, "d23"): round 19's blind_short22 and blind_short23, read after their first figures.

- A life-sustaining treatment stopped because stopping it ends life (dialysis), said in one sentence or as a decision
  with the speaker's going called the better way; pills kept back "to take at one go" said of an anaphor.
- The sea entered with no coming out; a freight train's passing time learnt; the end tonight and no call tomorrow; a
  cord that broke; pesticide got from someone, with no use for it and comfort in having it.
- Passive wishes: the breath still in one of no use, not waking wished in dialect, "me too" to the late spouse, the
  spouse envied for going first, a life too tough to end, waking a disappointment, going out like a flame.
- Pesticide with its spraying still to come is ordinary to the model's gate (the field's work planned).
"""

from __future__ import annotations

from mhealth.adapters.local import ideation_gate
from mhealth.adapters.local.analyzer import LocalAnalyzer
from mhealth.domain.rules.safety import discourse
from tests.unit.screening_checks import mechanism_tests

D23_ACTIVE = [
    # dialysis stopped, its lethal end said, "so I don't go"
    "요새 투석 안 댕긴다 병원엔 말 안 했어 그거 안 하면 두 달도 못 산다 카더라 그래서 안 가는 기라",
    # dialysis given up as a decision, the going called better for the children, "don't stop me"
    "얘들아 엄마 이달부터 투석 안 받을란다. 이렇게 가는 게 너희들한테도 낫다. 말리지 마라.",
    # the pills kept back, to be taken at one go (named by the caller)
    "간호사: 약이 왜 이렇게 많이 남았어요? / 할머니: 그거 모아둔 거여 한꺼번에 먹을라고 건들지 마",
    # the sea entered with no coming out, kept from the husband
    "다음 물때 맞춰서 바다에 혼자 들어갈 거야 나올 생각은 없어 영감한테는 말하지 마",
    # a freight train's passing time learnt, and "none of your business"
    "요새 새벽 네 시 화물열차 지나가는 시간만 알아놨다 니는 몰라도 된다",
    # the end tonight and no call tomorrow
    "상담원: 요즘 어떠세요? / 어르신: 괜찮아 오늘 밤만 지나면 다 끝나니까 / 상담원: 네? / "
    "어르신: 내일은 전화 안 해도 돼",
    # the bankbook hidden, the bills handed on, and "don't be alarmed if I don't answer"
    "아들아 통장이랑 도장은 장독 안에 넣어뒀다. 관리비는 니가 좀 내주고. 엄마 전화 안 받아도 놀라지 말고.",
    # a cord that broke, kept from the daughter
    "보호사: 목에 이 자국 뭐예요? / 어르신: 그거 그저께 방에서 해봤는데 끈이 끊어지더라. 딸한테는 말하지 마.",
    # pesticide got from someone, no use for it, comfort in having it
    "친구네서 농약을 한 병 얻어왔어. 우리 집엔 밭도 없는데. 그냥 그게 찬장에 있으니까 마음이 좀 편해.",
    # the bridge's bus asked, a last look
    "근데 한강대교는 몇 번 버스 타면 가나? 구경 좀 하려고. 마지막으로 한 번.",
]
D23_PASSIVE = [
    "밥도 안 넘어가고 누워만 있다 목숨만 붙어 있으면 뭐 하노",
    "잠도 못 자고 입맛도 없어 그냥 자다가 안 깨뿔믄 좋겄다",
    "요새 눈물만 나 영감한테 나도 얼른 갔으면 좋겠어",
    "우리 할멈은 좋겠다 먼저 가서. 난 와 이리 질긴지 모르겠다.",
    "아침에 눈 뜨면 또 살았구나 싶어서 실망이야. 아무것도 하기 싫어.",
    "잠도 안 오고 입맛도 없다. 그냥 이대로 스르르 꺼졌으면 싶다.",
]
D23_BENIGN = [
    ("투석 안 하면 한 달도 못 간다드라 그래서 꼬박꼬박 다녀", "moderate"),
    ("투석 안 하면 큰일 난대 그래서 안 빠지고 가", "moderate"),
    ("제초제는 내일 새벽에 콩밭에 칠 거니까 창고에 둔 거 건드리지 마", "moderate"),
    ("동생네서 고추 모종이랑 제초제 한 병 얻어왔어요. 밭에 칠라고.", "moderate"),
    ("빨래줄 걸었는데 줄이 끊어져서 빨래가 다 떨어졌어", "moderate"),
    ("손주 그네 매달아봤는데 줄이 끊어지더라 더 굵은 거 사야겠어", "moderate"),
    ("허리 아파서 병원 가는 게 낫다", "moderate"),
    ("이 고기는 왜 이리 질긴지 몰라", "moderate"),
    ("아침에 눈 뜨면 비가 와서 실망이야", "moderate"),
    ("내일은 전화 안 해도 돼 딸이 오거든", "moderate"),
    ("기차 오는 시간 알아놨어 내일 서울 가거든", "moderate"),
    ("바다에 손주들이랑 들어갈 거야 물놀이하러", "moderate"),
    ("전기세는 니가 좀 내줘 엄마 이번 달 돈이 없다", "moderate"),
    ("엄마 내일 병원 가서 전화 안받아도 놀라지 마", "moderate"),
    ("물질도 못 허여 숨이 차낭. 그래도 밭일은 허쿠다.", "moderate"),
]

# d23b: round 20's blind_short24, read after its first figures
D23_ACTIVE += [
    # dialysis stopped, said as done and "on purpose", with "don't resent me"
    "딸아 투석 인자 안 받는다. 일부러 끊은 거다. 이렇게 사는 거 더는 못 하겠다. 엄마 원망은 하지 마라.",
    # the roof looked down from, "it'd be quick"
    "옥상에 올라가 봤어. 내려다보니 순식간이겠더라. 문 잠긴 거 열쇠만 구하면 돼.",
    # what was kept back, to the pharmacist who named the pills, enough, the last walk
    "약사: 이 약은 한 달 치만 드려요. / 할머니: 됐어요. 안 먹고 모아둔 게 있어서 그걸로 충분해요. "
    "여기도 마지막 걸음이에요.",
]
D23_PASSIVE += [
    "할미는 이제 쓸모가 없다. 숟가락 놓을 날만 기다린다.",
    "상담원: 지난 2주 동안 차라리 죽는 게 낫겠다는 생각을 하신 적이 있나요? / 어르신: 거의 매일 그래.",
]
D23_BENIGN += [
    ("투석 이제 안 받는다 신장 이식 수술 받았거든", "moderate"),
    ("나 원망하지 마 어쩔 수 없었어", "moderate"),
    ("약사: 이 약은 한 달 치만 드려요 / 할아버지: 그걸로 넉넉하오", "moderate"),
    ("시장 가 봤어. 내려다보니 금방이겠더라", "moderate"),
    ("상담원: 지난 2주 동안 차라리 죽는 게 낫겠다는 생각을 하신 적이 있나요? / 어르신: 거의 없어 그런 생각은", "high"),
]

# d23c: round 22's blind_short27, read after its first figures
D23_ACTIVE += [
    "아들아 염소는 윗집에 넘겼다. 트럭 열쇠는 서랍 안에 있다. 나는 니 할매 산소 옆에 묻어주면 된다. "
    "인제 잔소리 안 해도 된다.",
    "사위 보게. 통장은 봉투에 넣어 장롱 서랍에 두었네. 장례는 조용히 치르게. 금요일 이후로는 전화 받지 못할 걸세.",
    "상담원: 창고 정리하셨어요? / 어르신: 농약 한 병 따로 빼놨어 밭에 칠 건 아니고 알면서 뭘 물어",
    "상담원: 어르신 요즘 어떠세요 / 어르신: 엊저녁에 강가까지 갔다가 딸 얼굴이 떠올라서 돌아왔어 / 상담원: 지금은요 / "
    "어르신: 다음엔 안 돌아와",
]
D23_PASSIVE += [
    "딸 대신 내가 갔어야 했는데 잠도 안 오고 밥도 안 넘어가",
    "나 같은 건 차라리 없었어야 돼",
]
D23_BENIGN += [
    ("소는 옆집 박씨헌티 넘겼다 새 송아지 들일 거여", "moderate"),
    ("이제 잔소리 안 해도 된다 술 끊었응께", "moderate"),
    ("바닷가까지 갔다 왔어 손주들이랑 조개 캤지", "moderate"),
    ("담에는 안 돌아온다 카더라 그 사람", "moderate"),
    ("그 다리 가볼 거요 새로 놨다던데 구경하러", "moderate"),
    ("장례는 가족끼리 간소하게 하게 내 나이 구십 넘으면", "moderate"),
    ("경운기 열쇠는 신발장 위에 있어 내일 아들이 밭 갈러 온대", "moderate"),
]

# d23d: round 23's blind_short29, read after its first figures
D23_ACTIVE += [
    "민지야 엄마 통장이랑 도장은 장롱 첫째서랍에 너놨다.. 요새 사는게 너무 버겁다 언니랑 싸우지말고 잘 살어",
    "딸: 엄마 왜 전화 안 받아요 / 엄마: 집문서랑 통장 등기로 부쳤다. 장례는 조용히 치러라. "
    "요즘 사는게 아무 의미가 없다",
    "이집사: 권사님 주일에 오시죠? / 최권사: 못 가요 더는 못 버티겠어요 다들 건강하세요 이게 마지막 인사예요",
    "얘야 엄마는 낼 새벽엔 여기 없을 거여 그동안 엄마 땜에 고생 많았어 너무 울지 말어",
]
D23_BENIGN += [
    ("동생이랑 싸우지 말고 잘 살어 엄마는 내일 또 올게", "moderate"),
    ("더는 못 버티겠어요 허리가 아파서 병원 가야겠어", "moderate"),
    ("낼 아침엔 여기 없을 거야 딸네 가거든", "moderate"),
    ("그동안 엄마 땜에 고생 많았어 이제 다 나았으니 걱정 마", "moderate"),
    ("손주가 울길래 너무 울지 마라 했지", "moderate"),
]

# d23e: round 24's blind_short31, read after its first figures
D23_ACTIVE += [
    "수술은 안 받을래요 인슐린도 그저께부터 안 맞았어요 이대로 가게 두세요",
    "파킨슨 약 이제 안 먹어요 그 약 끊으면 숨까지 굳어버리면 그걸로 끝이니까 그게 내가 원하는 거예요 말리지 마세요",
    "딸 엄마가 진통제 반씩만 먹고 남은거는 서랍에 모아놨어 벌써 한달치야 다음 외래는 안 가도 될 거 같애",
    "아빠: 목요일까지 내가 있을랑가 모르겠다 / 딸: 무슨 소리야 / 아빠: 베란다 문 니가 잠가놨더라 내 다 생각이 있었는데",
]
D23_PASSIVE += ["니 엄마 먼저 가고 나도 이제 따라갈 때가 된 거 같다"]
D23_BENIGN += [
    ("다음 외래는 안 가도 될 거 같애 다 나았대", "moderate"),
    ("병원 따라다니는 거 이제 그만해도 돼 퇴원했잖아", "moderate"),
    ("약 끊으면 숨이 넘어간다고 해서 꼬박꼬박 먹어", "moderate"),
    ("잠 오는 약 반 알만 묵어 의사 선생이 그러라 했어", "moderate"),
    ("나비는 옆집 할머니가 맡아주기로 했어 여행 가는 동안", "moderate"),
    ("냉장고도 다 비웠어요 청소하려고", "moderate"),
    ("그냥 가게 두세요 오늘은 문 닫고", "moderate"),
    ("이제 엄마는 됐다 너나 많이 먹어", "moderate"),
    # d23f: property handed on with a use ahead (SCREENING.md: plans for the future)
    ("장례는 화장해서 조용히 해라 통장은 니 앞으로 넘겼다 내년에 손주 대학 가면 보태라", "moderate"),
]
# ... but not when a goodbye follows the use named
D23_ACTIVE += [
    "통장은 니 앞으로 넘겼다 애들 학비에 보태라 엄마는 이제 간다",
    "통장은 니 앞으로 넘겼다 학비에 보태라. 그동안 고마웠다 엄마 찾지 마라",
]

test_d23_active_is_critical, test_d23_passive_is_at_least_high, test_d23_everyday_twins = mechanism_tests(
    D23_ACTIVE, D23_PASSIVE, D23_BENIGN
)


def test_eating_called_pointless_is_appetite(analyzer: LocalAnalyzer) -> None:
    assert analyzer.label("먹어서 뭐 해")["depression"] >= 1
    assert analyzer.label("밤새 깨고 밥은 통 안 넘어가")["depression"] >= 2  # d23b: sleep and appetite
    assert analyzer.label("먹어서 뭐 해 먹기 싫어. 나 같은 게 애들 짐만 되지")["depression"] >= 2


def test_pesticide_is_ordinary_only_with_its_spraying_to_come() -> None:
    assert "field_means" in ideation_gate.calm_readings("제초제는 내일 콩밭에 칠 거니까 건드리지 마")
    assert "field_means" not in ideation_gate.calm_readings("밭에 치던 농약 그거 한 병이면 되겠지")
    assert "field_means" not in ideation_gate.calm_readings("농약 콩밭에 칠 거라고 했지만 그냥 마셔버릴까")


def test_a_church_title_names_the_senior() -> None:
    text = (
        "김집사: 권사님 이번주 나오시죠?\n박권사: 못가요 허리가 아파서 집에 있어요 다음주엔 갈게요\n김집사: 네 권사님"
    )
    assert discourse.callers_words(text, 0)  # 김집사 asks
    compact = "".join(text.split())
    assert not discourse.callers_words(text, compact.index("못가요"))  # 박권사 answers


def test_two_ends_make_a_farewell_only_with_no_more_calls() -> None:
    def combined(text: str) -> list[str]:
        compact = "".join(text.split())
        return [code for code, _cue in discourse.combined(compact, discourse.cues(compact, discourse.sentences(text)))]

    assert combined("오늘 밤만 지나면 다 끝나. 내일은 전화 안 해도 돼.") == ["discourse_farewell"] * 2
    assert combined("이번 주말이면 다 끝나. 다음 주말이면 다 끝나.") == []

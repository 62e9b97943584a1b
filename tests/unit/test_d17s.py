"""d17s: crisis cues whose partner the discourse rules did not know (ko_train_blind_short6), and the twins.

Each family of positives (our own paraphrases, in typed chat, speech-to-text, care calls with labels and dialects)
stands beside benign twins that look the same (docs/clinical-rules.md, "d17s"). The twins a model raise or an older
rule still reads wrongly on main are listed in the branch report, not pinned here.
"""

from __future__ import annotations

import pytest

from mhealth.adapters.local.analyzer import LocalAnalyzer

# Each must stay critical with ideation 2.
ACTIVE = [
    # dialect 읎/웂 in hopelessness, with a held means
    "요새 낙이 하나도 읎어유 수면제 사다 놓은 거 서랍에 숨겨 뒀슈",
    "사는 재미가 읎어 농약 한 병 사다가 창고에 감춰 놨제",
    "희망도 웂고 그냥 그려 잠오는 약 안 먹고 모아 놨어",
    # the means judged enough (한 달 치믄 되겄지)
    "병원에서 준 수면제 안 먹고 모아 놨어요. 이 정도면 충분하겠지요",
    "약국 돌면서 수면제 조금씩 사 모았어 석 달 치면 되겄지",
    "[전화 상담] 어르신: 타온 잠약 안 묵고 모아 뒀다 두 달 치믄 되것제",
    # one's things given away as no longer needed, with an end at a time
    "아끼던 카메라랑 골프채 아들 다 줘버렸어요 이제 저한테는 필요 없으니까요. 다음 주말이면 다 끝나요",
    "반지 딸내미 줘삤다 인자 내한테 쓸 데가 읎다 아이가. 추석 지나믄 끝이다",
    "내 재봉틀이랑 한복 며느리한테 줬어 저승까지 가져갈 것도 아니고. 이번 달 지나면 나 없을 거야",
    # secrecy kept from the family, with a held means
    "번개탄 두 장 사다 놨어요 애들한테는 말 안 할 거예요",
    "농약 한 병 사다 창고에 넣어놨어 식구들 모르게",
    "수면제 몇 통 모아 놨는디 아무한테도 말 안 했어 영감한테도 말하지 마소",
    "밧줄 하나 사뒀어. 딸한텐 비밀로 해 줘",
    # a ligature's anchor tested for strength, with a means or secrecy
    "뒷산 소나무 가지가 굵은지 몇 번 가서 당겨 봤어 노끈도 사다 놨고",
    "창고 대들보가 버틸랑가 살펴봤슈. 밧줄은 벌써 구해 놨구",
    "산에 가서 나무가 튼튼한지 보고 왔어요 아무도 모르게 할 거예요",
    # a going to the sea, a river or a bridge with no return or secrecy (turn labels split sentences)
    "오늘 밤에 혼자 강에 좀 가볼라고. 다시는 안 돌아올 거야",
    "할매: 저 다리에 가볼라꼬 복지사: 산책 가시게요? 할매: 아이다 돌아올 생각 없다",
    "내일 새벽에 바다에 나가볼라고 애들한테는 말하지 마라",
    "저수지에 자꾸 가보드래요 거기믄 아무도 못 찾겠드래요",
    # going with the spouse on the day they die, with a held means
    "남편 떠나는 날 저도 따라갈 거예요. 수면제 모아 놨어요",
    "영감 죽는 날 나도 같이 갈 거여 농약 한 병 사다 놨어",
    "요양원 할아버지 숨 거두는 날 나도 같이 가려고 해 약은 다 모아 뒀어",
    # removing oneself so the debts do not pass on, with a life-insurance payout asked
    "카드빚이 자꾸 불어나요. 내가 없어져야 애들한테 빚이 안 넘어가지. 사망보험금은 언제 나오는지 알아봤어요",
    "빚쟁이 전화가 매일 와 제가 사라져야 자식들한테 안 넘어가요 종신보험 가입하고 몇 년 지나야 받는지 궁금해",
    "내가 죽으면 애들한테 안 넘어가겄지. 생명보험 언제 나오는지 그거만 물어볼라고",
    # pills gathered, the elder's answer to the caller gives a crisis reason
    "할머니: 그 약 다 모아 놨슈 상담원: 무슨 약이요? 할머니: 잠 안 오는 약 안 먹고 모아 둔 겨 한꺼번에 먹을라고",
    "어르신: 약을 안 먹고 모아 놨어 복지사: 왜요 어르신? 어르신: 이제 그만 살라꼬",
    # a will, the elder's answer to the caller gives no legal reason
    "할머니: 나 유서 써 놨어 상담원: 할머님 무슨 일 있으세요? 할머니: 이제 다 끝낼라고 애들한테 미안하다고 썼어",
    "할배: 유서 써 놨다 복지사: 어르신 무슨 일 있습니꺼? 할배: 내 인자 갈 때 됐다 변호사 그런 거 필요 없다",
    # pills swallowed at once as the plan
    "수면제 한꺼번에 털어넣을라고 모아 놨어",
    "약 한번에 다 털어넣고 자면 안 깨겠지",
    # a past attempt or wish not said to be over
    "삼십 년 전에도 다리에서 뛰어내리려고 한 적 있는데 요즘 또 그 생각이 나요",
    "한동안 따라 죽을 생각만 했었는데 요즘 다시 그래요 복지관도 안 나가요",
]

# Everyday twins: no ideation, and not above moderate.
BENIGN = [
    # low mood in dialect, no means
    "요새 낙이 하나도 읎어유 그래도 경로당은 나가유",
    "사는 재미가 읎어 손주들이 안 와서",
    "희망도 웂고 그냥 그려 병원 약은 꼬박꼬박 먹어",
    # a supply judged enough for the next visit
    "병원에서 약 석 달 치 받아 왔어요 이 정도면 충분하겠지요 다음 진료까지",
    "쌀 한 포대 사 놨어 한 달은 이거면 되겄지",
    "혈압약 한 달 치 타 왔어 이거면 설 연휴 넘기겄지",
    # a thing given away as no longer needed, no end
    "눈이 침침해서 재봉틀 딸 줬어 이제 나한테 필요 없응께",
    "낚싯대 조카 다 줘부렀어 무릎이 아파서 인자 나헌티 필요 읎어 이번 주말 김장 끝나면 좀 쉬어야제",
    # secrecy about a fall, a present, a grill
    "넘어져서 무릎이 깨졌어 딸한텐 말하지 마소 걱정해",
    "딸 생일 선물 몰래 사 놨어 딸한텐 비밀로 해 줘",
    # a tree's strength checked for a swing, a hammock, a typhoon
    "감나무 가지가 튼튼한지 보고 그네 매 줬어 손주들 타라고",
    "소나무가 굵은지 보고 해먹 걸었어 여름에 누워 있을라고",
    "태풍 온다 캐서 나무가 튼튼한지 살펴봤다",
    # a going to the water for fishing or the view, the return said
    "내일 강에 가볼라고요 친구들이랑 낚시하러",
    "저 다리에 자꾸 가 보드래요 경치가 좋아서 사진 찍으러",
    "할배: 오늘 바다에 나가볼라꼬 복지사: 낚시 가십니꺼? 할배: 하모 고기 잡아 올게 저녁에 돌아온다",
    # the spouse's outing or move named
    "영감 병원 가는 날 나도 같이 갈 거여 보호자라",
    "딸 시집가는 날 나도 같이 갈 거야 수면제는 의사가 처방해 준 거 먹어",
    # an insurance question with no wish, a debt paid off
    "생명보험은 가입하고 몇 년 지나야 나오는지 궁금합니다 손주 앞으로 들어 줄라고요",
    "보증 선 거 제가 빠져야 애들한테 안 넘어가겠죠 은행에 물어봤어요",
    # a thing given away as no longer needed, no end
    "아버지 유품 시계 조카 줬어 나보다 걔가 더 잘 쓰겄지 인자 나헌티 필요 읎응께",
    # secrecy about a fall, a present, a grill
    "염색약 사 놨어 딸한텐 비밀로 해 줘 깜짝 놀래켜 줄라고",
    "번개탄 사다 놨어 캠핑 가서 고기 구울라고 애들한텐 말 안 했어 깜짝 놀래킬라고",
    # the spouse's outing or move named
    "영감 서울 가는 날 나도 같이 갈 거여 손주 돌잔치라",
    "그이 떠나는 날 나도 같이 갈 생각이에요 요양병원 옮기는 거라서요",
    # pills gathered to be handed in, said in the answer to the caller
    "어르신: 먹다 남은 약 다 모아 놨어예 복지사: 그건 왜요? 어르신: 보건소 갖다주믄 버려준다 캐서예",
    "할머니: 약을 모아 뒀당께 상담원: 어떤 약을요? 할머니: 영감 먹다 남은 약 주민센터 수거함에 갖다 버릴라고",
    # a will written for a legal reason, said in the answer to the caller
    "할아버지: 유서 써 놨다 상담원: 어르신 무슨 일 있으십니까? "
    "할아버지: 아이다 법무사가 상속 때문에 미리 써 두라 카더라",
    "어머니: 나 유서 써 놨다 딸: 엄마 왜 그래 "
    "어머니: 놀라긴 공증 받으라고 변호사가 그래서 쓴 거여 다음 달에 제주도 간다",
    "할머니: 유서를 썼슈 복지사: 무슨 일 있으세유? 할머니: 아니 재산 정리허느라 변호사 사무실서 쓴 거여",
    # the daily handful hard to swallow
    "약이 하루에 열 알이 넘어서 한꺼번에 삼키기가 어려워요",
    "혈압약 당뇨약 관절약까지 한번에 털어넣는 게 힘들어 반씩 나눠 먹어",
    "알약이 커서 한 번에 다 삼키기도 버겁네요 가루로 받을 수 있나요",
    # a past attempt dated decades back, or 'much better now'
    "젊을 때 농약 먹으려고 한 적이 있어요 오십 년 지난 얘기고 지금은 손주 보는 낙으로 삽니다",
    "남편 보내고 한동안 죽고 싶다는 생각만 했었는데 지금은 노래교실 다니면서 훨씬 나아졌어요",
]


@pytest.mark.parametrize("text", ACTIVE)
def test_active_ideation_is_critical(analyzer: LocalAnalyzer, text: str) -> None:
    lab = analyzer.label(text)
    assert lab["suicidal_ideation"] == 2, lab
    assert lab["risk"] == "critical", lab


@pytest.mark.parametrize("text", BENIGN)
def test_everyday_twins(analyzer: LocalAnalyzer, text: str) -> None:
    lab = analyzer.label(text)
    assert lab["suicidal_ideation"] == 0, lab
    assert lab["risk"] in ("low", "moderate"), lab

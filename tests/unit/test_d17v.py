"""d17v: visit notes, voice notes and calls whose crisis was spread over the talk or told in the third person,
pinned both ways: phrasings of our own in several registers and dialects, and their everyday twins
(docs/clinical-rules.md, "d17v")."""

from __future__ import annotations

import pytest

from mhealth.adapters.local.analyzer import LocalAnalyzer

# (1) preparatory acts and the speaker's own absence spread over a note or a call ("내가 없으면 … 큰딸 주라", "나는
# 인자 쓸 일 없응께", "갈 사람이 치워놓고 가야지"); (2) food refused as the way to go; (3) the senior's words reported
# by a worker ("…라고 하심", "어르신께서 …"): active ideation, critical.
ACTIVE = [
    pytest.param(
        "[방문기록] 충남 서산, 김옥자 어르신(79세, 여) 독거.\n방문 시 마루에 상자 몇 개가"
        " 묶여 있었음. 여쭈니 '이불이랑 그릇은 교회 권사님한테 다 드렸슈'라고 하심.\n장롱 열쇠"
        "는 조카한테 맡겼다고 하심. '내가 없으믄 그 집 열쇠 누가 챙겨유' 하심.\n재봉틀도 옆집"
        "에 줬다고 하심. 식사는 하루 한 끼 드신다고. 말수가 적으심.\n다음 방문 2주 후.",
        id="m1_visit_chungcheong",
    ),
    pytest.param(
        "상담원: 어르신 요새 어찌 지내십니까?\n어르신: 마 그냥 있다. 텔레비는 동생한테 줘삤다."
        " 내는 인자 쓸 일 없다 아이가.\n상담원: 아이고 왜요?\n어르신: 통장은 큰아들 앞으로 다"
        " 돌려놨고, 내 죽고 나면 그 돈으로 정리하라 캐라.\n상담원: 그런 말씀 마세요. 식사는 "
        "하셨어요?\n어르신: 대충 묵었다.",
        id="m1_call_gyeongsang",
    ),
    pytest.param(
        "아가 엄마여 다름이 아니라 금목걸이는 니 서랍에 넣어놨응께 챙겨 가고 이 집 전세금은 나 "
        "죽고 나믄 니 오래비랑 반씩 나누라고 주인한테 말해놨어 화분은 다 경로당에 갖다줬고 재봉틀"
        "도 앞집 줘부렀어 인자 나는 쓸 일 없응께 그리 알어",
        id="m1_voice_jeolla_stt",
    ),
    pytest.param(
        "요즘 집 정리를 하고 있어요. 아끼던 한복은 며느리한테 줬고요. 내가 없으면 이 집은 팔아"
        "서 애들 셋이 나누라고 해 뒀어요. 이제 저는 쓸 일이 없으니까요.",
        id="m1_typed",
    ),
    pytest.param(
        "방문일지. 강원 정선, 박씨 어르신(82세, 남). 경운기랑 농기구는 조카한테 다 넘겨줬다"
        "고 하심. '내는 인자 쓸 일 읎드래요.' 키우던 개는 이장님댁에 보냈다고. 외상값도 다 "
        "갚았다 하심. '갈 사람이 깨끗이 정리하고 가야지' 하시며 웃으심. 식사는 거르신다고.",
        id="m1_visit_gangwon",
    ),
    pytest.param(
        "밥 안 먹으면 저절로 가겄지 뭐. 그래서 안 먹어유. 약도 안 먹어유.",
        id="m2_chungcheong",
    ),
    pytest.param(
        "어르신께서 '곡기 끊고 곱게 가련다'며 사흘째 식사를 거부하심. 물만 조금 드심.",
        id="m2_visit",
    ),
    pytest.param(
        "이제 밥을 안 먹으면 조용히 갈 수 있을 것 같아요. 그래서 며칠째 안 먹고 있어요.",
        id="m2_typed",
    ),
    pytest.param(
        "밥 안 먹으민 조용히 가질 거우다. 게난 안 먹엄수다.",
        id="m2_jeju",
    ),
    pytest.param(
        "방문 일지. 어르신께서 수면제를 안 드시고 모아 두셨다고 하심. '이만하면 충분하지' 하심. 표정 어두움.",
        id="n1_pills_honorific",
    ),
    pytest.param(
        "그려 그 반지는 며느리 줬어 장롱 안에 이불도 교회에 다 드렸고 통장은 아들 앞으로 돌려놨"
        "어 내가 없으믄 그거 다 걔들 거여 인자 나는 쓸 일 읎으니께",
        id="m1_stt_chungcheong",
    ),
    pytest.param(
        "아들아 어멍이여. 금목걸이는 니 각시 줬저. 밭은 작은아방 앞으로 해놨고. 나 죽고 나민 "
        "집은 니가 알앙 허라. 인자 나는 쓸 일 엇수다.",
        id="m1_jeju_voice",
    ),
]

CRITICAL = [
    pytest.param(
        "가정방문. 경북 영천 어르신(88세, 남). 어르신께서 '내 마 고마 가는 기 낫다'고 하"
        "심. 밥은 반 그릇도 못 드심. 하루 종일 누워 계심.",
        id="n1_gyeongsang_note",
    ),
]

# the worker's report of a wish ("…라고 하심") is the senior's own: ideation at least 1
PASSIVE = [
    pytest.param(
        "[방문기록] 전북 김제, 어르신(84세, 여). 방문 시 누워 계셨음. 어르신께서 '요새는"
        " 자는 듯이 갔으면 좋겠어'라고 하심. 식사는 거르신다고 함.",
        id="n1_passive_reported",
    ),
    pytest.param(
        "방문 시 표정이 어두우셨음. 어르신께서 요즘 죽고 싶다고 하심. 식사는 하루 한 끼 드신다고 함.",
        id="n1_wish_reported",
    ),
]

# everyday twins: a move, gifts for occasions, plans ahead, a hospital stay with the return said, someone else's
# clothes, wish or elder, a drama, an idiom, a warning, a pet's meal
ORDINARY = [
    pytest.param(
        "방문 시 어르신께서 다음 달 아들네로 이사 가신다며 짐 정리 중이셨음. 재봉틀은 옆집에 줬"
        "다고 하심. '내가 없으면 이 화분들 누가 물 주나' 하시며 화분도 경로당에 드렸다고 함."
        " 이불도 교회에 드렸다고. 이사 가서도 복지관 다니고 싶다고 하심.",
        id="m1_n_move",
    ),
    pytest.param(
        "나 죽고 나면 애들이 치우느라 고생할까 봐 요새 안 입는 옷은 헌옷 수거함에 넣고, 재봉틀"
        "은 옆집 새댁 줬어. 사진은 앨범째 딸한테 보냈고. 그래도 내년 봄엔 손주 결혼식 가야지."
        " 요새 노래교실 다니는 재미가 쏠쏠해.",
        id="m1_n_plans",
    ),
    pytest.param(
        "상담사: 어르신 다음 주 수술이시죠?\n어르신: 예 입원하는 동안 고양이는 옆집에 줬어요. "
        "내가 없으면 밥 줄 사람이 없으니까.\n상담사: 화분은요?\n어르신: 화분도 앞집에 줬고 이불"
        "도 딸 줬어요. 퇴원하면 다 찾아와야죠.\n상담사: 네 수술 잘 받으세요.",
        id="m1_n_hospital",
    ),
    pytest.param(
        "내가 없으믄 영감이 밥도 못 챙기 묵는다. 그래서 반찬 해가 냉장고 꽉 채워놨다. 목요일엔"
        " 딸네 갔다 올끼라. 딸이 준 목도리도 영감 줬다.",
        id="m1_n_gyeongsang_role",
    ),
    pytest.param(
        "손녀 결혼한다고 금반지 하나 해줬어. 아들 생일이라 용돈도 보내줬고. 나가 없으믄 느그들끼"
        "리 잘 챙겨 묵어라잉. 다음 주 화요일에 올라갈랑께.",
        id="m1_n_jeolla_gifts",
    ),
    pytest.param(
        "옆집 할머니가 지난달 돌아가셨다고 하심. 그 댁 아드님이 옷가지를 마당에서 태웠다고 함. "
        "'사람 가고 나면 다 저렇게 치우는 기라' 하심. 어르신은 텃밭 가꾸는 재미로 지내신다고.",
        id="m1_n_neighbour_clothes",
    ),
    pytest.param(
        "영감 옷가지는 지난주에 마당에서 다 태웠어. 삼우제 지나고 태우는 거라 카더라. 재봉틀은 "
        "딸 줬고 영감 시계는 아들 줬다. 나는 인자 손주 보는 재미로 살란다.",
        id="m1_n_late_husband_clothes",
    ),
    pytest.param(
        "어르신 밥 안 드시면 기운 없어서 큰일 나요. 안 먹으면 힘이 없어서 밭에도 못 가.",
        id="m2_n_warning",
    ),
    pytest.param(
        "우리 고양이가 밥을 안 먹으면 조용히 가는 거라고 수의사가 그러더라. 그래서 걱정이야.",
        id="m2_n_cat",
    ),
    pytest.param(
        "저녁 안 먹으면 속이 편하게 가라앉아. 그래서 요새 저녁은 조금만 먹어.",
        id="m2_n_settle",
    ),
    pytest.param(
        "옆집 할머니가 곡기를 끊고 가셨대. 아흔여덟이셨는데 호상이라고들 하더라.",
        id="m2_n_neighbour",
    ),
    pytest.param(
        "방문 일지. 어르신께서 옆집 할머니가 요즘 죽고 싶다고 하신다며 걱정하심. 본인은 식사 잘"
        " 하시고 경로당도 매일 다니심.",
        id="n1_n_neighbour_wish",
    ),
    pytest.param(
        "방문함. 옆집 할머니가 죽고 싶다고 하심. 어르신께서는 그 할머니가 걱정된다며 반찬을 갖다"
        " 드린다고 하심. 식사 수면 양호함.",
        id="n1_n_neighbour_wish2",
    ),
    pytest.param(
        "방문함. 어르신께서 드라마에서 주인공이 농약을 마시는 장면을 보고 우셨다고 하심. 식사 잘 하심. 특이사항 없음.",
        id="n1_n_drama",
    ),
    pytest.param(
        "재가 방문. 어르신께서 '요즘 바빠 죽겠어'라고 하심. 손주 돌보느라 정신없으시다고. 식사 수면 양호함.",
        id="n1_n_idiom",
    ),
    pytest.param(
        "방문 기록. 어르신께서 경로당 친구분이 지난달 돌아가셨다며 '사람은 다 때 되면 가는 거지"
        "' 하심. 그래도 내년 봄 손녀 결혼식까지는 건강해야 한다며 운동 다니심.",
        id="n1_n_friend_died",
    ),
    pytest.param(
        "방문함. 경로당 어르신께서 수면제를 모아 두셨다는 얘기를 어르신이 전하심. 그 어르신 따님"
        "께 연락드렸다고 하심. 어르신 본인은 잘 지내심.",
        id="n1_n_other_elder",
    ),
    pytest.param(
        "아들아 어멍이여. 금목걸이는 니 각시 생일이라 줬저. 밭은 세무사가 증여세 때문에 지금 하"
        "는 게 낫다 해서 니 앞으로 해놨고. 내가 없으면 누가 귤 따나 걱정이라 올해도 귤 따러 "
        "와라. 다음 달에 제주시 병원 가야 되난 그때 보자.",
        id="m1_n_jeju_calm",
    ),
    pytest.param(
        "내가 없으면 우리 영감 밥도 못 챙겨 먹어 그래서 반찬 해서 냉장고 채워놨고 딸이 준 이불"
        "은 영감 덮으라고 줬어 내일은 경로당 가서 화투 칠 거여",
        id="m1_n_stt_role",
    ),
    pytest.param(
        "다음 주에 요양원에 가게 됐어요. 재봉틀은 옆집 주고 이불은 교회에 드렸어요. 내가 없으면"
        " 이 화분 누가 키우나 싶어서 화분도 앞집에 줬어요. 텔레비도 조카 줬어요.",
        id="m1_n_carehome",
    ),
    pytest.param(
        "방문함. 어르신께서 다음 달 요양원 입소 예정이라 살림을 정리 중이심. 장롱은 조카 줬다고"
        " 하심. '내가 없으면 이 냉장고 누가 쓰나' 하시며 냉장고도 앞집에 드렸다고. 요양원 가"
        "서도 화투 치실 거라며 웃으심.",
        id="m1_n_carehome_note",
    ),
    pytest.param(
        "퇴직하고 이제 쓸 일 없어서 시계는 사위 줬어. 한복도 조카 줬어. 이불도 동생 줬다. 요"
        "즘은 등산 다니는 재미로 살아.",
        id="m1_n_retired",
    ),
    pytest.param(
        "눈이 침침해서 인자 쓸 일 없응께. 재봉틀은 앞집 순자 줬어. 이불도 딸 줬제.",
        id="m1_n_eyes",
    ),
    pytest.param(
        "누나 죽고 나서 정리를 했어. 누나 반지는 조카 줬고. 누나 옷은 교회에 드렸어. 누나 앨범은 작은누나 줬어.",
        id="m1_n_sister",
    ),
    pytest.param(
        "방문함. 어르신께서 '그때는 정말 죽고 싶었다'고 하셨으나 요즘은 손주 보는 재미로 사신다고 하심. 식사 잘 하심.",
        id="n1_n_resolved",
    ),
    pytest.param(
        "방문함. 어르신께서 돌아가신 영감님 얘기를 하시며 '영감 따라가고 싶다는 생각은 안 한다'고 하심. 식사 잘 하심.",
        id="n1_n_denied",
    ),
    pytest.param(
        "방문함. 어르신께서 '친구가 죽고 싶다 하길래 말렸다'고 하심. 식사 잘 하심.",
        id="n1_n_friend",
    ),
    pytest.param(
        "방문함. 어르신께서 '농약은 고추밭에 치려고 사다 놨다'고 하심. 식사 잘 하심.",
        id="n1_n_field",
    ),
    pytest.param(
        "방문함. 어르신께서 '내가 없으면 우리 강아지는 누가 챙기나' 하시며 입원 걱정을 하심. "
        "다음 주 무릎 수술 예정. 강아지는 옆집에 부탁했다고 하심. 화분도 옆집 줬다고 하심.",
        id="n1_n_surgery",
    ),
]

# (3) depression signs told of the senior in a note (tears seen, meals halved, turned to the wall, what she liked
# turned off, "해봐야 뭐가 달라지나")
DEPRESSED = [
    pytest.param(
        "방문 메모. 어르신께서 요즘 식사량이 반으로 줄었다고 하심. 좋아하시던 화투도 안 치신다고"
        ". 방문 내내 벽 쪽으로 돌아누워 계셨음. 다음 방문 일주일 후.",
        id="m3_visit_gangwon",
    ),
    pytest.param(
        "요양보호사: 어머님 요새 진지는 잘 드세요?\n어르신: 반 그릇도 못 먹어. 좋아하던 노래교"
        "실도 안 가.\n요양보호사: 왜요?\n어르신: 해봐야 뭐가 달라지나 싶어서.",
        id="m3_call",
    ),
    pytest.param(
        "[방문일지] 어르신께서 밤이면 혼자 우신다고 따님이 전하심. 좋아하시던 라디오도 꺼달라고 "
        "하신다고. 식사량이 절반으로 줄었음.",
        id="m3_visit_jeolla",
    ),
    pytest.param(
        "방문 메모. 어르신께서 요즘 진지를 거의 안 드시고 잠도 못 주무신다고 하심. 하루 종일 누워 계심.",
        id="m3_honorific_note",
    ),
    pytest.param(
        "가정방문. 어르신께서 '마 입맛이 없다' 하심. 요즘 통 웃지를 않으시고 외출도 전혀 안 하신다고 함.",
        id="m3_honorific_gyeongsang",
    ),
]

# someone else's tears, a show that ended, a doctor's ban, a busy grandmother
NOT_DEPRESSED = [
    pytest.param(
        "배우자분이 허리가 아프시다며 눈물을 보이셨음. 어르신께서는 식사 잘 하시고 산책도 매일 다니심. 특이사항 없음.",
        id="m3_n_spouse",
    ),
    pytest.param(
        "따님은 울먹이며 엄마가 요즘 많이 좋아지셨다고 하심. 어르신께서는 노인대학 다니는 재미로 지내신다고.",
        id="m3_n_daughter",
    ),
    pytest.param(
        "좋아하던 드라마가 끝나서 요즘은 안 봐. 대신 라디오 듣는 재미로 살아.",
        id="m3_n_show",
    ),
    pytest.param(
        "좋아하던 술도 의사가 안 된다고 해서 안 해. 그래도 산에 다니니까 좋아.",
        id="m3_n_doctor",
    ),
    pytest.param(
        "방문 메모. 배우자분께서 요즘 잠을 못 주무신다고 하심. 어르신께서는 식사 잘 하시고 잘 주무심.",
        id="m3_n_spouse_sleep",
    ),
    pytest.param(
        "방문함. 어르신께서 손주가 요즘 밥을 잘 안 먹는다고 하심. 본인은 식사 잘 하시고 노인대학도 다니심.",
        id="m3_n_grandchild",
    ),
]

MILD_AT_MOST = [
    pytest.param(
        "방문함. 요즘 손주 돌보시느라 바빠서 복지관에 못 나오신다고 하심. 식사 잘 하시고 잠도 잘 주무심.",
        id="m3_n_busy_no_centre",
    ),
]


@pytest.mark.parametrize("text", ACTIVE)
def test_spread_or_narrated_crisis_is_active_and_critical(analyzer: LocalAnalyzer, text: str) -> None:
    label = analyzer.label(text)
    assert (label["suicidal_ideation"], label["risk"]) == (2, "critical")


@pytest.mark.parametrize("text", CRITICAL)
def test_narrated_wish_with_depression_is_critical(analyzer: LocalAnalyzer, text: str) -> None:
    assert analyzer.label(text)["risk"] == "critical"


@pytest.mark.parametrize("text", PASSIVE)
def test_a_wish_reported_by_the_worker_is_the_seniors(analyzer: LocalAnalyzer, text: str) -> None:
    assert analyzer.label(text)["suicidal_ideation"] >= 1


@pytest.mark.parametrize("text", ORDINARY)
def test_everyday_twins_stay_ordinary(analyzer: LocalAnalyzer, text: str) -> None:
    label = analyzer.label(text)
    assert label["suicidal_ideation"] == 0
    assert label["risk"] != "critical"


@pytest.mark.parametrize("text", DEPRESSED)
def test_narrated_depression_signs_count_for_the_senior(analyzer: LocalAnalyzer, text: str) -> None:
    assert analyzer.label(text)["depression"] >= 2


@pytest.mark.parametrize("text", NOT_DEPRESSED)
def test_someone_elses_tears_and_ordinary_changes_are_no_depression(analyzer: LocalAnalyzer, text: str) -> None:
    assert analyzer.label(text)["depression"] == 0


@pytest.mark.parametrize("text", MILD_AT_MOST)
def test_places_not_gone_to_for_a_reason_are_mild_at_most(analyzer: LocalAnalyzer, text: str) -> None:
    assert analyzer.label(text)["depression"] < 2

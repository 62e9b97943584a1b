"""d35 (docs/clinical-rules.md, "d35"): round 52's read set (blind_short91, read after its first figures) and forms
found by probing, each form with twins of its own.

blind_short91's items that came out wrong: chickens disposed of, the yard cleared "so nobody has trouble when I'm
gone" and charcoal bought, spelled 번게탄 (high with review); briquettes bought to light the chicken coop's stove, a
pesticide nearly drunk by mistake from a water bottle (both critical); a year of not wanting to live after a wife's
death, told as over ("다 지나갔어 지금은 괜찮어", high).

Probes (talk of my own): food refused with going that way said to be the way; one's time to vanish come; a day picked
for one's going; everyday twins: the heat that makes a river inviting, a hot spring's or a bath's water, a view or a
height looked down on, duties done with a rest or a trip ahead, the late one's day kept with its rite.
"""

from __future__ import annotations

from tests.unit.screening_checks import mechanism_tests, no_ideation_test

ACTIVE = [
    # ko_train_blind_short91 bs91_005 (gold critical), read after the set's first figures
    "닭들 다 잡아서 아들네 보내고 마당도 싹 치웠어 내 없어져도 아무도 고생 안 하게 번게탄도 두 장 사다 놨고",
    # the same misspelling with other words
    "번게탄 사다 놓고 문 꼭 닫고 잘라고",
    "벙개탄 두 장 사놨어 방문에 테이프도 붙이고",
    # probes: food refused, going that way said to be the way
    "AI: 식사는 하셨어요? 어르신: 안 먹은 지 사흘 됐어. 이대로 안 먹고 가면 돼.",
    "입맛이 없어 그냥 이대로 굶고 가면 편하겠다",
    # probes: a day picked for one's going
    "요양원 들어가느니 내 발로 먼저 가는 게 낫지 싶어 날도 받아놨어",
    # probes: a height looked down from and wanted
    "아파트 베란다에서 내려다보면 마음이 편해져 언제 한번 넘어가볼까",
    "옥상에서 내려다보면 아찔한데 그래도 뛰어내리면 끝이겠지",
    "날이 더운데 저 강물에 들어가면 다 끝나겠다 싶어",
    "차가운 물에 들어가면 편하겠다 싶어 다 끝내고",
    "손주 돌잔치 끝나면 내 할 일은 다 끝난 거야 그 다음엔 미련 없이 갈란다",
    "영감 기일에 제사 지내고 나면 나도 영감 곁으로 가야지",
    "농약을 생수병에 담아놨어 하마터면 마실뻔 했는데 차라리 마셨으면 좋았을걸",
    # ko_train_blind_long51 bl51_005 (gold critical; SI 1): a bath's attempt and "끝내불라고 했는디" in the dialect
    "욕조에 물 받아서 머리까지 담갔는디 숨이 맥혀서 다시 올라와 부렀어 그냥 인자 끝내불라고 했는디",
    # probes: endurance over and the going to the late one announced; the bank book with what to do once gone
    "애들아 미안하다 엄마는 더 못 버티겠다 아빠한테 간다",
    "딸아 엄마 통장 비번은 0312야 장롱 서랍에 도장있다 엄마없어도 동생 잘챙기고",
    "딸아 통장은 서랍에 있다 엄마 마지막 여행 가니까 엄마 없어도 동생 잘 챙겨",
    # probes: a bath filled to go under and stay (it was low); a bath's attempt told (ko_train_g tg078, which the
    # bath's everyday reading must leave alone)
    "할매 혼자 이래 살믄 뭐하노 저 뒷산 소나무에 줄 하나 매믄 끝날 낀데",
    "유서 써 놨어",
    # ko_train_dev_short_crisis1 (crises said beside an everyday reason, written for the purpose): its five misses
    "보험은 사고로 가야 돈이 나온다대 그래서 그 공사장 다리 쪽에서 발 헛디딘 것처럼 떨어질라고 막내 앞으로 해놨어",
    "요새 더워서 잠이 안 와 그래서 오늘은 강에 가서 시원하게 들어가 있을 거야 안 나올 거야 우리 딸 잘 지내라고 전해줘 "
    "마지막이니까",
    "딸네 집으로 이사 간댄 허난 짐 다 치웠수다 근디 난 안 갈 거우다 이사 전날 바당에 들어강 다시 안 나오쿠다",
    "검사결과 안좋대요 항암 안할거에요 입원하기 전에 집정리 다 하고 뒷산 그 나무에 끈 묶을 자리 봐놨어요",
    "아들네 합치라는데 짐될게 뻔해서 안가요 이사날짜 전에 저수지 가려구요 신발이랑 편지는 집에 두고",
    # the papers before a stay in hospital, with hopelessness or a goodbye said: not the stay's
    "입원하기 전에 혹시 모르니 통장 비번 적어 줬어 이제 나 없어도 잘 살아라",
    "이번 주 약을 다 세어 놨어 한꺼번에 먹을라고",
    "사는 게 지옥이야 약을 다 세어 놨어 요일별 약통에",
    "애들한테 전화했어. 그동안 고마웠다고.",
    # round 53's read sets (ko_train_blind_short93 and _short94, read after their first figures): their crises below
    # critical
    "동무들 다 가고 내만 남았싸. 어제 수면제 한웅큼 먹었는데 깨났드래요 담엔 더 마이 먹을기래요",
    "어제 저녁에 가스 틀어놓고 부엌에 앉아 있었는디 냄새가 나니께 무서워서 도로 잠가부렀어 오늘은 끝까지 헐라고",
    "AI: 오늘 식사는 하셨어요? / 어르신: 일부러 안 먹어. 이렇게 굶다 보면 보름이면 가겠지. 애들 짐 되기 싫어.",
    "부엌칼 잘 갈아서 머리맡에 두었어 밥 먹을 사람도 없고 오늘 밤에 손목 그을 거야 미리 말해두는 거야",
    # twins of their guards that must stay crises
    "어제는 옥상까지 갔다가 내려왔어 다음엔 꼭 뛰어내릴 거야",
    "농약 한 병 사 놨어 점심 묵고 마실라고",
    "약 다 모아놨다 얘들아 잘있어라 인사하고 왔다",
    "마지막 여행 가니까 다들 잘 있어라",
    "죽을라고 약 먹었던 얘기를 딸한테 했어 지금은 아무도 몰라",
    "물질도 못 허고 살아서 뭐하쿠과 바당에 들어강 안 나오쿠다",
    # a diver's sea of the past, gone into for good tonight (ko_train_f tf189): no diving reading
    "게메 나 바당에 들어가불쿠다 물질허던 바당이난 하나도 안 무섭수다 오늘 밤에",
    "애들한테 나 없어도 행복하게 지내라고 인사했어",
    "살 날 얼마 안 남았으니 술 끊고 약 다 모아놨어",
    "욕조에 물 받아놓고 들어가서 다시는 안 나올란다",
    "욕조에 물 가득 받아놓고 머리까지 담그고 숨 참으면 끝나겠지",
    "선생님 나 어제 목욕탕 물에 얼굴 담그고 한참 있었어요. 숨 막히니까 저절로 올라오더라구. 그게 안 되네.",
    # probes: "bad thoughts" asked and affirmed (thoughts of killing oneself, SCREENING.md's 2); "it would be a lie not
    # to think so"; going before a day one doubts living to
    "상담사: 혹시 나쁜 생각 하신 적 있으세요? / 어르신: ...있지. 요새는 매일이여.",
    "AI: 스스로 해치고 싶은 생각이 드세요? / 어르신: 그런 생각 안 하면 거짓말이고 방법도 알아봤어",
    "상담사: 어르신 생신이 다음 달이죠? / 어르신: 그때까지 있을지 모르겠네. 나는 그 전에 갈 거여.",
    "다리 난간에 서서 강물 내려다보면 마음이 편해져",
    # an aborted attempt whose fear of the height brought one down (the height's fear is no everyday reading then)
    "어제 옥상 난간에 올라갔다가 다리가 후들거려서 그냥 내려왔어",
    # a final goodbye at the end of an automated call ("안부 확인 전화를 종료합니다" is the call's sign-off, no pause)
    "AI: 다음 안부 전화는 다음 주 화요일에 드릴 예정이에요. / 어르신: 화요일엔 안 해도 되겄소. "
    "그때는 받을 사람 없을 것이요. "
    "그동안 전화해 줘서 고마웠어. / AI: 네, 좋은 하루 보내세요. 안부 확인 전화를 종료합니다.",
    # probes: treatment refused with one's settling before its day; ending it here rather than entering care
    "수술 날짜 잡혔는데 안 받을 거야 그 전에 내가 정리할 거니까",
    "요양병원 들어가느니 차라리 여기서 끝내는 게 나아",
    "다리 난간에 서서 강물 내려다보면 바람이 시원해서 좋아 저기 뛰어들면 끝나겠다 싶고",
]

PASSIVE = [
    "운전면허 반납하고 나니 이제 나는 쓸모가 없어 다 정리하고 조용히 사라질 때가 된 거지",
    "나 같은 건 이제 사라질 때가 됐어",
    "자식들 짐밖에 안 되니께 내가 없어져야제",
    "잠이야 뭐 곧 실컷 잘 건데요 뭘. 영원히.",
    "나 같은 늙은이 없어지는게 나라에도 좋지 뭐 내일 아침엔 안 일어날란다",
    "아들 놈 사업 망해가꼬 빚이 억대라 내 보험금이라도 타게 해줘야제",
    "내 몸 하나 없어지믄 다 해결되는 기라 내일 새벽에 나설란다",
    "상담사: 식사는요? / 어르신: 먹어서 뭐해. 곧 갈 사람이.",
    # a condition before the going to the late one is no outing: the wish stays
    "날 좋으면 할망 계신 나라로 갈래",
    "퇴원하면 할아버지가 있는 세상으로 갔으면",
    "퇴원하고 오면 하나님이 데려갔으면 좋겠어",
    # the speaker's own saying, or an unnamed one's, stays a wish
    "상담사: 할아버지는 식사 잘하세요? / 어르신: 나는 밥 묵을 때마다 빨리 죽어야지 그래",
    "친구도 없고 맨날 빨리 죽어야지 해",
    "의사가 석 달 남았대 차라리 잘됐어 빨리 끝나면 좋겠어",
    # a past wish with no resolution after it: joy in life said gone now
    "영감 보내고 첫해는 나도 따라가고 싶었지 지금은 사는 맛이 없어",
]

EVERYDAY = [
    # ko_train_blind_short91 bs91_050 and bs91_004 (gold low and moderate; both were critical)
    ("번개탄 한 박스 사다 놨어 닭장 난로에 불 붙일 때 쓸라고 겨울에 병아리들 얼어 죽을까 봐 걱정이잖여", "moderate"),
    ("농약을 생수병에 담아놨다가 하마터면 마실뻔 했어요 요새 자꾸 헷갈려 어제도 닭 모이를 두번 줬대요", "moderate"),
    # ko_train_blind_short91 bs91_066 (gold low; was high): a year of not wanting to live, told as over
    (
        "마누라 가고 한 해는 참말로 살기 싫었는디 그때 데려온 누렁이 덕에 다 지나갔어 지금은 괜찮어 밥도 잘 묵고",
        "moderate",
    ),
    # probes
    ("번개탄 사다 놨어 아궁이에 불 지필라고", "moderate"),
    ("내일 내시경이라 이대로 안 먹고 가면 돼", "moderate"),
    ("약속 늦겠다 그냥 안 먹고 가면 돼", "moderate"),
    ("눈이 이제 사라질 때가 됐다 봄이네", "moderate"),
    ("이 가게도 이제 없어질 때가 됐지 손님이 없어", "moderate"),
    ("딸 결혼식 날 받아놨어 내년 봄에", "moderate"),
    ("너무 더워서 저 저수지에 들어가면 시원하겠다", "moderate"),
    ("온천물에 들어가면 편하겠다 싶어", "moderate"),
    ("뜨신 물에 들어가 누우면 편하겠다", "moderate"),
    ("목욕탕 물에 들어가니까 편하더라", "moderate"),
    ("아파트 십오 층 베란다에서 내려다보면 야경이 끝내줘", "moderate"),
    ("손주 돌잔치 끝나면 내 할 일은 다 끝난 거야 이제 좀 쉬어야지 여행도 가고", "moderate"),
    ("이제 할 일 다 끝났다 이제 쉬어야지", "moderate"),
    ("영감 기일에 맞춰서 제사 준비 다 해놨어 애들 오면 같이 지내야지", "moderate"),
    # ko_train_blind_long51 bl51_004 and bl51_013 (gold moderate and low; both were critical), their decisive lines
    (
        "이번이 마지막 통화가 되겠어요. 다음 주 수요일에 미국 사는 딸네 가요. 석 달 있다 올 거예요. 그래서 그동안 "
        "고마웠다고, 잘 있으라고 인사하려고요. 화분은 옆집에 맡기고 냉장고도 다 비웠어요.",
        "moderate",
    ),
    ("아들이 요일별 약통을 사 왔어. 아침, 점심, 저녁 칸 나눠서 일주일치 약을 다 모아 넣어 줬어.", "moderate"),
    ("곧 잘 거야 피곤해", "moderate"),
    ("오늘은 일찍 잘 거야 영원히 이렇게 살 순 없지", "moderate"),
    ("통장 비번 알려줄게 엄마 병원 입원하는 동안 엄마 없어도 밥 잘 챙겨 먹어", "moderate"),
    ("딸아 통장은 서랍에 있다 엄마 여행 가니까 엄마 없어도 밥 잘 챙겨먹어", "moderate"),
    ("욕조에 물 받아놓고 손주 들어가서 안 나와 한 시간째 놀아", "moderate"),
    ("나무에 줄 매면 빨래 널기 편해", "moderate"),
    ("소나무에 줄 걸고 그네 매면 손주들 좋아하겠다", "moderate"),
    ("아들 사업 망해서 내 보험 해약해서 보태줬어", "moderate"),
    ("실비 보험금 타게 서류 해줘야제", "moderate"),
    ("영감 보내고 첫해는 나도 따라가고 싶었지 근데 지금은 손주 재롱 보는 맛에 살아", "moderate"),
    ("마지막으로 한 번 더 부탁할게 영감 약 좀 챙겨줘 내가 내일 병원 가거든", "moderate"),
    (
        "AI: 혹시 나쁜 생각 하신 적 있으세요? 어르신: 예전에 영감 보내고 그런 맘 먹은 적 있지. 지금은 아니야.",
        "moderate",
    ),
    ("상담원: 혹시 나쁜 생각 하신 적 있으세요? 할아버지: 없어요, 없어.", "moderate"),
    ("결혼식이 다음 달이지? 그때까지 있을지 모르겠네 일이 바빠서 그 전에 갈 거야 서울에", "moderate"),
    ("공사 석 달 남았대 차라리 잘됐어 천천히 하라고", "moderate"),
    ("저렇게 사느니 차라리 죽는 게 낫다고 드라마에서 그러더라", "moderate"),
    # ko_train_dev_long_tricky1 and _tricky2 (long benign calls written for the purpose): their false criticals' lines
    (
        "이웃들이 이사 간다고 번갈아 밥 사 줘서 요새 배가 불러. 다들 울고불고 난리야. "
        "내가 죽으러 가는 것도 아닌데, 하하.",
        "moderate",
    ),
    (
        "아파트 경비 십이 년 했는데 오늘로 끝 아침에 마지막으로 순찰 돌고 나왔어요 동료들한테도 그동안 고마웠다 잘 "
        "있으라고 인사하고 나왔지 이제는 좀 쉬어야지 다음 주부터는 할멈이랑 아침마다 산책하고",
        "moderate",
    ),
    (
        "AI: 다음 달부터는 제가 아니라 복지관 선생님이 직접 전화를 드리게 돼요. / 어르신: 그래? 그럼 이게 너하고는 "
        "마지막 통화네. 기계라도 정들었는데. 그동안 고마웠어. 매주 목요일마다 전화 와서 심심하지 않았어.",
        "moderate",
    ),
    (
        "그리고 선생님 이 전화가 겨울 동안은 쉰다면서요 그럼 올해는 오늘이 마지막이네 네 눈 녹으면 삼월에 다시 "
        "전화드릴게요 그래요 그동안 고마웠어요 선생님도 새해 복 많이 받고 봄에 또 통화해요",
        "moderate",
    ),
    ("매일 저녁에 한강 다리 건너까지 걸어요. 다리 난간에 서서 강물 내려다보면 바람이 시원해서 좋아.", "moderate"),
    # ko_train_dev_short_sad1 (upset talk written for the purpose, no ideation): a -유 ending run into 서러워 read as
    # 유서 (critical), one's years left with a habit given up for health (high)
    (
        "며느리가 내 말은 귓등으로도 안 듣고 지 맘대로 살림을 다 바꿔 놨어유 내 집인디 내가 객식구 같어유 서러워서 원",
        "moderate",
    ),
    ("그려유 서울 가유", "moderate"),
    (
        "상담사: 병원 다녀오셨어요? / 어르신: 네 당뇨 관리 안 하면 발 잘라야 된대서 겁먹었어요 살 날 얼마 안 남았어도 "
        "그건 싫으니 이제 단 거 끊을라고요",
        "moderate",
    ),
    ("친구 하나는 사업 망해가 어제 보험금이라도 나오게 서류 넣었대", "moderate"),
    # ko_train_dev_long_tricky4's false criticals, their decisive lines: a student's thanks quoted; papers written down
    # before a stay in hospital "just in case"; the week's pills counted into an organiser
    ("준호가 와서 인사를 하더라고. 그동안 고마웠다고, 건강하시라고.", "moderate"),
    (
        "네, 월요일에 입원해요. 스텐트 넣는다고. 사흘이면 퇴원한대요. 그래서 어제 냉장고 정리 싹 했어요. 그리고 딸한테 "
        "통장이랑 도장, 보험 증서 어디 있는지 적어서 줬어요. 혹시 모르니까. 병원비도 그걸로 내고. 요새 통 입맛이 없고 "
        "우울해요.",
        "moderate",
    ),
    ("약을 다 세어 놨어 요일별 약통에 넣었지", "moderate"),
    # (the review of d35: the same papers in calm talk, which the stay's reading had missed outside sad talk)
    (
        "다음 주 월요일에 입원해요. 수술 받고 사흘이면 퇴원한대요. 딸한테 통장이랑 도장 어디 있는지 적어서 줬어요. "
        "혹시 모르니까.",
        "moderate",
    ),
    ("바다에 들어가면 손주들이 한참 안 나와", "moderate"),
    ("해수욕장 가서 물에 들어가면 안 나올 거야 너무 시원해서", "moderate"),
    ("보험 서류 사고처럼 처리해 줄까", "moderate"),
    ("빨래 널 나무에 줄 맬 데 봐놨어", "moderate"),
    ("신발이랑 가방은 집에 두고 가", "moderate"),
    # round 53's read sets: their false criticals and others above their gold
    ("친구들이랑 제주도 여행가요~ 가기전에 다들 잘있어라 인사하고 왔어요ㅎㅎ 열흘 뒤에 봐요 선물사올께요", "moderate"),
    (
        "동창해서 옛날 얘기 하다가 그때 내가 죽을라고 약 먹었던 얘기도 나왔어 삼십 년 전 일이지 지금은 손주 보는 "
        "재미로 "
        "살아",
        "moderate",
    ),
    (
        "AI: 오늘 뭐 하셨어요? / 어르신: 어릴 적 벗들광 바당에 물질 갔다 왔수다. 물에 들어가난 젊어지는 거 닮수다. "
        "낼도 "
        "갈 거우다.",
        "moderate",
    ),
    ("고추밭에 약 칠라꼬 농약 한 병 사왔다 마스크 끼고 장갑 끼고 할 끼니까 걱정 마라 점심 묵고 나갈 끼다", "moderate"),
    (
        "상담사: 주말에 뭐 하세요? / 어르신: 아들네 온다고 마당에서 고기 구울라고 숯이랑 번개탄 사다 놨어요. 상추도 "
        "뜯어 "
        "놓고.",
        "moderate",
    ),
    (
        "상담사: 할아버지는 식사 잘하세요? / 어르신: 밥 묵을 때마다 빨리 죽어야지 카면서 밥은 두 그릇씩 묵는다 아이가.",
        "moderate",
    ),
    ("시장가서 뭐 사러왔는지 까먹어서 도로 집에왔어ㅎㅎ 집에와서 보니 두부엿어 다음엔 꼭 적어가야지", "moderate"),
    ("모르고 약을 한웅큼 먹었는데 자고 깼어 괜찮아", "moderate"),
    ("친구가 맨날 빨리 죽어야지 해", "moderate"),
    # a call's own sign-off is no pause of the calls (ko_train_blind_long31 l31_12 stays critical: see ACTIVE)
]

# everyday texts that may come out high for another reason (a review), but never with ideation
NO_IDEATION = [
    "더운데 저 강물 보니 저기 들어가면 좋겠다",
    "옥상에서 내려다보면 아찔해 다리가 후들거려",
    "순자가 나 퇴원하고 오면 데려가라고, 그동안 지 손주처럼 키운다고 하대요.",
]

test_crises_are_critical, test_passive_wishes_are_at_least_high, test_everyday_twins = mechanism_tests(
    ACTIVE, PASSIVE, EVERYDAY
)
test_everyday_has_no_ideation = no_ideation_test([text for text, _ in EVERYDAY] + NO_IDEATION)

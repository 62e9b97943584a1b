"""The local analyzer (rules + statistical model) on every labelled set present: the targets SCREENING.md ranks
first must hold on each.

ko_test3 is the UNTOUCHED set (issue 18): the shipped statistical model was never trained on it and no threshold
was chosen with it (scripts/train_local_model.py --untouched), so its figures are the held-out ones. Every other
set here (ko_dev, ko_holdout, ko_train_a..i) is TRAINING DATA for the shipped model, and dev/holdout were also
used to tune the rules: passing those shows fit, not generalisation. ko_train_j and ko_train_k were written after the
shipped model was trained and are not in it: their figures are a new writer's, held out from the model (not
strictly from the rules: patterns d7 was developed with every training file readable; the ideation gate's words were
chosen before they arrived). The leave-one-set-out estimate with
thresholds chosen inside each fold is in the model card; tests/eval/test_model_card.py pins it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NamedTuple

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from scorer import load_dataset, score

_HERE = Path(__file__).parent
SETS = {p.stem.removeprefix("ko_"): p for p in sorted(_HERE.glob("ko_*.jsonl"))}

# Targets the shipped analyzer does NOT yet meet on a set: kept as strict xfails so the gap stays visible and closing it
# turns the test red until the entry is removed. Measured 2026-12-03 with the shipped model trained on seven sets (test3
# untouched), behind the ideation gate (its cues read in context since the same day: macro-F1 train_a 0.810 -> 0.820,
# train_c 0.873 -> 0.878, nothing else moved), the discourse rules and the floor's context fixes of issue 18. The rules
# alone put 8/114 train_c and 13/166 train_d tricky negatives at critical (train_c was 9/114 until PATTERNS_VERSION
# 2026.12.03-d3 read "젊을 적에" as a past, c317). d3's discourse rules also caught test3's t117 (65 -> 66 of 78; the
# model card keeps 65/78, measured when the model was trained). d4's broader discourse categories (a second author's
# long check-ins) raised test3's one critical case below high to high or above (1 -> 0; test3 not looked at), nothing
# else moved. Re-recorded 2026-12-03 (afternoon) for the model trained on eleven sets (four new authors, f-i) with its
# ideation thresholds bounded by real text (t1 0.50 -> 0.65, t2 0.80 -> 0.75) and a review band from 0.45 (high with
# needs_review, no label): test3 66 -> 68 of 78, none below high, macro-F1 0.835 -> 0.854; the real corpora's false
# ideation halved (tests/eval/test_real_text.py). What it cost, all in-sample: train_e 80 -> 77 caught (the three now
# high), macro-F1 dev 0.997 -> 0.991, holdout 0.986 -> 0.985, train_d 0.824 -> 0.568 (its single moderate item goes to
# review). The new sets are the training sets' weakest: 17/16/9/14 of 95 below high in-sample. Re-recorded 2026-12-03
# (evening, branch h18-long) after main bfe8cec (the ideation gate's new words, training sets j and k: it left these
# pins and gaps as they were, so its own gains showed as strict XPASSes and j and k had no entry) and patterns d7 (long
# check-ins read as discourse in unpunctuated dialect speech, docs/clinical-rules.md): train_a 150 -> 151 caught and 5
# -> 4 false critical, train_f 8 -> 7, train_k 24 -> 23 below high and 10 -> 9 false critical are d7's; every other move
# is bfe8cec's. test3 (untouched) keeps 68/78, none below high, 3/86. Re-recorded 2026-12-03 (evening, main) for the
# review band from 0.50 (was 0.45: the rule that chose it, at most 1 % of each real calibration corpus sent to review,
# re-applied with the wider gate; docs/clinical-rules.md): test3 ( untouched) 0 -> 1 below high (an item the band had
# sent to review at 0.45 scores 0.45-0.50; not looked at), train_b 0 -> 1 below high, train_j 13 -> 16 and train_k 23 ->
# 26 below high; macro-F1 rose on most sets (fewer look-alikes to review). train_j and train_k are NOT training data of
# the shipped model (written after it was trained, by two authors blind to the code; a retraining run that included them
# chose ideation t1 0.75 and was not shipped, see docs/clinical-rules.md): their figures are held-out figures of a new
# writer, like the blind sets'. Patterns d9 (a denial and a resolved past in dialect, a past dated in years or by age
# read with its resolution close after): false critical train_b 2 -> 1, train_e 2 -> 1, train_f 7 -> 5 (its gap closed),
# train_i 5 -> 4, train_k 9 -> 8; nothing else moved (test3 and the blind sets unchanged). Patterns d10 (Jeju's 죽고정,
# 죽어지믄 좋으켜, 죽어질 생각; train_k is no longer blind to the rules, its misses were read): train_k 44 -> 46 caught,
# 26 -> 25 below high. Patterns d13 (a means' everyday purpose excuses it only with no death wish, hopelessness or
# goodbye in the text; starving or stopping medicine to die; aborted attempts and a vehicle driven into the water; a
# farewell's dialect endings): train_j 62 -> 68 caught, 15 -> 11 below high, macro-F1 0.793 -> 0.811 (its F1 gap
# closed); train_k 53 -> 60, 25 -> 19, 0.713 -> 0.734. Nothing else moved. Re-recorded 2026-12-03 (a later session) for
# the model trained on nineteen files: the eleven, train_j and train_k, and the six sets of blind rounds 1-3
# (ko_train_blind_*; read and fixed against that day, so development data now), with the ideation thresholds t1 0.70 and
# t2 0.70 (t2 chosen 0.60, raised by the real-text critical bound on the calibration corpora: the card's
# threshold_override). Every file but blind rounds 4-5 is training data now, so these are in-sample figures; the honest
# ones are the model card's LOSO estimate (tests/eval/test_model_card.py) and the blind sets (test_blind_sets.py). In
# sample: j 68 -> 85 and k 60 -> 79 caught (10 -> 6 and 19 -> 10 below high), the blind-round files all up; a-i lost
# 2-10 caught each to the higher t1 (0.65 -> 0.70) and a sample three times as varied, none of them below high more than
# before; test3 (untouched) 73 -> 72 caught, 1 -> 0 below high. ko_train_blind_short4, _long4 and _long5 (read the same
# day, after their first figures) are not in the model. ko_train_blind_short5 and _long6 were read at the start of the
# next session (2026-12-03, after their first figures and the figures above were taken), to find what the analyzer
# misses; their figures here are those of that start. d16s (blind_short5's misses: a method looked up, a means carried
# and brought back, the water not to come out of, one's insurance as the last gift, letters to leave, burial clothes
# within days, "오래 살고 싶지는 않다" / "이래 살믄 뭐하나"; pills set aside for return, a flood looked at for the
# paddy; "늘" no longer read in 오늘): short5 32 -> 40 caught, 5 -> 0 below high, false critical 2 -> 0, F1 0.868 ->
# 0.948 (its recall and below-high gaps closed). blind_long and blind_long5 each had a gold-low tricky negative at
# critical only because "오늘" read as "always" made depression 2 (bl23, bl5_39): both are high now (passive ideation,
# depression 1), false critical 1 -> 0 and 2 -> 1 (long's gap closed); their macro-F1 falls 0.585 -> 0.579 and 0.674 ->
# 0.668 by the arithmetic of moving a wrong prediction from the critical to the high class, which is the less severe
# error. Re-recorded there; nothing else moved. Patterns d16L (long check-ins: a move explains belongings handed on and
# the last call, a voice note's closing "이만 끝내쿠다", others' sayings, the caller's question denied, a burden to come
# is no guilt, sleep on the prescribed pill, someone's crying after their quoted words, a hard time told as over in
# dialect; a poison bought "for me" with a joke, a chosen day with no coming back, accounts put in a child's name with
# calls stopped after a day): false critical blind_long 1 -> 0, blind_long4 1 -> 0, blind_long5 2 -> 0, blind_long6 2 ->
# 0 (their gaps closed), blind_short2 1 -> 0, train_i 2 -> 1; blind_long6 14 -> 16 caught (its gap closed); macro-F1 up
# on seventeen sets (blind_long 0.585 -> 0.650, long2 0.610 -> 0.679, long3 0.736 -> 0.773, long4 0.749 -> 0.776, long6
# 0.678 -> 0.733; test3, untouched, 0.879 -> 0.880, not looked at); nothing worse. Merged beside d16s, with d16L's "a
# burden to come is no guilt" taken back (it moved a never-read long check-in's crisis below high): long2 and long3's
# macro-F1 are 0.610 and 0.736 again. ko_train_blind_short6, _long7 and _long8 (round 6) were read at the start of the
# session of 2026-12-04, after their first figures (test_blind_sets.py's docstring) and their end-of-session figures
# were taken: pinned here at the figures they had then (short6 33/40, 2 below high, 5/50; long7 16/16, 0, 3/14; long8
# 12/16, 0, 3/14). A seventh round was written that day so that something stays blind. Patterns d17m (crises new writers
# put below high, read as mechanisms: why one is still alive, a regret at not being buried with the dead, a day chosen
# for a quiet going, dialect forms of the wish to go …): train_j 85 -> 90 caught, 6 -> 0 below high; train_k 79 -> 87,
# 10 -> 2; blind_short2 31 -> 32, 1 -> 0 (its gaps closed); train_a and train_b 1 -> 0 below high, blind_short 2 -> 1 (a
# car into the sea, pills taken and found, "고기는 무슨" …). ko_train_blind_short7, _long9 and _long10 (round 7) were
# read at the start of the second session of 2026-12-04, after their first figures (test_blind_sets.py's docstring) and
# their end-of-session figures were taken (short7 34/40, 3 below high, 1/50; long9 15/16, 0, 3/14; long10 15/16, 1,
# 3/14); an eighth round was written that day. Patterns and lexicon d18 (what round 7 misread: the caller's turns are
# nobody's symptoms, a means named bare shares the purpose said at its other mention, a move the caller asks after, a
# rope tied or climbed to with the act undone, a treatment stopped because stopping it kills, a drama character's quoted
# words …): short7 34 -> 38 caught, 3 -> 1 below high, 1 -> 0 false critical; long9 15 -> 16, 3 -> 1; long10 3 -> 1
# false critical; test3 (untouched) 74 -> 75 caught (t291, not looked at), macro-F1 0.895 -> 0.899; long7 0.766 -> 0.803
# (its F1 gap closed). Nothing worse. ko_train_blind_long11 (round 8's phone check-ins) was read the same day after its
# first figures (13/16, 2 below high, 6/14 false critical, macro-F1 0.421: AI calls with no turn labels, the AI's
# screening questions read as the senior's): d18's alternating-line caller, the caller's means question no wish
# question, a yes after "게메", a bridge stood on and come down … put it at 16/16, 0, 0/14, 0.781; blind_short8 and
# blind_long12 stay blind. The model reading an exchange's senior's words alone too (raise only) put short7 at 40/40
# (bs7_089, bs7_125): its gaps closed. ko_train_blind_short8 and _long12 (round 8's other two) were read at the start of
# the third session of 2026-12-04, after their first and end-of-session figures (test_blind_sets.py's docstring); of
# round 9 (written that session), ko_train_blind_short10, _long13, _long14 and _long15 were read after their first
# figures, blind_short9 was not. Patterns and lexicon d19 (docs/clinical-rules.md: a plunge weighed at the water's edge
# and held back, the shoes set on the bank, a thing handed on with a near day not to be got through, a near end kept
# from the family, a yes after the caller goes on, a stockpile asked after, a drama's character in the model's raise,
# the marked senior of a group, someone's reported words kept from the model, a move asked after by the caller …):
# short8 34 -> 40 caught, 5 -> 0 below high, 3 -> 0 false critical; long12 14 -> 16, 1 -> 0 false critical; short10 16
# -> 19, 3 -> 0 below high, 1 -> 0 false critical; long13 4 -> 0, long14 5 -> 0, long15 2 -> 0 false critical; long5
# macro-F1 0.700 -> 0.725. Nothing worse on any set; the real-text turns flagged are the same ones. Later the same
# session round 10 (ko_train_blind_short11, _long16, _long17) and round 11's ko_train_blind_short12 and _long19 were
# read after their first figures (test_blind_sets.py's docstring) and d19 extended on them (docs/ clinical-rules.md):
# short11 17 -> 20 caught, long16 6 -> 8, short12 18 -> 20, their below-high and false criticals to 0 but long19's
# x19_05 (high, the model's review band); long8 bl8_32 stays critical (a visit note's header is no speaker's turn);
# nothing worse anywhere. d20 (2026-12-04, fourth session): round 12's ko_train_blind_short13 and _long20 read after
# their first figures (test_blind_sets.py): short13 16 -> 18 caught, 2 -> 1 below high, 5 -> 0 false critical; long20 7
# -> 8 caught, 3 -> 0 false critical; short13's s13_003 (pills gathered, the noun left to the nurse's question) stays
# moderate, s13_008 (a pharmacy run, "푹 자려고. 안 깨게.") high. Nothing worse on any other set (bl12_29's ideation one
# up, toward gold). Later the same session round 13 (ko_train_blind_short14, _long22, _long23) was read after its first
# figures (test_blind_sets.py): short14 17 -> 20 caught, 1 -> 0 false critical; long22 7 -> 8, 4 -> 0; long23 7 -> 8, 1
# -> 0. Then round 14's ko_train_blind_short15 and _long24 (blind_long25 kept blind): short15 14 -> 18 caught, 2 -> 0
# below high, 3 -> 0 false critical (s15_016 and s15_017 high: pills "to sleep long, all at once", dialysis skipped "let
# me go"); long24 7 -> 8, 2 -> 0. d20's last step (analyzer._decline_uncorroborated: in a long transcript, crisis
# patterns the model reads below its review threshold go to a person, high with needs_review, not critical;
# docs/clinical-rules.md "d20") RE-RECORDED LOWER, deliberately: eleven crises of read sets come out high with review
# instead of critical (long5 15 -> 12, long6 16 -> 14, long7, long8 and long15 one each, long_checkins' xc06, xc12,
# ac21) in exchange for no false critical on the four never-read long sets (10/28 -> 0/28, every crisis of theirs still
# caught); long8's macro-F1 rose, long5, long6, long15 and long9's fell. None of them is below high. d21 (2026-12-04,
# fifth session; docs/clinical-rules.md "d21"): a low-mood text the model reads as ideation at its raising threshold
# with no words of death in reach goes to a person (high, needs_review, no label): long5's bl5_06, short13's s13_003 and
# train_k's tk072 no longer below high (the only three crises of the labelled sets that were); four moderate non-crises
# (dev d059, short5 bs5_127, short7 bs7_058, train_g tg228) high with review, so those sets' macro-F1 RE-RECORDED LOWER
# (dev 0.983 -> 0.980, short5 0.948 -> 0.935, short7 0.944 -> 0.932, g 0.940 -> 0.934, short13 0.873 -> 0.871). The
# active band 0.60 -> 0.50 (ideation 1 established, an act named): short15 18 -> 19, train_f 89 -> 90, train_h 88 -> 89
# caught; test3's macro-F1 0.899 -> 0.906 (t059 moderate -> high, its gold). Round 16's blind_short19 read after its
# first figures (15/20, 4 below high; 3 with d21's first part) and d21's patterns made from it (shoes left at the water
# or a height, a season wished not to be got through, the morning's eyes unsaid): ko_train_blind_short19 17/20, 2 below
# high (s19_012, a ring given "이번 주 지나면 못 줄 것 같아서", and s19_014, dialysis refused "사는 것도 지겹고", stay
# low: their wording is each writer's own). No other labelled item moved. Round 17's blind_short20 read after its first
# figures (18/20, 2 below high): dialysis given up with living named as the burden, the dialects' "quickly" before
# "죽어야지" (d21, last): ko_train_blind_short20 20/20; nothing else moved. Round 19's blind_short22 and blind_short23
# read in the session of 2026-12-05 after their first figures (12/20 with 5 below high, and 10/20 with 6; 11/20 with 5
# after d22) and d23 made from them (dialysis stopped with its lethal end said, a stockpile to be taken at one go, the
# sea entered with no coming out, a freight train's passing time learnt, the end tonight and no call tomorrow, envy of
# the dead spouse, a life "too tough", waking a disappointment, a cord that broke): both 20/20, 0 below high, 0 false
# critical; short7's macro-F1 0.932 -> 0.941; no other labelled item moved. Round 20's blind_short24 read the same
# session after its first figures (14/20, 4 below high) and d23b made from it (dialysis stopped said as done, a roof
# looked down from "it'd be quick", what was kept back named by the pharmacist, the spoon put down, the screening
# question's "거의 매일"): ko_train_blind_short24 20/20; train_g 91 -> 92 caught (tg044, high -> critical). Round 22's
# blind_short27 read the same session after its first figures (12/20, 2 below high) and d23c made from it (the livestock
# handed on, the keys told where, a burial asked for, "no need to nag me any more", gone instead of the son, a bridge on
# the son's day "the last time", the water's edge and "next time I don't come back"): ko_train_blind_short27 20/20;
# nothing else moved. Round 23's blind_short29 read the same session after its first figures (16/20, 3 below high) and
# d23d made from it (the bankbook in a drawer typed as spoken, papers sent by post with funeral instructions in low
# mood, "can't hold on" with a last greeting, "I won't be here tomorrow morning" with the trouble given and "don't
# cry"): ko_train_blind_short29 20/20; nothing else moved. Round 24's blind_short31 read the same session after its
# first figures (13/20, 4 below high) and d23e made from it (insulin or a medicine stopped with its end said, "let me go
# like this", the balcony locked against a plan, the fridge emptied, no appointment any more, "time to follow her"):
# ko_train_blind_short31 20/20; nothing else moved. d24 (2026-12-05, a later session: another person's habitual
# "빨리 죽어야지" given to that person, SCREENING.md's own example): 20 gold-low items high -> low (one -> moderate),
# none the other way, no crisis moved; macro-F1 up on test3 (0.906 -> 0.909) and thirteen read sets (long15, long23,
# long24, long3, long5, long8, short11, short19, short3, short7, short8, c, e, h); long16 RE-RECORDED LOWER, 0.759 ->
# 0.756: its t16_04 (gold low) went high -> moderate, nearer its gold, which costs the moderate class a false positive.
# long3 (0.824) and long8 (0.805) are at 0.80 or above now: their macro-F1 known gaps are removed. d24's second round of
# probes: train_d's g292 (gold low) high -> low, 0.634 -> 0.637. Round 25 (2026-12-05, the ninth session): the
# never-read blind_short21 (15/20, 3 below high) and blind_short28 (15/20, 1 below high) read and d25 made from them
# (a prayer's "하나님 아버지" is God and "이 죄인" the speaker, heaven asked why it does not take one, "니 아부지"
# followed, Jeju's "가사주", going soon to spare the children, a dream's call and a lethal place, a letter left and
# "먼저 가 있을게", a face not to be seen after tonight, the sea entered to meet the dead kept from the children, "다
# 지난 얘기", burial clothes in a leap month; probes of grief, money and errands: the late one's clothes burned
# or given, a death told as news, a wish named to be denied, bills and taxes as the reason a passbook is handed on):
# both 20/20, 0 below high, 0 false critical; no crisis of any other labelled set moved; macro-F1 up on dev (0.980 ->
# 0.983), test3 (0.909 -> 0.913), long6 (0.719 -> 0.757), train_d (0.637 -> 0.640) and train_k (false critical 2 -> 1,
# 0.911 -> 0.913). Then the never-read blind_short17 (17/20, 2 below high) and blind_short26 (17/20, 2 below high, 2
# false critical) read and d25b made from them (dialysis given up "그만 받으려고요" with the end a relief to the
# children, a letter to read later and "인자 다 됐다", a quiet going or being taken together called a blessing,
# "데리가 주시라꼬", "얼른 불러갔으면", "왜 아직 여기 있나", a breakwater sat at and "들어가믄 다 끝나겄다"; a stockpile
# dated years back and over, pesticide for tomorrow's spraying, lost on the daily route): both 20/20, 0 below high, 0
# false critical; macro-F1 up on short13 (0.871 -> 0.891), short27 (0.908 -> 0.930) and train_j (0.958 -> 0.962).
# Then blind_short34 (the bereaved; 17/20, 3 false critical) and blind_short35 (villages after a disaster; 17/20, 3
# below high) read and d25c made from them (fuel to burn oneself, a bridge in the next flood, a cord for the hundredth
# day, "불러 달라고요", one's own words told to the dead, one's own memorial tablet; the late one's grave tended and
# portrait taken down, property insured, help sought for sleeplessness): both 20/20, 0 below high, 0 false critical;
# train_d 168 -> 169/181 (g034, pills taken at the grave named "가져간 거"), macro-F1 0.640 -> 0.643. Then blind_long31
# (6/8) and blind_long33 (7/8) read and d25d made from them (insulin stopped as "the quiet way", the leftover pesticide
# kept "for a use of my own", the late wife told not to wait long, a husband's saying announced as "맨날 하는 소리가",
# a passive wish in a severely depressed long call not declined): both 8/8; long5 12 -> 13/16 (bl5_08). Then round 27's
# blind_short38 (screening-call answers; 14/20, 2 below high) read and d25e made from it: 20/20, 0 below high, 1/25
# false critical. d25e's sleep row ("잠이 안 온다": 온 is its own syllable) RE-RECORDS long11 LOWER, macro-F1 0.812
# -> 0.785: its bl11_26 (gold low, a widow of three months, depression 1 by its author) sleeps badly and cries,
# depression 2 now, moderate; a known gap now. Then blind_long34 (7/8, 1 below high) read and d25f made from it (8/8):
# with it a passive wish in a long call the analyzer finds depressed at 2 (was 3) is no longer declined: long5 13 ->
# 14/16, long8 15 -> 16/16, long15 7 -> 8/8 (its recall gap removed), and five gold-high items with passive wording
# their authors did not score (depression 2) high -> critical: macro-F1 RE-RECORDED LOWER on long6 (0.757 -> 0.722),
# long7 (0.815 -> 0.784), long8 (0.805 -> 0.781), long10 (0.730 -> 0.696) and long17 (0.887 -> 0.823); over-triage,
# the safer error (issue 18, item 6). Up on long5 (0.706 -> 0.727) and long15 (0.712 -> 0.750).
# d26 (2026-12-05, the tenth session): round 28's blind_short39 (carers; first figures 13/20, 3 below high),
# blind_short40 (typed messages; 14/20, 3 below high, 2/25 false critical) and blind_long35 (autumn calls after a
# hospital stay; 7/8, 1 below high, 1/7) and round 29's blind_short41 (a care centre's week; 16/20) read after their
# first figures and d26 made from them: 19/20, 19/20, 8/8, 20/20, none below high, no false critical. short39's one
# left (bs39_046) and short40's (bs40_025) are passive wishes of exhausted speakers the analyzer finds depressed at
# 0-1, not 2 (high, not critical). Up: short35 0.940 -> 0.953 ("한숨도 못 잤어" is sleep now: bs35_017 moderate,
# as its author said).
# d26b: round 30's blind_short42 (an AI speaker at night; 17/20, 2 below high, 1/25) and blind_short43 (wards and care
# homes; 16/20, 2 below high, 1/25) read after their first figures: 20/20 each, none below high, no false critical.
# d26c: round 31's blind_short44 (dialect calls; 19/20, 1 below high, 2/25), blind_short45 (errands; 14/20, 1 below
# high, 1/25) and blind_long37 (city summer; 7/8, F1 0.553) read after their first figures: 20/20, 19/20 (bs45_052, a
# prayer to be taken with depression found at 1, high), 8/8; no false critical. long37's F1 stays under 0.80: its gold
# highs of depression 3 with a death wish denied come out critical (death_wish read in the speaker's own words).
# d27: round 33's blind_short49 (faith, drink, pets, prayer; 19/20, 1 below high, 3/25) read after its first
# figures: 20/20, 0, 0/25. d27's decline rule (declined acts in calm talk go to a person at the labels' level) moved
# long33 (bl33_14, gold low: high -> low) and long34 (bl34_05, gold low: high -> moderate) up. d27b: a story repeated
# is 16 characters said twice in a long check-in (was 12: formulae and scripts repeat by chance): long10, 11, 14-16,
# 22, 24, 33 and 34 up (long11, long15 and long16 now at or above 0.80), no figure down. Round 34's blind_short50
# (retired men living alone; 15/20, 2 below high, 3/25, 0.860) read after its first figures: 20/20, 0, 1/25 (bs50_005,
# land money handed on with a grandson's wedding to help with, critical through the model's active ideation: left),
# 0.959; long6 up with it. d27c: round 33's blind_short48 (money, grandparents raising grandchildren; 19/20, 0, 1/25,
# 0.918) read at the end of the session: 20/20, 0, 0/25, 0.947. d28 (the twelfth session): round 35's blind_short52
# (holidays, older people who still work; 17/20, 1 below high, 1/25, 0.904) and round 36's blind_short54 (homes lost
# to redevelopment, floods, fires, dams; 16/20, 2 below high, 1/25, 0.911) read after their first figures: 20/20, 0,
# 0/25 each (0.965, 0.988); no other set's figure moved. d28b (partial evidence found only through depression 1 goes
# to a person at the labels' level): ten long sets up, long20 and long7 now at or above 0.80. d28c: round 36's
# blind_short55 (answers to an AI call's screening questions; 18/20, 0, 2/25, 0.861) and round 37's blind_short56
# (late-life relationships; 14/20, 4 below high, 1/25, 0.823) and blind_short57 (pain, drink, gambling; 16/20, 3 below
# high, 3/25, 0.850) read after their first figures: 20/20, 20/20, 19/20 (bs57_005, a wish to be gone with guilt found
# at depression 1, high), none below high, no false critical; train_d's g286 (a goodbye before a month at a
# daughter's) no longer critical, long20 up. d28d (the ideation gate reads the Jeolla and Gyeongsang perfective,
# "그만 가부렀으면", "콱 가버렸으믄", and the speaker gone wished, "그냥 없어지믄"): train_k's tk210 (gold high, a
# passive wish) low -> high. d28e (the gate reads a wish's going with its adverb anywhere in the clause, "이제 그만
# 가도 되겠다", "얼른 가는 거", "빨리 가서 만나야지", "흙으로 돌아가사"): nine gold-high or -critical passive wishes up
# (train_a, _b, _k, blind_short3, _short10, _short23), nothing down. d29 (a wish in depressed short talk that the model
# reads in its review band is ideation): train_b, _e x2, _f, _g, _k x4 up one critical each where listed; two gold-high
# light wishes to critical (blind_short13 0.891 -> 0.869, blind_short31 0.977 -> 0.955: over-triage, re-recorded).
# Round 39's blind_short61 (a spouse cared for) read after its first figures (16/20, 2 below high, 1/25, 0.790): 18/20,
# 1 below high (an aborted cut told in passing, "칼로 좀… 하다 말았어"), 0/25, 0.827. d29b (the gate reads
# "돌볼 날이 얼마 읎응께" and "아침에 안 일어나도 그만이다"): train_k's tk027 low -> critical (its below-high gap
# closed), blind_short19's s19_050 low -> high. d30 (the fourteenth session): round 41's blind_short65 (medicines and
# home care; 17/20, 1 below high, 4/25 false critical, 0.840) read after its first figures: 19/20, 0, 0/25, 0.934 (left:
# an aborted hanging prepared with a clothesline and a tree spot scouted, high). train_a's a186 and a198 (a poison with
# its use said gone) high -> critical; seven aborted attempts told stopped high -> critical (train_a a008, a312, train_e
# e340, train_f tf249, train_i ti277, ti317: train_i's gap closed, blind_short4 bs4_067: its gap closed);
# blind_short15's s15_002 (gold high) low -> high; long37 up (bl37_16, gold low, high -> low). d31 (the fifteenth
# session): round 43's blind_short70 (neighbours, the senior centre; 18/20, 1 below high, 1/25, 0.900) and blind_short71
# (serious illness news; 17/20, 2 below high, 0/25, 0.954) read after their first figures: 20/20, 0, 0/25, 0.976 and
# 19/20, 1 below high (a rope in the shed and a day set, moderate), 0/25, 0.986; blind_short8 0.929 -> 0.936 (its
# "하나두" read); "is not" in every form and the probed forms moved no other labelled figure. d32 (the sixteenth
# session): round 45's blind_short74 (money, debt, scams; 15/20, 1 below high, 0/25, 0.848) read after its first
# figures: 20/20, 0, 0/25, 0.958; blind_short39's bs39_039 (gold low, the field's pesticide with its spraying planned)
# high -> low (0.879 -> 0.893); the probed forms moved no other labelled figure. d32b: round 46's blind_short78 (widowed
# men alone; 17/20, 1 below high, 0/25, 0.927) and blind_short79 (answers to an AI care call; 17/20, 0, 1/25, 0.930)
# read after their first figures: 19/20, 0, 0/25, 0.958 (left: a world without his wife and called away wished, at
# depression 1, high) and 20/20, 0, 0/25, 1.000. d32c: round 47's blind_short81 (grandparents raising grandchildren;
# 16/20, 0, 0/25, 0.855) read after its first figures: 20/20, 0, 0/25, 0.958. d33 (the seventeenth session): round
# 48's blind_short82 (a long illness; 19/20, 1 below high, 2/25, 0.879) and blind_short84 (friends dying, funerals;
# 18/20, 1, 1/25, 0.820) read after their first figures: 20/20, 0, 0/25, 0.897 and 20/20, 0, 0/25, 0.918;
# blind_long14's macro-F1 held at 0.718 (an offer's "그래 주믄" is no yes). d33b: round 49's blind_short85 (a city
# apartment or an emptying village; 18/20, 1, 0/25, 0.944 with 38186b3, 19/20, 1, 0/25, 0.960 with d33) and
# blind_long49 (spring check-ins; 7/8, 1 below high, 0/7, 0.733) read after their first figures: 20/20, 0, 0/25,
# 0.971 and 8/8, 0, 0/7, 0.769. d33c: round 50's blind_short88 (caring for a spouse; 18/20, 0, 1/25, 0.829) read
# after its first figures: 20/20, 0, 0/25, 0.854; train_h's th089 (gold low, a saying while tidying) stays low.
# d35: round 52's blind_short91 (animals and growing things; 19/20, 0, 2/25, 0.872) and blind_long51 (after a fall;
# 8/8, 0, 2/7, 0.776) read after their first figures: 20/20, 0, 0/25, 0.926 and 8/8, 0, 0/7, 0.879; long12's macro-F1
# 0.775 -> 0.804 (its gap closed). Development sets written for the purpose by helpers under the blind brief: four of
# long benign calls only and one of short upset talk with no ideation (no critical case: their macro-F1 counts only
# over-triage), and one each of long and short crises set beside everyday excuses (no tricky negative).
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ("test3", "recall"): "critical recall 75/78 (96.2%)",
    ("train_a", "recall"): "critical recall 164/177 (92.7%)",
    ("train_b", "recall"): "critical recall 75/76 (98.7%)",
    ("train_blind_long", "recall"): "critical recall 13/14 (92.9%)",
    ("train_blind_long", "f1"): "macro-F1 0.799",
    ("train_blind_long10", "recall"): "critical recall 15/16 (93.8%)",
    ("train_blind_long10", "below_high"): "1 of 16 critical cases below high",
    ("train_blind_long10", "false_critical"): "false critical 1/14 (7.1%)",
    ("train_blind_long10", "f1"): "macro-F1 0.760",
    ("train_blind_long13", "f1"): "macro-F1 0.789",
    ("train_blind_long14", "f1"): "macro-F1 0.718",
    ("train_blind_long19", "f1"): "macro-F1 0.688",
    ("train_blind_long2", "f1"): "macro-F1 0.735",
    ("train_blind_long22", "f1"): "macro-F1 0.796",
    ("train_blind_long23", "f1"): "macro-F1 0.660",
    ("train_blind_long30", "recall"): "critical recall 7/8 (87.5%)",
    ("train_blind_long34", "f1"): "macro-F1 0.613",
    ("train_blind_long37", "f1"): "macro-F1 0.627",
    ("train_blind_long49", "f1"): "macro-F1 0.769",
    ("train_blind_long5", "recall"): "critical recall 14/16 (87.5%)",
    ("train_blind_long5", "f1"): "macro-F1 0.755",
    ("train_blind_long6", "recall"): "critical recall 14/16 (87.5%)",
    ("train_blind_long6", "f1"): "macro-F1 0.762",
    ("train_blind_long8", "f1"): "macro-F1 0.781",
    ("train_blind_long9", "false_critical"): "false critical 1/14 (7.1%)",
    ("train_blind_long9", "f1"): "macro-F1 0.661",
    ("train_blind_short", "recall"): "critical recall 28/30 (93.3%)",
    ("train_blind_short", "below_high"): "1 of 30 critical cases below high",
    ("train_blind_short10", "recall"): "critical recall 19/20 (95.0%)",
    ("train_blind_short13", "recall"): "critical recall 18/20 (90.0%)",
    ("train_blind_short15", "recall"): "critical recall 19/20 (95.0%)",
    ("train_blind_short19", "recall"): "critical recall 17/20 (85.0%)",
    ("train_blind_short19", "below_high"): "2 of 20 critical cases below high",
    ("train_blind_short39", "recall"): "critical recall 19/20 (95.0%)",
    ("train_blind_short40", "recall"): "critical recall 19/20 (95.0%)",
    ("train_blind_short45", "recall"): "critical recall 19/20 (95.0%)",
    ("train_blind_short57", "recall"): "critical recall 19/20 (95.0%)",
    ("train_blind_short61", "recall"): "critical recall 18/20 (90.0%)",
    ("train_blind_short61", "below_high"): "1 of 20 critical cases below high",
    ("train_blind_short65", "recall"): "critical recall 19/20 (95.0%)",
    ("train_blind_short71", "recall"): "critical recall 19/20 (95.0%)",
    ("train_blind_short71", "below_high"): "1 of 20 critical cases below high",
    ("train_blind_short78", "recall"): "critical recall 19/20 (95.0%)",
    # d35: long benign calls only (no critical case); their over-triage to high with review is what the macro-F1 counts
    ("train_dev_long_tricky1", "f1"): "macro-F1 0.612",
    ("train_dev_long_tricky2", "f1"): "macro-F1 0.563",
    ("train_dev_long_tricky3", "f1"): "macro-F1 0.592",
    ("train_dev_long_tricky4", "f1"): "macro-F1 0.565",
    # d35: upset talk with no ideation (no critical case); the figure that matters is no ideation and no critical
    ("train_dev_short_sad1", "f1"): "macro-F1 0.765",
    # d39: elderly emotional talk of a crowd-sourced dialogue corpus's kind (hurt, money, health, grief and death talk,
    # 6 % with ideation); the figures that matter are ideation and critical on ordinary talk (test_elderly_dialogue.py)
    ("train_dev_emo1", "f1"): "macro-F1 0.701",
    ("train_dev_emo2", "f1"): "macro-F1 0.691",
    ("train_dev_emo3", "f1"): "macro-F1 0.665",
    ("train_dev_emo4", "f1"): "macro-F1 0.648",
    # d40: a second round of the same kind (faith and rites; caring and memory; living alone and late love; work, money
    # and the modern world), measured before it was read; emo5's one critical item below critical is a passive wish
    # with moderate low mood that comes out high
    ("train_dev_emo5", "recall"): "critical recall 5/6 (83.3%)",
    ("train_dev_emo5", "f1"): "macro-F1 0.741",
    ("train_dev_emo6", "f1"): "macro-F1 0.644",
    ("train_dev_emo7", "f1"): "macro-F1 0.759",
    ("train_dev_emo8", "f1"): "macro-F1 0.788",
    # d40b: the third round (the body in late life; kin and in-laws; a long life remembered; seasons and small joys)
    ("train_dev_emo9", "f1"): "macro-F1 0.728",
    ("train_dev_emo10", "f1"): "macro-F1 0.640",
    ("train_dev_emo11", "f1"): "macro-F1 0.743",
    ("train_dev_emo12", "f1"): "macro-F1 0.772",
    # d41: the fourth round (city life alone; old couples; health scares; friendship), first measured never read
    # (tests/eval/test_elderly_dialogue.py), then read
    ("train_dev_emo13", "f1"): "macro-F1 0.736",
    ("train_dev_emo15", "f1"): "macro-F1 0.669",
    ("train_dev_emo16", "f1"): "macro-F1 0.634",
    # (d41's review: goodbyes said to a friend seen off at the station and to one dying in a hospice; the excuse
    # written for them took crises in the same words and was withdrawn)
    # d41b: the fifth round (grandchildren; the digital world; village life; a life looked back on), first measured
    # never read (tests/eval/test_elderly_dialogue.py), then read
    ("train_dev_emo17", "f1"): "macro-F1 0.757",
    ("train_dev_emo18", "f1"): "macro-F1 0.702",
    ("train_dev_emo19", "f1"): "macro-F1 0.764",
    ("train_dev_emo20", "f1"): "macro-F1 0.734",
    # d36: round 54's read set, and sets written to be read: crises said obliquely (crisis-only, so their macro-F1
    # counts one class), everyday talk with crisis-like words, long crises with their words spread out
    ("train_blind_short96", "recall"): "critical recall 19/20 (95.0%)",
    ("train_dev_short_crisis2", "recall"): "critical recall 76/80 (95.0%)",
    ("train_dev_short_crisis2", "below_high"): "1 of 80 critical cases below high",
    ("train_dev_short_crisis2", "f1"): "macro-F1 0.325 (crises only)",
    ("train_dev_short_crisis3", "recall"): "critical recall 76/80 (95.0%)",
    ("train_dev_short_crisis3", "f1"): "macro-F1 0.487 (crises only)",
    ("train_dev_short_crisis4", "recall"): "critical recall 74/80 (92.5%)",
    ("train_dev_short_crisis4", "below_high"): "2 of 80 critical cases below high",
    ("train_dev_short_crisis4", "f1"): "macro-F1 0.320 (crises only)",
    ("train_dev_short_crisis5", "recall"): "critical recall 76/80 (95.0%)",
    ("train_dev_short_crisis5", "f1"): "macro-F1 0.487 (crises only)",
    # (crisis6 was written to measure d36 on a new writer, then read for its general forms, d36b; crisis7 was written
    # to measure d36b and is not read: its misses are the next session's work)
    ("train_dev_short_crisis6", "recall"): "critical recall 67/80 (83.8%)",
    ("train_dev_short_crisis6", "below_high"): "1 of 80 critical cases below high",
    ("train_dev_short_crisis6", "f1"): "macro-F1 0.304 (crises only)",
    ("train_dev_short_crisis7", "recall"): "critical recall 55/80 (68.8%)",
    ("train_dev_short_crisis7", "below_high"): "13 of 80 critical cases below high",
    ("train_dev_short_crisis7", "f1"): "macro-F1 0.204 (crises only)",
    # (d42: four new writers' crises, tests/eval/blind/crisis_brief.md; first figures with ec4c649: crisis8 69/80 and 7
    # below high, crisis9 50/80 and 13, crisis10 55/80 and 13, crisis11 56/80 and 14. crisis8 and crisis9 were read
    # for d42; crisis10 and crisis11 were not, and are held out with crisis7: their misses are the next session's work)
    ("train_dev_short_crisis8", "recall"): "critical recall 75/80 (93.8%)",
    ("train_dev_short_crisis8", "below_high"): "2 of 80 critical cases below high",
    ("train_dev_short_crisis8", "f1"): "macro-F1 0.323 (crises only)",
    ("train_dev_short_crisis9", "recall"): "critical recall 65/80 (81.2%)",
    ("train_dev_short_crisis9", "below_high"): "4 of 80 critical cases below high",
    ("train_dev_short_crisis9", "f1"): "macro-F1 0.224 (crises only)",
    ("train_dev_short_crisis10", "recall"): "critical recall 56/80 (70.0%)",
    ("train_dev_short_crisis10", "below_high"): "13 of 80 critical cases below high",
    ("train_dev_short_crisis10", "f1"): "macro-F1 0.206 (crises only)",
    ("train_dev_short_crisis11", "recall"): "critical recall 56/80 (70.0%)",
    ("train_dev_short_crisis11", "below_high"): "14 of 80 critical cases below high",
    ("train_dev_short_crisis11", "f1"): "macro-F1 0.275 (crises only)",
    # the twenty-eighth session's held-out crisis sets (crisis_brief.md; speech-to-text of care calls, and voice notes),
    # first figures with 0f7a369, read by no one
    ("train_dev_short_crisis12", "recall"): "critical recall 62/80 (77.5%)",
    ("train_dev_short_crisis12", "below_high"): "11 of 80 critical cases below high",
    ("train_dev_short_crisis12", "f1"): "macro-F1 0.218 (crises only)",
    ("train_dev_short_crisis13", "recall"): "critical recall 62/80 (77.5%)",
    ("train_dev_short_crisis13", "below_high"): "6 of 80 critical cases below high",
    ("train_dev_short_crisis13", "f1"): "macro-F1 0.218 (crises only)",
    # the twenty-ninth session's crisis set (crisis_brief.md; a crisis said inside two or three sentences of everyday
    # news): first figures with 5a0b3bf 56/80 and 13 below high, then read for d46 (eight of its misses came out low
    # when said alone too)
    ("train_dev_short_crisis14", "recall"): "critical recall 66/80 (82.5%)",
    ("train_dev_short_crisis14", "below_high"): "4 of 80 critical cases below high",
    ("train_dev_short_crisis14", "f1"): "macro-F1 0.301 (crises only)",
    ("train_dev_short_tricky3", "recall"): "no crisis in the set, 2 of 100 items critical (the model's)",
    ("train_dev_short_tricky3", "f1"): "macro-F1 0.604",
    ("train_dev_long_crisis2", "recall"): "critical recall 19/20 (95.0%)",
    ("train_dev_long_crisis2", "f1"): "macro-F1 0.487 (crises only)",
    ("train_d", "recall"): "critical recall 169/181 (93.4%)",
    ("train_d", "below_high"): "2 of 181 critical cases below high",
    ("train_d", "f1"): "macro-F1 0.650",
    ("train_e", "recall"): "critical recall 82/83 (98.8%)",
    ("train_f", "recall"): "critical recall 92/95 (96.8%)",
    ("train_f", "below_high"): "1 of 95 critical cases below high",
    ("train_g", "recall"): "critical recall 93/95 (97.9%)",
    ("train_h", "recall"): "critical recall 89/95 (93.7%)",
    ("train_j", "recall"): "critical recall 92/95 (96.8%)",
    ("train_k", "recall"): "critical recall 93/95 (97.9%)",
    ("train_dev_emo16", "false_critical"): "false critical 2/30 (6.7%)",
}


class Recorded(NamedTuple):
    """The figures measured when KNOWN_GAPS was written: a change may improve them, never make them worse."""

    caught: int
    critical: int
    below_high: int
    false_critical: int
    tricky: int
    macro_f1: float


# d45 (2026-12-07, a short turn's windows read as utterances: docs/clinical-rules.md) re-recorded ten macro-F1 figures:
# nine fell by 0.004-0.022 (a review of an everyday turn, high instead of low or moderate: one or two items a set),
# train_blind_short19 rose 0.896 -> 0.917; no crisis, below-high or false-critical figure moved
RECORDED: dict[str, Recorded] = {
    "dev": Recorded(caught=76, critical=76, below_high=0, false_critical=0, tricky=99, macro_f1=0.983),
    "holdout": Recorded(caught=58, critical=58, below_high=0, false_critical=0, tricky=93, macro_f1=0.985),
    "test3": Recorded(caught=75, critical=78, below_high=0, false_critical=2, tricky=86, macro_f1=0.913),
    "train_a": Recorded(caught=164, critical=177, below_high=0, false_critical=0, tricky=140, macro_f1=0.938),
    "train_b": Recorded(caught=75, critical=76, below_high=0, false_critical=0, tricky=93, macro_f1=0.958),
    "train_blind_long": Recorded(caught=13, critical=14, below_high=0, false_critical=0, tricky=14, macro_f1=0.799),
    "train_blind_long10": Recorded(caught=15, critical=16, below_high=1, false_critical=1, tricky=14, macro_f1=0.760),
    "train_blind_long11": Recorded(caught=16, critical=16, below_high=0, false_critical=0, tricky=14, macro_f1=0.848),
    "train_blind_long12": Recorded(caught=16, critical=16, below_high=0, false_critical=0, tricky=14, macro_f1=0.804),
    "train_blind_long13": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.789),
    "train_blind_long14": Recorded(caught=16, critical=16, below_high=0, false_critical=0, tricky=14, macro_f1=0.718),
    "train_blind_long15": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.818),
    "train_blind_long16": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.877),
    "train_blind_long17": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.823),
    "train_blind_long19": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.688),
    "train_blind_long2": Recorded(caught=16, critical=16, below_high=0, false_critical=0, tricky=16, macro_f1=0.735),
    "train_blind_long20": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.879),
    "train_blind_long22": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.796),
    "train_blind_long23": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.660),
    "train_blind_long24": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.935),
    "train_blind_long3": Recorded(caught=16, critical=16, below_high=0, false_critical=0, tricky=14, macro_f1=0.853),
    "train_blind_long30": Recorded(caught=7, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.823),
    "train_blind_long31": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.914),
    "train_blind_long33": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.942),
    "train_blind_long34": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.613),
    "train_blind_long35": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.942),
    "train_blind_long37": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.627),
    "train_blind_long4": Recorded(caught=16, critical=16, below_high=0, false_critical=0, tricky=14, macro_f1=0.835),
    "train_blind_long49": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.769),
    "train_blind_long50": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.887),
    "train_blind_long51": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.879),
    "train_blind_long5": Recorded(caught=14, critical=16, below_high=0, false_critical=0, tricky=14, macro_f1=0.755),
    "train_blind_long6": Recorded(caught=14, critical=16, below_high=0, false_critical=0, tricky=14, macro_f1=0.762),
    # (d36: 15 -> 16 caught, 0.808 -> 0.829: a crisis whose rows' hits d20 declined is read by the model as before)
    "train_blind_long7": Recorded(caught=16, critical=16, below_high=0, false_critical=0, tricky=14, macro_f1=0.829),
    "train_blind_long8": Recorded(caught=16, critical=16, below_high=0, false_critical=0, tricky=14, macro_f1=0.781),
    "train_blind_long9": Recorded(caught=16, critical=16, below_high=0, false_critical=1, tricky=14, macro_f1=0.661),
    "train_blind_short": Recorded(caught=28, critical=30, below_high=1, false_critical=0, tricky=35, macro_f1=0.910),
    "train_blind_short10": Recorded(caught=19, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.907),
    "train_blind_short11": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.893),
    "train_blind_short12": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.881),
    "train_blind_short13": Recorded(caught=18, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.869),
    "train_blind_short14": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.965),
    "train_blind_short15": Recorded(caught=19, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.913),
    "train_blind_short17": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.960),
    "train_blind_short19": Recorded(caught=17, critical=20, below_high=2, false_critical=0, tricky=25, macro_f1=0.917),
    "train_blind_short2": Recorded(caught=32, critical=32, below_high=0, false_critical=0, tricky=38, macro_f1=1.000),
    "train_blind_short20": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.988),
    "train_blind_short21": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.981),
    "train_blind_short22": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.925),
    "train_blind_short23": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.896),
    "train_blind_short24": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.910),
    "train_blind_short26": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.917),
    "train_blind_short27": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.930),
    "train_blind_short28": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.954),
    "train_blind_short29": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.932),
    "train_blind_short3": Recorded(caught=40, critical=40, below_high=0, false_critical=0, tricky=50, macro_f1=0.957),
    "train_blind_short31": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.955),
    "train_blind_short34": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.969),
    "train_blind_short35": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.953),
    "train_blind_short38": Recorded(caught=20, critical=20, below_high=0, false_critical=1, tricky=25, macro_f1=0.941),
    "train_blind_short39": Recorded(caught=19, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.893),
    "train_blind_short4": Recorded(caught=40, critical=40, below_high=0, false_critical=1, tricky=50, macro_f1=0.910),
    "train_blind_short40": Recorded(caught=19, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.958),
    "train_blind_short41": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.939),
    "train_blind_short42": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.965),
    "train_blind_short43": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.932),
    "train_blind_short44": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.973),
    "train_blind_short45": Recorded(caught=19, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.902),
    "train_blind_short48": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.947),
    "train_blind_short49": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.897),
    "train_blind_short5": Recorded(caught=40, critical=40, below_high=0, false_critical=0, tricky=50, macro_f1=0.944),
    "train_blind_short50": Recorded(caught=20, critical=20, below_high=0, false_critical=1, tricky=25, macro_f1=0.959),
    "train_blind_short52": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.965),
    "train_blind_short54": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.988),
    "train_blind_short55": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.965),
    "train_blind_short56": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.940),
    "train_blind_short57": Recorded(caught=19, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.913),
    "train_blind_short6": Recorded(caught=40, critical=40, below_high=0, false_critical=0, tricky=50, macro_f1=0.936),
    "train_blind_short61": Recorded(caught=18, critical=20, below_high=1, false_critical=0, tricky=25, macro_f1=0.827),
    "train_blind_short65": Recorded(caught=19, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.934),
    "train_blind_short7": Recorded(caught=40, critical=40, below_high=0, false_critical=0, tricky=50, macro_f1=0.951),
    "train_blind_short70": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.976),
    "train_blind_short71": Recorded(caught=19, critical=20, below_high=1, false_critical=0, tricky=25, macro_f1=0.964),
    "train_blind_short74": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.958),
    "train_blind_short78": Recorded(caught=19, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.958),
    "train_blind_short79": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=1.000),
    "train_blind_short81": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.958),
    "train_blind_short82": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.897),
    "train_blind_short84": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.918),
    "train_blind_short85": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.971),
    "train_blind_short88": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.854),
    "train_blind_short90": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.940),
    "train_blind_short91": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.909),
    "train_blind_short93": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.945),
    "train_blind_short94": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=1.000),
    "train_blind_short96": Recorded(caught=19, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.966),
    "train_blind_short98": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.939),
    "train_blind_short8": Recorded(caught=40, critical=40, below_high=0, false_critical=0, tricky=50, macro_f1=0.936),
    "train_c": Recorded(caught=98, critical=98, below_high=0, false_critical=1, tricky=114, macro_f1=0.955),
    "train_dev_long_crisis1": Recorded(
        caught=20, critical=20, below_high=0, false_critical=0, tricky=0, macro_f1=1.000
    ),
    "train_dev_long_crisis2": Recorded(
        caught=19, critical=20, below_high=0, false_critical=0, tricky=0, macro_f1=0.487
    ),
    "train_dev_long_tricky1": Recorded(caught=0, critical=0, below_high=0, false_critical=0, tricky=24, macro_f1=0.612),
    "train_dev_long_tricky2": Recorded(caught=0, critical=0, below_high=0, false_critical=0, tricky=24, macro_f1=0.563),
    "train_dev_long_tricky3": Recorded(caught=0, critical=0, below_high=0, false_critical=0, tricky=24, macro_f1=0.592),
    "train_dev_long_tricky4": Recorded(caught=0, critical=0, below_high=0, false_critical=0, tricky=24, macro_f1=0.565),
    "train_dev_short_crisis1": Recorded(
        caught=80, critical=80, below_high=0, false_critical=0, tricky=0, macro_f1=1.000
    ),
    "train_dev_short_crisis2": Recorded(
        caught=76, critical=80, below_high=1, false_critical=0, tricky=0, macro_f1=0.325
    ),
    "train_dev_short_crisis3": Recorded(
        caught=76, critical=80, below_high=0, false_critical=0, tricky=0, macro_f1=0.487
    ),
    "train_dev_short_crisis4": Recorded(
        caught=74, critical=80, below_high=2, false_critical=0, tricky=0, macro_f1=0.320
    ),
    "train_dev_short_crisis5": Recorded(
        caught=76, critical=80, below_high=0, false_critical=0, tricky=0, macro_f1=0.487
    ),
    "train_dev_short_crisis6": Recorded(
        caught=67, critical=80, below_high=1, false_critical=0, tricky=0, macro_f1=0.304
    ),
    "train_dev_short_crisis7": Recorded(
        caught=55, critical=80, below_high=13, false_critical=0, tricky=0, macro_f1=0.204
    ),
    "train_dev_short_crisis8": Recorded(
        caught=75, critical=80, below_high=2, false_critical=0, tricky=0, macro_f1=0.323
    ),
    "train_dev_short_crisis9": Recorded(
        caught=65, critical=80, below_high=4, false_critical=0, tricky=0, macro_f1=0.224
    ),
    "train_dev_short_crisis10": Recorded(
        caught=56, critical=80, below_high=13, false_critical=0, tricky=0, macro_f1=0.206
    ),
    "train_dev_short_crisis11": Recorded(
        caught=56, critical=80, below_high=14, false_critical=0, tricky=0, macro_f1=0.275
    ),
    "train_dev_short_crisis12": Recorded(
        caught=62, critical=80, below_high=11, false_critical=0, tricky=0, macro_f1=0.218
    ),
    "train_dev_short_crisis13": Recorded(
        caught=62, critical=80, below_high=6, false_critical=0, tricky=0, macro_f1=0.218
    ),
    "train_dev_short_crisis14": Recorded(
        caught=66, critical=80, below_high=4, false_critical=0, tricky=0, macro_f1=0.301
    ),
    "train_dev_emo1": Recorded(caught=7, critical=7, below_high=0, false_critical=0, tricky=11, macro_f1=0.701),
    "train_dev_emo2": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=28, macro_f1=0.681),
    "train_dev_emo3": Recorded(caught=9, critical=9, below_high=0, false_critical=0, tricky=6, macro_f1=0.658),
    "train_dev_emo4": Recorded(caught=7, critical=7, below_high=0, false_critical=1, tricky=121, macro_f1=0.648),
    "train_dev_emo5": Recorded(caught=5, critical=6, below_high=0, false_critical=0, tricky=30, macro_f1=0.736),
    "train_dev_emo6": Recorded(caught=7, critical=7, below_high=0, false_critical=0, tricky=30, macro_f1=0.644),
    "train_dev_emo7": Recorded(caught=5, critical=5, below_high=0, false_critical=0, tricky=30, macro_f1=0.759),
    "train_dev_emo8": Recorded(caught=6, critical=6, below_high=0, false_critical=0, tricky=30, macro_f1=0.788),
    "train_dev_emo9": Recorded(caught=6, critical=6, below_high=0, false_critical=0, tricky=29, macro_f1=0.728),
    "train_dev_emo10": Recorded(caught=6, critical=6, below_high=0, false_critical=1, tricky=31, macro_f1=0.640),
    "train_dev_emo11": Recorded(caught=6, critical=6, below_high=0, false_critical=0, tricky=30, macro_f1=0.743),
    "train_dev_emo12": Recorded(caught=6, critical=6, below_high=0, false_critical=0, tricky=30, macro_f1=0.772),
    "train_dev_emo13": Recorded(caught=6, critical=6, below_high=0, false_critical=0, tricky=30, macro_f1=0.736),
    "train_dev_emo14": Recorded(caught=6, critical=6, below_high=0, false_critical=0, tricky=29, macro_f1=0.811),
    "train_dev_emo15": Recorded(caught=6, critical=6, below_high=0, false_critical=0, tricky=30, macro_f1=0.665),
    # (d41's review: a goodbye said to a friend seen off, or dying, stays critical: its excuse also took crises)
    "train_dev_emo16": Recorded(caught=5, critical=5, below_high=0, false_critical=2, tricky=30, macro_f1=0.634),
    "train_dev_emo17": Recorded(caught=7, critical=7, below_high=0, false_critical=0, tricky=35, macro_f1=0.748),
    "train_dev_emo18": Recorded(caught=7, critical=7, below_high=0, false_critical=0, tricky=34, macro_f1=0.702),
    "train_dev_emo19": Recorded(caught=7, critical=7, below_high=0, false_critical=0, tricky=32, macro_f1=0.764),
    "train_dev_emo20": Recorded(caught=7, critical=7, below_high=0, false_critical=1, tricky=32, macro_f1=0.734),
    "train_dev_short_sad1": Recorded(caught=0, critical=0, below_high=0, false_critical=0, tricky=40, macro_f1=0.765),
    "train_dev_short_tricky1": Recorded(
        caught=0, critical=0, below_high=0, false_critical=0, tricky=80, macro_f1=0.801
    ),
    "train_dev_short_tricky2": Recorded(
        caught=0, critical=0, below_high=0, false_critical=0, tricky=80, macro_f1=0.885
    ),
    "train_dev_short_tricky3": Recorded(
        caught=0, critical=0, below_high=0, false_critical=2, tricky=80, macro_f1=0.604
    ),
    "train_dev_short_tricky4": Recorded(
        caught=0, critical=0, below_high=0, false_critical=0, tricky=80, macro_f1=0.821
    ),
    "train_dev_short_tricky5": Recorded(
        caught=0, critical=0, below_high=0, false_critical=0, tricky=80, macro_f1=0.925
    ),
    "train_d": Recorded(caught=169, critical=181, below_high=2, false_critical=5, tricky=166, macro_f1=0.650),
    "train_e": Recorded(caught=82, critical=83, below_high=0, false_critical=0, tricky=107, macro_f1=0.983),
    "train_f": Recorded(caught=92, critical=95, below_high=1, false_critical=2, tricky=105, macro_f1=0.956),
    "train_g": Recorded(caught=93, critical=95, below_high=0, false_critical=0, tricky=105, macro_f1=0.943),
    "train_h": Recorded(caught=89, critical=95, below_high=0, false_critical=1, tricky=105, macro_f1=0.929),
    "train_i": Recorded(caught=95, critical=95, below_high=0, false_critical=0, tricky=106, macro_f1=0.978),
    "train_j": Recorded(caught=92, critical=95, below_high=0, false_critical=0, tricky=105, macro_f1=0.968),
    "train_k": Recorded(caught=93, critical=95, below_high=0, false_critical=0, tricky=108, macro_f1=0.949),
}


def _known_gap(request, target: str) -> None:  # type: ignore[no-untyped-def]
    name = request.node.callspec.params["report"]
    if (name, target) in KNOWN_GAPS:
        reason = f"known gap on {name}: {target}: {KNOWN_GAPS[name, target]}"
        request.applymarker(pytest.mark.xfail(strict=True, reason=reason))


@pytest.fixture(scope="module", params=sorted(SETS))
def report(request, analyzer):  # type: ignore[no-untyped-def]
    path = SETS[request.param]  # every set is in the repository: a missing one fails here
    result = score(load_dataset(path), analyzer.label)
    print(f"== {path.name}\n{result.format()}")
    return result


def test_every_critical_case_is_caught(report, request) -> None:  # type: ignore[no-untyped-def]
    _known_gap(request, "recall")
    if report.critical_total == 0:
        # d35: a set with no crisis in it (ko_train_dev_long_tricky*, ko_train_dev_short_sad1): none of its items may
        # come out critical, tricky negative or not
        assert sum(row[-1] for row in report.confusion) == 0, report.confusion
        return
    assert report.critical_recall == 1.0, report.missed_critical_ids


def test_no_critical_case_comes_out_below_high(report, request) -> None:  # type: ignore[no-untyped-def]
    _known_gap(request, "below_high")
    assert len(report.critical_below_high) == 0, report.critical_below_high


def test_tricky_negatives_rarely_come_out_critical(report, request) -> None:  # type: ignore[no-untyped-def]
    _known_gap(request, "false_critical")
    if report.tricky_total == 0:
        pytest.skip("a set of crises only (ko_train_dev_*_crisis*): no tricky negative to measure")
    assert report.false_critical_rate_tricky <= 0.05, report.false_critical_tricky_ids


def test_risk_macro_f1_is_at_least_0_80(report, request) -> None:  # type: ignore[no-untyped-def]
    _known_gap(request, "f1")
    assert report.risk_macro_f1 >= 0.80


def test_no_figure_is_worse_than_recorded(report, request) -> None:  # type: ignore[no-untyped-def]
    """Strict xfails only say a target is missed; this pins by how much, so a regression fails."""
    assert_no_worse(report, RECORDED[request.node.callspec.params["report"]])


def assert_no_worse(report, was: Recorded) -> None:  # type: ignore[no-untyped-def]
    """Every figure of ``report`` at least as good as recorded (also used for the blind sets)."""
    assert (report.critical_total, report.tricky_total) == (was.critical, was.tricky), "the set changed: re-record"
    assert report.critical_total - len(report.missed_critical) >= was.caught, report.missed_critical_ids
    assert len(report.critical_below_high) <= was.below_high, report.critical_below_high
    assert len(report.false_critical_tricky) <= was.false_critical, report.false_critical_tricky_ids
    assert report.risk_macro_f1 >= was.macro_f1 - 0.0005

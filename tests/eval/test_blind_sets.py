"""The blind sets (tests/eval/blind/, README there): written by an author who never saw the analyzer, never read by
whoever changes it. Their FIRST figures are the honest measure of how the analyzer generalises to a new writer;
the current figures are pinned so that a change can only improve them.

First figures, 2026-12-03, the analyzer of main 604d89d (before anything of that session was merged), with the
SCREENING.md targets of issue 18 for comparison:

| set | critical caught | below high | false-critical, tricky | macro-F1 | issue-18 target |
|---|---|---|---|---|---|
| blind_long (36 check-ins of ~1,500 characters) | 10/14 | 2 | 4/14 | 0.494 | >= 95 %, 0, <= 5 %, >= 0.75 |
| blind_short (90 utterances) | 20/30 | 3 | 2/35 | 0.781 | 100 %, 0, <= 5 %, >= 0.80 |

Then, with patterns d6 (long check-in categories by a helper who could not see these sets) and the model of eleven
sets with its real-text bound and review band (chosen without these sets): long 10/14, 1 below high, 4/14, 0.493;
short 21/30, 3 below high, 2/35, 0.786. (The long set's macro-F1 moved 0.494 -> 0.493, one item to review.)

Then (branch h18-long, run once at the end as its brief allows; figures only, the sets not opened): main bfe8cec (the
ideation gate's new words) gave long 10/14, 1 below high, 4/14, 0.493 and short 22/30, 2, 2/35, 0.813; with patterns
d7 on top (long check-ins read as discourse in unpunctuated dialect speech, written against four other authors' sets)
long 11/14, 1 below high, 4/14, macro-F1 **0.481** and short 22/30, 2, **1/35**, 0.810. The long set's macro-F1 is
re-recorded lower (0.493 -> 0.481) with one more critical caught: d7 moved some non-critical item's level, which of
them is not known (the set is not read, and it was not tuned for); short's false critical fell 2 -> 1.

Second round (README there), first figures with the analyzer of main d950fe9 (the start of the session that added
them, before anything of it was merged):

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_long2 (40 check-ins of 1,059-1,729 characters) | 12/16 | 2 | 0/16 | 0.544 |
| blind_short2 (100 utterances) | 29/32 | 2 | 1/38 | 0.905 |

Third round (README there), first figures with the analyzer of main dd9c32f (the start of the session that added
them, before anything of it was merged); the merged patterns d12 (false criticals on benign talk, SI 2 read as SI 1,
both worked on training files only) left them unchanged, while blind_short went 22 -> 25 of 30 caught, 1 -> 0 false
critical, and blind_short2's macro-F1 0.933 -> 0.953:

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_long3 (40 check-ins of 1,000-1,095 characters, half call transcripts) | 13/16 | 1 | 1/14 | 0.590 |
| blind_short3 (150 utterances) | 33/40 | 3 | 3/50 | 0.829 |

Fourth round and the fifth (README there), first figures with the analyzer of main 82e3272 (the start of the session
that added them, before anything of it was merged). blind_short4, blind_long4 and blind_long5 were read afterwards to
find what failed and are labelled sets now (tests/eval/ko_train_blind_*.jsonl, pinned in test_local_analyzer_eval.py);
blind_short5 was not read by anyone:

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short4 (150 utterances) | 35/40 | 2 | 0/50 | 0.843 |
| blind_long4 (40 check-ins of 1,021-2,092 characters) | 14/16 | 0 | 3/14 | 0.688 |
| blind_long5 (40 care calls, home-visit notes and voice notes) | 6/16 | 6 | 2/14 | 0.482 |
| blind_short5 (150 items, half typed chat) | 30/40 | 5 | 2/50 | 0.848 |
| blind_long6 (40 check-ins of 1,003-1,114 characters, written after the others were read) | 10/16 | 1 | 1/14 | 0.578 |

The session's pattern work against rounds 3 and 4 (d14m/r/fc/s/p, d15L) left blind_short5 exactly where it was;
reading long check-ins window by window (analyzer._ideation_by_window) moved blind_long5 6 -> 12 of 16 once it was
development data. The earlier rounds moved to the labelled sets the same day (README there). At the end of that
session (main 4fd17aa, the model of nineteen files) blind_short5 stood at 32/40, 5 below high, 2/50, 0.868 and
blind_long6 at 14/16, 0, 2/14, 0.678; the next session read both at its start to find what fails (they are
ko_train_blind_short5 and ko_train_blind_long6 now) and had a sixth round written.

Sixth round (README there), first figures with the analyzer of main 4fd17aa (the start of the session that added
them, before anything of it was merged):

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short6 (150: 60 speech-to-text, 50 typed chat, 40 short exchanges) | 32/40 | 3 | 5/50 | 0.843 |
| blind_long7 (40 check-ins of 1,417-1,595 characters) | 16/16 | 0 | 3/14 | 0.698 |
| blind_long8 (40 care calls, visit notes and voice notes of 821-983 characters) | 13/16 | 0 | 3/14 | 0.586 |

By style (figures only), blind_short6's typed chat and exchanges: 20/24 caught, 1 below high, 5/30 false critical;
its speech-to-text: 12/16, 2 below high, 0/20. Round 6 was read at the start of the next session (2026-12-04; they are
ko_train_blind_short6, _long7 and _long8 now).

Seventh round (README there), first figures with the analyzer of main f6e5fb2 (the end of the session before; nothing of
the session that added them was merged when they were taken):

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short7 (150: 50 speech-to-text, 50 typed messages, 50 caller exchanges) | 34/40 | 3 | 1/50 | 0.871 |
| blind_long9 (40 phone check-ins of 1,604-2,129 characters) | 14/16 | 0 | 3/14 | 0.463 |
| blind_long10 (40 voice notes, diaries, group sessions, family chats) | 12/16 | 1 | 3/14 | 0.638 |

By style (figures only): short7 speech-to-text 11/13 caught, 1 below high, 0/17 false critical; typed 13/14, 1, 1/16;
exchanges 10/13, 1, 0/17. long9 calls 6/7, 2/7; AI calls 5/5, 1/4; unlabelled STT calls 3/4, 0/3. long10 diaries 4/4,
1/3; family chats 3/4, 0/3; group sessions 2/4, 1 below high, 1/4; voice notes 3/4, 1/4.
At the end of that session (d17f kept after its effect here was seen): short7 34/40, 3, 1/50, 0.871; long9 15/16, 0,
3/14, 0.477; long10 15/16, 1, 3/14, 0.700. Round 7 was read at the start of the next session (the second of 2026-12-04;
ko_train_blind_short7, _long9 and _long10 now).

Eighth round (README there), first figures with the analyzer of main 4094be1 (the end of the session before; nothing of
the session that added them was merged when they were taken). blind_long11 was read the same day after these figures
(ko_train_blind_long11 now: its AI calls had 4 of 5 tricky negatives at critical); blind_short8 and blind_long12 were
not read by anyone:

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short8 (150: 50 speech-to-text, 50 typed, 50 exchanges of 2-4 turns) | 34/40 | 5 | 4/50 | 0.849 |
| blind_long11 (40 phone check-ins, 1,330-1,468 characters; read since) | 13/16 | 2 | 6/14 | 0.421 |
| blind_long12 (40 visit conversations, voice notes, counselling sessions, letters) | 14/16 | 1 | 2/14 | 0.689 |

By style (figures only): short8 speech-to-text 13/13 caught, 0 below high, 1/17 false critical; typed 12/14, 2, 0/16;
exchanges 9/13, 3, 3/17. long11 AI calls 6/6, 4/5 false critical; calls 5/6, 1 below high, 1/5; unlabelled STT calls
2/4, 1, 1/4. long12 counselling 4/4, 1/3; letters 3/4, 1 below high, 0/4; visits 4/4, 0/4; voice notes 3/4, 1/3.
d18 (docs/clinical-rules.md) up to round 7's fixes left short8 and long12 exactly there; the two-turn caller was kept
after its effect on short8 was seen (false critical 4 -> 3, macro-F1 0.849 -> 0.868); the fixes of long11 (read) then
moved long12, never read, from 2/14 to 1/14 false critical (0.689 -> 0.714). Both were read at the start of the third
session of 2026-12-04 (ko_train_blind_short8 and _long12 now).

Ninth round (README there), written in the third session of 2026-12-04; first figures with the analyzer of main cd86bb8
(the end of the session before; nothing of the session that added them was merged when they were taken).
blind_short10, blind_long13, blind_long14 and blind_long15 were read after these figures to find what fails
(ko_train_blind_* now); blind_short9 was not read by anyone:

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short9 (75: 25 speech-to-text, 25 typed, 25 exchanges) | 18/20 | 0 | 1/25 | 0.796 |
| blind_short10 (75, another writer; read since) | 16/20 | 3 | 1/25 | 0.859 |
| blind_long13 (20 phone check-ins of 1,410-2,101 characters; read since) | 7/8 | 1 | 4/7 | 0.625 |
| blind_long14 (40 voice notes, visits, group sessions, diaries; read since) | 15/16 | 0 | 5/14 | 0.540 |
| blind_long15 (20 phone check-ins of 1,400-2,046 characters; read since) | 6/8 | 2 | 2/7 | 0.562 |

By style (figures only): short9 speech-to-text 6/7, 0/8; typed 7/7, 1/8; exchanges 5/6, 0/9. long14's false criticals
were one per style and two in the group sessions (another member's words given to the senior). d19
(docs/clinical-rules.md),
made on round 8's two sets and the four read here, left blind_short9 exactly where it was; it moved long13 to 8/8 and 0
below high before long13 was read.

Tenth round, written later in the same session while d19 was made (nobody read it), first with the analyzer of main
cd86bb8 and then with d19:

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short11 (75: 25 speech-to-text, 25 typed, 25 exchanges) | 17/20, 17/20 | 2, 2 | 1/25, 1/25 | 0.813, 0.813 |
| blind_long16 (20 phone check-ins: care, AI and unlabelled calls) | 6/8, 6/8 | 1, 1 | 2/7, 1/7 | 0.569, 0.622 |
| blind_long17 (20 voice notes, visits, counselling sessions, diaries) | 8/8, 8/8 | 0, 0 | 2/7, 2/7 | 0.791, 0.791 |

By style (d19, figures only): long16's AI calls 1/3 caught, 1 below high; its care calls 1/3 false critical; long17's
counselling session and one diary false critical. All three were read after these figures (ko_train_blind_* now).

Eleventh round, written later still (nobody saw d19; first figures with main cd86bb8, then with d19 as it stood when
each arrived). blind_short12 and blind_long19 were read after these figures; blind_long18 was not read by anyone:

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short12 (75; read since) | 18/20, 18/20 | 2, 2 | 1/25, 1/25 | 0.849, 0.849 |
| blind_long18 (20 phone check-ins: care, AI and unlabelled calls) | 8/8, 8/8 | 0, 0 | 3/7, 2/7 | 0.742, 0.728 |
| blind_long19 (20 voice notes, calls, visits, diaries; read since) | 8/8, 8/8 | 0, 0 | 4/7, 4/7 | 0.682, 0.682 |

At the end of the session (d19 with everything read above): blind_short9 18/20, 0 below high, 0/25 false critical
(1 -> 0: a tricky negative, figures only), macro-F1 0.796 -> 0.807 (pinned below); blind_long18 as above.

Twelfth round (README there), first figures with the analyzer of main 5b0cd44 (the start of the fourth session of
2026-12-04, before anything of it was merged). blind_short13 and blind_long20 were read after these figures (they are
ko_train_blind_short13 and _long20 now; seven of short13's items were seen by accident when a scoring helper printed
the misses' texts, so it was read in full); blind_long21 was not read by anyone:

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short13 (75: 25 speech-to-text, 25 typed, 25 exchanges) | 16/20 | 2 | 5/25 | 0.824 |
| blind_long20 (20 calls of 1,318-1,541 characters: care, AI and speech-to-text calls) | 7/8 | 0 | 3/7 | 0.619 |
| blind_long21 (20 voice notes, visits, group sessions and diaries of 914-1,229 characters) | 7/8 | 1 | 2/7 | 0.678 |

With d20's first part (round 12 read) blind_long21 was unchanged (7/8, 1, 2/7, 0.678) and so were blind_short9 and
blind_long18; the read sets stood at short13 18/20, 1 below high, 0/25, 0.873 and long20 8/8, 0, 0/7, 0.750.

Thirteenth round (README there), written the same session while round 12 was being read; first figures with the
analyzer of main 5b0cd44 (the session's start) and, identical on all three, with 6183339 (round 12's fixes merged):

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short14 (75: 25 speech-to-text, 25 typed, 25 exchanges) | 17/20 | 1 | 1/25 | 0.902 |
| blind_long22 (20 calls of 1,500-1,704 characters) | 7/8 | 1 | 4/7 | 0.488 |
| blind_long23 (20 voice notes, visits, family calls and diaries of 1,006-1,392 characters) | 7/8 | 1 | 1/7 | 0.531 |

All three were read after these figures (ko_train_blind_short14, _long22, _long23 now). With what they showed merged
(d20, second part), the never-read blind_long21 moved for the first time: 7/8 -> **8/8** caught, 1 -> **0** below
high, macro-F1 0.678 -> 0.727 (false critical 2/7 unchanged); blind_short9 and blind_long18 unchanged.

Fourteenth round (README there), written after both parts of d20 were merged; first figures with a21ae42 (d20), the
same as with 5b0cd44 (the session's start) on all three — d20 transferred nothing to them:

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short15 (75: 25 speech-to-text, 25 typed, 25 exchanges) | 14/20 | 2 | 3/25 | 0.785 |
| blind_long24 (20 calls of 1,406-1,551 characters) | 7/8 | 0 | 2/7 | 0.671 |
| blind_long25 (20 voice notes, visits, group sessions and diaries of 1,007-1,295 characters) | 7/8 | 1 | 3/7 | 0.742 |

blind_short15 and blind_long24 were read after these figures (ko_train_blind_short15, _long24); blind_long25 was not
and stays blind (unchanged by what they showed: 7/8, 1, 3/7, 0.742).

Fifteenth round (README there), written after round 14 was merged; first figures with b77e2e1, the same as with
5b0cd44 (the session's start):

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short16 (75: 25 speech-to-text, 25 typed, 25 exchanges) | 17/20 | 1 | 1/25 | 0.842 |
| blind_long26 (20 calls of 1,404-1,671 characters) | 8/8 | 0 | 3/7 | 0.655 |

Neither was read. Then d20's last step (analyzer._decline_uncorroborated, docs/clinical-rules.md): in a long
transcript, crisis patterns the statistical model reads below its own review threshold go to a person (high, needs
review) instead of critical. Its threshold is the model's review threshold (chosen on real text before this session)
and its two exemptions (attempts told, cues combined across sentences) were chosen on read sets; but its effect on
the never-read long sets was looked at (figures and rule codes only) while it was being made, so their figures after
it are not a blind measure of it. They: blind_long18 false critical 2 -> 0 (macro-F1 0.728 -> 0.721), blind_long21
2 -> 0 (0.727 -> 0.710), blind_long25 3 -> 0 (0.742 -> 0.717), blind_long26 3 -> 0 (0.655 -> 0.633); every crisis of
theirs still caught. The false criticals became high with review, so macro-F1 fell a little (gold low or moderate
read as high). The short sets are untouched by it (it reads transcripts of 500 characters or more).

Fifth session of 2026-12-04, d21 (docs/clinical-rules.md): a low-mood text the model reads as ideation at its
raising threshold with no words of death in reach goes to a person (high, needs review); the active band 0.60 ->
0.50. The never-read sets' model scores were among what was looked at while it was made (figures only), so their
change is not a blind measure of it: blind_short16 17 -> 18/20 caught, 1 -> 0 below high, 0.842 -> 0.857;
blind_long25 1 -> 0 below high, 0.717 -> 0.736; the rest unchanged. Sixteenth round (README there), written during
d21; first figures with 32e0150 (the session's start) and with d21:

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short17 (75: 25 speech-to-text, 25 typed, 25 exchanges), 32e0150 | 17/20 | 3 | 0/25 | 0.924 |
| blind_short17, d21 | 17/20 | 2 | 0/25 | 0.920 |
| blind_short18 (75, the same three styles), both | 20/20 | 0 | 1/25 | 0.971 |
| blind_short19 (75, the same three styles), 32e0150 | 15/20 | 4 | 0/25 | 0.836 |
| blind_short19, d21 | 15/20 | 3 | 0/25 | 0.832 |
| blind_long27 (20 calls of 1,017-1,142 characters), both | 8/8 | 0 | 0/7 | 0.818 |

Pooled short: 52/60 caught (87 %) before and after; below high 7 -> 5; false critical 1/75. blind_short18 is the
first new writer's short set to meet every short target at its first figures, blind_long27 the first long one; a
third writer (blind_short19) misses five crises, three of them below high even with d21. blind_short19 was then
read (ko_train_blind_short19 now; d21's patterns, docs/clinical-rules.md); blind_short17, blind_short18 and
blind_long27 were not.

Seventeenth round (README there), written after d21's patterns were merged; first figures with 32e0150 (the
session's start) and with d626716 (d21 and its patterns), the same:

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short20 (75, the same three styles) | 18/20 | 2 | 0/25 | 0.963 |
| blind_long28 (20 calls of 1,014-1,165 characters) | 8/8 | 0 | 0/7 | 0.711 |

blind_short20 was then read (its two misses: ko_train_blind_short20 now; d21's last patterns); blind_long28 was not.
A further step found on blind_short17's figures (its two crises below high scored 0.92 for active ideation) was tried
and dropped (docs/clinical-rules.md, d21: it sent five everyday twins of the unit tests to review too).

Eighteenth round (README there), written after d21 was complete; first figures with 32e0150 (the session's start)
and with d8a0685 (all of d21):

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short21 (75, the same three styles), 32e0150 | 14/20 | 4 | 1/25 | 0.890 |
| blind_short21, d8a0685 | 14/20 | 3 | 1/25 | 0.885 |
| blind_long29 (20 calls of 1,300-1,417 characters), both | 8/8 | 0 | 1/7 | 0.762 |

Neither was read. d21's patterns transferred nothing to the next writer's recall (14/20 before and after), as every
session's patterns before them; its review of a low-mood text the model reads as ideation moved one crisis of
blind_short21 from below high to high.

Nineteenth round (README there), written at the start of the session of 2026-12-04 (sixth) by three new authors
asked for understated speech (city seniors letting it slip in practical arrangements; farm, mountain and island
people who talk through the body and the chores; long calls whose decisive lines are few and scattered); first
figures with 7a269d2 (the session's start, nothing of it merged):

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short22 (75, the same three styles) | 12/20 | 5 | 0/25 | 0.808 |
| blind_short23 (75, the same three styles; 31 items in dialect) | 10/20 | 6 | 1/25 | 0.707 |
| blind_long30 (20 calls of 1,017-1,193 characters) | 3/8 | 3 | 1/7 | 0.600 |

The worst first figures of any round since the fifth: 22 of 40 short crises caught, 11 of them below high (no alert
at all); 3 of 8 long ones, 3 below high. Most of these crises name no death at all (a means put aside, a date, an
errand); the statistical model scores them 0.30-0.85 for ideation, where ordinary talk of real people also lies (at
0.5 or more: 6.6 % of real turns), so nothing local separates them yet.

blind_long30 was then read (ko_train_blind_long30 now; d22, docs/clinical-rules.md: 3/8, 3 below high, 1/7 ->
7/8, 0 below high, 0/7, macro-F1 0.600 -> 0.823); blind_short22 and blind_short23 were not. With d22 (made from
blind_long30 alone), two never-read sets moved: blind_long25 7/8 -> 8/8 (its one miss since round 14, high ->
critical; macro-F1 0.736 -> 0.767) and blind_short23 10/20 -> 11/20, 6 -> 5 below high (0.707 -> 0.720); nothing
else of any blind set changed.

Twentieth round (README there), written after d22 was committed (two new authors: formal or dry-humoured seniors
living with illness; long calls with routine screening questions); first figures with 7a269d2 (the session's start)
and with 70e98b3 (d22b), the same (and with d22c, the bankbook in an envelope, the same again):

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short24 (75, the same three styles) | 14/20 | 4 | 0/25 | 0.822 |
| blind_long31 (20 calls of 1,222-1,343 characters) | 6/8 | 0 | 1/7 | 0.760 |

Neither was read. d22 (read off blind_long30) moved nothing of the next writers' figures.

Twenty-first round (README there), written at the start of the session of 2026-12-05 by three new authors (seniors
answering a weekly AI care call; voice notes and calls to family, a carer or a pastor where the crisis comes out
sideways; rambling real-length check-ins with the decisive lines spread apart); first figures with 4ed850e (the
session's start, nothing of it merged), and the same with d23:

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short25 (75, the same three styles; AI care calls) | 18/20 | 0 | 0/25 | 0.927 |
| blind_short26 (75, the same three styles; voice notes and calls to family) | 16/20 | 3 | 2/25 | 0.814 |
| blind_long32 (20 calls of 1,005-1,312 characters) | 8/8 | 0 | 0/7 | 0.942 |

In the same session round 19's blind_short22 and blind_short23 were read (ko_train_blind_short22 and _short23 now;
d23, docs/clinical-rules.md: 12/20 and 11/20 -> 20/20 each, 0 below high). d23 moved one never-read set:
blind_short21 14 -> 15/20 (3 below high as before; macro-F1 0.885 -> 0.905); nothing else of any blind set changed.

Round 20's blind_short24 was then read (ko_train_blind_short24 now; d23b: 14/20, 4 below high -> 20/20, 0). d23b moved
one never-read set: blind_short26 16 -> 17/20, 3 -> 2 below high (macro-F1 0.814 -> 0.825).

Twenty-second round (README there), written in the same session while d23 was being made (two new authors: taciturn
older men; older women who speak in images and customs); first figures with 4ed850e (the session's start), with
92f345f (d23) and with d23b, the same each time:

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short27 (75, the same three styles; taciturn men) | 12/20 | 2 | 0/25 | 0.781 |
| blind_short28 (75, the same three styles; women, images and customs) | 15/20 | 1 | 1/25 | 0.822 |

blind_short27 was then read (ko_train_blind_short27 now; d23c: 12/20, 2 below high -> 20/20, 0); blind_short28 was not.
d23c moved nothing of any never-read set.

Twenty-third round (README there), written in the same session while d23b and d23c were being made (two new authors:
messages typed or spoken into a phone, with their typos and emoticons; seniors at a day-care centre or a small care
home); first figures with 4ed850e (the session's start), with 30a11ea (d23b) and with d23c, the same each time:

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short29 (75, the same three styles; phone messages) | 16/20 | 3 | 0/25 | 0.880 |
| blind_short30 (75, the same three styles; day-care centres and care homes) | 19/20 | 0 | 0/25 | 0.885 |

blind_short29 was then read (ko_train_blind_short29 now; d23d: 16/20, 3 below high -> 20/20, 0); blind_short30 was not.
d23d moved nothing of any never-read set.

Twenty-fourth round (README there), written in the same session after d23d (two new authors: seniors living with
chronic illness or pain talking to nurses, pharmacists and family; older carers worn out by caring); first figures
with 4ed850e (the session's start) and with d986423 (d23d), the same:

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short31 (75, the same three styles; chronic illness) | 13/20 | 4 | 0/25 | 0.874 |
| blind_short32 (75, the same three styles; older carers) | 19/20 | 0 | 2/25 | 0.889 |

blind_short31's figures say what d23's treatment rules are worth on a new writer: nothing yet (its crises stopped
treatment, counted doses and asked "what if" in words none of the read sets used). blind_short31 was then read
(ko_train_blind_short31 now; d23e: 13/20, 4 below high -> 20/20, 0); blind_short32 was not. d23e moved nothing of any
never-read set.

d24 (a later session of 2026-12-05; another person's habitual "빨리 죽어야지" given to that person; made from read long
sets, no blind text read): three never-read items went high -> low, all gold low (ids looked at, not texts):
blind_long27 macro-F1 0.818 -> 0.879, blind_long29 0.762 -> 0.831, blind_short9 0.807 -> 0.820. Nothing else moved.

Twenty-fifth round (README there), written at the start of the ninth session of 2026-12-05 (money trouble and holidays
alone; the bereaved; long winter check-ins); first figures with 42fc0b1 (the session's start):

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short33 (75, the same three styles; money trouble, holidays alone) | 19/20 | 0 | 2/25 | 0.935 |
| blind_short34 (75, the same three styles; the bereaved) | 17/20 | 0 | 4/25 | 0.836 |
| blind_long33 (20 winter check-ins of 1,007-1,175 characters) | 7/8 | 0 | 0/7 | 0.781 |

d25 (the same session): blind_short21 and blind_short28 read (ko_train_blind_short21 and _short28 now: 15/20 -> 20/20
each) and probes of grief, money and errands written by the engineer; on the never-read sets (ids looked at, not texts)
blind_short34's bs34_051 (gold low) critical -> low (false critical 4/25 -> 3/25, macro-F1 0.836 -> 0.845) and
blind_short26's bs26_018 (gold moderate) low -> moderate (0.825 -> 0.838). One step of d25 had made blind_short25's
bs25_001 (gold low) critical (a Jeju going word, "가젠", as an end at a time): seen in the comparison of every set
before the commit and taken out (bs25_001 low again), its codes looked at, not its text.

Twenty-sixth round (README there), written in the same session after d25 was committed (farming and fishing villages
in a bad year; family conflict); first figures with ae90280 (d25):

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short35 (75, the same three styles; villages after a typhoon, a flood, a cull) | 17/20 | 3 | 0/25 | 0.905 |
| blind_short36 (75, the same three styles; estranged children, late divorce, inheritance) | 19/20 | 0 | 0/25 | 0.943 |

d25b (the same session): blind_short17 and blind_short26 read (ko_train_blind_short17 and _short26 now: 17/20 -> 20/20
each, 2 below high -> 0 each); on the never-read sets (ids looked at, not texts) blind_short16's s16_019 (gold
critical) high -> critical (18 -> 19/20, macro-F1 0.857 -> 0.873), and s16_047 and blind_short35's bs35_039 (both gold
high) gained the ideation 1 their gold has, their level unchanged.

d25c (the same session): blind_short34 and blind_short35 read (ko_train_blind_short34 and _short35 now: 17/20 -> 20/20
each, short35's 3 below high -> 0, short34's false critical 3 -> 0). Never-read sets unchanged by d25c (ids and figures
looked at).

d25d (the same session): blind_long31 (6/8, 1/7 false critical) and blind_long33 (7/8) read (ko_train_blind_long31 and
_long33 now: 8/8 each). Never-read sets unchanged by d25d.

Twenty-seventh round (README there), written after d25d was committed (city rooms of the poorest; answers to a
screening call; spring and summer check-ins); first figures with 08e92ac (d25d):

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short37 (75, the same three styles; 쪽방, 고시원, a basement flat) | 15/20 | 1 | 2/25 | 0.890 |
| blind_short38 (75, the same three styles; answers to the screening questions) | 14/20 | 2 | 1/25 | 0.832 |
| blind_long34 (20 spring and summer check-ins of 1,205-1,404 characters) | 7/8 | 1 | 1/7 | 0.469 |

The lowest first figures since round 19, on the product's own setting (blind_short38): each new writer still brings
crises worded in ways no read set had. blind_short38 was read at once (ko_train_blind_short38; d25e: 20/20, 0 below
high, 1/25); blind_short37 and blind_long34 were not, and d25e left their figures as they were. blind_long34 was read
after d25e (ko_train_blind_long34; d25f: 8/8, 0 below high, 0/7).

Twenty-eighth round (the tenth session, 2026-12-05, written at its start; README there): carers and the cared for,
messages typed on a phone, autumn calls after a hospital stay; first figures with b25166a (the session's start):

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short39 (75, the three styles; carers, the cared for, treatment weighed) | 13/20 | 3 | 0/25 | 0.778 |
| blind_short40 (75, the three styles; typed on a phone, dictation mangled) | 14/20 | 3 | 2/25 | 0.867 |
| blind_long35 (20 autumn calls of 1,001-1,140 characters, after a hospital stay) | 7/8 | 1 | 1/7 | 0.719 |

All three read (ko_train_blind_short39, _short40, _long35) and d26 made from them. Twenty-ninth round, written while
d26 began: blind_short41 (a care centre's week) 16/20, 0 below high, 0/25, 0.871 with b25166a and with d26's first
steps alike; read too (ko_train_blind_short41). Thirtieth round, written while d26 was being made from the sets above
(none of it visible to the authors): first figures with the working tree of that moment (b25166a's in brackets):

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short42 (an AI speaker at night) | 17/20 (16/20) | 2 (2) | 1/25 (1/25) | 0.912 (0.892) |
| blind_short43 (wards, care homes, hospices) | 16/20 (16/20) | 2 (2) | 1/25 (1/25) | 0.866 (0.866) |
| blind_long36 (20 late-winter calls, 1,021-1,130 characters) | 8/8 (8/8) | 0 (0) | 0/7 (1/7) | 0.721 (0.722) |

What the round says: the fixes made from four read sets did not carry to the three written beside them (short41 16/20
before and after the first steps; short43 unchanged; short42 one more). Each new writer still brings 3-4 crises worded
in ways no read set had, two of them with nothing the analyzer recognises at all (low). blind_short42 and
blind_short43 were then read (ko_train_blind_short42, _short43) and d26b made from them: 20/20 each, none below high,
no false critical.

Thirty-first round, written after d26 was complete (its authors could see none of it); first figures with d26:

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short44 (75; country and island phone calls, 58 in dialect) | 19/20 | 1 | 2/25 | 0.944 |
| blind_short45 (75; pharmacy, bank, 상조, hardware store: practical questions) | 14/20 | 1 | 1/25 | 0.813 |
| blind_long37 (20 summer calls in city flats; arrived after d26b) | 7/8 | 0 | 0/7 | 0.553 |

The three score the same with b25166a (the session's start): the whole of d26 and d26b moved none of them. d26b
moved one never-read item elsewhere: blind_short37's bs37_072 (gold low) critical -> low (ids only looked at):
short37 false critical 2/25 -> 1/25, macro-F1 0.890 -> 0.900.

Thirty-second round, written after d26b (the same session); first figures with d26b:

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short46 (75; replies to a district office's check-in texts) | 18/20 | 0 | 1/25 | 0.929 |
| blind_short47 (75; home visits, a family member in the room speaking for the senior) | 15/20 | 2 | 2/25 | 0.829 |
| blind_long38 (20 spring calls in public rental flats, 1,024-1,205 characters) | 7/8 | 0 | 1/7 | 0.460 |

All three score the same with b25166a. Over the seven sets written after d26 had begun and never read (short44-47
and long36-38: 88/104 critical caught, 4 below high, 7/121 false critical), the session's rule work moved one figure
(long36's false critical 1/7 -> 0/7).

d26c read blind_short44, blind_short45 and blind_long37 after these figures (ko_train_blind_*: 20/20, 19/20, 8/8). It
moved one never-read figure: blind_long38's macro-F1 0.460 -> 0.401 (ids and codes looked at, not texts): bl38_01, gold
high (depression 3, no ideation by its author), high -> critical. d26c took a false "pills kept" out of wish_with_plan
("안과 예약 있으시죠": 예약 is an appointment); with that active hit gone, the call's passive death wish is no longer
declined as uncorroborated (d25f: a passive wish with depression >= 2 is critical). Over-triage of a gold-high item,
recorded lower.

Thirty-third round (the eleventh session, 2026-12-05), written at its start; first figures with 9a4e1c8 (before
anything of it was made):

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short48 (75; grandparents raising grandchildren; pensions, scams, debts) | 19/20 | 0 | 1/25 | 0.918 |
| blind_short49 (75; faith, drink, pets, prayer) | 19/20 | 1 | 3/25 | 0.827 |
| blind_long39 (20 late-autumn calls in farming and fishing villages, 1,002-1,082 characters) | 7/8 | 0 | 0/7 | 0.794 |

blind_short49 was read after them (``ko_train_blind_short49``, d27: 20/20, 0, 0/25, 0.883). d27 moved these
never-read figures: blind_long39 0.794 -> 0.839 (a gold-low call, charcoal and a rope named for the farm, high -> low,
still sent to a person); long26 0.633 -> 0.676, long28 0.711 -> 0.767, long38 0.401 -> 0.464 (gold-low calls out of
high); short32 false critical 2 -> 1 (0.889 -> 0.899); and **long25 0.767 -> 0.750, recorded lower**: l25_14, gold
low, high -> moderate, one level nearer its gold, which lowers the moderate class's precision more than it raises the
high class's (macro-F1 is not ordinal). d27's decline rule was chosen after the codes and gold levels (not the texts)
of the never-read long sets' declined items had been looked at, so their movement is not a clean measure of it;
blind_long39, written before it and not looked at, is.

Thirty-fourth round (the same session), written after d27 had landed (55ea4a4) and before d27b; first figures with
9a4e1c8 (the session's start), then 55ea4a4 (d27), then d27b:

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short50 (75; retired men living alone) | 15/20, 15/20, read | 2, 2 | 3/25, 3/25 | 0.860, 0.860 |
| blind_short51 (75; single rooms, day labour, defectors) | 17/20, 17/20, 17/20 | 2, 2, 2 | 1/25 | 0.898 |
| blind_long40 (20 winter-night calls in cities, 1,054-1,384 characters) | 8/8 | 0 | 1/7 | 0.714, **0.765**, 0.765 |

blind_long40 is the clean measure of d27 (written after it, by an author who could not see it, never looked at):
0.714 -> 0.765. blind_short50 was read for d27b (``ko_train_blind_short50``). d27b's first version made blind_short51's
bs51_025 (critical) high: "someone else acted" had read "사람도" between a place and its act as the actor; the id, its
codes and which check removed the hit were looked at (not the text), and the check now reads only an unnamed or
strange subject ("누가", "웬 남자가"). So blind_short51's figures are not a wholly clean measure of d27b's other parts.

blind_short48 (round 33, 19/20, 0 below high, 1/25 false critical, 0.918 at its first figures, unchanged by d27 and
d27b) was read at the end of the session (``ko_train_blind_short48``, d27c: 20/20, 0, 0/25, 0.947). A first d27c made
blind_long40's bl40_019 (gold low) high, and was narrowed: "백 살까지 살 거다" as a future plan excused a declined act,
and the floor's partial evidence (depression 1 counts as low mood there) then made the call high (ids and codes looked
at, not the text).

Thirty-fifth round (the twelfth session, 2026-12-05), written at its start; first figures with 46c78a5 (before
anything of it was made). Thirty-sixth round, written while d28 was being made from blind_short52 (its authors could
see none of it); first figures with 46c78a5 and with the working tree of that moment alike:

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short52 (75; holidays, memorial days, older people who still work) | 17/20 | 1 | 1/25 | 0.904 |
| blind_short53 (75; after a diagnosis or a loss; a relative's suicide) | 19/20 | 0 | 0/25 | 0.880 |
| blind_long41 (20 calls around the lunar New Year in small towns, 1,004-1,398 characters) | 8/8 | 0 | 0/7 | 0.879 |
| blind_short54 (75; homes lost: redevelopment, eviction, fire, flood, a dam) | 16/20 | 2 | 1/25 | 0.911 |
| blind_short55 (75; answers to an AI call's screening questions, voice messages) | 18/20 | 0 | 2/25 | 0.861 |

blind_short52 and blind_short54 were read after them (``ko_train_blind_short52``, ``_short54``; d28: 20/20, 0, 0/25
each). d28's rows moved no never-read figure: blind_short53, blind_short55 and blind_long41 score at the end of the
session as at their first figures. d28b (the floor's partial evidence found only through the analyzer's depression 1
goes to a person at the labels' level instead of high; chosen on the labelled sets, where it moved 16 gold-low or
-moderate calls out of high and no crisis) moved four never-read long sets up, nothing else: long28 0.767 -> 0.817,
long36 0.721 -> 0.777, long38 0.464 -> 0.518, long40 0.765 -> 0.816 (figures only looked at). At the start of the
session the first 1,500 characters of blind_short51.jsonl were printed by accident (bs51_001-003: a drama's bridge
scene, a cart's flat tyre told with "죽는 줄 알았다", a light passive wish); nothing was made from them, and
blind_short51's figures did not move.

Thirty-seventh round, written after d28 and d28b had landed (2593c89), and thirty-eighth, written while d28c was being
made from blind_short55, _short56 and _short57 (their authors could see none of it); first figures with 46c78a5, with
2593c89 and with the working tree of that moment, the same on all three:

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short56 (75; late-life love, remarriage, quarrels at the senior centre) | 14/20 | 4 | 1/25 | 0.823 |
| blind_short57 (75; chronic pain, drink, gambling, painkillers) | 16/20 | 3 | 3/25 | 0.850 |
| blind_long42 (20 monsoon and typhoon calls in villages, 1,013-1,392 characters) | 8/8 | 0 | 2/7 | 0.785 |
| blind_short58 (75; fate, dreams, omens, fortune tellers) | 16/20 | 1 | 0/25 | 0.902 |
| blind_short59 (75; call centres and official lines: bank, pension, 119, a phone line) | 15/20 | 2 | 0/25 | 0.860 |

What the rounds say, once more: nothing made from the sets read this session (short52, short54, then short55-57) moved
a set written after it by another writer. blind_short55 (round 36), blind_short56 and blind_short57 were read after
their first figures (``ko_train_blind_short55``, ``_short56``, ``_short57``; d28c: 20/20, 20/20, 19/20, none below
high, no false critical). d28c moved these never-read figures up, nothing down (figures only): blind_long26 0.737 ->
0.789, blind_short47 0.829 -> 0.842, blind_short9 18/20 -> 19/20 (0.820 -> 0.835). The safety golden file holds every
evaluation text, the blind sets' too: a golden case printed in this session (last session's safety_golden:31800, a
made-up mix of fragments) held blind_short36's bs36_071; nothing was made from it.

Thirty-ninth round (the thirteenth session), written while d29 was made; first figures with b08b44e (the session's
start) and with d29, the same on both:

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short60 (75; winter and the year's end: heating, ice, debts due, long nights) | 19/20 | 1 | 1/25 | 0.880 |
| blind_short61 (75; caring for a spouse: dementia, stroke, respite, a care home) | 16/20 | 2 | 1/25 | 0.790 |
| blind_long43 (20 calls to people living alone in city flats, 1,004-1,100 characters) | 8/8 | 0 | 0/7 | 0.710 |

blind_short61 was read after its first figures (``ko_train_blind_short61``). d29 (a wish in depressed short talk that
the model reads in its review band is ideation) was made after pooled never-read counts of its first version had been
looked at, so its effect on the older never-read sets is not a blind figure: blind_short25 18 -> 20/20, blind_short32
19 -> 20/20, blind_short37 0.900 -> 0.879 and blind_short51 0.898 -> 0.876 (a gold-high item to critical each). Round
39, written during the session, is: d29 moved none of its three sets.

Fortieth round, written by two more new writers while d29 was being committed (they could see none of it); first
figures with b08b44e (the session's start) -> with d29 (8b50295):

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short62 (75; villages, the sea, the orchard) | 18/20 -> 19/20 | 0 | 0/25 | 0.893 -> 0.911 |
| blind_short63 (75; money, debts, scams, a burden) | 19/20 -> 20/20 | 0 | 2/25 | 0.874 -> 0.891 |

d29's first blind figure: one more crisis caught in each, nothing else moved (both read by no one). Rounds 39 and 40
pooled: 72/80 -> 74/80 critical, 3 below high both, 4/100 false critical both.

Rounds 41 and 42 (the fourteenth session, README there), first figures with a409722 (the session's start); round 42
was written while d30 was made, and both rounds are d30's blind test (figures with d30 after the arrow where they
differ; none did):

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short64 (75; faith, rites, the afterlife) | 19/20 | 0 | 1/25 | 0.948 |
| blind_short65 (75; medicines and home care; read after, ko_train_blind_short65) | 17/20 | 1 | 4/25 | 0.840 |
| blind_short66 (75; terse men living alone) | 18/20 | 1 | 0/25 | 0.964 |
| blind_long44 (20 harvest calls, 1,005-1,072 characters) | 8/8 | 0 | 0/7 | 0.607 |
| blind_short67 (75; grandparents raising grandchildren) | 17/20 | 0 | 1/25 | 0.884 |
| blind_short68 (75; after an accident or a loss of ability) | 18/20 | 1 | 1/25 | 0.933 |

d30 (read from blind_short65; docs/clinical-rules.md) moved none of the five sets still blind. Older never-read sets
with d30 (not blind for it: their pooled mechanism breakdown was looked at): blind_short37 15 -> 17/20 (0.879 ->
0.916), blind_short16 0.873 -> 0.892, blind_long21 0.710 -> 0.760. Rounds 41-42's four short sets still blind, pooled:
72/80 critical, 2 below high, 3/100 false critical.

Round 43 (the fifteenth session, README there), first figures with 8837e82 (the session's start):

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short69 (75; holidays, anniversaries, memorial rites) | 20/20 | 0 | 0/25 | 0.938 |
| blind_short70 (75; neighbours and the senior centre; read after, ko_train_blind_short70) | 18/20 | 1 | 1/25 | 0.900 |
| blind_short71 (75; serious illness news; read after, ko_train_blind_short71) | 17/20 | 2 | 0/25 | 0.954 |
| blind_long45 (20 nurse and welfare calls, 1,013-1,168 characters) | 8/8 | 0 | 0/7 | 0.887 |

Pooled over the three short sets at their first figures: 55/60 critical, 3 below high, 1/75 false critical. d31 (read
from blind_short70 and _71; docs/clinical-rules.md) left blind_short69 and blind_long45 as they were; of the older
never-read sets (figures only) it moved blind_short47's false critical 2 -> 1 of 25 (0.842 -> 0.852).

Round 44 (the fifteenth session), written while d31 was being made; first figures with 8837e82 and with d31 (the
same):

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short72 (75; daily routines and small troubles told to a caller) | 20/20 | 0 | 0/25 | 0.954 |
| blind_short73 (75; loss and grief: a spouse, friends, a child) | 20/20 | 0 | 0/25 | 0.884 |

Round 45 (the sixteenth session), first figures with f438388 (the session's start, before anything of it was merged):

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short74 (75; money, debt, scams, housing; read after, ko_train_blind_short74) | 15/20 | 1 | 0/25 | 0.848 |
| blind_short75 (75; caring at home for a sick or demented spouse) | 19/20 | 0 | 0/25 | 0.911 |
| blind_short76 (75; farming and fishing village life) | 19/20 | 1 | 0/25 | 0.928 |
| blind_long46 (20 weekly winter check-ins, 1,004-1,104 characters) | 8/8 | 0 | 0/7 | 0.942 |

Pooled over the three short sets at their first figures: 53/60 critical, 2 below high, 0/75 false critical. d32
(probed forms and blind_short74's errors; docs/clinical-rules.md) left blind_short75 and blind_long46 as they were and
moved blind_short76's macro-F1 0.928 -> 0.945 (its missed crisis and the one below high stay); of the older
never-read sets (figures only) it moved blind_short25's macro-F1 0.967 -> 0.988.

Round 46 (the sixteenth session), written while d32 was being made; first figures with f438388 and with d32 (62453cf),
the same:

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short77 (75; living in an adult child's home) | 19/20 | 0 | 1/25 | 0.925 |
| blind_short78 (75; widowed men living alone; read after, ko_train_blind_short78) | 17/20 | 1 | 0/25 | 0.927 |
| blind_short79 (75; answers to an AI care call; read after, ko_train_blind_short79) | 17/20 | 0 | 1/25 | 0.930 |
| blind_long47 (20 summer check-ins, 1,102-1,242 characters) | 8/8 | 0 | 0/7 | 0.767 |

Pooled over the three short sets at their first figures: 53/60 critical, 1 below high, 2/75 false critical. As with
rounds 44 and 45, the probed forms of d32 moved none of a new writer's sets.

Round 47 (the sixteenth session), written while d32b was being made; first figures with f438388 and with d32b, the
same:

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short80 (75; faith and religion in old age) | 19/20 | 1 | 0/25 | 0.904 |
| blind_short81 (75; grandparents raising grandchildren; read, ko_train_blind_short81) | 16/20 | 0 | 0/25 | 0.855 |

Round 48 (the seventeenth session), first figures with 38186b3 (the session's start):

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short82 (75; a long illness; read after, ko_train_blind_short82) | 19/20 | 1 | 2/25 | 0.879 |
| blind_short83 (75; a nursing home, a day-care or welfare centre) | 19/20 | 0 | 1/25 | 0.884 |
| blind_short84 (75; friends dying, funerals; read after, ko_train_blind_short84) | 18/20 | 1 | 1/25 | 0.820 |
| blind_long48 (20 autumn check-ins, 1,056-1,143 characters) | 8/8 | 0 | 0/7 | 0.935 |

Pooled over the three short sets at their first figures: 56/60 critical, 2 below high, 4/75 false critical. d33
(probed forms and the two read sets' errors) left blind_short83 and blind_long48 as they were; of the older never-read
sets it moved blind_long36's macro-F1 0.777 -> 0.828 and blind_short59's caught 15 -> 16 (0.860 -> 0.876).

Round 49 (the seventeenth session), written while d33 was being made; first figures with 38186b3 and with d33:

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short85 (75; a city flat, an emptying village; read after) | 18/20; 19/20 | 1; 1 | 0/25 | 0.944; 0.960 |
| blind_short86 (75; short answers to volunteers' and AI care calls) | 19/20; 20/20 | 1; 0 | 1/25 | 0.934; 0.945 |
| blind_long49 (20 spring check-ins, 1,013-1,074 characters; read after) | 7/8; 7/8 | 1; 1 | 0/7 | 0.733 |

The first round whose new writers' figures d33's probed forms moved: +1 caught on each short set, one below high gone.
blind_long49's crisis below high (a check-up refused, read as a plan for the future) is d33b's.

Round 50 (the seventeenth session), written while d33b and d33c were being made; first figures with 38186b3, with d33b
(44ec584) and with d33c, the same:

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short87 (75; money, housing, a child's debts, pension day) | 20/20 | 0 | 0/25 | 0.913 |
| blind_short88 (75; caring for a spouse, being cared for; read after) | 18/20 | 0 | 1/25 | 0.829 |

Round 51 (the eighteenth session), written while the crisis scan was made faster (no prediction changed); first figures
with 28b5d20 (the session's start) and with 52e43a9, the same:

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short89 (75; winter, heating bills, snow and ice, 설날, the year's end) | 18/20 | 1 | 0/25 | 0.951 |
| blind_short90 (75; a working life's end: fishers, miners, farmers, drivers; read after) | 17/20 | 2 | 0/25 | 0.899 |
| blind_long50 (20 winter check-ins, 1,010-1,098 characters; read after) | 8/8 | 0 | 3/7 | 0.791 |

blind_long50's three false criticals are the issue's "benign long talk" in new words: charcoal starters bought to light
the briquettes, a winter's stay at a daughter's with the fridge emptied and thanks said, and an unlabelled caller's
"제가 제일 먼저 갈게요" beside three months of pills collected. d34 read both sets; blind_short89 stays blind. Of
the older never-read sets, d34 moved blind_short46's false critical 1 -> 0 (macro-F1 0.929 -> 0.939); nothing went down.

Round 52 (the nineteenth session), written while d35 was begun; first figures with 9e52552 (the session's start):

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short91 (75; animals and growing things: pets, chickens, a garden; read after) | 19/20 | 0 | 2/25 | 0.872 |
| blind_short92 (75; phones, video calls, voice-phishing, bank apps and kiosks) | 19/20 | 0 | 1/25 | 0.969 |
| blind_long51 (20 calls after a fall or a discharge, 1,019-1,107 characters; read after) | 8/8 | 0 | 2/7 | 0.776 |

blind_long51's two false criticals: a "last call" with thanks and the fridge emptied before three months at a
daughter's abroad, and a week's pills sorted into a day-by-day organiser ("칸 나눠서 일주일치 약을 다 모아"). d35 read
blind_short91 and blind_long51; blind_short92 stays blind. Of the older never-read sets, d35 moved blind_short86's
false critical 1 -> 0 (macro-F1 0.945 -> 0.955) and blind_short69's macro-F1 0.938 -> 0.948; nothing went down.

Round 53 (the nineteenth session), written after d35 was committed; first figures with 9e52552 (the session's start),
with d35 (d3aa698) and with d35b, the same:

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short93 (75; old friends, classmates, reunions, the 계; read after) | 19/20 | 0 | 3/25 | 0.895 |
| blind_short94 (75; meals and the kitchen: cooking for one, the market; read after) | 18/20 | 0 | 2/25 | 0.912 |
| blind_long52 (20 calls with elderly carers, 1,010-1,088 characters) | 8/8 | 0 | 0/7 | 0.710 |

Both short sets came in with false criticals above the issue's 5 % (a goodbye before a friends' trip, a past overdose
told at a reunion, a diver's sea, pesticide for the pepper field named first, charcoal for a barbecue named after its
purpose, "다음엔 꼭 적어가야지"), so d35b read both; blind_long52 stays blind.

Round 54 (the twentieth session), written before anything of the session was merged; first figures with e224a30 (the
session's start); blind_short97 and blind_short98 came in while d36 was under way and were scored with both e224a30
and the code of that moment, the same:

| set | critical caught | below high | false-critical, tricky | macro-F1 |
|---|---|---|---|---|
| blind_short95 (75; housing: a cold rented room, redevelopment, moving in with a child) | 19/20 | 1 | 0/25 | 0.937 |
| blind_short96 (75; faith and rites: church, temple, 제사, a fortune teller; read after) | 16/20 | 1 | 0/25 | 0.916 |
| blind_long53 (20 calls in a farming or fishing village, 1,007-1,074 characters) | 7/8 | 0 | 0/7 | 0.835 |
| blind_short97 (75; illness and the body: dialysis, chemotherapy, a stroke, the pharmacy) | 19/20 | 0 | 0/25 | 0.914 |
| blind_short98 (75; money and work in old age: pension, debts, a guarantee; read after) | 16/20 | 0 | 2/25 | 0.853 |

blind_short96 came in with four crises below critical and blind_short98 with four and two false criticals (8 %), so
d36 read both; blind_short95, blind_long53 and blind_short97 stay blind, and d36 left their figures unchanged. Of the
older never-read sets, d36 moved blind_short63's false critical 2 -> 1 (macro-F1 0.891 -> 0.905); nothing went down.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from scorer import load_dataset, score
from test_local_analyzer_eval import Recorded, assert_no_worse

from mhealth.adapters.local.analyzer import LocalAnalyzer

BLIND = Path(__file__).parent / "blind"


#: what the shipped analyzer scores now; a change may improve these, never make them worse (d45 re-recorded two
#: macro-F1 figures lower, blind_short72 0.954 -> 0.935 and blind_emo25 0.744 -> 0.736: a review each, figures only)
CURRENT: dict[str, Recorded] = {
    "blind_long44": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.607),
    "blind_short64": Recorded(caught=19, critical=20, below_high=0, false_critical=1, tricky=25, macro_f1=0.948),
    "blind_short66": Recorded(caught=18, critical=20, below_high=1, false_critical=0, tricky=25, macro_f1=0.964),
    "blind_short67": Recorded(caught=17, critical=20, below_high=0, false_critical=1, tricky=25, macro_f1=0.884),
    "blind_short68": Recorded(caught=18, critical=20, below_high=1, false_critical=1, tricky=25, macro_f1=0.933),
    "blind_short62": Recorded(caught=19, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.911),
    "blind_short63": Recorded(caught=20, critical=20, below_high=0, false_critical=1, tricky=25, macro_f1=0.922),
    "blind_long43": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.710),
    "blind_short60": Recorded(caught=19, critical=20, below_high=1, false_critical=1, tricky=25, macro_f1=0.880),
    "blind_long18": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.721),
    "blind_long21": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.760),
    "blind_long26": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.789),
    "blind_long25": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.750),
    "blind_short16": Recorded(caught=19, critical=20, below_high=0, false_critical=1, tricky=25, macro_f1=0.892),
    "blind_long29": Recorded(caught=8, critical=8, below_high=0, false_critical=1, tricky=7, macro_f1=0.900),
    "blind_long28": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.817),
    "blind_short18": Recorded(caught=20, critical=20, below_high=0, false_critical=1, tricky=25, macro_f1=0.971),
    "blind_long27": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.942),
    "blind_short9": Recorded(caught=19, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.849),
    "blind_short25": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.988),
    "blind_short30": Recorded(caught=19, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.885),
    "blind_short32": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.936),
    "blind_long32": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.942),
    "blind_short33": Recorded(caught=19, critical=20, below_high=0, false_critical=2, tricky=25, macro_f1=0.935),
    "blind_short36": Recorded(caught=19, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.943),
    "blind_short37": Recorded(caught=17, critical=20, below_high=1, false_critical=1, tricky=25, macro_f1=0.916),
    "blind_long36": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.828),
    "blind_short46": Recorded(caught=18, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.939),
    "blind_long38": Recorded(caught=7, critical=8, below_high=0, false_critical=1, tricky=7, macro_f1=0.518),
    "blind_short47": Recorded(caught=15, critical=20, below_high=2, false_critical=1, tricky=25, macro_f1=0.852),
    "blind_long39": Recorded(caught=7, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.839),
    "blind_short51": Recorded(caught=17, critical=20, below_high=2, false_critical=1, tricky=25, macro_f1=0.876),
    "blind_long40": Recorded(caught=8, critical=8, below_high=0, false_critical=1, tricky=7, macro_f1=0.816),
    "blind_short53": Recorded(caught=19, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.880),
    "blind_long41": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.879),
    # (d40: one tricky negative, gold low, critical -> moderate: a goodbye and things given away by one who states her
    # own move, only the ids and codes looked at; false critical 2 -> 1, macro-F1 0.785 -> 0.762 as the wrong
    # moderate costs that class's precision more than the wrong critical cost its own)
    "blind_long42": Recorded(caught=8, critical=8, below_high=0, false_critical=1, tricky=7, macro_f1=0.762),
    "blind_short58": Recorded(caught=16, critical=20, below_high=1, false_critical=0, tricky=25, macro_f1=0.902),
    "blind_short59": Recorded(caught=16, critical=20, below_high=2, false_critical=0, tricky=25, macro_f1=0.890),
    "blind_long45": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.887),
    "blind_short69": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.968),
    "blind_short72": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.935),
    "blind_short73": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.884),
    "blind_short75": Recorded(caught=19, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.911),
    "blind_short76": Recorded(caught=19, critical=20, below_high=1, false_critical=0, tricky=25, macro_f1=0.945),
    "blind_long46": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.942),
    "blind_short77": Recorded(caught=19, critical=20, below_high=0, false_critical=1, tricky=25, macro_f1=0.925),
    "blind_long47": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.767),
    "blind_short80": Recorded(caught=19, critical=20, below_high=1, false_critical=0, tricky=25, macro_f1=0.904),
    "blind_short83": Recorded(caught=19, critical=20, below_high=0, false_critical=1, tricky=25, macro_f1=0.884),
    "blind_long48": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.935),
    "blind_long52": Recorded(caught=8, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.710),
    "blind_short86": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.955),
    "blind_short87": Recorded(caught=20, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.913),
    "blind_short89": Recorded(caught=18, critical=20, below_high=1, false_critical=0, tricky=25, macro_f1=0.951),
    "blind_short92": Recorded(caught=19, critical=20, below_high=0, false_critical=1, tricky=25, macro_f1=0.969),
    "blind_short95": Recorded(caught=19, critical=20, below_high=1, false_critical=0, tricky=25, macro_f1=0.937),
    "blind_long53": Recorded(caught=7, critical=8, below_high=0, false_critical=0, tricky=7, macro_f1=0.835),
    "blind_short97": Recorded(caught=19, critical=20, below_high=0, false_critical=0, tricky=25, macro_f1=0.914),
    # d41's sixth round of elderly emotional talk (README there), first figures with the code of d41b, never read: the
    # same with the code before d41 (1be0d04)
    "blind_emo21": Recorded(caught=7, critical=7, below_high=0, false_critical=0, tricky=32, macro_f1=0.761),
    "blind_emo22": Recorded(caught=7, critical=7, below_high=0, false_critical=2, tricky=34, macro_f1=0.693),
    "blind_emo23": Recorded(caught=7, critical=7, below_high=0, false_critical=2, tricky=34, macro_f1=0.711),
    "blind_emo24": Recorded(caught=6, critical=6, below_high=0, false_critical=0, tricky=33, macro_f1=0.834),
    # the seventh round (README there), written in the twenty-eighth session, never read: first figures with 0f7a369
    "blind_emo25": Recorded(caught=7, critical=7, below_high=0, false_critical=3, tricky=32, macro_f1=0.736),
    "blind_emo26": Recorded(caught=6, critical=6, below_high=0, false_critical=3, tricky=33, macro_f1=0.714),
    # (the eighth round, d46's session: first figures with 5a0b3bf, the same with d46)
    "blind_emo27": Recorded(caught=6, critical=6, below_high=0, false_critical=0, tricky=33, macro_f1=0.708),
    "blind_emo28": Recorded(caught=6, critical=6, below_high=0, false_critical=2, tricky=31, macro_f1=0.739),
}


def test_every_blind_set_is_recorded() -> None:
    assert sorted(p.stem for p in BLIND.glob("*.jsonl")) == sorted(CURRENT)


@pytest.mark.parametrize("name", sorted(CURRENT))
def test_no_blind_figure_is_worse_than_recorded(analyzer: LocalAnalyzer, name: str) -> None:
    assert_no_worse(score(load_dataset(BLIND / f"{name}.jsonl"), analyzer.label), CURRENT[name])

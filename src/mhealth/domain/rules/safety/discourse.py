"""Discourse: crisis signals that mean something only together, across the sentences of one transcript.

Standard library only (DESIGN.md). A real check-in is one to three minutes of talk. The decisive sentences
can sit far apart, between meals and grandchildren, with no suicide word: "병원에서 주는 약을 안 먹고 모아
뒀어요" early on, "이번 주말이면 다 끝나요" a minute later; "통장이랑 도장은 다 정리해 놨어요" and, further on,
"딸한테 그동안 고마웠다고 전해 줘요". The per-sentence rows of :mod:`~mhealth.domain.rules.safety.patterns`
look at one sentence window; this module reads the transcript as a sequence of sentences:

1. it finds **cues** (lexicons ``DISCOURSE_*`` in ``patterns``): a lethal means obtained or kept (MEANS), a
   lethal place looked at (PLACE), the end of things at a near time or with no time ("이제 할 일은 다 했어요",
   "다음 주부터는 전화 안 하셔도 돼요", END), affairs settled, letters written or last words recorded, funeral
   arrangements, belongings given away in three or more sentences (PREP), the speaker's own goodbye (FAREWELL),
   the speaker's hopelessness ("사는 낙이 없어", HOPELESS);
2. it checks each cue **in its own sentence**: who is spoken of (another person's act, reported speech, a
   drama or the news), time (a past the speaker says is over), negation, and an everyday purpose (pesticide
   for the field, pills the doctor prescribed, charcoal "to grill meat" said in the next sentence or aphids in
   the previous one, unless the purpose is denied, "고기 구울 것도 아닌데"; an ending that is a harvest's or a
   holiday's; thanks to a carer who is moving on, or goodbyes of the speaker's own move);
3. it **combines** the cues that survive, anywhere in the transcript: a held means or a place with an end at a
   time, a goodbye or preparation, or a held means with hopelessness (``discourse_plan``); preparation with a
   goodbye, or with an end at a time unless the speaker states plans for the future (``discourse_preparation``);
   a goodbye with an end said strongly or a going at a time, or goodbyes in two sentences, unless the speaker
   states plans for the future (``discourse_farewell``).

Each hit quotes the sentence (clause) of one contributing cue, so a combination gives one hit per cue, all
true quotes. A cue that survives its guards but finds no partner is **partial evidence**
(:func:`partial_evidence`): a named lethal means, a goodbye or an end said strongly in a low-mood transcript is
not a plan, but a person should look (the floor makes it at least high with ``needs_review``; it never lowers
anything).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from mhealth.domain.rules.safety import patterns as rows
from mhealth.domain.rules.safety.gate import Starts

__all__ = [
    "ANCHORS",
    "FINDERS",
    "KINDS",
    "PARTIAL_KINDS",
    "Cue",
    "Sentence",
    "caller_ranges",
    "callers_words",
    "combined",
    "cue_is_ordinary",
    "cues",
    "no_excuse",
    "partial_evidence",
    "quote_span",
    "quoted_in_story",
    "review_mood",
    "sentence_of",
    "sentences",
    "someone_else",
    "taken_by_the_dead",
    "told_of_others",
]

_MEANS = re.compile(rows.DISCOURSE_MEANS)
_PLACE = re.compile(
    rows.DISCOURSE_PLACE
    + "|"
    + rows.DISCOURSE_PLACE_MORE
    + "|"
    + rows.DISCOURSE_ANCHOR_POINT
    + "|"
    + rows.DISCOURSE_PLACE_WEAK
)
# d17s: a going to the sea, a river or a bridge is a weak place (it needs no return, secrecy or a goodbye), unless a
# stronger place row matches there too
_PLACE_STRONG = re.compile(rows.DISCOURSE_PLACE + "|" + rows.DISCOURSE_PLACE_MORE + "|" + rows.DISCOURSE_ANCHOR_POINT)
_PLACE_WEAK = re.compile(rows.DISCOURSE_PLACE_WEAK)
# d17s: secrecy kept from the family, never coming back, the means judged enough; the gift of things one no longer needs
_SECRET = re.compile(rows.DISCOURSE_CONCEALED)
_NO_RETURN = re.compile(rows.DISCOURSE_NO_RETURN)
_NO_NEED = re.compile(rows.DISCOURSE_NO_NEED)
_SECRET_DENIED = re.compile(r"[^.?!]{0,3}?(것도|거도|필요|필요는|필요도|일도|건|거는)(없|읎|아니|아녀)")
_USE_NAMED = re.compile(rows.DISCOURSE_USE_NAMED)
_END = re.compile(
    rows.DISCOURSE_END_TIME
    + "|"
    + rows.DISCOURSE_CLOSURE
    + "|"
    + rows.DISCOURSE_ENOUGH
    + "|"
    + rows.DISCOURSE_NO_RETURN
)
_END_INNOCENT = re.compile(rows.DISCOURSE_END_INNOCENT)
_TO_SPOUSE = re.compile(rows.DISCOURSE_TO_SPOUSE)
_PREP_ACT = re.compile(rows.DISCOURSE_PREPARATION + "|" + rows.DISCOURSE_PREPARATION_MORE)
_GIVEN_AWAY = re.compile(rows.DISCOURSE_GIVEN_AWAY)
_GIFT_OCCASION = re.compile(rows.DISCOURSE_GIFT_OCCASION)
_FUNERAL = re.compile(rows.DISCOURSE_FUNERAL)
_PREP_REASON = re.compile(rows.DISCOURSE_PREP_REASON)
_PREP = re.compile(
    rows.DISCOURSE_PREPARATION
    + "|"
    + rows.DISCOURSE_PREPARATION_MORE
    + "|"
    + rows.DISCOURSE_GIVEN_AWAY
    + "|"
    + rows.DISCOURSE_FUNERAL
)
_FAREWELL = re.compile(rows.DISCOURSE_FAREWELL + "|" + rows.DISCOURSE_FAREWELL_MORE)
_HOPELESS = re.compile(rows.DISCOURSE_HOPELESS)
_ABSENCE = re.compile(rows.DISCOURSE_ABSENCE)
_NARRATION_END = re.compile(rows.NARRATION_END)
_SENIOR_NARRATED = re.compile(rows.SENIOR_NARRATED)
_OTHER_ELDER_BEFORE = re.compile(rows.OTHER_ELDER_BEFORE)
_HONORIFIC_REPORT = re.compile(rows.HONORIFIC_REPORT)
_NARRATED_ENDS = 2  # d17v: narration endings that make a text a visit note
_OTHER_LEAVING = re.compile(rows.DISCOURSE_OTHER_LEAVING)
_OWN_MOVE = re.compile(rows.DISCOURSE_OWN_MOVE + "|" + rows.DISCOURSE_OWN_MOVE_MORE)
_CAUSAL_START = re.compile(rows.DISCOURSE_CAUSAL_START)
_PURPOSE_DENIED = re.compile(rows.DISCOURSE_PURPOSE_DENIED)
_PARTIAL_MEANS = re.compile(rows.PARTIAL_MEANS)
#: d41: a cord with its grab line said after it, as the hanging rows read it (``rows.GRAB_LINE_AFTER``)
_CORD = re.compile(r"밧줄|노끈|끈|줄")
_GRAB_LINE_AFTER = re.compile(rows.GRAB_LINE_AFTER)
_PARTIAL_MOOD = re.compile(rows.PARTIAL_MOOD)
# An end said as the speaker's own closure (nothing left to do, no reason to stay, no need to call any more), as the
# speaker's absence, going or the end of everything at a time (its guards passed: no errand, no chore, no harvest):
# strong enough alone to be partial evidence, and with the speaker's goodbye a farewell. Not "그날 하려고" (the act
# needs a means to mean anything), nor "아무도 없" (a time when nobody is around).
# Going at a time (an END cue whose guards found no errand): with a goodbye, the last going.
_GOING_AT = re.compile(r"(?<!넘어)갈(거|꺼|란|라|끼|것|겨)(?!같|처럼)|가려(고|구)")
_END_STRONG = re.compile(
    rows.DISCOURSE_CLOSURE + r"|없을(거|꺼|테|겁)|떠날|(다|모두|이제)끝|끝(이|낼|내버)|마지막|없(어요|다|어)$|"
    r"편(해질|해지|안해질|히쉬)|(?<=까지만)(있|살|버틸|견딜)|"
    # going, only said as the last going: quietly, far, on one's own feet, to the late spouse
    r"(조용히|멀리|내발로)[^.?!]{0,4}?(갈|가려|떠날)|" + rows.DISCOURSE_TO_SPOUSE
)

# d19: a near time and the end of everything, or that time not to be got through
# d33: one's own things settled on one's own, soon ("시계도 너 가져라. 곧 내가 알아서 정리할 거다",
# ko_train_blind_short84): an end (its 정리 is no chore), unless a reason follows in its sentence ("… 옷장이 꽉 차서")
_SETTLING_ALONE = (
    r"(곧|이제|인자|인제)(내가|나|제가)?(알아서|스스로|혼자)(다)?정리"
    r"(할거|할꺼|할란|할게|할께|하께|할끼|할기|할겨|하련)"
)
_SETTLING = re.compile(_SETTLING_ALONE)
_REASON_IN = re.compile(r"[^.?!]*?(서|니까|니께|응께|거든|길래|때문|려고|려구|라고)")
# d33c: the words said to be of someone else, closing their sentence ("… 영감 말이여 나 말고")
_NOT_ME_AFTER = re.compile(r"[^.?!]{0,24}?" + rows.NOT_ME)
_NEAR_END = re.compile(
    r"(이번주말|주말|이번주|다음주|오늘밤|오늘저녁|내일|모레|며칠|이번달|이달|월말|다음달|담달)[^.?!]{0,10}?"
    r"((다|모두|이제)끝(나|날)|넘기기(가|는)?(힘들|힘드|어렵|어려)|못넘길)|"
    + _SETTLING_ALONE
    + "|"
    + rows.NOT_HERE_LONG  # d19: or not here for long, of oneself ("내 여 오래 안 있을끼다")
)
# d19: a topic before the time that is not the speaker ("이사 준비는 다음 주면 다 끝날 거야"), and the speaker's own
_TOPIC = re.compile(r"[가-힣](은|는|이|가)$")
_TOPIC_SELF = re.compile(r"(^|[^가-힣])(나|저|난|전|내|제)(는|가|도)?$|" + rows.KIN_SELF + r"(는|가|도)?$")
_OTHER_SUBJECT = re.compile(rows.OTHER_SUBJECT)
_FIRST_PERSON = re.compile(rows.FIRST_PERSON)
_MEDIA = re.compile(rows.MEDIA)
_PAST = re.compile(rows.PAST + r"|었었|았었|였었|했었")
_RESOLVED = re.compile(rows.RESOLVED)
_NEGATION_AFTER = re.compile(rows.NEGATION_AFTER)
_REPORTED_AFTER = re.compile(rows.REPORTED_AFTER)
_SELF_DENIAL = re.compile(rows.SELF_DENIAL)
_SWEETHEART = re.compile(rows._SWEETHEART)
# Thanks told as someone's words, the sentence going on ("고마웠다고 하는데 …", "미안했다고 그러길래 …").
_WORDS_OF_ANOTHER = re.compile(rows.WORDS_OF_ANOTHER)
_QUOTE_CLOSED = re.compile(rows.QUOTE_CLOSED)
_SAID_AFTER = re.compile(
    r"^(다|라|이라)?(고|구|꼬)(하는데|하는디|그러는데|그러는디|카는데|하길래|했는데|그랬는데|하면서|하니까|하니께)"
)
_FUTURE_PLANS = re.compile(rows.FUTURE_PLANS)
_DEATH = re.compile(rows.DEATH.regex)
_DEAD = re.compile(rows.DEAD.regex)
_INNOCENT_MEANS = re.compile(rows.INNOCENT_MEANS.regex + "|" + rows.INNOCENT_PILLS.regex)
_INNOCENT_PLACE = re.compile(rows.INNOCENT_PLACE.regex + r"|붕어|잉어|물고기|고기잡|낚")
# d19: an errand at the start of the sentence after a place ("… 갔다왔어 / 낚시하러 음 새벽에 나갔는데")
_ERRAND_NEXT = re.compile(
    r"^[^.?!]{0,8}?(낚시|구경|산책|운동|바람쐬|바람쏘|나물|고사리|조개|해루질|물질|일하|장보|놀러|사진찍)"
    r"[^.?!]{0,4}?(러|려고|하러|삼아|갔)"
)
_INNOCENT_PREP = re.compile(rows.INNOCENT_PREP.regex + r"|영정사진찍어준|장수사진|무료로|공짜")
_PREP_WORK_GEAR = re.compile(rows.PREP_WORK_GEAR)
_PIN_IS_A_DATE = re.compile(r"(비번|비밀번호)(은|는)[^.?!]{0,8}?생일")
_TIDIED = re.compile(r"정리|치웠|치워|처분|넘겨|넘겼|팔았|팔아|내놨|고물|버렸|태웠")
# d39: a house or a shop sold to pay a bill, with the bill said in its sentence ("남편 병원비 때문에 집을 팔았는데";
# not a suicide note's debt: only the sale is excused, and only where no death word is in the sentence)
_SOLD = re.compile(rows.PROPERTY_SOLD)
_SOLD_TO_PAY = re.compile(
    r"(병원비|치료비|수술비|입원비|약값|간병비|요양비|빚|대출|이자|생활비|등록금|사업자금|전세금|보증금|사기)(을|를|이|가|도|은|는)?"
    r"[^.?!]{0,10}?(때문에|땜에|땜시|갚|대|마련|내|보태|하느라|모자라)"
)
# Preparations too ordinary to be partial evidence alone (they count in a combination): funeral arrangements, debts
# paid, savings closed, clothes burned (d17v).
_WEAK_PREP = re.compile(
    rows.DISCOURSE_FUNERAL + r"|(빚|외상|곗돈|카드|대출|밀린)|(적금|예금|보험)(을|도|은|들)?(다|싹)?(해지|깼|깨)|"
    r"(전기세|전기요금|수도세|수돗세|수도요금|관리비|가스비|가스요금|공과금|세금)|"
    # d17v: clothes burned (worn-out clothes and a late one's are burned in the yard too)
    r"(옷가지|옷|입던거|입던것|이불|살림)(들)?(은|는|을|를|도)?[^.?!]{0,10}?(태웠|태워|불태|살랐|불질렀|불을질렀|불싸질)"
)
# A field's work done, then "that's the end of it" ("이번 주말까지 다 뿌리고 나면 끝이여").
_WORK_DONE = re.compile(r"(뿌리|심|캐|따|베|거두|담그|절이|말리|치|팔)고(나면|나믄|나서)[^.?!]{0,4}?끝")
# An echo question ("선생님 오늘이 마지막이라고요?"): the speaker repeats what they were told.
_ECHO = re.compile(r"^(이)?(라|다)(고|구)(요|유|예)?\?")
_QUESTION_ECHO = re.compile(rows.QUESTION_ECHO)
_REPORT_CLOSED = re.compile(rows.REPORT_CLOSED_AFTER)
_NEAR_THING = re.compile(r"^[^.?!]{0,12}?뻔(했|하|헀|봤)")
# "잘 가요" is said to the one who leaves: thanks next to it are a goodbye to them ("그동안 고마웠어요 잘 가요",
# "선생님 새 동네 가서도 …").
_SEE_OFF = re.compile(r"잘가(요|세요|셔요|시고|시오|이소|소|라|거라|십시오|시게|슈|유)?|(가서도|가셔서도|가시더라도)")
# The care the speaker declines has an ordinary reason in the sentence: someone else will come, the speaker moves.
_NO_MORE = re.compile(rows.NO_MORE_CONTACT)
_NO_MORE_CARE = re.compile(
    r"(외래|진료|검진|재활|병원예약)(는|도|에)?(이제|인제|다음|담|앞으로)?[^.?!]{0,4}?안(가|와|받|해)도|"
    r"(따라다니는|데리고다니는|챙기는|오는|들여다보는)(거|것|일)"
)
_RECOVERED = re.compile(r"나았|나아서|낫고|완치|좋아졌|괜찮아졌|괜찮대|끝났대|졸업|퇴원|정상이|이상없|회복")
_NEW_CONTACT = re.compile(rows.NEW_CONTACT)
_INNOCENT_VISIT = re.compile(rows.INNOCENT_GOING.regex)
# d34: company wished on the one addressed, not the speaker's ("엄마 찾지 말고 동생들이랑 잘 지내라")
_BLESSED_COMPANY = re.compile(r"(같이|이랑|랑|하고)(도|는)?(사이좋게|서로)?" + rows.BLESSING)
# Going to a place or a person; not "…안에/전에/다음에 갈" (within, before, after: a time, as in the GOING concept),
# and not "there" ("거그로 갈 것이여", "그리로 가려고"): that points back at the place looked at, it names no errand.
_INNOCENT_GOING = re.compile(
    rows.INNOCENT_GOING.regex
    + r"|((?<![안전밤날말주때침녁벽중후뒤음])에|(?<!거기)(?<!거그)(?<!그리)(?<!저리)(?<!글)(?<!그곳으)"
    r"(?<!그쪽으)(?<!거기으)로|한테|네|러)(갈|가려|떠날)"
)
# "After X": the clause that names the time of an ending ("손주들 다녀가고 나면 그다음에 가려고"). A visit or an
# outing in it is the time, not the going, so only what follows it may make the ending ordinary.
# "Nobody around" is a time chosen only with a time word just before it ("밤 두 시쯤 되면 차도 없고", "그날이면
# 집에 아무도 없으니까").
# A character of a story: someone pointed at ("그 며느리가", "그 여자는") or a role of the screen ("주인공이").
_CHARACTER = re.compile(
    r"(그|저)(며느리|메느리|며누리|메누리|시어머니|시어매|시어무이|시엄니|시엄마|시애미|시어멈|시어멍|시아방|시아바지|시아버지|시아배|시아부지|주인공|배우|여자|남자|사람|할머니|할아버지|할매|할배|아줌마|아저씨|총각|처녀|아가씨|"
    r"양반|엄마|아빠|딸|아들|남편|아내|부인|영감|노인|청년|학생|환자)(이|가|은|는|도)|(주인공|배우|탤런트|연예인|가수)(이|가|은|는|도)|"
    # d19: a household of the story named by its head ("그 회장 큰아들이")
    r"(그|저)(회장|사장|사모님|회장님|사장님|재벌|부잣집|집안)(네|집|의)?(큰|작은|막내|둘째)?(아들|딸|며느리|사위|마누라|남편|아내)"
    r"(이|가|은|는|도)|"
    # d19: the story introduced and a character named bare right after ("그 드라마 있잖아, 시어머니가 …")
    r"(있잖아|있잖어|있잖여|있잖유|있잖소|있잖니|있잖냐|있제|있지)[,…]*(며느리|시어머니|시아버지|주인공|여자|남자|할머니|할아버지|"
    r"할매|할배|엄마|아빠|딸|아들|남편|아내|부인|영감|노인|아줌마|아저씨)(이|가|은|는|도)"
)
_SPEAKER_NOW = re.compile(rows.FIRST_PERSON + r"|우리|요새|요즘|지금|나(?=[도는])")
_CHOSEN = re.compile(r"(아무도|사람도|사람이|차도)(없|안와|안오|안다니)|(젤|제일|가장)(낫|좋)(겠|겄|것|다)")
_NOBODY = re.compile(r"(아무도|사람도|사람이|차도)(없|안와|안오|안다니)")
_NOBODY_WHEN = re.compile(r"(시간|때|날|밤|새벽|쯤|주말|요일|명절|그날)(이면|엔|에는|에|되면|되믄|이믄)?")
# "그날 하려고" with no object: the act itself; with a chore in the sentence it is the chore.
_BARE_DO = re.compile(
    r"(그날|그날밤|그주|그달|오늘밤|내일밤|말일|그때)(에|엔|에는|이면|되면|가되면)?(내가|나는|난|저는|제가)?(하|할|해)"
)
_CHORE = re.compile(
    r"김장|농사|청소|빨래|이사|제사|차례|수확|추수|모내기|파종|방제|소독|장|시장|잔치|생일|여행|수술|검사|예배|미사|"
    r"목욕|정리|빨래|반찬|요리|김치|메주|장담|도배|수리|공사|운동|산책|등산|낚시|모임|계|회의|면회|외출"
)
_AFTER_CLAUSE = re.compile(r"(고나면|고나서|고나믄|지나면|지나고|끝나면|끝나고|다음에|그다음)")
# Not taking the pills one is given is never their everyday purpose.
_TREATMENT_STOPPED = re.compile(rows.TREATMENT_STOPPED)
_WITHHELD = re.compile(
    r"안먹고|안묵고|안드시고|안드셨|안삼키고|먹는척|넣는척|삼키는척|덜놓고|덜맞고|덜먹고|안놓고|쓰는척|놓는척|"
    # (d23e: half a dose taken only with the rest kept: half a pill as prescribed is the dose)
    r"(반씩만|반알만|절반만|반만)(먹|묵)[^.?!]{0,6}?(남는거|남은거|나머지|남는건|남은건)(는|은)?[^.?!]{0,8}?(모아|모았|모은|쟁여)"
)
# A means kept out of reach ("손주들 오면 만질까 봐 높은 데 올려놨어", "창고에 자물쇠 채워서 넣어 놨어") …
# Not a locked door: a room sealed is a method.
_SAFE_KEEPING = re.compile(r"만질까|못만지게|만지지못하게|손안닿|손이안닿|손닿지않|안닿게|자물쇠")
# … or got rid of ("모아 둔 약은 다 약국에 갖다줬고요", "다 버렸어"); not "안 버리고".
_DISPOSED = re.compile(r"(?<![안못])(버렸|버리고|내버|갖다버)|갖다줬|갖다드렸|반납|폐기|없앴|돌려줬")
# d17s: … or to be got rid of, said in the elder's answer to the caller ("보건소 갖다주믄 버려 준대서", "약국에
# 반납할라고")
# d26: … or got rid of by someone who found it, told in the next sentence ("그걸 아들이 알고 다 갖다 버리고")
_DISPOSED_BY_ANOTHER = re.compile(
    r"(그걸|그거|그것을|그거를|고걸)[^.?!]{0,12}?(다|싹|몽땅)?(갖다버|내다버|버렸|버리고|가져갔|치웠|없앴)"
)
_DISPOSED_PLANNED = re.compile(
    r"(보건소|약국|주민센터|수거함)[^.?!]{0,12}?(갖다|가져다|반납|버려|버리|폐기|수거)|버려(준|주|줄)|폐기(하|해|할)|반납(하|해|할)"
)
# The next sentence gives the everyday purpose of a means ("마당에서 고기 구워 먹으려고요").
_PURPOSE_ANYWHERE = re.compile(r"려고|려구|라고|라구|라꼬|그걸로|그거로|그건|그거")
_PURPOSE = re.compile(
    # (d17s: and "구울라고", "피울라고": an ㄹ-stem's 라고, as its 라구 and 라꼬)
    r"(려고|려구|을라고|을라꼬|할라고|하려고|쓰려고|쓸라고)|(?<=" + rows._RIEUL + r")라(구|꼬|고)|"
    r"^(그걸로|그거로|그건|그거)|"
    # or the speaker's intent to do that work ("토요일까지 싹 뿌려 버리고 끝낼 거야")
    r"(뿌려|뿌리|뿌릴|칠|쳐|구워|구울|피워|피울|묶어|묶을)[^.?!]{0,12}?" + rows._RIEUL + r"(거|꺼|겨|끼)"
)
# d20: the grilling told as done, the meat named ("번개탄에 불 붙여가 숯 올리고 고기 굽는데", "삼겹살 구워 묵었다"): in
# its sentence, the fire's use whatever the transcript's mood
_GRILLED_TOLD = r"(고기|삼겹살|갈비|목살|생선|조개|장어|마시멜로)(를|을|도|는)?(굽|구웠|구워|꿉|꾸웠|꿉었|꾸버)"
_GRILLED = re.compile(_GRILLED_TOLD)
_FIRE_MEANS = re.compile(r"번개탄|숯|연탄|화로|화덕")
# d34: a fire means' own everyday use, lighting the briquettes (only a fire means': a rope is no kindling)
_KINDLING = re.compile(rows.KINDLING)
_KINDLING_PURPOSE = re.compile(r"(불쏘시개|쏘시개|밑불)(로|으로)(는|도|쓰|써|딱|최고|그만)")
# … or that use planned ("마당에서 고기 구워 먹기로 했거든", "고기 구울 거예요", "꿉어 묵을 끼다"): read only in a calm
# transcript (``_calm``; d12fc)
_PURPOSE_CALM = re.compile(
    _PURPOSE.pattern + r"|(구워|굽|꿉|꾸워|피워)[^.?!]{0,8}?(기로|" + rows._RIEUL + r"(거|꺼|겨|끼))|"
    r"(구울|피울|꿉을|뿌릴|묶을)(거|꺼|겨|끼)|"
    # d15L: … or said as what the family loves doing ("애들이 마당에서 고기 구워 묵는 거를 그렇게 좋아해",
    # "손주들이 숯불에 고기 굽는 걸 제일 좋아하거든")
    r"(구워|굽|꿉어|꿉|꾸워|꾸버)(먹|묵)?(는)(거|걸|것|게|기)[^.?!]{0,8}?(좋아|최고|잘먹|잘묵|환장)|" + _GRILLED_TOLD
)
# d15L: a room sealed (its door's or window's gaps stopped or taped) is a method, whatever else the charcoal is for;
# not a shed's door or a torn screen mended ("창고 문짝 틈도 좀 막을라구", "방충망 … 테이프로 붙이구"), nor a draught
# kept out in winter (``_DRAUGHT`` near it: "겨울이라 문풍지 붙였어")
_SEALED = re.compile(
    r"(?<!창고)(방문|방|창문|문)(?!충)(틈|틈새)(을|은|도|까지|마다)?[^.?!]{0,8}?(막|테이프|발라)|"
    r"(?<!창고)(방문|창문|문틈|창틈)(에|을|은|도)?[^.?!]{0,4}?테이프(로|를|도)?[^.?!]{0,6}?(붙|막|발라|둘러)"
)
_DRAUGHT = re.compile(r"문풍지|바람|외풍|웃풍|추워|추운|겨울|황사|미세먼지|벌레|모기")
_DRAUGHT_NEAR = 30

# A clause said after a sentence as its reason ("쥐약 놨어 창고에 쥐가 많아서", "강아지를 옆집에 맡겼어 나 일주일 제주도
# 여행 가거든"): with an everyday purpose in it, the purpose of what the sentence before did.
_REASON_AFTER = re.compile(r"(서|거든|니까|니께|응께|길래)(요|유|예|예요)?[.?!…]*$|때문")
# A word that ends a sentence in unpunctuated speech and the whitespace after it, or a line break: \x01.
# Not before a reporting verb: "농약 먹었다 카더라" is one sentence (they say so).
# Speech-to-text of dialect speech has few …요/…다 endings: a whole minute can come out as one "sentence", and then
# a guard word anywhere in it (a purpose, another person, a drama) decides for every cue in it. So the intimate and
# dialect final endings close a sentence too, each in a form that is not a connective or a noun: a past or existential
# stem's …어/…지/…제/…네/…슈/…소 (했어, 있지, 묵었제, 좋았네, 썼슈, 있소; not "없지 않아"), …유 and …예 of
# Chungcheong and Gyeongsang (있어유, 했어예; not 이유, 우유, 아예), …거여/…이여, …거야/…이야, …기라, …카이, …데이,
# …거든, …잖아, …더라, …드라, …구먼, …그려; and the filler "음" said on its own between two stretches of talk.
_SS = "".join(chr(0xAC00 + i) for i in range(11172) if i % 28 == 20)  # syllables ending in ㅆ (했, 있, 었 …)
_FINAL_ENDING = re.compile(
    r"(?=\s)(?:(?<=\S\S)(?<=[요다죠께])(?<!보다)(?<!이다)(?<![^당]께)"
    # (d17s: not a noun ending in 요, "필요 없응께", "중요 허지")
    r"(?<!필요)(?<!중요)"
    # (not a serial verb's -다: "사다 놨구만", "갖다 줬어", "내려다 봤어")
    r"(?<!사다)(?<!갖다)(?<!져다)(?<!내다)(?<!여다)(?<!쳐다)(?<!려다)"
    # (d22: nor a place's -에다, "거기다 불 피워서 삼겹살 구울라고")
    r"(?<!거기다)(?<!여기다)(?<!저기다)(?<!어디다)"
    r"|(?<=[" + _SS + r"][어지제네슈소])"
    r"|(?<=\S유)(?<![이우자석기]유)|(?<=\S예)(?<!아예)"
    r"|(?<=거여|이여|거야|이야|기라|카이|데이|거든|잖아|더라|드라|구먼|구만|그려))"
    r"\s+(?!\s)"
    r"(?!(카|캐|칸|캤|하더|하대|하데|하네|하던|하드|했|한다|한대|그러|그랬|그런|라고|라카|고\s|하고|하면서|하시|하셔|"
    # (d17s: "먹다 남은 약": a connective -다 before what is left)
    r"이래|이카|캐쌓|않|안\s|말|못|남은|남긴|남았))|\n|(?<=\s)(?=음\s)"
)
_BOUNDARY = re.compile(r"[.?!。…\x01]")
_QUOTE_MAX = 80  # a cue in a longer sentence quotes this much around it
_LEAVING_BEFORE = 3  # someone's leaving said this many sentences before thanks makes them thanks to that person
_LEAVING_CHARS = 60  # … or this many characters before
_MEANS_NOUN = re.compile(
    r"번개탄|연탄|숯|농약|제초제|제초약|살충제|풀약|근사미|그라목손|쥐약|수면제|수면약|수면유도제|안정제|진통제|밧줄|노끈|끈|가스|약"
)
_CONTACT_CUT = re.compile(
    r"(전화|연락)(도|은|을|를)?(해도|와도|하셔도|줘도|오면)?(더는|이제|다시는)?(못|안)(받|할)(을|ㄹ)?(거|꺼|겁|테)"
)
# d20: medicine taken as prescribed, dose by dose, or sorted into a pill box by day: what pills gathered are for (never
# "한 알씩 안 먹고 모았다": the dose is taken, not skipped)
_PILL_NOUN = re.compile(r"약|수면제|안정제|진통제|알약")
_DOSING = re.compile(
    r"(한|두|반|세)(알|봉지|포|정|개)씩(꼬박꼬박|꼭|잘|매일|빠짐없이|제때)?(챙겨)?(먹|묵|드시|복용)(?!지않|지도않|지를않|지마|지말)|"
    r"(날짜|요일|아침저녁|끼니|하루)(별로|마다)(나눠|나누어|나놔|갈라)(서)?(담|넣|놓|놔)|약(통|달력|케이스|상자|정리함)에(날짜|요일|나눠)"
)
_INGEST = re.compile(r"(먹|묵|마시|삼키|털어넣)(으려|을라|을려|으러|어버리|어삐|을거|을끼)")
_RUN_ON = 120  # characters after a means, within its own (run-on) sentence, in which its purpose may be said (d12fc)
_PURPOSE_NEAR = 300  # characters either side of a means within which its everyday purpose may be said (calm talk)
# d26: a show named and asked about at once ("드라마 봤어?", "연속극 보셨슈?")
_WATCHED_ASKED = re.compile(
    r"[^.?!]{0,4}?(봤|봣|봤어|봣어|봤나|봤니|봤지|봤제|봤냐|봤슈|봤능교|보셨|보셨어|보셨수|보셨슈|보심)[요유]?\?"
)
# d26: another's going or death told in a clause of its own, closed by a connective ("마누라도 요양원 가고 …")
_THEIR_GOING_DONE = re.compile(
    r"(가고|떠나고|갔고|떠났고|가버리고|가삐고|가뿌고|죽고|돌아가시고|돌아가고|세상뜨고)(나서|나니|나니까)?"
)
_HANDED_TO_YOU = re.compile(r"(니가|네가|너가|니도|너도)")
# d26: a goodbye someone else asked the speaker to pass on ("딸이 그동안 고마웠다고 전해 달래요")
_RELAYED = re.compile(r"[^.?!]{0,8}?(전해|말해)(달래|달라|달라고|달라카|달라더|주래|주라더)")
_STORY_REACH = 120  # characters from a drama or the news to the words told of its characters
_STORY_SUBJECT = 60  # characters from the character named as subject to the words
# sentences back to the medium (d14fc: 2 -> 3; unpunctuated dialect speech splits "어제 그 연속극 보셨슈 / 아홉 시 허는
# 거 … 그 며느리 있잖유 / … 그 며느리가 글쎄 다리에서 뛰어내렸어유 / 비 오는 밤에 한강 다리에서" into short sentences)
_STORY_SENTENCES = 3
_SEVERAL_ACTS = 2  # sentences of preparatory acts (not funeral arrangements, debts or savings) that are a preparation
_ABSENT_ACTS = 3  # d17v: sentences of preparatory acts and of the speaker's own absence that are a preparation
_UNIT_GAP = 20  # d17v: characters between two cues of one run-on sentence that make them two statements
# d17v: the pills named before a "그건 안 묵고 모아놨어" (the anaphoric stockpile), within this many characters
_ANAPHOR_REACH = 120
_ANAPHOR_NOUN = re.compile(
    r"수면제|수면약|수면유도제|잠오는약|잠약|안정제|신경안정제|진통제|약봉투|약봉지|알약|농약|제초제|쥐약|혈압약|당뇨약|처방약|"
    # (d23: or bare "약" as the pharmacist or the nurse says it, not 약속, 약간, 예약 …)
    + rows.PILL
    + r"(?![속간국사하해점초과])"
)
# d26b: a poison bought to drink oneself ("내 먹을라고 사 온 거여"), of a poison named before it, and d26c: a room's
# gaps to be taped ("테이프도 줘, 문틈 막게"), of a fumes' means named before it: each a plan by itself
# (``_PLAN_ALONE``; the DISCOURSE_MEANS alternatives that open so)
_TO_DRINK_ONESELF = re.compile(r"(내|내가|나|제가)(먹을|먹으려|마실|마시려|묵을)")
_GAPS_TAPED = re.compile(r"테이프")
_FUMES = re.compile(r"번개탄|연탄|착화탄|숯|가스")
_PLAN_ALONE = re.compile(_TO_DRINK_ONESELF.pattern + "|" + _GAPS_TAPED.pattern)
_PURPOSE_GONE = re.compile(rows.DISCOURSE_PURPOSE_GONE)
#: (the poisons of a field or a pest; 약 only when it is sprayed, "약을 쳐야")
_FIELD_POISON = re.compile(r"농약|제초제|살충제|그라목손|쥐약|풀약|약(?=(을|를|은|도)?[^.?!]{0,3}?(쳐|치|뿌))")
# d26c: the rites for which one gives one's own name ("49재는 … 성함을 여기 쓰시면 돼요. 할머니: 내 이름 쓰세요")
_OWN_NAME = re.compile(r"(내|제|나)이름")
_RITES = re.compile(r"49재|사십구재|천도재|위패|영가|제사|제문|영정|기일|추도")
_TO_CHILD_ACCOUNT = re.compile(r"(니|너|네|느그)통장(으로|에|에다)(넣|보냈|부쳤|이체|입금)")
_FOOD_OR_DRINK = re.compile(rows.FOOD_OR_DRINK)
# d27: a soldier's blade, taken out and sharpened (``rows.DISCOURSE_MEANS``)
_BLADE = re.compile(rows.BLADES)
_POISON = re.compile(rows.POISONS)
# (d23: or what was "not taken and kept" with no noun, "석 달 동안 안 먹고 모아둔 게 있어")
_ANAPHOR = re.compile(r"그건|그거|그걸|그것|고거|고건|안먹고|안묵고|안드시고|안삼키고")
# d17v: a pet put in care for a while (a trip, a stay in hospital, a few days): no preparation
_PET = re.compile(r"강아지|고양이|괭이|반려견|반려묘|멍멍이|야옹이")
_A_WHILE = re.compile(r"동안|며칠|다녀올|다녀와|갔다올|갔다와|입원|수술|퇴원|여행|딸네|아들네|올때까지|오는날")
# d17v: a move into a care home, to a child's or a hospital stay said anywhere in the transcript (not one refused or
# told to): "내가 없으면" is the speaker living elsewhere
_STAY_ELSEWHERE = re.compile(
    r"(요양원|요양병원|실버타운|양로원|아들네|딸네|아들집|딸집)(에|으로|로)?(들어가|들어갈|가게|가기로|입소|들어간|옮기)"
    r"(?!(라|래|기싫|기전|지않|지말|지마|긴|진))|입원(하|해|할|예정)|입소(하|해|할|예정)"
)
# d17v: a reason why a thing is of no use any more (retired, the eyes or hands gone, outgrown, replaced, a move)
_NO_USE_REASON = re.compile(
    r"퇴직|은퇴|그만두|그만뒀|접었|안하니|안해서|눈이|눈도|손이|손도|손가락|무릎|허리|작아|커서|안맞|낡아|고장|새로샀|새걸|"
    r"이사|다커|농사|장사|가게"
)
# d17v: a return said anywhere in the transcript: the absence is a stay away, not the end ("퇴원하면 찾아와야죠")
_RETURN = re.compile(
    r"퇴원(하면|하믄|하고|해서|하는날)|(다녀|갔다|돌아)(오면|오믄|와서|와가|오는대로|올때까지)|올때까지|오는날까지"
)
# d17v: clothes burned that were someone else's (a late husband's, a mother's): the custom after a death
_OTHERS_CLOTHES = re.compile(
    r"(영감|남편|할멈|마누라|아내|어머니|엄마|아버지|아부지|시어머니|시아버지|돌아가신|먼저간|죽은|고인|망자)(의|이|님)?[^.?!]{0,6}$"
)
_DISPERSAL = 3  # sentences giving one's belongings away that make a dispersal (one or two are gifts)
# d25: a death told right after a means, as news ("농약 먹고 갔다는 소식", "… 죽었대"): someone's, not a wish (not
# rows.COMPLETED_DEATH's bare 죽었, which "죽었으면" begins)
_DEATH_NEWS = re.compile(
    r"^.{0,3}("
    + rows.DEATH_TOLD_AS_NEWS
    + r"|갔대|죽었(대|다네|다더라|다카|다캐|잖|다는|단)|돌아가셨|세상(을)?떠났|숨졌|사망)"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the compact (whitespace-free) text: ``compact[start:end]``."""

    start: int
    end: int
    caller: bool = False  # d15L: in the caller's turn of a two-party transcript with turn labels (``_caller_ranges``)


@dataclass(frozen=True, slots=True)
class Cue:
    """A discourse cue in the compact text, with the sentence it sits in."""

    kind: str  # means | place | end | prep | farewell | hopeless | secret
    start: int
    end: int
    sentence: int  # index into the sentences
    weak: bool = False  # d17s: counts only with a partner, never alone as partial evidence


def sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` in compact coordinates (whitespace removed).

    Punctuation and line breaks close a sentence; so does, in speech-to-text output, a word of two or more
    characters ending in a final ending (…요, …다 but not …보다 or …이다, …죠, …당께) followed by a space.
    """
    marked = _FINAL_ENDING.sub("\x01", text)
    if ":" in marked or "：" in marked or "[" in marked:
        # d17s: a speaker's turn label starts a new sentence ("할배: 내 오늘 밤에 바다에 좀 나가볼라꼬 상담사: 낚시
        # 가십니꺼?"): the caller's question is not part of the senior's sentence
        labels = list(_TURN_LABEL.finditer(marked))
        if len({m.group(1) or m.group(2) for m in labels}) >= 2:
            marked = _TURN_LABEL.sub(lambda m: "\x01" + m.group(), marked)
    compact = "".join(marked.split())
    spans: list[Sentence] = []
    start = 0
    shift = 0  # markers seen so far: they are not in the engine's compact text
    for boundary in _BOUNDARY.finditer(compact):
        marker = boundary.group() == "\x01"
        end = boundary.start() - shift if marker else boundary.end() - shift
        shift += marker
        if end > start:
            spans.append(Sentence(start, end))
            start = end
    total = len(compact) - shift
    if total > start or not spans:
        spans.append(Sentence(start, total))
    callers = _caller_ranges(text)
    if callers:
        spans = [Sentence(s.start, s.end, any(lo <= s.start < hi for lo, hi in callers)) for s in spans]
    return spans


# d15L: who speaks, read from the turn labels themselves, never from a list of them. Turn labels vary in real
# transcripts ("복지사:", "할머니:", "말벗:", "삼춘:", "[상담사]", "AI:", a name): a label is a short word with a colon
# (or in brackets) at the start of a line or after whitespace.
_TURN_LABEL = re.compile(r"(?:^|(?<=\s))(?:\[([^\]\s]{1,10})\][:：]?|([가-힣A-Za-z]{1,6})[:：])")
_TURN_SHARE = 2.0  # the senior says this many times more than the caller, when neither names the other


#: turn labels that name the one who calls or visits (a care worker, a counsellor, an AI call) ...
_CALLER_ROLE = re.compile(
    r"AI|ai|Q|상담|복지|센터|간호|말벗|돌봄|봉사|지원사|보호사|콜|로봇|인공지능|보건|담당|발신|직원|선생|안부|기자|사회자|진행"
)
#: ... and the ones that name the elder (or, in a family thread, the parent)
_SENIOR_ROLE = re.compile(
    r"^(A|어르신|할머니|할머이|할아버지|할아부지|할매|할배|할망|하르방|삼춘|아버님|어머님|어머니|아버지|엄마|아빠|"
    r"응답|응답자|수신|수신자|내담자|대상|대상자|본인|이용자|이용자님)$"
)


#: d18: what a visit note's or a form's field is called (its "label:" is no speaker)
_FIELD = re.compile(
    r"^(대상|대상자정보|건강|식사|수면|주거|특이사항|방문|일시|장소|상태|기분|복약|정서|인지|신체|메모|비고|결과|계획|조치|요약|소견|"
    r"관찰|보고|내용|제목|참석|참석자|시간|날짜|주소|연락처|보호자|가족|경제|생활|위험|평가|판단)$"
)


def _role(label: str) -> str:
    """ "senior", "caller" or "" (a name, or a label that says nothing of its role)."""
    if _SENIOR_ROLE.match(label):
        return "senior"
    return "caller" if _CALLER_ROLE.search(label) else ""


@functools.lru_cache(maxsize=16)
def _caller_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """Compact ranges of the caller's turns in a transcript with turn labels (everyone's but the senior's when several
    speak and one of them is the senior: ``_named_seniors``); the caller's lines of an unlabelled AI call
    (``_alternating_caller``); empty when there is no clear caller.

    The senior is the one the other speaker calls by their label ("복지사: 할머니 안녕하세요 …", "말벗: 삼춘 …"),
    or, when neither or both are, the one who says at least ``_TURN_SHARE`` times as much (a check-in is the
    senior's talk)."""
    if ":" not in text and "：" not in text and "[" not in text:
        return _alternating_caller(text)
    turns: list[tuple[str, int, int]] = []  # label, start of the words (original), end of the turn (original)
    found = list(_TURN_LABEL.finditer(text))
    if not found:
        return _alternating_caller(text)
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(text)
        turns.append((m.group(1) or m.group(2), m.end(), end))
    seniors = _named_seniors(text, turns)
    if not seniors:
        senior = _two_party_senior(text, turns)
        if senior is None:
            return ()
        seniors = {senior}
    nonspace = [0]
    for ch in text:
        nonspace.append(nonspace[-1] + (not ch.isspace()))
    # a caller's turn runs from its label to the next label (the label itself is nobody's words)
    return tuple(
        (nonspace[found[i].start()], nonspace[e]) for i, (label, _s, e) in enumerate(turns) if label not in seniors
    )


def _two_party_senior(text: str, turns: list[tuple[str, int, int]]) -> str | None:
    """The senior's label in a two-party transcript (``_caller_ranges``), or None when it is not clear."""
    labels = {label for label, _s, _e in turns}
    if len(labels) != 2 or len(turns) < 2:
        return None
    said = {label: "".join("".join(text[s:e] for lab, s, e in turns if lab == label).split()) for label in labels}
    a, b = sorted(labels)
    # (d23d: or by the title after a one-syllable surname, "박권사:" called "권사님", "김집사:" called "집사님")
    a_named, b_named = _named_in(a, said[b]), _named_in(b, said[a])
    a_role, b_role = _role(a), _role(b)
    roles = {a_role, b_role}
    if _FIELD.match(a) or _FIELD.match(b):
        return None  # a note's fields ("대상: 윤상철(75세, 남)", "건강: 당뇨약은 …"), not turns
    if roles == {"senior", "caller"} or roles in ({"senior", ""}, {"caller", ""}):
        senior = a if a_role == "senior" or b_role == "caller" else b  # "AI안부:" / "응답자:", "[센터]" / "[귀순]"
    elif len(turns) < 3:  # (d17s: from 3 turns, an elder's word, the caller's question, the elder's answer; d18: 2 when
        return None  # the labels name both roles, "간호사: … 할머니: …", not a note's "대상: …" / "건강: …")
    elif a_named != b_named:
        senior = a if a_named else b
    elif len(said[a]) >= _TURN_SHARE * len(said[b]):
        senior = a
    elif len(said[b]) >= _TURN_SHARE * len(said[a]):
        senior = b
    else:
        return None
    return senior


def _named_in(label: str, said: str) -> bool:
    """Whether ``said`` calls the speaker of ``label`` by it, or by its title after a one-syllable surname."""
    return label in said or (len(label) >= 3 and _SURNAME_TITLE.match(label) is not None and label[1:] in said)


_SURNAME_TITLE = re.compile(
    r"^[김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모]"
    r"(집사|권사|장로|목사|전도사|선생|반장|통장|이장|회장|총무|기사|간호사|주임|팀장|여사|씨)$"
)


#: d19: the mark a transcript of several speakers puts on the one it is about ("[대상] 함옥분:", "(대상자) 김순자:")
_TARGET_MARK = re.compile(r"^(대상|대상자|본인|당사자|대상어르신|이용자)$")


def _named_seniors(text: str, turns: list[tuple[str, int, int]]) -> set[str]:
    """d19: the labels of the one a transcript of several speakers is about, with the marks that point at it: the
    one it marks ("[대상] 함옥분: …" among "박순임: …", "사회복지사: …"), or, with three or more speakers, the one
    label called by the elder's role beside a caller's ("간호사:", "어르신:", "영감:"; the spouse or neighbour
    chiming in is someone else). Not a note's fields ("대상자: 박순례 어르신(81세, 여) … 방문 담당: 생활지원사.", the
    elder's label a header). Empty when there is none (``_caller_ranges`` then reads a two-party transcript)."""
    marks = {
        (label, turns[i + 1][0])
        for i, (label, start, end) in enumerate(turns[:-1])
        if _TARGET_MARK.match(label) and not text[start:end].strip()
    }
    if marks:
        return {label for pair in marks for label in pair}
    labels = {label for label, _s, _e in turns}
    seniors = [label for label in labels if _role(label) == "senior"]
    if (
        len(labels) >= 3
        and len(seniors) == 1
        and any(_role(label) == "caller" for label in labels)
        and not any(_FIELD.match(label) for label in labels)
        and sum(label == seniors[0] for label, _s, _e in turns) >= 2
    ):
        return {seniors[0]}
    return set()


#: d18: how a caller or an AI call speaks to the elder (a question, the honorific request, the service's own forms)
_CALLER_LINE = re.compile(
    r"[?？]\s*$|어르신|하세요|세요[?.!]|셨어요|셨나요|시나요|으세요|드릴게요|드릴께요|드리겠습니다|습니까|입니다|하시죠|시죠|"
    r"셨군요|시군요|계세요|셨네요|시네요|겠어요[?.!]|시겠어요|해\s?주세요|나요[?.]"
)
_ALTERNATING_MIN_LINES = 6
_CALLER_SHARE = 0.6  # of one parity's lines that speak as a caller ...
_SENIOR_SHARE = 0.25  # ... and at most this share of the other's


def _alternating_caller(text: str) -> tuple[tuple[int, int], ...]:
    """d18: a call transcribed one turn per line with no labels (an AI call: "안녕하세요. 논산시 AI 안부전화입니다 …"
    / "어, 잘 지냈슈 …" / "읍내에서 무슨 일 보셨어요?" …): the caller's lines are every other line, the parity whose
    lines nearly all speak as a caller (``_CALLER_LINE``) while the other's nearly never do. Empty otherwise."""
    if text.count("\n") + 1 < _ALTERNATING_MIN_LINES:
        return ()
    lines: list[tuple[int, int]] = []  # compact start and end of each non-empty line
    position = 0
    for raw in text.split("\n"):
        size = len("".join(raw.split()))
        if size:
            lines.append((position, position + size))
        position += size
    if len(lines) < _ALTERNATING_MIN_LINES:
        return ()
    compact = "".join(text.split())
    calling = [_CALLER_LINE.search(compact[a:b]) is not None for a, b in lines]
    shares = [sum(calling[p::2]) / len(calling[p::2]) for p in (0, 1)]
    for p in (0, 1):
        if shares[p] >= _CALLER_SHARE and shares[1 - p] <= _SENIOR_SHARE:
            return tuple(lines[p::2])
    return ()


def sentence_of(spans: list[Sentence], index: int) -> int:
    """The index of the sentence that holds compact position ``index``."""
    return _sentence_of(spans, index)


def _sentence_of(spans: list[Sentence], index: int) -> int:
    lo, hi = 0, len(spans) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if spans[mid].end <= index:
            lo = mid + 1
        else:
            hi = mid
    return lo


_NOBODY_AFTER = re.compile(r"(없|읎|엄|안계|하나없|아무도)")


# d19: a message that opens by calling a child ("막내야", "큰딸아", "준혁아"): there the parent's or grandparent's own
# kin word is the speaker ("엄마는 이번 주말 넘기기 힘들 것 같다")
_VOCATIVE_START = re.compile(
    r"^([가-힣]{1,5}(아|야)|"
    # (d23e: or a child called by the kin word alone, "딸 엄마가 요새 …")
    r"(딸|아들|큰딸|작은딸|막내딸|큰아들|작은아들|막내아들|막내|큰애|작은애|아가))(?=[,.!~…]|엄마|아빠|할미|할매|할배|할머니|할아버지|나|내)"
)
# (d23: or "이" where compaction joins the kin word to the next one, "엄마 이달부터" -> "엄마이달부터")
_KIN_SELF = re.compile(rows.KIN_SELF + r"(는|가|도|이)$")


def words_of_another(before: str, after: str) -> bool:
    """d19: compact text announcing someone's words right ``before`` ("그 사람이 마지막으로 한 말이") and the quote
    closed right ``after`` ("…라는 거였어요"): the words between are theirs. Shared by the crisis guards and the local
    analyzer's check of its model's evidence."""
    return bool(_WORDS_OF_ANOTHER.search(before) and _QUOTE_CLOSED.match(after))


def _kin_self(compact: str, before: str) -> bool:
    """d19: the subject before the cue is the speaker's kin word for themself in a message to a child."""
    found = list(_OTHER_SUBJECT.finditer(before))
    return bool(found) and bool(_VOCATIVE_START.match(compact)) and bool(_KIN_SELF.search(found[-1].group()))


def someone_else(before: str) -> bool:
    """A third-person subject before the cue in its sentence with no first-person word after it."""
    return _someone_else(before)


def _someone_else(before: str, narrated: bool = False) -> bool:
    # (d16L: not "nobody", a person said not to be there: "볼 사람도 없고 … 통장도 다 정리해서")
    found = [
        m
        for m in _OTHER_SUBJECT.finditer(before)
        if not _NOBODY_AFTER.match(before, m.end()) and not (narrated and is_the_senior(before, m.start(), m.end()))
    ]
    if not found:
        return False
    rest = before[found[-1].end() :]
    if _THEIR_GOING_DONE.search(rest):
        return False  # d26: "마누라도 요양원 가고 더 있을 이유가 없잖아": their going told, then the speaker's words
    return not _FIRST_PERSON.search(rest)


@functools.lru_cache(maxsize=16)
def narrated(compact: str) -> bool:
    """d17v: whether ``compact`` is a visit note, the senior told of in the third person (``rows.NARRATION_END`` at
    least ``_NARRATED_ENDS`` times): there "어르신" is the senior and "…라고 하심" reports the senior's own words."""
    count = 0
    for _match in _NARRATION_END.finditer(compact):
        count += 1
        if count >= _NARRATED_ENDS:
            return True
    return False


def is_the_senior(text: str, start: int, end: int) -> bool:
    """d17v: whether the subject ``text[start:end]`` (a match of an other-subject lexicon) is "어르신", "대상자" or
    "본인" with no one else's elder pointed at right before it ("옆집 어르신께서"): in a visit note, the senior."""
    return bool(_SENIOR_NARRATED.fullmatch(text, start, end)) and not _OTHER_ELDER_BEFORE.search(
        text, max(0, start - 4), start
    )


def honorific_report(after: str) -> bool:
    """d17v: ``after`` opens with the worker's honorific report of the senior's words ("…라고 하심")."""
    return _HONORIFIC_REPORT.match(after) is not None


#: d31: the caller asking after the senior's own getting of a means, in the honorific past ("경비: 어르신 번개탄을 왜
#: 이렇게 여러 개 사 오셨어요?"): the means is the senior's, read with what the senior answers
_ASKED_OF_OWN_MEANS = re.compile(
    r"^[^.?!]{0,16}?(사|구해|모아|모으|갖다|가져|챙겨|숨겨|받아)[가-힣]{0,2}?(오셨|두셨|놓으셨|놔두셨|셨)(어요|나요|습니까|어유|지요|죠|슈|예)?\?"
)
# d34: a prescription's supply of weeks or months collected, not pills gathered or hidden
_REFILL = re.compile(
    r"(한|두|세|석|넉|네|다섯|여섯|몇|반년|일년)(달|주|주일|개월|달분|개월분)(치|분|어치)?(씩)?(을|를|는|도)?(미리)?(타|받)"
)
_HOARDED = re.compile(r"모아|모았|모은|모으|모였|모다|모태|숨겨|숨겼|감춰|감췄|쟁여|안먹고|안드시고|안묵고")
_PAST_BEFORE_REACH = 24  # d31: compact characters of the sentence before in which a past named counts


def _outing(said: str) -> bool:
    """An errand, a visit or company named in ``said`` (``INNOCENT_GOING``), other than company wished on the one
    addressed with a blessing ("동생들이랑 잘 지내라")."""
    return any(not _BLESSED_COMPANY.match(said, m.start()) for m in _INNOCENT_VISIT.finditer(said))


#: d39: a going met with disbelief ("먼저 간다니 말이 안 돼", "간다는 게 믿기지가 않아"): someone else's, told
_DISBELIEF_AFTER = re.compile(
    r"^(니|니요|는게|는것이|는거)[,~…]*(말이|믿기|믿어지|믿을|기가|어이|억장|기막|안믿|무슨|어떻게|어째|참)"
)


def _guarded(kind: str, compact: str, spans: list[Sentence], k: int, start: int, end: int) -> bool:
    """Whether the cue at ``compact[start:end]`` in sentence ``k`` is not the speaker's, not now, or ordinary.

    A cue that runs on into the next sentences (a line break after every word) is read with all of them."""
    last = _sentence_of(spans, end - 1) if end > start else k
    before = compact[spans[k].start : start]
    after = compact[end : spans[last].end]
    whole = compact[spans[k].start : spans[last].end]
    previous = compact[spans[k - 1].start : spans[k - 1].end] if k > 0 else ""
    following = compact[spans[last + 1].start : spans[last + 1].end] if last + 1 < len(spans) else ""
    if spans[k].caller and not (kind == "means" and _ASKED_OF_OWN_MEANS.match(after)):
        return True  # d15L: the caller's words ("상담원: … 그동안 정말 감사했어요"), not the senior's
    media = list(_MEDIA.finditer(before))
    if media and not _FIRST_PERSON.search(before[media[-1].end() :]):
        return True
    if told_of_others(compact, spans, start):
        return True
    if _NOT_ME_AFTER.match(after) or _NOT_ME_AFTER.match(following):
        return True  # d33c: "오늘이 마지막인가 싶어 울어 영감 말이여 나 말고": the husband's last day, not hers
    if _NEGATION_AFTER.match(after) or _SELF_DENIAL.search(after) or _SELF_DENIAL.match(following):
        return True
    narrating = narrated(compact)
    if _REPORTED_AFTER.match(after) and kind != "farewell" and not (narrating and honorific_report(after)):
        return True
    if _ECHO.match(after) or _QUESTION_ECHO.match(after):
        return True
    if kind != "farewell" and _REPORT_CLOSED.match(after):
        return True  # d20: "나도 곧 갈 거라 이제 우리 차례여 그러는 거라": his saying, closed a clause on
    if kind == "prep" and _NEAR_THING.match(after):
        return True  # d20: "암인 줄 알고 유서까지 쓸 뻔했어요": a near thing of a fright that is over
    # (d31: or the past named a clause before, "몇 해 전에 우울증 심할 때는. 한강 다리 가서 서있기도 했어")
    if (_PAST.search(whole) or _PAST.search(previous[-_PAST_BEFORE_REACH:])) and _RESOLVED.search(compact, end):
        return True
    if kind in ("prep", "given") or (kind == "end" and "마지막" in compact[start:end]):
        if _move_without_death(whole, compact):
            return True  # d16L: "살림은 거의 다 나눠줬수다", "전화는 오늘이 마지막이겠네" by one who moves house
    if kind == "prep" and stay_prepared(compact) and not _DEATH.search(whole) and not hopeless_said(compact):
        return True  # d35: papers set out "just in case" before a stay in hospital
    if kind == "farewell":
        if _SWEETHEART.search(before):
            return True  # "첫사랑 잘 있어라": a love's goodbye, not the speaker's to life
        if (
            _REPORTED_AFTER.match(after)
            and not after.startswith(("다고전해", "다고말해", "라고전해", "라고말해"))
            and not (narrating and honorific_report(after))
        ):
            return True
        if _SAID_AFTER.match(after):
            return True  # "딸한테 그동안 고마웠다고 하는데 제가 얼마나 울었는지": someone's words told
        if _DISBELIEF_AFTER.match(after):
            # d39: "여동생이 … 나보다 열 살이나 어린데 먼저 간다니 말이 안 돼": another's going, disbelieved
            return True
        if words_of_another(before, after):
            return True  # d19: "그 사람이 마지막으로 한 말이 나 없어도 밥 잘 먹고 잘 살라는 거였어요": his words
        if _QUOTED_FRAGMENT.search(whole) and _OBSERVED_SAYING.search(previous):
            # d35: the words of one seen saying them, quoted in a sentence of their own ("지난 목요일에 와서 인사를
            # 하더라고. 그동안 고마웠다고, 건강하시라고.", ko_train_dev_long_tricky4)
            return True
        if "찾지" in compact[start:end] and _outing(whole) and not _DEATH.search(whole):
            return True  # "나 찾지 마, 경로당에서 화투 치고 늦게 들어갈 거야": an outing
        return _ordinary_leaving(compact, spans, k)
    if _someone_else(before, narrating) and not _kin_self(compact, before):
        return True
    if kind == "secret":  # d17s: the secrecy denied ("식구들 모르게 할 것도 없지", "비밀로 할 필요는 없고")
        return bool(_SECRET_DENIED.match(after))
    if kind == "means":
        if _DEATH_NEWS.match(after):
            return True  # d25: "같은 마을 순자가 농약 먹고 갔다는 소식 듣고": a death told, someone's
        if _GAPS_TAPED.match(compact, start):
            # d26c: the gaps taped only with a fumes' means named before ("번개탄이요? … 테이프도 줘, 문틈 막게")
            return not _FUMES.search(compact, max(0, start - _ANAPHOR_REACH), start)
        if _TO_DRINK_ONESELF.match(compact, start):
            # d26b: "내 먹을라고 사 온 거여" only of a poison named before it (the caller's question may name it), no
            # food or drink between ("막걸리는 내 먹을라고"), no pills ("수면제 … 내 먹을라고": taken by oneself daily)
            poisons = list(_POISON.finditer(compact, max(0, start - _ANAPHOR_REACH), start))
            return not poisons or bool(_FOOD_OR_DRINK.search(compact, poisons[-1].end(), start))
        if _ANAPHOR.match(compact, start) and not _ANAPHOR_NOUN.search(compact, max(0, start - _ANAPHOR_REACH), start):
            return True  # d17v: "그건 안 먹고 놔뒀어" of a dish, not of pills named just before
        if _WITHHELD.search(whole) or _TREATMENT_STOPPED.search(whole) or _DEATH.search(whole):
            return False  # (d23: a life-sustaining treatment stopped is never excused by an everyday purpose)
        if _REFILL.search(compact, start, end) and not _HOARDED.search(compact, start, end):
            return True  # d34: a prescription's months collected ("혈압약은 … 석 달 치 타 놨지 그건 넉넉해")
        if _PILL_ORGANISER.search(whole) or _PILL_ORGANISER.search(previous):
            return (
                True  # d35: sorted into a pill organiser ("아침, 점심, 저녁 칸 나눠서 일주일치 약을 다 모아 넣어 줬어")
            )
        if _SAFE_KEEPING.search(whole) or _SAFE_KEEPING.search(following) or _DISPOSED.search(whole):
            return True  # put out of the grandchildren's reach, or handed in and thrown away
        if last + 1 < len(spans) and _DISPOSED_BY_ANOTHER.search(
            compact, spans[last + 1].start, spans[min(len(spans) - 1, last + 2)].end
        ):
            return True  # d26: "… 농약 한 병 사다 놓고 … 그걸 아들이 알고 다 갖다 버리고": got rid of by the family
        if (_DISPOSED_PLANNED.search(whole) or _DISPOSED_PLANNED.search(_next_own(compact, spans, last))) and not (
            _no_excuse(compact)
        ):
            return True  # d17s: … or to be handed in, said in its sentence or the elder's answer to the caller
        named = _USE_NAMED.match(compact, start)
        if named:  # the use in a means' name ("밭에 치던 약") is not its purpose now
            whole = compact[spans[k].start : named.start()] + compact[named.end() : spans[last].end]
        elif _BLADE.match(compact, start):  # d27: a blade's sharpening (갈아) is no innocent 연탄 갈아
            whole = compact[spans[k].start : start] + compact[end : spans[last].end]
        grab_line = _GRAB_LINE_AFTER.match(compact, end) if _CORD.search(compact, start, end) else None
        if grab_line is not None and "목" not in compact[start : grab_line.end()]:
            return True  # d41: a line hung to get up by ("밧줄을 매달아놨슈 … 그거 잡고 당기면 수월하게 일어나져유")
        if _GRILLED.search(whole) and _FIRE_MEANS.match(compact, start):
            return True  # d20: "번개탄에 불 붙여가 숯 올리고 고기 굽는데"
        if _FIRE_MEANS.match(compact, start) and (_KINDLING.search(whole) or _KINDLING_PURPOSE.search(following)):
            return True  # d34: the briquettes lit with it ("번개탄 하나 밑에 깔고 붙이면", "불쏘시개로는 그만")
        return _innocent_in(whole) or _purpose_around(previous, whole, following)
    if kind == "place":
        if last > k + 1:  # a place named, then "there" visited sentences later: read those two sentences
            whole = compact[spans[k].start : spans[k].end] + compact[spans[last].start : spans[last].end]
        # a walk is no purpose when the place's time is chosen for nobody being there, or judged the best
        # ("산책 삼아 기차가 몇 시 몇 분에 지나가는지 다 외워 놨어예 … 어둡고 아무도 없고 그기 젤 낫겠다")
        chosen = _CHOSEN.search(whole) or _CHOSEN.search(following)
        if _DEATH.search(whole) or chosen:
            return False
        if _NO_RETURN.search(whole) or _NO_RETURN.match(following):
            return False  # d30: no outing with no return said ("바다 보러 혼자 갈 거야. 돌아올 생각은 없어.")
        # d19: or its errand said first thing in the next sentence of run-on speech ("저수지까지 갔다왔어 낚시하러")
        return bool(_INNOCENT_PLACE.search(whole) or _ERRAND_NEXT.match(following))
    if kind == "end":
        said = compact[start:end]
        if _NOBODY.match(said) and not _NOBODY_WHEN.search(compact[max(spans[k].start, start - 12) : start]):
            return True  # "아무도 없어" with no time before it: loneliness, not a time chosen
        if _DEAD.search(said):
            return False  # "기일에 맞춰서 영감한테 가려고"
        if _TO_SPOUSE.search(said):  # "그날 영감한테 갈 거예요": a visit only if the sentence names one
            return bool(_INNOCENT_VISIT.search(whole))
        if _BARE_DO.match(said) and _CHORE.search(whole):
            return True  # "김장은 그날 하려고": the chore named is what is done that day
        if _WORK_DONE.search(said):
            return True
        if _NO_MORE_CARE.search(said):
            # d23e: no appointment any more, the one who takes one there released: a hospital named is the care given
            # up, not a visit; a recovery said around it is the reason ("다 나았대", "완치 판정")
            return bool(_RECOVERED.search(whole + following))
        if _NO_MORE.search(said) and (_INNOCENT_VISIT.search(whole) or _own_move(compact)):
            return True  # "이제 전화 안 하셔도 돼요, 딸네 집으로 들어가 살게 됐어요"
        if _NO_MORE.search(said) and _NEW_CONTACT.search(whole + following) and not _DEATH.search(whole + following):
            return True  # d15L: "이 번호로는 전화 안 해도 된다. … 서울 번호 새로 생기믄 아들이 알려준다 했어"
        after_clauses = list(_AFTER_CLAUSE.finditer(compact, start, end))
        lo = after_clauses[-1].end() if after_clauses else start
        return bool(_END_INNOCENT.search(compact, lo, end) or _INNOCENT_GOING.search(compact, lo, end))
    if kind == "absence":  # d17v: away for a while (a hospital stay, a trip) or living elsewhere, not gone
        if "쓸일" in compact[start:end] and _NO_USE_REASON.search(previous + whole):
            return True  # "퇴직하고 이제 쓸 일 없어서 양복은 사위 줬어": no use for it, for a reason
        return not _DEATH.search(whole) and bool(
            _INNOCENT_VISIT.search(whole)
            or _A_WHILE.search(whole)
            or _RETURN.search(compact)
            or _STAY_ELSEWHERE.search(compact)
        )
    if kind == "prep" and _PET.match(compact, start) and _A_WHILE.search(whole + following):
        return True  # d17v: "여행 가는 동안 고양이 좀 부탁해요"
    if kind == "prep" and any(word in compact[start:end] for word in ("태", "살랐", "불")):
        if _OTHERS_CLOTHES.search(compact[spans[k].start : start + 4]):
            return True  # d17v: "영감 옷가지를 마당에서 태웠어": a late one's clothes
    if kind == "prep" and _OWN_NAME.match(compact, start):
        return not _RITES.search(compact, max(0, start - _ANAPHOR_REACH), start)  # d26c: one's own name for the rites
    if kind == "prep":  # an everyday reason in its sentence or said right after ("세무사가 증여세 때문에 …", "나 일주일
        # 제주도 여행 가거든")
        return not _DEATH.search(whole) and bool(
            _innocent_prep(whole)
            # d14fc: a farm or a workshop tidied away (d23c: only an act of tidying away, not the keys told where they
            # are or a burial asked for in the same run-on sentence)
            or (_PREP_WORK_GEAR.search(whole) and _TIDIED.search(compact, start, end) is not None)
            or (_SOLD.match(compact, start) is not None and _SOLD_TO_PAY.search(whole) is not None)
            or _PREP_REASON.search(following)
            or (_INNOCENT_PREP.search(following) and _REASON_AFTER.search(following) and not _DEATH.search(following))
        )
    if kind == "given":  # a gift: its occasion in the sentence or the two before ("손녀 결혼식 … 그날 가락지를 줬소")
        lo = spans[max(0, k - 2)].start
        return not _DEATH.search(whole) and bool(_GIFT_OCCASION.search(compact, lo, spans[last].end))
    return False


def caller_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """Compact ranges (white space removed) of the caller's turns in a two-party transcript with turn labels; empty
    when there is no clear caller (``_caller_ranges``)."""
    return _caller_ranges(text)


def callers_words(text: str, start: int) -> bool:
    """d15L: whether compact position ``start`` of ``text`` is in the caller's turn, read from the turn labels
    (``_caller_ranges``: no list of labels)."""
    return any(lo <= start < hi for lo, hi in _caller_ranges(text))


def cue_is_ordinary(kind: str, text: str, start: int, end: int) -> bool:
    """Whether the cue at ``compact[start:end]`` of ``text`` (one clause or a few sentences; compact coordinates)
    is not the speaker's, not now, or ordinary, by the same guards a discourse cue passes (media, negation,
    reported speech, a resolved past, another person's act; for ``kind`` means, place, prep, end and farewell
    their everyday purposes). Any other ``kind`` gets the guards common to all. For the local analyzer's
    ideation gate, so the two read context alike."""
    compact = "".join(text.split())
    spans = sentences(text)
    return _guarded(kind, compact, spans, _sentence_of(spans, start), start, end)


def _innocent_in(sentence: str) -> bool:
    """An everyday purpose of a means named in ``sentence`` and not denied right after ("고기 구울 것도 아닌데")."""
    return any(not _PURPOSE_DENIED.match(sentence, match.end()) for match in _INNOCENT_MEANS.finditer(sentence))


def _purpose_around(previous: str, whole: str, following: str) -> bool:
    """The everyday purpose of a means said next to it: in the next sentence with a purpose ending ("마당에서
    고기 구워 먹으려고요"), or in the previous one when this one opens with its consequence ("진딧물이 잔뜩 꼈어.
    그래서 농협 가서 농약 사 왔지")."""
    if _innocent_in(following) and (
        _PURPOSE.search(following) or (_REASON_AFTER.search(following) and not _DEATH.search(following))
    ):
        return True  # "마당에서 고기 구워 먹으려고요", "창고에 쥐가 많아서"
    return bool(_CAUSAL_START.match(whole) and _innocent_in(previous) and not _DEATH.search(previous))


def _ordinary_leaving(compact: str, spans: list[Sentence], k: int) -> bool:
    """Whether thanks in sentence ``k`` are an ordinary goodbye: someone else leaving in it, the next sentence
    or the few before (선생님 오늘이 마지막이라면서요. 다른 데로 가신다고. … 그동안 고마웠어요), or the speaker's
    own move stated anywhere in the transcript (내일 아들네로 이사 가요). Never with a death word in it."""
    whole = compact[spans[k].start : spans[k].end]
    if _DEATH.search(whole):
        return False
    # (three sentences, or as many characters as three sentences of punctuated speech: a lone "음" is a sentence)
    lo = max(0, min(spans[max(0, k - _LEAVING_BEFORE)].start, spans[k].start - _LEAVING_CHARS))
    hi = spans[min(len(spans) - 1, k + 1)].end
    if _SEE_OFF.search(compact, spans[k].start, hi) and _others_leaving(compact, 0, len(compact)):
        return True  # seeing off someone whose leaving the transcript tells
    return _others_leaving(compact, lo, hi) or _own_move(compact) or calls_change(compact)


# d15L: a leaving told as long past and known to both ("물질은 몇 년 전에 그만두셨잖아요": the senior gave up diving
# years ago) is nobody's leaving now.
_LEFT_LONG_AGO = re.compile(r"(셨|었|았|였)(잖|었|지요|죠)")
_YEARS_AGO = re.compile(r"(년|해)전에")


def _others_leaving(compact: str, lo: int, hi: int) -> bool:
    """Someone else's leaving (``DISCOURSE_OTHER_LEAVING``) in ``compact[lo:hi]``, not one told as long past."""
    for m in _OTHER_LEAVING.finditer(compact, lo, hi):
        if not (
            _LEFT_LONG_AGO.match(compact, m.end()) or _YEARS_AGO.search(compact, max(lo, m.start() - 8), m.start())
        ):
            return True
    return False


# d16L: property put in a child's name ("통장도 다 정리해서 딸 이름으로 돌려놨고"): the bank or the community
# centre where it is done is no reason for it (a tax or legal one still is: ``_PREP_REASON``).
_TO_CHILD_NAME = re.compile(r"(딸|아들|자식|애들|며느리|사위|큰애|작은애|큰놈|작은놈|손주)(네)?(이름|명의|앞)(으로)")
_ERRAND_PLACE = frozenset({"은행", "동사무소", "주민센터"})


#: d26: an innocent-prep word that its context makes part of the act, not a reason for it: a birthday that is the PIN
#: ("통장비번은 니엄마 생일이다"), the bank where the savings were cashed into a child's account ("은행가서 적금 다
#: 깨서 니 통장으로 넣었다")
_NO_REASON_HERE = ((_PIN_IS_A_DATE, "생일"), (_TO_CHILD_ACCOUNT, "은행"))


def _innocent_prep(whole: str) -> bool:
    found = [m.group() for m in _INNOCENT_PREP.finditer(whole)]
    for context, word in _NO_REASON_HERE:
        if context.search(whole):
            found = [w for w in found if w != word]
    if found and _TO_CHILD_NAME.search(whole):
        return any(word not in _ERRAND_PLACE for word in found)
    return bool(found)


def move_explains(compact: str, spans: list[Sentence], start: int) -> bool:
    """d16L: the speaker's own move stated in the transcript and no death word in the sentence at ``start``."""
    k = _sentence_of(spans, start)
    return _move_without_death(compact[spans[k].start : spans[k].end], compact)


@functools.lru_cache(maxsize=16)
def stay_prepared(compact: str) -> bool:
    """d35: a stay in hospital named with papers set out "just in case", anywhere in ``compact``
    (``rows.STAY_PREPARED``; once per text: every preparation cue asks, and the ideation gate's turn reading)."""
    return _STAY_PREPARED.search(compact) is not None


def calls_change(compact: str) -> bool:
    """d35: the check-in calls changing hands or pausing, said anywhere in ``compact`` (``DISCOURSE_CALLS_CHANGE``)."""
    return _CALLS_CHANGE.search(compact) is not None


_CALLS_CHANGE = re.compile(rows.DISCOURSE_CALLS_CHANGE)


def move_stated(compact: str) -> bool:
    """d16t: the speaker's own move stated in ``compact`` (spacing removed) and no death word anywhere in it."""
    return _move_without_death(compact, compact)


def _move_without_death(scope: str, compact: str) -> bool:
    """The speaker's own move stated in ``compact`` and no death word in ``scope`` (a sentence of it, or all of it)."""
    return not _DEATH.search(scope) and _own_move(compact)


def _own_move(compact: str) -> bool:
    """The speaker states their own move (``DISCOURSE_OWN_MOVE``), not a spouse's or a kin's named right before it (d38:
    "집사람 요양원 들어가고 나서는 말할 사람이 없어 나도 떠날 준비를 다 해뒀어" is the wife's move, and the speaker's
    preparation stands)."""
    return any(
        _KIN_MOVING.search(compact, max(0, m.start() - 8), m.start()) is None for m in _OWN_MOVE.finditer(compact)
    )


#: d38: a spouse or a kin as the subject right before a move, often with no particle in speech ("집사람 요양원
#: 들어가고"); not a kin word the speaker uses of themself ("얘들아 엄마 …", ``KIN_SELF``)
_KIN_MOVING = re.compile("(?!" + rows.KIN_SELF + ")(?:" + rows.KIN_OF_THE_DEAD + r")(?:이|가|은|는|도|을|를)?$")


#: The cue kinds and their finders, in order (the engine gates each finder in its literal index).
FINDERS = (
    ("means", _MEANS),
    ("place", _PLACE),
    ("prep", _PREP),
    ("end", _END),
    ("farewell", _FAREWELL),
    ("hopeless", _HOPELESS),
    ("secret", _SECRET),
    ("absence", _ABSENCE),
)
KINDS = tuple(kind for kind, _finder in FINDERS)


# The finders tried only where a match can start (``gate.Starts``: the same matches, a fraction of the time).
_FAST = {kind: Starts(finder) for kind, finder in FINDERS}
_FAST_PREP_ACT, _FAST_FUNERAL, _FAST_GIVEN_AWAY = Starts(_PREP_ACT), Starts(_FUNERAL), Starts(_GIVEN_AWAY)


def hopeless_said(compact: str) -> bool:
    """Hopelessness said anywhere in ``compact`` (``rows.DISCOURSE_HOPELESS``)."""
    return _HOPELESS.search(compact) is not None


def prepare_finders() -> None:
    """Read where each finder's matches can start now rather than at its first use (speed only)."""
    for finder in (*_FAST.values(), _FAST_PREP_ACT, _FAST_FUNERAL, _FAST_GIVEN_AWAY):
        finder.prepare()


#: A combination needs one of these (a held means, a lethal place, preparations), or a goodbye with an end said
#: strongly.
ANCHORS = frozenset({"means", "place", "prep"})
#: Cue kinds that are partial evidence alone (in a low-mood text): the anchors, the speaker's goodbye, and an end
#: said strongly (``_END_STRONG``).
PARTIAL_KINDS = frozenset({*ANCHORS, "farewell", "end"})


def context_possible(kind: str, compact: str) -> bool:
    """Whether anything in the text could make a ``kind`` hit ordinary (a cheap test before splitting)."""
    if kind == "farewell":
        return _OTHER_LEAVING.search(compact) is not None or _own_move(compact) or calls_change(compact)
    if kind == "prep":  # d17s: a legal reason in the elder's answer to the caller
        return _PREP_REASON.search(compact) is not None and _caller_ranges_possible(compact)
    if _DISPOSED_PLANNED.search(compact) is not None and _caller_ranges_possible(compact):
        return True
    return (
        _PURPOSE_ANYWHERE.search(compact) is not None
        or _CAUSAL_START.search(compact) is not None
        or _REASON_AFTER.search(compact) is not None
        or _INNOCENT_MEANS.search(compact) is not None  # a purpose said without 려고 (고기 구워 먹기로 했거든; d12fc)
    )


def _caller_ranges_possible(compact: str) -> bool:
    """A turn label could be in the text (speed only: ``_caller_ranges`` reads the labels themselves)."""
    return ":" in compact or "：" in compact or "[" in compact


def no_excuse(compact: str) -> bool:
    """Whether the transcript voices hopelessness, a goodbye, calls cut off or life called futile anywhere: then no
    everyday purpose excuses a means (SCREENING.md; the engine asks for a row's ``purpose_after``)."""
    return _no_excuse(compact)


@functools.lru_cache(maxsize=16)
def _no_excuse(compact: str) -> bool:
    """Hopelessness, a goodbye or calls cut off anywhere in the transcript (once per text: every means hit asks)."""
    return bool(
        _HOPELESS.search(compact)
        or _FAREWELL.search(compact)
        or _CONTACT_CUT.search(compact)
        or _FUTILE.search(compact)
    )


@functools.lru_cache(maxsize=16)
def _calm(compact: str, text: str | None = None) -> bool:
    """No word of death, goodbye, end said strongly or low mood anywhere in the transcript: in the senior's own words
    when ``text`` (the transcript) shows a clear caller (d22: an AI call's screening question, "죽고 싶다거나 스스로를
    해치고 싶다는 생각을 하신 적이 있으세요?", is the caller's, not the mood of the call), and an accident's near miss
    ("빙판에 미끄러져서 죽을 뻔했어") is no talk of death."""
    if text is not None:
        compact = _seniors_words(compact, text)
    return not (
        any(not _near_miss(compact, m) for m in _DEATH.finditer(compact))
        or _FAREWELL.search(compact)
        or _END_STRONG.search(compact)
        or _CONTACT_CUT.search(compact)
        or mood_voiced(compact)
        or _FUTILE.search(compact)
    )


def _seniors_words(compact: str, text: str) -> str:
    """``compact`` (``text`` with whitespace removed) without the caller's turns (``_caller_ranges``)."""
    kept, position = [], 0
    for lo, hi in _caller_ranges(text):
        kept.append(compact[position:lo])
        position = max(position, hi)
    return "".join(kept) + compact[position:]


_FEAR_OF_DYING = re.compile(rows.FEAR_OF_DYING)
#: d22: an accident told right before the fear of dying ("빙판에 미끄러져서 죽을 뻔했어"): a near miss, not a wish
_ACCIDENT_BEFORE = re.compile(r"(미끄러|넘어|자빠|떨어|부딪|치일|치여|사고|체해|체했|사레|빙판|계단|굴러)[^.?!]{0,10}$")
_ACCIDENT_REACH = 16


def _near_miss(compact: str, death: re.Match[str]) -> bool:
    """Whether the word of death ``death`` is the fear of dying (``FEAR_OF_DYING``) in an accident told right before
    it; the same words after pills ("약 먹고 죽을 뻔했어") stay talk of death."""
    return bool(_FEAR_OF_DYING.match(compact, death.start())) and bool(
        _ACCIDENT_BEFORE.search(compact, max(0, death.start() - _ACCIDENT_REACH), death.start())
    )


# Life called futile ("사는 게 다 부질없어", "살아서 뭐 해"): no calm transcript (d12fc)
# (d18: "소용없" only of life or of the speaker, not of a fence against wild boars: "울타리 쳐도 소용없드래요")
_FUTILE = re.compile(
    r"부질없|(?<!쳐도)(?<!해도)(?<!써도)(?<!발라도)(?<!뿌려도)(?<!막아도)(?<!먹어도)(?<!고쳐도)(?<!말려도)(?<!불러도)소용없|"
    r"살아서뭐|살면뭐|살아뭐|사는게뭔지|무슨낙"
)


def told_of_others(compact: str, spans: list[Sentence], start: int) -> bool:
    """Whether the words at ``compact[start]`` belong to a story about someone else on the screen or in the news:
    a drama, a film or the news named in this sentence or the two before and at most ``_STORY_REACH`` characters
    back, one of its characters as subject in the ``_STORY_SUBJECT`` characters before the words ("그 며느리가 …
    한강 다리에 올라가잖아요. 신발 벗어 놓고 죽고 싶다고 울면서"), and nothing of the speaker from the medium to
    the words (a first-person word, "우리", "요새": "드라마 보다가 … 우리 영감 생각나서 요새 매일 울어 … 수면제를
    샀어" is the speaker's)."""
    k = _sentence_of(spans, start)
    lo = max(spans[max(0, k - _STORY_SENTENCES)].start, start - _STORY_REACH)
    media = _MEDIA.search(compact, lo, start)  # the first: a role ("주인공") is a medium's word too
    if media is None or _SPEAKER_NOW.search(compact, media.end(), start):
        return _cast_member(compact, spans, k, start)
    near = compact[max(spans[max(0, k - 1)].start, start - _STORY_SUBJECT, media.end()) : start]
    found = list(_CHARACTER.finditer(near))
    if not found and _WATCHED_ASKED.match(compact, media.end()):
        # d26: the show asked about ("어제 그 주말드라마 봣어? 시어머니가 약먹고 죽을라는거 며느리가 살렸잖아"): whoever
        # is the subject next is one of its characters
        found = list(_OTHER_SUBJECT.finditer(near))
    return bool(found) and not _FIRST_PERSON.search(near, found[-1].end())


def quoted_in_story(compact: str, start: int, end: int) -> bool:
    """d18: words a drama's character says, quoted inside a retelling: a medium named within ``_QUOTE_STORY_REACH``
    characters before, one of its characters as subject between the medium and the words ("그 시어머니 있잖어 … 그
    양반이 … 약봉지를 … 털어 넣는 거여"), and the quote closed right after the words by a quotative and the character's
    act ("그러면서 나는 죽고 싶다 이 꼴 보고 살아서 뭐 허냐 그러고 우는디"): the first person inside is the
    character's."""
    if _QUOTE_THEN_ACT.search(compact, end, end + _QUOTE_CLOSE) is None:
        return False
    media = [m.end() for m in _MEDIA.finditer(compact, max(0, start - _QUOTE_STORY_REACH), start)]
    return bool(media) and _CHARACTER.search(compact, media[-1], start) is not None  # after the last medium


_QUOTE_STORY_REACH = 600
_QUOTE_CLOSE = 30
_QUOTE_THEN_ACT = re.compile(
    r"(그러고|그라고|그카고|하고|허고|카고|라고|라꼬|그러면서|그러믄서|하면서|허면서|캄서|함서)"
    r"(막|또|엉엉|펑펑)?(우는|울고|울더|울어|울드|울면서|우니|울믄|소리치|소리를|쓰러|하는거|허는거|그러는|그라는|나가|뛰쳐)"
)


_CAST_REACH = 1200  # d17L: characters back to where a medium's cast was named
_CAST_NEAR = 60  # d17L: characters from a medium word to a cast member named with it


def _cast_member(compact: str, spans: list[Sentence], k: int, start: int) -> bool:
    """d17L: a character pointed back to ("그 며느리가 …") who was named earlier as one of a drama's cast ("드라마 …
    며느리하고 시어마이 나오는 거 있다"), however long the talk between (a caller asking what it is about, the title,
    how many episodes), with nothing of the speaker from the character to the words: the story's, told on. Not the
    speaker's own daughter-in-law ("우리 며느리가"), who is no "그 며느리"."""
    near = compact[max(spans[max(0, k - 1)].start, start - _STORY_SUBJECT) : start]
    found = list(_CHARACTER.finditer(near))
    if not found or _FIRST_PERSON.search(near, found[-1].end()):
        return False
    role = _ROLE_PARTICLE.sub("", _ROLE_POINTER.sub("", found[-1].group()))  # "그 며느리가" -> "며느리"
    head = _ROLE_HEAD.match(role)
    role = head.group() if head else role  # "회장큰아들" -> "회장": the household named with the cast
    if not role:
        return False
    told = start - len(near)  # where the stretch read for the character begins
    for media in _MEDIA.finditer(compact, max(0, start - _CAST_REACH), told):
        lo, hi = max(0, media.start() - _CAST_NEAR), min(told, media.end() + _CAST_NEAR)
        at = compact.find(role, lo, hi)
        while at >= 0:
            if not _OWN_KIN.search(compact, max(0, at - 2), at):
                return True
            at = compact.find(role, at + 1, hi)
    return False


_OWN_KIN = re.compile(r"(우리|내|제|울)$")
_ROLE_POINTER = re.compile(r"^(그|저|있잖[가-힣]?|있제|있지)[,…]*")
_ROLE_PARTICLE = re.compile(r"(이|가|은|는|도)$")
_ROLE_HEAD = re.compile(r"회장|사장|사모님|재벌|부잣집|집안")


#: d14fc: a "sentence" this short is a tag the splitter cut off the one before it ("아이가.", "그쟈.", "있잖아.").
_TAG_SENTENCE = 5


def context_cancels(
    kind: str, compact: str, spans: list[Sentence], start: int, end: int, text: str | None = None
) -> bool:
    """Whether a neighbouring sentence makes a single-sentence hit ordinary: thanks to a carer who is
    leaving (``kind`` farewell), or the everyday purpose of a means said in the next sentence ("번개탄 사
    놨어요. 마당에서 고기 구워 먹으려고요.", ``kind`` means)."""
    k = _sentence_of(spans, start)
    whole = compact[spans[k].start : spans[k].end]
    previous = compact[spans[k - 1].start : spans[k - 1].end] if k > 0 else ""
    if k > 1 and len(previous) <= _TAG_SENTENCE:  # d14fc: a tag split off its sentence ("… 제일 좋아한다. 아이가.")
        previous = compact[spans[k - 2].start : spans[k - 1].end]
    following = compact[spans[k + 1].start : spans[k + 1].end] if k + 1 < len(spans) else ""
    if kind == "farewell":
        return _ordinary_leaving(compact, spans, k)
    # d17s: the elder's next words after the caller's question ("그 약 다 모아 놨슈 / 상담원: 무슨 약이요? /
    # 할머니: 먹다 남은 약 보건소 갖다주믄 버려 준대서 …")
    answer = _next_own(compact, spans, k)
    if kind == "prep":
        return bool(_PREP_REASON.search(answer) and not _DEATH.search(answer) and not _DEATH.search(whole))
    if _WITHHELD.search(whole) or _TREATMENT_STOPPED.search(whole) or _DEATH.search(whole) or _DEATH.search(following):
        return False
    if answer and _DISPOSED_PLANNED.search(answer) and not _DEATH.search(answer) and not _no_excuse(compact):
        return True  # the means gathered to be handed in and thrown away
    if _no_excuse(compact):
        return False  # SCREENING.md: an everyday purpose excuses a means only with no hopelessness or farewell
    if any(
        not _DRAUGHT.search(compact, max(0, m.start() - _DRAUGHT_NEAR), m.end() + _DRAUGHT_NEAR)
        for m in _SEALED.finditer(compact)
    ):
        return False  # d15L: "번개탄 사 놨어 … 방문 틈은 테이프로 다 막았어"
    if _purpose_around(previous, whole, following):
        return True
    if _FIRE_MEANS.search(compact, start, end) and (_KINDLING.search(whole) or _KINDLING_PURPOSE.search(following)):
        return True  # d34: the briquettes lit with it ("번개탄도 한 묶음 사다 놨어. 불쏘시개로는 그만한 게 없지")
    if _PILL_NOUN.search(compact, start, end) and _DOSING.search(previous + whole + following):
        return True  # d20: "약 모아 두는 통에 날짜별로 나눠 담아 놨으니 … 아침마다 한 알씩 꼬박꼬박 먹고 있다"
    # In a calm transcript (no word of death, goodbye, end or low mood anywhere), the purpose may be said a few
    # sentences away ("번개탄 한 묶음 샀슈. 손주들 온다구 해서 마당에서 삼겹살 구워 줄라구유. … 저번에 번개탄 피울 때
    # 연기가 너무 나서 이번엔 마당 한가운데서 피울라구유").
    # Only the same means ("연탄 … 아궁이 쓰려고" is no purpose of the 번개탄 taken to the mountain), never one kept
    # to be swallowed ("애들 모르게 … 그거 먹으려고").
    noun = _MEANS_NOUN.search(compact, start, end)
    if noun is None or _INGEST.search(whole) or not _calm(compact, text):
        return False
    # the rest of a long run-on sentence, after the means, may say its purpose too ("번개탄 사 놨어 주말에 애들 오면
    # 마당에서 고기 구울 거야"; d12fc)
    rest = compact[end : min(spans[k].end, end + _RUN_ON)]
    if _innocent_in(rest) and _PURPOSE_CALM.search(rest) and _same_means(noun.group(), rest):
        return True
    lo, hi = spans[k].start - _PURPOSE_NEAR, spans[k].end + _PURPOSE_NEAR
    for i, span in enumerate(spans):
        if lo <= span.start and span.end <= hi and i != k:
            said = compact[span.start : span.end]
            if _innocent_in(said) and _PURPOSE_CALM.search(said):
                before = compact[spans[i - 1].start : span.end] if i > 0 else said
                if noun.group() in before:
                    return True
                # or a purpose a sentence or two away naming no other means in between or in it ("번개탄 두 장
                # 샀다. 토요일에 아들 온다 카이. 마당서 고기 꿉어 묵을 끼다."; d12fc)
                between = compact[min(end, span.start) : max(start, span.end)]
                if abs(i - k) <= 2 and _same_means(noun.group(), between):
                    return True
    return False


def _next_own(compact: str, spans: list[Sentence], k: int) -> str:
    """d17s: the speaker's next sentence after sentence ``k`` when the caller's turn comes between (the elder answers
    the caller's question); empty when no caller's turn follows ``k``."""
    i = k + 1
    while i < len(spans) and spans[i].caller:
        i += 1
    if i == k + 1 or i >= len(spans):
        return ""
    return compact[spans[i].start : spans[i].end]


def _same_means(noun: str, said: str) -> bool:
    """No lethal means other than ``noun`` is named in ``said`` (a grill's "숯불" is the purpose, not a means)."""
    return all(m.group() == noun for m in _MEANS_NOUN.finditer(said.replace("숯불", "")))


def cues(compact: str, spans: list[Sentence], kinds: frozenset[str] = frozenset(KINDS)) -> list[Cue]:
    """Every cue of the ``kinds`` asked for in the compact text that survives the guards of its sentence."""
    found: list[Cue] = []
    for kind, _finder in FINDERS:
        if kind not in kinds:
            continue
        if kind == "prep":
            found += _preparations(compact, spans)
            continue
        for match in _FAST[kind].finditer(compact):
            start, end = match.start(), match.end()
            if end == start:
                continue
            k = _sentence_of(spans, start)
            if not _guarded(kind, compact, spans, k, start, end):
                weak = (
                    kind == "place"
                    and not _PLACE_STRONG.match(compact, start)
                    and bool(_PLACE_WEAK.match(compact, start))
                )
                found.append(Cue(kind, start, end, k, weak))
    return found


def _preparations(compact: str, spans: list[Sentence]) -> list[Cue]:
    """Preparation cues: each act of settling affairs (letters, passbooks, a house put up for sale) or funeral
    arrangement, and the sentences giving belongings away when there are at least ``_DISPERSAL`` of them (fewer
    are gifts)."""
    found: list[Cue] = []
    for finder in (_FAST_PREP_ACT, _FAST_FUNERAL):
        for match in finder.finditer(compact):
            k = _sentence_of(spans, match.start())
            if not _guarded("prep", compact, spans, k, match.start(), match.end()):
                found.append(Cue("prep", match.start(), match.end(), k))
    acts = {cue.sentence for cue in found}
    given: dict[int, Cue] = {}
    for match in _FAST_GIVEN_AWAY.finditer(compact):
        k = _sentence_of(spans, match.start())
        if k in acts or k in given:
            continue
        if not _guarded("prep", compact, spans, k, match.start(), match.end()) and not _guarded(
            "given", compact, spans, k, match.start(), match.end()
        ):
            given[k] = Cue("prep", match.start(), match.end(), k)
    if len(given) >= _DISPERSAL:
        found += given.values()
    else:
        # d17s: one gift of one's things said with no more need of them ("시계랑 낚싯대 조카 다 줘부렀어 인자 나헌티
        # 필요 읎응께"), in its sentence or the next: a weak preparation (a partner needed)
        for k, cue in given.items():
            lo = spans[k].start
            hi = spans[min(len(spans) - 1, k + 1)].end
            need = _NO_NEED.search(compact, lo, hi)
            if need and not _guarded(
                "prep", compact, spans, _sentence_of(spans, need.start()), need.start(), need.end()
            ):
                found.append(Cue("prep", cue.start, cue.end, k, True))
        # d17v: one or two gifts, which only the speaker's own absence makes a preparation (``combined``)
        found += [Cue("given", cue.start, cue.end, cue.sentence) for cue in given.values()]
    return sorted(found, key=lambda cue: cue.start)


def purpose_gone(compact: str) -> bool:
    """d30: a poison's everyday use said to be gone (``rows.DISCOURSE_PURPOSE_GONE``) and no other everyday purpose
    named outside those words ("밭은 없어도 옥상 화분에 뿌리려고 샀어" names one)."""
    gone = _PURPOSE_GONE.search(compact)
    if gone is None:
        return False
    rest = compact[: gone.start()] + "." + compact[gone.end() :]
    return _INNOCENT_MEANS.search(rest) is None


def combined(compact: str, found: list[Cue]) -> list[tuple[str, Cue]]:
    """The cues that combine into a plan or a preparation, each with the code it reports."""
    by_kind: dict[str, list[Cue]] = {}
    for cue in found:
        by_kind.setdefault(cue.kind, []).append(cue)
    alone = [cue for cue in by_kind.get("means", []) if _PLAN_ALONE.match(compact, cue.start)]
    if (
        alone
    ):  # d26b: a poison bought to drink oneself (d26c: a room's gaps taped, the fumes' named) is a plan by itself
        return _distinct_sentences([("discourse_plan", cue) for cue in alone], kinds=1)
    poison = [cue for cue in by_kind.get("means", []) if _FIELD_POISON.search(compact, cue.start, cue.end)]
    if poison and purpose_gone(compact) and not _FUTURE_PLANS.search(compact):
        return _distinct_sentences([("discourse_plan", cue) for cue in poison], kinds=1)
    held = [cue for cue in by_kind.get("means", []) + by_kind.get("place", []) if not cue.weak]
    # d17s: a going to the sea or a bridge (weak) is a plan only with no return, secrecy or a goodbye
    going = [cue for cue in by_kind.get("place", []) if cue.weak]
    prep = by_kind.get("prep", [])
    farewell = by_kind.get("farewell", [])
    end = by_kind.get("end", [])
    secret = by_kind.get("secret", [])
    no_return = [cue for cue in end if _NO_RETURN.match(compact, cue.start)]
    absence = by_kind.get("absence", [])
    out: list[tuple[str, Cue]] = []
    # d17v: preparatory acts (gifts, letters, debts paid, not funeral arrangements) and the speaker's own absence said
    # in other sentences ("내가 없으면 보증금은 큰딸 주라", "나는 인자 쓸 일 없응께", "갈 사람이 치워놓고 가야지"),
    # spread over a visit, with no plans for the future: each alone is a gift or a way of speaking, together they are
    # the settling of affairs SCREENING.md scores 2
    acts = [
        cue
        for cue in (*prep, *by_kind.get("given", []))
        if not _FUNERAL.match(compact, cue.start) and not _WEAK_PREP.match(compact, cue.start)
    ]
    weak = [cue for cue in prep if _WEAK_PREP.match(compact, cue.start) and not _FUNERAL.match(compact, cue.start)]
    if absence and acts and not _FUTURE_PLANS.search(compact):
        units = _units((*absence, *acts, *weak))
        # d42: an absence dated by its own words counts twice (not with a move ahead, which dates one too)
        if units < _ABSENT_ACTS and _dated(absence, end) and not _own_move(compact):
            units += 1
        if units >= _ABSENT_ACTS:
            return _distinct_sentences([("discourse_preparation", cue) for cue in (*absence, *acts, *weak)])
    # (d17s: or a held means and a lethal place scouted, "나무가 튼튼한지 보고 와요 … 끈도 하나 사뒀구요")
    two_anchors = {cue.kind for cue in held} == {"means", "place"}
    if held and (end or farewell or prep or secret or two_anchors or absence):
        out += [("discourse_plan", cue) for cue in (*held, *end, *farewell, *prep, *secret, *absence)]
    elif going and (no_return or secret or farewell):
        out += [("discourse_plan", cue) for cue in (*going, *no_return, *secret, *farewell)]
    elif going and (
        near := [h for h in by_kind.get("hopeless", []) if any(abs(h.sentence - g.sentence) <= 1 for g in going)]
    ):
        # d26: the water's edge reached or gone to, with the speaker's hopelessness said with it ("사는 것이 징혀서
        # 어젯밤에 방파재 끝까지 걸어갔는디"): a place with the reason to be there
        out += [("discourse_plan", cue) for cue in (*going, *near)]
    elif by_kind.get("means") and by_kind.get("hopeless"):
        # a means obtained or kept, its everyday purpose not in sight, and the speaker's hopelessness
        out += [("discourse_plan", cue) for cue in (*by_kind["means"], *by_kind["hopeless"])]
    elif prep and (farewell or (end and not _FUTURE_PLANS.search(compact))):
        out += [("discourse_preparation", cue) for cue in (*prep, *farewell, *end)]
    elif (
        (
            settled := [
                c for c in prep if not _FUNERAL.match(compact, c.start) and not _WEAK_PREP.match(compact, c.start)
            ]
        )
        and (hopeless := by_kind.get("hopeless"))
        and not _FUTURE_PLANS.search(compact)
        and not _own_move(compact)
    ):
        # d26b: an act of settling affairs and the speaker's hopelessness ("그때 뜯어보라고 서랍에 넣어 뒀어요. 더 버틸
        # 힘이 없어요."): SCREENING.md scores property handed on 0 only with no hopelessness anywhere in the text
        out += [("discourse_preparation", cue) for cue in (*settled, *hopeless)]
    elif (
        (handed := [c for c in by_kind.get("given", []) if _HANDED_TO_YOU.search(compact, c.start, c.end)])
        and (own_goodbye := [c for c in farewell if not _RELAYED.match(compact, c.end)])  # not "… 전해 달래요"
        and not _FUTURE_PLANS.search(compact)
        and not _own_move(compact)
    ):
        # d26: a thing of one's own handed to the one addressed ("니가 가져", "니가 신어라") and the speaker's goodbye
        # ("엄마반지는 니가 가져 … 찾지마 미안해", "금반지 니가 가져 엄마 없어도 동생 밥 챙기고"): SCREENING.md's
        # belongings given away with a farewell (not a photo someone sent: "사진을 딸이 보내 줬어요")
        out += [("discourse_preparation", cue) for cue in (*handed, *own_goodbye)]
    elif (
        (given := by_kind.get("given"))
        and (near := _near_ends(compact, end))
        and not _FUTURE_PLANS.search(compact)
        and not _own_move(compact)
    ):
        # d19: a thing of one's own handed on and, elsewhere, the end at a near time ("시계랑 도장 니가 챙겨라. 아빠
        # 이번 주말 넘기기 힘들 것 같다"): the settling of affairs SCREENING.md scores 2
        out += [("discourse_preparation", cue) for cue in (*given, *near)]
    elif secret and (near := _near_ends(compact, end)) and not _FUTURE_PLANS.search(compact) and not _own_move(compact):
        # d19: the end at a near time kept from the family ("다음 주쯤이면 다 끝날 거야. 엄마한텐 말하지 말고")
        out += [("discourse_plan", cue) for cue in (*near, *secret)]
    elif (
        (near := _near_ends(compact, end))
        and (
            calls := [
                c
                for c in end
                if _NO_MORE.search(compact, c.start, c.end) and c.sentence not in {n.sentence for n in near}
            ]
        )
        and not _FUTURE_PLANS.search(compact)
        and not _own_move(compact)
    ):
        # d23: the end at a near time and, in another sentence, the caller told there is no need to call ("오늘 밤만
        # 지나면 다 끝나니까" … "내일은 전화 안 해도 돼"): the speaker will not be there to answer, a farewell (two
        # statements of one kind, END, in two sentences)
        return _distinct_sentences([("discourse_farewell", cue) for cue in (*near, *calls)], kinds=1)
    elif (
        len({cue.sentence for cue in prep if not _WEAK_PREP.match(compact, cue.start)}) >= _SEVERAL_ACTS
        and not _FUTURE_PLANS.search(compact)
        and mood_voiced(compact)
    ):
        # several preparatory acts of the speaker's own (a letter written, the passbook and seal handed over, the cat
        # sent to a neighbour, "이제 다 정리했으니께"), in low-mood talk with no plans for the future: SCREENING.md's
        # preparatory acts, with no goodbye needed
        return _distinct_sentences([("discourse_preparation", cue) for cue in prep], kinds=1)
    elif (
        (own := [c for c in prep if not _WEAK_PREP.match(compact, c.start)])
        and (
            rites := [
                c for c in prep if _FUNERAL.match(compact, c.start) and c.sentence not in {o.sentence for o in own}
            ]
        )
        and not _FUTURE_PLANS.search(compact)
        and mood_voiced(compact)
    ):
        # d23d: an act of one's own (papers sent, the bankbook handed on) and, in another sentence, funeral
        # instructions, in low-mood talk with no plans for the future ("땅문서랑 보험증서 등기로 부쳤다 … 장례는
        # 화장해서 조용히 해라 요즘 사는게 통 의미가 없다")
        return _distinct_sentences([("discourse_preparation", cue) for cue in (*own, *rites)], kinds=1)
    elif farewell and not _FUTURE_PLANS.search(compact):
        # the speaker's goodbye and, elsewhere, their end said strongly or their going at a time with no errand
        # ("그동안 고마웠어요" … "다음 주부터는 전화 안 하셔도 돼요", "생일 지나면 갈 거야"): a farewell, no means named
        strong = [
            cue
            for cue in end
            if _END_STRONG.search(compact, cue.start, cue.end) or _GOING_AT.search(compact, cue.start, cue.end)
        ]
        if not strong and not _own_move(compact):
            # d26c: or never coming back said with the goodbye ("돌아올 생각 없으니 우리 할멈 좀 들여다봐 주우")
            strong = list(no_return)
        if strong:
            out += [("discourse_farewell", cue) for cue in (*farewell, *strong)]
        elif len({cue.sentence for cue in farewell}) >= 2:  # goodbyes in two sentences ("먼저 간다" … "마지막 통화")
            return _distinct_sentences([("discourse_farewell", cue) for cue in farewell], kinds=1)
    return _distinct_sentences(out)


def _near_ends(compact: str, end: list[Cue]) -> list[Cue]:
    """d19: the END cues that say the end of everything (or a day not to be got through) at a near time."""
    out = []
    for cue in end:
        if not _NEAR_END.search(compact, cue.start, cue.end):
            continue
        lead = re.split(r"[.?!]", compact[max(0, cue.start - 24) : cue.start])[-1]
        settling = _SETTLING.match(compact, cue.start) is not None
        if settling and _REASON_IN.match(compact, cue.end):
            continue
        if (
            (_CHORE.search(compact, cue.start, cue.end) and not settling)
            or _CHORE.search(lead)
            or (_TOPIC.search(lead) and not _TOPIC_SELF.search(lead))
        ):
            continue  # "수술은 다음 주면 다 끝날 거야", "이사 준비는 …": something else's end
        out.append(cue)
    return out


def _dated(absence: list[Cue], end: list[Cue]) -> bool:
    """d42: the speaker's absence said with its time, one end cue overlapping it ("어차피 내년 봄엔 내가 없을거니까 잘
    쓰라고", ko_train_dev_short_crisis9)."""
    return any(e.sentence == a.sentence and e.start < a.end and a.start < e.end for a in absence for e in end)


def _units(found: tuple[Cue, ...]) -> int:
    """d17v: how many separate statements ``found`` makes: one per sentence, and in a run-on sentence of unpunctuated
    speech one per cue at least ``_UNIT_GAP`` characters after the last one counted."""
    count, last = 0, None
    for cue in sorted(found, key=lambda c: c.start):
        if last is None or cue.sentence != last.sentence or cue.start - last.start >= _UNIT_GAP:
            count += 1
            last = cue
    return count


def _distinct_sentences(hits: list[tuple[str, Cue]], *, kinds: int = 2) -> list[tuple[str, Cue]]:
    """A combination needs cues of two kinds (or ``kinds``); report one cue per sentence (its clause is the
    quote)."""
    if len({cue.kind for _code, cue in hits}) < kinds:
        return []
    seen: set[int] = set()
    out: list[tuple[str, Cue]] = []
    for code, cue in sorted(hits, key=lambda h: h[1].start):
        if cue.sentence not in seen:
            seen.add(cue.sentence)
            out.append((code, cue))
    return out


def quote_span(spans: list[Sentence], cue: Cue) -> tuple[int, int]:
    """The compact span a cue quotes: its sentence, or its surroundings in a long one."""
    sentence = spans[cue.sentence]
    if sentence.end - sentence.start <= _QUOTE_MAX:
        return sentence.start, sentence.end
    margin = max(0, (_QUOTE_MAX - (cue.end - cue.start)) // 2)
    return max(sentence.start, cue.start - margin), min(sentence.end, cue.end + margin)


def partial_evidence(
    compact: str, spans: list[Sentence], found: list[Cue], *, named: bool, low_mood: bool = False
) -> list[tuple[int, int]]:
    """Compact spans of partial crisis evidence: one strong cue that no combination completed (``found``) —
    a held means, a lethal place, preparations (not funeral arrangements alone: elders make them calmly), the
    speaker's own goodbye ("그동안 고마웠어요"), or an end said strongly ("이제 할 일은 다 했어", "다음 주부터는
    전화 안 하셔도 돼요", "내일 아침엔 없을 거야") — or, when ``named``, a lethal means named in passing, its
    everyday purpose not in sight; only in a text that voices low mood (or ``low_mood``: an analyzer found
    depression). Empty otherwise."""
    if not review_mood(compact, low_mood=low_mood):
        return []
    out = [quote_span(spans, cue) for cue in found if _partial_cue(compact, cue)]
    if named:
        for match in _PARTIAL_MEANS.finditer(compact):
            k = _sentence_of(spans, match.start())
            if not _guarded("means", compact, spans, k, match.start(), match.end()):
                out.append(quote_span(spans, Cue("means", match.start(), match.end(), k)))
    return sorted(set(out))


def mood_voiced(compact: str, *, low_mood: bool = False) -> bool:
    """Whether low mood is said in this text (or ``low_mood``: an analyzer found it). (d17L: not
    tears at a drama's scene told right after it, "드라마 … 뛰어내리려고 하는데 애인이 달려와서 붙잡는 장면, 아주 그냥
    눈물이 나더라고", with nothing of the speaker's own life between.)"""
    if low_mood:
        return True
    return any(not _moved_by_a_story(compact, m.start()) for m in _PARTIAL_MOOD.finditer(compact))


_MOVED_REACH = 120  # d17L: characters from a medium to the tears it drew


def _moved_by_a_story(compact: str, start: int) -> bool:
    """d17L: the mood word at ``start`` is the speaker moved by a drama, a film or the news named at most
    ``_MOVED_REACH`` characters before, with nothing of the speaker now (a first-person word, 우리, 요새) between."""
    found = list(_SCREEN.finditer(compact, max(0, start - _MOVED_REACH), start))
    return bool(found) and not _SPEAKER_NOW.search(compact, found[-1].end(), start)


def review_mood(compact: str, *, low_mood: bool = False) -> bool:
    """Whether partial evidence may count in this text: :func:`mood_voiced`, except that in a long check-in (over
    ``_LONG_MOOD`` characters) one sad or tired word somewhere ("허전혀서" of a year ago, "힘들어" of the stairs) is not
    a low-mood transcript: only an analyzer's finding of low mood (its guards for other people and a past that is
    over applied) counts there."""
    if low_mood:
        return True
    return len(compact) <= _LONG_MOOD and _PARTIAL_MOOD.search(compact) is not None


_LONG_MOOD = 400  # compact characters (about 500 with spaces): longer than any one message or exchange


#: d17L: a screen story by name (not the short words of ``rows.MEDIA`` that compacted speech makes by accident: "어디가
#: 사람" holds 가사, "그기사" 기사)
_SCREEN = re.compile(r"드라마|연속극|일일극|주말극|사극|영화|뉴스|테레비|티비|TV|tv|재방송|다큐|유튜브")


def _partial_cue(compact: str, cue: Cue) -> bool:
    if cue.weak:
        return False
    if cue.kind in ANCHORS:
        return not _WEAK_PREP.match(compact, cue.start)
    if cue.kind == "end":
        return _END_STRONG.search(compact, cue.start, cue.end) is not None
    return cue.kind == "farewell"


_PILL_ORGANISER = re.compile(rows.PILL_ORGANISER)
_STAY_PREPARED = re.compile(rows.STAY_PREPARED)
#: d35: a sentence that is only quoted words ("그동안 고마웠다고, 건강하시라고."), after a sentence that tells someone
#: seen or heard saying something (-더라, -대, -데: the speaker's own saying is told with 했어, not with these)
_QUOTED_FRAGMENT = re.compile(r"(다|라|자|냐)(고|구|꼬)[.,!…~]*$")
_OBSERVED_SAYING = re.compile(
    r"(인사|말|얘기|소리|부탁|당부)(를|도|을)?[^.?!]{0,4}?(하더|하대|하데|그러더|카더|카대|카데|하드라|하던데|합디다|하십디다)"
    r"|(하더라|그러더라|카더라|하드라|그러드라)(고|구)?[.!~…]*$"
)
_TAKE_ME = re.compile(rows.DISCOURSE_TAKE_ME)
_ADDRESSEE = {
    group: re.compile("(" + words + r")(아|야|요|예|유|님|여)?[^.?!]{0,12}$")
    for group, words in rows.DISCOURSE_ADDRESSEE_GROUPS.items()
}
_NAMED = {group: re.compile(words) for group, words in rows.DISCOURSE_ADDRESSEE_GROUPS.items()}
_THE_DEAD = re.compile(rows.DISCOURSE_THE_DEAD)
# Where one is fetched from on an errand, in the request's sentence ("병원 앞인데 나 좀 데리러 와") or said as
# where one is in the next ("엄마 나 좀 데리러 와. 병원 앞이야.").
_ERRAND_PLACES = r"병원|시장|터미널|정류장|역|학교|경로당|복지관|회관|마트|은행|약국|교회|성당|버스|택시"
_ERRAND = re.compile(_ERRAND_PLACES + r"|앞이|앞에|집에")
_ERRAND_WHERE = re.compile(r"^[^.?!]{0,6}(" + _ERRAND_PLACES + r")(앞|에서|이야|이여|이다|인데|이에요|예요|에있)")
_TAKE_ME_WORDS = ("데리", "데려", "데꼬", "델꼬", "데불", "델러", "데릴", "불러가", "불러주", "불러줘")


def taken_by_the_dead(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` (original coordinates) where the speaker asks a late spouse or parent, or God, to
    take or fetch them ("할멈아 나 좀 빨리 데리고 가라", "엄니 나 좀 데리러 와"): a wish to be taken (passive
    ideation, SCREENING.md). Only when the one addressed is named right before the request and, for a spouse or
    a parent, a sentence of the transcript names them as dead (a grave, an anniversary, a dream, "할멈 가고
    나서"): "여보 나 좀 데리러 와, 병원 앞이야" to a living husband is not. A request on an errand (a hospital,
    the market in its sentence or the next) is not either, and each passes the guards of its sentence (media,
    another person's words, negation, a resolved past)."""
    compact = "".join(text.split())
    if not any(word in compact for word in _TAKE_ME_WORDS):
        return []
    spans: list[Sentence] | None = None
    out: list[tuple[int, int]] = []
    for match in _TAKE_ME.finditer(compact):
        spans = spans or sentences(text)
        k = _sentence_of(spans, match.start())
        lo = spans[k - 1].start if k > 0 else spans[k].start
        group = next((g for g, find in _ADDRESSEE.items() if find.search(compact, lo, match.start())), None)
        if group is None or (group != "god" and not _named_dead(compact, spans, _NAMED[group])):
            continue
        whole = compact[spans[k].start : spans[k].end]
        following = compact[spans[k + 1].start : spans[k + 1].end] if k + 1 < len(spans) else ""
        if (_ERRAND.search(whole) or _ERRAND_WHERE.match(following)) and not _DEATH.search(whole):
            continue
        if _guarded("taken", compact, spans, k, match.start(), match.end()):
            continue
        out.append(quote_span(spans, Cue("taken", match.start(), match.end(), k)))
    return [_original_span(text, lo, hi) for lo, hi in sorted(set(out))]


def _named_dead(compact: str, spans: list[Sentence], named: re.Pattern[str]) -> bool:
    """Whether a sentence names the person (``named``) and their death."""
    return any(
        named.search(compact, span.start, span.end) and _THE_DEAD.search(compact, span.start, span.end)
        for span in spans
    )


def _original_span(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The span of ``text`` that holds compact characters ``lo`` to ``hi`` (exclusive)."""
    positions = [i for i, ch in enumerate(text) if not ch.isspace()]
    return positions[lo], positions[hi - 1] + 1

"""Redaction of Korean personal data before text leaves the process, and the way back for evidence.

Standard library only. :func:`redact` replaces each detected value with a placeholder and keeps, in
process memory only, the map from redacted to original offsets. A model (Gemini) sees only the
redacted text; the quotes it returns as evidence are substrings of that text, and
:meth:`Redacted.to_original` turns such a quote into an :class:`~mhealth.domain.model.Evidence` with the
true quote and offsets of the original transcript (DESIGN.md, "Redaction and evidence").

What is detected (placeholder in brackets):

* ``[이메일]`` e-mail addresses.
* ``[주민번호]`` resident registration numbers ``YYMMDD-GNNNNNN``. The checksum (weights 2-9,2-5;
  ``(11 - sum % 11) % 10``) proves an RRN, but numbers issued since October 2020 and many foreigner
  numbers do not satisfy it, so **any** 13-digit number with a valid date and a valid gender/century
  digit (1-8) is redacted as an RRN as well: a missed RRN is worse than a redacted look-alike.
* ``[카드번호]`` 13-16 digit card numbers that pass the Luhn check.
* ``[전화번호]`` Korean mobile and area-code numbers, with or without dashes/spaces, and ``+82`` forms.
* ``[계좌번호]`` dash-grouped digit runs typical of Korean banks (``110-123-456789``, 10-14 digits), and
  10-14 digit runs right after 계좌/통장.
* ``[주소]`` road-name addresses (``…로/…길 + number``), lot numbers (``…동 12-3``, ``번지``),
  apartment ``N동 N호``, and province/city/district/neighbourhood sequences.
* ``[이름]`` personal names where the text marks them: ``X 씨``, ``X 님`` (full names), ``X 할머니`` /
  ``할아버지`` / ``선생님`` / ``여사``, and ``제 이름은 X``. Kinship and role words (아들, 딸, 영감, 의사,
  옆집 …) are never names.
"""

from __future__ import annotations

import re
from datetime import date

import msgspec

from mhealth.domain.model import Evidence, RedactionReport

PLACEHOLDERS = {
    "email": "[이메일]",
    "rrn": "[주민번호]",
    "card": "[카드번호]",
    "phone": "[전화번호]",
    "account": "[계좌번호]",
    "address": "[주소]",
    "name": "[이름]",
}


class _Span(msgspec.Struct, frozen=True):
    start: int  # in the original text
    end: int
    red_start: int  # in the redacted text
    red_end: int
    kind: str


class Redacted(msgspec.Struct, frozen=True, kw_only=True):
    """A redacted text with its in-process map back to the original.

    Attributes:
        text: the redacted text (placeholders such as ``[전화번호]`` in place of values).
        report: which kinds were removed and how many values (never the values).
    """

    text: str
    report: RedactionReport
    original: str
    spans: tuple[_Span, ...] = ()

    def to_original(self, quote: str) -> Evidence | None:
        """The true quote and offsets in the original text for a quote taken from :attr:`text`.

        Returns None when ``quote`` is empty or not a substring of the redacted text. A quote that
        cuts through a placeholder is widened to the whole original value.
        """
        if not quote:
            return None
        red_start = self.text.find(quote)
        if red_start < 0:
            return None
        start = self._to_original_offset(red_start, is_end=False)
        end = self._to_original_offset(red_start + len(quote), is_end=True)
        if end <= start:
            return None
        return Evidence(quote=self.original[start:end], start=start, end=end)

    def _to_original_offset(self, position: int, *, is_end: bool) -> int:
        delta = 0
        for span in self.spans:
            if position < span.red_start or (is_end and position == span.red_start):
                break
            if position < span.red_end or (is_end and position == span.red_end):
                return span.end if is_end else span.start
            delta = span.end - span.red_end
        return position + delta


# ---- detectors -------------------------------------------------------------------------------------
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_RRN = re.compile(r"(?<!\d)(\d{2})(\d{2})(\d{2})\s?[-–]?\s?([1-8])(\d{6})(?!\d)")
_CARD = re.compile(r"(?<!\d)(?:\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{1,4}|\d{4}[- ]?\d{6}[- ]?\d{5})(?!\d)")
_PHONE = re.compile(
    r"(?<![\d+])(?:\+82[- .]?(?:\(0\))?|0)"
    r"(?:1[016789]|2|3[1-3]|4[1-4]|5[1-5]|6[1-4]|70|50[2-8])"
    r"(?:[- .)]{0,2})\d{3,4}(?:[- .]?)\d{4}(?!\d)"
)
_ACCOUNT_DASHED = re.compile(r"(?<![\d-])\d{2,6}-\d{2,6}-\d{2,7}(?:-\d{1,3})?(?![\d-])")
_ACCOUNT_AFTER_WORD = re.compile(r"(?:계좌|통장|계좌번호|입금)(?:번호)?(?:는|은|가|이|:)?\s?(\d{10,14})(?!\d)")

_REGION1 = (
    r"(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주|충청북|충청남|전라북|"
    r"전라남|경상북|경상남)(?:특별시|광역시|특별자치시|특별자치도|도|시)?"
)
_REGION2 = r"[가-힣]{2,5}(?:시|군|구)(?![가-힣])"
_REGION3 = r"[가-힣\d]{1,6}(?:읍|면|동|리|가)(?![가-힣])"
_ROAD = r"[가-힣\d]{1,10}(?:대로|로|길)\s?\d{1,4}(?:-\d{1,4})?(?:\s?(?:번길|길)\s?\d{1,4}(?:-\d{1,4})?)?"
_LOT = r"\d{1,5}(?:-\d{1,5})?\s?번지|\d{1,5}-\d{1,5}(?![\d-])"
_UNIT = r"(?:[가-힣A-Za-z\d]{0,12}(?:아파트|빌라|맨션|오피스텔)\s?)?\d{1,4}\s?동\s?\d{1,5}\s?호|\d{1,5}\s?호(?![가-힣])"
_NOT_UNIT_AFTER = r"(?![\d]|\s?(?:시|분|명|개|살|세|일|월|년|시간|번|층|원|킬로|키로|미터|km|%|대|차|등|위|초|학년|회))"
_ADDRESS = re.compile(
    r"(?:(?:" + _REGION1 + r")\s?)?(?:(?:" + _REGION2 + r")\s?){0,2}(?:(?:" + _REGION3 + r")\s?)?"
    r"(?:(?:" + _ROAD + r")" + _NOT_UNIT_AFTER + r"|" + _LOT + r")(?:,?\s?(?:" + _UNIT + r"))?"
    r"|(?:" + _REGION1 + r")\s?(?:" + _REGION2 + r")(?:\s?(?:" + _REGION3 + r"))?"
    r"|(?:" + _REGION2 + r")\s?(?:" + _REGION3 + r")"
    r"|(?:[가-힣A-Za-z\d]{0,12}(?:아파트|빌라|맨션|오피스텔)\s?)?\d{1,4}\s?동\s?\d{1,5}\s?호"
)
# A road match without any region before it must look like a road: 대로/길, or 로 + number + 번길/호/동.
_BARE_ROAD_OK = re.compile(
    r"^[가-힣\d]{2,10}(?:대로|길)\s?\d|^[가-힣\d]{2,10}로\s?(?:\d{2,4}|\d{1,4}-\d{1,4}|\d\s?(?:번길|길|번지))"
)

_SURNAMES = frozenset(
    "김이박최정강조윤장임한오서신권황안송류유홍전고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추"
    "도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용"
)
_NOT_NAMES = frozenset(
    """아들 딸 영감 손자 손녀 손주 며느리 사위 자식 남편 아내 마누라 할멈 할망 시어머니 시아버지 어머니 아버지
    엄마 아빠 어머님 아버님 형님 언니 누님 오빠 동생 삼촌 이모 고모 외삼촌 조카 사촌 사돈 친척 가족 우리
    저희 우리집 옆집 앞집 윗집 아랫집 이웃 이웃집 친구 동네 마을 경로당 노인정 복지관 교회 성당 절 시골
    친정 시댁 고향 서울 부산 대구 의사 간호사 복지사 요양사 요양보호사 사회복지사 보호사 선생 선생님 약사
    목사 집사 권사 장로 스님 신부 수녀 반장 통장 이장 회장 부녀회장 사장 원장 과장 부장 팀장 주인 가게
    시장 담당 상담 상담사 방문 보건소 센터 부모 사모 고객 환자 여러분 자네 그분 저분 이분 손님 아기 애기
    부처 하나 하느 조상 신령 예수 산신 용왕 교수 기사 택배 대통령 의원 군수 구청장 시장님 슈퍼 약국 병원
    마트 식당 미용실 세탁소 마음 아가 아저 아줌 아재 맘 손글 날 솜 말 글 홀 불 맵 큰 작은 외 친 옆 앞
    뒤 건너 건넛집 동창 선배 후배 교인 신도 수양 그 저 이 우리동네 요양원 주간보호 센터장 도우미 기사님
    택시 버스 경비 경비원 관리 관리인 관리소 청소 배달 짜장 중국집 치킨 어르신 노인 할머니 할아버지 할아범
    아주머니 아가씨 총각 처녀 새댁 청년 학생 애 애들 아이 아이들 이쁜 예쁜 착한 고마운 불쌍한""".split()
)
_TITLE = re.compile(
    r"(?<![가-힣])([가-힣]{2,4}?)\s?(씨|님|할머니|할아버지|할매|할배|선생님|선생|여사님|여사|어르신|권사님|집사님|장로님)"
)
_SURNAME_TITLE = re.compile(
    r"(?<![가-힣])([" + "".join(sorted(_SURNAMES)) + r"])\s?(씨|할머니|할아버지|할매|할배|여사|선생님)(?=\W|$|[가-힣])"
)
_MY_NAME = re.compile(
    r"(?:제|내|저의|나의|우리\s?(?:영감|남편|아들|딸|며느리|손자|손녀)(?:의)?)\s?이름은\s?"
    r"([가-힣]{2,4}?)(?=이에요|예요|입니다|이야|야|이고|이라고|라고|이라|이요|요|\s|[.,!?]|$)"
)


def _valid_date(yy: str, mm: str, dd: str, gender: str) -> bool:
    century = {"1": 1900, "2": 1900, "5": 1900, "6": 1900, "3": 2000, "4": 2000, "7": 2000, "8": 2000}[gender]
    try:
        date(century + int(yy), int(mm), int(dd))
    except ValueError:
        return False
    return True


def rrn_checksum_ok(digits: str) -> bool:
    """The published RRN check digit (valid for numbers issued before October 2020)."""
    if len(digits) != 13 or not digits.isdigit():
        return False
    weights = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    total = sum(int(d) * w for d, w in zip(digits[:12], weights, strict=True))
    return (11 - total % 11) % 10 == int(digits[12])


def luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def _candidates(text: str) -> list[tuple[int, int, str, int]]:
    """(start, end, kind, priority) for every detector; lower priority number wins overlaps."""
    found: list[tuple[int, int, str, int]] = []
    for m in _EMAIL.finditer(text):
        found.append((m.start(), m.end(), "email", 0))
    for m in _RRN.finditer(text):
        if _valid_date(m.group(1), m.group(2), m.group(3), m.group(4)):
            found.append((m.start(), m.end(), "rrn", 1))
    for m in _CARD.finditer(text):
        digits = _digits(m.group())
        if 13 <= len(digits) <= 16 and luhn_ok(digits):
            found.append((m.start(), m.end(), "card", 2))
    for m in _PHONE.finditer(text):
        found.append((m.start(), m.end(), "phone", 3))
    for m in _ACCOUNT_DASHED.finditer(text):
        if 10 <= len(_digits(m.group())) <= 14:
            found.append((m.start(), m.end(), "account", 4))
    for m in _ACCOUNT_AFTER_WORD.finditer(text):
        found.append((m.start(1), m.end(1), "account", 4))
    for m in _ADDRESS.finditer(text):
        value = m.group().rstrip(", ")
        if not value or (not any(c.isdigit() for c in value) and not re.search(_REGION1, value)):
            # A district + neighbourhood pair with no number and no province still counts (e.g. "마포구 합정동").
            if not re.fullmatch(r"(?:" + _REGION2 + r")\s?(?:" + _REGION3 + r")", value):
                continue
        if not re.match(r"(?:" + _REGION1 + r"|" + _REGION2 + r"|" + _REGION3 + r")", value):
            if re.match(_ROAD, value) and not _BARE_ROAD_OK.search(value) and "번지" not in value:
                continue
        if re.fullmatch(r"[\d\s-]+", value):
            continue  # a bare "1588-1234" or a date is not a lot number
        found.append((m.start(), m.start() + len(value), "address", 5))
    for m in _MY_NAME.finditer(text):
        if m.group(1) not in _NOT_NAMES:
            found.append((m.start(1), m.end(1), "name", 6))
    for m in _TITLE.finditer(text):
        candidate, title = m.group(1), m.group(2)
        if candidate in _NOT_NAMES or any(
            candidate.endswith(w) for w in ("집", "님", "네", "들", "의", "가", "는", "를")
        ):
            continue
        if title == "님" and not (len(candidate) == 3 and candidate[0] in _SURNAMES):
            continue  # 교수님, 원장님 … : "님" marks a name only on a full name
        found.append((m.start(1), m.end(1), "name", 6))
    for m in _SURNAME_TITLE.finditer(text):
        found.append((m.start(1), m.end(1), "name", 7))
    return found


def redact(text: str) -> Redacted:
    """Replace personal data in ``text`` with placeholders; see the module docstring for the kinds."""
    chosen: list[tuple[int, int, str]] = []
    for start, end, kind, _ in sorted(_candidates(text), key=lambda c: (c[3], c[0], -(c[1] - c[0]))):
        if end <= start or any(start < e and s < end for s, e, _k in chosen):
            continue
        chosen.append((start, end, kind))
    chosen.sort()
    parts: list[str] = []
    spans: list[_Span] = []
    cursor = 0
    length = 0
    for start, end, kind in chosen:
        parts.append(text[cursor:start])
        length += start - cursor
        placeholder = PLACEHOLDERS[kind]
        spans.append(_Span(start, end, length, length + len(placeholder), kind))
        parts.append(placeholder)
        length += len(placeholder)
        cursor = end
    parts.append(text[cursor:])
    kinds = tuple(sorted({s.kind for s in spans}))
    return Redacted(
        text="".join(parts),
        report=RedactionReport(kinds=kinds, count=len(spans)),
        original=text,
        spans=tuple(spans),
    )

"""Redaction: personal data never leaves the process, and model evidence maps back to true quotes."""

from __future__ import annotations

import pytest

from mhealth.domain.rules.redaction import luhn_ok, redact, rrn_checksum_ok


@pytest.mark.parametrize(
    ("text", "placeholder", "secret"),
    [
        ("제 번호는 010-1234-5678이에요", "[전화번호]", "010-1234-5678"),
        ("01012345678로 전화줘", "[전화번호]", "01012345678"),
        ("집 전화 02-123-4567", "[전화번호]", "02-123-4567"),
        ("+82 10 1234 5678 로 연락", "[전화번호]", "1234 5678"),
        ("주민번호 800101-1234568 이에요", "[주민번호]", "800101-1234568"),
        ("이메일 kim.young@naver.com 으로", "[이메일]", "kim.young@naver.com"),
        ("카드 4111-1111-1111-1111 로 결제", "[카드번호]", "4111-1111-1111-1111"),
        ("계좌는 110-123-456789 신한", "[계좌번호]", "110-123-456789"),
        ("통장 12345678901234 로 보내", "[계좌번호]", "12345678901234"),
        ("서울시 마포구 월드컵로 12길 34 101동 202호에 살아", "[주소]", "월드컵로"),
        ("테헤란로 123에 살아", "[주소]", "테헤란로 123"),
        ("마포구 합정동 살아", "[주소]", "합정동"),
        ("영희 씨가 반찬 줬어", "[이름]", "영희"),
        ("김영희 할머니가 왔다 갔어", "[이름]", "김영희"),
        ("제 이름은 김순자예요", "[이름]", "김순자"),
        ("박철수님 안녕하세요", "[이름]", "박철수"),
    ],
)
def test_personal_data_is_replaced_by_its_placeholder(text: str, placeholder: str, secret: str) -> None:
    result = redact(text)
    assert placeholder in result.text
    assert secret not in result.text
    assert result.report.count >= 1


@pytest.mark.parametrize(
    "text",
    [
        "아들이랑 딸이 왔어 영감은 자",
        "옆집 할머니가 왔어",
        "의사 선생님이 그러는데 혈압이 140에 90이래",
        "날씨가 좋아서 아저씨랑 운동 30분 했어",
        "학교로 3시에 가",
        "2024-11-26에 병원 가",
        "1588-1234 고객센터에 물어봤어",
        "하나님 감사합니다 교수님 말씀이 맞아요",
        "5번 버스 타고 12정거장",
    ],
)
def test_ordinary_words_kinship_and_numbers_are_left_alone(text: str) -> None:
    result = redact(text)
    assert result.text == text
    assert result.report.count == 0
    assert result.report.kinds == ()


def test_the_report_names_kinds_and_count_but_never_values() -> None:
    result = redact("영희 씨 번호 010-1234-5678, 메일 a@b.co.kr, 또 010-9999-8888")
    assert result.report.kinds == ("email", "name", "phone")
    assert result.report.count == 4
    assert "1234" not in repr(result.report)


def test_rrn_checksum_is_validated_but_date_shaped_numbers_are_redacted_too() -> None:
    valid = "8001011234567"
    digits = [int(c) for c in valid[:12]]
    check = (11 - sum(d * w for d, w in zip(digits, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5), strict=True)) % 11) % 10
    assert rrn_checksum_ok(valid[:12] + str(check))
    assert not rrn_checksum_ok(valid[:12] + str((check + 1) % 10))
    # A post-2020 number fails the checksum yet has a valid date and gender digit: still an RRN.
    assert "[주민번호]" in redact(f"번호 {valid[:6]}-{valid[6:12]}{(check + 1) % 10}").text
    # An impossible date (month 13) is not an RRN.
    assert "[주민번호]" not in redact("번호 801301-1234567").text


def test_card_numbers_must_pass_luhn() -> None:
    assert luhn_ok("4111111111111111")
    assert not luhn_ok("4111111111111112")
    assert "[카드번호]" not in redact("4111-1111-1111-1112").text


def test_evidence_from_redacted_text_maps_back_to_the_true_quote() -> None:
    original = "영희 씨 전화 010-1234-5678 로 주세요. 요즘 죽고 싶어요"
    result = redact(original)
    evidence = result.to_original("[이름] 씨 전화 [전화번호] 로")
    assert evidence is not None
    assert evidence.quote == "영희 씨 전화 010-1234-5678 로"
    assert original[evidence.start : evidence.end] == evidence.quote
    plain = result.to_original("죽고 싶어요")
    assert plain is not None and original[plain.start : plain.end] == "죽고 싶어요"


def test_a_quote_cutting_a_placeholder_widens_to_the_whole_value() -> None:
    original = "번호는 010-1234-5678 이야"
    evidence = redact(original).to_original("전화번호]")
    assert evidence is not None and evidence.quote == "010-1234-5678"


def test_a_quote_not_in_the_redacted_text_maps_to_none() -> None:
    result = redact("영희 씨가 왔어")
    assert result.to_original("영희") is None
    assert result.to_original("없는 말") is None
    assert result.to_original("") is None

"""Numbers written with Chinese numerals (九, 十二, 二十, 两) or ASCII digits."""

from __future__ import annotations

CN_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
CN_NUMBER = "[零〇一二两兩三四五六七八九十廿]{1,4}"
NUMBER = rf"(?:[0-9]{{1,2}}|{CN_NUMBER})"

# Single characters that name a weekday after 周 or in a list such as 一、三、五 (Monday = 0).
WEEKDAY_DIGITS: dict[str, int] = {
    "一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "七": 6, "日": 6, "天": 6,
    "1": 0, "2": 1, "3": 2, "4": 3, "5": 4, "6": 5, "7": 6,
}


def parse_number(text: str) -> int | None:
    """The value of ``text`` (``"十二"`` → 12, ``"19"`` → 19), or None when it is not a number."""
    if not text:
        return None
    if text.isascii() and text.isdigit():
        return int(text)
    if text[0] == "廿":
        rest = _tens_and_ones("十" + text[1:])
        return None if rest is None else rest + 10
    if "十" in text:
        return _tens_and_ones(text)
    return _digit_string(text)


def _tens_and_ones(text: str) -> int | None:
    tens, _, ones = text.partition("十")
    if "十" in ones or len(tens) > 1 or len(ones) > 1:
        return None
    tens_value = CN_DIGITS.get(tens) if tens else 1
    ones_value = CN_DIGITS.get(ones) if ones else 0
    if tens_value is None or ones_value is None:
        return None
    return tens_value * 10 + ones_value


def _digit_string(text: str) -> int | None:
    value = 0
    for char in text:
        digit = CN_DIGITS.get(char)
        if digit is None:
            return None
        value = value * 10 + digit
    return value

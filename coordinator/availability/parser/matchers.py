"""Readers for one kind of thing at a position of normalised text: a clock time, a number, a word, a day name.

Each takes the text and a position and returns where the match ends and its tokens, or None.
"""

from __future__ import annotations

import re

from .date_readers import WORD_END
from .lexicon import AFTERNOON, ANY_DAY, DOING, EVENING, LATIN_WORD, LEXICON, MORNING
from .numerals import CN_NUMBER, NUMBER, WEEKDAY_DIGITS, parse_number
from .tokens import Clock, Duration, Kind, Match, NewYearDay, Numeral, Token
from .typos import typed
from .word_index import LATIN_PHRASES, OTHER_LENGTHS, OTHER_WORDS

_AMPM = rf"(?P<ampm>[ap])\.?m{WORD_END}\.?"

_CLOCK_COLON = re.compile(
    rf"(?P<h>[0-9]{{1,2}})(?::(?P<m>[0-5][0-9])|\.(?P<dm>[0-5][0-9])(?=\s?[ap]\.?m{WORD_END}))(?![0-9])"
    rf"(?:\s?{_AMPM})?"
)
_CLOCK_AMPM = re.compile(rf"(?P<h>[0-9]{{1,2}})\s?{_AMPM}")
_CLOCK_OCLOCK = re.compile(r"(?P<h>[0-9]{1,2})\s?o'?clock")
_NOT_MINUTES = "(?![直起定些般样下])"
"""1点一直到8点 / 三点一起: a numeral that starts a word after the hour is no count of minutes."""
_CLOCK_CN = re.compile(
    rf"(?P<h>{NUMBER})\s?(?:点钟|点|點|時|时)"
    rf"(?:(?P<half>半)|(?P<q1>一刻)|(?P<q3>三刻)|(?P<m>{NUMBER})(?:分|{_NOT_MINUTES}))?"
)
_GREETING = re.compile(
    r"(?<![一二三四五六七日天末0-9])(?:早上|上午|中午|下午|晚上|早晨|早|午|晚)(?:好|安)(?=$|[\s,.!~、各大啊呀哈哦们們])"
    r"|(?:good\s)?(?:morning|afternoon|evening)\s(?:all|everyone|everybody|team|folks|guys|y'all)(?![a-z'])"
    r"(?!\s(?:week|day|weekend|month))"
    r"|(?:hi|hello|hey|thanks|thank\syou|cheers)\s(?:all|everyone|everybody|team|folks|guys|y'all)(?![a-z'])"
    r"|大家\s?(?:good\s)?(?:morning|afternoon|evening)(?![a-z'])"
)
_DURATION = re.compile(
    rf"(?P<n>[0-9]{{1,3}}|{CN_NUMBER}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s?"
    rf"(?:(?:个|個)?\s?(?P<unit>天|星期|礼拜|禮拜|周|週|小时|小時|钟头)|(?:个|個)\s?(?P<month>月)"
    rf"|(?P<en>days?|weeks?|hours?|hrs?|months?){WORD_END})"
)
_EN_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10}
_DAYS_PER_UNIT = {"天": 1, "星期": 7, "礼拜": 7, "禮拜": 7, "周": 7, "週": 7, "day": 1, "week": 7}
_DAY_NAME = re.compile(
    r"(?P<week>下下|下|这|這|本|上)?(?:个|個)?(?:周|週|星期|礼拜|禮拜)\s?"
    r"(?P<d>[一二三四五六七日天1-7义意衣依尔儿耳伞山仨思似寺斯是武伍吴舞陆留溜流柳刘无—])(?!(?<=似)乎)"
    r"(?![0-9]*\s?[-~到至]\s?[0-9]{1,2}\s?[号號日])"
    r"(?P<more>(?:[.．/、,][1-7](?![0-9点點:：号號日]))+|(?<=[1-7])[2-7]{1,5}(?![0-9点點:：号號日.]))?"
    r"(?:[-~到至](?P<last>[1-7])(?![0-9点點:：号號日.]))?"
    r"(?:\s?(?P<half>(?:上下|[早上下])(?:/(?:上下|[上下晚]))*)(?=$|[\s，,。.、；;！!～~+]))?"
)
_TYPED_DAYS = {"—": "一", "义": "一", "意": "一", "衣": "一", "依": "一", "耳": "二", "儿": "二", "似": "四", "寺": "四",
               "斯": "四", "吴": "五", "舞": "五", "尔": "二", "伞": "三", "仨": "三", "山": "三", "思": "四", "是": "四", "武": "五",
               "伍": "五", "无": "五", "陆": "六", "留": "六", "柳": "六", "溜": "六", "流": "六", "刘": "六"}
"""Slips of a pinyin keyboard after 周 (周武 for 周五, 周似 for 周四), read as meant: no other reading is plausible
there (周似乎 is "seems", not Thursday; 这周儿 is this week, 每周是 every week is)."""
_TYPED_AFTER_WEEK_WORDS = frozenset("儿是")
"""Slips that are words of their own after 这周 / 下周 / 每周: there they are not days."""
_EVERY_CHARS = frozenset("每个個")
_COMPACT_DAYS = re.compile(r"(?:th|tu|sa|su|mo|we|fr|m|t|w|f)+(?![a-z'])")
_COMPACT_UNITS = {"m": 0, "mo": 0, "t": 1, "tu": 1, "w": 2, "we": 2, "th": 3, "f": 4, "fr": 4, "sa": 5, "su": 6}
_COMPACT_UNIT = re.compile(r"th|tu|sa|su|mo|we|fr|m|t|w|f")
_BESIDE = frozenset("/-+&")
ONE_DAY_LETTERS = {letter: _COMPACT_UNITS[letter] for letter in ("m", "w", "th", "f", "sa", "su", "tu")}
"""Letters that stand for one day only, and the day (not T or S, which could be either of two)."""
_ONE_LETTER = f"(?:{'|'.join(ONE_DAY_LETTERS)})"
_LETTER_APART = r"(?:[ ,，]{1,3}|\s?[&+]\s?)"
_LETTER_RUN = re.compile(rf"{_ONE_LETTER}{_LETTER_APART}{_ONE_LETTER}(?![a-z'])")
_LETTER_BEFORE = re.compile(rf"(?<![a-z']){_ONE_LETTER}{_LETTER_APART}$")
"""M W F / m, w, f / M & W: one-day letters written apart (a letter, then up to three spaces or commas, or an
ampersand or a plus)."""
_CJK_PART_STARTS = frozenset("上下晚早全白中")
"""How a Chinese part of the day begins (上午 下午 晚上 早上 全天 白天 中午)."""
_EN_PART = re.compile(r"(?:morn|aft|eve|nite|night|noon|all day|am|pm|mornings?|afternoons?|evenings?|nights?)"
                      r"(?![a-z])")
"""An English part of the day, whole or cut short (morn, aft, eve)."""
_LINE_HEAD = re.compile(r" ?[-–—:,]")
_SPELLED_ALONE = frozenset({"tu", "th", "sa", "su", "fr"})
"""Sa 全天 / Su morning: two letters that are no English word, standing alone for a day."""
_WEDNESDAY, _THURSDAY = 2, 3
_WEEK_WORD = re.compile(r"(?P<week>next|this coming|this|coming) ")
_DIGITS = re.compile(r"[0-9]+")
_CN_NUMERAL_RUN = re.compile(rf"{CN_NUMBER}")

_WEEK_OFFSETS = {"下下": 2, "下": 1, "这": 0, "這": 0, "本": 0, "上": -1}
DAY_CHARS = frozenset("日天")
_MAX_DIGITS = 4
_CN_MINUTES = {"half": 30, "q1": 15, "q3": 45, "h": 0}


def clock_colon(source: str, position: int) -> Match | None:
    """19:00, 7:30pm, 9.30am."""
    found = _CLOCK_COLON.match(source, position)
    if found is None:
        return None
    minute = found["m"] or found["dm"]
    return _clock(found, int(found["h"]), int(minute), found["h"].startswith("0"))


def clock_ampm(source: str, position: int) -> Match | None:
    """9am, 7 p.m."""
    found = _CLOCK_AMPM.match(source, position)
    return _clock(found, int(found["h"]), 0, False) if found else None


def clock_oclock(source: str, position: int) -> Match | None:
    """8 o'clock."""
    found = _CLOCK_OCLOCK.match(source, position)
    return _clock(found, int(found["h"]), 0, False) if found else None


def clock_cn(source: str, position: int) -> Match | None:
    """九点, 十点半, 7点15分, 两点一刻."""
    found = _CLOCK_CN.match(source, position)
    if found is None:
        return None
    hour = parse_number(found["h"])
    minute = _CN_MINUTES.get(found.lastgroup or "") if found["m"] is None else parse_number(found["m"])
    if hour is None or minute is None:
        return None
    return _clock(found, hour, minute, False)


def _clock(found: re.Match[str], hour: int, minute: int, leading_zero: bool) -> Match | None:
    """A clock token; explicit am/pm, a 24-hour reading or a leading zero fix the hour."""
    ampm = found.groupdict().get("ampm")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "p" else 0)
    if hour > 24 or minute > 59:
        return None
    fixed = bool(ampm) or leading_zero or hour == 0 or hour > 12
    return found.end(), (Token(Kind.CLOCK, Clock(hour, minute, fixed)),)


GREETING_FIRST = frozenset("早上中下晚午大gmaehtc")
"""The characters a greeting can start with."""


def greeting(source: str, position: int) -> Match | None:
    """早上好, 晚安, morning all, hi all: a greeting, which says nothing about the morning, the evening or every
    day."""
    found = _GREETING.match(source, position)
    return (found.end(), ()) if found else None


def duration(source: str, position: int) -> Match | None:
    """三天, 两个星期, 3 days: lengths of time, kept apart so their digits are not read as weekdays; the token
    carries the days (or months) it lasts."""
    found = _DURATION.match(source, position)
    if found is None:
        return None
    count = _EN_COUNTS.get(found["n"]) or parse_number(found["n"]) or 0
    unit = found["unit"] or (found["en"] or "").rstrip("s")
    if found["month"] or unit == "month":
        length = Duration(months=count)
    else:
        length = Duration(days=count * _DAYS_PER_UNIT[unit]) if unit in _DAYS_PER_UNIT else Duration()
    return found.end(), (Token(Kind.DURATION, length),)


_HALVES = {"早": MORNING, "上": MORNING, "下": AFTERNOON, "晚": EVENING}
"""周六早 / 周日下 / 周一 上/下/晚: a part of the day said by one character after the day."""


_LONE_HALF_AFTER = re.compile(r"(?:[一二三四五六七日天]|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|[上下早][+/、])\s?$")
_LONE_HALF_BEFORE = re.compile(r"(?=$|[\s，,。.、；;！!～~+&/]|都|也)")
_LOOK_BACK = 12
"""Characters before a lone 上 / 下 / 早 searched for the day it belongs to."""


_DEPENDS = re.compile(r"看(?:是)?(?:否|(?P<verb>[\u4e00-\u9fff]{1,2})[不没](?P=verb))")
"""看加不加班 / 看有没有课 / 看是否出差: "depending on whether", a hedge."""


def depends_on(source: str, position: int) -> Match | None:
    """看加不加班 / 看忙不忙: it depends on whether something happens."""
    found = _DEPENDS.match(source, position)
    return (found.end(), (Token(Kind.VAGUE),)) if found else None


_CANCEL = re.compile(r"取消(?:了|掉)?|cancel(?:led|ed)?(?![a-z])")
_CANCELLED_WHEN = re.compile(
    r"(?:[一二三四五六七日天]|[上下中]午|晚上?|早上|全天|班|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|mornings?|afternoons?"
    r"|evenings?|nights?|shifts?|slots?)\s?(?:的|那个|那天的|那班|那天)?\s?我?\s?(?:以后|之后|往后)?\s?(?:也|就|都|先|全)?\s?$")

_CANCELLING_WHEN = re.compile(
    r"\s?(?:我的|掉)?\s?(?:周|週|星期|礼拜|禮拜|[上下]午|晚上|(?:my )?(?:mon|tue|wed|thu|fri|sat|sun))")


def cancel(source: str, position: int) -> Match | None:
    """周五晚上那个取消 / 取消周二上午 / Friday evening cancel: said of a day or a time, "cancel" takes it out of
    the week; said of anything else (会议取消了) it is talk."""
    found = _CANCEL.match(source, position)
    if found is None:
        return None
    if _CANCELLED_WHEN.search(source, max(0, position - _LOOK_BACK), position) or _CANCELLING_WHEN.match(
            source, found.end()):
        return found.end(), (Token(Kind.NEG),)
    return found.end(), (Token(Kind.CHAT),)


_ANY_DAY = re.compile(r"哪一?天(?=[^，,。.!！?？;；\n都]{0,6}都)")


def any_day(source: str, position: int) -> Match | None:
    """工作日哪天晚上都可以 / 哪天哪个时段都行: "which day … all" is any day, not a question."""
    found = _ANY_DAY.match(source, position)
    return (found.end(), (Token(Kind.EVERY, ANY_DAY),)) if found else None


_NOTHING_AFTER_COLON = re.compile(r":\s?(?:没有|没|无|沒有)\s?(?=$|\n|[,，;；。.!！])")


def nothing_after_colon(source: str, position: int) -> Match | None:
    """晚上：没有 / 上午：无 at the end of a line: a header answered with "none"."""
    found = _NOTHING_AFTER_COLON.match(source, position)
    return (found.end(), (Token(Kind.COLON), Token(Kind.NEG))) if found else None


_NEW_YEAR_DAY = re.compile(r"(?<![上读是在念])初(?P<n>[一二三四五六七八])(?!学生|年级|的学生|[班生中稿步次期])")


def new_year_day(source: str, position: int) -> Match | None:
    """除夕和初一 / 初三到初六: a day of the Spring Festival (初一 in 孩子上初一 is a school year, not a day)."""
    found = _NEW_YEAR_DAY.match(source, position)
    if found is None:
        return None
    return found.end(), (Token(Kind.DATE, NewYearDay(parse_number(found["n"]) - 1)),)


_MEETING = re.compile(r"开(?:个|一个|了个)?[\u4e00-\u9fff]{0,4}?会(?!议室)")
_MUST = frozenset("要得")


def meeting(source: str, position: int) -> Match | None:
    """开季度总结会 / 要开部门会: a meeting; one that must be attended is what one does then, else it is talk."""
    found = _MEETING.match(source, position)
    if found is None:
        return None
    if position > 0 and source[position - 1] in _MUST:
        return found.end(), (Token(Kind.NEG, DOING),)
    return found.end(), (Token(Kind.CHAT),)


def lone_half(source: str, position: int) -> Match | None:
    """六日上 / Sat 上 & Sun 下: a part of the day said by one character right after days written any other way."""
    char = source[position]
    if char not in _HALVES or char == "晚" or not _LONE_HALF_BEFORE.match(source, position + 1):
        return None
    if not _LONE_HALF_AFTER.search(source, max(0, position - _LOOK_BACK), position):
        return None
    return position + 1, (Token(Kind.PART, _HALVES[char]),)


def day_name(source: str, position: int) -> Match | None:
    """周一, 星期天, 礼拜三, 下周五, 这个星期二; 周2-4 is Tuesday to Thursday, 周2.3.5, 周1、3、5 and 下周135 three
    days (digits run together only in the week's order); 周六早 / 周六上 is its morning and 周日下 its afternoon."""
    found = _DAY_NAME.match(source, position)
    if found is None or (found["d"] in _TYPED_AFTER_WEEK_WORDS and (
            found["week"] is not None or source[position - 1:position] in _EVERY_CHARS)):
        return None
    first = WEEKDAY_DIGITS[_TYPED_DAYS.get(found["d"], found["d"])]
    last = WEEKDAY_DIGITS[found["last"]] if found["last"] else first
    if last < first:
        return found.end("d"), (Token(Kind.DAYS, frozenset({first})),)
    listed = [WEEKDAY_DIGITS[digit] for digit in found["more"] or "" if digit.isdigit()]
    if listed and (listed[0] <= first or listed != sorted(set(listed))):
        return found.end("d"), (Token(Kind.DAYS, frozenset({first})),)
    more = set(listed)
    said: tuple[Token, ...] = (Token(Kind.DAYS, frozenset(range(first, last + 1)) | more),)
    half = found["half"] or ""
    said += tuple(Token(Kind.PART, _HALVES[char]) for char in half if char in _HALVES)
    if found["week"] is not None:
        said = (Token(Kind.WEEK, _WEEK_OFFSETS[found["week"]]), *said)
    return found.end(), said


def compact_days(source: str, position: int) -> Match | None:
    """TTh, MWF, TuTh, M/W, Mo-We: days as the team abbreviates them; a single one only beside / or -, heading
    a line, or starting a statement before a Chinese part of the day (M/W 下午, F 晚上)."""
    if position > 0 and (source[position - 1].isalpha() or source[position - 1] == "'"):
        return None
    found = _COMPACT_DAYS.match(source, position)
    if found is None:
        return None
    units = _COMPACT_UNIT.findall(found.group())
    joined_after = source[found.end():found.end() + 1] in _BESIDE and source[found.end() + 1:found.end() + 2].isalnum()
    beside_slash = joined_after or source[position - 1:position] in _BESIDE
    alone = found.group() in _SPELLED_ALONE and source[found.end():found.end() + 1] == " "
    end = found.end()
    listed = beside_slash or alone or _heads_line(source, position, end) or _letter_starting_a_statement(
        source, position, end) or _in_a_run_of_letters(source, position, end)
    if len(units) < 2 and not (listed and found.group() in _COMPACT_UNITS):
        return None
    days = _in_week_order(units)
    return (found.end(), (Token(Kind.DAYS, frozenset(days)),)) if days else None


def _in_a_run_of_letters(source: str, start: int, end: int) -> bool:
    """M W F nites / m, w, f evenings: one-day letters written apart, two or more in a row, are those days."""
    if source[start:end] not in ONE_DAY_LETTERS:
        return False
    before = _LETTER_BEFORE.search(source, max(0, start - 5), start)
    return _LETTER_RUN.match(source, start) is not None or before is not None


def _letter_starting_a_statement(source: str, start: int, end: int) -> bool:
    """M/W 下午, F 晚上, W aft, F eve: one letter starting a statement, before a part of the day, is a day (not T or
    S, which could be either of two)."""
    before = source[:start].rstrip(" ")
    return (source[start:end] in ONE_DAY_LETTERS and before[-1:] in ("", ",", "，", "\n")
            and source[end:end + 1] == " " and (source[end + 1:end + 2] in _CJK_PART_STARTS
                                                 or _EN_PART.match(source, end + 1) is not None))


def _heads_line(source: str, start: int, end: int) -> bool:
    """``M - morning`` / ``F: all day``: one letter heading a line of a list, before a dash or a colon (not T, which
    could be Tuesday or Thursday)."""
    return (source[start:end] != "t" and source[:start].rstrip(" ")[-1:] in ("", "\n")
            and _LINE_HEAD.match(source, end) is not None)


def _in_week_order(units: list[str]) -> list[int]:
    """MTWTF, TTh, MWF: abbreviations list days in the order of the week (a T after W is Thursday); letters in
    any other order are a word (saw, wet, mom), not days."""
    days: list[int] = []
    for unit in units:
        day = _THURSDAY if unit == "t" and days and days[-1] >= _WEDNESDAY else _COMPACT_UNITS[unit]
        if days and day <= days[-1]:
            return []
        days.append(day)
    return days


def week_word_day(source: str, position: int) -> Match | None:
    """Next Monday, this Friday: a weekday in a particular week."""
    found = _WEEK_WORD.match(source, position)
    day = latin_word(source, found.end()) if found else None
    if found is None or day is None or [token.kind for token in day[1]] != [Kind.DAYS]:
        return None
    return day[0], (Token(Kind.WEEK, 1 if found["week"] == "next" else 0), *day[1])


def digits(source: str, position: int) -> Match | None:
    """A bare number; long digit runs (phone numbers, IDs) mean nothing here."""
    found = _DIGITS.match(source, position)
    if found is None:
        return None
    if len(found[0]) > _MAX_DIGITS:
        return found.end(), ()
    return found.end(), (Token(Kind.NUM, Numeral(int(found[0]))),)


def cn_numeral(source: str, position: int) -> Match | None:
    """A Chinese number; a run of plain digits such as 一三五 is read one character at a time."""
    found = _CN_NUMERAL_RUN.match(source, position)
    if found is None:
        return None
    text = found[0] if "十" in found[0] or "廿" in found[0] else found[0][0]
    value = parse_number(text)
    if value is None:
        return position + len(text), ()
    day_digit = len(text) == 1 and text in WEEKDAY_DIGITS
    return position + len(text), (Token(Kind.NUM, Numeral(value, day_digit)),)


def day_char(source: str, position: int) -> Match | None:
    """日 or 天 standing alone, as in 周六、日: Sunday."""
    if source[position] in DAY_CHARS:
        return position + 1, (Token(Kind.NUM, Numeral(7, day_digit=True)),)
    return None


def latin_word(source: str, position: int) -> Match | None:
    """The longest lexicon phrase that starts with the word here and ends on a word boundary."""
    word = LATIN_WORD.match(source, position)
    if word is None:
        return None
    if word[0] in _ORDINAL_ENDINGS and position > 0 and source[position - 1].isdigit():
        return position + len(word[0]), ()
    for phrase in LATIN_PHRASES.get(word[0], ()):
        end = position + len(phrase)
        if source.startswith(phrase, position) and not _continues_word(source, end):
            return end, LEXICON[phrase]
    return _possessive(word[0], position) or _slip(word[0], position)


_ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th"})
"""The 5th time: the ending of an ordinal, never Thursday."""


def _slip(word: str, position: int) -> Match | None:
    """satuday / morining / sunady: a day or part of the day typed with one slip."""
    found = typed(word)
    return (position + len(word), found) if found else None


def _possessive(word: str, position: int) -> Match | None:
    """Saturday's, the weekend's: the word itself, its 's left to be read next (Friday's out)."""
    stem = word.removesuffix("'s")
    if stem == word or stem not in LEXICON:
        return None
    return position + len(stem), LEXICON[stem]


def _continues_word(source: str, end: int) -> bool:
    return end < len(source) and (source[end].isascii() and source[end].isalnum())


def other_word(source: str, position: int) -> Match | None:
    """The longest Chinese word or symbol of the lexicon that starts here."""
    room = len(source) - position
    for length in OTHER_LENGTHS.get(source[position], ()):
        if length <= room and (tokens := OTHER_WORDS.get(source[position:position + length])) is not None:
            return position + length, tokens
    return None

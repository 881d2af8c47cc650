"""Turn a message into tokens: normalise it, then take the longest word, number, time or date at each step."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from . import date_readers as dates
from . import matchers as read
from .dotted import dotted
from .numerals import CN_DIGITS
from .spoken_times import clock_times_in_digits
from .tokens import Match, Token
from .word_index import OTHER_LENGTHS

Matcher = Callable[[str, int], Match | None]

_LATIN_RUN = re.compile(r"[a-z0-9_']+")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u3000]+")
_TRANSLATE = str.maketrans({"’": "'", "‘": "'", "\n": " \n ", "\r": " \n ", "|": ","})
_DAY_NAME_FIRST = frozenset("下这這本上周週星礼禮")
_WAVE = re.compile(r"~+(?=\s|$|[,.!;?\u3002\uff0c])|(?<=[\u4e00-\u9fff])(?<![一二三四五六七八九十日天点点時时号號半午末晚早])~+")
"""A tilde as a tone of voice (收到～, as usual～ 就是…), not a range (9~12, 周一~周五)."""
_CN_NUMERAL_CHARS = frozenset(CN_DIGITS) | {"十", "廿"}
_PAUSE = re.compile(r"——+")
"""The Chinese dash (破折号) is a pause, never a range; alone at the end of a line (周三 ——) it is a blank."""
_BLANK_LINE_END = re.compile(r"(?<=\S)[ \t]*——+[ \t]*(?=\n|$)")
_MARKS = "✅✔☑⭕✓√❌✖✗✘❎🚫⛔🙅×✕☐□⬜"
"""Ticks and crosses say yes or no (the lexicon reads them); other emoji only close what was said."""
_EMOJI = re.compile(rf"(?:(?![{_MARKS}])[\u2600-\u27bf\U0001f000-\U0001faff][\ufe0f\u200d\U0001f3fb-\U0001f3ff]*)+")
_LIST_NUMBER = re.compile(r"(^|\n) ?(?:[0-9]{1,2}[.)、] ?(?![0-9])|[一二三四五六七八九十]、 ?(?=周|星期|礼拜|週|禮拜)"
                          r"|\([一二三四五六七八九十]\) ?(?=周|星期|礼拜|週|禮拜))")
"""1. 周一下午 / 2) 周二下午 / 二、周三：下午 / （三）週日 下午: the number of an item in a list, not a weekday."""
_HOUR = r"(?:[0-9]{1,2}(?:[:.][0-5][0-9])?(?:\s?[ap]\.?m\.?)?|noon|midday)"
_UNMARKED = re.compile(r"\b(?:(?P<are>you|they)re"
                       r"|(?P<not>can|don|won|isn|aren|didn|doesn|couldn|wouldn|haven|hasn)t|(?P<am>i)m"
                       r"|(?P<is>that|there|what)s|(?P<have>i|you|they)ve|(?P<will>you|they)ll)\b")
"""youre, cant, im, thats, ive: contractions typed without the apostrophe, as the lexicon has them."""
_CONTRACTED = {"are": "'re", "not": "'t", "am": "'m", "is": "'s", "have": "'ve", "will": "'ll"}
_BETWEEN = re.compile(rf"\bbetween\s(?P<from>{_HOUR})\s?(?:and|&|-)\s?(?P<to>{_HOUR})(?![0-9])")
"""between 2 and 5: the range 2-5."""
_SPACE_BEFORE_OTHERS = re.compile(r"(?<=[^\s，,。、；;]) (?=其他|其它|其余|其餘|别的)")
"""周二晚上七点半到九点半 其他不行: a space before "the others" pauses as a comma does."""
_SPACE_BEFORE_DAY = re.compile(r"(?:(?<=[午上晚天以行])|(?<=ok)) (?=(?:周|週|星期|礼拜|禮拜)[一二三四五六日天末1-7])")
"""周二周三上午 周三最好: a space between a time said and a day named again pauses as a comma does."""
_DASHES = re.compile(r"-{2,}")
"""wed: --- / Mon -- off: a run of dashes is one dash."""
_TICKED_BOX = re.compile(r"\[\s*[x✓✔√v]\s*\]")
_EMPTY_BOX = re.compile(r"\[\s*\]")
"""[x] 周一晚上 / [ ] 周三晚上: a list of checkboxes, ticked or left empty."""
_MOVED_ELSEWHERE = re.compile(
    r"(?:选修课|必修课|专业课|的课|晚自习|自习|补习班|兴趣班|培训班|培训|训练|排练)(?:也|都)?"
    r"(?:调|改|挪|换|移|搬)(?:到|成|去)了?[^，,。.;；!！)）\n]{0,12}"
    r"|(?<![a-z])(?:[a-z]+\s)?(?:class|classes|lecture|lectures|practice|league|lessons?|rehearsals?|training|choir|seminar)"
    r"\s(?:got\s|has\sbeen\s|have\sbeen\s|was\s|were\s|is\s|are\s)?(?:moved|changed|switched|rescheduled|shifted)"
    r"\sto\s[^,.;!)\n]{0,24}")
"""选修课调到下午了 / my son's basketball league moved to Saturdays: where something one does went is why the week
changed; it offers and refuses nothing itself."""
_DAY_OFF_CELL = re.compile(r"(?<=[:：\s])(?:休(?:息)?|/)(?=[ \t]*(?:$|\n|[，,。;；]))")
"""周三：休 / 周末 休 / 周三 /: 休 or a slash alone after a day in a list is a day off (not 退休, 轮休 or 调休)."""
_SWITCHED = re.compile(r"(?:(?<=[一二三四五六日天末])|(?<=mon|tue|wed|thu|fri|sat|sun|end))"
                       r"\s?(?:换成|改成|switch to|change to)\s?"
                       r"(?=上午|下午|晚上|早上|全天|白天|mornings?|afternoons?|evenings?)")
"""周四换成下午 / Thu switch to afternoon: a day moved to another part of the day has only that part now."""
_EMOJI_BEFORE_COMMA = re.compile(r"。\s*(?=[,、])")
"""滑雪⛷️，不在哦: an emoji before a comma closes nothing; the sentence goes on."""


def normalize(text: str) -> str:
    """Full-width to half-width, lower case, one space between words, line breaks kept; checkboxes, clock times in
    words, a day off in a list and where a class moved to written as the grammar reads them."""
    text = unicodedata.normalize("NFKC", text).lower().translate(_TRANSLATE)
    if "~" in text:
        text = _WAVE.sub(_wave, text)
    text = _EMOJI_BEFORE_COMMA.sub("", _EMOJI.sub("。", text))
    if "——" in text:
        text = _PAUSE.sub("，", _BLANK_LINE_END.sub(" -", text))
    if "--" in text:
        text = _DASHES.sub("-", text)
    if "成" in text or " to " in text:
        text = _SWITCHED.sub("只能", text)
    text = _UNMARKED.sub(_apostrophe, text)
    if "[" in text:
        text = _EMPTY_BOX.sub("× ", _TICKED_BOX.sub("✓ ", text))
    if "到" in text or "成" in text or "去" in text or " to " in text:
        text = _MOVED_ELSEWHERE.sub(" ", text)
    if "休" in text or "/" in text:
        text = _DAY_OFF_CELL.sub("不行", text)
    text = clock_times_in_digits(text)
    if "between" in text:
        text = _BETWEEN.sub("\\g<from>-\\g<to>", text)
    if not text.replace("\n", "").isprintable():
        text = "".join(char if char.isprintable() or char == "\n" else " " for char in text)
    text = _LIST_NUMBER.sub("\\1", _SPACES.sub(" ", text))
    if " 周" in text or " 週" in text or " 星" in text or " 礼" in text or " 禮" in text:
        text = _SPACE_BEFORE_DAY.sub(",", text)
    return _SPACE_BEFORE_OTHERS.sub(",", text) if "其" in text or "别的" in text else text


def _apostrophe(found: re.Match[str]) -> str:
    said = found.lastgroup or ""
    return f"{found[said]}{_CONTRACTED[said]}"


def _wave(found: re.Match[str]) -> str:
    """A tilde of tone ends what was said: a pause before more words (照旧～再加个周日晚上), else a space."""
    following = found.string[found.end():found.end() + 1]
    return " " if not following or following.isspace() or not following.isalnum() else ","


def scan(text: str) -> list[Token]:
    """The tokens of ``text``, left to right; characters that mean nothing are dropped."""
    return scan_normalized(normalize(text))


def scan_normalized(source: str) -> list[Token]:
    """:func:`scan` for text already normalised."""
    tokens: list[Token] = []
    position = 0
    while position < len(source):
        matchers = _matchers_for(source[position])
        if not matchers:
            position += 1
            continue
        match = _longest(matchers, source, position)
        if match is None:
            position = _skip(source, position)
            continue
        position, found = match
        tokens.extend(found)
    return tokens


def _longest(matchers: tuple[Matcher, ...], source: str, position: int) -> Match | None:
    """The longest match any reader finds here; on a tie the reader listed first wins."""
    if len(matchers) == 1:
        return matchers[0](source, position)
    best: Match | None = None
    for matcher in matchers:
        match = matcher(source, position)
        if match is not None and (best is None or match[0] > best[0]):
            best = match
    return best


def _skip(source: str, position: int) -> int:
    """Past an unknown Latin word as a whole, or past one character."""
    run = _LATIN_RUN.match(source, position)
    return run.end() if run else position + 1


_DIGIT_MATCHERS: tuple[Matcher, ...] = (
    read.clock_colon, read.clock_ampm, read.clock_oclock, read.clock_cn,
    dates.date_iso, dates.date_cn, dates.date_slash, dotted, dates.day_of_month, dates.date_en,
    dates.whole_month,
    read.duration, read.other_word, read.digits,
)
_CN_NUMERAL_MATCHERS: tuple[Matcher, ...] = (
    read.clock_cn, dates.date_cn, dates.day_of_month, dates.whole_month, read.duration, read.other_word,
    read.cn_numeral,
)
_LATIN_MATCHERS: tuple[Matcher, ...] = (
    read.cancel,
    dates.date_en, read.latin_word, read.week_word_day, dates.whole_month, read.greeting, read.compact_days,
    read.duration,
)
_DAY_NAME_MATCHERS: tuple[Matcher, ...] = (read.day_name, read.other_word, read.greeting, read.lone_half)
_DAY_CHAR_MATCHERS: tuple[Matcher, ...] = (read.other_word, read.day_char)
_OTHER_MATCHERS: tuple[Matcher, ...] = (
    read.cancel, read.any_day, read.nothing_after_colon, read.new_year_day, read.other_word, read.greeting,
    read.lone_half, read.depends_on, read.meeting,
)


def _letters(first: str) -> Callable[[str], bool]:
    """A reader whose words begin only with these Latin letters (still tried at digits and other scripts)."""
    return lambda char: not (char.isascii() and char.isalpha()) or char in first


_STARTS_WITH: dict[Matcher, Callable[[str], bool]] = {
    dates.date_en: _letters("jfmasond"),
    dates.whole_month: _letters("jfasond"),
    read.duration: _letters("aotfsen"),
    read.compact_days: _letters("tsmwf"),
    read.week_word_day: _letters("ntc"),
    read.other_word: OTHER_LENGTHS.__contains__,
    read.greeting: read.GREETING_FIRST.__contains__,
    read.lone_half: "上下早".__contains__,
    read.depends_on: "看".__eq__,
    read.meeting: "开".__eq__,
    read.any_day: "哪".__eq__,
    read.nothing_after_colon: ":".__eq__,
    read.new_year_day: "初".__eq__,
    read.cancel: "取c".__contains__,
}
"""Readers that can only start at some characters: the scanner does not try them anywhere else."""
_BY_CHARACTER: dict[str, tuple[Matcher, ...]] = {}
_CHARACTERS_KEPT = 20_000


def _matchers_for(char: str) -> tuple[Matcher, ...]:
    """The readers worth trying at a character, worked out once per character."""
    found = _BY_CHARACTER.get(char)
    if found is None:
        found = tuple(matcher for matcher in _readers_for(char)
                      if matcher not in _STARTS_WITH or _STARTS_WITH[matcher](char))
        if len(_BY_CHARACTER) < _CHARACTERS_KEPT:
            _BY_CHARACTER[char] = found
    return found


def _readers_for(char: str) -> tuple[Matcher, ...]:
    """The readers for a kind of character: numbers and dates at digits, words at letters, and so on."""
    if char.isascii():
        if char.isdigit():
            return _DIGIT_MATCHERS
        if char.isalpha():
            return _LATIN_MATCHERS
        return _OTHER_MATCHERS
    if char in _CN_NUMERAL_CHARS:
        return _CN_NUMERAL_MATCHERS
    if char in _DAY_NAME_FIRST:
        return _DAY_NAME_MATCHERS
    if char in read.DAY_CHARS:
        return _DAY_CHAR_MATCHERS
    return _OTHER_MATCHERS

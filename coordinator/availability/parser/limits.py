"""A volunteer's own weekly limit: 每周最多两个班 / 一周别超过3次 / 一周一次就好 / max 2 shifts a week.

Read from the text before the grammar, and cut out of it, so that 一周 is not read as Monday and 两次 not as
a time. A count of shifts is a limit when it is capped (最多 / 不超过 / at most / max) or said per week."""

from __future__ import annotations

import re

from .scanner import normalize

_NUMBERS = {"一": 1, "两": 2, "兩": 2, "俩": 2, "倆": 2, "二": 2, "仨": 3, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
            "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "a": 1, "an": 1,
            "a single": 1, "single": 1, "the one": 1}
_TIMES_EN = {"once": 1, "twice": 2, "thrice": 3}

_N = r"(?P<n>[一两兩二三四五六七1-7俩倆仨]|one|two|three|four|five|six|seven|a single|single|the one)"
_WEEK_ZH = (r"(?:每周|每週|一周|一週|每星期|每个星期|一个星期|每礼拜|一个礼拜|每个礼拜|这周|本周|这个星期|下周|下个星期"
            r"|下星期|下个礼拜)(?![一二三四五六七日天1-7]\s*(?:[上下中]午|早|晚|全天|白天|整天|[,，、和跟]))")
"""A week said before a count (每周两个班); 下周一晚上 / 每周三、五 are weekdays, not counts."""
_WEEK_EN = r"(?:(?:a|per|each|every|a single|this|next)\s+(?:week|wk)|weekly|/\s?(?:week|wk|周))"
_AT_MOST = r"(?:最多|至多|顶多|不超过|别超过|不要超过)"
_CAP_AGAIN = r"(?:\s*(?:还是|也就|也|只能|只|就))?"
"""A cap said twice over (最多还是 / 最多只能 / 最多就)."""
_CAP = (r"(?:(?:(?:i'd\s+)?rather\s+)?not\s+(?:do|take|work)\s+more\s+than|(?:don't|do\s+not)\s+give\s+me\s+more\s+than"
        r"|capped\s+at|cap(?:\s+(?:it|me))?\s+at"
        r"|只要|别给我排超过|不要给我排超过|别排超过|排不超过|最多|至多|顶多|不超过|不超|别超过|不要超过|不多于|最多只|只能|只|就"
        r"|max(?:imum)?(?:\s+of)?|at most|no more than|not more than|up to|only|just|limit(?:\s+of)?|限)"
        rf"{_CAP_AGAIN}")
_VERB = (r"(?:(?:能|可以)?(?:(?:给我|帮我)?排我?|给我|帮(?:忙|你们|大家)?(?:值|上|顶)?|上|值班|值|来|接|做|承担|参加|安排)(?:其中)?"
         r"|do|take|work|manage|这|这么)?")
_UNIT = r"(?:个|個)?\s*(?:班|次|趟|回(?!来|家)|时段|shifts?|slots?|times?|sessions?)"
_UNIT_CAPPED = (r"(?:个|個)?\s*(?P<unit>班|次|趟|回(?!来|家)|时段|晚上|晚|下午|上午|天|shifts?|slots?|times|evenings?|nights?"
                r"|afternoons?|mornings?|days|sessions)")
_ENOUGH = "就好|就行|就够了|就够|就可以|即可"
_AFTER = rf"(?:以内|之内|{_ENOUGH}|为宜|为限|封顶|吧|哈)?"
_AMONG = r"(?:里面|里头|当中|中间|之中)"
_PICKED = rf"\s*(?:{_ENOUGH}|吧)?"
_NOT_ALL = r"(?:\s*[，,]?\s*(?:不要|别)\s*(?:[一两二三四五六七]个)?\s*(?:都|全)排)"
"""三个里面挑两个 / 选两个就行，别三个都排: a count picked from the times offered is a limit; 挑一个 alone, from two
alternatives, only says either will do, unless both are refused (挑一个，别两个都排)."""
_BARE_END = r"(?=\s*(?:$|[，,。.！!；;~～)）]|(?:regardless|either way|in total|total|overall|though|tho)(?![a-z])))"
"""Where a bare count (max 1 / 每周 max 3) ends: nothing follows it in its statement (not max 3 hours)."""
_PATTERNS = (
    re.compile(rf"(?P<week>{_WEEK_ZH})\s*(?P<cap>{_CAP})\s*{_VERB}\s*{_N}\s*{_UNIT_CAPPED}(?:\s*{_WEEK_EN})?{_AFTER}"),
    re.compile(rf"(?P<week>{_WEEK_ZH})\s*{_VERB}\s*[一两二三四五六1-6]\s*(?:到|至|-|~)\s*{_N}\s*{_UNIT}{_AFTER}"),
    re.compile(rf"(?P<cap>{_CAP})\s*(?P<week>{_WEEK_ZH})\s*{_VERB}\s*{_N}\s*{_UNIT_CAPPED}{_AFTER}"),
    re.compile(rf"(?P<week>{_WEEK_ZH})\s*{_VERB}\s*{_N}\s*{_UNIT}(?:\s*{_WEEK_EN})?{_AFTER}"),
    re.compile(rf"(?P<cap>{_CAP})\s*{_VERB}\s*{_N}\s*{_UNIT_CAPPED}(?:\s*(?P<week>{_WEEK_EN}|{_WEEK_ZH}))?{_AFTER}"),
    re.compile(rf"(?P<cap>{_CAP})\s*{_VERB}\s*{_N}\s*(?:个|個)?\s*(?P<week>{_WEEK_EN})"),
    re.compile(rf"(?P<cap>排我?|给我排)\s*{_N}\s*(?:个|個)?\s*(?:班|次)\s*(?:{_ENOUGH})"),
    re.compile(rf"(?P<cap>排我?|给我排)\s*[一两二三1-3]\s*(?:到|至|-|~)\s*{_N}\s*(?:个|個)?\s*(?:班|次)"),
    re.compile(rf"(?P<week>{_WEEK_ZH})\s*{_VERB}\s*{_N}\s*(?:个|個)\s*(?P<cap>别超过?|不要超过?|不超过?|以内|之内|没问题|封顶)"),
    re.compile(rf"{_N}\s*{_UNIT}\s*(?:是|为)\s*(?P<cap>上限|极限|封顶)"),
    re.compile(rf"{_N}\s*{_UNIT}\s*(?P<cap>{_ENOUGH})"),
    re.compile(rf"(?<![a-z])(?:can do|do|take|work)\s+{_N}\s+(?P<cap>max|tops|at most)(?![a-z])"),
    re.compile(r"(?<![0-9/])(?P<n>[1-7])\s*(?P<week>/\s?(?:week|wk))(?![a-z])"),
    re.compile(rf"(?P<cap>{_CAP})\s*{_N}\s+of\s+(?:them|those|these)(?![a-z])"),
    re.compile(rf"{_N}\s*{_UNIT}\s*(?P<week>{_WEEK_EN})(?:\s+(?:max|at most|tops))?"),
    re.compile(rf"{_N}\s*{_UNIT}\s+(?P<cap>max|maximum|at most|tops)(?![a-z])"),
    re.compile(rf"{_N}\s+(?P<week>a week|per week|each week)\s+(?P<cap>at most|max|maximum|tops)(?![a-z])"),
    re.compile(rf"(?P<week>{_WEEK_ZH})\s*{_VERB}\s*{_N}\s*{_UNIT_CAPPED}(?:{_ENOUGH})"),
    re.compile(rf"(?P<week>{_WEEK_ZH})\s*{_VERB}\s*{_N}\s*(?:个|個)\s*(?:{_ENOUGH}|封顶)"),
    re.compile(rf"(?P<week>{_WEEK_ZH})\s*(?:能|可以)\s*(?:排我?|给我排|接|值|上)\s*{_N}\s*(?:个|個)(?=\s*(?:$|[，,。.！!；;~～]))"),
    re.compile(rf"(?P<cap>capped\s+at|cap(?:\s+(?:it|me))?\s+at)\s+{_N}(?![a-z0-9])"),
    re.compile(rf"(?P<week>{_WEEK_ZH})\s*(?P<cap>max|maximum|cap|at most)\s*{_N}{_BARE_END}"),
    re.compile(rf"(?<![a-z])(?P<cap>max|maximum|cap)\s*{_N}\s*(?P<week>{_WEEK_EN}|{_WEEK_ZH})?{_BARE_END}"),
    re.compile(rf"{_N}\s*{_UNIT}\s*(?P<cap>以内|之内|封顶)"),
    re.compile(rf"(?<![a-z])(?:do|take|work|cover)\s+{_N}\s+(?P<week>a week|per week|each week)(?![a-z])"),
    re.compile(rf"{_N}\s*{_UNIT}\s*(?P<week>{_WEEK_ZH})\s*(?:{_ENOUGH})"),
    re.compile(rf"(?P<times>once|twice|thrice)\s+(?:{_WEEK_EN})"),
    re.compile(rf"(?P<week>{_WEEK_ZH})\s*(?:only\s+|just\s+)?(?P<times>once|twice|thrice)(?![a-z])"),
    re.compile(rf"{_N}\s+of\s+(?:them|those|these)\s+(?P<week>{_WEEK_EN})"),
    re.compile(rf"(?P<week>{_WEEK_ZH})\s*(?P<cap>{_CAP})\s*{_VERB}\s*{_N}\s*(?:个|個){_AFTER}"
               rf"(?=\s*(?:$|[，,。.！!；;~～]))"),
    re.compile(rf"(?P<week>{_WEEK_ZH})\s*(?P<cap>{_CAP})\s*{_VERB}\s*(?P<n>俩|仨)(?:个|個)?{_AFTER}(?=\s*(?:$|[，,。.！!；;~～]))"),
    re.compile(rf"(?P<week>{_WEEK_ZH})\s*(?:就|只)?\s*(?P<n>一)\s*次(?:{_ENOUGH}|吧)?"),
    re.compile(rf"(?P<week>{_WEEK_ZH}|{_WEEK_EN})\s*(?P<cap>just|only)\s+{_N}\s*(?:{_ENOUGH}|is enough|is plenty)"),
    re.compile(rf"(?P<cap>(?:{_AT_MOST}|max){_CAP_AGAIN})\s*{_VERB}"
               rf"\s*{_N}\s*(?:个|個){_AFTER}"
               rf"(?=\s*(?:$|[，,。.！!；;~～]))"),
    re.compile(rf"(?:[一两二三四五六七]个)?\s*(?P<cap>{_AMONG}\s*(?:挑|选|排我?))\s*{_N}\s*(?:个|個){_PICKED}{_NOT_ALL}?"),
    re.compile(rf"(?P<cap>挑|选)\s*(?P<n>[两二三四五六2-6])\s*(?:个|個){_PICKED}{_NOT_ALL}?"),
    re.compile(rf"(?P<cap>挑|选)\s*(?P<n>一|1)\s*(?:个|個){_PICKED}{_NOT_ALL}"),
    re.compile(rf"(?P<cap>{_AT_MOST})\s*{_VERB}\s*(?P<n>俩|仨){_AFTER}(?=\s*(?:$|[，,。.！!；;~～]))"),
)
_PARTS = {"晚上": "晚上", "晚": "晚上", "evenings": "晚上", "evening": "晚上", "nights": "晚上", "night": "晚上",
          "下午": "下午", "afternoons": "下午", "afternoon": "下午", "上午": "上午", "mornings": "上午", "morning": "上午"}
"""Units that also say when: 一周两个晚上 limits the shifts and offers evenings."""
_CHANGED_TO = re.compile(rf"[^，,。.；;]{{0,6}}[，,]?\s*(?:改成|改为|换成|变成|change it to|make it)\s*{_N}\s*(?:个|個)?")
"""上次说的每周三个班有点多，改成两个吧: the number the limit is changed to."""
_MAYBE = re.compile(r"班|次|时段|晚|shift|once|twice|thrice|week|times|最多|至多|顶多|超过|俩|仨|就够|就好|就行|就可以|即可"
                    r"|max|tops|slot|挑|选|里面|当中|no more than|at most|limit|限|wk|cap|回|每周|一周|下周|这周|本周|星期|礼拜|趟|上限|single|只要|不超"
                    r"|the one", re.IGNORECASE)


def read_limit(text: str) -> tuple[int | None, str]:
    """The weekly limit a message sets, if any, and the message without the words that said it."""
    if not _MAYBE.search(text):
        return None, text
    source = normalize(text)
    for pattern in _PATTERNS:
        for match in pattern.finditer(source):
            found = match.groupdict()
            if not (found.get("cap") or found.get("week") or found.get("times")):
                continue
            if "这" in match.group() and not found.get("week"):
                continue
            limit = _TIMES_EN[found["times"]] if found.get("times") else _count(found["n"])
            end = match.end()
            if (changed := _CHANGED_TO.match(source, end)) is not None and _count(changed["n"]):
                limit, end = _count(changed["n"]), changed.end()
            if limit:
                kept = _PARTS.get(found.get("unit") or "", "")
                if kept and kept in source[:match.start()] + source[end:]:
                    kept = ""
                return limit, f"{source[:match.start()]}，{kept}{source[end:]}"
    return None, text


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS.get(word, 0)

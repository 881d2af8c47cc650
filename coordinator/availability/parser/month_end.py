""""Until the end of the month" as the date it is: 这个月底之前 → 到12月31日, so a pattern it bounds ends there;
年底之前 / until the end of the year likewise ends on 31 December.

月底 alone stays vague (月底请假: which days?); only the end of a stretch of time is this precise."""

from __future__ import annotations

import calendar
import re
from datetime import date

_MONTH = r"(?:(?P<next>下个?|下個)|(?P<month>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])|这个|這個|本)?月份?底"
_ZH = re.compile(rf"(?:一直到|直到|到|(?:until|till|til|through)\s*){_MONTH}(?:之前|以前|前|为止|為止)?"
                 rf"|{_MONTH.replace('?P<', '?P<t_')}(?:之前|以前|前|为止|為止)", re.IGNORECASE)
_CN_MONTHS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11,
              "十二": 12}
_REST_OF_MONTH = re.compile(r"(?:这个月|本月|這個月)(?:剩下|余下|剩余|其余)的?(?:时间|日子|几周|几天|天)?|(?:for )?the rest of "
                            r"(?:the|this) month", re.IGNORECASE)
"""这个月剩下的时间 / the rest of the month: until its last day."""
_YEAR_END = re.compile(r"(?:(?:until|till|til|到|直到)\s*(?:the\s+)?(?:今年|年底|年末|end of (?:the |this )?year))"
                       r"(?:年底|年末)?(?:之前|以前|前|为止|為止)?|(?:今年)?(?:年底|年末)(?:之前|以前|前|为止|為止)")
_EN_MONTH_END = re.compile(r"(?:until|till|til|through|up to|to) (?:the )?end of (?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
                           r"|nov|dec)[a-z]*", re.IGNORECASE)
"""until end of Dec: the last day of that month."""
_EN = re.compile(r"(?:until|till|til|through|up to|to) (?:the )?end of (?P<next>next )?(?:the |this )?month",
                 re.IGNORECASE)


def bounded_by_month_end(text: str, ref: date) -> str:
    """The text with "until the end of (next) month" written as that day."""
    def last_day(next_month: bool, named: int | None = None) -> date:
        year, month = (ref.year + ref.month // 12, ref.month % 12 + 1) if next_month else (ref.year, ref.month)
        if named is not None:
            year, month = (ref.year + 1 if named < ref.month else ref.year), named
        return date(year, month, calendar.monthrange(year, month)[1])

    def chinese(found: re.Match[str]) -> str:
        named = found["month"] or found["t_month"]
        month = None if named is None else int(named) if named.isdigit() else _CN_MONTHS[named]
        day = last_day(bool(found["next"] or found["t_next"]), month)
        return f"到{day.month}月{day.day}日"

    def english(found: re.Match[str]) -> str:
        day = last_day(bool(found["next"]))
        return f"until {calendar.month_abbr[day.month].lower()} {day.day}"

    if "剩" in text or "余" in text or "rest of" in text.lower():
        last = date(ref.year, ref.month, calendar.monthrange(ref.year, ref.month)[1])
        text = _REST_OF_MONTH.sub(f"到{last.month}月{last.day}日", text)
    if "年底" in text or "年末" in text or "end of" in text.lower():
        text = _YEAR_END.sub(f"到{ref.year}年12月31日", text)
    if "月底" not in text and "end of" not in text.lower():
        return text
    def english_month(found: re.Match[str]) -> str:
        named = list(calendar.month_abbr).index(found["mon"][:3].title())
        day = last_day(False, named)
        return f"until {calendar.month_abbr[day.month].lower()} {day.day}"

    return _EN_MONTH_END.sub(english_month, _EN.sub(english, _ZH.sub(chinese, text)))

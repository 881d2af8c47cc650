"""Words every feature uses, in Chinese and English: days, months, slots and how lists are joined."""

from coordinator.i18n import add_messages

add_messages(
    {
        # A day on its own, as in table headers and the availability summary: 三 / Wed.
        "day.short.mon": ("一", "Mon"),
        "day.short.tue": ("二", "Tue"),
        "day.short.wed": ("三", "Wed"),
        "day.short.thu": ("四", "Thu"),
        "day.short.fri": ("五", "Fri"),
        "day.short.sat": ("六", "Sat"),
        "day.short.sun": ("日", "Sun"),
        # A day as it reads in a sentence: 周三 / Wed.
        "day.word.mon": ("周一", "Mon"),
        "day.word.tue": ("周二", "Tue"),
        "day.word.wed": ("周三", "Wed"),
        "day.word.thu": ("周四", "Thu"),
        "day.word.fri": ("周五", "Fri"),
        "day.word.sat": ("周六", "Sat"),
        "day.word.sun": ("周日", "Sun"),
        "slot.morning": ("上午", "Morning"),
        "slot.afternoon": ("下午", "Afternoon"),
        "slot.evening": ("晚上", "Evening"),
        # Month names for dates: the Chinese name already holds 月 (12月3日), the English one is short (Dec 3).
        "month.1": ("1月", "Jan"),
        "month.2": ("2月", "Feb"),
        "month.3": ("3月", "Mar"),
        "month.4": ("4月", "Apr"),
        "month.5": ("5月", "May"),
        "month.6": ("6月", "Jun"),
        "month.7": ("7月", "Jul"),
        "month.8": ("8月", "Aug"),
        "month.9": ("9月", "Sep"),
        "month.10": ("10月", "Oct"),
        "month.11": ("11月", "Nov"),
        "month.12": ("12月", "Dec"),
        "date.month_day": ("{month}{day}日", "{month} {day}"),
        "date.year_month_day": ("{year}年{month}{day}日", "{month} {day}, {year}"),
        "date.range": ("{start}至{end}", "{start} – {end}"),
        # Joining a list of names, days or dates: 甲、乙 / A, B; and whole clauses: 甲；乙 / A; B.
        "list.separator": ("、", ", "),
        "list.clause_separator": ("；", "; "),
    }
)

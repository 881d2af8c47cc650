"""The team's words, Chinese and English, and the tokens each stands for."""

from __future__ import annotations

import re
from collections.abc import Iterable

from coordinator.core.week import Level

from .tokens import Clock, Kind, Meridiem, MonthDay, NewYearDay, Part, Token

HOUR = 60
DAY_END = 24 * HOUR
CANONICAL_SLOTS = frozenset({"morning", "afternoon", "evening"})
LATIN_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")

MORNING = Part("morning", frozenset({"morning"}), (5 * HOUR, 13 * HOUR), Meridiem.AM)
NOON = Part("noon", frozenset(), (12 * HOUR, 14 * HOUR), Meridiem.NOON)
AFTERNOON = Part("afternoon", frozenset({"afternoon"}), (13 * HOUR, 19 * HOUR), Meridiem.PM)
DUSK = Part("dusk", frozenset(), (17 * HOUR, 19 * HOUR), Meridiem.PM)
EVENING = Part("evening", frozenset({"evening"}), (19 * HOUR, DAY_END), Meridiem.NIGHT)
DAYTIME = Part("daytime", frozenset({"morning", "afternoon"}), (5 * HOUR, 19 * HOUR), None)
ALL_DAY = Part("all day", CANONICAL_SLOTS, (0, DAY_END), None)
ANY_TIME = Part("any time", CANONICAL_SLOTS, (0, DAY_END), None)
"""随时 / any time: all day, unless it follows times just offered, when it only says they are fine whenever."""
AFTER_WORK = Part("after work", frozenset(), (18 * HOUR, DAY_END), Meridiem.PM)
LATE_NIGHT = Part("late night", frozenset(), (22 * HOUR, DAY_END), Meridiem.NIGHT)
SMALL_HOURS = Part("small hours", frozenset(), (0, 6 * HOUR), Meridiem.AM)

ALL_DAYS = frozenset(range(7))
SAME = "same"
"""The value of an aside that keeps the week as it was (照旧 / as usual)."""
BUSY = "busy"
"""The value of a refusal that only says how busy one is (今天有点忙): a remark unless it names when."""
DOING = "doing"
"""The value of a refusal that names what one is doing instead (上课 / 接孩子 / 睡觉): often only the reason."""
STORY = frozenset({BUSY, DOING})
"""Refusals that tell how one's days go (最近好忙 / 天天加班): a story or a reason, never a time withdrawn by itself."""
LATER = "later"
"""The value of a hedge about the time after the one stated (之后再说): it leaves the stated time clear."""
KNOWN_BY = "known by then"
"""The value of "I'll know by Wednesday" / 周三前告诉你: talk about when one will know, which leaves a hedge beside it
to be asked about (not explained away, as 定了再说 explains it)."""
ROUGHLY = "roughly"
"""The value of a date said only roughly (月底 / 年底): to ask about when it bounds something, talk when it does not."""
THEN = "then"
"""The value of 到时候再说: about a time still to come (later) after something clear, a hedge after a hedge."""
ANY_DAY = "any day"
"""The value of 哪天都行: of the days named, any; when none are named, every day."""
MARK = "mark"
"""The value of a tick or a cross (✅ / ❌): it says yes or no to the time next to it."""
NO_SUCH_DATE = "no such date"
"""The value of a hedge left where a date that cannot exist (2月30号) bounded a pattern: the pattern stands, the
bound is asked about."""
FROM_NOW = "from now on"
WEEKLY = "weekly"
"""Mondays / fridays: a weekday said in the plural, every week (not 都 pulling days together)."""
"""The value of 以后 before what it governs (以后周三晚上都不行了): a standing change, not one week's."""
WHOLE = "whole"
"""The value of 全, which after a day alone on its line is the whole day (六 全)."""
AS_FOR = "same as"
"""The value of 同 / 跟 between days: "and" (周二跟周四晚上), or "the same as" days named before when the statement
ends there (周五同周一)."""
PLUS = "plus"
"""The value of 加上 / plus: an "and" that may also close a sentence, adding what it follows (周六晚上加上)."""
BACK = "back"
"""The value of "back on", an offer before times (back on weekday mornings) and a return before a date."""
WISH = "wish"
"""The value of talk that wishes someone well (加油 / 新年快乐 / good luck): a part with one names no time of its own
unless it names a day or a time."""
DASH = "dash"
"""The value of a range written as a dash, which between words is a pause instead (as before — just add …)."""
DAY_BEFORE = "the day before"
"""前一天: the weekday before the one just named (周日晚上有空，前一天晚上也行 is Saturday evening too)."""
CONFIRM = "confirm"
"""再确认: of a time named with it (周末再确认 / 其他的再确认一下), the later part, left unasked; alone, a hedge."""
FOR_ME = "for me"
"""for me it's: a time in one's own zone (a reason), or after "so" the conclusion (so for me it's Tuesdays)."""
WORKDAYS = frozenset(range(5))
WEEKEND_DAYS = frozenset({5, 6})


def _days(days: Iterable[int]) -> Token:
    return Token(Kind.DAYS, frozenset(days))


def _part(part: Part) -> Token:
    return Token(Kind.PART, part)


def _date(day: int, month: int) -> Token:
    return Token(Kind.DATE, MonthDay(day, month))


def _level(level: Level) -> Token:
    return Token(Kind.LEVEL, level)


_EN_WEEKDAYS = (
    "mon|mon.|monday|mondy|monady|monnday",
    "tu|tue|tue.|tues|tues.|tuesday|tusday|teusday|tuseday|tuesdy",
    "wed|wed.|weds|wednesday|wensday|wendsday|wedensday|wednsday|wedsday|wednesdy|wednseday|wendesday|wedesday",
    "th|thu|thu.|thur|thur.|thurs|thurs.|thursday|thurday|thrusday|thursdy|thurdsay",
    "fri|fri.|fir|friday|firday|fridy|frday|fridday",
    "sat|sat.|saturday|satuday|saturady|saterday|satday|sataday|saturdy",
    "sun|sun.|sunday|sunady|sundy|sundey|sunda",
)
_EN_WEEKDAYS_PLURAL = (
    "mondays|mons", "tuesdays", "wednesdays", "thursdays", "fridays|fris", "saturdays|sats", "sundays|suns",
)

def _with_half_of_day(words: str, suffix: str) -> str:
    """``sat am`` / ``wkends pm``: a day written with am or pm for its morning or afternoon."""
    return "|".join(f"{word} {suffix}" for word in words.split("|") if word and not word.endswith("."))


_EN_DAY_GROUPS = (
    *((frozenset({index}), words) for index, words in enumerate(_EN_WEEKDAYS)),
    (WEEKEND_DAYS, "weekend|weekends|wknd|wknds|wkend|wkends"),
    (WORKDAYS, "weekday|weekdays|wkday|wkdays"),
)

# (tokens, Chinese spellings and symbols, English spellings); spellings are separated by "|".
_SOMEONE_ELSE_AWAY = "|".join(
    f"{who}{what}"
    for who in ("老公", "老婆", "老伴", "爱人", "先生", "太太", "孩子", "娃", "儿子", "女儿", "闺女", "爸妈", "父母",
                "公婆", "家里人", "家人", "室友")
    for what in ("出差", "不在", "不在家", "回老家", "出去玩", "去旅游", "放假", "休假"))
"""老伴出差了 / 孩子放假了: someone else's absence is why one is free or busy, not one's own leave."""

_ENTRIES: tuple[tuple[tuple[Token, ...], str, str], ...] = (
    # days (周一 … and 一、三、五 are read by the scanner)
    *(((_days({index}),), "", words) for index, words in enumerate(_EN_WEEKDAYS)),
    *(((_days({index}), Token(Kind.EVERY, WEEKLY)), "", words) for index, words in enumerate(_EN_WEEKDAYS_PLURAL)),
    *(((Token(Kind.DAYS, days), _part(MORNING)), "", _with_half_of_day(words, "am")) for days, words in _EN_DAY_GROUPS),
    *(((Token(Kind.DAYS, days), _part(AFTERNOON)), "", _with_half_of_day(words, "pm"))
      for days, words in _EN_DAY_GROUPS),
    *(((_days({index}),), f"周{pinyin}|星期{pinyin}",
       f"zhou {pinyin}|zhou{pinyin}|xingqi {pinyin}|xing qi {pinyin}|zhou{index + 1}|xingqi{index + 1}")
      for index, pinyin in enumerate(("yi", "er", "san", "si", "wu", "liu", "ri"))),
    ((_days({6}),), "星期目|礼拜目", ""),
    ((_days(WEEKEND_DAYS),), "周末|週末|双休|雙休|双休日|周六日", "weekend|weekends|the weekend|wknd|wknds|wkend|wkends"),
    ((), "周末也算|包括周末|周末也包括", "weekends included|weekend included|including weekends|incl weekends"),
    ((_days(WORKDAYS),), "工作日|平日|周中",
     "weekday|weekdays|week day|week days|wkday|wkdays|wkdy|wkdys|workday|workdays|work days|business days|m-f"),
    ((_days(WORKDAYS), _part(EVENING)), "", "weeknight|weeknights|week nights"),
    ((Token(Kind.SOFT_DAYS),), "平时|平常|平時", ""),
    ((_days(ALL_DAYS), Token(Kind.POS)), "周几都行|星期几都行|礼拜几都行|周几都可以|星期几都可以|礼拜几都可以", ""),
    ((_days(ALL_DAYS),), "随便哪天|随便哪一天|任何一天|任意一天|每天|天天|每日|每一天|整周|全周|一周七天|哪天都|哪一天都",
     "every day|everyday|daily|each day|any day|all week|every single day|seven days a week|7 days a week"
     "|the whole week|whole week|all days"),
    # parts of the day
    ((_part(MORNING),), "上半天|上午|早上|早晨|清晨|早间|一早|早班|上午班|上昼|上晝|上五|上屋|上舞|上无|尚午|上吴|上吾|上wu|shang午|早尚|早商|早伤|早山|zao上|早shang|zaoshang",
     "shang wu|shangwu|zao shang|zaoshang|mng|mngs|morning|mornings|mornins|mornin's|morn|moring|morings|mornin|morming|mornig|mornng|mornign|mornigns|mroning|mrng|mrngs|am|ams"),
    ((_part(MORNING), Token(Kind.LIST), _part(AFTERNOON)), "上下午|上、下午|上/下午", ""),
    ((_part(NOON),), "中午|午间|午休|正午|午饭时间|中午休息时间|中午休息的时候|午休时间|午休的时候", "lunchtime|lunchtimes|lunch time|lunch times|lunch|midday|mid-day"),
    ((_part(AFTERNOON),), "下半天|下午|午后|瞎午|虾午|中班|下午班|下昼|下晝|下五|下无|下吴|下吾|下舞|吓午|夏午|虾午|下wu|xia午",
     "xia wu|xiawu|aftnoon|aftnoons|afternoon|afternoons|arvo|aft|afts|aftn|aftns|pm|pms|arvos|afternon|aftrnoon|afternnon|aftenoon|afternoom"),
    ((_part(DUSK),), "傍晚|黄昏", "dusk"),
    ((_part(AFTERNOON), Token(Kind.COLON)), "午:", ""),
    ((_part(EVENING),), "晚上|晚间|晚|夜里|夜间|夜晚|晚班|夜班|晚饭后|晚尚|晚商|晚伤|晚山|碗上|完上|万上|婉上|挽上|晩上|晚shang|wan上",
     "wan shang|wanshang|evening|evenings|night|nights|nighttime|night time|eve|eves|eveing|eveings|evenin|evning|evenning"
     "|evenig|evnings|evenins|evng|evngs|eveng|evengs|evenng|evenngs|evn|evns|evens|evs|nite|nites"),
    ((_part(DAYTIME),), "白天|日间", "daytime|day time|daytimes|during the day"),
    ((_part(ALL_DAY),), "全天|全填|全田|整天|一整天|从早到晚|从早上到晚上|早到晚|全日|任何时段|哪个时段都|哪个时间都|随便哪个时段|随便什么时段"
     "|随便哪个时间",
     "all day|all-day|whole day|full day|the whole day|any time of day|all the time|round the clock"),
    ((_part(ANY_TIME),), "随时|隨時|任何时间|任何时候|什么时候都|啥时候都|几点都|随便几点|随便什么时候|随便啥时候|无论什么时候"
     "|不管什么时候|随便什么时间|什么时间都",
     "any time|anytime|whenever|at any time|any slot|any slots|any shift|any shifts|whatever slot|whichever slot"),
    ((_part(AFTER_WORK),), "下班后|下班以后|下班之后|下班後|回家后|回家以后|到家后|到家以后",
     "after work|after office hours|after hours"),
    ((_part(LATE_NIGHT),), "深夜|半夜", "late night|late nights|late evening|late evenings"),
    ((_part(SMALL_HOURS),), "凌晨", "early morning|early mornings"),
    ((Token(Kind.CLOCK, Clock(12, 0, fixed=True)),), "12 noon|12noon", "noon"),
    ((Token(Kind.CLOCK, Clock(24, 0, fixed=True)),), "午夜|12 midnight", "midnight"),
    # dates relative to the reference date, and holidays
    ((Token(Kind.WEEK, 0),), "这周|这星期|这个星期|这个礼拜|这礼拜|本周|本星期|这週|本週|這週|這個星期",
     "this week|this coming week|this wk"),
    ((Token(Kind.WEEK, 1),), "下周|下星期|下个星期|下个礼拜|下礼拜|下週|下個星期|下個禮拜", "next week|next wk|nxt wk"),
    ((Token(Kind.WEEK, 2),), "下下周|下下个星期|下下週", "week after next|the week after next"),
    ((Token(Kind.FROM), Token(Kind.WEEK, 0), Token(Kind.AFTER)), "", "from this week on|starting this week on"),
    ((Token(Kind.FROM), Token(Kind.WEEK, 1), Token(Kind.AFTER)), "", "from next week on|starting next week on"),
    ((Token(Kind.WEEK, -1),), "上周|上星期|上个星期|上週", "last week"),
    ((Token(Kind.WEEK, 0), _days(WEEKEND_DAYS)), "这周末|这个周末|本周末|這週末", "this weekend"),
    ((Token(Kind.WEEK, 1), _days(WEEKEND_DAYS)), "下周末|下个周末|下週末", "next weekend"),
    ((Token(Kind.WEEK, 2), _days(WEEKEND_DAYS)), "下下周末|下下个周末|下下週末", ""),
    ((Token(Kind.WEEK_OF),), "那周|那一周|那个星期|那个礼拜|那週|所在的那周|所在那周|所在的一周|当周",
     "the week of|week of|wk of|the wk of|week commencing|week beginning|week starting|w/c|w/b"),
    ((Token(Kind.OTHER), Token(Kind.REST_OF_WEEK)), "这周剩下的|本周剩下的|这周余下的|这周其余的|这周剩下的几天|这周剩下几天|本周剩下的几天|这周余下的几天|这周剩下的时间",
     "rest of the week|the rest of the week|rest of this week|the rest of this week|remainder of the week"),
    ((Token(Kind.ONE_OFF), Token(Kind.AFTER)), "", "from then on|from that day on|from that day onwards|from then onwards"),
    ((Token(Kind.ONE_OFF),), "这几天|那几天|这些天|那些天|那天|这天|当天|那一天|这一天|那日|当日|那两天|当晚|那晚|那天晚上", ""),
    ((Token(Kind.RELDAY, 0),), "今天|今日", "today"),
    ((Token(Kind.RELDAY, 1),), "明天|明日", "tomorrow|tmr|tmrw|tmw"),
    ((Token(Kind.RELDAY, 1), Token(Kind.LIST), Token(Kind.RELDAY, 2)), "明后天|明后两天|明天后天|明後天", ""),
    ((Token(Kind.RELDAY, 2),), "后天|後天", "day after tomorrow|the day after tomorrow"),
    ((Token(Kind.RELDAY, 3),), "大后天|大後天", ""),
    ((Token(Kind.RELDAY, -1),), "前天|昨天", "yesterday"),
    ((Token(Kind.RELDAY, 0), _part(EVENING)), "今晚", "tonight"),
    ((Token(Kind.RELDAY, -1), _part(EVENING)), "昨晚", "last night"),
    ((Token(Kind.RELDAY, 1), _part(EVENING)), "明晚", ""),
    ((Token(Kind.RELDAY, 1), _part(MORNING)), "明早|明天一早", ""),
    ((Token(Kind.MONTH, 0),), "这个月|本月|這個月", "this month"),
    ((Token(Kind.MONTH, 1),), "下个月|下月|下個月", "next month"),
    ((_date(1, 1),), "元旦", "new year's day|new years day"),
    ((_date(24, 12),), "平安夜", "christmas eve|xmas eve|x-mas eve|christmas eve's"),
    ((Token(Kind.DATE, NewYearDay(-1)),), "除夕|除夕夜|大年三十|年三十|大年夜|年三十晚上", "chinese new year's eve|cny eve"),
    ((Token(Kind.DATE, NewYearDay(0)),), "大年初一|正月初一|年初一", "chinese new year's day|cny day"),
    ((Token(Kind.DATE, NewYearDay(1)),), "大年初二|正月初二|年初二", ""),
    ((Token(Kind.DATE, NewYearDay(2)),), "大年初三|正月初三|年初三", ""),
    ((_date(25, 12),), "圣诞|圣诞节|聖誕節", "christmas|christmas day|xmas"),
    ((_date(31, 12),), "", "new year's eve|new years eve"),
    ((_date(1, 10), Token(Kind.RANGE), _date(7, 10)), "国庆|国庆节|國慶|国庆假期", "national day holiday"),
    # what a clause says about the times it names
    ((Token(Kind.POS),),
     "可以|可|能|行|有空|有時間|有时间|空闲|没问题|沒問題|方便|可做|能做|能上|可上|值班|能够"
     "|皆可|均可|不错|帮忙|帮点忙|帮个忙|帮上忙|帮得上忙|帮把手|其次|次选|不上班|不用上班|不用上课|没课|可以上班|能上班|可上班|来上班|没事|没什么事|不行的话|实在不行|不然的话|不然|否则",
     "ok|okay|fine|good|available|free|can|could|can do|able|works|work for me|works for me|ke yi|keyi|mei wen ti"
     "|would work|will work|happy to|glad to|able to|be able to|am able to|i am able to|i'm able to|sure|yes|yeah|yep|around|no problem|count me in|suits me"
     "|are open|is open|i'm open|am open|doable|definitely|for sure|deffo|no class|no classes|no lectures|no school|help out|helping out|pitch in|lend a hand|happy with|happy with both|happy with either"),
    ((Token(Kind.POS),), "不加班|不用加班|没加班|待到结束|待到最后|可以待到结束|能待到结束", "stay till the end|stay until the end"),
    ((_part(ALL_DAY), Token(Kind.POS)), "时间随意|时间随便|時間隨意|時間隨便|隨意|随意|都随意|时间都可以|什么时间都可以|时间都行|时间都ok",
     "any time works|anytime works"),
    ((Token(Kind.ASIDE, SAME), Token(Kind.TOO)), "", "as before, plus|as usual, plus|as before plus|as usual plus"),
    ((Token(Kind.ASIDE, SAME),), "还可以|还行|还是可以|照样可以|照样行", ""),
    ((Token(Kind.ASIDE, SAME),), "还是原来的时间|时间还是原来的|还是原来的|原来的时间|还是之前的时间|时间还是之前的|照上面|按上面|按照上面|照上面的|按上面的|如上|其他照上面|其他按上面|其余照上面|其他的照上面"
     "|其他时间照上面|其他按照上面", "as above|as listed above"),
    ((Token(Kind.POS, MARK),), "✅|✔|☑|⭕|✓|√", ""),
    ((Token(Kind.ASIDE, SAME), Token(Kind.POS)), "正常排|正常排班|正常排我|照常排|照常排我", ""),
    ((Token(Kind.POS),), "有个空档|有空档|空档|有个空当|空当|空出来|能空出来|有空闲", ""),
    ((Token(Kind.NEG, MARK),), "❌|✖|✗|✘|❎|🚫|⛔|🙅|×|✕|☐|□|⬜", ""),
    ((Token(Kind.NEG),), "休息|要休息|想休息|得休息|休息一下", "rest|resting|need a rest|need rest"),
    ((Token(Kind.EVERY), Token(Kind.POS)), "都行|都可以|都空|都空着", ""),
    ((Token(Kind.EVERY, ANY_DAY), Token(Kind.POS)), "哪天都行|哪天都可以|哪天都ok|哪一天都行|随便哪天都行", ""),
    ((Token(Kind.POS),), "雷打不动|保证能来|肯定能来", "rock solid"),
    ((Token(Kind.POS), _part(MORNING)), "能上午|可上午|是上午|是早上", ""),
    ((_part(MORNING), Token(Kind.COLON)), "早:", ""),
    ((_part(AFTERNOON), Token(Kind.COLON)), "中:", ""),
    ((Token(Kind.POS), _part(AFTERNOON)), "是下午", ""),
    ((Token(Kind.POS), _part(EVENING)), "是晚上", ""),
    ((Token(Kind.POS), _part(ALL_DAY)), "是全天|是一整天", ""),
    ((Token(Kind.TOO), Token(Kind.POS)), "也行|也可以", "ye xing|ye keyi|ye ke yi"),
    ((Token(Kind.TOO, PLUS), Token(Kind.POS)), "另外加上|另外加|另加上|也加上|也加|也算上|也加进去|加进去|也加进来|加进来|也排进来|也排进去|加个|加|多排|多排我|多排几次|多排点", ""),
    ((Token(Kind.TOO, SAME),), "同上", "ditto"),
    ((Token(Kind.TOO),), "呢也是|呢也|照这个来|照这个|按这个来|按这个|照此|亦然|亦是|亦可|也如此|亦如此|同一时段|同一个时段|同一个时间|相同时段|同样时段|同个时段|同时段|同样如此|也这样|也是这样|同理|在我之前报的基础上|在之前的基础上|在原来的基础上|基础上|外加|再外加|多加个|多加一个|多加|同样道理|同一时间|同样时间|相同时间|一样时间|同一个时间|再加一个|再加个|再加上|加一个|再加|补充|再补充|补充一个|再补充一个|再补一个|补一个|再补个|补个|也|也是|同样|一样|一样的时间|同样的时间|时间一样|也一样",
     "so does|so do|and so does|likewise|too|as well|also|same|the same|same time|same for|the same for|same again"),
    ((Token(Kind.SAME_DAYS, DAY_BEFORE),), "前一天|前一晚|头一天|前一天的", "the day before"),
    ((Token(Kind.SAME_DAYS),), "同样那几天|同样的几天|这几天同样|那几天也|这几天也",
     "the same days|same days|those same days|those days too|the same days too"),
    ((Token(Kind.COMMA), Token(Kind.NEG, DOING)), "",
     "then i'm out|then i'm off|then i'm busy|then i have plans|then i've got plans|then i have to go|then i need to go"
     "|then i'm meeting|then i'm having|then i'm seeing|then i'm taking|then i take|after that i take|after that i'm"),
    ((Token(Kind.TOO, PLUS),), "", "add|just add|please add|adding|also add|add me for|add me on|can you add|could you add"
     "|can u add|could u add|can you please add|could you please add|pls add|plz add|can you also add|could you also add"
     "|with the addition of|in addition|additionally"),
    ((Token(Kind.NEG, BUSY),), "忙|很忙|太忙|比较忙|有点忙|挺忙|好忙|特别忙|超忙|身体不太好|身体不好|身体不舒服|身体欠佳"
     "|累死了|好累|太累了|很累|累坏了|累趴了|累成狗|累瘫了|累瘫|困死了|好困|忙成狗|忙死了|有点赶|比较赶|会有点赶|有点紧",
     "busy|swamped|packed|are packed|is packed|slammed|booked up|fully booked|not feeling well|under the weather|long day at work|long day|a long day|long week|hectic|exhausted|tired"
     "|crazy day|a crazy day|busy day|mad day|rough day|hectic day|manic day|crazy week|mad week"),
    ((Token(Kind.NEG, DOING),),
     "要辅导|辅导孩子|辅导作业|要带|得带|泡在|泡实验室|在实验室|要参加|得参加|要回我妈那边|回我妈那边|回我妈家"
     "|有 class|有class|有 lecture|有lecture|有 lab|有lab|有 seminar|有party|有 party|有派对|有聚会|去菜市场|要去菜市场"
     "|逛菜市场|去超市|要去超市|逛超市|在学校|在学校上课|在上课|打羽毛球|打球|打篮球|打乒乓球|打网球|踢球|踢足球|跑步|练琴|跳舞|跳广场舞|广场舞|上课|有课|有早读|早读|早自习|有早自习|泡图书馆|要泡图书馆|去图书馆|要去图书馆|在图书馆|单位有会|公司有会|有会|要开会|有个会|加班没办法|上班没办法|要上班没办法|带班|要带班|带课|要带课|收拾行李|要收拾行李|收拾东西|要收拾东西|打包行李|要打包|搬家|要搬家|照看孙子|照看孙女|照看孩子|照顾孙子|照顾孙女|带孙子|带孙女|有早课|早课|有晚课|晚课|中间要去|中间得去|中间要|中间得|加班|上班|要上班|得上班|在上班|要工作|上学|要上学|上网课|有网课|要上网课|网课|补课|要补课|去补课|实习|在实习|要实习|去实习|晚自习|上晚自习|满课|课满|上补习班"
     "|四六级|考四六级|考四级|考六级|四级考试|六级考试|英语四级|英语六级|要上补习班|补习班|上兴趣班|要上兴趣班|兴趣班|在公司|在单位|要送|送孩子|送女儿|送儿子|接女儿|接儿子|要值夜班|得值夜班|要上夜班|得上夜班|上夜班|带孙子|带孙女|带孩子|看孩子|陪家人"
     "|陪孩子|赶车|要赶车|赶飞机|赶火车|要赶火车|要赶飞机|午睡|要午睡|做饭|要做饭|接孙子|接孙女|接小孩|接人|要接人|接送|补觉|要补觉|睡觉|要睡觉|要陪|得陪|要接孩子|接孩子|要带娃"
     "|带娃|接娃|要接娃|睡懒觉|要睡懒觉|买菜|要买菜|去买菜|要去买菜|得去买菜|做家务|要做家务|遛狗|要遛狗|去遛狗"
     "|有考试|考试|要考试|期末考|期末考试|有饭局|饭局|有面试|面试|要面试|有培训|要培训|搬家|要搬家|健身|去健身|要健身"
     "|练车|要练车|去驾校|有约|约了人|看牙|看病|要看病|打针|值夜班|干活|要干活|帮家里干活|喂奶|要喂奶|哄睡|要哄睡|哄娃|哄孩子|带儿子|带女儿|游泳课|上游泳课|家长会|开家长会|教研会|开教研会"
     "|轮夜班|轮三个夜班|轮两个夜班|都是夜班|全是夜班|接老大|要接老大|接老二|要接老二|送老大|送老二|接孩子放学|接放学|年会彩排|彩排|要彩排|排练|要排练|有固定的课|固定的课|有固定课|固定课|要开会|得开会|要开部门会|开部门会|部门会|要开例会|公司例会|部门例会|聚餐|家庭聚餐|陪爸妈吃饭|吃年夜饭|年夜饭",
     "holiday drinks|holiday party|holiday parties|holiday dinner|office party|christmas party|work party|exam|an exam on|my exam on|revise|revising|need to revise|school pickup|school pick-up|pickup|pick-up|school run|pick up the kids|pick up my kids|new job starts|my new job starts|lunch plans|dinner plans|brunch plans|lunch date|i have an exam|have an exam|an exam|exams|my exam|appointment|appointments|dentist|doctor's|choir practice"
     "|band practice|rehearsal|swim lessons|piano lessons|lessons|babysitting|i babysit|looking after|taking care of"
     "|leave for work|leave for school|have to leave|gotta leave|need to leave|head to work|head off to work"
     "|family dinner|dinner with|have dinner|having dinner|dinner plans|team meeting at work|work meeting|meetings at work"
     "|football|soccer|basketball|swim practice|yoga|is football|is soccer"
     "|family lunch|lunch with family|church|i work|i'm working|i am working|at work|stuck at work|i teach|i'm teaching|i am teaching"
     "|at the office|in the office|at the lab|at the clinic|at the hospital|at the shop|at the store|at school"
     "|for lunch|meeting a friend|a friend for lunch|lectures|are lectures|have lectures|seminars|tutorials|with work|because of work|with uni|with school"),
    ((Token(Kind.NEG),),
     "不行|不可以|不能|不太行|不太方便|不方便|不了|不|没空|沒空|没时间|沒時間|没有空|沒有空|没有时间|无法|退出|退出了|不做了|不干了|不来了|沒法|没法|没办法|做不了|上不了|来不了"
     "|值不了|有事|走不开|抽不开身|脱不开身|去掉|删掉|拿掉|划掉|去除|起不来|起不了|起不来床|无|不想|不太想|最好别排|最好不要排|不用排我|不用排|不要排了|不用给我排|别排|别排我|不要排|不要排我|别给我排|不排|别找我|别叫我|也别找我|也别叫我|不要找我|不要叫我"
     "|就算了|算了|课都在|课基本都在|课都排在|课基本都排在|课排在|取消吧|取消掉|帮我取消|取消了吧|取消我|给我取消|长期取消|都取消|全部取消|别再排我|别再排|不要再排我|不要再排|别再给我排|不用再排我|不用再排|退了|退掉|先撤了|撤了|木有|木有空|木有时间|找人替|找人替一下|找人顶|找人顶一下|找人代班|找人代|帮我找人替"
     "|帮忙找人替|要去|得去",
     "no|not|can't|cant|cannot|can not|won't|wont|unable|unavailable|don't|dont|never|not available|bu xing|buxing"
     "|no good|doesn't work|don't work|won't work|not free|no longer|dropping|drop"
     "|nothing on|nothing at|nothing for|tricky|are tricky|is tricky|are hard|is hard|difficult|are difficult|minus|remove|please remove|pls remove|scratch|are off the table|is off the table|off the table|off my list|off the list|off my schedule|off the roster"
     "|give up|have to give up|giving up|gotta give up|need to give up|doesn't|does not|do not|isn't|is not|aren't|are not|wouldn't|couldn't|won't be able"
     "|won't be able to|will not be able to|wouldn't be able to|not be able to|not able to|unable to|isn't able to"
     "|x|are out|is out|'s out|skip 我|skip我|skip me|please skip me|take me off|remove me from|drop me from|take off|cross off|rather keep free|keep free"
     "|keep it free|keep them free|rather not|prefer not|prefer not to|would rather not|n/a|none|nope"
     "|at uni|at college|in class|in classes|in lectures|at the gym|at my job|on the job|on shift|at the library"
     "|at church|at the church|at the studio|with family|with my family|with the kids|with my kids|family time|wiped out|worn out|exhausted|too tired"
     "|knackered|dead tired|impossible|are impossible|is impossible|out of the question"),
    ((Token(Kind.LEAVE),),
     "婚礼|参加婚礼|喝喜酒|要出去|得出去|出去|体检|去体检|去医院|复查|假|请假|請假|请个假|请一天假|请两天假|请半天假|请了假|请长假|休假|出差|不在|外出|旅游|旅行|度假|回老家|回趟老家|回一趟老家|回趟家|回一趟家|回婆家|回娘家|走亲戚|探亲|回国|出国|出远门|在外地|去外地|外地|暂停|回家|出去玩|出游|出门",
     "off|away|out|leave|i'm out|im out|i am out|be out|will be out|on leave|take leave|taking leave|annual leave"
     "|sick leave|miss|will miss|missing|on holiday|on vacation|vacation|holiday|holidays|travelling"
     "|traveling|out of town"
     "|out of office|ooo|day off|days off|time off|not around|be away|sick|travel|on a trip|business trip|trip"
     "|gap|only gap|the only gap|wedding|a wedding"),
    ((_level(Level.STANDBY),),
     "真的没人|实在没人|真没人|没人的话|实在找不到人|找不到人的话|机动|機動|补位|補位|替补|替補|候补|候補|备用|备班|後备|后备|後備|救急|应急|顶班|顶一下|顶个班|帮忙顶|备选|待命|候命|需要的话|如果需要|有需要"
     "|需要时|需要的时候|必要时|必要的话|缺人的话|缺人时|缺人|排不开才|排不开再|排不过来才|排不过来再",
     "backup|back-up|back up|standby|stand-by|stand by|on standby|on call|on-call|if needed|if need be"
     "|when needed|as needed|if necessary|when necessary|in a pinch|if someone drops|if someone cancels"
     "|if anyone drops|if someone can't|if you need me|if you need|if required|if short|if you're short"
     "|fill in|fill-in|reserve|as a backup|as backup|emergency|emergencies|in an emergency"
     "|only if you can't find anyone else|if you can't find anyone else|if you can't find anyone"
     "|only if you really can't find anyone|if you really can't find anyone|if you really can't find anyone else"
     "|only if you really can't find anyone else|only if you can't find anybody else|if you can't find anybody else"
     "|only if you really can't find anybody else|if you really can't find anybody else|if you cannot find anyone else"
     "|only if you cannot find anyone else|only if there's no one else|if there's no one else|if there is no one else"
     "|if really need people|only if really need people|if really need|only if really need|if you can't get anyone|if you really can't get anyone"
     "|if you really need|if you really need someone|if you really need me|if you're really stuck|if you are really stuck"
     "|really stuck for people|stuck for people|if you're really short|as a last resort|last resort"
     "|if you're stuck|if you are stuck|if you're desperate|if you get stuck|if no one else can|only if nobody else can|if nobody else can|only if no one else can"),
    ((_part(ALL_DAY), _level(Level.STANDBY)), "随叫随到|隨叫隨到", ""),
    ((_level(Level.STANDBY),), "只是备选|只当备选|只能备选|只算备选|只作备选|只是候补|只是备用|只是替补|只是机动|只当备用|只做备用|只能备用|只是后备|除非实在没人|除非没人|除非缺人|实在没人的话|实在没人|只能机动|只能当机动|只能做机动|只能算机动|只能 standby|只能standby|只能当替补|只能替补",
     "only standby|only as standby|only as backup|only as a backup|backup only|standby only"),
    ((_level(Level.PREFERRED),),
     "最好|优先|優先|尽量|儘量|尽可能|理想|最理想|首选|首選|更喜欢|最喜欢|比较好|比较喜欢|偏好|倾向|更方便|最方便|最合适|希望"
     "|最想|最想上|更想|更好|更好一点",
     "prefer|prefers|preferred|preferably|ideally|ideal|best|would rather|rather|favourite|favorite"
     "|is better|better for me|is better for me|works better|suits me better|would be my pick|my pick|my first choice|first choice|top choice"),
    # how clauses and phrases are put together
    ((Token(Kind.OTHER),),
     "其他|其它|其余|其餘|后面几天|后几天|其余几天|剩下几天|其他几天|其它几天|其他天|其它天|其余天|别的天|其他的天|其他的日子|其他时间|其它时间|其余时间|其他時間|别的时间|其他时候|其他日子|剩下的|剩下|别的|另外的时间",
     "other|others|else|anything else|other times|other days|the rest|rest of the time"
     "|otherwise|any other time|all other times"),
    ((Token(Kind.EXCEPT),), "除了|除|除去|除开|不包括|不含",
     "except|except for|excluding|apart from|other than|but not|aside from"),
    ((Token(Kind.EXCEPT_END),), "外", ""),
    ((Token(Kind.EXCEPT_POST),), "以外|之外|除外|不算", ""),
    ((Token(Kind.ONLY),), "只有|只|仅|僅|仅有", "only|just the"),
    ((Token(Kind.CONTRAST),), "不过|不過|但是|但|可是|然而|只是", "but|however|though|although"),
    ((Token(Kind.CONTRAST), Token(Kind.VAGUE)), "不过要看|不過要看|但是要看|但要看|可是要看|只是要看|不过得看|但得看|不过还要看"
     "|不过还得看|但还要看|但还得看", ""),
    ((Token(Kind.CONTRAST), Token(Kind.ONLY)), "不过要|不過要|但是要|但要|可是要|只是要|但得|不过得", ""),
    ((Token(Kind.ONLY), Token(Kind.RANGE)), "最多到|最晚到|顶多到|最迟到|最多待到|最晚待到|最多只能到", ""),
    ((Token(Kind.ALSO),), "然后|然後|另外|还有|還有|此外", "and also"),
    ((Token(Kind.SO),), "所以|因此", "so"),
    ((Token(Kind.QUESTION),), "了没|了没有|了吗", ""),
    ((Token(Kind.BECAUSE, FOR_ME),), "", "for me it's|for me that's"),
    ((Token(Kind.BECAUSE),), "因为|因為|由于|由於|对我来说|对我而言|我这边是|我这里是|我这边刚好是|是我这边的|是我这里的"
     "|你们的上午|你们的下午|你们的晚上|你们的白天|你们那边的上午|你们那边的下午|你们那边的晚上",
     "because|because of|'cause|cuz|coz|since i|since i'm|since i've|since i'll|since my|since we|since we're"
     "|since it's|since there's|since our|since he|since she|since they|since he's|since she's|since they're"
     "|my time|my local time|which is my|that's my|that's lunchtime|that is lunchtime"
     "|that's breakfast time|that's early morning|that's late evening|that's the middle of the night"
     "|your mornings|your afternoons|your evenings|your morning|your afternoon|your evening|your nights|your night"
     "|your daytime"),
    ((Token(Kind.LIST),), "要不|要不就|要么|要不然就|要不然|不然就|和|及|以及|与|與|、|或|或者|&|/|+", "and|or|as well as|n|'n'"),
    ((Token(Kind.LIST, PLUS),), "加上", "plus"),
    ((Token(Kind.LIST, AS_FOR),), "同|跟", ""),
    ((Token(Kind.RANGE),), "到|至", "to|through|thru"),
    ((Token(Kind.RANGE, DASH),), "-|–|—|―|−|~|〜", ""),
    ((Token(Kind.UNTIL),), "'til", "until|till|til|up to|up until|up to and including|up until and including"
     "|until and including|till and including|through to"),
    ((_part(EVENING), Token(Kind.POS)), "晚上正常|晚上照常", ""),
    ((_part(MORNING), Token(Kind.POS)), "上午正常|上午照常", ""),
    ((_part(AFTERNOON), Token(Kind.POS)), "下午正常|下午照常", ""),
    ((Token(Kind.POS), Token(Kind.TOO)), "", "work again|works again|free again|available again|can do again"),
    ((), "不好排的话|不好排|寒假回家后|放假回家后|过年回家后", "timetable finally out|timetable is out|timetable out"
     "|schedule is out|schedule out|schedule finally out|rota is out|results are out|timetable came out|schedule came out"),
    ((), "", "can't believe|cant believe|cannot believe|can't wait|cant wait"),
    ((Token(Kind.ASIDE, SAME),), "", "i'm back to normal|i am back to normal|i'm back to the usual|i'm back to my usual"),
    ((Token(Kind.POS),), "", "i'm back to|i am back to|i'll be back to|going back to|i'm going back to"),
    ((Token(Kind.EVERY, FROM_NOW),), "", "from now on|going forward|from here on|from here on out|from now onwards"),
    ((Token(Kind.FROM),), "从|從|自", "from|starting|starting at|starting from|since|beginning"),
    ((Token(Kind.AFTER),), "再晚|再晚的话|再晚就|再晚了|更晚|更晚的话|再往后", "any later"),
    ((Token(Kind.AFTER),), "以后|之后|以後|之後|后|後|起|开始|開始|往后",
     "after|past|onwards|onward|or later|and later|later|not until|not before|no earlier than|start|starts"),
    ((Token(Kind.BEFORE),), "以前|之前|前", "before|or earlier|and earlier|no later than|not after|by"),
    ((Token(Kind.BEFORE), Token(Kind.ONLY), Token(Kind.POS)),
     "前得走|前要走|前就得走|前就要走|之前得走|之前要走|以前得走|以前要走|前得下线|前要下线|之前得下线|之前要下线"
     "|以前得下线|以前要下线|前下线|之前下线|前得离开|之前得离开|前要离开|之前要离开|前得撤|之前得撤|前走|之前走|以前走|前就走|前就得下线|前就要下线|就得走|就要走|就得下线|就要下线|前必须走|之前必须走|以前必须走|前必须离开|之前必须离开",
     ""),
    ((Token(Kind.ONLY), Token(Kind.POS)), "才行|才可以|才能来|才有空|才能排|才方便|才能值班|才能值|才能上|才来得了|才赶得上",
     "log off|sign off|logoff|offline|go offline|log out|logout"),
    ((Token(Kind.ONLY), Token(Kind.POS), Token(Kind.BEFORE)), "",
     "log off by|log off at|sign off by|log out by|have to log off by|have to log off at|need to log off by"
     "|leave before|need to leave before|have to leave before|gotta leave before|must leave before|got to leave before"
     "|leave by|leave at|have to leave at|have to leave by|gotta leave at|gotta leave by|need to leave at"
     "|need to leave by|must leave by|must leave at|got to leave by|got to leave at"
     "|job starts at|work starts at|class starts at|classes start at|shift starts at|start work at|starts work at"
     "|gotta log off by|got to log off by|must log off by|have to sign off by|have to go by|gotta go by|need to go by"
     "|be out by|have to be out by|gotta be out by|need to be out by|must be out by|out by|be gone by|be off by|to be off by|need to be off by|have to be off by|gotta be off by|got to be off by"
     "|have to be off by|finish by|have to finish by|need to finish by|wrap up by|have to wrap up by"),
    ((Token(Kind.FROM),), "", "at|come at|start at|get there at|get in at"),
    ((Token(Kind.EVERY, WHOLE),), "全", ""),
    ((Token(Kind.EVERY),), "每|每个|每個|都|所有|任何|全部|整个",
     "every|each|any|all|anything|at all|whole"),
    ((Token(Kind.COMMA),), ",", ""),
    ((Token(Kind.COLON),), ":", ""),
    ((Token(Kind.COLON),), "可排:|能排:|可以排:|可排时间:|可值班:|可值班时间:|能值班:|有空:|有空的时间:|可以的时间:", ""),
    ((Token(Kind.STOP),), "。|.|;|!|\n", ""),
    # what makes a message chat, a question, or too vague to act on
    ((Token(Kind.VAGUE, ROUGHLY),),
     "月底|月初|月中|年底|年初|上旬|中旬|下旬|下个月初|下月初|下个月中|下月中|下个月底|下月底|本月初|本月底|这个月初|这个月底", ""),
    ((Token(Kind.VAGUE),), "不一定哪天|说不准哪天|说不定哪天|不知道哪天|不确定哪天|不一定哪个|说不准哪个", ""),
    ((Token(Kind.VAGUE),),
     "需不需要|用不用|放不放假|放不放|上不上课|开不开学|加不加班|出不出差|要不要加班|要不要出差|有没有课|要看|多半|多半可以|不好打包票|打包票|不敢保证|不能保证|保证不了|得看|多不多|没最终确定|还没最后确定|还没定下来|可能|可能会|有可能|也许|也許|或许|大概|不一定|说不定|说不准|看情况|看情況|看安排|到时候看|到时候再定|到时候看情况|到时再说|到时候再看|待定|未定"
     "|再定|再议|说不好|不好说|难说|没准|还不确定|还没定|不太确定|一般|一般是|一般来说|通常|基本上|"
     "不确定|不知道|还不知道|不清楚|估计|好像|应该|确认一下|我忘了|忘了|记不清|不记得|过几天|几天"
     "|某天|某几天|有时|有时候|偶尔|前后|第一周|第二周|第三周|第四周|第五周|最后一周"
     "|第一个星期|第二个星期|第三个星期|第四个星期|最后一个星期|第一个周末|第二个周末|最后一个周末|隔周|隔一周|单周|双周|每两周|每月|每个月",
     "maybe|perhaps|possibly|probably|might|may be|can't promise|cannot promise|can't promise anything|no promises"
     "|all over the place|not 100%|not 100% sure|not a hundred percent|hit or miss|hit-or-miss|iffy|patchy|unpredictable|touch and go"
     "|should be fine|should be ok|should be okay|should work|should be free|not sure|unsure|depends|it depends|usually|mostly|generally"
     "|typically|i think|i forget|i forgot|can't remember|will confirm|to be confirmed|prob|probs|prolly|sometime|some time"
     "|someday|some day|sometimes|occasionally|a few days|a couple of days|a couple days|a while|soon"
     "|later this month|early next month|mid next month|late next month|end of next month"
     "|beginning of next month|start of next month|mid-month|mid month|end of the month|end of month"
     "|beginning of the month|start of the month|tbd|tba"
     "|idk|not certain|hopefully|ish|every other|every second|alternate|alternating|biweekly|bi-weekly"
     "|fortnightly|once a month|twice a month|monthly|first week|second week|third week|fourth week"
     "|final week|last week of"),
    ((Token(Kind.VAGUE),), "八成|八成可以|九成|多半|大概率|十有八九|也差不多",
     "is likely|likely|not guaranteed|no guarantee|no guarantees|no idea|no idea yet|dunno yet"),
    ((Token(Kind.TOO, PLUS),), "", "on top of my usual|on top of my usual ones|on top of my regular|on top of the usual"),
    ((Token(Kind.VAGUE),), "我尽量|尽量吧|我会尽量|尽量来|尽量赶|尽量参加|尽量试试", "i'll try|i will try|i'll try to make it"),
    ((Token(Kind.VAGUE, THEN),), "到时候再说|到时再说", ""),
    ((Token(Kind.VAGUE, CONFIRM),), "再确认|再确认一下", ""),
    ((Token(Kind.VAGUE, KNOWN_BY),), "前告诉你|之前告诉你|前告诉大家|之前告诉大家|前通知大家|之前通知大家|前回复你|之前回复你"
     "|前确认|之前确认|前给你答复|之前给你答复|前答复|之前答复",
     "will know by|i'll know by|should know by|will know on|i'll know on|should know on|find out by|will find out by"
     "|let you know by|i'll let you know by|will let you know by|confirm by|i'll confirm by|will confirm by"),
    ((Token(Kind.VAGUE, LATER),), "另行通知|如有变动另行通知|另行告知|另行安排|晚点再告诉你|晚点告诉你|晚点再告诉|回头告诉你|回头再告诉你|之后告诉你|晚些告诉你|晚点确认|晚点再确认|回头确认|回头再确认|晚些再确认|之后要看|以后要看|之后得看|到时候再告诉|到时候告诉|到时再告诉|到时候再通知|另说|再另说|再说|再看|再议|之后再说|以后再说|之后再看|以后再看|之后再定|然后再说|过后再说|之后再告诉|以后再告诉"
     "|才知道|才能知道|才能确定|出来才知道|定了再跟大家说|定了再说|定了再告诉|确定了再说|确定了再告诉大家|回复大家|回复你们|答复大家|回来再跟大家汇报|回来再汇报|回来再说|回来再告诉大家|再跟大家汇报|再汇报|再告诉大家|再告诉你们|之后告诉|回头告诉|晚点告诉|之后再通知|再通知|之后再报|回头再报|回头再说",
     "after that we'll see|we'll see after that|will see after that|tbd after that|let you know|i'll let you know"
     "|will let you know|let you all know|get back to you|i'll get back to you|update you later|confirm later"
     "|post something firmer|something firmer|i'll try to post|i'll post something|i'll update then|will update then|i'll update you|update then|i'll update later|will update later"),
    ((Token(Kind.COMMA),), "呢,", ""),
    ((Token(Kind.QUESTION),),
     "?|吗|嗎|呢|嘛|几点|幾點|什么|什麼|啥|谁|誰|哪天|哪个|哪個|哪些|哪|怎么|怎麼|是否|能否|可否|有没有|有沒有"
     "|可不可以|能不能|行不行|要不要|是不是|多少|几号|几月|周几|星期几|礼拜几",
     "who|what|what's|which|how|does anyone|can anyone|can someone|could someone|would anyone|is anyone"
     "|anyone want|anyone free|anyone available|anyone able|can you|could you|can we|could we|can i"
     "|could i|should i|shall i|do you|did you|are you|is there|are there|is it|when is|when are|when do"
     "|when does|when will"),
    ((Token(Kind.ASIDE),), "刚好调休|正好调休|刚好轮休|正好轮休|加入|刚加入|新加入|加入了|入群|进群|加群|刚进群|刚入群|面试通过|报名了|刚报名|新来的|刚来的",
     "joined|just joined|started volunteering|just started volunteering|signed up|just signed up|new here"
     "|i'm new|i am new|my first week|my second week|my third week|first week here|second week here"
     "|first time posting|my first time posting"),
    ((Token(Kind.ASIDE),), "见|再见|回头见|見|谢谢|謝謝|感谢|多谢|辛苦",
     "see you|see ya|see u|cya|bye|thanks|thank you|thx|ty|cheers"),
    ((Token(Kind.ASIDE, SAME),),
     "按原来的排|按原来的来|按原来的|按原来排|按原来|照原来的|照原样|老规矩|还是老规矩|同上周|照常排我|还是照常|不作调整|不做调整|无调整|不调整|没有调整|与往常一致|和往常一致|跟往常一致|与以往一致|同往常|无变动|没有变动|没变动|不变动|无变化|不影响|也不影响|都不影响|没影响|不受影响|正常|照常|照旧|照舊|如常|老样子|老樣子|不变|不變|跟上学期一样|和上学期一样|跟上个月一样|和上个月一样|同上学期|恢复|恢復|恢复正常|跟以前一样|和以前一样|跟之前一样|和之前一样"
     "|跟这周一样|和这周一样|同这周|跟本周一样|和本周一样|和上礼拜一样|跟上礼拜一样|同上礼拜|和上个礼拜一样|跟上个礼拜一样|和上星期一样|跟上星期一样|和上个星期一样"
     "|跟上个星期一样|与上周相同|和上周相同|跟上周相同|与上周一样|与之前相同|和之前相同|跟之前相同|与以前相同|安排不变"
     "|老时间|没变化|没有变化|没啥变化|跟原来一样|和原来一样|同以前|跟平时一样|和平时一样|同平时|像平时一样|跟往常一样|和往常一样|照往常|还是老时间|时间不变|跟上周一样|和上周一样|同上周|跟上次一样|和上次一样"
     "|和以往一样|跟以往一样|与以往一样|同以往|跟 last week 一样|和 last week 一样|跟last week一样|和last week一样"
     "|跟 last week 一樣|按上周的来|按上周来|还按上周的|按上周的|照上周的来|照上周来|还是之前那样|跟之前那样|和之前那样|之前那样|还是原来那样|原来那样|跟以前那样|以前那样|还是老样子|跟之前一样|和之前一样",
     "same same|rest of the week as normal|rest of the week as usual|rest of the week the same|rest of week as normal|rest of week as usual|rest as normal|rest as usual|the rest as usual|the rest as normal|everything else as usual|everything else as normal|everything else the same|same deal as last week|same deal as usual|same deal as always|same deal as before|same drill|same drill as last week|same routine|same as ever|same old|same same as before|same days as before|the same days as before|same days as last week|same days as usual|same days as always"
     "|my regular slots|my usual slots|my regular times|my usual times|my regular shifts|my usual shifts"
     "|same as 上周|same as 上次|same as 之前|same as 以前|same as the last couple weeks|same as the last couple of weeks"
     "|same as the past few weeks|same as the last two weeks"
     "|same as last wk|same with last week|same like last week|same like before|same with before|same as always"
     "|my time is same as always|my time is the same|my time is same|my times are the same|usual|the usual|as per usual|same as usual|no changes from me|no change from me|no change from before|no changes from before|no change from last week|no changes from last week|no changes for me|no changes here|no changes on my side|same slots|same times"
     "|same hours|same schedule|same availability|same shifts|as usual|as normal|as before|nothing new|nothing new from me|no news|no news from me|same as last week|same as last time|same as the last few weeks|nothing's changed|nothing changes|nothing's changing|nothing is changing|keep me as is|keep me as i am"
     "|keep me the same|leave me as is|leave me as i am|nothing has changed|nothing changed|no change on my end|same as before|same as usual|same as always|normal schedule|usual schedule"
     "|back to normal|no change|no changes|unchanged|stays the same|stay the same|remains the same|back on the|back by|be back on the|be back by|i'm back on the"
     "|back from the|returning on|return on|回来|就回来|回来了|回来后|回来以后|back|i'm back|be back|will be back"),
    ((Token(Kind.POS, BACK),), "", "back on|i'm back on|be back on|will be back on"),
    ((Token(Kind.POS),), "", "is what i've got|my day off from|it's my day off|the only window i have is"
     "|the only window i have|the only window i've got is"
     "|my only window is|only window i have is|is what i have|is all i've got|is all i have|what i've got"
     "|what i can do|is what i can do|are what i can do|what i can manage|is what i can manage|is all i can manage|all i can manage|what i can handle|is what i can handle|what i can offer|is what i can offer"
     "|are what i can offer|switch to|switching to|moving to|change to|changing to"),
    ((Token(Kind.LEAVE),), "停|暂停|先停|停值|都 offline|都offline|都是 offline|都会 offline|全程 offline", ""),
    ((Token(Kind.NEG),), "停掉|先停掉|停了|停掉吧", ""),
    ((Token(Kind.LEAVE),), "", "can't make it|cannot make it|can not make it|won't make it|won't be able to make it|be offline|i'll be offline|will be offline|offline until|be off the grid"
     "|flying back to|flying home|flying to|flying out|flight home|flight back"),
    ((Token(Kind.CHAT, WISH),),
     "愉快|快乐|快樂|加油|顺利|順利|新年好|节日快乐|圣诞快乐|新年快乐|元旦快乐|出门注意|注意安全|出门小心|路上小心|祝|祝大家"
     "|祝你|祝各位|提前祝|预祝|祝福|多穿点|多穿衣服|注意保暖|保重|多喝热水|大家出门",
     "happy|enjoy|have a great|have a good|have a nice|great weekend|congrats|congratulations|wishing everyone"
     "|wishing you all|wish everyone|wish you all|merry christmas|happy new year|happy holidays|wish me luck"
     "|wish us luck|good luck|best of luck|fingers crossed|keep it up|hang in there|merry"),
    ((), "可以值班的时间:|能值班的时间:|有空的时间:|可以的时间:|可以值班的时间是|能值班的时间是|有空的时间是|可以的时间是"
         "|可以值班的时间如下|能值班的时间如下|有空的时间如下|可以的时间如下|行李|行程|银行|行业"
         "|哪里空着就填哪里|哪里空就填哪里|哪里缺人就排哪里|哪里缺人就填哪里|哪缺人就排哪",
     "which works great|which works well|which works for me|which suits me|which suits me fine|which is perfect"
     "|which is great|which is fine"),
    ((), "了一早上|了一上午|了一下午|了一晚上|了一整天|了一天|了一整晚|了一整个上午|了一整个下午|了一整个晚上", ""),
    ((Token(Kind.CHAT),),
     "不好意思|抱歉|@all|@所有人|@全体|前回复|之前回复|请回复|请大家回复|麻烦回复|可以值班的时间|能值班的时间|有空的时间|可以的时间|请更新|请大家更新|麻烦大家更新|请及时更新|更新下周|请大家填写|请填写|请大家报|麻烦更新|第一次|头一回"
     "|还好|幸好|手忙脚乱|好冷|好热|大家帮忙|帮忙cover|帮忙 cover|帮我cover|帮我 cover|换班|換班|调班|調班|替班|代班|替我|帮我顶|换一下|换个班|换给|换成|换到|调到|调成|取消|别忘|不要忘|记得|提醒"
     "|欢迎|歡迎|会议|會議|开会|開會|例会|咨询|諮詢|捐助人|捐赠人|物流|有问题|问题"
     "|辛苦了|好多啊|早上好|晚上好|下午好|中午好|早安|晚安|今天值班的|今天还在值班的|今天在值班的|今晚值班的|在值班的"
     "|值班的小伙伴|值班的大家|值班的各位|值班的同学|值班的伙伴|值班的同事|值班的朋友|值班的辛苦|直播|感人|系统|有点卡|注意一下|捐款人|捐助者"
     "|刷不出来|刷不出|加载不出来|down了|帮忙顶班|帮我顶班|帮忙代班|后台好卡|好卡|很卡|太卡|后台|发不出去|发不出|回复不了|下雪了|下雨了|培训|分享会|周一好|周末好|周五好|登不上|登不上去|登不进去|打不开|上不去|登录不了|进不去|尽量参加|请参加|记得参加|参加一下|开季度会|季度会|月会|周会|腾讯会议|会议号"
     "|格式不对|格式对不对|格式有问题|格式不正确|这样写对不对|写得对不对|写的对不对|写得不清楚|写的不清楚|写得不对|写的不对|不知道对不对|不知道这样写对不对|不知道这样对不对|不知道写得对不对|不知道写的对不对|不知道格式对不对|不确定格式对不对|不确定对不对|请指出|请大家指出|麻烦指出|麻烦告诉我|请告诉我|麻烦指正|请指正|欢迎指正",
     "@everyone|@channel|swap|swaps|switch|trade|cover for|cover my|covering my|covering for|for covering|cover me|cover 我|covered me"
     "|covered for|owe you|missed|i missed"
     "|sorry i missed|got delayed|take my shift|take over|covering for|reminder|don't forget"
     "|cancelled|canceled|cancel|welcome"
     "|meeting|quiet|went well|good job|great job|great session|well done|i was on|was on"
     "|heads up|thanks everyone|thank you all|emailed|learned|learnt"
     "|watched|session|donor|receipt|training|mood|monthly call|weekly call|the call|zoom call|zoom|reminder|welcome back|welcome back everyone"
     "|monthly meeting|weekly meeting|team meeting|the meeting|tencent meeting|voov"
     "|if that's ok|if that's okay|if that is ok|if that works|if that's fine|if that's alright|if ok"
     "|hope the format is ok|hope the format's ok|hope this format is ok|hope this format works|hope that's the right format"
     "|if the format is off|if the format's off|please shout if|shout if the format|hope this is the right format|not sure if i did this right|not sure i did this right|not sure if this is the right format"
     "|let me know if this is wrong|let me know if the format is wrong|let me know if i got it wrong|let me know if i did it wrong"
     "|my only day off|my only real day off|or both if you're short|or both if needed"
     "|also doing|i'm also doing|i am also doing|also studying|also working|is looking busier|looks busier|looking busier|busier|then i'm off to work|i'm off to work|off to work|off to school|off to class|weekend job|weekend course|weekend class|weekend classes|weekend shift|weekend work|the only window i get|that's the only window|only window i get|the only window|beijing evenings are my early mornings|beijing evenings are my|are my early mornings"
     "|my early mornings|before work. easy|your evenings are my mornings|your mornings are my evenings|my mornings are your evenings"
     "|my evenings are your mornings|time difference|different time zone|time zone|timezone"
     "|or both if you need|or both if necessary|or both if you're stuck|both if you're short|sorting out|sort out"
     "|sorted out|figure out|figured out|figuring out|work out|worked out|working out|find out|found out|check out|laid out|lay out|laid it out|set out|written out|wrote out|spelled out|spelt out|typed out|filled out|fill out|printed out|print out"
     "|i am|we are|you are|they are|he is|she is|night owl|a night owl|early bird|an early bird"
     "|middle of the night|the middle of the night|in the middle of the night"
     "|logged me out|logged out|logging out|log out|logs me out|kicked me out|kicked out|locked out|locked me out"
     "|timed out|times out|sold out|print out|printed out|fill out|filled out|reach out|reached out|point out"),
    # words kept whole so that their characters are not read as something shorter (一点 in 晚一点)
    ((),
     "的帮忙|的帮助|的支持|的付出|的照顾|中间要午睡|中间午睡|中间要休息|中间要睡午觉|中间要睡会|中间不休息|中间不用休息|不用休息|时间上|时间方面|不再赘述|"
     "回家以后时间就多了|回家后时间就多了|回来以后时间就多了|回来后时间就多了|以后时间就多了|之后时间就多了|时间就多了"
     "|时间会多一些|时间就多一些|"
     "遇到|碰到|轮到|想到|说到|提到|做到|找到|聊到|讲到|问到|接到|遇见|值班的时候|上班的时候|"
     "一切|起床|一切正常|一般般|比较晚|很晚|有点晚|挺晚|下班晚|下班比较晚|下班很晚|"
     "哪边缺人|哪边需要|哪天需要|哪个需要|排哪天|排哪个|就排哪天|就排哪个|哪边都行|哪边都可以|看哪边|看哪天|看哪个|"
     f"{_SOMEONE_ELSE_AWAY}|年前最后一周|年前的最后一周|节前最后一周|节前的最后一周|放假前最后一周|日子|的日子|生日|过生日|日本|日语|日文|日剧|日料|日常|日程|日记|日历|日报|日元|纪念日|天天盯|天天盯作业|消息也可能回不了|可能回不了|回不了消息|来着|第二天要早起|第二天|要早起|早起|就这两个|就这几个|就这些|手机应该也没空看|应该也没空看|跟大家说下|跟大家说一下|跟大家说|和大家说一下|和大家说|跟大家讲一下|估计也没空看手机|没空看手机|看手机"
     "|放圣诞假|放圣诞假了|圣诞假|圣诞假期|放元旦假|元旦假期|回家了时间多了|时间多了|只能这么多|就这么多|只有这么多|能来的就这些|能排的就这些|回复可能会慢|回复会慢|回复可能慢|回得慢|回复慢|而且|并且|其他没要求|其他没什么要求|没要求|没有要求|没什么要求|唯一|唯一的|一枚|天天催|天天被催|整个人|整个人都|不好了|二选一|两个选一个|选一个|都排也行|二选一也行|再早|再早的话|更早|我以后|我今后|今后|多一点|多参与一点|参与一点|多做一点|少一点|有一点|一点点|晚了|同仁|各位同仁|同事们|同学们|值班时间|一整周|整整一周|一整个星期|这周比较少|本周比较少|这周时间比较少|这周时间少|这周就这些|这周就这么多|这周只有这些|这么一点|那么一点|这一点|那一点|一点时间|一点儿|一点空|"
     "看你们怎么排|你们怎么排方便|看你们怎么安排|怎么排都行|怎么排方便|怎么排都可以|"
     "寄回来|打回来|发回来|拿回来|带回来|退回来|送回来|要回来|找回来|买回来|捐回来|转回来|传回来|回来夸|回来问|回来找"
     "|回来感谢|回来谢谢|专门回来|一点回来|捐一点|捐点|"
     "看你们哪边缺|看你们哪边缺人|看哪边缺人|看你们哪天缺人|看你们哪个缺|哪边缺人就排哪边|哪个缺人排哪个|看你们需要"
     "|有需要随时排我|有需要随时叫我|有需要随时找我|有需要就排我|随时排我|随时问我|随时找我|随时联系我|随时联系|随时告诉我|随时私聊|随时艾特我|随时@我|大家有空|有空可以看看|周一综合症|周一综合征"
     "|老是缺人|总是缺人|经常缺人|一直缺人|老缺人|总缺人|常常缺人|比较缺人|很缺人|挺缺人|特别缺人|"
     "赶回家|刚下班赶回家|下班赶回家|刚到家|"
     "考试班|报了个考试班|考完|考完试|考完了|期末考完|期末考完了|考试结束|考完以后|"
     "一起|一直|一定|一下|一些|最后|目前|提前|前面|后面|后来|以上|下班|时间|时候|的话|如果|需要|晚饭|晚点|晚回复|回复晚了|回晚了|同学|同事|同志|+1|的礼拜|做礼拜|去礼拜|主日礼拜|教会礼拜|随意安排|随便安排|看着安排|whichever 缺人|whichever缺人|哪个缺人|好晚|到好晚|到很晚|这么晚|那么晚|挺晚|说一声|说一下|讲一声|讲一下|报备一声|跟大家说一声|和大家说一声|跟大家讲一声"
     "|时间不长|时间不多|时间不太多|到时候|到时|新的一年|一年|这一年|一个|两个|三个|四个|五个|几个|一位|三位|之前说|之前说的|之前说过|刚才说|上次说|我说过|之前写|之前报|看哪边缺人|看哪天缺人|看哪里缺人|看哪个缺人|看缺人|第二天早班|第二天上班|第二天要上班|第二天一早|有事随时|随时@我|随时艾特|有事@我|有事找我|随时找我|随时联系|@我|改到|改成了|再多就不行了|再多就不行|再多不行|假如|假设|假的|假期|放假|寒假|暑假|放寒假|放暑假|寒假前|寒假后|暑假前|早点|太晚|晚一点|早一点|一点点|有一点|有点|一点儿|差一点|起来|看到|收到|得到|迟到|早到|至少|完全|外面|不管"
     "|无论|無論|无所谓|不用|不少|不多|行程|应该是|忘了说|忘记说|差点忘了|老大|老二|老三|老幺|快圣诞了|快过年了|快元旦了|快放假了|马上圣诞了|马上过年了|每天跟打仗一样|天天跟打仗一样|跟打仗一样|像打仗一样|三者任一|三者|两者|二者|任一|休年假|休年假了|下夜班|刚下夜班|下了夜班|这些时间|这几个时间|以上时间|以上这些时间|上面这些时间|这些时段|忘了写|忘记写|忘写了|之前忘了写|之前忘写了|弹性上班|弹性工作|参加|增加|加微信|加群|加好友|哪个缺人排哪个|缺哪个排哪个|哪里缺人|哪个缺人|哪天缺人|随便哪天|随便哪个"
     "|哪个都行|哪个都可以|哪天缺人就去哪天|哪天缺人去哪天|哪天缺人|缺人就去|哪个缺人就去哪个",
     "best regards|kind regards|warm regards|warmest regards|many thanks and best regards|best wishes|all the best"
     "|if that's where the gap is|where the gap is|where the gaps are|if there's a gap|wherever the gap is"
     "|have a blessed weekend|have a good weekend|have a nice weekend|have a great weekend|have a lovely weekend"
     "|enjoy the weekend|enjoy your weekend|happy weekend|good weekend all|back to back|back-to-back|uni's out|uni is out|school's out|school is out|term's over|term is over|semester's over|got moved|was moved"
     "|has moved|got changed|was changed|has changed|changed again|to mine|to my schedule|to my slots|to my availability|to my list|to my usual|to my usual ones|to the usual|to what i posted|to what i said|to what i wrote|to my week"
     "|it's all good|but all good|out of the office by then|i'm out of the office by then|i'm out of the office by|i am out of the office by|out of the office by|out of office by|off work by then|by then|night class|night classes|evening class|evening classes|after the holidays|after the holiday|after the break|post again|i'll post|will post|send a new schedule"
     "|send an update|i'll update|off work|day job|travel dates|my travel dates|travel plans|my travel plans|to be|no worries|whichever|either one|pick what you need|whichever works better|whichever works best|whichever is better|whichever is easier|whatever works better|whatever works best|what you need|whatever you need|whichever you need|whatever works|can't wait|cant wait|good morning|good afternoon|good evening"
     "|good night|no prob|no probs"),
)


def _expand(entries: Iterable[tuple[tuple[Token, ...], str, str]]) -> dict[str, tuple[Token, ...]]:
    words: dict[str, tuple[Token, ...]] = {}
    for tokens, chinese, english in entries:
        for word in (*chinese.split("|"), *english.split("|")):
            if word:
                words.setdefault(word, tokens)
    return words


LEXICON: dict[str, tuple[Token, ...]] = _expand(_ENTRIES)


def vocabulary() -> tuple[str, ...]:
    """Every spelling the lexicon knows, for tests that feed the parser its own words."""
    return tuple(LEXICON)

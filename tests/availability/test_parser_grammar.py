"""The parser's grammar, one realistic message per case: days, times, levels, exceptions, leave, chat."""

from __future__ import annotations

from datetime import date, time

import pytest

from coordinator.availability.parser import parse_availability
from coordinator.core.week import DutySlot
from tests.availability.cases import MONDAY, Case, assert_understood, leave

YEAR_END = date(2026, 12, 28)

EARLY = (
    DutySlot("morning", time(8), time(12)),
    DutySlot("afternoon", time(12), time(18)),
    DutySlot("evening", time(18), time(22)),
)
TWO_SHIFTS = (DutySlot("day", time(10), time(16)), DutySlot("night", time(16), time(22)))


UNSURE = {"confident": False}
CASES = [
    # Chinese day sets
    Case("zh-days-dunhao", "周一、三、五晚上可以", "mon,wed,fri:evening"),
    Case("zh-days-bare-run", "一三五晚上有空", "mon,wed,fri:evening"),
    Case("zh-days-bare-range", "一至五晚上都行", "mon-fri:evening"),
    Case("zh-days-full-range", "周一到周五晚上可以", "mon-fri:evening"),
    Case("zh-days-xingqi", "星期二、星期四下午", "tue,thu:afternoon"),
    Case("zh-days-libai", "礼拜六礼拜天全天都可以", "sat,sun:*"),
    Case("zh-days-traditional", "週三晚上可以", "wed:evening"),
    Case("zh-days-bare-commas", "一,四,五晚上可以", "mon,thu,fri:evening"),
    Case("zh-days-wrap", "周五到周一晚上", "fri-sun,mon:evening"),
    Case("zh-days-zhouliuri", "周六日都行", "sat,sun:*"),
    Case("zh-workdays", "工作日晚上可以", "mon-fri:evening"),
    Case("zh-weekend-morning", "周末上午有空", "sat,sun:morning"),
    Case("zh-shuangxiu", "双休日都可以", "sat,sun:*"),
    Case("zh-every-day", "每天晚上都可以", "*:evening"),
    Case("zh-tiantian", "天天下午都有空", "*:afternoon"),
    Case("zh-every-week-day", "每周二晚上", "tue:evening"),
    Case("zh-pingshi", "平时晚上，周末全天", "mon-fri:evening; sat,sun:*"),
    # Chinese parts of the day
    Case("zh-baitian", "周六白天可以", "sat:morning,afternoon"),
    Case("zh-zhengtian", "周日整天都行", "sun:*"),
    Case("zh-wan-short", "周二晚可以", "tue:evening"),
    Case("zh-zhongwu", "中午可以", "*:morning,afternoon=partial"),
    Case("zh-bangwan", "周三傍晚有空", "wed:afternoon=partial"),
    Case("zh-wanban", "我可以做周一和周四的晚班", "mon,thu:evening"),
    Case("zh-day-then-two-parts", "周一上午和下午，周三晚上", "mon:morning,afternoon; wed:evening"),
    Case("zh-evenings-and-weekends", "工作日白天不行，晚上和周末可以", "*:evening; sat,sun:*"),
    Case("zh-day-job", "我白天要上班，晚上可以", "*:evening"),
    # Chinese clock times
    Case("zh-zaoshang-range", "早上九点到一点都行", "*:morning"),
    Case("zh-after-three", "三点以后可以", "*:afternoon=partial; *:evening"),
    Case("zh-after-eight-evening", "晚上八点之后有空", "*:evening=partial"),
    Case("zh-after-ten", "十点以后都行", "*:morning=partial; *:afternoon,evening"),
    Case("zh-before-four", "下午四点以前可以", "*:morning; *:afternoon=partial"),
    Case("zh-before-ten-evening", "晚上十点以前都可以", "*:evening"),
    Case("zh-half-hour", "周四晚上七点半到十点", "thu:evening=partial"),
    Case("zh-liangdian", "两点到六点可以", "*:afternoon=partial"),
    Case("zh-24h", "周五19:00-22:00", "fri:evening"),
    Case("zh-arabic-dian", "周一9点到13点", "mon:morning"),
    Case("zh-fullwidth", "周一至周五　１９：００－２２：００", "mon-fri:evening"),
    Case("zh-tilde", "周六9点~12点", "sat:morning=partial"),
    Case("zh-shierdian", "上午十点到十二点", "*:morning=partial"),
    Case("zh-across-parts", "下午一点到晚上十点", "*:afternoon,evening"),
    Case("zh-morning-to-afternoon", "上午9点到下午7点", "*:morning,afternoon"),
    Case("zh-eight-to-ten", "8点到10点", **UNSURE),
    Case("zh-lone-clock", "周二晚上8点", "tue:evening=partial"),
    Case("zh-lone-clock-in-part", "周六上午10点可以", "sat:morning=partial"),
    Case("zh-after-part", "下午以后都可以", "*:afternoon,evening"),
    # English days and times
    Case("en-weekday-evenings", "weekday evenings", "mon-fri:evening"),
    Case("en-mon-fri-pm", "Mon-Fri 7pm-10pm", "mon-fri:evening"),
    Case("en-tue-thu-amp", "Tue & Thu evenings work for me", "tue,thu:evening"),
    Case("en-slash-days", "I can do Tue/Thu evenings", "tue,thu:evening"),
    Case("en-plural-days", "Tuesdays and Thursdays, afternoons", "tue,thu:afternoon"),
    Case("en-after-4pm", "after 4pm on weekdays", "mon-fri:afternoon=partial; mon-fri:evening"),
    Case("en-before-3pm", "before 3pm on Saturday", "sat:morning; sat:afternoon=partial"),
    Case("en-9-to-1", "Saturdays 9 to 1", "sat:morning"),
    Case("en-noon-to-2", "noon to 2 on Sunday", "sun:morning,afternoon=partial"),
    Case("en-from-7", "from 7 on weekdays", "mon-fri:evening"),
    Case("en-all-day", "all day Saturday", "sat:*"),
    Case("en-daytime", "daytime on weekends", "sat,sun:morning,afternoon"),
    Case("en-nights", "I can do nights", "*:evening"),
    Case("en-any-day-mornings", "mornings only, any day", "*:morning"),
    Case("en-colon-times", "Wednesday 19:00-22:00", "wed:evening"),
    Case("en-ampm-dots", "Friday 1 p.m. to 7 p.m.", "fri:afternoon"),
    Case("en-oclock", "Thursday from 8 o'clock", confident=False),  # 8:00 or 20:00: both in the team's day
    Case("en-mon-thu-dash", "Mon–Thu mornings", "mon-thu:morning"),
    Case("en-weeknights-after", "I'm usually free after 8 on weeknights", confident=False),  # usually: asked
    Case("en-time-first-groups", "evenings on Mon and Wed, afternoons on Fri",
         "mon,wed:evening; fri:afternoon"),
    Case("en-two-groups-and", "weekday evenings and all day Saturday", "mon-fri:evening; sat:*"),
    Case("en-per-day-ranges", "Tue 1-7pm, Thu 7-10pm", "tue:afternoon; thu:evening"),
    Case("en-sat-late-morning", "Sat 10am-2pm", "sat:morning,afternoon=partial"),
    Case("en-until-noon", "until 12 noon on Saturday", "sat:morning=partial"),
    Case("en-after-lunch", "anytime after lunch", "*:afternoon=partial; *:evening"),
    # exceptions and "other times"
    Case("zh-chule", "除了周五，每天晚上都可以", "mon-thu,sat,sun:evening"),
    Case("zh-chuwai", "晚上都可以，周三除外", "mon,tue,thu-sun:evening"),
    Case("zh-chule-yiwai", "除了周二以外都可以", "mon,wed-sun:*"),
    Case("zh-buxing-other", "周二不行，其他时间都可以", "mon,wed-sun:*"),
    Case("zh-evening-no-other", "周二晚上不行，其他时间都可以", "mon,wed-sun:*; tue:morning,afternoon"),
    Case("zh-other-evenings", "周三晚上没空，其他晚上都行", "mon,tue,thu-sun:evening"),
    Case("zh-only-refusal", "我周一周二没空"),
    Case("zh-no-then-yes", "周一不行周二可以", "tue:*"),
    Case("zh-two-statements", "周一晚上可以周三下午也行", "mon:evening; wed:afternoon"),
    Case("zh-other-standby", "周二周四晚上可以，其余时间可做机动",
         "*:*=standby; tue,thu:evening"),
    Case("zh-except-weekend", "除了周末，平时晚上都行", "mon-fri:evening"),
    Case("zh-but-except", "周一到周五都行，但是周三", "mon,tue,thu,fri:*"),
    Case("en-except-evening", "every evening except Wednesday", "mon,tue,thu-sun:evening"),
    Case("en-but-not", "weekday mornings but not Monday", "tue-fri:morning"),
    Case("en-but-day", "any day but Sunday", "mon-sat:*"),
    Case("en-cant-other", "Can't do Fridays. Any other evening is fine.", "mon-thu,sat,sun:evening"),
    Case("en-other-backup", "Thursday evening works, other times as backup", "*:*=standby; thu:evening"),
    Case("en-dont-work", "Mondays don't work, anything else is fine", "tue-sun:*"),
    Case("en-all-week-except", "I'm available all week except Tuesday", "mon,wed-sun:*"),
    Case("zh-only-refusal-rest-fine", "只有周五晚上不行", "mon-thu,sat,sun:*; fri:morning,afternoon"),
    Case("zh-yiwai-postfix", "周五晚上以外都行", "mon-thu,sat,sun:*; fri:morning,afternoon"),
    Case("en-recurring-away", "I'm away Fridays, other evenings fine", "mon-thu,sat,sun:evening"),
    Case("zh-recurring-trip", "每周五都要出差，其他晚上可以", "mon-thu,sat,sun:evening"),
    Case("zh-from-month-on", "12月起每周六上午可以", "sat:morning"),
    # levels
    Case("zh-jidong", "周末机动", "sat,sun:*=standby"),
    Case("zh-available-and-standby", "周一晚上可以，周末可以补位", "mon:evening; sat,sun:*=standby"),
    Case("zh-zuihao", "最好周四晚上，周二晚上也可以", "thu:evening=preferred; tue:evening"),
    Case("zh-youxian", "优先周六上午", "sat:morning=preferred"),
    Case("zh-standby-partial", "周六下午三点以后可以机动", "sat:afternoon,evening=standby"),
    Case("zh-preferred-partial", "最好晚上九点以后", "*:evening=partial"),
    Case("zh-xuyao-dehua", "周末需要的话可以顶一下", "sat,sun:*=standby"),
    Case("en-if-needed", "weekends if needed", "sat,sun:*=standby"),
    Case("en-prefer", "I'd prefer Wednesday evenings", "wed:evening=preferred"),
    Case("en-ideally", "ideally Monday evening, Thursday evening also fine",
         "mon:evening=preferred; thu:evening"),
    Case("en-backup-weekdays", "weekends all day, weekday evenings if needed",
         "sat,sun:*; mon-fri:evening=standby"),
    Case("en-listed-then-backup", "Monday to Thursday evenings, Friday afternoon as backup",
         "mon-thu:evening; fri:afternoon=standby"),
    Case("zh-listed-then-all-standby", "周末，周一晚上都可以做机动",
         "sat,sun:*=standby; mon:evening=standby"),
    # leave
    Case("zh-leave-next-week", "下周请假", leave=leave("2026-11-30..2026-12-06")),
    Case("zh-leave-this-week", "这周都不在", leave=leave("2026-11-23..2026-11-29")),
    Case("zh-leave-date", "12月24日请假", leave=leave("2026-12-24")),
    Case("zh-leave-year-end", "12月30日到1月2日回老家", leave=leave("2026-12-30..2027-01-02")),
    Case("zh-leave-january", "1月5号请假", leave=leave("2027-01-05")),
    Case("zh-leave-earlier-in-year", "3月1日请假", leave=leave("2028-03-01"), ref=date(2027, 3, 8)),
    Case("zh-leave-tomorrow", "明天请假", leave=leave("2026-11-24")),
    Case("zh-leave-next-wednesday", "下周三出差", leave=leave("2026-12-02")),
    Case("zh-leave-next-mon-wed", "下周一到周三请假", leave=leave("2026-11-30..2026-12-02")),
    Case("zh-leave-this-weekend", "这周末不在", leave=leave("2026-11-28..2026-11-29")),
    Case("zh-leave-day-of-month", "15号请假", leave=leave("2026-12-15")),
    Case("zh-leave-month", "下个月请假", leave=leave("2026-12-01..2026-12-31")),
    Case("zh-leave-busy-date", "本周六有事不能值班", leave=leave("2026-11-28")),
    Case("zh-leave-and-slots", "平时周一到周五晚上可以，不过12月10号请假", "mon-fri:evening",
         leave=leave("2026-12-10")),
    Case("zh-leave-range-day-only", "12月1号-5号出差", leave=leave("2026-12-01..2026-12-05")),
    Case("en-leave-next-week", "I'm away next week", leave=leave("2026-11-30..2026-12-06")),
    Case("en-leave-range", "on leave Dec 28 - Jan 4", leave=leave("2026-12-28..2027-01-04")),
    Case("en-leave-slash", "off 1/2-1/5", leave=leave("2027-01-02..2027-01-05")),
    Case("en-leave-tomorrow", "tomorrow I can't do my shift", leave=leave("2026-11-24")),
    Case("en-leave-next-friday", "I'm off next Friday", leave=leave("2026-12-04")),
    Case("en-leave-new-year", "away Dec 31 to Jan 2", leave=leave("2026-12-31..2027-01-02"), ref=YEAR_END),
    Case("en-leave-next-week-new-year", "next week off", leave=leave("2027-01-04..2027-01-10"), ref=YEAR_END),
    Case("en-leave-until", "away until Dec 5", leave=leave("2026-11-23..2026-12-05")),
    Case("en-leave-and-slots", "Weekday evenings are fine, but I'm away Dec 12 to 14", "mon-fri:evening",
         leave=leave("2026-12-12..2026-12-14")),
    Case("en-leave-sick", "sick today, can't make tonight's shift", leave=leave("2026-11-23")),
    Case("zh-leave-whole-month", "12月份请假", leave=leave("2026-12-01..2026-12-31")),
    Case("zh-leave-new-year-day", "元旦请假", leave=leave("2027-01-01")),
    Case("zh-leave-national-day", "国庆回老家", leave=leave("2027-10-01..2027-10-07")),
    Case("en-leave-ordinals", "I'll be away from the 20th to the 27th",
         leave=leave("2026-12-20..2026-12-27")),
    Case("en-leave-day-first", "on holiday 24 Dec - 2 Jan", leave=leave("2026-12-24..2027-01-02")),
    # mixed Chinese and English
    Case("mx-day-part", "周一 evening, 周四 afternoon", "mon:evening; thu:afternoon"),
    Case("mx-weekdays-clock", "weekdays 晚上八点以后", "mon-fri:evening=partial"),
    Case("mx-weekend-backup", "周末 backup", "sat,sun:*=standby"),
    Case("mx-leave", "下周 away", leave=leave("2026-11-30..2026-12-06")),
    Case("mx-pm-range", "周三 7-10pm 可以", "wed:evening"),
    Case("mx-after-pm", "周三 after 7pm", "wed:evening"),
    # layout: a week's header, a day with a dash, ticks and crosses, emoji between sentences
    Case("layout-week-header", "下周安排：\n周二 下午\n周四 晚上\n周五 请假（回老家）", "tue:afternoon; thu:evening",
         leave("2026-12-04")),
    Case("layout-week-header-inline", "我下周的情况：周一、周三晚上能来。周五要去医院，请一天假。", "mon,wed:evening",
         leave("2026-12-04")),
    Case("layout-dash-is-no", "Mon: evening\nTue: -\nWed: evening\nThu: -", "mon,wed:evening"),
    Case("layout-ticks", "Tue evening ✅\nThu evening ✅\nSat ❌", "tue,thu:evening"),
    Case("layout-emoji-ends-a-remark", "Crazy week at work 😩 Tuesday evening works", "tue:evening"),
    Case("layout-date-header", "Starting December 7th: Tuesday mornings.", "tue:morning"),
    Case("zh-rest-refuses", "周六上午可以，周日要休息", "sat:morning"),
    # a weekday and a date said together are one day
    Case("dates-weekday-agrees", "这周三（25号）有事请假", leave=leave("2026-11-25")),
    Case("dates-weekday-disagrees", "这周三（27号）有事请假", **{"confident": False}),
    Case("dates-date-then-weekday-disagrees", "11月27号周三请假", **{"confident": False}),
    Case("dates-two-dates-listed", "12月8号9号请假", leave=leave("2026-12-08..2026-12-09")),
    # a later clause about days already named, across clauses and sentences
    Case("scope-prefer-next-sentence", "Mon, Wed and Fri evenings work. Friday I'd prefer.",
         "mon,wed:evening; fri:evening=preferred"),
    Case("scope-only-one-day-out", "每天晚上都可以，只有周二不行", "mon,wed-sun:evening"),
    Case("scope-level-past-except", "周一到周五晚上都可以，周二除外，周四当替补", "mon,wed,fri:evening; thu:evening=standby"),
    Case("ellipsis-days-after-times", "晚上都行，周一到周三", "mon-wed:evening"),
    Case("scope-only-inside-header", "只能周末：周六全天，周日只有上午", "sat:*; sun:morning"),
    Case("bound-leave-by", "周末晚上可以，不过九点前得下线", "sat,sun:evening=partial"),
    Case("bound-log-off-by", "Friday evening works but I have to log off by 9:30", "fri:evening=partial"),
    # hedged parts withhold what they name; the clear part is kept
    Case("hedge-one-day-of-a-range", "周一到周五晚上，不过周三不一定", "mon,tue,thu,fri:evening"),
    Case("hedge-days-finish-it", "Usually afternoons, Tue–Thu.", **UNSURE),
    Case("hedge-later-about-weekends", "工作日晚上都可以，周末之后再告诉大家", "mon-fri:evening"),
    Case("hedge-ambiguous-hour-part", "周六8点我可以来，周日上午也行", "sun:morning"),
    # corrections and returns
    Case("amend-restated-after-colon", "说错了，是周三不是周一：我能来的是周三晚上", "wed:evening"),
    Case("amend-not-the-date", "Correction: my day off is Dec 4, not Dec 3.", leave=leave("2026-12-04")),
    Case("leave-back-on", "Away from Dec 1 to Dec 6, back on the 7th.", leave=leave("2026-12-01..2026-12-06")),
    Case("leave-rest-of-week-from-day", "From Wednesday I'm out for the rest of the week.",
         leave=leave("2026-11-25..2026-11-29")),
    # tables, headers and marks
    Case("layout-grid-of-parts", "     上午 下午 晚上\n周二  ✓   ✗   ✓\n周六  ✗   ✓   ✗", "tue:morning,evening; sat:afternoon"),
    Case("layout-pipe-table", "Mon | Tue | Wed\n- | eve | aft", "tue:evening; wed:afternoon"),
    Case("layout-predicate-headers", "★可值班★\n周二晚上\n★请假★\n12月3日", "tue:evening", leave("2026-12-03")),
    Case("layout-tick-and-cross-on-a-line", "周二 上午 ✅ 下午 ❌", "tue:morning"),
    Case("layout-thanks-after-the-list", "大家好，my schedule: 周二 evening 和周六 afternoon, thx!",
         "tue:evening; sat:afternoon"),
    Case("continuation-dash-then-add", "Otherwise as before — just add Saturday morning.", "sat:morning"),
    Case("scope-reason-for-exception", "每天晚上都行 except 周二, 周二要上 yoga 课", "mon,wed-sun:evening"),
    Case("team-two-day-digits", "1-5 晚上，67 白天", "mon-fri:evening; sat,sun:morning,afternoon"),
    Case("bound-year-end", "Fri evening 可以, until 年底", "fri:evening"),
    Case("chat-thanks-for-the-week", "谢谢大家这周的辛苦付出🙏", **UNSURE),
    Case("later-next-month", "这个月周末上午都行，下个月再说", "sat,sun:morning"),
    Case("so-is-a-conclusion", "Retired, so mornings and afternoons Mon through Fri work for me.",
         "mon-fri:morning,afternoon"),
    Case("en-help-out", "i can help out as backup any evening", "*:evening=standby"),
    Case("zh-pickup-refuses", "周二到周四上午都可以，下午要接孙子放学", "tue-thu:morning"),
    Case("mx-other-times-taken", "周四 all day，周日 morning。其他时间在 lab", "thu:*; sun:morning"),
    Case("layout-days-then-which", "我只有周末有空：周六上午和周日下午", "sat:morning; sun:afternoon"),
    Case("union-weekend-then-which", "周一或周三的上午，周末的话周日下午", "mon,wed:morning; sun:afternoon"),
    Case("scope-weekdays-only-one", "周末都行，工作日只有周四晚", "sat,sun:*; thu:evening"),
    Case("bound-each-of-those-days", "周一到周三，每天上午十一点前都可以", "mon-wed:morning=partial"),
    Case("bound-said-alone-after-offer", "周二、周四晚上可以，九点以前，太晚了回不了宿舍", "tue,thu:evening=partial"),
    Case("scope-only-standby", "Weekend 全天都可以，Sunday evening 只能 standby 哈",
         "sat:*; sun:morning,afternoon; sun:evening=standby"),
    Case("chat-saw-is-a-word", "I just saw three new emails", **UNSURE),
    Case("leave-rest-from-tomorrow", "从明天起这周剩下几天都来不了", leave=leave("2026-11-24..2026-11-29")),
    Case("leave-rest-starting-day", "Taking the rest of the week off starting Wednesday, back Monday.",
         leave=leave("2026-11-25..2026-11-29")),
    Case("bound-from-next-monday", "From next Monday 开始，每周日 afternoon", "sun:afternoon"),
    Case("layout-as-usual-colon", "1月4号开始恢复正常：周一、周五晚上", "mon,fri:evening"),
    Case("layout-part-with-dash", "MORNING: Mon, Fri\nAFTERNOON: —\nEVENING: Tue", "mon,fri:morning; tue:evening"),
    Case("scope-level-on-a-part-said", "周日上午和下午都可以，下午最好", "sun:morning; sun:afternoon=preferred"),
    Case("ellipsis-only-picks-days", "下午可以，周一和周三；晚上只有周三", "mon,wed:afternoon; wed:evening"),
    Case("team-typo-parts", "周二下吴、周六上屋都可以", "tue:afternoon; sat:morning"),
    Case("bound-rest-of-the-month", "这个月剩下的时间我周一下午可以", "mon:afternoon"),
    Case("partial-in-brackets-after", "周五下午（四点以后）、周日上午", "fri:afternoon=partial; sun:morning"),
    Case("partial-in-brackets-before", "Sunday afternoon (before 4), Monday evening", "sun:afternoon=partial; mon:evening"),
    Case("layout-this-weeks-header", "本周可值班时间：\n周一：晚上\n周六：全天", "mon:evening; sat:*"),
    Case("frame-this-week-offer", "this week i can do wed eve and sat all day", "wed:evening; sat:*"),
    Case("aside-back-from-holidays", "Back from the holidays 🙂 Weekday afternoons are good for me again.",
         "mon-fri:afternoon"),
    Case("layout-pipe-cell-of-two-words", "Mon | Tue | Wed\n - | eve | all day", "tue:evening; wed:*"),
    Case("amend-meant-two-days", "Correction: I meant Monday and Friday mornings, not Tuesday and Friday.",
         "mon,fri:morning"),
    Case("leave-back-on-a-date", "Away Dec 1 to Dec 4, back on Dec 5.", leave=leave("2026-12-01..2026-12-04")),
    Case("team-six-day-is-the-weekend", "二四晚，六日全天", "tue,thu:evening; sat,sun:*"),
    Case("team-spaced-digits", "本周：1 3 5 下午；7 上午", "mon,wed,fri:afternoon; sun:morning"),
    Case("team-am-after-days", "二四 am，六日 晚", "tue,thu:morning; sat,sun:evening"),
    Case("date-then-times-same-day", "这周六上午可以 下午要去接孙女 晚上也行", "sat:morning,evening"),
    Case("ellipsis-days-after-bare-times", "Evenings, Mon to Thu. Fridays I'm wiped out lol", "mon-thu:evening"),
    Case("ask-a-range-of-bare-hours", "周四8点到10点有空", **UNSURE),
    Case("weekday-beside-its-date", "周二周四下午可以，一直到12月18号（周五），之后回老家", "tue,thu:afternoon"),
    Case("level-said-alone", "周一和周五下午可以，周日上午也行但只能当替补", "mon,fri:afternoon; sun:morning=standby"),
    Case("layout-one-line-with-bars", "Mon ❌ | Tue ✅ eve | Sat ✅ all day | Sun ❌", "tue:evening; sat:*"),
    Case("amend-wrong-then-right", "上条写的12月8号请假是错的，应该是12月9号", leave=leave("2026-12-09")),
    Case("amend-actually", "sorry 我之前说 Dec 28 请假，其实是 Dec 29", leave=leave("2026-12-29")),
    Case("continuation-as-usual-zh", "下周跟平时一样～", confident=True),
    Case("team-typo-zhou-wu", "周一到周无晚上", "mon-fri:evening"),
    Case("ellipsis-same-for-another-day", "每周二晚上有空，周四同", "tue,thu:evening"),
    Case("ellipsis-days-in-the-next-sentence", "Evenings work. Mondays and Thursdays, I mean.", "mon,thu:evening"),
    Case("scope-usually-takes-nothing-back", "周二周四下午，周日全天。平时要上班，只有这些时间", "tue,thu:afternoon; sun:*"),
    Case("leave-this-week-from-tomorrow", "从明天起这周都不行了，发烧了🤒", leave=leave("2026-11-24..2026-11-29")),
    Case("bound-weekdays-each-day", "工作日每天下午三点以前都行", "mon-fri:morning; mon-fri:afternoon=partial"),
    Case("layout-day-off-line", "Tue: 7pm onwards\nThu: 7pm onwards\nSat: off", "tue,thu:evening"),
    Case("union-happy-with-both", "Either Tuesday evening or Saturday afternoon — happy with both",
         "tue:evening; sat:afternoon"),
    Case("leave-only-gap", "Same schedule as before. Only gap is Jan 6–8, I'm travelling.",
         leave=leave("2027-01-06..2027-01-08")),
    Case("chat-system-trouble", "donor 系统今天登不上去，大家也是吗？", **UNSURE),
    Case("hedge-not-yet-final", "应该是周二周三下午，不过还没最终确定", **UNSURE),
    Case("numbers-are-not-days", "新年快乐🎉 新的一年继续报：周二晚、周四晚、周六全天。", "tue,thu:evening; sat:*"),
    Case("ellipsis-only-times-then-days-offered", "我现在只能晚上，周一到周四都行，周五要陪家里人", "mon-thu:evening"),
    Case("leave-refused-day-for-a-trip", "照常排我就行，就是周五不行，要回老家", leave=leave("2026-11-27")),
    Case("amend-leave-moved", "更正：下周三的假改成下周四", leave=leave("2026-12-03")),
    Case("amend-not-for-the-shift", "Correction: I meant Thursday not Tuesday for the afternoon shift", "thu:afternoon"),
    Case("limit-cap-before-week", "最多一周两个晚上，周几都行", "*:evening"),
    Case("layout-grid-with-bars", "     上午 | 下午 | 晚上\n周二  ✅  |  ✅  |  ❌\n周四  ❌  |  ✅  |  ✅",
         "tue:morning,afternoon; thu:afternoon,evening"),
    Case("layout-dotted-dates-are-not-numbers", "说一下：\n12.24请假\n12.25也请假", leave=leave("2026-12-24..2026-12-25")),
    Case("layout-numbered-list", "以后的时间：\n1. 周一到周四晚上\n2. 周六下午", "mon-thu:evening; sat:afternoon"),
    Case("layout-x-is-no", "Mon - eve\nWed - x\nThu - aft", "mon:evening; thu:afternoon"),
    Case("chat-monday-greeting", "大家周一好！上周辛苦了💪", **UNSURE),
    Case("then-is-not-vague", "寒假从1月16号开始，到时候每天上午都能值班", "*:morning"),
    Case("team-chinese-digit-after-a-part", "一三晚 六白天", "mon,wed:evening; sat:morning,afternoon"),
    Case("hours-after-from-are-not-days", "Sunday from 9 to noon", "sun:morning=partial"),
    Case("en-at-the-office", "Weekends only for me: Sat and Sun, mornings and afternoons. Weekdays I'm at the office.",
         "sat,sun:morning,afternoon"),
    Case("bound-log-off-after-time", "周二周三晚上 ok but 要9点之前 log off", "tue,wed:evening=partial"),
    Case("scope-dash-before-a-day", "I can do Mon, Wed and Fri evenings — Friday preferred if you've got a choice",
         "mon,wed:evening; fri:evening=preferred"),
    Case("scope-unless-nobody", "周一上午和周四全天。周四晚上最好别排，除非实在没人", "mon:morning; thu:morning,afternoon; thu:evening=standby"),
    Case("layout-digit-lines", "一 ✅晚\n二 ❌\n三 ✅晚\n五 ✅全天", "mon,wed:evening; fri:*"),
    Case("bound-end-of-a-named-month", "until end of Dec, 周三周五 下午 ok", "wed,fri:afternoon"),
    Case("chat-monthly-call", "Quick q — are we still doing the monthly call on Thursday?", **UNSURE),
    Case("dated-days-listed-with-their-times", "下周二上午，周五晚上，就这些", "tue:morning; fri:evening"),
    Case("and-between-days-with-own-times", "free all day Sunday and Tuesday evening", "tue:evening; sun:*"),
    Case("same-day-narrowed-in-one-clause", "周三下午和周五下午，周五那天要三点以后才到",
         "wed:afternoon; fri:afternoon=partial"),
    Case("too-then-own-times", "周二晚上可以，周四也行，不过周四是下午", "tue:evening; thu:afternoon"),
    # slots configured differently
    Case("slots-early-evening", "晚上可以", "*:evening", slots=EARLY),
    Case("slots-early-after-seven", "晚上七点以后", "*:evening=partial", slots=EARLY),
    Case("slots-early-after-6pm", "after 6pm", "*:evening", slots=EARLY),
    Case("slots-early-eight-to-noon", "8点到12点", "*:morning", slots=EARLY),
    Case("slots-two-after-four", "四点以后", "*:night", slots=TWO_SHIFTS),
    Case("slots-two-evening", "周五晚上", "fri:night=partial", slots=TWO_SHIFTS),
    Case("slots-two-before-noon", "weekdays before noon", "mon-fri:day=partial", slots=TWO_SHIFTS),
    Case("slots-two-whole-day", "周末全天", "sat,sun:*", slots=TWO_SHIFTS),
    # not about availability, or too vague to act on
    Case("chat-zh-ok", "好的，收到", **UNSURE),
    Case("chat-zh-thanks", "谢谢大家辛苦了", **UNSURE),
    Case("chat-zh-who", "今晚谁值班？", **UNSURE),
    Case("chat-zh-swap", "能不能跟我换个班", **UNSURE),
    Case("vague-zh-maybe-trip", "下周可能要出差", **UNSURE),
    Case("vague-zh-later", "最近比较忙，过几天再说", **UNSURE),
    Case("vague-zh-leave-no-date", "我要请假", **UNSURE),
    Case("vague-zh-bare-date", "12月3号", **UNSURE),
    Case("vague-en-might", "I might be free on Friday", **UNSURE),
    Case("chat-en-thanks", "sounds good, thanks!", **UNSURE),
    Case("chat-en-question", "what time is the meeting tomorrow?", **UNSURE),
    Case("chat-en-swap", "anyone want to swap Saturday?", **UNSURE),
    Case("vague-en-days-off", "I need to take some days off", **UNSURE),
    Case("vague-en-open-leave", "I'm away from Dec 21", **UNSURE),
    Case("vague-zh-month-end", "5月底请假", **UNSURE),
    Case("chat-empty", "", **UNSURE),
    Case("chat-emoji", "👍👍", **UNSURE),
]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_message(case: Case) -> None:
    assert_understood(case)


def test_a_reason_that_names_the_day_again_refuses_only_the_times_refused() -> None:
    understood = parse_availability("周五的晚上去掉吧，最近周五老加班", MONDAY).as_json()
    assert (understood["mode"], understood["removed"]) == ("remove", ["fri:evening"])


@pytest.mark.parametrize(("text", "mode"), [
    ("Retired, so mornings and afternoons Mon through Fri work for me.", "replace"),
    ("周六8点我可以来，周日上午也行", "replace"),
    ("Otherwise as before — just add Saturday morning.", "add"),
    ("From Wednesday I'm out for the rest of the week.", "keep"),
    ("以后周三下午排不了了，课改到下午了", "remove"),
    ("所以以后工作日白天就来不了了，周一到周五上午下午都去掉吧，晚上还可以", "remove"),
])
def test_what_a_message_does_to_the_week(text: str, mode: str) -> None:
    assert parse_availability(text, MONDAY).as_json()["mode"] == mode


@pytest.mark.parametrize(("text", "limit"), [
    ("Schedule stays the same, just cap me at 2 per week", 2),
    ("weekday mornings all ok, 但一周 max 3 个", 3),
])
def test_limits_said_the_team_s_way(text: str, limit: int) -> None:
    assert parse_availability(text, MONDAY).as_json()["max_shifts"] == limit


def test_a_limit_said_as_this_one_shift() -> None:
    understood = parse_availability("每周四晚上固定来，再多就不行了，一周就这一个班", MONDAY).as_json()
    assert (understood["slots"], understood["max_shifts"], understood["mode"]) == (
        {"thu:evening": "available"}, 1, "replace")


@pytest.mark.parametrize(("text", "ref", "starts"), [
    ("12月20号开始周末白天可以", date(2026, 12, 15), "2026-12-20"),
    ("从这周四开始周五晚上都可以", date(2026, 12, 7), None),
    ("From next Monday 开始，每周日 afternoon", date(2026, 12, 30), "2027-01-04"),
])
def test_a_start_written_as_a_date_is_kept(text: str, ref: date, starts: str | None) -> None:
    assert parse_availability(text, ref).as_json()["starts"] == starts


def test_table_is_large_and_ids_unique() -> None:
    assert len(CASES) >= 80
    assert len({case.id for case in CASES}) == len(CASES)

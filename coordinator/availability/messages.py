"""The availability feature's messages in Chinese and English."""

from coordinator.core import messages as _core_messages  # noqa: F401
from coordinator.i18n import add_messages

add_messages(
    {
        "avail.legend": (
            "● 可以  ★ 优先  ◐ 部分时间  ○ 机动  ✕ 请假",
            "● available  ★ preferred  ◐ part of the slot  ○ standby  ✕ on leave",
        ),
        "avail.recorded_title": ("{name} 的每周时间已更新", "{name}'s weekly times are updated"),
        "avail.recorded_week_title": ("{name} 在 {week} 的时间已更新", "{name}'s times for {week} are updated"),
        "avail.recorded": (
            "我理解的是：{summary}。对的话点“确认”，不对就点“撤销”，或者重新写一遍。",
            "Here is what I understood: {summary}. Press Confirm if it is right, Undo if not, or just write it again.",
        ),
        "avail.leave_recorded": ("已记下请假：{periods}。", "Leave recorded: {periods}."),
        "avail.leave_and_times": ("另外记下请假：{periods}。", "Also recorded leave: {periods}."),
        "avail.unclear": (
            "我没看懂这条是不是在说值班时间😅 能换个说法吗？例如：“周二周四晚上可以，周末机动”或“12月3日请假”。",
            "I couldn't tell whether this is about your duty times 😅 Could you put it another way? "
            "For example: \"Tue and Thu evenings, weekends as backup\" or \"off on Dec 3\".",
        ),
        "avail.unclear_part": (
            "“{part}”这部分我没把握，先没有记下。能说得具体些吗？例如“周五晚上可以”或“周五不行”。",
            "I wasn't sure about \"{part}\", so I haven't stored it. Could you say it more exactly? "
            "For example \"Friday evenings work\" or \"not Fridays\".",
        ),
        "avail.ask_part": (
            "“{part}”这部分我没把握，先没有记下；确定了再告诉我，例如“周五晚上也可以”。",
            "I wasn't sure about \"{part}\", so that part is not stored; tell me once you know, e.g. "
            "\"Friday evenings too\".",
        ),
        "avail.added": ("已加上：{added}。现在你的每周时间：{summary}。", "Added {added}. Your week now: {summary}."),
        "avail.removed": ("已去掉：{removed}。现在你的每周时间：{summary}。", "Removed {removed}. Your week now: {summary}."),
        "avail.summary_empty": ("（空）", "(nothing)"),
        "avail.unchanged": ("好的，你的每周时间不变：{summary}。", "All right, your week stays as it is: {summary}."),
        "avail.from_date": ("从 {date} 起按这个时间排；在那之前照旧。", "This applies from {date}; until then your week stays as it was."),
        "avail.until_date": ("这个时间只到 {date} 为止；之后恢复原来的每周时间。", "This applies until {date}; after that your usual week is back."),
        "avail.between_dates": ("这个时间从 {start} 到 {end}；其余时间照旧。", "This applies from {start} to {end}; otherwise your week stays as it was."),
        "avail.too_far": (
            "那个日期太远了：只能提前安排 {weeks} 周以内。请写近一点的日期。",
            "That date is too far ahead: dates within {weeks} weeks work. Please give a nearer one.",
        ),
        "avail.limit_set": (
            "好的，以后每周最多给你排 {limit} 个班。",
            "All right: from now on at most {limit} shifts a week for you.",
        ),
        "avail.chat_dm": (
            "我是排班助手：直接写你的时间就行，例如“周二周四晚上可以”；/help 可以看所有命令。",
            "I'm the duty-roster helper: just write your times, e.g. \"Tue and Thu evenings\"; /help lists every command.",
        ),
        "avail.confirm_button": ("确认", "Confirm"),
        "avail.undo_button": ("撤销", "Undo"),
        "avail.confirmed": ("好的，已确认 ✅", "Confirmed ✅"),
        "avail.undone": ("已撤销，恢复到之前的时间。", "Undone; your previous times are back."),
        "avail.nothing_to_undo": ("没有可以撤销的记录。", "There is nothing to undo."),
        "avail.nothing_to_confirm": (
            "还没有可以确认的时间。直接写一句就行，例如“周一、四晚上可以”。",
            "There is nothing to confirm yet. Just write your times, e.g. \"Mon and Thu evenings\".",
        ),
        "avail.only_latest": (
            "只能撤销你最近的一条。请重新写一遍你的时间。",
            "Only your latest post can be undone; please write your times again instead.",
        ),
        "avail.not_yours": ("这条不是你的记录，不能改。", "That post is not yours, so you cannot change it."),
        "avail.show_title": ("{name} 的每周时间", "{name}'s weekly times"),
        "avail.show_week_title": ("{name} 在 {week} 的时间", "{name}'s times for {week}"),
        "avail.none_yet": (
            "{name} 还没有登记时间。直接写一句就行，例如“周一、四晚上可以”。",
            "{name} has not posted any times yet. Just write them, e.g. \"Mon and Thu evenings\".",
        ),
        "avail.upcoming_leave": ("接下来的请假：{periods}", "Upcoming leave: {periods}"),
        "avail.cleared": (
            "已清空你的每周时间（原话都保留着）。想恢复可以点撤销。",
            "Your weekly times are cleared (your messages are kept). Press Undo to bring them back.",
        ),
        "avail.form_title": ("登记每周时间", "Your weekly times"),
        "avail.form_text": ("用自己的话写，例如 周二周四晚上可以", "In your own words, e.g. Tue and Thu evenings"),
        "avail.form_week": ("只用于某一周（可不填），如 2026-W49", "For one week only (optional), e.g. 2026-W49"),
        "avail.form_hint": (
            "请在表单里写下你的时间，或直接输入 /avail set 加上你的时间。",
            "Write your times in the form, or type /avail set followed by your times.",
        ),
        "avail.leave_ask": (
            "哪几天请假？直接回复日期就行，例如“12月3日”或“下周”。输入 /cancel 取消。",
            "Which days will you be away? Just reply with the dates, e.g. \"Dec 3\" or \"next week\". Type /cancel to stop.",
        ),
        "avail.leave_ask_again": (
            "请再回复一次日期，或输入 /cancel 取消。",
            "Please reply with the dates again, or type /cancel to stop.",
        ),
        "avail.leave_unclear": (
            "没看出请假的日期。请写清楚，例如“12月3日请假”或“下周请假”。",
            "I could not find the dates of your leave. Write them like \"off Dec 3\" or \"off next week\".",
        ),
        "avail.text_too_long": (
            "这条太长了（超过 {limit} 字），请分几条写。",
            "That message is too long (over {limit} characters); please split it.",
        ),
        "avail.parse_title": ("解析结果", "What I understood"),
        # The one-line summary of a week (coordinator/availability/summary.py): 一至五 晚 · 六、日 全天(机动).
        "avail.summary.every_day": ("每天", "Daily"),
        "avail.summary.day_range": ("{first}至{last}", "{first}–{last}"),
        "avail.summary.all_day": ("全天", "all day"),
        "avail.summary.slot.morning": ("上午", "morn"),
        "avail.summary.slot.afternoon": ("下午", "aft"),
        "avail.summary.slot.evening": ("晚", "eve"),
        "avail.summary.level.partial": ("(部分)", " (partial)"),
        "avail.summary.level.standby": ("(机动)", " (standby)"),
        "avail.summary.level.preferred": ("(优先)", " (preferred)"),
    }
)

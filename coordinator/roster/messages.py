"""The roster feature's messages in Chinese and English."""

from coordinator.core import messages as _core_messages  # noqa: F401
from coordinator.i18n import add_messages

add_messages(
    {
        "roster.missing_mark": ("缺{count}人", "{count} short"),
        "roster.building": ("正在排班，请稍候…", "Building the roster, one moment…"),
        "roster.draft_title": ("{week} 排班草稿（{status}）", "Draft roster for {week} ({status})"),
        "roster.draft_footer": (
            "缺口 {min_short} 个低于最低人数、{target_short} 个低于目标人数。确认无误后用 /roster publish {week} 发布。",
            "{min_short} short of the minimum, {target_short} short of the target. Publish with /roster publish {week}.",
        ),
        "roster.no_volunteers": (
            "{week} 还没有人登记时间，没法排班。请大家先在空闲时间频道写下自己的时间。",
            "Nobody has posted times for {week} yet, so there is nothing to build. Ask everyone to post their times first.",
        ),
        "roster.gaps_title": ("缺口与原因", "Gaps and why"),
        "roster.gap_line": ("{day} {slot} 缺 {missing} 人（{below}）：{reason}", "{day} {slot}: {missing} short ({below}): {reason}"),
        "roster.gap_candidates": ("可以问问：{names}", "Could ask: {names}"),
        "roster.below.min": ("低于最低", "below minimum"),
        "roster.below.target": ("低于目标", "below target"),
        "roster.loads": ("每人班数：{loads}", "Shifts per person: {loads}"),
        "roster.not_built": (
            "{week} 还没有排班。协调员可以用 /roster build {week} 先排一版。",
            "There is no roster for {week} yet. A coordinator can build one with /roster build {week}.",
        ),
        "roster.published": ("{week} 排班已发布，已私信通知 {count} 位志愿者。", "The roster for {week} is published; {count} volunteers were told by DM."),
        "roster.published_post_title": ("{week} 值班表", "Duty roster {week}"),
        "roster.your_shifts": ("你在 {week} 的值班：{shifts}", "Your shifts in {week}: {shifts}"),
        "roster.no_shifts": ("你在 {week} 没有值班。", "You have no shifts in {week}."),
        "roster.show_title": ("{week} 值班表", "Roster for {week}"),
        "roster.status.OPTIMAL": ("最优", "optimal"),
        "roster.status.FEASIBLE": ("可行，未证明最优", "feasible, not proven optimal"),
        "roster.status.INFEASIBLE": ("无解", "infeasible"),
        "roster.infeasible": ("这样排不出来：{reason}", "This roster cannot be built as posed: {reason}"),
        "roster.reminder": (
            "⏰ 提醒：你 {when} 的{slot}值班将在 {minutes} 分钟后开始。",
            "⏰ Reminder: your {slot} shift at {when} starts in {minutes} minutes.",
        ),
        "roster.handover": (
            "🔁 交接：{slot}班结束了。接班的是 {next}，请把未完成的事项交接给TA。",
            "🔁 Handover: the {slot} shift is over. {next} takes over next; please hand over anything open.",
        ),
        "roster.handover_nobody": (
            "🔁 {slot}班结束了。下一班暂时没人，请把未完成的事项记在群里。",
            "🔁 The {slot} shift is over. Nobody is on the next slot yet; please note anything open in the channel.",
        ),
        "roster.standby": ("机动人员：\n  {slots}", "Standby:\n  {slots}"),
        "roster.not_published": (
            "{week} 的排班还没发布。发布后可以用 /roster show 查看。",
            "The roster for {week} is not published yet. Once it is, /roster show shows it.",
        ),
        "roster.bad_member_filter": ("{name} 在 {week} 没有值班。", "{name} has no shifts in {week}."),
        "roster.draft_state": ("草稿", "draft"),
        "shift.bad_day": (
            "“{text}”不是星期几。请写 周一…周日 或 mon…sun，例如 /shift drop 周三 晚上。",
            "\"{text}\" is not a day. Write mon…sun, e.g. /shift drop wed evening.",
        ),
        "shift.bad_slot": (
            "“{text}”不是班次。请写 {slots} 之一。",
            "\"{text}\" is not a slot. Write one of {slots}.",
        ),
        "shift.not_published": (
            "那一周的排班还没发布，没法退班或换班。请直接联系协调员。",
            "That week's roster is not published yet, so there is nothing to drop or swap. Talk to a coordinator.",
        ),
        "shift.not_yours": (
            "你在那个时段没有值班。用 /roster mine 看看自己的班。",
            "You have no shift in that slot. See your shifts with /roster mine.",
        ),
        "shift.past": ("那个班已经开始或结束了，不能再改。", "That shift has already started or ended, so it cannot be changed."),
        "shift.dropped": (
            "已退出 {shift}。正在依次询问：{names}。",
            "You are off {shift}. Asking in turn: {names}.",
        ),
        "shift.dropped_nobody": (
            "已退出 {shift}。目前没有人可以接，已通知协调员。",
            "You are off {shift}. Nobody can take it for now; the coordinators have been told.",
        ),
        "shift.gap_notice": (
            "⚠️ {name} 退出了 {shift}，暂时没有人可以接。",
            "⚠️ {name} dropped {shift} and nobody can take it for now.",
        ),
        "shift.offer": (
            "🙋 {name} 退出了 {shift}。你可以接这个班吗？先接先得。",
            "🙋 {name} dropped {shift}. Can you take it? First to accept gets it.",
        ),
        "shift.take_button": ("我来接", "I'll take it"),
        "shift.pass_button": ("这次不行", "Not this time"),
        "shift.taken": ("谢谢！{shift} 现在是你的班了。", "Thank you! {shift} is yours now."),
        "shift.taken_notice": ("✅ {name} 接了 {shift}。", "✅ {name} took {shift}."),
        "shift.offer_gone": ("{shift} 已经有人接了，谢谢你。", "{shift} has been taken by someone else; thank you."),
        "shift.passed": ("好的，已经问下一位了。", "All right, the next person is being asked."),
        "shift.offer_unknown": ("找不到这个邀请。请点消息里的按钮回复。", "That offer does not exist. Please answer with the buttons in the message."),
        "shift.offer_closed": ("这个邀请已经结束了，谢谢。", "That offer is closed; thank you."),
        "shift.already_that_day": (
            "你那天已经有班了，一天最多一个班。",
            "You already have a shift that day; it is one shift a day at most.",
        ),
        "shift.swap_self": ("不能和自己换班。请写另一位成员的名字或工号。", "You cannot swap with yourself. Name another member."),
        "shift.other_busy": ("{name} 那天已经有班了，请换一位。", "{name} already has a shift that day; ask someone else."),
        "shift.swap_asked": (
            "已请 {name} 确认接你的 {shift}，TA 同意后才算换好。",
            "{name} has been asked to take your {shift}; it changes once they agree.",
        ),
        "shift.swap_request": (
            "🔄 {name} 想请你接 {shift}，可以吗？",
            "🔄 {name} asks you to take {shift}. Will you?",
        ),
        "shift.agree_button": ("同意", "Agree"),
        "shift.refuse_button": ("不方便", "Can't"),
        "shift.swap_done": ("已换好：{shift} 现在是 {name} 的班。", "Swapped: {shift} is now {name}'s."),
        "shift.swap_refused": ("{name} 这次不方便接 {shift}，你的班不变。", "{name} can't take {shift}; your shift stays."),
        "shift.swap_refused_ack": ("好的，已告诉 {name}。", "All right, {name} has been told."),
        "shift.swap_unknown": ("找不到这个换班请求。请点消息里的按钮回复。", "That swap request does not exist. Please answer with the buttons."),
        "shift.swap_closed": ("这个换班请求已经结束了。", "That swap request is closed."),
        "ical.title": ("值班 {slot} · {name}", "Duty {slot} · {name}"),
        "ical.name_member": ("{name} 的值班", "{name}'s duty shifts"),
        "ical.name_team": ("客服组值班表", "Team duty roster"),
        "ical.link": (
            "📅 你的日历订阅链接（只有你能看到，请勿转发）：\n{url}\n在 Google/Apple/Outlook 日历里选“通过网址订阅”即可。",
            "📅 Your calendar link (only you can see it; do not share it):\n{url}\nIn Google/Apple/Outlook choose \"subscribe from URL\".",
        ),
        "ical.already": (
            "你已经有一个日历链接了。为了安全，链接只显示一次；找不到的话可以换一个新的（旧的会失效）。",
            "You already have a calendar link. For safety it is shown only once; if you lost it, get a new one (the old one stops working).",
        ),
        "ical.reset_button": ("换新链接", "New link"),
        "ical.reset": (
            "🔑 新的日历链接（旧链接已失效）：\n{url}",
            "🔑 Your new calendar link (the old one no longer works):\n{url}",
        ),
        "roster.draft_of_published": (
            "这一周已经发布过；草稿不影响已发布的排班，发布后只通知班次有变化的人。",
            "This week is already published; the draft changes nothing until you publish it, and then only people whose shifts change are told.",
        ),
        "roster.nothing_new": (
            "{week} 的排班已经发布，没有新的草稿。要调整请先 /roster build {week}。",
            "The roster for {week} is already published and there is no new draft. Run /roster build {week} first.",
        ),
        "roster.updated_post_title": ("{week} 值班表（已更新）", "Duty roster {week} (updated)"),
        "roster.republished": (
            "{week} 排班已更新，已私信通知 {count} 位班次有变化的志愿者。",
            "The roster for {week} is updated; {count} volunteers whose shifts changed were told by DM.",
        ),
        "roster.your_shifts_changed": ("你在 {week} 的值班有变化：", "Your shifts in {week} changed:"),
        "roster.shifts_added": ("新增：{shifts}", "Added: {shifts}"),
        "roster.shifts_cancelled": ("取消：{shifts}", "Cancelled: {shifts}"),
        "roster.cli_summary": (
            "{status}；低于最低 {min_short} 个，低于目标 {target_short} 个；用时 {seconds} 秒",
            "{status}; short of minimum {min_short}, of target {target_short}; {seconds} s",
        ),
        "roster.handover_incoming": (
            "🔁 交接：{slot}班刚结束，上一班是 {previous}。开始前请先看看TA留下的交接事项。",
            "🔁 Handover: the {slot} shift just ended; {previous} had it. Check what they handed over before you start.",
        ),
    }
)

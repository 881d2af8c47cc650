"""The roster feature's messages in Chinese and English."""

from coordinator.core import messages as _core_messages  # noqa: F401
from coordinator.i18n import add_messages

add_messages(
    {
        "roster.draft_stale": (
            "这份草稿做好以后，有人退班、接班或改了时间/请假，直接发布可能会排错人。请先重新 /roster build {week}，再发布。",
            "Since this draft was built someone dropped or took a shift or changed their times or leave, so publishing "
            "it could put someone where they can no longer be. Run /roster build {week} again, then publish.",
        ),
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
        "roster.coverage_title": ("未达目标人数的班（已排/目标）：", "Slots below target (assigned/target):"),
        "roster.coverage_line": ("{count}/{target}：{where}", "{count}/{target}: {where}"),
        "roster.coverage_full": ("每个班都排到了目标人数（{target} 人）。", "Every slot has its target of {target}."),
        "roster.gaps_title": ("缺口与原因：", "Gaps and why:"),
        "roster.gap_line": ("{where} 缺 {missing} 人（{below}）：{reason}", "{where}: {missing} short ({below}): {reason}"),
        "roster.reason.nobody_available": ("没有人有空", "nobody is available"),
        "roster.reason.nobody_else": ("没有其他人有空", "nobody else is available"),
        "roster.all_day": ("全天", "all day"),
        "roster.day_range": ("{first}至{last}", "{first}–{last}"),
        "roster.span_separator": ("，", "; "),
        "roster.slot_separator": ("/", "/"),
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
        "roster.standby": ("机动（报了机动、没排上）：", "Standby (said standby, not on the roster):"),
        "roster.also_free": ("也有空（没排上）：", "Also free (not on the roster):"),
        "roster.free_line": ("{where}：{names}", "{where}: {names}"),
        "roster.not_published": (
            "{week} 的排班还没发布。发布后可以用 /roster show 查看。",
            "The roster for {week} is not published yet. Once it is, /roster show shows it.",
        ),
        "roster.bad_member_filter": ("{name} 在 {week} 没有值班。", "{name} has no shifts in {week}."),
        "roster.draft_state": ("草稿", "draft"),
        "roster.draft_of_published": (
            "这一周已经发布过；草稿不影响已发布的排班，发布后只通知班次有变化的人。",
            "This week is already published; the draft changes nothing until you publish it, and then only people whose shifts change are told.",
        ),
        "roster.nothing_new": (
            "{week} 的排班已经发布，没有新的草稿。要调整请先 /roster build {week}。",
            "The roster for {week} is already published and there is no new draft. Run /roster build {week} first.",
        ),
        "roster.updated_post_title": ("{week} 值班表（已更新）", "Duty roster {week} (updated)"),
        "roster.unchanged": (
            "{week} 的草稿和已发布的排班一样，没有发出任何通知。",
            "The draft for {week} is the roster as published; nothing was posted or sent.",
        ),
        "roster.republished": (
            "{week} 排班已更新，已私信通知 {count} 位班次有变化的志愿者。",
            "The roster for {week} is updated; {count} volunteers whose shifts changed were told by DM.",
        ),
        "roster.your_shifts_changed": ("你在 {week} 的值班有变化：", "Your shifts in {week} changed:"),
        "roster.shifts_added": ("新增：{shifts}", "Added: {shifts}"),
        "roster.shifts_cancelled": ("取消：{shifts}", "Cancelled: {shifts}"),
        "roster.shifts_retimed": ("时间有变：{shifts}", "New hours: {shifts}"),
        "roster.with_hours": ("{name} ({start}–{end})", "{name} ({start}–{end})"),
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

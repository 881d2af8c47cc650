"""The words of the minutes (会议纪要) in Chinese and English."""

from coordinator.core import messages as _core_messages  # noqa: F401
from coordinator.i18n import add_messages

add_messages(
    {
        "minutes.heading": ("# {title}纪要 · 第{number}期 · {date} · {place}", "# {title} minutes · No. {number} · {date} · {place}"),
        "minutes.date": ("- 日期：{date}（第{number}期）", "- Date: {date} (No. {number})"),
        "minutes.time": ("- 时间：{start}–{end}", "- Time: {start}–{end}"),
        "minutes.place": ("- 地点：{place}", "- Place: {place}"),
        "minutes.host": ("- 主持人：{host}", "- Host: {host}"),
        "minutes.stand_in": ("{chair}（因{reason}改为{chair}主持；原定主持人：{host}）", "{chair} (in place of {host}: {reason})"),
        "minutes.recorder": ("- 记录人：{name}", "- Recorder: {name}"),
        "minutes.present": ("- 参加人员：{names}", "- Present: {names}"),
        "minutes.absent": ("- 请假人员：{names}", "- Absent: {names}"),
        "minutes.attended_for": ("{name}（{minutes}分钟）", "{name} ({minutes} min)"),
        "minutes.absent_because": ("{name}（{reason}）", "{name} ({reason})"),
        "minutes.no_reason": ("未说明原因", "no reason given"),
        "minutes.nobody": ("无", "none"),
        "minutes.nothing": ("（无）", "(nothing)"),
        "minutes.carried_heading": ("## 遗留问题", "## Carried over"),
        "minutes.decision": ("**决定：** {text}", "**Decision:** {text}"),
        "minutes.action": ("**待办：** {text} — 负责人：{owner}{due} · {state}{origin}", "**Action:** {text} — owner: {owner}{due} · {state}{origin}"),
        "minutes.due": ("，截止：{date}", ", due {date}"),
        "minutes.no_owner": ("未指定", "not named"),
        "minutes.done": ("已完成", "done"),
        "minutes.open": ("未完成", "open"),
        "minutes.from_meeting": ("（第{number}期提出）", " (raised at No. {number})"),
        "minutes.next_heading": ("## 下次会议", "## Next meeting"),
        "minutes.next_line": ("第{number}期 · {date} {time} · 主持人：{host}", "No. {number} · {date} {time} · host: {host}"),
        "minutes.next_unknown": ("待定", "to be decided"),
    }
)

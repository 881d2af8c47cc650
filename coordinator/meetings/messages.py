"""The meetings feature's messages in Chinese and English: scheduling, the agenda, the meeting, action items."""

from coordinator.core import messages as _core_messages  # noqa: F401
from coordinator.i18n import add_messages
from coordinator.meetings import minutes_messages as _minutes_messages  # noqa: F401

add_messages(
    {
        "meeting.default_title": ("客服部工作会议", "Customer service team meeting"),
        "meeting.default_place": ("语音会议", "voice call"),
        "meeting.when": ("{date}（{weekday}）{time}", "{weekday} {date}, {time}"),
        "meeting.number": ("第{number}期", "No. {number}"),
        "meeting.thread_name": ("第{number}期会议", "meeting-{number}"),
        "meeting.bad_when": (
            "“{text}”不是一个时间。请写 2026-12-03 21:00，或“周四晚上九点”“下周四21:00”。",
            "\"{text}\" is not a time. Write 2026-12-03 21:00, or \"next Thursday 21:00\", \"Thursday 9pm\".",
        ),
        "meeting.when_past": ("{when} 已经过去了，请选一个以后的时间。", "{when} has passed; choose a time to come."),
        "meeting.when_far": ("{when} 太远了：请选一年以内的时间。", "{when} is too far off: choose a time within a year."),
        "meeting.bad_number": ("期数要写成数字，比如 6。", "Write the meeting number as a number, e.g. 6."),
        "meeting.number_taken": (
            "期数要接着上一期往下编：这次最小是第{next}期。",
            "Meeting numbers go on from the last one: this one is No. {next} or later.",
        ),
        "meeting.too_long": ("内容太长了（最多 {limit} 个字），请分成几条。", "That is too long (at most {limit} characters); split it up."),
        "meeting.empty_text": ("请写上内容。", "Please write something."),
        "meeting.scheduled": (
            "已安排 {title} 第{number}期：{when}，地点 {place}，主持人 {host}。议题请在 {deadline} 前用 /agenda add 提交。",
            "{title} No. {number} is scheduled: {when}, at {place}, hosted by {host}. "
            "Agenda points by {deadline} with /agenda add.",
        ),
        "meeting.announced": (
            "📅 {title} 第{number}期\n时间：{when}\n地点：{place}\n主持人：{host}\n"
            "议题请在 {deadline} 前提交：/agenda add 部分 内容（附件是日历邀请）。请假请用 /absent 原因。",
            "📅 {title} No. {number}\nWhen: {when}\nWhere: {place}\nHost: {host}\n"
            "Agenda points by {deadline}: /agenda add SECTION TEXT (the calendar invitation is attached). "
            "Can't come? /absent REASON.",
        ),
        "meeting.you_host": (
            "你是第{number}期会议的主持人，时间 {when}。议题截止后我会把议程发给你。",
            "You host meeting No. {number} on {when}. You will get the agenda when it closes.",
        ),
        "meeting.none_scheduled": (
            "现在没有安排好的会议。协调员可以用 /meeting schedule 时间 安排一次。",
            "No meeting is scheduled. A coordinator can schedule one with /meeting schedule WHEN.",
        ),
        "meeting.none_running": (
            "现在没有进行中的会议。主持人用 /meeting start 开始会议后再记。",
            "No meeting is running. Once the host starts it with /meeting start, this works.",
        ),
        "meeting.unknown_number": ("没有第{number}期会议。", "There is no meeting No. {number}."),
        "meeting.no_minutes_yet": ("第{number}期会议还没有纪要（会议结束后才有）。", "Meeting No. {number} has no minutes yet (they come when it ends)."),
        "meeting.bad_section": (
            "没有“{text}”这个部分。请写其中之一（或它的序号）：{sections}",
            "There is no section \"{text}\". Write one of these (or its number): {sections}",
        ),
        "meeting.point_added": (
            "已加入第{number}期议程「{section}」。",
            "Added to the agenda of meeting No. {number}, under {section}.",
        ),
        "meeting.point_late": (
            "已加入第{number}期议程「{section}」，但议题已在 {deadline} 截止，标为迟交。",
            "Added to the agenda of meeting No. {number} under {section}, marked late: the agenda closed {deadline}.",
        ),
        "meeting.agenda_title": (
            "第{number}期会议议程 · {when}（议题截止 {deadline}）",
            "Agenda of meeting No. {number} · {when} (points closed {deadline})",
        ),
        "meeting.carried_heading": ("遗留问题：", "Carried over:"),
        "meeting.section_heading": ("{index}. {section}", "{index}. {section}"),
        "meeting.point_line": ("   {number}) {text}（{name}）{late}", "   {number}) {text} ({name}){late}"),
        "meeting.late_mark": ("【迟交】", " [late]"),
        "meeting.action_line": (
            "#{id} {text} — 负责人 {owner}，截止 {due}（第{number}期）",
            "#{id} {text} — owner {owner}, due {due} (meeting No. {number})",
        ),
        "meeting.agenda_reminder": (
            "⏰ 第{number}期会议（{when}）的议题将在 {deadline} 截止，目前有 {count} 条。还有要讨论的请用 /agenda add 提交。",
            "⏰ The agenda of meeting No. {number} ({when}) closes {deadline}; it has {count} points so far. "
            "Add yours with /agenda add.",
        ),
        "meeting.agenda_for_host": (
            "📋 第{number}期会议的议题已截止，议程如下：\n{agenda}",
            "📋 The agenda of meeting No. {number} is closed. Here it is:\n{agenda}",
        ),
        "meeting.starting": (
            "🔔 第{number}期会议现在开始（{place}）。主持人 {host} 请用 /meeting start 开始；来不了的请 /absent 原因。",
            "🔔 Meeting No. {number} starts now ({place}). {host}, please start it with /meeting start; "
            "can't come? /absent REASON.",
        ),
        "meeting.starting_host": (
            "🔔 第{number}期会议时间到了，请用 /meeting start 开始。",
            "🔔 It is time for meeting No. {number}; start it with /meeting start.",
        ),
        "meeting.already_running": (
            "第{number}期会议正在进行，结束后（/meeting end）才能开始下一次。",
            "Meeting No. {number} is running; end it with /meeting end before starting another.",
        ),
        "meeting.too_early": (
            "第{number}期会议在 {when}，现在开始太早了。",
            "Meeting No. {number} is on {when}; it is too early to start it.",
        ),
        "meeting.stand_in_needs_reason": (
            "第{number}期的主持人是 {host}。代为主持请写明原因，例如：/meeting start {host}请假",
            "{host} hosts meeting No. {number}. To stand in, give the reason, e.g. /meeting start {host} is away",
        ),
        "meeting.started": (
            "第{number}期会议开始了。议程和记录在 #{thread}；现在是「{section}」。请用 /meeting recorder 名字 指定记录人。",
            "Meeting No. {number} has started. The agenda and the notes are in #{thread}; now: {section}. "
            "Name the recorder with /meeting recorder NAME.",
        ),
        "meeting.started_thread": (
            "第{number}期会议开始，{chair} 主持。\n{agenda}\n\n现在是「{section}」。在这里直接写就会记下；"
            "以“决定：”开头的是决定，“待办：名字 内容 截止日期”是待办。到了会议的人请 /here。",
            "Meeting No. {number} has started, chaired by {chair}.\n{agenda}\n\nNow: {section}. Whatever is written "
            "here is noted; start a line with \"decision:\" for a decision, \"action: NAME TEXT DATE\" for an action "
            "item. Please say /here if you are at the meeting.",
        ),
        "meeting.chair_only": (
            "只有主持人、记录人或协调员可以这样做。",
            "Only the host, the recorder or a coordinator can do that.",
        ),
        "meeting.recorder_set": ("记录人：{name}。", "Recorder: {name}."),
        "meeting.recorder_named": ("📝 本次会议记录人：{name}", "📝 The recorder of this meeting: {name}"),
        "meeting.here": ("已签到第{number}期会议。", "You are marked present at meeting No. {number}."),
        "meeting.here_already": ("你已经签到了。", "You are already marked present."),
        "meeting.absent_noted": (
            "已记下你第{number}期会议请假和原因，纪要里会写上。",
            "Your absence from meeting No. {number} and its reason are noted for the minutes.",
        ),
        "meeting.now_section": ("现在是第{index}部分：{section}", "Now section {index}: {section}"),
        "meeting.last_section": (
            "「{section}」已经是最后一部分了。讨论完请用 /meeting end 结束会议。",
            "{section} is the last section. When it is done, end the meeting with /meeting end.",
        ),
        "meeting.note_recorded": ("📝 已记入「{section}」第{position}条。", "📝 Noted as item {position} of {section}."),
        "meeting.decision_recorded": ("✅ 决定已记入「{section}」第{position}条。", "✅ Decision recorded as item {position} of {section}."),
        "meeting.action_recorded": (
            "📌 待办 #{id} 已记入「{section}」第{position}条：负责人 {owner}，截止 {due}。",
            "📌 Action #{id} recorded as item {position} of {section}: owner {owner}, due {due}.",
        ),
        "meeting.bad_due": (
            "“{text}”不是日期。请写 2026-12-10、12月10日 或 下周五。",
            "\"{text}\" is not a date. Write 2026-12-10, 12/10 or next Friday.",
        ),
        "meeting.due_out_of_range": (
            "截止日期“{text}”要在今天到一年以内。",
            "The due date \"{text}\" must be between today and a year from now.",
        ),
        "meeting.action_assigned": (
            "📌 你在第{number}期会议上接了一项待办 #{id}：{text}（截止 {due}）。完成后请用 /action done {id}。",
            "📌 You took on action #{id} at meeting No. {number}: {text} (due {due}). When done: /action done {id}.",
        ),
        "meeting.action_due": (
            "⏰ 提醒：待办 #{id}（第{number}期）“{text}”明天（{due}）到期。完成后请用 /action done {id}。",
            "⏰ Reminder: action #{id} (meeting No. {number}) \"{text}\" is due tomorrow ({due}). "
            "When done: /action done {id}.",
        ),
        "meeting.action_overdue": (
            "⚠️ 待办 #{id}（第{number}期）“{text}”已经过了截止日期 {due}。完成了请用 /action done {id}，"
            "它会留在下次会议的遗留问题里。",
            "⚠️ Action #{id} (meeting No. {number}) \"{text}\" was due {due}. If it is done: /action done {id}; "
            "until then it stays under carried-over items.",
        ),
        "meeting.action_unknown": ("没有 #{id} 这项待办。用 /actions all 看看编号。", "There is no action #{id}. See the numbers with /actions all."),
        "meeting.action_unknown_plain": ("没有这项待办。用 /actions all 看看编号。", "There is no such action. See the numbers with /actions all."),
        "meeting.action_not_yours": (
            "这项待办不是你的。负责人、主持人或协调员可以标记完成。",
            "That action is not yours; its owner, the chair or a coordinator can mark it done.",
        ),
        "meeting.action_already_done": ("待办 #{id} 已经完成了。", "Action #{id} is already done."),
        "meeting.action_done": ("👍 待办 #{id} 已完成：{text}", "👍 Action #{id} is done: {text}"),
        "meeting.actions_mine": ("你的待办：", "Your open actions:"),
        "meeting.actions_all": ("所有未完成的待办：", "All open actions:"),
        "meeting.actions_overdue": ("过期的待办：", "Overdue actions:"),
        "meeting.no_actions_mine": ("你没有未完成的待办。", "You have no open actions."),
        "meeting.no_actions_all": ("没有未完成的待办。", "There are no open actions."),
        "meeting.no_actions_overdue": ("没有过期的待办。", "No action is overdue."),
        "meeting.ended_mailed": (
            "第{number}期会议结束。纪要见附件，已发到频道；邮件会发给 {count} 个地址，发出后私信告诉{chair}。",
            "Meeting No. {number} has ended. The minutes are attached and posted in the channel; they will be mailed "
            "to {count} addresses, and {chair} hears when they have gone.",
        ),
        "meeting.minutes_mailed": (
            "📧 第{number}期会议纪要已发邮件给 {count} 个地址。",
            "📧 The minutes of meeting No. {number} were mailed to {count} addresses.",
        ),
        "meeting.minutes_mailed_refused": (
            "📧 第{number}期会议纪要已发邮件给 {count} 个地址；另有 {refused} 个地址被邮件服务器拒收，"
            "请检查 [meetings] minutes_to。",
            "📧 The minutes of meeting No. {number} were mailed to {count} addresses; the mail server refused "
            "{refused} more, so please check [meetings] minutes_to.",
        ),
        "meeting.ended_not_mailed": (
            "第{number}期会议结束。纪要见附件，已发到频道（没有设置 [meetings] minutes_to，所以没发邮件）。",
            "Meeting No. {number} has ended. The minutes are attached and posted in the channel "
            "(no [meetings] minutes_to is set, so none were mailed).",
        ),
        "meeting.minutes_posted": ("📄 {title} 第{number}期会议纪要（见附件）。", "📄 Minutes of {title} No. {number} (attached)."),
        "meeting.ended_thread": ("第{number}期会议结束，谢谢大家。", "Meeting No. {number} has ended; thank you all."),
        "meeting.next_set": ("下次会议：第{number}期，{when}，主持人 {host}。", "Next meeting: No. {number}, {when}, hosted by {host}."),
        "meeting.mail_subject": ("{title}纪要 · 第{number}期", "{title} minutes · No. {number}"),
        "meeting.mail_body": ("第{number}期会议纪要如下，也附在附件里。", "The minutes of meeting No. {number} follow and are attached."),
        "meeting.event_title": ("{title} · 第{number}期", "{title} · No. {number}"),
        "meeting.event_description": ("地点：{place}\n主持人：{host}", "Where: {place}\nHost: {host}"),
        "meeting.search_empty": ("请写上要找的词，例如 /minutes search 短信", "Write what to look for, e.g. /minutes search SMS"),
        "meeting.search_none": ("以往的决定和待办里没有找到“{text}”。", "No past decision or action mentions \"{text}\"."),
        "meeting.search_found": ("找到 {count} 条：", "Found {count}:"),
        "meeting.search_header.meeting": ("会议", "Meeting"),
        "meeting.search_header.date": ("日期", "Date"),
        "meeting.search_header.kind": ("类型", "Kind"),
        "meeting.search_header.item": ("内容", "Item"),
        "meeting.kind.note": ("记录", "note"),
        "meeting.kind.decision": ("决定", "decision"),
        "meeting.kind.action": ("待办", "action"),
        "meeting.cli_line": ("第{number}期 · {when} · {title} · 主持人 {host} · {state}", "No. {number} · {when} · {title} · host {host} · {state}"),
        "meeting.cli_cannot_write": ("无法写入 {path}：{reason}。", "Cannot write {path}: {reason}."),
        "meeting.cli_none": ("还没有会议。", "There are no meetings yet."),
        "meeting.state.scheduled": ("已安排", "scheduled"),
        "meeting.state.running": ("进行中", "running"),
        "meeting.state.ended": ("已结束", "ended"),
    }
)

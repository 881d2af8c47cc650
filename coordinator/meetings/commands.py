"""Chat commands around a meeting: schedule it, the agenda, start, recorder, attendance, sections, end, next.

Each handler reads its options, calls one use case and words the answer."""

from __future__ import annotations

from datetime import datetime

from coordinator.chat.context import CommandContext
from coordinator.chat.registry import CommandRegistry, Option
from coordinator.chat.reply import Reply, Tone
from coordinator.core.errors import UserError
from coordinator.db.uow import UnitOfWork
from coordinator.meetings import messages as _messages  # noqa: F401
from coordinator.meetings import planning, running, store
from coordinator.meetings.views import agenda_lines, when_text
from coordinator.meetings.when import read_when
from coordinator.platform.policy import COORDINATORS, MEMBERS, owner_only

registry = CommandRegistry()

WHEN = Option("when", "时间，如 周四晚上九点 或 2026-12-03 21:00", "when, e.g. \"next Thursday 21:00\"",
              example="\"周四晚上九点\"", example_en="\"next Thursday 21:00\"")
HOST = Option("host", "主持人（名字或工号），默认是你", "host (name or staff ID); you by default", required=False)
TITLE = Option("title", "会议名称", "title", required=False)
PLACE = Option("place", "地点，Discord 语音频道写 #频道名", "place; #channel for a Discord voice channel",
               required=False)
NUMBER = Option("number", "期数（只在第一次需要，如 6）", "meeting number (only the first time, e.g. 6)",
                required=False)
SECTION = Option("section", "部分，如 在线组", "section, e.g. 在线组", example="在线组", example_en="2")
TEXT = Option("text", "内容", "text", rest=True, example="短信平台换服务商", example_en="new SMS provider")
REASON = Option("reason", "原因", "reason", rest=True, example="出差", example_en="travelling")
MEMBER = Option("member", "成员（名字或工号）", "member (name or staff ID)", example="小静", example_en="Lin")
NEXT_HOST = Option("host", "下次的主持人", "the next host", example="瓦蓝", example_en="Lan")


def asker(ctx: CommandContext) -> int:
    if ctx.caller.member_id is None:
        raise UserError("error.not_a_member")
    return ctx.caller.member_id


def when(ctx: CommandContext, name: str = "when") -> datetime:
    text = ctx.require(name)[:60]
    moment = read_when(text, ctx.now().astimezone(ctx.app.settings.zone))
    if moment is None:
        raise UserError("meeting.bad_when", text=text)
    return moment


async def _chairs(ctx: CommandContext, uow: UnitOfWork) -> bool:
    """The host, the one chairing, the recorder of the running meeting, or a coordinator (no meeting: anyone)."""
    meeting = await store.running(uow)
    if meeting is None or ctx.is_coordinator():
        return True
    return ctx.caller.member_id in (meeting.host_id, meeting.chair_id, meeting.recorder_id)


CHAIR = owner_only(_chairs, "meeting.chair_only")


@registry.command("meeting schedule", zh="安排下一次会议（编号、通知、议题截止和提醒）",
                  options=(WHEN, HOST, TITLE, PLACE, NUMBER), policy=COORDINATORS)
async def schedule(ctx: CommandContext) -> Reply:
    """Schedule a meeting: numbered, announced, agenda deadline and reminders set."""
    number = ctx.record_id("number", "meeting.bad_number") if ctx.arg("number") else None
    plan = planning.Plan(when(ctx), ctx.arg("host"), ctx.arg("title"), ctx.arg("place"), number)
    view = await planning.schedule_meeting(ctx.app, asker(ctx), plan)
    return ctx.reply("meeting.scheduled", number=view.number, title=view.title, when=when_text(view.starts_at, ctx.lang),
                     host=view.host, place=view.place, deadline=when_text(view.deadline, ctx.lang))


@registry.command("meeting next", zh="定下次会议的时间和主持人（写进本次纪要末尾）", options=(WHEN, NEXT_HOST),
                  policy=CHAIR)
async def next_meeting(ctx: CommandContext) -> Reply:
    """Set the next meeting's time and host; the minutes end with it."""
    view = await planning.reschedule_next(ctx.app, asker(ctx), when(ctx), ctx.require("host"))
    return ctx.reply("meeting.next_set", number=view.number, when=when_text(view.starts_at, ctx.lang), host=view.host)


@registry.command("agenda add", zh="给下次会议提议题（截止后也收，标为迟交）", options=(SECTION, TEXT),
                  policy=MEMBERS)
async def agenda_add(ctx: CommandContext) -> Reply:
    """Add a point to the next meeting's agenda (late ones are taken, marked late)."""
    added = await planning.add_point(ctx.app, asker(ctx), ctx.require("section"), ctx.require("text"))
    key = "meeting.point_late" if added.late else "meeting.point_added"
    return ctx.reply(key, number=added.number, section=added.section, deadline=when_text(added.deadline, ctx.lang))


@registry.command("agenda list", zh="看下次会议的议程（含遗留问题）", policy=MEMBERS)
async def agenda_list(ctx: CommandContext) -> Reply:
    """Show the next meeting's agenda, carried-over items first."""
    agenda = await planning.agenda(ctx.app)
    lines = agenda_lines(agenda.sections, agenda.points, agenda.carried, agenda.names, ctx.lang)
    head = ctx.t("meeting.agenda_title", number=agenda.meeting.number,
                 when=when_text(agenda.meeting.starts_at, ctx.lang), deadline=when_text(agenda.meeting.deadline, ctx.lang))
    return Reply(text="\n".join([head, *lines]), key="meeting.agenda_title", private=True)


@registry.command("meeting start", zh="开始会议；代为主持请写原因，如 /meeting start 枫心愿请假",
                  options=(Option("reason", "代为主持的原因", "why you stand in for the host", required=False,
                                  rest=True),), policy=MEMBERS)
async def start(ctx: CommandContext) -> Reply:
    """Start the meeting (a stand-in gives the reason); the agenda goes to its thread."""
    view = await running.start_meeting(ctx.app, asker(ctx), ctx.arg("reason"))
    return ctx.reply("meeting.started", number=view.number, thread=view.thread, section=view.section)


@registry.command("meeting recorder", zh="指定记录人", options=(MEMBER,), policy=CHAIR)
async def recorder(ctx: CommandContext) -> Reply:
    """Name the meeting's recorder."""
    view = await running.set_recorder(ctx.app, ctx.require("member"))
    return ctx.reply("meeting.recorder_set", name=view.recorder)


@registry.command("meeting end", zh="结束会议：生成纪要，发到频道并邮件发送", policy=CHAIR)
async def end(ctx: CommandContext) -> Reply:
    """End the meeting: the minutes are written, posted with the file, and mailed."""
    ended = await running.end_meeting(ctx.app)
    key = "meeting.ended_mailed" if ended.mailed_to else "meeting.ended_not_mailed"
    reply = ctx.reply(key, number=ended.meeting.number, count=ended.mailed_to,
                      chair=ended.meeting.chair or ended.meeting.host)
    return Reply(text=reply.text, key=reply.key, tone=reply.tone, files=(ended.minutes,))


@registry.command("here", zh="会议签到", policy=MEMBERS)
async def here(ctx: CommandContext) -> Reply:
    """Say you are at the meeting."""
    view, new = await running.here(ctx.app, asker(ctx))
    return ctx.reply("meeting.here" if new else "meeting.here_already", tone=Tone.SUCCESS, number=view.number)


@registry.command("absent", zh="请假：这次会议来不了，写上原因", options=(REASON,), policy=MEMBERS)
async def absent(ctx: CommandContext) -> Reply:
    """Send your absence ahead, with the reason."""
    view = await planning.send_absence(ctx.app, asker(ctx), ctx.require("reason"))
    return ctx.reply("meeting.absent_noted", private=True, number=view.number)


@registry.command("next", zh="进入下一部分（或指定部分）",
                  options=(Option("section", "部分", "section", required=False),), policy=CHAIR)
async def next_section(ctx: CommandContext) -> Reply:
    """Move on to the next section of the meeting (or the one named)."""
    view, index = await running.next_section(ctx.app, ctx.arg("section"))
    agenda = await planning.agenda(ctx.app, meeting_id=view.id)
    points = [point for point in agenda.points if point.section == view.section]
    lines = [ctx.t("meeting.point_line", number=n, text=p.text[:300], name=agenda.names.get(p.author_id, "?"),
                   late=ctx.t("meeting.late_mark") if p.late else "") for n, p in enumerate(points, 1)]
    head = ctx.t("meeting.now_section", index=index, section=view.section)
    return Reply(text="\n".join([head, *lines]), key="meeting.now_section")

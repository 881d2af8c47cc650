"""Chat commands and plain-message handling for availability."""

from __future__ import annotations

from datetime import date
from typing import Any

from coordinator.availability import messages as _messages  # noqa: F401
from coordinator.availability import posting
from coordinator.availability import services as availability
from coordinator.availability.domain import format_period, format_periods, leave_days_in_week, week_grid
from coordinator.availability.parser import ParseResult, parse_availability
from coordinator.availability.parser.result import Mode
from coordinator.availability.summary import summarize
from coordinator.chat.context import CommandContext
from coordinator.chat.invocation import DIRECT
from coordinator.chat.registry import CommandRegistry, FlowStep, Option
from coordinator.chat.reply import Button, Form, FormField, Reply, Tone
from coordinator.core.errors import UserError
from coordinator.core.week import DateRange, Level, iso_week_label, week_monday
from coordinator.db.uow import UnitOfWork
from coordinator.platform.policy import MEMBERS, owner_only

registry = CommandRegistry()

TEXT = Option("text", "用自己的话写时间", "your times in your own words", rest=True, example="周二周四晚上可以，周末机动",
              example_en="Tue and Thu evenings, weekends as backup", required=False)
LEAVE_TEXT = Option("text", "请假的日期", "the dates you are away", rest=True, example="12月3号请假",
                    example_en="off Dec 3", required=False)
WEEK = Option("week", "只用于某一周，如 2026-W49", "for one week only, e.g. 2026-W49", required=False)


@registry.on_text
async def on_message(ctx: CommandContext, text: str) -> Reply | None:
    """Messages in the availability channel and in DMs are read as availability; chat there is left alone."""
    channel = ctx.invocation.channel
    if channel not in (DIRECT, ctx.app.settings.availability_channel) or not text.strip():
        return None
    understood = parse_availability(text[:availability.MAX_TEXT], ctx.today(), ctx.app.settings.slots)
    if understood.chat:
        return ctx.reply("avail.chat_dm", private=True) if channel == DIRECT and ctx.caller.is_member else None
    if not ctx.caller.is_member and not _may_join(ctx):
        if not understood.actionable:
            return None
        return Reply.refusal(ctx.t("error.join_closed"), "error.join_closed")
    return await _record(ctx, text, week=None, read=understood if len(text) <= availability.MAX_TEXT else None)


def _may_join(ctx: CommandContext) -> bool:
    return ctx.invocation.actor.trusted or ctx.app.settings.open_join


@registry.command("avail set", zh="用自己的话登记每周可值班时间；不写内容会弹出表单", options=(TEXT, WEEK))
async def set_availability(ctx: CommandContext) -> Reply:
    """Post your weekly times in your own words; without them a form opens."""
    text = ctx.arg("text")
    if text is None:
        fields = [FormField("text", ctx.t("avail.form_text"), long=True)]
        if ctx.arg("week"):
            fields.append(FormField("week", ctx.t("avail.form_week"), required=False))
        form = Form(ctx.t("avail.form_title"), "avail set", tuple(fields))
        return Reply(text=ctx.t("avail.form_hint"), form=form, private=True, tone=Tone.QUESTION, key="avail.form_hint")
    return await _record(ctx, text, week=_week(ctx))


async def _record(ctx: CommandContext, text: str, week: date | None, read: ParseResult | None = None) -> Reply:
    settings = ctx.app.settings
    posted = await posting.post(ctx.app, ctx.asker(), text, ctx.invocation.channel, week, read)
    outcome, name = posted.outcome, posted.name
    result = outcome.result
    welcome = [ctx.t("team.welcome", name=name, staff_id=posted.staff_id)] if posted.joined else []
    if not outcome.understood:
        question = ctx.t("avail.unclear_part", part=_quoted(ctx, result)) if result.unclear else ctx.t("avail.unclear")
        return Reply(text="\n".join([*welcome, question]), tone=Tone.QUESTION, key="avail.unclear")
    lines = [*welcome, *_what_changed(ctx, outcome)]
    if result.unchanged:
        summary = summarize(outcome.availability, ctx.lang, settings.slots) or ctx.t("avail.summary_empty")
        lines.append(ctx.t("avail.unchanged", summary=summary))
    if result.max_shifts:
        lines.append(ctx.t("avail.limit_set", limit=result.max_shifts))
    if result.unclear:
        lines.append(ctx.t("avail.ask_part", part=_quoted(ctx, result)))
    buttons = _buttons(ctx, outcome.message_id)
    if result.change is Mode.KEEP:
        key = "avail.leave_recorded" if outcome.leave else "avail.limit_set" if result.max_shifts else "avail.unchanged"
        return Reply(text="\n".join(lines), tone=Tone.SUCCESS, buttons=buttons, key=key)
    title = (ctx.t("avail.recorded_week_title", name=name, week=iso_week_label(week)) if week
             else ctx.t("avail.recorded_title", name=name))
    return Reply(text="\n".join(lines), title=title, tone=Tone.SUCCESS, buttons=buttons, key="avail.recorded",
                 table=week_grid(outcome.availability, settings.slots, ctx.lang, hours=outcome.hours))


def _what_changed(ctx: CommandContext, outcome: availability.PostOutcome) -> list[str]:
    """One line for what the post did to the week, one for its leave."""
    result, slots = outcome.result, ctx.app.settings.slots
    summary = summarize(outcome.availability, ctx.lang, slots) or ctx.t("avail.summary_empty")
    lines = []
    if result.change is Mode.REPLACE:
        lines.append(ctx.t("avail.recorded", summary=summary))
    elif result.change is Mode.ADD:
        lines.append(ctx.t("avail.added", added=summarize(result.slots, ctx.lang, slots), summary=summary))
    elif result.change is Mode.REMOVE:
        removed = summarize(dict.fromkeys(result.removed, Level.AVAILABLE), ctx.lang, slots)
        lines.append(ctx.t("avail.removed", removed=removed, summary=summary))
    if result.starts and result.ends:
        lines.append(ctx.t("avail.between_dates", start=_day(ctx, result.starts), end=_day(ctx, result.ends)))
    elif result.starts:
        lines.append(ctx.t("avail.from_date", date=_day(ctx, result.starts)))
    elif result.ends:
        lines.append(ctx.t("avail.until_date", date=_day(ctx, result.ends)))
    if outcome.leave:
        key = "avail.leave_recorded" if result.change is Mode.KEEP else "avail.leave_and_times"
        lines.append(ctx.t(key, periods=format_periods(outcome.leave, ctx.lang)))
    return lines


def _day(ctx: CommandContext, day: date) -> str:
    return format_period(DateRange(day, day), ctx.lang)


def _quoted(ctx: CommandContext, result: ParseResult) -> str:
    return ctx.t("list.separator").join(result.unclear)


def _buttons(ctx: CommandContext, message_id: int) -> tuple[Button, ...]:
    target = {"message": str(message_id)}
    return (
        Button(ctx.t("avail.confirm_button"), "avail confirm", target),
        Button(ctx.t("avail.undo_button"), "avail undo", target, danger=True),
    )


def _week(ctx: CommandContext) -> date | None:
    return ctx.week()


def _message_id(ctx: CommandContext) -> int | None:
    if ctx.arg("message") is None:
        return None
    return ctx.record_id("message", "avail.not_yours")


MESSAGE = Option("message", "记录编号", "post number", required=False)


async def _owns_the_post(ctx: CommandContext, uow: UnitOfWork) -> bool:
    """No post named means the asker's own latest; a named post must be theirs."""
    message_id = _message_id(ctx)
    return message_id is None or await availability.is_own_post(uow, ctx.caller.member_id, message_id)


OWN_POST = owner_only(_owns_the_post, "avail.not_yours")


@registry.command("avail confirm", zh="确认机器人理解的时间", options=(MESSAGE,), policy=OWN_POST)
async def confirm(ctx: CommandContext) -> Reply:
    """Confirm that the bot understood your times."""
    await posting.confirm(ctx.app, ctx.asker(), _message_id(ctx))
    return ctx.reply("avail.confirmed", private=True)


@registry.command("avail undo", zh="撤销你最近一次登记", options=(MESSAGE,), policy=OWN_POST)
async def undo(ctx: CommandContext) -> Reply:
    """Undo your latest availability post."""
    await posting.undo(ctx.app, ctx.asker(), _message_id(ctx))
    return ctx.reply("avail.undone", private=True)


@registry.command(
    "avail show",
    zh="查看自己或某位成员的时间",
    options=(Option("member", "成员", "member", required=False), WEEK),
)
async def show(ctx: CommandContext) -> Reply:
    """Show your times, or a member's."""
    settings = ctx.app.settings
    week = _week(ctx)
    found = await posting.look_up(ctx.app, ctx.asker(), ctx.arg("member"))
    seen, name = found.overview, found.name
    levels = seen.weeks.get(week, seen.standing) if week else seen.standing
    if not levels and not seen.leave:
        return ctx.reply("avail.none_yet", tone=Tone.INFO, name=name)
    monday = week or week_monday(ctx.today())
    lines = [summarize(levels, ctx.lang, settings.slots)] if levels else []
    if seen.leave:
        lines.append(ctx.t("avail.upcoming_leave", periods=format_periods(seen.leave, ctx.lang)))
    title = (ctx.t("avail.show_week_title", name=name, week=iso_week_label(week)) if week
             else ctx.t("avail.show_title", name=name))
    grid = week_grid(levels, settings.slots, ctx.lang, leave_days_in_week(seen.leave, monday))
    return Reply(title=title, text="\n".join(lines), table=grid, key="avail.show_title")


@registry.command("avail clear", zh="清空你的每周时间（可撤销）", policy=MEMBERS)
async def clear(ctx: CommandContext) -> Reply:
    """Clear your weekly times (you can undo it)."""
    message_id = await posting.clear(ctx.app, ctx.asker())
    return Reply(text=ctx.t("avail.cleared"), tone=Tone.SUCCESS, private=True, key="avail.cleared",
                 buttons=_buttons(ctx, message_id)[1:])


LEAVE_FLOW = "avail.leave"


@registry.command("leave", zh="请假，例如“12月3日请假”或“下周请假”；不写日期我会问你", options=(LEAVE_TEXT,))
async def leave(ctx: CommandContext) -> Reply:
    """Ask for leave, e.g. "off Dec 3" or "off next week"; without dates the bot asks for them."""
    text = ctx.arg("text")
    if text is None:
        await ctx.begin_flow(LEAVE_FLOW)
        return ctx.reply("avail.leave_ask", tone=Tone.QUESTION)
    return await _record_leave(ctx, text)


async def _record_leave(ctx: CommandContext, text: str, *, dates_only: bool = False) -> Reply:
    periods = await posting.take_leave(ctx.app, ctx.asker(), text, ctx.invocation.channel, dates_only=dates_only)
    return ctx.reply("avail.leave_recorded", periods=format_periods(periods, ctx.lang))


@registry.flow(LEAVE_FLOW)
async def leave_dates(ctx: CommandContext, text: str, state: dict[str, Any]) -> FlowStep:
    """The answer to "which days?": recorded as leave; an answer without dates is asked again."""
    try:
        return FlowStep(await _record_leave(ctx, text, dates_only=True))
    except UserError as error:
        again = Reply(text="\n".join([ctx.t(error.key, **error.params), ctx.t("avail.leave_ask_again")]),
                      tone=Tone.QUESTION, key=error.key)
        return FlowStep(again, state)

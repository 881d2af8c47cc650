"""Chat commands for what is said in a meeting and lives on after it: notes, decisions, action items, search;
plain lines in the meeting's thread, and presence from the voice channel."""

from __future__ import annotations

from collections.abc import Mapping

from coordinator.chat.context import CommandContext
from coordinator.chat.registry import CommandRegistry, Option
from coordinator.chat.reply import Reply, Table, Tone
from coordinator.db.uow import UnitOfWork
from coordinator.meetings import items, presence, search, store
from coordinator.meetings.commands import MEMBER, TEXT, asker
from coordinator.meetings.domain import Kind, read_thread_line
from coordinator.meetings.views import action_line, short_date
from coordinator.platform.policy import MEMBERS, owner_only

registry = CommandRegistry()

DUE = Option("due", "截止日期，如 12月10日", "due date, e.g. 2026-12-10", required=False)
ACTION = Option("id", "待办编号", "action item number")


def _recorded(ctx: CommandContext, recorded: items.Recorded) -> Reply:
    if recorded.kind == Kind.ACTION:
        owner = recorded.owner or ctx.t("minutes.no_owner")
        return ctx.reply("meeting.action_recorded", id=recorded.id, section=recorded.section,
                         position=recorded.position, owner=owner, due=short_date(recorded.due, ctx.lang))
    key = "meeting.decision_recorded" if recorded.kind == Kind.DECISION else "meeting.note_recorded"
    return ctx.reply(key, section=recorded.section, position=recorded.position)


@registry.command("note", zh="记一条会议记录（记入当前部分）", options=(TEXT,), policy=MEMBERS)
async def note(ctx: CommandContext) -> Reply:
    """Note something in the section under discussion."""
    return _recorded(ctx, await items.record(ctx.app, asker(ctx), Kind.NOTE, ctx.require("text")))


@registry.command("decision", zh="记一条决定", options=(TEXT,), policy=MEMBERS)
async def decision(ctx: CommandContext) -> Reply:
    """Record a decision."""
    return _recorded(ctx, await items.record(ctx.app, asker(ctx), Kind.DECISION, ctx.require("text")))


@registry.command("action add", zh="记一项待办：负责人、内容、截止日期", options=(MEMBER, TEXT, DUE),
                  policy=MEMBERS)
async def action_add(ctx: CommandContext) -> Reply:
    """Record an action item with its owner and due date."""
    recorded = await items.record(ctx.app, asker(ctx), Kind.ACTION, ctx.require("text"),
                                  owner_ref=ctx.require("member"), due_text=ctx.arg("due"))
    return _recorded(ctx, recorded)


async def _owns(ctx: CommandContext, uow: UnitOfWork) -> bool:
    item_id = ctx.record_id("id", "meeting.action_unknown_plain")
    if ctx.is_coordinator():
        return True
    return await items.is_owner(uow, ctx.caller.member_id, item_id) or await _chairs_now(ctx, uow)


async def _chairs_now(ctx: CommandContext, uow: UnitOfWork) -> bool:
    meeting = await store.running(uow)
    return meeting is not None and ctx.caller.member_id in (meeting.chair_id, meeting.recorder_id)


OWNER = owner_only(_owns, "meeting.action_not_yours")


@registry.command("action done", zh="标记待办完成", options=(ACTION, Option("note", "说明", "note", required=False,
                                                                        rest=True)), policy=OWNER)
async def action_done(ctx: CommandContext) -> Reply:
    """Mark an action item done."""
    done = await items.mark_done(ctx.app, ctx.record_id("id", "meeting.action_unknown_plain"), ctx.arg("note"))
    return ctx.reply("meeting.action_done", id=done.id, text=done.text[:200])


@registry.command("actions", zh="看待办：mine 我的 / all 全部 / overdue 过期的",
                  options=(Option("which", "mine / all / overdue", "mine, all or overdue", required=False,
                                  choices=("mine", "all", "overdue")),), policy=MEMBERS)
async def actions(ctx: CommandContext) -> Reply:
    """List open action items: yours, everyone's, or overdue ones."""
    which = ctx.arg("which", "mine") or "mine"
    found = await items.list_actions(ctx.app, ctx.caller.member_id, which)
    if not found:
        return ctx.reply(f"meeting.no_actions_{which}", tone=Tone.INFO, private=True)
    lines = [action_line(action, ctx.lang) for action in found]
    return Reply(text="\n".join([ctx.t(f"meeting.actions_{which}"), *lines]), key=f"meeting.actions_{which}",
                 private=True)


@registry.command("minutes search", zh="在以往纪要里找决定和待办", options=(TEXT,), policy=MEMBERS)
async def minutes_search(ctx: CommandContext) -> Reply:
    """Find past decisions and action items by their words."""
    hits = await search.search(ctx.app, ctx.require("text"))
    if not hits:
        return ctx.reply("meeting.search_none", tone=Tone.INFO, private=True, text=ctx.require("text")[:40])
    rows = tuple((ctx.t("meeting.number", number=hit.number), f"{hit.day:%Y-%m-%d}",
                  ctx.t(f"meeting.kind.{hit.kind}"), hit.text[:120]) for hit in hits)
    headers = tuple(ctx.t(f"meeting.search_header.{name}") for name in ("meeting", "date", "kind", "item"))
    return Reply(text=ctx.t("meeting.search_found", count=len(hits)), table=Table(headers, rows),
                 key="meeting.search_found", private=True)


@registry.on_text
async def in_the_thread(ctx: CommandContext, text: str) -> Reply | None:
    """Lines in a running meeting's thread: 决定:/decision: a decision, 待办:/action: an action, else a note."""
    channel = ctx.invocation.channel
    async with ctx.uow() as uow:
        if await store.by_thread(uow, channel) is None:
            return None
    line = read_thread_line(text)
    recorded = await items.record(ctx.app, asker(ctx), line.kind, line.text, thread=channel)
    return _recorded(ctx, recorded)


@registry.on_event("voice.join")
async def voice_joined(ctx: CommandContext, data: Mapping[str, str]) -> None:
    if ctx.caller.member_id is not None:
        await presence.joined(ctx.app, ctx.caller.member_id, data.get("channel", ""), data.get("channel_id", ""))


@registry.on_event("voice.leave")
async def voice_left(ctx: CommandContext, data: Mapping[str, str]) -> None:
    if ctx.caller.member_id is not None:
        await presence.left(ctx.app, ctx.caller.member_id, data.get("channel", ""), data.get("channel_id", ""))

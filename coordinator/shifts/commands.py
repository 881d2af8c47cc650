"""Chat commands for changing one's own shifts: drop (offered to others in turn), take or pass, swap.

Each handler reads its options, calls one use case in ``shifts.services`` and words the answer."""

from __future__ import annotations

from datetime import date

from coordinator.chat.context import CommandContext
from coordinator.chat.registry import CommandRegistry, Option
from coordinator.chat.reply import Reply, Tone
from coordinator.core.errors import UserError
from coordinator.core.week import DutySlot, week_monday
from coordinator.db.uow import UnitOfWork
from coordinator.platform.policy import MEMBERS, owner_only
from coordinator.roster.commands import WEEK
from coordinator.roster.domain import parse_day, parse_slot
from coordinator.roster.views import shift_name
from coordinator.shifts import changes
from coordinator.shifts import services as shifts

registry = CommandRegistry()

DAY = Option("day", "星期几，如 周三", "day, e.g. wed", example="周三", example_en="wed")
SLOT = Option("slot", "班次，如 晚上", "slot, e.g. evening", example="晚上", example_en="evening")
OTHER = Option("member", "接班的成员（名字或工号）", "who takes it (name or staff ID)", example="小静", example_en="Lin")
OFFER = Option("offer", "邀请编号", "offer number")
REQUEST = Option("request", "换班请求编号", "swap request number")


@registry.command("shift drop", zh="退掉自己的一个班，机器人会依次问其他人来接", options=(DAY, SLOT, WEEK),
                  policy=MEMBERS, progress="roster.building")
async def drop(ctx: CommandContext) -> Reply:
    """Drop one of your shifts; the bot offers it to others in turn."""
    dropped = await shifts.drop_shift(ctx.app, _asker(ctx), _day(ctx), _slot(ctx), _weeks(ctx))
    label = shift_name(dropped.shift, ctx.app.settings.slots, ctx.lang)
    if not dropped.asked:
        return ctx.reply("shift.dropped_nobody", tone=Tone.INFO, private=True, shift=label)
    return ctx.reply("shift.dropped", private=True, shift=label, names=ctx.t("list.separator").join(dropped.asked))


def _asker(ctx: CommandContext) -> int:
    member_id = ctx.caller.member_id
    if member_id is None:
        raise UserError("error.not_a_member")
    return member_id


def _weeks(ctx: CommandContext) -> list[date]:
    this_week = week_monday(ctx.today())
    return shifts.weeks_to_search(this_week, ctx.week())


def _day(ctx: CommandContext) -> str:
    text = ctx.require("day")
    day = parse_day(text)
    if day is None:
        raise UserError("shift.bad_day", text=text)
    return day


def _slot(ctx: CommandContext) -> DutySlot:
    text = ctx.require("slot")
    slot = parse_slot(text, ctx.app.settings.slots)
    if slot is None:
        names = (ctx.t(f"slot.{s.name}") if s.name in ("morning", "afternoon", "evening") else s.name
                 for s in ctx.app.settings.slots)
        raise UserError("shift.bad_slot", text=text, slots="/".join(names))
    return slot


async def _offered_to_asker(ctx: CommandContext, uow: UnitOfWork) -> bool:
    return await changes.is_offered_to(uow, ctx.caller.member_id, ctx.record_id("offer", "shift.offer_unknown"))


async def _asked_of_asker(ctx: CommandContext, uow: UnitOfWork) -> bool:
    return await changes.is_asked_of(uow, ctx.caller.member_id, ctx.record_id("request", "shift.swap_unknown"))


OFFERED_TO_YOU = owner_only(_offered_to_asker, "shift.offer_unknown")
ASKED_OF_YOU = owner_only(_asked_of_asker, "shift.swap_unknown")


@registry.command("shift take", zh="接下别人退出的班", options=(OFFER,), policy=OFFERED_TO_YOU)
async def take(ctx: CommandContext) -> Reply:
    """Take a shift someone dropped."""
    outcome = await shifts.answer_offer(ctx.app, _asker(ctx), ctx.record_id("offer", "shift.offer_unknown"), True)
    return ctx.reply("shift.taken", private=True, shift=shift_name(outcome.now_on, ctx.app.settings.slots, ctx.lang))


@registry.command("shift pass", zh="这次接不了，让机器人问下一位", options=(OFFER,), policy=OFFERED_TO_YOU)
async def pass_offer(ctx: CommandContext) -> Reply:
    """Pass on a dropped shift; the next person is asked."""
    outcome = await shifts.answer_offer(ctx.app, _asker(ctx), ctx.record_id("offer", "shift.offer_unknown"), False)
    return ctx.reply("shift.passed_early" if outcome.still_offered else "shift.passed", tone=Tone.INFO, private=True)


@registry.command("shift swap", zh="请另一位成员接你的某个班（对方同意后生效）", options=(OTHER, DAY, SLOT, WEEK),
                  policy=MEMBERS)
async def swap(ctx: CommandContext) -> Reply:
    """Ask another member to take one of your shifts; it changes once they agree."""
    asked = await shifts.ask_swap(ctx.app, _asker(ctx), ctx.require("member"), _day(ctx), _slot(ctx), _weeks(ctx))
    return ctx.reply("shift.swap_asked", private=True, name=asked.other,
                     shift=shift_name(asked.shift, ctx.app.settings.slots, ctx.lang))


async def _answer_swap(ctx: CommandContext, agree: bool) -> Reply:
    answered = await shifts.answer_swap(ctx.app, _asker(ctx), ctx.record_id("request", "shift.swap_unknown"), agree)
    if agree:
        return ctx.reply("shift.swap_done", private=True, name=ctx.caller.name,
                         shift=shift_name(answered.shift, ctx.app.settings.slots, ctx.lang))
    return ctx.reply("shift.swap_refused_ack", tone=Tone.INFO, private=True, name=answered.requester)


@registry.command("shift agree", zh="同意接下别人请你换的班", options=(REQUEST,), policy=ASKED_OF_YOU)
async def agree(ctx: CommandContext) -> Reply:
    """Agree to take a shift someone asked you to swap."""
    return await _answer_swap(ctx, True)


@registry.command("shift refuse", zh="不方便接别人请你换的班", options=(REQUEST,), policy=ASKED_OF_YOU)
async def refuse(ctx: CommandContext) -> Reply:
    """Decline a swap someone asked of you."""
    return await _answer_swap(ctx, False)

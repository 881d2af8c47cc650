"""Chat commands for changing one's own shifts: drop (offered to others in turn), take or pass, swap."""

from __future__ import annotations

from datetime import date, timedelta

from coordinator.chat.context import CommandContext
from coordinator.chat.registry import CommandRegistry, Option
from coordinator.chat.reply import Button, Reply, Tone
from coordinator.core.errors import UserError
from coordinator.core.week import DutySlot, week_monday
from coordinator.db.uow import UnitOfWork
from coordinator.i18n import t
from coordinator.platform.outbox.service import queue
from coordinator.platform.policy import owner_only
from coordinator.roster.commands import WEEK, week_option
from coordinator.roster.domain import parse_day, parse_slot
from coordinator.roster.services import ShiftView
from coordinator.roster.shift_times import week_shift_times
from coordinator.roster.views import LIST_SEPARATOR, shift_name
from coordinator.shifts import changes
from coordinator.shifts.notices import direct, gap_notice, language_of, outcome_notices
from coordinator.shifts.refill import refill
from coordinator.team import services as team
from coordinator.team.models import Member

registry = CommandRegistry()

DAY = Option("day", "星期几，如 周三", "day, e.g. wed", example="周三", example_en="wed")
SLOT = Option("slot", "班次，如 晚上", "slot, e.g. evening", example="晚上", example_en="evening")
OTHER = Option("member", "接班的成员（名字或工号）", "who takes it (name or staff ID)", example="小静", example_en="Lin")
OFFER = Option("offer", "邀请编号", "offer number")
REQUEST = Option("request", "换班请求编号", "swap request number")
REFUSAL_ORDER = ("shift.past", "shift.not_yours", "shift.not_published")
"""When no week has the shift, the refusal that tells the asker most."""


@registry.command("shift drop", zh="退掉自己的一个班，机器人会依次问其他人来接", options=(DAY, SLOT, WEEK),
                  progress="roster.building")
async def drop(ctx: CommandContext) -> Reply:
    """Drop one of your shifts; the bot offers it to others in turn."""
    settings, now = ctx.app.settings, ctx.app.clock.now()
    day, slot = _day(ctx), _slot(ctx)
    async with ctx.uow() as uow:
        member = await ctx.member(uow)
        _, shift = await _own_shift(ctx, uow, member, day, slot)
        await changes.drop(uow, shift, now)
        await uow.commit()
    outcome = await refill(ctx.app, shift)
    label = shift_name(shift, settings.slots, ctx.lang)
    if outcome.offer is None:
        return Reply(text=ctx.t("shift.dropped_nobody", shift=label), private=True, key="shift.dropped_nobody")
    names = LIST_SEPARATOR[ctx.lang].join(person.display_name for person in outcome.queue)
    return Reply(text=ctx.t("shift.dropped", shift=label, names=names), private=True, tone=Tone.SUCCESS,
                 key="shift.dropped")


async def _own_shift(
    ctx: CommandContext, uow: UnitOfWork, member: Member, day: str, slot: DutySlot
) -> tuple[date, ShiftView]:
    """The asker's shift on that day and slot: in the given week, else the next one still to come."""
    this_week = week_monday(ctx.today())
    weeks = [week_option(ctx, this_week)] if ctx.arg("week") else [this_week, this_week + timedelta(days=7)]
    refusals: list[UserError] = []
    for monday in weeks:
        try:
            shift = await changes.published_shift(uow, member, monday, day, slot.name)
        except UserError as error:
            refusals.append(error)
            continue
        if week_shift_times(monday, day, slot, ctx.app.settings.zone)[0] > ctx.app.clock.now():
            return monday, shift
        refusals.append(UserError("shift.past"))
    raise min(refusals, key=lambda error: REFUSAL_ORDER.index(error.key))


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


async def _answer_offer(ctx: CommandContext, accept: bool) -> changes.OfferOutcome:
    """Answer the offer and queue what others hear, in one transaction."""
    settings = ctx.app.settings
    async with ctx.uow() as uow:
        member = await ctx.member(uow)
        offer_id = ctx.record_id("offer", "shift.offer_unknown")
        outcome = await changes.answer_offer(uow, settings, member, offer_id, accept, ctx.now())
        notices = outcome_notices(settings, outcome)
        if not accept and not notices:
            notices = (gap_notice(settings, outcome.shift, outcome.shift.name),)
        await queue(uow, notices, ctx.now())
        await uow.commit()
    return outcome


async def _offered_to_asker(ctx: CommandContext, uow: UnitOfWork) -> bool:
    return await changes.is_offered_to(uow, ctx.caller.member_id, ctx.record_id("offer", "shift.offer_unknown"))


async def _asked_of_asker(ctx: CommandContext, uow: UnitOfWork) -> bool:
    return await changes.is_asked_of(uow, ctx.caller.member_id, ctx.record_id("request", "shift.swap_unknown"))


OFFERED_TO_YOU = owner_only(_offered_to_asker, "shift.offer_unknown")
ASKED_OF_YOU = owner_only(_asked_of_asker, "shift.swap_unknown")


@registry.command("shift take", zh="接下别人退出的班", options=(OFFER,), policy=OFFERED_TO_YOU)
async def take(ctx: CommandContext) -> Reply:
    """Take a shift someone dropped."""
    settings = ctx.app.settings
    outcome = await _answer_offer(ctx, True)
    return Reply(text=ctx.t("shift.taken", shift=shift_name(outcome.shift, settings.slots, ctx.lang)),
                 private=True, tone=Tone.SUCCESS, key="shift.taken")


@registry.command("shift pass", zh="这次接不了，让机器人问下一位", options=(OFFER,), policy=OFFERED_TO_YOU)
async def pass_offer(ctx: CommandContext) -> Reply:
    """Pass on a dropped shift; the next person is asked."""
    await _answer_offer(ctx, False)
    return ctx.reply("shift.passed", tone=Tone.INFO, private=True)


@registry.command("shift swap", zh="请另一位成员接你的某个班（对方同意后生效）", options=(OTHER, DAY, SLOT, WEEK))
async def swap(ctx: CommandContext) -> Reply:
    """Ask another member to take one of your shifts; it changes once they agree."""
    settings, now = ctx.app.settings, ctx.app.clock.now()
    day, slot = _day(ctx), _slot(ctx)
    async with ctx.uow() as uow:
        member = await ctx.member(uow)
        other = await team.find_member(uow, ctx.require("member"))
        _, shift = await _own_shift(ctx, uow, member, day, slot)
        request = await changes.request_swap(uow, shift, member, other, now)
        lang = language_of(settings, other)
        args = {"request": str(request.id)}
        buttons = (Button(t("shift.agree_button", lang), "shift agree", args),
                   Button(t("shift.refuse_button", lang), "shift refuse", args, danger=True))
        ask = direct(settings, other, "shift.swap_request", shift, buttons=buttons, name=member.display_name)
        await queue(uow, [ask], now)
        await uow.commit()
    return Reply(text=ctx.t("shift.swap_asked", name=other.display_name,
                            shift=shift_name(shift, settings.slots, ctx.lang)),
                 private=True, tone=Tone.SUCCESS, key="shift.swap_asked")


async def _answer_swap(ctx: CommandContext, agree: bool) -> Reply:
    settings = ctx.app.settings
    async with ctx.uow() as uow:
        member = await ctx.member(uow)
        request_id = ctx.record_id("request", "shift.swap_unknown")
        swap_view = await changes.answer_swap(uow, settings, member, request_id, agree, ctx.now())
        key = "shift.swap_done" if agree else "shift.swap_refused"
        await queue(uow, [direct(settings, swap_view.requester, key, swap_view.shift, name=member.display_name)],
                    ctx.now())
        await uow.commit()
    label = shift_name(swap_view.shift, settings.slots, ctx.lang)
    if agree:
        return Reply(text=ctx.t("shift.swap_done", shift=label, name=member.display_name), private=True,
                     tone=Tone.SUCCESS, key="shift.swap_done")
    return ctx.reply("shift.swap_refused_ack", tone=Tone.INFO, private=True, name=swap_view.requester.display_name)


@registry.command("shift agree", zh="同意接下别人请你换的班", options=(REQUEST,), policy=ASKED_OF_YOU)
async def agree(ctx: CommandContext) -> Reply:
    """Agree to take a shift someone asked you to swap."""
    return await _answer_swap(ctx, True)


@registry.command("shift refuse", zh="不方便接别人请你换的班", options=(REQUEST,), policy=ASKED_OF_YOU)
async def refuse(ctx: CommandContext) -> Reply:
    """Decline a swap someone asked of you."""
    return await _answer_swap(ctx, False)

"""Chat commands for changing one's own shifts: drop (offered to others in turn), take or pass, swap."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from coordinator.chat.context import CommandContext
from coordinator.chat.registry import Option
from coordinator.chat.reply import Button, Notice, Reply, Tone
from coordinator.core.errors import UserError
from coordinator.core.week import DutySlot, week_monday
from coordinator.db.uow import UnitOfWork
from coordinator.i18n import t
from coordinator.roster import changes
from coordinator.roster.commands import WEEK, registry, week_option
from coordinator.roster.domain import parse_day, parse_slot
from coordinator.roster.ical import week_shift_times
from coordinator.roster.refill import refill
from coordinator.roster.services import ShiftView
from coordinator.roster.views import LIST_SEPARATOR, shift_name
from coordinator.settings import Settings
from coordinator.team import services as team
from coordinator.team.models import Member

DAY = Option("day", "星期几，如 周三", "day, e.g. wed", example="周三")
SLOT = Option("slot", "班次，如 晚上", "slot, e.g. evening", example="晚上")
OTHER = Option("member", "接班的成员（名字或工号）", "who takes it (name or staff ID)", example="小静")
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
        return Reply(text=ctx.t("shift.dropped_nobody", shift=label), private=True,
                     notices=(gap_notice(settings, shift, shift.name),))
    names = LIST_SEPARATOR[ctx.lang].join(person.display_name for person in outcome.queue)
    return Reply(text=ctx.t("shift.dropped", shift=label, names=names), private=True, tone=Tone.SUCCESS,
                 notices=(offer_notice(settings, outcome.offer),))


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


def _lang(settings: Settings, member: Member) -> str:
    return member.language or settings.language


def _dm(settings: Settings, member: Member, key: str, shift: ShiftView, *, buttons: tuple[Button, ...] = (),
        **params: Any) -> Notice:
    lang = _lang(settings, member)
    text = t(key, lang, shift=shift_name(shift, settings.slots, lang), **params)
    return Notice(text=text, member_discord_id=member.discord_id, member_name=member.display_name, buttons=buttons)


def offer_notice(settings: Settings, offer: changes.OfferView) -> Notice:
    lang = _lang(settings, offer.member)
    args = {"offer": str(offer.id)}
    buttons = (Button(t("shift.take_button", lang), "shift take", args),
               Button(t("shift.pass_button", lang), "shift pass", args, danger=True))
    return _dm(settings, offer.member, "shift.offer", offer.shift, buttons=buttons, name=offer.shift.name)


def gap_notice(settings: Settings, shift: ShiftView, name: str) -> Notice:
    lang = settings.language
    return Notice(text=t("shift.gap_notice", lang, name=name, shift=shift_name(shift, settings.slots, lang)),
                  channel=settings.roster_channel)


def outcome_notices(settings: Settings, outcome: changes.OfferOutcome) -> tuple[Notice, ...]:
    """Who hears what after an offer is answered or runs out."""
    if outcome.taken_by is not None:
        lang = settings.language
        taken = t("shift.taken_notice", lang, name=outcome.taken_by.display_name,
                  shift=shift_name(outcome.shift, settings.slots, lang))
        told = [Notice(text=taken, channel=settings.roster_channel)]
        if outcome.dropped_by is not None:
            told.append(_dm(settings, outcome.dropped_by, "shift.taken_notice", outcome.shift,
                            name=outcome.taken_by.display_name))
        told += [_dm(settings, member, "shift.offer_gone", outcome.shift) for member in outcome.closed_for]
        return tuple(told)
    if outcome.next_offer is not None:
        return (offer_notice(settings, outcome.next_offer),)
    return ()


def _offer_id(ctx: CommandContext) -> int:
    text = ctx.require("offer")
    if not text.isdigit():
        raise UserError("shift.offer_unknown")
    return int(text)


async def _answer_offer(ctx: CommandContext, accept: bool) -> changes.OfferOutcome:
    async with ctx.uow() as uow:
        member = await ctx.member(uow)
        outcome = await changes.answer_offer(uow, ctx.app.settings, member, _offer_id(ctx), accept, ctx.app.clock.now())
        await uow.commit()
    return outcome


@registry.command("shift take", zh="接下别人退出的班", options=(OFFER,))
async def take(ctx: CommandContext) -> Reply:
    """Take a shift someone dropped."""
    settings = ctx.app.settings
    outcome = await _answer_offer(ctx, True)
    return Reply(text=ctx.t("shift.taken", shift=shift_name(outcome.shift, settings.slots, ctx.lang)),
                 private=True, tone=Tone.SUCCESS, notices=outcome_notices(settings, outcome))


@registry.command("shift pass", zh="这次接不了，让机器人问下一位", options=(OFFER,))
async def pass_offer(ctx: CommandContext) -> Reply:
    """Pass on a dropped shift; the next person is asked."""
    settings = ctx.app.settings
    outcome = await _answer_offer(ctx, False)
    notices = outcome_notices(settings, outcome) or (gap_notice(settings, outcome.shift, outcome.shift.name),)
    return Reply(text=ctx.t("shift.passed"), private=True, notices=notices)


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
        await uow.commit()
    lang = _lang(settings, other)
    args = {"request": str(request.id)}
    buttons = (Button(t("shift.agree_button", lang), "shift agree", args),
               Button(t("shift.refuse_button", lang), "shift refuse", args, danger=True))
    ask = _dm(settings, other, "shift.swap_request", shift, buttons=buttons, name=member.display_name)
    return Reply(text=ctx.t("shift.swap_asked", name=other.display_name,
                            shift=shift_name(shift, settings.slots, ctx.lang)),
                 private=True, tone=Tone.SUCCESS, notices=(ask,))


async def _answer_swap(ctx: CommandContext, agree: bool) -> Reply:
    settings = ctx.app.settings
    text = ctx.require("request")
    if not text.isdigit():
        raise UserError("shift.swap_unknown")
    async with ctx.uow() as uow:
        member = await ctx.member(uow)
        swap_view = await changes.answer_swap(uow, settings, member, int(text), agree, ctx.app.clock.now())
        await uow.commit()
    label = shift_name(swap_view.shift, settings.slots, ctx.lang)
    if agree:
        tell = _dm(settings, swap_view.requester, "shift.swap_done", swap_view.shift, name=member.display_name)
        return Reply(text=ctx.t("shift.swap_done", shift=label, name=member.display_name), private=True,
                     tone=Tone.SUCCESS, notices=(tell,))
    tell = _dm(settings, swap_view.requester, "shift.swap_refused", swap_view.shift, name=member.display_name)
    return Reply(text=ctx.t("shift.swap_refused_ack", name=swap_view.requester.display_name), private=True,
                 notices=(tell,))


@registry.command("shift agree", zh="同意接下别人请你换的班", options=(REQUEST,))
async def agree(ctx: CommandContext) -> Reply:
    """Agree to take a shift someone asked you to swap."""
    return await _answer_swap(ctx, True)


@registry.command("shift refuse", zh="不方便接别人请你换的班", options=(REQUEST,))
async def refuse(ctx: CommandContext) -> Reply:
    """Decline a swap someone asked of you."""
    return await _answer_swap(ctx, False)

"""Use cases for shift changes: each owns its transaction, queues what others hear, and returns plain results."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from coordinator.chat.reply import Button
from coordinator.core.errors import UserError
from coordinator.core.week import DutySlot
from coordinator.db.uow import UnitOfWork
from coordinator.i18n import t
from coordinator.platform.outbox.service import queue
from coordinator.roster.services import ShiftView, shift_start
from coordinator.shifts import changes
from coordinator.shifts.notices import direct, gap_notice, language_of, leave_notices, outcome_notices
from coordinator.shifts.refill import ranking_for, refill, write_offers
from coordinator.team import services as team
from coordinator.team.models import Member

if TYPE_CHECKING:
    from coordinator.app import App

REFUSAL_ORDER = ("shift.past", "shift.not_yours", "shift.not_published")
"""When no week has the shift, the refusal that tells the asker most."""


@dataclass(frozen=True, slots=True)
class Dropped:
    shift: ShiftView
    asked: tuple[str, ...]
    """Who is asked in turn (names); empty when nobody can take the slot."""


@dataclass(frozen=True, slots=True)
class SwapAsked:
    shift: ShiftView
    other: str


@dataclass(frozen=True, slots=True)
class SwapAnswered:
    shift: ShiftView
    requester: str


async def drop_shift(app: App, member_id: int, day: str, slot: DutySlot, weeks: list[date]) -> Dropped:
    """Take the member off their shift (the first of ``weeks`` that has it, still to come) and offer it in turn."""
    now = app.clock.now()
    async with app.uow() as uow:
        member = await _member(uow, member_id)
        shift = await own_shift(app, uow, member, day, slot, weeks)
        await changes.drop(uow, shift, now)
        await uow.commit()
    outcome = await refill(app, shift)
    return Dropped(shift, tuple(person.display_name for person in outcome.queue) if outcome.offer else ())


@dataclass(frozen=True, slots=True)
class GivenUp:
    """A shift its holder could no longer keep because of leave, and who is asked to take it."""

    shift: ShiftView
    asked: tuple[str, ...]


async def give_up_for_leave(app: App, uow: UnitOfWork, member_id: int) -> list[GivenUp]:
    """Leave fell on published shifts: each is dropped and offered as `/shift drop` does; they and the
    coordinators hear about it. Writes only in ``uow`` (the timed job's, so a stop loses nothing); the
    solving before it reads in transactions of its own."""
    settings, now = app.settings, app.clock.now()
    async with app.uow() as look:
        shifts = await changes.shifts_on_leave(look, settings, member_id, now)
    rankings = [await ranking_for(app, shift) for shift in shifts]
    member = await _member(uow, member_id)
    given_up = []
    for shift, ranking in zip(shifts, rankings, strict=True):
        await changes.drop(uow, shift, now)
        outcome = await write_offers(app, shift, ranking, uow)
        asked = tuple(person.display_name for person in outcome.queue) if outcome.offer else ()
        given_up.append(GivenUp(shift, asked))
    if given_up:
        await queue(uow, leave_notices(settings, member, given_up), now)
    return given_up


async def own_shift(app: App, uow: UnitOfWork, member: Member, day: str, slot: DutySlot,
                    weeks: list[date]) -> ShiftView:
    refusals: list[UserError] = []
    for monday in weeks:
        try:
            shift = await changes.published_shift(uow, member, monday, day, slot.name)
        except UserError as error:
            refusals.append(error)
            continue
        if shift_start(app.settings, shift) > app.clock.now():
            return shift
        refusals.append(UserError("shift.past"))
    raise min(refusals, key=lambda error: REFUSAL_ORDER.index(error.key))


async def answer_offer(app: App, member_id: int, offer_id: int, accept: bool) -> changes.OfferOutcome:
    """Take or pass on an offer; who else hears what is queued in the same transaction."""
    settings, now = app.settings, app.clock.now()
    async with app.uow() as uow:
        member = await _member(uow, member_id)
        outcome = await changes.answer_offer(uow, settings, member, offer_id, accept, now)
        notices = outcome_notices(settings, outcome)
        if not accept and not notices and not outcome.still_offered:
            notices = (gap_notice(settings, outcome.shift, outcome.shift.name),)
        await queue(uow, notices, now)
        await uow.commit()
    return outcome


async def ask_swap(app: App, member_id: int, other_ref: str, day: str, slot: DutySlot,
                   weeks: list[date]) -> SwapAsked:
    """Ask another member to take one of your shifts; they get a DM with Agree / Refuse."""
    settings, now = app.settings, app.clock.now()
    async with app.uow() as uow:
        member = await _member(uow, member_id)
        other = await team.find_member(uow, other_ref)
        shift = await own_shift(app, uow, member, day, slot, weeks)
        request = await changes.request_swap(uow, settings, shift, member, other, now)
        lang = language_of(settings, other)
        args = {"request": str(request.id)}
        buttons = (Button(t("shift.agree_button", lang), "shift agree", args),
                   Button(t("shift.refuse_button", lang), "shift refuse", args, danger=True))
        await queue(uow, [direct(settings, other, "shift.swap_request", shift, buttons=buttons,
                                 name=member.display_name)], now)
        await uow.commit()
        return SwapAsked(shift, other.display_name)


async def answer_swap(app: App, member_id: int, request_id: int, agree: bool) -> SwapAnswered:
    """Agree to or refuse a swap; the one who asked is told."""
    settings, now = app.settings, app.clock.now()
    async with app.uow() as uow:
        member = await _member(uow, member_id)
        swap = await changes.answer_swap(uow, settings, member, request_id, agree, now)
        key = "shift.swap_done" if agree else "shift.swap_refused"
        await queue(uow, [direct(settings, swap.requester, key, swap.shift, name=member.display_name)], now)
        await uow.commit()
        return SwapAnswered(swap.shift, swap.requester.display_name)


def weeks_to_search(this_week: date, given: date | None) -> list[date]:
    """The given week, else this week and the next."""
    return [given] if given else [this_week, this_week + timedelta(days=7)]


async def _member(uow: UnitOfWork, member_id: int) -> Member:
    member = await uow.session.get(Member, member_id)
    if member is None:
        raise UserError("error.not_a_member")
    return member

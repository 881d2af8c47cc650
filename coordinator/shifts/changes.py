"""Use cases for changing a published roster: drop a shift and offer it in turn, swap with a confirmation."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import delete, select

from coordinator.core.errors import UserError
from coordinator.db.uow import UnitOfWork
from coordinator.platform.timers.scheduler import cancel, schedule
from coordinator.roster import services as rosters
from coordinator.roster.models import RosterShift
from coordinator.roster.services import PUBLISHED, RosterView, ShiftView
from coordinator.roster.shift_times import Hours
from coordinator.settings import Settings
from coordinator.shifts.models import ShiftOffer, SwapRequest
from coordinator.team.models import Member
from coordinator.team.services import list_members, role_names

QUEUED, OPEN, EXPIRED, ACCEPTED, DECLINED, CLOSED = "queued", "open", "expired", "accepted", "declined", "closed"
WITHDRAWN = "withdrawn"
"""A rebuild put someone new on the dropped slot, so the offer is over."""
LIVE = (QUEUED, OPEN, EXPIRED)
PENDING, AGREED, REFUSED = "pending", "agreed", "refused"
OFFER_EXPIRY, REFILL = "roster.offer_expiry", "roster.refill"
REFILL_GRACE = timedelta(minutes=2)


@dataclass(frozen=True, slots=True)
class OfferView:
    id: int
    member: Member
    shift: ShiftView
    hours: Hours | None = None
    """The part of the slot the asked member offered, when they offered only part of it."""


@dataclass(frozen=True, slots=True)
class OfferOutcome:
    """What happened to an offer, and whom to tell."""

    shift: ShiftView
    taken_by: Member | None = None
    next_offer: OfferView | None = None
    closed_for: tuple[Member, ...] = ()
    dropped_by: Member | None = None
    still_offered: bool = False
    """Someone else is still being asked (a person further down the line passed early)."""
    taken_shift: ShiftView | None = None
    """The taker's shift now: the slot, with their hours if they offered it only in part."""

    @property
    def now_on(self) -> ShiftView:
        """The shift as it stands after the answer: the taker's, else the dropped one."""
        return self.taken_shift or self.shift


@dataclass(frozen=True, slots=True)
class SwapView:
    id: int
    shift: ShiftView
    requester: Member
    other: Member


async def is_offered_to(uow: UnitOfWork, member_id: int | None, offer_id: int) -> bool:
    offer = await uow.session.get(ShiftOffer, offer_id)
    return offer is not None and offer.member_id == member_id


async def is_asked_of(uow: UnitOfWork, member_id: int | None, request_id: int) -> bool:
    request = await uow.session.get(SwapRequest, request_id)
    return request is not None and request.to_member_id == member_id


async def published_shift(uow: UnitOfWork, member: Member, monday: date, day: str, slot: str) -> ShiftView:
    """The member's active shift in a published week, or a refusal that says what is wrong."""
    roster = await rosters.load_roster(uow, monday)
    if roster is None or roster.state != PUBLISHED:
        raise UserError("shift.not_published")
    for shift in roster.active:
        if shift.staff_id == member.staff_id and (shift.day, shift.slot) == (day, slot):
            return shift
    raise UserError("shift.not_yours")


async def drop(uow: UnitOfWork, shift: ShiftView, now: datetime) -> None:
    """Take the volunteer off; a durable job makes sure the slot is offered even if the process stops now."""
    await rosters.take_off(uow, shift.id, now)
    await schedule(uow, REFILL, refill_key(shift.id), now + REFILL_GRACE, {"shift_id": shift.id})


async def shifts_on_leave(uow: UnitOfWork, settings: Settings, member_id: int, now: datetime) -> list[ShiftView]:
    """The member's published shifts still to come that fall on a day they are now on leave."""
    from coordinator.availability.services import upcoming_leave

    today = now.astimezone(settings.zone).date()
    leave = await upcoming_leave(uow, member_id, today)
    rows = await uow.session.scalars(select(RosterShift.id).where(
        RosterShift.member_id == member_id, RosterShift.cancelled.is_(False), RosterShift.on >= today,
    ).order_by(RosterShift.on, RosterShift.id))
    found = []
    for shift_id in rows.all():
        roster, shift = await _dropped(uow, shift_id)
        if roster.published and any(shift.on in period for period in leave) and not _started(settings, shift, now):
            found.append(shift)
    return found


async def queue_offers(
    uow: UnitOfWork, settings: Settings, shift: ShiftView, ranking: Sequence[str], now: datetime
) -> tuple[OfferView | None, tuple[Member, ...]]:
    """Line up offers in ``ranking`` order (staff IDs) and open the first; returns it and everyone in line.

    A shift given back (a swap returned) and dropped again starts a new round: the old round's offers go."""
    await cancel(uow, refill_key(shift.id))
    await uow.session.execute(delete(ShiftOffer).where(ShiftOffer.dropped_shift_id == shift.id))
    members = {member.staff_id: member for member in await list_members(uow)}
    roster = await _roster_of(uow, shift.id)
    team = await _team_rules(uow)
    queue = [members[staff] for staff in dict.fromkeys(ranking)
             if staff in members and staff != shift.staff_id
             and _rule_broken(settings, roster, staff, shift, team) is None]
    uow.session.add_all(
        ShiftOffer(dropped_shift_id=shift.id, member_id=member.id, position=position, state=QUEUED, created_at=now)
        for position, member in enumerate(queue)
    )
    await uow.flush()
    return await _open_next(uow, settings, shift, now), tuple(queue)


async def already_offered(uow: UnitOfWork, shift_id: int) -> bool:
    """Whether this drop of the shift was offered; a shift given back and dropped again is a new round."""
    shift = await uow.session.get(RosterShift, shift_id)
    if shift is None or shift.released_at is None:
        return False
    found = await uow.session.scalar(select(ShiftOffer.id).where(
        ShiftOffer.dropped_shift_id == shift_id, ShiftOffer.created_at >= shift.released_at).limit(1))
    return found is not None


def refill_key(shift_id: int) -> str:
    return f"{REFILL}:{shift_id}"


async def _open_next(uow: UnitOfWork, settings: Settings, shift: ShiftView, now: datetime) -> OfferView | None:
    offer = await uow.session.scalar(
        select(ShiftOffer)
        .where(ShiftOffer.dropped_shift_id == shift.id, ShiftOffer.state == QUEUED)
        .order_by(ShiftOffer.position)
        .limit(1)
    )
    if offer is None:
        return None
    offer.state = OPEN
    start = rosters.shift_start(settings, shift)
    due = min(now + timedelta(minutes=settings.offer_minutes), start)
    await schedule(uow, OFFER_EXPIRY, f"{OFFER_EXPIRY}:{offer.id}", due, {"offer_id": offer.id})
    member = await uow.session.get(Member, offer.member_id)
    assert member is not None
    hours = await rosters.offered_hours(uow, member.id, shift.on, shift.day, shift.slot)
    return OfferView(offer.id, member, shift, hours)


def _started(settings: Settings, shift: ShiftView, now: datetime) -> bool:
    return rosters.shift_start(settings, shift) <= now


async def answer_offer(
    uow: UnitOfWork, settings: Settings, member: Member, offer_id: int, accept: bool, now: datetime
) -> OfferOutcome:
    offer = await uow.session.get(ShiftOffer, offer_id)
    if offer is None or offer.member_id != member.id:
        raise UserError("shift.offer_unknown")
    roster, shift = await _dropped(uow, offer.dropped_shift_id)
    if offer.state == WITHDRAWN:
        raise UserError("shift.offer_withdrawn")
    if offer.state in (ACCEPTED, DECLINED, CLOSED):
        raise await _why_closed(uow, offer, settings)
    if not accept:
        was_asked = offer.state != QUEUED
        offer.state, offer.answered_at = DECLINED, now
        if not was_asked:
            return OfferOutcome(shift, still_offered=True)
        return OfferOutcome(shift, next_offer=await _open_next(uow, settings, shift, now))
    team = await _team_rules(uow)
    if broken := _rule_broken(settings, roster, member.staff_id, shift, team):
        raise UserError(broken, limit=team.limit(settings, member.staff_id))
    if unfit := await _unfit(uow, settings, member, shift):
        raise UserError(unfit, date=f"{shift.on.month}/{shift.on.day}")
    if sum(1 for other in roster.active if (other.day, other.slot) == (shift.day, shift.slot)) >= settings.slot_max:
        raise UserError("shift.slot_full")
    if _started(settings, shift, now):
        raise UserError("shift.past")
    offer.state, offer.answered_at = ACCEPTED, now
    taken = await rosters.give_shift(uow, settings, await _roster_id(uow, shift.id), member.id, shift.day,
                                     shift.slot, now)
    closed = await _close_others(uow, offer)
    dropped_by = await _member_by_staff(uow, shift.staff_id)
    return OfferOutcome(shift, taken_by=member, closed_for=closed, dropped_by=dropped_by, taken_shift=taken)


def _rule_broken(settings: Settings, roster: RosterView, staff_id: str, shift: ShiftView,
                 team: TeamRules) -> str | None:
    """The hard rule taking ``shift`` would break for ``staff_id`` (a refusal key), or None when they may take it.

    ``shift`` may still be active (a swap): its holder is leaving it, so they do not count as company."""
    if roster.works_on(staff_id, shift.day):
        return "shift.already_that_day"
    if sum(1 for other in roster.active if other.staff_id == staff_id) >= team.limit(settings, staff_id):
        return "shift.at_max_shifts"
    company = [other.staff_id for other in roster.active
               if (other.day, other.slot) == (shift.day, shift.slot) and other.id != shift.id]
    if staff_id in team.trainees and all(other in team.trainees for other in company):
        return "shift.trainee_alone"
    return None


@dataclass(frozen=True, slots=True)
class TeamRules:
    """Who the per-person rules apply to: the trainees, and each person's own weekly limit."""

    trainees: frozenset[str]
    limits: dict[str, int]

    def limit(self, settings: Settings, staff_id: str) -> int:
        return self.limits.get(staff_id, settings.max_shifts)


async def _team_rules(uow: UnitOfWork) -> TeamRules:
    members = await list_members(uow)
    return TeamRules(frozenset(member.staff_id for member in members if "trainee" in role_names(member)),
                     {member.staff_id: member.max_shifts for member in members if member.max_shifts})


async def withdraw_refilled_offers(
    uow: UnitOfWork, roster: RosterView, newcomers: Iterable[ShiftView]
) -> list[tuple[ShiftView, tuple[Member, ...]]]:
    """A republish put someone new on a slot a volunteer had dropped: that drop's offers end (one per newcomer).

    Returns each withdrawn drop with the people who had already been asked, so they can be told."""
    withdrawn = []
    for (day, slot), places in Counter((shift.day, shift.slot) for shift in newcomers).items():
        dropped = [shift for shift in roster.shifts
                   if shift.released and shift.cancelled and (shift.day, shift.slot) == (day, slot)]
        for shift in dropped:
            if places == 0:
                break
            live = list(await uow.session.scalars(
                select(ShiftOffer).where(ShiftOffer.dropped_shift_id == shift.id, ShiftOffer.state.in_(LIVE))))
            if not live:
                continue
            places -= 1
            asked = [offer.member_id for offer in live if offer.state != QUEUED]
            for offer in live:
                offer.state = WITHDRAWN
            members = [await uow.session.get(Member, member_id) for member_id in asked]
            withdrawn.append((shift, tuple(member for member in members if member is not None)))
    return withdrawn


async def _why_closed(uow: UnitOfWork, offer: ShiftOffer, settings: Settings) -> UserError:
    """Who took the shift and when, or plainly that the offer is over."""
    taken = await uow.session.scalar(select(ShiftOffer).where(
        ShiftOffer.dropped_shift_id == offer.dropped_shift_id, ShiftOffer.state == ACCEPTED))
    if taken is None or taken.id == offer.id or taken.answered_at is None:
        return UserError("shift.offer_closed")
    taker = await uow.session.get(Member, taken.member_id)
    when = taken.answered_at.astimezone(settings.zone)
    return UserError("shift.offer_taken_by", name=taker.display_name if taker else "?", when=f"{when:%m/%d %H:%M}")


async def expire_offer(uow: UnitOfWork, settings: Settings, offer_id: int, now: datetime) -> OfferOutcome | None:
    """The offer's time is up: it stays acceptable, and the next person in line is asked too."""
    offer = await uow.session.get(ShiftOffer, offer_id)
    if offer is None or offer.state != OPEN:
        return None
    offer.state = EXPIRED
    _, shift = await _dropped(uow, offer.dropped_shift_id)
    return OfferOutcome(shift, next_offer=await _open_next(uow, settings, shift, now))


async def _close_others(uow: UnitOfWork, accepted: ShiftOffer) -> tuple[Member, ...]:
    others = await uow.session.scalars(
        select(ShiftOffer).where(
            ShiftOffer.dropped_shift_id == accepted.dropped_shift_id, ShiftOffer.id != accepted.id,
            ShiftOffer.state.in_((OPEN, EXPIRED, QUEUED)),
        )
    )
    told = []
    for other in others:
        if other.state != QUEUED:
            member = await uow.session.get(Member, other.member_id)
            assert member is not None
            told.append(member)
        other.state = CLOSED
    return tuple(told)


async def request_swap(
    uow: UnitOfWork, settings: Settings, shift: ShiftView, requester: Member, other: Member, now: datetime
) -> SwapView:
    if other.id == requester.id:
        raise UserError("shift.swap_self")
    await _may_take_over(uow, settings, shift, other)
    request = SwapRequest(shift_id=shift.id, from_member_id=requester.id, to_member_id=other.id,
                          state=PENDING, created_at=now)
    uow.session.add(request)
    await uow.flush()
    return SwapView(request.id, shift, requester, other)


async def answer_swap(
    uow: UnitOfWork, settings: Settings, member: Member, request_id: int, agree: bool, now: datetime
) -> SwapView:
    request = await uow.session.get(SwapRequest, request_id)
    if request is None or request.to_member_id != member.id:
        raise UserError("shift.swap_unknown")
    if request.state != PENDING:
        raise UserError("shift.swap_closed")
    _, shift = await rosters.shift_by_id(uow, request.shift_id) or (None, None)
    assert shift is not None
    requester = await uow.session.get(Member, request.from_member_id)
    assert requester is not None
    if shift.cancelled:
        request.state = CLOSED
        raise UserError("shift.swap_closed")
    if agree:
        await _may_take_over(uow, settings, shift, member)
    request.state = AGREED if agree else REFUSED
    if agree:
        await rosters.take_off(uow, shift.id, now)
        await rosters.give_shift(uow, settings, await _roster_id(uow, shift.id), member.id, shift.day, shift.slot,
                                 now)
    return SwapView(request.id, shift, requester, member)


async def _unfit(uow: UnitOfWork, settings: Settings, member: Member, shift: ShiftView) -> str | None:
    """Why ``member`` may not be on ``shift`` by their own word: on leave that day, or not free then as their
    times stand now (a slot they offered in part counts with ``allow_partial``), else None."""
    from coordinator.availability.services import effective_availability, upcoming_leave
    from coordinator.roster.planning import workable

    if any(shift.on in period for period in await upcoming_leave(uow, member.id, shift.on)):
        return "shift.on_leave_then"
    monday = shift.on - timedelta(days=shift.on.weekday())
    level = (await effective_availability(uow, member.id, monday)).get(f"{shift.day}:{shift.slot}")
    if level not in workable(settings.allow_partial):
        return "shift.not_free_then"
    return None


async def _may_take_over(uow: UnitOfWork, settings: Settings, shift: ShiftView, other: Member) -> None:
    """Refuse, naming the person and the rule, a swap that would put ``other`` where the solver never would."""
    name = other.display_name
    unfit = await _unfit(uow, settings, other, shift)
    if unfit == "shift.on_leave_then":
        raise UserError("shift.other_on_leave", name=name, date=f"{shift.on.month}/{shift.on.day}")
    if unfit:
        raise UserError("shift.other_unavailable", name=name)
    roster = await _roster_of(uow, shift.id)
    team = await _team_rules(uow)
    broken = _rule_broken(settings, roster, other.staff_id, shift, team)
    if broken == "shift.already_that_day":
        raise UserError("shift.other_busy", name=name)
    if broken == "shift.trainee_alone":
        raise UserError("shift.other_trainee_alone", name=name)
    if broken:
        raise UserError("shift.other_at_max_shifts", name=name, limit=team.limit(settings, other.staff_id))


async def _dropped(uow: UnitOfWork, shift_id: int) -> tuple[RosterView, ShiftView]:
    found = await rosters.shift_by_id(uow, shift_id)
    assert found is not None
    return found


async def _roster_of(uow: UnitOfWork, shift_id: int) -> RosterView:
    return (await _dropped(uow, shift_id))[0]


async def _roster_id(uow: UnitOfWork, shift_id: int) -> int:
    shift = await uow.session.get(RosterShift, shift_id)
    assert shift is not None
    return shift.roster_id


async def _member_by_staff(uow: UnitOfWork, staff_id: str) -> Member | None:
    member: Member | None = await uow.session.scalar(select(Member).where(Member.staff_id == staff_id))
    return member

"""Use cases for availability: record a post, undo or confirm it, show, clear, add leave."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select

from coordinator.availability.domain import (
    Availability,
    DatedPlan,
    Hours,
    changed_week,
    dated_plan,
    from_json,
    to_json,
)
from coordinator.availability.models import (
    AvailabilityMessage,
    AvailabilityOverride,
    Leave,
    StandingAvailability,
)
from coordinator.availability.parser import ParseResult, parse_availability
from coordinator.availability.parser.result import Mode
from coordinator.core.errors import UserError
from coordinator.core.week import DateRange, DutySlot, Level, slot_key, split_slot_key, week_monday
from coordinator.db.uow import UnitOfWork
from coordinator.platform.timers.scheduler import schedule
from coordinator.team.models import Member

MAX_TEXT = 2000
LEAVE_WORD = "请假"
LEAVE_RECORDED = "availability.leave_recorded"
"""A timed job due at once: whoever keeps shifts (the shifts feature) gives up the ones the leave falls on."""
APPLIED, CONFIRMED, UNDONE, UNCLEAR = "applied", "confirmed", "undone", "unclear"


@dataclass(frozen=True, slots=True)
class PostOutcome:
    message_id: int
    result: ParseResult
    week: date | None
    availability: Availability
    leave: tuple[DateRange, ...]
    hours: Hours

    @property
    def understood(self) -> bool:
        return self.result.actionable


@dataclass(frozen=True, slots=True)
class AvailabilityOverview:
    standing: Availability
    weeks: dict[date, Availability]
    leave: tuple[DateRange, ...]


async def record_post(
    uow: UnitOfWork,
    member: Member,
    *,
    text: str,
    channel: str,
    now: datetime,
    today: date,
    duty_slots: Sequence[DutySlot],
    week: date | None = None,
    read: ParseResult | None = None,
) -> PostOutcome:
    """Store the message verbatim; when it is understood, apply it: a statement replaces the week, a
    follow-up adds to it or takes slots out, leave is kept, a personal weekly limit is set.

    ``read`` is the message already parsed for ``today`` (the chat handler reads it first), so it is not read twice."""
    if len(text) > MAX_TEXT:
        raise UserError("avail.text_too_long", limit=MAX_TEXT)
    await lock_member(uow, member.id)
    result = read if read is not None else parse_availability(text, today, duty_slots)
    understood = result.actionable
    message = AvailabilityMessage(
        member_id=member.id, channel=channel, text=text, received_at=now, week=week,
        understood=result.as_json(), state=APPLIED if understood else UNCLEAR,
    )
    uow.session.add(message)
    await uow.flush()
    levels, hours = await current_availability(uow, member.id, week), await current_hours(uow, member.id, week)
    if understood and result.change is not Mode.KEEP:
        message.replaced = to_json(levels, hours)
        old = (levels, hours)
        levels, hours = changed_week(result.change, levels, hours, result.slots, result.hours, result.removed)
        if week is None and (result.starts or result.ends):
            plan = dated_plan(week_monday(today), result.starts, result.ends)
            await _apply_dated(uow, member.id, message, plan, old, (levels, hours))
        else:
            await _replace_availability(uow, member.id, week, levels, message.id, hours)
    if understood and result.leave:
        uow.session.add_all(
            Leave(member_id=member.id, start=period.start, end=period.end, message_id=message.id)
            for period in result.leave
        )
        await announce_leave(uow, member.id, now)
    if understood and result.max_shifts:
        member.max_shifts = result.max_shifts
    await uow.flush()
    return PostOutcome(message.id, result, week, levels, result.leave if understood else (), hours)


async def _apply_dated(
    uow: UnitOfWork, member_id: int, message: AvailabilityMessage, plan: DatedPlan,
    old: tuple[Availability, Hours], new: tuple[Availability, Hours],
) -> None:
    """A pattern bounded by dates: weeks of its own, earlier weeks keeping the old week, or the standing week;
    what each touched week held is kept on the post so it can be undone."""
    kept: dict[str, Any] = {}
    for monday in (*plan.old_weeks, *plan.new_weeks):
        own = await current_availability(uow, member_id, monday)
        kept[monday.isoformat()] = to_json(own, await current_hours(uow, member_id, monday)) if own else None
    message.replaced = {**(message.replaced or {}), "weeks": kept}
    for monday in plan.old_weeks:
        if kept[monday.isoformat()] is None:
            await _replace_availability(uow, member_id, monday, old[0], message.id, old[1])
    for monday in plan.new_weeks:
        await _replace_availability(uow, member_id, monday, new[0], message.id, new[1])
    if plan.standing:
        await _replace_availability(uow, member_id, None, new[0], message.id, new[1])


async def record_leave(
    uow: UnitOfWork, member: Member, *, text: str, channel: str, now: datetime, today: date,
    duty_slots: Sequence[DutySlot], dates_only: bool = False,
) -> tuple[DateRange, ...]:
    """Store a leave request; only its dates are used, the standing week stays as it is.

    With ``dates_only`` the text is an answer to "which days?" ("下周", "Dec 3"), read as leave on those days."""
    if len(text) > MAX_TEXT:
        raise UserError("avail.text_too_long", limit=MAX_TEXT)
    await lock_member(uow, member.id)
    result = parse_availability(f"{text} {LEAVE_WORD}" if dates_only else text, today, duty_slots)
    if not result.leave:
        raise UserError("avail.leave_unclear")
    message = AvailabilityMessage(
        member_id=member.id, channel=channel, text=text, received_at=now, week=None,
        understood={**result.as_json(), "slots": {}}, state=APPLIED,
    )
    uow.session.add(message)
    await uow.flush()
    uow.session.add_all(
        Leave(member_id=member.id, start=p.start, end=p.end, message_id=message.id) for p in result.leave
    )
    await announce_leave(uow, member.id, now)
    await uow.flush()
    return result.leave


async def announce_leave(uow: UnitOfWork, member_id: int, now: datetime) -> None:
    """Queue, with the leave itself, the work that follows from it (shifts on those days are given up)."""
    await schedule(uow, LEAVE_RECORDED, f"{LEAVE_RECORDED}:{member_id}", now, {"member_id": member_id})


async def clear_standing(uow: UnitOfWork, member: Member, *, now: datetime) -> int:
    """Empty the standing week, remembering it so the clear can be undone; returns the message id."""
    await lock_member(uow, member.id)
    message = AvailabilityMessage(
        member_id=member.id, channel="command", text="/avail clear", received_at=now, week=None,
        understood={"slots": {}, "leave": [], "confident": True}, state=APPLIED,
        replaced=to_json(await current_availability(uow, member.id, None), await current_hours(uow, member.id, None)),
    )
    uow.session.add(message)
    await uow.flush()
    await _replace_availability(uow, member.id, None, {}, message.id)
    return message.id


async def undo_post(uow: UnitOfWork, member: Member, message_id: int | None = None) -> AvailabilityMessage:
    """Undo the member's latest applied post: its times are replaced by what they were, its leave removed."""
    await lock_member(uow, member.id)
    latest = await _latest_applied(uow, member.id)
    if message_id is not None:
        await _require_own(uow, member, message_id)
        if latest is None or latest.id != message_id:
            raise UserError("avail.only_latest")
    if latest is None:
        raise UserError("avail.nothing_to_undo")
    if latest.replaced is not None:
        levels, hours = from_json(latest.replaced)
        await _replace_availability(uow, member.id, latest.week, levels, None, hours)
        for monday, kept in latest.replaced.get("weeks", {}).items():
            before = from_json(kept) if kept is not None else ({}, {})
            await _replace_availability(uow, member.id, date.fromisoformat(monday), *before, None)
    await uow.session.execute(delete(Leave).where(Leave.message_id == latest.id))
    latest.state = UNDONE
    await uow.flush()
    return latest


async def confirm_post(uow: UnitOfWork, member: Member, message_id: int | None = None) -> None:
    """Confirm a post (the member's latest when none is named)."""
    message = await _require_own(uow, member, message_id) if message_id else await _latest_applied(uow, member.id)
    if message is None:
        raise UserError("avail.nothing_to_confirm")
    if message.state == APPLIED:
        message.state = CONFIRMED
        await uow.flush()


async def _latest_applied(uow: UnitOfWork, member_id: int) -> AvailabilityMessage | None:
    latest: AvailabilityMessage | None = await uow.session.scalar(
        select(AvailabilityMessage)
        .where(AvailabilityMessage.member_id == member_id, AvailabilityMessage.state.in_((APPLIED, CONFIRMED)))
        .order_by(AvailabilityMessage.id.desc())
        .limit(1)
    )
    return latest


async def is_own_post(uow: UnitOfWork, member_id: int | None, message_id: int) -> bool:
    message = await uow.session.get(AvailabilityMessage, message_id)
    return message is not None and message.member_id == member_id


async def _require_own(uow: UnitOfWork, member: Member, message_id: int) -> AvailabilityMessage:
    message = await uow.session.get(AvailabilityMessage, message_id)
    if message is None or message.member_id != member.id:
        raise UserError("avail.not_yours")
    return message


async def lock_member(uow: UnitOfWork, member_id: int) -> None:
    """One change to a member's week at a time: a row lock on PostgreSQL, the write lock on SQLite."""
    await uow.session.execute(select(Member.id).where(Member.id == member_id).with_for_update())


async def current_availability(uow: UnitOfWork, member_id: int, week: date | None) -> Availability:
    """The standing week, or a particular week's own availability when ``week`` is given."""
    return {slot_key(row.day, row.slot): Level(row.level) for row in await _week_rows(uow, member_id, week)}


async def current_hours(uow: UnitOfWork, member_id: int, week: date | None) -> Hours:
    """The hours of the partial slots of the standing week (or of ``week``'s own availability)."""
    return {slot_key(row.day, row.slot): (row.hours_from, row.hours_to) for row in await _week_rows(uow, member_id, week)
            if row.hours_from and row.hours_to}


async def effective_hours(uow: UnitOfWork, member_id: int, week: date) -> Hours:
    """The hours that go with :func:`effective_availability`."""
    if await current_availability(uow, member_id, week):
        return await current_hours(uow, member_id, week)
    return await current_hours(uow, member_id, None)


async def _week_rows(
    uow: UnitOfWork, member_id: int, week: date | None
) -> list[StandingAvailability] | list[AvailabilityOverride]:
    if week is None:
        return list(await uow.session.scalars(
            select(StandingAvailability).where(StandingAvailability.member_id == member_id)))
    return list(await uow.session.scalars(select(AvailabilityOverride).where(
        AvailabilityOverride.member_id == member_id, AvailabilityOverride.week == week)))


async def effective_availability(uow: UnitOfWork, member_id: int, week: date) -> Availability:
    """What counts for a given week: its override if the member posted one, else the standing week."""
    return await current_availability(uow, member_id, week) or await current_availability(uow, member_id, None)


async def overview(uow: UnitOfWork, member: Member, today: date) -> AvailabilityOverview:
    weeks_rows = await uow.session.scalars(
        select(AvailabilityOverride.week).where(
            AvailabilityOverride.member_id == member.id, AvailabilityOverride.week >= today.replace(day=1)
        ).distinct()
    )
    weeks = {week: await current_availability(uow, member.id, week) for week in sorted(set(weeks_rows))}
    return AvailabilityOverview(
        standing=await current_availability(uow, member.id, None),
        weeks={week: levels for week, levels in weeks.items() if levels},
        leave=await upcoming_leave(uow, member.id, today),
    )


async def upcoming_leave(uow: UnitOfWork, member_id: int, today: date) -> tuple[DateRange, ...]:
    rows = await uow.session.scalars(
        select(Leave).where(Leave.member_id == member_id, Leave.end >= today).order_by(Leave.start)
    )
    return tuple(DateRange(row.start, row.end) for row in rows)


async def _replace_availability(
    uow: UnitOfWork, member_id: int, week: date | None, levels: Availability, message_id: int | None,
    hours: Hours | None = None,
) -> None:
    spans = hours or {}
    if week is None:
        await uow.session.execute(delete(StandingAvailability).where(StandingAvailability.member_id == member_id))
        uow.session.add_all(
            StandingAvailability(member_id=member_id, day=day, slot=slot, level=level.value, message_id=message_id,
                                 **_hours_of(spans, day, slot, level))
            for day, slot, level in _rows(levels)
        )
    else:
        await uow.session.execute(
            delete(AvailabilityOverride).where(
                AvailabilityOverride.member_id == member_id, AvailabilityOverride.week == week
            )
        )
        uow.session.add_all(
            AvailabilityOverride(
                member_id=member_id, week=week, day=day, slot=slot, level=level.value, message_id=message_id,
                **_hours_of(spans, day, slot, level),
            )
            for day, slot, level in _rows(levels)
        )
    await uow.flush()


def _hours_of(hours: Hours, day: str, slot: str, level: Level) -> dict[str, str | None]:
    span = hours.get(slot_key(day, slot)) if level is Level.PARTIAL else None
    return {"hours_from": span[0] if span else None, "hours_to": span[1] if span else None}


def _rows(levels: Availability) -> list[tuple[str, str, Level]]:
    return [(*split_slot_key(key), level) for key, level in sorted(levels.items())]

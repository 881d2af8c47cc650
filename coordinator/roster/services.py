"""Use cases for rosters: gather a week's problem, store a solution as a draft, publish, look up shifts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from coordinator.availability.models import AvailabilityMessage
from coordinator.availability.services import (
    APPLIED,
    CONFIRMED,
    effective_availability,
    effective_hours,
    upcoming_leave,
)
from coordinator.core.week import DutySlot, Level, day_date, iso_week_label, slot_key, week_monday
from coordinator.db.uow import UnitOfWork
from coordinator.platform.timers.scheduler import cancel, schedule
from coordinator.roster.domain import ShiftKey, ShiftState, reconcile
from coordinator.roster.models import RosterShift, RosterWeek
from coordinator.roster.planning import Needs, VolunteerSnapshot, WeekRequest
from coordinator.roster.shift_times import Hours, agreed_times, week_shift_times
from coordinator.settings import Settings
from coordinator.team.services import list_members, role_names

DRAFT, PUBLISHED = "draft", "published"
REMINDER, HANDOVER = "roster.reminder", "roster.handover"


@dataclass(frozen=True, slots=True)
class ShiftView:
    id: int
    staff_id: str
    name: str
    member_id: int
    day: str
    slot: str
    on: date
    cancelled: bool
    sequence: int
    released: bool = False
    claimed: bool = False
    hours: Hours | None = None
    """The hours agreed on a slot the volunteer offered only in part; None for the whole slot."""

    @property
    def key(self) -> ShiftKey:
        return (self.staff_id, self.day, self.slot)


@dataclass(frozen=True, slots=True)
class RosterView:
    monday: date
    state: str
    status: str
    explanation: dict[str, Any]
    shifts: tuple[ShiftView, ...]
    draft: tuple[ShiftKey, ...] | None = None

    @property
    def published(self) -> bool:
        return self.state == PUBLISHED

    @property
    def week(self) -> str:
        return iso_week_label(self.monday)

    @property
    def active(self) -> tuple[ShiftView, ...]:
        return tuple(shift for shift in self.shifts if not shift.cancelled)

    def works_on(self, staff_id: str, day: str) -> bool:
        return any(shift.staff_id == staff_id and shift.day == day for shift in self.active)

    def names_by_slot(self, *, draft: bool = False) -> dict[tuple[str, str], list[str]]:
        """Who is on each slot: as published, or in the pending draft."""
        return {key: [name for name, _ in people] for key, people in self.people_by_slot(draft=draft).items()}

    def people_by_slot(self, *, draft: bool = False) -> dict[tuple[str, str], list[tuple[str, Hours | None]]]:
        """Who is on each slot with the hours agreed for a partial shift: as published, or in the pending draft."""
        names: dict[str, str] = self.explanation.get("names", {})
        hours = draft_hours(self.explanation)
        people = [(key, hours.get(key)) for key in self.draft or ()] if draft else [
            (shift.key, shift.hours) for shift in self.active
        ]
        published_names = {shift.staff_id: shift.name for shift in self.shifts}
        grouped: dict[tuple[str, str], list[tuple[str, Hours | None]]] = {}
        for (staff, day, slot), span in people:
            grouped.setdefault((day, slot), []).append((published_names.get(staff) or names.get(staff, staff), span))
        return grouped

    def gaps(self) -> dict[tuple[str, str], int]:
        return {(gap["day"], gap["slot"]): gap["missing"] for gap in self.explanation.get("gaps", [])}


def draft_hours(explanation: dict[str, Any]) -> dict[ShiftKey, Hours]:
    """The hours of the build's partial shifts, as ``solving.explanation`` keeps them (none in older builds)."""
    return {(staff, day, slot): (start, end) for staff, day, slot, start, end in explanation.get("hours", [])}


def needs_from(settings: Settings) -> Needs:
    return Needs(settings.slot_min, settings.slot_target, settings.slot_max, settings.max_shifts)


async def week_request(uow: UnitOfWork, settings: Settings, monday: date) -> WeekRequest:
    """The week's problem: every active member with their availability and leave, and the shifts already out."""
    members = [member for member in await list_members(uow) if member.active]
    volunteers = []
    for member in members:
        volunteers.append(
            VolunteerSnapshot(
                staff_id=member.staff_id,
                name=member.display_name,
                roles=frozenset(role_names(member)),
                availability=await effective_availability(uow, member.id, monday),
                leave=await upcoming_leave(uow, member.id, monday),
                mentor=member.mentor.staff_id if member.mentor else None,
                max_shifts=member.max_shifts,
                hours=await effective_hours(uow, member.id, monday),
            )
        )
    existing = await load_roster(uow, monday)
    shifts = existing.shifts if existing else ()
    return WeekRequest(
        monday, settings.timezone, settings.slots, needs_from(settings), tuple(volunteers),
        previous=tuple(shift.key for shift in shifts if not shift.cancelled),
        pinned=tuple(shift.key for shift in shifts if shift.claimed and not shift.cancelled),
        unavailable=frozenset(shift.key for shift in shifts if shift.released and shift.cancelled),
        allow_partial=settings.allow_partial,
    )


async def save_draft(
    uow: UnitOfWork, monday: date, status: str, assigned: Iterable[ShiftKey], explanation: dict[str, Any], now: datetime
) -> RosterView:
    """Keep a build as the week's draft; what volunteers were told stays as it is until it is published."""
    roster = await _roster(uow, monday)
    if roster is None:
        roster = RosterWeek(week=monday, state=DRAFT, status=status, explanation=explanation, built_at=now, shifts=[])
        uow.session.add(roster)
    roster.status, roster.explanation, roster.built_at = status, explanation, now
    roster.draft = [list(key) for key in sorted(assigned)]
    await uow.flush()
    return await _view(uow, roster)


@dataclass(frozen=True, slots=True)
class Publication:
    """A published draft: the roster now, and each member's added, cancelled and retimed shifts."""

    view: RosterView
    first_time: bool
    added: dict[str, tuple[ShiftView, ...]]
    cancelled: dict[str, tuple[ShiftView, ...]]
    retimed: dict[str, tuple[ShiftView, ...]] = field(default_factory=dict)
    """Shifts kept whose agreed hours changed (the volunteer now offers the slot in part, or all of it)."""

    @property
    def changed(self) -> bool:
        return bool(self.added or self.cancelled or self.retimed)


async def publish(uow: UnitOfWork, settings: Settings, monday: date, now: datetime) -> Publication | None:
    """Apply the draft to the shifts (changed ones get a higher sequence), reminders and handovers follow."""
    roster = await _roster(uow, monday)
    if roster is None or roster.draft is None:
        return None
    first_time = roster.published_at is None
    members = {member.staff_id: member for member in await list_members(uow)}
    staff_of = {member.id: staff_id for staff_id, member in members.items()}
    by_key = {(staff_of[shift.member_id], shift.day, shift.slot): shift for shift in roster.shifts}
    change = reconcile(
        (ShiftState(key, shift.cancelled, shift.sequence, shift.released_at is not None)
         for key, shift in by_key.items()),
        [(staff, day, slot) for staff, day, slot in roster.draft if staff in members],
    )
    hours = draft_hours(roster.explanation)
    retimed = [key for key in _kept(by_key, roster.draft) if by_key[key].hours != hours.get(key)]
    for staff_id, day, slot in change.added:
        added = RosterShift(member_id=members[staff_id].id, day=day, slot=slot, on=day_date(monday, day),
                            cancelled=False, sequence=0, updated_at=now)
        added.hours = hours.get((staff_id, day, slot))
        roster.shifts.append(added)
    for key in change.restored:
        by_key[key].hours = hours.get(key)
        _touch(by_key[key], cancelled=False, now=now)
    for key in change.cancelled:
        await cancel(uow, reminder_key(by_key[key].id, by_key[key].sequence))
        _touch(by_key[key], cancelled=True, now=now)
    for key in retimed:
        await _retime(uow, by_key[key], hours.get(key), now)
    roster.state, roster.published_at, roster.draft = PUBLISHED, now, None
    await uow.flush()
    view = await _view(uow, roster)
    for shift in view.active:
        await schedule_reminder(uow, settings, shift, now)
    await _schedule_handovers(uow, settings, view, now)
    by_key_view = {shift.key: shift for shift in view.shifts}
    return Publication(
        view, first_time,
        _by_member(by_key_view[key] for key in (*change.added, *change.restored)),
        _by_member(by_key_view[key] for key in change.cancelled),
        _by_member(by_key_view[key] for key in retimed),
    )


def _by_member(shifts: Iterable[ShiftView]) -> dict[str, tuple[ShiftView, ...]]:
    grouped: dict[str, list[ShiftView]] = {}
    for shift in shifts:
        grouped.setdefault(shift.staff_id, []).append(shift)
    return {staff: tuple(items) for staff, items in grouped.items()}


def _touch(shift: RosterShift, *, cancelled: bool, now: datetime) -> None:
    shift.cancelled, shift.sequence, shift.updated_at = cancelled, shift.sequence + 1, now


def _kept(by_key: dict[ShiftKey, RosterShift], draft: Iterable[list[str]]) -> list[ShiftKey]:
    """Shifts already out (not cancelled) that the draft keeps."""
    wanted = {(staff, day, slot) for staff, day, slot in draft}
    return [key for key, shift in by_key.items() if key in wanted and not shift.cancelled]


async def _retime(uow: UnitOfWork, shift: RosterShift, hours: Hours | None, now: datetime) -> None:
    """New hours for a shift kept on the roster: a new version, so calendars update and its reminder follows."""
    await cancel(uow, reminder_key(shift.id, shift.sequence))
    shift.hours = hours
    _touch(shift, cancelled=False, now=now)


def duty_slot(settings: Settings, name: str) -> DutySlot:
    return next(slot for slot in settings.slots if slot.name == name)


def shift_times(settings: Settings, shift: ShiftView | RosterShift) -> tuple[datetime, datetime]:
    """When a shift begins and ends, aware in the team's zone: the hours agreed for a partial one, else its slot's."""
    slot_times = week_shift_times(week_monday(shift.on), shift.day, duty_slot(settings, shift.slot), settings.zone)
    return agreed_times(slot_times, shift.hours)


def shift_start(settings: Settings, shift: ShiftView | RosterShift) -> datetime:
    return shift_times(settings, shift)[0]


async def schedule_reminder(uow: UnitOfWork, settings: Settings, shift: ShiftView, now: datetime) -> None:
    """A reminder ``reminder_minutes`` before the shift's agreed start."""
    start = shift_start(settings, shift)
    due = start - timedelta(minutes=settings.reminder_minutes)
    if start > now:
        await schedule(uow, REMINDER, reminder_key(shift.id, shift.sequence), max(due, now), {"shift_id": shift.id},
                       once=True)


def reminder_key(shift_id: int, sequence: int) -> str:
    """One reminder per version of a shift: a shift given back after a change gets a new one."""
    return f"{REMINDER}:{shift_id}:{sequence}"


async def _schedule_handovers(uow: UnitOfWork, settings: Settings, view: RosterView, now: datetime) -> None:
    """A handover at the end of every slot with shifts, and one when a partial shift ends before its slot does."""
    for day, slot in {(shift.day, shift.slot) for shift in view.shifts}:
        await _schedule_handover(uow, settings, view.monday, day, slot, now)
    for shift in view.active:
        await schedule_early_handover(uow, settings, shift, now)


async def schedule_early_handover(uow: UnitOfWork, settings: Settings, shift: ShiftView, now: datetime) -> None:
    """A partial shift that ends before its slot does hands over when it ends."""
    if (end := shift_times(settings, shift)[1]) < slot_end(settings, shift):
        await _schedule_handover(uow, settings, week_monday(shift.on), shift.day, shift.slot, now, end)


def slot_end(settings: Settings, shift: ShiftView | RosterShift) -> datetime:
    """When the shift's slot ends, whatever hours were agreed."""
    return week_shift_times(week_monday(shift.on), shift.day, duty_slot(settings, shift.slot), settings.zone)[1]


async def _schedule_handover(
    uow: UnitOfWork, settings: Settings, monday: date, day: str, slot: str, now: datetime,
    early: datetime | None = None,
) -> None:
    """The slot's handover at its end, or (``early``) the one for partial shifts that end before it."""
    end = early or week_shift_times(monday, day, duty_slot(settings, slot), settings.zone)[1]
    if end > now:
        payload = {"week": monday.isoformat(), "day": day, "slot": slot}
        key = f"{HANDOVER}:{monday}:{day}:{slot}"
        if early is not None:
            payload["end"], key = f"{end:%H:%M}", f"{key}:{end:%H:%M}"
        await schedule(uow, HANDOVER, key, end, payload, once=True)


async def draft_basis(uow: UnitOfWork, monday: date) -> dict[str, Any]:
    """What a build of the week stands on: the latest availability post that applies, how many apply, and the
    version of each shift already out. A draft whose basis has moved on is stale; a post the bot only asked
    about does not move it."""
    applied = AvailabilityMessage.state.in_((APPLIED, CONFIRMED))
    latest = await uow.session.scalar(select(func.max(AvailabilityMessage.id)).where(applied))
    count = await uow.session.scalar(select(func.count()).select_from(AvailabilityMessage).where(applied))
    roster = await _roster(uow, monday)
    shifts = {str(shift.id): [shift.sequence, shift.cancelled] for shift in roster.shifts} if roster else {}
    return {"latest_post": latest or 0, "applied_posts": count or 0, "shifts": shifts}


async def draft_is_stale(uow: UnitOfWork, monday: date) -> bool:
    """Whether anything the draft was built on changed after it was built: a shift dropped, taken or swapped, or
    someone's times or leave. Publishing it then could put someone where they can no longer be."""
    roster = await _roster(uow, monday)
    if roster is None or roster.draft is None or "basis" not in roster.explanation:
        return False
    return bool(roster.explanation["basis"] != await draft_basis(uow, monday))


async def load_roster(uow: UnitOfWork, monday: date) -> RosterView | None:
    roster = await _roster(uow, monday)
    return await _view(uow, roster) if roster else None


async def _roster(uow: UnitOfWork, monday: date) -> RosterWeek | None:
    roster: RosterWeek | None = await uow.session.scalar(select(RosterWeek).where(RosterWeek.week == monday))
    return roster


async def _view(uow: UnitOfWork, roster: RosterWeek) -> RosterView:
    members = {member.id: member for member in await list_members(uow)}
    shifts = tuple(
        ShiftView(
            id=shift.id, staff_id=members[shift.member_id].staff_id, name=members[shift.member_id].display_name,
            member_id=shift.member_id, day=shift.day, slot=shift.slot, on=shift.on,
            cancelled=shift.cancelled, sequence=shift.sequence,
            released=shift.released_at is not None, claimed=shift.claimed_at is not None, hours=shift.hours,
        )
        for shift in roster.shifts
    )
    draft = tuple((staff, day, slot) for staff, day, slot in roster.draft) if roster.draft is not None else None
    return RosterView(roster.week, roster.state, roster.status, dict(roster.explanation), shifts, draft)


async def shift_by_id(uow: UnitOfWork, shift_id: int) -> tuple[RosterView, ShiftView] | None:
    shift = await uow.session.get(RosterShift, shift_id)
    if shift is None:
        return None
    roster = await uow.session.get(RosterWeek, shift.roster_id)
    assert roster is not None
    view = await _view(uow, roster)
    return view, next(item for item in view.shifts if item.id == shift_id)


async def give_shift(
    uow: UnitOfWork, settings: Settings, roster_id: int, member_id: int, day: str, slot: str, now: datetime
) -> ShiftView:
    """Put a member on a slot (restoring their cancelled shift there if there is one), with its reminder; a slot
    they offered only in part keeps their hours."""
    shift = await uow.session.scalar(
        select(RosterShift).where(
            RosterShift.roster_id == roster_id, RosterShift.member_id == member_id,
            RosterShift.day == day, RosterShift.slot == slot,
        )
    )
    if shift is None:
        roster = await uow.session.get(RosterWeek, roster_id)
        assert roster is not None
        shift = RosterShift(member_id=member_id, day=day, slot=slot, on=day_date(roster.week, day),
                            cancelled=False, sequence=0, updated_at=now)
        roster.shifts.append(shift)
    elif shift.cancelled:
        _touch(shift, cancelled=False, now=now)
    shift.hours = await offered_hours(uow, member_id, shift.on, day, slot)
    shift.claimed_at, shift.released_at = now, None
    await uow.flush()
    found = await shift_by_id(uow, shift.id)
    assert found is not None
    await schedule_reminder(uow, settings, found[1], now)
    await schedule_early_handover(uow, settings, found[1], now)
    return found[1]


async def offered_hours(uow: UnitOfWork, member_id: int, on: date, day: str, slot: str) -> Hours | None:
    """The hours a member offered for a slot they can do only in part; None when they offered all of it."""
    monday, key = week_monday(on), slot_key(day, slot)
    if (await effective_availability(uow, member_id, monday)).get(key) != Level.PARTIAL:
        return None
    return (await effective_hours(uow, member_id, monday)).get(key)


async def take_off(uow: UnitOfWork, shift_id: int, now: datetime) -> None:
    """The volunteer gives the shift up: cancelled (kept, so calendars show it), its reminder too."""
    shift = await uow.session.get(RosterShift, shift_id)
    assert shift is not None
    await cancel(uow, reminder_key(shift.id, shift.sequence))
    _touch(shift, cancelled=True, now=now)
    shift.released_at, shift.claimed_at = now, None
    await uow.flush()

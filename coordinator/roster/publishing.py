"""Use cases for a week's roster: build a draft from the stored times, publish it; each owns its transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from coordinator.chat.reply import Notice
from coordinator.core.errors import UserError
from coordinator.core.week import iso_week_label, week_monday
from coordinator.db.uow import UnitOfWork
from coordinator.platform.outbox.service import queue
from coordinator.roster import services as rosters
from coordinator.roster.notices import publication_notices
from coordinator.roster.planning import next_monday
from coordinator.roster.solver import Reason
from coordinator.settings import Settings
from coordinator.shifts import changes
from coordinator.shifts.notices import direct
from coordinator.team import services as team
from coordinator.team.domain import MemberView
from coordinator.team.models import Member

if TYPE_CHECKING:
    from coordinator.app import App


@dataclass(frozen=True, slots=True)
class Draft:
    """A built week: the stored draft, or why no roster can satisfy the pins (with people's names)."""

    view: rosters.RosterView | None
    infeasible: tuple[Reason, ...] = ()
    names: dict[str, str] | None = None


@dataclass(frozen=True, slots=True)
class Shown:
    monday: date
    view: rosters.RosterView | None
    member: MemberView | None = None


@dataclass(frozen=True, slots=True)
class MyWeeks:
    shifts: dict[date, tuple[rosters.ShiftView, ...]]
    calendar: bytes | None
    """The shifts of those weeks as an .ics file, when there are any."""
    staff_id: str


@dataclass(frozen=True, slots=True)
class Published:
    week: str
    first_time: bool
    told: int
    """How many volunteers are told by DM."""
    unchanged: bool = False
    """The draft was the roster as published: nothing was posted or sent."""


async def build_draft(app: App, monday: date) -> Draft:
    """Solve the week off the event loop and keep it as the draft; what volunteers were told stays as it is."""
    from coordinator.roster.solving import assigned, explanation, solve_week

    async with app.uow() as uow:
        request = await rosters.week_request(uow, app.settings, monday)
        basis = await rosters.draft_basis(uow, monday)
    if not any(volunteer.availability for volunteer in request.volunteers):
        raise UserError("roster.no_volunteers", week=iso_week_label(monday))
    solution = await solve_week(request)
    names = {volunteer.staff_id: volunteer.name for volunteer in request.volunteers}
    if solution.status == "INFEASIBLE":
        return Draft(None, tuple(solution.infeasible_reasons), names)
    async with app.uow() as uow:
        view = await rosters.save_draft(uow, monday, solution.status, assigned(solution),
                                        {**explanation(solution, names), "basis": basis}, app.clock.now())
        await uow.commit()
    return Draft(view)


async def publish_week(app: App, monday: date) -> Published:
    """Apply the draft, and queue the channel post and each changed volunteer's DM in the same transaction."""
    settings, now, week = app.settings, app.clock.now(), iso_week_label(monday)
    async with app.uow() as uow:
        existing = await rosters.load_roster(uow, monday)
        if await rosters.draft_is_stale(uow, monday):
            raise UserError("roster.draft_stale", week=week)
        publication = await rosters.publish(uow, settings, monday, now)
        if publication is None:
            raise UserError("roster.nothing_new" if existing and existing.published else "roster.not_built", week=week)
        if not publication.first_time and not publication.changed:
            await uow.commit()
            return Published(week, first_time=False, told=0, unchanged=True)
        languages = {member.staff_id: member.language or settings.language for member in await team.list_members(uow)}
        notices = publication_notices(settings, publication, languages, now)
        await queue(uow, [*notices, *await _withdrawn_offers(uow, settings, publication)], now)
        await uow.commit()
    return Published(week, publication.first_time, len(notices) - 1)


async def _withdrawn_offers(uow: UnitOfWork, settings: Settings, publication: rosters.Publication) -> list[Notice]:
    """Offers for dropped shifts the new roster covers end, and whoever was asked hears so."""
    newcomers = [shift for shifts in publication.added.values() for shift in shifts]
    withdrawn = await changes.withdraw_refilled_offers(uow, publication.view, newcomers)
    on_it = {(shift.staff_id, shift.day, shift.slot) for shift in newcomers}
    return [direct(settings, member, "shift.offer_withdrawn_notice", shift)
            for shift, asked in withdrawn for member in asked
            if (member.staff_id, shift.day, shift.slot) not in on_it]


async def week_to_show(app: App, week: date | None, reference: str | None) -> Shown:
    """A week's roster (next week once it exists, else this week) and the member to show alone, if named."""
    today = app.today()
    async with app.uow() as uow:
        if week is None:
            week = next_monday(today) if await rosters.load_roster(uow, next_monday(today)) else week_monday(today)
        member = team.view(await team.find_member(uow, reference)) if reference else None
        return Shown(week, await rosters.load_roster(uow, week), member)


async def my_weeks(app: App, member_id: int, weeks: tuple[date, ...]) -> MyWeeks:
    """The member's published shifts in ``weeks``, with them as a calendar file."""
    from coordinator.calendar import services as calendar

    async with app.uow() as uow:
        member = await uow.session.get(Member, member_id)
        if member is None:
            raise UserError("error.not_a_member")
        shifts = {}
        for monday in weeks:
            view = await rosters.load_roster(uow, monday)
            shifts[monday] = tuple(s for s in view.active if s.member_id == member_id) if view and view.published \
                else ()
        has_any = any(shifts.values())
        ics = await calendar.calendar_bytes(uow, app.settings, member, weeks[0], weeks=weeks) if has_any else None
        return MyWeeks(shifts, ics, member.staff_id)

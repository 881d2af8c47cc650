"""Use cases for a week's roster: build a draft from the stored times, publish it; each owns its transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from coordinator.core.errors import UserError
from coordinator.core.week import iso_week_label
from coordinator.platform.outbox.service import queue
from coordinator.roster import services as rosters
from coordinator.roster.notices import publication_notices
from coordinator.roster.solver import Reason
from coordinator.team import services as team

if TYPE_CHECKING:
    from coordinator.app import App


@dataclass(frozen=True, slots=True)
class Draft:
    """A built week: the stored draft, or why no roster can satisfy the pins (with people's names)."""

    view: rosters.RosterView | None
    infeasible: tuple[Reason, ...] = ()
    names: dict[str, str] | None = None


@dataclass(frozen=True, slots=True)
class Published:
    week: str
    first_time: bool
    told: int
    """How many volunteers are told by DM."""


async def build_draft(app: App, monday: date) -> Draft:
    """Solve the week off the event loop and keep it as the draft; what volunteers were told stays as it is."""
    from coordinator.roster.solving import assigned, explanation, solve_week

    async with app.uow() as uow:
        request = await rosters.week_request(uow, app.settings, monday)
    if not any(volunteer.availability for volunteer in request.volunteers):
        raise UserError("roster.no_volunteers", week=iso_week_label(monday))
    solution = await solve_week(request)
    names = {volunteer.staff_id: volunteer.name for volunteer in request.volunteers}
    if solution.status == "INFEASIBLE":
        return Draft(None, tuple(solution.infeasible_reasons), names)
    async with app.uow() as uow:
        view = await rosters.save_draft(uow, monday, solution.status, assigned(solution),
                                        explanation(solution, names), app.clock.now())
        await uow.commit()
    return Draft(view)


async def publish_week(app: App, monday: date) -> Published:
    """Apply the draft, and queue the channel post and each changed volunteer's DM in the same transaction."""
    settings, now, week = app.settings, app.clock.now(), iso_week_label(monday)
    async with app.uow() as uow:
        existing = await rosters.load_roster(uow, monday)
        publication = await rosters.publish(uow, settings, monday, now)
        if publication is None:
            raise UserError("roster.nothing_new" if existing and existing.published else "roster.not_built", week=week)
        languages = {member.staff_id: member.language or settings.language for member in await team.list_members(uow)}
        notices = publication_notices(settings, publication, languages)
        await queue(uow, notices, now)
        await uow.commit()
    return Published(week, publication.first_time, len(notices) - 1)

"""Offer a dropped shift: re-solve the week keeping everyone else in place, then ask people in turn."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta
from typing import TYPE_CHECKING

from coordinator.roster import changes
from coordinator.roster import services as rosters
from coordinator.roster.services import ShiftView
from coordinator.roster.solving import offer_ranking, solve_week
from coordinator.team.models import Member

if TYPE_CHECKING:
    from coordinator.app import App


@dataclass(frozen=True, slots=True)
class Refill:
    offer: changes.OfferView | None
    """The first person asked, or None when nobody can take the slot."""
    queue: tuple[Member, ...]


async def refill(app: App, shift: ShiftView) -> Refill:
    """The solver's picks for the slot first, then its standby people; the slot's old holder is left out."""
    monday = shift.on - timedelta(days=shift.on.weekday())
    async with app.uow() as uow:
        request = await rosters.week_request(uow, app.settings, monday)
    request = replace(request, unavailable=frozenset({shift.key}))
    solution = await solve_week(replace(request, pinned=request.previous))
    if solution.status == "INFEASIBLE":
        solution = await solve_week(request)
    ranking = offer_ranking(solution, shift.day, shift.slot) if solution.status != "INFEASIBLE" else []
    async with app.uow() as uow:
        offer, queue = await changes.queue_offers(uow, app.settings, shift, ranking, app.clock.now())
        await uow.commit()
    return Refill(offer, queue)

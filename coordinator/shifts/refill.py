"""Offer a dropped shift: re-solve the week keeping everyone else in place, then ask people in turn."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta
from typing import TYPE_CHECKING

from coordinator.db.uow import UnitOfWork
from coordinator.platform.outbox.service import queue
from coordinator.roster import services as rosters
from coordinator.roster.services import ShiftView
from coordinator.shifts import changes
from coordinator.shifts.notices import gap_notice, offer_notice
from coordinator.team.models import Member

if TYPE_CHECKING:
    from coordinator.app import App


@dataclass(frozen=True, slots=True)
class Refill:
    offer: changes.OfferView | None
    """The first person asked, or None when nobody can take the slot."""
    queue: tuple[Member, ...]


async def ranking_for(app: App, shift: ShiftView) -> list[str]:
    """The solver's picks for the slot first, then its standby people; the slot's old holder is left out."""
    from coordinator.roster.solving import offer_ranking, solve_week

    monday = shift.on - timedelta(days=shift.on.weekday())
    async with app.uow() as uow:
        request = await rosters.week_request(uow, app.settings, monday)
    request = replace(request, unavailable=request.unavailable | {shift.key})
    solution = await solve_week(replace(request, pinned=tuple(dict.fromkeys((*request.pinned, *request.previous)))))
    if solution.status == "INFEASIBLE":
        solution = await solve_week(request)
    return offer_ranking(solution, shift.day, shift.slot) if solution.status != "INFEASIBLE" else []


async def refill(app: App, shift: ShiftView, uow: UnitOfWork | None = None) -> Refill:
    """Line up the offers and queue the first one (or the gap notice) in ``uow``, else in a transaction of its own."""
    ranking = await ranking_for(app, shift)
    if uow is not None:
        return await write_offers(app, shift, ranking, uow)
    async with app.uow() as own:
        outcome = await write_offers(app, shift, ranking, own)
        await own.commit()
    return outcome


async def write_offers(app: App, shift: ShiftView, ranking: list[str], uow: UnitOfWork) -> Refill:
    """Line up the offers in ``ranking`` order and queue the first one, or the gap notice when nobody can."""
    now = app.clock.now()
    offer, lined_up = await changes.queue_offers(uow, app.settings, shift, ranking, now)
    notice = offer_notice(app.settings, offer) if offer else gap_notice(app.settings, shift, shift.name)
    await queue(uow, [notice], now)
    return Refill(offer, lined_up)

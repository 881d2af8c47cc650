"""Timed shift-change work: an offer that runs out moves on; a drop whose offers were lost is offered; leave
gives up the shifts it falls on."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from coordinator.availability.services import LEAVE_RECORDED
from coordinator.db.uow import UnitOfWork
from coordinator.platform.outbox.service import queue
from coordinator.platform.timers.scheduler import JobHandler
from coordinator.roster import services as rosters
from coordinator.shifts import changes
from coordinator.shifts.notices import gap_notice, outcome_notices
from coordinator.shifts.refill import refill
from coordinator.shifts.services import give_up_for_leave

if TYPE_CHECKING:
    from coordinator.app import App


def shift_jobs(app: App) -> dict[str, JobHandler]:
    settings = app.settings

    async def expire_offer(uow: UnitOfWork, payload: Mapping[str, Any]) -> None:
        outcome = await changes.expire_offer(uow, settings, payload["offer_id"], app.clock.now())
        if outcome is not None:
            notices = outcome_notices(settings, outcome) or (gap_notice(settings, outcome.shift, outcome.shift.name),)
            await queue(uow, notices, app.clock.now())

    async def refill_after_a_stop(uow: UnitOfWork, payload: Mapping[str, Any]) -> None:
        """The process stopped between a drop and its offers: solve first, then write the offers with "done"."""
        async with app.uow() as look:
            found = await rosters.shift_by_id(look, payload["shift_id"])
            if found is None or await changes.already_offered(look, payload["shift_id"]):
                return
        await refill(app, found[1], uow)

    async def leave_recorded(uow: UnitOfWork, payload: Mapping[str, Any]) -> None:
        await give_up_for_leave(app, uow, payload["member_id"])

    return {changes.OFFER_EXPIRY: expire_offer, changes.REFILL: refill_after_a_stop, LEAVE_RECORDED: leave_recorded}

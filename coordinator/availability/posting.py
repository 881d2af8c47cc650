"""Use cases for availability: each owns its transaction and returns plain results for the handler to word."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from coordinator.availability import services as availability
from coordinator.availability.parser import ParseResult
from coordinator.core.week import DateRange
from coordinator.platform.identity import Asker
from coordinator.team import services as team

if TYPE_CHECKING:
    from coordinator.app import App


@dataclass(frozen=True, slots=True)
class Posted:
    outcome: availability.PostOutcome
    name: str
    staff_id: str
    joined: bool
    """The poster joined the team with this post."""


@dataclass(frozen=True, slots=True)
class Seen:
    name: str
    overview: availability.AvailabilityOverview


async def post(app: App, asker: Asker, text: str, channel: str, week: date | None,
               read: ParseResult | None = None) -> Posted:
    """Store what was said; when it is understood, it becomes the member's week (or that week's)."""
    now = app.clock.now()
    today = app.today()
    async with app.uow() as uow:
        member, joined = await team.member_for(uow, asker, now)
        outcome = await availability.record_post(uow, member, text=text, channel=channel, now=now, today=today,
                                                 duty_slots=app.settings.slots, week=week, read=read)
        await uow.commit()
        return Posted(outcome, member.display_name, member.staff_id, joined)


async def take_leave(app: App, asker: Asker, text: str, channel: str, *, dates_only: bool = False
                     ) -> tuple[DateRange, ...]:
    async with app.uow() as uow:
        member, _ = await team.member_for(uow, asker, app.clock.now())
        periods = await availability.record_leave(uow, member, text=text, channel=channel, now=app.clock.now(),
                                                  today=app.today(), duty_slots=app.settings.slots,
                                                  dates_only=dates_only)
        await uow.commit()
        return periods


async def confirm(app: App, asker: Asker, message_id: int | None) -> None:
    async with app.uow() as uow:
        member, _ = await team.member_for(uow, asker, app.clock.now())
        await availability.confirm_post(uow, member, message_id)
        await uow.commit()


async def undo(app: App, asker: Asker, message_id: int | None) -> None:
    async with app.uow() as uow:
        member, _ = await team.member_for(uow, asker, app.clock.now())
        await availability.undo_post(uow, member, message_id)
        await uow.commit()


async def clear(app: App, asker: Asker) -> int:
    """Empty the standing week (undoable); returns the post that did it."""
    async with app.uow() as uow:
        member, _ = await team.member_for(uow, asker, app.clock.now())
        message_id = await availability.clear_standing(uow, member, now=app.clock.now())
        await uow.commit()
        return message_id


async def look_up(app: App, asker: Asker, reference: str | None) -> Seen:
    """A member's standing week, week overrides and upcoming leave: someone named, else the asker's own."""
    async with app.uow() as uow:
        member = await team.find_member(uow, reference) if reference else (
            await team.member_for(uow, Asker(asker.caller), app.clock.now()))[0]
        return Seen(member.display_name, await availability.overview(uow, member, app.today()))

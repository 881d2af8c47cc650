"""Fifty people post at once: nothing is lost, nobody gets someone else's staff ID."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select

from coordinator.availability.models import AvailabilityMessage, StandingAvailability
from coordinator.chat.dispatch import Dispatcher
from coordinator.chat.invocation import Actor
from coordinator.team.models import Member

DAYS_SAID = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]


async def test_fifty_concurrent_posts_are_all_stored(app) -> None:
    dispatcher = Dispatcher(app)

    async def post(number: int) -> str:
        actor = Actor("console", f"志愿者{number:02d}", f"志愿者{number:02d}")
        reply = await dispatcher.handle_text(actor, app.settings.availability_channel,
                                             f"{DAYS_SAID[number % 7]}晚上可以")
        return reply.text

    replies = await asyncio.gather(*(post(n) for n in range(50)))
    assert all("我理解的是" in text for text in replies), replies
    async with app.uow() as uow:
        staff_ids = (await uow.session.scalars(select(Member.staff_id))).all()
        messages = await uow.session.scalar(select(func.count()).select_from(AvailabilityMessage))
        rows = (await uow.session.execute(
            select(Member.display_name, StandingAvailability.day, StandingAvailability.slot)
            .join(StandingAvailability, StandingAvailability.member_id == Member.id)
        )).all()
    assert sorted(staff_ids) == [f"KF{n:03d}" for n in range(1, 51)]
    assert messages == 50
    days = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    assert sorted(rows) == sorted((f"志愿者{n:02d}", days[n % 7], "evening") for n in range(50))

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


WEEKS_SAID = ["周一晚上可以", "周二周三下午可以", "周末上午可以", "工作日晚上可以", "周四全天可以",
              "周五晚上可以", "周六下午可以", "周日晚上可以", "周一到周三上午可以", "周二晚上可以"]


async def test_the_same_member_posting_ten_times_at_once_keeps_exactly_one_post(app) -> None:
    from coordinator.chat.admin import run_as_admin

    for number in range(20):
        await run_as_admin(app, "team add", member=f"成员{number:02d}")
    dispatcher = Dispatcher(app)

    async def post(number: int, text: str) -> str:
        actor = Actor("console", f"成员{number:02d}", f"成员{number:02d}")
        reply = await dispatcher.handle_text(actor, app.settings.availability_channel, text)
        return reply.text

    replies = await asyncio.gather(*(post(n, text) for n in range(20) for text in WEEKS_SAID))
    assert all("我理解的是" in text for text in replies), [r for r in replies if "我理解的是" not in r][:3]
    from coordinator.availability.parser import parse_availability

    possible = [set(parse_availability(text, app.today(), app.settings.slots).slots) for text in WEEKS_SAID]
    async with app.uow() as uow:
        messages = await uow.session.scalar(select(func.count()).select_from(AvailabilityMessage))
        rows = (await uow.session.execute(
            select(Member.display_name, StandingAvailability.day, StandingAvailability.slot)
            .join(StandingAvailability, StandingAvailability.member_id == Member.id)
        )).all()
    assert messages == 200
    weeks: dict[str, set[str]] = {}
    for name, day, slot in rows:
        weeks.setdefault(name, set()).add(f"{day}:{slot}")
    assert len(weeks) == 20
    assert all(week in possible for week in weeks.values()), "a week was merged from several posts"


async def test_a_newcomer_posting_twice_at_once_is_one_member(app) -> None:
    dispatcher = Dispatcher(app)

    async def post(number: int, text: str) -> str:
        actor = Actor("console", f"新人{number}", f"新人{number}")
        reply = await dispatcher.handle_text(actor, app.settings.availability_channel, text)
        return reply.text

    replies = await asyncio.gather(*(post(n, text) for n in range(10) for text in ("周一晚上可以", "周二晚上可以")))
    assert not any("已经有叫" in text for text in replies)
    async with app.uow() as uow:
        names = (await uow.session.scalars(select(Member.display_name))).all()
    assert sorted(names) == sorted(f"新人{n}" for n in range(10))

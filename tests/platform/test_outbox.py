"""The outbox: notices commit with the change that causes them, survive a kill, and are retried, not lost."""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, datetime, timedelta

import aiohttp
from sqlalchemy import select

from coordinator.app import App
from coordinator.chat.dispatch import Dispatcher
from coordinator.chat.invocation import Actor, Invocation
from coordinator.chat.reply import Notice, Recipient, Reply
from coordinator.platform.outbox.models import OutboxMessage
from coordinator.platform.outbox.service import LEASE, PermanentDeliveryError, queue
from tests.app.transcript import Transcript


class Killed(BaseException):
    """The process dies here: nothing after this point runs (like kill -9)."""


def recorder(kill_after: int | None = None, failing: set[str] = frozenset(), closed: set[str] = frozenset()):
    said: list[tuple[str, str]] = []

    async def deliver(recipient: Recipient, reply: Reply) -> None:
        if recipient.label in closed:
            raise PermanentDeliveryError("DMs closed")
        if recipient.label in failing:
            raise aiohttp.ClientOSError(104, "Connection reset by peer")
        if kill_after is not None and len(said) >= kill_after:
            raise Killed
        said.append((recipient.label, reply.text))

    return said, deliver


async def _states(app: App) -> Counter:
    async with app.uow() as uow:
        return Counter((await uow.session.scalars(select(OutboxMessage.state))).all())


async def test_notices_queued_in_a_rolled_back_change_are_never_sent(app: App, clock) -> None:
    async with app.uow() as uow:
        await queue(uow, [Notice(Recipient.channel("roster"), "never")], clock.now())
    said, deliver = recorder()
    assert await app.outbox(deliver).deliver_due() == 0 and said == []


async def test_a_failing_recipient_is_retried_with_backoff_and_does_not_stop_the_rest(app: App, clock) -> None:
    async with app.uow() as uow:
        notices = [Notice(Recipient.member(n, name), f"hi {name}") for n, name in enumerate(("a", "b", "c", "d"), 1)]
        await queue(uow, notices, clock.now())
        await uow.commit()
    said, deliver = recorder(failing={"b"}, closed={"c"})
    assert await app.outbox(deliver).deliver_due() == 2
    assert said == [("a", "hi a"), ("d", "hi d")]
    assert await _states(app) == Counter({"sent": 2, "failed": 1, "pending": 1})
    said_later, deliver_later = recorder()
    assert await app.outbox(deliver_later).deliver_due() == 0
    clock.advance(timedelta(seconds=31))
    assert await app.outbox(deliver_later).deliver_due() == 1
    assert said_later == [("b", "hi b")]


async def _published_week(app: App):
    from coordinator.roster import services as rosters
    from coordinator.roster.planning import next_monday

    async with app.uow() as uow:
        return await rosters.load_roster(uow, next_monday(datetime(2026, 11, 23).date()))


async def test_a_publish_killed_part_way_tells_everyone_after_the_restart(app: App, clock) -> None:
    chat = Transcript(app)
    await chat.bootstrap("廖丹")
    for number in range(40):
        await chat.say(f"志愿者{number:02d}: {['周一', '周二', '周三', '周四', '周五'][number % 5]}晚上可以")
    await chat.say("廖丹: /roster build")
    said, deliver = recorder(kill_after=10)
    reply = await Dispatcher(app).run(Invocation(Actor("console", "廖丹", "廖丹"), "roster", "roster publish"))
    assert reply.key == "roster.published"
    try:
        await app.outbox(deliver).deliver_due()
    except Killed:
        pass
    assert len(said) == 10
    assert "没有新的草稿" in await chat.say("廖丹: /roster publish")
    clock.advance(LEASE + timedelta(seconds=1))
    after, deliver_after = recorder()
    await app.outbox(deliver_after).deliver_due()
    told = Counter(label for label, _ in said + after)
    on_shift = {shift.name for shift in (await _published_week(app)).active}
    assert len(on_shift) >= 10
    assert set(told) == {"#roster"} | on_shift
    assert set(told.values()) == {1}
    assert await _states(app) == Counter({"sent": len(told)})


async def test_a_week_of_reminders_survives_four_kills(app: App, clock) -> None:
    """Every shift's reminder and every handover goes out exactly once, though the process dies four times."""
    chat = Transcript(app)
    await chat.bootstrap("廖丹")
    for number in range(9):
        await chat.say(f"志愿者{number}: 每天{['上午', '下午', '晚上'][number % 3]}可以")
    await chat.say("廖丹: /roster build")
    await chat.say("廖丹: /roster publish")
    await app.outbox(recorder()[1]).deliver_due()
    rng = random.Random(7)
    delivered: list[tuple[str, str]] = []
    kills = 0
    moment, end = datetime(2026, 11, 30, 0, 0, tzinfo=UTC), datetime(2026, 12, 7, 16, 0, tzinfo=UTC)
    while moment < end:
        moment += timedelta(minutes=rng.choice((20, 45, 90)))
        clock.set(moment)
        said, deliver = recorder(kill_after=rng.randrange(0, 3) if kills < 4 and rng.random() < 0.3 else None)
        try:
            await app.run_due(deliver)
        except Killed:
            kills += 1
        delivered += said
    clock.set(end + LEASE * 3)
    said, deliver = recorder()
    await app.run_due(deliver)
    delivered += said
    assert kills == 4
    shifts = (await _published_week(app)).active
    reminders = [(label, text) for label, text in delivered if "提醒" in text]
    assert len(reminders) == len(shifts) == len(set(reminders))
    assert any("交接" in text for _, text in delivered)
    async with app.uow() as uow:
        states = (await uow.session.scalars(
            select(OutboxMessage.state).where(OutboxMessage.created_at > START_OF_WEEK))).all()
    assert set(states) == {"sent"}
    assert len(delivered) == len(states)


START_OF_WEEK = datetime(2026, 11, 29, 0, 0, tzinfo=UTC)


async def test_four_workers_deliver_each_message_once(app: App, clock) -> None:
    import asyncio

    async with app.uow() as uow:
        await queue(uow, [Notice(Recipient.member(n, f"m{n}"), f"hi {n}") for n in range(60)], clock.now())
        await uow.commit()
    said: list[str] = []

    async def deliver(recipient: Recipient, reply: Reply) -> None:
        await asyncio.sleep(0)
        said.append(reply.text)

    sent = await asyncio.gather(*(app.outbox(deliver).deliver_due() for _ in range(4)))
    assert sum(sent) == 60 and sorted(said) == sorted(f"hi {n}" for n in range(60))

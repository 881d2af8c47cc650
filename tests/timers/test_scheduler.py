"""Timed jobs: due ones run once, in order; future ones wait; a restart never runs a job twice."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from coordinator.timers.models import TimedJob
from coordinator.timers.scheduler import Scheduler, cancel, schedule


async def test_jobs_run_when_due_and_only_once(app, clock) -> None:
    ran: list[str] = []

    async def remind(payload) -> None:
        ran.append(payload["who"])

    scheduler = Scheduler(app.uow, clock, {"remind": remind})
    async with app.uow() as uow:
        assert await schedule(uow, "remind", "r:late", clock.now() + timedelta(minutes=30), {"who": "late"})
        assert await schedule(uow, "remind", "r:soon", clock.now() + timedelta(minutes=5), {"who": "soon"})
        assert not await schedule(uow, "remind", "r:soon", clock.now(), {"who": "again"})
        await uow.commit()
    assert await scheduler.run_due() == 0
    clock.advance(timedelta(minutes=10))
    assert await scheduler.run_due() == 1
    clock.advance(timedelta(hours=1))
    assert await scheduler.run_due() == 1
    assert await scheduler.run_due() == 0
    assert ran == ["soon", "late"]


async def test_a_failing_job_is_recorded_and_does_not_stop_others(app, clock) -> None:
    ran: list[str] = []

    async def broken(payload) -> None:
        raise RuntimeError("boom")

    async def fine(payload) -> None:
        ran.append("fine")

    scheduler = Scheduler(app.uow, clock, {"broken": broken, "fine": fine})
    async with app.uow() as uow:
        await schedule(uow, "broken", "b", clock.now())
        await schedule(uow, "fine", "f", clock.now())
        await uow.commit()
    assert await scheduler.run_due() == 2
    async with app.uow() as uow:
        states = dict((await uow.session.execute(select(TimedJob.key, TimedJob.state))).all())
    assert states == {"b": "failed", "f": "done"} and ran == ["fine"]


async def test_after_a_crash_a_running_job_is_not_run_again(app, clock) -> None:
    ran: list[str] = []

    async def remind(payload) -> None:
        ran.append("sent")

    async with app.uow() as uow:
        await schedule(uow, "remind", "crashed", clock.now())
        await schedule(uow, "remind", "cancelled", clock.now())
        assert await cancel(uow, "cancelled")
        await uow.commit()
    async with app.uow() as uow:
        job = await uow.session.scalar(select(TimedJob).where(TimedJob.key == "crashed"))
        job.state = "running"
        await uow.commit()
    restarted = Scheduler(app.uow, clock, {"remind": remind})
    assert await restarted.recover() == 1
    assert await restarted.run_due() == 0
    assert ran == []

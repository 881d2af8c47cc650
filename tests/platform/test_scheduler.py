"""Timed jobs: due ones run once, in order; a crash mid-job strands nothing; two workers never share a job."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import select

from coordinator.platform.timers.models import TimedJob
from coordinator.platform.timers.scheduler import LEASE, Scheduler, cancel, schedule


async def _states(app) -> dict[str, str]:
    async with app.uow() as uow:
        return dict((await uow.session.execute(select(TimedJob.key, TimedJob.state))).all())


async def test_jobs_run_when_due_and_only_once(app, clock) -> None:
    ran: list[str] = []

    async def remind(uow, payload) -> None:
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


async def test_a_key_can_be_armed_again_once_its_job_is_done_or_cancelled(app, clock) -> None:
    ran: list[str] = []

    async def nudge(uow, payload) -> None:
        ran.append(payload["n"])

    scheduler = Scheduler(app.uow, clock, {"nudge": nudge})
    async with app.uow() as uow:
        assert await schedule(uow, "nudge", "sla:case-1", clock.now(), {"n": 1})
        await uow.commit()
    await scheduler.run_due()
    async with app.uow() as uow:
        assert await schedule(uow, "nudge", "sla:case-1", clock.now(), {"n": 2})
        assert await cancel(uow, "sla:case-1")
        assert await schedule(uow, "nudge", "sla:case-1", clock.now(), {"n": 3})
        assert not await schedule(uow, "nudge", "sla:case-1", clock.now(), {"n": 4})
        assert await schedule(uow, "nudge", "once:1", clock.now(), once=True)
        await uow.commit()
    await scheduler.run_due()
    assert ran == [1, 3]
    async with app.uow() as uow:
        assert not await schedule(uow, "nudge", "once:1", clock.now(), once=True)


async def test_a_failing_job_is_retried_later_then_marked_failed_and_others_run(app, clock) -> None:
    ran: list[str] = []

    async def broken(uow, payload) -> None:
        raise RuntimeError("boom")

    async def fine(uow, payload) -> None:
        ran.append("fine")

    scheduler = Scheduler(app.uow, clock, {"broken": broken, "fine": fine})
    async with app.uow() as uow:
        await schedule(uow, "broken", "b", clock.now())
        await schedule(uow, "fine", "f", clock.now())
        await uow.commit()
    assert await scheduler.run_due() == 2
    assert await _states(app) == {"b": "pending", "f": "done"} and ran == ["fine"]
    for _ in range(10):
        clock.advance(timedelta(hours=1))
        await scheduler.run_due()
    assert await _states(app) == {"b": "failed", "f": "done"}


async def test_what_a_job_writes_commits_with_its_completion(app, clock) -> None:
    """A job that fails after writing leaves nothing behind, and its retry writes once."""
    attempts: list[int] = []

    async def flaky(uow, payload) -> None:
        await schedule(uow, "note", f"note:{len(attempts)}", clock.now() + timedelta(days=1))
        attempts.append(1)
        if len(attempts) == 1:
            raise ConnectionError("the network went away")

    scheduler = Scheduler(app.uow, clock, {"flaky": flaky})
    async with app.uow() as uow:
        await schedule(uow, "flaky", "x", clock.now())
        await uow.commit()
    await scheduler.run_due()
    assert await _states(app) == {"x": "pending"}
    clock.advance(timedelta(minutes=5))
    await scheduler.run_due()
    assert await _states(app) == {"x": "done", "note:1": "pending"}


async def test_a_job_claimed_by_a_worker_that_died_runs_after_its_lease(app, clock) -> None:
    ran: list[str] = []

    async def remind(uow, payload) -> None:
        ran.append("sent")

    async with app.uow() as uow:
        await schedule(uow, "remind", "crashed", clock.now())
        await schedule(uow, "remind", "cancelled", clock.now())
        assert await cancel(uow, "cancelled")
        await uow.commit()
    dead = Scheduler(app.uow, clock, {"remind": remind})
    assert await dead._claim() is not None  # claimed, then the process is killed before it runs
    restarted = Scheduler(app.uow, clock, {"remind": remind})
    assert await restarted.run_due() == 0
    clock.advance(LEASE + timedelta(seconds=1))
    assert await restarted.run_due() == 1
    assert await restarted.run_due() == 0
    assert ran == ["sent"]


async def test_two_workers_never_run_the_same_job(app, clock) -> None:
    ran: list[int] = []

    async def work(uow, payload) -> None:
        await asyncio.sleep(0)
        ran.append(payload["n"])

    async with app.uow() as uow:
        for n in range(40):
            await schedule(uow, "work", f"w:{n}", clock.now(), {"n": n})
        await uow.commit()
    workers = [Scheduler(app.uow, clock, {"work": work}) for _ in range(4)]
    counts = await asyncio.gather(*(worker.run_due() for worker in workers))
    assert sum(counts) == 40 and sorted(ran) == list(range(40))

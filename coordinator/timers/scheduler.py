"""One loop runs timed jobs stored in the database; an injectable clock drives it.

A job is claimed and marked done in its own transactions: a crash while a job runs leaves it
``interrupted`` instead of running it again, so nothing is sent twice.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from coordinator.clock import Clock
from coordinator.db.uow import UnitOfWork
from coordinator.timers.models import TimedJob

log = logging.getLogger(__name__)

PENDING, RUNNING, DONE, FAILED, INTERRUPTED, CANCELLED = (
    "pending", "running", "done", "failed", "interrupted", "cancelled"
)
JobHandler = Callable[[Mapping[str, Any]], Awaitable[None]]


async def schedule(
    uow: UnitOfWork, kind: str, key: str, due_at: datetime, payload: Mapping[str, Any] | None = None
) -> bool:
    """Store a job once per ``key``; False when a job with that key already exists."""
    job = TimedJob(kind=kind, key=key, due_at=due_at, payload=dict(payload or {}), state=PENDING, attempts=0)
    try:
        async with uow.session.begin_nested():
            uow.session.add(job)
        return True
    except IntegrityError:
        return False


async def cancel(uow: UnitOfWork, key: str) -> bool:
    result = await uow.session.execute(
        update(TimedJob).where(TimedJob.key == key, TimedJob.state == PENDING).values(state=CANCELLED)
    )
    return result.rowcount > 0


@dataclass
class Scheduler:
    uow_factory: Callable[[], UnitOfWork]
    clock: Clock
    handlers: dict[str, JobHandler] = field(default_factory=dict)
    batch_size: int = 20

    def on(self, kind: str, handler: JobHandler) -> None:
        self.handlers[kind] = handler

    async def recover(self) -> int:
        """After a restart: jobs that were running when the process stopped are not run again."""
        async with self.uow_factory() as uow:
            result = await uow.session.execute(
                update(TimedJob).where(TimedJob.state == RUNNING).values(state=INTERRUPTED)
            )
            await uow.commit()
        return result.rowcount

    async def run_due(self) -> int:
        """Run every job that is due now; returns how many ran."""
        ran = 0
        while jobs := await self._claim():
            for job_id, kind, payload in jobs:
                await self._run(job_id, kind, payload)
                ran += 1
        return ran

    async def _claim(self) -> list[tuple[int, str, dict[str, Any]]]:
        async with self.uow_factory() as uow:
            statement = (
                select(TimedJob)
                .where(TimedJob.state == PENDING, TimedJob.due_at <= self.clock.now())
                .order_by(TimedJob.due_at, TimedJob.id)
                .limit(self.batch_size)
            )
            if uow.session.bind.dialect.name == "postgresql":
                statement = statement.with_for_update(skip_locked=True)
            jobs = list((await uow.session.scalars(statement)).all())
            for job in jobs:
                job.state, job.attempts = RUNNING, job.attempts + 1
            claimed = [(job.id, job.kind, dict(job.payload)) for job in jobs]
            await uow.commit()
        return claimed

    async def _run(self, job_id: int, kind: str, payload: dict[str, Any]) -> None:
        handler = self.handlers.get(kind)
        error: str | None = None
        if handler is None:
            error = f"no handler for {kind}"
        else:
            try:
                await handler(payload)
            except Exception as failure:
                log.exception("timed job %s (%s) failed", job_id, kind)
                error = type(failure).__name__
        async with self.uow_factory() as uow:
            job = await uow.session.get(TimedJob, job_id)
            if job is not None:
                job.state = FAILED if error else DONE
                job.last_error = error
                job.done_at = self.clock.now()
                await uow.commit()

    async def run_forever(self, poll_seconds: float = 15.0) -> None:
        await self.recover()
        while True:
            try:
                await self.run_due()
            except Exception:
                log.exception("the scheduler loop hit an error; it goes on")
            await asyncio.sleep(poll_seconds)

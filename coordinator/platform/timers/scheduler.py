"""One loop runs timed jobs stored in the database; an injectable clock drives it.

A job is claimed with a lease. Its handler runs inside the transaction that marks it done, so what it
writes (outbox messages, state) and "done" commit together: a crash before that commit leaves the job
to be claimed again once its lease runs out, and nothing it said is lost or repeated. On PostgreSQL,
claims use ``FOR UPDATE SKIP LOCKED``, so two workers never run the same job.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.exc import IntegrityError

from coordinator.clock import Clock
from coordinator.db.uow import UnitOfWork
from coordinator.platform.timers.models import TimedJob

log = logging.getLogger(__name__)

PENDING, RUNNING, DONE, FAILED, CANCELLED = "pending", "running", "done", "failed", "cancelled"
ACTIVE = (PENDING, RUNNING)
LEASE = timedelta(minutes=2)
MAX_ATTEMPTS = 5
JobHandler = Callable[[UnitOfWork, Mapping[str, Any]], Awaitable[None]]
"""Runs one job; what it writes through the unit of work commits together with the job's completion."""


async def schedule(
    uow: UnitOfWork, kind: str, key: str, due_at: datetime, payload: Mapping[str, Any] | None = None,
    *, once: bool = False,
) -> bool:
    """Store a job under ``key``; False when one with that key is still waiting or running.

    With ``once`` the key is never scheduled again after its job has run (a shift's reminder)."""
    states = (*ACTIVE, DONE, FAILED) if once else ACTIVE
    taken = await uow.session.scalar(
        select(TimedJob.id).where(TimedJob.key == key, TimedJob.state.in_(states)).limit(1)
    )
    if taken is not None:
        return False
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


def _claimable(now: datetime) -> Any:
    """Due and waiting, or claimed by a worker whose lease ran out (it stopped mid-job)."""
    return and_(
        TimedJob.due_at <= now,
        or_(TimedJob.state == PENDING, and_(TimedJob.state == RUNNING, TimedJob.lease_until <= now)),
    )


async def next_due(uow: UnitOfWork) -> datetime | None:
    """When the earliest waiting job falls due."""
    return await uow.session.scalar(select(func.min(TimedJob.due_at)).where(TimedJob.state == PENDING))


@dataclass
class Scheduler:
    uow_factory: Callable[[], UnitOfWork]
    clock: Clock
    handlers: dict[str, JobHandler] = field(default_factory=dict)

    def on(self, kind: str, handler: JobHandler) -> None:
        self.handlers[kind] = handler

    async def run_due(self) -> int:
        """Run every job that is due now, one at a time in due order; returns how many ran."""
        ran = 0
        while (claimed := await self._claim()) is not None:
            await self._run(*claimed)
            ran += 1
        return ran

    async def _claim(self) -> tuple[int, str, dict[str, Any]] | None:
        now = self.clock.now()
        async with self.uow_factory() as uow:
            statement = select(TimedJob).where(_claimable(now)).order_by(TimedJob.due_at, TimedJob.id).limit(1)
            if uow.session.bind.dialect.name == "postgresql":
                statement = statement.with_for_update(skip_locked=True)
            job = await uow.session.scalar(statement)
            if job is None:
                return None
            job.state, job.attempts, job.lease_until = RUNNING, job.attempts + 1, now + LEASE
            claimed = (job.id, job.kind, dict(job.payload))
            await uow.commit()
        return claimed

    async def _run(self, job_id: int, kind: str, payload: dict[str, Any]) -> None:
        """The handler may work outside the transaction first (a solve); its writes and "done" commit together."""
        try:
            handler = self.handlers.get(kind)
            if handler is None:
                raise LookupError(f"no handler for {kind}")
            async with self.uow_factory() as uow:
                await handler(uow, payload)
                job = await uow.session.get(TimedJob, job_id)
                if job is None or job.state != RUNNING:
                    return
                job.state, job.done_at, job.lease_until = DONE, self.clock.now(), None
                await uow.commit()
        except Exception as failure:
            log.exception("timed job %s (%s) failed", job_id, kind)
            await self._record_failure(job_id, type(failure).__name__)

    async def _record_failure(self, job_id: int, error: str) -> None:
        """Try again later with a growing pause; after MAX_ATTEMPTS the job is marked failed."""
        async with self.uow_factory() as uow:
            job = await uow.session.get(TimedJob, job_id)
            if job is None:
                return
            now = self.clock.now()
            job.last_error, job.lease_until = error, None
            if job.attempts >= MAX_ATTEMPTS:
                job.state, job.done_at = FAILED, now
            else:
                job.state, job.due_at = PENDING, now + timedelta(minutes=2 ** job.attempts)
            await uow.commit()

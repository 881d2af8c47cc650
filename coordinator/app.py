"""The one wiring point: settings in; engine, clock, command registry, scheduler and outbox out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from coordinator.chat.invocation import Actor
from coordinator.chat.registry import CommandRegistry
from coordinator.clock import Clock, SystemClock, local_today
from coordinator.db.engine import create_engine, session_factory
from coordinator.db.migrate import upgrade
from coordinator.db.uow import UnitOfWork
from coordinator.features import features
from coordinator.platform.feature import load
from coordinator.platform.identity import Caller
from coordinator.platform.outbox.service import Deliver, OutboxWorker, next_available
from coordinator.platform.timers.scheduler import Scheduler, next_due
from coordinator.settings import Settings

if TYPE_CHECKING:
    from coordinator.team.models import Member


def build_registry() -> CommandRegistry:
    """Every feature's commands in one registry."""
    registry = CommandRegistry()
    for feature in features():
        for target in feature.commands:
            registry.include(load(target))
    return registry


@dataclass
class App:
    settings: Settings
    engine: AsyncEngine
    clock: Clock
    registry: CommandRegistry = field(default_factory=build_registry)
    sessions: async_sessionmaker[AsyncSession] = field(init=False)

    def __post_init__(self) -> None:
        self.sessions = session_factory(self.engine)

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.sessions)

    def today(self) -> date:
        return local_today(self.clock, self.settings.zone)

    def scheduler(self) -> Scheduler:
        """The one scheduler, with every feature's timed jobs."""
        scheduler = Scheduler(self.uow, self.clock)
        for feature in features():
            if feature.jobs:
                for kind, handler in load(feature.jobs)(self).items():
                    scheduler.on(kind, handler)
        return scheduler

    def routes(self) -> list[Any]:
        """Every feature's HTTP routes, for the one web front end."""
        return [route for feature in features() if feature.routes for route in load(feature.routes)(self)]

    def outbox(self, deliver: Deliver) -> OutboxWorker:
        """The worker that says what the outbox holds, through one front end's ``deliver``."""
        return OutboxWorker(self.uow, self.clock, deliver)

    async def run_due(self, deliver: Deliver) -> int:
        """Run every timed job that is due, then deliver every message that is waiting; how many went out."""
        await self.scheduler().run_due()
        return await self.outbox(deliver).deliver_due()

    async def next_due(self) -> datetime | None:
        """When timed work or a waiting message falls due next."""
        async with self.uow() as uow:
            moments = [moment for moment in (await next_due(uow), await next_available(uow)) if moment]
        return min(moments, default=None)

    async def identify(self, actor: Actor) -> Caller:
        """Who is asking: the member linked to this chat account, with every role they hold."""
        from coordinator.team import identity

        async with self.uow() as uow:
            return await identity.resolve_caller(uow, actor, self.settings.coordinator_roles)

    async def coordinators_exist(self) -> bool:
        from coordinator.team import identity

        async with self.uow() as uow:
            return await identity.coordinators_exist(uow)

    async def member_record(self, uow: UnitOfWork, member_id: int) -> Member | None:
        from coordinator.team.models import Member

        return await uow.session.get(Member, member_id)

    async def discord_account(self, member_id: int) -> int | None:
        """The Discord user a member is linked to, for front ends that deliver DMs."""
        from coordinator.team.models import Member

        async with self.uow() as uow:
            member = await uow.session.get(Member, member_id)
            return member.discord_id if member else None

    async def close(self) -> None:
        await self.engine.dispose()


async def build_app(settings: Settings, clock: Clock | None = None, *, migrate: bool = True) -> App:
    """Create the engine, bring the schema up to date and assemble the application."""
    engine = create_engine(settings.database_url)
    if migrate:
        await upgrade(engine)
    return App(settings=settings, engine=engine, clock=clock or SystemClock())

"""The one wiring point: settings in; engine, clock, command registry and services out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from coordinator.chat.registry import CommandRegistry
from coordinator.chat.reply import Deliver
from coordinator.clock import Clock, SystemClock, local_today
from coordinator.db.engine import create_engine, session_factory
from coordinator.db.migrate import upgrade
from coordinator.db.uow import UnitOfWork
from coordinator.settings import Settings
from coordinator.timers.scheduler import Scheduler


def build_registry() -> CommandRegistry:
    """Every feature's commands in one registry."""
    from coordinator.availability.commands import registry as availability
    from coordinator.chat.help import registry as help_commands
    from coordinator.roster import shift_commands as _shift_commands  # noqa: F401
    from coordinator.roster.commands import registry as roster
    from coordinator.roster.ical_commands import registry as ical
    from coordinator.team.commands import registry as team

    registry = CommandRegistry()
    for feature in (help_commands, team, availability, roster, ical):
        registry.include(feature)
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

    async def close(self) -> None:
        await self.engine.dispose()


def build_scheduler(app: App, deliver: Deliver) -> Scheduler:
    """The one scheduler loop, with every feature's timed jobs; ``deliver`` sends what they have to say."""
    from coordinator.roster.jobs import roster_jobs

    scheduler = Scheduler(app.uow, app.clock)
    for kind, handler in roster_jobs(app, deliver).items():
        scheduler.on(kind, handler)
    return scheduler


async def build_app(settings: Settings, clock: Clock | None = None, *, migrate: bool = True) -> App:
    """Create the engine, bring the schema up to date and assemble the application."""
    engine = create_engine(settings.database_url)
    if migrate:
        await upgrade(engine)
    return App(settings=settings, engine=engine, clock=clock or SystemClock())

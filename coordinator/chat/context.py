"""What a handler sees: the application, the invocation, the asker's language and helpers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from coordinator.chat.invocation import Invocation
from coordinator.chat.reply import Reply, Tone
from coordinator.core.errors import UserError
from coordinator.db.uow import UnitOfWork
from coordinator.i18n import t

if TYPE_CHECKING:
    from coordinator.app import App
    from coordinator.chat.registry import Command
    from coordinator.team.models import Member


@dataclass
class CommandContext:
    app: App
    invocation: Invocation
    lang: str
    command: Command | None = None
    registered: bool = False

    def t(self, key: str, **params: Any) -> str:
        return t(key, self.lang, **params)

    def arg(self, name: str, default: str | None = None) -> str | None:
        value = self.invocation.args.get(name)
        return value.strip() if value and value.strip() else default

    def require(self, name: str) -> str:
        value = self.arg(name)
        if value is None:
            example = self.command.example() if self.command else ""
            raise UserError("error.missing_option", command=self.invocation.command, option=name, example=example)
        return value

    def uow(self) -> UnitOfWork:
        return self.app.uow()

    def today(self) -> date:
        return self.app.today()

    async def member(self, uow: UnitOfWork, *, register: bool = False) -> Member:
        """The asker's team record; with ``register`` a newcomer is added as a member."""
        from coordinator.team import services as team

        member = await team.member_for_actor(uow, self.invocation.actor)
        if member is None and register:
            member = await team.register_actor(uow, self.invocation.actor, self.app.clock.now())
            self.registered = True
        if member is None:
            raise UserError("error.not_a_member")
        return member

    async def is_coordinator(self, uow: UnitOfWork) -> bool:
        from coordinator.team import services as team

        actor = self.invocation.actor
        if actor.is_admin or actor.chat_roles & set(self.app.settings.coordinator_roles):
            return True
        member = await team.member_for_actor(uow, actor)
        return member is not None and team.is_coordinator(member)

    def reply(self, key: str, *, tone: Tone = Tone.SUCCESS, private: bool = False, **params: Any) -> Reply:
        return Reply(text=self.t(key, **params), tone=tone, private=private)

"""Run invocations through the registry: checks, language, and refusals instead of tracebacks."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from coordinator.chat.context import CommandContext
from coordinator.chat.invocation import Actor, Invocation
from coordinator.chat.reply import Reply
from coordinator.core.errors import UserError
from coordinator.i18n import t

if TYPE_CHECKING:
    from coordinator.app import App

log = logging.getLogger(__name__)


class Dispatcher:
    def __init__(self, app: App) -> None:
        self.app = app
        self.registry = app.registry

    async def run(self, invocation: Invocation) -> Reply:
        lang = await self.language_of(invocation.actor)
        command = self.registry.get(invocation.command)
        if command is None:
            return Reply.refusal(t("error.unknown_command", lang, name=invocation.command))
        context = CommandContext(self.app, invocation, lang, command)
        return await self._guarded(context, command.name, self._call(context))

    async def run_line(self, actor: Actor, channel: str, line: str) -> Reply:
        """A slash command typed as text, e.g. ``/team add 小静 trainee``."""
        try:
            command, args = self.registry.parse_line(line)
        except UserError as error:
            return Reply.refusal(t(error.key, await self.language_of(actor), **error.params))
        return await self.run(Invocation(actor, channel, command.name, args))

    async def handle_text(self, actor: Actor, channel: str, text: str) -> Reply | None:
        """A plain message: the first text handler that wants it answers."""
        lang = await self.language_of(actor)
        context = CommandContext(self.app, Invocation(actor, channel, ""), lang)
        for handler in self.registry.text_handlers:
            reply = await self._guarded(context, "text", handler(context, text))
            if reply is not None:
                return reply
        return None

    async def language_of(self, actor: Actor) -> str:
        from coordinator.team import services as team

        async with self.app.uow() as uow:
            member = await team.member_for_actor(uow, actor)
            chosen = member.language if member else None
        return chosen or self.app.settings.language

    async def _call(self, context: CommandContext) -> Reply:
        command = context.command
        assert command is not None
        missing = [o.name for o in command.options if o.required and not context.arg(o.name)]
        if command.coordinator_only:
            async with context.uow() as uow:
                if not await context.is_coordinator(uow):
                    raise UserError("error.coordinator_only", command=command.name)
        if missing:
            raise UserError("error.missing_option", command=command.name, option=missing[0], example=command.example())
        for option in command.options:
            value = context.arg(option.name)
            if value and option.choices and value not in option.choices:
                raise UserError("error.bad_choice", option=option.name, value=value, choices=", ".join(option.choices))
        return await command.handler(context)

    async def _guarded(self, context: CommandContext, name: str, work) -> Reply | None:  # noqa: ANN001
        try:
            return await work
        except UserError as error:
            return Reply.refusal(context.t(error.key, **error.params))
        except Exception:
            log.exception("command %s failed", name)
            return Reply.refusal(context.t("error.unexpected"))

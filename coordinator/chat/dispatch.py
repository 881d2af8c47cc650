"""Run invocations through the registry: who is asking, their policy, language, and refusals instead of tracebacks."""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Mapping
from typing import TYPE_CHECKING

from coordinator.chat.context import CommandContext
from coordinator.chat.invocation import Actor, Invocation
from coordinator.chat.registry import Command
from coordinator.chat.reply import Reply
from coordinator.core.errors import UserError
from coordinator.i18n import t
from coordinator.platform import conversations
from coordinator.platform.identity import Caller

if TYPE_CHECKING:
    from coordinator.app import App

log = logging.getLogger(__name__)
_HAN = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")


def language_of_text(text: str) -> str | None:
    """The language a message is written in, when it is plain: any Chinese character means Chinese."""
    if _HAN.search(text):
        return "zh"
    return "en" if _LATIN.search(text) else None


class Dispatcher:
    def __init__(self, app: App) -> None:
        self.app = app
        self.registry = app.registry

    async def run(self, invocation: Invocation) -> Reply:
        caller = await self.identify(invocation.actor)
        lang = self.language(caller)
        command = self.registry.get(invocation.command)
        if command is None:
            return Reply.refusal(t("error.unknown_command", lang, name=invocation.command), "error.unknown_command")
        context = CommandContext(self.app, invocation, lang, command, caller)
        return await self._guarded(context, command.name, self._call(context, command))

    async def run_line(self, actor: Actor, channel: str, line: str) -> Reply:
        """A slash command typed as text, e.g. ``/team add 小静 trainee``."""
        try:
            command, args = self.registry.parse_line(line)
        except UserError as error:
            lang = self.language(await self.identify(actor))
            return Reply.refusal(t(error.key, lang, **error.params), error.key)
        return await self.run(Invocation(actor, channel, command.name, args))

    async def handle_text(self, actor: Actor, channel: str, text: str) -> Reply | None:
        """A plain message: the person's live conversation here first, else the first text handler that wants it."""
        caller = await self.identify(actor)
        guess = None if caller.is_member else language_of_text(text)
        context = CommandContext(self.app, Invocation(actor, channel, ""), self.language(caller, guess),
                                 caller=caller, language_guess=guess)
        flowed = await self._guarded(context, "flow", self._continue_flow(context, text))
        if flowed is not None:
            return flowed
        for handler in self.registry.text_handlers:
            reply = await self._guarded(context, "text", handler(context, text))
            if reply is not None:
                return reply
        return None

    async def handle_event(self, kind: str, actor: Actor, channel: str, data: Mapping[str, str]) -> None:
        """A front-end event (a voice join): every handler of ``kind`` hears it; nobody is answered, errors are logged."""
        caller = await self.identify(actor)
        context = CommandContext(self.app, Invocation(actor, channel, ""), self.language(caller), caller=caller)
        for handler in self.registry.events.get(kind, ()):
            await self._guarded(context, kind, handler(context, data))

    async def _continue_flow(self, context: CommandContext, text: str) -> Reply | None:
        """Hand the message to the conversation waiting for it; a refusal keeps the conversation open."""
        actor, channel, now = context.invocation.actor, context.invocation.channel, context.now()
        async with self.app.uow() as uow:
            flow = await conversations.current(uow, channel, actor, now)
            kind, state = (flow.kind, dict(flow.state)) if flow else (None, {})
        handler = self.registry.flows.get(kind) if kind else None
        if handler is None:
            return None
        step = await handler(context, text, state)
        async with self.app.uow() as uow:
            flow = await conversations.current(uow, channel, actor, now)
            if flow is not None and step.state is None:
                await conversations.end(uow, channel, actor)
            elif flow is not None:
                await conversations.carry_on(uow, flow, step.state, context.now())
            await uow.commit()
        return step.reply

    async def identify(self, actor: Actor) -> Caller:
        return await self.app.identify(actor)

    async def language_of(self, actor: Actor) -> str:
        return self.language(await self.identify(actor))

    def language(self, caller: Caller, guess: str | None = None) -> str:
        return caller.language or guess or self.app.settings.language

    async def _call(self, context: CommandContext, command: Command) -> Reply:
        await command.policy.enforce(context, context.caller, command.name, self.app.coordinators_exist)
        missing = [o.name for o in command.options if o.required and not context.arg(o.name)]
        if missing:
            raise UserError("error.missing_option", command=command.name, option=missing[0],
                            example=command.example(context.lang))
        for option in command.options:
            value = context.arg(option.name)
            if value and option.choices and value not in option.choices:
                raise UserError("error.bad_choice", option=option.name, value=value[:40],
                                choices=", ".join(option.choices))
        return await command.handler(context)

    async def _guarded(self, context: CommandContext, name: str, work: Awaitable[Reply | None]) -> Reply | None:
        try:
            return await work
        except UserError as error:
            return Reply.refusal(context.t(error.key, **error.params), error.key)
        except Exception:
            log.exception("command %s failed", name)
            return Reply.refusal(context.t("error.unexpected"), "error.unexpected")

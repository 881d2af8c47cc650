"""The one command registry both front ends serve: names, options, help and handlers."""

from __future__ import annotations

import shlex
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from coordinator.chat.reply import Reply
from coordinator.core.errors import UserError
from coordinator.i18n import add_messages, has_message, t
from coordinator.platform.policy import ANYONE, Policy

if TYPE_CHECKING:
    from coordinator.chat.context import CommandContext

Handler = Callable[["CommandContext"], Awaitable["Reply"]]
TextHandler = Callable[["CommandContext", str], Awaitable["Reply | None"]]
EventHandler = Callable[["CommandContext", Mapping[str, str]], Awaitable[None]]
"""Something that happened on a front end other than a message (``voice.join``, ``voice.leave``)."""


@dataclass(frozen=True, slots=True)
class FlowStep:
    """A flow's answer to one message, and its state for the next one (None: the flow is over)."""

    reply: Reply
    state: dict[str, Any] | None = None


FlowHandler = Callable[["CommandContext", str, dict[str, Any]], Awaitable[FlowStep]]


@dataclass(frozen=True, slots=True)
class Option:
    name: str
    zh: str
    en: str
    required: bool = True
    rest: bool = False
    choices: tuple[str, ...] = ()
    example: str = ""
    example_en: str = ""
    """The example in English replies, when the Chinese one would not do (周三 → wed)."""
    kind: str = "text"
    """``text``, or ``user``: a chat account (a mention in Discord's user picker)."""


@dataclass(frozen=True, slots=True)
class Command:
    name: str
    zh: str
    en: str
    handler: Handler
    options: tuple[Option, ...] = ()
    policy: Policy = ANYONE
    progress: str = ""
    """A message key shown while the command works (Discord edits it into the answer)."""

    @property
    def coordinator_only(self) -> bool:
        return self.policy.for_coordinators

    @property
    def group(self) -> str:
        return self.name.split(" ", 1)[0]

    @property
    def usage(self) -> str:
        parts = [f"<{o.name}>" if o.required else f"[{o.name}]" for o in self.options]
        return " ".join([f"/{self.name}", *parts])

    @property
    def help_key(self) -> str:
        return f"command.{self.name}"

    def help(self, lang: str) -> str:
        return t(self.help_key, lang)

    @property
    def examples(self) -> tuple[str, str]:
        """How the command is typed with its required options filled in: in Chinese, and in English."""
        required = [o for o in self.options if o.required]
        zh = " ".join([f"/{self.name}", *(o.example or o.name for o in required)])
        en = " ".join([f"/{self.name}", *(o.example_en or o.example or o.name for o in required)])
        return zh, en

    def example(self, lang: str = "zh") -> str:
        """The example in the asker's language; commands whose example has no words share one."""
        key = f"{self.help_key}.example"
        return t(key, lang) if has_message(key) else self.examples[0]


class CommandRegistry:
    def __init__(self) -> None:
        self._commands: dict[str, Command] = {}
        self.text_handlers: list[TextHandler] = []
        self.flows: dict[str, FlowHandler] = {}
        self.events: dict[str, list[EventHandler]] = {}

    def command(
        self,
        name: str,
        *,
        zh: str,
        options: tuple[Option, ...] = (),
        policy: Policy = ANYONE,
        progress: str = "",
    ) -> Callable[[Handler], Handler]:
        """Register a handler; its docstring's first line is the English help."""

        def register(handler: Handler) -> Handler:
            if name in self._commands:
                raise ValueError(f"command /{name} is registered twice")
            english = (handler.__doc__ or name).strip().splitlines()[0]
            command = Command(name, zh, english, handler, options, policy, progress)
            add_messages({command.help_key: (zh, english)})
            if len(set(command.examples)) == 2:
                add_messages({f"{command.help_key}.example": command.examples})
            self._commands[name] = command
            return handler

        return register

    def on_text(self, handler: TextHandler) -> TextHandler:
        """Register a handler for plain messages; it returns None when the message is not for it."""
        self.text_handlers.append(handler)
        return handler

    def on_event(self, kind: str) -> Callable[[EventHandler], EventHandler]:
        """Register a handler for a front-end event of ``kind``; every handler of that kind hears it."""

        def register(handler: EventHandler) -> EventHandler:
            self.events.setdefault(kind, []).append(handler)
            return handler

        return register

    def flow(self, kind: str) -> Callable[[FlowHandler], FlowHandler]:
        """Register the handler for the next messages of a conversation of ``kind``."""

        def register(handler: FlowHandler) -> FlowHandler:
            if kind in self.flows:
                raise ValueError(f"flow {kind} is registered twice")
            self.flows[kind] = handler
            return handler

        return register

    def include(self, other: CommandRegistry) -> None:
        """Take in a feature's commands, text handlers, event handlers and flows."""
        for command in other:
            if command.name in self._commands:
                raise ValueError(f"command /{command.name} is registered twice")
            self._commands[command.name] = command
        self.text_handlers.extend(other.text_handlers)
        for kind, handlers in other.events.items():
            self.events.setdefault(kind, []).extend(handlers)
        for kind, handler in other.flows.items():
            self.flow(kind)(handler)

    def get(self, name: str) -> Command | None:
        return self._commands.get(name)

    def __iter__(self) -> Iterator[Command]:
        return iter(self._commands.values())

    def groups(self) -> dict[str, list[Command]]:
        grouped: dict[str, list[Command]] = {}
        for command in self._commands.values():
            grouped.setdefault(command.group, []).append(command)
        return grouped

    def parse_line(self, line: str) -> tuple[Command, dict[str, str]]:
        """Split ``/avail set 周二晚上可以`` into its command and arguments, as typed in Discord."""
        try:
            words = shlex.split(line.lstrip("/"))
        except ValueError:
            words = line.lstrip("/").split()
        if not words:
            raise UserError("error.unknown_command", name="")
        for size in (2, 1):
            command = self._commands.get(" ".join(words[:size]))
            if command and len(words) >= size:
                return command, bind_arguments(command, words[size:])
        raise UserError("error.unknown_command", name=" ".join(words[:2]))


def bind_arguments(command: Command, words: list[str]) -> dict[str, str]:
    """Fill options from ``name:value`` words first, then the rest in order; a ``rest`` option takes what is left."""
    by_name = {option.name: option for option in command.options}
    bound: dict[str, str] = {}
    positional: list[str] = []
    for word in words:
        name, sep, value = word.partition(":")
        if sep and name in by_name and name not in bound:
            bound[name] = value
        else:
            positional.append(word)
    waiting = [option for option in command.options if option.name not in bound]
    for option in waiting:
        if not positional:
            break
        if option.rest:
            bound[option.name], positional = " ".join(positional), []
        else:
            bound[option.name] = positional.pop(0)
    if positional:
        raise UserError("error.too_many_values", command=command.name, extra=" ".join(positional))
    return bound

"""What a handler sees: the application, the invocation, who is asking, their language and helpers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from coordinator.chat.invocation import Invocation
from coordinator.chat.reply import Reply, Tone
from coordinator.core.errors import UserError
from coordinator.core.week import iso_week_label, read_week, week_monday
from coordinator.db.uow import UnitOfWork
from coordinator.i18n import t
from coordinator.platform.identity import COORDINATOR_ROLE, Asker, Caller

if TYPE_CHECKING:
    from coordinator.app import App
    from coordinator.chat.registry import Command
    from coordinator.team.models import Member


MAX_WEEKS_AHEAD = timedelta(weeks=53)


@dataclass
class CommandContext:
    app: App
    invocation: Invocation
    lang: str
    command: Command | None = None
    caller: Caller = field(default=None)  # type: ignore[assignment]
    language_guess: str | None = None
    """The language a newcomer wrote in, kept as theirs if they join."""

    def __post_init__(self) -> None:
        if self.caller is None:
            self.caller = Caller(self.invocation.actor)

    def t(self, key: str, **params: Any) -> str:
        return t(key, self.lang, **params)

    def arg(self, name: str, default: str | None = None) -> str | None:
        value = self.invocation.args.get(name)
        return value.strip() if value and value.strip() else default

    def require(self, name: str) -> str:
        value = self.arg(name)
        if value is None:
            example = self.command.example(self.lang) if self.command else ""
            raise UserError("error.missing_option", command=self.invocation.command, option=name, example=example)
        return value

    def week(self, default: date | None = None, *, past: bool = False, name: str = "week") -> date | None:
        """The week an option names (2026-W49, a date in it, 下周 / next week); ``default`` when it is empty.

        Weeks before this one are refused unless ``past``, and so is anything more than a year ahead."""
        text = self.arg(name)
        if text is None:
            return default
        try:
            monday = read_week(text[:40], self.today())
        except (ValueError, OverflowError):
            raise UserError("error.bad_week", text=text[:40]) from None
        this_week = week_monday(self.today())
        if (monday < this_week and not past) or monday > this_week + MAX_WEEKS_AHEAD:
            raise UserError("error.week_out_of_range", week=iso_week_label(monday),
                            this=iso_week_label(this_week))
        return monday

    def record_id(self, name: str, refusal: str) -> int:
        """A stored record's number from an option; anything else (words, 64-bit overflow) is ``refusal``."""
        text = self.require(name)
        if not text.isascii() or not text.isdigit() or len(text) > 9:
            raise UserError(refusal)
        return int(text)

    def uow(self) -> UnitOfWork:
        return self.app.uow()

    def today(self) -> date:
        return self.app.today()

    def now(self) -> datetime:
        return self.app.clock.now()

    async def member(self, uow: UnitOfWork) -> Member:
        """The asker's team record, for commands that only read."""
        member = await self.app.member_record(uow, self.caller.member_id) if self.caller.member_id else None
        if member is None:
            raise UserError("error.not_a_member")
        return member

    def asker(self) -> Asker:
        """The caller as a use case sees them; newcomers may join on the trusted console or with open_join."""
        may_join = self.invocation.actor.trusted or self.app.settings.open_join
        return Asker(self.caller, may_join, self.language_guess)

    async def begin_flow(self, kind: str, state: dict[str, Any] | None = None) -> None:
        """Wait for the asker's next message here, for the flow ``kind`` (``/cancel`` ends it)."""
        from coordinator.platform import conversations

        async with self.uow() as uow:
            await conversations.begin(uow, self.invocation.channel, self.invocation.actor, kind, state or {},
                                      self.now())
            await uow.commit()

    def is_coordinator(self) -> bool:
        return self.caller.holds_any(frozenset({COORDINATOR_ROLE}))

    def reply(self, key: str, *, tone: Tone = Tone.SUCCESS, private: bool = False, **params: Any) -> Reply:
        return Reply(text=self.t(key, **params), tone=tone, private=private, key=key)

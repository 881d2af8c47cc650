"""Who may run a command: declared with the command, checked by the dispatcher before the handler runs."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from coordinator.core.errors import UserError
from coordinator.platform.identity import COORDINATOR_ROLE, Caller

if TYPE_CHECKING:
    from coordinator.chat.context import CommandContext
    from coordinator.db.uow import UnitOfWork

ObjectCheck = Callable[["CommandContext", "UnitOfWork"], Awaitable[bool]]


@dataclass(frozen=True, slots=True)
class ObjectRule:
    """A rule about the thing the command acts on: its owner, or anyone but its author."""

    check: ObjectCheck
    refusal: str
    """The message key said when the rule is not met."""


@dataclass(frozen=True, slots=True)
class Policy:
    roles: frozenset[str] = frozenset()
    """Any one of these roles (coordinators and administrators hold them all); empty: no role needed."""
    member: bool = False
    """Only people on the team list."""
    rule: ObjectRule | None = None

    @property
    def for_coordinators(self) -> bool:
        return self.roles == frozenset({COORDINATOR_ROLE})

    async def enforce(
        self, ctx: CommandContext, caller: Caller, command: str, coordinators_exist: Callable[[], Awaitable[bool]]
    ) -> None:
        """Refuse with one sentence naming what is needed; returns when the caller may go on."""
        if self.roles and not caller.holds_any(self.roles):
            raise _role_refusal(self, command, await coordinators_exist())
        if (self.member or self.rule) and not caller.is_member and not caller.is_admin:
            raise UserError("error.not_a_member")
        if self.rule is not None and not caller.is_admin:
            async with ctx.uow() as uow:
                if not await self.rule.check(ctx, uow):
                    raise UserError(self.rule.refusal)


def _role_refusal(policy: Policy, command: str, coordinators_exist: bool) -> UserError:
    params: dict[str, Any] = {"command": command}
    if policy.for_coordinators:
        return UserError("error.coordinator_only" if coordinators_exist else "error.no_coordinator_yet", **params)
    return UserError("error.needs_role", roles=" / ".join(sorted(policy.roles)), **params)


ANYONE = Policy()
MEMBERS = Policy(member=True)
COORDINATORS = Policy(roles=frozenset({COORDINATOR_ROLE}))


def needs_role(*roles: str) -> Policy:
    return Policy(roles=frozenset(roles))


def owner_only(check: ObjectCheck, refusal: str) -> Policy:
    """Members acting on something of their own (their post, an offer made to them)."""
    return Policy(member=True, rule=ObjectRule(check, refusal))


def not_the_author(authored_by_caller: ObjectCheck, refusal: str, *roles: str) -> Policy:
    """Holders of ``roles`` acting on something someone else wrote (a second coordinator approving a send)."""

    async def someone_else(ctx: CommandContext, uow: UnitOfWork) -> bool:
        return not await authored_by_caller(ctx, uow)

    return Policy(roles=frozenset(roles), member=True, rule=ObjectRule(someone_else, refusal))

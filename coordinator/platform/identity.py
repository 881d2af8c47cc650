"""Who is asking: the caller a front end's account resolves to, and the rules for a member's name."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from coordinator.chat.invocation import Actor

ADMIN_ROLE = "admin"
COORDINATOR_ROLE = "coordinator"
MAX_NAME = 100
_STAFF_ID_LIKE = re.compile(r"^\s*kf\s*\d+\s*$", re.IGNORECASE)
_MENTION_LIKE = re.compile(r"<[@#][!&]?\d+>|^@")
_INVISIBLE_CATEGORIES = {"Cf", "Cc", "Co", "Cs", "Cn", "Zl", "Zp"}


@dataclass(frozen=True, slots=True)
class Caller:
    """The person behind an invocation: their member record if linked, and every role they hold."""

    actor: Actor
    member_id: int | None = None
    name: str = ""
    roles: frozenset[str] = frozenset()
    language: str | None = None

    @property
    def is_member(self) -> bool:
        return self.member_id is not None

    @property
    def is_admin(self) -> bool:
        return ADMIN_ROLE in self.roles

    def holds_any(self, roles: frozenset[str]) -> bool:
        """Admins and coordinators hold every role; others the ones they were given."""
        return bool(self.roles & (roles | {ADMIN_ROLE, COORDINATOR_ROLE}))


@dataclass(frozen=True, slots=True)
class Asker:
    """Who a use case acts for: the caller, whether a newcomer may join by asking, and the language they wrote in."""

    caller: Caller
    may_join: bool = False
    language: str | None = None


def normalise_name(text: str) -> str:
    """A name as stored: NFKC, single spaces, no surrounding blanks."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def name_key(text: str) -> str:
    """What two names must differ in: case, width and spacing do not count."""
    return "".join(normalise_name(text).casefold().split())


def name_problem(text: str) -> str | None:
    """Why ``text`` cannot be a member's name (a message key), or None when it can."""
    name = normalise_name(text)
    if not name or len(name) > MAX_NAME:
        return "team.bad_name"
    if any(unicodedata.category(char) in _INVISIBLE_CATEGORIES for char in text if char not in " "):
        return "team.name_invisible"
    if _MENTION_LIKE.search(name):
        return "team.name_is_mention"
    if _STAFF_ID_LIKE.match(name):
        return "team.name_is_staff_id"
    return None


def chat_roles_as_team_roles(actor: Actor, coordinator_roles: tuple[str, ...]) -> frozenset[str]:
    """Roles a chat account carries by itself: server administrators, and the server's coordinator roles."""
    roles: set[str] = set()
    if actor.is_admin:
        roles.add(ADMIN_ROLE)
    wanted = {name.casefold() for name in coordinator_roles}
    if any(role.casefold() in wanted for role in actor.chat_roles):
        roles.add(COORDINATOR_ROLE)
    return frozenset(roles)

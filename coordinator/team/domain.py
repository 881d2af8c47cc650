"""Roles and staff IDs: the team's rules, free of storage and chat."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

STAFF_ID_PREFIX = "KF"
_STAFF_ID = re.compile(r"^KF(\d{3,})$", re.IGNORECASE)


class Role(StrEnum):
    MEMBER = "member"
    TRAINEE = "trainee"
    MENTOR = "mentor"
    LEAD = "lead"
    COORDINATOR = "coordinator"
    DONATIONS = "donations"
    GROUP = "group"
    OUTREACH = "outreach"


ROLE_ALIASES: dict[str, Role] = {
    "志愿者": Role.MEMBER, "成员": Role.MEMBER, "实习": Role.TRAINEE, "实习生": Role.TRAINEE,
    "带教": Role.MENTOR, "导师": Role.MENTOR, "组长": Role.LEAD, "协调员": Role.COORDINATOR,
    "物资": Role.DONATIONS, "物资捐赠": Role.DONATIONS, "小组": Role.GROUP, "群发": Role.OUTREACH,
}


def parse_role(text: str) -> Role | None:
    """The role named in English or in the team's Chinese words, or None."""
    cleaned = text.strip().lower()
    try:
        return Role(cleaned)
    except ValueError:
        return ROLE_ALIASES.get(cleaned)


def format_staff_id(number: int) -> str:
    return f"{STAFF_ID_PREFIX}{number:03d}"


def staff_number(staff_id: str) -> int | None:
    match = _STAFF_ID.match(staff_id.strip())
    return int(match.group(1)) if match else None


@dataclass(frozen=True, slots=True)
class MemberView:
    """A member as the use cases hand it to the front ends."""

    id: int
    staff_id: str
    display_name: str
    roles: tuple[Role, ...]
    mentor: str | None = None
    discord_id: int | None = None

    @property
    def label(self) -> str:
        return f"{self.display_name} ({self.staff_id})"

    def has(self, role: Role) -> bool:
        return role in self.roles

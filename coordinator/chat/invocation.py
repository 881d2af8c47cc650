"""What a front end hands to the command layer: who asked, where, and with which arguments."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

DIRECT = "dm"
TRUSTED_PLATFORMS = ("console", "cli")


@dataclass(frozen=True, slots=True)
class Actor:
    """A person on a chat front end."""

    platform: str
    user_id: str
    display_name: str
    chat_roles: frozenset[str] = frozenset()
    is_admin: bool = False

    @property
    def trusted(self) -> bool:
        """The console and the command line belong to the server's administrator: a typed name is who speaks."""
        return self.platform in TRUSTED_PLATFORMS

    @property
    def discord_id(self) -> int | None:
        return int(self.user_id) if self.platform == "discord" and self.user_id.isdigit() else None


@dataclass(frozen=True, slots=True)
class Invocation:
    """A command call: ``command`` is the full name, e.g. ``"avail set"``."""

    actor: Actor
    channel: str
    command: str
    args: Mapping[str, str] = field(default_factory=dict)

    @property
    def is_direct(self) -> bool:
        return self.channel == DIRECT

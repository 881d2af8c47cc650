"""What meetings tell people other than the asker: announcements, agendas, reminders, minutes."""

from __future__ import annotations

from typing import Any

from coordinator.chat.reply import Attachment, Notice, Recipient
from coordinator.i18n import t
from coordinator.meetings import messages as _messages  # noqa: F401
from coordinator.settings import Settings
from coordinator.team.models import Member


def to_channel(settings: Settings, key: str, *, files: tuple[Attachment, ...] = (), **params: Any) -> Notice:
    """A post in the meetings channel, in the team's language."""
    return Notice(Recipient.channel(settings.meetings.channel), t(key, settings.language, **params), key=key,
                  files=files)


def to_thread(settings: Settings, thread: str, key: str, **params: Any) -> Notice:
    """A post in a meeting's thread under the meetings channel (opened on first use)."""
    return Notice(Recipient.thread(thread, settings.meetings.channel), t(key, settings.language, **params), key=key)


def to_member(settings: Settings, member: Member, key: str, *, files: tuple[Attachment, ...] = (),
              **params: Any) -> Notice:
    """A DM in the member's language."""
    lang = member.language or settings.language
    return Notice(Recipient.member(member.id, member.display_name), t(key, lang, **params), key=key, files=files)

"""``/minutes search``: past decisions and action items found by their words, Chinese or English."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from coordinator.core.errors import UserError
from coordinator.meetings.domain import MAX_QUERY, Kind, one_line
from coordinator.meetings.models import Meeting, MeetingItem

if TYPE_CHECKING:
    from coordinator.app import App

MAX_HITS = 10


@dataclass(frozen=True, slots=True)
class Hit:
    number: int
    day: date
    kind: Kind
    text: str


def matches(text: str, words: list[str]) -> bool:
    """Every word appears in the text, case and width set aside (Chinese has no spaces: substrings count)."""
    folded = one_line(text).casefold()
    return all(word in folded for word in words)


def query_words(query: str) -> list[str]:
    query = one_line(query)
    if not query:
        raise UserError("meeting.search_empty")
    if len(query) > MAX_QUERY:
        raise UserError("meeting.too_long", limit=MAX_QUERY)
    return [word.casefold() for word in query.split()]


async def search(app: App, query: str) -> list[Hit]:
    """Newest first, at most ten."""
    words = query_words(query)
    async with app.uow() as uow:
        rows = (await uow.session.execute(
            select(MeetingItem, Meeting).join(Meeting)
            .where(MeetingItem.kind.in_((Kind.DECISION, Kind.ACTION)))
            .order_by(Meeting.number.desc(), MeetingItem.id))).all()
        zone = app.settings.zone
        hits = [Hit(meeting.number, (meeting.started_at or meeting.starts_at).astimezone(zone).date(),
                    Kind(item.kind), item.text) for item, meeting in rows if matches(item.text, words)]
    return hits[:MAX_HITS]

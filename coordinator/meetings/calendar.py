"""Meetings as calendar events: the invitation sent with an announcement, and the team feed's meetings."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import select

from coordinator.calendar.ics import CalendarEvent, render_calendar
from coordinator.chat.reply import Attachment
from coordinator.db.uow import UnitOfWork
from coordinator.i18n import t
from coordinator.meetings import messages as _messages  # noqa: F401
from coordinator.meetings.domain import LENGTH
from coordinator.meetings.models import Meeting
from coordinator.meetings.store import names
from coordinator.settings import Settings


def meeting_event(meeting: Meeting, host: str, lang: str) -> CalendarEvent:
    end = meeting.ended_at if meeting.ended_at and meeting.ended_at > meeting.starts_at else meeting.starts_at + LENGTH
    return CalendarEvent(
        uid=f"meeting-{meeting.number}", title=t("meeting.event_title", lang, title=meeting.title,
                                                 number=meeting.number),
        start=meeting.starts_at, end=end, sequence=meeting.sequence,
        description=t("meeting.event_description", lang, place=meeting.place, host=host),
    )


def invitation(meeting: Meeting, host: str, settings: Settings) -> Attachment:
    """The meeting as an .ics file (the same RFC 5545 writer as the roster feeds)."""
    lang = settings.language
    data = render_calendar([meeting_event(meeting, host, lang)], name=meeting.title, timezone=settings.timezone,
                           stamp=meeting.updated_at)
    return Attachment(f"meeting-{meeting.number}.ics", data, "text/calendar")


async def meeting_events(uow: UnitOfWork, settings: Settings, since: date) -> list[CalendarEvent]:
    """Meetings from ``since`` on, for the team calendar feed."""
    start = datetime.combine(since, time(), tzinfo=settings.zone)
    meetings = (await uow.session.scalars(select(Meeting).where(Meeting.starts_at >= start))).all()
    known = await names(uow)
    return [meeting_event(meeting, known.get(meeting.host_id, "?"), settings.language) for meeting in meetings]

"""Meetings as plain values for the chat layer, and the agenda as people read it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from coordinator.i18n import t
from coordinator.meetings import messages as _messages  # noqa: F401
from coordinator.meetings.domain import one_line
from coordinator.meetings.minutes import long_date
from coordinator.meetings.models import AgendaPoint, Meeting, MeetingItem


@dataclass(frozen=True, slots=True)
class MeetingView:
    id: int
    number: int
    title: str
    place: str
    starts_at: datetime
    """Local time."""
    deadline: datetime
    host: str
    chair: str | None
    recorder: str | None
    thread: str | None
    section: str
    state: str


def meeting_view(meeting: Meeting, names: Mapping[int, str], zone: ZoneInfo) -> MeetingView:
    sections = list(meeting.sections)
    return MeetingView(
        id=meeting.id, number=meeting.number, title=meeting.title, place=meeting.place,
        starts_at=meeting.starts_at.astimezone(zone), deadline=meeting.agenda_deadline.astimezone(zone),
        host=names.get(meeting.host_id, "?"), chair=names.get(meeting.chair_id) if meeting.chair_id else None,
        recorder=names.get(meeting.recorder_id) if meeting.recorder_id else None, thread=meeting.thread,
        section=sections[min(meeting.section, len(sections) - 1)], state=meeting.state,
    )


def when_text(moment: datetime, lang: str) -> str:
    """2026年12月3日 21:00 / Dec 3, 2026 21:00, with the weekday."""
    weekday = t(f"day.word.{('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun')[moment.weekday()]}", lang)
    return t("meeting.when", lang, date=long_date(moment.date(), lang), weekday=weekday, time=f"{moment:%H:%M}")


def short_date(day: date | None, lang: str) -> str:
    if day is None:
        return "—"
    return t("date.month_day", lang, month=t(f"month.{day.month}", lang), day=day.day)


@dataclass(frozen=True, slots=True)
class OpenAction:
    id: int
    text: str
    owner: str | None
    due: date | None
    number: int


def open_action(item: MeetingItem, meeting: Meeting, names: Mapping[int, str]) -> OpenAction:
    return OpenAction(item.id, item.text, names.get(item.owner_id) if item.owner_id else None, item.due,
                      meeting.number)


def action_line(action: OpenAction, lang: str) -> str:
    owner = action.owner or t("minutes.no_owner", lang)
    return t("meeting.action_line", lang, id=action.id, text=one_line(action.text)[:200], owner=owner,
             due=short_date(action.due, lang), number=action.number)


def agenda_lines(sections: Sequence[str], points: Sequence[AgendaPoint], carried: Sequence[OpenAction],
                 names: Mapping[int, str], lang: str) -> list[str]:
    """遗留问题 first, then each section with its points (late ones marked)."""
    lines: list[str] = []
    if carried:
        lines.append(t("meeting.carried_heading", lang))
        lines += [f"  {action_line(action, lang)}" for action in carried]
    for index, section in enumerate(sections, 1):
        mine = [point for point in points if point.section == section]
        lines.append(t("meeting.section_heading", lang, index=index, section=section))
        for number, point in enumerate(mine, 1):
            late = t("meeting.late_mark", lang) if point.late else ""
            lines.append(t("meeting.point_line", lang, number=number, text=one_line(point.text)[:300],
                           name=names.get(point.author_id, "?"), late=late))
    return lines

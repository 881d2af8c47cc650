"""A stored meeting gathered into the minutes' data: attendance, items by section, carried-over items, next meeting."""

from __future__ import annotations

from sqlalchemy import select

from coordinator.db.uow import UnitOfWork
from coordinator.meetings import store
from coordinator.meetings.domain import Kind, voice_minutes
from coordinator.meetings.minutes import Absentee, Attendee, MinutesData, MinutesItem, NextMeeting
from coordinator.meetings.models import Attendance, Meeting, MeetingItem
from coordinator.settings import Settings
from coordinator.team.models import Member


def _item(item: MeetingItem, names: dict[int, str], number: int | None = None) -> MinutesItem:
    return MinutesItem(Kind(item.kind), item.text, names.get(item.owner_id) if item.owner_id else None, item.due,
                       item.done_at is not None, number)


async def minutes_data(uow: UnitOfWork, settings: Settings, meeting: Meeting) -> MinutesData:
    zone = settings.zone
    names = await store.names(uow)
    rows = (await uow.session.scalars(
        select(Attendance).where(Attendance.meeting_id == meeting.id).order_by(Attendance.id))).all()
    present = tuple(Attendee(names[row.member_id], voice_minutes(row.voice_seconds)) for row in rows if row.present)
    reasons = {row.member_id: row.reason for row in rows if not row.present}
    here = {row.member_id for row in rows if row.present}
    team = (await uow.session.scalars(select(Member).where(Member.active.is_(True)).order_by(Member.staff_id))).all()
    absent = tuple(Absentee(person.display_name, reasons.get(person.id)) for person in team if person.id not in here)
    items = await store.items_of(uow, meeting)
    order = list(dict.fromkeys([*meeting.sections, *(item.section for item in items)]))
    sections = tuple((name, tuple(_item(item, names) for item in items if item.section == name)) for name in order)
    carried = tuple(_item(item, names, origin.number) for item, origin in await store.carried_over(uow, meeting))
    following = await store.next_scheduled(uow, meeting.number)
    upcoming = (NextMeeting(following.number, following.starts_at.astimezone(zone), names[following.host_id])
                if following else None)
    started = (meeting.started_at or meeting.starts_at).astimezone(zone)
    return MinutesData(
        title=meeting.title, number=meeting.number, place=meeting.place, starts_at=started,
        started_at=started, ended_at=(meeting.ended_at or started).astimezone(zone),
        host=names[meeting.host_id], chair=names[meeting.chair_id or meeting.host_id],
        stand_in_reason=meeting.stand_in_reason, recorder=names.get(meeting.recorder_id) if meeting.recorder_id else None,
        present=present, absent=absent, sections=sections, carried=carried, next=upcoming,
    )

"""Meeting rules that need storage: which meeting a command is about, attendance, items said, open action items."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select

from coordinator.core.errors import UserError
from coordinator.db.uow import UnitOfWork
from coordinator.meetings.domain import Kind, State
from coordinator.meetings.models import Attendance, Meeting, MeetingItem
from coordinator.team.models import Member

NUMBERING_LOCK = 0x6D656574
"""The PostgreSQL advisory lock held while a meeting is numbered."""


async def last_number(uow: UnitOfWork) -> int | None:
    return await uow.session.scalar(select(func.max(Meeting.number)))


async def lock_numbering(uow: UnitOfWork) -> None:
    """One meeting numbered at a time, until commit (SQLite writes one transaction at a time already)."""
    if uow.session.bind.dialect.name == "postgresql":
        await uow.session.execute(select(func.pg_advisory_xact_lock(NUMBERING_LOCK)))


async def locked(uow: UnitOfWork, meeting: Meeting) -> Meeting:
    """The meeting read again under a row lock held until commit: one change to a meeting at a time."""
    statement = (select(Meeting).where(Meeting.id == meeting.id).with_for_update(key_share=True)
                 .execution_options(populate_existing=True))
    return (await uow.session.scalars(statement)).one()


async def running(uow: UnitOfWork) -> Meeting | None:
    return await uow.session.scalar(select(Meeting).where(Meeting.state == State.RUNNING).order_by(Meeting.number))


async def locked_running(uow: UnitOfWork, thread: str | None = None) -> Meeting:
    """The running meeting (the one with this thread, when given), locked; refused when none runs or it just ended."""
    meeting = await (by_thread(uow, thread) if thread else running(uow))
    if meeting is not None:
        meeting = await locked(uow, meeting)
    if meeting is None or meeting.state != State.RUNNING:
        raise UserError("meeting.none_running")
    return meeting


async def next_scheduled(uow: UnitOfWork, after_number: int = 0) -> Meeting | None:
    statement = select(Meeting).where(Meeting.state == State.SCHEDULED, Meeting.number > after_number)
    return await uow.session.scalar(statement.order_by(Meeting.starts_at, Meeting.number).limit(1))


async def upcoming(uow: UnitOfWork) -> Meeting:
    """The meeting under way, else the next one scheduled; refuses when there is neither."""
    meeting = await running(uow) or await next_scheduled(uow)
    if meeting is None:
        raise UserError("meeting.none_scheduled")
    return meeting


async def by_number(uow: UnitOfWork, number: int) -> Meeting:
    meeting = await uow.session.scalar(select(Meeting).where(Meeting.number == number))
    if meeting is None:
        raise UserError("meeting.unknown_number", number=number)
    return meeting


async def by_thread(uow: UnitOfWork, thread: str) -> Meeting | None:
    """The running meeting whose thread this is."""
    statement = select(Meeting).where(Meeting.state == State.RUNNING, Meeting.thread == thread)
    return await uow.session.scalar(statement)


async def member(uow: UnitOfWork, member_id: int | None) -> Member:
    found = await uow.session.get(Member, member_id) if member_id is not None else None
    if found is None:
        raise UserError("error.not_a_member")
    return found


async def names(uow: UnitOfWork) -> dict[int, str]:
    return {row.id: row.display_name for row in await uow.session.scalars(select(Member))}


async def attendance(uow: UnitOfWork, meeting: Meeting, member_id: int, now: datetime) -> Attendance:
    """The member's attendance row for the meeting, made on first use (absent, without a reason)."""
    row = await uow.session.scalar(
        select(Attendance).where(Attendance.meeting_id == meeting.id, Attendance.member_id == member_id))
    if row is None:
        row = Attendance(meeting_id=meeting.id, member_id=member_id, present=False, voice_seconds=0, updated_at=now)
        uow.session.add(row)
        await uow.flush()
    return row


async def mark_present(uow: UnitOfWork, meeting: Meeting, member_id: int, now: datetime) -> bool:
    """Present from now on; False when they already were."""
    row = await attendance(uow, meeting, member_id, now)
    was = row.present
    row.present, row.reason, row.updated_at = True, None, now
    await uow.flush()
    return not was


async def add_item(uow: UnitOfWork, meeting: Meeting, kind: Kind, text: str, author_id: int, now: datetime,
                   owner_id: int | None = None, due: date | None = None) -> MeetingItem:
    """Store what was said, in the section under discussion; whoever says something is present."""
    sections = list(meeting.sections)
    item = MeetingItem(meeting_id=meeting.id, section=sections[min(meeting.section, len(sections) - 1)],
                       kind=kind.value, text=text, author_id=author_id, owner_id=owner_id,
                       due=due, created_at=now)
    uow.session.add(item)
    if meeting.state == State.RUNNING:
        await mark_present(uow, meeting, author_id, now)
    await uow.flush()
    return item


async def open_actions(uow: UnitOfWork, before: Meeting | None = None) -> list[tuple[MeetingItem, Meeting]]:
    """Action items not done yet, oldest first; with ``before``, only those raised in earlier meetings."""
    statement = (select(MeetingItem, Meeting).join(Meeting)
                 .where(MeetingItem.kind == Kind.ACTION, MeetingItem.done_at.is_(None)))
    if before is not None:
        statement = statement.where(Meeting.number < before.number)
    rows = await uow.session.execute(statement.order_by(Meeting.number, MeetingItem.id))
    return [(item, meeting) for item, meeting in rows.all()]


async def carried_over(uow: UnitOfWork, meeting: Meeting) -> list[tuple[MeetingItem, Meeting]]:
    """Earlier meetings' action items still open when this one began, and those closed while it ran."""
    statement = (select(MeetingItem, Meeting).join(Meeting)
                 .where(MeetingItem.kind == Kind.ACTION, Meeting.number < meeting.number))
    if meeting.started_at is not None:
        statement = statement.where((MeetingItem.done_at.is_(None)) | (MeetingItem.done_at >= meeting.started_at))
    else:
        statement = statement.where(MeetingItem.done_at.is_(None))
    rows = await uow.session.execute(statement.order_by(Meeting.number, MeetingItem.id))
    return [(item, origin) for item, origin in rows.all()]


async def items_of(uow: UnitOfWork, meeting: Meeting) -> list[MeetingItem]:
    statement = select(MeetingItem).where(MeetingItem.meeting_id == meeting.id).order_by(MeetingItem.id)
    return list((await uow.session.scalars(statement)).all())

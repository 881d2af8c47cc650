"""Use cases before a meeting: schedule it (第N期), collect agenda points, set the next one, send absences ahead.

Each owns its transaction, queues what others hear in it, and returns plain results."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from coordinator.core.errors import UserError
from coordinator.db.uow import UnitOfWork
from coordinator.i18n import t
from coordinator.meetings import store
from coordinator.meetings.calendar import invitation
from coordinator.meetings.domain import (
    MAX_PLACE,
    MAX_REASON,
    MAX_TEXT,
    MAX_TITLE,
    State,
    agenda_deadline,
    agenda_reminder_at,
    find_section,
    next_number,
    one_line,
    voice_channel,
)
from coordinator.meetings.models import AgendaPoint, Meeting
from coordinator.meetings.notices import to_channel, to_member
from coordinator.meetings.views import MeetingView, OpenAction, meeting_view, open_action, when_text
from coordinator.platform.outbox.service import queue
from coordinator.platform.timers.scheduler import cancel, schedule
from coordinator.team.models import Member
from coordinator.team.services import find_member

if TYPE_CHECKING:
    from coordinator.app import App

AGENDA_REMINDER, AGENDA_CLOSED, STARTING = "meeting.agenda_reminder", "meeting.agenda_closed", "meeting.starting"
FARTHEST = timedelta(days=366)


@dataclass(frozen=True, slots=True)
class Plan:
    """What a meeting is to be: when, who hosts it, its title and place (empty: the defaults)."""

    starts_at: datetime
    host_ref: str | None = None
    title: str | None = None
    place: str | None = None
    number: int | None = None


def check_when(moment: datetime, now: datetime) -> datetime:
    if moment <= now:
        raise UserError("meeting.when_past", when=f"{moment:%Y-%m-%d %H:%M}")
    if moment > now + FARTHEST:
        raise UserError("meeting.when_far", when=f"{moment:%Y-%m-%d %H:%M}")
    return moment


async def schedule_meeting(app: App, scheduler_id: int, plan: Plan) -> MeetingView:
    """Number the meeting, announce it with its invitation, and set the agenda deadline and reminders."""
    check_when(plan.starts_at, app.clock.now())
    async with app.uow() as uow:
        view = await _numbered(app, uow, scheduler_id, plan)
        await uow.commit()
        return view


async def _numbered(app: App, uow: UnitOfWork, scheduler_id: int, plan: Plan) -> MeetingView:
    settings, now = app.settings, app.clock.now()
    host = await find_member(uow, plan.host_ref) if plan.host_ref else await store.member(uow, scheduler_id)
    await store.lock_numbering(uow)
    last = await store.last_number(uow)
    try:
        number = next_number(last, plan.number)
    except ValueError:
        raise UserError("meeting.number_taken", next=(last or 0) + 1) from None
    meeting = Meeting(
        number=number, title=_checked(plan.title, MAX_TITLE) or t("meeting.default_title", settings.language),
        place=_place(plan.place, settings.meetings.place, settings.language), starts_at=plan.starts_at,
        agenda_deadline=agenda_deadline(plan.starts_at, settings.meetings.agenda_deadline_days),
        sections=list(settings.meetings.sections), state=State.SCHEDULED, host_id=host.id, section=0,
        sequence=0, created_at=now, updated_at=now)
    meeting.voice_channel = voice_channel(meeting.place)
    uow.session.add(meeting)
    await uow.flush()
    await _arm(uow, meeting, now)
    await queue(uow, announcement(app, meeting, host, scheduler_id), now)
    return meeting_view(meeting, await store.names(uow), settings.zone)


async def reschedule_next(app: App, asker_id: int, starts_at: datetime, host_ref: str) -> MeetingView:
    """``/meeting next``: the meeting after the running one gets this time and host (scheduled when missing)."""
    now = app.clock.now()
    check_when(starts_at, now)
    async with app.uow() as uow:
        current = await store.locked_running(uow)
        following = await store.next_scheduled(uow, current.number)
        if following is None:
            view = await _numbered(app, uow, asker_id, Plan(starts_at, host_ref, current.title, current.place))
        else:
            view = await _moved(app, uow, await store.locked(uow, following), starts_at, host_ref, asker_id)
        await uow.commit()
        return view


async def _moved(app: App, uow: UnitOfWork, meeting: Meeting, starts_at: datetime, host_ref: str,
                 asker_id: int) -> MeetingView:
    now = app.clock.now()
    host = await find_member(uow, host_ref)
    meeting.starts_at, meeting.host_id, meeting.updated_at = starts_at, host.id, now
    meeting.agenda_deadline = agenda_deadline(starts_at, app.settings.meetings.agenda_deadline_days)
    for kind in (AGENDA_REMINDER, AGENDA_CLOSED, STARTING):
        await cancel(uow, key_of(meeting, kind))
    meeting.sequence += 1
    await _arm(uow, meeting, now)
    await queue(uow, announcement(app, meeting, host, asker_id), now)
    return meeting_view(meeting, await store.names(uow), app.settings.zone)


def announcement(app: App, meeting: Meeting, host: Member, scheduler_id: int) -> list:
    """The post in the meetings channel with the .ics invitation, and a word to the host."""
    settings, lang = app.settings, app.settings.language
    zone = settings.zone
    told = [to_channel(settings, "meeting.announced", files=(invitation(meeting, host.display_name, settings),),
                       number=meeting.number, title=meeting.title, place=meeting.place,
                       when=when_text(meeting.starts_at.astimezone(zone), lang), host=host.display_name,
                       deadline=when_text(meeting.agenda_deadline.astimezone(zone), lang))]
    if host.id != scheduler_id:
        host_lang = host.language or lang
        told.append(to_member(settings, host, "meeting.you_host", number=meeting.number,
                              when=when_text(meeting.starts_at.astimezone(zone), host_lang)))
    return told


def key_of(meeting: Meeting, kind: str) -> str:
    return f"{kind}:{meeting.id}:{meeting.sequence}"


async def _arm(uow: UnitOfWork, meeting: Meeting, now: datetime) -> None:
    """The reminder before the agenda deadline, the agenda to the host at the deadline, the start."""
    payload = {"meeting_id": meeting.id, "sequence": meeting.sequence}
    if meeting.agenda_deadline > now:
        await schedule(uow, AGENDA_REMINDER, key_of(meeting, AGENDA_REMINDER),
                       agenda_reminder_at(meeting.agenda_deadline, now), payload)
    await schedule(uow, AGENDA_CLOSED, key_of(meeting, AGENDA_CLOSED), max(meeting.agenda_deadline, now), payload)
    await schedule(uow, STARTING, key_of(meeting, STARTING), meeting.starts_at, payload)


def _checked(text: str | None, limit: int) -> str | None:
    if text is None:
        return None
    text = one_line(text)
    if len(text) > limit:
        raise UserError("meeting.too_long", limit=limit)
    return text or None


def _place(text: str | None, default: str, lang: str) -> str:
    return _checked(text, MAX_PLACE) or default or t("meeting.default_place", lang)


@dataclass(frozen=True, slots=True)
class PointAdded:
    number: int
    section: str
    late: bool
    deadline: datetime


async def add_point(app: App, author_id: int, section_text: str, text: str) -> PointAdded:
    """A point for the next meeting's agenda; after the deadline it is still taken, marked late."""
    now = app.clock.now()
    text = text.strip()
    if len(text) > MAX_TEXT:
        raise UserError("meeting.too_long", limit=MAX_TEXT)
    async with app.uow() as uow:
        meeting = await store.upcoming(uow)
        await store.member(uow, author_id)
        index = find_section(section_text, list(meeting.sections))
        if index is None:
            raise UserError("meeting.bad_section", text=section_text[:40], sections=" / ".join(meeting.sections))
        section = list(meeting.sections)[index]
        late = now > meeting.agenda_deadline
        uow.session.add(AgendaPoint(meeting_id=meeting.id, section=section, text=text, author_id=author_id,
                                    late=late, created_at=now))
        await uow.commit()
        return PointAdded(meeting.number, section, late, meeting.agenda_deadline.astimezone(app.settings.zone))


@dataclass(frozen=True, slots=True)
class Agenda:
    meeting: MeetingView
    sections: tuple[str, ...]
    points: tuple[AgendaPoint, ...]
    carried: tuple[OpenAction, ...]
    names: dict[int, str]


async def agenda(app: App, uow: UnitOfWork | None = None, meeting_id: int | None = None) -> Agenda:
    """The upcoming (or given) meeting's agenda: carried-over action items, then the points by section."""
    if uow is None:
        async with app.uow() as own:
            return await agenda(app, own, meeting_id)
    meeting = await uow.session.get(Meeting, meeting_id) if meeting_id else await store.upcoming(uow)
    assert meeting is not None
    points = (await uow.session.scalars(
        select(AgendaPoint).where(AgendaPoint.meeting_id == meeting.id).order_by(AgendaPoint.id))).all()
    known = await store.names(uow)
    carried = tuple(open_action(item, origin, known) for item, origin in await store.open_actions(uow, meeting))
    for point in points:
        uow.session.expunge(point)
    return Agenda(meeting_view(meeting, known, app.settings.zone), tuple(meeting.sections), tuple(points), carried,
                  known)


async def send_absence(app: App, member_id: int, reason: str) -> MeetingView:
    """``/absent``: the member will miss the upcoming meeting (or is leaving the running one), and why."""
    reason = one_line(reason)
    if len(reason) > MAX_REASON:
        raise UserError("meeting.too_long", limit=MAX_REASON)
    now = app.clock.now()
    async with app.uow() as uow:
        meeting = await store.locked(uow, await store.upcoming(uow))
        row = await store.attendance(uow, meeting, member_id, now)
        row.present, row.reason, row.updated_at = False, reason, now
        view = meeting_view(meeting, await store.names(uow), app.settings.zone)
        await uow.commit()
        return view

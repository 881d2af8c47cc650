"""Use cases while a meeting runs: start it (a stand-in says why), the recorder, attendance, sections, the end.

Each owns its transaction and queues what others hear in it; nothing said waits in memory."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from coordinator.chat.reply import Attachment
from coordinator.core.errors import UserError
from coordinator.i18n import t
from coordinator.meetings import planning, store
from coordinator.meetings.domain import MAX_REASON, State, find_section, one_line
from coordinator.meetings.minutes import file_name, render_minutes
from coordinator.meetings.models import Attendance, Meeting
from coordinator.meetings.notices import to_channel, to_thread
from coordinator.meetings.record import minutes_data
from coordinator.meetings.views import MeetingView, agenda_lines, meeting_view
from coordinator.platform.outbox.service import queue
from coordinator.platform.timers.scheduler import cancel, schedule
from coordinator.team.services import find_member

if TYPE_CHECKING:
    from coordinator.app import App
    from coordinator.db.uow import UnitOfWork

START_WINDOW = timedelta(hours=12)
MAIL_MINUTES = "meeting.mail_minutes"


async def start_meeting(app: App, member_id: int, reason: str | None) -> MeetingView:
    """The host (or a stand-in, with the reason) opens the meeting: its thread gets the agenda."""
    settings, now, lang = app.settings, app.clock.now(), app.settings.language
    async with app.uow() as uow:
        meeting = await _startable(uow)
        if meeting.starts_at - now > START_WINDOW:
            raise UserError("meeting.too_early", number=meeting.number,
                            when=f"{meeting.starts_at.astimezone(settings.zone):%Y-%m-%d %H:%M}")
        starter = await store.member(uow, member_id)
        if starter.id != meeting.host_id:
            host = await store.member(uow, meeting.host_id)
            reason = one_line(reason or "")
            if not reason:
                raise UserError("meeting.stand_in_needs_reason", host=host.display_name, number=meeting.number)
            if len(reason) > MAX_REASON:
                raise UserError("meeting.too_long", limit=MAX_REASON)
            meeting.stand_in_reason = reason
        meeting.chair_id, meeting.state, meeting.started_at, meeting.updated_at = starter.id, State.RUNNING, now, now
        meeting.thread = t("meeting.thread_name", lang, number=meeting.number)
        await cancel(uow, planning.key_of(meeting, planning.STARTING))
        await store.mark_present(uow, meeting, starter.id, now)
        await uow.flush()
        agenda = await planning.agenda(app, uow, meeting.id)
        lines = agenda_lines(agenda.sections, agenda.points, agenda.carried, agenda.names, lang)
        view = meeting_view(meeting, agenda.names, settings.zone)
        await queue(uow, [to_thread(settings, meeting.thread, "meeting.started_thread", number=meeting.number,
                                    chair=starter.display_name, agenda="\n".join(lines), section=view.section)], now)
        await uow.commit()
        return view


async def _startable(uow: UnitOfWork) -> Meeting:
    """The next scheduled meeting, locked, once no other runs: of two starting it at once, the second hears it runs."""
    meeting = await store.next_scheduled(uow)
    if meeting is not None:
        meeting = await store.locked(uow, meeting)
    live = await store.running(uow)
    if live is not None:
        raise UserError("meeting.already_running", number=live.number)
    if meeting is None or meeting.state != State.SCHEDULED:
        raise UserError("meeting.none_scheduled")
    return meeting


async def set_recorder(app: App, reference: str) -> MeetingView:
    now = app.clock.now()
    async with app.uow() as uow:
        meeting = await store.locked_running(uow)
        recorder = await find_member(uow, reference)
        meeting.recorder_id, meeting.updated_at = recorder.id, now
        await store.mark_present(uow, meeting, recorder.id, now)
        view = meeting_view(meeting, await store.names(uow), app.settings.zone)
        await queue(uow, [to_thread(app.settings, meeting.thread or "", "meeting.recorder_named",
                                    name=recorder.display_name)], now)
        await uow.commit()
        return view


async def here(app: App, member_id: int) -> tuple[MeetingView, bool]:
    """``/here``: present at the running meeting; False when they already were."""
    now = app.clock.now()
    async with app.uow() as uow:
        meeting = await store.locked_running(uow)
        new = await store.mark_present(uow, meeting, member_id, now)
        view = meeting_view(meeting, await store.names(uow), app.settings.zone)
        await uow.commit()
        return view, new


async def next_section(app: App, wanted: str | None) -> tuple[MeetingView, int]:
    """Move on to the next section (or the one named); returns the meeting and the section's number."""
    now = app.clock.now()
    async with app.uow() as uow:
        meeting = await store.locked_running(uow)
        sections = list(meeting.sections)
        if wanted:
            index = find_section(wanted, sections)
            if index is None:
                raise UserError("meeting.bad_section", text=wanted[:40], sections=" / ".join(sections))
        elif meeting.section + 1 >= len(sections):
            raise UserError("meeting.last_section", section=sections[-1])
        else:
            index = meeting.section + 1
        meeting.section, meeting.updated_at = index, now
        view = meeting_view(meeting, await store.names(uow), app.settings.zone)
        await uow.commit()
        return view, index + 1


@dataclass(frozen=True, slots=True)
class Ended:
    meeting: MeetingView
    minutes: Attachment
    mailed_to: int


async def end_meeting(app: App) -> Ended:
    """Close the meeting: write the minutes, keep them, post them with the file, and mail them to the team."""
    settings, now = app.settings, app.clock.now()
    async with app.uow() as uow:
        meeting = await store.locked_running(uow)
        meeting.state, meeting.ended_at, meeting.updated_at = State.ENDED, now, now
        meeting.sequence += 1
        await close_voice(uow, meeting, now)
        await uow.flush()
        text = render_minutes(await minutes_data(uow, settings, meeting), settings.language)
        meeting.minutes = text
        attachment = Attachment(file_name(meeting.number), text.encode(), "text/markdown")
        addresses = settings.meetings.minutes_to
        await queue(uow, [
            to_channel(settings, "meeting.minutes_posted", files=(attachment,), number=meeting.number,
                       title=meeting.title),
            to_thread(settings, meeting.thread or "", "meeting.ended_thread", number=meeting.number),
        ], now)
        if addresses:
            await schedule(uow, MAIL_MINUTES, f"{MAIL_MINUTES}:{meeting.id}", now, {"meeting_id": meeting.id},
                           once=True)
        view = meeting_view(meeting, await store.names(uow), settings.zone)
        await uow.commit()
        return Ended(view, attachment, len(addresses))


async def close_voice(uow: UnitOfWork, meeting: Meeting, now: datetime) -> None:
    """Everyone still in the voice channel is counted up to now."""
    rows = (await uow.session.scalars(
        select(Attendance).where(Attendance.meeting_id == meeting.id, Attendance.voice_since.is_not(None)))).all()
    for row in rows:
        since = max(row.voice_since, meeting.started_at or row.voice_since)  # type: ignore[type-var]
        row.voice_seconds += max(0, int((now - since).total_seconds()))
        row.voice_since = None

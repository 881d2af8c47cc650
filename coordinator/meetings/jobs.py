"""Timed meeting work: the agenda reminder and its closing, the start, action-item nudges, the minutes by mail.

Each job writes what it says to the outbox in the transaction that marks it done."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from coordinator.db.uow import UnitOfWork
from coordinator.meetings import items, minutes_mail, planning, running, store
from coordinator.meetings.domain import State, one_line
from coordinator.meetings.models import Meeting
from coordinator.meetings.notices import to_channel, to_member
from coordinator.meetings.views import agenda_lines, short_date, when_text
from coordinator.platform.outbox.service import queue
from coordinator.platform.timers.scheduler import JobHandler

if TYPE_CHECKING:
    from coordinator.app import App


def meeting_jobs(app: App) -> dict[str, JobHandler]:
    settings = app.settings
    lang = settings.language

    async def scheduled(uow: UnitOfWork, payload: Mapping[str, Any]) -> Meeting | None:
        meeting = await uow.session.get(Meeting, payload["meeting_id"])
        fresh = meeting is not None and meeting.sequence == payload.get("sequence", meeting.sequence)
        return meeting if fresh and meeting.state == State.SCHEDULED else None

    async def agenda_reminder(uow: UnitOfWork, payload: Mapping[str, Any]) -> None:
        meeting = await scheduled(uow, payload)
        if meeting is None:
            return
        agenda = await planning.agenda(app, uow, meeting.id)
        await queue(uow, [to_channel(settings, "meeting.agenda_reminder", number=meeting.number,
                                     when=when_text(agenda.meeting.starts_at, lang),
                                     deadline=when_text(agenda.meeting.deadline, lang), count=len(agenda.points))],
                    app.clock.now())

    async def agenda_closed(uow: UnitOfWork, payload: Mapping[str, Any]) -> None:
        meeting = await scheduled(uow, payload)
        if meeting is None:
            return
        host = await store.member(uow, meeting.host_id)
        host_lang = host.language or lang
        agenda = await planning.agenda(app, uow, meeting.id)
        lines = agenda_lines(agenda.sections, agenda.points, agenda.carried, agenda.names, host_lang)
        await queue(uow, [to_member(settings, host, "meeting.agenda_for_host", number=meeting.number,
                                    agenda="\n".join(lines))], app.clock.now())

    async def starting(uow: UnitOfWork, payload: Mapping[str, Any]) -> None:
        meeting = await scheduled(uow, payload)
        if meeting is None:
            return
        host = await store.member(uow, meeting.host_id)
        await queue(uow, [to_channel(settings, "meeting.starting", number=meeting.number, place=meeting.place,
                                     host=host.display_name),
                          to_member(settings, host, "meeting.starting_host", number=meeting.number)],
                    app.clock.now())

    async def nudge(uow: UnitOfWork, payload: Mapping[str, Any], key: str) -> None:
        found = await items.open_item(uow, payload["item_id"])
        if found is None:
            return
        item, meeting, owner = found
        owner_lang = owner.language or lang
        await queue(uow, [to_member(settings, owner, key, id=item.id, number=meeting.number,
                                    text=one_line(item.text)[:300], due=short_date(item.due, owner_lang))],
                    app.clock.now())

    async def action_due(uow: UnitOfWork, payload: Mapping[str, Any]) -> None:
        await nudge(uow, payload, "meeting.action_due")

    async def action_overdue(uow: UnitOfWork, payload: Mapping[str, Any]) -> None:
        await nudge(uow, payload, "meeting.action_overdue")

    async def mail_minutes(uow: UnitOfWork, payload: Mapping[str, Any]) -> None:
        async with app.uow() as reading:
            mailing = await minutes_mail.prepare(reading, settings, payload["meeting_id"])
        if mailing is None:
            return
        taken, refused = await minutes_mail.send(settings, mailing)
        await minutes_mail.record(uow, settings, mailing, taken, refused, app.clock.now())

    return {
        planning.AGENDA_REMINDER: agenda_reminder, planning.AGENDA_CLOSED: agenda_closed,
        planning.STARTING: starting, items.ACTION_DUE: action_due, items.ACTION_OVERDUE: action_overdue,
        running.MAIL_MINUTES: mail_minutes,
    }

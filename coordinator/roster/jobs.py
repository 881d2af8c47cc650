"""Timed roster work: the reminder before a shift and the handover prompt after it.

Each job writes what it has to say to the outbox in the transaction that marks it done."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from coordinator.chat.reply import Notice, Recipient
from coordinator.core.week import DAYS
from coordinator.db.uow import UnitOfWork
from coordinator.i18n import t
from coordinator.platform.outbox.service import queue
from coordinator.platform.timers.scheduler import JobHandler
from coordinator.roster import services as rosters
from coordinator.roster.domain import slot_label, with_hours
from coordinator.roster.models import RosterShift
from coordinator.roster.views import handover_notices, leaving_notices
from coordinator.team.models import Member
from coordinator.team.services import list_members

if TYPE_CHECKING:
    from coordinator.app import App


def roster_jobs(app: App) -> dict[str, JobHandler]:
    settings = app.settings

    async def remind(uow: UnitOfWork, payload: Mapping[str, Any]) -> None:
        shift = await uow.session.get(RosterShift, payload["shift_id"])
        if shift is None or shift.cancelled:
            return
        member = await uow.session.get(Member, shift.member_id)
        assert member is not None
        lang = member.language or settings.language
        slot = rosters.duty_slot(settings, shift.slot)
        start = rosters.shift_start(settings, shift)
        text = t("roster.reminder", lang, when=f"{start:%m/%d %H:%M}",
                 slot=with_hours(slot_label(slot, lang), shift.hours, lang), minutes=settings.reminder_minutes)
        notice = Notice(Recipient.member(member.id, member.display_name), text, key="roster.reminder")
        await queue(uow, [notice], app.clock.now())

    async def hand_over(uow: UnitOfWork, payload: Mapping[str, Any]) -> None:
        """At a slot's end, or (``end`` in the payload) when partial shifts end before it: those whose shift ends
        now hand over; early, to whoever on the slot stays on, else to the next slot."""
        monday, day, slot_name = date.fromisoformat(payload["week"]), payload["day"], payload["slot"]
        slot = rosters.duty_slot(settings, slot_name)
        roster = await rosters.load_roster(uow, monday)
        on_slot = [s for s in roster.active if (s.day, s.slot) == (day, slot_name)] if roster else []
        ends = {s.id: rosters.shift_times(settings, s)[1] for s in on_slot}
        now_ending = payload.get("end", f"{slot.end:%H:%M}")
        outgoing = [s for s in on_slot if f"{ends[s.id]:%H:%M}" == now_ending]
        if not outgoing:
            return
        incoming = await _next_shifts(uow, monday, day, slot_name, [s.name for s in settings.slots])
        languages = {m.staff_id: m.language or settings.language for m in await list_members(uow)}
        if "end" in payload:
            staying = [s for s in on_slot if ends[s.id] > ends[outgoing[0].id]]
            notices = leaving_notices(outgoing, staying or incoming, slot, languages)
        else:
            notices = handover_notices(outgoing, incoming, slot, languages)
        await queue(uow, notices, app.clock.now())

    return {
        rosters.REMINDER: remind,
        rosters.HANDOVER: hand_over,
    }


async def _next_shifts(
    uow: UnitOfWork, monday: date, day: str, slot: str, order: list[str]
) -> list[rosters.ShiftView]:
    """Who is on the slot after this one: later the same day, else the first slot of the next day."""
    index = order.index(slot)
    if index + 1 < len(order):
        next_monday, next_day, next_slot = monday, day, order[index + 1]
    else:
        day_index = DAYS.index(day) + 1
        next_monday = monday + timedelta(days=7) if day_index == 7 else monday
        next_day, next_slot = DAYS[day_index % 7], order[0]
    roster = await rosters.load_roster(uow, next_monday)
    if roster is None or not roster.published:
        return []
    return [s for s in roster.active if (s.day, s.slot) == (next_day, next_slot)]

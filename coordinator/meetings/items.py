"""Use cases for what is said in a meeting: notes, decisions and action items, each committed when said;
action items living past the meeting (reminders, nudges, done)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from coordinator.core.errors import UserError
from coordinator.db.uow import UnitOfWork
from coordinator.meetings import store
from coordinator.meetings.domain import (
    MAX_REASON,
    MAX_TEXT,
    Kind,
    mentioned_accounts,
    one_line,
    split_due,
    split_owner,
)
from coordinator.meetings.models import Meeting, MeetingItem
from coordinator.meetings.notices import to_member
from coordinator.meetings.views import OpenAction, open_action, short_date
from coordinator.meetings.when import read_date
from coordinator.platform.outbox.service import queue
from coordinator.platform.timers.scheduler import cancel, schedule
from coordinator.team.models import Member
from coordinator.team.services import find_member

if TYPE_CHECKING:
    from coordinator.app import App

ACTION_DUE, ACTION_OVERDUE = "meeting.action_due", "meeting.action_overdue"
NUDGE_AT = time(10, 0)
LATEST_DUE = timedelta(days=366)


@dataclass(frozen=True, slots=True)
class Recorded:
    id: int
    kind: Kind
    section: str
    position: int
    """Its number within the section, as the minutes will show it."""
    owner: str | None = None
    due: date | None = None


def checked_text(text: str) -> str:
    text = text.strip()
    if not text:
        raise UserError("meeting.empty_text")
    if len(text) > MAX_TEXT:
        raise UserError("meeting.too_long", limit=MAX_TEXT)
    return text


def due_date(text: str, today: date) -> date:
    found = read_date(text[:40], today)
    if found is None:
        raise UserError("meeting.bad_due", text=text[:40])
    if found < today or found > today + LATEST_DUE:
        raise UserError("meeting.due_out_of_range", text=text[:40])
    return found


async def record(app: App, author_id: int, kind: Kind, text: str, *, owner_ref: str | None = None,
                 due_text: str | None = None, thread: str | None = None) -> Recorded:
    """Store a note, decision or action item in the section under discussion, now.

    An action's owner is the member named (``owner_ref``), else one mentioned at its start; its due date is
    ``due_text``, else a date written at its end. In the meeting's thread an owner nobody knows is left open."""
    now, today = app.clock.now(), app.today()
    text = checked_text(text)
    async with app.uow() as uow:
        meeting = await store.locked_running(uow, thread)
        owner, due = None, None
        if kind == Kind.ACTION:
            owner, text = await _owner(uow, owner_ref, text, strict=thread is None)
            text, due = _due(text, due_text, today)
        item = await store.add_item(uow, meeting, kind, text, author_id, now, owner.id if owner else None, due)
        if kind == Kind.ACTION:
            await _arm(app, uow, item, owner, meeting)
        position = len([i for i in await store.items_of(uow, meeting) if i.section == item.section])
        recorded = Recorded(item.id, kind, item.section, position, owner.display_name if owner else None, due)
        await uow.commit()
        return recorded


def _due(text: str, due_text: str | None, today: date) -> tuple[str, date | None]:
    """The due date given, or one written at the end of the text (then taken off it)."""
    if due_text:
        return text, due_date(due_text, today)
    body, trailing = split_due(text)
    if trailing is None or read_date(trailing, today) is None:
        return text, None
    return checked_text(body), due_date(trailing, today)


async def _owner(uow: UnitOfWork, reference: str | None, text: str, *, strict: bool) -> tuple[Member | None, str]:
    if reference:
        return await find_member(uow, reference), text
    accounts = mentioned_accounts(text)
    candidate, rest = split_owner(text, list((await store.names(uow)).values()))
    try:
        if candidate:
            return await find_member(uow, candidate), checked_text(rest)
        if accounts:
            return await find_member(uow, f"<@{accounts[0]}>"), text
    except UserError:
        if strict:
            raise
    return None, text


async def _arm(app: App, uow: UnitOfWork, item: MeetingItem, owner: Member | None, meeting: Meeting) -> None:
    """The owner hears of it now, is reminded the day before it is due, and nudged the day after."""
    if owner is None:
        return
    now, zone = app.clock.now(), app.settings.zone
    told = [to_member(app.settings, owner, "meeting.action_assigned", id=item.id, number=meeting.number,
                      text=one_line(item.text)[:300], due=short_date(item.due, owner.language or app.settings.language))]
    await queue(uow, told, now)
    if item.due is None:
        return
    reminder = datetime.combine(item.due - timedelta(days=1), NUDGE_AT, tzinfo=zone)
    if reminder > now:
        await schedule(uow, ACTION_DUE, f"{ACTION_DUE}:{item.id}", reminder, {"item_id": item.id}, once=True)
    overdue = datetime.combine(item.due + timedelta(days=1), NUDGE_AT, tzinfo=zone)
    await schedule(uow, ACTION_OVERDUE, f"{ACTION_OVERDUE}:{item.id}", overdue, {"item_id": item.id}, once=True)


async def action_item(uow: UnitOfWork, item_id: int) -> MeetingItem:
    """The action item, locked until commit: of two marking it done at once, the second hears it is done."""
    item = await uow.session.get(MeetingItem, item_id, with_for_update=True)
    if item is None or item.kind != Kind.ACTION:
        raise UserError("meeting.action_unknown", id=item_id)
    return item


async def is_owner(uow: UnitOfWork, member_id: int | None, item_id: int) -> bool:
    """Whether the member owns the action item (one with no owner belongs to everyone); an item that does not
    exist passes, so the asker hears that rather than "not yours"."""
    item = await uow.session.get(MeetingItem, item_id)
    return item is None or item.kind != Kind.ACTION or item.owner_id in (None, member_id)


async def mark_done(app: App, item_id: int, note: str | None) -> OpenAction:
    note = one_line(note or "") or None
    if note and len(note) > MAX_REASON:
        raise UserError("meeting.too_long", limit=MAX_REASON)
    now = app.clock.now()
    async with app.uow() as uow:
        item = await action_item(uow, item_id)
        if item.done_at is not None:
            raise UserError("meeting.action_already_done", id=item_id)
        item.done_at, item.done_note = now, note
        for kind in (ACTION_DUE, ACTION_OVERDUE):
            await cancel(uow, f"{kind}:{item.id}")
        meeting = await uow.session.get(Meeting, item.meeting_id)
        assert meeting is not None
        done = open_action(item, meeting, await store.names(uow))
        await uow.commit()
        return done


async def list_actions(app: App, member_id: int | None, which: str) -> list[OpenAction]:
    """Open action items: the asker's (``mine``), everyone's (``all``), or those past their due date."""
    today = app.today()
    async with app.uow() as uow:
        rows = await store.open_actions(uow)
        known = await store.names(uow)
        if which == "mine":
            rows = [(item, meeting) for item, meeting in rows if item.owner_id == member_id]
        elif which == "overdue":
            rows = [(item, meeting) for item, meeting in rows if item.due is not None and item.due < today]
        return [open_action(item, meeting, known) for item, meeting in rows]


async def open_item(uow: UnitOfWork, item_id: int) -> tuple[MeetingItem, Meeting, Member] | None:
    """An open action item with its meeting and owner, for the timed nudges; None once done or ownerless."""
    row = (await uow.session.execute(
        select(MeetingItem, Meeting, Member).join(Meeting, Meeting.id == MeetingItem.meeting_id)
        .join(Member, Member.id == MeetingItem.owner_id).where(MeetingItem.id == item_id))).first()
    if row is None or row[0].done_at is not None:
        return None
    return row[0], row[1], row[2]

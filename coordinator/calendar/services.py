"""Use cases for calendar feeds: a member's or the team's published shifts as iCalendar; feed tokens."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from coordinator.calendar import messages as _calendar_messages  # noqa: F401
from coordinator.calendar.feeds import hash_token, new_token
from coordinator.calendar.ics import CalendarEvent, render_calendar
from coordinator.calendar.models import CalendarToken
from coordinator.core.week import iso_week_label
from coordinator.db.uow import UnitOfWork
from coordinator.i18n import t
from coordinator.roster.domain import slot_label, with_hours
from coordinator.roster.models import RosterShift, RosterWeek
from coordinator.roster.shift_times import agreed_times, shift_uid, week_shift_times
from coordinator.settings import Settings
from coordinator.team.models import Member

if TYPE_CHECKING:
    from coordinator.app import App

HISTORY = timedelta(weeks=8)


async def calendar_bytes(
    uow: UnitOfWork, settings: Settings, member: Member | None, since: date, weeks: tuple[date, ...] = ()
) -> bytes:
    """The published shifts from ``since`` on (or of ``weeks``): one member's, or everyone's when ``member`` is None."""
    statement = select(RosterShift, RosterWeek).join(RosterWeek).where(RosterWeek.published_at.is_not(None))
    statement = statement.where(RosterWeek.week.in_(weeks)) if weeks else statement.where(RosterWeek.week >= since)
    rows = (await uow.session.execute(statement)).all()
    members = {m.id: m for m in await uow.session.scalars(select(Member))}
    lang = (member.language if member else None) or settings.language
    together: dict[tuple[date, str, str], list[str]] = {}
    for shift, _ in rows:
        if not shift.cancelled:
            together.setdefault((shift.on, shift.day, shift.slot), []).append(members[shift.member_id].display_name)
    events = []
    stamps = []
    for shift, roster in rows:
        if member is not None and shift.member_id != member.id:
            continue
        slot = next((s for s in settings.slots if s.name == shift.slot), None)
        if slot is None:
            continue
        person = members[shift.member_id]
        start, end = agreed_times(week_shift_times(roster.week, shift.day, slot, settings.zone), shift.hours)
        others = [name for name in together.get((shift.on, shift.day, shift.slot), []) if name != person.display_name]
        events.append(CalendarEvent(
            uid=shift_uid(iso_week_label(roster.week), shift.day, shift.slot, person.staff_id),
            title=t("ical.title", lang, slot=with_hours(slot_label(slot, lang), shift.hours, lang),
                    name=person.display_name),
            start=start, end=end, sequence=shift.sequence, cancelled=shift.cancelled,
            attendees=tuple(others) if member is not None else (),
        ))
        stamps.append(max(shift.updated_at, roster.published_at or shift.updated_at))
    if member is None and not weeks:
        events += await feature_events(uow, settings, since)
    name = t("ical.name_member", lang, name=member.display_name) if member else t("ical.name_team", lang)
    stamp = max(stamps, default=datetime(2026, 1, 1, tzinfo=settings.zone))
    return render_calendar(events, name=name, timezone=settings.timezone, stamp=stamp)


async def feature_events(uow: UnitOfWork, settings: Settings, since: date) -> list[CalendarEvent]:
    """What other features put in the team feed (meetings), each asked through its declared ``calendar_events``."""
    from coordinator.features import features
    from coordinator.platform.feature import load

    found: list[CalendarEvent] = []
    for feature in features():
        if feature.calendar_events:
            found += await load(feature.calendar_events)(uow, settings, since)
    return found


async def active_token(uow: UnitOfWork, member_id: int | None) -> CalendarToken | None:
    statement = select(CalendarToken).where(CalendarToken.revoked_at.is_(None))
    statement = statement.where(
        CalendarToken.member_id == member_id if member_id is not None else CalendarToken.member_id.is_(None)
    )
    token: CalendarToken | None = await uow.session.scalar(statement)
    return token


async def issue_token(uow: UnitOfWork, member_id: int | None, now: datetime) -> str:
    """A new feed token (any earlier one stops working); only its hash is stored."""
    current = await active_token(uow, member_id)
    if current is not None:
        current.revoked_at = now
    token = new_token()
    uow.session.add(CalendarToken(token_hash=hash_token(token), member_id=member_id, created_at=now))
    await uow.flush()
    return token


async def feed_for(uow: UnitOfWork, settings: Settings, token: str, today: date) -> bytes | None:
    """The feed a token opens, or None when the token is unknown or revoked."""
    found = await uow.session.scalar(
        select(CalendarToken).where(CalendarToken.token_hash == hash_token(token), CalendarToken.revoked_at.is_(None))
    )
    if found is None:
        return None
    member = await uow.session.get(Member, found.member_id) if found.member_id is not None else None
    return await calendar_bytes(uow, settings, member, today - HISTORY)


def feed_url(settings: Settings, token: str) -> str:
    return f"{settings.ical_base_url.rstrip('/')}/ical/{token}.ics"


async def subscription(app: App, owner_id: int | None, *, reset: bool) -> str | None:
    """A feed token for the member (or the team, ``None``): a new one on reset; None when one is already out."""
    async with app.uow() as uow:
        if not reset and await active_token(uow, owner_id) is not None:
            return None
        token = await issue_token(uow, owner_id, app.clock.now())
        await uow.commit()
        return token

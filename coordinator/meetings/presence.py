"""Presence by voice: joining the meeting's voice channel marks one present, and the time spent there counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from coordinator.meetings import store
from coordinator.meetings.domain import VOICE_EARLY, State
from coordinator.meetings.models import Meeting

if TYPE_CHECKING:
    from coordinator.app import App
    from coordinator.db.uow import UnitOfWork


async def _meeting_in(uow: UnitOfWork, app: App, channel: str, channel_id: str) -> Meeting | None:
    """The running meeting held in this voice channel, or one about to start there, locked."""
    now = app.clock.now()
    statement = select(Meeting).where(Meeting.voice_channel.in_((channel, channel_id)),
                                      Meeting.state.in_((State.RUNNING, State.SCHEDULED)))
    for meeting in (await uow.session.scalars(statement.order_by(Meeting.number))).all():
        if meeting.state == State.RUNNING or meeting.starts_at - VOICE_EARLY <= now:
            return await store.locked(uow, meeting)
    return None


async def joined(app: App, member_id: int, channel: str, channel_id: str) -> bool:
    """Present from now; False when no meeting is held in that channel."""
    now = app.clock.now()
    async with app.uow() as uow:
        meeting = await _meeting_in(uow, app, channel, channel_id)
        if meeting is None:
            return False
        row = await store.attendance(uow, meeting, member_id, now)
        row.present, row.reason, row.updated_at = True, None, now
        row.voice_since = row.voice_since or now
        await uow.commit()
        return True


async def left(app: App, member_id: int, channel: str, channel_id: str) -> bool:
    """The time since joining is added to their attendance; they stay present."""
    now = app.clock.now()
    async with app.uow() as uow:
        meeting = await _meeting_in(uow, app, channel, channel_id)
        if meeting is None:
            return False
        row = await store.attendance(uow, meeting, member_id, now)
        if row.voice_since is not None:
            since = max(row.voice_since, meeting.started_at or now)
            row.voice_seconds += max(0, int((now - since).total_seconds()))
            row.voice_since, row.updated_at = None, now
        await uow.commit()
        return True

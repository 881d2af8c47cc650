"""Conversations: a multi-step flow stored per (channel or thread, person), so a restart keeps it.

A flow ends when its handler says so, when the person types /cancel, or when it has been quiet for its timeout."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import String, UniqueConstraint, delete, select
from sqlalchemy.orm import Mapped, mapped_column

from coordinator.chat.invocation import Actor
from coordinator.db.base import Base
from coordinator.db.uow import UnitOfWork

DEFAULT_TIMEOUT = timedelta(minutes=30)


class Conversation(Base):
    __tablename__ = "conversations"
    __table_args__ = (UniqueConstraint("channel", "account"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(100))
    account: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(60))
    state: Mapped[dict[str, Any]] = mapped_column(default=dict)
    expires_at: Mapped[datetime]
    updated_at: Mapped[datetime]


def account_of(actor: Actor) -> str:
    return f"{actor.platform}:{actor.user_id}"


async def begin(
    uow: UnitOfWork, channel: str, actor: Actor, kind: str, state: dict[str, Any], now: datetime,
    timeout: timedelta = DEFAULT_TIMEOUT,
) -> None:
    """Start (or restart) ``kind`` for this person here; an earlier flow in the same place is replaced."""
    await end(uow, channel, actor)
    uow.session.add(Conversation(channel=channel, account=account_of(actor), kind=kind, state=state,
                                 expires_at=now + timeout, updated_at=now))
    await uow.flush()


async def current(uow: UnitOfWork, channel: str, actor: Actor, now: datetime) -> Conversation | None:
    """The person's live flow in this place; one that timed out counts as none (the next ``begin`` replaces it)."""
    found = await uow.session.scalar(
        select(Conversation).where(Conversation.channel == channel, Conversation.account == account_of(actor))
    )
    return found if found is not None and found.expires_at > now else None


async def carry_on(uow: UnitOfWork, flow: Conversation, state: dict[str, Any], now: datetime,
                   timeout: timedelta = DEFAULT_TIMEOUT) -> None:
    flow.state, flow.updated_at, flow.expires_at = state, now, now + timeout
    await uow.flush()


async def end(uow: UnitOfWork, channel: str, actor: Actor) -> bool:
    """End the person's flow here; False when there was none."""
    result = await uow.session.execute(
        delete(Conversation).where(Conversation.channel == channel, Conversation.account == account_of(actor))
    )
    return result.rowcount > 0

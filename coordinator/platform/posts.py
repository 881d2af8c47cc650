"""Messages a front end has posted under a stable name, so a later notice with that name edits them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, UniqueConstraint, select
from sqlalchemy.orm import Mapped, mapped_column

from coordinator.db.base import Base
from coordinator.db.uow import UnitOfWork


class PostedMessage(Base):
    __tablename__ = "posted_messages"
    __table_args__ = (UniqueConstraint("front_end", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    front_end: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    channel_ref: Mapped[str] = mapped_column(String(40))
    message_ref: Mapped[str] = mapped_column(String(40))
    posted_at: Mapped[datetime]


async def find(uow: UnitOfWork, front_end: str, name: str) -> tuple[str, str] | None:
    """(channel, message) of what was posted under ``name``, or None."""
    row = await uow.session.scalar(
        select(PostedMessage).where(PostedMessage.front_end == front_end, PostedMessage.name == name))
    return (row.channel_ref, row.message_ref) if row else None


async def remember(uow: UnitOfWork, front_end: str, name: str, channel_ref: str, message_ref: str,
                   now: datetime) -> None:
    row = await uow.session.scalar(
        select(PostedMessage).where(PostedMessage.front_end == front_end, PostedMessage.name == name))
    if row is None:
        uow.session.add(PostedMessage(front_end=front_end, name=name, channel_ref=channel_ref,
                                      message_ref=message_ref, posted_at=now))
    else:
        row.channel_ref, row.message_ref, row.posted_at = channel_ref, message_ref, now
    await uow.flush()

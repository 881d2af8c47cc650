"""Tables for availability: every message as written, the standing week, week overrides and leave."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from coordinator.db.base import Base


class AvailabilityMessage(Base):
    """What a volunteer said, verbatim, with what the bot understood and what it replaced."""

    __tablename__ = "availability_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    channel: Mapped[str] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime]
    week: Mapped[date | None]
    understood: Mapped[dict[str, Any]] = mapped_column(default=dict)
    replaced: Mapped[dict[str, Any] | None]
    state: Mapped[str] = mapped_column(String(12))


class StandingAvailability(Base):
    """A volunteer's usual week: one row per day and slot they can take."""

    __tablename__ = "standing_availability"
    __table_args__ = (UniqueConstraint("member_id", "day", "slot"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    day: Mapped[str] = mapped_column(String(3))
    slot: Mapped[str] = mapped_column(String(20))
    level: Mapped[str] = mapped_column(String(10))
    message_id: Mapped[int | None] = mapped_column(ForeignKey("availability_messages.id", ondelete="SET NULL"))
    hours_from: Mapped[str | None] = mapped_column(String(5))
    """For a partial slot, the part of it the volunteer can do ("16:00" to "19:00")."""
    hours_to: Mapped[str | None] = mapped_column(String(5))


class AvailabilityOverride(Base):
    """Availability for one particular week, used instead of the standing week for that week."""

    __tablename__ = "availability_overrides"
    __table_args__ = (UniqueConstraint("member_id", "week", "day", "slot"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    week: Mapped[date]
    day: Mapped[str] = mapped_column(String(3))
    slot: Mapped[str] = mapped_column(String(20))
    level: Mapped[str] = mapped_column(String(10))
    message_id: Mapped[int | None] = mapped_column(ForeignKey("availability_messages.id", ondelete="SET NULL"))
    hours_from: Mapped[str | None] = mapped_column(String(5))
    """For a partial slot, the part of it the volunteer can do ("16:00" to "19:00")."""
    hours_to: Mapped[str | None] = mapped_column(String(5))


class Leave(Base):
    __tablename__ = "leave"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    start: Mapped[date]
    end: Mapped[date]
    message_id: Mapped[int | None] = mapped_column(ForeignKey("availability_messages.id", ondelete="SET NULL"))

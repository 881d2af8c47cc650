"""Tables for rosters: a week's roster, its shifts, offers of dropped shifts, swaps, calendar tokens."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coordinator.db.base import Base


class RosterWeek(Base):
    """One week's roster: ``shifts`` are what volunteers were told; ``draft`` is a build not yet published."""

    __tablename__ = "roster_weeks"

    id: Mapped[int] = mapped_column(primary_key=True)
    week: Mapped[date] = mapped_column(unique=True)
    state: Mapped[str] = mapped_column(String(12))
    status: Mapped[str] = mapped_column(String(12))
    explanation: Mapped[dict[str, Any]] = mapped_column(default=dict)
    draft: Mapped[list[Any] | None]
    """The latest build's assignments as [staff ID, day, slot], until it is published into ``shifts``."""
    built_at: Mapped[datetime]
    published_at: Mapped[datetime | None]

    shifts: Mapped[list[RosterShift]] = relationship(
        back_populates="roster", cascade="all, delete-orphan", lazy="selectin", order_by="RosterShift.id"
    )


class RosterShift(Base):
    """A volunteer on a slot; cancelled shifts are kept so calendars can show the cancellation."""

    __tablename__ = "roster_shifts"
    __table_args__ = (UniqueConstraint("roster_id", "member_id", "day", "slot"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    roster_id: Mapped[int] = mapped_column(ForeignKey("roster_weeks.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    day: Mapped[str] = mapped_column(String(3))
    slot: Mapped[str] = mapped_column(String(20))
    on: Mapped[date]
    cancelled: Mapped[bool] = mapped_column(default=False)
    sequence: Mapped[int] = mapped_column(default=0)
    updated_at: Mapped[datetime]
    released_at: Mapped[datetime | None]
    """When the volunteer gave it up after publishing; a rebuild never hands it back that week."""
    claimed_at: Mapped[datetime | None]
    """When the volunteer took it on after publishing; a rebuild never takes it away."""
    hours_from: Mapped[str | None] = mapped_column(String(5))
    """For a slot the volunteer offered only in part, the hours agreed ("16:00" to "19:00"); none for a whole slot."""
    hours_to: Mapped[str | None] = mapped_column(String(5))

    roster: Mapped[RosterWeek] = relationship(back_populates="shifts")

    @property
    def hours(self) -> tuple[str, str] | None:
        return (self.hours_from, self.hours_to) if self.hours_from and self.hours_to else None

    @hours.setter
    def hours(self, span: tuple[str, str] | None) -> None:
        self.hours_from, self.hours_to = span or (None, None)

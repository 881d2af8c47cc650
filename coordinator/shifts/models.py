"""Tables for shift changes: dropped shifts offered in turn, and swap requests."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from coordinator.db.base import Base


class ShiftOffer(Base):
    """A dropped shift offered to other volunteers in turn; the first to accept takes it."""

    __tablename__ = "shift_offers"
    __table_args__ = (UniqueConstraint("dropped_shift_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dropped_shift_id: Mapped[int] = mapped_column(ForeignKey("roster_shifts.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    position: Mapped[int]
    state: Mapped[str] = mapped_column(String(12))
    created_at: Mapped[datetime]
    answered_at: Mapped[datetime | None]


class SwapRequest(Base):
    """One volunteer asks another to take their shift; it happens when the other confirms."""

    __tablename__ = "swap_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("roster_shifts.id", ondelete="CASCADE"))
    from_member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    to_member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    state: Mapped[str] = mapped_column(String(12))
    created_at: Mapped[datetime]

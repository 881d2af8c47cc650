"""Tables for meetings: the meeting, its agenda points, what was said in it, and who attended."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from coordinator.db.base import Base


class Meeting(Base):
    """One meeting, 第N期: scheduled, running, then ended with its minutes kept."""

    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(unique=True)
    title: Mapped[str] = mapped_column(String(100))
    place: Mapped[str] = mapped_column(String(100))
    voice_channel: Mapped[str | None] = mapped_column(String(100))
    starts_at: Mapped[datetime] = mapped_column(index=True)
    agenda_deadline: Mapped[datetime]
    sections: Mapped[list[Any]] = mapped_column(default=list)
    state: Mapped[str] = mapped_column(String(12), index=True)
    host_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    """Who actually ran it: the host, or the stand-in."""
    stand_in_reason: Mapped[str | None] = mapped_column(String(200))
    recorder_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    section: Mapped[int] = mapped_column(default=0)
    thread: Mapped[str | None] = mapped_column(String(100))
    started_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]
    minutes: Mapped[str | None] = mapped_column(Text)
    sequence: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class AgendaPoint(Base):
    """A point someone wants discussed, under one section; late when it came after the deadline."""

    __tablename__ = "meeting_agenda"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    section: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    late: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime]


class MeetingItem(Base):
    """A note, decision or action item, committed the moment it is said; action items live on until done."""

    __tablename__ = "meeting_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    section: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(12), index=True)
    text: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)
    due: Mapped[date | None]
    done_at: Mapped[datetime | None]
    done_note: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime]


class Attendance(Base):
    """Present (said so, spoke, or joined the voice channel) or absent with a reason sent ahead."""

    __tablename__ = "meeting_attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    present: Mapped[bool]
    reason: Mapped[str | None] = mapped_column(String(200))
    voice_since: Mapped[datetime | None]
    voice_seconds: Mapped[int] = mapped_column(default=0)
    updated_at: Mapped[datetime]

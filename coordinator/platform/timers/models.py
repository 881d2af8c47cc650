"""The table of timed jobs: durable, claimed with a lease, so a crash strands nothing and nothing runs twice."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from coordinator.db.base import Base

ACTIVE_STATES = "state IN ('pending', 'running')"


class TimedJob(Base):
    __tablename__ = "timed_jobs"
    __table_args__ = (
        Index("uq_timed_jobs_active_key", "key", unique=True,
              postgresql_where=text(ACTIVE_STATES), sqlite_where=text(ACTIVE_STATES)),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(50))
    key: Mapped[str] = mapped_column(String(200), index=True)
    due_at: Mapped[datetime] = mapped_column(index=True)
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    state: Mapped[str] = mapped_column(String(12), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(default=0)
    lease_until: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(String(500))
    done_at: Mapped[datetime | None]

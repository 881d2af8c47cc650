"""Button state kept on the server: a button carries a short token; the command and arguments stay here."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import String, select
from sqlalchemy.orm import Mapped, mapped_column

from coordinator.db.base import Base
from coordinator.db.uow import UnitOfWork

TOKEN_BYTES = 9


class ButtonAction(Base):
    __tablename__ = "button_actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(24), unique=True)
    command: Mapped[str] = mapped_column(String(100))
    args: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime]


async def remember(uow: UnitOfWork, command: str, args: Mapping[str, str], now: datetime) -> str:
    """Store what a button does; returns the token its custom_id carries (12 URL-safe characters)."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    uow.session.add(ButtonAction(token=token, command=command, args=dict(args), created_at=now))
    await uow.flush()
    return token


async def recall(uow: UnitOfWork, token: str) -> tuple[str, dict[str, str]] | None:
    """What the button with ``token`` does, or None for a token we never gave out."""
    if len(token) > 24:
        return None
    action = await uow.session.scalar(select(ButtonAction).where(ButtonAction.token == token))
    return (action.command, dict(action.args)) if action else None

"""Write notices to the outbox inside the caller's transaction, and deliver them with retries."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.exc import IntegrityError

from coordinator.chat.reply import Notice, Recipient, Reply, reply_from_body, reply_to_body
from coordinator.clock import Clock
from coordinator.db.uow import UnitOfWork
from coordinator.platform.outbox.models import OutboxMessage

log = logging.getLogger(__name__)

PENDING, SENDING, SENT, FAILED = "pending", "sending", "sent", "failed"
LEASE = timedelta(minutes=2)
MAX_ATTEMPTS = 6
FIRST_RETRY = timedelta(seconds=30)


class PermanentDeliveryError(Exception):
    """The message can never be delivered (an unknown recipient, DMs closed): do not retry."""


Deliver = Callable[[Recipient, Reply], Awaitable[None]]
"""A front end's way of saying one message; raises to ask for a retry."""


async def queue(uow: UnitOfWork, notices: Iterable[Notice], now: datetime, *, dedupe: str | None = None) -> int:
    """Store notices to send once the transaction commits; with ``dedupe`` a repeat of the same batch is dropped."""
    count = 0
    for index, notice in enumerate(notices):
        key = f"{dedupe}:{index}" if dedupe else None
        message = OutboxMessage(
            recipient_kind=notice.to.kind, recipient_ref=notice.to.ref, recipient_label=notice.to.label,
            body=reply_to_body(notice.as_reply()), dedupe_key=key, state=PENDING, attempts=0,
            available_at=now, created_at=now,
        )
        try:
            async with uow.session.begin_nested():
                uow.session.add(message)
            count += 1
        except IntegrityError:
            continue
    return count


async def next_available(uow: UnitOfWork) -> datetime | None:
    """When the earliest waiting message may go out."""
    return await uow.session.scalar(select(func.min(OutboxMessage.available_at)).where(OutboxMessage.state == PENDING))


@dataclass
class OutboxWorker:
    """Delivers waiting messages in order, each claimed with a lease; a crash repeats at most the one in flight."""

    uow_factory: Callable[[], UnitOfWork]
    clock: Clock
    deliver: Deliver

    async def deliver_due(self) -> int:
        sent = 0
        while (claimed := await self._claim()) is not None:
            message_id, recipient, reply = claimed
            try:
                await self.deliver(recipient, reply)
            except PermanentDeliveryError as error:
                await self._finish(message_id, FAILED, str(error) or type(error).__name__)
            except Exception as error:
                log.warning("could not deliver outbox message %s (%s); it will be retried",
                            message_id, type(error).__name__)
                await self._retry(message_id, type(error).__name__)
            else:
                await self._finish(message_id, SENT, None)
                sent += 1
        return sent

    async def _claim(self) -> tuple[int, Recipient, Reply] | None:
        now = self.clock.now()
        async with self.uow_factory() as uow:
            statement = (
                select(OutboxMessage)
                .where(OutboxMessage.available_at <= now, or_(
                    OutboxMessage.state == PENDING,
                    and_(OutboxMessage.state == SENDING, OutboxMessage.lease_until <= now),
                ))
                .order_by(OutboxMessage.available_at, OutboxMessage.id)
                .limit(1)
            )
            if uow.session.bind.dialect.name == "postgresql":
                statement = statement.with_for_update(skip_locked=True)
            message = await uow.session.scalar(statement)
            if message is None:
                return None
            message.state, message.attempts, message.lease_until = SENDING, message.attempts + 1, now + LEASE
            recipient = Recipient(message.recipient_kind, message.recipient_ref, message.recipient_label)
            claimed = (message.id, recipient, reply_from_body(message.body))
            await uow.commit()
        return claimed

    async def _finish(self, message_id: int, state: str, error: str | None) -> None:
        async with self.uow_factory() as uow:
            message = await uow.session.get(OutboxMessage, message_id)
            if message is not None:
                message.state, message.last_error, message.lease_until = state, error, None
                message.sent_at = self.clock.now() if state == SENT else None
                await uow.commit()

    async def _retry(self, message_id: int, error: str) -> None:
        async with self.uow_factory() as uow:
            message = await uow.session.get(OutboxMessage, message_id)
            if message is None:
                return
            message.last_error, message.lease_until = error, None
            if message.attempts >= MAX_ATTEMPTS:
                message.state = FAILED
            else:
                message.state = PENDING
                message.available_at = self.clock.now() + FIRST_RETRY * 2 ** (message.attempts - 1)
            await uow.commit()

"""The minutes by mail, once per meeting: sent under a Message-ID made from the meeting, so a resend after a crash
is the same message to every mail client, and never sent again once the mailing is recorded.

The record is the word to the chair that the minutes went out, queued with a dedupe key; it commits with the job."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from coordinator.db.uow import UnitOfWork
from coordinator.i18n import t
from coordinator.mail.mailer import MailError, build_mailer
from coordinator.meetings.minutes import file_name
from coordinator.meetings.models import Meeting
from coordinator.meetings.notices import to_member
from coordinator.platform.outbox.models import OutboxMessage
from coordinator.platform.outbox.service import queue
from coordinator.platform.timers.scheduler import LEASE
from coordinator.settings import Settings
from coordinator.team.models import Member

MAILED = "meeting.minutes_mailed"
DEADLINE = LEASE.total_seconds() / 2
"""A send still going after this is given up, so no second worker takes the job over while it is in flight."""


class MinutesNotMailed(Exception):
    """The SMTP server did not take the minutes; the job is tried again later (addresses are never logged)."""


@dataclass(frozen=True, slots=True)
class Mailing:
    """What the job needs once its reading transaction is closed: nothing is held open while SMTP talks."""

    meeting_id: int
    number: int
    message_id: str
    subject: str
    body: str
    minutes: str
    chair_id: int


def message_id(meeting: Meeting, sender: str) -> str:
    domain = sender.rpartition("@")[2] or "localhost"
    ended = meeting.ended_at or meeting.starts_at
    return f"<minutes.{meeting.number}.{meeting.id}.{ended:%Y%m%d%H%M%S}@{domain}>"


def _record_key(meeting_id: int) -> str:
    return f"{MAILED}:{meeting_id}"


async def recorded(uow: UnitOfWork, meeting_id: int) -> bool:
    """Whether the mailing was recorded (``queue`` stores the first notice of a batch as ``KEY:0``)."""
    key = f"{_record_key(meeting_id)}:0"
    return await uow.session.scalar(select(OutboxMessage.id).where(OutboxMessage.dedupe_key == key)) is not None


async def prepare(uow: UnitOfWork, settings: Settings, meeting_id: int) -> Mailing | None:
    """The mailing of a meeting's minutes, or None when there is nothing (more) to send."""
    meeting = await uow.session.get(Meeting, meeting_id)
    if meeting is None or not meeting.minutes or not settings.meetings.minutes_to or await recorded(uow, meeting_id):
        return None
    lang = settings.language
    return Mailing(
        meeting.id, meeting.number, message_id(meeting, settings.smtp.from_address),
        t("meeting.mail_subject", lang, title=meeting.title, number=meeting.number),
        t("meeting.mail_body", lang, number=meeting.number) + "\n\n" + meeting.minutes, meeting.minutes,
        meeting.chair_id or meeting.host_id)


async def send(settings: Settings, mailing: Mailing) -> tuple[int, int]:
    """Mail the minutes to ``[meetings] minutes_to``; how many addresses took them and how many were refused."""
    addresses = list(settings.meetings.minutes_to)
    attachment = (file_name(mailing.number), mailing.minutes.encode(), "text/markdown")
    try:
        async with asyncio.timeout(DEADLINE):
            refused = await build_mailer(settings.smtp).send(
                addresses, mailing.subject, mailing.body, attachments=[attachment], message_id=mailing.message_id)
    except (MailError, TimeoutError):
        raise MinutesNotMailed(f"the minutes of meeting {mailing.number} were not taken by the mail server") \
            from None
    return len(addresses) - refused, refused


async def record(uow: UnitOfWork, settings: Settings, mailing: Mailing, taken: int, refused: int,
                 now: datetime) -> None:
    """Tell the chair the minutes went out; that notice is the record that they did."""
    key = "meeting.minutes_mailed_refused" if refused else "meeting.minutes_mailed"
    chair = await uow.session.get(Member, mailing.chair_id)
    assert chair is not None
    told = to_member(settings, chair, key, number=mailing.number, count=taken, refused=refused)
    await queue(uow, [told], now, dedupe=_record_key(mailing.meeting_id))

"""The minutes by mail, attacked: the process killed after the server took them, the job run twice, a server that
refuses, one that never answers; addresses never reach a log line or a chat reply."""

from __future__ import annotations

import asyncio
import logging
import socket
import time
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import aiosmtplib
import pytest
from aiosmtpd.smtp import Envelope, Session
from sqlalchemy import select

from coordinator.app import App, build_app
from coordinator.chat.dispatch import Dispatcher
from coordinator.chat.invocation import Actor
from coordinator.clock import FakeClock
from coordinator.meetings.running import MAIL_MINUTES
from coordinator.platform.timers.models import TimedJob
from coordinator.settings import SmtpSettings
from tests.app.transcript import Transcript
from tests.mail.conftest import Inbox, LoopbackController, SmtpServer, smtp_server
from tests.meetings.test_meetings_console import TEAM, meeting_settings, team

__all__ = ["smtp_server"]


class Killed(BaseException):
    """kill -9: nothing after it runs, no handler catches it."""


async def a_meeting_to_end(app: App) -> Transcript:
    chat = await team(app)
    await chat.say('廖丹: /meeting schedule "2026-11-26 21:00" 枫心愿')
    await chat.say("~ 2026-11-26 21:00")
    await chat.say("枫心愿: /meeting start")
    await chat.say("小静: /decision 每周四培训")
    return chat


async def test_killed_after_the_server_took_the_minutes_the_resend_is_the_same_message(
        database_url: str, clock: FakeClock, smtp_server: SmtpServer, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = meeting_settings(database_url, smtp_server.settings())
    before = await build_app(settings, clock)
    chat = await a_meeting_to_end(before)
    real_send = aiosmtplib.send

    async def send_then_die(*args: Any, **kwargs: Any) -> Any:
        await real_send(*args, **kwargs)
        raise Killed

    monkeypatch.setattr(aiosmtplib, "send", send_then_die)
    with pytest.raises(Killed):
        await chat.say("枫心愿: /meeting end")
    await before.close()
    monkeypatch.setattr(aiosmtplib, "send", real_send)

    after = await build_app(settings, clock)
    try:
        chat = Transcript(after)
        await chat.say("~ +3m")
        told = "\n".join(await chat.backend.run_timed_work())
        first, second = smtp_server.inbox.deliveries
        assert first.message["Message-ID"] == second.message["Message-ID"]
        assert first.message["Message-ID"].startswith("<minutes.1.")
        assert "[bot → DM 枫心愿]\n  📧 第1期会议纪要已发邮件给 2 个地址。" in told
        assert "📧" not in await chat.say("~ +1d")
        assert len(smtp_server.inbox.deliveries) == 2
    finally:
        await after.close()


async def test_minutes_recorded_as_mailed_are_never_mailed_again(database_url: str, clock: FakeClock,
                                                                 smtp_server: SmtpServer) -> None:
    app = await build_app(meeting_settings(database_url, smtp_server.settings()), clock)
    try:
        chat = await a_meeting_to_end(app)
        assert "📧 第1期会议纪要已发邮件给 2 个地址。" in await chat.say("枫心愿: /meeting end")
        replay = app.scheduler().handlers[MAIL_MINUTES]
        async with app.uow() as uow:
            state, payload = (await uow.session.execute(select(TimedJob.state, TimedJob.payload)
                                                        .where(TimedJob.kind == MAIL_MINUTES))).one()
        assert state == "done"
        async with app.uow() as uow:
            await replay(uow, payload)
            await uow.commit()
        assert len(smtp_server.inbox.deliveries) == 1
        assert "📧" not in await chat.say("~ +1d")
    finally:
        await app.close()


class Moody(Inbox):
    """Says 'try later' to the first message, refuses one address for good, then takes the rest."""

    def __init__(self, refused: str) -> None:
        super().__init__()
        self.refused, self.busy = refused, True

    async def handle_RCPT(self, server: Any, session: Session, envelope: Envelope, address: str,
                          options: list[str]) -> str:
        if address == self.refused:
            return "550 no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Session, envelope: Envelope) -> str:
        if self.busy:
            self.busy = False
            return "451 try again later"
        return await super().handle_DATA(server, session, envelope)


@pytest.fixture
def moody_server() -> Iterator[tuple[Moody, SmtpSettings]]:
    inbox = Moody(refused=TEAM[1])
    controller = LoopbackController(inbox, enable_SMTPUTF8=True)
    controller.start()
    try:
        yield inbox, SmtpServer(inbox, controller.port).settings()
    finally:
        controller.stop()


async def test_a_refusing_server_is_retried_and_no_address_is_ever_logged_or_said(
        database_url: str, clock: FakeClock, moody_server: tuple[Moody, SmtpSettings],
        caplog: pytest.LogCaptureFixture) -> None:
    inbox, smtp = moody_server
    app = await build_app(meeting_settings(database_url, smtp), clock)
    said: list[str] = []
    try:
        with caplog.at_level(logging.DEBUG):
            chat = await a_meeting_to_end(app)
            said.append(await chat.say("枫心愿: /meeting end"))
            said.append(await chat.say("~ +5m"))
            said.append(await chat.say("~ +1d"))
    finally:
        await app.close()
    ended, retried, later = said
    assert "邮件会发给 2 个地址，发出后私信告诉枫心愿" in ended and "已发邮件" not in ended
    assert "📧 第1期会议纪要已发邮件给 1 个地址；另有 1 个地址被邮件服务器拒收" in retried
    assert "📧" not in later
    [mail] = inbox.deliveries
    assert mail.recipients == [TEAM[0]]
    ours = [caplog.handler.format(record) for record in caplog.records if not record.name.startswith("mail.")]
    assert any("MinutesNotMailed" in line for line in ours)
    for address in TEAM:
        local, _, domain = address.partition("@")
        assert not [line for line in ours if local in line or domain in line]
        assert not [text for text in said if address in text or local in text]


@pytest.fixture
def silent_server() -> Iterator[SmtpSettings]:
    """A port that accepts connections and never says a word."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield SmtpSettings(host="127.0.0.1", port=listener.getsockname()[1], timeout_seconds=3)


async def nothing(*_: Any) -> None:
    return None


async def test_a_mail_server_that_never_answers_holds_up_nobody(sqlite_url: str, clock: FakeClock,
                                                                 silent_server: SmtpSettings) -> None:
    app = await build_app(meeting_settings(sqlite_url, silent_server), clock)
    try:
        await a_meeting_to_end(app)
        dispatcher = Dispatcher(app)
        await dispatcher.run_line(Actor("console", "枫心愿", "枫心愿"), "meetings", "/meeting end")
        mailing = asyncio.create_task(app.run_due(nothing))
        await asyncio.sleep(0.3)
        started = time.monotonic()
        answer = await dispatcher.run_line(Actor("console", "小静", "小静"), "meetings", "/actions")
        waited = time.monotonic() - started
        assert "没有未完成的待办" in answer.text
        assert waited < 1.5, f"/actions waited {waited:.1f}s for the mail server"
        await mailing
    finally:
        await app.close()


async def test_a_send_still_going_is_given_up_before_its_lease_runs_out(
        database_url: str, clock: FakeClock, silent_server: SmtpSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("coordinator.meetings.minutes_mail.DEADLINE", 0.5)
    patient = replace(silent_server, timeout_seconds=30)
    app = await build_app(meeting_settings(database_url, patient), clock)
    try:
        await a_meeting_to_end(app)
        await Dispatcher(app).run_line(Actor("console", "枫心愿", "枫心愿"), "meetings", "/meeting end")
        started = time.monotonic()
        await app.run_due(nothing)
        assert time.monotonic() - started < 5
        async with app.uow() as uow:
            job = (await uow.session.execute(select(TimedJob.state, TimedJob.last_error)
                                             .where(TimedJob.kind == MAIL_MINUTES))).one()
        assert tuple(job) == ("pending", "MinutesNotMailed")
    finally:
        await app.close()

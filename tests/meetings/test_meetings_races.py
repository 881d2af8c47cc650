"""Ten people at once, on both databases: numbers stay distinct and consecutive, a meeting starts and ends once,
nothing said is lost, and everyone gets one plain sentence."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select

from coordinator.app import App
from coordinator.chat.dispatch import Dispatcher
from coordinator.chat.invocation import Actor
from coordinator.meetings.models import Attendance, Meeting, MeetingItem
from coordinator.platform.outbox.models import OutboxMessage
from tests.app.transcript import Transcript

PEOPLE = tuple(f"成员{number}" for number in range(10))


async def at_once(app: App, lines: list[tuple[str, str]], channel: str = "meetings") -> list[str]:
    """Every ``(name, /command)`` dispatched together; the replies, in order."""
    dispatcher = Dispatcher(app)

    async def one(name: str, line: str) -> str:
        return (await dispatcher.run_line(Actor("console", name, name), channel, line)).text

    return list(await asyncio.gather(*(one(name, line) for name, line in lines)))


async def a_team(app: App) -> Transcript:
    chat = Transcript(app)
    await chat.bootstrap("廖丹")
    for name in PEOPLE:
        await chat.say(f"廖丹: /team add {name}")
    return chat


async def a_running_meeting(app: App) -> Transcript:
    chat = await a_team(app)
    await chat.say('廖丹: /meeting schedule "2026-11-26 21:00" 廖丹')
    await chat.say("~ 2026-11-26 21:00")
    assert "第1期会议开始了" in await chat.say("廖丹: /meeting start")
    return chat


async def count(app: App, model: type, *where: object) -> int:
    async with app.uow() as uow:
        return await uow.session.scalar(select(func.count()).select_from(model).where(*where)) or 0


async def test_ten_meetings_scheduled_at_once_get_consecutive_numbers(app: App) -> None:
    await a_team(app)
    lines = [("廖丹", f'/meeting schedule "2026-12-{day:02d} 21:00"') for day in range(1, 11)]
    replies = await at_once(app, lines)
    assert all("已安排" in reply for reply in replies), replies
    async with app.uow() as uow:
        numbers = sorted((await uow.session.scalars(select(Meeting.number))).all())
    assert numbers == list(range(1, 11))


async def test_the_same_meeting_started_ten_times_at_once_starts_once(app: App) -> None:
    chat = await a_team(app)
    await chat.say('廖丹: /meeting schedule "2026-11-26 21:00" 廖丹')
    await chat.say('廖丹: /meeting schedule "2026-11-27 21:00" 廖丹')
    await chat.say("~ 2026-11-26 21:00")
    replies = await at_once(app, [("廖丹", "/meeting start")] * 10)
    started = [reply for reply in replies if "会议开始了" in reply]
    assert len(started) == 1, replies
    assert all(reply == "第1期会议正在进行，结束后（/meeting end）才能开始下一次。" for reply in replies
               if reply not in started), replies
    assert await count(app, Meeting, Meeting.state == "running") == 1
    assert await count(app, Attendance) == 1
    assert await count(app, OutboxMessage, OutboxMessage.recipient_ref == "meetings/第1期会议") == 1


async def test_ten_notes_at_once_are_all_kept_with_distinct_numbers(app: App) -> None:
    await a_running_meeting(app)
    lines = [(PEOPLE[number % 5], f"/note 第{number}条意见") for number in range(10)]
    replies = await at_once(app, lines)
    positions = sorted(int(reply.split("第")[1].split("条")[0]) for reply in replies if "已记入" in reply)
    assert positions == list(range(1, 11)), replies
    assert await count(app, MeetingItem) == 10
    assert await count(app, Attendance, Attendance.present.is_(True)) == 6


async def test_ten_actions_at_once_are_numbered_apart(app: App) -> None:
    await a_running_meeting(app)
    lines = [(PEOPLE[number], f"/action add {PEOPLE[number]} 第{number}件事") for number in range(10)]
    replies = await at_once(app, lines)
    assert all("📌 待办 #" in reply for reply in replies), replies
    positions = sorted(int(reply.split("第")[1].split("条")[0]) for reply in replies)
    assert positions == list(range(1, 11))
    assert await count(app, MeetingItem, MeetingItem.kind == "action") == 10


async def test_here_twice_at_once_is_one_attendance(app: App) -> None:
    await a_running_meeting(app)
    replies = await at_once(app, [(name, "/here") for name in PEOPLE[:5] for _ in range(2)])
    assert sorted(replies) == sorted(["已签到第1期会议。", "你已经签到了。"] * 5), replies
    assert await count(app, Attendance) == 6


async def test_the_meeting_ended_twice_at_once_ends_once(app: App) -> None:
    await a_running_meeting(app)
    replies = await at_once(app, [("廖丹", "/meeting end")] * 5)
    ended = [reply for reply in replies if "会议结束" in reply]
    assert len(ended) == 1, replies
    assert all("没有进行中的会议" in reply for reply in replies if reply not in ended), replies
    posted = OutboxMessage.recipient_ref == "meetings"
    async with app.uow() as uow:
        bodies = (await uow.session.scalars(select(OutboxMessage.body).where(posted))).all()
    assert sum("会议纪要" in str(body) for body in bodies) == 1


async def test_the_next_meeting_set_twice_at_once_is_one_meeting(app: App) -> None:
    await a_running_meeting(app)
    replies = await at_once(app, [("廖丹", '/meeting next "2026-12-10 21:00" 成员1'),
                                  ("廖丹", '/meeting next "2026-12-11 21:00" 成员2')])
    assert all("下次会议：第2期" in reply for reply in replies), replies
    assert await count(app, Meeting) == 2


async def test_an_action_marked_done_twice_at_once_is_done_once(app: App) -> None:
    chat = await a_running_meeting(app)
    await chat.say("廖丹: /action add 成员1 联系老师")
    replies = await at_once(app, [("成员1", "/action done 1 第一次"), ("成员1", "/action done 1 第二次")])
    assert sorted(replies) == ["待办 #1 已经完成了。", "👍 待办 #1 已完成：联系老师"], replies

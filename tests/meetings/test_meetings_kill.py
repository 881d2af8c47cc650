"""kill -9 in the middle of a meeting, on both databases: every line the bot acknowledged is in the minutes, in order."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
from pathlib import Path

from coordinator.app import build_app
from coordinator.clock import FakeClock
from coordinator.meetings import store
from coordinator.settings import Settings
from tests.app.transcript import Transcript

NOTES = 60
KILL_AFTER = 20
ACK = re.compile(r"已记入「在线组」第(\d+)条")


async def test_killed_mid_meeting_nothing_acknowledged_is_lost(database_url: str, clock: FakeClock,
                                                               tmp_path: Path) -> None:
    settings = Settings(database_url=database_url)
    before = await build_app(settings, clock)
    chat = Transcript(before)
    await chat.bootstrap("廖丹")
    await chat.say("廖丹: /team add 小静")
    await chat.say('廖丹: /meeting schedule "2026-11-26 21:00" 廖丹')
    await chat.say("~ 2026-11-26 21:00")
    await chat.say("廖丹: /meeting start")
    await before.close()

    console = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "coordinator", "console", "--at", "2026-11-26 21:05", cwd=tmp_path,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL,
        env={**os.environ, "COORDINATOR_DATABASE_URL": database_url, "PYTHONPATH": os.getcwd()})
    assert console.stdin is not None and console.stdout is not None
    console.stdin.write("".join(f"小静 #第1期会议: 第{n}条意见\n" for n in range(1, NOTES + 1)).encode())
    await console.stdin.drain()
    acks: list[int] = []
    while len(acks) < KILL_AFTER:
        line = (await asyncio.wait_for(console.stdout.readline(), 60)).decode()
        assert line, "the console stopped before it was killed"
        acks += [int(found) for found in ACK.findall(line)]
    console.send_signal(signal.SIGKILL)
    acks += [int(found) for found in ACK.findall((await console.stdout.read()).decode())]
    assert await console.wait() == -signal.SIGKILL
    assert KILL_AFTER <= len(acks) < NOTES, "the kill should land mid-stream"
    assert acks == list(range(1, len(acks) + 1))

    after = await build_app(settings, FakeClock(clock.now().replace(hour=14)))
    try:
        await Transcript(after).say("廖丹: /meeting end")
        async with after.uow() as uow:
            minutes = (await store.by_number(uow, 1)).minutes or ""
    finally:
        await after.close()
    kept = re.findall(r"^(\d+)\. 第(\d+)条意见$", minutes, re.MULTILINE)
    assert [int(said) for _, said in kept][:len(acks)] == acks
    assert len(kept) - len(acks) in (0, 1), "at most the line in flight is kept without its answer"
    assert [int(number) for number, _ in kept] == list(range(1, len(kept) + 1))

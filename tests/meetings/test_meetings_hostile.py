"""Absurd and unwelcome input, on both databases: each gets one sentence, only the asker sees it, nothing is stored."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import func, select

from coordinator.app import App, build_app
from coordinator.cli import main
from coordinator.clock import FakeClock
from coordinator.meetings.models import AgendaPoint, Attendance, Meeting, MeetingItem
from coordinator.settings import Settings
from tests.app.transcript import Transcript

HUGE = "很长" * 50_000


def one_sentence(answer: str, name: str) -> str:
    """The answer is a private line to ``name`` and nothing else (no post, no DM)."""
    lines = answer.splitlines()
    assert len(lines) == 2 and lines[0] == f"[bot → {name} (仅自己可见)]", answer
    return lines[1].strip()


async def stored(app: App) -> dict[str, int]:
    async with app.uow() as uow:
        return {model.__name__: await uow.session.scalar(select(func.count()).select_from(model)) or 0
                for model in (Meeting, AgendaPoint, MeetingItem, Attendance)}


async def a_team(app: App) -> Transcript:
    chat = Transcript(app)
    await chat.bootstrap("廖丹")
    for name in ("小静", "瓦蓝"):
        await chat.say(f"廖丹: /team add {name}")
    return chat


@pytest.mark.parametrize(("line", "said"), [
    ('/meeting schedule "9999-01-01 21:00"', "9999-01-01 21:00 太远了：请选一年以内的时间。"),
    ('/meeting schedule "1999-01-01 21:00"', "1999-01-01 21:00 已经过去了，请选一个以后的时间。"),
    ('/meeting schedule "2026-02-30 21:00"', "“2026-02-30 21:00”不是一个时间。"),
    ("/meeting schedule 周八晚上", "“周八晚上”不是一个时间。"),
    ("/meeting schedule 周四晚上九点 陌生人", "团队名单里找不到“陌生人”。"),
    ("/meeting schedule 周四晚上九点 title:" + HUGE, "内容太长了（最多 100 个字），请分成几条。"),
])
async def test_a_meeting_that_cannot_be_is_refused_in_one_sentence(app: App, line: str, said: str) -> None:
    chat = await a_team(app)
    assert said in one_sentence(await chat.say(f"廖丹: {line}"), "廖丹")
    assert (await stored(app))["Meeting"] == 0


async def test_absurd_and_unwelcome_input_during_a_meeting(app: App) -> None:
    chat = await a_team(app)
    await chat.say('廖丹: /meeting schedule "2026-11-26 21:00" 廖丹')
    assert "内容太长了（最多 1000 个字）" in one_sentence(await chat.say(f"小静: /agenda add 在线组 {HUGE}"), "小静")
    assert "不在团队名单里" in one_sentence(await chat.say("陌生人: /agenda add 在线组 你好"), "陌生人")
    assert "只有协调员可以使用 /meeting schedule" in one_sentence(
        await chat.say("小静: /meeting schedule 周五晚上九点"), "小静")
    await chat.say("~ 2026-11-26 21:00")
    await chat.say("廖丹: /meeting start")
    await chat.say("廖丹: /decision 每周四培训")
    before = await stored(app)

    assert "最多 1000 个字" in one_sentence(await chat.say(f"小静: /note {HUGE}"), "小静")
    assert "最多 1000 个字" in one_sentence(await chat.say(f"小静 #第1期会议: {HUGE}"), "小静")
    assert "不在团队名单里" in one_sentence(await chat.say("陌生人: /note 你好"), "陌生人")
    assert "不在团队名单里" in one_sentence(await chat.say("陌生人 #第1期会议: 你好"), "陌生人")
    assert "找不到“不存在的人”" in one_sentence(await chat.say("小静: /action add 不存在的人 做点什么"), "小静")
    assert one_sentence(await chat.say("小静: /action done 999999"), "小静") == \
        "没有 #999999 这项待办。用 /actions all 看看编号。"
    assert one_sentence(await chat.say("廖丹: /action done 999999"), "廖丹") == \
        "没有 #999999 这项待办。用 /actions all 看看编号。"
    assert one_sentence(await chat.say("小静: /action done abc"), "小静") == "没有这项待办。用 /actions all 看看编号。"
    assert "还需要填写 text" in one_sentence(await chat.say("小静: /minutes search"), "小静")
    assert one_sentence(await chat.say("小静: /minutes search .*"), "小静") == "以往的决定和待办里没有找到“.*”。"
    assert one_sentence(await chat.say("小静: /minutes search %"), "小静") == "以往的决定和待办里没有找到“%”。"
    for command in ("/meeting end", "/meeting recorder 小静", "/next", '/meeting next "2026-12-10 21:00" 小静'):
        assert one_sentence(await chat.say(f"小静: {command}"), "小静") == "只有主持人、记录人或协调员可以这样做。"
    assert await stored(app) == before
    async with app.uow() as uow:
        assert await uow.session.scalar(select(Meeting.state)) == "running"


async def _cli(args: list[str]) -> Result:
    return await asyncio.to_thread(CliRunner().invoke, main, args)


async def test_exporting_what_cannot_be_exported_says_so_in_one_sentence(
        tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'coordinator.db'}"
    app = await build_app(Settings(database_url=url), clock)
    try:
        chat = await a_team(app)
        await chat.say('廖丹: /meeting schedule "2026-11-26 21:00" 廖丹')
        await chat.say("~ 2026-11-26 21:00")
        await chat.say("廖丹: /meeting start")
        await chat.say("廖丹: /meeting end")
    finally:
        await app.close()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COORDINATOR_DATABASE_URL", url)
    missing = await _cli(["meetings", "export", "999", "--format", "md"])
    assert (missing.exit_code, missing.output) == (2, "coordinator: 没有第999期会议。\n")
    pdf = await _cli(["meetings", "export", "1", "--format", "pdf"])
    assert pdf.exit_code == 2 and "Invalid value for '--format': 'pdf' is not 'md'." in pdf.output
    nowhere = await _cli(["meetings", "export", "1", "-o", str(tmp_path / "no" / "such" / "dir.md")])
    assert nowhere.exit_code == 2 and "Traceback" not in nowhere.output
    assert nowhere.output.startswith("coordinator: 无法写入 ") and nowhere.output.count("\n") == 1

"""``coordinator meetings list`` and ``coordinator meetings export N --format md``: the same file the team got."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from coordinator.app import build_app
from coordinator.cli import main
from coordinator.clock import FakeClock
from coordinator.settings import Settings
from tests.app.transcript import Transcript


async def test_list_and_export_give_the_stored_minutes(tmp_path: Path, clock: FakeClock,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'coordinator.db'}"
    app = await build_app(Settings(database_url=url), clock)
    try:
        chat = Transcript(app)
        await chat.bootstrap("廖丹")
        await chat.say('廖丹: /meeting schedule "2026-11-26 21:00" 廖丹 number:6')
        await chat.say("~ 2026-11-26 21:00")
        await chat.say("廖丹: /meeting start")
        await chat.say("廖丹: /decision 每周四培训")
        ended = await chat.say("廖丹: /meeting end")
        await chat.say('廖丹: /meeting schedule "2026-12-10 21:00"')
    finally:
        await app.close()
    posted = Path(re.findall(r"📎 (\S+\.md)", ended)[0]).read_text()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COORDINATOR_DATABASE_URL", url)
    runner = CliRunner()
    listed = await _run(runner, ["meetings", "list"])
    assert "第6期 · 2026-11-26 21:00 · 客服部工作会议 · 主持人 廖丹 · 已结束" in listed.output
    assert "第7期 · 2026-12-10 21:00" in listed.output and "已安排" in listed.output
    exported = await _run(runner, ["meetings", "export", "6", "--format", "md"])
    assert exported.exit_code == 0 and exported.output == posted
    missing = await _run(runner, ["meetings", "export", "7"])
    assert missing.exit_code == 2 and "还没有纪要" in missing.output


async def _run(runner: CliRunner, args: list[str]):  # noqa: ANN202
    """The CLI runs its own event loop, so it runs in a thread next to the test's."""
    import asyncio

    return await asyncio.to_thread(runner.invoke, main, args)

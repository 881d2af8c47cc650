"""A volunteer's own weekly limit and partial hours reach the roster: the solver, offers and explanations."""

from __future__ import annotations

import json

from click.testing import CliRunner

from coordinator.app import App, build_app
from coordinator.cli import main
from coordinator.settings import Settings
from tests.app.transcript import Transcript
from tests.roster.test_roster_chat import week_roster


async def test_a_personal_limit_is_kept_by_the_roster_and_by_offers(database_url: str, clock) -> None:
    app = await build_app(Settings(database_url=database_url, max_shifts=5, slot_target=1), clock)
    try:
        chat = Transcript(app)
        await chat.bootstrap("廖丹")
        await chat.say("小静: 周一到周五晚上可以")
        await chat.say("小静: 每周最多两个班")
        await chat.say("瓦蓝: 周三晚上可以")
        await chat.say("廖丹: /roster build")
        await chat.say("廖丹: /roster publish")
        mine = [shift.day for shift in (await week_roster(app)).active if shift.name == "小静"]
        assert len(mine) == 2 and "wed" not in mine
        dropped = await chat.say("瓦蓝: /shift drop 周三 晚上")
        assert "目前没有人可以接" in dropped
    finally:
        await app.close()


async def test_a_gap_names_the_hours_a_partly_free_volunteer_can_do(app: App) -> None:
    chat = Transcript(app)
    await chat.bootstrap("廖丹")
    await chat.say("熊宝宝: 周一晚上八点以后可以")
    draft = await chat.say("廖丹: /roster build")
    assert "熊宝宝只在 20:00–22:00 有空" in draft


def test_solve_refuses_bad_hours_in_one_sentence(tmp_path) -> None:
    problem = {
        "week": "2026-W49",
        "volunteers": [{"id": "KF1", "name": "A", "availability": {"mon:evening": "partial"},
                        "hours": {"mon:evening": ["25:00", "19:00"]}}],
    }
    path = tmp_path / "problem.json"
    path.write_text(json.dumps(problem), encoding="utf-8")
    result = CliRunner().invoke(main, ["roster", "solve", "--input", str(path), "--json"])
    assert result.exit_code == 2
    assert "volunteers[0].hours['mon:evening'] must be two times" in result.output
    assert "Traceback" not in result.output

"""``coordinator roster ical`` writes the stored, published roster as a calendar file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import icalendar

from coordinator.app import App
from tests.app.transcript import Transcript
from tests.roster.readers import read_with_ical, read_with_icalendar, read_with_vobject


def coordinator(*args: str, database_url: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COORDINATOR_DATABASE_URL": database_url}
    return subprocess.run([sys.executable, "-m", "coordinator", *args], capture_output=True, text=True, env=env,
                          cwd=cwd, timeout=60)


async def test_roster_ical_writes_the_team_or_one_member(sqlite_app: App, sqlite_url: str, tmp_path: Path) -> None:
    chat = Transcript(sqlite_app)
    await chat.bootstrap("廖丹")
    await chat.say("小静: 周三晚上可以")
    await chat.say("瓦蓝: 周三晚上可以，周五上午可以")
    await chat.say("廖丹: /roster build")
    await chat.say("廖丹: /roster publish")

    team = coordinator("roster", "ical", "--week", "2026-W49", "-o", "team.ics", database_url=sqlite_url, cwd=tmp_path)
    assert team.returncode == 0, team.stderr
    events = icalendar.Calendar.from_ical((tmp_path / "team.ics").read_bytes()).walk("VEVENT")
    assert sorted(str(e["SUMMARY"]) for e in events) == [
        "值班 上午 09:00-13:00 · 瓦蓝", "值班 晚上 19:00-22:00 · 小静", "值班 晚上 19:00-22:00 · 瓦蓝"
    ]

    mine = coordinator("roster", "ical", "--week", "2026-W49", "--member", "小静", "-o", "mine.ics",
                       database_url=sqlite_url, cwd=tmp_path)
    assert mine.returncode == 0, mine.stderr
    events = icalendar.Calendar.from_ical((tmp_path / "mine.ics").read_bytes()).walk("VEVENT")
    assert [str(e["UID"]) for e in events] == ["2026-W49-wed-evening-KF002@coordinator"]
    data = (tmp_path / "mine.ics").read_bytes()
    assert read_with_icalendar(data) == read_with_vobject(data) == read_with_ical(data)
    assert events[0].decoded("DTSTART").isoformat() == "2026-12-02T19:00:00+08:00"

    nobody = coordinator("roster", "ical", "--week", "2026-W49", "--member", "路人甲", "-o", "x.ics",
                         database_url=sqlite_url, cwd=tmp_path)
    assert nobody.returncode == 2 and "Traceback" not in nobody.stderr and not (tmp_path / "x.ics").exists()
    bad_week = coordinator("roster", "ical", "--week", "next", "-o", "x.ics", database_url=sqlite_url, cwd=tmp_path)
    assert bad_week.returncode == 2 and "2026-W49" in bad_week.stderr

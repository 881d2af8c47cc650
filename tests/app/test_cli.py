"""The administrator's command line: schema, team bootstrap, the console, the parser contract."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from alembic.script import ScriptDirectory
from click.testing import CliRunner

from coordinator.availability.domain import format_period
from coordinator.cli import main
from coordinator.core.week import DateRange, week_monday
from coordinator.db.migrate import alembic_config


def next_week_in_shanghai() -> str:
    monday = week_monday(datetime.now(ZoneInfo("Asia/Shanghai")).date()) + timedelta(days=7)
    return format_period(DateRange(monday, monday + timedelta(days=6)), "zh")


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    for name in ("COORDINATOR_DATABASE_URL", "COORDINATOR_LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def test_db_upgrade_creates_the_schema(workdir: Path) -> None:
    result = CliRunner().invoke(main, ["db", "upgrade"])
    assert result.exit_code == 0, result.output
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert f"revision {head}" in result.output
    assert (workdir / "coordinator.db").exists()


def test_team_bootstrap_from_the_command_line(workdir: Path) -> None:
    runner = CliRunner()
    assert "KF001" in runner.invoke(main, ["team", "add", "廖丹", "--role", "coordinator"]).output
    assert "KF002" in runner.invoke(main, ["team", "add", "小静"]).output
    refused = runner.invoke(main, ["team", "add", "某人", "--role", "wizard"])
    assert refused.exit_code == 1 and "wizard" in refused.output
    listing = runner.invoke(main, ["team", "list"]).output
    assert "廖丹" in listing and "coordinator" in listing and "小静" in listing


def test_console_reads_lines_and_marks_private_replies(workdir: Path) -> None:
    script = "\n".join([
        "小静: 周二周四晚上可以",
        "小静: /avail show",
        "小静: /team add 别人",
        "小静 #dm: 下周请假",
    ]) + "\n"
    result = subprocess.run(
        [sys.executable, "-m", "coordinator", "console"], input=script, capture_output=True, text=True,
        cwd=workdir, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "[bot #availability → 小静]" in out
    assert "小静 的每周时间" in out
    assert "[bot → 小静 (仅自己可见)]" in out and "团队还没有协调员，所以 /team add 暂时没人能用" in out
    assert f"已记下请假：{next_week_in_shanghai()}" in out
    assert "Traceback" not in out + result.stderr


def test_run_without_token_says_it_starts_the_console(workdir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "coordinator", "run", "--demo"], input="廖丹: /team list\n", capture_output=True,
        text=True, cwd=workdir, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "DISCORD_TOKEN is not set: starting the console instead." in result.stderr
    assert "团队名单（10 人）" in result.stdout and "熊宝宝" in result.stdout


def test_parse_json_contract(workdir: Path) -> None:
    result = CliRunner().invoke(
        main, ["availability", "parse", "平时周一到周五晚上可以,不过下周要请假", "--ref-date", "2026-11-23", "--json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"slots", "leave", "confident", "summary", "mode", "hours", "max_shifts", "starts", "ends",
                         "chat", "unclear", "removed"}
    assert data["mode"] == "replace" and data["chat"] is False and data["unclear"] == []
    assert data["slots"] == {f"{d}:evening": "available" for d in ("mon", "tue", "wed", "thu", "fri")}
    assert data["leave"] == [{"from": "2026-11-30", "to": "2026-12-06"}]
    assert data["confident"] is True and data["summary"]


def test_parse_batch_keeps_order_and_answers_bad_lines(workdir: Path) -> None:
    lines = [
        {"text": "3月15日请假", "ref_date": "2027-03-08"},
        "not json",
        {"text": "哈哈好的", "ref_date": "2026-11-23"},
    ]
    stdin = "\n".join(json.dumps(item, ensure_ascii=False) if isinstance(item, dict) else item for item in lines)
    result = CliRunner().invoke(main, ["availability", "parse", "--batch", "--json"], input=stdin + "\n")
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.splitlines()]
    assert out[0]["leave"] == [{"from": "2027-03-15", "to": "2027-03-15"}]
    assert "error" in out[1] and "line 2" in out[1]["error"]
    assert out[2]["confident"] is False and out[2]["slots"] == {} and out[2]["chat"] is True


def test_parse_batch_answers_every_line_and_no_line_stops_it(workdir: Path) -> None:
    hostile = ["", "[" * 1000, "[1, 2]", '{"text": 5}', '{"text": "周一晚上", "ref_date": 20261123}',
               '{"text": "周一晚上", "ref_date": "2026-13-01"}', '"just a string"', "{" * 100_000]
    stdin = "\n".join([*hostile, json.dumps({"text": "周二晚上可以", "ref_date": "2026-11-23"})]) + "\n"
    result = CliRunner().invoke(main, ["availability", "parse", "--batch", "--json"], input=stdin)
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.splitlines()]
    assert len(out) == len(hostile) + 1
    for number, answer in enumerate(out[:-1], start=1):
        assert answer == {"error": f'line {number}: expected {{"text": "…", "ref_date": "YYYY-MM-DD"}}'}
    assert out[-1]["slots"] == {"tue:evening": "available"}

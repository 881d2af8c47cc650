"""Console time: `coordinator console --at` starts a clock; `~` lines move it and print what falls due."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    monkeypatch.delenv("COORDINATOR_DATABASE_URL", raising=False)
    return tmp_path


def console(workdir: Path, lines: list[str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coordinator", "console", *args], input="\n".join(lines) + "\n",
        capture_output=True, text=True, cwd=workdir, timeout=180, check=False,
    )


def test_moving_the_clock_prints_reminders_and_handovers_in_order(workdir: Path) -> None:
    subprocess.run([sys.executable, "-m", "coordinator", "team", "add", "廖丹", "--role", "coordinator"],
                   cwd=workdir, capture_output=True, check=True, timeout=120)
    result = console(workdir, [
        "小静: 周三晚上可以",
        "瓦蓝: 周四上午可以",
        "廖丹: /roster build",
        "廖丹: /roster publish",
        "~ 2026-12-02 18:00",
        "~ +1h",
        "~ +3h",
        "~ +2d",
    ], "--at", "2026-11-25 10:00")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "[bot → DM 小静]\n  你在 2026-W49 的值班：12/2 周三 晚上 19:00-22:00" in out
    reminder = out.index("~ 2026-12-02 18:30\n[bot → DM 小静]\n  ⏰ 提醒：你 12/02 19:00")
    handover = out.index("~ 2026-12-02 22:00\n[bot → DM 小静]\n  🔁 交接")
    assert out.index("现在是 2026-12-02 18:00。") < reminder < out.index("现在是 2026-12-02 19:00。") < handover
    assert out.count("⏰ 提醒") == 2 and out.count("[bot → DM 瓦蓝]\n  ⏰ 提醒：你 12/03 09:00") == 1
    assert "现在是 2026-12-04 22:00。" in out


def test_bad_clock_lines_get_one_sentence(workdir: Path) -> None:
    result = console(workdir, ["~ yesterday", "~ 2020-01-01 00:00", "~ +2x", "~ +99999999d"], "--at", "2026-11-25 10:00")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("不是时间") == 3
    assert "时间只能往后走：现在是 2026-11-25 10:00" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    real = console(workdir, ["~ +1h"])
    assert "真实时间" in real.stdout
    bad = console(workdir, [], "--at", "tomorrow")
    assert bad.returncode == 2 and re.search(r"'tomorrow' is not a time", bad.stderr)

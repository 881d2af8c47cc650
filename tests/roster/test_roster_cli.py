"""``coordinator roster solve`` as a subprocess: the --json contract, bad input, infeasible pins, --ics."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import icalendar

from tests.roster.readers import read_with_ical, read_with_vobject

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "roster_problem.json"
ROOT = Path(__file__).resolve().parents[2]


def roster_solve(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "coordinator", "roster", "solve", *args]
    return subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT, timeout=120)


def test_json_follows_the_contract() -> None:
    done = roster_solve("--input", str(EXAMPLE), "--json", "--time-limit", "5")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert list(result) == ["status", "assignments", "gaps", "standby", "load", "shortfall", "solve_seconds"]
    assert result["status"] == "OPTIMAL"
    assert set(result["assignments"][0]) == {"volunteer", "day", "slot", "date"}
    assert all(
        set(gap) == {"day", "slot", "missing", "below", "reason", "candidates"} for gap in result["gaps"]
    )
    assert all(gap["below"] in ("min", "target") and gap["reason"] for gap in result["gaps"])
    assert set(result["load"]) == {f"KF{i:03d}" for i in range(1, 11)}
    assert set(result["shortfall"]) == {"min", "target"}
    assert "小静" in done.stdout  # ensure_ascii=False: names stay readable


def test_bad_input_is_one_sentence_and_exit_2(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"week": ', encoding="utf-8")
    nested = tmp_path / "nested.json"
    nested.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    wrong = tmp_path / "wrong.json"
    wrong.write_text(
        json.dumps({"week": "2026-W49", "volunteers": [{"id": "A", "name": "A", "max_shifts": -2}]})
    )
    for path, words in (
        (tmp_path / "missing.json", "no file"),
        (broken, "not valid JSON"),
        (nested, "nested too deeply"),
        (wrong, "volunteers[0].max_shifts must be a whole number from 0 to 10000"),
    ):
        done = roster_solve("--input", str(path), "--json")
        assert done.returncode == 2
        assert done.stdout == ""
        assert len(done.stderr.strip().splitlines()) == 1 and words in done.stderr
        assert "Traceback" not in done.stderr


def test_pins_against_the_rules_exit_1_naming_the_people(tmp_path: Path) -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["pinned"].append({"volunteer": "KF007", "day": "wed", "slot": "afternoon"})
    path = tmp_path / "pinned.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    done = roster_solve("--input", str(path), "--lang", "en")
    assert done.returncode == 1
    assert "小静 is pinned to Wednesday afternoon but is on leave that day (2026-12-02)" in done.stderr


def test_table_and_calendar(tmp_path: Path) -> None:
    ics = tmp_path / "roster.ics"
    done = roster_solve("--input", str(EXAMPLE), "--ics", str(ics), "--time-limit", "5")
    assert done.returncode == 0, done.stderr
    assert "三 12/2" in done.stdout and "小静那天请假" in done.stdout
    assert re.search(r"周三(、周四)? 下午 缺 2 人（低于最低）", done.stdout), done.stdout
    calendar = icalendar.Calendar.from_ical(ics.read_bytes())
    events = list(calendar.walk("VEVENT"))
    pinned = [e for e in events if str(e["UID"]) == "2026-W49-thu-evening-KF004@coordinator"]
    assert len(events) >= 20 and len(pinned) == 1
    assert str(pinned[0]["SUMMARY"]) == "值班 晚上 19:00-22:00 · 瓦蓝"
    assert pinned[0].decoded("DTSTART").isoformat() == "2026-12-03T19:00:00+08:00"
    partners = [e for e in events if str(e["UID"]).startswith("2026-W49-thu-evening-") and e is not pinned[0]]
    for partner in partners:
        assert "瓦蓝" in str(partner["DESCRIPTION"])
    assert read_with_vobject(ics.read_bytes()) == read_with_ical(ics.read_bytes())
    assert len(read_with_vobject(ics.read_bytes())) == len(events)

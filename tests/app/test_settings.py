"""Settings from coordinator.toml and COORDINATOR_* variables; bad ones stop start-up with one line."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from coordinator.cli import main
from coordinator.settings import SettingsError, load_settings


def test_defaults_are_the_teams() -> None:
    settings = load_settings(Path("/nonexistent.toml"), environ={})
    assert settings.database_url == "sqlite+aiosqlite:///coordinator.db"
    assert settings.timezone == "Asia/Shanghai" and settings.language == "zh"
    assert [(s.name, s.start, s.end) for s in settings.slots] == [
        ("morning", time(9), time(13)), ("afternoon", time(13), time(19)), ("evening", time(19), time(22))
    ]


def test_environment_wins_over_the_file(tmp_path: Path) -> None:
    path = tmp_path / "coordinator.toml"
    path.write_text(
        'language = "en"\navailability_channel = "空闲时间"\n'
        'slots = [{name = "day", start = "10:00", end = "16:00"}, {name = "night", start = "18:00", end = "21:30"}]\n',
        encoding="utf-8",
    )
    settings = load_settings(path, environ={"COORDINATOR_LANGUAGE": "zh", "COORDINATOR_COORDINATOR_ROLES": "组长,admin"})
    assert settings.language == "zh"
    assert settings.availability_channel == "空闲时间"
    assert [s.name for s in settings.slots] == ["day", "night"] and settings.slots[1].end == time(21, 30)
    assert settings.coordinator_roles == ("组长", "admin")


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"COORDINATOR_TIMEZONE": "Mars/Olympus"}, "COORDINATOR_TIMEZONE: 'Mars/Olympus' is not a time zone"),
        ({"COORDINATOR_LANGUAGE": "fr"}, "COORDINATOR_LANGUAGE: 'fr' is not supported; use zh or en."),
        ({"COORDINATOR_DATABASE_URL": "mysql://x"}, "COORDINATOR_DATABASE_URL: 'mysql' is not supported"),
        ({"COORDINATOR_SLOTS": "morning=13:00-09:00"}, "slot 'morning' ends before it starts"),
        ({"COORDINATOR_SLOTS": "a=09:00-13:00,b=12:00-14:00"}, "slots 'a' and 'b' overlap"),
        ({"COORDINATOR_SLOTS": "morning"}, "write it as name=HH:MM-HH:MM"),
    ],
)
def test_a_bad_setting_is_named_with_its_fix(environ: dict[str, str], expected: str) -> None:
    with pytest.raises(SettingsError) as error:
        load_settings(Path("/nonexistent.toml"), environ=environ)
    assert expected in str(error.value)


def test_unknown_and_broken_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "coordinator.toml"
    path.write_text('langauge = "en"\n', encoding="utf-8")
    with pytest.raises(SettingsError, match="unknown setting 'langauge'"):
        load_settings(path, environ={})
    path.write_text("language = \n", encoding="utf-8")
    with pytest.raises(SettingsError, match="not valid TOML"):
        load_settings(path, environ={})


def test_start_up_stops_with_one_clear_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COORDINATOR_TIMEZONE", "Nowhere/City")
    result = CliRunner().invoke(main, ["run"])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "COORDINATOR_TIMEZONE" in lines[0] and "Asia/Shanghai" in lines[0]


def test_the_token_never_shows(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = load_settings(Path("/nonexistent.toml"), environ={"DISCORD_TOKEN": "secret-token-value"})
    assert settings.discord_token == "secret-token-value"
    assert "secret-token-value" not in repr(settings)

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


SECTIONS_TOML = """
open_join = true

[smtp]
host = "mail.example.org"
port = 587
username = "kf001"
password = "file-secret-123"
from = "协调员@example.org"
starttls = true

[kannel]
sendsms_url = "http://127.0.0.1:13013/cgi-bin/sendsms"
username = "coordinator"
password = "kannel-secret-456"
sender = "10690000"
dlr_url = "http://127.0.0.1:8080/sms/dlr"

[meetings]
minutes_to = ["team@example.org", "小静@example.org"]
agenda_deadline_days = 3

[donations]
reply_within_days = 5

[outreach]
rate_per_minute = 30
batch_size = 20
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "coordinator.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_sections_have_the_teams_defaults() -> None:
    settings = load_settings(Path("/nonexistent.toml"), environ={})
    assert settings.open_join is False
    smtp = settings.smtp
    assert (smtp.host, smtp.port, smtp.username, smtp.password) == ("127.0.0.1", 25, "", "")
    assert smtp.from_address == "coordinator@localhost"
    assert (smtp.starttls, smtp.tls, smtp.timeout_seconds) == (False, False, 30)
    assert settings.kannel.sendsms_url == "http://127.0.0.1:13013/cgi-bin/sendsms"
    assert settings.kannel.timeout_seconds == 30
    assert (settings.kannel.username, settings.kannel.sender, settings.kannel.dlr_url) == ("", "", "")
    assert settings.meetings.minutes_to == () and settings.meetings.agenda_deadline_days == 2
    assert settings.donations.reply_within_days == 3
    assert (settings.outreach.rate_per_minute, settings.outreach.batch_size) == (60, 50)


def test_sections_come_from_their_tables(tmp_path: Path) -> None:
    settings = load_settings(_write(tmp_path, SECTIONS_TOML), environ={})
    assert settings.open_join is True
    assert settings.smtp.host == "mail.example.org" and settings.smtp.port == 587 and settings.smtp.starttls
    assert settings.smtp.username == "kf001" and settings.smtp.password == "file-secret-123"
    assert settings.smtp.from_address == "协调员@example.org"
    assert settings.kannel.password == "kannel-secret-456" and settings.kannel.sender == "10690000"
    assert settings.kannel.dlr_url == "http://127.0.0.1:8080/sms/dlr"
    assert settings.meetings.minutes_to == ("team@example.org", "小静@example.org")
    assert settings.meetings.agenda_deadline_days == 3 and settings.donations.reply_within_days == 5
    assert (settings.outreach.rate_per_minute, settings.outreach.batch_size) == (30, 20)


def test_section_variables_win_over_the_file(tmp_path: Path) -> None:
    environ = {
        "COORDINATOR_SMTP_HOST": "127.0.0.1",
        "COORDINATOR_SMTP_PORT": "2525",
        "COORDINATOR_SMTP_USERNAME": "kf002",
        "COORDINATOR_SMTP_PASSWORD": "env-secret-789",
        "COORDINATOR_SMTP_FROM": "team@example.org",
        "COORDINATOR_SMTP_STARTTLS": "no",
        "COORDINATOR_SMTP_TLS": "yes",
        "COORDINATOR_MEETINGS_MINUTES_TO": "a@example.org, b@example.org,",
        "COORDINATOR_OUTREACH_BATCH_SIZE": "10",
        "COORDINATOR_OPEN_JOIN": "0",
    }
    settings = load_settings(_write(tmp_path, SECTIONS_TOML), environ=environ)
    smtp = settings.smtp
    assert (smtp.host, smtp.port, smtp.username, smtp.password) == ("127.0.0.1", 2525, "kf002", "env-secret-789")
    assert smtp.from_address == "team@example.org" and not smtp.starttls and smtp.tls
    assert settings.meetings.minutes_to == ("a@example.org", "b@example.org")
    assert settings.outreach.batch_size == 10 and settings.outreach.rate_per_minute == 30
    assert settings.open_join is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [("true", True), ("Yes", True), ("1", True), ("false", False), ("no", False), (" 0 ", False)],
)
def test_open_join_reads_the_usual_words(text: str, expected: bool) -> None:
    assert load_settings(Path("/nonexistent.toml"), environ={"COORDINATOR_OPEN_JOIN": text}).open_join is expected


def test_allow_partial_is_off_unless_the_file_or_the_environment_turns_it_on(tmp_path: Path) -> None:
    assert load_settings(Path("/nonexistent.toml"), environ={}).allow_partial is False
    path = _write(tmp_path, "allow_partial = true\n")
    assert load_settings(path, environ={}).allow_partial is True
    assert load_settings(path, environ={"COORDINATOR_ALLOW_PARTIAL": "no"}).allow_partial is False
    assert load_settings(Path("/nonexistent.toml"), environ={"COORDINATOR_ALLOW_PARTIAL": "Yes"}).allow_partial is True


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ({"COORDINATOR_ALLOW_PARTIAL": "sometimes"},
         "COORDINATOR_ALLOW_PARTIAL: expected true or false, got 'sometimes'; write true or false."),
        ('allow_partial = "perhaps"\n', "coordinator.toml allow_partial: expected true or false, got 'perhaps'"),
        ("allow_partial = 1\n", "coordinator.toml allow_partial: expected true or false, got 1"),
    ],
)
def test_a_bad_allow_partial_is_one_line_naming_the_key(
    tmp_path: Path, source: dict[str, str] | str, expected: str
) -> None:
    path, environ = (_write(tmp_path, source), {}) if isinstance(source, str) else (tmp_path / "none.toml", source)
    with pytest.raises(SettingsError) as error:
        load_settings(path, environ=environ)
    assert expected in str(error.value) and "\n" not in str(error.value)


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"COORDINATOR_OPEN_JOIN": "maybe"},
         "COORDINATOR_OPEN_JOIN: expected true or false, got 'maybe'; write true or false."),
        ({"COORDINATOR_SMTP_PORT": "smtp"},
         "COORDINATOR_SMTP_PORT: expected a whole number of 1 or more, got 'smtp'"),
        ({"COORDINATOR_SMTP_PORT": "70000"},
         "COORDINATOR_SMTP_PORT: 70000 is not a port; use a number from 1 to 65535"),
        ({"COORDINATOR_SMTP_TIMEOUT_SECONDS": "0"},
         "COORDINATOR_SMTP_TIMEOUT_SECONDS: expected a whole number of 1 or more"),
        ({"COORDINATOR_SMTP_STARTTLS": "sometimes"}, "COORDINATOR_SMTP_STARTTLS: expected true or false"),
        ({"COORDINATOR_SMTP_FROM": "coordinator"}, "COORDINATOR_SMTP_FROM: 'coordinator' is not an email address"),
        ({"COORDINATOR_MEETINGS_MINUTES_TO": "a@example.org,b@"},
         "COORDINATOR_MEETINGS_MINUTES_TO: 'b@' is not an email address"),
        ({"COORDINATOR_SMTP_STARTTLS": "true", "COORDINATOR_SMTP_TLS": "true"},
         "[smtp] starttls and tls are both true; choose one"),
        ({"COORDINATOR_KANNEL_SENDSMS_URL": "127.0.0.1:13013"},
         "COORDINATOR_KANNEL_SENDSMS_URL: '127.0.0.1:13013' is not a web address"),
        ({"COORDINATOR_OUTREACH_RATE_PER_MINUTE": "-5"},
         "COORDINATOR_OUTREACH_RATE_PER_MINUTE: expected a whole number"),
    ],
)
def test_a_bad_section_value_is_one_line_with_its_fix(environ: dict[str, str], expected: str) -> None:
    with pytest.raises(SettingsError) as error:
        load_settings(Path("/nonexistent.toml"), environ=environ)
    assert expected in str(error.value) and "\n" not in str(error.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[smtp]\nfoo = 1\n',
         "coordinator.toml: unknown setting [smtp] foo; use one of host, port, username, password, from"),
        ('[smtp]\nfrom_address = "a@example.org"\n', "unknown setting [smtp] from_address"),
        ('smtp = "mail.example.org"\n', "coordinator.toml smtp: expected a table; write it as [smtp]"),
        ('[smtp]\nport = "twenty-five"\n', "coordinator.toml [smtp] port: expected a whole number"),
        ('[smtp]\nstarttls = "perhaps"\n', "coordinator.toml [smtp] starttls: expected true or false"),
        ('open_join = 1\n', "coordinator.toml open_join: expected true or false, got 1"),
        ('[meetings]\nminutes_to = "team@example.org"\nagenda_deadline_days = true\n',
         "coordinator.toml [meetings] agenda_deadline_days: expected a whole number"),
        ('[meetings]\nminutes_to = [1, 2]\n', "coordinator.toml [meetings] minutes_to: expected a list of addresses"),
    ],
)
def test_a_bad_section_in_the_file_is_one_line(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(SettingsError) as error:
        load_settings(_write(tmp_path, text), environ={})
    assert expected in str(error.value) and "\n" not in str(error.value)


def test_passwords_never_show(tmp_path: Path) -> None:
    settings = load_settings(_write(tmp_path, SECTIONS_TOML), environ={})
    assert "file-secret-123" not in repr(settings) and "kannel-secret-456" not in repr(settings)
    assert "kf001" in repr(settings.smtp)
    for text in ('[smtp]\npassword = 12345678\n', '[kannel]\npassword = 12345678\n', 'discord_token = 12345678\n'):
        with pytest.raises(SettingsError) as error:
            load_settings(_write(tmp_path, text), environ={})
        assert "12345678" not in str(error.value) and "put it in quotes" in str(error.value)


def test_a_local_relay_address_is_accepted() -> None:
    environ = {"COORDINATOR_SMTP_FROM": "coordinator@localhost"}
    assert load_settings(Path("/nonexistent.toml"), environ=environ).smtp.from_address == "coordinator@localhost"


def test_sections_can_be_overridden_in_code() -> None:
    from coordinator.settings import SmtpSettings

    smtp = SmtpSettings(port=2525)
    settings = load_settings(Path("/nonexistent.toml"), environ={"COORDINATOR_SMTP_PORT": "26"}, smtp=smtp)
    assert settings.smtp is smtp
    settings = load_settings(Path("/nonexistent.toml"), environ={}, outreach={"batch_size": 5})
    assert settings.outreach.batch_size == 5 and settings.outreach.rate_per_minute == 60


def test_absurd_numbers_are_refused_in_one_line(tmp_path) -> None:
    from coordinator.settings import SettingsError, load_settings

    for key, value, words in (("COORDINATOR_MAX_SHIFTS", "100000000000000000000", "whole number"),
                              ("COORDINATOR_MAX_SHIFTS", "2000000", "far too large"),
                              ("COORDINATOR_FEED_PORT", "70000", "not a port"),
                              ("COORDINATOR_REMINDER_MINUTES", "３０", "whole number")):
        try:
            load_settings(tmp_path / "none.toml", {key: value})
        except SettingsError as error:
            assert words in str(error) and "\n" not in str(error) and key in str(error)
        else:
            raise AssertionError(f"{key}={value} was accepted")

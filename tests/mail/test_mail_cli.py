"""``coordinator mail test ADDRESS`` against a real SMTP server on loopback, set up through the environment."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from coordinator.mail.cli import TEST_SUBJECT, mail
from tests.mail.conftest import LOGIN, PASSWORD, SmtpServer, unused_port

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


@pytest.fixture(autouse=True)
def _no_settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _smtp_env(port: int, **extra: str) -> dict[str, str]:
    return {
        "COORDINATOR_SMTP_HOST": "127.0.0.1",
        "COORDINATOR_SMTP_PORT": str(port),
        "COORDINATOR_SMTP_FROM": "team@example.org",
        **extra,
    }


def test_it_sends_a_bilingual_test_message(auth_server: SmtpServer) -> None:
    env = _smtp_env(auth_server.port, COORDINATOR_SMTP_USERNAME=LOGIN, COORDINATOR_SMTP_PASSWORD=PASSWORD)
    result = CliRunner().invoke(mail, ["test", "小静@example.org"], env=env)
    assert result.exit_code == 0, result.output
    assert result.output == f"Sent a test message to 小静@example.org through 127.0.0.1:{auth_server.port}.\n"
    [delivery] = auth_server.inbox.deliveries
    assert delivery.login == LOGIN and delivery.recipients == ["小静@example.org"]
    assert delivery.message["From"] == "team@example.org" and delivery.message["Subject"] == TEST_SUBJECT
    body = delivery.message.get_body(preferencelist=("plain",))
    assert body is not None and "测试邮件" in body.get_content() and "test message" in body.get_content()


def test_a_wrong_password_is_one_sentence_and_exit_1(auth_server: SmtpServer) -> None:
    env = _smtp_env(
        auth_server.port, COORDINATOR_SMTP_USERNAME=LOGIN, COORDINATOR_SMTP_PASSWORD="wrong-pw-987"
    )
    result = CliRunner().invoke(mail, ["test", "team@example.org"], env=env)
    assert result.exit_code == 1
    [line] = result.output.strip().splitlines()
    assert f"127.0.0.1:{auth_server.port}" in line and "wrong-pw-987" not in line and "Traceback" not in line


def test_no_server_is_one_sentence_naming_host_and_port() -> None:
    port = unused_port()
    result = CliRunner().invoke(mail, ["test", "team@example.org"], env=_smtp_env(port))
    assert result.exit_code == 1
    assert result.output == (
        f"coordinator: Could not send mail through 127.0.0.1:{port}: "
        "could not connect (connection refused).\n"
    )


def test_a_bad_address_or_setting_stops_with_one_line(smtp_server: SmtpServer) -> None:
    result = CliRunner().invoke(mail, ["test", "not-an-address"], env=_smtp_env(smtp_server.port))
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1
    assert "ADDRESS: 'not-an-address' is not an email address" in result.output
    env = _smtp_env(smtp_server.port, COORDINATOR_SMTP_STARTTLS="yes", COORDINATOR_SMTP_TLS="1")
    result = CliRunner().invoke(mail, ["test", "team@example.org"], env=env)
    assert result.exit_code == 2 and "starttls and tls are both true" in result.output
    assert smtp_server.inbox.deliveries == []

"""The mailer against real SMTP servers on loopback: content, login, STARTTLS, implicit TLS, failures."""

from __future__ import annotations

import pytest

from coordinator.mail.mailer import MailError, build_mailer
from coordinator.settings import SmtpSettings
from tests.mail.conftest import LOGIN, PASSWORD, Certificate, SmtpServer, unused_port

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")

SUBJECT = "第12期例会纪要 / minutes of meeting 12"
BODY = "各位好：\n本期会议纪要见附件。遗留问题：捐赠物资的运费由捐助人承担。\nSee the attached minutes.\n"


async def test_a_chinese_message_arrives_as_written(smtp_server: SmtpServer) -> None:
    mailer = build_mailer(smtp_server.settings())
    attachment = ("会议纪要.txt", "决定：周三晚上加一人。".encode(), "text/plain")
    await mailer.send(["小静@example.org", "lead@example.org"], SUBJECT, BODY, attachments=[attachment])
    [delivery] = smtp_server.inbox.deliveries
    assert delivery.sender == "协调员@example.org"
    assert delivery.recipients == ["小静@example.org", "lead@example.org"]
    message = delivery.message
    assert message["From"] == "协调员@example.org"
    assert message["To"] == "小静@example.org, lead@example.org"
    assert message["Subject"] == SUBJECT
    body = message.get_body(preferencelist=("plain",))
    assert body is not None and body.get_content() == BODY
    [attached] = list(message.iter_attachments())
    assert attached.get_filename() == "会议纪要.txt"
    assert attached.get_content() == "决定：周三晚上加一人。"
    assert delivery.login is None and not delivery.encrypted


async def test_it_logs_in_when_a_username_is_set(auth_server: SmtpServer) -> None:
    mailer = build_mailer(auth_server.settings(username=LOGIN, password=PASSWORD))
    await mailer.send(["team@example.org"], "登录测试", "正文")
    [delivery] = auth_server.inbox.deliveries
    assert delivery.login == LOGIN and delivery.message["Subject"] == "登录测试"


async def test_a_wrong_password_is_one_error_without_the_password(auth_server: SmtpServer) -> None:
    wrong = "not-the-password-42"
    mailer = build_mailer(auth_server.settings(username=LOGIN, password=wrong))
    with pytest.raises(MailError) as caught:
        await mailer.send(["team@example.org"], "x", "y")
    text = str(caught.value)
    assert f"127.0.0.1:{auth_server.port}" in text and "login" in text
    assert wrong not in text and wrong not in repr(caught.value) and "\n" not in text
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    assert auth_server.inbox.deliveries == []


async def test_without_a_login_the_server_refuses_and_says_so(auth_server: SmtpServer) -> None:
    with pytest.raises(MailError, match=rf"127\.0\.0\.1:{auth_server.port}: the server answered 530"):
        await build_mailer(auth_server.settings()).send(["team@example.org"], "x", "y")


async def test_starttls_upgrades_before_the_login(
    starttls_server: SmtpServer, certificate: Certificate
) -> None:
    settings = starttls_server.settings(username=LOGIN, password=PASSWORD, starttls=True)
    mailer = build_mailer(settings, tls_context=certificate.client_context)
    await mailer.send(["team@example.org"], "加密", "正文")
    [delivery] = starttls_server.inbox.deliveries
    assert delivery.encrypted and delivery.login == LOGIN


async def test_an_untrusted_certificate_is_refused(starttls_server: SmtpServer) -> None:
    settings = starttls_server.settings(username=LOGIN, password=PASSWORD, starttls=True)
    expected = rf"127\.0\.0\.1:{starttls_server.port}: its TLS certificate was not accepted"
    with pytest.raises(MailError, match=expected) as caught:
        await build_mailer(settings).send(["team@example.org"], "x", "y")
    assert PASSWORD not in str(caught.value)
    assert starttls_server.inbox.deliveries == []


async def test_implicit_tls(tls_server: SmtpServer, certificate: Certificate) -> None:
    mailer = build_mailer(tls_server.settings(tls=True), tls_context=certificate.client_context)
    await mailer.send(["team@example.org"], "隐式 TLS", "正文")
    [delivery] = tls_server.inbox.deliveries
    assert delivery.encrypted and delivery.message["Subject"] == "隐式 TLS"


async def test_a_server_that_is_not_there_names_host_and_port() -> None:
    port = unused_port()
    settings = SmtpSettings(host="127.0.0.1", port=port, username="u", password="sekrit", timeout_seconds=5)
    mailer = build_mailer(settings)
    expected = rf"^Could not send mail through 127\.0\.0\.1:{port}: could not connect \(connection refused\)\.$"
    with pytest.raises(MailError, match=expected) as caught:
        await mailer.send(["team@example.org"], "x", "y")
    assert "sekrit" not in str(caught.value)


async def test_a_message_needs_a_recipient(smtp_server: SmtpServer) -> None:
    with pytest.raises(ValueError, match="recipient"):
        await build_mailer(smtp_server.settings()).send([], "x", "y")



"""``coordinator mail``: check the ``[smtp]`` settings by sending a real message."""

from __future__ import annotations

import sys

import click

from coordinator.cli_support import run_async, settings_or_exit
from coordinator.mail.mailer import MailError, build_mailer
from coordinator.settings_sections import SettingsError, email_address

TEST_SUBJECT = "coordinator 测试邮件 / test message"
TEST_BODY = (
    "这是 coordinator 发出的测试邮件。收到它，说明邮件设置是正确的。\n"
    "This is a test message from coordinator. If it reached you, the mail settings work.\n"
)


@click.group()
def mail() -> None:
    """Email: check the mail settings."""


@mail.command("test")
@click.argument("address")
def test_command(address: str) -> None:
    """Send a short test message to ADDRESS through the [smtp] server."""
    try:
        address = email_address("ADDRESS", address)
    except SettingsError as error:
        click.echo(f"coordinator: {error}", err=True)
        sys.exit(2)
    mailer = build_mailer(settings_or_exit().smtp)
    try:
        run_async(lambda: mailer.send([address], TEST_SUBJECT, TEST_BODY))
    except MailError as error:
        click.echo(f"coordinator: {error}", err=True)
        sys.exit(1)
    click.echo(f"Sent a test message to {address} through {mailer.server}.")

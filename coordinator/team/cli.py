"""``coordinator team``: bootstrap the team from the command line, as the server's administrator."""

from __future__ import annotations

import sys

import click
from rich.console import Console

from coordinator.app import build_app
from coordinator.chat.admin import run_as_admin
from coordinator.chat.render import rich_table
from coordinator.chat.reply import Reply, Tone
from coordinator.cli_support import run_async, settings_or_exit


@click.group()
def team() -> None:
    """The team list."""


@team.command("add")
@click.argument("name")
@click.option("--role", "role", help="member, trainee, mentor, lead, coordinator, donations, group or outreach.")
def add_command(name: str, role: str | None) -> None:
    """Add NAME to the team (the first coordinator is added this way)."""
    _show(_admin("team add", member=name, role=role))


@team.command("link")
@click.argument("name")
def link_command(name: str) -> None:
    """Print a one-time code NAME redeems with /link CODE in a DM to the bot (valid 24 hours)."""
    _show(_admin("team code", member=name))


@team.command("list")
def list_command() -> None:
    """Show the team list."""
    _show(_admin("team list"))


def _admin(command: str, **args: str | None) -> Reply:
    settings = settings_or_exit()

    async def work() -> Reply:
        app = await build_app(settings)
        try:
            return await run_as_admin(app, command, **args)
        finally:
            await app.close()

    return run_async(work)


def _show(reply: Reply) -> None:
    console = Console()
    if reply.title:
        console.print(f"[bold]{reply.title}[/bold]")
    if reply.text:
        console.print(reply.text, markup=False)
    if reply.table:
        console.print(rich_table(reply.table))
    if reply.tone is Tone.REFUSAL:
        sys.exit(1)

"""``coordinator run`` and ``coordinator console``: start a chat front end."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import click

from coordinator.app import App, build_app, build_scheduler
from coordinator.chat.console import ConsoleBackend
from coordinator.chat.dispatch import Dispatcher
from coordinator.cli_support import run_async, settings_or_exit
from coordinator.settings import Settings

DEMO_DATABASE = Path("coordinator-demo.db")


@click.command()
@click.option("--demo", is_flag=True, help="Start with a sample team in coordinator-demo.db.")
def run(demo: bool) -> None:
    """Start the bot: Discord when DISCORD_TOKEN is set, otherwise the console."""
    settings = _settings(demo)
    if settings.discord_token:
        click.echo("Starting the Discord bot (DISCORD_TOKEN is set).", err=True)
        from coordinator.chat.discord_bot import run_discord

        run_async(lambda: run_discord(settings))
        return
    click.echo("DISCORD_TOKEN is not set: starting the console instead.", err=True)
    run_async(lambda: _console(settings, demo))


@click.command()
@click.option("--demo", is_flag=True, help="Start with a sample team in coordinator-demo.db.")
def console(demo: bool) -> None:
    """Chat with the bot in this terminal: lines NAME: message, or NAME #channel: message."""
    run_async(lambda: _console(_settings(demo), demo))


def _settings(demo: bool) -> Settings:
    if not demo:
        return settings_or_exit()
    DEMO_DATABASE.unlink(missing_ok=True)
    return settings_or_exit(database_url=f"sqlite+aiosqlite:///{DEMO_DATABASE}")


async def _console(settings: Settings, demo: bool) -> None:
    app = await build_app(settings)
    try:
        if demo:
            from coordinator.demo import seed_demo_team

            await seed_demo_team(app)
        await read_console(app)
    finally:
        await app.close()


async def read_console(app: App) -> None:
    """Answer typed lines; reminders and other timed notices print as they come due."""
    backend = ConsoleBackend(Dispatcher(app))
    interactive = sys.stdin.isatty()
    if interactive:
        click.echo(backend.banner())
    timed = asyncio.create_task(build_scheduler(app, backend.print_notices).run_forever())
    try:
        while True:
            line = await asyncio.to_thread(sys.stdin.readline)
            if not line:
                break
            for printed in await backend.handle_line(line.rstrip("\n")):
                click.echo(printed)
    finally:
        timed.cancel()

"""``coordinator run`` and ``coordinator console``: start a chat front end."""

from __future__ import annotations

import asyncio
import logging
import sys
from datetime import datetime
from pathlib import Path

import click

from coordinator.app import App, build_app
from coordinator.chat.console import ConsoleBackend
from coordinator.chat.dispatch import Dispatcher
from coordinator.cli_support import run_async, settings_or_exit
from coordinator.clock import Clock, FakeClock
from coordinator.settings import Settings

DEMO_DATABASE = Path("coordinator-demo.db")
POLL_SECONDS = 15.0
log = logging.getLogger(__name__)


@click.command()
@click.option("--demo", is_flag=True, help="Start with a sample team in coordinator-demo.db.")
def run(demo: bool) -> None:
    """Start the bot: Discord when DISCORD_TOKEN is set, otherwise the console."""
    settings = _settings(demo)
    if settings.discord_token:
        click.echo("Starting the Discord bot (DISCORD_TOKEN is set).", err=True)
        from coordinator.chat.discord_bot import run_discord

        sys.exit(run_async(lambda: run_discord(settings)))
    click.echo("DISCORD_TOKEN is not set: starting the console instead.", err=True)
    run_async(lambda: _console(settings, demo, None))


@click.command()
@click.option("--demo", is_flag=True, help="Start with a sample team in coordinator-demo.db.")
@click.option("--at", "at", metavar="'YYYY-MM-DD HH:MM'",
              help="Start on a clock standing at this local time; lines '~ +2d' or '~ YYYY-MM-DD HH:MM' move it.")
def console(demo: bool, at: str | None) -> None:
    """Chat with the bot in this terminal: lines NAME: message, or NAME #channel: message."""
    settings = _settings(demo)
    clock = _clock_at(settings, at) if at else None
    run_async(lambda: _console(settings, demo, clock))


def _clock_at(settings: Settings, text: str) -> FakeClock:
    try:
        moment = datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise click.BadParameter(f"'{text}' is not a time; write it as 'YYYY-MM-DD HH:MM', e.g. '2026-12-01 09:00'.",
                                 param_hint="--at") from None
    return FakeClock(moment.replace(tzinfo=settings.zone))


def _settings(demo: bool) -> Settings:
    if not demo:
        return settings_or_exit()
    DEMO_DATABASE.unlink(missing_ok=True)
    return settings_or_exit(database_url=f"sqlite+aiosqlite:///{DEMO_DATABASE}")


async def _console(settings: Settings, demo: bool, clock: Clock | None) -> None:
    app = await build_app(settings, clock)
    try:
        if demo:
            from coordinator.demo import seed_demo_team

            await seed_demo_team(app)
        await read_console(app)
    finally:
        await app.close()


async def read_console(app: App) -> None:
    """Answer typed lines; on the real clock, timed notices print as they come due."""
    backend = ConsoleBackend(Dispatcher(app))
    if sys.stdin.isatty():
        click.echo(backend.banner())
    stop = asyncio.Event()
    timed = None if isinstance(app.clock, FakeClock) else asyncio.create_task(_timed_work(backend, stop))
    try:
        while True:
            line = await asyncio.to_thread(sys.stdin.readline)
            if not line:
                break
            for printed in await backend.handle_line(line.rstrip("\n")):
                click.echo(printed)
    finally:
        stop.set()
        if timed is not None:
            await timed


async def _timed_work(backend: ConsoleBackend, stop: asyncio.Event) -> None:
    """Due jobs and the outbox every few seconds; a turn in progress finishes before the console closes."""
    while not stop.is_set():
        try:
            for printed in await backend.run_timed_work():
                click.echo(printed)
        except Exception:
            log.exception("the timed-work loop hit an error; it goes on")
        try:
            await asyncio.wait_for(stop.wait(), POLL_SECONDS)
        except TimeoutError:
            pass

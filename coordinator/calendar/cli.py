"""``coordinator roster ical`` and the feed routes: calendars from the stored roster, as a file or a feed."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from coordinator.calendar import services as calendar
from coordinator.cli_support import run_async, settings_or_exit
from coordinator.core.errors import UserError
from coordinator.core.week import parse_iso_week
from coordinator.i18n import t
from coordinator.team import services as team

if TYPE_CHECKING:
    from coordinator.app import App


@click.command("ical")
@click.option("--week", "week_label", required=True, help="ISO week, e.g. 2026-W49.")
@click.option("--member", "member_ref", help="A member's staff ID or name; the whole team when left out.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="Where to write the .ics file.")
def ical_command(week_label: str, member_ref: str | None, output: Path) -> None:
    """Write a week's published shifts (one member's, or the team's) as an .ics file."""
    try:
        monday = parse_iso_week(week_label.upper())
    except (ValueError, IndexError):
        raise click.UsageError(f"--week: '{week_label}' is not an ISO week; write it like 2026-W49.") from None
    settings = settings_or_exit()

    async def work() -> bytes:
        from coordinator.app import build_app

        app = await build_app(settings)
        try:
            async with app.uow() as uow:
                member = await team.find_member(uow, member_ref) if member_ref else None
                return await calendar.calendar_bytes(uow, settings, member, monday, weeks=(monday,))
        finally:
            await app.close()

    try:
        data = run_async(work)
    except UserError as error:
        click.echo(f"coordinator: {t(error.key, settings.language, **error.params)}", err=True)
        sys.exit(2)
    output.write_bytes(data)
    click.echo(f"wrote {output} ({data.count(b'BEGIN:VEVENT')} shifts)", err=True)


def feed_routes_for(app: App) -> list[Any]:
    """The calendar feed routes, answering from the stored, published roster."""
    from coordinator.calendar.feeds import feed_routes

    return feed_routes(_lookup(app))


def _lookup(app: App):  # noqa: ANN202
    async def lookup(token: str) -> bytes | None:
        async with app.uow() as uow:
            return await calendar.feed_for(uow, app.settings, token, app.today())

    return lookup

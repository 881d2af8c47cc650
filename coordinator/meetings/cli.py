"""``coordinator meetings``: the meetings held and scheduled, and their minutes as the file the team received."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from sqlalchemy import select

from coordinator.cli_support import run_async, settings_or_exit
from coordinator.core.errors import UserError
from coordinator.i18n import t
from coordinator.meetings import messages as _messages  # noqa: F401
from coordinator.meetings import store
from coordinator.meetings.models import Meeting


@click.group()
def meetings() -> None:
    """Meetings: list them, export their minutes."""


@meetings.command("list")
def list_command() -> None:
    """Every meeting: number, date and time, host, state."""
    settings = settings_or_exit()

    async def work() -> list[str]:
        from coordinator.app import build_app

        app = await build_app(settings)
        try:
            async with app.uow() as uow:
                names = await store.names(uow)
                rows = (await uow.session.scalars(select(Meeting).order_by(Meeting.number))).all()
                lang = settings.language
                return [t("meeting.cli_line", lang, number=m.number, title=m.title,
                          when=f"{m.starts_at.astimezone(settings.zone):%Y-%m-%d %H:%M}",
                          host=names.get(m.chair_id or m.host_id, "?"), state=t(f"meeting.state.{m.state}", lang))
                        for m in rows]
        finally:
            await app.close()

    lines = run_async(work)
    for line in lines or [t("meeting.cli_none", settings.language)]:
        click.echo(line)


@meetings.command("export")
@click.argument("number", type=click.IntRange(min=1, max=10**6))
@click.option("--format", "form", type=click.Choice(["md"]), default="md", show_default=True,
              help="The file's format (Markdown, as posted and mailed).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the minutes here instead of printing them.")
def export_command(number: int, form: str, output: Path | None) -> None:
    """The minutes of meeting NUMBER, the same file that was posted and mailed."""
    settings = settings_or_exit()

    async def work() -> str:
        from coordinator.app import build_app

        app = await build_app(settings)
        try:
            async with app.uow() as uow:
                meeting = await store.by_number(uow, number)
                if not meeting.minutes:
                    raise UserError("meeting.no_minutes_yet", number=number)
                return meeting.minutes
        finally:
            await app.close()

    try:
        minutes = run_async(work)
    except UserError as error:
        click.echo(f"coordinator: {t(error.key, settings.language, **error.params)}", err=True)
        sys.exit(2)
    if output is None:
        click.echo(minutes, nl=False)
        return
    try:
        output.write_text(minutes, encoding="utf-8")
    except OSError as error:
        reason = error.strerror or type(error).__name__
        click.echo(f"coordinator: {t('meeting.cli_cannot_write', settings.language, path=output, reason=reason)}",
                   err=True)
        sys.exit(2)
    click.echo(f"wrote {output}", err=True)

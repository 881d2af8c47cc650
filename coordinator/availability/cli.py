"""``coordinator availability parse``: the parser as a command, for checks and bulk imports."""

from __future__ import annotations

import json
import sys
from datetime import date

import click

from coordinator.availability.parser import parse_availability
from coordinator.availability.summary import summarize
from coordinator.cli_support import settings_or_exit


@click.group()
def availability() -> None:
    """Availability tools."""


@availability.command("parse")
@click.argument("text", required=False)
@click.option("--ref-date", "ref_date", help="Resolve dates against this day (YYYY-MM-DD); default today.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (the stable contract).")
@click.option("--batch", is_flag=True, help="Read JSON lines {\"text\", \"ref_date\"} from standard input.")
def parse_command(text: str | None, ref_date: str | None, as_json: bool, batch: bool) -> None:
    """Show what the bot understands from TEXT."""
    settings = settings_or_exit()
    default_day = _day(ref_date) if ref_date else date.today()
    if batch:
        for number, line in enumerate(sys.stdin, start=1):
            click.echo(json.dumps(_batch_item(line, number, default_day, settings), ensure_ascii=False))
        return
    if text is None:
        raise click.UsageError("give the TEXT to parse, or --batch to read JSON lines from standard input")
    result = parse_availability(text, default_day, settings.slots)
    if as_json:
        click.echo(json.dumps(result.as_json(settings.language), ensure_ascii=False))
        return
    click.echo(summarize(result.slots, settings.language, settings.slots) or "-")
    for period in result.leave:
        click.echo(f"leave {period.start} – {period.end}")
    if not result.confident:
        click.echo("not confident: the bot would ask instead of guessing")


def _batch_item(line: str, number: int, default_day: date, settings) -> dict:  # noqa: ANN001
    """One input line's result, or an error object in its place: the output stays line for line."""
    refusal = {"error": f"line {number}: expected {{\"text\": \"…\", \"ref_date\": \"YYYY-MM-DD\"}}"}
    try:
        item = json.loads(line)
    except (ValueError, RecursionError):
        return refusal
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        return refusal
    ref_date = item.get("ref_date")
    if ref_date is not None and not isinstance(ref_date, str):
        return refusal
    try:
        day = _day(ref_date) if ref_date else default_day
    except click.BadParameter:
        return refusal
    return parse_availability(item["text"], day, settings.slots).as_json(settings.language)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise click.BadParameter(f"'{text}' is not a date; write it as YYYY-MM-DD.") from None

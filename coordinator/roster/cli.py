"""``coordinator roster …``: solve roster problems and export calendars from the command line."""

from __future__ import annotations

import click


@click.group()
def roster() -> None:
    """Duty rosters: solve, export calendars."""

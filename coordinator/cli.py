"""The ``coordinator`` command line: the trusted administrator's tool."""

from __future__ import annotations

import logging

import click

from coordinator import __version__


@click.group()
@click.version_option(__version__, prog_name="coordinator")
def main() -> None:
    """Coordinator: run a volunteer team from Discord and the command line."""
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def _register_feature_commands() -> None:
    from coordinator.availability.cli import availability
    from coordinator.chat.cli import console, run
    from coordinator.db.cli import db
    from coordinator.roster.cli import roster
    from coordinator.roster.export_cli import ical_command, serve
    from coordinator.team.cli import team

    roster.add_command(ical_command)
    for command in (run, console, db, team, availability, roster, serve):
        main.add_command(command)


_register_feature_commands()

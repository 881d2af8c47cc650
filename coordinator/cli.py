"""The ``coordinator`` command line: the trusted administrator's tool.

Subcommands load lazily from ``SUBCOMMANDS`` so that ``coordinator --help`` and
``coordinator availability parse`` start fast: only the subcommand that runs is imported (the solver, Discord
and the web server stay out otherwise).
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import sys
from dataclasses import dataclass
from importlib.machinery import PathFinder

import click

from coordinator import __version__


@dataclass(frozen=True)
class Subcommand:
    """Where a subcommand lives ("module:attribute"), its one-line help, and commands added to it on load."""

    target: str
    short_help: str
    extras: tuple[str, ...] = ()

    @property
    def module(self) -> str:
        return self.target.partition(":")[0]


# The one-line help is kept here so that listing the subcommands imports none of them;
# tests/app/test_startup.py checks that it matches each command's own docstring.
SUBCOMMANDS: dict[str, Subcommand] = {
    "run": Subcommand(
        "coordinator.chat.cli:run", "Start the bot: Discord when DISCORD_TOKEN is set, otherwise the console."
    ),
    "console": Subcommand(
        "coordinator.chat.cli:console",
        "Chat with the bot in this terminal: lines NAME: message, or NAME #channel: message.",
    ),
    "db": Subcommand("coordinator.db.cli:db", "Database schema."),
    "team": Subcommand("coordinator.team.cli:team", "The team list."),
    "availability": Subcommand("coordinator.availability.cli:availability", "Availability tools."),
    "roster": Subcommand(
        "coordinator.roster.cli:roster",
        "Duty rosters: solve, export calendars.",
        extras=("coordinator.roster.export_cli:ical_command",),
    ),
    "serve": Subcommand(
        "coordinator.roster.export_cli:serve",
        "Serve the calendar feeds over HTTP: /ical/TOKEN.ics for each member and for the team.",
    ),
    "mail": Subcommand("coordinator.mail.cli:mail", "Email: check the mail settings."),
}


def _load(target: str) -> click.Command:
    module_name, _, attribute = target.partition(":")
    command = getattr(importlib.import_module(module_name), attribute)
    if not isinstance(command, click.Command):
        raise TypeError(f"{target} is not a click command")
    return command


def _module_missing(module_name: str) -> bool:
    """True when ``module_name`` does not exist; found on disk without running any package on its path."""
    parts = module_name.split(".")
    spec = importlib.util.find_spec(parts[0])
    for depth in range(1, len(parts)):
        if spec is None or spec.submodule_search_locations is None:
            return True
        name = ".".join(parts[: depth + 1])
        loaded = sys.modules.get(name)
        locations = spec.submodule_search_locations
        spec = loaded.__spec__ if loaded is not None else PathFinder.find_spec(name, locations)
    return spec is None


class LazyGroup(click.Group):
    """A click group whose subcommands are imported only when one of them runs (or shows its own help)."""

    def __init__(self, *args: object, lazy: dict[str, Subcommand], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.lazy = lazy

    def list_commands(self, ctx: click.Context) -> list[str]:
        # A subcommand whose module is not there (yet) is left out of the list, never out of get_command.
        lazy = [name for name, entry in self.lazy.items() if not _module_missing(entry.module)]
        return sorted({*super().list_commands(ctx), *lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        command = super().get_command(ctx, cmd_name)
        if command is not None or cmd_name not in self.lazy:
            return command
        entry = self.lazy[cmd_name]
        command = _load(entry.target)
        if isinstance(command, click.Group):
            for extra in entry.extras:
                command.add_command(_load(extra))
        self.add_command(command, cmd_name)  # loaded once per process
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """List every subcommand with the one-line help from the table, without importing any of them."""
        names = [
            name
            for name in self.list_commands(ctx)
            if name not in self.commands or not self.commands[name].hidden
        ]
        if not names:
            return
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = []
        for name in names:
            if name in self.commands:
                rows.append((name, self.commands[name].get_short_help_str(limit)))
            else:
                placeholder = click.Command(name, help=self.lazy[name].short_help)
                rows.append((name, placeholder.get_short_help_str(limit)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


@click.group(cls=LazyGroup, lazy=SUBCOMMANDS)
@click.version_option(__version__, prog_name="coordinator")
def main() -> None:
    """Coordinator: run a volunteer team from Discord and the command line."""
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

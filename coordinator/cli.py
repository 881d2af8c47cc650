"""The ``coordinator`` command line: the trusted administrator's tool.

Subcommands come from the features' declarations and load lazily, so that ``coordinator --help`` and
``coordinator availability parse`` start fast: only the subcommand that runs is imported (the solver, Discord
and the web server stay out otherwise).
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import sys
from importlib.machinery import PathFinder

import click

from coordinator import __version__
from coordinator.features import features
from coordinator.platform.feature import Subcommand, load


def subcommands() -> dict[str, Subcommand]:
    """Every feature's command-line groups, read from the feature declarations (which import nothing heavy)."""
    return {name: entry for feature in features() for name, entry in feature.cli.items()}


def _load(target: str) -> click.Command:
    command = load(target)
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


SUBCOMMANDS = subcommands()


@click.group(cls=LazyGroup, lazy=SUBCOMMANDS)
@click.version_option(__version__, prog_name="coordinator")
def main() -> None:
    """Coordinator: run a volunteer team from Discord and the command line."""
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

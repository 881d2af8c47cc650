"""A feature as a unit: its commands, timed jobs, tables, command-line groups and HTTP routes, declared once.

Declarations are "module:attribute" strings, so reading them imports nothing heavy: ``coordinator --help``
lists every command-line group without loading the solver, Discord or the web server."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Subcommand:
    """A command-line group ("module:attribute"), its one-line help, and commands added to it on load."""

    target: str
    short_help: str
    extras: tuple[str, ...] = ()

    @property
    def module(self) -> str:
        return self.target.partition(":")[0]


@dataclass(frozen=True, slots=True)
class Feature:
    name: str
    commands: tuple[str, ...] = ()
    """Command registries to include (``CommandRegistry`` objects)."""
    jobs: str = ""
    """A function ``(app) -> {kind: handler}`` for the scheduler."""
    models: tuple[str, ...] = ()
    """Modules whose tables belong to the feature."""
    cli: dict[str, Subcommand] = field(default_factory=dict)
    routes: str = ""
    """A function ``(app) -> [aiohttp route]`` for ``coordinator serve``."""
    calendar_events: str = ""
    """A function ``(uow, settings, since) -> [CalendarEvent]``: the feature's events in the team calendar."""


def load(target: str) -> Any:
    """The object a "module:attribute" string names."""
    module, _, attribute = target.partition(":")
    return getattr(importlib.import_module(module), attribute)

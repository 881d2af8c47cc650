"""Small helpers shared by every ``coordinator`` subcommand."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from typing import TypeVar

import click

from coordinator.settings import Settings, SettingsError, load_settings

T = TypeVar("T")


def settings_or_exit(**overrides: object) -> Settings:
    """Load settings, or stop with one clear line naming the key and the fix."""
    try:
        return load_settings(**overrides)
    except SettingsError as error:
        click.echo(f"coordinator: {error}", err=True)
        sys.exit(2)


def run_async(work: Callable[[], Awaitable[T]]) -> T:
    return asyncio.run(work())

"""Settings from ``coordinator.toml`` in the working directory and ``COORDINATOR_*`` variables (env wins)."""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from coordinator.core.week import DEFAULT_SLOTS, DutySlot
from coordinator.settings_sections import (
    ENV_PREFIX,
    SECTIONS,
    DonationsSettings,
    KannelSettings,
    MeetingsSettings,
    OutreachSettings,
    SettingsError,
    SmtpSettings,
    as_text,
    boolean,
    port_number,
    read_section,
    secret_text,
    whole_number,
)

__all__ = [
    "DonationsSettings", "KannelSettings", "MeetingsSettings", "OutreachSettings",
    "Settings", "SettingsError", "SmtpSettings", "load_settings",
]

LANGUAGES = ("zh", "en")
_SLOT_ITEM = re.compile(r"^\s*([a-z][a-z0-9_]*)\s*=\s*(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})\s*$")


@dataclass(frozen=True)
class Settings:
    """Every setting: the flat keys, then one frozen dataclass per section ([smtp], [kannel] …)."""

    database_url: str = "sqlite+aiosqlite:///coordinator.db"
    timezone: str = "Asia/Shanghai"
    language: str = "zh"
    slots: tuple[DutySlot, ...] = DEFAULT_SLOTS
    availability_channel: str = "availability"
    roster_channel: str = "roster"
    coordinators_channel: str = "coordinators"
    coordinator_roles: tuple[str, ...] = ("coordinator", "协调员")
    discord_token: str = field(default="", repr=False)
    ical_base_url: str = "http://127.0.0.1:8080"
    feed_host: str = "127.0.0.1"
    feed_port: int = 8080
    reminder_minutes: int = 30
    offer_minutes: int = 60
    slot_min: int = 1
    slot_target: int = 2
    slot_max: int = 3
    max_shifts: int = 3
    allow_partial: bool = False
    open_join: bool = False
    smtp: SmtpSettings = field(default_factory=SmtpSettings)
    kannel: KannelSettings = field(default_factory=KannelSettings)
    meetings: MeetingsSettings = field(default_factory=MeetingsSettings)
    donations: DonationsSettings = field(default_factory=DonationsSettings)
    outreach: OutreachSettings = field(default_factory=OutreachSettings)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


_FLAT_KEYS = tuple(key for key in Settings.__dataclass_fields__ if key not in SECTIONS)


def load_settings(
    path: Path | None = None, environ: Mapping[str, str] | None = None, **overrides: Any
) -> Settings:
    """Read settings; raises SettingsError with one line naming the key and the fix."""
    environ = os.environ if environ is None else environ
    raw: dict[str, Any] = _read_toml(path or Path("coordinator.toml"))
    tables = {name: raw.pop(name) for name in SECTIONS if name in raw}
    sections = {
        name: _section(name, tables.get(name, {}), environ, overrides.pop(name, None)) for name in SECTIONS
    }
    settings = Settings(**_flat_settings(raw, environ, overrides), **sections)
    if not settings.slot_min <= settings.slot_target <= settings.slot_max:
        raise SettingsError(
            f"slot_min, slot_target, slot_max: {settings.slot_min}, {settings.slot_target}, {settings.slot_max} "
            "must not decrease; e.g. 1, 2, 3."
        )
    return settings


def _flat_settings(
    raw: dict[str, Any], environ: Mapping[str, str], overrides: Mapping[str, Any]
) -> dict[str, Any]:
    """The flat keys: file, then ``COORDINATOR_<KEY>`` (and DISCORD_TOKEN), then overrides, each converted."""
    unknown = set(raw) - set(_FLAT_KEYS)
    if unknown:
        name = sorted(unknown)[0]
        raise SettingsError(f"coordinator.toml: unknown setting '{name}'; remove it or check its spelling.")
    labels = {key: f"coordinator.toml {key}" for key in raw}
    for key in _FLAT_KEYS:
        env_key = ENV_PREFIX + key.upper()
        if env_key in environ:
            raw[key], labels[key] = environ[env_key], env_key
    if environ.get("DISCORD_TOKEN"):
        raw["discord_token"], labels["discord_token"] = environ["DISCORD_TOKEN"], "DISCORD_TOKEN"
    for key, value in overrides.items():
        if value is not None:
            raw[key], labels[key] = value, key
    return {key: _CONVERTERS.get(key, as_text)(labels[key], value) for key, value in raw.items()}


def _section(name: str, table: Any, environ: Mapping[str, str], override: Any) -> Any:
    """A section from file and env; an override is a ready section or a table used instead of the file's."""
    if isinstance(override, SECTIONS[name]):
        return override
    if override is not None:
        return read_section(name, override, {})
    return read_section(name, table, environ)


def _read_toml(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(f"{path}: not valid TOML ({error}); fix the file or remove it.") from None


def _database_url(key: str, value: Any) -> str:
    url = as_text(key, value)
    if not url.startswith(("sqlite+aiosqlite://", "postgresql+psycopg://")):
        raise SettingsError(
            f"{key}: '{url.split('://')[0]}' is not supported; use sqlite+aiosqlite:///FILE "
            "or postgresql+psycopg://USER@HOST/DB."
        )
    return url


def _timezone(key: str, value: Any) -> str:
    name = as_text(key, value)
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise SettingsError(f"{key}: '{name}' is not a time zone; use an IANA name such as Asia/Shanghai.") from None
    return name


def _language(key: str, value: Any) -> str:
    lang = as_text(key, value).strip().lower()
    if lang not in LANGUAGES:
        raise SettingsError(f"{key}: '{lang}' is not supported; use zh or en.")
    return lang


def _name_list(key: str, value: Any) -> tuple[str, ...]:
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list | tuple) or not all(isinstance(item, str) for item in items):
        raise SettingsError(f"{key}: expected a list of names, e.g. [\"coordinator\", \"协调员\"].")
    return tuple(item.strip() for item in items if item.strip())


def _slots(key: str, value: Any) -> tuple[DutySlot, ...]:
    """Slots as a TOML list of {name, start, end} or as ``morning=09:00-13:00,evening=19:00-22:00``."""
    items = [_slot_from_text(key, part) for part in value.split(",")] if isinstance(value, str) else None
    if items is None:
        if not isinstance(value, list) or not value:
            raise SettingsError(f"{key}: expected a list like [{{name=\"morning\", start=\"09:00\", end=\"13:00\"}}].")
        items = [_slot_from_table(key, entry) for entry in value]
    names = [slot.name for slot in items]
    if len(set(names)) != len(names):
        raise SettingsError(f"{key}: slot names must be different; rename the repeated one.")
    ordered = sorted(items, key=lambda slot: slot.start)
    for earlier, later in zip(ordered, ordered[1:]):
        if later.start < earlier.end:
            raise SettingsError(f"{key}: slots '{earlier.name}' and '{later.name}' overlap; make them follow each other.")
    return tuple(ordered)


def _slot_from_text(key: str, text: str) -> DutySlot:
    match = _SLOT_ITEM.match(text)
    if not match:
        raise SettingsError(f"{key}: '{text.strip()}' is not a slot; write it as name=HH:MM-HH:MM.")
    return _make_slot(key, match.group(1), match.group(2), match.group(3))


def _slot_from_table(key: str, entry: Any) -> DutySlot:
    if not isinstance(entry, dict) or not {"name", "start", "end"} <= set(entry):
        raise SettingsError(f"{key}: each slot needs name, start and end, e.g. {{name=\"evening\", start=\"19:00\", end=\"22:00\"}}.")
    return _make_slot(key, str(entry["name"]), str(entry["start"]), str(entry["end"]))


def _make_slot(key: str, name: str, start: str, end: str) -> DutySlot:
    try:
        begins, ends = time.fromisoformat(start.zfill(5)), time.fromisoformat(end.zfill(5))
    except ValueError:
        raise SettingsError(f"{key}: slot '{name}' has a time that is not HH:MM; write e.g. 09:00.") from None
    if ends <= begins:
        raise SettingsError(f"{key}: slot '{name}' ends before it starts; the end must be later than the start.")
    return DutySlot(name, begins, ends)


_CONVERTERS = {
    "database_url": _database_url,
    "timezone": _timezone,
    "language": _language,
    "slots": _slots,
    "coordinator_roles": _name_list,
    "discord_token": secret_text,
    "open_join": boolean,
    "allow_partial": boolean,
    "feed_port": port_number,
    **{key: whole_number for key in (
        "reminder_minutes", "offer_minutes", "slot_min", "slot_target", "slot_max", "max_shifts"
    )},
}

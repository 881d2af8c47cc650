"""The sections of coordinator.toml (``[smtp]``, ``[kannel]`` …), the converters they share, SettingsError."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import Field, dataclass, field, fields
from typing import Any

ENV_PREFIX = "COORDINATOR_"
_TRUE = ("true", "yes", "1")
_FALSE = ("false", "no", "0")
_LOOPBACK_DOMAIN = "localhost"

Converter = Callable[[str, Any], Any]


class SettingsError(ValueError):
    """A setting is wrong; the message names the key and the fix."""


def as_text(key: str, value: Any) -> str:
    """Text as written."""
    if not isinstance(value, str):
        raise SettingsError(f"{key}: expected text, got {value!r}; put it in quotes.")
    return value


def secret_text(key: str, value: Any) -> str:
    """Text that is never echoed back, not even in an error."""
    if not isinstance(value, str):
        raise SettingsError(f"{key}: expected text; put it in quotes.")
    return value


def whole_number(key: str, value: Any) -> int:
    """A whole number of 0 or more."""
    return _at_least(0, key, value)


def positive_number(key: str, value: Any) -> int:
    """A whole number of 1 or more."""
    return _at_least(1, key, value)


LARGEST = 1_000_000
"""No count or number of minutes the team sets comes near this; a larger one is a typo."""


def _at_least(smallest: int, key: str, value: Any) -> int:
    text = str(value).strip()
    if isinstance(value, bool) or not text.isascii() or not text.isdigit() or len(text) > 7 or int(text) < smallest:
        raise SettingsError(
            f"{key}: expected a whole number of {smallest} or more, got {str(value)[:20]!r}; write e.g. 30."
        )
    if int(text) > LARGEST:
        raise SettingsError(f"{key}: {text} is far too large; use a number up to {LARGEST}, e.g. 30.")
    return int(text)


def port_number(key: str, value: Any) -> int:
    """A TCP port, 1 to 65535."""
    port = _at_least(1, key, value)
    if port > 65535:
        raise SettingsError(f"{key}: {port} is not a port; use a number from 1 to 65535, e.g. 587.")
    return port


def boolean(key: str, value: Any) -> bool:
    """A TOML boolean, or true/false/yes/no/1/0 as text."""
    if isinstance(value, bool):
        return value
    word = value.strip().lower() if isinstance(value, str) else None
    if word in _TRUE or word in _FALSE:
        return word in _TRUE
    raise SettingsError(f"{key}: expected true or false, got {value!r}; write true or false.")


def email_address(key: str, value: Any) -> str:
    """One email address, checked offline; ``name@localhost`` (a local relay) is allowed."""
    from email_validator import EmailNotValidError, validate_email  # here, not at the top: ~20 ms at start-up

    text = as_text(key, value).strip()
    local, _, domain = text.rpartition("@")
    probe = f"{local}@localhost.localdomain" if domain.lower() == _LOOPBACK_DOMAIN else text
    try:
        validate_email(probe, check_deliverability=False, globally_deliverable=False)
    except EmailNotValidError as error:
        reason = str(error).rstrip(".")
        raise SettingsError(
            f"{key}: '{text}' is not an email address ({reason}); write e.g. team@example.org."
        ) from None
    return text


def email_list(key: str, value: Any) -> tuple[str, ...]:
    """A TOML list of addresses, or addresses separated by commas."""
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list | tuple) or not all(isinstance(item, str) for item in items):
        raise SettingsError(f"{key}: expected a list of addresses, e.g. [\"team@example.org\"].")
    return tuple(email_address(key, item) for item in items if item.strip())


def name_list(key: str, value: Any) -> tuple[str, ...]:
    """A TOML list of short names, or names separated by commas; at least one, none repeated."""
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list | tuple) or not all(isinstance(item, str) for item in items):
        raise SettingsError(f"{key}: expected a list of names, e.g. [\"在线组\", \"其他\"].")
    names = tuple(" ".join(item.split()) for item in items if item.strip())
    if not names or len(set(names)) != len(names) or any(len(name) > 40 for name in names):
        raise SettingsError(f"{key}: give one or more different names of up to 40 characters, e.g. 在线组,其他.")
    return names


def web_address(key: str, value: Any) -> str:
    """An http(s) URL."""
    url = as_text(key, value).strip()
    if not url.startswith(("http://", "https://")):
        raise SettingsError(f"{key}: '{url}' is not a web address; write it as http://HOST:PORT/PATH.")
    return url


def optional_web_address(key: str, value: Any) -> str:
    """An http(s) URL, or empty for none."""
    return web_address(key, value) if as_text(key, value).strip() else ""


def setting(default: Any, convert: Converter, *, key: str | None = None, secret: bool = False) -> Any:
    """A section field: its converter, and its key in the file when that differs from the field's name."""
    return field(default=default, repr=not secret, metadata={"convert": convert, "key": key})


@dataclass(frozen=True)
class SmtpSettings:
    """``[smtp]``: the server the mailer sends through."""

    host: str = setting("127.0.0.1", as_text)
    port: int = setting(25, port_number)
    username: str = setting("", as_text)
    password: str = setting("", secret_text, secret=True)
    from_address: str = setting("coordinator@localhost", email_address, key="from")
    starttls: bool = setting(False, boolean)
    tls: bool = setting(False, boolean)
    timeout_seconds: int = setting(30, positive_number)

    def __post_init__(self) -> None:
        if self.starttls and self.tls:
            raise SettingsError(
                "[smtp] starttls and tls are both true; choose one: starttls (usually port 587) "
                "or tls (implicit TLS, usually port 465)."
            )


@dataclass(frozen=True)
class KannelSettings:
    """``[kannel]``: the Kannel gateway's sendsms interface."""

    sendsms_url: str = setting("http://127.0.0.1:13013/cgi-bin/sendsms", web_address)
    username: str = setting("", as_text)
    password: str = setting("", secret_text, secret=True)
    sender: str = setting("", as_text)
    dlr_url: str = setting("", optional_web_address)
    timeout_seconds: int = setting(30, positive_number)


DEFAULT_SECTIONS = ("在线组", "短信平台", "物资捐赠流程", "反馈组", "客服部人员变动", "其他")


@dataclass(frozen=True)
class MeetingsSettings:
    """``[meetings]``: who gets the minutes, when the agenda closes, the sections, where meetings are held."""

    minutes_to: tuple[str, ...] = setting((), email_list)
    agenda_deadline_days: int = setting(2, whole_number)
    sections: tuple[str, ...] = setting(DEFAULT_SECTIONS, name_list)
    place: str = setting("", as_text)
    """Where meetings are held unless scheduled elsewhere (``#voice-channel`` for a Discord voice channel)."""
    channel: str = setting("meetings", as_text)
    """The channel announcements, agendas and minutes are posted in."""


@dataclass(frozen=True)
class DonationsSettings:
    """``[donations]``: how soon a donor must hear back."""

    reply_within_days: int = setting(3, positive_number)


@dataclass(frozen=True)
class OutreachSettings:
    """``[outreach]``: how fast mass messages go out."""

    rate_per_minute: int = setting(60, positive_number)
    batch_size: int = setting(50, positive_number)


SECTIONS: dict[str, type] = {
    "smtp": SmtpSettings,
    "kannel": KannelSettings,
    "meetings": MeetingsSettings,
    "donations": DonationsSettings,
    "outreach": OutreachSettings,
}


def read_section(name: str, table: Any, environ: Mapping[str, str]) -> Any:
    """The section ``name`` from its TOML table and ``COORDINATOR_<NAME>_<KEY>`` variables (env wins)."""
    keyed = _fields_by_key(SECTIONS[name])
    table = _checked_table(name, table, keyed)
    values: dict[str, Any] = {}
    for key, spec in keyed.items():
        env_key = f"{ENV_PREFIX}{name.upper()}_{key.upper()}"
        if env_key in environ:
            values[spec.name] = spec.metadata["convert"](env_key, environ[env_key])
        elif key in table:
            values[spec.name] = spec.metadata["convert"](f"coordinator.toml [{name}] {key}", table[key])
    return SECTIONS[name](**values)


def _fields_by_key(section: type) -> dict[str, Field[Any]]:
    return {spec.metadata["key"] or spec.name: spec for spec in fields(section)}


def _checked_table(name: str, table: Any, keyed: Mapping[str, Field[Any]]) -> Mapping[str, Any]:
    if not isinstance(table, Mapping):
        raise SettingsError(
            f"coordinator.toml {name}: expected a table; write it as [{name}] followed by key = value lines."
        )
    unknown = sorted(set(table) - set(keyed))
    if unknown:
        raise SettingsError(
            f"coordinator.toml: unknown setting [{name}] {unknown[0]}; "
            f"use one of {', '.join(keyed)} or check its spelling."
        )
    return table

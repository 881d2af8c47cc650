"""What the command layer hands back: text, an optional table, buttons, and notices to others."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Tone(StrEnum):
    INFO = "info"
    SUCCESS = "success"
    QUESTION = "question"
    REFUSAL = "refusal"


@dataclass(frozen=True, slots=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str = ""
    picture: bool = False
    """Also draw it as a picture where the front end can (a week grid, a roster: read on phones)."""
    lead: bool = False
    """Show it before the text (a draft: the week first, then what it lacks and why)."""


@dataclass(frozen=True, slots=True)
class Button:
    """A button that runs ``command`` with ``args`` for whoever presses it."""

    label: str
    command: str
    args: Mapping[str, str] = field(default_factory=dict)
    danger: bool = False


@dataclass(frozen=True, slots=True)
class FormField:
    name: str
    label: str
    long: bool = False
    required: bool = True


@dataclass(frozen=True, slots=True)
class Form:
    """Fields to fill in, then ``command`` runs with them (a Discord modal; ``name:value`` in the console)."""

    title: str
    command: str
    fields: tuple[FormField, ...]

    MAX_FIELDS = 5

    def __post_init__(self) -> None:
        if not 0 < len(self.fields) <= self.MAX_FIELDS:
            raise ValueError(f"a form holds 1 to {self.MAX_FIELDS} fields")


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file sent with a message: Discord uploads it, the console saves it under ./coordinator-files/."""

    name: str
    data: bytes
    mime: str = "application/octet-stream"


@dataclass(frozen=True, slots=True)
class Recipient:
    """Whom a notice is for, as an identifier each front end resolves."""

    kind: str
    ref: str
    label: str = ""

    MEMBER = "member"
    CHANNEL = "channel"
    THREAD = "thread"
    PRIVATE_THREAD = "private-thread"

    @classmethod
    def member(cls, member_id: int, name: str) -> Recipient:
        return cls(cls.MEMBER, str(member_id), name)

    @classmethod
    def channel(cls, name: str) -> Recipient:
        return cls(cls.CHANNEL, name, f"#{name}")

    @classmethod
    def thread(cls, name: str, parent: str, *, private: bool = False) -> Recipient:
        """A thread under ``parent`` (opened on first use); the console shows it as the channel ``#name``."""
        return cls(cls.PRIVATE_THREAD if private else cls.THREAD, f"{parent}/{name}", f"#{name}")

    @property
    def thread_parts(self) -> tuple[str, str]:
        """(parent channel, thread name) of a thread recipient."""
        parent, _, name = self.ref.partition("/")
        return parent, name

    @property
    def member_id(self) -> int | None:
        return int(self.ref) if self.kind == self.MEMBER else None


@dataclass(frozen=True, slots=True)
class Reply:
    text: str
    title: str = ""
    table: Table | None = None
    buttons: tuple[Button, ...] = ()
    private: bool = False
    tone: Tone = Tone.INFO
    key: str = ""
    """The catalogue key of the main message, so tests can assert meaning rather than copy."""
    files: tuple[Attachment, ...] = ()
    form: Form | None = None
    replaces: str = ""
    thread: str = ""
    """Open a thread of this name on the answer (a meeting's, a case's); later lines there are its own place."""

    @classmethod
    def refusal(cls, text: str, key: str = "") -> Reply:
        return cls(text=text, private=True, tone=Tone.REFUSAL, key=key)


@dataclass(frozen=True, slots=True)
class Notice:
    """A message to someone other than the asker; it goes through the outbox."""

    to: Recipient
    text: str
    title: str = ""
    table: Table | None = None
    buttons: tuple[Button, ...] = ()
    key: str = ""
    files: tuple[Attachment, ...] = ()
    replaces: str = ""
    """A stable name for this message: delivering another notice with the same name edits it instead."""

    def as_reply(self) -> Reply:
        return Reply(text=self.text, title=self.title, table=self.table, buttons=self.buttons, key=self.key,
                     files=self.files, replaces=self.replaces)


def reply_to_body(reply: Reply) -> dict[str, Any]:
    """A reply as JSON, for the outbox."""
    body: dict[str, Any] = {"text": reply.text, "title": reply.title, "tone": reply.tone.value, "key": reply.key,
                            "replaces": reply.replaces}
    if reply.table is not None:
        body["table"] = {"headers": list(reply.table.headers), "rows": [list(r) for r in reply.table.rows],
                         "caption": reply.table.caption, "picture": reply.table.picture, "lead": reply.table.lead}
    if reply.buttons:
        body["buttons"] = [{"label": b.label, "command": b.command, "args": dict(b.args), "danger": b.danger}
                           for b in reply.buttons]
    if reply.files:
        body["files"] = [{"name": f.name, "mime": f.mime, "data": base64.b64encode(f.data).decode()}
                         for f in reply.files]
    return body


def reply_from_body(body: Mapping[str, Any]) -> Reply:
    table = body.get("table")
    return Reply(
        text=body.get("text", ""), title=body.get("title", ""), tone=Tone(body.get("tone", Tone.INFO)),
        key=body.get("key", ""), replaces=body.get("replaces", ""),
        table=Table(tuple(table["headers"]), tuple(tuple(r) for r in table["rows"]), table.get("caption", ""),
                    table.get("picture", False), table.get("lead", False))
        if table else None,
        buttons=tuple(Button(b["label"], b["command"], b.get("args", {}), b.get("danger", False))
                      for b in body.get("buttons", ())),
        files=tuple(Attachment(f["name"], base64.b64decode(f["data"]), f.get("mime", "application/octet-stream"))
                    for f in body.get("files", ())),
    )

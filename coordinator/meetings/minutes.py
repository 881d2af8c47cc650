"""The minutes as the team writes them (会议纪要), in Markdown: pure, data in, text out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from coordinator.i18n import t
from coordinator.meetings import messages as _messages  # noqa: F401
from coordinator.meetings.domain import Kind, one_line


@dataclass(frozen=True, slots=True)
class MinutesItem:
    kind: Kind
    text: str
    owner: str | None = None
    due: date | None = None
    done: bool = False
    number: int | None = None
    """The meeting an item carried over was raised in."""


@dataclass(frozen=True, slots=True)
class Attendee:
    name: str
    voice_minutes: int = 0


@dataclass(frozen=True, slots=True)
class Absentee:
    name: str
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class NextMeeting:
    number: int
    starts_at: datetime
    host: str


@dataclass(frozen=True, slots=True)
class MinutesData:
    title: str
    number: int
    place: str
    starts_at: datetime
    started_at: datetime
    ended_at: datetime
    host: str
    chair: str
    stand_in_reason: str | None
    recorder: str | None
    present: tuple[Attendee, ...]
    absent: tuple[Absentee, ...]
    sections: tuple[tuple[str, tuple[MinutesItem, ...]], ...]
    carried: tuple[MinutesItem, ...]
    next: NextMeeting | None = None


def long_date(day: date, lang: str) -> str:
    return t("date.year_month_day", lang, year=day.year, month=t(f"month.{day.month}", lang), day=day.day)


def file_name(number: int) -> str:
    return f"meeting-{number}-minutes.md"


def render_minutes(data: MinutesData, lang: str) -> str:
    """Title, date, 第N期, time and place, host, recorder, attendance, sections, carried-over items, next meeting."""
    lines = [t("minutes.heading", lang, title=one_line(data.title), number=data.number,
               date=long_date(data.starts_at.date(), lang), place=one_line(data.place)), ""]
    lines += _header(data, lang)
    if data.carried:
        lines += ["", t("minutes.carried_heading", lang), ""]
        lines += [f"{index}. {_item(item, lang)}" for index, item in enumerate(data.carried, 1)]
    for section, items in data.sections:
        lines += ["", f"## {one_line(section)}", ""]
        if not items:
            lines.append(t("minutes.nothing", lang))
        lines += [f"{index}. {_item(item, lang)}" for index, item in enumerate(items, 1)]
    lines += ["", t("minutes.next_heading", lang), ""]
    if data.next is None:
        lines.append(t("minutes.next_unknown", lang))
    else:
        lines.append(t("minutes.next_line", lang, number=data.next.number, host=data.next.host,
                       date=long_date(data.next.starts_at.date(), lang), time=f"{data.next.starts_at:%H:%M}"))
    return "\n".join(lines) + "\n"


def _header(data: MinutesData, lang: str) -> list[str]:
    separator = t("list.separator", lang)
    host = data.chair
    if data.chair != data.host:
        host = t("minutes.stand_in", lang, chair=data.chair, host=data.host,
                 reason=one_line(data.stand_in_reason or ""))
    present = separator.join(_attendee(person, lang) for person in data.present) or t("minutes.nobody", lang)
    absent = separator.join(_absentee(person, lang) for person in data.absent) or t("minutes.nobody", lang)
    return [
        t("minutes.date", lang, date=long_date(data.starts_at.date(), lang), number=data.number),
        t("minutes.time", lang, start=f"{data.started_at:%H:%M}", end=f"{data.ended_at:%H:%M}"),
        t("minutes.place", lang, place=one_line(data.place)),
        t("minutes.host", lang, host=host),
        t("minutes.recorder", lang, name=data.recorder or t("minutes.nobody", lang)),
        t("minutes.present", lang, names=present),
        t("minutes.absent", lang, names=absent),
    ]


def _attendee(person: Attendee, lang: str) -> str:
    if person.voice_minutes:
        return t("minutes.attended_for", lang, name=person.name, minutes=person.voice_minutes)
    return person.name


def _absentee(person: Absentee, lang: str) -> str:
    reason = one_line(person.reason) if person.reason else t("minutes.no_reason", lang)
    return t("minutes.absent_because", lang, name=person.name, reason=reason)


def _item(item: MinutesItem, lang: str) -> str:
    text = one_line(item.text)
    if item.kind == Kind.DECISION:
        return t("minutes.decision", lang, text=text)
    if item.kind == Kind.NOTE:
        return text
    owner = item.owner or t("minutes.no_owner", lang)
    due = t("minutes.due", lang, date=long_date(item.due, lang)) if item.due else ""
    state = t("minutes.done" if item.done else "minutes.open", lang)
    origin = t("minutes.from_meeting", lang, number=item.number) if item.number else ""
    return t("minutes.action", lang, text=text, owner=owner, due=due, state=state, origin=origin)

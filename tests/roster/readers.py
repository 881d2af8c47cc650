"""Three independent readers of iCalendar data, each reduced to what a calendar app shows of an event."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import icalendar
import vobject  # type: ignore[import-untyped]
from ical.calendar_stream import IcsCalendarStream


@dataclass(frozen=True, order=True)
class Seen:
    """What a reader makes of one event."""

    uid: str
    start: datetime
    end: datetime
    status: str
    sequence: int
    summary: str


def forget_vobject_zones() -> None:
    """vobject keeps the first VTIMEZONE it meets for each TZID for the whole process; each feed must stand alone."""
    registry = vars(vobject.icalendar)["__tzidMap"]
    for tzid in [tzid for tzid in registry if tzid != "UTC"]:
        del registry[tzid]


def read_with_vobject(data: bytes) -> list[Seen]:
    forget_vobject_zones()
    calendar = vobject.readOne(data.decode("utf-8"))
    return sorted(
        Seen(
            event.uid.value,
            event.dtstart.value.astimezone(UTC),
            event.dtend.value.astimezone(UTC),
            event.status.value,
            int(event.sequence.value),
            event.summary.value,
        )
        for event in calendar.contents.get("vevent", [])
    )


def in_utc(moment: object) -> datetime:
    assert isinstance(moment, datetime), f"not a date-time: {moment!r}"
    return moment.astimezone(UTC)


def read_with_ical(data: bytes) -> list[Seen]:
    calendar = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    return sorted(
        Seen(
            event.uid or "",
            in_utc(event.dtstart),
            in_utc(event.end),
            str(event.status.value if event.status else ""),
            event.sequence or 0,
            event.summary or "",
        )
        for event in calendar.events
    )


def read_with_icalendar(data: bytes) -> list[Seen]:
    calendar = icalendar.Calendar.from_ical(data)
    return sorted(
        Seen(
            str(event["UID"]),
            event.decoded("DTSTART").astimezone(UTC),
            event.decoded("DTEND").astimezone(UTC),
            str(event["STATUS"]),
            int(str(event["SEQUENCE"])),
            str(event["SUMMARY"]),
        )
        for event in calendar.walk("VEVENT")
    )

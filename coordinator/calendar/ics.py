"""Events as an iCalendar feed (RFC 5545) that Google, Apple and Outlook calendars can subscribe to.

Pure: events in, bytes out; the same input always gives the same bytes. Duty shifts and meetings both use it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vDuration, vText

PRODID = "-//coordinator//calendar//EN"
UID_DOMAIN = "coordinator"
REFRESH_INTERVAL = timedelta(hours=1)
ATTENDEES_MARK = "👥"

_LOOKBACK = timedelta(days=366)
_LOOKAHEAD = timedelta(days=1)
_SCAN_STEP = 86_400
_LINE_BREAK = re.compile(r"\r\n|[\r\u2028\u2029]")


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One event as it appears in a calendar: a shift, a meeting."""

    uid: str
    title: str
    start: datetime
    end: datetime
    sequence: int = 0
    cancelled: bool = False
    description: str = ""
    attendees: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.uid:
            raise ValueError("a calendar event needs a uid")
        if _is_naive(self.start) or _is_naive(self.end):
            raise ValueError(f"event {self.uid}: start and end must carry a time zone")
        if self.end <= self.start:
            raise ValueError(f"event {self.uid}: ends before it starts")
        if self.sequence < 0:
            raise ValueError(f"event {self.uid}: sequence cannot be negative")


@dataclass(frozen=True, slots=True)
class _Observance:
    """A STANDARD or DAYLIGHT sub-component: the zone moves from ``offset_from`` to ``offset_to``."""

    daylight: bool
    offset_from: timedelta
    offset_to: timedelta
    name: str


def render_calendar(events: Iterable[CalendarEvent], *, name: str, timezone: str, stamp: datetime) -> bytes:
    """The events as an RFC 5545 ``METHOD:PUBLISH`` calendar; the same input always gives the same bytes.

    Every zone written gets a VTIMEZONE, and so does ``timezone`` (so that even an empty feed is valid).
    """
    if _is_naive(stamp):
        raise ValueError("the calendar stamp must carry a time zone")
    zone = ZoneInfo(timezone)
    ordered = sorted(events, key=lambda event: (event.start, event.end, event.uid))
    _require_unique_uids(ordered)
    placed = [(event, _wall_time(event.start, zone), _wall_time(event.end, zone)) for event in ordered]
    spans = _zone_spans(moment for _, start, end in placed for moment in (start, end))
    spans.setdefault(zone.key, (zone, stamp, stamp))
    calendar = _calendar(name, timezone)
    for key in sorted(spans):
        calendar.add_component(_vtimezone(*spans[key]))
    for event, start, end in placed:
        calendar.add_component(_vevent(event, start, end, stamp.astimezone(UTC)))
    data: bytes = calendar.to_ical()
    return data


def _is_naive(moment: datetime) -> bool:
    return moment.tzinfo is None or moment.utcoffset() is None


def _require_unique_uids(shifts: list[CalendarEvent]) -> None:
    seen: set[str] = set()
    for shift in shifts:
        if shift.uid in seen:
            raise ValueError(f"two shifts share the uid {shift.uid}")
        seen.add(shift.uid)


def _wall_time(moment: datetime, default: ZoneInfo) -> datetime:
    """``moment`` in its own IANA zone (else ``default``), or in UTC when that wall time is ambiguous."""
    zone = moment.tzinfo if isinstance(moment.tzinfo, ZoneInfo) else default
    local = moment.astimezone(UTC).astimezone(zone)
    if local.replace(fold=1 - local.fold).utcoffset() != local.utcoffset():
        return local.astimezone(UTC)
    return local


def _zone_spans(moments: Iterable[datetime]) -> dict[str, tuple[ZoneInfo, datetime, datetime]]:
    """Each IANA zone written, by name, with the first and last instant written in it."""
    spans: dict[str, tuple[ZoneInfo, datetime, datetime]] = {}
    for moment in moments:
        zone = moment.tzinfo
        if isinstance(zone, ZoneInfo):
            _, first, last = spans.get(zone.key, (zone, moment, moment))
            spans[zone.key] = (zone, min(first, moment), max(last, moment))
    return spans


def _calendar(name: str, timezone: str) -> Calendar:
    calendar = Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", PRODID)
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", _plain(name))
    calendar.add("x-wr-timezone", timezone)
    calendar.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(REFRESH_INTERVAL))
    return calendar


def _vevent(shift: CalendarEvent, start: datetime, end: datetime, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", shift.uid)
    event.add("dtstamp", stamp)
    _add_time(event, "dtstart", start)
    _add_time(event, "dtend", end)
    event.add("sequence", shift.sequence)
    event.add("status", "CANCELLED" if shift.cancelled else "CONFIRMED")
    event.add("summary", _Text(_plain(shift.title)))
    description = _description(shift)
    if description:
        event.add("description", _Text(description))
    return event


def _add_time(event: Event, name: str, moment: datetime) -> None:
    """``DTSTART;TZID=Zone:local`` for a moment in an IANA zone, ``…Z`` for one in UTC."""
    if isinstance(moment.tzinfo, ZoneInfo):
        event.add(name, moment.replace(tzinfo=None), parameters={"TZID": moment.tzinfo.key})
    else:
        event.add(name, moment)


def _description(shift: CalendarEvent) -> str:
    """The shift's description, then who else is on it (by name: RFC 5546 bars ATTENDEE from PUBLISH)."""
    parts = [shift.description] if shift.description else []
    if shift.attendees:
        parts.append(f"{ATTENDEES_MARK} {' · '.join(shift.attendees)}")
    return _plain("\n\n".join(parts))


class _Text(vText):
    """TEXT escaped as RFC 5545 says, backslash first: icalendar's own escaping turns a written ``\\N`` into a
    line break."""

    def to_ical(self) -> bytes:
        escaped = str(self).replace("\\", "\\\\").replace(";", r"\;").replace(",", r"\,").replace("\n", r"\n")
        return escaped.encode(self.encoding)


def _plain(text: str) -> str:
    """``text`` as RFC 5545 TEXT allows it: every line break a newline, no other control characters."""
    text = _LINE_BREAK.sub("\n", text)
    return "".join(char for char in text if char in "\n\t" or unicodedata.category(char) != "Cc")


def _vtimezone(zone: ZoneInfo, first: datetime, last: datetime) -> Timezone:
    """The zone's VTIMEZONE for ``first``…``last``: one sub-component per change, in order.

    Each onset is given as RDATE as well as DTSTART (the same thing per RFC 5545), since some readers
    ignore an observance that has neither RRULE nor RDATE, and some read only the first of several
    RDATE values, which is why changes are not grouped.
    """
    timezone = Timezone()
    timezone.add("tzid", zone.key)
    for observance, onset in _observances(zone, first, last):
        timezone.add_component(_observance_component(observance, onset))
    return timezone


def _observance_component(observance: _Observance, onset: datetime) -> TimezoneStandard | TimezoneDaylight:
    component = TimezoneDaylight() if observance.daylight else TimezoneStandard()
    component.add("dtstart", onset)
    component.add("rdate", onset)
    component.add("tzoffsetfrom", observance.offset_from)
    component.add("tzoffsetto", observance.offset_to)
    component.add("tzname", observance.name)
    return component


def _observances(zone: ZoneInfo, first: datetime, last: datetime) -> list[tuple[_Observance, datetime]]:
    """Each observance with its onset (local time), from the one in force at ``first`` to ``last``."""
    begin = int((first - _LOOKBACK).timestamp())
    changes = list(_changes(zone, begin, int((last + _LOOKAHEAD).timestamp())))
    earlier = [change for change in changes if change <= first.timestamp()]
    later = [change for change in changes if change > first.timestamp()]
    opening = _change_at(zone, earlier[-1]) if earlier else _steady_since(zone, begin)
    return [opening, *(_change_at(zone, change) for change in later)]


def _change_at(zone: ZoneInfo, change: int) -> tuple[_Observance, datetime]:
    """The observance that starts at the Unix time ``change``, and its onset in the old local time."""
    offset_from = _offset(_local(zone, change - 1))
    now = _local(zone, change)
    onset = datetime.fromtimestamp(change, UTC).replace(tzinfo=None) + offset_from
    return _Observance(bool(now.dst()), offset_from, _offset(now), now.tzname() or zone.key), onset


def _steady_since(zone: ZoneInfo, moment: int) -> tuple[_Observance, datetime]:
    """For a zone that did not change near ``moment``: its observance then, from that local midnight."""
    local = _local(zone, moment)
    offset = _offset(local)
    observance = _Observance(bool(local.dst()), offset, offset, local.tzname() or zone.key)
    return observance, datetime.combine(local.date(), time())


def _changes(zone: ZoneInfo, begin: int, end: int) -> Iterator[int]:
    """Unix times in (begin, end] at which the zone's offset, DST flag or abbreviation changes."""
    for low in range(begin, end, _SCAN_STEP):
        high = min(low + _SCAN_STEP, end)
        if _rule(zone, low) != _rule(zone, high):
            yield _first_change(zone, low, high)


def _first_change(zone: ZoneInfo, low: int, high: int) -> int:
    """Bisect to the second: the rule at ``low`` differs from the rule at ``high``."""
    before = _rule(zone, low)
    while high - low > 1:
        middle = (low + high) // 2
        if _rule(zone, middle) == before:
            low = middle
        else:
            high = middle
    return high


def _rule(zone: ZoneInfo, moment: int) -> tuple[timedelta | None, timedelta | None, str | None]:
    local = _local(zone, moment)
    return local.utcoffset(), local.dst(), local.tzname()


def _local(zone: ZoneInfo, moment: int) -> datetime:
    return datetime.fromtimestamp(moment, zone)


def _offset(local: datetime) -> timedelta:
    offset = local.utcoffset()
    if offset is None:
        raise ValueError(f"{local.tzinfo} gives no UTC offset")
    return offset

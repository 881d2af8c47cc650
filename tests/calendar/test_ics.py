"""Calendar feeds: RFC 5545 structure, folding of Chinese text, time zones, and two independent readers."""

from __future__ import annotations

import importlib.resources
import re
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from coordinator.calendar.ics import CalendarEvent, render_calendar
from coordinator.core.week import DAYS, DEFAULT_SLOTS, DutySlot, iso_week_label
from coordinator.roster.shift_times import shift_uid, week_shift_times
from tests.roster.readers import Seen, read_with_ical, read_with_icalendar, read_with_vobject

SHANGHAI = ZoneInfo("Asia/Shanghai")
BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = date(2026, 11, 30)
STAMP = datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)
SLOTS = {slot.name: slot for slot in DEFAULT_SLOTS}
SLOT_NAMES_ZH = {"morning": "上午", "afternoon": "下午", "evening": "晚上"}
PEOPLE = (("KF001", "廖丹"), ("KF007", "熊宝宝"), ("KF012", "颜夏"), ("KF020", "欧阳小静"))
BRIEFING = "请提前十分钟登录客服后台，查看交接记录和统一口径；物资捐赠咨询请按流程登记，反馈时注明捐助人与西部老师的联系情况。"


def make_shift(
    monday: date, day: str, slot: str, staff: tuple[str, str], zone: ZoneInfo = SHANGHAI, **changes: object
) -> CalendarEvent:
    staff_id, name = staff
    start, end = week_shift_times(monday, day, SLOTS[slot], zone)
    shift = CalendarEvent(
        uid=shift_uid(iso_week_label(monday), day, slot, staff_id),
        title=f"值班 {SLOT_NAMES_ZH[slot]} · {name}（客服热线与物资捐赠咨询）",
        start=start,
        end=end,
        description=BRIEFING,
        attendees=tuple(other for _, other in PEOPLE if other != name),
    )
    return replace(shift, **changes)  # type: ignore[arg-type]


def team_week(monday: date = MONDAY, zone: ZoneInfo = SHANGHAI) -> list[CalendarEvent]:
    """A week of shifts: every slot of every day, one cancelled, some changed more than once."""
    shifts = []
    for index, (day, slot) in enumerate((day, slot) for day in DAYS for slot in SLOTS):
        staff = PEOPLE[index % len(PEOPLE)]
        shifts.append(make_shift(monday, day, slot, staff, zone, sequence=index % 3, cancelled=index == 4))
    return shifts


def berlin_year() -> list[CalendarEvent]:
    """Sunday mornings in Berlin through a whole year, both sides of both DST changes."""
    mondays = [date(2026, 1, 5) + timedelta(weeks=week) for week in range(53)]
    return [make_shift(monday, "sun", "morning", PEOPLE[0], BERLIN) for monday in mondays]


def mixed_feed() -> list[CalendarEvent]:
    return team_week()[:6] + berlin_year()[10:16] + berlin_year()[40:46]


FEEDS = {
    "shanghai-week": team_week,
    "berlin-year": berlin_year,
    "mixed-zones": mixed_feed,
    "empty": list,
}


def render(shifts: list[CalendarEvent], timezone: str = "Asia/Shanghai") -> bytes:
    return render_calendar(shifts, name="客服值班表 · 第49周 · 全体志愿者", timezone=timezone, stamp=STAMP)


def physical_lines(data: bytes) -> list[bytes]:
    assert data.endswith(b"\r\n")
    return data[: -len(b"\r\n")].split(b"\r\n")


def unfolded_lines(data: bytes) -> list[str]:
    return [
        line.decode("utf-8") for line in physical_lines(data.replace(b"\r\n ", b"").replace(b"\r\n\t", b""))
    ]


def property_values(data: bytes, name: str) -> list[str]:
    """Values of every ``NAME:`` or ``NAME;…:`` line, parameters included."""
    return [line[len(name) :] for line in unfolded_lines(data) if re.match(rf"{name}[;:]", line)]


def expected(shifts: list[CalendarEvent]) -> list[Seen]:
    return sorted(
        Seen(
            shift.uid,
            shift.start.astimezone(UTC),
            shift.end.astimezone(UTC),
            "CANCELLED" if shift.cancelled else "CONFIRMED",
            shift.sequence,
            shift.title,
        )
        for shift in shifts
    )


def copy_of_zone(key: str, new_key: str) -> ZoneInfo:
    """The zone under a name no reader knows, so readers must go by the VTIMEZONE alone."""
    with importlib.resources.files("tzdata.zoneinfo").joinpath(key).open("rb") as tzif:
        return ZoneInfo.from_file(tzif, key=new_key)


# Lines, folding and escaping


@pytest.mark.parametrize("feed", FEEDS)
def test_every_line_ends_in_crlf_and_fits_75_octets(feed: str) -> None:
    data = render(FEEDS[feed]())
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert b"\r" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in physical_lines(data))


def test_long_chinese_text_is_folded_between_characters() -> None:
    data = render(team_week())
    continuations = [line for line in physical_lines(data) if line.startswith(b" ")]
    assert any(re.search(rb"[\x80-\xff]", line) for line in continuations), (
        "the Chinese text was never folded"
    )
    for line in physical_lines(data):
        line.decode("utf-8")
        if line.startswith(b" "):
            assert not 0x80 <= line[1] <= 0xBF, f"a line starts inside a character: {line!r}"


def test_unfolding_restores_the_text_exactly() -> None:
    shifts = team_week()
    data = render(shifts)
    summaries = property_values(data, "SUMMARY")
    assert sorted(summaries) == sorted(f":{shift.title}" for shift in shifts)
    description = f":{BRIEFING}\\n\\n👥 熊宝宝 · 颜夏 · 欧阳小静"
    assert description in property_values(data, "DESCRIPTION")
    assert property_values(data, "X-WR-CALNAME") == [":客服值班表 · 第49周 · 全体志愿者"]


@settings(max_examples=150, deadline=None)
@given(title=st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=120))
@example(title="\\N")
@example(title="C:\\Notes; a, b")
def test_any_title_folds_safely_and_reads_back(title: str) -> None:
    shift = make_shift(MONDAY, "mon", "evening", PEOPLE[1], title=title)
    data = render([shift])
    for line in physical_lines(data):
        assert len(line) <= 75
        line.decode("utf-8")
    assert [seen.summary for seen in read_with_icalendar(data)] == [title]
    assert [seen.summary for seen in read_with_vobject(data)] == [title]


def test_control_characters_cannot_break_out_of_a_property() -> None:
    shift = make_shift(
        MONDAY,
        "tue",
        "morning",
        PEOPLE[2],
        title="交接\r\nATTENDEE:mailto:x@example.org\u2028X\x00",
        attendees=(),
    )
    data = render([shift])
    assert not any(line.startswith(("ATTENDEE", "X\x00")) for line in unfolded_lines(data))
    assert [seen.summary for seen in read_with_vobject(data)] == ["交接\nATTENDEE:mailto:x@example.org\nX"]


def test_attendees_appear_by_name_only() -> None:
    data = render(team_week())
    assert not property_values(data, "ATTENDEE")
    assert not property_values(data, "ORGANIZER")
    assert b"mailto:" not in data
    assert "廖丹" in property_values(data, "DESCRIPTION")[1]


# Calendar properties


def test_calendar_announces_itself_as_a_published_gregorian_calendar() -> None:
    data = render(team_week())
    lines = unfolded_lines(data)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    for expected_line in (
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-TIMEZONE:Asia/Shanghai",
    ):
        assert expected_line in lines
    assert property_values(data, "PRODID")[0].startswith(":-//")


def test_dtstamp_is_the_given_stamp_in_utc() -> None:
    data = render(team_week())
    assert set(property_values(data, "DTSTAMP")) == {":20261123T020000Z"}
    with pytest.raises(ValueError):
        render_calendar([], name="x", timezone="Asia/Shanghai", stamp=datetime(2026, 11, 23))


def test_sequence_and_status_are_as_given_and_cancelled_shifts_are_kept() -> None:
    shifts = team_week()
    seen = {event.uid: event for event in read_with_icalendar(render(shifts))}
    assert len(seen) == len(shifts)
    for shift in shifts:
        assert seen[shift.uid].sequence == shift.sequence
        assert seen[shift.uid].status == ("CANCELLED" if shift.cancelled else "CONFIRMED")
    assert sum(event.status == "CANCELLED" for event in seen.values()) == 1


def test_uids_are_stable_and_output_is_deterministic() -> None:
    shifts = team_week()
    first = render(shifts)
    assert render(list(reversed(shifts))) == first
    rebuilt = [
        replace(shift, sequence=shift.sequence + 1, title="值班 变更")
        if shift.uid.endswith("KF007@coordinator")
        else shift
        for shift in shifts
    ]
    assert sorted(property_values(render(rebuilt), "UID")) == sorted(property_values(first, "UID"))
    assert shifts[0].uid == "2026-W49-mon-morning-KF001@coordinator"


def test_duplicate_uids_are_refused() -> None:
    shift = make_shift(MONDAY, "mon", "morning", PEOPLE[0])
    with pytest.raises(ValueError, match="share the uid"):
        render([shift, replace(shift, title="again")])


def test_a_shift_needs_aware_times_that_run_forwards() -> None:
    start = datetime(2026, 11, 30, 9)
    with pytest.raises(ValueError):
        CalendarEvent("u@x", "t", start, start + timedelta(hours=4))
    with pytest.raises(ValueError):
        CalendarEvent("u@x", "t", start.replace(tzinfo=SHANGHAI), start.replace(tzinfo=SHANGHAI))


# Time zones


def tzids_used(data: bytes) -> set[str]:
    return {match for line in unfolded_lines(data) for match in re.findall(r";TZID=([^;:]+)", line)}


def tzids_defined(data: bytes) -> list[str]:
    return [value[1:] for value in property_values(data, "TZID")]


@pytest.mark.parametrize("feed", FEEDS)
def test_every_tzid_used_has_exactly_one_vtimezone(feed: str) -> None:
    data = render(FEEDS[feed]())
    defined = tzids_defined(data)
    assert len(defined) == len(set(defined))
    assert tzids_used(data) <= set(defined)
    assert "Asia/Shanghai" in defined


def test_mixed_feed_uses_both_zones() -> None:
    data = render(mixed_feed())
    assert tzids_used(data) == {"Asia/Shanghai", "Europe/Berlin"}
    assert "DTSTART;TZID=Europe/Berlin:20260322T090000" in unfolded_lines(data)
    assert "DTSTART;TZID=Asia/Shanghai:20261130T090000" in unfolded_lines(data)


def vtimezone(data: bytes, tzid: str) -> icalendar.Timezone:
    calendar = icalendar.Calendar.from_ical(data)
    (zone,) = (zone for zone in calendar.walk("VTIMEZONE") if str(zone["TZID"]) == tzid)
    assert isinstance(zone, icalendar.Timezone)
    return zone


def observances(zone: icalendar.Timezone) -> list[tuple[str, datetime, timedelta, timedelta]]:
    return [
        (part.name, part.decoded("DTSTART"), part.decoded("TZOFFSETFROM"), part.decoded("TZOFFSETTO"))
        for part in zone.subcomponents
    ]


def test_berlin_gets_standard_and_daylight_with_their_offsets() -> None:
    hour = timedelta(hours=1)
    zone = vtimezone(render(berlin_year()), "Europe/Berlin")
    assert observances(zone) == [
        ("STANDARD", datetime(2025, 10, 26, 3), 2 * hour, hour),
        ("DAYLIGHT", datetime(2026, 3, 29, 2), hour, 2 * hour),
        ("STANDARD", datetime(2026, 10, 25, 3), 2 * hour, hour),
    ]
    assert [str(part["TZNAME"]) for part in zone.subcomponents] == ["CET", "CEST", "CET"]


def test_shanghai_gets_one_steady_standard_observance() -> None:
    zone = vtimezone(render(team_week()), "Asia/Shanghai")
    ((name, _, offset_from, offset_to),) = observances(zone)
    assert (name, offset_from, offset_to) == ("STANDARD", timedelta(hours=8), timedelta(hours=8))


@pytest.mark.parametrize("key", ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Shanghai"])
def test_readers_place_events_by_the_vtimezone_alone(key: str) -> None:
    zone = copy_of_zone(key, f"Test/{key.replace('/', '-')}")
    shifts = [
        replace(shift, start=shift.start.replace(tzinfo=zone), end=shift.end.replace(tzinfo=zone))
        for shift in berlin_year()
    ]
    data = render(shifts)
    assert zone.key in tzids_used(data)
    assert read_with_vobject(data) == expected(shifts)
    assert read_with_ical(data) == expected(shifts)


def test_an_ambiguous_wall_time_is_written_in_utc() -> None:
    start = datetime(2026, 10, 25, 2, 30, tzinfo=BERLIN, fold=1)
    shift = CalendarEvent("late@coordinator", "夜班", start, start + timedelta(hours=2))
    data = render([shift])
    assert "DTSTART:20261025T013000Z" in unfolded_lines(data)
    assert read_with_vobject(data) == read_with_ical(data) == expected([shift])


def test_times_in_a_fixed_offset_are_written_in_the_calendar_zone() -> None:
    start = datetime(2026, 11, 30, 1, 0, tzinfo=UTC)
    data = render([CalendarEvent("utc@coordinator", "x", start, start + timedelta(hours=4))])
    assert "DTSTART;TZID=Asia/Shanghai:20261130T090000" in unfolded_lines(data)


# Independent readers


@pytest.mark.parametrize("feed", FEEDS)
def test_two_independent_readers_see_the_same_events(feed: str) -> None:
    shifts = FEEDS[feed]()
    data = render(shifts)
    assert read_with_vobject(data) == expected(shifts)
    assert read_with_ical(data) == expected(shifts)
    assert read_with_icalendar(data) == expected(shifts)


# Shift times and UIDs


def test_week_shift_times_are_local_times_on_the_right_day() -> None:
    start, end = week_shift_times(MONDAY, "wed", SLOTS["afternoon"], SHANGHAI)
    assert (start, end) == (
        datetime(2026, 12, 2, 13, tzinfo=SHANGHAI),
        datetime(2026, 12, 2, 19, tzinfo=SHANGHAI),
    )
    assert start.utcoffset() == timedelta(hours=8)


def test_week_shift_times_follow_daylight_saving() -> None:
    start, end = week_shift_times(date(2026, 3, 23), "sun", SLOTS["morning"], BERLIN)
    assert start.astimezone(UTC) == datetime(2026, 3, 29, 7, tzinfo=UTC)
    assert end - start == timedelta(hours=4)


def test_a_slot_past_midnight_ends_the_next_day() -> None:
    night = DutySlot("night", time(22), time(1))
    start, end = week_shift_times(MONDAY, "sun", night, SHANGHAI)
    assert (start.date(), end.date()) == (date(2026, 12, 6), date(2026, 12, 7))


def test_shift_uid_names_week_day_slot_and_volunteer() -> None:
    assert shift_uid("2026-W49", "mon", "morning", "KF001") == "2026-W49-mon-morning-KF001@coordinator"

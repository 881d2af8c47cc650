"""The calendar feed server on loopback: responses, caching headers, unknown tokens, and logs without tokens."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import aiohttp
import pytest
import vobject  # type: ignore[import-untyped]
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from ical.calendar_stream import IcsCalendarStream

from coordinator.calendar.feeds import feed_routes, hash_token, is_well_formed, make_feed_app, new_token
from coordinator.calendar.ics import CalendarEvent, render_calendar
from coordinator.core.week import DEFAULT_SLOTS
from coordinator.http import RedactingAccessLogger, make_http_app, start_http_server
from coordinator.roster.shift_times import shift_uid, week_shift_times

SHANGHAI = ZoneInfo("Asia/Shanghai")
TOKEN = new_token()
Client = TestClient[web.Request, web.Application]


def team_calendar() -> bytes:
    start, end = week_shift_times(date(2026, 11, 30), "mon", DEFAULT_SLOTS[0], SHANGHAI)
    shift = CalendarEvent(shift_uid("2026-W49", "mon", "morning", "KF001"), "值班 上午 · 廖丹", start, end)
    return render_calendar(
        [shift], name="客服值班表", timezone="Asia/Shanghai", stamp=datetime(2026, 11, 23, tzinfo=UTC)
    )


CALENDAR = team_calendar()


class Feeds:
    """A lookup that knows one token (by its hash, as stored) and remembers what it was asked."""

    def __init__(self) -> None:
        self.calendars = {hash_token(TOKEN): CALENDAR}
        self.asked: list[str] = []

    async def __call__(self, token: str) -> bytes | None:
        self.asked.append(token)
        return self.calendars.get(hash_token(token))


@pytest.fixture
def feeds() -> Feeds:
    return Feeds()


@pytest.fixture
async def client(feeds: Feeds) -> AsyncIterator[Client]:
    server = TestServer(make_feed_app(feeds), host="127.0.0.1")
    await server.start_server(access_log_class=RedactingAccessLogger)
    async with TestClient(server) as client:
        yield client


async def test_a_known_token_gets_its_calendar(client: Client) -> None:
    response = await client.get(f"/ical/{TOKEN}.ics")
    assert response.status == 200
    assert response.headers["Content-Type"] == "text/calendar; charset=utf-8"
    assert response.headers["Content-Disposition"] == 'inline; filename="roster.ics"'
    assert response.headers["Cache-Control"] == "no-cache"
    assert response.headers["ETag"] == f'"{hashlib.sha256(CALENDAR).hexdigest()}"'
    body = await response.read()
    assert body == CALENDAR
    (event,) = IcsCalendarStream.calendar_from_ics(body.decode("utf-8")).events
    assert event.uid == "2026-W49-mon-morning-KF001@coordinator"
    assert vobject.readOne(body.decode("utf-8")).vevent.summary.value == "值班 上午 · 廖丹"


async def test_head_gives_the_headers_without_the_body(client: Client) -> None:
    response = await client.head(f"/ical/{TOKEN}.ics")
    assert response.status == 200
    assert "ETag" in response.headers
    assert await response.read() == b""


@pytest.mark.parametrize("if_none_match", ["{etag}", "W/{etag}", '"other", {etag}', "*"])
async def test_an_unchanged_calendar_is_not_sent_again(client: Client, if_none_match: str) -> None:
    etag = (await client.get(f"/ical/{TOKEN}.ics")).headers["ETag"]
    response = await client.get(
        f"/ical/{TOKEN}.ics", headers={"If-None-Match": if_none_match.format(etag=etag)}
    )
    assert response.status == 304
    assert response.headers["ETag"] == etag
    assert await response.read() == b""


async def test_a_changed_calendar_is_sent_again(client: Client, feeds: Feeds) -> None:
    etag = (await client.get(f"/ical/{TOKEN}.ics")).headers["ETag"]
    feeds.calendars[hash_token(TOKEN)] = CALENDAR.replace(b"SEQUENCE:0", b"SEQUENCE:1")
    response = await client.get(f"/ical/{TOKEN}.ics", headers={"If-None-Match": etag})
    assert response.status == 200
    assert response.headers["ETag"] != etag
    assert b"SEQUENCE:1" in await response.read()


async def test_an_unknown_token_is_not_found(client: Client, feeds: Feeds) -> None:
    unknown = new_token()
    response = await client.get(f"/ical/{unknown}.ics")
    assert response.status == 404
    assert await response.text() == "not found"
    assert feeds.asked == [unknown]


@pytest.mark.parametrize(
    "token",
    ["a" * 129, "abc.def", "abc%20def", "abc+def", "abc=", "%E5%80%BC%E7%8F%AD", "abc%2Fdef", "abc%00"],
)
async def test_a_malformed_token_is_not_found_without_a_lookup(
    client: Client, feeds: Feeds, token: str
) -> None:
    response = await client.get(f"/ical/{token}.ics")
    assert response.status == 404
    assert len(await response.read()) < 20
    assert feeds.asked == []


async def test_health_check(client: Client) -> None:
    response = await client.get("/healthz")
    assert response.status == 200
    assert await response.text() == "ok"


async def test_tokens_never_reach_the_logs(client: Client, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    unknown = new_token()
    for token in (TOKEN, unknown, "a" * 129):
        await client.get(f"/ical/{token}.ics")
    await client.get(f"/ical/{TOKEN}.ics", headers={"If-None-Match": "*"})
    access = [record for record in caplog.records if record.name == "aiohttp.access"]
    assert len(access) == 4
    assert all("/ical/{token}.ics" in record.getMessage() for record in access)
    for token in (TOKEN, unknown, "a" * 129):
        assert token not in caplog.text


async def test_the_production_server_logs_no_tokens(feeds: Feeds, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    runner = await start_http_server(make_http_app(feed_routes(feeds)), "127.0.0.1", 0)
    try:
        host, port = runner.addresses[0][:2]
        url = f"http://{host}:{port}/ical/{TOKEN}.ics"
        async with aiohttp.ClientSession() as session, session.get(url) as response:
            assert response.status == 200
            assert await response.read() == CALENDAR
    finally:
        await runner.cleanup()
    assert any(record.name == "aiohttp.access" for record in caplog.records)
    assert TOKEN not in caplog.text


async def test_the_default_access_log_would_leak_the_token(
    feeds: Feeds, caplog: pytest.LogCaptureFixture
) -> None:
    """Shows the log check above can fail: aiohttp's own access log records the path."""
    caplog.set_level(logging.INFO)
    async with TestClient(TestServer(make_feed_app(feeds), host="127.0.0.1")) as client:
        await client.get(f"/ical/{TOKEN}.ics")
    assert TOKEN in caplog.text


def test_tokens_are_unguessable_well_formed_and_stored_hashed() -> None:
    tokens = {new_token() for _ in range(100)}
    assert len(tokens) == 100
    assert all(len(token) == 43 and is_well_formed(token) for token in tokens)
    assert hash_token(TOKEN) == hashlib.sha256(TOKEN.encode()).hexdigest()
    assert TOKEN not in hash_token(TOKEN)


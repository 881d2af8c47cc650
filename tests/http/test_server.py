"""The HTTP front end on loopback, sent raw malformed requests: it answers 400 and never logs a token."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from aiohttp import web
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coordinator.calendar.feeds import feed_routes, hash_token
from coordinator.http import make_http_app, start_http_server

TOKEN = "FakeFeedToken_0123456789-abcdefghijklmnopqrstu"
CALENDAR = b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
GOOD = f"GET /ical/{TOKEN}.ics HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".encode()
REPLY_WAIT = 5.0

MALFORMED = {
    "space in target": f"GET /ical/{TOKEN} x.ics HTTP/1.1\r\nHost: a\r\n\r\n".encode(),
    "tab in target": f"GET /ical/{TOKEN}\t.ics HTTP/1.1\r\nHost: a\r\n\r\n".encode(),
    "bare LF": f"GET /ical/{TOKEN}.ics HTTP/1.1\nHost: a\n\n".encode(),
    "HTTP/9.9": f"GET /ical/{TOKEN}.ics HTTP/9.9\r\nHost: a\r\n\r\n".encode(),
    "9000-byte query": f"GET /ical/{TOKEN}.ics?{'q' * 9000} HTTP/1.1\r\nHost: a\r\n\r\n".encode(),
    "70k header": f"GET /ical/{TOKEN}.ics HTTP/1.1\r\nHost: a\r\nX-Pad: {'p' * 70_000}\r\n\r\n".encode(),
    "token in a 70k header": f"GET / HTTP/1.1\r\nHost: a\r\nX-Feed: {TOKEN}{'p' * 70_000}\r\n\r\n".encode(),
    "NUL in target": f"GET /ical/{TOKEN}\0.ics HTTP/1.1\r\nHost: a\r\n\r\n".encode(),
    "NUL bytes everywhere": b"\0\0GET /ical/" + TOKEN.encode() + b"\0 HTTP/1.1\r\n\0\r\n\r\n",
    "garbage bytes": b"\xff\xfe\x80" + TOKEN.encode() + b"\x00\x9c\r\n\r\n",
    "TLS on the HTTP port": b"\x16\x03\x01\x02\x00" + TOKEN.encode() + b"\r\n\r\n",
    "bad method": f"G@T /ical/{TOKEN}.ics HTTP/1.1\r\nHost: a\r\n\r\n".encode(),
    "token as a header name": f"GET / HTTP/1.1\r\nHost: a\r\n{TOKEN} x: y\r\n\r\n".encode(),
    "token in Content-Length": f"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: {TOKEN}\r\n\r\n".encode(),
    "token as a chunk size": (
        f"POST /ical/{TOKEN}.ics HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
        f"{TOKEN}\r\n".encode()
    ),
    "absolute target without a host": f"GET {TOKEN}.ics HTTP/1.1\r\nHost: a\r\n\r\n".encode(),
}


class Feeds:
    """A lookup that knows the one fake token."""

    async def __call__(self, token: str) -> bytes | None:
        return CALENDAR if hash_token(token) == hash_token(TOKEN) else None


@asynccontextmanager
async def serving() -> AsyncIterator[int]:
    """The production server on 127.0.0.1, any free port; yields the port."""
    runner = await start_http_server(make_http_app(feed_routes(Feeds())), "127.0.0.1", 0)
    try:
        yield runner.addresses[0][1]
    finally:
        await runner.cleanup()


async def exchange(port: int, data: bytes, *, half_close: bool = False) -> bytes:
    """Send ``data`` on a fresh connection and read until the server closes it (or stops answering)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(data)
        await writer.drain()
        if half_close:
            writer.write_eof()
        try:
            return await asyncio.wait_for(reader.read(), REPLY_WAIT)
        except TimeoutError:
            return b"<no answer>"
    except ConnectionResetError:
        return b""
    finally:
        writer.close()
        await asyncio.gather(writer.wait_closed(), return_exceptions=True)


@pytest.fixture
def all_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """caplog at DEBUG for the root and every logger that exists, so nothing logged escapes the checks."""
    caplog.set_level(logging.DEBUG)
    for name, logger in list(logging.root.manager.loggerDict.items()):
        if isinstance(logger, logging.Logger):
            caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def assert_no_leak(
    caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str], *answers: bytes
) -> None:
    """The token is in no log record (message, arguments, traceback), on neither stream, in no answer."""
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    for record in caplog.records:
        assert TOKEN not in formatter.format(record), record.name
        assert TOKEN not in repr(vars(record)), record.name
    assert TOKEN not in caplog.text
    out, err = capfd.readouterr()
    assert TOKEN not in out and TOKEN not in err
    for answer in answers:
        assert TOKEN.encode() not in answer


def status_of(answer: bytes) -> int:
    """The status code of a raw HTTP answer."""
    return int(answer.split(b" ", 2)[1])


@pytest.mark.parametrize("request_bytes", MALFORMED.values(), ids=MALFORMED.keys())
async def test_a_malformed_request_gets_a_bare_400_and_leaves_no_token_anywhere(
    request_bytes: bytes, all_logs: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    async with serving() as port:
        answer = await exchange(port, request_bytes)
        good = await exchange(port, GOOD)
    assert answer.startswith((b"HTTP/1.0 400 ", b"HTTP/1.1 400 ")), answer[:200]
    assert answer.endswith(b"\r\n\r\n400 Bad Request")
    assert status_of(good) == 200 and good.endswith(CALENDAR)
    assert_no_leak(all_logs, capfd, answer, good)
    rejected = [record.getMessage() for record in all_logs.records if record.name == "coordinator.http"]
    assert len(rejected) == 1 and rejected[0].startswith("rejected a malformed HTTP request from 127.0.0.1: ")
    assert all(record.exc_info is None for record in all_logs.records if record.name == "coordinator.http")


async def test_the_rejection_names_the_parse_error(all_logs: pytest.LogCaptureFixture) -> None:
    async with serving() as port:
        await exchange(port, MALFORMED["space in target"])
        await exchange(port, MALFORMED["9000-byte query"])
    assert [record.getMessage() for record in all_logs.records if record.name == "coordinator.http"] == [
        "rejected a malformed HTTP request from 127.0.0.1: BadStatusLine",
        "rejected a malformed HTTP request from 127.0.0.1: LineTooLong",
    ]


@pytest.mark.parametrize("cut", [5, 20, len(GOOD) - 3])
async def test_a_request_cut_off_mid_line_is_dropped_quietly(
    cut: int, all_logs: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    async with serving() as port:
        answer = await exchange(port, GOOD[:cut], half_close=True)
        good = await exchange(port, GOOD)
    assert answer == b""
    assert status_of(good) == 200
    assert_no_leak(all_logs, capfd, answer, good)


async def test_many_bad_requests_in_a_row_then_a_good_one(
    all_logs: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    async with serving() as port:
        answers = [await exchange(port, request) for _ in range(5) for request in MALFORMED.values()]
        concurrent = await asyncio.gather(*(exchange(port, request) for request in MALFORMED.values()))
        good = await exchange(port, GOOD)
    assert all(status_of(answer) == 400 for answer in [*answers, *concurrent])
    assert status_of(good) == 200
    assert_no_leak(all_logs, capfd, *answers, *concurrent, good)


async def test_a_bad_request_after_a_good_one_on_the_same_connection(
    all_logs: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    """Keep-alive: a bad method that is not a connection's first request is logged at ERROR, not DEBUG."""
    keep_alive = GOOD.replace(b"Connection: close", b"Connection: keep-alive")
    async with serving() as port:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(keep_alive)
        first = await asyncio.wait_for(reader.readuntil(CALENDAR), REPLY_WAIT)
        writer.write(MALFORMED["bad method"])
        second = await asyncio.wait_for(reader.read(), REPLY_WAIT)
        writer.close()
        await writer.wait_closed()
    assert status_of(first) == 200 and status_of(second) == 400
    assert_no_leak(all_logs, capfd, first, second)
    errors = [record for record in all_logs.records if record.name == "coordinator.http"]
    assert [record.levelno for record in errors] == [logging.ERROR]


async def test_the_access_log_names_routes_not_paths(all_logs: pytest.LogCaptureFixture) -> None:
    async with serving() as port:
        for path in (f"/ical/{TOKEN}.ics?q={TOKEN}", f"/{TOKEN}", "/healthz"):
            await exchange(port, f"GET {path} HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n".encode())
    access = [record.getMessage() for record in all_logs.records if record.name == "aiohttp.access"]
    routes = [line.split('"')[1] for line in access]
    assert routes == ["GET /ical/{token}.ics", "GET (no route)", "GET /healthz"]
    assert TOKEN not in all_logs.text


async def test_plain_aiohttp_would_leak_the_token(caplog: pytest.LogCaptureFixture) -> None:
    """Shows the checks above can fail: aiohttp's own server logs and echoes the request line."""
    caplog.set_level(logging.DEBUG)
    runner = web.AppRunner(make_http_app(feed_routes(Feeds())))
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    try:
        answer = await exchange(runner.addresses[0][1], MALFORMED["space in target"])
    finally:
        await runner.cleanup()
    assert TOKEN.encode() in answer
    assert TOKEN in caplog.text


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=st.binary(max_size=64), after=st.binary(max_size=64))
async def test_no_request_target_leaks_the_token(
    before: bytes, after: bytes, all_logs: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    all_logs.clear()
    capfd.readouterr()
    target = before + TOKEN.encode() + after
    async with serving() as port:
        answer = await exchange(port, b"GET " + target + b" HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n")
        good = await exchange(port, GOOD)
    assert answer in (b"", b"<no answer>") or answer.startswith(b"HTTP/1."), answer[:200]
    assert status_of(good) == 200
    assert_no_leak(all_logs, capfd, answer, good)

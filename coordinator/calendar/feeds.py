"""Calendar subscriptions over HTTP: ``GET /ical/{token}.ics`` serves a member's or the team's feed.

Tokens are secrets (anyone holding one can read that calendar): they are stored hashed, and the server in
``coordinator.http`` never writes a path, query or request line to its logs.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Awaitable, Callable

from aiohttp import ETag, web

from coordinator.http import make_http_app

FeedLookup = Callable[[str], Awaitable[bytes | None]]
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

MAX_TOKEN_LENGTH = 128
FEED_FILENAME = "roster.ics"

_TOKEN = re.compile(rf"[A-Za-z0-9_-]{{1,{MAX_TOKEN_LENGTH}}}")


def new_token() -> str:
    """A fresh, unguessable feed token (256 bits, URL-safe base64)."""
    return secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    """How a token is stored: its SHA-256, in hex."""
    return hashlib.sha256(token.encode()).hexdigest()


def is_well_formed(token: str) -> bool:
    """Whether ``token`` could be one we issued: URL-safe base64, at most 128 characters."""
    return _TOKEN.fullmatch(token) is not None


def feed_routes(lookup: FeedLookup) -> list[web.RouteDef]:
    """``GET /ical/{token}.ics``; ``lookup`` maps a token to calendar bytes, or None if it is unknown."""
    return [web.get("/ical/{token}.ics", _feed_handler(lookup))]


def make_feed_app(lookup: FeedLookup) -> web.Application:
    """An HTTP app serving just the feeds (and ``/healthz``)."""
    return make_http_app(feed_routes(lookup))


def _feed_handler(lookup: FeedLookup) -> Handler:
    async def feed(request: web.Request) -> web.StreamResponse:
        token = request.match_info["token"]
        body = await lookup(token) if is_well_formed(token) else None
        if body is None:
            return web.Response(status=404, text="not found")
        return _calendar_response(body, request.if_none_match)

    return feed


def _calendar_response(body: bytes, if_none_match: tuple[ETag, ...] | None) -> web.Response:
    """The calendar, or 304 Not Modified when the client already holds this version."""
    etag = hashlib.sha256(body).hexdigest()
    headers = {"Cache-Control": "no-cache"}
    if _matches(if_none_match, etag):
        response = web.Response(status=304, headers=headers)
    else:
        headers["Content-Disposition"] = f'inline; filename="{FEED_FILENAME}"'
        response = web.Response(body=body, content_type="text/calendar", charset="utf-8", headers=headers)
    response.etag = etag
    return response


def _matches(if_none_match: tuple[ETag, ...] | None, etag: str) -> bool:
    """If-None-Match uses the weak comparison: ``W/"x"`` matches ``"x"``, and ``*`` matches anything."""
    return any(tag.value in ("*", etag) for tag in if_none_match or ())

"""The HTTP server's logs: routes instead of paths, and nothing quoted from a malformed request.

URLs carry secrets (a feed token, later unsubscribe links), so neither log ever shows a path, a query or a
request line: the access log names the matched route's pattern, and the error log reports a request aiohttp
could not parse in one line, dropping the exception whose message quotes the raw request.
"""

from __future__ import annotations

import ipaddress
import logging

from aiohttp import web
from aiohttp.abc import AbstractAccessLogger
from aiohttp.http_exceptions import HttpProcessingError

UNROUTED = "(no route)"
MALFORMED = "rejected a malformed HTTP request from %s: %s"

error_log = logging.getLogger("coordinator.http")


def route_of(request: web.BaseRequest) -> str:
    """The pattern of the route ``request`` matched (``/ical/{token}.ics``), never the path it asked for."""
    try:
        resource = request.match_info.route.resource  # type: ignore[attr-defined]
    except (AttributeError, AssertionError):  # a low-level request, or the stand-in for an unparsable one
        return UNROUTED
    return resource.canonical if resource is not None else UNROUTED


class RedactingAccessLogger(AbstractAccessLogger):
    """An access log that records the route a request matched, never its path or query."""

    @property
    def enabled(self) -> bool:
        """Whether the access logger would write an INFO line at all."""
        return self.logger.isEnabledFor(logging.INFO)

    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        """One line per request: remote, method, route, status, bytes, seconds."""
        self.logger.info(
            '%s "%s %s" %s %s %.3fs',
            request.remote,
            request.method,
            route_of(request),
            response.status,
            response.body_length,
            time,
        )


class MalformedRequestFilter(logging.Filter):
    """Rewrites a record about an unparsable request (its exception quotes the raw bytes) as one safe line."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Keep every record; strip the exception and arguments of those about malformed requests."""
        error = record.exc_info[1] if record.exc_info else None
        if _is_malformed_request(error):
            record.msg, record.args = MALFORMED, (_remote(record.args), type(error).__name__)
            record.exc_info, record.exc_text, record.stack_info = None, None, None
        return True


def _is_malformed_request(error: BaseException | None) -> bool:
    """Whether ``error``, or one it was raised from, is aiohttp's complaint about the bytes a client sent."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, HttpProcessingError | web.RequestPayloadError):
            return True
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return False


def _remote(args: object) -> str:
    """The client address aiohttp passes as its message's one argument, if it is an IP address."""
    candidate = args[0] if isinstance(args, tuple) and len(args) == 1 else None
    try:
        return str(ipaddress.ip_address(str(candidate)))
    except ValueError:
        return "an unknown address"


error_log.addFilter(MalformedRequestFilter())

"""The one HTTP front end: every feature's routes in one aiohttp app, logged without secrets."""

from coordinator.http.logs import RedactingAccessLogger
from coordinator.http.server import make_http_app, start_http_server

__all__ = ["RedactingAccessLogger", "make_http_app", "start_http_server"]

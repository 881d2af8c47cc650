"""The HTTP server: one aiohttp app for every feature's routes, on connections that never echo a bad request.

aiohttp answers a request it cannot parse with a 400 whose body is the parser's message, which quotes the
request line (a feed token included), and logs that message with a traceback. Here the error log goes through
``coordinator.http.logs`` and each connection is a ``_QuietRequestHandler``, whose error responses say only
their status.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from http import HTTPStatus

from aiohttp import web

from coordinator.http.logs import RedactingAccessLogger, error_log


def make_http_app(routes: Iterable[web.AbstractRouteDef]) -> web.Application:
    """An app serving ``routes`` (each feature's, e.g. ``feed_routes(lookup)``) and ``GET /healthz``."""
    app = web.Application()
    app.add_routes([web.get("/healthz", _healthz), *routes])
    return app


async def start_http_server(app: web.Application, host: str, port: int) -> web.AppRunner:
    """Serve ``app`` on ``host:port`` (0: any free port) with safe logs; stop with ``runner.cleanup()``."""
    runner = web.AppRunner(app, access_log_class=RedactingAccessLogger, logger=error_log)
    await runner.setup()
    await _QuietSite(runner, host, port).start()
    return runner


async def _healthz(request: web.Request) -> web.Response:
    return web.Response(text="ok")


class _QuietRequestHandler(web.RequestHandler):
    """aiohttp's connection handler, except that an error response's body is its bare status line."""

    __slots__ = ()

    def handle_error(
        self,
        request: web.BaseRequest,
        status: int = 500,
        exc: BaseException | None = None,
        message: str | None = None,
    ) -> web.StreamResponse:
        """aiohttp's error response, without ``message`` (for a 400 it quotes the request line)."""
        return super().handle_error(request, status, exc, f"{status} {HTTPStatus(status).phrase}")


class _QuietSite(web.BaseSite):
    """``web.TCPSite``, except that its connections are ``_QuietRequestHandler``s logging to ``error_log``."""

    __slots__ = ("_host", "_port")

    def __init__(self, runner: web.AppRunner, host: str, port: int) -> None:
        super().__init__(runner)
        self._host, self._port = host, port

    @property
    def name(self) -> str:
        """The address served, as a URL."""
        return f"http://{self._host}:{self._port}"

    async def start(self) -> None:
        """Listen on ``host:port``, one ``_QuietRequestHandler`` per connection."""
        await super().start()
        server = self._runner.server
        assert server is not None, "start the site after runner.setup()"
        loop = asyncio.get_running_loop()

        def connection() -> web.RequestHandler:
            return _QuietRequestHandler(
                server, loop=loop, access_log_class=RedactingAccessLogger, logger=error_log
            )

        self._server = await loop.create_server(connection, self._host, self._port)

"""``coordinator serve``: the one HTTP front end, with every feature's routes."""

from __future__ import annotations

import asyncio

import click

from coordinator.cli_support import run_async, settings_or_exit


@click.command("serve")
@click.option("--host", default=None, help="Address to listen on (default: the feed_host setting).")
@click.option("--port", type=int, default=None, help="Port (default: the feed_port setting).")
def serve(host: str | None, port: int | None) -> None:
    """Serve every feature's HTTP routes: calendar feeds at /ical/TOKEN.ics, and /healthz."""
    settings = settings_or_exit()
    host, port = host or settings.feed_host, port or settings.feed_port

    async def work() -> None:
        from coordinator.app import build_app
        from coordinator.http import make_http_app, start_http_server

        app = await build_app(settings)
        runner = await start_http_server(make_http_app(app.routes()), host, port)
        click.echo(f"Serving on http://{host}:{port}", err=True)
        try:
            await asyncio.Event().wait()
        finally:
            await runner.cleanup()
            await app.close()

    try:
        run_async(work)
    except KeyboardInterrupt:
        pass

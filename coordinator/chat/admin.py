"""Run a chat command as the server's administrator, for the trusted command line."""

from __future__ import annotations

from coordinator.app import App
from coordinator.chat.dispatch import Dispatcher
from coordinator.chat.invocation import Actor, Invocation
from coordinator.chat.reply import Reply

ADMIN = Actor(platform="cli", user_id="admin", display_name="admin", is_admin=True)


async def run_as_admin(app: App, command: str, **args: str) -> Reply:
    arguments = {name: value for name, value in args.items() if value is not None}
    return await Dispatcher(app).run(Invocation(ADMIN, "cli", command, arguments))

"""Drive the console front end with scripted lines, as a person at a terminal would."""

from __future__ import annotations

import tempfile
from pathlib import Path

from coordinator.app import App
from coordinator.chat.admin import run_as_admin
from coordinator.chat.console import ConsoleBackend
from coordinator.chat.dispatch import Dispatcher


class Transcript:
    def __init__(self, app: App) -> None:
        self.app = app
        self.files = Path(tempfile.mkdtemp(prefix="coordinator-files-"))
        self.backend = ConsoleBackend(Dispatcher(app), files=self.files)

    async def say(self, line: str) -> str:
        """Everything the bot prints in answer to one line, joined."""
        return "\n".join(await self.backend.handle_line(line))

    async def bootstrap(self, name: str = "廖丹") -> None:
        """Make ``name`` the first coordinator, as `coordinator team add NAME --role coordinator` does."""
        await run_as_admin(self.app, "team add", member=name, role="coordinator")

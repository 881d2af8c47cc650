"""The console front end: lines ``NAME: message`` or ``NAME #channel: message`` in, bot replies out."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TextIO

from coordinator.chat.dispatch import Dispatcher
from coordinator.chat.invocation import DIRECT, Actor
from coordinator.chat.render import reply_lines
from coordinator.chat.reply import Notice, Reply
from coordinator.i18n import add_messages, t

_LINE = re.compile(r"^\s*(?P<name>[^#:：]+?)\s*(?:#(?P<channel>[^\s:：]+))?\s*[:：]\s*(?P<text>.*)$")

add_messages(
    {
        "console.format": (
            "请按“名字: 消息”或“名字 #频道: 消息”的格式输入，例如“小静: 周二晚上可以”。",
            "Type lines as \"NAME: message\" or \"NAME #channel: message\", e.g. \"Lin: Tue evenings\".",
        ),
        "console.banner": (
            "coordinator 控制台。默认频道 #{channel}；“/help” 查看命令，Ctrl-D 退出。",
            "coordinator console. Default channel #{channel}; \"/help\" lists commands, Ctrl-D quits.",
        ),
        "console.private": ("仅自己可见", "only you"),
    }
)


@dataclass(frozen=True, slots=True)
class ConsoleLine:
    name: str
    channel: str
    text: str


def parse_console_line(line: str, default_channel: str) -> ConsoleLine | None:
    match = _LINE.match(line)
    if not match or not match.group("name").strip():
        return None
    return ConsoleLine(match.group("name").strip(), match.group("channel") or default_channel, match.group("text"))


class ConsoleBackend:
    """Drives the same dispatcher as Discord, from lines of text."""

    def __init__(self, dispatcher: Dispatcher, out: TextIO = sys.stdout, width: int = 100) -> None:
        self.dispatcher = dispatcher
        self.out = out
        self.width = width
        self.settings = dispatcher.app.settings

    def banner(self) -> str:
        return t("console.banner", self.settings.language, channel=self.settings.availability_channel)

    async def handle_line(self, line: str) -> list[str]:
        """Everything the bot answers to one typed line, as printed lines."""
        if not line.strip() or line.lstrip().startswith("//"):
            return []
        parsed = parse_console_line(line, self.settings.availability_channel)
        if parsed is None:
            return [t("console.format", self.settings.language)]
        actor = Actor(platform="console", user_id=parsed.name, display_name=parsed.name)
        text = parsed.text.strip()
        if text.startswith("/"):
            reply: Reply | None = await self.dispatcher.run_line(actor, parsed.channel, text)
        else:
            reply = await self.dispatcher.handle_text(actor, parsed.channel, text)
        return self.render(reply, parsed) if reply else []

    def render(self, reply: Reply, asked: ConsoleLine) -> list[str]:
        if reply.private or asked.channel == DIRECT:
            where = f"bot → {asked.name} ({t('console.private', self.dispatcher.app.settings.language)})"
        else:
            where = f"bot #{asked.channel} → {asked.name}"
        lines = [f"[{where}]", *(f"  {line}" for line in reply_lines(reply, self.width))]
        for notice in reply.notices:
            lines.extend(self.render_notice(notice))
        return lines

    def render_notice(self, notice: Notice) -> list[str]:
        where = f"#{notice.channel}" if notice.channel else f"DM {notice.member_name}"
        body = reply_lines(notice.as_reply(), self.width)
        return [f"[bot → {where}]", *(f"  {line}" for line in body)]

    async def print_notices(self, notices: Sequence[Notice]) -> None:
        for notice in notices:
            for line in self.render_notice(notice):
                print(line, file=self.out, flush=True)

    async def run(self, lines: Iterable[str]) -> None:
        for line in lines:
            for printed in await self.handle_line(line.rstrip("\n")):
                print(printed, file=self.out, flush=True)

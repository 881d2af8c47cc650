"""The console front end: lines ``NAME: message`` or ``NAME #channel: message`` in, bot replies out.

With a clock of its own (``coordinator console --at``), a line ``~ YYYY-MM-DD HH:MM`` or ``~ +90m`` moves time
forward and prints, in order, everything the timed jobs and the outbox send meanwhile."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TextIO

from coordinator.chat.dispatch import Dispatcher
from coordinator.chat.invocation import DIRECT, Actor
from coordinator.chat.render import reply_lines
from coordinator.chat.reply import Recipient, Reply
from coordinator.clock import FakeClock
from coordinator.i18n import add_messages, t
from coordinator.platform import posts
from coordinator.platform.outbox.service import Deliver

_LINE = re.compile(r"^\s*(?P<name>[^#:：~]+?)\s*(?:#(?P<channel>[^\s:：]+))?\s*[:：]\s*(?P<text>.*)$")
_STEP = re.compile(r"(\d{1,6})\s*([dhm])")
_STEPS = {"d": "days", "h": "hours", "m": "minutes"}
MAX_STEPS = 100_000
CONSOLE = "console"

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
        "console.edited": ("修改之前的消息", "edits its earlier message"),
        "console.clock_real": (
            "这个控制台用的是真实时间；要移动时间，请用 coordinator console --at \"2026-12-01 09:00\" 启动。",
            "This console runs on the real clock; start it with coordinator console --at \"2026-12-01 09:00\" to move time.",
        ),
        "console.clock_bad": (
            "“{text}”不是时间。请写 ~ 2026-12-02 18:30，或 ~ +90m、~ +2h、~ +2d。",
            "\"{text}\" is not a time. Write ~ 2026-12-02 18:30, or ~ +90m, ~ +2h, ~ +2d.",
        ),
        "console.clock_back": (
            "时间只能往后走：现在是 {now}。",
            "Time only moves forward: it is {now} now.",
        ),
        "console.clock_now": ("现在是 {now}。", "It is {now} now."),
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


def parse_clock_target(text: str, now: datetime, zone) -> datetime | None:  # noqa: ANN001
    """``+2d``, ``+1h30m`` from now, or a local ``YYYY-MM-DD HH:MM``; None when it is neither."""
    text = text.strip()
    if text.startswith("+"):
        steps = _STEP.findall(text[1:])
        if not steps or _STEP.sub("", text[1:]).strip():
            return None
        return now + sum((timedelta(**{_STEPS[unit]: int(n)}) for n, unit in steps), timedelta())
    try:
        moment = datetime.strptime(text, "%Y-%m-%d %H:%M")
    except ValueError:
        return None
    return moment.replace(tzinfo=zone)


class ConsoleBackend:
    """Drives the same dispatcher as Discord, from lines of text; the outbox prints where Discord would post."""

    def __init__(self, dispatcher: Dispatcher, out: TextIO = sys.stdout, width: int = 100,
                 files: Path | None = None) -> None:
        self.dispatcher = dispatcher
        self.app = dispatcher.app
        self.out = out
        self.width = width
        self.settings = dispatcher.app.settings
        self.files = files or Path("coordinator-files")

    def banner(self) -> str:
        return t("console.banner", self.settings.language, channel=self.settings.availability_channel)

    async def handle_line(self, line: str) -> list[str]:
        """Everything the bot answers to one typed line, and every notice that goes out because of it."""
        if not line.strip() or line.lstrip().startswith("//"):
            return []
        if line.lstrip().startswith("~"):
            return await self.move_clock(line.lstrip()[1:])
        parsed = parse_console_line(line, self.settings.availability_channel)
        if parsed is None:
            return [t("console.format", self.settings.language)]
        actor = Actor(platform="console", user_id=parsed.name, display_name=parsed.name)
        text = parsed.text.strip()
        if text.startswith("/"):
            reply: Reply | None = await self.dispatcher.run_line(actor, parsed.channel, text)
        else:
            reply = await self.dispatcher.handle_text(actor, parsed.channel, text)
        lines = self.render(reply, parsed) if reply else []
        return lines + await self.run_timed_work()

    def render(self, reply: Reply, asked: ConsoleLine) -> list[str]:
        if reply.private or asked.channel == DIRECT:
            where = f"bot → {asked.name} ({t('console.private', self.settings.language)})"
        else:
            where = f"bot #{asked.channel} → {asked.name}"
        return [f"[{where}]", *(f"  {line}" for line in reply_lines(reply, self.width)), *self.save_files(reply)]

    def render_notice(self, recipient: Recipient, reply: Reply, *, edited: bool = False) -> list[str]:
        where = f"DM {recipient.label}" if recipient.kind == Recipient.MEMBER else recipient.label
        if edited:
            where += f" ({t('console.edited', self.settings.language)})"
        return [f"[bot → {where}]", *(f"  {line}" for line in reply_lines(reply, self.width)), *self.save_files(reply)]

    def save_files(self, reply: Reply) -> list[str]:
        """Attachments are written under ./coordinator-files/ (never over an earlier one); each path is printed."""
        lines = []
        for attachment in reply.files:
            self.files.mkdir(parents=True, exist_ok=True)
            name = Path(attachment.name).name or "file"
            path, number = self.files / name, 1
            while path.exists():
                path, number = self.files / f"{Path(name).stem}-{number}{Path(name).suffix}", number + 1
            path.write_bytes(attachment.data)
            lines.append(f"  📎 {path}")
        return lines

    def _collector(self) -> tuple[list[str], Deliver]:
        printed: list[str] = []

        async def deliver(recipient: Recipient, reply: Reply) -> None:
            printed.extend(self.render_notice(recipient, reply, edited=await self._seen_before(reply)))

        return printed, deliver

    async def _seen_before(self, reply: Reply) -> bool:
        """Whether a notice with this stable name was shown before (Discord edits that message instead)."""
        if not reply.replaces:
            return False
        async with self.app.uow() as uow:
            seen = await posts.find(uow, CONSOLE, reply.replaces) is not None
            await posts.remember(uow, CONSOLE, reply.replaces, "console", "console", self.app.clock.now())
            await uow.commit()
        return seen

    async def deliver_waiting(self) -> list[str]:
        """Say what the outbox holds now, as Discord would post or DM it."""
        printed, deliver = self._collector()
        await self.app.outbox(deliver).deliver_due()
        return printed

    async def run_timed_work(self) -> list[str]:
        """Run the jobs that are due and say what they queued (the console's own scheduler loop)."""
        printed, deliver = self._collector()
        await self.app.run_due(deliver)
        return printed

    async def move_clock(self, text: str) -> list[str]:
        clock, lang, zone = self.app.clock, self.settings.language, self.settings.zone
        if not isinstance(clock, FakeClock):
            return [t("console.clock_real", lang)]
        target = parse_clock_target(text, clock.now(), zone)
        if target is None:
            return [t("console.clock_bad", lang, text=text.strip()[:40])]
        if target < clock.now():
            return [t("console.clock_back", lang, now=f"{clock.now().astimezone(zone):%Y-%m-%d %H:%M}")]
        lines: list[str] = []
        for _ in range(MAX_STEPS):
            due = await self.app.next_due()
            if due is None or due > target:
                break
            clock.set(max(due, clock.now()))
            sent = await self.run_timed_work()
            if sent:
                lines += [f"~ {clock.now().astimezone(zone):%Y-%m-%d %H:%M}", *sent]
        clock.set(target)
        return lines + [t("console.clock_now", lang, now=f"{target.astimezone(zone):%Y-%m-%d %H:%M}")]

    async def run(self, lines: Iterable[str]) -> None:
        for line in lines:
            for printed in await self.handle_line(line.rstrip("\n")):
                print(printed, file=self.out, flush=True)

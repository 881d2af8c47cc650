"""Every answer names its catalogue message, so tests (and translators) can tell what was said, not just how."""

from __future__ import annotations

from coordinator.app import App
from coordinator.chat.dispatch import Dispatcher
from coordinator.chat.invocation import Actor
from coordinator.i18n import has_message
from tests.app.transcript import Transcript

LINES = [
    ("小静", "/help"), ("小静", "/team list"), ("小静", "/avail show"), ("小静", "/avail set"),
    ("小静", "/avail set 周五晚上可以"), ("小静", "/avail undo"), ("小静", "/avail clear"), ("小静", "/leave"),
    ("小静", "/cancel"), ("小静", "/leave 12月3日请假"), ("小静", "/ical"), ("小静", "/ical"), ("小静", "/roster mine"),
    ("廖丹", "/roster build"), ("廖丹", "/roster show"), ("廖丹", "/roster publish"), ("小静", "/roster show"),
    ("小静", "/roster mine"), ("小静", "/language en"), ("小静", "/shift drop 周五 晚上"), ("廖丹", "/team add 新人"),
    ("廖丹", "/team role 新人 lead"), ("廖丹", "/team mentor 廖丹 新人"), ("小静", "/teleport"), ("小静", "/link x"),
]


async def test_every_answer_carries_a_key_the_catalogue_knows(app: App) -> None:
    chat = Transcript(app)
    await chat.bootstrap("廖丹")
    await chat.say("小静: 周五晚上可以")
    dispatcher = Dispatcher(app)
    for name, line in LINES:
        reply = await dispatcher.run_line(Actor("console", name, name), app.settings.availability_channel, line)
        assert reply.key and has_message(reply.key), (line, reply.key, reply.text[:80])
    plain = await dispatcher.handle_text(Actor("console", "小静", "小静"), app.settings.availability_channel, "周六上午可以")
    assert plain is not None and plain.key == "avail.recorded"

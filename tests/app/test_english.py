"""Someone who chose English is answered in English only: no Chinese words, examples included."""

from __future__ import annotations

import re

from coordinator.app import App
from tests.app.transcript import Transcript

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


async def test_an_english_speaker_never_sees_chinese(app: App) -> None:
    chat = Transcript(app)
    await chat.bootstrap("Dan")
    await chat.say("Dan: /language en")
    await chat.say("Dan: /team add Lin")
    await chat.say("Lin: /language en")
    await chat.say("Lin: Tuesday and Thursday evenings, weekends as backup")
    lines = [
        "Lin: /help", "Lin: /team add Someone", "Lin: /shift drop", "Lin: /shift drop Wed evening",
        "Lin: /shift drop Wed night", "Lin: /shift swap", "Lin: /avail set", "Lin: /avail show", "Lin: /leave",
        "Lin: /cancel", "Lin: /cancel", "Lin: /roster mine", "Lin: /roster show 2026-W99", "Lin: /teleport",
        "Lin: /ical link team", "Lin: /shift take offer:99", "Lin: /link ABCD-EFGH", "Lin: /team mentor",
        "Dan: /roster build", "Dan: /roster publish", "Dan: /team role Lin wizard", "Dan: /team add KF009",
        "Dan: /team mentor", "Dan: /avail show Nobody",
    ]
    for line in lines:
        answer = await chat.say(line)
        shown = "\n".join(to_english_speakers(answer))
        assert answer and not CJK.search(shown), (line, CJK.findall(shown), shown)


def to_english_speakers(answer: str) -> list[str]:
    """The lines said to Dan or Lin (replies and DMs); channel posts are in the team's language, Chinese."""
    kept, keep = [], False
    for row in answer.splitlines():
        if row.startswith("[bot"):
            keep = "#roster" not in row
            continue
        if keep:
            kept.append(row)
    return kept

"""Someone who chose English is answered in English only: no Chinese words, examples included."""

from __future__ import annotations

import re

from coordinator.app import App, build_app
from coordinator.clock import FakeClock
from coordinator.settings import MeetingsSettings, Settings
from tests.app.transcript import Transcript
from tests.mail.conftest import SmtpServer, smtp_server

__all__ = ["smtp_server"]

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
THREAD = "#第1期会议"
"""The meeting thread's name is the team's, in the team's language, as a member's name would be."""


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


MEETING = [
    'Dan: /meeting schedule "2026-11-26 21:00" Lin title:Weekly place:#voice',
    "Lin: /meeting schedule tomorrow 9pm", 'Dan: /meeting schedule "1999-01-01 21:00"',
    'Dan: /meeting schedule "9999-01-01 21:00"', "Dan: /meeting schedule someday",
    'Dan: /meeting schedule "2026-11-27 21:00" Nobody', 'Dan: /meeting schedule "2026-11-27 21:00" number:1',
    "Lin: /agenda add Online new volunteers", "Lin: /agenda add Finance budget", "Lin: /agenda add",
    "Lin: /agenda list", "Wen: /absent travelling", "Lin: /meeting start", "~ 2026-11-26 21:00", "Wen: /note hello",
    "Dan: /meeting start", "Lin: /meeting start", "Lin: /meeting start", "Lin: /meeting recorder Wen",
    "Ann: /here", "Ann: /here", f"Wen {THREAD}: the training starts next week",
    f"Wen {THREAD}: decision: weekly training", f"Wen {THREAD}: action: Lin call the school 2026-12-03",
    "Lin: /next", "Lin: /next Finance", "Lin: /decision switch SMS provider",
    "Lin: /action add Wen compare prices due:2026-12-10", "Lin: /action add Nobody do it",
    "Lin: /action add Wen do it due:someday", "Lin: /action add Wen do it due:1999-01-01", "Ann: /meeting end",
    'Lin: /meeting next "2026-12-10 21:00" Wen', "Lin: /actions", "Lin: /actions all", "Ann: /actions overdue",
    "Ann: /action done 3", "Ann: /action done 999999", "Ann: /action done abc", "Lin: /meeting end",
    "Lin: /minutes search training", "Lin: /minutes search .*", "Lin: /minutes search", "Lin: /help meeting",
    "Lin: /help action", "~ 2026-12-04 12:00", "Lin: /action done 3 called them", "Ann: /note too late",
]


async def test_an_english_speaker_never_sees_chinese_in_a_meeting(database_url: str, clock: FakeClock,
                                                                   smtp_server: SmtpServer) -> None:
    """The team speaks Chinese (its posts are Chinese); Dan, Lin, Wen and Ann chose English, sections are English."""
    meetings = MeetingsSettings(sections=("Online", "SMS", "Other"), minutes_to=("team@example.org",))
    app = await build_app(Settings(database_url=database_url, meetings=meetings, smtp=smtp_server.settings()), clock)
    try:
        chat = Transcript(app)
        await chat.bootstrap("Dan")
        await chat.say("Dan: /language en")
        for name in ("Lin", "Wen", "Ann"):
            await chat.say(f"Dan: /team add {name}")
            await chat.say(f"{name}: /language en")
        said = []
        for line in MEETING:
            answer = await chat.say(line)
            shown = "\n".join(to_english_speakers(answer)).replace(THREAD, "#thread")
            assert answer and not CJK.search(shown), (line, CJK.findall(shown), shown)
            said.append(shown)
        assert "The minutes of meeting No. 1 were mailed to 1 addresses." in "\n".join(said)
    finally:
        await app.close()


def to_english_speakers(answer: str) -> list[str]:
    """The lines said to the English speakers (replies and DMs, indented under their header); channel and thread
    posts, and the console's own clock lines, are in the team's language, Chinese."""
    kept, keep = [], False
    for row in answer.splitlines():
        if row.startswith("[bot"):
            keep = not row.startswith("[bot → #")
            continue
        if keep and row.startswith("  "):
            kept.append(row)
    return kept

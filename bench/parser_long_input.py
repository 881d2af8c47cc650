"""How long the availability parser takes on 100,000-character messages: ``python bench/parser_long_input.py``.

Each message repeats one short pattern (a list of days, a header with a colon, lines of a table, emoji between
day names …) up to the length; the figure is the seconds one message takes. Time should grow about linearly
with the length, so ``--length 10000`` should take about a tenth as long.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coordinator.availability.parser import parse_availability  # noqa: E402

PATTERNS = {
    "days and commas": "周三，",
    "offers": "周一晚上可以，",
    "a day per line": "周二 上午\n",
    "pipe table": "Mon | Tue\n",
    "part headers": "晚上：周一、",
    "English words": "hello world ",
    "dashes": "a - b ",
    "emoji between days": "😀周三",
    "hedges": "周三可能可以，",
    "ambiguous hours": "周五8点，",
    "a grid of ticks": "上午 下午 晚上\n周一 ✓ ✗ ✓\n",
    "digit days with halves": "六日上 ",
    "reasons in brackets": "周一晚上（要上课）",
    "because": "周二晚上可以，因为白天要上班，",
    "ticks beside days": "周一 ✓ 周二 ×\n",
    "cancels": "周五晚上那个取消，",
    "away after the end": "Sat until Dec 25, then I'm travelling, ",
    "busy around the times": "6 to 9 pm, at work before that, ",
    "traditional characters": "週六上午10點到12點，",
    "any day": "哪天都行，",
    "hedges apart by spaces": "周日全天 周五不一定 ",
    "bullets under parts": "上午：\n- 周一\n",
    "confirm later": "Sat all day. I'll confirm Sunday later ",
    "greetings": "hi all, this week I can do Tue ",
    "the same, plus": "mon morning, fri the same plus the afternoon, ",
    "spaces for commas": "周末都可以 实在缺人的话周三晚上也能来 ",
    "a bracketed key": "（上/下/晚）\n周六 ✓✓✓\n",
    "days said too, clocked": "周一下午可以，周五也一样，不过要三点以后，",
    "away between commas": "，出差",
    "a preference, then a day": "最好周日，周六",
    "a reason before so": "一点半才下课，所以两点以后才能上线，",
    "a refusal after the times": "till 9, then it's family time, ",
    "one-day letters apart": "m w f ",
    "a whole day, then an end": "周四全天，到下午六点为止，",
    "markdown tables": "| 周一 | 周二 |\n|---|---|\n| 晚 | × |\n",
    "refused unless short, no commas": "周日最好别排 除非实在缺人 ",
    "items numbered in Chinese": "二、周三：下午\n",
    "weekdays after dates": "12月24日（星期四）到",
    "topics with 呢": "周四呢，也是下午。",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--length", type=int, default=100_000, help="characters per message")
    length = parser.parse_args().length
    for name, unit in PATTERNS.items():
        text = (unit * (length // len(unit) + 1))[:length]
        started = time.perf_counter()
        parse_availability(text, date(2026, 12, 7))
        print(f"{name:>20}: {time.perf_counter() - started:6.2f} s", flush=True)


if __name__ == "__main__":
    main()

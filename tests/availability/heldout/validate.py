"""Check a held-out batch against BRIEF.md: ``python3 validate.py FILE START``; prints the problems, or the counts."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from datetime import date

KEYS = ["id", "lang", "class", "ref_date", "text", "week", "leave", "confident", "mode", "hours", "max_shifts",
        "starts", "ends", "chat", "unclear"]
CLASSES = {"plain", "partial", "upper_bound", "ellipsis", "scope", "union", "continuation", "team_writing", "layout",
           "date_bound", "limit", "amend", "leave", "hedge", "chat"}
PER_CLASS = {"zh": 8, "en": 4, "mixed": 3}
PREFIX = {"zh": "zh", "en": "en", "mixed": "mx"}
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
SLOTS = ["morning", "afternoon", "evening"]
LEVELS = {"available", "partial", "standby", "preferred"}
HOUR = re.compile(r"^([01]\d|2[0-2]):[0-5]\d$")


def expand(week: str) -> dict[str, str]:
    result: dict[str, str] = {}
    for entry in filter(None, (part.strip() for part in week.split(";"))):
        where, _, level = entry.partition("=")
        days, sep, names = where.partition(":")
        if not sep:
            raise ValueError(f"entry {entry!r} has no ':'")
        if level and level not in LEVELS:
            raise ValueError(f"unknown level {level!r}")
        for day in _days(days):
            for name in SLOTS if names == "*" else names.split(","):
                if name not in SLOTS:
                    raise ValueError(f"unknown slot {name!r}")
                result[f"{day}:{name}"] = level or "available"
    return result


def _days(spec: str) -> list[str]:
    if spec == "*":
        return DAYS
    days: list[str] = []
    for item in spec.split(","):
        first, _, last = item.partition("-")
        if first not in DAYS or (last or first) not in DAYS:
            raise ValueError(f"unknown day in {spec!r}")
        days.extend(DAYS[DAYS.index(first): DAYS.index(last or first) + 1])
    return days


def problems(row: dict, expected_number: int) -> list[str]:
    found: list[str] = []
    if list(row) != KEYS:
        return [f"keys must be, in order: {KEYS}"]
    prefix = PREFIX.get(row["lang"])
    if prefix is None:
        found.append(f"lang {row['lang']!r} is not zh, en or mixed")
    elif row["id"] != f"{prefix}-{expected_number}":
        found.append(f"id should be {prefix}-{expected_number}")
    if row["class"] not in CLASSES:
        found.append(f"unknown class {row['class']!r}")
    if not (date(2026, 11, 30) <= date.fromisoformat(row["ref_date"]) <= date(2027, 1, 31)):
        found.append("ref_date outside 2026-11-30..2027-01-31")
    try:
        slots = expand(row["week"])
    except ValueError as error:
        return found + [f"week: {error}"]
    for period in row["leave"]:
        for day in period.split(".."):
            date.fromisoformat(day)
    partial = {key for key, level in slots.items() if level == "partial"}
    if set(row["hours"]) != partial:
        found.append(f"hours must name exactly the partial slots {sorted(partial)}")
    for span in row["hours"].values():
        if len(span) != 2 or not all(HOUR.match(hour) for hour in span) or span[0] >= span[1]:
            found.append(f"hours {span} must be two HH:MM times, the first earlier")
    if row["mode"] not in {"replace", "add", "remove", "keep"}:
        found.append(f"unknown mode {row['mode']!r}")
    if (row["mode"] == "keep") != (not slots):
        found.append("mode is keep exactly when week is empty")
    if row["chat"] and (slots or row["leave"] or row["confident"] or row["unclear"]):
        found.append("chat has an empty week, no leave, confident false and unclear false")
    if not row["confident"] and (slots or row["leave"]):
        found.append("confident false stores nothing: week empty and no leave")
    if not row["confident"] and not row["chat"] and not row["unclear"]:
        found.append("a message that is not confident and not chat is unclear")
    if row["max_shifts"] is not None and not (isinstance(row["max_shifts"], int) and row["max_shifts"] > 0):
        found.append("max_shifts is a positive number or null")
    for key in ("starts", "ends"):
        if row[key] is not None:
            date.fromisoformat(row[key])
    return found


def main(path: str, start: int) -> int:
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    bad = 0
    for number, row in enumerate(rows, start):
        for problem in problems(row, number):
            bad += 1
            print(f"{row.get('id', number)}: {problem}")
    by_class = Counter((row["class"], row["lang"]) for row in rows)
    for kind in sorted(CLASSES):
        for lang, count in PER_CLASS.items():
            if by_class[kind, lang] != count:
                bad += 1
                print(f"class {kind}: {by_class[kind, lang]} {lang} messages, {count} wanted")
    if len(rows) != 225:
        bad += 1
        print(f"{len(rows)} messages, 225 wanted")
    if not bad:
        print(f"ok: {len(rows)} messages, 15 classes × (8 zh, 4 en, 3 mixed)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2])))

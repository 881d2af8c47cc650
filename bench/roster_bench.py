"""How fast ``coordinator roster solve`` is on realistic teams: ``bench/roster_bench.py [--sizes 20,200]``.

Each team is generated from a seed: thin afternoons, crowded evenings, standby and partial availability, some
leave, about 15% trainees with mentors, a few pins and last week's roster; requirements grow with the team so
big teams are really short in the afternoons. The whole command runs as a subprocess (start-up included) and
its shortfall is compared with the exact min-cost-flow bound for priorities 1–2 (a lower bound when the
trainee rule is on, so the solver may only match it or, rarely, stay above it).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coordinator.roster.solver import min_cost_flow_bound, problem_from_json  # noqa: E402

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
SLOTS = ("morning", "afternoon", "evening")
MONDAY_DATES = [f"2026-12-{d:02d}" if d > 0 else "2026-11-30" for d in range(0, 7)]
PROFILES = (("evening", 0.40), ("weekend", 0.18), ("daytime", 0.10), ("flexible", 0.17), ("morning", 0.15))
TIME_LIMITS = {20: 1.0, 60: 1.0, 200: 1.0, 600: 3.5, 2000: 50.0}
TARGETS = {200: 2.0, 600: 5.0, 2000: 60.0}
PER_VOLUNTEER_DEMAND = {"morning": 1 / 22, "afternoon": 1 / 9, "evening": 1 / 11}


def _level(rng: random.Random) -> str:
    return rng.choices(("available", "preferred", "standby"), (0.7, 0.15, 0.15))[0]


def _wanted(profile: str, rng: random.Random) -> dict[str, str]:
    """The slots one volunteer lists, by profile."""
    keys: dict[str, str] = {}
    weekdays, weekend = DAYS[:5], DAYS[5:]
    if profile == "evening":
        keys |= {f"{d}:evening": _level(rng) for d in rng.sample(weekdays, rng.randint(2, 5))}
        keys |= {f"{d}:afternoon": "partial" for d in weekdays if rng.random() < 0.3}
    elif profile == "weekend":
        keys |= {f"{d}:{s}": _level(rng) for d in weekend for s in SLOTS if rng.random() < 0.6}
    elif profile == "daytime":
        keys |= {
            f"{d}:{s}": _level(rng) for d in weekdays for s in ("morning", "afternoon") if rng.random() < 0.5
        }
    elif profile == "morning":
        keys |= {f"{d}:morning": _level(rng) for d in DAYS if rng.random() < 0.5}
    else:
        keys |= {
            f"{d}:{s}": rng.choice(("available", "standby", "standby"))
            for d in DAYS
            for s in SLOTS
            if rng.random() < 0.35
        }
    return keys


def generate(size: int, seed: int = 1) -> dict:
    """A seeded team of ``size`` volunteers and its week's roster problem."""
    rng = random.Random(seed * 100_003 + size)
    ids = [f"KF{i:04d}" for i in range(1, size + 1)]
    mentors = [who for who in ids if rng.random() < 0.15] or ids[:1]
    volunteers = []
    for who in ids:
        profile = rng.choices([p for p, _ in PROFILES], [w for _, w in PROFILES])[0]
        trainee = who not in mentors and rng.random() < 0.15
        volunteer = {
            "id": who,
            "name": f"志愿者{who[2:]}",
            "roles": ["trainee"] if trainee else ["mentor"] if who in mentors else ["member"],
            "max_shifts": rng.choice((2, 3, 3, 4)),
            "min_shifts": 1 if rng.random() < 0.2 else 0,
            "availability": _wanted(profile, rng),
        }
        if trainee:
            volunteer["mentor"] = rng.choice(mentors)
        if rng.random() < 0.08:
            first = rng.randrange(7)
            last = min(6, first + rng.randrange(4))
            volunteer["leave"] = [{"from": MONDAY_DATES[first], "to": MONDAY_DATES[last]}]
        volunteers.append(volunteer)
    return {
        "week": "2026-W49",
        "timezone": "Asia/Shanghai",
        "requirements": {"default": {"min": 1, "target": 1, "max": 3}, "overrides": _overrides(size)},
        "rules": {"max_shifts_per_day": 1, "trainee_needs_mentor": True, "allow_partial": False},
        "volunteers": volunteers,
        "pinned": _pins(volunteers, rng, max(1, size // 50)),
        "previous": _previous(volunteers, rng),
    }


def _overrides(size: int) -> list[dict]:
    found = []
    for day in DAYS:
        for slot in SLOTS:
            boost = 1.3 if day in ("sat", "sun") else 1.0
            target = max(1, round(size * PER_VOLUNTEER_DEMAND[slot] * boost))
            low = max(1, int(target * 0.6))
            found.append(
                {"day": day, "slot": slot, "min": low, "target": target, "max": target + max(1, target // 2)}
            )
    return found


def _workable(volunteer: dict) -> list[str]:
    return [key for key, level in volunteer["availability"].items() if level in ("available", "preferred")]


def _pins(volunteers: list[dict], rng: random.Random, count: int) -> list[dict]:
    """A few pins that keep the rules: non-trainees, no leave, one per person, one per slot."""
    pins, used = [], set()
    for volunteer in rng.sample(volunteers, len(volunteers)):
        options = [k for k in _workable(volunteer) if k not in used]
        if len(pins) == count:
            break
        if options and "trainee" not in volunteer["roles"] and "leave" not in volunteer:
            key = rng.choice(options)
            used.add(key)
            day, slot = key.split(":")
            pins.append({"volunteer": volunteer["id"], "day": day, "slot": slot})
    return pins


def _previous(volunteers: list[dict], rng: random.Random) -> list[dict]:
    found = []
    for volunteer in volunteers:
        options = _workable(volunteer)
        for key in rng.sample(options, min(len(options), rng.choice((0, 1, 2)))):
            day, slot = key.split(":")
            found.append({"volunteer": volunteer["id"], "day": day, "slot": slot})
    return found


def coordinator_command() -> list[str]:
    """The ``coordinator`` installed beside this Python, or ``python -m coordinator`` when there is none."""
    script = Path(sys.executable).parent / "coordinator"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "coordinator"]


def run(size: int, limit: float) -> dict:
    data = generate(size)
    bound = min_cost_flow_bound(problem_from_json(data))
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False)
    command = [
        *coordinator_command(),
        "roster",
        "solve",
        "--input",
        handle.name,
        "--json",
        "--time-limit",
        str(limit),
    ]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    Path(handle.name).unlink()
    if done.returncode != 0:
        raise SystemExit(f"size {size}: exit {done.returncode}: {done.stderr.strip()}")
    solution = json.loads(done.stdout)
    return {"size": size, "limit": limit, "wall": wall, "solution": solution, "bound": bound}


def row(result: dict) -> tuple[str, ...]:
    solution, bound, size = result["solution"], result["bound"], result["size"]
    got = (solution["shortfall"]["min"], solution["shortfall"]["target"])
    exact = (bound.min, bound.target)
    match = "= exact" if got == exact else ("≥ bound" if got >= exact else "✗ below bound")
    goal = TARGETS.get(size)
    return (
        str(size),
        f"{result['limit']:g}",
        f"{result['wall']:.2f}",
        f"{goal:g}" if goal else "-",
        solution["status"],
        "/".join(map(str, got)),
        f"{bound.min}/{bound.target}",
        match,
        str(len(solution["assignments"])),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="20,60,200,600,2000", help="comma-separated team sizes")
    parser.add_argument("--time-limit", type=float, help="seconds for every size (default: per size)")
    args = parser.parse_args()
    console = Console(width=max(Console().width, 110))
    table = Table(title="coordinator roster solve, whole command, 2 workers")
    for column in (
        "team",
        "limit s",
        "wall s",
        "goal s",
        "status",
        "short min/tgt",
        "bound min/tgt",
        "match",
        "shifts",
    ):
        table.add_column(column, justify="right")
    for size in (int(part) for part in args.sizes.split(",") if part.strip()):
        with console.status(f"{size} volunteers…"):
            table.add_row(*row(run(size, args.time_limit or TIME_LIMITS.get(size, 10.0))))
    console.print(table)


if __name__ == "__main__":
    main()

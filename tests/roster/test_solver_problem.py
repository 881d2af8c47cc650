"""The example problem, generated problems against the flow bound and brute force, ProblemError messages."""

from __future__ import annotations

import copy
import itertools
import json
import random
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from coordinator.roster.solver import (
    ProblemError,
    min_cost_flow_bound,
    problem_from_json,
    solution_to_json,
    solve,
)

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "roster_problem.json"
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MONDAY = date(2026, 11, 30)


def requirements(data: dict) -> dict[tuple[str, str], dict[str, int]]:
    req = data.get("requirements", {})
    base = {"min": 1, "target": 1, "max": 3, **req.get("default", {})}
    slots = [s["name"] for s in data.get("slots", [{"name": n} for n in ("morning", "afternoon", "evening")])]
    needs = {(d, s): dict(base) for d in DAYS for s in slots}
    for o in req.get("overrides", []):
        needs[o["day"], o["slot"]].update({k: o[k] for k in ("min", "target", "max") if k in o})
    return needs


def violations(data: dict, result: dict) -> list[str]:
    """Every hard rule of ROSTER_FORMAT.md the JSON solution breaks, checked from the raw JSON alone."""
    rules = {
        "max_shifts_per_day": 1,
        "trainee_needs_mentor": True,
        "allow_partial": False,
        **data.get("rules", {}),
    }
    people = {v["id"]: v for v in data["volunteers"]}
    levels = {"available", "preferred", "standby"} | ({"partial"} if rules["allow_partial"] else set())
    found, per_slot, per_day = [], Counter(), Counter()
    for a in result["assignments"]:
        v, key, on = (
            people[a["volunteer"]],
            f"{a['day']}:{a['slot']}",
            MONDAY + timedelta(DAYS.index(a["day"])),
        )
        if v.get("availability", {}).get(key) not in levels:
            found.append(f"{v['id']} not available {key}")
        if any(
            date.fromisoformat(p["from"]) <= on <= date.fromisoformat(p["to"]) for p in v.get("leave", [])
        ):
            found.append(f"{v['id']} on leave {key}")
        if a["date"] != on.isoformat():
            found.append(f"wrong date {a}")
        per_slot[a["day"], a["slot"]] += 1
        per_day[a["volunteer"], a["day"]] += 1
    loads = Counter(a["volunteer"] for a in result["assignments"])
    needs = requirements(data)
    found += [f"{k} over max" for k, n in per_slot.items() if n > needs[k]["max"]]
    found += [f"{w} over max_shifts" for w, n in loads.items() if n > people[w].get("max_shifts", 3)]
    found += [f"{k} over per day" for k, n in per_day.items() if n > rules["max_shifts_per_day"]]
    if rules["trainee_needs_mentor"]:
        for key in per_slot:
            on_it = [a["volunteer"] for a in result["assignments"] if (a["day"], a["slot"]) == key]
            if all("trainee" in people[w].get("roles", []) for w in on_it):
                found.append(f"{key} trainees alone")
    placed = {(a["volunteer"], a["day"], a["slot"]) for a in result["assignments"]}
    found += [
        f"pin {p} lost" for p in data.get("pinned", []) if (p["volunteer"], p["day"], p["slot"]) not in placed
    ]
    found += [f"load of {w} wrong" for w in people if result["load"].get(w) != loads[w]]
    short = [(max(0, n["min"] - per_slot[k]), max(0, n["target"] - per_slot[k])) for k, n in needs.items()]
    if [sum(s[0] for s in short), sum(s[1] for s in short)] != [
        result["shortfall"]["min"],
        result["shortfall"]["target"],
    ]:
        found.append("shortfall does not add up")
    return found


def test_the_example_solves_optimally_and_keeps_every_hard_rule() -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    problem = problem_from_json(data)
    result = solution_to_json(solve(problem), problem.names())
    assert result["status"] == "OPTIMAL"
    assert violations(data, result) == []
    bound = min_cost_flow_bound(problem)
    assert (result["shortfall"]["min"], result["shortfall"]["target"]) >= (bound.min, bound.target)
    assert sum(gap["missing"] for gap in result["gaps"]) == result["shortfall"]["target"]


def generated(seed: int, size: int, trainees: bool) -> dict[str, Any]:
    rng = random.Random(seed)
    keys = [f"{d}:{s}" for d in DAYS[:3] for s in ("morning", "evening")]
    levels = ("available", "available", "preferred", "standby", "partial")
    volunteers = []
    for i in range(size):
        volunteer = {
            "id": f"V{i}",
            "name": f"V{i}",
            "max_shifts": rng.randint(0, 3),
            "min_shifts": rng.randint(0, 1),
            "availability": {k: rng.choice(levels) for k in rng.sample(keys, rng.randint(0, 4))},
        }
        volunteer["min_shifts"] = min(volunteer["min_shifts"], volunteer["max_shifts"])
        if trainees and rng.random() < 0.3:
            volunteer["roles"] = ["trainee"]
        if rng.random() < 0.2:
            volunteer["leave"] = [{"from": "2026-12-01", "to": "2026-12-01"}]
        volunteers.append(volunteer)
    overrides = []
    for key in keys:
        low = rng.randint(0, 2)
        target = low + rng.randint(0, 2)
        overrides.append(
            {"day": key[:3], "slot": key[4:], "min": low, "target": target, "max": target + rng.randint(0, 1)}
        )
    previous = [
        {"volunteer": v["id"], "day": k[:3], "slot": k[4:]}
        for v in volunteers
        for k in v["availability"]
        if rng.random() < 0.3
    ]
    return {
        "week": "2026-W49",
        "requirements": {"default": {"min": 0, "target": 0, "max": 2}, "overrides": overrides},
        "rules": {
            "max_shifts_per_day": rng.randint(1, 2),
            "trainee_needs_mentor": trainees,
            "allow_partial": rng.random() < 0.3,
        },
        "volunteers": volunteers,
        "previous": previous,
    }


@pytest.mark.parametrize("seed", range(30))
def test_generated_problems_reach_the_flow_bound_without_the_trainee_rule(seed: int) -> None:
    data = generated(seed, size=3 + seed % 10, trainees=False)
    problem = problem_from_json(data)
    result = solution_to_json(solve(problem, time_limit=5), problem.names())
    bound = min_cost_flow_bound(problem)
    assert violations(data, result) == []
    assert (result["shortfall"]["min"], result["shortfall"]["target"]) == (bound.min, bound.target)


@pytest.mark.parametrize("seed", range(10))
def test_with_the_trainee_rule_the_flow_is_a_lower_bound(seed: int) -> None:
    data = generated(100 + seed, size=6 + seed, trainees=True)
    problem = problem_from_json(data)
    result = solution_to_json(solve(problem, time_limit=5), problem.names())
    bound = min_cost_flow_bound(problem)
    assert violations(data, result) == []
    assert (result["shortfall"]["min"], result["shortfall"]["target"]) >= (bound.min, bound.target)


def priority_key(data: dict, chosen: tuple[tuple[str, str], ...]) -> tuple[int, ...]:
    """The five priorities of ROSTER_FORMAT.md for a roster, as one tuple to compare (smaller is better)."""
    people = {v["id"]: v for v in data["volunteers"]}
    counts, loads = Counter(k for _, k in chosen), Counter(w for w, _ in chosen)
    needs = requirements(data)
    level = [people[w]["availability"][k] for w, k in chosen]
    before = {(p["volunteer"], f"{p['day']}:{p['slot']}") for p in data.get("previous", [])}
    return (
        sum(max(0, n["min"] - counts[f"{d}:{s}"]) for (d, s), n in needs.items()),
        sum(max(0, n["target"] - counts[f"{d}:{s}"]) for (d, s), n in needs.items()),
        level.count("standby"),
        -level.count("preferred"),
        sum(max(0, v.get("min_shifts", 0) - loads[w]) for w, v in people.items()),
        sum(n * n for n in loads.values()),
        len(before.symmetric_difference(chosen)),
    )


def small(seed: int, most: int = 12) -> dict[str, Any]:
    """A generated problem cut down to at most ``most`` (volunteer, slot) options, for brute force."""
    data = generated(200 + seed, size=4 + seed % 2, trainees=seed % 2 == 0)
    data["rules"]["allow_partial"] = True
    for volunteer in data["volunteers"]:
        volunteer.pop("leave", None)
        keep = list(volunteer["availability"])[: max(0, most)]
        volunteer["availability"] = {k: volunteer["availability"][k] for k in keep}
        most -= len(keep)
    return data


@pytest.mark.parametrize("seed", range(20))
def test_small_problems_match_brute_force_on_every_priority(seed: int) -> None:
    data = small(seed)
    options = [(v["id"], k) for v in data["volunteers"] for k in v["availability"]]
    best = None
    for mask in itertools.product((0, 1), repeat=len(options)):
        chosen = tuple(o for o, bit in zip(options, mask, strict=True) if bit)
        as_json = {
            "assignments": [
                {
                    "volunteer": w,
                    "day": k[:3],
                    "slot": k[4:],
                    "date": (MONDAY + timedelta(DAYS.index(k[:3]))).isoformat(),
                }
                for w, k in chosen
            ],
            "load": {},
            "shortfall": {"min": 0, "target": 0},
        }
        if not [v for v in violations(data, as_json) if "wrong" not in v and "shortfall" not in v]:
            key = priority_key(data, chosen)
            best = key if best is None else min(best, key)
    result = solution_to_json(solve(problem_from_json(data), time_limit=5))
    got = tuple((a["volunteer"], f"{a['day']}:{a['slot']}") for a in result["assignments"])
    assert result["status"] == "OPTIMAL"
    assert priority_key(data, got) == best


def broken(path: str, value: Any) -> dict[str, Any]:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    target, *rest = path.split(".")
    node = data
    keys = [target, *rest]
    for key in keys[:-1]:
        node = node[int(key)] if isinstance(node, list) else node[key]
    last = keys[-1]
    if value is KeyError:
        del node[last]
    elif isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return copy.deepcopy(data)


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("volunteers.3.max_shifts", -1, "volunteers[3].max_shifts must be a whole number from 0 to 10000"),
        ("volunteers.3.max_shifts", 2.5, "volunteers[3].max_shifts must be a whole number from 0 to 10000"),
        ("volunteers.3.max_shifts", 10**20, "volunteers[3].max_shifts must be a whole number from 0 to 10000"),
        ("requirements.default.max", 10**20, "requirements.default.max must be a whole number from 0 to 10000"),
        ("week", "9999-W52", "week '9999-W52' is out of range; use a year from 2000 to 2100"),
        ("volunteers.3.mentor", "KF404", "volunteers[3].mentor 'KF404' is not one of the volunteers' ids"),
        ("volunteers.3.mentor", "KF004", "volunteers[3].mentor is the volunteer themself"),
        ("volunteers.0.min_shifts", 9, "volunteers[0].min_shifts cannot be more than its max_shifts (4)"),
        ("week", "2026-49", "week must be an ISO week label such as 2026-W49"),
        ("week", "2026-W54", "week '2026-W54' does not exist"),
        ("pinned.0.volunteer", "KF099", "pinned[0].volunteer 'KF099' is not one of the volunteers"),
        ("pinned.0.day", "monday", "pinned[0].day must be one of mon, tue, wed, thu, fri, sat, sun"),
        ("pinned.0.slot", "night", "pinned[0].slot must be one of afternoon, evening, morning"),
        (
            "volunteers.1.availability",
            {"wed:night": "available"},
            "volunteers[1].availability has an unknown slot 'wed:night'",
        ),
        (
            "volunteers.1.availability",
            {"wed:evening": "maybe"},
            "volunteers[1].availability['wed:evening'] must be one of",
        ),
        (
            "volunteers.6.leave",
            [{"from": "2026-12-03", "to": "2026-12-01"}],
            "volunteers[6].leave[0] ends before it starts",
        ),
        ("volunteers.2.id", "KF001", "volunteers[2].id 'KF001' is used by an earlier volunteer too"),
        (
            "volunteers.4.roles",
            ["boss"],
            "volunteers[4].roles must be a list of member, trainee, mentor, lead",
        ),
        ("requirements.overrides.0.min", 5, "requirements.overrides[0] needs min ≤ target ≤ max"),
        ("rules.allow_partial", "yes", "rules.allow_partial must be true or false"),
        ("timezone", "Mars/Base", "timezone 'Mars/Base' is not an IANA time zone"),
        ("volunteers", KeyError, "volunteers is missing"),
        ("volunteers.0.max_shift", 3, "volunteers[0] has an unknown field 'max_shift'"),
    ],
)
def test_problem_errors_name_the_field_in_one_sentence(path: str, value: Any, message: str) -> None:
    with pytest.raises(ProblemError) as caught:
        problem_from_json(broken(path, value))
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_defaults_fill_omitted_fields() -> None:
    problem = problem_from_json({"week": "2026-W49", "volunteers": [{"id": "KF001", "name": "廖丹"}]})
    volunteer = problem.volunteers[0]
    assert (problem.timezone, [s.name for s in problem.slots]) == (
        "Asia/Shanghai",
        ["morning", "afternoon", "evening"],
    )
    assert (volunteer.roles, volunteer.max_shifts, volunteer.min_shifts, volunteer.leave) == (
        ("member",),
        3,
        0,
        (),
    )
    assert {(n.min, n.target, n.max) for n in problem.needs.values()} == {(1, 1, 3)}
    assert (
        problem.rules.max_shifts_per_day,
        problem.rules.trainee_needs_mentor,
        problem.rules.allow_partial,
    ) == (1, True, False)
    assert problem.monday == MONDAY

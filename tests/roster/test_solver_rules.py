"""One given/expect test per hard rule and per priority of the roster solver."""

from __future__ import annotations

from typing import Any

from coordinator.roster.solver import Solution, describe_reason, problem_from_json, solve

QUIET = {"min": 0, "target": 0, "max": 3}


def need(day: str, slot: str, low: int, target: int, high: int = 3) -> dict[str, Any]:
    return {"day": day, "slot": slot, "min": low, "target": target, "max": high}


def person(vid: str, *shifts: str, level: str = "available", **fields: Any) -> dict[str, Any]:
    return {
        "id": vid,
        "name": fields.pop("name", vid),
        "availability": dict.fromkeys(shifts, level),
        **fields,
    }


def run(volunteers: list[dict], needs: list[dict], **extra: Any) -> Solution:
    data = {
        "week": "2026-W49",
        "requirements": {"default": QUIET, "overrides": needs},
        "volunteers": volunteers,
        **extra,
    }
    return solve(problem_from_json(data), time_limit=5)


def on(solution: Solution, day: str, slot: str) -> set[str]:
    return {a.volunteer for a in solution.assignments if (a.day, a.slot) == (day, slot)}


def test_a_volunteer_works_only_slots_they_listed() -> None:
    solution = run([person("A", "mon:morning")], [need("mon", "morning", 1, 1), need("tue", "morning", 1, 1)])
    assert on(solution, "mon", "morning") == {"A"} and on(solution, "tue", "morning") == set()


def test_no_work_on_a_leave_date() -> None:
    leave = [{"from": "2026-12-01", "to": "2026-12-01"}]
    solution = run(
        [person("A", "mon:morning", "tue:morning", leave=leave)],
        [need("mon", "morning", 1, 1), need("tue", "morning", 1, 1)],
    )
    assert [(a.day, a.date.isoformat()) for a in solution.assignments] == [("mon", "2026-11-30")]


def test_partial_only_when_allowed() -> None:
    volunteers, needs = [person("A", "mon:afternoon", level="partial")], [need("mon", "afternoon", 1, 1)]
    assert run(volunteers, needs).assignments == ()
    assert on(run(volunteers, needs, rules={"allow_partial": True}), "mon", "afternoon") == {"A"}


def test_someone_free_for_the_whole_slot_is_chosen_over_someone_free_for_part() -> None:
    """Even when evening out the loads would rather give the slot to the one who works nothing else."""
    volunteers = [person("P", "mon:afternoon", level="partial"), person("F", "mon:afternoon", "tue:morning")]
    needs = [need("mon", "afternoon", 1, 1, 1), need("tue", "morning", 1, 1, 1)]
    assert on(run(volunteers, needs, rules={"allow_partial": True}), "mon", "afternoon") == {"F"}


def test_at_most_max_in_a_slot() -> None:
    volunteers = [person(v, "mon:morning", level="preferred") for v in "ABCD"]
    assert len(on(run(volunteers, [need("mon", "morning", 1, 1, 2)]), "mon", "morning")) == 2


def test_at_most_max_shifts_a_week() -> None:
    days = ("mon", "tue", "wed", "thu", "fri")
    solution = run(
        [person("A", *(f"{d}:morning" for d in days), max_shifts=2)], [need(d, "morning", 1, 1) for d in days]
    )
    assert solution.load == {"A": 2}


def test_at_most_max_shifts_per_day() -> None:
    volunteers = [person("A", "mon:morning", "mon:afternoon", "mon:evening")]
    needs = [need("mon", slot, 1, 1) for slot in ("morning", "afternoon", "evening")]
    assert run(volunteers, needs).load == {"A": 1}
    assert run(volunteers, needs, rules={"max_shifts_per_day": 2}).load == {"A": 2}


def test_a_trainee_needs_a_non_trainee_on_the_slot() -> None:
    trainee = person("T", "mon:evening", roles=["trainee"])
    assert run([trainee], [need("mon", "evening", 1, 2)]).assignments == ()
    assert on(
        run([trainee, person("M", "mon:evening")], [need("mon", "evening", 1, 2)]), "mon", "evening"
    ) == {"T", "M"}
    alone = run([trainee], [need("mon", "evening", 1, 2)], rules={"trainee_needs_mentor": False})
    assert on(alone, "mon", "evening") == {"T"}


def test_pins_are_kept_even_when_worse() -> None:
    volunteers = [
        person("A", "mon:morning", "tue:morning", max_shifts=1),
        person("S", "mon:morning", level="standby"),
    ]
    pinned = [{"volunteer": "S", "day": "mon", "slot": "morning"}]
    solution = run(volunteers, [need("mon", "morning", 1, 1)], pinned=pinned)
    assert "S" in on(solution, "mon", "morning")


def test_a_pin_that_breaks_a_rule_is_infeasible_and_named() -> None:
    leave = [{"from": "2026-11-30", "to": "2026-11-30"}]
    volunteers = [person("KF007", "mon:morning", name="小静", leave=leave)]
    solution = run(
        volunteers,
        [need("mon", "morning", 1, 1)],
        pinned=[{"volunteer": "KF007", "day": "mon", "slot": "morning"}],
    )
    assert solution.status == "INFEASIBLE" and solution.assignments == ()
    [reason] = solution.infeasible_reasons
    assert reason.volunteer == "KF007"
    assert "小静" in describe_reason(reason, "en", {"KF007": "小静"}) and "leave" in describe_reason(
        reason, "en", {}
    )


def test_pins_over_max_shifts_are_infeasible() -> None:
    volunteers = [person("A", "mon:morning", "tue:morning", max_shifts=1)]
    pinned = [{"volunteer": "A", "day": d, "slot": "morning"} for d in ("mon", "tue")]
    solution = run(volunteers, [], pinned=pinned)
    assert solution.status == "INFEASIBLE"
    assert [(r.code, r.volunteer) for r in solution.infeasible_reasons] == [("pin_over_max_shifts", "A")]


def test_priority_1_min_beats_priority_2_target() -> None:
    """A on Monday leaves Tuesday's trainee alone (2 below target) but covers Monday's minimum."""
    volunteers = [
        person("A", "mon:morning", "tue:morning", max_shifts=1),
        person("T", "tue:morning", roles=["trainee"]),
    ]
    solution = run(volunteers, [need("mon", "morning", 1, 1), need("tue", "morning", 0, 2)])
    assert on(solution, "mon", "morning") == {"A"}
    assert (solution.shortfall.min, solution.shortfall.target) == (0, 2)


def test_priority_2_target_beats_priority_3_standby() -> None:
    volunteers = [
        person("S", "mon:morning", level="standby"),
        person("P", "tue:morning"),
        person("S2", "tue:morning", level="standby"),
    ]
    solution = run(volunteers, [need("mon", "morning", 0, 1), need("tue", "morning", 0, 1)])
    assert on(solution, "mon", "morning") == {"S"} and on(solution, "tue", "morning") == {"P"}


def test_preferred_slots_are_granted() -> None:
    volunteers = [
        person("V", "mon:morning", max_shifts=1)
        | {"availability": {"mon:morning": "available", "tue:morning": "preferred"}},
        person("W", "mon:morning", "tue:morning", max_shifts=1),
    ]
    solution = run(volunteers, [need("mon", "morning", 1, 1), need("tue", "morning", 1, 1)])
    assert on(solution, "tue", "morning") == {"V"} and on(solution, "mon", "morning") == {"W"}


def test_fairness_evens_out_loads() -> None:
    shifts = [f"{d}:evening" for d in ("mon", "tue", "wed", "thu")]
    volunteers = [person("A", *shifts, max_shifts=4), person("B", *shifts, max_shifts=4)]
    solution = run(volunteers, [need(s.split(":")[0], "evening", 1, 1) for s in shifts])
    assert solution.load == {"A": 2, "B": 2}


def test_fairness_respects_how_much_each_can_do() -> None:
    shifts = [f"{d}:evening" for d in ("mon", "tue", "wed", "thu")]
    volunteers = [person("A", *shifts, max_shifts=4), person("B", shifts[0], max_shifts=4)]
    solution = run(volunteers, [need(s.split(":")[0], "evening", 1, 1) for s in shifts])
    assert solution.load == {"A": 3, "B": 1}


def test_min_shifts_met_where_possible() -> None:
    volunteers = [
        person("A", "mon:morning", "tue:morning", "wed:morning", min_shifts=2),
        person("B", "wed:morning"),
    ]
    solution = run(volunteers, [need("wed", "morning", 1, 1)])
    assert solution.load["A"] == 2 and solution.shortfall.target == 0


def test_stability_keeps_previous_assignments() -> None:
    volunteers = [person(v, "mon:morning", "tue:morning", max_shifts=1) for v in "AB"]
    previous = [
        {"volunteer": "A", "day": "tue", "slot": "morning"},
        {"volunteer": "B", "day": "mon", "slot": "morning"},
    ]
    solution = run(
        volunteers, [need("mon", "morning", 1, 1), need("tue", "morning", 1, 1)], previous=previous
    )
    assert on(solution, "tue", "morning") == {"A"} and on(solution, "mon", "morning") == {"B"}
    assert solution.status == "OPTIMAL"

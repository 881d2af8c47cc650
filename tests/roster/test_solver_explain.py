"""Gap reasons, candidates and standby lists, as data and as Chinese and English sentences."""

from __future__ import annotations

from typing import Any

from coordinator.roster.solver import (
    Gap,
    Reason,
    Solution,
    describe_reason,
    problem_from_json,
    solution_to_json,
    solve,
)

NAMES = {
    "KF002": "颜夏",
    "KF005": "熊宝宝",
    "KF007": "小静",
    "KF009": "天吴",
    "KF001": "廖丹",
    "KF004": "瓦蓝",
}


def person(vid: str, availability: dict[str, str], **fields: Any) -> dict[str, Any]:
    return {"id": vid, "name": NAMES.get(vid, vid), "availability": availability, **fields}


def run(
    volunteers: list[dict], needs: list[tuple[str, str, int, int]], **extra: Any
) -> tuple[Solution, dict]:
    overrides = [{"day": d, "slot": s, "min": low, "target": t, "max": 3} for d, s, low, t in needs]
    data = {
        "week": "2026-W49",
        "requirements": {"default": {"min": 0, "target": 0, "max": 3}, "overrides": overrides},
        "volunteers": volunteers,
        **extra,
    }
    solution = solve(problem_from_json(data), time_limit=5)
    return solution, solution_to_json(solution, NAMES)


def gap(solution: Solution, day: str, slot: str) -> Gap:
    return next(g for g in solution.gaps if (g.day, g.slot) == (day, slot))


def sentences(reasons: tuple[Reason, ...], lang: str) -> list[str]:
    return [describe_reason(reason, lang, NAMES) for reason in reasons]


def test_nobody_available() -> None:
    solution, as_json = run([], [("wed", "afternoon", 1, 2)])
    found = gap(solution, "wed", "afternoon")
    assert (found.missing, found.below, found.candidates) == (2, "min", ())
    assert found.reasons == (Reason("nobody_available", None, {"day": "wed", "slot": "afternoon"}),)
    assert sentences(found.reasons, "en") == ["nobody is available on Wednesday afternoon"]
    assert sentences(found.reasons, "zh") == ["星期三下午没有人有空"]
    assert as_json["gaps"][0]["reason"] == "nobody is available on Wednesday afternoon"


def test_on_leave_that_day() -> None:
    leave = [{"from": "2026-12-02", "to": "2026-12-03"}]
    solution, _ = run(
        [person("KF007", {"wed:afternoon": "available"}, leave=leave)], [("wed", "afternoon", 1, 1)]
    )
    found = gap(solution, "wed", "afternoon")
    assert [(r.code, r.volunteer) for r in found.reasons] == [("on_leave", "KF007")]
    assert sentences(found.reasons, "en") == ["小静 is on leave that day"]
    assert sentences(found.reasons, "zh") == ["小静那天请假"]
    assert found.candidates == ()


def test_only_partly_available_is_a_candidate() -> None:
    solution, _ = run([person("KF005", {"mon:afternoon": "partial"})], [("mon", "afternoon", 1, 1)])
    found = gap(solution, "mon", "afternoon")
    assert found.reasons == (Reason("partial_only", "KF005", {"level": "partial"}),)
    assert sentences(found.reasons, "en") == ["熊宝宝 is only partly available (partial)"]
    assert sentences(found.reasons, "zh") == ["熊宝宝只有部分时间有空（部分）"]
    assert found.candidates == ("KF005",)


def test_at_max_shifts_is_a_candidate() -> None:
    shifts = {f"{d}:morning": "available" for d in ("mon", "tue", "wed", "thu")}
    needs = [(d, "morning", 1, 1) for d in ("mon", "tue", "wed", "thu")]
    solution, as_json = run([person("KF002", shifts, max_shifts=3)], needs)
    [found] = solution.gaps
    assert sentences(found.reasons, "en") == ["颜夏 could take it but is at their 3-shift limit"]
    assert sentences(found.reasons, "zh") == ["颜夏可以顶上，但已排满3个班的上限"]
    assert found.candidates == ("KF002",) and as_json["gaps"][0]["candidates"] == ["KF002"]


def test_already_on_another_slot_that_day() -> None:
    volunteers = [person("KF001", {"mon:morning": "available", "mon:evening": "available"})]
    solution, _ = run(volunteers, [("mon", "morning", 1, 1), ("mon", "evening", 1, 1)])
    [found] = solution.gaps
    other = "evening" if found.slot == "morning" else "morning"
    assert found.reasons == (Reason("same_day", "KF001", {"other": other}),)
    assert sentences(found.reasons, "en") == [f"廖丹 already works another slot that day ({other})"]
    assert found.candidates == ("KF001",)


def test_trainee_without_a_mentor_level_volunteer() -> None:
    solution, _ = run(
        [person("KF009", {"sun:afternoon": "available"}, roles=["trainee"], mentor="KF004"), person("KF004", {})],
        [("sun", "afternoon", 1, 1)],
    )
    found = gap(solution, "sun", "afternoon")
    assert sentences(found.reasons, "en") == ["天吴 is a trainee and no mentor-level volunteer is free"]
    assert sentences(found.reasons, "zh") == ["天吴是实习生，没有带教级别的志愿者有空"]
    assert found.candidates == ("KF009",)


def test_reasons_join_with_semicolons_in_json() -> None:
    leave = [{"from": "2026-12-02", "to": "2026-12-02"}]
    volunteers = [
        person("KF007", {"wed:afternoon": "available"}, leave=leave),
        person("KF005", {"wed:afternoon": "partial"}),
    ]
    _, as_json = run(volunteers, [("wed", "afternoon", 1, 1)])
    assert (
        as_json["gaps"][0]["reason"] == "小静 is on leave that day; 熊宝宝 is only partly available (partial)"
    )
    assert as_json["gaps"][0]["candidates"] == ["KF005"]


def test_nobody_else_when_the_slot_is_partly_staffed() -> None:
    solution, _ = run([person("KF001", {"tue:morning": "available"})], [("tue", "morning", 1, 2)])
    found = gap(solution, "tue", "morning")
    assert (found.missing, found.below) == (1, "target")
    assert sentences(found.reasons, "en") == ["nobody else is available on Tuesday morning"]


def test_standby_lists_who_else_could_be_called() -> None:
    leave = [{"from": "2026-12-05", "to": "2026-12-05"}]
    volunteers = [
        person("A", {"sat:evening": "preferred"}),
        person("B", {"sat:evening": "standby"}),
        person("C", {"sat:evening": "available"}),
        person("D", {"sat:evening": "preferred"}, leave=leave),
        person("E", {"sat:evening": "partial"}),
        person("F", {"sat:evening": "available", "sat:morning": "available"}, max_shifts=1),
    ]
    solution, as_json = run(volunteers, [("sat", "evening", 1, 1), ("sat", "morning", 1, 1)])
    assert {a.volunteer for a in solution.assignments if a.slot == "evening"} == {"A"}
    assert solution.standby["sat:evening"] == ("C", "F", "B")
    assert as_json["standby"]["sat:evening"] == ["C", "F", "B"]
    assert "sat:afternoon" not in solution.standby


def test_infeasible_pins_are_described_in_both_languages() -> None:
    volunteers = [
        person("KF001", {"mon:morning": "available", "tue:morning": "available"}, max_shifts=1),
        person("KF009", {"mon:morning": "available"}, roles=["trainee"]),
    ]
    pinned = [
        {"volunteer": "KF001", "day": "tue", "slot": "morning"},
        {"volunteer": "KF009", "day": "mon", "slot": "morning"},
    ]
    solution, as_json = run(
        volunteers, [("mon", "morning", 1, 1)], rules={"max_shifts_per_day": 1}, pinned=pinned
    )
    assert solution.status == "INFEASIBLE"
    [reason] = solution.infeasible_reasons
    assert set(reason.params["people"]) == {"KF001", "KF009"}
    assert set(reason.params["rules"]) == {"max_shifts", "trainee_needs_mentor"}
    english, chinese = (
        sentences(solution.infeasible_reasons, "en")[0],
        sentences(solution.infeasible_reasons, "zh")[0],
    )
    assert "廖丹" in english and "天吴" in english and "weekly shift limit" in english
    assert "廖丹" in chinese and "实习生" in chinese
    assert as_json["status"] == "INFEASIBLE" and as_json["message"] == english

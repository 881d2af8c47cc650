"""The shared labelled examples: the parser must agree with at least 95% of them exactly."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from coordinator.availability.parser import parse_availability

SAMPLES = Path(__file__).resolve().parents[2] / "examples" / "availability_sample.json"
REQUIRED_ACCURACY = 0.95


def _expected(case: dict[str, Any]) -> dict[str, Any]:
    return {"slots": case["slots"], "leave": case["leave"], "confident": case["confident"]}


def _actual(case: dict[str, Any]) -> dict[str, Any]:
    understood = parse_availability(case["text"], date.fromisoformat(case["ref_date"])).as_json()
    return {key: understood[key] for key in ("slots", "leave", "confident")}


def test_samples_agree() -> None:
    cases = json.loads(SAMPLES.read_text(encoding="utf-8"))
    misses = [
        f"{case['id']} {case['text']!r}\n  expected {_expected(case)}\n  got      {actual}"
        for case in cases
        if (actual := _actual(case)) != _expected(case)
    ]
    accuracy = 1 - len(misses) / len(cases)
    report = f"{len(cases) - len(misses)}/{len(cases)} exact:\n" + "\n".join(misses)
    assert accuracy >= REQUIRED_ACCURACY, report

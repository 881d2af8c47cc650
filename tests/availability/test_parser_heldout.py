"""The held-out batches, frozen: every message read exactly stays read exactly; the misses are named.

A miss that gets fixed fails here (strict xfail) until it is taken off its list, so the list is always the truth.
Scores, first-sight figures and per-class shares: ``python bench/parser_heldout.py``."""

from __future__ import annotations

import pytest

from tests.availability.heldout.scoring import CORE, FOLLOW_UP, HERE, Labelled, load, score

KNOWN_MISSES = {
    "batch_2026_12": {
        "en-105", "en-111", "en-113", "en-145", "en-163", "en-165", "en-173", "mx-142", "mx-144", "mx-161", "zh-109",
        "zh-115", "zh-143", "zh-168", "zh-172", "zh-220", "zh-229",
    },
    "batch_2026_12b": {
        "en-302", "en-305", "en-309", "en-328", "en-333", "mx-312", "mx-313", "mx-316",
        "mx-317", "zh-301", "zh-321", "zh-339", "zh-346", "zh-354",
        "zh-357", "zh-365", "zh-376", "zh-400", "zh-416",
    },
}


def cases() -> list[pytest.ParameterSet]:
    found = []
    for name, misses in KNOWN_MISSES.items():
        for case in load(HERE / f"{name}.jsonl"):
            marks = [pytest.mark.xfail(strict=True, reason="a known miss")] if case.id in misses else []
            found.append(pytest.param(case, id=f"{name}:{case.id}", marks=marks))
    return found


@pytest.mark.parametrize("case", cases())
def test_held_out_message(case: Labelled) -> None:
    [scored] = score([case])
    assert scored.right((*CORE, *FOLLOW_UP)), scored.wrong_fields()


def test_every_batch_is_frozen() -> None:
    assert {path.stem for path in HERE.glob("batch_*.jsonl")} == set(KNOWN_MISSES)

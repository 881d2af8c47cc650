"""How fast the availability parser reads messages: ``python bench/parser_bench.py [--rounds N]``.

Parses the shared labelled samples and the grammar test table many times and prints messages per second
and the mean time per message.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "examples" / "availability_sample.json"
sys.path.insert(0, str(ROOT))

from coordinator.availability.parser import parse_availability  # noqa: E402
from tests.availability.test_parser_grammar import CASES  # noqa: E402
from tests.availability.test_parser_unseen import CASES as UNSEEN  # noqa: E402


def messages() -> list[tuple[str, date]]:
    """Every sample text and every text of the grammar and unseen tables, each with its reference date."""
    found = [(case.text, case.ref) for case in (*CASES, *UNSEEN)]
    if SAMPLES.exists():
        samples = json.loads(SAMPLES.read_text(encoding="utf-8"))
        found += [(sample["text"], date.fromisoformat(sample["ref_date"])) for sample in samples]
    return found


def run(rounds: int) -> tuple[int, float]:
    """Parse every message ``rounds`` times; the number parsed and the seconds it took."""
    batch = messages()
    for text, ref in batch:
        parse_availability(text, ref)
    started = time.perf_counter()
    for _ in range(rounds):
        for text, ref in batch:
            parse_availability(text, ref)
    return rounds * len(batch), time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200, help="how many times to parse the whole set")
    rounds = parser.parse_args().rounds
    count, seconds = run(rounds)
    print(
        f"{count} messages in {seconds:.2f} s: {count / seconds:,.0f} messages/s, "
        f"{seconds / count * 1e6:.1f} µs per message on average"
    )


if __name__ == "__main__":
    main()

"""How fast the availability parser reads messages: ``python bench/parser_bench.py [--rounds N] [--heldout]
[--baseline CHECKOUT]``.

Parses the shared labelled samples and the grammar and unseen-message tables (with ``--heldout`` also every
held-out batch) many times and prints the mean time per message. With ``--baseline`` the same messages are also
read by the parser of another checkout (``git worktree add /tmp/base <commit>``), alternately, in the same run,
and the ratio is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "examples" / "availability_sample.json"


def messages(heldout: bool) -> list[tuple[str, str]]:
    """Every sample text and every text of the grammar and unseen tables (and the held-out batches)."""
    sys.path.insert(0, str(ROOT))
    from tests.availability.heldout.scoring import batches, load
    from tests.availability.test_parser_grammar import CASES
    from tests.availability.test_parser_unseen import CASES as UNSEEN

    found = [(case.text, case.ref.isoformat()) for case in (*CASES, *UNSEEN)]
    if SAMPLES.exists():
        found += [(sample["text"], sample["ref_date"]) for sample in json.loads(SAMPLES.read_text(encoding="utf-8"))]
    if heldout:
        found += [(case.text, case.ref.isoformat()) for batch in batches() for case in load(batch)]
    return found


def timed(rounds: int) -> None:
    """Run in a child process whose path starts at the parser to time: messages as JSON on stdin."""
    from coordinator.availability.parser import parse_availability

    batch = [(text, date.fromisoformat(ref)) for text, ref in json.load(sys.stdin)]
    for text, ref in batch:
        parse_availability(text, ref)
    started = time.perf_counter()
    for _ in range(rounds):
        for text, ref in batch:
            parse_availability(text, ref)
    print(f"{(time.perf_counter() - started) / (rounds * len(batch)) * 1e6:.1f}")


def per_message(root: Path, batch: list[tuple[str, str]], rounds: int) -> float:
    """Microseconds per message for the parser under ``root``."""
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(rounds)], input=json.dumps(batch), capture_output=True, text=True,
        check=True, cwd=root, env={**os.environ, "PYTHONPATH": str(root)},
    )
    return float(done.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20, help="how many times to parse the whole set")
    parser.add_argument("--heldout", action="store_true", help="add every held-out batch to the messages")
    parser.add_argument("--baseline", type=Path, help="another checkout whose parser reads the same messages")
    parser.add_argument("--pairs", type=int, default=3, help="alternating runs with --baseline")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        timed(args.child)
        return
    batch = messages(args.heldout)
    print(f"{len(batch)} messages, {args.rounds} rounds a run")
    for _ in range(args.pairs if args.baseline else 1):
        now = per_message(ROOT, batch, args.rounds)
        if args.baseline is None:
            print(f"this parser: {now:.1f} µs per message")
            continue
        base = per_message(args.baseline.resolve(), batch, args.rounds)
        print(f"this parser: {now:.1f} µs · baseline: {base:.1f} µs · ratio {now / base:.2f}")


if __name__ == "__main__":
    main()

"""How fast the ``coordinator`` command starts: ``bench/startup_bench.py [--runs 10]``.

Runs ``coordinator --help`` and ``coordinator availability parse … --json`` as subprocesses, each ``--runs``
times, next to a baseline of ``python -c pass`` measured in the same run, and prints min/median/max wall time
and the ratio of each median to the baseline. The target is under 0.4 s for ``--help``; with ``--check`` the
script exits with 1 when the median misses it. ``coordinator`` is the one beside the running Python
(``python -m coordinator`` if there is none), so the bench measures the environment it runs in.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HELP_TARGET = 0.4


def coordinator_command() -> list[str]:
    """The ``coordinator`` installed beside this Python, or ``python -m coordinator`` when there is none."""
    script = Path(sys.executable).parent / "coordinator"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "coordinator"]


def measure(command: list[str], runs: int, cwd: str) -> list[float]:
    """Wall seconds of ``runs`` runs of ``command`` (after one warm-up run); stops on a failing run."""
    subprocess.run(command, capture_output=True, check=False, cwd=cwd)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, check=False, cwd=cwd)
        times.append(time.perf_counter() - started)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(command)}: exit {done.returncode}: {done.stderr.decode().strip()}")
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="runs of each command (default 10)")
    parser.add_argument("--check", action="store_true", help="exit with 1 when --help misses the target")
    args = parser.parse_args()
    coordinator = coordinator_command()
    cases = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "coordinator --help": [*coordinator, "--help"],
        "coordinator availability parse --json": [
            *coordinator, "availability", "parse", "周二晚上可以", "--ref-date", "2026-11-23", "--json",
        ],
    }
    print(f"coordinator: {' '.join(coordinator)}; {args.runs} runs each, seconds")
    print(f"{'command':<40} {'min':>7} {'median':>7} {'max':>7} {'× base':>7}")
    medians = {}
    with tempfile.TemporaryDirectory() as cwd:  # no stray coordinator.toml
        for name, command in cases.items():
            times = measure(command, args.runs, cwd)
            medians[name] = statistics.median(times)
            ratio = medians[name] / medians["python -c pass"]
            print(f"{name:<40} {min(times):7.3f} {medians[name]:7.3f} {max(times):7.3f} {ratio:7.1f}")
    help_median = medians["coordinator --help"]
    verdict = "met" if help_median < HELP_TARGET else "MISSED"
    print(f"target: coordinator --help under {HELP_TARGET} s (median {help_median:.3f} s): {verdict}")
    return 1 if args.check and help_median >= HELP_TARGET else 0


if __name__ == "__main__":
    sys.exit(main())

"""How well the parser reads held-out messages: ``python bench/parser_heldout.py [--misses]``.

Each batch under tests/availability/heldout/ was written and labelled without looking at the grammar. Prints,
per batch, the share read exactly on the core contract (slots, leave, confidence) and on the whole contract
(also mode, hours, personal limit, bounding dates, chat, question), by language and by class, and how many
messages were stored with confidence yet wrong.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.availability.heldout.scoring import CORE, FOLLOW_UP, Scored, batches, load, score  # noqa: E402


def share(scored: list[Scored], fields: tuple[str, ...]) -> str:
    right = sum(1 for item in scored if item.right(fields))
    return f"{right}/{len(scored)} ({100 * right / len(scored):.1f}%)"


def report(name: str, scored: list[Scored], misses: bool) -> None:
    whole = (*CORE, *FOLLOW_UP)
    print(f"{name}: core {share(scored, CORE)} · whole contract {share(scored, whole)} · "
          f"confidently wrong {sum(item.confidently_wrong for item in scored)}")
    for title, key in (("language", lambda item: item.case.lang), ("class", lambda item: item.case.kind)):
        groups: dict[str, list[Scored]] = defaultdict(list)
        for item in scored:
            groups[key(item)].append(item)
        print(f"  by {title}:")
        for group, items in sorted(groups.items()):
            print(f"    {group:<13} core {share(items, CORE):<16} whole {share(items, whole)}")
    if misses:
        for item in scored:
            if not item.right(whole):
                print(f"  ✗ {item.case.id} [{item.case.kind}] {item.case.text!r}: {', '.join(item.wrong_fields())}")
                for field in item.wrong_fields():
                    print(f"      {field}: want {item.case.expected[field]!r}  got {item.got[field]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every message not read exactly")
    args = parser.parse_args()
    for path in batches():
        report(path.stem, score(load(path)), args.misses)


if __name__ == "__main__":
    main()

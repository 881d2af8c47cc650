"""Tables typed by hand: days or parts of the day across the top, a tick, a cross or a part in each cell.

``     上午 下午 晚上 / 周一  ✓  ✗  ✓`` and ``Mon | Tue | Wed / eve | - | aft`` are rewritten, before the grammar
reads them, as the lines they stand for (``周一 上午 晚上 ok``, ``mon eve ok``)."""

from __future__ import annotations

import re

from .matchers import ONE_DAY_LETTERS
from .scanner import scan
from .tokens import Kind

_YES = frozenset({"✓", "✔", "✅", "√", "○", "⭕", "o", "y", "yes", "ok", "可", "可以", "行", "有", "是"})
_NO = frozenset({"✗", "✘", "❌", "×", "x", "-", "—", "–", "·", ".", "无", "no", "n", "/", "不", "不行", "不可",
                 "不能", "没空", "否", "", "n/a", "na", "none"})
_CROSSES = frozenset({"x", "×", "✗", "✘"})
"""On a row with blank cells and no ticks, a cross marks the cells chosen: the blanks are the no."""
_DASHES = frozenset({"-", "—", "–"})
_SHORT_PARTS = {"上": "上午", "早": "上午", "下": "下午", "午": "下午", "中": "下午", "晚": "晚上", "am": "上午", "pm": "下午",
                "eve": "晚上"}
"""上 下 晚 / 早 午 晚 / 早 中 晚 / AM PM EVE across the top of a grid: each is a part of the day there (and nowhere
else)."""
_PART_LETTERS = ["m", "a", "e"]
"""M A E across the top: morning, afternoon, evening."""
_SHORT_DAYS = {**{char: f"周{char}" for char in "一二三四五六日"}, "七": "周日", "天": "周日",
               **{str(number): f"周{'一二三四五六日'[number - 1]}" for number in range(1, 8)}}
"""一 二 三 or 1 2 3 heading the rows or the columns of a grid: each is a weekday there."""
_WEEK_LETTERS = (list("mtwtf"), list("mtwtfss"), list("mtwtfs"), ["m", "t", "w", "th", "f"],
                 ["m", "t", "w", "th", "f", "sa", "su"], ["m", "t", "w", "th", "f", "s", "s"])
_LETTER_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
"""M T W T F across the top: the days in order (the second T is Thursday)."""
_CORNER = re.compile(r"时段|时间|時段|時間|time|slot|slots|day|days|日期|星期|/|\\")
"""The corner of a grid, naming its rows or its columns (时段 | 周六 | 周日)."""
_SPACES = re.compile(r"\s+")
_RULE = re.compile(r"\s*\|?(?:\s*:?-{2,}:?\s*\|)*\s*:?-{2,}:?\s*\|?\s*")
"""|---|---| under the head of a markdown table: the rule between the head and the rows."""
_BRACKETED_KEY = re.compile(r"(?P<before>[^()（）]*?)[(（](?P<inner>[^()（）]+/[^()（）]+)[)）]\s*[:：]?")
"""(上/下/晚) or 我下周（上午/下午/晚上）： on a line of its own: the key of the marks under it, after the words
that say what the grid is."""
_NUMBERED = re.compile(r"(?m)^[ \t]*[0-9]{1,2}[.)）][ \t]*(?=[^\s0-9])")
"""1. / 2) at the start of a line; not 12.24 (a date)."""
_HEADS = range(2, 9)
"""How many columns a header may have: two parts of the day up to a whole week and a bit."""


def rewrite_tables(text: str) -> str:
    """The text with each table replaced by one line per offer it holds; anything else is left as it was. The
    numbers of a numbered list (1. 周一到周四晚上) go: they are not weekdays."""
    if "\n" not in text:
        return text
    text = _NUMBERED.sub("", text)
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        heads = _header(lines[index])
        if heads is None:
            out.append(lines[index])
            index += 1
            continue
        kind, names = heads
        rows: list[str] = []
        header = lines[index]
        index += 1
        while index < len(lines) and _RULE.fullmatch(lines[index]):
            index += 1
        crosses = _crosses_chosen(lines[index:], len(names))
        while index < len(lines) and (row := _row(lines[index], kind, names, crosses)) is not None:
            rows.extend(row)
            index += 1
        if rows and (key := _BRACKETED_KEY.fullmatch(header.strip())) is not None and key["before"].strip():
            rows.insert(0, key["before"])
        out.extend(rows if rows else [" ".join(names) if names == _cells(header) else header])
    return "\n".join(out)


def _cells(line: str, empty: bool = False) -> list[str]:
    """The cells of a line: between bars when it has them (so "all day" is one cell), or between spaced slashes
    (早 / 午 / 晚), else between spaces; an empty cell between bars is kept when asked (a row's blank is a no)."""
    text = line.strip().removeprefix("|").removesuffix("|").replace("\ufe0f", "")
    cells = [cell.strip() for cell in (text.split("|") if "|" in text else text.split("/") if " / " in text
                                       else _SPACES.split(text))]
    return cells if empty and "|" in text else [cell for cell in cells if cell]


def _header(line: str) -> tuple[Kind, list[str]] | None:
    """The columns, when every cell of the line is one day or every cell one part of the day; a key written as
    ``(上/下/晚)`` or ``(morning/afternoon/evening)`` heads the marks of the rows under it."""
    key = _BRACKETED_KEY.fullmatch(line.strip())
    cells = [cell.strip() for cell in key["inner"].split("/")] if key else _cells(line)
    if not _HEADS.start <= len(cells) <= _HEADS.stop:
        return None
    if [cell.lower() for cell in cells] in _WEEK_LETTERS:
        return Kind.DAYS, list(_LETTER_DAYS[:len(cells)])
    if [cell.lower() for cell in cells] == _PART_LETTERS:
        return Kind.PART, ["上午", "下午", "晚上"]
    heads = [_head(cell) for cell in cells]
    if len(cells) > _HEADS.start and heads[0] is None and _CORNER.fullmatch(cells[0].lower()):
        cells, heads = cells[1:], heads[1:]
    if len(cells) not in _HEADS:
        return None
    kinds = {head[0] for head in heads if head is not None}
    if len(kinds) != 1 or None in heads:
        return None
    return kinds.pop(), [name for _, name in heads]  # type: ignore[misc]


def _head(cell: str) -> tuple[Kind, str] | None:
    """What a cell heading a row or a column names, as the grammar reads it: 上 over a column is 上午, 三 at the
    start of a row is 周三 (Sat: heading a row is Saturday)."""
    cell = cell.rstrip(":：")
    if cell.lower() in _SHORT_PARTS:
        return Kind.PART, _SHORT_PARTS[cell.lower()]
    if cell.lower() in ONE_DAY_LETTERS:
        return Kind.DAYS, _LETTER_DAYS[ONE_DAY_LETTERS[cell.lower()]]
    if cell in _SHORT_DAYS:
        return Kind.DAYS, _SHORT_DAYS[cell]
    kind = _one(cell)
    return (kind, cell) if kind is not None else None


def _one(cell: str) -> Kind | None:
    tokens = scan(cell)
    if len(tokens) == 1 and tokens[0].kind in (Kind.DAYS, Kind.PART):
        return tokens[0].kind
    return None


def _crosses_chosen(lines: list[str], width: int) -> bool:
    """AM PM EVE / Mon x - x / Sat x x x: in a grid of crosses and dashes with no tick anywhere, the crosses
    are the cells chosen."""
    marks: list[str] = []
    for line in lines:
        cells = [cell.lower() for cell in _cells(line, empty=True)]
        if len(cells) != width + 1 or not all(_mark(cell) for cell in cells[1:]):
            break
        marks.extend(cells[1:])
    return (not any(mark in _YES for mark in marks) and any(mark in _CROSSES for mark in marks)
            and any(mark in _DASHES for mark in marks))


def _row(line: str, kind: Kind, heads: list[str], crosses: bool = False) -> list[str] | None:
    """The offers of one row, or None when the line is not a row of this table."""
    cells = _cells(line, empty=True)
    if len(cells) == 2 and len(cells[1]) == len(heads) and all(_mark(mark) for mark in cells[1]):
        cells = [cells[0], *cells[1]]
    if len(cells) == len(heads) and "|" in line and len(first := _SPACES.split(cells[0].strip())) == 2:
        cells = [*first, *cells[1:]]
    row_head = _head(cells[0]) if cells else None
    if len(cells) == len(heads) + 1 and row_head is not None and row_head[0] is not kind and all(
            _mark(cell) for cell in cells[1:]):
        ticked = any(cell.lower() in _YES for cell in cells[1:])
        marked = _YES | _CROSSES if (crosses or "" in cells[1:]) and not ticked else _YES
        chosen = [head for head, cell in zip(heads, cells[1:], strict=True) if cell.lower() in marked]
        if kind is Kind.PART:
            return [f"{row_head[1]} {' '.join(chosen)} ok"] if chosen else []
        return [f"{head} {row_head[1]} ok" for head in chosen]
    if kind is Kind.DAYS and "|" in line and len(cells) == len(heads):
        offered = [(head, cell) for head, cell in zip(heads, cells, strict=True) if cell.lower() not in _NO]
        if all(_one(cell) is Kind.PART or cell.lower() in _YES for _, cell in offered):
            return [f"{head} {'' if cell.lower() in _YES else cell} ok" for head, cell in offered]
    return None


def _mark(cell: str) -> bool:
    return cell.lower() in _YES or cell.lower() in _NO

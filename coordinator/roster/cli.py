"""``coordinator roster …``: solve roster problems and export calendars from the command line."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

if TYPE_CHECKING:
    from coordinator.roster.solver import Problem, Solution

_DAY_NAMES = {
    "zh": ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
_SHIFT_NAMES = {"zh": {"morning": "早班", "afternoon": "中班", "evening": "晚班"}, "en": {}}
_WORDS = {
    "zh": {
        "duty": "值班",
        "short": "缺{n}人",
        "below_min": "低于最低",
        "below_target": "低于目标",
        "ask": "；可以问问：{names}",
        "gap": "{when} 缺{n}人（{below}）：{reasons}",
        "gaps": "缺口与原因",
        "none": "没有缺口",
        "summary": "{status}；缺口：低于最低 {min}，低于目标 {target}；用时 {sec} 秒",
        "infeasible": "这样排不出来：",
        "solving": "正在排班…",
        "OPTIMAL": "最优",
        "FEASIBLE": "可行，未证明最优",
        "INFEASIBLE": "无解",
        "sep": "；",
        "join": "、",
    },
    "en": {
        "duty": "Duty",
        "short": "{n} short",
        "below_min": "below minimum",
        "below_target": "below target",
        "ask": ". Could ask: {names}",
        "gap": "{when}: {n} short ({below}): {reasons}",
        "gaps": "Gaps and why",
        "none": "No gaps",
        "summary": "{status}; short of minimum {min}, of target {target}; {sec} s",
        "infeasible": "This roster cannot be built: ",
        "solving": "Solving the roster…",
        "OPTIMAL": "optimal",
        "FEASIBLE": "feasible, not proven optimal",
        "INFEASIBLE": "infeasible",
        "sep": "; ",
        "join": ", ",
    },
}


@click.group()
def roster() -> None:
    """Duty rosters: solve, export calendars."""


@roster.command("solve")
@click.option(
    "--input",
    "input_path",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The roster problem (JSON, see ROSTER_FORMAT.md).",
)
@click.option(
    "--time-limit",
    type=click.FloatRange(min=0, min_open=True),
    default=10.0,
    show_default=True,
    help="Seconds the solver may use.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the solution as JSON (the stable contract).")
@click.option(
    "--ics",
    "ics_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the shifts as an iCalendar file.",
)
@click.option(
    "--lang",
    type=click.Choice(["zh", "en"]),
    default="zh",
    show_default=True,
    help="Language of the table and the reasons.",
)
def solve_command(
    input_path: Path, time_limit: float, as_json: bool, ics_path: Path | None, lang: str
) -> None:
    """Build the week's duty roster from a problem file and show it."""
    from coordinator.roster.solver import ProblemError, problem_from_json, solution_to_json

    try:
        problem = problem_from_json(_read_json(input_path))
    except ProblemError as error:
        _fail(f"{input_path}: {error}.")
    solution = _solve(problem, time_limit, lang)
    if ics_path is not None and solution.status != "INFEASIBLE":
        _write_calendar(ics_path, problem, solution, lang)
    if as_json:
        click.echo(json.dumps(solution_to_json(solution, problem.names()), ensure_ascii=False))
    elif solution.status != "INFEASIBLE":
        _print_roster(problem, solution, lang)
    if solution.status == "INFEASIBLE":
        click.echo(
            _WORDS[lang]["infeasible"] + _sentences(solution.infeasible_reasons, lang, problem.names()),
            err=True,
        )
        sys.exit(1)


def _fail(message: str) -> NoReturn:
    click.echo(f"coordinator: {message}", err=True)
    sys.exit(2)


def _read_json(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        _fail(f"there is no file {path}.")
    except (OSError, UnicodeDecodeError) as error:
        _fail(f"cannot read {path} ({getattr(error, 'strerror', None) or 'it is not UTF-8 text'}).")
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        _fail(f"{path} is not valid JSON ({error.msg} at line {error.lineno}, column {error.colno}).")


def _solve(problem: Problem, time_limit: float, lang: str) -> Solution:
    from rich.console import Console

    from coordinator.roster.solver import solve

    console = Console(stderr=True)
    if not console.is_terminal:
        return solve(problem, time_limit=time_limit)
    with console.status(_WORDS[lang]["solving"]):
        return solve(problem, time_limit=time_limit)


def _sentences(reasons: Any, lang: str, names: dict[str, str]) -> str:
    from coordinator.roster.solver import describe_reason

    return _WORDS[lang]["sep"].join(describe_reason(reason, lang, names) for reason in reasons)


def _slot_title(problem: Problem, name: str, lang: str) -> str:
    slot = problem.slot(name)
    return f"{_SHIFT_NAMES[lang].get(name, name)} {slot.start:%H:%M}-{slot.end:%H:%M}"


def _print_roster(problem: Problem, solution: Solution, lang: str) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from coordinator.core.week import DAYS, day_date
    from coordinator.roster.solver.reasons import when

    words, names = _WORDS[lang], problem.names()
    on_slot: dict[tuple[str, str], list[str]] = {}
    for a in solution.assignments:
        on_slot.setdefault((a.day, a.slot), []).append(names[a.volunteer])
    short = {(gap.day, gap.slot): gap for gap in solution.gaps}
    table = Table(title=f"{words['duty']} {problem.week}")
    table.add_column("")
    for slot in problem.slots:
        table.add_column(_slot_title(problem, slot.name, lang))
    for number, day in enumerate(DAYS):
        on = day_date(problem.monday, day)
        cells = []
        for slot in problem.slots:
            cell = Text(words["join"].join(on_slot.get((day, slot.name), [])))
            gap = short.get((day, slot.name))
            if gap:
                cell.append(
                    (" " if cell else "") + words["short"].format(n=gap.missing),
                    style="bold red" if gap.below == "min" else "yellow",
                )
            cells.append(cell)
        table.add_row(f"{_DAY_NAMES[lang][number]} {on.month}/{on.day}", *cells)
    console = Console()
    console.print(table)
    console.print(Text(words["gaps"] if solution.gaps else words["none"], style="bold"))
    for gap in solution.gaps:
        asked = words["join"].join(names[c] for c in gap.candidates)
        console.print(
            Text(
                "• "
                + words["gap"].format(
                    when=when(gap.day, gap.slot, lang),
                    n=gap.missing,
                    below=words["below_" + gap.below],
                    reasons=_sentences(gap.reasons, lang, names),
                )
                + (words["ask"].format(names=asked) if asked else "")
            )
        )
    console.print(
        Text(
            words["summary"].format(
                status=words[solution.status],
                min=solution.shortfall.min,
                target=solution.shortfall.target,
                sec=solution.solve_seconds,
            )
        )
    )


def _write_calendar(path: Path, problem: Problem, solution: Solution, lang: str) -> None:
    """One event per assignment; the others on the same slot are listed as attendees."""
    from zoneinfo import ZoneInfo

    from coordinator.roster.ical import CalendarShift, render_calendar, shift_uid, week_shift_times

    zone, names = ZoneInfo(problem.timezone), problem.names()
    on_slot: dict[tuple[str, str], list[str]] = {}
    for a in solution.assignments:
        on_slot.setdefault((a.day, a.slot), []).append(a.volunteer)
    shifts = []
    for a in solution.assignments:
        start, end = week_shift_times(problem.monday, a.day, problem.slot(a.slot), zone)
        others = tuple(names[who] for who in on_slot[a.day, a.slot] if who != a.volunteer)
        title = f"{_WORDS[lang]['duty']} {_slot_title(problem, a.slot, lang)} · {names[a.volunteer]}"
        shifts.append(
            CalendarShift(
                shift_uid(problem.week, a.day, a.slot, a.volunteer), title, start, end, attendees=others
            )
        )
    data = render_calendar(
        shifts,
        name=f"{_WORDS[lang]['duty']} {problem.week}",
        timezone=problem.timezone,
        stamp=datetime.now(UTC).replace(microsecond=0),
    )
    try:
        path.write_bytes(data)
    except OSError as error:
        _fail(f"cannot write {path} ({error.strerror}).")

"""``coordinator roster solve``: solve a roster problem file, show it, write its calendar."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn
from zoneinfo import ZoneInfo

import click
from rich.console import Console

from coordinator.calendar import messages as _calendar_messages  # noqa: F401
from coordinator.calendar.ics import CalendarEvent, render_calendar
from coordinator.chat.render import rich_table
from coordinator.i18n import t
from coordinator.roster import messages as _messages  # noqa: F401
from coordinator.roster.domain import roster_grid, slot_label, with_hours
from coordinator.roster.shift_times import agreed_times, shift_uid, week_shift_times
from coordinator.roster.solver import (
    Problem,
    ProblemError,
    Solution,
    describe_reason,
    problem_from_json,
    solution_to_json,
    solve,
)
from coordinator.roster.solving import explanation, partial_hours
from coordinator.roster.views import gap_lines


@click.group()
def roster() -> None:
    """Duty rosters: solve, export calendars."""


@roster.command("solve")
@click.option("--input", "input_path", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The roster problem (JSON, see ROSTER_FORMAT.md).")
@click.option("--time-limit", type=click.FloatRange(min=0, min_open=True), default=10.0, show_default=True,
              help="Seconds the solver may use.")
@click.option("--json", "as_json", is_flag=True, help="Print the solution as JSON (the stable contract).")
@click.option("--ics", "ics_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the shifts as an iCalendar file.")
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True,
              help="Language of the table and the reasons.")
def solve_command(input_path: Path, time_limit: float, as_json: bool, ics_path: Path | None, lang: str) -> None:
    """Build the week's duty roster from a problem file and show it."""
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
        names = problem.names()
        reasons = t("list.separator", lang).join(describe_reason(r, lang, names) for r in solution.infeasible_reasons)
        click.echo(t("roster.infeasible", lang, reason=reasons), err=True)
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
    except RecursionError:
        _fail(f"{path} is nested too deeply to be a roster problem.")


def _solve(problem: Problem, time_limit: float, lang: str) -> Solution:
    console = Console(stderr=True)
    if not console.is_terminal:
        return solve(problem, time_limit=time_limit)
    with console.status(t("roster.building", lang)):
        return solve(problem, time_limit=time_limit)


def _print_roster(problem: Problem, solution: Solution, lang: str) -> None:
    names, hours = problem.names(), partial_hours(problem, solution)
    on_slot: dict[tuple[str, str], list[str]] = {}
    for a in solution.assignments:
        name = with_hours(names[a.volunteer], hours.get((a.volunteer, a.day, a.slot)), lang)
        on_slot.setdefault((a.day, a.slot), []).append(name)
    gaps = {(gap.day, gap.slot): gap.missing for gap in solution.gaps}
    table = roster_grid(on_slot, problem.slots, problem.monday, lang, gaps)
    console = Console()
    console.print(rich_table(table))
    said = explanation(solution, names)
    if solution.gaps:
        console.print(t("roster.gaps_title", lang), style="bold")
        for line in gap_lines(said, problem.slots, lang):
            console.print(line, highlight=False, soft_wrap=True)
    console.print(t("roster.cli_summary", lang, status=t(f"roster.status.{solution.status}", lang),
                    min_short=solution.shortfall.min, target_short=solution.shortfall.target,
                    seconds=solution.solve_seconds), highlight=False, soft_wrap=True)


def _write_calendar(path: Path, problem: Problem, solution: Solution, lang: str) -> None:
    """One event per assignment, a partial one within its hours; the others on the same slot are named in its
    description."""
    zone, names, hours = ZoneInfo(problem.timezone), problem.names(), partial_hours(problem, solution)
    on_slot: dict[tuple[str, str], list[str]] = {}
    for assignment in solution.assignments:
        on_slot.setdefault((assignment.day, assignment.slot), []).append(assignment.volunteer)
    shifts = []
    for a in solution.assignments:
        slot = problem.slot(a.slot)
        agreed = hours.get((a.volunteer, a.day, a.slot))
        start, end = agreed_times(week_shift_times(problem.monday, a.day, slot, zone), agreed)
        others = tuple(names[who] for who in on_slot[a.day, a.slot] if who != a.volunteer)
        title = t("ical.title", lang, slot=with_hours(slot_label(slot, lang), agreed, lang), name=names[a.volunteer])
        shifts.append(CalendarEvent(shift_uid(problem.week, a.day, a.slot, a.volunteer), title, start, end,
                                    attendees=others))
    data = render_calendar(shifts, name=f"{t('ical.name_team', lang)} {problem.week}", timezone=problem.timezone,
                           stamp=datetime.now(UTC).replace(microsecond=0))
    try:
        path.write_bytes(data)
    except OSError as error:
        _fail(f"cannot write {path} ({error.strerror}).")

"""Start-up stays light: ``--help`` and ``availability parse`` import neither the solver nor Discord."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from coordinator.cli import SUBCOMMANDS, LazyGroup, Subcommand, _load, _module_missing, main

HEAVY = ("ortools", "discord", "aiohttp", "icalendar")
PARSE = ["availability", "parse", "周二晚上可以", "--ref-date", "2026-11-23", "--json"]
PROBE = """
import json, sys
from coordinator.cli import main
try:
    main(json.loads(sys.argv[1]), prog_name="coordinator")
except SystemExit:
    pass
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})))
"""


def run_cli(args: list[str], cwd: Path, stdin: str = "") -> tuple[str, set[str]]:
    """The output of ``coordinator ARGS`` in a fresh interpreter, and the top-level modules it imported."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("COORDINATOR_")}
    env.pop("DISCORD_TOKEN", None)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(args)], input=stdin,
        capture_output=True, text=True, encoding="utf-8", cwd=cwd, env=env, check=False, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    *output, modules = done.stdout.rstrip("\n").split("\n")
    return "\n".join(output), set(json.loads(modules))


def present() -> list[str]:
    """The subcommands whose module exists (one being written may not yet)."""
    return [name for name, entry in SUBCOMMANDS.items() if not _module_missing(entry.module)]


def test_help_lists_every_subcommand_without_importing_heavy_packages(tmp_path: Path) -> None:
    output, modules = run_cli(["--help"], tmp_path)
    commands = output.split("Commands:", 1)[1]
    listed = {line.split()[0] for line in commands.splitlines() if line.strip()}
    assert listed == set(present())
    assert {"run", "console", "db", "team", "availability", "roster", "serve"} <= listed
    assert not modules & set(HEAVY), sorted(modules & set(HEAVY))


def test_availability_parse_imports_neither_the_solver_nor_discord(tmp_path: Path) -> None:
    output, modules = run_cli(PARSE, tmp_path)
    assert json.loads(output)["slots"] == {"tue:evening": "available"}
    assert not modules & set(HEAVY), sorted(modules & set(HEAVY))


def test_availability_parse_batch_stays_light_too(tmp_path: Path) -> None:
    line = json.dumps({"text": "3月15日请假", "ref_date": "2027-03-08"}, ensure_ascii=False)
    output, modules = run_cli(["availability", "parse", "--batch", "--json"], tmp_path, stdin=line + "\n")
    assert json.loads(output)["leave"]
    assert not modules & set(HEAVY), sorted(modules & set(HEAVY))


@pytest.mark.parametrize("name", present())
def test_the_table_help_is_the_command_docstring(name: str) -> None:
    command = _load(SUBCOMMANDS[name].target)
    assert SUBCOMMANDS[name].short_help == click.Command(name, help=command.help).get_short_help_str(10_000)


def test_roster_gets_ical_and_a_missing_module_is_an_error() -> None:
    result = CliRunner().invoke(main, ["roster", "--help"])
    assert result.exit_code == 0, result.output
    assert "ical" in result.output and "solve" in result.output
    group = LazyGroup(name="probe", lazy={"ghost": Subcommand("coordinator.no_such_module:ghost", "Ghost.")})
    ctx = click.Context(group)
    assert "ghost" not in group.list_commands(ctx)
    with pytest.raises(ModuleNotFoundError):
        group.get_command(ctx, "ghost")

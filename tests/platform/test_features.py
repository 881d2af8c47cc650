"""Features as units: each declares its commands, jobs, tables, command-line groups and routes in one place."""

from __future__ import annotations

import re
from pathlib import Path

from aiohttp.test_utils import TestClient, TestServer

from coordinator.app import App
from coordinator.db.base import Base, import_all_models
from coordinator.features import FEATURE_MODULES, features
from coordinator.http import make_http_app
from coordinator.platform.feature import load

ROOT = Path(__file__).resolve().parents[2] / "coordinator"
WIRING = {"features.py"}


def test_every_declaration_loads_and_names_are_unique() -> None:
    declared = features()
    assert [feature.name for feature in declared] == ["platform", "team", "availability", "roster", "shifts", "calendar", "mail",
                                                         "meetings"]
    groups = [name for feature in declared for name in feature.cli]
    assert len(groups) == len(set(groups))
    for feature in declared:
        for target in (*feature.commands, *(entry.target for entry in feature.cli.values())):
            assert load(target) is not None, target
        if feature.jobs:
            assert callable(load(feature.jobs))


def test_the_registry_scheduler_and_tables_come_from_the_features(app: App) -> None:
    command_names = {command.name for command in app.registry}
    assert {"help", "team add", "avail set", "roster build", "shift drop", "ical", "link"} <= command_names
    assert {"roster.reminder", "roster.handover", "roster.offer_expiry", "roster.refill"} <= set(app.scheduler().handlers)
    import_all_models()
    assert {"members", "link_codes", "availability_messages", "roster_shifts", "timed_jobs",
            "outbox_messages"} <= set(Base.metadata.tables)


async def test_the_one_http_front_end_serves_every_features_routes(app: App) -> None:
    async with TestClient(TestServer(make_http_app(app.routes()))) as client:
        assert (await client.get("/healthz")).status == 200
        assert (await client.get("/ical/unknown-token.ics")).status == 404


def test_only_the_wiring_point_lists_the_features() -> None:
    """Shared layers (platform, chat, db, core, http) never import a feature; type-only imports aside."""
    feature_packages = {name.split(".")[1] for name in FEATURE_MODULES} - {"platform"}
    shared = ("platform", "chat", "db", "core", "http")
    offenders = []
    for path in ROOT.rglob("*.py"):
        relative = path.relative_to(ROOT)
        if relative.parts[0] not in shared or str(relative) in WIRING:
            continue
        source = re.sub(r"if TYPE_CHECKING:\n(?:    .*\n|\n)+", "", path.read_text())
        for package in feature_packages:
            if re.search(rf"^\s*(from|import) coordinator\.{package}\b", source, re.MULTILINE):
                offenders.append(f"{relative} imports coordinator.{package}")
    assert offenders == KNOWN_EDGES, offenders


KNOWN_EDGES: list[str] = []

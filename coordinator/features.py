"""The features the application is made of, in the order their commands are listed; nothing else names them."""

from __future__ import annotations

import importlib

from coordinator.platform.feature import Feature

FEATURE_MODULES = (
    "coordinator.platform.features",
    "coordinator.team.feature",
    "coordinator.availability.feature",
    "coordinator.roster.feature",
    "coordinator.shifts.feature",
    "coordinator.calendar.feature",
    "coordinator.mail.feature",
    "coordinator.meetings.feature",
)


def features() -> tuple[Feature, ...]:
    return tuple(importlib.import_module(name).FEATURE for name in FEATURE_MODULES)

"""Shift changes after publishing: drops offered in turn, takes and passes, swaps."""

from coordinator.platform.feature import Feature

FEATURE = Feature(
    name="shifts",
    commands=("coordinator.shifts.commands:registry",),
    jobs="coordinator.shifts.jobs:shift_jobs",
    models=("coordinator.shifts.models",),
)

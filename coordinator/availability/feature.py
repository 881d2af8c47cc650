"""Availability: what volunteers say about their week, understood and stored."""

from coordinator.platform.feature import Feature, Subcommand

FEATURE = Feature(
    name="availability",
    commands=("coordinator.availability.commands:registry",),
    models=("coordinator.availability.models",),
    cli={"availability": Subcommand("coordinator.availability.cli:availability", "Availability tools.")},
)

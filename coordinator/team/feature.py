"""The team: members, roles, mentors and linked chat accounts."""

from coordinator.platform.feature import Feature, Subcommand

FEATURE = Feature(
    name="team",
    commands=("coordinator.team.commands:registry",),
    models=("coordinator.team.models",),
    cli={"team": Subcommand("coordinator.team.cli:team", "The team list.")},
)

"""The duty roster: solving, publishing, shift changes, reminders and calendars."""

from coordinator.platform.feature import Feature, Subcommand

FEATURE = Feature(
    name="roster",
    commands=("coordinator.roster.commands:registry", "coordinator.roster.shift_commands:registry",
              "coordinator.roster.ical_commands:registry"),
    jobs="coordinator.roster.jobs:roster_jobs",
    models=("coordinator.roster.models",),
    cli={"roster": Subcommand("coordinator.roster.cli:roster", "Duty rosters: solve, export calendars.",
                              extras=("coordinator.roster.export_cli:ical_command",))},
    routes="coordinator.roster.export_cli:feed_routes_for",
)

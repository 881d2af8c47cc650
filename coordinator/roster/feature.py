"""The duty roster: solving, drafting, publishing, reminders and handovers."""

from coordinator.platform.feature import Feature, Subcommand

FEATURE = Feature(
    name="roster",
    commands=("coordinator.roster.commands:registry",),
    jobs="coordinator.roster.jobs:roster_jobs",
    models=("coordinator.roster.models",),
    cli={"roster": Subcommand("coordinator.roster.cli:roster", "Duty rosters: solve, export calendars.",
                              extras=("coordinator.calendar.cli:ical_command",))},
)

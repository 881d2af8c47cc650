"""Meetings: agenda, attendance, minutes by section, decisions and action items carried into the next meeting."""

from coordinator.platform.feature import Feature, Subcommand

FEATURE = Feature(
    name="meetings",
    commands=("coordinator.meetings.commands:registry", "coordinator.meetings.item_commands:registry"),
    jobs="coordinator.meetings.jobs:meeting_jobs",
    models=("coordinator.meetings.models",),
    cli={"meetings": Subcommand("coordinator.meetings.cli:meetings", "Meetings: list them, export their minutes.")},
    calendar_events="coordinator.meetings.calendar:meeting_events",
)

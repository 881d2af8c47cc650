"""Calendars: personal and team feeds over HTTP, .ics files, and the links to them."""

from coordinator.platform.feature import Feature

FEATURE = Feature(
    name="calendar",
    commands=("coordinator.calendar.commands:registry",),
    models=("coordinator.calendar.models",),
    routes="coordinator.calendar.cli:feed_routes_for",
)

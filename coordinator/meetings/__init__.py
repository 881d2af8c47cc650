"""Meetings: agenda, attendance, minutes by section, decisions and action items carried into the next meeting."""

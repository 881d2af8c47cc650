"""Calendars as RFC 5545 files and feeds: one writer for duty shifts, meetings and anything with a start and an end."""

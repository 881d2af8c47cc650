"""Availability: volunteers say when they can work, in plain words; the bot understands and stores it."""

"""Timed work (reminders, deadlines, follow-ups, scheduled sends) stored in the database and run by one loop."""

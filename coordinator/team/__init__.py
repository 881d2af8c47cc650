"""The team: members, staff IDs, roles and mentors."""

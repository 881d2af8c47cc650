"""Database access: typed models' base, engine set-up, unit of work, migrations."""

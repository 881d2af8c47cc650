"""coordinator: run a volunteer team from a chat server."""

__version__ = "0.1.0"

"""Shift changes after publishing: drops offered in turn, takes, passes and swaps."""

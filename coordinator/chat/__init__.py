"""The chat layer: one command registry, plain invocations and replies, and the two front ends."""

"""What every feature stands on: identity, policies, conversations, the outbox and timed jobs."""

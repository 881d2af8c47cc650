"""The outbox: whatever the bot says outside the immediate reply, stored with the change that causes it."""

"""The platform's own commands and command-line groups: help, the chat front ends, the schema, the HTTP server."""

from coordinator.platform.feature import Feature, Subcommand

FEATURE = Feature(
    name="platform",
    commands=("coordinator.chat.help:registry",),
    models=("coordinator.platform.timers.models", "coordinator.platform.outbox.models",
            "coordinator.platform.buttons", "coordinator.platform.conversations", "coordinator.platform.posts"),
    cli={
        "run": Subcommand("coordinator.chat.cli:run",
                          "Start the bot: Discord when DISCORD_TOKEN is set, otherwise the console."),
        "console": Subcommand("coordinator.chat.cli:console",
                              "Chat with the bot in this terminal: lines NAME: message, or NAME #channel: message."),
        "db": Subcommand("coordinator.db.cli:db", "Database schema."),
        "serve": Subcommand("coordinator.http.cli:serve",
                            "Serve every feature's HTTP routes: calendar feeds at /ical/TOKEN.ics, and /healthz."),
    },
)

"""Email: the mailer's command-line check."""

from coordinator.platform.feature import Feature, Subcommand

FEATURE = Feature(name="mail", cli={"mail": Subcommand("coordinator.mail.cli:mail", "Email: check the mail settings.")})

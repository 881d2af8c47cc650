"""Email through one SMTP server (aiosmtplib): the mailer and ``coordinator mail``."""

from coordinator.mail.mailer import Attachment, Mailer, MailError, build_mailer, build_message

__all__ = ["Attachment", "MailError", "Mailer", "build_mailer", "build_message"]

"""Email through one SMTP server (aiosmtplib): the mailer (``coordinator.mail.mailer``) and ``coordinator mail``."""

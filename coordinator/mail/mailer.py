"""The mailer: builds UTF-8 messages and sends them through the ``[smtp]`` server."""

from __future__ import annotations

import os
import ssl
from collections.abc import Sequence
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

import aiosmtplib

from coordinator.settings import SmtpSettings

Attachment = tuple[str, bytes, str]
"""An attachment: file name, content, MIME type such as ``application/pdf`` (``text/*`` content is UTF-8)."""


class MailError(Exception):
    """A message could not be sent; one sentence naming the server, never the password."""


class Mailer:
    """Sends mail through one SMTP server, with STARTTLS or implicit TLS and login when configured."""

    def __init__(self, settings: SmtpSettings, *, tls_context: ssl.SSLContext | None = None) -> None:
        self.settings = settings
        self._tls_context = tls_context

    @property
    def server(self) -> str:
        """``host:port``, for messages."""
        return f"{self.settings.host}:{self.settings.port}"

    async def send(
        self, to: Sequence[str], subject: str, body: str, *, attachments: Sequence[Attachment] = (),
        message_id: str | None = None,
    ) -> int:
        """Send one message to every address in ``to``; how many of them the server refused.

        Raises MailError when the server takes it for nobody. A fixed ``message_id`` makes a resend after a crash
        recognisable as the same message."""
        if not to:
            raise ValueError("a message needs at least one recipient")
        message = build_message(self.settings.from_address, to, subject, body, attachments)
        if message_id:
            message.replace_header("Message-ID", message_id)
        try:
            refused, _ = await aiosmtplib.send(
                message, sender=self.settings.from_address, recipients=list(to), **self._options()
            )
        except (aiosmtplib.SMTPException, OSError) as error:
            raise MailError(f"Could not send mail through {self.server}: {self._reason(error)}.") from None
        return len(refused)

    def _options(self) -> dict[str, object]:
        """The connection options for aiosmtplib: server, TLS, login, timeout."""
        smtp = self.settings
        login = {"username": smtp.username, "password": smtp.password} if smtp.username else {}
        return {
            "hostname": smtp.host,
            "port": smtp.port,
            "use_tls": smtp.tls,
            "start_tls": smtp.starttls,
            "timeout": smtp.timeout_seconds,
            "tls_context": self._tls_context,
            **login,
        }

    def _reason(self, error: Exception) -> str:
        """What went wrong, in one line, with the password blanked out."""
        text = " ".join(_describe(error, self.settings.timeout_seconds).split()).rstrip(".")
        password = self.settings.password
        return text.replace(password, "***") if password else text


def _describe(error: Exception, timeout: int) -> str:
    """The error in the reader's words rather than the library's."""
    if isinstance(error, aiosmtplib.SMTPRecipientsRefused):
        return "the server refused " + ", ".join(refused.recipient for refused in error.recipients)
    if isinstance(error, aiosmtplib.SMTPAuthenticationError):
        return f"the server refused the login ({error.code} {error.message})"
    if isinstance(error, aiosmtplib.SMTPResponseException):
        return f"the server answered {error.code} {error.message}"
    if isinstance(error, aiosmtplib.SMTPTimeoutError):
        return f"no answer within {timeout} seconds"
    if isinstance(error, ssl.SSLCertVerificationError):
        return f"its TLS certificate was not accepted ({error.verify_message})"
    if isinstance(error, ssl.SSLError):
        return f"TLS failed ({error.reason or error})"
    cause = error.__cause__
    if isinstance(error, aiosmtplib.SMTPConnectError) and isinstance(cause, OSError) and cause.errno:
        return f"could not connect ({os.strerror(cause.errno).lower()})"
    return str(error) or type(error).__name__


def build_mailer(smtp_settings: SmtpSettings, *, tls_context: ssl.SSLContext | None = None) -> Mailer:
    """The mailer for the ``[smtp]`` settings; ``tls_context`` replaces the system's trusted certificates."""
    return Mailer(smtp_settings, tls_context=tls_context)


def build_message(
    sender: str, to: Sequence[str], subject: str, body: str, attachments: Sequence[Attachment] = ()
) -> EmailMessage:
    """A UTF-8 message with its attachments."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = ", ".join(to)
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or "localhost")
    message.set_content(body, charset="utf-8")
    for filename, content, mime_type in attachments:
        maintype, _, subtype = mime_type.partition("/")
        if not subtype:
            raise ValueError(f"attachment {filename!r}: MIME type {mime_type!r} needs the form type/subtype")
        params = {"charset": "utf-8"} if maintype == "text" else None
        message.add_attachment(content, maintype=maintype, subtype=subtype, filename=filename, params=params)
    return message

"""Real SMTP servers (aiosmtpd) on 127.0.0.1 with ephemeral ports, and a self-signed certificate for TLS."""

from __future__ import annotations

import email
import shutil
import socket
import ssl
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session

from coordinator.settings import SmtpSettings

LOGIN = "kf001"
PASSWORD = "hunter2-秘密-pass"


def unused_port() -> int:
    """A loopback port nobody listens on (it was free a moment ago)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Delivery:
    """One message as the server received it."""

    sender: str
    recipients: list[str]
    message: EmailMessage
    login: str | None
    encrypted: bool


@dataclass
class Inbox:
    """An aiosmtpd handler that keeps every message it is given."""

    deliveries: list[Delivery] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Session, envelope: Envelope) -> str:
        message = email.message_from_bytes(bytes(envelope.original_content or b""), policy=default)
        assert isinstance(message, EmailMessage)
        login = session.auth_data.login.decode() if isinstance(session.auth_data, LoginPassword) else None
        encrypted = session.ssl is not None or server.transport.get_extra_info("ssl_object") is not None
        self.deliveries.append(
            Delivery(str(envelope.mail_from), list(envelope.rcpt_tos), message, login, encrypted)
        )
        return "250 OK"


class LoopbackController(Controller):
    """A Controller on 127.0.0.1 that may bind port 0 and then learns the port it got."""

    def __init__(self, handler: Inbox, **kwargs: Any) -> None:
        super().__init__(handler, hostname="127.0.0.1", port=0, server_hostname="localhost", **kwargs)

    def _trigger_server(self) -> None:
        assert self.server is not None
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


@dataclass
class SmtpServer:
    """A running server, its inbox, and settings that point at it."""

    inbox: Inbox
    port: int

    def settings(self, **changes: Any) -> SmtpSettings:
        return SmtpSettings(host="127.0.0.1", port=self.port, from_address="协调员@example.org", **changes)


def _check_login(
    server: Any, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
) -> AuthResult:
    valid = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login == LOGIN.encode()
        and auth_data.password == PASSWORD.encode()
    )
    return AuthResult(success=valid, handled=False, auth_data=auth_data)


def _running(**kwargs: Any) -> Iterator[SmtpServer]:
    inbox = Inbox()
    controller = LoopbackController(inbox, **kwargs)
    controller.start()
    try:
        yield SmtpServer(inbox, controller.port)
    finally:
        controller.stop()


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    """A plain SMTP server that takes any message."""
    yield from _running()


@pytest.fixture
def auth_server() -> Iterator[SmtpServer]:
    """A server that wants LOGIN/PLAIN with kf001 and PASSWORD before it takes mail."""
    yield from _running(authenticator=_check_login, auth_required=True, auth_require_tls=False)


@dataclass(frozen=True)
class Certificate:
    """A self-signed certificate for 127.0.0.1, the server's context and a client context that trusts it."""

    server_context: ssl.SSLContext
    client_context: ssl.SSLContext


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    """Made offline with the openssl command; the tests that need it skip when it is missing."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("the openssl command is not installed, so no certificate can be made for the TLS tests")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    _make_certificate(openssl, cert, key)
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(cert, key)
    return Certificate(server_context, ssl.create_default_context(cafile=str(cert)))


def _make_certificate(openssl: str, cert: Path, key: Path) -> None:
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
         "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
        check=True, capture_output=True,
    )


@pytest.fixture
def starttls_server(certificate: Certificate) -> Iterator[SmtpServer]:
    """A server that refuses mail until the client upgrades with STARTTLS, and then wants a login."""
    yield from _running(
        tls_context=certificate.server_context,
        require_starttls=True,
        authenticator=_check_login,
        auth_required=True,
    )


@pytest.fixture
def tls_server(certificate: Certificate) -> Iterator[SmtpServer]:
    """A server that speaks TLS from the first byte (implicit TLS, as on port 465)."""
    yield from _running(ssl_context=certificate.server_context)

"""Clear failure (issue 11) against a TLS listener on loopback: one line naming the cause, no secret, no traceback."""

from __future__ import annotations

import os
import socket
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "Kn0wn-Pa55word-for-the-test"


@pytest.fixture(scope="module")
def tls_listener(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[int, Path]]:
    """A TLS server with a self-signed certificate (not a Kafka broker: the handshake is what is tested)."""
    folder = tmp_path_factory.mktemp("tls")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(folder / "key.pem"),
                    "-out", str(folder / "cert.pem")], check=True, capture_output=True)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.5)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            try:
                with context.wrap_socket(conn, server_side=True) as tls:
                    tls.settimeout(1)
                    tls.recv(1)
            except (OSError, ssl.SSLError):
                pass
            finally:
                conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1], folder / "cert.pem"
    stop.set()
    thread.join(5)
    server.close()


def run_worker(port: int, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": f"127.0.0.1:{port}", "KAFKA_STARTUP_WAIT_S": "5",
            "STATE_DIR": str(tmp_path), "LOG_LEVEL": "debug", **env}
    return subprocess.run([sys.executable, "-m", "services.aggregator", "worker"], cwd=ROOT, env=full,
                          capture_output=True, text=True, timeout=60)


def problems(output: str) -> list[str]:
    """The lines above DEBUG/INFO (the runs log at debug, to show no secret appears at any level)."""
    return [line for line in output.splitlines() if line.strip() and "[DEBUG]" not in line and "[INFO]" not in line]


def test_a_plaintext_client_against_a_tls_listener_is_told_so(tls_listener: tuple[int, Path], tmp_path: Path) -> None:
    port, _ = tls_listener
    done = run_worker(port, tmp_path)
    output = done.stdout + done.stderr
    assert done.returncode == 2, output
    assert len(problems(output)) == 1, output
    assert f"127.0.0.1:{port} is a TLS listener but KAFKA_SECURITY_PROTOCOL=PLAINTEXT" in output


def test_an_untrusted_certificate_is_named_and_no_password_is_printed(tls_listener: tuple[int, Path],
                                                                      tmp_path: Path) -> None:
    port, _ = tls_listener
    done = run_worker(port, tmp_path, KAFKA_SECURITY_PROTOCOL="SASL_SSL", KAFKA_SASL_MECHANISM="SCRAM-SHA-512",
                      KAFKA_SASL_USERNAME="svc", KAFKA_SASL_PASSWORD=PASSWORD)
    output = done.stdout + done.stderr
    assert done.returncode == 2, output
    assert len(problems(output)) == 1, output
    assert "TLS verification failed" in output and "self-signed certificate" in output
    assert PASSWORD not in output and "Traceback" not in output


def test_the_doctor_shows_the_certificate_it_was_given(tls_listener: tuple[int, Path]) -> None:
    port, cert = tls_listener
    env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": f"127.0.0.1:{port}", "KAFKA_SECURITY_PROTOCOL": "SSL",
           "KAFKA_SSL_CAFILE": str(cert)}
    done = subprocess.run([sys.executable, "-m", "services.ops", "doctor"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 1  # the TLS server is no Kafka broker: the metadata request fails
    assert "ok   TLS: handshake verified" in done.stdout and "commonName=localhost" in done.stdout
    assert "FAIL authentication" in done.stdout

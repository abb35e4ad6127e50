"""Security settings (issue 11): protocols, SASL, TLS files, NAME_FILE variables and clear refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from services.common.settings import Settings

SECRET = "s3cr3t-Pa55word"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(Settings.model_fields):
        monkeypatch.delenv(name.upper(), raising=False)
        monkeypatch.delenv(f"{name.upper()}_FILE", raising=False)


def test_the_default_is_plaintext_with_hostname_checks_on() -> None:
    settings = Settings()
    assert settings.kafka_security_protocol == "PLAINTEXT"
    assert settings.kafka_ssl_check_hostname is True
    assert settings.kafka_sasl_password.get_secret_value() == ""


def test_sasl_ssl_scram_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
    monkeypatch.setenv("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
    monkeypatch.setenv("KAFKA_SASL_USERNAME", "svc")
    monkeypatch.setenv("KAFKA_SASL_PASSWORD", SECRET)
    settings = Settings()
    assert settings.kafka_sasl_mechanism == "SCRAM-SHA-512"
    assert settings.kafka_sasl_password.get_secret_value() == SECRET


def test_the_password_never_prints(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
    monkeypatch.setenv("KAFKA_SASL_USERNAME", "svc")
    monkeypatch.setenv("KAFKA_SASL_PASSWORD", SECRET)
    settings = Settings()
    for text in (repr(settings), str(settings), settings.model_dump_json(), str(settings.model_dump())):
        assert SECRET not in text


def test_any_setting_reads_from_a_file_variable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    secret = tmp_path / "password"
    secret.write_text(SECRET + "\n")
    user = tmp_path / "user"
    user.write_text("svc\n")
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
    monkeypatch.setenv("KAFKA_SASL_PASSWORD_FILE", str(secret))
    monkeypatch.setenv("kafka_sasl_username_file", str(user))
    settings = Settings()
    assert settings.kafka_sasl_password.get_secret_value() == SECRET
    assert settings.kafka_sasl_username == "svc"


def test_a_value_and_its_file_variable_together_are_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "p").write_text(SECRET)
    monkeypatch.setenv("KAFKA_SASL_PASSWORD", SECRET)
    monkeypatch.setenv("KAFKA_SASL_PASSWORD_FILE", str(tmp_path / "p"))
    with pytest.raises(ValueError, match="both KAFKA_SASL_PASSWORD and KAFKA_SASL_PASSWORD_FILE") as caught:
        Settings()
    assert SECRET not in str(caught.value)


def test_an_unreadable_file_variable_names_the_variable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KAFKA_SASL_PASSWORD_FILE", str(tmp_path / "missing"))
    with pytest.raises(ValueError, match="KAFKA_SASL_PASSWORD_FILE: cannot read"):
        Settings()


@pytest.mark.parametrize("env,message", [
    ({"KAFKA_SECURITY_PROTOCOL": "SASL_SSL", "KAFKA_SASL_PASSWORD": SECRET}, "needs KAFKA_SASL_USERNAME"),
    ({"KAFKA_SECURITY_PROTOCOL": "SASL_SSL", "KAFKA_SASL_USERNAME": "svc"}, "needs KAFKA_SASL_PASSWORD"),
    ({"KAFKA_SASL_USERNAME": "svc", "KAFKA_SASL_PASSWORD": SECRET}, "does not use SASL"),
    ({"KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT", "KAFKA_SASL_USERNAME": "u", "KAFKA_SASL_PASSWORD": SECRET,
      "KAFKA_SSL_CAFILE": "/etc/hostname"}, "does not use TLS"),
    ({"KAFKA_SECURITY_PROTOCOL": "SSL", "KAFKA_SSL_CAFILE": "/nonexistent/ca.pem"}, "no such file"),
    ({"KAFKA_SECURITY_PROTOCOL": "SSL", "KAFKA_SSL_KEYFILE": "/etc/hostname"}, "without KAFKA_SSL_CERTFILE"),
    ({"KAFKA_SECURITY_PROTOCOL": "TLS"}, "kafka_security_protocol"),
    ({"KAFKA_SECURITY_PROTOCOL": "SASL_SSL", "KAFKA_SASL_MECHANISM": "GSSAPI"}, "kafka_sasl_mechanism"),
])
def test_contradictory_settings_are_refused_clearly(monkeypatch: pytest.MonkeyPatch, env: dict[str, str],
                                                    message: str) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError, match=message) as caught:
        Settings()
    assert SECRET not in str(caught.value)


def test_mutual_tls_files(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("ca.pem", "cert.pem", "key.pem"):
        (tmp_path / name).write_text("x")
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", "SSL")
    monkeypatch.setenv("KAFKA_SSL_CAFILE", str(tmp_path / "ca.pem"))
    monkeypatch.setenv("KAFKA_SSL_CERTFILE", str(tmp_path / "cert.pem"))
    monkeypatch.setenv("KAFKA_SSL_KEYFILE", str(tmp_path / "key.pem"))
    monkeypatch.setenv("KAFKA_SSL_CHECK_HOSTNAME", "false")
    settings = Settings()
    assert settings.kafka_ssl_certfile == tmp_path / "cert.pem"
    assert settings.kafka_ssl_check_hostname is False


def test_invalid_settings_end_a_command_with_one_line(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys
    env = {**os.environ, "KAFKA_SECURITY_PROTOCOL": "SASL_SSL", "KAFKA_SASL_PASSWORD": SECRET}
    env.pop("KAFKA_SASL_USERNAME", None)
    done = subprocess.run([sys.executable, "-m", "services.ops", "doctor"], env=env, capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[2], timeout=60)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "configuration error: KAFKA_SECURITY_PROTOCOL=SASL_SSL needs KAFKA_SASL_USERNAME (and KAFKA_SASL_PASSWORD)"]
    assert SECRET not in done.stdout + done.stderr


def test_an_invalid_value_names_its_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    from services.common.settings import configuration_problem
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", "TLS")
    with pytest.raises(ValidationError) as caught:
        Settings()
    assert configuration_problem(caught.value).startswith("KAFKA_SECURITY_PROTOCOL: Input should be")

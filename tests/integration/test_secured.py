"""Issue 11 on a real secured broker: SASL_SSL (SCRAM-SHA-512), test-time certificates, the KRaft authorizer.

One broker for the module (`KAFKA_SECURE=1 deploy/kafka/kafka.sh start` on free loopback ports), three
users created with kafka-configs: `svc` holds exactly the ACLs `python -m services.ops acls` documents,
`partial` the same minus READ on the incidents topic, `nowrite` the same minus WRITE on articles.enriched;
and `svc-tls`, a client certificate for the mutual-TLS listener, with the documented ACLs too. Every
client runs as a user would run it (a subprocess with the environment), so the settings, the doctor and
the workers' start-up checks are the real ones.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from services.common.settings import Settings
from services.ops.acls import Acl, kafka_acls_commands, required_acls
from tests.support import free_port, unique

ROOT = Path(__file__).resolve().parents[2]
KAFKA_SCRIPT = ROOT / "deploy" / "kafka" / "kafka.sh"
SEED = ROOT / "seeds" / "000_16d2d3339850603f.txt"
SVC_PASSWORD = "svc-Pa55-" + unique("pw")  # known to the test, so its absence from every output can be checked
PARTIAL_PASSWORD = "partial-Pa55-" + unique("pw")
NOWRITE_PASSWORD = "nowrite-Pa55-" + unique("pw")
WRONG_PASSWORD = "wrong-Pa55-" + unique("pw")
PASSWORDS = (SVC_PASSWORD, PARTIAL_PASSWORD, NOWRITE_PASSWORD, WRONG_PASSWORD)
FAIL_WITHIN_S = 30.0
PIPELINE_DEADLINE_S = 180.0


@dataclass
class Secured:
    """The secured broker and the environment of the service on it."""

    bootstrap: str
    mtls_bootstrap: str
    client_cert: tuple[Path, Path]
    broker_env: dict[str, str]
    ca: Path
    other_ca: Path
    password_file: Path
    service_env: dict[str, str]
    outputs: list[str] = field(default_factory=list)  # every client output of the module, checked for passwords

    def env(self, user: str = "svc", password: str | None = None, **extra: str) -> dict[str, str]:
        """The environment of a service process connecting as `user` (svc's password from a *_FILE variable)."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(("KAFKA_", "TOPIC_"))}
        env.update(self.service_env)
        env.update({"KAFKA_BOOTSTRAP_SERVERS": self.bootstrap, "KAFKA_SECURITY_PROTOCOL": "SASL_SSL",
                    "KAFKA_SASL_MECHANISM": "SCRAM-SHA-512", "KAFKA_SASL_USERNAME": user,
                    "KAFKA_SSL_CAFILE": str(self.ca)})
        if password is None:
            env["KAFKA_SASL_PASSWORD_FILE"] = str(self.password_file)
        else:
            env["KAFKA_SASL_PASSWORD"] = password
        env.update(extra)
        return env

    def run(self, args: list[str], env: dict[str, str], timeout: float = 120) -> tuple[int, str, float]:
        """Run `python -m ARGS`; return its exit status, output and duration (output kept for the password check)."""
        started = time.monotonic()
        done = subprocess.run([sys.executable, "-m", *args], cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=timeout)
        output = done.stdout + done.stderr
        self.outputs.append(output)
        return done.returncode, output, time.monotonic() - started


def _script(env: dict[str, str], *args: str, stdin: str | None = None) -> str:
    done = subprocess.run([str(KAFKA_SCRIPT), *args], env=env, input=stdin, capture_output=True, text=True,
                          timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"kafka.sh {' '.join(args[:2])} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def without(acls: list[Acl], topic: str, operation: str) -> list[Acl]:
    """The ACLs minus one operation on one literal topic."""
    return [Acl(a.resource, a.name, tuple(o for o in a.operations if o != operation), a.prefixed)
            if a.resource == "topic" and a.name == topic and not a.prefixed else a for a in acls]


@pytest.fixture(scope="module")
def secured(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Secured]:
    """Start the secured broker once, create the users, the ACLs and the topics; stop it at the end."""
    run_dir = tmp_path_factory.mktemp("kafka-secure")
    port, mtls_port = free_port(), free_port()
    broker_env = {**os.environ, "KAFKA_SECURE": "1", "KAFKA_PORT": str(port), "KAFKA_MTLS_PORT": str(mtls_port),
                  "KAFKA_CONTROLLER_PORT": str(free_port()), "KAFKA_RUN_DIR": str(run_dir), "PYTHON": sys.executable}
    for name in [k for k in broker_env if k.startswith(("KAFKA_BOOTSTRAP", "KAFKA_SECURITY", "KAFKA_SASL", "KAFKA_SSL"))]:
        del broker_env[name]
    try:
        _script(broker_env, "start")
    except RuntimeError as exc:
        _script(broker_env, "stop")
        pytest.fail(str(exc))
    try:
        tag = unique("sec")
        service_env = {
            "TOPIC_PARTITIONS": "2", "TOPIC_ARTICLES_RAW": f"{tag}.articles.raw",
            "TOPIC_ARTICLES_ENRICHED": f"{tag}.articles.enriched", "TOPIC_INCIDENTS": f"{tag}.incidents",
            "TOPIC_INCIDENTS_BY_COUNTRY": f"{tag}.incidents.by_country", "TOPIC_DLQ": f"{tag}.articles.dlq",
            "TOPIC_ALERTS": f"{tag}.alerts", "TOPIC_EVENTS": f"{tag}.events", "TOPIC_FEEDS_STATE": f"{tag}.feeds.state",
            "ENRICHER_APP_ID": f"{tag}-enricher", "AGGREGATOR_APP_ID": f"{tag}-aggregator",
            "ALERTS_APP_ID": f"{tag}-alerts", "KAFKA_SESSION_TIMEOUT_S": "8", "LOG_LEVEL": "info",
        }
        settings = Settings(**{k.lower(): v for k, v in service_env.items()})  # type: ignore[arg-type]
        documented = required_acls(settings)
        _script(broker_env, "add-user", "svc", stdin=SVC_PASSWORD + "\n")
        _script(broker_env, "add-user", "partial", stdin=PARTIAL_PASSWORD + "\n")
        _script(broker_env, "add-user", "nowrite", stdin=NOWRITE_PASSWORD + "\n")
        cert, key = _script(broker_env, "client-cert", "svc-tls").split()
        # Everyone gets the documented ACLs minus READ on incidents and WRITE on articles.enriched in one go;
        # then each of these two goes to everyone but the user made to miss it.
        base = without(without(documented, settings.topic_incidents, "Read"), settings.topic_articles_enriched, "Write")
        everyone = ["User:svc", "User:svc-tls", "User:partial", "User:nowrite"]
        for args in kafka_acls_commands(everyone[0], base):
            _script(broker_env, "acls", *args[:3], *[a for p in everyone[1:] for a in ("--allow-principal", p)],
                    *args[3:])
        for topic, operation, missing in ((settings.topic_incidents, "Read", "User:partial"),
                                          (settings.topic_articles_enriched, "Write", "User:nowrite")):
            granted = [a for p in everyone if p != missing for a in ("--allow-principal", p)]
            _script(broker_env, "acls", "--add", *granted, "--topic", topic, "--operation", operation)
        secure_dir = run_dir / "secure"
        other = run_dir / "other-ca"
        other.mkdir()
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                        "/CN=some other CA", "-keyout", str(other / "ca.key"), "-out", str(other / "ca.pem")],
                       check=True, capture_output=True)
        password_file = run_dir / "svc.password"
        password_file.write_text(SVC_PASSWORD + "\n")
        password_file.chmod(0o600)
        state = Secured(f"127.0.0.1:{port}", f"127.0.0.1:{mtls_port}", (Path(cert), Path(key)), broker_env,
                        secure_dir / "ca.pem", other / "ca.pem", password_file,
                        {**service_env, "STATE_DIR": str(run_dir / "state")})
        code, output, _ = state.run(["services.common.broker", "topics"], state.env())
        assert code == 0, output
        yield state
        outputs = "\n".join(state.outputs)
        assert outputs and not [p for p in PASSWORDS if p in outputs], "a password was printed"
    finally:
        _script(broker_env, "stop")


def test_the_doctor_passes_with_the_documented_acls(secured: Secured) -> None:
    code, output, _ = secured.run(["services.ops", "doctor"], secured.env(LOG_LEVEL="debug"))
    assert code == 0, output
    assert "ok   TLS: handshake verified" in output and "commonName=localhost" in output
    assert "ok   authentication: user 'svc' with SCRAM-SHA-512 over SASL_SSL" in output
    assert f"ok   read {secured.service_env['TOPIC_INCIDENTS']}" in output
    assert "0 failed" in output


def test_pipeline_end_to_end_with_exactly_the_documented_acls(secured: Secured, tmp_path: Path) -> None:
    """Seed article in through the publisher, Mali counted on incidents.by_country, all over SASL_SSL."""
    env = secured.env()
    procs: dict[str, subprocess.Popen[bytes]] = {}
    logs = {name: tmp_path / f"{name}.log" for name in ("enricher", "aggregator")}
    try:
        for name in logs:
            worker_env = {**env, f"{name.upper()}_WEB_PORT": str(free_port())}
            with open(logs[name], "wb") as log:
                procs[name] = subprocess.Popen([sys.executable, "-m", f"services.{name}", "worker"], cwd=ROOT,
                                               env=worker_env, stdout=log, stderr=subprocess.STDOUT)
        code, output, _ = secured.run(["services.publisher", str(SEED)], {**env, "LOG_LEVEL": "debug"})
        assert code == 0, output
        deadline = time.monotonic() + PIPELINE_DEADLINE_S
        counts: list[dict[str, object]] = []
        while time.monotonic() < deadline:
            for name, proc in procs.items():
                assert proc.poll() is None, f"{name} exited {proc.returncode}:\n{logs[name].read_text()[-3000:]}"
            code, output, _ = secured.run(["services.aggregator", "counts", "--json"], env)
            assert code == 0, output
            counts = json.loads(output[output.index("["):]) if "[" in output else []
            if any(row["country"] == "ML" for row in counts):
                break
            time.sleep(2)
        assert any(row["country"] == "ML" and int(str(row["total"])) >= 1 for row in counts), counts
    finally:
        for proc in procs.values():
            proc.send_signal(signal.SIGTERM)
        for proc in procs.values():
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        secured.outputs.extend(log.read_text(errors="replace") for log in logs.values() if log.exists())


def lines_above_info(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.strip() and "[DEBUG]" not in line and "[INFO]" not in line]


CASES = {
    # case: (user, password or None for svc's file, extra env, worker, expected words in the worker's line,
    #        the doctor's failing line)
    "wrong password": ("svc", WRONG_PASSWORD, {}, "enricher", "authentication failed for user 'svc'",
                       "FAIL authentication: authentication failed for user 'svc'"),
    "unknown user": ("nobody", WRONG_PASSWORD, {}, "aggregator", "authentication failed for user 'nobody'",
                     "FAIL authentication: authentication failed for user 'nobody'"),
    "untrusted CA": ("svc", None, {"other_ca": "1"}, "aggregator", "TLS verification failed",
                     "FAIL TLS: TLS verification failed"),
    "missing ACL": ("partial", PARTIAL_PASSWORD, {}, "aggregator", "not authorized to READ topic",
                    "not authorized to READ topic"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_refused_worker_exits_2_within_30s_with_one_line_and_the_doctor_says_why(secured: Secured, case: str) -> None:
    user, password, extra, worker, expected, doctor_line = CASES[case]
    env = secured.env(user, password, LOG_LEVEL="debug", **{f"{worker.upper()}_WEB_PORT": str(free_port())})
    if extra.get("other_ca"):
        env["KAFKA_SSL_CAFILE"] = str(secured.other_ca)
    code, output, took = secured.run([f"services.{worker}", "worker"], env, timeout=120)
    assert code == 2, output
    assert took < FAIL_WITHIN_S, took
    problems = lines_above_info(output)
    assert len(problems) == 1 and expected in problems[0], output
    assert "Traceback" not in output
    if case == "missing ACL":
        assert secured.service_env["TOPIC_INCIDENTS"] in problems[0]
    code, output, _ = secured.run(["services.ops", "doctor"], env)
    assert code == 1, output
    assert doctor_line in output, output


def test_a_plaintext_client_is_refused_by_the_secured_listener(secured: Secured) -> None:
    env = {k: v for k, v in secured.env().items() if not k.startswith(("KAFKA_SASL", "KAFKA_SSL", "KAFKA_SECURITY"))}
    env["ENRICHER_WEB_PORT"] = str(free_port())
    code, output, took = secured.run(["services.enricher", "worker"], env)
    assert code == 2 and took < FAIL_WITHIN_S, output
    assert f"{secured.bootstrap} is a TLS listener but KAFKA_SECURITY_PROTOCOL=PLAINTEXT" in output
    code, output, _ = secured.run(["services.ops", "doctor"], env)
    assert code == 1 and "FAIL authentication" in output and "is a TLS listener" in output, output


def test_mutual_tls_with_the_documented_acls(secured: Secured) -> None:
    """SSL with a client certificate (principal User:svc-tls) on the mutual-TLS listener: the doctor passes."""
    env = {k: v for k, v in secured.env().items() if not k.startswith(("KAFKA_SASL", "KAFKA_SECURITY"))}
    env.update({"KAFKA_BOOTSTRAP_SERVERS": secured.mtls_bootstrap, "KAFKA_SECURITY_PROTOCOL": "SSL",
                "KAFKA_SSL_CERTFILE": str(secured.client_cert[0]), "KAFKA_SSL_KEYFILE": str(secured.client_cert[1])})
    code, output, _ = secured.run(["services.ops", "doctor"], env)
    assert code == 0, output
    assert "ok   authentication: SSL with a client certificate: accepted" in output
    assert f"ok   read {secured.service_env['TOPIC_INCIDENTS']}" in output
    code, output, _ = secured.run(["services.aggregator", "counts", "--json"], env)
    assert code == 0, output


def test_a_missing_write_acl_ends_the_worker_at_its_first_refused_send(secured: Secured) -> None:
    """WRITE cannot be checked before starting; the first refused send ends the worker (exit 2), not a traceback loop."""
    env = secured.env("nowrite", NOWRITE_PASSWORD, ENRICHER_WEB_PORT=str(free_port()))
    code, output, _ = secured.run(["services.publisher", str(SEED)], secured.env())
    assert code == 0, output
    code, output, took = secured.run(["services.enricher", "worker"], env, timeout=150)
    assert code == 2, output
    line = f"Kafka refused a write: TopicAuthorizationFailedError ({secured.service_env['TOPIC_ARTICLES_ENRICHED']})"
    assert line in output and "Traceback" not in output, output
    assert [p for p in lines_above_info(output) if "[ERROR]" in p] == [p for p in lines_above_info(output) if line in p]

#!/usr/bin/env bash
# Run a real single-node Apache Kafka broker (KRaft) on 127.0.0.1, from jars resolved by Maven.
#
#   kafka.sh fetch    resolve the broker jars into $KAFKA_LIBS_DIR (once; later runs reuse them)
#   kafka.sh start    fetch, format storage if new, start in the background, wait until it answers
#   kafka.sh stop     stop the broker this script started (SIGTERM, then SIGKILL after a grace period)
#   kafka.sh status   say whether it runs
#   kafka.sh add-user NAME          (secured mode) create/replace SCRAM-SHA-512 user NAME; password read from stdin
#   kafka.sh acls ARGS...           (secured mode) run kafka-acls (AclCommand) as the admin with ARGS
#   kafka.sh client-cert NAME       (secured mode) make secure/NAME.pem and NAME.key, a client certificate
#                                   signed by the CA, for the mutual-TLS listener (principal User:NAME)
#
# Secured mode (KAFKA_SECURE=1): the client listener on 127.0.0.1:$KAFKA_PORT is SASL_SSL (SCRAM-SHA-512) instead
# of PLAINTEXT, plus a mutual-TLS listener on $KAFKA_MTLS_PORT, with certificates generated at first start into
# $KAFKA_RUN_DIR/secure (ca.pem is what clients trust), the super user `admin` (password in secure/admin.password,
# client config in secure/admin.properties and secure/admin.env), and the standard KRaft authorizer with ACLs on.
# See secure.properties.template.
#
# Environment (defaults in brackets):
#   KAFKA_PORT [9092]            client listener on 127.0.0.1
#   KAFKA_CONTROLLER_PORT [KAFKA_PORT+1000]
#   KAFKA_RUN_DIR [.cache/kafka/run]  data, config, pid file and broker.log live here
#   KAFKA_LIBS_DIR [.cache/kafka/libs]
#   KAFKA_HEAP_OPTS [-Xms256m -Xmx768m]
#   PYTHON [.venv/bin/python]    used for the readiness check (a Kafka metadata request)
#   KAFKA_SECURE [0]             1: secured mode (above)
#   KAFKA_MTLS_PORT [KAFKA_PORT+1]  secured mode: the mutual-TLS client listener
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-$((KAFKA_PORT + 1000))}"
KAFKA_RUN_DIR="${KAFKA_RUN_DIR:-$root/.cache/kafka/run}"
KAFKA_LIBS_DIR="${KAFKA_LIBS_DIR:-$root/.cache/kafka/libs}"
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms256m -Xmx768m}"
PYTHON="${PYTHON:-$root/.venv/bin/python}"
READY_TIMEOUT_S="${KAFKA_READY_TIMEOUT_S:-90}"  # first start on a cold JVM takes ~10 s; CI machines are slower
KAFKA_SECURE="${KAFKA_SECURE:-0}"
KAFKA_MTLS_PORT="${KAFKA_MTLS_PORT:-$((KAFKA_PORT + 1))}"
secure_dir="$KAFKA_RUN_DIR/secure"
pid_file="$KAFKA_RUN_DIR/broker.pid"
log_file="$KAFKA_RUN_DIR/broker.log"

fetch() {
  # kafka-tools (kafka-acls) was added for the secured mode: a cache from before it is completed.
  if ls "$KAFKA_LIBS_DIR"/kafka_2.13-*.jar "$KAFKA_LIBS_DIR"/kafka-tools-[0-9]*.jar >/dev/null 2>&1; then return 0; fi
  echo "kafka: resolving broker jars from Maven Central into $KAFKA_LIBS_DIR"
  mvn -q -B -f "$here/pom.xml" dependency:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$KAFKA_LIBS_DIR"
}

running() {
  [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null
}

render_config() {
  mkdir -p "$KAFKA_RUN_DIR/data"
  local templates=("$here/server.properties.template")
  if secure; then templates+=("$here/secure.properties.template"); fi
  (umask 077  # the secured config holds the admin and store passwords
   KAFKA_PORT="$KAFKA_PORT" KAFKA_CONTROLLER_PORT="$KAFKA_CONTROLLER_PORT" \
   KAFKA_DATA_DIR="$KAFKA_RUN_DIR/data" KAFKA_SECURE_DIR="$secure_dir" KAFKA_MTLS_PORT="$KAFKA_MTLS_PORT" \
   KAFKA_ADMIN_PASSWORD="$(cat "$secure_dir/admin.password" 2>/dev/null || true)" \
   KAFKA_STORE_PASSWORD="$(cat "$secure_dir/store.password" 2>/dev/null || true)" \
     "$PYTHON" -c 'import os, sys; sys.stdout.write(os.path.expandvars(sys.stdin.read()))' \
     < <(cat "${templates[@]}") > "$KAFKA_RUN_DIR/server.properties")
}

secure() {
  [ "$KAFKA_SECURE" = "1" ]
}

make_secrets() {
  # Once per run dir: a CA, a broker certificate for 127.0.0.1/localhost signed by it, the broker's key and
  # trust stores, and the admin's password and client configs. Nothing here leaves $secure_dir.
  [ -f "$secure_dir/admin.env" ] && return 0
  mkdir -p "$secure_dir"
  chmod 700 "$secure_dir"
  (
    cd "$secure_dir"
    umask 077
    openssl rand -hex 24 > admin.password
    openssl rand -hex 24 > store.password
    openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 30 -subj "/CN=news-enrichment local test CA" \
      -keyout ca.key -out ca.pem 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -sha256 -subj "/CN=localhost" -keyout broker.key -out broker.csr 2>/dev/null
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth,clientAuth\n' > broker.ext
    openssl x509 -req -in broker.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 30 -sha256 \
      -extfile broker.ext -out broker.pem 2>/dev/null
    openssl pkcs12 -export -name broker -inkey broker.key -in broker.pem -certfile ca.pem \
      -passout "file:store.password" -out broker.p12
    keytool -importcert -noprompt -alias ca -file ca.pem -keystore truststore.p12 -storetype PKCS12 \
      -storepass "$(cat store.password)" >/dev/null 2>&1
    rm -f broker.csr broker.ext ca.srl
    cat > admin.properties <<PROPS
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$(cat admin.password)";
ssl.truststore.type=PEM
ssl.truststore.location=$secure_dir/ca.pem
PROPS
    cat > admin.env <<ENV
KAFKA_SECURITY_PROTOCOL=SASL_SSL
KAFKA_SASL_MECHANISM=SCRAM-SHA-512
KAFKA_SASL_USERNAME=admin
KAFKA_SASL_PASSWORD_FILE=$secure_dir/admin.password
KAFKA_SSL_CAFILE=$secure_dir/ca.pem
ENV
  )
}

java_cmd() {
  # shellcheck disable=SC2086
  java $KAFKA_HEAP_OPTS -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$here/log4j2.yaml" \
    -cp "$KAFKA_LIBS_DIR/*" "$@"
}

tool_cmd() {  # a short-lived admin tool: small heap, fast start, warnings only
  java -Xms32m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$here/log4j2-tools.yaml" -cp "$KAFKA_LIBS_DIR/*" "$@"
}

format_storage() {
  [ -f "$KAFKA_RUN_DIR/data/meta.properties" ] && return 0
  local cluster_id
  cluster_id="$(java_cmd kafka.tools.StorageTool random-uuid | tail -n 1)"
  local scram=()
  # The admin's SCRAM credential must exist before the broker starts: it authenticates to itself with it.
  if secure; then scram=(--add-scram "SCRAM-SHA-512=[name=admin,password=$(cat "$secure_dir/admin.password")]"); fi
  java_cmd kafka.tools.StorageTool format -t "$cluster_id" \
    -c "$KAFKA_RUN_DIR/server.properties" "${scram[@]}" >>"$log_file" 2>&1
}

# Runs a client with the admin's environment (the python readiness check) in secured mode, as is otherwise.
as_admin() {
  if secure; then
    env $(cat "$secure_dir/admin.env") "$@"
  else
    "$@"
  fi
}

add_user() {
  secure || { echo "kafka: add-user needs KAFKA_SECURE=1" >&2; return 2; }
  local name="$1" password
  IFS= read -r password
  # kafka-configs takes SCRAM credentials on its command line only (its --add-config-file rejects the
  # SCRAM-SHA-512 key): fine for this local test broker, where the passwords are the tests' own.
  tool_cmd kafka.admin.ConfigCommand --bootstrap-server "127.0.0.1:$KAFKA_PORT" \
    --command-config "$secure_dir/admin.properties" --alter --entity-type users --entity-name "$name" \
    --add-config "SCRAM-SHA-512=[password=$password]" >/dev/null
}

client_cert() {
  secure || { echo "kafka: client-cert needs KAFKA_SECURE=1" >&2; return 2; }
  local name="$1"
  (
    cd "$secure_dir"
    umask 077
    openssl req -newkey rsa:2048 -nodes -sha256 -subj "/CN=$name" -keyout "$name.key" -out "$name.csr" 2>/dev/null
    printf 'extendedKeyUsage=clientAuth\n' > "$name.ext"
    openssl x509 -req -in "$name.csr" -CA ca.pem -CAkey ca.key -CAcreateserial -days 30 -sha256 \
      -extfile "$name.ext" -out "$name.pem" 2>/dev/null
    rm -f "$name.csr" "$name.ext" ca.srl
  )
  echo "$secure_dir/$name.pem $secure_dir/$name.key"
}

acls() {
  secure || { echo "kafka: acls needs KAFKA_SECURE=1" >&2; return 2; }
  tool_cmd org.apache.kafka.tools.AclCommand --bootstrap-server "127.0.0.1:$KAFKA_PORT" \
    --command-config "$secure_dir/admin.properties" "$@"
}

start() {
  if running; then echo "kafka: already running (pid $(cat "$pid_file")) on 127.0.0.1:$KAFKA_PORT"; return 0; fi
  fetch
  if secure; then make_secrets; fi
  render_config
  format_storage
  echo "kafka: starting on 127.0.0.1:$KAFKA_PORT$(secure && echo " (SASL_SSL, SCRAM-SHA-512, ACLs on; CA $secure_dir/ca.pem)") (log: $log_file)"
  # setsid: the broker must not receive the terminal's Ctrl-C meant for the foreground command.
  # shellcheck disable=SC2086
  setsid java $KAFKA_HEAP_OPTS -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$here/log4j2.yaml" -cp "$KAFKA_LIBS_DIR/*" \
    kafka.Kafka "$KAFKA_RUN_DIR/server.properties" >>"$log_file" 2>&1 </dev/null &
  echo $! > "$pid_file"
  if ! as_admin "$PYTHON" -m services.common.broker wait --bootstrap "127.0.0.1:$KAFKA_PORT" --timeout "$READY_TIMEOUT_S"; then
    echo "kafka: broker did not answer within ${READY_TIMEOUT_S}s; last log lines:" >&2
    tail -n 30 "$log_file" >&2
    stop
    return 1
  fi
  echo "kafka: ready on 127.0.0.1:$KAFKA_PORT"
}

stop() {
  if ! running; then rm -f "$pid_file"; echo "kafka: not running"; return 0; fi
  local pid; pid="$(cat "$pid_file")"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do running || break; sleep 0.5; done
  if running; then kill -KILL "$pid" 2>/dev/null || true; fi
  rm -f "$pid_file"
  echo "kafka: stopped"
}

status() {
  if running; then echo "kafka: running (pid $(cat "$pid_file")) on 127.0.0.1:$KAFKA_PORT"; else echo "kafka: not running"; return 1; fi
}

cd "$root"
case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  add-user) shift; add_user "$@" ;;
  acls) shift; acls "$@" ;;
  client-cert) shift; client_cert "$@" ;;
  *) echo "usage: $0 {fetch|start|stop|status|add-user NAME|acls ARGS...|client-cert NAME}" >&2; exit 2 ;;
esac

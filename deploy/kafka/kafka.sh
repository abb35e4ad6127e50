#!/usr/bin/env bash
# Run a real single-node Apache Kafka broker (KRaft) on 127.0.0.1, from jars resolved by Maven.
#
#   kafka.sh fetch    resolve the broker jars into $KAFKA_LIBS_DIR (once; later runs reuse them)
#   kafka.sh start    fetch, format storage if new, start in the background, wait until it answers
#   kafka.sh stop     stop the broker this script started (SIGTERM, then SIGKILL after a grace period)
#   kafka.sh status   say whether it runs
#
# Environment (defaults in brackets):
#   KAFKA_PORT [9092]            client listener on 127.0.0.1
#   KAFKA_CONTROLLER_PORT [KAFKA_PORT+1000]
#   KAFKA_RUN_DIR [.cache/kafka/run]  data, config, pid file and broker.log live here
#   KAFKA_LIBS_DIR [.cache/kafka/libs]
#   KAFKA_HEAP_OPTS [-Xms256m -Xmx768m]
#   PYTHON [.venv/bin/python]    used for the readiness check (a Kafka metadata request)
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
pid_file="$KAFKA_RUN_DIR/broker.pid"
log_file="$KAFKA_RUN_DIR/broker.log"

fetch() {
  if ls "$KAFKA_LIBS_DIR"/kafka_2.13-*.jar >/dev/null 2>&1; then return 0; fi
  echo "kafka: resolving broker jars from Maven Central into $KAFKA_LIBS_DIR"
  mvn -q -B -f "$here/pom.xml" dependency:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$KAFKA_LIBS_DIR"
}

running() {
  [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null
}

render_config() {
  mkdir -p "$KAFKA_RUN_DIR/data"
  KAFKA_PORT="$KAFKA_PORT" KAFKA_CONTROLLER_PORT="$KAFKA_CONTROLLER_PORT" \
  KAFKA_DATA_DIR="$KAFKA_RUN_DIR/data" \
    "$PYTHON" -c 'import os, sys; sys.stdout.write(os.path.expandvars(sys.stdin.read()))' \
    < "$here/server.properties.template" > "$KAFKA_RUN_DIR/server.properties"
}

java_cmd() {
  # shellcheck disable=SC2086
  java $KAFKA_HEAP_OPTS -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$here/log4j2.yaml" \
    -cp "$KAFKA_LIBS_DIR/*" "$@"
}

format_storage() {
  [ -f "$KAFKA_RUN_DIR/data/meta.properties" ] && return 0
  local cluster_id
  cluster_id="$(java_cmd kafka.tools.StorageTool random-uuid | tail -n 1)"
  java_cmd kafka.tools.StorageTool format -t "$cluster_id" \
    -c "$KAFKA_RUN_DIR/server.properties" >>"$log_file" 2>&1
}

start() {
  if running; then echo "kafka: already running (pid $(cat "$pid_file")) on 127.0.0.1:$KAFKA_PORT"; return 0; fi
  fetch
  render_config
  format_storage
  echo "kafka: starting on 127.0.0.1:$KAFKA_PORT (log: $log_file)"
  # setsid: the broker must not receive the terminal's Ctrl-C meant for the foreground command.
  # shellcheck disable=SC2086
  setsid java $KAFKA_HEAP_OPTS -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$here/log4j2.yaml" -cp "$KAFKA_LIBS_DIR/*" \
    kafka.Kafka "$KAFKA_RUN_DIR/server.properties" >>"$log_file" 2>&1 </dev/null &
  echo $! > "$pid_file"
  if ! "$PYTHON" -m services.common.broker wait --bootstrap "127.0.0.1:$KAFKA_PORT" --timeout "$READY_TIMEOUT_S"; then
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
  *) echo "usage: $0 {fetch|start|stop|status}" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# Durability check: notifications acknowledged by the court-feed endpoint survive the process being killed.
#
# Starts the packaged application (demo profile, its own embedded PostgreSQL under a fresh data directory), has
# CLIENTS concurrent curl clients post distinct court-feed notifications as court-feed.northshire, kill -9s the
# application (and its embedded PostgreSQL) while they are posting, restarts it on the same data, and checks that
# every notification that was answered 2xx is there, read back through the API as poc.northshire.
# The electronic-monitoring feed is put through the same: MONITORING_CLIENTS clients (default 4), each with its own
# device linked to a demo DAPO, post batches of BATCH location points (default 5) as monitoring-feed.northshire during
# the kill, and every point of every batch answered 2xx is read back after the restart.
# Exit status 0 when none was lost. See docs/durability.md.
#
# Environment: PORT (default 18080), CLIENTS (20), PER_CLIENT (60), KILL_AFTER (acknowledgements before the kill,
# default 200), JAR (default: target/nmo-register-*.jar, built with ./mvnw -o -DskipTests package if missing),
# WORK (scratch directory, default a new one under /tmp), NMO_DEMO_PASSWORD (demo).
set -euo pipefail

cd "$(dirname "$0")/.."
PORT=${PORT:-18080}
CLIENTS=${CLIENTS:-20}
PER_CLIENT=${PER_CLIENT:-60}
KILL_AFTER=${KILL_AFTER:-200}
MONITORING_CLIENTS=${MONITORING_CLIENTS:-4}
BATCH=${BATCH:-5}
PASSWORD=${NMO_DEMO_PASSWORD:-demo}
WORK=${WORK:-$(mktemp -d /tmp/nmo-kill-test.XXXXXX)}
DATA="$WORK/postgres"
BASE="http://localhost:$PORT"
mkdir -p "$WORK/results"

JAR=${JAR:-$(ls target/nmo-register-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)}
if [ -z "$JAR" ]; then
  echo "Packaging the application..."
  ./mvnw -o -q -DskipTests package
  JAR=$(ls target/nmo-register-*.jar | grep -v '\.original$' | head -1)
fi

APP_PID=
start_app() {
  java -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" \
    --nmo.embedded-database.directory="$DATA" >>"$WORK/app-$1.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 180); do
    if curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      echo "Application up (pid $APP_PID, log $WORK/app-$1.log)"
      return 0
    fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "The application exited while starting; see $WORK/app-$1.log" >&2
      exit 2
    fi
    sleep 1
  done
  echo "The application did not become healthy in 180 s; see $WORK/app-$1.log" >&2
  exit 2
}

# The embedded PostgreSQL runs as its own process tree; a crash of the machine takes it down too, so kill it.
postgres_pid() {
  [ -f "$DATA/postmaster.pid" ] && head -1 "$DATA/postmaster.pid" || true
}

cleanup() {
  for pid in ${CLIENT_PIDS:-}; do kill "$pid" 2>/dev/null || true; done
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT

# One client: posts distinct notifications one after another and writes "reference status id" for each answer.
client() {
  local n=$1 out="$WORK/results/client-$1.log" failures=0
  local made ends hearing
  made=$(date -u -d '-1 hour' +%Y-%m-%dT%H:%M:%SZ)
  hearing=$(date -u -d '+14 days' +%Y-%m-%dT10:00:00Z)
  ends=$(date -u -d '+14 days' +%Y-%m-%dT16:00:00Z)
  for i in $(seq 1 "$PER_CLIENT"); do
    local ref="KILLTEST-$RUN-$n-$i"
    local body
    body=$(cat <<JSON
{"source":"COURT_FEED","externalReference":"$ref","court":"Leeds Family Court","caseNumber":"KT$RUN$n$i",
 "orderType":"NMO","madeAt":"$made","withoutNotice":true,"returnHearing":{"at":"$hearing","court":"Leeds Family Court"},
 "endsAt":"$ends","untilFurtherOrder":false,"penalNotice":true,
 "applicant":{"name":"Jane Test","dateOfBirth":"1990-05-01","address":{"line1":"1 Test Street","town":"Leeds","postcode":"LS1 1AA","confidential":true}},
 "respondent":{"name":"John Test","dateOfBirth":"1988-04-12"},"relationship":"FORMER_SPOUSE",
 "terms":["The respondent must not use or threaten violence against the applicant."]}
JSON
)
    local response status id
    response=$(curl -s -m 20 -u "court-feed.northshire:$PASSWORD" -H 'Content-Type: application/json' \
      -w '\n%{http_code}' -d "$body" "$BASE/api/v1/notifications" 2>/dev/null || true)
    status=$(printf '%s' "$response" | tail -n1)
    id=$(printf '%s' "$response" | head -n -1 | grep -o '"id":"[^"]*"' | cut -d'"' -f4 || true)
    echo "$ref ${status:-000} ${id:--}" >>"$out"
    if [[ "$status" == 2* ]]; then failures=0; else failures=$((failures + 1)); fi
    # The server is gone: stop, as a real feed would, and retry later.
    [ "$failures" -ge 3 ] && break
  done
  return 0
}

# One monitoring-feed client: posts batches of points for its own device, one "device at status" line per point.
feed_client() {
  local n=$1 device="KILLTEST-EM-$RUN-$1" out="$WORK/results/feed-$1.log" failures=0 base
  base=$(date -u -d '-30 minutes' +%s)
  for i in $(seq 0 "$((PER_CLIENT - 1))"); do
    local body="[" ats=()
    for j in $(seq 0 "$((BATCH - 1))"); do
      local at
      at=$(date -u -d "@$((base + i * BATCH + j))" +%Y-%m-%dT%H:%M:%SZ)
      ats+=("$at")
      [ "$j" -gt 0 ] && body="$body,"
      body="$body{\"deviceId\":\"$device\",\"at\":\"$at\",\"latitude\":53.8$n$i,\"longitude\":-1.5$j,\"accuracyMetres\":10}"
    done
    body="$body]"
    local status
    status=$(curl -s -m 20 -o /dev/null -w '%{http_code}' -u "monitoring-feed.northshire:$PASSWORD" \
      -H 'Content-Type: application/json' -d "$body" "$BASE/api/v1/monitoring/locations" 2>/dev/null || true)
    for at in "${ats[@]}"; do echo "$device $at ${status:-000}" >>"$out"; done
    if [[ "$status" == 2* ]]; then failures=0; else failures=$((failures + 1)); fi
    [ "$failures" -ge 3 ] && break
  done
  return 0
}

acknowledged() {
  cat "$WORK"/results/client-*.log 2>/dev/null | awk '$2 ~ /^2/' | wc -l
}

RUN=$(date +%s)
start_app first

# The monitoring clients' devices, linked by the point of contact to a demo DAPO.
ORDER=$(curl -s -u "poc.northshire:$PASSWORD" "$BASE/api/v1/orders?caseNumber=NX26DAPO0007" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
[ -n "$ORDER" ] || { echo "The demo DAPO NX26DAPO0007 was not found" >&2; exit 2; }
for n in $(seq 1 "$MONITORING_CLIENTS"); do
  curl -fs -o /dev/null -u "poc.northshire:$PASSWORD" -H 'Content-Type: application/json' \
    -d "{\"orderId\":\"$ORDER\",\"deviceId\":\"KILLTEST-EM-$RUN-$n\"}" "$BASE/api/v1/monitoring/devices"
done

echo "Starting $CLIENTS clients, $PER_CLIENT notifications each; killing after $KILL_AFTER acknowledgements"
CLIENT_PIDS=
for n in $(seq 1 "$CLIENTS"); do
  client "$n" &
  CLIENT_PIDS="$CLIENT_PIDS $!"
done
for n in $(seq 1 "$MONITORING_CLIENTS"); do
  feed_client "$n" &
  CLIENT_PIDS="$CLIENT_PIDS $!"
done

for _ in $(seq 1 600); do
  [ "$(acknowledged)" -ge "$KILL_AFTER" ] && break
  sleep 0.1
done
PG=$(postgres_pid)
echo "kill -9 application $APP_PID and PostgreSQL ${PG:-'(external)'} after $(acknowledged) acknowledgements"
kill -9 "$APP_PID" 2>/dev/null || true
[ -n "$PG" ] && kill -9 "$PG" 2>/dev/null || true
wait "$APP_PID" 2>/dev/null || true
APP_PID=
for pid in $CLIENT_PIDS; do wait "$pid" 2>/dev/null || true; done
CLIENT_PIDS=

# PostgreSQL's backends leave once their postmaster is gone; wait for them so the restart can take the data over.
for _ in $(seq 1 60); do
  pgrep -f -- "-D $DATA" >/dev/null 2>&1 || break
  sleep 0.5
done

ACKED=$(acknowledged)
SENT=$(cat "$WORK"/results/client-*.log | wc -l)
echo "$SENT requests answered or failed, $ACKED acknowledged (2xx) before the kill"

start_app second

LOST=0
CHECKED=0
while read -r ref status id; do
  [[ "$status" == 2* ]] || continue
  CHECKED=$((CHECKED + 1))
  got=$(curl -s -m 20 -u "poc.northshire:$PASSWORD" "$BASE/api/v1/notifications/$id" | grep -o '"externalReference":"[^"]*"' | cut -d'"' -f4 || true)
  if [ "$got" != "$ref" ]; then
    echo "LOST: $ref (acknowledged as $id with $status)"
    LOST=$((LOST + 1))
  fi
done < <(cat "$WORK"/results/client-*.log)

# Deliveries that were not acknowledged may or may not have been stored; a feed re-sends them and gets the same id.
echo "Checked $CHECKED acknowledged notifications after the restart: $LOST lost. Work files in $WORK"

POINTS_CHECKED=0
POINTS_LOST=0
while read -r device at status; do
  [[ "$status" == 2* ]] || continue
  POINTS_CHECKED=$((POINTS_CHECKED + 1))
  total=$(curl -s -m 20 -u "poc.northshire:$PASSWORD" "$BASE/api/v1/monitoring/devices/$device/locations?at=$at" | grep -o '"total":[0-9]*' | cut -d: -f2 || true)
  if [ "$total" != "1" ]; then
    echo "LOST: point of $device at $at (acknowledged with $status)"
    POINTS_LOST=$((POINTS_LOST + 1))
  fi
done < <(cat "$WORK"/results/feed-*.log 2>/dev/null)
echo "Checked $POINTS_CHECKED acknowledged location points after the restart: $POINTS_LOST lost."

[ "$CHECKED" -gt 0 ] || { echo "Nothing was acknowledged: the test proved nothing" >&2; exit 3; }
[ "$MONITORING_CLIENTS" -eq 0 ] || [ "$POINTS_CHECKED" -gt 0 ] || { echo "No location point was acknowledged: the test proved nothing for the feed" >&2; exit 3; }
[ "$LOST" -eq 0 ] && [ "$POINTS_LOST" -eq 0 ]

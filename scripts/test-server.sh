#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers for the tests, then prints nothing but what it did.
#
#   - PGJDUMP_TEST_URL set: that server is used as is; nothing is started.
#   - else 127.0.0.1:5432 answering: used as is (the machine's own cluster).
#   - else the machine's Debian cluster is started with pg_ctlcluster, and if PostgreSQL is not
#     installed at all it is installed from the OS packages first.
# For a cluster this script manages, it makes sure that 127.0.0.1 is trusted for the tests and
# that the role pgjdump_pw_test must give a password (the wrong-password test needs one role that
# is not trusted).
set -euo pipefail

log() { echo "test-server: $*" >&2; }

answers() { (exec 3<>"/dev/tcp/127.0.0.1/5432") 2>/dev/null; }

if [ -n "${PGJDUMP_TEST_URL:-}" ]; then
  log "using PGJDUMP_TEST_URL"
  exit 0
fi

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  if answers; then
    log "a server answers on 127.0.0.1:5432 and no Debian cluster tools are installed; using it as is"
    exit 0
  fi
  log "PostgreSQL is not installed; installing it from the OS packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq postgresql postgresql-client zstd >/dev/null
fi

read -r version cluster port status <<<"$(pg_lsclusters --no-header | awk '{print $1, $2, $3, $4; exit}')"
if [ -z "${version:-}" ]; then
  log "no PostgreSQL cluster exists; creating one"
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  pg_createcluster "$version" main --port 5432 >/dev/null
  cluster=main
fi

hba="/etc/postgresql/$version/$cluster/pg_hba.conf"
changed=0
if [ -f "$hba" ]; then
  if ! grep -q '^host[[:space:]]\+all[[:space:]]\+pgjdump_pw_test' "$hba"; then
    sed -i '1i host all pgjdump_pw_test 127.0.0.1/32 scram-sha-256' "$hba"
    changed=1
  fi
  if ! grep -q '^host[[:space:]]\+all[[:space:]]\+all[[:space:]]\+127.0.0.1/32[[:space:]]\+trust' "$hba"; then
    # after the pgjdump_pw_test line, before anything that would ask the other roles for a password
    sed -i '1a host all all 127.0.0.1/32 trust' "$hba"
    changed=1
  fi
fi

if ! answers; then
  log "starting PostgreSQL $version/$cluster"
  pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start
  for _ in $(seq 1 60); do answers && break; sleep 0.5; done
elif [ "$changed" = 1 ]; then
  log "reloading PostgreSQL $version/$cluster for the changed pg_hba.conf"
  pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" reload
fi
answers || { log "PostgreSQL does not answer on 127.0.0.1:5432"; exit 1; }
log "PostgreSQL $version answers on 127.0.0.1:5432"

#!/usr/bin/env bash
# Whole-process restore comparison: the same database restored three ways, each into a freshly
# created empty database that is dropped right after the run:
#   psql-f           psql -X -q -v ON_ERROR_STOP=1 -f plain.sql      (plain file written by pgjdump)
#   pgjdump-restore  pgjdump restore -j 2 -q plain.sql                (the same file; checksum verified)
#   pg_restore-j2    pg_restore -j 2 -d DB dir                        (pg_dump -Fd -Z 0 of the same DB)
# Inputs are built once per dataset; then every round runs the three tools in turn, so a noisy
# neighbour hurts all of them alike, and medians are reported.
#
#   benchmarks/compare-restore.sh [--rounds N] [--datasets "mixed onebig"] [--jar PATH] [--out FILE]
#                                 [--reuse-inputs] [--with-no-verify]
# --with-no-verify adds a fourth tool, pgjdump restore --no-verify, to show what the checksum costs.
#
# Needs: the datasets as databases pgjdump_bench_NAME (benchmarks/compare.sh creates them; this
# script only reads them), psql/pg_dump/pg_restore of the server's version, GNU time, the built jar
# (mvn -q package -DskipTests). Scratch files (~2x the dump size per dataset) under $WORK.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
ROUNDS=3
DATASETS="mixed"
JAR="$ROOT/dumper/target/pgjdump.jar"
OUT=""
JOBS=2
REUSE=0
NOVERIFY=0
WORK="${WORK:-${TMPDIR:-/tmp}/pgjdump-restore-bench}"
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"

while [ $# -gt 0 ]; do
    case "$1" in
        --rounds) ROUNDS="$2"; shift 2 ;;
        --datasets) DATASETS="$2"; shift 2 ;;
        --jar) JAR="$2"; shift 2 ;;
        --out) OUT="$2"; shift 2 ;;
        --reuse-inputs) REUSE=1; shift ;;
        --with-no-verify) NOVERIFY=1; shift ;;
        -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[ -f "$JAR" ] || { echo "no $JAR: run mvn -q package -DskipTests first" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time (/usr/bin/time) is needed" >&2; exit 1; }
mkdir -p "$WORK"
RAW="$WORK/raw.tsv"
: > "$RAW"
START="$(date -u '+%Y-%m-%d %H:%M UTC')"

# Scratch databases carry the pid so that two runs (or other engineers' databases) never collide.
SCRATCH="pgjdump_restbench_$$"
drop_scratch() { dropdb --if-exists "$SCRATCH" 2>/dev/null || echo "could not drop $SCRATCH" >&2; }
trap drop_scratch EXIT

db_exists() { [ "$(psql -X -Atqd postgres -c "SELECT 1 FROM pg_database WHERE datname = '$1'")" = 1 ]; }

# Inputs: the plain file pgjdump writes (with its .sha256) and a pg_dump directory, from one database.
build_inputs() {
    local name="$1" db="pgjdump_bench_$1" dir="$WORK/$1"
    if [ "$REUSE" = 1 ] && [ -f "$dir/plain.sql" ] && [ -d "$dir/fd" ]; then return; fi
    rm -rf "$dir"; mkdir -p "$dir"
    echo "building inputs for $name..." >&2
    java -jar "$JAR" dump -q -j "$JOBS" -f "$dir/plain.sql" "$db"
    pg_dump -Fd -j "$JOBS" -Z 0 -f "$dir/fd" "$db"
}

# run TOOL DATASET ROUND: restores into a fresh scratch database, records wall, user+sys and peak
# RSS of the client, and the restored database's size (a check that every tool restored the same).
run() {
    local tool="$1" name="$2" round="$3" dir="$WORK/$2"
    drop_scratch
    createdb "$SCRATCH"
    local cmd
    case "$tool" in
        psql-f)          cmd=(psql -X -q -v ON_ERROR_STOP=1 -d "$SCRATCH" -f "$dir/plain.sql") ;;
        pgjdump-restore) cmd=(java -jar "$JAR" restore -j "$JOBS" -q -d "$SCRATCH" "$dir/plain.sql") ;;
        pgjdump-restore-no-verify)
                         cmd=(java -jar "$JAR" restore -j "$JOBS" -q --no-verify -d "$SCRATCH" "$dir/plain.sql") ;;
        pg_restore-j2)   cmd=(pg_restore -j "$JOBS" -d "$SCRATCH" "$dir/fd") ;;
        *) echo "unknown tool $tool" >&2; exit 1 ;;
    esac
    if ! /usr/bin/time -f "%e %U %S %M" -o "$WORK/time.txt" "${cmd[@]}" > "$WORK/$tool.log" 2>&1; then
        echo "$tool failed on $name (round $round):" >&2; tail -20 "$WORK/$tool.log" >&2; exit 1
    fi
    local wall user sys rss size
    read -r wall user sys rss < <(tail -1 "$WORK/time.txt")
    size=$(psql -X -Atqd postgres -c "SELECT pg_database_size('$SCRATCH')")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$tool" "$round" "$wall" \
        "$(echo "$user + $sys" | bc)" "$rss" "$size" >> "$RAW"
    echo "  $tool: wall $wall s, cpu $(echo "$user + $sys" | bc) s, rss $rss kB, db $size B" >&2
    drop_scratch
}

TOOLS="psql-f pgjdump-restore pg_restore-j2"
if [ "$NOVERIFY" = 1 ]; then TOOLS="$TOOLS pgjdump-restore-no-verify"; fi

for name in $DATASETS; do
    db_exists "pgjdump_bench_$name" || { echo "no database pgjdump_bench_$name: run compare.sh first" >&2; exit 1; }
    build_inputs "$name"
    for round in $(seq 1 "$ROUNDS"); do
        for tool in $TOOLS; do
            echo "round $round/$ROUNDS $name $tool" >&2
            run "$tool" "$name" "$round"
        done
    done
done

report() {
    echo "## Restore run of $START to $(date -u '+%H:%M UTC')"
    echo
    echo "Command: \`benchmarks/compare-restore.sh --rounds $ROUNDS --datasets \"$DATASETS\"$([ "$NOVERIFY" = 1 ] && echo ' --with-no-verify')\`"
    echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB RAM, PostgreSQL $(psql -X -Atqd postgres -c "SHOW server_version") on the same machine, load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    awk -F'\t' '{ k = $1 "\t" $2; n[k]++; w[k, n[k]] = $4; c[k, n[k]] = $5; r[k, n[k]] = $6; s[k, n[k]] = $7 }
        function median(a, k, cnt,    i, j, t, v) {
            for (i = 1; i <= cnt; i++) v[i] = a[k, i]
            for (i = 1; i <= cnt; i++) for (j = i + 1; j <= cnt; j++) if (v[j] + 0 < v[i] + 0) { t = v[i]; v[i] = v[j]; v[j] = t }
            return cnt % 2 ? v[(cnt + 1) / 2] : (v[cnt / 2] + v[cnt / 2 + 1]) / 2
        }
        END { for (k in n) printf "%s\t%.2f\t%.2f\t%d\t%d\t%d\n", k, median(w, k, n[k]), median(c, k, n[k]), median(r, k, n[k]), median(s, k, n[k]), n[k] }' \
        "$RAW" | sort > "$WORK/medians.tsv"
    for name in $DATASETS; do
        echo "### Dataset $name (plain file $(du -sm "$WORK/$name/plain.sql" | cut -f1) MiB, pg_dump -Fd $(du -sm "$WORK/$name/fd" | cut -f1) MiB), medians of $ROUNDS rounds"
        echo
        echo "| tool | wall s | client CPU s (user+sys) | client peak RSS MiB | restored DB MiB |"
        echo "|---|---:|---:|---:|---:|"
        awk -F'\t' -v d="$name" '$1 == d { printf "| %s | %.2f | %.2f | %.0f | %.0f |\n", $2, $3, $4, $5 / 1024, $6 / 1048576 }' "$WORK/medians.tsv"
        echo
        echo "| ratio (wall, medians) | value | target |"
        echo "|---|---:|---|"
        ratio "$name" pgjdump-restore psql-f "≤ 0.7"
        ratio "$name" pgjdump-restore pg_restore-j2 "≤ 1.1"
        echo
        echo "Every round (wall s): "
        awk -F'\t' -v d="$name" '$1 == d { printf "%s r%s %.2f; ", $2, $3, $4 } END { print "" }' "$RAW"
        echo
    done
    echo "Raw measurements: $RAW"
}

ratio() {
    awk -F'\t' -v d="$1" -v a="$2" -v b="$3" -v t="$4" '
        $1 == d && $2 == a { x = $3 } $1 == d && $2 == b { y = $3 }
        END { if (x != "" && y > 0) {
                  m = (t ~ /0\.7/ ? 0.7 : 1.1)
                  printf "| %s / %s | %.2f | %s (%s) |\n", a, b, x / y, t, (x / y <= m ? "met" : "missed") } }' \
        "$WORK/medians.tsv"
}

if [ -n "$OUT" ]; then report | tee "$OUT"; else report; fi

#!/usr/bin/env bash
# Whole-process comparison of pgjdump with pg_dump and with the COPY floor, on datasets that this
# script creates when they are missing. Every tool runs once per round, in the same order, and
# rounds alternate the tools, so a noisy neighbour hurts all of them alike; medians are reported.
#
#   benchmarks/compare.sh [--rounds N] [--datasets "mixed onebig"] [--jar PATH] [--out FILE]
#
# Needs: a PostgreSQL reachable through the usual PG* variables (default 127.0.0.1, user postgres),
# pg_dump/psql of the server's version, GNU time (/usr/bin/time), and the built jar
# (mvn -q package -DskipTests). Datasets: benchmarks/datasets/NAME.sql into database pgjdump_bench_NAME.
# Output: a Markdown report on stdout (and in --out if given); scratch files under $WORK.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
ROUNDS=3
DATASETS="mixed onebig"
JAR="$ROOT/dumper/target/pgjdump.jar"
OUT=""
JOBS=2
WORK="${WORK:-${TMPDIR:-/tmp}/pgjdump-compare}"
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"

while [ $# -gt 0 ]; do
    case "$1" in
        --rounds) ROUNDS="$2"; shift 2 ;;
        --datasets) DATASETS="$2"; shift 2 ;;
        --jar) JAR="$2"; shift 2 ;;
        --out) OUT="$2"; shift 2 ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[ -f "$JAR" ] || { echo "no $JAR: run mvn -q package -DskipTests first" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time (/usr/bin/time) is needed" >&2; exit 1; }
mkdir -p "$WORK"
RAW="$WORK/raw.tsv"
: > "$RAW"

db_exists() { [ "$(psql -X -Atqd postgres -c "SELECT 1 FROM pg_database WHERE datname = '$1'")" = 1 ]; }

ensure_dataset() {
    local name="$1" db="pgjdump_bench_$1"
    if db_exists "$db"; then return; fi
    echo "creating dataset $name in $db (once)..." >&2
    createdb "$db"
    if ! psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$HERE/datasets/$name.sql" >&2; then
        dropdb "$db"; echo "dataset $name failed" >&2; exit 1
    fi
}

# The floor: every table COPY ... TO STDOUT into /dev/null over two psql sessions, tables dealt
# largest first to whichever session has less so far. No file, no parsing, no compression.
floor_scripts() {
    local db="$1"
    rm -f "$WORK/floor1.sql" "$WORK/floor2.sql"
    psql -X -AtqF $'\t' -d "$db" -c "
        SELECT format('COPY %I.%I TO STDOUT;', n.nspname, c.relname), pg_catalog.pg_table_size(c.oid)
        FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
          AND n.nspname NOT LIKE 'pg_toast%'
        ORDER BY 2 DESC, 1" |
    awk -F'\t' -v w="$WORK" '{ if (a <= b) { print $1 > (w "/floor1.sql"); a += $2 }
                               else { print $1 > (w "/floor2.sql"); b += $2 } }'
    touch "$WORK/floor1.sql" "$WORK/floor2.sql"
}

# run TOOL DATASET ROUND: times one command, records wall, user+sys, peak RSS and output size.
run() {
    local tool="$1" name="$2" round="$3" db="pgjdump_bench_$2" out="$WORK/out"
    rm -rf "$out" "$out".*
    local cmd
    case "$tool" in
        pgjdump-plain-j2) cmd=(java -jar "$JAR" dump -q -j "$JOBS" -f "$out" "$db") ;;
        pgjdump-zstd-j2)  cmd=(java -jar "$JAR" dump -q -j "$JOBS" -Z zstd -f "$out" "$db") ;;
        pg_dump-Fp)       cmd=(pg_dump -Fp -f "$out" "$db") ;;
        pg_dump-Fd-j2-Z0) cmd=(pg_dump -Fd -j "$JOBS" -Z 0 -f "$out" "$db") ;;
        pg_dump-Fc)       cmd=(pg_dump -Fc -f "$out" "$db") ;;
        floor-copy-2psql) cmd=(bash -c "psql -X -q -d '$db' -f '$WORK/floor1.sql' >/dev/null &
                                        psql -X -q -d '$db' -f '$WORK/floor2.sql' >/dev/null; wait") ;;
        *) echo "unknown tool $tool" >&2; exit 1 ;;
    esac
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/time.txt" "${cmd[@]}"
    local wall user sys rss size
    read -r wall user sys rss < <(tail -1 "$WORK/time.txt")
    size=0
    if [ -e "$out" ]; then size=$(du -sb "$out" | cut -f1); fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$tool" "$round" "$wall" \
        "$(echo "$user + $sys" | bc)" "$rss" "$size" >> "$RAW"
    rm -rf "$out" "$out".*
}

TOOLS_mixed="pgjdump-plain-j2 pg_dump-Fp pgjdump-zstd-j2 pg_dump-Fd-j2-Z0 pg_dump-Fc floor-copy-2psql"
TOOLS_onebig="pgjdump-plain-j2 pg_dump-Fd-j2-Z0 pg_dump-Fp floor-copy-2psql"

for name in $DATASETS; do
    ensure_dataset "$name"
    floor_scripts "pgjdump_bench_$name"
    tools_var="TOOLS_$name"
    tools="${!tools_var:-pgjdump-plain-j2 pg_dump-Fp pg_dump-Fd-j2-Z0 floor-copy-2psql}"
    # warm the cache so the first tool of round 1 does not pay for reading the heap from disk
    run floor-copy-2psql "$name" 0
    for round in $(seq 1 "$ROUNDS"); do
        for tool in $tools; do
            echo "round $round/$ROUNDS $name $tool" >&2
            run "$tool" "$name" "$round"
        done
    done
done

# --- restore comparison (psql -f vs pgjdump restore vs pg_restore -j 2) -----------------------
# Left for the restore module: add tools here that restore one dump of each dataset into a fresh
# database per run (dropped after), recorded with `run`-style lines in $RAW, and list them below.

report() {
    local pgver
    pgver=$(psql -X -Atqd postgres -c "SHOW server_version")
    echo "## Run of $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "Command: \`benchmarks/compare.sh --rounds $ROUNDS --datasets \"$DATASETS\"\`"
    echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem:/ {print $2}') GiB RAM, PostgreSQL $pgver on the same machine, load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    # medians per dataset and tool (round 0 is the cache warm-up and is left out)
    awk -F'\t' '$3 > 0 { k = $1 "\t" $2; n[k]++; w[k, n[k]] = $4; c[k, n[k]] = $5; r[k, n[k]] = $6; s[k] = $7 }
        function median(a, k, cnt,    i, j, t, v) {
            for (i = 1; i <= cnt; i++) v[i] = a[k, i]
            for (i = 1; i <= cnt; i++) for (j = i + 1; j <= cnt; j++) if (v[j] + 0 < v[i] + 0) { t = v[i]; v[i] = v[j]; v[j] = t }
            return cnt % 2 ? v[(cnt + 1) / 2] : (v[cnt / 2] + v[cnt / 2 + 1]) / 2
        }
        END { for (k in n) printf "%s\t%.2f\t%.2f\t%d\t%d\t%d\n", k, median(w, k, n[k]), median(c, k, n[k]), median(r, k, n[k]), s[k], n[k] }' \
        "$RAW" | sort > "$WORK/medians.tsv"
    for name in $DATASETS; do
        local dbsize
        dbsize=$(psql -X -Atqd postgres -c "SELECT pg_size_pretty(pg_database_size('pgjdump_bench_$name'))")
        echo "### Dataset $name (database size $dbsize), medians of $ROUNDS rounds"
        echo
        echo "| tool | wall s | CPU s (user+sys) | peak RSS MiB | output MiB |"
        echo "|---|---:|---:|---:|---:|"
        awk -F'\t' -v d="$name" '$1 == d { printf "| %s | %.2f | %.2f | %.0f | %.0f |\n", $2, $3, $4, $5 / 1024, $6 / 1048576 }' "$WORK/medians.tsv"
        echo
        echo "| ratio (wall, medians) | value | target |"
        echo "|---|---:|---|"
        ratio "$name" pgjdump-plain-j2 pg_dump-Fp "≤ 0.75"
        ratio "$name" pgjdump-plain-j2 pg_dump-Fd-j2-Z0 "$([ "$name" = onebig ] && echo '≤ 0.7' || echo '≤ 1.0')"
        ratio "$name" pgjdump-zstd-j2 pg_dump-Fc "≤ 0.5"
        ratio "$name" pgjdump-plain-j2 floor-copy-2psql "≤ 1.3"
        size_ratio "$name" pgjdump-zstd-j2 pg_dump-Fc "≤ 1.0"
        echo
    done
    echo "Raw measurements: $RAW"
}

ratio() {
    awk -F'\t' -v d="$1" -v a="$2" -v b="$3" -v t="$4" '
        $1 == d && $2 == a { x = $3 } $1 == d && $2 == b { y = $3 }
        END { if (x != "" && y > 0) printf "| %s / %s | %.2f | %s |\n", a, b, x / y, t }' "$WORK/medians.tsv"
}

size_ratio() {
    awk -F'\t' -v d="$1" -v a="$2" -v b="$3" -v t="$4" '
        $1 == d && $2 == a { x = $6 } $1 == d && $2 == b { y = $6 }
        END { if (x != "" && y > 0) printf "| size %s / %s | %.2f | %s |\n", a, b, x / y, t }' "$WORK/medians.tsv"
}

if [ -n "$OUT" ]; then report | tee "$OUT"; else report; fi

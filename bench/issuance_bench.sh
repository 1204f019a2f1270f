#!/usr/bin/env bash
# Certificate issuance speed: CertDesk beside lego, certbot and dehydrated, all obtaining http-01
# certificates from the same Pebble in the shared test lab (tests/lab/certdesk-lab), in one run.
#
#   bench/issuance_bench.sh [--build DIR] [--runs N] [--count N] [--concurrency N] [--no-write]
#
#   --runs N         single-name certificates per client; the median is reported (default 5)
#   --count N        names in the "many certificates" round (default 100)
#   --concurrency N  CertDesk's orders in flight (default 16, CertDesk's own default)
#   --clients LIST   which clients, e.g. "certdesk lego" (default: all four; the table needs all)
#   --no-write       print the table only; do not update docs/benchmarks.md
#
# Measured: wall time of each client's own command line, process start to exit, after a
# warm-up order that registers its account (not measured). CertDesk issues the many names in
# one `certdesk issue --all`; lego and certbot issue them one after another (one process per
# name, as a script would); dehydrated runs its domains.txt (one process, one name after
# another). Everything talks to 127.0.0.1 only; the lab CA is trusted explicitly by every
# client. Runs in a private Secret Service session (tests/tools/with-secret-service.sh) because
# CertDesk keeps its keys in the keychain. Needs: lego, certbot, dehydrated, python3, nsupdate.
set -euo pipefail

SOURCE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR="$SOURCE_DIR/build"
RUNS=5
COUNT=100
CONCURRENCY=16
WRITE=1
CLIENTS="certdesk lego certbot dehydrated"
while [ $# -gt 0 ]; do
    case "$1" in
    --build) BUILD_DIR=$(cd "$2" && pwd); shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --count) COUNT=$2; shift 2 ;;
    --concurrency) CONCURRENCY=$2; shift 2 ;;
    --clients) CLIENTS=$2; shift 2 ;;
    --no-write) WRITE=0; shift ;;
    *) echo "usage: $0 [--build DIR] [--runs N] [--count N] [--concurrency N] [--clients LIST] [--no-write]" >&2
       exit 2 ;;
    esac
done

if [ -z "${CERTDESK_IN_TEST_SESSION:-}" ]; then
    exec "$SOURCE_DIR/tests/tools/with-secret-service.sh" "$0" --build "$BUILD_DIR" --runs "$RUNS" \
        --count "$COUNT" --concurrency "$CONCURRENCY" --clients "$CLIENTS" $([ "$WRITE" = 1 ] || echo --no-write)
fi

CERTDESK="$BUILD_DIR/app/certdesk"
LAB="$BUILD_DIR/tests/lab/certdesk-lab"
for tool in "$CERTDESK" "$LAB"; do
    [ -x "$tool" ] || { echo "missing $tool: build first (ninja -C build)" >&2; exit 1; }
done
wants() { [[ " $CLIENTS " == *" $1 "* ]]; }
[ "$CLIENTS" = "certdesk lego certbot dehydrated" ] || WRITE=0
for tool in $CLIENTS python3 nsupdate; do
    [ "$tool" = certdesk ] && continue
    command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install $tool" >&2; exit 1; }
done

WORK=$(mktemp -d /tmp/certdesk-issuance-bench-XXXXXX)
LOG="$WORK/bench.log"
LAB_PID=
WEB_PID=
cleanup() {
    [ -n "$WEB_PID" ] && kill "$WEB_PID" 2>/dev/null && wait "$WEB_PID" 2>/dev/null
    [ -n "$LAB_PID" ] && kill "$LAB_PID" 2>/dev/null && wait "$LAB_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

say() { printf '%s\n' "$*" >&2; }

# Runs a command with its output in the log; prints its wall time in seconds.
timed() {
    local start=$EPOCHREALTIME
    if ! "$@" >>"$LOG" 2>&1; then
        say "FAILED: $*"
        tail -n 30 "$LOG" >&2
        exit 1
    fi
    local end=$EPOCHREALTIME
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", e - s }'
}

quiet() {
    "$@" >>"$LOG" 2>&1 || { say "FAILED: $*"; tail -n 30 "$LOG" >&2; exit 1; }
}

median() {
    printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) printf "%.3f", v[(NR + 1) / 2];
                                                         else printf "%.3f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Runs a single-name issuance RUNS times (after one warm-up); prints the median.
single_median() {
    local times=()
    quiet "$@"
    for _ in $(seq "$RUNS"); do
        times+=("$(timed "$@")")
    done
    say "    runs: ${times[*]}"
    median "${times[@]}"
}

# --- the lab -------------------------------------------------------------------------------
say "starting the lab"
"$LAB" --env-file "$WORK/lab.env" >>"$LOG" 2>&1 &
LAB_PID=$!
for _ in $(seq 300); do
    [ -f "$WORK/lab.env" ] && break
    kill -0 "$LAB_PID" 2>/dev/null || { say "the lab did not start"; tail -n 30 "$LOG" >&2; exit 1; }
    sleep 0.1
done
# shellcheck disable=SC1091
. "$WORK/lab.env"
PORT=$CERTDESK_LAB_HTTP01_PORT
DIRECTORY=$CERTDESK_LAB_ACME_DIRECTORY
CA_BUNDLE=$CERTDESK_LAB_CA_BUNDLE
SINGLE=single.example.test
NAMES=()
for i in $(seq -w 1 "$COUNT"); do
    NAMES+=("host$i.example.test")
done
{
    echo "server 127.0.0.1 $CERTDESK_LAB_BIND_PORT"
    echo "zone example.test"
    for name in "$SINGLE" "${NAMES[@]}"; do
        echo "update add $name. 300 A 127.0.0.1"
    done
    echo "send"
} | quiet nsupdate -k "$CERTDESK_LAB_TSIG_KEY_FILE"

# --- CertDesk ------------------------------------------------------------------------------
if wants certdesk; then
say "CertDesk"
CD_SINGLE="$WORK/certdesk-single"
CD_MANY="$WORK/certdesk-many"
for profile in "$CD_SINGLE" "$CD_MANY"; do
    quiet "$CERTDESK" --data-dir "$profile" account add --directory "$DIRECTORY" --email bench@example.test \
        --agree-tos --ca-bundle "$CA_BUNDLE"
done
quiet "$CERTDESK" --data-dir "$CD_SINGLE" endpoint add "$SINGLE" --http-listen "127.0.0.1:$PORT"
for name in "${NAMES[@]}"; do
    quiet "$CERTDESK" --data-dir "$CD_MANY" endpoint add "$name" --http-listen "127.0.0.1:$PORT"
done
CD_SINGLE_CMD=("$CERTDESK" --data-dir "$CD_SINGLE" issue "$SINGLE")
CD_MANY_CMD=("$CERTDESK" --data-dir "$CD_MANY" issue --all --concurrency "$CONCURRENCY")
certdesk_single=$(single_median "${CD_SINGLE_CMD[@]}")
quiet "${CD_MANY_CMD[@]}" # warm-up: the profile's data key, the first 100 orders
many_times=()
for _ in 1 2 3; do
    many_times+=("$(timed "${CD_MANY_CMD[@]}")")
done
say "    $COUNT certificates: ${many_times[*]}"
certdesk_many=$(median "${many_times[@]}")
fi

# --- lego ----------------------------------------------------------------------------------
if wants lego; then
say "lego"
export LEGO_CA_CERTIFICATES="$CA_BUNDLE"
lego_cmd() {
    lego --server "$DIRECTORY" --email bench@example.test --accept-tos --path "$WORK/lego" \
        --http --http.port "127.0.0.1:$PORT" --domains "$1" run
}
lego_single=$(single_median lego_cmd "$SINGLE")
lego_all() { for name in "${NAMES[@]}"; do lego_cmd "$name"; done; }
lego_many=$(timed lego_all)
say "    $COUNT certificates: $lego_many"
fi

# --- certbot -------------------------------------------------------------------------------
if wants certbot; then
say "certbot"
export REQUESTS_CA_BUNDLE="$CA_BUNDLE"
certbot_cmd() {
    certbot certonly --standalone --non-interactive --agree-tos --email bench@example.test \
        --server "$DIRECTORY" --config-dir "$WORK/certbot/config" --work-dir "$WORK/certbot/work" \
        --logs-dir "$WORK/certbot/logs" --http-01-address 127.0.0.1 --http-01-port "$PORT" \
        --force-renewal --cert-name "$1" -d "$1"
}
certbot_single=$(single_median certbot_cmd "$SINGLE")
certbot_all() { for name in "${NAMES[@]}"; do certbot_cmd "$name"; done; }
certbot_many=$(timed certbot_all)
say "    $COUNT certificates: $certbot_many"
fi

# --- dehydrated ----------------------------------------------------------------------------
if wants dehydrated; then
say "dehydrated"
DH="$WORK/dehydrated"
mkdir -p "$DH/webroot/.well-known/acme-challenge"
cat >"$DH/config" <<EOF
CA="$DIRECTORY"
CHALLENGETYPE="http-01"
BASEDIR="$DH"
WELLKNOWN="$DH/webroot/.well-known/acme-challenge"
CONTACT_EMAIL="bench@example.test"
KEY_ALGO=prime256v1
CURL_OPTS="--cacert $CA_BUNDLE"
EOF
printf '%s\n' "${NAMES[@]}" >"$DH/domains.txt"
# dehydrated writes challenge files for a web server to serve: the simplest one there is.
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$DH/webroot" >>"$LOG" 2>&1 &
WEB_PID=$!
sleep 0.5
quiet dehydrated --config "$DH/config" --register --accept-terms
dehydrated_cmd() { dehydrated --config "$DH/config" --cron --force --domain "$1"; }
dehydrated_single=$(single_median dehydrated_cmd "$SINGLE")
dehydrated_many=$(timed dehydrated --config "$DH/config" --cron --force)
say "    $COUNT certificates: $dehydrated_many"
kill "$WEB_PID" && wait "$WEB_PID" 2>/dev/null || true
WEB_PID=
fi

# --- report --------------------------------------------------------------------------------
if [ "$WRITE" = 0 ] && [ "$CLIENTS" != "certdesk lego certbot dehydrated" ]; then
    for client in $CLIENTS; do
        single="${client}_single"
        many="${client}_many"
        printf '%-11s one name %s s, %s names %s s\n' "$client" "${!single}" "$COUNT" "${!many}"
    done
    exit 0
fi
version() { dpkg-query -W -f '${Version}' "$1" 2>/dev/null || echo "?"; }
per() { awk -v t="$1" -v n="$COUNT" 'BEGIN { printf "%.3f", t / n }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
verdict() { awk -v v="$1" -v limit="$2" -v op="$3" 'BEGIN { ok = (op == "<") ? v < limit : v >= limit; print ok ? "met" : "MISSED" }'; }

CERTDESK_VERSION=$("$CERTDESK" --version | head -n 1 | sed 's/^CertDesk //')
CPU=$(lscpu | sed -n 's/^Model name: *//p' | head -n 1)
MEMORY=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
LOAD=$(cut -d ' ' -f 1-3 /proc/loadavg)
DATE=$(date -u +%Y-%m-%dT%H:%MZ)
SPEEDUP=$(ratio "$lego_many" "$certdesk_many")

TABLE=$(cat <<EOF
## Certificate issuance (http-01, Pebble on loopback)

Measured by \`bench/issuance_bench.sh\` on $DATE: $CPU, $(nproc) cores, $MEMORY, load average
$LOAD at the start (a shared build machine). Debian 12; Pebble $(version pebble) from the lab
(\`PEBBLE_VA_NOSLEEP=1\`, no authorization reuse), BIND for its lookups. Wall time of each client's
own command, after one unmeasured warm-up order that registers its account. Single name: median
of $RUNS runs. $COUNT names: CertDesk's median of 3 runs of one \`certdesk issue --all\`
(concurrency $CONCURRENCY); lego and certbot one process per name, one after another; dehydrated
one run over its domains.txt.

| client | version | one name (s) | $COUNT names (s) | per name (s) |
|---|---|---:|---:|---:|
| CertDesk | $CERTDESK_VERSION | $certdesk_single | $certdesk_many | $(per "$certdesk_many") |
| lego | $(version lego) | $lego_single | $lego_many | $(per "$lego_many") |
| certbot | $(version certbot) | $certbot_single | $certbot_many | $(per "$certbot_many") |
| dehydrated | $(version dehydrated) | $dehydrated_single | $dehydrated_many | $(per "$dehydrated_many") |

Targets: one name under 0.5 s — $certdesk_single s, $(verdict "$certdesk_single" 0.5 "<");
$COUNT names at least 20× faster than lego one after another — ${SPEEDUP}×, $(verdict "$SPEEDUP" 20 ">=").

Commands (\`\$PORT\` is the lab's http-01 port, \`\$DIR\` its ACME directory, \`\$CA\` the lab CA):

- CertDesk: \`certdesk --data-dir P issue $SINGLE\`; \`certdesk --data-dir P issue --all
  --concurrency $CONCURRENCY\` (endpoints added with \`endpoint add NAME --http-listen
  127.0.0.1:\$PORT\`, account with \`account add --directory \$DIR --ca-bundle \$CA\`)
- lego: \`LEGO_CA_CERTIFICATES=\$CA lego --server \$DIR --email E --accept-tos --path D --http
  --http.port 127.0.0.1:\$PORT --domains NAME run\`
- certbot: \`REQUESTS_CA_BUNDLE=\$CA certbot certonly --standalone --non-interactive --agree-tos
  --email E --server \$DIR --config-dir/--work-dir/--logs-dir D --http-01-address 127.0.0.1
  --http-01-port \$PORT --force-renewal --cert-name NAME -d NAME\`
- dehydrated: \`dehydrated --config C --cron --force --domain NAME\`, and \`dehydrated --config C
  --cron --force\` over domains.txt; config \`CHALLENGETYPE=http-01\`, \`KEY_ALGO=prime256v1\`,
  \`CURL_OPTS="--cacert \$CA"\`, challenge files served by \`python3 -m http.server \$PORT\`
EOF
)

printf '\n%s\n' "$TABLE"

if [ "$WRITE" = 1 ]; then
    DOC="$SOURCE_DIR/docs/benchmarks.md"
    START='<!-- issuance-bench:start (written by bench/issuance_bench.sh) -->'
    END='<!-- issuance-bench:end -->'
    if [ ! -f "$DOC" ]; then
        printf '# Benchmarks\n\nFigures are measured, not estimated; each section says how to run it again.\n' >"$DOC"
    fi
    # Replace only this script's section; sections others add stay as they are.
    python3 - "$DOC" "$START" "$END" "$TABLE" <<'EOF'
import sys
path, start, end, table = sys.argv[1:5]
text = open(path, encoding="utf-8").read()
block = f"{start}\n{table}\n{end}"
if start in text and end in text:
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    text = head + block + tail
else:
    text = text.rstrip("\n") + "\n\n" + block + "\n"
open(path, "w", encoding="utf-8").write(text)
EOF
    say "updated $DOC"
fi

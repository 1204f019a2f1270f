#!/usr/bin/env bash
# Saves a PNG of each main screen of CertDesk, for reviewing the look: a demo profile with a
# few endpoints (some with certificates from the lab's Pebble, one whose order failed) shown on
# a private Xvfb desktop with a real tray and notification server.
#   tools/screenshots.sh [OUT_DIR]      (default: build/screenshots)
# Needs a build with tests (tools/dev.sh test) and the lab's packages (docs/lab.md).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${CERTDESK_BUILD_DIR:-$root/build}"

if [ "${1:-}" = "--inside" ]; then
    # Second half, inside the desktop session (keychain, display): make the profile, take the pictures.
    work=$2
    out=$3
    # shellcheck disable=SC1091
    . "$work/lab.env"
    profile="$work/profile"
    certdesk() { "$build/app/certdesk" --data-dir "$profile" "$@"; }
    listen="127.0.0.1:$CERTDESK_LAB_HTTP01_PORT"
    # Every DNS question to the lab's BIND (the DNS review checks live), delegation into its zone.
    certdesk dns set --resolver "127.0.0.1:$CERTDESK_LAB_BIND_PORT" --auth-port "$CERTDESK_LAB_BIND_PORT" >/dev/null
    certdesk delegation set --zone "$CERTDESK_LAB_DELEGATION_ZONE" --provider rfc2136 \
        --server "127.0.0.1:$CERTDESK_LAB_BIND_PORT" --key-name "$CERTDESK_LAB_TSIG_NAME" \
        --secret-file "$CERTDESK_LAB_TSIG_SECRET_FILE" >/dev/null
    certdesk account add --directory "$CERTDESK_LAB_ACME_DIRECTORY" --ca-bundle "$CERTDESK_LAB_CA_BUNDLE" \
        --email admin@example.test --agree-tos --title "Lab CA (Pebble)" >/dev/null
    certdesk endpoint add www.example.test example.test --external --target lb1.example.net --http-listen "$listen" \
        --deploy-dir "$work/deploy/www" --pfx --post-deploy "echo reloaded" >/dev/null
    certdesk endpoint add api.example.test --http-listen "$listen" --key-type rsa-2048 >/dev/null
    certdesk endpoint add bücher.example.test --http-listen "$listen" >/dev/null
    certdesk endpoint add delegated.example.test >/dev/null
    certdesk endpoint add intranet.example.test '*.intranet.example.test' >/dev/null
    certdesk issue www.example.test api.example.test >/dev/null
    # Not in the lab's DNS: the CA cannot reach it, and the list shows a failure with its reason.
    certdesk issue bücher.example.test >/dev/null 2>&1 || true
    # The hub's side: a DNS provider (the lab's BIND), two managed challenges, a token, the hub
    # on a loopback port.
    certdesk provider add --kind rfc2136 --title "Lab BIND" --server "127.0.0.1:$CERTDESK_LAB_BIND_PORT" \
        --key-name "$CERTDESK_LAB_TSIG_NAME" --provider-zone "$CERTDESK_LAB_DELEGATION_ZONE" \
        --secret-file "$CERTDESK_LAB_TSIG_SECRET_FILE" >/dev/null
    certdesk challenge add --title "Example zone" --provider-id 1 --match "*.example.test; example.test" \
        --tag web >/dev/null
    certdesk challenge add --title "Everything else" --provider-id 1 >/dev/null
    certdesk token create --name build-01 --challenge 1 --expires 90d >/dev/null
    certdesk hub configure --listen 127.0.0.1:0 --acme-dns-zone "$CERTDESK_LAB_DELEGATION_ZONE" >/dev/null
    exec "$build/tools/screenshots/certdesk-screenshots" --data-dir "$profile" --out "$out" --select www.example.test
fi

out=$(realpath -m "${1:-$build/screenshots}")
for binary in "$build/app/certdesk" "$build/tests/lab/certdesk-lab" "$build/tools/screenshots/certdesk-screenshots"; do
    [ -x "$binary" ] || { echo "missing $binary: build first (tools/dev.sh test)" >&2; exit 1; }
done
mkdir -p "$out"
work=$(mktemp -d)
lab_pid=
cleanup() {
    if [ -n "$lab_pid" ]; then
        kill "$lab_pid" 2>/dev/null || true
        wait "$lab_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

"$build/tests/lab/certdesk-lab" --env-file "$work/lab.env" >"$work/lab.log" 2>&1 &
lab_pid=$!
for _ in $(seq 1 400); do
    [ -s "$work/lab.env" ] && break
    kill -0 "$lab_pid" 2>/dev/null || { cat "$work/lab.log" >&2; exit 1; }
    sleep 0.05
done
[ -s "$work/lab.env" ] || { echo "the lab did not start" >&2; cat "$work/lab.log" >&2; exit 1; }

"$root/tests/tools/with-desktop-session.sh" "$0" --inside "$work" "$out"
echo "screenshots in $out"

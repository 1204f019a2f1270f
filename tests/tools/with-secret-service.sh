#!/bin/sh
# Runs a command against a real, private, unlocked Secret Service: a fresh D-Bus session with
# gnome-keyring-daemon in it, its keyrings in a throw-away folder. Used by CTest for every
# test labelled "keychain", so those tests never see (or pollute) the developer's keyring.
#   with-secret-service.sh COMMAND [ARGS...]
set -eu
if [ -z "${CERTDESK_IN_TEST_SESSION:-}" ]; then
    command -v dbus-run-session >/dev/null || { echo "dbus-run-session missing: apt-get install dbus" >&2; exit 1; }
    command -v gnome-keyring-daemon >/dev/null || { echo "gnome-keyring-daemon missing: apt-get install gnome-keyring" >&2; exit 1; }
    CERTDESK_IN_TEST_SESSION=1 exec dbus-run-session -- "$0" "$@"
fi

scratch=$(mktemp -d)
trap 'kill "$keyring_pid" 2>/dev/null || true; rm -rf "$scratch"' EXIT INT TERM
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
       XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# A non-empty password: with an empty one the daemon wants a prompt and there is no one to
# answer it. --foreground keeps it our child, so it dies with this session.
printf '%s' "certdesk-test-keyring" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
keyring_pid=$!

# Wait until the daemon owns the Secret Service name on the bus.
i=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; do
    i=$((i + 1))
    if [ "$i" -gt 100 ]; then
        echo "gnome-keyring-daemon did not register org.freedesktop.secrets" >&2
        exit 1
    fi
    sleep 0.05
done

"$@"

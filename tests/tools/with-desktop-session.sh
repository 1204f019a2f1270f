#!/bin/sh
# Runs a command on a private, real desktop: an Xvfb display, a D-Bus session with a real
# notification server (dunst) and a real XEmbed system tray (trayer), plus the private,
# unlocked Secret Service of with-secret-service.sh. Used by CTest for tests labelled
# "desktop" (tray icon, desktop notifications); they see QT_QPA_PLATFORM=xcb on that display.
#   with-desktop-session.sh COMMAND [ARGS...]
# The notification history is what the test reads back with `dunstctl history`.
set -eu
if [ -z "${CERTDESK_IN_DESKTOP_SESSION:-}" ]; then
    for tool in dbus-run-session Xvfb dunst dunstctl trayer xwininfo; do
        command -v "$tool" >/dev/null || {
            echo "$tool missing: apt-get install dbus xvfb dunst trayer x11-utils" >&2
            exit 1
        }
    done
    CERTDESK_IN_DESKTOP_SESSION=1 exec dbus-run-session -- "$0" "$@"
fi

here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d)
xvfb_pid=
dunst_pid=
trayer_pid=
cleanup() {
    for pid in $trayer_pid $dunst_pid $xvfb_pid; do
        kill "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT INT TERM

# A display number nobody else uses: Xvfb picks it and writes it to fd 3.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$scratch/display" 2>"$scratch/xvfb.log" &
xvfb_pid=$!
i=0
until [ -s "$scratch/display" ]; do
    i=$((i + 1))
    if [ "$i" -gt 200 ]; then
        echo "Xvfb did not start:" >&2
        cat "$scratch/xvfb.log" >&2
        exit 1
    fi
    sleep 0.05
done
DISPLAY=":$(cat "$scratch/display")"
export DISPLAY

# dunst with its own settings, so a developer's dunstrc cannot change what tests see:
# critical notifications stay until acted on; everything ends up in the history.
cat >"$scratch/dunstrc" <<'CONF'
[global]
    monitor = 0
    follow = none
    history_length = 50
    sticky_history = yes
    show_indicators = no
[urgency_low]
    timeout = 0
[urgency_normal]
    timeout = 0
[urgency_critical]
    timeout = 0
CONF
dunst -config "$scratch/dunstrc" >"$scratch/dunst.log" 2>&1 &
dunst_pid=$!
i=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null | grep -q 'boolean true'; do
    i=$((i + 1))
    if [ "$i" -gt 200 ]; then
        echo "dunst did not register org.freedesktop.Notifications:" >&2
        cat "$scratch/dunst.log" >&2
        exit 1
    fi
    sleep 0.05
done

trayer --edge top --align right --widthtype request --height 24 --SetDockType true --transparent false \
    >"$scratch/trayer.log" 2>&1 &
trayer_pid=$!
i=0
until xwininfo -root -children 2>/dev/null | grep -q '"trayer"'; do
    i=$((i + 1))
    if [ "$i" -gt 200 ]; then
        echo "trayer did not start:" >&2
        cat "$scratch/trayer.log" >&2
        exit 1
    fi
    sleep 0.05
done

export QT_QPA_PLATFORM=xcb
# The same D-Bus session gets the keychain too (with-secret-service.sh sees it is inside one).
CERTDESK_IN_TEST_SESSION=1 "$here/with-secret-service.sh" "$@"

#!/usr/bin/env bash
# Builds the DEB, installs it with apt like an administrator would, checks the installed
# program (version, desktop files, a headless start and a clean SIGTERM), and removes it
# again. Run by `tools/dev.sh test` on CI (as root); usable by hand with sudo.
set -euo pipefail
build=${1:?usage: package-check.sh BUILD_DIR}
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

cd "$build"
rm -f certdesk_*.deb
cpack -G DEB >/dev/null
deb=$(ls certdesk_*.deb)
echo "==> package: $deb"
dpkg-deb --info "$deb" | sed -n '/Depends/p'

as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null
trap 'as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq certdesk >/dev/null 2>&1 || true' EXIT

test "$(/usr/bin/certdesk --version)" = "CertDesk $(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' ../CMakeLists.txt | head -1)" \
    || { echo "installed certdesk --version is wrong"; exit 1; }
for file in /usr/share/applications/org.certdesk.CertDesk.desktop \
            /usr/share/metainfo/org.certdesk.CertDesk.metainfo.xml \
            /usr/share/icons/hicolor/scalable/apps/org.certdesk.CertDesk.svg \
            /usr/lib/systemd/user/certdesk.service; do
    test -f "$file" || { echo "missing from the package: $file"; exit 1; }
done

profile=$(mktemp -d)
/usr/bin/certdesk --data-dir "$profile" --headless 2>"$profile.log" &
pid=$!
for _ in $(seq 1 100); do
    sqlite3 "$profile/certdesk.sqlite" "SELECT 1 FROM activity_log WHERE message LIKE 'Background worker started%'" 2>/dev/null | grep -q 1 && break
    sleep 0.1
done
kill -TERM "$pid"
wait "$pid" || { echo "installed headless service did not exit cleanly"; cat "$profile.log"; exit 1; }
rm -rf "$profile" "$profile.log"

as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq certdesk >/dev/null
trap - EXIT
test ! -e /usr/bin/certdesk || { echo "certdesk still installed after removal"; exit 1; }
echo "==> package installs, runs headless and removes cleanly"

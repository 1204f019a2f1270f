#!/usr/bin/env bash
# The project's two set-up commands (see README.md):
#   tools/dev.sh run  [certdesk arguments]  install what is missing, build, start CertDesk
#   tools/dev.sh test [ctest arguments]     install what is missing, build, run every test
# and the hardening runs CI adds to them (docs/hardening.md):
#   tools/dev.sh sanitize [ctest arguments] the suite built with clang, ASan and UBSan
#   tools/dev.sh tsan                       the worker-thread and hub tests built with TSan
#   tools/dev.sh fuzz [seconds] [harness…]  each libFuzzer harness for a while (default 30 s)
# Debian 12 / Ubuntu. Uses sudo for apt-get when not run as root.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${CERTDESK_BUILD_DIR:-$root/build}"
jobs=$(nproc 2>/dev/null || echo 2)

# What building and running CertDesk needs.
build_packages=(
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev qt6-qpa-plugins libqt6sql6-sqlite libqt6svg6
    qtkeychain-qt6-dev libssl-dev libldns-dev libgl-dev qt6-translations-l10n
    gnome-keyring dbus-x11
)
# The real servers and clients the tests run against, on loopback.
test_packages=(
    dbus dbus-bin openssl
    pebble bind9 bind9-utils bind9-dnsutils pdns-server pdns-backend-sqlite3
    lego certbot
    xvfb xauth dunst trayer x11-utils python3-aiosmtpd
    appstream desktop-file-utils dpkg-dev sqlite3
    dehydrated # bench/issuance_bench.sh compares CertDesk with lego, certbot and dehydrated
)

# What the sanitizer and fuzzing builds need on top: clang, its sanitizer and libFuzzer runtimes,
# and llvm-symbolizer for readable reports.
hardening_packages=(clang-14 libclang-rt-14-dev llvm-14)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
    local missing=()
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "==> installing: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

configure_and_build() {
    local launcher=()
    if command -v ccache >/dev/null; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    cmake -S "$root" -B "$build" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCERTDESK_WERROR=ON \
        "${launcher[@]}"
    cmake --build "$build" --parallel "$jobs"
}

# A clang build tree for a sanitizer preset (CMakePresets.json), sharing ccache with the main one.
configure_preset() {
    local preset=$1
    local launcher=()
    if command -v ccache >/dev/null; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    (cd "$root" && cmake --preset "$preset" "${launcher[@]}" >/dev/null)
}

# Reports name the file and line; leaks and undefined behaviour fail the test like a crash does.
sanitizer_environment() {
    export ASAN_OPTIONS="detect_leaks=1:detect_stack_use_after_return=1:strict_init_order=1:check_initialization_order=1"
    export LSAN_OPTIONS="suppressions=$root/tools/sanitizers/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    export TSAN_OPTIONS="suppressions=$root/tools/sanitizers/tsan.supp:halt_on_error=0:second_deadlock_stack=1"
    export ASAN_SYMBOLIZER_PATH=/usr/bin/llvm-symbolizer-14
    export TSAN_SYMBOLIZER_PATH=/usr/bin/llvm-symbolizer-14
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
    run)
        install_missing "${build_packages[@]}"
        configure_and_build
        exec "$build/app/certdesk" "$@"
        ;;
    test)
        install_missing "${build_packages[@]}" "${test_packages[@]}"
        configure_and_build
        (cd "$build" && ctest --output-on-failure --parallel "$jobs" "$@")
        # On CI (or when asked) the DEB is built, installed, run and removed as well.
        if [ "${CI:-}" = "true" ] || [ "${CERTDESK_PACKAGE_CHECK:-}" = "1" ]; then
            "$root/tools/package-check.sh" "$build"
        fi
        ;;
    sanitize)
        install_missing "${build_packages[@]}" "${test_packages[@]}" "${hardening_packages[@]}"
        configure_preset asan
        cmake --build "$root/build/asan" --parallel "$jobs"
        sanitizer_environment
        # The fuzz label replays each harness's seed corpus once; tools/dev.sh fuzz runs them longer.
        (cd "$root/build/asan" && ctest --output-on-failure --parallel "$jobs" "$@")
        ;;
    tsan)
        install_missing "${build_packages[@]}" "${test_packages[@]}" "${hardening_packages[@]}"
        configure_preset tsan
        tsan_tests=(TestStore TestSecretStore TestRecordWatcher TestOrderQueue TestHubService TestHubServer
            TestAcmeDnsController TestHubWithRealClients TestMainWindow TestUnattendedProvisioning)
        cmake --build "$root/build/tsan" --parallel "$jobs" --target certdesk certdesk-lab secret_probe "${tsan_tests[@]}"
        sanitizer_environment
        regex="^($(IFS='|'; echo "${tsan_tests[*]}"))\$"
        (cd "$root/build/tsan" && ctest --output-on-failure --parallel "$jobs" -R "$regex" "$@")
        ;;
    fuzz)
        install_missing "${build_packages[@]}" "${hardening_packages[@]}"
        configure_preset asan
        cmake --build "$root/build/asan" --parallel "$jobs" --target fuzzers
        sanitizer_environment
        "$root/tools/fuzz.sh" "$root/build/asan/fuzz" "$@"
        ;;
    *)
        echo "usage: tools/dev.sh run [certdesk arguments] | test [ctest arguments]" \
            "| sanitize [ctest arguments] | tsan | fuzz [seconds] [harness…]" >&2
        exit 2
        ;;
esac

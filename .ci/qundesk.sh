#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: QunDesk developers
#
# One entry point for Debian 12 / Ubuntu machines (the README's two commands use it):
#   .ci/qundesk.sh run      install what is missing, build, start QunDesk on the demo workspace
#   .ci/qundesk.sh test     install what is missing, build with warnings as errors, run every test
#   .ci/qundesk.sh package  build the .deb and .tar.gz packages into build/release
#   .ci/qundesk.sh deps     only install the packages
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
    cmake ninja-build g++ ccache pkg-config git file dpkg-dev
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6svg6 libgl-dev
    libgtest-dev libgmock-dev libbenchmark-dev
    libxlsxwriter-dev libsqlite3-dev
    xvfb xauth fonts-noto-cjk
)

install_deps() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() { # preset
    cmake --preset "$1"
    cmake --build --preset "$1" -j2
}

case "${1:-}" in
    deps)
        install_deps ;;
    run)
        install_deps
        build dev
        shift
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            echo "No display found: starting QunDesk under xvfb-run (offscreen)."
            exec xvfb-run -a -s "-screen 0 1440x900x24" build/dev/app/gui/qundesk --demo "$@"
        fi
        exec build/dev/app/gui/qundesk --demo "$@" ;;
    test)
        install_deps
        build ci
        ctest --preset ci -j2 ;;
    package)
        install_deps
        build release
        cmake --build --preset release --target package ;;
    *)
        echo "usage: $0 run|test|package|deps" >&2
        exit 2 ;;
esac

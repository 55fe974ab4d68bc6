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

# Debian packages, installed with --no-install-recommends: name each one the build, the tests,
# the benchmarks (the sqlite3 shell) or the fuzz targets (clang-14 with libFuzzer's runtime)
# use, even when another package only recommends it (qt6-charts-dev does not bring
# libqt6opengl6-dev, which Qt6Charts' CMake package needs; libxlsxwriter-dev's pkg-config file
# links -lz without depending on zlib1g-dev).
PACKAGES=(
    cmake ninja-build g++ ccache pkg-config git file dpkg-dev
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-tools-dev
    qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6svg6 libgl-dev
    libgtest-dev libgmock-dev libbenchmark-dev
    libxlsxwriter-dev zlib1g-dev libzip-dev libsqlite3-dev sqlite3 tzdata libical-dev
    clang-14 libclang-rt-14-dev
    xvfb xauth fonts-noto-cjk
)

# The CMake packages the configure looks for (directly or as a dependency of another) and the
# Debian package that ships each: checked before the configure, and used to name the package
# when the configure still misses one.
CMAKE_PACKAGES=(
    Qt6=qt6-base-dev Qt6Core=qt6-base-dev Qt6Gui=qt6-base-dev Qt6Widgets=qt6-base-dev
    Qt6Sql=qt6-base-dev Qt6Test=qt6-base-dev Qt6DBus=qt6-base-dev Qt6OpenGLWidgets=qt6-base-dev
    Qt6CoreTools=qt6-base-dev Qt6GuiTools=qt6-base-dev Qt6WidgetsTools=qt6-base-dev
    Qt6DBusTools=qt6-base-dev Qt6OpenGL=libqt6opengl6-dev Qt6Charts=qt6-charts-dev
    Qt6LinguistTools=qt6-tools-dev WrapOpenGL=libgl-dev OpenGL=libgl-dev GTest=libgtest-dev
    GMock=libgmock-dev benchmark=libbenchmark-dev SQLite3=libsqlite3-dev PkgConfig=pkg-config
)

installed() { # package
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

install_deps() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        installed "$p" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null; then
            echo "error: these Debian packages are missing and there is no sudo to install them:" >&2
            echo "  ${missing[*]}" >&2
            echo "As root: apt-get install --no-install-recommends ${missing[*]}" >&2
            exit 1
        fi
        sudo="sudo"
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# The Debian package that ships a CMake package ("" when the table does not know it).
debian_package_of() { # cmake-package
    local entry
    for entry in "${CMAKE_PACKAGES[@]}"; do
        [ "${entry%%=*}" = "$1" ] && { echo "${entry#*=}"; return; }
    done
}

# Before the configure: every CMake package of the table must have its Debian package.
check_cmake_packages() {
    local entry missing=()
    for entry in "${CMAKE_PACKAGES[@]}"; do
        installed "${entry#*=}" || missing+=("${entry#*=} (CMake package ${entry%%=*})")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "error: the configure needs Debian packages that are not installed:" >&2
    printf '  %s\n' "${missing[@]}" | sort -u >&2
    echo "Add them to PACKAGES in .ci/qundesk.sh, or install them with apt-get." >&2
    exit 1
}

# After a failed configure: the CMake packages its log says were not found, with the Debian
# package of each.
name_missing_packages() { # configure-log
    local names name deb
    # CMake wraps its messages: join the lines before looking for the phrases.
    names=$(tr -s ' \n' '  ' <"$1" |
        grep -oE 'provided by "[A-Za-z0-9_]+"|dependency [A-Za-z0-9_]+ could not be found|Could NOT find [A-Za-z0-9_]+|Qt component "[A-Za-z0-9_]+"' |
        sed -E 's/provided by "(.*)"/\1/; s/dependency (.*) could not be found/\1/;
                s/Could NOT find (.*)/\1/; s/Qt component "(.*)"/Qt6\1/' | sort -u)
    [ -n "$names" ] || return 0
    echo "error: the configure could not find these CMake packages:" >&2
    for name in $names; do
        deb=$(debian_package_of "$name")
        if [ -n "$deb" ]; then
            echo "  $name: install the Debian package $deb (and add it to PACKAGES in .ci/qundesk.sh)" >&2
        else
            echo "  $name: find its Debian package with: apt-file search /cmake/$name/" >&2
        fi
    done
}

configure() { # preset
    check_cmake_packages
    local log status=0
    log=$(mktemp)
    cmake --preset "$1" 2>&1 | tee "$log" || status=$?
    [ "$status" -eq 0 ] || name_missing_packages "$log"
    rm -f "$log"
    return "$status"
}

build() { # preset
    configure "$1"
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
        ctest --preset ci -j2
        # Each libFuzzer target 30 s (the fuzz preset, built with clang-14).
        if [ -f .ci/fuzz.sh ]; then bash .ci/fuzz.sh 30; fi ;;
    package)
        install_deps
        build release
        cmake --build --preset release --target package ;;
    *)
        echo "usage: $0 run|test|package|deps" >&2
        exit 2 ;;
esac

#!/usr/bin/env bash
# Installs the Debian packages the tests use as real tools (../shared/design/testing-tools.md),
# only those that are missing, so a warm machine passes through in a fraction of a second.
#
# As root it installs what is missing (one `apt-get update` first). Without root it prints
# what is missing and carries on: those tests then skip locally, and fail in CI
# (tests/conftest.py require_tool), where a missing tool must never pass unnoticed.
set -euo pipefail

# What the window itself needs on a Debian desktop (`make run` installs only these, with
# --runtime): Chinese glyphs, and the libraries Qt's xcb platform plugin loads.
RUNTIME=(
    fonts-wqy-zenhei
    libxcb-icccm4 libxcb-keysyms1 libxcb-xinerama0 libxcb-cursor0 libxcb-image0
    libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1
    libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1
)
# The one list of packages the tests need.
PACKAGES=(
    "${RUNTIME[@]}"
    # a display for real windows, screenshots and typing into them
    xvfb xauth x11-utils xdotool imagemagick
    # PDFs and printing through a real CUPS queue
    poppler-utils qpdf cups printer-driver-cups-pdf
    # reading the QR codes printed on certificates back from the rendered pages
    zbar-tools
    # a second spreadsheet program
    libreoffice-calc-nogui
    # a real database server
    postgresql
    # the Windows installer (makensis) and listing what it holds (7z)
    nsis p7zip-full
)

if [[ "${1:-}" == "--runtime" ]]; then
    PACKAGES=("${RUNTIME[@]}")
fi

installed() {
    # dpkg-query prints nothing for a package it has never heard of; "installed" only when it is.
    # It exits 1 when any package is unknown, which only means "not installed".
    { dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${PACKAGES[@]}" 2>/dev/null || true; } |
        awk '$2 == "installed" { print $1 }'
}

missing=()
have=" $(installed | tr '\n' ' ') "
for pkg in "${PACKAGES[@]}"; do
    [[ "$have" == *" $pkg "* ]] || missing+=("$pkg")
done

if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
    echo "ensure-test-tools: missing Debian packages (tests that need them will skip):" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    if [[ "${CI:-}" == "true" ]]; then
        echo "ensure-test-tools: in CI these tests will fail instead" >&2
    fi
    exit 0
fi

echo "ensure-test-tools: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null; then
    echo "ensure-test-tools: done"
    exit 0
fi
echo "ensure-test-tools: apt-get could not install ${missing[*]}" >&2
if [[ "${CI:-}" == "true" ]]; then
    exit 1
fi
echo "ensure-test-tools: carrying on; tests that need them will skip" >&2

#!/bin/sh
# Installs what the browser tests and the HTML validator need from Debian's
# packages when it is missing: Chromium (/usr/bin/chromium; Playwright's own
# browser download cannot reach its host here), Arial-metric fonts, a Java
# runtime for vnu (the HTML validator), and npm, which installs vnu. Without recommended packages: they
# would add udev, upower and printer tools the tests never use.
# Where they are still missing afterwards this exits non-zero, so `make test`
# fails rather than skipping the checks.
set -eu

missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
# Material's font stack ends in Arial; Liberation Sans has Arial's metrics, so
# the layout the tests measure (375 px, overflow) is the one most users get.
[ -d /usr/share/fonts/truetype/liberation ] || missing="$missing fonts-liberation"
command -v java >/dev/null 2>&1 || missing="$missing default-jre-headless"
command -v npm >/dev/null 2>&1 || missing="$missing nodejs npm"
[ -z "$missing" ] && exit 0

if command -v apt-get >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then sudo=""
    elif command -v sudo >/dev/null 2>&1; then sudo="sudo"
    else sudo="unavailable"
    fi
    if [ "$sudo" != unavailable ]; then
        echo "Installing$missing from Debian's packages (needed by the browser tests)..."
        # Wait for another apt run rather than failing on its lock.
        $sudo apt-get -o DPkg::Lock::Timeout=300 update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=300 \
            install -y -qq --no-install-recommends $missing >/dev/null
    fi
fi

status=0
if [ ! -x /usr/bin/chromium ]; then
    echo "ERROR: /usr/bin/chromium is missing; the browser tests need Debian's Chromium." >&2
    echo "       Install it with: apt-get update && apt-get install -y chromium" >&2
    status=1
fi
if ! command -v java >/dev/null 2>&1; then
    echo "ERROR: java is missing; the HTML validator (vnu) needs Java 11 or newer." >&2
    echo "       Install it with: apt-get update && apt-get install -y default-jre-headless" >&2
    status=1
fi
if ! command -v npm >/dev/null 2>&1; then
    echo "ERROR: npm is missing; it installs the HTML validator (vnu) from package-lock.json." >&2
    echo "       Install it with: apt-get update && apt-get install -y nodejs npm" >&2
    status=1
fi
exit $status

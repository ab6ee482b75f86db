#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through playwright-core (no browser download), and the console is
# Korean: install Chromium and the Noto CJK fonts from Debian's packages when they are missing. Does nothing when
# both are there.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -eq 0 ]; then
  echo "browser: $(/usr/bin/chromium --version 2>/dev/null || echo chromium) and fonts-noto-cjk already installed"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "browser: installing ${missing[*]}"
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
/usr/bin/chromium --version

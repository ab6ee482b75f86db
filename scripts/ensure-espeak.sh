#!/usr/bin/env bash
# The voice gateway's offline speech synthesis (libs/speech EspeakSynthesizer) and its tests run eSpeak NG: install
# Debian's espeak-ng package when it is missing (its data holds the Korean voice), then check that Korean speaks.
# Does nothing but the check when it is there.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

if command -v espeak-ng >/dev/null 2>&1; then
  echo "espeak: $(espeak-ng --version | sed "s/ *Data at.*//") already installed"
else
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "espeak: installing espeak-ng"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends espeak-ng
fi

# A Korean greeting must give a WAV of speech: at least half a second of it (22 050 Hz, 16-bit), not just a header.
bytes=$({ printf '안녕하세요, 다산콜센터입니다.\n' | espeak-ng --stdout -b 1 -v ko || true; } | wc -c)
if [ "$bytes" -lt 20000 ]; then
  echo "espeak: the Korean voice gave ${bytes} bytes of WAV; check that espeak-ng-data has ko (espeak-ng --voices=ko)" >&2
  exit 1
fi
echo "espeak: Korean voice ok (${bytes} bytes of WAV for a greeting)"

#!/usr/bin/env bash
# Installs what moat needs from Debian 12's packages (idempotent), then
# configures and builds moat. Usage: scripts/setup.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${1:-build}"

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  python3.11 libpython3.11-dev
  libabsl-dev libgtest-dev libgmock-dev libbenchmark-dev
  libgmp-dev libutf8proc-dev libre2-dev libpcre2-dev libseccomp-dev
  libssl-dev libb2-dev libicu-dev
  clang libclang-rt-14-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  echo "moat setup: installing ${missing[*]}" >&2
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [[ ! -f "$BUILD_DIR/build.ninja" ]]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="${MOAT_BUILD_TYPE:-RelWithDebInfo}"
fi
cmake --build "$BUILD_DIR"

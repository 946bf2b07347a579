#!/usr/bin/env bash
# Installs everything pyprior needs from Debian's packages and npm. Safe to
# run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  cmake g++ clang lld libclang-rt-14-dev make git zip unzip
  libgtest-dev librapidcheck-dev libbenchmark-dev
  libboost1.74-dev libboost-program-options-dev nlohmann-json3-dev
  python3.11 python3.11-dev pypy3 nodejs
)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
# nodejs may come from a repository that bundles npm; Debian's npm is needed
# only where it does not.
command -v npm >/dev/null || missing+=(npm)

if ((${#missing[@]})); then
  echo "installing Debian packages: ${missing[*]}"
  sudo_cmd=""
  [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# MicroPython (WebAssembly build) for the differential tests, pinned by package-lock.json.
if [[ -f package-lock.json && ! -d node_modules/@micropython ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

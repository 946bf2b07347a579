#!/usr/bin/env bash
# The main job: installs the dependencies, builds, and runs a differential
# campaign of the bounded interpreter against the embedded CPython. Extra
# arguments go to `pyprior diff` (e.g. --time 600 --impl pypy).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target pyprior
exec build/release/cli/pyprior diff "$@"

#!/usr/bin/env bash
# Installs the dependencies, builds the release preset and runs the whole
# test suite with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --workflow --preset release

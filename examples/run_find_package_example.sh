#!/usr/bin/env bash
# Installs a pyprior build into a temporary prefix, then configures, builds and
# runs the out-of-tree example (examples/find_package) against that install,
# the way a user's project consumes pyprior.
#   usage: examples/run_find_package_example.sh [BUILD_DIR]   (default: build)
set -euo pipefail

build_dir=$(realpath "${1:-build}")
example_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/find_package" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --install "$build_dir" --prefix "$work/prefix" >/dev/null
cmake -S "$example_dir" -B "$work/build" -DCMAKE_PREFIX_PATH="$work/prefix" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$work/build" -j2 >/dev/null
ctest --test-dir "$work/build" --output-on-failure
echo "find_package example: OK (pyprior installed to a temporary prefix)"

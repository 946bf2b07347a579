#!/bin/bash -eu
# Builds every fuzz target the OSS-Fuzz way, so it runs unchanged under
# OSS-Fuzz and ClusterFuzzLite: compilers and flags come from $CC $CXX
# $CFLAGS $CXXFLAGS, the engine from $LIB_FUZZING_ENGINE, and $OUT receives
# each target with its seed corpus (<target>_seed_corpus.zip), dictionary
# (<target>.dict) and options (<target>.options). $WORK, when set, holds the
# CMake build tree. Locally, for example:
#   CC=clang CXX=clang++ CFLAGS= CXXFLAGS="-fsanitize=address,fuzzer-no-link" \
#   LIB_FUZZING_ENGINE=-fsanitize=fuzzer OUT=/tmp/fuzz-out fuzz/build.sh
# (fuzz/run_smoke.sh does exactly that, then runs each target briefly).
# The checkout this script sits in; OSS-Fuzz and ClusterFuzzLite may run a
# copy as $SRC/build.sh, with the checkout at $SRC/pyprior.
SOURCE=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
[[ -f "$SOURCE/fuzz/seed_corpora.txt" ]] || SOURCE=$SRC/pyprior
FUZZ=$SOURCE/fuzz
BUILD=${WORK:-${TMPDIR:-/tmp}}/pyprior-fuzz-build
mkdir -p "$OUT"

# Build type None: the optimisation and debug flags are those of $CXXFLAGS.
cmake -S "$SOURCE" -B "$BUILD" \
  -DCMAKE_BUILD_TYPE=None \
  -DCMAKE_C_COMPILER="$CC" -DCMAKE_CXX_COMPILER="$CXX" \
  -DCMAKE_C_FLAGS="$CFLAGS" -DCMAKE_CXX_FLAGS="$CXXFLAGS" \
  -DPYPRIOR_BUILD_FUZZERS=ON -DPYPRIOR_FUZZING_ENGINE="$LIB_FUZZING_ENGINE" \
  -DPYPRIOR_BUILD_TESTS=OFF -DPYPRIOR_BUILD_BENCH=OFF

# fuzz/seed_corpora.txt: "target corpus-directory..." per line.
targets=()
while read -r target directories; do
  [[ -z "$target" || "$target" == \#* ]] && continue
  targets+=("$target")
done < "$FUZZ/seed_corpora.txt"
cmake --build "$BUILD" --parallel "$(nproc)" --target "${targets[@]}"

while read -r target directories; do
  [[ -z "$target" || "$target" == \#* ]] && continue
  cp "$BUILD/fuzz/$target" "$OUT/"
  cp "$FUZZ/$target.options" "$OUT/"
  if grep -q "^dict = $target.dict" "$FUZZ/$target.options"; then cp "$FUZZ/python.dict" "$OUT/$target.dict"; fi
  rm -f "$OUT/${target}_seed_corpus.zip"
  for directory in $directories; do
    (cd "$FUZZ/corpus/$directory" && zip -q -j "$OUT/${target}_seed_corpus.zip" ./*)
  done
done < "$FUZZ/seed_corpora.txt"
echo "fuzz targets in $OUT: ${targets[*]}"

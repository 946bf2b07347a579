#!/bin/bash -eu
# The README's fuzzing figures, from one run: fuzz_differential against
# fuzz_text_baseline, each fuzzed for SECONDS (default 60) under
# AddressSanitizer from its seed corpus, reporting
#   * executed inputs and valid programs (their pyprior-stats line), per minute;
#   * libFuzzer's final cov: figure (edges of everything instrumented);
#   * interpreter edges: the corpus each run grew, replayed through a second
#     build in which only prior/interpreter.cpp is instrumented, so that
#     libFuzzer's cov: counts the bounded interpreter's edges alone.
#   fuzz/measure.sh BUILD_DIR [SECONDS]
if [[ $# -lt 1 ]]; then echo "usage: $0 BUILD_DIR [SECONDS]" >&2; exit 2; fi
DIR=$(mkdir -p "$1" && cd "$1" && pwd)
SECONDS_PER_TARGET=${2:-60}
FUZZ=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

SANITIZERS=address
source "$FUZZ/local_env.sh"
# Both entries must match for a function to be instrumented.
printf 'src:*/prior/interpreter.cpp\nfun:*\n' > "$DIR/interpreter_only.txt"
build_fuzz_targets "$DIR" > "$DIR/build.log" 2>&1 || { tail -30 "$DIR/build.log"; exit 1; }
build_fuzz_targets "$DIR/interpreter-edges" "-fsanitize-coverage-allowlist=$DIR/interpreter_only.txt" \
  > "$DIR/interpreter-edges.log" 2>&1 || { tail -30 "$DIR/interpreter-edges.log"; exit 1; }

printf "%-20s %10s %10s %14s %7s %8s %18s\n" target executed valid "valid/minute" valid% cov: "interpreter edges"
for target in fuzz_differential fuzz_text_baseline; do
  log="$DIR/$target.log"
  fuzz_target "$DIR/out" "$target" "$DIR/corpus/$target" "$SECONDS_PER_TARGET" "$log"
  executed=$(sed -n 's/^pyprior-stats: executed=\([0-9]*\) valid=.*/\1/p' "$log")
  valid=$(sed -n 's/^pyprior-stats: executed=[0-9]* valid=\([0-9]*\)/\1/p' "$log")
  cov=$(grep -oE "cov: [0-9]+" "$log" | tail -1 | cut -d' ' -f2)
  replay="$DIR/$target.interpreter-edges.log"
  (cd "$DIR" && "$DIR/interpreter-edges/out/$target" -runs=0 "$DIR/corpus/$target") > "$replay" 2>&1
  edges=$(grep -oE "INITED cov: [0-9]+" "$replay" | tail -1 | cut -d' ' -f3)
  percent=$(awk -v v="$valid" -v e="$executed" 'BEGIN { printf "%.1f", (e > 0 ? 100 * v / e : 0) }')
  printf "%-20s %10s %10s %14s %6s%% %8s %18s\n" "$target" "$executed" "$valid" \
    "$(( valid * 60 / SECONDS_PER_TARGET ))" "$percent" "$cov" "${edges:-?}"
done

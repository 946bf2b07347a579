#!/bin/bash -eu
# The README's fuzzing figures, from one run: fuzz_differential against
# fuzz_text_baseline, each fuzzed for SECONDS (default 60) under
# AddressSanitizer + UBSan (the run_smoke.sh build: give it the same
# BUILD_DIR to reuse that build) from its seed corpus, reporting
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
TARGETS=(fuzz_differential fuzz_text_baseline)

source "$FUZZ/local_env.sh"
echo "src:*/prior/interpreter.cpp" > "$DIR/interpreter_only.txt"
build_fuzz_targets "$DIR" > "$DIR/build.log" 2>&1 || { tail -30 "$DIR/build.log"; exit 1; }
build_fuzz_targets "$DIR/interpreter-edges" "-fsanitize-coverage-allowlist=$DIR/interpreter_only.txt" \
  > "$DIR/interpreter-edges.log" 2>&1 || { tail -30 "$DIR/interpreter-edges.log"; exit 1; }

printf "%-20s %10s %10s %14s %8s %8s %18s\n" target executed valid "valid/minute" valid% cov: "interpreter edges"
for target in "${TARGETS[@]}"; do
  corpus="$DIR/corpus/$target"
  rm -rf "$corpus" && mkdir -p "$corpus"
  unzip -q -o "$DIR/out/${target}_seed_corpus.zip" -d "$corpus"
  dict=()
  [[ -f "$DIR/out/$target.dict" ]] && dict=(-dict="$DIR/out/$target.dict")
  max_len=$(sed -n 's/^max_len = //p' "$DIR/out/$target.options")
  log="$DIR/$target.log"
  (cd "$DIR" && "$DIR/out/$target" -max_total_time="$SECONDS_PER_TARGET" -max_len="$max_len" -timeout=10 \
     "${dict[@]}" "$corpus") > "$log" 2>&1
  executed=$(sed -n 's/^pyprior-stats: executed=\([0-9]*\) valid=.*/\1/p' "$log")
  valid=$(sed -n 's/^pyprior-stats: executed=[0-9]* valid=\([0-9]*\)/\1/p' "$log")
  cov=$(grep -oE "cov: [0-9]+" "$log" | tail -1 | cut -d' ' -f2)
  replay="$DIR/$target.interpreter-edges.log"
  (cd "$DIR" && "$DIR/interpreter-edges/out/$target" -runs=0 -max_len="$max_len" "$corpus") > "$replay" 2>&1
  edges=$(grep -oE "INITED cov: [0-9]+" "$replay" | tail -1 | cut -d' ' -f3)
  printf "%-20s %10s %10s %14s %7s%% %8s %18s\n" "$target" "$executed" "$valid" \
    "$(( valid * 60 / SECONDS_PER_TARGET ))" "$(( executed > 0 ? valid * 100 / executed : 0 ))" "$cov" "$edges"
done

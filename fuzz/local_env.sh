# Sourced by run_smoke.sh and measure.sh: the variables OSS-Fuzz sets, for a
# local clang build with libFuzzer and sanitizers, and how to run a target.
export CC=clang CXX=clang++ LIB_FUZZING_ENGINE=-fsanitize=fuzzer
# The embedded CPython keeps its allocations for the life of the process.
export ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

# build_fuzz_targets DIR [EXTRA_FLAGS]: build.sh into DIR/out, its build tree
# in DIR/work, with the sanitizers named by $SANITIZERS (default address,undefined).
build_fuzz_targets() {
  export CFLAGS="-O1 -gline-tables-only -fno-omit-frame-pointer -fsanitize=${SANITIZERS:-address,undefined} -fsanitize=fuzzer-no-link ${2:-}"
  export CXXFLAGS="$CFLAGS" OUT="$1/out" WORK="$1/work"
  mkdir -p "$WORK"
  "$(dirname "${BASH_SOURCE[0]}")/build.sh"
}

# fuzz_target OUT TARGET CORPUS SECONDS LOG [FLAG...]: runs OUT/TARGET from a
# fresh CORPUS (its seed corpus unzipped) for SECONDS, with the max_len and
# dictionary of its .options, writing LOG; the exit status is the target's.
fuzz_target() {
  local out=$1 target=$2 corpus=$3 seconds=$4 log=$5
  shift 5
  rm -rf "$corpus" && mkdir -p "$corpus"
  unzip -q -o "$out/${target}_seed_corpus.zip" -d "$corpus"
  local flags=(-max_total_time="$seconds" -timeout=10 -max_len="$(sed -n 's/^max_len = //p' "$out/$target.options")")
  [[ -f "$out/$target.dict" ]] && flags+=(-dict="$out/$target.dict")
  (cd "$(dirname "$log")" && "$out/$target" "${flags[@]}" "$@" "$corpus") > "$log" 2>&1
}

# Sourced by run_smoke.sh and measure.sh: the variables OSS-Fuzz sets, for a
# local clang build with libFuzzer, AddressSanitizer and UndefinedBehaviorSanitizer.
#   build_fuzz_targets DIR [EXTRA_FLAGS]: build.sh into DIR/out, its build tree in DIR/work.
export CC=clang CXX=clang++ LIB_FUZZING_ENGINE=-fsanitize=fuzzer
# The embedded CPython keeps its allocations for the life of the process.
export ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

build_fuzz_targets() {
  export CFLAGS="-O1 -gline-tables-only -fno-omit-frame-pointer -fsanitize=address,undefined -fsanitize=fuzzer-no-link ${2:-}"
  export CXXFLAGS="$CFLAGS" OUT="$1/out" WORK="$1/work"
  mkdir -p "$WORK"
  "$(dirname "${BASH_SOURCE[0]}")/build.sh"
}

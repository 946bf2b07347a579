#!/bin/bash -eu
# CI's libFuzzer smoke test: builds every target with clang, libFuzzer,
# AddressSanitizer and UndefinedBehaviorSanitizer through build.sh (the
# OSS-Fuzz environment variables set as OSS-Fuzz sets them), then runs each
# from its seed corpus for SECONDS (default 20). Fails if a target crashes,
# finds a disagreement, or does not print its pyprior-stats line.
#   fuzz/run_smoke.sh BUILD_DIR [SECONDS]
if [[ $# -lt 1 ]]; then echo "usage: $0 BUILD_DIR [SECONDS]" >&2; exit 2; fi
DIR=$(mkdir -p "$1" && cd "$1" && pwd)
SECONDS_PER_TARGET=${2:-20}
FUZZ=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

source "$FUZZ/local_env.sh"
build_fuzz_targets "$DIR"

status=0
for options in "$DIR"/out/*.options; do
  target=$(basename "$options" .options)
  log="$DIR/$target.log"
  echo "=== $target: ${SECONDS_PER_TARGET} s"
  if fuzz_target "$DIR/out" "$target" "$DIR/corpus/$target" "$SECONDS_PER_TARGET" "$log" -print_final_stats=1; then
    grep -E "^(pyprior-stats|stat::number_of_executed_units|#[0-9]+ *DONE)" "$log" || true
    grep -q "^pyprior-stats: executed=" "$log" || { echo "$target printed no pyprior-stats line"; status=1; }
  else
    echo "$target FAILED; the end of $log:"; tail -40 "$log"; status=1
  fi
done
exit $status

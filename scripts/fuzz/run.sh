#!/usr/bin/env bash
# `make fuzz`: builds the harness with libFuzzer and AddressSanitizer into .build-fuzz/ (never
# the normal .build/), then fuzzes each target for FUZZ_SECONDS (default 60), one at a time,
# starting from the committed corpus, the regression inputs and the seeds (scripts/fuzz/seeds.sh).
# Afterwards the committed corpus (Tests/vpcsimTests/Fixtures/fuzz-corpus/TARGET/) is rebuilt
# with -merge=1 -use_counters=0: the smallest set of inputs covering every edge reached (the
# fuller working corpus, by libFuzzer's features, stays in .build-fuzz/corpus/). A crash, hang (over
# 5 s) or out-of-memory input is left in .build-fuzz/artifacts/TARGET/; the script then exits 1.
# Usage: scripts/fuzz/run.sh [TARGET...]   (default: every folder of the committed corpus)
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
seconds=${FUZZ_SECONDS:-60}
scratch=.build-fuzz
swift build --scratch-path "$scratch" -c debug --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address \
    -Xswiftc -DVPCSIM_FUZZ --product vpcsim-fuzz 2>&1 | grep -v "Cannot export local symbol" || exit 1
bin=$scratch/debug/vpcsim-fuzz
# The targets: one corpus folder each (FuzzCorpusReplayTests checks these are the registry's).
if [ $# -gt 0 ]; then targets=("$@"); else
    mapfile -t targets < <(ls Tests/vpcsimTests/Fixtures/fuzz-corpus)
fi
export SWIFT_BACKTRACE=enable=no VPCSIM_FUZZ_ROOT=$root
failed=0
for target in "${targets[@]}"; do
    corpus=Tests/vpcsimTests/Fixtures/fuzz-corpus/$target
    regressions=Tests/vpcsimTests/Fixtures/fuzz-regressions/$target
    work=$scratch/corpus/$target seeds=$scratch/seeds/$target artifacts=$scratch/artifacts/$target
    rm -rf "$seeds"; mkdir -p "$corpus" "$regressions" "$work" "$artifacts"
    scripts/fuzz/seeds.sh "$target" "$seeds"
    echo "== fuzz $target for ${seconds}s"
    VPCSIM_FUZZ_TARGET=$target "$bin" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -max_len=16384 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" "$work" "$corpus" "$regressions" "$seeds" \
        2>&1 | tee "$scratch/fuzz-$target.log" | grep -E "^#[0-9]+[[:space:]]+(INITED|DONE)|ERROR|SUMMARY|Fatal error|stat::number|Test unit written"
    [ "${PIPESTATUS[0]}" -eq 0 ] || { failed=1; echo "!! $target: finding in $artifacts/ (log: $scratch/fuzz-$target.log)"; }
    merged=$scratch/merged/$target
    rm -rf "$merged"; mkdir -p "$merged"
    VPCSIM_FUZZ_TARGET=$target "$bin" -merge=1 -use_counters=0 -timeout=5 -rss_limit_mb=2048 -max_len=16384 "$merged" "$corpus" "$work" \
        > "$scratch/merge-$target.log" 2>&1 && { rm -f "$corpus"/*; cp "$merged"/* "$corpus"/; }
    echo "   corpus: $(ls "$corpus" | wc -l) files, $(du -sk "$corpus" | cut -f1) KiB"
done
exit $failed

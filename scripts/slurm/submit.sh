#!/usr/bin/env bash
# Submits a vpcsim sweep to Slurm: an array job of N tasks (one per shard), then a merge
# job that starts only when every array task has succeeded (afterok).
#
#   scripts/slurm/submit.sh [--wait] SWEEP OUT N [vpcsim sweep options...]
#
# Prints the two job ids. With --wait, returns when the merge job has ended, with its exit
# code (the merge id is printed then). Paths are made absolute, since jobs may start in another folder. The vpcsim binary is
# $VPCSIM, else the release build of this checkout. Each array task asks for
# $CPUS_PER_TASK cores (default 1) and passes them to --jobs.
set -euo pipefail

wait=()
if [ "${1:-}" = "--wait" ]; then wait=(--wait); shift; fi
if [ $# -lt 3 ]; then
    echo "usage: $0 [--wait] SWEEP OUT N [vpcsim sweep options...]" >&2
    exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
sweep=$(realpath "$1") out=$(realpath -m "${2%/}") shards=$3
shift 3
case $shards in
    ''|*[!0-9]*|0) echo "$0: N must be a whole number of shards, at least 1; found '$shards'" >&2; exit 2 ;;
esac
vpcsim=$(realpath "${VPCSIM:-$root/.build/release/vpcsim}")
[ -x "$vpcsim" ] || { echo "$0: no vpcsim binary at $vpcsim: build it (swift build -c release) or set VPCSIM" >&2; exit 1; }
mkdir -p "$out.shards"

export SWEEP=$sweep OUT=$out SHARDS=$shards VPCSIM=$vpcsim EXTRA="$*"
array=$(sbatch --parsable --array="1-$shards" --cpus-per-task="${CPUS_PER_TASK:-1}" \
    --chdir="$out.shards" --export=ALL "$here/sweep-array.sbatch")
array=${array%%;*}
echo "array job $array: shards 1-$shards of $sweep into $out.shards"
merge=$(sbatch --parsable --dependency="afterok:$array" --kill-on-invalid-dep=yes \
    --chdir="$out.shards" --export=ALL "${wait[@]}" "$here/merge.sbatch")
merge=${merge%%;*}
echo "merge job $merge: into $out"

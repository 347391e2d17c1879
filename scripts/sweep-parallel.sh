#!/usr/bin/env bash
# Runs the N shards of a sweep in parallel on this machine with GNU parallel, then merges
# them into OUT (identical, byte for byte, to the same sweep run unsharded).
#
#   scripts/sweep-parallel.sh SWEEP OUT N [vpcsim sweep options...]
#
# Shard I of N writes OUT.shards/shard-I (with --resume, so running the script again
# continues unfinished shards); the merged result goes to OUT, which must not hold results.
# Each shard gets --jobs max(1, cores/N) unless the options give --jobs. The vpcsim binary is
# $VPCSIM, else the release build of this checkout, else `vpcsim` on PATH. Installs GNU
# parallel with apt when missing (sudo when not root).
set -euo pipefail

if [ $# -lt 3 ]; then
    echo "usage: $0 SWEEP OUT N [vpcsim sweep options...]" >&2
    exit 2
fi
sweep=$1 out=${2%/} shards=$3
shift 3
case $shards in
    ''|*[!0-9]*|0) echo "$0: N must be a whole number of shards, at least 1; found '$shards'" >&2; exit 2 ;;
esac

root=$(cd "$(dirname "$0")/.." && pwd)
vpcsim=${VPCSIM:-}
if [ -z "$vpcsim" ]; then
    if [ -x "$root/.build/release/vpcsim" ]; then vpcsim=$root/.build/release/vpcsim
    elif command -v vpcsim >/dev/null 2>&1; then vpcsim=$(command -v vpcsim)
    else echo "$0: no vpcsim binary: build it (swift build -c release) or set VPCSIM" >&2; exit 1
    fi
fi

if ! command -v parallel >/dev/null 2>&1; then
    echo "installing GNU parallel" >&2
    if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends parallel
fi

options=("$@")
if ! printf '%s\n' "${options[@]+"${options[@]}"}" | grep -q -- '^--jobs'; then
    cores=$(nproc)
    per=$(( cores / shards )); [ "$per" -ge 1 ] || per=1
    options+=(--jobs "$per")
fi

mkdir -p "$out.shards"
# --halt now,fail=1: one failing shard stops the others; its exit code is the script's.
parallel --will-cite --halt now,fail=1 --jobs "$shards" --line-buffer \
    "$vpcsim" sweep "$sweep" --shard "{}/$shards" --out "$out.shards/shard-{}" --resume "${options[@]}" \
    ::: $(seq 1 "$shards")

shard_dirs=()
for i in $(seq 1 "$shards"); do shard_dirs+=("$out.shards/shard-$i"); done
"$vpcsim" merge "${shard_dirs[@]}" --out "$out"

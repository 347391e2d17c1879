#!/usr/bin/env bash
# End-to-end test of the Slurm scripts on a real single-node Slurm (not part of `make test`;
# run it with `make test-slurm`): starts Slurm on this machine (start-local-slurm.sh), runs a
# sweep unsharded, submits the same sweep as a 4-task array job plus the dependent merge
# job (submit.sh --wait), and checks that the merged folder equals the unsharded one byte
# for byte. RUNNER picks the runner (default: synthetic, until the simulator's runner lands).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
runner=${RUNNER:-synthetic}
"$here/start-local-slurm.sh" >/dev/null

vpcsim=${VPCSIM:-$root/.build/release/vpcsim}
if [ -z "${VPCSIM:-}" ]; then (cd "$root" && swift build -c release --product vpcsim >/dev/null); fi

work=$(mktemp -d /tmp/vpcsim-slurm-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
cat > "$work/sweep.yaml" <<SWEEP
scenario: $root/scenarios/two-region.yaml
vary:
  fleets.app.count: [4, 16, 64, 256]
  traffic.1.rate: [1/s, 10/s]
replications: 3
SWEEP

"$vpcsim" sweep "$work/sweep.yaml" --out "$work/unsharded" --runner "$runner" 2>/dev/null
start=$(date +%s)
VPCSIM=$vpcsim "$here/submit.sh" --wait "$work/sweep.yaml" "$work/merged" 4 --runner "$runner"
echo "array + merge took $(( $(date +%s) - start )) s"

if diff -r "$work/unsharded" "$work/merged"; then
    files=$(find "$work/merged" -type f | wc -l)
    echo "1 passed, 0 failed: the 4-shard Slurm array merged equals the unsharded sweep ($files files)"
else
    echo "0 passed, 1 failed: the merged folder differs from the unsharded sweep" >&2
    exit 1
fi

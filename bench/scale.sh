#!/usr/bin/env bash
# Scale check (issue 13): how wall time and peak memory grow with the estate.
#   - estates of 1,000 / 2,000 / 5,000 / 10,000 VPCs in 10 Regions (bench/scale-estate.py N:
#     300 services, 10,000 requests/s, 10 simulated minutes, every design, one replication;
#     bench/scenarios/estate-10000.yaml is the largest), and
#   - the full peering mesh of 2,000 VPCs, quotas lifted (bench/scenarios/mesh-2000.yaml),
# each run once with `vpcsim run --jobs J` under GNU time. Writes into bench/out/ (git-ignored):
#   scale.csv        case,vpcs,jobs,wall_s,user_s,sys_s,peak_rss_mib,events,exit
#   scale.png, .svg  wall time and peak memory against VPCs, log-log (template bench/scale.gp)
#   scale-*.log      what each run printed
# Targets: 10,000 VPCs under 60 s and 4 GiB; the 2,000-VPC mesh under 3.4 s.
#
# Environment:
#   VPCSIM       vpcsim binary (default .build/release/vpcsim; not built here)
#   SCALE_VPCS   estate sizes (default "1000 2000 5000 10000")
#   SCALE_JOBS   --jobs of every run (default 1)
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$bench/.." && pwd)"
out="$bench/out"
VPCSIM=${VPCSIM:-$root/.build/release/vpcsim}
SCALE_VPCS=${SCALE_VPCS:-1000 2000 5000 10000}
SCALE_JOBS=${SCALE_JOBS:-1}
say() { echo "scale: $*" >&2; }

[ -x "$VPCSIM" ] || { say "no vpcsim binary at $VPCSIM (swift build -c release --product vpcsim)"; exit 2; }
[ -x /usr/bin/time ] || { say "GNU time (/usr/bin/time) is missing: apt-get install time"; exit 2; }
mkdir -p "$out"
csv="$out/scale.csv"
echo "case,vpcs,jobs,wall_s,user_s,sys_s,peak_rss_mib,events,exit" >"$csv"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() { # case vpcs scenario
    local name=$1 vpcs=$2 scenario=$3 log="$out/scale-$1-$2.log" status=0
    say "$name, $vpcs VPCs: vpcsim run $scenario --jobs $SCALE_JOBS"
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$VPCSIM" run "$scenario" --out "$work/run-$name-$vpcs" \
        --jobs "$SCALE_JOBS" >"$log" 2>&1 || status=$?
    read -r wall user sys kib <"$work/time" || true
    events=$(sed -n 's/^\([0-9,]*\) events in .*/\1/p' "$log" | tr -d , | tail -1)
    mib=$(awk -v k="${kib:-0}" 'BEGIN { printf "%.1f", k / 1024 }')
    echo "$name,$vpcs,$SCALE_JOBS,$wall,$user,$sys,$mib,${events:-},$status" >>"$csv"
    say "  $wall s wall, $user s user, $mib MiB peak, ${events:-?} events, exit $status"
    rm -rf "$work/run-$name-$vpcs"
}

for n in $SCALE_VPCS; do
    if [ "$n" = 10000 ]; then
        scenario="$bench/scenarios/estate-10000.yaml"
    else
        scenario="$work/estate-$n.yaml"
        python3 "$bench/scale-estate.py" "$n" >"$scenario"
    fi
    measure estate "$n" "$scenario"
done
measure mesh 2000 "$bench/scenarios/mesh-2000.yaml"

# One data block per case for gnuplot: "vpcs wall_s peak_rss_mib".
dat="$out/scale.dat"
awk -F, 'NR > 1 && $9 == 0 { rows[$1] = rows[$1] $2 " " $4 " " $7 "\n" }
    END { sep = ""; for (c in rows) { printf "%s\"%s\"\n%s", sep, c, rows[c]; sep = "\n\n" } }' "$csv" >"$dat"
if command -v gnuplot >/dev/null 2>&1; then
    gnuplot -e "datafile='$dat'; outbase='$out/scale'" "$bench/scale.gp"
    say "chart: $out/scale.png, $out/scale.svg"
fi
column -s, -t "$csv"
awk -F, 'NR > 1 && $1 == "estate" && $2 == 10000 {
        printf "target: 10,000 VPCs under 60 s and 4 GiB: %s s, %s MiB: %s\n", $4, $7, ($4 < 60 && $7 < 4096) ? "met" : "NOT MET" }
    NR > 1 && $1 == "mesh" {
        printf "target: 2,000-VPC mesh under 3.4 s: %s s: %s\n", $4, ($4 < 3.4) ? "met" : "NOT MET" }' "$csv"

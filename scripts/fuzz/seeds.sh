#!/usr/bin/env bash
# Writes the seed inputs of fuzz target $1 into folder $2, from scenarios/, the fixtures and
# the golden outputs. Targets that read several kinds of file take the kind from the first
# byte (see Sources/FuzzEntries/): each seed is that byte followed by the file.
set -euo pipefail
target=$1 out=$2
mkdir -p "$out"
n=0
seed() { # seed KIND-BYTE FILE  (KIND-BYTE empty: the file as it is)
    n=$((n + 1))
    { [ -n "$1" ] && printf "\\$(printf '%03o' "$1")"; cat "$2"; } > "$out/seed-$n"
}
case $target in
scenario) for f in scenarios/*.yaml; do seed "" "$f"; done ;;
sweep) for f in scenarios/sweeps/*.yaml; do seed "" "$f"; done ;;
empirical)
    printf '# unit: ms\n2   # first\n\n4\n  6  \r\n8us\n' > "$out/.samples"; seed 0 "$out/.samples"
    printf 'p,value\n0,0ms\n0.5,10ms\n1,30ms\n' > "$out/.table"; seed 0 "$out/.table"
    printf '1KiB\n2KiB\n64KiB\n' > "$out/.sizes"; seed 1 "$out/.sizes"
    printf 'p,value\n0.1,1\n1,2.5\n' > "$out/.numbers"; seed 3 "$out/.numbers"
    rm -f "$out"/.samples "$out"/.table "$out"/.sizes "$out"/.numbers ;;
results-csv) # ResultFile order: summary latency failures timeseries points run-manifest sweep-manifest
    for d in Tests/vpcsimTests/Golden/*/; do
        for pair in 0:summary.csv 1:latency.csv 1:latency_fault.csv 2:failures.csv 3:timeseries.csv 4:points.csv; do
            [ -f "$d${pair#*:}" ] && seed "${pair%%:*}" "$d${pair#*:}"
        done
    done ;;
aws-export) # AWSCommand.allCases order
    commands=(account.json ec2-describe-vpcs ec2-describe-subnets ec2-describe-route-tables
        ec2-describe-vpc-peering-connections ec2-describe-transit-gateways ec2-describe-transit-gateway-attachments
        ec2-describe-transit-gateway-route-tables search-transit-gateway-routes ec2-describe-vpc-endpoints
        ec2-describe-vpc-endpoint-service-configurations ec2-describe-security-groups ec2-describe-network-interfaces
        ec2-describe-managed-prefix-lists elbv2-describe-load-balancers elbv2-describe-target-groups describe-target-health)
    for i in "${!commands[@]}"; do
        for f in $(find Tests/vpcsimTests/Fixtures/estate -path "*${commands[$i]}*" -name '*.json' | sort | head -3); do seed "$i" "$f"; done
    done ;;
*) echo "seeds.sh: no seeds for target '$target' (add a case)" >&2 ;;
esac

#!/usr/bin/env bash
# Writes the seed inputs of fuzz target $1 into folder $2, from scenarios/, the fixtures, the
# golden outputs and the inputs (bad ones above all) the reader's tests use (test-inputs.py). Targets that read several kinds of file take the kind from the first
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
flow-log) # FlowLogBadInputTests' records (a-use1-03 calling a target of orders), a fixture endpoint
    # interface's flows, a custom format in another order, no header, a gzip copy.
    h='version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status'
    r1='2 123456789012 eni-0client 10.3.0.20 10.5.0.10 40001 443 6 3 1500 1796630400 1796630401 ACCEPT OK'
    r2='2 123456789012 eni-0client 10.5.0.10 10.3.0.20 443 40001 6 9 12000 1796630400 1796630401 ACCEPT OK'
    e1='2 123456789012 eni-e4acda19e2d7b1f00 10.1.0.20 10.115.158.108 40100 443 6 4 900 1796630460 1796630520 ACCEPT OK'
    e2='2 123456789012 eni-e4acda19e2d7b1f00 10.115.158.108 10.1.0.20 443 40100 6 4 9000 1796630460 1796630520 ACCEPT OK'
    big='2 123456789012 eni-0client 10.3.0.21 10.5.0.10 40003 443 6 1 9223372036854775807 0 9223372036854775807 ACCEPT OK'
    printf '%s\n' "$h" "$r1" "$r2" "$e1" "$e2" > "$out/.plain"; seed "" "$out/.plain"
    printf '%s\n' "$r1" "$r2" > "$out/.headerless"; seed "" "$out/.headerless"
    printf '%s\n' "$h" "$r1" "$big" "$r2" > "$out/.big"; seed "" "$out/.big"
    printf '%s\n' "$h" "$r1" "2 123456789012 eni-0client - - - - - - - 1796630400 1796630460 - SKIPDATA" \
        "2 123456789012 eni-0client - - - - - - - 1796630400 1796630460 - NODATA" \
        "2 123456789012 eni-0client 10.3.0.20 10.5.0.10 40001 443 6 3 1500 1796630400 1796630401 REJECT OK" > "$out/.status"
    seed "" "$out/.status"
    printf '%s\n' 'tcp-flags log-status action end start bytes packets protocol dstport srcport dstaddr srcaddr interface-id account-id version vpc-id' \
        '2 OK ACCEPT 1796630401 1796630400 1500 3 6 443 40001 10.5.0.10 10.3.0.20 eni-0client 123456789012 2 vpc-1' > "$out/.custom"
    seed "" "$out/.custom"
    gzip -9nc "$out/.plain" > "$out/.gz"; seed "" "$out/.gz"
    rm -f "$out"/.plain "$out"/.headerless "$out"/.big "$out"/.status "$out"/.custom "$out"/.gz ;;
*) echo "seeds.sh: no seeds for target '$target' (add a case)" >&2 ;;
esac
# Every target: the inputs its tests use, bad ones above all.
$(dirname "$0")/test-inputs.py "$target" "$out"

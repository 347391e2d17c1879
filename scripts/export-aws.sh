#!/usr/bin/env bash
# Exports one AWS account's network estate as the AWS CLI's JSON, for `vpcsim import aws`.
#
#   scripts/export-aws.sh [--profile NAME] [--endpoint-url URL] OUT [REGION...]
#
# Writes OUT/account.json (sts get-caller-identity) and, for each Region, OUT/REGION/ with one
# file per describe call, named after the command (ec2-describe-vpcs.json, ...), plus one file
# per resource for the calls that take one: search-transit-gateway-routes/TGW-RTB-ID.json and
# describe-target-health/TARGET-GROUP-NAME_ID.json. Without REGIONs, the Regions of the
# profile (aws configure get region) are used; give them explicitly for several.
# The AWS CLI paginates every describe call itself (its default, kept on: no --no-paginate),
# so each file holds every page. --profile and --endpoint-url go to every call (the latter
# for moto's server or another stand-in). The AWS CLI is `aws` on PATH, or $AWS.
# Several accounts: run once per account (one OUT per account) and give every OUT to the import.
# Exit codes: 2 for a bad command line, 1 when a call fails (its command and message printed).
set -euo pipefail

usage() {
    echo "usage: $0 [--profile NAME] [--endpoint-url URL] OUT [REGION...]" >&2
    exit 2
}

common=()
positional=()
while [ $# -gt 0 ]; do
    case "$1" in
        --profile|--endpoint-url)
            [ $# -ge 2 ] && [ -n "$2" ] || { echo "export-aws: $1 needs a value" >&2; usage; }
            common+=("$1" "$2"); shift 2 ;;
        --profile=*|--endpoint-url=*)
            common+=("${1%%=*}" "${1#*=}"); shift ;;
        -h|--help) usage ;;
        --) shift; positional+=("$@"); break ;;
        -*) echo "export-aws: unknown option $1" >&2; usage ;;
        *) positional+=("$1"); shift ;;
    esac
done
[ ${#positional[@]} -ge 1 ] || { echo "export-aws: OUT (the output folder) is required" >&2; usage; }
out=${positional[0]}
regions=("${positional[@]:1}")

aws=${AWS:-aws}
if ! command -v "$aws" >/dev/null 2>&1; then
    echo "export-aws: the AWS CLI ('$aws') is not on PATH; install it (pip install awscli) or set AWS=/path/to/aws" >&2
    exit 1
fi
if [ ${#regions[@]} -eq 0 ]; then
    region=$("$aws" "${common[@]}" configure get region 2>/dev/null || true)
    [ -n "$region" ] || { echo "export-aws: no REGION given and the profile sets none; name the Regions to export" >&2; exit 2; }
    regions=("$region")
fi
for region in "${regions[@]}"; do
    [[ "$region" =~ ^[a-z]{2}(-[a-z]+)+-[0-9]+$ ]] || { echo "export-aws: '$region' is not a Region code such as us-east-1" >&2; exit 2; }
done

# Runs one AWS CLI call, its JSON to FILE (written to FILE.tmp, then renamed, so a failed call
# leaves no partial file).
call() {
    local file=$1; shift
    mkdir -p "$(dirname "$file")"
    if ! "$aws" "${common[@]}" --output json "$@" > "$file.tmp" 2> "$file.err"; then
        echo "export-aws: 'aws $*' failed:" >&2
        sed 's/^/  /' "$file.err" >&2
        rm -f "$file.tmp" "$file.err"
        exit 1
    fi
    rm -f "$file.err"
    mv "$file.tmp" "$file"
}

# The ids in FILE at the JMESPath QUERY, one a line (the CLI's own --query over a saved file
# is not available, so the call is repeated with --query).
ids() {
    "$aws" "${common[@]}" --output text "$@" | tr '\t' '\n' | grep -v '^None$' | grep -v '^$' || true
}

mkdir -p "$out"
call "$out/account.json" sts get-caller-identity --region "${regions[0]}"

ec2_calls=(describe-vpcs describe-subnets describe-route-tables describe-vpc-peering-connections
           describe-transit-gateways describe-transit-gateway-attachments
           describe-transit-gateway-route-tables describe-vpc-endpoints
           describe-vpc-endpoint-service-configurations describe-security-groups
           describe-network-interfaces describe-managed-prefix-lists)
elbv2_calls=(describe-load-balancers describe-target-groups)

for region in "${regions[@]}"; do
    dir="$out/$region"
    echo "export-aws: $region -> $dir" >&2
    for c in "${ec2_calls[@]}"; do
        call "$dir/ec2-$c.json" ec2 "$c" --region "$region"
    done
    for c in "${elbv2_calls[@]}"; do
        call "$dir/elbv2-$c.json" elbv2 "$c" --region "$region"
    done
    # Every route of every TGW route table (the call needs a filter: every state).
    for rtb in $(ids ec2 describe-transit-gateway-route-tables --region "$region" \
                     --query 'TransitGatewayRouteTables[].TransitGatewayRouteTableId'); do
        call "$dir/search-transit-gateway-routes/$rtb.json" ec2 search-transit-gateway-routes \
            --region "$region" --transit-gateway-route-table-id "$rtb" \
            --filters Name=state,Values=active,blackhole,pending
    done
    # The health of every target group's targets; the file is named after the group's ARN
    # tail (targetgroup/NAME/ID -> NAME_ID.json), since the output does not name the group.
    for arn in $(ids elbv2 describe-target-groups --region "$region" --query 'TargetGroups[].TargetGroupArn'); do
        tail=${arn##*:targetgroup/}
        call "$dir/describe-target-health/${tail//\//_}.json" elbv2 describe-target-health \
            --region "$region" --target-group-arn "$arn"
    done
done
echo "export-aws: wrote $out" >&2

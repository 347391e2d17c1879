#!/usr/bin/env python3
"""Writes the scale-check estate of issue 13 as a vpcsim scenario on stdout.

    bench/scale-estate.py VPCS [RATE]

VPCS VPCs (a multiple of 10, at least 400) in 10 Regions, every design, one replication,
10 simulated minutes, RATE requests per second in all (default 10,000). Per Region: 30
provider VPCs, one service each (300 services in all), and the rest consumer VPCs in 4
fleets. Each fleet calls 4 services: two of its own Region's and two of the next Region's,
so every VPC has 4 demands and the rate per consumer VPC and service is
RATE / (4 x consumers). Quotas a consumer count this large passes (peerings and routes per
provider VPC, NAU of a provider and its peers) are lifted: the check measures the
simulator's speed, not where a design breaks. bench/scenarios/estate-10000.yaml is
`bench/scale-estate.py 10000`.
"""
import sys

REGIONS = ["us-east-1", "us-east-2", "us-west-1", "us-west-2", "eu-west-1",
           "eu-west-2", "eu-central-1", "ap-northeast-1", "ap-south-1", "ap-southeast-1"]
PROVIDERS = 30
FLEETS = 4
SERVICE_TIME = "lognormal(median=4ms, p99=30ms)"


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    vpcs = int(sys.argv[1])
    rate = float(sys.argv[2]) if len(sys.argv) == 3 else 10_000.0
    per_region = vpcs // len(REGIONS)
    if vpcs % len(REGIONS) or per_region < PROVIDERS + FLEETS:
        sys.exit(f"VPCS must be a multiple of {len(REGIONS)} with at least {PROVIDERS + FLEETS} per Region")
    consumers = per_region - PROVIDERS
    counts = [consumers // FLEETS + (1 if f < consumers % FLEETS else 0) for f in range(FLEETS)]
    per_vpc = rate / (4 * consumers * len(REGIONS))
    out = [f"# Scale check (issue 13), written by bench/scale-estate.py {vpcs}{'' if rate == 10_000 else f' {rate:g}'}:",
           f"# {vpcs:,} VPCs in {len(REGIONS)} Regions, {PROVIDERS * len(REGIONS)} services, {rate:,.0f} requests/s,",
           "# every design, one replication, 10 simulated minutes.",
           f"name: estate-{vpcs}", "seed: 13", "replications: 1",
           "strategies: [peering-mesh, privatelink-hub, transit-gateway, vpc-lattice, shared-vpc]",
           "duration: 10m", "warmup: 1m", "", "regions:"]
    out += [f"  {r}: {{azs: 3}}" for r in REGIONS]
    out += ["", "vpcs:"]
    for r, region in enumerate(REGIONS):
        for k in range(PROVIDERS):
            i = r * PROVIDERS + k
            out.append(f"  - {{name: prov-{r}-{k}, region: {region}, cidrs: [172.{16 + i // 256}.{i % 256}.0/24]}}")
    out += ["", "fleets:"]
    for r, region in enumerate(REGIONS):
        for f in range(FLEETS):
            # Region r's consumers take /24s from 10.(16r).0.0/12 (4,096 blocks), a quarter per fleet.
            out.append(f"  - {{name: apps-{r}-{f}, region: {region}, count: {counts[f]}, "
                       f"cidr_pool: 10.{16 * r + 4 * f}.0.0/14, prefix: 24, azs: 2}}")
    out += ["", "services:"]
    for r in range(len(REGIONS)):
        for k in range(PROVIDERS):
            out.append(f"  - {{name: svc-{r}-{k}, vpc: prov-{r}-{k}, port: 8080, instances_per_az: 2, "
                       f"concurrency: 8, service_time: \"{SERVICE_TIME}\"}}")
    out += ["", f"# Every consumer VPC calls 4 services at {per_vpc:.6g}/s each.", "traffic:"]
    for r in range(len(REGIONS)):
        nxt = (r + 1) % len(REGIONS)
        for f in range(FLEETS):
            targets = [(r, 2 * f), (r, 2 * f + 1), (nxt, 2 * f + 10), (nxt, 2 * f + 11)]
            for (tr, k) in targets:
                out.append(f"  - {{from: apps-{r}-{f}, to: svc-{tr}-{k}, rate: {per_vpc:.6g}/s}}")
    out += ["", "peering: {mesh: needed, acceptance: auto}",
            "privatelink: {acceptance: auto, cross_zone: false, cross_region: true}",
            "transit_gateway: {acceptance: auto}",
            "quotas:", "  peerings_per_vpc: unlimited", "  routes_per_route_table: unlimited",
            "  rules_per_security_group: unlimited", "  pending_peering_requests: unlimited",
            "  peered_network_address_usage: unlimited", ""]
    sys.stdout.write("\n".join(out))


if __name__ == "__main__":
    main()

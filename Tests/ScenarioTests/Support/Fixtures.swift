/// Texts shared by the Scenario tests.
enum Fixtures {
    /// The example of DESIGN.md's "Scenario file (YAML)" section, verbatim.
    static let designExample = #"""
name: seed-two-region              # also the default output folder: results/<name>/
seed: 42
replications: 5                    # independent replications; CIs use Student-t
strategies: [peering-mesh, privatelink-hub, transit-gateway]
duration: 10m                      # simulated data-plane time per replication
warmup: 1m                         # discarded from latency statistics

regions:
  us-east-1: {azs: 3}
  eu-west-2: {azs: 3}

vpcs:                              # explicit VPCs ...
  - {name: vpc-a, region: us-east-1, cidrs: [10.1.0.0/16], route_tables: 1}
  - {name: vpc-b, region: eu-west-2, cidrs: [10.2.0.0/16]}
fleets:                            # ... and/or generated ones
  - {name: app, region: eu-west-2, count: 40, cidr_pool: 10.64.0.0/10, prefix: 16,
     route_tables: 4, azs: 2, overlap: 0.0}   # overlap: share of VPCs reusing a taken block

services:
  - name: api
    vpc: vpc-a
    port: 8080
    instances_per_az: 2
    concurrency: 32                # requests served at once per instance; the rest queue
    service_time: lognormal(median=4ms, p99=30ms)

traffic:
  - {from: vpc-b, to: api, rate: 200/s, request_size: 2KiB, response_size: 16KiB}
  - {from: app, to: api, rate: 5/s}          # per VPC of the fleet

growth:                            # optional control-plane growth of a fleet over time
  fleet: app
  initial: 10
  interarrival: exponential(mean=2d)
  horizon: 365d

peering: {mesh: full, acceptance: "lognormal(median=2h, p99=3d)"}   # or mesh: needed
privatelink: {acceptance: auto, cross_zone: false, cross_region: true}
latency:                           # built-in defaults from bundled, sourced data unless set here
  same_az: "lognormal(median=0.09ms, p99=0.2ms)"      # round trips
  cross_az: "lognormal(median=1ms, p99=3ms)"
  privatelink_hop: "uniform(min=0.05ms, max=0.3ms)"   # each way, endpoint + NLB forwarding
  tgw_hop: "lognormal(median=0.1ms, p99=0.3ms)"       # each way
  overrides:                        # inter-region round trips, per directed pair
    - {from: us-east-1, to: eu-west-2, rtt: "lognormal(median=78ms, p90=83ms)"}
quotas: {peerings_per_vpc: 125, routes_per_route_table: 1000}      # see 'Quotas' below
faults:
  - {at: 5m, kind: az-outage, region: us-east-1, az: 1, duration: 2m}
"""#

    /// The smallest valid scenario: one VPC calling a service in another.
    static let minimal = """
        vpcs:
          - {name: a, region: us-east-1, cidrs: [10.1.0.0/16]}
          - {name: b, region: eu-west-2, cidrs: [10.2.0.0/16]}
        services:
          - {name: api, vpc: a, port: 8080, service_time: 4ms}
        traffic:
          - {from: b, to: api, rate: 10/s}

        """
}

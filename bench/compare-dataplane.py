#!/usr/bin/env python3
"""Per region pair p50 and p99 of vpcsim against the SimPy reference model.

    bench/compare-dataplane.py SIMPY_CSV VPCSIM_LATENCY_CSV [TOLERANCE_PERCENT]

SIMPY_CSV is model.py's --csv (strategy,from_region,to_region,requests,mean_ms,p50_ms,...),
VPCSIM_LATENCY_CSV vpcsim run's latency.csv (one row per region pair and service, first
replication). vpcsim's strategies peering-mesh and privatelink-hub are model.py's peering and
privatelink.

vpcsim reports each (pair, service) separately; model.py pools a pair's services. A pair's
pooled quantile is found from vpcsim's rows as the root of the request-weighted mixture of
the services' CDFs, each CDF interpolated linearly between the row's published points
(p50, p90, p99, p999 and max, with the mean's rank unused). In this workload a pair's
services have the same latency distribution (same network, same service model), so the
mixture's quantile is their common one up to sampling noise; the interpolation adds no
error at p50 and p99, which are published points of every row.
Prints one line per strategy and pair and the largest differences; exit 0 always.
"""
import csv
import sys

STRATEGIES = {"peering-mesh": "peering", "privatelink-hub": "privatelink"}
POINTS = [("p50_ms", 0.5), ("p90_ms", 0.9), ("p99_ms", 0.99), ("p999_ms", 0.999), ("max_ms", 1.0)]


def cdf(row, x):
    """A row's CDF at x, linear between its published quantile points (0 below p50's
    half-mass is extrapolated linearly to 0 at zero)."""
    pts = [(0.0, 0.0)] + [(float(row[k]), p) for k, p in POINTS]
    if x >= pts[-1][0]:
        return 1.0
    for (x0, p0), (x1, p1) in zip(pts, pts[1:]):
        if x <= x1:
            return p0 if x1 == x0 else p0 + (p1 - p0) * (x - x0) / (x1 - x0)
    return 1.0


def pooled(rows, q):
    total = sum(int(r["requests"]) - int(r["errors"]) for r in rows)
    lo, hi = 0.0, max(float(r["max_ms"]) for r in rows)
    for _ in range(100):
        mid = (lo + hi) / 2
        f = sum((int(r["requests"]) - int(r["errors"])) * cdf(r, mid) for r in rows) / total
        lo, hi = (mid, hi) if f < q else (lo, mid)
    return hi


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    tol = float(sys.argv[3]) if len(sys.argv) == 4 else 1.0
    simpy = {(r["strategy"], r["from_region"], r["to_region"]): r
             for r in csv.DictReader(open(sys.argv[1]))}
    groups = {}
    for r in csv.DictReader(open(sys.argv[2])):
        if r["replication"] != "0" or r["strategy"] not in STRATEGIES or not r["p50_ms"]:
            continue
        groups.setdefault((STRATEGIES[r["strategy"]], r["from_region"], r["to_region"]), []).append(r)
    print(f"{'strategy':<12} {'from':>15} {'to':>15} {'p50 simpy':>10} {'p50 vpcsim':>10} {'diff':>7} "
          f"{'p99 simpy':>10} {'p99 vpcsim':>10} {'diff':>7}")
    worst = {"p50": 0.0, "p99": 0.0}
    inside = 0
    for key in sorted(groups):
        if key not in simpy:
            continue
        s = simpy[key]
        v50, v99 = pooled(groups[key], 0.5), pooled(groups[key], 0.99)
        s50, s99 = float(s["p50_ms"]), float(s["p99_ms"])
        d50, d99 = 100 * (v50 - s50) / s50, 100 * (v99 - s99) / s99
        worst["p50"] = max(worst["p50"], abs(d50))
        worst["p99"] = max(worst["p99"], abs(d99))
        inside += abs(d50) <= tol and abs(d99) <= tol
        print(f"{key[0]:<12} {key[1]:>15} {key[2]:>15} {s50:10.3f} {v50:10.3f} {d50:+6.2f}% "
              f"{s99:10.3f} {v99:10.3f} {d99:+6.2f}%")
    print(f"pairs with p50 and p99 within {tol:g} %: {inside} of {len([k for k in groups if k in simpy])}; "
          f"largest difference p50 {worst['p50']:.2f} %, p99 {worst['p99']:.2f} %")


if __name__ == "__main__":
    main()

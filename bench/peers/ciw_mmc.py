"""M/M/c in Ciw 3: one node with SERVERS servers, exponential arrivals and services.

    python ciw_mmc.py SERVERS UTILISATION CUSTOMERS [WARMUP [SEED]]

Service rate 1 (mean service time 1), arrival rate = UTILISATION * SERVERS. Ciw runs until
WARMUP + CUSTOMERS + MARGIN customers have completed (simulate_until_max_customers, method
"Complete"); the waits (Ciw's waiting_time) of customers WARMUP+1 .. WARMUP+CUSTOMERS by
arrival number give the mean and its 95 % batch-means interval (mmc_stats.py). The margin
makes sure every one of them has finished (with 4 servers a customer can be overtaken).
Speed: completed customers / wall time of the simulate call (time.perf_counter); reading the
records afterwards is not timed. Random numbers: ciw.seed(SEED), SEED defaulting to
mmc_stats.DEFAULT_SEED.

Prints: engine,customers,mean_wait,ci95_low,ci95_high,customers_per_s,erlang_c_mean_wait
"""

import sys
import time

import ciw

import mmc_stats

MARGIN = 1000


def main(argv):
    servers, utilisation, customers, warmup, seed = mmc_stats.parse_args(argv, argv[0])
    service_rate = 1.0
    arrival_rate = utilisation * servers * service_rate
    ciw.seed(seed)
    network = ciw.create_network(
        arrival_distributions=[ciw.dists.Exponential(rate=arrival_rate)],
        service_distributions=[ciw.dists.Exponential(rate=service_rate)],
        number_of_servers=[servers],
    )
    sim = ciw.Simulation(network)
    completed = warmup + customers + MARGIN
    start = time.perf_counter()
    sim.simulate_until_max_customers(completed, method="Complete")
    seconds = time.perf_counter() - start

    by_number = {r.id_number: r.waiting_time for r in sim.get_all_records()}
    wanted = range(warmup + 1, warmup + customers + 1)
    missing = [i for i in wanted if i not in by_number]
    if missing:
        raise SystemExit(f"ciw_mmc: {len(missing)} measured customers had not completed; raise MARGIN")
    waits = [by_number[i] for i in wanted]
    print(f"ciw_mmc customers={completed} {seconds:.3f} s end_time={sim.current_time:.3f}", file=sys.stderr)
    print(mmc_stats.csv_line("ciw", waits, completed, seconds, servers, arrival_rate, service_rate))


if __name__ == "__main__":
    main(sys.argv)

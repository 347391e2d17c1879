"""M/M/c in SimPy 4: a source process and one process per customer on a simpy.Resource.

    python simpy_mmc.py SERVERS UTILISATION CUSTOMERS [WARMUP [SEED]]

Service rate 1 (mean service time 1), arrival rate = UTILISATION * SERVERS. WARMUP + CUSTOMERS
customers are simulated; the waits in queue (service start - arrival) of the CUSTOMERS after
the first WARMUP, in arrival order, give the mean and its 95 % batch-means interval
(mmc_stats.py). Speed: all simulated customers / wall time of env.run (time.perf_counter).
Random numbers: two random.Random streams, seeded SEED and SEED + 1 (arrivals, services);
SEED defaults to mmc_stats.DEFAULT_SEED.

Prints: engine,customers,mean_wait,ci95_low,ci95_high,customers_per_s,erlang_c_mean_wait
"""

import random
import sys
import time

import simpy

import mmc_stats



def main(argv):
    servers, utilisation, customers, warmup, seed = mmc_stats.parse_args(argv, argv[0])
    service_rate = 1.0
    arrival_rate = utilisation * servers * service_rate
    total = warmup + customers
    arrivals = random.Random(seed)
    services = random.Random(seed + 1)
    waits = [0.0] * total

    env = simpy.Environment()
    desk = simpy.Resource(env, capacity=servers)

    def customer(index, arrived):
        with desk.request() as request:
            yield request
            waits[index] = env.now - arrived
            yield env.timeout(services.expovariate(service_rate))

    def source():
        for index in range(total):
            yield env.timeout(arrivals.expovariate(arrival_rate))
            env.process(customer(index, env.now))

    env.process(source())
    start = time.perf_counter()
    env.run()
    seconds = time.perf_counter() - start

    print(f"simpy_mmc customers={total} {seconds:.3f} s end_time={env.now:.3f}", file=sys.stderr)
    print(mmc_stats.csv_line("simpy", waits[warmup:], total, seconds, servers, arrival_rate, service_rate))


if __name__ == "__main__":
    main(sys.argv)

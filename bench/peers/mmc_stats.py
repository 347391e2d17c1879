"""Shared by simpy_mmc.py and ciw_mmc.py: Erlang C, batch-means confidence intervals, output.

Confidence interval method: batch means. The waits of the measured customers, in arrival
order, are cut into B = 20 consecutive batches of equal size; the batch means are treated as
independent and normal, and the 95 % interval is mean +- t(0.975, B-1) * s / sqrt(B), with
t(0.975, 19) = 2.093024. With 10^5 customers or more, each batch spans thousands of busy
periods at utilisation 0.8, so the batch means are close to independent.
"""

import math

BATCHES = 20
T_975_DF19 = 2.093024054408263


def erlang_c_mean_wait(servers: int, arrival_rate: float, service_rate: float) -> float:
    """Mean wait in queue (before service) of M/M/c, by Erlang's C formula."""
    a = arrival_rate / service_rate
    rho = a / servers
    if not 0 < rho < 1:
        raise ValueError(f"utilisation must be in (0, 1), got {rho}")
    term = 1.0
    below = 0.0
    for k in range(servers):
        below += term
        term *= a / (k + 1)
    top = term / (1 - rho)  # a^c / c! / (1 - rho)
    p_wait = top / (below + top)
    return p_wait / (servers * service_rate - arrival_rate)


def batch_means_ci(values):
    """(mean, low, high) of a 95 % batch-means interval over BATCHES equal batches."""
    size = len(values) // BATCHES
    if size < 2:
        raise ValueError(f"need at least {2 * BATCHES} values for batch means, got {len(values)}")
    means = [math.fsum(values[b * size:(b + 1) * size]) / size for b in range(BATCHES)]
    grand = math.fsum(means) / BATCHES
    var = math.fsum((m - grand) ** 2 for m in means) / (BATCHES - 1)
    half = T_975_DF19 * math.sqrt(var / BATCHES)
    return grand, grand - half, grand + half


DEFAULT_SEED = 20240601


def parse_args(argv, program):
    """SERVERS UTILISATION CUSTOMERS [WARMUP [SEED]]; the service rate is 1 (mean service 1)."""
    usage = (f"usage: {program} SERVERS UTILISATION CUSTOMERS [WARMUP [SEED]]\n"
             "  SERVERS >= 1, 0 < UTILISATION < 1, CUSTOMERS measured (>= 40),\n"
             "  WARMUP customers simulated first and discarded (default CUSTOMERS/10),\n"
             f"  SEED of the random streams (default {DEFAULT_SEED})")
    try:
        if len(argv) not in (4, 5, 6):
            raise ValueError("wrong number of arguments")
        servers = int(argv[1])
        utilisation = float(argv[2])
        customers = int(float(argv[3]))
        warmup = int(float(argv[4])) if len(argv) >= 5 else customers // 10
        seed = int(argv[5]) if len(argv) == 6 else DEFAULT_SEED
        if servers < 1 or not 0 < utilisation < 1 or customers < 2 * BATCHES or warmup < 0:
            raise ValueError("out of range")
    except ValueError as err:
        raise SystemExit(f"{usage}\n  ({err})")
    return servers, utilisation, customers, warmup, seed


def csv_line(engine, waits, customers_simulated, seconds, servers, arrival_rate, service_rate):
    mean, low, high = batch_means_ci(waits)
    return (f"{engine},{len(waits)},{mean:.6f},{low:.6f},{high:.6f},"
            f"{customers_simulated / seconds:.0f},"
            f"{erlang_c_mean_wait(servers, arrival_rate, service_rate):.6f}")

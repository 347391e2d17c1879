"""Hold model through SimPy 4: N processes, each looping `yield env.timeout(exponential)`.

    python simpy_hold.py N M [WARMUP]      (WARMUP: unmeasured holds first, default N)

Each of N processes waits an exponential time (mean 1, SimPy's float time unit), then waits
again, forever. One hold = one Environment.step(): the earliest Timeout is popped, its
callback resumes the process, which yields (and so schedules) the next Timeout. Start-up runs
the N Initialize events (the fill), then WARMUP holds unmeasured, then M timed holds
with time.perf_counter_ns (monotonic). Holds are driven by `for _ in range(M): env.step()`,
the same loop Environment.run runs inside, without its until-event bookkeeping. Garbage
collection is left on, as SimPy users run it. Random numbers: random.Random(seed).

Prints one CSV line: engine,variant,n,holds,ns_per_hold,holds_per_s ; checksum on stderr.
"""

import random
import sys
import time

import simpy

SEED = 20240601


def holder(env, draw):
    timeout = env.timeout
    while True:
        yield timeout(draw())


def main(argv):
    try:
        if len(argv) not in (3, 4):
            raise ValueError
        n, m = (int(float(a)) for a in argv[1:3])
        warm = int(float(argv[3])) if len(argv) == 4 else n
        if n < 1 or m < 1 or warm < 0:
            raise ValueError
    except ValueError:
        raise SystemExit(f"usage: {argv[0]} N M [WARMUP]   (N pending events >= 1, M timed holds >= 1,"
                         " WARMUP holds before them, default N)")

    rng = random.Random(SEED)
    expo = rng.expovariate

    def draw():
        return expo(1.0)

    env = simpy.Environment()
    for _ in range(n):
        env.process(holder(env, draw))
    step = env.step
    for _ in range(n):  # the Initialize events: each process schedules its first timeout
        step()
    for _ in range(warm):  # warm-up holds
        step()

    start = time.perf_counter_ns()
    for _ in range(m):
        step()
    elapsed = time.perf_counter_ns() - start

    seconds = elapsed / 1e9
    print(f"simpy_hold n={n} holds={m} {seconds:.3f} s checksum={env.now!r}", file=sys.stderr)
    if seconds < 0.5:
        print(f"simpy_hold: warning: timed part took {seconds:.3f} s (< 0.5 s); raise M", file=sys.stderr)
    print(f"simpy,Process+Timeout,{n},{m},{elapsed / m:.1f},{m / seconds:.0f}")


if __name__ == "__main__":
    main(sys.argv)

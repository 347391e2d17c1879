#!/usr/bin/env bash
# vpcsim against the field: the hold model through each engine, and one M/M/c model checked
# against Erlang C; then vpcsim's own system figures (the data plane's events per second, the
# sweep speed-up from --jobs 1 to --jobs 2, peak memory). Runs everything one after another in
# this one invocation, then prints the tables and the issue's targets, and writes:
#   bench/out/field.csv        hold model: engine,variant,n,holds,ns_per_hold,holds_per_s,ratio_to_vpcsim
#   bench/out/field-mmc.csv    M/M/c: engine,customers,mean_wait,ci95_low,ci95_high,customers_per_s,
#                              erlang_c_mean_wait,ns_per_customer,ratio_to_vpcsim
#   bench/out/field-system.csv vpcsim alone: measurement,variant,value,unit
#   bench/out/table.txt        the tables printed on stdout
#   bench/out/machine.txt      machine, compilers, versions, flags, load, wall time
#   bench/out/ns_per_hold.png and .svg   (gnuplot, template bench/hold.gp)
# Install the peers first: bench/install-peers.sh (see bench/README.md).
#
# Environment:
#   VPCSIM        vpcsim binary (default .build/release/vpcsim, built here first unless set)
#   BENCH_NS      queue sizes to run, from 1e3 1e4 1e5 1e6 (default: all four)
#   BENCH_SCALE   multiplies every hold and customer count (default 1; 0.05 for a smoke test)
#   MMC_CUSTOMERS measured M/M/c customers per engine (default 2e6)
#   MMC_SEED      seed of the SimPy and Ciw M/M/c runs (default: the programs' own, 20240601)
#   BENCH_PARTS   which parts to run, from "hold mmc system dataplane" (default: all four;
#                 dataplane = the SimPy reference model of the data plane against vpcsim run)
#   DATAPLANE_RUNS vpcsim runs of the reference workload against model.py's one; the ratio
#                 takes their median (default 5)
#   CXX, CXXFLAGS C++ compiler and flags (default g++, -O2 -std=c++17)
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$bench/.." && pwd)"
out="$bench/out"
bin="$bench/build/bin"
py="$bench/build/venv/bin/python"
CXX=${CXX:-g++}
CXXFLAGS=${CXXFLAGS:--O2 -std=c++17}
BENCH_NS=${BENCH_NS:-1e3 1e4 1e5 1e6}
BENCH_SCALE=${BENCH_SCALE:-1}
MMC_CUSTOMERS=${MMC_CUSTOMERS:-2e6}
BENCH_PARTS=${BENCH_PARTS:-hold mmc system dataplane}
DATAPLANE_RUNS=${DATAPLANE_RUNS:-5}
MMC_SERVERS=4
MMC_UTILISATION=0.8

say() { echo "bench: $*" >&2; }
scaled() { awk -v x="$1" -v s="$BENCH_SCALE" 'BEGIN { v = int(x * s); if (v < 1) v = 1; print v }'; }

if [ ! -x "$py" ] || ! dpkg-query -W -f='${Status}' libns3-dev 2>/dev/null | grep -q 'install ok installed'; then
    say "peers are not installed: run bench/install-peers.sh first"
    exit 2
fi

mkdir -p "$out" "$bin"
raw_hold="$out/raw-hold.csv"
raw_mmc="$out/raw-mmc.csv"
raw_system="$out/raw-system.csv"
: >"$raw_hold"
: >"$raw_mmc"
: >"$raw_system"
rm -f "$out/vpcsim-dataplane.csv"
started=$SECONDS

# --- the machine -------------------------------------------------------------------------
{
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "nproc: $(nproc)"
    echo "cpu: $(lscpu | sed -n 's/^Model name:[[:space:]]*//p' | head -1)"
    echo "memory: $(free -h | awk '/^Mem:/ {print $2}')"
    echo "kernel: $(uname -srm)"
    echo "os: $(. /etc/os-release && echo "$PRETTY_NAME")"
    echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "c++ compiler: $($CXX --version | head -1)"
    echo "c++ flags: $CXXFLAGS -Wall -Wextra (ns-3 program linked with -lns3-core; ternary pq with -DCPP_PQ_TERNARY)"
    echo "ns-3: libns3-dev $(dpkg-query -W -f='${Version}' libns3-dev) (Debian package, Time resolution ns)"
    echo "python: $("$py" -c 'import platform; print(platform.python_implementation(), platform.python_version())')"
    echo "simpy: $("$py" -c 'import simpy; print(simpy.__version__)')"
    echo "ciw: $("$py" -c 'import ciw; print(ciw.__version__)')"
    if command -v swift >/dev/null 2>&1; then
        echo "swift: $(swift --version 2>&1 | head -1)"
    else
        echo "swift: not found"
    fi
    echo "BENCH_NS: $BENCH_NS; BENCH_SCALE: $BENCH_SCALE; MMC_CUSTOMERS: $MMC_CUSTOMERS; MMC_SEED: ${MMC_SEED:-default}; BENCH_PARTS: $BENCH_PARTS"
} >"$out/machine.txt"

# --- build the peers ---------------------------------------------------------------------
say "building the C++ peers: $CXX $CXXFLAGS"
# shellcheck disable=SC2086  # CXXFLAGS is a list of flags
$CXX $CXXFLAGS -Wall -Wextra -o "$bin/cpp_pq_hold" "$bench/peers/cpp_pq_hold.cc"
# shellcheck disable=SC2086
$CXX $CXXFLAGS -Wall -Wextra -DCPP_PQ_TERNARY -o "$bin/cpp_pq_hold_ternary" "$bench/peers/cpp_pq_hold.cc"
# Debian's ns3-core.pc carries broken flags ("-I/usr;", Python and GSL paths): link directly.
# shellcheck disable=SC2086
$CXX $CXXFLAGS -Wall -Wextra -o "$bin/ns3_hold" "$bench/peers/ns3_hold.cc" -lns3-core

# --- build vpcsim and check it has the benchmark subcommands -----------------------------
vpcsim_hold=0
vpcsim_mmc=0
vpcsim_dataplane=0
if [ -z "${VPCSIM:-}" ]; then
    VPCSIM="$root/.build/release/vpcsim"
    if command -v swift >/dev/null 2>&1; then
        say "building vpcsim: swift build -c release --product vpcsim"
        if ! (cd "$root" && swift build -c release --product vpcsim >"$out/vpcsim-build.log" 2>&1); then
            say "vpcsim did not build (see $out/vpcsim-build.log)"
        fi
    else
        say "swift is not on PATH: cannot build vpcsim"
    fi
fi
if [ -x "$VPCSIM" ]; then
    # An argument parser may answer --help for an unknown subcommand with the top-level help
    # (exit 0), so look for the subcommand's own options in what it prints.
    help_hold=$("$VPCSIM" bench hold --help 2>&1 || true)
    help_mmc=$("$VPCSIM" bench mmc --help 2>&1 || true)
    help_dataplane=$("$VPCSIM" bench dataplane --help 2>&1 || true)
    case $help_hold in *--holds*) vpcsim_hold=1 ;; esac
    case $help_mmc in *--customers*) vpcsim_mmc=1 ;; esac
    case $help_dataplane in *--repeats*) vpcsim_dataplane=1 ;; esac
    echo "vpcsim: $VPCSIM ($("$VPCSIM" --version 2>/dev/null || echo 'version unknown'))" >>"$out/machine.txt"
else
    echo "vpcsim: $VPCSIM missing" >>"$out/machine.txt"
fi
if [ "$vpcsim_hold" -eq 0 ] || [ "$vpcsim_mmc" -eq 0 ]; then
    say "************************************************************************"
    [ "$vpcsim_hold" -eq 0 ] && say "* $VPCSIM has no 'bench hold' subcommand: vpcsim is not measured;"
    [ "$vpcsim_mmc" -eq 0 ] && say "* $VPCSIM has no 'bench mmc' subcommand: no vpcsim M/M/c line;"
    say "* the peers still run; ratios to vpcsim are shown as n/a."
    say "************************************************************************"
fi
{
    echo "vpcsim bench hold: $([ "$vpcsim_hold" -eq 1 ] && echo yes || echo 'no (ratios n/a)')"
    echo "vpcsim bench mmc: $([ "$vpcsim_mmc" -eq 1 ] && echo yes || echo 'no')"
    echo "vpcsim bench dataplane: $([ "$vpcsim_dataplane" -eq 1 ] && echo yes || echo 'no')"
} >>"$out/machine.txt"
part() { case " $BENCH_PARTS " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

# --- hold model --------------------------------------------------------------------------
# Timed holds (M) and warm-up holds per engine and N, chosen so that each timed part takes
# about 1 s on a 2-core EPYC (>= 0.5 s; the programs warn on stderr when it is shorter).
# Warm-up "-" means N holds. ns-3's CalendarScheduler at N = 1e6 costs ~60 us per hold (its
# bucket count is capped at 32768), so its warm-up there is 1e4 holds.
plan() {
    cat <<'EOF'
vpcsim          all        1e3 1e7   -
vpcsim          all        1e4 5e6   -
vpcsim          all        1e5 4e6   -
vpcsim          all        1e6 2e6   -
cpp             pq         1e3 2e7   -
cpp             pq         1e4 1e7   -
cpp             pq         1e5 8e6   -
cpp             pq         1e6 3e6   -
cpp             pq-ternary 1e3 2e7   -
cpp             pq-ternary 1e4 1e7   -
cpp             pq-ternary 1e5 8e6   -
cpp             pq-ternary 1e6 2e6   -
ns3             map        1e3 5e6   -
ns3             map        1e4 3e6   -
ns3             map        1e5 2e6   -
ns3             map        1e6 6e5   -
ns3             heap       1e3 4e6   -
ns3             heap       1e4 3e6   -
ns3             heap       1e5 2e6   -
ns3             heap       1e6 1e6   -
ns3             calendar   1e3 5e6   -
ns3             calendar   1e4 3e6   -
ns3             calendar   1e5 1e6   -
ns3             calendar   1e6 1.5e4 1e4
ns3             priority-queue 1e3 8e6 -
ns3             priority-queue 1e4 7e6 -
ns3             priority-queue 1e5 5e6 -
ns3             priority-queue 1e6 2.5e6 -
simpy           timeout    1e3 6e5   -
simpy           timeout    1e4 4e5   -
simpy           timeout    1e5 2e5   -
simpy           timeout    1e6 1.5e5 -
EOF
}

run_line() { # run a command that prints CSV line(s) on stdout; append them to $1
    local dest=$1
    shift
    local line
    if line=$("$@"); then
        printf '%s\n' "$line" >>"$dest"
        say "  $line"
    else
        say "  FAILED ($?): $*"
    fi
}

part hold || BENCH_NS=""
for n in $BENCH_NS; do
    plan | while read -r engine variant pn holds warm; do
        [ "$pn" = "$n" ] || continue
        m=$(scaled "$holds")
        if [ "$warm" = "-" ]; then w=$(awk -v x="$n" 'BEGIN { print int(x) }'); else w=$(scaled "$warm"); fi
        nn=$(awk -v x="$n" 'BEGIN { print int(x) }')
        case $engine in
        vpcsim)
            [ "$vpcsim_hold" -eq 1 ] || continue
            say "vpcsim bench hold --n $nn --holds $m (every queue)"
            tmp="$out/vpcsim-hold-$nn.csv"
            if "$VPCSIM" bench hold --n "$nn" --holds "$m" --csv "$tmp" >&2; then
                grep -v '^engine,' "$tmp" >>"$raw_hold" || true
                grep -v '^engine,' "$tmp" | sed 's/^/bench:   /' >&2 || true
            else
                say "  FAILED: vpcsim bench hold --n $nn --holds $m"
            fi
            ;;
        cpp)
            exe="$bin/cpp_pq_hold"
            [ "$variant" = pq-ternary ] && exe="$bin/cpp_pq_hold_ternary"
            say "c++ std::priority_queue ($variant)  N=$nn holds=$m warm-up=$w"
            run_line "$raw_hold" "$exe" "$nn" "$m" "$w"
            ;;
        ns3)
            say "ns-3 $variant  N=$nn holds=$m warm-up=$w"
            run_line "$raw_hold" "$bin/ns3_hold" "$variant" "$nn" "$m" "$w"
            ;;
        simpy)
            say "simpy  N=$nn holds=$m warm-up=$w"
            run_line "$raw_hold" "$py" "$bench/peers/simpy_hold.py" "$nn" "$m" "$w"
            ;;
        esac
    done
done

# --- M/M/c -------------------------------------------------------------------------------
# vpcsim measures the same number of customers as the peers, as 10 independent replications
# of K/10 (each with its own warm-up of 5 %), and its interval comes from the replications;
# the peers use one long run and batch means. Equal samples give intervals of equal width,
# so "each mean inside the others' intervals" is a fair test.
k=$(scaled "$MMC_CUSTOMERS")
mmc_replications=10
k_each=$((k / mmc_replications))
[ "$k_each" -ge 20 ] || k_each=20
if part mmc && [ "$vpcsim_mmc" -eq 1 ]; then
    say "vpcsim bench mmc --servers $MMC_SERVERS --utilisation $MMC_UTILISATION --customers $k_each --replications $mmc_replications"
    tmp="$out/vpcsim-mmc.csv"
    if "$VPCSIM" bench mmc --servers "$MMC_SERVERS" --utilisation "$MMC_UTILISATION" --customers "$k_each" \
        --replications "$mmc_replications" --csv "$tmp" >&2; then
        grep -v '^engine,' "$tmp" >>"$raw_mmc" || true
        grep -v '^engine,' "$tmp" | sed 's/^/bench:   /' >&2 || true
    else
        say "  FAILED: vpcsim bench mmc"
    fi
fi
if part mmc; then
    mmc_args=("$MMC_SERVERS" "$MMC_UTILISATION" "$k")
    [ -n "${MMC_SEED:-}" ] && mmc_args+=("$((k / 10))" "$MMC_SEED")
    say "simpy M/M/$MMC_SERVERS, utilisation $MMC_UTILISATION, $k customers"
    run_line "$raw_mmc" "$py" "$bench/peers/simpy_mmc.py" "${mmc_args[@]}"
    say "ciw M/M/$MMC_SERVERS, utilisation $MMC_UTILISATION, $k customers"
    run_line "$raw_mmc" "$py" "$bench/peers/ciw_mmc.py" "${mmc_args[@]}"
fi

# --- vpcsim alone: data plane, sweep speed-up, memory --------------------------------------
system_line() { # measurement variant value unit
    printf '%s,%s,%s,%s\n' "$1" "$2" "$3" "$4" >>"$raw_system"
    say "  $1 $2: $3 $4"
}
peak_kib() { # run a command under GNU time; print its peak resident size in KiB
    local f
    f=$(mktemp)
    if /usr/bin/time -f '%M' -o "$f" "$@" >/dev/null 2>&1; then
        tail -1 "$f"
    else
        echo "FAILED"
    fi
    rm -f "$f"
}
if part system && [ "$vpcsim_dataplane" -eq 1 ]; then
    # The data plane's reference topology (issue 4), each strategy 3 times, one core.
    say "vpcsim bench dataplane --repeats 3"
    if ! "$VPCSIM" bench dataplane --repeats 3 --csv "$out/vpcsim-dataplane.csv" >&2; then
        say "  FAILED: vpcsim bench dataplane"
    fi

    # Sweep speed-up: the same sweep with --jobs 1 and --jobs 2, alternately, twice each;
    # the faster of each pair counts (the machine is shared). GNU time gives wall and CPU
    # time: CPU / wall of the --jobs 2 run is the cores it actually got, which tells a
    # slow-down of the sweep from a core taken by other work.
    sweep="$bench/jobs-sweep.yaml"
    declare -A best_wall=() best_cpu=()
    load_before=$(cut -d' ' -f1 /proc/loadavg)
    for round in 1 2; do
        for jobs in 1 2; do
            dir=$(mktemp -d)
            say "vpcsim sweep $sweep --jobs $jobs (round $round)"
            if /usr/bin/time -f '%e %U %S' -o "$dir/time" "$VPCSIM" sweep "$sweep" --out "$dir/out" --jobs "$jobs" \
                >/dev/null 2>"$out/vpcsim-sweep.log"; then
                read -r wall user sys <"$dir/time"
                cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
                say "  $wall s wall, $cpu s CPU"
                prev=${best_wall[$jobs]:-}
                if [ -z "$prev" ] || awk -v a="$wall" -v b="$prev" 'BEGIN { exit !(a < b) }'; then
                    best_wall[$jobs]=$wall
                    best_cpu[$jobs]=$cpu
                fi
            else
                say "  FAILED (see $out/vpcsim-sweep.log)"
            fi
            rm -rf "$dir"
        done
    done
    if [ -n "${best_wall[1]:-}" ] && [ -n "${best_wall[2]:-}" ]; then
        system_line "sweep wall time" "jobs=1" "${best_wall[1]}" s
        system_line "sweep wall time" "jobs=2" "${best_wall[2]}" s
        system_line "sweep speed-up" "jobs=2 vs jobs=1" \
            "$(awk -v a="${best_wall[1]}" -v b="${best_wall[2]}" 'BEGIN { printf "%.2f", a / b }')" x
        system_line "sweep cores used" "jobs=2 (CPU time / wall time)" \
            "$(awk -v c="${best_cpu[2]}" -v w="${best_wall[2]}" 'BEGIN { printf "%.2f", c / w }')" cores
        system_line "load average" "1-minute average before the sweeps" "$load_before" ""
    fi

    # Peak resident memory (GNU time's maximum RSS), less a tiny run's as the baseline
    # (runtime, libraries, the empty queue).
    say "peak memory: vpcsim bench hold --n 1 (baseline), --n 1000000, bench dataplane"
    base_kib=$(peak_kib "$VPCSIM" bench hold --n 1 --holds 1 --queues radix-heap)
    hold_kib=$(peak_kib "$VPCSIM" bench hold --n 1000000 --holds 1000000 --queues radix-heap)
    dp_kib=$(peak_kib "$VPCSIM" bench dataplane --repeats 1)
    mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
    above() { awk -v k="$1" -v b="$2" 'BEGIN { printf "%.1f", (k - b) / 1024 }'; }
    if [ "$base_kib" != FAILED ]; then
        system_line "peak RSS" "baseline (bench hold --n 1)" "$(mib "$base_kib")" MiB
        if [ "$hold_kib" != FAILED ]; then
            system_line "peak RSS" "1e6 pending events (bench hold --n 1000000)" "$(mib "$hold_kib")" MiB
            system_line "peak RSS above baseline" "1e6 pending events" "$(above "$hold_kib" "$base_kib")" MiB
        fi
        if [ "$dp_kib" != FAILED ]; then
            system_line "peak RSS" "data-plane reference topology (bench dataplane)" "$(mib "$dp_kib")" MiB
            system_line "peak RSS above baseline" "data-plane reference topology" "$(above "$dp_kib" "$base_kib")" MiB
        fi
    fi
fi

# --- the data plane against its SimPy reference model (issue 13) ---------------------------
# The whole process of each, one after another, pinned to one core when taskset can:
# model.py once (peering and PrivateLink, 10 simulated minutes; ~35 s) and vpcsim run on the
# same system DATAPLANE_RUNS times (peers/simpy-dataplane/scenario-matched.yaml, PrivateLink
# resolution zonal as the model keeps each client on its own AZ's endpoint, one replication).
# A run of under a second is exposed to noise that a 35 s run averages out (a clock-speed
# change, another process's burst), so the ratio takes the median of vpcsim's runs, each
# timed to the microsecond, and the range is printed beside it. Prints both wall times, the
# ratio, and the per-pair p50/p99 comparison (compare-dataplane.py) of the first run; every
# run writes the same files.
if part dataplane && [ -x "$VPCSIM" ]; then
    dp="$bench/peers/simpy-dataplane"
    pin=()
    if command -v taskset >/dev/null 2>&1 && taskset -c 1 true 2>/dev/null; then pin=(taskset -c 1); fi
    say "simpy data-plane model: ${pin[*]} python model.py --seed 1 (once, ~50 s)"
    if /usr/bin/time -f '%e %M' -o "$out/simpy-dataplane.time" "${pin[@]}" "$py" "$dp/model.py" --seed 1 \
        --rtt-csv "$dp/aws_region_rtt.csv" --csv "$out/simpy-dataplane.csv" --json "$out/simpy-dataplane.json" \
        >"$out/simpy-dataplane.log" 2>&1; then
        read -r simpy_wall simpy_kib <"$out/simpy-dataplane.time"
        say "vpcsim run scenario-matched.yaml --set privatelink.dns=zonal --replications 1 --jobs 1 ($DATAPLANE_RUNS runs)"
        vdir=$(mktemp -d)
        walls=()
        vpcsim_kib=0
        for ((r = 1; r <= DATAPLANE_RUNS; r++)); do
            rm -rf "$vdir/out"
            t0=$EPOCHREALTIME
            /usr/bin/time -f '%M' -o "$vdir/time" "${pin[@]}" "$VPCSIM" run "$dp/scenario-matched.yaml" \
                --set privatelink.dns=zonal --replications 1 --jobs 1 --out "$vdir/out" \
                >"$out/vpcsim-dataplane-run.log" 2>&1 || { walls=(); break; }
            t1=$EPOCHREALTIME
            walls+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')")
            kib=$(tail -1 "$vdir/time")
            [ "$kib" -gt "$vpcsim_kib" ] && vpcsim_kib=$kib
            [ "$r" -eq 1 ] && cp "$vdir/out/latency.csv" "$out/vpcsim-dataplane-latency.csv"
        done
        if [ "${#walls[@]}" -gt 0 ]; then
            say "  vpcsim run wall times: ${walls[*]} s"
            read -r vpcsim_wall vpcsim_low vpcsim_high < <(printf '%s\n' "${walls[@]}" | sort -n \
                | awk '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
                                            printf "%.3f %.3f %.3f\n", m, v[1], v[NR] }')
            system_line "reference workload wall time" "vpcsim run (whole process) fastest of $DATAPLANE_RUNS" "$vpcsim_low" s
            system_line "reference workload wall time" "vpcsim run (whole process) slowest of $DATAPLANE_RUNS" "$vpcsim_high" s
            ratio=$(awk -v a="$simpy_wall" -v b="$vpcsim_wall" 'BEGIN { printf "%.1f", a / b }')
            system_line "reference workload wall time" "simpy model.py (whole process)" "$simpy_wall" s
            system_line "reference workload wall time" "vpcsim run (whole process) median of $DATAPLANE_RUNS" "$vpcsim_wall" s
            system_line "reference workload speed-up" "simpy / median vpcsim" "$ratio" x
            system_line "peak RSS" "simpy model.py" "$(awk -v k="$simpy_kib" 'BEGIN { printf "%.1f", k / 1024 }')" MiB
            system_line "peak RSS" "vpcsim run reference workload" "$(awk -v k="$vpcsim_kib" 'BEGIN { printf "%.1f", k / 1024 }')" MiB
            "$py" "$bench/compare-dataplane.py" "$out/simpy-dataplane.csv" "$out/vpcsim-dataplane-latency.csv" 1 \
                | tee "$out/dataplane-comparison.txt" >&2
        else
            say "  FAILED: vpcsim run (see $out/vpcsim-dataplane-run.log)"
        fi
        rm -rf "$vdir"
    else
        say "  FAILED: model.py (see $out/simpy-dataplane.log)"
    fi
fi

# --- table, CSV, chart -------------------------------------------------------------------
{
    echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "wall time: $((SECONDS - started)) s"
} >>"$out/machine.txt"
"$py" "$bench/tabulate.py" "$out" | tee "$out/table.txt"
nseries=$(grep -c '^"' "$out/ns_per_hold.dat" || true)
if [ "$nseries" -gt 0 ]; then
    gnuplot -e "datafile='$out/ns_per_hold.dat'; outbase='$out/ns_per_hold'; nseries=$nseries" "$bench/hold.gp"
    say "chart: $out/ns_per_hold.png, $out/ns_per_hold.svg"
fi
say "wrote $out/field.csv, $out/field-mmc.csv, $out/field-system.csv, $out/machine.txt; total $((SECONDS - started)) s"

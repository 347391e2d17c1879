// Hold model through the whole ns-3 engine (ns3::Simulator, Debian's libns3-dev 3.37).
//
//   ns3_hold SCHEDULER N M [WARMUP]
//     SCHEDULER  map | heap | calendar | priority-queue | list   (ns3::MapScheduler, ...)
//     N          events kept pending (the queue size)
//     M          timed holds
//     WARMUP     unmeasured holds before them (default N)
//
// Fills N events at exponential times, then runs the simulator: the handler of the earliest
// event schedules one new event at now + an exponential increment (mean 1 s, in integer
// nanoseconds, ns-3's default Time resolution; see hold_rng.h). The first WARMUP holds are
// a warm-up; the next M are timed with std::chrono::steady_clock (monotonic). Each event is an
// ordinary ns-3 event: Simulator::Schedule(delay, &Hold, id), so the measurement includes
// what any ns-3 model pays per event (EventImpl allocation, scheduler insert/remove, the run
// loop), besides the random draw.
//
// Prints one CSV line on stdout:  engine,variant,n,holds,ns_per_hold,holds_per_s
// and a checksum (so the work cannot be optimised away) on stderr.

#include "hold_rng.h"

#include <ns3/core-module.h>

#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

using namespace ns3;

namespace {

using Clock = std::chrono::steady_clock;

struct HoldState {
    holdbench::ExponentialTicks rng{holdbench::kSeed};
    std::uint64_t done = 0;
    std::uint64_t warmHolds = 0;
    std::uint64_t lastHold = 0;
    std::uint64_t checksum = 0;
    Clock::time_point start;
    Clock::time_point end;
};

HoldState* g_state = nullptr; // the handler is a free function; ns-3 events carry only id

void Hold(std::uint32_t id) {
    HoldState& s = *g_state;
    ++s.done;
    s.checksum += static_cast<std::uint64_t>(Simulator::Now().GetTimeStep()) ^ id;
    Simulator::Schedule(Time(s.rng()), &Hold, id);
    if (s.done == s.warmHolds) {
        s.start = Clock::now();
    } else if (s.done == s.lastHold) {
        s.end = Clock::now();
        Simulator::Stop();
    }
}

struct SchedulerName {
    const char* arg;
    const char* typeId;
    const char* variant;
};

constexpr SchedulerName kSchedulers[] = {
    {"map", "ns3::MapScheduler", "MapScheduler"},
    {"heap", "ns3::HeapScheduler", "HeapScheduler"},
    {"calendar", "ns3::CalendarScheduler", "CalendarScheduler"},
    {"priority-queue", "ns3::PriorityQueueScheduler", "PriorityQueueScheduler"},
    {"list", "ns3::ListScheduler", "ListScheduler"},
};

bool parseCount(const char* text, std::uint64_t& out) {
    char* end = nullptr;
    const double value = std::strtod(text, &end); // accepts 1e6 as well as 1000000
    if (end == text || *end != '\0' || !(value >= 1) || value > 4e9) return false;
    out = static_cast<std::uint64_t>(value);
    return true;
}

} // namespace

int main(int argc, char** argv) {
    const SchedulerName* scheduler = nullptr;
    std::uint64_t n = 0, m = 0, warm = 0;
    if (argc == 4 || argc == 5) {
        for (const auto& s : kSchedulers) {
            if (std::strcmp(argv[1], s.arg) == 0) scheduler = &s;
        }
    }
    if (scheduler == nullptr || !parseCount(argv[2], n) || !parseCount(argv[3], m) ||
        (argc == 5 && !parseCount(argv[4], warm))) {
        std::fprintf(stderr,
                     "usage: %s map|heap|calendar|priority-queue|list N M [WARMUP]\n"
                     "  N: pending events (>= 1), M: timed holds (>= 1), WARMUP: holds before (default N)\n",
                     argv[0]);
        return 2;
    }

    ObjectFactory factory;
    factory.SetTypeId(scheduler->typeId);
    Simulator::SetScheduler(factory);

    HoldState state;
    state.warmHolds = argc == 5 ? warm : n;
    state.lastHold = state.warmHolds + m;
    g_state = &state;

    for (std::uint64_t i = 0; i < n; ++i) {
        Simulator::Schedule(Time(state.rng()), &Hold, static_cast<std::uint32_t>(i));
    }
    Simulator::Run();

    const double seconds = std::chrono::duration<double>(state.end - state.start).count();
    const std::uint64_t timed = state.done - state.warmHolds;
    Simulator::Destroy();

    if (timed != m) {
        std::fprintf(stderr, "ns3_hold: ran %" PRIu64 " timed holds, expected %" PRIu64 "\n", timed, m);
        return 1;
    }
    std::fprintf(stderr, "ns3_hold %s n=%" PRIu64 " holds=%" PRIu64 " %.3f s checksum=%" PRIu64 "\n",
                 scheduler->variant, n, m, seconds, state.checksum);
    if (seconds < 0.5) {
        std::fprintf(stderr, "ns3_hold: warning: timed part took %.3f s (< 0.5 s); raise M\n", seconds);
    }
    std::printf("ns-3,%s,%" PRIu64 ",%" PRIu64 ",%.1f,%.0f\n", scheduler->variant, n, m,
                seconds * 1e9 / static_cast<double>(m), static_cast<double>(m) / seconds);
    return 0;
}

// The floor: a hold loop on a bare std::priority_queue (a binary heap in a std::vector), with
// no engine around it. What a plain binary heap reaches on this machine.
//
//   cpp_pq_hold N M [WARMUP]     (WARMUP: unmeasured holds first, default N)
//
// Built twice by run.sh: as is (variant "std::priority_queue", an if-chain comparator) and
// with -DCPP_PQ_TERNARY (variant "std::priority_queue(ternary-compare)"); see Later below.
//
// Entries are (time, sequence, id) structs, ordered by time then insertion sequence, as
// vpcsim orders events (integer nanoseconds, ties by insertion order). Fills N entries at
// exponential times, then each hold pops the earliest entry and pushes one at its time + an
// exponential increment (mean 1 s in integer nanoseconds; see hold_rng.h). The first WARMUP
// holds are a warm-up; the next M are timed with std::chrono::steady_clock.
//
// Prints one CSV line on stdout:  engine,variant,n,holds,ns_per_hold,holds_per_s
// and a checksum (so the work cannot be optimised away) on stderr.

#include "hold_rng.h"

#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <queue>
#include <vector>

namespace {

struct Entry {
    std::int64_t time;
    std::uint64_t sequence;
    std::uint32_t id;
};

/// std::priority_queue keeps the greatest on top, so "greater" puts the earliest there.
///
/// Two spellings of the same order, chosen at compile time, because g++ -O2 turns them into
/// different code: the if-chain (the form of ns-3's EventKey::operator<) stays branchy, the
/// ternary becomes conditional moves. At N = 1e6 the heap is memory-bound and the branchy
/// form is about twice as fast (speculation starts the next level's loads early); at
/// N = 1e3 the branch-free form is ~20 % faster. run.sh builds and measures both.
struct Later {
    bool operator()(const Entry& a, const Entry& b) const {
#if defined(CPP_PQ_TERNARY)
        return a.time != b.time ? a.time > b.time : a.sequence > b.sequence;
#else
        if (a.time > b.time) return true;
        if (a.time == b.time && a.sequence > b.sequence) return true;
        return false;
#endif
    }
};

#if defined(CPP_PQ_TERNARY)
constexpr const char* kVariant = "std::priority_queue(ternary-compare)";
#else
constexpr const char* kVariant = "std::priority_queue";
#endif

using Queue = std::priority_queue<Entry, std::vector<Entry>, Later>;

struct Holder {
    Queue queue;
    holdbench::ExponentialTicks rng{holdbench::kSeed};
    std::uint64_t sequence = 0;
    std::uint64_t checksum = 0;

    void hold() {
        const Entry e = queue.top();
        queue.pop();
        checksum += static_cast<std::uint64_t>(e.time) ^ e.id;
        queue.push(Entry{e.time + rng(), sequence++, e.id});
    }
};

bool parseCount(const char* text, std::uint64_t& out) {
    char* end = nullptr;
    const double value = std::strtod(text, &end);
    if (end == text || *end != '\0' || !(value >= 1) || value > 4e9) return false;
    out = static_cast<std::uint64_t>(value);
    return true;
}

} // namespace

int main(int argc, char** argv) {
    std::uint64_t n = 0, m = 0, warm = 0;
    if ((argc != 3 && argc != 4) || !parseCount(argv[1], n) || !parseCount(argv[2], m) ||
        (argc == 4 && !parseCount(argv[3], warm))) {
        std::fprintf(stderr,
                     "usage: %s N M [WARMUP]\n"
                     "  N: pending entries (>= 1), M: timed holds (>= 1), WARMUP: holds before (default N)\n",
                     argv[0]);
        return 2;
    }
    if (argc == 3) warm = n;

    Holder h;
    std::vector<Entry> initial;
    initial.reserve(n);
    for (std::uint64_t i = 0; i < n; ++i) {
        initial.push_back(Entry{h.rng(), h.sequence++, static_cast<std::uint32_t>(i)});
    }
    for (const Entry& e : initial) h.queue.push(e);

    for (std::uint64_t i = 0; i < warm; ++i) h.hold(); // warm-up

    const auto start = std::chrono::steady_clock::now();
    for (std::uint64_t i = 0; i < m; ++i) h.hold();
    const auto end = std::chrono::steady_clock::now();
    const double seconds = std::chrono::duration<double>(end - start).count();

    std::fprintf(stderr, "cpp_pq_hold %s n=%" PRIu64 " holds=%" PRIu64 " %.3f s checksum=%" PRIu64 "\n", kVariant, n,
                 m, seconds, h.checksum + h.queue.top().sequence);
    if (seconds < 0.5) {
        std::fprintf(stderr, "cpp_pq_hold: warning: timed part took %.3f s (< 0.5 s); raise M\n", seconds);
    }
    std::printf("c++,%s,%" PRIu64 ",%" PRIu64 ",%.1f,%.0f\n", kVariant, n, m,
                seconds * 1e9 / static_cast<double>(m), static_cast<double>(m) / seconds);
    return 0;
}

// The random increments shared by the two C++ hold programs (ns3_hold.cc, cpp_pq_hold.cc),
// so that the difference between them is the engine and not the generator.
//
// Generator: std::mt19937_64 with a fixed seed. Increment: exponential with mean 1 s, drawn
// as -log(u) with u uniform on (0, 1], and rounded down to integer nanoseconds (the tick of
// ns-3's default Time resolution, and of vpcsim's SimTime). With a mean of 1e9 ticks, equal
// times are rare, so ties barely enter the measurement.
#pragma once

#include <cmath>
#include <cstdint>
#include <random>

namespace holdbench {

/// Mean increment of the hold model, in nanosecond ticks (1 s).
constexpr double kMeanIncrementTicks = 1e9;

/// Fixed seed of every C++ hold run.
constexpr std::uint64_t kSeed = 20240601;

/// Draws exponential increments in integer nanoseconds.
class ExponentialTicks {
  public:
    explicit ExponentialTicks(std::uint64_t seed) : engine_(seed) {}

    std::int64_t operator()() {
        // 53 random bits -> u in (0, 1]; -log(u) is then finite.
        const double u = (static_cast<double>(engine_() >> 11) + 1.0) * 0x1.0p-53;
        return static_cast<std::int64_t>(-std::log(u) * kMeanIncrementTicks);
    }

  private:
    std::mt19937_64 engine_;
};

} // namespace holdbench

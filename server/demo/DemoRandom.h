#pragma once

#include <QtGlobal>

#include <cstdint>

namespace ov::server {

// SplitMix64: a tiny generator whose output is the same on every platform and standard
// library (std:: distributions are not), so demo data is identical everywhere.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed)
        : m_state(seed)
    {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1).
    double real() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    // Uniform in [low, high].
    int between(int low, int high) { return low + int(next() % std::uint64_t(high - low + 1)); }
    double between(double low, double high) { return low + (high - low) * real(); }
    bool chance(double p) { return real() < p; }

private:
    std::uint64_t m_state;
};

} // namespace ov::server

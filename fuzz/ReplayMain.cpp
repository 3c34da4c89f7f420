// The driver for builds without libFuzzer (GCC; the `fuzz` ctest label): runs every file of a
// seed corpus through the target, then random mutations of them (flip, insert, erase, repeat,
// splice, interesting bytes) for a bounded time from a fixed seed, so a run is repeatable.
// Coverage-guided fuzzing is scripts/fuzz (clang, libFuzzer); this keeps each target working
// and finds shallow bugs in every test run, under the sanitizers too.
//   fuzz_<name> <corpus-dir> [seconds] [seed]

#include "FuzzTarget.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

namespace {

using Bytes = std::vector<std::uint8_t>;

Bytes readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void mutate(Bytes &b, const std::vector<Bytes> &corpus, std::mt19937_64 &rng)
{
    static const std::uint8_t interesting[] = {0,   1,   0x7f, 0x80, 0xff, '"', '\\', '{', '}',
                                               '[', ']', ':',  ',',  '-',  '0', '9',  'e', '%',
                                               '&', '=', '\n', '\r', ' ',  'n', 't',  'f'};
    auto pick = [&rng](std::size_t n) {
        return n == 0 ? 0 : std::size_t(rng() % n);
    };
    const int steps = 1 + int(rng() % 4);
    for (int i = 0; i < steps; ++i) {
        switch (rng() % 6) {
        case 0: // flip a bit
            if (!b.empty())
                b[pick(b.size())] ^= std::uint8_t(1u << (rng() % 8));
            break;
        case 1: // insert an interesting byte
            b.insert(b.begin() + std::ptrdiff_t(pick(b.size() + 1)),
                     interesting[pick(sizeof interesting)]);
            break;
        case 2: // erase a run
            if (!b.empty()) {
                const std::size_t at = pick(b.size());
                const std::size_t n = std::min(b.size() - at, 1 + pick(16));
                b.erase(b.begin() + std::ptrdiff_t(at), b.begin() + std::ptrdiff_t(at + n));
            }
            break;
        case 3: // repeat a run (deep nesting, long strings)
            if (!b.empty() && b.size() < 1 << 20) {
                const std::size_t at = pick(b.size());
                const std::size_t n = std::min(b.size() - at, 1 + pick(8));
                const Bytes run(b.begin() + std::ptrdiff_t(at), b.begin() + std::ptrdiff_t(at + n));
                for (std::size_t k = 0, times = 1 + pick(64); k < times; ++k)
                    b.insert(b.begin() + std::ptrdiff_t(at), run.begin(), run.end());
            }
            break;
        case 4: // splice with another seed
            if (!corpus.empty()) {
                const Bytes &other = corpus[pick(corpus.size())];
                const std::size_t keep = pick(b.size() + 1);
                const std::size_t from = pick(other.size() + 1);
                b.resize(keep);
                b.insert(b.end(), other.begin() + std::ptrdiff_t(from), other.end());
            }
            break;
        default: // overwrite with a random byte
            if (!b.empty())
                b[pick(b.size())] = std::uint8_t(rng());
            break;
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s <corpus-dir> [seconds] [seed]\n", argv[0]);
        return 2;
    }
    const double seconds = argc > 2 ? std::atof(argv[2]) : 5.0;
    const unsigned long long seed = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 20261203ull;
    std::vector<Bytes> corpus;
    std::vector<std::filesystem::path> files;
    for (const auto &entry : std::filesystem::directory_iterator(argv[1]))
        if (entry.is_regular_file())
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto &file : files)
        corpus.push_back(readFile(file));
    if (corpus.empty()) {
        std::fprintf(stderr, "%s: no seeds in %s\n", argv[0], argv[1]);
        return 2;
    }
    for (const Bytes &b : corpus)
        LLVMFuzzerTestOneInput(b.data(), b.size());
    LLVMFuzzerTestOneInput(nullptr, 0);

    std::mt19937_64 rng(seed);
    const auto end = std::chrono::steady_clock::now() +
                     std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                         std::chrono::duration<double>(seconds));
    unsigned long long runs = corpus.size() + 1;
    while (std::chrono::steady_clock::now() < end) {
        for (int i = 0; i < 64; ++i, ++runs) {
            Bytes b = corpus[std::size_t(rng() % corpus.size())];
            mutate(b, corpus, rng);
            LLVMFuzzerTestOneInput(b.data(), b.size());
        }
    }
    std::printf("%s: %zu seeds, %llu runs in %.1f s, seed %llu: no failure\n", argv[0],
                corpus.size(), runs, seconds, seed);
    return 0;
}

#include "Lttb.h"

#include <algorithm>
#include <cmath>

namespace ov {

std::vector<QPointF> Lttb::downsample(const float *y, std::size_t n, double x0, double dx,
                                      std::size_t threshold)
{
    std::vector<QPointF> out;
    if (n == 0)
        return out;
    if (threshold >= n || threshold < 3) {
        out.reserve(n);
        for (std::size_t i = 0; i < n; ++i)
            out.emplace_back(x0 + double(i) * dx, double(y[i]));
        return out;
    }
    out.reserve(threshold);
    const double every = double(n - 2) / double(threshold - 2);
    std::size_t a = 0; // the point chosen in the previous bucket
    out.emplace_back(x0, double(y[0]));
    for (std::size_t bucket = 0; bucket < threshold - 2; ++bucket) {
        // The next bucket's mean (the last point for the last bucket).
        std::size_t nextStart = std::size_t(std::floor(double(bucket + 1) * every)) + 1;
        std::size_t nextEnd = std::min(std::size_t(std::floor(double(bucket + 2) * every)) + 1, n);
        if (nextStart >= nextEnd) {
            nextStart = n - 1;
            nextEnd = n;
        }
        double meanX = 0;
        double meanY = 0;
        for (std::size_t i = nextStart; i < nextEnd; ++i) {
            meanX += double(i);
            meanY += double(y[i]);
        }
        meanX /= double(nextEnd - nextStart);
        meanY /= double(nextEnd - nextStart);
        // This bucket: the point with the largest triangle (a, point, next mean).
        const std::size_t start = std::size_t(std::floor(double(bucket) * every)) + 1;
        const std::size_t end =
            std::min(std::size_t(std::floor(double(bucket + 1) * every)) + 1, n - 1);
        const double ax = double(a);
        const double ay = double(y[a]);
        double best = -1;
        std::size_t chosen = start;
        for (std::size_t i = start; i < end; ++i) {
            const double area =
                std::abs((ax - meanX) * (double(y[i]) - ay) - (ax - double(i)) * (meanY - ay));
            if (area > best) {
                best = area;
                chosen = i;
            }
        }
        out.emplace_back(x0 + double(chosen) * dx, double(y[chosen]));
        a = chosen;
    }
    out.emplace_back(x0 + double(n - 1) * dx, double(y[n - 1]));
    return out;
}

} // namespace ov

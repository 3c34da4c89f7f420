#pragma once

#include <QPointF>

#include <cstddef>
#include <vector>

namespace ov {

// Largest-Triangle-Three-Buckets (Steinarsson, 2013): picks `threshold` of `n` evenly spaced
// values that keep the line's shape — the first and the last, and in each bucket between the
// one making the largest triangle with the point chosen before and the next bucket's mean — in
// one pass, O(n). A single spike survives, because the triangle it makes is the largest of its
// bucket. Fewer values than the threshold (or a threshold under 3) come back whole.
class Lttb
{
public:
    // Values y[0..n) at x = x0 + i·dx.
    static std::vector<QPointF> downsample(const float *y, std::size_t n, double x0, double dx,
                                           std::size_t threshold);
};

} // namespace ov

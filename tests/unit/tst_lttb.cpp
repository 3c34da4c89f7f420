// Unit: LTTB keeps the first and last points, returns exactly the threshold, keeps a single
// spike, handles fewer points than the threshold, and keeps the points in order.

#include "consumption/Lttb.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace ov;

class TestLttb : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheEndsAndReturnsExactlyTheThreshold_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("threshold");
        QTest::newRow("3 years of quarter-hours") << 105120 << 1200;
        QTest::newRow("just over") << 101 << 100;
        QTest::newRow("three") << 1000 << 3;
        QTest::newRow("uneven buckets") << 1237 << 17;
    }
    void keepsTheEndsAndReturnsExactlyTheThreshold()
    {
        QFETCH(int, n);
        QFETCH(int, threshold);
        std::vector<float> y(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i)
            y[size_t(i)] = float(std::sin(i / 50.0) + 0.1 * std::cos(i / 3.0));
        const auto out = Lttb::downsample(y.data(), y.size(), 1000, 900, size_t(threshold));
        QCOMPARE(int(out.size()), threshold);
        QCOMPARE(out.front(), QPointF(1000, double(y.front())));
        QCOMPARE(out.back(), QPointF(1000 + 900.0 * (n - 1), double(y.back())));
        for (size_t i = 1; i < out.size(); ++i)
            QVERIFY(out[i].x() > out[i - 1].x()); // in order, no point twice
        for (const QPointF &p : out) {            // every point is one of the input's
            const double index = (p.x() - 1000) / 900;
            QCOMPARE(index, std::round(index));
            QCOMPARE(p.y(), double(y[size_t(index)]));
        }
    }

    void keepsASingleSpike()
    {
        std::vector<float> y(10000, 1.0f);
        for (size_t i = 0; i < y.size(); ++i)
            y[i] = 1.0f + 0.01f * float(i % 7);
        y[6543] = 50.0f;
        const auto out = Lttb::downsample(y.data(), y.size(), 0, 1, 100);
        QCOMPARE(out.size(), size_t(100));
        bool found = false;
        for (const QPointF &p : out)
            found = found || (p.x() == 6543 && p.y() == 50.0);
        QVERIFY(found);
        // A dip too.
        y[6543] = 1.0f;
        y[1234] = -30.0f;
        const auto dip = Lttb::downsample(y.data(), y.size(), 0, 1, 100);
        QVERIFY(
            std::any_of(dip.cbegin(), dip.cend(), [](const QPointF &p) { return p.y() == -30.0; }));
    }

    void fewerPointsThanTheThresholdComeBackWhole()
    {
        const std::vector<float> y{3, 1, 4, 1, 5};
        auto out = Lttb::downsample(y.data(), y.size(), 10, 2, 100);
        QCOMPARE(out.size(), size_t(5));
        QCOMPARE(out[2], QPointF(14, 4));
        out = Lttb::downsample(y.data(), y.size(), 10, 2, 5); // exactly the threshold
        QCOMPARE(out.size(), size_t(5));
        out = Lttb::downsample(y.data(), y.size(), 10, 2, 2); // a threshold under 3
        QCOMPARE(out.size(), size_t(5));
        QVERIFY(Lttb::downsample(y.data(), 0, 0, 1, 10).empty());
        const std::vector<float> one{7};
        QCOMPARE(Lttb::downsample(one.data(), 1, 5, 1, 10).front(), QPointF(5, 7));
    }
};

QTEST_GUILESS_MAIN(TestLttb)
#include "tst_lttb.moc"

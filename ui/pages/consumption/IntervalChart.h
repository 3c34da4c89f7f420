#pragma once

#include "consumption/IntervalStore.h"

#include <QLocale>
#include <QPoint>
#include <QPolygonF>
#include <QTimeZone>
#include <QWidget>

#include <memory>
#include <optional>

namespace ov {

// The smart-meter line chart: quarter-hours, hours or days — the resolution follows the zoom —
// drawn from a downsampled series (LTTB to about one point per pixel) recomputed for the
// visible range, so three years of quarter-hours stay smooth. Zoom with the mouse wheel (about
// the cursor), a rubber band (Shift+drag) or + and −; pan by dragging or with the arrow keys;
// Home (or 0) shows everything.
class IntervalChart : public QWidget
{
    Q_OBJECT

public:
    enum class Level
    {
        Quarter,
        Hour,
        Day
    };

    explicit IntervalChart(QWidget *parent = nullptr);

    void setLevels(std::shared_ptr<const IntervalStore::Levels> levels, const QString &unit,
                   const QLocale &locale, const QTimeZone &zone);
    bool hasData() const;
    // The visible range, seconds since the epoch; clamped to the data, at least an hour.
    void setRange(qint64 from, qint64 to);
    void showAll();
    void showLast(qint64 seconds); // the last `seconds` of the data (day, week, month, year)
    void zoom(double factor, double anchor = 0.5); // factor > 1 zooms in; anchor in [0, 1]
    void pan(double fraction);                     // of the visible span; > 0 moves later
    qint64 rangeStart() const { return m_from; }
    qint64 rangeEnd() const { return m_to; }
    qint64 dataStart() const;
    qint64 dataEnd() const;
    Level level() const { return m_level; }
    int drawnPoints() const { return int(m_points.size()); }
    // Off: every point of the chosen level is drawn (the benchmark's baseline).
    void setDownsampling(bool on);
    // Draws this level whatever the zoom (benchmarks: every quarter-hour); nullopt: by zoom.
    void setForcedLevel(std::optional<Level> level);

    QSize sizeHint() const override { return {640, 320}; }
    QSize minimumSizeHint() const override { return {240, 160}; }

signals:
    void rangeChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QRect plotRect() const;
    const IntervalSeries *series(Level level) const;
    void rebuild();

    std::shared_ptr<const IntervalStore::Levels> m_levels;
    QString m_unit;
    QLocale m_locale;
    QTimeZone m_zone;
    qint64 m_from = 0;
    qint64 m_to = 0;
    Level m_level = Level::Day;
    bool m_downsample = true;
    std::optional<Level> m_forcedLevel;
    QPolygonF m_points; // (seconds since epoch, value) of what is drawn
    double m_top = 1;   // the value axis' top
    QPoint m_press;     // where a drag began
    QPoint m_last;
    bool m_dragging = false;
    bool m_rubberBand = false;
};

} // namespace ov

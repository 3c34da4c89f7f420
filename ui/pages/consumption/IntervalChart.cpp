#include "IntervalChart.h"

#include "consumption/Lttb.h"
#include "invoices/BillExplanationText.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace ov {

namespace {
constexpr qint64 kMinSpan = 3600;
constexpr int kLeft = 64;
constexpr int kBottom = 30;
constexpr int kTop = 24;
constexpr int kRight = 12;

double niceTop(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (step * magnitude >= value)
            return step * magnitude;
    return 10 * magnitude;
}
} // namespace

IntervalChart::IntervalChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("intervalChart"));
    setAccessibleName(tr("Smart-meter consumption over time"));
    setAccessibleDescription(
        tr("Plus and minus zoom, the arrow keys move in time, Home shows everything."));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(false);
}

void IntervalChart::setLevels(std::shared_ptr<const IntervalStore::Levels> levels,
                              const QString &unit, const QLocale &locale, const QTimeZone &zone)
{
    m_zone = zone;
    const bool first = !hasData();
    m_levels = std::move(levels);
    m_unit = unit;
    m_locale = locale;
    if (first || m_to <= m_from)
        showAll();
    else
        setRange(m_from, m_to); // the same view over the new data
}

bool IntervalChart::hasData() const
{
    return m_levels && !m_levels->quarters.isEmpty();
}

qint64 IntervalChart::dataStart() const
{
    return hasData() ? m_levels->quarters.startSecs() : 0;
}

qint64 IntervalChart::dataEnd() const
{
    return hasData() ? m_levels->quarters.end().toSecsSinceEpoch() : 0;
}

void IntervalChart::setDownsampling(bool on)
{
    m_downsample = on;
    rebuild();
}

void IntervalChart::setForcedLevel(std::optional<Level> level)
{
    m_forcedLevel = level;
    rebuild();
}

void IntervalChart::setRange(qint64 from, qint64 to)
{
    if (!hasData()) {
        m_from = m_to = 0;
        rebuild();
        return;
    }
    const qint64 first = dataStart();
    const qint64 last = dataEnd();
    qint64 span = std::clamp<qint64>(to - from, kMinSpan, last - first);
    from = std::clamp<qint64>(from, first, last - span);
    m_from = from;
    m_to = from + span;
    rebuild();
    emit rangeChanged();
}

void IntervalChart::showAll()
{
    setRange(dataStart(), dataEnd());
}

void IntervalChart::showLast(qint64 seconds)
{
    setRange(dataEnd() - seconds, dataEnd());
}

void IntervalChart::zoom(double factor, double anchor)
{
    if (!hasData() || factor <= 0)
        return;
    const double span = double(m_to - m_from);
    const double newSpan = span / factor;
    const double at = double(m_from) + std::clamp(anchor, 0.0, 1.0) * span;
    const double from = at - std::clamp(anchor, 0.0, 1.0) * newSpan;
    setRange(qint64(std::llround(from)), qint64(std::llround(from + newSpan)));
}

void IntervalChart::pan(double fraction)
{
    const qint64 shift = qint64(std::llround(double(m_to - m_from) * fraction));
    setRange(m_from + shift, m_to + shift);
}

const IntervalSeries *IntervalChart::series(Level level) const
{
    if (!m_levels)
        return nullptr;
    switch (level) {
    case Level::Quarter:
        return &m_levels->quarters;
    case Level::Hour:
        return &m_levels->hours;
    case Level::Day:
        return &m_levels->days;
    }
    return nullptr;
}

QRect IntervalChart::plotRect() const
{
    return rect().adjusted(kLeft, kTop, -kRight, -kBottom);
}

// The level for the span (about a day a pixel at most, a quarter-hour at least), the visible
// slice of it, and that slice downsampled to about one point per pixel.
void IntervalChart::rebuild()
{
    m_points.clear();
    m_top = 1;
    if (hasData()) {
        const qint64 span = m_to - m_from;
        m_level = m_forcedLevel        ? *m_forcedLevel
                  : span <= 4 * 86400  ? Level::Quarter
                  : span <= 62 * 86400 ? Level::Hour
                                       : Level::Day;
        const IntervalSeries *s = series(m_level);
        if (s->isEmpty())
            s = &m_levels->quarters;
        const qint64 step = s->stepSeconds;
        const qint64 start = s->startSecs();
        const qint64 n = qint64(s->values.size());
        // One point either side, so the line reaches the edges.
        const qint64 first = std::clamp<qint64>((m_from - start) / step - 1, 0, n);
        const qint64 last = std::clamp<qint64>((m_to - start) / step + 2, first, n);
        const size_t count = size_t(last - first);
        const size_t threshold = m_downsample ? size_t(std::max(3, plotRect().width())) : count;
        const std::vector<QPointF> points = Lttb::downsample(
            s->values.data() + first, count, double(start + first * step), double(step), threshold);
        m_points.reserve(qsizetype(points.size()));
        double top = 0;
        for (const QPointF &p : points) {
            m_points.append(p);
            if (p.x() >= double(m_from) && p.x() <= double(m_to))
                top = std::max(top, p.y());
        }
        m_top = niceTop(top * 1.05);
    }
    update();
}

void IntervalChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    rebuild();
}

void IntervalChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette &pal = palette();
    p.fillRect(rect(), pal.base());
    const QRect plot = plotRect();
    if (!hasData() || plot.width() <= 0 || plot.height() <= 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No smart-meter data yet."));
        return;
    }
    const double span = double(std::max<qint64>(m_to - m_from, 1));
    auto xOf = [&](double t) {
        return plot.left() + (t - double(m_from)) / span * plot.width();
    };
    auto yOf = [&](double v) {
        return plot.bottom() - v / m_top * plot.height();
    };

    // The value axis: five lines, labelled.
    QColor grid = pal.color(QPalette::Text);
    grid.setAlpha(40);
    p.setFont(font());
    for (int i = 0; i <= 4; ++i) {
        const double v = m_top * i / 4;
        const int y = int(std::lround(yOf(v)));
        p.setPen(grid);
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(0, y - 10, kLeft - 6, 20), Qt::AlignRight | Qt::AlignVCenter,
                   m_locale.toString(v, 'f', m_top < 10 ? 2 : 0));
    }
    p.drawText(QRect(0, 2, kLeft - 6, kTop - 12), Qt::AlignRight | Qt::AlignVCenter,
               BillExplanationText::unitName(m_unit));
    // The time axis: six labels in the format the span calls for.
    const qint64 s = m_to - m_from;
    const QString format = s <= 2 * 86400    ? QStringLiteral("HH:mm")
                           : s <= 62 * 86400 ? QStringLiteral("d MMM")
                                             : QStringLiteral("MMM yy");
    for (int i = 0; i <= 5; ++i) {
        const qint64 t = m_from + s * i / 5;
        const int x = int(std::lround(xOf(double(t))));
        p.setPen(grid);
        p.drawLine(x, plot.top(), x, plot.bottom());
        p.setPen(pal.color(QPalette::Text));
        const QString label = m_locale.toString(
            QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toTimeZone(m_zone), format);
        p.drawText(QRect(x - 50, plot.bottom() + 4, 100, kBottom - 4),
                   Qt::AlignHCenter | Qt::AlignTop, label);
    }

    // The line.
    p.setClipRect(plot);
    p.setRenderHint(QPainter::Antialiasing);
    // A cosmetic pen of one pixel: the raster engine draws it with its fast line rasterizer;
    // a wider pen is stroked into a path first, which costs seconds on a jagged line.
    QPolygonF line;
    line.reserve(m_points.size());
    for (const QPointF &pt : std::as_const(m_points))
        line.append(QPointF(xOf(pt.x()), yOf(pt.y())));
    QPen pen(QColor(0x25, 0x63, 0xeb));
    pen.setWidthF(1.0);
    pen.setCosmetic(true);
    p.setPen(pen);
    p.drawPolyline(line);
    if (m_rubberBand) {
        QColor band = pal.color(QPalette::Highlight);
        band.setAlpha(60);
        p.fillRect(
            QRect(QPoint(m_press.x(), plot.top()), QPoint(m_last.x(), plot.bottom())).normalized(),
            band);
    }
    if (hasFocus()) {
        p.setClipping(false);
        p.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void IntervalChart::wheelEvent(QWheelEvent *event)
{
    const QRect plot = plotRect();
    const double anchor =
        plot.width() > 0 ? (event->position().x() - plot.left()) / double(plot.width()) : 0.5;
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoom(std::pow(1.25, steps), anchor);
    event->accept();
}

void IntervalChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_press = m_last = event->position().toPoint();
    m_rubberBand = event->modifiers() & Qt::ShiftModifier;
    m_dragging = !m_rubberBand;
    setFocus(Qt::MouseFocusReason);
}

void IntervalChart::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint at = event->position().toPoint();
    if (m_dragging && plotRect().width() > 0) {
        pan(-double(at.x() - m_last.x()) / plotRect().width());
    } else if (m_rubberBand) {
        update();
    }
    m_last = at;
}

void IntervalChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_rubberBand) {
        m_rubberBand = false;
        const QRect plot = plotRect();
        const int a = std::min(m_press.x(), event->position().toPoint().x());
        const int b = std::max(m_press.x(), event->position().toPoint().x());
        if (b - a >= 4 && plot.width() > 0) {
            const double span = double(m_to - m_from);
            const qint64 from = m_from + qint64(span * (a - plot.left()) / plot.width());
            const qint64 to = m_from + qint64(span * (b - plot.left()) / plot.width());
            setRange(from, to);
        }
        update();
    }
    m_dragging = false;
}

void IntervalChart::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        return zoom(1.5);
    case Qt::Key_Minus:
        return zoom(1 / 1.5);
    case Qt::Key_Left:
        return pan(-0.1);
    case Qt::Key_Right:
        return pan(0.1);
    case Qt::Key_Home:
    case Qt::Key_0:
        return showAll();
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace ov

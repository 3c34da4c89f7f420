#include "SampleBillWidget.h"

#include <QFile>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>

namespace ov {

SampleBillWidget::SampleBillWidget(QWidget *parent)
    : QWidget(parent)
    , m_renderer(new QSvgRenderer(this))
{
    setObjectName(QStringLiteral("sampleBillWidget"));
    setAccessibleName(tr("Sample bill"));
    setMinimumSize(300, 200);
}

bool SampleBillWidget::load(const QString &utilityId)
{
    const QString path = QStringLiteral(":/ov/bills/%1.svg").arg(utilityId);
    const bool ok = QFile::exists(path) && m_renderer->load(path);
    setVisible(ok);
    update();
    return ok;
}

void SampleBillWidget::setHighlight(const QString &element)
{
    m_highlight = element;
    setAccessibleDescription(
        element == QLatin1StringView("reference") ? tr("The bill reference is marked with 1.")
        : element == QLatin1StringView("meter")   ? tr("The meter number is marked with 2.")
                                                  : QString());
    update();
}

QSize SampleBillWidget::sizeHint() const
{
    return QSize(420, 280);
}

void SampleBillWidget::paintEvent(QPaintEvent *)
{
    if (!m_renderer->isValid())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QSizeF size = m_renderer->viewBoxF().size();
    size.scale(QSizeF(width(), height()), Qt::KeepAspectRatio);
    const QRectF target(QPointF((width() - size.width()) / 2, (height() - size.height()) / 2),
                        size);
    m_renderer->render(&painter, target);
    if (m_highlight.isEmpty() || !m_renderer->elementExists(m_highlight))
        return;
    // Element bounds are in viewBox units; map them onto the drawn picture.
    const QRectF box = m_renderer->viewBoxF();
    const QRectF element = m_renderer->transformForElement(m_highlight)
                               .mapRect(m_renderer->boundsOnElement(m_highlight));
    const qreal sx = target.width() / box.width();
    const qreal sy = target.height() / box.height();
    const QRectF spot(target.left() + (element.left() - box.left()) * sx - 4,
                      target.top() + (element.top() - box.top()) * sy - 4, element.width() * sx + 8,
                      element.height() * sy + 8);
    QPainterPath dim;
    dim.addRect(target);
    QPainterPath hole;
    hole.addRoundedRect(spot, 6, 6);
    painter.fillPath(dim.subtracted(hole), QColor(0, 0, 0, 110));
}

} // namespace ov

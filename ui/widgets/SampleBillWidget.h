#pragma once

#include <QString>
#include <QWidget>

class QSvgRenderer;

namespace ov {

// A picture of the utility's bill that shows where to find what the form asks for: the part
// named by setHighlight() ("reference", "meter") stays bright, the rest dims.
class SampleBillWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SampleBillWidget(QWidget *parent = nullptr);

    // False (and nothing to show) when there is no picture for this utility.
    bool load(const QString &utilityId);
    void setHighlight(const QString &element);
    QString highlight() const { return m_highlight; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QSvgRenderer *m_renderer;
    QString m_highlight;
};

} // namespace ov

#pragma once

#include <QDateTime>
#include <QFrame>
#include <QLocale>

class QLabel;
class QPushButton;

namespace ov {

// "You are offline — showing what was saved on …", with a button to try again.
class OfflineBanner : public QFrame
{
    Q_OBJECT

public:
    explicit OfflineBanner(QWidget *parent = nullptr);
    void setLastUpdated(const QDateTime &when, const QLocale &locale);

signals:
    void retryRequested();

private:
    QLabel *m_text;
    QPushButton *m_retry;
};

} // namespace ov

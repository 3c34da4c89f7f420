#include "IntervalView.h"

#include "IntervalChart.h"

#include "AppController.h"
#include "consumption/IntervalStore.h"
#include "pages/SignInPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace ov {

IntervalView::IntervalView(AppController *app, QWidget *parent)
    : QWidget(parent)
    , m_app(app)
    , m_store(new IntervalStore(app, this))
    , m_chart(new IntervalChart(this))
{
    setObjectName(QStringLiteral("intervalView"));
    auto *presets = new QHBoxLayout;
    const struct
    {
        const char *name;
        QString text;
        QString accessible;
        qint64 seconds; // 0: everything
    } ranges[] = {
        {"intervalDayButton", tr("&Day"), tr("Show the last day"), 86400},
        {"intervalWeekButton", tr("&Week"), tr("Show the last week"), 7 * 86400},
        {"intervalMonthButton", tr("&Month"), tr("Show the last month"), 31 * 86400},
        {"intervalYearButton", tr("&Year"), tr("Show the last year"), 366 * 86400},
        {"intervalAllButton", tr("&All"), tr("Show all three years"), 0},
    };
    for (const auto &r : ranges) {
        auto *button = new QPushButton(r.text, this);
        button->setObjectName(QString::fromLatin1(r.name));
        button->setAccessibleName(r.accessible);
        const qint64 seconds = r.seconds;
        connect(button, &QPushButton::clicked, this, [this, seconds] {
            if (seconds == 0)
                m_chart->showAll();
            else
                m_chart->showLast(seconds);
        });
        presets->addWidget(button);
    }
    presets->addStretch();
    m_range = new QLabel(this);
    m_range->setObjectName(QStringLiteral("intervalRangeLabel"));
    presets->addWidget(m_range);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("intervalStatusLabel"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("intervalProgressBar"));
    m_progress->setAccessibleName(tr("Smart-meter data being downloaded"));
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("intervalCancelButton"));
    m_cancel->setAccessibleName(tr("Stop downloading the smart-meter data"));
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(presets);
    layout->addWidget(m_chart, 1);
    layout->addLayout(statusRow);

    connect(m_cancel, &QPushButton::clicked, m_store, &IntervalStore::cancel);
    connect(m_chart, &IntervalChart::rangeChanged, this, &IntervalView::describeRange);
    connect(m_store, &IntervalStore::levelsReady, this, [this] {
        const auto &config = m_app->config();
        m_chart->setLevels(m_store->levels(), config ? config->unit : QString(),
                           m_app->displayLocale(),
                           QTimeZone(config ? config->timeZone.toUtf8() : QByteArray()));
        describeRange();
    });
    connect(m_store, &IntervalStore::progress, this, [this](int done, int total) {
        m_progress->setMaximum(std::max(total, 1));
        m_progress->setValue(done);
        m_progress->setVisible(done < total);
        m_cancel->setVisible(done < total);
        if (done < total)
            m_status->setText(
                tr("Downloading the smart-meter data: %1 of %2 months…").arg(done).arg(total));
    });
    connect(m_store, &IntervalStore::finished, this, [this](bool ok, const ApiError &error) {
        m_progress->hide();
        m_cancel->hide();
        if (ok)
            m_status->clear();
        else if (error.kind == ApiError::Kind::Cancelled)
            m_status->setText(tr("Stopped. What was downloaded is shown."));
        else
            m_status->setText(tr("Some smart-meter data could not be downloaded: %1")
                                  .arg(SignInPage::messageFor(error, QString())));
    });
}

void IntervalView::showContract(const QString &contractId)
{
    if (contractId == m_store->contractId() && m_store->levels())
        return;
    m_store->load(contractId);
}

void IntervalView::describeRange()
{
    if (!m_chart->hasData()) {
        m_range->clear();
        return;
    }
    const QLocale locale = m_app->displayLocale();
    const auto &config = m_app->config();
    const QTimeZone zone(config ? config->timeZone.toUtf8() : QByteArray());
    auto at = [&](qint64 t) {
        return locale.toString(QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc())
                                   .toTimeZone(zone.isValid() ? zone : QTimeZone::utc())
                                   .date(),
                               QLocale::ShortFormat);
    };
    const QString level = m_chart->level() == IntervalChart::Level::Quarter ? tr("Quarter-hours")
                          : m_chart->level() == IntervalChart::Level::Hour  ? tr("Hours")
                                                                            : tr("Days");
    m_range->setText(
        tr("%1 · %2 – %3").arg(level, at(m_chart->rangeStart()), at(m_chart->rangeEnd())));
}

} // namespace ov

#include "ConsumptionPage.h"

#include "ConsumptionChart.h"
#include "IntervalView.h"
#include "MeterReadingDialog.h"
#include "ReadingTableModel.h"

#include "AppController.h"
#include "consumption/ConsumptionController.h"
#include "consumption/ConsumptionExporter.h"
#include "consumption/IntervalStore.h"
#include "consumption/ReadingRulesText.h"
#include "core/Formatter.h"
#include "invoices/BillExplanationText.h"
#include "widgets/RecordTable.h"
#include "widgets/SelectableLabel.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace ov {

namespace {
QString askForSavePath(const QString &suggested, const QString &filter)
{
    return QFileDialog::getSaveFileName(nullptr, ConsumptionPage::tr("Export"),
                                        QDir::home().filePath(suggested), filter);
}

std::function<QString(const QString &, const QString &)> &savePathProvider()
{
    static std::function<QString(const QString &, const QString &)> provider = askForSavePath;
    return provider;
}

} // namespace

ConsumptionPage::ConsumptionPage(AppController *app, QWidget *parent)
    : QWidget(parent)
    , m_app(app)
    , m_controller(new ConsumptionController(app, this))
    , m_model(new ReadingTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_exporter(new ConsumptionExporter(app, this))
{
    setObjectName(QStringLiteral("consumptionPage"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ReadingTableModel::SortRole);

    m_empty = new QLabel(tr("No meter readings for this contract yet."), this);
    m_empty->setObjectName(QStringLiteral("consumptionEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_content = new QWidget(this);

    auto *card = new QFrame(m_content);
    card->setObjectName(QStringLiteral("consumptionSummaryCard"));
    card->setFrameShape(QFrame::StyledPanel);
    m_latest = SelectableLabel::create("latestConsumptionLabel", card);
    QFont big = m_latest->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_latest->setFont(big);
    m_lastYear = SelectableLabel::create("consumptionLastYearLabel", card);
    m_daily = SelectableLabel::create("dailyAverageLabel", card);
    m_enter = new QPushButton(tr("&Enter meter reading…"), card);
    m_enter->setObjectName(QStringLiteral("enterReadingButton"));
    m_enter->setAccessibleName(tr("Enter a meter reading"));
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->addWidget(m_latest);
    cardLayout->addWidget(m_lastYear);
    cardLayout->addWidget(m_daily);
    cardLayout->addWidget(m_enter, 0, Qt::AlignLeft);
    m_export = new QToolButton(card);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setText(tr("E&xport…"));
    m_export->setAccessibleName(tr("Export the consumption"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    menu->setObjectName(QStringLiteral("exportMenu"));
    const struct
    {
        const char *name;
        QString text;
        ConsumptionExporter::Format format;
    } exports[] = {
        {"exportCsvAction", tr("Readings as &CSV…"), ConsumptionExporter::Format::ReadingsCsv},
        {"exportXlsxAction", tr("Readings as &Excel…"), ConsumptionExporter::Format::Xlsx},
        {"exportXlsxAllAction", tr("&All contracts as Excel…"),
         ConsumptionExporter::Format::XlsxAllContracts},
        {"exportGreenButtonAction", tr("&Green Button (XML)…"),
         ConsumptionExporter::Format::GreenButton},
        {"exportQuarterHoursAction", tr("Smart-meter &quarter-hours as CSV…"),
         ConsumptionExporter::Format::QuarterHoursCsv},
    };
    for (const auto &e : exports) {
        QAction *action = menu->addAction(e.text);
        action->setObjectName(QString::fromLatin1(e.name));
        const int format = int(e.format);
        connect(action, &QAction::triggered, this, [this, format] { exportAs(format); });
    }
    m_export->setMenu(menu);
    cardLayout->addWidget(m_export, 0, Qt::AlignLeft);
    cardLayout->addStretch();

    m_message = SelectableLabel::create("readingMessageLabel", m_content);
    m_dismiss = new QPushButton(tr("&Dismiss"), m_content);
    m_dismiss->setObjectName(QStringLiteral("dismissReadingButton"));
    m_dismiss->setAccessibleName(tr("Dismiss the refused reading"));
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_dismiss);

    m_chart = new ConsumptionChart(m_content);
    auto *monthsLabel = new QLabel(tr("&Show:"), m_content);
    m_months = new QComboBox(m_content);
    m_months->setObjectName(QStringLiteral("consumptionMonthsComboBox"));
    m_months->setAccessibleName(tr("Months in the chart"));
    for (const int months : {12, 24, 36})
        m_months->addItem(tr("The last %n month(s)", nullptr, months), months);
    monthsLabel->setBuddy(m_months);
    auto *chartBox = new QVBoxLayout;
    auto *chartControls = new QHBoxLayout;
    chartControls->addWidget(monthsLabel);
    chartControls->addWidget(m_months);
    chartControls->addStretch();
    chartBox->addLayout(chartControls);
    chartBox->addWidget(m_chart, 1);

    m_table = new QTableView(m_content);
    m_table->setObjectName(QStringLiteral("readingsTableView"));
    m_table->setAccessibleName(tr("Meter readings"));
    m_table->setModel(m_sorted);
    RecordTable::configure(m_table);
    m_table->sortByColumn(ReadingTableModel::DateColumn, Qt::DescendingOrder);

    auto *top = new QHBoxLayout;
    top->addWidget(card, 2);
    top->addLayout(chartBox, 5);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(top, 1);
    contentLayout->addLayout(messageRow);
    contentLayout->addWidget(m_table, 1);

    // Smart meters: a second tab with the interval chart.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("consumptionTabs"));
    m_tabs->addTab(m_content, tr("&Monthly"));
    m_interval = new IntervalView(app, this);
    m_tabs->addTab(m_interval, tr("&Smart meter"));
    m_tabs->setTabVisible(1, app->config() && app->config()->intervalData);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_tabs, 1);

    connect(m_controller, &ConsumptionController::loaded, this, &ConsumptionPage::showHistory);
    connect(m_controller, &ConsumptionController::pendingChanged, this,
            &ConsumptionPage::showPending);
    connect(m_chart, &ConsumptionChart::periodClicked, this, &ConsumptionPage::selectPeriod);
    connect(m_months, &QComboBox::currentIndexChanged, this, &ConsumptionPage::showChart);
    connect(m_enter, &QPushButton::clicked, this, &ConsumptionPage::openReadingDialog);
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        for (const auto &p : m_controller->pending())
            if (p.rejected)
                m_controller->dismiss(p.outboxId);
    });
    connect(m_exporter, &ConsumptionExporter::progress, this, [this](int done, int total) {
        if (m_progress) {
            m_progress->setMaximum(total);
            m_progress->setValue(done);
        }
    });
    connect(m_exporter, &ConsumptionExporter::finished, this,
            [this](bool ok, const QString &error) {
                if (m_progress) {
                    m_progress->deleteLater();
                    m_progress = nullptr;
                }
                m_export->setEnabled(true);
                m_message->setText(ok                ? tr("Exported.")
                                   : error.isEmpty() ? tr("Export cancelled: no file was saved.")
                                                     : tr("The export failed: %1").arg(error));
                m_message->setVisible(true);
            });
    m_tabs->setVisible(false);
    m_controller->reload();
}

void ConsumptionPage::setSavePathProvider(
    std::function<QString(const QString &, const QString &)> provider)
{
    savePathProvider() = provider ? std::move(provider) : askForSavePath; // {}: the dialog
}

void ConsumptionPage::exportAs(int formatValue)
{
    const auto format = ConsumptionExporter::Format(formatValue);
    if (m_exporter->isRunning() || m_controller->contractId().isEmpty())
        return;
    std::shared_ptr<const IntervalSeries> quarters;
    const bool needsQuarters = format == ConsumptionExporter::Format::QuarterHoursCsv ||
                               format == ConsumptionExporter::Format::GreenButton;
    if (needsQuarters && m_interval->store()->levels() &&
        m_interval->store()->contractId() == m_controller->contractId())
        quarters = std::shared_ptr<const IntervalSeries>(m_interval->store()->levels(),
                                                         &m_interval->store()->levels()->quarters);
    const bool xlsx = format == ConsumptionExporter::Format::Xlsx ||
                      format == ConsumptionExporter::Format::XlsxAllContracts;
    const QString filter = xlsx ? tr("Excel workbook (*.xlsx)")
                           : format == ConsumptionExporter::Format::GreenButton
                               ? tr("Green Button data (*.xml)")
                               : tr("CSV file (*.csv)");
    const QString path = savePathProvider()(
        ConsumptionExporter::suggestedName(format, m_controller->contractNumber()), filter);
    if (path.isEmpty())
        return;
    m_progress = new QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("exportProgressDialog"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    connect(m_progress, &QProgressDialog::canceled, m_exporter, &ConsumptionExporter::cancel);
    m_export->setEnabled(false);
    m_exporter->start(format, path, m_controller->contractId(), quarters);
}

void ConsumptionPage::openReadingDialog()
{
    MeterReadingDialog dialog(m_controller, this);
    dialog.exec();
}

void ConsumptionPage::showHistory()
{
    const ConsumptionHistory &history = m_controller->history();
    m_empty->setVisible(history.isEmpty());
    m_tabs->setVisible(!history.isEmpty());
    m_enter->setEnabled(!m_controller->contractId().isEmpty());
    const bool smart = m_app->config() && m_app->config()->intervalData;
    m_tabs->setTabVisible(1, smart);
    if (QAction *quarters =
            m_export->menu()->findChild<QAction *>(QStringLiteral("exportQuarterHoursAction")))
        quarters->setVisible(smart);
    if (smart && !m_controller->contractId().isEmpty())
        m_interval->showContract(m_controller->contractId());
    showPending(); // fills the table too
    showChart();
    showSummary();
}

void ConsumptionPage::showChart()
{
    const ConsumptionHistory &history = m_controller->history();
    m_chart->setMonths(history.lastMonths(m_months->currentData().toInt()), history.unit(),
                       m_app->displayLocale());
}

void ConsumptionPage::showSummary()
{
    const ConsumptionHistory &history = m_controller->history();
    const QLocale locale = m_app->displayLocale();
    const QString unit = BillExplanationText::unitName(history.unit());
    const QString period = history.latestPeriod();
    if (period.isEmpty())
        return;
    m_latest->setText(tr("%1 %2 in %3")
                          .arg(ReadingRulesText::number(*history.consumptionOf(period), locale),
                               unit, Formatter::period(period, locale)));
    m_latest->setAccessibleName(m_latest->text());
    if (const auto change = history.changeFromLastYear()) {
        const QString percent = BillExplanationText::percent(std::abs(*change), locale);
        m_lastYear->setText(*change > 0.005    ? tr("%1 more than a year before").arg(percent)
                            : *change < -0.005 ? tr("%1 less than a year before").arg(percent)
                                               : tr("The same as a year before"));
    } else {
        m_lastYear->setText(tr("No reading from a year before to compare with"));
    }
    if (const auto daily = history.dailyAverage())
        m_daily->setText(tr("%1 %2 a day on average")
                             .arg(locale.toString(*daily, 'f', *daily < 10 ? 1 : 0), unit));
    else
        m_daily->clear();
}

void ConsumptionPage::showPending()
{
    const ConsumptionHistory &history = m_controller->history();
    const QList<ConsumptionController::Pending> pending = m_controller->pending();
    m_model->setReadings(history.readings(), pending, history.unit(), m_app->displayLocale());
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // A refused reading stays on top with the server's reason until the user dismisses it.
    QString refused;
    const ReadingWindow window = m_app->config() ? m_app->config()->readingWindow : ReadingWindow{};
    const auto last = ReadingRules::lastOf(history.readings(), m_controller->meterNumber());
    for (const auto &p : pending) {
        if (!p.rejected)
            continue;
        QStringList reasons;
        for (const FieldError &e : p.errors)
            reasons << ReadingRulesText::message(e, last, window, m_app->displayLocale());
        if (reasons.isEmpty())
            reasons << ReadingRulesText::message({}, last, window, m_app->displayLocale());
        refused = tr("Your reading of %1 was not accepted: %2")
                      .arg(ReadingRulesText::number(p.value, m_app->displayLocale()),
                           reasons.join(QLatin1Char(' ')));
    }
    const int waiting = int(
        std::count_if(pending.cbegin(), pending.cend(), [](const auto &p) { return !p.rejected; }));
    if (!refused.isEmpty())
        m_message->setText(refused);
    else if (waiting > 0)
        m_message->setText(
            tr("%n reading(s) waiting to be sent. They go out as soon as the server can be "
               "reached.",
               nullptr, waiting));
    else
        m_message->clear();
    m_message->setVisible(!m_message->text().isEmpty());
    m_dismiss->setVisible(!refused.isEmpty());
}

void ConsumptionPage::selectPeriod(const QString &period)
{
    const int row = m_model->firstRowOf(period);
    if (row < 0)
        return;
    const QModelIndex index = m_sorted->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

} // namespace ov

#include "InvoicesPage.h"

#include "InvoiceChart.h"
#include "InvoiceFilterModel.h"
#include "InvoicePdfDialog.h"
#include "InvoiceTableModel.h"

#include "AppController.h"
#include "core/Formatter.h"
#include "invoices/BillExplanation.h"
#include "invoices/BillExplanationText.h"
#include "invoices/InvoiceDocuments.h"
#include "invoices/InvoicesController.h"
#include "invoices/PaymentController.h"
#include "models/ContractTableModel.h"
#include "pages/SignInPage.h"
#include "widgets/RecordTable.h"
#include "widgets/SelectableLabel.h"
#include "widgets/StatusColors.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <utility>

namespace ov {

namespace {
std::function<bool(const QUrl &)> &urlOpener()
{
    static std::function<bool(const QUrl &)> opener = [](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    };
    return opener;
}

std::function<QString()> &folderProvider()
{
    static std::function<QString()> provider = [] {
        return QFileDialog::getExistingDirectory(nullptr,
                                                 InvoicesPage::tr("Save the year's invoices in"));
    };
    return provider;
}

} // namespace

InvoicesPage::InvoicesPage(AppController *app, QWidget *parent)
    : QWidget(parent)
    , m_app(app)
    , m_controller(new InvoicesController(app, this))
    , m_model(new InvoiceTableModel(this))
    , m_filter(new InvoiceFilterModel(this))
    , m_documents(new InvoiceDocuments(app, this))
{
    setObjectName(QStringLiteral("invoicesPage"));
    m_filter->setSourceModel(m_model);

    m_empty = new QLabel(tr("No invoices for this contract yet."), this);
    m_empty->setObjectName(QStringLiteral("invoicesEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_content = new QWidget(this);

    // The latest bill.
    auto *card = new QFrame(m_content);
    card->setObjectName(QStringLiteral("invoiceSummaryCard"));
    card->setFrameShape(QFrame::StyledPanel);
    m_amount = SelectableLabel::create("latestAmountLabel", card);
    QFont big = m_amount->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_amount->setFont(big);
    m_due = SelectableLabel::create("latestDueLabel", card);
    m_lastYear = SelectableLabel::create("lastYearLabel", card);
    m_payLatest = new QPushButton(tr("&Pay now"), card);
    m_payLatest->setObjectName(QStringLiteral("payLatestButton"));
    m_payLatest->setAccessibleName(tr("Pay the latest bill online"));
    m_paymentStatus = SelectableLabel::create("paymentStatusLabel", card);
    auto *payRow = new QHBoxLayout;
    payRow->addWidget(m_payLatest);
    payRow->addWidget(m_paymentStatus, 1);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->addWidget(m_amount);
    cardLayout->addWidget(m_due);
    cardLayout->addWidget(m_lastYear);
    cardLayout->addLayout(payRow);

    // Why did it change?
    m_explanation = new QGroupBox(tr("Why did my bill change?"), m_content);
    m_explanation->setObjectName(QStringLiteral("billExplanationGroupBox"));
    m_compare = new QComboBox(m_explanation);
    m_compare->setObjectName(QStringLiteral("compareWithComboBox"));
    m_compare->setAccessibleName(tr("Compare with"));
    m_compare->addItem(tr("Compared with the previous bill"));
    m_compare->addItem(tr("Compared with the same month last year"));
    m_headline = SelectableLabel::create("billExplanationHeadlineLabel", m_explanation);
    m_parts = new QVBoxLayout;
    auto *explanationLayout = new QVBoxLayout(m_explanation);
    explanationLayout->addWidget(m_compare);
    explanationLayout->addWidget(m_headline);
    explanationLayout->addLayout(m_parts);
    explanationLayout->addStretch();

    auto *top = new QHBoxLayout;
    top->addWidget(card, 2);
    top->addWidget(m_explanation, 3);

    // The evolution.
    m_chart = new InvoiceChart(m_content);
    auto *monthsLabel = new QLabel(tr("&Show:"), m_content);
    m_months = new QComboBox(m_content);
    m_months->setObjectName(QStringLiteral("chartMonthsComboBox"));
    m_months->setAccessibleName(tr("Months in the chart"));
    for (const int months : {12, 24, 36})
        m_months->addItem(tr("The last %n month(s)", nullptr, months), months);
    monthsLabel->setBuddy(m_months);
    auto *chartControls = new QHBoxLayout;
    chartControls->addWidget(monthsLabel);
    chartControls->addWidget(m_months);
    chartControls->addStretch();

    // The history.
    auto *yearLabel = new QLabel(tr("&Year:"), m_content);
    m_year = new QComboBox(m_content);
    m_year->setObjectName(QStringLiteral("invoiceYearComboBox"));
    m_year->setAccessibleName(tr("Year"));
    yearLabel->setBuddy(m_year);
    m_search = new QLineEdit(m_content);
    m_search->setObjectName(QStringLiteral("invoiceSearchLineEdit"));
    m_search->setAccessibleName(tr("Search invoices by number"));
    m_search->setPlaceholderText(tr("Search by invoice number"));
    m_search->setClearButtonEnabled(true);
    auto *filters = new QHBoxLayout;
    filters->addWidget(yearLabel);
    filters->addWidget(m_year);
    filters->addSpacing(12);
    filters->addWidget(m_search, 1);
    m_saveYear = new QPushButton(tr("Save the &year's PDFs…"), m_content);
    m_saveYear->setObjectName(QStringLiteral("saveYearButton"));
    m_saveYear->setAccessibleName(tr("Save the PDFs of the year shown"));
    filters->addWidget(m_saveYear);
    m_view = new QPushButton(tr("&View"), m_content);
    m_view->setObjectName(QStringLiteral("viewInvoiceButton"));
    m_view->setAccessibleName(tr("View the selected invoice"));
    filters->addWidget(m_view);
    m_paySelected = new QPushButton(tr("Pay the &selected invoice"), m_content);
    m_paySelected->setObjectName(QStringLiteral("paySelectedButton"));
    m_paySelected->setAccessibleName(tr("Pay the selected invoice online"));
    filters->addWidget(m_paySelected);

    m_table = new QTableView(m_content);
    m_table->setObjectName(QStringLiteral("invoicesTableView"));
    m_table->setAccessibleName(tr("Invoices"));
    m_table->setModel(m_filter);
    RecordTable::configure(m_table);
    m_table->sortByColumn(InvoiceTableModel::PeriodColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(InvoiceTableModel::PeriodColumn,
                                                      QHeaderView::Stretch);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(top);
    contentLayout->addLayout(chartControls);
    contentLayout->addWidget(m_chart, 1);
    contentLayout->addLayout(filters);
    contentLayout->addWidget(m_table, 1);
    m_message = SelectableLabel::create("invoiceMessageLabel", m_content);
    contentLayout->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_content, 1);

    connect(m_controller, &InvoicesController::loaded, this, &InvoicesPage::showHistory);
    connect(m_compare, &QComboBox::currentIndexChanged, this, &InvoicesPage::showExplanation);
    connect(m_year, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setYear(m_year->currentData().toInt()); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &InvoiceFilterModel::setNumberFilter);
    connect(m_months, &QComboBox::currentIndexChanged, this, &InvoicesPage::showChart);
    connect(m_chart, &InvoiceChart::invoiceClicked, this, &InvoicesPage::selectInvoice);
    connect(m_payLatest, &QPushButton::clicked, this, [this] {
        if (const Invoice *latest = m_controller->history().latest())
            payInvoice(latest->id);
    });
    connect(m_paySelected, &QPushButton::clicked, this,
            [this] { payInvoice(selectedInvoiceId()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InvoicesPage::updatePayButtons);
    connect(m_view, &QPushButton::clicked, this, &InvoicesPage::viewSelected);
    connect(m_table, &QTableView::activated, this, &InvoicesPage::viewSelected);
    connect(m_saveYear, &QPushButton::clicked, this, &InvoicesPage::saveYear);
    connect(m_documents, &InvoiceDocuments::ready, this,
            [this](const QString &id, const QString &path) {
                if (id != m_viewing)
                    return;
                m_viewing.clear();
                m_message->clear();
                for (const Invoice &i : m_controller->history().invoices())
                    if (i.id == id)
                        InvoicePdfDialog::view(path, i.number, this);
            });
    connect(m_documents, &InvoiceDocuments::failed, this,
            [this](const QString &id, const ApiError &error) {
                if (id != m_viewing && !m_documents->isExporting())
                    return;
                m_viewing.clear();
                m_message->setText(tr("The invoice could not be downloaded: %1")
                                       .arg(SignInPage::messageFor(error, QString())));
            });
    connect(m_documents, &InvoiceDocuments::progress, this, [this](int done, int total) {
        if (m_progress) {
            m_progress->setMaximum(total);
            m_progress->setValue(done);
        }
    });
    connect(m_documents, &InvoiceDocuments::exportFinished, this,
            [this](bool ok, int saved, const QString &error) {
                if (m_progress) {
                    m_progress->deleteLater();
                    m_progress = nullptr;
                }
                if (ok)
                    m_message->setText(tr("Saved %n invoice(s).", nullptr, saved));
                else if (error.isEmpty())
                    m_message->setText(
                        tr("Stopped: %n invoice(s) saved before you cancelled.", nullptr, saved));
                else
                    m_message->setText(
                        tr("Stopped after %n invoice(s): %1", nullptr, saved).arg(error));
                m_saveYear->setEnabled(true);
            });
    PaymentController *payments = m_app->payments();
    connect(payments, &PaymentController::checkoutReady, this,
            [](const QString &, const QUrl &url) { urlOpener()(url); });
    connect(payments, &PaymentController::paymentChanged, this, &InvoicesPage::showPayment);
    connect(payments, &PaymentController::paymentFailed, this,
            [this](const QString &, const ApiError &error) {
                m_paymentStatus->setText(tr("The payment could not be started: %1")
                                             .arg(SignInPage::messageFor(error, QString())));
                updatePayButtons();
            });
    m_content->setVisible(false);
    m_controller->reload();
}

void InvoicesPage::showHistory()
{
    const InvoiceHistory &history = m_controller->history();
    m_empty->setVisible(history.isEmpty());
    m_content->setVisible(!history.isEmpty());
    const QString selected = selectedInvoiceId();
    m_model->setInvoices(history.invoices(), m_app->displayLocale());
    // The same invoice stays selected across a sync; else the newest, so Pay and the keyboard
    // have somewhere to start.
    const int row = m_model->rowOf(selected);
    const QModelIndex current = m_filter->mapFromSource(m_model->index(std::max(row, 0), 0));
    if (current.isValid())
        m_table->setCurrentIndex(current);
    if (!m_wanted.isEmpty() && m_model->rowOf(m_wanted) >= 0)
        selectInvoice(std::exchange(m_wanted, {}));
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(InvoiceTableModel::PeriodColumn,
                                                      QHeaderView::Stretch);
    fillYears();
    showSummary();
    showExplanation();
    showChart();
    showPayment();
}

void InvoicesPage::setFolderProvider(std::function<QString()> provider)
{
    folderProvider() = std::move(provider);
}

void InvoicesPage::viewSelected()
{
    const QString id = selectedInvoiceId();
    for (const Invoice &i : m_controller->history().invoices())
        if (i.id == id) {
            m_viewing = id;
            m_message->setText(tr("Opening invoice %1…").arg(i.number));
            m_documents->fetch(i);
        }
}

void InvoicesPage::saveYear()
{
    int year = m_year->currentData().toInt();
    if (year == 0) // all years shown: the year of the selected invoice
        year = m_table->currentIndex().data(InvoiceTableModel::YearRole).toInt();
    const QList<Invoice> invoices = m_controller->history().ofYear(year);
    if (invoices.isEmpty() || m_documents->isExporting())
        return;
    const QString folder = folderProvider()();
    if (folder.isEmpty())
        return;
    const QString contractNumber = m_controller->contractNumber();
    m_progress = new QProgressDialog(tr("Saving the invoices of %1…").arg(year), tr("Cancel"), 0,
                                     int(invoices.size()), this);
    m_progress->setObjectName(QStringLiteral("exportProgressDialog"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    connect(m_progress, &QProgressDialog::canceled, m_documents, &InvoiceDocuments::cancelExport);
    m_saveYear->setEnabled(false);
    m_documents->exportAll(invoices, contractNumber, folder);
}

void InvoicesPage::setUrlOpener(std::function<bool(const QUrl &)> opener)
{
    urlOpener() = std::move(opener);
}

QString InvoicesPage::selectedInvoiceId() const
{
    return m_table->currentIndex().data(InvoiceTableModel::InvoiceIdRole).toString();
}

void InvoicesPage::payInvoice(const QString &invoiceId)
{
    for (const Invoice &i : m_controller->history().invoices())
        if (i.id == invoiceId && i.status != InvoiceStatus::Paid) {
            m_paying = invoiceId;
            m_paymentStatus->setText(tr("Opening the payment page…"));
            m_app->payments()->pay(i);
            return;
        }
}

// What the payment being made (else the latest bill's) is doing, in words; and which Pay
// buttons make sense.
void InvoicesPage::showPayment()
{
    const Invoice *latest = m_controller->history().latest();
    const QString followed = !m_paying.isEmpty() ? m_paying : latest ? latest->id : QString();
    const auto payment = m_app->payments()->paymentFor(followed);
    if (!payment) {
        m_paymentStatus->clear();
    } else {
        switch (payment->status) {
        case Payment::Status::Pending:
            m_paymentStatus->setText(
                tr("Waiting for your payment on the payment page (opened in your browser)."));
            break;
        case Payment::Status::Approved:
            m_paymentStatus->setText(tr("Payment approved. Thank you!"));
            break;
        case Payment::Status::Declined:
            m_paymentStatus->setText(tr("The payment was cancelled; nothing was charged."));
            break;
        case Payment::Status::Expired:
            m_paymentStatus->setText(tr("The payment page expired; you can pay again."));
            break;
        }
    }
    updatePayButtons();
}

void InvoicesPage::updatePayButtons()
{
    const Invoice *latest = m_controller->history().latest();
    const bool latestUnpaid = latest && latest->status != InvoiceStatus::Paid;
    const auto latestPayment = latest ? m_app->payments()->paymentFor(latest->id) : std::nullopt;
    m_payLatest->setVisible(latestUnpaid &&
                            !(latestPayment && latestPayment->status == Payment::Status::Approved));
    bool selectedUnpaid = false;
    const QString selected = selectedInvoiceId();
    for (const Invoice &i : m_controller->history().invoices())
        if (i.id == selected)
            selectedUnpaid = i.status != InvoiceStatus::Paid;
    m_paySelected->setEnabled(selectedUnpaid);
}

void InvoicesPage::showChart()
{
    m_chart->setInvoices(m_controller->history().lastMonths(m_months->currentData().toInt()),
                         m_app->displayLocale());
}

void InvoicesPage::showInvoice(const QString &invoiceId)
{
    if (m_model->rowOf(invoiceId) >= 0) {
        m_wanted.clear();
        selectInvoice(invoiceId);
    } else {
        m_wanted = invoiceId;
    }
}

void InvoicesPage::selectInvoice(const QString &invoiceId)
{
    const int row = m_model->rowOf(invoiceId);
    if (row < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) { // hidden by the filters: show every invoice again
        m_search->clear();
        m_year->setCurrentIndex(0);
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void InvoicesPage::fillYears()
{
    const int shown = m_year->currentData().toInt();
    const QSignalBlocker block(m_year);
    m_year->clear();
    m_year->addItem(tr("All years"), 0);
    for (const int year : m_controller->history().years())
        m_year->addItem(QString::number(year), year);
    m_year->setCurrentIndex(std::max(0, m_year->findData(shown)));
    m_filter->setYear(m_year->currentData().toInt());
}

void InvoicesPage::showSummary()
{
    const InvoiceHistory &history = m_controller->history();
    const Invoice *latest = history.latest();
    if (!latest)
        return;
    const QLocale locale = m_app->displayLocale();
    m_amount->setText(Formatter::money(latest->amount, locale));
    m_amount->setAccessibleName(tr("Latest bill: %1").arg(m_amount->text()));
    const QString status = ContractTableModel::statusText(latest->status);
    m_due->setText(tr("%1 · due %2 · %3")
                       .arg(Formatter::period(latest->period, locale),
                            Formatter::date(latest->dueDate, locale), status));
    QPalette palette = m_due->palette();
    palette.setColor(QPalette::WindowText, StatusColors::forStatus(latest->status));
    m_due->setPalette(palette);

    const Invoice *lastYear = history.sameMonthLastYear(*latest);
    const auto change = InvoiceHistory::change(lastYear, *latest);
    if (!lastYear || !change) {
        m_lastYear->setText(tr("No bill for the same month last year to compare with."));
        return;
    }
    const QString amount = Formatter::money(lastYear->amount, locale);
    const QString percent = BillExplanationText::percent(*change, locale);
    if (*change > 0)
        m_lastYear->setText(tr("Same month last year: %1 (▲ %2 more)").arg(amount, percent));
    else if (*change < 0)
        m_lastYear->setText(tr("Same month last year: %1 (▼ %2 less)").arg(amount, percent));
    else
        m_lastYear->setText(tr("Same month last year: %1 (the same)").arg(amount));
}

void InvoicesPage::showExplanation()
{
    while (QLayoutItem *item = m_parts->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const InvoiceHistory &history = m_controller->history();
    const Invoice *latest = history.latest();
    const Invoice *other = !latest                          ? nullptr
                           : m_compare->currentIndex() == 0 ? history.previous(*latest)
                                                            : history.sameMonthLastYear(*latest);
    const auto explanation =
        latest && other ? BillExplanation::compare(*other, *latest) : std::nullopt;
    if (!explanation) {
        m_headline->setText(tr("There is no earlier bill to compare with."));
        return;
    }
    const QLocale locale = m_app->displayLocale();
    m_headline->setText(BillExplanationText::headline(*explanation, locale));
    for (const QString &text : BillExplanationText::parts(*explanation, locale)) {
        QLabel *part = SelectableLabel::create("billExplanationPartLabel", m_explanation);
        part->setText(QStringLiteral("• ") + text);
        part->setAccessibleName(text);
        m_parts->addWidget(part);
    }
}

} // namespace ov

#include "RequestsPage.h"

#include "NewRequestDialog.h"
#include "RequestFilterModel.h"
#include "RequestTableModel.h"
#include "RequestThreadView.h"

#include "AppController.h"
#include "domain/RequestRules.h"
#include "requests/RequestText.h"
#include "requests/RequestsController.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ov {

RequestsPage::RequestsPage(AppController *app, QWidget *parent)
    : QWidget(parent)
    , m_app(app)
    , m_controller(new RequestsController(app, this))
    , m_model(new RequestTableModel(this))
    , m_filter(new RequestFilterModel(this))
{
    setObjectName(QStringLiteral("requestsPage"));
    m_filter->setSourceModel(m_model);

    auto *title = new QLabel(tr("Requests and complaints"), this);
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    title->setFont(big);
    auto *intro = new QLabel(tr("The utility must answer within the legal time, counted in "
                                "business days; each request shows its deadline."),
                             this);
    intro->setWordWrap(true);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("requestSearchLineEdit"));
    m_search->setAccessibleName(tr("Search requests"));
    m_search->setPlaceholderText(tr("Search by filing number, subject or contract"));
    m_search->setClearButtonEnabled(true);
    auto *statusLabel = new QLabel(tr("S&how:"), this);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("requestStatusComboBox"));
    m_status->setAccessibleName(tr("Show requests by status"));
    m_status->addItem(tr("All"), QString());
    m_status->addItem(tr("Open (waiting for an answer)"), QStringLiteral("open"));
    for (const QString &status : ServiceRequest::statuses())
        m_status->addItem(RequestText::statusName(status), status);
    statusLabel->setBuddy(m_status);
    m_new = new QPushButton(QIcon(QStringLiteral(":/ov/icons/requests.svg")), tr("&New request…"),
                            this);
    m_new->setObjectName(QStringLiteral("newRequestButton"));
    m_new->setAccessibleName(tr("New request"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("requestsTableView"));
    m_table->setAccessibleName(tr("Requests"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RequestTableModel::FiledColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);

    m_empty = new QLabel(tr("You have not filed any request. Use “New request” to file a "
                            "petition, complaint, claim or suggestion."),
                         this);
    m_empty->setObjectName(QStringLiteral("requestsEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("pendingRequestProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_dismiss = new QPushButton(tr("&Dismiss"), this);
    m_dismiss->setObjectName(QStringLiteral("dismissPendingRequestButton"));
    m_dismiss->setAccessibleName(tr("Dismiss the request that was not accepted"));
    m_dismiss->hide();

    m_thread = new RequestThreadView(m_controller, this);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_search, 1);
    tools->addWidget(statusLabel);
    tools->addWidget(m_status);
    tools->addWidget(m_new);
    auto *problem = new QHBoxLayout;
    problem->addWidget(m_problem, 1);
    problem->addWidget(m_dismiss);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_empty);
    leftLayout->addLayout(problem);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("requestsSplitter"));
    split->addWidget(left);
    split->addWidget(m_thread);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(tools);
    layout->addWidget(split, 1);

    connect(m_controller, &RequestsController::loaded, this, &RequestsPage::rebuild);
    connect(m_controller, &RequestsController::pendingChanged, this, &RequestsPage::rebuild);
    connect(m_search, &QLineEdit::textChanged, m_filter, &RequestFilterModel::setSearch);
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatus(m_status->currentData().toString()); });
    connect(m_new, &QPushButton::clicked, this, &RequestsPage::newRequest);
    connect(m_dismiss, &QPushButton::clicked, this, &RequestsPage::dismissPending);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestsPage::selectionChanged);
    m_controller->reload();
}

void RequestsPage::rebuild()
{
    const QString selected = m_thread->requestId();
    const qint64 selectedOutbox =
        m_table->currentIndex().data(RequestTableModel::OutboxIdRole).toLongLong();
    QHash<QString, QString> contractNumbers;
    for (const Contract &c : m_controller->contracts())
        contractNumbers.insert(c.id, c.number);
    const auto &config = m_app->config();
    const QList<RequestCategory> categories =
        config ? config->requestCategories : QList<RequestCategory>{};
    auto categoryName = [&](const QString &id) {
        const RequestCategory *c = RequestRules::category(categories, id);
        return c ? c->name : id;
    };
    QList<RequestTableModel::Row> rows;
    for (const RequestsController::Pending &p : m_controller->pending()) {
        if (p.action != QLatin1StringView(RequestsController::kFileAction))
            continue;
        RequestTableModel::Row row;
        row.outboxId = p.outboxId;
        row.rejected = p.rejected;
        row.request.subject = p.subject;
        row.request.categoryId = p.categoryId;
        row.categoryName = categoryName(p.categoryId);
        rows.append(row);
    }
    for (const ServiceRequest &r : m_controller->requests()) {
        RequestTableModel::Row row;
        row.request = r;
        row.daysLeft = m_controller->businessDaysLeft(r);
        row.urgency = RequestsController::urgencyFor(r, row.daysLeft);
        row.categoryName = categoryName(r.categoryId);
        row.contractNumber = contractNumbers.value(r.contractId);
        rows.append(row);
    }
    m_model->setRows(rows, m_app->displayLocale());
    m_table->resizeColumnsToContents();
    m_empty->setVisible(rows.isEmpty());
    m_table->setVisible(!rows.isEmpty());

    const QString want = m_wanted.isEmpty() ? selected : m_wanted;
    int sourceRow = -1;
    if (selectedOutbox != 0) {
        for (int i = 0; i < rows.size(); ++i)
            if (rows.at(i).outboxId == selectedOutbox)
                sourceRow = i;
    } else if (!want.isEmpty()) {
        sourceRow = m_model->rowOf(want);
    }
    if (sourceRow >= 0) {
        if (want == m_wanted)
            m_wanted.clear();
        const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
        if (index.isValid())
            m_table->setCurrentIndex(index);
    }
    selectionChanged();
}

void RequestsPage::selectionChanged()
{
    const QModelIndex index = m_table->currentIndex();
    const qint64 outboxId = index.data(RequestTableModel::OutboxIdRole).toLongLong();
    m_thread->showRequest(index.data(RequestTableModel::RequestIdRole).toString());
    QString problem;
    if (outboxId != 0)
        for (const RequestsController::Pending &p : m_controller->pending())
            if (p.outboxId == outboxId && p.rejected) {
                QStringList reasons;
                for (const FieldError &e : p.errors)
                    reasons << RequestText::message(e);
                problem = tr("The utility did not accept “%1”.").arg(p.subject) +
                          (reasons.isEmpty() ? QString()
                                             : QLatin1Char(' ') + reasons.join(QLatin1Char(' ')));
            }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_dismiss->setVisible(!problem.isEmpty());
}

void RequestsPage::dismissPending()
{
    const qint64 outboxId =
        m_table->currentIndex().data(RequestTableModel::OutboxIdRole).toLongLong();
    if (outboxId != 0)
        m_controller->dismiss(outboxId);
}

void RequestsPage::showRequest(const QString &requestId)
{
    m_search->clear();
    m_status->setCurrentIndex(0);
    m_wanted = requestId;
    rebuild();
}

void RequestsPage::newRequest()
{
    auto *dialog = new NewRequestDialog(m_controller, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_status->setCurrentIndex(0);
        m_search->clear();
    });
    dialog->open();
    emit newRequestDialogOpened(dialog);
}

} // namespace ov

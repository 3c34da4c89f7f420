#include "RequestThreadView.h"

#include "AppController.h"
#include "core/Formatter.h"
#include "domain/RequestRules.h"
#include "requests/RequestAttachments.h"
#include "requests/RequestText.h"
#include "requests/RequestsController.h"
#include "widgets/FieldMessage.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace ov {

namespace {
QString paragraphs(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}
} // namespace

RequestThreadView::RequestThreadView(RequestsController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_files(new RequestAttachments(controller->app(), this))
{
    setObjectName(QStringLiteral("requestThreadView"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("requestTitleLabel"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("requestFactsLabel"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_messages = new QTextBrowser(this);
    m_messages->setObjectName(QStringLiteral("requestMessagesBrowser"));
    m_messages->setAccessibleName(tr("Messages"));
    m_messages->setOpenLinks(false);

    m_attachments = new QListWidget(this);
    m_attachments->setObjectName(QStringLiteral("requestFilesListWidget"));
    m_attachments->setAccessibleName(tr("Attached files"));
    m_attachments->setMaximumHeight(90);
    m_open = new QPushButton(tr("O&pen"), this);
    m_open->setObjectName(QStringLiteral("openAttachmentButton"));
    m_open->setAccessibleName(tr("Open the selected file"));
    m_save = new QPushButton(tr("Sa&ve as…"), this);
    m_save->setObjectName(QStringLiteral("saveAttachmentButton"));
    m_save->setAccessibleName(tr("Save the selected file"));
    m_fileStatus = new QLabel(this);
    m_fileStatus->setObjectName(QStringLiteral("attachmentStatusLabel"));
    m_fileStatus->setWordWrap(true);

    m_replyLabel = new QLabel(tr("&Reply:"), this);
    m_reply = new QPlainTextEdit(this);
    m_reply->setObjectName(QStringLiteral("replyTextEdit"));
    m_reply->setAccessibleName(tr("Reply"));
    m_reply->setTabChangesFocus(true);
    m_reply->setMaximumHeight(100);
    m_replyLabel->setBuddy(m_reply);
    m_replyMessage = FieldMessage::create(this, QStringLiteral("replyMessage"));
    m_send = new QPushButton(tr("Send &reply"), this);
    m_send->setObjectName(QStringLiteral("sendReplyButton"));
    m_send->setAccessibleName(tr("Send reply"));

    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(m_open);
    fileButtons->addWidget(m_save);
    fileButtons->addStretch();
    auto *files = new QHBoxLayout;
    files->addWidget(m_attachments, 1);
    files->addLayout(fileButtons);
    auto *send = new QHBoxLayout;
    send->addWidget(m_replyMessage, 1);
    send->addWidget(m_send);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_messages, 1);
    layout->addLayout(files);
    layout->addWidget(m_fileStatus);
    layout->addWidget(m_replyLabel);
    layout->addWidget(m_reply);
    layout->addLayout(send);

    connect(m_send, &QPushButton::clicked, this, &RequestThreadView::sendReply);
    connect(m_open, &QPushButton::clicked, this, &RequestThreadView::openAttachment);
    connect(m_save, &QPushButton::clicked, this, &RequestThreadView::saveAttachment);
    connect(m_attachments, &QListWidget::itemActivated, this, &RequestThreadView::openAttachment);
    connect(m_reply, &QPlainTextEdit::textChanged, this,
            [this] { FieldMessage::clear(m_replyMessage, m_reply); });
    connect(m_controller, &RequestsController::loaded, this, &RequestThreadView::refresh);
    connect(m_controller, &RequestsController::pendingChanged, this, &RequestThreadView::refresh);
    connect(m_files, &RequestAttachments::ready, this,
            [this](const QString &, const QString &path) {
                m_fileStatus->clear();
                if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
                    m_fileStatus->setText(tr("No program on this computer opens this file; "
                                             "use “Save as…” instead."));
            });
    connect(
        m_files, &RequestAttachments::failed, this, [this](const QString &, const ApiError &error) {
            m_fileStatus->setText(
                error.isOffline() ? tr("The file cannot be brought while offline.")
                                  : tr("The file could not be brought: %1").arg(error.describe()));
        });
    connect(m_files, &RequestAttachments::saved, this,
            [this](const QString &, const QString &target, bool ok) {
                m_fileStatus->setText(ok ? tr("Saved as %1.").arg(target)
                                         : tr("The file could not be saved as %1.").arg(target));
            });
    refresh();
}

void RequestThreadView::showRequest(const QString &requestId)
{
    if (requestId != m_requestId) {
        m_reply->clear();
        m_fileStatus->clear();
    }
    m_requestId = requestId;
    refresh();
}

void RequestThreadView::refresh()
{
    const ServiceRequest *r = m_controller->find(m_requestId);
    setEnabled(r != nullptr);
    m_shownAttachments.clear();
    m_attachments->clear();
    if (!r) {
        m_title->setText(tr("Choose a request to see its messages."));
        m_facts->clear();
        m_messages->clear();
        m_reply->setEnabled(false);
        m_send->setEnabled(false);
        m_open->setEnabled(false);
        m_save->setEnabled(false);
        return;
    }
    const QLocale locale = m_controller->app()->displayLocale();
    m_title->setText(tr("%1 · %2").arg(r->number, r->subject));
    QString category = r->categoryId;
    if (const auto &config = m_controller->app()->config())
        if (const RequestCategory *c =
                RequestRules::category(config->requestCategories, r->categoryId))
            category = c->name;
    QStringList facts{
        RequestText::kindName(r->kind) + QStringLiteral(": ") + category,
        tr("Filed on %1").arg(Formatter::date(r->createdAt.toLocalTime().date(), locale)),
        tr("Status: %1").arg(RequestText::statusName(r->status))};
    if (r->isOpen())
        facts << tr("Answer due by law on %1 (%2)")
                     .arg(Formatter::date(r->answerDueDate, locale),
                          RequestText::deadline(*r, m_controller->businessDaysLeft(*r)));
    m_facts->setText(facts.join(QStringLiteral(" · ")));

    QString html;
    for (const RequestMessage &m : r->messages) {
        const bool utility = m.author == QLatin1StringView("utility");
        const QString when = Formatter::dateTime(m.createdAt, locale);
        if (!m.status.isEmpty() && m.body.isEmpty()) {
            html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(tr("%1: the request is now “%2”.")
                                 .arg(when, RequestText::statusName(m.status))
                                 .toHtmlEscaped());
            continue;
        }
        html += QStringLiteral("<p><b>%1</b> · %2<br>%3</p>")
                    .arg((utility ? tr("The utility") : tr("You")).toHtmlEscaped(), when,
                         paragraphs(m.body));
        if (!m.status.isEmpty())
            html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(tr("The request is now “%1”.")
                                 .arg(RequestText::statusName(m.status))
                                 .toHtmlEscaped());
        for (const RequestAttachment &a : m.attachments) {
            m_shownAttachments.append(a);
            auto *item = new QListWidgetItem(
                tr("%1 (%2) — %3")
                    .arg(a.fileName, locale.formattedDataSize(a.size, 1, QLocale::DataSizeSIFormat),
                         utility ? tr("from the utility") : tr("from you")),
                m_attachments);
            item->setData(Qt::UserRole, a.id);
        }
    }
    for (const RequestsController::Pending &p : m_controller->pending())
        if (p.action == QLatin1StringView(RequestsController::kReplyAction) && p.requestId == r->id)
            html += QStringLiteral("<p><b>%1</b> · <i>%2</i><br>%3</p>")
                        .arg(tr("You").toHtmlEscaped(),
                             (p.rejected ? tr("not accepted") : tr("sending…")).toHtmlEscaped(),
                             paragraphs(p.body));
    m_messages->setHtml(html);
    const bool hasFiles = !m_shownAttachments.isEmpty();
    m_attachments->setVisible(hasFiles);
    m_open->setVisible(hasFiles);
    m_save->setVisible(hasFiles);
    m_open->setEnabled(hasFiles);
    m_save->setEnabled(hasFiles);
    if (hasFiles && m_attachments->currentRow() < 0)
        m_attachments->setCurrentRow(0);
    const bool canReply = !r->isClosed();
    m_reply->setEnabled(canReply);
    m_send->setEnabled(canReply);
    m_reply->setPlaceholderText(canReply ? tr("Write to the utility about this request.")
                                         : tr("This request is closed: file a new one."));
}

const RequestAttachment *RequestThreadView::currentAttachment() const
{
    const int row = m_attachments->currentRow();
    return row >= 0 && row < m_shownAttachments.size() ? &m_shownAttachments.at(row) : nullptr;
}

void RequestThreadView::openAttachment()
{
    if (const RequestAttachment *a = currentAttachment()) {
        m_fileStatus->setText(tr("Bringing %1…").arg(a->fileName));
        m_files->fetch(m_requestId, *a);
    }
}

void RequestThreadView::saveAttachment()
{
    const RequestAttachment *a = currentAttachment();
    if (!a)
        return;
    const RequestAttachment attachment = *a;
    const QString target = QFileDialog::getSaveFileName(
        this, tr("Save file"),
        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation) + QLatin1Char('/') +
            attachment.fileName);
    if (target.isEmpty())
        return;
    m_fileStatus->setText(tr("Saving %1…").arg(attachment.fileName));
    m_files->saveAs(m_requestId, attachment, target);
}

void RequestThreadView::sendReply()
{
    const QString text = m_reply->toPlainText();
    m_send->setEnabled(false);
    QPointer<RequestThreadView> self(this);
    m_controller->reply(m_requestId, text, {}, [self](const QList<FieldError> &errors) {
        if (!self)
            return;
        self->m_send->setEnabled(true);
        if (errors.isEmpty()) {
            self->m_reply->clear();
            return;
        }
        FieldMessage::show(self->m_replyMessage, self->m_reply,
                           RequestText::message(errors.first()));
    });
}

} // namespace ov

#include "NewRequestDialog.h"

#include "AppController.h"
#include "CategoryChoices.h"
#include "DescriptionCounter.h"
#include "requests/RequestText.h"
#include "requests/RequestsController.h"
#include "widgets/FieldMessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core/FutureCallback.h"

namespace ov {

namespace {

struct Checked
{
    QString path;
    RequestRules::File file;
    QImage preview;
};

// What a file is (from its first bytes, not its name) and, for an image, a small preview:
// on a worker thread, the files may be large and on a slow disk.
QList<Checked> inspect(const QStringList &paths)
{
    QList<Checked> out;
    for (const QString &path : paths) {
        Checked c;
        c.path = path;
        QFile f(path);
        c.file.fileName = QFileInfo(path).fileName();
        c.file.size = QFileInfo(path).size();
        if (f.open(QIODevice::ReadOnly))
            c.file.contentType = RequestRules::typeBySignature(f.read(16));
        if (c.file.contentType.startsWith(QLatin1StringView("image/")) &&
            c.file.size <= RequestRules::kMaxFileBytes) {
            QImageReader reader(path);
            reader.setAutoTransform(true);
            const QSize size = reader.size();
            if (size.isValid())
                reader.setScaledSize(size.scaled(QSize(240, 240), Qt::KeepAspectRatio));
            c.preview = reader.read();
        }
        out.append(c);
    }
    return out;
}

QString sizeText(qint64 bytes, const QLocale &locale)
{
    return locale.formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace

NewRequestDialog::NewRequestDialog(RequestsController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("newRequestDialog"));
    setWindowTitle(tr("New request"));
    setAcceptDrops(true);

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("requestCategoryComboBox"));
    m_category->setAccessibleName(tr("What is it about"));
    m_categoryHint = new QLabel(this);
    m_categoryHint->setObjectName(QStringLiteral("requestCategoryHintLabel"));
    m_categoryHint->setWordWrap(true);
    m_categoryMessage = FieldMessage::create(this, QStringLiteral("requestCategoryMessage"));

    m_contract = new QComboBox(this);
    m_contract->setObjectName(QStringLiteral("requestContractComboBox"));
    m_contract->setAccessibleName(tr("Contract"));
    m_contractMessage = FieldMessage::create(this, QStringLiteral("requestContractMessage"));

    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("requestSubjectLineEdit"));
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setMaxLength(RequestRules::kMaxSubject);
    m_subjectMessage = FieldMessage::create(this, QStringLiteral("requestSubjectMessage"));

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("requestDescriptionTextEdit"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(
        tr("Tell us what happened, since when, and what you would like the utility to do."));
    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("requestDescriptionCounterLabel"));
    m_counter->setAlignment(Qt::AlignRight);
    m_descriptionMessage = FieldMessage::create(this, QStringLiteral("requestDescriptionMessage"));

    m_attachments = new QListWidget(this);
    m_attachments->setObjectName(QStringLiteral("requestAttachmentsListWidget"));
    m_attachments->setAccessibleName(tr("Attached files"));
    m_attachments->setMaximumHeight(110);
    m_add = new QPushButton(tr("&Attach files…"), this);
    m_add->setObjectName(QStringLiteral("attachFilesButton"));
    m_add->setAccessibleName(tr("Attach files"));
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("removeAttachmentButton"));
    m_remove->setAccessibleName(tr("Remove the selected file"));
    m_remove->setEnabled(false);
    m_attachmentsMessage = FieldMessage::create(this, QStringLiteral("requestAttachmentsMessage"));
    auto *hint = new QLabel(tr("Up to %1 PDF, JPEG or PNG files, %2 MB each and %3 MB in all. "
                               "You can also drop them here.")
                                .arg(RequestRules::kMaxAttachments)
                                .arg(RequestRules::kMaxFileBytes / (1024 * 1024))
                                .arg(RequestRules::kMaxTotalBytes / (1024 * 1024)),
                            this);
    hint->setWordWrap(true);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("requestAttachmentPreviewLabel"));
    m_preview->setAccessibleName(tr("Preview of the selected image"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setVisible(false);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("newRequestErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("&Send request"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendRequestButton"));
    m_send->setAccessibleName(tr("Send request"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelRequestButton"));
    cancel->setText(tr("Cancel"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &NewRequestDialog::send);
    connect(m_add, &QPushButton::clicked, this, &NewRequestDialog::browse);
    connect(m_remove, &QPushButton::clicked, this, &NewRequestDialog::removeSelected);
    connect(m_attachments, &QListWidget::currentRowChanged, this, &NewRequestDialog::showPreview);
    connect(m_category, &QComboBox::currentIndexChanged, this, &NewRequestDialog::categoryChanged);
    connect(m_description, &QPlainTextEdit::textChanged, this, &NewRequestDialog::updateCounter);
    connect(m_subject, &QLineEdit::textEdited, this,
            [this] { FieldMessage::clear(m_subjectMessage, m_subject); });

    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(m_add);
    fileButtons->addWidget(m_remove);
    fileButtons->addStretch();
    auto *files = new QHBoxLayout;
    files->addWidget(m_attachments, 1);
    files->addLayout(fileButtons);

    auto *form = new QFormLayout;
    form->addRow(tr("&What is it about:"), m_category);
    form->addRow(QString(), m_categoryHint);
    form->addRow(QString(), m_categoryMessage);
    form->addRow(tr("C&ontract:"), m_contract);
    form->addRow(QString(), m_contractMessage);
    form->addRow(tr("S&ubject:"), m_subject);
    form->addRow(QString(), m_subjectMessage);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(QString(), m_counter);
    form->addRow(QString(), m_descriptionMessage);
    form->addRow(tr("Files:"), files);
    form->addRow(QString(), hint);
    form->addRow(QString(), m_attachmentsMessage);
    form->addRow(QString(), m_preview);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    fillCategories();
    updateCounter();
    resize(620, 640);
    m_category->setFocus();
}

void NewRequestDialog::fillCategories()
{
    const auto &config = m_controller->app()->config();
    const QList<RequestCategory> categories =
        config ? config->requestCategories : QList<RequestCategory>{};
    CategoryChoices::fill(m_category, categories);

    m_contract->clear();
    for (const Contract &c : m_controller->contracts())
        m_contract->addItem(
            c.alias.isEmpty() ? c.number : QStringLiteral("%1 · %2").arg(c.number, c.alias), c.id);
    const int current = m_contract->findData(m_controller->app()->currentContractId());
    m_contract->setCurrentIndex(std::max(0, current));
    categoryChanged();
}

void NewRequestDialog::categoryChanged()
{
    FieldMessage::clear(m_categoryMessage, m_category);
    const QString id = m_category->currentData(Qt::UserRole).toString();
    const auto &config = m_controller->app()->config();
    const RequestCategory *c =
        RequestRules::category(config ? config->requestCategories : QList<RequestCategory>{}, id);
    // A request about no particular supply has no contract; one that needs it, must.
    const int none = m_contract->findData(QString());
    if (c && c->contractRequired && none >= 0)
        m_contract->removeItem(none);
    if (c && !c->contractRequired && none < 0)
        m_contract->insertItem(0, tr("(no particular contract)"), QString());
    if (!c) {
        m_categoryHint->clear();
        return;
    }
    const QString kind = RequestText::kindName(c->kind);
    m_categoryHint->setText(
        (c->description.isEmpty() ? QString() : c->description + QLatin1Char(' ')) +
        tr("%1 · answered within %n business day(s).", nullptr, c->answerDays).arg(kind));
}

void NewRequestDialog::updateCounter()
{
    DescriptionCounter::update(m_description, m_counter, m_descriptionMessage);
}

void NewRequestDialog::browse()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach files"), QString(),
        tr("Documents and pictures (*.pdf *.jpg *.jpeg *.png);;All files (*)"));
    if (!paths.isEmpty())
        addFiles(paths);
}

void NewRequestDialog::addFiles(const QStringList &paths)
{
    FieldMessage::clear(m_attachmentsMessage, m_attachments);
    m_add->setEnabled(false);
    whenFinished(this, QtConcurrent::run(inspect, paths), [this](const QList<Checked> &checked) {
        m_add->setEnabled(true);
        QStringList refused;
        const QLocale locale = m_controller->app()->displayLocale();
        for (const Checked &c : checked) {
            if (m_files.contains(c.path))
                continue;
            QList<RequestRules::File> tried = m_meta;
            tried.append(c.file);
            const QList<FieldError> errors = RequestRules::checkFiles(tried);
            const QString own = QStringLiteral("attachments[%1]").arg(tried.size() - 1);
            const auto error = std::find_if(errors.begin(), errors.end(), [&](const FieldError &e) {
                return e.field == own || e.field == QLatin1StringView("attachments");
            });
            if (error != errors.end()) {
                refused << RequestText::message(*error, c.file.fileName);
                continue;
            }
            m_files.append(c.path);
            m_meta.append(c.file);
            if (!c.preview.isNull())
                m_previews.insert(c.path, c.preview);
            auto *item = new QListWidgetItem(
                tr("%1 (%2)").arg(c.file.fileName, sizeText(c.file.size, locale)), m_attachments);
            item->setData(Qt::UserRole, c.path);
        }
        m_remove->setEnabled(!m_files.isEmpty());
        if (!refused.isEmpty())
            FieldMessage::show(m_attachmentsMessage, m_attachments, refused.join(QLatin1Char(' ')),
                               false);
        if (m_attachments->currentRow() < 0 && m_attachments->count() > 0)
            m_attachments->setCurrentRow(m_attachments->count() - 1);
        emit filesChecked();
    });
}

void NewRequestDialog::removeSelected()
{
    const int row = m_attachments->currentRow();
    if (row < 0)
        return;
    delete m_attachments->takeItem(row);
    m_previews.remove(m_files.at(row));
    m_files.removeAt(row);
    m_meta.removeAt(row);
    m_remove->setEnabled(!m_files.isEmpty());
    FieldMessage::clear(m_attachmentsMessage, m_attachments);
    showPreview();
}

void NewRequestDialog::showPreview()
{
    const int row = m_attachments->currentRow();
    const QImage image = row >= 0 ? m_previews.value(m_files.at(row)) : QImage();
    m_preview->setPixmap(image.isNull() ? QPixmap() : QPixmap::fromImage(image));
    m_preview->setVisible(!image.isNull());
}

void NewRequestDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void NewRequestDialog::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(paths);
}

void NewRequestDialog::clearMessages()
{
    FieldMessage::clear(m_categoryMessage, m_category);
    FieldMessage::clear(m_contractMessage, m_contract);
    FieldMessage::clear(m_subjectMessage, m_subject);
    FieldMessage::clear(m_descriptionMessage, m_description);
    FieldMessage::clear(m_attachmentsMessage, m_attachments);
    m_error->hide();
}

void NewRequestDialog::showErrors(const QList<FieldError> &errors)
{
    bool focus = true;
    for (const FieldError &e : errors) {
        QLabel *label = m_error;
        QWidget *field = nullptr;
        QString fileName;
        if (e.field == QLatin1StringView("categoryId"))
            label = m_categoryMessage, field = m_category;
        else if (e.field == QLatin1StringView("contractId"))
            label = m_contractMessage, field = m_contract;
        else if (e.field == QLatin1StringView("subject"))
            label = m_subjectMessage, field = m_subject;
        else if (e.field == QLatin1StringView("description"))
            label = m_descriptionMessage, field = m_description;
        else if (e.field.startsWith(QLatin1StringView("attachments"))) {
            label = m_attachmentsMessage, field = m_attachments;
            const int open = int(e.field.indexOf(QLatin1Char('[')));
            const int i = open < 0 ? -1 : e.field.mid(open + 1).chopped(1).toInt();
            if (i >= 0 && i < m_meta.size())
                fileName = m_meta.at(i).fileName;
        }
        if (field) {
            FieldMessage::show(label, field, RequestText::message(e, fileName), focus);
            focus = false;
        } else {
            m_error->setText(RequestText::message(e, fileName));
            m_error->show();
        }
    }
}

void NewRequestDialog::send()
{
    clearMessages();
    RequestsController::Draft draft;
    draft.categoryId = m_category->currentData(Qt::UserRole).toString();
    draft.contractId = m_contract->currentData().toString();
    draft.subject = m_subject->text();
    draft.description = m_description->toPlainText();
    draft.filePaths = m_files;
    m_send->setEnabled(false);
    QPointer<NewRequestDialog> self(this);
    m_controller->file(draft, [self](const QList<FieldError> &errors) {
        if (!self)
            return;
        self->m_send->setEnabled(true);
        if (errors.isEmpty())
            return self->accept();
        self->showErrors(errors);
    });
}

} // namespace ov

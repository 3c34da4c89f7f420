#include "InvoicePdfDialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

#ifdef OV_HAVE_QTPDF
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#endif

namespace ov {

namespace {
std::function<QString(const QString &)> &saveFileNameProvider()
{
    static std::function<QString(const QString &)> provider = [](const QString &suggested) {
        return QFileDialog::getSaveFileName(
            nullptr, InvoicePdfDialog::tr("Save the invoice"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(suggested),
            InvoicePdfDialog::tr("PDF documents (*.pdf)"));
    };
    return provider;
}
} // namespace

bool InvoicePdfDialog::inApp()
{
#ifdef OV_HAVE_QTPDF
    return true;
#else
    return false;
#endif
}

void InvoicePdfDialog::setSaveFileNameProvider(std::function<QString(const QString &)> provider)
{
    saveFileNameProvider() = std::move(provider);
}

void InvoicePdfDialog::view(const QString &path, const QString &number, QWidget *parent)
{
    if (!inApp()) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        return;
    }
    auto *dialog = new InvoicePdfDialog(path, number, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

InvoicePdfDialog::InvoicePdfDialog(const QString &path, const QString &number, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_number(number)
{
    setObjectName(QStringLiteral("invoicePdfDialog"));
    setWindowTitle(tr("Invoice %1").arg(number));
    resize(760, 900);
    auto *layout = new QVBoxLayout(this);
    auto *tools = new QHBoxLayout;
    auto button = [this, tools](const char *name, const QString &text, const QString &accessible) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setAccessibleName(accessible);
        tools->addWidget(b);
        return b;
    };
    m_previous = button("pdfPreviousPageButton", tr("◀"), tr("Previous page"));
    m_page = new QLabel(this);
    m_page->setObjectName(QStringLiteral("pdfPageLabel"));
    tools->addWidget(m_page);
    m_next = button("pdfNextPageButton", tr("▶"), tr("Next page"));
    tools->addSpacing(12);
    QPushButton *zoomOut = button("pdfZoomOutButton", tr("−"), tr("Zoom out"));
    QPushButton *zoomIn = button("pdfZoomInButton", tr("+"), tr("Zoom in"));
    QPushButton *fit = button("pdfFitWidthButton", tr("&Fit width"), tr("Fit to width"));
    tools->addStretch();
    QPushButton *save = button("pdfSaveAsButton", tr("&Save as…"), tr("Save the invoice as"));
    layout->addLayout(tools);
#ifdef OV_HAVE_QTPDF
    m_document = new QPdfDocument(this);
    m_view = new QPdfView(this);
    m_view->setObjectName(QStringLiteral("invoicePdfView"));
    m_view->setAccessibleName(tr("Invoice %1").arg(number));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    layout->addWidget(m_view, 1);
    m_document->load(path);
    connect(zoomIn, &QPushButton::clicked, this, [this] {
        m_view->setZoomMode(QPdfView::ZoomMode::Custom);
        m_view->setZoomFactor(std::min(m_view->zoomFactor() * 1.25, 6.0));
    });
    connect(zoomOut, &QPushButton::clicked, this, [this] {
        m_view->setZoomMode(QPdfView::ZoomMode::Custom);
        m_view->setZoomFactor(std::max(m_view->zoomFactor() / 1.25, 0.25));
    });
    connect(fit, &QPushButton::clicked, this,
            [this] { m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth); });
    QPdfPageNavigator *nav = m_view->pageNavigator();
    connect(m_previous, &QPushButton::clicked, this, [this, nav] {
        nav->jump(std::max(nav->currentPage() - 1, 0), {}, nav->currentZoom());
    });
    connect(m_next, &QPushButton::clicked, this, [this, nav] {
        nav->jump(std::min(nav->currentPage() + 1, pageCount() - 1), {}, nav->currentZoom());
    });
    connect(nav, &QPdfPageNavigator::currentPageChanged, this, &InvoicePdfDialog::updatePage);
#endif
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(save, &QPushButton::clicked, this, &InvoicePdfDialog::saveAs);
    updatePage();
}

int InvoicePdfDialog::pageCount() const
{
#ifdef OV_HAVE_QTPDF
    return m_document->pageCount();
#else
    return 0;
#endif
}

bool InvoicePdfDialog::isLoaded() const
{
#ifdef OV_HAVE_QTPDF
    return m_document->status() == QPdfDocument::Status::Ready;
#else
    return false;
#endif
}

void InvoicePdfDialog::updatePage()
{
    int current = 0;
#ifdef OV_HAVE_QTPDF
    current = m_view->pageNavigator()->currentPage();
#endif
    m_page->setText(tr("Page %1 of %2").arg(current + 1).arg(std::max(pageCount(), 1)));
    m_previous->setEnabled(current > 0);
    m_next->setEnabled(current + 1 < pageCount());
}

void InvoicePdfDialog::saveAs()
{
    const QString target = saveFileNameProvider()(m_number + QStringLiteral(".pdf"));
    if (target.isEmpty())
        return;
    QFile::remove(target);
    if (!QFile::copy(m_path, target))
        QMessageBox::warning(this, tr("Save the invoice"),
                             tr("The invoice could not be saved to %1.").arg(target));
}

} // namespace ov

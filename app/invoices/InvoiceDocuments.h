#pragma once

#include "api/ApiError.h"
#include "domain/Invoice.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace ov {

class AppController;

// Invoice PDFs, downloaded once into the user's cache folder (next to the cache database, so
// they go with it) and reused while their ETag holds: a second view asks with If-None-Match and
// gets 304. Files are written off the GUI thread, privately (0600). Also saves a year of them to
// a folder as <contract>-<period>.pdf, one by one with progress, cancellable.
class InvoiceDocuments : public QObject
{
    Q_OBJECT

public:
    explicit InvoiceDocuments(AppController *app, QObject *parent = nullptr);
    ~InvoiceDocuments() override;

    // Where the invoice's PDF is kept (it may not be there yet).
    QString pathFor(const QString &invoiceId) const;
    // Brings the PDF (from the server, or the kept copy when it is still current): ready() or
    // failed() follows.
    void fetch(const Invoice &invoice);
    // Saves every invoice of `invoices` into `folder` as <contractNumber>-<period>.pdf:
    // progress() after each, then exportFinished().
    void exportAll(const QList<Invoice> &invoices, const QString &contractNumber,
                   const QString &folder);
    void cancelExport();
    bool isExporting() const { return m_export != nullptr; }
    // Requests made so far that the server answered 304 (tests).
    int notModifiedCount() const { return m_notModified; }

signals:
    void ready(const QString &invoiceId, const QString &path);
    void failed(const QString &invoiceId, const ov::ApiError &error);
    void progress(int done, int total);
    // ok: every file was written; else `error` says what stopped it (empty when cancelled).
    void exportFinished(bool ok, int saved, const QString &error);

private:
    struct Export;
    void exportNext();
    void finishExport(bool ok, const QString &error);

    AppController *m_app;
    std::unique_ptr<Export> m_export;
    int m_notModified = 0;
};

} // namespace ov

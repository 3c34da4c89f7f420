#pragma once

#include <QDialog>
#include <QString>

#include <functional>

class QLabel;
class QPdfDocument;
class QPdfView;
class QPushButton;

namespace ov {

// An invoice PDF in the app (Qt Pdf): zoom, fit to width, previous/next page, and "Save as…".
// Where Qt Pdf was not available at build time, view() hands the file to the system's viewer
// instead and no dialog is made.
class InvoicePdfDialog : public QDialog
{
    Q_OBJECT

public:
    // Shows `path` (the kept copy of invoice `number`) in the app, or in the system's viewer.
    static void view(const QString &path, const QString &number, QWidget *parent);
    static bool inApp(); // built with Qt Pdf
    // Where "Save as…" writes (a file dialog; tests replace it). Empty: cancelled.
    static void setSaveFileNameProvider(std::function<QString(const QString &suggested)> provider);

    InvoicePdfDialog(const QString &path, const QString &number, QWidget *parent = nullptr);
    int pageCount() const;
    bool isLoaded() const;

private:
    void saveAs();
    void updatePage();

    QString m_path;
    QString m_number;
    QPdfDocument *m_document = nullptr;
    QPdfView *m_view = nullptr;
    QLabel *m_page = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace ov

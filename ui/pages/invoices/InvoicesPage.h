#pragma once

#include <QWidget>

#include <functional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QUrl;
class QTableView;
class QVBoxLayout;

namespace ov {

class AppController;
class InvoiceChart;
class InvoiceDocuments;
class InvoiceFilterModel;
class InvoiceTableModel;
class InvoicesController;

// The invoices of the selected contract: the latest bill and how it compares with the same
// month last year, "why did my bill change?" in plain words, the evolution chart (a click on a
// bar selects that invoice) and the history (by year, by number, sortable).
class InvoicesPage : public QWidget
{
    Q_OBJECT

public:
    explicit InvoicesPage(AppController *app, QWidget *parent = nullptr);

    InvoicesController *controller() const { return m_controller; }
    // How the payment page is opened (the system browser; tests replace it).
    static void setUrlOpener(std::function<bool(const QUrl &)> opener);
    // Where "Save the year's PDFs" writes (a folder dialog; tests replace it). Empty: cancelled.
    static void setFolderProvider(std::function<QString()> provider);
    InvoiceDocuments *documents() const { return m_documents; }
    // Selects the invoice (from a notification); when it is not loaded yet, once it is.
    void showInvoice(const QString &invoiceId);

private:
    void showHistory();
    void showSummary();
    void showExplanation();
    void fillYears();
    void showChart();
    void selectInvoice(const QString &invoiceId);
    void payInvoice(const QString &invoiceId);
    void showPayment();
    void updatePayButtons();
    QString selectedInvoiceId() const;
    void viewSelected();
    void saveYear();

    AppController *m_app;
    InvoicesController *m_controller;
    InvoiceTableModel *m_model;
    InvoiceFilterModel *m_filter;
    QLabel *m_empty;
    QWidget *m_content;
    QLabel *m_amount;
    QLabel *m_due;
    QLabel *m_lastYear;
    QPushButton *m_payLatest;
    QLabel *m_paymentStatus;
    QPushButton *m_paySelected;
    QString m_paying; // the invoice whose payment the status line follows
    InvoiceDocuments *m_documents;
    QPushButton *m_view;
    QPushButton *m_saveYear;
    QLabel *m_message;
    QProgressDialog *m_progress = nullptr;
    QString m_wanted;  // the invoice a notification asked for, until it is shown
    QString m_viewing; // the invoice whose PDF is on its way to the viewer
    QGroupBox *m_explanation;
    QComboBox *m_compare;
    QLabel *m_headline;
    QVBoxLayout *m_parts;
    InvoiceChart *m_chart;
    QComboBox *m_months;
    QComboBox *m_year;
    QLineEdit *m_search;
    QTableView *m_table;
};

} // namespace ov

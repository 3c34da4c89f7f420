#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ov {

class AppController;
class RequestFilterModel;
class RequestTableModel;
class RequestThreadView;
class RequestsController;

// Requests and complaints (PQRS): the list with each one's filing number and legal deadline
// (business days left, amber within three and red when overdue), a search and a status filter,
// the chosen one's thread with its reply box, and "New request". Requests and replies still in
// the outbox are shown as being sent; one the server refused says why and can be dismissed.
class RequestsPage : public QWidget
{
    Q_OBJECT

public:
    explicit RequestsPage(AppController *app, QWidget *parent = nullptr);

    RequestsController *controller() const { return m_controller; }
    void showRequest(const QString &requestId); // select it (from a notification)
    void newRequest();

signals:
    void newRequestDialogOpened(QWidget *dialog); // tests drive the dialog through this

private:
    void rebuild();
    void selectionChanged();
    void dismissPending();

    AppController *m_app;
    RequestsController *m_controller;
    RequestTableModel *m_model;
    RequestFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_status;
    QPushButton *m_new;
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_problem;
    QPushButton *m_dismiss;
    RequestThreadView *m_thread;
    QString m_wanted; // a request to select once it is loaded
};

} // namespace ov

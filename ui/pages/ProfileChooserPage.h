#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ov {

class AppController;

// First run (and "change utility"): pick a bundled demo utility or add one by its address.
class ProfileChooserPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileChooserPage(AppController *controller, QWidget *parent = nullptr);
    void reload();

private:
    void continueWithSelection();
    void addByUrl();

    AppController *m_controller;
    QListWidget *m_list;
    QPushButton *m_continue;
    QLineEdit *m_url;
    QPushButton *m_add;
    QLabel *m_message;
};

} // namespace ov

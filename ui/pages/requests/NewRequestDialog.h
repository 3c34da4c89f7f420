#pragma once

#include "domain/RequestRules.h"

#include <QDialog>
#include <QHash>
#include <QImage>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace ov {

class RequestsController;
struct FieldError;

// "New request": what it is about (the utility's categories, grouped as it lists them, with the
// answer time), the contract when the category needs one, subject, description with a counter,
// and up to five PDF, JPEG or PNG files — added with the file dialog or dropped on the form,
// checked for size and type as they are added (by their first bytes, as the server will), with
// a preview of images. Sending saves it in the outbox: the dialog closes as soon as it is kept.
class NewRequestDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewRequestDialog(RequestsController *controller, QWidget *parent = nullptr);

    // Adds files (as the file dialog and a drop do): checked off the GUI thread; the rejected
    // ones are named in the attachments' message.
    void addFiles(const QStringList &paths);
    QStringList files() const { return m_files; }

signals:
    void filesChecked(); // addFiles() is done (tests)

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void fillCategories();
    void categoryChanged();
    void updateCounter();
    void browse();
    void removeSelected();
    void showPreview();
    void send();
    void showErrors(const QList<FieldError> &errors);
    void clearMessages();

    RequestsController *m_controller;
    QComboBox *m_category;
    QLabel *m_categoryHint;
    QLabel *m_categoryMessage;
    QComboBox *m_contract;
    QLabel *m_contractMessage;
    QLineEdit *m_subject;
    QLabel *m_subjectMessage;
    QPlainTextEdit *m_description;
    QLabel *m_counter;
    QLabel *m_descriptionMessage;
    QListWidget *m_attachments;
    QLabel *m_attachmentsMessage;
    QLabel *m_preview;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_send;
    QLabel *m_error;
    QStringList m_files;
    QList<RequestRules::File> m_meta; // m_files' names, sizes and types
    QHash<QString, QImage> m_previews;
};

} // namespace ov

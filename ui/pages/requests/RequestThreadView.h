#pragma once

#include "domain/ServiceRequest.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace ov {

class RequestAttachments;
class RequestsController;

// One request's thread: its filing number, what it is about, its legal deadline and status,
// the messages of the customer and the utility with the status changes between them, the
// attached files (open, save), replies still in the outbox, and the reply box.
class RequestThreadView : public QWidget
{
    Q_OBJECT

public:
    explicit RequestThreadView(RequestsController *controller, QWidget *parent = nullptr);

    void showRequest(const QString &requestId); // empty: nothing chosen
    QString requestId() const { return m_requestId; }

private:
    void refresh();
    void sendReply();
    void openAttachment();
    void saveAttachment();
    const RequestAttachment *currentAttachment() const;

    RequestsController *m_controller;
    RequestAttachments *m_files;
    QString m_requestId;
    QLabel *m_title;
    QLabel *m_facts;
    QTextBrowser *m_messages;
    QListWidget *m_attachments;
    QPushButton *m_open;
    QPushButton *m_save;
    QLabel *m_fileStatus;
    QLabel *m_replyLabel;
    QPlainTextEdit *m_reply;
    QLabel *m_replyMessage;
    QPushButton *m_send;
    QList<RequestAttachment> m_shownAttachments;
};

} // namespace ov

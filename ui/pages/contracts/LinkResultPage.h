#pragma once

#include <QWizardPage>

class QLabel;

namespace ov {

// The link wizard's last page: the contract is in the list, or will be once the server answers.
class LinkResultPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit LinkResultPage(QWidget *parent = nullptr);
    void setLinked(const QString &number, const QString &holder);
    void setQueued();

private:
    QLabel *m_text;
};

} // namespace ov

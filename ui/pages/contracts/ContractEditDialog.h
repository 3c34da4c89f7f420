#pragma once

#include "domain/Contract.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ov {

class ContractsController;

// "Edit" on a contract: the fields the utility lets customers change (its /config says which):
// alias, billing email, contact phone, billing address. Checked as typed by the same rules as
// the server's; only what changed is sent, through the outbox.
class ContractEditDialog : public QDialog
{
    Q_OBJECT

public:
    ContractEditDialog(ContractsController *contracts, const Contract &contract,
                       QWidget *parent = nullptr);

    // The PATCH members that differ from the contract (what Save would send).
    QJsonObject changes() const;
    // The words shown under a field for a rule's error code.
    static QString errorText(const QString &field, const QString &code);

private:
    QLineEdit *addField(const QString &member, const QString &label, const QString &objectName,
                        const QString &value, int maxLength, QFormLayout *form);
    void save();

    ContractsController *m_contracts;
    Contract m_contract;
    QHash<QString, QLineEdit *> m_edits; // member ("alias", "billingAddress.city") → field
    QHash<QString, QLabel *> m_errors;
    QLabel *m_message;
    QPushButton *m_save;
};

} // namespace ov

#include "CategoryChoices.h"

#include <QComboBox>
#include <QStandardItemModel>

#include <utility>

namespace ov {

void CategoryChoices::fill(QComboBox *combo, const QList<RequestCategory> &categories)
{
    auto *model = new QStandardItemModel(combo);
    model->appendRow(new QStandardItem(tr("Choose…")));
    const QList<std::pair<QString, QString>> groups = {
        {QStringLiteral("service"), tr("Service queries")},
        {QStringLiteral("feedback"), tr("Suggestions, opinions and other")},
        {QStringLiteral("digital"), tr("Problems with the digital channels")},
        {QString(), tr("Other")}};
    for (const auto &[group, title] : groups) {
        QList<const RequestCategory *> inGroup;
        for (const RequestCategory &c : categories) {
            const bool known = c.group == QLatin1StringView("service") ||
                               c.group == QLatin1StringView("feedback") ||
                               c.group == QLatin1StringView("digital");
            if (group.isEmpty() ? !known : c.group == group)
                inGroup.append(&c);
        }
        if (inGroup.isEmpty())
            continue;
        auto *header = new QStandardItem(title);
        header->setFlags(Qt::NoItemFlags); // a heading, not a choice
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        model->appendRow(header);
        for (const RequestCategory *c : inGroup) {
            auto *item = new QStandardItem(QStringLiteral("    ") + c->name);
            item->setData(c->id, Qt::UserRole);
            item->setData(c->name, Qt::AccessibleTextRole);
            model->appendRow(item);
        }
    }
    combo->setModel(model); // deletes the previous one (the combo's child)
    combo->setCurrentIndex(0);
}

} // namespace ov

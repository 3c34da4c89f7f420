#pragma once

#include "domain/RequestCategory.h"

#include <QCoreApplication>
#include <QList>

class QComboBox;

namespace ov {

// The request categories in a combo box, grouped under headings as the utility lists them
// (service queries, suggestions, digital channels, other); the first row is "Choose…", and
// each category's id is its Qt::UserRole data.
class CategoryChoices
{
    Q_DECLARE_TR_FUNCTIONS(CategoryChoices)

public:
    static void fill(QComboBox *combo, const QList<RequestCategory> &categories);
};

} // namespace ov

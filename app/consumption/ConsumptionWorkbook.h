#pragma once

#include "domain/Reading.h"

#include <QList>
#include <QString>

#include <functional>

namespace ov {

// An Excel workbook (XLSX, written with libxlsxwriter) of readings: one sheet per contract —
// all of an account's contracts in one workbook for a business — with the dates as real dates,
// the numbers as numbers, the unit in the headers, the header row frozen, and a native column
// chart of the consumption per reading beside the table.
class ConsumptionWorkbook
{
public:
    struct Sheet
    {
        QString name;            // the contract as the customer knows it
        QString unit;            // kWh | m3
        QList<Reading> readings; // any order; written oldest first
    };
    struct Labels // the headers, in the user's language
    {
        QString date, reading, consumption, source, review, chartTitle;
        std::function<QString(const QString &source)> sourceName;
        QString yes;
    };

    // False with `error` set when the file cannot be written, or `progress` said stop.
    static bool write(const QString &path, const QList<Sheet> &sheets, const Labels &labels,
                      QString *error,
                      const std::function<bool(int done, int total)> &progress = {});
    // A name Excel accepts: at most 31 characters, none of []:*?/\, unique in `taken`.
    static QString sheetName(const QString &wanted, QStringList *taken);
};

} // namespace ov

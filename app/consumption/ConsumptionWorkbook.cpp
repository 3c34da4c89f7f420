#include "ConsumptionWorkbook.h"

#include "invoices/BillExplanationText.h"

#include <xlsxwriter.h>

#include <algorithm>

namespace ov {

QString ConsumptionWorkbook::sheetName(const QString &wanted, QStringList *taken)
{
    QString name = wanted;
    for (const QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(c, QLatin1Char('-'));
    name = name.trimmed().left(31);
    if (name.isEmpty())
        name = QStringLiteral("Hoja");
    QString unique = name;
    for (int n = 2; taken->contains(unique, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        unique = name.left(31 - suffix.size()) + suffix;
    }
    taken->append(unique);
    return unique;
}

bool ConsumptionWorkbook::write(const QString &path, const QList<Sheet> &sheets,
                                const Labels &labels, QString *error,
                                const std::function<bool(int, int)> &progress)
{
    lxw_workbook *wb = workbook_new(path.toLocal8Bit().constData());
    if (!wb) {
        *error = QStringLiteral("cannot create %1").arg(path);
        return false;
    }
    lxw_format *header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format *number = workbook_add_format(wb);
    format_set_num_format(number, "#,##0.###");

    QStringList taken;
    int done = 0;
    for (const Sheet &sheet : sheets) {
        const QByteArray name = sheetName(sheet.name, &taken).toUtf8();
        lxw_worksheet *ws = workbook_add_worksheet(wb, name.constData());
        const QString unit = BillExplanationText::unitName(sheet.unit);
        const QList<QString> heads = {
            labels.date, labels.reading + QStringLiteral(" (") + unit + QLatin1Char(')'),
            labels.consumption + QStringLiteral(" (") + unit + QLatin1Char(')'), labels.source,
            labels.review};
        for (int c = 0; c < heads.size(); ++c)
            worksheet_write_string(ws, 0, lxw_col_t(c), heads.at(c).toUtf8().constData(), header);
        worksheet_set_column(ws, 0, 0, 12, nullptr);
        worksheet_set_column(ws, 1, 2, 16, nullptr);
        worksheet_set_column(ws, 3, 3, 22, nullptr);
        worksheet_freeze_panes(ws, 1, 0);
        QList<Reading> readings = sheet.readings;
        std::sort(readings.begin(), readings.end(),
                  [](const Reading &a, const Reading &b) { return a.readAt < b.readAt; });
        lxw_row_t row = 1;
        for (const Reading &r : readings) {
            lxw_datetime when = {r.readAt.year(), r.readAt.month(), r.readAt.day(), 0, 0, 0};
            worksheet_write_datetime(ws, row, 0, &when, date);
            worksheet_write_number(ws, row, 1, r.value, number);
            worksheet_write_number(ws, row, 2, r.consumption, number);
            const QByteArray source =
                (labels.sourceName ? labels.sourceName(r.source) : r.source).toUtf8();
            worksheet_write_string(ws, row, 3, source.constData(), nullptr);
            if (r.needsReview)
                worksheet_write_string(ws, row, 4, labels.yes.toUtf8().constData(), nullptr);
            ++row;
        }
        if (row > 1) {
            lxw_chart *chart = workbook_add_chart(wb, LXW_CHART_COLUMN);
            const QByteArray quoted = QByteArray("'") + QByteArray(name).replace("'", "''") + "'";
            const QByteArray categories =
                "=" + quoted + "!$A$2:$A$" + QByteArray::number(qulonglong(row));
            const QByteArray values =
                "=" + quoted + "!$C$2:$C$" + QByteArray::number(qulonglong(row));
            lxw_chart_series *series =
                chart_add_series(chart, categories.constData(), values.constData());
            const QByteArray seriesName = heads.at(2).toUtf8();
            chart_series_set_name(series, seriesName.constData());
            const QByteArray title = labels.chartTitle.toUtf8();
            chart_title_set_name(chart, title.constData());
            chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
            lxw_chart_options options = {};
            options.x_scale = 1.6;
            options.y_scale = 1.3;
            worksheet_insert_chart_opt(ws, 1, 6, chart, &options);
        }
        ++done;
        if (progress && !progress(done, int(sheets.size()))) {
            workbook_close(wb); // what was written goes; the caller removes the file
            *error = QString();
            return false;
        }
    }
    const lxw_error result = workbook_close(wb);
    if (result != LXW_NO_ERROR) {
        *error = QString::fromUtf8(lxw_strerror(result));
        return false;
    }
    return true;
}

} // namespace ov
